//! The variant pairs of the actors issue, on the shipped knowledge base: every spelling links to
//! the same actor, sectors and metonyms get their codes, ambiguous names are handled.

use vigie_actors::{shared, Found};
use vigie_core::{EntityType, MentionHow};

fn link(text: &str, date: &str) -> Vec<(String, Found)> {
    shared()
        .link(text, date, &[])
        .into_iter()
        .map(|f| (text[f.span.start..f.span.end].to_string(), f))
        .collect()
}

/// The mention whose surface form is `surface`.
fn find<'a>(found: &'a [(String, Found)], surface: &str) -> &'a Found {
    found
        .iter()
        .find(|(s, _)| s == surface)
        .map(|(_, f)| f)
        .unwrap_or_else(|| panic!("no mention {surface:?} in {found:#?}"))
}

#[test]
fn knowledge_base_loads_cleanly() {
    let w = shared().warnings();
    assert!(w.is_empty(), "{w:#?}");
    assert!(shared().pattern_count() > 10_000);
}

#[test]
fn lukashenko_spellings_link_to_one_person() {
    let forms = [
        "Loukachenko",
        "Lukashenko",
        "Lukashenka",
        "Lukaschenko",
        "Łukaszenka",
        "Лукашенко",
        "Лукашэнка",
    ];
    for form in forms {
        let text = format!("Selon la presse, {form} a parlé mardi.");
        let found = link(&text, "2022-03-22");
        let m = &find(&found, form).mention;
        assert_eq!(
            m.actor.as_deref(),
            Some("person:alexander_lukashenko"),
            "{form}: {m:?}"
        );
        assert_eq!(m.code.as_deref(), Some("BLRGOV"), "{form}");
        assert_eq!(m.canonical.as_deref(), Some("Alexander Lukashenko"));
    }
}

#[test]
fn transliteration_key_links_spellings_missing_from_the_kb() {
    // "Lukaschenka" and "Loukachenka" mix conventions; no file lists them.
    for form in ["Lukaschenka", "Lookashenko"] {
        let text = format!("Der Präsident {form} sprach.");
        let found = link(&text, "2022-03-22");
        let hit = found.iter().find(|(s, _)| s == form);
        if form == "Lukaschenka" {
            let m = &hit.expect(form).1.mention;
            assert_eq!(m.actor.as_deref(), Some("person:alexander_lukashenko"));
            assert_eq!(m.how, Some(MentionHow::Translit));
        } else {
            // Not a transliteration variant: must not link to him.
            assert!(hit.is_none_or(
                |(_, f)| f.mention.actor.as_deref() != Some("person:alexander_lukashenko")
            ));
        }
    }
}

#[test]
fn belarusian_and_russian_transliterations_of_a_full_name_meet() {
    // A French spelling that mixes the Russian given name with a Belarusian surname: neither
    // the lists nor the name key have it; the skeleton key of the whole name does.
    let form = "Svetlana Tsikhanovskaïa";
    let found = link(
        &format!("L'opposante {form} a salué la libération."),
        "2026-02-26",
    );
    let m = &find(&found, form).mention;
    assert_eq!(m.actor.as_deref(), Some("person:sviatlana_tsikhanouskaya"));
    assert_eq!(m.how, Some(MentionHow::Translit));
    // Another given name is another person, whatever the surname.
    let found = link("Marina Tsikhanovskaïa a parlé.", "2026-02-26");
    assert!(found
        .iter()
        .all(|(_, f)| f.mention.actor.as_deref() != Some("person:sviatlana_tsikhanouskaya")));
}

#[test]
fn belarus_names_link_to_blr() {
    let forms = [
        "Biélorussie",
        "Bélarus",
        "Belarus",
        "Weißrussland",
        "Bielorrusia",
        "Білорусь",
        "Беларусь",
    ];
    for form in forms {
        let text = format!("Les relations avec {form} sont tendues.");
        let found = link(&text, "2022-03-22");
        let m = &find(&found, form).mention;
        assert_eq!(m.actor.as_deref(), Some("BLR"), "{form}: {m:?}");
        assert_eq!(m.code.as_deref(), Some("BLR"));
        assert_eq!(m.canonical.as_deref(), Some("Belarus"));
    }
}

