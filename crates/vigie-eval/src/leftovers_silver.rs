//! Silver leftover lines from the trafilatura evaluation pages (`evaldata.json` + `html/`), for
//! training and scoring the boilerplate stage's line classifier on pages it has not seen.
//!
//! **Labelling.** Each page is rendered to its visible text lines as a text scrape would leave
//! them ([`vigie_clean::html::visible_text`]). Its main text is extracted by vigie's default
//! extractor; the page is kept only when that extraction agrees with the dataset's human gold
//! (every `with` snippet in it, no `without` snippet in it), so the dense labels below come from
//! an extraction the gold vouches for. A rendered line is then
//! - a **leftover** when it holds a `without` snippet, or when no part of it is in the
//!   extracted text (a short line must be a whole line of the extraction to count as content:
//!   "Home" inside a paragraph does not make the menu item "Home" content);
//! - **content** when it holds a `with` snippet, is a line of the extraction, is (most of) the
//!   page's title (the headline: extractors leave it out of the text, a scrape keeps it), is a
//!   piece of at least 25 characters of the extracted text, or is made at 80 % or more of
//!   extracted lines;
//! - **unlabelled** otherwise (partly inside, partly outside the extraction), and left out of
//!   training and scores.
//!
//! Only the lines from [`WINDOW`] lines before the first content line to [`WINDOW`] lines after
//! the last are kept, so a page looks like a scrape (some furniture around the article) rather
//! than a whole site's menus and footers.
//!
//! **Split.** Pages are split by the 64-bit FNV-1a hash of their file name, modulo 10: 0–5
//! train, 6–7 dev, 8–9 test, before any page is looked at.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Serialize;
use vigie_clean::html;
use vigie_clean::BoilerplateStage;

use crate::extraction::{norm, read_page};
use crate::EvalError;

/// Lines kept before the first and after the last content line of a page (non-blank lines).
pub const WINDOW: usize = 20;
/// A line of the rendered page this long or longer counts as content when it is a piece of the
/// extracted text.
const PIECE_CHARS: usize = 25;

/// A part of the silver set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Train,
    Dev,
    Test,
}

impl std::str::FromStr for Part {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "train" => Ok(Part::Train),
            "dev" => Ok(Part::Dev),
            "test" => Ok(Part::Test),
            _ => Err(format!("unknown part {s:?}: train, dev or test")),
        }
    }
}

/// The part a page belongs to, from its file name alone.
pub fn part_of(file: &str) -> Part {
    let h = vigie_core::fnv1a(file);
    match h % 10 {
        0..=5 => Part::Train,
        6..=7 => Part::Dev,
        _ => Part::Test,
    }
}

use crate::extraction::GoldItem;

/// One page as a text scrape, with a label per line (`Some(true)`: leftover; `None`: blank or
/// unlabelled).
#[derive(Debug, Clone)]
pub struct SilverPage {
    pub url: String,
    pub file: String,
    pub text: String,
    pub labels: Vec<Option<bool>>,
}

/// What loading a part found.
#[derive(Debug, Default, Clone, Serialize)]
pub struct SilverStats {
    pub pages: usize,
    pub kept: usize,
    pub unreadable: usize,
    /// The extraction disagreed with the human gold: page dropped.
    pub gold_disagrees: usize,
    /// Fewer than 3 content lines found in the rendering.
    pub too_little_content: usize,
    pub content_lines: usize,
    pub leftover_lines: usize,
    pub unlabelled_lines: usize,
}

