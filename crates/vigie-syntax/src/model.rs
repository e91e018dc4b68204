//! The model of one language: tagger, lemmatizer and parser, trained together and saved as
//! one gzip-compressed binary file (`syntax.model`) with a magic and a format version.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::lemma::Lemmatizer;
use crate::parser::{Gold, Input, Parser};
use crate::tagger::{class_index, Lex, Tagger};
use crate::{Sentence, SyntaxError};

/// File name of a model inside its language folder.
pub const MODEL_FILE: &str = "syntax.model";
const MAGIC: &[u8; 8] = b"VIGIESYN";
/// Bumped whenever the layout or the feature templates change: old files are refused.
pub const FORMAT_VERSION: u32 = 3;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub iterations: usize,
    /// Seed of the sentence order and of the parser's exploration.
    pub seed: u64,
    /// Averaged weights smaller than this are dropped (model size).
    pub prune: f32,
    /// Folds of the jackknife that tags the parser's training sentences (0 or 1: gold tags).
    pub folds: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 10,
            seed: 1,
            prune: 0.5,
            folds: 4,
        }
    }
}

/// Tagger, lemmatizer and parser of one language.
pub struct SyntaxModel {
    tagger: Tagger,
    lemmatizer: Lemmatizer,
    parser: Parser,
}

impl SyntaxModel {
    /// Trains on gold sentences (UPOS, FEATS, lemma, head and relation all read from them).
    pub fn train(
        sentences: &[Sentence],
        options: &TrainOptions,
    ) -> Result<SyntaxModel, SyntaxError> {
        if sentences.is_empty() {
            return Err(SyntaxError::Training("no sentence".into()));
        }
        let tagger = Tagger::train(sentences, options.iterations, options.seed, options.prune);
        let lemmatizer = Lemmatizer::train(sentences);
        let labels = class_index(
            sentences
                .iter()
                .flat_map(|s| s.words.iter().map(|w| w.deprel.clone())),
        );
        let label_of: std::collections::HashMap<&str, u16> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.as_str(), i as u16))
            .collect();
        // The parser learns from the tags it will see at run time: each sentence is tagged by a
        // tagger trained on the other folds (jackknifing), not with its gold tags.
        let mut tags: Vec<(Vec<usize>, Vec<usize>)> = sentences
            .iter()
            .map(|s| {
                (
                    s.words.iter().map(|w| tagger.upos_index(&w.upos)).collect(),
                    s.words
                        .iter()
                        .map(|w| tagger.feats_index(&w.feats))
                        .collect(),
                )
            })
            .collect();
        if options.folds >= 2 && sentences.len() >= options.folds {
            for fold in 0..options.folds {
                let rest: Vec<Sentence> = sentences
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % options.folds != fold)
                    .map(|(_, s)| s.clone())
                    .collect();
                let t = Tagger::train(&rest, options.iterations, options.seed, options.prune);
                for (i, s) in sentences.iter().enumerate() {
                    if i % options.folds != fold {
                        continue;
                    }
                    let lex: Vec<Lex> = s.words.iter().map(|w| Lex::new(&w.form)).collect();
                    let (u, f) = t.tag(&lex);
                    tags[i] = (
                        u.iter()
                            .map(|&c| tagger.upos_index(&t.upos_classes[c]))
                            .collect(),
                        f.iter()
                            .map(|&c| tagger.feats_index(&t.feats_classes[c]))
                            .collect(),
                    );
                }
            }
        }
        let gold: Vec<Gold> = sentences
            .iter()
            .zip(&tags)
            .map(|(s, (upos, feats))| {
                let mut heads = vec![0];
                heads.extend(s.words.iter().map(|w| w.head));
                let mut lab = vec![0];
                lab.extend(s.words.iter().map(|w| label_of[w.deprel.as_str()]));
                Gold {
                    input: Input::new(
                        s.words.iter().map(|w| Lex::new(&w.form).lower),
                        upos.iter().copied(),
                        feats.iter().copied(),
                    ),
                    heads,
                    labels: lab,
                }
            })
            .collect();
        let parser = Parser::train(
            &gold,
            labels,
            options.iterations,
            options.seed,
            options.prune,
        );
        Ok(SyntaxModel {
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// Fills UPOS, FEATS, lemma, head and relation of every word from its form.
    pub fn annotate(&self, sentence: &mut Sentence) {
        if sentence.words.is_empty() {
            return;
        }
        let mut lower = String::new();
        let lex: Vec<Lex> = sentence
            .words
            .iter()
            .map(|w| Lex::with_buffer(&w.form, &mut lower))
            .collect();
        let (upos, feats) = self.tagger.tag(&lex);
        let (heads, labels) = self.parser.parse(&Input::new(
            lex.iter().map(|l| l.lower),
            upos.iter().copied(),
            feats.iter().copied(),
        ));
        for (i, w) in sentence.words.iter_mut().enumerate() {
            w.upos.clone_from(&self.tagger.upos_classes[upos[i]]);
            w.feats.clone_from(&self.tagger.feats_classes[feats[i]]);
            self.lemmatizer.lemma_into(&w.form, &w.upos, &mut w.lemma);
            w.head = heads[i + 1];
            w.deprel
                .clone_from(&self.parser.labels[labels[i + 1] as usize]);
        }
    }

    /// Number of stored weights (tagger, parser).
    pub fn weights(&self) -> (usize, usize) {
        (self.tagger.weights(), self.parser.weights())
    }

    /// Writes `DIR/syntax.model`, creating `DIR`.
    pub fn save(&self, dir: &Path) -> Result<PathBuf, SyntaxError> {
        let path = dir.join(MODEL_FILE);
        let io = |source| SyntaxError::Io {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(|source| SyntaxError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut w = ByteWriter::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&w.bytes).map_err(io)?;
        let bytes = enc.finish().map_err(io)?;
        std::fs::write(&path, bytes).map_err(io)?;
        Ok(path)
    }

    /// Reads `DIR/syntax.model` (or the file itself if `path` is a file).
    pub fn load(path: &Path) -> Result<SyntaxModel, SyntaxError> {
        let path = if path.is_dir() {
            path.join(MODEL_FILE)
        } else {
            path.to_path_buf()
        };
        let bad = |reason: String| SyntaxError::Model {
            path: path.clone(),
            reason,
        };
        let raw = std::fs::read(&path).map_err(|source| SyntaxError::Io {
            path: path.clone(),
            source,
        })?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut bytes)
            .map_err(|e| bad(format!("not gzip-compressed: {e}")))?;
        if bytes.get(..8) != Some(&MAGIC[..]) {
            return Err(bad("wrong magic".into()));
        }
        let mut r = ByteReader {
            bytes: &bytes,
            at: 8,
        };
        let version = r.u32().map_err(&bad)?;
        if version != FORMAT_VERSION {
            return Err(bad(format!(
                "format version {version}, this build reads {FORMAT_VERSION}; retrain it"
            )));
        }
        let tagger = Tagger::read(&mut r).map_err(&bad)?;
        let lemmatizer = Lemmatizer::read(&mut r).map_err(&bad)?;
        let parser = Parser::read(&mut r).map_err(&bad)?;
        if r.remaining() != 0 {
            return Err(bad(format!("{} bytes after the end", r.remaining())));
        }
        Ok(SyntaxModel {
            tagger,
            lemmatizer,
            parser,
        })
    }
}

/// Little-endian writer of the model format.
#[derive(Default)]
pub struct ByteWriter {
    bytes: Vec<u8>,
}

impl ByteWriter {
    #[cfg(test)]
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    pub fn u16(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn string(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.bytes.extend_from_slice(s.as_bytes());
    }
    pub fn strings(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.string(s);
        }
    }
}

/// Reader of the model format; every read checks the length left.
pub struct ByteReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> ByteReader<'a> {
    #[cfg(test)]
    pub fn new(bytes: &'a [u8]) -> ByteReader<'a> {
        ByteReader { bytes, at: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| format!("truncated at byte {}", self.at))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }
    pub fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    pub fn u16(&mut self) -> Result<u16, String> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn u64(&mut self) -> Result<u64, String> {
        let b = self.take(8)?;
        let mut a = [0; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    pub fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        let at = self.at;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| format!("bad UTF-8 at byte {at}"))
    }
    pub fn strings(&mut self) -> Result<Vec<String>, String> {
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(self.remaining() / 4));
        for _ in 0..n {
            v.push(self.string()?);
        }
        Ok(v)
    }
}

