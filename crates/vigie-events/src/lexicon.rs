//! Loading the per-language pattern lexicons (`lexicons/<lang>/events.toml`) and modality cue
//! lexicons (`lexicons/<lang>/modality.toml`). Their format is documented at the top of each
//! file; this module turns them into [`PhraseSet`]s.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use vigie_core::fold::fold;
use vigie_core::Hypothetical;

use crate::codes::CameoTable;
use crate::phrase::PhraseSet;
use crate::Error;

/// Which side of the trigger the actors stand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// "X attacked Y": source before, target after.
    #[default]
    Active,
    /// "Y was attacked by X": target before, source after the agent preposition.
    Passive,
    /// "the attack on Y by X": target after, source after the agent preposition when there is
    /// one, else before.
    Nominal,
    /// "Y was allowed to use X": the actor after the trigger is the source, the one before the
    /// target.
    Inverse,
    /// "X said that Y must…": the source is who says it (the reporter or quoted speaker), the
    /// target the subject before the trigger.
    Reported,
}

#[derive(Debug, Deserialize)]
struct EventsFile {
    #[serde(default)]
    tree_fallback: bool,
    #[serde(default)]
    pattern: Vec<RawPattern>,
    #[serde(default)]
    syntax: RawSyntax,
}

#[derive(Debug, Deserialize, Default)]
struct RawSyntax {
    #[serde(default)]
    agent_preps: Vec<String>,
    #[serde(default)]
    location_preps: Vec<String>,
    #[serde(default)]
    country_location_preps: Vec<String>,
    #[serde(default)]
    coordinators: Vec<String>,
    #[serde(default)]
    oblique_preps: Vec<String>,
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    #[serde(default)]
    object_reach: Option<usize>,
    #[serde(default)]
    first_person: Vec<String>,
    #[serde(default)]
    reciprocal_roots: Vec<String>,
    #[serde(default)]
    domestic_roots: Vec<String>,
    #[serde(default)]
    recipient_roots: Vec<String>,
    #[serde(default)]
    response_roots: Vec<String>,
    #[serde(default)]
    target_participles: Vec<String>,
    #[serde(default)]
    domestic_actor_words: Vec<String>,
    #[serde(default)]
    content_roots: Vec<String>,
    #[serde(default)]
    minority_markers: Vec<String>,
    #[serde(default)]
    nominal_premodifiers: Vec<String>,
    #[serde(default)]
    conditions: Vec<String>,
    #[serde(default)]
    subordinators: Vec<String>,
    #[serde(default)]
    hypothesis_openers: Vec<String>,
    #[serde(default)]
    complementizers: Vec<String>,
    #[serde(default)]
    territorial_roots: Vec<String>,
    #[serde(default)]
    participle_suffixes: Vec<String>,
    #[serde(default)]
    partitive_preps: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawPattern {
    id: String,
    code: String,
    triggers: Vec<String>,
    #[serde(default)]
    voice: Voice,
    #[serde(default)]
    target_preps: Vec<String>,
    /// Hypothetical kind the trigger itself carries ("prêt à intervenir" → intent).
    #[serde(default)]
    modality: Option<Hypothetical>,
    /// True when the trigger itself says the action did not happen.
    #[serde(default)]
    negated: bool,
    /// True for acts done together (talks, calls): the actors on both sides are sources.
    #[serde(default)]
    symmetric: bool,
    /// True for a broad trigger ("killed") that a more specific act of the same doer in the
    /// sentence already codes ("suicide bombers killed 23 people").
    #[serde(default)]
    generic: bool,
}

/// A compiled event pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub id: String,
    pub code: String,
    pub voice: Voice,
    pub target_preps: Vec<String>,
    pub modality: Option<Hypothetical>,
    pub negated: bool,
    /// Acts done together (talks, telephone calls): both sides are sources, no target.
    pub symmetric: bool,
    /// A broad trigger, dropped when the sentence codes a more specific act of the same
    /// source on the same target.
    pub generic: bool,
    pub language: String,
}

