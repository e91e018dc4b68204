//! `vigie export [articles|events|quotes|mentions]`: what is stored, as JSON Lines, CSV or
//! Parquet (one file per subject); events also as GDELT 2.0 event-table rows (`--format gdelt`).
//!
//! Every span is written with byte offsets (`start`, `end`: Rust `&text[start..end]`), character
//! offsets (`char_start`, `char_end`: Unicode scalar values, Python `text[char_start:char_end]`)
//! and its words. Dates are `YYYY-MM-DD` (the first day of the period for a month or a year)
//! with a `*_granularity` column (`day`, `month`, `year`); in Parquet they are `Date32`.
//! Events are exported when asserted as real; `--include-negated` and `--include-hypothetical`
//! add the others, with their modality in columns of their own.

mod dates;
mod table;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;
use vigie_core::{AnnotationData, AnnotationView, Document, Layer, Metadata, SpanView};
use vigie_events::CameoTable;

pub use dates::{ExportDate, Published};
use table::{col, Column, CsvSink, JsonlSink, Kind, ParquetSink, Sink, Value};

use crate::commands::events::{self, EventRow};
use crate::commands::quotes::{self, QuoteRow};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
    /// Events only: tab-separated rows in the GDELT 2.0 event table's column order.
    Gdelt,
    /// Apache Parquet (Snappy), typed columns; needs `--output FILE`.
    Parquet,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Subject {
    #[default]
    Articles,
    Events,
    Quotes,
    /// Names and descriptions of actors, linked or not.
    Mentions,
}

#[derive(clap::Args)]
pub struct Args {
    /// What to export (default: articles).
    #[arg(value_enum)]
    pub subject: Option<Subject>,
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Output file (default: stdout; Parquet needs a file).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Events: also export hypothetical events (intents, predictions, conditions); their
    /// modality is in the `hypothetical` column (GDELT: an extra column after GDELT's 61).
    #[arg(long)]
    pub include_hypothetical: bool,
    /// Events: also export negated events ("did not attack"), marked in the `negated` column
    /// (GDELT: an extra column after GDELT's 61).
    #[arg(long)]
    pub include_negated: bool,
    /// GDELT: first write a line with the GDELT 2.0 column names (CSV always has a header).
    #[arg(long)]
    pub header: bool,
}

/// Which events an export writes.
#[derive(Clone, Copy)]
pub struct EventSelection {
    pub negated: bool,
    pub hypothetical: bool,
}

