//! The embedded default store: `DIR/vigie.sqlite` (articles, sources, annotations; versioned
//! migrations), `DIR/index/` (tantivy full-text index) and `DIR/vigie.lock` (the writer lock).
//!
//! # Consistency between the database and the index
//! SQLite is the source of truth. A batch is written in one SQLite transaction with every new
//! article marked `indexed = 0`; then the index is updated (delete-by-id, then add, so a retry
//! never duplicates) and committed; then the batch is marked `indexed = 1`. A crash at any point
//! leaves either nothing of the batch, or rows still marked `indexed = 0`, which the next writer
//! ([`Store::open_writer`]) indexes again. So after any kill, reopening yields every article
//! exactly once in both.
//!
//! # The index follows the database, and is checked against it
//! Every index commit carries a stamp (tantivy's commit payload): the store's random id and a
//! generation number. The same transaction that marks a batch indexed records that generation
//! in SQLite (`store_meta`). Opening the store compares the two, and the live document count
//! with the rows marked indexed: the index is accepted when it belongs to this store and is at
//! the database's generation (same count) or one ahead (a commit the database did not get to
//! record before a crash: those rows are still `indexed = 0` and are indexed again). Anything
//! else — a missing, truncated or foreign index, an older copy, a file tantivy cannot open — is
//! an [`IndexProblem`](Store::index_problem): the writer rebuilds the index from SQLite and says
//! so in [`Store::notices`]; a reader leaves it alone, answers every SQLite-only question, and
//! fails searches with [`StoreError::IndexDamaged`]. [`Store::check`] goes further: SQLite's
//! `integrity_check`, tantivy's file checksums, and the exact id sets compared.
//!
//! # One writer, many readers, readers never write
//! - [`Store::open_writer`] takes an exclusive `flock` on `DIR/vigie.lock` (holding the pid)
//!   before touching anything else; a second writer gets [`StoreError::InUse`] at once (or waits).
//!   The lock dies with its process. It also refuses a database that fails SQLite's
//!   `quick_check` ([`StoreError::Damaged`]): writing into a damaged file spreads the damage.
//! - [`Store::open_reader`] never creates, migrates or writes: no store → [`StoreError::NoStore`];
//!   SQLite is opened read-only (as `immutable` when the directory is read-only and holds no WAL
//!   index); the index through a directory that refuses writes. Readers take no lock the writer
//!   waits for (WAL), so they never block it.
//! - Only a writer creates a store.

pub mod entities;
mod events;
mod index;
mod lock;
mod migrations;
mod repeated;
mod sqlite;
pub mod stories;

pub use events::{ActorTest, EventFact, StoredEvent};
pub use index::{SearchHit, SearchQuery};
pub use sqlite::{ArticleFilter, ArticleKey, ArticleRow, FacetKind, PutOutcome, Stats};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Errors of the store, with the path or operation they concern.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("search index {path}: {source}")]
    Index {
        path: PathBuf,
        source: tantivy::TantivyError,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid search query {query:?}: {reason}")]
    Query { query: String, reason: String },
    #[error("the store at {path} has schema version {found}, newer than this vigie ({supported}); upgrade vigie")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("article id prefix {0:?} matches several articles; give more characters")]
    AmbiguousId(String),
    #[error("corrupt annotation in article {article}: {reason}")]
    Corrupt { article: String, reason: String },
    #[error("no store at {} (run `vigie ingest` first)", path.display())]
    NoStore { path: PathBuf },
    #[error("store {} in use by {} (another `vigie ingest`?); wait for it to finish, or pass --wait", path.display(), pid.map_or("another process".to_string(), |p| format!("process {p}")))]
    InUse { path: PathBuf, pid: Option<u32> },
    #[error("database {} is damaged ({reason}); nothing was written. Restore it from a backup, or re-ingest into a new data directory", path.display())]
    Damaged { path: PathBuf, reason: String },
    #[error("the search index in {} {reason}; `vigie stats --check --repair` (or any `vigie ingest`) rebuilds it from the database", path.display())]
    IndexDamaged { path: PathBuf, reason: String },
    #[error("the store in {} is open for reading only", path.display())]
    ReadOnly { path: PathBuf },
}

