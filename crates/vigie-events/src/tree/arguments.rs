//! Pass 2, arguments: for each predicate, the words that may hold its source and its target,
//! best first. Subject, passive agent, possessor of a nominalisation, controller of an
//! infinitive, antecedent of a relative pronoun; object, indirect object, obliques with the
//! language's target prepositions. Which of them name actors is the next pass's business.

use vigie_core::Upos;

use super::lexicon::{ClauseWords, PredicateKind};
use super::predicates::{is_subject_rel, Predicate};
use vigie_core::TreeView;

/// Candidate argument heads of one predicate, best first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Roles {
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    /// A phrase introduced by "entre"/"between": its first conjunct acts on the others
    /// ("combats entre l'armée et les FSR").
    pub between: Option<usize>,
    /// Obliques with any other preposition ("arrived in Tel Aviv", "crossed into Ukraine"):
    /// where the act takes place, its target when nothing else is.
    pub places: Vec<usize>,
    /// Subjects of the verb's content clause ("demanded that Sudan end curbs"): whom a demand,
    /// an accusation or a rejection is aimed at when the verb has no object.
    pub content: Vec<usize>,
}

/// The roles of predicate `p`.
pub fn roles(tree: &TreeView, words: &ClauseWords, p: &Predicate) -> Roles {
    let mut r = match p.kind {
        PredicateKind::Verb => verb_roles(tree, words, p.word),
        PredicateKind::Noun => noun_roles(tree, words, p),
    };
    r.between = tree.children(p.word).iter().copied().find(|&c| {
        matches!(tree.rel(c), "obl" | "nmod")
            && tree
                .markers(c)
                .iter()
                .any(|m| words.between_case.contains(m))
    });
    if let Some(s) = p.source_slot {
        r.sources.retain(|&w| w != s);
        r.sources.insert(0, s);
        r.targets.retain(|&w| w != s);
    }
    if let Some(t) = p.target_slot {
        r.targets.retain(|&w| w != t);
        r.targets.insert(0, t);
        r.sources.retain(|&w| w != t);
    }
    r
}

/// A passive clause: a passive subject or auxiliary, or a past participle that modifies its
/// patient ("the ceasefire ordered by…") or has an agent. A bare participle heading an
/// adverbial clause is not enough: taggers give `Voice=Pass` to every English past participle.
fn is_passive(tree: &TreeView, words: &ClauseWords, v: usize) -> bool {
    if is_reflexive(tree, v) {
        return false;
    }
    has_passive_auxiliary(tree, words, v)
        || (tree.feat(v, "Voice") == Some("Pass")
            && (tree.rel(v) == "acl" || agent_of(tree, words, v).is_some()))
}

/// A passive auxiliary ("a été", "was"): French and English passives have one, so a passive
/// subject without it is a parsing slip and is read as the subject. The verbs whose active
/// perfect takes the passive's auxiliary ("sont convenus", "sont entrées") have none.
fn has_passive_auxiliary(tree: &TreeView, words: &ClauseWords, v: usize) -> bool {
    !words.active_with_passive_auxiliary.contains(tree.lemma(v))
        && tree
            .children(v)
            .iter()
            .any(|&c| matches!(tree.deprel(c), "aux:pass" | "csubj:pass"))
}

/// The agent of a passive or of an event noun: an oblique introduced by an agent preposition
/// ("par", "by"). The preposition decides, not the parser's `obl:agent` label, which French
/// models also give to "de" phrases ("retirées de la rive droite").
fn agent_of(tree: &TreeView, words: &ClauseWords, v: usize) -> Option<usize> {
    tree.children(v).iter().copied().find(|&c| {
        matches!(tree.rel(c), "obl" | "nmod")
            && tree.marker(c).is_some_and(|m| words.agent_case.contains(m))
    })
}

