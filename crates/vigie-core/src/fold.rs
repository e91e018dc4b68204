//! Text folding for matching: case, diacritics, apostrophes, dashes and spaces.
//!
//! Lexicon and knowledge-base matchers run over a folded copy of the text so that "Biélorussie",
//! "BIELORUSSIE" and "bielorussie" meet, and "l’Ukraine" matches a cue written "l'ukraine". A
//! [`Folded`] keeps, for every byte of the folded string, the byte of the original text it came
//! from, so a match in folded text maps back to an exact span of the original.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::document::Span;

/// Folds one string (no offset map): what lexicon loaders apply to their entries.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Marks that open list items and menus ("•", "►", "–", "»"…): not words of the line.
pub const BULLETS: &[char] = &[
    '•', '·', '◦', '▪', '▫', '►', '▶', '●', '○', '■', '□', '➤', '→', '*', '-', '–', '—', '>', '»',
    '|',
];

/// A line as lines are compared (with the boilerplate stage's cues, across an outlet's
/// articles): single spaces, leading [`BULLETS`] and trailing colons gone. Folds nothing: fold
/// first where case and accents must not count.
pub fn comparable_line(line: &str) -> String {
    let collapsed: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace())
        .trim_end_matches(|c: char| c == ':' || c.is_whitespace())
        .to_string()
}

/// A folded copy of a text with a map back to the original's byte offsets.
#[derive(Debug, Clone)]
pub struct Folded<'a> {
    pub original: &'a str,
    pub text: String,
    /// `origin[i]` = byte offset in `original` of the character that produced folded byte `i`.
    origin: Vec<u32>,
}

impl<'a> Folded<'a> {
    pub fn new(original: &'a str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            origin.extend(std::iter::repeat_n(i as u32, text.len() - before));
        }
        Folded {
            original,
            text,
            origin,
        }
    }

    /// Maps a byte range of the folded text back to the original text. The result always covers
    /// whole original characters.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        if start >= end || start >= self.origin.len() {
            let at = self
                .origin
                .get(start)
                .map_or(self.original.len(), |&o| o as usize);
            return Span::new(at, at);
        }
        let o_start = self.origin[start] as usize;
        let last = self.origin[end - 1] as usize;
        let last_len = self.original[last..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        Span::new(o_start, last + last_len)
    }

    /// Maps an original byte offset to the folded offset of the first byte it produced.
    pub fn to_folded(&self, original_offset: usize) -> usize {
        self.origin
            .partition_point(|&o| (o as usize) < original_offset)
    }
}

/// Appends the folded form of one character.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' | '\u{2032}' => {
            out.push('\'')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' => out.push(' '),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => {}
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' | 'ẞ' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ı' => out.push('i'),
        // Cyrillic: keep й and ї distinct from и and і (they are letters, not accented ones);
        // ё is written е in most Russian press text.
        'й' | 'Й' => out.push('й'),
        'ї' | 'Ї' => out.push('ї'),
        'ё' | 'Ё' => out.push('е'),
        _ => {
            let mut base = None;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) && base.is_none() {
                    base = Some(d);
                }
            });
            let base = base.unwrap_or(c);
            for l in base.to_lowercase() {
                out.push(l);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_apostrophes() {
        assert_eq!(fold("Biélorussie"), "bielorussie");
        assert_eq!(fold("l’Ukraine"), "l'ukraine");
        assert_eq!(fold("Weißrussland"), "weissrussland");
        assert_eq!(fold("Łukaszenka"), "lukaszenka");
        assert_eq!(fold("ЛУКАШЕНКО"), "лукашенко");
        assert_eq!(fold("Erdoğan"), "erdogan");
    }

    #[test]
    fn folded_matches_map_back_to_original_spans() {
        let text = "À Minsk, l’Œuvre de Biélorussie";
        let f = Folded::new(text);
        let at = f.text.find("bielorussie").unwrap();
        let span = f.to_original(at, at + "bielorussie".len());
        assert_eq!(&text[span.start..span.end], "Biélorussie");
        let at = f.text.find("oeuvre").unwrap();
        let span = f.to_original(at, at + 6);
        assert_eq!(&text[span.start..span.end], "Œuvre");
    }
}
