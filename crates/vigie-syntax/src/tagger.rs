//! UPOS and FEATS tagging: two greedy averaged perceptrons, left to right.

use crate::features::{f1, f2, f3, hash_str, shape_hash, IdMap};
use crate::model::{ByteReader, ByteWriter};
use crate::perceptron::{best, Trainer, Weights};
use crate::Sentence;

/// Hash of the padding before the first and after the last word.
const PAD: u64 = 0x5bd1_e995_5bd1_e995;
/// Hash of "no tag" (before the first word).
const NO_TAG: u64 = 0x2545_f491_4f6c_dd1d;

/// What the features read of one word, hashed once per sentence.
#[derive(Clone, Copy)]
pub(crate) struct Lex {
    pub lower: u64,
    form: u64,
    suffixes: [u64; 4],
    prefixes: [u64; 3],
    shape: u64,
}

impl Lex {
    pub fn new(form: &str) -> Lex {
        let mut buf = String::new();
        Lex::with_buffer(form, &mut buf)
    }

    /// As [`Lex::new`], lowercasing into `lower` (a buffer reused across words).
    pub fn with_buffer(form: &str, lower: &mut String) -> Lex {
        lower.clear();
        if form.is_ascii() {
            lower.extend(form.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            lower.extend(form.chars().flat_map(char::to_lowercase));
        }
        let lower = lower.as_str();
        // Byte offsets of the last 4 and first 3 characters: suffixes and prefixes are
        // hashed in place, without building strings.
        let suffix = |k: usize| {
            let at = lower.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i);
            hash_str(&lower[at..])
        };
        let prefix = |k: usize| {
            let at = lower.char_indices().nth(k).map_or(lower.len(), |(i, _)| i);
            hash_str(&lower[..at])
        };
        Lex {
            lower: hash_str(lower),
            form: hash_str(form),
            suffixes: [suffix(1), suffix(2), suffix(3), suffix(4)],
            prefixes: [prefix(1), prefix(2), prefix(3)],
            shape: shape_hash(form),
        }
    }

    const PAD: Lex = Lex {
        lower: PAD,
        form: PAD,
        suffixes: [PAD; 4],
        prefixes: [PAD; 3],
        shape: PAD,
    };
}

fn at(lex: &[Lex], i: isize) -> Lex {
    if i < 0 || i as usize >= lex.len() {
        Lex::PAD
    } else {
        lex[i as usize]
    }
}

fn word_features(lex: &[Lex], i: usize, out: &mut Vec<u64>) {
    let i = i as isize;
    let w = at(lex, i);
    let (p1, p2, n1, n2) = (
        at(lex, i - 1),
        at(lex, i - 2),
        at(lex, i + 1),
        at(lex, i + 2),
    );
    out.push(f1(1, 0));
    out.push(f1(2, w.lower));
    out.push(f1(3, w.form));
    for (k, s) in w.suffixes.iter().enumerate() {
        out.push(f1(4 + k as u64, *s));
    }
    for (k, s) in w.prefixes.iter().enumerate() {
        out.push(f1(8 + k as u64, *s));
    }
    out.push(f1(11, w.shape));
    out.push(f1(12, p1.lower));
    out.push(f1(13, p2.lower));
    out.push(f1(14, n1.lower));
    out.push(f1(15, n2.lower));
    out.push(f1(16, p1.suffixes[2]));
    out.push(f1(17, n1.suffixes[2]));
    // No word bigrams (templates 18, 19: current word with the next or previous one): rare
    // features, a cache miss each, that changed 0.1-0.2% of the UPOS decisions; without them
    // (and template 32 in `upos_features`) UPOS was 97.45 instead of 97.50 on Sequoia dev,
    // 94.54 instead of 94.75 on EWT dev.
    out.push(f1(20, n1.shape));
    out.push(f2(21, w.shape, p1.shape));
}

/// The FEATS of a form known to have one for this UPOS, if any.
fn lookup_feats(dict: &IdMap<u16>, form: u64, upos: usize) -> Option<usize> {
    dict.get(&feats_key(form, upos))
        .or_else(|| dict.get(&feats_key(ANY_FORM, upos)))
        .map(|&f| usize::from(f))
}

