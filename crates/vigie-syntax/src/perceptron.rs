//! Averaged multiclass perceptron with sparse weights: a feature keeps only the classes the
//! training ever updated for it, so models stay small and scoring touches few numbers.
//!
//! At run time the weights are `i16` steps of one scale per classifier and scores are `i32`
//! sums (the argmax does not need the scale). The table is laid out for cache misses, the cost
//! that dominates tagging and parsing (`perf`: three quarters of `vigie eval syntax` was the
//! lookup): 16-byte slots that hold the weights themselves — two features per slot, each a
//! 16-bit fingerprint and its three weights, for the parser's move classifier; one feature per
//! slot, a 32-bit fingerprint and up to two (class, weight) pairs (80% of features), else an
//! offset into a pool, for the others. Most lookups thus touch one cache line, and a bit filter
//! in front of the table rules out most never-seen features without touching it. A never-seen
//! feature can match a 16-bit fingerprint by chance: about once in 250,000 lookups (1/8 through
//! the filter, about 2 fingerprints compared, 1/65,536 each), adding one feature's weights.

use crate::features::IdMap;
use crate::model::{ByteReader, ByteWriter};

/// One weight during training, with what averaging needs (Daumé's lazy trick).
#[derive(Clone, Copy)]
struct Learned {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// Weights being learned.
pub struct Trainer {
    n_classes: usize,
    weights: IdMap<Vec<Learned>>,
    /// Examples seen so far: the averaging clock.
    step: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            weights: IdMap::default(),
            step: 1,
        }
    }

    pub fn score(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for f in features {
            if let Some(slots) = self.weights.get(f) {
                for s in slots {
                    scores[s.class as usize] += s.weight;
                }
            }
        }
    }

    /// Counts one example for averaging; call once per decision, updated or not.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    pub fn update(&mut self, truth: usize, guess: usize, features: &[u64]) {
        if truth == guess {
            return;
        }
        let step = self.step;
        for &f in features {
            let slots = self.weights.entry(f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let class = class as u16;
                let i = match slots.iter().position(|s| s.class == class) {
                    Some(i) => i,
                    None => {
                        slots.push(Learned {
                            class,
                            weight: 0.0,
                            total: 0.0,
                            stamp: step,
                        });
                        slots.len() - 1
                    }
                };
                let s = &mut slots[i];
                s.total += f64::from(step - s.stamp) * f64::from(s.weight);
                s.stamp = step;
                s.weight += delta;
            }
        }
    }

    /// The averaged weights, dropping those whose magnitude is below `prune`.
    pub fn finish(self, prune: f32) -> Weights {
        let step = self.step;
        let mut keys: Vec<u64> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::new();
        for k in keys {
            let mut slots = self.weights[&k].clone();
            slots.sort_by_key(|s| s.class);
            let row: Vec<(u16, f32)> = slots
                .iter()
                .map(|s| {
                    let total = s.total + f64::from(step - s.stamp) * f64::from(s.weight);
                    (s.class, (total / f64::from(step)) as f32)
                })
                .filter(|&(_, avg)| avg.abs() >= prune && avg != 0.0)
                .collect();
            if !row.is_empty() {
                rows.push((k, row));
            }
        }
        let max = rows
            .iter()
            .flat_map(|r| r.1.iter())
            .fold(0f32, |m, v| m.max(v.1.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut w = Weights::empty(self.n_classes, scale, rows.len(), true);
        for (k, row) in rows {
            let q: Vec<(u16, i16)> = row
                .iter()
                .map(|&(c, v)| (c, (v / scale).round() as i16))
                .filter(|&(_, v)| v != 0)
                .collect();
            w.insert(k, &q);
        }
        w
    }
}

/// Classifiers with at most this many classes keep all their weights inline (dense).
const DENSE: usize = 3;

/// One 16-byte table slot. Sparse classifiers: one feature per slot, `fp` its fingerprint
/// (high 32 bits of the hash; 0 = empty), `d[0]` its number of classes, up to two
/// (class, weight) pairs in `d[1..5]`, or a pool offset in `d[1..3]`. Dense ones (the
/// parser's three moves): two features per slot, 8 bytes each: a 16-bit fingerprint (the low
/// or high half of `fp`, 0 = empty) and the three weights (`d[0..3]`, `d[3..6]`), so the table
/// takes half the memory (fewer cache misses) at the same load.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    fp: u32,
    d: [u16; 6],
}

#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32).max(1)
}

