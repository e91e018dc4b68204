//! Day/month order of numeric dates: is 05/11/2026 the 5th of November or the 11th of May?
//!
//! When both numbers are 12 or less, the order is settled by evidence:
//! - a language with a convention (`numeric_order` in `lexicons/<lang>/dates.toml`: French,
//!   German…, day first) reads them its way, unless the outlet's country or web domain says
//!   otherwise (`lexicons/<lang>/metadata.toml`);
//! - a language without one (English: the United States write the month first, most of the
//!   rest of the English-writing world the day first) reads them the way the text itself
//!   shows, when all its evidence agrees: unambiguous numeric dates (25/11/2026 can only be day
//!   first) and dates written with a month word that match one reading ("Nov 5" beside
//!   "05/11/2026"); failing that, the way the outlet's country or domain writes them.
//!
//! Otherwise the order stays unknown and the date unresolved: a wrong publication date is worse
//! than none.

use crate::dates::lexicon::NumericOrder;
use crate::dates::scan::Value;

/// What the dates of one text say about the order of day and month.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    /// Dates that can only be (or only match) day-first readings.
    pub day_first: usize,
    /// Dates that can only be (or only match) month-first readings.
    pub month_first: usize,
}

impl Evidence {
    /// The order the text shows, when all of its evidence agrees.
    pub fn order(self) -> NumericOrder {
        match (self.day_first, self.month_first) {
            (d, 0) if d > 0 => NumericOrder::DayFirst,
            (0, m) if m > 0 => NumericOrder::MonthFirst,
            _ => NumericOrder::Unknown,
        }
    }
}

/// The leading one- or two-digit number of a numeric date as written ("05/11/2026" → 5),
/// `None` for anything else (a date written with words, an ISO date).
fn leading_number(written: &str) -> Option<u32> {
    let digits: String = written.chars().take_while(char::is_ascii_digit).collect();
    let rest = &written[digits.len()..];
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let numeric = rest.starts_with(['.', '/', '-'])
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'));
    numeric.then(|| digits.parse().ok()).flatten()
}

/// Collects the evidence of a text's dates: each found value with the text it was written as.
pub fn evidence<'a>(found: impl IntoIterator<Item = (&'a Value, &'a str)>) -> Evidence {
    let mut ev = Evidence::default();
    let mut worded: Vec<(u32, u32)> = Vec::new();
    let mut ambiguous: Vec<(u32, u32)> = Vec::new();
    for (value, written) in found {
        match *value {
            Value::Date {
                month,
                day: Some(day),
                ..
            } => match leading_number(written) {
                // An unambiguous numeric date shows the order the page writes dates in.
                Some(first) if day != month => {
                    if first == day {
                        ev.day_first += 1;
                    } else if first == month {
                        ev.month_first += 1;
                    }
                }
                Some(_) => {}
                None if written.chars().any(char::is_alphabetic) => worded.push((day, month)),
                None => {}
            },
            Value::AmbiguousNumeric { first, second, .. } => ambiguous.push((first, second)),
            _ => {}
        }
    }
    // "05/11/2026" beside "Nov 5": the same day written both ways settles the order.
    for (first, second) in ambiguous {
        if worded.contains(&(first, second)) {
            ev.day_first += 1;
        }
        if worded.contains(&(second, first)) {
            ev.month_first += 1;
        }
    }
    ev
}

/// The order to read a text's ambiguous numeric dates in, from the outlet's convention, the
/// language's and the text's evidence (see the module documentation).
pub fn decide(outlet: NumericOrder, language: NumericOrder, ev: Evidence) -> NumericOrder {
    let known = |o: NumericOrder| o != NumericOrder::Unknown;
    if known(language) {
        return if known(outlet) { outlet } else { language };
    }
    match ev.order() {
        NumericOrder::Unknown => outlet,
        shown => shown,
    }
}

/// Reads an ambiguous numeric date in `order`; other values are returned as they are.
pub fn settle(value: &Value, order: NumericOrder) -> Value {
    match *value {
        Value::AmbiguousNumeric {
            year,
            first,
            second,
        } => match order {
            NumericOrder::DayFirst => Value::Date {
                year: Some(year),
                month: second,
                day: Some(first),
            },
            NumericOrder::MonthFirst => Value::Date {
                year: Some(year),
                month: first,
                day: Some(second),
            },
            NumericOrder::Unknown => value.clone(),
        },
        _ => value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amb(first: u32, second: u32) -> Value {
        Value::AmbiguousNumeric {
            year: 2026,
            first,
            second,
        }
    }

    fn date(month: u32, day: u32) -> Value {
        Value::Date {
            year: None,
            month,
            day: Some(day),
        }
    }

    #[test]
    fn a_worded_date_matching_one_reading_settles_the_order() {
        let a = amb(5, 11);
        let nov5 = date(11, 5);
        let ev = evidence([(&a, "05/11/2026"), (&nov5, "Nov 5")]);
        assert_eq!(ev.order(), NumericOrder::DayFirst);
        let may11 = date(5, 11);
        let ev = evidence([(&a, "05/11/2026"), (&may11, "May 11")]);
        assert_eq!(ev.order(), NumericOrder::MonthFirst);
    }

    #[test]
    fn unambiguous_numeric_dates_show_the_pages_order() {
        let a = amb(5, 11);
        let d = Value::Date {
            year: Some(2026),
            month: 11,
            day: Some(25),
        };
        assert_eq!(
            evidence([(&a, "05/11/2026"), (&d, "25/11/2026")]).order(),
            NumericOrder::DayFirst
        );
        assert_eq!(
            evidence([(&a, "05/11/2026"), (&d, "11/25/2026")]).order(),
            NumericOrder::MonthFirst
        );
        // An ISO date says nothing about the order.
        assert_eq!(
            evidence([(&a, "05/11/2026"), (&d, "2026-11-25")]).order(),
            NumericOrder::Unknown
        );
    }

    #[test]
    fn conflicting_or_absent_evidence_leaves_the_order_unknown() {
        let a = amb(5, 11);
        let (nov5, may11) = (date(11, 5), date(5, 11));
        let ev = evidence([(&a, "05/11/2026"), (&nov5, "Nov 5"), (&may11, "May 11")]);
        let u = NumericOrder::Unknown;
        assert_eq!(decide(u, u, ev), u);
        assert_eq!(decide(u, u, evidence([(&a, "05/11/2026")])), u);
        // Without the text's evidence, the outlet's convention decides.
        assert_eq!(
            decide(NumericOrder::MonthFirst, u, ev),
            NumericOrder::MonthFirst
        );
        // A language's convention wins over the text's evidence; an outlet's over both.
        let ev = evidence([(&a, "05/11/2026"), (&may11, "May 11")]);
        assert_eq!(
            decide(u, NumericOrder::DayFirst, ev),
            NumericOrder::DayFirst
        );
        assert_eq!(
            decide(NumericOrder::MonthFirst, NumericOrder::DayFirst, ev),
            NumericOrder::MonthFirst
        );
        // In a language without one, the text's evidence wins over the outlet's.
        assert_eq!(
            decide(NumericOrder::DayFirst, u, ev),
            NumericOrder::MonthFirst
        );
        assert_eq!(settle(&a, NumericOrder::Unknown), a);
        assert_eq!(
            settle(&a, NumericOrder::DayFirst),
            Value::Date {
                year: Some(2026),
                month: 11,
                day: Some(5)
            }
        );
    }
}