/// The best class of `w` for `features`, scored on the stack when the classes fit.
fn argmax(w: &Weights, features: &[u64], small: &mut [i32; 64], heap: &mut Vec<i32>) -> usize {
    let n = w.n_classes;
    let scores: &mut [i32] = if n <= small.len() {
        small.fill(0);
        &mut small[..]
    } else {
        heap.clear();
        heap.resize(n.max(8), 0);
        &mut heap[..]
    };
    w.add_scores(features, scores);
    best(&scores[..n], 0..n).unwrap_or(0)
}

/// Tag hashes of the words before `i` in `tags` (class indices), for features.
fn tag_hash(tags: &[usize], i: isize) -> u64 {
    if i < 0 || i as usize >= tags.len() {
        NO_TAG
    } else {
        tags[i as usize] as u64 + 1
    }
}

fn upos_features(lex: &[Lex], classes: &[u64], i: usize, tags: &[usize], out: &mut Vec<u64>) {
    out.clear();
    word_features(lex, i, out);
    // Not the previous tag with the word (template 32, dropped with the word bigrams; the
    // exact form was tried too: UPOS on EWT dev −0.2, on Sequoia dev the same).
    let ii = i as isize;
    let (t1, t2) = (tag_hash(tags, ii - 1), tag_hash(tags, ii - 2));
    out.push(f1(30, t1));
    out.push(f2(31, t1, t2));
    out.push(f2(33, t1, lex[i].suffixes[2]));
    // The open classes a lexicon gives the word (and the next one): what a word the treebank
    // never saw can be. Conjoined with its ending and with the previous tag, since a lexicon
    // class is a hint ("disposé" is a verb form that agrees like an adjective), not a tag.
    let c = classes[i];
    let cn = classes.get(i + 1).copied().unwrap_or(PAD);
    out.push(f1(22, c));
    out.push(f2(23, c, lex[i].suffixes[1]));
    out.push(f2(24, c, t1));
    out.push(f2(25, c, cn));
}

/// The word features (positions in [`word_features`]) the FEATS tagger conjoins with the
/// UPOS: bias, word, form, suffixes, shape, previous and next word, their 3-letter suffixes.
/// (All 21: same UFeats on Sequoia dev, 15% slower.)
const FEATS_WORD_FEATURES: [usize; 12] = [0, 1, 2, 3, 4, 5, 6, 10, 11, 13, 15, 16];

fn feats_features(lex: &[Lex], i: usize, upos: &[usize], feats: &[usize], out: &mut Vec<u64>) {
    out.clear();
    word_features(lex, i, out);
    let ii = i as isize;
    let u = tag_hash(upos, ii);
    let (u1, u2, un) = (
        tag_hash(upos, ii - 1),
        tag_hash(upos, ii - 2),
        tag_hash(upos, ii + 1),
    );
    let w = lex[i];
    // Word features conjoined with the UPOS only: each then votes among the few FEATS
    // strings of that UPOS, which keeps scoring cheap (measured: 3x faster than keeping the
    // plain word features too, same UFeats on Sequoia dev).
    for (j, &k) in FEATS_WORD_FEATURES.iter().enumerate() {
        out[j] = out[k];
    }
    out.truncate(FEATS_WORD_FEATURES.len());
    for f in out.iter_mut() {
        *f = f2(40, *f, u);
    }
    out.push(f1(41, u));
    out.push(f2(42, u, u1));
    out.push(f2(43, u, un));
    out.push(f3(44, u, u1, u2));
    out.push(f3(45, u, w.suffixes[1], u1));
    out.push(f2(46, u, tag_hash(feats, ii - 1)));
    out.push(f3(47, u, tag_hash(feats, ii - 1), u1));
    out.push(f3(48, u, tag_hash(feats, ii - 2), u2));
}

/// The open classes (NOUN, VERB, ADJ, ADV, PROPN) each lowercase form can take according to
/// lexical resources outside the treebank (`tools/syntax/word_classes.py`), keyed by the
/// form's hash: a bit set per form.
#[derive(Debug, Clone, Default)]
pub struct WordClasses(IdMap<u8>);

/// The classes a word-class lexicon may give, one bit each.
pub const WORD_CLASSES: [&str; 5] = ["NOUN", "VERB", "ADJ", "ADV", "PROPN"];

/// Feature value of a form the lexicon does not hold.
const NOT_IN_LEXICON: u64 = 0x6a09_e667_f3bc_c908;
/// Feature value of a form of the tag dictionary.
const TAG_DICTIONARY_WORD: u64 = 0xbb67_ae85_84ca_a73b;

