//! Raw-text evaluation: the text of a treebank is given to vigie as it would get an article
//! (sentence splitter, tokenizer, contractions, then tagger and parser) and what comes out is
//! scored against the gold words by [`crate::eval::evaluate`], which aligns them by characters
//! as the CoNLL 2018 shared task did.
//!
//! The text is rebuilt from the treebank as the UD tool `conllu_to_text.pl` rebuilds it (the
//! raw input of the shared task): documents and paragraphs (`# newdoc`, `# newpar`) are
//! separated by an empty line, the sentences of a paragraph by one space. Each sentence is its
//! `# text =` comment, or its tokens and `SpaceAfter=No` where the comment is missing or does
//! not hold the same characters as the tokens. The shared-task files also broke lines at 80
//! characters; vigie reads a line break as the end of a sentence (news puts one paragraph per
//! line), so that wrap is off by default and a `line_width` reproduces it.
//!
//! Sentences come from `vigie-text`'s splitter and words from [`crate::words::words_of`], the
//! code the pipeline's syntax stage runs, so the figure is that of the words vigie makes on
//! articles.

use crate::tokens::Contractions;
use crate::words::tagged_words_of;
use crate::{Sentence, SyntaxModel};

/// The raw text of a treebank and how it was built.
#[derive(Debug, Clone, Default)]
pub struct RawText {
    pub text: String,
    /// Sentences whose text was rebuilt from tokens (no usable `# text =` comment).
    pub from_tokens: usize,
}

/// The text of one sentence from its tokens: multiword tokens as written, a space after each
/// token unless its MISC says `SpaceAfter=No`.
pub fn tokens_text(s: &Sentence) -> String {
    let mut out = String::new();
    let mut k = 0;
    while k < s.words.len() {
        let id = k + 1;
        let (form, misc, last) = match s.multiwords.iter().find(|m| m.first == id) {
            Some(m) if m.last >= id => (m.form.as_str(), m.misc.as_str(), m.last),
            _ => (s.words[k].form.as_str(), s.words[k].misc.as_str(), id),
        };
        out.push_str(form);
        if !misc.split('|').any(|a| a == "SpaceAfter=No") {
            out.push(' ');
        }
        k = last.max(id);
    }
    out.truncate(out.trim_end().len());
    out
}

fn non_space(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| !c.is_whitespace())
}

/// The text of a sentence: its `# text =` comment when that holds the characters of its
/// tokens, else [`tokens_text`]. The flag says the second case.
pub fn sentence_text(s: &Sentence) -> (String, bool) {
    let from_tokens = tokens_text(s);
    let comment = s.comments.iter().find_map(|c| {
        c.strip_prefix("text")
            .and_then(|c| c.trim_start().strip_prefix('='))
            .map(str::trim)
    });
    match comment {
        Some(text) if non_space(text).eq(non_space(&from_tokens)) => (text.to_string(), false),
        _ => (from_tokens, true),
    }
}

fn starts_paragraph(s: &Sentence) -> bool {
    s.comments.iter().any(|c| {
        let c = c.trim_start();
        ["newdoc", "newpar"].iter().any(|k| {
            c.strip_prefix(k)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
        })
    })
}

/// The raw text of `gold`: paragraphs separated by an empty line, sentences by a space, lines
/// broken at white space after at most `line_width` characters when it is not 0 (as
/// `conllu_to_text.pl` does with 80).
pub fn raw_text(gold: &[Sentence], line_width: usize) -> RawText {
    let mut raw = RawText::default();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, out: &mut String| {
        if paragraph.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&wrap(paragraph, line_width));
        out.push('\n');
        paragraph.clear();
    };
    for s in gold {
        if starts_paragraph(s) {
            flush(&mut paragraph, &mut raw.text);
        }
        let (text, from_tokens) = sentence_text(s);
        raw.from_tokens += usize::from(from_tokens);
        if text.is_empty() {
            continue;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(&text);
    }
    flush(&mut paragraph, &mut raw.text);
    raw
}

/// Breaks `text` into lines of at most `width` characters at white space (a longer word
/// stays whole on its line); `width` 0 leaves it as it is.
fn wrap(text: &str, width: usize) -> String {
    if width == 0 {
        return text.to_string();
    }
    let mut out = String::new();
    let mut rest: Vec<char> = text.chars().collect();
    while rest.len() >= width {
        // The last space before the limit, or the first one after it.
        let mut last_space = None;
        for (i, c) in rest.iter().enumerate() {
            if i > width && last_space.is_some() {
                break;
            }
            if c.is_whitespace() {
                last_space = Some(i);
            }
        }
        match last_space {
            Some(i) if i > 0 => {
                out.extend(&rest[..i]);
                out.push('\n');
                rest.drain(..=i);
            }
            _ => {
                out.extend(&rest);
                out.push('\n');
                rest.clear();
            }
        }
    }
    out.extend(&rest);
    out.truncate(out.trim_end_matches('\n').len());
    out
}

/// The sentences vigie makes of `text`: split by `vigie_text::sentences`, cut into words as
/// the syntax stage does ([`words_of`]: tokens, contractions as multiword tokens), then
/// tagged, lemmatized and parsed. Word MISC holds `TokenRange=start:end`, byte offsets into
/// `text`.
pub fn annotate(text: &str, contractions: &Contractions, model: &SyntaxModel) -> Vec<Sentence> {
    let mut out = Vec::new();
    for span in vigie_text::sentences(text) {
        let (mut s, _) = tagged_words_of(text, span, contractions, model);
        if s.words.is_empty() {
            continue;
        }
        model.annotate(&mut s);
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    const TWO: &str = "# newdoc id = a\n# text = Il parle du pays.\n\
1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_\n\
3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n\
4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n\
5\tpays\tpays\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n\
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n\
1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
2\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n\
# newpar\n# text = Wrong text\n\
1\tFin\tfin\tNOUN\t_\t_\t0\troot\t_\t_\n\n";

    #[test]
    fn text_is_rebuilt_by_paragraph() {
        let gold = parse(TWO, "two").unwrap();
        let raw = raw_text(&gold, 0);
        assert_eq!(raw.text, "Il parle du pays. Oui!\n\nFin\n");
        assert_eq!(raw.from_tokens, 2);
        assert_eq!(tokens_text(&gold[0]), "Il parle du pays.");
    }

    #[test]
    fn lines_wrap_at_white_space() {
        assert_eq!(wrap("aaa bbb ccc ddd", 8), "aaa bbb\nccc ddd");
        assert_eq!(wrap("aaaaaaaaaaaa b", 4), "aaaaaaaaaaaa\nb");
        assert_eq!(wrap("short", 80), "short");
    }
}
