//! `vigie stats`: what the store holds, and whether it can be trusted: SQLite's quick check of
//! the database file, and whether the search index is the one the database describes (see
//! `vigie_store` for the stamp both keep). `--check` runs the full checks (SQLite's integrity
//! check, the index files' checksums, the id sets of both compared); `--repair` takes the
//! writer lock and rebuilds a damaged index from the database.
//!
//! Reads never write: without `--repair` the store is opened read-only.

use std::path::Path;
use std::process::ExitCode;

use vigie_store::Store;

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub json: bool,
    /// Full check: SQLite's integrity check, index file checksums, and the article ids of the
    /// database and the index compared one by one.
    #[arg(long)]
    pub check: bool,
    /// Rebuild a damaged search index from the database first (takes the writer lock).
    #[arg(long)]
    pub repair: bool,
    /// With --repair, wait for a running `vigie ingest` instead of failing.
    #[arg(long, requires = "repair")]
    pub wait: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    if args.repair {
        if !data_dir.join("vigie.sqlite").is_file() {
            return Err(vigie_store::StoreError::NoStore {
                path: data_dir.into(),
            }
            .into());
        }
        let writer = Store::open_writer(data_dir, args.wait)?;
        for notice in writer.notices() {
            crate::diag!("{notice}");
        }
    }
    let store = Store::open_reader(data_dir)?;
    let s = store.stats()?;
    let database_problems = if args.check {
        Vec::new()
    } else {
        store.quick_check()?
    };
    let report = if args.check {
        Some(store.check()?)
    } else {
        None
    };
    let consistent = s.articles == s.indexed_documents
        && s.unindexed_articles == 0
        && s.index_problem.is_none()
        && database_problems.is_empty()
        && report.as_ref().is_none_or(|r| r.is_ok());
    if args.json {
        let mut v = serde_json::to_value(&s)?;
        v["consistent"] = consistent.into();
        if !args.check {
            v["database_problems"] = serde_json::to_value(&database_problems)?;
        }
        if let Some(r) = &report {
            v["check"] = serde_json::to_value(r)?;
        }
        output::ok_if_closed(output::json_line(&v))?;
    } else {
        let mut lines = vec![
            format!("articles:          {}", s.articles),
            format!("sources:           {}", s.sources),
            format!("annotations:       {}", s.annotations),
        ];
        for (layer, n) in &s.annotations_by_layer {
            lines.push(format!("  {layer:<16} {n}"));
        }
        lines.push(format!("indexed documents: {}", s.indexed_documents));
        lines.push(format!("schema version:    {}", s.schema_version));
        if !args.check {
            lines.push(format!(
                "database:          {}",
                verdict(&database_problems)
            ));
        }
        if let Some(problem) = &s.index_problem {
            lines.push(format!(
                "index:             the index {problem}; `vigie stats --check --repair` rebuilds it"
            ));
        }
        if let Some(r) = &report {
            lines.push(format!(
                "integrity check:   {}",
                verdict(&r.database_problems)
            ));
            lines.push(format!(
                "index files:       {}",
                verdict(&r.index_file_problems)
            ));
            lines.push(format!(
                "id sets:           {} indexed in the database, {} in the index, {} missing from the index{}, {} unexpected in the index{}",
                r.indexed_in_database,
                r.documents_in_index,
                r.missing_from_index,
                examples(&r.missing_examples),
                r.unexpected_in_index,
                examples(&r.unexpected_examples),
            ));
            if r.pending > 0 {
                lines.push(format!(
                    "pending:           {} articles not yet indexed (the next ingest indexes them)",
                    r.pending
                ));
            }
        }
        lines.push(format!(
            "consistent:        {}",
            if consistent { "yes" } else { "NO" }
        ));
        output::ok_if_closed(lines.iter().try_for_each(|l| output::line(l)))?;
    }
    Ok(if consistent {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

fn verdict(problems: &[String]) -> String {
    if problems.is_empty() {
        "ok".into()
    } else {
        format!("DAMAGED: {}", problems.join("; "))
    }
}

fn examples(ids: &[String]) -> String {
    if ids.is_empty() {
        String::new()
    } else {
        format!(" (e.g. {})", ids.join(", "))
    }
}
