//! `vigie stories` (stories, most recent first, with their span of dates, article counts —
//! independent reports apart from copies — and actors) and `vigie story ID` (one story with its
//! articles, copies marked). Stories and copies are assigned at ingest (`vigie-analysis`).

use std::path::Path;
use std::process::ExitCode;

use anyhow::bail;
use vigie_store::stories::StoryFilter;

use crate::args::{self, DateBound, Limit};
use crate::output;

#[derive(clap::Args)]
pub struct ListArgs {
    /// Only stories with an article published on or after this date (YYYY-MM-DD, YYYY-MM or
    /// YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub since: Option<DateBound>,
    /// Only stories naming this actor (a knowledge-base id: `BLR`, `person:alexander_lukashenko`).
    #[arg(long, value_parser = args::actor_id)]
    pub actor: Option<String>,
    /// At most this many stories (0: all).
    #[arg(long, value_parser = args::limit, default_value = "50")]
    pub limit: Limit,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// Story id (the id of the article that opened it), or any unique prefix of it.
    pub id: String,
    /// The story, its actors and its articles as one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub fn list(data_dir: &Path, args: ListArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let rows = store.stories(&StoryFilter {
        since: args.since.map(|d| d.0),
        actor: args.actor,
        limit: None,
    })?;
    let (rows, total) = args.limit.cut(rows);
    output::ok_if_closed((|| {
        if !args.json && !rows.is_empty() {
            output::line(&format!(
                "{:<12}  {:<23}  {:>8}  {:>11}  title",
                "story", "dates", "articles", "independent"
            ))?;
        }
        for s in &rows {
            if args.json {
                output::json_line(s)?;
            } else {
                output::line(&format!(
                    "{:<12}  {:<23}  {:>8}  {:>11}  {}",
                    &s.id[..s.id.len().min(12)],
                    span(s.first_date.as_deref(), s.last_date.as_deref()),
                    s.articles,
                    s.independent,
                    output::truncate(&s.title, 80)
                ))?;
            }
        }
        Ok(())
    })())?;
    if total == 0 {
        crate::diag!("no story matches");
    }
    args::note_cut(rows.len(), total);
    Ok(ExitCode::SUCCESS)
}

pub fn show(data_dir: &Path, args: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let Some(story) = store.story(&args.id)? else {
        bail!("no story with id {:?} in {}", args.id, data_dir.display());
    };
    if args.json {
        output::ok_if_closed(output::json_line(&story))?;
        return Ok(ExitCode::SUCCESS);
    }
    let s = &story.story;
    let mut out = vec![
        format!("story:     {}", s.id),
        format!("title:     {}", s.title),
        format!(
            "dates:     {}",
            span(s.first_date.as_deref(), s.last_date.as_deref())
        ),
        format!(
            "articles:  {} ({} independent, {} copies)",
            s.articles,
            s.independent,
            s.articles.saturating_sub(s.independent)
        ),
    ];
    if !story.actor_counts.is_empty() {
        out.push(format!(
            "actors:    {}",
            story
                .actor_counts
                .iter()
                .map(|(a, n)| format!("{a} ({n})"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out.push(String::new());
    for m in &story.members {
        let copy = m.copy_of.as_ref().map_or(String::new(), |c| {
            format!(
                "  [{} of {} ({:.2})]",
                if c.kind == "translation" {
                    "translation"
                } else {
                    "copy"
                },
                &c.original[..c.original.len().min(12)],
                c.similarity
            )
        });
        out.push(format!(
            "{:<12}  {:<10}  {:<22}  {}{}",
            &m.id[..m.id.len().min(12)],
            m.published
                .as_deref()
                .map_or("-", |d| &d[..d.len().min(10)]),
            output::truncate(m.outlet.as_deref().unwrap_or("-"), 22),
            m.title.as_deref().unwrap_or("(no title)"),
            copy
        ));
    }
    output::ok_if_closed(out.iter().try_for_each(|l| output::line(l)))?;
    Ok(ExitCode::SUCCESS)
}

/// `first – last`, one date when they agree, `-` when undated.
fn span(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f != l => format!("{f} – {l}"),
        (Some(f), _) => f.to_string(),
        (None, Some(l)) => l.to_string(),
        (None, None) => "-".into(),
    }
}
