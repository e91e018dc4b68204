//! Resolution pass for sector words and country adjectives: which hits compose a sector code
//! ("les troupes biélorusses" → BLRMIL, "un responsable militaire de l'OTAN" → IGONATMIL) and
//! which adjectives stand alone as mentions of their country.
//!
//! These passes only decide; [`Linker::apply_composed`] writes the composed mention and marks
//! the hits it consumed, so the order of mentions and of the resolver's steps is the one of the
//! text.

use vigie_core::{EntityType, LinkRule, MentionHow, Span};

use super::{gap, is_one_lowercase_word, Found, Hit, Kind, Linker};

/// A sector code to compose: the actor `target` (or its country) with the sector `sector`,
/// spanning hits `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Composed {
    /// Actor index the sector belongs to.
    pub target: u32,
    /// Sector index (into [`Linker::sectors`]).
    pub sector: u32,
    /// The whole mention, from the first sector word or adjective to the last word composed.
    pub span: Span,
    /// First hit consumed.
    pub first: usize,
    /// Last hit consumed; resolution resumes after it.
    pub last: usize,
}

/// What a run of sector words decided.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum SectorRun {
    /// Composed with the adjective after the run, or with the actor after "de/of".
    Composed(Composed),
    /// Sector words with nothing to compose: no mention; resolution resumes at `next`.
    Alone { next: usize },
}

/// What a country adjective decided.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum AdjectiveUse {
    /// Adjective + sector words: "Belarusian troops".
    Composed(Composed),
    /// The adjective alone is a mention of its actor.
    Alone { actor: u32 },
}

/// The last hit of the run of sector words that follows hit `i` with nothing in between
/// ("responsable militaire", "forces armées"); `i` itself when none follows.
pub(super) fn agent_run_end(hits: &[Hit], i: usize, folded: &str) -> usize {
    let mut j = i;
    while j + 1 < hits.len()
        && hits[j + 1].is_only(Kind::Agent)
        && gap(folded, hits[j].fe, hits[j + 1].fs).is_empty()
    {
        j += 1;
    }
    j
}

impl Linker {
    /// Pass "sector words": hit `i` is a sector word (and no name). The run of adjacent sector
    /// words it starts takes the sector of its last word, and composes with a country adjective
    /// right after it, or one lowercase word on ("les troupes régulières biélorusses"), which is
    /// consumed too; or, after "de/of", with
    /// the actor named next when that actor has a code, or with the country of the one person
    /// named next ("les forces de Poutine"). The actor after "de/of" is not consumed: its name
    /// is still a mention of it.
    pub(super) fn sector_run(&self, hits: &[Hit], i: usize, folded: &str) -> SectorRun {
        let j = agent_run_end(hits, i, folded);
        let (Some(sector), Some(next)) = (hits[j].agent(), hits.get(j + 1)) else {
            return SectorRun::Alone { next: j + 1 };
        };
        let g = gap(folded, hits[j].fe, next.fs);
        // Sector word + adjective: "les troupes biélorusses", "ministère biélorusse".
        if let Some(adj) = next.adjective() {
            if g.is_empty() || is_one_lowercase_word(g) {
                return SectorRun::Composed(Composed {
                    target: adj,
                    sector,
                    span: Span::new(hits[i].span.start, next.span.end),
                    first: i,
                    last: j + 1,
                });
            }
        }
        // Sector word + "de/of" + actor: "un responsable militaire de l'OTAN".
        if self.cues.of.contains(g) {
            if let Some(target) = next
                .name()
                .filter(|&t| self.composable(t))
                .or_else(|| self.leader_country(next))
            {
                return SectorRun::Composed(Composed {
                    target,
                    sector,
                    span: Span::new(hits[i].span.start, next.span.end),
                    first: i,
                    last: j,
                });
            }
        }
        SectorRun::Alone { next: j + 1 }
    }

    /// "les forces de Poutine", "le régime de Loukachenko": a leader's forces or government are
    /// his country's. Only when the hit names exactly one person, no non-person, and that
    /// person's country can take a sector.
    pub(super) fn leader_country(&self, next: &Hit) -> Option<u32> {
        let persons: Vec<u32> = next
            .entries
            .iter()
            .filter(|e| matches!(e.kind, Kind::Name | Kind::Surname))
            .map(|e| e.target)
            .filter(|&t| self.actor(t).kind == EntityType::Person)
            .collect();
        match persons.as_slice() {
            [p] if !super::has_kind(next, Kind::Name, |t| {
                self.actor(t).kind != EntityType::Person
            }) =>
            {
                self.country_of[*p as usize].filter(|&c| self.composable(c))
            }
            _ => None,
        }
    }