#[derive(Debug, Deserialize, Default)]
struct ModalityFile {
    #[serde(default)]
    cues: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    suffixes: BTreeMap<Hypothetical, Vec<String>>,
    #[serde(default)]
    scope: RawScope,
    #[serde(default)]
    intent_codes: BTreeMap<String, String>,
    #[serde(default)]
    threat_codes: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Default)]
struct RawScope {
    #[serde(default)]
    window: Option<usize>,
    #[serde(default)]
    clause_breaks: Vec<String>,
}

/// The cue kinds a modality lexicon may define.
pub const CUE_KINDS: [&str; 11] = [
    "negation",
    "future",
    "conditional",
    "possibility",
    "intent",
    "readiness",
    "prediction",
    "alleged",
    "attribution",
    "according_to",
    "clause_break",
];

/// Everything the coder needs for one language.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    /// A sentence where the trigger phrases find no act is read by the tree coder, when the
    /// language has a syntax model and a predicate lexicon (`tree_fallback` of events.toml):
    /// the phrases are precise where they fire, the predicate lexicon (built from wordnets)
    /// reaches the verbs they lack.
    pub tree_fallback: bool,
    pub patterns: Vec<Pattern>,
    pub triggers: PhraseSet,
    /// Payload = index into [`CUE_KINDS`].
    pub cues: PhraseSet,
    /// Token endings that mark a hypothetical kind on the trigger's verb (`rait` → conditional).
    pub suffixes: Vec<(String, Hypothetical)>,
    pub window: usize,
    pub agent_preps: WordSet,
    pub location_preps: WordSet,
    /// Prepositions after which a country is where the event happened ("en Ukraine").
    pub country_location_preps: WordSet,
    pub coordinators: WordSet,
    /// Prepositions that, just before a mention, mark it as not the subject.
    pub oblique_preps: WordSet,
    /// Subject pronouns that stand for the previous sentence's subject.
    pub pronouns: WordSet,
    /// Articles skipped when looking at the word before a mention ("de l'Ukraine").
    pub determiners: WordSet,
    /// How many words after the trigger a target without preposition (a direct object) may
    /// start.
    pub object_reach: usize,
    /// First-person subjects: inside a quotation they stand for the speaker.
    pub first_person: WordSet,
    /// CAMEO roots of acts done together ("Israel and Lebanon renewed negotiations"): with
    /// coordinated sources, the first is the source and the others its targets.
    pub reciprocal_roots: Vec<String>,
    /// CAMEO roots of acts aimed, when no target is named, at the doers' own state (protests:
    /// "Algerian landowners began a hunger strike" is coded Algeria → Algeria).
    pub domestic_roots: Vec<String>,
    /// CAMEO code prefixes of acts that always have a recipient (aid, the intent to give
    /// it): when the sentence names none, it is the country the article is about.
    pub recipient_roots: Vec<String>,
    /// CAMEO code prefixes of responses (approval, disapproval, rejection): with no target in
    /// their sentence, they answer the doer of the act reported last before it.
    pub response_roots: Vec<String>,
    /// Lemmas of verbs that name what an act is aimed at when they modify it ("des frappes
    /// visant Kiev", "sanctions targeting its banks"): with no target of its own, the act's
    /// target is the first actor they govern (read on the sentence's UD tree).
    pub target_participles: Vec<String>,
    /// Nouns that name a group without saying whose ("rebels", "workers", "the opposition",
    /// "President"): as the act's object with no country of their own, they are the source's
    /// compatriots (CAMEO codes such domestic actors with the country of the story).
    pub domestic_actor_words: WordSet,
    /// CAMEO roots of acts whose object is itself an act (demands, appeals, rejections,
    /// accusations, threats, intents): "demanded that the US cancel plans to sell…" is one
    /// demand; the acts after it in the sentence are its content, not further events.
    pub content_roots: Vec<String>,
    /// Words before a demonym that name it as a minority of the country the sentence places
    /// it in ("ethnic Albanians in Serbia" → Serbia).
    pub minority_markers: WordSet,
    /// Words that, right before a trigger, show it is a noun inside a phrase ("fierce
    /// fighting", "military offensive"), besides determiners and prepositions.
    pub nominal_premodifiers: WordSet,
    /// Words that put an announced act on a condition ("unless"): such an act is a threat.
    pub conditions: WordSet,
    /// Words that open a subordinate or relative clause ("unless", "who"): an act in such a
    /// clause after the sentence's event is its condition or background, not a second event.
    pub subordinators: WordSet,
    /// Words that open a clause stating a condition ("if", "unless"): an act inside such a
    /// clause is not asserted ("would meet the mediator if he gave them a veto"), so it is
    /// not coded.
    pub hypothesis_openers: WordSet,
    /// Words that open a complement clause ("that"): the actor right after one that follows
    /// a trigger is the trigger's object ("demanded that the US cancel…").
    pub complementizers: WordSet,
    /// CAMEO roots of acts done to a territory (force, coercion, inquiries): with no actor as
    /// their object, the country of the place they are done in is the target.
    pub territorial_roots: Vec<String>,
    /// Endings of the present participle ("-ing"): a trigger in that form after the
    /// sentence's event, not coordinated with it, is its manner or purpose ("blocked roads
    /// … demanding that he be reinstated").
    pub participle_suffixes: Vec<String>,
    /// Prepositions of "members of X": with a group word before them, X is the doers' body.
    pub partitive_preps: WordSet,
}

