//! Sentence segmentation.
//!
//! A line break always ends a sentence (scraped news puts one paragraph, heading or caption per
//! line). Inside a line, a sentence ends after `.`, `!`, `?` or `…` (with any closing quotation
//! marks or brackets that follow) when white space and then something other than a lower-case
//! letter follows, except:
//! - after an abbreviation from `lexicons/*/text.toml` (`M. Macron`, `Gen. Smith`) or an initial
//!   (`J. Biden`);
//! - inside a quotation that closes on the same line: “Poutine a besoin de soutien. Tout serait
//!   utile”, a ajouté le fonctionnaire — is one sentence, so the quote stays with its speaker.

use vigie_core::{Document, Layer, Sentence, Span, Stage, StageError};

use crate::config::Typography;
use crate::quotes::{quote_regions, trim_span, QuoteMark};

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// The sentences of `text`, as spans relative to `text`, without surrounding white space.
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_in(text, Span::new(0, text.len()))
}

/// The sentences of the part `within` of `text`, as spans of `text`.
pub fn sentences_in(text: &str, within: Span) -> Vec<Span> {
    let typo = Typography::shared();
    let mut out = Vec::new();
    let part = &text[within.start..within.end];
    for line in vigie_core::document::line_spans(part) {
        let line = Span::new(within.start + line.start, within.start + line.end);
        split_line(text, line, typo, &mut out);
    }
    out
}

/// A document's sentences: its `Sentence` annotations when the [`SentenceStage`] ran, else the
/// sentences of its content lines (lines not marked as boilerplate).
pub fn sentences_of(doc: &Document) -> Vec<Span> {
    let annotated: Vec<Span> = doc.layer(Layer::Sentence).map(|a| a.span).collect();
    if !annotated.is_empty() {
        return annotated;
    }
    let typo = Typography::shared();
    let mut out = Vec::new();
    for (line, _) in doc.content_lines() {
        split_line(&doc.text, line, typo, &mut out);
    }
    out
}

fn split_line(text: &str, line: Span, typo: &Typography, out: &mut Vec<Span>) {
    let s = &text[line.start..line.end];
    if s.trim_matches(is_space).is_empty() {
        return;
    }
    let regions = quote_regions(s, typo);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0usize;
    let mut k = 0usize;
    while k < chars.len() {
        let (i, c) = chars[k];
        let first = k;
        if !is_terminator(c) {
            k += 1;
            continue;
        }
        // Take the run of terminators ("?!", "..."), then closing marks and brackets, possibly
        // after a (non-breaking) space: « … prêts ! ».
        let mut m = k + 1;
        while m < chars.len() && is_terminator(chars[m].1) {
            m += 1;
        }
        let mut end = m;
        loop {
            let mut p = end;
            while p < chars.len() && is_space(chars[p].1) {
                p += 1;
            }
            match chars.get(p) {
                Some(&(_, n))
                    if matches!(n, ')' | ']' | '}')
                        || matches!(typo.mark(n), Some(QuoteMark::Close))
                        || (matches!(typo.mark(n), Some(QuoteMark::Either))
                            && regions
                                .iter()
                                .any(|r| r.outer.end == chars[p].0 + n.len_utf8())) =>
                {
                    end = p + 1;
                }
                _ => break,
            }
        }
        k = end.max(k + 1);
        let end_byte = chars.get(end).map_or(s.len(), |&(b, _)| b);
        // What follows must be white space, then something that can start a sentence.
        let Some(&(_, after)) = chars.get(end) else {
            break;
        };
        if !is_space(after) {
            continue;
        }
        let Some(&(_, next)) = chars[end..].iter().find(|&&(_, n)| !is_space(n)) else {
            break;
        };
        if next.is_lowercase() || matches!(next, ',' | ';' | ':' | ')' | ']') {
            continue;
        }
        // Only a single period can follow an abbreviation; "..." is an ellipsis.
        if c == '.' && m == first + 1 && is_abbreviation_before(s, i, next, typo) {
            continue;
        }
        if regions
            .iter()
            .any(|r| r.outer.start < end_byte && end_byte < r.outer.end)
        {
            continue;
        }
        push(text, line.start, start, end_byte, out);
        start = end_byte;
    }
    push(text, line.start, start, s.len(), out);
}

/// True when the word before the period at `dot` is an abbreviation or an initial that keeps the
/// sentence going before `next`.
fn is_abbreviation_before(s: &str, dot: usize, next: char, typo: &Typography) -> bool {
    if s[..dot].ends_with('.') {
        return false;
    }
    let before = &s[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '.' | '-' | '°' | '\''))
        .last()
        .map_or(dot, |(b, _)| b);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    if typo.is_abbreviation(word) {
        return true;
    }
    // An initial: one capital letter, before another capitalised word ("J. Biden").
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(a), None) if a.is_uppercase()) && next.is_uppercase()
}

fn push(text: &str, base: usize, from: usize, to: usize, out: &mut Vec<Span>) {
    let span = trim_span(text, Span::new(base + from, base + to));
    if !span.is_empty() {
        out.push(span);
    }
}

