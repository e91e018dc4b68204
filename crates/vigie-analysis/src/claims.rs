//! Claims in tension: pairs of statements that cannot both be taken at face value, within one
//! article or across articles and languages (actors are compared by their linked codes, which
//! are the same in every language).
//!
//! A statement is one coded event as a voice tells it: who did what to whom ([`Statement`]:
//! source and target codes, CAMEO code, PLOVER type), its polarity (asserted or negated), its
//! modality (real or hypothetical: intent, forecast, readiness…), its speaker (`reported_by`:
//! the quoted source, or `article` for the outlet itself) and its date. Three rules pair them:
//!
//! - [`Rule::OppositePolarity`]: the same actors and act, one asserted and one negated, both
//!   told as real, dated within [`TENSION_WINDOW_DAYS`];
//! - [`Rule::ForecastContradicted`]: a forecast or intent (hypothetical) met by a report told as
//!   real, dated the same day or later (within [`FORECAST_HORIZON_DAYS`]), that says the
//!   opposite: the act negated (or, for a negative intent, the act done), or the opposite act
//!   (an intent to cooperate followed by a refusal, [`COOPERATION_ROOTS`] → [`REFUSAL_ROOTS`]);
//! - [`Rule::SpeakersDisagree`]: two different named speakers, one asserting and one negating
//!   the same actors and act (also when both speak of what may happen: "they could join soon"
//!   against "we will not take part").
//!
//! The rules aim at precision rather than coverage: a pair is only made between statements whose
//! source actors are the same country, whose targets are the same country (or, for the same
//! CAMEO root, where one side's target is a country the other side's sentence names — "no
//! Belarusian soldier fights in Ukraine" against "Belarusian troops fight in Ukraine, against
//! Putin's forces"), and whose acts are the same CAMEO root or both uses of force
//! ([`FORCE_ROOTS`]). One voice is not paired with itself within an article (a concession,
//! "although X is expected…, no sign of it", is not a contradiction), nor are an outlet's own
//! hedges ("are supposed to", "could") taken as forecasts. Every sentence takes part in at most
//! one pair per other article, the strongest (two named speakers, the same act, the same
//! target, both told as real, the nearest), so that one denial against five forecasts shows once.
//!
//! Each pair says why it was made and keeps the referents of both sides (codes and names): a
//! country's volunteers fighting for the other side are not that country's army, and only the
//! analyst who reads both sentences can tell.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;
use vigie_core::{AnnotationData, Document, EntityType, Layer, Span};

/// Days two statements about the same act may lie apart and still speak of the same time: a
/// week covers a report and its denial in the next news cycle, while the same words a month
/// apart are more often about two different moments of a war.
pub const TENSION_WINDOW_DAYS: i64 = 7;

/// Days after a forecast within which a report can contradict it: forecasts in the news speak
/// of "the coming days" or "soon"; past a month a report no longer answers the forecast.
pub const FORECAST_HORIZON_DAYS: i64 = 30;

/// CAMEO roots that are all uses of force (posture and mobilisation, unconventional violence,
/// fighting, mass violence): "no sign they are preparing to enter Ukraine" (a mobilisation
/// denied) answers "their units could enter Ukraine in the coming days" (fighting foreseen).
pub const FORCE_ROOTS: [&str; 4] = ["15", "18", "19", "20"];

/// CAMEO roots of cooperation an intent can promise (intend to cooperate, diplomatic and
/// material cooperation, aid)…
pub const COOPERATION_ROOTS: [&str; 4] = ["03", "05", "06", "07"];

/// …and the roots of the acts that go back on it (reject, reduce relations). CAMEO's 12x codes
/// mirror its 03x ones (1211 "reject economic cooperation" against 0311).
pub const REFUSAL_ROOTS: [&str; 2] = ["12", "16"];

/// The voice of the outlet itself in `reported_by`.
pub const ARTICLE_VOICE: &str = "article";

