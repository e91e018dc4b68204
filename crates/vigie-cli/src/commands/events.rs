//! `vigie events`: the stored events (who did what to whom, CAMEO/PLOVER, Goldstein,
//! modality), with filters; the rows `vigie export events` writes and the GDELT 2.0 event-table
//! form; `vigie eval events`; `vigie bench events`.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;
use vigie_core::fold::fold;
use vigie_core::{AnnotationData, Document, Event, Layer, Metadata, Span, SpanView, Stage};
use vigie_events::CameoTable;

use crate::args::{self, DateBound, Limit};
use crate::commands::bench::thread_cpu_seconds;
use crate::commands::export::{ExportDate, Published};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Only events whose source actor (code, canonical name, any case or accents) contains this
    /// ("BLR", "Belarus", "Lukashenko").
    #[arg(long)]
    pub source: Option<String>,
    /// Only events whose target actor contains this.
    #[arg(long)]
    pub target: Option<String>,
    /// Only events of this CAMEO code or prefix ("19", "0334") or PLOVER type ("ASSAULT").
    #[arg(long, value_parser = args::event_code)]
    pub code: Option<String>,
    /// Only events dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub since: Option<DateBound>,
    /// Only events dated on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub until: Option<DateBound>,
    /// At most this many events (default 0: all).
    #[arg(long, value_parser = args::limit, default_value = "0")]
    pub limit: Limit,
    /// Also list hypothetical events (intents, predictions, conditionals); by default only
    /// events asserted as real (negated ones included, marked).
    #[arg(long)]
    pub include_hypothetical: bool,
    /// Each event once, with its reports: same actors, CAMEO root, polarity and modality,
    /// compatible place, dates within two days; with the number of independent sources
    /// (copies of one article count once) and a confidence that grows with them.
    #[arg(long)]
    pub distinct: bool,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

/// One event as listed (`vigie events --json`) and exported (`vigie export events`).
#[derive(Serialize, Clone)]
pub struct EventRow {
    pub article: String,
    /// Stable id, the same in every export and GDELT's `GlobalEventID`: derived from the
    /// article id, the evidence span, the trigger span, the code and the actors, never a row
    /// counter (see [`event_id`]).
    pub event_id: i64,
    /// The event's fields; `date` is written `YYYY-MM-DD` (the first day of a month or a year,
    /// see `date_granularity`) and `trigger_span` with its character offsets and words.
    #[serde(flatten, serialize_with = "event_for_output")]
    pub event: Event,
    /// `day`, `month` or `year`: how much of `date` is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_granularity: Option<&'static str>,
    /// The evidence sentence's span: byte and character offsets and words.
    pub span: SpanView,
    pub evidence: String,
    /// The trigger's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger_span: Option<SpanView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's publication date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The publication time (RFC 3339), when the source gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_time: Option<String>,
    /// True when the event lies in the article's first content paragraph (GDELT IsRootEvent).
    pub lead: bool,
}

/// The event as written in rows: date in full ISO form, trigger span left to the row's own
/// `trigger_span` (which carries character offsets).
fn event_for_output<S: serde::Serializer>(e: &Event, s: S) -> Result<S::Ok, S::Error> {
    let mut e = e.clone();
    e.date = e
        .date
        .as_deref()
        .and_then(ExportDate::parse)
        .map(|d| d.iso());
    e.trigger_span = None;
    e.serialize(s)
}

/// A stable event id: the first 63 bits of a BLAKE3 hash of what tells the event apart in its
/// article (evidence span, trigger span, code, actors), and `nth` for identical events in one
/// article. Positive, so it fits a signed 64-bit integer (pandas, DuckDB, Parquet INT64).
pub fn event_id(article: &str, span: Span, e: &Event, nth: usize) -> i64 {
    let mut h = blake3::Hasher::new();
    h.update(article.as_bytes());
    for n in [span.start, span.end, nth] {
        h.update(&(n as u64).to_le_bytes());
    }
    let t = e
        .trigger_span
        .map_or((u64::MAX, u64::MAX), |t| (t.start as u64, t.end as u64));
    h.update(&t.0.to_le_bytes());
    h.update(&t.1.to_le_bytes());
    for part in [
        Some(e.cameo.as_str()),
        e.source_code.as_deref(),
        e.target_code.as_deref(),
    ] {
        h.update(part.unwrap_or("").as_bytes());
        h.update(&[0]);
    }
    let bytes: [u8; 8] = h.finalize().as_bytes()[..8].try_into().expect("8 bytes");
    (u64::from_le_bytes(bytes) >> 1) as i64
}