#[inline]
fn fingerprint16(key: u64) -> u32 {
    u32::from(((key >> 48) as u16).max(1))
}

/// Averaged, pruned, quantised weights used at run time: open addressing with linear probing
/// at load factor <= 1/2, indexed by the low bits of the feature hash.
#[derive(Default)]
pub struct Weights {
    pub n_classes: usize,
    scale: f32,
    slots: Vec<Slot>,
    /// Full keys of the slots (0: empty), only read to write the model back: kept by training,
    /// empty in a model read to annotate (a third to a half of the table's memory).
    keys: Vec<u64>,
    /// Sparse rows of more than two classes: `class | weight << 16`.
    pool: Vec<u32>,
    mask: usize,
    stored: usize,
    /// One bit per 8 keys' worth of room, set for every stored key: most features of a
    /// sentence were never seen in training, and this 64-256 KB filter (in L2) rules 7 in 8
    /// of them out without touching the table (a cache miss each).
    filter: Vec<u64>,
    filter_mask: usize,
}

/// Position of a key in the filter: bits that neither the table index nor the fingerprint
/// use much.
#[inline]
fn filter_bit(key: u64, mask: usize) -> usize {
    (key.rotate_right(20) as usize) & mask
}

impl Weights {
    fn empty(n_classes: usize, scale: f32, n_keys: usize, keep_keys: bool) -> Weights {
        let dense = n_classes <= DENSE;
        // Load factor at most 1/2 when dense (two entries per slot), 3/4 otherwise: the sparse
        // tables then take 9 MB less over the two shipped models (the resident size of an
        // ingest counts), at the cost of a few more probes in the same cache lines.
        let cap = if dense {
            n_keys
        } else {
            (n_keys * 4).div_ceil(3)
        }
        .next_power_of_two()
        .max(16);
        let bits = (n_keys * 8).next_power_of_two().max(64);
        Weights {
            n_classes,
            scale,
            slots: vec![Slot::default(); cap],
            keys: if keep_keys {
                vec![0; if dense { 2 * cap } else { cap }]
            } else {
                Vec::new()
            },
            pool: Vec::new(),
            mask: cap - 1,
            stored: 0,
            filter: vec![0; bits / 64],
            filter_mask: bits - 1,
        }
    }

    fn dense(&self) -> bool {
        self.n_classes <= DENSE
    }

    /// Inserts the row of a new key (classes ascending, weights non-zero).
    fn insert(&mut self, key: u64, row: &[(u16, i16)]) {
        if row.is_empty() {
            return;
        }
        let b = filter_bit(key, self.filter_mask);
        self.filter[b / 64] |= 1 << (b % 64);
        self.stored += row.len();
        let mut i = key as usize & self.mask;
        if self.dense() {
            let fp = fingerprint16(key);
            loop {
                let s = &mut self.slots[i];
                let half = if s.fp & 0xffff == 0 {
                    0
                } else if s.fp >> 16 == 0 {
                    1
                } else {
                    i = (i + 1) & self.mask;
                    continue;
                };
                s.fp |= fp << (16 * half);
                for &(c, v) in row {
                    s.d[3 * half + c as usize] = v as u16;
                }
                if let Some(k) = self.keys.get_mut(2 * i + half) {
                    *k = key;
                }
                return;
            }
        }
        let fp = fingerprint(key);
        while self.slots[i].fp != 0 {
            i = (i + 1) & self.mask;
        }
        let mut d = [0u16; 6];
        {
            d[0] = row.len() as u16;
            if row.len() <= 2 {
                for (j, &(c, v)) in row.iter().enumerate() {
                    d[1 + 2 * j] = c;
                    d[2 + 2 * j] = v as u16;
                }
            } else {
                let off = self.pool.len() as u32;
                d[1] = off as u16;
                d[2] = (off >> 16) as u16;
                self.pool.extend(
                    row.iter()
                        .map(|&(c, v)| u32::from(c) | u32::from(v as u16) << 16),
                );
            }
        }
        self.slots[i] = Slot { fp, d };
        if let Some(k) = self.keys.get_mut(i) {
            *k = key;
        }
    }

    /// The (class, weight) pairs of entry `i` (of `keys`).
    fn row(&self, i: usize) -> Vec<(u16, i16)> {
        if self.dense() {
            let d = &self.slots[i / 2].d[3 * (i % 2)..3 * (i % 2) + 3];
            return (0..self.n_classes)
                .filter(|&c| d[c] != 0)
                .map(|c| (c as u16, d[c] as i16))
                .collect();
        }
        let d = self.slots[i].d;
        let n = d[0] as usize;
        if n <= 2 {
            (0..n)
                .map(|j| (d[1 + 2 * j], d[2 + 2 * j] as i16))
                .collect()
        } else {
            let off = (u32::from(d[1]) | u32::from(d[2]) << 16) as usize;
            self.pool[off..off + n]
                .iter()
                .map(|&p| (p as u16, (p >> 16) as u16 as i16))
                .collect()
        }
    }

