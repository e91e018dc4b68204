//! The timed runner: a campaign of two seconds runs inputs in a worker process and writes its
//! summary line.

use std::process::Command;

#[test]
fn a_short_campaign_reports_iterations_and_no_findings() {
    let out = tempfile::tempdir().expect("temporary folder");
    let run = Command::new(env!("CARGO_BIN_EXE_vigie-fuzz"))
        .args([
            "--target",
            "charset",
            "--seconds",
            "2",
            "--shared",
            "false",
            "--out",
        ])
        .arg(out.path())
        .output()
        .expect("run vigie-fuzz");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}");
    let summary = std::fs::read_to_string(out.path().join("summary.tsv")).expect("summary.tsv");
    assert_eq!(summary.trim(), stdout.trim());
    let fields: Vec<&str> = summary.trim().split('\t').collect();
    assert_eq!(fields[0], "charset");
    assert_eq!(fields[3], "0 findings");
    let iterations: u64 = fields[2]
        .strip_suffix(" iterations")
        .and_then(|n| n.parse().ok())
        .expect("iteration count");
    assert!(iterations > 10, "{summary}");
}

#[test]
fn an_unknown_target_is_refused_with_the_list() {
    let run = Command::new(env!("CARGO_BIN_EXE_vigie-fuzz"))
        .args(["--target", "nope", "--seconds", "1"])
        .output()
        .expect("run vigie-fuzz");
    assert_eq!(run.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("unknown target") && stdout.contains("events-lexicon"),
        "{stdout}"
    );
}
