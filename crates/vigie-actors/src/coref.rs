//! Coreference: anaphors that stand for an actor the actors stage linked earlier.
//!
//! [`CorefStage`] runs right after the actors stage and adds one [`Mention`] per resolved
//! anaphor, marked `how = "coreference"` and carrying the antecedent's actor id, code and
//! canonical name, so that consumers reading mentions (the event coder, the quotes stage) see
//! "Il a réaffirmé…" as a mention of Lukashenko without any change, and consumers counting
//! names (entity lists, the entities evaluation) can leave them out.
//!
//! What is resolved, all from `lexicons/<lang>/coref.toml` (the words are data):
//! - subject pronouns ("il", "elle", "ils", "he", "they"…), not impersonal uses ("il y a",
//!   "il est important de");
//! - definite descriptions not linked by the actors stage: "le pays" and sector words without a
//!   country ("le gouvernement", "les manifestants") take the last country named in subject
//!   position; "le président" takes the only person named in the last sentences; "cette
//!   mission" takes the previous sentence's subject;
//! - the empty subject of a coordinated verb phrase ("il a affirmé …, et a accusé …"): a
//!   mention on the coordinator stands for the subject of the first verb.
//!
//! Rules: agreement first (gender and number from determiners and title words; person against
//! collective where the pronoun says so), then salience (the nearest subject in the sentence,
//! else the subject of the nearest earlier sentence that has a compatible one), recency limits
//! (a few sentences, fewer across a paragraph break; captions and headings, lines without final
//! punctuation, are skipped as not part of the running text), and abstention whenever the
//! candidates tie or the antecedent is a coordination ("la France et le Royaume-Uni … ils").

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use vigie_core::fold::{fold, Folded};
use vigie_core::{
    AnnotationData, Document, EntityType, Layer, LinkRule, LinkWhy, Mention, MentionHow, Span,
    Stage, StageError,
};

use crate::kb::Kb;
use crate::lexicon::FastSet;

/// How far back an antecedent may be, in sentences of running text, inside one paragraph.
const MAX_BACK: usize = 3;
/// How far back across a paragraph break: news paragraphs are short, but a pronoun rarely
/// reaches over more than the previous paragraph's last sentences.
const MAX_BACK_ACROSS_PARAGRAPHS: usize = 2;
/// The `how` of the mentions this stage adds.
pub const HOW: MentionHow = MentionHow::Coreference;

// ------------------------------------------------------------------------------ lexicon

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    M,
    F,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Sg,
    Pl,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refers {
    Person,
    Collective,
    Any,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PronounFile {
    forms: Vec<String>,
    #[serde(default = "any")]
    gender: String,
    #[serde(default = "any")]
    number: String,
    #[serde(default = "any")]
    refers_to: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ZeroFile {
    #[serde(default)]
    coordinators: Vec<String>,
    #[serde(default)]
    clitics: Vec<String>,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    complementizers: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ControlFile {
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DescriptionFile {
    phrases: Vec<String>,
    antecedent: String,
    #[serde(default)]
    sector: Option<String>,
    #[serde(default = "any")]
    gender: String,
}

fn any() -> String {
    "any".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: String,
    #[serde(default)]
    pronoun: Vec<PronounFile>,
    #[serde(default)]
    impersonal: Vec<String>,
    #[serde(default)]
    impersonal_skip: Vec<String>,
    #[serde(default)]
    clitic_y: Vec<String>,
    #[serde(default)]
    clitic_y_preps: Vec<String>,
    #[serde(default)]
    masculine_determiners: Vec<String>,
    #[serde(default)]
    feminine_determiners: Vec<String>,
    #[serde(default)]
    plural_determiners: Vec<String>,
    #[serde(default)]
    other_determiners: Vec<String>,
    #[serde(default)]
    possessive_markers: Vec<String>,
    #[serde(default)]
    possessive_determiners: Vec<String>,
    #[serde(default)]
    prepositions: Vec<String>,
    #[serde(default)]
    subject_openers: Vec<String>,
    #[serde(default)]
    masculine_cues: Vec<String>,
    #[serde(default)]
    feminine_cues: Vec<String>,
    #[serde(default)]
    plural_suffixes: Vec<String>,
    #[serde(default)]
    zero_subject: ZeroFile,
    #[serde(default)]
    control: ControlFile,
    #[serde(default)]
    description: Vec<DescriptionFile>,
}

/// What a subject pronoun agrees with.
#[derive(Debug, Clone, Copy)]
pub struct Pronoun {
    pub gender: Gender,
    pub number: Number,
    pub refers: Refers,
}

/// What a definite description stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Antecedent {
    Country(Option<String>),
    /// The country the article is about (named most often), with a sector: CAMEO codes
    /// unnamed domestic groups ("les manifestants", "la dissidence") with the story's country,
    /// even when the sentence's subject is a foreign actor ("la Russie a envoyé des forces pour
    /// calmer la dissidence").
    StoryCountry(Option<String>),
    Person(Gender),
    Subject,
    /// The one organisation named in the last sentences whose name, in any language of the
    /// knowledge base, holds the description's noun ("le comité" after "le KGB biélorusse",
    /// the State Security Committee; "l'agence" after "Belta").
    Organisation,
}

#[derive(Debug, Clone)]
struct Description {
    words: Vec<String>,
    antecedent: Antecedent,
}

/// A state body's name without its country, with a determiner ("l' etat-major"): `key` is the
/// bare name ("etat-major").
#[derive(Debug, Clone)]
struct Body {
    words: Vec<String>,
    key: String,
}

/// One language's coreference words, folded.
#[derive(Debug, Default)]
pub struct CorefLexicon {
    pronouns: crate::lexicon::FastMap<String, Pronoun>,
    impersonal: Vec<Vec<String>>,
    impersonal_skip: FastSet<String>,
    /// Clitics standing for a complement introduced by one of `clitic_y_preps` ("y" = "à" +
    /// it: "leur soutien à cette mission … refusé d'y participer").
    clitic_y: FastSet<String>,
    clitic_y_preps: FastSet<String>,
    masc_det: FastSet<String>,
    fem_det: FastSet<String>,
    pl_det: FastSet<String>,
    other_det: FastSet<String>,
    /// Determiners naming an owner ("son ministère de la défense", "its foreign ministry"):
    /// a body after one belongs to the country of the subject before, person or not.
    possessive_det: FastSet<String>,
    preps: FastSet<String>,
    openers: FastSet<String>,
    masc_cues: FastSet<String>,
    fem_cues: FastSet<String>,
    plural_suffixes: Vec<String>,
    coordinators: FastSet<String>,
    clitics: FastSet<String>,
    verbs: FastSet<String>,
    complementizers: FastSet<String>,
    /// "pour X de V": the actor after `control_before` is the subject of the infinitive
    /// after `control_after`.
    control_before: FastSet<String>,
    control_after: FastSet<String>,
    descriptions: Vec<Description>,
    /// Bodies of a state named without their country ("l'état-major", "le ministère de la
    /// Défense"), from the knowledge base: see [`CorefLexicons::add_bodies`]. By their first
    /// two words (the determiner and the name's first word), longest first.
    bodies: HashMap<String, HashMap<String, Vec<Body>>>,
    /// (bare name, country code) → knowledge-base actor id.
    body_actors: HashMap<(String, String), String>,
    /// The possessive after a name, as a token of its own (English "s" of "Russia's"): taken
    /// out with the country from a body's name ("Russia's Defence Ministry").
    possessive: FastSet<String>,
    /// Every word that starts an anaphor (pronoun, description, clitic, coordinator): most
    /// words of a text start none, and one lookup tells.
    starts: FastSet<String>,
}

/// A lexicon word as the tokenizer sees it: folded, without the elision apostrophe.
fn word(s: &str) -> String {
    fold(s.trim()).trim_end_matches('\'').to_string()
}

/// The words of a lexicon phrase; `*` (any one word) is kept.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .flat_map(|piece| {
            if piece == "*" {
                return vec!["*".to_string()];
            }
            let f = fold(piece);
            tokens_of(&f, &f, |o| o)
                .into_iter()
                .map(|(a, b)| f[a..b].to_string())
                .collect()
        })
        .collect()
}

