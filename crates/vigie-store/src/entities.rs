//! Actors as the store sees them: mention counts per actor, and every surface form of one actor
//! with where it was seen. Both read the `annotations` table (layer `mention`) with SQLite's JSON
//! functions; nothing is cached, so the answers always agree with what is stored.

use std::collections::BTreeMap;

use serde::Serialize;
use vigie_core::MentionHow;

use crate::{Result, Store, StoreError};

/// One actor with how often it is mentioned. Unlinked mentions are grouped by their canonical
/// (grouped surface) form and have no `actor`.
#[derive(Debug, Clone, Serialize)]
pub struct ActorCount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    pub canonical: String,
    pub entity_type: String,
    pub mentions: u64,
    pub articles: u64,
}

/// One mention of an actor: its surface form, article, language and span.
#[derive(Debug, Clone, Serialize)]
pub struct ActorMention {
    pub article: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub surface: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub how: String,
}

/// The spellings of an actor: its mentions grouped by (language, surface form), each group
/// the positions of its mentions in `mentions`; `-` stands for an article without a language.
pub fn forms_of(mentions: &[ActorMention]) -> BTreeMap<(String, String), Vec<usize>> {
    let mut forms: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let language = m.language.clone().unwrap_or_else(|| "-".into());
        forms
            .entry((language, m.surface.clone()))
            .or_default()
            .push(i);
    }
    forms
}

impl Store {
    fn sql_err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| crate::sqlite_error(self.dir.join("vigie.sqlite"), source)
    }

    /// Actors by number of mentions, most mentioned first; `entity_type` filters (`person`,
    /// `country`…); `include_unlinked` adds unlinked names grouped by form.
    pub fn actor_counts(
        &self,
        entity_type: Option<vigie_core::EntityType>,
        include_unlinked: bool,
        limit: usize,
    ) -> Result<Vec<ActorCount>> {
        let mut stmt = self
            .connection()
            .prepare(
                "SELECT json_extract(data, '$.actor') AS actor,
                        MIN(json_extract(data, '$.canonical')),
                        MIN(json_extract(data, '$.entity_type')),
                        COUNT(*), COUNT(DISTINCT article_id)
                 FROM annotations
                 WHERE layer = 'mention'
                   -- Pronouns and descriptions the coreference stage resolved are not names.
                   AND COALESCE(json_extract(data, '$.how'), '') != ?4
                   AND (?1 IS NULL OR json_extract(data, '$.entity_type') = ?1)
                   AND (?2 OR json_extract(data, '$.actor') IS NOT NULL)
                 GROUP BY COALESCE(actor, '~' || json_extract(data, '$.canonical'))
                 ORDER BY COUNT(*) DESC, 2
                 LIMIT ?3",
            )
            .map_err(self.sql_err())?;
        let rows = stmt
            .query_map(
                rusqlite::params![
                    entity_type.map(vigie_core::EntityType::as_str),
                    include_unlinked,
                    limit as i64,
                    MentionHow::Coreference.as_str()
                ],
                |r| {
                    Ok(ActorCount {
                        actor: r.get(0)?,
                        canonical: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                        entity_type: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                        mentions: r.get::<_, i64>(3)? as u64,
                        articles: r.get::<_, i64>(4)? as u64,
                    })
                },
            )
            .map_err(self.sql_err())?;
        rows.collect::<std::result::Result<_, _>>()
            .map_err(self.sql_err())
    }

    /// Every mention of the actor `actor` (a knowledge-base id), or, when `actor` is not linked
    /// anywhere, of the unlinked name whose canonical form is `actor`; in article order.
    pub fn actor_mentions(&self, actor: &str) -> Result<Vec<ActorMention>> {
        let mut stmt = self
            .connection()
            .prepare(
                "SELECT a.article_id, ar.language, substr(CAST(ar.text AS BLOB), a.start + 1, a.end - a.start),
                        a.start, a.end, json_extract(a.data, '$.code'), json_extract(a.data, '$.how')
                 FROM annotations a JOIN articles ar ON ar.id = a.article_id
                 WHERE a.layer = 'mention'
                   AND COALESCE(json_extract(a.data, '$.how'), '') != ?2
                   AND (json_extract(a.data, '$.actor') = ?1
                        OR (json_extract(a.data, '$.actor') IS NULL
                            AND json_extract(a.data, '$.canonical') = ?1))
                 ORDER BY a.article_id, a.start",
            )
            .map_err(self.sql_err())?;
        let rows = stmt
            .query_map([actor, MentionHow::Coreference.as_str()], |r| {
                let bytes: Vec<u8> = r.get(2)?;
                Ok(ActorMention {
                    article: r.get(0)?,
                    language: r.get(1)?,
                    surface: String::from_utf8_lossy(&bytes).into_owned(),
                    start: r.get::<_, i64>(3)? as usize,
                    end: r.get::<_, i64>(4)? as usize,
                    code: r.get(5)?,
                    how: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                })
            })
            .map_err(self.sql_err())?;
        rows.collect::<std::result::Result<_, _>>()
            .map_err(self.sql_err())
    }
}
