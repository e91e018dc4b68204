//! Copy detection on generated copies: each article of the given sources (the example corpus,
//! ECB+) gets one copy made by a seeded edit — words changed or dropped, truncated,
//! re-headlined, boilerplate added around it — and everything goes through
//! `vigie_analysis::CopyIndex` in order: the originals first (document order), then the copies
//! in a seeded order. Recall is the share of copies linked to their own original (or to the
//! original that one copies); precision is the share of flagged pairs that are right. An
//! original flagged as the copy of another original is wrong unless the two really are
//! duplicates in the data (exact containment of shingles ≥ [`DUPLICATE_CONTAINMENT`]), counted
//! apart.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use vigie_analysis::copies::{shingles, CopyIndex};

use crate::{EvalError, Split};

/// Exact containment from which two source articles count as copies in the data: ECB+ holds
/// successive versions of one wire story (AP rewrites keep 55-90 % of their shingles, checked
/// by reading the dev pairs), which no generated copy accounts for.
pub const DUPLICATE_CONTAINMENT: f64 = 0.5;

/// How a copy was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CopyKind {
    /// 5–15 % of the words replaced by other words of the text or dropped.
    Edited,
    /// Cut after 40–80 % of its lines (of its words for a one-line text).
    Truncated,
    /// A new headline and a dateline.
    Reheadlined,
    /// Share buttons, newsletter, related links and copyright lines around the text.
    Boilerplate,
}

const KINDS: [CopyKind; 4] = [
    CopyKind::Edited,
    CopyKind::Truncated,
    CopyKind::Reheadlined,
    CopyKind::Boilerplate,
];

impl CopyKind {
    fn as_str(self) -> &'static str {
        match self {
            CopyKind::Edited => "edited",
            CopyKind::Truncated => "truncated",
            CopyKind::Reheadlined => "re-headlined",
            CopyKind::Boilerplate => "boilerplate",
        }
    }
}

/// Recall per kind of copy.
#[derive(Debug, Clone, Serialize)]
pub struct KindRecall {
    pub kind: &'static str,
    pub copies: usize,
    pub found: usize,
    pub recall: f64,
}

