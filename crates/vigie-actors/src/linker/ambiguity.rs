//! Resolution pass for names that may be several things: which candidate a name hit is
//! ([`Choice`]: the one the article supports when several actors share the name), and whether
//! that reading stands ([`Reading`]): ambiguous names (Georgia, Jordan) link only when nothing
//! in the article or right before them points to their other reading, and a place or country
//! right after a given name is a surname ("George Washington"), left to the unlinked-name pass.

use vigie_core::{fold::fold, EntityType, LinkRule};

use super::context::{Candidates, Surroundings};
use super::{gap, Context, Hit, Linker};

/// The candidate a name hit is read as.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Choice {
    /// Actor index.
    pub actor: u32,
    /// Another candidate is a different non-person actor: the name itself is ambiguous.
    pub distinct: bool,
    /// How it was chosen: the only candidate, the one the article supports, or the first.
    pub why: LinkRule,
}

/// Whether the chosen actor's reading stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Reading {
    /// Part of a longer name (a capital after it, a given name before it): no mention here; the
    /// unlinked-name pass takes the whole name.
    PartOfName,
    /// The other reading, index into `Cues::readings`, selected by the word right before
    /// ("fleuve Jordan").
    Other(usize),
    /// Nothing settles the reading: an unlinked mention of this type (`Unknown` for a name of
    /// distinct actors, `Place` for an ambiguous name the article points away from).
    Undecided(EntityType),
    /// The chosen actor.
    Actor,
}

impl Linker {
    /// Pass "candidate choice": all full-name candidates then the surname ones (adjacent
    /// duplicates dropped); among several, the one the article otherwise names without
    /// ambiguity wins when it is the only one; else the first.
    pub(super) fn choose(&self, c: &Candidates, ctx: &Context) -> Choice {
        let mut candidates: Vec<u32> = c.names.clone();
        candidates.extend(c.persons.iter().copied());
        candidates.dedup();
        // Prefer actors the article supports otherwise.
        let mut why = LinkRule::OnlyActor;
        if candidates.len() > 1 {
            let supported: Vec<u32> = candidates
                .iter()
                .copied()
                .filter(|c| ctx.support.contains(c))
                .collect();
            why = LinkRule::FirstOfSeveral;
            if supported.len() == 1 {
                candidates = supported;
                why = LinkRule::SupportedByArticle;
            }
        }
        let actor = candidates[0];
        let a = self.actor(actor);
        let distinct = candidates
            .iter()
            .any(|&c| self.actor(c).id != a.id && self.actor(c).kind != EntityType::Person);
        Choice {
            actor,
            distinct,
            why,
        }
    }

