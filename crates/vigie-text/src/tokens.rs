//! Tokenisation: words, numbers, punctuation and quotation marks, as spans.
//!
//! - Numbers keep their grouping and decimals: "30 000" (space, non-breaking or thin space),
//!   "1,5", "2.5", "1 500,75" are one token each.
//! - Words keep inner hyphens ("porte-parole", "a-t-il") and apostrophes ("aujourd’hui"), except
//!   that an elision from `lexicons/*/text.toml` is split off ("l’", "qu’" + the word) and so is
//!   an English clitic ("NATO" + "’s").

use vigie_core::Span;

use crate::config::Typography;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// A quotation mark (any of `lexicons/*/text.toml`).
    Quote,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The tokens of `text`, with spans relative to `text`. White space is not a token.
pub fn tokens(text: &str) -> Vec<Token> {
    let typo = Typography::shared();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        if c.is_whitespace() || is_group_space(c) {
            k += 1;
            continue;
        }
        let start = k;
        if c.is_ascii_digit() {
            while digit(k) {
                k += 1;
            }
            // Thousands grouped by spaces: only after a group of 1–3 digits, and only with
            // exactly three digits per group ("30 000", not "2020 300").
            if k - start <= 3 {
                while k + 3 < chars.len() + 1
                    && chars.get(k).is_some_and(|&(_, s)| is_group_space(s))
                    && digit(k + 1)
                    && digit(k + 2)
                    && digit(k + 3)
                    && !digit(k + 4)
                {
                    k += 4;
                }
            }
            // Decimal or grouping separators between digits: "1,5", "2.5", "1.000.000".
            while chars.get(k).is_some_and(|&(_, s)| matches!(s, ',' | '.')) && digit(k + 1) {
                k += 1;
                while digit(k) {
                    k += 1;
                }
            }
            out.push(Token {
                span: Span::new(byte(start), byte(k)),
                kind: TokenKind::Number,
            });
            continue;
        }
        if c.is_alphanumeric() {
            while k < chars.len() {
                let ch = chars[k].1;
                if ch.is_alphanumeric() || is_combining(ch) {
                    k += 1;
                } else if (ch == '-' || ch == '‐' || is_apostrophe(ch))
                    && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric())
                {
                    if is_apostrophe(ch) {
                        let before = text[byte(start)..byte(k)].to_lowercase();
                        if typo.elisions.contains(&before) {
                            // "l’" is a token of its own; the word after it starts anew.
                            k += 1;
                            break;
                        }
                        let rest_end = (k + 1..chars.len())
                            .find(|&j| !chars[j].1.is_alphanumeric())
                            .unwrap_or(chars.len());
                        let after = text[byte(k + 1)..byte(rest_end)].to_lowercase();
                        if typo.clitics.contains(&after) {
                            break;
                        }
                    }
                    k += 1;
                } else {
                    break;
                }
            }
            k = abbreviation_end(text, &chars, start, k, typo);
            out.push(Token {
                span: Span::new(byte(start), byte(k)),
                kind: TokenKind::Word,
            });
            continue;
        }
        // An apostrophe before a clitic: "’s".
        if is_apostrophe(c) && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphabetic()) {
            let rest_end = (k + 1..chars.len())
                .find(|&j| !chars[j].1.is_alphanumeric())
                .unwrap_or(chars.len());
            let after = text[byte(k + 1)..byte(rest_end)].to_lowercase();
            if typo.clitics.contains(&after) {
                out.push(Token {
                    span: Span::new(byte(k), byte(rest_end)),
                    kind: TokenKind::Word,
                });
                k = rest_end;
                continue;
            }
        }
        k += 1;
        // Runs of the same punctuation ("...", "?!") are one token.
        if c == '.' || c == '!' || c == '?' {
            while chars
                .get(k)
                .is_some_and(|&(_, n)| matches!(n, '.' | '!' | '?'))
            {
                k += 1;
            }
        }
        out.push(Token {
            span: Span::new(byte(start), byte(k)),
            kind: if typo.is_quote_mark(c) {
                TokenKind::Quote
            } else {
                TokenKind::Punct
            },
        });
    }
    out
}

