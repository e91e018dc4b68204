//! Headings: a sentence on a short line that ends without punctuation is a title ("Le
//! Belarus, prêt à intervenir dans la guerre. L'OTAN prévient de la prochaine étape"),
//! subheading or caption, not running text. Coreference and event coding both ask here.

use vigie_core::Span;

/// Most words a heading line has; longer lines are more likely a paragraph the page cut short.
const MAX_WORDS: usize = 30;

/// How far around the sentence its line's ends are looked for: a 30-word line is shorter than
/// this, and looking no further keeps the test constant-time on long paragraphs.
const REACH: usize = 400;

/// Whether the sentence at `sent` (a span of `text`, within one line) lies on a heading line:
/// a line of at most 30 words whose last character is not final punctuation
/// (`.!?…:;,` or a closing `»`, `”`, `"`, `)`).
pub fn is_heading(text: &str, sent: Span) -> bool {
    let b = text.as_bytes();
    if sent.end > b.len() || sent.start > sent.end {
        return false;
    }
    // The end of the line first: most lines end with punctuation, and that settles it.
    let hi = (sent.end + REACH).min(b.len());
    let end = match b[sent.end..hi].iter().position(|&c| c == b'\n') {
        Some(i) => sent.end + i,
        None if hi == b.len() => b.len(),
        None => return false,
    };
    let terminal = |c: char| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | ':' | ';' | ',' | '»' | '”' | '"' | ')'
        )
    };
    if text[sent.start..end].trim_end().ends_with(terminal) {
        return false;
    }
    let lo = sent.start.saturating_sub(REACH);
    let start = match b[lo..sent.start].iter().rposition(|&c| c == b'\n') {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    text[start..end].split_whitespace().count() <= MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str, sentence: &str) -> bool {
        let at = text.find(sentence).unwrap();
        is_heading(text, Span::new(at, at + sentence.len()))
    }

    #[test]
    fn short_lines_without_final_punctuation_are_headings() {
        let text = "Le Belarus, prêt à intervenir. L'OTAN prévient\nIl a parlé. Puis rien.\n";
        assert!(heading(text, "Le Belarus, prêt à intervenir."));
        assert!(heading(text, "L'OTAN prévient"));
        assert!(!heading(text, "Il a parlé."));
        assert!(!heading("« Non »\n", "« Non »"));
        let long = format!("{} sans point\n", "mot ".repeat(40));
        assert!(!heading(&long, "mot"));
    }
}
