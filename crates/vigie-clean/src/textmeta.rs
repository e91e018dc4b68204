//! Metadata of plain-text scrapes: the title, outlet and author read from the text itself
//! when the input (JSON Lines fields, HTML metadata) gave none.
//!
//! A scrape keeps the page's head as lines: menus and breadcrumbs, the headline, a dateline
//! ("Chas Pravdy - 03 novembre 2025 14:38"), a byline ("Par Hélène Garnier"), then the
//! article. [`TextMetaStage`] reads that head after the boilerplate stage has marked its
//! leftovers and the language stage has chosen the cues:
//!
//! - **title**: the first line that is not boilerplate and is shaped like a headline (three to
//!   thirty words, capitalised, no final period or colon, no date, time, byline or credit,
//!   not a breadcrumb), before the first paragraph of prose;
//! - **outlet**: the name before the date on a dateline; else a copyright line ("© Le Monde");
//!   else a masthead (a short capitalised line of the head that is a known outlet of
//!   `kb/media.toml` or is named again further down); else a known outlet or agency credited
//!   on a source line ("Source : AFP") or in a wire dateline ("(Reuters)");
//! - **author**: the name after a byline word.
//!
//! The publication date of a scrape comes from its dateline too, in the dates stage
//! ([`crate::dates::DateStage`], `published_source = "dateline"`), which runs after this one so
//! that the outlet found here can settle the order of day and month in numeric dates.
//!
//! The cue words are data: `lexicons/<lang>/metadata.toml` (format in `docs/data-formats.md`).
//! Nothing that the input gave is ever replaced.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use vigie_core::fold::fold;
use vigie_core::{Document, Layer, Span, Stage, StageError};

use crate::dates::{self, Lexicons, NumericOrder, Value};

/// Errors loading the metadata cues or the outlet list.
#[derive(Debug, thiserror::Error)]
pub enum MetaError {
    #[error("metadata cues {path}: {reason}")]
    Cues { path: String, reason: String },
    #[error("outlet list {path}: {reason}")]
    Media { path: String, reason: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    language: String,
    #[serde(default)]
    published: Vec<String>,
    #[serde(default)]
    updated: Vec<String>,
    #[serde(default)]
    byline: Vec<String>,
    #[serde(default)]
    source: Vec<String>,
    #[serde(default)]
    copyright: Vec<String>,
    #[serde(default)]
    rights: Vec<String>,
    #[serde(default)]
    numeric_order: RawOrders,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOrders {
    #[serde(default)]
    countries: HashMap<String, String>,
    #[serde(default)]
    domains: HashMap<String, String>,
}

/// One language's metadata cues (or several merged), folded.
#[derive(Debug, Default, Clone)]
pub struct MetaCues {
    /// Words right before the publication date ("publié le").
    pub published: Vec<String>,
    /// Words right before an update date ("mis à jour le").
    pub updated: Vec<String>,
    /// Words opening a byline ("par").
    pub byline: Vec<String>,
    /// Words opening a credit line ("source").
    pub source: Vec<String>,
    /// Marks opening a copyright line ("©").
    pub copyright: Vec<String>,
    /// Words after the name on a copyright line ("tous droits réservés").
    pub rights: Vec<String>,
    /// Day/month order by the outlet's country (ISO 3166 alpha-3).
    pub countries: HashMap<String, NumericOrder>,
    /// Day/month order by the last labels of the article URL's host ("co.uk", "us").
    pub domains: HashMap<String, NumericOrder>,
}

/// Whether `text` (folded) starts with `phrase` as whole words; the phrase's length if so.
fn starts_with_phrase(text: &str, phrase: &str) -> Option<usize> {
    let rest = text.strip_prefix(phrase)?;
    let boundary = rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
        || !phrase.chars().last().is_some_and(char::is_alphanumeric);
    boundary.then_some(phrase.len())
}

/// Whether `text` (folded) ends with `phrase` as whole words.
fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    text.strip_suffix(phrase).is_some_and(|before| {
        before.chars().last().is_none_or(|c| !c.is_alphanumeric())
            || !phrase.chars().next().is_some_and(char::is_alphanumeric)
    })
}

fn trim_punct(s: &str) -> &str {
    s.trim_matches(|c: char| !c.is_alphanumeric())
}

impl MetaCues {
    /// Parses one `metadata.toml`.
    pub fn from_toml(text: &str) -> Result<MetaCues, String> {
        let raw: RawCues = toml::from_str(text).map_err(|e| e.to_string())?;
        let folded = |v: &[String]| -> Vec<String> {
            let mut out: Vec<String> = v.iter().map(|s| fold(s).trim().to_string()).collect();
            // Longest first, so "mis à jour le" is taken before "mis à jour".
            out.sort_by_key(|s| std::cmp::Reverse(s.len()));
            out
        };
        let orders = |m: &HashMap<String, String>, upper: bool| {
            m.iter()
                .map(|(k, v)| {
                    let order = dates::NumericOrder::parse(v).map_err(|e| e.to_string())?;
                    let key = if upper {
                        k.to_ascii_uppercase()
                    } else {
                        k.to_ascii_lowercase()
                    };
                    Ok((key, order))
                })
                .collect::<Result<HashMap<_, _>, String>>()
        };
        if raw.language.is_empty() {
            return Err("language is empty".into());
        }
        Ok(MetaCues {
            published: folded(&raw.published),
            updated: folded(&raw.updated),
            byline: folded(&raw.byline),
            source: folded(&raw.source),
            copyright: folded(&raw.copyright),
            rights: folded(&raw.rights),
            countries: orders(&raw.numeric_order.countries, true)?,
            domains: orders(&raw.numeric_order.domains, false)?,
        })
    }

