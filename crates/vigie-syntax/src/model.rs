//! The model of one language: tagger, lemmatizer and parser, trained together and saved as
//! one gzip-compressed binary file (`syntax.model`) with a magic and a format version.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::lemma::Lemmatizer;
use crate::parser::{Gold, Input, Parser};
use crate::tagger::{class_index, Lex, Tagger, WordClasses};
use crate::{Sentence, SyntaxError};

/// File name of a model inside its language folder.
pub const MODEL_FILE: &str = "syntax.model";
const MAGIC: &[u8; 8] = b"VIGIESYN";
/// Bumped whenever the layout or the feature templates change: old files are refused.
pub const FORMAT_VERSION: u32 = 7;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes of the taggers over the training sentences (the parser makes half as many again).
    pub iterations: usize,
    /// Seed of the sentence order and of the parser's exploration.
    pub seed: u64,
    /// Averaged weights smaller than this are dropped (model size).
    pub prune: f32,
    /// Folds of the jackknife that tags the parser's training sentences (0 or 1: gold tags).
    pub folds: usize,
    /// Open word classes from lexical resources, a feature of the UPOS tagger (empty: none).
    pub word_classes: WordClasses,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 10,
            seed: 1,
            prune: 0.5,
            folds: 4,
            word_classes: WordClasses::default(),
        }
    }
}

/// Tagger, lemmatizer and parser of one language.
pub struct SyntaxModel {
    tagger: Tagger,
    lemmatizer: Lemmatizer,
    parser: Parser,
    /// The class names of the tagger and parser, interned ([`intern`]): what [`Analysis`]
    /// hands out.
    upos: Vec<&'static str>,
    feats: Vec<&'static str>,
    deprels: Vec<&'static str>,
    /// Whether `save` can write it: a trained model; a loaded one drops what only writing needs.
    writable: bool,
}

/// One word as the model analyses it, its strings borrowed from the model's interned labels
/// (the lemma too when it comes from the lemma dictionary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub upos: &'static str,
    pub feats: &'static str,
    pub lemma: Cow<'static, str>,
    /// 1-based index of the head word; 0 for the root.
    pub head: usize,
    pub deprel: &'static str,
}

impl SyntaxModel {
    fn new(tagger: Tagger, lemmatizer: Lemmatizer, parser: Parser, writable: bool) -> Self {
        let all = |v: &[String]| v.iter().map(|s| intern(s)).collect();
        SyntaxModel {
            upos: all(&tagger.upos_classes),
            feats: all(&tagger.feats_classes),
            deprels: all(&parser.labels),
            tagger,
            lemmatizer,
            parser,
            writable,
        }
    }

    /// Trains on gold sentences (UPOS, FEATS, lemma, head and relation all read from them).
    pub fn train(
        sentences: &[Sentence],
        options: &TrainOptions,
    ) -> Result<SyntaxModel, SyntaxError> {
        if sentences.is_empty() {
            return Err(SyntaxError::Training("no sentence".into()));
        }
        let tagger = Tagger::train(
            sentences,
            options.iterations,
            options.seed,
            options.prune,
            &options.word_classes,
        );
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
                let t = Tagger::train(
                    &rest,
                    options.iterations,
                    options.seed,
                    options.prune,
                    &options.word_classes,
                );
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
        // The parser takes half as many passes again as the taggers: with exploration its
        // examples follow its own guesses, and 15 passes instead of 10 gave Sequoia dev LAS
        // +0.13, +0.17, +0.19, +0.12 (four seeds, same tagger).
        let parser = Parser::train(
            &gold,
            labels,
            options.iterations + options.iterations / 2,
            options.seed,
            options.prune,
        );
        Ok(SyntaxModel::new(tagger, lemmatizer, parser, true))
    }

    /// UPOS, FEATS, lemma, head and relation of every word of `sentence`, from its forms.
    pub fn analyse(&self, sentence: &Sentence) -> Vec<Analysis> {
        if sentence.words.is_empty() {
            return Vec::new();
        }
        let (forms, lex) = lexes(sentence);
        let (upos, feats) = self.tagger.tag(&lex);
        let (heads, labels) = self.parser.parse(&Input::new(
            lex.iter().map(|l| l.lower),
            upos.iter().copied(),
            feats.iter().copied(),
        ));
        sentence
            .words
            .iter()
            .enumerate()
            .map(|(i, _)| {
                let tag = self.upos[upos[i]];
                Analysis {
                    upos: tag,
                    feats: self.feats[feats[i]],
                    lemma: self.lemmatizer.lemma_static(&forms[i], tag),
                    head: heads[i + 1],
                    deprel: self.deprels[labels[i + 1] as usize],
                }
            })
            .collect()
    }

