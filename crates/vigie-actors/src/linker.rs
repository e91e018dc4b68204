//! Mention detection and linking for one text.
//!
//! 1. One Aho-Corasick automaton (leftmost-longest) over the folded keys of every knowledge-base
//!    name, adjective and sector word runs over the folded text; matches must sit on word
//!    boundaries and honour the case of the knowledge-base form (a capitalised name needs a
//!    capital, an acronym needs capitals: French "eu" is not the EU).
//! 2. Hits are resolved in text order: sector word + country adjective, or sector word + "de/of" +
//!    actor, compose a sector code (BLRMIL); capitals used as subjects become their government
//!    (metonyms); persons get the code of their role at the article's date; a surname alone goes to
//!    the person named in full earlier in the article; ambiguous names (Georgia, Jordan) link only
//!    when nothing in the article points to their other reading. Each decision is a pass of its
//!    own under `linker/`, which `Linker::resolve` calls in turn and whose result it writes:
//!    `sectors.rs` (sector words and adjectives), `context.rs` (the candidates of a name hit and
//!    the words around it), `surnames.rs` (a surname alone), `ambiguity.rs` (which candidate,
//!    and whether its reading stands) and `metonyms.rs` (the final mention: place or
//!    government, a person's code at the date).
//! 3. Capitalised words no exact spelling matched are looked up by transliteration key (Chrenin →
//!    Khrenin), by head word of an actor already named (l'Alliance → NATO), and otherwise kept as
//!    unlinked persons when a title, a known given name or a role is next to them; they are
//!    grouped within the article so a later surname alone joins the full name.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use vigie_core::fold::{fold, Folded};
use vigie_core::{EntityType, LinkRule, LinkWhy, Mention, MentionHow, Span};

use crate::kb::{Actor, Kb};
use crate::lexicon::{Cues, FastMap, FastSet};
use crate::translit::{is_cyrillic, name_key, skeleton_key, unmix, unmix_word, word_key};

mod ambiguity;
mod context;
#[cfg(test)]
pub(crate) mod fixture;
mod metonyms;
mod sectors;
mod surnames;

use ambiguity::Reading;
use context::{Candidates, Surroundings};
use sectors::{AdjectiveUse, SectorRun};
use surnames::{GivenName, SurnameUse};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A full name or alias.
    Name,
    /// A person's surname alone (a one-word alias of a person).
    Surname,
    Adjective,
    Agent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    Any,
    Upper,
    /// A compound capitalised after its hyphens too ("Vingt-Sept", the EU's members; bit `i`
    /// set when hyphen part `i` has its capital): each such part needs it in the text, since
    /// the same letters written "Vingt-sept" are a number.
    UpperParts(u8),
    AllCaps,
    /// The name's first capitalised word is its `n`th, after lower-case words ("the West",
    /// "la Maison-Blanche" written so): that word needs its capital ("in the west of the
    /// country" is no actor).
    UpperAt(u8),
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: Kind,
    /// Actor index, or sector index for agents.
    target: u32,
    case: Case,
}

/// A linked or unlinked mention with its span in the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    pub mention: Mention,
}

impl Found {
    /// A mention at `span` linked to the knowledge-base actor `a` with `code`, found `how`.
    fn linked(span: Span, a: &Actor, code: Option<String>, how: MentionHow) -> Found {
        Found {
            span,
            mention: Mention {
                actor: Some(a.id.clone()),
                code,
                canonical: Some(a.canonical().to_string()),
                entity_type: a.kind,
                how: Some(how),
                // Room for the two reasons a link has at most: its actor, then its code.
                why: Vec::with_capacity(2),
            },
        }
    }

    /// The mention with one more reason (see [`vigie_core::LinkWhy`]), put first: why this
    /// actor comes before why this code (a person's role, added when the mention is made).
    pub(crate) fn because(mut self, rule: LinkRule, detail: Option<String>) -> Found {
        self.mention.why.insert(0, LinkWhy::new(rule, detail));
        self
    }
}

/// The linker: knowledge base, cues and automaton, built once and shared by all threads.
pub struct Linker {
    pub kb: Kb,
    pub cues: Cues,
    ac: AhoCorasick,
    entries: Vec<Vec<Entry>>,
    /// Patterns that end in punctuation ("belarus'", the German form) → the index of the
    /// same pattern without it, for a match that runs into a word ("Belarus's").
    trimmed: FastMap<u32, u32>,
    sectors: Vec<String>,
    /// Word key of a person's surname (last word of each name) → persons.
    surname_keys: FastMap<String, Vec<u32>>,
    /// Skeleton keys of persons' full names ([`skeleton_key`]): Belarusian, Ukrainian and
    /// Russian transliterations of one name meet here when their name keys differ.
    skeleton_keys: FastMap<String, Vec<u32>>,
    /// Key of a person's full name → persons.
    full_keys: FastMap<String, Vec<u32>>,
    /// Folded first words of persons' multi-word names: "alexandre", "sergei"…
    given_names: FastSet<String>,
    /// Folded first word of multi-word names of non-persons → actors ("alliance" → NATO).
    heads: FastMap<String, Vec<u32>>,
    /// Actor index → index of the country it belongs to.
    country_of: Vec<Option<u32>>,
    /// Ambiguous actor index → readings.
    readings: HashMap<u32, Vec<usize>>,
    /// Folded article-level cues of other readings, by reading index.
    reading_cues: Vec<Vec<String>>,
}

/// Whether a verb of `verbs` (sorted) lies inside `span`.
fn verb_within(verbs: &[Span], span: Span) -> bool {
    let k = verbs.partition_point(|v| v.start < span.start);
    verbs.get(k).is_some_and(|v| v.end <= span.end)
}

fn case_of(form: &str) -> Case {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && !form.chars().any(char::is_lowercase) {
        Case::AllCaps
    } else if form.chars().next().is_some_and(char::is_uppercase) {
        match hyphen_capitals(form) {
            mask if mask > 1 => Case::UpperParts(mask),
            _ => Case::Upper,
        }
    } else {
        words(form)
            .iter()
            .position(|w| w.chars().next().is_some_and(char::is_uppercase))
            .and_then(|n| u8::try_from(n).ok())
            .map_or(Case::Any, Case::UpperAt)
    }
}

/// Bit `i` set when the `i`th hyphen-separated part of `s` (of the first eight) starts with a
/// capital.
fn hyphen_capitals(s: &str) -> u8 {
    s.split('-')
        .take(8)
        .enumerate()
        .filter(|(_, p)| p.chars().next().is_some_and(char::is_uppercase))
        .fold(0, |m, (i, _)| m | 1 << i)
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect()
}