    /// Adds `other`'s cues; an order table entry the two disagree on is dropped.
    fn merge(&mut self, other: &MetaCues) {
        for (mine, theirs) in [
            (&mut self.published, &other.published),
            (&mut self.updated, &other.updated),
            (&mut self.byline, &other.byline),
            (&mut self.source, &other.source),
            (&mut self.copyright, &other.copyright),
            (&mut self.rights, &other.rights),
        ] {
            for s in theirs {
                if !mine.contains(s) {
                    mine.push(s.clone());
                }
            }
            mine.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
        for (mine, theirs) in [
            (&mut self.countries, &other.countries),
            (&mut self.domains, &other.domains),
        ] {
            for (k, v) in theirs {
                match mine.get(k) {
                    Some(o) if o != v => {
                        mine.insert(k.clone(), NumericOrder::Unknown);
                    }
                    _ => {
                        mine.insert(k.clone(), *v);
                    }
                }
            }
        }
    }

    /// `folded` ends with an update cue ("… mis à jour le ").
    pub fn ends_with_updated(&self, folded: &str) -> bool {
        let t = folded.trim_end();
        self.updated.iter().any(|c| ends_with_phrase(t, c))
    }

    /// If `folded` ends with a publication cue ("… Publié le "), how many words it has.
    pub fn ends_with_published(&self, folded: &str) -> Option<usize> {
        let t = folded.trim_end();
        self.published
            .iter()
            .find(|c| ends_with_phrase(t, c))
            .map(|c| c.split_whitespace().count())
    }

    /// `folded` opens with a byline word ("par …"): a name after it is an author's.
    pub fn opens_with_byline(&self, folded: &str) -> bool {
        let t = folded.trim_start();
        self.byline
            .iter()
            .any(|c| starts_with_phrase(t, c).is_some())
    }

    /// `after` (the rest of a dateline) up to where an update part starts: at its beginning or
    /// after a separator ("14:22 · Updated 15:05" → "14:22 ·").
    pub fn cut_updated<'a>(&self, after: &'a str) -> &'a str {
        if self.updated.is_empty() {
            return after;
        }
        let mut starts = vec![0];
        for (i, c) in after.char_indices() {
            if matches!(c, '—' | '–' | '|' | '·' | '•' | ',' | ';' | '(' | '-') {
                starts.push(i + c.len_utf8());
            }
        }
        for s in starts {
            let seg = fold(after[s..].trim_start());
            if self
                .updated
                .iter()
                .any(|c| starts_with_phrase(&seg, c).is_some())
            {
                return &after[..s];
            }
        }
        after
    }

    /// The day/month order an outlet's country or web domain writes numeric dates in.
    fn order_for(&self, country: Option<&str>, url: Option<&str>) -> NumericOrder {
        if let Some(order) = country.and_then(|c| self.countries.get(c)) {
            return *order;
        }
        let Some(host) = url.and_then(url_host) else {
            return NumericOrder::Unknown;
        };
        // The longest matching suffix of labels wins: "co.uk" before "uk".
        let labels: Vec<&str> = host.split('.').collect();
        for n in (1..labels.len()).rev() {
            let suffix = labels[labels.len() - n..].join(".");
            if let Some(order) = self.domains.get(&suffix) {
                return *order;
            }
        }
        NumericOrder::Unknown
    }
}