/// One side of an event: its code (`BLRMIL`) and name as linked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Referent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Referent {
    /// The country part of the code (`BLRMIL` → `BLR`; `NATO`, `EU` as they are).
    pub fn country(&self) -> Option<&str> {
        self.code.as_deref().map(country_of)
    }
}

/// The country part of an actor code: its first three letters, or the whole of a shorter code.
pub fn country_of(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// One coded event as a voice tells it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Statement {
    pub article: String,
    /// The exact evidence sentence.
    pub sentence: String,
    /// Byte offset of the sentence in its article (order within an article).
    #[serde(skip)]
    pub position: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub source: Referent,
    pub target: Referent,
    pub cameo: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plover: Option<String>,
    pub negated: bool,
    /// The kind of hypothetical (`intent`, `prediction`…); `None` when told as real.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hypothetical: Option<String>,
    /// Who says it: the quoted speaker, or [`ARTICLE_VOICE`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The quoted words within the sentence, when a quote carries it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Country codes of the countries and places the sentence names.
    #[serde(skip)]
    pub places: Vec<String>,
}

impl Statement {
    fn root(&self) -> &str {
        self.cameo.get(..2).unwrap_or(&self.cameo)
    }

    /// A named speaker, not the outlet's own voice.
    fn named_speaker(&self) -> Option<&str> {
        self.speaker.as_deref().filter(|s| *s != ARTICLE_VOICE)
    }

    /// The statements of a processed document: one per coded event, with its sentence, the
    /// event's date (else the publication day), its speaker (`reported_by`, else the speaker of
    /// a quote in the sentence), the quoted words, and the countries the sentence names.
    pub fn from_document(doc: &Document) -> Vec<Statement> {
        let published = doc.meta.published.as_deref().and_then(date_of);
        let quotes: Vec<(Span, &vigie_core::Quote)> = doc
            .layer(Layer::Quote)
            .filter_map(|a| match &a.data {
                AnnotationData::Quote(q) => Some((a.span, q)),
                _ => None,
            })
            .collect();
        let places: Vec<(Span, String)> = doc
            .layer(Layer::Mention)
            .filter_map(|a| match &a.data {
                AnnotationData::Mention(m)
                    if matches!(m.entity_type, EntityType::Country | EntityType::Place) =>
                {
                    m.code
                        .as_deref()
                        .map(|c| (a.span, country_of(c).to_string()))
                }
                _ => None,
            })
            .collect();
        doc.layer(Layer::Event)
            .filter_map(|a| match &a.data {
                AnnotationData::Event(e) => Some((a.span, e)),
                _ => None,
            })
            .map(|(span, e)| {
                // The quote holding the trigger, else any quote in the sentence.
                let in_quote = |q: &Span, t: Span| q.start <= t.start && t.end <= q.end;
                let quote = e
                    .trigger_span
                    .and_then(|t| quotes.iter().find(|(q, _)| in_quote(q, t)))
                    .or_else(|| {
                        quotes
                            .iter()
                            .find(|(q, _)| q.start < span.end && span.start < q.end)
                    });
                let mut named: Vec<String> = Vec::new();
                for (s, c) in &places {
                    if span.contains(s) && !named.contains(c) {
                        named.push(c.clone());
                    }
                }
                Statement {
                    article: doc.id.as_str().to_string(),
                    sentence: doc.slice(span).trim().to_string(),
                    position: span.start,
                    date: e.date.as_deref().and_then(date_of).or(published),
                    source: Referent {
                        code: e.source_code.clone(),
                        name: e.source.clone(),
                    },
                    target: Referent {
                        code: e.target_code.clone(),
                        name: e.target.clone(),
                    },
                    cameo: e.cameo.clone(),
                    plover: e.plover.map(|p| p.as_str().to_string()),
                    negated: e.negated,
                    hypothetical: e.hypothetical.map(|h| h.as_str().to_string()),
                    speaker: e
                        .reported_by
                        .clone()
                        .or_else(|| quote.and_then(|(_, q)| q.speaker.clone())),
                    quote: quote.map(|(q, _)| doc.slice(*q).trim().to_string()),
                    places: named,
                }
            })
            .collect()
    }
}

