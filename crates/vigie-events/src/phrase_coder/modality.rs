//! Pass 3 of the phrase coder: the stance of an act — negated, hypothetical (and which kind),
//! alleged, put on a condition, and who reports it.
//!
//! Cues of `modality.toml` count within the trigger's clause, up to the lexicon's window
//! before it (cues after it belong to another clause); the trigger's own suffixes mark a kind
//! too ("-rait"). The kind then depends on who speaks: a future or conditional act announced by
//! its doer, or relayed by unnamed sources, is the doer's intent (CAMEO codes it 03x); told by
//! someone else it is a prediction; in the outlet's own voice a future is a stated plan. An
//! intent or threat trigger heading the act ("agreed to lift") gives its own kind.

use vigie_core::Hypothetical;

use super::actors::reporter;
use super::context::Ctx;
use super::Trigger;
use crate::actor::{same_country, Actor};
use crate::lexicon::Pattern;
use crate::phrase::Hit;

/// Modality found by the cues around one trigger.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Modality {
    pub(super) negated: bool,
    pub(super) kind: Option<Hypothetical>,
    pub(super) alleged: bool,
    /// The first token of the last attribution cue before the trigger ("said", "selon").
    pub(super) attributed_at: Option<usize>,
}

/// The stance of one act, as its events record it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Stance {
    pub(super) negated: bool,
    pub(super) kind: Option<Hypothetical>,
    pub(super) alleged: bool,
    /// The quoted speaker, else the reporter of the attribution cue; `None`: the article.
    pub(super) reporter: Option<String>,
    /// A condition word ("unless") follows the trigger in the sentence: an announced act on a
    /// condition is a threat.
    pub(super) conditional: bool,
}

/// The stance of trigger `t` whose sources are `sources` (not empty).
pub(super) fn stance(ctx: &Ctx, t: &Trigger, sources: &[Actor]) -> Stance {
    let hit = &t.hit;
    let lang = ctx.lang;
    let modality = cues(ctx, hit, t.pattern);
    let quote = ctx.quotes.iter().find(|(s, _)| s.contains(&t.span));
    let cue_reporter = modality.attributed_at.and_then(|at| reporter(ctx, at));
    let reported_by = quote
        .and_then(|(_, q)| q.speaker.clone())
        .or_else(|| cue_reporter.as_ref().map(|a| a.name.clone()));
    let mut kind = modality.kind;
    if let Some(h) = t.head {
        // "threatened to boycott": the act is coded as the threat (see `events::code_of`);
        // "agreed to lift": the head's kind, an intent unless it says otherwise.
        kind = if h.code.starts_with("13") {
            None
        } else {
            h.modality.or(Some(Hypothetical::Intent))
        };
    }
    if let Some(k) = kind {
        if matches!(
            k,
            Hypothetical::Future | Hypothetical::Conditional | Hypothetical::Possibility
        ) {
            // Who says it: the quoted speaker, else the reporter of the cue.
            // A speaker of the source's own country ("Portugal will support
            // …, Portuguese President Mario Soares said") announces its plan.
            let speaker_is_source = match (quote, sources.first()) {
                (Some((_, q)), Some(s)) => {
                    // A speaker the quote stage left uncoded takes the code
                    // its title gives its mention ("Portuguese President
                    // Mario Soares said").
                    let code = q.speaker_code.clone().or_else(|| {
                        let sp = q.speaker.as_deref()?;
                        ctx.ments
                            .iter()
                            .find(|m| m.name() == sp || m.surface.ends_with(sp))
                            .and_then(|m| Actor::of(m).code)
                    });
                    q.speaker.as_deref() == Some(s.key.as_str())
                        || (code.is_some() && code == s.code)
                        || speaks_for(code.as_deref(), s.code.as_deref())
                }
                (None, Some(s)) => cue_reporter.as_ref().is_some_and(|r| {
                    r.key == s.key || speaks_for(r.code.as_deref(), s.code.as_deref())
                }),
                _ => false,
            };
            // "X will visit Y, diplomatic sources said": a plan that
            // unnamed sources relay is the doer's, not their forecast.
            let relayed = k == Hypothetical::Future
                && match quote {
                    Some((_, q)) => q.speaker_code.is_none(),
                    None => cue_reporter.as_ref().is_none_or(|r| r.code.is_none()),
                };
            if speaker_is_source || relayed {
                kind = Some(Hypothetical::Intent);
            } else if modality.attributed_at.is_some() || quote.is_some() {
                kind = Some(Hypothetical::Prediction);
            }
        }
    }
    if kind == Some(Hypothetical::Future) && modality.attributed_at.is_none() {
        // "Turkey will allow…" in the outlet's voice reports a stated plan.
        kind = Some(Hypothetical::Intent);
    }
    // "will withdraw its force unless …", "will boycott the elections unless
    // …": an act announced on a condition the target must meet is a threat.
    let conditional = (hit.last + 1..ctx.tokens.len()).any(|i| lang.conditions.has(ctx.word(i)));
    Stance {
        negated: modality.negated || t.pattern.negated,
        kind,
        alleged: modality.alleged,
        reporter: reported_by,
        conditional,
    }
}

