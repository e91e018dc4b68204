//! Averaged multiclass perceptron with sparse weights: a feature keeps only the classes the
//! training ever updated for it, so models stay small and scoring touches few numbers.

use crate::features::IdMap;
use crate::model::{ByteReader, ByteWriter};

/// One weight during training, with what averaging needs (Daumé's lazy trick).
#[derive(Clone, Copy)]
struct Slot {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// Weights being learned.
pub struct Trainer {
    n_classes: usize,
    weights: IdMap<Vec<Slot>>,
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
                        slots.push(Slot {
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
        let mut w = Weights {
            n_classes: self.n_classes,
            ..Weights::default()
        };
        let mut kept = Vec::new();
        for k in keys {
            let start = w.classes.len() as u32;
            let mut slots = self.weights[&k].clone();
            slots.sort_by_key(|s| s.class);
            for s in slots {
                let total = s.total + f64::from(step - s.stamp) * f64::from(s.weight);
                let avg = (total / f64::from(step)) as f32;
                if avg.abs() >= prune && avg != 0.0 {
                    w.classes.push(s.class);
                    w.values.push(avg);
                }
            }
            let len = w.classes.len() as u32 - start;
            if len > 0 {
                kept.push((k, start, len));
            }
        }
        w.index = Index::with_keys(kept.len());
        for (k, start, len) in kept {
            w.index.insert(k, start, len);
        }
        w
    }
}

/// One entry of the open-addressing feature table; key 0 marks an empty entry.
#[derive(Clone, Copy, Default)]
struct Entry {
    key: u64,
    start: u32,
    len: u32,
}

/// Feature -> weights table, open addressing with linear probing at load factor <= 1/2.
/// Why not a `HashMap`: scoring is bound by cache misses on this table, and reading the home
/// entries of all of a decision's features first, in a loop whose loads do not depend on each
/// other, lets the CPU overlap those misses (`perf`: the lookup was 30% of `vigie eval syntax`).
#[derive(Default)]
struct Index {
    entries: Vec<Entry>,
    mask: usize,
}

/// Key 0 means "empty"; a feature hashing to 0 is stored as 1.
#[inline]
fn nonzero(k: u64) -> u64 {
    k.max(1)
}

impl Index {
    fn with_keys(n: usize) -> Index {
        let cap = (n * 2).next_power_of_two().max(16);
        Index {
            entries: vec![Entry::default(); cap],
            mask: cap - 1,
        }
    }

    fn insert(&mut self, key: u64, start: u32, len: u32) {
        let key = nonzero(key);
        let mut i = key as usize & self.mask;
        while self.entries[i].key != 0 && self.entries[i].key != key {
            i = (i + 1) & self.mask;
        }
        self.entries[i] = Entry { key, start, len };
    }

    #[inline]
    fn probe(&self, key: u64, mut i: usize) -> Option<(u32, u32)> {
        loop {
            let e = self.entries[i];
            if e.key == key {
                return Some((e.start, e.len));
            }
            if e.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Averaged, pruned weights used at run time.
#[derive(Default)]
pub struct Weights {
    pub n_classes: usize,
    index: Index,
    classes: Vec<u16>,
    values: Vec<f32>,
}

impl Weights {
    pub fn score(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        if self.index.entries.is_empty() {
            return;
        }
        const CHUNK: usize = 32;
        let mut home = [Entry::default(); CHUNK];
        for chunk in features.chunks(CHUNK) {
            // Independent loads first (overlapping misses), then the checks.
            for (h, &f) in home.iter_mut().zip(chunk) {
                *h = self.index.entries[nonzero(f) as usize & self.index.mask];
            }
            for (h, &f) in home.iter().zip(chunk) {
                let f = nonzero(f);
                let found = if h.key == f {
                    Some((h.start, h.len))
                } else if h.key == 0 {
                    None
                } else {
                    self.index.probe(f, (f as usize + 1) & self.index.mask)
                };
                if let Some((start, len)) = found {
                    let (start, end) = (start as usize, (start + len) as usize);
                    for (c, v) in self.classes[start..end]
                        .iter()
                        .zip(&self.values[start..end])
                    {
                        scores[*c as usize] += *v;
                    }
                }
            }
        }
    }

    /// Weights are written as `i16` steps of one scale per classifier (the largest magnitude
    /// over 32767): half the bytes of `f32`, and the kept weights (at least the prune
    /// threshold) keep three significant digits (measured: same Sequoia dev scores).
    pub fn write(&self, out: &mut ByteWriter) {
        out.u32(self.n_classes as u32);
        let max = self.values.iter().fold(0f32, |m, v| m.max(v.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        out.f32(scale);
        let mut keys: Vec<(u64, u32, u32)> = self
            .index
            .entries
            .iter()
            .filter(|e| e.key != 0)
            .map(|e| (e.key, e.start, e.len))
            .collect();
        keys.sort_unstable_by_key(|e| e.0);
        out.u32(keys.len() as u32);
        for (k, start, len) in keys {
            out.u64(k);
            out.u32(len);
            for i in start..start + len {
                out.u16(self.classes[i as usize]);
                out.u16((self.values[i as usize] / scale).round() as i16 as u16);
            }
        }
    }

    pub fn read(r: &mut ByteReader) -> Result<Self, String> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(format!("bad weight scale {scale}"));
        }
        let n_keys = r.u32()? as usize;
        let mut w = Weights {
            n_classes,
            ..Weights::default()
        };
        // Each key takes at least 12 bytes, so a lying count cannot overfill the table.
        w.index = Index::with_keys(n_keys.min(r.remaining() / 12));
        for _ in 0..n_keys {
            let k = r.u64()?;
            let len = r.u32()?;
            let start = w.classes.len() as u32;
            for _ in 0..len {
                let c = r.u16()?;
                if c as usize >= n_classes {
                    return Err(format!("class {c} out of {n_classes}"));
                }
                w.classes.push(c);
                w.values.push(f32::from(r.u16()? as i16) * scale);
            }
            w.index.insert(k, start, len);
        }
        Ok(w)
    }

    /// Number of stored (feature, class) weights.
    pub fn len(&self) -> usize {
        self.values.len()
    }
}

/// Index of the highest score among `allowed` (ties: the lowest index).
pub fn best(scores: &[f32], allowed: impl Iterator<Item = usize>) -> Option<usize> {
    let mut best: Option<usize> = None;
    for i in allowed {
        if best.is_none_or(|b| scores[i] > scores[b]) {
            best = Some(i);
        }
    }
    best
}
