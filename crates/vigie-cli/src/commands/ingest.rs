//! `vigie ingest`: read → process in parallel → store in transactional batches.
//!
//! Three parts connected by bounded channels, so memory stays flat whatever the corpus size:
//! one reader thread walks the inputs and reads articles (sequential I/O); worker threads run
//! the pipeline stages on each article; the calling thread writes batches to the store. A batch
//! is one SQLite transaction followed by one index commit (see `vigie_store` for why a kill at
//! any point leaves a consistent store).
//!
//! No article delays the others:
//! - the open batch is written when it is full **or** [`FLUSH_EVERY`] after its first
//!   article, so a slow article never holds back the commit of finished ones;
//! - each article has a time budget (`--time-per-article`): the pipeline checks it between
//!   stages ([`vigie_core::stage::TimeBudget`]), and the writer keeps its own watch: an article
//!   still in a stage [`GRACE`] past its budget is reported failed (path and stage), its
//!   worker is replaced, and its result, should it ever come, is dropped. So at the end of
//!   input the summary is printed (exit 2) even while a worker thread is stuck;
//! - HTML pages over the bounds of `vigie_clean::html::bounds` are not parsed (text taken by
//!   stripping tags, with a warning).
//!
//! SIGINT and SIGTERM set a flag: reading stops, the documents already processed are written
//! (the open batch is finished, never left half-written), the summary is printed, and the exit
//! code is 130 or 143.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use anyhow::Context;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use vigie_clean::html::HtmlLimits;
use vigie_core::stage::TimeBudget;
use vigie_core::{Document, Pipeline};
use vigie_ingest::{read_source, IngestError, Origin, RawArticle, ReadOptions, Source};
use vigie_store::Store;

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to ingest; `-` reads one article (or JSON Lines) from stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Largest accepted article after decompression (whole file for text and HTML, one line
    /// for JSON Lines): bytes, or with a suffix: 512K, 20M, 1G.
    #[arg(long, default_value = "20M", value_parser = crate::args::byte_size)]
    pub max_file_size: u64,
    /// When another `vigie ingest` holds the store, wait for it instead of failing.
    #[arg(long)]
    pub wait: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 500)]
    pub batch_size: usize,
    /// Seconds one article may spend in the pipeline; past it the article is reported failed
    /// with the stage it was in, and the rest goes on.
    #[arg(long, default_value_t = 60.0, value_parser = seconds)]
    pub time_per_article: f64,
    /// HTML pages nested deeper than this are not parsed: their text is taken by stripping tags.
    #[arg(long, default_value_t = HtmlLimits::default().max_depth)]
    pub html_max_depth: usize,
    /// HTML pages with more elements than this are not parsed: their text is taken by
    /// stripping tags.
    #[arg(long, default_value_t = HtmlLimits::default().max_elements)]
    pub html_max_elements: usize,
    /// HTML pages whose elements' depths add up to more than this are not parsed (the
    /// extractors' work grows with it): their text is taken by stripping tags.
    #[arg(long, default_value_t = HtmlLimits::default().max_nesting)]
    pub html_max_nesting: u64,
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

/// A duration in seconds, more than 0 (fractions allowed).
fn seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v),
        _ => Err("expected a number of seconds more than 0, such as 60 or 2.5".into()),
    }
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
    /// The signal that stopped the ingest (`SIGINT`, `SIGTERM`), if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interrupted_by: Option<String>,
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

/// The signal number received (0: none), set by the handlers [`watch_signals`] installs.
pub(crate) fn signal_flag() -> &'static Arc<AtomicUsize> {
    static FLAG: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
    FLAG.get_or_init(|| Arc::new(AtomicUsize::new(0)))
}

/// Opens the store as its one writer. With `wait`, says whom it waits for first.
fn open_writer(data_dir: &Path, wait: bool) -> anyhow::Result<Store> {
    let store = match Store::open_writer(data_dir, false) {
        Err(vigie_store::StoreError::InUse { pid, .. }) if wait => {
            crate::diag!(
                "waiting for {} to release the store in {}",
                pid.map_or("another process".to_string(), |p| format!("process {p}")),
                data_dir.display()
            );
            Store::open_writer(data_dir, true)?
        }
        other => other?,
    };
    for notice in store.notices() {
        crate::diag!("{notice}");
    }
    Ok(store)
}

