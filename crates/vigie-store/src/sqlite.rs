//! The SQLite side of the store.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension};
use serde::Serialize;
use vigie_core::{Annotation, AnnotationData, ArticleId, Document, InputFormat, Layer, Metadata};

use crate::migrations::MIGRATIONS;
use crate::{Result, StoreError};

pub(crate) struct Db {
    conn: Connection,
    path: PathBuf,
}

/// What the database records about the search index.
#[derive(Debug, Clone, Default)]
pub(crate) struct IndexRecord {
    /// Random id of this store, also written into every index commit; absent in stores made
    /// before schema version 2 (until a writer opens them).
    pub store_id: Option<String>,
    /// Generation of the last index commit the database knows about.
    pub generation: i64,
    pub articles: u64,
    /// Articles marked `indexed = 1`.
    pub indexed: u64,
}

/// A few problem lines on one line.
pub(crate) fn summarise(problems: &[String]) -> String {
    // SQLite may pack several findings in one row, one per line, under a "*** in database
    // main ***" heading: one finding per item, on one line, so the error stays one line.
    let findings: Vec<&str> = problems
        .iter()
        .flat_map(|p| p.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("***"))
        .collect();
    let mut s = findings
        .iter()
        .take(3)
        .copied()
        .collect::<Vec<_>>()
        .join("; ");
    if findings.len() > 3 {
        s += &format!(" (and {} more)", findings.len() - 3);
    }
    s
}

#[cfg(test)]
mod summary_tests {
    #[test]
    fn findings_packed_in_one_row_are_one_line() {
        let rows = vec!["*** in database main ***\nTree 2 page 38: bad\nTree 9 page 39: bad\nTree 9 page 37 cell 15: x\nRowid 98 out of order".to_string()];
        let s = super::summarise(&rows);
        assert_eq!(s.lines().count(), 1, "{s}");
        assert!(
            s.starts_with("Tree 2 page 38: bad; ") && s.ends_with("(and 1 more)"),
            "{s}"
        );
    }
}

/// A `file:` URI for `path` with a query, escaping what URIs reserve.
fn file_uri(path: &Path, query: &str) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().into_owned().into_bytes();
    let mut uri = String::from("file:");
    for &b in &bytes {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(b as char);
        } else {
            uri += &format!("%{b:02X}");
        }
    }
    uri + "?" + query
}

/// The leftover marks of repeated lines that storing a batch added.
#[derive(Debug, Default)]
pub(crate) struct RepeatMarks {
    /// New articles of the batch (position in the batch, in order) with their outlet key and
    /// the spans of their lines marked repeated.
    pub new: Vec<(usize, String, Vec<vigie_core::Span>)>,
    /// Articles stored before whose lines became repeated with this batch: their marks were
    /// added and they were marked unindexed.
    pub earlier: Vec<String>,
}

/// The JSON of a repeated line's boilerplate annotation.
fn repeated_data(outlet: &str) -> String {
    serde_json::to_string(&AnnotationData::from(vigie_analysis::repeated::annotation(
        outlet,
    )))
    .expect("annotations serialise")
}

