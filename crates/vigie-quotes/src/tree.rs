//! Attribution over the dependency tree, for sentences that carry Universal Dependencies words.
//!
//! Who said what is grammar: the speaker of a speech predicate is its subject, wherever the
//! subject stands ("X a indiqué que", "« … », a indiqué l'état-major", "estime le
//! porte-parole"); what was reported is the predicate's clausal complement; "selon X" names
//! the source of the clause it modifies. Position cues (the detector's fallback for languages
//! without a syntax model) guess these from word order and stumble on inversions, appositions
//! and long subjects; the tree states them. Each pass below takes a [`TreeView`] and the
//! language's words ([`TreeWords`]) and returns word indices; turning a phrase into a speaker
//! (mentions, generic descriptions, pronouns) stays the detector's business.
//!
//! 1. [`speech_predicates`]: verbs whose lemma reports speech.
//! 2. [`speaker_of`]: the word naming the speaker: the subject (own, a relative pronoun's
//!    antecedent, the governor's for a participle or an infinitive, the first conjunct's), or a
//!    passive's agent ("a été annoncé par le ministère").
//! 3. [`phrase_of`]: the words of the speaker's phrase, appositions and conjuncts included
//!    ("le porte-parole du Kremlin, Dmitri Peskov"), relative and adverbial clauses left out.
//! 4. [`complement_of`]: the reported content: the clausal complement without its
//!    complementizer ("que", "that"), of the predicate or of its infinitive ("fait savoir que").
//! 5. [`according_to`]: "selon X", "d'après X", "according to X": X's phrase and the rest of
//!    the clause it modifies.
//!
//! The words are read from `lexicons/<lang>/clauses.toml` (`speech`, `according_to`,
//! `agent_case`, shared with the event coder) and `lexicons/<lang>/speech_verbs.toml`
//! (`lemmas`: further speech predicates the quote detector reads).

use std::collections::HashSet;

use vigie_core::{TreeView, Upos};

/// The function words the passes read, merged over all languages (a lemma of one language does
/// not occur as another's: articles mixing languages need no choice).
#[derive(Debug, Clone, Default)]
pub struct TreeWords {
    /// Lemmas of speech predicates (lowercase).
    pub speech: HashSet<String>,
    /// Case markers of a source ("selon", "de après", "according to"), as
    /// [`TreeView::markers`] gives them.
    pub according_to: HashSet<String>,
    /// Case markers of a passive's agent ("par", "by").
    pub agent_case: HashSet<String>,
    /// Case markers that name a source only in a phrase opening its sentence, before a comma
    /// ("Pour la présidente de la Commission, l'Union…"; "pour" is mostly a purpose).
    pub opening_sources: HashSet<String>,
}

/// Relations of a subject; `expl` ("il a été dit que", "it was said") names no one.
fn is_subject(rel: &str) -> bool {
    matches!(rel, "nsubj" | "csubj")
}

fn has_passive_auxiliary(tree: &TreeView, v: usize) -> bool {
    tree.children(v)
        .iter()
        .any(|&c| tree.deprel(c) == "aux:pass")
}

/// Pass 1: the speech predicates of a sentence, in order. A verb (or a participle tagged
/// otherwise) whose lemma is a speech predicate; the tag is not required when the word has a
/// clausal complement, since taggers read some participles as adjectives.
pub fn speech_predicates(tree: &TreeView, words: &TreeWords) -> Vec<usize> {
    (0..tree.len())
        .filter(|&w| {
            words.speech.contains(tree.lemma(w))
                && (tree.upos(w) == Upos::Verb || tree.children_rel(w, "ccomp").next().is_some())
        })
        .collect()
}

/// Pass 2: the word that names the speaker of predicate `v`. A passive's agent, else its own
/// subject (a relative pronoun standing for its antecedent), else, for a predicate without a
/// subject of its own, the subject of the verb it depends on: "déclarant que" (advcl), "a
/// dit … et a ajouté que" (conj), "pour dire que" (xcomp, advcl).
pub fn speaker_of(tree: &TreeView, words: &TreeWords, v: usize) -> Option<usize> {
    subject(tree, words, v, 0)
}

