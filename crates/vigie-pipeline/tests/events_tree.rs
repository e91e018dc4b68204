//! The tree event coder through the whole standard pipeline (sentences → UD words → actors →
//! events), on sentences written for these tests: the grammar it exists for (passive agent,
//! apposition, negation, mood, coordination) in French and English gives the same triples.

use vigie_core::{AnnotationData, Document, Event, Hypothetical, Layer, Metadata};

fn events(language: &str, text: &str) -> Vec<Event> {
    events_of(
        vigie_pipeline::standard_with_coder(vigie_events::CoderKind::Tree),
        language,
        text,
    )
}

/// The events `pipeline` codes in `text`.
fn events_of(pipeline: vigie_core::Pipeline, language: &str, text: &str) -> Vec<Event> {
    let mut doc = Document::new(
        text.to_string(),
        Metadata {
            language: Some(language.into()),
            published: Some("2025-03-04".into()),
            ..Default::default()
        },
    );
    pipeline.process(&mut doc).unwrap();
    doc.layer(Layer::Event)
        .filter_map(|a| match &a.data {
            AnnotationData::Event(e) => Some(e.clone()),
            _ => None,
        })
        .collect()
}

/// (source country, CAMEO root, target country) of each event.
fn triples(es: &[Event]) -> Vec<(String, String, String)> {
    let three = |c: &Option<String>| c.as_deref().map_or(String::new(), |c| c[..3].to_string());
    es.iter()
        .map(|e| {
            (
                three(&e.source_code),
                e.cameo[..2].to_string(),
                three(&e.target_code),
            )
        })
        .collect()
}

fn t(s: &str, root: &str, o: &str) -> (String, String, String) {
    (s.into(), root.into(), o.into())
}

#[test]
fn active_and_passive_give_the_same_triple() {
    let active = events("fr", "Les forces russes ont bombardé Kharkiv mardi.");
    let passive = events("fr", "Kharkiv a été bombardée mardi par l'armée russe.");
    assert_eq!(triples(&active), vec![t("RUS", "19", "UKR")]);
    assert_eq!(triples(&passive), triples(&active));
    assert!(active
        .iter()
        .all(|e| e.pattern.as_deref().is_some_and(|p| p.starts_with("fr."))));
}

#[test]
fn an_apposition_names_the_speaker_of_the_act() {
    let es = events(
        "fr",
        "Le ministre polonais de la Défense, Władysław Kosiniak-Kamysz, a condamné la Biélorussie.",
    );
    assert_eq!(triples(&es), vec![t("POL", "11", "BLR")]);
    assert_eq!(es[0].source.as_deref(), Some("Władysław Kosiniak-Kamysz"));
}

#[test]
fn negation_and_mood_are_kept_apart_in_both_languages() {
    let fr = events("fr", "La Russie n'a pas attaqué la Finlande.");
    let en = events("en", "Russian troops did not attack Finland.");
    for e in fr.iter().chain(&en) {
        assert!(e.negated, "{e:?}");
    }
    assert_eq!(triples(&fr), vec![t("RUS", "19", "FIN")]);
    assert_eq!(triples(&en), vec![t("RUS", "19", "FIN")]);
    let fr = events("fr", "La Russie pourrait attaquer la Moldavie.");
    let en = events("en", "Russia could attack Moldova.");
    assert_eq!(fr[0].hypothetical, Some(Hypothetical::Conditional));
    assert_eq!(en[0].hypothetical, Some(Hypothetical::Possibility));
    assert!(!fr[0].negated && !en[0].negated);
}

#[test]
fn coordinated_sources_each_act() {
    let fr = events(
        "fr",
        "Les États-Unis et le Royaume-Uni ont imposé des sanctions à la Biélorussie.",
    );
    let en = events(
        "en",
        "The United States and Britain imposed sanctions on Belarus.",
    );
    let want = vec![t("USA", "16", "BLR"), t("GBR", "16", "BLR")];
    assert_eq!(triples(&fr), want);
    assert_eq!(triples(&en), want);
}

#[test]
fn an_act_done_together_is_coded_once_from_the_first_named() {
    for (lang, text) in [
        ("en", "Jordan and Britain met on Tuesday."),
        (
            "fr",
            "La Jordanie et le Royaume-Uni se sont rencontrés mardi.",
        ),
    ] {
        let got = triples(&events(lang, text));
        assert_eq!(got, vec![t("JOR", "04", "GBR")], "{lang}: {got:?}");
    }
}

#[test]
fn the_default_coder_reads_with_the_tree_what_french_phrases_leave() {
    // No trigger phrase of lexicons/fr/events.toml codes "prêt à signer un accord": French sets
    // `tree_fallback`, so the default pipeline asks the tree coder, which reads the readiness.
    let es = events_of(
        vigie_pipeline::standard(),
        "fr",
        "Erevan est prêt à signer un accord de paix avec Bakou.",
    );
    assert_eq!(triples(&es), vec![t("ARM", "03", "AZE")]);
    assert_eq!(es[0].hypothetical, Some(Hypothetical::Readiness));
}
