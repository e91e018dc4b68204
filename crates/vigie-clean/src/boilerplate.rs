//! Web-leftover (boilerplate) detection: marks, as [`Boilerplate`] annotations, the lines of an
//! article's text that are page furniture rather than content. Nothing is ever deleted.
//!
//! Two kinds of evidence are combined:
//! - **cues** from the per-language data files `lexicons/<lang>/boilerplate.toml` (ad labels,
//!   "Lire aussi", cookie banners, share bars, related-article headings…), each with guards
//!   (longest line it may match, where in the article it may occur);
//! - **line features** computed in code for every language alike: length, final punctuation,
//!   position before the first or after the last paragraph of prose, link-like shape
//!   (breadcrumb separators, lists of language codes, lone counters), repetition of another
//!   line, and the language of the line (by stop words) differing from the article's.
//!
//! The stage errs on the side of keeping text: a line is marked only when a cue or a structural
//! feature says so unambiguously, and prose in the middle of the article is never marked by
//! position alone.
//!
//! Then a **learned line classifier** ([`model`], over the features of [`features`]; trained by
//! `vigie train boilerplate` on silver lines of the trafilatura evaluation pages, shipped as
//! `models/boilerplate/leftovers.model`, see its README) scores the lines the rules left and
//! marks those at or above its threshold (chosen on dev pages for precision 0.98) with the role
//! `classified`. It never marks body prose, nor anything in a text where no prose was found.

pub mod features;
pub mod model;

use std::collections::{HashMap, HashSet};

use aho_corasick::AhoCorasick;
use regex::Regex;
use serde::Deserialize;
use vigie_core::fold::{comparable_line, fold, BULLETS};
use vigie_core::{Boilerplate, BoilerplateRole, Document, Span, Stage, StageError};

pub use model::LineModel;

/// A lexicon file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: {source}")]
    Toml {
        path: String,
        source: toml::de::Error,
    },
    #[error("{path}: pattern {pattern:?}: {source}")]
    Pattern {
        path: String,
        pattern: String,
        source: regex::Error,
    },
}

