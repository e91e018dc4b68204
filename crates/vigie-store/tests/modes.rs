//! Readers and writers, damaged and foreign indexes, damaged databases, deep queries: the store
//! side of the robustness issue, through the public API.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use vigie_core::{Document, Metadata};
use vigie_store::{ArticleFilter, SearchQuery, Store, StoreError};

fn doc(i: usize) -> (Document, String) {
    let text = format!(
        "Article {i}. Les gardes-frontières ont signalé des drones venus de Biélorussie. {}\n",
        "Le ministère a confirmé l'incident et demandé des explications. ".repeat(20)
    );
    let meta = Metadata {
        language: Some("fr".into()),
        title: Some(format!("Dépêche {i}")),
        ..Metadata::default()
    };
    (Document::new(text, meta), format!("input/{i}.txt"))
}

/// A store with `n` articles, written and closed.
fn store_with(dir: &Path, n: usize) {
    let mut store = Store::open_writer(dir, false).unwrap();
    let batch: Vec<_> = (0..n).map(doc).collect();
    for chunk in batch.chunks(50) {
        store.put_batch(chunk).unwrap();
        store.flush().unwrap();
    }
}

fn search(store: &Store, text: &str) -> vigie_store::Result<usize> {
    store
        .search(&SearchQuery {
            text: text.into(),
            limit: 1000,
            ..SearchQuery::default()
        })
        .map(|hits| hits.len())
}

fn articles(store: &Store) -> usize {
    store.articles(&ArticleFilter::default()).unwrap().len()
}

/// Name → (size, modification time) of every file under `dir`.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                out.insert(
                    entry.path().strip_prefix(dir).unwrap().to_path_buf(),
                    (meta.len(), meta.modified().unwrap()),
                );
            }
        }
    }
    out
}

fn index_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("index"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

#[test]
fn a_reader_needs_a_store_and_creates_none() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("absent");
    let err = Store::open_reader(&dir).err().expect("no store there");
    assert!(matches!(err, StoreError::NoStore { .. }), "{err}");
    assert!(
        err.to_string().contains("no store at") && err.to_string().contains("vigie ingest"),
        "{err}"
    );
    assert!(!dir.exists(), "a reader must not create the data directory");
}

#[test]
fn a_reader_changes_no_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    store_with(&dir, 30);
    // Let modification times move on, so that a write would show.
    std::thread::sleep(Duration::from_millis(20));
    let before = snapshot(&dir);
    {
        let store = Store::open_reader(&dir).unwrap();
        assert_eq!(articles(&store), 30);
        assert_eq!(search(&store, "bielorussie").unwrap(), 30);
        assert!(store.check().unwrap().is_ok());
        assert!(store.quick_check().unwrap().is_empty());
        let stats = store.stats().unwrap();
        assert_eq!(stats.indexed_documents, 30);
        // A reader cannot write.
        let mut store = store;
        assert!(matches!(
            store.put_batch(&[doc(99)]),
            Err(StoreError::ReadOnly { .. })
        ));
    }
    let after = snapshot(&dir);
    // SQLite's WAL coordination files (`-shm`, `-wal`) are created by any WAL reader in a
    // writable directory; they hold no data. Every other file must be untouched.
    let data = |s: &BTreeMap<PathBuf, (u64, SystemTime)>| {
        s.iter()
            .filter(|(p, _)| {
                let name = p.to_string_lossy();
                !name.ends_with("-shm") && !name.ends_with("-wal")
            })
            .map(|(p, v)| (p.clone(), *v))
            .collect::<BTreeMap<_, _>>()
    };
    assert_eq!(data(&before), data(&after));
}

