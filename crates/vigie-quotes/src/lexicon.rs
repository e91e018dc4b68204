//! The speech-cue lexicons: `lexicons/<lang>/speech_verbs.toml`, merged over all languages and
//! folded into token sequences so they match the text token by token; and the words the tree
//! passes read (`lexicons/<lang>/clauses.toml`, shared with the event coder, and the `lemmas`
//! of `speech_verbs.toml`).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use serde::Deserialize;
use vigie_core::fold::fold;

use crate::tree::TreeWords;

/// A `speech_verbs.toml` file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct LexiconError {
    pub path: String,
    #[source]
    pub source: toml::de::Error,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct File {
    language: String,
    whole_clause: bool,
    verbs: Vec<String>,
    auxiliaries: Vec<String>,
    adverbs: Vec<String>,
    reflexives: Vec<String>,
    complementizers: Vec<String>,
    coordinators: Vec<String>,
    bare_content: Vec<String>,
    bare_content_stops: Vec<String>,
    channel_verbs: Vec<String>,
    #[serde(default)]
    relaying_participles: Vec<String>,
    prepositions: Vec<String>,
    source_pronouns: Vec<String>,
    inverted: Vec<String>,
    channel_prepositions: Vec<String>,
    clause_starts: Vec<String>,
    #[serde(default)]
    clause_start_exceptions: Vec<String>,
    clause_breaks: Vec<String>,
    clause_break_exceptions: Vec<String>,
    institutions: Vec<String>,
    representatives: Vec<String>,
    definite: Vec<String>,
    indefinite: Vec<String>,
    not_names: Vec<String>,
    relatives: Vec<String>,
    #[serde(default)]
    complement_prepositions: Vec<String>,
    pronouns: HashMap<String, String>,
    speakers: HashMap<String, String>,
    modifiers: HashMap<String, String>,
    lemmas: Vec<String>,
    opening_sources: Vec<String>,
}

/// The fields of `clauses.toml` the quote detector reads; the others belong to the event coder.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ClausesFile {
    speech: Vec<String>,
    according_to: Vec<String>,
    agent_case: Vec<String>,
}

/// FNV-1a: the cue tables are looked up several times per token with short keys, where the
/// default SipHash costs more than the rest of the lookup. The keys come from our own lexicons,
/// so hash flooding is not a concern.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Grammatical number of a subject pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Singular,
    Plural,
}

/// All languages' cues, folded. Multi-word entries are token sequences.
#[derive(Debug, Default)]
pub struct Cues {
    /// Verb phrases, indexed by their first folded token.
    pub verbs: FastMap<String, Vec<Vec<String>>>,
    /// Verb phrases (first token) after which content may start without a complementizer.
    pub bare_content: FastSet<Vec<String>>,
    pub channel_verbs: FastSet<Vec<String>>,
    /// Participles of relaying ("cité", "quoted"): after another cue of the sentence, "cité par
    /// l'agence Belta" names the outlet that carried the words, not a new speaker.
    pub relaying_participles: FastSet<String>,
    /// Words that cannot open content given without a complementizer ("said on Tuesday").
    pub bare_content_stops: FastSet<String>,
    pub auxiliaries: FastSet<String>,
    pub adverbs: FastSet<String>,
    pub reflexives: FastSet<String>,
    pub complementizers: FastSet<String>,
    /// Words joining two speech verbs ("said X and warned Y"): the first verb's content stops
    /// before them.
    pub coordinators: FastSet<String>,
    pub prepositions: FastMap<String, Vec<Vec<String>>>,
    pub source_pronouns: FastSet<String>,
    /// Inverted-subject suffixes ("-t-il") with the pronoun they stand for ("il").
    pub inverted: Vec<(String, String)>,
    pub channel_prepositions: FastSet<String>,
    pub clause_starts: FastSet<String>,
    /// Token sequences ending with a clause start that do not open a clause: the comparative
    /// or additive "que" of "ainsi que", "plus que".
    pub clause_start_exceptions: Vec<Vec<String>>,
    pub clause_breaks: Vec<Vec<String>>,
    pub clause_break_exceptions: Vec<Vec<String>>,
    /// Speaker nouns that name a body, not a person ("ministère").
    pub institutions: FastSet<String>,
    /// Speaker nouns that speak for a body ("les responsables", "the spokesman"): a definite
    /// one refers back to the last speaker, a body included. Other definite roles refer back
    /// only to a person, or to a speaker they describe.
    pub representatives: FastSet<String>,
    pub definite: FastSet<String>,
    pub indefinite: FastSet<String>,
    /// The same determiners per language: the merged sets collide ("des" is indefinite in
    /// French and a definite genitive in German, "il" an Italian article and a French
    /// pronoun), so a document whose language is known reads its own.
    pub definite_in: FastMap<String, FastSet<String>>,
    pub indefinite_in: FastMap<String, FastSet<String>>,
    /// Capitalised words that open sentences without naming anyone ("Some", "Many", "It"):
    /// never a speaker's name.
    pub not_names: FastSet<String>,
    /// Relative pronouns: a comma-separated segment opening with one is a relative clause on
    /// the subject ("X, qui avait rencontré Y, a dit"), never the speaker.
    pub relatives: FastSet<String>,
    /// Prepositions that join a complement to a role noun ("le commandant d'une brigade",
    /// "the head of a unit"): with an indefinite article after them, the role is someone new.
    pub complement_prepositions: FastSet<String>,
    pub pronouns: FastMap<String, Number>,
    /// Generic speaker nouns → English gloss.
    pub speakers: FastMap<String, String>,
    /// Qualifiers of generic speakers → English gloss.
    pub modifiers: FastMap<String, String>,
    /// First tokens of every verb and preposition cue: a sentence with none of them (and no
    /// quotation mark) is skipped without further work.
    pub triggers: FastSet<String>,
    /// Languages whose reported content is the whole clause even when it holds quoted words
    /// (`whole_clause = true`): "said the ad “wrongfully” suggests…" is one statement, the
    /// clause. Elsewhere the quoted words alone are reported (the convention of the French gold).
    pub whole_clause: FastSet<String>,
    /// What the tree passes read (speech lemmas, "selon", agent markers).
    pub tree: TreeWords,
}

