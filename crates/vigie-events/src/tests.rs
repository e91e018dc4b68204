//! Coder tests on documents annotated by hand (sentences, actor mentions, quotes, dates), so
//! they do not depend on the segmenter or the actor linker.

use vigie_core::{DateMention, Document, Event, Layer, Mention, Metadata, Quote, Sentence, Span};

use crate::lexicon::CUE_KINDS;
use crate::EventStage;
use vigie_core::Stage;

/// A document in `lang` with one sentence per line and the given mentions
/// (surface, canonical, code, entity type), each annotated at its first occurrence after the
/// previous one of the same surface.
fn doc(lang: &str, text: &str, mentions: &[(&str, &str, &str, &str)]) -> Document {
    let mut d = Document::new(
        text.to_string(),
        Metadata {
            language: Some(lang.into()),
            published: Some("2025-11-03T14:38:00".into()),
            ..Default::default()
        },
    );
    let mut start = 0;
    for line in text.split('\n') {
        d.annotate(Span::new(start, start + line.len()), Sentence::default());
        start += line.len() + 1;
    }
    let mut from: std::collections::HashMap<&str, usize> = Default::default();
    for &(surface, canonical, code, etype) in mentions {
        let at = from.get(surface).copied().unwrap_or(0);
        let pos = at
            + text[at..]
                .find(surface)
                .unwrap_or_else(|| panic!("{surface}"));
        from.insert(surface, pos + surface.len());
        d.annotate(
            Span::new(pos, pos + surface.len()),
            Mention {
                actor: Some(code.into()),
                code: Some(code.into()),
                canonical: Some(canonical.into()),
                entity_type: etype.into(),
                how: "name".into(),
            },
        );
    }
    d
}

fn events(d: &mut Document) -> Vec<Event> {
    EventStage::new().process(d).unwrap();
    d.layer(Layer::Event)
        .map(|a| match &a.data {
            vigie_core::AnnotationData::Event(e) => e.clone(),
            _ => unreachable!(),
        })
        .collect()
}

fn triple(e: &Event) -> (String, String, String) {
    (
        e.source_code.clone().unwrap_or_default(),
        e.cameo.clone(),
        e.target_code.clone().unwrap_or_default(),
    )
}

#[test]
fn lexicons_cover_all_twenty_roots_in_french_and_english() {
    let stage = EventStage::new();
    for lang in ["fr", "en"] {
        let l = &stage.coder().lexicons().languages[lang];
        for root in 1..=20 {
            let r = format!("{root:02}");
            assert!(
                l.patterns.iter().any(|p| p.code.starts_with(&r)),
                "{lang}: no pattern for CAMEO root {r}"
            );
        }
        assert!(!l.cues.is_empty());
    }
    assert_eq!(CUE_KINDS.len(), 11);
}

#[test]
fn active_sentence_gives_source_code_and_target_with_goldstein_and_plover() {
    let mut d = doc(
        "fr",
        "Les États-Unis ont exprimé leur soutien à la France mais ont refusé d’y participer directement.",
        &[("États-Unis", "United States", "USA", "country"), ("France", "France", "FRA", "country")],
    );
    let ev = events(&mut d);
    let support = ev.iter().find(|e| e.cameo == "051").expect("051");
    assert_eq!(triple(support), ("USA".into(), "051".into(), "FRA".into()));
    assert_eq!(support.plover, "SUPPORT");
    assert_eq!(support.goldstein, 3.4);
    assert!(!support.negated && support.hypothetical.is_none());
    assert_eq!(support.reported_by.as_deref(), Some("article"));
    assert_eq!(support.date.as_deref(), Some("2025-11-03"));
    let reject = ev.iter().find(|e| e.plover == "REJECT").expect("reject");
    assert_eq!(reject.source_code.as_deref(), Some("USA"));
    let span = reject.trigger_span.unwrap();
    assert!(d.slice(span).starts_with("refusé"));
}

#[test]
fn no_pattern_means_no_event() {
    let mut d = doc(
        "fr",
        "La Russie et la Biélorussie ont une longue frontière commune.",
        &[
            ("Russie", "Russia", "RUS", "country"),
            ("Biélorussie", "Belarus", "BLR", "country"),
        ],
    );
    assert!(events(&mut d).is_empty());
}

