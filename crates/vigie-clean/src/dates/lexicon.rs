//! Date lexicons (`lexicons/<lang>/dates.toml`) compiled into word tables for the scanner.

use std::collections::HashMap;

use serde::Deserialize;
use vigie_core::fold::fold;

use crate::dates::DateError;

/// A span of calendar time a relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Part of a month named before it ("début", "mid", "Ende").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

/// Order of day and month in numeric dates such as 05/11/2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumericOrder {
    /// 05/11/2026 = 5 November (most of the world).
    DayFirst,
    /// 05/11/2026 = 11 May (United States).
    MonthFirst,
    /// No convention (English is written both ways): an ambiguous numeric date stays
    /// unresolved unless the outlet or the text itself settles the order.
    #[default]
    Unknown,
}

impl NumericOrder {
    /// `dmy`, `mdy` or `either`, as written in the lexicon files.
    pub fn parse(s: &str) -> Result<NumericOrder, DateError> {
        match s {
            "dmy" => Ok(NumericOrder::DayFirst),
            "mdy" => Ok(NumericOrder::MonthFirst),
            "either" => Ok(NumericOrder::Unknown),
            other => Err(DateError::Lexicon(format!(
                "numeric_order: expected dmy, mdy or either, got {other:?}"
            ))),
        }
    }

    /// `Some(true)` for day first, `Some(false)` for month first, `None` when unknown.
    pub fn day_first(self) -> Option<bool> {
        match self {
            NumericOrder::DayFirst => Some(true),
            NumericOrder::MonthFirst => Some(false),
            NumericOrder::Unknown => None,
        }
    }
}

/// What a lexicon entry means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Role {
    Month(u32),
    Weekday(u32),
    Connector,
    YearWord,
    MonthPreposition,
    YearPreposition,
    This,
    Next,
    Last,
    AgoBefore,
    AgoAfter,
    Half,
    Part(Part),
    Relative(i64),
    Anaphoric(i64),
    Period(Unit, i64),
    Unit(Unit),
    Number(u32),
}

#[derive(Deserialize)]
struct RawLexicon {
    language: String,
    numeric_order: String,
    months: Vec<Vec<String>>,
    weekdays: Vec<Vec<String>>,
    #[serde(default)]
    ordinal_suffixes: Vec<String>,
    #[serde(default)]
    connectors: Vec<String>,
    #[serde(default)]
    year_words: Vec<String>,
    #[serde(default)]
    month_prepositions: Vec<String>,
    #[serde(default)]
    year_prepositions: Vec<String>,
    #[serde(default)]
    this_words: Vec<String>,
    #[serde(default)]
    next_words: Vec<String>,
    #[serde(default)]
    last_words: Vec<String>,
    #[serde(default)]
    ago_before: Vec<String>,
    #[serde(default)]
    ago_after: Vec<String>,
    #[serde(default)]
    half: Vec<String>,
    #[serde(default)]
    parts: HashMap<String, Vec<String>>,
    #[serde(default)]
    relative: HashMap<String, i64>,
    #[serde(default)]
    anaphoric: HashMap<String, i64>,
    #[serde(default)]
    periods: HashMap<String, (String, i64)>,
    #[serde(default)]
    units: HashMap<String, Vec<String>>,
    #[serde(default)]
    numbers: HashMap<String, u32>,
}

/// One language's date words (or several merged), keyed by their first folded token.
#[derive(Debug, Default, Clone)]
pub struct Lexicon {
    /// Language codes this table was built from.
    pub languages: Vec<String>,
    /// The language's order of day and month in numeric dates (03/11/2025 = 3 November
    /// when day first); `Unknown` where the language has no single convention.
    pub numeric_order: NumericOrder,
    /// Suffixes allowed after a day number ("1er", "3rd"), folded.
    pub ordinal_suffixes: Vec<String>,
    entries: HashMap<String, Vec<(Vec<String>, Role)>>,
}

/// Splits folded text into word tokens: runs of letters and digits. Everything else separates,
/// so "mi-octobre", "l'an" and "1er" tokenise the same in the lexicon and in the text.
pub fn word_tokens(folded: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, folded.len()));
    }
    out
}

fn tokens_of(entry: &str) -> Vec<String> {
    let f = fold(entry);
    word_tokens(&f)
        .into_iter()
        .map(|(s, e)| f[s..e].to_string())
        .collect()
}