fn set(v: &[String]) -> FastSet<String> {
    v.iter().map(|s| word(s)).collect()
}

impl CorefLexicon {
    fn from_file(f: File) -> Result<CorefLexicon, String> {
        let parse_gender = |s: &str| match s {
            "m" => Ok(Gender::M),
            "f" => Ok(Gender::F),
            "any" => Ok(Gender::Any),
            o => Err(format!("unknown gender {o:?}")),
        };
        let mut lex = CorefLexicon::default();
        for p in &f.pronoun {
            let pr = Pronoun {
                gender: parse_gender(&p.gender)?,
                number: match p.number.as_str() {
                    "sg" => Number::Sg,
                    "pl" => Number::Pl,
                    "any" => Number::Any,
                    o => return Err(format!("unknown number {o:?}")),
                },
                refers: match p.refers_to.as_str() {
                    "person" => Refers::Person,
                    "collective" => Refers::Collective,
                    "any" => Refers::Any,
                    o => return Err(format!("unknown refers_to {o:?}")),
                },
            };
            for form in &p.forms {
                lex.pronouns.insert(word(form), pr);
            }
        }
        lex.impersonal = f.impersonal.iter().map(|s| words(s)).collect();
        lex.impersonal_skip = set(&f.impersonal_skip);
        lex.clitic_y = set(&f.clitic_y);
        lex.clitic_y_preps = set(&f.clitic_y_preps);
        lex.masc_det = set(&f.masculine_determiners);
        lex.fem_det = set(&f.feminine_determiners);
        lex.pl_det = set(&f.plural_determiners);
        lex.other_det = set(&f.other_determiners);
        lex.possessive = set(&f.possessive_markers);
        lex.possessive_det = set(&f.possessive_determiners);
        lex.preps = set(&f.prepositions);
        lex.openers = set(&f.subject_openers);
        lex.masc_cues = set(&f.masculine_cues);
        lex.fem_cues = set(&f.feminine_cues);
        lex.plural_suffixes = f.plural_suffixes.clone();
        lex.coordinators = set(&f.zero_subject.coordinators);
        lex.clitics = set(&f.zero_subject.clitics);
        lex.verbs = set(&f.zero_subject.verbs);
        lex.complementizers = set(&f.zero_subject.complementizers);
        lex.control_before = set(&f.control.before);
        lex.control_after = set(&f.control.after);
        for d in &f.description {
            let antecedent = match d.antecedent.as_str() {
                "country" => Antecedent::Country(d.sector.clone()),
                "story_country" => Antecedent::StoryCountry(d.sector.clone()),
                "person" => Antecedent::Person(parse_gender(&d.gender)?),
                "subject" => Antecedent::Subject,
                "organisation" => Antecedent::Organisation,
                o => return Err(format!("unknown antecedent {o:?}")),
            };
            for p in &d.phrases {
                let w = words(p);
                if w.len() < 2 {
                    return Err(format!("description {p:?} needs a determiner and a noun"));
                }
                lex.descriptions.push(Description {
                    words: w,
                    antecedent: antecedent.clone(),
                });
            }
        }
        // Longest first, so "du chef de l'État" wins over a shorter phrase at the same place.
        lex.descriptions
            .sort_by_key(|d| std::cmp::Reverse(d.words.len()));
        lex.starts = lex
            .pronouns
            .keys()
            .cloned()
            .chain(lex.descriptions.iter().map(|d| d.words[0].clone()))
            .chain(lex.clitic_y.iter().cloned())
            .chain(lex.coordinators.iter().cloned())
            .chain(lex.control_after.iter().cloned())
            .collect();
        Ok(lex)
    }

    fn is_det(&self, w: &str) -> bool {
        self.masc_det.contains(w)
            || self.fem_det.contains(w)
            || self.pl_det.contains(w)
            || self.other_det.contains(w)
    }
}

/// The coreference lexicons of every language folder, by language code.
#[derive(Debug, Default)]
pub struct CorefLexicons {
    pub languages: HashMap<String, CorefLexicon>,
    /// Files that could not be read, with the reason.
    pub warnings: Vec<String>,
}

