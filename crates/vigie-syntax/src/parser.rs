//! Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) trained with the dynamic
//! oracle and exploration of Goldberg & Nivre (2013).
//!
//! The stack starts with the root (index 0) and the buffer holds words `1..=n`. SHIFT pushes
//! the buffer front; LEFT makes the buffer front the head of the stack top and pops it; RIGHT
//! makes the word below the stack top its head and pops it. RIGHT onto the root waits until
//! the buffer is empty, so every tree has exactly one root. Trees are projective; for the
//! few non-projective gold trees the oracle takes the moves that lose the fewest gold arcs.
//! One perceptron picks the move, a second one the relation once a LEFT or RIGHT is chosen,
//! from the configuration and from the arc about to be made (its head and dependent).

use crate::features::{f1, f2, f3, mix};
use crate::model::{ByteReader, ByteWriter};
use crate::perceptron::{best, Trainer, Weights};

const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
const NONE: u64 = 0x6a09_e667_f3bc_c909;
const ROOT_WORD: u64 = 0xbb67_ae85_84ca_a73b;
/// Probability that a training move, from the second iteration on, follows the model's own
/// guess when that guess is valid (exploration of the dynamic oracle): 0.7 gave a lower LAS
/// on Sequoia dev (85.06 and 85.02 against 85.37 and 85.22, two seeds).
const EXPLORE: f32 = 0.9;

/// What the parser reads of a word: hashed lowercase form, UPOS and FEATS classes.
pub(crate) struct Input {
    /// Index 0 is the root.
    pub words: Vec<u64>,
    pub tags: Vec<u64>,
    pub feats: Vec<u64>,
}

impl Input {
    pub fn new(
        words: impl Iterator<Item = u64>,
        tags: impl Iterator<Item = usize>,
        feats: impl Iterator<Item = usize>,
    ) -> Input {
        let mut w = vec![ROOT_WORD];
        w.extend(words);
        let mut t = vec![ROOT_WORD];
        t.extend(tags.map(|t| t as u64 + 1));
        let mut f = vec![ROOT_WORD];
        f.extend(feats.map(|t| t as u64 + 1));
        Input {
            words: w,
            tags: t,
            feats: f,
        }
    }
    fn n(&self) -> usize {
        self.words.len() - 1
    }
}