/// The host of a URL, lower-cased, without port.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// A news outlet or agency of the knowledge base.
#[derive(Debug, Clone)]
struct Outlet {
    /// The name as written in `kb/media.toml`.
    name: String,
    folded: String,
    /// Names that are also common words match only as written.
    exact: bool,
    country: Option<String>,
}

#[derive(Deserialize)]
struct RawMedia {
    #[serde(default)]
    actor: Vec<RawOutlet>,
}

#[derive(Deserialize)]
struct RawOutlet {
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    ambiguous: bool,
    #[serde(default)]
    names: HashMap<String, Vec<String>>,
}

/// Per-language metadata cues, their merge, and the outlets of `kb/media.toml`.
pub struct Cues {
    by_language: Vec<(String, MetaCues)>,
    merged: MetaCues,
    outlets: Vec<Outlet>,
}

impl Cues {
    /// Loads every `lexicons/*/metadata.toml` and `kb/media.toml`.
    pub fn load() -> Result<Cues, MetaError> {
        let mut by_language = Vec::new();
        let mut merged = MetaCues::default();
        for res in vigie_resources::lexicons("metadata.toml") {
            let cues = MetaCues::from_toml(&res.contents).map_err(|reason| MetaError::Cues {
                path: res.path.clone(),
                reason,
            })?;
            merged.merge(&cues);
            by_language.push((res.language().unwrap_or_default().to_string(), cues));
        }
        let mut outlets = Vec::new();
        if let Some(res) = vigie_resources::file("kb/media.toml") {
            let raw: RawMedia = toml::from_str(&res.contents).map_err(|e| MetaError::Media {
                path: res.path.clone(),
                reason: e.to_string(),
            })?;
            for o in raw.actor {
                let mut seen: Vec<String> = Vec::new();
                for names in o.names.values() {
                    for n in names {
                        if seen.contains(n) {
                            continue;
                        }
                        seen.push(n.clone());
                        outlets.push(Outlet {
                            name: n.clone(),
                            folded: fold(n),
                            exact: o.ambiguous,
                            country: o.country.clone(),
                        });
                    }
                }
            }
        }
        Ok(Cues {
            by_language,
            merged,
            outlets,
        })
    }

    /// The embedded cues, loaded once. Panics if a shipped file is malformed: that is a build
    /// defect caught by the tests, not a run-time condition.
    pub fn shared() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| Cues::load().expect("embedded metadata cues must parse"))
    }

    /// A language's cues, or every language's merged when it is unknown or has none.
    pub fn for_language(&self, lang: Option<&str>) -> &MetaCues {
        lang.and_then(|l| self.by_language.iter().find(|(x, _)| x == l))
            .map_or(&self.merged, |(_, c)| c)
    }

    /// The known outlet named exactly `name` (case- and accent-insensitively, except names
    /// that are also common words).
    fn outlet(&self, name: &str) -> Option<&Outlet> {
        let f = fold(name.trim());
        self.outlets
            .iter()
            .find(|o| o.folded == f && (!o.exact || o.name == name.trim()))
    }

    /// The day/month order of numeric dates for an article from `outlet` at `url`, by the
    /// outlet's country (when it is a known outlet) or the URL's domain.
    pub fn outlet_order(
        &self,
        cues: &MetaCues,
        outlet: Option<&str>,
        url: Option<&str>,
    ) -> NumericOrder {
        let country = outlet
            .and_then(|o| self.outlet(o))
            .and_then(|o| o.country.as_deref());
        cues.order_for(country, url)
    }
}

/// What the text says about the article: title, outlet and author.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextMetadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
}

/// Words (runs containing a letter or digit) in `s`.
fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A paragraph of prose: a dozen words or more ending like a sentence.
fn is_prose(line: &str) -> bool {
    let t = line.trim_end();
    words(t) >= 12
        && t.ends_with(['.', '!', '?', '…', '»', '"', '”', ')', ':'])
        && !t.ends_with("...")
}

/// A clock time ("14:38", "18h03", "5:40 PM").
fn has_time(line: &str) -> bool {
    let b = line.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        matches!(b[i], b':' | b'h')
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    })
}

/// Breadcrumbs and menus: two or more of the same separator between words.
fn is_trail(line: &str) -> bool {
    [" > ", " » ", " › ", " | ", " / ", " • ", " · "]
        .iter()
        .any(|sep| line.matches(sep).count() >= 2)
}