impl CorefLexicons {
    /// Adds, for every language, the bodies of states the knowledge base names with their
    /// country: "ministère russe de la Défense", "ministère de la Défense de la Russie",
    /// "Ukrainian General Staff" give the bare names "ministère de la Défense" and "General
    /// Staff", each preceded by the language's determiners ("le", "du", "de l'", "the"). In a
    /// text, such a bare name that the linker left alone is the body of the country the
    /// sentence or the article is about (`Resolver::body`): "Les forces ukrainiennes ont
    /// progressé, a indiqué l'état-major" is Ukraine's General Staff. Only the country's own
    /// names and adjectives are taken out, so the data decides, language by language.
    pub fn add_bodies(&mut self, kb: &Kb) {
        for (lang, lex) in self.languages.iter_mut() {
            let mut dets: Vec<Vec<String>> = lex
                .masc_det
                .iter()
                .chain(&lex.fem_det)
                .chain(&lex.pl_det)
                .chain(&lex.other_det)
                .map(|d| vec![d.clone()])
                .collect();
            // "de la", "à l'": a preposition before a determiner.
            let short_preps: Vec<String> = lex
                .preps
                .iter()
                .filter(|p| p.chars().count() <= 2)
                .cloned()
                .collect();
            for p in &short_preps {
                for d in lex.fem_det.iter().chain(&lex.other_det) {
                    dets.push(vec![p.clone(), d.clone()]);
                }
            }
            let mut keys: Vec<String> = Vec::new();
            for a in &kb.actors {
                let (Some(country), Some(names)) = (a.country.as_deref(), a.names.get(lang)) else {
                    continue;
                };
                if matches!(
                    a.kind,
                    EntityType::Country | EntityType::Person | EntityType::WeaponSystem
                ) {
                    continue;
                }
                let Some(c) = kb.get(country) else { continue };
                let own: Vec<Vec<String>> = c
                    .names
                    .get(lang)
                    .into_iter()
                    .chain(c.adjectives.get(lang))
                    .flatten()
                    .map(|n| words(n))
                    .filter(|w| !w.is_empty())
                    .collect();
                for n in names {
                    let Some(bare) = without_country(&words(n), &own, lex) else {
                        continue;
                    };
                    let key = bare.join(" ");
                    lex.body_actors
                        .entry((key.clone(), country.to_string()))
                        .or_insert_with(|| a.id.clone());
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
            for key in keys {
                let bare: Vec<String> = key.split(' ').map(str::to_string).collect();
                for d in &dets {
                    let mut w = d.clone();
                    w.extend(bare.iter().cloned());
                    lex.bodies
                        .entry(w[0].clone())
                        .or_default()
                        .entry(w[1].clone())
                        .or_default()
                        .push(Body {
                            words: w,
                            key: key.clone(),
                        });
                }
            }
            for list in lex.bodies.values_mut().flat_map(|m| m.values_mut()) {
                list.sort_by_key(|b| std::cmp::Reverse(b.words.len()));
            }
            let starts: Vec<String> = lex.bodies.keys().cloned().collect();
            lex.starts.extend(starts);
        }
    }

    pub fn load() -> CorefLexicons {
        let files: Vec<(String, String)> = vigie_resources::lexicons("coref.toml")
            .into_iter()
            .map(|r| (r.path, r.contents.into_owned()))
            .collect();
        CorefLexicons::from_files(files.iter().map(|(p, c)| (p.as_str(), c.as_str())))
    }

    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> CorefLexicons {
        let mut out = CorefLexicons::default();
        for (path, contents) in files {
            match toml::from_str::<File>(contents)
                .map_err(|e| e.to_string())
                .and_then(|f| {
                    let lang = f.language.clone();
                    CorefLexicon::from_file(f).map(|l| (lang, l))
                }) {
                Ok((lang, lex)) => {
                    out.languages.insert(lang, lex);
                }
                Err(e) => out.warnings.push(format!("{path}: {e}")),
            }
        }
        out
    }
}

// ------------------------------------------------------------------------------ stage

/// The pipeline stage.
pub struct CorefStage {
    lex: &'static CorefLexicons,
    kb: &'static Kb,
    titles: &'static FastSet<String>,
}

impl Default for CorefStage {
    fn default() -> Self {
        Self::new()
    }
}

impl CorefStage {
    pub fn new() -> Self {
        static LEX: OnceLock<CorefLexicons> = OnceLock::new();
        CorefStage {
            lex: LEX.get_or_init(|| {
                let mut lex = CorefLexicons::load();
                lex.add_bodies(&crate::shared().kb);
                lex
            }),
            kb: &crate::shared().kb,
            titles: &crate::shared().cues.person_titles,
        }
    }

    pub fn lexicons(&self) -> &CorefLexicons {
        self.lex
    }

    /// The anaphors of a document with the mentions they stand for, without adding them.
    pub fn find(&self, doc: &Document) -> Vec<(Span, Mention)> {
        let Some(lex) = doc
            .meta
            .language
            .as_deref()
            .and_then(|l| self.lex.languages.get(l))
        else {
            return Vec::new();
        };
        Resolver::new(doc, lex, self.kb, self.titles).run()
    }
}

impl Stage for CorefStage {
    fn name(&self) -> &'static str {
        "coref"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        for (span, m) in self.find(doc) {
            doc.annotate(span, m);
        }
        Ok(())
    }
}

// ------------------------------------------------------------------------------ resolver

/// Words of a folded text, from the pipeline's tokens (`vigie_text::tokens` of `original`,
/// located in `folded` by `to_folded`): their runs of letters, digits and inner hyphens; an
/// apostrophe ends a word (elision: "l'", "qu'"), and a one-letter word keeps the period after
/// it ("M.": the title, not the end of a sentence).
fn tokens_of(
    original: &str,
    folded: &str,
    to_folded: impl Fn(usize) -> usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let b = folded.as_bytes();
    let mut prev_end: Option<usize> = None;
    for t in vigie_text::folded_tokens(original, Span::new(0, original.len()), to_folded) {
        // White space between two tokens ends a word.
        if let Some(e) = prev_end.filter(|&e| e != t.start) {
            if let Some(s) = start.take() {
                out.push((s, e));
            }
        }
        prev_end = Some(t.end);
        for (k, c) in folded[t.start..t.end].char_indices() {
            let i = t.start + k;
            let inner_hyphen = c == '-'
                && start.is_some()
                && folded[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if c.is_alphanumeric() || inner_hyphen {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                // "M." keeps its period: it is the title, not the end of a sentence.
                let end = if c == '.' && i - s == 1 && b[s].is_ascii_alphabetic() {
                    i + 1
                } else {
                    i
                };
                out.push((s, end));
            }
        }
    }
    if let (Some(s), Some(e)) = (start, prev_end) {
        out.push((s, e));
    }
    out
}

/// An actor mention as the resolver sees it.
#[derive(Debug, Clone)]
struct Ment {
    span: Span,
    /// Token range in the folded text.
    first: usize,
    last: usize,
    sentence: usize,
    m: Mention,
    gender: Gender,
    plural: bool,
    person: bool,
    subject_pos: bool,
    /// Part of a coordination ("la Grande-Bretagne et la France").
    coordinated: bool,
    /// A description in apposition to the mention before it ("Alexandre Loukachenko, le
    /// président du Belarus,"): the same actor, not a candidate of its own.
    apposition: bool,
}

struct Sent {
    paragraph: usize,
    /// Running text (not a caption or heading).
    discourse: bool,
    first: usize,
    last: usize,
}

struct Resolver<'a> {
    doc: &'a Document,
    lex: &'a CorefLexicon,
    kb: &'a Kb,
    folded: Folded<'a>,
    tokens: Vec<(usize, usize)>,
    sents: Vec<Sent>,
    ments: Vec<Ment>,
    /// Titles before a person's name, all languages (lexicons/<lang>/actors.toml).
    titles: &'a FastSet<String>,
}

impl<'a> Resolver<'a> {
    fn new(
        doc: &'a Document,
        lex: &'a CorefLexicon,
        kb: &'a Kb,
        titles: &'a FastSet<String>,
    ) -> Self {
        let folded = Folded::new(&doc.text);
        let tokens = tokens_of(&doc.text, &folded.text, |o| folded.to_folded(o));
        Resolver {
            doc,
            lex,
            kb,
            folded,
            tokens,
            sents: Vec::new(),
            ments: Vec::new(),
            titles,
        }
    }

