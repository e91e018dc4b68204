//! Sources: where articles come from.
//!
//! [`Source`] walks the inputs a user names (files, folders recursively, `-` for stdin) and yields
//! one [`RawArticle`] per article, or an [`IngestError`] naming the path (and line, for JSON
//! Lines) and the reason. Reading streams: a JSON Lines file is read line by line, gzip is
//! decoded on the fly, and nothing holds more than one article per worker in memory.
//!
//! Accepted: `.txt`, `.html`/`.htm`, `.jsonl`/`.ndjson` (one article per line: `text` or `html`,
//! optional `url`, `title`, `published`, `outlet`, `language`, `author`), and any of these with a
//! `.gz` suffix. An explicitly named file with another extension is sniffed; folder walks skip
//! unknown extensions and hidden files.

pub mod charset;
mod read;

pub use read::{read_source, ReadOptions};

use std::fmt;
use std::path::{Path, PathBuf};

use vigie_core::Metadata;

/// Where an article came from: a path, and the line for JSON Lines input.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    pub path: String,
    pub line: Option<u64>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// The body of an article as read, before cleaning.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// One article as read from a source.
#[derive(Debug, Clone)]
pub struct RawArticle {
    pub origin: Origin,
    pub body: Body,
    /// Metadata given by the input itself (JSON Lines fields).
    pub meta: Metadata,
    /// Problems that did not prevent reading (e.g. invalid UTF-8 decoded lossily).
    pub warnings: Vec<String>,
    /// Input bytes this article accounts for, for progress reporting.
    pub bytes: u64,
}

/// Why an input could not be read. Always names the path and, for JSON Lines, the line.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{origin}: {reason}")]
pub struct IngestError {
    pub origin: Origin,
    pub reason: String,
    /// Input bytes this failure accounts for, for progress reporting.
    pub bytes: u64,
}

/// The kind of a file, from its name (the `.gz` suffix removed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
    Jsonl,
    /// Unknown extension: decided from the content.
    Sniff,
}

impl FileKind {
    pub fn of(path: &Path) -> (FileKind, bool) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let (name, gz) = match name.strip_suffix(".gz") {
            Some(stripped) => (stripped.to_string(), true),
            None => (name, false),
        };
        let kind = match name.rsplit_once('.').map(|(_, ext)| ext) {
            Some("txt" | "text") => FileKind::Text,
            Some("html" | "htm" | "xhtml") => FileKind::Html,
            Some("jsonl" | "ndjson") => FileKind::Jsonl,
            _ => FileKind::Sniff,
        };
        (kind, gz)
    }
}

/// The inputs named on the command line, expanded to files.
pub struct Source {
    inputs: Vec<PathBuf>,
}

/// One file to read (or stdin).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Source {
    pub fn new(inputs: Vec<PathBuf>) -> Self {
        Source { inputs }
    }

    /// Every file to read, lazily: folders are walked recursively (sorted, so runs are
    /// reproducible), skipping hidden entries and unsupported extensions. A path that cannot be
    /// read yields an error and the walk goes on.
    pub fn inputs(&self) -> impl Iterator<Item = Result<Input, IngestError>> + '_ {
        self.inputs
            .iter()
            .flat_map(|input| -> Box<dyn Iterator<Item = _>> {
                if input.as_os_str() == "-" {
                    return Box::new(std::iter::once(Ok(Input::Stdin)));
                }
                if input.is_dir() {
                    let walk = walkdir::WalkDir::new(input)
                        .sort_by_file_name()
                        .into_iter()
                        .filter_entry(|e| {
                            e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                        })
                        .filter_map(|entry| match entry {
                            Ok(e) if e.file_type().is_file() => {
                                let (kind, _) = FileKind::of(e.path());
                                (kind != FileKind::Sniff).then(|| Ok(Input::File(e.into_path())))
                            }
                            Ok(_) => None,
                            Err(err) => Some(Err(IngestError {
                                origin: Origin {
                                    path: err.path().unwrap_or(input).display().to_string(),
                                    line: None,
                                },
                                reason: format!(
                                    "cannot read: {}",
                                    err.io_error()
                                        .map_or_else(|| err.to_string(), |e| e.to_string())
                                ),
                                bytes: 0,
                            })),
                        });
                    return Box::new(walk);
                }
                match std::fs::metadata(input) {
                    Ok(_) => Box::new(std::iter::once(Ok(Input::File(input.clone())))),
                    Err(err) => Box::new(std::iter::once(Err(IngestError {
                        origin: Origin {
                            path: input.display().to_string(),
                            line: None,
                        },
                        reason: format!("cannot read: {err}"),
                        bytes: 0,
                    }))),
                }
            })
    }

    /// Total size in bytes of the files to read, for a progress bar; `None` when stdin is read.
    pub fn total_bytes(&self) -> Option<u64> {
        let mut total = 0;
        for input in self.inputs().flatten() {
            match input {
                Input::Stdin => return None,
                Input::File(path) => total += std::fs::metadata(&path).map_or(0, |m| m.len()),
            }
        }
        Some(total)
    }
}
