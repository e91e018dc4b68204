//! The data files vigie reads, embedded at build time.
//!
//! Paths are relative to the repository root (`lexicons/fr/boilerplate.toml`, `kb/persons.toml`).
//! Setting `VIGIE_RESOURCES=DIR` makes [`files`] and [`binary`] read a folder of the same layout
//! at run time instead, so users can extend lexicons or the knowledge base, or swap a model,
//! without rebuilding.
//!
//! Text files (`kb/`, `lexicons/`, `data/`) come as strings; binary files under `models/` (the
//! syntax models, `models/syntax/<lang>/syntax.model`) as bytes through [`binary`].

use std::borrow::Cow;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/files.rs"));
}

/// One data file: its path relative to the resources root and its contents.
#[derive(Debug, Clone)]
pub struct Resource {
    pub path: String,
    pub contents: Cow<'static, str>,
}

impl Resource {
    /// For `lexicons/<lang>/<name>` paths: the language folder's name.
    pub fn language(&self) -> Option<&str> {
        let mut parts = self.path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("lexicons"), Some(lang), Some(_)) => Some(lang),
            _ => None,
        }
    }
}

/// Every resource whose path starts with `prefix` and ends with `suffix`, sorted by path.
pub fn files(prefix: &str, suffix: &str) -> Vec<Resource> {
    if let Some(dir) = std::env::var_os("VIGIE_RESOURCES") {
        return from_dir(Path::new(&dir), prefix, suffix);
    }
    embedded::FILES
        .iter()
        .filter(|(p, _)| p.starts_with(prefix) && p.ends_with(suffix))
        .map(|(p, c)| Resource {
            path: p.to_string(),
            contents: Cow::Borrowed(c),
        })
        .collect()
}

/// The per-language lexicon files called `name` (`lexicons/*/<name>`), one per language.
pub fn lexicons(name: &str) -> Vec<Resource> {
    files("lexicons/", &format!("/{name}"))
}

/// One file by exact path.
pub fn file(path: &str) -> Option<Resource> {
    files(path, "").into_iter().find(|r| r.path == path)
}

/// One binary data file: where it comes from (its path relative to the resources root, or the
/// file read under `VIGIE_RESOURCES`) and its bytes.
#[derive(Debug, Clone)]
pub struct BinaryResource {
    /// For messages: `models/syntax/fr/syntax.model (embedded)` or the file's path.
    pub origin: PathBuf,
    pub bytes: Cow<'static, [u8]>,
}

/// A binary file by exact path (`models/syntax/fr/syntax.model`): embedded, or read from
/// `VIGIE_RESOURCES=DIR` when it is set. `Ok(None)` when there is no such file (a language
/// without a model); an error when the file exists but cannot be read.
pub fn binary(path: &str) -> std::io::Result<Option<BinaryResource>> {
    if let Some(dir) = std::env::var_os("VIGIE_RESOURCES") {
        let file = Path::new(&dir).join(path);
        return match std::fs::read(&file) {
            Ok(bytes) => Ok(Some(BinaryResource {
                origin: file,
                bytes: Cow::Owned(bytes),
            })),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(std::io::Error::new(
                e.kind(),
                format!("{}: {e}", file.display()),
            )),
        };
    }
    Ok(embedded::BINARY
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(p, bytes)| BinaryResource {
            origin: PathBuf::from(format!("{p} (embedded)")),
            bytes: Cow::Borrowed(bytes),
        }))
}

/// Where a binary file is, for callers that read it as a stream rather than as one buffer (the
/// syntax models: decompressed while parsed, so that a copy of the file is never held).
#[derive(Debug, Clone)]
pub enum BinarySource {
    /// Embedded in the binary; `origin` names it in messages
    /// (`models/syntax/fr/syntax.model (embedded)`).
    Embedded {
        origin: PathBuf,
        bytes: &'static [u8],
    },
    /// A file under `VIGIE_RESOURCES=DIR` that exists (whether it reads is up to the caller).
    File(PathBuf),
}

/// A binary file by exact path, as [`binary`] finds it, without reading it; `None` when there
/// is no such file.
pub fn binary_source(path: &str) -> Option<BinarySource> {
    if let Some(dir) = std::env::var_os("VIGIE_RESOURCES") {
        let file = Path::new(&dir).join(path);
        return file.is_file().then_some(BinarySource::File(file));
    }
    embedded::BINARY
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(p, bytes)| BinarySource::Embedded {
            origin: PathBuf::from(format!("{p} (embedded)")),
            bytes,
        })
}

/// Hands back to the kernel the memory pages of the embedded binary file at `path`, once it has
/// been read into another form (a syntax model's tables): reading it made its pages resident,
/// and they would otherwise count in the process's memory for the rest of its life (19 MB for
/// the two models). They are part of the executable's read-only mapping, so nothing is lost:
/// reading them again loads them from the file again. Does nothing for a file not embedded,
/// and off Linux.
pub fn release_embedded(path: &str) {
    #[cfg(target_os = "linux")]
    if let Some((_, bytes)) = embedded::BINARY.iter().find(|(p, _)| *p == path) {
        // SAFETY: `sysconf` only reads a system constant.
        let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(0);
        if page == 0 {
            return;
        }
        // Only the pages wholly inside the file's bytes: neighbouring data is left alone.
        let start = (bytes.as_ptr() as usize).div_ceil(page) * page;
        let end = (bytes.as_ptr() as usize + bytes.len()) / page * page;
        if end > start {
            // SAFETY: the range lies inside a `&'static [u8]` of the executable's read-only
            // data, which nothing ever writes: after MADV_DONTNEED its pages read back the same
            // bytes from the executable file on the next access.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = path;
}

fn from_dir(root: &Path, prefix: &str, suffix: &str) -> Vec<Resource> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel.starts_with(prefix) && rel.ends_with(suffix) {
                if let Ok(contents) = std::fs::read_to_string(&path) {
                    out.push(Resource {
                        path: rel,
                        contents: Cow::Owned(contents),
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_binary_file_is_none() {
        assert!(super::binary("models/syntax/xx/syntax.model")
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_missing_binary_source_is_none() {
        assert!(super::binary_source("models/syntax/xx/syntax.model").is_none());
    }

    #[test]
    fn an_embedded_file_reads_the_same_after_its_pages_are_released() {
        let Some((path, bytes)) = super::embedded::BINARY.first() else {
            return;
        };
        let before: u64 = bytes.iter().map(|&b| u64::from(b)).sum();
        super::release_embedded(path);
        assert_eq!(bytes.iter().map(|&b| u64::from(b)).sum::<u64>(), before);
        super::release_embedded("models/syntax/xx/syntax.model");
    }

    #[test]
    fn language_comes_from_the_folder() {
        let r = super::Resource {
            path: "lexicons/fr/boilerplate.toml".into(),
            contents: "".into(),
        };
        assert_eq!(r.language(), Some("fr"));
    }
}