#[test]
fn elided_articles_are_outside_the_span() {
    let text = "Les troupes entrent en Ukraine depuis l’Ukraine et d'Ukraine.";
    let found = link(text, "2022-03-22");
    let n = found
        .iter()
        .filter(|(s, f)| s == "Ukraine" && f.mention.actor.as_deref() == Some("UKR"))
        .count();
    assert_eq!(n, 3, "{found:#?}");
}

#[test]
fn khrenin_spellings_meet() {
    for form in ["Chrenin", "Khrenin", "Хренин"] {
        let text = format!("Verteidigungsminister Viktor {form} sagte, {form} werde kommen.");
        let found = link(&text, "2023-05-01");
        let ms: Vec<_> = found
            .iter()
            .filter(|(s, _)| s.contains(form))
            .map(|(_, f)| f.mention.actor.clone())
            .collect();
        assert!(!ms.is_empty(), "{form}: {found:#?}");
        assert!(
            ms.iter()
                .all(|a| a.as_deref() == Some("person:viktor_khrenin")),
            "{form}: {found:#?}"
        );
    }
}

#[test]
fn cyrillic_homoglyph_inside_latin_name() {
    // "Skabeі" ends in U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I.
    for form in ["Aleksei Skabe\u{0456}", "Aleksei Skabei", "Alexei Skabey"] {
        let text = format!("{form}, responsable de la coopération, a confirmé.");
        let found = link(&text, "2025-11-03");
        let m = &find(&found, form).mention;
        assert_eq!(m.actor.as_deref(), Some("person:aleksei_skabei"), "{form}");
        assert_eq!(m.canonical.as_deref(), Some("Aleksei Skabei"));
    }
}

#[test]
fn unknown_person_is_kept_unlinked_and_grouped() {
    let text = "L'historien Alexander Friedmanoff a expliqué la situation. \
                Selon lui, Friedmanoff pense que la guerre durera.";
    let found = link(text, "2023-01-01");
    let full = find(&found, "Alexander Friedmanoff");
    assert_eq!(full.mention.actor, None);
    assert_eq!(full.mention.entity_type, EntityType::Person);
    assert_eq!(full.mention.how, Some(MentionHow::Unlinked));
    let part = find(&found, "Friedmanoff");
    assert_eq!(part.mention.how, Some(MentionHow::PartialName));
    assert_eq!(
        part.mention.canonical.as_deref(),
        Some("Alexander Friedmanoff")
    );
}

#[test]
fn partial_name_follows_the_full_name() {
    let text =
        "Le président Alexandre Loukachenko a parlé. Précédemment, Loukachenko avait déclaré.";
    let found = link(text, "2025-11-03");
    let a = find(&found, "Alexandre Loukachenko");
    let b = find(&found, "Loukachenko");
    assert_eq!(a.mention.actor, b.mention.actor);
    assert_eq!(b.mention.how, Some(MentionHow::PartialName));
}

#[test]
fn sector_words_compose_with_adjectives_and_actors() {
    let found = link(
        "Il a confirmé que les troupes biélorusses sont prêtes.",
        "2025-11-03",
    );
    let m = &find(&found, "troupes biélorusses").mention;
    assert_eq!(m.code.as_deref(), Some("BLRMIL"));
    assert_eq!(m.actor.as_deref(), Some("BLR"));
    assert_eq!(m.how, Some(MentionHow::Agent));

    let found = link("Le président russe a parlé hier.", "2025-11-03");
    assert_eq!(
        find(&found, "président russe").mention.code.as_deref(),
        Some("RUSGOV")
    );

    let found = link(
        "Un responsable militaire de l’OTAN a déclaré à CNN que rien n'était prévu.",
        "2022-03-22",
    );
    // "responsable" is not a sector word of its own; "militaire de l'OTAN" carries the sector.
    let m = &found
        .iter()
        .find(|(s, f)| {
            s.ends_with("militaire de l’OTAN") && f.mention.how == Some(MentionHow::Agent)
        })
        .unwrap_or_else(|| panic!("{found:#?}"))
        .1
        .mention;
    assert_eq!(m.actor.as_deref(), Some("org:nato"));
    assert!(m.code.as_deref().unwrap().ends_with("MIL"), "{m:?}");
    assert_eq!(
        find(&found, "OTAN").mention.actor.as_deref(),
        Some("org:nato")
    );

    let found = link("Belarusian troops crossed the border.", "2022-03-22");
    assert_eq!(
        find(&found, "Belarusian troops").mention.code.as_deref(),
        Some("BLRMIL")
    );
}

