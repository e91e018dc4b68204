//! Reading one input into articles.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde::Deserialize;
use vigie_core::{InputFormat, Metadata};

use crate::{Body, FileKind, IngestError, Input, Origin, RawArticle};

/// Limits applied while reading.
///
/// The limit is checked as bytes arrive, never after the fact: a text or HTML file (gzipped or
/// not) is read up to `max_bytes + 1` decompressed bytes and refused past that; a JSON Lines
/// line likewise, and the rest of an oversized line is skipped one buffer at a time without
/// being kept. So memory per article stays under a few times `max_bytes` whatever a file
/// expands to (a 2 MB `.jsonl.gz` holding one 2 GB line once took 3.2–4.3 GB).
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Largest accepted article (whole file for text/HTML, one line for JSON Lines), in bytes
    /// after decompression. Default 20 MiB.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 20 * 1024 * 1024,
        }
    }
}

/// A JSON Lines record.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    text: Option<String>,
    html: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    language: Option<String>,
    author: Option<String>,
}

/// Counts the bytes read from the underlying (possibly compressed) file, for progress.
struct CountingReader<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Reads one input, calling `emit` for each article or error, in order.
pub fn read_source(
    input: &Input,
    options: ReadOptions,
    emit: &mut dyn FnMut(Result<RawArticle, IngestError>),
) {
    let (path_str, kind, gz) = match input {
        Input::Stdin => ("-".to_string(), FileKind::Sniff, false),
        Input::File(p) => {
            let (kind, gz) = FileKind::of(p);
            (p.display().to_string(), kind, gz)
        }
    };
    let origin = Origin {
        path: path_str.clone(),
        line: None,
    };
    let fail = |reason: String, bytes: u64| IngestError {
        origin: origin.clone(),
        reason,
        bytes,
    };

    let counter = Arc::new(AtomicU64::new(0));
    let raw: Box<dyn Read> = match input {
        Input::Stdin => Box::new(std::io::stdin()),
        Input::File(p) => match open_file(p, options, gz) {
            Ok(f) => f,
            Err(e) => return emit(Err(fail(e.0, e.1))),
        },
    };
    let counted = CountingReader {
        inner: raw,
        count: counter.clone(),
    };
    let mut reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(counted)))
    } else {
        Box::new(BufReader::new(counted))
    };

    // Sniff the kind of unknown inputs (stdin, odd extensions) from the first bytes.
    let kind = if kind == FileKind::Sniff {
        match reader.fill_buf() {
            Ok(buf) => sniff(buf),
            Err(e) => return emit(Err(fail(read_reason(&e, gz), 0))),
        }
    } else {
        kind
    };

    match kind {
        FileKind::Jsonl => read_jsonl(reader, &path_str, options, &counter, emit),
        _ => {
            let mut bytes = Vec::new();
            let limit = options.max_bytes;
            if let Err(e) = reader.by_ref().take(limit + 1).read_to_end(&mut bytes) {
                return emit(Err(fail(
                    read_reason(&e, gz),
                    counter.load(Ordering::Relaxed),
                )));
            }
            let consumed = counter.load(Ordering::Relaxed);
            if bytes.len() as u64 > limit {
                return emit(Err(fail(
                    format!("larger than the size limit of {limit} bytes"),
                    consumed,
                )));
            }
            match decode(bytes, kind == FileKind::Html) {
                Err(reason) => emit(Err(fail(reason, consumed))),
                Ok((text, warnings)) => {
                    let (body, format) = if kind == FileKind::Html {
                        (Body::Html(text), InputFormat::Html)
                    } else {
                        (Body::Text(text), InputFormat::Text)
                    };
                    let meta = Metadata {
                        format,
                        ..Metadata::default()
                    };
                    emit(Ok(RawArticle {
                        origin: origin.clone(),
                        body,
                        meta,
                        warnings,
                        bytes: consumed,
                    }));
                }
            }
        }
    }
}