/// A parser configuration.
struct State {
    stack: Vec<usize>,
    /// Front of the buffer; the buffer is `b..=n`.
    b: usize,
    n: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    left: Vec<[usize; 2]>,
    right: Vec<[usize; 2]>,
    n_left: Vec<u8>,
    n_right: Vec<u8>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            stack: vec![0],
            b: 1,
            n,
            heads: vec![usize::MAX; n + 1],
            labels: vec![u16::MAX; n + 1],
            left: vec![[0, 0]; n + 1],
            right: vec![[0, 0]; n + 1],
            n_left: vec![0; n + 1],
            n_right: vec![0; n + 1],
        }
    }

    fn done(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn valid(&self, m: usize) -> bool {
        let buffer = self.b <= self.n;
        let depth = self.stack.len();
        match m {
            SHIFT => buffer,
            LEFT => buffer && depth >= 2,
            RIGHT => depth >= 2 && (depth >= 3 || !buffer),
            _ => false,
        }
    }

    fn s(&self, k: usize) -> Option<usize> {
        self.stack.len().checked_sub(k + 1).map(|i| self.stack[i])
    }

    fn buf(&self, k: usize) -> Option<usize> {
        (self.b + k <= self.n).then_some(self.b + k)
    }

    fn apply(&mut self, m: usize, label: u16) {
        match m {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                let d = self.stack.pop().unwrap_or(0);
                self.arc(self.b, d, label);
            }
            _ => {
                let d = self.stack.pop().unwrap_or(0);
                let h = *self.stack.last().unwrap_or(&0);
                self.arc(h, d, label);
            }
        }
    }

    fn arc(&mut self, h: usize, d: usize, label: u16) {
        self.heads[d] = h;
        self.labels[d] = label;
        if d < h {
            self.n_left[h] = self.n_left[h].saturating_add(1);
            let l = &mut self.left[h];
            if l[0] == 0 || d < l[0] {
                *l = [d, l[0]];
            } else if l[1] == 0 || d < l[1] {
                l[1] = d;
            }
        } else {
            self.n_right[h] = self.n_right[h].saturating_add(1);
            let r = &mut self.right[h];
            if d > r[0] {
                *r = [d, r[0]];
            } else if d > r[1] {
                r[1] = d;
            }
        }
    }

    /// Gold arcs each move makes unreachable (Goldberg & Nivre 2013, arc-hybrid).
    fn cost(&self, m: usize, gold: &[usize]) -> usize {
        let s0 = self.s(0);
        match m {
            SHIFT => {
                let b = self.b;
                let top = s0.unwrap_or(usize::MAX);
                self.stack
                    .iter()
                    .filter(|&&s| (gold[b] == s && s != top) || (s != 0 && gold[s] == b))
                    .count()
            }
            _ => {
                let Some(s0) = s0 else { return 0 };
                let deps = (self.b..=self.n).filter(|&d| gold[d] == s0).count();
                let head_lost = if m == LEFT {
                    self.s(1) == Some(gold[s0]) || gold[s0] > self.b
                } else {
                    gold[s0] >= self.b && gold[s0] <= self.n
                };
                deps + usize::from(head_lost)
            }
        }
    }

    /// All templates' features, template `t` (1-based) at `t - 1`; [`MOVE_TEMPLATES`] and
    /// [`LABEL_TEMPLATES`] pick from them. Templates 13, 16, 19, 20, 21, 24, 47, 48, 59, 60
    /// and 61 are used by neither: their places hold [`UNUSED`] (nothing hashed) and their
    /// formulas stay as comments, so the others keep their numbers, which are part of their
    /// hashes and hence of the model.
    fn all_features(&self, x: &Input) -> [u64; N_TEMPLATES] {
        let w = |i: Option<usize>| i.map_or(NONE, |i| x.words[i]);
        let p = |i: Option<usize>| i.map_or(NONE, |i| x.tags[i]);
        let lab = |i: Option<usize>| i.map_or(NONE, |i| u64::from(self.labels[i]));
        let child = |i: Option<usize>, side: &[[usize; 2]], k: usize| {
            i.and_then(|i| Some(side[i][k]).filter(|&c| c != 0))
        };
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let (b0, b1, b2) = (self.buf(0), self.buf(1), self.buf(2));
        let (s0w, s0p, s1w, s1p, b0w, b0p) = (w(s0), p(s0), w(s1), p(s1), w(b0), p(b0));
        let (b1p, b2p, s2p) = (p(b1), p(b2), p(s2));
        let s0l = child(s0, &self.left, 0);
        let s0l2 = child(s0, &self.left, 1);
        let s0r = child(s0, &self.right, 0);
        let s0r2 = child(s0, &self.right, 1);
        let s1r = child(s1, &self.right, 0);
        let s1l = child(s1, &self.left, 0);
        let b0l = child(b0, &self.left, 0);
        let b0l2 = child(b0, &self.left, 1);
        let dist = match (s0, b0) {
            (Some(s), Some(b)) if s > 0 => match b - s {
                d @ 1..=4 => d as u64,
                5..=9 => 5,
                _ => 6,
            },
            _ => 0,
        };
        let valency = |i: Option<usize>, v: &[u8]| i.map_or(NONE, |i| u64::from(v[i].min(4)));
        let m = |i: Option<usize>| i.map_or(NONE, |i| x.feats[i]);
        [
            f1(1, 0),
            f1(2, s0w),
            f1(3, s0p),
            f2(4, s0w, s0p),
            f1(5, s1w),
            f1(6, s1p),
            f2(7, s1w, s1p),
            f1(8, b0w),
            f1(9, b0p),
            f2(10, b0w, b0p),
            f1(11, w(b1)),
            f1(12, b1p),
            UNUSED, // f2(13, w(b1), b1p)
            f1(14, b2p),
            f1(15, s2p),
            UNUSED, // f2(16, s0w, b0w)
            f2(17, s0p, b0p),
            f3(18, s0w, s0p, b0p),
            UNUSED, // f3(19, s0p, b0w, b0p)
            UNUSED, // f3(20, s0w, s0p, b0w)
            UNUSED, // f2(21, s1w, s0w)
            f2(22, s1p, s0p),
            f2(23, s1p, s0w),
            UNUSED, // f2(24, s1w, s0p)
            f3(25, b0p, b1p, b2p),
            f3(26, s0p, b0p, b1p),
            f3(27, s1p, s0p, b0p),
            f3(28, s2p, s1p, s0p),
            f3(29, s0p, p(s0l), b0p),
            f3(30, s0p, p(s0r), b0p),
            f3(31, s1p, s0p, p(s0l)),
            f3(32, s1p, s0p, p(s0r)),
            f3(33, s1p, p(s1r), s0p),
            f3(34, s0p, b0p, p(b0l)),
            f3(35, s0p, b0p, mix(p(b0l) ^ p(b0l2).rotate_left(7))),
            f2(36, s0w, dist),
            f3(37, s0p, b0p, dist),
            f2(38, s0p, valency(s0, &self.n_right)),
            f2(39, s0p, valency(s0, &self.n_left)),
            f2(40, b0p, valency(b0, &self.n_left)),
            f2(41, s0p, lab(s0l)),
            f2(42, s0p, lab(s0r)),
            f2(43, b0p, lab(b0l)),
            f3(44, s0p, lab(s0l), lab(s0l2)),
            f3(45, s0p, lab(s0r), lab(s0r2)),
            f3(46, s1p, lab(s1r), lab(s1l)),
            UNUSED, // f3(47, s0w, b0p, b1p)
            UNUSED, // f3(48, s1w, s0p, b0p)
            f2(49, s0w, p(s0l)),
            f2(50, b0w, p(b0l)),
            f3(51, s1p, s0p, dist),
            f2(52, s0p, m(s0)),
            f2(53, b0p, m(b0)),
            f3(54, m(s0), m(b0), s0p),
            f3(55, m(s1), m(s0), s0p),
            f2(56, w(s0l), s0p),
            f2(57, w(s0r), s0p),
            f2(58, w(b0l), b0p),
            UNUSED, // f3(59, s1w, s0w, b0p)
            UNUSED, // f3(60, s0w, b0w, b0p)
            UNUSED, // f3(61, s1p, s0p, b0w)
        ]
    }

    /// Label features beyond the move templates, read off the arc about to be made (move `m`:
    /// the head is b0 for LEFT, s1 for RIGHT; the dependent s0). Added in format 5: Sequoia
    /// dev LAS +0.27 on average over four parser seeds, EWT dev +0.18 and +0.40 (two seeds).
    fn label_extra(&self, x: &Input, m: usize) -> [u64; 7] {
        let s0 = self.s(0).unwrap_or(0);
        let h = if m == LEFT {
            self.b
        } else {
            self.s(1).unwrap_or(0)
        };
        let word = |i: usize| if i == 0 { NONE } else { x.words[i] };
        let tag = |i: usize| if i == 0 { NONE } else { x.tags[i] };
        let lab = |i: usize| {
            if i == 0 {
                NONE
            } else {
                u64::from(self.labels[i])
            }
        };
        let s0l = self.left[s0][0];
        let s0r = self.right[s0][0];
        // The head's existing child nearest to the dependent.
        let hc = if m == LEFT {
            self.left[h][0]
        } else {
            self.right[h][0]
        };
        let d = match h.abs_diff(s0) {
            d @ 1..=4 => d as u64,
            5..=9 => 5,
            _ => 6,
        };
        let (sp, hp) = (tag(s0), if h == 0 { ROOT_WORD } else { x.tags[h] });
        [
            f3(62, word(s0l), sp, hp),
            f2(63, word(h), sp),
            f2(64, word(s0), hp),
            f3(65, sp, hp, d),
            f3(66, hp, lab(hc), sp),
            f3(67, sp, lab(s0l), lab(s0r)),
            f2(
                68,
                sp,
                u64::from(self.n_left[s0].min(4)) * 8 + u64::from(self.n_right[s0].min(4)),
            ),
        ]
    }
}

