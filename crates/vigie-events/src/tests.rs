//! Coder tests on documents annotated by hand (sentences, actor mentions, quotes, dates), so
//! they do not depend on the segmenter or the actor linker.

use vigie_core::{
    DateMention, Document, EntityType, Event, Hypothetical, Layer, Mention, Metadata, Plover,
    Quote, Sentence, Span,
};

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
                entity_type: etype.parse().unwrap(),
                how: Some(vigie_core::MentionHow::Name),
                why: Vec::new(),
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
    assert_eq!(support.plover, Some(Plover::Support));
    assert_eq!(support.goldstein, 3.4);
    assert!(!support.negated && support.hypothetical.is_none());
    assert_eq!(support.reported_by.as_deref(), Some("article"));
    assert_eq!(support.date.as_deref(), Some("2025-11-03"));
    let reject = ev
        .iter()
        .find(|e| e.plover == Some(Plover::Reject))
        .expect("reject");
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
        ev.iter()
            .all(|e| e.negated && e.plover == Some(Plover::Assault)),
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
    assert_eq!(aid.plover, Some(Plover::Agree));
    assert_eq!(aid.hypothetical, Some(Hypothetical::Intent));
    assert!(!aid.negated);
    let dep = ev
        .iter()
        .find(|e| e.source_code.as_deref() == Some("BLR"))
        .expect("deploy");
    assert!(dep.negated, "{dep:?}");
    assert_eq!(dep.hypothetical, Some(Hypothetical::Intent));
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
    assert_eq!(ev[0].hypothetical, Some(Hypothetical::Prediction));
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
            kind: vigie_core::DateKind::Absolute,
            granularity: Some(vigie_core::DateGranularity::Day),
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
        .any(|e| e.plover == Some(Plover::Agree) || e.cameo.starts_with("03")));
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
    let reject = ev
        .iter()
        .find(|e| e.plover == Some(Plover::Reject))
        .expect("reject");
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
    let rejects: Vec<_> = ev
        .iter()
        .filter(|e| e.plover == Some(Plover::Reject))
        .collect();
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

/// Adds an actor mention without a code (a person the linker could not identify).
fn uncoded_person(d: &mut Document, surface: &str) {
    let pos = d.text.find(surface).expect(surface);
    d.annotate(
        Span::new(pos, pos + surface.len()),
        Mention {
            actor: None,
            code: None,
            canonical: Some(surface.into()),
            entity_type: EntityType::Person,
            how: Some(vigie_core::MentionHow::Unlinked),
            why: Vec::new(),
        },
    );
}

#[test]
fn a_measure_of_internal_order_without_target_falls_on_the_own_country() {
    let mut d = doc(
        "en",
        "Uruguay imposed a curfew on Monday.\nUruguay lifted the state of emergency on Friday.",
        &[
            ("Uruguay", "Uruguay", "URY", "country"),
            ("Uruguay", "Uruguay", "URY", "country"),
        ],
    );
    let ev = events(&mut d);
    let t: Vec<_> = ev
        .iter()
        .map(|e| (triple(e), e.plover.map_or("", Plover::as_str)))
        .collect();
    assert!(
        t.iter()
            .any(|(t, p)| t.0 == "URY" && t.2 == "URY" && *p == "COERCE"),
        "{t:?}"
    );
    // Lifting it is a concession (CAMEO 081), to the same population.
    assert!(
        t.iter()
            .any(|(t, p)| t.0 == "URY" && t.2 == "URY" && *p == "CONCEDE"),
        "{t:?}"
    );
    // One event per sentence: lifting the emergency is not also imposing it.
    assert_eq!(t.len(), 2, "{t:?}");
}

