//! Structured TIMEX3 values and their rendering.

use super::lexicon::{Part, Unit};
use std::fmt::Write;

/// Time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tod {
    /// Hour, optional minutes, UTC flag.
    Hm(u8, Option<u8>, bool),
    Part(Part),
}

/// A resolved (or absolute) TIMEX3 value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    /// Year (negative = BC), optional month and day.
    Date(i32, Option<u8>, Option<u8>),
    /// Decade: 199 = the 1990s.
    Decade(i32),
    /// Century index: 19 = the 20th century (1900s).
    Century(i32),
    /// Season 0=SP 1=SU 2=FA 3=WI.
    Season(i32, u8),
    Quarter(i32, u8),
    Half(i32, u8),
    /// ISO week.
    Week(i32, u32),
    Weekend(i32, u32),
    /// Date (possibly partial) plus time of day.
    Time(i32, u8, u8, Tod, bool),
    /// "XXXX-09".
    XMonth(u8),
    /// "XXXX-09-12".
    XMonthDay(u8, u8),
    /// Duration: amount in tenths (None = X) and unit.
    Dur(Option<u32>, Unit),
    /// Two whole amounts of two units, the larger first ("26 years and
    /// five months": P26Y5M).
    Dur2(u32, Unit, u32, Unit),
    /// SET with a period unit ("P1W").
    SetEvery(Unit),
    /// SET on a weekday with optional part of day.
    SetWeekday(u8, Option<Part>),
    SetMonth(u8),
    SetSeason(u8),
    Ref(&'static str),
}

fn year(out: &mut String, y: i32) {
    if y <= 0 {
        let _ = write!(out, "BC{:04}", (-y).max(0));
    } else {
        let _ = write!(out, "{:04}", y);
    }
}

fn season(s: u8) -> &'static str {
    match s {
        0 => "SP",
        1 => "SU",
        2 => "FA",
        _ => "WI",
    }
}

/// (a clock unit, multiplier, ISO 8601 letter) of unit u.
fn code(u: Unit) -> (bool, u64, char) {
    match u {
        Unit::Second => (true, 1, 'S'),
        Unit::Minute => (true, 1, 'M'),
        Unit::Hour => (true, 1, 'H'),
        Unit::Day => (false, 1, 'D'),
        Unit::Week => (false, 1, 'W'),
        Unit::Fortnight => (false, 2, 'W'),
        Unit::Month => (false, 1, 'M'),
        Unit::Quarter => (false, 1, 'Q'),
        Unit::Year => (false, 1, 'Y'),
        Unit::Decade => (false, 10, 'Y'),
        Unit::Century => (false, 100, 'Y'),
    }
}

fn dur(out: &mut String, n: Option<u32>, u: Unit) {
    let (t, mul, code) = code(u);
    out.push('P');
    if t {
        out.push('T');
    }
    match n {
        None => {
            out.push('X');
            // "decades" is annotated PXY (TimeBank, MEANTIME)
            let c = match u {
                Unit::Decade => 'Y',
                Unit::Century => 'C',
                _ => code,
            };
            out.push(c);
            return;
        }
        Some(tenths) => {
            let v = tenths as u64 * mul;
            // fractional amounts: express the remainder in the next smaller unit
            if !v.is_multiple_of(10) {
                let sub = match code {
                    'Y' if !t => Some((12u64, 'M', false)),
                    'D' if !t => Some((24, 'H', true)),
                    'H' => Some((60, 'M', true)),
                    'M' if t => Some((60, 'S', true)),
                    _ => None,
                };
                if let Some((k, c2, t2)) = sub
                    && ((v % 10) * k).is_multiple_of(10)
                {
                    let whole = v / 10;
                    let rest = (v % 10) * k / 10;
                    if whole > 0 {
                        let _ = write!(out, "{}{}", whole, code);
                    }
                    if t2 && !t {
                        out.push('T');
                    }
                    let _ = write!(out, "{}{}", rest, c2);
                    return;
                }
            }
            if v.is_multiple_of(10) {
                let _ = write!(out, "{}", v / 10);
            } else {
                let _ = write!(out, "{}.{}", v / 10, v % 10);
            }
        }
    }
    out.push(code);
}

impl Val {
    pub fn render(&self) -> String {
        let mut o = String::with_capacity(24);
        match *self {
            Val::Date(y, m, d) => {
                year(&mut o, y);
                if let Some(m) = m {
                    let _ = write!(o, "-{:02}", m);
                    if let Some(d) = d {
                        let _ = write!(o, "-{:02}", d);
                    }
                }
            }
            Val::Decade(d) if d < 0 => {
                let _ = write!(o, "BC{:03}", -d);
            }
            Val::Decade(d) => {
                let _ = write!(o, "{:03}", d);
            }
            Val::Century(c) if c < 0 => {
                let _ = write!(o, "BC{:02}", -c);
            }
            Val::Century(c) => {
                let _ = write!(o, "{:02}", c);
            }
            Val::Season(y, s) => {
                year(&mut o, y);
                o.push('-');
                o.push_str(season(s));
            }
            Val::Quarter(y, q) => {
                year(&mut o, y);
                let _ = write!(o, "-Q{}", q);
            }
            Val::Half(y, h) => {
                year(&mut o, y);
                let _ = write!(o, "-H{}", h);
            }
            Val::Week(y, w) => {
                year(&mut o, y);
                let _ = write!(o, "-W{:02}", w);
            }
            Val::Weekend(y, w) => {
                year(&mut o, y);
                let _ = write!(o, "-W{:02}-WE", w);
            }
            Val::Time(y, m, d, t, z) => {
                if y == i32::MIN {
                    o.push_str("XXXX-XX-XX");
                } else {
                    year(&mut o, y);
                    let _ = write!(o, "-{:02}-{:02}", m, d);
                }
                match t {
                    Tod::Hm(h, mm, zz) => {
                        let _ = write!(o, "T{:02}:{:02}", h, mm.unwrap_or(0));
                        if zz && !z {
                            o.push('Z');
                        }
                    }
                    Tod::Part(p) => {
                        o.push('T');
                        o.push_str(p.code());
                    }
                }
                if z {
                    o.push('Z');
                }
            }
            Val::XMonth(m) => {
                let _ = write!(o, "XXXX-{:02}", m);
            }
            // month 0: a day of an unknown month ("the 27th" with no date)
            Val::XMonthDay(0, d) => {
                let _ = write!(o, "XXXX-XX-{:02}", d);
            }
            Val::XMonthDay(m, d) => {
                let _ = write!(o, "XXXX-{:02}-{:02}", m, d);
            }
            Val::Dur(n, u) => dur(&mut o, n, u),
            Val::Dur2(a, ua, b, ub) => {
                o.push('P');
                let mut clock = false;
                for (n, u) in [(a, ua), (b, ub)] {
                    let (t, mul, c) = code(u);
                    if t && !clock {
                        o.push('T');
                        clock = true;
                    }
                    let _ = write!(o, "{}{}", u64::from(n) * mul, c);
                }
            }
            Val::SetEvery(u) => dur(&mut o, Some(10), u),
            Val::SetWeekday(d, p) => {
                let _ = write!(o, "XXXX-WXX-{}", d);
                if let Some(p) = p {
                    o.push('T');
                    o.push_str(p.code());
                }
            }
            Val::SetMonth(m) => {
                let _ = write!(o, "XXXX-{:02}", m);
            }
            Val::SetSeason(s) => {
                o.push_str("XXXX-");
                o.push_str(season(s));
            }
            Val::Ref(r) => o.push_str(r),
        }
        o
    }
}
