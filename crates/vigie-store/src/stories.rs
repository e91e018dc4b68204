//! Copies and stories as the store keeps them (schema version 3), and the writer's side of the
//! analysis.
//!
//! The writer runs `vigie_analysis::Analyst` on every article it stores, in the order they are
//! stored, and records the results in their own transaction right after the batch: a copy
//! links to its original (`copies`), each article to its story (`story_articles`), each story
//! its summary and matching state (`stories`, `story_actors`). Nothing is analysed twice: an
//! article already present adds nothing, and an article the database holds without a story (a
//! crash between the two transactions, or a store from before this schema) is analysed when the
//! analyst is next loaded. The analyst is loaded from the database by the first batch of a
//! writer: the latest signatures (`article_signatures`), the most recently joined stories and
//! the word statistics (`analysis_state`, saved at [`Store::flush`]).

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use vigie_analysis::{Analysis, Analyst, Article, Signature, StoriesState, Story};

use crate::{Result, Store, StoreError};

/// Key of the clustering's counters in `analysis_state`.
const STATE_KEY: &str = "stories";
/// Articles analysed per transaction when catching up.
const CATCH_UP_BATCH: usize = 500;

/// One line of `vigie stories`.
#[derive(Debug, Clone, Serialize)]
pub struct StoryRow {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_date: Option<String>,
    pub articles: u64,
    /// Articles that are not copies of another article: the independent reports.
    pub independent: u64,
    /// Linked actors, most frequent first (at most 10).
    pub actors: Vec<String>,
}

/// One article of a story.
#[derive(Debug, Clone, Serialize)]
pub struct StoryArticle {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Its match score with the story when it joined (0 for the article that opened it).
    pub score: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<CopyLink>,
}

/// Where a copy comes from.
#[derive(Debug, Clone, Serialize)]
pub struct CopyLink {
    pub original: String,
    pub similarity: f64,
    pub containment: f64,
    /// `copy`, or `translation` (then `similarity` is the Jaccard of the actor sets and
    /// `containment` the share of numbers in common).
    pub kind: String,
}

/// One story with its articles and actors (`vigie story ID`).
#[derive(Debug, Clone, Serialize)]
pub struct StoryDetail {
    #[serde(flatten)]
    pub story: StoryRow,
    /// Linked actors with the number of articles naming them.
    pub actor_counts: Vec<(String, u64)>,
    pub members: Vec<StoryArticle>,
}

/// Filters of `vigie stories`.
#[derive(Debug, Clone, Default)]
pub struct StoryFilter {
    /// Stories whose last date is on or after this (ISO prefix compare).
    pub since: Option<String>,
    /// Stories naming this actor id.
    pub actor: Option<String>,
    pub limit: Option<usize>,
}

fn db_error(path: std::path::PathBuf) -> impl Fn(rusqlite::Error) -> StoreError {
    move |source| crate::sqlite_error(path.clone(), source)
}

impl Store {
    /// SQLite errors with the database's path (owning it, so `self` stays free).
    fn stories_err(&self) -> impl Fn(rusqlite::Error) -> StoreError {
        db_error(self.dir.join(crate::DB_FILE))
    }