#[test]
fn a_bare_domestic_group_or_titled_unknown_person_as_object_is_the_own_country() {
    let mut d = doc(
        "en",
        "Kenya rejected the demands of striking teachers.\nOpposition parties in Kenya demanded that President Odhiambo resign.\nKenya accused Uganda of arming rebels.",
        &[
            ("Kenya", "Kenya", "KEN", "country"),
            ("Kenya", "Kenya", "KEN", "country"),
            ("Kenya", "Kenya", "KEN", "country"),
            ("Uganda", "Uganda", "UGA", "country"),
        ],
    );
    uncoded_person(&mut d, "Odhiambo");
    let ev = events(&mut d);
    let t: Vec<_> = ev
        .iter()
        .map(|e| (triple(e), e.plover.map_or("", Plover::as_str)))
        .collect();
    assert!(
        t.iter()
            .any(|(t, p)| t.0 == "KEN" && t.2 == "KEN" && *p == "REJECT"),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(t, p)| t.0 == "KEN" && t.2 == "KEN" && *p == "REQUEST"),
        "{t:?}"
    );
    // A named foreign target stays the target: "rebels" after it does not replace it.
    let accuse = ev
        .iter()
        .find(|e| e.plover == Some(Plover::Accuse))
        .expect("accuse");
    assert_eq!(accuse.target_code.as_deref(), Some("UGA"));
}

#[test]
fn acts_after_a_demand_are_its_content_and_purpose_clauses_are_not_events() {
    let mut d = doc(
        "en",
        "Chile demanded that Peru withdraw its troops and stop the shelling of border towns.\nChilean students staged rallies in Santiago to demand reforms.\nChile demanded an end to the blockade but Peru shelled the border town.",
        &[
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
            ("Chilean", "Chile", "CHLEDU", "country"),
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
        ],
    );
    let ev = events(&mut d);
    let lines: Vec<usize> = ev
        .iter()
        .map(|e| {
            d.text[..e.trigger_span.unwrap().start]
                .matches('\n')
                .count()
        })
        .collect();
    let first: Vec<&Event> = ev
        .iter()
        .zip(&lines)
        .filter(|(_, l)| **l == 0)
        .map(|(e, _)| e)
        .collect();
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].plover, Some(Plover::Request));
    let second: Vec<&Event> = ev
        .iter()
        .zip(&lines)
        .filter(|(_, l)| **l == 1)
        .map(|(e, _)| e)
        .collect();
    assert!(
        second.iter().all(|e| e.plover == Some(Plover::Protest)),
        "{second:?}"
    );
    // "but" opens a new statement: the shelling is an event of its own.
    assert!(
        ev.iter()
            .zip(&lines)
            .any(|(e, l)| *l == 2 && e.plover == Some(Plover::Assault)),
        "{ev:?}"
    );
}

#[test]
fn a_comma_list_of_countries_gives_one_target_each() {
    let mut d = doc(
        "en",
        // Two sentences with different acts: a headline event repeated in the body would be
        // recorded once.
        "Canada lifted sanctions on Iran, Syria, and Cuba.\nCanada expelled two diplomats of Cuba, the Syrian government said.",
        &[
            ("Canada", "Canada", "CAN", "country"),
            ("Iran", "Iran", "IRN", "country"),
            ("Syria", "Syria", "SYR", "country"),
            ("Cuba", "Cuba", "CUB", "country"),
            ("Canada", "Canada", "CAN", "country"),
            ("Cuba", "Cuba", "CUB", "country"),
            ("Syrian government", "Syria", "SYRGOV", "country"),
        ],
    );
    let ev = events(&mut d);
    let mut targets: Vec<String> = ev.iter().filter_map(|e| e.target_code.clone()).collect();
    targets.sort();
    // The reporter after the comma is not a list item: only coordinators may stand between
    // the comma and the next country.
    assert_eq!(targets, ["CUB", "CUB", "IRN", "SYR"], "{ev:?}");
}

