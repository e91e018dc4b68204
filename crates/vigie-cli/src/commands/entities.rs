//! `vigie entities` (actors with mention and article counts), `vigie entity NAME` (every surface
//! form of one actor, per language, with articles and spans), `vigie eval entities` (linking on
//! the dev gold) and `vigie bench actors` (mention detection and linking speed on one core).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;
use vigie_core::{Span, SpanView};

use crate::args::{self, Limit};
use crate::commands::bench::thread_cpu_seconds;
use crate::output;

#[derive(clap::Args)]
pub struct ListArgs {
    /// Only actors of this type: person, country, organisation, place, media, armed_group…
    #[arg(long = "type", value_parser = args::actor_type)]
    pub entity_type: Option<vigie_core::EntityType>,
    /// Also list names that could not be linked, grouped by form.
    #[arg(long)]
    pub unlinked: bool,
    /// At most this many actors (0: all).
    #[arg(long, value_parser = args::limit, default_value = "50")]
    pub limit: Limit,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// Any name or alias in any language ("Loukachenko", "Лукашенко"), a knowledge-base id
    /// (`person:alexander_lukashenko`, `BLR`), or the form of an unlinked name.
    pub name: String,
    /// One JSON object per actor.
    #[arg(long)]
    pub json: bool,
}

pub fn list(data_dir: &Path, args: ListArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    // Every row, then cut here: the total tells whether the listing was cut.
    let rows = store.actor_counts(args.entity_type, args.unlinked, usize::MAX)?;
    let (rows, total) = args.limit.cut(rows);
    output::ok_if_closed((|| {
        if !args.json {
            output::line(&format!(
                "{:>8}  {:>8}  {:<12}  {:<36}  name",
                "mentions", "articles", "type", "id"
            ))?;
        }
        for r in &rows {
            if args.json {
                output::json_line(r)?;
            } else {
                output::line(&format!(
                    "{:>8}  {:>8}  {:<12}  {:<36}  {}",
                    r.mentions,
                    r.articles,
                    r.entity_type,
                    r.actor.as_deref().unwrap_or("(unlinked)"),
                    r.canonical
                ))?;
            }
        }
        Ok(())
    })())?;
    if rows.is_empty() {
        crate::diag!("no mentions stored");
    }
    args::note_cut(rows.len(), total);
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct Form {
    language: String,
    surface: String,
    mentions: usize,
    /// Article id → spans `[start, end)` in bytes.
    articles: BTreeMap<String, Vec<(usize, usize)>>,
    /// Each mention with byte and character offsets and words (`--json` only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    spans: Vec<FormSpan>,
}

/// One mention of a form: its article and span view.
#[derive(Serialize)]
struct FormSpan {
    article: String,
    #[serde(flatten)]
    span: SpanView,
}

/// The span views of `mentions` (same order), reading each article once.
fn mention_views(
    store: &vigie_store::Store,
    mentions: &[vigie_store::entities::ActorMention],
) -> anyhow::Result<Vec<Option<SpanView>>> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by(|&a, &b| mentions[a].article.cmp(&mentions[b].article));
    let mut views = vec![None; mentions.len()];
    let mut i = 0;
    while i < order.len() {
        let article = &mentions[order[i]].article;
        let doc = store.get(article)?;
        while i < order.len() && &mentions[order[i]].article == article {
            let m = &mentions[order[i]];
            views[order[i]] = doc.as_ref().and_then(|d| {
                let span = Span::new(m.start, m.end);
                (m.end <= d.text.len()
                    && d.text.is_char_boundary(m.start)
                    && d.text.is_char_boundary(m.end))
                .then(|| d.span_view(span))
            });
            i += 1;
        }
    }
    Ok(views)
}

#[derive(Serialize)]
struct EntityReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    actor: Option<String>,
    canonical: String,
    entity_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<String>,
    mentions: usize,
    forms: Vec<Form>,
}

