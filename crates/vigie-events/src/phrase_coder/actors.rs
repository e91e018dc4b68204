//! Pass 2 of the phrase coder: the actors of a trigger, by position.
//!
//! Without a syntax the subject is the nearest actor before the trigger that no preposition
//! governs, and the object the actor right after it (past determiners and numbers), or after
//! one of the pattern's target prepositions within the object reach, or failing both the first
//! coded actor later in its clause; the pattern's voice says which is the source ("was attacked
//! by" swaps them; a reported pattern takes the speaker). [`parties`] then applies what the
//! sentence says about them: coordinated actors each act ("la Grande-Bretagne et la France"),
//! both sides of talks act, a subject pronoun stands for the previous sentence's subject, a
//! second verb shares the first one's subject, force with no actor object falls on the country
//! of the place. [`domestic_target`] gives an act aimed at compatriots the doer's own country,
//! as CAMEO codes domestic actors.

use vigie_core::{EntityType, MentionHow, Span};

use super::context::Ctx;
use super::{MainAct, Trigger};
use crate::actor::{same_country, state_of, Actor};
use crate::lexicon::{Pattern, Voice};
use crate::phrase::Hit;
use crate::sentence::Ment;

/// The sources and targets of one trigger.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Parties {
    pub(super) sources: Vec<Actor>,
    pub(super) targets: Vec<Actor>,
}

/// The actors of trigger `t`, given the sentence's first act so far. No source means no event.
pub(super) fn parties(ctx: &Ctx, t: &Trigger, main: &MainAct) -> Parties {
    let lang = ctx.lang;
    let hit = &t.hit;
    let pattern = t.pattern;
    let (mut sources, mut targets) = by_position(ctx, hit, pattern.voice, pattern, t.head);
    // Talks and calls: the other side acts as much as the first.
    if pattern.symmetric && !sources.is_empty() {
        for t in targets.drain(..) {
            if !sources.iter().any(|s| s.key == t.key) {
                sources.push(t);
            }
        }
    }
    // Acts done together ("La Russie et l'Ukraine ont signé un accord"): the first named is
    // the source and the others its partners, as the tree coder's assembly codes them — the
    // dyad is what an analyst counts. Chosen on the dev halves of the held-out sets (F1:
    // news-heldout-2 0.385 → 0.435, news-heldout 0.556 → 0.618, articles-heldout 0.121 →
    // 0.133); PLOVER-GSR, which codes such acts once per actor without a target, drops
    // 0.726 → 0.668.
    if sources.len() > 1
        && lang
            .reciprocal_roots
            .iter()
            .any(|r| pattern.code.starts_with(r.as_str()))
    {
        targets.clear();
        targets.extend(sources.drain(1..));
    }
    // "fired shells at targets in Jericho", "reimposed blockades in the West
    // Bank": force, coercion or an inquiry with no actor as its object falls
    // on the country where it is done.
    if targets.is_empty()
        && lang
            .territorial_roots
            .iter()
            .any(|r| pattern.code.starts_with(r.as_str()))
    {
        targets.extend(ctx.territory(hit));
    }
    // "Minsk … qu'il avait ordonné …": a subject pronoun between the nearest
    // actor and an active trigger is the subject; it stands for the previous
    // sentence's subject.
    if pattern.voice == Voice::Active && !sources.is_empty() {
        if let Some(prev) = ctx.last_subject {
            let nearest = ctx
                .ments
                .iter()
                .filter(|m| m.last < hit.first)
                .map(|m| m.last)
                .max()
                .unwrap_or(0);
            let lo = hit.first.saturating_sub(lang.window).max(nearest + 1);
            let pronoun = (lo..hit.first).any(|i| lang.pronouns.has(ctx.word(i)));
            if pronoun && !sources.iter().any(|s| s.key == prev.key) {
                sources = vec![prev.clone()];
            }
        }
    }
    // "killed one U.S. soldier and wounded two others": a verb coordinated with
    // the sentence's first act shares its subject, not the object between them.
    let object_of_first = |e: usize| {
        // (A subject the coreference stage supplied for the second verb,
        // "et a accusé", is that verb's own.)
        ctx.ments.iter().any(|m| {
            m.m.how != Some(MentionHow::Coreference)
                && m.first > e
                && m.last < hit.first
                && sources.iter().any(|s| s.key == Actor::of(m).key)
        })
    };
    if pattern.voice == Voice::Active
        && hit.first > 0
        && lang.coordinators.has(ctx.word(hit.first - 1))
        && main
            .trigger_end
            .is_some_and(|e| hit.first > e + 1 && object_of_first(e))
    {
        if let Some(first) = main.source.clone() {
            sources = vec![first];
        }
    }
    if pattern.voice == Voice::Reported {
        sources = reported_source(ctx, hit, t.span);
    } else if sources.is_empty() {
        sources = fallback_source(ctx, hit, t.span);
    }
    Parties { sources, targets }
}

