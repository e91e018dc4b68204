//! `vigie eval <what> --dataset PATH [--output FILE]`: scores a stage against a public gold set
//! in the metric of the set's origin, with speed, and can write per-item results as JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Web leftovers on gold articles (`corpus/dev`: `*.txt` + `*.json` with
    /// `boilerplate_detail`): line precision, recall, F1, content lines removed, speed. On the
    /// trafilatura evaluation set (a folder with `evaldata.json`), on its silver leftover lines
    /// (`--part dev|test`; see `vigie train boilerplate`). `VIGIE_LEFTOVER_MODEL=off`: the
    /// rules alone.
    Boilerplate {
        /// A folder of gold `*.json` + `*.txt` pairs, one file of a pair, or the trafilatura
        /// evaluation set.
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary and per-article results as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
        /// For the trafilatura set: which part of the silver split (`train`, `dev`, `test`).
        #[arg(long, default_value = "dev")]
        part: String,
    },
    /// HTML main text on the trafilatura evaluation set: precision, recall, F1, pages/s (one core).
    Extraction {
        /// Folder holding `evaldata.json` and `html/`.
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary and per-page results as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
        /// `combined` (the default: trafilatura plus the long paragraphs only dom_smoothie
        /// finds), `trafilatura` (with its fallbacks), `trafilatura-fast` or `dom_smoothie`.
        #[arg(long, default_value = "combined")]
        extractor: String,
        /// Only the first N pages.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Quotations: on the French dev gold (`corpus/dev`), precision/recall of (speaker, span);
    /// on PolNeAR (`polnear/dev`), of source and content spans.
    Quotes {
        /// `corpus/dev` (gold `*.json` beside `*.txt`) or a PolNeAR split (`text/`, `attributions/`).
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary and per-item results as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Only the first N articles (PolNeAR).
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Events: on PLOVER-GSR (`eval/events/plover-gsr`), precision/recall of (source code,
    /// type, target code); on the French dev gold (`corpus/dev`), of (source, PLOVER, target,
    /// negated, hypothetical).
    Events {
        /// The PLOVER-GSR folder (or its JSON file), or `corpus/dev`.
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary and per-item results as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Only the first N sentences (PLOVER-GSR).
        #[arg(long)]
        limit: Option<usize>,
        /// Which coder reads sentences that have UD words: `phrase` (trigger phrases,
        /// actors by position) or `tree` (predicates and arguments over the dependency tree).
        #[arg(long, value_enum, default_value_t = Coder::default())]
        coder: Coder,
        /// The same records in another language (e.g. `data/eval/plover-gsr-fr/plover-gsr-fr.json`):
        /// scores it too and prints how often both give the same triples.
        #[arg(long)]
        compare: Option<PathBuf>,
    },
    /// Entity linking on the French dev gold (`corpus/dev`): precision/recall of (surface form,
    /// canonical name) per article and overall, and per occurrence (line).
    Entities {
        /// `corpus/dev` (gold `*.json` beside `*.txt`).
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary and per-article results as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Named entities on a token-per-line IOB corpus (`eval/ner/europeana-fr`): CoNLL
    /// precision, recall and F1 per type (PER, LOC, ORG) and overall, with types ignored, and
    /// with the knowledge base's linker alone; words/s on one core.
    Ner {
        /// The folder holding `enp_FR.bnf.bio`, or that file.
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Which half of the pieces (parity of the FNV-1a hash of their first line): `dev`
        /// to study errors and write rules from, `test` for the reported figure, or `all`.
        #[arg(long, default_value = "all")]
        split: vigie_eval::Split,
        /// Only the first N pieces of the half.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Publication dates on the htmldate evaluation set: accuracy, wrong, missing, pages/s.
    Dates {
        /// Folder holding `eval_default.json` and `html/`.
        #[arg(long)]
        dataset: PathBuf,
        /// Write the summary and per-page results as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Which half of the pages (parity of the FNV-1a hash of the URL): `dev` to study
        /// errors and write rules from, `test` for the reported figure, or `all`.
        #[arg(long, default_value = "all")]
        split: vigie_eval::Split,
        /// Only the first N pages.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// UD syntax against a CoNLL-U treebank (a `-test` file), from gold tokens and from the
    /// treebank's raw text (vigie's sentences, tokens and contractions): Tokens, Sentences,
    /// Words, UPOS, UFeats, Lemmas, UAS, LAS… as F1, with the definitions and the alignment of
    /// the CoNLL 2018 shared task, and sentences/s on one core. `--system FILE` scores any
    /// system's CoNLL-U with the same code instead.
    Syntax {
        /// The gold treebank, `.conllu` or `.conllu.gz`.
        #[arg(long)]
        dataset: PathBuf,
        /// The model folder (`models/syntax/LANG`) or its `syntax.model` file.
        #[arg(long, required_unless_present = "system")]
        model: Option<PathBuf>,
        /// Score this CoNLL-U file (another system's output, from gold tokens or raw text)
        /// against the gold instead of running vigie.
        #[arg(long, conflicts_with = "model")]
        system: Option<PathBuf>,
        /// `both`, `gold-tokens` or `raw-text`.
        #[arg(long, value_enum, default_value_t = SyntaxInput::Both)]
        input: SyntaxInput,
        /// Break the rebuilt raw text into lines of at most N characters at white space, as
        /// the shared task's `conllu_to_text.pl` did with 80 (0: one line per paragraph).
        #[arg(long, default_value_t = 0)]
        line_width: usize,
        /// Language of the contraction table (`lexicons/LANG/contractions.toml`); default:
        /// the treebank file name's prefix (`fr` of `fr_sequoia-ud-test`).
        #[arg(long)]
        lang: Option<String>,
        /// Write the rebuilt text and vigie's CoNLL-U output (both inputs) into this folder.
        #[arg(long)]
        save: Option<PathBuf>,
        /// Write the scores as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Story clustering on ECB+ (`eval/clustering/ecbplus`): B-cubed precision, recall and F1
    /// of the stories against the 43 topics (and the 86 sub-topics), articles/s on one core.
    Stories {
        /// The ECB+ folder (holding `ECB+/<topic>/*.xml`).
        #[arg(long)]
        dataset: PathBuf,
        /// Which half of the topics (parity of the FNV-1a hash of the topic number): `dev` to
        /// tune thresholds on, `test` for the reported figure, or `all`.
        #[arg(long, default_value = "all")]
        split: vigie_eval::Split,
        /// Least score to join a story (default: the tuned `StoryParams::join`).
        #[arg(long)]
        join: Option<f64>,
        /// Present the documents in a random order drawn from this seed instead of document
        /// order (topic by topic).
        #[arg(long)]
        shuffle: Option<u64>,
        /// Write the summary and each document's story as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Claims in tension on the French dev gold (`corpus/dev`, `claims_in_tension`): the
    /// standard pipeline over every article, pairs found across them; gold pairs found and the
    /// share of reported pairs that are real (doubtful gold pairs left out).
    Contradictions {
        /// A folder of gold `*.json` + `*.txt` pairs.
        #[arg(long)]
        dataset: PathBuf,
        /// Which event coder the pipeline runs (as for `vigie eval events`).
        #[arg(long, value_enum, default_value_t = Coder::default())]
        coder: Coder,
        /// Write the summary and every reported pair as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Copies generated from the example corpus and ECB+ (edited, truncated, re-headlined,
    /// boilerplate added; seeded): recall of the copies, precision of the pairs flagged.
    Copies {
        /// Folders or files of articles to copy (any format `vigie ingest` reads) and ECB+
        /// folders (holding `ECB+/`).
        #[arg(long, required = true, num_args = 1..)]
        dataset: Vec<PathBuf>,
        /// Seed of the generated edits.
        #[arg(long, default_value_t = 17)]
        seed: u64,
        /// Which half of the ECB+ topics (as for `vigie eval stories`).
        #[arg(long, default_value = "all")]
        split: vigie_eval::Split,
        /// Write the summary and every miss and false flag as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Translations linked to their originals on `data/eval/copies-translated` (hand
    /// translations of the example corpus and near-misses): precision and recall of the links,
    /// near-misses wrongly linked
    Translations {
        /// The gold folder (holding `gold.json`).
        #[arg(long)]
        dataset: PathBuf,
        /// The example corpus the translations were made from.
        #[arg(long, default_value = "examples/corpus")]
        corpus: PathBuf,
        /// `dev` (the thresholds were chosen there) or `test`.
        #[arg(long, default_value = "test")]
        split: vigie_eval::Split,
        /// Write the summary and every file's link as JSON to this file.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

/// The event coder to evaluate (`vigie_events::CoderKind`).
#[derive(Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Coder {
    #[default]
    Phrase,
    Tree,
}

impl From<Coder> for vigie_events::CoderKind {
    fn from(c: Coder) -> Self {
        match c {
            Coder::Phrase => vigie_events::CoderKind::Phrase,
            Coder::Tree => vigie_events::CoderKind::Tree,
        }
    }
}

/// What `vigie eval syntax` gives the model.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SyntaxInput {
    Both,
    GoldTokens,
    RawText,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.what {
        What::Boilerplate {
            dataset,
            output,
            part,
        } => {
            if dataset.join("evaldata.json").is_file() {
                let part: vigie_eval::leftovers_silver::Part =
                    part.parse().map_err(|e: String| anyhow::anyhow!(e))?;
                let (pages, stats) = vigie_eval::leftovers_silver::load(&dataset, part)?;
                let stage = vigie_clean::BoilerplateStage::new();
                let (repeated, grouping) = repetition_from_env()?;
                let mut r =
                    vigie_eval::leftovers_silver::score_with(&stage, &pages, repeated, grouping);
                r.dataset = dataset.display().to_string();
                r.part = format!("{part:?}").to_lowercase();
                r.stats = stats;
                crate::out!(
                    "boilerplate (silver, {} part): {} pages kept of {} ({} content, {} leftover lines), precision {:.3}, recall {:.3}, F1 {:.3} (tp {} fp {} fn {}); classifier: {} marks, {} right; model: {}",
                    r.part,
                    r.stats.kept,
                    r.stats.pages,
                    r.stats.content_lines,
                    r.stats.leftover_lines,
                    r.precision,
                    r.recall,
                    r.f1,
                    r.true_positives,
                    r.false_positives,
                    r.false_negatives,
                    r.classifier_marks,
                    r.classifier_right,
                    if stage.model().is_some() { "on" } else { "off" }
                );
                crate::out!(
                    "  stage alone: precision {:.3}, recall {:.3} (tp {} fp {} fn {}); repeated lines ({}): {} marks, {} right; {} sites, {} pages with {} or more pages of their site{}",
                    r.stage_alone.precision,
                    r.stage_alone.recall,
                    r.stage_alone.true_positives,
                    r.stage_alone.false_positives,
                    r.stage_alone.false_negatives,
                    match repeated {
                        Some(p) => format!("at least {} articles, lines of at most {} characters", p.min_articles, p.max_chars),
                        None => "off".to_string(),
                    },
                    r.repeated_marks,
                    r.repeated_right,
                    r.sites,
                    r.pages_with_enough_siblings,
                    r.min_articles,
                    if grouping == vigie_eval::leftovers_silver::Grouping::One {
                        " (every page counted as one site: stress test)"
                    } else {
                        ""
                    }
                );
                write_output(output.as_deref(), &r)?;
                return Ok(ExitCode::SUCCESS);
            }
            let r = vigie_eval::boilerplate::evaluate(&dataset)?;
            crate::out!(
                "boilerplate: {} articles, {} lines, precision {:.3}, recall {:.3}, F1 {:.3} (tp {} fp {} fn {}), content lines removed: {}, lines marked repeated: {}, {:.0} lines/s ({:.1} articles/s, whole pipeline, one core)",
                r.articles,
                r.lines,
                r.precision,
                r.recall,
                r.f1,
                r.true_positives,
                r.false_positives,
                r.false_negatives,
                r.content_removed,
                r.repeated_marks,
                r.lines_per_second,
                r.articles_per_second
            );
            for item in &r.items {
                for l in &item.content_removed {
                    crate::out!(
                        "  content removed: {}:{} [{}] {}",
                        item.name,
                        l.line,
                        l.role.map_or("?", |r| r.as_str()),
                        l.text
                    );
                }
                for l in &item.missed {
                    crate::out!("  missed: {}:{} {}", item.name, l.line, l.text);
                }
            }
            write_output(output.as_deref(), &r)?;
        }
        What::Extraction {
            dataset,
            output,
            extractor,
            limit,
        } => {
            let which = vigie_eval::extraction::Extractor::parse(&extractor)
                .with_context(|| format!("unknown extractor {extractor}"))?;
            let r = vigie_eval::extraction::evaluate(&dataset, which, limit)?;
            crate::out!(
                "extraction ({}): {} pages, precision {:.3}, recall {:.3}, F1 {:.3} (tp {} fp {} tn {} fn {}), {:.1} pages/s on one core ({:.2} ms/page){}",
                r.extractor,
                r.pages,
                r.precision,
                r.recall,
                r.f1,
                r.tp,
                r.fp,
                r.tn,
                r.fn_,
                r.pages_per_second,
                1000.0 * r.seconds / r.pages.max(1) as f64,
                unreadable(r.unreadable)
            );
            write_output(output.as_deref(), &r)?;
        }
        What::Quotes {
            dataset,
            output,
            limit,
        } => return crate::commands::quotes::eval(&dataset, output.as_ref(), limit),
        What::Events {
            dataset,
            output,
            limit,
            coder,
            compare,
        } => {
            return crate::commands::events::eval(
                &dataset,
                output.as_ref(),
                limit,
                coder.into(),
                compare.as_deref(),
            )
        }
        What::Syntax {
            dataset,
            model,
            system,
            input,
            line_width,
            lang,
            save,
            output,
        } => {
            return crate::commands::syntax::eval(&crate::commands::syntax::EvalOptions {
                dataset,
                model,
                system,
                gold_tokens: input != SyntaxInput::RawText,
                raw_text: input != SyntaxInput::GoldTokens,
                line_width,
                lang,
                save,
                output,
            })
        }
        What::Entities { dataset, output } => {
            return crate::commands::entities::eval(&dataset, output.as_ref())
        }
        What::Ner {
            dataset,
            output,
            split,
            limit,
        } => {
            let r = vigie_eval::ner::evaluate(&dataset, split, limit)?;
            let f = |p: &vigie_eval::quotes::Prf| {
                format!(
                    "P {:.3} R {:.3} F1 {:.3} ({} right of {} predicted, {} gold)",
                    p.precision, p.recall, p.f1, p.true_positives, p.predicted, p.gold
                )
            };
            crate::out!("ner: {} pieces, {} tokens", r.pages, r.tokens);
            crate::out!("  typed:        {}", f(&r.overall));
            for (t, p) in &r.per_type {
                crate::out!("  {:<13} {}", format!("{t:?}:"), f(p));
            }
            crate::out!("  untyped:      {}", f(&r.untyped));
            crate::out!("  linker alone: {}", f(&r.listed_only));
            crate::out!("  {:.0} words/s on one core", r.words_per_second);
            write_output(output.as_deref(), &r)?;
        }
        What::Stories {
            dataset,
            split,
            join,
            shuffle,
            output,
        } => {
            let mut params = vigie_analysis::StoryParams::default();
            if let Some(join) = join {
                params.join = join;
            }
            let r = vigie_eval::stories::evaluate(&dataset, split, params, shuffle)?;
            crate::out!(
                "stories ({} split, {}): {} documents, {} topics, {} sub-topics -> {} stories; topics: B-cubed precision {:.3}, recall {:.3}, F1 {:.3}; sub-topics: precision {:.3}, recall {:.3}, F1 {:.3}; {:.0} articles/s on one core (join {})",
                r.split,
                r.shuffle
                    .map_or("document order".to_string(), |s| format!("shuffled, seed {s}")),
                r.documents,
                r.topics,
                r.subtopics,
                r.stories,
                r.topic.precision,
                r.topic.recall,
                r.topic.f1,
                r.subtopic.precision,
                r.subtopic.recall,
                r.subtopic.f1,
                r.articles_per_second,
                r.params.join
            );
            write_output(output.as_deref(), &r)?;
        }
        What::Contradictions {
            dataset,
            coder,
            output,
        } => {
            let r = vigie_eval::claims::evaluate(&dataset, coder.into())?;
            crate::out!(
                "contradictions ({}): {} articles; gold pairs found {}/{} (missed: {}); reported {} pairs, {} real, {} matching a doubtful gold pair (left out): precision {:.3}, recall {:.3}",
                r.dataset,
                r.articles,
                r.gold_found,
                r.gold_pairs,
                if r.gold_missed.is_empty() {
                    "none".to_string()
                } else {
                    r.gold_missed.join(", ")
                },
                r.reported,
                r.real,
                r.doubtful_matches,
                r.precision,
                r.recall
            );
            for item in &r.items {
                crate::out!(
                    "  {:<14} {:<5} {}",
                    item.outcome,
                    item.gold.as_deref().unwrap_or("-"),
                    item.reason
                );
            }
            write_output(output.as_deref(), &r)?;
        }
        What::Translations {
            dataset,
            corpus,
            split,
            output,
        } => {
            let r = vigie_eval::translations::evaluate(&dataset, &corpus, split)?;
            crate::out!(
                "translations ({}, {} half): {} translations, {} near-misses; {} linked, {} right ({} to the twin the gold allows): precision {:.3}, recall {:.3}; near-misses linked {}",
                r.dataset,
                r.split,
                r.translations,
                r.near_misses,
                r.linked,
                r.right,
                r.twin_links,
                r.precision,
                r.recall,
                r.near_misses_linked
            );
            for i in &r.items {
                crate::out!(
                    "  {:<5} {:<22} gold {:<36} linked {} {}",
                    if i.right { "right" } else { "WRONG" },
                    i.file,
                    i.gold.as_deref().unwrap_or("(near-miss)"),
                    i.linked.as_deref().unwrap_or("-"),
                    match (i.kind, i.similarity) {
                        (Some(k), Some(s)) => format!("({k}, {s:.2})"),
                        _ => String::new(),
                    }
                );
            }
            write_output(output.as_deref(), &r)?;
        }
        What::Copies {
            dataset,
            seed,
            split,
            output,
        } => {
            let r = vigie_eval::copies::evaluate(&dataset, seed, split)?;
            crate::out!(
                "copies (seed {}): {} originals, {} copies ({}); recall {:.3} ({} found); precision {:.3} of {} pairs flagged ({} wrong, {} originals flagged, of which {} are versions of one text in the data); {:.0} articles/s on one core",
                r.seed,
                r.originals,
                r.copies,
                r.by_kind
                    .iter()
                    .map(|k| format!("{} {}: recall {:.3}", k.copies, k.kind, k.recall))
                    .collect::<Vec<_>>()
                    .join(", "),
                r.recall,
                r.found,
                r.precision,
                r.flagged,
                r.wrong,
                r.originals_flagged,
                r.duplicates_in_data,
                r.articles_per_second
            );
            write_output(output.as_deref(), &r)?;
        }
        What::Dates {
            dataset,
            output,
            split,
            limit,
        } => {
            let r = vigie_eval::dates::evaluate(&dataset, split, limit)?;
            crate::out!(
                "dates: {} pages, accuracy {:.3} (right {}, wrong {}, missing {}), precision {:.3}, {:.0} pages/s on one core{}",
                r.pages,
                r.accuracy,
                r.right,
                r.wrong,
                r.missing,
                r.precision,
                r.pages_per_second,
                unreadable(r.unreadable)
            );
            for (source, (right, wrong)) in &r.by_source {
                crate::out!("  {source}: {right} right, {wrong} wrong");
            }
            write_output(output.as_deref(), &r)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn unreadable(n: usize) -> String {
    if n > 0 {
        format!(", {n} pages unreadable")
    } else {
        String::new()
    }
}

pub(crate) fn write_output<T: Serialize>(path: Option<&Path>, report: &T) -> anyhow::Result<()> {
    if let Some(path) = path {
        let f =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        serde_json::to_writer_pretty(std::io::BufWriter::new(f), report)?;
        crate::diag!("per-item results written to {}", path.display());
    }
    Ok(())
}

/// The repetition test of the silver leftover evaluation: the thresholds `vigie ingest` uses,
/// unless `VIGIE_REPEATED=off`, or `VIGIE_REPEATED_MIN_ARTICLES` / `VIGIE_REPEATED_MAX_CHARS`
/// (to measure others); `VIGIE_REPEATED_GROUPING=one` counts every page as one site's (a stress
/// test of what repetition could take from content).
fn repetition_from_env() -> anyhow::Result<(
    Option<vigie_analysis::repeated::Params>,
    vigie_eval::leftovers_silver::Grouping,
)> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let grouping = match var("VIGIE_REPEATED_GROUPING").as_deref() {
        None | Some("site") => vigie_eval::leftovers_silver::Grouping::Site,
        Some("one") => vigie_eval::leftovers_silver::Grouping::One,
        Some(other) => anyhow::bail!("VIGIE_REPEATED_GROUPING={other:?}: expected site or one"),
    };
    if var("VIGIE_REPEATED").as_deref() == Some("off") {
        return Ok((None, grouping));
    }
    let mut p = vigie_analysis::repeated::PARAMS;
    let number =
        |name: &str, default: usize| -> anyhow::Result<usize> {
            match var(name) {
                None => Ok(default),
                Some(v) => v.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| {
                    anyhow::anyhow!("{name}={v:?}: expected a whole number above 0")
                }),
            }
        };
    p.min_articles = number("VIGIE_REPEATED_MIN_ARTICLES", p.min_articles)?;
    p.max_chars = number("VIGIE_REPEATED_MAX_CHARS", p.max_chars)?;
    Ok((Some(p), grouping))
}
