//! Helpers for driving the `vigie` binary in integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

pub fn example_corpus() -> PathBuf {
    repo_root().join("examples/corpus")
}

/// `../shared/corpus/dev` beside the repository, when present.
pub fn dev_corpus() -> Option<PathBuf> {
    let p = repo_root().join("../shared/corpus/dev");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

/// Runs vigie with a data dir; returns the output.
pub fn vigie(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run vigie")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses `--json` output: one JSON object per line.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// Runs `vigie ingest --json` and returns the summary.
pub fn ingest(data: &Path, inputs: &[&Path], extra: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut args: Vec<String> = vec!["ingest".into(), "--json".into()];
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = vigie(data, &refs);
    let summary = json_lines(&out)
        .pop()
        .unwrap_or_else(|| panic!("no summary; stderr: {}", stderr(&out)));
    (out.status.code(), summary)
}

pub fn stats(data: &Path) -> serde_json::Value {
    let out = vigie(data, &["stats", "--json"]);
    json_lines(&out).pop().expect("stats")
}