impl Linker {
    /// The linker over the shipped knowledge base and cues.
    pub fn load() -> Linker {
        Linker::new(Kb::load(), Cues::load())
    }

    pub fn new(kb: Kb, cues: Cues) -> Linker {
        let mut keys: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut add = |key: String, e: Entry| {
            if key.len() < 2 || !key.chars().any(char::is_alphanumeric) {
                return;
            }
            let list = keys.entry(key).or_default();
            match list
                .iter_mut()
                .find(|x| x.kind == e.kind && x.target == e.target)
            {
                // The loosest case among the forms that share a key wins ("NATO" and "Nato").
                Some(x) => x.case = x.case.min(e.case),
                None => list.push(e),
            }
        };
        let mut surname_keys: FastMap<String, Vec<u32>> = FastMap::default();
        let mut full_keys: FastMap<String, Vec<u32>> = FastMap::default();
        let mut skeleton_keys: FastMap<String, Vec<u32>> = FastMap::default();
        let mut given_names = FastSet::default();
        let mut heads: FastMap<String, Vec<u32>> = FastMap::default();
        for (i, a) in kb.actors.iter().enumerate() {
            let i = i as u32;
            let person = a.kind == EntityType::Person;
            for (_, name) in a.all_names() {
                let ws = words(name);
                let kind = if person && ws.len() == 1 {
                    Kind::Surname
                } else {
                    Kind::Name
                };
                add(
                    fold(name),
                    Entry {
                        kind,
                        target: i,
                        case: case_of(name),
                    },
                );
                if person {
                    if let Some(last) = ws.last() {
                        push_unique(surname_keys.entry(word_key(last)).or_default(), i);
                    }
                    if ws.len() >= 2 {
                        push_unique(full_keys.entry(name_key(name)).or_default(), i);
                        push_unique(skeleton_keys.entry(skeleton_key(name)).or_default(), i);
                        given_names.insert(fold(ws[0]));
                    }
                } else if ws.len() >= 2
                    && a.kind != EntityType::WeaponSystem
                    && ws[0].chars().next().is_some_and(char::is_uppercase)
                {
                    // A weapon system's first word is its maker or a common word ("General
                    // Dynamics F-16", "Storm Shadow"): never an anaphor of it.
                    push_unique(heads.entry(fold(ws[0])).or_default(), i);
                }
            }
            for (_, adj) in a
                .adjectives
                .iter()
                .flat_map(|(l, v)| v.iter().map(move |n| (l, n)))
            {
                add(
                    fold(adj),
                    Entry {
                        kind: Kind::Adjective,
                        target: i,
                        case: Case::Any,
                    },
                );
            }
        }
        let mut sectors: Vec<String> = Vec::new();
        for (_, set) in &kb.agents {
            let s = match sectors.iter().position(|x| *x == set.sector) {
                Some(s) => s,
                None => {
                    sectors.push(set.sector.clone());
                    sectors.len() - 1
                }
            } as u32;
            for w in &set.words {
                add(
                    fold(w),
                    Entry {
                        kind: Kind::Agent,
                        target: s,
                        case: Case::Any,
                    },
                );
            }
        }
        let mut patterns: Vec<String> = keys.keys().cloned().collect();
        patterns.sort();
        let entries: Vec<Vec<Entry>> = patterns.iter().map(|p| keys[p].clone()).collect();
        let index: HashMap<&str, u32> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i as u32))
            .collect();
        let trimmed: FastMap<u32, u32> = patterns
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let short = p.trim_end_matches(|c: char| !c.is_alphanumeric());
                (short.len() < p.len())
                    .then(|| index.get(short))
                    .flatten()
                    .map(|&j| (i as u32, j))
            })
            .collect();
        // The default (contiguous NFA) kind: a DFA scans about a tenth faster here but takes
        // seconds to build, which every `vigie extract` would pay.
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("knowledge-base automaton");
        let mut readings: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut reading_cues = Vec::new();
        for (r, reading) in cues.readings.iter().enumerate() {
            if let Some(i) = kb.index_of(&reading.actor) {
                readings.entry(i as u32).or_default().push(r);
            }
            reading_cues.push(reading.cues.iter().map(|c| fold(c)).collect());
        }
        // A weapon system's country is where it is made: no support for that country as an
        // actor of the article, no sector composed with it.
        let country_of = kb
            .actors
            .iter()
            .map(|a| {
                a.country
                    .as_deref()
                    .filter(|_| a.kind != EntityType::WeaponSystem)
                    .and_then(|c| kb.index_of(c))
                    .map(|i| i as u32)
            })
            .collect();
        Linker {
            country_of,
            kb,
            cues,
            ac,
            entries,
            trimmed,
            sectors,
            surname_keys,
            skeleton_keys,
            full_keys,
            given_names,
            heads,
            readings,
            reading_cues,
        }
    }

    /// Problems met while loading data files (empty when everything parsed).
    pub fn warnings(&self) -> Vec<String> {
        self.kb
            .warnings
            .iter()
            .chain(&self.cues.warnings)
            .cloned()
            .collect()
    }

    /// Number of patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.entries.len()
    }

    /// Whether `folded` is the first word of a multi-word person's name in the knowledge base.
    pub(crate) fn is_given_name(&self, folded: &str) -> bool {
        self.given_names.contains(folded)
    }

    /// Whether the folded surface of an ambiguous weapon system is its bare word (no digit:
    /// "patriot", "leopard", "storm shadow"), which links only in a weapon context; a
    /// designation with digits ("Leopard 2", "Тор-М2") stands alone.
    fn bare_weapon(&self, surface: &str) -> bool {
        !surface.chars().any(|c| c.is_ascii_digit())
    }

    /// Whether a weapon-context word ([`Cues::is_weapon_word`]) is among the three words
    /// before or after the hit at `fs..fe` of the folded text, or among its own words (the
    /// form "Patriot-Systeme"; the rest of a compound after it, "Patriot-Raketen").
    fn weapon_context(&self, folded: &str, fs: usize, fe: usize) -> bool {
        let split = |c: char| !c.is_alphanumeric();
        let before = folded[..fs].rsplit(split).filter(|w| !w.is_empty()).take(3);
        let after = folded[fe..].split(split).filter(|w| !w.is_empty()).take(3);
        let within = folded[fs..fe].split(split).filter(|w| !w.is_empty());
        before
            .chain(within)
            .chain(after)
            .any(|w| self.cues.is_weapon_word(w))
    }

    fn actor(&self, i: u32) -> &Actor {
        &self.kb.actors[i as usize]
    }

    /// Finds and links the mentions of `text`. `date` (`YYYY-MM-DD` or a prefix) selects
    /// persons' roles; mentions inside `skip` spans (boilerplate) are left out.
    pub fn link(&self, text: &str, date: &str, skip: &[Span]) -> Vec<Found> {
        self.link_with_verbs(text, date, skip, Vec::new())
    }

    /// [`Linker::link`], knowing where the sentence layer found verbs (sorted spans): a
    /// sector word and a country adjective after it are one actor ("les troupes régulières
    /// biélorusses") only when no verb stands between them.
    pub fn link_with_verbs(
        &self,
        text: &str,
        date: &str,
        skip: &[Span],
        verbs: Vec<Span>,
    ) -> Vec<Found> {
        let norm = Norm::new(text);
        let folded = norm.text();
        let tokens = tokenize(&norm);
        let mut hits = self.hits(&norm, skip);
        let mut ctx = Context {
            verbs,
            ..Context::default()
        };
        self.gather_evidence(&hits, folded, &mut ctx);
        let mut out = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            i = self.resolve(&mut hits, i, &norm, &tokens, date, &mut ctx, &mut out);
        }
        self.unlinked(&norm, &tokens, &hits, skip, date, &mut ctx, &mut out);
        out.sort_by_key(|f| (f.span.start, f.span.end));
        out
    }

    /// Exact matches of the automaton on word boundaries, with the entries whose case fits.
    fn hits(&self, norm: &Norm, skip: &[Span]) -> Vec<Hit<'_>> {
        let folded = norm.text();
        let mut hits = Vec::new();
        let mut pos = 0;
        while let Some(m) = self.ac.find(Input::new(folded).span(pos..folded.len())) {
            let (mut s, mut e) = (m.start(), m.end());
            let mut pattern = m.pattern().as_u32();
            // A longer name that starts at a later word of this one wins ("the West" in "the
            // West Bank" gives way to "West Bank"): leftmost-longest alone would keep the
            // earlier start.
            let inner = folded[s..e]
                .char_indices()
                .filter(|&(i, c)| i > 0 && !c.is_alphanumeric())
                .map(|(i, c)| s + i + c.len_utf8())
                .filter(|&w| w < e && boundary_before(folded, w))
                .find_map(|w| {
                    self.ac
                        .find(Input::new(folded).span(w..folded.len()))
                        .filter(|l| {
                            l.start() == w && l.end() > e && boundary_after(folded, l.end())
                        })
                });
            if let Some(l) = inner {
                (s, e) = (l.start(), l.end());
                pattern = l.pattern().as_u32();
            }
            pos = e;
            if !boundary_after(folded, e) {
                // The longest form ran into a word ("Belarus'" in "Belarus's"): its shorter
                // form without the final punctuation may still end on a boundary; else the
                // longest shorter name at the same start that does ("Iskander" in "Iskander
                // missiles", where "Iskander M" ran into "missiles").
                match self.trimmed.get(&pattern) {
                    Some(&short) => {
                        e = s + folded[s..e]
                            .trim_end_matches(|c: char| !c.is_alphanumeric())
                            .len();
                        pattern = short;
                    }
                    None => match self.shorter_at(folded, s, e) {
                        Some(shorter) => {
                            (e, pattern) = (shorter.end(), shorter.pattern().as_u32());
                            pos = e;
                        }
                        None => continue,
                    },
                }
            }
            if !boundary_before(folded, s) || !boundary_after(folded, e) {
                continue;
            }
            let span = norm.span(s, e);
            if skip.iter().any(|b| b.contains(&span)) {
                continue;
            }
            let original = &norm.original()[span.start..span.end];
            let first_upper = original.chars().next().is_some_and(char::is_uppercase);
            let all_caps = !original.chars().any(char::is_lowercase);
            let fits = |en: &Entry| match en.case {
                Case::Any => true,
                Case::Upper => first_upper,
                Case::UpperParts(mask) => hyphen_capitals(original) & mask == mask,
                Case::AllCaps => all_caps,
                Case::UpperAt(n) => words(original)
                    .get(usize::from(n))
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)),
            };
            let all = &self.entries[pattern as usize];
            // Borrowed in the common case where every entry fits: no allocation per match.
            let entries: Cow<'_, [Entry]> = if all.iter().all(fits) {
                Cow::Borrowed(all)
            } else {
                Cow::Owned(all.iter().copied().filter(|e| fits(e)).collect())
            };
            if entries.is_empty() {
                continue;
            }
            hits.push(Hit {
                fs: s,
                fe: e,
                span,
                entries,
                used: false,
            });
        }
        hits
    }

    /// The longest name that starts at `s` and ends on a word boundary before `e`, when the
    /// longest one from `s` (ending at `e`) runs into a word.
    fn shorter_at(&self, folded: &str, s: usize, e: usize) -> Option<aho_corasick::Match> {
        let mut end = e;
        loop {
            // The last word boundary before `end`.
            end = folded[s..end]
                .char_indices()
                .rev()
                .map(|(i, _)| s + i)
                .find(|&i| i > s && boundary_after(folded, i))?;
            let m = self.ac.find(Input::new(folded).span(s..end))?;
            if m.start() == s && boundary_after(folded, m.end()) {
                return Some(m);
            }
        }
    }

    /// Which countries the article supports without ambiguity (adjectives, persons, places and
    /// unambiguous names), and which other readings its words point to.
    fn gather_evidence(&self, hits: &[Hit], folded: &str, ctx: &mut Context) {
        for h in hits {
            for e in h.entries.iter() {
                if e.kind == Kind::Agent {
                    continue;
                }
                let a = self.actor(e.target);
                if a.kind == EntityType::WeaponSystem
                    && !(a.ambiguous && self.bare_weapon(&folded[h.fs..h.fe]))
                {
                    ctx.weapons = true;
                }
                if a.ambiguous && e.kind != Kind::Adjective {
                    continue;
                }
                ctx.support.insert(e.target);
                if let Some(c) = self.country_of[e.target as usize] {
                    ctx.support.insert(c);
                }
            }
        }
        // Other readings only matter when an ambiguous name occurs.
        let ambiguous = hits.iter().any(|h| {
            h.entries
                .iter()
                .any(|e| e.kind != Kind::Agent && self.readings.contains_key(&e.target))
        });
        if !ambiguous {
            return;
        }
        for (r, cues) in self.reading_cues.iter().enumerate() {
            if cues.iter().any(|c| contains_word(folded, c)) {
                ctx.other_readings.insert(r);
            }
        }
    }

    /// Resolves hit `i` (and the hits after it that it consumes) in text order; returns the
    /// hit to resume at. Each pass decides and this writes: the mentions in `out`, the hits
    /// consumed (`used`), and what later hits of the article read in `ctx`. The passes, by what
    /// the hit is:
    /// - a sector word, no name: [`Linker::sector_run`] (`linker/sectors.rs`);
    /// - a country adjective, no name: [`Linker::adjective_use`] (`linker/sectors.rs`);
    /// - a name: [`Linker::surroundings`] and [`Candidates`] (`linker/context.rs`), then for a
    ///   surname alone [`Linker::resolve_surname`], else [`Linker::resolve_named`].
    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &self,
        hits: &mut [Hit],
        i: usize,
        norm: &Norm,
        tokens: &[Token],
        date: &str,
        ctx: &mut Context,
        out: &mut Vec<Found>,
    ) -> usize {
        let folded = norm.text();
        let h = &hits[i];
        let named = h.has(Kind::Name) || h.has(Kind::Surname);
        if h.has(Kind::Agent) && !named {
            return match self.sector_run(hits, i, folded) {
                SectorRun::Composed(c) if !verb_within(&ctx.verbs, c.span) => {
                    self.apply_composed(&c, hits, out)
                }
                SectorRun::Composed(_) => sectors::agent_run_end(hits, i, folded) + 1,
                SectorRun::Alone { next } => next,
            };
        }
        if let Some(adj) = h.adjective().filter(|_| !named) {
            return match self.adjective_use(hits, i, adj, folded) {
                AdjectiveUse::Composed(c) => self.apply_composed(&c, hits, out),
                AdjectiveUse::Alone { actor } => {
                    out.push(self.adjective_found(actor, hits[i].span));
                    hits[i].used = true;
                    i + 1
                }
            };
        }
        let around = self.surroundings(h, norm, tokens);
        let candidates = Candidates::of(h);
        if candidates.surname_alone() {
            return self.resolve_surname(
                hits,
                i,
                norm,
                &around,
                &candidates.persons,
                date,
                ctx,
                out,
            );
        }
        self.resolve_named(hits, i, norm, tokens, &around, &candidates, date, ctx, out)
    }

    /// A surname alone: [`Linker::given_name_before`], then [`Linker::surname_use`].
    #[allow(clippy::too_many_arguments)]
    fn resolve_surname(
        &self,
        hits: &mut [Hit],
        i: usize,
        norm: &Norm,
        around: &Surroundings,
        persons: &[u32],
        date: &str,
        ctx: &mut Context,
        out: &mut Vec<Found>,
    ) -> usize {
        let span = hits[i].span;
        let surface = &norm.original()[span.start..span.end];
        match self.given_name_before(hits, i, norm, around, persons) {
            Some(GivenName::Same { person, whole, fs }) => {
                let written = Some(format!(
                    "given name spelt another way: \"{}\"",
                    &norm.original()[whole.start..whole.end]
                ));
                out.push(
                    self.person_found(person, whole, date, MentionHow::Translit)
                        .because(LinkRule::Transliteration, written),
                );
                ctx.full_persons.insert(word_key(surface), person);
                ctx.mentioned.insert(person);
                hits[i].fs = fs;
                hits[i].used = true;
                return i + 1;
            }
            Some(GivenName::Other { whole }) => {
                ctx.deferred.insert(
                    word_key(surface),
                    unmix(&norm.original()[whole.start..whole.end]),
                );
                return i + 1;
            }
            None => {}
        }
        let found = match self.surname_use(&hits[i], norm, around, persons, date, ctx, out.last()) {
            SurnameUse::Weak => return i + 1,
            SurnameUse::Deferred { canonical } => {
                let full = Some(canonical.clone());
                unlinked_found(span, &Group { canonical }, MentionHow::PartialName)
                    .because(LinkRule::FullNameEarlier, full)
            }
            SurnameUse::Unlinked(group) => unlinked_found(span, &group, MentionHow::PartialName)
                .because(LinkRule::FullNameEarlier, Some(group.canonical.clone())),
            SurnameUse::Person(p) => {
                let found = self.person_found(p, span, date, MentionHow::PartialName);
                if ctx.full_persons.get(&word_key(surface)) == Some(&p) {
                    let full = Some(self.actor(p).canonical().to_string());
                    found.because(LinkRule::FullNameEarlier, full)
                } else if persons.len() == 1 {
                    found.because(LinkRule::OnlySurname, None)
                } else {
                    let active = format!(
                        "the only one of {} persons by this surname with a role at {date}",
                        persons.len()
                    );
                    found.because(LinkRule::OnlySurname, Some(active))
                }
            }
            SurnameUse::Ambiguous => Found {
                span,
                mention: Mention {
                    actor: None,
                    code: None,
                    canonical: Some(unmix(surface)),
                    entity_type: EntityType::Person,
                    how: Some(MentionHow::Ambiguous),
                    why: Vec::new(),
                },
            }
            .because(
                LinkRule::Undecided,
                Some(format!(
                    "{} persons by this surname, none named in full before",
                    persons.len()
                )),
            ),
        };
        out.push(found);
        hits[i].used = true;
        i + 1
    }

    /// A full name (or a name some actor has in full): [`Linker::choose`], [`Linker::reading`],
    /// then for a reading that stands [`Linker::is_locative`] and [`Linker::name_found`].
    #[allow(clippy::too_many_arguments)]
    fn resolve_named(
        &self,
        hits: &mut [Hit],
        i: usize,
        norm: &Norm,
        tokens: &[Token],
        around: &Surroundings,
        candidates: &Candidates,
        date: &str,
        ctx: &mut Context,
        out: &mut Vec<Found>,
    ) -> usize {
        let folded = norm.text();
        let span = hits[i].span;
        let surface = &norm.original()[span.start..span.end];
        let choice = self.choose(candidates, ctx);
        let unlinked = |entity_type: EntityType, how: MentionHow| Found {
            span,
            mention: Mention {
                actor: None,
                code: None,
                canonical: Some(surface.to_string()),
                entity_type,
                how: Some(how),
                why: Vec::new(),
            },
        };
        let others = || {
            let chosen = &self.actor(choice.actor).id;
            let mut names: Vec<&str> = candidates
                .names
                .iter()
                .chain(&candidates.persons)
                .map(|&c| self.actor(c))
                .filter(|a| &a.id != chosen)
                .map(|a| a.canonical())
                .collect();
            names.dedup();
            names.join(", ")
        };
        match self.reading(choice, &hits[i], folded, around, ctx) {
            Reading::PartOfName => return i + 1,
            Reading::Other(r) => {
                let cue = around
                    .before
                    .map(|b| format!("the word before: {}", &folded[b.s..b.e]));
                out.push(
                    unlinked(self.cues.readings[r].other_type, MentionHow::OtherReading)
                        .because(LinkRule::OtherReading, cue),
                );
                hits[i].used = true;
                return i + 1;
            }
            Reading::Undecided(entity_type) => {
                let detail = if choice.distinct {
                    format!("also the name of {}", others())
                } else {
                    "the article's words point to another reading".to_string()
                };
                out.push(
                    unlinked(entity_type, MentionHow::Ambiguous)
                        .because(LinkRule::Undecided, Some(detail)),
                );
                hits[i].used = true;
                return i + 1;
            }
            Reading::Actor => {}
        }
        let a_i = choice.actor;
        let person = self.actor(a_i).kind == EntityType::Person;
        let locative = !person && self.is_locative(around, tokens, folded);
        let detail = match choice.why {
            LinkRule::OnlyActor => None,
            _ => Some(format!("other candidates: {}", others())),
        };
        out.push(
            self.name_found(a_i, span, date, locative)
                .because(choice.why, detail),
        );
        if person {
            if let Some(last) = words(surface).last() {
                ctx.full_persons.insert(word_key(last), a_i);
            }
        }
        ctx.mentioned.insert(a_i);
        hits[i].used = true;
        i + 1
    }

    /// Whether a sector can be composed with this actor (not with persons).
    fn composable(&self, i: u32) -> bool {
        let a = self.actor(i);
        a.kind != EntityType::Person && self.code_of(a).is_some()
    }

    fn code_of<'a>(&'a self, a: &'a Actor) -> Option<&'a str> {
        match a.kind {
            EntityType::Place => a
                .country
                .as_deref()
                .and_then(|c| self.kb.get(c))
                .and_then(|c| c.cameo.as_deref()),
            _ => a.cameo.as_deref(),
        }
    }

    fn compose(&self, target: u32, sector: &str, span: Span, out: &mut Vec<Found>) {
        let a = self.actor(target);
        let (actor, base) = match a.kind {
            EntityType::Place => match a.country.as_deref().and_then(|c| self.kb.get(c)) {
                Some(c) => (c, c.cameo.as_deref()),
                None => (a, None),
            },
            _ => (a, a.cameo.as_deref()),
        };
        let Some(base) = base else { return };
        // A code that already carries the sector (the Kremlin is RUSGOV) is not extended twice.
        let code = if base.ends_with(sector) {
            base.to_string()
        } else {
            format!("{base}{sector}")
        };
        out.push(
            Found::linked(span, actor, Some(code), MentionHow::Agent)
                .because(LinkRule::SectorWithCountry, None),
        );
    }

    /// One person among candidates sharing a surname: the only one, or the only one holding a
    /// role at the date.
    fn pick_person(&self, persons: &[u32], date: &str) -> Option<u32> {
        if persons.len() == 1 {
            return Some(persons[0]);
        }
        let active: Vec<u32> = persons
            .iter()
            .copied()
            .filter(|&p| self.actor(p).code_at(date).is_some())
            .collect();
        (active.len() == 1).then(|| active[0])
    }

    /// A person's mention: the code of their role at `date` (with that reason), else their
    /// country's.
    fn person_found(&self, p: u32, span: Span, date: &str, how: MentionHow) -> Found {
        let a = self.actor(p);
        let role = a.role_at(date);
        let code = role.map(|r| r.code.clone()).or_else(|| a.country.clone());
        let mut found = Found::linked(span, a, code, how);
        found.mention.entity_type = EntityType::Person;
        if let Some(r) = role {
            let title = r.title.clone().unwrap_or_else(|| r.code.clone());
            found
                .mention
                .why
                .push(LinkWhy::new(LinkRule::RoleAtDate, Some(title)));
        }
        found
    }

    /// Capitalised words no exact spelling matched.
    #[allow(clippy::too_many_arguments)]
    fn unlinked(
        &self,
        norm: &Norm,
        tokens: &[Token],
        hits: &[Hit],
        skip: &[Span],
        date: &str,
        ctx: &mut Context,
        out: &mut Vec<Found>,
    ) {
        let folded = norm.text();
        // Tokens inside a resolved hit, marked once (hits and tokens are both in text order).
        let mut covered_tokens = vec![false; tokens.len()];
        for h in hits.iter().filter(|h| h.used) {
            let first = tokens.partition_point(|t| t.e <= h.fs);
            for (t, c) in tokens[first..].iter().zip(&mut covered_tokens[first..]) {
                if t.s >= h.fe {
                    break;
                }
                *c = true;
            }
        }
        let token_index = |t: &Token| tokens.partition_point(|x| x.s < t.s);
        let covered = |t: &Token| covered_tokens[token_index(t)];
        // Ends of sector mentions ("le président turc"), for titles of unknown names.
        let agent_ends: HashSet<usize> = out
            .iter()
            .filter(|f| f.mention.how == Some(MentionHow::Agent))
            .map(|f| f.span.end)
            .collect();
        let capital = |t: &Token| {
            let span = norm.span(t.s, t.e);
            let o = &norm.original()[span.start..span.end];
            is_capitalised(o)
                && o.chars().any(char::is_lowercase)
                && !self.cues.not_names.contains(&folded[t.s..t.e])
        };
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            if !capital(t) || covered(t) {
                k += 1;
                continue;
            }
            // A run of capitalised words, with particles inside ("Ursula von der Leyen").
            let mut end = k;
            let mut j = k + 1;
            while j < tokens.len() {
                let g = gap(folded, tokens[j - 1].e, tokens[j].s);
                if !g.is_empty() || tokens[j].sentence_start {
                    break;
                }
                if capital(&tokens[j]) && !covered(&tokens[j]) {
                    end = j;
                    j += 1;
                } else if self
                    .cues
                    .name_particles
                    .contains(&folded[tokens[j].s..tokens[j].e])
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let mut run = &tokens[k..=end];
            let next = end + 1;
            k = next;
            // Capitalised titles inside the run (German nouns, "Président" in a headline) are
            // not part of the name but say it is a person's.
            let mut title_inside = false;
            if let Some(p) = run
                .iter()
                .rposition(|t| self.cues.person_titles.contains(&folded[t.s..t.e]))
            {
                title_inside = true;
                run = &run[p + 1..];
                // "Sprecher des Auswärtigen Amts": a title of an institution, not a name.
                if run
                    .first()
                    .is_some_and(|t| self.cues.name_particles.contains(&folded[t.s..t.e]))
                {
                    continue;
                }
            }
            if run.is_empty() {
                continue;
            }
            let (fs, fe) = (run[0].s, run[run.len() - 1].e);
            let span = norm.span(fs, fe);
            if skip.iter().any(|b| b.contains(&span)) {
                continue;
            }
            let surface = &norm.original()[span.start..span.end];
            let last = &run[run.len() - 1];
            let last_span = norm.span(last.s, last.e);
            let last_surface = &norm.original()[last_span.start..last_span.end];
            let last_key = word_key(last_surface);
            let start = next - run.len();
            // A title right before ("le colonel Ivanov"), or a sector word composed with a
            // country right before ("le président turc Recep Tayyip Erdoğan").
            let titled = title_inside
                || start.checked_sub(1).map(|b| &tokens[b]).is_some_and(|b| {
                    gap_is_plain(folded, b.e, fs)
                        && self.cues.person_titles.contains(&folded[b.s..b.e])
                })
                || agent_ends.contains(&norm.original()[..span.start].trim_end().len());
            // 1. Transliteration key of the full name, then of the surname.
            if run.len() >= 2 {
                if let Some(&[p]) = self.full_keys.get(&name_key(surface)).map(Vec::as_slice) {
                    let key = Some(format!("transliteration key of \"{surface}\""));
                    out.push(
                        self.person_found(p, span, date, MentionHow::Translit)
                            .because(LinkRule::Transliteration, key),
                    );
                    ctx.full_persons.insert(last_key, p);
                    continue;
                }
                if let Some(&[p]) = self
                    .skeleton_keys
                    .get(&skeleton_key(surface))
                    .map(Vec::as_slice)
                {
                    let key = Some(format!("skeleton key of \"{surface}\""));
                    out.push(
                        self.person_found(p, span, date, MentionHow::Translit)
                            .because(LinkRule::Transliteration, key),
                    );
                    ctx.full_persons.insert(last_key, p);
                    continue;
                }
            }
            let given = run.len() >= 2 && self.given_names.contains(&folded[run[0].s..run[0].e]);
            // A capitalised first word of a sentence before a surname ("Встреча Путина") is
            // not part of the name.
            let sentence_word = run.len() == 2 && run[0].sentence_start && !given;
            if last_key.len() >= 4 && (run.len() == 1 || given || sentence_word) {
                let span = if sentence_word { last_span } else { span };
                if let Some(&p) = ctx.full_persons.get(&last_key) {
                    let full = Some(self.actor(p).canonical().to_string());
                    out.push(
                        self.person_found(p, span, date, MentionHow::PartialName)
                            .because(LinkRule::FullNameEarlier, full),
                    );
                    continue;
                }
                // A lone word found only through its key needs more than its spelling: a title
                // ("Minister Chrenin") or Cyrillic script (inflected forms).
                // Capitalised common words ("Grande", "Marine") meet surname keys too often for
                // the key alone to decide.
                if let Some(&[p]) = self.surname_keys.get(&last_key).map(Vec::as_slice) {
                    // With a given name, only the full-name key above may link: another given
                    // name means another person ("Marcel Prévost" is not Robert Prevost).
                    let cue = (titled || last_surface.chars().any(is_cyrillic)) && !given;
                    if cue {
                        let key = Some(format!(
                            "transliteration key of \"{last_surface}\", {}",
                            if titled {
                                "after a title"
                            } else {
                                "in Cyrillic"
                            }
                        ));
                        out.push(
                            self.person_found(p, span, date, MentionHow::Translit)
                                .because(LinkRule::Transliteration, key),
                        );
                        ctx.full_persons.insert(last_key, p);
                        continue;
                    }
                }
            }
            // 2. A surname alone after an unlinked full name of this article.
            if run.len() == 1 {
                if let Some(group) = ctx.unlinked.get(&last_key) {
                    out.push(
                        unlinked_found(span, group, MentionHow::PartialName)
                            .because(LinkRule::FullNameEarlier, Some(group.canonical.clone())),
                    );
                    continue;
                }
                // 3. Head word of an actor already named: "l'Alliance" after "l'OTAN".
                // Only organisations' head words: "Fédération" is not Russia again.
                if !run[0].sentence_start && run[0].e - run[0].s >= 4 {
                    let mentioned: Vec<u32> = self
                        .heads
                        .get(&folded[run[0].s..run[0].e])
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|a| {
                            ctx.mentioned.contains(a)
                                && !matches!(self.actor(*a).kind.as_str(), "country" | "place")
                        })
                        .collect();
                    if let [a] = mentioned[..] {
                        let actor = self.actor(a);
                        let head = format!("head word of {} named before", actor.canonical());
                        out.push(
                            Found::linked(
                                span,
                                actor,
                                self.code_of(actor).map(str::to_string),
                                MentionHow::PartialName,
                            )
                            .because(LinkRule::FullNameEarlier, Some(head)),
                        );
                        continue;
                    }
                }
            }
            // 4. A person-like name: a title or sector word before it, a known given name, or a
            // role after a comma.
            let role_after = {
                let rest = &folded[fe..];
                let rest = rest.trim_start();
                rest.starts_with(',')
                    && tokens[next..]
                        .iter()
                        .take(2)
                        .any(|t| self.cues.roles.contains(&folded[t.s..t.e]))
            };
            let deferred = run.len() >= 2 && ctx.deferred.contains_key(&last_key);
            if (run.len() >= 2 && (given || titled || role_after || deferred))
                || (run.len() == 1 && titled)
            {
                if run.len() == 1 && run[0].sentence_start && !titled {
                    continue;
                }
                let canonical = unmix(surface);
                let group = Group {
                    canonical: canonical.clone(),
                };
                let cue = if titled {
                    "person: a title or a role right before"
                } else if role_after {
                    "person: a role after the comma"
                } else if deferred {
                    "person: its surname was named before with this given name"
                } else {
                    "person: a known given name"
                };
                out.push(
                    unlinked_found(span, &group, MentionHow::Unlinked)
                        .because(LinkRule::UnlistedName, Some(cue.to_string())),
                );
                ctx.unlinked.insert(last_key, group);
            }
        }
    }
}

