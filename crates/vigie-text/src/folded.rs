//! The shared tokens seen through a folded copy of the text.
//!
//! Matchers (actor linking, coreference, event and modality phrases) compare folded words
//! (`vigie_core::fold`: case, diacritics, apostrophes and dashes evened out), but they all read
//! the one tokenizer of the pipeline, [`crate::tokens`], run on the original text: each token is
//! located in the folded text here, and what a matcher needs beyond it (its word pieces,
//! clause numbers, sentence starts, the period of "M.") is computed over these tokens.

use vigie_core::Span;

use crate::tokens::{tokens, TokenKind};

/// A token of [`crate::tokens`], located in a folded copy of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoldedToken {
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// A line break lies between the token before (or the start of the range) and this one.
    pub after_line_break: bool,
}

/// The tokens of `original[within]`, located in a folded copy of `original` by `to_folded` (an
/// original byte offset to the folded offset of the first byte its character produced, as
/// `vigie_core::fold::Folded::to_folded`). Only white space lies between consecutive tokens;
/// a token whose characters all fold to nothing (a zero-width space) has an empty range.
pub fn folded_tokens(
    original: &str,
    within: Span,
    to_folded: impl Fn(usize) -> usize,
) -> Vec<FoldedToken> {
    let Some(part) = original.get(within.start..within.end) else {
        return Vec::new();
    };
    let mut before = 0;
    tokens(part)
        .into_iter()
        .map(|t| {
            let after_line_break = part[before..t.span.start].contains('\n');
            before = t.span.end;
            FoldedToken {
                start: to_folded(within.start + t.span.start),
                end: to_folded(within.start + t.span.end),
                kind: t.kind,
                after_line_break,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::fold::Folded;

    #[test]
    fn tokens_map_to_their_folded_words() {
        let text = "L’Œuvre de\nBiélorussie, 30\u{a0}000 «\u{200b}oui»";
        let f = Folded::new(text);
        let got: Vec<(&str, bool)> =
            folded_tokens(text, Span::new(0, text.len()), |o| f.to_folded(o))
                .iter()
                .map(|t| (&f.text[t.start..t.end], t.after_line_break))
                .collect();
        assert_eq!(
            got,
            [
                ("l'", false),
                ("oeuvre", false),
                ("de", false),
                ("bielorussie", true),
                (",", false),
                ("30 000", false),
                ("«", false),
                ("", false),
                ("oui", false),
                ("»", false)
            ]
        );
    }
}
