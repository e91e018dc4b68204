//! Watch rules: alerts an analyst writes in a readable TOML file, evaluated on plain inputs
//! (coded events with their sentences, pairs of claims in tension), no store.
//!
//! A rule file is a list of `[[rule]]` tables, each with a `name` (unique: it is part of every
//! alert's id) and a `kind`:
//!
//! - `event`: an event of given PLOVER types (`plover = ["MOBILIZE", "ASSAULT"]`) and/or CAMEO
//!   code prefixes (`cameo = ["19", "0334"]`; an event matches when it is any listed type **or**
//!   starts with any listed prefix), whose `source` and `target` actor codes start with the
//!   given prefixes (`BLR` matches `BLR` and `BLRMIL`). Events asserted as real only, unless
//!   `include_hypothetical` (intents, forecasts, threats of the act) or `include_negated`
//!   (denials). The reports of one event are grouped as [`crate::events::count_once`] groups
//!   them: one alert per event, with every report as evidence.
//! - `trend`: the weekly `metric` (`count` of distinct events or `goldstein` sum, events
//!   asserted as real, [`crate::trends`]) of a pair, judged in the ISO week of the latest event
//!   of the inputs (not after `today`; on a live store that is the current week, on an archive
//!   its last week), against the mean and standard deviation of the `baseline_weeks` (12)
//!   weeks before it, empty weeks counting as zeros. It fires when the week lies more than
//!   `sigmas` (3) deviations `below` or `above` the mean. Two guards keep a quiet pair from
//!   firing on one event: the baseline must hold at least `min_baseline_events` (3) events, and
//!   the deviation is never taken smaller than one event's worth (1 for `count`, 10 — the
//!   largest Goldstein magnitude — for `goldstein`), so against a flat baseline the week must
//!   depart by more than `sigmas` whole events.
//! - `claim`: a pair of statements in tension ([`crate::claims`]) where either side's source or
//!   target code starts with `actor`.
//!
//! Each alert has a stable id: a hash of the rule's name and its evidence ids (the event ids of
//! its reports; for a trend, the week), so a caller that remembers the ids it sent sends each
//! alert once. An event told again by a new article comes back as a new alert carrying every
//! report so far: its evidence changed. A trend rule fires at most once per week.
//!
//! A file that does not parse, or a rule outside the format, is a [`WatchError`] naming the
//! file and the rule (its name, or its position when it has none).

use std::collections::HashSet;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use vigie_core::Plover;

use crate::claims::{Statement, Tension};
use crate::events::{count_once, EventReport};
use crate::trends::{self, Counts, Period, QuadClass, TrendReport};

/// At most this many evidence items per alert: a week of a busy pair can hold hundreds of
/// reports, and an alert is a message, not an export (`evidence_left_out` says how many more).
pub const MAX_EVIDENCE: usize = 20;

/// A rule file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file as a whole (TOML syntax, top-level keys, no rules).
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
    /// One rule; `rule` is its quoted name, or `#N` (1-based) when it has none.
    #[error("{path}: rule {rule}: {reason}")]
    Rule {
        path: PathBuf,
        rule: String,
        reason: String,
    },
}

/// Which kind of rule made an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    Event,
    Trend,
    Claim,
}

/// What the weekly trend rule measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Distinct events asserted as real.
    Count,
    /// The sum of their Goldstein scores.
    Goldstein,
}

/// Which side of the baseline fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Below,
    Above,
}

/// `kind = "event"`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventRule {
    #[serde(default)]
    pub plover: Vec<Plover>,
    /// CAMEO code prefixes, 2 to 4 digits.
    #[serde(default)]
    pub cameo: Vec<String>,
    /// Actor code prefixes (`BLR`, `BLRMIL`).
    pub source: Option<String>,
    pub target: Option<String>,
    #[serde(default)]
    pub include_hypothetical: bool,
    #[serde(default)]
    pub include_negated: bool,
}

/// `kind = "trend"`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrendRule {
    /// Actor code prefixes; any actor when left out.
    pub source: Option<String>,
    pub target: Option<String>,
    pub metric: Metric,
    pub direction: Direction,
    #[serde(default = "default_baseline_weeks")]
    pub baseline_weeks: usize,
    #[serde(default = "default_sigmas")]
    pub sigmas: f64,
    #[serde(default = "default_min_baseline_events")]
    pub min_baseline_events: usize,
}

fn default_baseline_weeks() -> usize {
    12
}

fn default_sigmas() -> f64 {
    3.0
}

fn default_min_baseline_events() -> usize {
    3
}

/// `kind = "claim"`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRule {
    /// Actor code prefix either side's source or target must start with.
    pub actor: String,
}

/// What a rule watches for.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Condition {
    Event(EventRule),
    Trend(TrendRule),
    Claim(ClaimRule),
}

/// One named rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub name: String,
    #[serde(flatten)]
    pub condition: Condition,
}

impl Rule {
    pub fn kind(&self) -> RuleKind {
        match self.condition {
            Condition::Event(_) => RuleKind::Event,
            Condition::Trend(_) => RuleKind::Trend,
            Condition::Claim(_) => RuleKind::Claim,
        }
    }