/// A name: one to `max` words, the first and at least half of them capitalised, no digits,
/// no sentence punctuation.
fn is_name(s: &str, max: usize) -> bool {
    let t = s.trim();
    let ws: Vec<&str> = t.split_whitespace().collect();
    if ws.is_empty() || ws.len() > max || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if t.chars()
        .any(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | ',' | '|' | '>' | '»' | '•'))
    {
        return false;
    }
    let capital = |w: &str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    // "Le Guetteur européen", "Le Courrier de l'Est": half the words at least are capitalised.
    capital(ws[0]) && ws.iter().filter(|w| capital(w)).count() * 2 >= ws.len()
}

impl TextMetadata {
    /// Reads the title, outlet and author from `text`. `boiler` holds the boilerplate spans,
    /// `lex` the language's date lexicon, `cues` its metadata cues.
    pub fn read(
        text: &str,
        boiler: &[Span],
        lex: &dates::Lexicon,
        cues: &MetaCues,
        known: &Cues,
    ) -> TextMetadata {
        let lines: Vec<(Span, &str)> = vigie_core::document::line_spans(text)
            .map(|s| (s, &text[s.start..s.end]))
            .filter(|(_, l)| !l.trim().is_empty())
            .collect();
        let is_boiler = |s: &Span| boiler.iter().any(|b| b.contains(s));
        // The head: the lines before the first paragraph of prose (at most 25).
        let head_end = lines
            .iter()
            .position(|(s, l)| !is_boiler(s) && is_prose(l))
            .unwrap_or(lines.len())
            .min(25);
        let head = &lines[..head_end];
        let has_body = head_end < lines.len();

        let dateline = dates::find_dateline_with(text, lex, NumericOrder::Unknown, cues);
        // A masthead: a known outlet alone on a line, or a name of two to four words that the
        // text names again ("(Reporting by Northern Dispatch staff)"); one repeated word is
        // more often a button ("Akzeptieren") than a paper.
        let masthead = head.iter().map(|(_, l)| l.trim()).find(|l| {
            is_name(l, 4)
                && (known.outlet(l).is_some()
                    || words(l) >= 2
                        && lines.iter().filter(|(_, other)| other.contains(*l)).count() >= 2)
        });
        let outlet = dateline
            .as_ref()
            .and_then(|d| d.outlet.clone())
            .or_else(|| lines.iter().find_map(|(_, l)| copyright_name(l, cues)))
            .or_else(|| masthead.map(str::to_string))
            .or_else(|| lines.iter().find_map(|(_, l)| source_name(l, cues, known)))
            .or_else(|| {
                dateline
                    .as_ref()
                    .and_then(|d| d.agency.as_deref())
                    .or_else(|| lines.get(head_end).and_then(|(_, l)| wire_agency(l)))
                    .and_then(|a| known.outlet(a))
                    .map(|o| o.name.clone())
            });

        let author = head.iter().find_map(|(_, l)| byline_name(l, cues));

        let title = if has_body {
            head.iter()
                .filter(|(s, _)| !is_boiler(s))
                .map(|(_, l)| l.trim())
                .find(|l| {
                    is_headline(l, lex, cues)
                        && Some(*l) != masthead
                        && outlet.as_deref() != Some(*l)
                })
                .map(str::to_string)
        } else {
            None
        };
        TextMetadata {
            title,
            outlet,
            author,
        }
    }
}

/// Shaped like a headline: three to thirty words, capitalised, no final period, colon or
/// ellipsis, no date or time, not a byline, credit, breadcrumb or menu.
fn is_headline(line: &str, lex: &dates::Lexicon, cues: &MetaCues) -> bool {
    let n = words(line);
    if !(3..=30).contains(&n) || line.chars().count() > 250 {
        return false;
    }
    let first = line.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit() || "«\"“‘'„".contains(first)) {
        return false;
    }
    if line.ends_with(['.', ',', ';', ':', '…']) || is_trail(line) || has_time(line) {
        return false;
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let visible = line.chars().filter(|c| !c.is_whitespace()).count();
    if letters * 2 < visible {
        return false;
    }
    let folded = fold(line);
    let opens_with = |list: &[String]| {
        list.iter()
            .any(|c| starts_with_phrase(&folded, c).is_some())
    };
    if (opens_with(&cues.byline) && n <= 7)
        || opens_with(&cues.copyright)
        || opens_with(&cues.published)
        || opens_with(&cues.updated)
        || (opens_with(&cues.source) && n <= 7)
    {
        return false;
    }
    // A full date makes a dateline, not a headline.
    !dates::find_dates(line, lex, None).iter().any(|f| {
        matches!(
            f.value,
            Value::Date {
                year: Some(_),
                day: Some(_),
                ..
            } | Value::AmbiguousNumeric { .. }
        )
    })
}

