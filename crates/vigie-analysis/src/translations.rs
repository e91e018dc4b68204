//! Translations: an article republished in another language, linked to the first-seen
//! original as a copy is (it is not an independent source), through what a translation keeps
//! and shingles cannot see across languages — **the actors it names** (knowledge-base ids, the
//! same in every language: "Loukachenko" and "Lukashenko" are one id), its numbers (written
//! either language's way: "4 000", "4,000") and its day.
//!
//! Two articles are a translation pair when they are in different languages, published within
//! [`WINDOW_DAYS`] of each other (or either undated), each names at least [`MIN_ACTORS`]
//! actors, their actor sets have a Jaccard similarity of at least [`MIN_ACTOR_JACCARD`], their
//! contents are of comparable length ([`MAX_LENGTH_RATIO`]) and, when both hold numbers,
//! they share most of them ([`MIN_NUMBER_OVERLAP`]). Reports of one event by two outlets name
//! many of the same actors too; what tells a translation apart is that it names nearly all of
//! them and nothing else, at the same length, with the same figures. The thresholds were
//! chosen on the dev half of `data/eval/copies-translated` (English translations of the French
//! example articles, and near-misses: same actors and week, another happening) and are scored
//! on its test half by `vigie eval translations`.
//!
//! Candidates come from an inverted index of actors by day, not from comparing every pair: an
//! article can only reach the Jaccard threshold with one that shares at least one of its
//! `|A| - ceil(t |A|) + 1` rarest actors (prefix filtering), so only the postings of those
//! few, on the days of the window, are read. Undated articles are compared by recency (the
//! latest [`UNDATED_KEPT`]).

use std::collections::{HashMap, VecDeque};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Article;

/// Days between an original and its translation at most.
pub const WINDOW_DAYS: i64 = 2;
/// Actors an article must name to be compared: with fewer, one shared name is a large share.
pub const MIN_ACTORS: usize = 5;
/// Jaccard similarity of the two actor sets, at least. On the dev half, translations scored
/// 0.90–1.00 against their originals, near-misses at most 0.58 and the translation of one of
/// the two near-identical drone wire articles 0.82 against the other.
pub const MIN_ACTOR_JACCARD: f64 = 0.75;
/// Longer content over shorter (characters), at most: a translation is about as long as its
/// original (French runs 10–20 % longer than English), a brief is not the translation of a
/// feature.
pub const MAX_LENGTH_RATIO: f64 = 1.6;
/// When both articles hold at least two numbers: the share of the smaller set of numbers
/// found in the other, at least.
pub const MIN_NUMBER_OVERLAP: f64 = 0.5;
/// Fingerprints kept, the most recent (as [`crate::copies::MAX_INDEXED`]).
pub const MAX_INDEXED: usize = 50_000;
/// Undated articles kept as candidates for every later article, and the latest articles an
/// undated one is compared with: without a day, only recency bounds the search.
pub const UNDATED_KEPT: usize = 2_000;

/// What a translation keeps of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    /// Linked actor ids, sorted, once each.
    pub actors: Vec<String>,
    /// Numbers of the content in one canonical form ([`numbers`]), sorted, once each.
    pub numbers: Vec<String>,
    /// Characters of the content.
    pub length: usize,
}

impl Fingerprint {
    /// The fingerprint of an article, `None` when it cannot be compared (no language, or
    /// fewer than [`MIN_ACTORS`] actors).
    pub fn of(a: &Article) -> Option<Fingerprint> {
        let language = a.language.clone()?;
        let mut actors = a.actors.clone();
        actors.sort();
        actors.dedup();
        if actors.len() < MIN_ACTORS {
            return None;
        }
        Some(Fingerprint {
            language,
            day: a.date,
            actors,
            numbers: numbers(&a.text),
            length: a.text.chars().count(),
        })
    }
}

