//! Evaluation against gold data: one module per stage, each reading a dataset in the format of
//! its origin and reporting the metric of that origin (precision, recall, F1 or accuracy) and
//! speed. Datasets are given by path and never copied into the project.

pub mod boilerplate;
pub mod dates;
pub mod entities;
pub mod events;
pub mod extraction;
pub mod quotes;

use std::path::{Path, PathBuf};

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
}

impl EvalError {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        EvalError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
