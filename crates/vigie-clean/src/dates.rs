//! Dates: the article's publication date (from a dateline when the input gave none) and every
//! date expression in its text, resolved against the publication date.
//!
//! Words come from `lexicons/<lang>/dates.toml` (months with their inflections, weekdays,
//! relative words, parts of months, "il y a N ans"); the lexicon is chosen by the document's
//! language, and when that is unknown, the language whose lexicon finds the most expressions.
//! Resolution never guesses: without a publication date, anything that needs one keeps
//! `resolved: None` with its span; a number is a date only next to a month name, in a numeric
//! date, or after a year preposition.

pub mod lexicon;
pub mod order;
pub mod scan;

use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use vigie_core::fold::Folded;
use vigie_core::{
    DateGranularity, DateKind, DateMention, Document, Layer, Span, Stage, StageError,
};

pub use lexicon::{Lexicon, NumericOrder, Part, Unit};
pub use scan::{Found, Value, WeekRel};

/// Errors loading the date lexicons.
#[derive(Debug, thiserror::Error)]
pub enum DateError {
    #[error("date lexicon: {0}")]
    Lexicon(String),
}

/// All date lexicons, one per language, plus their merge.
pub struct Lexicons {
    pub by_language: Vec<(String, Lexicon)>,
    pub merged: Lexicon,
}

impl Lexicons {
    /// Loads every `lexicons/*/dates.toml`.
    pub fn load() -> Result<Lexicons, DateError> {
        let mut by_language = Vec::new();
        let mut merged = Lexicon::default();
        for res in vigie_resources::lexicons("dates.toml") {
            let lex = Lexicon::from_toml(&res.contents)
                .map_err(|e| DateError::Lexicon(format!("{}: {e}", res.path)))?;
            merged.merge(&lex);
            let lang = res.language().unwrap_or_default().to_string();
            by_language.push((lang, lex));
        }
        // The merged table reads pages of unknown language (the HTML date finder): most of
        // the world, and every language but English, writes the day first.
        merged.numeric_order = NumericOrder::DayFirst;
        Ok(Lexicons {
            by_language,
            merged,
        })
    }

    /// The embedded lexicons, loaded once. Panics if a shipped lexicon is malformed: that is a
    /// build defect caught by the tests, not a run-time condition.
    pub fn shared() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(|| Lexicons::load().expect("embedded date lexicons must parse"))
    }

    pub fn get(&self, lang: &str) -> Option<&Lexicon> {
        self.by_language
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, lex)| lex)
    }
}

/// A date expression found in a text, with its resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFound {
    /// Byte span in the original text.
    pub span: Span,
    pub value: Value,
    pub mention: DateMention,
}

/// Finds and resolves the date expressions of one text. `anchor` is the publication date;
/// anaphoric expressions ("la veille") count from the last day-precise date before them.
pub fn find_dates(text: &str, lex: &Lexicon, anchor: Option<NaiveDate>) -> Vec<DateFound> {
    let folded = Folded::new(text);
    let mut last_day = None;
    let mut out = Vec::new();
    for f in scan::scan_folded(&folded, lex) {
        let span = folded.to_original(f.start, f.end);
        let mention = resolve(&f.value, anchor, last_day.or(anchor));
        if mention.granularity == Some(DateGranularity::Day) {
            if let Some(d) = mention.resolved.as_deref().and_then(parse_iso_day) {
                last_day = Some(d);
            }
        }
        out.push(DateFound {
            span,
            value: f.value,
            mention,
        });
    }
    out
}

/// `YYYY-MM-DD` (optionally followed by a time) as a date.
pub fn parse_iso_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn mention(resolved: Option<String>, kind: DateKind, granularity: DateGranularity) -> DateMention {
    DateMention {
        resolved,
        kind,
        granularity: Some(granularity),
    }
}

fn day_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn month_str(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// The year that puts month `m` (day `d`) nearest the anchor, leaning to the past: news
/// mostly reports what happened, so a date ahead of publication costs four times its distance.
fn nearest_year(anchor: NaiveDate, m: u32, d: u32) -> Option<i32> {
    let mut best: Option<(i64, i32)> = None;
    for y in [anchor.year() - 1, anchor.year(), anchor.year() + 1] {
        let Some(date) = NaiveDate::from_ymd_opt(y, m, d.min(days_in_month(y, m))) else {
            continue;
        };
        let delta = (date - anchor).num_days();
        let cost = if delta > 0 { delta * 4 } else { -delta };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, y));
        }
    }
    best.map(|(_, y)| y)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(y, m, 1).expect("valid month");
    let next = first.checked_add_months(Months::new(1)).expect("in range");
    (next - first).num_days() as u32
}