fn open_file(path: &Path, options: ReadOptions, gz: bool) -> Result<Box<dyn Read>, (String, u64)> {
    let meta = std::fs::metadata(path).map_err(|e| (format!("cannot read: {e}"), 0))?;
    if meta.is_dir() {
        return Err(("is a directory".into(), 0));
    }
    // Compressed files are checked after decompression; JSON Lines per line.
    let (kind, _) = FileKind::of(path);
    if !gz && kind != FileKind::Jsonl && meta.len() > options.max_bytes {
        return Err((
            format!(
                "larger than the size limit of {} bytes ({} bytes)",
                options.max_bytes,
                meta.len()
            ),
            meta.len(),
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| (format!("cannot read: {e}"), meta.len()))?;
    Ok(Box::new(file))
}

fn read_reason(e: &std::io::Error, gz: bool) -> String {
    if gz {
        format!("cannot decompress gzip: {e}")
    } else {
        format!("cannot read: {e}")
    }
}

fn sniff(head: &[u8]) -> FileKind {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&[][..], |i| &head[i..]);
    if start.first() == Some(&b'{') {
        FileKind::Jsonl
    } else if start.first() == Some(&b'<') {
        FileKind::Html
    } else {
        FileKind::Text
    }
}

/// Decodes a file's bytes (see [`crate::charset`]): binary content is refused; text in a legacy
/// encoding is decoded as declared (HTML) or detected, with a warning when guessed; broken UTF-8
/// bytes become U+FFFD with a warning (losing a few characters beats losing the article), unless
/// so many are broken that the file is not text at all.
fn decode(bytes: Vec<u8>, html: bool) -> Result<(String, Vec<String>), String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err("binary file (contains NUL bytes), not text".into());
    }
    let decoded = crate::charset::decode(&bytes, html);
    let bad = decoded
        .text
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER)
        .count();
    // Single-byte encodings decode anything, so garbage shows as control characters instead.
    let control = decoded
        .text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if control * 20 > decoded.text.chars().count().max(1) {
        return Err(format!(
            "binary file ({control} control characters as {}), not text",
            decoded.encoding
        ));
    }
    if bad * 10 > decoded.text.chars().count().max(1) {
        return Err(format!(
            "not text in any known encoding ({bad} undecodable sequences as {})",
            decoded.encoding
        ));
    }
    if decoded.text.trim().is_empty() {
        return Err("empty file".into());
    }
    Ok((decoded.text, decoded.warning.into_iter().collect()))
}

fn read_jsonl(
    mut reader: Box<dyn BufRead>,
    path: &str,
    options: ReadOptions,
    counter: &AtomicU64,
    emit: &mut dyn FnMut(Result<RawArticle, IngestError>),
) {
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    let mut last_count = 0;
    let mut any = false;
    loop {
        buf.clear();
        line_no += 1;
        let origin = Origin {
            path: path.to_string(),
            line: Some(line_no),
        };
        let read = reader
            .by_ref()
            .take(options.max_bytes + 1)
            .read_until(b'\n', &mut buf);
        let now = counter.load(Ordering::Relaxed);
        let bytes = now - last_count;
        last_count = now;
        match read {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                emit(Err(IngestError {
                    origin,
                    reason: format!("cannot read: {e}"),
                    bytes,
                }));
                return;
            }
        }
        if buf.len() as u64 > options.max_bytes && buf.last() != Some(&b'\n') {
            // An oversized line is not blank: the file is not "empty" for it.
            any = true;
            // Skip the rest of the line without holding it (a 2 MB gzip can hold a 2 GB line).
            let skipped = skip_line(&mut *reader);
            let now = counter.load(Ordering::Relaxed);
            let bytes = bytes + (now - last_count);
            last_count = now;
            emit(Err(IngestError {
                origin,
                reason: match &skipped {
                    Ok(_) => format!(
                        "line larger than the size limit of {} bytes",
                        options.max_bytes
                    ),
                    Err(e) => format!(
                        "line larger than the size limit of {} bytes, then: cannot read: {e}",
                        options.max_bytes
                    ),
                },
                bytes,
            }));
            if skipped.is_err() {
                return;
            }
            continue;
        }
        let line = String::from_utf8_lossy(&buf);
        if line.trim().is_empty() {
            continue;
        }
        any = true;
        let warnings = if line.contains(char::REPLACEMENT_CHARACTER)
            && !buf.is_ascii()
            && std::str::from_utf8(&buf).is_err()
        {
            vec!["invalid UTF-8 decoded lossily".to_string()]
        } else {
            Vec::new()
        };
        let record: JsonArticle = match serde_json::from_str(line.trim()) {
            Ok(r) => r,
            Err(e) => {
                emit(Err(IngestError {
                    origin,
                    reason: format!("malformed JSON: {e}"),
                    bytes,
                }));
                continue;
            }
        };
        let (body, format) = match (record.text, record.html) {
            (Some(t), _) if !t.trim().is_empty() => (Body::Text(t), InputFormat::Jsonl),
            (_, Some(h)) if !h.trim().is_empty() => (Body::Html(h), InputFormat::Html),
            _ => {
                emit(Err(IngestError {
                    origin,
                    reason: "no `text` or `html` field (or both empty)".into(),
                    bytes,
                }));
                continue;
            }
        };
        let meta = Metadata {
            url: record.url,
            title: record.title,
            outlet: record.outlet,
            author: record.author,
            published_source: record.published.as_ref().map(|_| "input".to_string()),
            published: record.published,
            language: record.language,
            format,
        };
        emit(Ok(RawArticle {
            origin,
            body,
            meta,
            warnings,
            bytes,
        }));
    }
    if !any {
        emit(Err(IngestError {
            origin: Origin {
                path: path.to_string(),
                line: None,
            },
            reason: "empty file".into(),
            bytes: 0,
        }));
    }
}

