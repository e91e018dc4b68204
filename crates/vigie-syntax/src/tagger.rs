//! UPOS and FEATS tagging: two greedy averaged perceptrons, left to right.

use crate::features::{f1, f2, f3, hash_str, shape};
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
        let lower = form.to_lowercase();
        // Byte offsets of the last 4 and first 3 characters: suffixes and prefixes are
        // hashed in place, without building strings.
        let starts: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        let suffix =
            |k: usize| hash_str(&lower[starts.get(n.saturating_sub(k)).copied().unwrap_or(0)..]);
        let prefix = |k: usize| hash_str(&lower[..starts.get(k).copied().unwrap_or(lower.len())]);
        Lex {
            lower: hash_str(&lower),
            form: hash_str(form),
            suffixes: [suffix(1), suffix(2), suffix(3), suffix(4)],
            prefixes: [prefix(1), prefix(2), prefix(3)],
            shape: hash_str(&shape(form)),
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
    out.push(f2(18, w.lower, n1.lower));
    out.push(f2(19, p1.lower, w.lower));
    out.push(f1(20, n1.shape));
    out.push(f2(21, w.shape, p1.shape));
}

/// Tag hashes of the words before `i` in `tags` (class indices), for features.
fn tag_hash(tags: &[usize], i: isize) -> u64 {
    if i < 0 || i as usize >= tags.len() {
        NO_TAG
    } else {
        tags[i as usize] as u64 + 1
    }
}

fn upos_features(lex: &[Lex], i: usize, tags: &[usize], out: &mut Vec<u64>) {
    out.clear();
    word_features(lex, i, out);
    let ii = i as isize;
    let (t1, t2) = (tag_hash(tags, ii - 1), tag_hash(tags, ii - 2));
    out.push(f1(30, t1));
    out.push(f2(31, t1, t2));
    out.push(f2(32, t1, lex[i].lower));
    out.push(f2(33, t1, lex[i].suffixes[2]));
}

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

/// The UPOS and FEATS taggers.
pub struct Tagger {
    pub upos_classes: Vec<String>,
    upos: Weights,
    pub feats_classes: Vec<String>,
    feats: Weights,
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
    pub fn train(sentences: &[Sentence], iterations: usize, seed: u64, prune: f32) -> Tagger {
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
        let mut upos = Trainer::new(upos_classes.len());
        let mut feats = Trainer::new(feats_classes.len());
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let (mut fs, mut scores) = (Vec::new(), Vec::new());
        for _ in 0..iterations {
            rng.shuffle(&mut order);
            for &si in &order {
                let (s, lex) = (&sentences[si], &lexes[si]);
                let mut tags = Vec::with_capacity(lex.len());
                for (i, w) in s.words.iter().enumerate() {
                    upos_features(lex, i, &tags, &mut fs);
                    upos.score(&fs, &mut scores);
                    let guess = best(&scores, 0..scores.len()).unwrap_or(0);
                    upos.update(upos_map[w.upos.as_str()], guess, &fs);
                    upos.tick();
                    tags.push(guess);
                }
                let mut ftags = Vec::with_capacity(lex.len());
                for (i, w) in s.words.iter().enumerate() {
                    feats_features(lex, i, &tags, &ftags, &mut fs);
                    feats.score(&fs, &mut scores);
                    let guess = best(&scores, 0..scores.len()).unwrap_or(0);
                    let truth = feats_map[w.feats.as_str()];
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
        }
    }

    /// UPOS and FEATS class indices of each word.
    pub(crate) fn tag(&self, lex: &[Lex]) -> (Vec<usize>, Vec<usize>) {
        let (mut fs, mut scores) = (Vec::with_capacity(64), Vec::new());
        let mut tags = Vec::with_capacity(lex.len());
        for i in 0..lex.len() {
            upos_features(lex, i, &tags, &mut fs);
            self.upos.score(&fs, &mut scores);
            tags.push(best(&scores, 0..scores.len()).unwrap_or(0));
        }
        let mut ftags = Vec::with_capacity(lex.len());
        for i in 0..lex.len() {
            feats_features(lex, i, &tags, &ftags, &mut fs);
            self.feats.score(&fs, &mut scores);
            ftags.push(best(&scores, 0..scores.len()).unwrap_or(0));
        }
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
    }

    pub fn read(r: &mut ByteReader) -> Result<Tagger, String> {
        let upos_classes = r.strings()?;
        let upos = Weights::read(r)?;
        let feats_classes = r.strings()?;
        let feats = Weights::read(r)?;
        if upos.n_classes != upos_classes.len() || feats.n_classes != feats_classes.len() {
            return Err("tagger classes and weights disagree".into());
        }
        Ok(Tagger {
            upos_classes,
            upos,
            feats_classes,
            feats,
        })
    }

    pub fn weights(&self) -> usize {
        self.upos.len() + self.feats.len()
    }
}
