//! The coder proper: sentence by sentence, trigger hits → actors → modality → [`Event`]s.

use vigie_core::fold::Folded;
use vigie_core::{
    AnnotationData, Document, EntityType, Event, Hypothetical, Layer, Mention, MentionHow, Quote,
    Span, Stage, StageError,
};

use crate::codes::CameoTable;
use crate::lexicon::{Language, Lexicons, Voice, WordSet, CUE_KINDS};
use crate::phrase::{tokenize, Hit, Token};
use crate::tree::{Found, SentenceMention, TreeCoder, TreeLanguage};
use crate::Error;

/// Which coder reads a sentence that has UD words and a predicate lexicon in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CoderKind {
    /// Trigger phrases on folded text, actors by position (`events.toml`): every sentence.
    /// Kept for languages without a syntax model and for comparison (`--coder phrase`).
    Phrase,
    /// Predicates and their arguments over the dependency tree (`predicates.toml`,
    /// `clauses.toml`); the phrase coder still reads sentences without words or lexicon.
    /// The default: on news sentences its rules were not written from it codes better
    /// (README, Accuracy).
    #[default]
    Tree,
}

/// Loaded code table and lexicons; codes documents. Shared by all worker threads.
#[derive(Debug, Clone)]
pub struct EventCoder {
    table: CameoTable,
    lex: Lexicons,
    tree: TreeCoder,
    kind: CoderKind,
}

/// The pipeline stage: adds `Event` annotations (span = the evidence sentence).
#[derive(Debug, Clone)]
pub struct EventStage {
    coder: EventCoder,
}

impl EventStage {
    /// Builds the stage from the embedded data. The data is checked by this crate's tests, so a
    /// failure here is a packaging bug; use [`EventStage::try_new`] to handle it instead.
    pub fn new() -> Self {
        Self::try_new().expect("embedded CAMEO table and event lexicons are valid")
    }
    pub fn try_new() -> Result<Self, Error> {
        Ok(EventStage {
            coder: EventCoder::load()?,
        })
    }
    /// The stage with the chosen coder for sentences that have UD words.
    pub fn with_coder(kind: CoderKind) -> Result<Self, Error> {
        let mut coder = EventCoder::load()?;
        coder.kind = kind;
        Ok(EventStage { coder })
    }
    pub fn coder(&self) -> &EventCoder {
        &self.coder
    }
}

impl Default for EventStage {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let events = self.coder.code(doc);
        for (span, e) in events {
            doc.annotate(span, e);
        }
        Ok(())
    }
}

/// An actor mention located in a sentence's tokens.
#[derive(Debug, Clone)]
struct Ment<'a> {
    span: Span,
    first: usize,
    last: usize,
    m: &'a Mention,
    surface: &'a str,
    /// The code of the title before a person's name, when the person has none of its own
    /// ("Serbian President Vojislav Kostunica" → SRBGOV).
    title_code: Option<String>,
    /// The country of a people named by two demonyms ("Bosnian Serbs", "Iraqi Kurds",
    /// "Croatian Serb refugees"): the first names where they are from, as CAMEO codes them.
    owner: Option<&'a Mention>,
}

impl Ment<'_> {
    fn name(&self) -> String {
        self.m
            .canonical
            .clone()
            .or_else(|| self.m.actor.clone())
            .unwrap_or_else(|| self.surface.to_string())
    }
    /// Identity used to tell two mentions of the same actor apart from different actors.
    fn key(&self) -> String {
        self.m
            .actor
            .clone()
            .or_else(|| self.m.code.clone())
            .unwrap_or_else(|| self.name())
    }
    /// A place that is not standing for an actor ("Moscou" as the Russian government is a
    /// metonym, hence an actor).
    fn is_place(&self) -> bool {
        self.m.entity_type == EntityType::Place && self.m.how != Some(MentionHow::Metonym)
    }
}

/// An actor as an event holds it.
#[derive(Debug, Clone, PartialEq)]
struct Actor {
    name: String,
    code: Option<String>,
    key: String,
    /// The country code of a state actor or of one of its people (None for international
    /// organisations and for actors without a code).
    state: Option<String>,
    /// An actor without a code named by a bare domestic title ("President Mugabe").
    titled: bool,
}

impl Actor {
    fn of(m: &Ment) -> Actor {
        let code = m.m.code.clone().or_else(|| m.title_code.clone());
        if let Some(o) = m.owner {
            let country = o.code.as_deref().and_then(|c| c.get(..3));
            let sector = code.as_deref().and_then(|c| c.get(3..)).unwrap_or("");
            if let Some(country) = country {
                let mut a = Actor::in_country(country, sector, o);
                // A people of a country is not the country itself ("Bosnian Serbs demanded …
                // in east Bosnia"): its own key.
                a.key = format!("{}/{}", a.key, m.key());
                return a;
            }
        }
        // An organisation is a state's own body only when its code carries a sector after the
        // country ("UKRMIL"); short organisation codes (NATO, OSCE, G20) are international.
        let state = if m.m.entity_type == EntityType::Organisation
            && code.as_ref().is_some_and(|c| c.len() < 6)
        {
            None
        } else {
            state_of(code.as_deref())
        };
        Actor {
            name: m.name(),
            code,
            key: m.key(),
            state,
            titled: false,
        }
    }
    /// `m` as a body or people of `country` (owner mention `o`), keeping its sector.
    fn in_country(country: &str, sector: &str, o: &Mention) -> Actor {
        Actor {
            name: o.canonical.clone().unwrap_or_else(|| country.to_string()),
            code: Some(format!("{country}{sector}")),
            key: o.actor.clone().unwrap_or_else(|| country.to_string()),
            state: Some(country.to_string()),
            titled: false,
        }
    }
    /// An actor known only by a name and a code (a quoted speaker).
    fn named(name: &str, code: Option<&String>) -> Actor {
        Actor {
            name: name.to_string(),
            code: code.cloned(),
            key: code.cloned().unwrap_or_else(|| name.to_string()),
            state: state_of(code.map(String::as_str)),
            titled: false,
        }
    }
}

/// The country part of a CAMEO actor code: its first three letters, unless they name an
/// international or transnational class (IGO, NGO, IMG, MNC) rather than a country.
fn state_of(code: Option<&str>) -> Option<String> {
    let p = code?.get(..3)?;
    (p.bytes().all(|b| b.is_ascii_uppercase()) && !matches!(p, "IGO" | "NGO" | "IMG" | "MNC"))
        .then(|| p.to_string())
}

