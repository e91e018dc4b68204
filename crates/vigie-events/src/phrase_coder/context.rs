//! What every pass of the phrase coder reads: one sentence in one language's lexicon — its
//! folded words, clause numbers, merged mentions and modality cues — with the word-level tests
//! the passes share (the word before a mention, a trigger used as a noun, a clause break or a
//! condition word between two tokens).
//!
//! The phrase coder has no syntax: these tests stand in for it, from the lexicon's function
//! words (`events.toml`: determiners, prepositions, coordinators, clause openers).

use vigie_core::{MentionHow, Quote, Span};

use crate::actor::Actor;
use crate::lexicon::{Language, WordSet, CUE_KINDS};
use crate::phrase::{Hit, Token};
use crate::sentence::Ment;

/// The per-sentence view the phrase coder's passes work on.
pub(super) struct Ctx<'a> {
    pub(super) lang: &'a Language,
    /// The document's folded text (tokens are byte ranges of it).
    pub(super) folded: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) ments: &'a [Ment<'a>],
    /// The modality cues of `lang` in the sentence (payload: index into [`CUE_KINDS`]).
    pub(super) cues: &'a [Hit],
    /// The sentence's span in the original text.
    pub(super) sent: Span,
    /// The document's quotes, with their spans.
    pub(super) quotes: &'a [(Span, &'a Quote)],
    /// The document's resolved dates (datelines excluded), with their spans.
    pub(super) dates: &'a [(Span, &'a str)],
    /// The article's publication day.
    pub(super) published: Option<&'a str>,
    /// The previous sentence's subject, for a subject pronoun in this one.
    pub(super) last_subject: Option<&'a Actor>,
}

impl Ctx<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.folded[t.start..t.end]
    }
    /// The word before token `i`, skipping articles.
    pub(super) fn prev_word(&self, i: usize) -> Option<&str> {
        let mut j = i;
        while j > 0 {
            j -= 1;
            let w = self.word(j);
            if !self.lang.determiners.has(w) {
                return Some(w);
            }
        }
        None
    }
    /// Whether the trigger at token `i` is used as a noun: right after a determiner, a
    /// preposition or a listed premodifier ("of fierce fighting", "the invasion", "to demand").
    pub(super) fn nominal(&self, i: usize) -> bool {
        i > 0 && {
            let w = self.word(i - 1);
            self.lang.determiners.has(w)
                || self.lang.oblique_preps.has(w)
                || self.lang.nominal_premodifiers.has(w)
                // An actor adjective right before it: "French mediation", "Arab support".
                || self
                    .ments
                    .iter()
                    .any(|m| m.last + 1 == i && m.m.how == Some(MentionHow::Adjective))
        }
    }
    /// Whether a condition word ("if") lies between tokens `a < b`: what follows it is the
    /// condition, not the act's object ("will not accept refugees if war starts in Iraq").
    pub(super) fn opener_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|j| self.lang.hypothesis_openers.has(self.word(j)))
    }
    /// Whether the word at `i` is joined by a hyphen to the word before it ("Israeli-occupied").
    pub(super) fn hyphen_compound(&self, i: usize) -> bool {
        let before = &self.folded[..self.tokens[i].start];
        before
            .strip_suffix('-')
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    }
    /// Whether the word at `i` has a present-participle ending ("demanding").
    pub(super) fn participle(&self, i: usize) -> bool {
        let w = self.word(i);
        self.lang
            .participle_suffixes
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s.as_str()))
    }
    /// A determiner or a number ("two British soldiers", "23 people"), as may come between a
    /// verb and its object.
    pub(super) fn determiner_or_number(&self, i: usize) -> bool {
        let w = self.word(i);
        self.lang.determiners.has(w) || w.bytes().any(|b| b.is_ascii_digit())
    }
    pub(super) fn is_oblique(&self, m: &Ment) -> bool {
        self.prev_word(m.first)
            .is_some_and(|w| self.lang.oblique_preps.has(w) || self.lang.agent_preps.has(w))
    }
    pub(super) fn after_any(&self, m: &Ment, preps: &[String]) -> bool {
        self.prev_word(m.first)
            .is_some_and(|w| preps.iter().any(|p| p == w))
    }
    pub(super) fn after_set(&self, m: &Ment, preps: &WordSet) -> bool {
        self.prev_word(m.first).is_some_and(|w| preps.has(w))
    }
    pub(super) fn cue_kind(&self, h: &Hit) -> &'static str {
        CUE_KINDS[h.payload]
    }
    /// True when a clause break (punctuation or a clause-break word) lies between tokens
    /// `a < b`.
    pub(super) fn clause_break_between(&self, a: usize, b: usize) -> bool {
        if self.tokens[a].clause != self.tokens[b].clause {
            return true;
        }
        self.cues
            .iter()
            .any(|h| self.cue_kind(h) == "clause_break" && h.first > a && h.last < b)
    }
    /// Whether token `i` lies in a clause opened by a condition word ("… if he gave them a
    /// veto over any settlement reached in peace talks"): such an act is a condition, not a
    /// fact.
    pub(super) fn in_hypothesis(&self, i: usize) -> bool {
        let clause = self.tokens[i].clause;
        (0..i)
            .rev()
            .take_while(|&j| self.tokens[j].clause == clause)
            .any(|j| self.lang.hypothesis_openers.has(self.word(j)))
    }
    /// True when a clause-break word ("but", "while", "however") lies between tokens `a < b`:
    /// what follows it is a new statement, not the content of what came before.
    pub(super) fn contrast_between(&self, a: usize, b: usize) -> bool {
        self.cues
            .iter()
            .any(|h| self.cue_kind(h) == "clause_break" && h.first > a && h.last < b)
    }
}