#[test]
fn negation_in_french_and_english() {
    let mut d = doc(
        "fr",
        "Pas un seul soldat biélorusse ne combat en Ukraine.\nRien n’indique que le Belarus participe aux combats en Ukraine.",
        &[
            ("biélorusse", "Belarus", "BLRMIL", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
            ("Belarus", "Belarus", "BLR", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 2, "{ev:?}");
    assert!(
        ev.iter().all(|e| e.negated && e.plover == "ASSAULT"),
        "{ev:?}"
    );
    assert_eq!(
        triple(&ev[0]),
        ("BLRMIL".into(), "190".into(), "UKR".into())
    );

    let mut d = doc(
        "en",
        "Russia did not attack Ukraine.",
        &[
            ("Russia", "Russia", "RUS", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1);
    assert!(ev[0].negated);
}

#[test]
fn intent_becomes_03x_and_hypothetical() {
    let mut d = doc(
        "fr",
        "Minsk n’a pas l’intention de déployer ses forces d’aide en Ukraine.\nLa Russie est prête à fournir une aide militaire à la Biélorussie.",
        &[
            ("Minsk", "Belarus", "BLR", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
            ("Russie", "Russia", "RUS", "country"),
            ("Biélorussie", "Belarus", "BLR", "country"),
        ],
    );
    let ev = events(&mut d);
    let aid = ev
        .iter()
        .find(|e| e.source_code.as_deref() == Some("RUS"))
        .expect("aid");
    assert_eq!(aid.cameo, "0332", "{aid:?}");
    assert_eq!(aid.plover, "AGREE");
    assert_eq!(aid.hypothetical.as_deref(), Some("intent"));
    assert!(!aid.negated);
    let dep = ev
        .iter()
        .find(|e| e.source_code.as_deref() == Some("BLR"))
        .expect("deploy");
    assert!(dep.negated, "{dep:?}");
    assert_eq!(dep.hypothetical.as_deref(), Some("intent"));
}

#[test]
fn conditional_reported_by_others_is_a_prediction() {
    let mut d = doc(
        "fr",
        "Selon une source, des unités biélorusses pourraient entrer en Ukraine dans les prochains jours.",
        &[("biélorusses", "Belarus", "BLRMIL", "country"), ("Ukraine", "Ukraine", "UKR", "country")],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].hypothetical.as_deref(), Some("prediction"));
    assert_eq!(
        triple(&ev[0]),
        ("BLRMIL".into(), "190".into(), "UKR".into())
    );
}

#[test]
fn passive_voice_swaps_source_and_target() {
    let mut d = doc(
        "en",
        "Kyiv was attacked by Russia on Monday.",
        &[
            ("Kyiv", "Ukraine", "UKR", "country"),
            ("Russia", "Russia", "RUS", "country"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1);
    assert_eq!(triple(&ev[0]), ("RUS".into(), "190".into(), "UKR".into()));
    let mut d = doc(
        "fr",
        "La Biélorussie est accusée par l’Ukraine de crimes.",
        &[
            ("Biélorussie", "Belarus", "BLR", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(triple(&ev[0]), ("UKR".into(), "112".into(), "BLR".into()));
}

#[test]
fn nominal_invasion_and_coordinated_actors() {
    let mut d = doc(
        "fr",
        "La Grande-Bretagne et la France condamnent l’invasion de l’Ukraine par la Russie.",
        &[
            ("Grande-Bretagne", "United Kingdom", "GBR", "country"),
            ("France", "France", "FRA", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
            ("Russie", "Russia", "RUS", "country"),
        ],
    );
    let ev = events(&mut d);
    let t: Vec<_> = ev.iter().map(triple).collect();
    assert!(
        t.contains(&("RUS".into(), "190".into(), "UKR".into())),
        "{t:?}"
    );
    assert!(
        t.contains(&("GBR".into(), "111".into(), "UKR".into())),
        "{t:?}"
    );
    assert!(
        t.contains(&("FRA".into(), "111".into(), "UKR".into())),
        "{t:?}"
    );
}

#[test]
fn quoted_speaker_reports_and_dates_come_from_the_sentence() {
    let text = "Le ministre a déclaré : « Nous sommes prêts à aider la Serbie » le 2 juillet.";
    let mut d = doc("fr", text, &[("Serbie", "Serbia", "SRB", "country")]);
    let qs = text.find('«').unwrap();
    let qe = text.find('»').unwrap() + '»'.len_utf8();
    d.annotate(
        Span::new(qs, qe),
        Quote {
            speaker: Some("Aleksandr Volfovich".into()),
            speaker_code: Some("BLRGOV".into()),
            direct: true,
            ..Default::default()
        },
    );
    let ds = text.find("2 juillet").unwrap();
    d.annotate(
        Span::new(ds, ds + "2 juillet".len()),
        DateMention {
            resolved: Some("2022-07-02".into()),
            kind: "absolute".into(),
            granularity: Some("day".into()),
        },
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1, "{ev:?}");
    let e = &ev[0];
    assert_eq!(e.cameo, "033");
    assert_eq!(e.source_code.as_deref(), Some("BLRGOV"));
    assert_eq!(e.reported_by.as_deref(), Some("Aleksandr Volfovich"));
    assert_eq!(e.date.as_deref(), Some("2022-07-02"));
}

#[test]
fn alleged_and_location() {
    let mut d = doc(
        "en",
        "Russia allegedly attacked Ukraine near Kharkiv.",
        &[
            ("Russia", "Russia", "RUS", "country"),
            ("Ukraine", "Ukraine", "UKR", "country"),
            ("Kharkiv", "Kharkiv", "UKR", "place"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1);
    assert!(ev[0].alleged);
    assert_eq!(ev[0].location.as_deref(), Some("Kharkiv"));
}

#[test]
fn a_trigger_used_as_a_noun_after_the_event_is_not_a_second_event() {
    let mut d = doc(
        "en",
        "Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.",
        &[
            ("Bosnia", "Bosnia", "BIH", "country"),
            ("Slovenia", "Slovenia", "SVN", "country"),
        ],
    );
    let ev = events(&mut d);
    assert!(ev
        .iter()
        .any(|e| e.plover == "AGREE" || e.cameo.starts_with("03")));
    assert!(!ev.iter().any(|e| e.cameo.starts_with("19")), "{ev:#?}");
}

#[test]
fn an_act_in_a_condition_clause_is_not_a_second_event_and_makes_a_threat() {
    let mut d = doc(
        "en",
        "Nigeria announced that it will withdraw its peacekeeping force from Chad unless the rebels attacked again.",
        &[("Nigeria", "Nigeria", "NGA", "country"), ("Chad", "Chad", "TCD", "country")],
    );
    let ev = events(&mut d);
    assert!(!ev.iter().any(|e| e.cameo.starts_with("19")), "{ev:#?}");
    assert!(ev.iter().any(|e| e.cameo.starts_with("13")), "{ev:#?}");
}

#[test]
fn a_target_further_on_in_the_clause_is_found() {
    let mut d = doc(
        "en",
        "The United Nations rejected a call for its peacekeeping forces to be deployed in East Timor.",
        &[
            ("United Nations", "United Nations", "IGOUNO", "organisation"),
            ("East Timor", "East Timor", "TLS", "country"),
        ],
    );
    let ev = events(&mut d);
    let reject = ev.iter().find(|e| e.plover == "REJECT").expect("reject");
    assert_eq!(reject.target_code.as_deref(), Some("TLS"));
}

#[test]
fn a_headline_event_repeated_in_the_body_is_recorded_once() {
    let mut d = doc(
        "en",
        "Belarus rejected the Polish proposal\nOn Monday Belarus rejected the Polish proposal, the ministry said.",
        &[
            ("Belarus", "Belarus", "BLR", "country"),
            ("Polish", "Poland", "POL", "country"),
            ("Belarus", "Belarus", "BLR", "country"),
            ("Polish", "Poland", "POL", "country"),
        ],
    );
    let ev = events(&mut d);
    let rejects: Vec<_> = ev.iter().filter(|e| e.plover == "REJECT").collect();
    assert_eq!(rejects.len(), 1, "{ev:#?}");
    assert!(d
        .slice(rejects[0].trigger_span.unwrap())
        .starts_with("rejected"));
}

#[test]
fn a_place_in_the_subject_gives_the_source_and_protest_targets_the_own_state() {
    let mut d = doc(
        "en",
        "Demonstrators in Baghdad blocked a road on Sunday.",
        &[("Baghdad", "Baghdad", "IRQ", "place")],
    );
    let ev = events(&mut d);
    assert!(
        ev.iter()
            .any(|e| triple(e) == ("IRQ".into(), "144".into(), "IRQ".into())),
        "{ev:#?}"
    );
}

#[test]
fn an_actor_inside_a_gapped_trigger_is_its_object() {
    let mut d = doc(
        "en",
        "Bangladesh rejected an Indian proposal on Monday.",
        &[
            ("Bangladesh", "Bangladesh", "BGD", "country"),
            ("Indian", "India", "IND", "country"),
        ],
    );
    let ev = events(&mut d);
    assert!(
        ev.iter()
            .any(|e| e.source_code.as_deref() == Some("BGD")
                && e.target_code.as_deref() == Some("IND")),
        "{ev:#?}"
    );
}

#[test]
fn a_direct_object_comes_before_a_later_prepositional_target() {
    let mut d = doc(
        "en",
        "A US official praised Haiti's efforts and called it a partner for the United States.",
        &[
            ("US", "United States", "USA", "country"),
            ("Haiti", "Haiti", "HTI", "country"),
            ("the United States", "United States", "USA", "country"),
        ],
    );
    let ev = events(&mut d);
    assert!(
        ev.iter()
            .any(|e| triple(e) == ("USA".into(), "051".into(), "HTI".into())),
        "{ev:#?}"
    );
}
