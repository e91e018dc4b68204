//! Plain-text scrapes get their title, outlet and publication date from their text, numeric
//! dates are read in the order the text shows (or left out), and an HTML page's `<time
//! datetime>` dates it: `vigie ingest` of files written here, then `vigie articles --json`.

mod common;

use common::*;

const FR_SCRAPE: &str = "\
• Fr
  • En
  • De

Accueil > Monde > Europe

La Lituanie ferme deux points de passage avec le Bélarus

La Gazette du Niémen - 04 novembre 2026 09:12

Les garde-frontières lituaniens ont signalé mardi soir le passage de plusieurs drones venus du Bélarus, selon un communiqué publié dans la nuit par le ministère de l'Intérieur.

Le gouvernement de Vilnius a convoqué le chargé d'affaires biélorusse et demandé des explications sur cet incident, le troisième en un mois, a indiqué la porte-parole du ministère.
";

const EN_HEAD: &str = "\
EN | RU | DE

Moscow warns NATO over Lithuania drone row

Published 05/11/2026 14:22 · Updated 15:05

";

const EN_WIRE: &str = "MOSCOW, Nov 5 (Reuters) - Russia's foreign ministry on Thursday accused NATO of using a staged drone incident on the Lithuanian-Belarusian border as a pretext to build up forces near Russia's ally, and said Moscow was ready to defend Belarus under the treaties that bind the two countries.\n";

const EN_NO_EVIDENCE: &str = "Russia's foreign ministry accused NATO of using a staged drone incident on the Lithuanian-Belarusian border as a pretext to build up forces near Russia's ally, and said Moscow was ready to defend Belarus under the treaties that bind the two countries.\n";

const HTML_TIME: &str = r#"<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Kuźnica : tentative de passage massive</title></head>
<body>
<h1>Kuźnica : tentative de passage massive à la frontière polonaise</h1>
<div class="post-meta">Par Bastien Lefort · <time datetime="2026-11-06T00:20:00+01:00">vendredi, 0 h 20</time> · Migrations</div>
<article>
<p>Environ deux cents personnes ont tenté de franchir la clôture près de Kuźnica dans la nuit de jeudi à vendredi, selon les garde-frontières polonais, qui disent avoir repoussé la plupart d'entre elles.</p>
<p>Minsk a démenti toute implication et parle d'une soixantaine de personnes, accusant Varsovie de traitements inhumains envers les migrants bloqués dans la forêt.</p>
</article>
</body></html>
"#;

#[test]
fn scrapes_and_pages_get_title_outlet_and_date() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::write(inputs.join("gazette.txt"), FR_SCRAPE).unwrap();
    std::fs::write(
        inputs.join("dispatch-wire.txt"),
        format!("{EN_HEAD}{EN_WIRE}"),
    )
    .unwrap();
    std::fs::write(
        inputs.join("dispatch-plain.txt"),
        format!("{EN_HEAD}{EN_NO_EVIDENCE}"),
    )
    .unwrap();
    std::fs::write(inputs.join("horizons.html"), HTML_TIME).unwrap();
    let data = tmp.path().join("data");
    let (code, summary) = ingest(&data, &[&inputs], &["-q"]);
    assert_eq!(code, Some(0), "{summary}");
    assert_eq!(summary["ingested"], 4, "{summary}");

    let out = vigie(&data, &["articles", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json_lines(&out);
    let find = |needle: &str| {
        rows.iter()
            .find(|r| r["title"].as_str().is_some_and(|t| t.contains(needle)))
            .unwrap_or_else(|| panic!("no article titled …{needle}…: {rows:?}"))
    };

    let fr = find("La Lituanie ferme deux points de passage");
    assert_eq!(
        fr["title"],
        "La Lituanie ferme deux points de passage avec le Bélarus"
    );
    assert_eq!(fr["outlet"], "La Gazette du Niémen");
    assert_eq!(fr["published"], "2026-11-04");

    // Two English scrapes with the same headline: the one whose wire dateline says "Nov 5"
    // is dated the 5th of November; the other, with nothing to settle 05/11/2026, is not dated.
    let en: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["title"] == "Moscow warns NATO over Lithuania drone row")
        .collect();
    assert_eq!(en.len(), 2, "{rows:?}");
    let mut dates: Vec<Option<&str>> = en.iter().map(|r| r["published"].as_str()).collect();
    dates.sort();
    assert_eq!(dates, [None, Some("2026-11-05")], "{en:?}");
    // "Reuters" is credited in the wire dateline and is a known agency.
    let wire = en.iter().find(|r| r["published"].is_string()).unwrap();
    assert_eq!(wire["outlet"], "Reuters");

    // The page's only date is a <time datetime>, twenty past midnight in Paris: still the 6th.
    let page = find("Kuźnica");
    assert_eq!(page["published"], "2026-11-06");
}
