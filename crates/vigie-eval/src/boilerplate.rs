//! Web leftovers (boilerplate) on gold articles in the dev-corpus format: `NAME.txt` beside
//! `NAME.json`, whose `boilerplate_detail` lists the leftover lines by 1-based number (or, when
//! absent, `boilerplate_lines` lists their texts) and `caption_lines_doubtful` the lines that
//! may go either way. Scoring is per line: a line counts as removed when
//! [`vigie_core::Document::content_lines`] leaves it out after the standard pipeline ran.
//! Doubtful lines are left out of every count. A content line removed is the costly error and
//! is listed apart.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use vigie_core::{AnnotationData, Document, Layer, Metadata};

use crate::EvalError;

#[derive(Deserialize)]
struct GoldFile {
    #[serde(default)]
    boilerplate_lines: Vec<String>,
    #[serde(default)]
    boilerplate_detail: Vec<GoldLine>,
    #[serde(default)]
    caption_lines_doubtful: Vec<GoldLine>,
}

#[derive(Deserialize)]
struct GoldLine {
    line: Option<usize>,
    #[serde(default)]
    text: String,
}

/// One gold article: its text and line numbers (1-based) of leftovers and doubtful lines.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub name: String,
    pub text: String,
    pub boilerplate: BTreeSet<usize>,
    pub doubtful: BTreeSet<usize>,
}

/// A line of an article, for error analysis.
#[derive(Debug, Clone, Serialize)]
pub struct LineRef {
    pub line: usize,
    pub text: String,
    /// Role given by the stage, for removed lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<vigie_core::BoilerplateRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// Per-article result.
#[derive(Debug, Serialize)]
pub struct ArticleResult {
    pub name: String,
    pub lines: usize,
    pub gold: usize,
    pub true_positives: usize,
    /// Content lines the stage removed.
    pub content_removed: Vec<LineRef>,
    /// Leftover lines the stage kept.
    pub missed: Vec<LineRef>,
    /// Every line the stage removed, with its role and cue.
    pub removed: Vec<LineRef>,
}

/// Scores over the whole set.
#[derive(Debug, Serialize)]
pub struct BoilerplateReport {
    pub dataset: String,
    pub articles: usize,
    pub lines: usize,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub content_removed: usize,
    /// Lines marked as repeated across the articles of an outlet (`vigie_analysis::repeated`).
    pub repeated_marks: usize,
    pub seconds: f64,
    pub lines_per_second: f64,
    pub articles_per_second: f64,
    pub items: Vec<ArticleResult>,
}

/// Reads a dataset: a folder of `*.json` + `*.txt` pairs, or one of the two files of a pair.
/// Gold files without leftover information are skipped.
pub fn load(path: &Path) -> Result<Vec<GoldArticle>, EvalError> {
    let jsons = crate::gold_files(path)?;
    let mut out = Vec::new();
    for json in jsons {
        let txt = json.with_extension("txt");
        let gold_text = std::fs::read_to_string(&json).map_err(|e| EvalError::io(&json, e))?;
        let gold: GoldFile = serde_json::from_str(&gold_text)?;
        if gold.boilerplate_lines.is_empty() && gold.boilerplate_detail.is_empty() {
            continue;
        }
        let text = std::fs::read_to_string(&txt).map_err(|e| EvalError::io(&txt, e))?;
        let lines: Vec<&str> = text.lines().collect();
        let boilerplate = if gold.boilerplate_detail.iter().all(|d| d.line.is_some())
            && !gold.boilerplate_detail.is_empty()
        {
            gold.boilerplate_detail
                .iter()
                .filter_map(|d| d.line)
                .collect()
        } else {
            by_text(&lines, gold.boilerplate_lines.iter().map(String::as_str))
        };
        let doubtful = gold
            .caption_lines_doubtful
            .iter()
            .filter_map(|d| d.line)
            .chain(by_text(
                &lines,
                gold.caption_lines_doubtful
                    .iter()
                    .filter(|d| d.line.is_none())
                    .map(|d| d.text.as_str()),
            ))
            .collect();
        out.push(GoldArticle {
            name: json
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
            text,
            boilerplate,
            doubtful,
        });
    }
    Ok(out)
}

/// Line numbers of gold texts, each matched to the first unused line with the same text.
fn by_text<'a>(lines: &[&str], texts: impl Iterator<Item = &'a str>) -> BTreeSet<usize> {
    let mut used = BTreeSet::new();
    for t in texts {
        if let Some(i) = (0..lines.len()).find(|&i| !used.contains(&(i + 1)) && lines[i] == t) {
            used.insert(i + 1);
        }
    }
    used
}

/// Runs the standard pipeline on each article and scores the lines it removed.
pub fn evaluate(dataset: &Path) -> Result<BoilerplateReport, EvalError> {
    let articles = load(dataset)?;
    let pipeline = vigie_pipeline::standard();
    let mut docs = Vec::with_capacity(articles.len());
    let t0 = Instant::now();
    for a in &articles {
        let mut doc = Document::new(a.text.clone(), Metadata::default());
        // A stage error leaves the document as far as it got; the scores then show it.
        let _ = pipeline.process(&mut doc);
        docs.push(doc);
    }
    // Lines repeated across the articles of one outlet, as `vigie ingest` and `vigie extract`
    // mark them: every article counted first.
    let repeated_marks =
        vigie_analysis::repeated::mark_all(&mut docs, &vigie_analysis::repeated::PARAMS);
    let seconds = t0.elapsed().as_secs_f64();
    let mut report = score(&articles, &docs);
    report.repeated_marks = repeated_marks;
    report.dataset = dataset.display().to_string();
    report.seconds = seconds;
    report.lines_per_second = report.lines as f64 / seconds.max(1e-9);
    report.articles_per_second = report.articles as f64 / seconds.max(1e-9);
    Ok(report)
}

