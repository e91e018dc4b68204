//! `vigie ingest`: read → process in parallel → store in transactional batches.
//!
//! Three parts connected by bounded channels, so memory stays flat whatever the corpus size:
//! one reader thread walks the inputs and reads articles (sequential I/O); a rayon pool runs the
//! pipeline stages on each article; the calling thread writes batches to the store. A batch is
//! one SQLite transaction followed by one index commit (see `vigie_store` for why a kill at any
//! point leaves a consistent store).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::iter::{ParallelBridge, ParallelIterator};
use serde::Serialize;
use vigie_core::{Document, Pipeline};
use vigie_ingest::{read_source, IngestError, Origin, RawArticle, ReadOptions, Source};
use vigie_store::Store;

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to ingest; `-` reads one article (or JSON Lines) from stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Largest accepted article in bytes (after decompression).
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    pub max_file_size: u64,
    /// Articles per transaction.
    #[arg(long, default_value_t = 500)]
    pub batch_size: usize,
    /// Worker threads for the pipeline (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// No progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print the closing summary as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// One failure, with where and why.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub source: String,
    pub reason: String,
}

/// The closing summary of an ingest.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub ingested: u64,
    pub already_present: u64,
    pub failed: u64,
    pub failures: Vec<Failure>,
    pub warnings: Vec<Failure>,
    pub seconds: f64,
    pub articles_per_second: f64,
}

enum Processed {
    Done {
        doc: Box<Document>,
        origin: Origin,
        warnings: Vec<String>,
        bytes: u64,
    },
    Failed {
        origin: Origin,
        reason: String,
        bytes: u64,
    },
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(data_dir)
        .with_context(|| format!("opening the store in {}", data_dir.display()))?;
    let pipeline = vigie_pipeline::standard();
    let options = IngestOptions {
        read: ReadOptions {
            max_bytes: args.max_file_size,
        },
        batch_size: args.batch_size.max(1),
        jobs: args.jobs,
        progress: !args.quiet && !args.json,
    };
    let summary = ingest(&mut store, &pipeline, args.inputs, &options)?;
    if args.json {
        output::ok_if_closed(output::json_line(&summary))?;
    } else {
        print_summary(&summary, data_dir);
    }
    Ok(if summary.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// How to run an ingest.
pub struct IngestOptions {
    pub read: ReadOptions,
    pub batch_size: usize,
    pub jobs: Option<usize>,
    pub progress: bool,
}

/// Ingests `inputs` into `store` through `pipeline`. Used by `vigie ingest` and `vigie bench`.
pub fn ingest(
    store: &mut Store,
    pipeline: &Pipeline,
    inputs: Vec<PathBuf>,
    options: &IngestOptions,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let source = Source::new(inputs);
    let total = source.total_bytes();
    let bar = progress_bar(total, options.progress);

    let jobs = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("starting worker threads")?;
    let (raw_tx, raw_rx) = crossbeam_channel::bounded::<Result<RawArticle, IngestError>>(jobs * 16);
    // Small bounds: a processed document with its annotations weighs tens of kilobytes.
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Processed>(jobs * 32);
    let read_options = options.read;

    let mut summary = Summary::default();
    std::thread::scope(|scope| -> anyhow::Result<()> {
        // Reader: sequential I/O, in input order.
        scope.spawn(move || {
            for input in source.inputs() {
                match input {
                    Err(e) => {
                        if raw_tx.send(Err(e)).is_err() {
                            return;
                        }
                    }
                    Ok(input) => read_source(&input, read_options, &mut |item| {
                        let _ = raw_tx.send(item);
                    }),
                }
            }
        });
        // Workers: the pipeline, in parallel.
        scope.spawn(move || {
            pool.install(|| {
                raw_rx
                    .into_iter()
                    .par_bridge()
                    .for_each_with(done_tx, |tx, item| {
                        let _ = tx.send(process(pipeline, item));
                    });
            });
        });
        // Writer: this thread.
        let mut batch: Vec<(Document, String)> = Vec::with_capacity(options.batch_size);
        let mut last_tick = Instant::now();
        for processed in done_rx {
            match processed {
                Processed::Done {
                    doc,
                    origin,
                    warnings,
                    bytes,
                } => {
                    for w in warnings {
                        summary.warnings.push(Failure {
                            source: origin.to_string(),
                            reason: w,
                        });
                    }
                    batch.push((*doc, origin.to_string()));
                    bar.inc(bytes);
                }
                Processed::Failed {
                    origin,
                    reason,
                    bytes,
                } => {
                    summary.failed += 1;
                    summary.failures.push(Failure {
                        source: origin.to_string(),
                        reason,
                    });
                    bar.inc(bytes);
                }
            }
            if batch.len() >= options.batch_size {
                write_batch(store, &mut batch, &mut summary)?;
            }
            if last_tick.elapsed() > Duration::from_millis(200) {
                last_tick = Instant::now();
                let rate = (summary.ingested + summary.already_present) as f64
                    / started.elapsed().as_secs_f64().max(1e-9);
                bar.set_message(format!("{rate:.0} articles/s"));
            }
        }
        write_batch(store, &mut batch, &mut summary)?;
        store.flush().context("committing the search index")?;
        Ok(())
    })?;
    bar.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    summary.articles_per_second =
        (summary.ingested + summary.already_present) as f64 / summary.seconds.max(1e-9);
    Ok(summary)
}

fn process(pipeline: &Pipeline, item: Result<RawArticle, IngestError>) -> Processed {
    match item {
        Err(e) => Processed::Failed {
            origin: e.origin,
            reason: e.reason,
            bytes: e.bytes,
        },
        Ok(raw) => {
            let origin = raw.origin.clone();
            let warnings = raw.warnings.clone();
            let bytes = raw.bytes;
            let mut doc = vigie_pipeline::to_document(raw);
            if doc.text.trim().is_empty() {
                return Processed::Failed {
                    origin,
                    reason: "no article text found (empty main content)".into(),
                    bytes,
                };
            }
            // A stage that panics on one article must not take the batch down with it.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                pipeline.process(&mut doc)
            }));
            match result {
                Ok(Ok(())) => Processed::Done {
                    doc: Box::new(doc),
                    origin,
                    warnings,
                    bytes,
                },
                Ok(Err(e)) => Processed::Failed {
                    origin,
                    reason: e.to_string(),
                    bytes,
                },
                Err(_) => Processed::Failed {
                    origin,
                    reason: "internal error while processing (stage panicked)".into(),
                    bytes,
                },
            }
        }
    }
}

fn write_batch(
    store: &mut Store,
    batch: &mut Vec<(Document, String)>,
    summary: &mut Summary,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let outcome = store
        .put_batch(batch)
        .context("writing a batch to the store")?;
    summary.ingested += outcome.inserted.len() as u64;
    summary.already_present += outcome.already_present as u64;
    batch.clear();
    Ok(())
}

fn progress_bar(total: Option<u64>, enabled: bool) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
            .with_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg} ETA {eta}",
            )
            .expect("valid template"),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bytes} {msg}")
                .expect("valid template"),
        ),
    };
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

fn print_summary(s: &Summary, data_dir: &Path) {
    eprintln!(
        "ingested {} article(s), skipped {} already present, {} failed — {:.1}s, {:.0} articles/s, store: {}",
        s.ingested,
        s.already_present,
        s.failed,
        s.seconds,
        s.articles_per_second,
        data_dir.display()
    );
    for w in &s.warnings {
        eprintln!("  warning: {}: {}", w.source, w.reason);
    }
    for f in &s.failures {
        eprintln!("  failed: {}: {}", f.source, f.reason);
    }
}