/// The agency of a wire dateline opening the first paragraph: "MOSCOW, Nov 5 (Reuters) - …",
/// "PARIS (AFP) — …" → the name in parentheses before the first dash.
fn wire_agency(line: &str) -> Option<&str> {
    let dash = [" - ", " — ", " – "]
        .iter()
        .filter_map(|d| line.find(d))
        .min()?;
    let opening = &line[..dash];
    if words(opening) > 8 {
        return None;
    }
    let open = opening.rfind('(')?;
    let close = open + opening[open..].find(')')?;
    Some(opening[open + 1..close].trim())
}

/// "Par Hélène Garnier" → "Hélène Garnier".
fn byline_name(line: &str, cues: &MetaCues) -> Option<String> {
    let t = line.trim();
    let folded = fold(t);
    let cue = cues
        .byline
        .iter()
        .find(|c| starts_with_phrase(&folded, c).is_some())?;
    // Folding keeps the number of words: skip the cue's.
    let skip = cue.split_whitespace().count();
    let rest: Vec<&str> = t.split_whitespace().skip(skip).collect();
    let rest = rest.join(" ");
    let rest = rest.trim_start_matches(':').trim();
    (words(rest) >= 2 && is_name(rest, 5)).then(|| rest.to_string())
}

/// "© Le Monde 2026 - Tous droits réservés" → "Le Monde".
fn copyright_name(line: &str, cues: &MetaCues) -> Option<String> {
    let t = line.trim();
    if words(t) > 10 {
        return None;
    }
    let folded = fold(t);
    let cue = cues
        .copyright
        .iter()
        .find(|c| starts_with_phrase(&folded, c).is_some())?;
    let skip = cue.split_whitespace().count();
    let rest: Vec<&str> = t
        .split_whitespace()
        .skip(skip)
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || "-–—,.".contains(c)))
        .collect();
    let mut rest = rest.join(" ");
    // "© Le Monde - Tous droits réservés": drop the rights words and what follows them.
    for r in &cues.rights {
        if let Some(i) = fold(&rest).find(r.as_str()) {
            // Folding keeps ASCII positions; outside ASCII, cut at the nearest boundary.
            let mut i = i.min(rest.len());
            while !rest.is_char_boundary(i) {
                i -= 1;
            }
            rest.truncate(i);
        }
    }
    let name = trim_punct(&rest)
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim();
    is_name(name, 6).then(|| name.to_string())
}

/// "Source : AFP" → "AFP", only for a known outlet or agency: a source line may credit a
/// ministry or a report.
fn source_name(line: &str, cues: &MetaCues, known: &Cues) -> Option<String> {
    let t = line.trim();
    if words(t) > 8 {
        return None;
    }
    let folded = fold(t);
    let cue = cues
        .source
        .iter()
        .find(|c| starts_with_phrase(&folded, c).is_some())?;
    let skip = cue.split_whitespace().count();
    let rest: Vec<&str> = t.split_whitespace().skip(skip).collect();
    let rest = rest.join(" ");
    let name = trim_punct(rest.trim_start_matches([':', ' ', '\u{a0}']));
    known.outlet(name).map(|o| o.name.clone())
}

/// Fills a document's missing title, outlet and author from its text.
pub struct TextMetaStage {
    cues: &'static Cues,
    lexicons: &'static Lexicons,
}

impl Default for TextMetaStage {
    fn default() -> Self {
        Self::new()
    }
}

impl TextMetaStage {
    pub fn new() -> Self {
        TextMetaStage {
            cues: Cues::shared(),
            lexicons: Lexicons::shared(),
        }
    }
}

impl Stage for TextMetaStage {
    fn name(&self) -> &'static str {
        "text-metadata"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let m = &doc.meta;
        if m.title.is_some() && m.outlet.is_some() && m.author.is_some() {
            return Ok(());
        }
        let lang = doc.meta.language.as_deref();
        let lex = lang
            .and_then(|l| self.lexicons.get(l))
            .unwrap_or(&self.lexicons.merged);
        let cues = self.cues.for_language(lang);
        let boiler: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        let found = TextMetadata::read(&doc.text, &boiler, lex, cues, self.cues);
        let m = &mut doc.meta;
        m.title = m.title.take().or(found.title);
        m.outlet = m.outlet.take().or(found.outlet);
        m.author = m.author.take().or(found.author);
        Ok(())
    }
}
