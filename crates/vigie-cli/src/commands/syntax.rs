//! `vigie train syntax --treebank FILE… --output DIR` and `vigie eval syntax --dataset FILE
//! --model DIR`: the UD tagger, lemmatizer and parser of `vigie-syntax`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

#[derive(clap::Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    pub what: TrainWhat,
}

#[derive(clap::Subcommand)]
pub enum TrainWhat {
    /// UPOS + FEATS tagger, lemmatizer and dependency parser from CoNLL-U treebanks.
    Syntax {
        /// A CoNLL-U file (`.conllu` or `.conllu.gz`); repeat to train on several.
        #[arg(long, required = true)]
        treebank: Vec<PathBuf>,
        /// Folder the model (`syntax.model`) is written to.
        #[arg(long)]
        output: PathBuf,
        /// Passes over the training sentences.
        #[arg(long, default_value_t = 10)]
        iterations: usize,
        /// Seed of the sentence order and of the parser's exploration.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Averaged weights smaller than this are dropped (model size).
        #[arg(long, default_value_t = 0.5)]
        prune: f32,
        /// Folds of the jackknife tagging the parser's training data (0: gold tags).
        #[arg(long, default_value_t = 4)]
        folds: usize,
        /// Open word classes of forms from lexical resources, `form<TAB>UPOS` lines (made by
        /// `tools/syntax/word_classes.py`): a feature of the UPOS tagger, stored in the model.
        #[arg(long)]
        lexicon: Option<PathBuf>,
    },
    /// The leftover-line classifier of the boilerplate stage, on silver lines of the
    /// trafilatura evaluation pages (train part; threshold chosen on the dev part).
    Boilerplate {
        /// Folder holding `evaldata.json` and `html/`.
        #[arg(long)]
        dataset: PathBuf,
        /// Folder the model (`leftovers.model`) is written to.
        #[arg(long)]
        output: PathBuf,
        /// Passes over the training lines.
        #[arg(long, default_value_t = 20)]
        epochs: usize,
        /// Seed of the line order.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// L2 penalty (chosen on the dev part: 1e-5, 1e-4, 1e-3, 3e-3, 1e-2 gave dev recall
        /// 0.255, 0.280, 0.339, 0.358, 0.337 at the same precision).
        #[arg(long, default_value_t = 3e-3)]
        l2: f32,
        /// Precision the classifier's own marks must keep on the dev part.
        #[arg(long, default_value_t = 0.98)]
        min_precision: f64,
    },
}

pub fn train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let (treebank, output, iterations, seed, prune, folds, lexicon) = match args.what {
        TrainWhat::Boilerplate {
            dataset,
            output,
            epochs,
            seed,
            l2,
            min_precision,
        } => {
            return crate::commands::leftovers::train(
                &dataset,
                &output,
                epochs,
                seed,
                l2,
                min_precision,
            )
        }
        TrainWhat::Syntax {
            treebank,
            output,
            iterations,
            seed,
            prune,
            folds,
            lexicon,
        } => (treebank, output, iterations, seed, prune, folds, lexicon),
    };
    let mut sentences = Vec::new();
    for path in &treebank {
        sentences.extend(vigie_syntax::conllu::read_file(path)?);
    }
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    let started = Instant::now();
    let word_classes = match &lexicon {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            vigie_syntax::WordClasses::from_tsv(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        }
        None => vigie_syntax::WordClasses::default(),
    };
    let options = vigie_syntax::TrainOptions {
        iterations,
        seed,
        prune,
        folds,
        word_classes,
    };
    let model = vigie_syntax::SyntaxModel::train(&sentences, &options)?;
    let seconds = started.elapsed().as_secs_f64();
    let path = model.save(&output)?;
    let size = std::fs::metadata(&path)
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    let (tagger, parser) = model.weights();
    crate::out!(
        "trained on {} sentences, {} words, {iterations} iterations, seed {seed}, prune {prune}, {folds} folds, in {seconds:.1} s (one core); {} ({:.1} MB, {tagger} tagger and {parser} parser weights)",
        sentences.len(),
        words,
        path.display(),
        size as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}

