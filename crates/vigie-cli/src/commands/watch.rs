//! `vigie watch --rules FILE`: evaluates an analyst's rules (`vigie_analysis::watch`) against
//! the store and sends each new alert, with its evidence, to stdout (JSON Lines), a log file
//! and a webhook.
//!
//! - Alerts are sent once: the ids sent are kept in a state file (`DATA_DIR/watch-state.json`
//!   by default), rewritten whole through a temporary file and a rename, so a crash leaves the
//!   old state or the new one, never half of one. This command never writes into the store
//!   except through the ingest function when it follows a folder.
//! - `--follow DIR` loops: ingest the files of DIR that are new or changed (the ingest of
//!   `vigie ingest`: one writer, idempotent), evaluate, sleep `--interval`; SIGINT or SIGTERM
//!   ends it after the current step, with the state saved. Without `--follow`, or with
//!   `--once`, one round and exit.
//! - The webhook is posted to by its own thread from a bounded queue, so neither ingest nor
//!   evaluation ever waits for the network. Each alert is tried up to 4 times (3 retries with
//!   backoff, [`BACKOFF`]) on connection errors and 5xx answers; an alert the webhook did not
//!   take stays in the state's `webhook_pending` and is offered again next round (and next
//!   run).
//!
//! Articles never change once stored (an id is a hash of the text), so each round reads only
//! the documents of articles it has not seen yet; the event rows and statements of the others
//! are kept from the rounds before.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context;
use crossbeam_channel::{Receiver, Sender, TrySendError};
use serde::{Deserialize, Serialize};
use vigie_analysis::claims::{self, Statement};
use vigie_analysis::events::EventReport;
use vigie_analysis::trends::QuadClass;
use vigie_analysis::watch::{self, Inputs, RuleKind, RuleSet, WatchEvent};
use vigie_core::Document;
use vigie_events::CameoTable;
use vigie_store::{ArticleFilter, Store};

use crate::output;

use super::ingest::{signal_flag, watch_signals};

#[derive(clap::Args)]
pub struct Args {
    /// The rule file (TOML, `[[rule]]` tables of kind event, trend or claim; see
    /// examples/watch.toml).
    #[arg(long, value_name = "FILE")]
    pub rules: PathBuf,
    /// Before each evaluation, ingest the files of this folder (recursively) that are new or
    /// changed; go on until SIGINT or SIGTERM.
    #[arg(long, value_name = "DIR")]
    pub follow: Option<PathBuf>,
    /// Seconds between two rounds with --follow.
    #[arg(long, default_value = "10", value_parser = seconds)]
    pub interval: f64,
    /// Also append each alert, as one JSON line, to this file.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Also POST each alert as JSON to this URL (plain http://; for https put a relay in front).
    #[arg(long, value_name = "URL", value_parser = http_url)]
    pub webhook: Option<String>,
    /// The ids of the alerts already sent (default: DATA_DIR/watch-state.json).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// One round, then exit, even with --follow.
    #[arg(long)]
    pub once: bool,
    /// Evidence links are `URL/articles/ID` (where `vigie serve` runs) instead of
    /// `/articles/ID`.
    #[arg(long, value_name = "URL", value_parser = base_url)]
    pub base_url: Option<String>,
}

/// A duration in seconds, more than 0 (fractions allowed).
fn seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v),
        _ => Err("expected a number of seconds more than 0, such as 10 or 0.5".into()),
    }
}

/// A webhook URL: plain HTTP only, since this build carries no TLS stack.
fn http_url(s: &str) -> Result<String, String> {
    let s = s.trim();
    match s.strip_prefix("http://") {
        Some(rest) if !rest.is_empty() && !rest.starts_with('/') => Ok(s.to_string()),
        _ if s.starts_with("https://") => Err(
            "https is not supported (this build has no TLS): give an http:// URL, such as a local relay"
                .into(),
        ),
        _ => Err("expected an http:// URL with a host, such as http://127.0.0.1:9000/alerts".into()),
    }
}

