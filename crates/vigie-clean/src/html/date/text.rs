//! Dates written in a page's visible text: where they stand (before or after the headline) and
//! what the words right before them say ("Veröffentlicht am", "Published", "Updated",
//! "Stand:"). The cue words are the `published` and `updated` lists of
//! `lexicons/<lang>/metadata.toml`, every language merged, the ones the dateline finder reads.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::dates::{scan, Lexicons, Value};
use crate::textmeta::{Cues, MetaCues};

/// What the words before a date say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// "Veröffentlicht am", "publié le", "Published:".
    Published,
    /// "Aktualisiert am", "Stand:", "Updated": never the publication date.
    Updated,
    None,
}

/// A full date (day, month, year) in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    /// Written with a two-digit year ("8.5.12", "26/10/13").
    pub short_year: bool,
    pub cue: Cue,
}

static RAW_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^<(script|style|noscript|template|svg|textarea|select)\b").unwrap()
});
static RAW_END: LazyLock<[Regex; 7]> = LazyLock::new(|| {
    [
        "script", "style", "noscript", "template", "svg", "textarea", "select",
    ]
    .map(|t| Regex::new(&format!(r"(?i)</{t}\s*>")).unwrap())
});

/// The text a reader sees in `html`: text between tags, entities decoded, whitespace runs
/// collapsed to one space, a space for every tag; scripts, styles, forms' option lists and
/// comments left out.
pub fn visible(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 3);
    let mut i = 0;
    let b = html.as_bytes();
    while i < b.len() {
        if b[i] == b'<' {
            let rest = &html[i..];
            if rest.starts_with("<!--") {
                i += rest.find("-->").map_or(rest.len(), |e| e + 3);
            } else if let Some(c) = RAW_TEXT.captures(rest) {
                let k = [
                    "script", "style", "noscript", "template", "svg", "textarea", "select",
                ]
                .iter()
                .position(|t| t.eq_ignore_ascii_case(&c[1]))
                .unwrap_or(0);
                i += RAW_END[k].find(rest).map_or(rest.len(), |m| m.end());
            } else {
                i += rest.find('>').map_or(rest.len(), |e| e + 1);
            }
            if !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        let end = html[i..].find('<').map_or(html.len(), |p| i + p);
        push_text(&mut out, &html[i..end]);
        i = end;
    }
    out
}

/// Appends a text node, entities decoded and whitespace collapsed.
pub fn push_text(out: &mut String, raw: &str) {
    let decoded = html_escape::decode_html_entities(raw);
    for c in decoded.chars() {
        if c.is_whitespace() || c == '\u{a0}' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if c != '\u{ad}' {
            out.push(c);
        }
    }
}

static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2})\.(\d{1,2})\.(\d{2})|(\d{1,2})/(\d{1,2})/(\d{2})").unwrap()
});

/// Numeric dates with a two-digit year, day first ("8.5.12", "26/10/13"; a first number over
/// 12 with a second of 12 or less is read month first). Not part of a longer run of numbers
/// (a version "1.2.12.4", a phone number).
fn short_year_dates(folded: &str) -> Vec<(usize, usize, NaiveDate)> {
    let b = folded.as_bytes();
    let numeric = |c: u8| c.is_ascii_digit();
    let mut out = Vec::new();
    for c in SHORT_YEAR.captures_iter(folded) {
        let m = c.get(0).expect("whole match");
        let (s, e) = (m.start(), m.end());
        let before_bad = s > 0
            && (numeric(b[s - 1])
                || (matches!(b[s - 1], b'.' | b'/' | b'-' | b',') && s > 1 && numeric(b[s - 2])));
        let after_bad = e < b.len()
            && (numeric(b[e])
                || (matches!(b[e], b'.' | b'/' | b'-' | b',' | b':')
                    && e + 1 < b.len()
                    && numeric(b[e + 1])));
        if before_bad || after_bad {
            continue;
        }
        let g = |i: usize| c.get(i).and_then(|x| x.as_str().parse::<u32>().ok());
        let (Some(a), Some(mo), Some(y)) = (g(1).or(g(4)), g(2).or(g(5)), g(3).or(g(6))) else {
            continue;
        };
        let (d, mo) = if mo > 12 && a <= 12 { (mo, a) } else { (a, mo) };
        let y = if y >= 90 { 1900 + y } else { 2000 + y } as i32;
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
            out.push((s, e, date));
        }
    }
    out
}

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// What the words right before `start` in `folded` say about the date there.
fn cue_before(folded: &str, start: usize, cues: &MetaCues) -> Cue {
    let from = floor(folded, start.saturating_sub(48));
    let before = folded[from..start].trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    if cues.ends_with_updated(before) {
        Cue::Updated
    } else if cues.ends_with_published(before).is_some() {
        Cue::Published
    } else {
        Cue::None
    }
}

/// The full dates of a folded text, in order, with two-digit years when `short_years`.
pub fn dates_in(folded: &str, short_years: bool) -> Vec<Dated> {
    let lex = &Lexicons::shared().merged;
    let cues = Cues::shared().for_language(None);
    let mut out: Vec<Dated> = scan::scan(folded, lex)
        .into_iter()
        .filter_map(|f| match f.value {
            Value::Date {
                year: Some(y),
                month,
                day: Some(d),
            } => NaiveDate::from_ymd_opt(y, month, d).map(|date| (f.start, f.end, date, false)),
            _ => None,
        })
        .chain(
            short_years
                .then(|| short_year_dates(folded))
                .into_iter()
                .flatten()
                .map(|(s, e, d)| (s, e, d, true)),
        )
        .map(|(start, end, date, short_year)| Dated {
            start,
            end,
            date,
            short_year,
            cue: cue_before(folded, start, cues),
        })
        .collect();
    out.sort_by_key(|d| d.start);
    // A two-digit match inside a full one ("05.11.2026" holds no "5.11.20").
    out.dedup_by(|b, a| b.start < a.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_skips_scripts_and_collapses_space() {
        let html = "<p>Le&nbsp;5\n  mai</p><script>var d='1 juin 2020'</script><!-- 2 juin 2020 --><b>x</b>";
        assert_eq!(visible(html), " Le 5 mai x ");
    }

    #[test]
    fn two_digit_years_are_read_day_first_outside_longer_numbers() {
        let f = |s: &str| {
            dates_in(&vigie_core::fold::fold(s), true)
                .iter()
                .map(|d| (d.date.to_string(), d.short_year))
                .collect::<Vec<_>>()
        };
        assert_eq!(f("von Anna, 8.5.12"), vec![("2012-05-08".into(), true)]);
        assert_eq!(f("am 26/10/13, 03:48"), vec![("2013-10-26".into(), true)]);
        assert!(f("Version 1.2.12.4").is_empty());
        assert!(f("Tel. 030.12.34.56").is_empty());
        assert_eq!(f("am 05.11.2026"), vec![("2026-11-05".into(), false)]);
    }

    #[test]
    fn the_words_before_a_date_say_published_or_updated() {
        let d = dates_in(
            &vigie_core::fold::fold("Letzte Änderung: 31.10.2023 · Erschienen am: 01.11.2023"),
            false,
        );
        assert_eq!(d[0].cue, Cue::Updated);
        assert_eq!(d[1].cue, Cue::Published);
        assert_eq!(d[1].date.to_string(), "2023-11-01");
    }
}