    /// The UPOS tag of every word of `sentence`, from its forms, without parsing: what the
    /// choice between the readings of a contraction needs (`words::tagged_words_of`).
    pub fn upos_tags(&self, sentence: &Sentence) -> Vec<&'static str> {
        let (_, lex) = lexes(sentence);
        let (upos, _) = self.tagger.tag(&lex);
        upos.into_iter().map(|u| self.upos[u]).collect()
    }

    /// Fills UPOS, FEATS, lemma, head and relation of every word from its form.
    pub fn annotate(&self, sentence: &mut Sentence) {
        let analysis = self.analyse(sentence);
        for (w, a) in sentence.words.iter_mut().zip(analysis) {
            w.upos.clear();
            w.upos.push_str(a.upos);
            w.feats.clear();
            w.feats.push_str(a.feats);
            w.lemma.clear();
            w.lemma.push_str(&a.lemma);
            w.head = a.head;
            w.deprel.clear();
            w.deprel.push_str(a.deprel);
        }
    }

    /// Number of stored weights (tagger, parser).
    pub fn weights(&self) -> (usize, usize) {
        (self.tagger.weights(), self.parser.weights())
    }

    /// Writes `DIR/syntax.model`, creating `DIR`. Only a trained model can be written: one
    /// read from a file keeps just what annotating needs.
    pub fn save(&self, dir: &Path) -> Result<PathBuf, SyntaxError> {
        let path = dir.join(MODEL_FILE);
        if !self.writable {
            return Err(SyntaxError::Model {
                path,
                reason: "a model read from a file cannot be written back; retrain it".into(),
            });
        }
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

    /// Reads `DIR/syntax.model` (or the file itself if `path` is a file), streaming: the file
    /// is decompressed as it is parsed, never held whole in memory.
    pub fn load(path: &Path) -> Result<SyntaxModel, SyntaxError> {
        let path = if path.is_dir() {
            path.join(MODEL_FILE)
        } else {
            path.to_path_buf()
        };
        let io = |source| SyntaxError::Io {
            path: path.clone(),
            source,
        };
        let mut file = std::fs::File::open(&path).map_err(io)?;
        let size = file.metadata().map_err(io)?.len();
        // The gzip trailer's last 4 bytes: the decompressed length (bounds every count read).
        let mut trailer = [0u8; 4];
        if size >= GZIP_MIN {
            file.seek(SeekFrom::End(-4)).map_err(io)?;
            file.read_exact(&mut trailer).map_err(io)?;
            file.seek(SeekFrom::Start(0)).map_err(io)?;
        }
        read_model(
            std::io::BufReader::with_capacity(1 << 16, file),
            u32::from_le_bytes(trailer) as usize,
            &path,
        )
    }

    /// Reads a model from the bytes of a `syntax.model` file (gzip-compressed, as
    /// [`SyntaxModel::save`] writes it); `origin` names it in errors. The pipeline reads the
    /// models embedded in the binary this way (`vigie-resources`).
    pub fn from_bytes(raw: &[u8], origin: &Path) -> Result<SyntaxModel, SyntaxError> {
        let mut trailer = [0u8; 4];
        if raw.len() as u64 >= GZIP_MIN {
            trailer.copy_from_slice(&raw[raw.len() - 4..]);
        }
        read_model(raw, u32::from_le_bytes(trailer) as usize, origin)
    }
}

/// Smallest gzip file: 10-byte header, an empty deflate block, 8-byte trailer.
const GZIP_MIN: u64 = 20;

