//! Trends: the events between actors per day or ISO week — how many, their Goldstein sum and
//! their four CAMEO quad classes — with asserted, negated and hypothetical events in separate
//! columns, every event **counted once** (the grouping of [`crate::events::count_once`], each
//! event on the day of its earliest report).
//!
//! A pure function over coded reports ([`TrendReport`]); the caller chooses which reports
//! (actors) and says each code's quad class (from `data/cameo/codes.toml`), so this module
//! knows no store and no code table.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::events::{count_once, EventReport};

/// GDELT's QuadClass of a CAMEO code, from its root: 01–05 verbal cooperation, 06–08 material
/// cooperation, 09–17 verbal conflict, 18–20 material conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl QuadClass {
    pub const ALL: [QuadClass; 4] = [
        QuadClass::VerbalCooperation,
        QuadClass::MaterialCooperation,
        QuadClass::VerbalConflict,
        QuadClass::MaterialConflict,
    ];

    /// The class of GDELT's number (1–4), as `data/cameo/codes.toml` writes it.
    pub fn from_number(n: u8) -> Option<QuadClass> {
        match n {
            1 => Some(QuadClass::VerbalCooperation),
            2 => Some(QuadClass::MaterialCooperation),
            3 => Some(QuadClass::VerbalConflict),
            4 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }

    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn as_str(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }
}

/// The length of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    /// ISO 8601 week, Monday to Sunday, numbered in its ISO year (`2026-W45`).
    #[default]
    Week,
}

impl Period {
    /// The first day of the period holding `d`.
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d,
            Period::Week => d - Days::new(u64::from(d.weekday().num_days_from_monday())),
        }
    }

    /// The first day of the next period.
    fn next(self, start: NaiveDate) -> NaiveDate {
        start
            + Days::new(match self {
                Period::Day => 1,
                Period::Week => 7,
            })
    }

    /// The period's label: `2026-11-03` or `2026-W45`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Day => start.format("%Y-%m-%d").to_string(),
            Period::Week => {
                let w = start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
        }
    }
}

/// One coded report: what [`count_once`] groups, with the code's Goldstein value and quad
/// class.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendReport {
    pub report: EventReport,
    pub goldstein: f64,
    pub quad: QuadClass,
}

/// Counts of one modality in one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub events: usize,
    pub goldstein: f64,
    pub verbal_cooperation: usize,
    pub material_cooperation: usize,
    pub verbal_conflict: usize,
    pub material_conflict: usize,
}

impl Counts {
    fn add(&mut self, goldstein: f64, quad: QuadClass) {
        self.events += 1;
        self.goldstein += goldstein;
        *self.quad_mut(quad) += 1;
    }

    pub fn quad(&self, q: QuadClass) -> usize {
        match q {
            QuadClass::VerbalCooperation => self.verbal_cooperation,
            QuadClass::MaterialCooperation => self.material_cooperation,
            QuadClass::VerbalConflict => self.verbal_conflict,
            QuadClass::MaterialConflict => self.material_conflict,
        }
    }

    fn quad_mut(&mut self, q: QuadClass) -> &mut usize {
        match q {
            QuadClass::VerbalCooperation => &mut self.verbal_cooperation,
            QuadClass::MaterialCooperation => &mut self.material_cooperation,
            QuadClass::VerbalConflict => &mut self.verbal_conflict,
            QuadClass::MaterialConflict => &mut self.material_conflict,
        }
    }
}

/// One period of a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendRow {
    /// `2026-11-03` (day) or `2026-W45` (ISO week).
    pub period: String,
    /// The period's first day (a Monday for weeks).
    pub start: NaiveDate,
    /// Events asserted as real.
    pub asserted: Counts,
    /// Events said not to have happened (asserted as real otherwise).
    pub negated: Counts,
    /// Intents, forecasts, conditionals, threats of acts: whether negated or not.
    pub hypothetical: Counts,
}

/// A trend and what it could not place.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// Every period from the first to the last event's, empty ones included (a week without
    /// events is a zero, not a gap).
    pub rows: Vec<TrendRow>,
    /// Distinct events with no date, in no period.
    pub undated: usize,
}

/// Which periods, from which days.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TrendOptions {
    pub by: Period,
    /// Only events whose earliest report is on or after this day.
    pub since: Option<NaiveDate>,
    /// Only events whose earliest report is on or before this day.
    pub until: Option<NaiveDate>,
}

