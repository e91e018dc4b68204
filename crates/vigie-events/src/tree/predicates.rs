//! Pass 1, predicates: which words of a sentence are event predicates (verbs and event nouns
//! of the language's `predicates.toml`), and which code each takes, by the most specific
//! pattern that its dependents satisfy.

use vigie_core::Upos;

use super::lexicon::{Element, PredicateKind, TreeLanguage};
use vigie_core::TreeView;

/// An event predicate found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicate {
    /// The predicate word (a verb, or the noun of a nominalisation).
    pub word: usize,
    pub kind: PredicateKind,
    /// Index of its block in the language's lexicon.
    pub block: usize,
    pub code: String,
    /// The pattern that decided the code, when one did (for `Event::pattern`).
    pub pattern: Option<String>,
    /// Where a pattern put the source or target (`$`, `+`), overriding the usual roles.
    pub source_slot: Option<usize>,
    pub target_slot: Option<usize>,
    /// For a noun: the light verb it is the object of ("launch an offensive").
    pub light_verb: Option<usize>,
}

impl Predicate {
    /// Any verb at `word`, for the structural tests that do not look at its code.
    pub fn verb_at(word: usize) -> Predicate {
        Predicate {
            word,
            kind: PredicateKind::Verb,
            block: 0,
            code: String::new(),
            pattern: None,
            source_slot: None,
            target_slot: None,
            light_verb: None,
        }
    }

    /// A verb predicate at `word` coded 190, for the tests of the later passes.
    #[cfg(test)]
    pub fn verb_for_tests(word: usize) -> Predicate {
        Predicate {
            code: "190".into(),
            ..Predicate::verb_at(word)
        }
    }
}

/// Relations whose subtrees form a predicate's subject side.
pub fn is_subject_rel(rel: &str) -> bool {
    matches!(rel, "nsubj" | "csubj" | "expl")
}

/// Relations whose subtrees form a predicate's object side (what patterns after `*` look at).
fn is_object_side(rel: &str) -> bool {
    matches!(
        rel,
        "obj" | "iobj" | "obl" | "xcomp" | "compound" | "advmod" | "nmod" | "dep" | "amod" | "acl"
    )
}

/// Finds the predicates of one sentence.
pub fn find(tree: &TreeView, lang: &TreeLanguage) -> Vec<Predicate> {
    let mut out = Vec::new();
    for i in 0..tree.len() {
        let (map, kind) = match tree.upos(i) {
            Upos::Verb => (&lang.verbs, PredicateKind::Verb),
            Upos::Noun => (&lang.nouns, PredicateKind::Noun),
            _ => continue,
        };
        // A particle verb ("carry out", "step up") is looked up whole first.
        let particle = tree
            .children_rel(i, "compound")
            .find(|&c| tree.deprel(c) == "compound:prt")
            .map(|c| format!("{} {}", tree.lemma(i), tree.lemma(c)));
        let blocks = particle
            .as_deref()
            .and_then(|p| map.get(p))
            .or_else(|| map.get(tree.lemma(i)))
            .or_else(|| map.get(tree.form(i)))
            .or_else(|| uninflected(&lang.clauses.inflections, tree.form(i), map));
        let Some(blocks) = blocks else { continue };
        let light_verb = (kind == PredicateKind::Noun)
            .then(|| light_verb_of(tree, lang, i))
            .flatten();
        if let Some(p) = best_match(tree, lang, i, blocks, kind, light_verb) {
            out.push(p);
        }
    }
    out
}

/// The light verb event noun `noun` is the object of ("lancer une offensive"), also through a
/// noun of quantity ("a mené des centaines de raids", "launched a wave of strikes") and as the
/// partitive the French parser labels `obl:arg` ("ont conduit des exercices").
fn light_verb_of(tree: &TreeView, lang: &TreeLanguage, noun: usize) -> Option<usize> {
    let object = match tree.head(noun) {
        Some(q) if tree.rel(noun) == "nmod" && lang.clauses.transparent.contains(tree.lemma(q)) => {
            q
        }
        _ => noun,
    };
    let verb = tree.head(object)?;
    (matches!(tree.deprel(object), "obj" | "obl:arg")
        && lang.light_verbs.contains(tree.lemma(verb)))
    .then_some(verb)
}

