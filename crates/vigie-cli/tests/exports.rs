//! `vigie export` as analysts load it: GDELT rows of asserted events only by default, with a
//! stable GlobalEventID and an optional header; dates every standard parser reads; spans with
//! byte and character offsets and words in every JSON output; cleaned text, quotes, mentions;
//! Parquet files read back with the parquet crate's own reader.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Int64Type};
use arrow_array::RecordBatch;
use arrow_schema::DataType;
use common::*;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

/// Asserted, negated and hypothetical events, with asserted ones after the others (so a row
/// counter would renumber them when the others are left out), a leftover line, a quote, and
/// names in Latin with accents, Cyrillic, and an emoji before them (bytes ≠ characters).
const ARTICLE: &str = "La Biélorussie et la guerre 🇧🇾\n\n\
La Russie a attaqué l’Ukraine le 24 février 2022.\n\n\
Lire aussi : notre dossier spécial sur la guerre\n\n\
La Biélorussie n’a pas participé aux combats en Ukraine.\n\n\
Selon une source, des unités biélorusses pourraient entrer en Ukraine dans les prochains jours.\n\n\
« Nous ne participerons pas à la guerre », a déclaré Alexandre Loukachenko 🙂.\n\n\
Лукашенко и Путин встретились в Москве.\n\n\
Les États-Unis ont condamné la Russie.\n";

fn store(dir: &Path) -> PathBuf {
    let input = dir.join("article.jsonl");
    let record = serde_json::json!({
        "text": ARTICLE,
        "url": "https://example.org/guerre",
        "published": "2022-10-12T14:30:00+02:00",
        "language": "fr",
    });
    std::fs::write(&input, format!("{record}\n")).unwrap();
    let data = dir.join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    data
}

fn run_ok(data: &Path, args: &[&str]) -> String {
    let out = vigie(data, args);
    assert!(
        out.status.success(),
        "vigie {args:?} failed: {}",
        stderr(&out)
    );
    stdout(&out)
}