    /// The CAMEO prefixes the rule names (for a caller that checks them against the code table).
    pub fn cameo_prefixes(&self) -> &[String] {
        match &self.condition {
            Condition::Event(e) => &e.cameo,
            _ => &[],
        }
    }
}

/// The rules of one file, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSet {
    pub path: PathBuf,
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// Reads and checks a rule file.
    pub fn load(path: &Path) -> Result<RuleSet, WatchError> {
        let text = std::fs::read_to_string(path).map_err(|source| WatchError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        RuleSet::parse(&text, path)
    }

    /// Parses and checks the text of a rule file; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<RuleSet, WatchError> {
        let file_error = |reason: String| WatchError::File {
            path: path.to_path_buf(),
            reason,
        };
        let mut table: toml::Table = toml::from_str(text).map_err(|e| file_error(e.to_string()))?;
        if let Some(key) = table.keys().find(|k| *k != "rule") {
            return Err(file_error(format!(
                "unknown key {key:?}: a rule file holds only [[rule]] tables"
            )));
        }
        let rules = match table.remove("rule") {
            Some(toml::Value::Array(rules)) => rules,
            Some(_) => return Err(file_error("`rule` must be written [[rule]]".into())),
            None => return Err(file_error("no [[rule]] in the file".into())),
        };
        let mut out: Vec<Rule> = Vec::with_capacity(rules.len());
        for (n, value) in rules.into_iter().enumerate() {
            let mut label = format!("#{}", n + 1);
            let rule_error = |label: &str, reason: String| WatchError::Rule {
                path: path.to_path_buf(),
                rule: label.to_string(),
                reason,
            };
            let toml::Value::Table(mut t) = value else {
                return Err(rule_error(&label, "not a table".into()));
            };
            // The name is taken out before the rest is read, so that every later error can say
            // which rule it is about.
            let name = match t.remove("name") {
                Some(toml::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
                Some(_) => {
                    return Err(rule_error(
                        &label,
                        "`name` must be a non-empty string".into(),
                    ))
                }
                None => return Err(rule_error(&label, "missing `name`".into())),
            };
            label = format!("{name:?}");
            if out.iter().any(|r| r.name == name) {
                return Err(rule_error(
                    &label,
                    "two rules have this name (it is part of each alert's id)".into(),
                ));
            }
            if !t.contains_key("kind") {
                return Err(rule_error(
                    &label,
                    "missing `kind` (event, trend or claim)".into(),
                ));
            }
            let condition = Condition::deserialize(toml::Value::Table(t))
                .map_err(|e| rule_error(&label, e.to_string().trim().to_string()))?;
            check(&condition).map_err(|reason| rule_error(&label, reason))?;
            out.push(Rule { name, condition });
        }
        if out.is_empty() {
            return Err(file_error("no [[rule]] in the file".into()));
        }
        Ok(RuleSet {
            path: path.to_path_buf(),
            rules: out,
        })
    }
}

/// What serde cannot say: the shapes of codes and the ranges of numbers.
fn check(c: &Condition) -> Result<(), String> {
    match c {
        Condition::Event(e) => {
            for code in [&e.source, &e.target].into_iter().flatten() {
                check_actor(code)?;
            }
            for p in &e.cameo {
                if !(2..=4).contains(&p.len()) || !p.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(format!(
                        "CAMEO prefix {p:?}: expected 2 to 4 digits (a root such as \"19\", or a code such as \"0334\")"
                    ));
                }
            }
            if e.plover.is_empty() && e.cameo.is_empty() && e.source.is_none() && e.target.is_none()
            {
                return Err(
                    "an event rule needs at least one of plover, cameo, source or target".into(),
                );
            }
        }
        Condition::Trend(t) => {
            for code in [&t.source, &t.target].into_iter().flatten() {
                check_actor(code)?;
            }
            if t.baseline_weeks < 2 {
                return Err(
                    "baseline_weeks must be at least 2 (a deviation needs two weeks)".into(),
                );
            }
            if !(t.sigmas.is_finite() && t.sigmas > 0.0) {
                return Err("sigmas must be a number more than 0".into());
            }
        }
        Condition::Claim(c) => check_actor(&c.actor)?,
    }
    Ok(())
}

fn check_actor(code: &str) -> Result<(), String> {
    if code.is_empty()
        || !code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return Err(format!(
            "actor code {code:?}: expected upper-case letters and digits, as the knowledge base writes codes (BLR, BLRMIL, UKR)"
        ));
    }
    Ok(())
}

/// One stored event as the rules read it: its id, its statement (sentence, article, date,
/// codes, modality, speaker), its report for grouping, and its Goldstein score and quad class
/// (`None`: a code outside the CAMEO table, left out of trends).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WatchEvent {
    /// The event's stable id (`vigie events`' `event_id`).
    pub id: i64,
    pub statement: Statement,
    pub plover: Option<Plover>,
    pub report: EventReport,
    pub goldstein: f64,
    pub quad: Option<QuadClass>,
    /// The article's own URL, when known.
    pub url: Option<String>,
}

impl WatchEvent {
    fn source_code(&self) -> Option<&str> {
        self.statement.source.code.as_deref()
    }

    fn target_code(&self) -> Option<&str> {
        self.statement.target.code.as_deref()
    }

    fn asserted(&self) -> bool {
        !self.report.negated && !self.report.hypothetical
    }
}

