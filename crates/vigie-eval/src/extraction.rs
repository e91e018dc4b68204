//! Main-text extraction on the trafilatura evaluation set (`evaldata.json` + gzipped pages):
//! for each page, every `with` snippet found in the output is a true positive (else a false
//! negative) and every `without` snippet found is a false positive (else a true negative);
//! precision, recall and F1 are computed over all snippets, as in trafilatura's own
//! evaluation. Whitespace runs are collapsed to one space on both sides before matching.
//! Pages run one after another on one thread, so pages per second is a one-core figure. The
//! timed work is decoding plus main-content extraction (text, title, author, outlet), what
//! Python trafilatura's `extract()` does by default; the publication-date search is timed by
//! `vigie eval dates`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use vigie_clean::html;
pub use vigie_clean::html::Extractor;

use crate::EvalError;

/// One page of the trafilatura evaluation's gold: its file and the snippets its main text must
/// hold (`with`) and must not (`without`).
#[derive(Deserialize)]
pub(crate) struct GoldItem {
    pub(crate) file: String,
    #[serde(default)]
    pub(crate) with: Vec<String>,
    #[serde(default)]
    pub(crate) without: Vec<String>,
}

/// Per-page result, for error analysis.
#[derive(Debug, Serialize)]
pub struct ExtractionItem {
    pub url: String,
    pub file: String,
    pub tp: usize,
    pub fp: usize,
    pub tn: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// `with` snippets the output lacks.
    pub missed: Vec<String>,
    /// `without` snippets the output contains.
    pub leaked: Vec<String>,
    pub chars: usize,
    pub milliseconds: f64,
}

/// Scores over the whole set.
#[derive(Debug, Serialize)]
pub struct ExtractionReport {
    pub dataset: String,
    pub extractor: String,
    pub pages: usize,
    pub unreadable: usize,
    pub tp: usize,
    pub fp: usize,
    pub tn: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub seconds: f64,
    pub pages_per_second: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ExtractionItem>,
}

/// Reads a page of an eval set: `html/<file>.gz`, or `html/<file>` uncompressed.
pub(crate) fn read_page(dataset: &Path, file: &str) -> Option<Vec<u8>> {
    let gz: PathBuf = dataset.join("html").join(format!("{file}.gz"));
    if let Ok(f) = std::fs::File::open(&gz) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(f).read_to_end(&mut out).ok()?;
        return Some(out);
    }
    std::fs::read(dataset.join("html").join(file)).ok()
}

pub(crate) fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `extractor` over the set at `dataset` (the folder holding `evaldata.json`).
pub fn evaluate(
    dataset: &Path,
    extractor: Extractor,
    limit: Option<usize>,
) -> Result<ExtractionReport, EvalError> {
    let gold_path = dataset.join("evaldata.json");
    let gold: BTreeMap<String, GoldItem> = serde_json::from_str(
        &std::fs::read_to_string(&gold_path).map_err(|e| EvalError::io(&gold_path, e))?,
    )?;
    let mut report = ExtractionReport {
        dataset: dataset.display().to_string(),
        extractor: extractor.name().to_string(),
        pages: 0,
        unreadable: 0,
        tp: 0,
        fp: 0,
        tn: 0,
        fn_: 0,
        precision: 0.0,
        recall: 0.0,
        f1: 0.0,
        seconds: 0.0,
        pages_per_second: 0.0,
        items: Vec::new(),
    };
    for (url, item) in gold.iter().take(limit.unwrap_or(usize::MAX)) {
        let Some(bytes) = read_page(dataset, &item.file) else {
            report.unreadable += 1;
            continue;
        };
        let clock = crate::ThreadClock::start();
        let page = vigie_ingest::charset::decode_html(&bytes);
        let out = html::extract_main(&page, Some(url), extractor);
        let elapsed = clock.seconds();
        report.seconds += elapsed;
        report.pages += 1;
        let text = norm(&out.text);
        let missed: Vec<String> = item
            .with
            .iter()
            .filter(|s| !text.contains(&norm(s)))
            .cloned()
            .collect();
        let leaked: Vec<String> = item
            .without
            .iter()
            .filter(|s| text.contains(&norm(s)))
            .cloned()
            .collect();
        let it = ExtractionItem {
            url: url.clone(),
            file: item.file.clone(),
            tp: item.with.len() - missed.len(),
            fn_: missed.len(),
            fp: leaked.len(),
            tn: item.without.len() - leaked.len(),
            missed,
            leaked,
            chars: out.text.chars().count(),
            milliseconds: elapsed * 1000.0,
        };
        report.tp += it.tp;
        report.fn_ += it.fn_;
        report.fp += it.fp;
        report.tn += it.tn;
        report.items.push(it);
    }
    let (tp, fp, fn_) = (report.tp as f64, report.fp as f64, report.fn_ as f64);
    report.precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    report.recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    report.f1 = if report.precision + report.recall > 0.0 {
        2.0 * report.precision * report.recall / (report.precision + report.recall)
    } else {
        0.0
    };
    report.pages_per_second = if report.seconds > 0.0 {
        report.pages as f64 / report.seconds
    } else {
        0.0
    };
    Ok(report)
}
