//! `vigie quotes [--speaker ACTOR] [--json]`: the stored quotations (speaker, words, article,
//! span), and `vigie eval quotes`: quotes scored against the French dev gold or PolNeAR.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;
use vigie_core::fold::fold;
use vigie_core::{AnnotationData, Document, Layer, SpanView};

use crate::args::{self, Limit};
use crate::commands::bench::thread_cpu_seconds;
use crate::output;

/// Listed as `ARTICLE  START..END  SPEAKER MARK WORDS`, where MARK is `«»` for a direct quote
/// (the words inside quotation marks) and `~` for reported speech (the speaker's words as the
/// article restates them); START..END are byte offsets into the article's text (`--json` also
/// gives character offsets). A speaker of `?` could not be found.
#[derive(clap::Args)]
#[command(
    after_help = "Markers: «» direct quote (inside quotation marks), ~ reported speech, ? unknown speaker."
)]
pub struct Args {
    /// Only quotes whose speaker (actor id, canonical name or description) contains this, in any
    /// case and with or without accents ("Lukashenko", "person:alexander_lukashenko", "NATO").
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only direct quotes (inside quotation marks).
    #[arg(long)]
    pub direct: bool,
    /// At most this many quotes (default 0: all).
    #[arg(long, value_parser = args::limit, default_value = "0")]
    pub limit: Limit,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

/// One quotation as listed (`vigie quotes --json`) and exported (`vigie export quotes`).
#[derive(Serialize)]
pub struct QuoteRow {
    pub article: String,
    /// The quotation's span: byte and character offsets and words.
    pub span: SpanView,
    pub text: String,
    pub speaker: Option<String>,
    /// The speaker's canonical name when the speaker is a linked actor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_text: Option<String>,
    /// Where the speaker is named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<SpanView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue_span: Option<SpanView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub direct: bool,
    pub partial: bool,
}

/// The quotations of one document, with the words their spans cover.
pub fn rows(doc: &Document) -> Vec<QuoteRow> {
    let mut names: HashMap<&str, &str> = HashMap::new();
    for a in doc.layer(Layer::Mention) {
        if let AnnotationData::Mention(m) = &a.data {
            if let (Some(id), Some(c)) = (&m.actor, &m.canonical) {
                names.entry(id.as_str()).or_insert(c.as_str());
            }
        }
    }
    let offsets = doc.char_offsets();
    doc.layer(Layer::Quote)
        .filter_map(|a| match &a.data {
            AnnotationData::Quote(q) => Some(QuoteRow {
                article: doc.id.to_string(),
                span: offsets.view(a.span),
                text: doc.slice(a.span).to_string(),
                speaker_name: q
                    .speaker
                    .as_deref()
                    .and_then(|s| names.get(s))
                    .map(|s| s.to_string()),
                speaker: q.speaker.clone(),
                speaker_code: q.speaker_code.clone(),
                speaker_text: q.speaker_span.map(|s| doc.slice(s).to_string()),
                speaker_span: q.speaker_span.map(|s| offsets.view(s)),
                cue: q.cue_span.map(|s| doc.slice(s).to_string()),
                cue_span: q.cue_span.map(|s| offsets.view(s)),
                channel: q.channel.clone(),
                direct: q.direct,
                partial: q.partial,
            }),
            _ => None,
        })
        .collect()
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let wanted = args.speaker.as_deref().map(fold);
    let mut count = 0usize;
    store.for_each_document(&mut |doc| {
        // Actors of this article that the query names in any of their spellings as written
        // here ("Loukachenko" finds `person:alexander_lukashenko`).
        let named: Vec<String> = match &wanted {
            Some(w) => doc
                .layer(Layer::Mention)
                .filter_map(|a| match &a.data {
                    AnnotationData::Mention(m) if fold(doc.slice(a.span)).contains(w.as_str()) => {
                        m.actor.clone()
                    }
                    _ => None,
                })
                .collect(),
            None => Vec::new(),
        };
        for row in rows(&doc) {
            if args.direct && !row.direct {
                continue;
            }
            if let Some(w) = &wanted {
                let hay = [&row.speaker, &row.speaker_name, &row.speaker_text]
                    .iter()
                    .filter_map(|s| s.as_deref())
                    .any(|s| fold(s).contains(w.as_str()))
                    || row.speaker.as_ref().is_some_and(|s| named.contains(s));
                if !hay {
                    continue;
                }
            }
            count += 1;
            if args.limit.0.is_some_and(|n| count > n) {
                continue;
            }
            if args.json {
                output::json_line(&row)?;
            } else {
                let who = row
                    .speaker_name
                    .as_deref()
                    .or(row.speaker.as_deref())
                    .unwrap_or("?");
                let kind = if row.direct { "«»" } else { "~" };
                output::line(&format!(
                    "{}  {}..{}  {who} {kind} {}",
                    &row.article[..row.article.len().min(12)],
                    row.span.start,
                    row.span.end,
                    output::truncate(&row.text, 160)
                ))?;
            }
        }
        Ok(())
    })?;
    if count == 0 {
        crate::diag!("no quotes found");
    }
    args::note_cut(args.limit.0.map_or(count, |n| n.min(count)), count);
    Ok(ExitCode::SUCCESS)
}

/// `vigie eval quotes`: a folder with `attributions/` is PolNeAR, otherwise the French dev gold
/// (`*.json` beside their `.txt`).
pub fn eval(
    dataset: &Path,
    output_path: Option<&PathBuf>,
    limit: Option<usize>,
) -> anyhow::Result<ExitCode> {
    let pr = |name: &str, p: &vigie_eval::quotes::Prf| {
        crate::out!(
            "  {name}: precision {:.3}, recall {:.3}, F1 {:.3} (tp {}, predicted {}, gold {})",
            p.precision,
            p.recall,
            p.f1,
            p.true_positives,
            p.predicted,
            p.gold
        )
    };
    if dataset.join("attributions").is_dir() {
        let r = vigie_eval::quotes::evaluate_polnear(dataset, limit)?;
        crate::out!(
            "quotes (PolNeAR): {} articles in {:.2}s, stages: {}",
            r.articles,
            r.seconds,
            r.stages.join(" → ")
        );
        pr("content, exact  ", &r.content_exact);
        pr("content, overlap", &r.content_overlap);
        pr("source, exact   ", &r.source_exact);
        pr("source, overlap ", &r.source_overlap);
        write_output(output_path, &r)?;
    } else {
        let r = vigie_eval::quotes::evaluate_dev(dataset)?;
        crate::out!(
            "quotes (dev gold): {} articles in {:.2}s, stages: {}",
            r.articles,
            r.seconds,
            r.stages.join(" → ")
        );
        pr("speaker + span", &r.speaker_and_span);
        pr("span only     ", &r.span_only);
        for a in &r.per_article {
            crate::out!(
                "  article {}: speaker + span P {:.3} R {:.3} F1 {:.3}; span only P {:.3} R {:.3} F1 {:.3}",
                a.article,
                a.speaker_and_span.precision,
                a.speaker_and_span.recall,
                a.speaker_and_span.f1,
                a.span_only.precision,
                a.span_only.recall,
                a.span_only.f1
            );
        }
        write_output(output_path, &r)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_output<T: Serialize>(path: Option<&PathBuf>, report: &T) -> anyhow::Result<()> {
    if let Some(path) = path {
        let f = std::fs::File::create(path)
            .map_err(|e| anyhow::anyhow!("creating {}: {e}", path.display()))?;
        serde_json::to_writer_pretty(std::io::BufWriter::new(f), report)?;
        crate::diag!("per-item results written to {}", path.display());
    }
    Ok(())
}

/// Sentences in the style of conflict news, with every kind of attribution the detector knows
/// (and sentences with none), for `vigie bench quotes`.
const BENCH_FR: &[&str] = &[
    "Le président Alexandre Loukachenko a déclaré mardi que les troupes biélorusses ne participeraient pas à la guerre.",
    "Il a souligné que cette décision ne dépend pas uniquement de Minsk, déclarant : « Nous sommes toujours prêts à aider sur demande des deux parties ».",
    "Un responsable militaire de l’OTAN a déclaré à CNN qu’il est de plus en plus “probable” que le Belarus entre dans le conflit.",
    "“Poutine a besoin de soutien. Tout serait utile”, a ajouté le fonctionnaire.",
    "Selon une source de l’opposition biélorusse, des unités de combat pourraient entrer en Ukraine dans les prochains jours.",
    "Les États-Unis ont exprimé leur soutien à cette mission européenne mais ont refusé d’y participer directement.",
    "« Une participation à la guerre déstabiliserait le Belarus », a-t-il ajouté.",
    "La Biélorussie soutient depuis longtemps la Russie en fournissant une logistique, des bases militaires et des aérodromes.",
    "D’après Bloomberg, le président turc a discuté avec M. Zelensky de l’envoi de 30 000 soldats.",
    "Moscou a promis un prêt de 1,5 milliard de dollars à Minsk.",
];
const BENCH_EN: &[&str] = &[
    "President Alexander Lukashenko said on Tuesday that Belarusian troops would not take part in the war.",
    "A senior NATO official told CNN that it was increasingly “likely” that Belarus would join the conflict.",
    "“Putin needs support. Anything would help,” the official added.",
    "According to a Belarusian opposition source, combat units could enter Ukraine in the coming days.",
    "The United States expressed support for the European mission but declined to take part directly.",
    "Gen. Mark Milley met U.S. officials in Warsaw, where 30,000 troops are stationed.",
    "The Kremlin denied the report, saying it was “pure fabrication.”",
    "Belarus has long supported Russia by providing logistics, military bases and airfields.",
];

#[derive(Serialize)]
struct BenchReport {
    bench: &'static str,
    documents: usize,
    sentences: usize,
    quotes: usize,
    segment_seconds: f64,
    segment_sentences_per_second: f64,
    quote_seconds: f64,
    quote_sentences_per_second: f64,
    /// CPU time of the quote stage on this thread (Linux), and the rate per CPU second: on a
    /// loaded machine wall time also counts the time other processes held the core.
    quote_cpu_seconds: Option<f64>,
    quote_sentences_per_cpu_second: Option<f64>,
    cores_used: usize,
}

/// `vigie bench quotes`: sentence segmentation, then the quote stage alone, on one core, over
/// generated French and English articles. Actor linking runs before and is not timed.
pub fn bench(sentences: usize, json: bool) -> anyhow::Result<ExitCode> {
    use std::time::Instant;
    use vigie_core::{Metadata, Stage};

    let per_doc = 20;
    let n_docs = sentences.div_ceil(per_doc).max(1);
    let mut texts = Vec::with_capacity(n_docs);
    for i in 0..n_docs {
        let (lang, t) = if i.is_multiple_of(2) {
            ("fr", BENCH_FR)
        } else {
            ("en", BENCH_EN)
        };
        let mut text = String::new();
        for j in 0..per_doc {
            text.push_str(t[(i + j * 3) % t.len()]);
            text.push(if j % 4 == 3 { '\n' } else { ' ' });
        }
        texts.push((lang, text));
    }
    // Segmentation alone.
    let t0 = Instant::now();
    let mut segmented = 0usize;
    for (_, text) in &texts {
        segmented += vigie_text::sentences(text).len();
    }
    let segment_seconds = t0.elapsed().as_secs_f64();
    // Documents ready for the quote stage.
    let before = vigie_core::Pipeline::new()
        .with(vigie_text::SentenceStage::new())
        .with(vigie_actors::ActorStage::new());
    let mut docs = Vec::with_capacity(n_docs);
    for (lang, text) in texts {
        let mut doc = Document::new(
            text,
            Metadata {
                language: Some(lang.into()),
                published: Some("2025-11-03".into()),
                ..Default::default()
            },
        );
        before
            .process(&mut doc)
            .map_err(|e| anyhow::anyhow!("preparing bench documents: {e}"))?;
        docs.push(doc);
    }
    let n_sentences: usize = docs.iter().map(|d| d.layer(Layer::Sentence).count()).sum();
    let stage = vigie_quotes::QuoteStage::new();
    let cpu0 = thread_cpu_seconds();
    let t0 = Instant::now();
    for doc in &mut docs {
        stage
            .process(doc)
            .map_err(|e| anyhow::anyhow!("quotes: {e}"))?;
    }
    let quote_seconds = t0.elapsed().as_secs_f64();
    let quote_cpu_seconds = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    let report = BenchReport {
        bench: "quotes",
        documents: docs.len(),
        sentences: n_sentences,
        quotes: docs.iter().map(|d| d.layer(Layer::Quote).count()).sum(),
        segment_seconds,
        segment_sentences_per_second: segmented as f64 / segment_seconds.max(1e-9),
        quote_seconds,
        quote_sentences_per_second: n_sentences as f64 / quote_seconds.max(1e-9),
        quote_cpu_seconds,
        quote_sentences_per_cpu_second: quote_cpu_seconds.map(|c| n_sentences as f64 / c.max(1e-9)),
        cores_used: 1,
    };
    if json {
        output::json_line(&report)?;
    } else {
        crate::out!(
            "quotes: {} sentences ({} documents), {} quotes; segmentation {:.0} sentences/s, quote stage {:.0} sentences/s ({} per CPU second), one core",
            report.sentences,
            report.documents,
            report.quotes,
            report.segment_sentences_per_second,
            report.quote_sentences_per_second,
            report
                .quote_sentences_per_cpu_second
                .map_or("?".into(), |r| format!("{r:.0}"))
        );
    }
    Ok(ExitCode::SUCCESS)
}
