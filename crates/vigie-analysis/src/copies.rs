//! Copies: wire stories republished, lightly edited, truncated or re-headlined, linked to the
//! first-seen original with their similarity.
//!
//! An article is a set of shingles (overlapping runs of [`SHINGLE_WORDS`] folded words of its
//! content, boilerplate excluded by the caller); its MinHash signature (gaoya, [`NUM_HASHES`]
//! 16-bit values) estimates the Jaccard similarity of two sets, and an LSH index of the
//! signatures (bands of [`BAND_WIDTH`]) gives the candidates without comparing all pairs. A new
//! article is checked against what is already indexed, then indexed itself: nothing is ever
//! reclustered. A copy of a copy links to the first original.
//!
//! Jaccard alone misses truncations (a wire story cut to its first half has Jaccard 0.5 with
//! the whole) and pages with added boilerplate: the decision is on **containment**, the share of
//! the smaller article's shingles found in the larger, estimated from the Jaccard estimate and
//! the two set sizes (|A ∩ B| = J (|A| + |B|) / (1 + J)).

use std::collections::{HashMap, VecDeque};

use gaoya::minhash::{MinHashIndex, MinHasher, MinHasher16, SmallVecContainer};
use serde::{Deserialize, Serialize};

use crate::words::folded_words;

/// Words per shingle. Three: a changed word breaks three shingles, so a 10 % edit keeps ~73 %
/// of them, while two independent reports of one event share few three-word runs outside
/// quotes (measured by `vigie eval copies`).
pub const SHINGLE_WORDS: usize = 3;
/// LSH bands and their width. Sixty-four bands of two hashes make an article with Jaccard 0.2
/// a candidate with probability 1 - (1 - 0.2²)⁶⁴ = 0.93, and 0.3 with 0.998, so truncations to
/// a third are still found; unrelated articles (Jaccard ≈ 0.01) are candidates 0.6 % of the
/// time, and each candidate costs one comparison of signatures.
pub const NUM_BANDS: usize = 64;
pub const BAND_WIDTH: usize = 2;
pub const NUM_HASHES: usize = NUM_BANDS * BAND_WIDTH;
/// Candidates under this estimated Jaccard are not looked at (below what the bands find
/// reliably, and far below any copy's containment).
pub const MIN_CANDIDATE_JACCARD: f64 = 0.15;
/// An article is a copy when this share of the smaller text's shingles is in the larger one.
/// Tuned with `vigie eval copies` (edits of up to 15 % of the words keep ≥ 0.6; independent
/// reports of one event in ECB+ stay under 0.3).
pub const MIN_CONTAINMENT: f64 = 0.55;
/// …and the two texts have this Jaccard at least: a two-paragraph brief is not the "copy" of a
/// long feature that quotes it (its containment is high, its Jaccard tiny).
pub const MIN_JACCARD: f64 = 0.2;
/// Texts with fewer shingles than this (a headline, a photo caption) are not compared: too
/// little text to call anything a copy.
pub const MIN_SHINGLES: usize = 25;
/// The index keeps this many articles, the most recent; older ones are dropped. Memory stays
/// bounded: an article costs its signature (256 bytes) and one entry in each of the 64 band
/// tables (about 40 bytes each, ids stored inline), some 3 KB, so about 150 MB at the bound;
/// copies are republished within hours or days, well inside 50 000 later articles.
pub const MAX_INDEXED: usize = 50_000;

/// A MinHash signature with the size of its shingle set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub hashes: Vec<u16>,
    pub shingles: u32,
}

impl Signature {
    /// Little-endian bytes (for storage).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.hashes.iter().flat_map(|h| h.to_le_bytes()).collect()
    }

    /// From [`Signature::to_bytes`]; `None` when the length is not a signature's.
    pub fn from_bytes(bytes: &[u8], shingles: u32) -> Option<Signature> {
        if bytes.len() != NUM_HASHES * 2 {
            return None;
        }
        let hashes = bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(Signature { hashes, shingles })
    }
}