impl EventSelection {
    fn keeps(&self, r: &EventRow) -> bool {
        (self.negated || !r.event.negated) && (self.hypothetical || r.event.hypothetical.is_none())
    }
    /// True when rows may carry a modality GDELT has no column for.
    fn any(&self) -> bool {
        self.negated || self.hypothetical
    }
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let subject = args.subject.unwrap_or_default();
    if args.format == Format::Gdelt && subject != Subject::Events {
        anyhow::bail!("--format gdelt is for events: `vigie export events --format gdelt`");
    }
    if subject != Subject::Events && (args.include_hypothetical || args.include_negated) {
        anyhow::bail!("--include-hypothetical and --include-negated are for `vigie export events`");
    }
    if args.header && args.format != Format::Gdelt {
        anyhow::bail!("--header is for --format gdelt (CSV always starts with its header)");
    }
    let store = crate::commands::open_for_reading(data_dir)?;
    let select = EventSelection {
        negated: args.include_negated,
        hypothetical: args.include_hypothetical,
    };
    if args.format == Format::Parquet {
        let Some(path) = &args.output else {
            anyhow::bail!("--format parquet writes a file: give --output FILE");
        };
        let mut sink = ParquetSink::create(path, columns(subject))?;
        let written =
            write_table(&store, subject, select, &mut sink).and_then(|()| Box::new(sink).finish());
        if let Err(e) = written {
            // A Parquet file without its footer is unreadable: leave none rather than that.
            let _ = std::fs::remove_file(path);
            return Err(e.context(format!("writing {}", path.display())));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(File::create(p).with_context(|| format!("creating {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let result = match (subject, args.format) {
        (Subject::Articles, Format::Jsonl) => articles_jsonl(&store, &mut out),
        (Subject::Events, Format::Jsonl) => events_jsonl(&store, select, &mut out),
        (Subject::Events, Format::Gdelt) => gdelt(&store, select, args.header, &mut out),
        (Subject::Quotes, Format::Jsonl) => quotes_jsonl(&store, &mut out),
        (_, Format::Jsonl) => {
            let mut sink = JsonlSink::new(&mut out, columns(subject));
            write_table(&store, subject, select, &mut sink)
        }
        _ => {
            let mut sink = CsvSink::new(&mut out, columns(subject))?;
            write_table(&store, subject, select, &mut sink).and_then(|()| Box::new(sink).finish())
        }
    };
    if let Err(e) = result {
        // A reader that stopped early (`| head`) is not an error.
        if e.chain().any(|c| {
            c.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
        }) {
            return Ok(ExitCode::SUCCESS);
        }
        return Err(e);
    }
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `f` on every stored document; the first error stops the walk and is returned.
fn each_document(
    store: &vigie_store::Store,
    mut f: impl FnMut(Document) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut failed: Option<anyhow::Error> = None;
    let walked = store.for_each_document(&mut |doc| {
        f(doc).map_err(|e| {
            failed = Some(e);
            io::Error::other("export failed")
        })
    });
    if let Some(e) = failed {
        return Err(e);
    }
    walked?;
    Ok(())
}

// ---------------------------------------------------------------- articles

/// The cleaned text: the content lines, leftovers (boilerplate) removed, paragraphs separated by
/// one blank line — what `vigie extract` prints. No offset map is kept: spans point into `text`.
fn cleaned_text(doc: &Document) -> String {
    crate::commands::extract::content_text(doc)
}

/// One exported article. The top-level `text`, `url`, `title`, `published`, `outlet`,
/// `language` fields are those `vigie ingest` reads, so an export can be ingested again and
/// yields the same article ids.
#[derive(Serialize)]
struct ArticleRecord<'a> {
    id: &'a str,
    text: &'a str,
    /// `text` without its leftovers (see [`cleaned_text`]).
    cleaned_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    /// `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published_granularity: Option<&'static str>,
    /// RFC 3339, when the source gave a time of day.
    #[serde(skip_serializing_if = "Option::is_none")]
    published_time: Option<String>,
    /// The publication date as the source wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    published_as_given: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published_source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    format: vigie_core::InputFormat,
    sources: Vec<String>,
    annotations: Vec<AnnotationView>,
}

fn articles_jsonl(store: &vigie_store::Store, out: &mut dyn Write) -> anyhow::Result<()> {
    each_document(store, |doc| {
        let sources = store.sources(doc.id.as_str()).unwrap_or_default();
        let m: &Metadata = &doc.meta;
        let published = Published::parse(m.published.as_deref());
        let record = ArticleRecord {
            id: doc.id.as_str(),
            text: &doc.text,
            cleaned_text: cleaned_text(&doc),
            url: m.url.as_deref(),
            title: m.title.as_deref(),
            outlet: m.outlet.as_deref(),
            author: m.author.as_deref(),
            published: published.iso(),
            published_granularity: published.granularity(),
            published_time: published.time.clone(),
            published_as_given: m.published.as_deref(),
            published_source: m.published_source.as_deref(),
            language: m.language.as_deref(),
            format: m.format,
            sources,
            annotations: doc.annotation_views(),
        };
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

const ARTICLE_COLUMNS: &[Column] = &[
    col("id", Kind::Text),
    col("published", Kind::Date),
    col("language", Kind::Text),
    col("outlet", Kind::Text),
    col("title", Kind::Text),
    col("url", Kind::Text),
    col("author", Kind::Text),
    col("sources", Kind::Text),
    col("annotations", Kind::Int),
    col("text", Kind::Text),
    col("cleaned_text", Kind::Text),
    col("published_granularity", Kind::Text),
    col("published_time", Kind::Text),
    col("published_as_given", Kind::Text),
];

fn article_row(store: &vigie_store::Store, doc: &Document) -> Vec<Value> {
    let m = &doc.meta;
    let published = Published::parse(m.published.as_deref());
    let sources = store
        .sources(doc.id.as_str())
        .unwrap_or_default()
        .join(" | ");
    vec![
        doc.id.as_str().into(),
        published.date.map(|d| d.date).into(),
        m.language.as_deref().into(),
        m.outlet.as_deref().into(),
        m.title.as_deref().into(),
        m.url.as_deref().into(),
        m.author.as_deref().into(),
        sources.into(),
        doc.annotations.len().into(),
        doc.text.as_str().into(),
        cleaned_text(doc).into(),
        published.granularity().into(),
        published.time.clone().into(),
        m.published.as_deref().into(),
    ]
}

// ---------------------------------------------------------------- events

/// Columns of events in CSV, flat JSON and Parquet. The first 21 are those of earlier exports,
/// in their order; `date` is now always a full `YYYY-MM-DD` (see `date_granularity`).
const EVENT_COLUMNS: &[Column] = &[
    col("article", Kind::Text),
    col("date", Kind::Date),
    col("source", Kind::Text),
    col("source_code", Kind::Text),
    col("cameo", Kind::Text),
    col("plover", Kind::Text),
    col("goldstein", Kind::Float),
    col("target", Kind::Text),
    col("target_code", Kind::Text),
    col("location", Kind::Text),
    col("negated", Kind::Bool),
    col("hypothetical", Kind::Text),
    col("alleged", Kind::Bool),
    col("reported_by", Kind::Text),
    col("trigger", Kind::Text),
    col("evidence", Kind::Text),
    col("span_start", Kind::Int),
    col("span_end", Kind::Int),
    col("pattern", Kind::Text),
    col("url", Kind::Text),
    col("published", Kind::Date),
    col("event_id", Kind::Int),
    col("date_granularity", Kind::Text),
    col("span_char_start", Kind::Int),
    col("span_char_end", Kind::Int),
    col("trigger_start", Kind::Int),
    col("trigger_end", Kind::Int),
    col("trigger_char_start", Kind::Int),
    col("trigger_char_end", Kind::Int),
    col("is_root_event", Kind::Bool),
    col("published_time", Kind::Text),
];

fn event_row(r: &EventRow) -> Vec<Value> {
    let e = &r.event;
    let date = e.date.as_deref().and_then(ExportDate::parse);
    // The row's `published` is already `YYYY-MM-DD`, its time apart.
    let published = r.published.as_deref().and_then(ExportDate::parse);
    let t = r.trigger_span.as_ref();
    vec![
        r.article.as_str().into(),
        date.map(|d| d.date).into(),
        e.source.as_deref().into(),
        e.source_code.as_deref().into(),
        e.cameo.as_str().into(),
        e.plover.map_or("", vigie_core::Plover::as_str).into(),
        e.goldstein.into(),
        e.target.as_deref().into(),
        e.target_code.as_deref().into(),
        e.location.as_deref().into(),
        e.negated.into(),
        e.hypothetical.map(vigie_core::Hypothetical::as_str).into(),
        e.alleged.into(),
        e.reported_by.as_deref().into(),
        r.trigger.as_deref().into(),
        r.evidence.as_str().into(),
        r.span.start.into(),
        r.span.end.into(),
        e.pattern.as_deref().into(),
        r.url.as_deref().into(),
        published.map(|d| d.date).into(),
        r.event_id.into(),
        date.map(|d| d.granularity.as_str()).into(),
        r.span.char_start.into(),
        r.span.char_end.into(),
        t.map(|t| t.start).into(),
        t.map(|t| t.end).into(),
        t.map(|t| t.char_start).into(),
        t.map(|t| t.char_end).into(),
        r.lead.into(),
        r.published_time.as_deref().into(),
    ]
}

fn events_jsonl(
    store: &vigie_store::Store,
    select: EventSelection,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    each_document(store, |doc| {
        for r in events::rows(&doc).iter().filter(|r| select.keeps(r)) {
            serde_json::to_writer(&mut *out, r)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })
}

fn gdelt(
    store: &vigie_store::Store,
    select: EventSelection,
    header: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let table = CameoTable::load()?;
    let extra = select.any();
    if header {
        let mut names: Vec<&str> = events::GDELT_COLUMNS.to_vec();
        if extra {
            names.extend(events::GDELT_MODALITY_COLUMNS);
        }
        writeln!(out, "{}", names.join("\t"))?;
    }
    let added = chrono::Utc::now().format("%Y%m%d%H%M%S").to_string();
    each_document(store, |doc| {
        for r in events::rows(&doc).iter().filter(|r| select.keeps(r)) {
            let mut line = events::gdelt_row(r, &table, &added);
            if extra {
                line.push('\t');
                line.push_str(&events::gdelt_modality(r));
            }
            line.push('\n');
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    })
}

// ---------------------------------------------------------------- quotes

const QUOTE_COLUMNS: &[Column] = &[
    col("article", Kind::Text),
    col("start", Kind::Int),
    col("end", Kind::Int),
    col("char_start", Kind::Int),
    col("char_end", Kind::Int),
    col("text", Kind::Text),
    col("speaker", Kind::Text),
    col("speaker_name", Kind::Text),
    col("speaker_code", Kind::Text),
    col("speaker_text", Kind::Text),
    col("speaker_start", Kind::Int),
    col("speaker_end", Kind::Int),
    col("speaker_char_start", Kind::Int),
    col("speaker_char_end", Kind::Int),
    col("cue", Kind::Text),
    col("cue_start", Kind::Int),
    col("cue_end", Kind::Int),
    col("cue_char_start", Kind::Int),
    col("cue_char_end", Kind::Int),
    col("channel", Kind::Text),
    col("direct", Kind::Bool),
    col("partial", Kind::Bool),
    col("published", Kind::Date),
    col("url", Kind::Text),
];

fn offsets(v: Option<&SpanView>) -> [Value; 4] {
    [
        v.map(|v| v.start).into(),
        v.map(|v| v.end).into(),
        v.map(|v| v.char_start).into(),
        v.map(|v| v.char_end).into(),
    ]
}

fn quote_row(r: QuoteRow, published: &Published, url: Option<&str>) -> Vec<Value> {
    let mut row: Vec<Value> = vec![
        r.article.into(),
        r.span.start.into(),
        r.span.end.into(),
        r.span.char_start.into(),
        r.span.char_end.into(),
        r.text.into(),
        r.speaker.into(),
        r.speaker_name.into(),
        r.speaker_code.into(),
        r.speaker_text.into(),
    ];
    row.extend(offsets(r.speaker_span.as_ref()));
    row.push(r.cue.into());
    row.extend(offsets(r.cue_span.as_ref()));
    row.extend([
        r.channel.into(),
        r.direct.into(),
        r.partial.into(),
        published.date.map(|d| d.date).into(),
        url.into(),
    ]);
    row
}

fn quotes_jsonl(store: &vigie_store::Store, out: &mut dyn Write) -> anyhow::Result<()> {
    each_document(store, |doc| {
        for r in quotes::rows(&doc) {
            serde_json::to_writer(&mut *out, &r)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })
}

// ---------------------------------------------------------------- mentions

const MENTION_COLUMNS: &[Column] = &[
    col("article", Kind::Text),
    col("start", Kind::Int),
    col("end", Kind::Int),
    col("char_start", Kind::Int),
    col("char_end", Kind::Int),
    col("text", Kind::Text),
    col("actor", Kind::Text),
    col("code", Kind::Text),
    col("canonical", Kind::Text),
    col("entity_type", Kind::Text),
    col("how", Kind::Text),
    col("language", Kind::Text),
    col("published", Kind::Date),
];

fn mention_rows(doc: &Document, published: &Published) -> Vec<Vec<Value>> {
    let offsets = doc.char_offsets();
    doc.layer(Layer::Mention)
        .filter_map(|a| match &a.data {
            AnnotationData::Mention(m) => {
                let v = offsets.view(a.span);
                Some(vec![
                    doc.id.as_str().into(),
                    v.start.into(),
                    v.end.into(),
                    v.char_start.into(),
                    v.char_end.into(),
                    v.text.into(),
                    m.actor.as_deref().into(),
                    m.code.as_deref().into(),
                    m.canonical.as_deref().into(),
                    m.entity_type.as_str().into(),
                    m.how.map(vigie_core::MentionHow::as_str).into(),
                    doc.meta.language.as_deref().into(),
                    published.date.map(|d| d.date).into(),
                ])
            }
            _ => None,
        })
        .collect()
}

// ---------------------------------------------------------------- tables

fn columns(subject: Subject) -> &'static [Column] {
    match subject {
        Subject::Articles => ARTICLE_COLUMNS,
        Subject::Events => EVENT_COLUMNS,
        Subject::Quotes => QUOTE_COLUMNS,
        Subject::Mentions => MENTION_COLUMNS,
    }
}

/// Every row of `subject`, in store order, into `sink`.
fn write_table(
    store: &vigie_store::Store,
    subject: Subject,
    select: EventSelection,
    sink: &mut dyn Sink,
) -> anyhow::Result<()> {
    each_document(store, |doc| {
        let published = Published::parse(doc.meta.published.as_deref());
        match subject {
            Subject::Articles => sink.row(article_row(store, &doc))?,
            Subject::Events => {
                for r in events::rows(&doc).iter().filter(|r| select.keeps(r)) {
                    sink.row(event_row(r))?;
                }
            }
            Subject::Quotes => {
                for r in quotes::rows(&doc) {
                    sink.row(quote_row(r, &published, doc.meta.url.as_deref()))?;
                }
            }
            Subject::Mentions => {
                for row in mention_rows(&doc, &published) {
                    sink.row(row)?;
                }
            }
        }
        Ok(())
    })
}