/// The numbers of a text, each once, sorted, in one form whatever the language wrote:
/// thousands separators (space, no-break space, comma, point before three digits) removed,
/// a decimal comma made a point. Single digits and years (1900–2099) are left out: they are in
/// every article of a week.
pub fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Digits that end a word ("F16", "Su-25", "COVID-19") are a name, not a figure.
        let in_word = i > 0
            && (chars[i - 1].is_alphanumeric()
                || (chars[i - 1] == '-' && i > 1 && chars[i - 2].is_alphanumeric()));
        if !chars[i].is_ascii_digit() || in_word {
            i += 1;
            continue;
        }
        // Groups of digits joined by one separator each.
        let mut groups: Vec<String> = Vec::new();
        let mut seps: Vec<char> = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            groups.push(chars[start..j].iter().collect());
            let joins = j + 1 < chars.len()
                && matches!(chars[j], ' ' | '\u{a0}' | '\u{202f}' | ',' | '.')
                && chars[j + 1].is_ascii_digit();
            if !joins {
                break;
            }
            seps.push(chars[j]);
            j += 1;
        }
        i = j;
        out.extend(canonical(&groups, &seps));
    }
    out.sort();
    out.dedup();
    out
}

/// Separators of one kind: the spaces (plain, no-break, narrow no-break), or themselves.
fn class(c: char) -> char {
    if c.is_whitespace() {
        ' '
    } else {
        c
    }
}

/// One run of digit groups as numbers: thousands groups joined, else a decimal, else (spaces
/// between groups that are not thousands) separate numbers.
fn canonical(groups: &[String], seps: &[char]) -> Vec<String> {
    let keep = |n: String| {
        let year = n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
        (n.len() > 1 && !year).then_some(n)
    };
    let thousands = groups.len() > 1
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups[0].len() <= 3
        && seps.iter().all(|&s| class(s) == class(seps[0]));
    if thousands {
        return keep(groups.concat()).into_iter().collect();
    }
    if groups.len() == 2 && matches!(seps[0], ',' | '.') {
        let n = format!("{}.{}", groups[0], groups[1]);
        return keep(n).into_iter().collect();
    }
    groups.iter().cloned().filter_map(keep).collect()
}

/// The original an article translates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TranslationOf {
    /// The first-seen original's id (the original of the article matched when that one is a
    /// copy or translation itself).
    pub original: String,
    /// The indexed article it matched.
    pub matched: String,
    /// Jaccard similarity of the two actor sets.
    pub actors: f64,
    /// Share of the smaller set of numbers found in the other (1 when either has fewer than
    /// two).
    pub numbers: f64,
}

struct Entry {
    id: String,
    fingerprint: Fingerprint,
    /// The first original of this article (itself when it is one).
    original: String,
}

/// Fingerprints of recent articles with an inverted index of their actors.
#[derive(Default)]
pub struct TranslationIndex {
    entries: HashMap<u64, Entry>,
    order: VecDeque<u64>,
    /// Dated articles by (actor, day): a dated article reads only the days of its window, so
    /// the cost of a look-up does not grow with the store (an actor named every day would
    /// otherwise bring every article that names it).
    postings: HashMap<(String, NaiveDate), Vec<u64>>,
    /// The latest undated articles (at most [`UNDATED_KEPT`]), compared with every article.
    undated: VecDeque<u64>,
    /// Articles naming each actor among those indexed (prefix filtering reads the rarest).
    counts: HashMap<String, usize>,
    by_id: HashMap<String, u64>,
    next: u64,
}