    fn w(&self, t: usize) -> &str {
        let (a, b) = self.tokens[t];
        &self.folded.text[a..b]
    }

    /// Token index range of an original span.
    fn token_range(&self, span: Span) -> Option<(usize, usize)> {
        let fs = self.folded.to_folded(span.start);
        let fe = self.folded.to_folded(span.end);
        let first = self.tokens.partition_point(|t| t.1 <= fs);
        let last = self.tokens.partition_point(|t| t.0 < fe).checked_sub(1)?;
        (first <= last).then_some((first, last))
    }

    /// The text between two tokens, original text, trimmed of spaces.
    fn gap(&self, a: usize, b: usize) -> &str {
        let s = self
            .folded
            .to_original(self.tokens[a].1, self.tokens[a].1)
            .start;
        let e = self
            .folded
            .to_original(self.tokens[b].0, self.tokens[b].0)
            .start;
        if s >= e {
            return "";
        }
        self.doc.text[s..e].trim()
    }

    /// True when punctuation (other than an elision apostrophe or a hyphen) lies between
    /// tokens `a` and `a + 1`.
    fn punct_after(&self, a: usize) -> bool {
        self.gap(a, a + 1)
            .chars()
            .any(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '-'))
    }

    fn sentence_of(&self, tok: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.last < tok);
        (i < self.sents.len() && self.sents[i].first <= tok).then_some(i)
    }

    fn run(mut self) -> Vec<(Span, Mention)> {
        self.build_sentences();
        self.build_mentions();
        let mut out = Vec::new();
        for si in 0..self.sents.len() {
            let (first, last) = (self.sents[si].first, self.sents[si].last);
            let mut t = first;
            while t <= last {
                let found = self.at(si, t);
                match found {
                    Some((end, span, m, gender, plural)) => {
                        self.add(si, t, end, span, m.clone(), gender, plural);
                        out.push((span, m));
                        t = end + 1;
                    }
                    None => t += 1,
                }
            }
        }
        out
    }

    fn build_sentences(&mut self) {
        let boiler: Vec<Span> = self.doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        let mut spans: Vec<Span> = self
            .doc
            .layer(Layer::Sentence)
            .map(|a| a.span)
            .filter(|s| !boiler.iter().any(|b| b.contains(s)))
            .collect();
        if spans.is_empty() {
            spans = self
                .doc
                .content_lines()
                .into_iter()
                .map(|(s, _)| s)
                .collect();
        }
        spans.sort();
        let mut paras: Vec<Span> = self.doc.layer(Layer::Paragraph).map(|a| a.span).collect();
        if paras.is_empty() {
            paras = self.doc.lines().map(|(s, _)| s).collect();
        }
        paras.sort();
        for (k, span) in spans.iter().enumerate() {
            let Some((first, last)) = self.token_range(*span) else {
                continue;
            };
            let paragraph = paras
                .partition_point(|p| p.start <= span.start)
                .checked_sub(1)
                .filter(|&i| span.start < paras[i].end.max(paras[i].start + 1))
                .unwrap_or(usize::MAX - k);
            // A short line without final punctuation is a title, heading or caption: not part
            // of the running text.
            let heading = vigie_text::is_heading(&self.doc.text, *span);
            self.sents.push(Sent {
                paragraph,
                discourse: !heading,
                first,
                last,
            });
        }
    }

    fn build_mentions(&mut self) {
        let mut list: Vec<(Span, Mention)> = self
            .doc
            .annotations
            .iter()
            .filter_map(|a| match &a.data {
                AnnotationData::Mention(m) => Some((a.span, m.clone())),
                _ => None,
            })
            .collect();
        list.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
        let mut person_gender: HashMap<String, Gender> = HashMap::new();
        let mut kept: Vec<Ment> = Vec::new();
        for (span, m) in list {
            if kept.last().is_some_and(|p| p.span.end > span.start) {
                continue; // nested in the previous one
            }
            let Some((first, last)) = self.token_range(span) else {
                continue;
            };
            let Some(sentence) = self.sentence_of(first) else {
                continue;
            };
            let (gender, plural) = self.features(first, last, &m);
            let person = m.entity_type == EntityType::Person;
            if person && gender != Gender::Any {
                if let Some(id) = person_key(&m) {
                    person_gender.entry(id).or_insert(gender);
                }
            }
            kept.push(Ment {
                span,
                first,
                last,
                sentence,
                m,
                gender,
                plural,
                person,
                subject_pos: false,
                coordinated: false,
                apposition: false,
            });
        }
        self.ments = kept;
        for i in 0..self.ments.len() {
            let (first, sentence) = (self.ments[i].first, self.ments[i].sentence);
            self.ments[i].subject_pos = self.subject_position(first, sentence);
        }
        let mut kept = std::mem::take(&mut self.ments);
        // A person's gender, once a title or determiner gave it, holds for every mention.
        for k in &mut kept {
            if k.person && k.gender == Gender::Any {
                if let Some(g) = person_key(&k.m).and_then(|a| person_gender.get(&a)) {
                    k.gender = *g;
                }
            }
        }
        for i in 1..kept.len() {
            let (a, b) = (&kept[i - 1], &kept[i]);
            if a.sentence != b.sentence || b.first <= a.last {
                continue;
            }
            if self.coordination(a.last, b.first) {
                kept[i - 1].coordinated = true;
                kept[i].coordinated = true;
            } else if a.person
                && b.m.how == Some(MentionHow::Agent)
                && self.gap(a.last, a.last + 1) == ","
                && (a.last + 1..b.first).all(|t| self.lex.is_det(self.w(t)))
            {
                // "X, le président du Belarus, …": the title's gender is the person's.
                kept[i].apposition = true;
                if kept[i - 1].gender == Gender::Any {
                    kept[i - 1].gender = kept[i].gender;
                }
            }
        }
        // Propagate genders learnt from appositions to every mention of the person.
        for k in &kept {
            if k.person && k.gender != Gender::Any {
                if let Some(id) = person_key(&k.m) {
                    person_gender.entry(id).or_insert(k.gender);
                }
            }
        }
        for k in &mut kept {
            if k.person && k.gender == Gender::Any {
                if let Some(g) = person_key(&k.m).and_then(|a| person_gender.get(&a)) {
                    k.gender = *g;
                }
            }
        }
        self.ments = kept;
    }

    /// Only a coordinator and determiners between tokens `a` and `b` (exclusive).
    fn coordination(&self, a: usize, b: usize) -> bool {
        let between: Vec<&str> = (a + 1..b).map(|t| self.w(t)).collect();
        between.iter().any(|w| self.lex.coordinators.contains(*w))
            && between
                .iter()
                .all(|w| self.lex.coordinators.contains(*w) || self.lex.is_det(w))
            && !(a + 1..b).any(|t| self.punct_after(t - 1) && self.gap(t - 1, t) != ",")
    }

    /// Gender and number of a mention from the determiner right before it, title words before
    /// a person, and the plural ending of a sector word.
    fn features(&self, first: usize, last: usize, m: &Mention) -> (Gender, bool) {
        let lex = self.lex;
        let det = first
            .checked_sub(1)
            .filter(|&p| !self.punct_after(p))
            .map(|p| self.w(p).to_string());
        let mut gender = Gender::Any;
        let mut plural = false;
        if let Some(d) = det.as_deref() {
            if lex.pl_det.contains(d) {
                plural = true;
            } else if lex.masc_det.contains(d) {
                gender = Gender::M;
            } else if lex.fem_det.contains(d) {
                gender = Gender::F;
            }
        }
        if m.how == Some(MentionHow::Agent) {
            let head = self.w(last);
            if lex
                .plural_suffixes
                .iter()
                .any(|s| head.ends_with(s.as_str()))
                && (plural
                    || det
                        .as_deref()
                        .is_none_or(|d| !lex.masc_det.contains(d) && !lex.fem_det.contains(d)))
            {
                plural = true;
            }
            // The gender of "le responsable biélorusse" is the determiner's; the head of a
            // composed agent ("troupes") has its own, unknown here.
        }
        if m.entity_type == EntityType::Person && gender == Gender::Any {
            // Up to three words back, within the clause: "le président turc Recep".
            let mut p = first;
            for _ in 0..3 {
                if p == 0 || self.punct_after(p - 1) {
                    break;
                }
                p -= 1;
                let w = self.w(p);
                if lex.masc_cues.contains(w) {
                    gender = Gender::M;
                    break;
                }
                if lex.fem_cues.contains(w) {
                    gender = Gender::F;
                    break;
                }
            }
        }
        (gender, plural)
    }

    /// A mention opens its clause: nothing but determiners between it and the start of the
    /// sentence, punctuation, or a clause-opening word.
    fn subject_position(&self, first: usize, sentence: usize) -> bool {
        let s_first = self.sents[sentence].first;
        let mut p = first;
        while p > s_first {
            if self.punct_after(p - 1) {
                return true;
            }
            let w = self.w(p - 1);
            // Determiners, title words and a title the actors stage linked ("le président
            // turc Recep Tayyip Erdoğan") belong to the same noun phrase.
            let title = self.lex.masc_cues.contains(w)
                || self.lex.fem_cues.contains(w)
                || self.titles.contains(w)
                || self.ments.iter().any(|m| m.first < p && p - 1 <= m.last);
            if (self.lex.is_det(w) || title) && !self.lex.preps.contains(w) {
                p -= 1;
                continue;
            }
            return self.lex.openers.contains(w) && !self.lex.preps.contains(w);
        }
        true
    }

    fn can_antecede(m: &Ment) -> bool {
        // A person the knowledge base does not list is still someone a pronoun can stand for
        // ("Alexeï Smirnov, a fait état de … « … », a-t-il écrit"): the anaphor then carries
        // the name, without an actor id or code.
        let unlisted_person = m.person && m.m.how == Some(MentionHow::Unlinked);
        !m.apposition
            && (m.m.actor.is_some() || m.m.code.is_some() || unlisted_person)
            && (unlisted_person
                || !matches!(
                    m.m.how,
                    Some(
                        MentionHow::Adjective
                            | MentionHow::OtherReading
                            | MentionHow::Unlinked
                            | MentionHow::Ambiguous
                    )
                ))
            && (m.m.entity_type != EntityType::Place || m.m.how == Some(MentionHow::Metonym))
    }

    /// Candidate sentences before sentence `si`, nearest first, within the recency limits.
    fn earlier(&self, si: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let para = self.sents[si].paragraph;
        let mut k = si;
        let mut n = 0;
        while k > 0 {
            k -= 1;
            if !self.sents[k].discourse {
                continue;
            }
            n += 1;
            let limit = if self.sents[k].paragraph == para {
                MAX_BACK
            } else {
                MAX_BACK_ACROSS_PARAGRAPHS
            };
            if n > limit {
                break;
            }
            out.push(k);
        }
        out
    }

    /// An anaphor starting at token `t` of sentence `si`: (last token, span, mention, gender,
    /// plural).
    #[allow(clippy::type_complexity)]
    fn at(&self, si: usize, t: usize) -> Option<(usize, Span, Mention, Gender, bool)> {
        let w = self.w(t);
        if !self.lex.starts.contains(w) {
            return None;
        }
        // Never inside a mention the actors stage found.
        let k = self.ments.partition_point(|m| m.last < t);
        if self.ments.get(k).is_some_and(|m| m.first <= t) {
            return None;
        }
        if let Some(p) = self.lex.pronouns.get(w) {
            // A pronoun glued to a verb by a hyphen ("a-t-il") is an inversion the quotes
            // stage reads itself; a pronoun in the middle of a word cannot happen here.
            // After a preposition it is a stressed pronoun ("pour elle"), not a subject.
            let after_prep =
                t > 0 && !self.punct_after(t - 1) && self.lex.preps.contains(self.w(t - 1));
            if self.impersonal(t) || after_prep {
                return None;
            }
            let ante = self.resolve_pronoun(si, t, *p)?;
            let span = self.orig(t, t);
            let number = p.number;
            return Some((
                t,
                span,
                coref_mention(&ante.m),
                if p.gender == Gender::Any {
                    ante.gender
                } else {
                    p.gender
                },
                match number {
                    Number::Pl => true,
                    Number::Sg => false,
                    Number::Any => ante.plural,
                },
            ));
        }
        if let Some(found) = self.description(si, t).or_else(|| self.body(si, t)) {
            return Some(found);
        }
        // Not the "y" of an impersonal "il y a" / "il n'y a".
        let existential = (1..=2).any(|k| t >= k && self.impersonal(t - k));
        if self.lex.clitic_y.contains(w) && t < self.sents[si].last && !existential {
            let ante = self.clitic(si, t)?;
            return Some((
                t,
                self.orig(t, t),
                coref_mention(&ante.m),
                ante.gender,
                ante.plural,
            ));
        }
        if self.lex.control_after.contains(w) {
            if let Some(ante) = self.controller(si, t) {
                return Some((
                    t,
                    self.orig(t, t),
                    coref_mention(&ante.m),
                    ante.gender,
                    ante.plural,
                ));
            }
        }
        if self.lex.coordinators.contains(w) {
            let ante = self.zero_subject(si, t)?;
            return Some((
                t,
                self.orig(t, t),
                coref_mention(&ante.m),
                ante.gender,
                ante.plural,
            ));
        }
        None
    }

    fn orig(&self, a: usize, b: usize) -> Span {
        self.folded.to_original(self.tokens[a].0, self.tokens[b].1)
    }

    fn impersonal(&self, t: usize) -> bool {
        // The negation between pronoun and verb does not change the verb ("il ne s'agit pas").
        let mut words: Vec<&str> = vec![self.w(t)];
        let mut k = t + 1;
        while k < self.tokens.len() && words.len() < 6 {
            let w = self.w(k);
            if !self.lex.impersonal_skip.contains(w) {
                words.push(w);
            }
            k += 1;
        }
        self.lex.impersonal.iter().any(|pat| {
            pat.len() <= words.len() && pat.iter().zip(&words).all(|(p, w)| p == "*" || p == w)
        })
    }

    fn agrees(p: Pronoun, m: &Ment) -> bool {
        let number_ok = match p.number {
            Number::Sg => !m.plural,
            Number::Pl => m.plural,
            Number::Any => true,
        };
        let gender_ok = match (p.gender, m.gender) {
            (Gender::Any, _) | (_, Gender::Any) => true,
            (a, b) => a == b || (p.number == Number::Pl && m.plural && p.gender == Gender::M),
        };
        let kind_ok = match p.refers {
            Refers::Any => true,
            Refers::Person => m.person,
            Refers::Collective => !m.person,
        };
        number_ok && gender_ok && kind_ok
    }

    fn resolve_pronoun(&self, si: usize, t: usize, p: Pronoun) -> Option<&Ment> {
        let ok = |m: &&Ment| Self::can_antecede(m) && m.subject_pos && Self::agrees(p, m);
        // The nearest subject before it in its own sentence ("Loukachenko a dit qu'il …").
        let same = self
            .ments
            .iter()
            .rfind(|m| m.sentence == si && m.last < t && ok(m));
        let chosen = match same {
            Some(m) => Some(m),
            None => self.earlier(si).into_iter().find_map(|k| {
                let cands: Vec<&Ment> = self
                    .ments
                    .iter()
                    .filter(|m| m.sentence == k)
                    .filter(ok)
                    .collect();
                let first = *cands.first()?;
                // Agreement that only fits by default (unknown gender) loses to an exact fit.
                let exact = |m: &Ment| p.gender == Gender::Any || m.gender == p.gender;
                if !exact(first) {
                    let other = cands.iter().find(|m| exact(m) && !same_actor(m, first));
                    if let Some(o) = other {
                        return Some(*o);
                    }
                }
                Some(first)
            }),
        }?;
        (!chosen.coordinated).then_some(chosen)
    }

    /// Whether the tokens from `t` are `words`.
    fn phrase_at(&self, words: &[String], t: usize) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| t + k < self.tokens.len() && self.w(t + k) == w)
    }

    /// The last token of a phrase of `len` tokens at `t`, when it ends inside sentence `si`
    /// and no mention of the actors stage overlaps it.
    fn free_phrase_end(&self, si: usize, t: usize, len: usize) -> Option<usize> {
        let end = t + len - 1;
        (end <= self.sents[si].last && !self.ments.iter().any(|m| m.first <= end && m.last >= t))
            .then_some(end)
    }

    /// The distinct actors `keep` accepts among the mentions that can antecede token `t` of
    /// sentence `si`: before it in its sentence, then in the sentences [`Self::earlier`] allows.
    fn antecedents_before(&self, si: usize, t: usize, keep: impl Fn(&Ment) -> bool) -> Vec<&Ment> {
        let mut found: Vec<&Ment> = Vec::new();
        let mut window = vec![si];
        window.extend(self.earlier(si));
        for k in window {
            for m in self.ments.iter().filter(|m| {
                m.sentence == k && (k != si || m.last < t) && Self::can_antecede(m) && keep(m)
            }) {
                if !found.iter().any(|p| same_actor(p, m)) {
                    found.push(m);
                }
            }
        }
        found
    }

    fn description(&self, si: usize, t: usize) -> Option<(usize, Span, Mention, Gender, bool)> {
        let d = self
            .lex
            .descriptions
            .iter()
            .find(|d| self.phrase_at(&d.words, t))?;
        // Already linked ("le dirigeant biélorusse") or part of a name.
        let end = self.free_phrase_end(si, t, d.words.len())?;
        // The noun of the description: the words after its first (determiner or "du").
        let head_first = t
            + 1
            + d.words[1..]
                .iter()
                .take_while(|w| self.lex.is_det(w))
                .count();
        let span = self.orig(head_first.min(end), end);
        let det = self.w(t);
        let plural = self.lex.pl_det.contains(det)
            || d.words.last().is_some_and(|h| {
                self.lex
                    .plural_suffixes
                    .iter()
                    .any(|s| h.ends_with(s.as_str()))
            });
        match &d.antecedent {
            Antecedent::Person(g) => {
                // A title before a name ("le président Erdoğan", "le président turc Recep").
                if self
                    .ments
                    .iter()
                    .any(|m| m.first > end && m.first <= end + 2 && m.sentence == si)
                {
                    return None;
                }
                let persons = self.antecedents_before(si, t, |m| {
                    m.person && (*g == Gender::Any || m.gender == Gender::Any || m.gender == *g)
                });
                // Several persons: which one is "le président" is not for a word list to say.
                if persons.len() != 1 {
                    return None;
                }
                let a = persons[0];
                Some((end, span, coref_mention(&a.m), a.gender, false))
            }
            Antecedent::Country(sector) | Antecedent::StoryCountry(sector) => {
                let ante = if matches!(d.antecedent, Antecedent::Country(_)) {
                    self.country_subject(si, t)?
                } else {
                    self.story_country()?
                };
                let mut m = coref_mention(&ante);
                if let (Some(s), Some(c)) = (sector, m.code.clone()) {
                    m.code = Some(format!("{}{s}", &c[..3]));
                }
                Some((end, span, m, Gender::Any, plural))
            }
            Antecedent::Organisation => {
                let noun = d.words.last()?;
                let kb = &crate::shared().kb;
                let named = |m: &Ment| {
                    m.m.actor
                        .as_deref()
                        .and_then(|id| kb.get(id))
                        .is_some_and(|a| a.all_names().any(|(_, n)| words(n).contains(noun)))
                };
                let found = self.antecedents_before(si, t, |m| {
                    m.m.entity_type == EntityType::Organisation && named(m)
                });
                // Two committees named: which one is "le comité" is not for a word to say.
                let [a] = found[..] else { return None };
                Some((end, span, coref_mention(&a.m), Gender::Any, plural))
            }
            Antecedent::Subject => {
                let k = self.earlier(si).into_iter().next()?;
                let a = self
                    .ments
                    .iter()
                    .find(|m| m.sentence == k && m.subject_pos && Self::can_antecede(m))?;
                // A coordinated subject ("la Grande-Bretagne et la France préparent un plan"):
                // the mention can carry one actor; the first conjunct stands for the group.
                Some((end, span, coref_mention(&a.m), Gender::Any, false))
            }
        }
    }

    /// A state body named without its country ("l'état-major", "le ministère de la Défense";
    /// [`CorefLexicons::add_bodies`]): the knowledge base's body of that name for the country
    /// named last in subject position, else for the article's country; none when the knowledge
    /// base has no such body for that country.
    fn body(&self, si: usize, t: usize) -> Option<(usize, Span, Mention, Gender, bool)> {
        if t + 1 >= self.tokens.len() {
            return None;
        }
        let b = self
            .lex
            .bodies
            .get(self.w(t))?
            .get(self.w(t + 1))?
            .iter()
            .find(|b| self.phrase_at(&b.words, t))?;
        // A longer name the linker found ("le ministère russe de la Défense") is its own.
        let end = self.free_phrase_end(si, t, b.words.len())?;
        // Followed by a name or an adjective that is not the country's: another body.
        if end < self.sents[si].last && self.ments.iter().any(|m| m.first == end + 1) {
            return None;
        }
        let owned = self.lex.possessive_det.contains(self.w(t));
        let country = if owned {
            self.possessor_country(si, t)
        } else {
            None
        };
        let country = match country {
            Some(c) => c,
            None => self
                .country_subject(si, t)
                .or_else(|| self.story_country())?,
        };
        let code = country.code.as_deref()?.get(..3)?;
        let id = self
            .lex
            .body_actors
            .get(&(b.key.clone(), code.to_string()))?;
        let a = self.kb.get(id)?;
        let head_first = t + b.words.len() - b.key.split(' ').count();
        let span = self.orig(head_first, end);
        Some((
            end,
            span,
            Mention {
                actor: Some(a.id.clone()),
                code: a.cameo.clone(),
                canonical: Some(a.canonical().to_string()),
                entity_type: a.kind,
                how: Some(HOW),
                why: vec![LinkWhy::new(
                    LinkRule::Antecedent,
                    Some(format!(
                        "a body named without its country: {}'s (the country named as subject \
                         before, else the article's)",
                        country.canonical.as_deref().unwrap_or("?")
                    )),
                )],
            },
            Gender::Any,
            false,
        ))
    }

    /// The country of the owner a possessive determiner at `t` points to: the nearest subject
    /// before it, a person included ("Vladimir Poutine a qualifié …, tandis que son ministère
    /// de la défense affirmait …": Putin's, hence Russia's), this sentence first.
    fn possessor_country(&self, si: usize, t: usize) -> Option<Mention> {
        let owner = |m: &&Ment| Self::can_antecede(m) && m.subject_pos;
        let subject = match self
            .ments
            .iter()
            .filter(|m| m.sentence == si && m.last < t)
            .rfind(owner)
        {
            Some(m) => m,
            None => {
                let k = self.earlier(si).into_iter().next()?;
                self.ments.iter().filter(|m| m.sentence == k).find(owner)?
            }
        };
        self.country_of(&subject.m)
    }

    /// The last country named in subject position before token `t` (this sentence first, then
    /// earlier ones), as a country mention.
    fn country_subject(&self, si: usize, t: usize) -> Option<Mention> {
        let country_of = |m: &Ment| -> Option<Mention> {
            if !Self::can_antecede(m) || !m.subject_pos || m.person {
                return None;
            }
            self.country_of(&m.m)
        };
        if let Some(m) = self
            .ments
            .iter()
            .filter(|m| m.sentence == si && m.last < t)
            .rev()
            .find_map(country_of)
        {
            return Some(m);
        }
        self.earlier(si).into_iter().find_map(|k| {
            self.ments
                .iter()
                .filter(|m| m.sentence == k)
                .find_map(country_of)
        })
    }

    /// The country of a mention: its code's first three letters, when they name a country of
    /// the knowledge base.
    fn country_of(&self, m: &Mention) -> Option<Mention> {
        let code = m.code.as_deref().filter(|c| c.len() >= 3)?;
        let c = self
            .kb
            .get(code.get(..3)?)
            .filter(|a| a.kind == EntityType::Country)?;
        Some(Mention {
            actor: Some(c.id.clone()),
            code: c.cameo.clone(),
            canonical: Some(c.canonical().to_string()),
            entity_type: c.kind,
            how: None,
            why: Vec::new(),
        })
    }

    /// The country named most often in the article (by itself, its people, places and
    /// bodies); none when two tie.
    fn story_country(&self) -> Option<Mention> {
        let mut counts: Vec<(Mention, usize)> = Vec::new();
        for m in self.ments.iter().filter(|m| m.m.how != Some(HOW)) {
            let Some(c) = self.country_of(&m.m) else {
                continue;
            };
            match counts.iter_mut().find(|(x, _)| x.actor == c.actor) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        match counts.as_slice() {
            [(c, _)] => Some(c.clone()),
            [(c, a), (_, b), ..] if a > b => Some(c.clone()),
            _ => None,
        }
    }

    /// "la possibilité pour la Biélorussie de déployer …": the mention right before the "de"
    /// at `t`, itself right after "pour", is the subject of the infinitive that follows.
    fn controller(&self, si: usize, t: usize) -> Option<&Ment> {
        let last = self.sents[si].last;
        // An infinitive follows, not a noun phrase ("pour la Russie de la Crimée").
        if t >= last || self.lex.is_det(self.w(t + 1)) || self.punct_after(t) {
            return None;
        }
        let k = self.ments.partition_point(|m| m.last < t);
        let m = self.ments[..k].last()?;
        if m.sentence != si || m.last + 1 != t || !Self::can_antecede(m) || m.m.how == Some(HOW) {
            return None;
        }
        let mut p = m.first;
        while p > 0 && self.lex.is_det(self.w(p - 1)) && !self.lex.preps.contains(self.w(p - 1)) {
            p -= 1;
        }
        (p > 0 && self.lex.control_before.contains(self.w(p - 1))).then_some(m)
    }

    /// The subject of a coordinated verb phrase with none of its own, on its coordinator.
    fn zero_subject(&self, si: usize, t: usize) -> Option<&Ment> {
        let lex = self.lex;
        let last = self.sents[si].last;
        let mut v = t + 1;
        while v <= last && lex.clitics.contains(self.w(v)) {
            v += 1;
        }
        if v > last || !lex.verbs.contains(self.w(v)) {
            return None;
        }
        let before: Vec<&Ment> = self
            .ments
            .iter()
            .filter(|m| m.sentence == si && m.last < t && m.subject_pos && Self::can_antecede(m))
            .collect();
        let main = *before.first()?;
        // The verb right after a subject, past clitics.
        let verb_after = |m: &Ment| {
            let mut p = m.last + 1;
            while p < t && lex.clitics.contains(self.w(p)) {
                p += 1;
            }
            (p < t).then(|| self.w(p).to_string())
        };
        let comp = (main.last + 1..t).find(|&p| lex.complementizers.contains(self.w(p)));
        let chosen = match comp {
            None => main,
            Some(c) => {
                // A second verb phrase after "X a dit que Y …" belongs to whichever subject's
                // verb it parallels: "il a affirmé que la Russie n'accepterait …, et a accusé".
                let inner = before.iter().rev().find(|m| m.first > c).copied();
                let conj = self.w(v).to_string();
                let main_par = verb_after(main).as_deref() == Some(conj.as_str());
                let inner_par = inner.and_then(verb_after).as_deref() == Some(conj.as_str());
                match (main_par, inner_par, inner) {
                    (true, false, _) => main,
                    (false, true, Some(i)) => i,
                    (_, _, None) if main_par => main,
                    _ => return None,
                }
            }
        };
        // Only where it tells something: with no other mention between the subject and the
        // coordinator, the first verb's subject is already the nearest one.
        let between = self
            .ments
            .iter()
            .any(|m| m.sentence == si && m.first > chosen.last && m.last < t);
        (!chosen.coordinated && between).then_some(chosen)
    }

    /// What a "y" clitic stands for: the last actor named after "à" in this sentence or the
    /// previous one ("leur soutien à cette mission … mais ont refusé d'y participer").
    fn clitic(&self, si: usize, t: usize) -> Option<&Ment> {
        let after_prep = |m: &&Ment| {
            Self::can_antecede(m) && {
                let mut p = m.first;
                while p > 0
                    && self.lex.is_det(self.w(p - 1))
                    && !self.lex.preps.contains(self.w(p - 1))
                {
                    p -= 1;
                }
                p > 0 && self.lex.clitic_y_preps.contains(self.w(p - 1))
            }
        };
        let same = self
            .ments
            .iter()
            .rfind(|m| m.sentence == si && m.last < t && after_prep(m));
        same.or_else(|| {
            let k = self.earlier(si).into_iter().next()?;
            self.ments
                .iter()
                .rfind(|m| m.sentence == k && after_prep(m))
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        si: usize,
        first: usize,
        last: usize,
        span: Span,
        m: Mention,
        gender: Gender,
        plural: bool,
    ) {
        let person = m.entity_type == EntityType::Person;
        let subject_pos = self.subject_position(first, si);
        let at = self.ments.partition_point(|x| x.first < first);
        self.ments.insert(
            at,
            Ment {
                span,
                first,
                last,
                sentence: si,
                m,
                gender,
                plural,
                person,
                subject_pos,
                coordinated: false,
                apposition: false,
            },
        );
    }
}

fn same_actor(a: &Ment, b: &Ment) -> bool {
    match (person_key(&a.m), person_key(&b.m)) {
        (Some(x), Some(y)) if a.m.actor.is_none() => x == y,
        _ => a.m.actor.is_some() && a.m.actor == b.m.actor && a.m.code == b.m.code,
    }
}

/// What identifies a person across mentions: the actor id, else, for a person the knowledge
/// base does not list, the name.
fn person_key(m: &Mention) -> Option<String> {
    m.actor.clone().or_else(|| {
        (m.entity_type == EntityType::Person && m.how == Some(MentionHow::Unlinked))
            .then(|| m.canonical.as_ref().map(|c| format!("unlisted:{c}")))
            .flatten()
    })
}

/// The mention an anaphor adds: the antecedent's actor, marked as coreference.
/// A body's name with one of its country's names or adjectives (`own`, as folded words) taken
/// out, with the prepositions and determiners before a country's name ("de la Russie", "of
/// Ukraine") and the language's possessive after it ("Russia's"); `None` when no country word is in
/// it or nothing but function words would be left.
fn without_country(
    name: &[String],
    own: &[Vec<String>],
    lex: &CorefLexicon,
) -> Option<Vec<String>> {
    let (at, len) = own.iter().find_map(|o| {
        (0..name.len().saturating_sub(o.len() - 1))
            .find(|&i| name[i..i + o.len()] == o[..])
            .map(|i| (i, o.len()))
    })?;
    let mut start = at;
    // "de la Russie", "of Ukraine": the preposition and determiners before the country.
    while start > 0
        && (lex.is_det(&name[start - 1]) || lex.preps.contains(&name[start - 1]))
        && at - start < 3
    {
        start -= 1;
    }
    let mut end = at + len;
    if name.get(end).is_some_and(|w| lex.possessive.contains(w)) {
        end += 1;
    }
    let mut bare: Vec<String> = name[..start].to_vec();
    bare.extend_from_slice(&name[end..]);
    // A determiner left in front ("the") is the text's to give.
    while bare.first().is_some_and(|w| lex.is_det(w)) {
        bare.remove(0);
    }
    let content = bare
        .iter()
        .any(|w| !lex.is_det(w) && !lex.preps.contains(w));
    (content && !bare.is_empty()).then_some(bare)
}

fn coref_mention(ante: &Mention) -> Mention {
    Mention {
        actor: ante.actor.clone(),
        code: ante.code.clone(),
        canonical: ante.canonical.clone(),
        entity_type: ante.entity_type,
        how: Some(HOW),
        why: vec![LinkWhy::new(
            LinkRule::Antecedent,
            ante.canonical
                .as_ref()
                .map(|c| format!("stands for {c}, named before")),
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_from_the_shared_tokens() {
        let text = "M. Dupont, porte-parole de l’Élysée, l’a dit- hier";
        let folded = Folded::new(text);
        let got: Vec<&str> = tokens_of(text, &folded.text, |o| folded.to_folded(o))
            .into_iter()
            .map(|(a, b)| &folded.text[a..b])
            .collect();
        assert_eq!(
            got,
            [
                "m.",
                "dupont",
                "porte-parole",
                "de",
                "l",
                "elysee",
                "l",
                "a",
                "dit",
                "hier"
            ]
        );
        assert_eq!(words("l' porte-parole"), ["l", "porte-parole"]);
    }
}
