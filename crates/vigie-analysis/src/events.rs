//! Events counted once: the reports of one event (same source and target actors, same CAMEO
//! root, same polarity and modality, compatible place, dates within a window) grouped into one
//! event with its reports. Its confidence grows with the **independent** sources that report
//! it — articles that are not copies of one another — never with copies.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

/// Days between two reports of one event at most (a report dated two days later is the same
/// clash told late; a week later it is another one).
pub const EVENT_WINDOW_DAYS: i64 = 2;

/// One coded event in one article, as the grouping reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventReport {
    /// Source and target: actor codes where known (`BLRMIL`), else ids or names.
    pub source: Option<String>,
    pub target: Option<String>,
    /// CAMEO code (its first two digits are the root compared).
    pub cameo: String,
    pub place: Option<String>,
    pub date: Option<NaiveDate>,
    pub negated: bool,
    pub hypothetical: bool,
    pub article: String,
    /// The article's first original when it is a copy (see `copies`), else the article.
    pub original: String,
}

impl EventReport {
    /// The report of a stored event of `article` (`original` when the article is a copy),
    /// dated by the event's own date, else the article's publication date.
    pub fn of_event(
        e: &vigie_core::Event,
        published: Option<&str>,
        article: String,
        original: String,
    ) -> EventReport {
        EventReport {
            source: e.source_code.clone().or_else(|| e.source.clone()),
            target: e.target_code.clone().or_else(|| e.target.clone()),
            cameo: e.cameo.clone(),
            place: e.location.clone(),
            date: e.date.as_deref().or(published).and_then(crate::day_of),
            negated: e.negated,
            hypothetical: e.hypothetical.is_some(),
            article,
            original,
        }
    }
}

/// One event with its reports (indices into the reports given).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistinctEvent {
    /// Indices of its reports (the caller writes the reports themselves).
    #[serde(skip)]
    pub reports: Vec<usize>,
    pub articles: usize,
    /// Articles that are not copies of one another.
    pub independent_sources: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// 1 − ½ⁿ for n independent sources: each independent report halves the doubt (a rule of
    /// thumb, not a calibrated probability).
    pub confidence: f64,
}

/// Groups reports into events: in date order (undated last), each report joins the latest
/// event of its key whose dates come within [`EVENT_WINDOW_DAYS`] and whose place agrees (or
/// either is unknown), else starts one. Events come out in the order of their first report.
pub fn count_once(reports: &[EventReport]) -> Vec<DistinctEvent> {
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by_key(|&i| (reports[i].date.is_none(), reports[i].date, i));
    /// The events of one key: all of them, in the order they were opened, and those a dated
    /// report can still join. Dated reports come in date order and an event's last date only
    /// grows, so once a report is more than the window after an event's last date, no later
    /// dated report can join it: it leaves `reachable` (undated reports, which come last and
    /// join any, still see it in `all`).
    #[derive(Default)]
    struct Open {
        all: Vec<usize>,
        reachable: Vec<usize>,
    }
    type Key<'a> = (Option<&'a str>, Option<&'a str>, &'a str, bool, bool);
    let mut open: HashMap<Key<'_>, Open> = HashMap::new();
    let mut events: Vec<DistinctEvent> = Vec::new();
    for i in order {
        let r = &reports[i];
        let root = r
            .cameo
            .char_indices()
            .nth(2)
            .map_or(r.cameo.as_str(), |(end, _)| &r.cameo[..end]);
        let key: Key<'_> = (
            r.source.as_deref(),
            r.target.as_deref(),
            root,
            r.negated,
            r.hypothetical,
        );
        let group = open.entry(key).or_default();
        if let Some(d) = r.date {
            group.reachable.retain(|&e| {
                events[e]
                    .last_date
                    .is_none_or(|last| (d - last).num_days() <= EVENT_WINDOW_DAYS)
            });
        }
        let candidates = if r.date.is_some() {
            &group.reachable
        } else {
            &group.all
        };
        let joined = candidates.iter().rev().copied().find(|&e| {
            let ev = &events[e];
            let near = match (r.date, ev.first_date, ev.last_date) {
                (Some(d), Some(first), Some(last)) => {
                    (first - d).num_days() <= EVENT_WINDOW_DAYS
                        && (d - last).num_days() <= EVENT_WINDOW_DAYS
                }
                _ => true,
            };
            let same_place = match (&r.place, &ev.place) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            near && same_place
        });
        let e = match joined {
            Some(e) => e,
            None => {
                events.push(DistinctEvent {
                    reports: Vec::new(),
                    articles: 0,
                    independent_sources: 0,
                    first_date: None,
                    last_date: None,
                    place: None,
                    confidence: 0.0,
                });
                group.all.push(events.len() - 1);
                group.reachable.push(events.len() - 1);
                events.len() - 1
            }
        };
        let ev = &mut events[e];
        ev.reports.push(i);
        if let Some(d) = r.date {
            ev.first_date = Some(ev.first_date.map_or(d, |f| f.min(d)));
            ev.last_date = Some(ev.last_date.map_or(d, |l| l.max(d)));
        }
        if ev.place.is_none() {
            ev.place = r.place.clone();
        }
    }
    for ev in &mut events {
        let articles: HashSet<&str> = ev
            .reports
            .iter()
            .map(|&i| reports[i].article.as_str())
            .collect();
        let originals: HashSet<&str> = ev
            .reports
            .iter()
            .map(|&i| reports[i].original.as_str())
            .collect();
        ev.articles = articles.len();
        ev.independent_sources = originals.len();
        ev.confidence = 1.0 - 0.5f64.powi(originals.len() as i32);
        ev.reports.sort_unstable();
    }
    events.sort_by_key(|e| e.reports[0]);
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(article: &str, original: &str, date: &str, cameo: &str) -> EventReport {
        EventReport {
            source: Some("BLRMIL".into()),
            target: Some("LTU".into()),
            cameo: cameo.into(),
            place: None,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            negated: false,
            hypothetical: false,
            article: article.into(),
            original: original.into(),
        }
    }

    #[test]
    fn reports_of_one_event_are_counted_once_and_copies_add_no_confidence() {
        let reports = vec![
            report("a", "a", "2026-11-03", "190"),
            report("b", "a", "2026-11-03", "193"), // a copy of a
            report("c", "c", "2026-11-04", "190"), // an independent source
            report("d", "d", "2026-11-20", "190"), // too late: another clash
            report("e", "e", "2026-11-03", "111"), // another kind of act
        ];
        let events = count_once(&reports);
        assert_eq!(events.len(), 3, "{events:#?}");
        assert_eq!(events[0].reports, vec![0, 1, 2]);
        assert_eq!(events[0].articles, 3);
        assert_eq!(events[0].independent_sources, 2);
        assert!((events[0].confidence - 0.75).abs() < 1e-9);
        let with_copy_only = count_once(&reports[..2]);
        assert_eq!(with_copy_only[0].independent_sources, 1);
    }

    #[test]
    fn negated_and_hypothetical_reports_stay_apart() {
        let mut denied = report("b", "b", "2026-11-03", "190");
        denied.negated = true;
        let mut planned = report("c", "c", "2026-11-03", "190");
        planned.hypothetical = true;
        let events = count_once(&[report("a", "a", "2026-11-03", "190"), denied, planned]);
        assert_eq!(events.len(), 3);
    }
}