fn weekday_of(n: u32) -> Weekday {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ][n as usize % 7]
}

fn shift(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        d.checked_add_days(Days::new(days as u64))
    } else {
        d.checked_sub_days(Days::new((-days) as u64))
    }
}

/// Resolves one expression. `anchor` is the publication date, `previous` the date anaphoric
/// expressions count from.
pub fn resolve(v: &Value, anchor: Option<NaiveDate>, previous: Option<NaiveDate>) -> DateMention {
    match *v {
        Value::Date {
            year: Some(y),
            month,
            day: Some(d),
        } => {
            let r = NaiveDate::from_ymd_opt(y, month, d).map(day_str);
            mention(r, DateKind::Absolute, DateGranularity::Day)
        }
        Value::Date {
            year: None,
            month,
            day: Some(d),
        } => {
            let r = anchor
                .and_then(|a| nearest_year(a, month, d))
                .and_then(|y| NaiveDate::from_ymd_opt(y, month, d))
                .map(day_str);
            mention(r, DateKind::Partial, DateGranularity::Day)
        }
        Value::Date {
            year: Some(y),
            month,
            day: None,
        } => mention(
            Some(month_str(y, month)),
            DateKind::Absolute,
            DateGranularity::Month,
        ),
        Value::Date {
            year: None,
            month,
            day: None,
        } => {
            let r = anchor
                .and_then(|a| nearest_year(a, month, 15))
                .map(|y| month_str(y, month));
            mention(r, DateKind::Partial, DateGranularity::Month)
        }
        Value::Year(y) => mention(
            Some(format!("{y:04}")),
            DateKind::Absolute,
            DateGranularity::Year,
        ),
        // Day and month could be either way round and nothing settled it: the span is kept,
        // the date is not guessed.
        Value::AmbiguousNumeric { .. } => mention(None, DateKind::Absolute, DateGranularity::Day),
        Value::Part { year, month, .. } => {
            let y = year.or_else(|| anchor.and_then(|a| nearest_year(a, month, 15)));
            let kind = if year.is_some() {
                DateKind::Absolute
            } else {
                DateKind::Partial
            };
            mention(
                y.map(|y| month_str(y, month)),
                kind,
                DateGranularity::PartOfMonth,
            )
        }
        Value::Weekday { weekday, rel, day } => {
            let r = anchor.and_then(|a| resolve_weekday(a, weekday_of(weekday), rel, day));
            mention(r.map(day_str), DateKind::Relative, DateGranularity::Day)
        }
        Value::Offset { days, anaphoric } => {
            let base = if anaphoric { previous } else { anchor };
            mention(
                base.and_then(|b| shift(b, days)).map(day_str),
                DateKind::Relative,
                DateGranularity::Day,
            )
        }
        Value::Period { unit, offset } => {
            let r = anchor.and_then(|a| match unit {
                Unit::Day => shift(a, offset).map(day_str),
                Unit::Week => {
                    let monday = shift(a, -(a.weekday().num_days_from_monday() as i64))?;
                    shift(monday, offset * 7).map(day_str)
                }
                Unit::Month => {
                    let first = NaiveDate::from_ymd_opt(a.year(), a.month(), 1)?;
                    let d = if offset >= 0 {
                        first.checked_add_months(Months::new(offset as u32))?
                    } else {
                        first.checked_sub_months(Months::new((-offset) as u32))?
                    };
                    Some(month_str(d.year(), d.month()))
                }
                Unit::Year => Some(format!("{:04}", a.year() as i64 + offset)),
            });
            let gran = match unit {
                Unit::Day => DateGranularity::Day,
                Unit::Week => DateGranularity::Week,
                Unit::Month => DateGranularity::Month,
                Unit::Year => DateGranularity::Year,
            };
            mention(r, DateKind::Relative, gran)
        }
        Value::Ago { unit, amount } => {
            let whole = amount.fract() == 0.0;
            let (r, gran) = match (unit, anchor) {
                (_, None) => (None, DateGranularity::Year),
                (Unit::Year, Some(a)) if whole => (
                    Some(format!("{:04}", a.year() - amount as i32)),
                    DateGranularity::Year,
                ),
                (Unit::Year, Some(a)) => {
                    let months = (amount * 12.0).round() as u32;
                    let d = a.checked_sub_months(Months::new(months));
                    (
                        d.map(|d| month_str(d.year(), d.month())),
                        DateGranularity::Month,
                    )
                }
                (Unit::Month, Some(a)) => {
                    let d = a.checked_sub_months(Months::new(amount.round() as u32));
                    (
                        d.map(|d| month_str(d.year(), d.month())),
                        DateGranularity::Month,
                    )
                }
                (Unit::Week, Some(a)) => (
                    shift(a, -(amount * 7.0).round() as i64).map(day_str),
                    DateGranularity::Week,
                ),
                (Unit::Day, Some(a)) => (
                    shift(a, -amount.round() as i64).map(day_str),
                    DateGranularity::Day,
                ),
            };
            let gran = if anchor.is_none() {
                match unit {
                    Unit::Day => DateGranularity::Day,
                    Unit::Week => DateGranularity::Week,
                    Unit::Month => DateGranularity::Month,
                    Unit::Year => DateGranularity::Year,
                }
            } else {
                gran
            };
            mention(r, DateKind::Relative, gran)
        }
    }
}

