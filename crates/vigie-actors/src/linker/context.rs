//! What the resolver reads around a name hit before deciding anything: the knowledge-base
//! entries of the hit split by kind ([`Candidates`]), and the words right around it
//! ([`Surroundings`]): a capitalised word after it or a known given name before it say the hit
//! is part of a longer name, which the unlinked-name pass takes whole.

use super::{gap, is_capitalised, Hit, Kind, Linker, Norm, Token};

/// The knowledge-base entries of a name hit, by kind, in the automaton's order.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Candidates {
    /// Persons this word is the surname of (a one-word alias of a person).
    pub persons: Vec<u32>,
    /// Actors this is a full name or alias of.
    pub names: Vec<u32>,
}

impl Candidates {
    pub fn of(h: &Hit) -> Candidates {
        let of_kind = |k: Kind| {
            h.entries
                .iter()
                .filter(|e| e.kind == k)
                .map(|e| e.target)
                .collect()
        };
        Candidates {
            persons: of_kind(Kind::Surname),
            names: of_kind(Kind::Name),
        }
    }

    /// A surname alone: no actor has this as a full name. Resolved by the surname pass.
    pub fn surname_alone(&self) -> bool {
        !self.persons.is_empty() && self.names.is_empty()
    }
}

/// The words right around a name hit.
#[derive(Debug, Clone, Copy)]
pub(super) struct Surroundings<'t> {
    /// Index of the token the hit starts in.
    pub ti: Option<usize>,
    /// The token right before that one.
    pub before: Option<&'t Token>,
    /// A capitalised word that may belong to a name follows with only spaces between (not a
    /// sentence start, not a word of `not_names`): "Jordan Bardella", "Michel Dupont".
    pub followed_by_capital: bool,
    /// A capitalised known given name (not a word of `not_names`) comes right before:
    /// "Michael Jordan", "Paris Jackson" read from "Paris".
    pub preceded_by_given_name: bool,
}

impl Linker {
    /// Pass "surroundings": reads the tokens around hit `h`. Pure: the later passes decide what
    /// these facts mean for each kind of name.
    pub(super) fn surroundings<'t>(
        &self,
        h: &Hit,
        norm: &Norm,
        tokens: &'t [Token],
    ) -> Surroundings<'t> {
        let folded = norm.text();
        let ti = super::token_at(tokens, h.fs);
        let before = ti.and_then(|t| t.checked_sub(1)).map(|t| &tokens[t]);
        let after_t = Some(tokens.partition_point(|t| t.s < h.fe)).filter(|&t| t < tokens.len());
        let followed_by_capital = after_t.is_some_and(|t| {
            let tok = &tokens[t];
            gap(folded, h.fe, tok.s).is_empty()
                && !tok.sentence_start
                && is_capitalised(&norm.original()[norm.span(tok.s, tok.e).start..])
                && !self.cues.not_names.contains(&folded[tok.s..tok.e])
        });
        let preceded_by_given_name = before.is_some_and(|b| {
            gap(folded, b.e, h.fs).is_empty()
                && self.given_names.contains(&folded[b.s..b.e])
                && !self.cues.not_names.contains(&folded[b.s..b.e])
                && is_capitalised(&norm.original()[norm.span(b.s, b.e).start..])
        });
        Surroundings {
            ti,
            before,
            followed_by_capital,
            preceded_by_given_name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{linker, Seen};
    use super::*;

    #[test]
    fn candidates_split_surnames_from_names() {
        let l = linker();
        let seen = Seen::new(
            &l,
            "Lukashenko met Alexander Lukashenko's envoy from Belarus.",
        );
        let surname = Candidates::of(&seen.hits[seen.hit("Lukashenko")]);
        assert!(surname.surname_alone());
        assert_eq!(surname.persons.len(), 1);
        let full = Candidates::of(&seen.hits[seen.hit("Alexander Lukashenko")]);
        assert!(!full.surname_alone());
        assert_eq!(full.names, surname.persons);
        assert!(!Candidates::of(&seen.hits[seen.hit("Belarus")]).surname_alone());
    }

    #[test]
    fn a_capital_after_or_a_given_name_before_marks_a_longer_name() {
        let l = linker();
        let seen = Seen::new(&l, "Jordan Bardella et Jean Georgia. Jordan, Georgia.");
        let text = seen.norm.text();
        let at = |i: usize| l.surroundings(&seen.hits[i], &seen.norm, &seen.tokens);
        let first = at(0);
        assert!(first.followed_by_capital && !first.preceded_by_given_name);
        assert_eq!(first.ti, Some(0));
        assert!(first.before.is_none());
        let second = at(1);
        assert!(!second.followed_by_capital && second.preceded_by_given_name);
        let b = second.before.unwrap();
        assert_eq!(&text[b.s..b.e], "jean");
        for i in 2..4 {
            let s = at(i);
            assert!(
                !s.followed_by_capital && !s.preceded_by_given_name,
                "hit {i}"
            );
        }
    }
}