/// What `vigie eval syntax` is asked.
pub struct EvalOptions {
    pub dataset: PathBuf,
    pub model: Option<PathBuf>,
    /// Score this CoNLL-U file (any system's output) instead of running vigie.
    pub system: Option<PathBuf>,
    pub gold_tokens: bool,
    pub raw_text: bool,
    /// Break the rebuilt raw text into lines of at most this many characters (0: no break).
    pub line_width: usize,
    /// The language of the contraction table; default: the treebank name's prefix (`fr_…`).
    pub lang: Option<String>,
    /// Folder where the rebuilt text and vigie's CoNLL-U output are written.
    pub save: Option<PathBuf>,
    pub output: Option<PathBuf>,
}

#[derive(serde::Serialize)]
struct RunReport {
    input: &'static str,
    gold_sentences: usize,
    gold_words: usize,
    system_sentences: usize,
    system_words: usize,
    /// Thread CPU seconds of tagging + lemmas + parsing (and, from raw text, sentence
    /// splitting, tokenization and contractions).
    seconds: f64,
    sentences_per_second: f64,
    words_per_second: f64,
    scores: vigie_syntax::eval::Scores,
}

#[derive(serde::Serialize)]
struct EvalReport {
    dataset: String,
    model: Option<String>,
    system: Option<String>,
    definitions: &'static str,
    runs: Vec<RunReport>,
}

const DEFINITIONS: &str = "CoNLL 2018 shared task (conll18_ud_eval.py): F1 over words aligned by characters; UFeats: universal features only, order ignored; LAS/CLAS/MLAS/BLEX: universal relations (subtypes ignored)";

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Scores `system` against `gold`, the CoNLL 2018 way.
fn score_against(
    gold: &vigie_syntax::eval::UdTreebank,
    system: &[vigie_syntax::Sentence],
    what: &str,
) -> anyhow::Result<vigie_syntax::eval::Scores> {
    let ud = vigie_syntax::eval::UdTreebank::new(system, "system")
        .with_context(|| format!("reading {what}"))?;
    vigie_syntax::eval::evaluate(gold, &ud).with_context(|| format!("scoring {what}"))
}

fn print_run(r: &RunReport, label: &str, speed: bool) {
    let s = &r.scores;
    let f = |m: &vigie_syntax::eval::Score| format!("{:.2}", 100.0 * m.f1());
    crate::out!(
        "{label}: {} gold sentences, {} gold words; system {} sentences, {} words. F1: Tokens {}, Sentences {}, Words {}, UPOS {}, UFeats {}, Lemmas {}, UAS {}, LAS {}, CLAS {}, MLAS {}, BLEX {}",
        r.gold_sentences,
        r.gold_words,
        r.system_sentences,
        r.system_words,
        f(&s.tokens),
        f(&s.sentences),
        f(&s.words),
        f(&s.upos),
        f(&s.ufeats),
        f(&s.lemmas),
        f(&s.uas),
        f(&s.las),
        f(&s.clas),
        f(&s.mlas),
        f(&s.blex)
    );
    if speed && r.seconds < 0.01 {
        crate::out!("  speed: too little work to time ({:.4} s)", r.seconds);
    } else if speed {
        crate::out!(
            "  speed: {:.0} sentences/s ({:.0} words/s) on one core, thread CPU time {:.2} s",
            r.sentences_per_second,
            r.words_per_second,
            r.seconds
        );
    }
    print!("{}", s.table());
}

/// The contraction table of `lang` and its path; empty (with a warning) when there is none.
pub fn contractions(lang: &str) -> anyhow::Result<(vigie_syntax::tokens::Contractions, String)> {
    let path = format!("lexicons/{lang}/contractions.toml");
    let table = match vigie_resources::file(&path) {
        Some(r) => vigie_syntax::tokens::Contractions::parse(&r.path, &r.contents)?,
        None => {
            crate::diag!("warning: no {path}: contractions are not split");
            Default::default()
        }
    };
    Ok((table, path))
}

