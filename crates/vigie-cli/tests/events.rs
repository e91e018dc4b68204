//! `vigie events`, `vigie export events` and `vigie eval events` end to end: events are coded
//! at ingest with CAMEO, PLOVER, Goldstein and modality; listed and filtered; exported as JSON
//! Lines, CSV and GDELT rows; scored on the public gold sets when they are present.

mod common;

use common::*;

const ARTICLE: &str = "La Russie et la Biélorussie\n\n\
La Russie a attaqué l’Ukraine le 24 février 2022.\n\n\
Les États-Unis ont condamné la Russie.\n\n\
La Biélorussie n’a pas participé aux combats en Ukraine.\n\n\
Selon une source, des unités biélorusses pourraient entrer en Ukraine dans les prochains jours.\n\n\
Il faisait beau à Minsk ce jour-là.\n";

fn store_with_article(dir: &std::path::Path) -> std::path::PathBuf {
    let input = dir.join("article.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let data = dir.join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    data
}

#[test]
fn events_are_coded_listed_and_filtered() {
    let dir = tempfile::tempdir().unwrap();
    let data = store_with_article(dir.path());

    // Default listing: asserted events only (negated ones included), no hypothetical.
    let rows = json_lines(&vigie(&data, &["events", "--json"]));
    let attack = rows
        .iter()
        .find(|r| r["source_code"] == "RUS" && r["target_code"] == "UKR")
        .unwrap_or_else(|| panic!("no RUS→UKR event in {rows:?}"));
    assert!(
        attack["cameo"].as_str().unwrap().starts_with("19"),
        "{attack}"
    );
    assert_eq!(attack["plover"], "ASSAULT");
    assert!(attack["goldstein"].as_f64().unwrap() < -5.0);
    assert_eq!(attack["reported_by"], "article");
    assert!(attack["evidence"].as_str().unwrap().contains("attaqué"));
    let negated = rows
        .iter()
        .find(|r| r["negated"] == true)
        .unwrap_or_else(|| panic!("no negated event in {rows:?}"));
    assert_eq!(
        negated["source_code"].as_str().map(|c| &c[..3]),
        Some("BLR")
    );
    assert!(rows.iter().all(|r| r["hypothetical"].is_null()), "{rows:?}");
    // The weather sentence matches no pattern: no catch-all event.
    assert!(rows
        .iter()
        .all(|r| !r["evidence"].as_str().unwrap().contains("beau")));

    let with_hyp = json_lines(&vigie(
        &data,
        &["events", "--include-hypothetical", "--json"],
    ));
    assert!(
        with_hyp.iter().any(|r| r["hypothetical"] == "prediction"),
        "{with_hyp:?}"
    );

    let by_code = json_lines(&vigie(&data, &["events", "--code", "ACCUSE", "--json"]));
    assert!(!by_code.is_empty());
    assert!(
        by_code.iter().all(|r| r["plover"] == "ACCUSE"),
        "{by_code:?}"
    );
    let by_source = json_lines(&vigie(
        &data,
        &["events", "--source", "united states", "--json"],
    ));
    assert!(!by_source.is_empty());
    assert!(by_source.iter().all(|r| r["source_code"] == "USA"));
    let later = json_lines(&vigie(
        &data,
        &["events", "--since", "2030-01-01", "--json"],
    ));
    assert!(later.is_empty(), "{later:?}");

    let text = stdout(&vigie(&data, &["events"]));
    assert!(text.contains("ASSAULT"), "{text}");
}

#[test]
fn events_export_as_gdelt_csv_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let data = store_with_article(dir.path());

    let out = vigie(&data, &["export", "events", "--format", "gdelt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let gdelt = stdout(&out);
    let rows: Vec<Vec<&str>> = gdelt.lines().map(|l| l.split('\t').collect()).collect();
    assert!(!rows.is_empty());
    for r in &rows {
        assert_eq!(r.len(), 61, "{r:?}");
    }
    let attack = rows
        .iter()
        .find(|r| r[5] == "RUS" && r[15] == "UKR")
        .expect("RUS→UKR row");
    // Actor1CountryCode, EventRootCode, QuadClass (material conflict), NumMentions.
    assert_eq!(attack[7], "RUS");
    assert_eq!(attack[28], "19");
    assert_eq!(attack[29], "4");
    assert_eq!(attack[31], "1");

    let csv = stdout(&vigie(&data, &["export", "events", "--format", "csv"]));
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("article,date,source,source_code,cameo,plover"));
    assert_eq!(lines.count(), rows.len());

    let jsonl = json_lines(&vigie(&data, &["export", "events", "--format", "jsonl"]));
    assert_eq!(jsonl.len(), rows.len());

    // Articles stay the default subject; gdelt is for events only.
    let articles = json_lines(&vigie(&data, &["export"]));
    assert_eq!(articles.len(), 1);
    assert!(!vigie(&data, &["export", "--format", "gdelt"])
        .status
        .success());
}

#[test]
fn eval_events_on_the_public_sets_when_present() {
    let dir = tempfile::tempdir().unwrap();
    let gsr = repo_root().join("../shared/eval/events/plover-gsr");
    if gsr.is_dir() {
        let report = dir.path().join("gsr.json");
        let out = vigie(
            dir.path(),
            &[
                "eval",
                "events",
                "--dataset",
                gsr.to_str().unwrap(),
                "--limit",
                "40",
                "--output",
                report.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains("PLOVER-GSR"));
        let r: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert_eq!(r["sentences"], 40);
        assert!(r["triples"]["true_positives"].as_u64().unwrap() > 0);
    } else {
        eprintln!("skipped: {} is absent", gsr.display());
    }
    if let Some(dev) = dev_corpus() {
        let out = vigie(
            dir.path(),
            &["eval", "events", "--dataset", dev.to_str().unwrap()],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains("French dev gold"), "{text}");
        assert!(text.contains("precision"));
    }
}
