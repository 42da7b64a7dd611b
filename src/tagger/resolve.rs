//! Resolution of candidates against the DCT and the running reference time.

use super::lexicon::{Part, Unit};
use super::rules::{Base, Cand, Expr, Link, Tense};
use super::value::{Tod, Val};
use super::{Anchor, TimexType};
use chrono::{Datelike, Days, Months, NaiveDate};

/// Reference time: a date and the granularity it is known to.
type RefT = (NaiveDate, Unit);

fn rank(u: Unit) -> u8 {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => 0,
        Unit::Week | Unit::Fortnight => 1,
        Unit::Month => 2,
        Unit::Quarter => 3,
        Unit::Year => 4,
        Unit::Decade => 5,
        Unit::Century => 6,
    }
}

fn coarser(a: Unit, b: Unit) -> Unit {
    if rank(a) >= rank(b) { a } else { b }
}

fn shift(d: NaiveDate, n: i32, u: Unit) -> Option<NaiveDate> {
    let months = |k: i64| -> Option<NaiveDate> {
        if k >= 0 {
            d.checked_add_months(Months::new(u32::try_from(k).ok()?))
        } else {
            d.checked_sub_months(Months::new(u32::try_from(-k).ok()?))
        }
    };
    let days = |k: i64| -> Option<NaiveDate> {
        if k >= 0 {
            d.checked_add_days(Days::new(k as u64))
        } else {
            d.checked_sub_days(Days::new((-k) as u64))
        }
    };
    let n = n as i64;
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => days(n),
        Unit::Week => days(7 * n),
        Unit::Fortnight => days(14 * n),
        Unit::Month => months(n),
        Unit::Quarter => months(3 * n),
        Unit::Year => months(12 * n),
        Unit::Decade => months(120 * n),
        Unit::Century => months(1200 * n),
    }
}

fn at_gran(d: NaiveDate, g: Unit) -> Val {
    let (y, m) = (d.year(), d.month() as u8);
    match g {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            Val::Date(y, Some(m), Some(d.day() as u8))
        }
        Unit::Week | Unit::Fortnight => {
            let w = d.iso_week();
            Val::Week(w.year(), w.week())
        }
        Unit::Month => Val::Date(y, Some(m), None),
        Unit::Quarter => Val::Quarter(y, (m - 1) / 3 + 1),
        Unit::Year => Val::Date(y, None, None),
        // BC years count down: 485 BC is in the 480s BC (BC048)
        Unit::Decade if y < 0 => Val::Decade(-(-y / 10)),
        Unit::Century if y < 0 => Val::Century(-(-y / 100)),
        Unit::Decade => Val::Decade(y / 10),
        Unit::Century => Val::Century(y / 100),
    }
}

fn ymd(y: i32, m: u8, d: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m as u32, d as u32)
}

/// Date of a value, for use as the next reference time.
fn ref_of(v: &Val) -> Option<RefT> {
    match *v {
        // BC years (negative) chain too ("480 BC ... the winter"); the
        // sentinel of unresolved values is far below
        Val::Date(y, m, d) if y != 0 && y > -100_000 => match (m, d) {
            (Some(m), Some(d)) => Some((ymd(y, m, d)?, Unit::Day)),
            (Some(m), None) => Some((ymd(y, m, 1)?, Unit::Month)),
            _ => Some((ymd(y, 1, 1)?, Unit::Year)),
        },
        Val::Time(y, m, d, _, _) if y > 0 => Some((ymd(y, m, d)?, Unit::Day)),
        Val::Quarter(y, q) if y > 0 => {
            Some((ymd(y, q.saturating_sub(1) * 3 + 1, 1)?, Unit::Quarter))
        }
        // (a half, as a season, at a year's grain: "first-half profit, up
        // from a year earlier")
        Val::Half(y, h) if y > 0 => Some((ymd(y, if h == 2 { 7 } else { 1 }, 1)?, Unit::Year)),
        Val::Season(y, s) if y != 0 && y > -100_000 => {
            Some((ymd(y, [4, 7, 10, 1][s as usize & 3], 1)?, Unit::Year))
        }
        Val::Week(y, w) if y > 0 => Some((
            NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?,
            Unit::Week,
        )),
        _ => None,
    }
}

/// Year of the month `m` before (-1), of (0) or after (+1) day b.
fn month_year(b: NaiveDate, m: u8, dir: i8) -> i32 {
    let bm = b.month() as u8;
    match dir {
        -1 if m >= bm => b.year() - 1,
        1 if m <= bm => b.year() + 1,
        _ => b.year(),
    }
}

/// Year of the season `s` before (-1), nearest to (0) or after (+1) day b. A
/// winter is named by the year of its January (Dec 2023 – Feb 2024 is
/// 2024-WI, as WikiWars dates "the Chinese Winter Offensive" of January 1951).
fn season_year(b: NaiveDate, s: u8, dir: i8, tense: Tense) -> i32 {
    // seasons in calendar order within a year: winter, spring, summer, autumn
    let ord = |s: u8| (s + 1) % 4;
    let cur = season_of_month(b.month());
    let cur_year = if b.month() == 12 {
        b.year() + 1
    } else {
        b.year()
    };
    let now = cur_year * 4 + i32::from(ord(cur));
    let at = |y: i32| y * 4 + i32::from(ord(s));
    let y = cur_year;
    match dir {
        -1 => (y - 1..=y).rev().find(|&y| at(y) < now).unwrap_or(y - 2),
        1 => (y..=y + 1).find(|&y| at(y) > now).unwrap_or(y + 2),
        // the nearest one, the coming one on a tie ("this summer" in
        // February) unless said in the past ("This summer's melt, which
        // peaked in late July, was the worst" in December), or when said in
        // the future ("this fall will be busy" in January; a past verb is
        // too often a participle to rule out the future: "going to be left")
        _ => [y, y + 1, y - 1]
            .into_iter()
            .filter(|&y| !(tense.future() && at(y) < now))
            .min_by_key(|&y| ((at(y) - now).abs(), (at(y) < now) != tense.past()))
            .unwrap_or(y),
    }
}

