//! `vigie stats`: what the store holds, and whether the search index agrees with the database.

use std::path::Path;
use std::process::ExitCode;

use vigie_store::Store;

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub json: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let s = store.stats()?;
    let consistent = s.articles == s.indexed_documents && s.unindexed_articles == 0;
    if args.json {
        let mut v = serde_json::to_value(&s)?;
        v["consistent"] = consistent.into();
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
