//! The stored events, read without loading documents. Loading every document (text and all
//! its annotations) to read a few event rows is far too slow for an answer expected in well
//! under a second, so:
//! - [`Store::for_each_event`] reads only the rows of the `event` layer (index
//!   `annotations_layer`), with each article's publication date and the original it copies;
//! - [`Store::for_each_event_fact`] reads `event_facts` (migration 7): who each event is
//!   between, keyed by source and target, with what `vigie trend` counts, so the events of a
//!   pair are one range of rows; [`Store::for_each_event_between`] reads those events whole.

use std::collections::{HashMap, HashSet};

use rusqlite::params;

use vigie_core::{AnnotationData, Event};

use crate::{Result, Store, StoreError};

/// One stored event with what its article says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub article: String,
    /// The event's place among its article's annotations.
    pub seq: i64,
    /// The article's publication date as stored (ISO 8601).
    pub published: Option<String>,
    /// The article this one copies (`copies`), when it is a copy.
    pub copy_of: Option<String>,
    pub event: Event,
}

impl Store {
    /// Calls `f` with every stored event, in storage order. `keep` sees the raw JSON of each
    /// event first: returning false skips it without parsing (a cheap prefilter; it must only
    /// drop events `f` would drop too).
    pub fn for_each_event(
        &self,
        keep: &dyn Fn(&str) -> bool,
        f: &mut dyn FnMut(StoredEvent),
    ) -> Result<()> {
        let path = self.dir().join(crate::DB_FILE);
        let err = |source| crate::sqlite_error(path.clone(), source);
        let conn = self.connection();
        let has_copies: bool = conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'copies'",
                [],
                |r| r.get(0),
            )
            .map_err(&err)?;
        let mut copies: HashMap<String, String> = HashMap::new();
        if has_copies {
            let mut stmt = conn
                .prepare("SELECT article_id, original_id FROM copies")
                .map_err(&err)?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .map_err(&err)?;
            for row in rows {
                let (a, o) = row.map_err(&err)?;
                copies.insert(a, o);
            }
        }
        // Through the covering index of migration 4 where the store has it (a reader of an
        // older store goes without it: the same rows, slower).
        let covering: bool = conn
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = 'articles_id_published'",
                [],
                |r| r.get(0),
            )
            .map_err(&err)?;
        let mut stmt = conn
            .prepare(&format!(
                "SELECT a.article_id, ar.published, a.data, a.seq FROM annotations a
                 JOIN articles ar {} ON ar.id = a.article_id
                 WHERE a.layer = 'event'",
                if covering {
                    "INDEXED BY articles_id_published"
                } else {
                    ""
                }
            ))
            .map_err(&err)?;
        let mut rows = stmt.query([]).map_err(&err)?;
        while let Some(row) = rows.next().map_err(&err)? {
            let data: &str = row
                .get_ref(2)
                .and_then(|v| v.as_str().map_err(Into::into))
                .map_err(&err)?;
            if !keep(data) {
                continue;
            }
            let article: String = row.get(0).map_err(&err)?;
            let Some(event) = event_of(&article, data)? else {
                continue;
            };
            f(StoredEvent {
                copy_of: copies.get(&article).cloned(),
                seq: row.get(3).map_err(&err)?,
                published: row.get(1).map_err(&err)?,
                article,
                event,
            });
        }
        Ok(())
    }

    /// Calls `f` with what `vigie trend` counts of each stored event whose source passes
    /// `source` and whose target passes `target` (each a test of an actor's code and name;
    /// `None`: any actor), in the order of the actors' rows, then of article ids and places in
    /// the article. Through the table of migration 7: the distinct actors are tested once
    /// each and a pair's events are one range of rows, so a pair's events cost what they are,
    /// not what the store holds. A store without that table (read before a writer migrated
    /// it) is read in full, with the same facts.
    pub fn for_each_event_fact(
        &self,
        source: Option<&ActorTest<'_>>,
        target: Option<&ActorTest<'_>>,
        f: &mut dyn FnMut(EventFact),
    ) -> Result<()> {
        let path = self.dir().join(crate::DB_FILE);
        let err = |source| crate::sqlite_error(path.clone(), source);
        let conn = self.connection();
        if !self.has_event_facts()? {
            return self.for_each_event(&|_| true, &mut |s| {
                let e = &s.event;
                if passes(source, &e.source_code, &e.source)
                    && passes(target, &e.target_code, &e.target)
                {
                    f(EventFact::of_stored(s));
                }
            });
        }
        let actors = self.event_actors()?;
        let wanted = |test: Option<&ActorTest<'_>>| -> Vec<i64> {
            actors
                .iter()
                .filter(|(_, (code, name))| passes(test, code, name))
                .map(|(&id, _)| id)
                .collect()
        };
        let (sources, targets) = (wanted(source), wanted(target));
        // From the side that was asked (the source when both or neither were): one range of
        // the primary key per source, one index range per target.
        let by_source = source.is_some() || target.is_none();
        let keep_target: Option<HashSet<i64>> =
            (by_source && target.is_some()).then(|| targets.iter().copied().collect());
        let mut stmt = conn
            .prepare(&format!(
                "SELECT f.source, f.target, f.article_id, f.seq, f.cameo, f.goldstein, f.date,
                        f.published, f.place, f.negated, f.hypothetical, c.original_id
                 FROM event_facts f LEFT JOIN copies c ON c.article_id = f.article_id
                 WHERE f.{} = ?1",
                if by_source { "source" } else { "target" }
            ))
            .map_err(&err)?;
        let name = |id: i64| actors.get(&id).cloned().unwrap_or_default();
        for id in if by_source { &sources } else { &targets } {
            let mut rows = stmt.query([id]).map_err(&err)?;
            while let Some(row) = rows.next().map_err(&err)? {
                let (s, t): (i64, i64) = (row.get(0).map_err(&err)?, row.get(1).map_err(&err)?);
                if keep_target.as_ref().is_some_and(|k| !k.contains(&t)) {
                    continue;
                }
                let ((source_code, source), (target_code, target)) = (name(s), name(t));
                f(EventFact {
                    article: row.get(2).map_err(&err)?,
                    seq: row.get(3).map_err(&err)?,
                    source,
                    source_code,
                    target,
                    target_code,
                    cameo: row.get(4).map_err(&err)?,
                    goldstein: row.get(5).map_err(&err)?,
                    date: row.get(6).map_err(&err)?,
                    published: row.get(7).map_err(&err)?,
                    place: row.get(8).map_err(&err)?,
                    negated: row.get(9).map_err(&err)?,
                    hypothetical: row.get(10).map_err(&err)?,
                    copy_of: row.get(11).map_err(&err)?,
                });
            }
        }
        Ok(())
    }

    /// Calls `f` with the stored events whose actors pass the tests, as
    /// [`Store::for_each_event_fact`] finds them, each read whole, in the order of article
    /// ids and places in the article.
    pub fn for_each_event_between(
        &self,
        source: Option<&ActorTest<'_>>,
        target: Option<&ActorTest<'_>>,
        f: &mut dyn FnMut(StoredEvent),
    ) -> Result<()> {
        if !self.has_event_facts()? || (source.is_none() && target.is_none()) {
            return self.for_each_event(&|_| true, &mut |s| {
                let e = &s.event;
                if passes(source, &e.source_code, &e.source)
                    && passes(target, &e.target_code, &e.target)
                {
                    f(s);
                }
            });
        }
        let mut keys: Vec<(String, i64)> = Vec::new();
        self.for_each_event_fact(source, target, &mut |fact| {
            keys.push((fact.article, fact.seq))
        })?;
        keys.sort_unstable();
        let path = self.dir().join(crate::DB_FILE);
        let err = |source| crate::sqlite_error(path.clone(), source);
        let mut stmt = self
            .connection()
            .prepare(
                "SELECT ar.published, a.data, c.original_id FROM annotations a
                 JOIN articles ar INDEXED BY articles_id_published ON ar.id = a.article_id
                 LEFT JOIN copies c ON c.article_id = a.article_id
                 WHERE a.article_id = ?1 AND a.seq = ?2",
            )
            .map_err(&err)?;
        for (article, seq) in keys {
            let mut rows = stmt.query(params![article, seq]).map_err(&err)?;
            let Some(row) = rows.next().map_err(&err)? else {
                continue;
            };
            let data: &str = row
                .get_ref(1)
                .and_then(|v| v.as_str().map_err(Into::into))
                .map_err(&err)?;
            let Some(event) = event_of(&article, data)? else {
                continue;
            };
            f(StoredEvent {
                published: row.get(0).map_err(&err)?,
                copy_of: row.get(2).map_err(&err)?,
                article,
                seq,
                event,
            });
        }
        Ok(())
    }

    fn has_event_facts(&self) -> Result<bool> {
        let path = self.dir().join(crate::DB_FILE);
        self.connection()
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'event_facts'",
                [],
                |r| r.get(0),
            )
            .map_err(|source| crate::sqlite_error(path, source))
    }

    /// The rows of `event_actors`: id → (code, name), `None` for ''.
    fn event_actors(&self) -> Result<HashMap<i64, CodeAndName>> {
        let path = self.dir().join(crate::DB_FILE);
        let err = |source| crate::sqlite_error(path.clone(), source);
        let mut stmt = self
            .connection()
            .prepare("SELECT id, code, name FROM event_actors ORDER BY id")
            .map_err(&err)?;
        let rows = stmt
            .query_map([], |r| {
                let text = |t: String| (!t.is_empty()).then_some(t);
                Ok((r.get(0)?, (text(r.get(1)?), text(r.get(2)?))))
            })
            .map_err(&err)?;
        rows.collect::<std::result::Result<_, _>>().map_err(&err)
    }
}