impl WordClasses {
    /// Reads `form<TAB>UPOS` lines (UPOS among [`WORD_CLASSES`]; others are skipped).
    pub fn from_tsv(text: &str) -> Result<WordClasses, String> {
        let mut map = IdMap::default();
        let mut lower = String::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (form, class) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: no tab in {line:?}", n + 1))?;
            let Some(bit) = WORD_CLASSES.iter().position(|c| *c == class.trim()) else {
                continue;
            };
            let key = Lex::with_buffer(form, &mut lower).lower;
            *map.entry(key).or_insert(0u8) |= 1 << bit;
        }
        Ok(WordClasses(map))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The feature value of a word: its class bits, or "not in the lexicon".
    fn of(&self, lower: u64) -> u64 {
        self.0
            .get(&lower)
            .map_or(NOT_IN_LEXICON, |&bits| u64::from(bits) + 1)
    }

    /// The feature value of each word; forms of the tag dictionary (function words,
    /// punctuation) all get one value without a look-up, since their tag is known.
    fn classes(&self, lex: &[Lex], upos_dict: &IdMap<u16>, out: &mut Vec<u64>) {
        out.clear();
        out.extend(lex.iter().map(|l| {
            if upos_dict.contains_key(&l.form) {
                TAG_DICTIONARY_WORD
            } else {
                self.of(l.lower)
            }
        }));
    }

    fn write(&self, out: &mut ByteWriter) {
        write_map(&self.0, out, ByteWriter::u8);
    }

    fn read(r: &mut ByteReader) -> Result<WordClasses, String> {
        read_map(r, 9, ByteReader::u8, |c| {
            if c == 0 || c >> WORD_CLASSES.len() != 0 {
                Err(format!("word class bits {c:#x} out of range"))
            } else {
                Ok(())
            }
        })
        .map(WordClasses)
    }
}

/// The UPOS and FEATS taggers.
pub struct Tagger {
    pub upos_classes: Vec<String>,
    upos: Weights,
    pub feats_classes: Vec<String>,
    feats: Weights,
    /// Frequent forms that (nearly) always had one UPOS in training: tagged without the
    /// perceptron (Honnibal's tag dictionary), and not trained on.
    upos_dict: IdMap<u16>,
    /// Same for FEATS, keyed by [`feats_key`] of (form, UPOS), and of (any form, UPOS) for
    /// a UPOS that always had one FEATS value in training (such as PUNCT without features).
    feats_dict: IdMap<u16>,
    /// Open classes of forms from a lexicon (empty when trained without one).
    word_classes: WordClasses,
}

/// A form enters the UPOS dictionary from this many occurrences…
const UPOS_DICT_COUNT: u32 = 50;
/// …when at least this share of them had its most frequent tag. (Looser thresholds, 20 and
/// 0.995, cost 0.13 points of UPOS on Sequoia dev.)
const UPOS_DICT_SHARE: f64 = 0.999;
/// Share of the most frequent FEATS a (form, UPOS) pair needs to enter the FEATS dictionary.
const DICT_SHARE: f64 = 0.995;
/// A (form, UPOS) pair enters the FEATS dictionary from this many occurrences.
const FEATS_DICT_COUNT: u32 = 10;
/// Stands for "any form" in [`feats_key`].
const ANY_FORM: u64 = 0x3c6e_f372_fe94_f82b;

fn feats_key(form: u64, upos: usize) -> u64 {
    f2(50, form, upos as u64)
}

/// Keys whose values were (nearly) always the same: key → that value.
fn dictionary(counts: IdMap<IdMap<u32>>, min_count: u32, share: f64) -> IdMap<u16> {
    let mut out = IdMap::default();
    for (k, values) in counts {
        let total: u32 = values.values().sum();
        let Some((&v, &n)) = values
            .iter()
            .max_by_key(|(&v, &n)| (n, std::cmp::Reverse(v)))
        else {
            continue;
        };
        if total >= min_count && f64::from(n) >= share * f64::from(total) {
            out.insert(k, v as u16);
        }
    }
    out
}

