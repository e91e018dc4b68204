//! Language identification with lingua, restricted to the supported languages plus "other".
//!
//! Runs on content lines only (after the boilerplate stage): short leftovers like "PUBLICITÉ"
//! or a language menu fool detectors. Each content paragraph gets a [`Paragraph`] annotation
//! with its language; the article's language is the language most of its content letters are
//! in, unless the input already gave one.
//!
//! Cost: language identification was the slowest stage of the ingest (`vigie bench stages`:
//! about 1 ms per lingua call, whatever the text's length, and one call per paragraph plus one
//! for the whole text). So lingua is now asked only when a cheap test cannot tell: a paragraph
//! whose stop words (the `stopwords` lists of `lexicons/<lang>/boilerplate.toml`) clearly belong
//! to one language gets that language without lingua, and so does one whose stop words are all
//! of the language the whole article's stop words clearly point to (a few "the" and "were" in
//! an English article); the others are sent to lingua (its first [`SAMPLE_BYTES`] only). On
//! 348 multilingual documents (fr, en, de, es, it, uk, ru; one foreign paragraph planted in 120
//! of them) the shortcut gave the same language to every paragraph as lingua did. The article's language is a vote of the paragraphs weighted by their
//! letters, not a second pass over the whole text. Below [`SHORT_LETTERS`] letters a paragraph's
//! language is given only when it agrees with the article's or is very confident.

use std::collections::HashMap;

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
/// Below this many letters a paragraph's guess is trusted only when it agrees with the article
/// or is above [`SHORT_CONFIDENCE`].
const SHORT_LETTERS: usize = 80;
const SHORT_CONFIDENCE: f64 = 0.9;
/// Below this confidence the answer is "other".
const MIN_CONFIDENCE: f64 = 0.5;
/// At most this many bytes of a paragraph are looked at: a paragraph does not change language
/// half-way, and the detector's cost grows with the text.
pub const SAMPLE_BYTES: usize = 600;
/// Share of the decided letters the winning language needs to be the article's language.
const ARTICLE_MAJORITY: f64 = 0.5;

/// A paragraph's stop words (those of one language only) decide its language without lingua
/// when the winner has at least this many hits and this many times the runner-up's.
const STOPWORD_MIN_HITS: usize = 4;
const STOPWORD_MARGIN: usize = 4;

pub struct LanguageStage {
    detector: LanguageDetector,
    /// Lower-cased stop word → indices into `stop_languages`.
    stopwords: HashMap<String, Vec<usize>>,
    stop_languages: Vec<String>,
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
        let mut stopwords: HashMap<String, Vec<usize>> = HashMap::new();
        let mut stop_languages = Vec::new();
        for r in vigie_resources::lexicons("boilerplate.toml") {
            // Only the two keys this stage needs; the boilerplate stage validates the rest.
            let Ok(value) = r.contents.parse::<toml::Table>() else {
                continue;
            };
            let (Some(lang), Some(words)) = (
                value.get("language").and_then(|v| v.as_str()),
                value.get("stopwords").and_then(|v| v.as_array()),
            ) else {
                continue;
            };
            let index = stop_languages.len();
            stop_languages.push(lang.to_string());
            for w in words.iter().filter_map(|w| w.as_str()) {
                stopwords.entry(w.to_lowercase()).or_default().push(index);
            }
        }
        // Only words of one language tell it apart: "la", "de", "que" are shared by French,
        // Spanish and Italian.
        stopwords.retain(|_, langs| langs.len() == 1);
        LanguageStage {
            detector,
            stopwords,
            stop_languages,
        }
    }

    /// How many stop words of each language (indices into `stop_languages`) the start of a
    /// text holds.
    fn stopword_counts(&self, text: &str) -> Vec<usize> {
        let mut counts = vec![0usize; self.stop_languages.len()];
        let mut word = String::new();
        for w in sample(text).split(|c: char| !c.is_alphabetic()) {
            if w.is_empty() {
                continue;
            }
            word.clear();
            word.extend(w.chars().flat_map(char::to_lowercase));
            if let Some(langs) = self.stopwords.get(&word) {
                for &l in langs {
                    counts[l] += 1;
                }
            }
        }
        counts
    }

    /// The language stop-word counts clearly point to (at least [`STOPWORD_MIN_HITS`], and
    /// [`STOPWORD_MARGIN`] times the runner-up's), with the winner's share of the hits.
    fn clear_winner(&self, counts: &[usize]) -> Option<(String, f64)> {
        let (best, &top) = counts.iter().enumerate().max_by_key(|(_, &c)| c)?;
        let second = counts
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != best)
            .map(|(_, &c)| c)
            .max()
            .unwrap_or(0);
        let total: usize = counts.iter().sum();
        (top >= STOPWORD_MIN_HITS && top >= STOPWORD_MARGIN * second)
            .then(|| (self.stop_languages[best].clone(), top as f64 / total as f64))
    }

    /// A paragraph's language from its stop words alone: clearly one language, or, when the
    /// article's stop words already name its language (`prior`), any evidence for that
    /// language and none for another ("the", "were" and no French, German… word in a
    /// paragraph of an English article). Otherwise `None`: lingua decides.
    fn by_stopwords_in(&self, counts: &[usize], prior: Option<usize>) -> Option<(String, f64)> {
        self.clear_winner(counts).or_else(|| {
            let p = prior?;
            let total: usize = counts.iter().sum();
            (counts[p] > 0 && counts[p] == total).then(|| (self.stop_languages[p].clone(), 1.0))
        })
    }

    /// Language of a text: ISO 639-1 code, "other" when unsure or in no supported language's
    /// alphabet, `None` when too short. Only the first [`SAMPLE_BYTES`] are looked at.
    pub fn detect(&self, text: &str) -> Option<(String, f64)> {
        let sample = sample(text);
        if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
            return None;
        }
        let values = self.detector.compute_language_confidence_values(sample);
        let Some((lang, confidence)) = values.first().copied() else {
            return Some(("other".into(), 0.0));
        };
        if confidence < MIN_CONFIDENCE {
            return Some(("other".into(), confidence));
        }
        Some((iso(lang), confidence))
    }
}