#[test]
fn a_second_writer_is_refused_at_once_with_the_pid() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    let first = Store::open_writer(&dir, false).unwrap();
    let started = std::time::Instant::now();
    let err = Store::open_writer(&dir, false).err().expect("in use");
    assert!(started.elapsed() < Duration::from_secs(1));
    match &err {
        StoreError::InUse { pid, .. } => assert_eq!(*pid, Some(std::process::id())),
        other => panic!("expected InUse, got {other}"),
    }
    assert!(
        err.to_string()
            .contains(&format!("in use by process {}", std::process::id())),
        "{err}"
    );
    // Readers are not writers: they open while the writer holds the lock.
    assert_eq!(articles(&Store::open_reader(&dir).unwrap()), 0);
    // `Store::open` falls back to reading.
    assert!(Store::open(&dir).is_ok());

    // With `wait`, the second writer gets the store once the first is gone.
    let waiter = {
        let dir = dir.clone();
        std::thread::spawn(move || Store::open_writer(&dir, true).map(|_| ()))
    };
    std::thread::sleep(Duration::from_millis(200));
    assert!(!waiter.is_finished(), "a waiting writer must wait");
    drop(first);
    waiter.join().unwrap().unwrap();
}

fn check_index_damage(damage: impl Fn(&Path)) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    store_with(&dir, 120);
    damage(&dir);

    // A reader answers every SQLite question, and refuses to search with a clear reason.
    let reader = Store::open_reader(&dir).unwrap();
    assert_eq!(articles(&reader), 120);
    assert!(reader
        .get(&reader.articles(&ArticleFilter::default()).unwrap()[0].id)
        .unwrap()
        .is_some());
    let problem = reader
        .index_problem()
        .expect("the damage is seen")
        .to_string();
    let err = search(&reader, "drones").expect_err("no search on a damaged index");
    assert!(matches!(err, StoreError::IndexDamaged { .. }), "{err}");
    assert!(err.to_string().contains("rebuilds it"), "{err}");
    assert!(!reader.check().unwrap().is_ok());
    assert!(reader.stats().unwrap().index_problem.is_some());
    drop(reader);

    // The writer rebuilds it from SQLite and says so.
    let writer = Store::open_writer(&dir, false).unwrap();
    assert!(
        writer.notices().iter().any(|n| n.contains("rebuilt")),
        "{problem}: {:?}",
        writer.notices()
    );
    drop(writer);
    let reader = Store::open_reader(&dir).unwrap();
    assert_eq!(reader.index_problem(), None);
    assert_eq!(search(&reader, "drones").unwrap(), 120);
    let report = reader.check().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.documents_in_index, 120);
}

#[test]
fn a_removed_index_file_is_seen_and_rebuilt() {
    check_index_damage(|dir| std::fs::remove_file(&index_files(dir, "idx")[0]).unwrap());
}

#[test]
fn a_truncated_index_file_is_seen_and_rebuilt() {
    check_index_damage(|dir| {
        let file = &index_files(dir, "store")[0];
        let len = std::fs::metadata(file).unwrap().len();
        std::fs::OpenOptions::new()
            .write(true)
            .open(file)
            .unwrap()
            .set_len(len / 2)
            .unwrap();
    });
}

#[test]
fn a_missing_meta_or_index_folder_is_seen_and_rebuilt() {
    check_index_damage(|dir| std::fs::remove_file(dir.join("index/meta.json")).unwrap());
    check_index_damage(|dir| std::fs::remove_dir_all(dir.join("index")).unwrap());
}

#[test]
fn an_index_from_another_store_is_seen_even_with_the_same_count() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    store_with(&a, 120);
    // Same number of articles, same batches, other texts.
    {
        let mut store = Store::open_writer(&b, false).unwrap();
        let batch: Vec<_> = (1000..1120).map(doc).collect();
        for chunk in batch.chunks(50) {
            store.put_batch(chunk).unwrap();
            store.flush().unwrap();
        }
    }
    check_index_damage(|dir| {
        std::fs::remove_dir_all(dir.join("index")).unwrap();
        copy_dir(&b.join("index"), &dir.join("index"));
    });
    let reader = Store::open_reader(&a).unwrap();
    assert_eq!(reader.index_problem(), None, "rebuilt by the check above");
}

