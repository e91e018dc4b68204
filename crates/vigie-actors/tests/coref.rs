//! Coreference on sentences written for these tests: each line of a text is one sentence (no
//! sentence stage runs here, so the stage falls back to content lines).

use vigie_actors::coref::{CorefLexicons, HOW};
use vigie_actors::{ActorStage, CorefStage};
use vigie_core::{AnnotationData, Document, Metadata, Stage};

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
            AnnotationData::Mention(m) if m.how == HOW => Some((
                doc.slice(a.span).to_string(),
                m.actor.clone(),
                m.code.clone(),
            )),
            _ => None,
        })
        .collect()
}

fn actor_of<'a>(
    found: &'a [(String, Option<String>, Option<String>)],
    surface: &str,
) -> Option<&'a str> {
    found
        .iter()
        .find(|(s, _, _)| s == surface)
        .and_then(|(_, a, _)| a.as_deref())
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
fn subject_pronoun_takes_the_previous_subject() {
    let found = coref(
        "Le président Emmanuel Macron a reçu le chancelier à Paris.\nIl a ensuite appelé la Chine à la retenue.\n",
        "fr",
    );
    assert_eq!(
        actor_of(&found, "Il"),
        Some("person:emmanuel_macron"),
        "{found:?}"
    );
}

#[test]
fn gender_excludes_a_nearer_subject() {
    // "Elle" cannot be the masculine "le Kremlin"; it is "la Pologne".
    let found = coref(
        "La Pologne a fermé sa frontière, et le Kremlin a protesté.\nElle a aussi expulsé deux diplomates.\n",
        "fr",
    );
    assert_eq!(actor_of(&found, "Elle"), Some("POL"), "{found:?}");
}

#[test]
fn plural_pronoun_needs_a_plural_antecedent() {
    let found = coref(
        "Les troupes russes ont franchi la frontière.\nElles ont ensuite occupé la centrale.\n",
        "fr",
    );
    assert_eq!(actor_of(&found, "Elles"), Some("RUS"), "{found:?}");
    let (_, _, code) = found.iter().find(|(s, _, _)| s == "Elles").unwrap();
    assert_eq!(code.as_deref(), Some("RUSMIL"));
}

#[test]
fn impersonal_il_is_not_resolved() {
    let found = coref(
        "Le président Emmanuel Macron a parlé.\nIl est important de rappeler les faits.\nIl y a eu des combats.\n",
        "fr",
    );
    assert!(found.iter().all(|(s, _, _)| s != "Il"), "{found:?}");
}

#[test]
fn coordinated_antecedent_makes_it_abstain() {
    let found = coref(
        "La France et l'Allemagne ont signé un accord.\nElles ont promis une aide.\n",
        "fr",
    );
    assert!(actor_of(&found, "Elles").is_none(), "{found:?}");
}

#[test]
fn no_antecedent_too_far_back_across_paragraphs() {
    let found = coref(
        "Le président Emmanuel Macron a parlé.\n\nLa séance a duré longtemps.\n\nLes débats ont repris.\n\nLa salle était pleine.\n\nIl a quitté la salle.\n",
        "fr",
    );
    assert!(actor_of(&found, "Il").is_none(), "{found:?}");
}

#[test]
fn captions_are_skipped() {
    // The caption between the two sentences is not running text: "Il" still reaches the
    // subject before it.
    let found = coref(
        "Le président Emmanuel Macron est arrivé à Berlin.\n\nLes soldats russes en Ukraine\n\nIl a ensuite rencontré la presse.\n",
        "fr",
    );
    assert_eq!(
        actor_of(&found, "Il"),
        Some("person:emmanuel_macron"),
        "{found:?}"
    );
}

#[test]
fn country_description_takes_the_last_country_subject() {
    let found = coref(
        "La Biélorussie a reçu un prêt.\nLes sanctions poussent le pays à la faillite.\n",
        "fr",
    );
    assert_eq!(actor_of(&found, "pays"), Some("BLR"), "{found:?}");
}

#[test]
fn sector_description_gets_the_country_and_the_sector() {
    let found = coref(
        "Minsk a été critiqué pour la répression des manifestants par le gouvernement.\n",
        "fr",
    );
    let code = |s: &str| {
        found
            .iter()
            .find(|(x, _, _)| x == s)
            .and_then(|(_, _, c)| c.clone())
    };
    assert_eq!(code("gouvernement").as_deref(), Some("BLRGOV"), "{found:?}");
    assert_eq!(code("manifestants").as_deref(), Some("BLRCVL"), "{found:?}");
}

