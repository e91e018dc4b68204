//! The typography data: `lexicons/<lang>/text.toml`, merged over all languages.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

/// A `text.toml` file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TypographyError {
    #[error("{path}: {source}")]
    Parse {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("{path}: quotation mark {mark:?} is not a single character")]
    Mark { path: String, mark: String },
}

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    sentences: SentencesSection,
    #[serde(default)]
    quotes: QuotesSection,
    #[serde(default)]
    tokens: TokensSection,
}

#[derive(Deserialize, Default)]
struct SentencesSection {
    #[serde(default)]
    abbreviations: Vec<String>,
}

#[derive(Deserialize, Default)]
struct QuotesSection {
    #[serde(default)]
    open: Vec<String>,
    #[serde(default)]
    close: Vec<String>,
    #[serde(default)]
    either: Vec<String>,
}

#[derive(Deserialize, Default)]
struct TokensSection {
    #[serde(default)]
    elisions: Vec<String>,
    #[serde(default)]
    clitics: Vec<String>,
}

/// Abbreviations, quotation marks and elisions of all languages, merged.
///
/// The lists are merged rather than chosen by the article's language: articles quote other
/// languages, language detection can fail on short texts, and an abbreviation of one language
/// is rarely a sentence end in another.
#[derive(Debug, Clone, Default)]
pub struct Typography {
    /// Abbreviations without their final period, as written ("M", "Gen", "U.S").
    pub abbreviations: HashSet<String>,
    pub open: Vec<char>,
    pub close: Vec<char>,
    /// Marks that open or close depending on their neighbours.
    pub either: Vec<char>,
    /// Lower-cased elided words ("l", "qu") that are tokens of their own before an apostrophe.
    pub elisions: HashSet<String>,
    /// Lower-cased clitics ("s", "t") that are tokens of their own after an apostrophe.
    pub clitics: HashSet<String>,
    /// Bit `c` set when ASCII character `c` is a quotation mark: the mark test runs on every
    /// character of every sentence, so letters must be rejected without a search.
    pub(crate) ascii_marks: u128,
    /// The non-ASCII marks, for the same reason: a short list beats a Unicode-class lookup.
    pub(crate) other_marks: Vec<char>,
}

impl Typography {
    /// Reads every `lexicons/*/text.toml`.
    pub fn load() -> Result<Self, TypographyError> {
        let mut t = Typography::default();
        for r in vigie_resources::lexicons("text.toml") {
            t.merge(&r.path, &r.contents)?;
        }
        Ok(t)
    }

    /// The typography of all languages, loaded once. A file that does not parse (possible only
    /// with a user-supplied `VIGIE_RESOURCES` folder) is reported on stderr and skipped, so one
    /// bad file does not stop segmentation in every language.
    pub fn shared() -> &'static Typography {
        static SHARED: OnceLock<Typography> = OnceLock::new();
        SHARED.get_or_init(|| {
            let mut t = Typography::default();
            for r in vigie_resources::lexicons("text.toml") {
                if let Err(e) = t.merge(&r.path, &r.contents) {
                    eprintln!("warning: skipping {e}");
                }
            }
            t
        })
    }

    /// Adds one file's lists. A mark that opens in one language and closes in another (“ opens
    /// in French, closes in German) becomes an "either" mark, decided by its neighbours.
    pub fn merge(&mut self, path: &str, contents: &str) -> Result<(), TypographyError> {
        let file: File = toml::from_str(contents).map_err(|source| TypographyError::Parse {
            path: path.to_string(),
            source,
        })?;
        let one = |m: &String| -> Result<char, TypographyError> {
            let mut cs = m.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(TypographyError::Mark {
                    path: path.to_string(),
                    mark: m.clone(),
                }),
            }
        };
        for m in &file.quotes.open {
            let c = one(m)?;
            if !self.open.contains(&c) {
                self.open.push(c);
            }
        }
        for m in &file.quotes.close {
            let c = one(m)?;
            if !self.close.contains(&c) {
                self.close.push(c);
            }
        }
        for m in &file.quotes.either {
            let c = one(m)?;
            if !self.either.contains(&c) {
                self.either.push(c);
            }
        }
        // Resolve conflicts after every merge so the result does not depend on file order.
        let both: Vec<char> = self
            .open
            .iter()
            .copied()
            .filter(|c| self.close.contains(c) || self.either.contains(c))
            .chain(
                self.close
                    .iter()
                    .copied()
                    .filter(|c| self.either.contains(c)),
            )
            .collect();
        for c in both {
            self.open.retain(|&o| o != c);
            self.close.retain(|&o| o != c);
            if !self.either.contains(&c) {
                self.either.push(c);
            }
        }
        self.ascii_marks = self
            .open
            .iter()
            .chain(&self.close)
            .chain(&self.either)
            .filter(|c| c.is_ascii())
            .fold(0u128, |m, &c| m | (1u128 << c as u32));
        self.other_marks = self
            .open
            .iter()
            .chain(&self.close)
            .chain(&self.either)
            .copied()
            .filter(|c| !c.is_ascii())
            .collect();
        self.abbreviations
            .extend(file.sentences.abbreviations.iter().cloned());
        self.elisions
            .extend(file.tokens.elisions.iter().map(|e| e.to_lowercase()));
        self.clitics
            .extend(file.tokens.clitics.iter().map(|e| e.to_lowercase()));
        Ok(())
    }

    /// True when `word` (without its final period) is a known abbreviation. Also accepts the
    /// capitalised form of a lower-case abbreviation, since it may open a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        if self.abbreviations.contains(word) {
            return true;
        }
        let mut cs = word.chars();
        match cs.next() {
            Some(first) if first.is_uppercase() => {
                let lower: String = first.to_lowercase().chain(cs).collect();
                self.abbreviations.contains(&lower)
            }
            _ => false,
        }
    }

    pub fn is_quote_mark(&self, c: char) -> bool {
        self.mark(c).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses() {
        let t = Typography::load().expect("text.toml files parse");
        assert!(t.abbreviations.contains("Mme"));
        assert!(t.abbreviations.contains("Gen"));
        assert!(t.open.contains(&'«'));
        assert!(t.close.contains(&'»'));
    }

    #[test]
    fn a_mark_that_opens_and_closes_becomes_either() {
        let mut t = Typography::default();
        t.merge("a", "[quotes]\nopen = [\"“\"]").unwrap();
        t.merge("b", "[quotes]\nclose = [\"“\"]").unwrap();
        assert!(t.either.contains(&'“'));
        assert!(!t.open.contains(&'“') && !t.close.contains(&'“'));
    }

    #[test]
    fn bad_marks_are_errors() {
        let mut t = Typography::default();
        assert!(t.merge("x", "[quotes]\nopen = [\"<<\"]").is_err());
    }
}
