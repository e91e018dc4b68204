//! Final pass for a name whose reading stands: the mention of the actor, with its code. A
//! person gets the code of their role at the article's date; a capital or seat of power used as
//! a subject stands for its government (metonym: "Minsk a répondu" → BLRGOV) unless the words
//! before it make it a place ("à Minsk", "la capitale ukrainienne, Kiev"); any other actor gets
//! its own code, or its country's.

use vigie_core::{EntityType, LinkRule, LinkWhy, MentionHow, Span};

use super::context::Surroundings;
use super::{Found, Linker, Token};

impl Linker {
    /// Pass "place or metonym": the name is a place when the word before it, or the two words
    /// before it, are a locative cue ("à", "in the"), or a place noun ("capitale") is among
    /// the three words before it.
    pub(super) fn is_locative(
        &self,
        around: &Surroundings,
        tokens: &[Token],
        folded: &str,
    ) -> bool {
        let ti = around.ti;
        around.before.is_some_and(|b| {
            let w = &folded[b.s..b.e];
            let two = tokens
                .get(ti.unwrap_or(0).wrapping_sub(2))
                .map(|p| format!("{} {w}", &folded[p.s..p.e]));
            self.cues.locative.contains(w) || two.is_some_and(|t| self.cues.locative.contains(&t))
        }) || ti.is_some_and(|t| {
            tokens[t.saturating_sub(3)..t]
                .iter()
                .any(|p| self.cues.place_nouns.contains(&folded[p.s..p.e]))
        })
    }

    /// The mention of actor `a_i` named at `span`. `locative` (only read for non-persons)
    /// keeps a metonym a place.
    pub(super) fn name_found(&self, a_i: u32, span: Span, date: &str, locative: bool) -> Found {
        let a = self.actor(a_i);
        if a.kind == EntityType::Person {
            return self.person_found(a_i, span, date, MentionHow::Name);
        }
        let own_code = || {
            a.cameo.clone().or_else(|| {
                // A weapon system's country is where it is made, not who acts.
                a.country
                    .as_deref()
                    .filter(|_| a.kind != EntityType::WeaponSystem)
                    .and_then(|c| self.kb.get(c))
                    .and_then(|c| c.cameo.clone())
            })
        };
        let (code, how, why) = match &a.metonym_for {
            Some(m) if !locative => (
                Some(m.clone()),
                MentionHow::Metonym,
                Some(LinkRule::MetonymSubject),
            ),
            Some(_) => (own_code(), MentionHow::Name, Some(LinkRule::Locative)),
            None => (own_code(), MentionHow::Name, None),
        };
        let mut found = Found::linked(span, a, code, how);
        found
            .mention
            .why
            .extend(why.map(|rule| LinkWhy::new(rule, None)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{linker, Seen};
    use super::*;

    #[test]
    fn a_capital_is_its_government_unless_the_words_before_make_it_a_place() {
        let l = linker();
        let seen = Seen::new(
            &l,
            "Minsk a répondu. Il vit à Minsk. La capitale biélorusse, Minsk, attend.",
        );
        let folded = seen.norm.text();
        let minsk = l.kb.index_of("place:minsk").unwrap() as u32;
        let hits: Vec<_> = seen
            .hits
            .iter()
            .filter(|h| seen.text(h.span) == "Minsk")
            .collect();
        let spans: Vec<_> = hits.iter().map(|h| h.span).collect();
        let locative: Vec<bool> = hits
            .iter()
            .map(|h| {
                let around = l.surroundings(h, &seen.norm, &seen.tokens);
                l.is_locative(&around, &seen.tokens, folded)
            })
            .collect();
        assert_eq!(locative, [false, true, true]);
        let f = l.name_found(minsk, spans[0], "2020-01-01", false);
        assert_eq!(f.mention.code.as_deref(), Some("BLRGOV"));
        assert_eq!(f.mention.how, Some(MentionHow::Metonym));
        let f = l.name_found(minsk, spans[1], "2020-01-01", true);
        assert_eq!(f.mention.code.as_deref(), Some("BLR"));
        assert_eq!(f.mention.how, Some(MentionHow::Name));
    }

    #[test]
    fn a_person_gets_the_code_of_their_role_at_the_date() {
        let l = linker();
        let p = l.kb.index_of("person:erna_solberg").unwrap() as u32;
        let span = Span::new(0, 12);
        let during = l.name_found(p, span, "2015-05-01", false);
        assert_eq!(during.mention.code.as_deref(), Some("NORGOV"));
        assert_eq!(during.mention.entity_type, EntityType::Person);
        // No role and no country after her term.
        assert_eq!(l.name_found(p, span, "2024-01-01", true).mention.code, None);
    }
}