/// The base of evidence links: an http(s) URL.
fn base_url(s: &str) -> Result<String, String> {
    let s = s.trim();
    if (s.starts_with("http://") || s.starts_with("https://"))
        && s.split("//").nth(1).is_some_and(|h| !h.is_empty())
    {
        Ok(s.trim_end_matches('/').to_string())
    } else {
        Err("expected an http:// or https:// URL, such as http://127.0.0.1:8080".into())
    }
}

/// What was sent, kept between runs.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct State {
    /// Ids of the alerts written to stdout and the log.
    #[serde(default)]
    sent: BTreeSet<String>,
    /// Alerts the webhook has not taken yet, by id: offered again each round.
    #[serde(default)]
    webhook_pending: BTreeMap<String, serde_json::Value>,
}

impl State {
    fn load(path: &Path) -> anyhow::Result<State> {
        match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text).with_context(|| {
                format!(
                    "{}: not a watch state file (remove it to send every alert again)",
                    path.display()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// Writes the whole state to a temporary file beside it, then renames it over the old one:
    /// a reader (or a crash) sees the old state or the new one.
    fn save(&self, path: &Path) -> anyhow::Result<()> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("writing a temporary file in {}", dir.display()))?;
        serde_json::to_writer_pretty(&mut tmp, self)?;
        tmp.write_all(b"\n")?;
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("writing {}", path.display()))?;
        tmp.persist(path)
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(())
    }
}

