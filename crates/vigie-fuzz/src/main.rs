//! The timed fuzz runner.
//!
//! `vigie-fuzz --target html --seconds 600 [--out DIR]` fuzzes one target (or `all`, one after
//! the other, each for `--seconds`) and prints, per target, the seconds, iterations and
//! findings. Each campaign runs in a worker process so that what cannot be caught in-process
//! (a stack overflow, an allocation failure, an input that never returns) is still recorded:
//! the worker writes every input to `DIR/<target>/current.bin` before running it, and when it
//! dies the runner keeps that file as a finding and starts a new worker with the next seed.
//! Panics are caught in the worker and saved the same way. Findings go to
//! `DIR/<target>/finding-*.bin`, listed in `DIR/<target>/findings.txt`; each run appends one
//! line to `DIR/summary.tsv`. `--replay FILE` runs one saved input again.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use vigie_fuzz::{mutate::Generator, on_target_stack, run_caught, seeds, Harness, Target};

/// Exit code of a worker whose watchdog found an input running longer than `--hang-seconds`.
const EXIT_HANG: i32 = 3;

#[derive(Parser, Debug)]
#[command(
    name = "vigie-fuzz",
    about = "Fuzz vigie's parsers for a fixed time per target"
)]
struct Args {
    /// Target name (html, text, jsonl, charset, dates, query, kb, lexicons, events-lexicon) or `all`.
    #[arg(long)]
    target: String,
    /// Seconds per target.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// First seed of the input generator (each restarted worker takes the next one).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where findings and the summary are written.
    #[arg(long, default_value = "target/vigie-fuzz")]
    out: PathBuf,
    /// An input running longer than this is a finding (unbounded time).
    #[arg(long, default_value_t = 20)]
    hang_seconds: u64,
    /// Address-space limit of a worker, in MiB: an input needing more is a finding.
    #[arg(long, default_value_t = 4096)]
    memory_mib: u64,
    /// Also seed from `../shared` (when present; read at run time, never copied).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    shared: bool,
    /// Run this one saved input through the target and report.
    #[arg(long)]
    replay: Option<PathBuf>,
    /// Write each target's seeds (`DIR/<target>/in/`) and token dictionary (`DIR/<target>/dict`)
    /// for AFL++, then stop.
    #[arg(long)]
    export_afl: Option<PathBuf>,
    /// Internal: run as the worker of one campaign, until this many milliseconds since the epoch.
    #[arg(long, hide = true)]
    worker_until_ms: Option<u64>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let targets: Vec<Target> = if args.target == "all" {
        Target::ALL.to_vec()
    } else {
        match Target::parse(&args.target) {
            Some(t) => vec![t],
            None => {
                let names: Vec<_> = Target::ALL.iter().map(|t| t.name()).collect();
                println!(
                    "unknown target {:?}; one of: {}, all",
                    args.target,
                    names.join(", ")
                );
                return ExitCode::from(1);
            }
        }
    };
    if let Some(file) = &args.replay {
        return replay(targets[0], file);
    }
    if let Some(dir) = &args.export_afl {
        for &t in &targets {
            if let Err(e) = export_afl(t, dir, args.shared) {
                println!("{}: {e}", t.name());
                return ExitCode::from(1);
            }
        }
        return ExitCode::SUCCESS;
    }
    if let Some(until) = args.worker_until_ms {
        return worker(targets[0], &args, until);
    }
    let mut any = false;
    for t in targets {
        match campaign(t, &args) {
            Ok(found) => any |= found > 0,
            Err(e) => {
                println!("{}: {e}", t.name());
                return ExitCode::from(1);
            }
        }
    }
    if any {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn replay(target: Target, file: &Path) -> ExitCode {
    let input = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            println!("{}: {e}", file.display());
            return ExitCode::from(1);
        }
    };
    let started = Instant::now();
    let result = on_target_stack(target, || {
        let mut h = Harness::new(target).expect("fuzz harness");
        run_caught(&mut h, &input)
    });
    let took = started.elapsed().as_secs_f64();
    match result {
        Ok(()) => {
            println!(
                "{}: ok in {took:.3} s ({} bytes)",
                target.name(),
                input.len()
            );
            ExitCode::SUCCESS
        }
        Err(m) => {
            println!("{}: panic after {took:.3} s: {m}", target.name());
            ExitCode::from(2)
        }
    }
}