/// What the rules are evaluated on.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    pub events: &'a [WatchEvent],
    /// Pairs in tension; their `a` and `b` index `events` (the statements given to
    /// [`crate::claims::find_tensions`] were those of `events`, in this order).
    pub tensions: &'a [Tension],
    /// Events dated after this day do not choose the week a trend rule judges (a date misread
    /// into the future would otherwise silence every trend). `None`: no bound.
    pub today: Option<NaiveDate>,
    /// Links are `{base_url}/articles/{id}`; relative (`/articles/{id}`) without it.
    pub base_url: Option<&'a str>,
}

/// One piece of evidence: an event report with its exact sentence and where to read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub event_id: i64,
    pub article: String,
    pub sentence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Actor codes, else names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub cameo: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plover: Option<Plover>,
    pub negated: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hypothetical: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The article's page in `vigie serve`.
    pub link: String,
    /// The article's own URL, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The figures behind a trend alert.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendFigures {
    pub metric: Metric,
    pub value: f64,
    pub baseline_weeks: usize,
    pub baseline_mean: f64,
    /// The baseline's standard deviation as measured…
    pub baseline_sd: f64,
    /// …and as used: never less than one event's worth.
    pub sd_used: f64,
    /// (value − mean) / sd_used.
    pub deviations: f64,
    pub baseline_events: usize,
}

/// One alert.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// 16 hex digits: a hash of the rule's name and the evidence ids.
    pub id: String,
    pub rule: String,
    pub kind: RuleKind,
    pub message: String,
    /// The ISO week judged (trend rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<TrendFigures>,
    /// Why the two statements were paired (claim rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub evidence: Vec<Evidence>,
    #[serde(skip_serializing_if = "is_zero")]
    pub evidence_left_out: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Every alert the rules raise on the inputs, rule by rule in file order. The caller keeps the
/// ids it has sent and drops those.
pub fn evaluate(rules: &RuleSet, inputs: &Inputs) -> Vec<Alert> {
    let mut out = Vec::new();
    for rule in &rules.rules {
        match &rule.condition {
            Condition::Event(e) => event_alerts(rule, e, inputs, &mut out),
            Condition::Trend(t) => out.extend(trend_alert(rule, t, inputs)),
            Condition::Claim(c) => claim_alerts(rule, c, inputs, &mut out),
        }
    }
    out
}

/// A stable id: FNV-1a (64 bits, the same on every machine and release, unlike std's hasher)
/// over the rule's name and the sorted evidence keys.
pub fn alert_id(rule: &str, keys: impl IntoIterator<Item = String>) -> String {
    let mut keys: Vec<String> = keys.into_iter().collect();
    keys.sort();
    keys.dedup();
    let mut h = fnv::FnvHasher::default();
    h.write(rule.as_bytes());
    for k in &keys {
        // A separator no name or key holds, so ("ab", "c") and ("a", "bc") differ.
        h.write(&[0]);
        h.write(k.as_bytes());
    }
    format!("{:016x}", h.finish())
}

fn has_prefix(code: Option<&str>, want: Option<&str>) -> bool {
    match want {
        None => true,
        Some(w) => code.is_some_and(|c| c.starts_with(w)),
    }
}

fn evidence(e: &WatchEvent, base_url: Option<&str>) -> Evidence {
    let s = &e.statement;
    Evidence {
        event_id: e.id,
        article: s.article.clone(),
        sentence: s.sentence.clone(),
        date: s.date,
        source: s.source.code.clone().or_else(|| s.source.name.clone()),
        target: s.target.code.clone().or_else(|| s.target.name.clone()),
        cameo: s.cameo.clone(),
        plover: e.plover,
        negated: s.negated,
        hypothetical: s.hypothetical.clone(),
        speaker: s.speaker.clone(),
        link: format!(
            "{}/articles/{}",
            base_url.unwrap_or("").trim_end_matches('/'),
            s.article
        ),
        url: e.url.clone(),
    }
}

/// Evidence of `idx` (indices into `events`), capped at [`MAX_EVIDENCE`]; with how many were
/// left out.
fn evidence_of(events: &[WatchEvent], idx: &[usize], base: Option<&str>) -> (Vec<Evidence>, usize) {
    let ev = idx
        .iter()
        .take(MAX_EVIDENCE)
        .map(|&i| evidence(&events[i], base))
        .collect();
    (ev, idx.len().saturating_sub(MAX_EVIDENCE))
}

fn event_matches(rule: &EventRule, e: &WatchEvent) -> bool {
    if e.report.hypothetical && !rule.include_hypothetical {
        return false;
    }
    if e.report.negated && !rule.include_negated {
        return false;
    }
    let any_act = rule.plover.is_empty() && rule.cameo.is_empty();
    let act = any_act
        || e.plover.is_some_and(|p| rule.plover.contains(&p))
        || rule
            .cameo
            .iter()
            .any(|p| e.report.cameo.starts_with(p.as_str()));
    act && has_prefix(e.source_code(), rule.source.as_deref())
        && has_prefix(e.target_code(), rule.target.as_deref())
}

