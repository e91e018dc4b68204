//! `vigie search QUERY`: ranked hits with highlighted snippets.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use vigie_store::SearchQuery;

use crate::args::{self, DateBound, Limit};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Query: words (all must match), "exact phrases", -excluded, OR.
    #[arg(required = true, value_parser = args::query_text)]
    pub query: Vec<String>,
    /// Only articles in this language (ISO 639-1 code: fr, en, de, es, it, uk, ru).
    #[arg(long, value_parser = args::language)]
    pub language: Option<String>,
    /// Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub since: Option<DateBound>,
    /// Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub until: Option<DateBound>,
    /// Only articles mentioning this actor (knowledge-base id like BLR or a CAMEO code like BLRMIL).
    #[arg(long)]
    pub actor: Option<String>,
    /// At most this many hits (0: all).
    #[arg(long, value_parser = args::limit, default_value = "10")]
    pub limit: Limit,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let query = SearchQuery {
        text: args.query.join(" "),
        language: args.language,
        since: args.since.map(|d| d.0),
        until: args.until.map(|d| d.0),
        actor: args.actor,
        limit: args.limit.0.unwrap_or(usize::MAX),
        snippets: None,
    };
    let (hits, total) = store.search_counted(&query)?;
    let (open, close) = if std::io::stdout().is_terminal() {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("**", "**")
    };
    output::ok_if_closed((|| {
        for hit in &hits {
            if args.json {
                output::json_line(hit)?;
            } else {
                output::line(&format!(
                    "{:<12}  {:>6.2}  {:<10}  {:<3}  {}",
                    &hit.id[..12],
                    hit.score,
                    hit.published
                        .as_deref()
                        .map_or("-", |d| &d[..d.len().min(10)]),
                    hit.language.as_deref().unwrap_or("-"),
                    hit.title.as_deref().unwrap_or("(no title)")
                ))?;
                output::line(&format!(
                    "    {}",
                    hit.marked_snippet(open, close).replace('\n', " ")
                ))?;
            }
        }
        Ok(())
    })())?;
    if hits.is_empty() {
        crate::diag!("no match");
    }
    args::note_cut(hits.len(), total);
    Ok(ExitCode::SUCCESS)
}