/// A SQLite error with its path; corruption is [`StoreError::Damaged`].
pub(crate) fn sqlite_error(path: impl Into<PathBuf>, source: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    let path = path.into();
    match source.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Damaged {
            path,
            reason: source.to_string(),
        },
        _ => StoreError::Sqlite { path, source },
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The store: one SQLite database and one tantivy index in a data directory.
pub struct Store {
    dir: PathBuf,
    db: sqlite::Db,
    /// The index, or why it cannot be used (readers only: a writer rebuilds it).
    index: std::result::Result<index::SearchIndex, index::IndexProblem>,
    /// `Some` for a writer: the held lock. `None` for a reader.
    lock: Option<lock::WriterLock>,
    /// Articles added to the index writer but not yet committed there (still `indexed = 0`).
    uncommitted: Vec<vigie_core::ArticleId>,
    /// What opening did that the user should hear about (an index rebuilt, and why).
    notices: Vec<String>,
    /// Writers only: copies and stories, loaded from the database by the first batch that
    /// needs them (see [`stories`]).
    analyst: Option<vigie_analysis::Analyst>,
    /// Writers: whether new articles get their copies and stories as they are stored (off
    /// only to measure what that costs: the next writer with it on catches up).
    cross_article: bool,
    /// Writers: time spent on copies and stories so far (loading included).
    analysis_time: std::time::Duration,
}

/// Index commits are costly (a segment each): commit after this many articles, or on
/// [`Store::flush`]. Until then the articles stay `indexed = 0`, so a crash only means they are
/// indexed again on the next open.
const INDEX_COMMIT_EVERY: usize = 10_000;

const DB_FILE: &str = "vigie.sqlite";
const INDEX_DIR: &str = "index";

/// What [`Store::check`] found.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct CheckReport {
    /// SQLite `integrity_check` lines (empty when fine; at most 20).
    pub database_problems: Vec<String>,
    /// Why the index cannot be used, when it cannot.
    pub index_problem: Option<String>,
    /// Index files missing or failing their checksum.
    pub index_file_problems: Vec<String>,
    /// Articles marked indexed in the database.
    pub indexed_in_database: u64,
    /// Live documents in the index.
    pub documents_in_index: u64,
    /// Articles marked indexed that the index lacks (count, and the first few ids).
    pub missing_from_index: u64,
    pub missing_examples: Vec<String>,
    /// Index documents with no article marked indexed, or held twice (count, first few ids).
    pub unexpected_in_index: u64,
    pub unexpected_examples: Vec<String>,
    /// Articles waiting to be indexed (a crash or a running ingest; the next writer indexes
    /// them). Not a problem in itself.
    pub pending: u64,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.database_problems.is_empty()
            && self.index_problem.is_none()
            && self.index_file_problems.is_empty()
            && self.missing_from_index == 0
            && self.unexpected_in_index == 0
    }
}

impl Store {
    /// Opens the store the way commands did before readers and writers were told apart: as
    /// the writer when no one else is and the directory is writable ([`Store::open_writer`],
    /// creating it if needed), else as a reader. New code should say which it needs.
    pub fn open(dir: &Path) -> Result<Store> {
        match Store::open_writer(dir, false) {
            Err(StoreError::InUse { .. }) => Store::open_reader(dir),
            // A store we may read but not write (read-only directory or file system).
            Err(StoreError::Io { source, .. })
                if matches!(
                    source.kind(),
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
                ) && dir.join(DB_FILE).is_file() =>
            {
                Store::open_reader(dir)
            }
            other => other,
        }
    }

