//! Coreference on sentences written for these tests, in `tests/cases/coref.toml` (its header
//! says what each case checks), plus the knowledge-base checks the stage relies on.

use std::collections::BTreeMap;

use serde::Deserialize;
use vigie_actors::coref::{CorefLexicons, HOW};
use vigie_actors::{ActorStage, CorefStage};
use vigie_core::{AnnotationData, Document, Metadata, Stage};

/// One case of `tests/cases/coref.toml`.
#[derive(Deserialize)]
struct Case {
    name: String,
    lang: String,
    text: String,
    #[serde(default)]
    actors: BTreeMap<String, String>,
    #[serde(default)]
    codes: BTreeMap<String, String>,
    #[serde(default)]
    unresolved: Vec<String>,
    #[serde(default)]
    nothing: bool,
}

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

/// (surface, actor, code) of the coreference mentions of `text` in `lang`.
fn coref(text: &str, lang: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut doc = Document::new(
        text.to_string(),
        Metadata {
            language: Some(lang.into()),
            published: Some("2024-03-01".into()),
            ..Default::default()
        },
    );
    ActorStage::new().process(&mut doc).unwrap();
    CorefStage::new().process(&mut doc).unwrap();
    doc.annotations
        .iter()
        .filter_map(|a| match &a.data {
            AnnotationData::Mention(m) if m.how == Some(HOW) => Some((
                doc.slice(a.span).to_string(),
                m.actor.clone(),
                m.code.clone(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/coref.toml");
    let raw = std::fs::read_to_string(path).unwrap();
    let cases: Cases = toml::from_str(&raw).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut failures = Vec::new();
    for c in &cases.case {
        let found = coref(&c.text, &c.lang);
        let of = |surface: &str| found.iter().find(|(s, _, _)| s == surface);
        let mut fail = |what: String| failures.push(format!("{}: {what}; found {found:?}", c.name));
        for (surface, actor) in &c.actors {
            if of(surface).and_then(|(_, a, _)| a.as_ref()) != Some(actor) {
                fail(format!("{surface:?} should be actor {actor}"));
            }
        }
        for (surface, code) in &c.codes {
            if of(surface).and_then(|(_, _, k)| k.as_ref()) != Some(code) {
                fail(format!("{surface:?} should have code {code}"));
            }
        }
        for surface in &c.unresolved {
            if of(surface).is_some() {
                fail(format!("{surface:?} should stay unresolved"));
            }
        }
        if c.nothing && !found.is_empty() {
            fail("no coreference mention expected".into());
        }
        if c.actors.is_empty() && c.codes.is_empty() && c.unresolved.is_empty() && !c.nothing {
            fail("the case checks nothing".into());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_language_file_loads() {
    let lex = CorefLexicons::load();
    assert!(lex.warnings.is_empty(), "{:?}", lex.warnings);
    for lang in ["fr", "en", "de", "es", "it", "uk", "ru"] {
        assert!(lex.languages.contains_key(lang), "no coref.toml for {lang}");
    }
}

#[test]
fn a_leaders_forces_are_his_countrys() {
    // Linker, not coreference: "les forces de Poutine" is a sector word + "de" + a person.
    let mut doc = Document::new(
        "Les volontaires se battent contre les forces de Poutine.".to_string(),
        Metadata {
            language: Some("fr".into()),
            published: Some("2022-07-06".into()),
            ..Default::default()
        },
    );
    ActorStage::new().process(&mut doc).unwrap();
    let codes: Vec<(String, Option<String>)> = doc
        .annotations
        .iter()
        .filter_map(|a| match &a.data {
            AnnotationData::Mention(m) => Some((doc.slice(a.span).to_string(), m.code.clone())),
            _ => None,
        })
        .collect();
    assert!(
        codes
            .iter()
            .any(|(s, c)| s == "forces de Poutine" && c.as_deref() == Some("RUSMIL")),
        "{codes:?}"
    );
    // The person is still a mention of its own.
    assert!(codes.iter().any(|(s, _)| s == "Poutine"), "{codes:?}");
}
