//! Copies and stories end to end: assigned at ingest, listed by `vigie stories`, shown by
//! `vigie story ID`; re-ingesting adds nothing, and a later run goes on with the stories of
//! the earlier ones.

mod common;

use common::*;

const DRILLS: &str = "Belarus extends military drills near the Lithuanian border\n\n\
MINSK, 3 November 2026 — The defence ministry of Belarus said on Tuesday that the snap military \
exercises near the border with Lithuania would continue until the end of the month. About 3,000 \
troops and 200 armoured vehicles take part in the drills around Grodno, the ministry said in a \
statement. Lithuania said it was watching the movements closely and had reinforced its border \
guard. Analysts in Vilnius noted that the exercises were the largest since the spring and that \
no foreign observers had been invited. The Lithuanian foreign ministry called the drills a \
provocation and asked for consultations with its allies.\n";

const FLOODS: &str = "Floods force thousands from their homes in southern France\n\n\
NIMES, 3 November 2026 — Flooding in the south of France forced thousands of residents from \
their homes on Tuesday as rivers burst their banks after three days of heavy rain. Firefighters \
rescued people from rooftops in several villages, and the prefecture closed schools and roads \
across the department. Meteorologists warned that more storms were expected later in the week, \
while insurers began to estimate the damage to farms and small businesses along the valley.\n";

const DRILLS_FOLLOW_UP: &str = "Lithuania asks allies for talks as Belarus drills go on\n\n\
VILNIUS, 5 November 2026 — Lithuania asked its allies for consultations on Thursday as the \
military drills of Belarus near the border around Grodno entered their second week. The \
Lithuanian foreign ministry said the exercises, with thousands of troops and armoured \
vehicles, were a provocation, while the defence ministry of Belarus repeated that the drills \
were planned and would end this month.\n";

/// Writes an article as one line of JSON Lines: its first line is the title, the date is the
/// dateline's.
fn write(dir: &std::path::Path, name: &str, text: &str, published: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let (title, body) = text.split_once("\n\n").unwrap();
    let line = serde_json::json!({"title": title, "text": body, "published": published});
    std::fs::write(dir.join(name), format!("{line}\n")).unwrap();
}

#[test]
fn copies_and_stories_are_assigned_once_and_survive_between_runs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let input = dir.path().join("in");
    write(&input, "a-drills.jsonl", DRILLS, "2026-11-03");
    write(&input, "b-floods.jsonl", FLOODS, "2026-11-03");
    // A republication: re-headlined and lightly edited.
    let copy = DRILLS
        .replace(
            "Belarus extends military drills near the Lithuanian border",
            "Minsk keeps troops at Lithuanian border",
        )
        .replace("closely", "carefully");
    write(&input, "c-copy.jsonl", &copy, "2026-11-04");

    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    assert_eq!(summary["ingested"], 3);

    let stories = json_lines(&vigie(&data, &["stories", "--json"]));
    assert_eq!(stories.len(), 2, "{stories:#?}");
    let drills = stories
        .iter()
        .find(|s| s["articles"] == 2)
        .unwrap_or_else(|| panic!("no story of two articles: {stories:#?}"));
    // The copy is not an independent report.
    assert_eq!(drills["independent"], 1, "{drills}");
    assert_eq!(drills["first_date"], "2026-11-03", "{drills}");
    let id = drills["id"].as_str().unwrap().to_string();

    let shown = json_lines(&vigie(&data, &["story", &id[..10], "--json"]));
    assert_eq!(shown.len(), 1);
    let members = shown[0]["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    let copies: Vec<_> = members
        .iter()
        .filter(|m| m["copy_of"].is_object())
        .collect();
    assert_eq!(copies.len(), 1, "{members:#?}");
    assert_eq!(copies[0]["copy_of"]["original"], members[0]["id"]);
    assert!(copies[0]["copy_of"]["similarity"].as_f64().unwrap() > 0.5);
    let copy_id = copies[0]["id"].as_str().unwrap();
    let shown = json_lines(&vigie(&data, &["show", copy_id, "--json"]));
    assert_eq!(shown[0]["copy_of"]["original"], members[0]["id"]);
    assert_eq!(shown[0]["story"], id.as_str());
    let text = vigie(&data, &["story", &id]);
    assert!(text.status.success(), "{}", stderr(&text));
    assert!(stdout(&text).contains("copy of"), "{}", stdout(&text));

    // Re-ingesting adds nothing.
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    assert_eq!(summary["ingested"], 0);
    assert_eq!(json_lines(&vigie(&data, &["stories", "--json"])), stories);

    // A later run: the follow-up joins the story opened by the first run.
    let later = dir.path().join("later");
    write(&later, "d-follow-up.jsonl", DRILLS_FOLLOW_UP, "2026-11-05");
    let (code, summary) = ingest(&data, &[&later], &[]);
    assert_eq!(code, Some(0), "{summary}");
    let after = json_lines(&vigie(&data, &["stories", "--json"]));
    assert_eq!(after.len(), 2, "{after:#?}");
    let joined = after.iter().find(|s| s["id"] == id.as_str()).unwrap();
    assert_eq!(joined["articles"], 3, "{joined}");
    assert_eq!(joined["last_date"], "2026-11-05", "{joined}");

    // Filters.
    let by_actor = json_lines(&vigie(&data, &["stories", "--json", "--actor", "LTU"]));
    assert_eq!(by_actor.len(), 1, "{by_actor:#?}");
    assert_eq!(by_actor[0]["id"], id.as_str());
    let since = json_lines(&vigie(
        &data,
        &["stories", "--json", "--since", "2026-11-04"],
    ));
    assert_eq!(since.len(), 1, "{since:#?}");
    let missing = vigie(&data, &["story", "ffffffff"]);
    assert_eq!(missing.status.code(), Some(1));

    // Events counted once: every report listed once, under one event, copies not independent.
    let all = json_lines(&vigie(&data, &["events", "--json"]));
    let distinct = vigie(&data, &["events", "--distinct", "--json"]);
    assert!(distinct.status.success(), "{}", stderr(&distinct));
    let distinct = json_lines(&distinct);
    let reports: usize = distinct
        .iter()
        .map(|e| e["reports"].as_array().unwrap().len())
        .sum();
    assert_eq!(reports, all.len(), "{distinct:#?}");
    for e in &distinct {
        let n = e["reports"].as_array().unwrap().len() as u64;
        assert!(e["independent_sources"].as_u64().unwrap() <= n, "{e}");
    }
}

