//! Fuzz targets for every parser vigie runs on outside input.
//!
//! One job: feed arbitrary bytes to each parser and check that it returns, without a panic, a
//! stack overflow, or unbounded time or memory, and that its errors name their path. The
//! targets ([`Target`]) are HTML extraction with the publication-date finder, the text and
//! JSON Lines readers, charset detection, date parsing, the search query parser (on a small
//! temporary store), the knowledge-base loader and the lexicon loaders.
//!
//! Two ways to drive them:
//!
//! - `cargo test -p vigie-fuzz`: a short seeded property run per target ([`property_run`]),
//!   so CI guards them, plus every seed and every past finding (`tests/regressions.rs`).
//! - `cargo run --release -p vigie-fuzz -- --target html --seconds 600`: a timed campaign
//!   per target (see `src/main.rs`); findings are written under `--out` with the exact input.
//!
//! **Engine.** The timed runner and the tests use structure-aware mutation of a seed corpus
//! ([`mutate`]): random bytes, byte edits, splices between seeds, each target's own tokens,
//! deep nesting of its brackets, huge lines, invalid UTF-8 and legacy re-encodings; no coverage
//! feedback, nothing but the stable toolchain. Coverage-guided fuzzing with AFL++ works on the
//! stable toolchain too (`cargo-afl` 0.18.2 builds AFL++ with the system toolchain): the
//! `vigie-fuzz-afl` binary (feature `afl`) drives the same [`Harness`]es. Its instrumented build
//! of the whole dependency tree took 26 minutes on the shared 2-core machine, so it is for
//! long runs on a quieter machine; see `README.md` in this crate for both commands.
//!
//! Seeds: `seeds/<target>/` (small files written for this crate), the lexicons and knowledge
//! base embedded in `vigie-resources` for the loader targets, and at run time only a few pages
//! and texts from `../shared` when that folder exists (never copied into the repository).

pub mod mutate;
pub mod seeds;
pub mod targets;

use std::panic::{catch_unwind, AssertUnwindSafe};

pub use targets::{Harness, Target};

/// A failing input found by a run.
#[derive(Debug, Clone)]
pub struct Finding {
    pub iteration: u64,
    pub input: Vec<u8>,
    pub message: String,
}

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic with a non-string payload".to_string())
}

/// Runs `harness` on `input`, turning a panic into its message.
pub fn run_caught(harness: &mut Harness, input: &[u8]) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| harness.run(input))).map_err(|p| panic_message(&*p))
}

/// Runs `f` on a thread with the target's stack size, as the parser runs in `vigie`.
pub fn on_target_stack<T: Send>(target: Target, f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name(format!("fuzz-{}", target.name()))
            .stack_size(target.stack_size())
            .spawn_scoped(s, f)
            .expect("spawn fuzz thread")
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// Largest input of a [`property_run`]: the tests run unoptimised, where a multi-megabyte page
/// takes seconds; the timed runner goes up to [`mutate::MAX_INPUT`].
pub const PROPERTY_MAX_INPUT: usize = 256 << 10;

/// Largest seed of a [`property_run`].
pub const PROPERTY_MAX_SEED: usize = 64 << 10;

/// A short seeded run: every seed once, then `iterations` generated inputs. Returns the
/// findings (empty when the target held). Panics are caught and reported; a stack overflow
/// aborts the process, which fails the test run too.
pub fn property_run(target: Target, seed: u64, iterations: u64) -> Vec<Finding> {
    let mut seeds = seeds::load(target, false);
    // The whole knowledge base files (up to 600 KB each) take seconds per parse unoptimised.
    seeds.retain(|s| s.len() <= PROPERTY_MAX_SEED);
    on_target_stack(target, || {
        let mut harness = Harness::new(target).expect("fuzz harness");
        let mut findings = Vec::new();
        for (i, s) in seeds.iter().enumerate() {
            if let Err(message) = run_caught(&mut harness, s) {
                findings.push(Finding {
                    iteration: i as u64,
                    input: s.clone(),
                    message: format!("seed: {message}"),
                });
            }
        }
        let mut generator =
            mutate::Generator::new(seed, &seeds, target.grammar()).with_max(PROPERTY_MAX_INPUT);
        for iteration in 0..iterations {
            let input = generator.next_input();
            if let Err(message) = run_caught(&mut harness, &input) {
                findings.push(Finding {
                    iteration,
                    input,
                    message,
                });
            }
        }
        findings
    })
}

/// Describes findings for a test failure: message and the first bytes of each input.
pub fn describe(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            let head: Vec<u8> = f.input.iter().copied().take(200).collect();
            format!(
                "iteration {}: {} ({} bytes, starting {:?})",
                f.iteration,
                f.message,
                f.input.len(),
                String::from_utf8_lossy(&head)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
