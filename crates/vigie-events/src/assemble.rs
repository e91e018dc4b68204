//! Event assembly shared by the two coders: the tree coder's findings become `Event`s with
//! the merged mentions of the sentence view as actors ([`EventCoder::tree_events`]), and the
//! headline's events that the body codes again are dropped from the document's events
//! ([`drop_headline_repeats`]). The phrase coder assembles its own events in
//! [`crate::phrase_coder::events`], with the same intent and threat codes.

use vigie_core::{Event, Hypothetical, Span};

use crate::actor::Actor;
use crate::coder::EventCoder;
use crate::sentence::Ment;
use crate::tree::Found;

/// What the tree coder's events take from their sentence besides the findings.
#[derive(Clone, Copy)]
pub(crate) struct TreeSentence<'a> {
    pub(crate) sent: Span,
    pub(crate) dates: &'a [(Span, &'a str)],
    pub(crate) published: Option<&'a str>,
    pub(crate) territorial_roots: &'a [String],
    pub(crate) reciprocal_roots: &'a [String],
    /// Roots of acts that, naming no target, fall on the doers' own state (`domestic_roots`
    /// of the language's `events.toml`, shared with the phrase coder).
    pub(crate) domestic_roots: &'a [String],
}

impl EventCoder {
    /// Turns the tree coder's findings for one sentence into events: actors from the merged
    /// mentions, intents and threats coded as CAMEO codes them (03x, 13x), date and place from
    /// the sentence.
    pub(crate) fn tree_events(
        &self,
        found: Vec<Found>,
        ments: &[Ment],
        at: &TreeSentence,
        out: &mut Vec<(Span, Event)>,
    ) {
        let TreeSentence {
            sent,
            dates,
            published,
            territorial_roots,
            reciprocal_roots,
            domestic_roots,
        } = *at;
        let mut seen: Vec<(String, String, String, bool)> = Vec::new();
        for f in found {
            let root = f.code.get(..2).unwrap_or("");
            let territorial = territorial_roots.iter().any(|r| r == root);
            let mut sources: Vec<Actor> = f
                .sources
                .iter()
                .map(|&i| &ments[i])
                .filter(|m| !m.is_place())
                .map(Actor::of)
                .collect();
            if let (true, Some(sector)) = (sources.is_empty(), f.agent_source.as_deref()) {
                match agent_of_sentence(ments, &f.targets, sector) {
                    Some(a) => sources.push(a),
                    None => continue,
                }
            }
            let mut targets: Vec<Actor> = f
                .targets
                .iter()
                .map(|&i| &ments[i])
                .filter(|m| territorial || f.targets_are_places || !m.is_place())
                .map(Actor::of)
                .collect();
            // "Algerian landowners began a hunger strike", "the government resigned": a
            // protest or a measure of internal order that names no target is aimed at the
            // doers' own state.
            let self_directed = targets.is_empty()
                && domestic_roots
                    .iter()
                    .any(|r| f.code.starts_with(r.as_str()));
            if f.domestic_target || self_directed {
                if let Some(state) = sources.first().and_then(|s| s.state.clone()) {
                    targets.push(Actor {
                        name: state.clone(),
                        code: Some(state.clone()),
                        key: state.clone(),
                        state: Some(state),
                        titled: false,
                    });
                }
            }
            if sources.is_empty() && targets.is_empty() {
                continue;
            }
            let negated = f.modality.negated;
            let mut kind = f.modality.kind;
            // A future, conditional or possibility that someone other than the doer reports
            // ("selon une source, des unités pourraient entrer") is that reporter's forecast;
            // the doer announcing its own future act states an intent. The convention of the
            // phrase coder and of the French dev gold.
            if let Some(
                k @ (Hypothetical::Future | Hypothetical::Conditional | Hypothetical::Possibility),
            ) = kind
            {
                if f.modality.reporter.is_some() {
                    let by_source = f.reporter.is_some_and(|r| f.sources.contains(&r));
                    if !by_source {
                        kind = Some(Hypothetical::Prediction);
                    } else if k == Hypothetical::Future {
                        kind = Some(Hypothetical::Intent);
                    }
                }
            }
            let mut code = f.code.clone();
            if f.modality.threat && !negated {
                code = self.lex.threat_code(&code).unwrap_or("130").to_string();
                kind = None;
            }
            if matches!(kind, Some(Hypothetical::Intent | Hypothetical::Readiness)) {
                if let Some(c) = self.lex.intent_code(&code) {
                    code = c.to_string();
                } else if !negated && !code.starts_with("13") {
                    if let Some(c) = self.lex.threat_code(&code) {
                        code = c.to_string();
                        kind = None;
                    }
                }
            }
            let Some(info) = self.table.get(&code) else {
                continue;
            };
            let date = dates
                .iter()
                .filter(|(s, _)| sent.contains(s))
                .min_by_key(|(s, _)| s.start.abs_diff(f.trigger.start))
                .map(|(_, r)| r.to_string())
                .or_else(|| published.map(str::to_string));
            let used = |i: usize| f.sources.contains(&i) || f.targets.contains(&i);
            let location = ments
                .iter()
                .enumerate()
                .find(|(i, m)| m.is_place() && !used(*i))
                .map(|(_, m)| m.name());
            let reporter = f
                .reporter
                .map(|i| ments[i].name())
                .unwrap_or_else(|| "article".into());
            // Acts done together ("Israël et le Liban ont négocié"): with coordinated sources
            // and no target, the first named is the source and the others its partners, coded
            // once, not once each way (the convention of `data/eval/news-heldout`; PLOVER-GSR
            // codes such acts without a target, which neither reading matches, and the second
            // direction only added a false pair on both sets).
            let together = targets.is_empty()
                && sources.len() > 1
                && reciprocal_roots
                    .iter()
                    .any(|r| code.starts_with(r.as_str()));
            let srcs: Vec<Option<&Actor>> = if sources.is_empty() {
                vec![None]
            } else if together {
                vec![Some(&sources[0])]
            } else {
                sources.iter().map(Some).collect()
            };
            let tgts: Vec<Option<&Actor>> = if together {
                sources[1..].iter().map(Some).collect()
            } else if targets.is_empty() {
                vec![None]
            } else {
                targets.iter().map(Some).collect()
            };
            for s in &srcs {
                for t in &tgts {
                    if let (Some(s), Some(t)) = (s, t) {
                        if s.key == t.key && s.code == t.code {
                            continue;
                        }
                    }
                    let key = (
                        s.map_or(String::new(), |a| a.key.clone()),
                        code.clone(),
                        t.map_or(String::new(), |a| a.key.clone()),
                        negated,
                    );
                    if seen.contains(&key) {
                        continue;
                    }
                    seen.push(key);
                    out.push((
                        sent,
                        Event {
                            source: s.map(|a| a.name.clone()),
                            source_code: s.and_then(|a| a.code.clone()),
                            target: t.map(|a| a.name.clone()),
                            target_code: t.and_then(|a| a.code.clone()),
                            cameo: code.clone(),
                            plover: info.plover,
                            goldstein: info.goldstein,
                            trigger_span: Some(f.trigger),
                            location: location.clone(),
                            date: date.clone(),
                            negated,
                            hypothetical: kind,
                            reported_by: Some(reporter.clone()),
                            alleged: false,
                            pattern: Some(f.pattern.clone()),
                        },
                    ));
                }
            }
        }
    }
}

