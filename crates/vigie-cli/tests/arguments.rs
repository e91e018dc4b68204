//! The edges of the command line: every argument is validated where it is parsed, read commands
//! never create a store, exit codes follow the README, cut output says so, and diagnostics never
//! panic. Each class is one test over files the test writes.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::*;

/// The usage exit code (`sysexits.h` EX_USAGE), documented in the README.
const USAGE: i32 = 64;

/// A small store: three articles written here (fr, en), enough for every read command.
fn small_store(dir: &Path) -> std::path::PathBuf {
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::write(
        inputs.join("a.jsonl"),
        concat!(
            r#"{"text":"Le président biélorusse Alexandre Loukachenko a accusé la Pologne de provocations à la frontière. « Nous ne céderons pas », a-t-il déclaré à Minsk.","title":"Minsk accuse Varsovie","published":"2026-11-05","language":"fr"}"#,
            "\n",
            r#"{"text":"Lithuania closed two border crossings with Belarus on Tuesday, the interior ministry in Vilnius said. Drones were seen near the border.","title":"Lithuania closes crossings","published":"2026-11-03","language":"en"}"#,
            "\n",
            r#"{"text":"Des drones ont survolé la frontière entre la Biélorussie et la Lituanie, selon les garde-frontières lituaniens.","title":"Drones à la frontière","published":"2026-10-28","language":"fr"}"#,
            "\n"
        ),
    )
    .unwrap();
    let data = dir.join("data");
    let (code, summary) = ingest(&data, &[&inputs], &["-q"]);
    assert_eq!(code, Some(0), "{summary}");
    assert_eq!(summary["ingested"], 3, "{summary}");
    data
}

/// Runs vigie and checks a usage error: exit code, one line naming the argument, nothing on stdout.
fn assert_usage_error(data: &Path, args: &[&str], names: &str) {
    let out = vigie(data, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(USAGE), "{args:?}: {err}");
    assert!(stdout(&out).is_empty(), "{args:?} printed {}", stdout(&out));
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.contains(names),
        "{args:?}: the first line should name {names}: {err}"
    );
    assert!(!err.contains("panicked"), "{args:?}: {err}");
}