/// Annotates `surface` (its first occurrence at or after byte `from`) as a mention with
/// `how`.
fn mention_how(d: &mut Document, surface: &str, from: usize, code: &str, how: &str) {
    let pos = from + d.text[from..].find(surface).expect(surface);
    d.annotate(
        Span::new(pos, pos + surface.len()),
        Mention {
            actor: Some(code[..3].into()),
            code: Some(code.into()),
            canonical: Some(surface.into()),
            entity_type: EntityType::Country,
            how: Some(how.parse().unwrap()),
            why: Vec::new(),
        },
    );
}

#[test]
fn talks_and_calls_are_coded_once_per_pair() {
    let mut d = doc(
        "en",
        "Chile telephoned Peru on Monday.\nBolivia held talks with Paraguay on Friday.",
        &[
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
            ("Bolivia", "Bolivia", "BOL", "country"),
            ("Paraguay", "Paraguay", "PRY", "country"),
        ],
    );
    let mut t: Vec<_> = events(&mut d).iter().map(triple).collect();
    t.sort();
    assert_eq!(
        t,
        [
            ("BOL".into(), "040".into(), "PRY".into()),
            ("CHL".into(), "041".into(), "PER".into()),
        ]
    );
}

#[test]
fn a_people_named_by_two_demonyms_or_as_a_minority_takes_its_home_country() {
    let text = "Bosnian Serbs demanded a truce in Bosnia.\nEthnic Hungarians demonstrated in Romania on Sunday.\nHungarians demonstrated in Romania on Sunday.";
    let mut d = Document::new(
        text.to_string(),
        Metadata {
            language: Some("en".into()),
            ..Default::default()
        },
    );
    let mut start = 0;
    for line in text.split('\n') {
        d.annotate(Span::new(start, start + line.len()), Sentence::default());
        start += line.len() + 1;
    }
    let l2 = text.find("Ethnic").unwrap();
    let l3 = text.rfind("Hungarians demonstrated").unwrap();
    mention_how(&mut d, "Bosnian", 0, "BIH", "adjective");
    mention_how(&mut d, "Serbs", 0, "SRB", "adjective");
    mention_how(&mut d, "Bosnia", 20, "BIH", "name");
    mention_how(&mut d, "Hungarians", l2, "HUN", "adjective");
    mention_how(&mut d, "Romania", l2, "ROU", "name");
    mention_how(&mut d, "Hungarians", l3, "HUN", "adjective");
    mention_how(&mut d, "Romania", l3, "ROU", "name");
    let ev = events(&mut d);
    let t: Vec<_> = ev.iter().map(triple).collect();
    // A people of Bosnia acting in Bosnia: its own country is a target distinct from it.
    assert!(
        t.contains(&("BIH".into(), "100".into(), "BIH".into())),
        "{t:?}"
    );
    assert!(
        t.contains(&("ROU".into(), "141".into(), "ROU".into())),
        "{t:?}"
    );
    // Without "ethnic", Hungarians are Hungary's.
    assert!(
        t.contains(&("HUN".into(), "141".into(), "ROU".into())),
        "{t:?}"
    );
}

#[test]
fn an_actor_inside_an_apposition_is_not_the_subject() {
    let mut d = doc(
        "en",
        "Chile, a close Peruvian partner, has rejected the plan of Bolivia.",
        &[
            ("Chile", "Chile", "CHL", "country"),
            ("Peruvian", "Peru", "PER", "country"),
            ("Bolivia", "Bolivia", "BOL", "country"),
        ],
    );
    let ev = events(&mut d);
    let reject = ev
        .iter()
        .find(|e| e.plover == Some(Plover::Reject))
        .expect("reject");
    assert_eq!(reject.source_code.as_deref(), Some("CHL"), "{ev:?}");
}

