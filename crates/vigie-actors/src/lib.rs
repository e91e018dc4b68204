//! Actors: finds the names and descriptions of actors in an article and links them to the
//! knowledge base across spellings and scripts (Loukachenko = Lukashenka = Лукашенко), with
//! CAMEO codes at the article's date and sectors ("les troupes biélorusses" → BLRMIL).
//!
//! [`ActorStage`] is the pipeline stage: it writes one [`vigie_core::Mention`] annotation per
//! mention, outside boilerplate; [`CorefStage`] then adds mentions for pronouns and
//! descriptions that stand for an actor named earlier. The [`Linker`] (automaton, knowledge base, cues) is built once
//! per process and shared.

pub mod coref;
pub mod gazetteer;
pub mod kb;
pub mod lexicon;
pub mod linker;
pub mod names;
pub mod roles;
#[cfg(test)]
mod testing;
pub mod translit;

use std::sync::OnceLock;

use vigie_core::{Document, Layer, Span, Stage, StageError};

pub use coref::CorefStage;
pub use kb::{Actor, Kb};
pub use linker::{Found, Linker};
pub use names::{NameCues, NameFinder};

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

/// The typing cues of names nobody listed, read on first use.
pub fn shared_name_cues() -> &'static NameCues {
    static CUES: OnceLock<NameCues> = OnceLock::new();
    CUES.get_or_init(NameCues::load)
}

/// The pipeline stage: knowledge-base mentions, then the names nobody listed.
pub struct ActorStage {
    linker: &'static Linker,
    names: &'static NameCues,
    gazetteer: &'static gazetteer::Gazetteer,
}

impl Default for ActorStage {
    fn default() -> Self {
        Self::new()
    }
}

/// The spans of the words the sentence layer tagged as verbs, sorted.
fn verbs_of(doc: &Document) -> Vec<Span> {
    let mut out: Vec<Span> = doc
        .layer(Layer::Sentence)
        .filter_map(|a| match &a.data {
            vigie_core::AnnotationData::Sentence(s) => Some(s),
            _ => None,
        })
        .flat_map(|s| s.words.iter())
        .filter(|w| w.upos == vigie_core::Upos::Verb)
        .map(|w| w.span)
        .collect();
    out.sort();
    out.dedup();
    out
}

impl ActorStage {
    pub fn new() -> Self {
        ActorStage {
            linker: shared(),
            names: shared_name_cues(),
            gazetteer: gazetteer::Gazetteer::shared(),
        }
    }

    /// What the knowledge base links (and persons with a strong cue), without the name finder.
    pub fn find_listed(&self, doc: &Document) -> Vec<Found> {
        let skip: Vec<_> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        self.linker
            .link_with_verbs(&doc.text, &article_date(doc), &skip, verbs_of(doc))
    }

    /// Mentions of a document, without adding them, in text order: what the knowledge base
    /// links (and persons with a strong cue), then the other names of its sentence layer.
    pub fn find(&self, doc: &Document) -> Vec<Found> {
        let skip: Vec<_> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        let mut found =
            self.linker
                .link_with_verbs(&doc.text, &article_date(doc), &skip, verbs_of(doc));
        let finder = NameFinder {
            linker: self.linker,
            cues: self.names,
            gazetteer: Some(self.gazetteer),
        };
        let names = finder.find(doc, &found, &skip);
        if !names.is_empty() {
            names::follow_full_names(&doc.text, &mut found, &names);
            found.extend(names);
            found.sort_by_key(|f| (f.span.start, f.span.end));
        }
        roles::code_persons_by_role(doc, &mut found);
        found
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