/// Adds the token sequences of `entries` not yet in `to` (merging the languages' files).
fn add_sequences(entries: &[String], to: &mut Vec<Vec<String>>) {
    for e in entries {
        let toks = entry_tokens(e);
        if !toks.is_empty() && !to.contains(&toks) {
            to.push(toks);
        }
    }
}

/// Folded tokens of a lexicon entry, split the way the text is split.
pub fn entry_tokens(entry: &str) -> Vec<String> {
    vigie_text::tokens(entry)
        .into_iter()
        .map(|t| fold(&entry[t.span.start..t.span.end]))
        .collect()
}

impl Cues {
    /// Reads every `lexicons/*/speech_verbs.toml`.
    pub fn load() -> Result<Self, LexiconError> {
        let mut cues = Cues::default();
        for r in vigie_resources::lexicons("speech_verbs.toml") {
            cues.merge(&r.path, &r.contents)?;
        }
        for r in vigie_resources::lexicons("clauses.toml") {
            cues.merge_clauses(&r.path, &r.contents)?;
        }
        Ok(cues)
    }

    /// Reads the tree words of one `clauses.toml`.
    pub fn merge_clauses(&mut self, path: &str, contents: &str) -> Result<(), LexiconError> {
        let f: ClausesFile = toml::from_str(contents).map_err(|source| LexiconError {
            path: path.to_string(),
            source,
        })?;
        let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
        self.tree.speech.extend(lower(&f.speech));
        self.tree.according_to.extend(lower(&f.according_to));
        self.tree.agent_case.extend(lower(&f.agent_case));
        Ok(())
    }

    pub fn merge(&mut self, path: &str, contents: &str) -> Result<(), LexiconError> {
        let f: File = toml::from_str(contents).map_err(|source| LexiconError {
            path: path.to_string(),
            source,
        })?;
        self.tree
            .speech
            .extend(f.lemmas.iter().map(|l| l.to_lowercase()));
        self.tree
            .opening_sources
            .extend(f.opening_sources.iter().map(|l| l.to_lowercase()));
        if f.whole_clause && !f.language.is_empty() {
            self.whole_clause.insert(f.language.clone());
        }
        let one = |v: &Vec<String>, set: &mut FastSet<String>| {
            set.extend(v.iter().map(|s| fold(s)));
        };
        for v in &f.verbs {
            let toks = entry_tokens(v);
            if let Some(first) = toks.first() {
                self.triggers.insert(first.clone());
                let list = self.verbs.entry(first.clone()).or_default();
                if !list.contains(&toks) {
                    list.push(toks);
                }
            }
        }
        for v in &f.prepositions {
            let toks = entry_tokens(v);
            if let Some(first) = toks.first() {
                self.triggers.insert(first.clone());
                let list = self.prepositions.entry(first.clone()).or_default();
                if !list.contains(&toks) {
                    list.push(toks);
                }
            }
        }
        self.bare_content
            .extend(f.bare_content.iter().map(|v| entry_tokens(v)));
        self.channel_verbs
            .extend(f.channel_verbs.iter().map(|v| entry_tokens(v)));
        self.relaying_participles
            .extend(f.relaying_participles.iter().map(|v| fold(v)));
        one(&f.auxiliaries, &mut self.auxiliaries);
        one(&f.bare_content_stops, &mut self.bare_content_stops);
        one(&f.adverbs, &mut self.adverbs);
        one(&f.reflexives, &mut self.reflexives);
        one(&f.complementizers, &mut self.complementizers);
        one(&f.coordinators, &mut self.coordinators);
        one(&f.source_pronouns, &mut self.source_pronouns);
        one(&f.channel_prepositions, &mut self.channel_prepositions);
        one(&f.clause_starts, &mut self.clause_starts);
        one(&f.definite, &mut self.definite);
        if !f.language.is_empty() {
            one(
                &f.definite,
                self.definite_in.entry(f.language.clone()).or_default(),
            );
            one(
                &f.indefinite,
                self.indefinite_in.entry(f.language.clone()).or_default(),
            );
        }
        one(&f.institutions, &mut self.institutions);
        one(&f.representatives, &mut self.representatives);
        one(&f.indefinite, &mut self.indefinite);
        one(&f.not_names, &mut self.not_names);
        one(&f.relatives, &mut self.relatives);
        one(
            &f.complement_prepositions,
            &mut self.complement_prepositions,
        );
        for s in &f.inverted {
            let s = fold(s);
            let pronoun = s.rsplit('-').next().unwrap_or("").to_string();
            if !self.inverted.iter().any(|(x, _)| *x == s) {
                self.inverted.push((s, pronoun));
            }
        }
        // Longest suffix first, so "-t-il" wins over "-il".
        self.inverted
            .sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        add_sequences(&f.clause_breaks, &mut self.clause_breaks);
        add_sequences(
            &f.clause_start_exceptions,
            &mut self.clause_start_exceptions,
        );
        add_sequences(
            &f.clause_break_exceptions,
            &mut self.clause_break_exceptions,
        );
        for (k, v) in &f.pronouns {
            let n = if v == "plural" {
                Number::Plural
            } else {
                Number::Singular
            };
            self.pronouns.insert(fold(k), n);
        }
        for (k, v) in &f.speakers {
            self.speakers.insert(fold(k), v.clone());
        }
        for (k, v) in &f.modifiers {
            self.modifiers.insert(fold(k), v.clone());
        }
        Ok(())
    }

