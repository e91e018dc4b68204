//! Finds date expressions in folded text, word by word, driven by a [`Lexicon`].
//!
//! The scanner only recognises shapes; turning them into calendar dates against the
//! publication date is [`crate::dates::resolve`]'s job. Numbers are dates only next to a month
//! name, inside a numeric date (03/11/2025) or after a year preposition: "25 ans", "30 000",
//! "1,5 milliard" and "2 %" never match.

use crate::dates::lexicon::{Lexicon, NumericOrder, Part, Role, Unit};

/// Relation of a weekday to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekRel {
    /// Bare weekday: the most recent such day on or before publication (news convention).
    Recent,
    /// "ce lundi": this week's, on or before publication; with a day number when given.
    This,
    Next,
    Last,
}

/// What a date expression says, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A calendar date; `day: None` for a month ("février 2022", "en mars").
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
    },
    Year(i32),
    Part {
        year: Option<i32>,
        month: u32,
        part: Part,
    },
    Weekday {
        weekday: u32,
        rel: WeekRel,
        day: Option<u32>,
    },
    /// Days from publication ("hier") or, when anaphoric, from the last date mentioned.
    Offset {
        days: i64,
        anaphoric: bool,
    },
    /// The week, month or year `offset` units from publication ("l'an dernier").
    Period {
        unit: Unit,
        offset: i64,
    },
    /// "il y a deux ans et demi".
    Ago {
        unit: Unit,
        amount: f64,
    },
    /// A numeric date whose day and month could be either way round (05/11/2026) while the
    /// order is unknown: `first` and `second` as written. See [`crate::dates::order`].
    AmbiguousNumeric {
        year: i32,
        first: u32,
        second: u32,
    },
}

/// A date expression: byte range in the folded text and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: Value,
}

struct Scanner<'a> {
    text: &'a str,
    /// Whether each token starts with a capital in the original text (`None`: unknown).
    capital: Option<Vec<bool>>,
    toks: Vec<(usize, usize)>,
    words: Vec<&'a str>,
    lex: &'a Lexicon,
    /// How to read an ambiguous numeric date (05/11/2026).
    order: NumericOrder,
}

/// All date expressions in `folded` (already passed through [`vigie_core::fold::fold`]).
pub fn scan(folded: &str, lex: &Lexicon) -> Vec<Found> {
    scan_inner(folded, None, lex, lex.numeric_order)
}

/// Like [`scan`], knowing the original text's capitals: "May 2" is a date, "may 2" is not.
pub fn scan_folded(folded: &vigie_core::fold::Folded<'_>, lex: &Lexicon) -> Vec<Found> {
    scan_inner(&folded.text, Some(folded), lex, lex.numeric_order)
}

/// Like [`scan_folded`], reading numeric dates in `order` instead of the lexicon's; with
/// [`NumericOrder::Unknown`], ambiguous ones come back as [`Value::AmbiguousNumeric`].
pub fn scan_folded_with(
    folded: &vigie_core::fold::Folded<'_>,
    lex: &Lexicon,
    order: NumericOrder,
) -> Vec<Found> {
    scan_inner(&folded.text, Some(folded), lex, order)
}

