//! `vigie-syntax`: one job — for every sentence, Universal Dependencies words with UPOS,
//! lemma, morphological features (FEATS), head and relation.
//!
//! The pieces, all greedy and linear so that a sentence costs microseconds on one core:
//! - [`tokens`]: surface tokens to UD words, contractions ("du" → "de" + "le", from
//!   `lexicons/<lang>/contractions.toml`) as multiword tokens that keep the token's span.
//! - [`conllu`]: CoNLL-U reader (gzip, multiword-token lines `1-2` kept, empty nodes `8.1`
//!   skipped, comments kept) and writer.
//! - [`tagger`]: two averaged perceptrons, left to right: UPOS (Collins-style features: word,
//!   prefixes, suffixes, shape, neighbouring words, previous tags, and the open classes a
//!   lexicon built from wordnets and Lefff gives the word, [`WordClasses`]), then the FEATS string as
//!   one class, with the predicted UPOS of the word and its neighbours as features. Frequent
//!   forms that were (nearly) unambiguous in training skip the perceptron: a tag dictionary
//!   for UPOS (punctuation, most function words) and one for FEATS given (form, UPOS).
//! - [`lemma`]: a dictionary of seen (form, UPOS) → lemma, then suffix edit scripts keyed by
//!   UPOS + the longest seen form suffix.
//! - [`parser`]: a greedy arc-hybrid transition parser trained with the dynamic oracle of
//!   Goldberg & Nivre (2013) and exploration; one perceptron picks the move (shift, left,
//!   right), a second one the relation of the arc just made.
//!
//! Features are hashed to 64 bits (no strings kept in the model) and weights are stored
//! sparsely: only the (feature, class) pairs the perceptron ever updated, averaged, with the
//! near-zero ones pruned. Speed is bound by cache misses in the weight tables, so the run-time
//! layout (`perceptron.rs`) aims at one cache line per feature: 16-byte slots holding a
//! fingerprint and the weights themselves, `i16` weights summed as `i32`, and a small bit
//! filter that rules out most never-seen features before the table is touched.
//!
//! Model format ([`model`]): one gzip-compressed file `syntax.model` per language folder:
//! the magic `VIGIESYN`, a little-endian `u32` format version, then the sections (UPOS tagger,
//! FEATS tagger, the two tag dictionaries, the word classes' hashes, lemmatizer, parser) as length-prefixed strings and
//! integers; each classifier's weights as `i16` steps of one `f32` scale. A file
//! that is not such a model, or of another version, is an error naming the path.
//!
//! Retraining (deterministic for a given `--seed`):
//! `vigie train syntax --treebank TRAIN.conllu.gz [--treebank …] [--lexicon CLASSES.tsv]
//! --output models/syntax/LANG` (the word classes from `tools/syntax/word_classes.py`),
//! scored with `vigie eval syntax --dataset TEST.conllu.gz --model models/syntax/LANG`.
//! `models/syntax/README.md` says which treebanks and commands built the shipped models.

pub mod conllu;
pub mod eval;
mod features;
pub mod lemma;
pub mod model;
pub mod parser;
mod perceptron;
pub mod rawtext;
pub mod stage;
pub mod tagger;
pub mod tokens;
pub mod words;

pub use conllu::{MultiwordToken, Sentence, Word};
pub use model::{SyntaxModel, TrainOptions};
pub use stage::SyntaxStage;
pub use tagger::{WordClasses, WORD_CLASSES};

use std::path::PathBuf;

/// What can go wrong reading treebanks and models.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}:{line}: {reason}")]
    Conllu {
        origin: String,
        line: usize,
        reason: String,
    },
    #[error("{path}: not a usable syntax model: {reason}")]
    Model { path: PathBuf, reason: String },
    #[error("{path}: {reason}")]
    Lexicon { path: String, reason: String },
    #[error("nothing to train on: {0}")]
    Training(String),
}
