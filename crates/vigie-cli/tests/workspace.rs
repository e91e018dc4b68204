//! The workspace issue end to end: ingest the example corpus, idempotence, listing, search with
//! and without accents, export round trip, bad input, stdin, and kill-and-resume.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn count_articles(data: &std::path::Path) -> u64 {
    stats(data)["articles"].as_u64().unwrap()
}

#[test]
fn ingest_example_corpus_is_idempotent_and_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let corpus = example_corpus();
    let (code, first) = ingest(&data, &[&corpus], &[]);
    assert_eq!(code, Some(0), "{first}");
    let n = first["ingested"].as_u64().unwrap();
    assert!(
        n >= 17,
        "example corpus should have at least 17 articles, got {first}"
    );
    assert_eq!(first["failed"], 0);

    let (code, second) = ingest(&data, &[&corpus], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        second["ingested"], 0,
        "second ingest must add nothing: {second}"
    );
    assert_eq!(second["already_present"].as_u64().unwrap(), n);

    let s = stats(&data);
    assert_eq!(s["articles"].as_u64().unwrap(), n);
    assert_eq!(s["indexed_documents"].as_u64().unwrap(), n);
    assert_eq!(s["consistent"], true);

    // Listing: every article has a language; the JSON has the documented fields.
    let rows = json_lines(&vigie(&data, &["articles", "--json"]));
    assert_eq!(rows.len() as u64, n);
    assert!(rows.iter().all(|r| r["language"].is_string()), "{rows:?}");
    let fr = json_lines(&vigie(&data, &["articles", "--json", "--language", "fr"]));
    assert!(!fr.is_empty() && fr.iter().all(|r| r["language"] == "fr"));

    // Show by id prefix, with sources.
    let id = rows[0]["id"].as_str().unwrap();
    let shown = json_lines(&vigie(&data, &["show", &id[..10], "--json"]));
    assert_eq!(shown[0]["id"], id);
    assert!(shown[0]["sources"].as_array().unwrap().len() == 1);
    let text = vigie(&data, &["show", &id[..10]]);
    assert!(text.status.success());
    assert!(stdout(&text).contains(id));
}

#[test]
fn same_text_in_two_files_is_stored_once_with_both_sources() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let body =
        "Les gardes-frontières lituaniens ont signalé mardi trois drones venus de Biélorussie.\n";
    std::fs::write(input.join("a.txt"), body).unwrap();
    // Same text, different line endings and trailing whitespace: same article.
    std::fs::write(input.join("b.txt"), body.replace('\n', "\r\n") + "\n\n").unwrap();
    let data = dir.path().join("store");
    let (code, s) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(s["ingested"], 1, "{s}");
    assert_eq!(s["already_present"], 1, "{s}");
    let rows = json_lines(&vigie(&data, &["articles", "--json"]));
    let shown = json_lines(&vigie(
        &data,
        &["show", rows[0]["id"].as_str().unwrap(), "--json"],
    ));
    assert_eq!(
        shown[0]["sources"].as_array().unwrap().len(),
        2,
        "{}",
        shown[0]["sources"]
    );
}

#[test]
fn search_folds_accents_stems_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    ingest(&data, &[&example_corpus()], &[]);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["search", "--json", "--limit", "100"];
        a.extend_from_slice(args);
        let mut v: Vec<String> = json_lines(&vigie(&data, &a))
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    let plain = ids(&["bielorussie"]);
    let accented = ids(&["Biélorussie"]);
    assert!(
        !plain.is_empty(),
        "bielorussie should find the French articles"
    );
    assert_eq!(plain, accented, "search must fold case and diacritics");
    // Stemming: a plural finds the singular and vice versa (French and English analysers).
    assert!(!ids(&["drone"]).is_empty());
    assert_eq!(ids(&["drone"]), ids(&["drones"]));
    // Snippets are highlighted.
    let hits = json_lines(&vigie(&data, &["search", "--json", "bielorussie"]));
    assert!(hits
        .iter()
        .any(|h| !h["highlights"].as_array().unwrap().is_empty()));
    let text = stdout(&vigie(&data, &["search", "bielorussie"]));
    assert!(
        text.contains("**"),
        "non-terminal output marks matches with **: {text}"
    );
    // Language filter.
    let en = json_lines(&vigie(
        &data,
        &["search", "--json", "--language", "en", "Belarus"],
    ));
    assert!(!en.is_empty() && en.iter().all(|h| h["language"] == "en"));
    // Date range filter: nothing published in 2020, something in November 2026.
    assert!(ids(&["--since", "2020-01-01", "--until", "2020-12-31", "Belarus"]).is_empty());
    let nov = json_lines(&vigie(
        &data,
        &[
            "search",
            "--json",
            "--limit",
            "100",
            "--since",
            "2026-11-01",
            "--until",
            "2026-11-30",
            "Belarus",
        ],
    ));
    assert!(!nov.is_empty());
    assert!(nov.iter().all(|h| h["published"]
        .as_str()
        .is_some_and(|d| d.starts_with("2026-11"))));
}

