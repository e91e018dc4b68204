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
    },
}

pub fn train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let TrainWhat::Syntax {
        treebank,
        output,
        iterations,
        seed,
        prune,
        folds,
    } = args.what;
    let mut sentences = Vec::new();
    for path in &treebank {
        sentences.extend(vigie_syntax::conllu::read_file(path)?);
    }
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    let started = Instant::now();
    let options = vigie_syntax::TrainOptions {
        iterations,
        seed,
        prune,
        folds,
    };
    let model = vigie_syntax::SyntaxModel::train(&sentences, &options)?;
    let seconds = started.elapsed().as_secs_f64();
    let path = model.save(&output)?;
    let size = std::fs::metadata(&path)
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    let (tagger, parser) = model.weights();
    println!(
        "trained on {} sentences, {} words, {iterations} iterations, seed {seed}, prune {prune}, {folds} folds, in {seconds:.1} s (one core); {} ({:.1} MB, {tagger} tagger and {parser} parser weights)",
        sentences.len(),
        words,
        path.display(),
        size as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}

pub fn eval(dataset: &Path, model: &Path) -> anyhow::Result<ExitCode> {
    let gold = vigie_syntax::conllu::read_file(dataset)?;
    let loading = Instant::now();
    let model = vigie_syntax::SyntaxModel::load(model)?;
    let load_seconds = loading.elapsed().as_secs_f64();
    let mut predicted = gold.clone();
    for w in predicted.iter_mut().flat_map(|s| s.words.iter_mut()) {
        w.upos.clear();
        w.feats.clear();
        w.lemma.clear();
        w.head = 0;
        w.deprel.clear();
    }
    let started = Instant::now();
    for s in &mut predicted {
        model.annotate(s);
    }
    let seconds = started.elapsed().as_secs_f64();
    let c = vigie_syntax::eval::score(&gold, &predicted)
        .map_err(|e| anyhow::anyhow!("{}: {e}", dataset.display()))?;
    println!(
        "syntax: {} sentences, {} words (gold tokens), UPOS {:.4}, UFeats {:.4}, lemma {:.4}, UAS {:.4}, LAS {:.4}; {:.0} sentences/s ({:.0} words/s) tagging + lemmas + parsing on one core; model loaded in {:.2} s",
        gold.len(),
        c.words,
        c.rate(c.upos),
        c.rate(c.feats),
        c.rate(c.lemma),
        c.rate(c.uas),
        c.rate(c.las),
        gold.len() as f64 / seconds.max(1e-9),
        c.words as f64 / seconds.max(1e-9),
        load_seconds
    );
    Ok(ExitCode::SUCCESS)
}

/// The syntax models and contraction tables of the languages met so far, each loaded once.
pub struct Models {
    dir: PathBuf,
    loaded: std::collections::HashMap<String, Option<Language>>,
}

struct Language {
    model: vigie_syntax::SyntaxModel,
    contractions: vigie_syntax::tokens::Contractions,
}

impl Models {
    /// Models are read from `DIR/<lang>/syntax.model`.
    pub fn new(dir: PathBuf) -> Models {
        Models {
            dir,
            loaded: Default::default(),
        }
    }

    /// The model of `lang`, `None` when the folder has none (a language without a model);
    /// a model file that exists but does not load is an error.
    fn get(&mut self, lang: &str) -> anyhow::Result<Option<&Language>> {
        if !self.dir.is_dir() {
            anyhow::bail!("{}: no such folder of syntax models", self.dir.display());
        }
        if !self.loaded.contains_key(lang) {
            let dir = self.dir.join(lang);
            let language = if dir.join(vigie_syntax::model::MODEL_FILE).is_file() {
                let model = vigie_syntax::SyntaxModel::load(&dir)?;
                let path = format!("lexicons/{lang}/contractions.toml");
                let contractions = match vigie_resources::file(&path) {
                    Some(r) => vigie_syntax::tokens::Contractions::parse(&r.path, &r.contents)?,
                    None => Default::default(),
                };
                Some(Language {
                    model,
                    contractions,
                })
            } else {
                None
            };
            self.loaded.insert(lang.to_string(), language);
        }
        Ok(self.loaded.get(lang).and_then(Option::as_ref))
    }
}

/// The sentences of a processed document as CoNLL-U: tokens from `vigie-text`, contractions
/// as multiword tokens (`TokenRange` in MISC: byte offsets into the document text), then
/// tagged and parsed with the model of the document's language. `None`: no model for it.
pub fn conllu(doc: &vigie_core::Document, models: &mut Models) -> anyhow::Result<Option<String>> {
    let lang = doc.meta.language.as_deref().unwrap_or("other");
    let Some(language) = models.get(lang)? else {
        return Ok(None);
    };
    let mut sentences = Vec::new();
    for (n, span) in vigie_text::sentences_of(doc).into_iter().enumerate() {
        let text = doc.slice(span);
        let spans: Vec<(usize, usize)> = vigie_text::tokens(text)
            .iter()
            .map(|t| (span.start + t.span.start, span.start + t.span.end))
            .collect();
        let mut s =
            vigie_syntax::tokens::sentence_from_tokens(&doc.text, &spans, &language.contractions);
        if s.words.is_empty() {
            continue;
        }
        language.model.annotate(&mut s);
        s.comments = vec![
            format!("sent_id = {}", n + 1),
            format!(
                "text = {}",
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            ),
        ];
        sentences.push(s);
    }
    Ok(Some(vigie_syntax::conllu::write(&sentences)))
}