/// The day of a date as events carry it: `YYYY-MM-DD` (or a timestamp), or the first day of a
/// month (`YYYY-MM`) or a year (`YYYY`) when only that much is known.
pub fn date_of(iso: &str) -> Option<NaiveDate> {
    crate::day_of(iso)
        .or_else(|| NaiveDate::parse_from_str(&format!("{}-01", iso.get(..7)?), "%Y-%m-%d").ok())
        .or_else(|| {
            let year: i32 = iso.get(..4)?.parse().ok()?;
            (iso.len() == 4).then(|| NaiveDate::from_ymd_opt(year, 1, 1))?
        })
}

/// Why two statements were paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Same actors and act, asserted against negated, both told as real.
    OppositePolarity,
    /// A forecast or intent met by a later report of the opposite.
    ForecastContradicted,
    /// Two named speakers, one asserting and one negating.
    SpeakersDisagree,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::OppositePolarity => "opposite_polarity",
            Rule::ForecastContradicted => "forecast_contradicted",
            Rule::SpeakersDisagree => "speakers_disagree",
        }
    }
}

/// A pair of statements in tension: indices into the statements given, `a` before `b` (in
/// time, then in the text), the rule and the reason in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tension {
    #[serde(skip)]
    pub a: usize,
    #[serde(skip)]
    pub b: usize,
    pub rule: Rule,
    /// The source country both sides share, and the target country (or the two targets when
    /// they differ and the pair was made through the place).
    pub source: String,
    pub target: String,
    /// The act compared: one CAMEO code, or both codes and how they relate.
    pub act: String,
    /// True when the two sides' actor codes differ beyond the country (`BLRMIL` against
    /// `BLRGOV`) or the targets differ: read the referents before trusting the pair.
    pub referents_differ: bool,
    pub reason: String,
}

/// How strong a candidate pair is; greater is stronger.
/// Two named speakers, the same CAMEO root, the same target, both told as real, the nearest.
type Strength = (bool, bool, bool, bool, Reverse<i64>);

/// All pairs in tension among `statements`, strongest first within each article pair, each
/// sentence in at most one pair per other article (see the module comment).
pub fn find_tensions(statements: &[Statement]) -> Vec<Tension> {
    let mut candidates: Vec<(Strength, Tension)> = Vec::new();
    pairs_to_compare(statements, &mut |i, j| {
        if let Some(c) = candidate(statements, i, j) {
            candidates.push(c);
        }
    });
    candidates.sort_by(|(sa, ta), (sb, tb)| sb.cmp(sa).then((ta.a, ta.b).cmp(&(tb.a, tb.b))));
    // A sentence is the article and its offset; it is used once per other article.
    let key = |i: usize| (statements[i].article.as_str(), statements[i].position);
    let mut used: HashSet<((&str, usize), &str)> = HashSet::new();
    let mut out = Vec::new();
    for (_, t) in candidates {
        let (ka, kb) = (key(t.a), key(t.b));
        let (side_a, side_b) = ((ka, kb.0), (kb, ka.0));
        if used.contains(&side_a) || used.contains(&side_b) {
            continue;
        }
        used.insert(side_a);
        used.insert(side_b);
        out.push(t);
    }
    out.sort_by(|x, y| {
        let s = |t: &Tension| {
            let a = &statements[t.a];
            (a.date, a.article.clone(), a.position)
        };
        s(x).cmp(&s(y))
    });
    out
}

