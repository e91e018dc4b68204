//! From surface tokens to UD words: contractions ("du", "au") become multiword tokens whose
//! words ("de" + "le") all map back to the one span of the original text.
//!
//! The tokens themselves come from the caller (`vigie_text::tokens` in the pipeline); the
//! contraction table is data, `lexicons/<lang>/contractions.toml`.

use std::collections::{HashMap, HashSet};

use crate::{MultiwordToken, Sentence, SyntaxError, Word};

/// Contraction table of one language: lowercase token → its words.
#[derive(Debug, Clone, Default)]
pub struct Contractions {
    parts: HashMap<String, Vec<String>>,
    /// Tokens kept whole when they open a sentence: "Des" there is the indefinite article.
    whole_first: HashSet<String>,
    /// Tokens kept whole after a word of one of these UPOS tags ("des" after a verb or a
    /// preposition is the indefinite article): decided once the sentence has been tagged.
    whole_after: HashMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    contractions: HashMap<String, Vec<String>>,
    #[serde(default)]
    whole_at_sentence_start: Vec<String>,
    #[serde(default)]
    whole_after: HashMap<String, Vec<String>>,
}

impl Contractions {
    /// Parses a `contractions.toml`; `path` names it in errors.
    pub fn parse(path: &str, contents: &str) -> Result<Contractions, SyntaxError> {
        let bad = |reason: String| SyntaxError::Lexicon {
            path: path.to_string(),
            reason,
        };
        let file: File = toml::from_str(contents).map_err(|e| bad(e.to_string()))?;
        for (token, words) in &file.contractions {
            if words.len() < 2 || words.iter().any(|w| w.is_empty() || w.contains(' ')) {
                return Err(bad(format!(
                    "contraction {token:?}: needs two or more words without spaces"
                )));
            }
        }
        let whole_first = file
            .whole_at_sentence_start
            .iter()
            .map(|t| key(t))
            .collect();
        let parts: HashMap<String, Vec<String>> = file
            .contractions
            .into_iter()
            .map(|(k, v)| (key(&k), v))
            .collect();
        let known = [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
            "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
        ];
        for (token, tags) in &file.whole_after {
            if !parts.contains_key(&key(token)) {
                return Err(bad(format!(
                    "whole_after {token:?}: not a contraction of the table"
                )));
            }
            if let Some(t) = tags.iter().find(|t| !known.contains(&t.as_str())) {
                return Err(bad(format!(
                    "whole_after {token:?}: {t:?} is not a UPOS tag"
                )));
            }
        }
        let whole_after = file
            .whole_after
            .into_iter()
            .map(|(k, v)| (key(&k), v))
            .collect();
        Ok(Contractions {
            parts,
            whole_first,
            whole_after,
        })
    }

    /// Whether the split of `token` depends on the tag of the word before it.
    pub fn depends_on_tags(&self, token: &str) -> bool {
        !self.whole_after.is_empty() && self.whole_after.contains_key(&key(token))
    }

    /// Whether `token` stays one word after a word tagged `previous` (a UPOS tag).
    pub fn whole_after(&self, token: &str, previous: &str) -> bool {
        self.whole_after
            .get(&key(token))
            .is_some_and(|tags| tags.iter().any(|t| t == previous))
    }

    /// [`Contractions::split`] for a token at its place: `opens` when no word precedes it in
    /// the sentence (only punctuation, if anything).
    pub fn split_at(&self, token: &str, opens: bool) -> Option<Vec<String>> {
        if opens && self.whole_first.contains(&key(token)) {
            return None;
        }
        self.split(token)
    }

    /// The words of `token`, or `None` when it is one word.
    pub fn split(&self, token: &str) -> Option<Vec<String>> {
        let words = self.parts.get(&key(token))?;
        let mut out = words.clone();
        if token.chars().next().is_some_and(char::is_uppercase) {
            let first = &out[0];
            let mut c = first.chars();
            if let Some(f) = c.next() {
                out[0] = f.to_uppercase().chain(c).collect();
            }
        }
        Some(out)
    }
}

