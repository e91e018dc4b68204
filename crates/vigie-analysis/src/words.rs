//! The words the analyses compare: the pipeline's one tokenizer (`vigie_text::tokens`), folded
//! (case, diacritics), and the per-language stop words of `lexicons/<lang>/stopwords.toml`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use vigie_text::TokenKind;

use crate::AnalysisError;

/// Folded words and numbers of `text`, in order (punctuation and quotation marks dropped).
pub fn folded_words(text: &str) -> Vec<String> {
    vigie_text::tokens(text)
        .into_iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| vigie_core::fold::fold(&text[t.span.start..t.span.end]))
        .collect()
}

/// Stop words per language, from `lexicons/<lang>/stopwords.toml`.
#[derive(Debug, Default)]
pub struct StopWords {
    by_language: HashMap<String, HashSet<String>>,
    /// Every language's words: for an article whose language is unknown.
    all: HashSet<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StopWordsFile {
    language: String,
    words: Vec<String>,
}

impl StopWords {
    /// Reads every `lexicons/<lang>/stopwords.toml`; a file that does not parse is an error
    /// with its path.
    pub fn load() -> Result<StopWords, AnalysisError> {
        let mut out = StopWords::default();
        for r in vigie_resources::lexicons("stopwords.toml") {
            let file: StopWordsFile =
                toml::from_str(&r.contents).map_err(|e| AnalysisError::Lexicon {
                    path: r.path.clone(),
                    reason: e.to_string(),
                })?;
            let words: HashSet<String> = file
                .words
                .iter()
                .map(|w| vigie_core::fold::fold(w))
                .collect();
            out.all.extend(words.iter().cloned());
            out.by_language.insert(file.language, words);
        }
        Ok(out)
    }

    /// The shared lists, loaded once (an error is kept and returned to every caller).
    pub fn shared() -> Result<&'static StopWords, AnalysisError> {
        static SHARED: OnceLock<Result<StopWords, AnalysisError>> = OnceLock::new();
        SHARED
            .get_or_init(StopWords::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Whether the folded `word` is a stop word of `language` (of any language when unknown).
    pub fn contains(&self, language: Option<&str>, word: &str) -> bool {
        match language.and_then(|l| self.by_language.get(l)) {
            Some(set) => set.contains(word),
            None => self.all.contains(word),
        }
    }
}

/// Whether a folded word can tell stories apart: not a stop word, not a number, two letters at
/// least.
pub fn is_content_word(stop: &StopWords, language: Option<&str>, word: &str) -> bool {
    word.chars().count() >= 2
        && word.chars().any(char::is_alphabetic)
        && !stop.contains(language, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_and_folds() {
        let stop = StopWords::load().unwrap();
        assert!(stop.contains(Some("en"), "the"));
        assert!(stop.contains(Some("fr"), "apres"), "folded: après");
        assert!(!stop.contains(Some("en"), "earthquake"));
        assert!(stop.contains(None, "der"));
    }

    #[test]
    fn words_are_folded_tokens() {
        assert_eq!(
            folded_words("L’Élysée a dit: 30 000 soldats."),
            vec!["l'", "elysee", "a", "dit", "30 000", "soldats"]
        );
    }
}