/// Labels of the non-blank rendered lines against the extracted text (see the module docs).
pub fn label_lines(
    lines: &[&str],
    extracted: &str,
    title: Option<&str>,
    with: &[String],
    without: &[String],
) -> Vec<Option<bool>> {
    let ext_lines: HashSet<String> = extracted
        .lines()
        .map(norm)
        .filter(|l| !l.is_empty())
        .collect();
    let long_ext: Vec<&String> = ext_lines
        .iter()
        .filter(|l| l.chars().count() >= PIECE_CHARS)
        .collect();
    let whole = norm(extracted);
    let title = title
        .map(|t| norm(t).to_lowercase())
        .filter(|t| !t.is_empty());
    let with: Vec<String> = with
        .iter()
        .map(|s| norm(s))
        .filter(|s| !s.is_empty())
        .collect();
    let without: Vec<String> = without
        .iter()
        .map(|s| norm(s))
        .filter(|s| !s.is_empty())
        .collect();
    lines
        .iter()
        .map(|raw| {
            let l = norm(raw);
            if l.is_empty() {
                return None;
            }
            if without.iter().any(|s| l.contains(s.as_str())) {
                return Some(true);
            }
            if with.iter().any(|s| l.contains(s.as_str())) || ext_lines.contains(&l) {
                return Some(false);
            }
            let chars = l.chars().count();
            if let Some(t) = &title {
                let lower = l.to_lowercase();
                if chars >= 10
                    && ((t.contains(&lower) && 2 * lower.len() >= t.len())
                        || (lower.contains(t.as_str()) && 10 * t.len() >= 7 * lower.len()))
                {
                    return Some(false);
                }
            }
            if chars >= PIECE_CHARS && whole.contains(&l) {
                return Some(false);
            }
            let covered: usize = long_ext
                .iter()
                .filter(|e| l.contains(e.as_str()))
                .map(|e| e.len())
                .sum();
            if covered * 10 >= l.len() * 8 {
                Some(false)
            } else if covered > 0 {
                None
            } else {
                Some(true)
            }
        })
        .collect()
}

/// Renders, labels and windows one page; `None` when it is dropped (counted in `stats`).
fn page(
    html_text: &str,
    url: &str,
    item: &GoldItem,
    stats: &mut SilverStats,
) -> Option<SilverPage> {
    let out = html::extract_main(html_text, Some(url), html::Extractor::default());
    let text = norm(&out.text);
    if item.with.iter().any(|s| !text.contains(&norm(s)))
        || item.without.iter().any(|s| text.contains(&norm(s)))
    {
        stats.gold_disagrees += 1;
        return None;
    }
    let rendered = html::visible_text(html_text);
    let lines: Vec<&str> = rendered.split('\n').collect();
    let labels = label_lines(
        &lines,
        &out.text,
        out.title.as_deref(),
        &item.with,
        &item.without,
    );
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| labels[i] == Some(false))
        .collect();
    if content.len() < 3 {
        stats.too_little_content += 1;
        return None;
    }
    let visible: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let first = visible.iter().position(|&i| i == content[0]).unwrap_or(0);
    let last = visible
        .iter()
        .position(|&i| i == *content.last().unwrap_or(&0))
        .unwrap_or(visible.len() - 1);
    let from = visible[first.saturating_sub(WINDOW)];
    let to = visible[(last + WINDOW).min(visible.len() - 1)];
    let kept_lines = &lines[from..=to];
    let kept_labels = labels[from..=to].to_vec();
    for l in &kept_labels {
        match l {
            Some(true) => stats.leftover_lines += 1,
            Some(false) => stats.content_lines += 1,
            None => {}
        }
    }
    stats.unlabelled_lines += kept_lines
        .iter()
        .zip(&kept_labels)
        .filter(|(l, lab)| !l.trim().is_empty() && lab.is_none())
        .count();
    Some(SilverPage {
        url: url.to_string(),
        file: item.file.clone(),
        text: kept_lines.join("\n"),
        labels: kept_labels,
    })
}

/// The pages of one part, labelled, in the order of `evaldata.json`'s keys.
pub fn load(dataset: &Path, part: Part) -> Result<(Vec<SilverPage>, SilverStats), EvalError> {
    let gold_path = dataset.join("evaldata.json");
    let gold: BTreeMap<String, GoldItem> = serde_json::from_str(
        &std::fs::read_to_string(&gold_path).map_err(|e| EvalError::io(&gold_path, e))?,
    )?;
    let mut stats = SilverStats::default();
    let mut pages = Vec::new();
    for (url, item) in &gold {
        if part_of(&item.file) != part {
            continue;
        }
        stats.pages += 1;
        let Some(bytes) = read_page(dataset, &item.file) else {
            stats.unreadable += 1;
            continue;
        };
        let html_text = vigie_ingest::charset::decode_html(&bytes);
        if let Some(p) = page(&html_text, url, item, &mut stats) {
            pages.push(p);
        }
    }
    stats.kept = pages.len();
    Ok((pages, stats))
}