/// Counts the lines of the new articles of a batch (`new`: their positions), then finds the
/// marks of repeated lines for them and adds those of earlier articles whose lines crossed the
/// threshold (see `vigie_analysis::repeated`).
fn repeat_marks(
    tx: &rusqlite::Transaction,
    batch: &[(Document, String)],
    new: &[usize],
) -> rusqlite::Result<RepeatMarks> {
    use vigie_analysis::repeated::{self as rep, ArticleLines, PARAMS};
    let mut state = crate::repeated::SqlRepeats { tx };
    let in_batch: std::collections::HashSet<&str> =
        new.iter().map(|&i| batch[i].0.id.as_str()).collect();
    let mut earlier = std::collections::BTreeSet::new();
    let mut keyed = Vec::new();
    for &i in new {
        let doc = &batch[i].0;
        let Some(outlet) = rep::outlet_key(&doc.meta) else {
            continue;
        };
        let lines = ArticleLines::of(&doc.text, &PARAMS);
        let seen = rep::observe(&mut state, &outlet, doc.id.as_str(), &lines, &PARAMS)?;
        for (_, members) in seen.crossed {
            for m in members {
                if !in_batch.contains(m.as_str()) {
                    earlier.insert((outlet.clone(), m));
                }
            }
        }
        keyed.push((i, outlet));
    }
    let mut marks = RepeatMarks::default();
    for (i, outlet) in keyed {
        let spans = rep::marks_of(&mut state, &outlet, &batch[i].0, &PARAMS)?;
        if !spans.is_empty() {
            marks.new.push((i, outlet, spans));
        }
    }
    // "What was stored stays stored": the earlier articles keep every annotation and get the
    // new marks appended.
    for (outlet, id) in earlier {
        let Some(text) = tx
            .prepare_cached("SELECT text FROM articles WHERE id = ?1")?
            .query_row([&id], |r| r.get::<_, String>(0))
            .optional()?
        else {
            continue;
        };
        let already: Vec<vigie_core::Span> = tx
            .prepare_cached(
                "SELECT start, end FROM annotations WHERE article_id = ?1 AND layer = 'boilerplate'",
            )?
            .query_map([&id], |r| {
                Ok(vigie_core::Span::new(
                    r.get::<_, i64>(0)? as usize,
                    r.get::<_, i64>(1)? as usize,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let spans = rep::marks_in(&mut state, &outlet, &text, &already, &PARAMS)?;
        if spans.is_empty() {
            continue;
        }
        let next: i64 = tx
            .prepare_cached(
                "SELECT coalesce(max(seq) + 1, 0) FROM annotations WHERE article_id = ?1",
            )?
            .query_row([&id], |r| r.get(0))?;
        let data = repeated_data(&outlet);
        let mut insert = tx.prepare_cached(
            "INSERT INTO annotations (article_id, seq, layer, start, end, data) VALUES (?1, ?2, 'boilerplate', ?3, ?4, ?5)",
        )?;
        for (k, span) in spans.iter().enumerate() {
            insert.execute(params![
                id,
                next + k as i64,
                span.start as i64,
                span.end as i64,
                data
            ])?;
        }
        // Its content changed: the index takes it again (now, or after a crash, at the next
        // writer's open).
        tx.prepare_cached("UPDATE articles SET indexed = 0 WHERE id = ?1")?
            .execute([&id])?;
        marks.earlier.push(id);
    }
    Ok(marks)
}

/// What a batch write did.
#[derive(Debug, Default, Clone)]
pub struct PutOutcome {
    /// Articles that were new.
    pub inserted: Vec<ArticleId>,
    /// Articles that were already stored (their source is noted).
    pub already_present: usize,
}

/// One line of `vigie articles`.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub published: Option<String>,
    pub language: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
}

/// Filters for listing articles.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    pub language: Option<String>,
    /// Inclusive lower bound on the publication date (ISO prefix compare).
    pub since: Option<String>,
    /// Inclusive upper bound on the publication date.
    pub until: Option<String>,
    pub limit: Option<usize>,
    /// Only articles after this one in the listing's order (newest first, undated last, ties
    /// by id): keyset pagination, so a page costs the same however deep it is.
    pub after: Option<ArticleKey>,
}

/// Where an article stands in the listing's order: its publication date and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleKey {
    pub published: Option<String>,
    pub id: String,
}

impl ArticleKey {
    /// The listing's order ([`Db::articles`]): newest first, undated last, then by id.
    pub fn listing_cmp(&self, other: &ArticleKey) -> std::cmp::Ordering {
        match (&self.published, &other.published) {
            (Some(a), Some(b)) => b.cmp(a),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| self.id.cmp(&other.id))
    }
}

/// Store counts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub articles: u64,
    pub sources: u64,
    pub annotations: u64,
    pub annotations_by_layer: Vec<(String, u64)>,
    pub unindexed_articles: u64,
    pub indexed_documents: u64,
    pub schema_version: i64,
    /// Why the index cannot be used, when it cannot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index_problem: Option<String>,
}

