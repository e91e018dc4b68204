//! Damaged stores and concurrent writers, end to end: a removed or truncated index file, random
//! bytes inside the database, two ingests at once, a read-only store, a deeply nested query, and
//! read commands on a data directory that does not exist. Each probe has the bound the issue
//! gives it.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use common::*;

const BODY: &str = "Les gardes-frontières lituaniens ont signalé mardi des drones venus de \
Biélorussie. Le ministère de la Défense a confirmé l'incident et convoqué l'ambassadeur. \
Selon le porte-parole, « aucune trace n'a été retrouvée au sol ». Les autorités de Minsk \
n'ont pas réagi. Des patrouilles supplémentaires ont été déployées le long de la frontière.";

/// `n` small distinct articles in `dir/name/`.
fn write_inputs(dir: &Path, name: &str, n: usize) -> PathBuf {
    let input = dir.join(name);
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..n {
        let text = format!(
            "Dépêche {name} {i}\n\n{BODY} Le bilan numéro {i} fait état de {} appareils.\n\n{BODY}\n",
            i * 7 + 3
        );
        std::fs::write(input.join(format!("{i:04}.txt")), text).unwrap();
    }
    input
}

/// A store holding `n` articles; returns (tempdir guard, store path).
fn ingested(n: usize) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let input = write_inputs(tmp.path(), "in", n);
    let data = tmp.path().join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    assert_eq!(summary["ingested"].as_u64(), Some(n as u64), "{summary}");
    (tmp, data)
}

fn index_file(data: &Path, extension: &str) -> PathBuf {
    std::fs::read_dir(data.join("index"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == extension))
        .unwrap_or_else(|| panic!("no .{extension} file in the index"))
}

fn truncate_half(file: &Path) {
    let len = std::fs::metadata(file).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(file)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
}

/// 8 KiB of pseudo-random bytes written into the middle of the file.
fn scribble(file: &Path) {
    use std::io::{Seek, SeekFrom, Write};
    let len = std::fs::metadata(file).unwrap().len();
    assert!(
        len > 32 * 1024,
        "{} too small to damage: {len}",
        file.display()
    );
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let mut f = std::fs::OpenOptions::new().write(true).open(file).unwrap();
    f.seek(SeekFrom::Start(len / 2)).unwrap();
    f.write_all(&bytes).unwrap();
}

/// Path → (size, modification time) of every file under `dir`.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                let rel = entry.path().strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, (meta.len(), meta.modified().unwrap()));
            }
        }
    }
    out
}

fn one_line_error(out: &std::process::Output) -> String {
    let err = stderr(out);
    assert_eq!(err.trim().lines().count(), 1, "one line expected: {err}");
    err
}

/// Probe: one index file removed or truncated. `stats` sees it (exit 3), `ingest` rebuilds
/// the index from SQLite and carries on, after which everything agrees again.
#[test]
fn a_removed_or_truncated_index_file_is_seen_and_rebuilt_by_ingest() {
    for damage in ["remove", "truncate"] {
        let (tmp, data) = ingested(12);
        match damage {
            "remove" => std::fs::remove_file(index_file(&data, "idx")).unwrap(),
            _ => truncate_half(&index_file(&data, "store")),
        }
        let out = vigie(&data, &["stats", "--json"]);
        assert_eq!(out.status.code(), Some(3), "{damage}: {}", stderr(&out));
        let s = json_lines(&out).pop().unwrap();
        assert_eq!(s["consistent"], false, "{damage}: {s}");
        assert!(s["index_problem"].is_string(), "{damage}: {s}");
        assert_eq!(s["articles"], 12);

        let more = write_inputs(tmp.path(), "more", 1);
        let (code, summary) = ingest(&data, &[&more], &[]);
        assert_eq!(code, Some(0), "{damage}: {summary}");
        let s = stats(&data);
        assert_eq!(s["consistent"], true, "{damage}: {s}");
        assert_eq!(s["indexed_documents"], 13, "{damage}: {s}");
        let hits = json_lines(&vigie(
            &data,
            &["search", "drones", "--json", "--limit", "100"],
        ));
        assert_eq!(hits.len(), 13, "{damage}");
        let out = vigie(&data, &["stats", "--check"]);
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    }
}