fn resolve_weekday(
    anchor: NaiveDate,
    wd: Weekday,
    rel: WeekRel,
    day: Option<u32>,
) -> Option<NaiveDate> {
    let back =
        (7 + anchor.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64) % 7;
    match rel {
        WeekRel::Recent => shift(anchor, -back),
        WeekRel::Last => shift(anchor, -if back == 0 { 7 } else { back }),
        WeekRel::Next => shift(anchor, if back == 0 { 7 } else { 7 - back }),
        WeekRel::This => {
            let Some(day) = day else {
                return shift(anchor, -back);
            };
            // "ce lundi (19)": the day number decides; among the dates with that number near
            // publication, prefer the one that falls on the named weekday.
            let mut best: Option<((i64, bool), NaiveDate)> = None;
            for offset in -40..=40i64 {
                let d = shift(anchor, offset)?;
                if d.day() == day {
                    let score = (offset.abs(), d.weekday() != wd);
                    let better = match best {
                        None => true,
                        Some((s, _)) => (score.1, score.0) < (s.1, s.0),
                    };
                    if better {
                        best = Some((score, d));
                    }
                }
            }
            best.map(|(_, d)| d)
        }
    }
}

/// A dateline: the line near the top that says when (and often by whom) the article was
/// published, as in "Chas Pravdy - 03 novembre 2025 14:38", "Le Guetteur européen — Publié le
/// 05/11/2026 à 18h03, mis à jour à 19h40" or "Minsk, 6 nov. 2026 (ACP) — Le président…".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The date as written, in the text.
    pub span: Span,
    /// The publication date; `None` when the date's day and month could be either way round
    /// and nothing settled the order.
    pub date: Option<NaiveDate>,
    /// The name written before the date on a line of its own ("Chas Pravdy"), as written.
    /// A wire dateline (the lead follows on the same line) names a place there instead, so
    /// it gives none.
    pub outlet: Option<String>,
    /// The agency in parentheses after the date of a wire dateline ("(ACP)", "(Reuters)").
    pub agency: Option<String>,
}

/// The dateline of a text: a short line near the top made of a full date (day, month, year)
/// with at most a source name, a place, a time or an agency tag around it, as in
/// "Chas Pravdy - 03 novembre 2025 14:38" or "Minsk, 6 nov. 2026 (ACP) — …".
pub fn find_dateline(text: &str, lex: &Lexicon) -> Option<(Span, NaiveDate)> {
    let cues = crate::textmeta::MetaCues::default();
    find_dateline_with(text, lex, lex.numeric_order, &cues)
        .and_then(|d| d.date.map(|date| (d.span, date)))
}