/// The events of one document.
pub fn rows(doc: &Document) -> Vec<EventRow> {
    let boiler: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
    let lead_end = doc
        .lines()
        .find(|(s, l)| !l.trim().is_empty() && !boiler.iter().any(|b| b.contains(s)))
        .map_or(0, |(s, _)| s.end);
    let offsets = doc.char_offsets();
    let published = Published::parse(doc.meta.published.as_deref());
    let mut seen: HashMap<i64, usize> = HashMap::new();
    doc.layer(Layer::Event)
        .filter_map(|a| match &a.data {
            AnnotationData::Event(e) => {
                let article = doc.id.as_str();
                let first = event_id(article, a.span, e, 0);
                let nth = seen.entry(first).or_insert(0);
                let id = if *nth == 0 {
                    first
                } else {
                    event_id(article, a.span, e, *nth)
                };
                *nth += 1;
                Some(EventRow {
                    article: article.to_string(),
                    event_id: id,
                    event: e.clone(),
                    date_granularity: e
                        .date
                        .as_deref()
                        .and_then(ExportDate::parse)
                        .map(|d| d.granularity.as_str()),
                    span: offsets.view(a.span),
                    evidence: doc.slice(a.span).to_string(),
                    trigger: e.trigger_span.map(|t| doc.slice(t).to_string()),
                    trigger_span: e.trigger_span.map(|t| offsets.view(t)),
                    url: doc.meta.url.clone(),
                    published: published.iso(),
                    published_time: published.time.clone(),
                    lead: a.span.start < lead_end,
                })
            }
            _ => None,
        })
        .collect()
}

pub(crate) fn actor_has(name: &Option<String>, code: &Option<String>, want: &str) -> bool {
    actor_matches(name.as_deref(), code.as_deref(), want)
}

/// A store actor test ([`vigie_store::ActorTest`]) for `--source`/`--target` values: the
/// actor's name or code contains `want`, any case or accents ([`actor_matches`]).
pub(crate) fn actor_test(want: Option<&str>) -> Option<Box<vigie_store::ActorTest<'static>>> {
    let want = want?.to_string();
    Some(Box::new(move |code: Option<&str>, name: Option<&str>| {
        actor_matches(name, code, &want)
    }))
}

/// Whether an actor's name or code contains `want`, any case or accents.
pub(crate) fn actor_matches(name: Option<&str>, code: Option<&str>, want: &str) -> bool {
    let w = fold(want);
    name.is_some_and(|n| fold(n).contains(&w)) || code.is_some_and(|c| fold(c).contains(&w))
}