impl SyntaxModel {
    /// Reads a model from the bytes of a `syntax.model` file (gzip-compressed, as
    /// [`SyntaxModel::save`] writes it); `origin` names it in errors. The pipeline reads the
    /// models embedded in the binary this way (`vigie-resources`).
    pub fn from_bytes(raw: &[u8], origin: &Path) -> Result<SyntaxModel, SyntaxError> {
        let bad = |reason: String| SyntaxError::Model {
            path: origin.to_path_buf(),
            reason,
        };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(raw)
            .read_to_end(&mut bytes)
            .map_err(|e| bad(format!("not gzip-compressed: {e}")))?;
        if bytes.get(..8) != Some(&MAGIC[..]) {
            return Err(bad("wrong magic".into()));
        }
        let mut r = ByteReader {
            bytes: &bytes,
            at: 8,
        };
        let version = r.u32().map_err(&bad)?;
        if version != FORMAT_VERSION {
            return Err(bad(format!(
                "format version {version}, this build reads {FORMAT_VERSION}; retrain it"
            )));
        }
        let tagger = Tagger::read(&mut r).map_err(&bad)?;
        let lemmatizer = Lemmatizer::read(&mut r).map_err(&bad)?;
        let parser = Parser::read(&mut r).map_err(&bad)?;
        if r.remaining() != 0 {
            return Err(bad(format!("{} bytes after the end", r.remaining())));
        }
        Ok(SyntaxModel {
            tagger,
            lemmatizer,
            parser,
        })
    }
}