/// Line scores of the boilerplate stage on silver pages.
#[derive(Debug, Default, Serialize)]
pub struct SilverReport {
    pub dataset: String,
    pub part: String,
    pub stats: SilverStats,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Of the marks, those the line classifier made, and how many were right.
    pub classifier_marks: usize,
    pub classifier_right: usize,
    /// Content lines marked, for error analysis (page file, line text, cue).
    pub content_marked: Vec<(String, String, String)>,
    /// The same scores without the lines repeated across a site's pages (the stage alone).
    pub stage_alone: StageAlone,
    /// Lines marked repeated (`vigie_analysis::repeated`), and how many were leftovers.
    pub repeated_marks: usize,
    pub repeated_right: usize,
    /// Sites (see [`site_of`]) and pages of the part, and the pages whose site has at least
    /// `min_articles - 1` other pages in it (the only ones repetition can touch).
    pub sites: usize,
    pub pages_with_enough_siblings: usize,
    /// The repetition thresholds used.
    pub min_articles: usize,
    pub max_chars: usize,
}

/// Scores of the boilerplate stage alone.
#[derive(Debug, Default, Serialize)]
pub struct StageAlone {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub precision: f64,
    pub recall: f64,
}

/// How pages are grouped into outlets for the repetition test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By site ([`site_of`]): what ingesting them would do.
    Site,
    /// Every page of the part as one outlet: a stress test (lines that unrelated pages share
    /// are then counted as one site's), to see which content lines repetition could take.
    One,
}

/// The site of a page of the trafilatura set: the host of its URL, the archived host for a
/// `web.archive.org` URL, and for the keys that are no URL (`hard::nationnews.com-schools.html`)
/// the name before the first `-`.
pub fn site_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    if let Some(archived) = rest.strip_prefix("web.archive.org/web/") {
        // `web.archive.org/web/20160526181643/http://ordnungsrausch.com/…`
        if let Some((_, inner)) = archived.split_once('/') {
            return site_of(inner);
        }
    }
    if let Some((_, key)) = url.split_once("::") {
        return key
            .split('-')
            .next()
            .unwrap_or(key)
            .trim_end_matches(".html")
            .to_lowercase();
    }
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .to_lowercase();
    host.strip_prefix("www.").unwrap_or(&host).to_string()
}

/// Runs `stage` on each page's text (no metadata, as a text scrape comes) and scores its
/// marks against the labels.
pub fn score(stage: &BoilerplateStage, pages: &[SilverPage]) -> SilverReport {
    score_with(stage, pages, None, Grouping::Site)
}