const N_TEMPLATES: usize = 61;

/// The place of a template neither classifier reads (see `State::all_features`).
const UNUSED: u64 = 0;

/// Templates (1-based, as in `State::all_features`) the move is chosen from: 47 of the 61.
/// Dropped after ablation on Sequoia dev (each retrained, LAS from gold tokens): the
/// word-pair and word-pair-plus-tag templates (16, 19, 20, 21, 24, 47, 48, 59, 60, 61; LAS
/// 84.76 → 84.78, and the largest part of the speed-up: mostly rare features, a cache miss
/// each when found)
/// and word+tag of s0, s1, b0, b1 (4, 7, 10, 13; redundant with the word and the tag
/// alone, 84.73). Dropping also 18, 23, 36, 49, 50 cost 0.6 LAS.
const MOVE_TEMPLATES: [usize; 47] = [
    1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
    35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
];

fn move_features(all: &[u64; N_TEMPLATES], out: &mut Vec<u64>) {
    out.clear();
    out.extend(MOVE_TEMPLATES.iter().map(|&t| all[t - 1]));
}

/// The label features: the move features conditioned on the arc's direction.
/// Templates (1-based, as in `State::all_features`) the relation is chosen from: the words,
/// tags and morphology of the dependent and its two candidate heads, and their children's
/// relations. Fewer than the move templates because each carries many classes. Dropped
/// after ablation: the word-pair ones and the words with tags of s0 and b0 (16, 18, 19, 21,
/// 23, 24) and s0's word with the distance (36): LAS on Sequoia dev +0.35 in one retraining,
/// −0.29 in another (noise), 7 lookups fewer per arc.
/// Format 5 adds 46 (the relations of s1's children), 56 and 57 (the words of s0's outer
/// children: the case marker of a nominal) and the arc's own features of
/// `State::label_extra`.
const LABEL_TEMPLATES: [usize; 26] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 17, 22, 29, 30, 34, 37, 41, 42, 43, 52, 53, 54, 55, 46, 56, 57,
];

