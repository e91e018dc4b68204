//! Metadata of plain-text scrapes read from their text (title, outlet, author, publication
//! date) and the day/month order of numeric dates. Every text is written here; the dev corpus
//! check at the end skips when `../shared` is absent.

use vigie_clean::{BoilerplateStage, DateStage, TextMetaStage};
use vigie_core::{AnnotationData, Document, Layer, Metadata, Stage};

/// Runs the cleaning stages in the pipeline's order (language given, as the language stage
/// would set it).
fn run(text: &str, meta: Metadata) -> Document {
    let mut doc = Document::new(text.to_string(), meta);
    BoilerplateStage::new().process(&mut doc).unwrap();
    TextMetaStage::new().process(&mut doc).unwrap();
    DateStage::new().process(&mut doc).unwrap();
    doc
}

fn lang(l: &str) -> Metadata {
    Metadata {
        language: Some(l.into()),
        ..Default::default()
    }
}

fn date_annotations(doc: &Document) -> Vec<(String, String, Option<String>)> {
    doc.layer(Layer::Date)
        .map(|a| match &a.data {
            AnnotationData::Date(m) => (
                doc.slice(a.span).to_string(),
                m.kind.to_string(),
                m.resolved.clone(),
            ),
            _ => unreachable!(),
        })
        .collect()
}

const FR_BODY: &str = "Les garde-frontières lituaniens ont signalé mardi soir le passage de plusieurs appareils venus du Bélarus, selon un communiqué publié dans la nuit.\n\nLe gouvernement de Vilnius a convoqué le chargé d'affaires biélorusse et demandé des explications sur cet incident, le troisième en un mois.\n";

#[test]
fn headline_outlet_and_date_from_a_scrape_head() {
    let text = format!(
        "• Fr\n  • En\n  • De\n\nAccueil > Monde > Europe\n\nLa Lituanie ferme deux points de passage avec le Bélarus\n\nLa Gazette du Niémen - 04 novembre 2026 09:12\n\n{FR_BODY}"
    );
    let doc = run(&text, lang("fr"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("La Lituanie ferme deux points de passage avec le Bélarus")
    );
    assert_eq!(doc.meta.outlet.as_deref(), Some("La Gazette du Niémen"));
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-04"));
    assert_eq!(doc.meta.published_source.as_deref(), Some("dateline"));
}

#[test]
fn breadcrumbs_counters_bylines_and_truncated_teasers_are_not_titles() {
    let text = format!(
        "Accueil Monde La Lituanie ferme deux points de passage avec le Bélarus. Vilnius...\n\nHome » MONDE » Lituanie\n\n186\n0\n\npar Anna Kowalczyk\n\nLa Lituanie ferme deux points de passage avec le Bélarus – VIDEO\n\n{FR_BODY}"
    );
    let doc = run(&text, lang("fr"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("La Lituanie ferme deux points de passage avec le Bélarus – VIDEO")
    );
    assert_eq!(doc.meta.author.as_deref(), Some("Anna Kowalczyk"));
    // No dateline, no credit: no outlet and no date are invented.
    assert_eq!(doc.meta.outlet, None);
    assert_eq!(doc.meta.published, None);
}

#[test]
fn a_byline_on_the_dateline_is_an_author_not_an_outlet() {
    let text = format!(
        "Tentative de passage massive près de Kuźnica\n\nPar Bastien Lefort · 06/11/2026 à 08h20\n\n{FR_BODY}"
    );
    let doc = run(&text, lang("fr"));
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-06"));
    assert_eq!(doc.meta.outlet, None);
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Tentative de passage massive près de Kuźnica")
    );
}

#[test]
fn a_text_without_a_paragraph_of_prose_gets_no_title() {
    let doc = run(
        "La Lituanie ferme deux points de passage\n\nAutre ligne courte sans phrase\n",
        lang("fr"),
    );
    assert_eq!(doc.meta.title, None);
}

#[test]
fn outlet_from_copyright_masthead_and_known_sources() {
    // A copyright line names the outlet.
    let text = format!(
        "Vilnius convoque le chargé d'affaires biélorusse\n\n{FR_BODY}\n© Le Quotidien balte 2026 - Tous droits réservés\n"
    );
    assert_eq!(
        run(&text, lang("fr")).meta.outlet.as_deref(),
        Some("Le Quotidien balte")
    );
    // A source line names the outlet only when it is a known outlet or agency.
    let text =
        format!("Vilnius convoque le chargé d'affaires biélorusse\n\n{FR_BODY}\nSource : AFP\n");
    assert_eq!(run(&text, lang("fr")).meta.outlet.as_deref(), Some("AFP"));
    let text = format!(
        "Vilnius convoque le chargé d'affaires biélorusse\n\n{FR_BODY}\nSource : ministère de la Défense\n"
    );
    assert_eq!(run(&text, lang("fr")).meta.outlet, None);
    // A masthead: a short capitalised line of the head named again further down.
    let text = "Baltic Courier\n\nLithuania shuts two crossings on its border with Belarus\n\nLithuania closed two of its six crossings with Belarus on Friday, the interior ministry said, citing the risk of further incursions.\n\n(Reporting by Baltic Courier staff; Editing by Jane Doe)\n";
    let doc = run(text, lang("en"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Baltic Courier"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Lithuania shuts two crossings on its border with Belarus")
    );
}

#[test]
fn published_and_updated_cues_on_a_dateline() {
    // The update part of the line is cut off; the outlet is the name before "Publié le".
    let text = format!(
        "L'OTAN se réunit à la demande de Vilnius\n\nLe Veilleur balte — Publié le 05/11/2026 à 18h03, mis à jour à 19h40\n\n{FR_BODY}"
    );
    let doc = run(&text, lang("fr"));
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-05"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Le Veilleur balte"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("L'OTAN se réunit à la demande de Vilnius")
    );
    // A no-break space before the date (as French typography puts it) is a space.
    let text = format!(
        "L'OTAN se réunit à la demande de Vilnius\n\nLe Veilleur balte — Publié\u{a0}le\u{a0}05/11/2026 à 18h03\n\n{FR_BODY}"
    );
    let doc = run(&text, lang("fr"));
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-05"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Le Veilleur balte"));
    // An update date written first is never the publication date.
    let text = format!(
        "L'OTAN se réunit à la demande de Vilnius\n\nMis à jour le 06/11/2026 à 10h05, publié le 05/11/2026 à 18h03\n\n{FR_BODY}"
    );
    assert_eq!(
        run(&text, lang("fr")).meta.published.as_deref(),
        Some("2026-11-05")
    );
    let text = "Moscow warns NATO over drones\n\nUpdated 06/11/2026 · Published 11/25/2026\n\nRussia's foreign ministry accused NATO of using a staged drone incident as a pretext to build up forces near its ally.\n";
    assert_eq!(
        run(text, lang("en")).meta.published.as_deref(),
        Some("2026-11-25")
    );
}

