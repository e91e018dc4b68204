//! Pass 4 of the phrase coder: from an act with its actors and stance to stored `Event`s.
//!
//! [`code_of`] codes intents and threats as CAMEO does, as acts of their own: an act headed by
//! a threat, or announced on a condition, is the threat of that act (13x); an intended act is
//! the intent of it (03x), and announced coercion or force with no intent code is a threat.
//! [`pairs`] turns sources × targets into one event each, minus an actor's act on itself, a
//! promise about one's own country, and with the doer's country for acts aimed at its
//! compatriots. [`drop_repeats`] keeps one event where the sentence tells one act twice.

use vigie_core::{EntityType, Event, Hypothetical, Span};

use super::actors::{domestic_target, Parties};
use super::context::Ctx;
use super::modality::Stance;
use super::Trigger;
use crate::actor::Actor;
use crate::codes::CameoCode;
use crate::lexicon::Lexicons;
use crate::sentence::Ment;

/// The CAMEO code of an act and its hypothetical kind once intents and threats are coded.
pub(super) fn code_of(
    lex: &Lexicons,
    t: &Trigger,
    stance: &Stance,
) -> (String, Option<Hypothetical>) {
    let mut code = t.pattern.code.clone();
    let mut kind = stance.kind;
    let negated = stance.negated;
    if let Some(h) = t.head {
        if h.code.starts_with("13") {
            // "threatened to boycott": the threat, as finely as the act allows.
            code = lex
                .threat_code(&code)
                .unwrap_or(h.code.as_str())
                .to_string();
        }
    }
    // "will withdraw its force unless …": announced on a condition the target must meet.
    if stance.conditional
        && !negated
        && !code.starts_with("13")
        && (t.head.is_some()
            || matches!(
                kind,
                Some(
                    Hypothetical::Intent
                        | Hypothetical::Readiness
                        | Hypothetical::Future
                        | Hypothetical::Prediction
                )
            ))
    {
        code = lex.threat_code(&code).unwrap_or("130").to_string();
        kind = None;
    }
    if matches!(kind, Some(Hypothetical::Intent | Hypothetical::Readiness)) {
        if let Some(c) = lex.intent_code(&code) {
            code = c.to_string();
        } else if !negated && !code.starts_with("13") {
            // Announcing coercion or force is a threat, coded as the act of
            // threatening (not hypothetical); "will not fight" stays as it is.
            if let Some(c) = lex.threat_code(&code) {
                code = c.to_string();
                kind = None;
            }
        }
    }
    (code, kind)
}

/// The date of an act: the resolved date nearest the trigger in its sentence, else the
/// article's publication day.
pub(super) fn date_of(ctx: &Ctx, t: &Trigger) -> Option<String> {
    ctx.dates
        .iter()
        .filter(|(s, _)| ctx.sent.contains(s))
        .min_by_key(|(s, _)| s.start.abs_diff(t.span.start))
        .map(|(_, r)| r.to_string())
        .or_else(|| ctx.published.map(str::to_string))
}

/// Where an act took place: a place after a location preposition, preferring one after the
/// trigger; a country only after the prepositions that make it a place ("en").
pub(super) fn location_of(ctx: &Ctx, t: &Trigger) -> Option<String> {
    let lang = ctx.lang;
    let is_location = |m: &&Ment| {
        (m.is_place() && ctx.after_set(m, &lang.location_preps))
            || (m.m.entity_type == EntityType::Country
                && ctx.after_set(m, &lang.country_location_preps))
    };
    ctx.ments
        .iter()
        .filter(is_location)
        .find(|m| m.first > t.hit.last)
        .or_else(|| ctx.ments.iter().find(is_location))
        .map(|m| m.name())
}

