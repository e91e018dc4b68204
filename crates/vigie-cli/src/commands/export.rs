//! `vigie export [articles|events]`: what is stored, as JSON Lines (re-ingestable) or CSV;
//! events also as GDELT 2.0 event-table rows (`--format gdelt`).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;
use vigie_core::{Annotation, Document, Metadata};
use vigie_store::Store;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
    /// Events only: tab-separated rows in the GDELT 2.0 event table's column order.
    Gdelt,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Subject {
    #[default]
    Articles,
    Events,
}

#[derive(clap::Args)]
pub struct Args {
    /// What to export (default: articles).
    #[arg(value_enum)]
    pub subject: Option<Subject>,
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Output file (default: stdout).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// One exported article. The top-level `text`, `url`, `title`, `published`, `outlet`,
/// `language` fields are those `vigie ingest` reads, so an export can be ingested again and
/// yields the same article ids.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    text: &'a str,
    #[serde(flatten)]
    meta: &'a Metadata,
    sources: Vec<String>,
    annotations: &'a [Annotation],
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(File::create(p).with_context(|| format!("creating {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    if args.subject == Some(Subject::Events) {
        let format = match args.format {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Gdelt => "gdelt",
        };
        crate::commands::events::export(&store, format, &mut out)?;
    } else {
        match args.format {
            Format::Gdelt => {
                anyhow::bail!("--format gdelt is for events: `vigie export events --format gdelt`")
            }
            Format::Jsonl => {
                store.for_each_document(&mut |doc: Document| {
                    let sources = store.sources(doc.id.as_str()).unwrap_or_default();
                    let record = Record {
                        id: doc.id.as_str(),
                        text: &doc.text,
                        meta: &doc.meta,
                        sources,
                        annotations: &doc.annotations,
                    };
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")
                })?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record([
                    "id",
                    "published",
                    "language",
                    "outlet",
                    "title",
                    "url",
                    "author",
                    "sources",
                    "annotations",
                    "text",
                ])?;
                let mut failed = None;
                store.for_each_document(&mut |doc: Document| {
                    let sources = store
                        .sources(doc.id.as_str())
                        .unwrap_or_default()
                        .join(" | ");
                    let m = &doc.meta;
                    let row = [
                        doc.id.as_str(),
                        m.published.as_deref().unwrap_or(""),
                        m.language.as_deref().unwrap_or(""),
                        m.outlet.as_deref().unwrap_or(""),
                        m.title.as_deref().unwrap_or(""),
                        m.url.as_deref().unwrap_or(""),
                        m.author.as_deref().unwrap_or(""),
                        &sources,
                        &doc.annotations.len().to_string(),
                        &doc.text,
                    ];
                    w.write_record(row).map_err(|e| {
                        failed = Some(e.to_string());
                        io::Error::other("csv")
                    })
                })?;
                if let Some(e) = failed {
                    anyhow::bail!("writing CSV: {e}");
                }
                w.flush()?;
            }
        }
    }
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(ExitCode::SUCCESS)
}
