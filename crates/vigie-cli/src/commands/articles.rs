//! `vigie articles`: what is stored.

use std::path::Path;
use std::process::ExitCode;

use vigie_store::{ArticleFilter, Store};

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Only articles in this language (ISO 639-1 code).
    #[arg(long)]
    pub language: Option<String>,
    /// Only articles published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only articles published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub limit: Option<usize>,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let rows = store.articles(&ArticleFilter {
        language: args.language,
        since: args.since,
        until: args.until,
        limit: args.limit,
    })?;
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
    Ok(ExitCode::SUCCESS)
}