/// Scores processed documents against their gold (same order).
pub fn score(articles: &[GoldArticle], docs: &[Document]) -> BoilerplateReport {
    let (mut tp, mut fp, mut fn_, mut lines) = (0, 0, 0, 0);
    let mut items = Vec::new();
    for (a, doc) in articles.iter().zip(docs) {
        let content: BTreeSet<usize> = doc.content_lines().iter().map(|(s, _)| s.start).collect();
        let mut item = ArticleResult {
            name: a.name.clone(),
            lines: 0,
            gold: 0,
            true_positives: 0,
            content_removed: Vec::new(),
            missed: Vec::new(),
            removed: Vec::new(),
        };
        for (i, (span, text)) in doc.lines().enumerate() {
            let n = i + 1;
            if text.trim().is_empty() {
                continue;
            }
            item.lines += 1;
            let removed = !content.contains(&span.start);
            let (role, cue) = doc
                .layer(Layer::Boilerplate)
                .find(|b| b.span.contains(&span))
                .and_then(|b| match &b.data {
                    AnnotationData::Boilerplate(b) => Some((Some(b.role), b.cue.clone())),
                    _ => None,
                })
                .unwrap_or((None, None));
            let line = LineRef {
                line: n,
                text: text.to_string(),
                role,
                cue,
            };
            if removed {
                item.removed.push(line.clone());
            }
            if a.doubtful.contains(&n) {
                continue;
            }
            let gold = a.boilerplate.contains(&n);
            item.gold += usize::from(gold);
            match (gold, removed) {
                (true, true) => item.true_positives += 1,
                (true, false) => item.missed.push(line),
                (false, true) => item.content_removed.push(line),
                (false, false) => {}
            }
        }
        tp += item.true_positives;
        fp += item.content_removed.len();
        fn_ += item.missed.len();
        lines += item.lines;
        items.push(item);
    }
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    BoilerplateReport {
        dataset: String::new(),
        articles: articles.len(),
        lines,
        true_positives: tp,
        false_positives: fp,
        false_negatives: fn_,
        precision,
        recall,
        f1,
        content_removed: fp,
        repeated_marks: 0,
        seconds: 0.0,
        lines_per_second: 0.0,
        articles_per_second: 0.0,
        items,
    }
}

/// tp / total, and 1 when there is nothing to find (no leftovers, none marked).
pub(crate) fn ratio(tp: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        tp as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::{Boilerplate, Span};

    #[test]
    fn scores_lines_and_lists_content_removed() {
        let text = "MENU\nContent one.\nAd\nContent two.\nCaption\n";
        let gold = GoldArticle {
            name: "t".into(),
            text: text.into(),
            boilerplate: [1, 3].into_iter().collect(),
            doubtful: [5].into_iter().collect(),
        };
        let mut doc = Document::new(text.into(), Metadata::default());
        let mark = |doc: &mut Document, s: usize, e: usize| {
            doc.annotate(
                Span::new(s, e),
                Boilerplate {
                    role: vigie_core::BoilerplateRole::AdLabel,
                    cue: None,
                },
            )
        };
        mark(&mut doc, 0, 4); // MENU: right
        mark(&mut doc, 5, 17); // Content one.: wrong
        mark(&mut doc, 35, 42); // Caption: doubtful, not counted
        let r = score(&[gold], &[doc]);
        assert_eq!(
            (r.true_positives, r.false_positives, r.false_negatives),
            (1, 1, 1)
        );
        assert_eq!(r.items[0].content_removed[0].text, "Content one.");
        assert_eq!(r.items[0].missed[0].line, 3);
        assert!((r.f1 - 0.5).abs() < 1e-9);
    }

    #[test]
    fn gold_lines_found_by_text_when_no_numbers() {
        let lines = ["a", "Source", "b", "Source"];
        let found = by_text(&lines, ["Source", "Source"].into_iter());
        assert_eq!(found, [2, 4].into_iter().collect());
    }

    /// The target on the French dev gold, when it is present beside the repository.
    #[test]
    fn dev_gold_f1_at_least_095_with_no_content_removed() {
        let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
        if !dev.is_dir() {
            eprintln!("skipped: {} is absent", dev.display());
            return;
        }
        let r = evaluate(&dev).unwrap();
        for item in &r.items {
            for l in &item.content_removed {
                eprintln!(
                    "content removed: {}:{} {:?} {}",
                    item.name, l.line, l.cue, l.text
                );
            }
            for l in &item.missed {
                eprintln!("missed: {}:{} {}", item.name, l.line, l.text);
            }
        }
        eprintln!(
            "dev gold: P {:.3} R {:.3} F1 {:.3} tp {} fp {} fn {}",
            r.precision, r.recall, r.f1, r.true_positives, r.false_positives, r.false_negatives
        );
        assert!(r.articles >= 3, "{} articles", r.articles);
        assert_eq!(r.content_removed, 0, "content lines removed");
        assert!(
            r.f1 >= 0.95,
            "F1 {:.3} (P {:.3} R {:.3})",
            r.f1,
            r.precision,
            r.recall
        );
    }
}
