//! Evaluation against gold data: one module per stage, each reading a dataset in the format of
//! its origin and reporting the metric of that origin (precision, recall, F1 or accuracy) and
//! speed. Datasets are given by path and never copied into the project.

pub mod boilerplate;
pub mod claims;
pub mod copies;
pub mod dates;
pub mod entities;
pub mod events;
pub mod extraction;
pub mod leftovers_silver;
pub mod ner;
pub mod quotes;
pub mod stories;
pub mod translations;

use std::path::{Path, PathBuf};
use std::time::Instant;

/// A half of a public gold set, drawn before anyone reads it: rules are written from `dev`
/// pages only and `test` is kept for the reported figure. The draw is the parity of the 64-bit
/// FNV-1a hash of the item's key (the page URL), which any script can compute
/// (`tools/eval/python_baselines.py --split` does, for the peers' figures on the same half).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Split {
    /// Every item.
    #[default]
    All,
    /// Items whose key hashes even.
    Dev,
    /// Items whose key hashes odd.
    Test,
}

impl std::str::FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "all" => Ok(Split::All),
            "dev" => Ok(Split::Dev),
            "test" => Ok(Split::Test),
            _ => Err(format!("unknown split {s:?}: all, dev or test")),
        }
    }
}

impl Split {
    /// Whether the item keyed `key` is in this half.
    pub fn holds(self, key: &str) -> bool {
        let h = vigie_core::fnv1a(key);
        match self {
            Split::All => true,
            Split::Dev => h.is_multiple_of(2),
            Split::Test => !h.is_multiple_of(2),
        }
    }
}

/// `n / total`, and 0 when there is nothing to divide by (no prediction, no gold item).
pub(crate) fn share(n: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 / total as f64
    }
}

/// CPU time the calling thread has used, from `/proc/thread-self/schedstat` (nanoseconds on
/// CPU). On a shared machine the wall clock includes time a thread waited for a core; this is
/// what one core actually spent, and what Python's `time.thread_time()` measures on the other
/// side of a comparison.
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

/// Times work on the calling thread: its CPU time where the system reports it (Linux), else
/// the wall clock.
#[derive(Debug, Clone, Copy)]
pub struct ThreadClock {
    cpu: Option<f64>,
    wall: Instant,
}

impl ThreadClock {
    pub fn start() -> Self {
        ThreadClock {
            cpu: thread_cpu_seconds(),
            wall: Instant::now(),
        }
    }
    /// Seconds since [`ThreadClock::start`].
    pub fn seconds(&self) -> f64 {
        match (self.cpu, thread_cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => self.wall.elapsed().as_secs_f64(),
        }
    }
}

/// The gold files of a dev-corpus-style dataset (`*.json` beside the `*.txt` article it
/// annotates), sorted. `dataset` may be the folder or one file of a pair.
pub fn gold_files(dataset: &Path) -> Result<Vec<PathBuf>, EvalError> {
    if !dataset.is_dir() {
        return Ok(vec![dataset.with_extension("json")]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dataset).map_err(|e| EvalError::io(dataset, e))? {
        let path = entry.map_err(|e| EvalError::io(dataset, e))?.path();
        if path.extension().is_some_and(|e| e == "json") && path.with_extension("txt").is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The fields every gold file of the dev corpus (`corpus/dev/*.json`) has about its article,
/// flattened into each stage's own gold type.
#[derive(Debug, Clone, serde::Deserialize)]
pub(crate) struct DevArticle {
    #[serde(default)]
    article_id: String,
    seed_file: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    publication_date: Option<serde_json::Value>,
}

impl DevArticle {
    /// The article's id (its `seed_file` when the gold gives none) and its text, read beside
    /// the gold file at `gold_path`, run through `pipeline` with the gold's language and date.
    /// A stage's error leaves the document as far as it got, as ingest stores it.
    pub(crate) fn process(
        &self,
        gold_path: &Path,
        pipeline: &vigie_core::Pipeline,
    ) -> Result<(String, vigie_core::Document), EvalError> {
        let txt = gold_path.with_file_name(&self.seed_file);
        let text = std::fs::read_to_string(&txt).map_err(|e| EvalError::io(&txt, e))?;
        let published = self
            .publication_date
            .as_ref()
            .and_then(|d| d.get("date"))
            .and_then(|d| d.as_str())
            .map(str::to_string);
        let mut doc = vigie_core::Document::new(
            text,
            vigie_core::Metadata {
                language: self.language.clone(),
                published,
                ..Default::default()
            },
        );
        let _ = pipeline.process(&mut doc);
        let article = if self.article_id.is_empty() {
            self.seed_file.clone()
        } else {
            self.article_id.clone()
        };
        Ok((article, doc))
    }
}

/// Calls `f` with every article `vigie ingest` reads under `path` (files, folders, JSON
/// Lines), in order; an input that cannot be read is an error naming it.
pub(crate) fn read_articles(
    path: &Path,
    f: &mut dyn FnMut(vigie_ingest::RawArticle),
) -> Result<(), EvalError> {
    let source = vigie_ingest::Source::new(vec![path.to_path_buf()]);
    for input in source.inputs() {
        let input = input.map_err(|e| EvalError::Format {
            path: e.origin.to_string(),
            reason: e.reason,
        })?;
        let mut failure = None;
        vigie_ingest::read_source(
            &input,
            vigie_ingest::ReadOptions::default(),
            &mut |r| match r {
                Ok(raw) => f(raw),
                Err(e) => failure = Some(e),
            },
        );
        if let Some(e) = failure {
            return Err(EvalError::Format {
                path: e.origin.to_string(),
                reason: e.reason,
            });
        }
    }
    Ok(())
}

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("gold file: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{path}: {reason}")]
    Format { path: String, reason: String },
}

impl EvalError {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        EvalError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