/// A miss or a wrong flag.
#[derive(Debug, Clone, Serialize)]
pub struct CopyError {
    pub article: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    pub expected: Option<String>,
    pub flagged: Option<String>,
    pub similarity: Option<f64>,
    pub containment: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CopiesReport {
    pub seed: u64,
    pub originals: usize,
    /// Originals too short to compare (fewer shingles than `MIN_SHINGLES`): not copied.
    pub too_short: usize,
    pub copies: usize,
    pub found: usize,
    pub recall: f64,
    pub by_kind: Vec<KindRecall>,
    pub flagged: usize,
    pub wrong: usize,
    pub precision: f64,
    pub originals_flagged: usize,
    pub duplicates_in_data: usize,
    pub seconds: f64,
    pub articles_per_second: f64,
    pub errors: Vec<CopyError>,
}

/// Reads the sources: ECB+ folders (the topics of `split`) and anything `vigie ingest` reads.
fn sources(datasets: &[PathBuf], split: Split) -> Result<Vec<(String, String)>, EvalError> {
    let mut out = Vec::new();
    for d in datasets {
        if d.join("ECB+").is_dir() {
            for doc in crate::stories::read_ecbplus(d, split)? {
                out.push((format!("ecb:{}", doc.name), doc.text));
            }
            continue;
        }
        crate::read_articles(d, &mut |raw| {
            let origin = raw.origin.to_string();
            let doc = vigie_pipeline::to_document(raw);
            if !doc.text.trim().is_empty() {
                out.push((origin, doc.text));
            }
        })?;
    }
    Ok(out)
}

const BOILERPLATE_BEFORE: &[&str] = &[
    "Advertisement",
    "Share this article: Facebook Twitter WhatsApp Email",
    "Listen to this article · 4 min",
];
const BOILERPLATE_AFTER: &[&str] = &[
    "Subscribe to our newsletter to get the day's top stories in your inbox every morning.",
    "Sign up for breaking news alerts. You can unsubscribe at any time.",
    "© 2026 The Daily Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Follow us on Facebook, Twitter and Instagram for the latest updates.",
];

/// A copy of `text` of `kind`; `other` is another article's text (for related-link lines).
fn make_copy(text: &str, kind: CopyKind, other: &str, rng: &mut fastrand::Rng) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    match kind {
        CopyKind::Edited => {
            let words: Vec<&str> = text.split_whitespace().collect();
            let rate = 0.05 + 0.10 * rng.f64();
            let mut out: Vec<String> = Vec::with_capacity(words.len());
            for w in &words {
                if rng.f64() < rate {
                    if rng.bool() {
                        // Replaced by another word of the text.
                        out.push(words[rng.usize(..words.len())].to_string());
                    }
                    // else dropped
                } else {
                    out.push(w.to_string());
                }
            }
            out.join(" ")
        }
        CopyKind::Truncated => {
            let share = 0.4 + 0.4 * rng.f64();
            if lines.len() >= 4 {
                let keep = ((lines.len() as f64 * share).ceil() as usize).max(2);
                lines[..keep.min(lines.len())].join("\n")
            } else {
                let words: Vec<&str> = text.split_whitespace().collect();
                let keep = (words.len() as f64 * share).ceil() as usize;
                words[..keep.min(words.len())].join(" ")
            }
        }
        CopyKind::Reheadlined => {
            let words: Vec<&str> = text.split_whitespace().collect();
            let mut head: Vec<&str> = (0..8)
                .map(|_| words[rng.usize(..words.len().max(1))])
                .collect();
            head.dedup();
            let body = if lines.len() > 1 {
                lines[1..].join("\n")
            } else {
                text.to_string()
            };
            format!("UPDATE: {}\nPARIS (AFP) — {}", head.join(" "), body)
        }
        CopyKind::Boilerplate => {
            let related = other.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let related: String = related.chars().take(120).collect();
            let mut out: Vec<String> = BOILERPLATE_BEFORE
                .iter()
                .filter(|_| rng.bool())
                .map(|s| s.to_string())
                .collect();
            out.push(text.to_string());
            out.push(format!("Related: {related}"));
            out.extend(
                BOILERPLATE_AFTER
                    .iter()
                    .filter(|_| rng.f64() < 0.7)
                    .map(|s| s.to_string()),
            );
            out.join("\n")
        }
    }
}

/// Exact containment of the smaller shingle set in the larger.
fn exact_containment(a: &[u64], b: &[u64]) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    let large: HashSet<&u64> = large.iter().collect();
    small.iter().filter(|h| large.contains(h)).count() as f64 / small.len() as f64
}