#[test]
fn a_title_before_a_name_is_not_an_anaphor() {
    let found = coref("Le président Emmanuel Macron a parlé.\n", "fr");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn person_description_abstains_with_two_persons() {
    let found = coref(
        "Emmanuel Macron a rencontré Olaf Scholz.\nLe président a ensuite parlé.\n",
        "fr",
    );
    assert!(actor_of(&found, "président").is_none(), "{found:?}");
    let found = coref(
        "Emmanuel Macron est arrivé.\nLe président a ensuite parlé.\n",
        "fr",
    );
    assert_eq!(
        actor_of(&found, "président"),
        Some("person:emmanuel_macron"),
        "{found:?}"
    );
}

#[test]
fn coordinated_verb_phrase_takes_the_first_subject() {
    // "et a accusé" parallels "a affirmé", not "accepterait".
    let found = coref(
        "Le président Emmanuel Macron a affirmé que la Russie ne gagnerait jamais, et a accusé Moscou.\n",
        "fr",
    );
    assert_eq!(
        actor_of(&found, "et"),
        Some("person:emmanuel_macron"),
        "{found:?}"
    );
    // Both verbs parallel "a": no way to tell, no mention.
    let found = coref(
        "Le président Emmanuel Macron a dit que la Russie a attaqué Kharkiv et a tué dix civils.\n",
        "fr",
    );
    assert!(actor_of(&found, "et").is_none(), "{found:?}");
}

#[test]
fn undertaking_takes_the_previous_subject() {
    let found = coref(
        "La France prépare un plan de reconstruction.\nLes États-Unis ont salué cette initiative.\n",
        "fr",
    );
    assert_eq!(actor_of(&found, "initiative"), Some("FRA"), "{found:?}");
}

#[test]
fn y_stands_for_the_complement_after_a() {
    let found = coref(
        "La France prépare une mission de paix.\nLes États-Unis ont apporté leur soutien à cette mission mais ont refusé d'y participer.\n",
        "fr",
    );
    assert_eq!(actor_of(&found, "y"), Some("FRA"), "{found:?}");
    // The "y" of "il y a" stands for nothing.
    let found = coref(
        "Le président Emmanuel Macron a parlé à la Pologne.\nIl n'y a pas eu de réponse.\n",
        "fr",
    );
    assert!(actor_of(&found, "y").is_none(), "{found:?}");
}

#[test]
fn the_actor_after_pour_is_the_subject_of_the_infinitive() {
    let found = coref(
        "Les relations entre l'Ukraine et la Pologne évoquent la possibilité pour la Pologne de livrer des chars.\n",
        "fr",
    );
    assert_eq!(actor_of(&found, "de"), Some("POL"), "{found:?}");
    // Before a noun phrase, "de" is not an infinitive's.
    let found = coref(
        "Les enjeux pour la Pologne de la guerre sont grands.\n",
        "fr",
    );
    assert!(actor_of(&found, "de").is_none(), "{found:?}");
}

#[test]
fn english_he_is_a_person_and_they_a_plural_or_collective() {
    let found = coref(
        "President Emmanuel Macron met Chinese officials in Beijing.\nHe later called for restraint.\n",
        "en",
    );
    assert_eq!(
        actor_of(&found, "He"),
        Some("person:emmanuel_macron"),
        "{found:?}"
    );
    let found = coref("It is important to act.\n", "en");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn unknown_language_is_left_alone() {
    let found = coref(
        "Le président Emmanuel Macron a parlé.\nIl a quitté la salle.\n",
        "xx",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn dissent_belongs_to_the_story_country_not_the_foreign_subject() {
    let found = coref(
        "La Biélorussie a voté. Minsk a fermé la frontière. Les Biélorusses ont manifesté.\nLa Russie a envoyé des forces pour calmer la dissidence.\n",
        "fr",
    );
    let (_, _, code) = found
        .iter()
        .find(|(s, _, _)| s == "dissidence")
        .expect("dissidence resolved");
    assert_eq!(code.as_deref(), Some("BLROPP"), "{found:?}");
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
