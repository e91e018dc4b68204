//! `vigie contradictions`: pairs of stored statements in tension (the same actors and act told
//! asserted and negated, a forecast met by a later report of the opposite, two speakers who
//! disagree), found by `vigie_analysis::claims` over the events of every stored article, with
//! both sentences, speakers, articles, dates, the referents of each side and why they were
//! paired.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;
use vigie_analysis::claims::{self, Statement, Tension};
use vigie_core::fold::fold;
use vigie_core::{Document, Layer};

use crate::args::{self, DateBound};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Only pairs where either side's source or target actor (code or name, any case or
    /// accents) contains this ("BLR", "Belarus", "Lukashenko").
    #[arg(long)]
    pub actor: Option<String>,
    /// Only pairs whose later statement is dated on or after this date (YYYY-MM-DD, YYYY-MM or
    /// YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub since: Option<DateBound>,
    /// One JSON object per pair.
    #[arg(long)]
    pub json: bool,
}

/// One pair as written by `--json`: why, and both statements (sentence, speaker, article, date,
/// referents, code, polarity and modality).
#[derive(Serialize)]
struct PairRow<'a> {
    #[serde(flatten)]
    tension: &'a Tension,
    a: &'a Statement,
    b: &'a Statement,
}

/// Every stored statement (one per coded event) and the pairs in tension among them. Shared by
/// `vigie contradictions` and `vigie serve`.
pub fn in_tension(store: &vigie_store::Store) -> anyhow::Result<(Vec<Statement>, Vec<Tension>)> {
    let mut statements = Vec::new();
    // The layers a statement is made of (the sentence layer's words are most of the bytes).
    let layers = [Layer::Quote, Layer::Mention, Layer::Event];
    store.for_each_document_with(&layers, &mut |doc: Document| {
        statements.extend(Statement::from_document(&doc));
        Ok(())
    })?;
    let pairs = claims::find_tensions(&statements);
    Ok((statements, pairs))
}

pub(crate) fn mentions_actor(s: &Statement, want: &str) -> bool {
    let w = fold(want);
    [&s.source, &s.target].iter().any(|r| {
        r.code.as_deref().is_some_and(|c| fold(c).contains(&w))
            || r.name.as_deref().is_some_and(|n| fold(n).contains(&w))
    })
}

fn keep(a: &Statement, b: &Statement, args: &Args) -> bool {
    if let Some(want) = &args.actor {
        if !mentions_actor(a, want) && !mentions_actor(b, want) {
            return false;
        }
    }
    if let Some(since) = &args.since {
        let last = a
            .date
            .max(b.date)
            .map(|d| d.to_string())
            .unwrap_or_default();
        // A bound of a month or year ("2022-03") holds every day that starts with it.
        if last.is_empty() || (last.as_str() < since.0.as_str() && !last.starts_with(&since.0)) {
            return false;
        }
    }
    true
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let (statements, pairs) = in_tension(&store)?;
    let pairs: Vec<Tension> = pairs
        .into_iter()
        .filter(|t| keep(&statements[t.a], &statements[t.b], &args))
        .collect();
    output::ok_if_closed((|| {
        for t in &pairs {
            let (a, b) = (&statements[t.a], &statements[t.b]);
            if args.json {
                output::json_line(&PairRow { tension: t, a, b })?;
            } else {
                output::line(&describe(t, a, b))?;
            }
        }
        Ok(())
    })())?;
    if pairs.is_empty() {
        crate::diag!("no statements in tension");
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(t: &Tension, a: &Statement, b: &Statement) -> String {
    let side = |s: &Statement| {
        let referent = |r: &claims::Referent| match (&r.name, &r.code) {
            (Some(n), Some(c)) => format!("{n} [{c}]"),
            (Some(n), None) => n.clone(),
            (None, Some(c)) => format!("[{c}]"),
            (None, None) => "?".into(),
        };
        format!(
            "{}  {}  {} → {}  per {}\n      {}",
            s.date.map_or("-".to_string(), |d| d.to_string()),
            &s.article[..s.article.len().min(12)],
            referent(&s.source),
            referent(&s.target),
            s.speaker.as_deref().unwrap_or("?"),
            output::truncate(&s.sentence, 200)
        )
    };
    format!(
        "{}{}\n  a: {}\n  b: {}",
        t.reason,
        if t.referents_differ {
            "  (referents differ: read both)"
        } else {
            ""
        },
        side(a),
        side(b)
    )
}
