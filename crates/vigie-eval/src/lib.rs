//! Evaluation against gold data: one module per stage, each reading a dataset in the format of
//! its origin and reporting the metric of that origin (precision, recall, F1 or accuracy) and
//! speed. Datasets are given by path and never copied into the project.

pub mod boilerplate;
pub mod dates;
pub mod entities;
pub mod events;
pub mod extraction;
pub mod quotes;

use std::path::Path;

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