#[test]
fn legacy_encodings_are_decoded_not_mangled() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    // A Windows-1251 page that declares its charset, as Russian-language outlets long did.
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>\xcc\xe8\xed\xf1\xea</title></head><body><article><p>".to_vec();
    // "Лукашенко заявил, что войска не войдут на территорию Украины." in Windows-1251.
    page.extend_from_slice(b"\xcb\xf3\xea\xe0\xf8\xe5\xed\xea\xee \xe7\xe0\xff\xe2\xe8\xeb, \xf7\xf2\xee \xe2\xee\xe9\xf1\xea\xe0 \xed\xe5 \xe2\xee\xe9\xe4\xf3\xf2 \xed\xe0 \xf2\xe5\xf0\xf0\xe8\xf2\xee\xf0\xe8\xfe \xd3\xea\xf0\xe0\xe8\xed\xfb.");
    page.extend_from_slice(b"</p></article></body></html>");
    std::fs::write(input.join("ru.html"), page).unwrap();
    // An undeclared Latin-1 text dump.
    std::fs::write(
        input.join("fr.txt"),
        b"Le pr\xe9sident bi\xe9lorusse a d\xe9clar\xe9 mardi que ses troupes \xe9taient pr\xeates.\n",
    )
    .unwrap();
    let data = dir.path().join("store");
    let (code, s) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{s}");
    assert_eq!(s["ingested"], 2, "{s}");
    let hits = |q: &str| json_lines(&vigie(&data, &["search", "--json", q])).len();
    assert_eq!(hits("Лукашенко"), 1, "the Cyrillic page must be searchable");
    assert_eq!(
        hits("biélorusse"),
        1,
        "the Latin-1 text must keep its accents"
    );
    let rows = json_lines(&vigie(&data, &["articles", "--json"]));
    let mut langs: Vec<&str> = rows.iter().filter_map(|r| r["language"].as_str()).collect();
    langs.sort();
    assert_eq!(langs, ["fr", "ru"]);
}

#[test]
fn export_round_trips_through_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    ingest(&data, &[&example_corpus()], &[]);
    let export = dir.path().join("export.jsonl");
    let out = vigie(
        &data,
        &[
            "export",
            "--format",
            "jsonl",
            "--output",
            export.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = std::fs::read_to_string(&export).unwrap();
    let records: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len() as u64, count_articles(&data));
    assert!(records
        .iter()
        .all(|r| r["text"].is_string() && r["annotations"].is_array()));

    // Ingesting the export into a fresh store yields the same article ids.
    let data2 = dir.path().join("store2");
    let (code, s) = ingest(&data2, &[&export], &[]);
    assert_eq!(code, Some(0), "{s}");
    let ids = |d: &std::path::Path| {
        let mut v: Vec<String> = json_lines(&vigie(d, &["articles", "--json"]))
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&data), ids(&data2));

    // CSV: a header and one row per article.
    let out = vigie(&data, &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(reader.headers().unwrap().get(0), Some("id"));
    assert_eq!(reader.records().count() as u64, count_articles(&data));
}