/// `vigie eval syntax`: vigie (or a given system's CoNLL-U) against a gold treebank, from gold
/// tokens and from the treebank's raw text, scored as in the CoNLL 2018 shared task.
pub fn eval(o: &EvalOptions) -> anyhow::Result<ExitCode> {
    let gold = vigie_syntax::conllu::read_file(&o.dataset)?;
    let gold_ud = vigie_syntax::eval::UdTreebank::new(&gold, "gold")
        .with_context(|| format!("reading {}", o.dataset.display()))?;
    let mut report = EvalReport {
        dataset: o.dataset.display().to_string(),
        model: o.model.as_ref().map(|m| m.display().to_string()),
        system: o.system.as_ref().map(|m| m.display().to_string()),
        definitions: DEFINITIONS,
        runs: Vec::new(),
    };
    crate::out!("syntax: {} ({DEFINITIONS})", file_name(&o.dataset));
    if let Some(path) = &o.system {
        let system = vigie_syntax::conllu::read_file(path)?;
        let scores = score_against(&gold_ud, &system, &path.display().to_string())?;
        let r = RunReport {
            input: "system file",
            gold_sentences: gold.len(),
            gold_words: gold_ud.words(),
            system_sentences: system.len(),
            system_words: system.iter().map(|s| s.words.len()).sum(),
            seconds: 0.0,
            sentences_per_second: 0.0,
            words_per_second: 0.0,
            scores,
        };
        print_run(&r, &format!("system {}", file_name(path)), false);
        report.runs.push(r);
        crate::commands::eval::write_output(o.output.as_deref(), &report)?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(model_path) = &o.model else {
        anyhow::bail!("give --model DIR (vigie's model) or --system FILE (a system's CoNLL-U)");
    };
    let loading = Instant::now();
    let model = vigie_syntax::SyntaxModel::load(model_path)?;
    crate::out!(
        "model {} loaded in {:.2} s",
        model_path.display(),
        loading.elapsed().as_secs_f64()
    );
    let stem = file_name(&o.dataset)
        .trim_end_matches(".gz")
        .trim_end_matches(".conllu")
        .to_string();
    if let Some(dir) = &o.save {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let save = |suffix: &str, contents: &str| -> anyhow::Result<()> {
        if let Some(dir) = &o.save {
            let path = dir.join(format!("{stem}.{suffix}"));
            std::fs::write(&path, contents)
                .with_context(|| format!("writing {}", path.display()))?;
            crate::diag!("wrote {}", path.display());
        }
        Ok(())
    };
    let run = |input: &'static str,
               system: &[vigie_syntax::Sentence],
               seconds: f64|
     -> anyhow::Result<RunReport> {
        let scores = score_against(&gold_ud, system, &format!("vigie's output ({input})"))?;
        Ok(RunReport {
            input,
            gold_sentences: gold.len(),
            gold_words: gold_ud.words(),
            system_sentences: system.len(),
            system_words: system.iter().map(|s| s.words.len()).sum(),
            seconds,
            // Gold sentences: the same count for both inputs and for any system.
            sentences_per_second: gold.len() as f64 / seconds.max(1e-9),
            words_per_second: gold_ud.words() as f64 / seconds.max(1e-9),
            scores,
        })
    };
    if o.gold_tokens {
        let mut predicted = gold.clone();
        for w in predicted.iter_mut().flat_map(|s| s.words.iter_mut()) {
            w.upos.clear();
            w.feats.clear();
            w.lemma.clear();
            w.head = 0;
            w.deprel.clear();
        }
        let clock = vigie_eval::ThreadClock::start();
        for s in &mut predicted {
            model.annotate(s);
        }
        let seconds = clock.seconds();
        save(
            "gold-tokens.conllu",
            &vigie_syntax::conllu::write(&predicted),
        )?;
        let r = run("gold tokens", &predicted, seconds)?;
        print_run(&r, "from gold tokens", true);
        report.runs.push(r);
    }
    if o.raw_text {
        let lang = match &o.lang {
            Some(l) => l.clone(),
            None => stem.split('_').next().unwrap_or_default().to_string(),
        };
        let (contractions, path) = contractions(&lang)?;
        let raw = vigie_syntax::rawtext::raw_text(&gold, o.line_width);
        save("txt", &raw.text)?;
        let clock = vigie_eval::ThreadClock::start();
        let system = vigie_syntax::rawtext::annotate(&raw.text, &contractions, &model);
        let seconds = clock.seconds();
        save("raw-text.conllu", &vigie_syntax::conllu::write(&system))?;
        let r = run("raw text", &system, seconds)?;
        print_run(
            &r,
            &format!(
                "from raw text ({} characters, {}; {} sentences' text rebuilt from tokens; vigie-text sentences + tokens, {path})",
                raw.text.chars().count(),
                if o.line_width == 0 {
                    "one line per paragraph".to_string()
                } else {
                    format!("lines broken at {} characters", o.line_width)
                },
                raw.from_tokens
            ),
            true,
        );
        report.runs.push(r);
    }
    crate::commands::eval::write_output(o.output.as_deref(), &report)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct BenchRun {
    bench: &'static str,
    input: &'static str,
    dataset: String,
    sentences: usize,
    words: usize,
    runs: usize,
    /// Median over the runs; each run is whole passes over the treebank for at least
    /// `seconds_per_run` of thread CPU time.
    sentences_per_second: f64,
    words_per_second: f64,
    all_runs_sentences_per_second: Vec<f64>,
    seconds_per_run: f64,
}

/// Sentences per second of `pass` (one pass over `sentences` sentences): one warm-up pass,
/// then `runs` runs of whole passes lasting at least `seconds` of thread CPU time each.
fn rates(runs: usize, seconds: f64, sentences: usize, mut pass: impl FnMut()) -> Vec<f64> {
    pass();
    (0..runs.max(1))
        .map(|_| {
            let clock = vigie_eval::ThreadClock::start();
            let mut done = 0usize;
            loop {
                pass();
                done += sentences;
                let t = clock.seconds();
                if t >= seconds {
                    return done as f64 / t.max(1e-9);
                }
            }
        })
        .collect()
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

/// `vigie bench syntax`: tagging + lemmas + parsing on one core over a treebank, from its gold
/// tokens and from its raw text (sentences, tokens and contractions included), median of runs.
pub fn bench(
    dataset: &Path,
    model: &Path,
    lang: Option<&str>,
    seconds: f64,
    runs: usize,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let gold = vigie_syntax::conllu::read_file(dataset)?;
    let model = vigie_syntax::SyntaxModel::load(model)?;
    let name = file_name(dataset);
    let lang = lang.map_or_else(
        || name.split('_').next().unwrap_or_default().to_string(),
        str::to_string,
    );
    let (contractions, _) = contractions(&lang)?;
    let words: usize = gold.iter().map(|s| s.words.len()).sum();
    let mut sentences = gold.clone();
    let from_tokens = rates(runs, seconds, gold.len(), || {
        for s in &mut sentences {
            model.annotate(s);
        }
    });
    let text = vigie_syntax::rawtext::raw_text(&gold, 0).text;
    let from_text = rates(runs, seconds, gold.len(), || {
        std::hint::black_box(vigie_syntax::rawtext::annotate(
            &text,
            &contractions,
            &model,
        ));
    });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for (input, r) in [("gold tokens", from_tokens), ("raw text", from_text)] {
        let report = BenchRun {
            bench: "syntax",
            input,
            dataset: name.clone(),
            sentences: gold.len(),
            words,
            runs: r.len(),
            sentences_per_second: median(&r),
            words_per_second: median(&r) * words as f64 / gold.len().max(1) as f64,
            all_runs_sentences_per_second: r,
            seconds_per_run: seconds,
        };
        if json {
            crate::output::json_line(&report)?;
        } else {
            crate::out!(
                "syntax ({input}{}): {name}, {} sentences, {} words; {:.0} sentences/s, {:.0} words/s on one core (median of {} runs of >= {seconds} s thread CPU time: {}); machine has {cores} cores",
                if input == "raw text" {
                    ", with vigie-text sentences, tokens and contractions"
                } else {
                    ", tagging + lemmas + parsing"
                },
                report.sentences,
                report.words,
                report.sentences_per_second,
                report.words_per_second,
                report.runs,
                report
                    .all_runs_sentences_per_second
                    .iter()
                    .map(|r| format!("{r:.0}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
