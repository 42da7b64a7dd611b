//! The time axis of a timeline: days → axis units with long empty stretches collapsed
//! into narrow labelled breaks ("‖ 38 years ‖"), and calendar ticks that adapt from
//! centuries to days. No GUI: the app's timeline and image export both draw from it.
//!
//! Axis units are days, except inside a break, where a gap of many days takes
//! [`Break::width`] units. A view (a range of axis units) times a pixel width gives the
//! time → x mapping, recreated every frame by the caller.

use chrono::{Datelike, NaiveDate};

/// Days since 0001-01-01 (proleptic Gregorian), as a float.
pub fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

/// The date of a day number (floored), if representable.
pub fn date_of(day: f64) -> Option<NaiveDate> {
    let d = day.floor();
    if d.is_finite() && d > f64::from(i32::MIN) && d < f64::from(i32::MAX) {
        NaiveDate::from_num_days_from_ce_opt(d as i32)
    } else {
        None
    }
}

/// The axis range (units) showing every span (real days, start ≤ end) with a margin of
/// 4% on each side, at least two days; a year around 2024 when there is nothing to show.
pub fn fit(axis: &Axis, spans: impl IntoIterator<Item = (f64, f64)>) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (a, b) in spans {
        lo = lo.min(axis.to_axis(a));
        hi = hi.max(axis.to_axis(b));
    }
    if !lo.is_finite() || !hi.is_finite() {
        let mid = NaiveDate::from_ymd_opt(2024, 1, 1).map_or(738_886.0, day_number);
        return (mid - 365.0, mid + 365.0);
    }
    let pad = ((hi - lo) * 0.04).max(2.0);
    (lo - pad, hi + pad)
}

/// A collapsed empty stretch: real days `[from, to)` drawn in axis units `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Break {
    pub from: f64,
    pub to: f64,
    pub start: f64,
    pub end: f64,
    /// Length of the empty stretch between the events on either side, in days.
    pub gap: f64,
}

impl Break {
    pub fn width(&self) -> f64 {
        self.end - self.start
    }

    /// "38 years", "5 months", "12 days".
    pub fn label(&self) -> String {
        human_span(self.gap)
    }
}

/// "38 years", "5 months", "12 days" for a number of days.
pub fn human_span(days: f64) -> String {
    let plural = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    if days >= 365.0 {
        plural((days / 365.25).round() as i64, "year")
    } else if days >= 45.0 {
        plural((days / 30.44).round() as i64, "month")
    } else {
        plural(days.round() as i64, "day")
    }
}

/// Days ↔ axis units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Axis {
    breaks: Vec<Break>,
}

impl Axis {
    /// No breaks: one axis unit per day everywhere.
    pub fn linear() -> Axis {
        Axis::default()
    }

    /// Collapses every empty stretch between the occupied `spans` (real days, start ≤ end)
    /// that is longer than both a year and a twentieth of the whole range.
    pub fn collapsing(spans: impl IntoIterator<Item = (f64, f64)>) -> Axis {
        let mut spans: Vec<(f64, f64)> = spans
            .into_iter()
            .filter(|(a, b)| a.is_finite() && b.is_finite() && a <= b)
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged: Vec<(f64, f64)> = Vec::new();
        for (a, b) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let (Some(first), Some(last)) = (merged.first(), merged.last()) else {
            return Axis::linear();
        };
        let total = last.1 - first.0;
        let gap_min = (total / 20.0).max(365.0);
        let width = (gap_min * 0.4).max(60.0);
        let pad = width * 0.25;
        let mut breaks = Vec::new();
        let mut removed = 0.0;
        for w in merged.windows(2) {
            let (from, to) = (w[0].1 + pad, w[1].0 - pad);
            if w[1].0 - w[0].1 > gap_min && to - from > width {
                let start = from - removed;
                breaks.push(Break {
                    from,
                    to,
                    start,
                    end: start + width,
                    gap: w[1].0 - w[0].1,
                });
                removed += (to - from) - width;
            }
        }
        Axis { breaks }
    }

    pub fn breaks(&self) -> &[Break] {
        &self.breaks
    }

    /// The same axis with break `i` expanded back to real time.
    pub fn without_break(&self, i: usize) -> Axis {
        let mut breaks = Vec::new();
        let mut removed = 0.0;
        for (k, b) in self.breaks.iter().enumerate() {
            if k == i {
                continue;
            }
            let start = b.from - removed;
            breaks.push(Break {
                start,
                end: start + b.width(),
                ..*b
            });
            removed += (b.to - b.from) - b.width();
        }
        Axis { breaks }
    }