fn push_unique(v: &mut Vec<u32>, i: u32) {
    if !v.contains(&i) {
        v.push(i);
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Group {
    canonical: String,
}

fn unlinked_found(span: Span, group: &Group, how: MentionHow) -> Found {
    Found {
        span,
        mention: Mention {
            actor: None,
            code: None,
            canonical: Some(group.canonical.clone()),
            entity_type: EntityType::Person,
            how: Some(how),
            why: Vec::new(),
        },
    }
}

#[derive(Default)]
struct Context {
    /// Actors and countries the article names without ambiguity.
    support: HashSet<u32>,
    /// Readings whose article-level cues occur.
    other_readings: HashSet<usize>,
    /// Surname key → person named in full earlier in the article.
    full_persons: HashMap<String, u32>,
    /// Surname key → unlinked person named earlier in the article.
    unlinked: HashMap<String, Group>,
    /// Actors linked so far.
    mentioned: HashSet<u32>,
    /// Surname key → full form of an unknown person whose surname is also a known person's
    /// ("Ingrid Solberg").
    deferred: HashMap<String, String>,
    /// Spans of the verbs the sentence layer tagged: a sector word does not compose with a
    /// country adjective across one ("Troops attacked Ukrainian positions").
    verbs: Vec<Span>,
    /// The article names a weapon system without ambiguity ("HIMARS", "Leopard 2"): a weapon
    /// context for the ambiguous ones ("Patriot", "Leopard").
    weapons: bool,
}

#[derive(Debug)]
struct Hit<'a> {
    fs: usize,
    fe: usize,
    span: Span,
    entries: Cow<'a, [Entry]>,
    used: bool,
}

impl Hit<'_> {
    fn has(&self, k: Kind) -> bool {
        self.entries.iter().any(|e| e.kind == k)
    }
    fn is_only(&self, k: Kind) -> bool {
        self.entries.iter().all(|e| e.kind == k)
    }
    fn agent(&self) -> Option<u32> {
        self.entries
            .iter()
            .find(|e| e.kind == Kind::Agent)
            .map(|e| e.target)
    }
    fn adjective(&self) -> Option<u32> {
        self.entries
            .iter()
            .find(|e| e.kind == Kind::Adjective)
            .map(|e| e.target)
    }
    fn name(&self) -> Option<u32> {
        self.entries
            .iter()
            .find(|e| e.kind == Kind::Name)
            .map(|e| e.target)
    }
}

