//! The standard pipeline, in the order the folders show:
//! ingest → clean (HTML, boilerplate, dates) → language → text (sentences) → syntax → actors →
//! quotes/events.
//!
//! [`to_document`] turns a [`RawArticle`] into a [`Document`] (extracting the main text of HTML
//! first, since the article's identity is a hash of its text); [`standard`] builds the stages.

use vigie_core::{Document, Pipeline};
use vigie_ingest::{Body, RawArticle};

/// The stages every ingested article goes through, built once and shared by all workers.
pub fn standard() -> Pipeline {
    standard_with_coder(vigie_events::CoderKind::default())
}

/// The standard stages with the chosen event coder for sentences that have UD words.
pub fn standard_with_coder(coder: vigie_events::CoderKind) -> Pipeline {
    before_actors()
        .with(vigie_actors::ActorStage::new())
        // Pronouns and descriptions as mentions of actors named earlier: after the actors it
        // reads, before the quotes and events that read mentions.
        .with(vigie_actors::CorefStage::new())
        // Quotes read the actors stage's mentions: keep this after it.
        .with(vigie_quotes::QuoteStage::new())
        // Events read sentences, mentions, quotes and dates: keep this last.
        .with(
            vigie_events::EventStage::with_coder(coder)
                .expect("embedded CAMEO table and event lexicons are valid"),
        )
}

/// The standard stages that run before the actors stage, for benchmarks and evaluations that
/// time or score the actors stage alone on documents prepared as ingest prepares them.
pub fn before_actors() -> Pipeline {
    Pipeline::new()
        .with(vigie_clean::BoilerplateStage::new())
        .with(vigie_language::LanguageStage::new())
        .with(vigie_text::SentenceStage::new())
        // UD words of every sentence (languages with a model): right after the sentences they
        // fill, so the one sentence layer is complete before any stage reads it.
        .with(vigie_syntax::SyntaxStage::new())
        // Title, outlet and author of scrapes from their text: after boilerplate (which marks
        // the head's leftovers) and language (which picks the cues), before dates (the outlet
        // tells the order of day and month in numeric dates).
        .with(vigie_clean::TextMetaStage::new())
        .with(vigie_clean::DateStage::new())
}

/// The stages that find what a document's outlet is (the boilerplate marks and language that
/// the text metadata stage reads, then that stage), in the standard order: what `vigie
/// extract` runs over its inputs first to count the lines each outlet repeats
/// (`vigie_analysis::repeated`) before marking them in the full pipeline's output.
pub fn outlet_metadata() -> Pipeline {
    Pipeline::new()
        .with(vigie_clean::BoilerplateStage::new())
        .with(vigie_language::LanguageStage::new())
        .with(vigie_clean::TextMetaStage::new())
}

/// The one sentence layer alone (sentences, then their UD words), for evaluations that score
/// a later stage on text that needs no cleaning.
pub fn sentence_layer() -> Pipeline {
    Pipeline::new()
        .with(vigie_text::SentenceStage::new())
        .with(vigie_syntax::SyntaxStage::new())
}

/// Builds the document for a raw article: HTML is reduced to its main text, and metadata the
/// input gave wins over metadata found in the page.
pub fn to_document(raw: RawArticle) -> Document {
    to_document_bounded(raw, &vigie_clean::html::HtmlLimits::default()).0
}

/// [`to_document`] within chosen bounds on HTML pages; a page over them is reduced to its text
/// without main-content extraction, and the reason comes back (see `vigie_clean::html::bounds`).
pub fn to_document_bounded(
    raw: RawArticle,
    limits: &vigie_clean::html::HtmlLimits,
) -> (Document, Option<vigie_clean::html::OverLimit>) {
    let mut meta = raw.meta;
    match raw.body {
        Body::Text(text) => (Document::new(text, meta), None),
        Body::Html(html) => {
            // The input's URL (JSON Lines `url`) helps: its path often carries the date.
            let (extracted, over) = vigie_clean::html::extract_bounded(
                &html,
                meta.url.as_deref(),
                vigie_clean::html::Extractor::default(),
                chrono::Local::now().date_naive(),
                limits,
            );
            meta.title = meta.title.or(extracted.title);
            meta.author = meta.author.or(extracted.author);
            meta.outlet = meta.outlet.or(extracted.outlet);
            meta.url = meta.url.or(extracted.canonical_url);
            if meta.published.is_none() {
                meta.published = extracted.published;
                meta.published_source = extracted.published_source;
            }
            meta.format = vigie_core::InputFormat::Html;
            let mut doc = Document::new(extracted.text, meta);
            doc.html = Some(html);
            (doc, over)
        }
    }
}