    #[inline]
    fn add(&self, s: &Slot, scores: &mut [i32]) {
        let d = s.d;
        let n = d[0] as usize;
        if n <= 2 {
            scores[d[1] as usize] += i32::from(d[2] as i16);
            if n == 2 {
                scores[d[3] as usize] += i32::from(d[4] as i16);
            }
        } else {
            let off = (u32::from(d[1]) | u32::from(d[2]) << 16) as usize;
            for &p in &self.pool[off..off + n] {
                scores[(p & 0xffff) as usize] += i32::from((p >> 16) as u16 as i16);
            }
        }
    }

    /// Sums the weights of `features` into `scores` (`n_classes` long, zeroed here).
    pub fn score(&self, features: &[u64], scores: &mut Vec<i32>) {
        scores.clear();
        scores.resize(self.n_classes.max(DENSE), 0);
        self.add_scores(features, scores);
        scores.truncate(self.n_classes);
    }

    /// Adds the weights of `features` to `scores` (at least `n_classes` long).
    #[inline]
    pub fn add_scores(&self, features: &[u64], scores: &mut [i32]) {
        const CHUNK: usize = 32;
        let mut home = [Slot::default(); CHUNK];
        let mut seen = [0u64; CHUNK];
        let mut home_found = [Slot::default(); CHUNK];
        if self.filter.is_empty() {
            return;
        }
        for chunk in features.chunks(CHUNK) {
            // The filter first, then the table slots of the features that pass it, as
            // independent loads so that the CPU overlaps their misses, then the checks.
            let mut n = 0;
            for &f in chunk {
                let b = filter_bit(f, self.filter_mask);
                seen[n] = f;
                n += usize::from(self.filter[b / 64] >> (b % 64) & 1 == 1);
            }
            for (h, &f) in home.iter_mut().zip(&seen[..n]) {
                *h = self.slots[f as usize & self.mask];
            }
            if self.dense() {
                for (h, &f) in home.iter().zip(&seen[..n]) {
                    self.add_dense(h, f, scores);
                }
                continue;
            }
            // Resolve the slots, then touch the pool rows of the long ones together (their
            // misses overlap too), then add.
            let mut found = 0;
            for (h, &f) in home.iter().zip(&seen[..n]) {
                if let Some(s) = self.find(h, f) {
                    home_found[found] = s;
                    found += 1;
                }
            }
            let mut touch = 0u32;
            for s in &home_found[..found] {
                if s.d[0] > 2 {
                    touch ^= self.pool[(u32::from(s.d[1]) | u32::from(s.d[2]) << 16) as usize];
                }
            }
            std::hint::black_box(touch);
            for s in &home_found[..found] {
                self.add(s, scores);
            }
        }
    }