const EN_HEAD: &str =
    "Moscow warns NATO over Lithuania drone row\n\nPublished 05/11/2026 14:22 · Updated 15:05\n\n";

#[test]
fn ambiguous_numeric_dates_follow_the_texts_worded_dates() {
    // "Nov 5" in the wire dateline settles 05/11/2026 as the 5th of November.
    let text = format!("{EN_HEAD}MOSCOW, Nov 5 (Reuters) - Russia's foreign ministry on Thursday accused NATO of using a staged drone incident as a pretext.\n");
    let doc = run(&text, lang("en"));
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-05"));
    // "May 11" settles it the other way.
    let text = format!("{EN_HEAD}WASHINGTON, May 11 (Reuters) - The State Department on Monday accused Russia of using a staged drone incident as a pretext.\n");
    assert_eq!(
        run(&text, lang("en")).meta.published.as_deref(),
        Some("2026-05-11")
    );
    // An unambiguous numeric date of the same page shows its order.
    let text = format!("{EN_HEAD}The ministry said talks planned for 25/11/2026 would go ahead as the alliance weighed its response to the incident.\n");
    assert_eq!(
        run(&text, lang("en")).meta.published.as_deref(),
        Some("2026-11-05")
    );
}

#[test]
fn ambiguous_numeric_dates_without_evidence_or_with_conflicting_evidence_stay_unresolved() {
    let body = "Russia's foreign ministry accused NATO of using a staged drone incident as a pretext to build up forces near its ally.\n";
    let doc = run(&format!("{EN_HEAD}{body}"), lang("en"));
    assert_eq!(doc.meta.published, None);
    // The dateline is still marked, with no date.
    assert!(
        date_annotations(&doc).contains(&("05/11/2026".into(), "dateline".into(), None)),
        "{:?}",
        date_annotations(&doc)
    );
    let text = format!("{EN_HEAD}MOSCOW, Nov 5 - Talks set for May 11 were cancelled after Russia's foreign ministry accused NATO of staging the incident.\n");
    assert_eq!(run(&text, lang("en")).meta.published, None);
}