#[test]
fn a_plan_announced_by_an_uncoded_speaker_of_the_same_state_is_an_intent() {
    let text = "Chile will support Peru's bid, Chilean President Ana Rojas said.";
    let mut d = doc(
        "en",
        text,
        &[
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
            ("Chilean President", "Chile", "CHLGOV", "country"),
        ],
    );
    uncoded_person(&mut d, "Ana Rojas");
    let end = text.find(", Chilean").unwrap();
    d.annotate(
        Span::new(0, end),
        Quote {
            speaker: Some("Ana Rojas".into()),
            speaker_code: None,
            direct: false,
            ..Default::default()
        },
    );
    let ev = events(&mut d);
    let e = ev
        .iter()
        .find(|e| e.source_code.as_deref() == Some("CHL"))
        .expect("event");
    // "will support" said by the state's own president: an intent (CAMEO 032, AGREE), not a
    // prediction of support.
    assert_eq!(e.cameo, "032", "{ev:?}");
    assert_eq!(e.target_code.as_deref(), Some("PER"));
}

#[test]
fn english_entries_for_aid_cooperation_and_threats_follow_cameo() {
    let text = "Chile granted political asylum to Peru's former minister.\nChile shared intelligence with Peru on Monday.\nArgentine peacekeeping troops have arrived in Haiti.\nChile issued an ultimatum to Peru.\nChile evacuated the wounded from Peru.";
    let mut d = doc(
        "en",
        text,
        &[
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
            ("Argentine", "Argentina", "ARG", "country"),
            ("Haiti", "Haiti", "HTI", "country"),
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
            ("Chile", "Chile", "CHL", "country"),
            ("Peru", "Peru", "PER", "country"),
        ],
    );
    let mut got: Vec<(String, String)> = events(&mut d)
        .iter()
        .map(|e| (e.cameo.clone(), e.target_code.clone().unwrap_or_default()))
        .collect();
    got.sort();
    let want: Vec<(String, String)> = [
        ("064", "PER"), // share intelligence: COOPERATE
        ("073", "PER"), // evacuate the wounded: humanitarian AID
        ("074", "HTI"), // peacekeepers arrive: AID (peacekeeping)
        ("075", "PER"), // grant asylum: AID
        ("139", "PER"), // ultimatum: THREATEN
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn a_promise_about_the_own_country_has_no_target() {
    let mut d = doc(
        "en",
        "The Chilean president promised to democratize Chile.\nThe Chilean president promised to help Peru.",
        &[
            ("Chilean president", "Chile", "CHLGOV", "country"),
            ("Chile.", "Chile", "CHL", "country"),
            ("Chilean president", "Chile", "CHLGOV", "country"),
            ("Peru", "Peru", "PER", "country"),
        ],
    );
    let mut t: Vec<_> = events(&mut d)
        .iter()
        .map(|e| (e.source_code.clone(), e.target_code.clone()))
        .collect();
    t.sort();
    assert_eq!(
        t,
        [
            (Some("CHLGOV".into()), None),
            (Some("CHLGOV".into()), Some("PER".into()))
        ]
    );
}

#[test]
fn an_intent_to_ease_dissent_is_domestic_and_a_passive_indictment_has_the_court_as_source() {
    let mut d = doc(
        "en",
        "Chilean unions agreed to postpone the strike until May.\nThe Peruvian minister has been indicted by the Andean court.",
        &[
            ("Chilean unions", "Chile", "CHLLAB", "country"),
            ("Peruvian minister", "Peru", "PERGOV", "country"),
            ("Andean court", "Andean court", "IGOSAMJUD", "organisation"),
        ],
    );
    let mut t: Vec<_> = events(&mut d).iter().map(triple).collect();
    t.sort();
    assert_eq!(
        t,
        [
            ("CHLLAB".into(), "0352".into(), "CHL".into()),
            ("IGOSAMJUD".into(), "115".into(), "PERGOV".into()),
        ]
    );
}

#[test]
fn an_act_inside_a_condition_is_not_coded() {
    let mut d = doc(
        "en",
        "Afghan rebels said they would meet the UN mediator if he gave them a veto over any settlement reached in peace talks.",
        &[
            ("Afghan rebels", "Afghanistan", "AFGREB", "country"),
            ("UN", "UN", "IGOUNO", "organisation"),
        ],
    );
    let ev = events(&mut d);
    assert!(ev.iter().all(|e| e.plover != Some(Plover::Aid)), "{ev:?}");
    assert!(ev.iter().all(|e| !e.cameo.starts_with("046")), "{ev:?}");
    let meet = ev
        .iter()
        .find(|e| e.cameo == "036")
        .expect("intent to meet");
    assert_eq!(
        triple(meet),
        ("AFGREB".into(), "036".into(), "IGOUNO".into())
    );
}

#[test]
fn the_subject_of_a_complement_clause_is_the_target() {
    let mut d = doc(
        "en",
        "China demanded that the United States cancel plans to sell weapons to Taiwan.",
        &[
            ("China", "China", "CHN", "country"),
            ("United States", "United States", "USA", "country"),
            ("Taiwan", "Taiwan", "TWN", "country"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(triple(&ev[0]), ("CHN".into(), "100".into(), "USA".into()));
}

#[test]
fn force_without_an_actor_object_falls_on_the_country_of_the_place() {
    let mut d = doc(
        "en",
        "Israeli tanks fired four shells at targets in Jericho.",
        &[
            ("Israeli", "Israel", "ISR", "country"),
            ("Jericho", "Jericho", "PSE", "place"),
        ],
    );
    let ev = events(&mut d);
    assert!(!ev.is_empty());
    assert!(
        ev.iter().all(|e| e.target_code.as_deref() == Some("PSE")),
        "{ev:?}"
    );
}

#[test]
fn killing_is_force_and_victims_without_a_named_killer_give_no_event() {
    let mut d = doc(
        "en",
        "Serb forces killed three Albanians.\nThree US soldiers were killed by an improvised explosive device near Basra.",
        &[
            ("Serb forces", "Serbia", "SRBMIL", "country"),
            ("Albanians", "Albania", "ALB", "country"),
            ("US", "United States", "USA", "country"),
            ("Basra", "Basra", "IRQ", "place"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        triple(&ev[0]),
        ("SRBMIL".into(), "190".into(), "ALB".into())
    );
}

#[test]
fn a_generic_killing_gives_way_to_the_specific_act() {
    let mut d = doc(
        "en",
        "Two Palestinian suicide bombers killed 23 Israelis in Tel Aviv.",
        &[
            ("Palestinian", "Palestine", "PSE", "country"),
            ("Israelis", "Israel", "ISR", "country"),
        ],
    );
    let ev = events(&mut d);
    assert!(!ev.is_empty());
    assert!(ev.iter().all(|e| e.cameo.starts_with("18")), "{ev:?}");
}

#[test]
fn a_coordinated_verb_shares_the_first_subject() {
    let mut d = doc(
        "en",
        "A roadside bombing near Samarra killed one US soldier and wounded two others.",
        &[
            ("Samarra", "Samarra", "IRQ", "place"),
            ("US", "United States", "USA", "country"),
        ],
    );
    let ev = events(&mut d);
    assert!(!ev.is_empty());
    assert!(
        ev.iter().all(|e| e.source_code.as_deref() == Some("IRQ")),
        "{ev:?}"
    );
}

#[test]
fn hyphenated_adjectives_and_participle_adjuncts_are_no_acts() {
    let mut d = doc(
        "en",
        "Palestinians of the Israeli-occupied West Bank went on strike.\nSupporters of Algeria blocked roads in Algiers demanding that he be reinstated.",
        &[
            ("Palestinians", "Palestine", "PSE", "country"),
            ("Israeli", "Israel", "ISR", "country"),
            ("Algeria", "Algeria", "DZA", "country"),
            ("Algiers", "Algiers", "DZA", "place"),
        ],
    );
    let ev = events(&mut d);
    assert!(
        ev.iter().all(|e| e.plover == Some(Plover::Protest)),
        "{ev:?}"
    );
    assert_eq!(ev.len(), 2, "{ev:?}");
}

#[test]
fn one_act_told_twice_keeps_the_telling_with_a_target() {
    let mut d = doc(
        "en",
        "Saddam Hussein arrived in Amman on a previously unannounced visit.",
        &[
            ("Saddam Hussein", "Saddam Hussein", "IRQGOV", "person"),
            ("Amman", "Amman", "JOR", "place"),
        ],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        triple(&ev[0]),
        ("IRQGOV".into(), "042".into(), "JOR".into())
    );
}

#[test]
fn a_plan_relayed_by_unnamed_sources_is_an_intent() {
    let mut d = doc(
        "en",
        "Gambia will visit Senegal to mediate in the dispute, diplomatic sources said.",
        &[
            ("Gambia", "Gambia", "GMB", "country"),
            ("Senegal", "Senegal", "SEN", "country"),
        ],
    );
    let ev = events(&mut d);
    let visit = ev
        .iter()
        .find(|e| e.target_code.as_deref() == Some("SEN"))
        .expect("visit");
    assert_eq!(visit.cameo, "036", "{ev:?}");
    assert_eq!(visit.hypothetical, Some(Hypothetical::Intent));
}

#[test]
fn targets_stop_at_conditions_possessives_and_not_at_abbreviations() {
    let mut d = doc(
        "en",
        "Syria will not accept refugees if war starts in Iraq.\nNorth Korea trained hackers capable of cyber warfare against the United States, South Korea's defense ministry said.\nIraq will allow the return of U.N. weapons inspectors.",
        &[
            ("Syria", "Syria", "SYR", "country"),
            ("Iraq", "Iraq", "IRQ", "country"),
            ("North Korea", "North Korea", "PRK", "country"),
            ("United States", "United States", "USA", "country"),
            ("South Korea", "South Korea", "KOR", "country"),
            ("Iraq", "Iraq", "IRQ", "country"),
            ("U.N.", "UN", "IGOUNO", "organisation"),
        ],
    );
    let ev = events(&mut d);
    let by = |s: &str| {
        ev.iter()
            .filter(|e| e.source_code.as_deref() == Some(s))
            .collect::<Vec<_>>()
    };
    assert!(by("SYR").iter().all(|e| e.target_code.is_none()), "{ev:?}");
    let prk: Vec<_> = by("PRK").iter().map(|e| e.target_code.clone()).collect();
    assert_eq!(prk, vec![Some("USA".to_string())], "{ev:?}");
    assert!(
        by("IRQ")
            .iter()
            .any(|e| e.target_code.as_deref() == Some("IGOUNO")),
        "{ev:?}"
    );
}

#[test]
fn hosting_named_after_by_is_the_hosts_act() {
    let mut d = doc(
        "en",
        "Moroccan diplomats held a meeting with Obama at a lunch hosted by the ambassador of Morocco.",
        &[
            ("Moroccan diplomats", "Morocco", "MARGOV", "country"),
            ("Obama", "Barack Obama", "USAGOV", "person"),
            ("Morocco", "Morocco", "MAR", "country"),
        ],
    );
    let ev = events(&mut d);
    assert!(
        ev.iter()
            .all(|e| e.source_code.as_deref() != Some("USAGOV")),
        "{ev:?}"
    );
}

#[test]
fn a_member_of_a_body_acts_for_it() {
    let mut d = doc(
        "en",
        "A member of the Syrian parliament started a hunger strike yesterday.",
        &[("Syrian parliament", "Syria", "SYRLEG", "country")],
    );
    let ev = events(&mut d);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].source_code.as_deref(), Some("SYRLEG"));
    assert_eq!(ev[0].plover, Some(Plover::Protest));
}
