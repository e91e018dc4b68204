//! `vigie trend` end to end: events of dated articles ingested, counted once per ISO week or
//! day between a source and a target, asserted, negated and hypothetical apart; JSON, CSV and an
//! SVG plot.

mod common;

use common::*;

/// Writes an article as one line of JSON Lines with its publication date.
fn write(dir: &std::path::Path, name: &str, title: &str, text: &str, published: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let line = serde_json::json!({"title": title, "text": text, "published": published});
    std::fs::write(dir.join(name), format!("{line}\n")).unwrap();
}

fn store(dir: &std::path::Path) -> std::path::PathBuf {
    let input = dir.join("in");
    // Week 45 of 2026: one attack told by two independent articles a day apart (one event),
    // a denial and a forecast.
    write(
        &input,
        "a.jsonl",
        "Frappes à la frontière",
        "La Biélorussie a attaqué l’Ukraine.\n\n\
         Selon une source, des unités biélorusses pourraient entrer en Ukraine dans les prochains jours.\n",
        "2026-11-03",
    );
    write(
        &input,
        "b.jsonl",
        "Kiev accuse Minsk",
        "Les autorités ont confirmé que la Biélorussie a attaqué l’Ukraine.\n\n\
         La Biélorussie n’a pas participé aux combats en Ukraine.\n",
        "2026-11-04",
    );
    // Week 47: another attack; Russia's acts are not Belarus's.
    write(
        &input,
        "c.jsonl",
        "Nouvelle attaque",
        "La Biélorussie a attaqué l’Ukraine.\n\nLa Russie a attaqué l’Ukraine.\n",
        "2026-11-17",
    );
    let data = dir.join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    data
}

#[test]
fn trend_counts_each_event_once_per_week_in_json_csv_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let data = store(dir.path());
    let events = json_lines(&vigie(
        &data,
        &[
            "events",
            "--source",
            "BLR",
            "--include-hypothetical",
            "--json",
        ],
    ));

    let out = vigie(
        &data,
        &["trend", "--source", "BLR", "--target", "UKR", "--json"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json_lines(&out);
    let periods: Vec<&str> = rows.iter().map(|r| r["period"].as_str().unwrap()).collect();
    // The empty week between the two is a row of zeros.
    assert_eq!(
        periods,
        ["2026-W45", "2026-W46", "2026-W47"],
        "{rows:#?}\nevents: {events:#?}"
    );
    let w45 = &rows[0];
    assert_eq!(w45["source"], "BLR");
    assert_eq!(w45["start"], "2026-11-02");
    // Two reports of one attack: counted once.
    assert_eq!(w45["asserted"]["events"], 1, "{w45}\nevents: {events:#?}");
    assert_eq!(w45["asserted"]["material_conflict"], 1, "{w45}");
    assert!(
        w45["asserted"]["goldstein"].as_f64().unwrap() < -5.0,
        "{w45}"
    );
    assert!(w45["negated"]["events"].as_u64().unwrap() >= 1, "{w45}");
    assert!(
        w45["hypothetical"]["events"].as_u64().unwrap() >= 1,
        "{w45}"
    );
    assert_eq!(rows[1]["asserted"]["events"], 0);
    // Week 47: Belarus's attack only, not Russia's.
    assert_eq!(rows[2]["asserted"]["events"], 1, "{}", rows[2]);

    let by_day = json_lines(&vigie(
        &data,
        &[
            "trend",
            "--source",
            "BLR",
            "--target",
            "UKR",
            "--by",
            "day",
            "--until",
            "2026-11",
            "--since",
            "2026-11-10",
            "--json",
        ],
    ));
    assert_eq!(by_day.len(), 1, "{by_day:#?}");
    assert_eq!(by_day[0]["period"], "2026-11-17");

    let csv = stdout(&vigie(
        &data,
        &["trend", "--source", "BLR", "--target", "UKR", "--csv"],
    ));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(header[..3], ["period", "start", "asserted_events"]);
    assert!(header.contains(&"hypothetical_material_conflict"), "{csv}");
    assert!(lines[1].starts_with("2026-W45,2026-11-02,1,"), "{csv}");

    let table = stdout(&vigie(
        &data,
        &["trend", "--source", "BLR", "--target", "UKR"],
    ));
    assert!(table.contains("2026-W47"), "{table}");

    let svg = dir.path().join("trend.svg");
    let out = vigie(
        &data,
        &[
            "trend",
            "--source",
            "BLR",
            "--target",
            "UKR",
            "--plot",
            svg.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(
        drawn.starts_with("<svg") && drawn.trim_end().ends_with("</svg>"),
        "{drawn}"
    );
    assert!(
        drawn.contains("<polyline") || drawn.contains("<path"),
        "{drawn}"
    );
    assert!(drawn.contains("2026-W45"), "{drawn}");

    let png = dir.path().join("trend.png");
    let out = vigie(&data, &["trend", "--plot", png.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("SVG"), "{}", stderr(&out));
}
