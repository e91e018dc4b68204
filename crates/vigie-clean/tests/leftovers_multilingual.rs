//! The boilerplate stage on realistic scraped pages in German, Spanish, Italian, Ukrainian and
//! Russian (tests/fixtures/leftovers/): no content line may be marked, and at least 90 % of
//! the leftover lines must be.
//!
//! The stage runs as the pipeline runs it: on a fresh document, before the language stage, so
//! the document's language is not set and the stage weighs every language's cues itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use vigie_clean::BoilerplateStage;
use vigie_core::{Document, Metadata, Stage};

/// Every language must have at least one page.
const LANGUAGES: [&str; 5] = ["de", "es", "it", "uk", "ru"];
const MIN_RECALL: f64 = 0.9;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/leftovers")
}

fn fixture(name: &str) -> String {
    let path = fixture_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The pages, by file stem ("de", "de-2"…): every `.txt` of the fixture folder.
fn pages() -> Vec<String> {
    let mut pages: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("fixture folder")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    pages.sort();
    for lang in LANGUAGES {
        assert!(
            pages.iter().any(|p| p.split('-').next() == Some(lang)),
            "no leftover page for {lang}"
        );
    }
    pages
}

/// Gold of one fixture: leftover line numbers (with roles) and doubtful line numbers.
struct Gold {
    leftovers: BTreeMap<usize, String>,
    doubtful: BTreeSet<usize>,
}

fn gold(lang: &str, line_count: usize) -> Gold {
    let mut g = Gold {
        leftovers: BTreeMap::new(),
        doubtful: BTreeSet::new(),
    };
    for (i, raw) in fixture(&format!("{lang}.gold")).lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (n, role) = line.split_once(' ').unwrap_or((line, ""));
        let n: usize = n
            .parse()
            .unwrap_or_else(|_| panic!("{lang}.gold:{}: not a line number: {raw}", i + 1));
        assert!(
            (1..=line_count).contains(&n),
            "{lang}.gold:{}: line {n} is not in {lang}.txt",
            i + 1
        );
        if role.trim().starts_with('?') {
            g.doubtful.insert(n);
        } else {
            g.leftovers.insert(n, role.trim().to_string());
        }
    }
    g
}

/// Per-language outcome: marked content lines, missed leftover lines, precision, recall.
struct Score {
    false_marks: Vec<(usize, String, String)>,
    missed: Vec<(usize, String, String)>,
    precision: f64,
    recall: f64,
}

fn score(stage: &BoilerplateStage, lang: &str) -> Score {
    let text = fixture(&format!("{lang}.txt"));
    let mut doc = Document::new(text, Metadata::default());
    stage.process(&mut doc).expect("boilerplate stage runs");
    let lines: Vec<(usize, String, bool)> = doc
        .lines()
        .enumerate()
        .map(|(i, (span, l))| (i + 1, l.to_string(), doc.is_boilerplate(span)))
        .collect();
    let g = gold(lang, lines.len());
    let roles: BTreeMap<usize, String> = {
        let starts: Vec<usize> = doc.lines().map(|(s, _)| s.start).collect();
        doc.layer(vigie_core::Layer::Boilerplate)
            .filter_map(|a| match &a.data {
                vigie_core::AnnotationData::Boilerplate(b) => {
                    starts.iter().position(|&s| s == a.span.start).map(|i| {
                        (
                            i + 1,
                            format!("{} ({})", b.role, b.cue.as_deref().unwrap_or("")),
                        )
                    })
                }
                _ => None,
            })
            .collect()
    };
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut false_marks = Vec::new();
    let mut missed = Vec::new();
    for (n, line, marked) in &lines {
        if line.trim().is_empty() || g.doubtful.contains(n) {
            continue;
        }
        match (g.leftovers.get(n), marked) {
            (Some(_), true) => {
                tp += 1;
                if std::env::var_os("VIGIE_SHOW_MARKS").is_some() {
                    let why = roles.get(n).cloned().unwrap_or_default();
                    println!("  {lang}:{n} {why}: {line}");
                }
            }
            (Some(role), false) => missed.push((*n, role.clone(), line.clone())),
            (None, true) => {
                fp += 1;
                let why = roles.get(n).cloned().unwrap_or_default();
                false_marks.push((*n, why, line.clone()));
            }
            (None, false) => {}
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    Score {
        false_marks,
        missed,
        precision: ratio(tp, tp + fp),
        recall: ratio(tp, g.leftovers.len()),
    }
}

#[test]
fn leftovers_are_marked_and_content_kept_in_five_languages() {
    let stage = BoilerplateStage::new();
    let mut failures = Vec::new();
    for page in pages() {
        let lang = page.as_str();
        let s = score(&stage, lang);
        println!(
            "{lang}: P {:.3} R {:.3} ({} content lines marked, {} leftovers missed)",
            s.precision,
            s.recall,
            s.false_marks.len(),
            s.missed.len()
        );
        for (n, why, line) in &s.false_marks {
            println!("  content line {n} marked as {why}: {line}");
        }
        for (n, role, line) in &s.missed {
            println!("  missed line {n} ({role}): {line}");
        }
        if !s.false_marks.is_empty() {
            failures.push(format!(
                "{lang}: {} content lines marked",
                s.false_marks.len()
            ));
        }
        if s.recall < MIN_RECALL {
            failures.push(format!("{lang}: recall {:.3} < {MIN_RECALL}", s.recall));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn gold_files_list_only_non_blank_lines() {
    // A gold entry on a blank line would be a numbering slip that silently inflates recall.
    for page in pages() {
        let lang = page.as_str();
        let text = fixture(&format!("{lang}.txt"));
        let lines: Vec<&str> = text.lines().collect();
        let g = gold(lang, lines.len());
        for n in g.leftovers.keys().chain(g.doubtful.iter()) {
            assert!(
                !lines[n - 1].trim().is_empty(),
                "{lang}.gold lists blank line {n}"
            );
        }
    }
}
