//! Typed command-line values, validated where they are parsed.
//!
//! Every filter a user types (a date, a language, a layer, a code, a limit, a size) is checked
//! by clap through one of these parsers, so a bad value is a one-line error naming the argument
//! and what it accepts, with the usage exit code ([`EXIT_USAGE`]), instead of an empty listing or
//! a panic deep inside a library. The accepted languages, layers, actor types and codes come from
//! the data (lexicon folders, the knowledge base, the CAMEO table), not from lists in code.

use std::sync::OnceLock;

use chrono::NaiveDate;
use vigie_core::{EntityType, Layer};

/// Exit code of a command-line usage error (BSD `sysexits.h` `EX_USAGE`). Distinct from 2,
/// which `vigie ingest` uses for "some inputs failed, the rest is stored".
pub const EXIT_USAGE: u8 = 64;

/// A date bound as typed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part a real calendar value.
/// Kept as its ISO text: stored dates are ISO strings, so a prefix compares as the period it
/// names (`--until 2026-11` admits every day of November).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateBound(pub String);

impl std::fmt::Display for DateBound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

const DATE_ACCEPTED: &str = "expected a date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2026-11-05)";

/// Parses a date bound; see [`DateBound`].
pub fn date_bound(s: &str) -> Result<DateBound, String> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        }
        _ => false,
    };
    if ok {
        Ok(DateBound(s.to_string()))
    } else {
        Err(DATE_ACCEPTED.to_string())
    }
}

/// The languages vigie has lexicons for: the folders under `lexicons/` (data, not code).
pub fn known_languages() -> &'static [String] {
    static LANGUAGES: OnceLock<Vec<String>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let mut langs: Vec<String> = vigie_resources::files("lexicons/", ".toml")
            .iter()
            .filter_map(|r| r.language().map(str::to_string))
            .collect();
        langs.sort();
        langs.dedup();
        langs
    })
}

/// Parses an ISO 639-1 language code that vigie knows (`fr`, `EN` → `en`).
pub fn language(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_lowercase();
    let known = known_languages();
    if known.contains(&code) {
        Ok(code)
    } else {
        Err(format!(
            "expected an ISO 639-1 code of a language vigie reads: {}",
            known.join(", ")
        ))
    }
}

/// Parses an annotation layer name (`event` or `events`, any case).
pub fn layer(s: &str) -> Result<Layer, String> {
    let want = s.trim().to_ascii_lowercase();
    Layer::ALL
        .into_iter()
        .find(|l| want == l.as_str() || want == format!("{}s", l.as_str()))
        .ok_or_else(|| {
            format!(
                "expected one of: {}",
                Layer::ALL.map(|l| l.as_str()).join(", ")
            )
        })
}

/// The actor types the knowledge base uses, plus `unknown` for names it could not type.
fn known_actor_types() -> &'static [EntityType] {
    static TYPES: OnceLock<Vec<EntityType>> = OnceLock::new();
    TYPES.get_or_init(|| {
        // The knowledge base alone, not the linker: building its automaton is not needed here.
        let kb = vigie_actors::Kb::load();
        let mut types: Vec<EntityType> = kb.actors.iter().map(|a| a.kind).collect();
        // The types the name finder gives names nobody listed.
        types.extend([
            EntityType::Unknown,
            EntityType::WeaponSystem,
            EntityType::Person,
            EntityType::Organisation,
            EntityType::Place,
            EntityType::Media,
        ]);
        types.sort_by_key(|t| t.as_str());
        types.dedup();
        types
    })
}

