//! Every seed and every input a fuzz run has found, run again through its target.
//!
//! Findings are kept under `regressions/<target>/` (one file per input, named after what it
//! broke); the timed runner writes new ones to `target/vigie-fuzz/<target>/finding-*.bin`.

use std::path::Path;

use vigie_fuzz::{on_target_stack, run_caught, seeds, Harness, Target};

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_file())
                .filter_map(|e| {
                    Some((
                        e.path().display().to_string(),
                        std::fs::read(e.path()).ok()?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Runs `inputs` through `target`, returning `name: panic message` for each failure.
fn failures(target: Target, inputs: Vec<(String, Vec<u8>)>) -> Vec<String> {
    on_target_stack(target, || {
        let mut h = Harness::new(target).expect("fuzz harness");
        inputs
            .iter()
            .filter_map(|(name, input)| {
                run_caught(&mut h, input)
                    .err()
                    .map(|m| format!("{name}: {m}"))
            })
            .collect()
    })
}

#[test]
fn every_seed_and_past_finding_passes_its_target() {
    let findings = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut count = 0;
    for target in Target::ALL {
        // The events lexicon harness changes the process environment: its seeds run in
        // tests/events_lexicon.rs.
        if target == Target::EventsLexicon {
            continue;
        }
        let own = seeds::own(target);
        assert!(
            !own.is_empty(),
            "no seeds in {}",
            seeds::dir(target).display()
        );
        count += own.len();
        let mut inputs = files(&seeds::dir(target));
        inputs.extend(files(&findings.join(target.name())));
        let bad = failures(target, inputs);
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
    assert!(count >= 20, "only {count} seeds");
}

/// Found by the `lexicons` target: month names too long for the boilerplate date regex made
/// `vigie_clean::boilerplate::Lexicon::from_files` panic (`CompiledTooBig`); now an error
/// naming the file.
#[test]
fn boilerplate_months_too_long_for_the_date_regex() {
    let input = format!(
        "language = \"xx\"\nmonths = [\"{}\"]\n",
        "\u{a0}".repeat(400_000)
    );
    let bad = failures(
        Target::Lexicons,
        vec![("months".into(), input.into_bytes())],
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