/// Adds a `Sentence` annotation for every sentence of the document's content lines. Runs after
/// the boilerplate stage, so menus and "read also" teasers get no sentences.
#[derive(Debug, Default)]
pub struct SentenceStage;

impl SentenceStage {
    pub fn new() -> Self {
        // Load the lexicons now rather than on the first document, so a worker pool does not
        // pay for it inside its first batch.
        let _ = Typography::shared();
        SentenceStage
    }
}

impl Stage for SentenceStage {
    fn name(&self) -> &'static str {
        "sentences"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        if doc.layer(Layer::Sentence).next().is_some() {
            return Ok(());
        }
        let typo = Typography::shared();
        let mut spans = Vec::new();
        for (line, _) in doc.content_lines() {
            split_line(&doc.text, line, typo, &mut spans);
        }
        for span in spans {
            doc.annotate(span, Sentence::default());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn plain_sentences_and_lines() {
        assert_eq!(
            split("Il pleut. Le vent souffle !\nTitre sans point\n\nEt après ? Oui."),
            vec![
                "Il pleut.",
                "Le vent souffle !",
                "Titre sans point",
                "Et après ?",
                "Oui."
            ]
        );
    }

    #[test]
    fn french_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("M. Macron a rencontré Mme. Dupont et le Gén. Martin. Ils ont parlé."),
            vec![
                "M. Macron a rencontré Mme. Dupont et le Gén. Martin.",
                "Ils ont parlé."
            ]
        );
    }

    #[test]
    fn english_titles_and_initials() {
        assert_eq!(
            split("Gen. Mark Milley met St. Petersburg officials and J. Biden. Then he left."),
            vec![
                "Gen. Mark Milley met St. Petersburg officials and J. Biden.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn russian_abbreviation_to_est() {
        assert_eq!(
            split("Это важно, т. е. необходимо. Потом всё."),
            vec!["Это важно, т. е. необходимо.", "Потом всё."]
        );
    }

    #[test]
    fn numbers_with_spaces_and_decimal_commas() {
        assert_eq!(
            split("Jusqu’à 30\u{a0}000 soldats et 1,5 milliard. Soit 2.5 % du PIB. Fin."),
            vec![
                "Jusqu’à 30\u{a0}000 soldats et 1,5 milliard.",
                "Soit 2.5 % du PIB.",
                "Fin."
            ]
        );
    }

    #[test]
    fn quotes_stay_in_one_sentence() {
        let text = "“Poutine a besoin de soutien. Tout serait utile”, a ajouté le fonctionnaire. Puis rien.";
        assert_eq!(
            split(text),
            vec![
                "“Poutine a besoin de soutien. Tout serait utile”, a ajouté le fonctionnaire.",
                "Puis rien."
            ]
        );
        let text = "“Il ne s’agit pas de cela. La question est : veut-il la guerre ?” a fait valoir le responsable.";
        assert_eq!(split(text).len(), 1);
    }

    #[test]
    fn guillemets_with_non_breaking_spaces_and_final_marks() {
        let text = "Il a dit\u{a0}: «\u{a0}Nous sommes prêts\u{a0}!\u{a0}» Puis il est parti. « Fin. » Oui.";
        assert_eq!(
            split(text),
            vec![
                "Il a dit\u{a0}: «\u{a0}Nous sommes prêts\u{a0}!\u{a0}»",
                "Puis il est parti.",
                "« Fin. »",
                "Oui."
            ]
        );
    }

    #[test]
    fn mismatched_quote_pairs_still_protect_their_content() {
        let text = "Il a dit « Non. Jamais\" hier. Ensuite oui.";
        assert_eq!(
            split(text),
            vec!["Il a dit « Non. Jamais\" hier.", "Ensuite oui."]
        );
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_paragraph() {
        let text = "« Début sans fin. Deuxième phrase. Troisième.";
        assert_eq!(split(text).len(), 3);
    }

    #[test]
    fn ellipsis_then_capital_ends_a_sentence() {
        assert_eq!(
            split("L’OTAN prévient... La suite. Et… Encore"),
            vec!["L’OTAN prévient...", "La suite.", "Et…", "Encore"]
        );
    }

    #[test]
    fn stage_skips_boilerplate_lines() {
        let mut doc = Document::new(
            "Lire aussi : x. Y.\nIl a dit. Oui.\n".into(),
            vigie_core::Metadata::default(),
        );
        doc.annotate(
            Span::new(0, 18),
            vigie_core::Boilerplate {
                role: vigie_core::BoilerplateRole::ReadAlso,
                cue: None,
            },
        );
        SentenceStage::new().process(&mut doc).unwrap();
        let got: Vec<&str> = doc
            .layer(Layer::Sentence)
            .map(|a| doc.slice(a.span))
            .collect();
        assert_eq!(got, vec!["Il a dit.", "Oui."]);
        assert_eq!(sentences_of(&doc).len(), 2);
    }
}