/// [`score`], with the lines repeated across the pages of a site (`repeated`: the thresholds;
/// `None`: the stage alone) marked too, as `vigie ingest` marks them. Every page of the part is
/// counted before any is scored, as for a folder given to `vigie extract`; the stage's own
/// scores are kept in [`SilverReport::stage_alone`].
pub fn score_with(
    stage: &BoilerplateStage,
    pages: &[SilverPage],
    repeated: Option<vigie_analysis::repeated::Params>,
    grouping: Grouping,
) -> SilverReport {
    use vigie_analysis::repeated::{self as rep, MemoryRepeats};
    let mut r = SilverReport::default();
    let site = |p: &SilverPage| match grouping {
        Grouping::Site => site_of(&p.url),
        Grouping::One => "all".to_string(),
    };
    let mut state = MemoryRepeats::default();
    let mut per_site: BTreeMap<String, usize> = BTreeMap::new();
    for p in pages {
        *per_site.entry(site(p)).or_default() += 1;
        if let Some(params) = &repeated {
            state.observe_text(&site(p), &p.file, &p.text, params);
        }
    }
    r.sites = per_site.len();
    if let Some(params) = &repeated {
        r.min_articles = params.min_articles;
        r.max_chars = params.max_chars;
        r.pages_with_enough_siblings = per_site
            .values()
            .filter(|&&n| n >= params.min_articles)
            .sum();
    }
    let (mut atp, mut afp, mut afn) = (0, 0, 0);
    for p in pages {
        let found = stage.detect(&p.text, None, None);
        let already: Vec<vigie_core::Span> = found.iter().map(|(s, _)| *s).collect();
        let mut marks: BTreeMap<usize, String> = found
            .into_iter()
            .map(|(span, b)| (span.start, b.cue.unwrap_or_default()))
            .collect();
        for (span, leftover) in vigie_core::document::line_spans(&p.text).zip(&p.labels) {
            let Some(leftover) = leftover else { continue };
            match (leftover, marks.contains_key(&span.start)) {
                (true, true) => atp += 1,
                (true, false) => afn += 1,
                (false, true) => afp += 1,
                (false, false) => {}
            }
        }
        if let Some(params) = &repeated {
            let Ok(spans) = rep::marks_in(&mut state, &site(p), &p.text, &already, params);
            for span in spans {
                marks.insert(span.start, "repeated".to_string());
            }
        }
        for ((span, line), label) in vigie_core::document::line_spans(&p.text)
            .map(|s| (s, &p.text[s.start..s.end]))
            .zip(&p.labels)
        {
            let Some(leftover) = label else { continue };
            let mark = marks.get(&span.start);
            let by_model = mark.is_some_and(|c| c.starts_with("model:"));
            let by_repetition = mark.is_some_and(|c| c == "repeated");
            r.repeated_marks += usize::from(by_repetition);
            match (leftover, mark) {
                (true, Some(_)) => {
                    r.true_positives += 1;
                    r.classifier_right += usize::from(by_model);
                    r.repeated_right += usize::from(by_repetition);
                }
                (true, None) => r.false_negatives += 1,
                (false, Some(c)) => {
                    r.false_positives += 1;
                    r.content_marked
                        .push((p.file.clone(), line.trim().to_string(), c.clone()));
                }
                (false, None) => {}
            }
            r.classifier_marks += usize::from(by_model);
        }
    }
    r.stage_alone = StageAlone {
        true_positives: atp,
        false_positives: afp,
        false_negatives: afn,
        precision: crate::boilerplate::ratio(atp, atp + afp),
        recall: crate::boilerplate::ratio(atp, atp + afn),
    };
    // As for the gold scrapes (`boilerplate.rs`): 1 when there is nothing to find.
    let tp = r.true_positives;
    r.precision = crate::boilerplate::ratio(tp, tp + r.false_positives);
    r.recall = crate::boilerplate::ratio(tp, tp + r.false_negatives);
    r.f1 = if r.precision + r.recall > 0.0 {
        2.0 * r.precision * r.recall / (r.precision + r.recall)
    } else {
        0.0
    };
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_of_urls_archives_and_keys() {
        assert_eq!(site_of("https://www.chip.de/news/a.html"), "chip.de");
        assert_eq!(
            site_of(
                "https://web.archive.org/web/20160526181643/http://www.ordnungsrausch.com/orga/"
            ),
            "ordnungsrausch.com"
        );
        assert_eq!(
            site_of("hard::nationnews.com-schools.html"),
            "nationnews.com"
        );
        assert_eq!(
            site_of("hard::nationnews.com-tridents.html"),
            "nationnews.com"
        );
    }

    #[test]
    fn parts_come_from_the_file_name_alone() {
        let parts: Vec<Part> = ["a.html", "b.html", "c.html", "d.html", "e.html"]
            .iter()
            .map(|f| part_of(f))
            .collect();
        assert_eq!(
            parts,
            [
                part_of("a.html"),
                part_of("b.html"),
                part_of("c.html"),
                part_of("d.html"),
                part_of("e.html")
            ]
        );
        let mut counts = [0usize; 3];
        for i in 0..1000 {
            counts[part_of(&format!("page{i}.html")) as usize] += 1;
        }
        assert!(
            counts[0] > 500 && counts[1] > 130 && counts[2] > 130,
            "{counts:?}"
        );
    }

    #[test]
    fn lines_are_labelled_against_the_extraction_and_the_gold() {
        let extracted = "A headline for the page\nThe first paragraph of the article, long enough to be prose.\nSubhead\nSecond paragraph, also long enough for a piece.";
        let lines = [
            "Home",
            "Subscribe now",
            "",
            "A headline for the page",
            "The first paragraph of the article, long enough to be prose.",
            "Subhead",
            "Second paragraph, also long enough",
            "for a piece.",
            "Related: something else entirely",
            "Share this",
        ];
        let labels = label_lines(
            &lines,
            extracted,
            Some("A headline for the page | Site"),
            &["Subhead".to_string()],
            &["Share this".to_string()],
        );
        assert_eq!(
            labels,
            [
                Some(true),
                Some(true),
                None,
                Some(false),
                Some(false),
                Some(false),
                Some(false),
                // A short piece of a paragraph: not a line of the extraction, so leftover.
                Some(true),
                Some(true),
                Some(true),
            ]
        );
    }
}
