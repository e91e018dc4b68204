//! Pass 1 of the phrase coder: which trigger hits are the sentence's acts.
//!
//! The trigger automaton finds every phrase of `events.toml` in the sentence, overlapping ones
//! included ("se préparer à entrer" and "entrer"). [`choose`] keeps the most specific of
//! overlapping hits, drops the second half of a hyphenated adjective ("Israeli-occupied") and
//! links each act to the intent or threat trigger that heads it ("threatened to boycott": CAMEO
//! codes the sentence once, as the threat of that act). [`Chosen::coded`] then tells, hit by
//! hit, whether it is an act of its own or only a circumstance of the sentence's first act (a
//! noun after it, its purpose, its content, a subordinate clause) or a condition ("if …"):
//! those are not coded, since the gold codes one event where the text tells one act.

use super::context::Ctx;
use super::MainAct;
use crate::lexicon::Language;
use crate::phrase::Hit;

/// The chosen hits of a sentence, in text order, with the head of each.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Chosen {
    pub(super) hits: Vec<Hit>,
    /// For each hit, the index of the earlier intent or threat hit that heads it.
    pub(super) heads: Vec<Option<usize>>,
}

/// The hits of one language that may be acts, with their heads. Sorts `hits`.
pub(super) fn choose(ctx: &Ctx, hits: &mut [Hit]) -> Chosen {
    let mut chosen = choose_hits(hits, ctx.lang);
    // The second half of a hyphenated adjective ("Israeli-occupied", "UN-brokered
    // deal", "long-threatened invasion") describes a noun: it is no act, nor the
    // head of one.
    chosen.retain(|h| !ctx.hyphen_compound(h.first));
    let heads = heads(ctx, &chosen);
    Chosen {
        hits: chosen,
        heads,
    }
}

impl Chosen {
    /// Whether hit `hi` is coded as an act, given the sentence's first act so far.
    pub(super) fn coded(&self, ctx: &Ctx, hi: usize, main: &MainAct) -> bool {
        let hit = self.hits[hi];
        let heads = &self.heads;
        let lang = ctx.lang;
        // A head whose act follows it is coded through that act.
        if heads.contains(&Some(hi)) {
            return false;
        }
        // A trigger used as a noun after the sentence's event ("agreed to a
        // ceasefire after two days of fierce fighting", "rejected North Korea's
        // demand") names a circumstance or the object of that event, not a
        // second act.
        // So does an act in a subordinate or relative clause that follows it
        // ("will withdraw … unless the Kremlin closed its base", "… rebels who
        // overran it"): it is the condition or background of the event.
        // An act whose trigger opens with a preposition ("summoned the ambassador
        // to complain", "staged rallies to demand reforms") is the purpose of the
        // event before it. And after a demand, appeal, rejection, accusation,
        // threat or intent, the acts that follow in its clause are what is
        // demanded, rejected or announced ("demanded that the US cancel plans to
        // sell…"), unless a contrastive word opens a new clause ("… but").
        if main.trigger_end.is_some_and(|e| {
            hit.first > e
                && heads[hi].is_none()
                && (ctx.nominal(hit.first)
                    // A participle adjunct: "blocked roads … demanding that…".
                    || (ctx.participle(hit.first)
                        && !lang.coordinators.has(ctx.word(hit.first - 1)))
                    // (Not after a coordinator: French "et a accusé" opens with
                    // the auxiliary "a", which folds like the preposition "à".)
                    || (lang.oblique_preps.has(ctx.word(hit.first))
                        && !lang.coordinators.has(ctx.word(hit.first - 1)))
                    || (e + 1..hit.first).any(|i| lang.subordinators.has(ctx.word(i)))
                    || (main.code.as_deref().is_some_and(|c| {
                        lang.content_roots.iter().any(|r| c.starts_with(r.as_str()))
                    }) && !ctx.contrast_between(e, hit.first)))
        }) {
            return false;
        }
        // An act inside a condition ("would meet the mediator if he gave them a
        // veto") is not asserted: the sentence's event depends on it.
        !ctx.in_hypothesis(hit.first)
    }
}

/// For each chosen hit, the earlier hit that heads it: an intent (03x) or threat (13x)
/// trigger right before it in the same clause ("agreed to lift the embargo", "threatened to
/// boycott"). CAMEO codes such a sentence once, as the intent or threat of that act.
fn heads(ctx: &Ctx, chosen: &[Hit]) -> Vec<Option<usize>> {
    let is_head = |h: &Hit| {
        let p = &ctx.lang.patterns[h.payload];
        p.code.starts_with("03") || p.code.starts_with("13")
    };
    chosen
        .iter()
        .enumerate()
        .map(|(bi, b)| {
            if is_head(b) {
                return None;
            }
            (0..bi).rev().find(|&ai| {
                let a = &chosen[ai];
                is_head(a)
                    && a.last < b.first
                    && b.first - a.last <= 4
                    && !ctx.clause_break_between(a.last, b.first)
            })
        })
        .collect()
}