/// One ISO week and the weeks just before it, as alerts compare them: the counts of events
/// asserted as real, a week without events counting as zeros.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekWindow {
    /// The judged week's first day (a Monday).
    pub week: NaiveDate,
    pub current: Counts,
    /// The `baseline_weeks` weeks before it, the nearest first.
    pub baseline: Vec<Counts>,
}

/// The window of the week holding `latest` and the `baseline_weeks` weeks before it, over
/// `reports` (each event counted once, as [`trend`] does).
pub fn week_window(
    reports: &[TrendReport],
    latest: NaiveDate,
    baseline_weeks: usize,
) -> WeekWindow {
    let week = Period::Week.start(latest);
    let first = week - Days::new(7 * baseline_weeks as u64);
    let rows = trend(
        reports,
        TrendOptions {
            by: Period::Week,
            since: Some(first),
            until: Some(week + Days::new(6)),
        },
    )
    .rows;
    let counts_of = |start: NaiveDate| {
        rows.iter()
            .find(|row| row.start == start)
            .map_or_else(Counts::default, |row| row.asserted)
    };
    WeekWindow {
        week,
        current: counts_of(week),
        baseline: (1..=baseline_weeks as u64)
            .map(|k| counts_of(week - Days::new(7 * k)))
            .collect(),
    }
}

/// The trend of the given reports: grouped into events (each counted once, on the day of its
/// earliest report, with its first report's Goldstein value — the reports of one event share
/// its CAMEO root, hence its quad class), then counted per period and modality.
pub fn trend(reports: &[TrendReport], opts: TrendOptions) -> Trend {
    let plain: Vec<EventReport> = reports.iter().map(|r| r.report.clone()).collect();
    let mut periods: BTreeMap<NaiveDate, TrendRow> = BTreeMap::new();
    let mut undated = 0;
    for ev in count_once(&plain) {
        let Some(day) = ev.first_date else {
            undated += 1;
            continue;
        };
        if opts.since.is_some_and(|s| day < s) || opts.until.is_some_and(|u| day > u) {
            continue;
        }
        let first = &reports[ev.reports[0]];
        let start = opts.by.start(day);
        let row = periods
            .entry(start)
            .or_insert_with(|| empty_row(opts.by, start));
        let counts = if first.report.hypothetical {
            &mut row.hypothetical
        } else if first.report.negated {
            &mut row.negated
        } else {
            &mut row.asserted
        };
        counts.add(first.goldstein, first.quad);
    }
    let mut rows = Vec::with_capacity(periods.len());
    if let (Some(&first), Some(&last)) = (periods.keys().next(), periods.keys().next_back()) {
        let mut start = first;
        while start <= last {
            rows.push(
                periods
                    .remove(&start)
                    .unwrap_or_else(|| empty_row(opts.by, start)),
            );
            start = opts.by.next(start);
        }
    }
    Trend { rows, undated }
}

