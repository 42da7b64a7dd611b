//! Calendar meaning of TIMEX3 values: `"2024-06-19"` → the day, `"2023-09"` → September
//! 2023, `"196"` → the 1960s, `"2024-W25"`, `"2024-SU"`, `"2021-Q3"`, `"2024-06-19TEV"`.
//! Values that do not name a calendar stretch (`"P24Y"`, `"PRESENT_REF"`, `"XXXX-09"`)
//! give `None`. Parsing never fails loudly: it returns an `Option`.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// How precise a date is, finest first; `Range` (set by hand) comes last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
    /// Any stretch from `start` to `end`, set by the analyst ("3–10 June 2024"). The
    /// pipeline never produces it: TIMEX3 values name calendar units.
    Range,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Season => "season",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::Range => "range",
        }
    }
}

/// A calendar stretch: first and last day (inclusive) and its granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub granularity: Granularity,
}

impl Span {
    /// The span of one day.
    pub fn day(d: NaiveDate) -> Span {
        Span {
            start: d,
            end: d,
            granularity: Granularity::Day,
        }
    }

    /// The span of granularity `g` that contains `day` (the month of `day` for
    /// `Month`…); for `Range`, the one day. None only at the ends of the calendar.
    pub fn around(day: NaiveDate, g: Granularity) -> Option<Span> {
        match g {
            Granularity::Day => Some(Span::day(day)),
            Granularity::Range => Some(Span {
                start: day,
                end: day,
                granularity: Granularity::Range,
            }),
            // Winter starts in December: January and February belong to last year's.
            Granularity::Season if day.month() <= 2 => {
                parse_value(&format!("{:04}-WI", day.year().checked_sub(1)?))
            }
            _ => parse_value(
                &Span {
                    start: day,
                    end: day,
                    granularity: g,
                }
                .value(),
            ),
        }
        .filter(|s| s.start <= day && day <= s.end)
    }

    /// True when `other` lies within `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The middle day, used to place the span on a line.
    pub fn mid(&self) -> NaiveDate {
        self.start + Duration::days((self.end - self.start).num_days() / 2)
    }