fn subject(tree: &TreeView, words: &TreeWords, v: usize, depth: usize) -> Option<usize> {
    if has_passive_auxiliary(tree, v) {
        // "a été annoncé par le ministère"; without an agent, no one is named.
        return tree.children(v).iter().copied().find(|&c| {
            tree.deprel(c) == "obl:agent"
                || (tree.rel(c) == "obl"
                    && tree.marker(c).is_some_and(|m| words.agent_case.contains(m)))
        });
    }
    let own = tree
        .children(v)
        .iter()
        .copied()
        .find(|&c| is_subject(tree.rel(c)));
    if let Some(s) = own {
        let relative = tree.upos(s) == Upos::Pron && tree.feat(s, "PronType") == Some("Rel");
        if relative && tree.rel(v) == "acl" {
            return tree.head(v);
        }
        return Some(s);
    }
    // An incise names its speaker after the verb, and parsers often read that subject as an
    // object ("…, a indiqué mardi l'état-major"): a speech verb in an incise takes no object of
    // its own, so a nominal object after it is the inverted subject.
    if tree.rel(v) == "parataxis" && tree.children_rel(v, "ccomp").next().is_none() {
        if let Some(o) = tree
            .children_rel(v, "obj")
            .find(|&o| o > v && matches!(tree.upos(o), Upos::Noun | Upos::Propn))
        {
            return Some(o);
        }
    }
    if depth >= 4 {
        return None;
    }
    let g = tree.head(v)?;
    match tree.rel(v) {
        "advcl" | "xcomp" | "conj" => subject(tree, words, g, depth + 1),
        _ => None,
    }
}

/// Relations that leave a speaker's phrase: clauses hanging on it ("Peskov, qui était en
/// visite, …") and loose attachments.
fn leaves_phrase(rel: &str) -> bool {
    matches!(
        rel,
        "acl"
            | "advcl"
            | "ccomp"
            | "xcomp"
            | "parataxis"
            | "csubj"
            | "dislocated"
            | "discourse"
            | "vocative"
            | "reparandum"
            | "dep"
            | "orphan"
    )
}

/// Pass 3: the words of the phrase headed by `head`, in order: determiners, modifiers,
/// complements, appositions and conjuncts ("l'OTAN et les États-Unis"), without the clauses
/// that hang on it, and without a case marker or punctuation at its edges.
pub fn phrase_of(tree: &TreeView, head: usize) -> Vec<usize> {
    let mut w = tree.subtree(head, &leaves_phrase);
    trim(tree, &mut w, |tree, x| {
        tree.upos(x) == Upos::Punct || (tree.rel(x) == "case" && tree.head(x) == Some(head))
    });
    w
}

/// Drops the words at both edges of `w` that `edge` refuses.
fn trim(tree: &TreeView, w: &mut Vec<usize>, edge: impl Fn(&TreeView, usize) -> bool) {
    while w.len() > 1 && edge(tree, w[w.len() - 1]) {
        w.pop();
    }
    let lead = w.iter().take_while(|&&x| edge(tree, x)).count();
    if lead < w.len() {
        w.drain(..lead);
    }
}

/// The words of predicate `v`'s own complements (objects, obliques, predicatives: "a qualifié
/// la décision de « signal clair »", "a dénoncé « une provocation »", "a ironisé sur une guerre
/// qui « ne se déroule pas »"), without its subject and the clauses it governs. Clauses on a
/// complement's noun (`acl`) stay: they are part of that complement, and parsers hang a
/// predicative "de « … »" on them.
pub fn complements(tree: &TreeView, v: usize) -> Vec<usize> {
    let mut w = tree.subtree(v, &|r| {
        is_subject(r)
            || matches!(
                r,
                "ccomp" | "advcl" | "parataxis" | "conj" | "expl" | "dislocated"
            )
    });
    w.retain(|&x| x != v);
    w
}

/// Pass 4: the content reported by predicate `v`: the subtree of its clausal complement (or of
/// the complement of its infinitive or participle: "fait savoir que", "laisse entendre que"),
/// without the complementizer that opens it and the punctuation at its edges.
pub fn complement_of(tree: &TreeView, v: usize) -> Option<Vec<usize>> {
    let c = tree.children_rel(v, "ccomp").next().or_else(|| {
        tree.children_rel(v, "xcomp")
            .find_map(|x| tree.children_rel(x, "ccomp").next())
    })?;
    Some(clause_words(tree, c, &[]))
}

