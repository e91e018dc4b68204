//! Date expressions in real-looking sentences of every supported language, resolution against
//! a publication date, datelines, and the dev corpus's publication dates.

use chrono::NaiveDate;
use vigie_clean::dates::{find_dateline, find_dates, Lexicons};
use vigie_clean::DateStage;
use vigie_core::{AnnotationData, Document, Layer, Metadata, Stage};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (surface, resolved) pairs found in `text` for language `lang`, anchored at `anchor`.
fn dates(lang: &str, text: &str, anchor: Option<&str>) -> Vec<(String, Option<String>)> {
    let lex = Lexicons::shared().get(lang).expect("lexicon");
    find_dates(text, lex, anchor.map(d))
        .into_iter()
        .map(|f| {
            (
                text[f.span.start..f.span.end].to_string(),
                f.mention.resolved,
            )
        })
        .collect()
}

fn one(lang: &str, text: &str, anchor: Option<&str>) -> (String, Option<String>) {
    let all = dates(lang, text, anchor);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn french_absolute_and_partial_dates() {
    let a = Some("2025-11-03");
    assert_eq!(
        one("fr", "Le sommet s'est tenu le 19 décembre 2022 à Minsk.", a),
        ("19 décembre 2022".into(), s("2022-12-19"))
    );
    assert_eq!(
        one("fr", "Il a parlé dans la capitale Minsk le 2 juillet.", a),
        ("2 juillet".into(), s("2025-07-02"))
    );
    assert_eq!(
        one("fr", "Le 9 août, les manifestants sont sortis.", a),
        ("9 août".into(), s("2025-08-09"))
    );
    assert_eq!(
        one("fr", "Le 1er novembre, rien.", a),
        ("1er novembre".into(), s("2025-11-01"))
    );
    assert_eq!(
        one("fr", "Les combats ont repris mi-octobre.", a),
        ("mi-octobre".into(), s("2025-10"))
    );
    assert_eq!(
        one("fr", "Un accord est attendu fin février.", a),
        ("fin février".into(), s("2025-02"))
    );
    assert_eq!(
        one("fr", "Plus tard, en février, il a affirmé…", a),
        ("février".into(), s("2025-02"))
    );
    assert_eq!(
        one("fr", "Lors du référendum de février 2022.", a),
        ("février 2022".into(), s("2022-02"))
    );
    assert_eq!(
        one("fr", "Publié le 03/11/2025 à 14h38", None),
        ("03/11/2025".into(), s("2025-11-03"))
    );
}

#[test]
fn french_relative_dates_resolve_against_publication() {
    // 2025-11-03 is a Monday.
    let a = Some("2025-11-03");
    assert_eq!(
        one("fr", "Il a déclaré mardi que…", a),
        ("mardi".into(), s("2025-10-28"))
    );
    assert_eq!(
        one("fr", "Il a déclaré lundi que…", a),
        ("lundi".into(), s("2025-11-03"))
    );
    assert_eq!(
        one("fr", "Il viendra mardi prochain.", a),
        ("mardi prochain".into(), s("2025-11-04"))
    );
    assert_eq!(
        one(
            "fr",
            "Les frappes de ce lundi (19) ont tué…",
            Some("2025-05-21")
        ),
        ("ce lundi (19)".into(), s("2025-05-19"))
    );
    assert_eq!(
        one("fr", "Hier, le ministre a dit…", a),
        ("Hier".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("fr", "Il a été réélu il y a deux ans et demi.", a),
        ("il y a deux ans et demi".into(), s("2023-05"))
    );
    assert_eq!(
        one(
            "fr",
            "son sixième mandat il y a deux ans",
            Some("2022-07-06")
        ),
        ("il y a deux ans".into(), s("2020"))
    );
    assert_eq!(
        one("fr", "L'an dernier, la Russie…", a),
        ("L'an dernier".into(), s("2024"))
    );
}

#[test]
fn anaphoric_dates_follow_the_previous_date() {
    let found = dates(
        "fr",
        "Il a parlé à Minsk le 2 juillet. Il a réaffirmé sa loyauté le jour suivant, et la veille il était à Moscou.",
        Some("2022-07-06"),
    );
    assert_eq!(
        found,
        vec![
            ("2 juillet".into(), s("2022-07-02")),
            ("le jour suivant".into(), s("2022-07-03")),
            ("la veille".into(), s("2022-07-02")),
        ]
    );
}

#[test]
fn without_publication_date_relative_dates_stay_unresolved() {
    let found = dates("fr", "Mardi, il a parlé ; le 2 juillet, il a voté.", None);
    assert_eq!(
        found,
        vec![("Mardi".into(), None), ("2 juillet".into(), None)]
    );
    // A full date needs no anchor.
    assert_eq!(
        one("fr", "le 19 décembre 2022", None),
        ("19 décembre 2022".into(), s("2022-12-19"))
    );
}

#[test]
fn numbers_that_look_like_dates_are_not_dates() {
    let a = Some("2025-11-03");
    for text in [
        "Il a 25 ans.",
        "jusqu'à 30 000 soldats européens",
        "un prêt de 1,5 milliard de dollars",
        "une hausse de 2 % en un an",
        "plus de 2000 soldats",
        "Les 12 et 13 membres du conseil",
        "version 1.2.2020.4 du logiciel",
        "Il a marché 3 km.",
    ] {
        assert_eq!(dates("fr", text, a), vec![], "{text}");
    }
    assert_eq!(dates("en", "They may 2 times a day.", a).len(), 0);
}

#[test]
fn english_dates() {
    let a = Some("2025-11-03");
    assert_eq!(
        one("en", "On November 3, 2025, the ministry said…", a),
        ("November 3, 2025".into(), s("2025-11-03"))
    );
    assert_eq!(
        one("en", "The talks on 19 December 2022 failed.", a),
        ("19 December 2022".into(), s("2022-12-19"))
    );
    assert_eq!(
        one("en", "He said on Tuesday that…", a),
        ("Tuesday".into(), s("2025-10-28"))
    );
    assert_eq!(
        one("en", "Yesterday, troops moved.", a),
        ("Yesterday".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("en", "the day before, shelling resumed", a),
        ("the day before".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("en", "last week's strikes", a),
        ("last week".into(), s("2025-10-27"))
    );
    assert_eq!(
        one("en", "fighting since mid-October", a),
        ("mid-October".into(), s("2025-10"))
    );
    assert_eq!(
        one("en", "He was elected three years ago.", a),
        ("three years ago".into(), s("2022"))
    );
    assert_eq!(
        one("en", "in early March", a),
        ("early March".into(), s("2025-03"))
    );
    assert_eq!(one("en", "elected in 2020.", a), ("2020".into(), s("2020")));
}

#[test]
fn german_dates() {
    let a = Some("2025-11-03");
    assert_eq!(
        one("de", "Am 3. November 2025 erklärte das Ministerium…", a),
        ("3. November 2025".into(), s("2025-11-03"))
    );
    assert_eq!(
        one("de", "Das Treffen fand am 31.05.2012 statt.", a),
        ("31.05.2012".into(), s("2012-05-31"))
    );
    assert_eq!(
        one("de", "Er sagte am Dienstag, dass…", a),
        ("Dienstag".into(), s("2025-10-28"))
    );
    assert_eq!(
        one("de", "Gestern griffen Drohnen an.", a),
        ("Gestern".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("de", "Ende Februar begann die Offensive.", a),
        ("Ende Februar".into(), s("2025-02"))
    );
    assert_eq!(
        one("de", "Er wurde vor zwei Jahren gewählt.", a),
        ("vor zwei Jahren".into(), s("2023"))
    );
}

#[test]
fn spanish_and_italian_dates() {
    let a = Some("2025-11-03");
    assert_eq!(
        one("es", "El 3 de noviembre de 2025 el Gobierno anunció…", a),
        ("3 de noviembre de 2025".into(), s("2025-11-03"))
    );
    assert_eq!(
        one("es", "Ayer, el ministro dijo…", a),
        ("Ayer".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("es", "Lo anunció hace tres años.", a),
        ("hace tres años".into(), s("2022"))
    );
    assert_eq!(
        one("es", "a mediados de octubre", a),
        ("a mediados de octubre".into(), s("2025-10"))
    );
    assert_eq!(
        one("it", "Il 19 dicembre 2022 il vertice è fallito.", a),
        ("19 dicembre 2022".into(), s("2022-12-19"))
    );
    assert_eq!(
        one("it", "Ieri il governo ha detto…", a),
        ("Ieri".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("it", "due anni fa", a),
        ("due anni fa".into(), s("2023"))
    );
    assert_eq!(
        one("it", "Martedì scorso", a),
        ("Martedì scorso".into(), s("2025-10-28"))
    );
}

#[test]
fn ukrainian_and_russian_dates_with_case_forms() {
    let a = Some("2025-11-03");
    assert_eq!(
        one("uk", "3 листопада 2025 року Міноборони заявило…", a),
        ("3 листопада 2025 року".into(), s("2025-11-03"))
    );
    assert_eq!(
        one("uk", "Вчора ввечері дрони атакували Київ.", a),
        ("Вчора ввечері".into(), s("2025-11-02"))
    );
    assert_eq!(one("uk", "у лютому", a), ("лютому".into(), s("2025-02")));
    assert_eq!(
        one("uk", "два роки тому", a),
        ("два роки тому".into(), s("2023"))
    );
    assert_eq!(
        one("ru", "19 декабря 2022 года Лукашенко заявил…", a),
        ("19 декабря 2022 года".into(), s("2022-12-19"))
    );
    assert_eq!(
        one("ru", "Накануне Минск заявил…", a),
        ("Накануне".into(), s("2025-11-02"))
    );
    assert_eq!(
        one("ru", "во вторник он сказал", a),
        ("вторник".into(), s("2025-10-28"))
    );
    assert_eq!(
        one("ru", "три года назад", a),
        ("три года назад".into(), s("2022"))
    );
    assert_eq!(
        one("ru", "в конце февраля", a),
        ("в конце февраля".into(), s("2025-02"))
    );
}

#[test]
fn datelines() {
    let fr = Lexicons::shared().get("fr").unwrap();
    let text = "• En\n\nBiélorussie réaborde…\n\nChas Pravdy - 03 novembre 2025 14:38\n\nFace à la tension…";
    let (span, date) = find_dateline(text, fr).expect("dateline");
    assert_eq!(&text[span.start..span.end], "03 novembre 2025");
    assert_eq!(date, d("2025-11-03"));
    let text = "Le Courrier de l'Est - 04 novembre 2026 09:12\nTexte.";
    assert_eq!(find_dateline(text, fr).unwrap().1, d("2026-11-04"));
    let text = "Minsk, 6 nov. 2026 (ACP) — Le président biélorusse a reçu…";
    assert_eq!(find_dateline(text, fr).unwrap().1, d("2026-11-06"));
    // A date inside a sentence of the body is not a dateline.
    let text = "Titre\n\nLe président a rappelé que le référendum du 27 février 2022 avait changé la constitution.";
    assert_eq!(find_dateline(text, fr), None);
}

#[test]
fn date_stage_sets_published_from_dateline_and_annotates() {
    let mut doc = Document::new(
        "Titre\n\nChas Pravdy - 03 novembre 2025 14:38\n\nIl a déclaré mardi que le sommet du 19 décembre 2022 était un succès."
            .into(),
        Metadata {
            language: Some("fr".into()),
            ..Default::default()
        },
    );
    DateStage::new().process(&mut doc).unwrap();
    assert_eq!(doc.meta.published.as_deref(), Some("2025-11-03"));
    assert_eq!(doc.meta.published_source.as_deref(), Some("dateline"));
    let got: Vec<(String, String, Option<String>)> = doc
        .layer(Layer::Date)
        .map(|a| match &a.data {
            AnnotationData::Date(m) => (
                doc.slice(a.span).to_string(),
                m.kind.to_string(),
                m.resolved.clone(),
            ),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "03 novembre 2025".into(),
                "dateline".into(),
                s("2025-11-03")
            ),
            ("mardi".into(), "relative".into(), s("2025-10-28")),
            (
                "19 décembre 2022".into(),
                "absolute".into(),
                s("2022-12-19")
            ),
        ]
    );
}

#[test]
fn input_publication_date_wins_over_dateline() {
    let mut doc = Document::new(
        "Chas Pravdy - 03 novembre 2025 14:38\n\nTexte.".into(),
        Metadata {
            published: Some("2025-11-04".into()),
            published_source: Some("input".into()),
            ..Default::default()
        },
    );
    DateStage::new().process(&mut doc).unwrap();
    assert_eq!(doc.meta.published.as_deref(), Some("2025-11-04"));
}

#[test]
fn dev_corpus_publication_dates() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev");
    if !dir.exists() {
        println!("skipping: {} not found", dir.display());
        return;
    }
    let stage = DateStage::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let explicit = gold["publication_date"]["basis"]
            .as_str()
            .unwrap_or("")
            .contains("dateline");
        let mut doc = Document::new(
            std::fs::read_to_string(&path).unwrap(),
            Metadata {
                language: Some("fr".into()),
                ..Default::default()
            },
        );
        stage.process(&mut doc).unwrap();
        if explicit {
            assert_eq!(
                doc.meta.published.as_deref(),
                gold["publication_date"]["date"].as_str(),
                "{}",
                path.display()
            );
        } else {
            // No explicit date in the article: no publication date may be invented.
            assert_eq!(doc.meta.published, None, "{}", path.display());
        }
        checked += 1;
    }
    assert_eq!(checked, 3);
}

#[test]
fn numeric_dates_follow_the_languages_order_and_english_has_none() {
    let a = Some("2026-11-06");
    // German, French…: the day comes first.
    assert_eq!(
        one("de", "Die Sitzung am 05.11.2026 wurde vertagt.", a),
        ("05.11.2026".into(), s("2026-11-05"))
    );
    assert_eq!(
        one("fr", "La réunion du 05/11/2026 a été reportée.", a),
        ("05/11/2026".into(), s("2026-11-05"))
    );
    // English is written both ways: 05/11/2026 alone is not guessed…
    assert_eq!(
        one("en", "The meeting on 05/11/2026 was postponed.", a),
        ("05/11/2026".into(), None)
    );
    // …but a day above 12 has only one reading, and equal numbers read the same both ways.
    assert_eq!(
        one("en", "The meeting on 25/11/2026 was postponed.", a),
        ("25/11/2026".into(), s("2026-11-25"))
    );
    assert_eq!(
        one("en", "The meeting on 11/25/2026 was postponed.", a),
        ("11/25/2026".into(), s("2026-11-25"))
    );
    assert_eq!(
        one("en", "The meeting on 11/11/2026 was postponed.", a),
        ("11/11/2026".into(), s("2026-11-11"))
    );
}

#[test]
fn date_stage_reads_an_english_numeric_date_in_the_order_its_text_shows() {
    let text = "Moscow warns NATO\n\nPublished 05/11/2026 14:22 · Updated 15:05\n\nMOSCOW, Nov 5 (Reuters) - Russia's foreign ministry said talks set for 06/11/2026 were off.\n";
    let mut doc = Document::new(
        text.into(),
        Metadata {
            language: Some("en".into()),
            ..Default::default()
        },
    );
    DateStage::new().process(&mut doc).unwrap();
    assert_eq!(doc.meta.published.as_deref(), Some("2026-11-05"));
    let got: Vec<(String, Option<String>)> = doc
        .layer(Layer::Date)
        .map(|a| match &a.data {
            AnnotationData::Date(m) => (doc.slice(a.span).to_string(), m.resolved.clone()),
            _ => unreachable!(),
        })
        .collect();
    assert!(
        got.contains(&("06/11/2026".into(), s("2026-11-06"))),
        "{got:?}"
    );
}

#[test]
fn html_time_element_gives_the_publication_date_on_the_publishers_day() {
    let today = d("2026-12-06");
    let page = |time: &str| {
        format!(
            "<html><head><title>Migrants</title></head><body><nav><time datetime=\"2026-10-01T10:00:00+01:00\">ticker</time></nav><h1>Tentative de passage près de Kuźnica</h1><div class=\"post-meta\">Par Bastien Lefort · {time} · Migrations</div><p>Texte.</p></body></html>"
        )
    };
    let found = vigie_clean::html::published_date(
        &page("<time datetime=\"2026-11-06T08:20:00+01:00\">vendredi, 8 h 20</time>"),
        None,
        today,
    )
    .expect("a <time datetime> gives a date");
    assert_eq!(found.date, d("2026-11-06"));
    assert_eq!(found.source, "time-element");
    // Twenty past midnight in Paris is still the 5th in UTC: the publisher's day is kept.
    let found = vigie_clean::html::published_date(
        &page("<time datetime=\"2026-11-06T00:20:00+01:00\">vendredi</time>"),
        None,
        today,
    )
    .unwrap();
    assert_eq!(found.date, d("2026-11-06"));
    // An update time is not the publication date (and the ticker before the headline is not
    // the article's).
    let found = vigie_clean::html::published_date(
        &page("<time itemprop=\"dateModified\" datetime=\"2026-11-08T09:00:00+01:00\">dimanche</time>"),
        None,
        today,
    );
    assert_eq!(found, None);
    // Times on different days after the headline are a list (comments), not the article's.
    let found = vigie_clean::html::published_date(
        &page("<time datetime=\"2026-11-06T08:20:00+01:00\">vendredi</time></div><div class=\"comments\"><time datetime=\"2026-11-07T10:00:00+01:00\">samedi</time>"),
        None,
        today,
    );
    assert_eq!(found, None);
}