/// Where in the article a cue may fire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Position {
    #[default]
    Any,
    /// Before the first paragraph of prose.
    Head,
    /// After the last paragraph of prose.
    Tail,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDef {
    language: String,
    #[serde(default)]
    agencies: Vec<String>,
    #[serde(default)]
    home: Vec<String>,
    #[serde(default)]
    months: Vec<String>,
    #[serde(default)]
    dateline_words: Vec<String>,
    #[serde(default)]
    byline: Vec<String>,
    #[serde(default)]
    language_names: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    /// Imperative and interface words (folded, whole words) that calls to action, teasers and
    /// navigation labels use: a feature of the line classifier, never a cue on their own.
    #[serde(default)]
    ui_words: Vec<String>,
    #[serde(default)]
    cue: Vec<CueDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueDef {
    /// Read as the enum, so a role outside the set fails the file's load with its path.
    role: BoilerplateRole,
    #[serde(default)]
    exact: Vec<String>,
    #[serde(default)]
    prefix: Vec<String>,
    #[serde(default)]
    contains: Vec<String>,
    #[serde(default)]
    with_any: Vec<String>,
    #[serde(default)]
    pattern: Vec<String>,
    max_chars: Option<usize>,
    #[serde(default)]
    position: Position,
    #[serde(default)]
    block: bool,
    #[serde(default)]
    caption: bool,
    #[serde(default)]
    ends_article: bool,
    #[serde(default)]
    fallback: bool,
}

/// One cue group of one language file, with its options.
#[derive(Debug)]
struct Cue {
    lang: String,
    role: BoilerplateRole,
    max_chars: Option<usize>,
    position: Position,
    block: bool,
    caption: bool,
    ends_article: bool,
    /// Tried after every other cue of every kind: a broad cue (calls to action) that must
    /// not take a line from a more specific role (share, cookie banner), whose options differ.
    fallback: bool,
    /// Folded phrases of which one must also occur for `contains` phrases to count.
    with_any: Vec<String>,
    patterns: Vec<(String, Regex)>,
}

/// Lines longer than this are prose whatever they contain: no cue is looked for in them.
const LONGEST_CUE_LINE: usize = 800;
/// Default longest line for `prefix` and `pattern` cues, and for `contains` cues.
const DEFAULT_PREFIX_CHARS: usize = 300;
const DEFAULT_CONTAINS_CHARS: usize = 400;
/// Lines after a heading/banner that a `block` cue extends to must be at most this long.
const BLOCK_LINE_CHARS: usize = 200;
/// A standfirst (the summary under the headline) is at most this long.
const STANDFIRST_CHARS: usize = 300;
/// A photo caption following a credit line is at most this long.
const CAPTION_CHARS: usize = 300;
/// Longest line (in words) that a final arrow or pictograph marks as a call to action: the
/// teasers and buttons that end so are a few words; a longer line is a post someone wrote.
const POINTER_WORDS: usize = 15;

/// The compiled lexicons of every language.
#[derive(Debug)]
pub struct Lexicon {
    cues: Vec<Cue>,
    exact: HashMap<String, usize>,
    /// (folded phrase, cue index), longest first so the most specific phrase names the cue.
    prefixes: Vec<(String, usize)>,
    contains: AhoCorasick,
    /// For each `contains` automaton pattern: (folded phrase, cue index).
    contains_meta: Vec<(String, usize)>,
    home: Vec<String>,
    byline: Vec<String>,
    language_names: HashSet<String>,
    /// Words allowed in a dateline besides the date, the time and the outlet.
    dateline_words: HashSet<String>,
    date: Regex,
    time: Regex,
    /// Folded stop word → languages it belongs to.
    stopwords: HashMap<String, Vec<usize>>,
    /// Folded interface words of every language (`ui_words`).
    ui_words: HashSet<String>,
    languages: Vec<String>,
}

impl Lexicon {
    /// Loads `lexicons/*/boilerplate.toml` from the embedded resources (or `VIGIE_RESOURCES`).
    pub fn load() -> Result<Lexicon, LexiconError> {
        let files: Vec<(String, String)> = vigie_resources::lexicons("boilerplate.toml")
            .into_iter()
            .map(|r| (r.path.clone(), r.contents.into_owned()))
            .collect();
        Lexicon::from_files(&files)
    }

    /// Builds the lexicon from `(path, contents)` pairs of boilerplate TOML files.
    pub fn from_files(files: &[(String, String)]) -> Result<Lexicon, LexiconError> {
        let mut defs = Vec::new();
        for (path, contents) in files {
            let def: FileDef = toml::from_str(contents).map_err(|source| LexiconError::Toml {
                path: path.clone(),
                source,
            })?;
            defs.push((path.clone(), def));
        }
        // Agencies are shared: an English page may credit "dpa", a French one "Reuters".
        let mut agencies: Vec<String> = defs
            .iter()
            .flat_map(|(_, d)| d.agencies.iter().map(|a| regex::escape(&fold(a))))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        agencies.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let agency_alt = format!("(?:{})", agencies.join("|"));

        let mut cues = Vec::new();
        let mut exact = HashMap::new();
        let mut prefixes = Vec::new();
        let mut contains_meta = Vec::new();
        let mut home = Vec::new();
        let mut byline = Vec::new();
        let mut language_names = HashSet::new();
        let mut dateline_words = HashSet::new();
        let mut months = Vec::new();
        let mut stopwords: HashMap<String, Vec<usize>> = HashMap::new();
        let mut ui_words = HashSet::new();
        let mut languages = Vec::new();
        for (path, def) in defs {
            let lang_index = languages.len();
            languages.push(def.language.clone());
            home.extend(def.home.iter().map(|h| fold(h)));
            byline.extend(def.byline.iter().map(|b| fold(b)));
            language_names.extend(def.language_names.iter().map(|n| fold(n)));
            for w in &def.dateline_words {
                dateline_words.extend(fold(w).split_whitespace().map(str::to_string));
            }
            months.extend(
                def.months
                    .iter()
                    .map(|m| regex::escape(fold(m).trim_end_matches('.'))),
            );
            for w in &def.stopwords {
                stopwords.entry(fold(w)).or_default().push(lang_index);
            }
            ui_words.extend(def.ui_words.iter().map(|w| fold(w)));
            for c in def.cue {
                let index = cues.len();
                let mut patterns = Vec::new();
                for p in &c.pattern {
                    let expanded = fold_pattern(p).replace("{agency}", &agency_alt);
                    let re = Regex::new(&expanded).map_err(|source| LexiconError::Pattern {
                        path: path.clone(),
                        pattern: p.clone(),
                        source,
                    })?;
                    patterns.push((p.clone(), re));
                }
                for e in &c.exact {
                    exact.entry(comparable_line(&fold(e))).or_insert(index);
                }
                for p in &c.prefix {
                    prefixes.push((normalise_prefix(&fold(p)), index));
                }
                for p in &c.contains {
                    contains_meta.push((fold(p), index));
                }
                cues.push(Cue {
                    lang: def.language.clone(),
                    role: c.role,
                    max_chars: c.max_chars,
                    position: c.position,
                    block: c.block,
                    caption: c.caption,
                    ends_article: c.ends_article,
                    fallback: c.fallback,
                    with_any: c.with_any.iter().map(|w| fold(w)).collect(),
                    patterns,
                });
            }
        }
        prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let contains = AhoCorasick::new(contains_meta.iter().map(|(p, _)| p.as_str()))
            .expect("contains phrases build an automaton");
        months.sort_by_key(|m| std::cmp::Reverse(m.len()));
        let month = format!("(?:{})\\.?", months.join("|"));
        // Dates as written in datelines: 04/11/2026, 05.11.2026, 2026-11-04, 4 novembre 2026,
        // October 28, 2026, 28. Oktober 2026.
        let date = Regex::new(&format!(
            r"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:er|\.)? (?:de )?{month}(?: de)? \d{{4}}|{month} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})"
        ))
        // The months come from the files: a list too long for the regex size limit is their
        // error, not a panic.
        .map_err(|source| LexiconError::Pattern {
            path: files.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>().join(", "),
            pattern: "months".to_string(),
            source,
        })?;
        let time = Regex::new(r"\b\d{1,2}(?::| ?h ?)\d{2}\b|\b\d{1,2} ?h\b").expect("time pattern");
        Ok(Lexicon {
            cues,
            exact,
            prefixes,
            contains,
            contains_meta,
            home,
            byline,
            language_names,
            dateline_words,
            date,
            time,
            stopwords,
            ui_words,
            languages,
        })
    }

    /// The first cue matching a line, with the phrase or pattern that fired.
    fn match_cue(&self, line: &LineInfo) -> Option<(usize, String)> {
        let norm = line.norm.as_str();
        let chars = line.chars;
        if chars > LONGEST_CUE_LINE || norm.is_empty() {
            return None;
        }
        let fits = |cue: &Cue, default: usize| chars <= cue.max_chars.unwrap_or(default);
        if let Some(&i) = self.exact.get(norm) {
            return Some((i, format!("{}:exact:{norm}", self.cues[i].lang)));
        }
        let prefix = |fallback: bool| {
            self.prefixes.iter().find_map(|(p, i)| {
                let cue = &self.cues[*i];
                (cue.fallback == fallback
                    && fits(cue, DEFAULT_PREFIX_CHARS)
                    && starts_with_phrase(norm, p, &line.norm_original))
                .then(|| (*i, format!("{}:prefix:{p}", cue.lang)))
            })
        };
        if let Some(found) = prefix(false) {
            return Some(found);
        }
        for (i, cue) in self.cues.iter().enumerate() {
            if cue.patterns.is_empty() || !fits(cue, DEFAULT_PREFIX_CHARS) {
                continue;
            }
            if let Some((p, _)) = cue.patterns.iter().find(|(_, re)| re.is_match(norm)) {
                return Some((i, format!("{}:pattern:{p}", cue.lang)));
            }
        }
        for m in self.contains.find_overlapping_iter(norm) {
            let (phrase, i) = &self.contains_meta[m.pattern().as_usize()];
            let cue = &self.cues[*i];
            if fits(cue, DEFAULT_CONTAINS_CHARS)
                && (cue.with_any.is_empty() || cue.with_any.iter().any(|w| norm.contains(w)))
            {
                return Some((*i, format!("{}:contains:{phrase}", cue.lang)));
            }
        }
        prefix(true)
    }

    /// Index of the language whose stop words a text uses most, with its count and the
    /// runner-up's count.
    fn stopword_language(&self, norm: &str) -> Option<(usize, usize, usize)> {
        let mut counts = vec![0usize; self.languages.len()];
        for w in norm.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if let Some(langs) = self.stopwords.get(w) {
                for &l in langs {
                    counts[l] += 1;
                }
            }
        }
        let mut order: Vec<usize> = (0..counts.len()).collect();
        order.sort_by_key(|&l| std::cmp::Reverse(counts[l]));
        let best = *order.first()?;
        let second = order.get(1).map_or(0, |&l| counts[l]);
        (counts[best] > 0).then_some((best, counts[best], second))
    }
}

/// A line with what the rules need to know about it.
#[derive(Debug)]
struct LineInfo<'a> {
    span: Span,
    /// The line without surrounding white space.
    text: &'a str,
    /// Folded, bullets and trailing colons removed, spaces collapsed.
    norm: String,
    /// The same normalisation without folding (to see capitals).
    norm_original: String,
    chars: usize,
    words: usize,
    /// Consecutive non-blank lines share a block number.
    block: usize,
    blank: bool,
    bullet: bool,
}

/// What the stage decided about one line.
#[derive(Debug, Clone)]
struct Mark {
    role: BoilerplateRole,
    cue: Option<String>,
}

/// A cue pattern in the folded form of the lines it runs on ("^réagissez" → "^reagissez"),
/// escapes left as written: folding `\D` or `\p{Lu}` would change their meaning.
fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push_str(&fold(c.encode_utf8(&mut [0; 4])));
            continue;
        }
        out.push(c);
        let Some(e) = chars.next() else { break };
        out.push(e);
        if matches!(e, 'p' | 'P') && chars.peek() == Some(&'{') {
            for b in chars.by_ref() {
                out.push(b);
                if b == '}' {
                    break;
                }
            }
        }
    }
    out
}