/// The words of the clause headed by `c`, leaving out the subtrees of `except`, the
/// complementizer that opens the clause and the punctuation at its edges.
fn clause_words(tree: &TreeView, c: usize, except: &[usize]) -> Vec<usize> {
    let mut words = tree.subtree(c, &|_| false);
    if !except.is_empty() {
        let cut: Vec<usize> = except
            .iter()
            .flat_map(|&e| tree.subtree(e, &|_| false))
            .collect();
        words.retain(|w| !cut.contains(w));
    }
    trim(tree, &mut words, |tree, x| {
        tree.upos(x) == Upos::Punct
            || (tree.rel(x) == "mark" && tree.head(x) == Some(c))
            || (tree.upos(x) == Upos::Cconj && tree.head(x) == Some(c))
    });
    words
}

/// One "selon X": the source's head word and the clause it is the source of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The marker ("selon"; "d'" of "d'après").
    pub marker: usize,
    /// The head of X.
    pub source: usize,
    /// The words of the clause the source modifies, X's phrase left out, on the side of X that
    /// holds the most of them: "Selon X, A" is A, "A, selon X" is A, "Mais, selon X, A" is A.
    pub clause: Vec<usize>,
}

/// Pass 5: every "selon X", "d'après X", "according to X" of the sentence.
pub fn according_to(tree: &TreeView, words: &TreeWords) -> Vec<Source> {
    let mut out = Vec::new();
    for x in 0..tree.len() {
        if !matches!(tree.rel(x), "obl" | "nmod" | "advcl" | "advmod") {
            continue;
        }
        // Lemmas or forms: taggers lemmatise "according" to "accord".
        let spelled = |c: usize, word: &dyn Fn(usize) -> String| {
            let mut m = word(c);
            for f in tree.children_rel(c, "fixed") {
                m.push(' ');
                m.push_str(&word(f));
            }
            m
        };
        let is = |set: &HashSet<String>, c: usize| {
            set.contains(&spelled(c, &|w| tree.lemma(w).to_string()))
                || set.contains(&spelled(c, &|w| tree.form(w).to_string()))
        };
        let Some(marker) = tree.children(x).iter().copied().find(|&c| {
            matches!(tree.rel(c), "case" | "mark")
                && (is(&words.according_to, c)
                    || (is(&words.opening_sources, c) && opens_sentence(tree, c, x)))
        }) else {
            continue;
        };
        let Some(h) = tree.head(x) else { continue };
        let all = clause_words(tree, h, &[x]);
        let (before, after): (Vec<usize>, Vec<usize>) = all.into_iter().partition(|&w| w < x);
        let content = |mut side: Vec<usize>| {
            trim(tree, &mut side, |tree, w| {
                tree.upos(w) == Upos::Punct || tree.upos(w) == Upos::Cconj
            });
            side
        };
        let (before, after) = (content(before), content(after));
        let significant = |side: &[usize]| {
            side.iter()
                .filter(|&&w| tree.upos(w) != Upos::Punct)
                .count()
        };
        let clause = if significant(&after) > significant(&before) {
            after
        } else {
            before
        };
        out.push(Source {
            marker,
            source: x,
            clause,
        });
    }
    out
}

