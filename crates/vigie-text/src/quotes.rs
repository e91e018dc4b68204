//! Quotation-mark pairing: which stretches of a paragraph are inside quotation marks.
//!
//! News text pairs marks loosely: « … » with non-breaking spaces, “ … ”, „ … “, straight " … ",
//! and mismatched pairs (« … ", “ … »). Any opener is closed by the next closer at the same depth;
//! "either" marks (straight quotes, “ ”) are decided by their neighbours. A quotation never
//! crosses a line break: an opener left open at the end of a paragraph opens no region.

use crate::config::Typography;
use vigie_core::Span;

/// What a quotation mark is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    Open,
    Close,
    Either,
}

/// A stretch of text between a pair of quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteRegion {
    /// From the opening mark to the closing mark, both included.
    pub outer: Span,
    /// The quoted words: inside the marks, without the surrounding (non-breaking) spaces.
    pub inner: Span,
    /// 0 for a top-level quotation, 1 for a quotation inside it, …
    pub depth: usize,
}

impl Typography {
    pub fn mark(&self, c: char) -> Option<QuoteMark> {
        if c.is_ascii() {
            if self.ascii_marks & (1u128 << c as u32) == 0 {
                return None;
            }
        } else if !self.other_marks.contains(&c) {
            return None;
        }
        if self.open.contains(&c) {
            Some(QuoteMark::Open)
        } else if self.close.contains(&c) {
            Some(QuoteMark::Close)
        } else if self.either.contains(&c) {
            Some(QuoteMark::Either)
        } else {
            None
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}')
}

fn is_opening_context(c: char) -> bool {
    // An apostrophe before a mark is an elision: d’“agressivité”.
    is_space(c)
        || matches!(
            c,
            '(' | '[' | '{' | '—' | '–' | '-' | ':' | '/' | '\'' | '’'
        )
}

fn is_closing_context(c: char) -> bool {
    is_space(c)
        || matches!(
            c,
            ')' | ']' | '}' | '.' | ',' | ';' | ':' | '!' | '?' | '…' | '—' | '–'
        )
}

/// The quotation regions of `text`, in order of their opening mark, with spans relative to
/// `text`.
pub fn quote_regions(text: &str, typo: &Typography) -> Vec<QuoteRegion> {
    let mut regions = Vec::new();
    // (byte offset of the opening mark, the mark)
    let mut stack: Vec<(usize, char)> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if c == '\n' {
            stack.clear();
            continue;
        }
        let Some(kind) = typo.mark(c) else { continue };
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let close = match kind {
            QuoteMark::Open => false,
            QuoteMark::Close => true,
            QuoteMark::Either => {
                let opener_like = prev
                    .is_none_or(|p| is_opening_context(p) || typo.mark(p).is_some())
                    && next.is_some_and(|n| !is_space(n));
                let closer_like = next
                    .is_none_or(|n| is_closing_context(n) || typo.mark(n).is_some())
                    && prev.is_some_and(|p| !is_space(p));
                match (opener_like, closer_like) {
                    (true, false) => false,
                    (false, true) => true,
                    // Undecidable from the neighbours: close what is open, else open.
                    _ => !stack.is_empty(),
                }
            }
        };
        if close {
            if let Some((start, _)) = stack.pop() {
                let end = i + c.len_utf8();
                let open_len = text[start..].chars().next().map_or(1, char::len_utf8);
                let inner = trim_span(text, Span::new(start + open_len, i));
                regions.push(QuoteRegion {
                    outer: Span::new(start, end),
                    inner,
                    depth: stack.len(),
                });
            }
        } else {
            stack.push((i, c));
        }
    }
    regions.sort_by_key(|r| r.outer.start);
    regions
}

/// `span` without leading and trailing white space (non-breaking spaces included).
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let start = span.start + (s.len() - s.trim_start_matches(is_space).len());
    let end = span.start + s.trim_end_matches(is_space).len();
    if start >= end {
        Span::new(start, start)
    } else {
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner<'a>(text: &'a str, r: &QuoteRegion) -> &'a str {
        &text[r.inner.start..r.inner.end]
    }

    #[test]
    fn guillemets_with_non_breaking_spaces() {
        let t = Typography::shared();
        let text = "déclarant\u{a0}: «\u{a0}Nous sommes prêts\u{202f}» et «\u{a0}ok\u{a0}».";
        let r = quote_regions(text, t);
        assert_eq!(r.len(), 2);
        assert_eq!(inner(text, &r[0]), "Nous sommes prêts");
        assert_eq!(inner(text, &r[1]), "ok");
    }

    #[test]
    fn curly_straight_and_mismatched_pairs() {
        let t = Typography::shared();
        let text = "il a dit “bientôt” puis \"jamais\" puis « peut-être\" enfin “non ».";
        let r = quote_regions(text, t);
        let got: Vec<&str> = r.iter().map(|q| inner(text, q)).collect();
        assert_eq!(got, vec!["bientôt", "jamais", "peut-être", "non"]);
    }

    #[test]
    fn nested_quotes_keep_their_depth() {
        let t = Typography::shared();
        let text = "« Il a parlé d’“agressivité” hier », a-t-il dit.";
        let r = quote_regions(text, t);
        assert_eq!(r.len(), 2);
        assert_eq!(inner(text, &r[0]), "Il a parlé d’“agressivité” hier");
        assert_eq!(r[0].depth, 0);
        assert_eq!(inner(text, &r[1]), "agressivité");
        assert_eq!(r[1].depth, 1);
    }

    #[test]
    fn an_unclosed_mark_opens_no_region_across_lines() {
        let t = Typography::shared();
        let text = "« ouvert sans fin\nPuis » fermé";
        assert!(quote_regions(text, t).is_empty());
    }

    #[test]
    fn german_low_high_quotes() {
        let t = Typography::shared();
        let text = "Er sagte: „Wir sind bereit“, und ging.";
        let r = quote_regions(text, t);
        assert_eq!(r.len(), 1);
        assert_eq!(inner(text, &r[0]), "Wir sind bereit");
    }
}