/// A hand translation (English) of an example article (French), from the dev half of
/// `data/eval/copies-translated`: linked to its original as a translation in a later run
/// (the fingerprints of the first run are read back), so it is no independent source.
#[test]
fn a_translation_ingested_later_is_linked_to_its_original() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let original = root.join("examples/corpus/fr/otan-consultations.txt.gz");
    let (code, summary) = ingest(&data, &[&original], &[]);
    assert_eq!(code, Some(0), "{summary}");
    let gold: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(root.join("data/eval/copies-translated/gold.json")).unwrap(),
    )
    .unwrap();
    let entry = gold
        .iter()
        .find(|g| g["translation_of"] == "fr/otan-consultations.txt.gz")
        .unwrap();
    let text = std::fs::read_to_string(
        root.join("data/eval/copies-translated")
            .join(entry["file"].as_str().unwrap()),
    )
    .unwrap();
    let later = dir.path().join("later");
    std::fs::create_dir_all(&later).unwrap();
    let line = serde_json::json!({"text": text, "published": entry["published"]});
    std::fs::write(later.join("translation.jsonl"), format!("{line}\n")).unwrap();
    let (code, summary) = ingest(&data, &[&later], &[]);
    assert_eq!(code, Some(0), "{summary}");
    assert_eq!(summary["ingested"], 1);

    let rows = json_lines(&vigie(&data, &["articles", "--json"]));
    assert_eq!(rows.len(), 2, "{rows:#?}");
    let id_of = |language: &str| {
        rows.iter()
            .find(|r| r["language"] == language)
            .and_then(|r| r["id"].as_str())
            .unwrap()
            .to_string()
    };
    let (fr, en) = (id_of("fr"), id_of("en"));
    let shown = json_lines(&vigie(&data, &["show", &en, "--json"]));
    let link = &shown[0]["copy_of"];
    assert_eq!(link["original"], fr.as_str(), "{link}");
    assert_eq!(link["kind"], "translation", "{link}");
    assert!(link["similarity"].as_f64().unwrap() >= 0.75, "{link}");
    let text = vigie(&data, &["show", &en]);
    assert!(
        stdout(&text).contains("translation of:"),
        "{}",
        stdout(&text)
    );
}
