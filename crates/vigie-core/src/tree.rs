//! A sentence's UD words (the syntax layer on each `Sentence`) seen as a tree: children,
//! relations with and without their subtype, lowercase lemmas and forms, case markers,
//! subtrees. Built once per sentence by the stages that read syntax (events, quotes).

use crate::{SyntaxWord, Upos};

/// The tree of one sentence. Word indices are 0-based positions in the sentence's words.
#[derive(Debug)]
pub struct TreeView<'a> {
    pub words: &'a [SyntaxWord],
    /// Lowercase lemma of each word.
    lemmas: Vec<String>,
    /// Lowercase surface form of each word.
    forms: Vec<String>,
    children: Vec<Vec<usize>>,
    /// The case and mark markers of each word (see [`TreeView::markers`]), read once: the
    /// matchers ask for them for every word of every candidate pattern.
    markers: Vec<Vec<String>>,
}

impl<'a> TreeView<'a> {
    /// `text` is the document text the words' spans point into.
    pub fn new(text: &str, words: &'a [SyntaxWord]) -> Self {
        let mut children = vec![Vec::new(); words.len()];
        for (i, w) in words.iter().enumerate() {
            let h = w.head as usize;
            if h >= 1 && h <= words.len() && h - 1 != i {
                children[h - 1].push(i);
            }
        }
        let forms = words
            .iter()
            .map(|w| match &w.form {
                Some(f) => f.to_lowercase(),
                None => text
                    .get(w.span.start..w.span.end)
                    .unwrap_or("")
                    .to_lowercase(),
            })
            .collect();
        let lemmas: Vec<String> = words.iter().map(|w| w.lemma.to_lowercase()).collect();
        let rel = |c: usize| {
            let d: &str = &words[c].deprel;
            d.split(':').next().unwrap_or(d).to_string()
        };
        let markers = children
            .iter()
            .map(|kids| {
                kids.iter()
                    .copied()
                    .filter(|&c| matches!(rel(c).as_str(), "case" | "mark"))
                    .map(|c| {
                        let mut m = lemmas[c].clone();
                        for &f in children[c].iter().filter(|&&f| rel(f) == "fixed") {
                            m.push(' ');
                            m.push_str(&lemmas[f]);
                        }
                        m
                    })
                    .collect()
            })
            .collect();
        TreeView {
            words,
            lemmas,
            forms,
            children,
            markers,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }

    pub fn form(&self, i: usize) -> &str {
        &self.forms[i]
    }

    pub fn upos(&self, i: usize) -> Upos {
        self.words[i].upos
    }

    /// Whether the word's lemma or form is `w` (lemmatizers differ on plurals of event nouns).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.lemmas[i] == w || self.forms[i] == w
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.words[i].head as usize;
        (h >= 1 && h <= self.words.len() && h - 1 != i).then(|| h - 1)
    }

    /// The relation with its subtype (`obl:agent`).
    pub fn deprel(&self, i: usize) -> &str {
        &self.words[i].deprel
    }

    /// The relation without its subtype (`obl`).
    pub fn rel(&self, i: usize) -> &str {
        let d: &str = &self.words[i].deprel;
        d.split(':').next().unwrap_or(d)
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Children with relation `rel` (without subtype) or exactly `rel` with subtype.
    pub fn children_rel<'s>(&'s self, i: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| self.rel(c) == rel || self.deprel(c) == rel)
    }

    pub fn feat(&self, i: usize, name: &str) -> Option<&str> {
        self.words[i].feats.split('|').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == name).then_some(v)
        })
    }

    /// The preposition or subordinator that introduces word `i` (its first `case` or `mark`
    /// child, with `fixed` parts: "auprès de", "according to"), lowercase lemmas.
    pub fn marker(&self, i: usize) -> Option<&str> {
        self.markers[i].first().map(String::as_str)
    }

    /// Every case or mark marker of word `i` (a word may have both "de" and "à").
    pub fn markers(&self, i: usize) -> &[String] {
        &self.markers[i]
    }

    /// Word `i` and its descendants, in sentence order, not going into children whose relation
    /// `stop` refuses.
    pub fn subtree(&self, i: usize, stop: &dyn Fn(&str) -> bool) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(n) = stack.pop() {
            for &c in &self.children[n] {
                if !stop(self.rel(c)) && !out.contains(&c) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// [`TreeView::subtree`] with `stop` given the full relation (`acl:relcl`).
    pub fn subtree_deprel(&self, i: usize, stop: &dyn Fn(&str) -> bool) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(n) = stack.pop() {
            for &c in &self.children[n] {
                if !stop(self.deprel(c)) && !out.contains(&c) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The byte span of the words of a subtree.
    pub fn span_of(&self, words: &[usize]) -> Option<crate::Span> {
        let start = words.iter().map(|&w| self.words[w].span.start).min()?;
        let end = words.iter().map(|&w| self.words[w].span.end).max()?;
        Some(crate::Span::new(start, end))
    }
}

/// Builds words from compact lines, for tests of the stages that read trees: `form lemma UPOS
/// head deprel [feats]` per word, heads 1-based as in CoNLL-U. The text is the forms joined by
/// spaces. Panics on a malformed line (test input).
pub fn parse_test_sentence(lines: &str) -> (String, Vec<SyntaxWord>) {
    use std::borrow::Cow;
    let mut text = String::new();
    let mut words = Vec::new();
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        assert!(f.len() >= 5, "test line {line:?}");
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(f[0]);
        words.push(SyntaxWord {
            span: crate::Span::new(start, text.len()),
            form: None,
            upos: Upos::parse(f[2]),
            lemma: Cow::Owned(f[1].to_string()),
            feats: Cow::Owned(f.get(5).map_or(String::new(), |s| s.to_string())),
            head: f[3].parse().expect("head"),
            deprel: Cow::Owned(f[4].to_string()),
        });
    }
    (text, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_reads_children_markers_and_subtrees() {
        let (text, words) = parse_test_sentence(
            "la le DET 2 det
             Russie Russie PROPN 3 nsubj
             attaque attaquer VERB 0 root Mood=Ind|Tense=Pres
             l' le DET 5 det
             Ukraine Ukraine PROPN 3 obj
             depuis depuis ADP 7 case
             Minsk Minsk PROPN 3 obl",
        );
        let t = TreeView::new(&text, &words);
        assert_eq!(t.head(1), Some(2));
        assert_eq!(t.head(2), None);
        assert_eq!(t.children_rel(2, "nsubj").collect::<Vec<_>>(), vec![1]);
        assert_eq!(t.marker(6), Some("depuis"));
        assert_eq!(t.subtree(2, &|r| r == "obl"), vec![0, 1, 2, 3, 4]);
        assert_eq!(t.feat(2, "Tense"), Some("Pres"));
        assert_eq!(t.lemma(1), "russie");
        assert_eq!(t.form(2), "attaque");
    }
}
