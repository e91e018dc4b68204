//! `vigie articles`: what is stored.

use std::path::Path;
use std::process::ExitCode;

use vigie_store::ArticleFilter;

use crate::args::{self, DateBound, Limit};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Only articles in this language (ISO 639-1 code: fr, en, de, es, it, uk, ru).
    #[arg(long, value_parser = args::language)]
    pub language: Option<String>,
    /// Only articles published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub since: Option<DateBound>,
    /// Only articles published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub until: Option<DateBound>,
    /// At most this many rows (default 0: all).
    #[arg(long, value_parser = args::limit, default_value = "0")]
    pub limit: Limit,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let rows = store.articles(&ArticleFilter {
        language: args.language,
        since: args.since.map(|d| d.0),
        until: args.until.map(|d| d.0),
        limit: None,
        after: None,
    })?;
    let (rows, total) = args.limit.cut(rows);
    output::ok_if_closed((|| {
        for row in &rows {
            if args.json {
                output::json_line(row)?;
            } else {
                output::line(&format!(
                    "{:<12}  {:<10}  {:<5}  {:<22}  {}",
                    &row.id[..12],
                    row.published
                        .as_deref()
                        .map_or("-", |d| &d[..d.len().min(10)]),
                    row.language.as_deref().unwrap_or("-"),
                    output::truncate(row.outlet.as_deref().unwrap_or("-"), 22),
                    row.title.as_deref().unwrap_or("(no title)")
                ))?;
            }
        }
        Ok(())
    })())?;
    if total == 0 {
        crate::diag!("no article matches");
    }
    args::note_cut(rows.len(), total);
    Ok(ExitCode::SUCCESS)
}
