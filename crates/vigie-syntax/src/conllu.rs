//! CoNLL-U (<https://universaldependencies.org/format.html>): reader and writer.
//!
//! Multiword-token lines (`1-2 du`) are kept as [`MultiwordToken`]s so that the words they
//! cover (`de`, `le`) map back to one span of the original text; empty nodes (`8.1`, enhanced
//! graphs only) are skipped; comment lines are kept in order.

use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;

use crate::SyntaxError;

/// One syntactic word (a CoNLL-U line whose ID is an integer).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// 1-based position in the sentence.
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// `_` or `Feat=Val|Feat=Val`, sorted as in the treebank.
    pub feats: String,
    /// Head word id; 0 is the root.
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A surface token made of several words (`du` = `de` + `le`), words `first..=last`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiwordToken {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One sentence: its comments (without `# `), words and multiword tokens.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiwordToken>,
}

/// Reads a `.conllu` or `.conllu.gz` file (gzip recognised by its magic bytes).
pub fn read_file(path: &Path) -> Result<Vec<Sentence>, SyntaxError> {
    let io = |source| SyntaxError::Io {
        path: path.to_path_buf(),
        source,
    };
    let bytes = std::fs::read(path).map_err(io)?;
    let text = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut s = String::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_string(&mut s)
            .map_err(io)?;
        s
    } else {
        String::from_utf8(bytes).map_err(|e| {
            io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("not UTF-8: {e}"),
            ))
        })?
    };
    parse(&text, &path.display().to_string())
}

/// Parses CoNLL-U text; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<Vec<Sentence>, SyntaxError> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim_end_matches('\r');
        let err = |reason: String| SyntaxError::Conllu {
            origin: origin.to_string(),
            line: line_no,
            reason,
        };
        if line.trim().is_empty() {
            if !current.words.is_empty() || !current.comments.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            current
                .comments
                .push(comment.strip_prefix(' ').unwrap_or(comment).to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(format!("{} columns, CoNLL-U has 10", cols.len())));
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty node of an enhanced graph
        }
        if let Some((a, b)) = id.split_once('-') {
            let first = a
                .parse()
                .map_err(|_| err(format!("bad multiword range {id:?}")))?;
            let last = b
                .parse()
                .map_err(|_| err(format!("bad multiword range {id:?}")))?;
            if last < first {
                return Err(err(format!("empty multiword range {id:?}")));
            }
            current.multiwords.push(MultiwordToken {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let id: usize = id.parse().map_err(|_| err(format!("bad word id {id:?}")))?;
        if id != current.words.len() + 1 {
            return Err(err(format!(
                "word id {id} where {} was expected",
                current.words.len() + 1
            )));
        }
        let head = match cols[6] {
            "_" => 0,
            h => h.parse().map_err(|_| err(format!("bad head {h:?}")))?,
        };
        current.words.push(Word {
            id,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            deps: cols[8].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    for (i, s) in sentences.iter().enumerate() {
        if s.words.iter().any(|w| w.head > s.words.len()) {
            return Err(SyntaxError::Conllu {
                origin: origin.to_string(),
                line: 0,
                reason: format!("sentence {}: a head points past the last word", i + 1),
            });
        }
    }
    sentences.retain(|s| !s.words.is_empty());
    Ok(sentences)
}

/// Writes sentences as CoNLL-U, multiword-token lines before their first word.
pub fn write(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        for c in &s.comments {
            let _ = writeln!(out, "# {c}");
        }
        for w in &s.words {
            for m in s.multiwords.iter().filter(|m| m.first == w.id) {
                let _ = writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first, m.last, m.form, m.misc
                );
            }
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel, w.deps, w.misc
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = Il parle du pays.\n\
1\tIl\til\tPRON\t_\tNumber=Sing|Person=3\t2\tnsubj\t_\t_\n\
2\tparle\tparler\tVERB\t_\tMood=Ind|Tense=Pres\t0\troot\t_\t_\n\
3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n\
4\tle\tle\tDET\t_\tDefinite=Def\t5\tdet\t_\t_\n\
5\tpays\tpays\tNOUN\t_\tGender=Masc\t2\tobl:arg\t_\tSpaceAfter=No\n\
5.1\tx\tx\tNOUN\t_\t_\t_\t_\t2:obl\t_\n\
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_multiword_tokens_and_skips_empty_nodes() {
        let s = parse(SAMPLE, "sample").unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!(s.words.len(), 6);
        assert_eq!(s.comments, vec!["sent_id = 1", "text = Il parle du pays."]);
        assert_eq!(
            s.multiwords,
            vec![MultiwordToken {
                first: 3,
                last: 4,
                form: "du".into(),
                misc: "_".into()
            }]
        );
        assert_eq!(s.words[4].deprel, "obl:arg");
        assert_eq!(s.words[4].head, 2);
        assert_eq!(s.words[1].head, 0);
    }

    #[test]
    fn round_trip_is_identical_without_empty_nodes() {
        let without_empty: String = SAMPLE
            .lines()
            .filter(|l| !l.starts_with("5.1"))
            .map(|l| format!("{l}\n"))
            .collect();
        let s = parse(SAMPLE, "sample").unwrap();
        assert_eq!(write(&s), without_empty);
        assert_eq!(parse(&write(&s), "again").unwrap(), s);
    }

    #[test]
    fn bad_lines_are_errors_with_line_number() {
        let e = parse("1\tIl\til\n", "x.conllu").unwrap_err().to_string();
        assert!(e.starts_with("x.conllu:1:"), "{e}");
        let e = parse("2\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n", "y")
            .unwrap_err()
            .to_string();
        assert!(e.contains("word id 2"), "{e}");
        let e = parse("1\tIl\til\tPRON\t_\t_\t7\troot\t_\t_\n", "z")
            .unwrap_err()
            .to_string();
        assert!(e.contains("past the last word"), "{e}");
    }

    #[test]
    fn reads_gzip_files() {
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("vigie-syntax-gz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.conllu.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(SAMPLE.as_bytes()).unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        assert_eq!(read_file(&path).unwrap(), parse(SAMPLE, "s").unwrap());
        let missing = read_file(&dir.join("nope.conllu")).unwrap_err().to_string();
        assert!(missing.contains("nope.conllu"), "{missing}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