/// Installs SIGINT and SIGTERM handlers that only record the signal (the writer looks at it
/// between documents): an interrupted ingest still commits what it finished.
pub(crate) fn watch_signals() -> anyhow::Result<()> {
    #[cfg(unix)]
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register_usize(sig, Arc::clone(signal_flag()), sig as usize)
            .context("installing the signal handlers")?;
    }
    Ok(())
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    // A path that does not exist is a mistyped command, not a bad file in a batch: nothing is
    // ingested ("could not run", exit 1), before the store is even opened.
    for input in &args.inputs {
        if input.as_os_str() != "-" && std::fs::symlink_metadata(input).is_err() {
            anyhow::bail!("input {} does not exist", input.display());
        }
    }
    // Before the store and the pipeline (seconds of setup), so a signal then is handled too.
    watch_signals()?;
    let mut store = open_writer(data_dir, args.wait)?;
    let pipeline = Arc::new(vigie_pipeline::standard());
    // Models once, here, not inside the first articles' time budgets.
    pipeline
        .prepare()
        .context("loading the pipeline's models")?;
    let options = IngestOptions {
        read: ReadOptions {
            max_bytes: args.max_file_size,
        },
        batch_size: args.batch_size.max(1),
        jobs: args.jobs,
        progress: !args.quiet && !args.json,
        time_per_article: Some(Duration::from_secs_f64(args.time_per_article)),
        html_limits: HtmlLimits {
            max_depth: args.html_max_depth,
            max_elements: args.html_max_elements,
            max_nesting: args.html_max_nesting,
        },
        interrupt: Some(Arc::clone(signal_flag())),
    };
    let summary = ingest(&mut store, pipeline, args.inputs, &options)?;
    if args.json {
        output::ok_if_closed(output::json_line(&summary))?;
    } else {
        print_summary(&summary, data_dir);
    }
    Ok(match summary.interrupted_by.as_deref() {
        // 128 + the signal number, as shells report it.
        Some("SIGINT") => ExitCode::from(130),
        Some(_) => ExitCode::from(143),
        None if summary.failed == 0 => ExitCode::SUCCESS,
        None => ExitCode::from(2),
    })
}

/// How to run an ingest.
pub struct IngestOptions {
    pub read: ReadOptions,
    pub batch_size: usize,
    pub jobs: Option<usize>,
    pub progress: bool,
    /// Time one article may spend in the pipeline (`None`: unlimited).
    pub time_per_article: Option<Duration>,
    /// Bounds past which an HTML page is not parsed.
    pub html_limits: HtmlLimits,
    /// Set to a signal number to stop the ingest cleanly (see [`watch_signals`]).
    pub interrupt: Option<Arc<AtomicUsize>>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            read: ReadOptions::default(),
            batch_size: 500,
            jobs: None,
            progress: false,
            time_per_article: Some(Duration::from_secs(60)),
            html_limits: HtmlLimits::default(),
            interrupt: None,
        }
    }
}

/// The open batch is written this long after its first document at the latest: finished
/// articles reach the store within seconds even when the batch fills slowly (a slow article, a
/// trickle on stdin).
pub const FLUSH_EVERY: Duration = Duration::from_secs(2);

/// How long past its time budget the writer waits for an article still inside a stage before
/// reporting it failed and replacing its worker. The pipeline's own check between stages
/// usually reports it first; this is for a stage that does not return.
pub const GRACE: Duration = Duration::from_secs(1);

/// How often the writer wakes when nothing arrives, to flush, watch budgets and signals.
const TICK: Duration = Duration::from_millis(100);

/// An article a worker is processing.
struct InFlight {
    origin: String,
    budget: TimeBudget,
    stage: &'static str,
    /// Reported failed by the writer: the worker drops its result and exits.
    abandoned: bool,
}

/// What the workers are doing, shared with the writer.
#[derive(Default)]
struct Board {
    next_id: AtomicU64,
    in_flight: Mutex<HashMap<u64, InFlight>>,
}

impl Board {
    fn set_stage(&self, id: u64, stage: &'static str) {
        if let Some(f) = self
            .in_flight
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_mut(&id)
        {
            f.stage = stage;
        }
    }
}

/// What the workers share.
struct WorkerContext {
    pipeline: Arc<Pipeline>,
    board: Arc<Board>,
    raw: Receiver<Result<RawArticle, IngestError>>,
    done: Sender<Processed>,
    budget: Option<Duration>,
    limits: HtmlLimits,
}

/// Stack of a pipeline worker (the default is 2 MiB).
const WORKER_STACK_BYTES: usize = 32 << 20;

