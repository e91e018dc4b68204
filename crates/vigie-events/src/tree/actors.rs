//! Pass 3, actors: which actor mentions an argument word stands for. The mention on the word
//! itself; else the named person of an apposition ("le ministre polonais de la Défense,
//! Władysław Kosiniak-Kamysz"); else the first mention inside the argument's phrase ("les
//! troupes russes", "le porte-parole du Kremlin"), not going into its clauses. Coordination
//! ("Paris et Berlin") gives one actor per conjunct.

use vigie_core::Span;

/// An actor mention of the sentence as this pass needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceMention {
    pub span: Span,
    /// A place that is not standing for an actor: inside a phrase, an actor is preferred.
    pub place: bool,
}

use vigie_core::TreeView;

/// Relations not followed when looking for the mentions inside an argument's phrase.
fn closes_phrase(rel: &str) -> bool {
    matches!(
        rel,
        "acl" | "ccomp" | "parataxis" | "advcl" | "conj" | "cc" | "punct" | "appos" | "xcomp"
    )
}

/// Indices into `mentions` (sorted by start) of the actors argument `head` names.
pub fn actors_of(tree: &TreeView, mentions: &[SentenceMention], head: usize) -> Vec<usize> {
    actors_within(tree, mentions, head, Reach::Wide)
}

/// How far inside an argument's phrase an actor is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The noun phrase proper (modifiers, complements), not its participles or clauses: for
    /// the arguments of event nouns, whose phrases are long chains of "de".
    Phrase,
    /// Also its participle modifiers ("des sites liés au programme du régime syrien").
    Wide,
}

/// [`actors_of`] within a chosen reach.
pub fn actors_within(
    tree: &TreeView,
    mentions: &[SentenceMention],
    head: usize,
    reach: Reach,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack = vec![head];
    let mut seen = Vec::new();
    while let Some(h) = stack.pop() {
        if seen.contains(&h) || seen.len() > 8 {
            continue;
        }
        seen.push(h);
        let mut conj: Vec<usize> = tree.children_rel(h, "conj").collect();
        if let Some((m, at)) = one_actor(tree, mentions, h, reach) {
            if !out.contains(&m) {
                out.push(m);
            }
            // "des soldats français et estoniens": the modifier's own conjuncts.
            if at != h {
                conj.extend(tree.children_rel(at, "conj"));
            }
        }
        // Conjuncts are pushed in reverse so they come out in sentence order.
        stack.extend(conj.into_iter().rev());
    }
    out
}

/// The mention on word `w`: overlapping its token, since a mention may cover part of one
/// ("Vietnamese" in "Vietnamese-led").
fn covering(tree: &TreeView, mentions: &[SentenceMention], w: usize) -> Option<usize> {
    let s = tree.words[w].span;
    mentions
        .iter()
        .position(|m| m.span.start < s.end && s.start < m.span.end)
}

/// The actor of the phrase headed by `h`, with the word its mention was found on.
fn one_actor(
    tree: &TreeView,
    mentions: &[SentenceMention],
    h: usize,
    reach: Reach,
) -> Option<(usize, usize)> {
    if let Some(m) = covering(tree, mentions, h) {
        return Some((m, h));
    }
    for a in tree.children_rel(h, "appos") {
        if let Some(m) = covering(tree, mentions, a) {
            return Some((m, a));
        }
        let sub = tree.subtree(a, &closes_phrase);
        if let Some(found) = first_inside(tree, mentions, &sub) {
            return Some(found);
        }
    }
    let sub = tree.subtree(h, &closes_phrase);
    if let Some(found) = first_inside(tree, mentions, &sub) {
        return Some(found);
    }
    if reach == Reach::Phrase {
        return None;
    }
    // Nothing in the noun phrase proper: its participle modifiers ("des sites liés au
    // programme du régime syrien"), still not its relative or other clauses.
    let wider = tree.subtree_deprel(h, &|d| {
        d == "acl:relcl"
            || matches!(
                d.split(':').next(),
                Some("ccomp" | "parataxis" | "advcl" | "conj" | "punct")
            )
    });
    first_inside(tree, mentions, &wider)
}

/// The first mention inside a phrase, an actor before a place ("la visite à Taipei de la
/// présidente américaine" names the American, not Taipei).
fn first_inside(
    tree: &TreeView,
    mentions: &[SentenceMention],
    words: &[usize],
) -> Option<(usize, usize)> {
    let found = || {
        words
            .iter()
            .filter_map(|&w| covering(tree, mentions, w).map(|m| (m, w)))
    };
    found()
        .find(|&(m, _)| !mentions[m].place)
        .or_else(|| found().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::tree::parse_test_sentence;

    #[test]
    fn apposition_coordination_and_modifiers_give_the_actors() {
        let (text, w) = parse_test_sentence(
            "le le DET 2 det
             ministre ministre NOUN 0 root
             polonais polonais ADJ 2 amod
             , , PUNCT 5 punct
             Kosiniak Kosiniak PROPN 2 appos
             et et CCONJ 7 cc
             Berlin Berlin PROPN 2 conj",
        );
        let t = TreeView::new(&text, &w);
        let at = |i: usize| SentenceMention {
            span: w[i].span,
            place: false,
        };
        // mentions: "polonais", "Kosiniak", "Berlin"
        let mentions = vec![at(2), at(4), at(6)];
        assert_eq!(actors_of(&t, &mentions, 1), vec![1, 2]);
        // Without the apposition the adjective names the actor.
        let mentions = vec![at(2), at(6)];
        assert_eq!(actors_of(&t, &mentions, 1), vec![0, 1]);
        // A place inside the phrase gives way to an actor of the same phrase.
        let (text, w) = parse_test_sentence(
            "la le DET 2 det
             visite visite NOUN 0 root
             à à ADP 4 case
             Taipei Taipei PROPN 2 nmod
             de de ADP 6 case
             la_présidente présidente NOUN 2 nmod
             américaine américain ADJ 6 amod",
        );
        let t = TreeView::new(&text, &w);
        let mentions = vec![
            SentenceMention {
                span: w[3].span,
                place: true,
            },
            SentenceMention {
                span: w[6].span,
                place: false,
            },
        ];
        assert_eq!(actors_of(&t, &mentions, 1), vec![1]);
        // With no actor in it, the place is what the phrase names.
        assert_eq!(actors_of(&t, &mentions[..1], 1), vec![0]);
    }
}