/// The (source, target) pairs an act with `parties` and CAMEO `code` gives, in order.
pub(super) fn pairs(
    ctx: &Ctx,
    t: &Trigger,
    parties: &Parties,
    code: &str,
) -> Vec<(Option<Actor>, Option<Actor>)> {
    let Parties { sources, targets } = parties;
    let srcs: Vec<Option<&Actor>> = if sources.is_empty() {
        vec![None]
    } else {
        sources.iter().map(Some).collect()
    };
    let tgts: Vec<Option<&Actor>> = if targets.is_empty() {
        vec![None]
    } else {
        targets.iter().map(Some).collect()
    };
    let mut out = Vec::new();
    for s in &srcs {
        // An actor is not its own target; when the only target is the source
        // itself the event keeps its source and loses the target. Two bodies of
        // one country are two actors ("Palestinian police … from Palestinian
        // armed groups"): only the same actor with the same code is the source.
        let mut own: Vec<Option<&Actor>> = tgts
            .iter()
            .copied()
            .filter(|t| {
                !matches!((s, t), (Some(s), Some(t))
                    if s.key == t.key && s.code == t.code)
            })
            .collect();
        // A promise about one's own country ("promised to democratize
        // Serbia", "agreed to resign without returning to Kyrgyzstan") has
        // the country as its object, not as a counterpart: no target.
        if code.starts_with("03") {
            own.retain(|t| {
                !matches!((s, t), (Some(s), Some(t))
                    if s.state.is_some() && t.code == s.state)
            });
        }
        if own.is_empty() {
            own.push(None);
        }
        let domestic = s.and_then(|s| {
            // The act itself decides (an intent or a threat to impose a
            // curfew falls on the same population as the curfew).
            domestic_target(ctx, &t.hit, t.pattern.voice, s, &own, &t.pattern.code)
        });
        if domestic.is_some() {
            own = vec![domestic.as_ref()];
        }
        for tg in &own {
            out.push((s.cloned(), tg.cloned()));
        }
    }
    out
}

/// An act coded and placed: what its events share.
pub(super) struct Act<'a> {
    pub(super) code: String,
    pub(super) kind: Option<Hypothetical>,
    /// The code's entry in the CAMEO table.
    pub(super) info: &'a CameoCode,
    pub(super) date: Option<String>,
    pub(super) location: Option<String>,
}

/// The event of act `act` (trigger `t`, stance `stance`) from `s` to `tg`.
pub(super) fn event(
    t: &Trigger,
    stance: &Stance,
    act: &Act,
    s: Option<&Actor>,
    tg: Option<&Actor>,
) -> Event {
    let info = act.info;
    Event {
        source: s.map(|a| a.name.clone()),
        source_code: s.and_then(|a| a.code.clone()),
        target: tg.map(|a| a.name.clone()),
        target_code: tg.and_then(|a| a.code.clone()),
        cameo: act.code.clone(),
        plover: info.plover,
        goldstein: info.goldstein,
        trigger_span: Some(t.span),
        location: act.location.clone(),
        date: act.date.clone(),
        negated: stance.negated,
        hypothetical: act.kind,
        reported_by: Some(stance.reporter.clone().unwrap_or_else(|| "article".into())),
        alleged: stance.alleged,
        pattern: Some(t.pattern.id.clone()),
    }
}