fn keep(row: &EventRow, args: &Args, table: &CameoTable) -> bool {
    let e = &row.event;
    if !args.include_hypothetical && e.hypothetical.is_some() {
        return false;
    }
    if let Some(s) = &args.source {
        if !actor_has(&e.source, &e.source_code, s) {
            return false;
        }
    }
    if let Some(t) = &args.target {
        if !actor_has(&e.target, &e.target_code, t) {
            return false;
        }
    }
    if let Some(c) = &args.code {
        if !table.selects(c, &e.cameo) {
            return false;
        }
    }
    let date = e.date.as_deref().unwrap_or("");
    if let Some(since) = &args.since {
        if date.is_empty() || date < since.0.as_str() {
            return false;
        }
    }
    if let Some(until) = &args.until {
        // A partial date ("2022-07") is within a day bound when its prefix is.
        // …and a date is within a partial bound ("2022-07") when it starts with it.
        if date.is_empty()
            || date > until.0.as_str() && !until.0.starts_with(date) && !date.starts_with(&until.0)
        {
            return false;
        }
    }
    true
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let table = CameoTable::load()?;
    let mut found = Vec::new();
    // With actors asked, only the articles that hold their events are read (the store's
    // index of who each event is between), in id order.
    let (source_test, target_test) = (
        actor_test(args.source.as_deref()),
        actor_test(args.target.as_deref()),
    );
    let candidates =
        store.articles_with_events_between(source_test.as_deref(), target_test.as_deref())?;
    match candidates {
        Some(ids) => {
            let mut ids: Vec<String> = ids.into_iter().collect();
            ids.sort_unstable();
            for id in ids {
                // The layers `rows` reads, as `vigie serve` loads them.
                if let Some(doc) = store.get_layers(&id, &[Layer::Boilerplate, Layer::Event])? {
                    found.extend(rows(&doc).into_iter().filter(|r| keep(r, &args, &table)));
                }
            }
        }
        None => store.for_each_document(&mut |doc: Document| {
            found.extend(rows(&doc).into_iter().filter(|r| keep(r, &args, &table)));
            Ok(())
        })?,
    }
    found.sort_by(|a, b| {
        (a.event.date.as_deref(), &a.article, a.span.start).cmp(&(
            b.event.date.as_deref(),
            &b.article,
            b.span.start,
        ))
    });
    if args.distinct {
        return distinct(&store, found, &args);
    }
    let (found, total) = args.limit.cut(found);
    output::ok_if_closed((|| {
        for r in &found {
            if args.json {
                output::json_line(r)?;
            } else {
                output::line(&describe(r))?;
            }
        }
        Ok(())
    })())?;
    if total == 0 {
        crate::diag!("no event matches");
    }
    args::note_cut(found.len(), total);
    Ok(ExitCode::SUCCESS)
}

/// One event counted once (`vigie events --distinct --json`): the first report's fields, the
/// span of dates, and every report.
#[derive(Serialize)]
struct DistinctRow<'a> {
    #[serde(flatten)]
    event: &'a vigie_analysis::events::DistinctEvent,
    first: &'a EventRow,
    #[serde(rename = "reports")]
    rows: Vec<ReportRow<'a>>,
}

#[derive(Serialize)]
struct ReportRow<'a> {
    article: &'a str,
    event_id: i64,
    evidence: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    copy_of: Option<&'a str>,
}

/// `vigie events --distinct`: the filtered reports grouped into events
/// (`vigie_analysis::events`), copies told by the store.
fn distinct(
    store: &vigie_store::Store,
    found: Vec<EventRow>,
    args: &Args,
) -> anyhow::Result<ExitCode> {
    let mut originals: HashMap<String, Option<String>> = HashMap::new();
    for r in &found {
        if !originals.contains_key(&r.article) {
            let copy = store.copy_of(&r.article)?.map(|c| c.original);
            originals.insert(r.article.clone(), copy);
        }
    }
    let reports: Vec<vigie_analysis::events::EventReport> = found
        .iter()
        .map(|r| {
            let e = &r.event;
            vigie_analysis::events::EventReport::of_event(
                e,
                r.published.as_deref(),
                r.article.clone(),
                originals[&r.article]
                    .clone()
                    .unwrap_or_else(|| r.article.clone()),
            )
        })
        .collect();
    let events = vigie_analysis::events::count_once(&reports);
    let (events, total) = args.limit.cut(events);
    output::ok_if_closed((|| {
        for ev in &events {
            let first = &found[ev.reports[0]];
            if args.json {
                output::json_line(&DistinctRow {
                    event: ev,
                    first,
                    rows: ev
                        .reports
                        .iter()
                        .map(|&i| ReportRow {
                            article: &found[i].article,
                            event_id: found[i].event_id,
                            evidence: found[i].evidence.trim(),
                            copy_of: originals[&found[i].article].as_deref(),
                        })
                        .collect(),
                })?;
            } else {
                output::line(&format!(
                    "{} reports in {} articles, {} independent (confidence {:.2}): {}",
                    ev.reports.len(),
                    ev.articles,
                    ev.independent_sources,
                    ev.confidence,
                    describe(first)
                ))?;
            }
        }
        Ok(())
    })())?;
    if total == 0 {
        crate::diag!("no event matches");
    }
    args::note_cut(events.len(), total);
    Ok(ExitCode::SUCCESS)
}