/// The table key of a token: lower case, the typographic apostrophe read as "'" ("don’t").
fn key(token: &str) -> String {
    let lower = token.to_lowercase();
    // Called for every token: a second allocation only where the apostrophe is there.
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// Whether a token is a word (has a letter or digit), as opposed to punctuation.
pub(crate) fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// `TokenRange=start:end` (byte offsets in the text), the MISC attribute UDPipe uses for the
/// span of a token.
fn token_range(start: usize, end: usize) -> String {
    format!("TokenRange={start}:{end}")
}

/// The words of one sentence from its token spans (byte offsets into `text`). A contraction
/// becomes a [`MultiwordToken`] carrying the span; its words carry none of their own.
/// Spans outside `text` or not on character boundaries are skipped.
pub fn sentence_from_tokens(
    text: &str,
    spans: &[(usize, usize)],
    contractions: &Contractions,
) -> Sentence {
    sentence_from_tokens_keeping(text, spans, contractions, &[])
}

/// [`sentence_from_tokens`], with the tokens `whole[k]` says (by their index in `spans`) kept
/// as one word whatever the table says.
pub fn sentence_from_tokens_keeping(
    text: &str,
    spans: &[(usize, usize)],
    contractions: &Contractions,
    whole: &[bool],
) -> Sentence {
    let mut s = Sentence::default();
    let mut opens = true;
    for (k, &(start, end)) in spans.iter().enumerate() {
        let Some(token) = text.get(start..end) else {
            continue;
        };
        if token.is_empty() {
            continue;
        }
        let first = s.words.len() + 1;
        let word = |id: usize, form: String, misc: String| Word {
            id,
            form,
            lemma: "_".into(),
            upos: "_".into(),
            xpos: "_".into(),
            feats: "_".into(),
            head: 0,
            deprel: "_".into(),
            deps: "_".into(),
            misc,
        };
        let at_start = opens;
        opens &= !is_word(token);
        let parts = if whole.get(k).copied().unwrap_or(false) {
            None
        } else {
            contractions.split_at(token, at_start)
        };
        match parts {
            Some(parts) => {
                let last = first + parts.len() - 1;
                s.multiwords.push(MultiwordToken {
                    first,
                    last,
                    form: token.to_string(),
                    misc: token_range(start, end),
                });
                for (j, p) in parts.into_iter().enumerate() {
                    s.words.push(word(first + j, p, "_".into()));
                }
            }
            None => s
                .words
                .push(word(first, token.to_string(), token_range(start, end))),
        }
    }
    s
}

/// The French table of the repository, for the tests of this crate.
#[cfg(test)]
pub(crate) fn french() -> Contractions {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../lexicons/fr/contractions.toml"
    );
    let text = std::fs::read_to_string(path).unwrap();
    Contractions::parse(path, &text).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whitespace tokens of `text` as byte spans.
    fn spans(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn contractions_become_multiword_tokens_with_one_span() {
        let text = "Du côté du ministère , on parle aux soldats .";
        let s = sentence_from_tokens(text, &spans(text), &french());
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            [
                "De",
                "le",
                "côté",
                "de",
                "le",
                "ministère",
                ",",
                "on",
                "parle",
                "à",
                "les",
                "soldats",
                "."
            ]
        );
        assert_eq!(s.multiwords.len(), 3);
        let du = &s.multiwords[1];
        assert_eq!((du.first, du.last, du.form.as_str()), (4, 5, "du"));
        assert_eq!(du.misc, "TokenRange=10:12");
        assert_eq!(&text[10..12], "du");
        assert_eq!(s.words[2].misc, "TokenRange=3:9"); // "côté": ô and é take 2 bytes
                                                       // Written as CoNLL-U, the range line comes before its words.
        let conllu = crate::conllu::write(&[s]);
        assert!(conllu.contains("4-5\tdu\t"), "{conllu}");
        assert_eq!(
            crate::conllu::parse(&conllu, "t").unwrap()[0].words.len(),
            13
        );
    }

    #[test]
    fn bad_tables_are_errors_with_path() {
        let e = Contractions::parse("x.toml", "[contractions]\ndu = [\"de\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("x.toml") && e.contains("\"du\""), "{e}");
        assert!(Contractions::parse("y.toml", "nonsense = 1").is_err());
    }

    /// The words of `text` from the pipeline's own tokenizer and the table `c`.
    fn pipeline_sentence(text: &str, c: &Contractions) -> Sentence {
        let spans: Vec<(usize, usize)> = vigie_text::tokens(text)
            .iter()
            .map(|t| (t.span.start, t.span.end))
            .collect();
        sentence_from_tokens(text, &spans, c)
    }

    #[test]
    fn english_negations_are_two_words_whatever_the_apostrophe() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../lexicons/en/contractions.toml"
        );
        let c = Contractions::parse(path, &std::fs::read_to_string(path).unwrap()).unwrap();
        let text = "They don’t know, can't say and cannot wait; we're sure.";
        let s = pipeline_sentence(text, &c);
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            [
                "They", "do", "n't", "know", ",", "ca", "n't", "say", "and", "can", "not", "wait",
                ";", "we", "'re", "sure", "."
            ]
        );
        assert_eq!(s.multiwords.len(), 3);
    }

    #[test]
    fn des_opening_a_sentence_is_the_article() {
        let c = french();
        assert_eq!(c.split_at("Des", true), None);
        assert_eq!(
            c.split_at("des", false),
            Some(vec!["de".into(), "les".into()])
        );
        // Only punctuation before it: still the opening.
        let text = "« Des missiles sont tombés près des villes. »";
        let s = pipeline_sentence(text, &c);
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms[1], "Des");
        assert!(forms.windows(2).any(|w| w == ["de", "les"]), "{forms:?}");
    }
}