/// Consumes input up to and including the next newline (or the end), in the reader's own
/// buffer-sized steps: memory stays at one buffer whatever the line's length. Returns the bytes
/// skipped.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let (done, used) = {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(skipped);
            }
            match buf.iter().position(|&c| c == b'\n') {
                Some(nl) => (true, nl + 1),
                None => (false, buf.len()),
            }
        };
        reader.consume(used);
        skipped += used as u64;
        if done {
            return Ok(skipped);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read_all(path: &Path) -> Vec<Result<RawArticle, IngestError>> {
        let mut out = Vec::new();
        read_source(
            &Input::File(path.to_path_buf()),
            ReadOptions::default(),
            &mut |r| out.push(r),
        );
        out
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        std::fs::write(
            &path,
            "{\"text\":\"un\"}\n{oops\n\n{\"html\":\"<p>deux</p>\",\"url\":\"u\"}\n",
        )
        .unwrap();
        let items = read_all(&path);
        assert_eq!(items.len(), 3);
        assert!(items[0].is_ok());
        let err = items[1].as_ref().unwrap_err();
        assert_eq!(err.origin.line, Some(2));
        assert!(err.reason.contains("malformed JSON"));
        let third = items[2].as_ref().unwrap();
        assert_eq!(third.meta.url.as_deref(), Some("u"));
        assert!(matches!(third.body, Body::Html(_)));
    }

    #[test]
    fn gzip_is_transparent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all("Texte compressé.".as_bytes()).unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        let items = read_all(&path);
        assert_eq!(
            items[0].as_ref().unwrap().body,
            Body::Text("Texte compressé.".into())
        );
    }

    /// A line over the limit is refused while it is read: the reader skips it in buffer-sized
    /// steps (before the fix it read the whole line into memory, 2 GB for a 2 MB gzip), reports
    /// it with its line number, goes on with the next line, and does not call the file empty.
    #[test]
    fn oversized_jsonl_line_is_skipped_without_holding_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"{\"text\":\"").unwrap();
        enc.write_all(&vec![b'a'; 4 << 20]).unwrap();
        enc.write_all(b"\"}\n{\"text\":\"suite\"}\n").unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        let mut out = Vec::new();
        let options = ReadOptions { max_bytes: 1 << 20 };
        read_source(&Input::File(path.clone()), options, &mut |r| out.push(r));
        assert_eq!(out.len(), 2, "{out:?}");
        let err = out[0].as_ref().unwrap_err();
        assert_eq!(err.origin.line, Some(1));
        assert!(err.reason.contains("size limit"), "{}", err.reason);
        assert_eq!(out[1].as_ref().unwrap().body, Body::Text("suite".into()));

        // The only line too long: one failure, not also "empty file".
        let only = dir.path().join("b.jsonl");
        std::fs::write(&only, [vec![b'x'; 3 << 20], b"\n".to_vec()].concat()).unwrap();
        let mut out = Vec::new();
        read_source(&Input::File(only), options, &mut |r| out.push(r));
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].as_ref().unwrap_err().reason.contains("size limit"));

        // The skip holds one buffer, not the line.
        let mut reader = std::io::BufReader::with_capacity(
            64,
            std::io::Cursor::new([vec![b'y'; 10_000], b"\nrest".to_vec()].concat()),
        );
        assert_eq!(skip_line(&mut reader).unwrap(), 10_001);
        let mut rest = String::new();
        reader.read_to_string(&mut rest).unwrap();
        assert_eq!(rest, "rest");
    }

    #[test]
    fn binary_empty_and_invalid_utf8() {
        assert!(decode(vec![0, 1, 2, 3], false)
            .unwrap_err()
            .contains("binary"));
        assert_eq!(decode(b"  \n".to_vec(), false).unwrap_err(), "empty file");
        // Not UTF-8: decoded in the detected legacy encoding, with a warning.
        let (text, warnings) = decode(b"caf\xe9 au lait".to_vec(), false).unwrap();
        assert_eq!(text, "café au lait");
        assert_eq!(warnings.len(), 1);
    }
}