/// A reflexive pronoun on the verb (UD `Reflex=Yes`, "se sont retirées"): French reflexives
/// take "être" like passives but are active.
fn is_reflexive(tree: &TreeView, v: usize) -> bool {
    tree.children(v)
        .iter()
        .any(|&c| tree.upos(c) == Upos::Pron && tree.feat(c, "Reflex") == Some("Yes"))
}

/// Obliques and nominal modifiers introduced by a target preposition, in the file's order.
fn target_obliques(tree: &TreeView, words: &ClauseWords, v: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for case in &words.target_case {
        for &c in tree.children(v) {
            if matches!(tree.rel(c), "obl" | "nmod" | "iobj")
                && tree.markers(c).iter().any(|m| m == case)
                && !out.contains(&c)
            {
                out.push(c);
            }
        }
    }
    out
}

fn is_relative_pronoun(tree: &TreeView, w: usize) -> bool {
    tree.upos(w) == Upos::Pron && tree.feat(w, "PronType") == Some("Rel")
}

/// The subject of verb `v`: its own, else the antecedent of its relative pronoun, else its
/// controller (the object of an object-control verb, else the governor's subject), else the
/// subject of the first conjunct.
pub fn subject_of(tree: &TreeView, words: &ClauseWords, v: usize, depth: usize) -> Option<usize> {
    if let Some(s) = split_article_subject(tree, v) {
        return Some(s);
    }
    let own = tree.children(v).iter().copied().find(|&c| {
        is_subject_rel(tree.rel(c))
            && (tree.deprel(c) != "nsubj:pass" || !has_passive_auxiliary(tree, words, v))
    });
    if let Some(s) = own {
        if is_relative_pronoun(tree, s) && tree.rel(v) == "acl" {
            return tree.head(v);
        }
        // A subject never has a preposition: "D'après Bloomberg, le président turc Erdoğan a
        // discuté…" parsed with "Bloomberg" as subject is a fronted adjunct, and the noun in
        // apposition to it is the subject.
        if tree.children_rel(s, "case").next().is_some() {
            if let Some(a) = tree.children_rel(s, "appos").next() {
                return Some(a);
            }
        }
        return Some(s);
    }
    // An inserted clause of reporting inverts its subject ("», a dénoncé Volodymyr Zelensky",
    // "», said the minister"); parsers often read it as the object.
    if tree.rel(v) == "parataxis" {
        if let Some(o) = tree.children_rel(v, "obj").find(|&o| o > v) {
            return Some(o);
        }
    }
    if depth > 4 {
        return None;
    }
    let g = tree.head(v)?;
    match tree.rel(v) {
        "xcomp" | "ccomp" | "advcl" => {
            // Object control: "ordonne à l'armée de renforcer", "urged Moscow to withdraw".
            if matches!(tree.rel(v), "xcomp" | "ccomp") {
                let object = tree
                    .children(g)
                    .iter()
                    .copied()
                    .find(|&c| matches!(tree.rel(c), "obj" | "iobj") && c != v);
                if let Some(o) = object {
                    if tree.upos(o) != Upos::Pron || tree.feat(o, "PronType") == Some("Prs") {
                        return Some(o);
                    }
                }
            }
            subject_of(tree, words, g, depth + 1)
        }
        "conj" => subject_of(tree, words, g, depth + 1),
        "acl" => Some(g),
        _ => None,
    }
}

/// A subject the contraction table cut in two: the French indefinite article "des" ("Des
/// missiles russes ont frappé") is read as "de" + "les", and the parser then takes the noun for
/// an oblique. An oblique before a verb that has no subject, introduced by the two words of one
/// "des" token, is the subject.
fn split_article_subject(tree: &TreeView, v: usize) -> Option<usize> {
    let has_subject = tree
        .children(v)
        .iter()
        .any(|&c| is_subject_rel(tree.rel(c)));
    if has_subject {
        return None;
    }
    tree.children(v).iter().copied().find(|&c| {
        c < v
            && tree.rel(c) == "obl"
            && tree.children(c).iter().any(|&k| {
                tree.rel(k) == "case"
                    && tree.words[k].form.is_some()
                    && tree
                        .children(c)
                        .iter()
                        .any(|&d| tree.rel(d) == "det" && tree.words[d].span == tree.words[k].span)
            })
    })
}