fn empty_row(by: Period, start: NaiveDate) -> TrendRow {
    TrendRow {
        period: by.label(start),
        start,
        asserted: Counts::default(),
        negated: Counts::default(),
        hypothetical: Counts::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn report(article: &str, date: &str, cameo: &str, goldstein: f64, quad: u8) -> TrendReport {
        TrendReport {
            report: EventReport {
                source: Some("BLRMIL".into()),
                target: Some("UKR".into()),
                cameo: cameo.into(),
                place: None,
                date: Some(day(date)),
                negated: false,
                hypothetical: false,
                article: article.into(),
                original: article.into(),
            },
            goldstein,
            quad: QuadClass::from_number(quad).unwrap(),
        }
    }

    #[test]
    fn quad_classes_round_trip_through_gdelt_numbers() {
        for q in QuadClass::ALL {
            assert_eq!(QuadClass::from_number(q.number()), Some(q));
        }
        assert_eq!(QuadClass::from_number(0), None);
        assert_eq!(QuadClass::from_number(5), None);
    }

    #[test]
    fn iso_weeks_start_on_monday_and_carry_the_iso_year() {
        // 2026-01-01 is a Thursday: its ISO week is 2026-W01, from Monday 2025-12-29.
        assert_eq!(Period::Week.start(day("2026-01-01")), day("2025-12-29"));
        assert_eq!(Period::Week.label(day("2025-12-29")), "2026-W01");
        // 2027-01-01 is a Friday: still week 53 of 2026.
        let s = Period::Week.start(day("2027-01-01"));
        assert_eq!(s, day("2026-12-28"));
        assert_eq!(Period::Week.label(s), "2026-W53");
        assert_eq!(Period::Day.label(day("2026-11-03")), "2026-11-03");
    }

    #[test]
    fn reports_of_one_event_are_counted_once_on_their_earliest_day() {
        let reports = vec![
            report("b", "2026-11-04", "193", -10.0, 4), // told a day late
            report("a", "2026-11-03", "190", -10.0, 4),
            report("c", "2026-11-03", "190", -10.0, 4),
        ];
        let t = trend(
            &reports,
            TrendOptions {
                by: Period::Day,
                ..Default::default()
            },
        );
        assert_eq!(t.rows.len(), 1, "{t:#?}");
        assert_eq!(t.rows[0].period, "2026-11-03");
        assert_eq!(t.rows[0].asserted.events, 1);
        assert_eq!(t.rows[0].asserted.material_conflict, 1);
        assert_eq!(t.rows[0].asserted.goldstein, -10.0);
    }

    #[test]
    fn weeks_sum_goldstein_by_quad_class_and_empty_weeks_are_zeros() {
        let reports = vec![
            report("a", "2026-11-02", "190", -10.0, 4), // Monday of W45
            report("b", "2026-11-08", "036", 4.0, 1),   // Sunday of W45
            report("c", "2026-11-05", "070", 7.0, 2),
            report("d", "2026-11-06", "112", -2.0, 3),
            report("e", "2026-11-23", "112", -2.0, 3), // W48
        ];
        let t = trend(&reports, TrendOptions::default());
        let labels: Vec<&str> = t.rows.iter().map(|r| r.period.as_str()).collect();
        assert_eq!(labels, ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
        let w45 = &t.rows[0].asserted;
        assert_eq!(w45.events, 4);
        assert_eq!(w45.goldstein, -1.0);
        for q in QuadClass::ALL {
            assert_eq!(w45.quad(q), 1, "{q:?}");
        }
        assert_eq!(t.rows[1].asserted, Counts::default());
        assert_eq!(t.rows[3].asserted.verbal_conflict, 1);
        assert_eq!(t.rows[0].start, day("2026-11-02"));
    }

    #[test]
    fn negated_and_hypothetical_events_have_their_own_columns() {
        let mut denied = report("b", "2026-11-03", "190", -10.0, 4);
        denied.report.negated = true;
        let mut planned = report("c", "2026-11-03", "190", -10.0, 4);
        planned.report.hypothetical = true;
        let mut not_planned = report("d", "2026-11-03", "190", -10.0, 4);
        not_planned.report.hypothetical = true;
        not_planned.report.negated = true;
        let t = trend(
            &[
                report("a", "2026-11-03", "190", -10.0, 4),
                denied,
                planned,
                not_planned,
            ],
            TrendOptions::default(),
        );
        let row = &t.rows[0];
        assert_eq!(row.asserted.events, 1);
        assert_eq!(row.negated.events, 1);
        assert_eq!(row.hypothetical.events, 2);
        assert_eq!(row.hypothetical.goldstein, -20.0);
    }

    #[test]
    fn bounds_apply_to_the_earliest_report_and_undated_events_are_told_apart() {
        let mut undated = report("u", "2026-11-03", "190", -10.0, 4);
        undated.report.date = None;
        undated.report.source = Some("RUS".into());
        let reports = vec![
            report("a", "2026-10-30", "190", -10.0, 4),
            report("b", "2026-11-01", "190", -10.0, 4), // same event as a, which is too early
            report("c", "2026-11-10", "042", 1.9, 1),
            undated,
        ];
        let t = trend(
            &reports,
            TrendOptions {
                by: Period::Day,
                since: Some(day("2026-11-01")),
                until: Some(day("2026-11-30")),
            },
        );
        assert_eq!(t.undated, 1);
        let total: usize = t.rows.iter().map(|r| r.asserted.events).sum();
        assert_eq!(total, 1, "{t:#?}");
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].period, "2026-11-10");
    }
}
