//! Lines an outlet repeats become leftovers in the store, across batches and ingest runs; the
//! lines that copies of one story share do not.

use vigie_core::{AnnotationData, BoilerplateRole, Document, Layer, Metadata};
use vigie_store::Store;

const FOOTER: &str = "Suivez-nous sur WhatsApp et recevez l'essentiel de l'actualité";

fn story(n: usize) -> String {
    format!(
        "Titre de l'article numéro {n}\n\nLe premier paragraphe de l'article {n} raconte ce qui s'est passé ce jour-là.\nUn deuxième paragraphe de l'article {n} donne le contexte et les chiffres du jour.\nLe maire a réagi.\nSelon la préfecture, l'enquête {n} se poursuit et de nouveaux éléments sont attendus.\n\n{FOOTER}\n"
    )
}

fn doc(site: &str, n: usize, text: String) -> (Document, String) {
    let meta = Metadata {
        url: Some(format!("https://www.{site}/article/{n}")),
        ..Metadata::default()
    };
    (Document::new(text, meta), format!("{site}/{n}.txt"))
}

/// The lines of an article marked repeated, by reading the store.
fn repeated(store: &Store, id: &str) -> Vec<String> {
    let d = store.get(id).unwrap().unwrap();
    d.layer(Layer::Boilerplate)
        .filter_map(|a| match &a.data {
            AnnotationData::Boilerplate(b) if b.role == BoilerplateRole::Repeated => {
                Some(d.text[a.span.start..a.span.end].to_string())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_footer_of_many_articles_becomes_a_leftover_and_copies_do_not_count() {
    let dir = tempfile::tempdir().unwrap();
    // Run 1, batch 1: three copies of one story (the second re-headlined, the third with a
    // line added) and one other story. The copies' lines are in three articles, but one copy
    // group: nothing is repeated yet.
    let copies = vec![
        doc("site.fr", 1, story(1)),
        doc(
            "site.fr",
            2,
            story(1).replace("Titre de l'article", "Mise à jour de l'article"),
        ),
        doc("site.fr", 3, story(1) + "\nMis à jour à 18 h 05\n"),
        doc("site.fr", 4, story(4)),
    ];
    let ids: Vec<String> = copies.iter().map(|(d, _)| d.id.to_string()).collect();
    {
        let mut store = Store::open_writer(dir.path(), false).unwrap();
        store.put_batch(&copies).unwrap();
        store.flush().unwrap();
        for id in &ids {
            assert!(repeated(&store, id).is_empty(), "{id}");
        }
    }
    // Run 2: the same input again adds nothing and counts nothing.
    {
        let mut store = Store::open_writer(dir.path(), false).unwrap();
        let outcome = store.put_batch(&copies).unwrap();
        assert!(outcome.inserted.is_empty());
        store.flush().unwrap();
    }
    // Run 3: two more stories of the site and one of another site with the same footer. The
    // footer is now in 4 copy groups of site.fr (the threshold): marked in the new articles
    // and in those stored before, copies included; the copies' own lines are not.
    let more = vec![
        doc("site.fr", 5, story(5)),
        doc("site.fr", 6, story(6)),
        doc("autre.fr", 7, story(7)),
    ];
    {
        let mut store = Store::open_writer(dir.path(), false).unwrap();
        store.put_batch(&more).unwrap();
        store.flush().unwrap();
        assert!(store.check().unwrap().is_ok(), "index and database agree");
    }
    let store = Store::open_reader(dir.path()).unwrap();
    for (d, _) in copies.iter().chain(&more[..2]) {
        assert_eq!(repeated(&store, d.id.as_str()), [FOOTER], "{}", d.text);
        // Nothing else was lost: every other line is still content.
        let stored = store.get(d.id.as_str()).unwrap().unwrap();
        let content: Vec<&str> = stored.content_lines().iter().map(|(_, l)| *l).collect();
        assert_eq!(
            content.len(),
            d.text.lines().filter(|l| !l.trim().is_empty()).count() - 1
        );
    }
    assert!(
        repeated(&store, more[2].0.id.as_str()).is_empty(),
        "another site"
    );
    // The search index follows: the footer is no longer what a site.fr article says.
    let hits = store
        .search(&vigie_store::SearchQuery {
            text: "whatsapp".into(),
            language: None,
            since: None,
            until: None,
            actor: None,
            limit: 10,
            snippets: None,
        })
        .unwrap();
    let hit_ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(hit_ids, [more[2].0.id.as_str()]);
}
