//! `vigie`: the lookout. Turns news articles into a database you can question.
//!
//! Each subcommand lives in `commands/<name>.rs`; this file only parses arguments and dispatches.

mod args;
mod commands;
mod output;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc instead of the system allocator: parsing HTML and building annotation layers
/// allocate and free many small objects, and glibc's malloc showed up as a tenth of the
/// extraction profile (`perf record` on `vigie eval extraction`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "vigie",
    version,
    about = "Turn conflict news into a database you can trust and question."
)]
struct Cli {
    /// Data directory of the embedded store (SQLite database + search index).
    #[arg(long, global = true, env = "VIGIE_DATA", default_value = "vigie-data")]
    data_dir: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest files, folders (recursively), JSON Lines, `.gz`, or `-` for stdin.
    Ingest(commands::ingest::Args),
    /// List stored articles.
    Articles(commands::articles::Args),
    /// Print one article with its annotations.
    Show(commands::show::Args),
    /// Full-text search with ranked, highlighted hits.
    Search(commands::search::Args),
    /// Write articles, events, quotes or mentions as JSON Lines, CSV, Parquet or GDELT rows.
    Export(commands::export::Args),
    /// Counts of what is stored, and whether the index agrees with the database.
    Stats(commands::stats::Args),
    /// Benchmarks of the pipeline stages on generated data.
    Bench(commands::bench::Args),
    /// Print the cleaned text of HTML or text files, folders or JSON Lines (`-`: stdin) without
    /// storing them; `--json`: one object per article with metadata, language, dates and
    /// leftover regions with their spans.
    Extract(commands::extract::Args),
    /// Score a stage against a public gold set: `eval <what> --dataset PATH [--output FILE]`.
    Eval(commands::eval::Args),
    /// Train a model from public data: `train syntax --treebank FILE… --output DIR`, `train
    /// boilerplate --dataset DIR --output DIR`.
    Train(commands::syntax::TrainArgs),
    /// What the language data holds: `lexicon stats` (event predicates per CAMEO root).
    Lexicon(commands::lexicon::Args),
    /// Stored quotations: who said what, with the words and where they are.
    Quotes(commands::quotes::Args),
    /// Stored events: who did what to whom (CAMEO, PLOVER, Goldstein), with modality.
    Events(commands::events::Args),
    /// Actors with mention and article counts.
    Entities(commands::entities::ListArgs),
    /// Every surface form of one actor (any alias or id), per language, with articles and spans.
    Entity(commands::entities::ShowArgs),
    /// Stories (articles about one happening), most recent first: dates, articles,
    /// independent reports apart from copies.
    Stories(commands::stories::ListArgs),
    /// One story with its actors and articles, copies marked.
    Story(commands::stories::ShowArgs),
    /// Pairs of statements in tension (asserted against negated, a forecast against a later
    /// report, two speakers who disagree), with both sentences, speakers and why.
    Contradictions(commands::contradictions::Args),
    /// Events between two actors per day or week: counts, Goldstein sums, quad classes,
    /// asserted, negated and hypothetical apart, each event counted once; table, JSON, CSV, SVG.
    Trend(commands::trend::Args),
    /// Evaluate alert rules (a TOML file) against the store, optionally following a folder of
    /// new articles, and send each new alert with its evidence to stdout, a log or a webhook.
    Watch(commands::watch::Args),
    /// Serve the store over HTTP: a JSON API (`/api`, `/openapi.json`) and a web page for
    /// analysts. Binds 127.0.0.1:8080 by default.
    Serve(serve::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let result = match cli.command {
        Command::Ingest(args) => commands::ingest::run(&cli.data_dir, args),
        Command::Articles(args) => commands::articles::run(&cli.data_dir, args),
        Command::Show(args) => commands::show::run(&cli.data_dir, args),
        Command::Search(args) => commands::search::run(&cli.data_dir, args),
        Command::Export(args) => commands::export::run(&cli.data_dir, args),
        Command::Stats(args) => commands::stats::run(&cli.data_dir, args),
        Command::Bench(args) => commands::bench::run(args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Train(args) => commands::syntax::train(args),
        Command::Lexicon(args) => commands::lexicon::run(args),
        Command::Quotes(args) => commands::quotes::run(&cli.data_dir, args),
        Command::Events(args) => commands::events::run(&cli.data_dir, args),
        Command::Entities(args) => commands::entities::list(&cli.data_dir, args),
        Command::Entity(args) => commands::entities::show(&cli.data_dir, args),
        Command::Stories(args) => commands::stories::list(&cli.data_dir, args),
        Command::Story(args) => commands::stories::show(&cli.data_dir, args),
        Command::Contradictions(args) => commands::contradictions::run(&cli.data_dir, args),
        Command::Trend(args) => commands::trend::run(&cli.data_dir, args),
        Command::Watch(args) => commands::watch::run(&cli.data_dir, args),
        Command::Serve(args) => serve::run(&cli.data_dir, args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            crate::diag!("error: {}", error_chain(&err));
            ExitCode::from(1)
        }
    }
}

/// Prints clap's message and exits: 0 for `--help`/`--version`, [`args::EXIT_USAGE`] for a bad
/// command line. Printing never panics, even with stdout or stderr closed.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let informational = matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let _ = e.print();
    if informational && e.kind() != ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(args::EXIT_USAGE)
    }
}

/// An error and its causes on one line, each cause once: libraries often repeat their source's
/// text in their own message ("reading x: No such file (os error 2)"), and printing the chain
/// as is would then say the OS error twice.
fn error_chain(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}