#[test]
fn capitals_and_the_kremlin_stand_for_the_government() {
    let found = link(
        "Le Kremlin a réagi. Il soutient les actions de Moscou, mais Minsk n’a pas l’intention d’agir.",
        "2025-11-03",
    );
    for (s, code) in [
        ("Kremlin", "RUSGOV"),
        ("Moscou", "RUSGOV"),
        ("Minsk", "BLRGOV"),
    ] {
        let m = &find(&found, s).mention;
        assert_eq!(m.code.as_deref(), Some(code), "{s}: {m:?}");
        assert_eq!(m.how, Some(MentionHow::Metonym), "{s}");
        assert_eq!(m.entity_type, EntityType::Place);
    }
    let found = link(
        "Il a parlé dans la capitale Minsk le 2 juillet.",
        "2022-07-06",
    );
    let m = &find(&found, "Minsk").mention;
    assert_eq!(m.how, Some(MentionHow::Name));
    assert_eq!(m.code.as_deref(), Some("BLR"));
}

#[test]
fn ambiguous_country_names() {
    // Georgia the country when nothing points elsewhere.
    let found = link(
        "La Géorgie a suspendu son adhésion au début du millénaire.",
        "2022-07-06",
    );
    assert_eq!(
        find(&found, "Géorgie").mention.actor.as_deref(),
        Some("GEO")
    );
    // Georgia the US state: an Atlanta cue and no Georgian context → not linked to GEO.
    let found = link(
        "Voters in Georgia lined up in Atlanta before the Republican primary.",
        "2022-07-06",
    );
    let m = &find(&found, "Georgia").mention;
    assert_eq!(m.actor, None, "{m:?}");
    assert_eq!(m.how, Some(MentionHow::Ambiguous));
    // With Georgian context it is the country even with a US cue.
    let found = link(
        "Georgian troops left. Georgia said the Republican senator in Atlanta was wrong.",
        "2022-07-06",
    );
    assert_eq!(
        find(&found, "Georgia").mention.actor.as_deref(),
        Some("GEO")
    );
    // Given names: Chad and Jordan followed by a surname are persons, not countries.
    for text in [
        "The analyst Chad Wilkerson said so.",
        "Le joueur Jordan Bardelloux a parlé.",
    ] {
        let found = link(text, "2022-07-06");
        assert!(
            found
                .iter()
                .all(|(_, f)| f.mention.actor.as_deref() != Some("TCD")
                    && f.mention.actor.as_deref() != Some("JOR")),
            "{text}: {found:#?}"
        );
    }
    // The river.
    let found = link("Le fleuve Niger a débordé.", "2022-07-06");
    assert_eq!(find(&found, "Niger").mention.actor, None);
    // Lowercase bird is not the country; Turkey and Niger vs Nigeria are.
    let found = link(
        "We ate turkey. Turkey and Niger talked to Nigeria.",
        "2022-07-06",
    );
    assert!(found.iter().all(|(s, _)| s != "turkey"));
    assert_eq!(find(&found, "Turkey").mention.actor.as_deref(), Some("TUR"));
    assert_eq!(find(&found, "Niger").mention.actor.as_deref(), Some("NER"));
    assert_eq!(
        find(&found, "Nigeria").mention.actor.as_deref(),
        Some("NGA")
    );
}

#[test]
fn acronyms_need_capitals() {
    let found = link("Il a eu peur, mais l'UE a réagi.", "2022-07-06");
    assert!(found.iter().all(|(s, _)| s != "eu"), "{found:#?}");
    assert_eq!(find(&found, "UE").mention.actor.as_deref(), Some("org:eu"));
}