    /// Opens an existing store for reading. Writes nothing, creates nothing, needs no write
    /// access, and works whatever the state of the index (see [`Store::index_problem`]).
    pub fn open_reader(dir: &Path) -> Result<Store> {
        let db_path = dir.join(DB_FILE);
        if !db_path.is_file() {
            return Err(StoreError::NoStore { path: dir.into() });
        }
        let db = sqlite::Db::open_reader(&db_path)?;
        let index_path = dir.join(INDEX_DIR);
        // A writer may commit between our reads of the database and of the index: retry
        // while the database's record moves, and while a writer is active, before calling the
        // index damaged.
        let mut attempt = 0;
        let index = loop {
            attempt += 1;
            let before = db.index_record()?;
            let index = index::SearchIndex::open_existing(&index_path, true);
            let verdict = match &index {
                Ok(idx) => idx
                    .stamp()
                    .map(|stamp| assess(&before, stamp.as_ref(), idx.num_docs())),
                Err(problem) => Ok(Err(problem.clone())),
            };
            let verdict = match verdict {
                Ok(v) => v,
                Err(e) => Err(index::IndexProblem(format!("cannot be read ({e})"))),
            };
            let moved = db.index_record()?.generation != before.generation;
            let settled = verdict.is_ok() || (!moved && !lock::writer_active(dir));
            if settled || attempt >= 5 {
                break verdict.and(index);
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        };
        Ok(Store {
            dir: dir.to_path_buf(),
            db,
            index,
            lock: None,
            uncommitted: Vec::new(),
            notices: Vec::new(),
            analyst: None,
            cross_article: true,
            analysis_time: std::time::Duration::ZERO,
        })
    }

    /// Opens (creating if needed) the store in `dir` as its one writer: takes the writer lock
    /// first ([`StoreError::InUse`] at once when another process holds it, or waits for it
    /// when `wait`), refuses a damaged database ([`StoreError::Damaged`]), applies migrations,
    /// rebuilds the index from SQLite when it is missing, damaged or foreign (saying so in
    /// [`Store::notices`]), and indexes any article a previous run stored but did not index.
    pub fn open_writer(dir: &Path, wait: bool) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.into(),
            source,
        })?;
        let lock = lock::WriterLock::acquire(dir, wait)?;
        let db = sqlite::Db::open_writer(&dir.join(DB_FILE))?;
        let index_path = dir.join(INDEX_DIR);
        let record = db.index_record()?;
        let index = index::SearchIndex::open_existing(&index_path, false).and_then(|idx| {
            let stamp = idx
                .stamp()
                .map_err(|e| index::IndexProblem(format!("cannot be read ({e})")))?;
            assess(&record, stamp.as_ref(), idx.num_docs())?;
            Ok(idx)
        });
        let mut store = Store {
            dir: dir.to_path_buf(),
            db,
            index,
            lock: Some(lock),
            uncommitted: Vec::new(),
            notices: Vec::new(),
            analyst: None,
            cross_article: true,
            analysis_time: std::time::Duration::ZERO,
        };
        match &store.index {
            Ok(idx) if idx.stamp()?.is_none() => {
                // An index from before stamps that agrees with the database: stamp it now.
                store.commit_index()?;
            }
            Ok(_) => {}
            Err(problem) => {
                let reason = problem.0.clone();
                let fresh = !index_path.exists() && record.articles == 0;
                store.rebuild_index()?;
                if !fresh {
                    store.notices.push(format!(
                        "the search index in {} {reason}; rebuilt it from the database ({} articles)",
                        index_path.display(),
                        record.articles
                    ));
                }
            }
        }
        store.reindex_pending()?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Messages about what opening did (an index rebuilt, and why), for the user.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// Why the index cannot be used, when it cannot (readers only; a writer rebuilds it).
    pub fn index_problem(&self) -> Option<&str> {
        self.index.as_ref().err().map(|p| p.0.as_str())
    }

    fn index(&self) -> Result<&index::SearchIndex> {
        self.index.as_ref().map_err(|p| StoreError::IndexDamaged {
            path: self.dir.join(INDEX_DIR),
            reason: p.0.clone(),
        })
    }

    /// The index, for writing: only a writer has one.
    fn index_mut(&mut self) -> Result<&mut index::SearchIndex> {
        if self.lock.is_none() {
            return Err(StoreError::ReadOnly {
                path: self.dir.clone(),
            });
        }
        let path = self.dir.join(INDEX_DIR);
        self.index.as_mut().map_err(|p| StoreError::IndexDamaged {
            path,
            reason: p.0.clone(),
        })
    }

    /// Replaces the index with an empty one, stamped, and marks every article unindexed; the
    /// caller then indexes them ([`Store::reindex_pending`]).
    fn rebuild_index(&mut self) -> Result<()> {
        self.db.mark_all_unindexed()?;
        // Release the old index's files before removing them.
        self.index = Err(index::IndexProblem("is being rebuilt".into()));
        self.index = Ok(index::SearchIndex::create(&self.dir.join(INDEX_DIR))?);
        let generation = self.commit_stamp()?;
        self.db.set_index_generation(generation)
    }

    /// Commits the index with the next generation's stamp; returns that generation. The
    /// caller records it in the database.
    fn commit_stamp(&mut self) -> Result<i64> {
        let record = self.db.index_record()?;
        let stamp = index::IndexStamp {
            store: record.store_id.unwrap_or_default(),
            generation: record.generation + 1,
        };
        self.index_mut()?.commit(&stamp)?;
        Ok(stamp.generation)
    }

    /// Commits the index and records its generation, with no article to mark.
    fn commit_index(&mut self) -> Result<()> {
        let generation = self.commit_stamp()?;
        self.db.set_index_generation(generation)
    }

    /// Stores a batch of processed documents with the source each came from. Documents already
    /// present only get their source noted. Returns which ids were new.
    pub fn put_batch(&mut self, batch: &[(vigie_core::Document, String)]) -> Result<PutOutcome> {
        self.index_mut()?;
        // Before the batch is stored: loading catches up on stored articles without a story,
        // which the batch's new articles must not be taken for.
        let started = std::time::Instant::now();
        if self.cross_article {
            self.load_analyst()?;
        }
        self.analysis_time += started.elapsed();
        let (outcome, marks) = self.db.put_batch(batch)?;
        if !outcome.inserted.is_empty() {
            // The new articles with the marks of their repeated lines, as stored.
            let marked: HashMap<usize, vigie_core::Document> = marks
                .new
                .into_iter()
                .map(|(i, outlet, spans)| {
                    let mut d = batch[i].0.clone();
                    for span in spans {
                        d.annotate(span, vigie_analysis::repeated::annotation(&outlet));
                    }
                    (i, d)
                })
                .collect();
            // Each new article once, even when the batch holds it twice (same text, two files),
            // in batch order.
            let mut new: std::collections::HashSet<&vigie_core::ArticleId> =
                outcome.inserted.iter().collect();
            let new_docs: Vec<&vigie_core::Document> = batch
                .iter()
                .enumerate()
                .filter(|(_, (d, _))| new.remove(&d.id))
                .map(|(i, (d, _))| marked.get(&i).unwrap_or(d))
                .collect();
            self.index_mut()?.add(new_docs.iter().copied())?;
            self.uncommitted.extend(outcome.inserted.iter().cloned());
            // Articles stored before that got marks: indexed again with them.
            let mut earlier = Vec::with_capacity(marks.earlier.len());
            for id in &marks.earlier {
                if let Some(d) = self.db.load(id)? {
                    earlier.push(d);
                }
            }
            self.index_mut()?.add(earlier.iter())?;
            self.uncommitted.extend(earlier.into_iter().map(|d| d.id));
            // Copies and stories of the new articles, in batch order.
            let started = std::time::Instant::now();
            if self.cross_article {
                self.analyse(&new_docs)?;
            }
            self.analysis_time += started.elapsed();
            if self.uncommitted.len() >= INDEX_COMMIT_EVERY {
                self.flush()?;
            }
        }
        Ok(outcome)
    }

    /// Turns the copies and stories of newly stored articles on or off (on by default). Off
    /// is for measuring their cost (`vigie bench ingest --without-analysis`): articles stored
    /// meanwhile get theirs when the next writer with it on first stores a batch.
    pub fn set_cross_article_analysis(&mut self, on: bool) {
        self.cross_article = on;
    }

    /// Seconds this writer spent on copies and stories (loading what earlier runs found
    /// included).
    pub fn analysis_seconds(&self) -> f64 {
        self.analysis_time.as_secs_f64()
    }

    /// Commits the index and marks what it now holds as indexed. Call at the end of a run
    /// (dropping the store without it is safe: the next open indexes those articles again).
    pub fn flush(&mut self) -> Result<()> {
        self.save_analysis_state()?;
        if self.uncommitted.is_empty() {
            return Ok(());
        }
        let generation = self.commit_stamp()?;
        self.db.mark_indexed(&self.uncommitted, generation)?;
        self.uncommitted.clear();
        Ok(())
    }

    fn reindex_pending(&mut self) -> Result<()> {
        loop {
            let pending = self.db.unindexed(500)?;
            if pending.is_empty() {
                return Ok(());
            }
            self.index_mut()?.add(pending.iter())?;
            let generation = self.commit_stamp()?;
            let ids: Vec<_> = pending.into_iter().map(|d| d.id).collect();
            self.db.mark_indexed(&ids, generation)?;
        }
    }

    /// Articles matching a filter, newest first.
    pub fn articles(&self, filter: &ArticleFilter) -> Result<Vec<ArticleRow>> {
        self.db.articles(filter)
    }

    /// One article with all its annotations, by id or unique id prefix.
    pub fn get(&self, id_or_prefix: &str) -> Result<Option<vigie_core::Document>> {
        self.db.get(id_or_prefix)
    }

    /// One article (by id or unique id prefix) with the annotations of `layers` only: for
    /// readers that never look at the others (the sentence layer's words are most of the
    /// bytes).
    pub fn get_layers(
        &self,
        id_or_prefix: &str,
        layers: &[vigie_core::Layer],
    ) -> Result<Option<vigie_core::Document>> {
        match self.db.resolve(id_or_prefix)? {
            Some(id) => self.db.load_layers(&id, Some(layers)),
            None => Ok(None),
        }
    }

    /// The listing keys of these articles, in no particular order (sort with
    /// [`ArticleKey::listing_cmp`]).
    pub fn article_keys<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a String>,
    ) -> Result<Vec<ArticleKey>> {
        self.db.article_keys(ids)
    }

    /// The number of stored articles (cheaper than [`Store::stats`]).
    pub fn article_count(&self) -> Result<u64> {
        self.db.article_count()
    }

    /// The articles with an event of this CAMEO root (two digits); `None` on a store older
    /// than migration 6.
    pub fn articles_with_event_root(&self, root: &str) -> Result<Option<HashSet<String>>> {
        if self.db.schema_version()? < 6 {
            return Ok(None);
        }
        self.db
            .articles_with_facet(FacetKind::EventRoot, root)
            .map(Some)
    }

    /// The articles with an event whose source passes `source` and whose target passes
    /// `target` (through the table of migration 7); `None` when neither is asked or on a store
    /// older than that migration.
    pub fn articles_with_events_between(
        &self,
        source: Option<&events::ActorTest<'_>>,
        target: Option<&events::ActorTest<'_>>,
    ) -> Result<Option<HashSet<String>>> {
        if (source.is_none() && target.is_none()) || self.db.schema_version()? < 7 {
            return Ok(None);
        }
        let mut ids = HashSet::new();
        self.for_each_event_fact(source, target, &mut |f| {
            ids.insert(f.article);
        })?;
        Ok(Some(ids))
    }

    /// How many of `ids` name each linked actor and have events of each CAMEO root (the
    /// facets of a search), from the per-article rows of migration 5; `None` on a store that
    /// has not been migrated yet (the next writer does it).
    pub fn facet_counts(
        &self,
        ids: &[&str],
    ) -> Result<Option<HashMap<(FacetKind, String), usize>>> {
        if self.db.schema_version()? < 5 {
            return Ok(None);
        }
        self.db.facet_counts(ids).map(Some)
    }

    /// Where an article was read from (paths, with line for JSON Lines).
    pub fn sources(&self, id: &str) -> Result<Vec<String>> {
        self.db.sources(id)
    }

    /// Every stored document, in id order, one at a time (export).
    pub fn for_each_document(
        &self,
        f: &mut dyn FnMut(vigie_core::Document) -> std::io::Result<()>,
    ) -> Result<()> {
        self.db.for_each_document(None, f)
    }

    /// [`Store::for_each_document`] with the annotations of `layers` only: what a reader of a
    /// few layers saves over the whole store.
    pub fn for_each_document_with(
        &self,
        layers: &[vigie_core::Layer],
        f: &mut dyn FnMut(vigie_core::Document) -> std::io::Result<()>,
    ) -> Result<()> {
        self.db.for_each_document(Some(layers), f)
    }

    /// Ranked full-text search with highlighted snippets. Fails with
    /// [`StoreError::IndexDamaged`] when the index cannot be used.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        Ok(self.index()?.search(query, &self.db)?.0)
    }

    /// [`Store::search`], with the number of matching articles in all (to say that a listing
    /// was cut, and by how much).
    pub fn search_counted(&self, query: &SearchQuery) -> Result<(Vec<SearchHit>, usize)> {
        self.index()?.search(query, &self.db)
    }

    /// Counts, including the number of documents in the index (equal to the article count when
    /// the store is consistent; 0 with [`Stats::index_problem`] set when the index cannot be
    /// used).
    pub fn stats(&self) -> Result<Stats> {
        let mut stats = self.db.stats()?;
        match &self.index {
            Ok(idx) => stats.indexed_documents = idx.num_docs(),
            Err(problem) => stats.index_problem = Some(problem.0.clone()),
        }
        Ok(stats)
    }

    /// SQLite's `quick_check` (page structure): the problems found, empty when fine. Reads
    /// the whole database file.
    pub fn quick_check(&self) -> Result<Vec<String>> {
        self.db.quick_check()
    }

    /// The full check behind `vigie stats --check`: SQLite's `integrity_check`, the index's
    /// files (present, checksums), and the exact id sets of the database and the index.
    pub fn check(&self) -> Result<CheckReport> {
        let mut report = CheckReport {
            database_problems: self.db.integrity_check()?,
            ..CheckReport::default()
        };
        if !report.database_problems.is_empty() {
            // The rows cannot all be read: comparing them with the index would fail on the
            // damage (or miss what it hides). The database's problems are the report.
            return Ok(report);
        }
        let record = self.db.index_record()?;
        report.indexed_in_database = record.indexed;
        report.pending = record.articles - record.indexed;
        let idx = match &self.index {
            Ok(idx) => idx,
            Err(problem) => {
                report.index_problem = Some(problem.0.clone());
                return Ok(report);
            }
        };
        report.index_file_problems = idx.file_problems()?;
        let in_index = idx.ids()?;
        report.documents_in_index = in_index.len() as u64;
        let in_db = self.db.indexed_ids()?;
        // Both sorted: one merge walk.
        let (mut i, mut j) = (0, 0);
        let mut previous: Option<&String> = None;
        while i < in_db.len() || j < in_index.len() {
            if j < in_index.len() && previous == Some(&in_index[j]) {
                // Held twice in the index.
                report.unexpected_in_index += 1;
                push_example(&mut report.unexpected_examples, &in_index[j]);
                j += 1;
                continue;
            }
            match (in_db.get(i), in_index.get(j)) {
                (Some(a), Some(b)) if a == b => {
                    previous = Some(b);
                    i += 1;
                    j += 1;
                }
                (Some(a), b) if b.is_none_or(|b| a < b) => {
                    report.missing_from_index += 1;
                    push_example(&mut report.missing_examples, a);
                    i += 1;
                }
                (_, Some(b)) => {
                    // In the index but not marked indexed: fine while pending, else unexpected.
                    previous = Some(b);
                    if !self.db.is_pending(b)? {
                        report.unexpected_in_index += 1;
                        push_example(&mut report.unexpected_examples, b);
                    }
                    j += 1;
                }
                (None, None) => break,
                (Some(_), None) => unreachable!("handled above"),
            }
        }
        Ok(report)
    }

    /// Raw access for analysis stages that run their own SQL (read-only by convention).
    pub fn connection(&self) -> &rusqlite::Connection {
        self.db.connection()
    }
}

