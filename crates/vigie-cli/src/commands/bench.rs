//! `vigie bench`: throughput of the pipeline on generated data, with peak memory.
//!
//! Speed is measured here, never in timed unit tests. Each benchmark prints the machine's core
//! count with its figures so they can be quoted with their context.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;
use vigie_ingest::ReadOptions;
use vigie_store::Store;

use crate::commands::ingest::{ingest, IngestOptions};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub bench: Bench,
}

#[derive(clap::Subcommand)]
pub enum Bench {
    /// Each pipeline stage alone, on one core, over generated articles: where the time goes.
    Stages {
        #[arg(long, default_value_t = 2_000)]
        articles: usize,
        #[arg(long, default_value_t = 4096)]
        size: usize,
        #[arg(long)]
        json: bool,
    },
    /// Ingest + store + index of generated plain-text articles.
    Ingest {
        /// Number of articles to generate.
        #[arg(long, default_value_t = 20_000)]
        articles: usize,
        /// Approximate size of each article in bytes.
        #[arg(long, default_value_t = 4096)]
        size: usize,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// `full`: every pipeline stage; `none`: read + store + index only (the storage path).
        #[arg(long, value_enum, default_value_t = Stages::Full)]
        stages: Stages,
        /// Keep the generated corpus and store in this folder instead of a temporary one.
        #[arg(long)]
        keep: Option<PathBuf>,
        /// Without copies and stories at ingest, to measure what they add (the time they take
        /// is printed either way).
        #[arg(long)]
        without_analysis: bool,
        #[arg(long)]
        json: bool,
    },
    /// Quotes + events stages together on one core, over generated French and English
    /// articles already segmented, parsed and actor-linked (those stages are not timed).
    Events {
        /// Number of sentences to generate.
        #[arg(long, default_value_t = 200_000)]
        sentences: usize,
        /// The event coder: `tree` (over the UD words) or `phrase`.
        #[arg(long, value_enum, default_value_t = crate::commands::eval::Coder::default())]
        coder: crate::commands::eval::Coder,
        #[arg(long)]
        json: bool,
    },
    /// Sentence segmentation and the quote stage on one core, over generated French and English
    /// articles (actor linking runs first and is not timed).
    Quotes {
        /// Number of sentences to generate.
        #[arg(long, default_value_t = 200_000)]
        sentences: usize,
        #[arg(long)]
        json: bool,
    },
    /// UD tagging + lemmas + parsing on one core over a treebank, from its gold tokens and
    /// from its raw text (vigie's sentences, tokens and contractions included): sentences/s
    /// and words/s, median of several runs after a warm-up pass.
    Syntax {
        /// A CoNLL-U treebank (`.conllu` or `.conllu.gz`).
        #[arg(
            long,
            default_value = "../shared/syntax/ud/fr_sequoia-ud-dev.conllu.gz"
        )]
        dataset: PathBuf,
        /// The model folder (`models/syntax/LANG`) or its `syntax.model` file.
        #[arg(long, default_value = "models/syntax/fr")]
        model: PathBuf,
        /// Language of the contraction table; default: the treebank name's prefix.
        #[arg(long)]
        lang: Option<String>,
        /// Thread CPU seconds of each run (whole passes over the treebank).
        #[arg(long, default_value_t = 2.0)]
        seconds: f64,
        /// Runs; the median is reported.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long)]
        json: bool,
    },
    /// Actor mention detection and linking (the knowledge base, then the names nobody
    /// listed) on one core, over the example corpus's texts repeated.
    Actors {
        /// Folder of articles to link (any format `vigie ingest` reads).
        #[arg(long, default_value = "examples/corpus")]
        corpus: PathBuf,
        /// Words to process in total.
        #[arg(long, default_value_t = 5_000_000)]
        words: usize,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stages {
    Full,
    None,
}

#[derive(Serialize)]
struct IngestReport {
    bench: &'static str,
    stages: Stages,
    articles: usize,
    bytes_per_article: usize,
    cores: usize,
    jobs: usize,
    generate_seconds: f64,
    ingest_seconds: f64,
    articles_per_second: f64,
    megabytes_per_second: f64,
    peak_rss_megabytes: Option<f64>,
    ingested: u64,
    failed: u64,
    /// Whether copies and stories were found at ingest, and the writer's time on them.
    cross_article_analysis: bool,
    analysis_seconds: f64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.bench {
        Bench::Stages {
            articles,
            size,
            json,
        } => bench_stages(articles, size, json),
        Bench::Ingest {
            articles,
            size,
            jobs,
            stages,
            keep,
            without_analysis,
            json,
        } => bench_ingest(articles, size, jobs, stages, keep, without_analysis, json),
        Bench::Events {
            sentences,
            coder,
            json,
        } => crate::commands::events::bench(sentences, coder.into(), json),
        Bench::Quotes { sentences, json } => crate::commands::quotes::bench(sentences, json),
        Bench::Syntax {
            dataset,
            model,
            lang,
            seconds,
            runs,
            json,
        } => crate::commands::syntax::bench(&dataset, &model, lang.as_deref(), seconds, runs, json),
        Bench::Actors {
            corpus,
            words,
            json,
        } => crate::commands::entities::bench(&corpus, words, json),
    }
}

fn bench_ingest(
    articles: usize,
    size: usize,
    jobs: Option<usize>,
    stages: Stages,
    keep: Option<PathBuf>,
    without_analysis: bool,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let temp = tempfile_dir()?;
    let root = keep.unwrap_or_else(|| temp.clone());
    let corpus = root.join("corpus");
    let data = root.join("store");
    let t0 = Instant::now();
    let total_bytes = generate_corpus(&corpus, articles, size)?;
    let generate_seconds = t0.elapsed().as_secs_f64();

    let mut store = Store::open_writer(&data, false)?;
    store.set_cross_article_analysis(!without_analysis);
    let pipeline = match stages {
        Stages::Full => vigie_pipeline::standard(),
        Stages::None => vigie_core::Pipeline::new(),
    };
    // As `vigie ingest` does: models loaded before the clock of any article starts.
    pipeline.prepare()?;
    let options = IngestOptions {
        read: ReadOptions::default(),
        batch_size: 500,
        jobs,
        progress: !json,
        ..IngestOptions::default()
    };
    let summary = ingest(
        &mut store,
        std::sync::Arc::new(pipeline),
        vec![corpus.clone()],
        &options,
    )?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let report = IngestReport {
        bench: "ingest",
        stages,
        articles,
        bytes_per_article: size,
        cores,
        jobs: jobs.unwrap_or(cores),
        generate_seconds,
        ingest_seconds: summary.seconds,
        articles_per_second: summary.articles_per_second,
        megabytes_per_second: total_bytes as f64 / 1e6 / summary.seconds,
        peak_rss_megabytes: peak_rss_megabytes(),
        ingested: summary.ingested,
        failed: summary.failed,
        cross_article_analysis: !without_analysis,
        analysis_seconds: store.analysis_seconds(),
    };
    drop(store);
    if root == temp {
        let _ = std::fs::remove_dir_all(&temp);
    }
    if json {
        output::json_line(&report)?;
    } else {
        crate::out!(
            "ingest: {} articles of ~{} bytes in {:.2}s = {:.0} articles/s ({:.1} MB/s), peak RSS {} MB, {} cores, {} jobs",
            report.articles,
            report.bytes_per_article,
            report.ingest_seconds,
            report.articles_per_second,
            report.megabytes_per_second,
            report.peak_rss_megabytes.map_or("?".into(), |m| format!("{m:.0}")),
            report.cores,
            report.jobs
        );
        crate::out!(
            "copies and stories: {} ({:.2}s on the writer thread, {:.1}% of the ingest time)",
            if report.cross_article_analysis {
                "on"
            } else {
                "off"
            },
            report.analysis_seconds,
            100.0 * report.analysis_seconds / report.ingest_seconds.max(1e-9)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("vigie-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

pub use vigie_eval::thread_cpu_seconds;

/// Peak resident memory of this process (Linux `VmHWM`).
pub fn peak_rss_megabytes() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

const WORDS_FR: &[&str] = &[
    "le",
    "la",
    "les",
    "des",
    "une",
    "frontière",
    "troupes",
    "biélorusses",
    "gouvernement",
    "ministre",
    "a",
    "déclaré",
    "que",
    "Minsk",
    "Vilnius",
    "Varsovie",
    "OTAN",
    "exercices",
    "militaires",
    "près",
    "de",
    "la",
    "région",
    "selon",
    "porte-parole",
    "mardi",
    "autorités",
    "lituaniennes",
    "drones",
    "incident",
    "sanctions",
    "Union",
    "européenne",
    "Loukachenko",
    "Moscou",
    "Kremlin",
    "soldats",
    "ont",
    "été",
    "déployés",
    "dans",
    "le",
    "cadre",
    "d'un",
    "accord",
    "avec",
    "la",
    "Russie",
];
const WORDS_EN: &[&str] = &[
    "the",
    "border",
    "troops",
    "Belarusian",
    "government",
    "minister",
    "said",
    "that",
    "Minsk",
    "Vilnius",
    "Warsaw",
    "NATO",
    "drills",
    "military",
    "near",
    "region",
    "according",
    "to",
    "spokesperson",
    "Tuesday",
    "authorities",
    "Lithuanian",
    "drones",
    "incident",
    "sanctions",
    "EU",
    "Lukashenko",
    "Moscow",
    "Kremlin",
    "soldiers",
    "were",
    "deployed",
    "under",
    "an",
    "agreement",
    "with",
    "Russia",
    "of",
    "in",
    "and",
    "on",
    "a",
    "statement",
    "officials",
    "crossing",
];

/// Writes `n` plain-text articles of about `size` bytes (half French, half English, with a few
/// leftover lines each) into `dir`, 1,000 per sub-folder. Deterministic.
pub fn generate_corpus(dir: &std::path::Path, n: usize, size: usize) -> anyhow::Result<u64> {
    let mut total = 0u64;
    for i in 0..n {
        let sub = dir.join(format!("{:04}", i / 1000));
        if i.is_multiple_of(1000) {
            std::fs::create_dir_all(&sub).with_context(|| format!("creating {}", sub.display()))?;
        }
        let text = generated_article(i, size);
        let path = sub.join(format!("{i:06}.txt"));
        let mut f =
            std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        f.write_all(text.as_bytes())?;
        total += text.len() as u64;
    }
    Ok(total)
}

/// Article `i` of the generated corpus: about `size` bytes, French for even `i`, English for
/// odd, with a few leftover lines. Deterministic.
pub fn generated_article(i: usize, size: usize) -> String {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15 ^ (i as u64).wrapping_mul(0xD1B5_4A32_D192_ED03);
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let words = if i.is_multiple_of(2) {
        WORDS_FR
    } else {
        WORDS_EN
    };
    let mut text = String::with_capacity(size + 200);
    text.push_str(if i.is_multiple_of(2) {
        "• En\n• Fr\n\n"
    } else {
        "Advertisement\n\n"
    });
    text.push_str(&format!("Article {i}\n\n"));
    // A dateline, so the store has publication dates over two years (what trends, alerts and
    // date filters read), deterministic from `i`.
    let (day, month) = (1 + (i * 7) % 28, 1 + (i / 28) % 12);
    let year = 2025 + (i / (28 * 12)) % 2;
    if i.is_multiple_of(2) {
        const MOIS: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        text.push_str(&format!("Publié le {day} {} {year}\n\n", MOIS[month - 1]));
    } else {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        text.push_str(&format!(
            "Published {} {day}, {year}\n\n",
            MONTHS[month - 1]
        ));
    }
    while text.len() < size {
        let sentence_len = 8 + (next() % 18) as usize;
        for j in 0..sentence_len {
            let w = words[(next() % words.len() as u64) as usize];
            if j == 0 {
                let mut c = w.chars();
                if let Some(first) = c.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(c.as_str());
                }
            } else {
                text.push(' ');
                text.push_str(w);
            }
        }
        text.push_str(". ");
        if next().is_multiple_of(4) {
            text.push_str("\n\n");
        }
    }
    text.push_str(if i.is_multiple_of(2) {
        "\n\nLire aussi : la suite\n"
    } else {
        "\n\nRead more: what next\n"
    });
    text
}

#[derive(Serialize)]
struct StageReport {
    stage: &'static str,
    seconds: f64,
    articles_per_second: f64,
    megabytes_per_second: f64,
}

/// Runs each stage of the standard pipeline over the same documents, in order, on this thread.
fn bench_stages(n: usize, size: usize, json: bool) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let pipeline = vigie_pipeline::standard();
    pipeline.prepare()?;
    let build_seconds = t0.elapsed().as_secs_f64();
    let mut docs: Vec<vigie_core::Document> = (0..n)
        .map(|i| {
            vigie_core::Document::new(generated_article(i, size), vigie_core::Metadata::default())
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut reports = Vec::new();
    for stage in pipeline.stages() {
        let t = Instant::now();
        for doc in &mut docs {
            stage.process(doc).map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        let seconds = t.elapsed().as_secs_f64();
        reports.push(StageReport {
            stage: stage.name(),
            seconds,
            articles_per_second: n as f64 / seconds.max(1e-9),
            megabytes_per_second: bytes as f64 / 1e6 / seconds.max(1e-9),
        });
    }
    let total: f64 = reports.iter().map(|r| r.seconds).sum();
    if json {
        for r in &reports {
            output::json_line(r)?;
        }
    } else {
        crate::out!(
            "pipeline built in {build_seconds:.2}s; {n} articles of ~{size} bytes, one core:"
        );
        for r in &reports {
            crate::out!(
                "  {:<12} {:>8.3}s  {:>10.0} articles/s  {:>8.1} MB/s",
                r.stage,
                r.seconds,
                r.articles_per_second,
                r.megabytes_per_second
            );
        }
        crate::out!(
            "  {:<12} {:>8.3}s  {:>10.0} articles/s",
            "total",
            total,
            n as f64 / total.max(1e-9)
        );
    }
    Ok(ExitCode::SUCCESS)
}