    /// Axis units of a real day.
    pub fn to_axis(&self, day: f64) -> f64 {
        let mut removed = 0.0;
        for b in &self.breaks {
            if day < b.from {
                break;
            }
            if day < b.to {
                return b.start + (day - b.from) / (b.to - b.from) * b.width();
            }
            removed += (b.to - b.from) - b.width();
        }
        day - removed
    }

    /// The real day at axis units `u`.
    pub fn to_day(&self, u: f64) -> f64 {
        let mut removed = 0.0;
        for b in &self.breaks {
            if u < b.start {
                break;
            }
            if u < b.end {
                return b.from + (u - b.start) / b.width() * (b.to - b.from);
            }
            removed += (b.to - b.from) - b.width();
        }
        u + removed
    }

    /// The stretches of real time drawn linearly between `u0` and `u1` (axis units).
    fn pieces(&self, u0: f64, u1: f64) -> Vec<(f64, f64)> {
        let mut out = Vec::new();
        let mut cur = u0;
        for b in &self.breaks {
            if b.end <= cur {
                continue;
            }
            if b.start >= u1 {
                break;
            }
            if b.start > cur {
                out.push((self.to_day(cur), self.to_day(b.start)));
            }
            cur = b.end;
        }
        if cur < u1 {
            out.push((self.to_day(cur), self.to_day(u1)));
        }
        out
    }
}

/// One tick of the calendar axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Axis units.
    pub at: f64,
    pub label: String,
}

#[derive(Clone, Copy)]
enum Step {
    Hours(u32),
    Days(u32),
    Months(u32),
    Years(i32),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Hours(n) => f64::from(n) / 24.0,
            Step::Days(n) => f64::from(n),
            Step::Months(n) => f64::from(n) * 30.44,
            Step::Years(n) => f64::from(n) * 365.25,
        }
    }
}

const STEPS: &[Step] = &[
    Step::Hours(1),
    Step::Hours(3),
    Step::Hours(6),
    Step::Hours(12),
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
];

/// Calendar ticks for the axis range `[u0, u1]` drawn `width` points wide, at least
/// `min_gap` points apart: hours ("14:00"), days ("Tue 18 Jun"), months ("Sep 2023"),
/// years ("1961"), decades, centuries. No tick falls inside a break.
pub fn ticks(axis: &Axis, u0: f64, u1: f64, width: f32, min_gap: f32) -> Vec<Tick> {
    let span = (u1 - u0).max(1e-6);
    let px_per_day = f64::from(width.max(1.0)) / span;
    let step = STEPS
        .iter()
        .copied()
        .find(|s| s.approx_days() * px_per_day >= f64::from(min_gap))
        .unwrap_or(Step::Years(1000));
    let min_units = 40.0_f64.min(f64::from(min_gap)) / px_per_day;
    let mut out: Vec<Tick> = Vec::new();
    for (d0, d1) in axis.pieces(u0, u1) {
        let mut piece = calendar_ticks(d0, d1, step);
        // A short stretch between two breaks still says when it is.
        if piece.is_empty() && !axis.breaks.is_empty() {
            piece = calendar_ticks(d0, d1, finer(step, d1 - d0))
                .into_iter()
                .take(1)
                .collect();
        }
        for (day, label) in piece {
            let at = axis.to_axis(day);
            if out.last().is_none_or(|t| at - t.at >= min_units) {
                out.push(Tick { at, label });
            }
        }
    }
    out
}

/// The step for the one label of a short stretch between breaks: its first year, month
/// or day, whichever the stretch is long enough to contain.
fn finer(step: Step, days: f64) -> Step {
    let pick = if days >= 365.0 {
        Step::Years(1)
    } else if days >= 28.0 {
        Step::Months(1)
    } else {
        Step::Days(1)
    };
    if pick.approx_days() < step.approx_days() {
        pick
    } else {
        step
    }
}

