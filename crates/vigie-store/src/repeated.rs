//! The counts of `vigie_analysis::repeated` in the store's tables (migration 9), read and
//! written inside the transaction that stores a batch: the counts always agree with the
//! articles stored, and ingesting the same input again adds nothing (only new articles are
//! counted).

use rusqlite::{params, OptionalExtension, Transaction};
use vigie_analysis::repeated::{LineCount, RepeatState};

pub(crate) struct SqlRepeats<'a> {
    pub tx: &'a Transaction<'a>,
}

fn ids(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

impl RepeatState for SqlRepeats<'_> {
    type Error = rusqlite::Error;

    fn body_groups(&mut self, outlet: &str, fp: u64) -> rusqlite::Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT copy_group FROM outlet_bodies WHERE outlet = ?1 AND fingerprint = ?2",
        )?;
        let rows = stmt.query_map(params![outlet, fp as i64], |r| r.get(0))?;
        rows.collect()
    }

    fn add_body(&mut self, outlet: &str, fp: u64, group: &str) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "INSERT OR IGNORE INTO outlet_bodies (outlet, fingerprint, copy_group) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![outlet, fp as i64, group])?;
        Ok(())
    }

    fn line(&mut self, outlet: &str, fp: u64) -> rusqlite::Result<Option<LineCount>> {
        self.tx
            .prepare_cached(
                "SELECT articles, groups, members FROM outlet_lines WHERE outlet = ?1 AND fingerprint = ?2",
            )?
            .query_row(params![outlet, fp as i64], |r| {
                Ok(LineCount {
                    articles: r.get::<_, i64>(0)? as usize,
                    groups: ids(&r.get::<_, String>(1)?),
                    members: ids(&r.get::<_, String>(2)?),
                })
            })
            .optional()
    }

    fn set_line(&mut self, outlet: &str, fp: u64, c: &LineCount) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "INSERT OR REPLACE INTO outlet_lines (outlet, fingerprint, articles, groups, members) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                outlet,
                fp as i64,
                c.articles as i64,
                c.groups.join(" "),
                c.members.join(" ")
            ])?;
        Ok(())
    }
}