/// The event of an `event` annotation's JSON (`None` for another layer's), or why the row is
/// corrupt.
fn event_of(article: &str, data: &str) -> Result<Option<Event>> {
    match serde_json::from_str::<AnnotationData>(data) {
        Ok(AnnotationData::Event(e)) => Ok(Some(e)),
        Ok(_) => Ok(None),
        Err(e) => Err(StoreError::Corrupt {
            article: article.to_string(),
            reason: format!("an event annotation: {e}"),
        }),
    }
}

fn passes(test: Option<&ActorTest<'_>>, code: &Option<String>, name: &Option<String>) -> bool {
    test.is_none_or(|t| t(code.as_deref(), name.as_deref()))
}

/// What `vigie trend` counts of one stored event (table `event_facts`).
#[derive(Debug, Clone, PartialEq)]
pub struct EventFact {
    pub article: String,
    /// The event's place among its article's annotations.
    pub seq: i64,
    pub source: Option<String>,
    pub source_code: Option<String>,
    pub target: Option<String>,
    pub target_code: Option<String>,
    pub cameo: String,
    pub goldstein: f64,
    /// The event's own date (ISO 8601), when the text gives one.
    pub date: Option<String>,
    /// Its article's publication date as stored.
    pub published: Option<String>,
    pub place: Option<String>,
    pub negated: bool,
    pub hypothetical: bool,
    /// The article its article copies, when it is a copy.
    pub copy_of: Option<String>,
}

impl EventFact {
    fn of_stored(s: StoredEvent) -> EventFact {
        let e = s.event;
        EventFact {
            article: s.article,
            seq: s.seq,
            source: e.source,
            source_code: e.source_code,
            target: e.target,
            target_code: e.target_code,
            cameo: e.cameo,
            goldstein: e.goldstein,
            date: e.date,
            published: s.published,
            place: e.location,
            negated: e.negated,
            hypothetical: e.hypothetical.is_some(),
            copy_of: s.copy_of,
        }
    }
}

/// An event actor's code and name, each when known.
type CodeAndName = (Option<String>, Option<String>);

/// A test of an event's actor: its code and its name, each when known.
pub type ActorTest<'a> = dyn Fn(Option<&str>, Option<&str>) -> bool + 'a;