fn event_alerts(rule: &Rule, r: &EventRule, inputs: &Inputs, out: &mut Vec<Alert>) {
    let events = inputs.events;
    let matched: Vec<usize> = (0..events.len())
        .filter(|&i| event_matches(r, &events[i]))
        .collect();
    let reports: Vec<EventReport> = matched.iter().map(|&i| events[i].report.clone()).collect();
    for ev in count_once(&reports) {
        let idx: Vec<usize> = ev.reports.iter().map(|&k| matched[k]).collect();
        let first = &events[idx[0]];
        let (evidence, left_out) = evidence_of(events, &idx, inputs.base_url);
        let s = &first.statement;
        let who = |code: &Option<String>, name: &Option<String>| {
            code.clone()
                .or_else(|| name.clone())
                .unwrap_or_else(|| "?".into())
        };
        let act = first.plover.map_or_else(
            || format!("CAMEO {}", s.cameo),
            |p| format!("{p} (CAMEO {})", s.cameo),
        );
        let modality = match (s.negated, &s.hypothetical) {
            (_, Some(h)) => format!(", {h}{}", if s.negated { ", negated" } else { "" }),
            (true, None) => ", negated".to_string(),
            (false, None) => String::new(),
        };
        let message = format!(
            "{} → {}: {act}{modality}{}; {} report(s), {} independent source(s): \"{}\"",
            who(&s.source.code, &s.source.name),
            who(&s.target.code, &s.target.name),
            ev.first_date.map_or(String::new(), |d| format!(" on {d}")),
            ev.reports.len(),
            ev.independent_sources,
            s.sentence
        );
        out.push(Alert {
            id: alert_id(&rule.name, idx.iter().map(|&i| events[i].id.to_string())),
            rule: rule.name.clone(),
            kind: RuleKind::Event,
            message,
            period: None,
            figures: None,
            reason: None,
            evidence,
            evidence_left_out: left_out,
        });
    }
}

fn metric_of(c: &Counts, m: Metric) -> f64 {
    match m {
        Metric::Count => c.events as f64,
        Metric::Goldstein => c.goldstein,
    }
}

/// One event's worth of the metric: the smallest deviation a rule ever uses.
fn one_event(m: Metric) -> f64 {
    match m {
        Metric::Count => 1.0,
        // Goldstein scores run from −10 to +10.
        Metric::Goldstein => 10.0,
    }
}

fn trend_alert(rule: &Rule, r: &TrendRule, inputs: &Inputs) -> Option<Alert> {
    let events = inputs.events;
    // The judged week is the store's latest, whatever the pair: a pair that fell silent is
    // judged on its silence.
    let latest = events
        .iter()
        .filter_map(|e| e.report.date)
        .filter(|d| inputs.today.is_none_or(|t| *d <= t))
        .max()?;
    let picked: Vec<usize> = (0..events.len())
        .filter(|&i| {
            let e = &events[i];
            e.quad.is_some()
                && has_prefix(e.source_code(), r.source.as_deref())
                && has_prefix(e.target_code(), r.target.as_deref())
        })
        .collect();
    let reports: Vec<TrendReport> = picked
        .iter()
        .map(|&i| TrendReport {
            report: events[i].report.clone(),
            goldstein: events[i].goldstein,
            quad: events[i].quad.unwrap_or(QuadClass::VerbalCooperation),
        })
        .collect();
    let window = trends::week_window(&reports, latest, r.baseline_weeks);
    let week = window.week;
    let baseline_events: usize = window.baseline.iter().map(|c| c.events).sum();
    if baseline_events < r.min_baseline_events {
        return None;
    }
    let values: Vec<f64> = window
        .baseline
        .iter()
        .map(|c| metric_of(c, r.metric))
        .collect();
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
    let sd_used = sd.max(one_event(r.metric));
    let value = metric_of(&window.current, r.metric);
    let deviations = (value - mean) / sd_used;
    let fires = match r.direction {
        Direction::Below => deviations < -r.sigmas,
        Direction::Above => deviations > r.sigmas,
    };
    if !fires {
        return None;
    }
    let period = Period::Week.label(week);
    // The week's evidence: every report of its distinct events asserted as real, as the
    // trend counted them (each event on the day of its earliest report).
    let plain: Vec<EventReport> = reports.iter().map(|t| t.report.clone()).collect();
    let mut idx: Vec<usize> = Vec::new();
    for ev in count_once(&plain) {
        let in_week = ev
            .first_date
            .is_some_and(|d| d >= week && d <= week + Duration::days(6));
        if in_week && events[picked[ev.reports[0]]].asserted() {
            idx.extend(ev.reports.iter().map(|&k| picked[k]));
        }
    }
    let (evidence, left_out) = evidence_of(events, &idx, inputs.base_url);
    let pair = format!(
        "{}→{}",
        r.source.as_deref().unwrap_or("any"),
        r.target.as_deref().unwrap_or("any")
    );
    let what = match r.metric {
        Metric::Count => "event count",
        Metric::Goldstein => "Goldstein sum",
    };
    let side = match r.direction {
        Direction::Below => "below",
        Direction::Above => "above",
    };
    Some(Alert {
        id: alert_id(&rule.name, [period.clone()]),
        rule: rule.name.clone(),
        kind: RuleKind::Trend,
        message: format!(
            "{pair} weekly {what} {value:.1} in {period}: {:.1} deviations {side} its {}-week baseline (mean {mean:.1}, sd {sd:.1})",
            deviations.abs(),
            r.baseline_weeks
        ),
        period: Some(period),
        figures: Some(TrendFigures {
            metric: r.metric,
            value,
            baseline_weeks: r.baseline_weeks,
            baseline_mean: mean,
            baseline_sd: sd,
            sd_used,
            deviations,
            baseline_events,
        }),
        reason: None,
        evidence,
        evidence_left_out: left_out,
    })
}