fn label_features(st: &State, x: &Input, moves: &[u64; N_TEMPLATES], m: usize, out: &mut Vec<u64>) {
    out.clear();
    out.extend(LABEL_TEMPLATES.iter().map(|&t| moves[t - 1]));
    out.extend(st.label_extra(x, m));
    for f in out.iter_mut() {
        *f = mix(*f ^ (m as u64).wrapping_mul(0x9e37_79b9));
    }
}

/// The trained parser.
pub struct Parser {
    pub labels: Vec<String>,
    moves: Weights,
    labeler: Weights,
}

/// One training sentence for the parser: its input, gold heads (index 0 unused) and labels.
pub(crate) struct Gold {
    pub input: Input,
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

impl Parser {
    pub(crate) fn train(
        data: &[Gold],
        labels: Vec<String>,
        iterations: usize,
        seed: u64,
        prune: f32,
    ) -> Parser {
        let mut moves = Trainer::new(3);
        let mut labeler = Trainer::new(labels.len());
        let mut rng = fastrand::Rng::with_seed(seed ^ 0x7061_7273);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let (mut fs, mut lfs, mut scores) = (Vec::new(), Vec::new(), Vec::new());
        for iteration in 0..iterations {
            rng.shuffle(&mut order);
            for &si in &order {
                let g = &data[si];
                let x = &g.input;
                let mut st = State::new(g.input.n());
                while !st.done() {
                    let all = st.all_features(x);
                    move_features(&all, &mut fs);
                    let valid = || (0..3).filter(|&m| st.valid(m));
                    // A forced move (one valid) is not scored, as in `parse`.
                    if valid().count() == 1 {
                        scores.clear();
                        scores.resize(3, 0.0);
                    } else {
                        moves.score(&fs, &mut scores);
                    }
                    let Some(guess) = best(&scores, valid()) else {
                        break;
                    };
                    let costs: Vec<(usize, usize)> =
                        valid().map(|m| (m, st.cost(m, &g.heads))).collect();
                    let min = costs.iter().map(|c| c.1).min().unwrap_or(0);
                    let truth = best(&scores, costs.iter().filter(|c| c.1 == min).map(|c| c.0))
                        .unwrap_or(guess);
                    moves.update(truth, guess, &fs);
                    moves.tick();
                    let explore = iteration > 0 && rng.f32() < EXPLORE;
                    let m = if explore && costs.iter().any(|c| c.0 == guess) {
                        guess
                    } else {
                        truth
                    };
                    let mut label = 0;
                    if m != SHIFT {
                        let s0 = st.s(0).unwrap_or(0);
                        let head = if m == LEFT {
                            st.b
                        } else {
                            st.s(1).unwrap_or(0)
                        };
                        label_features(&st, x, &all, m, &mut lfs);
                        labeler.score(&lfs, &mut scores);
                        let lguess = best(&scores, 0..scores.len()).unwrap_or(0);
                        label = lguess as u16;
                        if g.heads[s0] == head {
                            labeler.update(g.labels[s0] as usize, lguess, &lfs);
                            labeler.tick();
                            label = g.labels[s0];
                        }
                    }
                    st.apply(m, label);
                }
            }
        }
        Parser {
            labels,
            moves: moves.finish(prune),
            labeler: labeler.finish(prune),
        }
    }

