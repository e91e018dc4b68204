//! Language identification with lingua, restricted to the supported languages plus "other".
//!
//! Runs on content lines only (after the boilerplate stage): short leftovers like "PUBLICITÉ"
//! or a language menu fool detectors. Each content paragraph gets a [`Paragraph`] annotation
//! with its language; the article's language is decided on all content text together, unless the
//! input already gave one.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use vigie_core::{Document, Paragraph, Span, Stage, StageError};

/// The languages vigie supports.
pub const SUPPORTED: [Language; 7] = [
    Language::English,
    Language::French,
    Language::German,
    Language::Spanish,
    Language::Italian,
    Language::Ukrainian,
    Language::Russian,
];

/// Below this many letters a paragraph's language is not guessed.
const MIN_LETTERS: usize = 20;
/// Below this confidence the answer is "other".
const MIN_CONFIDENCE: f64 = 0.5;

pub struct LanguageStage {
    detector: LanguageDetector,
}

impl Default for LanguageStage {
    fn default() -> Self {
        Self::new()
    }
}

impl LanguageStage {
    pub fn new() -> Self {
        let detector = LanguageDetectorBuilder::from_languages(&SUPPORTED)
            .with_preloaded_language_models()
            .build();
        LanguageStage { detector }
    }

    /// Language of a text: ISO 639-1 code, "other" when unsure, `None` when too short.
    pub fn detect(&self, text: &str) -> Option<(String, f64)> {
        if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
            return None;
        }
        let values = self.detector.compute_language_confidence_values(text);
        let (lang, confidence) = values.first().copied()?;
        if confidence < MIN_CONFIDENCE {
            return Some(("other".into(), confidence));
        }
        Some((iso(lang), confidence))
    }
}

fn iso(lang: Language) -> String {
    lang.iso_code_639_1().to_string()
}

impl Stage for LanguageStage {
    fn name(&self) -> &'static str {
        "language"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let paragraphs: Vec<Span> = paragraphs(doc);
        let mut content = String::new();
        let mut found = Vec::new();
        for span in paragraphs {
            let text = doc.slice(span);
            content.push_str(text);
            content.push('\n');
            let detected = self.detect(text);
            found.push((span, detected));
        }
        for (span, detected) in found {
            let (language, confidence) = detected.map_or((None, 0.0), |(l, c)| (Some(l), c));
            doc.annotate(
                span,
                Paragraph {
                    language,
                    confidence,
                },
            );
        }
        if doc
            .meta
            .language
            .as_deref()
            .is_none_or(|l| l.trim().is_empty())
        {
            doc.meta.language = self.detect(&content).map(|(l, _)| l);
        }
        Ok(())
    }
}

/// Content paragraphs: runs of consecutive content lines, separated by blank or boilerplate lines.
fn paragraphs(doc: &Document) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    let content: Vec<Span> = doc.content_lines().into_iter().map(|(s, _)| s).collect();
    for span in content {
        current = match current {
            // Adjacent if only a single line break separates them.
            Some(c) if doc.text[c.end..span.start].matches('\n').count() <= 1 => {
                Some(Span::new(c.start, span.end))
            }
            Some(c) => {
                out.push(c);
                Some(span)
            }
            None => Some(span),
        };
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::{Layer, Metadata};

    #[test]
    fn detects_article_and_paragraph_languages() {
        let stage = LanguageStage::new();
        let mut doc = Document::new(
            "Les troupes biélorusses sont prêtes à intervenir si nécessaire, a déclaré le colonel.\n\nThe minister said the border would remain closed until further notice.\n".into(),
            Metadata::default(),
        );
        stage.process(&mut doc).unwrap();
        let langs: Vec<Option<String>> = doc
            .layer(Layer::Paragraph)
            .map(|a| match &a.data {
                vigie_core::AnnotationData::Paragraph(p) => p.language.clone(),
                _ => None,
            })
            .collect();
        assert_eq!(langs, vec![Some("fr".into()), Some("en".into())]);
        assert!(doc.meta.language.is_some());
    }
}
