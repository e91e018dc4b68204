//! The phrase coder: trigger phrases of `lexicons/<lang>/events.toml` on folded text, actors by
//! position. It reads every sentence of a language without a syntax model (or without a
//! `predicates.toml`), and every sentence with `--coder phrase`.
//!
//! A sentence comes as the shared sentence view ([`crate::sentence`]: its tokens and merged
//! mentions) and goes through four named passes, each with typed input and output and tested
//! alone, for each language tried:
//!
//! 1. [`triggers`]: the trigger hits that are the sentence's acts ([`triggers::Chosen`]: the
//!    most specific of overlapping hits, the intent or threat heading each), and, hit by hit,
//!    whether it is an act of its own or a circumstance of the first one;
//! 2. [`actors`]: the sources and targets of a hit ([`actors::Parties`]), by position and the
//!    pattern's voice, with the reporter for reported speech;
//! 3. [`modality`]: negation, hypothetical kind, allegation, condition, reporter
//!    ([`modality::Stance`]);
//! 4. [`events`]: intent and threat codes, date and place, one `Event` per source and target,
//!    and the sentence's repeats dropped.
//!
//! The passes read the sentence through [`context::Ctx`]. The sentence's first coded act
//! ([`MainAct`]) is carried from hit to hit: later triggers are read against it (its content,
//! its purpose, a verb sharing its subject). The headline repeat across sentences is dropped for
//! both coders in [`crate::assemble`].

mod actors;
mod context;
mod events;
mod modality;
mod triggers;

use vigie_core::fold::Folded;
use vigie_core::{Event, Quote, Span};

use crate::actor::Actor;
use crate::codes::CameoTable;
use crate::lexicon::{Language, Lexicons, Pattern, Voice};
use crate::phrase::{Hit, Token};
use crate::sentence::Ment;
use context::Ctx;
use events::Act;

/// One sentence as the phrase coder takes it: the sentence view and what the document says
/// around it.
pub(crate) struct PhraseSentence<'a> {
    pub(crate) sent: Span,
    pub(crate) folded: &'a Folded<'a>,
    pub(crate) tokens: &'a [Token],
    pub(crate) ments: &'a [Ment<'a>],
    pub(crate) quotes: &'a [(Span, &'a Quote)],
    pub(crate) dates: &'a [(Span, &'a str)],
    pub(crate) published: Option<&'a str>,
    /// The previous sentence's subject.
    pub(crate) last_subject: Option<&'a Actor>,
}

/// A chosen trigger hit with what the passes after the first read of it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Trigger<'a> {
    pub(super) hit: Hit,
    /// The trigger's span in the original text (first to last token).
    pub(super) span: Span,
    pub(super) pattern: &'a Pattern,
    /// The intent or threat pattern heading the act ("threatened to" in "threatened to
    /// boycott").
    pub(super) head: Option<&'a Pattern>,
}

/// The sentence's first coded act, which later triggers are read against.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct MainAct {
    /// Last token of the first trigger that gave an event (or of a passive act without a
    /// named doer).
    pub(super) trigger_end: Option<usize>,
    /// Its CAMEO code.
    pub(super) code: Option<String>,
    /// Its first source.
    pub(super) source: Option<Actor>,
}

/// Codes sentence `s` in each of `langs` and appends its events to `out`. `hits` holds the
/// triggers of the only language when there is one (found before the mentions were merged),
/// `cues` is a buffer. Returns the source of the sentence's first event, the subject a pronoun
/// of the next sentence stands for.
pub(crate) fn code_sentence(
    lex: &Lexicons,
    table: &CameoTable,
    langs: &[&Language],
    s: &PhraseSentence,
    hits: &mut Vec<Hit>,
    cues: &mut Vec<Hit>,
    out: &mut Vec<(Span, Event)>,
) -> Option<Actor> {
    let sentence_start = out.len();
    // Whether each event of this sentence came from a generic pattern.
    let mut generic: Vec<bool> = Vec::new();
    let mut main = MainAct::default();
    let fs = s.folded.to_folded(s.sent.start);
    let fe = s.folded.to_folded(s.sent.end);
    for lang in langs {
        if langs.len() > 1 {
            hits.clear();
            lang.triggers.find(&s.folded.text, s.tokens, fs, fe, hits);
        }
        cues.clear();
        if hits.is_empty() {
            continue;
        }
        lang.cues.find(&s.folded.text, s.tokens, fs, fe, cues);
        let ctx = Ctx {
            lang,
            folded: &s.folded.text,
            tokens: s.tokens,
            ments: s.ments,
            cues: cues.as_slice(),
            sent: s.sent,
            quotes: s.quotes,
            dates: s.dates,
            published: s.published,
            last_subject: s.last_subject,
        };
        let chosen = triggers::choose(&ctx, hits);
        let mut seen: Vec<(String, String, String)> = Vec::new();
        for (hi, &hit) in chosen.hits.iter().enumerate() {
            if !chosen.coded(&ctx, hi, &main) {
                continue;
            }
            let t = Trigger {
                hit,
                span: s
                    .folded
                    .to_original(s.tokens[hit.first].start, s.tokens[hit.last].end),
                pattern: &lang.patterns[hit.payload],
                head: chosen.heads[hi].map(|h| &lang.patterns[chosen.hits[h].payload]),
            };
            let parties = actors::parties(&ctx, &t, &main);
            // Who did it is the core of an event: without a source there is none to
            // record (the gap shows in recall, not as a half-coded event).
            if parties.sources.is_empty() {
                // "Three US servicemen were killed by an improvised explosive device":
                // the passive act without a named doer is still the sentence's act,
                // and the means named after it is not a second one.
                if t.pattern.voice == Voice::Passive && main.trigger_end.is_none() {
                    main.trigger_end = Some(hit.last);
                }
                continue;
            }
            if main.source.is_none() {
                main.source = parties.sources.first().cloned();
            }
            if main.trigger_end.is_none() {
                main.trigger_end = Some(hit.last);
            }
            let stance = modality::stance(&ctx, &t, &parties.sources);
            let (code, kind) = events::code_of(lex, &t, &stance);
            let Some(info) = table.get(&code) else {
                continue;
            };
            if main.code.is_none() {
                main.code = Some(code.clone());
            }
            let act = Act {
                date: events::date_of(&ctx, &t),
                location: events::location_of(&ctx, &t),
                code,
                kind,
                info,
            };
            for (src, tgt) in events::pairs(&ctx, &t, &parties, &act.code) {
                let key = (
                    src.as_ref().map_or(String::new(), |a| a.key.clone()),
                    act.code.clone(),
                    tgt.as_ref().map_or(String::new(), |a| a.key.clone()),
                );
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                generic.push(t.pattern.generic);
                let e = events::event(&t, &stance, &act, src.as_ref(), tgt.as_ref());
                out.push((s.sent, e));
            }
        }
    }
    events::drop_repeats(out, sentence_start, &generic);
    main.source
}