/// Calls `f` once with each pair `(i, j)`, `i < j`, that [`candidate`] can accept, without comparing every
/// statement with every other (quadratic: a store of 100,000 articles holds about as many
/// statements). [`candidate`] needs the same source country, and dates both known and at most
/// [`FORECAST_HORIZON_DAYS`] apart (the widest of its windows), or the same article. So:
/// statements are grouped by source country; within a group, dated ones are sorted by date and
/// each is paired with those that follow within the horizon; a statement without a date is
/// paired with the others of its article. The pairs are not gathered: on a large store they
/// outnumber the statements by far.
fn pairs_to_compare(statements: &[Statement], f: &mut dyn FnMut(usize, usize)) {
    let mut by_country: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        if let Some(c) = s.source.country() {
            by_country.entry(c).or_default().push(i);
        }
    }
    let mut emit = |a: usize, b: usize| if a < b { f(a, b) } else { f(b, a) };
    for members in by_country.values() {
        let mut dated: Vec<(NaiveDate, usize)> = members
            .iter()
            .filter_map(|&i| statements[i].date.map(|d| (d, i)))
            .collect();
        dated.sort_unstable();
        for (k, &(day, i)) in dated.iter().enumerate() {
            for &(later, j) in &dated[k + 1..] {
                if (later - day).num_days() > FORECAST_HORIZON_DAYS {
                    break;
                }
                emit(i, j);
            }
        }
        // Undated statements meet the rest of their own article only.
        let mut by_article: HashMap<&str, Vec<usize>> = HashMap::new();
        for &i in members {
            by_article
                .entry(statements[i].article.as_str())
                .or_default()
                .push(i);
        }
        for same in by_article.values() {
            for &i in same.iter().filter(|&&i| statements[i].date.is_none()) {
                for &j in same {
                    // A pair of two undated statements is given once, from its smaller
                    // index; dated pairs were given above.
                    if j != i && (statements[j].date.is_some() || i < j) {
                        emit(i, j);
                    }
                }
            }
        }
    }
}

/// Whether the act of `a` and `b` is one act: the same CAMEO root, or both uses of force.
/// Returns the act in words and whether the root is the same.
fn same_act(a: &Statement, b: &Statement) -> Option<(String, bool)> {
    if a.root() == b.root() && !a.root().is_empty() {
        let act = if a.cameo == b.cameo {
            format!("{}{}", a.cameo, plover_suffix(a))
        } else {
            format!(
                "{}{} ~ {}{} (same CAMEO root {})",
                a.cameo,
                plover_suffix(a),
                b.cameo,
                plover_suffix(b),
                a.root()
            )
        };
        return Some((act, true));
    }
    if FORCE_ROOTS.contains(&a.root()) && FORCE_ROOTS.contains(&b.root()) {
        return Some((
            format!(
                "{}{} ~ {}{} (both uses of force)",
                a.cameo,
                plover_suffix(a),
                b.cameo,
                plover_suffix(b)
            ),
            false,
        ));
    }
    None
}

fn plover_suffix(s: &Statement) -> String {
    s.plover
        .as_deref()
        .map_or(String::new(), |p| format!(" {p}"))
}