    /// Pass "ambiguity". A place or country right after a given name is part of a person's
    /// name. An ambiguous actor (or a name of distinct actors) is part of a name when a capital
    /// follows or a given name precedes; takes its other reading when the word right before
    /// is one of that reading's `before` cues; stays undecided for distinct actors, or when the
    /// article does not otherwise support the actor and some other reading's article cues
    /// occur. Everything else is the chosen actor.
    pub(super) fn reading(
        &self,
        choice: Choice,
        h: &Hit,
        folded: &str,
        around: &Surroundings,
        ctx: &Context,
    ) -> Reading {
        let a_i = choice.actor;
        let a = self.actor(a_i);
        let distinct = choice.distinct;
        // A place after a given name is a surname ("George Washington", "Paris Jackson"):
        // the unlinked-name pass takes the whole name.
        if around.preceded_by_given_name
            && matches!(a.kind, EntityType::Place | EntityType::Country)
        {
            return Reading::PartOfName;
        }
        // An ambiguous weapon system named by its bare word ("Patriot", "Leopard", "Бук")
        // needs a weapon context: a weapon word near it, or another weapon system named in the
        // article. Otherwise it is no mention of the knowledge base; the unlinked-name pass
        // reads the word as it would without the weapon.
        if a.kind == EntityType::WeaponSystem
            && a.ambiguous
            && self.bare_weapon(&folded[h.fs..h.fe])
            && !ctx.weapons
            && !self.weapon_context(folded, h.fs, h.fe)
        {
            return Reading::PartOfName;
        }
        if !(a.ambiguous || distinct) {
            return Reading::Actor;
        }
        // Part of a person's name ("Jordan Bardella", "Michael Jordan")? The unlinked-name
        // pass takes it.
        if around.followed_by_capital || around.preceded_by_given_name {
            return Reading::PartOfName;
        }
        let other = self.readings.get(&a_i).into_iter().flatten().find(|&&r| {
            around.before.is_some_and(|b| {
                gap(folded, b.e, h.fs).is_empty()
                    && self.cues.readings[r]
                        .before
                        .iter()
                        .any(|w| fold(w) == folded[b.s..b.e])
            })
        });
        let undecided = distinct
            || (!ctx.support.contains(&a_i)
                && self
                    .readings
                    .get(&a_i)
                    .into_iter()
                    .flatten()
                    .any(|r| ctx.other_readings.contains(r)));
        if let Some(&r) = other {
            return Reading::Other(r);
        }
        if undecided {
            return Reading::Undecided(if distinct {
                EntityType::Unknown
            } else {
                EntityType::Place
            });
        }
        Reading::Actor
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{linker, Seen};
    use super::*;

    #[test]
    fn the_candidate_the_article_supports_wins() {
        let l = linker();
        let geo = l.kb.index_of("GEO").unwrap() as u32;
        let blr = l.kb.index_of("BLR").unwrap() as u32;
        let c = Candidates {
            persons: vec![],
            names: vec![geo, blr],
        };
        let mut ctx = Context::default();
        assert_eq!(
            l.choose(&c, &ctx),
            Choice {
                actor: geo,
                distinct: true,
                why: LinkRule::FirstOfSeveral,
            }
        );
        ctx.support.insert(blr);
        assert_eq!(
            l.choose(&c, &ctx),
            Choice {
                actor: blr,
                distinct: false,
                why: LinkRule::SupportedByArticle,
            }
        );
    }

    #[test]
    fn an_ambiguous_name_links_unless_something_points_to_its_other_reading() {
        let l = linker();
        let seen = Seen::new(
            &l,
            "Le fleuve Jordan et la Jordan; Georgia, Jordan Bardella.",
        );
        let folded = seen.norm.text();
        let mut ctx = Context::default();
        let at = |i: usize, ctx: &Context| {
            let h = &seen.hits[i];
            let around = l.surroundings(h, &seen.norm, &seen.tokens);
            let choice = l.choose(&Candidates::of(h), ctx);
            l.reading(choice, h, folded, &around, ctx)
        };
        // "fleuve" before it selects the river.
        assert!(matches!(at(0, &ctx), Reading::Other(_)));
        assert_eq!(at(1, &ctx), Reading::Actor);
        assert_eq!(at(3, &ctx), Reading::PartOfName);
        // Article cues of the US state, and no other support for the country.
        ctx.other_readings.extend(0..l.cues.readings.len());
        assert_eq!(at(2, &ctx), Reading::Undecided(EntityType::Place));
        ctx.support.insert(l.kb.index_of("GEO").unwrap() as u32);
        assert_eq!(at(2, &ctx), Reading::Actor);
    }

    #[test]
    fn a_place_after_a_given_name_is_a_surname() {
        let l = linker();
        let seen = Seen::new(&l, "Erna Minsk a parlé à Minsk.");
        let folded = seen.norm.text();
        let ctx = Context::default();
        let at = |i: usize| {
            let h = &seen.hits[i];
            let around = l.surroundings(h, &seen.norm, &seen.tokens);
            l.reading(l.choose(&Candidates::of(h), &ctx), h, folded, &around, &ctx)
        };
        assert_eq!(at(0), Reading::PartOfName);
        assert_eq!(at(1), Reading::Actor);
    }
}