/// AFL++ refuses seeds over 1 MiB.
const AFL_MAX_SEED: usize = 1 << 20;

fn export_afl(target: Target, dir: &Path, shared: bool) -> Result<(), String> {
    let root = dir.join(target.name());
    let input = root.join("in");
    std::fs::create_dir_all(&input).map_err(|e| format!("{}: {e}", input.display()))?;
    let mut n = 0;
    for seed in seeds::load(target, shared) {
        let path = input.join(format!("seed-{n:04}"));
        std::fs::write(&path, &seed[..seed.len().min(AFL_MAX_SEED)])
            .map_err(|e| format!("{}: {e}", path.display()))?;
        n += 1;
    }
    let mut dict = String::new();
    let grammar = target.grammar();
    let nests = grammar.nests.iter().flat_map(|(o, c)| [*o, *c]);
    for (i, token) in grammar.tokens.iter().copied().chain(nests).enumerate() {
        if token.is_empty() {
            continue;
        }
        let escaped: String = token
            .bytes()
            .map(|b| match b {
                b'"' | b'\\' => format!("\\x{b:02x}"),
                0x20..=0x7e => (b as char).to_string(),
                _ => format!("\\x{b:02x}"),
            })
            .collect();
        dict.push_str(&format!("t{i}=\"{escaped}\"\n"));
    }
    let path = root.join("dict");
    std::fs::write(&path, dict).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "{}: {n} seeds in {}, dictionary {}",
        target.name(),
        input.display(),
        path.display()
    );
    Ok(())
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// One target for `--seconds`, restarting the worker after each crash. Returns the number of
/// findings.
fn campaign(target: Target, args: &Args) -> Result<u64, String> {
    let dir = args.out.join(target.name());
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let exe = std::env::current_exe().map_err(|e| format!("own executable: {e}"))?;
    let started = Instant::now();
    let until = now_ms() + args.seconds * 1000;
    let (mut iterations, mut findings, mut slowest_ms) = (0u64, 0u64, 0u64);
    let mut seed = args.seed;
    let mut workers = 0;
    while now_ms() < until {
        workers += 1;
        let stderr_path = dir.join("worker.stderr");
        let stderr = std::fs::File::create(&stderr_path)
            .map_err(|e| format!("{}: {e}", stderr_path.display()))?;
        let status = Command::new(&exe)
            .args(["--target", target.name()])
            .args(["--seed", &seed.to_string()])
            .arg("--out")
            .arg(&args.out)
            .args(["--hang-seconds", &args.hang_seconds.to_string()])
            .args(["--memory-mib", &args.memory_mib.to_string()])
            .args(["--shared", &args.shared.to_string()])
            .args(["--worker-until-ms", &until.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .status()
            .map_err(|e| format!("starting the worker: {e}"))?;
        let p = Progress::read(&dir);
        iterations += p.iterations;
        findings += p.findings;
        slowest_ms = slowest_ms.max(p.slowest_ms);
        if status.success() {
            break;
        }
        if status.code() == Some(1) {
            let tail = std::fs::read_to_string(&stderr_path).unwrap_or_default();
            return Err(format!("the worker could not start: {}", tail.trim()));
        }
        // The worker died on an input: keep it.
        let why = match status.code() {
            Some(EXIT_HANG) => format!("ran over {} s", args.hang_seconds),
            Some(c) => format!("worker exited with {c}"),
            None => format!("worker killed by a signal ({status})"),
        };
        let tail = std::fs::read_to_string(&stderr_path).unwrap_or_default();
        let tail: String = tail.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
        let name = format!("finding-crash-s{seed}.bin");
        std::fs::copy(dir.join("current.bin"), dir.join(&name))
            .map_err(|e| format!("keeping the crashing input: {e}"))?;
        note(&dir, &format!("{name}\tseed {seed}\t{why}\t{tail}"));
        findings += 1;
        seed += 1_000_003;
    }
    let secs = started.elapsed().as_secs();
    let line = format!(
        "{}\t{secs} s\t{iterations} iterations\t{findings} findings\tslowest input {slowest_ms} ms\t{workers} worker(s)\tseed {}",
        target.name(),
        args.seed
    );
    println!("{line}");
    let summary = args.out.join("summary.tsv");
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&summary)
    {
        let _ = writeln!(f, "{line}");
    }
    Ok(findings)
}

fn note(dir: &Path, line: &str) {
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("findings.txt"))
    {
        let _ = writeln!(f, "{line}");
    }
}

