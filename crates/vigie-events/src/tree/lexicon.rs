//! The data the tree coder reads, per language: `lexicons/<lang>/predicates.toml` (event
//! predicates by lemma, with PETRARCH-style patterns over their dependents) and
//! `lexicons/<lang>/clauses.toml` (the function words of agents, negation, modality and
//! reported speech). Both formats are documented at the top of the French files.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::codes::CameoTable;
use crate::Error;

/// Whether a predicate is a verb or an event noun (nominalisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PredicateKind {
    Verb,
    Noun,
}

/// One element of a pattern (see the format in `lexicons/fr/predicates.toml`).
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// A lemma.
    Word(String),
    /// Any lemma of a `[classes]` entry.
    Class(String),
    /// Consecutive lemmas.
    Phrase(Vec<String>),
    /// A phrase introduced by a preposition, with what its head must hold.
    Prep { case: String, inner: Vec<Element> },
    /// Where the source stands.
    Source,
    /// Where the target stands.
    Target,
}

impl Element {
    /// Elements that constrain the match (slots do not).
    fn weight(&self) -> usize {
        match self {
            Element::Word(_) | Element::Class(_) => 1,
            Element::Phrase(w) => w.len(),
            Element::Prep { inner, .. } => 1 + inner.iter().map(Element::weight).sum::<usize>(),
            Element::Source | Element::Target => 0,
        }
    }
}

/// A compiled pattern: what must stand on the subject side (before `*`) and on the object side
/// (after it), and the code it gives.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub before: Vec<Element>,
    pub after: Vec<Element>,
    pub code: String,
    /// How many words it requires: the most specific matching pattern wins.
    pub weight: usize,
}

/// A block of predicates that share patterns.
#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub kind: PredicateKind,
    /// The code when none of the patterns matches (absent: the block codes only through them).
    pub code: Option<String>,
    pub patterns: Vec<Pattern>,
}

/// Function words of one language (`clauses.toml`).
#[derive(Debug, Clone, Default)]
pub struct ClauseWords {
    pub agent_case: HashSet<String>,
    pub genitive_case: HashSet<String>,
    pub between_case: HashSet<String>,
    pub target_case: Vec<String>,
    pub negation: HashSet<String>,
    pub negative_determiners: HashSet<String>,
    pub conditions: HashSet<String>,
    pub according_to: HashSet<String>,
    pub speech: HashSet<String>,
    /// Governor lemma → what it does to its infinitive complement.
    pub governors: HashMap<String, Governor>,
    /// Auxiliary lemma → the hypothetical kind it marks.
    pub auxiliaries: HashMap<String, vigie_core::Hypothetical>,
    /// Regular inflections (ending of the form, ending of the lemma), tried on a predicate's
    /// form when the tagger's lemma is not in the lexicon ("shelled" read as "shel").
    pub inflections: Vec<(String, String)>,
    /// Auxiliaries of obligation ("must"): a reported clause that puts one on another actor
    /// ("said that Sudan must return the helicopter") is the speaker's demand.
    pub obligation: HashSet<String>,
    /// Verbs whose active perfect takes the passive's auxiliary (French "être": "sont
    /// convenus", "sont entrées"): the parser's passive labels on them are read as active.
    pub active_with_passive_auxiliary: HashSet<String>,
    /// Nouns of quantity and succession ("centaine", "série", "wave") through which a light
    /// verb reaches its event noun: "a mené des centaines de raids" is "mener des raids".
    pub transparent: HashSet<String>,
    /// Subordinators of time and cause ("after", "as", "après que", "alors que"): a clause they
    /// introduce sets the scene of the sentence's act ("weeks after Finland joined NATO").
    pub background_marks: HashSet<String>,
    /// Subordinators of purpose ("pour", "to"): a verbal act they introduce under another act
    /// is that act's content ("ont manifesté pour exiger", "summoned the envoy to protest").
    pub purpose_marks: HashSet<String>,
}

