//! Scores of a system's sentences against gold ones, with the definitions and the alignment of
//! the CoNLL 2018 shared task's evaluation script (`conll18_ud_eval.py`, UFAL, version 1.2):
//!
//! - Both sides are read as the script reads them ([`UdTreebank`]): the characters of all
//!   tokens of the file, without white space (Unicode category Zs is deleted from forms), must
//!   be the same on both sides; tokens, sentences and words are spans of those characters.
//! - Tokens and Sentences: F1 of spans that match exactly.
//! - Words: gold and system words are aligned by span; inside a stretch that holds a
//!   multiword token on either side (`du` = `de` + `le`), by the longest common subsequence of
//!   their lowercased forms.
//! - UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS, CLAS, MLAS, BLEX: F1 over aligned words
//!   (correct / gold words and correct / system words), and the accuracy over aligned words.
//!   UFeats keeps only the universal features of the UD v2 guidelines ([`UNIVERSAL_FEATURES`];
//!   `Typo`, `ExtPos`, `NumForm`… dropped) and ignores their order; LAS and the other relation
//!   scores compare the universal part of the relation (`obl:arg` is `obl`); UAS/LAS count a
//!   head right when the system head is aligned to the gold head; a gold lemma `_` counts as
//!   right whatever the system says.
//!
//! From gold tokens both sides have the same words, every word aligns, and each F1 is an
//! accuracy. [`score`] is the word-by-word shortcut of that case, with the same definitions.

use crate::Sentence;

/// The universal features of the CoNLL 2018 evaluation: the only ones UFeats compares.
pub const UNIVERSAL_FEATURES: [&str; 21] = [
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// Relations of content words (CLAS, MLAS and BLEX count only words attached by these).
pub const CONTENT_DEPRELS: [&str; 29] = [
    "nsubj",
    "obj",
    "iobj",
    "csubj",
    "ccomp",
    "xcomp",
    "obl",
    "vocative",
    "expl",
    "dislocated",
    "advcl",
    "advmod",
    "discourse",
    "nmod",
    "appos",
    "nummod",
    "acl",
    "amod",
    "conj",
    "fixed",
    "flat",
    "compound",
    "list",
    "parataxis",
    "orphan",
    "goeswith",
    "reparandum",
    "root",
    "dep",
];

/// Relations of function words (MLAS compares them as part of their head's tag).
pub const FUNCTIONAL_DEPRELS: [&str; 7] = ["aux", "cop", "mark", "det", "clf", "case", "cc"];

/// The FEATS column as UFeats compares it: universal features only, sorted, `|`-joined; empty
/// when there are none (`_` included).
pub fn ufeats(feats: &str) -> String {
    let mut kept: Vec<&str> = feats
        .split('|')
        .filter(|f| UNIVERSAL_FEATURES.contains(&f.split('=').next().unwrap_or(f)))
        .collect();
    kept.sort_unstable();
    kept.join("|")
}

fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

/// White space of Unicode category Zs, which the script deletes from forms so that a
/// tokenizer may keep "30 000" as one token or make two of it.
fn is_zs(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Why two files cannot be compared.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("the concatenation of tokens differs between gold and system at character {at}: gold {gold:?}, system {system:?}")]
    Characters {
        at: usize,
        gold: String,
        system: String,
    },
    #[error("{side} sentence {sentence}: {reason}")]
    Tree {
        side: &'static str,
        sentence: usize,
        reason: String,
    },
}

/// A (start, end) range of [`UdTreebank`] characters, end exclusive.
type Range = (usize, usize);

#[derive(Debug, Clone)]
struct UdWord {
    /// The span of the word, or of its whole multiword token.
    span: Range,
    is_multiword: bool,
    lower: String,
    upos: String,
    xpos: String,
    feats: String,
    lemma: String,
    deprel: String,
    /// Index of the head word in the file, `None` for the root.
    parent: Option<usize>,
    functional_children: Vec<usize>,
    content: bool,
    functional: bool,
}

/// A whole file as the CoNLL 2018 evaluation sees it.
#[derive(Debug, Clone, Default)]
pub struct UdTreebank {
    characters: Vec<char>,
    tokens: Vec<Range>,
    sentences: Vec<Range>,
    words: Vec<UdWord>,
}