/// What a worker has done so far, written every second.
#[derive(Default)]
struct Progress {
    iterations: u64,
    findings: u64,
    slowest_ms: u64,
}

impl Progress {
    fn read(dir: &Path) -> Progress {
        let text = std::fs::read_to_string(dir.join("progress")).unwrap_or_default();
        let mut n = text.split_whitespace().map(|w| w.parse().unwrap_or(0));
        Progress {
            iterations: n.next().unwrap_or(0),
            findings: n.next().unwrap_or(0),
            slowest_ms: n.next().unwrap_or(0),
        }
    }
}

struct Shared {
    iterations: AtomicU64,
    findings: AtomicU64,
    slowest_ms: AtomicU64,
    /// Milliseconds since the epoch when the current input started; 0 between inputs.
    running_since: AtomicU64,
}

impl Shared {
    fn write(&self, dir: &Path) {
        let line = format!(
            "{} {} {}\n",
            self.iterations.load(Ordering::Relaxed),
            self.findings.load(Ordering::Relaxed),
            self.slowest_ms.load(Ordering::Relaxed)
        );
        let _ = std::fs::write(dir.join("progress"), line);
    }
}

fn limit_memory(mib: u64) {
    #[cfg(unix)]
    {
        let bytes = mib.saturating_mul(1 << 20) as libc::rlim_t;
        let lim = libc::rlimit {
            rlim_cur: bytes,
            rlim_max: bytes,
        };
        // SAFETY: setrlimit reads a valid, initialised struct; failure only leaves no limit.
        unsafe {
            libc::setrlimit(libc::RLIMIT_AS, &lim);
        }
    }
}

fn worker(target: Target, args: &Args, until_ms: u64) -> ExitCode {
    let dir = args.out.join(target.name());
    limit_memory(args.memory_mib);
    // Caught panics are recorded with their message; the default hook would print each one.
    std::panic::set_hook(Box::new(|_| {}));
    let shared = Arc::new(Shared {
        iterations: AtomicU64::new(0),
        findings: AtomicU64::new(0),
        slowest_ms: AtomicU64::new(0),
        running_since: AtomicU64::new(0),
    });
    let _ = std::fs::write(dir.join("progress"), "0 0 0\n");
    {
        let (shared, dir, hang_ms) = (shared.clone(), dir.clone(), args.hang_seconds * 1000);
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(500));
            shared.write(&dir);
            let since = shared.running_since.load(Ordering::Relaxed);
            if since != 0 && now_ms().saturating_sub(since) > hang_ms {
                std::process::exit(EXIT_HANG);
            }
        });
    }
    let corpus = seeds::load(target, args.shared);
    let seed = args.seed;
    let result = on_target_stack(target, || -> Result<(), String> {
        let mut harness = Harness::new(target)?;
        let mut generator = Generator::new(seed, &corpus, target.grammar());
        let current = std::fs::File::create(dir.join("current.bin"))
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        // The seeds themselves first, then generated inputs.
        let mut from_corpus = corpus.iter();
        let mut iteration = 0u64;
        while now_ms() < until_ms {
            let input = match from_corpus.next() {
                Some(s) if seed == args.seed => s.clone(),
                _ => generator.next_input(),
            };
            save(&current, &input).map_err(|e| format!("current.bin: {e}"))?;
            let start = now_ms();
            shared.running_since.store(start.max(1), Ordering::Relaxed);
            let outcome = run_caught(&mut harness, &input);
            shared.running_since.store(0, Ordering::Relaxed);
            shared
                .slowest_ms
                .fetch_max(now_ms() - start, Ordering::Relaxed);
            if let Err(message) = outcome {
                let name = format!("finding-panic-s{seed}-i{iteration}.bin");
                std::fs::write(dir.join(&name), &input).map_err(|e| format!("{name}: {e}"))?;
                let message = message.replace(['\n', '\t'], " ");
                note(&dir, &format!("{name}\tseed {seed}\tpanic\t{message}"));
                shared.findings.fetch_add(1, Ordering::Relaxed);
            }
            iteration += 1;
            shared.iterations.store(iteration, Ordering::Relaxed);
        }
        Ok(())
    });
    shared.write(&dir);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{}: {e}", target.name());
            ExitCode::from(1)
        }
    }
}

/// Overwrites `file` with `input`.
fn save(file: &std::fs::File, input: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.set_len(0)?;
    file.write_all_at(input, 0)
}
