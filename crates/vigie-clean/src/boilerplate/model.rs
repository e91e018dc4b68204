//! The leftover-line classifier: logistic regression over the named features of
//! [`super::features`], trained by `vigie train boilerplate` (deterministic: examples in a
//! seeded order, plain stochastic gradient descent with L2 and averaged weights), stored as a
//! small text file (`models/boilerplate/leftovers.model`: a threshold, a bias and one weight
//! per feature name).

use super::features;

/// A trained line model.
#[derive(Debug, Clone, PartialEq)]
pub struct LineModel {
    pub bias: f32,
    /// One weight per feature, in the order of [`features::names`].
    pub weights: Vec<f32>,
    /// Lines scoring at least this are leftovers (chosen on the dev split).
    pub threshold: f32,
}

/// How [`LineModel::train`] runs.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// L2 penalty per example.
    pub l2: f32,
    pub learning_rate: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 20,
            seed: 1,
            l2: 1e-5,
            learning_rate: 0.05,
        }
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// A small deterministic generator (xorshift64*) for the example order.
fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

impl LineModel {
    /// The probability that a line with these features is a leftover.
    pub fn score(&self, x: &[f32]) -> f32 {
        let z: f32 = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>();
        sigmoid(z)
    }

    /// Trains on `(features, is_leftover)` examples. Deterministic for a given input order and
    /// seed.
    pub fn train(examples: &[(Vec<f32>, bool)], options: &TrainOptions) -> LineModel {
        let dim = features::len();
        let mut w = vec![0.0f32; dim];
        let mut b = 0.0f32;
        // Averaged weights (sum of the weights after every step).
        let mut w_sum = vec![0.0f64; dim];
        let mut b_sum = 0.0f64;
        let mut steps = 0u64;
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut state = options.seed.max(1);
        for epoch in 0..options.epochs {
            for k in (1..order.len()).rev() {
                let j = (next(&mut state) % (k as u64 + 1)) as usize;
                order.swap(k, j);
            }
            let rate = options.learning_rate / (1.0 + epoch as f32 * 0.5);
            for &e in &order {
                let (x, y) = &examples[e];
                let z: f32 = b + w.iter().zip(x).map(|(a, v)| a * v).sum::<f32>();
                let g = sigmoid(z) - f32::from(*y);
                for (wi, xi) in w.iter_mut().zip(x) {
                    *wi -= rate * (g * xi + options.l2 * *wi);
                }
                b -= rate * g;
                for (s, wi) in w_sum.iter_mut().zip(&w) {
                    *s += f64::from(*wi);
                }
                b_sum += f64::from(b);
                steps += 1;
            }
        }
        let steps = steps.max(1) as f64;
        LineModel {
            bias: (b_sum / steps) as f32,
            weights: w_sum.iter().map(|s| (s / steps) as f32).collect(),
            threshold: 0.5,
        }
    }

    /// The model as text: comment lines, then `threshold`, `bias` and one `weight NAME VALUE`
    /// line per feature.
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for l in header.lines() {
            out.push_str(&format!("# {l}\n"));
        }
        out.push_str(&format!("threshold\t{:.6}\n", self.threshold));
        out.push_str(&format!("bias\t{:.6}\n", self.bias));
        for (name, w) in features::names().iter().zip(&self.weights) {
            out.push_str(&format!("weight\t{name}\t{w:.6}\n"));
        }
        out
    }

    /// Reads [`LineModel::to_text`]'s format; a feature name this build does not compute, or
    /// one missing, is an error (the model was trained with other features).
    pub fn from_text(text: &str) -> Result<LineModel, String> {
        let names = features::names();
        let mut weights = vec![None; names.len()];
        let (mut bias, mut threshold) = (None, None);
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parts: Vec<&str> = line.split('\t').collect();
            let number = |s: &str| {
                s.parse::<f32>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| format!("line {}: not a number: {s:?}", n + 1))
            };
            match parts.as_slice() {
                ["threshold", v] => threshold = Some(number(v)?),
                ["bias", v] => bias = Some(number(v)?),
                ["weight", name, v] => {
                    let i = names
                        .iter()
                        .position(|x| x == name)
                        .ok_or_else(|| format!("line {}: unknown feature {name:?}", n + 1))?;
                    weights[i] = Some(number(v)?);
                }
                _ => return Err(format!("line {}: unreadable: {line:?}", n + 1)),
            }
        }
        let missing: Vec<&String> = names
            .iter()
            .zip(&weights)
            .filter(|(_, w)| w.is_none())
            .map(|(n, _)| n)
            .collect();
        if !missing.is_empty() {
            return Err(format!("no weight for {missing:?}"));
        }
        Ok(LineModel {
            bias: bias.ok_or("no bias line")?,
            threshold: threshold.ok_or("no threshold line")?,
            weights: weights.into_iter().map(|w| w.unwrap_or(0.0)).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(i: usize, leftover: bool) -> (Vec<f32>, bool) {
        let mut x = vec![0.0; features::len()];
        // Feature 0 says leftover, feature 1 says content, feature 2 is noise.
        x[if leftover { 0 } else { 1 }] = 1.0;
        x[2] = (i % 3) as f32 / 2.0;
        (x, leftover)
    }

    #[test]
    fn training_separates_and_is_deterministic() {
        let data: Vec<(Vec<f32>, bool)> = (0..200).map(|i| example(i, i % 4 == 0)).collect();
        let options = TrainOptions {
            epochs: 30,
            learning_rate: 0.5,
            ..TrainOptions::default()
        };
        let a = LineModel::train(&data, &options);
        let b = LineModel::train(&data, &options);
        assert_eq!(a, b);
        assert!(a.score(&example(0, true).0) > 0.8);
        assert!(a.score(&example(1, false).0) < 0.2);
    }

    #[test]
    fn text_format_round_trips_and_refuses_unknown_features() {
        let data: Vec<(Vec<f32>, bool)> = (0..50).map(|i| example(i, i % 2 == 0)).collect();
        let mut m = LineModel::train(
            &data,
            &TrainOptions {
                epochs: 2,
                ..TrainOptions::default()
            },
        );
        m.threshold = 0.75;
        let text = m.to_text("test model");
        let back = LineModel::from_text(&text).unwrap();
        assert_eq!(back.threshold, 0.75);
        for (x, y) in m.weights.iter().zip(&back.weights) {
            assert!((x - y).abs() < 1e-5);
        }
        let bad = text.replace("weight\tchars<=10", "weight\tnot_a_feature");
        assert!(LineModel::from_text(&bad)
            .unwrap_err()
            .contains("not_a_feature"));
        let missing: String = text
            .lines()
            .filter(|l| !l.starts_with("weight\tsentence"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(LineModel::from_text(&missing)
            .unwrap_err()
            .contains("sentence"));
    }
}
