//! `vigie extract FILE…`: the cleaned text of HTML or text files, folders (walked as `vigie
//! ingest` walks them), JSON Lines streams or `-` for stdin, without storing anything; with
//! `--json`, one JSON object per article: metadata, language, and every annotation the standard
//! pipeline made (leftover regions, paragraphs, dates, and whatever later stages add) with its
//! span and the exact words it covers; with `--conllu`, the sentences' UD words (the syntax
//! stage's) as CoNLL-U.
//!
//! The pipeline (lexicons, knowledge base, syntax models) is built once for all the inputs:
//! that load, about a quarter of a second, is what calling the command once per page cost. A
//! file that cannot be read or parsed is reported with its path and reason on stderr, the
//! others are still printed, and the exit status is 1.
//!
//! Lines that many articles of one outlet share (`vigie_analysis::repeated`: a footer, a
//! newsletter pitch) are leftovers too, as in the store: the inputs are read twice, first to
//! count each outlet's lines over all of them (through the stages that find a scrape's outlet,
//! `vigie_pipeline::outlet_metadata`), then to print. Standard input cannot be read twice:
//! with `-` among the inputs, nothing is counted.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use vigie_core::{AnnotationView, Document, Metadata};
use vigie_ingest::{ReadOptions, Source};

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// `.txt`, `.html`, `.jsonl` files (optionally `.gz`), folders (read recursively), or `-`
    /// for stdin.
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Print the document with metadata and annotations as JSON (one object per article).
    #[arg(long)]
    pub json: bool,
    /// Print the sentences as CoNLL-U (UD words, tags, lemmas, features, dependencies): the
    /// words the pipeline's syntax stage gave them, with the model of the article's language.
    #[arg(long, conflicts_with = "json")]
    pub conllu: bool,
    /// Folder of syntax models to use instead of the built-in ones, one sub-folder per
    /// language (`fr/syntax.model`).
    #[arg(long, requires = "conllu")]
    pub syntax_models: Option<PathBuf>,
}

#[derive(Serialize)]
struct AnnotationOut<'a> {
    /// The span with byte and character offsets and words, and the stage's data.
    #[serde(flatten)]
    annotation: AnnotationView,
    /// The words the span covers (also in `span.text`).
    text: &'a str,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    source: String,
    meta: &'a Metadata,
    /// The cleaned text: content lines, paragraphs separated by one blank line.
    content: String,
    /// The text as read (spans point into it).
    text: &'a str,
    annotations: Vec<AnnotationOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = vigie_pipeline::standard();
    let mut failed = false;
    let mut first = true;
    let mut result: anyhow::Result<()> = Ok(());
    // Models given by folder re-annotate the words the pipeline made with the built-in ones.
    let models = match &args.syntax_models {
        Some(dir) if !dir.is_dir() => {
            anyhow::bail!("{}: no such folder of syntax models", dir.display())
        }
        Some(dir) => vigie_syntax::SyntaxStage::from_dir(dir.clone()),
        None => vigie_syntax::SyntaxStage::new(),
    };
    let mut repeats = if args.files.iter().any(|f| f.as_os_str() == "-") {
        None
    } else {
        Some(count_repeats(&args.files))
    };
    let source = Source::new(args.files.clone());
    let mut each = |raw: Result<vigie_ingest::RawArticle, vigie_ingest::IngestError>| {
        if result.is_err() {
            return;
        }
        let raw = match raw {
            Ok(raw) => raw,
            Err(e) => {
                crate::diag!("error: {e}");
                failed = true;
                return;
            }
        };
        let source = raw.origin.to_string();
        let mut warnings = raw.warnings.clone();
        let mut doc = vigie_pipeline::to_document(raw);
        if let Err(e) = pipeline.process(&mut doc) {
            crate::diag!("warning: {source}: {e}");
            warnings.push(e.to_string());
        }
        if let Some((state, outlets)) = &mut repeats {
            // The outlet the counting pass found for this text (the same stages ran).
            if let Some(outlet) = outlets.get(doc.id.as_str()) {
                state.mark_as(outlet, &mut doc, &vigie_analysis::repeated::PARAMS);
            }
        }
        result = if args.conllu {
            match conllu(&mut doc, &models, args.syntax_models.is_some()) {
                Ok(Some(text)) => {
                    output::ok_if_closed(output::line(&format!("# doc = {source}\n{text}")))
                }
                Ok(None) => {
                    let lang = doc.meta.language.as_deref().unwrap_or("other");
                    crate::diag!("warning: {source}: no syntax model for language {lang}");
                    Ok(())
                }
                Err(e) => Err(e),
            }
        } else if args.json {
            print_json(&doc, source, warnings)
        } else {
            let sep = if first { "" } else { "\n" };
            first = false;
            output::ok_if_closed(output::line(&format!("{sep}{}", content_text(&doc))))
        };
    };
    // (`each` ignores what follows an output error: a closed pipe ends the run.)
    for input in source.inputs() {
        match input {
            Ok(input) => vigie_ingest::read_source(&input, ReadOptions::default(), &mut each),
            Err(e) => each(Err(e)),
        }
    }
    result?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The counting pass: every article of the inputs under its outlet, and the outlet of each