/// Where a copy comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CopyOf {
    /// The first-seen original's id.
    pub original: String,
    /// The indexed article it matched (the original, or another copy of it).
    pub matched: String,
    /// Estimated Jaccard similarity of the two texts' shingles.
    pub similarity: f64,
    /// Estimated share of the smaller text's shingles found in the larger.
    pub containment: f64,
}

/// The shingle hashes of a text (FNV-1a over the folded words of each run, so they are the
/// same in every process and stored signatures stay valid).
pub fn shingles(text: &str) -> Vec<u64> {
    let words = folded_words(text);
    if words.len() < SHINGLE_WORDS {
        return Vec::new();
    }
    let mut out: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| {
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for word in w {
                for b in word.bytes().chain([0u8]) {
                    h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
                }
            }
            h
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The incremental index of copies.
pub struct CopyIndex {
    hasher: MinHasher16<fnv::FnvBuildHasher>,
    /// Band buckets hold their ids inline (two fit): most buckets hold one article.
    lsh: MinHashIndex<u16, u32, SmallVecContainer<u32, 2>>,
    /// Per internal number: the article id, its shingle count, and the number of its first
    /// original (itself for an original).
    ids: HashMap<u32, (String, u32, u32)>,
    by_id: HashMap<String, u32>,
    order: VecDeque<u32>,
    next: u32,
}

impl Default for CopyIndex {
    fn default() -> Self {
        CopyIndex::new()
    }
}

impl CopyIndex {
    pub fn new() -> CopyIndex {
        CopyIndex {
            // A fixed seed (gaoya's default): stored signatures are comparable across runs.
            hasher: MinHasher16::new(NUM_HASHES),
            lsh: MinHashIndex::new_index(NUM_BANDS, BAND_WIDTH, MIN_CANDIDATE_JACCARD),
            ids: HashMap::new(),
            by_id: HashMap::new(),
            order: VecDeque::new(),
            next: 0,
        }
    }

    /// The signature of a text, `None` when it is too short to compare.
    pub fn signature(&self, text: &str) -> Option<Signature> {
        let sh = shingles(text);
        if sh.len() < MIN_SHINGLES {
            return None;
        }
        Some(Signature {
            hashes: self.hasher.create_signature(sh.iter()),
            shingles: sh.len() as u32,
        })
    }

    /// Articles indexed.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The indexed article this signature copies, if any (the best-contained candidate, then
    /// its first original).
    pub fn find(&self, sig: &Signature) -> Option<CopyOf> {
        if sig.hashes.len() != NUM_HASHES {
            return None;
        }
        let mut best: Option<(f64, f64, u32)> = None;
        for (n, jaccard) in self.lsh.query_owned_return_similarity(&sig.hashes) {
            let Some((_, size, _)) = self.ids.get(&n) else {
                continue;
            };
            let containment = containment(jaccard, sig.shingles, *size);
            if containment >= MIN_CONTAINMENT
                && jaccard >= MIN_JACCARD
                && best.is_none_or(|(c, j, b)| {
                    (containment, jaccard, std::cmp::Reverse(n)) > (c, j, std::cmp::Reverse(b))
                })
            {
                best = Some((containment, jaccard, n));
            }
        }
        let (containment, similarity, n) = best?;
        let root = self.ids.get(&n).map_or(n, |e| e.2);
        // The original may have left the index: then the copy links to the one it matched.
        let matched = self.ids.get(&n).map(|e| e.0.clone())?;
        let original = self
            .ids
            .get(&root)
            .map_or_else(|| matched.clone(), |e| e.0.clone());
        Some(CopyOf {
            original,
            matched,
            similarity,
            containment,
        })
    }

    /// Indexes an article; `original` is its first original when it is a copy.
    pub fn insert(&mut self, id: &str, sig: Signature, original: Option<&str>) {
        if sig.hashes.len() != NUM_HASHES {
            return;
        }
        let n = self.next;
        self.next += 1;
        let root = original
            .and_then(|o| self.by_id.get(o))
            .and_then(|k| self.ids.get(k).map(|e| e.2))
            .unwrap_or(n);
        self.ids.insert(n, (id.to_string(), sig.shingles, root));
        self.by_id.insert(id.to_string(), n);
        self.lsh.insert(n, sig.hashes);
        self.order.push_back(n);
        while self.order.len() > MAX_INDEXED {
            if let Some(old) = self.order.pop_front() {
                self.lsh.remove(&old);
                if let Some((id, _, _)) = self.ids.remove(&old) {
                    self.by_id.remove(&id);
                }
            }
        }
    }

    /// Checks then indexes one article's text: its original when it is a copy.
    pub fn add(&mut self, id: &str, text: &str) -> Option<CopyOf> {
        let sig = self.signature(text)?;
        let copy = self.find(&sig);
        self.insert(id, sig, copy.as_ref().map(|c| c.original.as_str()));
        copy
    }
}

/// Share of the smaller set found in the larger, from their Jaccard similarity and sizes.
pub fn containment(jaccard: f64, a: u32, b: u32) -> f64 {
    let (a, b) = (f64::from(a), f64::from(b));
    let smaller = a.min(b).max(1.0);
    let intersection = jaccard * (a + b) / (1.0 + jaccard);
    (intersection / smaller).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "The army of Belarus began exercises near the border with Ukraine on \
        Tuesday, the defence ministry in Minsk said in a statement. About 3,000 troops and 200 \
        armoured vehicles take part in the drills, which will last until the end of the month. \
        Kyiv said it was watching the movements closely and had reinforced its northern units. \
        Analysts in Warsaw noted that the exercises were the largest since the spring, and that \
        the ministry had not invited foreign observers. The Ukrainian foreign ministry called \
        the drills a provocation and asked the OSCE to send monitors to the region.";

    const OTHER: &str = "Flooding in the south of France forced thousands of residents from \
        their homes on Sunday as rivers burst their banks after three days of heavy rain. \
        Firefighters rescued people from rooftops in several villages, and the prefecture \
        closed schools and roads across the department. Meteorologists warned that more storms \
        were expected later in the week, while insurers began to estimate the damage to farms \
        and small businesses along the valley.";

    #[test]
    fn an_edited_copy_links_to_the_original() {
        let mut idx = CopyIndex::new();
        assert_eq!(idx.add("a", WIRE), None);
        assert_eq!(idx.add("b", OTHER), None);
        let edited = WIRE
            .replace("Tuesday", "Wednesday")
            .replace("closely", "carefully")
            .replace("largest", "biggest");
        let copy = idx.add("c", &edited).expect("an edited copy");
        assert_eq!(copy.original, "a");
        assert!(copy.similarity > 0.5, "{copy:?}");
    }

    #[test]
    fn a_truncated_copy_and_a_copy_of_a_copy_link_to_the_first_original() {
        let mut idx = CopyIndex::new();
        idx.add("a", WIRE);
        let half = &WIRE[..WIRE.len() * 6 / 10];
        let copy = idx.add("b", half).expect("a truncated copy");
        assert_eq!(copy.original, "a");
        assert!(copy.containment > 0.8, "{copy:?}");
        let again = format!("{half} Subscribe to our newsletter for more news.");
        assert_eq!(idx.add("c", &again).unwrap().original, "a");
    }

    #[test]
    fn different_articles_and_short_texts_are_not_copies() {
        let mut idx = CopyIndex::new();
        idx.add("a", WIRE);
        assert_eq!(idx.add("b", OTHER), None);
        assert_eq!(
            idx.add("c", "Belarus began exercises near the border."),
            None
        );
    }

    #[test]
    fn signatures_are_stable_and_round_trip() {
        let idx = CopyIndex::new();
        let s1 = idx.signature(WIRE).unwrap();
        let s2 = CopyIndex::new().signature(WIRE).unwrap();
        assert_eq!(s1, s2);
        assert_eq!(Signature::from_bytes(&s1.to_bytes(), s1.shingles), Some(s1));
    }

    #[test]
    fn containment_from_jaccard() {
        // A truncated to half of B: J = 0.5, A entirely in B.
        assert!((containment(0.5, 50, 100) - 1.0).abs() < 1e-9);
        assert!((containment(1.0, 80, 80) - 1.0).abs() < 1e-9);
        assert!(containment(0.0, 80, 80) < 1e-9);
    }
}