impl Lexicon {
    /// Parses one `dates.toml`.
    pub fn from_toml(text: &str) -> Result<Lexicon, DateError> {
        let raw: RawLexicon =
            toml::from_str(text).map_err(|e| DateError::Lexicon(e.to_string()))?;
        if raw.months.len() != 12 || raw.weekdays.len() != 7 {
            return Err(DateError::Lexicon(format!(
                "{}: 12 months and 7 weekdays expected",
                raw.language
            )));
        }
        let mut lex = Lexicon {
            languages: vec![raw.language.clone()],
            numeric_order: NumericOrder::parse(&raw.numeric_order)?,
            ordinal_suffixes: raw.ordinal_suffixes.iter().map(|s| fold(s)).collect(),
            entries: HashMap::new(),
        };
        for (m, forms) in raw.months.iter().enumerate() {
            for f in forms {
                lex.add(f, Role::Month(m as u32 + 1));
            }
        }
        for (d, forms) in raw.weekdays.iter().enumerate() {
            for f in forms {
                lex.add(f, Role::Weekday(d as u32));
            }
        }
        let lists: [(&Vec<String>, Role); 10] = [
            (&raw.connectors, Role::Connector),
            (&raw.year_words, Role::YearWord),
            (&raw.month_prepositions, Role::MonthPreposition),
            (&raw.year_prepositions, Role::YearPreposition),
            (&raw.this_words, Role::This),
            (&raw.next_words, Role::Next),
            (&raw.last_words, Role::Last),
            (&raw.ago_before, Role::AgoBefore),
            (&raw.ago_after, Role::AgoAfter),
            (&raw.half, Role::Half),
        ];
        for (list, role) in lists {
            for f in list {
                lex.add(f, role);
            }
        }
        for (name, forms) in &raw.parts {
            let part = match name.as_str() {
                "early" => Part::Early,
                "mid" => Part::Mid,
                "late" => Part::Late,
                other => return Err(DateError::Lexicon(format!("unknown part {other}"))),
            };
            for f in forms {
                lex.add(f, Role::Part(part));
            }
        }
        for (f, &d) in &raw.relative {
            lex.add(f, Role::Relative(d));
        }
        for (f, &d) in &raw.anaphoric {
            lex.add(f, Role::Anaphoric(d));
        }
        for (f, (unit, n)) in &raw.periods {
            lex.add(f, Role::Period(parse_unit(unit)?, *n));
        }
        for (unit, forms) in &raw.units {
            let u = parse_unit(unit)?;
            for f in forms {
                lex.add(f, Role::Unit(u));
            }
        }
        for (f, &n) in &raw.numbers {
            lex.add(f, Role::Number(n));
        }
        Ok(lex)
    }

    fn add(&mut self, entry: &str, role: Role) {
        let toks = tokens_of(entry);
        let Some((first, rest)) = toks.split_first() else {
            return;
        };
        let list = self.entries.entry(first.clone()).or_default();
        let item = (rest.to_vec(), role);
        if !list.contains(&item) {
            list.push(item);
        }
    }

    /// Adds every entry of `other` (for the all-languages fallback).
    pub fn merge(&mut self, other: &Lexicon) {
        self.languages.extend(other.languages.iter().cloned());
        for s in &other.ordinal_suffixes {
            if !self.ordinal_suffixes.contains(s) {
                self.ordinal_suffixes.push(s.clone());
            }
        }
        for (k, v) in &other.entries {
            let list = self.entries.entry(k.clone()).or_default();
            for item in v {
                if !list.contains(item) {
                    list.push(item.clone());
                }
            }
        }
    }

    /// Entries matching the words starting at `tokens[i]`, with how many tokens each covers.
    pub fn matches_at(&self, tokens: &[&str], i: usize) -> Vec<(Role, usize)> {
        let mut out = Vec::new();
        let Some(first) = tokens.get(i) else {
            return out;
        };
        if let Some(list) = self.entries.get(*first) {
            for (rest, role) in list {
                let n = rest.len();
                if i + 1 + n <= tokens.len()
                    && tokens[i + 1..i + 1 + n]
                        .iter()
                        .zip(rest)
                        .all(|(a, b)| *a == b)
                {
                    out.push((*role, n + 1));
                }
            }
        }
        // Longest first, so "le jour suivant" wins over a shorter entry.
        out.sort_by_key(|r| std::cmp::Reverse(r.1));
        out
    }

    /// Entries whose last word is `tokens[end - 1]`: the phrase ending just before `end`.
    pub fn matches_ending_at(&self, tokens: &[&str], end: usize) -> Vec<(Role, usize)> {
        let mut out = Vec::new();
        for len in 1..=4usize.min(end) {
            for (role, n) in self.matches_at(tokens, end - len) {
                if n == len {
                    out.push((role, n));
                }
            }
        }
        out
    }
}

fn parse_unit(s: &str) -> Result<Unit, DateError> {
    Ok(match s {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        other => return Err(DateError::Lexicon(format!("unknown unit {other}"))),
    })
}
