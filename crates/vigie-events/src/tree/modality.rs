//! Pass 4, modality: whether the act is denied, hypothetical (and of which kind), threatened,
//! and who reports it, read from the tree and the morphology: negators on the predicate and on
//! the verbs that govern it, auxiliaries and `Mood`/`Tense` features, governing verbs and
//! adjectives (pouvoir, vouloir, prêt à, threaten to), condition clauses (si, if), and the
//! speech verb whose complement holds the act (its subject reports it), or "selon X".

use vigie_core::Hypothetical;

use super::arguments::subject_of;
use super::lexicon::{ClauseWords, Governor, PredicateKind};
use super::predicates::Predicate;
use vigie_core::TreeView;

/// What the clause around a predicate says of its reality.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Modality {
    pub negated: bool,
    pub kind: Option<Hypothetical>,
    /// Governed by a threat verb: the act is the threat of doing it (CAMEO 13x).
    pub threat: bool,
    /// The word naming who reports the act (a speech verb's subject, "selon X").
    pub reporter: Option<usize>,
    /// Under a condition clause ("si", "if"): a conditional that no announcement makes an
    /// intent.
    pub conditioned: bool,
    /// Governed by a rejecting verb ("refused to deploy"): the act is the rejection of doing
    /// it (CAMEO 12x).
    pub rejected: bool,
}

/// Strength of a hypothetical kind when several apply ("pourrait envisager de…" is an intent).
pub fn rank(kind: Hypothetical) -> usize {
    match kind {
        Hypothetical::Intent => 6,
        Hypothetical::Readiness => 5,
        Hypothetical::Prediction => 4,
        Hypothetical::Conditional => 3,
        Hypothetical::Possibility => 2,
        Hypothetical::Future => 1,
    }
}

fn raise(m: &mut Modality, k: Hypothetical) {
    if m.kind.is_none_or(|old| rank(k) > rank(old)) {
        m.kind = Some(k);
    }
}

/// Negation, mood and tense of one verb (or adjective) and its auxiliaries.
fn own_marks(tree: &TreeView, words: &ClauseWords, v: usize, m: &mut Modality) {
    for &c in tree.children(v) {
        let rel = tree.rel(c);
        if matches!(rel, "advmod" | "neg" | "det" | "discourse" | "fixed")
            && words.negation.contains(tree.lemma(c))
        {
            m.negated = true;
        }
        if rel == "advmod" && tree.feat(c, "Polarity") == Some("Neg") {
            m.negated = true;
        }
        if rel == "aux" {
            if let Some(&k) = words.auxiliaries.get(tree.lemma(c)) {
                raise(m, k);
            }
            mood(tree, c, m);
        }
        // "aucun soldat n'a…", "no troops were sent".
        if matches!(rel, "nsubj" | "obj") {
            let denied = tree
                .children_rel(c, "det")
                .any(|d| words.negative_determiners.contains(tree.lemma(d)));
            if denied {
                m.negated = true;
            }
        }
    }
    mood(tree, v, m);
}

fn mood(tree: &TreeView, w: usize, m: &mut Modality) {
    if tree.feat(w, "Mood") == Some("Cnd") {
        raise(m, Hypothetical::Conditional);
    }
    if tree.feat(w, "Tense") == Some("Fut") {
        raise(m, Hypothetical::Future);
    }
}

/// The modality of predicate `p`.
pub fn modality(tree: &TreeView, words: &ClauseWords, p: &Predicate) -> Modality {
    let mut m = Modality::default();
    // A noun's act lives in the clause of the verb it hangs on ("n'a pas lancé d'offensive").
    let mut cur = match (p.kind, p.light_verb) {
        (PredicateKind::Noun, Some(lv)) => lv,
        (PredicateKind::Noun, None) => match tree.head(p.word) {
            Some(h) if matches!(tree.rel(p.word), "obj" | "nsubj") => h,
            _ => p.word,
        },
        (PredicateKind::Verb, _) => p.word,
    };
    if cur != p.word {
        own_marks(tree, words, p.word, &mut m);
    }
    for _ in 0..6 {
        own_marks(tree, words, cur, &mut m);
        according_to(tree, words, cur, &mut m);
        let Some(g) = tree.head(cur) else { break };
        let rel = tree.rel(cur);
        if rel == "advcl"
            && tree
                .markers(cur)
                .iter()
                .any(|mk| words.conditions.contains(mk))
        {
            raise(&mut m, Hypothetical::Conditional);
            m.conditioned = true;
            break;
        }
        if matches!(rel, "ccomp" | "parataxis") && words.speech.contains(tree.lemma(g)) {
            m.reporter = m.reporter.or_else(|| subject_of(tree, words, g, 0));
            break;
        }
        if !matches!(rel, "xcomp" | "ccomp" | "advcl" | "acl" | "csubj") {
            break;
        }
        match governor(tree, words, g) {
            Some(Governor::Kind(k)) => raise(&mut m, *k),
            Some(Governor::Threat) => m.threat = true,
            Some(Governor::Deny) => m.negated = true,
            Some(Governor::Reject) => m.rejected = true,
            None if rel == "xcomp" => {}
            None => break,
        }
        cur = g;
    }
    m
}