/// A hash-keyed map as its length then (key, value) pairs sorted by key, so that the same map
/// always gives the same bytes.
fn write_map<V: Copy + Ord>(m: &IdMap<V>, out: &mut ByteWriter, put: fn(&mut ByteWriter, V)) {
    let mut v: Vec<(u64, V)> = m.iter().map(|(&k, &v)| (k, v)).collect();
    v.sort_unstable();
    out.u32(v.len() as u32);
    for (k, c) in v {
        out.u64(k);
        put(out, c);
    }
}

/// Reads what [`write_map`] wrote; `entry` is the bytes of one pair (to bound the reservation
/// by what the input can hold), `valid` checks each value.
fn read_map<'a, V>(
    r: &mut ByteReader<'a>,
    entry: usize,
    get: fn(&mut ByteReader<'a>) -> Result<V, String>,
    valid: impl Fn(V) -> Result<(), String>,
) -> Result<IdMap<V>, String>
where
    V: Copy,
{
    let n = r.u32()? as usize;
    let mut m = IdMap::default();
    m.reserve(n.min(r.remaining() / entry));
    for _ in 0..n {
        let k = r.u64()?;
        let c = get(r)?;
        valid(c)?;
        m.insert(k, c);
    }
    Ok(m)
}

fn write_dict(d: &IdMap<u16>, out: &mut ByteWriter) {
    write_map(d, out, ByteWriter::u16);
}

fn read_dict(r: &mut ByteReader, classes: usize) -> Result<IdMap<u16>, String> {
    read_map(r, 10, ByteReader::u16, |c| {
        if usize::from(c) >= classes {
            Err(format!("tag dictionary class {c} out of {classes}"))
        } else {
            Ok(())
        }
    })
}

/// Class indices of a set of labels, in order of first appearance.
pub(crate) fn class_index(labels: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for l in labels {
        if seen.insert(l.clone()) {
            out.push(l);
        }
    }
    out
}

fn position(classes: &[String], label: &str) -> usize {
    classes.iter().position(|c| c == label).unwrap_or(0)
}

impl Tagger {
    pub fn train(
        sentences: &[Sentence],
        iterations: usize,
        seed: u64,
        prune: f32,
        word_classes: &WordClasses,
    ) -> Tagger {
        let upos_classes = class_index(
            sentences
                .iter()
                .flat_map(|s| s.words.iter().map(|w| w.upos.clone())),
        );
        let feats_classes = class_index(
            sentences
                .iter()
                .flat_map(|s| s.words.iter().map(|w| w.feats.clone())),
        );
        let upos_map: std::collections::HashMap<&str, usize> = upos_classes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        let feats_map: std::collections::HashMap<&str, usize> = feats_classes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        let lexes: Vec<Vec<Lex>> = sentences
            .iter()
            .map(|s| s.words.iter().map(|w| Lex::new(&w.form)).collect())
            .collect();
        let gold: Vec<Vec<(usize, usize)>> = sentences
            .iter()
            .map(|s| {
                s.words
                    .iter()
                    .map(|w| (upos_map[w.upos.as_str()], feats_map[w.feats.as_str()]))
                    .collect()
            })
            .collect();
        let mut upos_counts: IdMap<IdMap<u32>> = IdMap::default();
        let mut feats_counts: IdMap<IdMap<u32>> = IdMap::default();
        let mut by_upos: IdMap<IdMap<u32>> = IdMap::default();
        for (lex, g) in lexes.iter().zip(&gold) {
            for (l, &(u, f)) in lex.iter().zip(g) {
                *upos_counts
                    .entry(l.form)
                    .or_default()
                    .entry(u as u64)
                    .or_default() += 1;
                *feats_counts
                    .entry(feats_key(l.form, u))
                    .or_default()
                    .entry(f as u64)
                    .or_default() += 1;
                *by_upos
                    .entry(feats_key(ANY_FORM, u))
                    .or_default()
                    .entry(f as u64)
                    .or_default() += 1;
            }
        }
        let upos_dict = dictionary(upos_counts, UPOS_DICT_COUNT, UPOS_DICT_SHARE);
        let mut feats_dict = dictionary(feats_counts, FEATS_DICT_COUNT, DICT_SHARE);
        feats_dict.extend(dictionary(by_upos, 1, 1.0));
        let mut upos = Trainer::new(upos_classes.len());
        let mut feats = Trainer::new(feats_classes.len());
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let (mut fs, mut scores, mut classes) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..iterations {
            rng.shuffle(&mut order);
            for &si in &order {
                let (g, lex) = (&gold[si], &lexes[si]);
                word_classes.classes(lex, &upos_dict, &mut classes);
                let mut tags = Vec::with_capacity(lex.len());
                for (i, &(truth, _)) in g.iter().enumerate() {
                    if let Some(&t) = upos_dict.get(&lex[i].form) {
                        tags.push(usize::from(t));
                        continue;
                    }
                    upos_features(lex, &classes, i, &tags, &mut fs);
                    upos.score(&fs, &mut scores);
                    let guess = best(&scores, 0..scores.len()).unwrap_or(0);
                    upos.update(truth, guess, &fs);
                    upos.tick();
                    tags.push(guess);
                }
                let mut ftags = Vec::with_capacity(lex.len());
                for (i, &(_, truth)) in g.iter().enumerate() {
                    if let Some(f) = lookup_feats(&feats_dict, lex[i].form, tags[i]) {
                        ftags.push(f);
                        continue;
                    }
                    feats_features(lex, i, &tags, &ftags, &mut fs);
                    feats.score(&fs, &mut scores);
                    let guess = best(&scores, 0..scores.len()).unwrap_or(0);
                    feats.update(truth, guess, &fs);
                    feats.tick();
                    ftags.push(guess);
                }
            }
        }
        Tagger {
            upos_classes,
            upos: upos.finish(prune),
            feats_classes,
            feats: feats.finish(prune),
            upos_dict,
            feats_dict,
            word_classes: word_classes.clone(),
        }
    }