/// Prefix phrases keep a trailing colon ("read more:") since it distinguishes them.
fn normalise_prefix(folded: &str) -> String {
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `norm` starts with `phrase` followed by the end, a non-letter, or, glued as
/// scrapers leave it ("Article précédentTelegram…"), a capital letter in the original.
fn starts_with_phrase(norm: &str, phrase: &str, original: &str) -> bool {
    let Some(rest) = norm.strip_prefix(phrase) else {
        return false;
    };
    match rest.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => {
            let at = phrase.chars().count();
            original.chars().nth(at).is_some_and(char::is_uppercase)
                && original
                    .chars()
                    .nth(at.wrapping_sub(1))
                    .is_some_and(char::is_lowercase)
        }
    }
}

/// Ends as a sentence does (a truncated "…" teaser does not).
fn ends_like_sentence(s: &str) -> bool {
    s.trim_end()
        .ends_with(['.', '!', '?', '»', '"', '”', ')', ';'])
}

/// Marks leftover lines as [`vigie_core::Boilerplate`] annotations.
pub struct BoilerplateStage {
    lexicon: Lexicon,
    /// The learned line classifier, consulted for lines the rules left; `None`: rules only.
    model: Option<LineModel>,
}

impl Default for BoilerplateStage {
    fn default() -> Self {
        Self::new()
    }
}

/// Where the line model is, among the embedded resources (or under `VIGIE_RESOURCES`).
pub const MODEL_PATH: &str = "models/boilerplate/leftovers.model";

/// Loads the line model from the resources; `Ok(None)` when there is none.
pub fn load_model() -> Result<Option<LineModel>, String> {
    let Some(file) = vigie_resources::binary(MODEL_PATH).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let text =
        std::str::from_utf8(&file.bytes).map_err(|e| format!("{}: {e}", file.origin.display()))?;
    LineModel::from_text(text)
        .map(Some)
        .map_err(|e| format!("{}: {e}", file.origin.display()))
}

/// What one line is, for the line classifier's training and evaluation.
#[derive(Debug, Clone)]
pub struct LineVerdict {
    /// The line's span (as [`vigie_core::document::line_spans`] gives it).
    pub span: Span,
    pub blank: bool,
    /// Marked by the rules.
    pub by_rules: bool,
    /// The classifier's features (empty for blank lines).
    pub features: Vec<f32>,
}

/// The rules' verdicts on a text, with what the classifier reads from them.
struct RuleOutcome<'a> {
    lines: Vec<LineInfo<'a>>,
    marks: Vec<Option<Mark>>,
    head_end: usize,
    tail_start: usize,
    prose: Vec<bool>,
    any_prose: bool,
    /// Lines a cue matched, in any position.
    cue: Vec<bool>,
}

impl BoilerplateStage {
    /// The stage with the embedded lexicons and line model. Panics if they are invalid: they
    /// are part of the build, and `cargo test` checks them. `VIGIE_LEFTOVER_MODEL=off` leaves
    /// the model out (the rules alone, for before/after comparisons).
    pub fn new() -> Self {
        let model = if std::env::var("VIGIE_LEFTOVER_MODEL").is_ok_and(|v| v == "off") {
            None
        } else {
            load_model().expect("the embedded leftover line model is valid")
        };
        BoilerplateStage {
            lexicon: Lexicon::load().expect("embedded boilerplate lexicons are valid"),
            model,
        }
    }

    /// The rules alone, without the line model.
    pub fn rules_only() -> Self {
        BoilerplateStage {
            lexicon: Lexicon::load().expect("embedded boilerplate lexicons are valid"),
            model: None,
        }
    }

    pub fn with_lexicon(lexicon: Lexicon) -> Self {
        BoilerplateStage {
            lexicon,
            model: None,
        }
    }

    /// The same lexicon with another line model (`None`: rules only).
    pub fn with_model(mut self, model: Option<LineModel>) -> Self {
        self.model = model;
        self
    }

    pub fn model(&self) -> Option<&LineModel> {
        self.model.as_ref()
    }

    /// The leftover lines of a text, in order, as (span, annotation).
    ///
    /// `outlet` and `author`, when the input or the page's metadata gave them, let a header line
    /// that only names them be recognised ("Claire Vasseur", "Lucía Ferrer · Varsovia").
    pub fn detect(
        &self,
        text: &str,
        outlet: Option<&str>,
        author: Option<&str>,
    ) -> Vec<(Span, Boilerplate)> {
        let mut r = self.rules(text, outlet, author);
        if let Some(model) = &self.model {
            let vectors = self.features_of(&r);
            for (i, x) in vectors.iter().enumerate() {
                if r.marks[i].is_some() || x.is_empty() || !classifier_may_mark(&r, i) {
                    continue;
                }
                let p = model.score(x);
                if p >= model.threshold {
                    r.marks[i] = Some(Mark {
                        role: BoilerplateRole::Classified,
                        cue: Some(format!("model:{p:.3}")),
                    });
                }
            }
        }
        r.lines
            .iter()
            .zip(r.marks)
            .filter_map(|(l, m)| {
                m.map(|m| {
                    (
                        l.span,
                        Boilerplate {
                            role: m.role,
                            cue: m.cue,
                        },
                    )
                })
            })
            .collect()
    }

    /// Every line of a text with the rules' verdict and the classifier's features: what
    /// `vigie train boilerplate` learns from.
    pub fn line_verdicts(
        &self,
        text: &str,
        outlet: Option<&str>,
        author: Option<&str>,
    ) -> Vec<LineVerdict> {
        let r = self.rules(text, outlet, author);
        let vectors = self.features_of(&r);
        r.lines
            .iter()
            .zip(vectors)
            .enumerate()
            .map(|(i, (l, features))| LineVerdict {
                span: l.span,
                blank: l.blank,
                by_rules: r.marks[i].is_some(),
                features: if classifier_may_mark(&r, i) {
                    features
                } else {
                    Vec::new()
                },
            })
            .collect()
    }

    fn features_of(&self, r: &RuleOutcome) -> Vec<Vec<f32>> {
        let marked: Vec<bool> = r.marks.iter().map(Option::is_some).collect();
        features::extract(
            &features::DocView {
                lines: &r.lines,
                marked: &marked,
                cue: &r.cue,
                head_end: r.head_end,
                tail_start: r.tail_start,
                prose: &r.prose,
            },
            &self.lexicon,
        )
    }