/// Whether marker `c` of phrase `x` opens the sentence (after punctuation or a conjunction
/// at most) and a comma closes the phrase.
fn opens_sentence(tree: &TreeView, c: usize, x: usize) -> bool {
    let first = (0..c).all(|w| matches!(tree.upos(w), Upos::Punct | Upos::Cconj));
    let phrase = phrase_of(tree, x);
    let after = phrase.last().map_or(x, |&l| l.max(x)) + 1;
    first && after < tree.len() && tree.form(after) == ","
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::tree::parse_test_sentence;

    fn words() -> TreeWords {
        TreeWords {
            speech: ["déclarer", "indiquer", "ajouter", "estimer", "say", "faire"]
                .map(String::from)
                .into(),
            according_to: ["selon", "de après", "according to"]
                .map(String::from)
                .into(),
            agent_case: ["par", "by"].map(String::from).into(),
            opening_sources: ["pour"].map(String::from).into(),
        }
    }

    fn forms(tree: &TreeView, w: &[usize]) -> String {
        w.iter()
            .map(|&i| tree.form(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_subject_of_a_forward_cue_and_its_complement() {
        let (text, w) = parse_test_sentence(
            "le le DET 2 det
             ministre ministre NOUN 4 nsubj
             a avoir AUX 4 aux
             déclaré déclarer VERB 0 root
             que que SCONJ 8 mark
             les le DET 7 det
             troupes troupe NOUN 8 nsubj
             partiront partir VERB 4 ccomp
             . . PUNCT 4 punct",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speech_predicates(&t, &words()), vec![3]);
        assert_eq!(speaker_of(&t, &words(), 3), Some(1));
        assert_eq!(forms(&t, &phrase_of(&t, 1)), "le ministre");
        let c = complement_of(&t, 3).unwrap();
        assert_eq!(forms(&t, &c), "les troupes partiront");
    }

    #[test]
    fn an_inverted_subject_with_its_apposition_is_the_speaker() {
        // « Nous restons prêts », a indiqué le porte-parole du Kremlin, Dmitri Peskov.
        let (text, w) = parse_test_sentence(
            "« « PUNCT 3 punct
             nous lui PRON 3 nsubj
             restons rester VERB 0 root
             prêts prêt ADJ 3 xcomp
             » » PUNCT 3 punct
             , , PUNCT 8 punct
             a avoir AUX 8 aux
             indiqué indiquer VERB 3 parataxis
             le le DET 10 det
             porte-parole porte-parole NOUN 8 nsubj
             du de ADP 12 case
             Kremlin Kremlin PROPN 10 nmod
             , , PUNCT 15 punct
             Dmitri Dmitri PROPN 15 flat
             Peskov Peskov PROPN 10 appos
             . . PUNCT 3 punct",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 7), Some(9));
        assert_eq!(
            forms(&t, &phrase_of(&t, 9)),
            "le porte-parole du kremlin , dmitri peskov"
        );
        assert_eq!(complement_of(&t, 7), None);
    }

    #[test]
    fn participles_and_conjuncts_take_the_subject_of_their_governor() {
        // Il a déclaré que A, ajoutant que B.
        let (text, w) = parse_test_sentence(
            "il il PRON 3 nsubj PronType=Prs
             a avoir AUX 3 aux
             déclaré déclarer VERB 0 root
             que que SCONJ 5 mark
             A A PROPN 3 ccomp
             , , PUNCT 7 punct
             ajoutant ajouter VERB 3 advcl
             que que SCONJ 9 mark
             B B PROPN 7 ccomp",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 6), Some(0));
        assert_eq!(forms(&t, &complement_of(&t, 6).unwrap()), "b");
    }

    #[test]
    fn a_relative_pronoun_stands_for_its_antecedent_and_a_passive_for_its_agent() {
        // Peskov, qui a estimé que A, … / A a été indiqué par le ministère.
        let (text, w) = parse_test_sentence(
            "Peskov Peskov PROPN 0 root
             , , PUNCT 4 punct
             qui qui PRON 4 nsubj PronType=Rel
             estime estimer VERB 1 acl:relcl
             que que SCONJ 6 mark
             A A PROPN 4 ccomp",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 3), Some(0));
        let (text, w) = parse_test_sentence(
            "cela cela PRON 4 nsubj:pass
             a avoir AUX 4 aux
             été être AUX 4 aux:pass
             indiqué indiquer VERB 0 root
             par par ADP 7 case
             le le DET 7 det
             ministère ministère NOUN 4 obl:agent",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 3), Some(6));
        assert_eq!(forms(&t, &phrase_of(&t, 6)), "le ministère");
    }

    #[test]
    fn the_infinitive_of_a_light_verb_carries_the_complement() {
        // X a fait savoir que A.
        let (text, w) = parse_test_sentence(
            "X X PROPN 3 nsubj
             a avoir AUX 3 aux
             fait faire VERB 0 root
             savoir savoir VERB 3 xcomp
             que que SCONJ 6 mark
             A A PROPN 4 ccomp",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(forms(&t, &complement_of(&t, 2).unwrap()), "a");
    }

    #[test]
    fn according_to_names_the_source_and_the_rest_of_the_clause() {
        // Selon le ministère, les troupes sont parties.
        let (text, w) = parse_test_sentence(
            "selon selon ADP 3 case
             le le DET 3 det
             ministère ministère NOUN 8 obl
             , , PUNCT 3 punct
             les le DET 6 det
             troupes troupe NOUN 8 nsubj
             sont être AUX 8 aux
             parties partir VERB 0 root
             . . PUNCT 8 punct",
        );
        let t = TreeView::new(&text, &w);
        let s = according_to(&t, &words());
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].source, 2);
        assert_eq!(forms(&t, &phrase_of(&t, 2)), "le ministère");
        assert_eq!(forms(&t, &s[0].clause), "les troupes sont parties");
        // The troops left, according to the ministry.
        let (text, w) = parse_test_sentence(
            "the the DET 2 det
             troops troop NOUN 3 nsubj
             left leave VERB 0 root
             , , PUNCT 7 punct
             according accord VERB 7 case
             to to ADP 5 fixed
             ministry ministry NOUN 3 obl
             . . PUNCT 3 punct",
        );
        let t = TreeView::new(&text, &w);
        let s = according_to(&t, &words());
        assert_eq!(s[0].source, 6);
        assert_eq!(forms(&t, &s[0].clause), "the troops left");
    }

    #[test]
    fn the_object_of_an_incise_is_its_inverted_subject() {
        // A, a indiqué mardi l'état-major.
        let (text, w) = parse_test_sentence(
            "A A PROPN 0 root
             , , PUNCT 4 punct
             a avoir AUX 4 aux
             indiqué indiquer VERB 1 parataxis:insert
             mardi mardi NOUN 4 obl:mod
             l' le DET 7 det
             état-major état-major NOUN 4 obj",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 3), Some(6));
        // Outside an incise an object stays an object: X a indiqué la route.
        let (text, w) = parse_test_sentence(
            "X X PROPN 3 nsubj
             a avoir AUX 3 aux
             indiqué indiquer VERB 0 root
             la le DET 5 det
             route route NOUN 3 obj",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 2), Some(0));
    }

    #[test]
    fn a_quotation_in_a_clause_on_the_object_is_among_the_complements() {
        // Il a qualifié la décision d'ouvrir … de « signal ».
        let (text, w) = parse_test_sentence(
            "il il PRON 3 nsubj
             a avoir AUX 3 aux
             qualifié qualifier VERB 0 root
             la le DET 5 det
             décision décision NOUN 3 obj
             ouvrir ouvrir VERB 5 acl
             de de ADP 8 case
             signal signal NOUN 6 obl",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(
            forms(&t, &complements(&t, 2)),
            "a la décision ouvrir de signal"
        );
    }

    #[test]
    fn an_expletive_subject_names_no_one() {
        // Il a été indiqué que A.
        let (text, w) = parse_test_sentence(
            "il il PRON 4 expl:subj
             a avoir AUX 4 aux
             été être AUX 4 aux:pass
             indiqué indiquer VERB 0 root
             que que SCONJ 6 mark
             A A PROPN 4 ccomp",
        );
        let t = TreeView::new(&text, &w);
        assert_eq!(speaker_of(&t, &words(), 3), None);
    }

    #[test]
    fn pour_names_a_source_only_opening_the_sentence() {
        // Pour la présidente, l'Union tiendra. / L'Union tiendra pour la présidente.
        let (text, w) = parse_test_sentence(
            "Pour pour ADP 3 case
             la le DET 3 det
             présidente présidente NOUN 7 obl
             , , PUNCT 3 punct
             l' le DET 6 det
             Union Union PROPN 7 nsubj
             tiendra tenir VERB 0 root",
        );
        let t = TreeView::new(&text, &w);
        let s = according_to(&t, &words());
        assert_eq!(s.len(), 1);
        assert_eq!(forms(&t, &s[0].clause), "l' union tiendra");
        let (text, w) = parse_test_sentence(
            "l' le DET 2 det
             Union Union PROPN 3 nsubj
             tiendra tenir VERB 0 root
             pour pour ADP 6 case
             la le DET 6 det
             présidente présidente NOUN 3 obl",
        );
        let t = TreeView::new(&text, &w);
        assert!(according_to(&t, &words()).is_empty());
    }
}
