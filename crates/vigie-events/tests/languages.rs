//! Event coding in German, Spanish, Italian, Ukrainian and Russian: one sentence per case,
//! written for these tests, with its actor mentions annotated by hand so the cases do not
//! depend on the segmenter or the actor linker. Each case states the PLOVER type and CAMEO
//! code, source and target codes, negation and hypothetical kind the lexicons must give; a
//! plain statement must give no event.

use vigie_core::{
    AnnotationData, Document, Event, Layer, Mention, Metadata, Sentence, Span, Stage,
};
use vigie_events::EventStage;

/// A one-sentence document in `lang` with country mentions (surface, code), each at its first
/// occurrence after the previous mention.
fn doc(lang: &str, text: &str, mentions: &[(&str, &str)]) -> Document {
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
    for &(surface, code) in mentions {
        let pos = at
            + text[at..]
                .find(surface)
                .unwrap_or_else(|| panic!("{surface} not in {text}"));
        at = pos + surface.len();
        d.annotate(
            Span::new(pos, pos + surface.len()),
            Mention {
                actor: Some(code[..3].into()),
                code: Some(code.into()),
                canonical: Some(code.into()),
                entity_type: "country".into(),
                how: "name".into(),
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

/// One sentence and the single event it must give.
struct Case {
    text: &'static str,
    mentions: &'static [(&'static str, &'static str)],
    plover: &'static str,
    cameo: &'static str,
    source: &'static str,
    target: Option<&'static str>,
    negated: bool,
    hypothetical: Option<&'static str>,
}

/// Codes every case of `lang` and checks its one event; then checks that each statement gives
/// no event at all.
fn check(lang: &str, cases: &[Case], statements: &[(&str, &[(&str, &str)])]) {
    let stage = EventStage::new();
    let mut failures = Vec::new();
    for c in cases {
        let mut d = doc(lang, c.text, c.mentions);
        let ev = events(&stage, &mut d);
        let ok = ev.len() == 1 && {
            let e = &ev[0];
            e.plover == c.plover
                && e.cameo == c.cameo
                && e.source_code.as_deref() == Some(c.source)
                && e.target_code.as_deref() == c.target
                && e.negated == c.negated
                && e.hypothetical.as_deref() == c.hypothetical
        };
        if !ok {
            failures.push(format!("{lang}: {:?}\n  got {ev:#?}", c.text));
        }
    }
    for (text, mentions) in statements {
        let mut d = doc(lang, text, mentions);
        let ev = events(&stage, &mut d);
        if !ev.is_empty() {
            failures.push(format!("{lang}: statement {text:?} coded as {ev:#?}"));
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
    check(
        "de",
        &[
            Case {
                text: "Russland griff am Montag die Ukraine an.",
                mentions: &[("Russland", "RUS"), ("Ukraine", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Russland hat die Ukraine angegriffen.",
                mentions: &[("Russland", "RUS"), ("Ukraine", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Belarus wird nicht in die Ukraine einmarschieren.",
                mentions: &[("Belarus", "BLR"), ("Ukraine", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "BLR",
                target: Some("UKR"),
                negated: true,
                hypothetical: Some("intent"),
            },
            Case {
                text: "Polen ist bereit, notfalls in Litauen einzugreifen.",
                mentions: &[("Polen", "POL"), ("Litauen", "LTU")],
                plover: "AGREE",
                cameo: "0334",
                source: "POL",
                target: Some("LTU"),
                negated: false,
                hypothetical: Some("intent"),
            },
            Case {
                text: "Die EU verhängte neue Sanktionen gegen Belarus.",
                mentions: &[("EU", "IGOEU"), ("Belarus", "BLR")],
                plover: "SANCTION",
                cameo: "163",
                source: "IGOEU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Scholz traf sich am Montag mit Selenskyj.",
                mentions: &[("Scholz", "DEUGOV"), ("Selenskyj", "UKRGOV")],
                plover: "CONSULT",
                cameo: "040",
                source: "DEUGOV",
                target: Some("UKRGOV"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Litauen beschuldigte Belarus einer gezielten Provokation.",
                mentions: &[("Litauen", "LTU"), ("Belarus", "BLR")],
                plover: "ACCUSE",
                cameo: "112",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Die Ukraine forderte von Russland den Abzug aller Truppen.",
                mentions: &[("Ukraine", "UKR"), ("Russland", "RUS")],
                plover: "REQUEST",
                cameo: "1056",
                source: "UKR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Deutschland liefert der Ukraine weitere Panzer.",
                mentions: &[("Deutschland", "DEU"), ("Ukraine", "UKR")],
                plover: "AID",
                cameo: "072",
                source: "DEU",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Belarus hält Manöver an der Grenze zu Litauen ab.",
                mentions: &[("Belarus", "BLR"), ("Litauen", "LTU")],
                plover: "MOBILIZE",
                cameo: "150",
                source: "BLR",
                target: Some("LTU"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Litauen fordert von Belarus eine Erklärung.",
                mentions: &[("Litauen", "LTU"), ("Belarus", "BLR")],
                plover: "REQUEST",
                cameo: "100",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
        ],
        &[
            (
                "Ein Sprecher in Moskau sagte, Russland sei besorgt.",
                &[("Moskau", "RUS"), ("Russland", "RUS")],
            ),
            // "fördern" (fund) folds to "fordern" (demand): only demand phrases are coded.
            (
                "Deutschland fördert die Forschung in Litauen.",
                &[("Deutschland", "DEU"), ("Litauen", "LTU")],
            ),
        ],
    );
}

#[test]
fn spanish() {
    check(
        "es",
        &[
            Case {
                text: "Rusia atacó Ucrania con drones.",
                mentions: &[("Rusia", "RUS"), ("Ucrania", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Bielorrusia no entrará en Ucrania.",
                mentions: &[("Bielorrusia", "BLR"), ("Ucrania", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "BLR",
                target: Some("UKR"),
                negated: true,
                hypothetical: Some("intent"),
            },
            Case {
                text: "Polonia está dispuesta a intervenir en Lituania si fuera necesario.",
                mentions: &[("Polonia", "POL"), ("Lituania", "LTU")],
                plover: "AGREE",
                cameo: "0334",
                source: "POL",
                target: Some("LTU"),
                negated: false,
                hypothetical: Some("intent"),
            },
            Case {
                text: "La UE impuso nuevas sanciones contra Bielorrusia.",
                mentions: &[("UE", "IGOEU"), ("Bielorrusia", "BLR")],
                plover: "SANCTION",
                cameo: "163",
                source: "IGOEU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Sánchez se reunió con Zelenski en Madrid.",
                mentions: &[("Sánchez", "ESPGOV"), ("Zelenski", "UKRGOV")],
                plover: "CONSULT",
                cameo: "040",
                source: "ESPGOV",
                target: Some("UKRGOV"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Lituania acusó a Bielorrusia de provocar el incidente.",
                mentions: &[("Lituania", "LTU"), ("Bielorrusia", "BLR")],
                plover: "ACCUSE",
                cameo: "112",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Ucrania exigió a Rusia la retirada de sus tropas.",
                mentions: &[("Ucrania", "UKR"), ("Rusia", "RUS")],
                plover: "REQUEST",
                cameo: "1056",
                source: "UKR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "España envió armas a Ucrania.",
                mentions: &[("España", "ESP"), ("Ucrania", "UKR")],
                plover: "AID",
                cameo: "072",
                source: "ESP",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Bielorrusia realiza maniobras militares con Rusia.",
                mentions: &[("Bielorrusia", "BLR"), ("Rusia", "RUS")],
                plover: "MOBILIZE",
                cameo: "150",
                source: "BLR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Polonia exige a Bielorrusia una explicación.",
                mentions: &[("Polonia", "POL"), ("Bielorrusia", "BLR")],
                plover: "REQUEST",
                cameo: "100",
                source: "POL",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
        ],
        &[
            (
                "El portavoz del Kremlin dijo que Rusia está preocupada.",
                &[("Kremlin", "RUSGOV"), ("Rusia", "RUS")],
            ),
            // "sin embargo" (however) is not an embargo.
            (
                "Sin embargo, Rusia mantiene su posición sobre Ucrania.",
                &[("Rusia", "RUS"), ("Ucrania", "UKR")],
            ),
        ],
    );
}

#[test]
fn italian() {
    check(
        "it",
        &[
            Case {
                text: "La Russia ha attaccato l'Ucraina.",
                mentions: &[("Russia", "RUS"), ("Ucraina", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "La Bielorussia non entrerà in Ucraina.",
                mentions: &[("Bielorussia", "BLR"), ("Ucraina", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "BLR",
                target: Some("UKR"),
                negated: true,
                hypothetical: Some("intent"),
            },
            Case {
                text: "La Polonia è pronta a intervenire in Lituania se necessario.",
                mentions: &[("Polonia", "POL"), ("Lituania", "LTU")],
                plover: "AGREE",
                cameo: "0334",
                source: "POL",
                target: Some("LTU"),
                negated: false,
                hypothetical: Some("intent"),
            },
            Case {
                text: "L'Unione europea ha imposto nuove sanzioni contro la Bielorussia.",
                mentions: &[("Unione europea", "IGOEU"), ("Bielorussia", "BLR")],
                plover: "SANCTION",
                cameo: "163",
                source: "IGOEU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Meloni ha incontrato Zelensky a Roma.",
                mentions: &[("Meloni", "ITAGOV"), ("Zelensky", "UKRGOV")],
                plover: "CONSULT",
                cameo: "040",
                source: "ITAGOV",
                target: Some("UKRGOV"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "La Lituania ha accusato la Bielorussia di provocazione.",
                mentions: &[("Lituania", "LTU"), ("Bielorussia", "BLR")],
                plover: "ACCUSE",
                cameo: "112",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "L'Ucraina chiede alla Russia il ritiro delle truppe.",
                mentions: &[("Ucraina", "UKR"), ("Russia", "RUS")],
                plover: "REQUEST",
                cameo: "1056",
                source: "UKR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "L'Italia ha inviato armi all'Ucraina.",
                mentions: &[("Italia", "ITA"), ("Ucraina", "UKR")],
                plover: "AID",
                cameo: "072",
                source: "ITA",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "La Bielorussia ha avviato esercitazioni con la Russia.",
                mentions: &[("Bielorussia", "BLR"), ("Russia", "RUS")],
                plover: "MOBILIZE",
                cameo: "150",
                source: "BLR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "La Polonia esige dalla Bielorussia una spiegazione.",
                mentions: &[("Polonia", "POL"), ("Bielorussia", "BLR")],
                plover: "REQUEST",
                cameo: "100",
                source: "POL",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
        ],
        &[(
            "Il portavoce del Cremlino ha detto che la Russia è preoccupata.",
            &[("Cremlino", "RUSGOV"), ("Russia", "RUS")],
        )],
    );
}

#[test]
fn ukrainian() {
    check(
        "uk",
        &[
            Case {
                text: "Росія атакувала Україну.",
                mentions: &[("Росія", "RUS"), ("Україну", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Росія атакувала Україну дронами.",
                mentions: &[("Росія", "RUS"), ("Україну", "UKR")],
                plover: "ASSAULT",
                cameo: "195",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Білорусь не увійде в Україну.",
                mentions: &[("Білорусь", "BLR"), ("Україну", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "BLR",
                target: Some("UKR"),
                negated: true,
                hypothetical: Some("intent"),
            },
            Case {
                text: "Польща готова втрутитися в разі потреби.",
                mentions: &[("Польща", "POL")],
                plover: "AGREE",
                cameo: "0334",
                source: "POL",
                target: None,
                negated: false,
                hypothetical: Some("intent"),
            },
            Case {
                text: "ЄС запровадив нові санкції проти Білорусі.",
                mentions: &[("ЄС", "IGOEU"), ("Білорусі", "BLR")],
                plover: "SANCTION",
                cameo: "163",
                source: "IGOEU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Зеленський зустрівся з Макроном у Києві.",
                mentions: &[("Зеленський", "UKRGOV"), ("Макроном", "FRAGOV")],
                plover: "CONSULT",
                cameo: "040",
                source: "UKRGOV",
                target: Some("FRAGOV"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Литва звинуватила Білорусь у провокації.",
                mentions: &[("Литва", "LTU"), ("Білорусь", "BLR")],
                plover: "ACCUSE",
                cameo: "112",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Україна вимагає від Росії виведення військ.",
                mentions: &[("Україна", "UKR"), ("Росії", "RUS")],
                plover: "REQUEST",
                cameo: "1056",
                source: "UKR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Німеччина передала Україні танки.",
                mentions: &[("Німеччина", "DEU"), ("Україні", "UKR")],
                plover: "AID",
                cameo: "072",
                source: "DEU",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Білорусь розпочала військові навчання біля кордону з Литвою.",
                mentions: &[("Білорусь", "BLR"), ("Литвою", "LTU")],
                plover: "MOBILIZE",
                cameo: "150",
                source: "BLR",
                target: Some("LTU"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Литва вимагає від Білорусі пояснень.",
                mentions: &[("Литва", "LTU"), ("Білорусі", "BLR")],
                plover: "REQUEST",
                cameo: "100",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "НАТО назвало переміщення білоруських військ дестабілізуючими.",
                mentions: &[("НАТО", "IGONAT"), ("білоруських", "BLRMIL")],
                plover: "ACCUSE",
                cameo: "111",
                source: "IGONAT",
                target: Some("BLRMIL"),
                negated: false,
                hypothetical: None,
            },
        ],
        &[
            (
                "Речник Кремля заявив, що Росія стурбована.",
                &[("Кремля", "RUSGOV"), ("Росія", "RUS")],
            ),
            (
                "Студенти Польщі продовжують навчання в Україні.",
                &[("Польщі", "POL"), ("Україні", "UKR")],
            ),
        ],
    );
}

#[test]
fn russian() {
    check(
        "ru",
        &[
            Case {
                text: "Россия атаковала Украину.",
                mentions: &[("Россия", "RUS"), ("Украину", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Россия нанесла удар беспилотниками по Украине.",
                mentions: &[("Россия", "RUS"), ("Украине", "UKR")],
                plover: "ASSAULT",
                cameo: "195",
                source: "RUS",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Белоруссия не войдет в Украину.",
                mentions: &[("Белоруссия", "BLR"), ("Украину", "UKR")],
                plover: "ASSAULT",
                cameo: "190",
                source: "BLR",
                target: Some("UKR"),
                negated: true,
                hypothetical: Some("intent"),
            },
            Case {
                text: "Польша готова вмешаться в случае необходимости.",
                mentions: &[("Польша", "POL")],
                plover: "AGREE",
                cameo: "0334",
                source: "POL",
                target: None,
                negated: false,
                hypothetical: Some("intent"),
            },
            Case {
                text: "Евросоюз ввел новые санкции против Белоруссии.",
                mentions: &[("Евросоюз", "IGOEU"), ("Белоруссии", "BLR")],
                plover: "SANCTION",
                cameo: "163",
                source: "IGOEU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Лукашенко встретился с Путиным в Минске.",
                mentions: &[("Лукашенко", "BLRGOV"), ("Путиным", "RUSGOV")],
                plover: "CONSULT",
                cameo: "040",
                source: "BLRGOV",
                target: Some("RUSGOV"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Литва обвинила Белоруссию в провокации.",
                mentions: &[("Литва", "LTU"), ("Белоруссию", "BLR")],
                plover: "ACCUSE",
                cameo: "112",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Украина потребовала от России вывода войск.",
                mentions: &[("Украина", "UKR"), ("России", "RUS")],
                plover: "REQUEST",
                cameo: "1056",
                source: "UKR",
                target: Some("RUS"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Германия передала Украине танки.",
                mentions: &[("Германия", "DEU"), ("Украине", "UKR")],
                plover: "AID",
                cameo: "072",
                source: "DEU",
                target: Some("UKR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Белоруссия проводит учения у границы с Литвой.",
                mentions: &[("Белоруссия", "BLR"), ("Литвой", "LTU")],
                plover: "MOBILIZE",
                cameo: "150",
                source: "BLR",
                target: Some("LTU"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "Литва требует от Белоруссии объяснений.",
                mentions: &[("Литва", "LTU"), ("Белоруссии", "BLR")],
                plover: "REQUEST",
                cameo: "100",
                source: "LTU",
                target: Some("BLR"),
                negated: false,
                hypothetical: None,
            },
            Case {
                text: "НАТО назвало перемещения белорусских войск дестабилизирующими.",
                mentions: &[("НАТО", "IGONAT"), ("белорусских", "BLRMIL")],
                plover: "ACCUSE",
                cameo: "111",
                source: "IGONAT",
                target: Some("BLRMIL"),
                negated: false,
                hypothetical: None,
            },
        ],
        &[(
            "Представитель Кремля заявил, что Россия обеспокоена.",
            &[("Кремля", "RUSGOV"), ("Россия", "RUS")],
        )],
    );
}
