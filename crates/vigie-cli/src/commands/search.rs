//! `vigie search QUERY`: ranked hits with highlighted snippets.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use vigie_store::{SearchQuery, Store};

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Query: words (all must match), "exact phrases", -excluded, OR.
    #[arg(required = true)]
    pub query: Vec<String>,
    #[arg(long)]
    pub language: Option<String>,
    /// Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub since: Option<String>,
    /// Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub until: Option<String>,
    /// Only articles mentioning this actor (knowledge-base id like BLR or a CAMEO code like BLRMIL).
    #[arg(long)]
    pub actor: Option<String>,
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let query = SearchQuery {
        text: args.query.join(" "),
        language: args.language,
        since: args.since,
        until: args.until,
        actor: args.actor,
        limit: args.limit,
    };
    let hits = store.search(&query)?;
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
    if hits.is_empty() && !args.json {
        eprintln!("no match");
    }
    Ok(ExitCode::SUCCESS)
}