impl Db {
    /// Opens (creating if needed) the database for writing: WAL, foreign keys, migrations. An
    /// existing database must pass SQLite's `quick_check` first: writing into a damaged file
    /// would spread the damage.
    pub fn open_writer(path: &Path) -> Result<Db> {
        let err = |source| crate::sqlite_error(path, source);
        let existed = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
        let conn = Connection::open(path).map_err(err)?;
        let mut db = Db {
            conn,
            path: path.into(),
        };
        if existed {
            let problems = db.quick_check()?;
            if !problems.is_empty() {
                return Err(StoreError::Damaged {
                    path: path.into(),
                    reason: summarise(&problems),
                });
            }
        }
        // WAL: readers never block the writer, and a killed process leaves the last committed
        // transaction intact. NORMAL sync is durable against process crashes (not power loss).
        db.conn
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
            )
            .map_err(err)?;
        db.migrate()?;
        Ok(db)
    }

    /// Opens an existing database read-only: nothing is created, migrated or written. In a
    /// directory we may write to, SQLite's read-only connection shares the writer's WAL index
    /// (`-shm`), so it sees what a running ingest commits. Where the directory is read-only
    /// and no WAL index exists, SQLite cannot create one: the file is then opened as
    /// `immutable`, which is sound because nobody can be writing there.
    pub fn open_reader(path: &Path) -> Result<Db> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let shared =
            Connection::open_with_flags(file_uri(path, "mode=ro"), flags).and_then(Db::probe);
        let conn = match shared {
            Ok(conn) => conn,
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen)
                ) =>
            {
                Connection::open_with_flags(file_uri(path, "immutable=1"), flags)
                    .and_then(Db::probe)
                    .map_err(|source| crate::sqlite_error(path, source))?
            }
            Err(source) => return Err(crate::sqlite_error(path, source)),
        };
        let db = Db {
            conn,
            path: path.into(),
        };
        let version = db.schema_version()?;
        let supported = MIGRATIONS.len() as i64;
        if version > supported {
            return Err(StoreError::TooNew {
                path: path.into(),
                found: version,
                supported,
            });
        }
        Ok(db)
    }

    /// Sets the connection up for reading and reads the schema once, which is where a missing
    /// WAL index or a file that is not a database shows.
    fn probe(conn: Connection) -> rusqlite::Result<Connection> {
        // A reader keeps 16 MiB of pages (SQLite's default is 2 MiB): a long-lived reader
        // (`vigie serve`) then answers from its own cache instead of a read call per page.
        conn.execute_batch(
            "PRAGMA busy_timeout = 5000; PRAGMA query_only = ON; PRAGMA cache_size = -16384;",
        )?;
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(conn)
    }

    pub(crate) fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(self.err())
    }

    /// SQLite's `quick_check` (page structure, not index contents): empty when fine.
    pub fn quick_check(&self) -> Result<Vec<String>> {
        self.pragma_check("quick_check")
    }

    /// SQLite's full `integrity_check` (also compares every index with its table).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.pragma_check("integrity_check")
    }

    fn pragma_check(&self, pragma: &str) -> Result<Vec<String>> {
        let run = || -> rusqlite::Result<Vec<String>> {
            let mut stmt = self.conn.prepare(&format!("PRAGMA {pragma}(20)"))?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect()
        };
        match run() {
            Ok(lines) => Ok(lines.into_iter().filter(|l| l != "ok").collect()),
            // A file too broken to even run the check is damaged too.
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
                ) =>
            {
                Ok(vec![e.to_string()])
            }
            Err(e) => Err(crate::sqlite_error(&self.path, e)),
        }
    }

    /// What the database records about the index, read in one transaction so that the counts
    /// and the generation belong together even while a writer commits.
    pub fn index_record(&self) -> Result<IndexRecord> {
        let read = || -> rusqlite::Result<IndexRecord> {
            let tx = self.conn.unchecked_transaction()?;
            let has_meta: bool = tx.query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'store_meta'",
                [],
                |r| r.get(0),
            )?;
            let (store_id, generation) = if has_meta {
                let get = |key: &str| -> rusqlite::Result<Option<String>> {
                    tx.query_row("SELECT value FROM store_meta WHERE key = ?1", [key], |r| {
                        r.get(0)
                    })
                    .optional()
                };
                let generation = get("index_generation")?
                    .and_then(|g| g.parse().ok())
                    .unwrap_or(0);
                (get("store_id")?, generation)
            } else {
                (None, 0)
            };
            // Counted through indexes (the smallest one for all articles, the partial
            // `articles_unindexed` for the rest; `indexed` is 0 or 1): summing the column read
            // the whole table, texts included — 60 ms of every reader's start at 100,000
            // articles.
            let (articles, unindexed): (i64, i64) = tx.query_row(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE indexed = 0)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let indexed = articles - unindexed;
            tx.finish()?;
            Ok(IndexRecord {
                store_id,
                generation,
                articles: articles as u64,
                indexed: indexed as u64,
            })
        };
        read().map_err(self.err())
    }

    /// Records that the index was committed at `generation` (after a rebuild's empty commit).
    pub fn set_index_generation(&mut self, generation: i64) -> Result<()> {
        self.conn
            .execute(
                "UPDATE store_meta SET value = ?1 WHERE key = 'index_generation'",
                [generation.to_string()],
            )
            .map_err(self.err())?;
        Ok(())
    }

    /// Whether the article is stored and still waiting to be indexed.
    pub fn is_pending(&self, id: &str) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT indexed = 0 FROM articles WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()
            .map(|p| p.unwrap_or(false))
            .map_err(self.err())
    }

    /// Ids of the articles marked indexed, sorted.
    pub fn indexed_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM articles WHERE indexed = 1 ORDER BY id")
            .map_err(self.err())?;
        let ids = stmt
            .query_map([], |r| r.get(0))
            .map_err(self.err())?
            .collect::<std::result::Result<_, _>>()
            .map_err(self.err())?;
        Ok(ids)
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| crate::sqlite_error(self.path.clone(), source)
    }

    fn migrate(&mut self) -> Result<()> {
        let version = self.schema_version()?;
        let supported = MIGRATIONS.len() as i64;
        if version > supported {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: version,
                supported,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let path = self.path.clone();
            let err = move |source| crate::sqlite_error(path.clone(), source);
            let tx = self.conn.transaction().map_err(&err)?;
            tx.execute_batch(sql).map_err(&err)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(&err)?;
            tx.commit().map_err(&err)?;
        }
        Ok(())
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Stores a batch in one transaction: the new articles with their annotations, facts and
    /// facets, and the counts of the lines their outlets repeat (`vigie_analysis::repeated`),
    /// counted for every new article of the batch before any is marked. Marks of repeated
    /// lines are stored as boilerplate annotations after the article's own; articles stored
    /// before whose lines became repeated get theirs too, and are marked unindexed (their
    /// content changed).
    pub fn put_batch(&mut self, batch: &[(Document, String)]) -> Result<(PutOutcome, RepeatMarks)> {
        let path = self.path.clone();
        let err = move |source| crate::sqlite_error(path.clone(), source);
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let tx = self.conn.transaction().map_err(&err)?;
        let mut outcome = PutOutcome::default();
        // Batch positions of the new articles.
        let mut new = Vec::new();
        {
            let mut insert_article = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO articles (id, text, html, title, url, outlet, author, published, published_source, language, format, ingested_at, indexed)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0)",
                )
                .map_err(&err)?;
            let mut insert_source = tx
                .prepare_cached("INSERT OR IGNORE INTO sources (article_id, source, first_seen) VALUES (?1, ?2, ?3)")
                .map_err(&err)?;
            for (i, (doc, source)) in batch.iter().enumerate() {
                let m = &doc.meta;
                let changed = insert_article
                    .execute(params![
                        doc.id.as_str(),
                        doc.text,
                        doc.html,
                        m.title,
                        m.url,
                        m.outlet,
                        m.author,
                        m.published,
                        m.published_source,
                        m.language,
                        format_name(m.format),
                        now,
                    ])
                    .map_err(&err)?;
                insert_source
                    .execute(params![doc.id.as_str(), source, now])
                    .map_err(&err)?;
                if changed == 0 {
                    outcome.already_present += 1;
                } else {
                    new.push(i);
                }
            }
        }
        let marks = repeat_marks(&tx, batch, &new).map_err(&err)?;
        {
            let mut insert_annotation = tx
                .prepare_cached("INSERT INTO annotations (article_id, seq, layer, start, end, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .map_err(&err)?;
            let mut insert_facet = tx
                .prepare_cached("INSERT OR IGNORE INTO article_facets (article_id, kind, value) VALUES (?1, ?2, ?3)")
                .map_err(&err)?;
            let mut insert_actor = tx
                .prepare_cached("INSERT OR IGNORE INTO event_actors (code, name) VALUES (?1, ?2)")
                .map_err(&err)?;
            let mut actor_id = tx
                .prepare_cached("SELECT id FROM event_actors WHERE code = ?1 AND name = ?2")
                .map_err(&err)?;
            let mut insert_fact = tx
                .prepare_cached(
                    "INSERT INTO event_facts (source, target, article_id, seq, cameo, goldstein, date, published, place, negated, hypothetical)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )
                .map_err(&err)?;
            // The row of (code, name) in `event_actors` ('' for none, as migration 7 writes).
            let mut actor_row = |code: &Option<String>, name: &Option<String>| {
                let (code, name) = (code.as_deref().unwrap_or(""), name.as_deref().unwrap_or(""));
                insert_actor.execute(params![code, name])?;
                actor_id.query_row(params![code, name], |r| r.get::<_, i64>(0))
            };
            let mut extra = marks.new.iter().peekable();
            for &i in &new {
                let doc = &batch[i].0;
                let m = &doc.meta;
                for (seq, a) in doc.annotations.iter().enumerate() {
                    let data = serde_json::to_string(&a.data).expect("annotations serialise");
                    insert_annotation
                        .execute(params![
                            doc.id.as_str(),
                            seq as i64,
                            a.data.layer().as_str(),
                            a.span.start as i64,
                            a.span.end as i64,
                            data
                        ])
                        .map_err(&err)?;
                    if let AnnotationData::Event(e) = &a.data {
                        let source = actor_row(&e.source_code, &e.source).map_err(&err)?;
                        let target = actor_row(&e.target_code, &e.target).map_err(&err)?;
                        insert_fact
                            .execute(params![
                                source,
                                target,
                                doc.id.as_str(),
                                seq as i64,
                                e.cameo,
                                e.goldstein,
                                e.date,
                                m.published,
                                e.location,
                                e.negated,
                                e.hypothetical.is_some(),
                            ])
                            .map_err(&err)?;
                    }
                }
                // The marks of its repeated lines, after its own annotations.
                if let Some((_, outlet, spans)) = extra.next_if(|(j, _, _)| *j == i) {
                    let data = repeated_data(outlet);
                    for (k, span) in spans.iter().enumerate() {
                        insert_annotation
                            .execute(params![
                                doc.id.as_str(),
                                (doc.annotations.len() + k) as i64,
                                Layer::Boilerplate.as_str(),
                                span.start as i64,
                                span.end as i64,
                                data
                            ])
                            .map_err(&err)?;
                    }
                }
                for (kind, value) in facets_of(doc) {
                    insert_facet
                        .execute(params![doc.id.as_str(), kind.as_str(), value])
                        .map_err(&err)?;
                }
                outcome.inserted.push(doc.id.clone());
            }
        }
        tx.commit().map_err(&err)?;
        Ok((outcome, marks))
    }

    /// Marks `ids` indexed and records the index generation that holds them, in one transaction.
    pub fn mark_indexed(&mut self, ids: &[ArticleId], generation: i64) -> Result<()> {
        let path = self.path.clone();
        let err = move |source| crate::sqlite_error(path.clone(), source);
        let tx = self.conn.transaction().map_err(&err)?;
        {
            let mut stmt = tx
                .prepare_cached("UPDATE articles SET indexed = 1 WHERE id = ?1")
                .map_err(&err)?;
            for id in ids {
                stmt.execute([id.as_str()]).map_err(&err)?;
            }
        }
        tx.execute(
            "UPDATE store_meta SET value = ?1 WHERE key = 'index_generation'",
            [generation.to_string()],
        )
        .map_err(&err)?;
        tx.commit().map_err(&err)
    }

    pub fn mark_all_unindexed(&mut self) -> Result<()> {
        self.conn
            .execute("UPDATE articles SET indexed = 0 WHERE indexed = 1", [])
            .map_err(self.err())?;
        Ok(())
    }

    pub fn unindexed(&self, limit: usize) -> Result<Vec<Document>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM articles WHERE indexed = 0 LIMIT ?1")
            .map_err(self.err())?;
        let ids: Vec<String> = stmt
            .query_map([limit as i64], |r| r.get(0))
            .map_err(self.err())?
            .collect::<std::result::Result<_, _>>()
            .map_err(self.err())?;
        ids.iter()
            .filter_map(|id| self.load(id).transpose())
            .collect()
    }

    pub fn articles(&self, f: &ArticleFilter) -> Result<Vec<ArticleRow>> {
        let mut sql = String::from(
            "SELECT id, published, language, outlet, title, url FROM articles WHERE 1=1",
        );
        let mut args: Vec<String> = Vec::new();
        if let Some(l) = &f.language {
            args.push(l.clone());
            sql += &format!(" AND language = ?{}", args.len());
        }
        if let Some(s) = &f.since {
            args.push(s.clone());
            sql += &format!(" AND published >= ?{}", args.len());
        }
        if let Some(u) = &f.until {
            // Inclusive on the day: "2026-11-04" also admits "2026-11-04T23:00".
            args.push(format!("{u}\u{10FFFF}"));
            sql += &format!(" AND published <= ?{}", args.len());
        }
        if let Some(key) = &f.after {
            args.push(key.id.clone());
            let id = args.len();
            match &key.published {
                Some(p) => {
                    args.push(p.clone());
                    let p = args.len();
                    // Unary `+` keeps the planner from answering this OR with a search per
                    // branch then a sort: the listing index, walked in order, stops at LIMIT.
                    sql += &format!(
                        " AND (+published IS NULL OR +published < ?{p} OR (+published = ?{p} AND +id > ?{id}))"
                    );
                }
                None => sql += &format!(" AND +published IS NULL AND +id > ?{id}"),
            }
        }
        // NULL sorts last in descending order: undated articles come after the dated ones, as
        // index `articles_listing` (migration 6) holds them.
        sql += " ORDER BY published DESC, id";
        if let Some(n) = f.limit {
            sql += &format!(" LIMIT {n}");
        }
        let mut stmt = self.conn.prepare(&sql).map_err(self.err())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(ArticleRow {
                    id: r.get(0)?,
                    published: r.get(1)?,
                    language: r.get(2)?,
                    outlet: r.get(3)?,
                    title: r.get(4)?,
                    url: r.get(5)?,
                })
            })
            .map_err(self.err())?
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(self.err())?;
        Ok(rows)
    }

    /// Resolves an id prefix to a full id.
    pub fn resolve(&self, prefix: &str) -> Result<Option<String>> {
        // A range over the primary key (LIKE would scan: it folds case, the key does not).
        let end = format!("{prefix}\u{10FFFF}");
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id FROM articles WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 2",
            )
            .map_err(self.err())?;
        let ids: Vec<String> = stmt
            .query_map([prefix, end.as_str()], |r| r.get(0))
            .map_err(self.err())?
            .collect::<std::result::Result<_, _>>()
            .map_err(self.err())?;
        match ids.len() {
            0 => Ok(None),
            1 => Ok(ids.into_iter().next()),
            _ => Err(StoreError::AmbiguousId(prefix.into())),
        }
    }

    pub fn get(&self, prefix: &str) -> Result<Option<Document>> {
        match self.resolve(prefix)? {
            Some(id) => self.load(&id),
            None => Ok(None),
        }
    }

    pub fn sources(&self, id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT source FROM sources WHERE article_id = ?1 ORDER BY first_seen, source",
            )
            .map_err(self.err())?;
        let rows = stmt
            .query_map([id], |r| r.get(0))
            .map_err(self.err())?
            .collect::<std::result::Result<Vec<String>, _>>()
            .map_err(self.err())?;
        Ok(rows)
    }

    pub fn load(&self, id: &str) -> Result<Option<Document>> {
        self.load_layers(id, None)
    }

    /// Whether the database has this index (a store older than the migration that made it
    /// does not).
    pub fn has_index(&self, name: &str) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .map_err(self.err())
    }

    /// What a search hit shows of an article: title, publication date, language and outlet
    /// (the other fields of its metadata left empty). With `covering` (the store has index
    /// `articles_summary`, migration 6) from that index alone: those columns come after the
    /// text in a row, and reading them from the table follows the text's overflow pages.
    pub fn load_summary(&self, id: &str, covering: bool) -> Result<Option<Metadata>> {
        // The planner would pick the primary key's index for `id = ?`, which is not covering.
        let sql = if covering {
            "SELECT title, published, language, outlet FROM articles INDEXED BY articles_summary WHERE id = ?1"
        } else {
            "SELECT title, published, language, outlet FROM articles WHERE id = ?1"
        };
        let mut stmt = self.conn.prepare_cached(sql).map_err(self.err())?;
        stmt.query_row([id], |r| {
            Ok(Metadata {
                title: r.get(0)?,
                published: r.get(1)?,
                language: r.get(2)?,
                outlet: r.get(3)?,
                ..Metadata::default()
            })
        })
        .optional()
        .map_err(self.err())
    }

    /// [`Self::load`] with only the annotations of `layers` (all with `None`): what a reader
    /// that never looks at the others (the sentence layer's words are most of an article's
    /// annotation bytes) saves in reading and parsing.
    pub fn load_layers(&self, id: &str, layers: Option<&[Layer]>) -> Result<Option<Document>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, text, html, title, url, outlet, author, published, published_source, language, format FROM articles WHERE id = ?1",
                [id],
                |r| {
                    Ok(Document {
                        id: ArticleId(r.get(0)?),
                        text: r.get(1)?,
                        html: r.get(2)?,
                        meta: Metadata {
                            title: r.get(3)?,
                            url: r.get(4)?,
                            outlet: r.get(5)?,
                            author: r.get(6)?,
                            published: r.get(7)?,
                            published_source: r.get(8)?,
                            language: r.get(9)?,
                            format: parse_format(&r.get::<_, String>(10)?),
                        },
                        annotations: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(self.err())?;
        let Some(mut doc) = row else { return Ok(None) };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT start, end, layer, data FROM annotations WHERE article_id = ?1 ORDER BY seq",
            )
            .map_err(self.err())?;
        let mut rows = stmt.query([id]).map_err(self.err())?;
        while let Some(r) = rows.next().map_err(self.err())? {
            if let Some(layers) = layers {
                // The layer column comes before the data: a skipped row's JSON is never read.
                let layer = r.get_ref(2).map_err(self.err())?;
                let keep = layer
                    .as_str()
                    .is_ok_and(|l| layers.iter().any(|k| k.as_str() == l));
                if !keep {
                    continue;
                }
            }
            let start: i64 = r.get(0).map_err(self.err())?;
            let end: i64 = r.get(1).map_err(self.err())?;
            let data: String = r.get(3).map_err(self.err())?;
            let data = serde_json::from_str(&data).map_err(|e| StoreError::Corrupt {
                article: id.into(),
                reason: e.to_string(),
            })?;
            doc.annotations.push(Annotation {
                span: vigie_core::Span::new(start as usize, end as usize),
                data,
            });
        }
        Ok(Some(doc))
    }

    /// Every stored document in id order, with the annotations of `layers` only (all with
    /// `None`).
    pub fn for_each_document(
        &self,
        layers: Option<&[Layer]>,
        f: &mut dyn FnMut(Document) -> std::io::Result<()>,
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM articles ORDER BY id")
            .map_err(self.err())?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(self.err())?;
        for id in ids {
            let id = id.map_err(self.err())?;
            if let Some(doc) = self.load_layers(&id, layers)? {
                if f(doc).is_err() {
                    // The consumer stopped (closed pipe): end quietly.
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<u64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(self.err())
        };
        let mut stmt = self
            .conn
            .prepare("SELECT layer, COUNT(*) FROM annotations GROUP BY layer ORDER BY layer")
            .map_err(self.err())?;
        let by_layer = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .map_err(self.err())?
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(self.err())?;
        Ok(Stats {
            articles: count("SELECT COUNT(*) FROM articles")?,
            sources: count("SELECT COUNT(*) FROM sources")?,
            annotations: count("SELECT COUNT(*) FROM annotations")?,
            annotations_by_layer: by_layer,
            unindexed_articles: count("SELECT COUNT(*) FROM articles WHERE indexed = 0")?,
            indexed_documents: 0,
            index_problem: None,
            schema_version: self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .map_err(self.err())?,
        })
    }
}

fn format_name(f: InputFormat) -> &'static str {
    match f {
        InputFormat::Text => "text",
        InputFormat::Html => "html",
        InputFormat::Jsonl => "jsonl",
    }
}

fn parse_format(s: &str) -> InputFormat {
    match s {
        "html" => InputFormat::Html,
        "jsonl" => InputFormat::Jsonl,
        _ => InputFormat::Text,
    }
}

/// What a search facet counts per article (table `article_facets`, migration 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    /// A linked actor the article names (its knowledge-base id).
    Actor,
    /// The CAMEO root (two digits) of one of the article's events.
    EventRoot,
}