    /// The slot of `f` in a sparse table, from its home slot `h`.
    #[inline]
    fn find(&self, h: &Slot, f: u64) -> Option<Slot> {
        let fp = fingerprint(f);
        if h.fp == fp {
            return Some(*h);
        }
        if h.fp == 0 {
            return None;
        }
        let mut i = (f as usize + 1) & self.mask;
        loop {
            let s = &self.slots[i];
            if s.fp == fp {
                return Some(*s);
            }
            if s.fp == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Finds `f` from its home slot `h` in a dense table and adds its weights.
    #[inline]
    fn add_dense(&self, h: &Slot, f: u64, scores: &mut [i32]) {
        let fp = fingerprint16(f);
        let mut s = h;
        let mut i = f as usize & self.mask;
        loop {
            let half = if s.fp & 0xffff == fp {
                0
            } else if s.fp >> 16 == fp {
                3
            } else if s.fp >> 16 == 0 {
                return;
            } else {
                i = (i + 1) & self.mask;
                s = &self.slots[i];
                continue;
            };
            for (sc, &w) in scores.iter_mut().zip(&s.d[half..half + 3]) {
                *sc += i32::from(w as i16);
            }
            return;
        }
    }

    /// Written as: classes, scale, number of keys, then per key (ascending) its `u64` hash,
    /// the number of classes and (class `u16`, weight `i16`) pairs. Only weights that kept their
    /// keys (trained ones) can be written; `SyntaxModel::save` refuses the others.
    pub fn write(&self, out: &mut ByteWriter) {
        debug_assert!(self.stored == 0 || !self.keys.is_empty());
        out.u32(self.n_classes as u32);
        out.f32(self.scale);
        let mut keys: Vec<(u64, usize)> = self
            .keys
            .iter()
            .enumerate()
            .filter(|&(_, &k)| k != 0)
            .map(|(i, &k)| (k, i))
            .collect();
        keys.sort_unstable_by_key(|e| e.0);
        out.u32(keys.len() as u32);
        for (k, i) in keys {
            let row = self.row(i);
            out.u64(k);
            out.u32(row.len() as u32);
            for (c, v) in row {
                out.u16(c);
                out.u16(v as u16);
            }
        }
    }

    pub fn read(r: &mut ByteReader) -> Result<Self, String> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(format!("bad weight scale {scale}"));
        }
        if n_classes == 0 || n_classes > usize::from(u16::MAX) {
            return Err(format!("bad number of classes {n_classes}"));
        }
        let n_keys = r.u32()? as usize;
        // Each key takes at least 12 bytes, so a lying count cannot overfill the table.
        let mut w = Weights::empty(
            n_classes,
            scale,
            n_keys.min(r.remaining() / 12),
            r.keep_keys(),
        );
        let mut row = Vec::new();
        let mut last = None;
        for _ in 0..n_keys {
            let k = r.u64()?;
            if last.is_some_and(|l| l >= k) {
                return Err(format!("feature keys out of order at {k:#x}"));
            }
            last = Some(k);
            let len = r.u32()?;
            row.clear();
            for _ in 0..len {
                let c = r.u16()?;
                if c as usize >= n_classes || row.last().is_some_and(|&(p, _)| p >= c) {
                    return Err(format!("class {c} out of order or out of {n_classes}"));
                }
                row.push((c, r.u16()? as i16));
            }
            row.retain(|&(_, v)| v != 0);
            w.insert(k, &row);
        }
        Ok(w)
    }

    /// Number of stored (feature, class) weights.
    pub fn len(&self) -> usize {
        self.stored
    }
}

/// Index of the highest score among `allowed` (ties: the lowest index).
pub fn best<T: PartialOrd + Copy>(
    scores: &[T],
    allowed: impl Iterator<Item = usize>,
) -> Option<usize> {
    let mut best: Option<usize> = None;
    for i in allowed {
        if best.is_none_or(|b| scores[i] > scores[b]) {
            best = Some(i);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trains `n_classes` on random features, then checks that the run-time table survives
    /// a write and a read (same bytes, same scores) and ignores unseen features.
    fn round_trip(n_classes: usize) {
        let mut t = Trainer::new(n_classes);
        let mut rng = fastrand::Rng::with_seed(7);
        let examples: Vec<(Vec<u64>, usize)> = (0..400)
            .map(|_| {
                let fs = (0..6)
                    .map(|_| rng.u64(1..60).wrapping_mul(0x9e37_79b9_7f4a_7c15))
                    .collect();
                (fs, rng.usize(0..n_classes))
            })
            .collect();
        let mut scores = Vec::new();
        for _ in 0..3 {
            for (fs, truth) in &examples {
                t.score(fs, &mut scores);
                let guess = best(&scores, 0..n_classes).unwrap_or(0);
                t.update(*truth, guess, fs);
                t.tick();
            }
        }
        let w = t.finish(0.0);
        assert!(w.len() > 0);
        let mut out = ByteWriter::default();
        w.write(&mut out);
        let bytes = out.into_bytes();
        let mut r = ByteReader::new(&bytes);
        let back = Weights::read(&mut r).unwrap();
        assert_eq!(r.remaining(), 0);
        assert_eq!(back.len(), w.len());
        let mut again = ByteWriter::default();
        back.write(&mut again);
        assert_eq!(again.into_bytes(), bytes);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for (fs, _) in &examples {
            w.score(fs, &mut a);
            back.score(fs, &mut b);
            assert_eq!(a, b);
            assert_eq!(a.len(), n_classes);
        }
        // A feature never seen scores nothing.
        w.score(&[12345], &mut a);
        assert!(a.iter().all(|&s| s == 0));
    }

    #[test]
    fn dense_weights_round_trip() {
        round_trip(3);
    }

    #[test]
    fn sparse_weights_round_trip() {
        round_trip(40);
    }
}
