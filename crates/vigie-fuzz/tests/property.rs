//! A short seeded fuzz run per target, so CI guards every parser against the inputs the
//! generator makes (deep nesting, huge lines, invalid UTF-8, legacy encodings…). The timed
//! runner (`cargo run --release -p vigie-fuzz -- --target all --seconds 600`) goes much
//! further; this keeps the whole crate's tests within seconds on a 2-core machine.
//!
//! The events lexicon target sets `VIGIE_RESOURCES` for its process, so it has its own test
//! binary (`tests/events_lexicon.rs`).

use vigie_fuzz::{describe, property_run, Target};

/// Fixed, so a failure here reproduces exactly.
const SEED: u64 = 0x5eed_f022;

fn check(target: Target, iterations: u64) {
    let findings = property_run(target, SEED, iterations);
    assert!(
        findings.is_empty(),
        "{} findings for {}:\n{}",
        findings.len(),
        target.name(),
        describe(&findings)
    );
}

#[test]
fn html_extraction_survives_generated_pages() {
    check(Target::Html, 60);
}

#[test]
fn text_files_read_or_fail_with_their_path() {
    check(Target::Text, 150);
}

#[test]
fn json_lines_read_or_fail_with_path_and_line() {
    check(Target::Jsonl, 150);
}

#[test]
fn charset_detection_survives_any_bytes() {
    check(Target::Charset, 300);
}

#[test]
fn date_parsing_survives_any_text_and_anchor() {
    check(Target::Dates, 150);
}

#[test]
fn search_queries_return_hits_or_an_error() {
    check(Target::Query, 150);
}

#[test]
fn knowledge_base_loader_warns_with_the_path() {
    check(Target::Kb, 200);
}

#[test]
fn lexicon_loaders_fail_with_the_path() {
    check(Target::Lexicons, 200);
}
