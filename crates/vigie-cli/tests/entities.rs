//! The actors issue end to end: mentions stored as annotations, `vigie entities`, `vigie entity
//! NAME` across spellings and scripts, `vigie search --actor`, `vigie extract --json`, and the
//! linking scores on the dev gold.

mod common;

use common::*;

fn ingested_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("store");
    let (code, summary) = ingest(&data, &[&example_corpus()], &[]);
    assert_eq!(code, Some(0), "{summary}");
    (dir, data)
}

#[test]
fn entities_entity_and_search_by_actor() {
    let (_dir, data) = ingested_store();

    // `vigie entities`: Belarus and Lukashenko are mentioned in several articles.
    let rows = json_lines(&vigie(&data, &["entities", "--json", "--limit", "500"]));
    let row = |id: &str| {
        rows.iter()
            .find(|r| r["actor"] == id)
            .unwrap_or_else(|| panic!("{id} not listed: {rows:#?}"))
            .clone()
    };
    let blr = row("BLR");
    assert!(blr["articles"].as_u64().unwrap() >= 5, "{blr}");
    assert!(blr["mentions"].as_u64().unwrap() >= blr["articles"].as_u64().unwrap());
    let luka = row("person:alexander_lukashenko");
    assert!(luka["articles"].as_u64().unwrap() >= 3, "{luka}");
    let persons = json_lines(&vigie(&data, &["entities", "--json", "--type", "person"]));
    assert!(!persons.is_empty() && persons.iter().all(|r| r["entity_type"] == "person"));
    let text = vigie(&data, &["entities", "--limit", "5"]);
    assert!(text.status.success());
    assert!(stdout(&text).contains("BLR"), "{}", stdout(&text));

    // `vigie entity NAME`: asked in Cyrillic, answers with every spelling seen, per language.
    let out = json_lines(&vigie(&data, &["entity", "Лукашенко", "--json"]));
    assert_eq!(out.len(), 1, "{out:#?}");
    assert_eq!(out[0]["actor"], "person:alexander_lukashenko");
    let forms = out[0]["forms"].as_array().unwrap();
    let surfaces: std::collections::HashSet<&str> = forms
        .iter()
        .map(|f| f["surface"].as_str().unwrap())
        .collect();
    let languages: std::collections::HashSet<&str> = forms
        .iter()
        .map(|f| f["language"].as_str().unwrap())
        .collect();
    assert!(surfaces.contains("Loukachenko") || surfaces.contains("Alexandre Loukachenko"));
    assert!(surfaces.contains("Lukashenko"), "{surfaces:?}");
    assert!(
        surfaces.len() >= 3 && languages.len() >= 2,
        "{surfaces:?} {languages:?}"
    );
    // Spans point at the surface form in the stored text.
    let form = &forms[0];
    let (article, spans) = form["articles"].as_object().unwrap().iter().next().unwrap();
    let shown = json_lines(&vigie(&data, &["show", article, "--json"]));
    let stored = shown[0]["text"].as_str().unwrap();
    let span = &spans[0];
    let (s, e) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&stored[s..e], form["surface"].as_str().unwrap());
    // By id, and by another alias, the same actor.
    let by_id = json_lines(&vigie(&data, &["entity", "BLR", "--json"]));
    let by_alias = json_lines(&vigie(&data, &["entity", "Weißrussland", "--json"]));
    assert_eq!(by_id[0]["actor"], "BLR");
    assert_eq!(by_alias[0]["actor"], "BLR");
    assert_eq!(by_id[0]["mentions"], by_alias[0]["mentions"]);
    assert!(vigie(&data, &["entity", "Loukachenko"]).status.success());

    // `vigie search --actor`: sector codes and ids filter; an absent actor finds nothing.
    let all = json_lines(&vigie(
        &data,
        &["search", "--json", "--limit", "100", "Minsk"],
    ));
    let mil = json_lines(&vigie(
        &data,
        &[
            "search", "--json", "--limit", "100", "--actor", "BLRMIL", "Minsk",
        ],
    ));
    assert!(!mil.is_empty() && mil.len() <= all.len(), "{mil:#?}");
    let luk = json_lines(&vigie(
        &data,
        &[
            "search",
            "--json",
            "--limit",
            "100",
            "--actor",
            "person:alexander_lukashenko",
            "Minsk",
        ],
    ));
    assert!(!luk.is_empty());
    let none = json_lines(&vigie(
        &data,
        &[
            "search",
            "--json",
            "--actor",
            "person:kaja_kallas_nobody",
            "Minsk",
        ],
    ));
    assert!(none.is_empty());
}

