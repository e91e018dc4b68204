//! The embedded default store: `DIR/vigie.sqlite` (articles, sources, annotations; versioned
//! migrations) and `DIR/index/` (tantivy full-text index).
//!
//! # Consistency between the database and the index
//! SQLite is the source of truth. A batch is written in one SQLite transaction with every new
//! article marked `indexed = 0`; then the index is updated (delete-by-id, then add, so a retry
//! never duplicates) and committed; then the batch is marked `indexed = 1`. A crash at any point
//! leaves either nothing of the batch, or rows still marked `indexed = 0`, which [`Store::open`]
//! indexes again. So after any kill, reopening yields every article exactly once in both.

pub mod entities;
mod index;
mod migrations;
mod sqlite;

pub use index::{SearchHit, SearchQuery};
pub use sqlite::{ArticleFilter, ArticleRow, PutOutcome, Stats};

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
    #[error("cannot create data directory {path}: {source}")]
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
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The store: one SQLite database and one tantivy index in a data directory.
pub struct Store {
    dir: PathBuf,
    db: sqlite::Db,
    index: index::SearchIndex,
    /// Articles added to the index writer but not yet committed there (still `indexed = 0`).
    uncommitted: Vec<vigie_core::ArticleId>,
}

/// Index commits are costly (a segment each): commit after this many articles, or on
/// [`Store::flush`]. Until then the articles stay `indexed = 0`, so a crash only means they are
/// indexed again on the next open.
const INDEX_COMMIT_EVERY: usize = 10_000;

impl Store {
    /// Opens (creating if needed) the store in `dir`, applies migrations, and indexes any
    /// article a previous run stored but did not get to index.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.into(),
            source,
        })?;
        let db = sqlite::Db::open(&dir.join("vigie.sqlite"))?;
        let index = index::SearchIndex::open(&dir.join("index"))?;
        let mut store = Store {
            dir: dir.to_path_buf(),
            db,
            index,
            uncommitted: Vec::new(),
        };
        if store.index.is_empty()? {
            // A new or rebuilt index: everything in the database must be indexed again.
            store.db.mark_all_unindexed()?;
        }
        match store.reindex_pending() {
            // Another process (an ingest) holds the index writer: it will index them itself.
            Err(StoreError::Index {
                source: tantivy::TantivyError::LockFailure(..),
                ..
            }) => {}
            other => other?,
        }
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Stores a batch of processed documents with the source each came from. Documents already
    /// present only get their source noted. Returns which ids were new.
    pub fn put_batch(&mut self, batch: &[(vigie_core::Document, String)]) -> Result<PutOutcome> {
        let outcome = self.db.put_batch(batch)?;
        if !outcome.inserted.is_empty() {
            // Each new article once, even when the batch holds it twice (same text, two files).
            let mut new: std::collections::HashSet<&vigie_core::ArticleId> =
                outcome.inserted.iter().collect();
            let new_docs = batch.iter().map(|(d, _)| d).filter(|d| new.remove(&d.id));
            self.index.add(new_docs)?;
            self.uncommitted.extend(outcome.inserted.iter().cloned());
            if self.uncommitted.len() >= INDEX_COMMIT_EVERY {
                self.flush()?;
            }
        }
        Ok(outcome)
    }

    /// Commits the index and marks what it now holds as indexed. Call at the end of a run
    /// (dropping the store without it is safe: the next open indexes those articles again).
    pub fn flush(&mut self) -> Result<()> {
        if self.uncommitted.is_empty() {
            return Ok(());
        }
        self.index.commit()?;
        self.db.mark_indexed(&self.uncommitted)?;
        self.uncommitted.clear();
        Ok(())
    }

    fn reindex_pending(&mut self) -> Result<()> {
        loop {
            let pending = self.db.unindexed(500)?;
            if pending.is_empty() {
                return Ok(());
            }
            self.index.add(pending.iter())?;
            self.index.commit()?;
            let ids: Vec<_> = pending.into_iter().map(|d| d.id).collect();
            self.db.mark_indexed(&ids)?;
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

    /// Where an article was read from (paths, with line for JSON Lines).
    pub fn sources(&self, id: &str) -> Result<Vec<String>> {
        self.db.sources(id)
    }

    /// Every stored document, in id order, one at a time (export).
    pub fn for_each_document(
        &self,
        f: &mut dyn FnMut(vigie_core::Document) -> std::io::Result<()>,
    ) -> Result<()> {
        self.db.for_each_document(f)
    }

    /// Ranked full-text search with highlighted snippets.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        self.index.search(query, &self.db)
    }

    /// Counts, including the number of documents in the index (equal to the article count when
    /// the store is consistent).
    pub fn stats(&self) -> Result<Stats> {
        let mut stats = self.db.stats()?;
        stats.indexed_documents = self.index.num_docs()?;
        Ok(stats)
    }

    /// Raw access for analysis stages that run their own SQL (read-only by convention).
    pub fn connection(&self) -> &rusqlite::Connection {
        self.db.connection()
    }
}