    /// Whether folded word `f` is a definite determiner, in language `lang` when its lexicon
    /// lists determiners, else in any language.
    pub fn is_definite(&self, lang: Option<&str>, f: &str) -> bool {
        match lang.and_then(|l| self.definite_in.get(l)) {
            Some(set) if !set.is_empty() => set.contains(f),
            _ => self.definite.contains(f),
        }
    }

    /// Whether folded word `f` is an indefinite determiner (see [`Cues::is_definite`]).
    pub fn is_indefinite(&self, lang: Option<&str>, f: &str) -> bool {
        match lang.and_then(|l| self.indefinite_in.get(l)) {
            Some(set) if !set.is_empty() => set.contains(f),
            _ => self.indefinite.contains(f),
        }
    }

    /// The longest verb phrase starting at `toks[i]`, as its length in tokens.
    pub fn verb_at(&self, toks: &[String], i: usize) -> Option<usize> {
        longest(self.verbs.get(&toks[i])?, toks, i)
    }

    pub fn preposition_at(&self, toks: &[String], i: usize) -> Option<usize> {
        longest(self.prepositions.get(&toks[i])?, toks, i)
    }

    /// `token` split into a verb or auxiliary and an inverted pronoun ("a-t-il" → "a", "il").
    pub fn split_inverted<'a>(&self, token: &'a str) -> Option<(&'a str, &str)> {
        self.inverted.iter().find_map(|(suffix, pronoun)| {
            token
                .strip_suffix(suffix.as_str())
                .filter(|p| !p.is_empty())
                .map(|p| (p, pronoun.as_str()))
        })
    }
}

fn longest(candidates: &[Vec<String>], toks: &[String], i: usize) -> Option<usize> {
    candidates
        .iter()
        .filter(|c| toks.len() >= i + c.len() && toks[i..i + c.len()] == c[..])
        .map(Vec::len)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_and_folds() {
        let c = Cues::load().expect("speech_verbs.toml files parse");
        let toks: Vec<String> = ["fait", "valoir", "le"].map(String::from).to_vec();
        assert_eq!(c.verb_at(&toks, 0), Some(2));
        let toks: Vec<String> = ["d'", "apres", "bloomberg"].map(String::from).to_vec();
        assert_eq!(c.preposition_at(&toks, 0), Some(2));
        assert_eq!(c.split_inverted("a-t-il"), Some(("a", "il")));
        assert!(c.auxiliaries.contains("a"));
        assert_eq!(
            c.speakers.get("responsable").map(String::as_str),
            Some("official")
        );
        assert_eq!(c.pronouns.get("il"), Some(&Number::Singular));
    }

    #[test]
    fn determiners_are_read_in_the_documents_language() {
        let c = Cues::load().expect("speech_verbs.toml files parse");
        // "des" is a German definite article and a French indefinite one.
        assert!(c.is_indefinite(Some("fr"), "des"));
        assert!(!c.is_definite(Some("fr"), "des"));
        assert!(c.is_definite(Some("de"), "des"));
        assert!(c.is_definite(None, "des"));
    }
}