impl UdTreebank {
    /// Reads sentences; `side` ("gold", "system") names them in errors. A sentence must be a
    /// tree: one root, no cycle, as the script demands.
    pub fn new(sentences: &[Sentence], side: &'static str) -> Result<UdTreebank, EvalError> {
        let mut ud = UdTreebank::default();
        for (n, s) in sentences.iter().enumerate() {
            let tree_error = |reason: String| EvalError::Tree {
                side,
                sentence: n + 1,
                reason,
            };
            let sentence_start = ud.characters.len();
            let first_word = ud.words.len();
            let mut k = 0;
            while k < s.words.len() {
                let id = k + 1;
                let (form, last, is_multiword) = match s.multiwords.iter().find(|m| m.first == id) {
                    Some(m) if m.last >= id && m.last <= s.words.len() => {
                        (m.form.as_str(), m.last, true)
                    }
                    _ => (s.words[k].form.as_str(), id, false),
                };
                let start = ud.characters.len();
                ud.characters.extend(form.chars().filter(|&c| !is_zs(c)));
                if ud.characters.len() == start {
                    return Err(tree_error(format!("word {id}: empty form")));
                }
                let span = (start, ud.characters.len());
                ud.tokens.push(span);
                for w in &s.words[k..last] {
                    let deprel = universal(&w.deprel).to_string();
                    ud.words.push(UdWord {
                        span,
                        is_multiword,
                        lower: w.form.to_lowercase(),
                        upos: w.upos.clone(),
                        xpos: w.xpos.clone(),
                        feats: ufeats(&w.feats),
                        lemma: w.lemma.clone(),
                        content: CONTENT_DEPRELS.contains(&deprel.as_str()),
                        functional: FUNCTIONAL_DEPRELS.contains(&deprel.as_str()),
                        deprel,
                        parent: (w.head > 0).then(|| first_word + w.head - 1),
                        functional_children: Vec::new(),
                    });
                }
                k = last;
            }
            ud.sentences.push((sentence_start, ud.characters.len()));
            let words = first_word..ud.words.len();
            let mut roots = 0;
            for i in words.clone() {
                let Some(p) = ud.words[i].parent else {
                    roots += 1;
                    continue;
                };
                if p >= words.end {
                    return Err(tree_error(format!(
                        "word {}: head outside the sentence",
                        i - first_word + 1
                    )));
                }
                // A walk up from any word reaches the root within the sentence's length.
                let mut at = Some(i);
                for _ in 0..=words.len() {
                    at = at.and_then(|a| ud.words[a].parent);
                }
                if at.is_some() {
                    return Err(tree_error(format!(
                        "a cycle through word {}",
                        i - first_word + 1
                    )));
                }
            }
            if roots != 1 {
                return Err(tree_error(format!("{roots} roots")));
            }
            for i in words {
                if let Some(p) = ud.words[i].parent.filter(|_| ud.words[i].functional) {
                    ud.words[p].functional_children.push(i);
                }
            }
        }
        Ok(ud)
    }

    pub fn words(&self) -> usize {
        self.words.len()
    }

    pub fn sentences(&self) -> usize {
        self.sentences.len()
    }
}

/// One metric: correct items against gold and system totals, and the aligned words it was
/// counted on (`None` for Tokens, Sentences and Words).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Score {
    pub correct: usize,
    pub gold: usize,
    pub system: usize,
    pub aligned: Option<usize>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.correct, self.system + self.gold)
    }
    pub fn aligned_accuracy(&self) -> Option<f64> {
        self.aligned.map(|a| ratio(self.correct, a))
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Every metric of the script, in its order.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Scores {
    pub tokens: Score,
    pub sentences: Score,
    pub words: Score,
    pub upos: Score,
    pub xpos: Score,
    pub ufeats: Score,
    pub alltags: Score,
    pub lemmas: Score,
    pub uas: Score,
    pub las: Score,
    pub clas: Score,
    pub mlas: Score,
    pub blex: Score,
}

impl Scores {
    /// (name, score) in the script's order.
    pub fn metrics(&self) -> [(&'static str, &Score); 13] {
        [
            ("Tokens", &self.tokens),
            ("Sentences", &self.sentences),
            ("Words", &self.words),
            ("UPOS", &self.upos),
            ("XPOS", &self.xpos),
            ("UFeats", &self.ufeats),
            ("AllTags", &self.alltags),
            ("Lemmas", &self.lemmas),
            ("UAS", &self.uas),
            ("LAS", &self.las),
            ("CLAS", &self.clas),
            ("MLAS", &self.mlas),
            ("BLEX", &self.blex),
        ]
    }

    /// The table `conll18_ud_eval.py -v` prints, in percent.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n\
             -----------+-----------+-----------+-----------+-----------\n",
        );
        for (name, s) in self.metrics() {
            out.push_str(&format!(
                "{name:<11}|{:>10.2} |{:>10.2} |{:>10.2} |{}\n",
                100.0 * s.precision(),
                100.0 * s.recall(),
                100.0 * s.f1(),
                s.aligned_accuracy()
                    .map_or(String::new(), |a| format!("{:>10.2}", 100.0 * a))
            ));
        }
        out
    }
}