/// Like [`find_dateline`], reading numeric dates in `order` and knowing the language's words
/// for "published" and "updated": an update date is never the publication date, and the
/// update part of a line ("· Updated 15:05") does not count against its length. With
/// `order` unknown, an ambiguous numeric date still makes a dateline, with no date.
pub fn find_dateline_with(
    text: &str,
    lex: &Lexicon,
    order: NumericOrder,
    cues: &crate::textmeta::MetaCues,
) -> Option<Dateline> {
    let mut seen = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        seen += 1;
        if seen > 15 {
            break;
        }
        if body.chars().count() > 300 {
            continue;
        }
        let folded = Folded::new(body);
        for f in scan::scan_folded_with(&folded, lex, order) {
            let date = match f.value {
                Value::Date {
                    year: Some(y),
                    month,
                    day: Some(d),
                } => NaiveDate::from_ymd_opt(y, month, d),
                Value::AmbiguousNumeric { .. } => None,
                _ => continue,
            };
            let span = folded.to_original(f.start, f.end);
            let before = &body[..span.start];
            let after = &body[span.end..];
            let folded_before = vigie_core::fold::fold(before);
            if cues.ends_with_updated(&folded_before) {
                continue;
            }
            // "Publié le": the cue is part of the dateline, not of a name or a sentence.
            let published_cue = cues.ends_with_published(&folded_before);
            let (core, max_words) = match published_cue {
                // "Mis à jour le 06/11/2026 à 10h05, publié le 05/11/2026": the cue vouches
                // for the date even after an update part.
                Some(cue_words) => (drop_last_words(before, cue_words), 10),
                None => (before, 6),
            };
            if words(core) > max_words
                || core.contains(['.', '!', '?']) && words(core) > 3
                || published_cue.is_none() && reads_as_a_clause(core)
            {
                continue;
            }
            // After the date: a time, an agency tag, then the end of the line or a dash that
            // opens the lead. An update part ("mis à jour à 19h40") is cut off first.
            let after = cues.cut_updated(after);
            let dash = after
                .find(['—', '–'])
                .into_iter()
                .chain(after.find(" - "))
                .chain(after.trim_start().starts_with("- ").then_some(0))
                .min();
            let (tail, rest) = match dash {
                Some(i) => (&after[..i], &after[i..]),
                None => (after, ""),
            };
            if words(tail) > 4 && dash.is_none() {
                continue;
            }
            if words(tail) > 6 {
                continue;
            }
            // A wire dateline: the lead goes on after the dash, and the name before the date
            // is a place.
            let lead = words(rest) > 3;
            let agency = agency_tag(tail);
            // "Par Bastien Lefort · 05/11/2026": a byline, not an outlet.
            let byline = cues.opens_with_byline(&vigie_core::fold::fold(core));
            let outlet = if lead || byline {
                None
            } else {
                outlet_name(core)
            };
            let span = Span::new(start + span.start, start + span.end);
            return Some(Dateline {
                span,
                date,
                outlet,
                agency,
            });
        }
    }
    None
}

/// What stands before the date reads as the start of a sentence ("La Russie a attaqué
/// l'Ukraine le 24 février 2022"), not as a name, place or cue: two or more words, most of them
/// in lower case. A dateline's head is capitalised ("Le Guetteur européen -", "Paris, le").
fn reads_as_a_clause(core: &str) -> bool {
    let ws: Vec<&str> = core
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let lower = ws
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase)
        })
        .count();
    lower >= 2 && lower * 2 > ws.len()
}

/// `s` without its last `n` words.
fn drop_last_words(s: &str, n: usize) -> &str {
    let mut end = s.trim_end().len();
    for _ in 0..n {
        let t = s[..end].trim_end();
        // After the whitespace character, which may be wider than a byte (no-break space).
        end = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
    }
    &s[..end]
}

/// Characters that separate the parts of a dateline ("Outlet — date | time").
const DATELINE_SEPARATORS: [char; 7] = ['—', '–', '|', '·', '•', ',', '/'];

/// The name before the date on a dateline, when it looks like one: one to six words, the first
/// capitalised, no digits, after the last separator-delimited part that is not a name.
fn outlet_name(core: &str) -> Option<String> {
    let trimmed = core
        .trim()
        .trim_end_matches(|c: char| {
            DATELINE_SEPARATORS.contains(&c) || c == '-' || c.is_whitespace()
        })
        .trim();
    // "Outlet - Paris, 5 nov.": the name is the first part.
    let name = trimmed
        .split(" - ")
        .next()
        .unwrap_or(trimmed)
        .split(['—', '–', '|', '·', '•'])
        .next()
        .unwrap_or(trimmed)
        .trim();
    let n = words(name);
    let first_upper = name.chars().next().is_some_and(char::is_uppercase);
    let longest = name
        .split_whitespace()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .max()
        .unwrap_or(0);
    let ok = (1..=6).contains(&n)
        && first_upper
        && longest >= 3
        && !name
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':'));
    ok.then(|| name.to_string())
}

/// An agency credited in parentheses: "(ACP)", "(Reuters)".
fn agency_tag(tail: &str) -> Option<String> {
    let open = tail.find('(')?;
    let close = open + tail[open..].find(')')?;
    let name = tail[open + 1..close].trim();
    let ok = (1..=4).contains(&words(name))
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit());
    ok.then(|| name.to_string())
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Parses a date written as text ("31. Mai 2012", "May 31, 2012", "31.05.2012") with the
/// merged lexicon; only full dates with a year count.
pub fn parse_text_date(text: &str) -> Option<NaiveDate> {
    let lex = &Lexicons::shared().merged;
    let folded = vigie_core::fold::fold(text);
    scan::scan(&folded, lex)
        .into_iter()
        .find_map(|f| match f.value {
            Value::Date {
                year: Some(y),
                month,
                day: Some(d),
            } => NaiveDate::from_ymd_opt(y, month, d),
            _ => None,
        })
}