/// A doer named only by its sector ("Police detained protesters across Russia", "des
/// manifestants ont défilé à Minsk"), as an actor of the one country the rest of the sentence
/// names (its places and actors, the act's targets other than places left out: "gunmen
/// attacked an Israeli post" does not make them Israeli). Several countries, or none: no actor, hence no event,
/// as before. Event datasets and ACLED code such doers with the country where they act.
fn agent_of_sentence(ments: &[Ment], targets: &[usize], sector: &str) -> Option<Actor> {
    let mut country: Option<String> = None;
    for (i, m) in ments.iter().enumerate() {
        // Places are where the act happened, even as its targets: they vote.
        if targets.contains(&i) && !m.is_place() {
            continue;
        }
        let Some(state) = Actor::of(m).state else {
            continue;
        };
        match &country {
            Some(c) if *c != state => return None,
            _ => country = Some(state),
        }
    }
    let country = country?;
    Some(Actor {
        name: format!("{country} ({sector})"),
        code: Some(format!("{country}{sector}")),
        key: format!("{country}{sector}"),
        state: Some(country),
        titled: false,
    })
}

/// The headline restates the article's main event: an event of the first sentence (`headline`)
/// that the body codes again, identically, is the same event, recorded once (in the body,
/// where its context is).
pub(crate) fn drop_headline_repeats(out: &mut Vec<(Span, Event)>, headline: Option<Span>) {
    if let Some(head) = headline {
        let key = |e: &Event| {
            (
                e.source_code.clone(),
                e.cameo.clone(),
                e.target_code.clone(),
                e.negated,
                e.hypothetical,
            )
        };
        let body: Vec<_> = out
            .iter()
            .filter(|(s, _)| s.start >= head.end)
            .map(|(_, e)| key(e))
            .collect();
        out.retain(|(s, e)| *s != head || !body.contains(&key(e)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(sent: Span, source: &str, cameo: &str, target: &str) -> (Span, Event) {
        (
            sent,
            Event {
                source_code: Some(source.into()),
                target_code: Some(target.into()),
                cameo: cameo.into(),
                ..Default::default()
            },
        )
    }

    #[test]
    fn a_doer_named_by_its_sector_takes_the_one_country_of_its_sentence() {
        use crate::fixture::Sentence;
        let s = Sentence::new("Police detained Navalny in Moscow after he came from Berlin")
            .with("Navalny", Some("RUS"), "person", "name")
            .with("Moscow", Some("RUS"), "place", "name");
        let v = s.view("en");
        let ments = v.ments();
        let police = agent_of_sentence(&ments, &[], "COP").unwrap();
        assert_eq!(police.code.as_deref(), Some("RUSCOP"));
        assert_eq!(police.state.as_deref(), Some("RUS"));
        // A target that is not a place does not vote; the place still does.
        assert_eq!(
            agent_of_sentence(&ments, &[0, 1], "COP").and_then(|a| a.code),
            Some("RUSCOP".into())
        );
        // Two countries: no actor.
        let s = Sentence::new("Police detained Navalny in Moscow after he came from Berlin")
            .with("Navalny", Some("RUS"), "person", "name")
            .with("Berlin", Some("DEU"), "place", "name");
        let v = s.view("en");
        assert!(agent_of_sentence(&v.ments(), &[], "COP").is_none());
        // The only country named is the target: "gunmen attacked an Israeli post".
        let s = Sentence::new("Gunmen attacked an Israeli post").with(
            "Israeli",
            Some("ISR"),
            "country",
            "adjective",
        );
        let v = s.view("en");
        assert!(agent_of_sentence(&v.ments(), &[0], "UAF").is_none());
    }

    #[test]
    fn a_headline_event_the_body_codes_again_is_kept_in_the_body_only() {
        let head = Span::new(0, 10);
        let body = Span::new(11, 40);
        let mut out = vec![
            ev(head, "USA", "051", "FRA"),
            ev(head, "USA", "111", "IRN"),
            ev(body, "USA", "051", "FRA"),
        ];
        drop_headline_repeats(&mut out, Some(head));
        let kept: Vec<_> = out
            .iter()
            .map(|(s, e)| (s.start, e.cameo.as_str()))
            .collect();
        assert_eq!(kept, [(0, "111"), (11, "051")]);
        // Without a headline nothing is dropped.
        drop_headline_repeats(&mut out, None);
        assert_eq!(out.len(), 2);
    }
}
