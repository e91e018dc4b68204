//! `vigie lexicon stats`: how much each language's predicate lexicon
//! (`lexicons/<lang>/predicates.toml`) covers, per CAMEO root: distinct verb and noun lemmas
//! and patterns, and whether each language reaches half the reference language's verb count.

use std::collections::BTreeMap;
use std::process::ExitCode;

use serde::Serialize;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Per CAMEO root and language: verb lemmas, noun lemmas, patterns. A lemma counts under
    /// every root its block's code or one of its patterns gives.
    Stats {
        /// The language the others are compared with (half its verb lemmas per root).
        #[arg(long, default_value = "en")]
        reference: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Serialize)]
struct Row {
    root: String,
    name: String,
    languages: BTreeMap<String, Counts>,
}

#[derive(Serialize, Clone, Copy, Default)]
struct Counts {
    verbs: usize,
    nouns: usize,
    patterns: usize,
    /// Verb and noun lemmas reach half the reference language's verb lemmas of this root.
    half_of_reference: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let What::Stats { reference, json } = args.what;
    let coder = vigie_events::EventCoder::load()?;
    let table = coder.table();
    let langs = &coder.tree().languages;
    if !langs.contains_key(&reference) {
        anyhow::bail!("no predicate lexicon for the reference language {reference:?}");
    }
    let stats: BTreeMap<&str, BTreeMap<String, vigie_events::tree::RootStats>> =
        langs.iter().map(|(l, t)| (l.as_str(), t.stats())).collect();
    let mut rows = Vec::new();
    for r in 1..=20 {
        let root = format!("{r:02}");
        let reference_verbs = stats[reference.as_str()].get(&root).map_or(0, |s| s.verbs);
        let languages = stats
            .iter()
            .map(|(l, s)| {
                let c = s.get(&root).copied().unwrap_or_default();
                (
                    l.to_string(),
                    Counts {
                        verbs: c.verbs,
                        nouns: c.nouns,
                        patterns: c.patterns,
                        half_of_reference: 2 * (c.verbs + c.nouns) >= reference_verbs,
                    },
                )
            })
            .collect();
        rows.push(Row {
            name: table.get(&root).map_or(String::new(), |c| c.name.clone()),
            root,
            languages,
        });
    }
    if json {
        crate::output::json_line(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let names: Vec<&str> = stats.keys().copied().collect();
    print!("{:<4} {:<32}", "root", "name");
    for l in &names {
        print!(" | {l:>2} verbs nouns patt.");
    }
    crate::out!();
    for row in &rows {
        print!("{:<4} {:<32}", row.root, truncate(&row.name, 32));
        for l in &names {
            let c = row.languages[*l];
            let mark = if c.half_of_reference { ' ' } else { '!' };
            print!(" | {:>8}{mark} {:>5} {:>5}", c.verbs, c.nouns, c.patterns);
        }
        crate::out!();
    }
    let short: Vec<String> = names
        .iter()
        .map(|l| {
            let n = rows
                .iter()
                .filter(|r| !r.languages[*l].half_of_reference)
                .count();
            format!("{l}: {n}")
        })
        .collect();
    crate::out!(
        "roots below half the {reference} verb lemmas (verbs + nouns, marked !): {}",
        short.join(", ")
    );
    Ok(ExitCode::SUCCESS)
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}