impl TranslationIndex {
    pub fn new() -> TranslationIndex {
        TranslationIndex::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The indexed article `fp` translates, if any: the best actor Jaccard among those that
    /// pass every test, ties to the earliest indexed.
    pub fn find(&self, fp: &Fingerprint) -> Option<TranslationOf> {
        let mut by_rarity: Vec<&String> = fp.actors.iter().collect();
        by_rarity.sort_by_key(|a| (self.counts.get(*a).copied().unwrap_or(0), *a));
        let needed = (MIN_ACTOR_JACCARD * fp.actors.len() as f64).ceil() as usize;
        let prefix = fp.actors.len() + 1 - needed.min(fp.actors.len());
        let mut seen = std::collections::HashSet::new();
        let mut best: Option<(f64, f64, u64)> = None;
        let mut consider = |n: u64, best: &mut Option<(f64, f64, u64)>| {
            if !seen.insert(n) {
                return;
            }
            let Some(e) = self.entries.get(&n) else {
                return;
            };
            let Some((actors, numbers)) = pair(fp, &e.fingerprint) else {
                return;
            };
            if best
                .is_none_or(|(a, _, b)| (actors, std::cmp::Reverse(n)) > (a, std::cmp::Reverse(b)))
            {
                *best = Some((actors, numbers, n));
            }
        };
        match fp.day {
            Some(day) => {
                for actor in &by_rarity[..prefix] {
                    for offset in -WINDOW_DAYS..=WINDOW_DAYS {
                        let Some(d) = day.checked_add_signed(chrono::Duration::days(offset)) else {
                            continue;
                        };
                        for &n in self
                            .postings
                            .get(&((*actor).clone(), d))
                            .into_iter()
                            .flatten()
                        {
                            consider(n, &mut best);
                        }
                    }
                }
                for &n in &self.undated {
                    consider(n, &mut best);
                }
            }
            None => {
                for &n in self.order.iter().rev().take(UNDATED_KEPT) {
                    consider(n, &mut best);
                }
            }
        }
        let (actors, numbers, n) = best?;
        let e = &self.entries[&n];
        Some(TranslationOf {
            original: e.original.clone(),
            matched: e.id.clone(),
            actors,
            numbers,
        })
    }

    /// Indexes an article; `original` is its first original when it copies or translates one.
    pub fn insert(&mut self, id: &str, fp: Fingerprint, original: Option<&str>) {
        let n = self.next;
        self.next += 1;
        for a in &fp.actors {
            if let Some(day) = fp.day {
                self.postings.entry((a.clone(), day)).or_default().push(n);
            }
            *self.counts.entry(a.clone()).or_default() += 1;
        }
        if fp.day.is_none() {
            self.undated.push_back(n);
            if self.undated.len() > UNDATED_KEPT {
                self.undated.pop_front();
            }
        }
        // The original's own first original, when it is indexed.
        let original = original
            .map(|o| {
                self.by_id
                    .get(o)
                    .and_then(|k| self.entries.get(k))
                    .map_or_else(|| o.to_string(), |e| e.original.clone())
            })
            .unwrap_or_else(|| id.to_string());
        self.by_id.insert(id.to_string(), n);
        self.entries.insert(
            n,
            Entry {
                id: id.to_string(),
                fingerprint: fp,
                original,
            },
        );
        self.order.push_back(n);
        while self.order.len() > MAX_INDEXED {
            let Some(old) = self.order.pop_front() else {
                break;
            };
            if let Some(e) = self.entries.remove(&old) {
                self.by_id.remove(&e.id);
                self.undated.retain(|&k| k != old);
                for a in &e.fingerprint.actors {
                    if let Some(day) = e.fingerprint.day {
                        let key = (a.clone(), day);
                        if let Some(p) = self.postings.get_mut(&key) {
                            p.retain(|&k| k != old);
                            if p.is_empty() {
                                self.postings.remove(&key);
                            }
                        }
                    }
                    if let Some(c) = self.counts.get_mut(a) {
                        *c = c.saturating_sub(1);
                    }
                }
            }
        }
    }
}

/// The actor Jaccard and number overlap of two fingerprints when they pass every test of a
/// translation pair.
pub fn pair(a: &Fingerprint, b: &Fingerprint) -> Option<(f64, f64)> {
    if a.language == b.language {
        return None;
    }
    if let (Some(x), Some(y)) = (a.day, b.day) {
        if (x - y).num_days().abs() > WINDOW_DAYS {
            return None;
        }
    }
    let (short, long) = (a.length.min(b.length), a.length.max(b.length));
    if short == 0 || long as f64 > MAX_LENGTH_RATIO * short as f64 {
        return None;
    }
    let shared =
        |x: &[String], y: &[String]| x.iter().filter(|v| y.binary_search(v).is_ok()).count();
    let common = shared(&a.actors, &b.actors);
    let jaccard = common as f64 / (a.actors.len() + b.actors.len() - common) as f64;
    if jaccard < MIN_ACTOR_JACCARD {
        return None;
    }
    let numbers = if a.numbers.len() >= 2 && b.numbers.len() >= 2 {
        shared(&a.numbers, &b.numbers) as f64 / a.numbers.len().min(b.numbers.len()) as f64
    } else {
        1.0
    };
    (numbers >= MIN_NUMBER_OVERLAP).then_some((jaccard, numbers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(
        language: &str,
        day: &str,
        actors: &[&str],
        numbers: &[&str],
        length: usize,
    ) -> Fingerprint {
        Fingerprint {
            language: language.into(),
            day: NaiveDate::parse_from_str(day, "%Y-%m-%d").ok(),
            actors: {
                let mut a: Vec<String> = actors.iter().map(|s| s.to_string()).collect();
                a.sort();
                a
            },
            numbers: numbers.iter().map(|s| s.to_string()).collect(),
            length,
        }
    }

    #[test]
    fn numbers_are_read_the_same_in_either_language() {
        assert_eq!(
            numbers("4 000 soldats, 2,5 km, le 12 mai 2026"),
            ["12", "2.5", "4000"]
        );
        assert_eq!(
            numbers("4,000 troops, 2.5 km, May 12, 2026"),
            ["12", "2.5", "4000"]
        );
        assert_eq!(
            numbers("12\u{a0}000 migrants et 1\u{202f}250 000 euros"),
            ["12000", "1250000"]
        );
        // Single digits, years and digits inside words are left out.
        assert!(numbers("3 drones en 2025, Su-25 et F16").is_empty());
        // Groups that are not thousands are separate numbers.
        assert_eq!(numbers("entre 20 30 et 40"), ["20", "30", "40"]);
    }

    #[test]
    fn a_translation_is_found_and_a_report_of_the_same_actors_is_not() {
        let actors = ["blr", "lukashenko", "ltu", "nato", "pol", "vilnius"];
        let mut index = TranslationIndex::new();
        index.insert(
            "fr-1",
            fp("fr", "2026-11-04", &actors, &["1200", "47"], 2000),
            None,
        );
        index.insert(
            "fr-other",
            fp(
                "fr",
                "2026-11-04",
                &["blr", "pol", "eu", "ukr", "kyiv"],
                &[],
                1800,
            ),
            None,
        );
        // Its translation: the same actors and numbers, a little shorter, the next day.
        let t = index
            .find(&fp("en", "2026-11-05", &actors, &["1200", "47"], 1750))
            .expect("a translation");
        assert_eq!(
            (t.original.as_str(), t.actors, t.numbers),
            ("fr-1", 1.0, 1.0)
        );
        // The same language, other numbers, far days, a brief: none is a translation.
        assert!(index
            .find(&fp("fr", "2026-11-05", &actors, &[], 2000))
            .is_none());
        assert!(index
            .find(&fp("en", "2026-11-05", &actors, &["9", "30", "31"], 2000))
            .is_none());
        assert!(index
            .find(&fp("en", "2026-11-20", &actors, &[], 2000))
            .is_none());
        assert!(index
            .find(&fp("en", "2026-11-05", &actors, &[], 600))
            .is_none());
        // Four of six actors shared (Jaccard 0.5): a report of the same happening.
        let other = ["blr", "lukashenko", "ltu", "nato", "eu", "ukr"];
        assert!(index
            .find(&fp("en", "2026-11-05", &other, &[], 2000))
            .is_none());
        // A translation of the translation links to the first original.
        index.insert(
            "en-1",
            fp("en", "2026-11-05", &actors, &["1200", "47"], 1750),
            Some("fr-1"),
        );
        let de = index
            .find(&fp("de", "2026-11-05", &actors, &[], 1900))
            .unwrap();
        assert_eq!(de.original, "fr-1");
    }

    #[test]
    fn the_prefix_filter_finds_what_comparing_every_pair_finds() {
        let mut rng = fastrand::Rng::with_seed(11);
        let pool: Vec<String> = (0..30).map(|i| format!("a{i}")).collect();
        let mut index = TranslationIndex::new();
        let mut all = Vec::new();
        for n in 0..400 {
            // A few frequent actors and many rare ones, as in the news.
            let k = rng.usize(5..9);
            let mut actors: Vec<&str> = (0..k)
                .map(|_| {
                    let spread = rng.usize(4..30);
                    pool[rng.usize(0..spread)].as_str()
                })
                .collect();
            actors.sort();
            actors.dedup();
            if actors.len() < MIN_ACTORS {
                continue;
            }
            let lang = if rng.bool() { "fr" } else { "en" };
            let f = fp(lang, "2026-11-04", &actors, &[], 1000);
            let brute = all
                .iter()
                .filter_map(|(id, g): &(String, Fingerprint)| {
                    pair(&f, g).map(|(j, _)| (j, id.clone()))
                })
                .fold(None::<(f64, String)>, |b, (j, id)| match b {
                    Some((bj, _)) if bj >= j => b,
                    _ => Some((j, id)),
                });
            let found = index.find(&f);
            assert_eq!(found.map(|t| t.matched), brute.map(|b| b.1), "article {n}");
            let id = format!("d{n}");
            index.insert(&id, f.clone(), None);
            all.push((id, f));
        }
    }
}