#[test]
fn extract_json_shows_linked_mentions_with_spans() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    let text = "Les troupes biélorusses sont prêtes, a déclaré Alexandre Loukachenko à Minsk.\n\
                Le Kremlin soutient Minsk. Лукашенко a parlé.\n";
    std::fs::write(&file, text).unwrap();
    let out = vigie(dir.path(), &["extract", "--json", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    let doc = &docs[0];
    let stored = doc["text"].as_str().unwrap();
    let mentions: Vec<&serde_json::Value> = doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["layer"] == "mention")
        .collect();
    let get = |surface: &str| {
        mentions
            .iter()
            .find(|m| {
                let (s, e) = (
                    m["span"]["start"].as_u64().unwrap() as usize,
                    m["span"]["end"].as_u64().unwrap() as usize,
                );
                &stored[s..e] == surface
            })
            .unwrap_or_else(|| panic!("no mention {surface}: {mentions:#?}"))
    };
    assert_eq!(get("troupes biélorusses")["code"], "BLRMIL");
    assert_eq!(
        get("Alexandre Loukachenko")["actor"],
        "person:alexander_lukashenko"
    );
    assert_eq!(get("Лукашенко")["actor"], "person:alexander_lukashenko");
    assert_eq!(get("Kremlin")["code"], "RUSGOV");
}

#[test]
fn eval_entities_on_dev_gold_meets_the_target() {
    let Some(dev) = dev_corpus() else { return };
    let out_file = tempfile::NamedTempFile::new().unwrap();
    let data = tempfile::tempdir().unwrap();
    let out = vigie(
        data.path(),
        &[
            "eval",
            "entities",
            "--dataset",
            dev.to_str().unwrap(),
            "--output",
            out_file.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_file.path()).unwrap()).unwrap();
    let p = report["records"]["precision"].as_f64().unwrap();
    let r = report["records"]["recall"].as_f64().unwrap();
    assert!(p >= 0.9 && r >= 0.9, "P {p} R {r}\n{}", stdout(&out));
}

/// Names nobody listed: an expert quoted by name and later by surname, a town only the
/// gazetteer knows, a weapon system and a news agency are stored as typed unlinked mentions,
/// listed apart from linked actors and found by `vigie entity`; a weapon system the knowledge
/// base lists (`kb/weapons.toml`) is linked.
#[test]
fn names_nobody_listed_are_found_typed_and_grouped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("frappes.txt");
    std::fs::write(
        &input,
        "Nouvelles frappes dans la région de Kharkiv\n\
         Selon l'analyste Marta Zielińska, chercheuse dans un institut de Varsovie, l'armée russe \
         a tiré des missiles Iskander et des drones Wolkan sur Chuhuiv dans la nuit de lundi à \
         mardi.\n\
         Mme Zielińska estime que l'agence Horyzont a confirmé ces tirs, qui ont visé un dépôt \
         de carburant.\n",
    )
    .unwrap();
    let data = dir.path().join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");
    let rows = json_lines(&vigie(
        &data,
        &["entities", "--unlinked", "--json", "--limit", "0"],
    ));
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["name"] == name || r["canonical"] == name)
            .unwrap_or_else(|| panic!("{name} not listed: {rows:#?}"))
            .clone()
    };
    let expert = row("Marta Zielińska");
    assert_eq!(expert["entity_type"], "person", "{expert}");
    assert!(expert["actor"].is_null(), "{expert}");
    assert_eq!(
        expert["mentions"], 2,
        "the surname alone joins the full name: {expert}"
    );
    let wolkan = row("Wolkan");
    assert_eq!(wolkan["entity_type"], "weapon_system", "{wolkan}");
    assert!(wolkan["actor"].is_null(), "{wolkan}");
    let iskander = row("9K720 Iskander");
    assert_eq!(iskander["actor"], "weapon:9k720-iskander", "{iskander}");
    assert_eq!(row("Chuhuiv")["entity_type"], "place");
    assert_eq!(row("Horyzont")["entity_type"], "media");
    // Linked actors are listed without --unlinked, unlisted names only with it.
    let linked = json_lines(&vigie(&data, &["entities", "--json", "--limit", "0"]));
    assert!(linked.iter().all(|r| !r["actor"].is_null()), "{linked:#?}");
    let typed = json_lines(&vigie(
        &data,
        &[
            "entities",
            "--unlinked",
            "--json",
            "--type",
            "weapon_system",
        ],
    ));
    assert_eq!(
        typed.len(),
        2,
        "the listed and the unlisted one: {typed:#?}"
    );
    let found = json_lines(&vigie(&data, &["entity", "Marta Zielińska", "--json"]));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0]["forms"].as_array().map(Vec::len),
        Some(2),
        "{found:#?}"
    );
}