/// A SIGINT or SIGTERM arrived: the handlers of `vigie ingest` only set a flag, which the loop
/// looks at between steps (and the ingest between documents), so the state is always saved
/// on the way out.
fn stopped() -> bool {
    signal_flag().load(Ordering::Relaxed) != 0
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let rules = RuleSet::load(&args.rules)?;
    let table = CameoTable::load()?;
    // The library checks a prefix's shape; only the code table knows whether it codes anything.
    for rule in &rules.rules {
        for p in rule.cameo_prefixes() {
            if !table.has_prefix(p) {
                anyhow::bail!(
                    "{}: rule {:?}: CAMEO prefix {p:?} begins no code of data/cameo/codes.toml",
                    args.rules.display(),
                    rule.name
                );
            }
        }
    }
    let state_path = args
        .state
        .clone()
        .unwrap_or_else(|| data_dir.join("watch-state.json"));
    let mut state = State::load(&state_path)?;
    let mut log = match &args.log {
        Some(p) => Some(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .with_context(|| format!("opening the log {}", p.display()))?,
        ),
        None => None,
    };
    watch_signals()?;
    let (mut store, mut follower) = match &args.follow {
        Some(dir) => {
            if !dir.is_dir() {
                anyhow::bail!("--follow {}: not a folder", dir.display());
            }
            let store = Store::open_writer(data_dir, false).with_context(|| {
                format!("opening the store in {} to ingest", data_dir.display())
            })?;
            for notice in store.notices() {
                crate::diag!("{notice}");
            }
            let pipeline = Arc::new(vigie_pipeline::standard());
            pipeline
                .prepare()
                .context("loading the pipeline's models")?;
            (
                store,
                Some(Follower {
                    dir: dir.clone(),
                    pipeline,
                    seen: HashMap::new(),
                }),
            )
        }
        None => (super::open_for_reading(data_dir)?, None),
    };
    let mut webhook = args.webhook.as_deref().map(Webhook::start).transpose()?;
    if webhook.is_none() && !state.webhook_pending.is_empty() {
        crate::diag!(
            "{} alert(s) wait for a webhook in {} (give --webhook to send them)",
            state.webhook_pending.len(),
            state_path.display()
        );
    }
    let mut corpus = Corpus::new(table);
    let once = args.once || follower.is_none();
    let has_claims = rules.rules.iter().any(|r| r.kind() == RuleKind::Claim);
    loop {
        if let Some(f) = &mut follower {
            f.ingest_new(&mut store)?;
        }
        if stopped() {
            break;
        }
        corpus.refresh(&store)?;
        let events = corpus.events();
        let tensions = if has_claims {
            let statements: Vec<Statement> = events.iter().map(|e| e.statement.clone()).collect();
            claims::find_tensions(&statements)
        } else {
            Vec::new()
        };
        let alerts = watch::evaluate(
            &rules,
            &Inputs {
                events: &events,
                tensions: &tensions,
                today: Some(chrono::Utc::now().date_naive()),
                base_url: args.base_url.as_deref(),
            },
        );
        let raised = alerts.len();
        let mut new = 0usize;
        for alert in alerts {
            if state.sent.contains(&alert.id) {
                continue;
            }
            let json = serde_json::to_value(&alert)?;
            output::ok_if_closed(output::json_line(&json))?;
            if let Some(f) = &mut log {
                let mut line = serde_json::to_vec(&json)?;
                line.push(b'\n');
                f.write_all(&line)
                    .and_then(|_| f.flush())
                    .with_context(|| {
                        format!(
                            "appending to {}",
                            args.log.as_deref().unwrap_or(Path::new("")).display()
                        )
                    })?;
            }
            if webhook.is_some() {
                state.webhook_pending.insert(alert.id.clone(), json);
            }
            state.sent.insert(alert.id);
            new += 1;
        }
        if let Some(w) = &mut webhook {
            w.settle(&mut state);
            w.offer(&state, &HashSet::new());
        }
        state.save(&state_path)?;
        if new > 0 {
            crate::diag!("{new} new alert(s) ({raised} raised, the others sent before)");
        }
        if once || stopped() {
            break;
        }
        let wake = Instant::now() + Duration::from_secs_f64(args.interval);
        while Instant::now() < wake && !stopped() {
            std::thread::sleep(Duration::from_millis(100).min(wake - Instant::now()));
        }
        if stopped() {
            break;
        }
    }
    if let Some(w) = webhook.take() {
        w.finish(&mut state);
        state.save(&state_path)?;
        if !state.webhook_pending.is_empty() {
            crate::diag!(
                "{} alert(s) not taken by the webhook: kept in {}, offered again next run",
                state.webhook_pending.len(),
                state_path.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The event rows of the stored articles, read once per article.
struct Corpus {
    table: CameoTable,
    /// By (publication date, id), so events come in a stable order whatever the round.
    articles: BTreeMap<(Option<String>, String), Vec<WatchEvent>>,
    known: HashSet<String>,
}

impl Corpus {
    fn new(table: CameoTable) -> Corpus {
        Corpus {
            table,
            articles: BTreeMap::new(),
            known: HashSet::new(),
        }
    }

    /// Reads the documents of the articles not seen yet.
    fn refresh(&mut self, store: &Store) -> anyhow::Result<()> {
        for row in store.articles(&ArticleFilter::default())? {
            if self.known.contains(&row.id) {
                continue;
            }
            let Some(doc) = store.get(&row.id)? else {
                continue;
            };
            let original = store
                .copy_of(&row.id)?
                .map_or_else(|| row.id.clone(), |c| c.original);
            let events = self.events_of(&doc, original);
            self.known.insert(row.id.clone());
            self.articles.insert((row.published, row.id), events);
        }
        Ok(())
    }

    /// One [`WatchEvent`] per coded event: the row `vigie events` writes (its id and sentence)
    /// with the statement `vigie contradictions` reads. Both walk the document's event layer
    /// in order, one item per event, so they pair up one to one.
    fn events_of(&self, doc: &Document, original: String) -> Vec<WatchEvent> {
        let rows = super::events::rows(doc);
        let statements = Statement::from_document(doc);
        debug_assert_eq!(rows.len(), statements.len());
        let article = doc.id.as_str().to_string();
        rows.into_iter()
            .zip(statements)
            .map(|(row, statement)| {
                let e = &row.event;
                let root = e.cameo.get(..2).unwrap_or(&e.cameo);
                let quad = self
                    .table
                    .get(&e.cameo)
                    .or_else(|| self.table.get(root))
                    .and_then(|c| QuadClass::from_number(c.quad_class));
                WatchEvent {
                    id: row.event_id,
                    plover: e.plover,
                    // The report `vigie trend` and `vigie events --distinct` group.
                    report: EventReport::of_event(
                        e,
                        doc.meta.published.as_deref(),
                        article.clone(),
                        original.clone(),
                    ),
                    goldstein: e.goldstein,
                    quad,
                    url: row.url.clone().or_else(|| doc.meta.url.clone()),
                    statement,
                }
            })
            .collect()
    }

    fn events(&self) -> Vec<WatchEvent> {
        self.articles.values().flatten().cloned().collect()
    }
}

/// A file is taken this long after its last change at the earliest: one still being written
/// would otherwise be stored truncated (as another article, since the text differs).
const SETTLE: Duration = Duration::from_secs(2);

/// A file's size and modification time: changed when either changes.
type Stamp = (u64, Option<SystemTime>);

/// `--follow`: the folder, the pipeline built once, and the (size, mtime) of each file read.
struct Follower {
    dir: PathBuf,
    pipeline: Arc<vigie_core::Pipeline>,
    seen: HashMap<PathBuf, Stamp>,
}

impl Follower {
    /// Ingests the files that are new or changed since they were last read. Ingest is
    /// idempotent, so a file read again adds only what it did not hold before; the record of
    /// (size, mtime) only spares re-reading unchanged files.
    fn ingest_new(&mut self, store: &mut Store) -> anyhow::Result<()> {
        let mut changed: Vec<(PathBuf, Stamp)> = Vec::new();
        walk(&self.dir, &mut |path, stamp| {
            if self.seen.get(path) != Some(&stamp) {
                changed.push((path.to_path_buf(), stamp));
            }
        })?;
        if changed.is_empty() {
            return Ok(());
        }
        let options = super::ingest::IngestOptions {
            interrupt: Some(Arc::clone(signal_flag())),
            ..Default::default()
        };
        let inputs: Vec<PathBuf> = changed.iter().map(|(p, _)| p.clone()).collect();
        let summary = super::ingest::ingest(store, Arc::clone(&self.pipeline), inputs, &options)?;
        for f in &summary.failures {
            crate::diag!("{}: {}", f.source, f.reason);
        }
        crate::diag!(
            "{}: {} file(s) read, {} article(s) ingested, {} already present, {} failed",
            self.dir.display(),
            changed.len(),
            summary.ingested,
            summary.already_present,
            summary.failed
        );
        // An interrupted ingest did not read every file: those are read again next time.
        if summary.interrupted_by.is_none() {
            self.seen.extend(changed);
        }
        Ok(())
    }
}

/// Calls `f` with every settled regular file under `dir` and its (size, mtime). Hidden names
/// (editors' and downloaders' temporary files) and symbolic links are left out.
fn walk(dir: &Path, f: &mut dyn FnMut(&Path, Stamp)) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    let now = SystemTime::now();
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, f)?;
        } else if kind.is_file() {
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            let mtime = meta.modified().ok();
            // A modification time in the future (a skewed clock) counts as settled.
            let settled =
                mtime.is_none_or(|m| now.duration_since(m).map_or(true, |age| age >= SETTLE));
            if settled {
                f(&path, (meta.len(), mtime));
            }
        }
    }
    Ok(())
}