fn spans_score(gold: &[Range], system: &[Range]) -> Score {
    let (mut correct, mut gi, mut si) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].0 < gold[gi].0 {
            si += 1;
        } else if gold[gi].0 < system[si].0 {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].1 == system[si].1);
            si += 1;
            gi += 1;
        }
    }
    Score {
        correct,
        gold: gold.len(),
        system: system.len(),
        aligned: None,
    }
}

/// Aligned (gold word, system word) pairs, in order, found as the script finds them.
pub fn align(gold: &UdTreebank, system: &UdTreebank) -> Vec<(usize, usize)> {
    let (g, s) = (&gold.words, &system.words);
    let mut pairs = Vec::new();
    let (mut gi, mut si) = (0, 0);
    while gi < g.len() && si < s.len() {
        if g[gi].is_multiword || s[si].is_multiword {
            // A stretch holding multiword tokens: align its words by LCS of their forms.
            let (gs, ss, ge, se) = multiword_span(g, s, gi, si);
            gi = ge;
            si = se;
            if ge > gs && se > ss {
                let (n, m) = (ge - gs, se - ss);
                let same = |a: usize, b: usize| g[gs + a].lower == s[ss + b].lower;
                let mut lcs = vec![vec![0usize; m + 1]; n + 1];
                for a in (0..n).rev() {
                    for b in (0..m).rev() {
                        let mut v = if same(a, b) { 1 + lcs[a + 1][b + 1] } else { 0 };
                        v = v.max(lcs[a + 1][b]).max(lcs[a][b + 1]);
                        lcs[a][b] = v;
                    }
                }
                let (mut a, mut b) = (0, 0);
                while a < n && b < m {
                    if same(a, b) {
                        pairs.push((gs + a, ss + b));
                        a += 1;
                        b += 1;
                    } else if lcs[a][b] == lcs[a + 1][b] {
                        a += 1;
                    } else {
                        b += 1;
                    }
                }
            }
        } else if g[gi].span == s[si].span {
            pairs.push((gi, si));
            gi += 1;
            si += 1;
        } else if g[gi].span.0 <= s[si].span.0 {
            gi += 1;
        } else {
            si += 1;
        }
    }
    pairs
}

fn beyond_end(words: &[UdWord], i: usize, end: usize) -> bool {
    match words.get(i) {
        None => true,
        Some(w) if w.is_multiword => w.span.0 >= end,
        Some(w) => w.span.1 > end,
    }
}

fn extend_end(w: &UdWord, end: usize) -> usize {
    if w.is_multiword && w.span.1 > end {
        w.span.1
    } else {
        end
    }
}

/// The smallest stretch from (gi, si) that holds whole multiword tokens of both sides:
/// (gold start, system start, gold end, system end).
fn multiword_span(
    g: &[UdWord],
    s: &[UdWord],
    mut gi: usize,
    mut si: usize,
) -> (usize, usize, usize, usize) {
    let mut end;
    if g[gi].is_multiword {
        end = g[gi].span.1;
        if !s[si].is_multiword && s[si].span.0 < g[gi].span.0 {
            si += 1;
        }
    } else {
        end = s[si].span.1;
        if !g[gi].is_multiword && g[gi].span.0 < s[si].span.0 {
            gi += 1;
        }
    }
    let (gs, ss) = (gi, si);
    while !beyond_end(g, gi, end) || !beyond_end(s, si, end) {
        if gi < g.len() && (si >= s.len() || g[gi].span.0 <= s[si].span.0) {
            end = extend_end(&g[gi], end);
            gi += 1;
        } else {
            end = extend_end(&s[si], end);
            si += 1;
        }
    }
    (gs, ss, gi, si)
}

