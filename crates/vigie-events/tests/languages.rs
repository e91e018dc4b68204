//! Event coding in German, Spanish, Italian, Ukrainian and Russian: sentences written for
//! these tests, one file per language in `tests/cases/` (adding a language adds a file), each
//! with its actor mentions annotated by hand so the cases do not depend on the segmenter or the
//! actor linker. Each case states the PLOVER type and CAMEO code, source and target codes,
//! negation and hypothetical kind the lexicons must give; a plain statement must give no event.

use serde::Deserialize;
use vigie_core::{
    AnnotationData, Document, EntityType, Event, Layer, Mention, Metadata, Sentence, Span, Stage,
};
use vigie_events::EventStage;

/// A one-sentence document in `lang` with country mentions (surface, code), each at its first
/// occurrence after the previous mention.
fn doc(lang: &str, text: &str, mentions: &[(String, String)]) -> Document {
    let mut d = Document::new(
        text.to_string(),
        Metadata {
            language: Some(lang.into()),
            published: Some("2026-11-05".into()),
            ..Default::default()
        },
    );
    d.annotate(Span::new(0, text.len()), Sentence::default());
    let mut at = 0;
    for (surface, code) in mentions {
        let pos = at
            + text[at..]
                .find(surface.as_str())
                .unwrap_or_else(|| panic!("{surface} not in {text}"));
        at = pos + surface.len();
        d.annotate(
            Span::new(pos, pos + surface.len()),
            Mention {
                actor: Some(code[..3].into()),
                code: Some(code.clone()),
                canonical: Some(code.clone()),
                entity_type: EntityType::Country,
                how: Some(vigie_core::MentionHow::Name),
                why: Vec::new(),
            },
        );
    }
    d
}

fn events(stage: &EventStage, d: &mut Document) -> Vec<Event> {
    stage.process(d).unwrap();
    d.layer(Layer::Event)
        .map(|a| match &a.data {
            AnnotationData::Event(e) => e.clone(),
            _ => unreachable!(),
        })
        .collect()
}

/// One language's file of cases.
#[derive(Deserialize)]
struct Cases {
    #[serde(default)]
    case: Vec<Case>,
    #[serde(default)]
    statement: Vec<Statement>,
}

/// One sentence and the single event it must give.
#[derive(Deserialize)]
struct Case {
    text: String,
    mentions: Vec<(String, String)>,
    plover: vigie_core::Plover,
    cameo: String,
    source: String,
    target: Option<String>,
    #[serde(default)]
    negated: bool,
    hypothetical: Option<vigie_core::Hypothetical>,
}

/// A sentence that must give no event.
#[derive(Deserialize)]
struct Statement {
    text: String,
    mentions: Vec<(String, String)>,
}

/// Codes every case of `lang` (from `tests/cases/<lang>.toml`) and checks its one event; then
/// checks that each statement gives no event at all.
fn check(lang: &str) {
    let path = format!("{}/tests/cases/{lang}.toml", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let cases: Cases = toml::from_str(&raw).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(!cases.case.is_empty(), "{path}: no cases");
    let stage = EventStage::new();
    let mut failures = Vec::new();
    for c in &cases.case {
        let mut d = doc(lang, &c.text, &c.mentions);
        let ev = events(&stage, &mut d);
        let ok = ev.len() == 1 && {
            let e = &ev[0];
            e.plover == Some(c.plover)
                && e.cameo == c.cameo
                && e.source_code.as_deref() == Some(c.source.as_str())
                && e.target_code == c.target
                && e.negated == c.negated
                && e.hypothetical == c.hypothetical
        };
        if !ok {
            failures.push(format!("{lang}: {:?}\n  got {ev:#?}", c.text));
        }
    }
    for s in &cases.statement {
        let mut d = doc(lang, &s.text, &s.mentions);
        let ev = events(&stage, &mut d);
        if !ev.is_empty() {
            failures.push(format!("{lang}: statement {:?} coded as {ev:#?}", s.text));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_new_language_has_patterns_and_cues() {
    let stage = EventStage::new();
    for lang in ["de", "es", "it", "uk", "ru"] {
        let l = stage
            .coder()
            .lexicons()
            .languages
            .get(lang)
            .unwrap_or_else(|| panic!("no lexicon for {lang}"));
        // The categories a conflict desk needs most.
        for root in [
            "02", "03", "04", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
            "17", "18", "19",
        ] {
            assert!(
                l.patterns.iter().any(|p| p.code.starts_with(root)),
                "{lang}: no pattern for CAMEO root {root}"
            );
        }
        // No catch-all statement category.
        assert!(
            !l.patterns.iter().any(|p| p.code == "010"),
            "{lang}: statements must not be coded"
        );
        assert!(!l.cues.is_empty(), "{lang}: no modality cues");
    }
}

#[test]
fn german() {
    check("de");
}

#[test]
fn spanish() {
    check("es");
}

#[test]
fn italian() {
    check("it");
}

#[test]
fn ukrainian() {
    check("uk");
}

#[test]
fn russian() {
    check("ru");
}