fn verb_roles(tree: &TreeView, words: &ClauseWords, v: usize) -> Roles {
    let mut r = Roles::default();
    let passive = is_passive(tree, words, v);
    let objects: Vec<usize> = tree
        .children(v)
        .iter()
        .copied()
        .filter(|&c| matches!(tree.rel(c), "obj" | "iobj"))
        .collect();
    let obliques = target_obliques(tree, words, v);
    if passive {
        if let Some(a) = agent_of(tree, words, v) {
            r.sources.push(a);
        }
        let patient = tree
            .children(v)
            .iter()
            .copied()
            .find(|&c| matches!(tree.deprel(c), "nsubj:pass" | "nsubj"));
        match patient {
            Some(s) if is_relative_pronoun(tree, s) && tree.rel(v) == "acl" => {
                r.targets.extend(tree.head(v))
            }
            Some(s) => r.targets.push(s),
            // A passive participle modifying its patient ("les soldats tués par…").
            None if tree.rel(v) == "acl" => r.targets.extend(tree.head(v)),
            None => {}
        }
        r.targets.extend(objects);
        r.targets.extend(obliques);
    } else {
        r.sources.extend(subject_of(tree, words, v, 0));
        r.targets.extend(objects);
        r.targets.extend(obliques);
    }
    // "threatened to sanction Chinese banks": what the infinitive acts on, when the verb
    // itself names nothing.
    for x in tree.children_rel(v, "xcomp").collect::<Vec<_>>() {
        r.targets.extend(
            tree.children(x)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.rel(c), "obj" | "iobj")),
        );
        r.targets.extend(target_obliques(tree, words, x));
    }
    r.targets.retain(|t| !r.sources.contains(t));
    r.content = tree
        .children_rel(v, "ccomp")
        .filter_map(|c| {
            tree.children(c)
                .iter()
                .copied()
                .find(|&s| is_subject_rel(tree.rel(s)))
        })
        .filter(|s| !r.sources.contains(s))
        .collect();
    r.places = tree
        .children(v)
        .iter()
        .copied()
        .filter(|&c| tree.rel(c) == "obl" && !r.targets.contains(&c) && !r.sources.contains(&c))
        .collect();
    r
}

