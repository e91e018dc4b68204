//! French event rules on sentences written for these tests, annotated by hand (sentences one
//! per line, actor mentions), so they do not depend on the segmenter, the linker or the
//! coreference stage.

use vigie_core::{
    AnnotationData, Document, EntityType, Event, Layer, Mention, Metadata, Sentence, Span, Stage,
};
use vigie_events::EventStage;

/// A French document, one sentence per line, with mentions (surface, canonical, code, entity
/// type, how), each at its first occurrence after the previous one of the same surface.
fn doc(text: &str, mentions: &[(&str, &str, &str, &str, &str)]) -> Document {
    let mut d = Document::new(
        text.to_string(),
        Metadata {
            language: Some("fr".into()),
            published: Some("2022-07-06".into()),
            ..Default::default()
        },
    );
    let mut start = 0;
    for line in text.split('\n') {
        if !line.is_empty() {
            d.annotate(Span::new(start, start + line.len()), Sentence::default());
        }
        start += line.len() + 1;
    }
    let mut from: std::collections::HashMap<&str, usize> = Default::default();
    for &(surface, canonical, code, etype, how) in mentions {
        let at = from.get(surface).copied().unwrap_or(0);
        let pos = at
            + text[at..]
                .find(surface)
                .unwrap_or_else(|| panic!("{surface}"));
        from.insert(surface, pos + surface.len());
        d.annotate(
            Span::new(pos, pos + surface.len()),
            Mention {
                actor: Some(code[..3].into()),
                code: Some(code.into()),
                canonical: Some(canonical.into()),
                entity_type: etype.parse().unwrap(),
                how: Some(how.parse().unwrap()),
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
            AnnotationData::Event(e) => e.clone(),
            _ => unreachable!(),
        })
        .collect()
}

fn has(evs: &[Event], source: &str, plover: &str, target: Option<&str>) -> bool {
    evs.iter().any(|e| {
        e.source_code
            .as_deref()
            .is_some_and(|c| c.starts_with(source))
            && e.plover.map(|p| p.as_str()) == Some(plover)
            && match target {
                Some(t) => e.target_code.as_deref().is_some_and(|c| c.starts_with(t)),
                None => e.target_code.is_none(),
            }
    })
}

#[test]
fn sanctions_with_an_adjective_are_imposed_by_its_actor() {
    // The "par" phrase at the end belongs to "l'annexion", not to the sanctions.
    let mut d = doc(
        "La Serbie a été frappée par des sanctions occidentales en raison de l'annexion de la Crimée par la Russie.",
        &[
            ("Serbie", "Serbia", "SRB", "country", "name"),
            ("occidentales", "the West", "WST", "group", "adjective"),
            ("Russie", "Russia", "RUS", "country", "name"),
        ],
    );
    let evs = events(&mut d);
    assert!(has(&evs, "WST", "SANCTION", Some("SRB")), "{evs:#?}");
    assert!(!has(&evs, "RUS", "SANCTION", Some("SRB")), "{evs:#?}");
}

#[test]
fn headings_are_not_coded_but_a_lone_sentence_is() {
    let text = "La Pologne expulse des diplomates russes\n\nLe gouvernement polonais a expulsé trois diplomates russes lundi.";
    let ments = [
        ("Pologne", "Poland", "POL", "country", "name"),
        ("russes", "Russia", "RUS", "country", "adjective"),
        (
            "gouvernement polonais",
            "Poland",
            "POLGOV",
            "country",
            "agent",
        ),
        ("diplomates russes", "Russia", "RUSGOV", "country", "agent"),
    ];
    let mut d = doc(text, &ments);
    let evs = events(&mut d);
    let heading_end = text.find('\n').unwrap();
    assert!(
        evs.iter()
            .all(|e| e.trigger_span.is_some_and(|t| t.start > heading_end)),
        "{evs:#?}"
    );
    assert!(!evs.is_empty(), "the body sentence is coded: {evs:#?}");
    // The same words as a one-sentence document are coded.
    let mut d = doc(
        "La Pologne expulse des diplomates russes",
        &[
            ("Pologne", "Poland", "POL", "country", "name"),
            ("diplomates russes", "Russia", "RUSGOV", "country", "agent"),
        ],
    );
    assert!(!events(&mut d).is_empty());
    // So is a one-line text of two sentences without final punctuation: no body, no heading.
    let text = "La Pologne a expulsé des diplomates russes. La Russie a protesté";
    let mut d = Document::new(
        text.to_string(),
        Metadata {
            language: Some("fr".into()),
            ..Default::default()
        },
    );
    let cut = text.find(" La Russie").unwrap();
    d.annotate(Span::new(0, cut), Sentence::default());
    d.annotate(Span::new(cut + 1, text.len()), Sentence::default());
    for (surface, code) in [("Pologne", "POL"), ("diplomates russes", "RUSGOV")] {
        let at = text.find(surface).unwrap();
        d.annotate(
            Span::new(at, at + surface.len()),
            Mention {
                actor: Some(code[..3].into()),
                code: Some(code.into()),
                canonical: Some(surface.into()),
                entity_type: EntityType::Country,
                how: Some(vigie_core::MentionHow::Name),
                why: Vec::new(),
            },
        );
    }
    assert!(!events(&mut d).is_empty());
}

#[test]
fn coordinated_verb_phrase_keeps_the_first_subject() {
    // The coreference stage puts a mention of the first verb's subject on "et"; the coder
    // takes it as the subject of "a accusé" rather than "la Turquie" of the complement clause,
    // and does not read "a" (auxiliary) as the preposition "à".
    let mut d = doc(
        "Le président Emmanuel Macron a affirmé que la Turquie n'accepterait jamais cet accord, et a accusé la Hongrie de blocage.",
        &[
            ("Emmanuel Macron", "Emmanuel Macron", "FRAGOV", "person", "name"),
            ("Turquie", "Turkey", "TUR", "country", "name"),
            ("et", "Emmanuel Macron", "FRAGOV", "person", "coreference"),
            ("Hongrie", "Hungary", "HUN", "country", "name"),
        ],
    );
    let evs = events(&mut d);
    assert!(has(&evs, "FRA", "ACCUSE", Some("HUN")), "{evs:#?}");
    assert!(!has(&evs, "TUR", "ACCUSE", Some("HUN")), "{evs:#?}");
}

#[test]
fn a_pronoun_mention_takes_no_title_from_the_mention_before_it() {
    // "… en Moldavie, il a …": the country right before the pronoun is not its title.
    let mut d = doc(
        "Après sa visite en Moldavie, il a accusé la Russie d'ingérence.",
        &[
            ("Moldavie", "Moldova", "MDA", "country", "name"),
            ("il", "Emmanuel Macron", "FRAGOV", "person", "coreference"),
            ("Russie", "Russia", "RUS", "country", "name"),
        ],
    );
    let evs = events(&mut d);
    assert!(has(&evs, "FRA", "ACCUSE", Some("RUS")), "{evs:#?}");
}
