//! Token phrases over folded text: the matching machinery the event and modality lexicons share.
//!
//! A phrase is a sequence of folded tokens. `tok*` matches any token starting with `tok`, `..`
//! allows a gap of up to [`MAX_GAP`] tokens. One Aho-Corasick automaton finds the first token of
//! every phrase in a sentence's folded text in a single pass; the remaining tokens are checked
//! against the sentence's token list, so cost grows with the text, not with the lexicon size.

use aho_corasick::automaton::OverlappingState;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use vigie_core::fold::Folded;
use vigie_core::Span;
use vigie_text::folded_tokens;

/// Most tokens a `..` gap may skip.
pub const MAX_GAP: usize = 4;

/// One token of a tokenised sentence: byte range in the folded text and its clause number
/// (clauses are separated by punctuation or by clause-break words).
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub clause: u32,
}

/// The tokens of the sentence `sent` (a span of `folded.original`), in the folded text: the
/// pipeline's tokens (`vigie_text::tokens`) split into their runs of alphanumeric characters, so
/// apostrophes and hyphens separate them ("l'ukraine" → "l", "ukraine"; "a-t-il" → "a", "t",
/// "il") while a run that goes on into the next token without a space stays one ("1er").
/// Punctuation tokens `,;:()`, dashes and sentence punctuation start a new clause, since
/// modality and actors rarely cross them; quotation marks do not: the press puts single words
/// in quotes ("il est “probable” que…").
pub fn tokenize(folded: &Folded<'_>, sent: Span, out: &mut Vec<Token>) {
    let text = folded.text.as_str();
    let bytes = text.as_bytes();
    let (fs, fe) = (folded.to_folded(sent.start), folded.to_folded(sent.end));
    let mut clause = 0u32;
    let mut start: Option<usize> = None;
    let mut prev_end: Option<usize> = None;
    for t in folded_tokens(folded.original, sent, |o| folded.to_folded(o)) {
        // White space between two tokens ends a run.
        if let Some(e) = prev_end.filter(|&e| e != t.start) {
            if let Some(s) = start.take() {
                out.push(Token {
                    start: s,
                    end: e,
                    clause,
                });
            }
        }
        prev_end = Some(t.end);
        for (k, c) in text[t.start..t.end].char_indices() {
            let i = t.start + k;
            if c.is_alphanumeric() {
                if start.is_none() {
                    start = Some(i);
                }
                continue;
            }
            if let Some(s) = start.take() {
                out.push(Token {
                    start: s,
                    end: i,
                    clause,
                });
            }
            // A comma or point between digits is a number ("1,5 milliard"), not a clause break.
            let in_number = matches!(c, ',' | '.')
                && i > fs
                && bytes[i - 1].is_ascii_digit()
                && i + 1 < fe
                && bytes[i + 1].is_ascii_digit();
            // A point after one or two letters ends an abbreviation ("U.N.", "U.S.", "Lt."), not
            // a clause: sentences arrive already split, so a point inside one is rarely an end.
            let abbreviation = c == '.'
                && out
                    .last()
                    .is_some_and(|t| t.end == i && t.end - t.start <= 2);
            if !in_number
                && !abbreviation
                && matches!(c, ',' | ';' | ':' | '(' | ')' | '–' | '—' | '!' | '?' | '.')
            {
                clause += 1;
            }
        }
    }
    if let (Some(s), Some(e)) = (start, prev_end) {
        out.push(Token {
            start: s,
            end: e,
            clause,
        });
    }
}

#[derive(Debug, Clone)]
enum Part {
    Exact(String),
    Prefix(String),
    Gap,
}

#[derive(Debug, Clone)]
struct Phrase {
    parts: Vec<Part>,
    payload: usize,
    /// Words the phrase names, gaps excluded.
    words: usize,
}

/// A compiled set of phrases, each carrying a caller-defined payload index.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    /// For each automaton pattern: the phrases whose first token it is.
    by_first: Vec<Vec<usize>>,
    ac: Option<AhoCorasick>,
}