fn push_example(examples: &mut Vec<String>, id: &str) {
    if examples.len() < 5 {
        examples.push(id.to_string());
    }
}

/// Whether an index with `stamp` and `docs` live documents is the one the database describes
/// (see the crate documentation). Pure, so that every case is tested.
fn assess(
    record: &sqlite::IndexRecord,
    stamp: Option<&index::IndexStamp>,
    docs: u64,
) -> std::result::Result<(), index::IndexProblem> {
    let problem = |s: String| Err(index::IndexProblem(s));
    let Some(stamp) = stamp else {
        // An index written before stamps: trusted only if the database has never recorded a
        // stamped commit and the counts agree.
        if record.generation == 0 && docs == record.indexed {
            return Ok(());
        }
        return problem("carries no stamp of this store".into());
    };
    if record
        .store_id
        .as_deref()
        .is_some_and(|id| id != stamp.store)
    {
        return problem("belongs to another store".into());
    }
    if stamp.generation == record.generation {
        if docs != record.indexed {
            return problem(format!(
                "holds {docs} documents where the database has {} indexed articles",
                record.indexed
            ));
        }
        return Ok(());
    }
    if stamp.generation == record.generation + 1 {
        // A commit the database did not record (a crash, or a writer between its two steps):
        // it holds at least what the database marked indexed; the rest is indexed again.
        if docs < record.indexed {
            return problem(format!(
                "holds {docs} documents where the database has {} indexed articles",
                record.indexed
            ));
        }
        return Ok(());
    }
    problem(format!(
        "is at generation {} where the database expects {}",
        stamp.generation, record.generation
    ))
}