    /// Whether the database has the tables of copies and stories (a reader of a store that
    /// no writer of this version has opened yet does not).
    fn has_stories(&self) -> Result<bool> {
        self.connection()
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'stories'",
                [],
                |r| r.get(0),
            )
            .map_err(self.stories_err())
    }

    /// Analyses new documents (the writer's batch path) and records the results.
    pub(crate) fn analyse(&mut self, docs: &[&vigie_core::Document]) -> Result<()> {
        if docs.is_empty() {
            return Ok(());
        }
        let articles: Vec<Article> = docs.iter().map(|d| Article::from_document(d)).collect();
        self.analyse_articles(&articles)
    }

    fn analyse_articles(&mut self, articles: &[Article]) -> Result<()> {
        let Some(analyst) = self.analyst.as_mut() else {
            return Ok(());
        };
        let results: Vec<Analysis> = articles.iter().map(|a| analyst.add(a)).collect();
        // The touched stories' latest state, once each.
        let mut touched: HashMap<String, Story> = HashMap::new();
        for r in &results {
            if !touched.contains_key(&r.story.story) {
                if let Some(s) = analyst.stories.story(&r.story.story) {
                    touched.insert(r.story.story.clone(), s);
                }
            }
        }
        let err = self.stories_err();
        let conn = self.db.connection();
        let tx = conn.unchecked_transaction().map_err(&err)?;
        {
            let mut signature = tx
                .prepare_cached("INSERT OR IGNORE INTO article_signatures (article_id, minhash, shingles) VALUES (?1, ?2, ?3)")
                .map_err(&err)?;
            let mut copy = tx
                .prepare_cached("INSERT OR IGNORE INTO copies (article_id, original_id, similarity, containment, kind) VALUES (?1, ?2, ?3, ?4, ?5)")
                .map_err(&err)?;
            let mut fingerprint = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO article_fingerprints (article_id, data) VALUES (?1, ?2)",
                )
                .map_err(&err)?;
            let mut member = tx
                .prepare_cached("INSERT OR IGNORE INTO story_articles (article_id, story_id, score) VALUES (?1, ?2, ?3)")
                .map_err(&err)?;
            let mut actor = tx
                .prepare_cached(
                    "INSERT INTO story_actors (story_id, actor, articles) VALUES (?1, ?2, 1)
                     ON CONFLICT (story_id, actor) DO UPDATE SET articles = articles + 1",
                )
                .map_err(&err)?;
            let mut story = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO stories (id, title, first_date, last_date, articles, seq, state)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(&err)?;
            for (a, r) in articles.iter().zip(&results) {
                if let Some(sig) = &r.signature {
                    signature
                        .execute(params![a.id, sig.to_bytes(), sig.shingles])
                        .map_err(&err)?;
                }
                if let Some(c) = &r.copy_of {
                    copy.execute(params![
                        a.id,
                        c.original,
                        c.similarity,
                        c.containment,
                        "copy"
                    ])
                    .map_err(&err)?;
                } else if let Some(t) = &r.translation_of {
                    copy.execute(params![
                        a.id,
                        t.original,
                        t.actors,
                        t.numbers,
                        "translation"
                    ])
                    .map_err(&err)?;
                }
                if let Some(fp) = &r.fingerprint {
                    let data = serde_json::to_string(fp).expect("fingerprints serialise");
                    fingerprint.execute(params![a.id, data]).map_err(&err)?;
                }
                let inserted = member
                    .execute(params![a.id, r.story.story, r.story.score])
                    .map_err(&err)?;
                if inserted > 0 {
                    for id in &a.actors {
                        actor.execute(params![r.story.story, id]).map_err(&err)?;
                    }
                }
            }
            for s in touched.values() {
                let state = serde_json::to_string(s).expect("stories serialise");
                story
                    .execute(params![
                        s.id,
                        s.title,
                        s.first.map(|d| d.to_string()),
                        s.last.map(|d| d.to_string()),
                        s.articles,
                        s.seq as i64,
                        state
                    ])
                    .map_err(&err)?;
            }
        }
        tx.commit().map_err(&err)?;
        Ok(())
    }

    /// Loads the analyst from the database (once per writer), then analyses the articles the
    /// database holds without a story.
    pub(crate) fn load_analyst(&mut self) -> Result<()> {
        if self.analyst.is_some() {
            return Ok(());
        }
        if self.lock.is_none() {
            return Err(StoreError::ReadOnly {
                path: self.dir.clone(),
            });
        }
        let mut analyst = Analyst::new().map_err(|e| StoreError::Corrupt {
            article: "-".into(),
            reason: e.to_string(),
        })?;
        let err = self.stories_err();
        let conn = self.connection();
        // Signatures, oldest first, as many as the index keeps.
        {
            let mut stmt = conn
                .prepare(
                    "SELECT s.article_id, s.minhash, s.shingles, c.original_id
                     FROM article_signatures s LEFT JOIN copies c ON c.article_id = s.article_id
                     ORDER BY s.rowid DESC LIMIT ?1",
                )
                .map_err(&err)?;
            let rows = stmt
                .query_map([vigie_analysis::copies::MAX_INDEXED as i64], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Vec<u8>>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, Option<String>>(3)?,
                    ))
                })
                .map_err(&err)?;
            let mut rows: Vec<_> = rows.collect::<std::result::Result<_, _>>().map_err(&err)?;
            rows.reverse();
            for (id, bytes, shingles, original) in rows {
                // A signature of another length (another version's) is not comparable: skip.
                if let Some(sig) = Signature::from_bytes(&bytes, shingles as u32) {
                    analyst.copies.insert(&id, sig, original.as_deref());
                }
            }
        }
        // Fingerprints for translations, oldest first, as many as the index keeps.
        {
            let mut stmt = conn
                .prepare(
                    "SELECT f.article_id, f.data, c.original_id
                     FROM article_fingerprints f LEFT JOIN copies c ON c.article_id = f.article_id
                     ORDER BY f.rowid DESC LIMIT ?1",
                )
                .map_err(&err)?;
            let rows = stmt
                .query_map([vigie_analysis::translations::MAX_INDEXED as i64], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                })
                .map_err(&err)?;
            let mut rows: Vec<_> = rows.collect::<std::result::Result<_, _>>().map_err(&err)?;
            rows.reverse();
            for (id, data, original) in rows {
                let fp: vigie_analysis::Fingerprint =
                    serde_json::from_str(&data).map_err(|e| StoreError::Corrupt {
                        article: id.clone(),
                        reason: format!("article_fingerprints: {e}"),
                    })?;
                analyst.translations.insert(&id, fp, original.as_deref());
            }
        }
        // Counters and the most recently joined stories.
        let state: Option<String> = conn
            .query_row(
                "SELECT value FROM analysis_state WHERE key = ?1",
                [STATE_KEY],
                |r| r.get(0),
            )
            .optional()
            .map_err(&err)?;
        let state: StoriesState = match state {
            Some(s) => serde_json::from_str(&s).map_err(|e| StoreError::Corrupt {
                article: "-".into(),
                reason: format!("analysis_state {STATE_KEY}: {e}"),
            })?,
            None => StoriesState::default(),
        };
        let mut stories = Vec::new();
        {
            let mut stmt = conn
                .prepare("SELECT id, state FROM stories ORDER BY seq DESC LIMIT ?1")
                .map_err(&err)?;
            let rows = stmt
                .query_map([vigie_analysis::stories::MAX_ACTIVE_STORIES as i64], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .map_err(&err)?;
            for row in rows {
                let (id, json) = row.map_err(&err)?;
                let story: Story =
                    serde_json::from_str(&json).map_err(|e| StoreError::Corrupt {
                        article: id,
                        reason: format!("story state: {e}"),
                    })?;
                stories.push(story);
            }
        }
        analyst.stories.restore(state, stories);
        self.analyst = Some(analyst);
        self.catch_up()
    }

    /// Analyses, in storage order, the articles the database holds without a story.
    fn catch_up(&mut self) -> Result<()> {
        let err = self.stories_err();
        let ids: Vec<String> = {
            let mut stmt = self
                .connection()
                .prepare(
                    "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)
                     ORDER BY rowid",
                )
                .map_err(&err)?;
            let rows = stmt.query_map([], |r| r.get(0)).map_err(&err)?;
            rows.collect::<std::result::Result<_, _>>().map_err(&err)?
        };
        for chunk in ids.chunks(CATCH_UP_BATCH) {
            let mut articles = Vec::with_capacity(chunk.len());
            for id in chunk {
                if let Some(doc) = self.db.get(id)? {
                    articles.push(Article::from_document(&doc));
                }
            }
            self.analyse_articles(&articles)?;
        }
        Ok(())
    }

    /// Saves the clustering's counters (word statistics): at every [`Store::flush`].
    pub(crate) fn save_analysis_state(&mut self) -> Result<()> {
        let Some(analyst) = &self.analyst else {
            return Ok(());
        };
        let json = serde_json::to_string(&analyst.stories.state()).expect("state serialises");
        self.connection()
            .execute(
                "INSERT OR REPLACE INTO analysis_state (key, value) VALUES (?1, ?2)",
                params![STATE_KEY, json],
            )
            .map_err(self.stories_err())?;
        Ok(())
    }

    /// Stories, most recent first (by last date, then by when they were last joined).
    pub fn stories(&self, filter: &StoryFilter) -> Result<Vec<StoryRow>> {
        if !self.has_stories()? {
            return Ok(Vec::new());
        }
        let err = self.stories_err();
        let mut stmt = self
            .connection()
            .prepare(
                "SELECT s.id, s.title, s.first_date, s.last_date, s.articles
                 FROM stories s
                 WHERE (?1 IS NULL OR s.last_date >= ?1)
                   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM story_actors a
                                              WHERE a.story_id = s.id AND a.actor = ?2))
                 ORDER BY s.last_date IS NULL, s.last_date DESC, s.seq DESC
                 LIMIT ?3",
            )
            .map_err(&err)?;
        let rows = stmt
            .query_map(
                params![
                    filter.since,
                    filter.actor,
                    filter.limit.map_or(-1, |l| l as i64)
                ],
                story_row,
            )
            .map_err(&err)?;
        let mut out: Vec<StoryRow> = rows.collect::<std::result::Result<_, _>>().map_err(&err)?;
        for s in &mut out {
            s.independent = self.independent(&s.id)?;
            s.actors = self
                .story_actor_counts(&s.id)?
                .into_iter()
                .take(10)
                .map(|(a, _)| a)
                .collect();
        }
        Ok(out)
    }

    fn independent(&self, story: &str) -> Result<u64> {
        self.connection()
            .query_row(
                "SELECT count(*) FROM story_articles m
                 WHERE m.story_id = ?1
                   AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.article_id = m.article_id)",
                [story],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(self.stories_err())
    }

    fn story_actor_counts(&self, story: &str) -> Result<Vec<(String, u64)>> {
        let err = self.stories_err();
        let mut stmt = self
            .connection()
            .prepare_cached(
                "SELECT actor, articles FROM story_actors WHERE story_id = ?1
                 ORDER BY articles DESC, actor",
            )
            .map_err(&err)?;
        let rows = stmt
            .query_map([story], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))
            .map_err(&err)?;
        rows.collect::<std::result::Result<_, _>>().map_err(&err)
    }

    /// One story by id or unique id prefix, with its articles in storage order.
    pub fn story(&self, id_or_prefix: &str) -> Result<Option<StoryDetail>> {
        if !self.has_stories()? {
            return Ok(None);
        }
        let err = self.stories_err();
        let ids: Vec<String> = {
            let mut stmt = self
                .connection()
                .prepare("SELECT id FROM stories WHERE id >= ?1 AND id < ?1 || x'ff' LIMIT 2")
                .map_err(&err)?;
            let rows = stmt.query_map([id_or_prefix], |r| r.get(0)).map_err(&err)?;
            rows.collect::<std::result::Result<_, _>>().map_err(&err)?
        };
        let id = match ids.as_slice() {
            [] => return Ok(None),
            [one] => one.clone(),
            _ if ids.iter().any(|i| i == id_or_prefix) => id_or_prefix.to_string(),
            _ => return Err(StoreError::AmbiguousId(id_or_prefix.to_string())),
        };
        let row = self
            .connection()
            .query_row(
                "SELECT id, title, first_date, last_date, articles FROM stories WHERE id = ?1",
                [&id],
                story_row,
            )
            .map_err(&err)?;
        let mut stmt = self
            .connection()
            .prepare(&format!(
                "SELECT a.id, a.title, a.published, a.outlet, m.score,
                        c.original_id, c.similarity, c.containment, {}
                 FROM story_articles m JOIN articles a ON a.id = m.article_id
                 LEFT JOIN copies c ON c.article_id = a.id
                 WHERE m.story_id = ?1
                 ORDER BY a.rowid",
                self.copy_kind_column()?
            ))
            .map_err(&err)?;
        let members = stmt
            .query_map([&id], |r| {
                let original: Option<String> = r.get(5)?;
                Ok(StoryArticle {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    outlet: r.get(3)?,
                    score: r.get(4)?,
                    copy_of: match original {
                        Some(original) => Some(CopyLink {
                            original,
                            similarity: r.get(6)?,
                            containment: r.get(7)?,
                            kind: r.get(8)?,
                        }),
                        None => None,
                    },
                })
            })
            .map_err(&err)?
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(&err)?;
        let actor_counts = self.story_actor_counts(&id)?;
        let mut story = row;
        story.independent = members.iter().filter(|m| m.copy_of.is_none()).count() as u64;
        story.actors = actor_counts
            .iter()
            .take(10)
            .map(|(a, _)| a.clone())
            .collect();
        Ok(Some(StoryDetail {
            story,
            actor_counts,
            members,
        }))
    }

    /// The original an article copies, with the similarity (`None` when it is no copy, or the
    /// store predates copies).
    pub fn copy_of(&self, article: &str) -> Result<Option<CopyLink>> {
        if !self.has_stories()? {
            return Ok(None);
        }
        self.connection()
            .query_row(
                &format!(
                    "SELECT c.original_id, c.similarity, c.containment, {} FROM copies c WHERE c.article_id = ?1",
                    self.copy_kind_column()?
                ),
                [article],
                |r| {
                    Ok(CopyLink {
                        original: r.get(0)?,
                        similarity: r.get(1)?,
                        containment: r.get(2)?,
                        kind: r.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(self.stories_err())
    }

    /// What to select as a copy's kind: the column of migration 8, or `'copy'` on an older
    /// store (read before a writer migrated it), whose links are all copies.
    fn copy_kind_column(&self) -> Result<&'static str> {
        Ok(if self.db.schema_version()? >= 8 {
            "c.kind"
        } else {
            "'copy'"
        })
    }

    /// The story an article belongs to.
    pub fn story_of(&self, article: &str) -> Result<Option<String>> {
        if !self.has_stories()? {
            return Ok(None);
        }
        self.connection()
            .query_row(
                "SELECT story_id FROM story_articles WHERE article_id = ?1",
                [article],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.stories_err())
    }
}

/// A story's row from `SELECT id, title, first_date, last_date, articles`; its independent
/// reports and actors are filled in afterwards.
fn story_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoryRow> {
    Ok(StoryRow {
        id: r.get(0)?,
        title: r.get(1)?,
        first_date: r.get(2)?,
        last_date: r.get(3)?,
        articles: r.get::<_, i64>(4)? as u64,
        independent: 0,
        actors: Vec::new(),
    })
}