#[test]
fn bad_input_is_reported_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("good.txt"),
        "Vilnius a fermé le poste-frontière de Šalčininkai jeudi soir.\n",
    )
    .unwrap();
    std::fs::write(input.join("empty.txt"), "  \n").unwrap();
    std::fs::write(input.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    let mut latin1 = b"Le ministre a d\xe9clar\xe9 que la fronti\xe8re resterait ferm\xe9e jusqu'\xe0 nouvel ordre.".to_vec();
    latin1.push(b'\n');
    std::fs::write(input.join("latin1.txt"), latin1).unwrap();
    std::fs::write(
        input.join("feed.jsonl"),
        "{\"text\": \"Premier article du fil, publié lundi.\", \"url\": \"https://x.example/1\"}\n{\"text\": oops}\n{\"title\": \"no body\"}\n{\"text\": \"Troisième ligne valide du fil.\", \"language\": \"fr\"}\n",
    )
    .unwrap();
    std::fs::write(input.join("big.txt"), "mot ".repeat(5000)).unwrap();
    // (A missing input path is not a bad file but a bad command: `tests/arguments.rs`.)
    let data = dir.path().join("store");

    let (code, s) = ingest(&data, &[&input], &["--max-file-size", "10000"]);
    assert_eq!(
        code,
        Some(2),
        "some inputs failed, so the exit code says so: {s}"
    );
    assert_eq!(
        s["ingested"], 4,
        "good.txt, latin1.txt and two JSON lines: {s}"
    );
    let failures: Vec<(String, String)> = s["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["source"].as_str().unwrap().to_string(),
                f["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let reason_for = |needle: &str| -> String {
        failures
            .iter()
            .find(|(src, _)| src.contains(needle))
            .unwrap_or_else(|| panic!("no failure for {needle}: {failures:?}"))
            .1
            .clone()
    };
    assert!(reason_for("empty.txt").contains("empty"));
    assert!(reason_for("binary.txt").contains("binary"));
    assert!(reason_for("feed.jsonl:2").contains("malformed JSON"));
    assert!(reason_for("feed.jsonl:3").contains("no `text`"));
    assert!(reason_for("big.txt").contains("size limit"));
    assert_eq!(s["failed"].as_u64().unwrap(), failures.len() as u64);
    let warnings = s["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w["source"].as_str().unwrap().contains("latin1.txt")),
        "{warnings:?}"
    );

    // What was stored stays stored, and a second run adds nothing new.
    let (_, again) = ingest(&data, &[&input], &["--max-file-size", "10000"]);
    assert_eq!(again["ingested"], 0);
    assert_eq!(count_articles(&data), 4);
    assert_eq!(stats(&data)["consistent"], true);
}

#[test]
fn stdin_and_gzip_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "--data-dir",
            data.to_str().unwrap(),
            "ingest",
            "--json",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "The Lithuanian border guard said three drones crossed from Belarus.\n".as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(json_lines(&out)[0]["ingested"], 1);

    let gz = dir.path().join("a.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(b"{\"text\": \"Compressed line one about Minsk.\"}\n{\"text\": \"Compressed line two about Vilnius.\"}\n").unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let (code, s) = ingest(&data, &[&gz], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(s["ingested"], 2, "{s}");
}

#[test]
fn killed_ingest_resumes_to_a_consistent_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let n = 3000;
    for i in 0..n {
        let text = format!(
            "Article {i}. Les autorités de Vilnius ont signalé un incident numéro {i} à la frontière avec la Biélorussie. \
             Le ministère a déclaré que l'enquête se poursuivait et que {} gardes avaient été mobilisés.\n",
            i * 7 % 113
        );
        std::fs::write(input.join(format!("{i:05}.txt")), text).unwrap();
    }
    let data = dir.path().join("store");
    let wal = data.join("vigie.sqlite-wal");
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "--data-dir",
            data.to_str().unwrap(),
            "ingest",
            "--quiet",
            "--batch-size",
            "50",
            input.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once some batches have been committed (the WAL grows), mid-run.
    let started = Instant::now();
    while std::fs::metadata(&wal).map_or(0, |m| m.len()) < 200_000
        && started.elapsed() < Duration::from_secs(60)
    {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed_mid_run = child.try_wait().unwrap().is_none();
    child.kill().ok(); // SIGKILL on Unix
    child.wait().unwrap();
    if !killed_mid_run {
        eprintln!("note: ingest finished before it could be killed; checking consistency anyway");
    }

    let (code, s) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{s}");
    let st = stats(&data);
    assert_eq!(st["articles"].as_u64().unwrap(), n, "{st}");
    assert_eq!(
        st["indexed_documents"].as_u64().unwrap(),
        n,
        "index must agree with the database: {st}"
    );
    assert_eq!(st["sources"].as_u64().unwrap(), n);
    assert_eq!(st["consistent"], true);
    assert_eq!(
        s["ingested"].as_u64().unwrap() + s["already_present"].as_u64().unwrap(),
        n
    );
    // Search finds each article once.
    let hits = json_lines(&vigie(
        &data,
        &["search", "--json", "--limit", "5000", "Vilnius"],
    ));
    let mut ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len() as u64, n);
}

#[test]
fn dev_corpus_ingests_when_present() {
    let Some(dev) = dev_corpus() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let (code, s) = ingest(&data, &[&dev], &[]);
    assert_eq!(code, Some(0), "{s}");
    assert_eq!(
        s["ingested"], 3,
        "three .txt articles; the gold .json files are not articles: {s}"
    );
    let rows = json_lines(&vigie(&data, &["articles", "--json"]));
    assert!(rows.iter().all(|r| r["language"] == "fr"), "{rows:?}");
}