/// The per-sentence view the coder works on.
struct Ctx<'a> {
    lang: &'a Language,
    folded: &'a str,
    tokens: &'a [Token],
    ments: &'a [Ment<'a>],
    cues: &'a [Hit],
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.folded[t.start..t.end]
    }
    /// The word before token `i`, skipping articles.
    fn prev_word(&self, i: usize) -> Option<&str> {
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
    fn nominal(&self, i: usize) -> bool {
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
    fn opener_between(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|j| self.lang.hypothesis_openers.has(self.word(j)))
    }
    /// Whether the word at `i` is joined by a hyphen to the word before it ("Israeli-occupied").
    fn hyphen_compound(&self, i: usize) -> bool {
        let before = &self.folded[..self.tokens[i].start];
        before
            .strip_suffix('-')
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    }
    /// Whether the word at `i` has a present-participle ending ("demanding").
    fn participle(&self, i: usize) -> bool {
        let w = self.word(i);
        self.lang
            .participle_suffixes
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s.as_str()))
    }
    /// A determiner or a number ("two British soldiers", "23 people"), as may come between a
    /// verb and its object.
    fn determiner_or_number(&self, i: usize) -> bool {
        let w = self.word(i);
        self.lang.determiners.has(w) || w.bytes().any(|b| b.is_ascii_digit())
    }
    /// "A member of the Syrian parliament, …, started a hunger strike": a group word and a
    /// partitive preposition before a body or country make it the doers' own (not a person:
    /// supporters of a politician are not the politician).
    fn members_of(&self, m: &Ment) -> bool {
        // (A person titled by the body, "the Syrian parliament, Mohammed Mamoun", is its
        // member.)
        if m.m.entity_type == EntityType::Person && m.title_code.is_none() {
            return false;
        }
        let mut j = m.first;
        while j > 0 && self.lang.determiners.has(self.word(j - 1)) {
            j -= 1;
        }
        j >= 2
            && self.lang.partitive_preps.has(self.word(j - 1))
            && self.lang.domestic_actor_words.has(self.word(j - 2))
    }
    fn is_oblique(&self, m: &Ment) -> bool {
        self.prev_word(m.first)
            .is_some_and(|w| self.lang.oblique_preps.has(w) || self.lang.agent_preps.has(w))
    }
    fn after_any(&self, m: &Ment, preps: &[String]) -> bool {
        self.prev_word(m.first)
            .is_some_and(|w| preps.iter().any(|p| p == w))
    }
    fn after_set(&self, m: &Ment, preps: &WordSet) -> bool {
        self.prev_word(m.first).is_some_and(|w| preps.has(w))
    }
    fn cue_kind(&self, h: &Hit) -> &'static str {
        CUE_KINDS[h.payload]
    }
    /// True when a clause break (punctuation or a clause-break word) lies between tokens
    /// `a < b`.
    fn clause_break_between(&self, a: usize, b: usize) -> bool {
        if self.tokens[a].clause != self.tokens[b].clause {
            return true;
        }
        self.cues
            .iter()
            .any(|h| self.cue_kind(h) == "clause_break" && h.first > a && h.last < b)
    }
    /// "ethnic Albanians … in Serbia": a people named as a minority is coded with the country
    /// the sentence places it in (CAMEO codes domestic groups by their state), keeping its
    /// sector.
    fn minority(&self, m: &Ment) -> Option<Actor> {
        if m.first == 0 || !self.lang.minority_markers.has(self.word(m.first - 1)) {
            return None;
        }
        let own = m.m.code.as_deref()?;
        let home = self.ments.iter().find(|h| {
            h.m.entity_type == EntityType::Country
                && h.m.how == Some(MentionHow::Name)
                && self.after_set(h, &self.lang.country_location_preps)
                && !same_country(h.m.code.as_deref(), Some(own))
        })?;
        let country = home.m.code.as_deref()?.get(..3)?;
        Some(Actor::in_country(
            country,
            own.get(3..).unwrap_or(""),
            home.m,
        ))
    }
    /// "Pakistan, a key U.S. ally in the war, has refused…": an actor inside an apposition
    /// (a clause opened by an article right after a mention and a comma, and closed by the
    /// comma before the verb at `verb`) describes the head; the head is the subject.
    fn apposition_head(&self, i: usize, verb: usize) -> Option<usize> {
        let m = &self.ments[i];
        let comma_before = |j: usize| {
            j > 0 && self.folded[self.tokens[j - 1].end..self.tokens[j].start].contains(',')
        };
        // The comma closing the apposition, between the actor and the verb.
        if !(m.last + 1..=verb).any(comma_before) {
            return None;
        }
        // The head: the mention just before, followed by a comma and an article.
        let h = (0..i).rev().find(|&h| self.ments[h].last < m.first)?;
        let open = self.ments[h].last + 1;
        (open <= m.first
            && comma_before(open)
            && self.lang.determiners.has(self.word(open))
            && !(open + 1..=m.first).any(comma_before)
            && !self.is_oblique(&self.ments[h])
            && !self.ments[h].is_place())
        .then_some(h)
    }
    /// Whether token `i` lies in a clause opened by a condition word ("… if he gave them a
    /// veto over any settlement reached in peace talks"): such an act is a condition, not a
    /// fact.
    fn in_hypothesis(&self, i: usize) -> bool {
        let clause = self.tokens[i].clause;
        (0..i)
            .rev()
            .take_while(|&j| self.tokens[j].clause == clause)
            .any(|j| self.lang.hypothesis_openers.has(self.word(j)))
    }
    /// The country of the first place the clause puts the act in, after the trigger ("at
    /// targets in Jericho" → Palestine), as an actor.
    fn territory(&self, hit: &Hit) -> Option<Actor> {
        let m = self.ments.iter().find(|m| {
            m.first > hit.last
                && !self.clause_break_between(hit.last, m.first)
                && ((m.is_place() && self.after_set(m, &self.lang.location_preps))
                    || (m.m.entity_type == EntityType::Country
                        && self.after_set(m, &self.lang.country_location_preps)))
        })?;
        let country = state_of(m.m.code.as_deref())?;
        Some(Actor {
            name: country.clone(),
            key: format!("territory:{country}"),
            code: Some(country.clone()),
            state: Some(country),
            titled: false,
        })
    }
    /// True when a clause-break word ("but", "while", "however") lies between tokens `a < b`:
    /// what follows it is a new statement, not the content of what came before.
    fn contrast_between(&self, a: usize, b: usize) -> bool {
        self.cues
            .iter()
            .any(|h| self.cue_kind(h) == "clause_break" && h.first > a && h.last < b)
    }
    /// Mentions coordinated with `m` ("la Grande-Bretagne et la France"), in text order.
    fn coordinated(&self, idx: usize, forward: bool) -> Vec<usize> {
        let mut out = vec![idx];
        let mut cur = idx;
        loop {
            let next = if forward {
                cur + 1
            } else if cur == 0 {
                break;
            } else {
                cur - 1
            };
            let Some(n) = self.ments.get(next) else { break };
            let (a, b) = if forward {
                (&self.ments[cur], n)
            } else {
                (n, &self.ments[cur])
            };
            if b.first <= a.last {
                break;
            }
            // A list of countries runs across commas ("to Iran, Libya, North Korea, Sudan, and
            // Cuba"): one comma between two countries joins them like a conjunction. Other
            // mentions stop at a comma, which more often opens an apposition or a new clause.
            let clauses = self.tokens[b.first].clause - self.tokens[a.last].clause;
            // Countries named by their names only: "the Israeli army" after a comma is more
            // often a reporter ("…, the Israeli army said") than a list item.
            // Nor is a possessive ("…, South Korea's defense ministry said").
            let possessive = self.folded[self.tokens[b.last].end..].starts_with(['\'', '’']);
            let comma_list = clauses == 1
                && !possessive
                && [a, b].iter().all(|m| {
                    m.m.entity_type == EntityType::Country && m.m.how == Some(MentionHow::Name)
                })
                && self.folded[self.tokens[a.last].end..self.tokens[b.first].start]
                    .trim_start()
                    .starts_with(',');
            if clauses != 0 && !comma_list {
                break;
            }
            let gap: Vec<&str> = (a.last + 1..b.first).map(|i| self.word(i)).collect();
            if comma_list && gap.iter().any(|w| !self.lang.coordinators.has(w)) {
                break;
            }
            let has_conj = comma_list || gap.iter().any(|w| self.lang.coordinators.has(w));
            let only_small = gap.len() <= 3
                && gap
                    .iter()
                    .all(|w| self.lang.coordinators.has(w) || self.lang.determiners.has(w));
            if !(has_conj && only_small) {
                break;
            }
            out.push(next);
            cur = next;
        }
        if !forward {
            out.reverse();
        }
        out
    }
}

/// What the tree coder's events take from their sentence besides the findings.
#[derive(Clone, Copy)]
struct TreeSentence<'a> {
    sent: Span,
    dates: &'a [(Span, &'a str)],
    published: Option<&'a str>,
    territorial_roots: &'a [String],
    reciprocal_roots: &'a [String],
}

/// Modality found for one trigger.
#[derive(Debug, Default)]
struct Modality {
    negated: bool,
    kind: Option<Hypothetical>,
    alleged: bool,
    attributed_at: Option<usize>,
}

impl EventCoder {
    pub fn load() -> Result<EventCoder, Error> {
        let table = CameoTable::load()?;
        let lex = Lexicons::load(&table)?;
        let tree = TreeCoder::load(&table)?;
        Ok(EventCoder {
            table,
            lex,
            tree,
            kind: CoderKind::default(),
        })
    }

    pub fn kind(&self) -> CoderKind {
        self.kind
    }

    pub fn tree(&self) -> &TreeCoder {
        &self.tree
    }