impl FacetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FacetKind::Actor => "actor",
            FacetKind::EventRoot => "event_root",
        }
    }
}

/// The distinct facet values of a document, as stored beside it (migration 5 computes the
/// same from stored annotations for older articles).
fn facets_of(doc: &Document) -> std::collections::BTreeSet<(FacetKind, String)> {
    let mut out = std::collections::BTreeSet::new();
    for a in &doc.annotations {
        match &a.data {
            AnnotationData::Mention(m) => {
                if let Some(actor) = &m.actor {
                    out.insert((FacetKind::Actor, actor.clone()));
                }
            }
            AnnotationData::Event(e) => {
                if let Some(root) = e.cameo.get(..2) {
                    out.insert((FacetKind::EventRoot, root.to_string()));
                }
            }
            _ => {}
        }
    }
    out
}

impl Db {
    /// The listing keys of these articles (covering index `articles_id_published`); ids not
    /// stored are left out.
    pub fn article_keys<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a String>,
    ) -> Result<Vec<ArticleKey>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT published FROM articles WHERE id = ?1")
            .map_err(self.err())?;
        let mut keys = Vec::new();
        for id in ids {
            let published: Option<Option<String>> = stmt
                .query_row([id], |r| r.get(0))
                .optional()
                .map_err(self.err())?;
            if let Some(published) = published {
                keys.push(ArticleKey {
                    published,
                    id: id.clone(),
                });
            }
        }
        Ok(keys)
    }

    /// The number of stored articles.
    pub fn article_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(self.err())
    }

    /// The articles with this facet value (index `article_facets_value`, migration 6).
    pub fn articles_with_facet(
        &self,
        kind: FacetKind,
        value: &str,
    ) -> Result<std::collections::HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT article_id FROM article_facets WHERE kind = ?1 AND value = ?2")
            .map_err(self.err())?;
        let ids = stmt
            .query_map([kind.as_str(), value], |r| r.get(0))
            .map_err(self.err())?
            .collect::<std::result::Result<_, _>>()
            .map_err(self.err())?;
        Ok(ids)
    }

    /// How many of `ids` have each facet value, per kind (one indexed read per article).
    pub fn facet_counts(
        &self,
        ids: &[&str],
    ) -> Result<std::collections::HashMap<(FacetKind, String), usize>> {
        let mut counts = std::collections::HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT kind, value FROM article_facets WHERE article_id = ?1")
            .map_err(self.err())?;
        for id in ids {
            let mut rows = stmt.query([id]).map_err(self.err())?;
            while let Some(r) = rows.next().map_err(self.err())? {
                let kind = match r.get_ref(0).map_err(self.err())?.as_str() {
                    Ok("actor") => FacetKind::Actor,
                    Ok("event_root") => FacetKind::EventRoot,
                    _ => continue,
                };
                let value: String = r.get(1).map_err(self.err())?;
                *counts.entry((kind, value)).or_insert(0) += 1;
            }
        }
        Ok(counts)
    }
}