/// Probe: the commands that need only SQLite work on a damaged index.
#[test]
fn sqlite_commands_work_whatever_the_index() {
    let (_tmp, data) = ingested(6);
    std::fs::remove_file(index_file(&data, "idx")).unwrap();
    truncate_half(&index_file(&data, "store"));
    let rows = json_lines(&vigie(&data, &["articles", "--json"]));
    assert_eq!(rows.len(), 6);
    let id = rows[0]["id"].as_str().unwrap();
    let show = vigie(&data, &["show", id]);
    assert!(show.status.success(), "{}", stderr(&show));
    let export = vigie(&data, &["export", "--format", "jsonl"]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert_eq!(json_lines(&export).len(), 6);
}

/// Probe: a reader does not rebuild the index; search says what is wrong and what rebuilds it.
/// (Needs `search` to open the store with `Store::open_reader`.)
#[test]
fn search_on_a_damaged_index_says_how_to_rebuild_it() {
    let (_tmp, data) = ingested(4);
    std::fs::remove_file(index_file(&data, "idx")).unwrap();
    let out = vigie(&data, &["search", "drones"]);
    assert_eq!(out.status.code(), Some(1));
    let err = one_line_error(&out);
    assert!(
        err.contains("search index") && err.contains("--repair"),
        "{err}"
    );
}

/// `stats --check --repair` rebuilds a damaged index and says so.
#[test]
fn stats_repair_rebuilds_the_index() {
    let (_tmp, data) = ingested(5);
    truncate_half(&index_file(&data, "store"));
    assert_eq!(vigie(&data, &["stats", "--check"]).status.code(), Some(3));
    let out = vigie(&data, &["stats", "--check", "--repair"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stderr(&out).contains("rebuilt"), "{}", stderr(&out));
    assert!(stdout(&out).contains("consistent:        yes"));
}

/// Probe: 8 KB of random bytes inside the SQLite file. `stats` does not call the store
/// consistent, `ingest` refuses it with a clear message and exit 1, and writes nothing.
#[test]
fn a_damaged_database_is_reported_and_ingest_refuses_it() {
    let (tmp, data) = ingested(40);
    let db = data.join("vigie.sqlite");
    scribble(&db);
    let out = vigie(&data, &["stats"]);
    assert_ne!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("consistent:        yes"));
    assert!(
        format!("{}{}", stdout(&out), stderr(&out)).contains("DAMAGED")
            || stderr(&out).contains("damaged"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let bytes = std::fs::read(&db).unwrap();
    let more = write_inputs(tmp.path(), "more", 2);
    let out = vigie(&data, &["ingest", "--quiet", more.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = one_line_error(&out);
    assert!(err.contains("damaged"), "{err}");
    assert!(
        std::fs::read(&db).unwrap() == bytes,
        "ingest wrote into a damaged database"
    );
}

/// Probe: two `vigie ingest` on one store. The second is refused in under a second, naming the
/// first's pid, before writing anything. (Needs `ingest` to open with `Store::open_writer`.)
#[test]
fn a_second_ingest_is_refused_at_once_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let big = write_inputs(tmp.path(), "big", 400);
    let other = write_inputs(tmp.path(), "other", 3);
    let data = tmp.path().join("store");
    let mut first = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--data-dir")
        .arg(&data)
        .args(["ingest", "--quiet", "--batch-size", "10"])
        .arg(&big)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the first holds the lock and has written a batch.
    let lock = data.join("vigie.lock");
    let deadline = Instant::now() + Duration::from_secs(120);
    while std::fs::read_to_string(&lock).map_or(true, |s| s.trim().is_empty())
        || stats_articles(&data) == 0
    {
        assert!(Instant::now() < deadline, "first ingest never started");
        assert!(
            first.try_wait().unwrap().is_none(),
            "first ingest ended too soon"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let started = Instant::now();
    let out = vigie(&data, &["ingest", "--quiet", other.to_str().unwrap()]);
    let took = started.elapsed();
    let still_running = first.try_wait().unwrap().is_none();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = one_line_error(&out);
    assert!(
        err.contains(&format!("in use by process {}", first.id())),
        "{err}"
    );
    assert!(took < Duration::from_secs(1), "refused after {took:?}");
    assert!(
        still_running,
        "the first ingest must still be running for this test to mean anything"
    );
    assert!(first.wait().unwrap().success());
    // Nothing of the second: exactly the first's articles.
    let s = stats(&data);
    assert_eq!(s["articles"], 400, "{s}");
    assert_eq!(s["consistent"], true, "{s}");
}

fn stats_articles(data: &Path) -> u64 {
    let out = vigie(data, &["stats", "--json"]);
    json_lines(&out)
        .pop()
        .and_then(|s| s["articles"].as_u64())
        .unwrap_or(0)
}

/// Issue 11: read commands on a data directory that does not exist fail with one line and
/// create nothing; only ingest creates a store. (Needs the read commands to open with
/// `Store::open_reader`.)
#[test]
fn read_commands_never_create_a_store() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("nothing-here");
    for args in [
        vec!["stats"],
        vec!["articles"],
        vec!["show", "abc"],
        vec!["search", "drones"],
        vec!["export", "--format", "jsonl"],
    ] {
        let out = vigie(&data, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = one_line_error(&out);
        assert!(
            err.contains(&format!("no store at {}", data.display()))
                && err.contains("run `vigie ingest` first"),
            "{args:?}: {err}"
        );
        assert!(!data.exists(), "{args:?} created {}", data.display());
    }
}

/// Readers never write: after read commands, every file of the store is as it was (SQLite's
/// WAL coordination files aside, which hold no data). (Needs the read commands to open with
/// `Store::open_reader`.)
#[test]
fn read_commands_change_no_file() {
    let (_tmp, data) = ingested(5);
    std::thread::sleep(Duration::from_millis(20));
    let data_files = |s: BTreeMap<PathBuf, (u64, SystemTime)>| {
        s.into_iter()
            .filter(|(p, _)| {
                let name = p.to_string_lossy();
                !name.ends_with("-shm") && !name.ends_with("-wal")
            })
            .collect::<BTreeMap<_, _>>()
    };
    let before = data_files(snapshot(&data));
    for args in [
        vec!["stats"],
        vec!["stats", "--check"],
        vec!["articles"],
        vec!["search", "drones"],
        vec!["export", "--format", "jsonl"],
    ] {
        let out = vigie(&data, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(
            before,
            data_files(snapshot(&data)),
            "{args:?} changed a file"
        );
    }
}

/// Probe: a read-only store (`chmod -R a-w`). Tests run as root, where permissions do not stop
/// writes, so the commands then run as `nobody` (through `setpriv`).
#[test]
fn a_read_only_store_is_readable() {
    let (tmp, data) = ingested(5);
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let setpriv = Path::new("/usr/bin/setpriv").exists();
    if is_root && !setpriv {
        eprintln!("skipped: running as root without setpriv, a read-only store cannot be made");
        return;
    }
    // Let `nobody` reach the store, then make it read-only for everyone.
    let chmod = |mode: &str, path: &Path, recursive: bool| {
        let mut c = Command::new("chmod");
        if recursive {
            c.arg("-R");
        }
        assert!(c.arg(mode).arg(path).status().unwrap().success());
    };
    chmod("a+rx", tmp.path(), false);
    chmod("a+rX", &data, true);
    chmod("a-w", &data, true);
    let before = snapshot(&data);
    let run = |args: &[&str]| {
        let mut c = if is_root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
            c.arg(env!("CARGO_BIN_EXE_vigie"));
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_vigie"))
        };
        c.arg("--data-dir").arg(&data).args(args);
        c.stdin(Stdio::null()).output().unwrap()
    };
    let out = run(&["stats", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json_lines(&out).pop().unwrap()["consistent"], true);
    let out = run(&["articles", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out).len(), 5);
    let out = run(&["search", "drones", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out).len(), 5);
    let out = run(&["export", "--format", "jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        before,
        snapshot(&data),
        "a read command changed the read-only store"
    );
    chmod("u+w", &data, true);
}

/// Probe: a query of 5,000 nested `(` is a one-line error (exit 1), not a stack overflow.
#[test]
fn a_deeply_nested_query_is_an_error_not_a_crash() {
    let (_tmp, data) = ingested(2);
    let query = "(".repeat(5000) + "drones";
    let out = vigie(&data, &["search", &query]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = one_line_error(&out);
    assert!(err.contains("nested"), "{err}");
    assert!(
        err.len() < 400,
        "the message should not repeat the whole query: {err}"
    );
}