/// The pair (i, j) if the rules make one, with its strength.
fn candidate(all: &[Statement], i: usize, j: usize) -> Option<(Strength, Tension)> {
    let (x, y) = (&all[i], &all[j]);
    let same_article = x.article == y.article;
    if same_article && x.position == y.position {
        return None; // one sentence is one voice's one claim
    }
    // One voice is not paired with itself within an article.
    if same_article && x.speaker.is_some() && x.speaker == y.speaker {
        return None;
    }
    // An outlet's own hedges are not forecasts.
    if [x, y]
        .iter()
        .any(|s| s.hypothetical.is_some() && s.named_speaker().is_none())
    {
        return None;
    }
    let (sx, sy) = (x.source.country()?, y.source.country()?);
    if sx != sy {
        return None;
    }
    let (tx, ty) = (x.target.country()?, y.target.country()?);
    let (act, same_root) = same_act(x, y).or_else(|| opposite_act(x, y))?;
    let same_target = tx == ty;
    if !same_target {
        // Through the place: same root only, and both sides must aim at another country than
        // their own (a target of one's own country is most often a coding slip, not a theatre).
        let ok = same_root
            && tx != sx
            && ty != sy
            && (y.places.iter().any(|p| p == tx) || x.places.iter().any(|p| p == ty));
        if !ok {
            return None;
        }
    }
    // Dates: both known, or the same article (one frame of time).
    let days = match (x.date, y.date) {
        (Some(a), Some(b)) => Some((b - a).num_days()),
        _ if same_article => None,
        _ => return None,
    };
    let named_both = match (x.named_speaker(), y.named_speaker()) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    };
    let opposite_acts = !x.negated && !y.negated && opposite_act(x, y).is_some();
    let rule = match (x.hypothetical.is_some(), y.hypothetical.is_some()) {
        _ if opposite_acts => {
            // Intent to cooperate (hypothetical) before the refusal (real).
            let (f, r, d) = if x.hypothetical.is_some() && y.hypothetical.is_none() {
                (x, y, days)
            } else if y.hypothetical.is_some() && x.hypothetical.is_none() {
                (y, x, days.map(|d| -d))
            } else {
                return None;
            };
            if !COOPERATION_ROOTS.contains(&f.root()) || !REFUSAL_ROOTS.contains(&r.root()) {
                return None;
            }
            if !same_target || !forecast_then_report(d) {
                return None;
            }
            Rule::ForecastContradicted
        }
        _ if x.negated == y.negated => return None,
        (false, false) => {
            if !within_window(days) {
                return None;
            }
            if named_both {
                Rule::SpeakersDisagree
            } else {
                Rule::OppositePolarity
            }
        }
        (true, false) | (false, true) => {
            let d = if x.hypothetical.is_some() {
                days
            } else {
                days.map(|d| -d)
            };
            if !forecast_then_report(d) {
                return None;
            }
            Rule::ForecastContradicted
        }
        (true, true) => {
            if !named_both || !within_window(days) {
                return None;
            }
            Rule::SpeakersDisagree
        }
    };
    // `a` is the earlier (in time, then in the text).
    let earlier_first = match days {
        Some(d) if d != 0 => d > 0,
        _ => !same_article || x.position <= y.position,
    };
    let (a, b) = if earlier_first { (i, j) } else { (j, i) };
    let (sa, sb) = (&all[a], &all[b]);
    let referents_differ = x.source.code != y.source.code || !same_target;
    let target = if same_target {
        tx.to_string()
    } else {
        format!(
            "{} / {}",
            sa.target.country().unwrap_or("?"),
            sb.target.country().unwrap_or("?")
        )
    };
    let voice = |s: &Statement| s.speaker.clone().unwrap_or_else(|| "?".into());
    let stance = |s: &Statement| {
        let mut w = if s.negated { "denies" } else { "asserts" }.to_string();
        if let Some(h) = &s.hypothetical {
            w.push_str(&format!(" ({h})"));
        }
        w
    };
    let reason = format!(
        "{}: {} {} and {} {} {} → {}, act {}{}{}",
        rule.as_str().replace('_', " "),
        voice(sa),
        stance(sa),
        voice(sb),
        stance(sb),
        sx,
        target,
        act,
        if same_target {
            String::new()
        } else {
            "; targets differ, paired through the place the other side names".into()
        },
        match days {
            Some(0) | None => String::new(),
            Some(d) => format!("; {} days apart", d.abs()),
        }
    );
    let distance = match days {
        _ if same_article => x.position.abs_diff(y.position) as i64,
        Some(d) => d.abs() * 1_000_000,
        None => i64::MAX,
    };
    let both_real = x.hypothetical.is_none() && y.hypothetical.is_none();
    let strength = (
        named_both,
        same_root,
        same_target,
        both_real,
        Reverse(distance),
    );
    Some((
        strength,
        Tension {
            a,
            b,
            rule,
            source: sx.to_string(),
            target,
            act,
            referents_differ,
            reason,
        },
    ))
}