    pub fn table(&self) -> &CameoTable {
        &self.table
    }

    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// The events of a document, each with the span of its evidence sentence.
    pub fn code(&self, doc: &Document) -> Vec<(Span, Event)> {
        let langs: Vec<&Language> = match doc
            .meta
            .language
            .as_deref()
            .and_then(|l| self.lex.languages.get(l))
        {
            Some(l) => vec![l],
            // Unknown language: every lexicon is tried (each only fires on its own words).
            None => {
                let mut v: Vec<&Language> = self.lex.languages.values().collect();
                v.sort_by(|a, b| a.code.cmp(&b.code));
                v
            }
        };
        if langs.is_empty() {
            return Vec::new();
        }
        let folded = Folded::new(&doc.text);
        let boiler: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        let mut sentences: Vec<Span> = doc
            .layer(Layer::Sentence)
            .map(|a| a.span)
            .filter(|s| !boiler.iter().any(|b| b.contains(s)))
            .collect();
        if sentences.is_empty() {
            sentences = fallback_sentences(doc, &boiler);
        }
        sentences.sort();
        let mut mentions: Vec<(Span, &Mention)> = doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                AnnotationData::Mention(m) => Some((a.span, m)),
                _ => None,
            })
            .collect();
        mentions.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let quotes: Vec<(Span, &Quote)> = doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                AnnotationData::Quote(q) => Some((a.span, q)),
                _ => None,
            })
            .collect();
        let dates: Vec<(Span, &str)> = doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                AnnotationData::Date(d) if d.kind != vigie_core::DateKind::Dateline => {
                    d.resolved.as_deref().map(|r| (a.span, r))
                }
                _ => None,
            })
            .collect();
        let published = doc
            .meta
            .published
            .as_deref()
            .map(|p| p[..p.len().min(10)].to_string());

        // The UD words of each sentence, for the tree coder.
        let tree_lang: Option<&TreeLanguage> = match self.kind {
            CoderKind::Tree => doc
                .meta
                .language
                .as_deref()
                .and_then(|l| self.tree.languages.get(l)),
            CoderKind::Phrase => None,
        };
        let sentence_words: std::collections::HashMap<usize, &[vigie_core::SyntaxWord]> =
            match tree_lang {
                Some(_) => doc
                    .annotations
                    .iter()
                    .filter_map(|a| match &a.data {
                        AnnotationData::Sentence(s) if !s.words.is_empty() => {
                            Some((a.span.start, s.words.as_slice()))
                        }
                        _ => None,
                    })
                    .collect(),
                None => Default::default(),
            };
        let mut out = Vec::new();
        let mut tokens = Vec::new();
        let mut hits = Vec::new();
        let mut cues = Vec::new();
        let mut last_subject: Option<Actor> = None;
        let headline = sentences.first().copied();
        // Headings and captions (short lines without final punctuation) restate the body
        // telegraphically and are not coded (the French dev gold codes none); a document of
        // one line or one sentence is coded whatever its punctuation.
        let several = sentences.len() > 1
            && doc
                .text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .nth(1)
                .is_some();
        for sent in sentences {
            if several && vigie_text::is_heading(&doc.text, sent) {
                continue;
            }
            let mut first_source: Option<Actor> = None;
            let sentence_start = out.len();
            // Whether each event of this sentence came from a generic pattern.
            let mut generic: Vec<bool> = Vec::new();
            // Last token of the first trigger that gave an event in this sentence.
            let mut main_trigger_end: Option<usize> = None;
            // CAMEO code of that first event.
            let mut main_code: Option<String> = None;
            let fs = folded.to_folded(sent.start);
            let fe = folded.to_folded(sent.end);
            tokens.clear();
            tokenize(&folded, sent, &mut tokens);
            if tokens.is_empty() {
                continue;
            }
            // With one language (the usual case) its triggers are found once, before the
            // mentions are merged: a title and a name are not merged across a trigger.
            hits.clear();
            if let [lang] = langs.as_slice() {
                lang.triggers.find(&folded.text, &tokens, fs, fe, &mut hits);
            }
            let ments: Vec<Ment> = mentions
                .iter()
                .filter(|(s, _)| sent.contains(s))
                .filter_map(|&(span, m)| {
                    let ms = folded.to_folded(span.start);
                    let me = folded.to_folded(span.end);
                    let first = tokens.partition_point(|t| t.end <= ms);
                    let last = tokens.partition_point(|t| t.start < me).checked_sub(1)?;
                    (first <= last).then(|| Ment {
                        span,
                        first,
                        last,
                        m,
                        surface: doc.slice(span),
                        title_code: None,
                        owner: None,
                    })
                })
                // Nested mentions ("forces armées biélorusses" ⊃ "biélorusses"): keep the outer.
                // A title right before a name ("le président turc Recep Tayyip Erdoğan"), or a
                // description before a name in apposition, stands for the person named.
                .fold(Vec::new(), |mut acc: Vec<Ment>, m| {
                    match acc.last() {
                        Some(p) if p.last >= m.first => {}
                        // "Bosnian Serbs": a country adjective right before a demonym or a
                        // group of another country.
                        Some(p)
                            if p.last + 1 == m.first
                                && p.m.how == Some(MentionHow::Adjective)
                                && m.m.how != Some(MentionHow::Name)
                                && p.m.entity_type == EntityType::Country
                                && m.m.entity_type == EntityType::Country
                                && p.owner.is_none()
                                && !same_country(p.m.code.as_deref(), m.m.code.as_deref()) =>
                        {
                            let mut m = m;
                            m.owner = Some(p.m);
                            m.first = p.first;
                            m.span = Span::new(p.span.start, m.span.end);
                            *acc.last_mut().unwrap() = m;
                        }
                        // "Zimbabwean Prime Minister Robert Mugabe": up to four title words
                        // between, within the clause, when the person has no code of its own.
                        Some(p)
                            if m.m.entity_type == EntityType::Person
                                && p.m.entity_type != EntityType::Person
                                // A pronoun the coreference stage resolved has no title.
                                && m.m.how != Some(MentionHow::Coreference)
                                && (p.last + 1 == m.first
                                    || (m.m.code.is_none()
                                        && p.m.code.is_some()
                                        && m.first <= p.last + 5
                                        && tokens[p.last].clause == tokens[m.first].clause
                                        // An event trigger between them is the verb of a
                                        // clause, not a title word ("Kenya demanded that
                                        // President Odhiambo…").
                                        && !hits
                                            .iter()
                                            .any(|h| h.first > p.last && h.first < m.first))
                                    // "le ministre russe des Affaires étrangères, Sergueï
                                    // Lavrov": a title in apposition, across the comma,
                                    // when both codes name the same country.
                                    || (p.m.how == Some(MentionHow::Agent)
                                        && m.first <= p.last + 4
                                        && tokens[m.first].clause <= tokens[p.last].clause + 1
                                        && same_country(
                                            p.m.code.as_deref(),
                                            m.m.code.as_deref(),
                                        ))) =>
                        {
                            let mut m = m;
                            m.title_code = p.m.code.clone();
                            m.first = p.first;
                            m.span = Span::new(p.span.start, m.span.end);
                            *acc.last_mut().unwrap() = m;
                        }
                        _ => acc.push(m),
                    }
                    acc
                });
            if let (Some(tl), Some(words)) = (tree_lang, sentence_words.get(&sent.start)) {
                let spans: Vec<SentenceMention> = ments
                    .iter()
                    .map(|m| SentenceMention {
                        span: m.span,
                        place: m.is_place(),
                    })
                    .collect();
                let found = self.tree.sentence(tl, &doc.text, words, &spans);
                let first = out.len();
                let territorial = langs.first().map_or(&[][..], |l| &l.territorial_roots[..]);
                let reciprocal = langs.first().map_or(&[][..], |l| &l.reciprocal_roots[..]);
                let at = TreeSentence {
                    sent,
                    dates: &dates,
                    published: published.as_deref(),
                    territorial_roots: territorial,
                    reciprocal_roots: reciprocal,
                };
                self.tree_events(found, &ments, &at, &mut out);
                last_subject = out[first..]
                    .first()
                    .and_then(|(_, e)| {
                        ments
                            .iter()
                            .find(|m| Some(m.name()) == e.source && !m.is_place())
                    })
                    .or_else(|| ments.iter().find(|m| !m.is_place()))
                    .map(Actor::of)
                    .or(last_subject);
                continue;
            }
            for lang in &langs {
                if langs.len() > 1 {
                    hits.clear();
                    lang.triggers.find(&folded.text, &tokens, fs, fe, &mut hits);
                }
                cues.clear();
                if hits.is_empty() {
                    continue;
                }
                lang.cues.find(&folded.text, &tokens, fs, fe, &mut cues);
                let ctx = Ctx {
                    lang,
                    folded: &folded.text,
                    tokens: &tokens,
                    ments: &ments,
                    cues: &cues,
                };
                let mut chosen = choose_hits(&mut hits, lang);
                // The second half of a hyphenated adjective ("Israeli-occupied", "UN-brokered
                // deal", "long-threatened invasion") describes a noun: it is no act, nor the
                // head of one.
                chosen.retain(|h| !ctx.hyphen_compound(h.first));
                let heads = heads(&ctx, &chosen);
                let mut seen: Vec<(String, String, String)> = Vec::new();
                for (hi, &hit) in chosen.iter().enumerate() {
                    // A head whose act follows it is coded through that act (below).
                    if heads.contains(&Some(hi)) {
                        continue;
                    }
                    // A trigger used as a noun after the sentence's event ("agreed to a
                    // ceasefire after two days of fierce fighting", "rejected North Korea's
                    // demand") names a circumstance or the object of that event, not a
                    // second act.
                    // So does an act in a subordinate or relative clause that follows it
                    // ("will withdraw … unless the Kremlin closed its base", "… rebels who
                    // overran it"): it is the condition or background of the event.
                    // An act whose trigger opens with a preposition ("summoned the ambassador
                    // to complain", "staged rallies to demand reforms") is the purpose of the
                    // event before it. And after a demand, appeal, rejection, accusation,
                    // threat or intent, the acts that follow in its clause are what is
                    // demanded, rejected or announced ("demanded that the US cancel plans to
                    // sell…"), unless a contrastive word opens a new clause ("… but").
                    if main_trigger_end.is_some_and(|e| {
                        hit.first > e
                            && heads[hi].is_none()
                            && (ctx.nominal(hit.first)
                                // A participle adjunct: "blocked roads … demanding that…".
                                || (ctx.participle(hit.first)
                                    && !lang.coordinators.has(ctx.word(hit.first - 1)))
                                // (Not after a coordinator: French "et a accusé" opens with
                                // the auxiliary "a", which folds like the preposition "à".)
                                || (lang.oblique_preps.has(ctx.word(hit.first))
                                    && !lang.coordinators.has(ctx.word(hit.first - 1)))
                                || (e + 1..hit.first).any(|i| lang.subordinators.has(ctx.word(i)))
                                || (main_code.as_deref().is_some_and(|c| {
                                    lang.content_roots.iter().any(|r| c.starts_with(r.as_str()))
                                }) && !ctx.contrast_between(e, hit.first)))
                    }) {
                        continue;
                    }
                    // An act inside a condition ("would meet the mediator if he gave them a
                    // veto") is not asserted: the sentence's event depends on it.
                    if ctx.in_hypothesis(hit.first) {
                        continue;
                    }
                    let head = heads[hi].map(|h| &lang.patterns[chosen[h].payload]);
                    let pattern = &lang.patterns[hit.payload];
                    let (mut sources, mut targets) =
                        self.actors(&ctx, &hit, pattern.voice, pattern, head);
                    // Talks and calls: the other side acts as much as the first.
                    if pattern.symmetric && !sources.is_empty() {
                        for t in targets.drain(..) {
                            if !sources.iter().any(|s| s.key == t.key) {
                                sources.push(t);
                            }
                        }
                    }
                    if sources.len() > 1
                        && lang
                            .reciprocal_roots
                            .iter()
                            .any(|r| pattern.code.starts_with(r.as_str()))
                    {
                        targets.clear();
                    }
                    // "fired shells at targets in Jericho", "reimposed blockades in the West
                    // Bank": force, coercion or an inquiry with no actor as its object falls
                    // on the country where it is done.
                    if targets.is_empty()
                        && lang
                            .territorial_roots
                            .iter()
                            .any(|r| pattern.code.starts_with(r.as_str()))
                    {
                        targets.extend(ctx.territory(&hit));
                    }
                    // "Minsk … qu'il avait ordonné …": a subject pronoun between the nearest
                    // actor and an active trigger is the subject; it stands for the previous
                    // sentence's subject.
                    if pattern.voice == Voice::Active && !sources.is_empty() {
                        if let Some(prev) = last_subject.as_ref() {
                            let nearest = ments
                                .iter()
                                .filter(|m| m.last < hit.first)
                                .map(|m| m.last)
                                .max()
                                .unwrap_or(0);
                            let lo = hit.first.saturating_sub(lang.window).max(nearest + 1);
                            let pronoun = (lo..hit.first).any(|i| lang.pronouns.has(ctx.word(i)));
                            if pronoun && !sources.iter().any(|s| s.key == prev.key) {
                                sources = vec![prev.clone()];
                            }
                        }
                    }
                    // "killed one U.S. soldier and wounded two others": a verb coordinated with
                    // the sentence's first act shares its subject, not the object between them.
                    let object_of_first = |e: usize| {
                        // (A subject the coreference stage supplied for the second verb,
                        // "et a accusé", is that verb's own.)
                        ments.iter().any(|m| {
                            m.m.how != Some(MentionHow::Coreference)
                                && m.first > e
                                && m.last < hit.first
                                && sources.iter().any(|s| s.key == Actor::of(m).key)
                        })
                    };
                    if pattern.voice == Voice::Active
                        && hit.first > 0
                        && lang.coordinators.has(ctx.word(hit.first - 1))
                        && main_trigger_end.is_some_and(|e| hit.first > e + 1 && object_of_first(e))
                    {
                        if let Some(first) = first_source.clone() {
                            sources = vec![first];
                        }
                    }
                    let trigger_span =
                        folded.to_original(tokens[hit.first].start, tokens[hit.last].end);
                    if pattern.voice == Voice::Reported {
                        sources = self.reported_source(&ctx, &hit, trigger_span, &quotes);
                    } else if sources.is_empty() {
                        sources = self.fallback_source(
                            &ctx,
                            &hit,
                            sent,
                            trigger_span,
                            &quotes,
                            last_subject.as_ref(),
                        );
                    }
                    // Who did it is the core of an event: without a source there is none to
                    // record (the gap shows in recall, not as a half-coded event).
                    if sources.is_empty() {
                        // "Three US servicemen were killed by an improvised explosive device":
                        // the passive act without a named doer is still the sentence's act,
                        // and the means named after it is not a second one.
                        if pattern.voice == Voice::Passive && main_trigger_end.is_none() {
                            main_trigger_end = Some(hit.last);
                        }
                        continue;
                    }
                    if first_source.is_none() {
                        first_source = sources.first().cloned();
                    }
                    if main_trigger_end.is_none() {
                        main_trigger_end = Some(hit.last);
                    }
                    let modality = self.modality(&ctx, &hit, pattern);
                    let quote = quotes.iter().find(|(s, _)| s.contains(&trigger_span));
                    let reporter = quote.and_then(|(_, q)| q.speaker.clone()).or_else(|| {
                        modality
                            .attributed_at
                            .and_then(|at| self.reporter(&ctx, at))
                            .map(|a| a.name)
                    });
                    let mut code = pattern.code.clone();
                    let mut kind = modality.kind;
                    if let Some(h) = head {
                        if h.code.starts_with("13") {
                            // "threatened to boycott": the threat, as finely as the act allows.
                            code = self
                                .lex
                                .threat_code(&code)
                                .unwrap_or(h.code.as_str())
                                .to_string();
                            kind = None;
                        } else {
                            kind = h.modality.or(Some(Hypothetical::Intent));
                        }
                    }
                    if let Some(k) = kind {
                        if matches!(
                            k,
                            Hypothetical::Future
                                | Hypothetical::Conditional
                                | Hypothetical::Possibility
                        ) {
                            // Who says it: the quoted speaker, else the reporter of the cue.
                            // A speaker of the source's own country ("Portugal will support
                            // …, Portuguese President Mario Soares said") announces its plan.
                            let speaker_is_source = match (quote, sources.first()) {
                                (Some((_, q)), Some(s)) => {
                                    // A speaker the quote stage left uncoded takes the code
                                    // its title gives its mention ("Portuguese President
                                    // Mario Soares said").
                                    let code = q.speaker_code.clone().or_else(|| {
                                        let sp = q.speaker.as_deref()?;
                                        ments
                                            .iter()
                                            .find(|m| m.name() == sp || m.surface.ends_with(sp))
                                            .and_then(|m| Actor::of(m).code)
                                    });
                                    q.speaker.as_deref() == Some(s.key.as_str())
                                        || (code.is_some() && code == s.code)
                                        || speaks_for(code.as_deref(), s.code.as_deref())
                                }
                                (None, Some(s)) => modality
                                    .attributed_at
                                    .and_then(|at| self.reporter(&ctx, at))
                                    .is_some_and(|r| {
                                        r.key == s.key
                                            || speaks_for(r.code.as_deref(), s.code.as_deref())
                                    }),
                                _ => false,
                            };
                            // "X will visit Y, diplomatic sources said": a plan that
                            // unnamed sources relay is the doer's, not their forecast.
                            let relayed = k == Hypothetical::Future
                                && match quote {
                                    Some((_, q)) => q.speaker_code.is_none(),
                                    None => modality
                                        .attributed_at
                                        .and_then(|at| self.reporter(&ctx, at))
                                        .is_none_or(|r| r.code.is_none()),
                                };
                            if speaker_is_source || relayed {
                                kind = Some(Hypothetical::Intent);
                            } else if modality.attributed_at.is_some() || quote.is_some() {
                                kind = Some(Hypothetical::Prediction);
                            }
                        }
                    }
                    if kind == Some(Hypothetical::Future) && modality.attributed_at.is_none() {
                        // "Turkey will allow…" in the outlet's voice reports a stated plan.
                        kind = Some(Hypothetical::Intent);
                    }
                    let negated = modality.negated || pattern.negated;
                    // "will withdraw its force unless …", "will boycott the elections unless
                    // …": an act announced on a condition the target must meet is a threat.
                    let conditional =
                        (hit.last + 1..tokens.len()).any(|i| lang.conditions.has(ctx.word(i)));
                    if conditional
                        && !negated
                        && !code.starts_with("13")
                        && (head.is_some()
                            || matches!(
                                kind,
                                Some(
                                    Hypothetical::Intent
                                        | Hypothetical::Readiness
                                        | Hypothetical::Future
                                        | Hypothetical::Prediction
                                )
                            ))
                    {
                        code = self.lex.threat_code(&code).unwrap_or("130").to_string();
                        kind = None;
                    }
                    if matches!(kind, Some(Hypothetical::Intent | Hypothetical::Readiness)) {
                        if let Some(c) = self.lex.intent_code(&code) {
                            code = c.to_string();
                        } else if !negated && !code.starts_with("13") {
                            // Announcing coercion or force is a threat, coded as the act of
                            // threatening (not hypothetical); "will not fight" stays as it is.
                            if let Some(c) = self.lex.threat_code(&code) {
                                code = c.to_string();
                                kind = None;
                            }
                        }
                    }
                    let Some(info) = self.table.get(&code) else {
                        continue;
                    };
                    if main_code.is_none() {
                        main_code = Some(code.clone());
                    }
                    let date = dates
                        .iter()
                        .filter(|(s, _)| sent.contains(s))
                        .min_by_key(|(s, _)| s.start.abs_diff(trigger_span.start))
                        .map(|(_, r)| r.to_string())
                        .or_else(|| published.clone());
                    // A place after a location preposition, preferring one after the trigger;
                    // a country only after the prepositions that make it a place ("en").
                    let is_location = |m: &&Ment| {
                        (m.is_place() && ctx.after_set(m, &lang.location_preps))
                            || (m.m.entity_type == EntityType::Country
                                && ctx.after_set(m, &lang.country_location_preps))
                    };
                    let location = ments
                        .iter()
                        .filter(is_location)
                        .find(|m| m.first > hit.last)
                        .or_else(|| ments.iter().find(is_location))
                        .map(|m| m.name());
                    let srcs: Vec<Option<&Actor>> = if sources.is_empty() {
                        vec![None]
                    } else {
                        sources.iter().map(Some).collect()
                    };
                    let tgts: Vec<Option<&Actor>> = if targets.is_empty() {
                        vec![None]
                    } else {
                        targets.iter().map(Some).collect()
                    };
                    for s in &srcs {
                        // An actor is not its own target; when the only target is the source
                        // itself the event keeps its source and loses the target. Two bodies of
                        // one country are two actors ("Palestinian police … from Palestinian
                        // armed groups"): only the same actor with the same code is the source.
                        let mut own: Vec<Option<&Actor>> = tgts
                            .iter()
                            .copied()
                            .filter(|t| {
                                !matches!((s, t), (Some(s), Some(t))
                                    if s.key == t.key && s.code == t.code)
                            })
                            .collect();
                        // A promise about one's own country ("promised to democratize
                        // Serbia", "agreed to resign without returning to Kyrgyzstan") has
                        // the country as its object, not as a counterpart: no target.
                        if code.starts_with("03") {
                            own.retain(|t| {
                                !matches!((s, t), (Some(s), Some(t))
                                    if s.state.is_some() && t.code == s.state)
                            });
                        }
                        if own.is_empty() {
                            own.push(None);
                        }
                        let domestic = s.and_then(|s| {
                            // The act itself decides (an intent or a threat to impose a
                            // curfew falls on the same population as the curfew).
                            self.domestic_target(&ctx, &hit, pattern.voice, s, &own, &pattern.code)
                        });
                        if domestic.is_some() {
                            own = vec![domestic.as_ref()];
                        }
                        for t in &own {
                            let key = (
                                s.map_or(String::new(), |a| a.key.clone()),
                                code.clone(),
                                t.map_or(String::new(), |a| a.key.clone()),
                            );
                            if seen.contains(&key) {
                                continue;
                            }
                            seen.push(key);
                            generic.push(pattern.generic);
                            out.push((
                                sent,
                                Event {
                                    source: s.map(|a| a.name.clone()),
                                    source_code: s.and_then(|a| a.code.clone()),
                                    target: t.map(|a| a.name.clone()),
                                    target_code: t.and_then(|a| a.code.clone()),
                                    cameo: code.clone(),
                                    plover: info.plover,
                                    goldstein: info.goldstein,
                                    trigger_span: Some(trigger_span),
                                    location: location.clone(),
                                    date: date.clone(),
                                    negated,
                                    hypothetical: kind,
                                    reported_by: Some(
                                        reporter.clone().unwrap_or_else(|| "article".into()),
                                    ),
                                    alleged: modality.alleged,
                                    pattern: Some(pattern.id.clone()),
                                },
                            ));
                        }
                    }
                }
            }
            drop_repeats(&mut out, sentence_start, &generic);
            // The subject of this sentence, for a pronoun subject in the next one: the source
            // of its first event, else its first actor that is not a place.
            if let Some(s) = first_source {
                last_subject = Some(s);
            } else if let Some(first) = ments.iter().find(|m| !m.is_place()) {
                last_subject = Some(Actor::of(first));
            }
        }
        // The headline restates the article's main event: an event of the first sentence
        // that the body codes again, identically, is the same event, recorded once (in the
        // body, where its context is).
        if let Some(head) = headline {
            let key = |e: &Event| {
                (
                    e.source_code.clone(),
                    e.cameo.clone(),
                    e.target_code.clone(),
                    e.negated,
                    e.hypothetical,
                )
            };
            let body: Vec<_> = out
                .iter()
                .filter(|(s, _)| s.start >= head.end)
                .map(|(_, e)| key(e))
                .collect();
            out.retain(|(s, e)| *s != head || !body.contains(&key(e)));
        }
        out
    }

    /// Turns the tree coder's findings for one sentence into events: actors from the merged
    /// mentions, intents and threats coded as CAMEO codes them (03x, 13x), date and place from
    /// the sentence.
    fn tree_events(
        &self,
        found: Vec<Found>,
        ments: &[Ment],
        at: &TreeSentence,
        out: &mut Vec<(Span, Event)>,
    ) {
        let TreeSentence {
            sent,
            dates,
            published,
            territorial_roots,
            reciprocal_roots,
        } = *at;
        let mut seen: Vec<(String, String, String, bool)> = Vec::new();
        for f in found {
            let root = f.code.get(..2).unwrap_or("");
            let territorial = territorial_roots.iter().any(|r| r == root);
            let sources: Vec<Actor> = f
                .sources
                .iter()
                .map(|&i| &ments[i])
                .filter(|m| !m.is_place())
                .map(Actor::of)
                .collect();
            let mut targets: Vec<Actor> = f
                .targets
                .iter()
                .map(|&i| &ments[i])
                .filter(|m| territorial || f.targets_are_places || !m.is_place())
                .map(Actor::of)
                .collect();
            if f.domestic_target {
                if let Some(state) = sources.first().and_then(|s| s.state.clone()) {
                    targets.push(Actor {
                        name: state.clone(),
                        code: Some(state.clone()),
                        key: state.clone(),
                        state: Some(state),
                        titled: false,
                    });
                }
            }
            if sources.is_empty() && targets.is_empty() {
                continue;
            }
            let negated = f.modality.negated;
            let mut kind = f.modality.kind;
            let mut code = f.code.clone();
            if f.modality.threat && !negated {
                code = self.lex.threat_code(&code).unwrap_or("130").to_string();
                kind = None;
            }
            if matches!(kind, Some(Hypothetical::Intent | Hypothetical::Readiness)) {
                if let Some(c) = self.lex.intent_code(&code) {
                    code = c.to_string();
                } else if !negated && !code.starts_with("13") {
                    if let Some(c) = self.lex.threat_code(&code) {
                        code = c.to_string();
                        kind = None;
                    }
                }
            }
            let Some(info) = self.table.get(&code) else {
                continue;
            };
            let date = dates
                .iter()
                .filter(|(s, _)| sent.contains(s))
                .min_by_key(|(s, _)| s.start.abs_diff(f.trigger.start))
                .map(|(_, r)| r.to_string())
                .or_else(|| published.map(str::to_string));
            let used = |i: usize| f.sources.contains(&i) || f.targets.contains(&i);
            let location = ments
                .iter()
                .enumerate()
                .find(|(i, m)| m.is_place() && !used(*i))
                .map(|(_, m)| m.name());
            let reporter = f
                .reporter
                .map(|i| ments[i].name())
                .unwrap_or_else(|| "article".into());
            let srcs: Vec<Option<&Actor>> = if sources.is_empty() {
                vec![None]
            } else {
                sources.iter().map(Some).collect()
            };
            // Acts done together ("Israël et le Liban ont négocié"): with coordinated sources
            // and no target, each is the other's partner.
            let together = targets.is_empty()
                && sources.len() > 1
                && reciprocal_roots
                    .iter()
                    .any(|r| code.starts_with(r.as_str()));
            let tgts: Vec<Option<&Actor>> = if together {
                sources.iter().map(Some).collect()
            } else if targets.is_empty() {
                vec![None]
            } else {
                targets.iter().map(Some).collect()
            };
            for s in &srcs {
                for t in &tgts {
                    if let (Some(s), Some(t)) = (s, t) {
                        if s.key == t.key && s.code == t.code {
                            continue;
                        }
                    }
                    let key = (
                        s.map_or(String::new(), |a| a.key.clone()),
                        code.clone(),
                        t.map_or(String::new(), |a| a.key.clone()),
                        negated,
                    );
                    if seen.contains(&key) {
                        continue;
                    }
                    seen.push(key);
                    out.push((
                        sent,
                        Event {
                            source: s.map(|a| a.name.clone()),
                            source_code: s.and_then(|a| a.code.clone()),
                            target: t.map(|a| a.name.clone()),
                            target_code: t.and_then(|a| a.code.clone()),
                            cameo: code.clone(),
                            plover: info.plover,
                            goldstein: info.goldstein,
                            trigger_span: Some(f.trigger),
                            location: location.clone(),
                            date: date.clone(),
                            negated,
                            hypothetical: kind,
                            reported_by: Some(reporter.clone()),
                            alleged: false,
                            pattern: Some(f.pattern.clone()),
                        },
                    ));
                }
            }
        }
    }

    /// The source's own country as the target, when the act is aimed at its compatriots
    /// without naming their country (CAMEO codes domestic actors with the country of the
    /// story): a protest or a measure of internal order with no target ("began a hunger
    /// strike", "imposed a curfew": the roots in `domestic_roots`), an object that is a bare
    /// domestic group ("accepted demands from rebels", "pressuring workers"), or a person
    /// named by a bare title ("demanding that President Mugabe…").
    fn domestic_target(
        &self,
        ctx: &Ctx,
        hit: &Hit,
        voice: Voice,
        s: &Actor,
        own: &[Option<&Actor>],
        code: &str,
    ) -> Option<Actor> {
        let state = s.state.as_deref()?;
        let lang = ctx.lang;
        let found = match own {
            [None] => {
                lang.domestic_roots
                    .iter()
                    .any(|r| code.starts_with(r.as_str()))
                    || (matches!(voice, Voice::Active | Voice::Nominal)
                        && self.domestic_object(ctx, hit))
            }
            [Some(t)] => t.code.is_none() && t.titled,
            _ => false,
        };
        found.then(|| Actor {
            name: if s.code.as_deref() == Some(state) {
                s.name.clone()
            } else {
                state.to_string()
            },
            code: Some(state.to_string()),
            key: format!("domestic:{state}"),
            state: Some(state.to_string()),
            titled: false,
        })
    }

    /// Whether the trigger's object, within its clause and the object reach, is a bare
    /// domestic group word that no actor mention covers ("jailed 52 members of…").
    fn domestic_object(&self, ctx: &Ctx, hit: &Hit) -> bool {
        let end = (hit.last + ctx.lang.object_reach).min(ctx.tokens.len() - 1);
        for j in hit.last + 1..=end {
            if ctx.clause_break_between(hit.last, j) {
                return false;
            }
            // A named actor comes first: it is the object, or the group's owner.
            if ctx.ments.iter().any(|m| m.first <= j && j <= m.last) {
                return false;
            }
            if ctx.lang.domestic_actor_words.has(ctx.word(j)) {
                return true;
            }
        }
        false
    }

    /// Source and target actors of a trigger, per the pattern's voice.
    fn actors(
        &self,
        ctx: &Ctx,
        hit: &Hit,
        voice: Voice,
        pattern: &crate::lexicon::Pattern,
        head: Option<&crate::lexicon::Pattern>,
    ) -> (Vec<Actor>, Vec<Actor>) {
        let lang = ctx.lang;
        // A condition is not the object of an act ("will not accept refugees if war starts in
        // Iraq"), except of a threat, which is aimed at whoever must meet it ("threatened to
        // stop negotiations if the United States goes ahead").
        let threat =
            pattern.code.starts_with("13") || head.is_some_and(|h| h.code.starts_with("13"));
        let beyond_condition = |m: &Ment| !threat && ctx.opener_between(hit.last, m.first);
        let before: Vec<usize> = (0..ctx.ments.len())
            .filter(|&i| ctx.ments[i].last < hit.first)
            .collect();
        // A mention that starts inside the trigger and runs past it ("permis aux [troupes
        // russes]") is after it too, and so is one in a gap of the trigger ("rejected an
        // [Indian] proposal", "expelled two [Russian diplomats]"): it is the act's object.
        let after: Vec<usize> = (0..ctx.ments.len())
            .filter(|&i| {
                let m = &ctx.ments[i];
                m.first > hit.last
                    || (m.first >= hit.first && m.last > hit.last)
                    || (m.first > hit.first && m.last <= hit.last)
            })
            .collect();
        let subject = before
            .iter()
            .rev()
            .copied()
            .find(|&i| {
                let m = &ctx.ments[i];
                (!ctx.is_oblique(m) || ctx.members_of(m)) && !m.is_place()
            })
            // No actor heads the subject, but a coded place or actor inside it places the doers
            // ("Demonstrators in Baghdad blocked…", "Thousands of Iraqi Kurds demonstrated…",
            // "Opposition groups in Zimbabwe are demanding…"): its country is the source, as
            // CAMEO codes unnamed groups by where they are from. Only within the trigger's clause,
            // and not when a subject pronoun stands for an actor named earlier ("Il a déclaré
            // dans la capitale Minsk qu'il avait ordonné…").
            .or_else(|| {
                let pronoun = (0..hit.first)
                    .any(|j| lang.pronouns.has(ctx.word(j)) || lang.first_person.has(ctx.word(j)));
                if pronoun {
                    return None;
                }
                before.iter().rev().copied().find(|&i| {
                    let m = &ctx.ments[i];
                    m.m.code.is_some() && !ctx.clause_break_between(m.last, hit.first)
                })
            })
            .map(|i| ctx.apposition_head(i, hit.first).unwrap_or(i));
        let agent = after
            .iter()
            .copied()
            .find(|&i| ctx.after_set(&ctx.ments[i], &lang.agent_preps));
        let object = || {
            // Prepositions in the pattern's order: "se battre en Ukraine, mais contre les
            // forces russes" has its target after "contre".
            // An actor right after the trigger (past determiners) is its direct object, and
            // comes before a prepositional phrase further on ("praised Haiti's efforts … for").
            // So is the subject of a clause the trigger opens with a complementizer ("demanded
            // that the US cancel…", "its demand today that Israel ease…").
            let direct = after.iter().copied().find(|&i| {
                let m = &ctx.ments[i];
                let mut open = m.first;
                while open > hit.last + 1 && ctx.determiner_or_number(open - 1) {
                    open -= 1;
                }
                Some(i) != agent
                    && !m.is_place()
                    && m.first > hit.last
                    && (open == hit.last + 1
                        || (open <= hit.last + 3
                            && ctx.lang.complementizers.has(ctx.word(open - 1))))
            });
            // Within the object reach: "reimposed blockades in the West Bank following the
            // deaths of two Israelis" does not aim the blockade at Israelis.
            let preferred = pattern.target_preps.iter().find_map(|p| {
                after.iter().copied().find(|&i| {
                    ctx.ments[i].first <= hit.last + ctx.lang.object_reach
                        && ctx.after_any(&ctx.ments[i], std::slice::from_ref(p))
                })
            });
            let preferred = match (direct, preferred) {
                (Some(d), Some(p)) if ctx.ments[d].first < ctx.ments[p].first => Some(d),
                (_, p) => p,
            };
            // Without a preposition the target is the direct object: close to the trigger and
            // in its clause ("accused the United States of…"), not an actor further on ("…,
            // the White House announced").
            preferred.or_else(|| {
                after.iter().copied().find(|&i| {
                    let m = &ctx.ments[i];
                    Some(i) != agent
                        && !m.is_place()
                        && m.first <= hit.last + ctx.lang.object_reach
                        && !ctx.clause_break_between(hit.last, m.first)
                        && !beyond_condition(m)
                })
            })
        };
        // Without a nearer target, the first coded actor or place later in the trigger's
        // clause (a place stands for its country: "opened an embassy in Tehran"): "agreed to lift embargoes on pharmaceutical sales in late February to Iran",
        // "rejected a call for its peacekeeping forces to be deployed in East Timor". In active
        // voice a "by" phrase after the trigger belongs to its object ("rejected calls by
        // Kofi Annan") and may be the target.
        let far_object = |active: bool| {
            after.iter().copied().find(|&i| {
                let m = &ctx.ments[i];
                (active || Some(i) != agent)
                    && (m.m.code.is_some() || m.title_code.is_some())
                    && ctx.tokens[m.first].clause == ctx.tokens[hit.last].clause
                    && !ctx.clause_break_between(hit.last, m.first)
                    && !beyond_condition(m)
            })
        };
        let (src, tgt) = match voice {
            Voice::Active => (subject, object().or_else(|| far_object(true))),
            Voice::Passive => (agent, subject),
            Voice::Nominal => (
                agent.or(subject),
                object()
                    .or_else(|| far_object(false))
                    .filter(|&i| Some(i) != agent),
            ),
            Voice::Inverse => (object(), subject),
            // The source is found by the caller (reporter or speaker); see `reported_source`.
            Voice::Reported => (None, subject),
        };
        let expand = |i: Option<usize>, forward: bool| -> Vec<Actor> {
            i.map(|i| {
                ctx.coordinated(i, forward)
                    .into_iter()
                    .map(|j| {
                        let m = &ctx.ments[j];
                        let mut a = ctx.minority(m).unwrap_or_else(|| Actor::of(m));
                        a.titled = m.m.entity_type == EntityType::Person
                            && m.first > 0
                            && lang.domestic_actor_words.has(ctx.word(m.first - 1));
                        a
                    })
                    .collect()
            })
            .unwrap_or_default()
        };
        let src_forward = matches!(voice, Voice::Inverse)
            || (matches!(voice, Voice::Passive | Voice::Nominal) && src == agent);
        let tgt_forward = !matches!(voice, Voice::Passive | Voice::Inverse);
        (expand(src, src_forward), expand(tgt, tgt_forward))
    }

    /// Source when no actor stands before the trigger: the quoted speaker ("nous sommes prêts"),
    /// or the previous sentence's subject when the clause starts with a subject pronoun.
    fn fallback_source(
        &self,
        ctx: &Ctx,
        hit: &Hit,
        sent: Span,
        trigger_span: Span,
        quotes: &[(Span, &Quote)],
        last_subject: Option<&Actor>,
    ) -> Vec<Actor> {
        // Inside a quotation a first-person subject ("nous sommes prêts") is the speaker.
        let lo = hit.first.saturating_sub(ctx.lang.window);
        let first_person = (lo..hit.first).any(|i| ctx.lang.first_person.has(ctx.word(i)));
        if let Some((_, q)) = quotes
            .iter()
            .filter(|_| first_person)
            .find(|(s, _)| s.overlaps(&sent) && s.contains(&trigger_span))
        {
            if let Some(sp) = &q.speaker {
                return vec![Actor::named(sp, q.speaker_code.as_ref())];
            }
        }
        let pronoun = (lo..hit.first)
            .rev()
            .find(|&i| ctx.lang.pronouns.has(ctx.word(i)));
        match pronoun {
            Some(pi) if !ctx.clause_break_between(pi, hit.first) => {
                last_subject.cloned().into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    /// For "X said that Y must…": the quoted speaker, else the reporter of the nearest
    /// attribution cue before the trigger.
    fn reported_source(
        &self,
        ctx: &Ctx,
        hit: &Hit,
        trigger_span: Span,
        quotes: &[(Span, &Quote)],
    ) -> Vec<Actor> {
        let from_cue = || {
            ctx.cues
                .iter()
                .filter(|h| {
                    matches!(ctx.cue_kind(h), "attribution" | "according_to") && h.last < hit.first
                })
                .map(|h| h.first)
                .max()
                .and_then(|at| self.reporter(ctx, at))
        };
        if let Some((_, q)) = quotes.iter().find(|(s, _)| s.contains(&trigger_span)) {
            if let Some(sp) = &q.speaker {
                // A speaker the quote stage could not code ("Egyptian President Hosni
                // Mubarak said … that the US must …") takes the code its title gives the
                // mention before the speech verb.
                if q.speaker_code.is_none() {
                    if let Some(a) = from_cue().filter(|a| a.code.is_some()) {
                        return vec![a];
                    }
                }
                return vec![Actor::named(sp, q.speaker_code.as_ref())];
            }
        }
        from_cue().into_iter().collect()
    }

    /// Negation, hypothetical kind and allegation cues within the trigger's clause, up to the
    /// lexicon's window before the trigger; suffixes on the trigger's first word.
    fn modality(&self, ctx: &Ctx, hit: &Hit, pattern: &crate::lexicon::Pattern) -> Modality {
        let mut m = Modality {
            kind: pattern.modality,
            ..Default::default()
        };
        let lo = hit.first.saturating_sub(ctx.lang.window);
        let mut cue_kind: Option<(Hypothetical, usize)> = None;
        for h in ctx.cues {
            let kind = ctx.cue_kind(h);
            if kind == "attribution" || kind == "according_to" {
                if h.last < hit.first && m.attributed_at.is_none_or(|a| a < h.first) {
                    m.attributed_at = Some(h.first);
                }
                continue;
            }
            // Cues inside the trigger ("n'a pas l'intention de …" patterns) are the pattern's
            // business; cues after it belong to another clause.
            if h.last >= hit.first || h.first < lo || kind == "clause_break" {
                continue;
            }
            if ctx.clause_break_between(h.last, hit.first) {
                continue;
            }
            match kind {
                "negation" => m.negated = true,
                "alleged" => m.alleged = true,
                // Every other cue kind of the lexicon is a hypothetical kind.
                k => {
                    if let Ok(k) = k.parse::<Hypothetical>() {
                        let rank = kind_rank(k);
                        if cue_kind.is_none_or(|(c, _)| kind_rank(c) > rank) {
                            cue_kind = Some((k, rank));
                        }
                    }
                }
            }
        }
        if m.kind.is_none() {
            if let Some((k, _)) = cue_kind {
                m.kind = Some(k);
            } else {
                m.kind = (hit.first..=hit.last).find_map(|i| {
                    let w = ctx.word(i);
                    ctx.lang
                        .suffixes
                        .iter()
                        .find(|(s, _)| w.len() > s.len() + 2 && w.ends_with(s.as_str()))
                        .map(|&(_, k)| k)
                });
            }
        }
        m
    }

    /// Who asserts a reported clause: the actor right after "selon"/"according to", or else the
    /// nearest actor before the reporting verb that is not in a prepositional phrase.
    fn reporter(&self, ctx: &Ctx, at: usize) -> Option<Actor> {
        let according_to = ctx
            .cues
            .iter()
            .any(|h| h.first == at && ctx.cue_kind(h) == "according_to");
        if according_to {
            return ctx
                .ments
                .iter()
                .find(|m| {
                    m.first > at && m.first <= at + 4 && !ctx.clause_break_between(at, m.first)
                })
                .map(Actor::of);
        }
        ctx.ments
            .iter()
            .rev()
            .find(|m| m.last < at && !ctx.is_oblique(m))
            .map(Actor::of)
    }
}

/// One act told twice in a sentence. Of the events from `start` on, one without a target is
/// dropped when another has the same source, type and polarity and names a target ("arrived
/// in Amman on a previously unannounced visit"); one of a generic pattern (`generic[i]` for
/// the event at `start + i`) is dropped when a specific one has the same source and target
/// ("suicide bombers killed 23 people").
fn drop_repeats(out: &mut Vec<(Span, Event)>, start: usize, generic: &[bool]) {
    let same_source = |a: &Event, b: &Event| match (&a.source_code, &b.source_code) {
        (Some(x), Some(y)) => x == y,
        _ => a.source == b.source,
    };
    let same_target = |a: &Event, b: &Event| match (&a.target_code, &b.target_code) {
        (Some(x), Some(y)) => x == y,
        _ => a.target == b.target,
    };
    let same_act =
        |a: &Event, b: &Event| same_source(a, b) && a.plover == b.plover && a.negated == b.negated;
    let sentence = &out[start..];
    let keep: Vec<bool> = sentence
        .iter()
        .enumerate()
        .map(|(i, (_, e))| {
            let repeated = e.target.is_none()
                && sentence
                    .iter()
                    .any(|(_, o)| o.target.is_some() && same_act(e, o));
            let subsumed = generic[i]
                && sentence.iter().enumerate().any(|(j, (_, o))| {
                    !generic[j] && same_source(e, o) && (e.target.is_none() || same_target(e, o))
                });
            !repeated && !subsumed
        })
        .collect();
    let mut i = 0;
    out.retain(|_| {
        let k = i < start || keep[i - start];
        i += 1;
        k
    });
}

/// For each chosen hit, the earlier hit that heads it: an intent (03x) or threat (13x)
/// trigger right before it in the same clause ("agreed to lift the embargo", "threatened to
/// boycott"). CAMEO codes such a sentence once, as the intent or threat of that act.
fn heads(ctx: &Ctx, chosen: &[Hit]) -> Vec<Option<usize>> {
    let is_head = |h: &Hit| {
        let p = &ctx.lang.patterns[h.payload];
        p.code.starts_with("03") || p.code.starts_with("13")
    };
    chosen
        .iter()
        .enumerate()
        .map(|(bi, b)| {
            if is_head(b) {
                return None;
            }
            (0..bi).rev().find(|&ai| {
                let a = &chosen[ai];
                is_head(a)
                    && a.last < b.first
                    && b.first - a.last <= 4
                    && !ctx.clause_break_between(a.last, b.first)
            })
        })
        .collect()
}

/// Which hypothetical kind wins when several cues precede a trigger.
fn kind_rank(kind: Hypothetical) -> usize {
    match kind {
        Hypothetical::Intent => 0,
        Hypothetical::Readiness => 1,
        Hypothetical::Prediction => 2,
        Hypothetical::Conditional => 3,
        Hypothetical::Possibility => 4,
        Hypothetical::Future => 5,
    }
}

/// Keeps the most specific trigger where several overlap: the one naming more words ("se
/// préparer à entrer" over "entrer"), then the one with the finer CAMEO code ("aide
/// militaire" 072 over "fournir une aide" 070), then the longer span.
fn choose_hits(hits: &mut [Hit], lang: &Language) -> Vec<Hit> {
    // Finer code: more digits, and a 3-digit code not ending in 0 ("not specified below").
    let code_len = |h: &Hit| {
        let c = &lang.patterns[h.payload].code;
        c.len() * 2 + usize::from(!c.ends_with('0'))
    };
    hits.sort_by(|a, b| {
        b.words
            .cmp(&a.words)
            .then(code_len(b).cmp(&code_len(a)))
            .then((b.last - b.first).cmp(&(a.last - a.first)))
            .then(a.first.cmp(&b.first))
            .then(a.payload.cmp(&b.payload))
    });
    let mut chosen: Vec<Hit> = Vec::new();
    for h in hits.iter() {
        if chosen.iter().all(|c| h.last < c.first || h.first > c.last) {
            chosen.push(*h);
        }
    }
    chosen.sort_by_key(|h| h.first);
    chosen
}

/// Sentences when no segmenter has run: content lines split after `.`, `!` or `?` followed
/// by a space and an upper-case letter or a quotation mark.
fn fallback_sentences(doc: &Document, boiler: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for (line, text) in doc.lines() {
        if text.trim().is_empty() || boiler.iter().any(|b| b.contains(&line)) {
            continue;
        }
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let next = chars.get(k + 1).map(|x| x.1);
            let after = chars.get(k + 2).map(|x| x.1);
            if next.is_some_and(char::is_whitespace)
                && after.is_some_and(|a| a.is_uppercase() || matches!(a, '«' | '"' | '“'))
            {
                let end = i + c.len_utf8();
                out.push(Span::new(line.start + start, line.start + end));
                start = chars[k + 1].0 + 1;
            }
        }
        if start < text.len() {
            out.push(Span::new(line.start + start, line.end));
        }
    }
    out
}

/// Whether two actor codes name the same country (their first three letters agree).
/// Whether a speaker coded `speaker` speaks for the actor coded `actor`: the same country, and
/// the speaker is its state or government (an opposition source does not announce the state's
/// plans).
fn speaks_for(speaker: Option<&str>, actor: Option<&str>) -> bool {
    same_country(speaker, actor)
        && speaker.is_some_and(|c| c.len() == 3 || c.get(3..6) == Some("GOV"))
}

fn same_country(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.len() >= 3 && a.get(..3) == b.get(..3),
        _ => false,
    }
}