fn noun_roles(tree: &TreeView, words: &ClauseWords, p: &Predicate) -> Roles {
    let n = p.word;
    let mut r = Roles::default();
    let agent = agent_of(tree, words, n);
    let genitive: Vec<usize> = tree
        .children(n)
        .iter()
        .copied()
        .filter(|&c| {
            tree.deprel(c) == "nmod:poss"
                || (tree.rel(c) == "nmod"
                    && tree
                        .marker(c)
                        .is_some_and(|m| words.genitive_case.contains(m)))
        })
        .collect();
    let adjectives: Vec<usize> = tree.children_rel(n, "amod").collect();
    let mut obliques = target_obliques(tree, words, n);
    // "a effectué une vague de frappes contre l'Ukraine": the parser hangs the noun's
    // obliques on the noun of quantity or succession that heads it.
    if let Some(q) = tree
        .head(n)
        .filter(|&q| tree.rel(n) == "nmod" && words.transparent.contains(tree.lemma(q)))
    {
        obliques.extend(target_obliques(tree, words, q));
    }
    if let Some(lv) = p.light_verb {
        // "lancer une offensive contre X": the light verb's subject acts, its obliques and
        // the noun's modifiers are aimed at.
        r.sources.extend(subject_of(tree, words, lv, 0));
        r.sources.extend(adjectives.iter().copied());
        obliques.extend(target_obliques(tree, words, lv));
        r.targets.extend(obliques);
        r.targets.extend(genitive);
    } else if let Some(a) = agent {
        r.sources.push(a);
        r.targets.extend(obliques);
        r.targets.extend(genitive);
    } else {
        // "l'offensive russe contre X", "l'offensive de la Russie": an adjective of origin
        // or the genitive acts; the genitive is the patient when an adjective acts.
        r.sources.extend(adjectives.iter().copied());
        r.sources.extend(genitive.iter().copied());
        r.targets.extend(obliques);
        r.targets.extend(genitive);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::tree::parse_test_sentence;

    fn words() -> ClauseWords {
        ClauseWords {
            agent_case: ["par".to_string()].into(),
            genitive_case: ["de".to_string()].into(),
            target_case: vec!["contre".into(), "à".into()],
            ..Default::default()
        }
    }

    fn verb(word: usize) -> Predicate {
        Predicate::verb_for_tests(word)
    }

    #[test]
    fn a_subject_with_a_preposition_gives_way_to_its_apposition() {
        let (text, w) = parse_test_sentence(
            "D' de ADP 2 case
             Bloomberg Bloomberg PROPN 5 nsubj
             , , PUNCT 4 punct
             Erdoğan Erdoğan PROPN 2 appos
             discute discuter VERB 0 root",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(subject_of(&t, &words(), 4, 0), Some(3));
    }

    #[test]
    fn the_subject_of_a_content_clause_is_a_candidate_target() {
        let (text, w) = parse_test_sentence(
            "Amnesty Amnesty PROPN 2 nsubj
             demanded demand VERB 0 root
             that that SCONJ 5 mark
             Sudan Sudan PROPN 5 nsubj
             end end VERB 2 ccomp
             curbs curb NOUN 5 obj",
        );
        let t = TreeView::new(&text, &w);
        let r = roles(&t, &words(), &verb(1));
        assert_eq!(r.sources, vec![0]);
        assert!(r.targets.is_empty());
        assert_eq!(r.content, vec![3]);
    }

    #[test]
    fn a_passive_takes_its_agent_as_source() {
        let (text, w) = parse_test_sentence(
            "Kiev Kiev PROPN 4 nsubj:pass
             a avoir AUX 4 aux
             été être AUX 4 aux:pass
             bombardée bombarder VERB 0 root Voice=Pass
             par par ADP 6 case
             Moscou Moscou PROPN 4 obl:agent",
        );
        let t = TreeView::new(&text, &w);
        let r = roles(&t, &words(), &verb(3));
        assert_eq!(r.sources, vec![5]);
        assert_eq!(r.targets, vec![0]);
    }

    #[test]
    fn an_inserted_reporting_clause_has_its_subject_after_the_verb() {
        // "« … », a dénoncé Zelensky, appelant ses alliés à livrer": the parser took the
        // inverted subject for an object; the adjunct takes it through its governor.
        let (text, w) = parse_test_sentence(
            "frappent frapper VERB 0 root
             a avoir AUX 3 aux
             dénoncé dénoncer VERB 1 parataxis:insert
             Zelensky Zelensky PROPN 3 obj
             appelant appeler VERB 3 advcl VerbForm=Part
             alliés allié NOUN 5 obj",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(subject_of(&t, &words(), 2, 0), Some(3));
        assert_eq!(subject_of(&t, &words(), 4, 0), Some(3));
        // The object of a clause that is not inserted stays an object.
        assert_eq!(subject_of(&t, &words(), 0, 0), None);
    }

    #[test]
    fn an_infinitive_takes_the_object_of_its_control_verb() {
        let (text, w) = parse_test_sentence(
            "Poutine Poutine PROPN 2 nsubj
             ordonne ordonner VERB 0 root
             à à ADP 4 case
             l'armée armée NOUN 2 iobj
             d' de ADP 6 mark
             attaquer attaquer VERB 2 xcomp
             Kiev Kiev PROPN 6 obj",
        );
        let t = TreeView::new(&text, &w);
        let r = roles(&t, &words(), &verb(5));
        assert_eq!(r.sources, vec![3]);
        assert_eq!(r.targets, vec![6]);
    }

    #[test]
    fn a_relative_pronoun_stands_for_its_noun() {
        let (text, w) = parse_test_sentence(
            "les le DET 2 det
             forces force NOUN 0 root
             qui qui PRON 4 nsubj PronType=Rel
             attaquent attaquer VERB 2 acl:relcl
             Kharkiv Kharkiv PROPN 4 obj",
        );
        let t = TreeView::new(&text, &w);
        let r = roles(&t, &words(), &verb(3));
        assert_eq!(r.sources, vec![1]);
        assert_eq!(r.targets, vec![4]);
    }

    #[test]
    fn a_nominalisation_with_an_agent_has_its_genitive_as_patient() {
        let (text, w) = parse_test_sentence(
            "l' le DET 2 det
             invasion invasion NOUN 0 root
             de de ADP 4 case
             l'Ukraine Ukraine PROPN 2 nmod
             par par ADP 6 case
             la_Russie Russie PROPN 2 nmod",
        );
        let t = TreeView::new(&text, &w);
        let mut p = verb(1);
        p.kind = PredicateKind::Noun;
        let r = roles(&t, &words(), &p);
        assert_eq!(r.sources, vec![5]);
        assert_eq!(r.targets, vec![3]);
    }

    #[test]
    fn the_obliques_of_a_noun_of_quantity_are_its_event_nouns() {
        let (text, w) = parse_test_sentence(
            "l'armée armée NOUN 2 nsubj
             effectue effectuer VERB 0 root
             une un DET 4 det
             vague vague NOUN 2 obj
             de de ADP 6 case
             frappes frappe NOUN 4 nmod
             contre contre ADP 8 case
             l'Ukraine Ukraine PROPN 4 nmod",
        );
        let t = TreeView::new(&text, &w);
        let mut clauses = words();
        clauses.transparent = ["vague".to_string()].into();
        let mut p = verb(5);
        p.kind = PredicateKind::Noun;
        p.light_verb = Some(1);
        let r = roles(&t, &clauses, &p);
        assert_eq!(r.sources, vec![0]);
        assert_eq!(r.targets, vec![7]);
    }

    #[test]
    fn a_reflexive_with_etre_is_active_whatever_the_label() {
        let (text, w) = parse_test_sentence(
            "les le DET 2 det
             troupes troupe NOUN 5 nsubj
             se soi PRON 5 obj Reflex=Yes
             sont être AUX 5 aux:tense
             retirées retirer VERB 0 root Voice=Pass
             de de ADP 7 case
             rive rive NOUN 5 obl:agent",
        );
        let t = TreeView::new(&text, &w);
        let r = roles(&t, &words(), &verb(4));
        assert_eq!(r.sources, vec![1]);
        assert!(!r.targets.contains(&1));
    }

    #[test]
    fn a_split_indefinite_article_still_marks_the_subject() {
        // "Des missiles ont frappé Kiev": "Des" read as "de" + "les", both on one token.
        let (text, mut w) = parse_test_sentence(
            "De de ADP 3 case
             les le DET 3 det
             missiles missile NOUN 5 obl:mod
             ont avoir AUX 5 aux:tense
             frappé frapper VERB 0 root
             Kiev Kiev PROPN 5 obj",
        );
        let token = vigie_core::Span::new(w[0].span.start, w[1].span.end);
        for x in &mut w[..2] {
            x.span = token;
            x.form = Some("des".into());
        }
        let t = TreeView::new(&text, &w);
        let r = roles(&t, &words(), &verb(4));
        assert_eq!(r.sources, vec![2]);
        assert_eq!(r.targets, vec![5]);
    }
}
