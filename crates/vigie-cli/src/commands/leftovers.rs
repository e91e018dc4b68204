//! `vigie train boilerplate --dataset DIR --output DIR`: the leftover-line classifier of the
//! boilerplate stage, learned from silver lines of the trafilatura evaluation pages (see
//! `vigie_eval::leftovers_silver` for the labelling and the split). The model learns from the
//! lines the rules leave (they keep firing first); its threshold is the lowest score at which
//! its own marks on the dev part keep `--min-precision`. Deterministic: the same data and
//! options write the same file.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use vigie_clean::boilerplate::model::{LineModel, TrainOptions};
use vigie_clean::BoilerplateStage;
use vigie_eval::leftovers_silver::{self, Part, SilverPage};

/// `(features, is_leftover)` of labelled lines.
type Examples = Vec<(Vec<f32>, bool)>;

/// The rules' true positives, false positives and false negatives on labelled lines.
type Counts = (usize, usize, usize);

/// `(features, is_leftover)` of the labelled lines the rules left, and the rules' own counts
/// on the labelled lines.
fn examples(stage: &BoilerplateStage, pages: &[SilverPage]) -> (Examples, Counts) {
    let mut out = Vec::new();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for p in pages {
        for (v, label) in stage
            .line_verdicts(&p.text, None, None)
            .into_iter()
            .zip(&p.labels)
        {
            let Some(leftover) = *label else { continue };
            match (leftover, v.by_rules) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                (false, false) => {}
            }
            if !v.by_rules && !v.features.is_empty() {
                out.push((v.features, leftover));
            }
        }
    }
    (out, (tp, fp, fn_))
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

pub fn train(
    dataset: &Path,
    output: &Path,
    epochs: usize,
    seed: u64,
    l2: f32,
    min_precision: f64,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let (train_pages, train_stats) = leftovers_silver::load(dataset, Part::Train)?;
    let (dev_pages, dev_stats) = leftovers_silver::load(dataset, Part::Dev)?;
    let stage = BoilerplateStage::rules_only();
    let (train, _) = examples(&stage, &train_pages);
    let (dev, (rtp, rfp, rfn)) = examples(&stage, &dev_pages);
    let options = TrainOptions {
        epochs,
        seed,
        l2,
        ..TrainOptions::default()
    };
    let mut model = LineModel::train(&train, &options);
    // Dev scores, highest first; the threshold keeps the largest top whose precision holds.
    let mut scored: Vec<(f32, bool)> = dev.iter().map(|(x, y)| (model.score(x), *y)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut right, mut best) = (0usize, 0usize);
    for (k, (_, y)) in scored.iter().enumerate() {
        right += usize::from(*y);
        if ratio(right, k + 1) >= min_precision {
            best = k + 1;
        }
    }
    // Ties at the cut would let in lines below it: the threshold sits just above the first
    // score left out.
    model.threshold = if best == 0 {
        1.0
    } else if best < scored.len() {
        let cut = scored[best - 1].0;
        let out = scored[best].0;
        if out < cut {
            (cut + out) / 2.0
        } else {
            f32::from_bits(cut.to_bits() + 1)
        }
    } else {
        scored[best - 1].0
    };
    let added: Vec<&(f32, bool)> = scored
        .iter()
        .filter(|(s, _)| *s >= model.threshold)
        .collect();
    let added_right = added.iter().filter(|(_, y)| *y).count();
    let leftovers = rtp + rfn;
    let (ctp, cfp) = (rtp + added_right, rfp + added.len() - added_right);
    let summary = format!(
        "train: {} pages kept of {} ({} lines the rules leave, {} leftovers); dev: {} pages kept of {}\n\
         dev, rules alone: precision {:.3}, recall {:.3} ({} of {} leftover lines)\n\
         dev, rules + classifier (threshold {:.4}): precision {:.3}, recall {:.3}; classifier marks {} ({} right, precision {:.3})",
        train_stats.kept,
        train_stats.pages,
        train.len(),
        train.iter().filter(|(_, y)| *y).count(),
        dev_stats.kept,
        dev_stats.pages,
        ratio(rtp, rtp + rfp),
        ratio(rtp, leftovers),
        rtp,
        leftovers,
        model.threshold,
        ratio(ctp, ctp + cfp),
        ratio(ctp, leftovers),
        added.len(),
        added_right,
        ratio(added_right, added.len()),
    );
    let header = format!(
        "vigie leftover-line classifier (logistic regression; see models/boilerplate/README.md)\n\
         vigie train boilerplate --dataset <trafilatura-eval> --output models/boilerplate --epochs {epochs} --seed {seed} --l2 {l2} --min-precision {min_precision}\n\
         {summary}"
    );
    std::fs::create_dir_all(output).with_context(|| format!("creating {}", output.display()))?;
    let path = output.join("leftovers.model");
    std::fs::write(&path, model.to_text(&header))
        .with_context(|| format!("writing {}", path.display()))?;
    crate::out!(
        "{summary}\nwrote {} in {:.1} s",
        path.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