/// The lexicon's entry for an inflected `form` whose lemma the tagger got wrong: the first
/// regular inflection of the language that turns the form into a known lemma.
fn uninflected<'a>(
    inflections: &[(String, String)],
    form: &str,
    map: &'a std::collections::HashMap<String, Vec<usize>>,
) -> Option<&'a Vec<usize>> {
    if inflections.is_empty() {
        return None;
    }
    let form = form.to_lowercase();
    inflections.iter().find_map(|(end, lemma_end)| {
        let stem = form.strip_suffix(end.as_str())?;
        if stem.len() < 2 {
            return None;
        }
        map.get(&format!("{stem}{lemma_end}"))
    })
}

/// The most specific pattern of the candidate blocks that the predicate's dependents satisfy,
/// else the first block's own code.
fn best_match(
    tree: &TreeView,
    lang: &TreeLanguage,
    word: usize,
    blocks: &[usize],
    kind: PredicateKind,
    light_verb: Option<usize>,
) -> Option<Predicate> {
    let subject = subject_side(tree, &lang.clauses, word, light_verb);
    let object = object_side(tree, word);
    let mut best: Option<(usize, Predicate)> = None;
    for &b in blocks {
        let block = &lang.blocks[b];
        for p in &block.patterns {
            if best.as_ref().is_some_and(|(w, _)| *w >= p.weight) {
                continue;
            }
            let mut slots = Slots::default();
            if all_match(tree, lang, &p.before, &subject, &mut slots)
                && all_match(tree, lang, &p.after, &object, &mut slots)
            {
                best = Some((
                    p.weight,
                    Predicate {
                        word,
                        kind,
                        block: b,
                        code: p.code.clone(),
                        pattern: Some(block.id.clone()),
                        source_slot: slots.source,
                        target_slot: slots.target,
                        light_verb,
                    },
                ));
            }
        }
    }
    if let Some((_, p)) = best {
        return Some(p);
    }
    blocks.iter().find_map(|&b| {
        let block = &lang.blocks[b];
        Some(Predicate {
            word,
            kind,
            block: b,
            code: block.code.clone()?,
            pattern: Some(block.id.clone()),
            source_slot: None,
            target_slot: None,
            light_verb,
        })
    })
}

/// The words on the subject side: the subject's subtree (of the light verb for a noun), the
/// subject being inherited from a governing verb when the clause has none of its own.
fn subject_side(
    tree: &TreeView,
    clauses: &super::lexicon::ClauseWords,
    word: usize,
    light_verb: Option<usize>,
) -> Vec<usize> {
    let holder = light_verb.unwrap_or(word);
    if tree.upos(holder) != Upos::Verb {
        return Vec::new();
    }
    match super::arguments::subject_of(tree, clauses, holder, 0) {
        Some(s) => tree.subtree(s, &|r| matches!(r, "acl" | "ccomp" | "parataxis")),
        None => Vec::new(),
    }
}

/// The words on the object side: the subtrees of objects, obliques, particles and
/// complements, not going into further clauses.
/// In a passive clause the patient is the subject: it stands on the object side ("food was
/// delivered" matches the pattern `* &food`).
fn object_side(tree: &TreeView, word: usize) -> Vec<usize> {
    let passive = tree
        .children(word)
        .iter()
        .any(|&c| tree.deprel(c) == "aux:pass");
    let mut out = Vec::new();
    for &c in tree.children(word) {
        if is_object_side(tree.rel(c)) || (passive && tree.deprel(c) == "nsubj:pass") {
            out.extend(tree.subtree(c, &|r| {
                matches!(r, "ccomp" | "parataxis" | "advcl" | "conj")
            }));
        }
    }
    out.sort_unstable();
    out
}