/// Negation, hypothetical kind and allegation cues within the trigger's clause, up to the
/// lexicon's window before the trigger; suffixes on the trigger's first word.
fn cues(ctx: &Ctx, hit: &Hit, pattern: &Pattern) -> Modality {
    let mut m = Modality {
        kind: pattern.modality,
        ..Default::default()
    };
    let lo = hit.first.saturating_sub(ctx.lang.window);
    let mut cue_kind: Option<(Hypothetical, usize)> = None;
    for h in ctx.cues {
        let kind = ctx.cue_kind(h);
        if kind == "attribution" || kind == "according_to" {
            if h.last < hit.first && m.attributed_at.is_none_or(|a| a < h.first) {
                m.attributed_at = Some(h.first);
            }
            continue;
        }
        // Cues inside the trigger ("n'a pas l'intention de …" patterns) are the pattern's
        // business; cues after it belong to another clause.
        if h.last >= hit.first || h.first < lo || kind == "clause_break" {
            continue;
        }
        if ctx.clause_break_between(h.last, hit.first) {
            continue;
        }
        match kind {
            "negation" => m.negated = true,
            "alleged" => m.alleged = true,
            // Every other cue kind of the lexicon is a hypothetical kind.
            k => {
                if let Ok(k) = k.parse::<Hypothetical>() {
                    let rank = kind_rank(k);
                    if cue_kind.is_none_or(|(c, _)| kind_rank(c) > rank) {
                        cue_kind = Some((k, rank));
                    }
                }
            }
        }
    }
    if m.kind.is_none() {
        if let Some((k, _)) = cue_kind {
            m.kind = Some(k);
        } else {
            m.kind = (hit.first..=hit.last).find_map(|i| {
                let w = ctx.word(i);
                ctx.lang
                    .suffixes
                    .iter()
                    .find(|(s, _)| w.len() > s.len() + 2 && w.ends_with(s.as_str()))
                    .map(|&(_, k)| k)
            });
        }
    }
    m
}

/// Which hypothetical kind wins when several cues precede a trigger.
fn kind_rank(kind: Hypothetical) -> usize {
    match kind {
        Hypothetical::Intent => 0,
        Hypothetical::Readiness => 1,
        Hypothetical::Prediction => 2,
        Hypothetical::Conditional => 3,
        Hypothetical::Possibility => 4,
        Hypothetical::Future => 5,
    }
}