fn tsv(s: &str) -> Vec<Vec<String>> {
    s.lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

#[test]
fn gdelt_rows_are_asserted_events_with_stable_ids_and_optional_header() {
    let dir = tempfile::tempdir().unwrap();
    let data = store(dir.path());

    // Every coded event, with its modality, from the JSON export of all of them.
    let all = json_lines(&vigie(
        &data,
        &[
            "export",
            "events",
            "--include-negated",
            "--include-hypothetical",
        ],
    ));
    assert!(all.iter().any(|r| r["negated"] == true), "{all:?}");
    assert!(all.iter().any(|r| !r["hypothetical"].is_null()), "{all:?}");
    let asserted: BTreeMap<i64, &serde_json::Value> = all
        .iter()
        .filter(|r| r["negated"] == false && r["hypothetical"].is_null())
        .map(|r| (r["event_id"].as_i64().unwrap(), r))
        .collect();
    assert!(!asserted.is_empty());
    let ids: BTreeSet<i64> = all
        .iter()
        .map(|r| r["event_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), all.len(), "event ids are unique: {all:?}");

    // Default GDELT export: asserted events only, GDELT's 61 columns, ids = the events' ids.
    let rows = tsv(&run_ok(&data, &["export", "events", "--format", "gdelt"]));
    assert_eq!(rows.len(), asserted.len(), "{rows:?}");
    for r in &rows {
        assert_eq!(r.len(), 61, "{r:?}");
        let id: i64 = r[0].parse().unwrap();
        let event = asserted
            .get(&id)
            .unwrap_or_else(|| panic!("GlobalEventID {id} is not an asserted event's id"));
        assert_eq!(r[26], event["cameo"].as_str().unwrap());
    }
    // The negated "n’a pas participé" is not in it (it is in the full export).
    let negated = all.iter().find(|r| r["negated"] == true).unwrap();
    let negated_id = negated["event_id"].as_i64().unwrap().to_string();
    assert!(rows.iter().all(|r| r[0] != negated_id));

    // Stable: the same ids on a second run and in a fresh store of the same article.
    let again = tsv(&run_ok(&data, &["export", "events", "--format", "gdelt"]));
    let firsts =
        |rows: &[Vec<String>]| -> Vec<String> { rows.iter().map(|r| r[0].clone()).collect() };
    assert_eq!(firsts(&rows), firsts(&again));
    let dir2 = tempfile::tempdir().unwrap();
    let data2 = store(dir2.path());
    let fresh = tsv(&run_ok(&data2, &["export", "events", "--format", "gdelt"]));
    assert_eq!(firsts(&rows), firsts(&fresh));

    // With the others: GDELT's columns, then IsNegated and Hypothetical; a header on request.
    let with = tsv(&run_ok(
        &data,
        &[
            "export",
            "events",
            "--format",
            "gdelt",
            "--include-negated",
            "--include-hypothetical",
            "--header",
        ],
    ));
    let header = &with[0];
    assert_eq!(header.len(), 63);
    assert_eq!(header[0], "GlobalEventID");
    assert_eq!(header[26], "EventCode");
    assert_eq!(header[60], "SOURCEURL");
    assert_eq!(&header[61..], ["IsNegated", "Hypothetical"]);
    assert_eq!(with.len() - 1, all.len());
    let row = with
        .iter()
        .find(|r| r[0] == negated_id)
        .expect("negated event exported with --include-negated");
    assert_eq!(row[61], "1");
    assert!(with[1..].iter().any(|r| r[61] == "0" && !r[62].is_empty()));
    // Ids of asserted events do not move when the others are added.
    let with_ids: BTreeSet<String> = with[1..].iter().map(|r| r[0].clone()).collect();
    assert!(rows.iter().all(|r| with_ids.contains(&r[0])));

    // Only negated ones added: no hypothetical row.
    let neg_only = tsv(&run_ok(
        &data,
        &["export", "events", "--format", "gdelt", "--include-negated"],
    ));
    assert!(neg_only.iter().all(|r| r.len() == 63 && r[62].is_empty()));
    assert!(neg_only.iter().any(|r| r[61] == "1"));
    // Flags that do not apply are refused.
    assert!(!vigie(&data, &["export", "--include-negated"])
        .status
        .success());
    assert!(!vigie(&data, &["export", "events", "--header"])
        .status
        .success());
}

#[test]
fn export_dates_parse_with_standard_parsers() {
    let dir = tempfile::tempdir().unwrap();
    let data = store(dir.path());
    let iso = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok();

    let csv_out = run_ok(
        &data,
        &[
            "export",
            "events",
            "--format",
            "csv",
            "--include-negated",
            "--include-hypothetical",
        ],
    );
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let field = |rec: &csv::StringRecord, name: &str| -> String {
        let i = headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {headers:?}"));
        rec[i].to_string()
    };
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(!records.is_empty());
    for rec in &records {
        let date = field(rec, "date");
        let granularity = field(rec, "date_granularity");
        if date.is_empty() {
            assert!(granularity.is_empty(), "{rec:?}");
        } else {
            assert!(iso(&date), "date {date:?} is not YYYY-MM-DD");
            assert!(
                ["day", "month", "year"].contains(&granularity.as_str()),
                "{rec:?}"
            );
        }
        assert_eq!(field(rec, "published"), "2022-10-12");
        assert_eq!(field(rec, "published_time"), "2022-10-12T14:30:00+02:00");
        assert!(field(rec, "event_id").parse::<i64>().unwrap() > 0);
    }
    assert!(records
        .iter()
        .any(|r| field(r, "date_granularity") == "day"));

    // Listed events use the same forms.
    let listed = json_lines(&vigie(&data, &["events", "--json"]));
    assert!(listed
        .iter()
        .all(|r| r["published"] == "2022-10-12" && r["date"].as_str().is_none_or(iso)));
    // Articles: one form for `published`, the time kept apart, the input as given.
    let articles = json_lines(&vigie(&data, &["export"]));
    assert_eq!(articles[0]["published"], "2022-10-12");
    assert_eq!(articles[0]["published_granularity"], "day");
    assert_eq!(articles[0]["published_time"], "2022-10-12T14:30:00+02:00");
    assert_eq!(
        articles[0]["published_as_given"],
        "2022-10-12T14:30:00+02:00"
    );

    // An article known to a month: its events are dated to the month, written as its first day.
    let month = dir.path().join("month.jsonl");
    let record = serde_json::json!({
        "text": "Bombardements\n\nLa Russie a bombardé Kharkiv.\n",
        "published": "2022-10",
        "language": "fr",
    });
    std::fs::write(&month, format!("{record}\n")).unwrap();
    let (code, summary) = ingest(&data, &[&month], &[]);
    assert_eq!(code, Some(0), "{summary}");
    let events = json_lines(&vigie(&data, &["export", "events"]));
    let kharkiv = events
        .iter()
        .find(|r| r["evidence"].as_str().unwrap().contains("Kharkiv"))
        .unwrap_or_else(|| panic!("no Kharkiv event in {events:?}"));
    assert_eq!(kharkiv["date"], "2022-10-01");
    assert_eq!(kharkiv["date_granularity"], "month");
    assert_eq!(kharkiv["published"], "2022-10-01");
    let articles = json_lines(&vigie(&data, &["export"]));
    let monthly = articles
        .iter()
        .find(|a| a["published_as_given"] == "2022-10")
        .unwrap();
    assert_eq!(monthly["published"], "2022-10-01");
    assert_eq!(monthly["published_granularity"], "month");
    assert!(monthly["published_time"].is_null());
    let path = dir.path().join("events.csv");
    run_ok(
        &data,
        &[
            "export",
            "events",
            "--format",
            "csv",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let (d, g) = (
        headers.iter().position(|h| h == "date").unwrap(),
        headers
            .iter()
            .position(|h| h == "date_granularity")
            .unwrap(),
    );
    let recs: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(recs
        .iter()
        .any(|r| &r[d] == "2022-10-01" && &r[g] == "month"));
    assert!(recs.iter().all(|r| r[d].is_empty() || iso(&r[d])));
}

/// `span` = {start, end, char_start, char_end, text}: both offsets give `text` in `full`.
fn check_span(full: &str, span: &serde_json::Value) {
    let get = |k: &str| {
        span[k]
            .as_u64()
            .unwrap_or_else(|| panic!("no {k} in {span}")) as usize
    };
    let words = span["text"]
        .as_str()
        .unwrap_or_else(|| panic!("no text in {span}"));
    assert_eq!(&full[get("start")..get("end")], words, "bytes of {span}");
    let chars: String = full
        .chars()
        .skip(get("char_start"))
        .take(get("char_end") - get("char_start"))
        .collect();
    assert_eq!(chars, words, "characters of {span}");
}

#[test]
fn every_json_annotation_carries_words_and_both_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let data = store(dir.path());
    let article = &json_lines(&vigie(&data, &["export"]))[0];
    let id = article["id"].as_str().unwrap();
    assert_eq!(article["text"], ARTICLE);

    // Articles export and `vigie show --json`: every annotation.
    for anns in [
        article["annotations"].as_array().unwrap().clone(),
        json_lines(&vigie(&data, &["show", id, "--json"]))[0]["annotations"]
            .as_array()
            .unwrap()
            .clone(),
    ] {
        assert!(anns.len() > 10);
        for a in &anns {
            check_span(ARTICLE, &a["span"]);
        }
    }
    // Names after the emoji: character offsets differ from byte offsets.
    let mentions = json_lines(&vigie(&data, &["export", "mentions"]));
    let luka = mentions
        .iter()
        .find(|m| m["text"] == "Лукашенко")
        .unwrap_or_else(|| panic!("no Лукашенко mention in {mentions:?}"));
    assert_ne!(luka["start"], luka["char_start"]);
    for m in &mentions {
        check_span(ARTICLE, m);
    }
    assert!(mentions.iter().any(|m| m["text"] == "Biélorussie"));

    // Events, quotes: the row's span and its sub-spans.
    let events = json_lines(&vigie(
        &data,
        &["events", "--json", "--include-hypothetical"],
    ));
    assert!(!events.is_empty());
    for e in &events {
        check_span(ARTICLE, &e["span"]);
        if !e["trigger_span"].is_null() {
            check_span(ARTICLE, &e["trigger_span"]);
        }
    }
    let quotes = json_lines(&vigie(&data, &["quotes", "--json"]));
    let quote = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains("participerons"))
        .unwrap_or_else(|| panic!("no quote in {quotes:?}"));
    check_span(ARTICLE, &quote["span"]);
    if !quote["speaker_span"].is_null() {
        check_span(ARTICLE, &quote["speaker_span"]);
    }
    for q in json_lines(&vigie(&data, &["export", "quotes"])) {
        check_span(ARTICLE, &q["span"]);
    }

    // `vigie entity --json`: each mention of each form.
    let entity = json_lines(&vigie(&data, &["entity", "Loukachenko", "--json"]));
    let spans: Vec<serde_json::Value> = entity
        .iter()
        .flat_map(|r| r["forms"].as_array().unwrap())
        .flat_map(|f| f["spans"].as_array().cloned().unwrap_or_default())
        .collect();
    assert!(spans.len() >= 2, "{entity:?}");
    for s in &spans {
        assert_eq!(s["article"], id);
        check_span(ARTICLE, s);
    }

    // `vigie extract --json` on the same text.
    let file = dir.path().join("same.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let extracted = &json_lines(&vigie(
        &data,
        &["extract", file.to_str().unwrap(), "--json"],
    ))[0];
    for a in extracted["annotations"].as_array().unwrap() {
        check_span(ARTICLE, &a["span"]);
    }
}

fn read_parquet(path: &Path) -> Vec<RecordBatch> {
    let file = std::fs::File::open(path).unwrap();
    ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap()
        .map(|b| b.unwrap())
        .collect()
}

fn column_type(batches: &[RecordBatch], name: &str) -> DataType {
    batches[0]
        .schema()
        .field_with_name(name)
        .unwrap_or_else(|_| panic!("no column {name}"))
        .data_type()
        .clone()
}

fn rows(batches: &[RecordBatch]) -> usize {
    batches.iter().map(|b| b.num_rows()).sum()
}

#[test]
fn export_writes_cleaned_text_quotes_mentions_and_parquet() {
    let dir = tempfile::tempdir().unwrap();
    let data = store(dir.path());

    // The cleaned text beside the original: the leftover line is gone from it only.
    let article = &json_lines(&vigie(&data, &["export"]))[0];
    assert!(article["text"].as_str().unwrap().contains("Lire aussi"));
    let cleaned = article["cleaned_text"].as_str().unwrap();
    assert!(!cleaned.contains("Lire aussi"), "{cleaned}");
    assert!(cleaned.contains("La Russie a attaqué"), "{cleaned}");
    let csv_out = run_ok(&data, &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let at = headers.iter().position(|h| h == "cleaned_text").unwrap();
    let rec = reader.records().next().unwrap().unwrap();
    assert_eq!(&rec[at], cleaned);

    // Parquet needs a file.
    assert!(!vigie(&data, &["export", "--format", "parquet"])
        .status
        .success());

    let file = |name: &str| dir.path().join(name);
    let parquet = |subject: &str, path: &Path, extra: &[&str]| {
        let mut args = vec!["export", subject, "--format", "parquet", "--output"];
        args.push(path.to_str().unwrap());
        args.extend(extra);
        run_ok(&data, &args);
        read_parquet(path)
    };

    // Articles: typed columns, one row.
    let arts = parquet("articles", &file("articles.parquet"), &[]);
    assert_eq!(rows(&arts), 1);
    assert_eq!(column_type(&arts, "published"), DataType::Date32);
    assert_eq!(column_type(&arts, "annotations"), DataType::Int64);
    let published = arts[0]
        .column_by_name("published")
        .unwrap()
        .as_primitive::<Date32Type>()
        .value(0);
    let days = (chrono::NaiveDate::from_ymd_opt(2022, 10, 12).unwrap()
        - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap())
    .num_days();
    assert_eq!(published as i64, days);
    let text = arts[0]
        .column_by_name("cleaned_text")
        .unwrap()
        .as_string::<i32>();
    assert_eq!(text.value(0), cleaned);

    // Events: asserted by default, the others on request; booleans and ids typed.
    let default_events = json_lines(&vigie(&data, &["export", "events"]));
    let evs = parquet("events", &file("events.parquet"), &[]);
    assert_eq!(rows(&evs), default_events.len());
    let all = parquet(
        "events",
        &file("all-events.parquet"),
        &["--include-negated", "--include-hypothetical"],
    );
    assert!(rows(&all) > rows(&evs));
    assert_eq!(column_type(&all, "negated"), DataType::Boolean);
    assert_eq!(column_type(&all, "date"), DataType::Date32);
    assert_eq!(column_type(&all, "goldstein"), DataType::Float64);
    let negated: usize = all
        .iter()
        .map(|b| {
            b.column_by_name("negated")
                .unwrap()
                .as_boolean()
                .true_count()
        })
        .sum();
    assert!(negated >= 1);
    let ids: Vec<i64> = evs
        .iter()
        .flat_map(|b| {
            b.column_by_name("event_id")
                .unwrap()
                .as_primitive::<Int64Type>()
                .values()
                .to_vec()
        })
        .collect();
    let json_ids: Vec<i64> = default_events
        .iter()
        .map(|r| r["event_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, json_ids);

    // Quotes and mentions: the words and both offsets.
    let quotes = json_lines(&vigie(&data, &["export", "quotes"]));
    let qs = parquet("quotes", &file("quotes.parquet"), &[]);
    assert_eq!(rows(&qs), quotes.len());
    assert!(rows(&qs) >= 1);
    assert_eq!(column_type(&qs, "direct"), DataType::Boolean);
    let mentions = json_lines(&vigie(&data, &["export", "mentions"]));
    let ms = parquet("mentions", &file("mentions.parquet"), &[]);
    assert_eq!(rows(&ms), mentions.len());
    let (texts, starts, char_starts) = (
        ms[0].column_by_name("text").unwrap().as_string::<i32>(),
        ms[0]
            .column_by_name("start")
            .unwrap()
            .as_primitive::<Int64Type>(),
        ms[0]
            .column_by_name("char_start")
            .unwrap()
            .as_primitive::<Int64Type>(),
    );
    let i = (0..ms[0].num_rows())
        .find(|&i| texts.value(i) == "Лукашенко")
        .expect("Лукашенко in mentions.parquet");
    let start = starts.value(i) as usize;
    assert_eq!(&ARTICLE[start..start + "Лукашенко".len()], "Лукашенко");
    let chars: String = ARTICLE
        .chars()
        .skip(char_starts.value(i) as usize)
        .take(9)
        .collect();
    assert_eq!(chars, "Лукашенко");
}
