//! Pass 3, actors: which actor mentions an argument word stands for. The mention on the word
//! itself; else the named person of an apposition ("le ministre polonais de la Défense,
//! Władysław Kosiniak-Kamysz"); else the first mention inside the argument's phrase ("les
//! troupes russes", "le porte-parole du Kremlin"), not going into its clauses. Coordination
//! ("Paris et Berlin") gives one actor per conjunct.

use vigie_core::Span;

use super::view::TreeView;

/// Relations not followed when looking for the mentions inside an argument's phrase.
fn closes_phrase(rel: &str) -> bool {
    matches!(
        rel,
        "acl" | "ccomp" | "parataxis" | "advcl" | "conj" | "cc" | "punct" | "appos" | "xcomp"
    )
}

/// Indices into `mentions` (sorted by start) of the actors argument `head` names.
pub fn actors_of(tree: &TreeView, mentions: &[Span], head: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack = vec![head];
    let mut seen = Vec::new();
    while let Some(h) = stack.pop() {
        if seen.contains(&h) || seen.len() > 8 {
            continue;
        }
        seen.push(h);
        let mut conj: Vec<usize> = tree.children_rel(h, "conj").collect();
        if let Some((m, at)) = one_actor(tree, mentions, h) {
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
fn covering(tree: &TreeView, mentions: &[Span], w: usize) -> Option<usize> {
    let s = tree.words[w].span;
    mentions
        .iter()
        .position(|m| m.start < s.end && s.start < m.end)
}

/// The actor of the phrase headed by `h`, with the word its mention was found on.
fn one_actor(tree: &TreeView, mentions: &[Span], h: usize) -> Option<(usize, usize)> {
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

fn first_inside(tree: &TreeView, mentions: &[Span], words: &[usize]) -> Option<(usize, usize)> {
    words
        .iter()
        .find_map(|&w| covering(tree, mentions, w).map(|m| (m, w)))
}

#[cfg(test)]
mod tests {
    use super::super::view::parse_test_sentence;
    use super::*;

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
        let span = |i: usize| w[i].span;
        // mentions: "polonais", "Kosiniak", "Berlin"
        let mentions = vec![span(2), span(4), span(6)];
        assert_eq!(actors_of(&t, &mentions, 1), vec![1, 2]);
        // Without the apposition the adjective names the actor.
        let mentions = vec![span(2), span(6)];
        assert_eq!(actors_of(&t, &mentions, 1), vec![0, 1]);
    }
}