fn describe(r: &EventRow) -> String {
    let e = &r.event;
    let actor = |n: &Option<String>, c: &Option<String>| match (n, c) {
        (Some(n), Some(c)) => format!("{n} [{c}]"),
        (Some(n), None) => n.clone(),
        (None, Some(c)) => format!("[{c}]"),
        (None, None) => "?".into(),
    };
    let mut flags = Vec::new();
    if e.negated {
        flags.push("NEGATED".to_string());
    }
    if let Some(h) = &e.hypothetical {
        flags.push(format!("hypothetical:{h}"));
    }
    if e.alleged {
        flags.push("alleged".into());
    }
    if let Some(rb) = e.reported_by.as_deref().filter(|r| *r != "article") {
        flags.push(format!("per {rb}"));
    }
    format!(
        "{:<10}  {}  {} —{} {}({:+.1})→ {}{}{}\n    {}",
        e.date.as_deref().unwrap_or("-"),
        &r.article[..r.article.len().min(12)],
        actor(&e.source, &e.source_code),
        e.cameo,
        e.plover.map_or_else(String::new, |p| format!(" {p} ")),
        e.goldstein,
        actor(&e.target, &e.target_code),
        e.location
            .as_deref()
            .map_or(String::new(), |l| format!(" @ {l}")),
        if flags.is_empty() {
            String::new()
        } else {
            format!("  ({})", flags.join(", "))
        },
        output::truncate(r.evidence.trim(), 160)
    )
}

// ---------------------------------------------------------------- export

/// The 61 columns of the GDELT 2.0 event table, in order (`vigie export events --format gdelt
/// --header`).
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// vigie's columns after GDELT's when negated or hypothetical events are exported: GDELT has
/// no place for an event that did not, or may, happen.
pub const GDELT_MODALITY_COLUMNS: [&str; 2] = ["IsNegated", "Hypothetical"];

/// The values of [`GDELT_MODALITY_COLUMNS`] for one event, tab-separated.
pub fn gdelt_modality(r: &EventRow) -> String {
    format!(
        "{}\t{}",
        u8::from(r.event.negated),
        r.event
            .hypothetical
            .map_or("", vigie_core::Hypothetical::as_str)
    )
}