    // The passes index several per-line vectors (lines, cue hits, marks) by line number.
    #[allow(clippy::needless_range_loop)]
    fn rules<'a>(
        &self,
        text: &'a str,
        outlet: Option<&str>,
        author: Option<&str>,
    ) -> RuleOutcome<'a> {
        let lex = &self.lexicon;
        let lines = line_infos(text);
        let n = lines.len();
        let mut marks: Vec<Option<Mark>> = vec![None; n];
        let mark = |marks: &mut Vec<Option<Mark>>,
                    i: usize,
                    role: BoilerplateRole,
                    cue: Option<String>| {
            if marks[i].is_none() {
                marks[i] = Some(Mark { role, cue });
            }
        };

        // 1. Cues valid anywhere; head/tail cues are kept aside until prose is located.
        let mut cue_hits: Vec<Option<(usize, String)>> = Vec::with_capacity(n);
        for line in &lines {
            cue_hits.push(if line.blank {
                None
            } else {
                lex.match_cue(line)
            });
        }
        for i in 0..n {
            if let Some((c, id)) = &cue_hits[i] {
                let cue = &lex.cues[*c];
                if cue.position == Position::Any {
                    mark(&mut marks, i, cue.role, Some(id.clone()));
                }
            }
        }
        // Language menus and lone counters, by shape.
        let menu_like: Vec<usize> = lines
            .iter()
            .map(|l| language_menu_tokens(l, &lex.language_names))
            .collect();
        for i in 0..n {
            let neighbour_menu = |j: Option<usize>| j.is_some_and(|j| menu_like[j] >= 1);
            let prev = (0..i).rev().find(|&j| !lines[j].blank);
            let next = (i + 1..n).find(|&j| !lines[j].blank);
            if menu_like[i] >= 2
                || (menu_like[i] == 1
                    && (neighbour_menu(prev) || neighbour_menu(next))
                    && (lines[i].bullet || prev.is_some_and(|p| lines[p].bullet)))
            {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::LanguageMenu,
                    Some("feature:language_codes".into()),
                );
            } else if is_counter(&lines[i]) {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::Counter,
                    Some("feature:lone_number".into()),
                );
            }
        }

        // 2. Where the prose is: lines matched by a tail cue (author bios) do not count, nor do
        //    lines already marked.
        let is_prose = |i: usize, marks: &Vec<Option<Mark>>| {
            let l = &lines[i];
            !l.blank
                && marks[i].is_none()
                && l.words >= 8
                && l.chars >= 50
                && ends_like_sentence(l.text)
                && !l.text.ends_with("...")
                && !cue_hits[i]
                    .as_ref()
                    .is_some_and(|(c, _)| lex.cues[*c].position == Position::Tail)
        };
        let prose: Vec<bool> = (0..n).map(|i| is_prose(i, &marks)).collect();
        let first_prose = (0..n).find(|&i| is_prose(i, &marks));
        let last_prose = (0..n).rev().find(|&i| is_prose(i, &marks));
        // A standfirst can read as prose ("… Minsk smentisce: «Provocazione»"): when a byline
        // or dateline comes after a first prose line of standfirst length and before the
        // second prose line, the header runs on to the second.
        let head_end = match first_prose {
            Some(first) if lines[first].chars <= STANDFIRST_CHARS => {
                let second = (first + 1..n).find(|&i| is_prose(i, &marks));
                match second {
                    Some(second)
                        if (first + 1..second).any(|i| {
                            !lines[i].blank
                                && (dateline(&lines[i], lex).is_some()
                                    || is_byline(&lines[i], &lex.byline))
                        }) =>
                    {
                        second
                    }
                    _ => first,
                }
            }
            Some(first) => first,
            None => 0,
        };
        let tail_start = last_prose.map_or(n, |l| l + 1);

        // 3. Head: breadcrumbs, datelines, bylines, repeated headline, navigation menus.
        let mut outlets: Vec<String> = outlet
            .map(|o| comparable_line(&fold(o)))
            .into_iter()
            .collect();
        for i in 0..head_end {
            let l = &lines[i];
            if l.blank {
                continue;
            }
            if let Some((c, id)) = &cue_hits[i] {
                if lex.cues[*c].position == Position::Head {
                    mark(&mut marks, i, lex.cues[*c].role, Some(id.clone()));
                }
            }
            if is_breadcrumb(l, &lines[..(head_end + 1).min(n)], i, &lex.home) {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::Breadcrumb,
                    Some("feature:breadcrumb".into()),
                );
            } else if let Some(outlet) = dateline(l, lex) {
                if !outlet.is_empty() {
                    outlets.push(outlet);
                }
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::Dateline,
                    Some("feature:dateline".into()),
                );
            } else if is_byline(l, &lex.byline) {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::Byline,
                    Some("feature:byline".into()),
                );
            } else if l.chars >= 15 && (0..i).any(|j| !lines[j].blank && lines[j].norm == l.norm) {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::RepeatedHeadline,
                    Some("feature:repeated_line".into()),
                );
            }
        }
        let author = author
            .map(|a| comparable_line(&fold(a)))
            .filter(|a| a.chars().count() >= 5);
        for i in 0..head_end {
            if lines[i].blank {
                continue;
            }
            if outlets.iter().any(|o| *o == lines[i].norm) {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::OutletName,
                    Some("feature:outlet".into()),
                );
            }
            // The author's name alone, or followed by a place or a role after a separator.
            if let Some(a) = &author {
                let rest = lines[i].norm.strip_prefix(a.as_str());
                if rest.is_some_and(|r| {
                    r.is_empty()
                        || (r.starts_with([' ', ',', '·', '|', '-', '/'])
                            && r.split_whitespace().count() <= 4
                            && !ends_like_sentence(r))
                }) {
                    mark(
                        &mut marks,
                        i,
                        BoilerplateRole::Byline,
                        Some("feature:author_name".into()),
                    );
                }
            }
        }
        mark_navigation_blocks(&lines, head_end, &mut marks);

        // 4. Tail: author bios and the name line above them.
        for i in tail_start..n {
            if let Some((c, id)) = &cue_hits[i] {
                let cue = &lex.cues[*c];
                if cue.position == Position::Tail {
                    mark(&mut marks, i, cue.role, Some(id.clone()));
                    // "Julien Marchetti" on the line above "Diplômé en science politique…".
                    if i > 0 && is_name_line(&lines[i - 1]) && lines[i - 1].block == lines[i].block
                    {
                        mark(
                            &mut marks,
                            i - 1,
                            cue.role,
                            Some("feature:name_above_bio".into()),
                        );
                    }
                }
            }
        }

        // 5. Blocks: the list under a "related" heading, the buttons under a cookie banner,
        //    the caption under a photo credit.
        for i in 0..n {
            let Some((c, _)) = &cue_hits[i] else {
                continue;
            };
            let cue = &lex.cues[*c];
            if marks[i].is_none() {
                continue;
            }
            if cue.block {
                for j in i + 1..n {
                    let l = &lines[j];
                    if l.blank || l.block != lines[i].block || l.chars > BLOCK_LINE_CHARS {
                        break;
                    }
                    mark(&mut marks, j, cue.role, Some(format!("block:{}", cue.role)));
                }
            }
            if cue.caption {
                if let Some(j) = (i + 1 < n).then_some(i + 1) {
                    let l = &lines[j];
                    if !l.blank && l.block == lines[i].block && l.chars <= CAPTION_CHARS {
                        mark(
                            &mut marks,
                            j,
                            BoilerplateRole::Caption,
                            Some("block:caption".into()),
                        );
                    }
                }
            }
        }

        // 6. After previous/next-article links the page is over: what follows is furniture
        //    (author blurbs, widgets), unless real prose comes back.
        if let Some(end) = (0..n).find(|&i| {
            marks[i].is_some()
                && cue_hits[i]
                    .as_ref()
                    .is_some_and(|(c, _)| lex.cues[*c].ends_article)
        }) {
            let rest: Vec<usize> = (end + 1..n).filter(|&j| !lines[j].blank).collect();
            let long = rest.iter().filter(|&&j| lines[j].chars > 400).count();
            if long == 0 && rest.len() <= 20 {
                for j in rest {
                    mark(
                        &mut marks,
                        j,
                        BoilerplateRole::AfterArticle,
                        Some("feature:after_end".into()),
                    );
                }
            }
        }

        // 7. Head or tail lines in another language than the article's, carrying one of the
        //    cue phrases of that language: an English "Accept / Read More" bar on a French page.
        if let Some((article_lang, _, _)) = lex.stopword_language(&fold(text)) {
            for i in (0..head_end).chain(tail_start..n) {
                let l = &lines[i];
                if l.blank || marks[i].is_some() || l.chars > DEFAULT_PREFIX_CHARS {
                    continue;
                }
                let Some((lang, count, second)) = lex.stopword_language(&l.norm) else {
                    continue;
                };
                if lang == article_lang || count < 2 || second * 2 >= count {
                    continue;
                }
                let phrase = lex
                    .contains
                    .find_overlapping_iter(&l.norm)
                    .map(|m| &lex.contains_meta[m.pattern().as_usize()])
                    .find(|(_, c)| lex.cues[*c].lang == lex.languages[lang]);
                if let Some((p, c)) = phrase {
                    let role = lex.cues[*c].role;
                    mark(
                        &mut marks,
                        i,
                        role,
                        Some(format!("feature:foreign_line:{}:{p}", lex.languages[lang])),
                    );
                }
            }
        }

        // 8. A short line ending with an arrow or a pictograph points the reader elsewhere
        //    ("Tout savoir sur la guerre en Ukraine ➡️", "Suivez-nous sur WhatsApp 📲"), in any
        //    language: prose ends with punctuation, and a line opening with a quotation mark is
        //    someone's words, whatever it ends with.
        for i in 0..n {
            let l = &lines[i];
            if l.blank || marks[i].is_some() || l.words > POINTER_WORDS {
                continue;
            }
            let quoted = l.text.starts_with(['«', '"', '“', '„', '‹']);
            if !quoted && features::last_visible(l.text).is_some_and(features::is_pictograph) {
                mark(
                    &mut marks,
                    i,
                    BoilerplateRole::CallToAction,
                    Some("feature:ends_with_pictograph".into()),
                );
            }
        }

        let any_prose = prose.contains(&true);
        let cue = cue_hits.iter().map(Option::is_some).collect();
        RuleOutcome {
            cue,
            lines,
            marks,
            head_end,
            tail_start,
            prose,
            any_prose,
        }
    }
}

