//! Alerts: pairs of actors whose latest week departs from their own recent past.
//!
//! Each pair's events are counted once and per ISO week ([`crate::trends`]); the latest week of
//! the whole store is compared with the pair's mean over the weeks before it (the baseline;
//! weeks without events count as zeros). Two departures are reported, as event-data monitors
//! such as ICEWS's and ACLED's early-warning views do:
//! - a **surge**: at least [`AlertRules::min_events`] events asserted as real, and at least
//!   [`AlertRules::surge_ratio`] times the baseline (plus one, so a pair never seen before
//!   needs a real count, not just any count);
//! - an **escalation**: the mean Goldstein score of the week at least
//!   [`AlertRules::goldstein_drop`] points below the baseline's, with at least
//!   [`AlertRules::min_conflict`] material-conflict events.
//!
//! Only events asserted as real count: threats, forecasts and denials are not acts.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::trends::{self, Period, TrendReport};

/// Thresholds of the two departures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlertRules {
    /// Weeks before the latest one that make the baseline.
    pub baseline_weeks: usize,
    pub min_events: usize,
    pub surge_ratio: f64,
    pub goldstein_drop: f64,
    pub min_conflict: usize,
}

impl Default for AlertRules {
    fn default() -> Self {
        AlertRules {
            baseline_weeks: 4,
            min_events: 3,
            surge_ratio: 2.0,
            goldstein_drop: 3.0,
            min_conflict: 2,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    Surge,
    Escalation,
}

/// One pair's departure in the latest week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    pub kind: AlertKind,
    pub source: String,
    pub target: String,
    /// The ISO week (`2026-W45`) and its first day.
    pub period: String,
    pub start: NaiveDate,
    pub events: usize,
    pub material_conflict: usize,
    /// Mean weekly events over the baseline weeks.
    pub baseline_events: f64,
    /// Mean Goldstein score of the week's events, and of the baseline's (`None`: no events).
    pub goldstein_mean: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_goldstein_mean: Option<f64>,
    pub reason: String,
}

/// The alerts of the latest week among the given reports (any pairs), strongest first. Reports
/// without both a source and a target, or without a date, are left out.
pub fn alerts(reports: &[TrendReport], rules: AlertRules) -> Vec<Alert> {
    let mut by_pair: BTreeMap<(String, String), Vec<TrendReport>> = BTreeMap::new();
    let mut latest: Option<NaiveDate> = None;
    for r in reports {
        let (Some(s), Some(t), Some(d)) = (&r.report.source, &r.report.target, r.report.date)
        else {
            continue;
        };
        latest = latest.max(Some(d));
        by_pair
            .entry((s.clone(), t.clone()))
            .or_default()
            .push(r.clone());
    }
    let Some(latest) = latest else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for ((source, target), reports) in by_pair {
        let window = trends::week_window(&reports, latest, rules.baseline_weeks);
        let c = &window.current;
        if c.events == 0 {
            continue;
        }
        let weeks = rules.baseline_weeks.max(1) as f64;
        let baseline_n: usize = window.baseline.iter().map(|c| c.events).sum();
        let baseline_events = baseline_n as f64 / weeks;
        let baseline_goldstein_mean = (baseline_n > 0)
            .then(|| window.baseline.iter().map(|c| c.goldstein).sum::<f64>() / baseline_n as f64);
        let goldstein_mean = c.goldstein / c.events as f64;
        let mut push = |kind: AlertKind, reason: String| {
            out.push(Alert {
                kind,
                source: source.clone(),
                target: target.clone(),
                period: Period::Week.label(window.week),
                start: window.week,
                events: c.events,
                material_conflict: c.material_conflict,
                baseline_events,
                goldstein_mean,
                baseline_goldstein_mean,
                reason,
            })
        };
        if c.events >= rules.min_events
            && c.events as f64 >= rules.surge_ratio * baseline_events + 1.0
        {
            push(
                AlertKind::Surge,
                format!(
                    "{} events this week against {:.1} a week over the {} weeks before",
                    c.events, baseline_events, rules.baseline_weeks
                ),
            );
        }
        if let Some(base) = baseline_goldstein_mean {
            if c.material_conflict >= rules.min_conflict
                && goldstein_mean <= base - rules.goldstein_drop
            {
                push(
                    AlertKind::Escalation,
                    format!(
                        "mean Goldstein {goldstein_mean:.1} this week against {base:.1} before, with {} material-conflict events",
                        c.material_conflict
                    ),
                );
            }
        }
    }
    out.sort_by(|a, b| {
        b.events
            .cmp(&a.events)
            .then(a.kind.cmp(&b.kind))
            .then((&a.source, &a.target).cmp(&(&b.source, &b.target)))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::EventReport;
    use crate::trends::QuadClass;

    fn report(source: &str, target: &str, day: &str, n: usize, goldstein: f64) -> TrendReport {
        let quad = if goldstein <= -5.0 {
            QuadClass::MaterialConflict
        } else {
            QuadClass::VerbalCooperation
        };
        TrendReport {
            report: EventReport {
                source: Some(source.into()),
                target: Some(target.into()),
                // Reports of one root on nearby days are one event: each n its own root.
                cameo: if quad == QuadClass::MaterialConflict {
                    ["180", "190", "200", "170"][n].to_string()
                } else {
                    ["010", "020", "030", "040", "050", "060"][n].to_string()
                },
                place: None,
                date: NaiveDate::parse_from_str(day, "%Y-%m-%d").ok(),
                negated: false,
                hypothetical: false,
                // One article per report: distinct events.
                article: format!("{source}{target}{day}{n}"),
                original: format!("{source}{target}{day}{n}"),
            },
            goldstein,
            quad,
        }
    }

    #[test]
    fn a_pair_with_many_more_events_than_its_baseline_surges() {
        let mut reports = vec![report("RUS", "UKR", "2026-10-07", 0, 1.0)];
        for n in 0..5 {
            reports.push(report("RUS", "UKR", "2026-11-04", n, 1.0));
        }
        let found = alerts(&reports, AlertRules::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, AlertKind::Surge);
        assert_eq!(found[0].events, 5);
        assert_eq!(found[0].period, "2026-W45");
        assert!((found[0].baseline_events - 0.25).abs() < 1e-9);
    }

    #[test]
    fn a_steady_pair_raises_nothing() {
        let mut reports = Vec::new();
        for day in [
            "2026-10-07",
            "2026-10-14",
            "2026-10-21",
            "2026-10-28",
            "2026-11-04",
        ] {
            for n in 0..3 {
                reports.push(report("BLR", "POL", day, n, 1.0));
            }
        }
        assert!(alerts(&reports, AlertRules::default()).is_empty());
    }

    #[test]
    fn a_fall_in_goldstein_with_material_conflict_is_an_escalation() {
        let mut reports = Vec::new();
        for day in ["2026-10-14", "2026-10-21", "2026-10-28"] {
            for n in 0..2 {
                reports.push(report("BLR", "LTU", day, n, 3.0));
            }
        }
        for n in 0..2 {
            reports.push(report("BLR", "LTU", "2026-11-04", n, -9.5));
        }
        let found = alerts(&reports, AlertRules::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, AlertKind::Escalation);
        assert_eq!(found[0].material_conflict, 2);
    }

    #[test]
    fn only_the_latest_week_of_the_store_is_judged() {
        let mut reports = Vec::new();
        for n in 0..6 {
            reports.push(report("RUS", "UKR", "2026-10-07", n, 1.0));
        }
        // Another pair makes a later week the latest: the old burst is history.
        reports.push(report("FRA", "DEU", "2026-11-04", 0, 1.0));
        assert!(alerts(&reports, AlertRules::default()).is_empty());
    }
}