#[derive(Debug, Default)]
struct Slots {
    source: Option<usize>,
    target: Option<usize>,
}

fn all_match(
    tree: &TreeView,
    lang: &TreeLanguage,
    elements: &[Element],
    side: &[usize],
    slots: &mut Slots,
) -> bool {
    elements
        .iter()
        .all(|e| element_match(tree, lang, e, side, slots))
}

/// Whether word `w` is lemma `l`: by its tagged lemma, its form, or its form with one of the
/// language's regular inflections undone ("exercices conjoints" tagged as the participle of
/// "conjoindre" still reads as "conjoint").
fn is_lemma(tree: &TreeView, lang: &TreeLanguage, w: usize, l: &str) -> bool {
    tree.is(w, l) || {
        // Forms are lower-case in the tree view.
        let form = tree.form(w);
        lang.clauses.inflections.iter().any(|(end, lemma_end)| {
            form.strip_suffix(end.as_str()).is_some_and(|stem| {
                stem.len() >= 2
                    && l.len() == stem.len() + lemma_end.len()
                    && l.starts_with(stem)
                    && l.ends_with(lemma_end.as_str())
            })
        })
    }
}

fn word_is(tree: &TreeView, lang: &TreeLanguage, w: usize, e: &Element) -> bool {
    match e {
        Element::Word(l) => is_lemma(tree, lang, w, l),
        Element::Class(c) => lang
            .classes
            .get(c)
            .is_some_and(|set| set.contains(tree.lemma(w)) || set.contains(tree.form(w))),
        _ => false,
    }
}

