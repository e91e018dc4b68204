//! `vigie quotes` and `vigie eval quotes` end to end: quotes are stored at ingest, listed with
//! their speaker and words, filtered by speaker; on the French dev gold the (speaker, span)
//! precision and recall reach the 0.85.

mod common;

use common::*;

const ARTICLE: &str = "Minsk et l’OTAN\n\n\
Le président Alexandre Loukachenko a déclaré mardi que les troupes biélorusses ne \
participeraient pas à la guerre.\n\n\
« Nous n’avons aucune ambition de combattre en Ukraine », a-t-il ajouté.\n\n\
Un responsable militaire de l’OTAN a déclaré à CNN qu’il n’y avait aucune preuve de leur \
participation aux combats.\n";

#[test]
fn quotes_are_stored_listed_and_filtered_by_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("article.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let data = dir.path().join("store");
    let (code, summary) = ingest(&data, &[&input], &[]);
    assert_eq!(code, Some(0), "{summary}");

    let rows = json_lines(&vigie(&data, &["quotes", "--json"]));
    let texts: Vec<&str> = rows.iter().filter_map(|r| r["text"].as_str()).collect();
    assert!(
        texts.contains(&"les troupes biélorusses ne participeraient pas à la guerre"),
        "{rows:?}"
    );
    assert!(
        texts.contains(&"Nous n’avons aucune ambition de combattre en Ukraine"),
        "{rows:?}"
    );
    assert!(
        texts.contains(&"il n’y avait aucune preuve de leur participation aux combats"),
        "{rows:?}"
    );
    for r in &rows {
        let span = &r["span"];
        assert!(span["end"].as_u64() > span["start"].as_u64(), "{r}");
        assert!(r["article"].as_str().is_some_and(|a| !a.is_empty()));
    }

    // The inverted "a-t-il ajouté" goes to the last named speaker.
    let luka = json_lines(&vigie(
        &data,
        &["quotes", "--speaker", "lukashenko", "--json"],
    ));
    assert_eq!(luka.len(), 2, "{luka:?}");
    assert!(luka.iter().any(|r| r["direct"] == true));
    assert!(luka.iter().any(|r| r["direct"] == false));

    // The unnamed NATO official, with the channel.
    let nato = json_lines(&vigie(&data, &["quotes", "--speaker", "NATO", "--json"]));
    assert_eq!(nato.len(), 1, "{nato:?}");
    assert_eq!(nato[0]["speaker"], "NATO military official");
    assert_eq!(nato[0]["channel"], "CNN");

    // Plain listing names the speaker and shows the words.
    let out = stdout(&vigie(&data, &["quotes", "--speaker", "Loukachenko"]));
    assert!(out.contains("Alexander Lukashenko"), "{out}");
    assert!(out.contains("aucune ambition"), "{out}");
}

#[test]
fn dev_gold_quotes_reach_the_target() {
    let Some(dev) = dev_corpus() else { return };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("quotes.json");
    let o = vigie(
        dir.path(),
        &[
            "eval",
            "quotes",
            "--dataset",
            dev.to_str().unwrap(),
            "--output",
            report.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("speaker + span"), "{out}");
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let p = r["speaker_and_span"]["precision"].as_f64().unwrap();
    let rec = r["speaker_and_span"]["recall"].as_f64().unwrap();
    assert!(
        p >= 0.85 && rec >= 0.85,
        "precision {p}, recall {rec}\n{out}"
    );
    assert_eq!(r["per_article"].as_array().unwrap().len(), 3);
    assert!(r["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["verdict"] == "match"));
}
