//! Event coding: for each sentence, who did what to whom, coded in CAMEO and PLOVER with its
//! Goldstein value, with negation, hypothetical kind, allegation and attribution kept as fields.
//!
//! The coder is lexicon-driven. Each language's `lexicons/<lang>/events.toml` lists trigger
//! phrases with their CAMEO code and the side the actors stand on; `modality.toml` lists the
//! cues (negation, future, conditional, intent…) looked for before the trigger, within its
//! clause. Actors come from the `Mention` layer (the actor linker's codes), sentences from the
//! `Sentence` layer, speakers from the `Quote` layer, dates from the `Date` layer. A sentence
//! that matches no pattern yields no event: there is no catch-all "statement".
//!
//! Two coders read a sentence ([`CoderKind`]): the phrase coder (`phrase_coder/`, the default)
//! and the tree coder (`tree/`, opt-in), which reads the sentence's UD words and codes
//! predicates by lemma (`lexicons/<lang>/predicates.toml`) with their arguments from the
//! dependency tree and their modality from the tree and the morphology (`clauses.toml`).

mod actor;
mod assemble;
mod coder;
pub mod codes;
#[cfg(test)]
mod fixture;
pub mod lexicon;
pub mod phrase;
mod phrase_coder;
mod sentence;
#[cfg(test)]
mod tests;
pub mod tree;

pub use coder::{CoderKind, EventCoder, EventStage};
pub use codes::{CameoCode, CameoTable};
pub use lexicon::Lexicons;

/// Errors loading the code table or the lexicons.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("resource {0} is missing")]
    Missing(String),
    #[error("{0}: {1}")]
    Parse(String, String),
}