/// A head as the script compares it: the root, a gold word, or a system word aligned to none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    Root,
    Word(usize),
    NotAligned,
}

/// All the script's metrics of `system` against `gold`.
pub fn evaluate(gold: &UdTreebank, system: &UdTreebank) -> Result<Scores, EvalError> {
    if gold.characters != system.characters {
        let at = gold
            .characters
            .iter()
            .zip(&system.characters)
            .take_while(|(a, b)| a == b)
            .count();
        let show = |c: &[char]| c.iter().skip(at).take(20).collect::<String>();
        return Err(EvalError::Characters {
            at,
            gold: show(&gold.characters),
            system: show(&system.characters),
        });
    }
    let pairs = align(gold, system);
    let mut to_gold = vec![None; system.words.len()];
    for &(g, s) in &pairs {
        to_gold[s] = Some(g);
    }
    let (gw, sw) = (&gold.words, &system.words);
    let gold_head = |w: &UdWord| w.parent.map_or(Head::Root, Head::Word);
    let gold_of = |i: usize| to_gold[i].map_or(Head::NotAligned, Head::Word);
    let system_head = |w: &UdWord| w.parent.map_or(Head::Root, gold_of);
    let lemma_ok = |g: &UdWord, s: &UdWord| g.lemma == "_" || g.lemma == s.lemma;
    let functional = |g: &UdWord, s: &UdWord| {
        g.functional_children.len() == s.functional_children.len()
            && g.functional_children
                .iter()
                .zip(&s.functional_children)
                .all(|(&gc, &sc)| {
                    let (a, b) = (&gw[gc], &sw[sc]);
                    Head::Word(gc) == gold_of(sc)
                        && a.deprel == b.deprel
                        && a.upos == b.upos
                        && a.feats == b.feats
                })
    };
    let score = |key: &dyn Fn(&UdWord, &UdWord) -> bool, content_only: bool| {
        let keep = |w: &UdWord| !content_only || w.content;
        let mut s = Score {
            correct: 0,
            gold: gw.iter().filter(|w| keep(w)).count(),
            system: sw.iter().filter(|w| keep(w)).count(),
            aligned: Some(0),
        };
        let mut aligned = 0;
        for &(g, y) in &pairs {
            if keep(&gw[g]) {
                aligned += 1;
                s.correct += usize::from(key(&gw[g], &sw[y]));
            }
        }
        s.aligned = Some(aligned);
        s
    };
    let arc = |g: &UdWord, s: &UdWord| gold_head(g) == system_head(s);
    let labelled = |g: &UdWord, s: &UdWord| arc(g, s) && g.deprel == s.deprel;
    Ok(Scores {
        tokens: spans_score(&gold.tokens, &system.tokens),
        sentences: spans_score(&gold.sentences, &system.sentences),
        words: Score {
            correct: pairs.len(),
            gold: gw.len(),
            system: sw.len(),
            aligned: None,
        },
        upos: score(&|g, s| g.upos == s.upos, false),
        xpos: score(&|g, s| g.xpos == s.xpos, false),
        ufeats: score(&|g, s| g.feats == s.feats, false),
        alltags: score(
            &|g, s| g.upos == s.upos && g.xpos == s.xpos && g.feats == s.feats,
            false,
        ),
        lemmas: score(&|g, s| lemma_ok(g, s), false),
        uas: score(&arc, false),
        las: score(&labelled, false),
        clas: score(&labelled, true),
        mlas: score(
            &|g, s| labelled(g, s) && g.upos == s.upos && g.feats == s.feats && functional(g, s),
            true,
        ),
        blex: score(&|g, s| labelled(g, s) && lemma_ok(g, s), true),
    })
}

/// Correct counts over `words`, from gold tokens.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub upos: usize,
    pub feats: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
}

impl Counts {
    pub fn rate(&self, correct: usize) -> f64 {
        correct as f64 / self.words.max(1) as f64
    }
}