fn season_of_month(m: u32) -> u8 {
    match m {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

pub struct Resolver {
    dct: Option<NaiveDate>,
    refd: Option<RefT>,
    /// Sentence of the expression that set `refd`.
    ref_sent: u32,
    /// `refd` comes from a DCT-relative year ("last year").
    ref_rel_year: bool,
    /// the reference is "a year ago" (a comparison period in a report)
    ref_year_ago: bool,
    /// the reference day was counted in weeks ("three weeks earlier"): a day
    /// for "the previous day", not one a clock time in the next sentence is on
    ref_week_day: bool,
    /// the reference was counted from the DCT ("over the next year"), not
    /// named ("on November 11") nor counted from an earlier date
    ref_from_dct: bool,
    /// Sentence of the candidate being resolved.
    cur_sent: u32,
    /// Narrative (historical) text: dates chain from the text, not the DCT.
    pub narrative: bool,
    last_quarter: Option<(i32, u8)>,
    /// Sentence and year of a framing year ("In 2017, ...").
    frame_year: Option<(u32, i32)>,
    /// The report has moved from its quarter to a longer period ("In the
    /// first nine months, net was ... in the 1988 period"): comparisons are
    /// then to last year, not to last year's quarter.
    annual: bool,
    /// Sentence of the expression resolved before this one.
    prev_sent: u32,
    /// The last day-precise reference and its sentence.
    last_day: Option<(NaiveDate, u32)>,
    /// That day was told as one ahead ("canceled for Sunday").
    last_day_ahead: bool,
    /// `refd`'s clock time or part of the day ("open at 7 a.m. Tuesday",
    /// "by Wednesday evening"); see `ref_small_hours` and `ref_late`.
    ref_tod: Option<Tod>,
    /// `refd` is a half year's ("the first half of 2021"): its half.
    ref_half: Option<u8>,
    /// The last decade told and its sentence ("in the early 1950s, and by
    /// the end of that decade"): no reference for months and years.
    last_decade: Option<(i32, u32)>,
    /// `refd` was said as an absolute date ("March 16, 2020").
    ref_abs: bool,
    /// `refd` was said inside quotes.
    ref_quoted: bool,
    /// `refd` was said in a relative clause set off by commas.
    ref_aside: bool,
    /// The sentence of the last weekday, when told ahead.
    wd_ahead_sent: Option<u32>,
    /// Sentence of the last SET ("Every Saturday he was on the lot by 8
    /// a.m."), and whether it was quoted: a clock time after it, on the
    /// same side of the quotes, is any day's
    set_sent: Option<(u32, bool)>,
    /// Sentence of a day named vaguely ("one Saturday"): its "the
    /// following Monday" is no particular Monday either.
    vague_day_sent: Option<u32>,
    /// Sentence that last named the reported quarter.
    quarter_sent: Option<u32>,
    /// Full dates told so far (month, day, year); the latest one wins.
    told_days: Vec<(u8, u8, i32)>,
}

impl Resolver {
    pub fn new(dct: Option<NaiveDate>, cands: &[Cand]) -> Self {
        // Narrative (history) text: most absolute years are far from the DCT.
        // News cites old years ("treaties signed in 1961, 2000 and 2001") but
        // speaks of days relative to its own date: weekdays and "last week"
        // are strong signs of news, so a handful of old years
        // must not switch the whole text to narrative chaining.
        let mut far = 0u32;
        let mut near = 0u32;
        let mut deictic = 0u32;
        // distinct far years (bounded, no allocation): a history text keeps
        // coming back to the same years, news lists each old year once
        let mut seen = [0i32; 32];
        let mut distinct = 0usize;
        for c in cands {
            match c.expr {
                Expr::Abs(Val::Date(y, _, _)) => match dct {
                    Some(d) if (y - d.year()).abs() <= 1 => near += 1,
                    _ => {
                        far += 1;
                        if distinct < seen.len() && !seen[..distinct].contains(&y) {
                            seen[distinct] = y;
                            distinct += 1;
                        }
                    }
                },
                // "today"/"tomorrow" also occur in quoted speech of history texts
                Expr::Day(..) | Expr::Overnight => near += 2,
                Expr::Wd(..)
                | Expr::RelWeekday(..)
                | Expr::WeekWeekday(..)
                | Expr::RefWeekday(..)
                | Expr::RelWeekend(_)
                | Expr::RefWeekend
                | Expr::Rel(Base::Dct, _, Unit::Day | Unit::Week, _) => deictic += 1,
                Expr::Rel(Base::Dct | Base::Ago, ..)
                | Expr::RelMonth(..)
                | Expr::RelSeason(..)
                | Expr::MonthYear(..)
                | Expr::MdYear(..)
                | Expr::SeasonYear(..) => near += 1,
                _ => {}
            }
        }
        let near = near + 4 * deictic;
        let chronology = deictic == 0 || far as usize >= 2 * distinct;
        let narrative = dct.is_none()
            || chronology
                && ((far >= 3 && far > 2 * near)
                    || (far >= 10 && far > near)
                    || (far >= 2 && near == 0));
        Resolver {
            dct,
            refd: None,
            ref_sent: 0,
            ref_rel_year: false,
            ref_year_ago: false,
            ref_from_dct: false,
            ref_week_day: false,
            cur_sent: 0,
            narrative,
            last_quarter: None,
            frame_year: None,
            annual: false,
            told_days: Vec::new(),
            quarter_sent: None,
            ref_abs: false,
            ref_quoted: false,
            ref_aside: false,
            wd_ahead_sent: None,
            set_sent: None,
            vague_day_sent: None,
            last_day: None,
            last_day_ahead: false,
            ref_tod: None,
            ref_half: None,
            last_decade: None,
            prev_sent: 0,
        }
    }

    /// What a reference-relative expression is anchored to: the previous date
    /// of the text when there is one, else the DCT.
    fn ref_anchor(&self) -> Anchor {
        if self.refd.is_some() {
            Anchor::Previous
        } else {
            Anchor::Dct
        }
    }

    /// The date things like "June" or "Friday" are resolved against.
    fn base(&self) -> Option<RefT> {
        if self.narrative {
            self.refd.or(self.dct.map(|d| (d, Unit::Day)))
        } else {
            self.dct.map(|d| (d, Unit::Day)).or(self.refd)
        }
    }

    fn base_of(&self, b: Base) -> Option<RefT> {
        match b {
            Base::Dct | Base::Ago if self.narrative => {
                self.refd.or(self.dct.map(|d| (d, Unit::Day)))
            }
            Base::Dct | Base::Ago => self.dct.map(|d| (d, Unit::Day)).or(self.refd),
            Base::Ref => self.refd.or(self.dct.map(|d| (d, Unit::Day))),
        }
    }

    /// The year a month takes from the text rather than the DCT in news:
    /// in the past perfect after a past date, that date's year ("In
    /// February 2022 Russia invaded. By the summer its forces had taken the
    /// south"); in a sentence framed by a year, that year ("In 2017, the
    /// company moved to Paris in September").
    fn story_year(&self, m: u8, day: Option<u8>, tense: Tense) -> Option<i32> {
        if self.narrative {
            return None;
        }
        // a plan dated in a later year goes on in it, in its sentence ("The
        // tour begins May 8, 2018, [...] and wraps Oct. 6", said in 2017)
        if let (Some((r, g)), Some(d)) = (self.refd, self.dct)
            && r.year() > d.year()
            && self.ref_abs
            && self.ref_sent == self.cur_sent
            && !tense.past()
            && matches!(g, Unit::Month | Unit::Day)
            && (m, day.unwrap_or(1)) >= (r.month() as u8, r.day() as u8)
        {
            return Some(r.year());
        }
        if let (Some((r, g)), Some(d)) = (self.refd, self.dct)
            && r.year() < d.year()
            && g != Unit::Week
        {
            // the month's occurrence nearest the story's date, not after the DCT
            // ("the trial ended on Nov. 2. Sentencing had been set for March 28")
            let nearest = || {
                let at = |y: i32| y * 12 + i32::from(m) - 1;
                let story = r.year() * 12 + r.month0() as i32;
                let now = d.year() * 12 + d.month0() as i32;
                [r.year(), r.year() + 1, r.year() - 1]
                    .into_iter()
                    .filter(|&y| at(y) <= now)
                    .min_by_key(|&y| (at(y) - story).abs())
            };
            // (not "since May": the most recent May)
            // (a season told is no whole year: "in the fall of 2002 [...] By
            // mid-February, that unity had collapsed" is the next February)
            if tense == Tense::PastPerfect {
                return if g == Unit::Year && r.month() == 1 {
                    Some(r.year())
                } else {
                    nearest()
                };
            }
            // a simple past cannot be after the DCT: a story date just told
            // decides ("on June 6, 1944 ... Paris was liberated on Aug. 25",
            // DCT June 2024)
            let after_dct = u32::from(m) > d.month()
                || u32::from(m) == d.month() && day.is_some_and(|x| u32::from(x) > d.day());
            // (a story told to the day: not a month named in passing, "The
            // recession began in December 2007. [...] the losses for
            // November and December", DCT February 2009)
            // (a simple past: not "who have been in orbit since November")
            if tense == Tense::Past
                && after_dct
                && g == Unit::Day
                && self.ref_sent + 2 >= self.cur_sent
            {
                return nearest();
            }
        }
        match self.frame_year {
            Some((s, y)) if s == self.cur_sent => Some(y),
            // the story goes on in the past in the next sentence ("In 2008,
            // factories closed. The measures were lifted in late August.")
            Some((s, y))
                if tense.past()
                    && s + 1 == self.cur_sent
                    && matches!(self.refd, Some((r, Unit::Year)) if r.year() == y) =>
            {
                Some(y)
            }
            _ => None,
        }
    }

    fn year_for_month(&self, m: u8, day: Option<u8>, tense: Tense) -> Option<i32> {
        // News: a month in the same sentence as "last year" / "next year"
        // ("Last year, ... he met Putin in September") belongs to that year.
        // (Explicit years are not used: "joined in July 1997, will join on
        // March 12" speaks of two different years.)
        // ("this year through August": this year's August)
        if !self.narrative
            && self.ref_sent == self.cur_sent
            && self.ref_rel_year
            && let (Some((r, Unit::Year)), Some(d)) = (self.refd, self.dct)
            && !(tense.future() && r.year() < d.year())
            // ("will report results for the full year in mid-February", in
            // November: a month gone by this year is no plan's)
            && !(tense == Tense::Future && r.year() == d.year() && u32::from(m) < d.month())
            // ("for delivery next year have risen since March 11")
            && !(tense == Tense::Before && r.year() > d.year())
            // ("The appeal for the year, launched in early December", in
            // January: a past month is not after the DCT)
            && !(tense.past() && r.year() == d.year() && u32::from(m) > d.month())
        {
            return Some(r.year());
        }
        if let Some(y) = self.story_year(m, day, tense) {
            return Some(y);
        }
        let (b, g) = self.base()?;
        if self.narrative || g != Unit::Day {
            if g == Unit::Month || g == Unit::Day {
                // story moves forward: "December 1941 ... January" -> 1942
                if (b.month() as i32) - (m as i32) >= 10 {
                    return Some(b.year() + 1);
                }
            }
            return Some(b.year());
        }
        let y = b.year();
        let bm = b.month() as u8;
        let bd = b.day() as u8;
        let diff = m as i32 - bm as i32;
        let after = diff > 0 || (diff == 0 && day.is_some_and(|d| d > bd));
        let before = diff < 0 || (diff == 0 && day.is_some_and(|d| d < bd));
        // a past verb never moves a month into the next year, a future verb
        // never into the previous one
        // (a past perfect's day, not even one ahead: "had flown to Lagos
        // on December 16", said in November)
        if (tense.past() && after && diff >= 3)
            || (tense == Tense::PastPerfect && after && day.is_some())
            || (diff > 6 && !tense.future())
            || (tense == Tense::Before && after)
        {
            return Some(y - 1);
        }
        if (tense.future() && before && diff <= -2)
            || (diff <= -8 && !tense.past())
            || (tense == Tense::After && before)
        {
            return Some(y + 1);
        }
        Some(y)
    }

    /// The time told earlier in the current sentence, when it is at least as
    /// fine as unit u ("fell in September for the second month in a row").
    fn told_in_sentence(&self, u: Unit) -> Option<NaiveDate> {
        self.refd
            .filter(|&(_, g)| self.ref_sent == self.cur_sent && rank(g) <= rank(u))
            .map(|(r, _)| r)
    }

    /// `refd` was told at a small hour ("shortly after midnight"): a past
    /// evening then is the day before's.
    fn ref_small_hours(&self) -> bool {
        matches!(self.ref_tod, Some(Tod::Hm(0..=3, ..)))
    }

    /// `refd` is the day of a midnight (24), a night (18), an evening (12),
    /// an afternoon or a late clock time (6): a clock time told after it
    /// earlier than that hour is on the next day ("shortly after midnight.
    /// At 4.40am", "on Tuesday night. [...] by 1:30 p.m.", "on Monday
    /// afternoon. [...] at about 1:30 a.m."), while "that night" and "the
    /// next day" count from the day itself.
    fn ref_late(&self) -> Option<u8> {
        match self.ref_tod? {
            Tod::Hm(24, ..) => Some(24),
            // ("10:45 p.m. Thursday. [...] at about 3 a.m.")
            Tod::Hm(20..=23, ..) => Some(6),
            Tod::Part(Part::Night) => Some(18),
            Tod::Part(Part::Evening) => Some(12),
            Tod::Part(Part::Afternoon) => Some(6),
            _ => None,
        }
    }

    /// The date told earlier in this sentence (at `u` or finer), else the DCT.
    fn told_or_dct(&self, u: Unit) -> Option<(NaiveDate, Anchor)> {
        match self.told_in_sentence(u) {
            Some(r) => Some((r, Anchor::Previous)),
            None => Some((self.dct?, Anchor::Dct)),
        }
    }

    /// Day-precise base: the reference day in narrative text, else the DCT.
    fn day_base(&self) -> Option<NaiveDate> {
        match self.base() {
            Some((b, Unit::Day)) => Some(b),
            _ => self.dct,
        }
    }

    fn weekday(&self, wd: u8, tense: Tense) -> Option<NaiveDate> {
        let b = self.day_base()?;
        let cur = b.weekday().number_from_monday() as i64;
        let w = wd as i64;
        if cur == w {
            return Some(b);
        }
        let back = (cur - w).rem_euclid(7);
        let fwd = (w - cur).rem_euclid(7);
        let k = if tense.future() {
            fwd
        } else if tense.past() {
            -back
        } else if fwd < back && fwd <= 1 {
            fwd
        } else {
            -back
        };
        shift(b, k as i32, Unit::Day)
    }

    /// Can the quarter be the one a report is about? One that has not ended
    /// is a forecast, unless spoken of in the past tense (a fiscal quarter).
    fn reported_quarter(&self, y: i32, q: u8, tense: Tense) -> bool {
        self.dct.is_none_or(|d| {
            let now = (d.year(), d.month());
            let last = u32::from(q) * 3;
            (y, last) < now || (tense.past() && (y, last.saturating_sub(2)) <= now)
        })
    }

    fn with_tod(d: NaiveDate, tod: Option<Tod>) -> Val {
        match tod {
            Some(t) => Val::Time(d.year(), d.month() as u8, d.day() as u8, t, false),
            None => Val::Date(d.year(), Some(d.month() as u8), Some(d.day() as u8)),
        }
    }

    /// Resolve one candidate; None means "could not resolve" (caller emits a fallback).
    fn eval(&self, c: &Cand) -> Option<(Val, Anchor)> {
        let dctish = if self.narrative {
            Anchor::Previous
        } else {
            Anchor::Dct
        };
        // a month whose year comes from the text (see story_year)
        let framed = |m: u8, day: Option<u8>| {
            if self.story_year(m, day, c.tense).is_some() {
                Anchor::Previous
            } else {
                dctish
            }
        };
        // a month's year: the one written, else the one the month is told in
        let year_of_month = |m: u8, day: Option<u8>, year: Option<i32>| match year {
            Some(y) => Some((y, Anchor::Absolute)),
            None => Some((self.year_for_month(m, day, c.tense)?, dctish)),
        };
        match c.expr {
            Expr::Abs(v) => Some((v, Anchor::Absolute)),
            Expr::Free(v) => Some((v, Anchor::None)),
            Expr::YearPeriod(y) => match self.last_quarter {
                Some((_, q)) if !self.annual => Some((Val::Quarter(y, q), Anchor::Previous)),
                _ => Some((Val::Date(y, None, None), Anchor::Absolute)),
            },
            Expr::MdNamed(m, d) => {
                if let Some(&(_, _, y)) = self.told_days.iter().rev().find(|x| (x.0, x.1) == (m, d))
                {
                    return Some((Val::Date(y, Some(m), Some(d)), Anchor::Previous));
                }
                let mut c2 = *c;
                c2.expr = Expr::Md(m, d, None);
                self.eval(&c2)
            }
            // "Oct. 23-25", "Dec. 22 through Jan. 2": a range's end is the
            // first such day after its start
            Expr::Md(m, d, tod)
                if c.ctx.link == Link::RangeEnd
                    && let Some((start, s)) = self.last_day
                    && s == self.cur_sent =>
            {
                let y = if (m, d) < (start.month() as u8, start.day() as u8) {
                    start.year() + 1
                } else {
                    start.year()
                };
                Some((Self::with_tod(ymd(y, m, d)?, tod), framed(m, Some(d))))
            }
            Expr::Md(m, d, tod) => {
                // the day just told, restated: "the afternoon of March 17,
                // 1936 -- St. Patrick's Day --"
                let y = match self.told_in_sentence(Unit::Day) {
                    Some(r) if (r.month(), r.day()) == (u32::from(m), u32::from(d)) => r.year(),
                    _ => self.year_for_month(m, Some(d), c.tense)?,
                };
                // ("Feb. 29" said in a common year: the leap day nearest the
                // DCT, "problems could surface on Feb. 29" said in December 1999)
                let date = ymd(y, m, d).or_else(|| {
                    let near = |x: &NaiveDate| self.dct.map_or(0, |t| (*x - t).num_days().abs());
                    (1..=3)
                        .flat_map(|k| [ymd(y - k, m, d), ymd(y + k, m, d)])
                        .flatten()
                        .min_by_key(near)
                })?;
                Some((Self::with_tod(date, tod), framed(m, Some(d))))
            }
            Expr::MdWd(m, d, wd) => {
                let y0 = self.year_for_month(m, Some(d), c.tense)?;
                let fits = |y: i32| {
                    ymd(y, m, d).is_some_and(|x| x.weekday().number_from_monday() == u32::from(wd))
                };
                // the nearest year in which the day falls on that weekday
                // (the future first when said in the future tense)
                let y = (0..=11)
                    .flat_map(|k| {
                        if c.tense.future() {
                            [y0 + k, y0 - k]
                        } else {
                            [y0 - k, y0 + k]
                        }
                    })
                    .find(|&y| fits(y))
                    .unwrap_or(y0);
                Some((Val::Date(y, Some(m), Some(d)), framed(m, Some(d))))
            }
            Expr::M(m) => {
                let y = self.year_for_month(m, None, c.tense)?;
                Some((Val::Date(y, Some(m), None), framed(m, None)))
            }
            // "by the autumn" in a past sentence is the last autumn, and in a
            // sentence about last year that year's; the winter keeps the base's year
            Expr::Season(s) if s < 3 => {
                let mid = [4, 7, 10][s as usize];
                let y = self.year_for_month(mid, None, c.tense)?;
                Some((Val::Season(y, s), framed(mid, None)))
            }
            // news: the winter under way or ahead, named by its January (a
            // history keeps the story's year, from which later dates chain)
            Expr::Season(s) => {
                let (b, _) = self.base()?;
                let y = if b.month() == 12 && !self.narrative {
                    b.year() + 1
                } else {
                    b.year()
                };
                Some((Val::Season(y, s), dctish))
            }
            Expr::Quarter(q) => {
                let (b, g) = self.base()?;
                let mut y = b.year();
                // a quarter that has not started yet is, in a report, last year's
                // (and so is a fourth quarter whose results are awaited in
                // January or February)
                if !self.narrative
                    && g == Unit::Day
                    && (c.tense.past() || c.ctx.results && q == 4 && b.month() <= 2)
                    && (q as u32).saturating_sub(1) * 3 + 1 > b.month()
                {
                    y -= 1;
                }
                // ("The first quarter is going to be brutal", in December:
                // one long over is next year's)
                if !self.narrative
                    && g == Unit::Day
                    && c.tense.future()
                    && u32::from(q) * 3 + 4 <= b.month()
                {
                    y += 1;
                }
                Some((Val::Quarter(y, q), dctish))
            }
            Expr::NewYear => {
                let (d, _) = self.base()?;
                // (from midyear on, a future one is the next: "will open in
                // the new year" in August)
                let y = d.year() + i32::from(d.month() >= 10 || d.month() >= 6 && c.tense.future());
                Some((Val::Date(y, None, None), dctish))
            }
            Expr::Half(h) => {
                let (b, _) = self.base()?;
                Some((Val::Half(b.year(), h), dctish))
            }
            Expr::ThisQuarter => match self.last_quarter {
                Some((y, q)) => Some((Val::Quarter(y, q), Anchor::Previous)),
                None => Some((at_gran(self.base()?.0, Unit::Quarter), Anchor::Dct)),
            },
            Expr::LatestQuarter(n) => {
                if let Some((y, q)) = self.last_quarter {
                    return Some((Val::Quarter(y + n, q), Anchor::Previous));
                }
                let (b, _) = self.base()?;
                // ("could lose billions this quarter": the one under way)
                let back = if n == 0 && c.tense.future() { 0 } else { -1 };
                let p = shift(b, back + 4 * n, Unit::Quarter)?;
                Some((at_gran(p, Unit::Quarter), Anchor::Dct))
            }
            Expr::RefDayPart(n, p) => {
                let mut c2 = *c;
                c2.expr = Expr::Rel(Base::Ref, n, Unit::Day, Unit::Day);
                match self.eval(&c2)? {
                    (Val::Date(y, Some(m), Some(d)), a) => {
                        Some((Val::Time(y, m, d, Tod::Part(p), false), a))
                    }
                    other => Some(other),
                }
            }
            Expr::QuarterBefore => {
                if let Some((y, q)) = self.last_quarter {
                    let (y, q) = if q == 1 { (y - 1, 4) } else { (y, q - 1) };
                    return Some((Val::Quarter(y, q), Anchor::Previous));
                }
                let (b, _) = self.base()?;
                let p = shift(b, -2, Unit::Quarter)?;
                Some((at_gran(p, Unit::Quarter), Anchor::Dct))
            }
            // a routine's "open Tuesday to Sunday": every such day
            Expr::Wd(wd, None) if c.ctx.routine => Some((Val::SetWeekday(wd, None), Anchor::None)),
            Expr::TimeOnly(tod, z) if c.ctx.routine => {
                Some((Val::Time(i32::MIN, 0, 0, tod, z), Anchor::None))
            }
            // "between Tuesday and Friday": the first Friday after that Tuesday
            Expr::Wd(wd, tod)
                if c.ctx.link != Link::None
                    && let Some((start, s)) = self.last_day
                    && s == self.cur_sent =>
            {
                let ahead =
                    (i64::from(wd) - i64::from(start.weekday().number_from_monday())).rem_euclid(7);
                // (0: the day itself, reached through a clock time said with
                // it: "until 23:59 on Sunday")
                let d = start.checked_add_days(Days::new(ahead as u64))?;
                // ("on Thursday and Monday" lists two days, not a span;
                // but after a day still ahead, "canceled for Sunday and
                // Monday", the list goes on forward)
                if c.ctx.link == Link::ListNext
                    && u32::from(wd) <= start.weekday().number_from_monday()
                    && !(self.last_day_ahead && ahead > 0 && self.dct.is_some_and(|x| start >= x))
                {
                    let d = self.weekday(wd, c.tense)?;
                    return Some((Self::with_tod(d, tod), dctish));
                }
                Some((Self::with_tod(d, tod), dctish))
            }
            Expr::Wd(wd, tod) => {
                let d = self.weekday(wd, c.tense)?;
                Some((Self::with_tod(d, tod), dctish))
            }
            Expr::Midweek => {
                let b = self.day_base()?;
                let wd = b.weekday().number_from_monday();
                let k = match c.tense {
                    // (no verb near on a weekend: the coming one, "could turn
                    // north and run up the coast of Georgia and the
                    // Carolinas by midweek")
                    t if (t.future() || t == Tense::None && wd >= 6) && wd >= 4 => 7,
                    t if t.past() && wd <= 2 => -7,
                    _ => 0,
                };
                let w = shift(b, k, Unit::Day)?.iso_week();
                Some((Val::Week(w.year(), w.week()), Anchor::Dct))
            }
            Expr::Overnight => {
                let n = if c.tense.future() { 0 } else { -1 };
                // a day told in the sentence with its time: "By Wednesday
                // evening, rivers were bursting their banks, and overnight"
                // is that night; "Monday, 7:15 a.m.: A resident reported
                // that someone had siphoned gasoline overnight" the night
                // before
                let told = self
                    .told_in_sentence(Unit::Day)
                    .filter(|_| !self.narrative && c.tense.past());
                let (b, n, anchor) = match (told, self.ref_tod) {
                    (Some(r), Some(_)) if self.ref_late().is_some() => (r, 0, Anchor::Previous),
                    (Some(r), Some(Tod::Hm(0..=11, ..) | Tod::Part(Part::Morning))) => {
                        (r, -1, Anchor::Previous)
                    }
                    _ => (self.day_base()?, n, Anchor::Dct),
                };
                let d = shift(b, n, Unit::Day)?;
                Some((Self::with_tod(d, Some(Tod::Part(Part::Night))), anchor))
            }
            Expr::Day(n, tod) => {
                let b = match self.quote_base(c) {
                    Some((r, Unit::Day)) => r,
                    _ => self.day_base()?,
                };
                let d = shift(b, n, Unit::Day)?;
                Some((Self::with_tod(d, tod), Anchor::Dct))
            }
            Expr::TimeOnly(tod, z) => {
                // a clock time takes the day named earlier in its sentence
                // ("the test flight Tuesday ... at 18:00 UTC") or in the one
                // before ("... on Monday afternoon. The blasts occurred at
                // about 2:50 p.m."), else the DCT
                // (the sentence before only for a past clock time on a past
                // day: not "... on New Year's Day. Arrive before 8pm.")
                // (or a fixture's clock time on the day just announced: "The
                // game is on Sunday. Kick-off is at 6.30pm.")
                // (a day of the coming week stays the story's a sentence
                // longer: "The eclipse will cross the country on Monday.
                // [...] the sun will be blocked starting at 1:27 p.m.")
                let gap = self.cur_sent.wrapping_sub(self.ref_sent);
                let prev_day = !self.ref_week_day
                    && !c.ctx.attrib
                    && match (self.refd, self.dct) {
                        (Some((r, g)), Some(d)) => {
                            gap == 1 && c.tense.past() && r <= d
                                || c.tense.future()
                                    && r > d
                                    && (gap == 1
                                        || gap == 2 && g == Unit::Day && (r - d).num_days() <= 7)
                        }
                        _ => false,
                    };
                // (not the day of a relative clause: "de Klerk, who conceded
                // defeat last Monday night, sat in the front row as the
                // sitting opened at 10 a.m.")
                let aside = self.ref_aside
                    && !c.ctx.aside
                    && self.ref_sent == self.cur_sent
                    && matches!(self.refd, Some((_, Unit::Day)));
                // (nor, told in the past, a day still ahead: "could make
                // landfall early Saturday, the center said in an advisory
                // issued at 10 a.m."; but a clock time's day goes on: "open at
                // 7 a.m. Tuesday and close at 7 p.m.")
                let ahead_of_past = !self.narrative
                    && !matches!(self.ref_tod, Some(Tod::Hm(..)))
                    && c.tense.past()
                    && matches!((self.refd, self.dct), (Some((r, _)), Some(d)) if r > d);
                let same_day = matches!(self.refd, Some((_, Unit::Day)))
                    && !ahead_of_past
                    && (self.ref_sent == self.cur_sent && !aside || prev_day);
                // (after a midnight, or a part of a day before the DCT's
                // told in the past, an earlier hour is the next day's)
                // (not past the DCT in the past: "the midnight deadline ...
                // the site went down at about 3 a.m.")
                let late = |r: Option<RefT>| match (r, tod, self.ref_late()) {
                    // (after a midnight, the morning: not "shortly before
                    // midnight, saying he had died at around 8:50 p.m.")
                    (Some((d, Unit::Day)), Tod::Hm(h, ..), Some(l))
                        if h < if l == 24 { 12 } else { l }
                            && (l == 24
                                && !(c.tense.past() && self.dct.is_some_and(|x| d >= x))
                                || c.tense.past() && self.dct.is_some_and(|x| d < x))
                            && self.refd.is_some_and(|(x, _)| x == d) =>
                    {
                        d.succ_opt().map(|d| (d, Unit::Day))
                    }
                    _ => r,
                };
                let r = if self.set_sent == Some((self.cur_sent, c.ctx.quoted)) && !same_day {
                    None
                } else if self.narrative || same_day {
                    late(self.refd)
                } else if !aside && let Some(d) = self.told_day_past(c) {
                    late(Some((d, Unit::Day)))
                } else {
                    // "Nightclubs reopened at midnight": a past midnight said
                    // on the day is the one that began it (the day before's
                    // 24:00), not the one still ahead
                    let past_midnight = c.tense.past() && matches!(tod, Tod::Hm(24, ..));
                    self.dct
                        .and_then(|d| if past_midnight { d.pred_opt() } else { Some(d) })
                        .map(|d| (d, Unit::Day))
                };
                // (an evening told after a small hour of that day, in the
                // past, is the evening before: "the crash at 1:50 a.m. ...
                // he arrived at the bar around 9 p.m.")
                let r = match (r, tod) {
                    (Some((d, Unit::Day)), Tod::Hm(18..=23, ..))
                        if c.tense.past()
                            && self.ref_small_hours()
                            && self.refd.is_some_and(|(x, _)| x == d) =>
                    {
                        d.pred_opt().map(|p| (p, Unit::Day))
                    }
                    _ => r,
                };
                match r {
                    Some((d, Unit::Day)) => Some((
                        Val::Time(d.year(), d.month() as u8, d.day() as u8, tod, z),
                        dctish,
                    )),
                    _ => Some((Val::Time(i32::MIN, 0, 0, tod, z), Anchor::None)),
                }
            }
            Expr::PastUnit(u, k, su, gran) => {
                if self.narrative {
                    return Some((Val::Dur(Some(10), u), Anchor::None));
                }
                let b = self.dct?;
                // "over the past day": the last 24 hours
                if su == Unit::Day && k == 1 {
                    return Some((Val::Dur(Some(10), Unit::Day), Anchor::None));
                }
                // "the past week" is the seven days up to the DCT: the week
                // before on a Monday to Wednesday (most of them lie in it),
                // else the DCT's own
                let k = if su == Unit::Week && k == 1 && b.weekday().number_from_monday() >= 4 {
                    0
                } else {
                    k
                };
                let d = shift(b, -k, su)?;
                Some((at_gran(d, gran), Anchor::Dct))
            }
            Expr::MonthWeek(m, n, day, year) => {
                let (y, anchor) = year_of_month(m, day, year)?;
                let d = match (n, day) {
                    (0, Some(d)) => ymd(y, m, d)?,
                    (-1, _) => {
                        // the last (mostly complete) week: around the 28th
                        let first_next = if m == 12 {
                            ymd(y + 1, 1, 1)?
                        } else {
                            ymd(y, m + 1, 1)?
                        };
                        first_next.checked_sub_days(Days::new(4))?
                    }
                    (k, _) => {
                        ymd(y, m, 1)?.checked_add_days(Days::new(7 * (k.max(1) as u64 - 1) + 3))?
                    }
                };
                Some((at_gran(d, Unit::Week), anchor))
            }
            Expr::SameLastYear(u) => {
                let (b, anchor) = self.told_or_dct(u)?;
                Some((at_gran(shift(b, -1, Unit::Year)?, u), anchor))
            }
            Expr::SameWeekendLastYear => {
                let (b, anchor) = self.told_or_dct(Unit::Week)?;
                // (the year before's weekend of that week's number)
                let w = b.iso_week();
                Some((Val::Weekend(w.year() - 1, w.week().min(52)), anchor))
            }
            Expr::NthWeekday(m, n, wd, year, tod) => {
                let (y, anchor) = year_of_month(m, None, year)?;
                let d = nth_weekday(y, m, n, wd)?;
                Some((Self::with_tod(d, tod), anchor))
            }
            // the week of its Saturday
            Expr::NthWeekend(m, n, year) => {
                let (y, anchor) = year_of_month(m, None, year)?;
                let w = nth_weekday(y, m, n, 6)?.iso_week();
                Some((Val::Weekend(w.year(), w.week()), anchor))
            }
            // "Hours later", "a few weeks later": a story moving on in a
            // history, a vague duration in news
            Expr::Later(None, u, ..) => {
                if self.narrative {
                    Some((Val::Ref("FUTURE_REF"), Anchor::None))
                } else {
                    Some((Val::Dur(None, u), Anchor::None))
                }
            }
            Expr::Later(n, u, amount, su, gran) => {
                // "five years later" dates a happening relative to the previous date of
                // the text ("In 2017 … five years later" = 2022). Only with nothing to
                // count from is it a bare duration. (TimeBank marks these as durations;
                // a timeline needs the date.)
                // (in news, "12 seconds later", "an hour later" are durations
                // too: a day would say nothing)
                if !self.narrative
                    && (self.refd.is_none()
                        || matches!(u, Unit::Hour | Unit::Minute | Unit::Second))
                {
                    return Some((Val::Dur(n, u), Anchor::None));
                }
                let mut c2 = *c;
                c2.expr = Expr::Rel(Base::Ref, amount, su, gran);
                // (counted from the time told even in a present or future
                // sentence: "the flood last September. Eight months later, the
                // mark is still visible" is not counted from the DCT as "within
                // the next year" is)
                if c2.tense.future() {
                    c2.tense = Tense::None;
                }
                self.eval(&c2)
            }
            Expr::QuarterEnding(m) => {
                let y = self.year_for_month(m, None, Tense::Past)?;
                // a quarter ending early in a month is mostly in the months before
                let (y, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                Some((Val::Quarter(y, (pm - 1) / 3 + 1), dctish))
            }
            // a history's "the first day of the battle" is the day just
            // narrated; its "the second week" only a week's length
            Expr::NthUnit(u) if self.narrative => match (self.refd, u) {
                (Some((b, Unit::Day)), Unit::Day) => Some((at_gran(b, u), Anchor::Previous)),
                _ => Some((Val::Dur(Some(10), u), Anchor::None)),
            },
            Expr::NthUnit(u) => {
                // "fell in September for the second month in a row": the
                // period told with it; "added jobs for a fourth straight
                // month": the last whole one reported, else the DCT's ("for
                // a third straight day")
                // (and "on Friday, the second day of the summit": the day
                // just told)
                if let Some(r) = self.told_in_sentence(u) {
                    return Some((at_gran(r, u), Anchor::Previous));
                }
                let b = self.dct?;
                // (a year so told is the one just closed early in the next:
                // "capping the worst year" in January)
                let b = if c.tense.past() && (u == Unit::Month || u == Unit::Year && b.month() <= 3)
                {
                    shift(b, -1, u)?
                } else {
                    b
                };
                Some((at_gran(b, u), Anchor::Dct))
            }
            Expr::Rel(base, n, u, gran) => {
                // "Within the next year, the firm expects to ...": news
                // speaking of its future counts from its own date (not from a
                // time just told: "next year and probably the year after that")
                let base = if base == Base::Ref
                    && n > 0
                    && c.tense.future()
                    && !self.narrative
                    && self.ref_from_dct
                    && self.ref_sent != self.cur_sent
                {
                    Base::Dct
                } else {
                    base
                };
                // "Fourth-quarter profit rose ... For the full year, net income
                // was ...", said in January: the year the report closes
                if u == Unit::Year
                    && n == 0
                    && base == Base::Dct
                    && !self.narrative
                    && c.tense.past()
                    && let (Some((y, 4)), Some(d)) = (self.last_quarter, self.dct)
                    && y == d.year() - 1
                {
                    return Some((Val::Date(y, None, None), Anchor::Previous));
                }
                // (also past a weekday told with the quarter: "reported
                // fourth-quarter profit on Thursday, up 5% from a year earlier")
                if u == Unit::Year
                    && (n == -1 || n == 1)
                    && !self.narrative
                    && !self.annual
                    && base != Base::Dct
                    && let Some((y, q)) = self.last_quarter
                    && (matches!(self.refd, Some((_, Unit::Quarter)))
                        || self.quarter_sent == Some(self.cur_sent))
                {
                    return Some((Val::Quarter(y + n, q), Anchor::Previous));
                }
                // "... from $2 a year ago. Sales were ... a year earlier": the
                // same comparison period again, not one more year back
                if u == Unit::Year
                    && n == -1
                    && base == Base::Ref
                    && !self.narrative
                    && self.ref_year_ago
                    && let Some((b, g)) = self.refd
                {
                    let g = if self.annual && g == Unit::Quarter {
                        Unit::Year
                    } else {
                        g
                    };
                    return Some((at_gran(b, g), Anchor::Previous));
                }
                let (b, g) = match self.quote_base(c) {
                    Some(q) if base == Base::Dct => q,
                    _ => self.base_of(base)?,
                };
                // "for the week ending Feb. 10, matching the peak of 2009. It
                // was up from 7.1 percent the week before": a day or week
                // counted from the last day told, not from a year said since
                let (b, g) = match self.last_day {
                    Some((d, s))
                        if base == Base::Ref
                            && matches!(u, Unit::Day | Unit::Week)
                            && rank(g) > rank(Unit::Month)
                            && self.cur_sent.wrapping_sub(s) <= 1
                            && !self.narrative =>
                    {
                        (d, Unit::Day)
                    }
                    _ => (b, g),
                };
                // news: "The previous day" after a year or a month said in
                // passing counts from the DCT, not from that year
                let (b, g) = match self.dct {
                    Some(d)
                        if base == Base::Ref
                            && !self.narrative
                            && u == Unit::Day
                            && rank(g) > rank(u)
                            && !(n > 0 && c.tense.past()) =>
                    {
                        (d, Unit::Day)
                    }
                    _ => (b, g),
                };
                // a shift finer than what the reference is known to ("a week
                // earlier" after "2017") cannot move it: keep the reference
                // a Sunday paper's "will ... later this week" is the week
                // that starts the next day
                let n = if u == Unit::Week
                    && n == 0
                    && base == Base::Dct
                    && c.tense.future()
                    && !self.narrative
                    && g == Unit::Day
                    && b.weekday() == chrono::Weekday::Sun
                {
                    1
                } else {
                    n
                };
                let d = if rank(g) > rank(u) {
                    b
                } else {
                    shift(b, n, u)?
                };
                let anchor = if base == Base::Ref && self.refd.is_some() {
                    Anchor::Previous
                } else {
                    Anchor::Dct
                };
                Some((at_gran(d, coarser(gran, g)), anchor))
            }
            Expr::RelHoliday(h, dir) => {
                let b = if self.narrative {
                    self.base()?.0
                } else {
                    self.dct?
                };
                let on = |y| holiday_day(h, y);
                let y = match dir {
                    -1 if on(b.year())? >= b => b.year() - 1,
                    1 if on(b.year())? <= b => b.year() + 1,
                    _ => b.year(),
                };
                let d = on(y)?;
                Some((Self::with_tod(d, None), Anchor::Dct))
            }
            Expr::RelMonth(m, dir) => {
                // in narrative text "the previous April" is relative to the story
                let b = if self.narrative {
                    self.base()?.0
                } else {
                    self.dct?
                };
                Some((Val::Date(month_year(b, m, dir), Some(m), None), Anchor::Dct))
            }
            Expr::RefMonth(m, dir) => {
                let (b, g) = self.base_of(Base::Ref)?;
                // after a bare year ("In 1944 ... the following May") the
                // month of the next (previous) year
                let y = if g == Unit::Year {
                    b.year() + i32::from(dir)
                } else {
                    month_year(b, m, dir)
                };
                Some((Val::Date(y, Some(m), None), self.ref_anchor()))
            }
            Expr::RelSeason(s, dir) => {
                let b = if self.narrative {
                    self.base()?.0
                } else {
                    self.dct?
                };
                Some((Val::Season(season_year(b, s, dir, c.tense), s), Anchor::Dct))
            }
            Expr::RefSeason(s, dir) => {
                let (b, g) = self.base_of(Base::Ref)?;
                let anchor = self.ref_anchor();
                // after a bare year ("In 2022 ... the following spring") the
                // season of the next (previous) year
                let y = if g == Unit::Year {
                    b.year() + i32::from(dir)
                } else {
                    season_year(b, s, dir, c.tense)
                };
                Some((Val::Season(y, s), anchor))
            }
            Expr::SeasonRef(s) => {
                let (b, _) = self.base_of(Base::Ref)?;
                Some((Val::Season(b.year(), s), self.ref_anchor()))
            }
            Expr::RefWeekday(wd, 0, tod) => match self.refd {
                Some((r, Unit::Day)) => {
                    let cur = r.weekday().number_from_monday() as i32;
                    let d = shift(r, wd as i32 - cur, Unit::Day)?;
                    // ("... on Sunday 8 November. ... sentenced this morning.
                    // 'Since that Sunday night ...'": not a day still ahead in
                    // a past clause, but the Sunday told before)
                    if !c.tense.future()
                        && self.dct.is_some_and(|x| d > x)
                        && let Some(t) = self.told_days.iter().rev().find_map(|&(m, dd, y)| {
                            ymd(y, m, dd)
                                .filter(|x| x.weekday().number_from_monday() == u32::from(wd))
                        })
                    {
                        return Some((Self::with_tod(t, tod), Anchor::Previous));
                    }
                    Some((Self::with_tod(d, tod), self.ref_anchor()))
                }
                // a coarser time told since the last day ("the night of
                // Sept. 4 ... unsealed last month ... that Saturday"): that
                // day's week
                _ if let Some((r, _)) = self.last_day
                    && let Some(d) = shift(
                        r,
                        wd as i32 - r.weekday().number_from_monday() as i32,
                        Unit::Day,
                    )
                    && self.dct.is_none_or(|x| d <= x || c.tense.future()) =>
                {
                    Some((Self::with_tod(d, tod), Anchor::Previous))
                }
                // no day told: the weekday as said in news
                _ => {
                    let mut c2 = *c;
                    c2.expr = Expr::Wd(wd, tod);
                    self.eval(&c2)
                }
            },
            Expr::RefWeekday(wd, _, tod) if self.vague_day_sent == Some(self.cur_sent) => {
                let part = match tod {
                    Some(Tod::Part(p)) => Some(p),
                    _ => None,
                };
                Some((Val::SetWeekday(wd, part), Anchor::None))
            }
            Expr::RefWeekday(wd, dir, tod) => {
                let b = match self.refd {
                    Some((r, Unit::Day)) => r,
                    _ => self.dct?,
                };
                let cur = b.weekday().number_from_monday() as i32;
                let w = wd as i32;
                let k = if dir < 0 {
                    let back = (cur - w).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                } else {
                    let f = (w - cur).rem_euclid(7);
                    if f == 0 { 7 } else { f }
                };
                let d = shift(b, k, Unit::Day)?;
                let anchor = self.ref_anchor();
                Some((Self::with_tod(d, tod), anchor))
            }
            Expr::RelWeekday(wd, dir, tod) => {
                let b = self.dct?;
                let cur = b.weekday().number_from_monday() as i32;
                let w = wd as i32;
                let k = match dir {
                    -1 => {
                        let back = (cur - w).rem_euclid(7);
                        -(if back == 0 { 7 } else { back })
                    }
                    1 => {
                        let f = (w - cur).rem_euclid(7);
                        if f == 0 { 7 } else { f }
                    }
                    // British "Thursday week": a week after the coming one
                    // (today's when said on a Thursday)
                    2 => (w - cur).rem_euclid(7) + 7,
                    // "next Tuesday week": a week after next Tuesday
                    3 => {
                        let f = (w - cur).rem_euclid(7);
                        if f == 0 { 14 } else { f + 7 }
                    }
                    _ => w - cur,
                };
                let d = shift(b, k, Unit::Day)?;
                Some((Self::with_tod(d, tod), Anchor::Dct))
            }
            Expr::WeekWeekday(wd, n) => {
                let b = self.dct?;
                let k = wd as i32 - b.weekday().number_from_monday() as i32 + 7 * i32::from(n);
                Some((Self::with_tod(shift(b, k, Unit::Day)?, None), Anchor::Dct))
            }
            Expr::RefWeekend => {
                let b = match self.refd {
                    Some((r, Unit::Day)) => r,
                    _ => self.day_base()?,
                };
                let w = b.iso_week();
                Some((Val::Weekend(w.year(), w.week()), self.ref_anchor()))
            }
            Expr::RelWeekend(dir) => {
                let b = self.day_base()?;
                let cur = b.weekday().number_from_monday();
                // "the weekend" / "this weekend": the coming one unless the
                // verb is past (then the one just gone, from Monday to Friday)
                let k = match dir {
                    // (on a Sunday, a deadline is the next: "storms are
                    // possible by the weekend")
                    0 if c.tense.past() && cur <= 5 => -1,
                    0 if c.tense == Tense::After && cur == 7 => 1,
                    0 => 0,
                    d => d as i32,
                };
                let d = shift(b, k, Unit::Week)?;
                let w = d.iso_week();
                Some((Val::Weekend(w.year(), w.week()), dctish))
            }
            Expr::MonthYear(m, n) => {
                let b = self.dct?;
                Some((Val::Date(b.year() + n, Some(m), None), Anchor::Dct))
            }
            Expr::HolidayYear(h, n) => {
                let b = self.dct?;
                let d = holiday_day(h, b.year() + n)?;
                Some((Self::with_tod(d, None), Anchor::Dct))
            }
            Expr::MdYear(m, d, n) => {
                let b = self.dct?;
                Some((Val::Date(b.year() + n, Some(m), Some(d)), Anchor::Dct))
            }
            Expr::FiscalQuarter(q) => Some((Val::Quarter(self.dct?.year(), q), Anchor::Dct)),
            Expr::QuarterYear(q, n) => {
                let b = self.dct?;
                if q > 10 {
                    return Some((Val::Half(b.year() + n, q - 10), Anchor::Dct));
                }
                Some((Val::Quarter(b.year() + n, q), Anchor::Dct))
            }
            Expr::SeasonYear(s, n) => {
                let b = self.dct?;
                Some((Val::Season(b.year() + n, s), Anchor::Dct))
            }
            Expr::RefTime => {
                let (b, g) = self.refd?;
                Some((at_gran(b, g), Anchor::Previous))
            }
            Expr::AsTold(v) => match self.refd {
                // (hours later than usual restate no day: "open until 11
                // p.m. on the Friday before Labor Day, two hours later than
                // usual")
                Some((b, g))
                    if self.ref_sent == self.cur_sent
                        && (!matches!(
                            v,
                            Val::Dur(_, Unit::Hour | Unit::Minute | Unit::Second)
                        ) || matches!(self.ref_tod, Some(Tod::Hm(..)))) =>
                {
                    Some((at_gran(b, g), Anchor::Previous))
                }
                _ => Some((v, Anchor::None)),
            },
            Expr::MdRef(m, d) => {
                let (b, _) = self.base_of(Base::Ref)?;
                let anchor = self.ref_anchor();
                ymd(b.year(), m, d)?;
                Some((Val::Date(b.year(), Some(m), Some(d)), anchor))
            }
            Expr::DayOfMonth(d) => {
                // the month of a date just named ("from June 14 to the 20th"),
                // of the story in narrative text, else the DCT's, moved by tense
                if let Some((b, Unit::Month | Unit::Day)) = self.refd
                    && (self.narrative || self.ref_sent == self.cur_sent)
                {
                    ymd(b.year(), b.month() as u8, d)?;
                    return Some((
                        Val::Date(b.year(), Some(b.month() as u8), Some(d)),
                        Anchor::Previous,
                    ));
                }
                if self.narrative {
                    return None;
                }
                let dct = self.dct?;
                let step = match u32::from(d).cmp(&dct.day()) {
                    std::cmp::Ordering::Greater if c.tense.past() => -1,
                    std::cmp::Ordering::Less if c.tense.future() => 1,
                    _ => 0,
                };
                let first = shift(dct.with_day(1)?, step, Unit::Month)?;
                ymd(first.year(), first.month() as u8, d)?;
                Some((
                    Val::Date(first.year(), Some(first.month() as u8), Some(d)),
                    Anchor::Dct,
                ))
            }
            Expr::MonthRef(m) => {
                let (b, _) = self.base_of(Base::Ref)?;
                let anchor = self.ref_anchor();
                Some((Val::Date(b.year(), Some(m), None), anchor))
            }
            Expr::Holiday(h) => {
                let (m, d) = super::rules::holiday_md(h, 2001);
                let y = self.year_for_month(m, Some(d), c.tense)?;
                let on = |y| holiday_day(h, y);
                // Easter week: the ISO week ending on Easter Sunday, in the year
                // the month decides (it is often under way at the DCT)
                if h == 9 {
                    let iso = on(y)?.iso_week();
                    return Some((Val::Week(iso.year(), iso.week()), dctish));
                }
                let y = self.holiday_year_by_tense(h, y, c.tense);
                // (a Lunar New Year past the table: its year only)
                if h == 27 && super::rules::lunar_new_year(y).is_none() {
                    return Some((Val::Date(y, None, None), dctish));
                }
                let (m, d) = super::rules::holiday_md(h, y);
                Some((Val::Date(y, Some(m), Some(d)), dctish))
            }
            Expr::WdHoliday(wd, h, dir) => {
                let mut c2 = *c;
                c2.expr = Expr::Holiday(h);
                let (v, anchor) = self.eval(&c2)?;
                let Val::Date(y, Some(m), Some(d)) = v else {
                    return None;
                };
                let day = ymd(y, m, d)?;
                (1..=7)
                    .filter_map(|k| shift(day, k * i32::from(dir), Unit::Day))
                    .find(|x| x.weekday().number_from_monday() == u32::from(wd))
                    .map(|x| (Self::with_tod(x, None), anchor))
            }
            Expr::Thanksgiving => {
                let y = self.year_for_month(11, Some(25), c.tense)?;
                // (in its own month, the tense decides as for `Holiday`)
                let y = self.holiday_year_by_tense(2, y, c.tense);
                Some((
                    Val::Date(y, Some(11), Some(super::rules::thanksgiving(y))),
                    dctish,
                ))
            }
            Expr::SamePeriodLastYear => {
                // in a quarterly report the period is the quarter, even when
                // its last day ("the quarter ended Sept. 30") was named since
                if !self.annual
                    && let (Some((y, q)), Some((_, Unit::Quarter | Unit::Day))) =
                        (self.last_quarter, self.refd)
                {
                    return Some((Val::Quarter(y - 1, q), Anchor::Previous));
                }
                // ("the first half of 2021 outpaced the same period last
                // year": that half)
                if let (Some(h), Some((r, _))) = (self.ref_half, self.refd) {
                    return Some((Val::Half(r.year() - 1, h), Anchor::Previous));
                }
                // (a period is no day: said with no month or quarter told,
                // last year)
                let (b, g) = self.base_of(Base::Ref)?;
                let g = if g == Unit::Day { Unit::Year } else { g };
                let d = shift(b, -1, Unit::Year)?;
                Some((at_gran(d, g), Anchor::Previous))
            }
            Expr::AgoPart(n, u, p) => {
                let d = shift(self.dct?, n, u)?;
                Some((Self::with_tod(d, Some(Tod::Part(p))), Anchor::Dct))
            }
            Expr::CenturyTurn => {
                let y = self.dct?.year();
                let turn = if (1990..2100).contains(&y) {
                    2000
                } else {
                    y.div_euclid(100) * 100
                };
                Some((Val::Date(turn, None, None), Anchor::Dct))
            }
            Expr::TheDay => match self.base_of(Base::Ref)? {
                // (not a day gone by for what is still to come: "schools
                // will stay closed for the rest of the day")
                (b, Unit::Day) if !(c.tense.future() && self.dct.is_some_and(|d| b < d)) => {
                    Some((at_gran(b, Unit::Day), Anchor::Previous))
                }
                (_, Unit::Day) => Some((at_gran(self.dct?, Unit::Day), Anchor::Dct)),
                (b, g) => match self.dct {
                    Some(d) if !self.narrative => Some((at_gran(d, Unit::Day), Anchor::Dct)),
                    _ => Some((at_gran(b, g), Anchor::Previous)),
                },
            },
            // the part of a day-precise reference; of a coarser one only the
            // reference itself is known
            Expr::SamePart(p, that) => {
                let anchor = self.ref_anchor();
                match self.base_of(Base::Ref)? {
                    // (news: a past part of a day is not on a day still ahead,
                    // nor, unless "that evening" points back, on one told two
                    // sentences back)
                    (b, Unit::Day)
                        if self.narrative
                            || (!c.tense.past() || self.dct.is_none_or(|d| b <= d))
                                && (that || self.cur_sent.wrapping_sub(self.ref_sent) <= 1) =>
                    {
                        // ("signed shortly after midnight ... approved it
                        // earlier in the evening": the evening before)
                        // (nor, with no day told, is a past night: "worked
                        // through the night")
                        let b = if c.tense.past()
                            && (self.ref_small_hours()
                                && !that
                                && matches!(p, Part::Evening | Part::Night)
                                || self.refd.is_none() && p == Part::Night)
                        {
                            b.pred_opt()?
                        } else {
                            b
                        };
                        Some((Self::with_tod(b, Some(Tod::Part(p))), anchor))
                    }
                    // past a year or a span said since the day told ("The
                    // quake struck on Friday. An aftershock followed 12
                    // minutes later. Rescuers worked through the night.")
                    _ if let Some(d) = self.told_day_past(c) => {
                        Some((Self::with_tod(d, Some(Tod::Part(p))), Anchor::Previous))
                    }
                    // news: a part of a day after a month said in passing is
                    // the DCT's ("... began in March 2011 ... throughout the morning")
                    _ if !self.narrative && self.dct.is_some() => {
                        let d = self.dct?;
                        Some((Self::with_tod(d, Some(Tod::Part(p))), Anchor::Dct))
                    }
                    (b, g) => Some((at_gran(b, g), anchor)),
                }
            }
            Expr::Same(Unit::Decade)
                if let Some((d, s)) = self.last_decade
                    && self.cur_sent.wrapping_sub(s) <= 1 =>
            {
                Some((Val::Decade(d), Anchor::Previous))
            }
            Expr::Same(u) => {
                let (b, g) = self.base_of(Base::Ref)?;
                let anchor = self.ref_anchor();
                // "the same day" after a coarser date said since the last
                // day told ("... on Monday. ... early next year. ... the same
                // day"): that day
                // (not when the story went back to a coarser past since:
                // "... last October when Slepian was killed. His name was
                // crossed out that same day")
                if u == Unit::Day
                    && rank(g) > rank(Unit::Day)
                    && !self.narrative
                    && let Some((d, s)) = self.last_day
                    && self.cur_sent.wrapping_sub(s) <= 3
                    && (b > d || self.ref_quoted)
                {
                    return Some((at_gran(d, Unit::Day), anchor));
                }
                Some((at_gran(b, coarser(u, g)), anchor))
            }
        }
    }

    /// Resolve and update the reference time.
    pub fn resolve(&mut self, c: &Cand, next: Option<&Cand>) -> (Val, Anchor) {
        // a history's future is the DCT's: "A memorial service will be held
        // at 2 p.m. Saturday, Jan. 18", after a life told from 1914
        if self.narrative && self.dct.is_some() && c.ctx.will {
            self.narrative = false;
            let out = self.resolve_told(c, next);
            self.narrative = true;
            return out;
        }
        self.resolve_told(c, next)
    }

    fn resolve_told(&mut self, c: &Cand, next: Option<&Cand>) -> (Val, Anchor) {
        self.cur_sent = c.ctx.sent;
        // "is scheduled to sell notes Tuesday, bonds Wednesday and bills
        // Thursday": a day with no verb of its own goes on ahead after one
        // ahead in its sentence
        // (a weekday's: not "would send troops by the end of the day, up
        // from 20,000 on Saturday")
        let carried;
        let c = if matches!(c.expr, Expr::Wd(..))
            && c.tense == Tense::None
            && self.wd_ahead_sent == Some(c.ctx.sent)
        {
            carried = Cand {
                tense: Tense::Future,
                ..*c
            };
            &carried
        } else {
            c
        };

        // "at 4 p.m. on Tuesday", "in the evening on June 19": the clock time
        // or part of the day takes the day that follows
        let tod = match c.expr {
            Expr::TimeOnly(tod, z) => Some((tod, z)),
            Expr::SamePart(p, _) => Some((Tod::Part(p), false)),
            _ => None,
        };
        let ahead =
            match (tod, next) {
                (Some((tod, z)), Some(n))
                    if matches!(
                        n.expr,
                        Expr::Wd(..)
                            | Expr::RelWeekday(..)
                            | Expr::RefWeekday(..)
                            | Expr::WeekWeekday(..)
                            | Expr::Abs(Val::Date(_, Some(_), Some(_)))
                            | Expr::Abs(Val::Time(..))
                            | Expr::Md(..)
                            | Expr::MdWd(..)
                            | Expr::MdYear(..)
                            | Expr::MdRef(..)
                            | Expr::Day(..)
                            | Expr::Holiday(_)
                            | Expr::RelHoliday(..)
                            | Expr::Same(Unit::Day)
                            // ("by 5 p.m. the following day", "at 8 p.m.
                            // two days later")
                            | Expr::Rel(_, _, Unit::Day, Unit::Day)
                            | Expr::Later(Some(_), Unit::Day, ..)
                    ) =>
                {
                    match self.eval(n) {
                        Some(
                            (Val::Date(y, Some(m), Some(d)), a) | (Val::Time(y, m, d, _, _), a),
                        ) if y != i32::MIN => Some((Val::Time(y, m, d, tod, z), a)),
                        _ => None,
                    }
                }
                _ => None,
            };
        // "on Boxing Day in 2004": the holiday of the year said right after
        let in_year = match (c.expr, next.map(|n| n.expr)) {
            (Expr::Md(m, d, None), Some(Expr::Abs(Val::Date(y, None, None)))) => {
                Some((Val::Date(y, Some(m), Some(d)), Anchor::Absolute))
            }
            (Expr::Holiday(h), Some(Expr::Abs(Val::Date(y, None, None)))) if h != 9 => {
                holiday_day(h, y).map(|x| (Self::with_tod(x, None), Anchor::Absolute))
            }
            (Expr::Thanksgiving, Some(Expr::Abs(Val::Date(y, None, None)))) => {
                holiday_day(2, y).map(|x| (Self::with_tod(x, None), Anchor::Absolute))
            }
            // "the Fourth of July concert next year": the holiday of the year
            // told just after it
            (
                Expr::Holiday(_) | Expr::Md(_, _, None) | Expr::MdNamed(..),
                Some(Expr::Rel(Base::Dct, n, Unit::Year, Unit::Year)),
            ) if n != 0 && c.expr != Expr::Holiday(9) && next.is_some_and(|x| x.s <= c.e + 2) => {
                let day = |y| match c.expr {
                    Expr::Holiday(h) => holiday_day(h, y),
                    Expr::Md(m, d, _) | Expr::MdNamed(m, d) => ymd(y, m, d),
                    _ => None,
                };
                match next.and_then(|n| self.eval(n)) {
                    Some((Val::Date(y, None, None), a)) => {
                        day(y).map(|x| (Self::with_tod(x, None), a))
                    }
                    _ => None,
                }
            }
            // "the Lunar New Year on Feb. 17": the year it falls on that day
            (Expr::Holiday(_) | Expr::Thanksgiving, Some(Expr::Md(m, d, None)))
                if next.is_some_and(|n| n.s <= c.e + 1) =>
            {
                let h = match c.expr {
                    Expr::Holiday(h) => h,
                    _ => 2,
                };
                self.dct.and_then(|t| {
                    let y0 = t.year();
                    [y0, y0 + 1, y0 - 1]
                        .into_iter()
                        .find(|&y| super::rules::holiday_md(h, y) == (m, d))
                        .map(|y| (Val::Date(y, Some(m), Some(d)), Anchor::Dct))
                })
            }
            // "the season runs from June 1 through Nov. 30", said in
            // September: a span still running is this year's, not the next
            (Expr::Md(m, d, tod), Some(Expr::Md(m2, d2, _)))
                if c.tense.future() && next.is_some_and(|n| n.ctx.link == Link::RangeEnd) =>
            {
                self.dct.and_then(|t| {
                    [t.year(), t.year() - 1].into_iter().find_map(|y| {
                        let start = ymd(y, m, d)?;
                        let end = ymd(y + i32::from((m2, d2) < (m, d)), m2, d2)?;
                        (start <= t && t <= end).then(|| (Self::with_tod(start, tod), Anchor::Dct))
                    })
                })
            }
            // "for the fourth straight day on Saturday": that day ("for the
            // second straight month in November": that month)
            (Expr::NthUnit(Unit::Day), Some(Expr::Wd(..) | Expr::Md(..))) => {
                match next.and_then(|n| self.eval(n)) {
                    Some((v @ Val::Date(_, Some(_), Some(_)), a)) => Some((v, a)),
                    _ => None,
                }
            }
            // (not "its weakest month since February")
            (Expr::NthUnit(Unit::Month), Some(Expr::M(_)))
                if next.is_some_and(|n| n.tense != Tense::Before) =>
            {
                match next.and_then(|n| self.eval(n)) {
                    Some((v @ Val::Date(_, Some(_), None), a)) => Some((v, a)),
                    _ => None,
                }
            }
            // "Three years later, in 1997, the band split up": the year said
            (
                Expr::Rel(Base::Ref, _, Unit::Year, Unit::Year) | Expr::Later(_, Unit::Year, ..),
                Some(Expr::Abs(v @ Val::Date(_, None, None))),
            ) if next.is_some_and(|n| n.s <= c.e + 2 && n.ctx.sent == c.ctx.sent) => {
                Some((v, Anchor::Absolute))
            }
            _ => None,
        };
        let out = ahead
            .or(in_year)
            .or_else(|| self.eval(c))
            .unwrap_or_else(|| (fallback(&c.expr), Anchor::None));
        // (a day told ahead and after the DCT: not "told ministers Sunday
        // morning", on the Sunday, "that the government would send")
        if matches!(c.expr, Expr::Wd(..)) {
            let after_dct = matches!((ref_of(&out.0), self.dct), (Some((d, _)), Some(x)) if d > x);
            self.wd_ahead_sent = (c.tense.future() && after_dct).then_some(c.ctx.sent);
        }
        // "in the three months ended June 30 ... a year earlier": a quarter
        // told by its end
        let three_months_ended = match (c.expr, next) {
            (Expr::Free(Val::Dur(Some(30), Unit::Month)), Some(n)) if n.s == c.e + 1 => {
                match self.eval(n) {
                    Some((Val::Date(y, Some(m @ (3 | 6 | 9 | 12)), Some(30 | 31)), _)) => {
                        Some(Val::Quarter(y, m / 3))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        // (a quarter told by its end month is the calendar's: a fiscal
        // quarter named before it stays the report's)
        let by_end = three_months_ended.is_some() || matches!(c.expr, Expr::QuarterEnding(_));
        let reported = match three_months_ended.or(Some(out.0)) {
            // (a fiscal quarter's label runs ahead of the calendar: the
            // report's own)
            Some(Val::Quarter(y, q)) if matches!(c.expr, Expr::FiscalQuarter(_)) => Some((y, q)),
            Some(Val::Quarter(y, q))
                if (by_end && self.last_quarter.is_none()
                    || matches!(
                        c.expr,
                        Expr::Quarter(_)
                            | Expr::QuarterYear(..)
                            | Expr::Abs(_)
                            | Expr::LatestQuarter(0)
                    ))
                    && self.reported_quarter(y, q, c.tense) =>
            {
                Some((y, q))
            }
            _ => None,
        };
        if let Some((y, q)) = reported {
            // the report is about its latest quarter: "after a flat second quarter"
            // in a third-quarter report is background
            if self.last_quarter.is_none_or(|last| (y, q) > last) {
                self.last_quarter = Some((y, q));
            }
            if self.last_quarter == Some((y, q)) {
                self.quarter_sent = Some(c.ctx.sent);
            }
            self.annual = false;
        }
        if let (
            Expr::Abs(_) | Expr::Md(..) | Expr::MdWd(..) | Expr::MdYear(..),
            Val::Date(y, Some(m), Some(d)),
        ) = (c.expr, out.0)
        {
            // (bounded: a long text keeps its latest few)
            if self.told_days.len() == 64 {
                self.told_days.remove(0);
            }
            self.told_days.push((m, d, y));
        }
        // (a season of a year too, but a winter, astride two: "In the fall
        // of 2001, when the GameCube arrived on Nov. 18")
        // (or a year told back: "That year, ...", "Two years later, ...")
        if c.ctx.frame
            && let (
                Expr::Abs(_) | Expr::Same(_) | Expr::Rel(..) | Expr::Later(..),
                Val::Date(y, None, None) | Val::Season(y, 0..=2),
            ) = (c.expr, out.0)
        {
            self.frame_year = Some((c.ctx.sent, y));
        }
        // ("In 2005 it lost $1.6 billion and recently the company reported
        // ... a decline for the month of July": a present-day word ends the
        // frame)
        if let Val::Ref(_) = out.0 {
            self.frame_year = None;
        }
        if let Val::Decade(d) = out.0 {
            self.last_decade = Some((d, c.ctx.sent));
        }
        // "the first nine months", "the latest six months": a longer period
        if let Val::Dur(Some(60 | 90), Unit::Month) = out.0 {
            self.annual = true;
        }
        // "three weeks earlier" than a known day is a known day, though said
        // as a week: "the previous day" then counts from it
        // (not "next week", a calendar week)
        let exact = match c.expr {
            Expr::Rel(base, n, u @ (Unit::Day | Unit::Week), _) if base != Base::Dct => {
                match self.base_of(base) {
                    Some((b, Unit::Day)) => shift(b, n, u).map(|d| (d, Unit::Day)),
                    _ => None,
                }
            }
            // ("the week ending Feb. 10 ... the week before": its day)
            Expr::MonthWeek(m, 0, Some(d), year) => year
                .or_else(|| self.year_for_month(m, Some(d), c.tense))
                .and_then(|y| ymd(y, m, d))
                .map(|d| (d, Unit::Day)),
            _ => None,
        };
        // a history's "On December 7 (December 8 in Asia), 1941, ...": the
        // year said apart keeps the day it completes
        let restates_year = |r: RefT| {
            self.narrative
                && self.refd.is_some_and(|(d, g)| {
                    r.1 == Unit::Year
                        && rank(g) < rank(Unit::Year)
                        && d.year() == r.0.year()
                        && self.ref_sent == c.ctx.sent
                })
        };
        // "her husband said Tuesday": the day the story was told does not
        // replace a story told years before ("... hearings in 1981. ... Her
        // testimony that spring"), nor does a bare clock time that found no
        // day of that story ("she would come home at midnight")
        // (a clock time that found that story's day goes on with it: "the
        // crash at 1:50 a.m. on May 24, 2015 ... arrived around 9 p.m.")
        let found_story = matches!(
            (ref_of(&out.0), self.refd),
            (Some((d, Unit::Day)), Some((r, Unit::Day))) if (d - r).num_days().abs() <= 1
        );
        let told_when = (c.ctx.attrib || matches!(c.expr, Expr::TimeOnly(..)) && !found_story)
            && !self.narrative
            && matches!(
                (self.refd, self.dct),
                (Some((r, _)), Some(d)) if r.year() < d.year() - 1 && !self.ref_from_dct
            );
        // "lifting off on Friday morning, the agency said on Monday", "cut
        // 524,000 jobs in December, the department said Friday": the time
        // told is the story's, not the day it was told
        let told_after_story =
            c.ctx.attrib && !self.narrative && self.ref_sent == c.ctx.sent && self.refd.is_some();
        // (a clock time on "the following Monday" leaves the reference to
        // it: "until 7am the following Monday" counts from the day before)
        // ("by 5 p.m. the following day")
        let day_after_told = ahead.is_some()
            && next.is_some_and(|n| {
                matches!(
                    n.expr,
                    Expr::RefWeekday(..) | Expr::Rel(Base::Ref, ..) | Expr::Later(..)
                )
            });
        if !matches!(c.expr, Expr::Free(_))
            && !c.ctx.passing
            && !day_after_told
            && !told_when
            && !told_after_story
            && let Some(r) = ref_of(&out.0)
            && !restates_year(r)
        {
            // (a day said after its clock time keeps it: "at 1:50 a.m. on
            // May 24, 2015")
            let same_day = self.ref_sent == c.ctx.sent
                && self.refd == Some(r)
                && matches!(self.ref_tod, Some(Tod::Hm(..)));
            self.ref_week_day = exact.is_some() && r.1 == Unit::Week;
            self.refd = Some(exact.filter(|_| r.1 == Unit::Week).unwrap_or(r));
            self.ref_sent = c.ctx.sent;
            // ("800 years ago" is no year a story is told in)
            self.ref_rel_year = matches!(
                c.expr,
                Expr::Rel(Base::Dct | Base::Ago, n, Unit::Year, Unit::Year) if n.abs() <= 10
            );
            self.ref_year_ago =
                matches!(c.expr, Expr::Rel(Base::Ago | Base::Ref, -1, Unit::Year, _));
            self.ref_from_dct = out.1 == Anchor::Dct && matches!(c.expr, Expr::Rel(..));
            self.ref_abs = matches!(c.expr, Expr::Abs(_));
            self.ref_quoted = c.ctx.quoted;
            self.ref_aside = c.ctx.aside;
            self.ref_tod = match out.0 {
                Val::Time(_, _, _, t, _) => Some(t),
                _ if same_day => self.ref_tod,
                _ => None,
            };
            self.ref_half = match out.0 {
                Val::Half(_, h) => Some(h),
                _ => None,
            };
            if let Some((d, Unit::Day)) = self.refd {
                self.last_day = Some((d, c.ctx.sent));
                self.last_day_ahead = c.tense.future();
            }
        }
        if c.kind == TimexType::Set {
            self.set_sent = Some((c.ctx.sent, c.ctx.quoted));
        }
        if c.kind != TimexType::Set && matches!(c.expr, Expr::Free(Val::SetWeekday(..))) {
            self.vague_day_sent = Some(c.ctx.sent);
        }
        self.prev_sent = c.ctx.sent;
        out
    }

    /// The year of holiday `h` the tense picks, from year y: a holiday
    /// already past is next year's in a future sentence, one still ahead
    /// last year's in a past one (news only).
    /// (One gone by less than a week is still that one: "returns from its
    /// Thanksgiving recess on Monday".)
    fn holiday_year_by_tense(&self, h: u8, y: i32, tense: Tense) -> i32 {
        match (self.dct, self.narrative, holiday_day(h, y)) {
            (Some(dct), false, Some(day))
                if tense.future()
                    && day
                        .checked_add_days(chrono::Days::new(7))
                        .is_some_and(|d| d < dct) =>
            {
                y + 1
            }
            // (not one a day or two ahead: "prices eased over the Labor Day
            // weekend" on the Sunday before)
            (Some(dct), false, Some(day))
                if tense.past()
                    && dct
                        .checked_add_days(chrono::Days::new(2))
                        .is_some_and(|d| day > d) =>
            {
                y - 1
            }
            _ => y,
        }
    }

    /// The past day told in the sentence before, or two back when the one
    /// between told a time too (a coarser date or a span: "The quake struck
    /// on Friday. An aftershock followed 12 minutes later."): the day a past
    /// clock time or part of a day is on.
    fn told_day_past(&self, c: &Cand) -> Option<NaiveDate> {
        let (d, s) = self.last_day?;
        let gap = self.cur_sent.wrapping_sub(s);
        // (not past a time told since in this sentence that holds no such
        // day: "... to May 22, 2020. This year, deputies attended the
        // opening meeting at 9 a.m.")
        let moved = match self.refd {
            Some((r, g)) if self.ref_sent == self.cur_sent && s != self.cur_sent => match g {
                Unit::Year => r.year() != d.year(),
                Unit::Month => (r.year(), r.month()) != (d.year(), d.month()),
                _ => false,
            },
            _ => false,
        };
        if moved {
            return None;
        }
        // (a story told on in the past perfect over a few sentences with no
        // other date keeps its day: "on the evening of 9 January. [...] [...]
        // Kofi had been walking home at around 7.45pm")
        let untouched =
            self.ref_sent == s && self.refd.is_some_and(|(r, g)| r == d && g == Unit::Day);
        // (not the time words were said at: "said on a call at 8:30 a.m.")
        (!self.narrative
            && !c.ctx.attrib
            && c.tense.past()
            && (gap <= 1
                || gap == 2 && self.prev_sent == self.cur_sent.wrapping_sub(1)
                || gap <= 4 && untouched && c.tense <= Tense::PastPerfect
                // (or a clock time of the story's, the one day told, a few
                // sentences on: "... at about 2 a.m. on Sunday, Jan. 6. [...]
                // Singh called 911 at 2:07 a.m.")
                || gap <= 4
                    && untouched
                    && c.tense.past()
                    && matches!(c.expr, Expr::TimeOnly(Tod::Hm(..), _))
                // (a clock time, the day before the DCT still the last day
                // told: a story of last night's meeting "which ended shortly
                // after 11 p.m.")
                || gap <= 4
                    && matches!(c.expr, Expr::TimeOnly(Tod::Hm(..), _))
                    && self.dct.and_then(|x| x.pred_opt()) == Some(d))
            && self.dct.is_some_and(|x| d <= x))
        .then_some(d)
    }

    /// Quoted speech dated in its own sentence long before the DCT ("On
    /// March 16, 2020, the governor said, \"Today we close ...\""): its
    /// "today" and "this week" are that date's.
    fn quote_base(&self, c: &Cand) -> Option<RefT> {
        let (r, g) = self.refd?;
        let dct = self.dct?;
        (c.ctx.quoted
            && !self.narrative
            && self.ref_abs
            && self.ref_sent == self.cur_sent
            && rank(g) <= rank(Unit::Month)
            && r + chrono::Days::new(31) < dct)
            .then_some((r, g))
    }
}

/// The day of holiday `h` (see `rules::holiday_md`) in year y.
fn holiday_day(h: u8, y: i32) -> Option<NaiveDate> {
    let (m, d) = super::rules::holiday_md(h, y);
    NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
}

/// The n-th weekday wd (1 = Monday) of month m of year y, the last for n = -1.
fn nth_weekday(y: i32, m: u8, n: i8, wd: u8) -> Option<NaiveDate> {
    let wd = chrono::Weekday::try_from(wd.checked_sub(1)?).ok()?;
    if n < 0 {
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        let last = ymd(ny, nm, 1)?.pred_opt()?;
        let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        return last.checked_sub_days(Days::new(u64::from(back)));
    }
    NaiveDate::from_weekday_of_month_opt(y, u32::from(m), wd, u8::try_from(n).ok()?)
}

/// Value used when an expression cannot be anchored (no DCT, no reference).
fn fallback(e: &Expr) -> Val {
    match *e {
        Expr::M(m)
        | Expr::MonthYear(m, _)
        | Expr::RelMonth(m, _)
        | Expr::RefMonth(m, _)
        | Expr::MonthRef(m) => Val::XMonth(m),
        Expr::Md(m, d, _) | Expr::MdWd(m, d, _) | Expr::MdRef(m, d) | Expr::MdYear(m, d, _) => {
            Val::XMonthDay(m, d)
        }
        Expr::DayOfMonth(d) => Val::XMonthDay(0, d),
        Expr::Wd(d, _)
        | Expr::RelWeekday(d, _, _)
        | Expr::RefWeekday(d, _, _)
        | Expr::WeekWeekday(d, _) => Val::SetWeekday(d, None),
        _ => Val::Ref("XXXX-XX-XX"),
    }
}
