//! Lines that many articles of one outlet share become leftovers end to end: `vigie ingest`
//! (across runs, in the store) and `vigie extract` (over a folder). The lines that copies of
//! one story share do not.

mod common;

use common::*;

/// The outlet's slogan: no cue or rule of the boilerplate stage knows it (a call to action
/// such as "Suivez-nous sur WhatsApp" is marked by the rules before repetition counts).
const FOOTER: &str = "Le Courrier d'Exemple, la voix de la vallée depuis 1892";

/// Story `n` of the outlet, a paragraph long, with the outlet's footer.
fn story(n: usize) -> String {
    let topics = [
        "le budget",
        "la grève",
        "les élections",
        "la sécheresse",
        "le port",
        "la gare",
    ];
    let t = topics[n % topics.len()];
    format!(
        "Le conseil municipal débat de {t}, dossier numéro {n}\n\nLe conseil municipal s'est réuni mardi soir pour examiner {t}, un dossier suivi de près par les habitants depuis des mois.\nSelon l'adjoint chargé du dossier {n}, une décision sera prise avant la fin du mois prochain.\nLes associations locales ont annoncé une réunion publique sur {t} la semaine prochaine.\n\n{FOOTER}\n"
    )
}

/// One JSON Lines record of the outlet.
fn record(n: usize, text: &str) -> String {
    serde_json::json!({
        "text": text,
        "url": format!("https://www.courrier-exemple.fr/article/{n}"),
        "outlet": "Le Courrier d'Exemple",
        "language": "fr",
    })
    .to_string()
}

/// The lines marked repeated in an exported or extracted document.
fn repeated_lines(doc: &serde_json::Value) -> Vec<String> {
    doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["layer"] == "boilerplate" && a["role"] == "repeated")
        .map(|a| a["span"]["text"].as_str().unwrap().trim().to_string())
        .collect()
}

#[test]
fn a_shared_footer_is_a_leftover_and_copies_keep_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Three copies of story 0 (one re-headlined, one with an update line) and four other
    // stories: the footer is in five distinct articles, the copies' lines in one.
    let copy = story(0).replace(
        "Le conseil municipal débat",
        "Mise à jour : le conseil débat",
    );
    let texts = [
        story(0),
        copy,
        story(0) + "\nMis à jour mercredi à 9 h\n",
        story(1),
        story(2),
        story(3),
        story(4),
    ];
    let first = dir.path().join("first.jsonl");
    let second = dir.path().join("second.jsonl");
    let lines: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(n, t)| record(n, t))
        .collect();
    std::fs::write(&first, lines[..4].join("\n") + "\n").unwrap();
    std::fs::write(&second, lines[4..].join("\n") + "\n").unwrap();

    // Ingest in two runs (the footer crosses the threshold in the second), then the first
    // file again (nothing added).
    for input in [&first, &second, &first] {
        let (code, summary) = ingest(&data, &[input], &[]);
        assert_eq!(code, Some(0), "{summary}");
    }
    let out = vigie(&data, &["export", "--format", "jsonl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), texts.len());
    for d in &docs {
        assert_eq!(repeated_lines(d), [FOOTER], "{}", d["text"]);
    }

    // `vigie extract` over the folder of both files marks the same lines.
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).unwrap();
    std::fs::rename(&first, folder.join("first.jsonl")).unwrap();
    std::fs::rename(&second, folder.join("second.jsonl")).unwrap();
    let out = vigie(&data, &["extract", "--json", &folder.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), texts.len());
    for d in &docs {
        assert_eq!(repeated_lines(d), [FOOTER], "{}", d["text"]);
        assert!(!d["content"]
            .as_str()
            .unwrap()
            .contains("la voix de la vallée"));
        assert!(d["content"].as_str().unwrap().contains("Selon l'adjoint"));
    }
}