/// (by article id). Unreadable inputs are left to the printing pass to report.
fn count_repeats(
    files: &[PathBuf],
) -> (
    vigie_analysis::repeated::MemoryRepeats,
    std::collections::HashMap<String, String>,
) {
    let stages = vigie_pipeline::outlet_metadata();
    let mut state = vigie_analysis::repeated::MemoryRepeats::default();
    let mut outlets = std::collections::HashMap::new();
    let mut each = |raw: Result<vigie_ingest::RawArticle, vigie_ingest::IngestError>| {
        let Ok(raw) = raw else { return };
        let mut doc = vigie_pipeline::to_document(raw);
        // A stage error leaves what it found so far; the printing pass reports it.
        let _ = stages.process(&mut doc);
        if let Some(outlet) = vigie_analysis::repeated::outlet_key(&doc.meta) {
            if !outlets.contains_key(doc.id.as_str()) {
                state.observe_text(
                    &outlet,
                    doc.id.as_str(),
                    &doc.text,
                    &vigie_analysis::repeated::PARAMS,
                );
                outlets.insert(doc.id.to_string(), outlet);
            }
        }
    };
    for input in Source::new(files.to_vec()).inputs().flatten() {
        vigie_ingest::read_source(&input, ReadOptions::default(), &mut each);
    }
    (state, outlets)
}

fn print_json(doc: &Document, source: String, warnings: Vec<String>) -> anyhow::Result<()> {
    let out = DocumentOut {
        id: doc.id.as_str(),
        source,
        meta: &doc.meta,
        content: content_text(doc),
        text: &doc.text,
        annotations: doc
            .annotation_views()
            .into_iter()
            .zip(&doc.annotations)
            .map(|(view, a)| AnnotationOut {
                annotation: view,
                text: doc.slice(a.span),
            })
            .collect(),
        warnings,
    };
    output::ok_if_closed(output::json_line(&out))
}

/// The sentences of a processed document as CoNLL-U, from the words of its sentence layer
/// (tokens from `vigie-text`, contractions as multiword tokens with `TokenRange` in MISC: byte
/// offsets into the document text). `rerun`: annotate them again with `stage` (models from a
/// folder). `None`: no model for the document's language.
fn conllu(
    doc: &mut Document,
    stage: &vigie_syntax::SyntaxStage,
    rerun: bool,
) -> anyhow::Result<Option<String>> {
    let lang = doc.meta.language.as_deref().unwrap_or("other");
    if stage.language(lang).map_err(anyhow::Error::msg)?.is_none() {
        return Ok(None);
    }
    if rerun {
        vigie_core::Stage::process(stage, doc)?;
    }
    let mut sentences = Vec::new();
    for (n, a) in doc.layer(vigie_core::Layer::Sentence).enumerate() {
        let vigie_core::AnnotationData::Sentence(s) = &a.data else {
            continue;
        };
        if s.words.is_empty() {
            continue;
        }
        let mut out = vigie_syntax::words::to_conllu(&doc.text, &s.words);
        out.comments = vec![
            format!("sent_id = {}", n + 1),
            format!(
                "text = {}",
                doc.slice(a.span)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        ];
        sentences.push(out);
    }
    Ok(Some(vigie_syntax::conllu::write(&sentences)))
}

/// Content lines in order; a blank or leftover line between two of them becomes one blank line.
pub(crate) fn content_text(doc: &Document) -> String {
    let content: std::collections::HashSet<usize> =
        doc.content_lines().iter().map(|(s, _)| s.start).collect();
    let mut out = String::new();
    let mut gap = false;
    for (span, line) in doc.lines() {
        if content.contains(&span.start) {
            if gap && !out.is_empty() {
                out.push('\n');
            }
            gap = false;
            out.push_str(line);
            out.push('\n');
        } else {
            gap = true;
        }
    }
    while out.ends_with('\n') {
        out.pop();
    }
    out
}