/// What a governing word does to the act in its complement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Governor {
    Kind(vigie_core::Hypothetical),
    Threat,
    Deny,
    /// The governor rejects its complement: the act coded is the rejection (CAMEO 12x).
    Reject,
}

/// Everything the tree coder knows of one language.
#[derive(Debug, Clone, Default)]
pub struct TreeLanguage {
    pub code: String,
    pub blocks: Vec<Block>,
    /// Verb lemma → indices into `blocks`.
    pub verbs: HashMap<String, Vec<usize>>,
    /// Noun lemma → indices into `blocks`.
    pub nouns: HashMap<String, Vec<usize>>,
    pub classes: HashMap<String, HashSet<String>>,
    pub light_verbs: HashSet<String>,
    pub clauses: ClauseWords,
    /// Sector words of `kb/agents/<lang>.toml` ("police", "manifestants", "armed men"),
    /// lower-cased, → sector code: a doer named only by its sector.
    pub agents: HashMap<String, String>,
}

impl TreeLanguage {
    /// Counts for `vigie lexicon stats`: per CAMEO root, the distinct verb and noun lemmas whose
    /// block belongs to it, and the patterns that code it. A block belongs to the root of its
    /// own code, or, without one, to the root most of its patterns code: a PETRARCH block holds
    /// patterns of many roots ("say" has some in nearly every one), and counting a lemma under
    /// each of them would count most verbs everywhere.
    pub fn stats(&self) -> std::collections::BTreeMap<String, RootStats> {
        let primary: Vec<Option<String>> = self.blocks.iter().map(primary_root).collect();
        let mut lemmas: std::collections::BTreeMap<String, (HashSet<&str>, HashSet<&str>)> =
            Default::default();
        for (map, noun) in [(&self.verbs, false), (&self.nouns, true)] {
            for (lemma, blocks) in map {
                for r in blocks.iter().filter_map(|&b| primary[b].as_ref()) {
                    let e = lemmas.entry(r.clone()).or_default();
                    if noun {
                        e.1.insert(lemma);
                    } else {
                        e.0.insert(lemma);
                    }
                }
            }
        }
        let mut out: std::collections::BTreeMap<String, RootStats> = Default::default();
        for (r, (v, n)) in lemmas {
            let e = out.entry(r).or_default();
            e.verbs = v.len();
            e.nouns = n.len();
        }
        for block in &self.blocks {
            for p in &block.patterns {
                if let Some(r) = p.code.get(..2) {
                    out.entry(r.to_string()).or_default().patterns += 1;
                }
            }
        }
        out
    }
}

/// The root a block belongs to: its code's, else the one most of its patterns give (the
/// lowest root on a tie).
fn primary_root(block: &Block) -> Option<String> {
    if let Some(c) = &block.code {
        return c.get(..2).map(str::to_string);
    }
    let mut count: std::collections::BTreeMap<&str, usize> = Default::default();
    for p in &block.patterns {
        if let Some(r) = p.code.get(..2) {
            *count.entry(r).or_default() += 1;
        }
    }
    let best = count.values().copied().max()?;
    count
        .into_iter()
        .find(|&(_, n)| n == best)
        .map(|(r, _)| r.to_string())
}

