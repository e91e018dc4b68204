//! Resolution pass for a surname alone (a one-word alias of a person, no full name of any
//! actor): whether the capitalised word before it is the person's given name in another
//! spelling, another person's given name, or neither; then which person the surname is, if any.
//!
//! A surname is a weak cue: "Michel" is also a given name, "Solberg" may be another Solberg.
//! These passes link it only when the article or the words before it settle who it is.

use vigie_core::{MentionHow, Span};

use super::context::Surroundings;
use super::{gap, gap_is_plain, is_capitalised, Context, Found, Group, Hit, Linker, Norm};
use crate::translit::{name_key, word_key};

/// What the capitalised word right before a surname says.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum GivenName {
    /// The two words are a spelling of the person's full name ("Alexander Lukashenka"): the
    /// person, linked over both words (`whole`, starting at folded offset `fs`).
    Same { person: u32, whole: Span, fs: usize },
    /// Another given name: another person ("Ingrid Solberg" is not the Solberg of the knowledge
    /// base). Nothing is linked; the full form is remembered so that the surname alone later
    /// joins it, and the unlinked-name pass takes the name.
    Other { whole: Span },
}

/// Who a surname alone is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum SurnameUse {
    /// The surname of an unknown person named in full earlier ([`GivenName::Other`]).
    Deferred { canonical: String },
    /// A surname that is also a given name, or that a capital follows, with neither a full
    /// name earlier nor a title before it: no mention here.
    Weak,
    /// The surname of an unlinked person named in full earlier, no known person being chosen.
    Unlinked(Group),
    /// The person named in full earlier, or the only candidate (holding a role at the date).
    Person(u32),
    /// Several persons share the surname and nothing chooses between them.
    Ambiguous,
}

impl Linker {
    /// Pass "given name before a surname". A capitalised word right before the surname (not
    /// a function word starting a sentence, not a title, not the end of the previous hit) is
    /// either the person's given name in a spelling the knowledge base lacks (their full-name
    /// key matches) or another person's. `None` when no such word is there.
    pub(super) fn given_name_before(
        &self,
        hits: &[Hit],
        i: usize,
        norm: &Norm,
        around: &Surroundings,
        persons: &[u32],
    ) -> Option<GivenName> {
        let folded = norm.text();
        let h = &hits[i];
        let b = around.before.filter(|b| {
            gap(folded, b.e, h.fs).is_empty()
                && !b.sentence_start_only_word(folded, &self.cues)
                && is_capitalised(&norm.original()[norm.span(b.s, b.e).start..])
                && !(i > 0 && hits[i - 1].fe == b.e)
                && !self.cues.person_titles.contains(&folded[b.s..b.e])
        })?;
        let full = format!("{} {}", &folded[b.s..b.e], &folded[h.fs..h.fe]);
        let full_key = name_key(&full);
        let whole = Span::new(norm.span(b.s, b.e).start, h.span.end);
        Some(
            match persons.iter().find(|&&p| {
                self.full_keys
                    .get(&full_key)
                    .is_some_and(|v| v.contains(&p))
            }) {
                Some(&person) => GivenName::Same {
                    person,
                    whole,
                    fs: b.s,
                },
                None => GivenName::Other { whole },
            },
        )
    }