#[test]
fn the_eu_members_named_by_their_number_need_both_capitals() {
    let found = link("Les Vingt-Sept ont adopté des sanctions.", "2022-07-06");
    assert_eq!(
        find(&found, "Vingt-Sept").mention.actor.as_deref(),
        Some("org:eu")
    );
    let found = link("Vingt-sept soldats ont été blessés.", "2022-07-06");
    assert!(found.iter().all(|(s, _)| s != "Vingt-sept"), "{found:#?}");
}

#[test]
fn person_roles_follow_the_date() {
    let text = "Vladimir Poutine a parlé.";
    let found = link(text, "2010-01-01");
    let m = &find(&found, "Vladimir Poutine").mention;
    assert_eq!(m.code.as_deref(), Some("RUSGOV"));
    let found = link(text, "1990-01-01");
    let m = &find(&found, "Vladimir Poutine").mention;
    assert_ne!(m.code.as_deref(), Some("RUSGOV"), "{m:?}");
}

#[test]
fn cyrillic_case_forms_link_through_the_name_key() {
    let text = "Встреча Путина и Лукашенко прошла в Минске; Зеленского не позвали.";
    let found = link(text, "2023-06-01");
    assert_eq!(
        find(&found, "Путина").mention.actor.as_deref(),
        Some("person:vladimir_putin")
    );
    assert_eq!(
        find(&found, "Лукашенко").mention.actor.as_deref(),
        Some("person:alexander_lukashenko")
    );
    assert_eq!(
        find(&found, "Зеленского").mention.actor.as_deref(),
        Some("person:volodymyr_zelensky")
    );
}

#[test]
fn odd_text_never_breaks_spans() {
    let texts = [
        "",
        "İstanbul et ǅemal: Ｌｕｋａｓｈｅｎｋｏ, Łódź — ПутинЪ Skabeі\u{301}x 🇧🇾 Minsk",
        "e\u{301}\u{301}Biélorussie\u{200B}Ukraine l’‘OTAN’ d'",
        "Aleksei Skabeі Aleksei Skabeі, Skabeі. Скабеi Лукашэнка-Лукашенко",
        "M. Mme. Gen. Président Président Président",
        "\r\n\r\nLe président russe\r\nMoscou\r\n",
    ];
    for text in texts {
        for f in shared().link(text, "2024-01-01", &[]) {
            assert!(
                f.span.start < f.span.end && f.span.end <= text.len(),
                "{text}: {f:?}"
            );
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        }
    }
}

#[test]
fn washington_the_city_the_government_and_the_man() {
    let found = link(
        "Washington a sanctionné Minsk. Le sommet s'est tenu à Washington. George Washington n'y était pas.",
        "2024-01-01",
    );
    let ws: Vec<_> = found
        .iter()
        .filter(|(s, _)| s.contains("Washington"))
        .map(|(s, f)| {
            (
                s.as_str(),
                f.mention.how.map_or("", |h| h.as_str()),
                f.mention.code.clone(),
            )
        })
        .collect();
    assert_eq!(
        ws[0],
        ("Washington", "metonym", Some("USAGOV".into())),
        "{ws:?}"
    );
    assert_eq!(ws[1].1, "name", "{ws:?}");
    assert_eq!(ws[2].0, "George Washington", "{ws:?}");
    assert_eq!(
        found
            .iter()
            .find(|(s, _)| s == "George Washington")
            .unwrap()
            .1
            .mention
            .entity_type,
        EntityType::Person
    );
}

#[test]
fn possessives_and_names_inside_longer_matches_still_link() {
    // "Belarus'" (a German form) is the longest match in "Belarus's"; its shorter form ends on
    // the word boundary.
    let found = link("Berlin rejected calls by Belarus's rulers.", "2025-01-01");
    assert_eq!(find(&found, "Belarus").mention.code.as_deref(), Some("BLR"));
    // "the West" starts earlier than "West Bank" but ends before it.
    let found = link("Israel reimposed blockades in the West Bank.", "2025-01-01");
    assert_eq!(
        find(&found, "West Bank").mention.actor.as_deref(),
        Some("place:west-bank")
    );
}