/// A phrase occurrence: tokens `[first, last]` of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub payload: usize,
    pub first: usize,
    pub last: usize,
    /// Words the phrase names (gaps excluded): how specific the match is.
    pub words: usize,
}

impl PhraseSet {
    /// Compiles phrases (already folded by the caller). Returns the phrase that is not valid.
    pub fn new(items: impl IntoIterator<Item = (String, usize)>) -> Result<PhraseSet, String> {
        let mut phrases = Vec::new();
        let mut firsts: Vec<String> = Vec::new();
        let mut by_first: Vec<Vec<usize>> = Vec::new();
        for (text, payload) in items {
            let mut parts = Vec::new();
            for raw in text.split(|c: char| !c.is_alphanumeric() && c != '*' && c != '.') {
                if raw.is_empty() {
                    continue;
                }
                if raw == ".." {
                    parts.push(Part::Gap);
                } else if let Some(p) = raw.strip_suffix('*') {
                    if p.is_empty() || !p.chars().all(char::is_alphanumeric) {
                        return Err(text);
                    }
                    parts.push(Part::Prefix(p.to_string()));
                } else if raw.chars().all(char::is_alphanumeric) {
                    parts.push(Part::Exact(raw.to_string()));
                } else {
                    return Err(text);
                }
            }
            let first = match parts.first() {
                Some(Part::Exact(s)) | Some(Part::Prefix(s)) => s.clone(),
                _ => return Err(text),
            };
            if matches!(parts.last(), Some(Part::Gap)) {
                return Err(text);
            }
            let slot = match firsts.iter().position(|f| *f == first) {
                Some(i) => i,
                None => {
                    firsts.push(first);
                    by_first.push(Vec::new());
                    firsts.len() - 1
                }
            };
            by_first[slot].push(phrases.len());
            let words = parts.iter().filter(|p| !matches!(p, Part::Gap)).count();
            phrases.push(Phrase {
                parts,
                payload,
                words,
            });
        }
        let ac = if firsts.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .start_kind(StartKind::Anchored)
                    .build(&firsts)
                    .map_err(|e| e.to_string())?,
            )
        };
        Ok(PhraseSet {
            phrases,
            by_first,
            ac,
        })
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Every occurrence of every phrase within `tokens` (which index into `folded`), searching
    /// the folded bytes `[from, to)`.
    pub fn find(&self, folded: &str, tokens: &[Token], from: usize, to: usize, out: &mut Vec<Hit>) {
        let Some(ac) = &self.ac else { return };
        if tokens.is_empty() {
            return;
        }
        // One anchored search per token: a phrase can only start where a word starts, and the
        // first word of a phrase cannot run past its token.
        let first = tokens.partition_point(|t| t.start < from);
        let last = tokens.partition_point(|t| t.start < to);
        for ti in first..last {
            let t = tokens[ti];
            let input = Input::new(folded.as_bytes())
                .range(t.start..t.end)
                .anchored(Anchored::Yes);
            let mut state = OverlappingState::start();
            loop {
                ac.find_overlapping(input.clone(), &mut state);
                let Some(m) = state.get_match() else { break };
                for &pi in &self.by_first[m.pattern().as_usize()] {
                    let phrase = &self.phrases[pi];
                    if let Some(last) = match_at(phrase, folded, tokens, ti) {
                        out.push(Hit {
                            payload: phrase.payload,
                            first: ti,
                            last,
                            words: phrase.words,
                        });
                    }
                }
            }
        }
    }
}

fn token_matches(part: &Part, tok: &str) -> bool {
    match part {
        Part::Exact(s) => tok == s,
        Part::Prefix(p) => tok.starts_with(p.as_str()),
        Part::Gap => true,
    }
}