/// One act told twice in a sentence. Of the events from `start` on, one without a target is
/// dropped when another has the same source, type and polarity and names a target ("arrived
/// in Amman on a previously unannounced visit"); one of a generic pattern (`generic[i]` for
/// the event at `start + i`) is dropped when a specific one has the same source and target
/// ("suicide bombers killed 23 people").
pub(super) fn drop_repeats(out: &mut Vec<(Span, Event)>, start: usize, generic: &[bool]) {
    let same_source = |a: &Event, b: &Event| match (&a.source_code, &b.source_code) {
        (Some(x), Some(y)) => x == y,
        _ => a.source == b.source,
    };
    let same_target = |a: &Event, b: &Event| match (&a.target_code, &b.target_code) {
        (Some(x), Some(y)) => x == y,
        _ => a.target == b.target,
    };
    let same_act =
        |a: &Event, b: &Event| same_source(a, b) && a.plover == b.plover && a.negated == b.negated;
    let sentence = &out[start..];
    let keep: Vec<bool> = sentence
        .iter()
        .enumerate()
        .map(|(i, (_, e))| {
            let repeated = e.target.is_none()
                && sentence
                    .iter()
                    .any(|(_, o)| o.target.is_some() && same_act(e, o));
            let subsumed = generic[i]
                && sentence.iter().enumerate().any(|(j, (_, o))| {
                    !generic[j] && same_source(e, o) && (e.target.is_none() || same_target(e, o))
                });
            !repeated && !subsumed
        })
        .collect();
    let mut i = 0;
    out.retain(|_| {
        let k = i < start || keep[i - start];
        i += 1;
        k
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{lexicons, Sentence};
    use crate::lexicon::Pattern;
    use crate::phrase::Hit;
    use crate::phrase_coder::testing::{ctx, trigger};
    use crate::phrase_coder::triggers::choose;
    use vigie_core::Plover;

    fn pattern(id: &str) -> &'static Pattern {
        lexicons().languages["en"]
            .patterns
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    }

    /// A trigger of pattern `id`, headed by `head`, out of any sentence.
    fn trigger_of(id: &str, head: Option<&'static Pattern>) -> Trigger<'static> {
        Trigger {
            hit: Hit {
                payload: 0,
                first: 0,
                last: 0,
                words: 1,
            },
            span: Span::new(0, 0),
            pattern: pattern(id),
            head,
        }
    }

    fn stance(kind: Option<Hypothetical>, negated: bool, conditional: bool) -> Stance {
        Stance {
            kind,
            negated,
            conditional,
            ..Default::default()
        }
    }

    #[test]
    fn intents_and_threats_are_coded_as_cameo_codes_them() {
        let lex = lexicons();
        let visit = trigger_of("en.visit", None);
        let fight = trigger_of("en.fight", None);
        assert_eq!(visit.pattern.code, "042");
        assert_eq!(fight.pattern.code, "190");
        // A plain act keeps its code and kind.
        assert_eq!(
            code_of(lex, &visit, &stance(None, false, false)),
            ("042".into(), None)
        );
        // An intended visit is the intent to meet (036), still hypothetical.
        let intent = Some(Hypothetical::Intent);
        assert_eq!(
            code_of(lex, &visit, &stance(intent, false, false)),
            ("036".into(), intent)
        );
        // Intended force has no intent code: it is a threat (1384), an act of its own.
        assert_eq!(
            code_of(lex, &fight, &stance(intent, false, false)),
            ("1384".into(), None)
        );
        // "will not fight" stays as it is.
        assert_eq!(
            code_of(lex, &fight, &stance(intent, true, false)),
            ("190".into(), intent)
        );
        // Announced on a condition: a threat, the generic one when the act has none.
        let future = Some(Hypothetical::Future);
        assert_eq!(
            code_of(lex, &visit, &stance(future, false, true)),
            ("130".into(), None)
        );
        // Headed by a threat: the threat of that act.
        let threat = lexicons().languages["en"]
            .patterns
            .iter()
            .find(|p| p.code.starts_with("13"))
            .unwrap();
        let threatened = trigger_of("en.fight", Some(threat));
        assert_eq!(
            code_of(lex, &threatened, &stance(None, false, false)),
            ("1384".into(), None)
        );
    }

    #[test]
    fn pairs_drop_the_own_target_and_find_domestic_ones() {
        let s = Sentence::new("Russia attacked Russia and Georgia.")
            .country("Russia", "RUS")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        let v = s.view("en");
        let ments = v.ments();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut v.hits.clone());
        let t = trigger(&v, &chosen, "attacked");
        let rus = Actor::of(&ments[0]);
        let geo = Actor::of(&ments[2]);
        let parties = Parties {
            sources: vec![rus.clone()],
            targets: vec![rus.clone(), geo.clone()],
        };
        assert_eq!(
            pairs(&c, &t, &parties, "190"),
            [(Some(rus.clone()), Some(geo.clone()))]
        );
        // A promise about one's own country has no target.
        let promise = Parties {
            sources: vec![rus.clone()],
            targets: vec![Actor::named("Russia", Some(&"RUS".to_string()))],
        };
        assert_eq!(pairs(&c, &t, &promise, "030"), [(Some(rus.clone()), None)]);
        // No source: one event without.
        let none = Parties::default();
        assert_eq!(pairs(&c, &t, &none, "190"), [(None, None)]);
        // A measure of internal order without target falls on the own country.
        let s = Sentence::new("Zimbabwe imposed a curfew.").country("Zimbabwe", "ZWE");
        let v = s.view("en");
        let ments = v.ments();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut v.hits.clone());
        let t = trigger(&v, &chosen, "curfew");
        let zwe = Actor::of(&ments[0]);
        let alone = Parties {
            sources: vec![zwe.clone()],
            targets: vec![],
        };
        let p = pairs(&c, &t, &alone, &t.pattern.code);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].0, Some(zwe));
        assert_eq!(
            p[0].1.as_ref().map(|a| a.key.as_str()),
            Some("domestic:ZWE")
        );
    }

    #[test]
    fn date_and_place_come_from_the_sentence() {
        let s = Sentence::new("Russia attacked Georgia in Tbilisi on Monday.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO")
            .with("Tbilisi", Some("GEO"), "place", "name");
        let v = s.view("en");
        let ments = v.ments();
        let mut c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut v.hits.clone());
        let t = trigger(&v, &chosen, "attacked");
        assert_eq!(location_of(&c, &t).as_deref(), Some("Tbilisi"));
        assert_eq!(date_of(&c, &t).as_deref(), Some("2025-11-03"));
        let dates = [(s.span("Monday"), "2025-11-02")];
        c.dates = &dates;
        assert_eq!(date_of(&c, &t).as_deref(), Some("2025-11-02"));
        let act = Act {
            code: "190".into(),
            kind: None,
            info: crate::fixture::table().get("190").unwrap(),
            date: date_of(&c, &t),
            location: location_of(&c, &t),
        };
        let e = event(
            &t,
            &Stance::default(),
            &act,
            Some(&Actor::of(&ments[0])),
            None,
        );
        assert_eq!(e.source_code.as_deref(), Some("RUS"));
        assert_eq!(e.target, None);
        assert_eq!(
            (e.plover, e.goldstein),
            (act.info.plover, act.info.goldstein)
        );
        assert_eq!(e.reported_by.as_deref(), Some("article"));
        assert_eq!(e.pattern.as_deref(), Some("en.fight"));
        assert_eq!(e.trigger_span, Some(s.span("attacked")));
    }

    fn ev(source: &str, cameo: &str, plover: Plover, target: Option<&str>) -> (Span, Event) {
        (
            Span::new(0, 1),
            Event {
                source: Some(source.into()),
                source_code: Some(source.into()),
                target: target.map(str::to_string),
                target_code: target.map(str::to_string),
                cameo: cameo.into(),
                plover: Some(plover),
                goldstein: 0.0,
                trigger_span: None,
                location: None,
                date: None,
                negated: false,
                hypothetical: None,
                reported_by: None,
                alleged: false,
                pattern: None,
            },
        )
    }

    #[test]
    fn one_act_told_twice_is_kept_once() {
        // Without a target, when the same act names one; only from `start` on.
        let mut out = vec![
            ev("JOR", "042", Plover::Consult, None),
            ev("JOR", "042", Plover::Consult, None),
            ev("JOR", "042", Plover::Consult, Some("ISR")),
        ];
        drop_repeats(&mut out, 1, &[false, false]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].1.target, None);
        assert_eq!(out[1].1.target.as_deref(), Some("ISR"));
        // A generic act gives way to a specific one of the same source and target.
        let mut out = vec![
            ev("IRQ", "190", Plover::Assault, Some("USA")),
            ev("IRQ", "186", Plover::Assault, Some("USA")),
            ev("IRQ", "190", Plover::Assault, Some("GBR")),
        ];
        drop_repeats(&mut out, 0, &[true, false, true]);
        let kept: Vec<_> = out.iter().map(|(_, e)| e.cameo.as_str()).collect();
        assert_eq!(kept, ["186", "190"]);
    }
}