/// Alerts waiting for the webhook thread at most; past it an alert stays pending in the state
/// and is offered next round, so evaluation never blocks on a slow endpoint.
const QUEUE: usize = 64;
/// Retries after the first try, on connection errors and 5xx answers.
const RETRIES: u32 = 3;
/// The wait before the first retry, doubled before each next one (0.25 s, 0.5 s, 1 s). Short on
/// purpose: these retries ride out a dropped connection or a restarting endpoint; a longer
/// outage is covered by the next round, which offers the alert again (`--interval` later).
const BACKOFF: Duration = Duration::from_millis(250);
/// One request's limit, connection included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The webhook's sending thread, its queue and its answers.
struct Webhook {
    /// `None` once closed by [`Webhook::finish`].
    queue: Option<Sender<(String, serde_json::Value)>>,
    results: Receiver<(String, Result<(), String>)>,
    thread: Option<JoinHandle<()>>,
    /// Ids handed to the thread and not answered yet.
    in_flight: HashSet<String>,
}

impl Webhook {
    fn start(url: &str) -> anyhow::Result<Webhook> {
        let (queue, jobs) = crossbeam_channel::bounded::<(String, serde_json::Value)>(QUEUE);
        let (done, results) = crossbeam_channel::unbounded();
        let url = url.to_string();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(REQUEST_TIMEOUT))
            .build()
            .into();
        let thread = std::thread::Builder::new()
            .name("vigie-webhook".into())
            .spawn(move || {
                for (id, body) in jobs.iter() {
                    let outcome = post(&agent, &url, &body);
                    if done.send((id, outcome)).is_err() {
                        return;
                    }
                }
            })
            .context("starting the webhook thread")?;
        Ok(Webhook {
            queue: Some(queue),
            results,
            thread: Some(thread),
            in_flight: HashSet::new(),
        })
    }

    /// Takes in one answer: a delivered alert leaves `webhook_pending`, a failed one stays
    /// there for the next round. False when it failed.
    fn answer(&mut self, state: &mut State, id: String, outcome: Result<(), String>) -> bool {
        self.in_flight.remove(&id);
        match outcome {
            Ok(()) => {
                state.webhook_pending.remove(&id);
                true
            }
            Err(e) => {
                crate::diag!("webhook: alert {id} not delivered: {e}");
                false
            }
        }
    }

    /// Takes in the answers so far; the number of failures.
    fn settle(&mut self, state: &mut State) -> usize {
        let answers: Vec<_> = self.results.try_iter().collect();
        answers
            .into_iter()
            .filter(|(id, outcome)| !self.answer(state, id.clone(), outcome.clone()))
            .count()
    }

    /// Hands the pending alerts neither in flight nor in `skip` to the thread, as many as the
    /// queue takes.
    fn offer(&mut self, state: &State, skip: &HashSet<String>) {
        let Some(queue) = &self.queue else {
            return;
        };
        for (id, body) in &state.webhook_pending {
            if self.in_flight.contains(id) || skip.contains(id) {
                continue;
            }
            match queue.try_send((id.clone(), body.clone())) {
                Ok(()) => {
                    self.in_flight.insert(id.clone());
                }
                Err(TrySendError::Full(_)) | Err(TrySendError::Disconnected(_)) => break,
            }
        }
    }

    /// On the way out: offers every pending alert once (more than the queue holds, if need
    /// be), stopping at the first failure — the endpoint is down, and the rest would each wait
    /// out their retries; they stay pending for the next run. Then closes the queue and waits
    /// for the thread.
    fn finish(mut self, state: &mut State) {
        let mut offered: HashSet<String> = HashSet::new();
        loop {
            if self.settle(state) > 0 {
                break;
            }
            self.offer(state, &offered);
            offered.extend(self.in_flight.iter().cloned());
            if self.in_flight.is_empty() {
                break;
            }
            match self.results.recv() {
                Ok((id, outcome)) => {
                    if !self.answer(state, id, outcome) {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        drop(self.queue.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.settle(state);
    }
}

/// One alert to the webhook, retried with backoff on connection errors and 5xx answers.
fn post(agent: &ureq::Agent, url: &str, body: &serde_json::Value) -> Result<(), String> {
    let mut wait = BACKOFF;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let err = match agent.post(url).send_json(body) {
            Ok(_) => return Ok(()),
            Err(e) => e,
        };
        let retry = match &err {
            ureq::Error::StatusCode(code) => *code >= 500,
            ureq::Error::Io(_)
            | ureq::Error::Timeout(_)
            | ureq::Error::HostNotFound
            | ureq::Error::ConnectionFailed
            | ureq::Error::Protocol(_) => true,
            _ => false,
        };
        if !retry || attempt > RETRIES {
            return Err(format!("{err} (after {attempt} attempt(s))"));
        }
        std::thread::sleep(wait);
        wait *= 2;
    }
}