/// Helpers for the passes' unit tests: a context and triggers over a fixture sentence.
#[cfg(test)]
pub(super) mod testing {
    use super::triggers::Chosen;
    use super::*;
    use crate::fixture::View;

    /// The context of fixture view `v` with merged mentions `ments`, published 2025-11-03.
    pub(super) fn ctx<'a>(
        v: &'a View,
        ments: &'a [Ment<'a>],
        last_subject: Option<&'a Actor>,
    ) -> Ctx<'a> {
        Ctx {
            lang: v.lang,
            folded: &v.folded.text,
            tokens: &v.tokens,
            ments,
            cues: &v.cues,
            sent: v.sent,
            quotes: &v.quotes,
            dates: &[],
            published: Some("2025-11-03"),
            last_subject,
        }
    }

    /// The trigger of the chosen hit that starts at token `word`.
    pub(super) fn trigger(v: &View, chosen: &Chosen, word: &str) -> Trigger<'static> {
        let first = v.token(word);
        let hi = chosen
            .hits
            .iter()
            .position(|h| h.first == first)
            .unwrap_or_else(|| panic!("no chosen trigger at {word:?}"));
        let hit = chosen.hits[hi];
        Trigger {
            hit,
            span: v
                .folded
                .to_original(v.tokens[hit.first].start, v.tokens[hit.last].end),
            pattern: &v.lang.patterns[hit.payload],
            head: chosen.heads[hi].map(|h| &v.lang.patterns[chosen.hits[h].payload]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{lexicons, table, Sentence};

    /// The sentence's events through all four passes, and the subject it leaves.
    fn code(s: &Sentence, last: Option<&Actor>) -> (Vec<(String, String, String)>, Option<Actor>) {
        let v = s.view("en");
        let ments = v.ments();
        let view = PhraseSentence {
            sent: v.sent,
            folded: &v.folded,
            tokens: &v.tokens,
            ments: &ments,
            quotes: &v.quotes,
            dates: &[],
            published: None,
            last_subject: last,
        };
        let lang = &lexicons().languages["en"];
        let mut hits = v.hits.clone();
        let mut out = Vec::new();
        let first = code_sentence(
            lexicons(),
            table(),
            &[lang],
            &view,
            &mut hits,
            &mut Vec::new(),
            &mut out,
        );
        let triples = out
            .into_iter()
            .map(|(_, e)| {
                (
                    e.source_code.unwrap_or_default(),
                    e.cameo,
                    e.target_code.unwrap_or_default(),
                )
            })
            .collect();
        (triples, first)
    }

    fn t(s: &str, c: &str, g: &str) -> (String, String, String) {
        (s.into(), c.into(), g.into())
    }

    #[test]
    fn the_first_act_carries_its_subject_to_a_coordinated_verb() {
        let s = Sentence::new("Russia attacked Georgia and condemned Ukraine.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO")
            .country("Ukraine", "UKR");
        let (events, first) = code(&s, None);
        assert_eq!(events, [t("RUS", "190", "GEO"), t("RUS", "111", "UKR")]);
        assert_eq!(first.and_then(|a| a.code).as_deref(), Some("RUS"));
    }

    #[test]
    fn an_intent_heading_an_act_gives_one_event_and_no_source_gives_none() {
        let s = Sentence::new("Iran agreed to visit Iraq.")
            .country("Iran", "IRN")
            .country("Iraq", "IRQ");
        assert_eq!(code(&s, None).0, [t("IRN", "036", "IRQ")]);
        let s = Sentence::new("He visited Iraq.").country("Iraq", "IRQ");
        assert_eq!(code(&s, None), (vec![], None));
        let iran = Actor::named("Iran", Some(&"IRN".to_string()));
        assert_eq!(code(&s, Some(&iran)).0, [t("IRN", "042", "IRQ")]);
    }
}
