//! Quotations: who said what. Direct quotes (inside quotation marks, fragments included) and
//! reported speech ("a déclaré que", "selon X", "told CNN"), each stored as a `Quote`
//! annotation over the quoted words (for reported speech: the reported content), with the cue,
//! the speaker resolved to an actor mention when there is one, and the channel.
//!
//! Speech cues are data: `lexicons/<lang>/speech_verbs.toml` (format documented in
//! `lexicons/fr/speech_verbs.toml`). [`QuoteStage`] runs after the sentence and actor stages and
//! reads their `Sentence` and `Mention` annotations; without them it segments sentences itself
//! and falls back to capitalised words for speakers.
//!
//! Sentences that carry UD words (languages with a syntax model) are read on their tree
//! ([`tree`]): the speaker is the speech predicate's subject (inversions and appositions
//! included), the content its clausal complement, "selon X" the source of its clause. Position
//! cues remain for what the tree leaves undecided and for languages without a model.

mod detect;
mod lexicon;
pub mod tree;

use std::sync::OnceLock;

use vigie_core::{Document, Layer, Stage, StageError};

pub use detect::{Detector, Found};
pub use lexicon::{Cues, LexiconError, Number};

/// The detector built from the embedded (or `VIGIE_RESOURCES`) lexicons, once per process. A
/// lexicon that does not parse is reported on stderr and the detector runs without cues rather
/// than stopping ingestion.
pub fn shared() -> &'static Detector {
    static SHARED: OnceLock<Detector> = OnceLock::new();
    SHARED.get_or_init(|| match Cues::load() {
        Ok(cues) => Detector::new(cues),
        Err(e) => {
            eprintln!("warning: quotes disabled: {e}");
            Detector::new(Cues::default())
        }
    })
}

/// The quotations of a document (without annotating it).
pub fn quotes(doc: &Document) -> Vec<Found> {
    shared().detect(doc)
}

/// Adds a `Quote` annotation for every quotation found.
#[derive(Debug, Default)]
pub struct QuoteStage;

impl QuoteStage {
    pub fn new() -> Self {
        let _ = shared();
        QuoteStage
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        if doc.layer(Layer::Quote).next().is_some() {
            return Ok(());
        }
        for f in shared().detect(doc) {
            doc.annotate(f.span, f.quote);
        }
        Ok(())
    }
}