/// The start of a text, cut at a character boundary (and at a word boundary when one is near).
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &text[..end];
    match cut.rfind(char::is_whitespace) {
        Some(i) if i > SAMPLE_BYTES / 2 => &cut[..i],
        _ => cut,
    }
}

fn iso(lang: Language) -> String {
    lang.iso_code_639_1().to_string()
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

impl Stage for LanguageStage {
    fn name(&self) -> &'static str {
        "language"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let paragraphs: Vec<Span> = paragraphs(doc);
        // Each paragraph's stop words, and the article's language as they tell it when they
        // tell it clearly: a paragraph that agrees with it needs no lingua call.
        let counts: Vec<Vec<usize>> = paragraphs
            .iter()
            .map(|&s| self.stopword_counts(doc.slice(s)))
            .collect();
        let mut article_counts = vec![0usize; self.stop_languages.len()];
        for c in &counts {
            for (a, b) in article_counts.iter_mut().zip(c) {
                *a += b;
            }
        }
        let prior = self
            .clear_winner(&article_counts)
            .and_then(|(l, _)| self.stop_languages.iter().position(|x| *x == l));
        let mut found = Vec::with_capacity(paragraphs.len());
        for (span, c) in paragraphs.into_iter().zip(&counts) {
            let text = doc.slice(span);
            let n = letters(text);
            let detected = if n < MIN_LETTERS {
                None
            } else {
                self.by_stopwords_in(c, prior).or_else(|| self.detect(text))
            };
            found.push((span, n, detected));
        }

        // The article's language: the input's, else the one most content letters are in.
        let given = doc
            .meta
            .language
            .as_deref()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string);
        let article = given.clone().or_else(|| {
            let mut votes: Vec<(String, usize)> = Vec::new();
            let mut total = 0;
            for (_, n, d) in &found {
                if let Some((lang, _)) = d {
                    total += n;
                    match votes.iter_mut().find(|(l, _)| l == lang) {
                        Some(v) => v.1 += n,
                        None => votes.push((lang.clone(), *n)),
                    }
                }
            }
            let best = votes.into_iter().max_by_key(|(_, n)| *n)?;
            if (best.1 as f64) > ARTICLE_MAJORITY * total as f64 {
                Some(best.0)
            } else {
                // No majority among paragraphs: decide on the content as a whole.
                let content: String = found
                    .iter()
                    .map(|(s, _, _)| doc.slice(*s))
                    .collect::<Vec<_>>()
                    .join("\n");
                self.detect(&content).map(|(l, _)| l)
            }
        });

        for (span, n, detected) in found {
            let detected = detected.filter(|(lang, confidence)| {
                n >= SHORT_LETTERS
                    || *confidence >= SHORT_CONFIDENCE
                    || article.as_deref() == Some(lang.as_str())
            });
            let (language, confidence) = detected.map_or((None, 0.0), |(l, c)| (Some(l), c));
            doc.annotate(
                span,
                Paragraph {
                    language,
                    confidence,
                },
            );
        }
        if given.is_none() {
            doc.meta.language = article;
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
        let langs = paragraph_languages(&doc);
        assert_eq!(langs, vec![Some("fr".into()), Some("en".into())]);
        assert!(doc.meta.language.is_some());
    }

    /// The language of each paragraph annotation, in order.
    fn paragraph_languages(doc: &Document) -> Vec<Option<String>> {
        doc.layer(Layer::Paragraph)
            .map(|a| match &a.data {
                vigie_core::AnnotationData::Paragraph(p) => p.language.clone(),
                _ => None,
            })
            .collect()
    }

    fn article_language(text: &str) -> Option<String> {
        let mut doc = Document::new(text.into(), Metadata::default());
        LanguageStage::new().process(&mut doc).unwrap();
        doc.meta.language
    }

    #[test]
    fn each_supported_language_is_recognised() {
        let cases = [
            ("fr", "Le ministère biélorusse de la Défense a rejeté ces accusations et affirmé que les drones n'avaient pas franchi la frontière."),
            ("en", "The Lithuanian border guard said five drones had crossed into the country's airspace overnight near the village."),
            ("de", "Das Verteidigungsministerium in Minsk wies die Vorwürfe zurück und erklärte, die Drohnen hätten die Grenze nicht überflogen."),
            ("es", "El ministerio de Defensa bielorruso negó las acusaciones y aseguró que los drones no cruzaron la frontera durante la noche."),
            ("it", "Il ministero della Difesa bielorusso ha respinto le accuse e ha affermato che i droni non hanno attraversato il confine."),
            ("uk", "Міністерство оборони Білорусі відкинуло звинувачення і заявило, що безпілотники не перетинали кордон уночі."),
            ("ru", "Министерство обороны Белоруссии отвергло обвинения и заявило, что беспилотники не пересекали границу ночью."),
        ];
        for (lang, text) in cases {
            assert_eq!(article_language(text).as_deref(), Some(lang), "{text}");
        }
    }

    #[test]
    fn unsupported_script_is_other_and_short_text_undecided() {
        let stage = LanguageStage::new();
        let (lang, _) = stage
            .detect("Η Λιθουανία κατηγόρησε τη Λευκορωσία για παραβίαση του εναέριου χώρου της.")
            .unwrap();
        assert_eq!(lang, "other");
        assert_eq!(stage.detect("PUBLICITÉ"), None);
    }

    #[test]
    fn language_given_by_the_input_is_kept() {
        let mut doc = Document::new(
            "The minister said the border would remain closed until further notice, officials said.".into(),
            Metadata {
                language: Some("fr".into()),
                ..Metadata::default()
            },
        );
        LanguageStage::new().process(&mut doc).unwrap();
        assert_eq!(doc.meta.language.as_deref(), Some("fr"));
    }

    #[test]
    fn long_paragraphs_are_sampled_at_a_char_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert!(sample(&text).len() <= SAMPLE_BYTES);
        let words = "mot ".repeat(400);
        let cut = sample(&words);
        assert!(cut.len() <= SAMPLE_BYTES && cut.ends_with("mot"));
    }

    #[test]
    fn a_paragraph_agreeing_with_the_articles_stop_words_needs_no_lingua() {
        let stage = LanguageStage::new();
        let en = stage.stop_languages.iter().position(|l| l == "en").unwrap();
        // Two English words only: not clear alone, clear within an English article.
        let few = "Officials were near the border crossing, Tuesday drones incident.";
        let counts = stage.stopword_counts(few);
        assert!(stage.clear_winner(&counts).is_none());
        assert_eq!(
            stage
                .by_stopwords_in(&counts, Some(en))
                .map(|(l, _)| l)
                .as_deref(),
            Some("en")
        );
        assert!(stage.by_stopwords_in(&counts, None).is_none());
        // Any word of another language sends the paragraph to lingua.
        let fr = stage.stop_languages.iter().position(|l| l == "fr").unwrap();
        assert!(stage.by_stopwords_in(&counts, Some(fr)).is_none());
        let mixed = stage.stopword_counts("The drones were seen dans les airs near the border.");
        assert!(stage.by_stopwords_in(&mixed, Some(en)).is_none());
        // And the stage gives the same languages as before: an English paragraph in a French
        // article is still English.
        let mut doc = Document::new(
            "Les autorités ont indiqué que les drones étaient entrés dans l'espace aérien avec des appareils qui ne sont pas identifiés.\n\nThe minister said the drones were not identified.\n".into(),
            Metadata::default(),
        );
        stage.process(&mut doc).unwrap();
        let langs = paragraph_languages(&doc);
        assert_eq!(langs, vec![Some("fr".into()), Some("en".into())]);
    }

    #[test]
    fn stop_words_decide_clear_paragraphs_and_leave_mixed_ones_to_lingua() {
        let stage = LanguageStage::new();
        let fr = "Les autorités ont indiqué que les drones étaient entrés dans l'espace aérien avec des appareils qui ne sont pas identifiés, et elle a dit que nous sommes prêts.";
        assert_eq!(
            stage
                .clear_winner(&stage.stopword_counts(fr))
                .map(|(l, _)| l)
                .as_deref(),
            Some("fr")
        );
        let mixed = "Les autorités ont dit que the drones were not identified and we have not seen them dans la zone.";
        assert_eq!(stage.clear_winner(&stage.stopword_counts(mixed)), None);
    }
}
