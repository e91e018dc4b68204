//! `vigie extract` and `vigie eval boilerplate` end to end: leftovers of the example corpus are
//! marked and left out of the cleaned text, content paragraphs never are, every article gets
//! its language, and the dev gold meets the target.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::*;

fn extract(args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    vigie(&dir.path().join("unused"), &[&["extract"], args].concat())
}

fn extract_json(path: &std::path::Path) -> Vec<serde_json::Value> {
    let out = extract(&["--json", &path.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    json_lines(&out)
}

/// (role, covered text) of every boilerplate annotation.
fn leftovers(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["layer"] == "boilerplate")
        .map(|a| {
            (
                a["role"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn text_output_leaves_out_leftovers_and_keeps_paragraphs() {
    let path = example_corpus().join("fr/courrier-est-drones.txt");
    let out = extract(&[&path.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for leftover in [
        "Lire aussi",
        "PUBLICITÉ",
        "Partager 124",
        "1,2k vues",
        "• En",
        "Accueil > International",
        "Articles liés",
        "Avec AFP",
        "Claire Vasseur est journaliste",
    ] {
        assert!(!text.contains(leftover), "{leftover:?} left in:\n{text}");
    }
    let original = std::fs::read_to_string(&path).unwrap();
    for paragraph in original
        .lines()
        .filter(|l| l.len() > 150 && !l.contains("est journaliste"))
    {
        assert!(text.contains(paragraph), "paragraph lost: {paragraph}");
    }
    // The headline is kept once.
    assert_eq!(
        text.matches("Drones au-dessus de la Lituanie : Vilnius accuse Minsk")
            .count(),
        1
    );
}

#[test]
fn json_output_has_spans_that_match_their_text() {
    let docs = extract_json(&example_corpus().join("fr/courrier-est-drones.txt"));
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["meta"]["language"], "fr");
    let text = doc["text"].as_str().unwrap();
    for a in doc["annotations"].as_array().unwrap() {
        let (s, e) = (
            a["span"]["start"].as_u64().unwrap() as usize,
            a["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], a["text"].as_str().unwrap(), "{a}");
    }
    let found = leftovers(doc);
    let has = |role: &str, start: &str| {
        found
            .iter()
            .any(|(r, t)| r == role && t.trim_start().starts_with(start))
    };
    assert!(has("read_also", "Lire aussi"), "{found:?}");
    assert!(has("ad_label", "PUBLICITÉ"), "{found:?}");
    assert!(
        has("dateline", "Le Courrier de l'Est - 04 novembre"),
        "{found:?}"
    );
    assert!(has("language_menu", "• Fr"), "{found:?}");
}

#[test]
fn example_corpus_leftovers_marked_and_content_kept() {
    // (file, leftovers that must be marked)
    let cases: [(&str, &[&str]); 7] = [
        (
            "fr/courrier-est-drones.txt",
            &["Lire aussi", "PUBLICITÉ", "Photo : AFP", "Articles liés"],
        ),
        (
            "fr/info-continent-drones.txt",
            &[
                "Nous utilisons des cookies",
                "Accepter / Refuser",
                "Partager sur Facebook",
                "(Avec AFP)",
                "Article précédent",
                "Article suivant",
                "Julien Marchetti",
                "Retour en haut",
            ],
        ),
        (
            "fr/sanctions-ue.txt",
            &[
                "Temps de lecture",
                "Par Hélène Garnier",
                "Commentaires (12)",
                "Abonnez-vous",
                "S'inscrire",
            ],
        ),
        (
            "fr/otan-consultations.txt.gz",
            &[
                "• Accueil",
                "Partager 87",
                "PUBLICITÉ",
                "Les plus lus",
                "Retour en haut",
            ],
        ),
        (
            "en/eastern-ledger-troops.txt",
            &[
                "World | Europe",
                "By Daniel Okafor",
                "Advertisement",
                "Read more:",
                "Related Articles",
                "Sign up for",
                "Back to top",
            ],
        ),
        (
            "en/northern-dispatch-moscow.txt",
            &[
                "EN | RU | DE",
                "Home > World",
                "Image: REUTERS",
                "(Reporting by",
                "Shares 312",
            ],
        ),
        (
            "other/nordost-rundschau-drohnen.txt",
            &[
                "Wir verwenden Cookies",
                "Ablehnen",
                "Anzeige",
                "Lesen Sie auch",
                "Mit Material von dpa",
                "Mehr zum Thema",
                "Nach oben",
            ],
        ),
    ];
    for (file, expected) in cases {
        let docs = extract_json(&example_corpus().join(file));
        let doc = &docs[0];
        let found = leftovers(doc);
        for e in expected {
            assert!(
                found.iter().any(|(_, t)| t.trim_start().starts_with(e)),
                "{file}: {e:?} not marked; marked: {found:?}"
            );
        }
        // No content paragraph (a long line ending a sentence) is marked.
        for (role, t) in &found {
            let long_prose = t.len() > 200 && t.trim_end().ends_with(['.', '»', '"', '”', '“']);
            let bio = role == "author_bio";
            assert!(!long_prose || bio, "{file}: content marked as {role}: {t}");
        }
    }
}

#[test]
fn every_example_article_gets_its_language() {
    let expected = [
        ("fr/courrier-est-drones.txt", "fr"),
        ("fr/info-continent-drones.txt", "fr"),
        ("fr/echo-frontieres-dementi.html", "fr"),
        ("fr/otan-consultations.txt.gz", "fr"),
        ("fr/horizons-migrants-pologne.html", "fr"),
        ("fr/courrier-est-osce.html", "fr"),
        ("fr/sanctions-ue.txt", "fr"),
        ("en/eastern-ledger-troops.txt", "en"),
        ("en/baltic-wire-drones.html", "en"),
        ("en/northern-dispatch-moscow.txt", "en"),
        ("other/nordost-rundschau-drohnen.txt", "de"),
        ("other/voz-del-este-frontera.html", "es"),
    ];
    for (file, lang) in expected {
        let docs = extract_json(&example_corpus().join(file));
        assert_eq!(docs[0]["meta"]["language"], lang, "{file}");
        // Paragraph languages agree with the article's where they are decided.
        for a in docs[0]["annotations"].as_array().unwrap() {
            if a["layer"] == "paragraph" && a["language"].is_string() {
                assert_eq!(a["language"], lang, "{file}: {a}");
            }
        }
    }
    let feed = extract_json(&example_corpus().join("wire/feed.jsonl"));
    let langs: Vec<&str> = feed
        .iter()
        .map(|d| d["meta"]["language"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["fr", "en", "en", "en"]);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--data-dir")
        .arg(dir.path().join("unused"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("PUBLICITÉ\n\nLes gardes-frontières lituaniens ont signalé mardi trois drones venus de Biélorussie.\n\nLire aussi : la suite\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "Les gardes-frontières lituaniens ont signalé mardi trois drones venus de Biélorussie."
    );
    assert!(
        !dir.path().join("unused").exists(),
        "extract must store nothing"
    );
}

#[test]
fn eval_boilerplate_meets_the_target_on_the_dev_gold() {
    let Some(dev) = dev_corpus() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("items.json");
    let out = vigie(
        &dir.path().join("unused"),
        &[
            "eval",
            "boilerplate",
            "--dataset",
            &dev.display().to_string(),
            "--output",
            &report.display().to_string(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    println!("{}", stdout(&out));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert!(r["articles"].as_u64().unwrap() >= 3, "{r}");
    assert_eq!(r["content_removed"], 0, "{}", stdout(&out));
    assert!(r["f1"].as_f64().unwrap() >= 0.95, "{}", stdout(&out));
    assert!(r["items"].as_array().unwrap().len() == r["articles"].as_u64().unwrap() as usize);
}

#[test]
fn several_files_and_folders_give_one_object_per_article_and_bad_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, b"{not json\n").unwrap();
    let fr = example_corpus().join("fr");
    let one = example_corpus().join("en/eastern-ledger-troops.txt");
    let missing = dir.path().join("missing.txt");
    let out = extract(&[
        "--json",
        &fr.display().to_string(),
        &bad.display().to_string(),
        &missing.display().to_string(),
        &one.display().to_string(),
    ]);
    // Two inputs failed: reported with their path and reason, status 1, the rest printed.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("bad.jsonl:1") && err.contains("malformed JSON"),
        "{err}"
    );
    assert!(
        err.contains("missing.txt") && err.contains("cannot read"),
        "{err}"
    );
    let docs = json_lines(&out);
    let in_folder = std::fs::read_dir(&fr)
        .unwrap()
        .filter(|e| {
            let p = e.as_ref().unwrap().path();
            matches!(
                p.extension().and_then(|x| x.to_str()),
                Some("txt" | "html" | "gz")
            )
        })
        .count();
    assert_eq!(docs.len(), in_folder + 1);
    let sources: Vec<&str> = docs.iter().map(|d| d["source"].as_str().unwrap()).collect();
    assert!(
        sources
            .last()
            .unwrap()
            .ends_with("eastern-ledger-troops.txt"),
        "{sources:?}"
    );
    assert!(docs.iter().all(|d| d["meta"]["language"].is_string()));
}