fn scan_inner(
    folded: &str,
    original: Option<&vigie_core::fold::Folded<'_>>,
    lex: &Lexicon,
    order: NumericOrder,
) -> Vec<Found> {
    let toks = crate::dates::lexicon::word_tokens(folded);
    let words: Vec<&str> = toks.iter().map(|&(s, e)| &folded[s..e]).collect();
    let capital = original.map(|f| {
        toks.iter()
            .map(|&(s, _)| {
                let span = f.to_original(s, s + 1);
                f.original[span.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .collect()
    });
    let sc = Scanner {
        capital,
        text: folded,
        toks,
        words,
        lex,
        order,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.words.len() {
        if let Some((start, end, value)) = sc.at(i) {
            let mut end_byte = sc.toks[end - 1].1;
            // "ce lundi (19)": the closing parenthesis belongs to the expression.
            if matches!(value, Value::Weekday { day: Some(_), .. })
                && folded[end_byte..].starts_with(')')
            {
                end_byte += 1;
            }
            out.push(Found {
                start: sc.toks[start].0,
                end: end_byte,
                value,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

impl<'a> Scanner<'a> {
    /// Separator text before token `i`.
    fn sep(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[i - 1].1..self.toks[i].0]
    }

    /// Token `i` follows `i - 1` within one expression: a short run of spaces and punctuation
    /// such as ", ", ". ", "-", "/" or " (".
    fn adjacent(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let s = self.sep(i);
        s.chars().count() <= 3 && s.chars().all(|c| " ,.-/()".contains(c))
    }

    fn roles(&self, i: usize) -> Vec<(Role, usize)> {
        self.lex.matches_at(&self.words, i)
    }

    fn role<F: Fn(Role) -> bool>(&self, i: usize, f: F) -> Option<(Role, usize)> {
        self.roles(i).into_iter().find(|(r, _)| f(*r))
    }

    fn month(&self, i: usize) -> Option<(u32, usize)> {
        self.role(i, |r| matches!(r, Role::Month(_)))
            .map(|(r, n)| match r {
                Role::Month(m) => (m, n),
                _ => unreachable!(),
            })
    }

    fn weekday(&self, i: usize) -> Option<(u32, usize)> {
        self.role(i, |r| matches!(r, Role::Weekday(_)))
            .map(|(r, n)| match r {
                Role::Weekday(d) => (d, n),
                _ => unreachable!(),
            })
    }

    /// A day number 1–31, possibly with an ordinal suffix ("1er", "3rd", "1-го").
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let w = *self.words.get(i)?;
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 2 {
            return None;
        }
        let suffix = &w[digits..];
        if !suffix.is_empty() && !self.lex.ordinal_suffixes.iter().any(|s| s == suffix) {
            return None;
        }
        let d: u32 = w[..digits].parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        // "1-го": the suffix is its own token after a hyphen.
        if suffix.is_empty() && self.sep(i + 1) == "-" {
            if let Some(next) = self.words.get(i + 1) {
                if self.lex.ordinal_suffixes.iter().any(|s| s == next) {
                    return Some((d, 2));
                }
            }
        }
        // A day number followed by a decimal or thousands group is a quantity ("1,5", "30 000").
        if let Some(next) = self.words.get(i + 1) {
            let sep = self.sep(i + 1);
            let digits = next.bytes().all(|b| b.is_ascii_digit());
            if digits && (sep == "," || sep == "." || (sep == " " && next.len() == 3)) {
                return None;
            }
        }
        Some((d, 1))
    }

    fn year(&self, i: usize) -> Option<i32> {
        let w = *self.words.get(i)?;
        if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = w.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    }

    fn number(&self, i: usize) -> Option<u32> {
        let w = *self.words.get(i)?;
        if !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
            return w.parse().ok();
        }
        self.role(i, |r| matches!(r, Role::Number(_)))
            .and_then(|(r, n)| match (r, n) {
                (Role::Number(v), 1) => Some(v),
                _ => None,
            })
    }

    fn skip_connector(&self, j: usize) -> usize {
        if self.adjacent(j) {
            if let Some((_, n)) = self.role(j, |r| r == Role::Connector) {
                if self.adjacent(j + n) {
                    return j + n;
                }
            }
        }
        j
    }

    /// Optional year (with its "года" word) after token `j`; returns the year and the new end.
    fn trailing_year(&self, j: usize) -> (Option<i32>, usize) {
        let k = self.skip_connector(j);
        if self.adjacent(k) {
            if let Some(y) = self.year(k) {
                // "mars 2022 000" or "2022,5" would be a number, not a year.
                let next_is_number = self
                    .words
                    .get(k + 1)
                    .is_some_and(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()))
                    && matches!(self.sep(k + 1), " " | ".");
                if !next_is_number {
                    let mut end = k + 1;
                    if self.adjacent(end) {
                        if let Some((_, n)) = self.role(end, |r| r == Role::YearWord) {
                            end += n;
                        }
                    }
                    return (Some(y), end);
                }
            }
        }
        (None, j)
    }

    /// Day, month, optional year: "3 novembre 2025", "3. November", "3 de noviembre de 2025".
    fn dmy(&self, i: usize) -> Option<(usize, Value)> {
        let (d, n) = self.day(i)?;
        let j = self.skip_connector(i + n);
        if !self.adjacent(j) {
            return None;
        }
        let (m, mn) = self.month(j)?;
        let (year, end) = self.trailing_year(j + mn);
        valid(year, m, d)?;
        Some((
            end,
            Value::Date {
                year,
                month: m,
                day: Some(d),
            },
        ))
    }

    /// Month, day, optional year: "November 3, 2025".
    fn mdy(&self, i: usize) -> Option<(usize, Value)> {
        // Month-first dates are English, where months are capitalised: "they may 2…" is not one.
        if self.capital.as_ref().is_some_and(|c| !c[i]) {
            return None;
        }
        let (m, mn) = self.month(i)?;
        let j = i + mn;
        if !self.adjacent(j) || self.sep(j).contains(['/', '(', ')']) {
            return None;
        }
        let (d, n) = self.day(j)?;
        // "May 3:00" or "mars 3-4" are not this shape.
        if matches!(
            self.text[self.toks[j + n - 1].1..].chars().next(),
            Some(':')
        ) {
            return None;
        }
        let (year, end) = self.trailing_year(j + n);
        valid(year, m, d)?;
        Some((
            end,
            Value::Date {
                year,
                month: m,
                day: Some(d),
            },
        ))
    }

    /// 03/11/2025, 03.11.2025, 2025-11-03.
    fn numeric(&self, i: usize) -> Option<(usize, Value)> {
        let (a, b, c) = (
            self.words.get(i)?,
            self.words.get(i + 1)?,
            self.words.get(i + 2)?,
        );
        if ![a, b, c]
            .iter()
            .all(|w| w.bytes().all(|x| x.is_ascii_digit()))
        {
            return None;
        }
        let (s1, s2) = (self.sep(i + 1), self.sep(i + 2));
        if s1 != s2 || !matches!(s1, "." | "/" | "-") {
            return None;
        }
        // Part of a longer dotted or dashed number (a version, a phone number).
        if i > 0
            && matches!(self.sep(i), "." | "/" | "-")
            && self.toks[i - 1].1 == self.toks[i].0 - 1
        {
            return None;
        }
        if let Some(next) = self.words.get(i + 3) {
            if matches!(self.sep(i + 3), "." | "/" | "-")
                && next.bytes().all(|x| x.is_ascii_digit())
            {
                return None;
            }
        }
        let num = |w: &str| w.parse::<u32>().ok();
        let (y, m, d) = if a.len() == 4 && s1 == "-" && b.len() <= 2 && c.len() <= 2 {
            (num(a)? as i32, num(b)?, num(c)?)
        } else if a.len() <= 2 && b.len() <= 2 && c.len() == 4 {
            let (x, z) = (num(a)?, num(b)?);
            let y = num(c)? as i32;
            let (d, m) = if x > 12 || x == z {
                (x, z)
            } else if z > 12 {
                (z, x)
            } else {
                match self.order {
                    NumericOrder::DayFirst => (x, z),
                    NumericOrder::MonthFirst => (z, x),
                    NumericOrder::Unknown => {
                        if !(1900..=2100).contains(&y) || x == 0 || z == 0 {
                            return None;
                        }
                        return Some((
                            i + 3,
                            Value::AmbiguousNumeric {
                                year: y,
                                first: x,
                                second: z,
                            },
                        ));
                    }
                }
            };
            (y, m, d)
        } else {
            return None;
        };
        if !(1900..=2100).contains(&y) {
            return None;
        }
        valid(Some(y), m, d)?;
        Some((
            i + 3,
            Value::Date {
                year: Some(y),
                month: m,
                day: Some(d),
            },
        ))
    }

    /// "mi-octobre", "fin février 2025", "early March".
    fn part_month(&self, i: usize) -> Option<(usize, Value)> {
        for (role, n) in self.roles(i) {
            let Role::Part(part) = role else { continue };
            let j = self.skip_connector(i + n);
            if !self.adjacent(j) {
                continue;
            }
            if let Some((m, mn)) = self.month(j) {
                let (year, end) = self.trailing_year(j + mn);
                return Some((
                    end,
                    Value::Part {
                        year,
                        month: m,
                        part,
                    },
                ));
            }
        }
        None
    }

    /// Weekday after "this/next/last", weekday before "prochain/dernier", "ce lundi (19)".
    fn weekday_expr(&self, i: usize) -> Option<(usize, Value)> {
        for (role, n) in self.roles(i) {
            let rel = match role {
                Role::This => WeekRel::This,
                Role::Next => WeekRel::Next,
                Role::Last => WeekRel::Last,
                _ => continue,
            };
            if !self.adjacent(i + n) {
                continue;
            }
            if let Some((wd, wn)) = self.weekday(i + n) {
                let mut end = i + n + wn;
                let mut day = None;
                if rel == WeekRel::This {
                    if let Some((d, dn)) = self.paren_day(end) {
                        day = Some(d);
                        end += dn;
                    }
                }
                return Some((
                    end,
                    Value::Weekday {
                        weekday: wd,
                        rel,
                        day,
                    },
                ));
            }
        }
        let (wd, wn) = self.weekday(i)?;
        let j = i + wn;
        if self.adjacent(j) {
            if let Some(found) = self.dmy(j).or_else(|| self.mdy(j)) {
                return Some(found);
            }
            for (role, n) in self.roles(j) {
                let rel = match role {
                    Role::Next => WeekRel::Next,
                    Role::Last => WeekRel::Last,
                    _ => continue,
                };
                return Some((
                    j + n,
                    Value::Weekday {
                        weekday: wd,
                        rel,
                        day: None,
                    },
                ));
            }
        }
        if let Some((d, dn)) = self.paren_day(j) {
            return Some((
                j + dn,
                Value::Weekday {
                    weekday: wd,
                    rel: WeekRel::This,
                    day: Some(d),
                },
            ));
        }
        Some((
            j,
            Value::Weekday {
                weekday: wd,
                rel: WeekRel::Recent,
                day: None,
            },
        ))
    }

    /// "(19)" right after a weekday.
    fn paren_day(&self, j: usize) -> Option<(u32, usize)> {
        if self.sep(j).trim() != "(" {
            return None;
        }
        let (d, n) = self.day(j)?;
        let after = &self.text[self.toks[j + n - 1].1..];
        after.starts_with(')').then_some((d, n))
    }

    /// "il y a deux ans et demi", "three years ago", "vor zwei Jahren".
    fn ago(&self, i: usize) -> Option<(usize, Value)> {
        if let Some((_, n)) = self.role(i, |r| r == Role::AgoBefore) {
            if let Some((end, unit, amount)) = self.quantity(i + n) {
                return Some((end, Value::Ago { unit, amount }));
            }
        }
        let (end, unit, amount) = self.quantity(i)?;
        if self.adjacent(end) {
            if let Some((_, n)) = self.role(end, |r| r == Role::AgoAfter) {
                return Some((end + n, Value::Ago { unit, amount }));
            }
        }
        None
    }

    /// "deux ans et demi" → (end, Year, 2.5).
    fn quantity(&self, i: usize) -> Option<(usize, Unit, f64)> {
        let n = self.number(i)?;
        let j = i + 1;
        if !self.adjacent(j) {
            return None;
        }
        let (role, un) = self.role(j, |r| matches!(r, Role::Unit(_)))?;
        let Role::Unit(unit) = role else { return None };
        let mut end = j + un;
        let mut amount = n as f64;
        if self.adjacent(end) {
            if let Some((_, hn)) = self.role(end, |r| r == Role::Half) {
                amount += 0.5;
                end += hn;
            }
        }
        Some((end, unit, amount))
    }

    /// "hier", "la veille", "l'an dernier": the longest such phrase starting here.
    fn phrase(&self, i: usize) -> Option<(usize, Value)> {
        for (role, n) in self.roles(i) {
            let v = match role {
                Role::Relative(d) => Value::Offset {
                    days: d,
                    anaphoric: false,
                },
                Role::Anaphoric(d) => Value::Offset {
                    days: d,
                    anaphoric: true,
                },
                Role::Period(unit, offset) => Value::Period { unit, offset },
                _ => continue,
            };
            return Some((i + n, v));
        }
        None
    }

    /// Month with a year ("février 2022") or after a preposition ("en février").
    fn month_expr(&self, i: usize) -> Option<(usize, Value)> {
        let (m, mn) = self.month(i)?;
        let (year, end) = self.trailing_year(i + mn);
        if year.is_none() && !self.preceded_by(i, |r| matches!(r, Role::MonthPreposition)) {
            return None;
        }
        Some((
            end,
            Value::Date {
                year,
                month: m,
                day: None,
            },
        ))
    }

    /// A year after a preposition ("en 2020", "since 2014"), followed by punctuation, the end
    /// of the text or another date word: "plus de 2000 soldats" is a number.
    fn year_expr(&self, i: usize) -> Option<(usize, Value)> {
        let y = self.year(i)?;
        if !self.preceded_by(i, |r| matches!(r, Role::YearPreposition)) {
            return None;
        }
        let next_ok = match self.words.get(i + 1) {
            None => true,
            Some(_) => {
                let sep = self.sep(i + 1);
                (sep.trim() != "" && !matches!(sep.trim(), "," | "." | "-" | "/"))
                    || sep.contains('\n')
                    || (matches!(sep.trim(), "," | ".") && sep.ends_with(' '))
                    || !self.roles(i + 1).is_empty()
            }
        };
        next_ok.then_some((i + 1, Value::Year(y)))
    }

    fn preceded_by<F: Fn(Role) -> bool>(&self, i: usize, f: F) -> bool {
        if i == 0 || !self.adjacent(i) || self.sep(i).contains(['(', ')', '/']) {
            return false;
        }
        self.lex
            .matches_ending_at(&self.words, i)
            .into_iter()
            .any(|(r, _)| f(r))
    }

    fn at(&self, i: usize) -> Option<(usize, usize, Value)> {
        let found = self
            .numeric(i)
            .or_else(|| self.dmy(i))
            .or_else(|| self.mdy(i))
            .or_else(|| self.ago(i))
            .or_else(|| self.part_month(i))
            .or_else(|| self.weekday_expr(i))
            .or_else(|| self.phrase(i))
            .or_else(|| self.month_expr(i))
            .or_else(|| self.year_expr(i))?;
        Some((i, found.0, found.1))
    }
}

/// Checks a day exists in its month (in a leap year when the year is unknown).
fn valid(year: Option<i32>, month: u32, day: u32) -> Option<()> {
    chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).map(|_| ())
}