    /// Pass "surname alone" (no given name before it). In order: the surname of an unknown
    /// person named in full earlier; too weak to link (also a given name, or a capital after
    /// it) unless a full name earlier or a title before it (a word of `person_titles`, or a
    /// sector mention ending right before: "le président Loukachenko") vouches for it; the
    /// person named in full earlier, else the one candidate active at `date`; else an unlinked
    /// person named earlier; else ambiguous. `last` is the latest mention written.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn surname_use(
        &self,
        h: &Hit,
        norm: &Norm,
        around: &Surroundings,
        persons: &[u32],
        date: &str,
        ctx: &Context,
        last: Option<&Found>,
    ) -> SurnameUse {
        let folded = norm.text();
        let span = h.span;
        let surface = &norm.original()[span.start..span.end];
        let key = word_key(surface);
        if let Some(full) = ctx.deferred.get(&key) {
            return SurnameUse::Deferred {
                canonical: full.clone(),
            };
        }
        // A surname that is also a given name ("Michel", "Gabriel"), or that a capital
        // follows ("Michel Dupont"), is that person's only after their full name or a title.
        let weak = around.followed_by_capital || self.given_names.contains(&folded[h.fs..h.fe]);
        let title_before = around.before.is_some_and(|b| {
            gap_is_plain(folded, b.e, h.fs) && self.cues.person_titles.contains(&folded[b.s..b.e])
        }) || last.is_some_and(|f| {
            f.mention.how == Some(MentionHow::Agent)
                && f.span.end <= span.start
                && norm.original()[f.span.end..span.start]
                    .chars()
                    .all(char::is_whitespace)
        });
        if weak && !title_before && !ctx.full_persons.contains_key(&key) {
            return SurnameUse::Weak;
        }
        let chosen = ctx
            .full_persons
            .get(&key)
            .copied()
            .filter(|p| persons.contains(p))
            .or_else(|| self.pick_person(persons, date));
        if let Some(group) = ctx.unlinked.get(&key).filter(|_| chosen.is_none()) {
            return SurnameUse::Unlinked(group.clone());
        }
        match chosen {
            Some(p) => SurnameUse::Person(p),
            None => SurnameUse::Ambiguous,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::context::Candidates;
    use super::super::fixture::{linker, Seen};
    use super::*;

    fn id(l: &Linker, i: u32) -> &str {
        &l.actor(i).id
    }

    #[test]
    fn a_given_name_in_another_spelling_joins_the_surname() {
        let l = linker();
        // "Aleksander" is not in the fixture, but the full-name key is Alexander Lukashenko's.
        let seen = Seen::new(&l, "Hier, Aleksander Lukashenko a parlé.");
        let i = seen.hit("Lukashenko");
        let around = l.surroundings(&seen.hits[i], &seen.norm, &seen.tokens);
        let c = Candidates::of(&seen.hits[i]);
        match l.given_name_before(&seen.hits, i, &seen.norm, &around, &c.persons) {
            Some(GivenName::Same { person, whole, .. }) => {
                assert_eq!(id(&l, person), "person:alexander_lukashenko");
                assert_eq!(seen.text(whole), "Aleksander Lukashenko");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn another_given_name_is_another_person_and_a_title_is_no_given_name() {
        let l = linker();
        let seen = Seen::new(&l, "Hier, Ingrid Solberg a parlé au président Solberg.");
        let at = |i: usize| {
            assert_eq!(seen.text(seen.hits[i].span), "Solberg");
            let around = l.surroundings(&seen.hits[i], &seen.norm, &seen.tokens);
            let c = Candidates::of(&seen.hits[i]);
            l.given_name_before(&seen.hits, i, &seen.norm, &around, &c.persons)
        };
        match at(0) {
            Some(GivenName::Other { whole }) => assert_eq!(seen.text(whole), "Ingrid Solberg"),
            other => panic!("{other:?}"),
        }
        // "président" (hit 1, a sector word) is a title: not a given name.
        assert_eq!(at(2), None);
    }

    #[test]
    fn a_surname_links_when_the_article_or_a_title_settles_who_it_is() {
        let l = linker();
        let seen = Seen::new(
            &l,
            "Le président Michel arrive. Michel Dupont aussi. Solberg part.",
        );
        let mut ctx = Context::default();
        let at = |i: usize, ctx: &Context| {
            let h = &seen.hits[i];
            let around = l.surroundings(h, &seen.norm, &seen.tokens);
            let c = Candidates::of(h);
            l.surname_use(h, &seen.norm, &around, &c.persons, "2020-01-01", ctx, None)
        };
        assert_eq!(seen.text(seen.hits[1].span), "Michel");
        assert_eq!(seen.text(seen.hits[2].span), "Michel");
        assert_eq!(seen.text(seen.hits[3].span), "Solberg");
        let michel = seen.hits[1].entries[0].target;
        assert_eq!(id(&l, michel), "person:michel_test");
        // "Michel" is also a given name (Michel Barnier): a title vouches for it.
        assert_eq!(at(1, &ctx), SurnameUse::Person(michel));
        // A capital after it, no title: weak.
        assert_eq!(at(2, &ctx), SurnameUse::Weak);
        // After the full name, even a weak surname is that person.
        ctx.full_persons.insert(word_key("Michel"), michel);
        assert_eq!(at(2, &ctx), SurnameUse::Person(michel));
        // An unknown person named in full earlier takes the surname.
        ctx.deferred
            .insert(word_key("Solberg"), "Ingrid Solberg".to_string());
        assert_eq!(
            at(3, &ctx),
            SurnameUse::Deferred {
                canonical: "Ingrid Solberg".to_string()
            }
        );
    }
}
