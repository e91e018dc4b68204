//! What long-lived readers (`vigie serve`) ask of the store at scale: facet rows kept beside
//! each article, pages in listing order from the listing index, partial loads, id prefixes.

use std::collections::HashMap;

use vigie_core::{Document, Event, Layer, Mention, Metadata, Span};
use vigie_store::{ArticleFilter, ArticleKey, FacetKind, Store};

/// Article `i`: dated for most `i`, undated for every fifth; it names actor `A{i % 3}` and
/// has an event of root `1{i % 2}`.
fn doc(i: usize) -> (Document, String) {
    let text = format!("Article {i}. Des drones ont survolé la frontière, selon le ministère.\n");
    let meta = Metadata {
        language: Some("fr".into()),
        title: Some(format!("Dépêche {i}")),
        published: (!i.is_multiple_of(5)).then(|| format!("2026-11-{:02}", 1 + i % 7)),
        ..Metadata::default()
    };
    let mut d = Document::new(text, meta);
    d.annotate(
        Span::new(0, 7),
        Mention {
            actor: Some(format!("A{}", i % 3)),
            ..Mention::default()
        },
    );
    // Two mentions of one actor count once per article.
    d.annotate(
        Span::new(13, 19),
        Mention {
            actor: Some(format!("A{}", i % 3)),
            ..Mention::default()
        },
    );
    d.annotate(
        Span::new(13, 40),
        Event {
            cameo: format!("1{}2", i % 2),
            ..Event::default()
        },
    );
    (d, format!("input/{i}.txt"))
}

fn store_with(dir: &std::path::Path, n: usize) -> Vec<Document> {
    let mut store = Store::open_writer(dir, false).unwrap();
    let batch: Vec<_> = (0..n).map(doc).collect();
    store.put_batch(&batch).unwrap();
    store.flush().unwrap();
    batch.into_iter().map(|(d, _)| d).collect()
}

#[test]
fn facet_rows_count_each_article_once_per_value() {
    let dir = tempfile::tempdir().unwrap();
    let docs = store_with(dir.path(), 12);
    let store = Store::open_reader(dir.path()).unwrap();
    let ids: Vec<String> = docs.iter().map(|d| d.id.to_string()).collect();
    let some: Vec<&str> = ids[..9].iter().map(String::as_str).collect();
    let counts = store
        .facet_counts(&some)
        .unwrap()
        .expect("a migrated store");
    let mut expected: HashMap<(FacetKind, String), usize> = HashMap::new();
    for i in 0..9 {
        *expected
            .entry((FacetKind::Actor, format!("A{}", i % 3)))
            .or_default() += 1;
        *expected
            .entry((FacetKind::EventRoot, format!("1{}", i % 2)))
            .or_default() += 1;
    }
    assert_eq!(counts, expected);
    let with_root = store.articles_with_event_root("11").unwrap().unwrap();
    let odd: std::collections::HashSet<String> = ids
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, id)| id.clone())
        .collect();
    assert_eq!(with_root, odd);
}

#[test]
fn pages_follow_the_listing_order_newest_first_undated_last() {
    let dir = tempfile::tempdir().unwrap();
    let docs = store_with(dir.path(), 23);
    let store = Store::open_reader(dir.path()).unwrap();
    let mut expected: Vec<ArticleKey> = docs
        .iter()
        .map(|d| ArticleKey {
            published: d.meta.published.clone(),
            id: d.id.to_string(),
        })
        .collect();
    expected.sort_by(|a, b| a.listing_cmp(b));
    // Page through in fives with the keyset cursor: every article once, in that order.
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .articles(&ArticleFilter {
                limit: Some(5),
                after: after.clone(),
                ..ArticleFilter::default()
            })
            .unwrap();
        let Some(last) = page.last() else { break };
        after = Some(ArticleKey {
            published: last.published.clone(),
            id: last.id.clone(),
        });
        seen.extend(page.into_iter().map(|r| ArticleKey {
            published: r.published,
            id: r.id,
        }));
    }
    assert_eq!(seen, expected);
    assert!(seen.last().unwrap().published.is_none(), "undated last");
    // The keys of a set of ids, sorted the same way, agree with the listing.
    let ids: Vec<String> = docs.iter().map(|d| d.id.to_string()).collect();
    let mut keys = store.article_keys(&ids).unwrap();
    keys.sort_by(|a, b| a.listing_cmp(b));
    assert_eq!(keys, expected);
    assert_eq!(store.article_count().unwrap(), 23);
}

#[test]
fn a_partial_load_holds_only_the_layers_asked_and_ids_resolve_by_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let docs = store_with(dir.path(), 3);
    let store = Store::open_reader(dir.path()).unwrap();
    let id = docs[1].id.to_string();
    let full = store.get(&id).unwrap().unwrap();
    let events = store
        .get_layers(&id[..10], &[Layer::Event])
        .unwrap()
        .unwrap();
    assert_eq!(events.id, full.id);
    assert_eq!(events.text, full.text);
    assert_eq!(events.annotations.len(), 1);
    assert_eq!(events.layer(Layer::Event).count(), 1);
    assert_eq!(full.layer(Layer::Mention).count(), 2);
    assert!(store.get_layers("zzzz", &[Layer::Event]).unwrap().is_none());
}

#[test]
fn a_store_from_before_the_facet_rows_gets_them_from_its_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let docs = store_with(dir.path(), 8);
    let ids: Vec<String> = docs.iter().map(|d| d.id.to_string()).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let written = {
        let store = Store::open_reader(dir.path()).unwrap();
        store.facet_counts(&refs).unwrap().unwrap()
    };
    // Take the store back to schema 4, as a store written before migrations 5 and 6 is.
    {
        let conn = rusqlite::Connection::open(dir.path().join("vigie.sqlite")).unwrap();
        conn.execute_batch(
            "DROP INDEX articles_listing; DROP INDEX articles_summary; DROP TABLE article_facets;
             PRAGMA user_version = 4;",
        )
        .unwrap();
    }
    {
        let old = Store::open_reader(dir.path()).unwrap();
        assert!(old.facet_counts(&refs).unwrap().is_none());
        assert!(old.articles_with_event_root("10").unwrap().is_none());
        assert_eq!(old.articles(&ArticleFilter::default()).unwrap().len(), 8);
    }
    // The next writer migrates: the rows computed in SQL equal those written at ingest.
    drop(Store::open_writer(dir.path(), false).unwrap());
    let store = Store::open_reader(dir.path()).unwrap();
    assert_eq!(store.facet_counts(&refs).unwrap().unwrap(), written);
}