/// The governor word `g` is, by its lemma or else by its form: an adjectival participle
/// ("disposé à", "résolu à") is often tagged a passive verb whose lemma is a verb of
/// another sense ("disposer de" = to have), so the lists name such words by their form.
fn governor<'w>(tree: &TreeView, words: &'w ClauseWords, g: usize) -> Option<&'w Governor> {
    words
        .governors
        .get(tree.lemma(g))
        .or_else(|| words.governors.get(&tree.form(g).to_lowercase()))
}

/// "selon X", "according to X" on the clause: X reports the act.
fn according_to(tree: &TreeView, words: &ClauseWords, v: usize, m: &mut Modality) {
    if m.reporter.is_some() {
        return;
    }
    m.reporter = tree.children(v).iter().copied().find(|&c| {
        matches!(tree.rel(c), "obl" | "nmod" | "advcl")
            && tree
                .markers(c)
                .iter()
                .any(|mk| words.according_to.contains(mk))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::tree::parse_test_sentence;

    fn words() -> ClauseWords {
        let mut w = ClauseWords {
            negation: ["ne".to_string(), "pas".to_string()].into(),
            conditions: ["si".to_string()].into(),
            according_to: ["selon".to_string()].into(),
            speech: ["affirmer".to_string()].into(),
            ..Default::default()
        };
        w.governors
            .insert("prêt".into(), Governor::Kind(Hypothetical::Readiness));
        w.governors
            .insert("disposé".into(), Governor::Kind(Hypothetical::Readiness));
        w.governors.insert("menacer".into(), Governor::Threat);
        w.governors.insert("refuser".into(), Governor::Reject);
        w
    }

    #[test]
    fn a_rejecting_governor_marks_the_act_rejected_not_denied() {
        let m = of(
            "Washington Washington PROPN 2 nsubj
             refuse refuser VERB 0 root
             de de ADP 4 mark
             participer participer VERB 2 xcomp",
            3,
        );
        assert!(m.rejected && !m.negated);
    }

    fn verb(word: usize) -> Predicate {
        Predicate::verb_for_tests(word)
    }

    fn of(lines: &str, word: usize) -> Modality {
        let (text, w) = parse_test_sentence(lines);
        modality(&TreeView::new(&text, &w), &words(), &verb(word))
    }

    #[test]
    fn negation_of_the_verb_and_of_its_governor() {
        let m = of(
            "les le DET 2 det
             troupes troupe NOUN 4 nsubj
             n' ne ADV 4 advmod
             entreront entrer VERB 0 root Mood=Ind|Tense=Fut
             pas pas ADV 4 advmod",
            3,
        );
        assert!(m.negated);
        assert_eq!(m.kind, Some(Hypothetical::Future));
    }

    #[test]
    fn readiness_threat_and_conditions_come_from_governors() {
        let m = of(
            "ils il PRON 2 nsubj
             sont être AUX 3 cop
             prêts prêt ADJ 0 root
             à à ADP 5 mark
             intervenir intervenir VERB 3 xcomp",
            4,
        );
        assert_eq!(m.kind, Some(Hypothetical::Readiness));
        // An adjectival participle tagged as a verb: its form names it, not its lemma.
        let m = of(
            "il il PRON 2 nsubj
             dit dire VERB 0 root
             disposé disposer VERB 2 xcomp Voice=Pass
             à à ADP 5 mark
             discuter discuter VERB 3 xcomp",
            4,
        );
        assert_eq!(m.kind, Some(Hypothetical::Readiness));
        let m = of(
            "Moscou Moscou PROPN 2 nsubj
             menace menacer VERB 0 root
             de de ADP 4 mark
             frapper frapper VERB 2 xcomp",
            3,
        );
        assert!(m.threat && m.kind.is_none());
        let m = of(
            "si si SCONJ 2 mark
             attaque attaquer VERB 4 advcl
             Kiev Kiev PROPN 4 nsubj
             répondra répondre VERB 0 root Tense=Fut",
            1,
        );
        assert_eq!(m.kind, Some(Hypothetical::Conditional));
        assert!(m.conditioned);
    }

    #[test]
    fn a_speech_verb_subject_reports_the_act() {
        let m = of(
            "Kiev Kiev PROPN 2 nsubj
             affirme affirmer VERB 0 root
             que que SCONJ 5 mark
             Moscou Moscou PROPN 5 nsubj
             attaque attaquer VERB 2 ccomp",
            4,
        );
        assert_eq!(m.reporter, Some(0));
        assert!(!m.negated);
    }
}