/// All languages' lexicons plus the language-independent intent code map.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub languages: HashMap<String, Language>,
    /// CAMEO code prefix of a material act → the 03x "express intent" code for it.
    pub intent_codes: BTreeMap<String, String>,
    /// CAMEO code prefix of a conflictual act → the 13x "threaten" code for announcing it.
    pub threat_codes: BTreeMap<String, String>,
}

impl Lexicons {
    /// Loads every `events.toml` with its `modality.toml`, checking each pattern's code against
    /// the CAMEO table so a typo fails loudly instead of producing unknown codes.
    pub fn load(table: &CameoTable) -> Result<Lexicons, Error> {
        let mut modality: HashMap<String, ModalityFile> = HashMap::new();
        for res in vigie_resources::lexicons("modality.toml") {
            let Some(lang) = res.language() else { continue };
            let file: ModalityFile = toml::from_str(&res.contents)
                .map_err(|e| Error::Parse(res.path.clone(), e.to_string()))?;
            modality.insert(lang.to_string(), file);
        }
        let mut intent_codes = BTreeMap::new();
        let mut threat_codes = BTreeMap::new();
        for m in modality.values() {
            intent_codes.extend(m.intent_codes.iter().map(|(k, v)| (k.clone(), v.clone())));
            threat_codes.extend(m.threat_codes.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        let mut languages = HashMap::new();
        for res in vigie_resources::lexicons("events.toml") {
            let Some(lang) = res.language() else { continue };
            let file: EventsFile = toml::from_str(&res.contents)
                .map_err(|e| Error::Parse(res.path.clone(), e.to_string()))?;
            let m = modality.remove(lang).unwrap_or_default();
            let l = compile(lang, file, m, table).map_err(|e| Error::Parse(res.path.clone(), e))?;
            languages.insert(lang.to_string(), l);
        }
        for code in intent_codes.values().chain(threat_codes.values()) {
            if !table.contains(code) {
                return Err(Error::Parse(
                    "modality.toml intent_codes/threat_codes".into(),
                    format!("unknown CAMEO code {code}"),
                ));
            }
        }
        Ok(Lexicons {
            languages,
            intent_codes,
            threat_codes,
        })
    }

    /// The 03x intent code for a material act, by longest matching prefix.
    pub fn intent_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.intent_codes, code)
    }

    /// The 13x threat code for a conflictual act, by longest matching prefix.
    pub fn threat_code(&self, code: &str) -> Option<&str> {
        longest_prefix(&self.threat_codes, code)
    }
}

fn longest_prefix<'a>(map: &'a BTreeMap<String, String>, code: &str) -> Option<&'a str> {
    (2..=code.len())
        .rev()
        .find_map(|n| map.get(&code[..n]).map(String::as_str))
}

/// A set of folded words, for the membership tests the coder makes for every mention.
#[derive(Debug, Clone, Default)]
pub struct WordSet(std::collections::HashSet<String>);