    /// The canonical TIMEX3 value of this span.
    pub fn value(&self) -> String {
        let y = self.start.year();
        match self.granularity {
            Granularity::Day => self.start.format("%Y-%m-%d").to_string(),
            Granularity::Week => {
                let w = self.start.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Granularity::Month => format!("{:04}-{:02}", y, self.start.month()),
            Granularity::Quarter => format!("{:04}-Q{}", y, (self.start.month() - 1) / 3 + 1),
            Granularity::Season => {
                let s = match self.start.month() {
                    3 => "SP",
                    6 => "SU",
                    9 => "FA",
                    _ => "WI",
                };
                format!("{y:04}-{s}")
            }
            Granularity::Year => format!("{y:04}"),
            Granularity::Decade => format!("{:03}", y.div_euclid(10)),
            Granularity::Century => format!("{:02}", y.div_euclid(100)),
            // An ISO 8601 interval: TIMEX3 has no value for an arbitrary stretch.
            Granularity::Range => format!(
                "{}/{}",
                self.start.format("%Y-%m-%d"),
                self.end.format("%Y-%m-%d")
            ),
        }
    }
}

/// Parses a TIMEX3 value into the calendar stretch it names.
pub fn parse_value(value: &str) -> Option<Span> {
    let v = value.trim();
    // Times: keep the date part ("2024-06-19T17:07", "2024-06-19TEV").
    let v = match v.find('T') {
        Some(i) if i >= 10 => &v[..i],
        _ => v,
    };
    let b = v.as_bytes();
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let num = |s: &str| s.parse::<i32>().ok();
    match b.len() {
        2 if digits(b) => {
            let c = num(v)?;
            years(c * 100, c * 100 + 99, Granularity::Century)
        }
        3 if digits(b) => {
            let d = num(v)?;
            years(d * 10, d * 10 + 9, Granularity::Decade)
        }
        4 if digits(b) => {
            let y = num(v)?;
            years(y, y, Granularity::Year)
        }
        _ if b.len() >= 7 && digits(&b[..4]) && b[4] == b'-' => {
            let y = num(&v[..4])?;
            let rest = &v[5..];
            if rest.len() == 2 && digits(rest.as_bytes()) {
                let m = rest.parse::<u32>().ok()?;
                let start = NaiveDate::from_ymd_opt(y, m, 1)?;
                Some(Span {
                    start,
                    end: month_end(start)?,
                    granularity: Granularity::Month,
                })
            } else if rest.len() == 5 && rest.as_bytes()[2] == b'-' {
                let d = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()?;
                Some(Span::day(d))
            } else if let Some(w) = rest.strip_prefix('W').filter(|w| digits(w.as_bytes())) {
                let w = w.parse::<u32>().ok()?;
                let start = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
                Some(Span {
                    start,
                    end: start + Duration::days(6),
                    granularity: Granularity::Week,
                })
            } else if let Some(q) = rest.strip_prefix('Q') {
                let q = q.parse::<u32>().ok().filter(|q| (1..=4).contains(q))?;
                let start = NaiveDate::from_ymd_opt(y, 3 * q - 2, 1)?;
                let last = NaiveDate::from_ymd_opt(y, 3 * q, 1)?;
                Some(Span {
                    start,
                    end: month_end(last)?,
                    granularity: Granularity::Quarter,
                })
            } else if let Some(h) = rest.strip_prefix('H') {
                let h = h.parse::<u32>().ok().filter(|h| (1..=2).contains(h))?;
                let start = NaiveDate::from_ymd_opt(y, 6 * h - 5, 1)?;
                let last = NaiveDate::from_ymd_opt(y, 6 * h, 1)?;
                Some(Span {
                    start,
                    end: month_end(last)?,
                    granularity: Granularity::Quarter,
                })
            } else {
                let (m0, m1, yd) = match rest {
                    "SP" => (3, 5, 0),
                    "SU" => (6, 8, 0),
                    "FA" | "AU" => (9, 11, 0),
                    "WI" => (12, 2, 1),
                    _ => return None,
                };
                let start = NaiveDate::from_ymd_opt(y, m0, 1)?;
                let last = NaiveDate::from_ymd_opt(y + yd, m1, 1)?;
                Some(Span {
                    start,
                    end: month_end(last)?,
                    granularity: Granularity::Season,
                })
            }
        }
        _ => None,
    }
}

fn years(y0: i32, y1: i32, granularity: Granularity) -> Option<Span> {
    Some(Span {
        start: NaiveDate::from_ymd_opt(y0, 1, 1)?,
        end: NaiveDate::from_ymd_opt(y1, 12, 31)?,
        granularity,
    })
}

/// Last day of the month of `d`.
pub fn month_end(d: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    Some(NaiveDate::from_ymd_opt(y, m, 1)? - Duration::days(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_the_common_granularities() {
        let s = parse_value("2024-06-19").unwrap();
        assert_eq!(
            (s.start, s.end, s.granularity),
            (d(2024, 6, 19), d(2024, 6, 19), Granularity::Day)
        );
        let s = parse_value("2024-02").unwrap();
        assert_eq!((s.start, s.end), (d(2024, 2, 1), d(2024, 2, 29)));
        let s = parse_value("1961").unwrap();
        assert_eq!(
            (s.start, s.end, s.granularity),
            (d(1961, 1, 1), d(1961, 12, 31), Granularity::Year)
        );
        let s = parse_value("196").unwrap();
        assert_eq!(
            (s.start, s.end, s.granularity),
            (d(1960, 1, 1), d(1969, 12, 31), Granularity::Decade)
        );
        let s = parse_value("2024-W25").unwrap();
        assert_eq!((s.start, s.end), (d(2024, 6, 17), d(2024, 6, 23)));
        let s = parse_value("2023-WI").unwrap();
        assert_eq!((s.start, s.end), (d(2023, 12, 1), d(2024, 2, 29)));
        let s = parse_value("2021-Q3").unwrap();
        assert_eq!((s.start, s.end), (d(2021, 7, 1), d(2021, 9, 30)));
        let s = parse_value("2024-06-19TEV").unwrap();
        assert_eq!(s, Span::day(d(2024, 6, 19)));
    }

    #[test]
    fn rejects_values_without_a_calendar_position() {
        for v in [
            "P24Y",
            "PRESENT_REF",
            "XXXX-09",
            "",
            "2024-13",
            "2023-02-30",
            "20x4",
            "T17:07",
        ] {
            assert_eq!(parse_value(v), None, "{v}");
        }
    }

    #[test]
    fn around_gives_the_calendar_unit_of_a_day() {
        let s = Span::around(d(2024, 6, 19), Granularity::Month).unwrap();
        assert_eq!((s.start, s.end), (d(2024, 6, 1), d(2024, 6, 30)));
        let s = Span::around(d(2024, 6, 19), Granularity::Week).unwrap();
        assert_eq!((s.start, s.end), (d(2024, 6, 17), d(2024, 6, 23)));
        let s = Span::around(d(2024, 6, 19), Granularity::Year).unwrap();
        assert_eq!((s.start, s.end), (d(2024, 1, 1), d(2024, 12, 31)));
        let s = Span::around(d(2024, 1, 19), Granularity::Season).unwrap();
        assert_eq!((s.start, s.end), (d(2023, 12, 1), d(2024, 2, 29)));
        let r = Span {
            start: d(2024, 6, 3),
            end: d(2024, 6, 10),
            granularity: Granularity::Range,
        };
        assert_eq!(r.value(), "2024-06-03/2024-06-10");
    }

    #[test]
    fn value_round_trips() {
        for v in [
            "2024-06-19",
            "2024-06",
            "1961",
            "196",
            "19",
            "2024-W25",
            "2024-SU",
            "2021-Q3",
        ] {
            assert_eq!(parse_value(v).unwrap().value(), v);
        }
    }
}