#[test]
fn the_outlets_country_or_domain_and_the_language_settle_numeric_dates() {
    let body = "Russia's foreign ministry accused NATO of using a staged drone incident as a pretext to build up forces near its ally.\n";
    let text = format!("{EN_HEAD}{body}");
    let with = |url: Option<&str>, outlet: Option<&str>| {
        run(
            &text,
            Metadata {
                language: Some("en".into()),
                url: url.map(str::to_string),
                outlet: outlet.map(str::to_string),
                ..Default::default()
            },
        )
        .meta
        .published
    };
    assert_eq!(
        with(Some("https://news.example.co.uk/world/1"), None).as_deref(),
        Some("2026-11-05")
    );
    assert_eq!(
        with(Some("https://www.example.us/world/1"), None).as_deref(),
        Some("2026-05-11")
    );
    // CNN is a known outlet of the United States (kb/media.toml).
    assert_eq!(with(None, Some("CNN")).as_deref(), Some("2026-05-11"));
    assert_eq!(with(None, Some("Reuters")).as_deref(), Some("2026-11-05"));
    // German writes the day first, whatever the text.
    let doc = run(
        "Drohnen über Litauen: Vilnius beantragt Konsultationen\n\nNordsee Bote, 05.11.2026, 07:30 Uhr\n\nNach dem mutmaßlichen Eindringen belarussischer Drohnen hat die Regierung in Vilnius Beratungen beantragt.\n",
        lang("de"),
    );
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-05"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Nordsee Bote"));
}

#[test]
fn metadata_the_input_gave_is_never_replaced() {
    let text = format!(
        "La Lituanie ferme deux points de passage avec le Bélarus\n\nLa Gazette du Niémen - 04 novembre 2026 09:12\n\nPar Anna Kowalczyk\n\n{FR_BODY}"
    );
    let doc = run(
        &text,
        Metadata {
            language: Some("fr".into()),
            title: Some("Titre donné".into()),
            outlet: Some("Agence donnée".into()),
            author: Some("Autrice donnée".into()),
            published: Some("2026-11-03".into()),
            published_source: Some("input".into()),
            ..Default::default()
        },
    );
    assert_eq!(doc.meta.title.as_deref(), Some("Titre donné"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Agence donnée"));
    assert_eq!(doc.meta.author.as_deref(), Some("Autrice donnée"));
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-03"));
    assert_eq!(doc.meta.published_source.as_deref(), Some("input"));
}

#[test]
fn every_language_has_metadata_cues() {
    let cues = vigie_clean::textmeta::Cues::load().expect("metadata.toml files parse");
    for l in ["fr", "en", "de", "es", "it", "uk", "ru"] {
        let c = cues.for_language(Some(l));
        assert!(
            !c.published.is_empty() && !c.updated.is_empty() && !c.byline.is_empty(),
            "{l}"
        );
    }
}

#[test]
fn dev_corpus_titles_and_outlets() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
    if !dir.exists() {
        println!("skipping: {} not found", dir.display());
        return;
    }
    let mut right = 0;
    let mut total = 0;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    for path in paths {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let doc = run(&std::fs::read_to_string(&path).unwrap(), lang("fr"));
        total += 1;
        if doc.meta.title.as_deref() == gold["title"].as_str() {
            right += 1;
        } else {
            println!(
                "{}: title {:?}, gold {:?}",
                path.display(),
                doc.meta.title,
                gold["title"]
            );
        }
        // The only outlet the dev texts name is in a dateline.
        let named = gold["entities_in_boilerplate_only"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["subtype"] == "MEDIA")
            .and_then(|e| e["text"].as_str());
        assert_eq!(doc.meta.outlet.as_deref(), named, "{}", path.display());
    }
    println!("dev corpus titles: {right}/{total}");
    assert_eq!((right, total), (3, 3));
}

#[test]
fn a_sentence_ending_with_a_date_is_no_dateline() {
    // Prose that ends with a date names neither the outlet nor the publication date.
    let doc = run(
        "La Russie a attaqué l’Ukraine le 24 février 2022.\nLe Kremlin a déclaré que les troupes ne se retireraient pas de la région, selon un communiqué publié lundi soir à Moscou par le ministère.\n",
        lang("fr"),
    );
    assert_eq!(doc.meta.outlet, None, "{:?}", doc.meta);
    assert_eq!(doc.meta.published, None, "{:?}", doc.meta);
}