/// An intent to cooperate and a refusal, in either order: the act in words.
fn opposite_act(x: &Statement, y: &Statement) -> Option<(String, bool)> {
    let coop_refusal = |c: &Statement, r: &Statement| {
        COOPERATION_ROOTS.contains(&c.root()) && REFUSAL_ROOTS.contains(&r.root())
    };
    if coop_refusal(x, y) || coop_refusal(y, x) {
        Some((
            format!(
                "{}{} against {}{} (cooperation against refusal)",
                x.cameo,
                plover_suffix(x),
                y.cameo,
                plover_suffix(y)
            ),
            false,
        ))
    } else {
        None
    }
}

fn within_window(days: Option<i64>) -> bool {
    days.is_none_or(|d| d.abs() <= TENSION_WINDOW_DAYS)
}

/// `days` from the forecast to the report: the report the same day or later, within the horizon.
fn forecast_then_report(days: Option<i64>) -> bool {
    days.is_none_or(|d| (0..=FORECAST_HORIZON_DAYS).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    /// A statement of `source` → `target` with `cameo`, asserted and real, by the outlet.
    fn st(article: &str, position: usize, source: &str, target: &str, cameo: &str) -> Statement {
        Statement {
            article: article.into(),
            sentence: format!("sentence {position} of {article}"),
            position,
            date: day("2022-03-22"),
            source: Referent {
                code: Some(source.into()),
                name: None,
            },
            target: Referent {
                code: Some(target.into()),
                name: None,
            },
            cameo: cameo.into(),
            plover: None,
            negated: false,
            hypothetical: None,
            speaker: Some(ARTICLE_VOICE.into()),
            quote: None,
            places: Vec::new(),
        }
    }

    /// Every pair, as `find_tensions` compared them before the blocking of
    /// [`pairs_to_compare`]: what the blocked search must equal.
    fn every_pair_candidates(all: &[Statement]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 0..all.len() {
            for j in i + 1..all.len() {
                if candidate(all, i, j).is_some() {
                    out.push((i, j));
                }
            }
        }
        out
    }

    #[test]
    fn the_blocked_search_finds_every_pair_the_full_one_finds() {
        // A seeded mix: four articles a day over 80 days, sources and targets from a few
        // countries and sectors, roots of force, cooperation and refusal, negations,
        // forecasts by named speakers, and undated statements.
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let actors = ["BLR", "BLRMIL", "UKR", "UKRMIL", "RUS", "POL", "LTU"];
        let roots = ["190", "193", "150", "036", "057", "120", "128", "173"];
        let mut all = Vec::new();
        for k in 0..320 {
            let article = format!("art{}", k / 2);
            let mut s = st(
                &article,
                (k % 2) * 100,
                actors[next(7) as usize],
                actors[next(7) as usize],
                roots[next(8) as usize],
            );
            s.date = match next(10) {
                0 => None,
                _ => day("2022-01-01").map(|d| d + chrono::Duration::days(next(80) as i64)),
            };
            if next(3) == 0 {
                s = negated(s);
            }
            match next(4) {
                0 => s = by(hypothetical(s, "intent"), &format!("speaker{}", next(3))),
                1 => s = by(s, &format!("speaker{}", next(3))),
                _ => {}
            }
            if next(4) == 0 {
                s.places = vec![actors[next(7) as usize][..3].to_string()];
            }
            all.push(s);
        }
        let full = every_pair_candidates(&all);
        assert!(
            full.len() > 20,
            "the mix holds pairs in tension ({})",
            full.len()
        );
        let mut given = Vec::new();
        pairs_to_compare(&all, &mut |i, j| given.push((i, j)));
        let mut sorted = given.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), given.len(), "each pair is given once");
        let blocked: Vec<(usize, usize)> = sorted
            .into_iter()
            .filter(|&(i, j)| candidate(&all, i, j).is_some())
            .collect();
        assert_eq!(blocked, full);
    }

    fn negated(mut s: Statement) -> Statement {
        s.negated = true;
        s
    }

    fn by(mut s: Statement, speaker: &str) -> Statement {
        s.speaker = Some(speaker.into());
        s
    }

    fn hypothetical(mut s: Statement, kind: &str) -> Statement {
        s.hypothetical = Some(kind.into());
        s
    }

    fn on(mut s: Statement, date: &str) -> Statement {
        s.date = day(date);
        s
    }

    #[test]
    fn asserted_and_negated_across_articles_and_sectors_pair_at_country_level() {
        let all = [
            st("a", 0, "BLRMIL", "UKR", "190"),
            negated(st("b", 0, "BLR", "UKRMIL", "193")),
        ];
        let t = find_tensions(&all);
        assert_eq!(t.len(), 1, "{t:#?}");
        assert_eq!(t[0].rule, Rule::OppositePolarity);
        assert_eq!((t[0].source.as_str(), t[0].target.as_str()), ("BLR", "UKR"));
        assert!(t[0].referents_differ, "BLRMIL against BLR is shown as such");
        assert!(t[0].reason.contains("denies"), "{}", t[0].reason);
    }

    #[test]
    fn a_different_act_or_far_apart_dates_make_no_pair() {
        // Same actors, praise against a denied attack: not one act.
        let praise = [
            st("a", 0, "BLR", "UKR", "051"),
            negated(st("b", 0, "BLR", "UKR", "190")),
        ];
        assert!(find_tensions(&praise).is_empty());
        // The same act a season apart: two moments of a war, not a contradiction.
        let far = [
            st("a", 0, "BLR", "UKR", "190"),
            on(negated(st("b", 0, "BLR", "UKR", "190")), "2022-07-06"),
        ];
        assert!(find_tensions(&far).is_empty());
        // Other actors.
        let others = [
            st("a", 0, "RUS", "UKR", "190"),
            negated(st("b", 0, "BLR", "UKR", "190")),
        ];
        assert!(find_tensions(&others).is_empty());
        // Same polarity.
        let agree = [
            st("a", 0, "BLR", "UKR", "190"),
            st("b", 0, "BLR", "UKR", "190"),
        ];
        assert!(find_tensions(&agree).is_empty());
    }

    #[test]
    fn a_forecast_is_contradicted_by_a_later_report_not_an_earlier_one() {
        let forecast = hypothetical(
            by(st("a", 0, "BLR", "UKR", "190"), "opposition source"),
            "prediction",
        );
        // "no evidence they are preparing to enter": mobilisation denied, a use of force too.
        let denial = by(
            on(negated(st("b", 0, "BLR", "UKR", "154")), "2022-03-25"),
            "US defense official",
        );
        let t = find_tensions(&[forecast.clone(), denial.clone()]);
        assert_eq!(t.len(), 1, "{t:#?}");
        assert_eq!(t[0].rule, Rule::ForecastContradicted);
        assert_eq!((t[0].a, t[0].b), (0, 1));
        assert!(t[0].act.contains("uses of force"), "{}", t[0].act);
        let before = on(denial, "2022-03-20");
        assert!(find_tensions(&[forecast, before]).is_empty());
    }

    #[test]
    fn an_intent_to_cooperate_is_contradicted_by_a_later_refusal() {
        let intent = hypothetical(by(st("a", 0, "USA", "GBR", "0312"), "Biden"), "intent");
        let refusal = on(st("b", 0, "USA", "GBR", "1212"), "2022-03-30");
        let t = find_tensions(&[intent.clone(), refusal.clone()]);
        assert_eq!(t.len(), 1, "{t:#?}");
        assert_eq!(t[0].rule, Rule::ForecastContradicted);
        assert!(t[0].act.contains("refusal"), "{}", t[0].act);
        // A refusal told as real, then a cooperation told as real: no forecast involved.
        let mut done = intent;
        done.hypothetical = None;
        assert!(find_tensions(&[done, refusal]).is_empty());
    }

    #[test]
    fn two_speakers_disagree_even_about_what_may_happen() {
        let will_not = by(
            hypothetical(negated(st("a", 10, "BLRGOV", "UKR", "190")), "intent"),
            "person:alexander_lukashenko",
        );
        let could = by(
            hypothetical(st("a", 200, "BLR", "UKR", "190"), "prediction"),
            "NATO",
        );
        let t = find_tensions(&[will_not.clone(), could.clone()]);
        assert_eq!(t.len(), 1, "{t:#?}");
        assert_eq!(t[0].rule, Rule::SpeakersDisagree);
        // Real statements by two named speakers are their disagreement too.
        let real = |s: Statement| Statement {
            hypothetical: None,
            ..s
        };
        let t = find_tensions(&[real(will_not.clone()), real(could.clone())]);
        assert_eq!(t[0].rule, Rule::SpeakersDisagree);
        // One voice does not contradict itself within an article; the outlet's own "could"
        // is no forecast.
        assert!(find_tensions(&[
            will_not.clone(),
            by(could.clone(), "person:alexander_lukashenko")
        ])
        .is_empty());
        assert!(find_tensions(&[will_not, by(could, ARTICLE_VOICE)]).is_empty());
    }

    #[test]
    fn targets_that_differ_pair_through_the_place_and_say_so() {
        // "Not a single Belarusian soldier fights in Ukraine" against "Belarusian troops fight
        // in Ukraine, against Putin's forces".
        let denial = by(
            negated(st("a", 10, "BLRMIL", "UKR", "190")),
            "person:alexander_lukashenko",
        );
        let mut fight = st("a", 300, "BLRMIL", "RUSMIL", "190");
        fight.places = vec!["UKR".into(), "RUS".into()];
        let t = find_tensions(&[denial.clone(), fight.clone()]);
        assert_eq!(t.len(), 1, "{t:#?}");
        assert!(t[0].referents_differ);
        assert_eq!(t[0].target, "UKR / RUS");
        assert!(t[0].reason.contains("targets differ"), "{}", t[0].reason);
        // A side aimed at its own country is no theatre, whatever the sentences name.
        let mut slip = st("a", 200, "BLRGOV", "BLR", "190");
        slip.places = vec!["UKR".into(), "BLR".into()];
        let slip = by(slip, "NATO intelligence official");
        assert!(find_tensions(&[denial.clone(), slip]).is_empty());
        // Without the place named, the targets keep them apart.
        fight.places.clear();
        assert!(find_tensions(&[denial, fight]).is_empty());
    }

    #[test]
    fn a_sentence_takes_part_in_one_pair_the_strongest() {
        let denial = by(
            negated(st("a", 500, "BLR", "UKR", "154")),
            "US defense official",
        );
        let near = by(
            hypothetical(st("a", 400, "BLR", "UKR", "190"), "prediction"),
            "opposition source",
        );
        let far = by(
            hypothetical(st("a", 100, "BLR", "UKR", "190"), "prediction"),
            "NATO",
        );
        let t = find_tensions(&[far, near, denial]);
        assert_eq!(t.len(), 1, "{t:#?}");
        assert_eq!((t[0].a, t[0].b), (1, 2));
    }

    #[test]
    fn partial_dates_are_their_first_day() {
        assert_eq!(date_of("2025-02"), day("2025-02-01"));
        assert_eq!(date_of("2025"), day("2025-01-01"));
        assert_eq!(date_of("2025-02-03T10:00:00Z"), day("2025-02-03"));
        assert_eq!(date_of("soon"), None);
    }
}