impl WordSet {
    pub fn new(words: &[String]) -> Self {
        WordSet(words.iter().map(|w| fold(w)).collect())
    }
    pub fn has(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

fn folded_list(v: &[String]) -> Vec<String> {
    v.iter().map(|s| fold(s)).collect()
}

fn compile(
    lang: &str,
    file: EventsFile,
    m: ModalityFile,
    table: &CameoTable,
) -> Result<Language, String> {
    let mut patterns = Vec::new();
    let mut items = Vec::new();
    for p in file.pattern {
        if !table.contains(&p.code) {
            return Err(format!("pattern {}: unknown CAMEO code {}", p.id, p.code));
        }
        if p.triggers.is_empty() {
            return Err(format!("pattern {}: no triggers", p.id));
        }
        for t in &p.triggers {
            items.push((fold(t), patterns.len()));
        }
        patterns.push(Pattern {
            id: format!("{lang}.{}", p.id),
            code: p.code,
            voice: p.voice,
            target_preps: folded_list(&p.target_preps),
            modality: p.modality,
            negated: p.negated,
            symmetric: p.symmetric,
            generic: p.generic,
            language: lang.to_string(),
        });
    }
    let triggers = PhraseSet::new(items).map_err(|t| format!("bad trigger {t:?}"))?;
    let mut cue_items = Vec::new();
    for (kind, list) in &m.cues {
        let k = CUE_KINDS
            .iter()
            .position(|c| c == kind)
            .ok_or_else(|| format!("unknown cue kind {kind:?}"))?;
        cue_items.extend(list.iter().map(|c| (fold(c), k)));
    }
    let ck = CUE_KINDS.iter().position(|c| *c == "clause_break").unwrap();
    cue_items.extend(m.scope.clause_breaks.iter().map(|c| (fold(c), ck)));
    let cues = PhraseSet::new(cue_items).map_err(|t| format!("bad cue {t:?}"))?;
    let mut suffixes = Vec::new();
    for (kind, list) in &m.suffixes {
        for s in list {
            suffixes.push((fold(s), *kind));
        }
    }
    // Longest ending first, so "raient" wins over "ent".
    suffixes.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
    Ok(Language {
        code: lang.to_string(),
        tree_fallback: file.tree_fallback,
        patterns,
        triggers,
        cues,
        suffixes,
        window: m.scope.window.unwrap_or(8),
        agent_preps: WordSet::new(&file.syntax.agent_preps),
        location_preps: WordSet::new(&file.syntax.location_preps),
        country_location_preps: WordSet::new(&file.syntax.country_location_preps),
        coordinators: WordSet::new(&file.syntax.coordinators),
        oblique_preps: WordSet::new(&file.syntax.oblique_preps),
        pronouns: WordSet::new(&file.syntax.pronouns),
        determiners: WordSet::new(&file.syntax.determiners),
        object_reach: file.syntax.object_reach.unwrap_or(6),
        first_person: WordSet::new(&file.syntax.first_person),
        reciprocal_roots: file.syntax.reciprocal_roots.clone(),
        domestic_roots: file.syntax.domestic_roots.clone(),
        recipient_roots: file.syntax.recipient_roots.clone(),
        response_roots: file.syntax.response_roots.clone(),
        target_participles: file.syntax.target_participles.clone(),
        domestic_actor_words: WordSet::new(&file.syntax.domestic_actor_words),
        content_roots: file.syntax.content_roots.clone(),
        minority_markers: WordSet::new(&file.syntax.minority_markers),
        nominal_premodifiers: WordSet::new(&file.syntax.nominal_premodifiers),
        conditions: WordSet::new(&file.syntax.conditions),
        subordinators: WordSet::new(&file.syntax.subordinators),
        hypothesis_openers: WordSet::new(&file.syntax.hypothesis_openers),
        complementizers: WordSet::new(&file.syntax.complementizers),
        territorial_roots: file.syntax.territorial_roots.clone(),
        participle_suffixes: file.syntax.participle_suffixes.clone(),
        partitive_preps: WordSet::new(&file.syntax.partitive_preps),
    })
}