/// Whether a hit has an entry of kind `k` whose target passes `f`.
fn has_kind(h: &Hit, k: Kind, f: impl Fn(u32) -> bool) -> bool {
    h.entries.iter().any(|e| e.kind == k && f(e.target))
}

#[derive(Debug, Clone, Copy)]
struct Token {
    s: usize,
    e: usize,
    /// First word of a sentence, a line, a quotation or a parenthesis.
    sentence_start: bool,
}

/// Words of the folded text, from the pipeline's tokens (`vigie_text::tokens` of the original
/// text): their runs of letters and digits, with inner hyphens ("porte-parole", and "a–b" whose
/// dash folds to one), apostrophes separating them ("l'", "ukraine"). A word starts a sentence
/// when it is the first, or follows a line break or a token `.!?:;«"“”([•`.
fn tokenize(norm: &Norm<'_>) -> Vec<Token> {
    let folded = norm.text();
    let original = norm.original();
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut sentence_start = true;
    let mut prev_hyphen_at = None;
    let mut prev_end: Option<usize> = None;
    let shared = vigie_text::folded_tokens(original, Span::new(0, original.len()), |o| {
        norm.to_folded(o)
    });
    for t in shared {
        // White space between two tokens ends a word; a line break starts a sentence.
        if let Some(gap_at) = prev_end.filter(|&e| e != t.start) {
            if let Some(s) = start.take() {
                let e = prev_hyphen_at.take().unwrap_or(gap_at);
                tokens.push(Token {
                    s,
                    e,
                    sentence_start,
                });
                sentence_start = false;
            }
            prev_hyphen_at = None;
        }
        if t.after_line_break {
            sentence_start = true;
        }
        prev_end = Some(t.end);
        for (k, c) in folded[t.start..t.end].char_indices() {
            let i = t.start + k;
            if c.is_alphanumeric() {
                if start.is_none() {
                    start = Some(i);
                }
                prev_hyphen_at = None;
                continue;
            }
            if c == '-' && start.is_some() && prev_hyphen_at.is_none() {
                prev_hyphen_at = Some(i);
                continue;
            }
            if let Some(s) = start.take() {
                let e = prev_hyphen_at.take().unwrap_or(i);
                tokens.push(Token {
                    s,
                    e,
                    sentence_start,
                });
                sentence_start = false;
            }
            prev_hyphen_at = None;
            if matches!(
                c,
                '.' | '!' | '?' | ':' | '«' | '"' | '“' | '”' | '(' | '[' | '•' | '—' | '–' | ';'
            ) {
                sentence_start = true;
            }
        }
    }
    if let (Some(s), Some(end)) = (start, prev_end) {
        let e = prev_hyphen_at.unwrap_or(end);
        tokens.push(Token {
            s,
            e,
            sentence_start,
        });
    }
    tokens
}

