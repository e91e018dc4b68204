//! `vigie contradictions` end to end: two articles, one in English asserting that Belarusian
//! troops attacked Ukraine, one in French where Lukashenko denies it for the same day, are
//! ingested; the pair comes out with both sentences, speakers, articles, dates, referents and
//! the reason; `--actor` and `--since` select pairs; `vigie eval contradictions` runs on the
//! dev gold when it is present.

mod common;

use common::*;

const ASSERTS: &str = "Belarus and Ukraine\n\n\
Belarusian troops attacked Ukraine on March 3, 2022.\n\n\
The weather in Warsaw was mild that week.\n";

const DENIES: &str = "Démenti de Minsk\n\n\
Les troupes biélorusses n’ont pas attaqué l’Ukraine le 3 mars 2022, a déclaré Alexandre Loukachenko.\n";

const UNRELATED: &str = "Sanctions\n\n\
L’Union européenne a imposé de nouvelles sanctions à la Russie le 3 mars 2022.\n";

#[test]
fn an_assertion_and_its_denial_across_languages_are_a_pair() {
    let dir = tempfile::tempdir().unwrap();
    let mut inputs = Vec::new();
    for (name, text) in [
        ("asserts.txt", ASSERTS),
        ("denies.txt", DENIES),
        ("unrelated.txt", UNRELATED),
    ] {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        inputs.push(p);
    }
    let data = dir.path().join("store");
    let refs: Vec<&std::path::Path> = inputs.iter().map(|p| p.as_path()).collect();
    let (code, summary) = ingest(&data, &refs, &[]);
    assert_eq!(code, Some(0), "{summary}");

    let out = vigie(&data, &["contradictions", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pairs = json_lines(&out);
    assert_eq!(pairs.len(), 1, "{pairs:#?}");
    let p = &pairs[0];
    assert_eq!(p["rule"], "opposite_polarity", "{p}");
    assert_eq!(p["source"], "BLR");
    assert_eq!(p["target"], "UKR");
    assert!(p["reason"].as_str().unwrap().contains("denies"), "{p}");
    let sides = [&p["a"], &p["b"]];
    let assert_side = sides
        .iter()
        .find(|s| s["negated"] == false)
        .unwrap_or_else(|| panic!("no asserting side in {p}"));
    let deny_side = sides
        .iter()
        .find(|s| s["negated"] == true)
        .unwrap_or_else(|| panic!("no denying side in {p}"));
    assert_eq!(
        assert_side["sentence"],
        "Belarusian troops attacked Ukraine on March 3, 2022."
    );
    assert!(deny_side["sentence"]
        .as_str()
        .unwrap()
        .starts_with("Les troupes biélorusses n’ont pas attaqué"));
    assert_eq!(deny_side["speaker"], "person:alexander_lukashenko");
    assert_eq!(assert_side["speaker"], "article");
    for s in sides {
        assert_eq!(s["date"], "2022-03-03", "{s}");
        assert_eq!(s["source"]["code"].as_str().map(|c| &c[..3]), Some("BLR"));
        assert_eq!(s["target"]["code"], "UKR");
        assert!(s["article"].as_str().is_some_and(|a| !a.is_empty()));
    }
    assert_ne!(p["a"]["article"], p["b"]["article"]);

    // Filters: an actor on either side, the later statement's date.
    let by_actor = json_lines(&vigie(
        &data,
        &["contradictions", "--actor", "ukraine", "--json"],
    ));
    assert_eq!(by_actor.len(), 1);
    let none = vigie(&data, &["contradictions", "--actor", "FRA", "--json"]);
    assert!(none.status.success());
    assert!(json_lines(&none).is_empty());
    assert!(stderr(&none).contains("no statements in tension"));
    assert_eq!(
        json_lines(&vigie(
            &data,
            &["contradictions", "--since", "2022-03", "--json"]
        ))
        .len(),
        1
    );
    assert!(json_lines(&vigie(
        &data,
        &["contradictions", "--since", "2022-04-01", "--json"]
    ))
    .is_empty());

    // The text form says why and shows both sentences.
    let text = stdout(&vigie(&data, &["contradictions"]));
    assert!(text.contains("opposite polarity"), "{text}");
    assert!(text.contains("n’ont pas attaqué"), "{text}");
}

#[test]
fn eval_contradictions_scores_the_dev_gold() {
    let Some(dev) = dev_corpus() else { return };
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("claims.json");
    let out = vigie(
        dir.path(),
        &[
            "eval",
            "contradictions",
            "--dataset",
            dev.to_str().unwrap(),
            "--output",
            report.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("gold pairs found"),
        "{}",
        stdout(&out)
    );
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(r["gold_pairs"], 3);
    assert!(r["gold_found"].as_u64().unwrap() >= 2, "{r:#}");
    assert!(r["precision"].as_f64().unwrap() >= 0.5, "{r:#}");
}
