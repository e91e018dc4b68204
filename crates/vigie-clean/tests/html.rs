//! Main-text shape and the metadata publication-date finder.

use chrono::NaiveDate;
use vigie_clean::html::{self, date, Extractor};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-22";

fn found(page: &str, url: Option<&str>) -> Option<(String, &'static str)> {
    date::find_published(page, url, d(TODAY)).map(|f| (f.date.to_string(), f.source))
}

#[test]
fn url_then_meta_then_json_ld() {
    let page = r#"<html><head>
        <meta property="article:published_time" content="2025-11-02T08:00:00+01:00">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-03T14:38:00+02:00"}</script>
        </head><body><p>Texte du 12 mars 2019.</p></body></html>"#;
    assert_eq!(
        found(page, Some("https://x.example/2024/01/05/a")),
        Some(("2024-01-05".into(), "url"))
    );
    assert_eq!(
        found(page, Some("https://x.example/a")),
        Some(("2025-11-02".into(), "meta"))
    );
    let no_meta = page.replace("article:published_time", "article:section");
    assert_eq!(
        found(&no_meta, None),
        Some(("2025-11-03".into(), "json-ld"))
    );
}

#[test]
fn meta_time_and_url_sources() {
    let meta = r#"<meta name="DC.date.issued" content="2012-05-31"><meta name="date" content="2010-01-01">"#;
    assert_eq!(found(meta, None), Some(("2012-05-31".into(), "meta")));
    let time = r#"<body><article><time pubdate datetime="2019-12-09T10:00">9 déc.</time></article></body>"#;
    assert_eq!(found(time, None), Some(("2019-12-09".into(), "time")));
    assert_eq!(
        found(
            "<body><p>Rien.</p></body>",
            Some("https://blog.example/2016/12/23/python/")
        ),
        Some(("2016-12-23".into(), "url"))
    );
    let element =
        r#"<body><h1>Titre</h1><span class="entry-date">31. Mai 2012</span><p>Text</p></body>"#;
    assert_eq!(
        found(element, None),
        Some(("2012-05-31".into(), "date-element"))
    );
}

#[test]
fn implausible_dates_are_rejected() {
    // In the future, or before the web had news sites: a placeholder, not a publication date.
    let future = r#"<meta property="article:published_time" content="2031-01-01">"#;
    assert_eq!(found(future, None), None);
    let old = r#"<meta property="article:published_time" content="1970-01-01T00:00:00Z">"#;
    assert_eq!(found(old, None), None);
}

#[test]
fn numbers_in_the_page_are_not_dates() {
    let page = r#"<body><h1>Budget</h1><p>Le plan prévoit 30 000 soldats, 1,5 milliard et 25 ans de service.</p>
        <p>Tél. 03 11 20 25 14.</p></body>"#;
    assert_eq!(found(page, None), None);
}

#[test]
fn extracted_text_has_one_paragraph_per_line() {
    let body: String = (0..6)
        .map(|i| format!("<p>Paragraphe numéro {i} de l'article, assez long pour être retenu comme contenu principal par l'extracteur, avec des détails sur la frontière et les troupes.</p>\n"))
        .collect();
    let page = format!(
        "<html><head><title>Titre de l'article</title><meta property=\"og:site_name\" content=\"Le Journal\"></head><body><nav><a href=\"/\">Accueil</a></nav><article><h1>Titre de l'article</h1>{body}</article><footer>Mentions légales</footer></body></html>"
    );
    for which in [
        Extractor::Trafilatura,
        Extractor::TrafilaturaFast,
        Extractor::TrafilaturaThenDomSmoothie,
    ] {
        let out = html::extract_with(&page, None, which, d(TODAY));
        let paras: Vec<&str> = out.text.split("\n\n").collect();
        assert!(paras.len() >= 6, "{which:?}: {:?}", out.text);
        assert!(paras.iter().all(|p| !p.contains('\n')), "{which:?}");
        assert!(out.text.contains("Paragraphe numéro 3"), "{which:?}");
        assert!(!out.text.contains("Mentions légales"), "{which:?}");
    }
}

#[test]
fn merge_adds_only_long_missing_paragraphs_in_order() {
    let base = "Premier paragraphe.\n\nTroisième paragraphe.";
    let long = "Deuxième paragraphe, que seul le second extracteur a trouvé, et qui est assez long pour compter comme du contenu : plus de cent cinquante octets ici.";
    let extra = format!("Premier paragraphe.\n\n{long}\n\nCourt.\n\nTroisième paragraphe.");
    assert_eq!(
        html::merge_paragraphs(base, &extra),
        format!("Premier paragraphe.\n\n{long}\n\nTroisième paragraphe.")
    );
}

#[test]
fn inert_markup_is_cut_before_parsing_and_json_ld_kept() {
    use vigie_clean::html::strip_inert;
    let page = r#"<html><head><SCRIPT src="a.js"></SCRIPT><style>p{color:red}</style>
<script type="application/ld+json">{"headline":"Titre"}</script></head>
<body><!-- menu --><p>Texte <svg><path d="M0"/></svg>gardé.</p>
<script>document.write("<p>pas du texte</p>");</script><p>Suite.</p></body></html>"#;
    let out = strip_inert(page);
    assert!(out.contains(r#"{"headline":"Titre"}"#), "{out}");
    assert!(out.contains("<p>Texte gardé.</p>"), "{out}");
    assert!(out.contains("<p>Suite.</p>"), "{out}");
    for gone in ["a.js", "color:red", "menu", "path", "pas du texte"] {
        assert!(!out.contains(gone), "{gone} left in {out}");
    }
    // An element left open to the end is kept whole; a page without any is not copied.
    let open = "<p>Un</p><script>var x = 1;";
    assert_eq!(strip_inert(open), open);
    assert!(matches!(
        strip_inert("<p>Rien</p>"),
        std::borrow::Cow::Borrowed(_)
    ));
}
