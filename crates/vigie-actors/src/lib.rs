//! Actors: finds the names and descriptions of actors in an article and links them to the
//! knowledge base across spellings and scripts (Loukachenko = Lukashenka = Лукашенко), with
//! CAMEO codes at the article's date and sectors ("les troupes biélorusses" → BLRMIL).
//!
//! [`ActorStage`] is the pipeline stage: it writes one [`vigie_core::Mention`] annotation per
//! mention, outside boilerplate; [`CorefStage`] then adds mentions for pronouns and
//! descriptions that stand for an actor named earlier. The [`Linker`] (automaton, knowledge base, cues) is built once
//! per process and shared.

pub mod coref;
pub mod kb;
pub mod lexicon;
pub mod linker;
pub mod translit;

use std::sync::OnceLock;

use vigie_core::{Document, Layer, Stage, StageError};

pub use coref::CorefStage;
pub use kb::{Actor, Kb};
pub use linker::{Found, Linker};

/// The linker over the shipped data, built on first use.
pub fn shared() -> &'static Linker {
    static LINKER: OnceLock<Linker> = OnceLock::new();
    LINKER.get_or_init(Linker::load)
}

/// The date persons' roles are read at: the article's publication date, else today.
pub fn article_date(doc: &Document) -> String {
    doc.meta
        .published
        .as_deref()
        .filter(|d| d.len() >= 4 && d.as_bytes()[..4].iter().all(u8::is_ascii_digit))
        .map(|d| d[..d.len().min(10)].to_string())
        .unwrap_or_else(|| chrono::Utc::now().date_naive().to_string())
}

/// The pipeline stage.
pub struct ActorStage {
    linker: &'static Linker,
}

impl Default for ActorStage {
    fn default() -> Self {
        Self::new()
    }
}

impl ActorStage {
    pub fn new() -> Self {
        ActorStage { linker: shared() }
    }

    /// Mentions of a document, without adding them.
    pub fn find(&self, doc: &Document) -> Vec<Found> {
        let skip: Vec<_> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        self.linker.link(&doc.text, &article_date(doc), &skip)
    }
}

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        for f in self.find(doc) {
            doc.annotate(f.span, f.mention);
        }
        Ok(())
    }
}