/// Where the word `chars[start..end]` ends once the periods of an abbreviation are taken in,
/// as UD treebanks and spaCy tokenise them: initialisms of single letters ("U.S.", "U.N.",
/// "e.g.", "a.m.") and capitalised abbreviations of `lexicons/*/text.toml` ("Mr.", "Gen.",
/// "M."), so that the parser sees one noun, not a word and a sentence-final period.
/// Lower-case list entries are left alone: "est." ends many French sentences ("à l'est.").
/// Sentence boundaries are found on the characters (`sentences.rs`), not from these tokens.
fn abbreviation_end(
    text: &str,
    chars: &[(usize, char)],
    start: usize,
    end: usize,
    typo: &Typography,
) -> usize {
    let is_dot = |k: usize| chars.get(k).is_some_and(|&(_, c)| c == '.');
    let is_letter = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_alphabetic());
    if !is_dot(end) || is_dot(end + 1) {
        return end;
    }
    // Single letters and periods, at least two of each: "U.S.", "e.g.", "U.S.A.".
    if end == start + 1 && is_letter(start) && is_letter(end + 1) && is_dot(end + 2) {
        let mut k = end + 1;
        while is_letter(k) && is_dot(k + 1) && !is_letter(k + 2) && !is_dot(k + 2) {
            k += 2;
        }
        if k > end + 1 && !chars.get(k).is_some_and(|&(_, c)| c.is_alphanumeric()) {
            return k;
        }
    }
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let word = &text[byte(start)..byte(end)];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    if capitalised && typo.abbreviations.contains(word) {
        return end + 1;
    }
    end
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text)
            .into_iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect()
    }

    #[test]
    fn numbers_keep_grouping_and_decimals() {
        let text =
            "jusqu’à 30\u{a0}000 soldats, 1,5 milliard et 30 000 euros en 2020 300 fois, 2.5 %";
        let t = tokens(text);
        let nums: Vec<&str> = t
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(
            nums,
            vec!["30\u{a0}000", "1,5", "30 000", "2020", "300", "2.5"]
        );
    }

    #[test]
    fn initialisms_and_title_abbreviations_keep_their_periods() {
        assert_eq!(
            words("a U.S. request, U.N. troops, at 9 a.m. Mr. Smith met M. Macron in the U.S."),
            vec![
                "a", "U.S.", "request", ",", "U.N.", "troops", ",", "at", "9", "a.m.", "Mr.",
                "Smith", "met", "M.", "Macron", "in", "the", "U.S."
            ]
        );
        // Lower-case list entries and a word before an ellipsis keep the period apart.
        assert_eq!(words("à l'est."), vec!["à", "l'", "est", "."]);
        assert_eq!(words("Mr..."), vec!["Mr", "..."]);
        assert_eq!(words("A.B"), vec!["A", ".", "B"]);
    }

    #[test]
    fn elisions_and_clitics_are_split() {
        assert_eq!(
            words("l’Ukraine qu'il aujourd’hui NATO’s"),
            vec!["l’", "Ukraine", "qu'", "il", "aujourd’hui", "NATO", "’s"]
        );
    }

    #[test]
    fn hyphenated_words_and_quotes() {
        let text = "« Non », a-t-il dit… “ok”.";
        let t = tokens(text);
        let got: Vec<(&str, TokenKind)> = t
            .iter()
            .map(|t| (&text[t.span.start..t.span.end], t.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("«", TokenKind::Quote),
                ("Non", TokenKind::Word),
                ("»", TokenKind::Quote),
                (",", TokenKind::Punct),
                ("a-t-il", TokenKind::Word),
                ("dit", TokenKind::Word),
                ("…", TokenKind::Punct),
                ("“", TokenKind::Quote),
                ("ok", TokenKind::Word),
                ("”", TokenKind::Quote),
                (".", TokenKind::Punct),
            ]
        );
    }

    #[test]
    fn cyrillic_abbreviation_tokens() {
        assert_eq!(words("т. е. так"), vec!["т", ".", "е", ".", "так"]);
    }
}