/// One row in the column order of the GDELT 2.0 event table (61 tab-separated columns). The
/// fields vigie knows are filled; the others (ethnic, religion and known-group codes, tone,
/// coordinates, ADM codes, feature ids) are left empty. `GlobalEventID` is the row's stable
/// `event_id`.
pub fn gdelt_row(r: &EventRow, table: &CameoTable, added: &str) -> String {
    let e = &r.event;
    let date = e.date.as_deref().unwrap_or("");
    let parts: Vec<&str> = date.get(..10).unwrap_or(date).split('-').collect();
    let (year, month, day) = (
        parts.first().copied().unwrap_or(""),
        parts.get(1).copied().unwrap_or(""),
        parts.get(2).copied().unwrap_or(""),
    );
    let full_day = if day.is_empty() {
        String::new()
    } else {
        format!("{year}{month}{day}")
    };
    let month_year = if month.is_empty() {
        String::new()
    } else {
        format!("{year}{month}")
    };
    let fraction = match (
        year.parse::<f64>(),
        month.parse::<f64>(),
        day.parse::<f64>(),
    ) {
        (Ok(y), Ok(m), Ok(d)) => format!("{:.4}", y + ((m - 1.0) * 30.0 + d) / 365.0),
        _ => String::new(),
    };
    let info = table.get(&e.cameo);
    let actor = |name: &Option<String>, code: &Option<String>| -> Vec<String> {
        let code = code.clone().unwrap_or_default();
        let country = match code.get(..3) {
            Some(c) if !matches!(c, "IGO" | "NGO" | "MNC") => c.to_string(),
            _ => String::new(),
        };
        let type1 = code.get(3..6).unwrap_or("").to_string();
        vec![
            code.clone(),
            name.clone().unwrap_or_default().to_uppercase(),
            country,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            type1,
            code.get(6..9).unwrap_or("").to_string(),
            String::new(),
        ]
    };
    let empty_geo = || vec![String::new(); 8];
    let mut cols: Vec<String> = vec![
        r.event_id.to_string(),
        full_day,
        month_year,
        year.to_string(),
        fraction,
    ];
    cols.extend(actor(&e.source, &e.source_code));
    cols.extend(actor(&e.target, &e.target_code));
    cols.push(if r.lead { "1" } else { "0" }.into());
    cols.push(e.cameo.clone());
    cols.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_string());
    cols.push(e.cameo.get(..2).unwrap_or(&e.cameo).to_string());
    cols.push(info.map_or(String::new(), |c| c.quad_class.to_string()));
    cols.push(format!("{:.1}", e.goldstein));
    cols.extend(["1", "1", "1", ""].map(String::from));
    cols.extend(empty_geo());
    cols.extend(empty_geo());
    let mut action_geo = empty_geo();
    if let Some(l) = &e.location {
        action_geo[1] = l.clone();
    }
    cols.extend(action_geo);
    cols.push(added.to_string());
    cols.push(r.url.clone().unwrap_or_default());
    debug_assert_eq!(cols.len(), GDELT_COLUMNS.len());
    cols.iter()
        .map(|c| c.replace(['\t', '\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join("\t")
}

// ---------------------------------------------------------------- eval

/// `vigie eval events`: the PLOVER-GSR records (a folder with `PLOVER_GSR_CAMEO.json`, or the
/// file) or the French dev gold (a folder of `*.json` beside `*.txt`).
pub fn eval(
    dataset: &Path,
    output: Option<&PathBuf>,
    limit: Option<usize>,
    coder: vigie_events::CoderKind,
    compare: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let is_gsr = dataset.is_file() || dataset.join("PLOVER_GSR_CAMEO.json").exists();
    let write = |value: &dyn erased::Json| -> anyhow::Result<()> {
        if let Some(path) = output {
            let f = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            value.write(Box::new(io::BufWriter::new(f)))?;
            crate::diag!("per-item results written to {}", path.display());
        }
        Ok(())
    };
    if is_gsr {
        let r = vigie_eval::events::evaluate_plover(dataset, limit, coder)?;
        crate::out!(
            "events (PLOVER-GSR records, {}): {} sentences; (source, type, target) triples: precision {:.3}, recall {:.3}, F1 {:.3} (tp {}, predicted {}, gold {}); type per sentence: precision {:.3}, recall {:.3}; {:.0} sentences/s (full pipeline)",
            dataset.display(),
            r.sentences,
            r.triples.precision,
            r.triples.recall,
            r.triples.f1,
            r.triples.true_positives,
            r.triples.predicted,
            r.triples.gold,
            r.type_per_sentence.precision,
            r.type_per_sentence.recall,
            r.sentences_per_second
        );
        for (t, (gold, matched)) in &r.by_type {
            crate::out!("  {t:<12} {matched:>3}/{gold:<3} gold triples found");
        }
        if let Some(other) = compare {
            let o = vigie_eval::events::evaluate_plover(other, limit, coder)?;
            crate::out!(
                "events (PLOVER-GSR records, {}): {} sentences; triples: precision {:.3}, recall {:.3}, F1 {:.3} (tp {}, predicted {}, gold {})",
                other.display(),
                o.sentences,
                o.triples.precision,
                o.triples.recall,
                o.triples.f1,
                o.triples.true_positives,
                o.triples.predicted,
                o.triples.gold
            );
            let c = vigie_eval::events::consistency(&r, &o);
            crate::out!(
                "consistency: {} sentence pairs, same triples in {} ({:.3}); of the {} pairs where either side codes an event, {} agree ({:.3}); second vs first triples F1 {:.3}",
                c.pairs,
                c.identical,
                c.agreement,
                c.with_events,
                c.identical_with_events,
                c.agreement_with_events,
                c.triples.f1
            );
        }
        write(&r)?;
    } else {
        let r = vigie_eval::events::evaluate_dev(dataset, coder)?;
        crate::out!(
            "events (French dev gold): {} articles; (source, PLOVER, target, negated, hypothetical): precision {:.3}, recall {:.3}, F1 {:.3} (tp {}, predicted {}, gold {}); without actors: precision {:.3}, recall {:.3}; doubtful gold left out ({} predictions matched them)",
            r.articles,
            r.full.precision,
            r.full.recall,
            r.full.f1,
            r.full.true_positives,
            r.full.predicted,
            r.full.gold,
            r.without_actors.precision,
            r.without_actors.recall,
            r.doubtful_left_out
        );
        write(&r)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Serialising either report through one closure.
mod erased {
    pub trait Json {
        fn write(&self, w: Box<dyn std::io::Write>) -> serde_json::Result<()>;
    }
    impl<T: serde::Serialize> Json for T {
        fn write(&self, w: Box<dyn std::io::Write>) -> serde_json::Result<()> {
            serde_json::to_writer_pretty(w, self)
        }
    }
}

// ---------------------------------------------------------------- bench

#[derive(Serialize)]
struct BenchReport {
    bench: &'static str,
    stages: Vec<&'static str>,
    documents: usize,
    sentences: usize,
    events: usize,
    quotes: usize,
    seconds: f64,
    sentences_per_second: f64,
    quotes_seconds: f64,
    events_seconds: f64,
    /// CPU time of the benchmark thread (Linux), and the rate per CPU second.
    cpu_seconds: Option<f64>,
    sentences_per_cpu_second: Option<f64>,
    cores_used: usize,
}

const TEMPLATES_FR: &[&str] = &[
    "Le président Alexandre Loukachenko a accusé l’Ukraine de préparer une attaque contre la Biélorussie.",
    "Selon le ministère russe de la Défense, les troupes russes ont bombardé Kharkiv mardi.",
    "Les États-Unis ont exprimé leur soutien à la Pologne mais ont refusé d’y envoyer des troupes.",
    "« Nous sommes prêts à aider sur demande des deux parties », a déclaré le ministre biélorusse.",
    "Minsk n’a pas l’intention de déployer ses forces sur la ligne de front, a affirmé Loukachenko.",
    "La Lituanie a fermé sa frontière avec la Biélorussie après un incident impliquant des ballons.",
    "Des unités biélorusses pourraient entrer en Ukraine dans les prochains jours, selon une source.",
    "L’Union européenne a imposé de nouvelles sanctions à la Russie le 3 novembre.",
    "Le temps était ensoleillé à Vilnius ce matin-là, et les marchés étaient calmes.",
    "Vladimir Poutine a rencontré Alexandre Loukachenko à Moscou pour discuter de coopération militaire.",
];
const TEMPLATES_EN: &[&str] = &[
    "Lithuanian authorities accused Belarus of sending balloons across the border on Tuesday.",
    "Russia did not attack Ukraine from Belarusian territory, the Kremlin said.",
    "NATO officials said Belarusian troops could join the war in the coming days.",
    "President Zelensky met Polish President Andrzej Duda in Warsaw to discuss military aid.",
    "\"We are ready to negotiate with Kyiv,\" said Sergei Lavrov, Russia's foreign minister.",
    "The European Union imposed new sanctions on Belarus over the migrant crisis.",
    "Protesters rallied in Minsk against the government, according to local media.",
    "The weather in Warsaw was mild and the markets were quiet this week.",
    "Belarusian forces held joint military exercises with Russia near the Polish border.",
    "Poland threatened to close its border with Belarus if the incidents continued.",
];

/// Times the quotes and events stages together, on one core, over documents already segmented
/// and actor-linked by the stages before them (which are not timed).
pub fn bench(
    sentences: usize,
    coder: vigie_events::CoderKind,
    json: bool,
) -> anyhow::Result<ExitCode> {
    // Articles of 20 sentences, alternating French and English, cycling the templates.
    let per_doc = 20;
    let n_docs = sentences.div_ceil(per_doc).max(1);
    let before = vigie_core::Pipeline::new()
        .with(vigie_clean::BoilerplateStage::new())
        .with(vigie_text::SentenceStage::new())
        .with(vigie_syntax::SyntaxStage::new())
        .with(vigie_clean::DateStage::new())
        .with(vigie_actors::ActorStage::new())
        .with(vigie_actors::CorefStage::new());
    before
        .prepare()
        .map_err(|e| anyhow::anyhow!("loading models: {e}"))?;
    let quotes = vigie_quotes::QuoteStage::new();
    let events = vigie_events::EventStage::with_coder(coder)?;
    let mut docs = Vec::with_capacity(n_docs);
    for i in 0..n_docs {
        let (lang, t) = if i % 2 == 0 {
            ("fr", TEMPLATES_FR)
        } else {
            ("en", TEMPLATES_EN)
        };
        let mut text = String::new();
        for j in 0..per_doc {
            text.push_str(t[(i + j * 3) % t.len()]);
            text.push(if j % 4 == 3 { '\n' } else { ' ' });
        }
        let mut doc = Document::new(
            text,
            Metadata {
                language: Some(lang.into()),
                published: Some("2025-11-03".into()),
                ..Default::default()
            },
        );
        before
            .process(&mut doc)
            .map_err(|e| anyhow::anyhow!("preparing bench documents: {e}"))?;
        docs.push(doc);
    }
    let n_sentences: usize = docs.iter().map(|d| d.layer(Layer::Sentence).count()).sum();
    let (mut quote_s, mut event_s) = (0.0, 0.0);
    let cpu0 = thread_cpu_seconds();
    for doc in &mut docs {
        let t = Instant::now();
        quotes
            .process(doc)
            .map_err(|e| anyhow::anyhow!("quotes: {e}"))?;
        let q = t.elapsed().as_secs_f64();
        events
            .process(doc)
            .map_err(|e| anyhow::anyhow!("events: {e}"))?;
        quote_s += q;
        event_s += t.elapsed().as_secs_f64() - q;
    }
    let seconds = quote_s + event_s;
    // On a shared machine the wall clock includes time the thread waited for a core; the
    // thread's own CPU time is what one core spent.
    let cpu_seconds = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    let report = BenchReport {
        bench: "events",
        stages: vec![quotes.name(), events.name()],
        documents: docs.len(),
        sentences: n_sentences,
        events: docs.iter().map(|d| d.layer(Layer::Event).count()).sum(),
        quotes: docs.iter().map(|d| d.layer(Layer::Quote).count()).sum(),
        seconds,
        sentences_per_second: n_sentences as f64 / seconds.max(1e-9),
        quotes_seconds: quote_s,
        events_seconds: event_s,
        cpu_seconds,
        sentences_per_cpu_second: cpu_seconds.map(|c| n_sentences as f64 / c.max(1e-9)),
        cores_used: 1,
    };
    if json {
        output::json_line(&report)?;
    } else {
        crate::out!(
            "events: quotes + events on {} sentences ({} documents) in {:.3}s = {:.0} sentences/s on one core (quotes {:.3}s, events {:.3}s); CPU time {} = {} sentences per CPU second; {} events, {} quotes",
            report.sentences,
            report.documents,
            report.seconds,
            report.sentences_per_second,
            report.quotes_seconds,
            report.events_seconds,
            report.cpu_seconds.map_or("?".into(), |c| format!("{c:.3}s")),
            report
                .sentences_per_cpu_second
                .map_or("?".into(), |r| format!("{r:.0}")),
            report.events,
            report.quotes
        );
    }
    Ok(ExitCode::SUCCESS)
}