    /// Heads (index 0 unused; 0 = root) and label indices of words `1..=n`.
    pub(crate) fn parse(&self, x: &Input) -> (Vec<usize>, Vec<u16>) {
        let mut st = State::new(x.n());
        let (mut fs, mut lfs, mut scores) = (Vec::with_capacity(64), Vec::new(), Vec::new());
        while !st.done() {
            // One valid move (SHIFT from the root alone, RIGHT once the buffer is empty) needs
            // no scoring, and a forced SHIFT no features at all; the output is the same.
            let mut valid = (0..3).filter(|&m| st.valid(m));
            let Some(first) = valid.next() else { break };
            let forced = valid.next().is_none();
            if forced && first == SHIFT {
                st.apply(SHIFT, 0);
                continue;
            }
            let all = st.all_features(x);
            let m = if forced {
                first
            } else {
                move_features(&all, &mut fs);
                self.moves.score(&fs, &mut scores);
                let Some(m) = best(&scores, (0..3).filter(|&m| st.valid(m))) else {
                    break;
                };
                m
            };
            let mut label = 0;
            if m != SHIFT {
                label_features(&st, x, &all, m, &mut lfs);
                self.labeler.score(&lfs, &mut scores);
                label = best(&scores, 0..scores.len()).unwrap_or(0) as u16;
            }
            st.apply(m, label);
        }
        for h in st.heads.iter_mut().skip(1) {
            if *h == usize::MAX {
                *h = 0; // unreachable with the validity rules above; kept total for safety
            }
        }
        for l in st.labels.iter_mut() {
            if *l == u16::MAX {
                *l = 0;
            }
        }
        (st.heads, st.labels)
    }

    pub fn write(&self, out: &mut ByteWriter) {
        out.strings(&self.labels);
        self.moves.write(out);
        self.labeler.write(out);
    }

    pub fn read(r: &mut ByteReader) -> Result<Parser, String> {
        let labels = r.strings()?;
        let moves = Weights::read(r)?;
        let labeler = Weights::read(r)?;
        if moves.n_classes != 3 || labeler.n_classes != labels.len() || labels.is_empty() {
            return Err("parser classes and weights disagree".into());
        }
        Ok(Parser {
            labels,
            moves,
            labeler,
        })
    }

    pub fn weights(&self) -> usize {
        self.moves.len() + self.labeler.len()
    }
}