#[test]
fn bad_values_are_usage_errors_that_name_the_argument() {
    let tmp = tempfile::tempdir().unwrap();
    let data = small_store(tmp.path());
    for (args, names) in [
        (&["search", "drones", "--since", "foo"][..], "--since"),
        (&["events", "--since", "yesterday"][..], "--since"),
        (&["articles", "--since", "yesterday"][..], "--since"),
        (&["articles", "--until", "2026-02-30"][..], "--until"),
        (&["articles", "--language", "xx"][..], "--language"),
        (
            &["search", "drones", "--language", "klingon"][..],
            "--language",
        ),
        (&["articles", "--limit=-3"][..], "--limit"),
        (&["entities", "--limit", "many"][..], "--limit"),
        (&["entities", "--type", "spaceship"][..], "--type"),
        (&["events", "--code", "BOMBING"][..], "--code"),
        (&["events", "--code", "99"][..], "--code"),
        (&["search", ""][..], "QUERY"),
        (&["search", "   "][..], "QUERY"),
    ] {
        assert_usage_error(&data, args, names);
    }
    let show_id = &json_lines(&vigie(&data, &["articles", "--json"]))[0]["id"];
    let id = show_id.as_str().unwrap();
    assert_usage_error(&data, &["show", id, "--layers", "eventz"], "--layers");
    // What the errors accept is in the message.
    let err = stderr(&vigie(&data, &["articles", "--language", "xx"]));
    assert!(err.contains("fr") && err.contains("ru"), "{err}");
    let err = stderr(&vigie(&data, &["articles", "--since", "foo"]));
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn good_values_in_every_accepted_form_work() {
    let tmp = tempfile::tempdir().unwrap();
    let data = small_store(tmp.path());
    let count = |args: &[&str]| {
        let out = vigie(&data, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        json_lines(&out).len()
    };
    assert_eq!(count(&["articles", "--json", "--language", "FR"]), 2);
    assert_eq!(count(&["articles", "--json", "--since", "2026-11"]), 2);
    assert_eq!(count(&["articles", "--json", "--until", "2026-10"]), 1);
    assert_eq!(count(&["articles", "--json", "--since", "2026"]), 3);
    // Plural layer names are the same layers.
    let id = json_lines(&vigie(&data, &["articles", "--json"]))[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let one = stdout(&vigie(&data, &["show", &id, "--layers", "mention"]));
    let plural = stdout(&vigie(&data, &["show", &id, "--layers", "mentions"]));
    assert!(one.contains("── mention"), "{one}");
    assert_eq!(one, plural);
}

#[test]
fn read_commands_never_create_a_store() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nothing-here");
    for args in [
        &["articles"][..],
        &["search", "drones"],
        &["stats"],
        &["show", "abc"],
        &["export"],
        &["events"],
        &["quotes"],
        &["entities"],
        &["entity", "Minsk"],
    ] {
        let out = vigie(&missing, args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("no store at"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        assert!(!missing.exists(), "{args:?} created {}", missing.display());
    }
}

#[test]
fn exit_codes_follow_the_readme() {
    let tmp = tempfile::tempdir().unwrap();
    let data = small_store(tmp.path());
    // A missing input path: could not run (1), nothing ingested, the OS error said once.
    let out = vigie(&data, &["ingest", "-q", "/no/such/path.txt"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("/no/such/path.txt"), "{err}");
    assert!(
        err.matches("No such file").count() <= 1,
        "OS error printed twice: {err}"
    );
    // Nothing found is not success.
    let out = vigie(&data, &["entity", "Nobody Atall"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("no actor named"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "no empty report: {}", stdout(&out));
    let out = vigie(&data, &["show", "ffffffffffff"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Help and version are not errors.
    assert_eq!(vigie(&data, &["--help"]).status.code(), Some(0));
    assert_eq!(vigie(&data, &["--version"]).status.code(), Some(0));
    // An unknown subcommand is a usage error.
    assert_eq!(vigie(&data, &["frobnicate"]).status.code(), Some(USAGE));
}

#[test]
fn cut_output_says_so_and_limit_zero_means_all() {
    let tmp = tempfile::tempdir().unwrap();
    let data = small_store(tmp.path());
    for cmd in [
        &["articles"][..],
        &["entities"],
        &["search", "frontière OR border"],
    ] {
        let mut args = cmd.to_vec();
        args.extend(["--json", "--limit", "1"]);
        let out = vigie(&data, &args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(json_lines(&out).len(), 1, "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("showing") && err.contains("--limit"),
            "{args:?} should say it was cut: {err}"
        );
        let mut all = cmd.to_vec();
        all.extend(["--json", "--limit", "0"]);
        let out = vigie(&data, &all);
        assert!(json_lines(&out).len() > 1, "{all:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("showing"), "{all:?}");
    }
    // Quote markers are explained in --help.
    let help = stdout(&vigie(&data, &["quotes", "--help"]));
    assert!(help.contains("«»") && help.contains("reported"), "{help}");
}

#[test]
fn a_closed_stderr_is_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let data = small_store(tmp.path());
    // `2>&-`: the child gets no stderr at all. Diagnostics ("no match", errors) must not panic.
    for args in [
        &["search", "zzzzunfound"][..],
        &["articles", "--since", "foo"],
        &["entity", "Nobody Atall"],
    ] {
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "\"$0\" --data-dir \"$1\" {} 2>&-",
                args.iter()
                    .map(|a| format!("'{a}'"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ))
            .arg(env!("CARGO_BIN_EXE_vigie"))
            .arg(&data)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert_ne!(status.code(), Some(101), "{args:?} panicked");
        assert!(status.code().is_some(), "{args:?} died of a signal");
    }
}