/// Finds the publication date and the dates written in the text.
pub struct DateStage {
    lexicons: &'static Lexicons,
    cues: &'static crate::textmeta::Cues,
}

impl Default for DateStage {
    fn default() -> Self {
        Self::new()
    }
}

impl DateStage {
    pub fn new() -> Self {
        DateStage {
            lexicons: Lexicons::shared(),
            cues: crate::textmeta::Cues::shared(),
        }
    }

    /// The lexicon for a document: its language's, or else the one that finds the most dates.
    fn lexicon_for(&self, doc: &Document) -> &'static Lexicon {
        let lexicons = self.lexicons;
        if let Some(lex) = doc.meta.language.as_deref().and_then(|l| lexicons.get(l)) {
            return lex;
        }
        let sample: String = doc.text.chars().take(20_000).collect();
        let folded = vigie_core::fold::fold(&sample);
        lexicons
            .by_language
            .iter()
            .map(|(_, lex)| (scan::scan(&folded, lex).len(), lex))
            .max_by_key(|(n, _)| *n)
            .map(|(_, lex)| lex)
            .unwrap_or(&lexicons.merged)
    }
}

impl Stage for DateStage {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let lex = self.lexicon_for(doc);
        // The merged table (language unknown) has no language's cues.
        let language = match lex.languages.as_slice() {
            [one] => Some(one.as_str()),
            _ => None,
        };
        let cues = self.cues.for_language(language);
        let boiler: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
        // Every date of the text, numeric ones left unread while the order of their day and
        // month is unknown; boilerplate lines (datelines are) count as evidence for the order.
        let mut lines_found: Vec<(bool, Vec<(Span, Value)>)> = Vec::new();
        for (line_span, line) in doc.lines() {
            if line.trim().is_empty() {
                continue;
            }
            let folded = Folded::new(line);
            let found: Vec<(Span, Value)> =
                scan::scan_folded_with(&folded, lex, NumericOrder::Unknown)
                    .into_iter()
                    .map(|f| {
                        let s = folded.to_original(f.start, f.end);
                        let span = Span::new(line_span.start + s.start, line_span.start + s.end);
                        (span, f.value)
                    })
                    .collect();
            if !found.is_empty() {
                let is_boiler = boiler.iter().any(|b| b.contains(&line_span));
                lines_found.push((is_boiler, found));
            }
        }
        let ambiguous = lines_found
            .iter()
            .flat_map(|(_, f)| f)
            .any(|(_, v)| matches!(v, Value::AmbiguousNumeric { .. }));
        let order = if ambiguous {
            let outlet =
                self.cues
                    .outlet_order(cues, doc.meta.outlet.as_deref(), doc.meta.url.as_deref());
            let ev = order::evidence(
                lines_found
                    .iter()
                    .flat_map(|(_, f)| f)
                    .map(|(span, v)| (v, &doc.text[span.start..span.end])),
            );
            order::decide(outlet, lex.numeric_order, ev)
        } else {
            lex.numeric_order
        };
        let dateline = find_dateline_with(&doc.text, lex, order, cues);
        if let Some(date) = dateline.as_ref().and_then(|d| d.date) {
            if doc.meta.published.is_none() {
                doc.meta.published = Some(day_str(date));
                doc.meta.published_source = Some("dateline".to_string());
            }
        }
        let anchor = doc.meta.published.as_deref().and_then(parse_iso_day);
        let mut found = Vec::new();
        if let Some(d) = &dateline {
            found.push((
                d.span,
                mention(
                    d.date.map(day_str),
                    DateKind::Dateline,
                    DateGranularity::Day,
                ),
            ));
        }
        let mut last_day = None;
        for (is_boiler, line) in &lines_found {
            if *is_boiler {
                continue;
            }
            for (span, value) in line {
                if dateline.as_ref().is_some_and(|d| d.span.overlaps(span)) {
                    continue;
                }
                let value = order::settle(value, order);
                let m = resolve(&value, anchor, last_day.or(anchor));
                if m.granularity == Some(DateGranularity::Day) {
                    if let Some(d) = m.resolved.as_deref().and_then(parse_iso_day) {
                        last_day = Some(d);
                    }
                }
                found.push((*span, m));
            }
        }
        for (span, m) in found {
            doc.annotate(span, m);
        }
        Ok(())
    }
}