/// Compares sentences word by word when both sides have the same words (gold tokens), with
/// [`evaluate`]'s definitions: UFeats on universal features, LAS on universal relations.
pub fn score(gold: &[Sentence], predicted: &[Sentence]) -> Result<Counts, String> {
    if gold.len() != predicted.len() {
        return Err(format!(
            "{} gold sentences, {} predicted",
            gold.len(),
            predicted.len()
        ));
    }
    let mut c = Counts::default();
    for (n, (g, p)) in gold.iter().zip(predicted).enumerate() {
        if g.words.len() != p.words.len() {
            return Err(format!("sentence {}: words differ", n + 1));
        }
        for (g, p) in g.words.iter().zip(&p.words) {
            c.words += 1;
            c.upos += usize::from(g.upos == p.upos);
            c.feats += usize::from(ufeats(&g.feats) == ufeats(&p.feats));
            c.lemma += usize::from(g.lemma == "_" || g.lemma == p.lemma);
            let head = g.head == p.head;
            c.uas += usize::from(head);
            c.las += usize::from(head && universal(&g.deprel) == universal(&p.deprel));
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    const GOLD: &str = "1\tIl\til\tPRON\t_\tPerson=3|Typo=Yes\t2\tnsubj:pass\t_\t_\n\
             2\test\têtre\tAUX\t_\t_\t3\taux:pass\t_\t_\n\
             3\tvu\tvoir\tVERB\t_\tVoice=Pass\t0\troot\t_\t_\n\
             4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn las_ignores_subtypes_but_not_heads() {
        let gold = parse(GOLD, "gold").unwrap();
        let predicted = parse(
            "1\tIl\til\tPRON\t_\tPerson=3\t2\tnsubj\t_\t_\n\
             2\test\test\tVERB\t_\t_\t3\taux:tense\t_\t_\n\
             3\tvu\tvoir\tVERB\t_\t_\t0\tccomp\t_\t_\n\
             4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n",
            "predicted",
        )
        .unwrap();
        let c = score(&gold, &predicted).unwrap();
        assert_eq!(
            c,
            Counts {
                words: 4,
                upos: 3,
                feats: 3,
                lemma: 3,
                uas: 3,
                las: 2,
            }
        );
        assert!(score(&gold, &[]).is_err());
        // The full evaluation agrees on gold tokens: every F1 is the accuracy.
        let s = evaluate(
            &UdTreebank::new(&gold, "gold").unwrap(),
            &UdTreebank::new(&predicted, "system").unwrap(),
        )
        .unwrap();
        let correct = |m: &Score| m.correct;
        assert_eq!(
            [&s.upos, &s.ufeats, &s.lemmas, &s.uas, &s.las].map(correct),
            [3, 3, 3, 3, 2]
        );
        assert_eq!(
            (s.words.f1(), s.tokens.f1(), s.sentences.f1()),
            (1.0, 1.0, 1.0)
        );
        assert_eq!((s.las.gold, s.las.system, s.las.aligned), (4, 4, Some(4)));
    }

    #[test]
    fn ufeats_keeps_universal_features_in_any_order() {
        assert_eq!(
            ufeats("Typo=Yes|Number=Sing|Gender=Masc|ExtPos=ADP"),
            "Gender=Masc|Number=Sing"
        );
        assert_eq!(ufeats("_"), "");
        assert_eq!(
            ufeats("Number=Sing|Gender=Fem"),
            ufeats("Gender=Fem|Number=Sing")
        );
    }

    #[test]
    fn trees_are_checked() {
        let cycle = parse(
            "1\ta\ta\tX\t_\t_\t2\tdep\t_\t_\n2\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n3\tc\tc\tX\t_\t_\t0\troot\t_\t_\n\n",
            "c",
        )
        .unwrap();
        let e = UdTreebank::new(&cycle, "system").unwrap_err().to_string();
        assert!(e.contains("cycle"), "{e}");
        let two_roots = parse(
            "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2\tb\tb\tX\t_\t_\t0\troot\t_\t_\n\n",
            "r",
        )
        .unwrap();
        let e = UdTreebank::new(&two_roots, "system")
            .unwrap_err()
            .to_string();
        assert!(e.contains("2 roots"), "{e}");
    }
}