#[cfg(test)]
mod tests {
    use super::assess;
    use crate::index::IndexStamp;
    use crate::sqlite::IndexRecord;

    fn record(generation: i64, indexed: u64, articles: u64) -> IndexRecord {
        IndexRecord {
            store_id: Some("s1".into()),
            generation,
            articles,
            indexed,
        }
    }

    fn stamp(store: &str, generation: i64) -> IndexStamp {
        IndexStamp {
            store: store.into(),
            generation,
        }
    }

    #[test]
    fn the_index_of_this_store_at_its_generation_is_accepted() {
        assert!(assess(&record(4, 10, 10), Some(&stamp("s1", 4)), 10).is_ok());
    }

    #[test]
    fn a_commit_the_database_did_not_record_is_accepted() {
        // Killed between the index commit and marking the batch indexed.
        assert!(assess(&record(4, 10, 15), Some(&stamp("s1", 5)), 15).is_ok());
        assert!(assess(&record(4, 10, 15), Some(&stamp("s1", 5)), 9).is_err());
    }

    #[test]
    fn other_stores_other_generations_and_wrong_counts_are_refused() {
        assert!(assess(&record(4, 10, 10), Some(&stamp("s2", 4)), 10).is_err());
        assert!(assess(&record(4, 10, 10), Some(&stamp("s1", 3)), 10).is_err());
        assert!(assess(&record(4, 10, 10), Some(&stamp("s1", 6)), 10).is_err());
        assert!(assess(&record(4, 10, 10), Some(&stamp("s1", 4)), 9).is_err());
        assert!(assess(&record(4, 10, 10), Some(&stamp("s1", 4)), 11).is_err());
    }