fn spawn_worker(ctx: Arc<WorkerContext>, n: usize) -> anyhow::Result<()> {
    std::thread::Builder::new()
        .name(format!("vigie-worker-{n}"))
        // Defence in depth behind the HTML bounds: the extractors recurse over the DOM, and a
        // thread's stack is only committed as it is used.
        .stack_size(WORKER_STACK_BYTES)
        .spawn(move || {
            for item in ctx.raw.iter() {
                let id = ctx.board.next_id.fetch_add(1, Ordering::Relaxed);
                let budget = match ctx.budget {
                    Some(limit) => TimeBudget::starting_now(limit),
                    None => TimeBudget::unlimited(),
                };
                let origin = match &item {
                    Ok(raw) => raw.origin.to_string(),
                    Err(e) => e.origin.to_string(),
                };
                ctx.board
                    .in_flight
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(
                        id,
                        InFlight {
                            origin,
                            budget,
                            stage: "reading",
                            abandoned: false,
                        },
                    );
                let processed = process(&ctx, id, &budget, item);
                let entry = ctx
                    .board
                    .in_flight
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&id);
                if entry.is_some_and(|f| f.abandoned) {
                    // Already reported failed, and a new worker took this one's place.
                    return;
                }
                if ctx.done.send(processed).is_err() {
                    return;
                }
            }
        })
        .context("starting a worker thread")?;
    Ok(())
}