/// Lines the classifier never marks, whatever it scores: blank lines, lines of prose in the
/// body of the article (between the first and the last paragraph of prose), and every line of
/// a text without prose (where the rules could not tell the article from its surroundings, a
/// line's place says nothing).
fn classifier_may_mark(r: &RuleOutcome, i: usize) -> bool {
    let l = &r.lines[i];
    let body_prose = r.prose[i] && i > r.head_end && i + 1 < r.tail_start;
    !l.blank && !body_prose && r.any_prose
}

fn line_infos(text: &str) -> Vec<LineInfo<'_>> {
    let mut out: Vec<LineInfo<'_>> = Vec::new();
    let mut block = 0;
    for span in vigie_core::document::line_spans(text) {
        let raw = &text[span.start..span.end];
        let trimmed = raw.trim();
        let blank = trimmed.is_empty();
        if blank && out.last().is_some_and(|l| !l.blank) {
            block += 1;
        }
        let norm_original = comparable_line(trimmed);
        out.push(LineInfo {
            // The whole line, indentation included: `Document::content_lines` drops a line only
            // when a boilerplate span contains all of it.
            span,
            text: trimmed,
            norm: comparable_line(&fold(trimmed)),
            chars: trimmed.chars().count(),
            words: trimmed.split_whitespace().count(),
            block,
            blank,
            bullet: trimmed.starts_with(['•', '·', '◦', '▪', '►', '●', '■', '*', '-', '–']),
            norm_original,
        });
    }
    out
}

/// How many tokens of a line are language codes or names ("• En", "EN | RU | DE"); 0 when any
/// token is something else.
fn language_menu_tokens(line: &LineInfo, names: &HashSet<String>) -> usize {
    if line.blank || line.chars > 80 {
        return 0;
    }
    let tokens: Vec<&str> = line
        .text
        .split(|c: char| c.is_whitespace() || BULLETS.contains(&c) || c == '/' || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let code = |t: &str| {
        let mut cs = t.chars();
        let first = cs.next();
        t.chars().count() == 2
            && t.chars().all(char::is_alphabetic)
            && first.is_some_and(char::is_uppercase)
    };
    if tokens.is_empty() || !tokens.iter().all(|t| code(t) || names.contains(&fold(t))) {
        return 0;
    }
    tokens.len()
}

/// A line that is only a number ("186", "1,2k"): a share, view or comment counter. Years are
/// left alone (a timeline heading).
fn is_counter(line: &LineInfo) -> bool {
    if line.blank || line.chars > 12 {
        return false;
    }
    let t = line.norm.trim_end_matches(['k', 'm']).trim();
    if t.is_empty() || !t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let numeric = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '));
    let year = t.len() == 4 && (t.starts_with("19") || t.starts_with("20"));
    numeric && !year
}

/// "Accueil > Monde > Europe", "Home » MONDE » Title", "World | Europe | Security", and
/// "Accueil Internationales <the headline, cut>…".
fn is_breadcrumb(line: &LineInfo, head: &[LineInfo], index: usize, home: &[String]) -> bool {
    if line.chars > 300 {
        return false;
    }
    let strong = ['>', '»', '›', '→'];
    let strong_count = line.text.matches(strong).count();
    let starts_home = home.iter().any(|h| {
        line.norm
            .strip_prefix(h.as_str())
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    });
    // "International > Europe": one separator is enough between short segments.
    if strong_count >= 1 && line.chars <= 60 && !ends_like_sentence(line.text) {
        let segments: Vec<&str> = line.text.split(strong).collect();
        if segments
            .iter()
            .all(|s| (1..=3).contains(&s.split_whitespace().count()))
        {
            return true;
        }
    }
    if strong_count >= 2 || (strong_count >= 1 && starts_home) {
        let segments: Vec<&str> = line.text.split(strong).collect();
        let short = segments[..segments.len() - 1]
            .iter()
            .all(|s| s.split_whitespace().count() <= 5);
        if short {
            return true;
        }
    }
    let weak = line.text.matches(" | ").count() + line.text.matches(" / ").count();
    if weak >= 2 && !line.text.contains(':') {
        let segments: Vec<&str> = line.text.split(['|', '/']).collect();
        if segments.iter().all(|s| s.split_whitespace().count() <= 3) {
            return true;
        }
    }
    if starts_home {
        // The rest repeats (the start of) another header line: the headline, cut short.
        let rest = line
            .norm
            .trim_end_matches(['.', '…', ' '])
            .split_once(' ')
            .map_or("", |(_, r)| r);
        let mut starts: Vec<usize> = vec![0];
        starts.extend(rest.match_indices(' ').map(|(i, _)| i + 1));
        for s in starts {
            let tail = &rest[s..];
            if tail.len() < 20 {
                break;
            }
            if head
                .iter()
                .enumerate()
                .any(|(j, l)| j != index && !l.blank && l.norm.starts_with(tail))
            {
                return true;
            }
        }
    }
    false
}

/// If the line is a dateline ("Chas Pravdy - 03 novembre 2025 14:38", "Published 05/11/2026
/// 14:22 · Updated 15:05"), the outlet named before the date (folded; may be empty).
fn dateline(line: &LineInfo, lex: &Lexicon) -> Option<String> {
    if line.chars > 120 || line.text.ends_with('.') {
        return None;
    }
    let m = lex.date.find(&line.norm)?;
    let before = line.norm[..m.start()].to_string();
    let without = format!("{before} {}", &line.norm[m.end()..]);
    let without = lex.time.replace_all(&without, " ");
    let leftover: Vec<&str> = without
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !lex.dateline_words.contains(*w))
        .collect();
    if leftover.len() > 5 {
        return None;
    }
    let outlet = before
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim()
        .to_string();
    // Only a leading name with no dateline words ("Published", "le") is an outlet.
    let outlet_is_name = !outlet.is_empty()
        && outlet
            .split_whitespace()
            .all(|w| !lex.dateline_words.contains(w));
    Some(if outlet_is_name {
        outlet
    } else {
        String::new()
    })
}

