//! What long-lived readers (`vigie serve`) ask of the store at scale: facet rows kept beside
//! each article, pages in listing order from the listing index, partial loads, id prefixes.

use std::collections::HashMap;

use vigie_core::{Document, Event, Hypothetical, Layer, Mention, Metadata, Span};
use vigie_store::{ActorTest, ArticleFilter, ArticleKey, EventFact, FacetKind, Store};

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
             DROP TABLE event_facts; DROP TABLE event_actors;
             ALTER TABLE copies DROP COLUMN kind; DROP TABLE article_fingerprints;
             DROP TABLE outlet_lines; DROP TABLE outlet_bodies;
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

/// Article `i` with three events between actors known by code, by name or not at all, with
/// every field the trend counts varying.
fn events_doc(i: usize) -> (Document, String) {
    let text = format!("Article {i}. Minsk a massé des troupes ; Vilnius a protesté.\n");
    let meta = Metadata {
        language: Some("fr".into()),
        published: (!i.is_multiple_of(4)).then(|| format!("2026-10-{:02}T08:00:00Z", 1 + i % 9)),
        ..Metadata::default()
    };
    let mut d = Document::new(text, meta);
    let events = [
        Event {
            source: Some("Belarus".into()),
            source_code: Some("BLRMIL".into()),
            target: Some("Lituanie".into()),
            target_code: Some("LTU".into()),
            cameo: "154".into(),
            goldstein: -7.2,
            date: i
                .is_multiple_of(2)
                .then(|| format!("2026-10-{:02}", 10 + i % 5)),
            location: i.is_multiple_of(3).then(|| "Grodno".to_string()),
            negated: i.is_multiple_of(5),
            ..Event::default()
        },
        Event {
            source: Some("Vilnius".into()),
            target: None,
            cameo: "111".into(),
            goldstein: -2.0,
            hypothetical: (i % 2 == 1).then_some(Hypothetical::Future),
            ..Event::default()
        },
        Event {
            source_code: Some("LTUGOV".into()),
            target_code: Some("BLRMIL".into()),
            cameo: "036".into(),
            goldstein: 4.0,
            ..Event::default()
        },
    ];
    for (k, e) in events.into_iter().enumerate() {
        d.annotate(Span::new(13 + k, 20 + k), e);
    }
    (d, format!("input/e{i}.txt"))
}

fn facts(
    store: &Store,
    source: Option<&ActorTest<'_>>,
    target: Option<&ActorTest<'_>>,
) -> Vec<EventFact> {
    let mut out = Vec::new();
    store
        .for_each_event_fact(source, target, &mut |f| out.push(f))
        .unwrap();
    out.sort_by(|a, b| (&a.article, a.seq).cmp(&(&b.article, b.seq)));
    out
}

#[test]
fn event_facts_of_a_pair_are_those_of_its_events_before_and_after_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open_writer(dir.path(), false).unwrap();
        let batch: Vec<_> = (0..10).map(events_doc).collect();
        store.put_batch(&batch).unwrap();
        store.flush().unwrap();
    }
    let blr = |code: Option<&str>, _: Option<&str>| code.is_some_and(|c| c.starts_with("BLR"));
    let ltu = |code: Option<&str>, name: Option<&str>| {
        code.is_some_and(|c| c.starts_with("LTU")) || name == Some("Vilnius")
    };
    let written = {
        let store = Store::open_reader(dir.path()).unwrap();
        let all = facts(&store, None, None);
        assert_eq!(all.len(), 30);
        let pair = facts(&store, Some(&blr), Some(&ltu));
        assert_eq!(pair.len(), 10);
        for f in &pair {
            assert_eq!((f.cameo.as_str(), f.goldstein), ("154", -7.2));
            assert_eq!(f.source.as_deref(), Some("Belarus"));
        }
        // As the source (LTUGOV's 036 and Vilnius's 111), as the target (BLRMIL's 154).
        assert_eq!(facts(&store, Some(&ltu), None).len(), 20);
        assert_eq!(facts(&store, None, Some(&ltu)).len(), 10);
        // Every field as the event and its article say, through the events read whole.
        let mut whole = Vec::new();
        store
            .for_each_event_between(Some(&ltu), None, &mut |s| whole.push(s))
            .unwrap();
        assert_eq!(whole.len(), 20);
        assert!(whole.iter().any(|s| s.event.hypothetical.is_some()));
        all
    };
    let unnegated = written.iter().filter(|f| !f.negated).count();
    assert_eq!(unnegated, 28);
    assert!(written.iter().any(|f| f.hypothetical));
    assert!(written.iter().any(|f| f.place.as_deref() == Some("Grodno")));
    assert!(written.iter().any(|f| f.published.is_none()));

    // Back to schema 6, as a store written before migration 7 is: a reader reads every event
    // instead, with the same facts; the next writer fills the table in SQL, with the same rows.
    {
        let conn = rusqlite::Connection::open(dir.path().join("vigie.sqlite")).unwrap();
        conn.execute_batch(
            "DROP TABLE event_facts; DROP TABLE event_actors;
             ALTER TABLE copies DROP COLUMN kind; DROP TABLE article_fingerprints;
             DROP TABLE outlet_lines; DROP TABLE outlet_bodies;
             PRAGMA user_version = 6;",
        )
        .unwrap();
    }
    {
        let old = Store::open_reader(dir.path()).unwrap();
        assert_eq!(facts(&old, None, None), written);
        assert_eq!(facts(&old, Some(&blr), Some(&ltu)).len(), 10);
    }
    drop(Store::open_writer(dir.path(), false).unwrap());
    let store = Store::open_reader(dir.path()).unwrap();
    assert_eq!(facts(&store, None, None), written);
    assert_eq!(facts(&store, Some(&blr), Some(&ltu)).len(), 10);
}