/// Source and target actors of a trigger, per the pattern's voice.
fn by_position(
    ctx: &Ctx,
    hit: &Hit,
    voice: Voice,
    pattern: &Pattern,
    head: Option<&Pattern>,
) -> (Vec<Actor>, Vec<Actor>) {
    let lang = ctx.lang;
    // A condition is not the object of an act ("will not accept refugees if war starts in
    // Iraq"), except of a threat, which is aimed at whoever must meet it ("threatened to
    // stop negotiations if the United States goes ahead").
    let threat = pattern.code.starts_with("13") || head.is_some_and(|h| h.code.starts_with("13"));
    let beyond_condition = |m: &Ment| !threat && ctx.opener_between(hit.last, m.first);
    let before: Vec<usize> = (0..ctx.ments.len())
        .filter(|&i| ctx.ments[i].last < hit.first)
        .collect();
    // A mention that starts inside the trigger and runs past it ("permis aux [troupes
    // russes]") is after it too, and so is one in a gap of the trigger ("rejected an
    // [Indian] proposal", "expelled two [Russian diplomats]"): it is the act's object.
    let after: Vec<usize> = (0..ctx.ments.len())
        .filter(|&i| {
            let m = &ctx.ments[i];
            m.first > hit.last
                || (m.first >= hit.first && m.last > hit.last)
                || (m.first > hit.first && m.last <= hit.last)
        })
        .collect();
    let subject = before
        .iter()
        .rev()
        .copied()
        .find(|&i| {
            let m = &ctx.ments[i];
            (!ctx.is_oblique(m) || ctx.members_of(m)) && !m.is_place()
        })
        // No actor heads the subject, but a coded place or actor inside it places the doers
        // ("Demonstrators in Baghdad blocked…", "Thousands of Iraqi Kurds demonstrated…",
        // "Opposition groups in Zimbabwe are demanding…"): its country is the source, as
        // CAMEO codes unnamed groups by where they are from. Only within the trigger's clause,
        // and not when a subject pronoun stands for an actor named earlier ("Il a déclaré
        // dans la capitale Minsk qu'il avait ordonné…").
        .or_else(|| {
            let pronoun = (0..hit.first)
                .any(|j| lang.pronouns.has(ctx.word(j)) || lang.first_person.has(ctx.word(j)));
            if pronoun {
                return None;
            }
            before.iter().rev().copied().find(|&i| {
                let m = &ctx.ments[i];
                m.m.code.is_some() && !ctx.clause_break_between(m.last, hit.first)
            })
        })
        .map(|i| ctx.apposition_head(i, hit.first).unwrap_or(i));
    let agent = after
        .iter()
        .copied()
        .find(|&i| ctx.after_set(&ctx.ments[i], &lang.agent_preps));
    let object = || {
        // Prepositions in the pattern's order: "se battre en Ukraine, mais contre les
        // forces russes" has its target after "contre".
        // An actor right after the trigger (past determiners) is its direct object, and
        // comes before a prepositional phrase further on ("praised Haiti's efforts … for").
        // So is the subject of a clause the trigger opens with a complementizer ("demanded
        // that the US cancel…", "its demand today that Israel ease…").
        let direct = after.iter().copied().find(|&i| {
            let m = &ctx.ments[i];
            let mut open = m.first;
            while open > hit.last + 1 && ctx.determiner_or_number(open - 1) {
                open -= 1;
            }
            Some(i) != agent
                && !m.is_place()
                && m.first > hit.last
                && (open == hit.last + 1
                    || (open <= hit.last + 3 && ctx.lang.complementizers.has(ctx.word(open - 1))))
        });
        // Within the object reach: "reimposed blockades in the West Bank following the
        // deaths of two Israelis" does not aim the blockade at Israelis.
        let preferred = pattern.target_preps.iter().find_map(|p| {
            after.iter().copied().find(|&i| {
                ctx.ments[i].first <= hit.last + ctx.lang.object_reach
                    && ctx.after_any(&ctx.ments[i], std::slice::from_ref(p))
            })
        });
        let preferred = match (direct, preferred) {
            (Some(d), Some(p)) if ctx.ments[d].first < ctx.ments[p].first => Some(d),
            (_, p) => p,
        };
        // Without a preposition the target is the direct object: close to the trigger and
        // in its clause ("accused the United States of…"), not an actor further on ("…,
        // the White House announced").
        preferred.or_else(|| {
            after.iter().copied().find(|&i| {
                let m = &ctx.ments[i];
                Some(i) != agent
                    && !m.is_place()
                    && m.first <= hit.last + ctx.lang.object_reach
                    && !ctx.clause_break_between(hit.last, m.first)
                    && !beyond_condition(m)
            })
        })
    };
    // Without a nearer target, the first coded actor or place later in the trigger's
    // clause (a place stands for its country: "opened an embassy in Tehran"): "agreed to lift embargoes on pharmaceutical sales in late February to Iran",
    // "rejected a call for its peacekeeping forces to be deployed in East Timor". In active
    // voice a "by" phrase after the trigger belongs to its object ("rejected calls by
    // Kofi Annan") and may be the target.
    let far_object = |active: bool| {
        after.iter().copied().find(|&i| {
            let m = &ctx.ments[i];
            (active || Some(i) != agent)
                && (m.m.code.is_some() || m.title_code.is_some())
                && ctx.tokens[m.first].clause == ctx.tokens[hit.last].clause
                && !ctx.clause_break_between(hit.last, m.first)
                && !beyond_condition(m)
        })
    };
    let (src, tgt) = match voice {
        Voice::Active => (subject, object().or_else(|| far_object(true))),
        Voice::Passive => (agent, subject),
        Voice::Nominal => (
            agent.or(subject),
            object()
                .or_else(|| far_object(false))
                .filter(|&i| Some(i) != agent),
        ),
        Voice::Inverse => (object(), subject),
        // The source is found by the caller (reporter or speaker); see `reported_source`.
        Voice::Reported => (None, subject),
    };
    let expand = |i: Option<usize>, forward: bool| -> Vec<Actor> {
        i.map(|i| {
            ctx.coordinated(i, forward)
                .into_iter()
                .map(|j| {
                    let m = &ctx.ments[j];
                    let mut a = ctx.minority(m).unwrap_or_else(|| Actor::of(m));
                    a.titled = m.m.entity_type == EntityType::Person
                        && m.first > 0
                        && lang.domestic_actor_words.has(ctx.word(m.first - 1));
                    a
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let src_forward = matches!(voice, Voice::Inverse)
        || (matches!(voice, Voice::Passive | Voice::Nominal) && src == agent);
    let tgt_forward = !matches!(voice, Voice::Passive | Voice::Inverse);
    (expand(src, src_forward), expand(tgt, tgt_forward))
}

/// Source when no actor stands before the trigger: the quoted speaker ("nous sommes prêts"),
/// or the previous sentence's subject when the clause starts with a subject pronoun.
fn fallback_source(ctx: &Ctx, hit: &Hit, trigger_span: Span) -> Vec<Actor> {
    // Inside a quotation a first-person subject ("nous sommes prêts") is the speaker.
    let lo = hit.first.saturating_sub(ctx.lang.window);
    let first_person = (lo..hit.first).any(|i| ctx.lang.first_person.has(ctx.word(i)));
    if let Some((_, q)) = ctx
        .quotes
        .iter()
        .filter(|_| first_person)
        .find(|(s, _)| s.overlaps(&ctx.sent) && s.contains(&trigger_span))
    {
        if let Some(sp) = &q.speaker {
            return vec![Actor::named(sp, q.speaker_code.as_ref())];
        }
    }
    let pronoun = (lo..hit.first)
        .rev()
        .find(|&i| ctx.lang.pronouns.has(ctx.word(i)));
    match pronoun {
        Some(pi) if !ctx.clause_break_between(pi, hit.first) => {
            ctx.last_subject.cloned().into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// For "X said that Y must…": the quoted speaker, else the reporter of the nearest
/// attribution cue before the trigger.
fn reported_source(ctx: &Ctx, hit: &Hit, trigger_span: Span) -> Vec<Actor> {
    let from_cue = || {
        ctx.cues
            .iter()
            .filter(|h| {
                matches!(ctx.cue_kind(h), "attribution" | "according_to") && h.last < hit.first
            })
            .map(|h| h.first)
            .max()
            .and_then(|at| reporter(ctx, at))
    };
    if let Some((_, q)) = ctx.quotes.iter().find(|(s, _)| s.contains(&trigger_span)) {
        if let Some(sp) = &q.speaker {
            // A speaker the quote stage could not code ("Egyptian President Hosni
            // Mubarak said … that the US must …") takes the code its title gives the
            // mention before the speech verb.
            if q.speaker_code.is_none() {
                if let Some(a) = from_cue().filter(|a| a.code.is_some()) {
                    return vec![a];
                }
            }
            return vec![Actor::named(sp, q.speaker_code.as_ref())];
        }
    }
    from_cue().into_iter().collect()
}

/// Who asserts a reported clause: the actor right after "selon"/"according to", or else the
/// nearest actor before the reporting verb (the cue at token `at`) that is not in a
/// prepositional phrase.
pub(super) fn reporter(ctx: &Ctx, at: usize) -> Option<Actor> {
    let according_to = ctx
        .cues
        .iter()
        .any(|h| h.first == at && ctx.cue_kind(h) == "according_to");
    if according_to {
        return ctx
            .ments
            .iter()
            .find(|m| m.first > at && m.first <= at + 4 && !ctx.clause_break_between(at, m.first))
            .map(Actor::of);
    }
    ctx.ments
        .iter()
        .rev()
        .find(|m| m.last < at && !ctx.is_oblique(m))
        .map(Actor::of)
}

/// The source's own country as the target, when the act is aimed at its compatriots
/// without naming their country (CAMEO codes domestic actors with the country of the
/// story): a protest or a measure of internal order with no target ("began a hunger
/// strike", "imposed a curfew": the roots in `domestic_roots`), an object that is a bare
/// domestic group ("accepted demands from rebels", "pressuring workers"), or a person
/// named by a bare title ("demanding that President Mugabe…").
pub(super) fn domestic_target(
    ctx: &Ctx,
    hit: &Hit,
    voice: Voice,
    s: &Actor,
    own: &[Option<&Actor>],
    code: &str,
) -> Option<Actor> {
    let state = s.state.as_deref()?;
    let lang = ctx.lang;
    let found = match own {
        [None] => {
            lang.domestic_roots
                .iter()
                .any(|r| code.starts_with(r.as_str()))
                || (matches!(voice, Voice::Active | Voice::Nominal) && domestic_object(ctx, hit))
        }
        [Some(t)] => t.code.is_none() && t.titled,
        _ => false,
    };
    found.then(|| Actor {
        name: if s.code.as_deref() == Some(state) {
            s.name.clone()
        } else {
            state.to_string()
        },
        code: Some(state.to_string()),
        key: format!("domestic:{state}"),
        state: Some(state.to_string()),
        titled: false,
    })
}

/// Whether the trigger's object, within its clause and the object reach, is a bare
/// domestic group word that no actor mention covers ("jailed 52 members of…").
fn domestic_object(ctx: &Ctx, hit: &Hit) -> bool {
    let end = (hit.last + ctx.lang.object_reach).min(ctx.tokens.len() - 1);
    for j in hit.last + 1..=end {
        if ctx.clause_break_between(hit.last, j) {
            return false;
        }
        // A named actor comes first: it is the object, or the group's owner.
        if ctx.ments.iter().any(|m| m.first <= j && j <= m.last) {
            return false;
        }
        if ctx.lang.domestic_actor_words.has(ctx.word(j)) {
            return true;
        }
    }
    false
}

/// Where an actor mention stands among the others: groups, minorities, appositions,
/// coordination, the territory of an act.
impl Ctx<'_> {
    /// "A member of the Syrian parliament, …, started a hunger strike": a group word and a
    /// partitive preposition before a body or country make it the doers' own (not a person:
    /// supporters of a politician are not the politician).
    fn members_of(&self, m: &Ment) -> bool {
        // (A person titled by the body, "the Syrian parliament, Mohammed Mamoun", is its
        // member.)
        if m.m.entity_type == EntityType::Person && m.title_code.is_none() {
            return false;
        }
        let mut j = m.first;
        while j > 0 && self.lang.determiners.has(self.word(j - 1)) {
            j -= 1;
        }
        j >= 2
            && self.lang.partitive_preps.has(self.word(j - 1))
            && self.lang.domestic_actor_words.has(self.word(j - 2))
    }
    /// "ethnic Albanians … in Serbia": a people named as a minority is coded with the country
    /// the sentence places it in (CAMEO codes domestic groups by their state), keeping its
    /// sector.
    fn minority(&self, m: &Ment) -> Option<Actor> {
        if m.first == 0 || !self.lang.minority_markers.has(self.word(m.first - 1)) {
            return None;
        }
        let own = m.m.code.as_deref()?;
        let home = self.ments.iter().find(|h| {
            h.m.entity_type == EntityType::Country
                && h.m.how == Some(MentionHow::Name)
                && self.after_set(h, &self.lang.country_location_preps)
                && !same_country(h.m.code.as_deref(), Some(own))
        })?;
        let country = home.m.code.as_deref()?.get(..3)?;
        Some(Actor::in_country(
            country,
            own.get(3..).unwrap_or(""),
            home.m,
        ))
    }
    /// "Pakistan, a key U.S. ally in the war, has refused…": an actor inside an apposition
    /// (a clause opened by an article right after a mention and a comma, and closed by the
    /// comma before the verb at `verb`) describes the head; the head is the subject.
    fn apposition_head(&self, i: usize, verb: usize) -> Option<usize> {
        let m = &self.ments[i];
        let comma_before = |j: usize| {
            j > 0 && self.folded[self.tokens[j - 1].end..self.tokens[j].start].contains(',')
        };
        // The comma closing the apposition, between the actor and the verb.
        if !(m.last + 1..=verb).any(comma_before) {
            return None;
        }
        // The head: the mention just before, followed by a comma and an article.
        let h = (0..i).rev().find(|&h| self.ments[h].last < m.first)?;
        let open = self.ments[h].last + 1;
        (open <= m.first
            && comma_before(open)
            && self.lang.determiners.has(self.word(open))
            && !(open + 1..=m.first).any(comma_before)
            && !self.is_oblique(&self.ments[h])
            && !self.ments[h].is_place())
        .then_some(h)
    }
    /// The country of the first place the clause puts the act in, after the trigger ("at
    /// targets in Jericho" → Palestine), as an actor.
    fn territory(&self, hit: &Hit) -> Option<Actor> {
        let m = self.ments.iter().find(|m| {
            m.first > hit.last
                && !self.clause_break_between(hit.last, m.first)
                && ((m.is_place() && self.after_set(m, &self.lang.location_preps))
                    || (m.m.entity_type == EntityType::Country
                        && self.after_set(m, &self.lang.country_location_preps)))
        })?;
        let country = state_of(m.m.code.as_deref())?;
        Some(Actor {
            name: country.clone(),
            key: format!("territory:{country}"),
            code: Some(country.clone()),
            state: Some(country),
            titled: false,
        })
    }
    /// Mentions coordinated with `m` ("la Grande-Bretagne et la France"), in text order.
    fn coordinated(&self, idx: usize, forward: bool) -> Vec<usize> {
        let mut out = vec![idx];
        let mut cur = idx;
        loop {
            let next = if forward {
                cur + 1
            } else if cur == 0 {
                break;
            } else {
                cur - 1
            };
            let Some(n) = self.ments.get(next) else { break };
            let (a, b) = if forward {
                (&self.ments[cur], n)
            } else {
                (n, &self.ments[cur])
            };
            if b.first <= a.last {
                break;
            }
            // A list of countries runs across commas ("to Iran, Libya, North Korea, Sudan, and
            // Cuba"): one comma between two countries joins them like a conjunction. Other
            // mentions stop at a comma, which more often opens an apposition or a new clause.
            let clauses = self.tokens[b.first].clause - self.tokens[a.last].clause;
            // Countries named by their names only: "the Israeli army" after a comma is more
            // often a reporter ("…, the Israeli army said") than a list item.
            // Nor is a possessive ("…, South Korea's defense ministry said").
            let possessive = self.folded[self.tokens[b.last].end..].starts_with(['\'', '’']);
            let comma_list = clauses == 1
                && !possessive
                && [a, b].iter().all(|m| {
                    m.m.entity_type == EntityType::Country && m.m.how == Some(MentionHow::Name)
                })
                && self.folded[self.tokens[a.last].end..self.tokens[b.first].start]
                    .trim_start()
                    .starts_with(',');
            if clauses != 0 && !comma_list {
                break;
            }
            let gap: Vec<&str> = (a.last + 1..b.first).map(|i| self.word(i)).collect();
            if comma_list && gap.iter().any(|w| !self.lang.coordinators.has(w)) {
                break;
            }
            let has_conj = comma_list || gap.iter().any(|w| self.lang.coordinators.has(w));
            let only_small = gap.len() <= 3
                && gap
                    .iter()
                    .all(|w| self.lang.coordinators.has(w) || self.lang.determiners.has(w));
            if !(has_conj && only_small) {
                break;
            }
            out.push(next);
            cur = next;
        }
        if !forward {
            out.reverse();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Sentence, View};
    use crate::phrase_coder::testing::{ctx, trigger};
    use crate::phrase_coder::triggers::choose;

    /// The source and target codes of the trigger at `word`, with `last` the previous
    /// sentence's subject.
    fn codes_with(v: &View, word: &str, last: Option<&Actor>) -> (Vec<String>, Vec<String>) {
        let ments = v.ments();
        let c = ctx(v, &ments, last);
        let chosen = choose(&c, &mut v.hits.clone());
        let p = parties(&c, &trigger(v, &chosen, word), &MainAct::default());
        let codes = |a: &[Actor]| -> Vec<String> {
            a.iter()
                .map(|a| a.code.clone().unwrap_or_else(|| a.name.clone()))
                .collect()
        };
        (codes(&p.sources), codes(&p.targets))
    }

    fn codes(v: &View, word: &str) -> (Vec<String>, Vec<String>) {
        codes_with(v, word, None)
    }

    #[test]
    fn active_subject_before_and_direct_object_after() {
        let s = Sentence::new("Russia attacked Georgia.")
            .country("Russia", "RUS")
            .country("Georgia", "GEO");
        assert_eq!(
            codes(&s.view("en"), "attacked"),
            (vec!["RUS".into()], vec!["GEO".into()])
        );
    }

    #[test]
    fn passive_voice_takes_the_agent_as_source() {
        let s = Sentence::new("Jordan was received by Egypt.")
            .country("Jordan", "JOR")
            .country("Egypt", "EGY");
        assert_eq!(
            codes(&s.view("en"), "was"),
            (vec!["EGY".into()], vec!["JOR".into()])
        );
    }

    #[test]
    fn coordinated_subjects_each_act_and_talks_are_coded_once_per_pair() {
        let s = Sentence::new("Britain and France condemned Iran.")
            .country("Britain", "GBR")
            .country("France", "FRA")
            .country("Iran", "IRN");
        assert_eq!(
            codes(&s.view("en"), "condemned"),
            (vec!["GBR".into(), "FRA".into()], vec!["IRN".into()])
        );
        let s = Sentence::new("Israel held talks with Syria.")
            .country("Israel", "ISR")
            .country("Syria", "SYR");
        // Talks are done together: the first named is the source, the other its partner.
        assert_eq!(
            codes(&s.view("en"), "held"),
            (vec!["ISR".into()], vec!["SYR".into()])
        );
    }

    #[test]
    fn an_actor_inside_an_apposition_is_not_the_subject() {
        let s = Sentence::new("Pakistan, a key ally of the United States, condemned India.")
            .country("Pakistan", "PAK")
            .country("the United States", "USA")
            .country("India", "IND");
        assert_eq!(
            codes(&s.view("en"), "condemned"),
            (vec!["PAK".into()], vec!["IND".into()])
        );
    }

    #[test]
    fn a_subject_pronoun_stands_for_the_previous_subject() {
        let s = Sentence::new("He condemned India.").country("India", "IND");
        let v = s.view("en");
        assert_eq!(codes(&v, "condemned"), (vec![], vec!["IND".into()]));
        let prev = Actor::named("Pakistan", Some(&"PAK".to_string()));
        assert_eq!(
            codes_with(&v, "condemned", Some(&prev)),
            (vec!["PAK".into()], vec!["IND".into()])
        );
    }

    #[test]
    fn force_without_an_actor_object_falls_on_the_country_of_the_place() {
        let s = Sentence::new("Houses were shelled by Israel in Jericho.")
            .country("Israel", "ISR")
            .with("Jericho", Some("PSE"), "place", "name");
        assert_eq!(
            codes(&s.view("en"), "were"),
            (vec!["ISR".into()], vec!["PSE".into()])
        );
    }

    #[test]
    fn the_reporter_is_the_actor_before_the_cue_or_after_according_to() {
        let s = Sentence::new("Egypt said that Israel attacked Gaza, according to Jordan.")
            .country("Egypt", "EGY")
            .country("Israel", "ISR")
            .with("Gaza", Some("PSE"), "place", "name")
            .country("Jordan", "JOR");
        let v = s.view("en");
        let ments = v.ments();
        let c = ctx(&v, &ments, None);
        let said = reporter(&c, v.token("said")).expect("said");
        assert_eq!(said.code.as_deref(), Some("EGY"));
        let according = reporter(&c, v.token("according")).expect("according to");
        assert_eq!(according.code.as_deref(), Some("JOR"));
    }

    #[test]
    fn an_act_of_internal_order_without_target_falls_on_the_own_country() {
        let s = Sentence::new("Zimbabwe imposed a curfew.").country("Zimbabwe", "ZWE");
        let v = s.view("en");
        let ments = v.ments();
        let c = ctx(&v, &ments, None);
        let chosen = choose(&c, &mut v.hits.clone());
        let t = trigger(&v, &chosen, "curfew");
        assert!(t.pattern.code.starts_with("17"), "{}", t.pattern.code);
        let zimbabwe = Actor::of(&ments[0]);
        let d = domestic_target(
            &c,
            &t.hit,
            t.pattern.voice,
            &zimbabwe,
            &[None],
            &t.pattern.code,
        )
        .expect("domestic");
        assert_eq!(
            (d.code.as_deref(), d.key.as_str()),
            (Some("ZWE"), "domestic:ZWE")
        );
        // A named target is kept.
        let other = Actor::named("Zambia", Some(&"ZMB".to_string()));
        let named = [Some(&other)];
        assert!(domestic_target(
            &c,
            &t.hit,
            t.pattern.voice,
            &zimbabwe,
            &named,
            &t.pattern.code
        )
        .is_none());
    }
}