    /// Pass "adjectives": hit `i` is a country adjective (and no name). Followed at once by
    /// sector words it composes with them, taking the sector of the first ("russische
    /// Truppen" → RUSMIL); otherwise it is a mention of its actor on its own ("la presse
    /// biélorusse").
    pub(super) fn adjective_use(
        &self,
        hits: &[Hit],
        i: usize,
        adj: u32,
        folded: &str,
    ) -> AdjectiveUse {
        let j = agent_run_end(hits, i, folded);
        if j > i {
            return AdjectiveUse::Composed(Composed {
                target: adj,
                sector: hits[i + 1].agent().unwrap_or(0),
                span: Span::new(hits[i].span.start, hits[j].span.end),
                first: i,
                last: j,
            });
        }
        AdjectiveUse::Alone { actor: adj }
    }

    /// Writes a composed sector mention (none when the actor has no code to extend) and marks
    /// the hits it consumed; returns the hit to resume at.
    pub(super) fn apply_composed(
        &self,
        c: &Composed,
        hits: &mut [Hit],
        out: &mut Vec<Found>,
    ) -> usize {
        self.compose(c.target, &self.sectors[c.sector as usize], c.span, out);
        for h in &mut hits[c.first..=c.last] {
            h.used = true;
        }
        c.last + 1
    }

    /// The mention of an adjective alone: its actor, with the actor's own code.
    pub(super) fn adjective_found(&self, adj: u32, span: Span) -> Found {
        let a = self.actor(adj);
        Found::linked(span, a, a.cameo.clone(), MentionHow::Adjective)
            .because(LinkRule::CountryAdjective, None)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{linker, Seen};
    use super::*;

    fn sector_name(l: &Linker, s: u32) -> &str {
        &l.sectors[s as usize]
    }

    #[test]
    fn a_run_of_sector_words_composes_with_the_adjective_after_it() {
        let l = linker();
        let seen = Seen::new(&l, "Les forces armées biélorusses ont tiré.");
        let i = seen.hit("forces");
        let SectorRun::Composed(c) = l.sector_run(&seen.hits, i, seen.norm.text()) else {
            panic!("not composed");
        };
        assert_eq!(seen.text(c.span), "forces armées biélorusses");
        assert_eq!(l.actor(c.target).id, "BLR");
        // The sector of the last word of the run.
        assert_eq!(sector_name(&l, c.sector), "MIL");
        assert_eq!((c.first, c.last), (i, i + 2));
    }

    #[test]
    fn a_sector_word_of_an_actor_keeps_the_actor_mention() {
        let l = linker();
        let seen = Seen::new(&l, "Un responsable militaire de l'OTAN a parlé.");
        let i = seen.hit("responsable militaire");
        let SectorRun::Composed(c) = l.sector_run(&seen.hits, i, seen.norm.text()) else {
            panic!("not composed");
        };
        assert_eq!(seen.text(c.span), "responsable militaire de l'OTAN");
        assert_eq!(l.actor(c.target).id, "NATO");
        // "OTAN" itself is not consumed.
        assert_eq!(c.last, i);
    }

    #[test]
    fn a_leaders_forces_are_his_countrys() {
        let l = linker();
        let seen = Seen::new(&l, "Le régime de Loukachenko a répondu.");
        let next = &seen.hits[seen.hit("Loukachenko")];
        assert_eq!(
            l.leader_country(next).map(|c| l.actor(c).id.as_str()),
            Some("BLR")
        );
        let SectorRun::Composed(c) = l.sector_run(&seen.hits, seen.hit("régime"), seen.norm.text())
        else {
            panic!("not composed");
        };
        assert_eq!(l.actor(c.target).id, "BLR");
        assert_eq!(sector_name(&l, c.sector), "GOV");
    }

    #[test]
    fn sector_words_alone_compose_nothing() {
        let l = linker();
        let seen = Seen::new(&l, "Les troupes sont arrivées, selon Minsk.");
        let i = seen.hit("troupes");
        assert_eq!(
            l.sector_run(&seen.hits, i, seen.norm.text()),
            SectorRun::Alone { next: i + 1 }
        );
    }

    #[test]
    fn an_adjective_composes_with_the_sector_words_after_it_or_stands_alone() {
        let l = linker();
        let seen = Seen::new(&l, "Belarusian troops moved; the Belarusian press said so.");
        let first = seen.hit("Belarusian");
        let AdjectiveUse::Composed(c) = l.adjective_use(
            &seen.hits,
            first,
            seen.hits[first].adjective().unwrap(),
            seen.norm.text(),
        ) else {
            panic!("not composed");
        };
        assert_eq!(seen.text(c.span), "Belarusian troops");
        assert_eq!(sector_name(&l, c.sector), "MIL");
        let second = first + 2;
        let adj = seen.hits[second].adjective().unwrap();
        assert_eq!(
            l.adjective_use(&seen.hits, second, adj, seen.norm.text()),
            AdjectiveUse::Alone { actor: adj }
        );
        let f = l.adjective_found(adj, seen.hits[second].span);
        assert_eq!(f.mention.code.as_deref(), Some("BLR"));
        assert_eq!(f.mention.how, Some(MentionHow::Adjective));
    }
}