    #[test]
    fn an_unstamped_index_is_trusted_only_before_any_stamp() {
        assert!(assess(&record(0, 10, 10), None, 10).is_ok());
        assert!(assess(&record(0, 10, 10), None, 9).is_err());
        assert!(assess(&record(3, 10, 10), None, 10).is_err());
    }

    #[test]
    fn the_full_check_finds_an_id_the_index_should_not_hold() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = crate::Store::open_writer(tmp.path(), false).unwrap();
        let doc = |t: &str| vigie_core::Document::new(t.into(), vigie_core::Metadata::default());
        store.put_batch(&[(doc("Un texte."), "a".into())]).unwrap();
        store.flush().unwrap();
        assert!(store.check().unwrap().is_ok());
        // An article in the index that the database never stored, committed with a valid
        // stamp: only the id comparison sees it (the count check is fooled once the database
        // also lacks one indexed article).
        let stray = doc("Un autre texte.");
        store
            .index_mut()
            .unwrap()
            .add([&stray].into_iter())
            .unwrap();
        store.commit_index().unwrap();
        let report = store.check().unwrap();
        assert_eq!(report.unexpected_in_index, 1, "{report:?}");
        assert_eq!(
            report.unexpected_examples,
            vec![stray.id.as_str().to_string()]
        );
        assert!(!report.is_ok());
    }
}
