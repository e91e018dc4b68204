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

/// Averaged, pruned weights used at run time.
#[derive(Default)]
pub struct Weights {
    pub n_classes: usize,
    index: IdMap<(u32, u32)>,
    classes: Vec<u16>,
    values: Vec<f32>,
}

impl Weights {
    pub fn score(&self, features: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for f in features {
            if let Some(&(start, len)) = self.index.get(f) {
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

    pub fn write(&self, out: &mut ByteWriter) {
        out.u32(self.n_classes as u32);
        let mut keys: Vec<(&u64, &(u32, u32))> = self.index.iter().collect();
        keys.sort_unstable_by_key(|(k, _)| **k);
        out.u32(keys.len() as u32);
        for (k, &(start, len)) in keys {
            out.u64(k);
            out.u32(len);
            for i in start..start + len {
                out.u16(self.classes[i as usize]);
                out.f32(self.values[i as usize]);
            }
        }
    }

    pub fn read(r: &mut ByteReader) -> Result<Self, String> {
        let n_classes = r.u32()? as usize;
        let n_keys = r.u32()? as usize;
        let mut w = Weights {
            n_classes,
            ..Weights::default()
        };
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
                w.values.push(r.f32()?);
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
