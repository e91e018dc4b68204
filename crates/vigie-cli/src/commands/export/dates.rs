//! Dates as exports write them: one ISO form that standard parsers read (`YYYY-MM-DD`), with the
//! granularity beside it, because vigie's dates are often a month or a year ("en juillet 2022"),
//! which `pandas.to_datetime` reads but DuckDB's `DATE` and Python's `date.fromisoformat` refuse.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use serde::Serialize;

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    Month,
    Year,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Month => "month",
            Granularity::Year => "year",
        }
    }
}

/// A date as exported: the first day of the period it names, and how much of it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportDate {
    pub date: NaiveDate,
    pub granularity: Granularity,
}

impl ExportDate {
    /// `YYYY-MM-DD` (for a month or a year, its first day).
    pub fn iso(&self) -> String {
        self.date.format("%Y-%m-%d").to_string()
    }

    /// Reads an ISO 8601 date as vigie stores them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a
    /// timestamp starting with `YYYY-MM-DD` (its date as written, in its own offset). `None`
    /// for anything else.
    pub fn parse(s: &str) -> Option<ExportDate> {
        let s = s.trim();
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let (date, granularity) = match s.len() {
            4 => (day(&format!("{s}-01-01"))?, Granularity::Year),
            7 => (day(&format!("{s}-01"))?, Granularity::Month),
            10 => (day(s)?, Granularity::Day),
            n if n > 10 && matches!(s.as_bytes()[10], b'T' | b't' | b' ') => {
                (day(s.get(..10)?)?, Granularity::Day)
            }
            _ => return None,
        };
        Some(ExportDate { date, granularity })
    }
}

/// An article's publication date in the columns exports write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Published {
    /// `YYYY-MM-DD`.
    pub date: Option<ExportDate>,
    /// RFC 3339 (`2022-10-12T14:30:00+02:00`, or without offset when the source gave none),
    /// when the source gave a time of day.
    pub time: Option<String>,
}

impl Published {
    pub fn parse(raw: Option<&str>) -> Published {
        let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
            return Published::default();
        };
        let time = DateTime::parse_from_rfc3339(raw)
            .map(|t| t.to_rfc3339())
            .ok()
            .or_else(|| {
                [
                    "%Y-%m-%dT%H:%M:%S%.f",
                    "%Y-%m-%d %H:%M:%S%.f",
                    "%Y-%m-%dT%H:%M",
                ]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
                .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
            });
        Published {
            date: ExportDate::parse(raw),
            time,
        }
    }

    pub fn iso(&self) -> Option<String> {
        self.date.map(|d| d.iso())
    }

    pub fn granularity(&self) -> Option<&'static str> {
        self.date.map(|d| d.granularity.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_become_first_days_with_their_granularity() {
        let d = |s| ExportDate::parse(s).map(|d| (d.iso(), d.granularity));
        assert_eq!(
            d("2022-07"),
            Some(("2022-07-01".into(), Granularity::Month))
        );
        assert_eq!(d("2022"), Some(("2022-01-01".into(), Granularity::Year)));
        assert_eq!(
            d("2022-02-24"),
            Some(("2022-02-24".into(), Granularity::Day))
        );
        assert_eq!(
            d("2022-02-24T23:30:00-05:00"),
            Some(("2022-02-24".into(), Granularity::Day))
        );
        assert_eq!(d("2022-13"), None);
        assert_eq!(d("24/02/2022"), None);
        assert_eq!(d(""), None);
    }

    #[test]
    fn published_keeps_the_time_when_given() {
        let p = Published::parse(Some("2022-10-12T14:30:00+02:00"));
        assert_eq!(p.iso().as_deref(), Some("2022-10-12"));
        assert_eq!(p.time.as_deref(), Some("2022-10-12T14:30:00+02:00"));
        let p = Published::parse(Some("2022-10-12 14:30:00"));
        assert_eq!(p.time.as_deref(), Some("2022-10-12T14:30:00"));
        let p = Published::parse(Some("2022-10-12"));
        assert_eq!((p.iso().as_deref(), p.time), (Some("2022-10-12"), None));
        assert_eq!(Published::parse(Some("hier")), Published::default());
    }
}