/// Ingests `inputs` into `store` through `pipeline`. Used by `vigie ingest` and `vigie bench`.
pub fn ingest(
    store: &mut Store,
    pipeline: Arc<Pipeline>,
    inputs: Vec<PathBuf>,
    options: &IngestOptions,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let source = Source::new(inputs);
    let total = source.total_bytes();
    let bar = progress_bar(total, options.progress);

    let jobs = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let (raw_tx, raw_rx) = crossbeam_channel::bounded::<Result<RawArticle, IngestError>>(jobs * 16);
    // Small bounds: a processed document with its annotations weighs tens of kilobytes.
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Processed>(jobs * 32);
    let read_options = options.read;
    let interrupt = options.interrupt.clone();
    let interrupted = move || interrupt.as_ref().map_or(0, |f| f.load(Ordering::Relaxed));

    // Reader: sequential I/O, in input order. It counts what it sends, so the writer knows when
    // every article is accounted for without waiting for the threads to end (a stuck worker
    // never ends).
    let sent = Arc::new(AtomicU64::new(0));
    let reader_done = Arc::new(AtomicBool::new(false));
    {
        let sent = Arc::clone(&sent);
        let reader_done = Arc::clone(&reader_done);
        let interrupted = interrupted.clone();
        std::thread::Builder::new()
            .name("vigie-reader".into())
            .spawn(move || {
                // Set on every way out, a panic included: the writer waits for it.
                let done_guard = SetOnDrop(reader_done);
                for input in source.inputs() {
                    if interrupted() != 0 {
                        break;
                    }
                    let mut send = |item| {
                        sent.fetch_add(1, Ordering::SeqCst);
                        if raw_tx.send(item).is_err() {
                            sent.fetch_sub(1, Ordering::SeqCst);
                        }
                    };
                    match input {
                        Err(e) => send(Err(e)),
                        Ok(input) => read_source(&input, read_options, &mut send),
                    }
                }
                drop(done_guard);
            })
            .context("starting the reader thread")?;
    }

    // Workers: the pipeline, in parallel.
    let board = Arc::new(Board::default());
    let ctx = Arc::new(WorkerContext {
        pipeline,
        board: Arc::clone(&board),
        raw: raw_rx,
        done: done_tx,
        budget: options.time_per_article,
        limits: options.html_limits,
    });
    for n in 0..jobs {
        spawn_worker(Arc::clone(&ctx), n)?;
    }
    let mut spawned = jobs;

    // Writer: this thread.
    let mut summary = Summary::default();
    let mut settled = 0u64;
    let mut batch: Vec<(Document, String)> = Vec::with_capacity(options.batch_size);
    let mut batch_opened = Instant::now();
    let mut last_tick = Instant::now();
    loop {
        let signal = interrupted();
        if signal != 0 {
            summary.interrupted_by = Some(signal_name(signal));
            break;
        }
        let received = match done_rx.recv_timeout(TICK) {
            Ok(p) => Some(p),
            Err(RecvTimeoutError::Timeout) => None,
            // Every worker ended (they hold the sender): all is processed.
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if let Some(processed) = received {
            settled += 1;
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
                    if batch.is_empty() {
                        batch_opened = Instant::now();
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
        }
        if batch.len() >= options.batch_size
            || (!batch.is_empty() && batch_opened.elapsed() >= FLUSH_EVERY)
        {
            write_batch(store, &mut batch, &mut summary)?;
        }
        // Articles stuck in a stage past their budget: reported failed, workers replaced.
        for stuck in abandon_overdue(&board) {
            settled += 1;
            summary.failed += 1;
            summary.failures.push(stuck);
            spawn_worker(Arc::clone(&ctx), spawned)?;
            spawned += 1;
        }
        // End of input: everything the reader sent is written, failed or abandoned.
        if reader_done.load(Ordering::SeqCst) && settled == sent.load(Ordering::SeqCst) {
            break;
        }
        if last_tick.elapsed() > Duration::from_millis(200) {
            last_tick = Instant::now();
            let rate = (summary.ingested + summary.already_present) as f64
                / started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!("{rate:.0} articles/s"));
        }
    }
    // Interrupted: the documents already processed are written too (finished work is kept).
    if summary.interrupted_by.is_some() {
        for processed in done_rx.try_iter() {
            match processed {
                Processed::Done { doc, origin, .. } => batch.push((*doc, origin.to_string())),
                Processed::Failed { origin, reason, .. } => {
                    summary.failed += 1;
                    summary.failures.push(Failure {
                        source: origin.to_string(),
                        reason,
                    });
                }
            }
        }
    }
    write_batch(store, &mut batch, &mut summary)?;
    store.flush().context("committing the search index")?;
    bar.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    summary.articles_per_second =
        (summary.ingested + summary.already_present) as f64 / summary.seconds.max(1e-9);
    Ok(summary)
}

/// Sets its flag when dropped.
struct SetOnDrop(Arc<AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

fn signal_name(signal: usize) -> String {
    #[cfg(unix)]
    if signal == signal_hook::consts::SIGINT as usize {
        return "SIGINT".into();
    }
    let _ = signal;
    "SIGTERM".into()
}

/// Marks the articles past their budget plus [`GRACE`] as abandoned and returns their
/// failures.
fn abandon_overdue(board: &Board) -> Vec<Failure> {
    let mut out = Vec::new();
    let mut in_flight = board.in_flight.lock().unwrap_or_else(|e| e.into_inner());
    for f in in_flight.values_mut() {
        let Some(limit) = f.budget.limit else {
            continue;
        };
        if f.abandoned || f.budget.started.elapsed() < limit + GRACE {
            continue;
        }
        f.abandoned = true;
        out.push(Failure {
            source: f.origin.clone(),
            reason: format!(
                "{}: over the time budget of {:.1}s per article, still running after {:.1}s; given up",
                f.stage,
                limit.as_secs_f64(),
                f.budget.started.elapsed().as_secs_f64()
            ),
        });
    }
    out
}

/// The HTML extraction step's name, as reported when a page is stuck in it.
const HTML_STEP: &str = "html extraction";

fn process(
    ctx: &WorkerContext,
    id: u64,
    budget: &TimeBudget,
    item: Result<RawArticle, IngestError>,
) -> Processed {
    match item {
        Err(e) => Processed::Failed {
            origin: e.origin,
            reason: e.reason,
            bytes: e.bytes,
        },
        Ok(raw) => {
            let origin = raw.origin.clone();
            let mut warnings = raw.warnings.clone();
            let bytes = raw.bytes;
            let failed = |reason: String| Processed::Failed {
                origin: origin.clone(),
                reason,
                bytes,
            };
            ctx.board.set_stage(id, HTML_STEP);
            // A stage that panics on one article must not take the batch down with it.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let (mut doc, over) = vigie_pipeline::to_document_bounded(raw, &ctx.limits);
                if let Some(over) = over {
                    warnings.push(over.to_string());
                }
                if doc.text.trim().is_empty() {
                    return Ok(None);
                }
                budget.check(HTML_STEP)?;
                ctx.pipeline
                    .process_within(&mut doc, budget, &mut |stage| {
                        ctx.board.set_stage(id, stage)
                    })
                    .map(|()| Some(doc))
            }));
            match result {
                Ok(Ok(Some(doc))) => Processed::Done {
                    doc: Box::new(doc),
                    origin,
                    warnings,
                    bytes,
                },
                Ok(Ok(None)) => failed("no article text found (empty main content)".into()),
                Ok(Err(e)) => failed(e.to_string()),
                Err(_) => failed("internal error while processing (stage panicked)".into()),
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
    if let Some(signal) = &s.interrupted_by {
        crate::diag!(
            "interrupted by {signal}: the articles processed so far are stored, the rest was not read"
        );
    }
    crate::diag!(
        "ingested {} article(s), skipped {} already present, {} failed — {:.1}s, {:.0} articles/s, store: {}",
        s.ingested,
        s.already_present,
        s.failed,
        s.seconds,
        s.articles_per_second,
        data_dir.display()
    );
    for w in &s.warnings {
        crate::diag!("  warning: {}: {}", w.source, w.reason);
    }
    for f in &s.failures {
        crate::diag!("  failed: {}: {}", f.source, f.reason);
    }
}