pub fn evaluate(datasets: &[PathBuf], seed: u64, split: Split) -> Result<CopiesReport, EvalError> {
    let originals = sources(datasets, split)?;
    if originals.is_empty() {
        return Err(EvalError::Format {
            path: datasets
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            reason: "no article to copy".into(),
        });
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    let index = CopyIndex::new();
    // The copies: one per original long enough to compare, its kind in turn.
    let mut copies: Vec<(String, String, CopyKind, String)> = Vec::new();
    let mut too_short = 0;
    for (i, (id, text)) in originals.iter().enumerate() {
        if index.signature(text).is_none() {
            too_short += 1;
            continue;
        }
        let kind = KINDS[i % KINDS.len()];
        let other = &originals[(i + 1) % originals.len()].1;
        let copy = make_copy(text, kind, other, &mut rng);
        copies.push((format!("copy:{id}"), copy, kind, id.clone()));
    }
    rng.shuffle(&mut copies);

    let mut index = CopyIndex::new();
    let clock = crate::ThreadClock::start();
    let mut flags: HashMap<String, vigie_analysis::CopyOf> = HashMap::new();
    for (id, text) in &originals {
        if let Some(c) = index.add(id, text) {
            flags.insert(id.clone(), c);
        }
    }
    let mut copy_flags = Vec::new();
    for (id, text, _, _) in &copies {
        copy_flags.push(index.add(id, text));
    }
    let seconds = clock.seconds().max(1e-9);

    // Originals flagged: duplicates in the data, or wrong.
    let texts: HashMap<&str, &str> = originals
        .iter()
        .map(|(i, t)| (i.as_str(), t.as_str()))
        .collect();
    let mut errors = Vec::new();
    let (mut wrong, mut duplicates) = (0, 0);
    let mut flagged_originals: Vec<_> = flags.iter().collect();
    flagged_originals.sort_by(|a, b| a.0.cmp(b.0));
    for (id, c) in &flagged_originals {
        let a = shingles(texts[id.as_str()]);
        let b = shingles(texts.get(c.matched.as_str()).copied().unwrap_or(""));
        if exact_containment(&a, &b) >= DUPLICATE_CONTAINMENT {
            duplicates += 1;
        } else {
            wrong += 1;
            errors.push(CopyError {
                article: id.to_string(),
                kind: None,
                expected: None,
                flagged: Some(c.original.clone()),
                similarity: Some(c.similarity),
                containment: Some(c.containment),
            });
        }
    }
    // Copies: right when linked to their source or to the source's own original.
    let mut per_kind: HashMap<CopyKind, (usize, usize)> = HashMap::new();
    let mut found = 0;
    let mut copies_flagged = 0;
    for ((id, _, kind, source), flag) in copies.iter().zip(&copy_flags) {
        let entry = per_kind.entry(*kind).or_default();
        entry.0 += 1;
        let acceptable =
            |o: &str| o == source || flags.get(source).is_some_and(|c| c.original == o);
        match flag {
            Some(c) => {
                copies_flagged += 1;
                if acceptable(&c.original) {
                    found += 1;
                    entry.1 += 1;
                } else {
                    wrong += 1;
                    errors.push(CopyError {
                        article: id.clone(),
                        kind: Some(kind.as_str()),
                        expected: Some(source.clone()),
                        flagged: Some(c.original.clone()),
                        similarity: Some(c.similarity),
                        containment: Some(c.containment),
                    });
                }
            }
            None => errors.push(CopyError {
                article: id.clone(),
                kind: Some(kind.as_str()),
                expected: Some(source.clone()),
                flagged: None,
                similarity: None,
                containment: None,
            }),
        }
    }
    let flagged = flags.len() + copies_flagged;
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Ok(CopiesReport {
        seed,
        originals: originals.len(),
        too_short,
        copies: copies.len(),
        found,
        recall: ratio(found, copies.len()),
        by_kind: KINDS
            .iter()
            .map(|k| {
                let (n, f) = per_kind.get(k).copied().unwrap_or_default();
                KindRecall {
                    kind: k.as_str(),
                    copies: n,
                    found: f,
                    recall: ratio(f, n),
                }
            })
            .collect(),
        flagged,
        wrong,
        precision: ratio(flagged - wrong, flagged),
        originals_flagged: flags.len(),
        duplicates_in_data: duplicates,
        seconds,
        articles_per_second: (originals.len() + copies.len()) as f64 / seconds,
        errors,
    })
}

/// The example corpus of the repository (for tests).
pub fn example_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_of_the_example_corpus_are_found() {
        let r = evaluate(&[example_corpus()], 17, Split::All).unwrap();
        assert!(r.copies >= 10, "{r:?}");
        assert!(r.recall >= 0.9, "{:?}", r.errors);
        assert_eq!(r.wrong, 0, "{:?}", r.errors);
    }

    #[test]
    fn generated_copies_are_seeded() {
        let mut a = fastrand::Rng::with_seed(3);
        let mut b = fastrand::Rng::with_seed(3);
        let text = "one two three four five six seven eight nine ten\nsecond line here";
        for k in KINDS {
            assert_eq!(
                make_copy(text, k, "other", &mut a),
                make_copy(text, k, "other", &mut b)
            );
        }
    }
}