/// Reads a model from its gzip-compressed bytes, decompressing as it parses so that the peak
/// memory of a load is the model itself (not the model plus its 15 MB of decompressed bytes).
/// `len` is the decompressed length the gzip trailer states: every count in the file is checked
/// against it before anything is allocated, and a file longer than it is refused. What is
/// loaded this way annotates; it cannot be saved (the keys only `save` needs are not kept).
fn read_model(
    raw: impl std::io::BufRead,
    len: usize,
    origin: &Path,
) -> Result<SyntaxModel, SyntaxError> {
    let bad = |reason: String| SyntaxError::Model {
        path: origin.to_path_buf(),
        reason,
    };
    let mut input =
        std::io::BufReader::with_capacity(1 << 16, flate2::bufread::GzDecoder::new(raw));
    let mut magic = [0u8; 8];
    input
        .read_exact(&mut magic)
        .map_err(|e| bad(format!("not gzip-compressed: {e}")))?;
    if &magic != MAGIC {
        return Err(bad("wrong magic".into()));
    }
    let mut r = ByteReader {
        input: Box::new(&mut input),
        at: 8,
        len,
        keep_keys: false,
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
    let at = r.at;
    drop(r);
    // Reading past the end checks the gzip trailer (CRC and length) too.
    match input.read(&mut [0u8; 1]) {
        Ok(0) if at == len => {}
        Ok(0) => return Err(bad(format!("{at} bytes where the gzip trailer says {len}"))),
        Ok(_) => return Err(bad(format!("data after the end (byte {at})"))),
        Err(e) => return Err(bad(format!("after byte {at}: {e}"))),
    }
    Ok(SyntaxModel::new(tagger, lemmatizer, parser, false))
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

/// Reader of the model format, streaming from the decompressed bytes; every read checks the
/// length left first, so that a count that lies allocates nothing.
pub struct ByteReader<'a> {
    input: Box<dyn Read + 'a>,
    /// Bytes read so far.
    at: usize,
    /// Length of the whole input (an upper bound: reading past it is an error).
    len: usize,
    /// Whether the weight tables keep what writing them back needs (tests of the format);
    /// models read to annotate do not.
    keep_keys: bool,
}

impl<'a> ByteReader<'a> {
    #[cfg(test)]
    pub fn new(bytes: &'a [u8]) -> ByteReader<'a> {
        ByteReader {
            input: Box::new(bytes),
            at: 0,
            len: bytes.len(),
            keep_keys: true,
        }
    }
    fn fill(&mut self, out: &mut [u8]) -> Result<(), String> {
        if out.len() > self.remaining() {
            return Err(format!("truncated at byte {}", self.at));
        }
        self.input.read_exact(out).map_err(|e| {
            if e.kind() == std::io::ErrorKind::UnexpectedEof {
                format!("truncated at byte {}", self.at)
            } else {
                format!("at byte {}: {e}", self.at)
            }
        })?;
        self.at += out.len();
        Ok(())
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0; N];
        self.fill(&mut a)?;
        Ok(a)
    }
    /// Bytes left, at most.
    pub fn remaining(&self) -> usize {
        self.len.saturating_sub(self.at)
    }
    /// Whether what is read should keep what writing it back needs.
    pub fn keep_keys(&self) -> bool {
        self.keep_keys
    }
    pub fn u8(&mut self) -> Result<u8, String> {
        Ok(self.array::<1>()?[0])
    }
    pub fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    pub fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub fn string(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        let at = self.at;
        if n > self.remaining() {
            return Err(format!("truncated at byte {at}"));
        }
        let mut bytes = vec![0; n];
        self.fill(&mut bytes)?;
        String::from_utf8(bytes).map_err(|_| format!("bad UTF-8 at byte {at}"))
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

/// The one copy of `s` kept for the life of the process. The labels a model predicts (FEATS
/// strings, relations, dictionary lemmas) are handed out as `&'static str` so that the words
/// of the thousands of documents an ingest holds at once borrow them instead of each owning a
/// copy; the models themselves live as long as the process (`stage.rs`). Interning bounds what
/// is kept to one copy of each distinct string, however many times models are loaded.
pub(crate) fn intern(s: &str) -> &'static str {
    static TABLE: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut table = TABLE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(&kept) = table.get(s) {
        return kept;
    }
    let kept: &'static str = Box::leak(s.into());
    table.insert(kept);
    kept
}

/// The form as the model reads it: typographic apostrophes (’ ‘ ʼ) as the treebanks' '.
fn model_form(form: &str) -> Cow<'_, str> {
    if form.contains(['\u{2019}', '\u{2018}', '\u{02BC}']) {
        Cow::Owned(form.replace(['\u{2019}', '\u{2018}', '\u{02BC}'], "'"))
    } else {
        Cow::Borrowed(form)
    }
}

/// The forms the model reads of `sentence`'s words and their tagger features. Treebanks write
/// the apostrophe as ' and news sites as ’: the model sees one.
fn lexes(sentence: &Sentence) -> (Vec<Cow<'_, str>>, Vec<Lex>) {
    let mut lower = String::new();
    let forms: Vec<Cow<str>> = sentence.words.iter().map(|w| model_form(&w.form)).collect();
    let lex = forms
        .iter()
        .map(|f| Lex::with_buffer(f, &mut lower))
        .collect();
    (forms, lex)
}