fn element_match(
    tree: &TreeView,
    lang: &TreeLanguage,
    e: &Element,
    side: &[usize],
    slots: &mut Slots,
) -> bool {
    match e {
        Element::Word(_) | Element::Class(_) => side.iter().any(|&w| word_is(tree, lang, w, e)),
        Element::Phrase(words) => side.iter().any(|&w| {
            words.iter().enumerate().all(|(k, l)| {
                let at = w + k;
                side.contains(&at) && is_lemma(tree, lang, at, l)
            })
        }),
        Element::Prep { case, inner } => side.iter().any(|&w| {
            if !tree.markers(w).iter().any(|m| m == case) {
                return false;
            }
            let sub = tree.subtree(w, &|r| matches!(r, "ccomp" | "parataxis" | "advcl"));
            let mut local = Slots::default();
            let ok = inner
                .iter()
                .all(|e| element_match(tree, lang, e, &sub, &mut local));
            if ok {
                if inner.contains(&Element::Target) {
                    slots.target = Some(w);
                }
                if inner.contains(&Element::Source) {
                    slots.source = Some(w);
                }
            }
            ok
        }),
        // A slot outside parentheses names no phrase of its own: the usual roles apply.
        Element::Source | Element::Target => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{parse_pattern, Block};
    use super::*;
    use vigie_core::tree::parse_test_sentence;
    use vigie_core::TreeView;

    fn lang() -> TreeLanguage {
        let classes = Default::default();
        let mut l = TreeLanguage::default();
        l.blocks.push(Block {
            id: "appeler".into(),
            kind: PredicateKind::Verb,
            code: None,
            patterns: vec![
                parse_pattern("* (à)", "020", &classes).unwrap(),
                parse_pattern("* (à cessez-le-feu)", "0256", &classes).unwrap(),
            ],
        });
        l.blocks.push(Block {
            id: "offensive".into(),
            kind: PredicateKind::Noun,
            code: Some("190".into()),
            patterns: vec![],
        });
        l.verbs.insert("appeler".into(), vec![0]);
        l.nouns.insert("offensive".into(), vec![1]);
        l.light_verbs.insert("lancer".into());
        l
    }

    #[test]
    fn the_most_specific_pattern_decides_and_plain_verbs_need_one() {
        let (text, words) = parse_test_sentence(
            "Paris Paris PROPN 2 nsubj
             appelle appeler VERB 0 root
             Moscou Moscou PROPN 2 obj
             à à ADP 5 case
             cessez-le-feu cessez-le-feu NOUN 2 obl",
        );
        let t = TreeView::new(&text, &words);
        let p = find(&t, &lang());
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].code, "0256");
        let (text, words) = parse_test_sentence(
            "Paris Paris PROPN 2 nsubj
             appelle appeler VERB 0 root
             Moscou Moscou PROPN 2 obj",
        );
        assert!(find(&TreeView::new(&text, &words), &lang()).is_empty());
    }

    #[test]
    fn a_wrong_lemma_is_mended_by_the_languages_inflections() {
        let mut l = lang();
        l.clauses.inflections = vec![("ed".into(), "".into()), ("ed".into(), "e".into())];
        l.verbs.insert("shell".into(), vec![1]);
        // The tagger's lemma of "shelled" is "shel".
        let (text, words) = parse_test_sentence(
            "rebels rebel NOUN 2 nsubj
             shelled shel VERB 0 root
             Juba Juba PROPN 2 obj",
        );
        let p = find(&TreeView::new(&text, &words), &l);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].word, 1);
        // Without inflections, nothing.
        let mut l = lang();
        l.verbs.insert("shell".into(), vec![1]);
        assert!(find(&TreeView::new(&text, &words), &l).is_empty());
    }

    #[test]
    fn a_light_verb_reaches_its_event_noun_through_a_quantity_and_a_partitive() {
        let mut l = lang();
        l.clauses.transparent.insert("centaine".into());
        // "a mené des centaines d'offensives": the quantity is the object.
        let (text, words) = parse_test_sentence(
            "Moscou Moscou PROPN 2 nsubj
             mène mener VERB 0 root
             des un DET 4 det
             centaines centaine NOUN 2 obj
             de de ADP 6 case
             offensives offensive NOUN 4 nmod",
        );
        l.light_verbs.insert("mener".into());
        let p = find(&TreeView::new(&text, &words), &l);
        assert_eq!((p[0].word, p[0].light_verb), (5, Some(1)));
        // Without the quantity in the list, the noun stands alone.
        let p = find(&TreeView::new(&text, &words), &lang());
        assert_eq!((p[0].word, p[0].light_verb), (5, None));
        // "ont conduit des offensives", the partitive labelled as an argument oblique.
        let (text, words) = parse_test_sentence(
            "Moscou Moscou PROPN 2 nsubj
             lance lancer VERB 0 root
             de de ADP 4 case
             offensives offensive NOUN 2 obl:arg",
        );
        let p = find(&TreeView::new(&text, &words), &lang());
        assert_eq!((p[0].word, p[0].light_verb), (3, Some(1)));
    }

    #[test]
    fn a_pattern_word_matches_a_form_the_tagger_lemmatised_wrongly() {
        let (text, words) = parse_test_sentence(
            "Moscou Moscou PROPN 2 nsubj
             appelle appeler VERB 0 root
             à à ADP 4 case
             cessez-le-feux cessez-le-foo NOUN 2 obl",
        );
        let t = TreeView::new(&text, &words);
        assert_eq!(find(&t, &lang())[0].code, "020");
        let mut l = lang();
        l.clauses.inflections = vec![("x".into(), "".into())];
        assert_eq!(find(&t, &l)[0].code, "0256");
    }

    #[test]
    fn an_event_noun_after_a_light_verb_keeps_the_verb() {
        let (text, words) = parse_test_sentence(
            "Moscou Moscou PROPN 2 nsubj
             lance lancer VERB 0 root
             une un DET 4 det
             offensive offensive NOUN 2 obj",
        );
        let p = find(&TreeView::new(&text, &words), &lang());
        assert_eq!(p.len(), 1);
        assert_eq!(
            (p[0].word, p[0].light_verb, p[0].code.as_str()),
            (3, Some(1), "190")
        );
    }
}