pub fn show(data_dir: &Path, args: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let kb = &vigie_actors::shared().kb;
    let actors = kb.lookup(&args.name);
    let targets: Vec<(Option<&vigie_actors::Actor>, String)> = if actors.is_empty() {
        vec![(None, args.name.clone())]
    } else {
        actors
            .into_iter()
            .map(|a| (Some(a), a.id.clone()))
            .collect()
    };
    let mut reports = Vec::new();
    for (actor, key) in targets {
        let mentions = store.actor_mentions(&key)?;
        let views = if args.json {
            mention_views(&store, &mentions)?
        } else {
            Vec::new()
        };
        let mut forms = Vec::new();
        for ((language, surface), members) in vigie_store::entities::forms_of(&mentions) {
            let mut f = Form {
                language,
                surface,
                mentions: members.len(),
                articles: BTreeMap::new(),
                spans: Vec::new(),
            };
            for i in members {
                let m = &mentions[i];
                if let Some(Some(view)) = views.get(i) {
                    f.spans.push(FormSpan {
                        article: m.article.clone(),
                        span: view.clone(),
                    });
                }
                f.articles
                    .entry(m.article.clone())
                    .or_default()
                    .push((m.start, m.end));
            }
            forms.push(f);
        }
        reports.push(EntityReport {
            actor: actor.map(|a| a.id.clone()),
            canonical: actor.map_or(key.clone(), |a| a.canonical().to_string()),
            entity_type: actor.map_or("unlinked".into(), |a| a.kind.to_string()),
            cameo: actor.and_then(|a| a.cameo.clone()),
            mentions: mentions.len(),
            forms,
        });
    }
    let found = reports.iter().any(|r| r.mentions > 0);
    // A name that is neither an actor nor a stored form gets no empty report, only the message.
    if reports.iter().all(|r| r.actor.is_none() && r.mentions == 0) {
        reports.clear();
    }
    output::ok_if_closed((|| {
        for r in &reports {
            if args.json {
                output::json_line(r)?;
                continue;
            }
            output::line(&format!(
                "{}  {}  ({}{}) — {} mentions",
                r.actor.as_deref().unwrap_or("(unlinked)"),
                r.canonical,
                r.entity_type,
                r.cameo
                    .as_deref()
                    .map_or(String::new(), |c| format!(", {c}")),
                r.mentions
            ))?;
            for f in &r.forms {
                output::line(&format!(
                    "  [{}] {:<32} {:>4}×  {}",
                    f.language,
                    f.surface,
                    f.mentions,
                    f.articles
                        .iter()
                        .map(|(id, spans)| format!(
                            "{} {}",
                            &id[..id.len().min(12)],
                            spans
                                .iter()
                                .map(|(s, e)| format!("{s}..{e}"))
                                .collect::<Vec<_>>()
                                .join(",")
                        ))
                        .collect::<Vec<_>>()
                        .join("; ")
                ))?;
            }
        }
        Ok(())
    })())?;
    if !found {
        if reports.iter().all(|r| r.actor.is_none()) {
            crate::diag!(
                "no actor named {:?}: not in the knowledge base, and no stored mention has that form",
                args.name
            );
        } else {
            crate::diag!("no stored mention of {:?}", args.name);
        }
        // Found nothing: a script must be able to tell (like grep's 1).
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// `vigie eval entities --dataset corpus/dev`.
pub fn eval(dataset: &Path, out: Option<&PathBuf>) -> anyhow::Result<ExitCode> {
    let r = vigie_eval::entities::evaluate(dataset)
        .with_context(|| format!("evaluating on {}", dataset.display()))?;
    for a in &r.per_article {
        crate::out!(
            "{}: records P {:.3} R {:.3} F1 {:.3} ({}/{} predicted, {} gold); occurrences P {:.3} R {:.3} F1 {:.3}",
            a.article,
            a.records.precision,
            a.records.recall,
            a.records.f1,
            a.records.true_positives,
            a.records.predicted,
            a.records.gold,
            a.occurrences.precision,
            a.occurrences.recall,
            a.occurrences.f1,
        );
        for fp in &a.false_positives {
            crate::out!(
                "    extra   {:?} → {} ({}) lines {:?}",
                fp.surface,
                fp.canonical,
                fp.how,
                fp.lines
            );
        }
        for (surface, line) in &a.missed_occurrences {
            crate::out!("    missed occurrence {surface:?} line {line}");
        }
        for fnn in &a.false_negatives {
            crate::out!(
                "    missed  {:?} → {} ({}) lines {:?}",
                fnn.surface,
                fnn.canonical,
                fnn.how,
                fnn.lines
            );
        }
    }
    crate::out!(
        "entities: {} articles; records P {:.3} R {:.3} F1 {:.3} (tp {}, predicted {}, gold {}); occurrences P {:.3} R {:.3} F1 {:.3}; {:.0} words/s on one core",
        r.articles,
        r.records.precision,
        r.records.recall,
        r.records.f1,
        r.records.true_positives,
        r.records.predicted,
        r.records.gold,
        r.occurrences.precision,
        r.occurrences.recall,
        r.occurrences.f1,
        r.words_per_second
    );
    if let Some(u) = &r.unlisted {
        crate::out!(
            "names nobody listed (persons and organisations): found {} of {} (recall {:.3}); unlinked persons and organisations reported {}, right {} (precision {:.3})",
            u.found,
            u.gold,
            u.recall,
            u.predicted,
            u.right,
            u.precision
        );
    }
    if let Some(path) = out {
        std::fs::write(path, serde_json::to_string_pretty(&r)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct BenchReport {
    bench: &'static str,
    corpus: String,
    documents: usize,
    words: usize,
    bytes: usize,
    mentions: usize,
    load_seconds: f64,
    seconds: f64,
    words_per_second: f64,
    megabytes_per_second: f64,
    /// CPU time of the benchmark thread (Linux; 10 ms resolution): on a busy machine the
    /// thread waits for a core, and words per CPU second is the one-core speed.
    cpu_seconds: Option<f64>,
    words_per_cpu_second: Option<f64>,
    patterns: usize,
}

/// `vigie bench actors`: the example corpus's texts, linked over and over on one thread until
/// `words` words have gone through; the knowledge base is loaded before timing starts.
pub fn bench(corpus: &Path, words: usize, json: bool) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let stage = vigie_actors::ActorStage::new();
    let linker = vigie_actors::shared();
    let load_seconds = t0.elapsed().as_secs_f64();
    // Documents as ingest hands them to the actors stage (sentences and their UD words, which
    // the name finder reads), prepared before the clock starts.
    let before = vigie_pipeline::before_actors();
    let mut docs = Vec::new();
    let source = vigie_ingest::Source::new(vec![corpus.to_path_buf()]);
    for input in source.inputs() {
        let input = input.map_err(|e| anyhow::anyhow!("{}: {}", e.origin.path, e.reason))?;
        vigie_ingest::read_source(&input, vigie_ingest::ReadOptions::default(), &mut |r| {
            if let Ok(raw) = r {
                let mut doc = vigie_pipeline::to_document(raw);
                if before.process(&mut doc).is_ok() {
                    docs.push(doc);
                }
            }
        });
    }
    anyhow::ensure!(
        !docs.is_empty(),
        "no article in {} (give --corpus DIR)",
        corpus.display()
    );
    let per_doc: Vec<usize> = docs
        .iter()
        .map(|d| d.text.split_whitespace().count())
        .collect();
    let (mut done_words, mut bytes, mut mentions, mut n) = (0usize, 0usize, 0usize, 0usize);
    let cpu_start = thread_cpu_seconds();
    let start = Instant::now();
    while done_words < words {
        let i = n % docs.len();
        let found = stage.find(&docs[i]);
        mentions += found.len();
        done_words += per_doc[i];
        bytes += docs[i].text.len();
        n += 1;
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = thread_cpu_seconds()
        .zip(cpu_start)
        .map(|(end, start)| end - start)
        .filter(|&c| c > 0.0);
    let report = BenchReport {
        bench: "actors",
        corpus: corpus.display().to_string(),
        documents: n,
        words: done_words,
        bytes,
        mentions,
        load_seconds,
        seconds,
        words_per_second: done_words as f64 / seconds,
        megabytes_per_second: bytes as f64 / 1e6 / seconds,
        cpu_seconds,
        words_per_cpu_second: cpu_seconds.map(|c| done_words as f64 / c),
        patterns: linker.pattern_count(),
    };
    if json {
        output::json_line(&report)?;
    } else {
        crate::out!(
            "actors: {} words ({} documents, {:.1} MB) in {:.3}s = {:.0} words/s ({:.1} MB/s) on one thread{}; {} mentions; knowledge base ({} patterns) loaded in {:.2}s",
            report.words,
            report.documents,
            report.bytes as f64 / 1e6,
            report.seconds,
            report.words_per_second,
            report.megabytes_per_second,
            report.words_per_cpu_second.map_or(String::new(), |w| format!(
                " ({:.0} words per CPU second, {:.3} CPU s)",
                w,
                report.cpu_seconds.unwrap_or(0.0)
            )),
            report.mentions,
            report.patterns,
            report.load_seconds
        );
    }
    Ok(ExitCode::SUCCESS)
}