impl Token {
    /// A capitalised function word that only starts a sentence ("Le", "The").
    fn sentence_start_only_word(&self, folded: &str, cues: &Cues) -> bool {
        cues.not_names.contains(&folded[self.s..self.e])
    }
}

fn token_at(tokens: &[Token], fs: usize) -> Option<usize> {
    let i = tokens.partition_point(|t| t.e <= fs);
    (i < tokens.len() && tokens[i].s <= fs).then_some(i)
}

/// The text between two folded offsets, trimmed of spaces ("" when only spaces).
fn gap(folded: &str, a: usize, b: usize) -> &str {
    if a >= b {
        return "";
    }
    folded[a..b].trim()
}

/// True when only spaces or an elided article separate the two offsets.
fn gap_is_plain(folded: &str, a: usize, b: usize) -> bool {
    a >= b || folded[a..b].chars().all(|c| c == ' ' || c == '\'')
}

fn is_one_lowercase_word(g: &str) -> bool {
    !g.is_empty() && g.chars().all(|c| c.is_alphabetic() || c == '-')
}

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn boundary_before(folded: &str, s: usize) -> bool {
    folded[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(folded: &str, e: usize) -> bool {
    folded[e..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// `word` occurs in `folded` on word boundaries.
fn contains_word(folded: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(p) = folded[from..].find(word) {
        let s = from + p;
        let e = s + word.len();
        if boundary_before(folded, s) && boundary_after(folded, e) {
            return true;
        }
        from = s + word.len();
    }
    false
}

/// The folded text, repaired where a word mixes scripts ("Skabeі" with a Cyrillic і is matched
/// as "skabei"), with a map back to the original.
enum Norm<'a> {
    Plain(Folded<'a>),
    Repaired {
        original: &'a str,
        text: String,
        origin: Vec<u32>,
    },
}

impl<'a> Norm<'a> {
    fn new(original: &'a str) -> Norm<'a> {
        let f = Folded::new(original);
        if !has_mixed_word(&f.text) {
            return Norm::Plain(f);
        }
        let origin: Vec<u32> = (0..f.text.len())
            .map(|i| {
                if f.text.is_char_boundary(i) {
                    f.to_original(i, i + 1).start as u32
                } else {
                    0
                }
            })
            .collect();
        let mut text = String::with_capacity(f.text.len());
        let mut map = Vec::with_capacity(f.text.len());
        let mut word_start = 0;
        let chars: Vec<(usize, char)> = f.text.char_indices().collect();
        let mut idx = 0;
        while idx <= chars.len() {
            let at_end = idx == chars.len();
            let is_alpha = !at_end && chars[idx].1.is_alphabetic();
            if is_alpha {
                idx += 1;
                continue;
            }
            // Word chars[word_start..idx], then the separator.
            if word_start < idx {
                let s = chars[word_start].0;
                let e = if at_end { f.text.len() } else { chars[idx].0 };
                let w = &f.text[s..e];
                match unmix_word(w) {
                    Some(fixed) if fixed.chars().count() == w.chars().count() => {
                        for ((bi, _), c) in f.text[s..e].char_indices().zip(fixed.chars()) {
                            let o = origin[s + bi];
                            text.push(c);
                            map.extend(std::iter::repeat_n(o, c.len_utf8()));
                        }
                    }
                    _ => {
                        for (bi, c) in w.char_indices() {
                            let o = origin[s + bi];
                            text.push(c);
                            map.extend(std::iter::repeat_n(o, c.len_utf8()));
                        }
                    }
                }
            }
            if !at_end {
                let (bi, c) = chars[idx];
                text.push(c);
                map.extend(std::iter::repeat_n(origin[bi], c.len_utf8()));
            }
            idx += 1;
            word_start = idx;
        }
        Norm::Repaired {
            original,
            text,
            origin: map,
        }
    }

    fn original(&self) -> &'a str {
        match self {
            Norm::Plain(f) => f.original,
            Norm::Repaired { original, .. } => original,
        }
    }

    fn text(&self) -> &str {
        match self {
            Norm::Plain(f) => &f.text,
            Norm::Repaired { text, .. } => text,
        }
    }

    /// The offset in the normalised text of the first byte the character at original offset
    /// `o` produced.
    fn to_folded(&self, o: usize) -> usize {
        match self {
            Norm::Plain(f) => f.to_folded(o),
            Norm::Repaired { origin, .. } => origin.partition_point(|&x| (x as usize) < o),
        }
    }

    fn span(&self, s: usize, e: usize) -> Span {
        match self {
            Norm::Plain(f) => f.to_original(s, e),
            Norm::Repaired {
                original, origin, ..
            } => {
                let start = origin[s] as usize;
                let last = origin[e - 1] as usize;
                let len = original[last..].chars().next().map_or(0, char::len_utf8);
                Span::new(start, last + len)
            }
        }
    }
}

/// True when some word mixes Latin and Cyrillic letters.
fn has_mixed_word(folded: &str) -> bool {
    // Cyrillic letters are U+0400–U+052F, whose UTF-8 lead bytes are 0xD0–0xD4: texts without
    // one (almost all Latin-script news) skip the character scan.
    if !folded.bytes().any(|b| (0xD0..=0xD4).contains(&b)) {
        return false;
    }
    let (mut lat, mut cyr) = (false, false);
    for c in folded.chars() {
        if c.is_ascii_alphabetic() {
            lat = true;
        } else if is_cyrillic(c) {
            cyr = true;
        } else if !c.is_alphabetic() {
            if lat && cyr {
                return true;
            }
            lat = false;
            cyr = false;
        }
    }
    lat && cyr
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_inside_a_composed_span_is_seen() {
        let verbs = [Span::new(7, 15), Span::new(40, 44)];
        // "Troops attacked Ukrainian": the verb lies between the sector word and the adjective.
        assert!(verb_within(&verbs, Span::new(0, 25)));
        assert!(!verb_within(&verbs, Span::new(16, 39)));
        assert!(!verb_within(&verbs, Span::new(41, 60)));
        assert!(!verb_within(&[], Span::new(0, 25)));
    }

    #[test]
    fn a_name_capitalised_after_an_article_needs_that_capital() {
        assert_eq!(case_of("the West"), Case::UpperAt(1));
        assert_eq!(case_of("l'Occident"), Case::UpperAt(1));
        assert_eq!(case_of("pays occidentaux"), Case::Any);
        assert_eq!(case_of("Kremlin"), Case::Upper);
        assert_eq!(case_of("NATO"), Case::AllCaps);
        assert_eq!(case_of("Vingt-Sept"), Case::UpperParts(0b11));
        assert_eq!(case_of("Kosiniak-Kamysz"), Case::UpperParts(0b11));
        assert_eq!(case_of("Bosnie-Herzégovine"), Case::UpperParts(0b11));
        assert_eq!(case_of("Saint-Pétersbourg"), Case::UpperParts(0b11));
        assert_eq!(hyphen_capitals("Vingt-sept"), 0b01);
        assert_eq!(case_of("Porte-parole"), Case::Upper);
    }

    #[test]
    fn words_come_from_the_shared_tokens_with_sentence_starts() {
        let text = "M. Macron, porte-parole de l’Élysée –
le 1er mai « Non » 10km a–b";
        let norm = Norm::new(text);
        let f = norm.text();
        let got: Vec<(&str, bool)> = tokenize(&norm)
            .iter()
            .map(|t| (&f[t.s..t.e], t.sentence_start))
            .collect();
        assert_eq!(
            got,
            [
                ("m", true),
                ("macron", true),
                ("porte-parole", false),
                ("de", false),
                ("l", false),
                ("elysee", false),
                ("le", true),
                ("1er", false),
                ("mai", false),
                ("non", true),
                ("10km", false),
                ("a-b", false),
            ]
        );
    }
}

#[cfg(test)]
mod why_tests {
    use super::fixture::linker;
    use vigie_core::LinkRule;

    /// (surface, rules) of each mention of `text`.
    fn reasons(text: &str) -> Vec<(String, Vec<LinkRule>)> {
        let l = linker();
        l.link(text, "2020-01-01", &[])
            .into_iter()
            .map(|f| {
                let rules = f.mention.why.iter().map(|w| w.rule).collect();
                (text[f.span.start..f.span.end].to_string(), rules)
            })
            .collect()
    }

    #[test]
    fn every_link_says_which_rules_chose_its_actor_then_its_code() {
        let got = reasons(
            "Alexander Lukashenko arrive. Lukashenko parle. Minsk a répondu. Il vit à Minsk. Les troupes biélorusses attendent.",
        );
        let of = |s: &str| {
            got.iter()
                .filter(|(x, _)| x == s)
                .map(|(_, r)| r.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            of("Alexander Lukashenko"),
            [[LinkRule::OnlyActor, LinkRule::RoleAtDate]],
            "{got:?}"
        );
        assert_eq!(
            of("Lukashenko"),
            [[LinkRule::FullNameEarlier, LinkRule::RoleAtDate]],
            "{got:?}"
        );
        assert_eq!(
            of("Minsk"),
            [
                [LinkRule::OnlyActor, LinkRule::MetonymSubject],
                [LinkRule::OnlyActor, LinkRule::Locative]
            ],
            "{got:?}"
        );
        assert_eq!(
            of("troupes biélorusses"),
            [[LinkRule::SectorWithCountry]],
            "{got:?}"
        );
    }
}
