//! `vigie events`: the stored events (who did what to whom, CAMEO/PLOVER, Goldstein,
//! modality), with filters; the events side of `vigie export` (JSON Lines, CSV, GDELT 2.0 event
//! table); `vigie eval events`; `vigie bench events`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;
use vigie_core::fold::fold;
use vigie_core::{AnnotationData, Document, Event, Layer, Metadata, Span, Stage};
use vigie_events::CameoTable;
use vigie_store::Store;

use crate::commands::bench::thread_cpu_seconds;
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
    #[arg(long)]
    pub code: Option<String>,
    /// Only events dated on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events dated on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Also list hypothetical events (intents, predictions, conditionals); by default only
    /// events asserted as real (negated ones included, marked).
    #[arg(long)]
    pub include_hypothetical: bool,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

/// One event as listed and exported.
#[derive(Serialize, Clone)]
pub struct EventRow {
    pub article: String,
    #[serde(flatten)]
    pub event: Event,
    /// The evidence sentence's span and words.
    pub span: Span,
    pub evidence: String,
    /// The trigger's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// True when the event lies in the article's first content paragraph (GDELT IsRootEvent).
    pub lead: bool,
}

/// The events of one document.
pub fn rows(doc: &Document) -> Vec<EventRow> {
    let boiler: Vec<Span> = doc.layer(Layer::Boilerplate).map(|a| a.span).collect();
    let lead_end = doc
        .lines()
        .find(|(s, l)| !l.trim().is_empty() && !boiler.iter().any(|b| b.contains(s)))
        .map_or(0, |(s, _)| s.end);
    doc.layer(Layer::Event)
        .filter_map(|a| match &a.data {
            AnnotationData::Event(e) => Some(EventRow {
                article: doc.id.as_str().to_string(),
                event: e.clone(),
                span: a.span,
                evidence: doc.slice(a.span).to_string(),
                trigger: e.trigger_span.map(|t| doc.slice(t).to_string()),
                url: doc.meta.url.clone(),
                published: doc.meta.published.clone(),
                lead: a.span.start < lead_end,
            }),
            _ => None,
        })
        .collect()
}

fn actor_has(name: &Option<String>, code: &Option<String>, want: &str) -> bool {
    let w = fold(want);
    name.as_deref().is_some_and(|n| fold(n).contains(&w))
        || code.as_deref().is_some_and(|c| fold(c).contains(&w))
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
        if date.is_empty() || date < since.as_str() {
            return false;
        }
    }
    if let Some(until) = &args.until {
        // A partial date ("2022-07") is within a day bound when its prefix is.
        if date.is_empty() || date > until.as_str() && !until.starts_with(date) {
            return false;
        }
    }
    true
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let table = CameoTable::load()?;
    let mut found = Vec::new();
    store.for_each_document(&mut |doc: Document| {
        found.extend(rows(&doc).into_iter().filter(|r| keep(r, &args, &table)));
        Ok(())
    })?;
    found.sort_by(|a, b| {
        (a.event.date.as_deref(), &a.article, a.span.start).cmp(&(
            b.event.date.as_deref(),
            &b.article,
            b.span.start,
        ))
    });
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
        if e.plover.is_empty() {
            String::new()
        } else {
            format!(" {} ", e.plover)
        },
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

/// CSV columns of `vigie export events --format csv`.
const CSV_HEADER: [&str; 21] = [
    "article",
    "date",
    "source",
    "source_code",
    "cameo",
    "plover",
    "goldstein",
    "target",
    "target_code",
    "location",
    "negated",
    "hypothetical",
    "alleged",
    "reported_by",
    "trigger",
    "evidence",
    "span_start",
    "span_end",
    "pattern",
    "url",
    "published",
];