/// "Par Hélène Garnier", "By Daniel Okafor": a byline prefix then a few capitalised words.
fn is_byline(line: &LineInfo, bylines: &[String]) -> bool {
    if line.chars > 80 || ends_like_sentence(line.text) {
        return false;
    }
    for b in bylines {
        if !starts_with_phrase(&line.norm, b, &line.norm_original) {
            continue;
        }
        let rest: String = line.norm_original.chars().skip(b.chars().count()).collect();
        let words: Vec<&str> = rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let connectors = [
            "et", "and", "und", "y", "e", "de", "von", "van", "der", "del", "di", "da", "la", "le",
            "і", "и", "та",
        ];
        let capitalised = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !words.is_empty()
            && words.len() <= 7
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) || connectors.contains(w))
            && capitalised.count() >= 1
        {
            return true;
        }
    }
    false
}

/// "Julien Marchetti": two to four capitalised words and nothing else.
fn is_name_line(line: &LineInfo) -> bool {
    if line.blank || line.chars > 50 || line.words < 2 || line.words > 4 {
        return false;
    }
    line.text.split_whitespace().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    })
}

/// Before the first prose: a run of three or more bulleted one-to-three-word lines is a menu.
fn mark_navigation_blocks(lines: &[LineInfo], head_end: usize, marks: &mut [Option<Mark>]) {
    let mut i = 0;
    while i < head_end {
        let menu_item = |l: &LineInfo| {
            !l.blank && l.bullet && l.words <= 4 && l.chars <= 40 && !ends_like_sentence(l.text)
        };
        if !menu_item(&lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < head_end && menu_item(&lines[i]) {
            i += 1;
        }
        if i - start >= 3 {
            for m in marks.iter_mut().take(i).skip(start) {
                if m.is_none() {
                    *m = Some(Mark {
                        role: BoilerplateRole::Menu,
                        cue: Some("feature:bulleted_menu".into()),
                    });
                }
            }
        }
    }
}

impl Stage for BoilerplateStage {
    fn name(&self) -> &'static str {
        "boilerplate"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let found = self.detect(
            &doc.text,
            doc.meta.outlet.as_deref(),
            doc.meta.author.as_deref(),
        );
        for (span, b) in found {
            doc.annotate(span, b);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by `vigie-fuzz` (lexicons target): month names too long for the date regex's
    /// size limit made `from_files` panic.
    #[test]
    fn months_too_long_for_the_date_pattern_are_an_error_with_the_path() {
        let contents = format!(
            "language = \"xx\"\nmonths = [\"{}\"]\n",
            "x".repeat(1_000_000)
        );
        let files = [("lexicons/xx/boilerplate.toml".to_string(), contents)];
        let Err(err) = Lexicon::from_files(&files) else {
            panic!("too big a pattern was accepted");
        };
        assert!(
            err.to_string()
                .starts_with("lexicons/xx/boilerplate.toml: pattern \"months\""),
            "{err}"
        );
    }

    #[test]
    fn a_role_outside_the_closed_set_is_an_error_with_the_path_and_the_value() {
        let contents = "language = \"xx\"\n[[cue]]\nrole = \"popup\"\nexact = [\"x\"]\n";
        let files = [(
            "lexicons/xx/boilerplate.toml".to_string(),
            contents.to_string(),
        )];
        let Err(err) = Lexicon::from_files(&files) else {
            panic!("an unknown role was accepted");
        };
        let msg = err.to_string();
        assert!(
            msg.starts_with("lexicons/xx/boilerplate.toml: ") && msg.contains("popup"),
            "{msg}"
        );
    }

    fn stage() -> BoilerplateStage {
        BoilerplateStage::new()
    }

    /// Marked lines of a text as (1-based line number, role).
    fn marked(text: &str) -> Vec<(usize, String)> {
        let found = stage().detect(text, None, None);
        let starts: Vec<usize> = vigie_core::document::line_spans(text)
            .map(|s| s.start)
            .collect();
        found
            .into_iter()
            .map(|(span, b)| {
                (
                    starts.iter().position(|&s| s == span.start).unwrap() + 1,
                    b.role.as_str().to_string(),
                )
            })
            .collect()
    }

    fn example(path: &str) -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/corpus")
            .join(path);
        std::fs::read_to_string(p).unwrap()
    }

    /// Line numbers marked, whatever the role.
    fn marked_lines(text: &str) -> Vec<usize> {
        marked(text).into_iter().map(|(n, _)| n).collect()
    }

    /// Feature vectors of a text's lines, by 1-based line number (blank lines and lines the
    /// classifier may not mark have none).
    fn features_by_line(text: &str) -> Vec<(usize, Vec<f32>, bool)> {
        BoilerplateStage::rules_only()
            .line_verdicts(text, None, None)
            .into_iter()
            .enumerate()
            .map(|(i, v)| (i + 1, v.features, v.by_rules))
            .collect()
    }

    fn feature(v: &[f32], name: &str) -> f32 {
        let i = features::names()
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("no feature {name}"));
        v[i]
    }

    const TEASER_PAGE: &str = "Menu\nRecherche\n\nLa Lituanie ferme sa frontière\n\nLa Lituanie a fermé mardi deux points de passage avec la Biélorussie, a annoncé le ministère de l'Intérieur.\n\nLes gardes-frontières ont signalé des ballons venus de Biélorussie au-dessus de Vilnius.\n\nTout savoir sur la crise à la frontière ➡️\n\nPUBLICITÉ\n";

    #[test]
    fn features_describe_shape_words_and_place() {
        let f = features_by_line(TEASER_PAGE);
        assert_eq!(f.len(), TEASER_PAGE.lines().count());
        let names = features::names();
        assert_eq!(names.len(), features::len());
        let unique: HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "feature names are unique");
        // Line 1 "Menu": one word, an interface word, before the prose, nothing before it.
        let menu = &f[0].1;
        assert_eq!(feature(menu, "words=1"), 1.0);
        assert_eq!(feature(menu, "ui_first_word"), 1.0);
        assert_eq!(feature(menu, "head"), 1.0);
        assert_eq!(feature(menu, "prev:absent"), 1.0);
        assert_eq!(feature(menu, "next:words=1"), 1.0, "'Recherche' follows");
        assert_eq!(feature(menu, "short_run<=2"), 1.0);
        // The first paragraph is a sentence of prose, full of stop words.
        let prose = &f[5].1;
        assert_eq!(feature(prose, "sentence"), 1.0);
        assert_eq!(feature(prose, "prose"), 1.0);
        assert!(feature(prose, "stopword_share") > 0.2);
        // The headline shares words with the prose.
        let headline = &f[3].1;
        assert!(
            feature(headline, "prose_words") > 0.5,
            "{}",
            feature(headline, "prose_words")
        );
        assert_eq!(feature(headline, "ends_sentence"), 0.0);
        // The teaser ends with an emoji arrow, after the last prose line.
        let teaser = &f[9].1;
        assert_eq!(feature(teaser, "ends_symbol"), 1.0);
        assert_eq!(feature(teaser, "tail"), 1.0);
        assert_eq!(feature(teaser, "prose_dist<=2"), 1.0);
        // "PUBLICITÉ" is marked by the rules, and its neighbour says so.
        assert!(f[11].2);
        assert_eq!(feature(teaser, "next:rule_marked"), 1.0);
        // Blank lines have no features.
        assert!(f[2].1.is_empty());
    }

    #[test]
    fn the_classifier_adds_lines_above_its_threshold_and_never_body_prose() {
        // A model that scores any line ending with a symbol, and any sentence, as leftover.
        let mut weights = vec![0.0; features::len()];
        let names = features::names();
        weights[names.iter().position(|n| n == "ends_symbol").unwrap()] = 20.0;
        weights[names.iter().position(|n| n == "sentence").unwrap()] = 20.0;
        let model = LineModel {
            bias: -10.0,
            weights,
            threshold: 0.9,
        };
        // A teaser no rule knows: no cue phrase, and "›" is a typographic mark, not a pictograph.
        let page = TEASER_PAGE.replace(
            "Tout savoir sur la crise à la frontière ➡️",
            "La crise à la frontière en images ›",
        );
        let text = format!("{page}\nCe paragraphe-ci vient encore après, pour que la prose continue jusqu'au bout.\n");
        let stage = BoilerplateStage::rules_only().with_model(Some(model));
        let found = stage.detect(&text, None, None);
        let starts: Vec<usize> = vigie_core::document::line_spans(&text)
            .map(|s| s.start)
            .collect();
        let marked: Vec<(usize, &str)> = found
            .iter()
            .map(|(span, b)| {
                (
                    starts.iter().position(|&s| s == span.start).unwrap() + 1,
                    b.role.as_str(),
                )
            })
            .collect();
        // The teaser (line 10) is added; the prose line in the body (8) is never marked.
        assert!(marked.contains(&(10, "classified")), "{marked:?}");
        assert!(marked.contains(&(12, "ad_label")), "{marked:?}");
        assert!(!marked.iter().any(|(n, _)| *n == 8), "{marked:?}");
        // Without the model, the rules alone.
        let rules: Vec<_> = BoilerplateStage::rules_only().detect(&text, None, None);
        assert!(rules
            .iter()
            .all(|(_, b)| b.role != BoilerplateRole::Classified));
    }

    #[test]
    fn calls_to_action_by_their_imperative_or_their_final_pictograph() {
        let text = "Kiev frappe une raffinerie russe\n\nFaites défiler pour continuer\n\nLes forces ukrainiennes ont frappé dans la nuit une raffinerie de la région de Samara, selon l'état-major.\n\nSuivez-nous sur WhatsApp 📲\n\nLa guerre en Ukraine, jour après jour ➡️\n\n« Nous tiendrons », a-t-il écrit, suivi d'un drapeau 🇺🇦\n\n« Voilà ce que nous voulons ➡️ »\n\nLe ministère russe de la Défense a affirmé avoir abattu 41 drones au-dessus de plusieurs régions pendant la nuit.\n\nÉcoutez, nous ne céderons pas, a répondu le ministre devant les députés.\n";
        let roles = marked(text);
        let lines: Vec<&str> = text.lines().collect();
        let of = |n: usize| roles.iter().find(|(l, _)| *l == n).map(|(_, r)| r.as_str());
        // Imperatives of web verbs open calls to action.
        assert_eq!(of(3), Some("call_to_action"), "{}", lines[2]);
        assert_eq!(of(7), Some("call_to_action"), "{}", lines[6]);
        // A line ending with an arrow points elsewhere, whatever its words.
        assert_eq!(of(9), Some("call_to_action"), "{}", lines[8]);
        // Not a flag, not someone's words, not an interview answer opening with "Écoutez".
        assert_eq!(of(11), None, "{}", lines[10]);
        assert_eq!(of(13), None, "{}", lines[12]);
        assert_eq!(of(17), None, "{}", lines[16]);
    }

    #[test]
    fn the_shipped_model_loads() {
        let model = load_model()
            .unwrap()
            .expect("models/boilerplate/leftovers.model is embedded");
        assert_eq!(model.weights.len(), features::len());
        assert!(
            model.threshold > 0.5 && model.threshold <= 1.0,
            "{}",
            model.threshold
        );
    }

    #[test]
    fn symbols_are_emoji_arrows_and_bullets() {
        for c in ['➡', '→', '▶', '👉', '»', '⬇'] {
            assert!(features::is_symbol(c), "{c}");
        }
        for c in ['a', '.', '1', 'é', ')'] {
            assert!(!features::is_symbol(c), "{c}");
        }
    }

    #[test]
    fn every_language_has_the_core_roles() {
        let files = vigie_resources::lexicons("boilerplate.toml");
        let langs: Vec<&str> = files.iter().filter_map(|r| r.language()).collect();
        for lang in ["fr", "en", "de", "es", "it", "uk", "ru"] {
            assert!(langs.contains(&lang), "no boilerplate.toml for {lang}");
        }
        for r in &files {
            let def: FileDef = toml::from_str(&r.contents).unwrap();
            let roles: HashSet<&str> = def.cue.iter().map(|c| c.role.as_str()).collect();
            for role in [
                "ad_label",
                "read_also",
                "related",
                "previous_next",
                "cookie_banner",
                "share",
                "comments",
                "reading_time",
                "newsletter",
                "back_to_top",
                "image_credit",
                "wire_credit",
                "source_label",
                "author_bio",
            ] {
                assert!(roles.contains(role), "{}: no {role} cue", r.path);
            }
            assert!(
                !def.months.is_empty() && !def.stopwords.is_empty(),
                "{}",
                r.path
            );
        }
        // Every pattern compiles.
        Lexicon::load().unwrap();
    }

    #[test]
    fn courrier_est_leftovers_are_marked_and_paragraphs_kept() {
        let text = example("fr/courrier-est-drones.txt");
        let m = marked(&text);
        let role = |n: usize| m.iter().find(|(l, _)| *l == n).map(|(_, r)| r.as_str());
        assert_eq!(role(27), Some("read_also"));
        assert_eq!(role(31), Some("ad_label"));
        assert_eq!(role(13), Some("dateline"));
        assert_eq!(role(11), Some("repeated_headline"));
        assert_eq!(role(9), None, "the first headline stays");
        for n in [1, 2, 3, 4, 5, 7, 15, 16, 18, 39, 41, 43, 44, 45, 46] {
            assert!(role(n).is_some(), "line {n} not marked: {m:?}");
        }
        for n in [21, 23, 25, 29, 33, 35, 37] {
            assert_eq!(role(n), None, "content line {n} marked");
        }
    }

    #[test]
    fn cookie_banner_and_navigation_in_other_languages() {
        let text = example("other/nordost-rundschau-drohnen.txt");
        let m = marked_lines(&text);
        for n in [1, 2, 3, 4, 6, 8, 14, 21, 25, 31, 33, 35, 36, 37, 39, 41] {
            assert!(m.contains(&n), "line {n} not marked: {m:?}");
        }
        for n in [10, 12, 17, 19, 23, 27, 29] {
            assert!(!m.contains(&n), "content line {n} marked");
        }
    }

    #[test]
    fn cyrillic_leftovers() {
        let text = "Головна > Новини > Політика\n\nЗеленський провів нараду з військовими щодо ситуації на північному кордоні.\n\nПрезидент заявив, що Україна посилює оборону на кордоні з Білоруссю, і доручив командуванню підготувати нові рубежі.\n\nЧитайте також: Лукашенко оголосив нові навчання\n\nРеклама\n\nПоділитися\n";
        let m = marked(text);
        let roles: Vec<&str> = m.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            roles,
            ["breadcrumb", "read_also", "ad_label", "share"],
            "{m:?}"
        );
        let ru = "Главная > Новости\n\nМинск опроверг сообщения о пролете беспилотников над Литвой, заявили в министерстве обороны.\n\nРанее Лукашенко заявил, что войска вернутся в места постоянной дислокации после учений.\n\nНапомним, что учения продлятся до 20 ноября.\n\nЧитайте также: Литва закрыла пункт пропуска\n";
        assert_eq!(marked_lines(ru), [1, 9], "{:?}", marked(ru));
    }

    #[test]
    fn content_starting_like_a_cue_is_kept() {
        // Sentences beginning with words that also begin leftovers, and short lines of prose.
        let text = "Partager les richesses du sous-sol reste le principal point de désaccord entre les deux pays.\n\nPar exemple, les exportations de potasse ont chuté de moitié depuis 2022, selon la banque centrale.\n\nAccueil des réfugiés : la Pologne ouvre deux centres supplémentaires près de la frontière, a indiqué le ministère.\n\nPublicité mensongère et désinformation : Minsk accuse Vilnius de manipuler les images diffusées mardi.\n\nSource de tensions depuis 2020, la frontière a été fermée à plusieurs reprises ces dernières années.\n\nLes 186 soldats sont rentrés le 3 novembre.\n";
        assert!(marked(text).is_empty(), "{:?}", marked(text));
    }

    #[test]
    fn byline_after_a_standfirst_that_reads_as_prose() {
        let text = "Droni dalla Bielorussia, Vilnius chiude l'aeroporto per cinque ore. Minsk smentisce: «Provocazione»\n\ndi Giulia Ferri\n4 novembre 2026 - 11:45\n\nVILNIUS – L'aeroporto internazionale di Vilnius è rimasto chiuso per oltre cinque ore nella notte tra lunedì e martedì.\n";
        assert_eq!(marked_lines(text), [3, 4], "{:?}", marked(text));
        // After a long first paragraph, a date heading before the second is content.
        let long = format!(
            "{}\n\n4 novembre 2026\n\nIl governo ha chiesto consultazioni alla Nato, secondo fonti diplomatiche.\n",
            "L'aeroporto internazionale di Vilnius è rimasto chiuso per oltre cinque ore. ".repeat(5)
        );
        assert!(marked(&long).is_empty(), "{:?}", marked(&long));
    }

    #[test]
    fn patterns_are_folded_like_the_lines() {
        assert_eq!(
            fold_pattern(r"^Réagissez \D+\p{Lu}$"),
            r"^reagissez \D+\p{Lu}$"
        );
        let m = marked("Le ministre a parlé mardi devant les députés, selon un communiqué officiel.\n\nRéagissez à cet article\n");
        assert_eq!(m, [(3, "comments".to_string())]);
    }

    #[test]
    fn language_menu_needs_codes_only() {
        let text = "• En\n  • Es\n  • De\n\nLe ministre a parlé.\n\n• Minsk\n• Vilnius\n";
        assert_eq!(marked_lines(text), [1, 2, 3]);
    }

    #[test]
    fn stage_annotations_cover_whole_lines() {
        let mut doc = Document::new(
            "  • En\n  • Fr\n\nLe texte de l'article commence ici, avec une phrase complète et assez longue.\n\nPUBLICITÉ\n".into(),
            vigie_core::Metadata::default(),
        );
        stage().process(&mut doc).unwrap();
        let content: Vec<&str> = doc.content_lines().into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            content,
            ["Le texte de l'article commence ici, avec une phrase complète et assez longue."]
        );
    }

    #[test]
    fn foreign_line_with_a_cue_phrase_at_the_tail_is_marked() {
        // The English cookie cue needs a consent word; on a French page, an English line at the
        // end carrying "cookie" is enough.
        let text = "Les gardes-frontières lituaniens ont signalé mardi trois drones venus de Biélorussie, selon le ministère.\n\nLe ministère de la Défense a rejeté ces accusations dans un communiqué publié le soir même.\n\nCookies are used on this page for the statistics of the site\n";
        let m = marked(text);
        assert_eq!(m, [(5, "cookie_banner".to_string())], "{m:?}");
        let cue = stage().detect(text, None, None)[0].1.cue.clone().unwrap();
        assert!(cue.starts_with("feature:foreign_line:en"), "{cue}");
    }

    #[test]
    fn author_and_short_breadcrumb_in_the_header() {
        let text = "International > Europe\n\nClaire Vasseur\n\nLes 57 États participants de l'OSCE se sont réunis lundi à Vienne en session extraordinaire, a indiqué la présidence.\n\nClaire Vasseur a déjà couvert ces réunions.\n";
        let found = stage().detect(text, None, Some("Claire Vasseur"));
        let roles: Vec<&str> = found.iter().map(|(_, b)| b.role.as_str()).collect();
        assert_eq!(roles, ["breadcrumb", "byline"], "{found:?}");
    }
}