/// Counts of one CAMEO root in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RootStats {
    pub verbs: usize,
    pub nouns: usize,
    pub patterns: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PredicatesFile {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    light_verbs: Vec<String>,
    #[serde(default)]
    classes: HashMap<String, Vec<String>>,
    #[serde(default)]
    verb: Vec<RawBlock>,
    #[serde(default)]
    noun: Vec<RawBlock>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    id: String,
    lemmas: Vec<String>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    patterns: Vec<RawPattern>,
    /// A reviewer's note, for readers of the file only.
    #[serde(default, rename = "note")]
    _note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPattern {
    p: String,
    code: String,
    /// A reviewer's note, for readers of the file only.
    #[serde(default, rename = "note")]
    _note: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ClausesFile {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    agent_case: Vec<String>,
    #[serde(default)]
    genitive_case: Vec<String>,
    #[serde(default)]
    between_case: Vec<String>,
    #[serde(default)]
    target_case: Vec<String>,
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    negative_determiners: Vec<String>,
    #[serde(default)]
    conditions: Vec<String>,
    #[serde(default)]
    according_to: Vec<String>,
    #[serde(default)]
    speech: Vec<String>,
    #[serde(default)]
    governors: HashMap<String, Vec<String>>,
    #[serde(default)]
    auxiliaries: HashMap<String, Vec<String>>,
    #[serde(default)]
    inflections: Vec<(String, String)>,
    #[serde(default)]
    obligation: Vec<String>,
    #[serde(default)]
    active_with_passive_auxiliary: Vec<String>,
    #[serde(default)]
    transparent: Vec<String>,
    #[serde(default)]
    background_marks: Vec<String>,
    #[serde(default)]
    purpose_marks: Vec<String>,
}

/// Loads every language that has a `predicates.toml`, with its `clauses.toml`.
pub fn load(table: &CameoTable) -> Result<HashMap<String, TreeLanguage>, Error> {
    let mut clauses: HashMap<String, ClauseWords> = HashMap::new();
    for res in vigie_resources::lexicons("clauses.toml") {
        let Some(lang) = res.language() else { continue };
        let file: ClausesFile = toml::from_str(&res.contents)
            .map_err(|e| Error::Parse(res.path.clone(), e.to_string()))?;
        let words = compile_clauses(lang, file).map_err(|e| Error::Parse(res.path.clone(), e))?;
        clauses.insert(lang.to_string(), words);
    }
    let mut out = HashMap::new();
    for res in vigie_resources::lexicons("predicates.toml") {
        let Some(lang) = res.language() else { continue };
        let file: PredicatesFile = toml::from_str(&res.contents)
            .map_err(|e| Error::Parse(res.path.clone(), e.to_string()))?;
        let mut l =
            compile_predicates(lang, file, table).map_err(|e| Error::Parse(res.path.clone(), e))?;
        l.clauses = clauses.remove(lang).unwrap_or_default();
        out.insert(lang.to_string(), l);
    }
    // Hand-written additions beside a generated `predicates.toml` (the English one is imported
    // from PETRARCH, which has no event nouns): same format, merged into the language.
    for res in vigie_resources::lexicons(ADDITIONS) {
        let Some(lang) = res.language() else { continue };
        let Some(l) = out.get_mut(lang) else { continue };
        let file: PredicatesFile = toml::from_str(&res.contents)
            .map_err(|e| Error::Parse(res.path.clone(), e.to_string()))?;
        add_predicates(l, lang, file, table).map_err(|e| Error::Parse(res.path.clone(), e))?;
    }
    for (lang, l) in out.iter_mut() {
        let path = format!("kb/agents/{lang}.toml");
        if let Some(res) = vigie_resources::file(&path) {
            l.agents =
                agents(&res.path, &res.contents).map_err(|e| Error::Parse(res.path.clone(), e))?;
        }
    }
    Ok(out)
}

/// The sector words of an agents file, read by the knowledge base's own reader (the file the
/// actor linker composes sector codes from): lower-cased word → sector.
fn agents(path: &str, contents: &str) -> Result<HashMap<String, String>, String> {
    let kb = vigie_actors::kb::Kb::from_files([(path, contents)]);
    if let Some(w) = kb.warnings.first() {
        return Err(w.clone());
    }
    let mut out = HashMap::new();
    for (_, a) in kb.agents {
        for w in a.words {
            out.entry(w.to_lowercase().replace('’', "'"))
                .or_insert_with(|| a.sector.clone());
        }
    }
    Ok(out)
}

/// The file of hand-written predicates added to a language's `predicates.toml`.
pub const ADDITIONS: &str = "event_nouns.toml";

/// A file's `language`, when given, must be its folder's.
fn check_language(folder: &str, declared: Option<&str>) -> Result<(), String> {
    match declared {
        Some(l) if l != folder => Err(format!("language = {l:?} in the folder of {folder:?}")),
        _ => Ok(()),
    }
}

fn lower_set(v: &[String]) -> HashSet<String> {
    v.iter().map(|s| s.to_lowercase()).collect()
}

fn compile_clauses(lang: &str, f: ClausesFile) -> Result<ClauseWords, String> {
    use vigie_core::Hypothetical as H;
    check_language(lang, f.language.as_deref())?;
    let kind = |name: &str| -> Result<Governor, String> {
        Ok(match name {
            "possibility" => Governor::Kind(H::Possibility),
            "conditional" => Governor::Kind(H::Conditional),
            "future" => Governor::Kind(H::Future),
            "intent" => Governor::Kind(H::Intent),
            "readiness" => Governor::Kind(H::Readiness),
            "prediction" => Governor::Kind(H::Prediction),
            "threat" => Governor::Threat,
            "deny" => Governor::Deny,
            "reject" => Governor::Reject,
            other => return Err(format!("unknown governor kind {other:?}")),
        })
    };
    let mut governors = HashMap::new();
    for (name, lemmas) in &f.governors {
        let g = kind(name)?;
        for l in lemmas {
            governors.insert(l.to_lowercase(), g);
        }
    }
    let mut auxiliaries = HashMap::new();
    for (name, lemmas) in &f.auxiliaries {
        let Governor::Kind(k) = kind(name)? else {
            return Err(format!("auxiliaries: {name:?} is not a hypothetical kind"));
        };
        for l in lemmas {
            auxiliaries.insert(l.to_lowercase(), k);
        }
    }
    Ok(ClauseWords {
        agent_case: lower_set(&f.agent_case),
        genitive_case: lower_set(&f.genitive_case),
        between_case: lower_set(&f.between_case),
        target_case: f.target_case.iter().map(|s| s.to_lowercase()).collect(),
        negation: lower_set(&f.negation),
        negative_determiners: lower_set(&f.negative_determiners),
        conditions: lower_set(&f.conditions),
        according_to: lower_set(&f.according_to),
        speech: lower_set(&f.speech),
        governors,
        auxiliaries,
        inflections: f
            .inflections
            .iter()
            .map(|(a, b)| (a.to_lowercase(), b.to_lowercase()))
            .collect(),
        obligation: lower_set(&f.obligation),
        active_with_passive_auxiliary: lower_set(&f.active_with_passive_auxiliary),
        transparent: lower_set(&f.transparent),
        background_marks: lower_set(&f.background_marks),
        purpose_marks: lower_set(&f.purpose_marks),
    })
}

fn compile_predicates(
    lang: &str,
    f: PredicatesFile,
    table: &CameoTable,
) -> Result<TreeLanguage, String> {
    let mut l = TreeLanguage {
        code: lang.to_string(),
        ..Default::default()
    };
    add_predicates(&mut l, lang, f, table)?;
    Ok(l)
}

/// Adds one predicates file's light verbs, classes and blocks to `l` (its patterns may use the
/// classes already there).
fn add_predicates(
    l: &mut TreeLanguage,
    lang: &str,
    f: PredicatesFile,
    table: &CameoTable,
) -> Result<(), String> {
    check_language(lang, f.language.as_deref())?;
    for (k, v) in &f.classes {
        l.classes
            .entry(k.to_lowercase())
            .or_default()
            .extend(lower_set(v));
    }
    l.light_verbs.extend(lower_set(&f.light_verbs));
    let classes = &l.classes;
    let check = |code: &str, id: &str| -> Result<(), String> {
        if table.contains(code) {
            Ok(())
        } else {
            Err(format!("block {id:?}: unknown CAMEO code {code:?}"))
        }
    };
    for (kind, blocks) in [(PredicateKind::Verb, f.verb), (PredicateKind::Noun, f.noun)] {
        for raw in blocks {
            if let Some(c) = &raw.code {
                check(c, &raw.id)?;
            }
            let mut patterns = Vec::with_capacity(raw.patterns.len());
            for p in &raw.patterns {
                check(&p.code, &raw.id)?;
                let pat = parse_pattern(&p.p, &p.code, classes)
                    .map_err(|e| format!("block {:?}, pattern {:?}: {e}", raw.id, p.p))?;
                patterns.push(pat);
            }
            // Most specific first, so the first match is the one to keep.
            patterns.sort_by_key(|p| std::cmp::Reverse(p.weight));
            let index = l.blocks.len();
            l.blocks.push(Block {
                id: raw.id.clone(),
                kind,
                code: raw.code.clone(),
                patterns,
            });
            let map = match kind {
                PredicateKind::Verb => &mut l.verbs,
                PredicateKind::Noun => &mut l.nouns,
            };
            for lemma in &raw.lemmas {
                let lemma = lemma.trim().to_lowercase();
                if lemma.is_empty() {
                    return Err(format!("block {:?}: empty lemma", raw.id));
                }
                let v = map.entry(lemma).or_default();
                if !v.contains(&index) {
                    v.push(index);
                }
            }
        }
    }
    Ok(())
}

/// Parses one pattern string (`"* (to +) aid"`).
pub fn parse_pattern(
    text: &str,
    code: &str,
    classes: &HashMap<String, HashSet<String>>,
) -> Result<Pattern, String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        match ch {
            '(' | ')' | '{' | '}' => {
                if !cur.is_empty() {
                    tokens.push(std::mem::take(&mut cur));
                }
                tokens.push(ch.to_string());
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    tokens.push(std::mem::take(&mut cur));
                }
            }
            c => cur.extend(c.to_lowercase()),
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    let mut pos = 0;
    let elements = parse_elements(&tokens, &mut pos, classes, None)?;
    let star = elements
        .iter()
        .position(|e| matches!(e, Element::Word(w) if w == "*"))
        .ok_or("no `*` for the predicate")?;
    let mut before = elements;
    let after = before.split_off(star + 1);
    before.pop();
    if after
        .iter()
        .chain(&before)
        .any(|e| matches!(e, Element::Word(w) if w == "*"))
    {
        return Err("more than one `*`".into());
    }
    let weight = before.iter().chain(&after).map(Element::weight).sum();
    Ok(Pattern {
        before,
        after,
        code: code.to_string(),
        weight,
    })
}

fn parse_elements(
    tokens: &[String],
    pos: &mut usize,
    classes: &HashMap<String, HashSet<String>>,
    close: Option<&str>,
) -> Result<Vec<Element>, String> {
    let mut out = Vec::new();
    while *pos < tokens.len() {
        let t = tokens[*pos].as_str();
        *pos += 1;
        match t {
            ")" | "}" => {
                return if close == Some(t) {
                    Ok(out)
                } else {
                    Err(format!("unexpected {t:?}"))
                };
            }
            "(" => {
                let inner = parse_elements(tokens, pos, classes, Some(")"))?;
                let mut it = inner.into_iter();
                let case = match it.next() {
                    Some(Element::Word(w)) if w != "*" => w,
                    _ => return Err("a `(` must start with its preposition".into()),
                };
                out.push(Element::Prep {
                    case,
                    inner: it.collect(),
                });
            }
            "{" => {
                let mut words = Vec::new();
                loop {
                    let Some(w) = tokens.get(*pos) else {
                        return Err("unclosed `{`".into());
                    };
                    *pos += 1;
                    if w == "}" {
                        break;
                    }
                    if matches!(w.as_str(), "(" | ")" | "{" | "*" | "$" | "+") {
                        return Err(format!("{w:?} inside `{{…}}`"));
                    }
                    words.push(w.clone());
                }
                if words.is_empty() {
                    return Err("empty `{}`".into());
                }
                out.push(Element::Phrase(words));
            }
            "$" => out.push(Element::Source),
            "+" => out.push(Element::Target),
            w if w.starts_with('&') => {
                let name = &w[1..];
                if !classes.contains_key(name) {
                    return Err(format!("unknown class &{name}"));
                }
                out.push(Element::Class(name.to_string()));
            }
            w => out.push(Element::Word(w.to_string())),
        }
    }
    match close {
        Some(c) => Err(format!("unclosed, expected {c:?}")),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes() -> HashMap<String, HashSet<String>> {
        let mut c = HashMap::new();
        c.insert("weapon".to_string(), lower_set(&["gun".into()]));
        c
    }

    #[test]
    fn patterns_parse_sides_slots_and_weights() {
        let p = parse_pattern("&weapon * (to {banned party} +) aid $", "1722", &classes()).unwrap();
        assert_eq!(p.before, vec![Element::Class("weapon".into())]);
        assert_eq!(
            p.after,
            vec![
                Element::Prep {
                    case: "to".into(),
                    inner: vec![
                        Element::Phrase(vec!["banned".into(), "party".into()]),
                        Element::Target
                    ]
                },
                Element::Word("aid".into()),
                Element::Source,
            ]
        );
        assert_eq!(p.weight, 1 + 1 + 2 + 1);
    }

    #[test]
    fn an_additions_file_merges_into_the_language() {
        let table = CameoTable::load().unwrap();
        let main: PredicatesFile = toml::from_str(
            r#"
            language = "en"
            light_verbs = ["hold"]
            [classes]
            weapon = ["gun"]
            [[verb]]
            id = "refuse"
            lemmas = ["refuse"]
            patterns = [{ p = "* aid", code = "122" }]
            "#,
        )
        .unwrap();
        let mut l = compile_predicates("en", main, &table).unwrap();
        let added: PredicatesFile = toml::from_str(
            r#"
            light_verbs = ["renew"]
            [[noun]]
            id = "n_talks"
            lemmas = ["Talk"]
            code = "040"
            patterns = [{ p = "* &weapon", code = "046" }]
            [[verb]]
            id = "v_refuse"
            lemmas = ["refuse"]
            code = "120"
            "#,
        )
        .unwrap();
        add_predicates(&mut l, "en", added, &table).unwrap();
        assert!(l.light_verbs.contains("hold") && l.light_verbs.contains("renew"));
        // Verbs are compiled before nouns: the added verb block is the second block.
        assert_eq!(l.nouns["talk"], vec![2]);
        // The pattern-only block first, the added default code after it.
        assert_eq!(l.verbs["refuse"], vec![0, 1]);
        // Another language's file is refused.
        let fr: PredicatesFile = toml::from_str("language = \"fr\"").unwrap();
        assert!(add_predicates(&mut l, "en", fr, &table).is_err());
    }

    #[test]
    fn reject_is_a_governor_kind() {
        let f: ClausesFile =
            toml::from_str("inflections = [[\"ed\", \"\"]]\n[governors]\nreject = [\"Refuse\"]")
                .unwrap();
        let w = compile_clauses("en", f).unwrap();
        assert_eq!(w.governors["refuse"], Governor::Reject);
        assert_eq!(w.inflections, vec![("ed".to_string(), String::new())]);
    }

    #[test]
    fn broken_patterns_are_errors() {
        for bad in ["attack", "* (to", "* &nope", "* * x", "* {}", "* ()"] {
            assert!(parse_pattern(bad, "190", &classes()).is_err(), "{bad}");
        }
    }
}
