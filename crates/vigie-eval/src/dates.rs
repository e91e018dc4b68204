//! Publication dates on the htmldate evaluation set (`eval_default.json` + gzipped pages):
//! a page is right when the day found equals the gold day, wrong when another day is found,
//! missing when none is; accuracy is right / pages, as in htmldate's evaluation. Wrong and
//! missing are reported apart: a missing date is better than a wrong one. One thread, so pages
//! per second is a one-core figure.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use vigie_clean::html;

use crate::extraction::read_page;
use crate::EvalError;

#[derive(Deserialize)]
struct GoldItem {
    file: String,
    date: String,
}

/// Per-page result, for error analysis.
#[derive(Debug, Serialize)]
pub struct DateItem {
    pub url: String,
    pub file: String,
    pub gold: String,
    pub found: Option<String>,
    pub source: Option<String>,
    /// `right`, `wrong` or `missing`.
    pub verdict: &'static str,
    pub milliseconds: f64,
}

/// Scores over the whole set.
#[derive(Debug, Serialize)]
pub struct DateReport {
    pub dataset: String,
    pub pages: usize,
    pub unreadable: usize,
    pub right: usize,
    pub wrong: usize,
    pub missing: usize,
    pub accuracy: f64,
    /// Right among the pages where a date was given: right / (right + wrong).
    pub precision: f64,
    /// Counts of right / wrong by where the date came from.
    pub by_source: BTreeMap<String, (usize, usize)>,
    pub seconds: f64,
    pub pages_per_second: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<DateItem>,
}

/// Runs the publication-date finder over the set at `dataset` (the folder holding
/// `eval_default.json`), the pages of `split` only. Dates after `today` are rejected as
/// implausible.
pub fn evaluate(
    dataset: &Path,
    split: crate::Split,
    limit: Option<usize>,
) -> Result<DateReport, EvalError> {
    let gold_path = dataset.join("eval_default.json");
    let gold: BTreeMap<String, GoldItem> = serde_json::from_str(
        &std::fs::read_to_string(&gold_path).map_err(|e| EvalError::io(&gold_path, e))?,
    )?;
    let today = chrono::Local::now().date_naive();
    let mut r = DateReport {
        dataset: dataset.display().to_string(),
        pages: 0,
        unreadable: 0,
        right: 0,
        wrong: 0,
        missing: 0,
        accuracy: 0.0,
        precision: 0.0,
        by_source: BTreeMap::new(),
        seconds: 0.0,
        pages_per_second: 0.0,
        items: Vec::new(),
    };
    for (url, item) in gold
        .iter()
        .filter(|(url, _)| split.holds(url))
        .take(limit.unwrap_or(usize::MAX))
    {
        let Some(bytes) = read_page(dataset, &item.file) else {
            r.unreadable += 1;
            continue;
        };
        let clock = crate::ThreadClock::start();
        let page = vigie_ingest::charset::decode_html(&bytes);
        let found = html::published_date(&page, Some(url), today);
        let elapsed = clock.seconds();
        r.seconds += elapsed;
        r.pages += 1;
        let found_s = found
            .as_ref()
            .map(|f| f.date.format("%Y-%m-%d").to_string());
        let verdict = match &found_s {
            None => "missing",
            Some(d) if *d == item.date => "right",
            Some(_) => "wrong",
        };
        match verdict {
            "right" => r.right += 1,
            "wrong" => r.wrong += 1,
            _ => r.missing += 1,
        }
        if let Some(f) = &found {
            let e = r.by_source.entry(f.source.to_string()).or_default();
            if verdict == "right" {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        r.items.push(DateItem {
            url: url.clone(),
            file: item.file.clone(),
            gold: item.date.clone(),
            found: found_s,
            source: found.map(|f| f.source.to_string()),
            verdict,
            milliseconds: elapsed * 1000.0,
        });
    }
    r.accuracy = if r.pages > 0 {
        r.right as f64 / r.pages as f64
    } else {
        0.0
    };
    r.precision = if r.right + r.wrong > 0 {
        r.right as f64 / (r.right + r.wrong) as f64
    } else {
        0.0
    };
    r.pages_per_second = if r.seconds > 0.0 {
        r.pages as f64 / r.seconds
    } else {
        0.0
    };
    Ok(r)
}