/// Matches `phrase` starting at token `ti`; returns the last token index.
fn match_at(phrase: &Phrase, folded: &str, tokens: &[Token], ti: usize) -> Option<usize> {
    fn go(parts: &[Part], folded: &str, tokens: &[Token], ti: usize) -> Option<usize> {
        let (part, rest) = parts.split_first()?;
        if let Part::Gap = part {
            for skip in 0..=MAX_GAP {
                if let Some(r) = go(rest, folded, tokens, ti + skip) {
                    return Some(r);
                }
            }
            return None;
        }
        let t = tokens.get(ti)?;
        if !token_matches(part, &folded[t.start..t.end]) {
            return None;
        }
        if rest.is_empty() {
            return Some(ti);
        }
        go(rest, folded, tokens, ti + 1)
    }
    go(&phrase.parts, folded, tokens, ti)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::fold::fold;

    fn toks(s: &str) -> Vec<Token> {
        let mut v = Vec::new();
        tokenize(&Folded::new(s), Span::new(0, s.len()), &mut v);
        v
    }

    #[test]
    fn pieces_of_the_shared_tokens() {
        let s = "Le 1er mai, 1,5 milliard a-t-il « dit » ; U.N.";
        let t = toks(s);
        let f = fold(s);
        let got: Vec<(&str, u32)> = t.iter().map(|t| (&f[t.start..t.end], t.clause)).collect();
        assert_eq!(
            got,
            [
                ("le", 0),
                ("1er", 0),
                ("mai", 0),
                ("1", 1),
                ("5", 1),
                ("milliard", 1),
                ("a", 1),
                ("t", 1),
                ("il", 1),
                ("dit", 1),
                ("u", 2),
                ("n", 2)
            ]
        );
    }

    #[test]
    fn abbreviation_points_do_not_start_a_clause() {
        let t = toks("the u.n. inspectors. gen. smith");
        assert_eq!(t[3].clause, 0, "{t:?}");
        // After a longer word a point still ends a clause (sentence-like fallback lines).
        assert_eq!(t[4].clause, 1, "{t:?}");
    }

    #[test]
    fn tokens_split_on_apostrophes_and_count_clauses() {
        let s = "l'ukraine, n'a pas";
        let t = toks(s);
        let words: Vec<&str> = t.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(words, ["l", "ukraine", "n", "a", "pas"]);
        assert_eq!(t[1].clause, 0);
        assert_eq!(t[2].clause, 1);
    }

    #[test]
    fn prefix_gap_and_exact_tokens() {
        let set = PhraseSet::new([
            ("envoy* .. troupes".to_string(), 1),
            ("accus*".to_string(), 2),
            ("a".to_string(), 3),
        ])
        .unwrap();
        let s = "la russie a envoye des milliers de troupes et accuse kiev";
        let t = toks(s);
        let mut hits = Vec::new();
        set.find(s, &t, 0, s.len(), &mut hits);
        let mut payloads: Vec<usize> = hits.iter().map(|h| h.payload).collect();
        payloads.sort();
        assert_eq!(payloads, [1, 2, 3]);
        let h = hits.iter().find(|h| h.payload == 1).unwrap();
        assert_eq!(&s[t[h.last].start..t[h.last].end], "troupes");
        // "a" is exact: it must not match inside "accuse" or "la".
        assert_eq!(hits.iter().filter(|h| h.payload == 3).count(), 1);
    }

    #[test]
    fn gap_is_bounded() {
        let set = PhraseSet::new([("envoy* .. troupes".to_string(), 1)]).unwrap();
        let s = "envoye un deux trois quatre cinq troupes";
        let t = toks(s);
        let mut hits = Vec::new();
        set.find(s, &t, 0, s.len(), &mut hits);
        assert!(hits.is_empty());
    }

    #[test]
    fn malformed_phrases_are_rejected() {
        assert!(PhraseSet::new([(".. troupes".to_string(), 0)]).is_err());
        assert!(PhraseSet::new([("troupes ..".to_string(), 0)]).is_err());
    }
}