/// Writes every stored event as JSON Lines, CSV, or GDELT 2.0 event-table rows.
pub fn export(store: &Store, format: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let table = CameoTable::load()?;
    let mut failed: Option<String> = None;
    let mut next_id: u64 = 1;
    if format == "csv" {
        out.write_all(&csv_line(&CSV_HEADER.map(String::from))?)?;
    }
    let added = chrono::Utc::now().format("%Y%m%d%H%M%S").to_string();
    store.for_each_document(&mut |doc: Document| {
        for r in rows(&doc) {
            match format {
                "jsonl" => {
                    serde_json::to_writer(&mut *out, &r)?;
                    out.write_all(b"\n")?;
                }
                "csv" => {
                    let e = &r.event;
                    let rec = [
                        r.article.clone(),
                        e.date.clone().unwrap_or_default(),
                        e.source.clone().unwrap_or_default(),
                        e.source_code.clone().unwrap_or_default(),
                        e.cameo.clone(),
                        e.plover.clone(),
                        e.goldstein.to_string(),
                        e.target.clone().unwrap_or_default(),
                        e.target_code.clone().unwrap_or_default(),
                        e.location.clone().unwrap_or_default(),
                        e.negated.to_string(),
                        e.hypothetical.clone().unwrap_or_default(),
                        e.alleged.to_string(),
                        e.reported_by.clone().unwrap_or_default(),
                        r.trigger.clone().unwrap_or_default(),
                        r.evidence.clone(),
                        r.span.start.to_string(),
                        r.span.end.to_string(),
                        e.pattern.clone().unwrap_or_default(),
                        r.url.clone().unwrap_or_default(),
                        r.published.clone().unwrap_or_default(),
                    ];
                    match csv_line(&rec) {
                        Ok(line) => out.write_all(&line)?,
                        Err(err) => {
                            failed = Some(err.to_string());
                            return Err(io::Error::other("csv"));
                        }
                    }
                }
                _ => {
                    let line = gdelt_row(&r, next_id, &table, &added);
                    next_id += 1;
                    out.write_all(line.as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
        }
        Ok(())
    })?;
    if let Some(e) = failed {
        anyhow::bail!("writing CSV: {e}");
    }
    Ok(())
}

/// One CSV record, quoted as needed.
fn csv_line(fields: &[String]) -> anyhow::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields)?;
    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// One row in the column order of the GDELT 2.0 event table (61 tab-separated columns). The
/// fields vigie knows are filled; the others (ethnic, religion and known-group codes, tone,
/// coordinates, ADM codes, feature ids) are left empty.
pub fn gdelt_row(r: &EventRow, id: u64, table: &CameoTable, added: &str) -> String {
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
        let country = if code.len() >= 3 && !matches!(&code[..3], "IGO" | "NGO" | "MNC") {
            code[..3].to_string()
        } else {
            String::new()
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
        id.to_string(),
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
    debug_assert_eq!(cols.len(), 61);
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
) -> anyhow::Result<ExitCode> {
    let is_gsr = dataset.is_file() || dataset.join("PLOVER_GSR_CAMEO.json").exists();
    let write = |value: &dyn erased::Json| -> anyhow::Result<()> {
        if let Some(path) = output {
            let f = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            value.write(Box::new(io::BufWriter::new(f)))?;
            eprintln!("per-item results written to {}", path.display());
        }
        Ok(())
    };
    if is_gsr {
        let r = vigie_eval::events::evaluate_plover(dataset, limit)?;
        println!(
            "events (PLOVER-GSR): {} sentences; (source, type, target) triples: precision {:.3}, recall {:.3}, F1 {:.3} (tp {}, predicted {}, gold {}); type per sentence: precision {:.3}, recall {:.3}; {:.0} sentences/s (full pipeline)",
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
            println!("  {t:<12} {matched:>3}/{gold:<3} gold triples found");
        }
        write(&r)?;
    } else {
        let r = vigie_eval::events::evaluate_dev(dataset)?;
        println!(
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
pub fn bench(sentences: usize, json: bool) -> anyhow::Result<ExitCode> {
    // Articles of 20 sentences, alternating French and English, cycling the templates.
    let per_doc = 20;
    let n_docs = sentences.div_ceil(per_doc).max(1);
    let before = vigie_core::Pipeline::new()
        .with(vigie_clean::BoilerplateStage::new())
        .with(vigie_text::SentenceStage::new())
        .with(vigie_clean::DateStage::new())
        .with(vigie_actors::ActorStage::new());
    let quotes = vigie_quotes::QuoteStage::new();
    let events = vigie_events::EventStage::new();
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
        println!(
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