/// Parses an actor type (`person`, `country`…), as the knowledge base names them.
pub fn actor_type(s: &str) -> Result<EntityType, String> {
    let want = s.trim().to_ascii_lowercase();
    let known = known_actor_types();
    match want.parse::<EntityType>() {
        Ok(t) if known.contains(&t) => Ok(t),
        _ => Err(format!(
            "expected one of: {}",
            known
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// A knowledge-base actor id (`BLR`, `person:alexander_lukashenko`): one word, no spaces.
pub fn actor_id(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() || s.chars().any(char::is_whitespace) {
        return Err(
            "expected a knowledge-base actor id such as BLR or person:alexander_lukashenko".into(),
        );
    }
    Ok(s.to_string())
}

/// Parses an event-code filter: a CAMEO code or prefix the table defines (`19`, `0334`) or a
/// PLOVER type (`ASSAULT`, any case).
pub fn event_code(s: &str) -> Result<String, String> {
    let want = s.trim();
    let table = vigie_events::CameoTable::load().map_err(|e| e.to_string())?;
    let ok = if !want.is_empty() && want.bytes().all(|b| b.is_ascii_digit()) {
        table.has_prefix(want)
    } else {
        table
            .plover_types()
            .any(|p| p.name.as_str().eq_ignore_ascii_case(want))
    };
    if ok {
        Ok(want.to_string())
    } else {
        let mut types: Vec<&str> = table.plover_types().map(|p| p.name.as_str()).collect();
        types.sort();
        Err(format!(
            "expected a CAMEO code or prefix (01–20, e.g. 19 or 0334) or a PLOVER type: {}",
            types.join(", ")
        ))
    }
}

/// How many rows to print: a count, or 0 for all of them (the same in every command).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit(pub Option<usize>);

impl Limit {
    /// Applies the limit to a full listing, returning what to show and how many there were.
    pub fn cut<T>(self, mut rows: Vec<T>) -> (Vec<T>, usize) {
        let total = rows.len();
        if let Some(n) = self.0 {
            rows.truncate(n);
        }
        (rows, total)
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{n}"),
            None => f.write_str("0"),
        }
    }
}

/// Parses `--limit`: a non-negative integer, 0 meaning no limit.
pub fn limit(s: &str) -> Result<Limit, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Ok(Limit(None)),
        Ok(n) => Ok(Limit(Some(n))),
        Err(_) => Err("expected a whole number of rows, or 0 for all".into()),
    }
}

/// Says on stderr that a listing was cut, so nobody mistakes the first rows for all of them.
pub fn note_cut(shown: usize, total: usize) {
    if shown < total {
        crate::diag!("showing {shown} of {total}; --limit N to see more, --limit 0 for all");
    }
}

/// Parses a search query word: not empty, not only spaces (an empty query is a mistake, not a
/// request for "no match").
pub fn query_text(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("expected words to search for; the query is empty".into())
    } else {
        Ok(s.to_string())
    }
}

/// Parses a byte size: `1048576`, `512K`, `20M`, `1G` (also `KB`/`KiB`…, binary multiples).
pub fn byte_size(s: &str) -> Result<u64, String> {
    const ACCEPTED: &str = "expected a size in bytes such as 1048576, 512K, 20M or 1G";
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num.parse().map_err(|_| ACCEPTED.to_string())?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(ACCEPTED.to_string()),
    };
    let bytes = n.checked_shl(shift).filter(|b| b >> shift == n);
    match bytes {
        Some(0) => Err("the size must be more than 0 bytes".into()),
        Some(b) => Ok(b),
        None => Err(ACCEPTED.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_accept_iso_prefixes_only_when_real() {
        assert_eq!(date_bound("2026-11-05").unwrap().0, "2026-11-05");
        assert_eq!(date_bound("2026-11").unwrap().0, "2026-11");
        assert_eq!(date_bound("2026").unwrap().0, "2026");
        for bad in [
            "foo",
            "yesterday",
            "2026-13",
            "2026-02-30",
            "26-11-05",
            "2026/11/05",
            "",
            "2026-1-5",
        ] {
            assert!(date_bound(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn languages_come_from_the_lexicon_folders() {
        assert_eq!(language("FR").unwrap(), "fr");
        assert!(language("ru").is_ok());
        let err = language("xx").unwrap_err();
        assert!(err.contains("fr") && err.contains("en"), "{err}");
    }

    #[test]
    fn layers_accept_singular_and_plural() {
        assert_eq!(layer("events").unwrap(), Layer::Event);
        assert_eq!(layer("Quote").unwrap(), Layer::Quote);
        assert!(layer("eventz").unwrap_err().contains("boilerplate"));
    }

    #[test]
    fn codes_are_checked_against_the_cameo_table() {
        assert!(event_code("19").is_ok());
        assert!(event_code("0334").is_ok());
        assert!(event_code("assault").is_ok());
        assert!(event_code("99").is_err());
        assert!(event_code("BOMBING").is_err());
    }

    #[test]
    fn actor_types_come_from_the_knowledge_base() {
        assert_eq!(actor_type("Person").unwrap(), EntityType::Person);
        assert!(actor_type("country").is_ok());
        assert!(actor_type("spaceship").unwrap_err().contains("person"));
    }

    #[test]
    fn limit_zero_means_all() {
        assert_eq!(limit("0").unwrap(), Limit(None));
        assert_eq!(limit("5").unwrap(), Limit(Some(5)));
        assert!(limit("-1").is_err() && limit("ten").is_err());
        assert_eq!(Limit(Some(2)).cut(vec![1, 2, 3]), (vec![1, 2], 3));
        assert_eq!(Limit(None).cut(vec![1, 2, 3]), (vec![1, 2, 3], 3));
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(byte_size("20M").unwrap(), 20 << 20);
        assert_eq!(byte_size("512k").unwrap(), 512 << 10);
        assert_eq!(byte_size("1G").unwrap(), 1 << 30);
        assert_eq!(byte_size("1048576").unwrap(), 1 << 20);
        assert_eq!(byte_size("3 MiB").unwrap(), 3 << 20);
        for bad in ["", "M", "20X", "-5", "0", "99999999999999999999G"] {
            assert!(byte_size(bad).is_err(), "{bad:?} accepted");
        }
    }
}
