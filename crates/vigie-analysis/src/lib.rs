//! Cross-article knowledge: what one article says in relation to the others already seen.
//!
//! This crate's one job is to relate articles to each other, online, as they arrive:
//! - [`copies`]: near-duplicates (wire copies, republications, light edits, truncations) linked
//!   to the first-seen original with their similarity (MinHash + LSH);
//! - [`translations`]: an article republished in another language, linked to its original
//!   through the actors, numbers and day it keeps;
//! - [`stories`]: articles about the same happening grouped into stories with stable ids,
//!   without ever reclustering what is stored;
//! - [`repeated`]: lines an outlet repeats across its articles (footers, newsletter pitches,
//!   fixed bios), counted once per copy group, which the store marks as leftovers;
//! - [`events`]: the reports of one event counted once, with the independent sources (not
//!   copies) that report it;
//! - [`trends`]: those events per pair of actors and per day or week (counts, Goldstein sums,
//!   quad classes, asserted, negated and hypothetical apart);
//! - [`claims`]: pairs of statements in tension (opposite polarity, a forecast contradicted,
//!   speakers who disagree) over the same actors and act, with why they were paired;
//! - [`alerts`]: pairs whose latest week departs from their recent past (a surge of events, a
//!   fall in Goldstein score with material conflict);
//! - [`watch`]: an analyst's rules (an event of given types between given actors, a weekly
//!   trend far from its baseline, a claim in tension naming an actor) read from a TOML file and
//!   evaluated into alerts with their evidence (`vigie watch`).
//!
//! Everything here works on plain inputs ([`Article`]: text, title, date, language, linked actor
//! ids, event codes) so that it is tested without a store; [`Article::from_document`] reads
//! them off a processed [`vigie_core::Document`]. The store (`vigie-store`) keeps the results
//! and the state that lets the next run go on where this one stopped.

pub mod alerts;
pub mod claims;
pub mod copies;
pub mod events;
pub mod repeated;
pub mod stories;
pub mod translations;
pub mod trends;
pub mod watch;
pub mod words;

use chrono::NaiveDate;
use vigie_core::{AnnotationData, Document};

pub use copies::{CopyIndex, CopyOf, Signature};
pub use stories::{Assignment, Stories, StoriesState, Story, StoryParams};
pub use translations::{Fingerprint, TranslationIndex, TranslationOf};
pub use words::StopWords;

/// Errors of the analyses' data files.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AnalysisError {
    #[error("{path}: {reason}")]
    Lexicon { path: String, reason: String },
}

/// What the analyses read of an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    /// The content (boilerplate left out where it is known).
    pub text: String,
    pub date: Option<NaiveDate>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    /// Linked actor ids (knowledge-base ids, the same in every language).
    pub actors: Vec<String>,
    /// CAMEO root codes (two digits) of the events coded in it.
    pub events: Vec<String>,
}

impl Article {
    /// The inputs of a processed document: content lines (boilerplate excluded), publication
    /// day, language, linked actors (names, not pronouns resolved by coreference) and CAMEO
    /// roots of its events.
    pub fn from_document(doc: &Document) -> Article {
        let lines = doc.content_lines();
        let text = if lines.is_empty() {
            doc.text.clone()
        } else {
            lines.iter().map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
        };
        let mut actors = Vec::new();
        let mut events = Vec::new();
        for a in &doc.annotations {
            match &a.data {
                AnnotationData::Mention(m)
                    if m.how != Some(vigie_core::MentionHow::Coreference) =>
                {
                    if let Some(actor) = &m.actor {
                        if !actors.contains(actor) {
                            actors.push(actor.clone());
                        }
                    }
                }
                AnnotationData::Event(e) => {
                    let root: String = e.cameo.chars().take(2).collect();
                    if root.len() == 2 && !events.contains(&root) {
                        events.push(root);
                    }
                }
                _ => {}
            }
        }
        Article {
            id: doc.id.as_str().to_string(),
            title: doc.meta.title.clone(),
            text,
            date: doc.meta.published.as_deref().and_then(day_of),
            language: doc.meta.language.clone(),
            actors,
            events,
        }
    }
}

/// The day of an ISO 8601 date or timestamp (`2024-03-01`, `2024-03-01T10:00:00Z`).
pub fn day_of(iso: &str) -> Option<NaiveDate> {
    // By hand rather than `parse_from_str`: a trend over a whole store reads one per event,
    // and chrono's format interpreter was a tenth of that time.
    let b = iso.as_bytes().get(..10)?;
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        number(&b[..4])? as i32,
        number(&b[5..7])?,
        number(&b[8..10])?,
    )
}

/// What the analyses found for one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// Its signature, `None` for a text too short to compare.
    pub signature: Option<Signature>,
    pub copy_of: Option<CopyOf>,
    /// What it translates, when it is not a copy in its own language (see [`translations`]).
    pub translation_of: Option<TranslationOf>,
    /// Its fingerprint for translations, `None` when it cannot be compared.
    pub fingerprint: Option<Fingerprint>,
    pub story: Assignment,
}

/// Copies and stories together, in the order articles arrive.
pub struct Analyst {
    pub copies: CopyIndex,
    pub translations: TranslationIndex,
    pub stories: Stories,
}

impl Analyst {
    /// An empty analyst with the default thresholds.
    pub fn new() -> Result<Analyst, AnalysisError> {
        Ok(Analyst {
            copies: CopyIndex::new(),
            translations: TranslationIndex::new(),
            stories: Stories::new(StoryParams::default(), StopWords::shared()?),
        })
    }

    /// Checks the article for copies (then, if none, for a translation), indexes it, and
    /// assigns it a story.
    pub fn add(&mut self, a: &Article) -> Analysis {
        let signature = self.copies.signature(&a.text);
        let copy_of = signature.as_ref().and_then(|s| self.copies.find(s));
        let fingerprint = Fingerprint::of(a);
        let translation_of = match (&copy_of, &fingerprint) {
            (None, Some(fp)) => self.translations.find(fp),
            _ => None,
        };
        let original = copy_of
            .as_ref()
            .map(|c| c.original.as_str())
            .or(translation_of.as_ref().map(|t| t.original.as_str()));
        if let Some(sig) = &signature {
            self.copies.insert(&a.id, sig.clone(), original);
        }
        if let Some(fp) = &fingerprint {
            self.translations.insert(&a.id, fp.clone(), original);
        }
        let story = self.stories.add(a);
        Analysis {
            signature,
            copy_of,
            translation_of,
            fingerprint,
            story,
        }
    }
}