/// Whether a speaker coded `speaker` speaks for the actor coded `actor`: the same country, and
/// the speaker is its state or government (an opposition source does not announce the state's
/// plans).
fn speaks_for(speaker: Option<&str>, actor: Option<&str>) -> bool {
    same_country(speaker, actor)
        && speaker.is_some_and(|c| c.len() == 3 || c.get(3..6) == Some("GOV"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Sentence, View};
    use crate::phrase_coder::testing::{ctx, trigger};
    use crate::phrase_coder::triggers::choose;

    /// The stance of the trigger at `word`, its source the first mention of the sentence.
    fn stance_at(v: &View, word: &str) -> Stance {
        let ments = v.ments();
        let c = ctx(v, &ments, None);
        let chosen = choose(&c, &mut v.hits.clone());
        let t = trigger(v, &chosen, word);
        stance(&c, &t, &[Actor::of(&ments[0])])
    }

    #[test]
    fn negation_and_allegation_before_the_trigger_in_its_clause() {
        let s = Sentence::new("Russia did not attack Georgia.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        let st = stance_at(&s.view("en"), "attack");
        assert!(st.negated && !st.alleged && st.reporter.is_none());
        // A negation in another clause does not count.
        let s = Sentence::new("Georgia is not safe but Russia attacked it.")
            .country("Georgia", "GEO")
            .country("Russia", "RUS");
        assert!(!stance_at(&s.view("en"), "attacked").negated);
        let s = Sentence::new("Russia allegedly attacked Georgia.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        assert!(stance_at(&s.view("en"), "attacked").alleged);
    }

    #[test]
    fn a_future_act_is_an_intent_in_the_outlets_voice_and_a_prediction_of_others() {
        let s = Sentence::new("Russia will attack Georgia.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        assert_eq!(
            stance_at(&s.view("en"), "attack").kind,
            Some(Hypothetical::Intent)
        );
        // Told by another coded actor: its prediction, and it reports the act.
        let s = Sentence::new("Ukraine said Russia will attack Georgia.")
            .country("Ukraine", "UKR")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        let v = s.view("en");
        let ments = v.ments();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut v.hits.clone());
        let t = trigger(&v, &chosen, "attack");
        let st = stance(&c, &t, &[Actor::of(&ments[1])]);
        assert_eq!(st.kind, Some(Hypothetical::Prediction));
        assert_eq!(st.reporter.as_deref(), Some("Ukraine"));
        // Relayed by unnamed sources: the doer's plan.
        let s = Sentence::new("Diplomatic sources said Russia will attack Georgia.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        let st = stance_at(&s.view("en"), "attack");
        assert_eq!(st.kind, Some(Hypothetical::Intent));
        assert!(st.reporter.is_none());
    }

    #[test]
    fn a_quoted_speaker_reports_and_speaks_for_its_state() {
        let s =
            Sentence::new("Portugal will support Angola, Portuguese President Mario Soares said.")
                .country("Portugal", "PRT")
                .country("Angola", "AGO")
                .quote(
                    "Portugal will support Angola",
                    "Mario Soares",
                    Some("PRTGOV"),
                );
        let st = stance_at(&s.view("en"), "support");
        assert_eq!(st.kind, Some(Hypothetical::Intent));
        assert_eq!(st.reporter.as_deref(), Some("Mario Soares"));
        assert!(speaks_for(Some("PRTGOV"), Some("PRT")));
        assert!(!speaks_for(Some("PRTOPP"), Some("PRT")));
    }

    #[test]
    fn an_intent_head_gives_its_kind_and_a_condition_word_is_noted() {
        let s = Sentence::new("Iran agreed to visit Iraq.")
            .country("Iran", "IRN")
            .country("Iraq", "IRQ");
        let st = stance_at(&s.view("en"), "visit");
        assert_eq!(st.kind, Some(Hypothetical::Intent));
        assert!(!st.conditional);
        let s = Sentence::new("Russia will attack Georgia unless it disarms.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        assert!(stance_at(&s.view("en"), "attack").conditional);
    }

    #[test]
    fn the_finest_hypothetical_cue_wins() {
        assert!(kind_rank(Hypothetical::Intent) < kind_rank(Hypothetical::Future));
        let s = Sentence::new("Russia is likely to attack Georgia.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        assert_eq!(
            stance_at(&s.view("en"), "attack").kind,
            Some(Hypothetical::Prediction)
        );
    }
}
