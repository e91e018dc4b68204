//! The stored events read straight from the `annotations` table, without loading documents:
//! what `vigie trend` counts. Loading every document (text and all its annotations) to read a
//! few event rows is far too slow for an answer expected in well under a second; this reads
//! only the rows of the `event` layer (index `annotations_layer`), with each article's
//! publication date and the original it copies.

use std::collections::HashMap;

use vigie_core::{AnnotationData, Event};

use crate::{Result, Store, StoreError};

/// One stored event with what its article says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub article: String,
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
                "SELECT a.article_id, ar.published, a.data FROM annotations a
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
            let event = match serde_json::from_str::<AnnotationData>(data) {
                Ok(AnnotationData::Event(e)) => e,
                Ok(_) => continue,
                Err(e) => {
                    return Err(StoreError::Corrupt {
                        article,
                        reason: format!("an event annotation: {e}"),
                    })
                }
            };
            f(StoredEvent {
                copy_of: copies.get(&article).cloned(),
                published: row.get(1).map_err(&err)?,
                article,
                event,
            });
        }
        Ok(())
    }
}