fn calendar_ticks(d0: f64, d1: f64, step: Step) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    if let Step::Hours(n) = step {
        let h = f64::from(n) / 24.0;
        let mut t = (d0 / h).ceil() * h;
        while t <= d1 && out.len() < 1000 {
            let hour = ((t - t.floor()) * 24.0).round() as u32;
            let label = match (hour, date_of(t)) {
                (0 | 24, Some(d)) => d.format("%a %-d %b").to_string(),
                _ => format!("{hour:02}:00"),
            };
            out.push((t, label));
            t += h;
        }
        return out;
    }
    let (Some(first), Some(last)) = (date_of(d0), date_of(d1)) else {
        return out;
    };
    let mut d = match step {
        Step::Days(7) => {
            first - chrono::Duration::days(i64::from(first.weekday().num_days_from_monday()))
        }
        Step::Days(_) | Step::Hours(_) => first,
        Step::Months(n) => {
            NaiveDate::from_ymd_opt(first.year(), (first.month0() / n) * n + 1, 1).unwrap_or(first)
        }
        Step::Years(n) => {
            NaiveDate::from_ymd_opt(first.year().div_euclid(n) * n, 1, 1).unwrap_or(first)
        }
    };
    while d <= last && out.len() < 1000 {
        let day = day_number(d);
        if day >= d0 {
            let label = match step {
                Step::Days(_) | Step::Hours(_) => d.format("%a %-d %b").to_string(),
                Step::Months(_) if d.month() == 1 => d.format("%Y").to_string(),
                Step::Months(_) => d.format("%b %Y").to_string(),
                Step::Years(_) => d.format("%Y").to_string(),
            };
            out.push((day, label));
        }
        let next = match step {
            Step::Days(n) => d.checked_add_days(chrono::Days::new(u64::from(n))),
            Step::Months(n) => d.checked_add_months(chrono::Months::new(n)),
            Step::Years(n) => NaiveDate::from_ymd_opt(d.year() + n, 1, 1),
            Step::Hours(_) => None,
        };
        match next {
            Some(n) if n > d => d = n,
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, day).unwrap())
    }

    fn seed_axis() -> Axis {
        Axis::collapsing([
            (d(1961, 1, 1), d(1962, 1, 1)),
            (d(2000, 1, 1), d(2002, 1, 1)),
            (d(2017, 1, 1), d(2018, 1, 1)),
            (d(2024, 6, 18), d(2024, 6, 20)),
        ])
    }

    #[test]
    fn long_gaps_collapse_and_map_both_ways() {
        let a = seed_axis();
        assert_eq!(a.breaks().len(), 3);
        assert_eq!(a.breaks()[0].label(), "38 years");
        for day in [d(1961, 6, 1), d(1980, 1, 1), d(2001, 3, 3), d(2024, 6, 19)] {
            assert!((a.to_day(a.to_axis(day)) - day).abs() < 1e-6);
        }
        // Monotonic, and much shorter than real time.
        assert!(a.to_axis(d(1980, 1, 1)) < a.to_axis(d(2000, 1, 1)));
        let span = a.to_axis(d(2024, 6, 20)) - a.to_axis(d(1961, 1, 1));
        assert!(span < (d(2024, 6, 20) - d(1961, 1, 1)) / 2.0);
    }

    #[test]
    fn short_gaps_stay_and_breaks_can_be_expanded() {
        let a = Axis::collapsing([
            (d(2024, 6, 1), d(2024, 6, 2)),
            (d(2024, 6, 20), d(2024, 6, 21)),
        ]);
        assert!(a.breaks().is_empty());
        let s = seed_axis();
        let e = s.without_break(0);
        assert_eq!(e.breaks().len(), 2);
        assert!((e.to_day(e.to_axis(d(1990, 1, 1))) - d(1990, 1, 1)).abs() < 1e-6);
    }

    #[test]
    fn ticks_adapt_and_skip_breaks() {
        let lin = Axis::linear();
        let t = ticks(&lin, d(1950, 1, 1), d(2030, 1, 1), 1000.0, 90.0);
        assert!(t.iter().any(|t| t.label == "1960"), "{t:?}");
        let t = ticks(&lin, d(2024, 6, 15), d(2024, 6, 22), 1000.0, 90.0);
        assert!(t.iter().any(|t| t.label == "Tue 18 Jun"), "{t:?}");
        let t = ticks(&lin, d(2023, 1, 1), d(2024, 1, 1), 1000.0, 60.0);
        assert!(t.iter().any(|t| t.label == "Sep 2023"), "{t:?}");
        let t = ticks(&lin, d(2024, 6, 18), d(2024, 6, 19), 1000.0, 60.0);
        assert!(t.iter().any(|t| t.label == "12:00"), "{t:?}");
        let a = seed_axis();
        let t = ticks(
            &a,
            a.to_axis(d(1960, 1, 1)),
            a.to_axis(d(2025, 1, 1)),
            1000.0,
            40.0,
        );
        for b in a.breaks() {
            assert!(
                t.iter().all(|t| t.at <= b.start || t.at >= b.end),
                "tick inside a break"
            );
        }
        assert!(t.iter().any(|t| t.label == "1961"));
        assert!(t.iter().any(|t| t.label == "2000"));
    }

    #[test]
    fn human_spans() {
        assert_eq!(human_span(365.25 * 39.0), "39 years");
        assert_eq!(human_span(150.0), "5 months");
        assert_eq!(human_span(1.0), "1 day");
    }
}