    /// UPOS and FEATS class indices of each word, into `tags` and `ftags`.
    pub(crate) fn tag_into(&self, lex: &[Lex], tags: &mut Vec<usize>, ftags: &mut Vec<usize>) {
        let mut fs = Vec::with_capacity(64);
        let mut scores = [0i32; 64];
        let mut heap = Vec::new();
        let mut classes = Vec::with_capacity(lex.len());
        self.word_classes
            .classes(lex, &self.upos_dict, &mut classes);
        tags.clear();
        for (i, l) in lex.iter().enumerate() {
            if let Some(&t) = self.upos_dict.get(&l.form) {
                tags.push(usize::from(t));
                continue;
            }
            upos_features(lex, &classes, i, tags, &mut fs);
            tags.push(argmax(&self.upos, &fs, &mut scores, &mut heap));
        }
        ftags.clear();
        for (i, l) in lex.iter().enumerate() {
            if let Some(f) = lookup_feats(&self.feats_dict, l.form, tags[i]) {
                ftags.push(f);
                continue;
            }
            feats_features(lex, i, tags, ftags, &mut fs);
            ftags.push(argmax(&self.feats, &fs, &mut scores, &mut heap));
        }
    }

    /// UPOS and FEATS class indices of each word.
    pub(crate) fn tag(&self, lex: &[Lex]) -> (Vec<usize>, Vec<usize>) {
        let (mut tags, mut ftags) = (Vec::new(), Vec::new());
        self.tag_into(lex, &mut tags, &mut ftags);
        (tags, ftags)
    }

    pub(crate) fn upos_index(&self, label: &str) -> usize {
        position(&self.upos_classes, label)
    }

    pub(crate) fn feats_index(&self, label: &str) -> usize {
        position(&self.feats_classes, label)
    }

    pub fn write(&self, out: &mut ByteWriter) {
        out.strings(&self.upos_classes);
        self.upos.write(out);
        out.strings(&self.feats_classes);
        self.feats.write(out);
        write_dict(&self.upos_dict, out);
        write_dict(&self.feats_dict, out);
        self.word_classes.write(out);
    }

    pub fn read(r: &mut ByteReader) -> Result<Tagger, String> {
        let upos_classes = r.strings()?;
        let upos = Weights::read(r)?;
        let feats_classes = r.strings()?;
        let feats = Weights::read(r)?;
        if upos.n_classes != upos_classes.len() || feats.n_classes != feats_classes.len() {
            return Err("tagger classes and weights disagree".into());
        }
        let upos_dict = read_dict(r, upos_classes.len())?;
        let feats_dict = read_dict(r, feats_classes.len())?;
        let word_classes = WordClasses::read(r)?;
        Ok(Tagger {
            upos_classes,
            upos,
            feats_classes,
            feats,
            upos_dict,
            feats_dict,
            word_classes,
        })
    }

    pub fn weights(&self) -> usize {
        self.upos.len() + self.feats.len()
    }
}
