//! Weapon systems of kb/weapons.toml on the shipped knowledge base: every press form links to
//! the one weapon_system actor with its canonical name and no code (a weapon is no event actor),
//! and an ambiguous bare name (Patriot, Leopard, Бук) links only in a weapon context.

use vigie_actors::{shared, Found};
use vigie_core::EntityType;

fn link(text: &str) -> Vec<(String, Found)> {
    shared()
        .link(text, "2025-06-01", &[])
        .into_iter()
        .map(|f| (text[f.span.start..f.span.end].to_string(), f))
        .collect()
}

/// The actor a surface form of `text` is linked to, if any.
fn actor_of(text: &str, surface: &str) -> Option<String> {
    link(text)
        .into_iter()
        .find(|(s, _)| s == surface)
        .and_then(|(_, f)| f.mention.actor)
}

#[test]
fn weapon_names_link_to_their_weapon_system_with_its_canonical_name_and_no_code() {
    let cases = [
        (
            "Kyiv received more HIMARS launchers.",
            "HIMARS",
            "weapon:m142-himars",
            "M142 HIMARS",
        ),
        (
            "Russia fired an Iskander-M at Kharkiv.",
            "Iskander-M",
            "weapon:9k720-iskander",
            "9K720 Iskander",
        ),
        (
            "Les frappes de Storm Shadow se multiplient.",
            "Storm Shadow",
            "weapon:storm-shadow",
            "Storm Shadow",
        ),
        (
            "Die Ukraine setzt ATACMS ein.",
            "ATACMS",
            "weapon:mgm-140-atacms",
            "MGM-140 ATACMS",
        ),
        (
            "Одна из ракет была «Кинжалом».",
            "Кинжалом",
            "weapon:kh-47m2-kinzhal",
            "Kh-47M2 Kinzhal",
        ),
        (
            "Сили ППО збили 40 шахедів за ніч.",
            "шахедів",
            "weapon:hesa-shahed-136",
            "HESA Shahed 136",
        ),
        ("Герань цветёт на балконе.", "Герань", "", ""),
        (
            "Сили ППО збили 40 Шахедів за ніч.",
            "Шахедів",
            "weapon:hesa-shahed-136",
            "HESA Shahed 136",
        ),
        (
            "A Leopard 2 was destroyed near Robotyne.",
            "Leopard 2",
            "weapon:leopard-2",
            "Leopard 2",
        ),
        (
            "Two Su-34 jets were lost.",
            "Su-34",
            "weapon:su-34",
            "Sukhoi Su-34",
        ),
        (
            "Російські Су-34 скидають КАБ-1500.",
            "Су-34",
            "weapon:su-34",
            "Sukhoi Su-34",
        ),
    ];
    for (text, surface, id, canonical) in cases {
        let found = link(text);
        let m = found
            .iter()
            .find(|(s, _)| s == surface)
            .map(|(_, f)| &f.mention);
        if id.is_empty() {
            // An ambiguous bare name out of any weapon context is no mention of the weapon.
            assert!(m.is_none_or(|m| m.actor.is_none()), "{text}: {m:?}");
            continue;
        }
        let m = m.unwrap_or_else(|| panic!("{text}: no {surface:?} in {found:#?}"));
        assert_eq!(m.actor.as_deref(), Some(id), "{text}");
        assert_eq!(m.entity_type, EntityType::WeaponSystem, "{text}");
        assert_eq!(m.canonical.as_deref(), Some(canonical), "{text}");
        assert_eq!(m.code, None, "{text}: a weapon system is coded as nothing");
    }
}

#[test]
fn an_ambiguous_weapon_name_links_only_in_a_weapon_context() {
    let patriot = Some("weapon:mim-104-patriot".to_string());
    let leopard = Some("weapon:leopard-2".to_string());
    // A weapon word next to it, or another weapon system named in the article.
    assert_eq!(
        actor_of("Germany will send a third Patriot battery.", "Patriot"),
        patriot
    );
    assert_eq!(
        actor_of("Berlin liefert weitere Patriot-Systeme.", "Patriot-Systeme"),
        patriot
    );
    assert_eq!(
        actor_of("Les Patriot et les IRIS-T protègent Kyiv.", "Patriot"),
        patriot
    );
    assert_eq!(
        actor_of("Polen schickt Leopard-Panzer.", "Leopard-Panzer"),
        leopard
    );
    assert_eq!(
        actor_of("Polen schickt Leopard für die Brigade.", "Leopard"),
        None
    );
    // Otherwise the word is read as it would be without the weapon.
    assert_eq!(
        actor_of("The Patriot Act was renewed by Congress.", "Patriot"),
        None
    );
    assert_eq!(
        actor_of("He called himself a Patriot and a Christian.", "Patriot"),
        None
    );
    assert_eq!(
        actor_of("Im Zoo schläft der Leopard den ganzen Tag.", "Leopard"),
        None
    );
    assert_eq!(
        actor_of("Впереди бежал Гепард, за ним лев.", "Гепард"),
        None
    );
    assert_eq!(
        actor_of("По позициям ударил ЗРК «Бук».", "Бук"),
        Some("weapon:buk-missile".to_string())
    );
}

#[test]
fn weapon_systems_give_no_country_support_and_no_sector() {
    // "Russian Iskander" is the weapon and a country adjective, never RUSMIL; the weapon has no
    // code a sector word could extend.
    let found = link("Russian troops fired Iskander missiles at Kharkiv.");
    let m = &found
        .iter()
        .find(|(s, _)| s == "Iskander")
        .unwrap()
        .1
        .mention;
    assert_eq!(m.entity_type, EntityType::WeaponSystem);
    assert_eq!(m.code, None);
    let at = |s: &str| found.iter().find(|(x, _)| x == s).map(|(_, f)| f.span);
    let iskander = at("Iskander").unwrap();
    assert!(found.iter().all(|(_, f)| f.span == iskander
        || f.span.end <= iskander.start
        || f.span.start >= iskander.end));
    for a in &shared().kb.actors {
        if a.kind == EntityType::WeaponSystem {
            assert!(
                a.cameo.is_none(),
                "{}: a weapon system has no CAMEO code",
                a.id
            );
            assert!(
                a.country.as_deref().is_some_and(|c| c.len() == 3),
                "{}",
                a.id
            );
        }
    }
}