#[test]
fn an_older_copy_of_the_index_is_seen() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    store_with(&dir, 50);
    let old = tmp.path().join("old-index");
    copy_dir(&dir.join("index"), &old);
    {
        let mut store = Store::open_writer(&dir, false).unwrap();
        store
            .put_batch(&(50..100).map(doc).collect::<Vec<_>>())
            .unwrap();
        store.flush().unwrap();
        store
            .put_batch(&(100..150).map(doc).collect::<Vec<_>>())
            .unwrap();
        store.flush().unwrap();
    }
    std::fs::remove_dir_all(dir.join("index")).unwrap();
    copy_dir(&old, &dir.join("index"));
    let reader = Store::open_reader(&dir).unwrap();
    let problem = reader
        .index_problem()
        .expect("an old index is not this one");
    assert!(problem.contains("generation"), "{problem}");
    drop(reader);
    let writer = Store::open_writer(&dir, false).unwrap();
    assert!(!writer.notices().is_empty());
    assert_eq!(search(&writer, "drones").unwrap(), 150);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// 8 KiB of pseudo-random bytes written into the middle of the database file.
fn scribble(db: &Path) {
    use std::io::{Seek, SeekFrom, Write};
    let len = std::fs::metadata(db).unwrap().len();
    assert!(len > 64 * 1024, "database too small to damage: {len} bytes");
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let mut f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
    f.seek(SeekFrom::Start(len / 2)).unwrap();
    f.write_all(&bytes).unwrap();
}

#[test]
fn a_damaged_database_is_refused_by_the_writer_and_reported_to_readers() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    store_with(&dir, 120);
    scribble(&dir.join("vigie.sqlite"));
    let before = snapshot(&dir);
    let err = Store::open_writer(&dir, false).err().expect("refused");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert!(err.to_string().contains("is damaged"), "{err}");
    // Nothing written: the database file is as the damage left it.
    let after = snapshot(&dir);
    assert_eq!(
        before.get(Path::new("vigie.sqlite")),
        after.get(Path::new("vigie.sqlite"))
    );
    // Readers see it in the quick check and the full check.
    if let Ok(reader) = Store::open_reader(&dir) {
        assert!(!reader.quick_check().unwrap().is_empty());
        assert!(!reader.check().unwrap().database_problems.is_empty());
    }
}

#[test]
fn deeply_nested_queries_are_an_error_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    store_with(&dir, 3);
    let store = Store::open_reader(&dir).unwrap();
    for query in [
        "(".repeat(5000),
        format!("{}drones{}", "(".repeat(5000), ")".repeat(5000)),
        "[".repeat(5000),
        format!("{}drones", "NOT ".repeat(5000)),
        format!("{}drones", "-".repeat(5000)),
        format!("{}drones", "+".repeat(5000)),
        format!("{}drones", "-(".repeat(3000)),
    ] {
        match search(&store, &query) {
            Err(StoreError::Query { reason, .. }) => assert!(reason.contains("nested"), "{reason}"),
            other => panic!("expected a query error, got {other:?}"),
        }
    }
    // Ordinary nesting still works.
    assert_eq!(search(&store, "((drones AND (bielorussie)))").unwrap(), 3);
}

#[test]
fn long_queries_and_unreadable_date_bounds_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    store_with(&dir, 3);
    let store = Store::open_reader(&dir).unwrap();
    // Found by vigie-fuzz: tantivy's grammar is quadratic on `title:` then many `/`.
    let long = format!("title:{}", "/".repeat(20_000));
    match search(&store, &long) {
        Err(StoreError::Query { reason, .. }) => assert!(reason.contains("limited"), "{reason}"),
        other => panic!("expected a query error, got {other:?}"),
    }
    // A bound that is no date was a panic inside tantivy ("at least one bound must be set").
    let query = vigie_store::SearchQuery {
        text: "drones".into(),
        since: Some("\n2026-11-01".into()),
        limit: 10,
        ..Default::default()
    };
    assert!(matches!(
        store.search(&query),
        Err(StoreError::Query { .. })
    ));
}