fn claim_alerts(rule: &Rule, r: &ClaimRule, inputs: &Inputs, out: &mut Vec<Alert>) {
    let events = inputs.events;
    let names = |e: &WatchEvent| {
        [e.source_code(), e.target_code()]
            .into_iter()
            .flatten()
            .any(|c| c.starts_with(r.actor.as_str()))
    };
    let mut seen: HashSet<String> = HashSet::new();
    for t in inputs.tensions {
        let (Some(a), Some(b)) = (events.get(t.a), events.get(t.b)) else {
            continue;
        };
        if !names(a) && !names(b) {
            continue;
        }
        let id = alert_id(&rule.name, [a.id.to_string(), b.id.to_string()]);
        if !seen.insert(id.clone()) {
            continue;
        }
        let (evidence, left_out) = evidence_of(events, &[t.a, t.b], inputs.base_url);
        out.push(Alert {
            id,
            rule: rule.name.clone(),
            kind: RuleKind::Claim,
            message: format!(
                "claims in tension ({} → {}, {}): \"{}\" against \"{}\"",
                t.source,
                t.target,
                t.rule.as_str(),
                a.statement.sentence,
                b.statement.sentence
            ),
            period: None,
            figures: None,
            reason: Some(t.reason.clone()),
            evidence,
            evidence_left_out: left_out,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{self, Referent};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// An event asserted as real, one article each.
    fn ev(id: i64, date: &str, src: &str, tgt: &str, cameo: &str, goldstein: f64) -> WatchEvent {
        let article = format!("art{id}");
        let plover = match &cameo[..2] {
            "15" => Some(Plover::Mobilize),
            "18" | "19" | "20" => Some(Plover::Assault),
            "13" => Some(Plover::Threaten),
            "04" => Some(Plover::Consult),
            _ => None,
        };
        let quad = match cameo[..2].parse::<u8>().unwrap() {
            1..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=17 => QuadClass::VerbalConflict,
            _ => QuadClass::MaterialConflict,
        };
        WatchEvent {
            id,
            statement: Statement {
                article: article.clone(),
                sentence: format!("Sentence of event {id}."),
                date: Some(day(date)),
                source: Referent {
                    code: Some(src.into()),
                    name: None,
                },
                target: Referent {
                    code: Some(tgt.into()),
                    name: None,
                },
                cameo: cameo.into(),
                plover: plover.map(|p: Plover| p.as_str().to_string()),
                speaker: Some("article".into()),
                ..Default::default()
            },
            plover,
            report: EventReport {
                source: Some(src.into()),
                target: Some(tgt.into()),
                cameo: cameo.into(),
                place: None,
                date: Some(day(date)),
                negated: false,
                hypothetical: false,
                article: article.clone(),
                original: article,
            },
            goldstein,
            quad: Some(quad),
            url: None,
        }
    }

    fn rules(text: &str) -> RuleSet {
        RuleSet::parse(text, Path::new("rules.toml")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn run(rs: &RuleSet, events: &[WatchEvent]) -> Vec<Alert> {
        evaluate(
            rs,
            &Inputs {
                events,
                tensions: &[],
                today: None,
                base_url: None,
            },
        )
    }

    const BLR_ATTACKS: &str = r#"
        [[rule]]
        name = "blr-attacks"
        kind = "event"
        plover = ["MOBILIZE", "ASSAULT"]
        source = "BLRMIL"
        target = "UKR"
    "#;

    #[test]
    fn an_event_rule_fires_on_a_matching_asserted_event_with_its_evidence() {
        let rs = rules(BLR_ATTACKS);
        let events = vec![
            ev(1, "2026-11-03", "BLRMIL", "UKRMIL", "190", -10.0),
            ev(2, "2026-11-03", "RUSMIL", "UKR", "190", -10.0), // another source
            ev(3, "2026-11-03", "BLRMIL", "UKR", "040", 1.0),   // another act
            ev(4, "2026-11-03", "BLR", "UKR", "190", -10.0),    // BLR is not BLRMIL
        ];
        let found = run(&rs, &events);
        assert_eq!(found.len(), 1, "{found:#?}");
        let a = &found[0];
        assert_eq!(a.rule, "blr-attacks");
        assert_eq!(a.kind, RuleKind::Event);
        assert_eq!(a.evidence.len(), 1);
        assert_eq!(a.evidence[0].event_id, 1);
        assert_eq!(a.evidence[0].sentence, "Sentence of event 1.");
        assert_eq!(a.evidence[0].link, "/articles/art1");
        assert_eq!(a.evidence[0].date, Some(day("2026-11-03")));
        assert!(a.message.contains("ASSAULT"), "{}", a.message);
        assert_eq!(a.id.len(), 16);
        // The same evidence gives the same id; another rule name another one.
        assert_eq!(run(&rs, &events)[0].id, a.id);
        assert_ne!(alert_id("other", ["1".to_string()]), a.id);
        assert_eq!(alert_id("blr-attacks", ["1".to_string()]), a.id);
    }

    #[test]
    fn an_event_rule_skips_negated_and_hypothetical_events_unless_asked() {
        let mut denied = ev(1, "2026-11-03", "BLRMIL", "UKR", "190", -10.0);
        denied.report.negated = true;
        denied.statement.negated = true;
        let mut planned = ev(2, "2026-11-03", "BLRMIL", "UKR", "150", -7.2);
        planned.report.hypothetical = true;
        planned.statement.hypothetical = Some("intent".into());
        let events = vec![denied, planned];
        assert!(run(&rules(BLR_ATTACKS), &events).is_empty());
        let negated = rules(&BLR_ATTACKS.replace(
            "target = \"UKR\"",
            "target = \"UKR\"\ninclude_negated = true",
        ));
        let found = run(&negated, &events);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].evidence[0].event_id, 1);
        assert!(found[0].message.contains("negated"));
        let hypothetical = rules(&BLR_ATTACKS.replace(
            "target = \"UKR\"",
            "target = \"UKR\"\ninclude_hypothetical = true",
        ));
        let found = run(&hypothetical, &events);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].evidence[0].event_id, 2);
        assert_eq!(found[0].evidence[0].hypothetical.as_deref(), Some("intent"));
    }

    #[test]
    fn reports_of_one_event_are_one_alert_and_cameo_prefixes_match() {
        let rs = rules(
            r#"
            [[rule]]
            name = "fighting"
            kind = "event"
            cameo = ["19"]
            source = "BLR"
        "#,
        );
        let mut copy = ev(2, "2026-11-04", "BLRMIL", "UKR", "193", -10.0);
        copy.report.original = "art1".into();
        let events = vec![
            ev(1, "2026-11-03", "BLRMIL", "UKR", "190", -10.0),
            copy,
            ev(3, "2026-11-20", "BLR", "POL", "195", -10.0), // weeks later: another event
            ev(4, "2026-11-03", "BLRMIL", "UKR", "180", -9.0), // root 18, not 19
        ];
        let found = run(&rs, &events);
        assert_eq!(found.len(), 2, "{found:#?}");
        let ids: Vec<i64> = found[0].evidence.iter().map(|e| e.event_id).collect();
        assert_eq!(ids, [1, 2]);
        assert!(
            found[0]
                .message
                .contains("2 report(s), 1 independent source(s)"),
            "{}",
            found[0].message
        );
        assert_eq!(found[1].evidence[0].event_id, 3);
        assert_ne!(found[0].id, found[1].id);
    }

    #[test]
    fn base_url_makes_absolute_links() {
        let events = vec![ev(1, "2026-11-03", "BLRMIL", "UKR", "190", -10.0)];
        let found = evaluate(
            &rules(BLR_ATTACKS),
            &Inputs {
                events: &events,
                tensions: &[],
                today: None,
                base_url: Some("http://vigie.example:8080/"),
            },
        );
        assert_eq!(
            found[0].evidence[0].link,
            "http://vigie.example:8080/articles/art1"
        );
    }

    const GOLDSTEIN_FALL: &str = r#"
        [[rule]]
        name = "blr-ukr-fall"
        kind = "trend"
        source = "BLR"
        target = "UKR"
        metric = "goldstein"
        direction = "below"
    "#;

    /// Twelve weeks before the Monday 2026-11-02 (W45), each with events of a steady pair:
    /// two verbal acts (+1 and −2) a week, some weeks a third (+3).
    fn baseline_weeks() -> Vec<WatchEvent> {
        let mut events = Vec::new();
        let mut id = 100;
        for k in 1..=12 {
            let monday = day("2026-11-02") - Duration::weeks(k);
            // Roots differ so that each is its own event.
            let mut acts = vec![("040", 1.0), ("112", -2.0)];
            if k % 3 == 0 {
                acts.push(("050", 3.0));
            }
            for (n, (cameo, g)) in acts.into_iter().enumerate() {
                id += 1;
                let d = (monday + Duration::days(n as i64)).to_string();
                events.push(ev(id, &d, "BLRGOV", "UKRGOV", cameo, g));
            }
        }
        events
    }

    /// W45 (from Monday 2026-11-02): three attacks and a use of force, −35 in all.
    fn attacks_in_w45(events: &mut Vec<WatchEvent>) {
        for (n, (cameo, g)) in [
            ("190", -10.0),
            ("180", -10.0),
            ("200", -10.0),
            ("171", -5.0),
        ]
        .into_iter()
        .enumerate()
        {
            let d = (day("2026-11-03") + Duration::days(n as i64 % 3)).to_string();
            events.push(ev(n as i64 + 1, &d, "BLRMIL", "UKR", cameo, g));
        }
    }

    #[test]
    fn a_trend_rule_fires_when_the_week_falls_three_deviations_below_its_baseline() {
        let rs = rules(GOLDSTEIN_FALL);
        let mut events = baseline_weeks();
        attacks_in_w45(&mut events);
        // Another pair's events are not counted.
        events.push(ev(999, "2026-11-03", "RUSMIL", "UKR", "190", -10.0));
        let found = run(&rs, &events);
        assert_eq!(found.len(), 1, "{found:#?}");
        let a = &found[0];
        assert_eq!(a.kind, RuleKind::Trend);
        assert_eq!(a.period.as_deref(), Some("2026-W45"));
        let f = a.figures.as_ref().unwrap();
        assert_eq!(f.value, -35.0);
        assert!((f.deviations + 3.5).abs() < 1e-9, "{f:?}");
        // Baseline: 8 weeks at −1, 4 weeks at +2 → mean 0, sd √2, used as 10 (one event).
        assert!(f.baseline_mean.abs() < 1e-9, "{f:?}");
        assert!((f.baseline_sd - 2f64.sqrt()).abs() < 1e-9, "{f:?}");
        assert_eq!(f.sd_used, 10.0);
        assert_eq!(f.baseline_events, 28);
        let mut ids: Vec<i64> = a.evidence.iter().map(|e| e.event_id).collect();
        ids.sort();
        assert_eq!(ids, [1, 2, 3, 4]);
        assert!(a.message.contains("BLR→UKR"), "{}", a.message);
        // The id is the rule and the week: more events that week do not send it again.
        events.push(ev(5, "2026-11-06", "BLRMIL", "UKR", "130", -4.4));
        assert_eq!(run(&rs, &events)[0].id, a.id);
    }

    #[test]
    fn a_trend_rule_stays_quiet_within_three_deviations() {
        let rs = rules(GOLDSTEIN_FALL);
        let mut events = baseline_weeks();
        // Two attacks: −20 is 2 deviations (of one event's worth) below the mean.
        events.push(ev(1, "2026-11-03", "BLRMIL", "UKR", "190", -10.0));
        events.push(ev(2, "2026-11-04", "BLRMIL", "UKR", "180", -10.0));
        assert!(run(&rs, &events).is_empty());
        // The same fall judged on two deviations fires.
        let two = rules(&GOLDSTEIN_FALL.replace("direction", "sigmas = 1.5\ndirection"));
        assert_eq!(run(&two, &events).len(), 1);
        // "above" never fires on a fall.
        let above = rules(&GOLDSTEIN_FALL.replace("\"below\"", "\"above\""));
        assert!(run(&above, &events).is_empty());
    }

    #[test]
    fn a_quiet_pair_does_not_fire_on_one_event() {
        let count = rules(
            r#"
            [[rule]]
            name = "surge"
            kind = "trend"
            source = "BLR"
            target = "LTU"
            metric = "count"
            direction = "above"
        "#,
        );
        // Nothing in twelve weeks, then one event: no baseline at all.
        let events = vec![
            ev(1, "2026-08-03", "BLR", "LTU", "190", -10.0), // 13 weeks before: outside
            ev(2, "2026-11-03", "BLR", "LTU", "190", -10.0),
        ];
        assert!(run(&count, &events).is_empty());
        // A flat baseline of one event a week (sd 0): two events is one event's worth above.
        let mut events = Vec::new();
        for k in 1..=12 {
            let d = (day("2026-11-02") - Duration::weeks(k)).to_string();
            events.push(ev(k, &d, "BLR", "LTU", "112", -2.0));
        }
        events.push(ev(100, "2026-11-03", "BLR", "LTU", "112", -2.0));
        events.push(ev(101, "2026-11-03", "BLR", "LTU", "190", -10.0));
        assert!(run(&count, &events).is_empty());
        // Five events is four above: more than three.
        for (n, cameo) in ["180", "200", "170"].into_iter().enumerate() {
            events.push(ev(102 + n as i64, "2026-11-04", "BLR", "LTU", cameo, -9.0));
        }
        let found = run(&count, &events);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].figures.as_ref().unwrap().value, 5.0);
        assert_eq!(found[0].evidence.len(), 5);
    }

    #[test]
    fn the_judged_week_is_the_latest_not_after_today() {
        let rs = rules(GOLDSTEIN_FALL);
        let mut events = baseline_weeks();
        attacks_in_w45(&mut events);
        // A date misread far into the future: with today given, it does not move the week.
        events.push(ev(50, "2031-01-01", "FRA", "DEU", "040", 1.0));
        assert!(run(&rs, &events).is_empty());
        let found = evaluate(
            &rs,
            &Inputs {
                events: &events,
                tensions: &[],
                today: Some(day("2026-11-05")),
                base_url: None,
            },
        );
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn a_claim_rule_fires_on_a_tension_naming_its_actor() {
        let mut asserted = ev(1, "2026-11-03", "BLRMIL", "UKR", "190", -10.0);
        asserted.statement.speaker = Some("person:a".into());
        let mut denied = ev(2, "2026-11-03", "BLRMIL", "UKR", "190", -10.0);
        denied.statement.negated = true;
        denied.report.negated = true;
        denied.statement.speaker = Some("person:b".into());
        let events = vec![
            asserted,
            denied,
            ev(3, "2026-11-03", "RUS", "UKR", "190", -10.0),
        ];
        let statements: Vec<Statement> = events.iter().map(|e| e.statement.clone()).collect();
        let tensions = claims::find_tensions(&statements);
        assert_eq!(tensions.len(), 1, "{tensions:#?}");
        let inputs = Inputs {
            events: &events,
            tensions: &tensions,
            today: None,
            base_url: None,
        };
        let blr = rules("[[rule]]\nname = \"blr-claims\"\nkind = \"claim\"\nactor = \"BLR\"\n");
        let found = evaluate(&blr, &inputs);
        assert_eq!(found.len(), 1, "{found:#?}");
        let ids: Vec<i64> = found[0].evidence.iter().map(|e| e.event_id).collect();
        assert_eq!(ids, [1, 2]);
        assert!(found[0].reason.is_some());
        let pol = rules("[[rule]]\nname = \"pol-claims\"\nkind = \"claim\"\nactor = \"POL\"\n");
        assert!(evaluate(&pol, &inputs).is_empty());
    }

    #[test]
    fn a_rule_file_reads_with_defaults() {
        let rs = rules(&format!(
            "{BLR_ATTACKS}{GOLDSTEIN_FALL}[[rule]]\nname = \"c\"\nkind = \"claim\"\nactor = \"BLR\"\n"
        ));
        assert_eq!(rs.rules.len(), 3);
        let Condition::Event(e) = &rs.rules[0].condition else {
            panic!()
        };
        assert_eq!(e.plover, [Plover::Mobilize, Plover::Assault]);
        assert!(!e.include_negated && !e.include_hypothetical);
        let Condition::Trend(t) = &rs.rules[1].condition else {
            panic!()
        };
        assert_eq!(t.baseline_weeks, 12);
        assert_eq!(t.sigmas, 3.0);
        assert_eq!(t.min_baseline_events, 3);
        assert_eq!(rs.rules[2].kind(), RuleKind::Claim);
    }

    #[test]
    fn the_example_rule_file_reads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/watch.toml");
        let rs = RuleSet::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let kinds: Vec<RuleKind> = rs.rules.iter().map(Rule::kind).collect();
        assert_eq!(kinds, [RuleKind::Event, RuleKind::Trend, RuleKind::Claim]);
        let Condition::Event(e) = &rs.rules[0].condition else {
            panic!()
        };
        assert_eq!(e.source.as_deref(), Some("BLRMIL"));
        assert_eq!(e.target.as_deref(), Some("UKR"));
    }

    fn error_of(text: &str) -> String {
        match RuleSet::parse(text, Path::new("watch/rules.toml")) {
            Ok(r) => panic!("accepted: {r:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_malformed_rule_file_names_its_path_and_rule() {
        let bad_type = error_of(&BLR_ATTACKS.replace("ASSAULT", "ATTACK"));
        assert!(
            bad_type.starts_with("watch/rules.toml: rule \"blr-attacks\": "),
            "{bad_type}"
        );
        assert!(bad_type.contains("ATTACK"), "{bad_type}");
        let unknown_field = error_of(&BLR_ATTACKS.replace("source", "sauce"));
        assert!(
            unknown_field.contains("rule \"blr-attacks\""),
            "{unknown_field}"
        );
        assert!(unknown_field.contains("sauce"), "{unknown_field}");
        let bad_kind = error_of("[[rule]]\nname = \"x\"\nkind = \"weather\"\nactor = \"BLR\"\n");
        assert!(
            bad_kind.contains("rule \"x\"") && bad_kind.contains("weather"),
            "{bad_kind}"
        );
        let bad_metric = error_of(&GOLDSTEIN_FALL.replace("\"goldstein\"", "\"mean\""));
        assert!(bad_metric.contains("rule \"blr-ukr-fall\""), "{bad_metric}");
        let lower = error_of(&BLR_ATTACKS.replace("\"UKR\"", "\"ukr\""));
        assert!(
            lower.contains("rule \"blr-attacks\"") && lower.contains("\"ukr\""),
            "{lower}"
        );
        let cameo = error_of("[[rule]]\nname = \"c\"\nkind = \"event\"\ncameo = [\"1\"]\n");
        assert!(
            cameo.contains("rule \"c\"") && cameo.contains("CAMEO"),
            "{cameo}"
        );
        let empty = error_of("[[rule]]\nname = \"e\"\nkind = \"event\"\n");
        assert!(empty.contains("rule \"e\""), "{empty}");
        let weeks = error_of(&GOLDSTEIN_FALL.replace("direction", "baseline_weeks = 1\ndirection"));
        assert!(weeks.contains("baseline_weeks"), "{weeks}");
        let nameless = error_of("[[rule]]\nkind = \"claim\"\nactor = \"BLR\"\n");
        assert!(
            nameless.starts_with("watch/rules.toml: rule #1: missing `name`"),
            "{nameless}"
        );
        let twice = error_of(&format!("{BLR_ATTACKS}{BLR_ATTACKS}"));
        assert!(
            twice.contains("rule \"blr-attacks\"") && twice.contains("two rules"),
            "{twice}"
        );
        let syntax = error_of("[[rule]\nname = ");
        assert!(syntax.starts_with("watch/rules.toml: "), "{syntax}");
        let none = error_of("# nothing yet\n");
        assert!(none.contains("no [[rule]]"), "{none}");
        let top = error_of(&format!("sigmas = 2\n{BLR_ATTACKS}"));
        assert!(top.contains("unknown key \"sigmas\""), "{top}");
        let missing = RuleSet::load(Path::new("/nonexistent/rules.toml")).unwrap_err();
        assert!(
            missing.to_string().starts_with("/nonexistent/rules.toml: "),
            "{missing}"
        );
    }
}