/// Keeps the most specific trigger where several overlap: the one naming more words ("se
/// préparer à entrer" over "entrer"), then the one with the finer CAMEO code ("aide
/// militaire" 072 over "fournir une aide" 070), then the longer span.
fn choose_hits(hits: &mut [Hit], lang: &Language) -> Vec<Hit> {
    // Finer code: more digits, and a 3-digit code not ending in 0 ("not specified below").
    let code_len = |h: &Hit| {
        let c = &lang.patterns[h.payload].code;
        c.len() * 2 + usize::from(!c.ends_with('0'))
    };
    hits.sort_by(|a, b| {
        b.words
            .cmp(&a.words)
            .then(code_len(b).cmp(&code_len(a)))
            .then((b.last - b.first).cmp(&(a.last - a.first)))
            .then(a.first.cmp(&b.first))
            .then(a.payload.cmp(&b.payload))
    });
    let mut chosen: Vec<Hit> = Vec::new();
    for h in hits.iter() {
        if chosen.iter().all(|c| h.last < c.first || h.first > c.last) {
            chosen.push(*h);
        }
    }
    chosen.sort_by_key(|h| h.first);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Sentence;
    use crate::phrase_coder::testing::ctx;

    fn ids(v: &crate::fixture::View, chosen: &Chosen) -> Vec<String> {
        chosen
            .hits
            .iter()
            .map(|h| v.lang.patterns[h.payload].id.clone())
            .collect()
    }

    #[test]
    fn the_most_specific_of_overlapping_hits_is_kept() {
        let s = Sentence::new("Iran demanded the release of the prisoners.").country("Iran", "IRN");
        let v = s.view("en");
        assert!(v.hits.len() > 1, "{:?}", v.hits);
        let ments = v.ments();
        let mut hits = v.hits.clone();
        let chosen = choose(&ctx(&v, &ments, None), &mut hits);
        assert_eq!(ids(&v, &chosen), ["en.demand_yield"]);
        assert_eq!(chosen.heads, [None]);
    }

    #[test]
    fn an_intent_right_before_an_act_heads_it() {
        let s = Sentence::new("Iran agreed to visit Iraq.")
            .country("Iran", "IRN")
            .country("Iraq", "IRQ");
        let v = s.view("en");
        let ments = v.ments();
        let mut hits = v.hits.clone();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut hits);
        assert_eq!(chosen.hits.len(), 2);
        assert!(v.lang.patterns[chosen.hits[0].payload]
            .code
            .starts_with("03"));
        assert_eq!(chosen.heads, [None, Some(0)]);
        // The head is coded through its act, the act is coded.
        let main = MainAct::default();
        assert!(!chosen.coded(&c, 0, &main));
        assert!(chosen.coded(&c, 1, &main));
    }

    #[test]
    fn the_second_half_of_a_hyphenated_adjective_is_no_act() {
        let s = Sentence::new("Egypt praised the UN-brokered deal.").country("Egypt", "EGY");
        let v = s.view("en");
        let brokered = v.token("brokered");
        assert!(v.hits.iter().any(|h| h.first == brokered));
        let ments = v.ments();
        let mut hits = v.hits.clone();
        let chosen = choose(&ctx(&v, &ments, None), &mut hits);
        assert!(
            chosen.hits.iter().all(|h| h.first != brokered),
            "{chosen:?}"
        );
        assert!(!chosen.hits.is_empty());
    }

    #[test]
    fn a_noun_after_the_first_act_is_its_circumstance() {
        let s = Sentence::new("Russia criticized Georgia after two days of fierce fighting.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        let v = s.view("en");
        let ments = v.ments();
        let mut hits = v.hits.clone();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut hits);
        let fighting = chosen
            .hits
            .iter()
            .position(|h| h.first == v.token("fighting"))
            .expect("fighting");
        // Alone in its sentence it would be an act…
        assert!(chosen.coded(&c, fighting, &MainAct::default()));
        // …but after the sentence's first act it is not.
        let main = MainAct {
            trigger_end: Some(v.token("criticized")),
            code: Some("111".into()),
            source: None,
        };
        assert!(!chosen.coded(&c, fighting, &main));
    }

    #[test]
    fn acts_after_a_demand_are_its_content_unless_a_contrast_opens_a_new_clause() {
        let s = Sentence::new("Kenya demanded that Uganda attack the rebels but visited Somalia.")
            .country("Kenya", "KEN")
            .country("Uganda", "UGA")
            .country("Somalia", "SOM");
        let v = s.view("en");
        let ments = v.ments();
        let mut hits = v.hits.clone();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut hits);
        let at = |w: &str| {
            chosen
                .hits
                .iter()
                .position(|h| h.first == v.token(w))
                .unwrap_or_else(|| panic!("{w}: {:?}", ids(&v, &chosen)))
        };
        let main = MainAct {
            trigger_end: Some(v.token("demanded")),
            code: Some("100".into()),
            source: None,
        };
        assert!(!chosen.coded(&c, at("attack"), &main));
        assert!(chosen.coded(&c, at("visited"), &main));
    }

    #[test]
    fn an_act_inside_a_condition_is_not_coded() {
        let s = Sentence::new("Syria would meet Israel if it attacked Lebanon.")
            .country("Syria", "SYR")
            .country("Israel", "ISR")
            .country("Lebanon", "LBN");
        let v = s.view("en");
        let ments = v.ments();
        let mut hits = v.hits.clone();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut hits);
        let attacked = chosen
            .hits
            .iter()
            .position(|h| h.first == v.token("attacked"))
            .expect("attacked");
        assert!(!chosen.coded(&c, attacked, &MainAct::default()));
    }
}
