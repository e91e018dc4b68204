//! The seed corpus of each target.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::Target;

/// Largest seed read from `../shared`: long enough for a real page, small enough to keep
/// each iteration fast.
const MAX_SHARED_SEED: u64 = 256 << 10;
/// How many files one target takes from `../shared`.
const MAX_SHARED_FILES: usize = 40;

/// The folder of this crate's own seeds for `target`.
pub fn dir(target: Target) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(target.name())
}

/// The seeds of `target`: its folder under `seeds/`, the embedded lexicons or knowledge base
/// for the loader targets, and with `shared`, a few files from `../shared` when present.
pub fn load(target: Target, shared: bool) -> Vec<Vec<u8>> {
    let mut out = own(target);
    match target {
        Target::Kb => out.extend(embedded("kb/", ".toml")),
        Target::Lexicons => {
            out.extend(embedded("lexicons/", ".toml"));
            out.extend(embedded("data/", ".toml"));
        }
        Target::EventsLexicon => {
            // The real pairs, in the harness's `events #--- modality` layout.
            let events = vigie_resources::lexicons("events.toml");
            let modality = vigie_resources::lexicons("modality.toml");
            for e in &events {
                let m = modality
                    .iter()
                    .find(|m| m.language() == e.language())
                    .map_or("", |m| &m.contents);
                out.push(format!("{}\n#---\n{m}", e.contents).into_bytes());
            }
        }
        _ => {}
    }
    if shared {
        out.extend(from_shared(target));
    }
    out
}

/// The files of `seeds/<target>/`, sorted by name.
pub fn own(target: Target) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir(target))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.is_file())
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

fn embedded(prefix: &str, suffix: &str) -> Vec<Vec<u8>> {
    vigie_resources::files(prefix, suffix)
        .into_iter()
        .map(|r| r.contents.as_bytes().to_vec())
        .collect()
}

/// The `shared` folder beside the repository, if there is one.
fn shared_root() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    root.is_dir().then_some(root)
}

/// A few real pages and texts for the targets that read articles.
fn from_shared(target: Target) -> Vec<Vec<u8>> {
    let Some(root) = shared_root() else {
        return Vec::new();
    };
    let folders: &[&str] = match target {
        Target::Html | Target::Charset => &[
            "eval/extraction/trafilatura-eval/html",
            "eval/dates/htmldate-eval/html",
        ],
        Target::Text | Target::Dates => &["corpus/dev", "eval/extraction/trafilatura-eval/html"],
        _ => &[],
    };
    let mut out = Vec::new();
    for folder in folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(folder))
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for path in files.iter().take(MAX_SHARED_FILES) {
            if let Some(bytes) = read_maybe_gz(path) {
                out.push(bytes);
            }
        }
    }
    out
}

fn read_maybe_gz(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::MultiGzDecoder::new(file)
            .take(MAX_SHARED_SEED)
            .read_to_end(&mut bytes)
            .ok()?;
    } else {
        file.take(MAX_SHARED_SEED).read_to_end(&mut bytes).ok()?;
    }
    Some(bytes)
}
