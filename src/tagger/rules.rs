//! Recursive-descent matchers over tokens. Each matcher consumes tokens from a
//! start index and returns an unresolved candidate (`Expr`) with its token span.

use super::TimexType;
use super::lexicon::{Lex, Part, Unit};
use super::scan::{Kind, Tok};
use super::value::{Tod, Val};

/// Day of November of US Thanksgiving (fourth Thursday).
pub fn thanksgiving(y: i32) -> u8 {
    use chrono::Datelike;
    let first = chrono::NaiveDate::from_ymd_opt(y, 11, 1)
        .map(|d| d.weekday().num_days_from_monday() as u8)
        .unwrap_or(0);
    // Thursday = 3
    let first_thu = 1 + (3 + 7 - first) % 7;
    first_thu + 21
}

/// Month of a floating holiday (see `Expr::Holiday`); Easter's is April, the
/// month that decides its year.
pub fn holiday_month(h: u8) -> u8 {
    match h {
        4 => 11,
        5 => 9,
        7..=9 | 12 | 21..=23 | 25 | 26 => 4,
        20 | 24 => 3,
        10 => 10,
        11 => 6,
        13 | 14 => 11,
        15 => 5,
        16 => 6,
        17 | 27 => 2,
        18 => 1,
        19 => 10,
        _ => 5,
    }
}

/// The n-th weekday `wd` (0 = Monday) of month m in year y, as a day of the month.
fn nth_weekday(y: i32, m: u8, wd: u8, n: u8) -> u8 {
    use chrono::Datelike;
    let first = chrono::NaiveDate::from_ymd_opt(y, u32::from(m), 1)
        .map(|d| d.weekday().num_days_from_monday() as u8)
        .unwrap_or(0);
    1 + (7 + wd - first) % 7 + 7 * (n - 1)
}

/// Month and day of a holiday in year y: 1 Christmas, 2 Thanksgiving, 3 New
/// Year's Day, the
/// `Expr::Holiday` ones (Easter Sunday 7, Easter Monday 8, Good Friday 12:
/// the Gregorian computus, anonymous algorithm; 9, Easter week, is dated by
/// its Sunday; 10 Halloween, 11 Juneteenth, 13 Black Friday, 14 Cyber Monday;
/// counted from Easter: 20 Ash Wednesday, 21 Palm Sunday, 22 Maundy Thursday,
/// 23 Holy (Easter) Saturday, 24 Shrove Tuesday / Mardi Gras; 26 Orthodox
/// Easter).
pub fn holiday_md(h: u8, y: i32) -> (u8, u8) {
    match h {
        1 => return (12, 25),
        2 => return (11, thanksgiving(y)),
        3 => return (1, 1),
        10 => return (10, 31),
        11 => return (6, 19),
        // Black Friday and Cyber Monday: the day after Thanksgiving, the
        // Monday after
        13 => return (11, thanksgiving(y) + 1),
        14 => {
            let d = thanksgiving(y) + 4;
            return if d > 30 { (12, d - 30) } else { (11, d) };
        }
        // Mother's Day, Father's Day (US), Presidents' Day, Martin Luther
        // King Jr. Day, Columbus Day, Patriots' Day
        15 => return (5, nth_weekday(y, 5, 6, 2)),
        16 => return (6, nth_weekday(y, 6, 6, 3)),
        17 => return (2, nth_weekday(y, 2, 0, 3)),
        18 => return (1, nth_weekday(y, 1, 0, 3)),
        19 => return (10, nth_weekday(y, 10, 0, 2)),
        // Patriots' Day (Massachusetts, Maine): the third Monday of April
        25 => return (4, nth_weekday(y, 4, 0, 3)),
        26 => return orthodox_easter(y),
        // (outside the table's years only its month is known)
        27 => return lunar_new_year(y).unwrap_or((2, 1)),
        7..=9 | 12 | 20..=24 => {}
        _ => return (holiday_month(h), holiday(h, y)),
    }
    let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let hh = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - hh - k).rem_euclid(7);
    let m = (a + 11 * hh + 22 * l) / 451;
    let month = (hh + l - 7 * m + 114) / 31;
    let day = (hh + l - 7 * m + 114) % 31 + 1;
    let sunday = chrono::NaiveDate::from_ymd_opt(y, month as u32, day as u32);
    let before = |n: u64| sunday.and_then(|d| d.checked_sub_days(chrono::Days::new(n)));
    let date = match h {
        8 => sunday.and_then(|d| d.succ_opt()),
        // Good Friday
        12 => before(2),
        20 => before(46),
        21 => before(7),
        22 => before(3),
        23 => before(1),
        24 => before(47),
        _ => sunday,
    };
    use chrono::Datelike;
    date.map_or((4, 1), |d| (d.month() as u8, d.day() as u8))
}

/// The Lunar (Chinese) New Year's day of 1950–2033, as a day of the year
/// (January 21 to February 20), from the Hong Kong Observatory's calendar.
const LUNAR_NEW_YEAR: [u8; 84] = [
    48, 37, 27, 45, 34, 24, 43, 31, 49, 39, 28, 46, 36, 25, 44, 33, 21, 40, 30, 48, 37, 27, 46, 34,
    23, 42, 31, 49, 38, 28, 47, 36, 25, 44, 33, 51, 40, 29, 48, 37, 27, 46, 35, 23, 41, 31, 50, 38,
    28, 47, 36, 24, 43, 32, 22, 40, 29, 49, 38, 26, 45, 34, 23, 41, 31, 50, 39, 28, 47, 36, 25, 43,
    32, 22, 41, 29, 48, 37, 26, 44, 34, 23, 42, 31,
];

/// The Lunar New Year's month and day in year y, within the table's years.
pub fn lunar_new_year(y: i32) -> Option<(u8, u8)> {
    let d = *LUNAR_NEW_YEAR.get(usize::try_from(y - 1950).ok()?)?;
    Some(if d > 31 { (2, d - 31) } else { (1, d) })
}

/// Orthodox Easter in year y: the Julian computus (Meeus), moved to the
/// Gregorian calendar.
fn orthodox_easter(y: i32) -> (u8, u8) {
    let (a, b, c) = (y.rem_euclid(4), y.rem_euclid(7), y.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // the Julian calendar's lag behind the Gregorian (13 days in 1900-2099)
    let lag = y.div_euclid(100) - y.div_euclid(400) - 2;
    use chrono::Datelike;
    chrono::NaiveDate::from_ymd_opt(y, month as u32, day as u32)
        .and_then(|j| j.checked_add_days(chrono::Days::new(lag.max(0) as u64)))
        .map_or((4, 15), |g| (g.month() as u8, g.day() as u8))
}

/// Day of a floating holiday in year y: Election Day (the Tuesday after the
/// first Monday of November), Labor Day (first Monday of September),
/// Memorial Day (last Monday of May).
pub fn holiday(h: u8, y: i32) -> u8 {
    use chrono::Datelike;
    let m = holiday_month(h);
    let first = chrono::NaiveDate::from_ymd_opt(y, m as u32, 1)
        .map(|d| d.weekday().num_days_from_monday() as u8)
        .unwrap_or(0);
    let first_mon = 1 + (7 - first) % 7;
    match h {
        4 => first_mon + 1,
        5 => first_mon,
        _ => first_mon + if first_mon + 28 <= 31 { 28 } else { 21 },
    }
}

/// What the relative expression is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Dct,
    /// DCT, from an "N units ago" phrase.
    Ago,
    Ref,
}

/// Unresolved expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expr {
    /// Needs no resolution.
    Abs(Val),
    /// Not anchored (durations, sets, PRESENT_REF...).
    Free(Val),
    /// Month and day without year.
    Md(u8, u8, Option<Tod>),
    /// Month and day without year naming something ("the Jan. 6 attack",
    /// "the June 1 deadline"): the day of that date told earlier, if any.
    MdNamed(u8, u8),
    /// Month and day without year, said with its weekday ("Monday, June
    /// 17", "24 February, a Thursday"): the weekday tells the year.
    MdWd(u8, u8, u8),
    /// Month without year.
    M(u8),
    Season(u8),
    Quarter(u8),
    Half(u8),
    /// "the new year": the coming year late in the year, else the DCT's.
    NewYear,
    /// "the quarter", "the latest quarter", shifted by n years ("the year-ago quarter").
    LatestQuarter(i32),
    /// "this quarter": the report's quarter, else the DCT's ("Treasuries
    /// have lost 2.3 percent this quarter").
    ThisQuarter,
    /// "the previous quarter", "the prior quarter": the one before the
    /// reported quarter.
    QuarterBefore,
    /// Weekday, optional time of day.
    Wd(u8, Option<Tod>),
    /// today (0), yesterday (-1), tomorrow (+1), with optional time of day.
    Day(i32, Option<Tod>),
    /// Clock time / part of day on the current date.
    TimeOnly(Tod, bool),
    /// n units from base; `gran` is the output granularity.
    Rel(Base, i32, Unit, Unit),
    /// last (-1) / this (0) / next (+1) September.
    RelMonth(u8, i8),
    RelSeason(u8, i8),
    /// "Monday last week" (-1), "Friday next week" (+1): the weekday of the
    /// DCT's week shifted by n weeks.
    WeekWeekday(u8, i8),
    /// "the following spring", "the previous winter": relative to the
    /// reference time (the DCT when there is none).
    RefSeason(u8, i8),
    /// "the following May", "the previous April": relative to the reference
    /// time (the DCT when there is none).
    RefMonth(u8, i8),
    /// "that autumn": the season in the reference time's year.
    SeasonRef(u8),
    /// A weekday from the DCT: -1 the last one, 0 this week's, 1 the next
    /// one, 2 "Thursday week" (a week after the coming one), 3 "next
    /// Tuesday week".
    RelWeekday(u8, i8, Option<Tod>),
    RelWeekend(i8),
    /// "that weekend": the one of the reference day's week.
    RefWeekend,
    /// Month in (DCT year + n).
    MonthYear(u8, i32),
    /// Month and day in (DCT year + n): "April 2 last year".
    MdYear(u8, u8, i32),
    QuarterYear(u8, i32),
    /// A fiscal quarter with no year ("its fiscal second quarter"): the
    /// DCT's year's, as TimeBank labels it, and the report's quarter.
    FiscalQuarter(u8),
    SeasonYear(u8, i32),
    /// "the past year": in news the previous calendar unit (unit, count,
    /// shift unit, granularity); in narrative text a one-unit duration.
    PastUnit(Unit, i32, Unit, Unit),
    /// "three days later": in narrative text the date that far after the
    /// reference (extent with "later"); in news TimeBank marks only the
    /// duration "three days" (the caller drops "later"), as for an
    /// hour-counted "two hours earlier". Duration amount and unit, then the
    /// shift (amount, unit, granularity).
    Later(Option<u32>, Unit, i32, Unit, Unit),
    /// "the quarter ended Sept. 30": the quarter ending in that month.
    QuarterEnding(u8),
    /// "the last week of March" (-1), "the second week of May" (2), "the week
    /// of March 6" (0, day): month, which week, day, explicit year.
    MonthWeek(u8, i8, Option<u8>, Option<i32>),
    /// "the same week a year ago", "the same month last year": the unit of
    /// the time just told in the sentence (else the DCT's) a year back.
    SameLastYear(Unit),
    /// "the same weekend last year": the weekend of that week a year back.
    SameWeekendLastYear,
    /// "the second Sunday of December" (2), "the last Monday in May" (-1):
    /// month, which one, weekday (1 = Monday), explicit year.
    NthWeekday(u8, i8, u8, Option<i32>, Option<Tod>),
    /// "the last weekend of December": month, which one, explicit year.
    NthWeekend(u8, i8, Option<i32>),
    /// "the previous Friday", "the following Monday": relative to the
    /// reference day (the DCT when there is none); direction 0, "that
    /// Friday", is the one in the reference day's week.
    RefWeekday(u8, i8, Option<Tod>),
    /// "the second consecutive day": in news the current unit (dropped in
    /// narrative text, where it counts days of a campaign).
    NthUnit(Unit),
    /// "the 1988 period" / "the 1988 quarter": the reported quarter of that
    /// year in a quarterly report, else the year.
    YearPeriod(i32),
    /// "the same period last year": the reference period one year back.
    SamePeriodLastYear,
    /// "(end) the day": the reference day, or the DCT when the reference is coarser.
    TheDay,
    /// "Thirty years ago tonight": that part of the day, n units from the DCT.
    AgoPart(i32, Unit, Part),
    /// "the turn of the century": the last century's turn before the DCT
    /// (2000 from the 1990s on, when news spoke of the one ahead).
    CenturyTurn,
    /// The reference time as known ("at that time").
    RefTime,
    /// A shift set against a plan, after the time it moves ("arrives on
    /// November 11, three days later than planned"): that time, as told
    /// just before in the sentence; else the shift's duration.
    AsTold(Val),
    /// "on the 27th": that day of the reference month (the DCT's in news).
    DayOfMonth(u8),
    /// Month in the reference time's year ("that December").
    MonthRef(u8),
    /// Month and day in the reference time's year ("January 24 of that year").
    MdRef(u8, u8),
    /// A holiday (see `holiday_md`) of the DCT's year plus n: "Thanksgiving
    /// Day last year", "Easter next year".
    HolidayYear(u8, i32),
    /// "by midweek": the week whose middle is the nearest one the tense
    /// allows (this week's, the next one's from Thursday on in the future).
    Midweek,
    /// "overnight": the night before the DCT, or the coming one in a
    /// future sentence ("results are expected overnight").
    Overnight,
    /// Thanksgiving without a year.
    Thanksgiving,
    /// "last Thanksgiving", "next Christmas": 1 Christmas, 2 Thanksgiving,
    /// the most recent before / the first after the DCT (0: the DCT's year).
    RelHoliday(u8, i8),
    /// A US holiday on a weekday of a month without a year: 4 Election Day,
    /// 5 Labor Day, 6 Memorial Day; 7 Easter Sunday, 8 Easter Monday, 9 Easter week.
    Holiday(u8),
    /// A weekday just before (-1) or after (+1) a holiday ("the Saturday
    /// before Christmas").
    WdHoliday(u8, u8, i8),
    /// Reference time at the unit's granularity ("that year", "the same day").
    Same(Unit),
    /// A part of the day n days from the reference ("the next morning").
    RefDayPart(i32, Part),
    /// A part of the reference day ("that evening" -> `…TEV`); said with
    /// "that"/"same" (true) it points back however far the day was told.
    SamePart(Part, bool),
}

/// What the words around an expression say about when it lies, from
/// certainly before the DCT to certainly after it; the order is the
/// timeline's, so `t < Tense::None` reads "in the past".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tense {
    /// Before the DCT whatever else is said ("their worst day since November").
    Before,
    /// A past perfect ("had taken"): a story told back from its own past.
    PastPerfect,
    Past,
    #[default]
    None,
    Future,
    /// After the DCT whatever else is said ("Soybeans for November delivery").
    After,
}

impl Tense {
    pub fn past(self) -> bool {
        self < Tense::None
    }

    pub fn future(self) -> bool {
        self > Tense::None
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Cand {
    /// Token span [s, e).
    pub s: usize,
    pub e: usize,
    pub expr: Expr,
    pub kind: TimexType,
    pub tense: Tense,
    /// Where it stands in the text (set by the caller; empty from the
    /// matcher).
    pub ctx: Context,
}

/// What the text around a candidate says of it, set by the caller that
/// walks the sentences.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// Sentence number.
    pub sent: u32,
    /// Opens its sentence as a frame ("In 2017, ...").
    pub frame: bool,
    /// Named in passing, not a time the text moves to: a comparison's
    /// baseline ("the largest cavalry battle since 1813") or a noun's
    /// participle ("documents found in 2004 proved ...").
    pub passing: bool,
    /// A quarter's results follow ("fourth-quarter earnings").
    pub results: bool,
    /// Inside double quotes.
    pub quoted: bool,
    /// Dates a reporting verb ("her husband said Tuesday"): when the story
    /// was told, not a time it moves to.
    pub attrib: bool,
    /// Inside a relative clause set off by commas ("de Klerk, who conceded
    /// defeat last Monday night, sat ..."): the rest of its sentence is not
    /// told on its day.
    pub aside: bool,
    /// A "will" before it in its clause, outside quotes ("A memorial service
    /// will be held at 2 p.m. Saturday"): the text's own future.
    pub will: bool,
    /// How it follows the expression just before it in its sentence.
    pub link: Link,
    /// Part of a routine its sentence states ("open Tuesday to Sunday from
    /// 10 a.m., and until 8 p.m. on Thursdays"): no particular day.
    pub routine: bool,
}

/// How an expression follows the one just before it in its sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Link {
    #[default]
    None,
    /// Ends a range from a day just told ("from Monday to Thursday", "Oct.
    /// 23-25"): the first such day after its start.
    RangeEnd,
    /// A second day in a list ("Tuesday and Friday"): after the first when
    /// the week allows.
    ListNext,
    /// An apposition ("June 22, 2014, a warm Sunday evening"): that day
    /// itself.
    Apposition,
}

struct Core {
    e: usize,
    expr: Expr,
    kind: TimexType,
    the_ok: bool,
}

/// A two-digit year ("'24", "6/19/24"): this century up to 50, else the last.
fn two_digit_year(y: u32) -> i32 {
    if y <= 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// Days the news names by their date alone ("the Sept. 11 attacks").
fn named_event_year(m: u8, d: u8) -> Option<i32> {
    match (m, d) {
        (9, 11) => Some(2001),
        (1, 6) => Some(2021),
        (10, 7) => Some(2023),
        _ => None,
    }
}

/// A month and day, with or without its year ("Oct. 26", "1 November last
/// year", "2 March that year", "19 June 2024"): what a weekday before it can
/// name ("Saturday 1 November last year").
fn is_day_of_month(e: Expr) -> bool {
    matches!(
        e,
        Expr::Md(..)
            | Expr::MdYear(..)
            | Expr::MdRef(..)
            | Expr::Abs(Val::Date(_, Some(_), Some(_)))
    )
}

/// A month and day without year keeps the weekday said with it.
fn with_weekday(e: Expr, wd: u8) -> Expr {
    match e {
        Expr::Md(m, d, None) => Expr::MdWd(m, d, wd),
        e => e,
    }
}

fn core(e: usize, expr: Expr, kind: TimexType, the_ok: bool) -> Option<Core> {
    Some(Core {
        e,
        expr,
        kind,
        the_ok,
    })
}

use TimexType::{Date as D, Duration as DU, Set as SE, Time as TI};

/// Past reporting verbs: after the expression ("..., Castro said") they say
/// nothing about its tense.
fn reporting(w: &[u8]) -> bool {
    matches!(
        w,
        b"said"
            | b"told"
            | b"announced"
            | b"added"
            | b"reported"
            | b"warned"
            | b"confirmed"
            | b"insisted"
            | b"explained"
            | b"noted"
            | b"wrote"
            | b"tweeted"
            | b"stated"
            | b"declared"
            | b"claimed"
            | b"argued"
            | b"predicted"
    )
}

/// Words that put a nearby expression in the future ("will", "scheduled", "due").
fn future_cue(w: &[u8]) -> bool {
    matches!(
        w,
        b"will"
            | b"shall"
            | b"ll"
            | b"tomorrow"
            | b"next"
            | b"plans"
            | b"plan"
            | b"scheduled"
            | b"expected"
            | b"expects"
            | b"upcoming"
            | b"planned"
            | b"might"
            | b"planning"
            | b"until"
            | b"soon"
            | b"due"
            | b"resume"
            | b"begin"
            | b"intends"
            | b"hopes"
            | b"going"
            | b"should"
            | b"deadline"
            | b"slated"
            | b"pencilled"
            | b"penciled"
            | b"poised"
            | b"likely"
            | b"aims"
            | b"payable"
            | b"expect"
    )
}

/// Present tenses of scheduled happenings ("the leaders meet Monday"): ahead,
/// unless an infinitive ("to meet demand").
fn scheduled(w: &[u8]) -> bool {
    matches!(
        w,
        b"meet"
            | b"meets"
            | b"arrives"
            | b"departs"
            | b"visits"
            | b"begins"
            | b"resumes"
            | b"opens"
            | b"starts"
            | b"travels"
            | b"heads"
            | b"votes"
            | b"runs"
            | b"lasts"
            | b"ends"
            | b"expires"
            | b"closes"
            | b"airs"
            | b"hosts"
            | b"faces"
            | b"hears"
            | b"reconvenes"
            | b"returns"
            | b"announces"
            | b"publishes"
            | b"holds"
            | b"unveils"
            | b"launches"
            | b"delivers"
            | b"presents"
            | b"decides"
            | b"testifies"
            | b"convenes"
            | b"reopens"
            | b"kicks"
            | b"takes"
            | b"appears"
            | b"shuts"
            | b"plays"
            | b"leaves"
            | b"flies"
            | b"concludes"
            | b"premieres"
            | b"debuts"
            | b"welcomes"
            | b"sits"
            | b"swims"
            | b"races"
            | b"competes"
            | b"fights"
            | b"rides"
            | b"sails"
    )
}

/// Plural presents of scheduled happenings, a fixture only after their
/// subject ("voters go to the polls on Sunday").
fn plural_scheduled(w: &[u8]) -> bool {
    matches!(
        w,
        b"vote"
            | b"host"
            | b"play"
            | b"face"
            | b"go"
            | b"head"
            | b"travel"
            | b"visit"
            | b"open"
            | b"start"
            | b"return"
            | b"gather"
            | b"kick"
            | b"report"
            | b"take"
            | b"break"
            | b"run"
            | b"close"
            | b"reopen"
    )
}

/// Words before a month that make it one ("in May", "since March",
/// "mid-March"), not the verb or the name.
fn before_month(l: Lex) -> bool {
    matches!(
        l,
        Lex::In
            | Lex::Since
            | Lex::Until
            | Lex::By
            | Lex::From
            | Lex::During
            | Lex::Early
            | Lex::Late
            | Lex::Mid
            | Lex::Of
            | Lex::Through
            | Lex::Before
            | Lex::After
            | Lex::To
    )
}

/// Verbs with a year as subject: "As 2023 draws to a close", "2024 promises
/// to be ..." (not counted things like "2024 workers").
const YEAR_VERBS: [&str; 13] = [
    "draws", "promises", "marks", "ends", "begins", "starts", "brings", "looks", "comes", "proves",
    "sees", "knows", "stands",
];

/// Plural nouns of things a year has ("its 2024 results", "the 2022
/// midterms"): after them a number is a year, not a count.
const YEAR_NOUNS: &[&str] = &[
    "requirements",
    "appeals",
    "targets",
    "models",
    "results",
    "earnings",
    "sales",
    "elections",
    "figures",
    "accounts",
    "profits",
    "revenues",
    "deliveries",
    "forecasts",
    "estimates",
    "highs",
    "lows",
    "levels",
    "emissions",
    "protests",
    "riots",
    "attacks",
    "bombings",
    "floods",
    "polls",
    "midterms",
    "championships",
    "playoffs",
    "finals",
    "budgets",
    "returns",
    "financials",
    "statistics",
];

/// Nouns after "today's" that name something of that day ("today's
/// editions"), not of the present age ("today's youth").
const DAY_NOUNS: &[&str] = &[
    "edition",
    "editions",
    "paper",
    "papers",
    "newspaper",
    "issue",
    "meeting",
    "session",
    "vote",
    "game",
    "match",
    "race",
    "election",
    "announcement",
    "decision",
    "talks",
    "quiz",
    "show",
    "program",
    "programme",
    "broadcast",
    "trading",
    "hearing",
    "verdict",
    "agreement",
    "deal",
    "ceremony",
    "deadline",
    "statement",
    "speech",
    "rally",
    "ruling",
    "summit",
    "events",
    "protest",
    "attack",
    "launch",
    "agenda",
    "report",
    "news",
    "headlines",
    "visit",
    "strike",
    "service",
    "mass",
    "parade",
    "procession",
    "celebrations",
    "wedding",
    "funeral",
    "final",
];

pub struct Matcher<'a> {
    pub t: &'a [Tok],
    pub b: &'a [u8],
}

fn unit_of(l: Lex) -> Option<(Unit, bool)> {
    match l {
        Lex::U(u, p) => Some((u, p)),
        Lex::Quarter => Some((Unit::Quarter, false)),
        Lex::Year => Some((Unit::Year, false)),
        Lex::Century => Some((Unit::Century, false)),
        _ => None,
    }
}

fn gran_of(u: Unit) -> (i32, Unit) {
    // (multiplier, unit for shifting/granularity)
    match u {
        Unit::Fortnight => (2, Unit::Week),
        u => (1, u),
    }
}

impl<'a> Matcher<'a> {
    #[inline]
    fn lex(&self, i: usize) -> Lex {
        match self.t.get(i) {
            Some(t) => t.lex,
            None => Lex::Nil,
        }
    }
    #[inline]
    fn punct(&self, i: usize, c: u8) -> bool {
        matches!(self.t.get(i), Some(t) if t.k == Kind::Punct(c))
    }
    /// A '.' at i that ends a sentence: not a decimal point, an
    /// abbreviation before a lower-case word, the point of a title or of
    /// "vs." ("the Roe vs. Wade decision", "Ms. Le Pen") nor a clock's
    /// "p.m." before its zone.
    pub fn full_stop(&self, i: usize) -> bool {
        const ABBR: [&str; 16] = [
            "vs", "v", "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col",
            "sgt", "capt", "prof",
        ];
        if !self.punct(i, b'.') {
            return false;
        }
        // "Birmingham, Ala., killed": an abbreviation's point before a comma
        // or a lower-case word
        let ends = match self.t.get(i + 1) {
            None => true,
            Some(n) => n.nl || (n.sp && (n.cap || n.k != Kind::Word)),
        };
        ends && !(i > 0
                && self.adj(i)
                && self.t[i - 1].e - self.t[i - 1].s <= 4
                && ABBR.iter().any(|w| self.word_is(i - 1, w)))
            // "2 p.m. ET on Thursday", "8 a.m. Seoul time": a zone follows
            // the clock's point
            && !(i > 0
                && self.word_is(i - 1, "m")
                && (matches!(self.lex(i + 1), Lex::Zone(_))
                    || self.word_is(i + 2, "time")
                    || self.spelled_zone(i + 1)))
            // "on Sept. 6": a month's point before its day
            && !(i > 0
                && self.adj(i)
                && matches!(self.lex(i - 1), Lex::MonthAbbr(_))
                && self.t.get(i + 1).is_some_and(|t| t.k == Kind::Num && !t.nl))
            // "Darnell R. Whitcomb": a middle initial
            && !(i > 1
                && self.adj(i)
                && self.t[i - 1].e - self.t[i - 1].s == 1
                && self.t[i - 1].cap
                && self.t[i - 2].cap
                && self.t[i - 2].k == Kind::Word
                && self.t[i - 2].e - self.t[i - 2].s > 1
                && self.t.get(i + 1).is_some_and(|t| t.cap && t.k == Kind::Word && !t.nl))
    }
    /// "Intel will report fourth-quarter results on Thursday": the results
    /// of a quarter (one that has ended when they come out).
    pub fn results_of_quarter(&self, s: usize, e: usize) -> bool {
        const RESULTS: [&str; 12] = [
            "results", "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues",
            "sales", "figures", "numbers", "data",
        ];
        if e <= s || self.lex(e - 1) != Lex::Quarter {
            return false;
        }
        // ("will report results for the fourth quarter on Feb. 24")
        if s >= 2 && self.word_is(s - 1, "for") && RESULTS.iter().any(|w| self.word_is(s - 2, w)) {
            return true;
        }
        // ("fourth-quarter and full-year results")
        let mut k = e;
        while k < e + 5
            && (self.lex(k) == Lex::And
                || self.punct(k, b'-')
                || [
                    "full", "year", "annual", "fiscal", "gdp", "growth", "economic", "trade",
                ]
                .iter()
                .any(|w| self.word_is(k, w)))
        {
            k += 1;
        }
        RESULTS.iter().any(|w| self.word_is(k, w))
    }

    /// A word of a game in the sentence around token i ("scored in the
    /// second half", "the first half ended goalless").
    fn sports_clause(&self, i: usize) -> bool {
        const GAME: [&str; 33] = [
            "points",
            "trailed",
            "possession",
            "tries",
            "assists",
            "yards",
            "interception",
            "fumble",
            "buzzer",
            "penalty",
            "penalties",
            "goal",
            "goals",
            "goalless",
            "scored",
            "scoring",
            "striker",
            "halftime",
            "match",
            "touchdown",
            "touchdowns",
            "inning",
            "innings",
            "quarterback",
            "rebounds",
            "header",
            "equaliser",
            "equalizer",
            "referee",
            "wicket",
            "wickets",
            "kick",
            "kickoff",
        ];
        // a score ("led 2-0") is a game's too
        // (not a market's "0.2 percentage points", "25 basis points")
        let game = |k: usize| {
            GAME.iter().any(|w| self.word_is(k, w))
                && !(k > 0
                    && self.word_is(k, "points")
                    && ["percentage", "basis"]
                        .iter()
                        .any(|w| self.word_is(k - 1, w)))
                || self.punct(k, b'-')
                    && k > 0
                    && self.adj(k)
                    && self.adj(k + 1)
                    && matches!(self.num(k - 1), Some((0..=20, 1 | 2)))
                    && matches!(self.num(k + 1), Some((0..=20, 1 | 2)))
                    && !(k >= 2 && self.word_is(k - 2, "a"))
        };
        let mut k = i;
        while k > 0 && i - k < 25 {
            k -= 1;
            if self.full_stop(k) || self.t[k + 1].nl {
                break;
            }
            if game(k) {
                return true;
            }
        }
        (i + 1..(i + 25).min(self.t.len()))
            .take_while(|&k| !self.full_stop(k) && !self.t[k].nl)
            .any(game)
    }

    /// "overnight" at i names the night before (not "the overnight rate",
    /// "an overnight stay", "overnight-only", "overnight losses").
    fn overnight_is_time(&self, i: usize, the: bool) -> bool {
        if the || self.punct(i + 1, b'-') || i > 0 && self.lex(i - 1) == Lex::A && !self.t[i].nl {
            return false;
        }
        // "a town was born almost overnight": suddenly
        if i > 0
            && ["almost", "virtually", "practically", "nearly", "seemingly"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            return false;
        }
        // "the company's business changed overnight", "it won't happen
        // overnight", "Rome wasn't built overnight": suddenly
        let sudden = |k: usize| {
            let w = self.text(k);
            [
                &b"chang"[..],
                b"happen",
                b"transform",
                b"disappear",
                b"vanish",
                b"evaporat",
                b"became",
                b"become",
                b"built",
                b"solv",
            ]
            .iter()
            .any(|p| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p))
        };
        if self.back_find(i, 5, b",;", sudden).is_some() {
            return false;
        }
        const FUNCTION: [&str; 24] = [
            "and", "or", "as", "when", "from", "in", "at", "on", "after", "before", "to", "with",
            "by", "for", "along", "near", "outside", "inside", "into", "across", "through", "amid",
            "while", "but",
        ];
        !self.t.get(i + 1).is_some_and(|n| {
            n.k == Kind::Word
                && n.sp
                && !n.nl
                && n.lex == Lex::Nil
                && !n.cap
                && !FUNCTION.iter().any(|w| self.word_is(i + 1, w))
        })
    }

    /// A two-digit "70s" that is no decade: an age ("over-40s", "in their
    /// 70s and 80s"), a temperature ("highs in the 90s") or a level ("in the
    /// low 70s", "the mid-70s percent range").
    fn unlikely_decade(&self, s: usize, e: usize) -> bool {
        let Some(k) = (s..e).find(|&k| self.t[k].k == Kind::Num) else {
            return false;
        };
        if self.text(k).len() != 2 || k > 0 && self.punct(k - 1, b'\'') {
            return false;
        }
        // a price: "push WTI into the $60s"
        if k > 0 && self.punct(k - 1, b'$') {
            return true;
        }
        let before = |w: &str| (1..=2).any(|d| k >= d && self.word_is(k - d, w));
        if ["over", "under", "low", "lower", "upper", "high", "higher"]
            .iter()
            .any(|w| before(w))
        {
            return true;
        }
        if [
            "degrees",
            "percent",
            "per",
            "fahrenheit",
            "celsius",
            "f",
            "c",
        ]
        .iter()
        .any(|w| self.word_is(e, w))
            || self.punct(e, b'%')
        {
            return true;
        }
        // an age or a temperature told in the clause before
        let mut j = k;
        while j > 0 && k - j < 12 {
            j -= 1;
            if self.full_stop(j) || self.punct(j, b';') {
                break;
            }
            // ("in his late 20s or early 30s")
            if k - j <= 7
                && ["his", "her", "their", "its", "aged", "ages"]
                    .iter()
                    .any(|w| self.word_is(j, w))
                || [
                    "temperature",
                    "temperatures",
                    "degrees",
                    "highs",
                    "lows",
                    "thermometer",
                    "heat",
                ]
                .iter()
                .any(|w| self.word_is(j, w))
            {
                return true;
            }
        }
        false
    }

    /// The nearest "a.m."/"p.m." in the 40 tokens before i is a "p.m." on
    /// an hour up to two before `h`: "left at 8:19 p.m. ... crashed at
    /// 8:31".
    fn pm_told_before(&self, i: usize, h: u8) -> bool {
        for k in (i.saturating_sub(40)..i).rev() {
            let pm = self.word_is(k, "pm")
                || self.word_is(k, "p") && self.punct(k + 1, b'.') && self.word_is(k + 2, "m");
            let am = self.word_is(k, "am")
                || self.word_is(k, "a") && self.punct(k + 1, b'.') && self.word_is(k + 2, "m");
            if am {
                return false;
            }
            if pm {
                // the hour: "8 p.m." or "8:19 p.m."
                let hk = if k >= 3 && self.punct(k - 2, b':') {
                    k - 3
                } else {
                    k.wrapping_sub(1)
                };
                return self.num(hk).is_some_and(|(h0, _)| {
                    (1..=11).contains(&h0) && h0 <= u32::from(h) && u32::from(h) <= h0 + 2
                });
            }
        }
        false
    }

    /// Token k is the auxiliary of a present perfect ("has", "have").
    fn has_have(&self, k: usize) -> bool {
        self.word_is(k, "has") || self.word_is(k, "have")
    }

    /// Token j is a past reporting verb ("said", "Told").
    fn is_reporting(&self, j: usize) -> bool {
        let mut buf = [0u8; 12];
        self.lower(j, &mut buf).is_some_and(reporting)
    }

    /// Token j lower-cased into `buf` (no allocation), if it fits: the form
    /// the verb lists (`reporting`, `scheduled`, `future_cue`) are matched on.
    fn lower<'b>(&self, j: usize, buf: &'b mut [u8; 12]) -> Option<&'b [u8]> {
        let w = self.text(j);
        if w.len() > buf.len() {
            return None;
        }
        for (d, c) in buf.iter_mut().zip(w) {
            *d = c.to_ascii_lowercase();
        }
        Some(&buf[..w.len()])
    }

    /// "FY25", "FY2025" at j (India's "Q2 FY25"): the fiscal year and the
    /// end of the expression.
    fn fiscal_year_after(&self, j: usize) -> Option<(i32, usize)> {
        if self.lex(j) != Lex::Fiscal || !self.word_is(j, "fy") || !self.near(j) {
            return None;
        }
        match self.num(j + 1) {
            Some((y, 2)) if self.adj(j + 1) => Some((2000 + y as i32, j + 2)),
            Some((y @ 1900..=2099, 4)) if self.adj(j + 1) => Some((y as i32, j + 2)),
            _ => None,
        }
    }

    /// "be reached", "be located" at j: an attempt told ("could not be
    /// reached Wednesday"), not a possibility ahead.
    fn attempt_made(&self, j: usize) -> bool {
        self.word_is(j, "be")
            && ["reached", "located", "contacted", "found", "seen"]
                .iter()
                .any(|w| self.word_is(j + 1, w))
    }

    /// ", with results expected soon": an absolute clause opens at j; its
    /// verb is not the sentence's.
    fn absolute_clause(&self, j: usize) -> bool {
        self.punct(j, b',') && self.word_is(j + 1, "with")
    }

    /// The expression [s, e) dates a reporting verb right before it ("her
    /// husband said Tuesday", "told reporters on Monday").
    pub fn attribution(&self, s: usize, e: usize) -> bool {
        let k = if s > 0 && self.lex(s - 1) == Lex::On {
            s - 1
        } else {
            s
        };
        // ("declared Monday and Tuesday public holidays", "declared Friday a
        // day of mourning": the day is what was declared)
        let declared_day = self.word_is(k.wrapping_sub(1), "declared")
            && (matches!(self.lex(e), Lex::A | Lex::And | Lex::Or) || self.word_is(e, "as"));
        // ("reported first-half profit": the period reported on)
        let reported_period = e >= 2
            && self.punct(e - 2, b'-')
            && self
                .t
                .get(e)
                .is_some_and(|t| t.k == Kind::Word && !t.cap && t.lex == Lex::Nil);
        k > 0
            && !declared_day
            && !reported_period
            && (self.is_reporting(k - 1)
                || k > 1 && self.word_is(k - 1, "reporters") && self.word_is(k - 2, "told"))
    }

    /// A clock time in its reporting verb's clause ("said on a call with
    /// analysts at 8:30 a.m."): when the words were said.
    pub fn said_at(&self, s: usize) -> bool {
        let mut k = s;
        while k > 0 && s - k < 9 {
            k -= 1;
            if matches!(self.t[k].k, Kind::Punct(b',' | b'.' | b';' | b'"')) {
                return false;
            }
            // (not "reported hearing a loud boom shortly after 8 a.m.": what
            // was heard)
            // (nor what a reported clause tells: "told the jury he rang 999
            // at 1.42am")
            // (nor a passive's, the story's own act: "The vote was
            // announced shortly before 6 a.m.")
            // (nor an act done to a thing: "Networks declared a PC majority
            // at 9:47 p.m.", "confirmed the death at 6 p.m.")
            if self.is_reporting(k) {
                let act = matches!(self.lex(k + 1), Lex::A | Lex::The)
                    && k + 2 < s
                    && ![
                        "statement",
                        "call",
                        "briefing",
                        "conference",
                        "release",
                        "post",
                    ]
                    .iter()
                    .any(|w| self.word_is(k + 2, w) || self.word_is(k + 3, w));
                return !act
                    && !self.text(k + 1).ends_with(b"ing")
                    && !(k > 0 && (self.word_is(k - 1, "was") || self.word_is(k - 1, "were")))
                    && !(k + 2..s).any(|x| {
                        ["he", "she", "they", "we", "i"]
                            .iter()
                            .any(|w| self.word_is(x - 1, w))
                            && !["had", "was", "were"].iter().any(|w| self.word_is(x, w))
                            && self.verb_tense(x, false) == Tense::Past
                    });
            }
        }
        false
    }

    /// A clock time quoting a market ("shares jumped 24 percent to $40.88
    /// at 10:15 a.m. in New York"): the day the story is told.
    pub fn quote_at(&self, s: usize, e: usize) -> bool {
        let (mut market, mut trading) = (false, false);
        for k in self.back_in_sentence(s, 16, b"") {
            market |= [
                "shares",
                "stock",
                "stocks",
                "index",
                "futures",
                "dow",
                "nasdaq",
                "crude",
                "treasuries",
                "yields",
            ]
            .iter()
            .any(|w| self.word_is(k, w));
            // ("Stocks rose in morning trading ... by 10:30 a.m.")
            trading |= self.word_is(k, "trading");
        }
        market
            && (trading
                || self.word_is(e, "trading")
                || self.word_is(e, "in") && self.t.get(e + 1).is_some_and(|t| t.cap)
                // ("Crude fell 1% by 11:05 a.m. EST": a quote's zone)
                || e > s && matches!(self.lex(e - 1), Lex::Zone(_)))
    }

    /// "will" among the twelve tokens before s in its clause (a clock time's
    /// points count).
    pub(super) fn will_before(&self, s: usize) -> bool {
        self.word_back(s, 12, b",;\"", &["will"])
    }

    /// The expression [s, e) is named in passing: see `Cand::passing`.
    pub fn passing(&self, s: usize, e: usize) -> bool {
        self.baseline(s)
            || self.in_participle(s, e)
            || self.title_year(s, e)
            || self.compared(s)
            || self.document_date(s)
    }

    /// The date of a document a story cites: "according to a police
    /// affidavit filed Tuesday", "according to court papers unsealed on
    /// Monday" (the story's own time goes on past it).
    fn document_date(&self, s: usize) -> bool {
        let v = if s > 1 && self.lex(s - 1) == Lex::On {
            s - 2
        } else {
            s.wrapping_sub(1)
        };
        s > 0
            && self.text(v).ends_with(b"ed")
            && [
                "filed",
                "released",
                "issued",
                "published",
                "unsealed",
                "obtained",
                "dated",
            ]
            .iter()
            .any(|w| self.word_is(v, w))
            && self.word_back(v, 8, b";", &["according"])
    }

    /// A comparison's other term: "up 20.6% from last year", "shorter than
    /// last year's", "compared with last year".
    fn compared(&self, s: usize) -> bool {
        s > 0
            // (not an amount's "more than 14 hours ago")
            && (self.word_is(s - 1, "than")
                && !["more", "less", "fewer", "no", "rather", "longer"]
                    .iter()
                    .any(|w| self.word_is(s.wrapping_sub(2), w))
                || (self.word_is(s - 1, "from") || self.word_is(s - 1, "with"))
                    && self.word_back(
                        s - 1,
                        8,
                        b";",
                        &[
                            "up", "down", "compared", "grew", "rose", "fell", "increased",
                            "decreased", "jumped", "climbed", "dropped", "declined",
                        ],
                    ))
    }

    /// Inside a relative clause set off by commas before the sentence goes
    /// on: "de Klerk, who conceded defeat last Monday night, sat in the
    /// front row as the sitting opened at 10 a.m." (the clause's day is not
    /// the main clause's).
    pub fn aside(&self, s: usize, e: usize) -> bool {
        let opened = self
            .back_find(s, 12, b",;", |k| {
                self.word_is(k, "who") || self.word_is(k, "which")
            })
            .is_some_and(|k| k >= 2 && self.punct(k - 1, b','));
        opened
            && (e..(e + 14).min(self.t.len()))
                .take_while(|&k| !self.full_stop(k) && !self.punct(k, b';'))
                .any(|k| {
                    self.punct(k, b',')
                        && self
                            .t
                            .get(k + 1)
                            .is_some_and(|t| t.k == Kind::Word && !t.cap)
                })
    }

    /// A year in brackets after a title: "the War on Terror (2003)",
    /// "Titanic (1997)" dates the work cited, not the story.
    fn title_year(&self, s: usize, e: usize) -> bool {
        e == s + 1
            && s >= 2
            && self.punct(s - 1, b'(')
            && self.punct(e, b')')
            && self.t[s].k == Kind::Num
            && self.t[s - 2].k == Kind::Word
            && self.t[s - 2].cap
    }

    /// "documents found in 2004 proved", "a study published in 2019, however,
    /// shows": a participle before, the sentence's verb right after.
    fn in_participle(&self, s: usize, e: usize) -> bool {
        if s < 2 || !self.word_is(s - 1, "in") || self.t[s - 2].cap {
            return false;
        }
        let w = self.text(s - 2);
        let participle = w.len() > 4 && w.ends_with(b"ed")
            || [
                "found", "made", "held", "written", "taken", "given", "built", "shown", "seen",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x.as_bytes()));
        if !participle || self.t[s - 2].k != Kind::Word {
            return false;
        }
        let mut j = e;
        while self.punct(j, b',')
            || ["however", "though", "also", "later"]
                .iter()
                .any(|x| self.word_is(j, x))
        {
            j += 1;
        }
        j < self.t.len()
            && self.near(j)
            && (self.verb_tense(j, false).past()
                || [
                    "shows", "show", "suggests", "suggest", "finds", "says", "reveals",
                ]
                .iter()
                .any(|x| self.word_is(j, x)))
    }

    /// The expression at s follows "since" after a superlative or a past
    /// perfect in its clause: "the largest cavalry battle since 1813", "the first time since
    /// 1961", "its highest level since March".
    fn baseline(&self, s: usize) -> bool {
        const SUPER: [&str; 6] = ["first", "worst", "best", "most", "least", "only"];
        // words in -est that are no superlatives
        const NOT: [&str; 24] = [
            "interest",
            "protest",
            "arrest",
            "forest",
            "request",
            "suggest",
            "invest",
            "contest",
            "harvest",
            "honest",
            "modest",
            "manifest",
            "digest",
            "attest",
            "detest",
            "behest",
            "conquest",
            "inquest",
            "southwest",
            "northwest",
            "midwest",
            "earnest",
            "unrest",
            "bequest",
        ];
        // ("since at least 1950")
        let s = if s >= 3
            && self.word_is(s - 1, "least")
            && self.word_is(s - 2, "at")
            && self.word_is(s - 3, "since")
        {
            s - 2
        } else {
            s
        };
        if s == 0 || !self.word_is(s - 1, "since") {
            return false;
        }
        let mut j = s - 1;
        while j > 0 && s - j < 14 {
            j -= 1;
            if self.full_stop(j) || self.punct(j, b';') || self.t[j].nl {
                return false;
            }
            let w = self.text(j);
            // ("had known about the risks since 2009": a flashback's start)
            if self.t[j].k == Kind::Word
                && (SUPER.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
                    || w.eq_ignore_ascii_case(b"had")
                    || w.len() > 5
                        && w.ends_with(b"est")
                        && !NOT.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes())))
            {
                return true;
            }
        }
        false
    }
    /// Token i directly follows token i-1 (no whitespace).
    #[inline]
    fn adj(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if !t.sp)
    }
    /// Token i continues token i-1 into one word: "9/11s", "4Q25x", "H1N1"
    /// (a trailing comma, stop or quote does not).
    #[inline]
    fn glued(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if !t.sp && matches!(t.k, Kind::Word | Kind::Num | Kind::Punct(b'/')))
    }
    /// Token k is a bare "week" closing a British "Thursday week": what
    /// follows ends the phrase ("on Thursday week, when ..."), not "Thursday
    /// week of protests", "Monday week-long".
    fn week_after(&self, k: usize) -> bool {
        self.nlex(k) == Lex::U(Unit::Week, false)
            && !self.t[k].cap
            && match self.t.get(k + 1) {
                None => true,
                Some(t) if t.nl => true,
                Some(t) => {
                    matches!(
                        t.k,
                        Kind::Punct(b'.' | b',' | b';' | b':' | b')' | b'!' | b'?')
                    ) && !(t.k == Kind::Punct(b'.') && self.adj(k + 1) && self.adj(k + 2))
                        || [
                            "and", "or", "at", "when", "to", "in", "with", "after", "before",
                            "but", "if",
                        ]
                        .iter()
                        .any(|w| self.word_is(k + 1, w))
                }
            }
    }
    /// Token i exists and is on the same line as token i-1.
    #[inline]
    fn near(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if !t.nl)
    }
    #[inline]
    fn nlex(&self, i: usize) -> Lex {
        if self.near(i) { self.lex(i) } else { Lex::Nil }
    }
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        match self.t.get(i) {
            Some(t) if t.k == Kind::Num => Some((t.num, t.e - t.s)),
            _ => None,
        }
    }
    #[inline]
    fn text(&self, i: usize) -> &'a [u8] {
        match self.t.get(i) {
            Some(t) => &self.b[t.s..t.e],
            None => b"",
        }
    }
    /// Token i is the word w (any case).
    #[inline]
    pub(super) fn word_is(&self, i: usize, w: &str) -> bool {
        // (lengths first: most calls fail there)
        matches!(self.t.get(i), Some(t) if t.e - t.s == w.len() && t.k == Kind::Word)
            && self.text(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// The capitalised words ending at i open their clause (a subject:
    /// "Morgan Stanley follows Wednesday", not "at his Miami relatives").
    fn name_opens_clause(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && self.t[k - 1].cap && self.t[k - 1].k == Kind::Word && i - k < 5 {
            k -= 1;
        }
        self.sentence_start(k) || self.punct(k - 1, b',')
    }

    /// "this morning" or "in the morning" at k (after an o'clock hour):
    /// the index after it.
    fn morning_after(&self, k: usize) -> Option<usize> {
        if self.word_is(k, "this") && self.word_is(k + 1, "morning") {
            Some(k + 2)
        } else if self.word_is(k, "in")
            && self.word_is(k + 1, "the")
            && self.word_is(k + 2, "morning")
        {
            Some(k + 3)
        } else {
            None
        }
    }

    /// The hour of "h o'clock" followed by token k: the afternoon's up to
    /// six, as news uses it ("3 o'clock"), unless a part of the day after it
    /// says which half.
    fn oclock_hour(&self, h: u32, k: usize) -> u32 {
        // ("at 5 o'clock on a Wednesday morning", "10 o'clock at night")
        match self
            .part_after(k, 5)
            .or_else(|| self.part_before(k.saturating_sub(4)))
        {
            Some(Part::Morning) => h,
            Some(_) if h < 12 => h + 12,
            _ if (1..=6).contains(&h) => h + 12,
            _ => h,
        }
    }

    /// A part of the day said just before token i in its clause ("Tonight
    /// at 9 o'clock", "that Sunday night at 10:56", "Thursday evening at
    /// 7:30").
    fn part_before(&self, i: usize) -> Option<Part> {
        self.back_in_sentence(i, 5, b",;")
            .take_while(|&k| !self.t[k + 1].nl)
            .find_map(|k| self.part_at(k))
    }

    /// A part of the day among the `n` words from token k, on its line.
    fn part_after(&self, k: usize, n: usize) -> Option<Part> {
        (k..k + n)
            .take_while(|&j| self.t.get(j).is_some_and(|t| t.k == Kind::Word && !t.nl))
            .find_map(|j| self.part_at(j))
    }

    /// The part of the day token k names ("evening", "tonight").
    fn part_at(&self, k: usize) -> Option<Part> {
        match self.lex(k) {
            Lex::Pod(p) => Some(p),
            Lex::Tonight => Some(Part::Night),
            _ => None,
        }
    }

    /// A clock time's hour with no a.m. or p.m., read in the part of the
    /// day said next to it ("Wednesday night at 7:30", "By 11:30 that
    /// night").
    fn hour_in_part(&self, i: usize, j: usize, h: u8) -> u8 {
        let pm = match self.part_after(j, 3).or_else(|| self.part_before(i)) {
            Some(Part::Afternoon) => h <= 6,
            Some(Part::Evening) => h >= 3,
            Some(Part::Night) => h >= 6,
            _ => false,
        };
        if pm && (1..=11).contains(&h) {
            h + 12
        } else {
            h
        }
    }

    /// Token i joins a span's start to its end: "to", "-" or a span word
    /// ("Oct. 23-25", "Tuesday to Sunday").
    pub(super) fn joins_span(&self, i: usize) -> bool {
        self.word_is(i, "to") || self.span_word(i) || self.punct(i, b'-')
    }

    /// Token i ends a span at the time after it: "through", "thru",
    /// "until", "till" ("runs through Friday", "from Monday until Thursday").
    pub(super) fn span_word(&self, i: usize) -> bool {
        ["through", "thru", "until", "till"]
            .iter()
            .any(|w| self.word_is(i, w))
    }

    /// A capitalised common time word inside a sentence is part of a name or
    /// title ("ABC's This Week", "60 Minutes", "High Noon", "VOA Today"), not
    /// a temporal expression. Month, weekday and holiday names are always
    /// capitalised and do not count; lines entirely in title case (headlines)
    /// are left alone.
    fn title_case(&self, s: usize, e: usize) -> bool {
        let common = |t: &Tok| {
            t.k == Kind::Word
                && t.cap
                && !matches!(
                    t.lex,
                    Lex::Month(_)
                        | Lex::MonthAbbr(_)
                        | Lex::Weekday(_)
                        | Lex::Weekdays(_)
                        | Lex::Holiday(_)
                        | Lex::Season(_)
                        | Lex::Nil
                        | Lex::Zone(_)
                        | Lex::Bc
                        | Lex::Ad
                        | Lex::Q
                        | Lex::H
                )
        };
        let Some(toks) = self.t.get(s..e) else {
            return false;
        };
        // counted names ("the Six-Day War", "the Seven Years War") are
        // annotated as durations by WikiWars; leave them
        if toks
            .iter()
            .any(|t| t.k == Kind::Num || matches!(t.lex, Lex::Num(_)))
        {
            return false;
        }
        // "New Year's Day", "Thanksgiving Day": a holiday's name is capitalised,
        // so is a day named after its date ("the Fourth of July")
        if matches!(toks[0].lex, Lex::Holiday(_))
            || toks
                .iter()
                .any(|t| matches!(t.lex, Lex::Month(_) | Lex::MonthAbbr(_)))
                && toks.iter().any(|t| matches!(t.lex, Lex::Ord(_)))
        {
            return false;
        }
        let first_ok = self.sentence_start(s) || !common(&toks[0]);
        // "Thanksgiving Day", "New Year's Day": part of the holiday's name
        let inner = toks
            .windows(2)
            .any(|w| common(&w[1]) && !matches!(w[0].lex, Lex::Holiday(_)));
        if first_ok && !inner {
            return false;
        }
        // headline: the previous word on the line is capitalised too
        let mut j = s;
        while j > 0 && !self.t[j].nl {
            j -= 1;
            let t = &self.t[j];
            if t.k == Kind::Word && !t.cap && t.e - t.s >= 2 {
                const SMALL: [&str; 13] = [
                    "of", "in", "to", "an", "and", "for", "on", "at", "by", "as", "the", "with",
                    "from",
                ];
                if !SMALL.iter().any(|w| self.word_is(j, w)) {
                    return true;
                }
            }
        }
        false
    }

    /// Token i starts a sentence (or a quotation / line).
    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 || self.t.get(i).is_some_and(|t| t.nl) {
            return true;
        }
        matches!(
            self.t.get(i - 1).map(|t| t.k),
            Some(Kind::Punct(
                b'.' | b'!'
                    | b'?'
                    | b'"'
                    | b'`'
                    | b'\''
                    | b':'
                    | b';'
                    | b'_'
                    | b'-'
                    | b'('
                    | b')'
                    | b'*'
                    | b'['
            ))
        )
    }

    /// Skip a '.' directly attached to token i-1; returns next index.
    fn dot(&self, i: usize) -> usize {
        if self.punct(i, b'.') && self.adj(i) {
            i + 1
        } else {
            i
        }
    }

    /// What may follow a bare day of the month ("on the 20th, ...", "on the
    /// 20th was", "the 13th to the 19th"): no word, or a function word.
    fn day_of_month_follows(&self, j: usize) -> bool {
        match self.t.get(j) {
            None => true,
            Some(t) if t.k != Kind::Word => true,
            Some(t) if t.nl => true,
            Some(_) => [
                "and",
                "or",
                "to",
                "through",
                "until",
                "till",
                "when",
                "at",
                "in",
                "was",
                "were",
                "is",
                "will",
                "but",
                "unless",
                "if",
                "after",
                "before",
                "because",
                "while",
                "respectively",
            ]
            .iter()
            .any(|w| self.word_is(j, w)),
        }
    }

    /// "Wed", "Thurs." (with an optional comma) at k: the token after it.
    /// Only used where a date must follow: "Sun", "Sat", "Wed" are words too.
    fn weekday_abbr(&self, k: usize) -> Option<usize> {
        let abbr = [
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        ];
        if !self.near(k) || !self.t[k].cap || !abbr.iter().any(|w| self.word_is(k, w)) {
            return None;
        }
        let a = self.dot(k + 1);
        Some(if self.punct(a, b',') { a + 1 } else { a })
    }

    /// After a month without year at j-1: "and"/"or"/"to"/"-" and a month
    /// (or day and month) with its year: that year and month.
    fn shared_year(&self, j: usize) -> Option<(i32, u8)> {
        if !(self.punct(j, b'-')
            || matches!(self.nlex(j), Lex::And | Lex::Or | Lex::To)
            || self.word_is(j, "through")
            || self.word_is(j, "until"))
        {
            return None;
        }
        let k = j + 1;
        if !self.near(k) {
            return None;
        }
        let c = match self.lex(k) {
            Lex::Month(m) => self.month_led(k, m, false)?,
            Lex::MonthAbbr(m) => self.month_led(k, m, true)?,
            _ if self.t[k].k == Kind::Num => self.num_led(k, false)?,
            _ => return None,
        };
        match c.expr {
            Expr::Abs(Val::Date(y, Some(m), _)) => Some((y, m)),
            _ => None,
        }
    }

    /// A capitalised word at j that is no time word: after a month or a
    /// weekday it makes a name ("June Carter", "the Sunday Times").
    fn name_follows(&self, j: usize) -> bool {
        self.t
            .get(j)
            .is_some_and(|n| n.k == Kind::Word && n.cap && n.sp && !n.nl && n.lex == Lex::Nil)
    }

    /// A BC marker at k ("BC", "BCE", "B.C.", "B.C"): the token after it.
    fn bc_at(&self, k: usize) -> Option<usize> {
        if !self.near(k) {
            return None;
        }
        if self.lex(k) == Lex::Bc {
            return Some(k + 1);
        }
        if self.word_is(k, "b")
            && self.t[k].cap
            && self.punct(k + 1, b'.')
            && self.adj(k + 1)
            && self.adj(k + 2)
            && self.word_is(k + 2, "c")
        {
            return Some(self.dot(k + 3));
        }
        None
    }

    /// Ordinal suffix "st"/"nd"/"rd"/"th" attached to a number at i-1.
    fn ord_suffix(&self, i: usize) -> usize {
        if self.adj(i) && self.t.get(i).is_some_and(|t| t.k == Kind::Word) {
            let w = self.text(i);
            if w.eq_ignore_ascii_case(b"st")
                || w.eq_ignore_ascii_case(b"nd")
                || w.eq_ignore_ascii_case(b"rd")
                || w.eq_ignore_ascii_case(b"th")
            {
                return i + 1;
            }
        }
        i
    }

    /// Tense hint of the word at j (past, future or none); `after`: the
    /// word follows the expression.
    /// "that" at i opens a clause ("warned that Tuesday would be ...",
    /// "said that Monday's meeting", "and that June had been the warmest"),
    /// the unit after it ending at e: no demonstrative.
    /// (A month or a season, which "that" names more often, needs both the
    /// verb before and the verb after: not "In 1990 that June was hot".)
    fn that_opens_clause(&self, i: usize, e: usize, both: bool) -> bool {
        let before = i > 0
            && (self.is_reporting(i - 1)
                || [
                    "warned", "says", "say", "said", "believe", "believes", "hope", "hopes",
                ]
                .iter()
                .any(|w| self.word_is(i - 1, w))
                || both && ["and", "but"].iter().any(|w| self.word_is(i - 1, w))
                // ("said on Thursday that ...")
                || matches!(self.lex(i - 1), Lex::Weekday(_) | Lex::Today | Lex::Yesterday)
                    && (i.saturating_sub(4)..i - 1).any(|k| self.is_reporting(k)));
        // ("said that summer bookings were up": the season names a noun's
        // kind, the clause goes on)
        let noun_after = self.t.get(e).is_some_and(|t| {
            t.k == Kind::Word && !t.cap && t.lex == Lex::Nil && self.text(e).ends_with(b"s")
        });
        let after = noun_after
            || [
                "will", "would", "could", "may", "might", "is", "was", "has", "had",
            ]
            .iter()
            .any(|w| self.word_is(e, w));
        // ("analysts noted that summer attendance has been uneven": verbs
        // that take a clause)
        let clause_verb = i > 0
            && [
                "noted",
                "notes",
                "found",
                "showed",
                "shows",
                "suggests",
                "suggested",
                "means",
                "meant",
                "argued",
                "thinks",
                "thought",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w));
        if both {
            before && after || clause_verb
        } else {
            i > 0 && (before || after || self.punct(e, b'\'') && self.adj(e))
        }
    }

    /// The tokens before `end`, nearest first, at most `n` of them, within
    /// the sentence: the scan stops at a full stop or at any of the marks
    /// `stops` (";" for a clause, "," for a phrase).
    fn back_in_sentence<'m>(
        &'m self,
        end: usize,
        n: usize,
        stops: &'m [u8],
    ) -> impl Iterator<Item = usize> + 'm {
        (end.saturating_sub(n)..end)
            .rev()
            .take_while(move |&k| !self.full_stop(k) && !stops.iter().any(|&p| self.punct(k, p)))
    }

    /// The nearest of the tokens `back_in_sentence(end, n, stops)` walks
    /// that `word` holds for, `word` holding only on words (no mark ends the
    /// scan there): it is tested first and the sentence's bounds only for
    /// the token found, since most expressions have no such word before them.
    fn back_find(
        &self,
        end: usize,
        n: usize,
        stops: &[u8],
        word: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let k = (end.saturating_sub(n)..end).rev().find(|&k| word(k))?;
        (k + 1..end)
            .all(|x| !self.full_stop(x) && !stops.iter().any(|&p| self.punct(x, p)))
            .then_some(k)
    }

    /// An adverb of habit a few words before i in its clause ("usually",
    /// "typically"): what follows is any year's.
    fn habitual_before(&self, i: usize) -> bool {
        self.word_back(
            i,
            8,
            b";",
            &[
                "usually",
                "typically",
                "normally",
                "traditionally",
                "generally",
            ],
        )
    }

    /// One of `words` among the tokens `back_in_sentence(end, n, stops)`
    /// walks.
    fn word_back(&self, end: usize, n: usize, stops: &[u8], words: &[&str]) -> bool {
        self.back_find(end, n, stops, |k| words.iter().any(|w| self.word_is(k, w)))
            .is_some()
    }

    /// A form of "spend" at j ("spent hours searching").
    fn spent(&self, j: usize) -> bool {
        ["spent", "spend", "spends", "spending"]
            .iter()
            .any(|w| self.word_is(j, w))
    }

    /// A relative clause closing at the comma c (", who have not won since
    /// 1990,") after a name or a plural noun: its subject comes before it.
    fn relative_clause_before(&self, c: usize) -> bool {
        self.back_in_sentence(c, 20, b"").any(|k| {
            k >= 2
                && (self.word_is(k, "who") || self.word_is(k, "which"))
                && self.punct(k - 1, b',')
                && self.t[k - 2].k == Kind::Word
                && (self.t[k - 2].cap || self.text(k - 2).ends_with(b"s"))
        })
    }

    fn verb_tense(&self, j: usize, after: bool) -> Tense {
        if self.t[j].k != Kind::Word || self.text(j).len() < 2 {
            return Tense::None;
        }
        // "at the Met on Tuesday", "Rose Byrne": a capital inside a
        // sentence is a name, not a verb
        if self.t[j].cap && !self.sentence_start(j) && self.lex(j - 1) == Lex::The {
            return Tense::None;
        }
        let mut buf = [0u8; 12];
        let Some(lw) = self.lower(j, &mut buf) else {
            return Tense::None;
        };
        // "were likely to spread on Monday": an infinitive has no tense
        // (its governing word decides)
        if j > 0
            && self.word_is(j - 1, "to")
            && (lw.ends_with(b"ed")
                || matches!(
                    lw,
                    b"spread"
                        | b"beat"
                        | b"hit"
                        | b"cut"
                        | b"put"
                        | b"shut"
                        | b"quit"
                        | b"cost"
                        | b"let"
                        | b"hurt"
                        | b"cast"
                        | b"burst"
                        | b"split"
                ))
        {
            return Tense::None;
        }
        match lw {
            w if after && reporting(w) => Tense::None,
            // "Saturday's game is sold out": a present passive
            b"sold" | b"held" | b"made" | b"closed" | b"scheduled" | b"planned" | b"set"
                if after && j > 0 && ["is", "are", "am"].iter().any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::None
            }
            // "won't": will not, no victory
            b"won" if self.punct(j + 1, b'\'') && self.word_is(j + 2, "t") => Tense::Future,
            // "vacation plans", "the plan": a noun says nothing; "plans to" does
            // "Cameron prepared to chair a meeting on Monday": a future
            // in the past
            // ("the hosts prepared for their game on Thursday night": the
            // game ahead)
            b"prepared" | b"preparing" | b"prepares"
                if self.word_is(j + 1, "to") || self.word_is(j + 1, "for") =>
            {
                Tense::Future
            }
            // "would train behind closed doors": an adjective
            _ if j > 0 && lw.ends_with(b"ed") && self.word_is(j - 1, "behind") => Tense::None,
            // "more than the first nine months of the year combined": a sum
            b"combined" if after => Tense::None,
            // "made the expected choice Thursday night": an adjective
            // ("hired fewer workers than expected in December": a comparison)
            b"expected"
                if j > 0
                    && ["the", "a", "an", "its", "their", "his", "her", "than", "as"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::None
            }
            // ("the city plans a victory parade on Wednesday")
            b"plans" | b"plan" if !["to", "a", "an"].iter().any(|w| self.word_is(j + 1, w)) => {
                Tense::None
            }
            // "a hastily planned trip" says nothing; "the government planned to
            // pay" is a past verb; "is planned for" a future
            b"planned"
                if after
                    && !(j > 0
                        && [
                            "is",
                            "are",
                            "be",
                            "being",
                            "been",
                            "s",
                            "the",
                            "a",
                            "now",
                            "previously",
                        ]
                        .iter()
                        .any(|w| self.word_is(j - 1, w))) =>
            {
                if self.word_is(j + 1, "to") {
                    Tense::Past
                } else {
                    Tense::None
                }
            }
            // "difficult for Sun to meet demand": an infinitive has no tense
            w if scheduled(w) && j > 0 && self.word_is(j - 1, "to") => Tense::None,
            // "won by 12 votes", "by 50 runs": nouns after a count; "Ford,
            // which holds a stake": a state, no fixture
            w if scheduled(w)
                && j > 0
                && (self.t[j - 1].k == Kind::Num
                    || matches!(self.lex(j - 1), Lex::Num(_))
                    || w == b"holds"
                        && ["which", "who", "that"]
                            .iter()
                            .any(|x| self.word_is(j - 1, x))) =>
            {
                Tense::None
            }
            // "South Africans vote on Wednesday", "Arsenal host Chelsea on
            // Sunday": a plural present after its subject is a fixture (not
            // "the vote", "Sunday's vote", "did not vote", "to vote")
            w if plural_scheduled(w) => {
                let subject = j > 0
                    && self.t[j - 1].k == Kind::Word
                    && (self.t[j - 1].cap
                        || self.text(j - 1).ends_with(b"s") && !self.text(j - 1).ends_with(b"ss"))
                    && !self.word_is(j - 1, "s")
                    // ("Friday's jobs report showed": a noun phrase)
                    && !(j >= 3 && self.word_is(j - 2, "s") && self.punct(j - 3, b'\''))
                    // ("Thanksgiving travel rose": a noun the date names)
                    && !matches!(
                        self.lex(j - 1),
                        Lex::Holiday(_) | Lex::Weekday(_) | Lex::Month(_) | Lex::Season(_)
                    )
                    && ![
                        "is", "was", "has", "does", "its", "his", "this", "as", "us", "yes", "the",
                    ]
                    .iter()
                    .any(|x| self.word_is(j - 1, x))
                    && !self.t[j].cap
                    // ("Liverpool, who have not won since 1990, travel to
                    // Southampton on Friday": the subject before its clause)
                    || j > 0
                        && !self.t[j].cap
                        && self.punct(j - 1, b',')
                        && self.relative_clause_before(j - 1)
                    // ("Tesla Inc. and Intel Corp. report Thursday")
                    || j > 1
                        && self.punct(j - 1, b'.')
                        && ["inc", "corp", "co", "ltd"]
                            .iter()
                            .any(|x| self.word_is(j - 2, x));
                if subject { Tense::Future } else { Tense::None }
            }
            // "when lawmakers convene in January": a gathering ahead, in
            // a clause of time
            b"convene" | b"reconvene" if j >= 2 && self.word_is(j - 2, "when") => Tense::Future,
            // "new rules take effect in January", "comes into force on
            // Monday": a change of law ahead
            b"take" | b"takes" if self.word_is(j + 1, "effect") => Tense::Future,
            b"come" | b"comes" | b"go" | b"goes"
                if self.word_is(j + 1, "into")
                    && ["force", "effect"].iter().any(|x| self.word_is(j + 2, x)) =>
            {
                Tense::Future
            }
            // "Walmart reports results on Thursday" (not "news reports", nor
            // the noun after a verb or a determiner: "had filed reports on
            // Saturday")
            b"reports"
                if !self.t[j].cap
                    && !(j > 0
                        && (self.text(j - 1).ends_with(b"ed")
                            || [
                                "the", "its", "their", "his", "her", "no", "any", "some", "made",
                            ]
                            .iter()
                            .any(|w| self.word_is(j - 1, w))))
                    && ([
                        "results",
                        "earnings",
                        "its",
                        "their",
                        "quarterly",
                        "first",
                        "second",
                        "third",
                        "fourth",
                        "fiscal",
                        "annual",
                        "full",
                        "retail",
                        "sales",
                        "figures",
                        "data",
                    ]
                    .iter()
                    .any(|w| self.word_is(j + 1, w))
                        // ("reports March retail sales on Tuesday")
                        || matches!(self.lex(j + 1), Lex::Month(_))
                        // ("Taiwan's biggest chipmaker reports on Thursday")
                        || self.word_is(j + 1, "on") && matches!(self.lex(j + 2), Lex::Weekday(_))) =>
            {
                Tense::Future
            }
            // "The Bank of England follows on Thursday" (not "follows a
            // meeting on Tuesday", "follows Monday's vote")
            b"follows"
                if self.word_is(j + 1, "on") && matches!(self.lex(j + 2), Lex::Weekday(_)) =>
            {
                Tense::Future
            }
            // "investors are bracing for a decision on Wednesday", "awaits
            // Friday's ruling": a present progressive or a wait looks ahead
            b"await" | b"awaits" | b"awaiting" => Tense::Future,
            // "the prime minister was to visit the region Monday": a plan
            b"was" | b"were"
                if !after
                    && self.word_is(j + 1, "to")
                    && self
                        .t
                        .get(j + 2)
                        .is_some_and(|t| t.k == Kind::Word && !t.cap && t.lex == Lex::Nil)
                    && !self.word_is(j + 2, "blame") =>
            {
                Tense::Future
            }
            // "Asked on Wednesday whether the drills would ...": a participle
            // opening the sentence is its past (capitals are otherwise no
            // verbs)
            b"asked" | b"pressed" | b"questioned" | b"contacted" | b"reached"
                if self.sentence_start(j) =>
            {
                Tense::Past
            }
            // "Ian is forecast to make landfall on Friday": a forecast of
            // what is ahead, not the irregular past
            b"forecast" | b"predicted" | b"projected"
                if self.word_is(j + 1, "to")
                    && j > 0
                    && ["is", "are", "was", "were", "been", "be"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::Future
            }
            // "Mother's Day falls on Sunday": a calendar's day ahead
            b"falls" if self.word_is(j + 1, "on") => Tense::Future,
            // "On Tuesday she turns 100": a birthday ahead
            b"turns" if self.t.get(j + 1).is_some_and(|t| t.k == Kind::Num) => Tense::Future,
            // "The office, set up in May, will publish ...": a participle's
            // past (not "is set up", "to set up", "will set up")
            b"set"
                if self.word_is(j + 1, "up")
                    && j > 0
                    && ![
                        "is", "are", "be", "been", "being", "to", "will", "would", "could",
                        "should", "must", "may", "might", "can",
                    ]
                    .iter()
                    .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::Past
            }
            // "announced a strike starting on Tuesday": the start of what is
            // announced
            // (not the start of a span told: "rain fell for 36 hours starting
            // Thursday evening")
            // ("Starting Monday, travelers ... will be required": opening
            // its sentence)
            b"starting" | b"beginning"
                if !after
                    && (self.word_is(j + 1, "on")
                        || self.word_is(j + 1, "from")
                        || matches!(self.lex(j + 1), Lex::Weekday(_)))
                    && (self.sentence_start(j)
                        || j > 0
                            && !matches!(self.lex(j - 1), Lex::U(..) | Lex::Num(_))
                            && self.t[j - 1].k == Kind::Word) =>
            {
                Tense::Future
            }
            // "what it calls a special operation": a name given now, no tense
            b"calls" | b"call" if j >= 2 && self.word_is(j - 2, "what") => Tense::None,
            // "heading into the weekend": what is ahead
            b"heading" if self.word_is(j + 1, "into") => Tense::Future,
            // "the fireworks are booked for Friday night", "slated for
            // Tuesday": an arrangement (a past one after "was")
            b"booked" | b"slated" | b"pencilled" | b"penciled" | b"targeted"
                if self.word_is(j + 1, "for") =>
            {
                if j > 0 && (self.word_is(j - 1, "was") || self.word_is(j - 1, "were")) {
                    Tense::Past
                } else {
                    Tense::Future
                }
            }
            // "firefighters braced for strong winds over the weekend"
            b"braced" | b"bracing" | b"braces" if self.word_is(j + 1, "for") => Tense::Future,
            // (not an ongoing "is continuing to try to sell itself, under a
            // June agreement")
            w if w.len() > 5
                && w.ends_with(b"ing")
                && j > 0
                && ["is", "are", "re"].iter().any(|x| self.word_is(j - 1, x))
                && !matches!(
                    w,
                    b"continuing"
                        | b"trying"
                        | b"seeking"
                        | b"considering"
                        | b"working"
                        | b"looking"
                        | b"being"
                        | b"facing"
                        | b"struggling"
                        | b"recovering"
                ) =>
            {
                Tense::Future
            }
            // "ahead of Thursday's vote": still to come
            // "postponed to Saturday", "rescheduled for Sunday": moved ahead
            // (not the length of a delay: "postponed for two months in
            // January")
            // ("put back the polls to June 7", "put off until May")
            b"put"
                if !after
                    && (self.word_is(j + 1, "back") || self.word_is(j + 1, "off"))
                    && j > 0
                    && !["is", "are", "be", "been"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::Future
            }
            b"postponed" | b"rescheduled" | b"deferred" | b"delayed" | b"pushed" | b"pushing"
            | b"postponing" | b"delaying"
                if !after
                    && (["to", "until", "till", "for"]
                        .iter()
                        .any(|w| self.word_is(j + 1, w))
                        // ("pushed back to Oct. 28"; not the day of the
                        // pushing: "was pushed back in June")
                        || self.word_is(j + 1, "back")
                            && !["in", "on", "last", "this", "earlier"]
                                .iter()
                                .any(|w| self.word_is(j + 2, w)))
                    && !(self.word_is(j + 1, "for")
                        && (self.t.get(j + 2).is_some_and(|t| t.k == Kind::Num)
                            || matches!(self.lex(j + 2), Lex::Num(_) | Lex::A | Lex::Fuzzy))) =>
            {
                Tense::Future
            }
            // "the festival was moved from late April to Oct. 23": a new date
            b"moved" | b"shifted"
                if !after
                    && j > 0
                    && ["was", "were", "been", "be", "is", "are"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w))
                    && ["to", "from", "forward", "back"]
                        .iter()
                        .any(|w| self.word_is(j + 1, w)) =>
            {
                Tense::Future
            }
            // (not "Stocks fell on Monday ahead of the Fed meeting")
            b"ahead" if !after && self.word_is(j + 1, "of") => Tense::Future,
            // "both parties look ahead to the November elections"
            b"ahead"
                if !after
                    && self.word_is(j + 1, "to")
                    && j > 0
                    && ["look", "looks", "looking", "looked"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::Future
            }
            // "could come on Friday", "may vote next week": a possibility
            // ahead (not "could not", "may have", the month May)
            // ("You can request an extension to Oct. 15")
            // ("may not be in place before Christmas": still ahead)
            b"could" | b"may" | b"can"
                if !self.t[j].cap
                    && !["have", "ve", "never", "only", "also"]
                        .iter()
                        .any(|w| self.word_is(j + 1, w))
                    && (lw == b"may" || !self.word_is(j + 1, "not"))
                    // "(neither ...) could be reached Wednesday": an attempt made
                    && !self.attempt_made(j + 1)
                    && self.t.get(j + 1).is_some_and(|t| t.k == Kind::Word) =>
            {
                Tense::Future
            }
            // "is set for Monday"; ", with a new round set for Monday": an
            // arrangement told beside the main clause
            b"set"
                if self.word_is(j + 1, "for")
                    && j > 0
                    && (["is", "are", "was", "were"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w))
                        // ("was originally set for Sept. 30")
                        || j > 1
                            && ["originally", "initially", "previously"]
                                .iter()
                                .any(|w| self.word_is(j - 1, w))
                            && ["was", "were"].iter().any(|w| self.word_is(j - 2, w))
                        || (j.saturating_sub(6)..j).any(|k| self.absolute_clause(k))) =>
            {
                if ["was", "were", "originally", "initially", "previously"]
                    .iter()
                    .any(|w| self.word_is(j - 1, w))
                {
                    Tense::Past
                } else {
                    Tense::Future
                }
            }
            // "..., followed by Citigroup later in the week" says nothing
            // (nor does "... in January, followed by spring numbers")
            // ("followed on Wednesday by ABC": the schedule's, no past)
            b"followed"
                if self.word_is(j + 1, "by")
                    || self.word_is(j + 1, "on")
                        && matches!(self.lex(j + 2), Lex::Weekday(_))
                        && self.word_is(j + 3, "by") =>
            {
                Tense::None
            }
            // "would be traveling to the United States Thursday", "could vote
            // as early as Tuesday", "must be signed by Wednesday"; not "would
            // have", "could not"... said of the past
            // ("would have to act by Friday": an obligation ahead)
            // ("the court would not sit on Thanksgiving Day": a plan
            // still, not "would not have")
            // "the would-be buyer": an adjective
            b"would" if self.punct(j + 1, b'-') => Tense::None,
            b"would" | b"must"
                if !["have", "ve", "not", "never", "hardly", "only"]
                    .iter()
                    .any(|w| self.word_is(j + 1, w))
                    || ["not", "never"].iter().any(|w| self.word_is(j + 1, w))
                        && !self.word_is(j + 2, "have")
                    || self.word_is(j + 1, "have") && self.word_is(j + 2, "to") =>
            {
                Tense::Future
            }
            // "could have happened in July", "than it would have in July": a
            // conditional of the past (not "should have power back by
            // Saturday", "would have to act")
            b"would" | b"could" | b"might" | b"should"
                if self.word_is(j + 1, "have")
                    && (self.t.get(j + 2).is_some_and(|t| {
                        t.k == Kind::Word
                            && (self.text(j + 2).ends_with(b"ed")
                                || ["been", "done", "had", "gone", "seen", "taken", "made"]
                                    .iter()
                                    .any(|w| self.word_is(j + 2, w)))
                    }) || self.word_is(j + 2, "in")
                        && matches!(self.nlex(j + 3), Lex::Month(_) | Lex::MonthAbbr(_))) =>
            {
                Tense::Past
            }
            // "hoped to hold a vote as early as Wednesday", "urged patients
            // to call on Monday": a hope or an appeal is of what is ahead
            // (not the day of the appeal itself: "On Thursday, the president
            // urged Congress to ...")
            // ("had hoped to return this summer": a hope of the past)
            b"hoped" | b"hoping" | b"hope"
                if !after
                    && self.word_is(j + 1, "to")
                    && !(j > 0 && self.word_is(j - 1, "had")) =>
            {
                Tense::Future
            }
            // (an active appeal: not "revellers are being urged to arrive
            // before 8pm", said of the day itself)
            // ("Analysts expect earnings to have grown": a perfect is past)
            // ("have been told to complete construction by Saturday", not
            // "had been urged to")
            b"urged" | b"advised" | b"encouraged" | b"asked" | b"called" | b"expect"
            | b"expects" | b"told" | b"ordered" | b"instructed"
                if !after
                    // (an order given on the day: "The FAA ordered airlines
                    // to stop flying the 787 on Wednesday"; "have been told
                    // to" is one still to carry out)
                    && (!matches!(lw, b"told" | b"ordered" | b"instructed")
                        || j > 0 && self.word_is(j - 1, "been"))
                    // (not a past perfect's: "had called for a million
                    // people to march on Wednesday, but called it off")
                    && !(j > 0 && self.word_is(j - 1, "had"))
                    // (the date after the infinitive's "to": not "told
                    // reporters on Friday to expect more"; "called on
                    // Lufthansa ground staff to walk out on Thursday")
                    && (j + 1..j + 7)
                        .take_while(|&k| {
                            !matches!(
                                self.lex(k),
                                Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_)
                            )
                        })
                        .any(|k| self.word_is(k, "to") && !self.word_is(k + 1, "have"))
                    && !(j > 0
                        && (["being", "is", "are"]
                            .iter()
                            .any(|w| self.word_is(j - 1, w))
                            || self.word_is(j - 1, "been") && !(j > 1 && self.has_have(j - 2))))
                    // (nor a summons: "officers were called to the bar")
                    && !(lw == b"called"
                        && j > 0
                        && (self.word_is(j - 1, "was") || self.word_is(j - 1, "were"))) =>
            {
                Tense::Future
            }
            b"deadline" if after => Tense::None,
            // ("Obama reaffirmed that deadline on Wednesday": the object of
            // a past verb)
            b"deadline"
                if j > 1
                    && ["the", "that", "its", "his", "her", "their", "a"]
                        .iter()
                        .any(|w| self.word_is(j - 1, w))
                    && self.text(j - 2).ends_with(b"ed") =>
            {
                Tense::None
            }
            // "is set to be sentenced on Monday", "the squad are to meet on
            // Sunday": an arrangement ("with ambulance workers set to walk
            // out again on Wednesday": one told beside the main clause)
            b"set"
                if j > 1
                    && self.word_is(j + 1, "to")
                    && (["is", "are"].iter().any(|w| self.word_is(j - 1, w))
                        || self.text(j - 1).ends_with(b"s")
                            && self.t[j - 1].lex == Lex::Nil
                            && (j.saturating_sub(5)..j - 1).any(|k| self.word_is(k, "with"))) =>
            {
                Tense::Future
            }
            b"is" | b"are"
                if self.word_is(j + 1, "to")
                    && self.t.get(j + 2).is_some_and(|t| t.k == Kind::Word) =>
            {
                Tense::Future
            }
            // "expected to last until Wednesday": the verb, not "last week"
            b"last"
                if j > 0
                    && [
                        "to", "will", "would", "could", "may", "might", "should", "must", "can",
                    ]
                    .iter()
                    .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::Future
            }
            // "Until Thursday, they had not called him a suspect": the
            // clause's past perfect, not the preposition, gives the tense
            // ... and so does a past verb right before it ("he stayed until
            // Friday"; "markets closed until Friday" may be a participle)
            b"until" | b"till"
                if (j + 2..(j + 12).min(self.t.len()))
                    .take_while(|&k| !self.punct(k, b'.') && !self.punct(k, b';'))
                    .any(|k| self.word_is(k, "had"))
                    || self.past_before_until(j)
                    || self.t[j].cap && self.sentence_start(j) && self.past_after_fronted(j) =>
            {
                Tense::Past
            }
            // "next to the embassy": a place
            b"next" if self.word_is(j + 1, "to") => Tense::None,
            // ("quit over the next 48 hours": a span counted on from a past
            // day, the verb's tense; "plans to open stores over the next
            // two years" one ahead)
            b"next"
                if j >= 3
                    && self.word_is(j - 1, "the")
                    && ["over", "during"].iter().any(|w| self.word_is(j - 2, w))
                    && (self.t.get(j + 1).is_some_and(|t| t.k == Kind::Num)
                        || matches!(self.nlex(j + 1), Lex::Num(_) | Lex::Fuzzy)) =>
            {
                if self.t[j - 3].k == Kind::Word && self.verb_tense(j - 3, false).past() {
                    Tense::Past
                } else {
                    Tense::Future
                }
            }
            // "were originally scheduled to begin on Jan. 1", "was to begin":
            // a plan told in the past, whose day has no tense of its own
            w if (future_cue(w) || scheduled(w))
                && j >= 3
                && self.word_is(j - 1, "to")
                && (["was", "were"].iter().any(|x| self.word_is(j - 2, x))
                    || ["originally", "previously"]
                        .iter()
                        .any(|x| self.word_is(j - 3, x))) =>
            {
                Tense::None
            }
            w if future_cue(w) || scheduled(w) => {
                // "had been due / scheduled to", "as previously planned":
                // a plan in the past; "expect earnings (for S&P 500
                // companies) to have grown": a perfect, said of the past
                // ("had originally been due")
                if (1..=3).any(|k| j >= k && self.word_is(j - k, "had"))
                    || (j >= 1
                        && (self.word_is(j - 1, "previously") || self.word_is(j - 1, "originally")))
                    || w.starts_with(b"expect")
                        && (j + 1..j + 16)
                            .take_while(|&k| !self.full_stop(k))
                            .any(|k| self.word_is(k, "to") && self.word_is(k + 1, "have"))
                {
                    Tense::Past
                } else {
                    Tense::Future
                }
            }
            // "would be paid in January": a participle after "be" is no past
            // tense ("should be completed", "will be officially opened")
            _ if j > 0
                && (self.word_is(j - 1, "be")
                    || j > 1 && self.text(j - 1).ends_with(b"ly") && self.word_is(j - 2, "be")) =>
            {
                Tense::None
            }
            // "when the case is heard in May": a present passive, no past
            _ if j > 0
                && ["is", "are"].iter().any(|w| self.word_is(j - 1, w))
                && matches!(
                    lw,
                    b"heard"
                        | b"held"
                        | b"made"
                        | b"taken"
                        | b"seen"
                        | b"sold"
                        | b"paid"
                        | b"sent"
                        | b"built"
                        | b"shown"
                        | b"given"
                        | b"told"
                        | b"found"
                        | b"kept"
                        | b"led"
                ) =>
            {
                Tense::None
            }
            // "its record high set on Aug. 6": a past participle after a noun;
            // "is set for", "to set" say nothing
            // ("the deadline set by the court on Tuesday")
            b"set" | b"hit" | b"cut" | b"put" | b"shut" | b"quit"
                if !after
                    && (["on", "in", "at"].iter().any(|w| self.word_is(j + 1, w))
                        || self.word_is(j + 1, "by") && self.lex(j + 2) == Lex::The)
                    && j > 0
                    && self.t[j - 1].k == Kind::Word
                    && ![
                        "is", "are", "was", "were", "to", "will", "would", "s", "be", "been",
                        "the", "a", "first", "next", "rate", "remain", "remains", "stay", "stays",
                        "kept", "could", "can", "may", "might", "should", "must", "shall",
                    ]
                    .iter()
                    .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::Past
            }
            // "Schools will remain closed": a participle after a copula
            _ if j > 0
                && lw.ends_with(b"ed")
                && [
                    "remain", "remains", "stay", "stays", "is", "are", "seem", "seems",
                ]
                .iter()
                .any(|w| self.word_is(j - 1, w)) =>
            {
                Tense::None
            }
            b"was" | b"were" | b"had" | b"did" | b"came" | b"went" | b"took" | b"made"
            | b"began" | b"left" | b"met" | b"won" | b"lost" | b"held" | b"fell" | b"rose"
            | b"saw" | b"gave" | b"got" | b"ago" | b"last" | b"yesterday" | b"said" | b"since"
            | b"told" | b"sent" | b"spent" | b"led" | b"fought" | b"struck" | b"shot" | b"kept"
            | b"brought" | b"bought" | b"thought" | b"caught" | b"sold" | b"paid" | b"found"
            | b"heard" | b"ran" | b"became" | b"wrote" | b"spoke" | b"broke" | b"chose"
            | b"flew" | b"grew" | b"knew" | b"threw" | b"stood" | b"sought" | b"felt" | b"fled"
            | b"froze" | b"arose" | b"withdrew" | b"drew" | b"overthrew" | b"sank" | b"swore"
            | b"tore" | b"shook" | b"hung" | b"swung" | b"stuck" | b"slid" | b"woke" | b"ate"
            | b"forgot" | b"forgave" | b"rode" | b"drove" | b"sang" | b"rang" | b"swam"
            | b"dealt" | b"meant" | b"lent" | b"built" | b"taught" | b"bled" | b"slept"
            | b"swept" | b"wept" | b"understood" | b"overcame" | b"undertook" | b"overtook"
            | b"oversaw" | b"stole" | b"shrank" | b"sprang" | b"drank" | b"spun" | b"blew"
            | b"sat" | b"laid" | b"hid" | b"underwent" | b"bore" | b"wore" | b"bent" | b"fed"
            | b"dug" | b"spread" | b"died" | b"sued" | b"tied" | b"axed" | b"eyed" | b"owed"
            | b"beat" => Tense::Past,
            _ => {
                // "the United States" is no past tense
                // "on a still unspecified date", "the revised plan": an
                // adjective after a determiner
                let det = |k: usize| {
                    ["a", "an", "the", "its", "their", "his", "her", "our"]
                        .iter()
                        .any(|w| self.word_is(k, w))
                };
                // "markets untouched by the crisis", "an unnamed official": a
                // negated participle is an adjective; "unveiled", "undermined"
                // are verbs
                const UN_VERBS: [&[u8]; 12] = [
                    b"unveiled",
                    b"unleashed",
                    b"uncovered",
                    b"unlocked",
                    b"unearthed",
                    b"unraveled",
                    b"unravelled",
                    b"unfolded",
                    b"united",
                    b"unsealed",
                    b"unloaded",
                    b"unwrapped",
                ];
                // ("move to consolidated schools", "at reduced prices": no
                // verb follows a preposition)
                let prep = |k: usize| {
                    [
                        "to", "into", "of", "with", "for", "from", "in", "on", "at", "by",
                    ]
                    .iter()
                    .any(|w| self.word_is(k, w))
                };
                let adjective = || {
                    lw.starts_with(b"un") && !lw.starts_with(b"under") && !UN_VERBS.contains(&lw)
                        || j > 0
                            && (det(j - 1)
                                || prep(j - 1)
                                // ("expects only scattered, minor glitches")
                                || ["only", "mostly", "largely", "very", "too", "more", "most"]
                                    .iter()
                                    .any(|w| self.word_is(j - 1, w))
                                    && self.punct(j + 1, b',')
                                || j > 1
                                    && det(j - 2)
                                    && (self.word_is(j - 1, "still")
                                        || self.text(j - 1).ends_with(b"ly")
                                        // ("their final televised debate")
                                        || self.lex(j - 1) == Lex::Ord(1)
                                        || [
                                            "final", "last", "new", "latest", "annual", "next",
                                            "only", "second", "third",
                                        ]
                                        .iter()
                                        .any(|w| self.word_is(j - 1, w))))
                };
                // "Carsley names his squad on Thursday", "she hosts the
                // gala": a present of a named or pronoun subject before its
                // object, a fixture
                if lw.len() > 3
                    && lw.ends_with(b"s")
                    && !lw.ends_with(b"ss")
                    && !lw.ends_with(b"us")
                    && !lw.ends_with(b"is")
                    && self.t[j].lex == Lex::Nil
                    && !self.t[j].cap
                    && j > 0
                    && (self.t[j - 1].cap
                        && self.t[j - 1].k == Kind::Word
                        && self.t[j - 1].lex == Lex::Nil
                        || ["he", "she", "it"].iter().any(|w| self.word_is(j - 1, w)))
                    && (["his", "her", "its", "their", "the", "a", "an"]
                        .iter()
                        .any(|w| self.word_is(j + 1, w))
                        // ("Morgan Stanley follows Wednesday"; not "Smith says
                        // Monday was calm")
                        || matches!(self.lex(j + 1), Lex::Weekday(_))
                            && self.name_opens_clause(j - 1)
                            && !self.is_reporting(j)
                            && !matches!(
                                lw,
                                b"says"
                                    | b"tells"
                                    | b"adds"
                                    | b"writes"
                                    | b"notes"
                                    | b"argues"
                                    | b"insists"
                                    | b"thinks"
                                    | b"believes"
                                    | b"hopes"
                                    | b"fears"
                                    | b"recalls"
                                    | b"remembers"
                            ))
                {
                    return Tense::Future;
                }
                if lw.len() > 4
                    && lw.ends_with(b"ed")
                    && (!lw.ends_with(b"eed")
                        || [&b"agreed"[..], b"freed", b"decreed", b"guaranteed"].contains(&lw))
                    && !self.t[j].cap
                    && !adjective()
                {
                    Tense::Past
                } else {
                    Tense::None
                }
            }
        }
    }

    /// The word before "until" at j is a past verb: an irregular one, or
    /// an -ed form after a pronoun or a name ("he stayed", "Smith waited").
    fn past_before_until(&self, j: usize) -> bool {
        // "the clashes lasted until Saturday", "stayed on holiday in Quebec
        // until Thursday": verbs no participle can be, in the clause
        // ("The curfew, which ran from 7:00 pm (2200 GMT) on Sunday until
        // 6:00 am Monday": past a clock time and its aside)
        if self.back_in_sentence(j, 14, b",;").any(|k| {
            [
                "lasted",
                "continued",
                "stayed",
                "remained",
                "waited",
                "persisted",
                "raged",
                "dragged",
                "ran",
                "went",
                "lingered",
            ]
            .iter()
            .any(|w| self.word_is(k, w))
                // ("kept a ban in place until 4 p.m. Saturday"; not "will be
                // kept closed until Friday")
                || self.word_is(k, "kept")
                    && !(k > 0
                        && ["be", "been", "being"]
                            .iter()
                            .any(|w| self.word_is(k - 1, w)))
        }) {
            return true;
        }
        // "the snow did not stop until Saturday", "had been mild until this
        // week": a past negated or perfect
        // ("did not release Wilson's name until Friday", "didn't reopen
        // the road until Monday"; not a plan's "were not expected to return
        // until Sunday")
        if self.back_in_sentence(j, 8, b",;").any(|k| {
            k >= 1
                && (self.word_is(k, "not") || self.word_is(k, "never"))
                && !["expected", "due", "scheduled", "likely", "set", "allowed"]
                    .iter()
                    .any(|w| self.word_is(k + 1, w))
                && ["did", "was", "were", "had"]
                    .iter()
                    .any(|w| self.word_is(k - 1, w))
                || k >= 2
                    && self.word_is(k, "t")
                    && self.punct(k - 1, b'\'')
                    && ["didn", "wasn", "weren", "hadn"]
                        .iter()
                        .any(|w| self.word_is(k - 2, w))
        }) || (j.saturating_sub(6)..j).any(|k| self.word_is(k, "had"))
        {
            return true;
        }
        if j == 0
            || self.word_is(j - 1, "until")
            || !self.verb_tense(j - 1, false).past()
            || j >= 2
                && ["be", "been", "being"]
                    .iter()
                    .any(|w| self.word_is(j - 2, w))
        {
            return false;
        }
        !self.text(j - 1).ends_with(b"ed")
            || j >= 2
                && (self.t[j - 2].cap && self.t[j - 2].k == Kind::Word
                    || ["he", "she", "they", "we", "i", "it"]
                        .iter()
                        .any(|w| self.word_is(j - 2, w)))
    }

    /// "Until Friday, the city was bracing for a strike": a fronted phrase
    /// at j whose clause, after its comma, is told in the past.
    fn past_after_fronted(&self, j: usize) -> bool {
        let end = (j + 8).min(self.t.len());
        let Some(comma) = (j + 1..end)
            .take_while(|&k| !self.full_stop(k))
            .find(|&k| self.punct(k, b','))
        else {
            return false;
        };
        let end = (comma + 12).min(self.t.len());
        (comma + 1..end)
            .take_while(|&k| !self.full_stop(k) && !self.punct(k, b','))
            .map(|k| self.verb_tense(k, true))
            .find(|&v| v != Tense::None)
            .is_some_and(Tense::past)
    }

    /// Past / future hint from nearby verbs.
    pub fn tense(&self, s: usize, e: usize) -> Tense {
        // "Soybeans for November delivery rose": a contract month is ahead
        if ["delivery", "contract", "contracts", "futures"]
            .iter()
            .any(|w| self.word_is(e, w))
            && matches!(self.lex(e - 1), Lex::Month(_) | Lex::MonthAbbr(_))
        {
            return Tense::After;
        }
        // "their worst day since November": certainly before the DCT
        if s > 0 && self.word_is(s - 1, "since") {
            return Tense::Before;
        }
        // "are due to strike on Wednesday, following walkouts on December
        // 21 and 28": what a plan follows is no part of it, the nearest
        if s >= 3
            && self.word_is(s - 1, "on")
            && (self.word_is(s - 3, "following") || self.word_is(s - 3, "after"))
            && matches!(self.lex(s), Lex::Month(_) | Lex::MonthAbbr(_))
        {
            return Tense::None;
        }
        // "would send 25,000 troops, up from 20,000 on Saturday": the figure
        // compared with is one already told
        if self
            .back_find(s, 7, b";", |k| {
                k > 0
                    && self.word_is(k, "from")
                    && ["up", "down"].iter().any(|w| self.word_is(k - 1, w))
            })
            .is_some()
        {
            return Tense::Past;
        }
        // "cost cuts announced in August would save ...": the participle
        // right before the date is its verb
        if s >= 2
            && matches!(self.lex(s - 1), Lex::In | Lex::On)
            && self.text(s - 2).ends_with(b"ed")
            && self.verb_tense(s - 2, false) == Tense::Past
            && (e..(e + 4).min(self.t.len())).any(|k| self.word_is(k, "would"))
        {
            return Tense::Past;
        }
        // a police blotter's entry, "Monday, 7:15 a.m.: A resident
        // reported ...": a day of the week gone by
        if matches!(self.lex(s), Lex::Weekday(_))
            && (s == 0 || self.t[s].nl)
            && self.punct(e, b',')
            && let Some((_, _, j)) = self.clock(e + 1)
            && self
                .t
                .get(j)
                .is_some_and(|t| matches!(t.k, Kind::Punct(b':' | b'-') | Kind::Other))
        {
            return Tense::Past;
        }
        // "For the third quarter, it forecast earnings of ...": the period
        // a forecast is for is ahead
        if s > 0
            && self.word_is(s - 1, "for")
            && self.sentence_start(s - 1)
            && self.punct(e, b',')
            && (e + 1..(e + 5).min(self.t.len())).any(|k| {
                [
                    "forecast",
                    "forecasts",
                    "expects",
                    "projected",
                    "projects",
                    "predicted",
                    "predicts",
                    "sees",
                ]
                .iter()
                .any(|w| self.word_is(k, w))
            })
        {
            return Tense::Future;
        }
        // "set sentencing for Jan. 12", "scheduled a hearing for Friday":
        // a date fixed for what is still to come, whatever the verb after
        // ("and allowed him to remain free")
        // (not one fixed before: "was set for", "had scheduled")
        if s >= 3
            && self.word_is(s - 1, "for")
            && let Some(k) = self.back_find(s - 1, 4, b",;", |k| {
                ["set", "scheduled", "fixed"].iter().any(|w| self.word_is(k, w))
            })
            && k + 1 < s - 1
            // (nor "had originally scheduled the execution for ...")
            && !(k.saturating_sub(3)..k).any(|x| {
                ["had", "originally", "previously", "initially"]
                    .iter()
                    .any(|w| self.word_is(x, w))
            })
            && [
                "sentencing", "trial", "retrial", "hearing", "hearings", "arraignment", "date",
                "vote", "election", "meeting", "talks", "deadline", "referendum", "ballot",
                "debate", "execution", "session", "summit", "launch", "opening", "ceremony",
                "selection", "arguments", "testimony", "conference", "inauguration", "auction",
                "funeral", "wedding", "premiere", "release",
            ]
            .iter()
            .any(|w| self.word_is(s - 2, w))
            && !(k > 0
                && ["was", "were", "been", "is", "are"]
                    .iter()
                    .any(|w| self.word_is(k - 1, w)))
        {
            return Tense::Future;
        }
        // "A frost advisory was issued for early Thursday morning": what a
        // warning is for is ahead
        if s >= 2
            && self.word_is(s - 1, "for")
            && self
                .back_find(s - 1, 8, b",;", |k| {
                    [
                        "advisory", "warning", "warnings", "watch", "alert", "alerts",
                    ]
                    .iter()
                    .any(|w| self.word_is(k, w))
                })
                .is_some()
        {
            return Tense::Future;
        }
        // "remained on schedule for the spring", "on track for March": a
        // plan's date, ahead
        if s >= 3
            && self.word_is(s - 1, "for")
            && ["schedule", "track", "course", "target"]
                .iter()
                .any(|w| self.word_is(s - 2, w))
            && self.word_is(s - 3, "on")
        {
            return Tense::Future;
        }
        // "extended a heat advisory through 8 p.m. Tuesday": the new end
        // of what was extended is ahead
        if s > 0
            && ["through", "until", "till", "into"]
                .iter()
                .any(|w| self.word_is(s - 1, w))
            // ("ordered flags lowered to half-staff through Wednesday")
            && self.word_back(
                s - 1,
                7,
                b",",
                &["extended", "extends", "extend", "extending", "prolonged", "ordered"],
            )
        {
            return Tense::Future;
        }
        // "the Senate returns from its Christmas recess": a break gone by
        if s >= 2
            && ["recess", "break"].iter().any(|w| self.word_is(e, w))
            && self.word_back(s, 3, b",;", &["from"])
        {
            return Tense::Past;
        }
        // "sales this year through August": a year to date, so far
        if s >= 3
            && (self.span_word(s - 1) || self.word_is(s - 1, "to"))
            && self.lex(s - 2) == Lex::Year
            && self.lex(s - 3) == Lex::This
            && matches!(self.lex(s), Lex::Month(_) | Lex::MonthAbbr(_))
        {
            return Tense::Past;
        }
        // "warned that landslides remained possible through Tuesday": a
        // forecast's span runs ahead, whatever the reporting tense
        if s > 0
            && self.span_word(s - 1)
            && self.word_back(
                s - 1,
                3,
                b",",
                &["possible", "likely", "expected", "forecast", "predicted"],
            )
        {
            return Tense::Future;
        }
        // "a premium to Corvex's closing price on Friday": a price already
        // set
        if s >= 3
            && self.word_is(s - 1, "on")
            && self.word_is(s - 2, "price")
            && self.word_is(s - 3, "closing")
        {
            return Tense::Past;
        }
        // "flights were canceled for Sunday and Monday", "voting was
        // suspended for Monday", "scrapped another 1,000 for Friday": the
        // day called off is the nearest, ahead or just gone ("schools
        // canceled classes for Thursday and Friday", on a Friday): no tense
        let for_at = if s >= 3
            && matches!(self.lex(s - 1), Lex::And | Lex::Or)
            && matches!(self.lex(s - 2), Lex::Weekday(_))
        {
            s - 3
        } else {
            s.wrapping_sub(1)
        };
        if s >= 2
            && self.word_is(for_at, "for")
            && matches!(self.lex(s), Lex::Weekday(_))
            && self.word_back(
                for_at,
                7,
                b"",
                &[
                    "canceled",
                    "cancelled",
                    "cancel",
                    "suspended",
                    "postponed",
                    "postpone",
                    "scrapped",
                ],
            )
        {
            return Tense::None;
        }
        // "told residents to leave by Sunday": a deadline set ahead
        if s >= 3
            && self.word_is(s - 1, "by")
            && matches!(self.lex(s), Lex::Weekday(_))
            && self.back_in_sentence(s - 1, 10, b",;").any(|k| {
                self.word_is(k, "to")
                    && self.back_in_sentence(k, 8, b",;").any(|v| {
                        ["told", "ordered", "instructed", "asked", "urged", "advised"]
                            .iter()
                            .any(|w| self.word_is(v, w))
                            // (not a past perfect's: "had been ordered to
                            // evacuate by Saturday")
                            && !self.back_in_sentence(v, 2, b"").any(|h| self.word_is(h, "had"))
                    })
            })
        {
            return Tense::Future;
        }
        // "the debate set for Monday night": a reduced relative, a plan
        if s >= 3
            && self.word_is(s - 1, "for")
            && self.word_is(s - 2, "set")
            && self.t[s - 3].k == Kind::Word
            && self.t[s - 3].lex == Lex::Nil
            && !self.t[s - 3].cap
            && ![
                "was",
                "were",
                "had",
                "has",
                "have",
                "be",
                "been",
                "is",
                "are",
                "stage",
                "table",
                "originally",
                "initially",
                "previously",
            ]
            .iter()
            .any(|w| self.word_is(s - 3, w))
        {
            return Tense::Future;
        }
        // "the December retail sales figures are released": a data period,
        // mostly passed
        if matches!(self.lex(s), Lex::Month(_) | Lex::MonthAbbr(_))
            && e == s + 1
            && [
                "retail",
                "sales",
                "figures",
                "data",
                "jobs",
                "payrolls",
                "trade",
                "inflation",
                "unemployment",
            ]
            .iter()
            .any(|w| self.word_is(e, w))
        {
            return Tense::Past;
        }
        // "early voting for Sunday's parliamentary election", "prepare for
        // Saturday's showdown": an event ahead (not "blamed for Friday's
        // attack", nor after a past verb: "packed the stadium for Saturday
        // night's opening ceremony")
        if s > 0
            && self.word_is(s - 1, "for")
            && matches!(self.lex(s), Lex::Weekday(_))
            && self.punct(e, b'\'')
            && self.adj(e)
            && !self
                .back_in_sentence(s - 1, 9, b",")
                .any(|k| self.verb_tense(k, false) == Tense::Past)
            && (e + 2..(e + 5).min(self.t.len())).any(|k| {
                [
                    "election",
                    "vote",
                    "poll",
                    "polls",
                    "summit",
                    "match",
                    "game",
                    "final",
                    "race",
                    "showdown",
                    "meeting",
                    "talks",
                    "referendum",
                    "ballot",
                    "debate",
                    "deadline",
                    "launch",
                    "opening",
                    "ceremony",
                    "hearing",
                ]
                .iter()
                .any(|w| self.word_is(k, w))
            })
        {
            return Tense::Future;
        }
        // "rejected a pause for Orthodox Easter", "a truce for Christmas":
        // the holiday a thing is for, not the verb's time
        // ("canceled bookings for the Easter holiday")
        if s > 1
            && (self.word_is(s - 1, "for")
                || ["orthodox", "the"].iter().any(|w| self.word_is(s - 1, w))
                    && self.word_is(s - 2, "for"))
            && (matches!(self.lex(s), Lex::Holiday(_))
                || s + 1 < e && matches!(self.lex(s + 1), Lex::Holiday(_)))
        {
            return Tense::None;
        }
        // ("Sunday has been declared a national day of prayer")
        if matches!(self.lex(s), Lex::Weekday(_))
            && (e + 1..e + 3).any(|k| {
                ["declared", "named", "designated", "proclaimed"]
                    .iter()
                    .any(|w| self.word_is(k, w))
                    && (self.lex(k + 1) == Lex::A || self.word_is(k + 1, "as"))
                    && (e..k).all(|x| {
                        ["has", "have", "been", "was", "is", "will", "be"]
                            .iter()
                            .any(|w| self.word_is(x, w))
                    })
            })
        {
            return Tense::Future;
        }
        // "declared Monday a national day of mourning", "named Friday a
        // holiday": a day set apart ahead
        if s > 0
            && ["declared", "named", "designated", "proclaimed"]
                .iter()
                .any(|w| self.word_is(s - 1, w))
            && matches!(self.lex(s), Lex::Weekday(_))
            && (self.lex(e) == Lex::A || self.word_is(e, "as"))
        {
            return Tense::Future;
        }
        // "predicted a vote as early as Wednesday": a possibility ahead, said
        // with a modal or a verb of prediction (not "began coverage as early
        // as 4am", nor a past perfect's "had been in contact as early as
        // Monday")
        if s >= 3
            && self.word_is(s - 1, "as")
            && (self.word_is(s - 2, "early") || self.word_is(s - 2, "soon"))
            && self.word_is(s - 3, "as")
        {
            let ahead = [
                "could",
                "would",
                "may",
                "might",
                "will",
                "predicted",
                "forecast",
                "expected",
                "hoped",
                "planned",
                "likely",
            ];
            if self.word_back(s, 14, b"", &ahead) && !self.word_back(s, 14, b"", &["had"]) {
                return Tense::Future;
            }
        }
        // "storms are possible by the weekend", "if no agreement is reached
        // by the weekend": a deadline ahead
        // (a fronted "By the weekend the Croisette was buzzing" takes its
        // clause's verb)
        // ("little hope of a breakthrough before the weekend")
        if s > 0
            && (self.word_is(s - 1, "by") || self.word_is(s - 1, "before"))
            && e > s
            && self.word_is(e - 1, "weekend")
            && self.lex(s) == Lex::The
            && !self.sentence_start(s - 1)
        {
            return Tense::After;
        }
        // ten words back (a clock time's points and colons do not count:
        // "is due at 8:30 a.m. ET on Tuesday"; nor do a name's later words:
        // "opens at the Metropolitan Museum of Art on Tuesday")
        // (a clock time sits deeper in its clause: "drove a rented van into
        // pedestrians on the bridge at about 21:58 BST")
        let (reach, span) = if self.clock(s).is_some() {
            (16, 24)
        } else {
            (10, 16)
        };
        let window = |reach: usize, span: usize| {
            let (mut k, mut words) = (s, 0);
            while k > 0 && words < reach && s - k < span {
                k -= 1;
                let name_inside = k > 0
                    && self.t[k - 1].cap
                    && self.t[k - 1].k == Kind::Word
                    && (self.t[k].cap && self.t[k].k == Kind::Word
                        || self.word_is(k, "of") && self.t.get(k + 1).is_some_and(|t| t.cap));
                if !matches!(self.t[k].k, Kind::Punct(b'.' | b':')) && !name_inside {
                    words += 1;
                }
            }
            k
        };
        let lo = window(reach, span);
        // (past ten words, a reporting verb is the attribution's: "said Donna
        // Kessler, who operates a press on the second shift, from 3 p.m.")
        // (the same window unless a clock time reached further)
        let near_lo = if reach == 10 { lo } else { window(10, 16) };
        let mut best = (usize::MAX, Tense::None);
        // the verb that decided: a past perfect ("had taken") is PastPerfect
        let mut verb = 0usize;
        // `after`: the word follows the expression; a reporting verb there
        // ("..., Castro said") says nothing about the expression's tense
        // "would look for ways around Wednesday's ruling": the ruling is
        // not what the modal puts ahead
        let possessive = self.punct(e, b'\'') && self.adj(e) && self.word_is(e + 1, "s");
        // `own`: a reporting verb there is the expression's clause's verb
        // (true when the word at j decided)
        let mut consider = |j: usize, dist: usize, after: bool, own: bool| {
            if dist >= best.0 || possessive && (self.word_is(j, "would") || self.word_is(j, "must"))
            {
                return false;
            }
            let v = if own && self.is_reporting(j) {
                Tense::Past
            } else {
                self.verb_tense(j, after)
            };
            if v != Tense::None {
                best = (dist, v);
                verb = j;
            }
            v != Tense::None
        };
        let mut verb_before = false;
        let mut j = s;
        while j > lo {
            j -= 1;
            // (", with the second leg on Wednesday": the main clause's verb
            // is not this one's)
            if self.full_stop(j)
                || self.punct(j, b';')
                || self.t[j].nl && j + 1 < s
                || self.absolute_clause(j)
            {
                break;
            }
            if j < near_lo && self.is_reporting(j) {
                continue;
            }
            verb_before |= consider(j, s - j, false, false);
        }
        // "Officials said Wednesday will be a day of mourning": the subject
        // of a future
        // ("The Met Office said the weekend would start dry"; not "would
        // have")
        // (not the time of a participle before it: "The plan unveiled
        // Tuesday will cut taxes")
        let adjunct = s > 0 && {
            let v = if self.lex(s - 1) == Lex::On && s > 1 {
                s - 2
            } else {
                s - 1
            };
            self.verb_tense(v, false).past() && !self.is_reporting(v)
        };
        // ("AAA said Wednesday afternoon and Sunday evening will be the
        // heaviest periods": past the rest of a list of days)
        let mut v = e;
        while v < e + 6
            && matches!(self.lex(v), Lex::And | Lex::Or)
            && matches!(self.lex(v + 1), Lex::Weekday(_))
        {
            v += 2;
            if matches!(self.lex(v), Lex::Pod(_)) {
                v += 1;
            }
        }
        if !adjunct
            && (["will", "shall"].iter().any(|w| self.word_is(v, w))
                || self.word_is(v, "would") && !self.word_is(v + 1, "have"))
        {
            return Tense::Future;
        }
        // "has called a strike for Monday": a date set for something (not
        // "a service planned for Saturday was cancelled")
        if s > 0
            && self.word_is(s - 1, "for")
            && matches!(self.lex(s), Lex::Weekday(_))
            && !(self.punct(e, b'\'') && self.adj(e))
            && (s.saturating_sub(8)..s).any(|k| self.has_have(k))
        {
            return Tense::Future;
        }
        // "The draw is on Friday", "Kick-off is at 8pm on Saturday": a
        // present copula right before the time is a fixture
        {
            let mut j = s;
            while j > 0 && s - j < 5 {
                j -= 1;
                let t = &self.t[j];
                if ["is", "are", "becomes"].iter().any(|w| self.word_is(j, w)) {
                    // ("Visiting hours are Tuesday", "The deadline is Friday";
                    // not "Today is Friday")
                    if j + 1 < s
                        || j > 0
                            && !["today", "it", "that", "this", "which", "what"]
                                .iter()
                                .any(|w| self.word_is(j - 1, w))
                    {
                        return Tense::Future;
                    }
                    break;
                }
                // ("are closed on Thursday", "becomes effective on Friday")
                let filler = [
                    "on",
                    "at",
                    "from",
                    "to",
                    "between",
                    "up",
                    "due",
                    "until",
                    "pm",
                    "am",
                    "p",
                    "a",
                    "m",
                    "closed",
                    "open",
                    "shut",
                    "effective",
                    // ("sales figures are out on Friday")
                    "out",
                ]
                .iter()
                .any(|w| self.word_is(j, w))
                    || t.k == Kind::Num
                    || matches!(t.k, Kind::Punct(b'.' | b':'));
                if !filler {
                    break;
                }
            }
        }
        let hi = (e + 8).min(self.t.len());
        // "On Wednesday(,) the minister said ...": an expression opening its
        // sentence frames the reporting verb that follows its subject (no
        // comma between), which is then the clause's own verb
        let fronted = self.sentence_start(s)
            || s > 0
                && self.sentence_start(s - 1)
                && matches!(self.lex(s - 1), Lex::On | Lex::In | Lex::At | Lex::By);
        // ("President Bush on Tuesday said ...": right after it, too)
        // ("and in July it said it would close": a pronoun's verb is the
        // clause's own)
        let mut own_clause = fronted
            || self.is_reporting(e)
            || ["it", "he", "she", "they", "we"]
                .iter()
                .any(|w| self.word_is(e, w))
                && self.is_reporting(e + 1);
        for j in e..hi {
            // a following coordinated clause has its own tense, and so has
            // an absolute one (", with the deal expected to close in 2026")
            // and, once the expression's own verb was found before it, a
            // subordinate one ("had been walking home at 7.45pm when he was
            // confronted")
            if self.full_stop(j)
                || self.punct(j, b';')
                || self.word_is(j, "but")
                // (not between names: "the Duke and Duchess of York announced")
                || self.lex(j) == Lex::And
                    && !(j > e && self.t[j - 1].cap && self.t.get(j + 1).is_some_and(|t| t.cap))
                || self.absolute_clause(j)
                // (a comma after a mid-sentence expression opens another
                // phrase: "would cut flying in the fourth quarter, on top of
                // the cuts it unveiled in May")
                || !fronted && self.punct(j, b',')
                || verb_before
                    && (self.punct(j, b',')
                        || [
                            "when", "while", "because", "where", "whereas", "although", "that",
                            "so", "as", "after", "before", "if", "unless",
                        ]
                        .iter()
                        .any(|w| self.word_is(j, w)))
            {
                break;
            }
            // (a compound's hyphen is no clause's end: "the would-be buyer
            // said")
            if j > e && self.t[j].k != Kind::Word && !self.punct(j, b'-') {
                own_clause = false;
            }
            // ("from mid-afternoon until well after nightfall": the span's
            // end says nothing of its start)
            if j == e
                && s > 0
                && self.word_is(s - 1, "from")
                && ["until", "till", "to", "through"]
                    .iter()
                    .any(|w| self.word_is(j, w))
            {
                continue;
            }
            consider(j, j + 1 - e, true, own_clause);
        }
        if best.1 == Tense::None {
            // no verb nearby: a future modal earlier in the sentence ("will be
            // named commander ... for a mission in December")
            let far = s.saturating_sub(20);
            let mut j = s;
            // (else a past copula there: "was the subject of a rejected bid
            // from Sean Dyche's side in the summer window")
            let mut was = false;
            while j > far {
                j -= 1;
                if self.full_stop(j) || self.punct(j, b';') || self.t[j].nl && j + 1 < s {
                    break;
                }
                was |= ["was", "were"].iter().any(|w| self.word_is(j, w))
                    && !self.word_is(j + 1, "to");
                // (or a future cue: "is expected to announce extra money for
                // housing in his Autumn Statement on Wednesday")
                if self.word_is(j, "will")
                    || !possessive
                        && self.word_is(j, "would")
                        && self.verb_tense(j, false) == Tense::Future
                    || self.word_is(j + 1, "to")
                        && [
                            "expected",
                            "scheduled",
                            "due",
                            "slated",
                            "poised",
                            "forecast",
                        ]
                            .iter()
                            .any(|w| self.word_is(j, w))
                    // ("Forecasters expect the storm to linger ... over the
                    // weekend")
                    || ["expect", "expects"].iter().any(|w| self.word_is(j, w))
                        && self.verb_tense(j, false) == Tense::Future
                    // ("hopes to have it adopted by the end of March and in
                    // force by September")
                    || self.word_is(j + 1, "to")
                        && ["hopes", "hope", "plans", "plan", "aims", "aim", "intends", "intend"]
                            .iter()
                            .any(|w| self.word_is(j, w))
                    // ("Meteorologists forecast sunny skies through the
                    // weekend, with the first chance of rain arriving late
                    // Monday")
                    || ["forecast", "forecasts", "predict", "predicts"]
                        .iter()
                        .any(|w| self.word_is(j, w))
                        && j > 0
                        && !matches!(self.lex(j - 1), Lex::A | Lex::The)
                {
                    return Tense::Future;
                }
            }
            if was {
                return Tense::Past;
            }
            // a present "runs through Friday", "stays until March": the end
            // still ahead
            // (a fronted "Through Sunday, the city had recorded ..." takes
            // the clause's verb further on)
            if s > 0 && self.span_word(s - 1) && !self.sentence_start(s - 1) {
                return Tense::Future;
            }
            // "In January, a week after the anniversary of the decision, a
            // bomb exploded": the clause's verb further on
            let far = (e + 30).min(self.t.len());
            for j in e..far {
                if self.full_stop(j)
                    || self.t[j].nl
                    || self.word_is(j, "but")
                    // ("Those rules expire in May, and ministers discussed ...";
                    // not after a fronted time, whose verb may come later: "In
                    // February, ..., a court in Dayton, Ohio, and another in
                    // Mobile ordered retrials")
                    || !fronted && self.punct(j, b',') && self.lex(j + 1) == Lex::And
                    || self.absolute_clause(j)
                    // (what a reporting verb reports is not the clause's:
                    // "on Sunday night, bin Laden said America would not")
                    || self.is_reporting(j)
                    || matches!(
                        self.t[j].k,
                        Kind::Punct(b';' | b'"' | b'\'' | b'`' | b'?' | b'!')
                    )
                {
                    break;
                }
                let v = self.verb_tense(j, true);
                if v != Tense::None {
                    return v;
                }
            }
        }
        // "will publish quarterly figures for January to March": the period
        // data are for has mostly passed
        if s >= 2
            && self.word_is(s - 1, "for")
            && ["figures", "data", "numbers", "statistics"]
                .iter()
                .any(|w| self.word_is(s - 2, w))
            && matches!(self.lex(s), Lex::Month(_) | Lex::MonthAbbr(_))
        {
            return Tense::Past;
        }
        // "raised their forecasts for the third quarter": a forecast is of
        // what is ahead ("lowered its forecast on Tuesday" is not)
        if s >= 2
            && self.word_is(s - 1, "for")
            && [
                "forecast",
                "forecasts",
                "outlook",
                "estimates",
                "guidance",
                "projections",
            ]
            .iter()
            .any(|w| self.word_is(s - 2, w))
            // (not "revised its estimates for September": data told again)
            && !self
                .back_in_sentence(s - 2, 3, b"")
                .any(|k| self.text(k).starts_with(b"revis"))
        {
            return Tense::Future;
        }
        // "has cancelled flights through Aug. 19": a present perfect running
        // to a date, which is still ahead
        if best.1.past() && s > 0 && self.span_word(s - 1) && verb > 0 && self.has_have(verb - 1) {
            return Tense::Future;
        }
        // "have called for a rally on Tuesday", "has been invited to a
        // summit on Friday": a present perfect names no past day, the day is
        // the thing called for
        if best.1.past()
            && verb >= 2
            && s >= verb + 3
            && matches!(self.lex(s), Lex::Weekday(_))
            && (self.has_have(verb - 1)
                || self.word_is(verb - 1, "been") && self.has_have(verb - 2))
            && (self.word_is(verb, "called") && self.word_is(verb + 1, "for")
                || ["invited", "urged", "summoned"]
                    .iter()
                    .any(|w| self.word_is(verb, w)))
        {
            return Tense::Future;
        }
        // "was extended to Nov. 16", "completed by March": the verb's past
        // is the act's, not the date's
        // (not a past perfect: "By the summer, its forces had taken ...";
        // nor a clock time, the hour of a day told: "The streets were empty
        // by 6 a.m.")
        let by_hour = s > 0
            && self.word_is(s - 1, "by")
            && (self.clock(s).is_some() || ["midnight", "noon"].iter().any(|w| self.word_is(s, w)));
        // (nor a fronted "By the weekend the Croisette was buzzing": the
        // verb after it is the clause's)
        if best.1.past()
            && s > 0
            && !self.word_is(verb, "had")
            && !by_hour
            && ["to", "by"].iter().any(|w| self.word_is(s - 1, w))
            && !(verb > s && self.sentence_start(s - 1) && self.lex(e - 1) == Lex::Weekend)
        {
            return Tense::None;
        }
        // "had taken" (not "had to", "had been due", nor a possession: "had
        // just 94 pupils", "had a record year"): a past perfect
        let owned = {
            let k = if ["just", "only", "already", "still"]
                .iter()
                .any(|w| self.word_is(verb + 1, w))
            {
                verb + 2
            } else {
                verb + 1
            };
            self.t.get(k).is_some_and(|t| t.k == Kind::Num)
                || matches!(self.lex(k), Lex::A | Lex::Num(_) | Lex::The)
                || [
                    "no", "its", "their", "his", "her", "our", "some", "more", "few", "many",
                    "little", "much",
                ]
                .iter()
                .any(|w| self.word_is(k, w))
        };
        // (nor a plan's infinitive: "had been set to expire Nov. 6")
        let planned = || {
            (verb + 1..s).any(|k| {
                self.word_is(k, "to")
                    && self
                        .t
                        .get(k + 1)
                        .is_some_and(|t| t.k == Kind::Word && !t.cap && t.lex == Lex::Nil)
                    && !["the", "an", "his", "her", "their", "its", "our", "my"]
                        .iter()
                        .any(|w| self.word_is(k + 1, w))
            })
        };
        let due = self.word_is(verb + 1, "to")
            || self.word_is(verb + 1, "been")
                && self.lower(verb + 2, &mut [0u8; 12]).is_some_and(future_cue);
        if best.1.past() && self.word_is(verb, "had") && !(owned || due || planned()) {
            return Tense::PastPerfect;
        }
        // "The term was to begin on Jan. 10", "was scheduled to open in
        // May": a plan told in the past may have come and gone; its month
        // is the nearest ("the prime minister was to visit Monday" stays
        // ahead: a weekday is of the coming week)
        if best.1 == Tense::Future
            && (s..e).any(|k| matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_)))
            && (["was", "were"].iter().any(|w| self.word_is(verb, w))
                && self.word_is(verb + 1, "to")
                || verb > 0
                    && ["was", "were"].iter().any(|w| self.word_is(verb - 1, w))
                    && self.lower(verb, &mut [0u8; 12]).is_some_and(future_cue))
        {
            return Tense::None;
        }
        best.1
    }

    /// Vague spans TimeBank annotates: "(over) the years", "(in) the early
    /// years" (PXY), "at a later date" (FUTURE_REF).
    fn vague_span(&self, i: usize) -> Option<Cand> {
        let cand = |e: usize, v: Val, kind: TimexType| Cand {
            s: i,
            e,
            expr: Expr::Free(v),
            kind,
            tense: Tense::None,
            ctx: Context::default(),
        };
        match self.lex(i) {
            // "the corresponding period last year", "the comparable year-ago
            // quarter": a report's comparison period, "corresponding" and
            // "comparable" included in the extent
            Lex::The
                if ["corresponding", "comparable"]
                    .iter()
                    .any(|w| self.word_is(i + 1, w)) =>
            {
                let j = i + 2;
                let period = |k: usize| self.word_is(k, "period") || self.lex(k) == Lex::Quarter;
                let expr_end = if period(j)
                    && self.nlex(j + 1) == Lex::Last
                    && self.nlex(j + 2) == Lex::Year
                {
                    Some((Expr::SamePeriodLastYear, j + 3))
                } else if period(j)
                    && self.nlex(j + 1) == Lex::Of
                    && matches!(self.nlex(j + 2), Lex::Last | Lex::Previous)
                    && self.nlex(j + 3) == Lex::Year
                {
                    // Xinhua's "the corresponding period of last year"
                    Some((Expr::SamePeriodLastYear, j + 4))
                } else if period(j)
                    && self.nlex(j + 1) == Lex::A
                    && self.nlex(j + 2) == Lex::Year
                    && matches!(self.nlex(j + 3), Lex::Ago | Lex::Earlier)
                {
                    Some((Expr::SamePeriodLastYear, j + 4))
                } else if self.lex(j) == Lex::Year
                    && self.punct(j + 1, b'-')
                    && matches!(self.nlex(j + 2), Lex::Ago | Lex::Earlier)
                    && period(j + 3)
                {
                    Some((Expr::LatestQuarter(-1), j + 4))
                } else {
                    None
                };
                let (expr, e) = expr_end?;
                Some(Cand {
                    s: i,
                    e,
                    expr,
                    kind: D,
                    tense: Tense::None,
                    ctx: Context::default(),
                })
            }
            Lex::The
                if i > 0
                    && ["in", "over", "during", "through", "throughout", "for"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w)) =>
            {
                let j = if self.lex(i + 1) == Lex::Early
                    || ["final", "first", "initial", "later"]
                        .iter()
                        .any(|w| self.word_is(i + 1, w))
                {
                    i + 2
                } else {
                    i + 1
                };
                let u = match self.lex(j) {
                    Lex::U(u @ (Unit::Year | Unit::Decade), true) => u,
                    _ => return None,
                };
                // "the years 1955-1957" names the years
                if !self.near(j) || self.num(j + 1).is_some() {
                    return None;
                }
                // ("in the years ahead", as "the months ahead")
                let e = if self.word_is(j + 1, "ahead")
                    && self.near(j + 1)
                    && !self.word_is(j + 2, "of")
                {
                    j + 2
                } else {
                    j + 1
                };
                Some(cand(e, Val::Dur(None, u), DU))
            }
            // "half a century", "half an hour"; "a quarter century"
            Lex::Half
                if matches!(self.nlex(i + 1), Lex::A)
                    && self.near(i + 1)
                    && self.near(i + 2)
                    && matches!(unit_of(self.lex(i + 2)), Some((_, false))) =>
            {
                let (u, _) = unit_of(self.lex(i + 2))?;
                // "Half a century ago (today)": that time back from the DCT
                let back = match u {
                    Unit::Century => Some((-50, Unit::Year)),
                    Unit::Decade => Some((-5, Unit::Year)),
                    Unit::Year => Some((-6, Unit::Month)),
                    _ => None,
                };
                if let Some((n, unit)) = back
                    && self.nlex(i + 3) == Lex::Ago
                    && self.near(i + 3)
                {
                    // (and "... ago today": that very day)
                    let (e, gran) = if self.nlex(i + 4) == Lex::Today {
                        (i + 5, Unit::Day)
                    } else {
                        (i + 4, unit)
                    };
                    return Some(Cand {
                        s: i,
                        e,
                        expr: Expr::Rel(Base::Ago, n, unit, gran),
                        kind: D,
                        tense: Tense::None,
                        ctx: Context::default(),
                    });
                }
                Some(cand(i + 3, Val::Dur(Some(5), u), DU))
            }
            // "a quarter century", "a half-century", "a quarter of a century"
            Lex::A
                if matches!(self.nlex(i + 1), Lex::Quarter | Lex::Half)
                    && self.near(i + 2)
                    && (self.word_is(i + 2, "century")
                        || self.punct(i + 2, b'-')
                            && self.adj(i + 2)
                            && self.word_is(i + 3, "century")
                        || self.nlex(i + 2) == Lex::Of
                            && self.nlex(i + 3) == Lex::A
                            && self.word_is(i + 4, "century")) =>
            {
                let e = if self.word_is(i + 2, "century") {
                    i + 3
                } else if self.word_is(i + 3, "century") {
                    i + 4
                } else {
                    i + 5
                };
                let years = if self.nlex(i + 1) == Lex::Half {
                    500
                } else {
                    250
                };
                Some(cand(e, Val::Dur(Some(years), Unit::Year), DU))
            }
            Lex::A
                if self.nlex(i + 1) == Lex::Later
                    && ["date", "time", "stage"]
                        .iter()
                        .any(|w| self.word_is(i + 2, w))
                    && self.near(i + 1)
                    && self.near(i + 2) =>
            {
                Some(cand(i + 3, Val::Ref("FUTURE_REF"), D))
            }
            _ => None,
        }
    }

    /// The country whose Independence Day the sentence around token i
    /// speaks of, by a name in it ("India celebrated Independence Day"):
    /// its month and day (the US's when none is named).
    fn independence_day(&self, i: usize) -> Option<(u8, u8)> {
        const DAYS: [(&str, u8, u8); 34] = [
            ("india", 8, 15),
            ("indian", 8, 15),
            ("indians", 8, 15),
            ("pakistan", 8, 14),
            ("pakistani", 8, 14),
            ("ukraine", 8, 24),
            ("ukrainian", 8, 24),
            ("ukrainians", 8, 24),
            ("kyiv", 8, 24),
            ("mexico", 9, 16),
            ("mexican", 9, 16),
            ("brazil", 9, 7),
            ("brazilian", 9, 7),
            ("indonesia", 8, 17),
            ("indonesian", 8, 17),
            ("philippines", 6, 12),
            ("filipino", 6, 12),
            ("filipinos", 6, 12),
            ("nigeria", 10, 1),
            ("nigerian", 10, 1),
            ("ghana", 3, 6),
            ("kenya", 12, 12),
            ("bangladesh", 3, 26),
            ("lanka", 2, 4),
            ("vietnam", 9, 2),
            ("algeria", 7, 5),
            ("venezuela", 7, 5),
            ("argentina", 7, 9),
            ("colombia", 7, 20),
            ("peru", 7, 28),
            ("chile", 9, 18),
            ("belarus", 7, 3),
            ("finland", 12, 6),
            ("malaysia", 8, 31),
        ];
        let lo = i.saturating_sub(30);
        let hi = (i + 15).min(self.t.len());
        let mut found = None;
        for k in lo..hi {
            if k < i && (self.full_stop(k) || self.t[k + 1].nl) {
                found = None;
                continue;
            }
            if k > i && self.full_stop(k) {
                break;
            }
            if self.t[k].cap
                && let Some(&(_, m, d)) = DAYS.iter().find(|x| self.word_is(k, x.0))
            {
                found = Some((m, d));
            }
            // another country's day we do not know: better no date
            if self.t[k].cap && (self.word_is(k, "israel") || self.word_is(k, "israeli")) {
                return None;
            }
        }
        found.or(Some((7, 4)))
    }

    /// "Election Day", "Labor Day", "Independence Day", "Boxing Day",
    /// "Valentine's Day", "St Patrick's Day" (at the token "Day").
    fn named_day(&self, i: usize) -> Option<Cand> {
        /// Days with a fixed date, by the word naming them.
        const FIXED: [(&str, u8, u8); 16] = [
            ("independence", 7, 4),
            // (May 1; Britain's bank holiday is the Monday after)
            ("may", 5, 1),
            ("australia", 1, 26),
            ("canada", 7, 1),
            ("waitangi", 2, 6),
            ("veterans", 11, 11),
            ("armistice", 11, 11),
            ("remembrance", 11, 11),
            ("boxing", 12, 26),
            ("bastille", 7, 14),
            ("anzac", 4, 25),
            ("valentine", 2, 14),
            ("patrick", 3, 17),
            ("stephen", 12, 26),
            ("george", 4, 23),
            ("andrew", 11, 30),
        ];
        if i == 0 || !self.t[i].cap || !self.near(i) {
            return None;
        }
        // the name, before an 's ("Valentine's Day")
        let n = if i >= 3 && self.word_is(i - 1, "s") && self.punct(i - 2, b'\'') {
            i - 3
        } else {
            i - 1
        };
        // "Presidents' Day"
        let n = if n + 1 == i && self.punct(n, b'\'') && n >= 1 && self.t[n - 1].cap {
            n - 1
        } else {
            n
        };
        // "Martin Luther King Jr. Day"
        let jr = match n {
            k if k >= 1 && self.word_is(k, "jr") => Some(k - 1),
            k if k >= 2 && self.punct(k, b'.') && self.word_is(k - 1, "jr") => Some(k - 2),
            _ => None,
        };
        let (n, jr) = match jr {
            Some(k) if self.word_is(k, "king") => (k, true),
            _ => (n, false),
        };
        if !self.t[n].cap {
            return None;
        }
        /// Days on the n-th weekday of a month, by the word naming them.
        const FLOATING: [(&str, u8); 7] = [
            ("patriots", 25),
            ("mother", 15),
            ("father", 16),
            ("presidents", 17),
            ("king", 18),
            ("mlk", 18),
            ("columbus", 19),
        ];
        let expr = if self.word_is(n, "independence") {
            let (m, d) = self.independence_day(n)?;
            Expr::Md(m, d, None)
        } else if let Some(&(_, m, d)) = FIXED.iter().find(|f| self.word_is(n, f.0)) {
            Expr::Md(m, d, None)
        } else if let Some(&(_, h)) = FLOATING
            .iter()
            // (not the Dutch "King's Day")
            .find(|f| self.word_is(n, f.0) && (f.1 != 18 || n + 1 == i || jr))
        {
            Expr::Holiday(h)
        } else if n + 1 != i {
            return None;
        } else if self.word_is(n, "election") {
            Expr::Holiday(4)
        } else if self.word_is(n, "labor") || self.word_is(n, "labour") {
            Expr::Holiday(5)
        } else if self.word_is(n, "memorial") {
            Expr::Holiday(6)
        } else {
            return None;
        };
        // "St Patrick's Day", "St. Patrick's Day", "Saint Patrick's Day"
        let s = if n >= 1 && (self.word_is(n - 1, "st") || self.word_is(n - 1, "saint")) {
            n - 1
        } else if n >= 2
            && (self.punct(n - 1, b'.') && self.word_is(n - 2, "st")
                || self.word_is(n - 1, "luther") && self.word_is(n - 2, "martin"))
        {
            // "St. Patrick's Day", "Martin Luther King Day"
            n - 2
        } else {
            n
        };
        let (expr, e) = match (expr, self.opt_year(i + 1)) {
            (Expr::Md(m, d, _), Some((y, k))) => (Expr::Abs(Val::Date(y, Some(m), Some(d))), k),
            (Expr::Holiday(h), Some((y, k))) => (
                {
                    let (m, d) = holiday_md(h, y);
                    Expr::Abs(Val::Date(y, Some(m), Some(d)))
                },
                k,
            ),
            (x, _) => (x, i + 1),
        };
        Some(Cand {
            s,
            e,
            expr,
            kind: D,
            tense: self.tense(s, e),
            ctx: Context::default(),
        })
    }

    /// Top-level match at token i.
    /// "the same week a year ago", "the same month last year" (that unit
    /// a year back) and "this time last year" (the DCT's day a year back),
    /// each one expression.
    fn year_back(&self, i: usize) -> Option<Cand> {
        let cand = |e: usize, expr: Expr| Cand {
            s: i,
            e,
            expr,
            kind: D,
            tense: Tense::None,
            ctx: Context::default(),
        };
        if matches!(self.lex(i), Lex::This) {
            if self.word_is(i + 1, "time")
                && matches!(self.lex(i + 2), Lex::Last | Lex::Next)
                && matches!(self.lex(i + 3), Lex::Year)
                && (i + 1..i + 4).all(|k| self.near(k))
            {
                let n = if matches!(self.lex(i + 2), Lex::Last) {
                    -1
                } else {
                    1
                };
                return Some(cand(i + 4, Expr::Rel(Base::Dct, n, Unit::Year, Unit::Day)));
            }
            return None;
        }
        // ("the same weekend last year": that weekend a year back)
        let u = match self.lex(i + 2) {
            Lex::U(u @ (Unit::Day | Unit::Week | Unit::Month), false) => Some(u),
            Lex::Weekend => None,
            _ => return None,
        };
        if !matches!(self.lex(i + 1), Lex::Same) || !(i + 1..i + 5).all(|k| self.near(k)) {
            return None;
        }
        let e = if matches!(self.lex(i + 3), Lex::A)
            && matches!(self.lex(i + 4), Lex::Year)
            && matches!(self.nlex(i + 5), Lex::Ago | Lex::Earlier)
        {
            i + 6
        } else if matches!(self.lex(i + 3), Lex::Last) && matches!(self.lex(i + 4), Lex::Year) {
            i + 5
        } else {
            return None;
        };
        Some(cand(
            e,
            u.map_or(Expr::SameWeekendLastYear, Expr::SameLastYear),
        ))
    }

    pub fn match_at(&self, i: usize) -> Option<Cand> {
        // "will last 42 days", "expected to last two weeks", "typically last
        // five days": the verb, then the duration
        if self.lex(i) == Lex::Last
            && i > 0
            && ([
                "to", "will", "would", "could", "may", "might", "should", "must", "can", "ll",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w))
                || self.t[i - 1].k == Kind::Word
                    && !self.t[i - 1].cap
                    && self.text(i - 1).len() > 4
                    && self.text(i - 1).ends_with(b"ly"))
            && let Some(c) = self
                .match_at(i + 1)
                .filter(|c| c.kind == DU && c.s == i + 1)
        {
            // ("compared to last year" is the year)
            return Some(c);
        }
        if let Some(c) = self.vague_span(i) {
            return Some(c);
        }
        let l = self.lex(i);
        match l {
            Lex::The | Lex::This => {
                if let Some(c) = self.year_back(i) {
                    return Some(c);
                }
            }
            // "came following two days of wrangling": a preposition, outside
            // the extent (not "the following two days")
            Lex::Following
                if (self.t.get(i + 1).is_some_and(|t| t.k == Kind::Num)
                    || matches!(self.nlex(i + 1), Lex::Num(_)))
                    && (i == 0 || !matches!(self.lex(i - 1), Lex::The)) =>
            {
                return self.match_at(i + 1);
            }
            // "just after seven o'clock", "three o'clock in the morning": the
            // hour said in words (as "7 o'clock": the afternoon's up to six,
            // unless the morning is said)
            Lex::Num(n @ 1..=12)
                if self.t[i].k == Kind::Word
                    && self.word_is(i + 1, "o")
                    && self.punct(i + 2, b'\'')
                    && self.word_is(i + 3, "clock")
                    && (i + 2..i + 4).all(|k| self.adj(k)) =>
            {
                let e = self.morning_after(i + 4).unwrap_or(i + 4);
                // ("twelve o'clock in the morning" is midnight; "tomorrow
                // night at nine o'clock" the evening's)
                let h = if n == 12 && e > i + 4 {
                    0
                } else if n < 12
                    && (i.saturating_sub(4)..i).any(|k| {
                        matches!(
                            self.lex(k),
                            Lex::Pod(Part::Evening | Part::Night) | Lex::Tonight
                        )
                    })
                {
                    n + 12
                } else {
                    self.oclock_hour(n, i + 4)
                };
                return Some(Cand {
                    s: i,
                    e,
                    expr: Expr::TimeOnly(Tod::Hm(h as u8, None, false), false),
                    kind: TI,
                    tense: self.tense(i, i + 4),
                    ctx: Context::default(),
                });
            }
            // "wait another year", "another week cooped up": one unit more
            // (not "another day", mostly an idiom: "fight another day")
            Lex::U(..) | Lex::Year | Lex::Century
                if i > 0
                    && self.word_is(i - 1, "another")
                    && !matches!(self.nlex(i + 1), Lex::Later | Lex::Earlier | Lex::Ago) =>
            {
                if let Some((u, false)) = unit_of(l)
                    && !matches!(u, Unit::Day | Unit::Quarter)
                {
                    return Some(Cand {
                        s: i - 1,
                        e: i + 1,
                        expr: Expr::Free(Val::Dur(Some(10), u)),
                        kind: DU,
                        tense: Tense::None,
                        ctx: Context::default(),
                    });
                }
            }
            // "Lunar New Year", "Chinese New Year": the first day of the
            // lunar year (not "Lunar New Year's Eve")
            // "the Spring Festival": China's name for it (in a story about
            // China: not a town's spring festival)
            Lex::Season(0)
                if self.t[i].cap
                    && self.word_is(i + 1, "festival")
                    && self.t.get(i + 1).is_some_and(|t| t.cap)
                    && self.near(i + 1)
                    && (i.saturating_sub(60)..(i + 60).min(self.t.len())).any(|k| {
                        ["china", "chinese", "lunar", "beijing", "xinhua"]
                            .iter()
                            .any(|w| self.word_is(k, w))
                    }) =>
            {
                return Some(Cand {
                    s: i,
                    e: i + 2,
                    expr: Expr::Holiday(27),
                    kind: D,
                    tense: self.tense(i, i + 2),
                    ctx: Context::default(),
                });
            }
            Lex::Holiday(3)
                if i > 0
                    && self.t[i - 1].cap
                    && (self.word_is(i - 1, "lunar") || self.word_is(i - 1, "chinese"))
                    && self.nlex(i + 1) == Lex::Year
                    && self.near(i)
                    && !self.punct(i + 2, b'\'') =>
            {
                return Some(Cand {
                    s: i - 1,
                    e: i + 2,
                    expr: Expr::Holiday(27),
                    kind: D,
                    tense: self.tense(i - 1, i + 2),
                    ctx: Context::default(),
                });
            }
            _ => {}
        }
        if self.lex(i) == Lex::U(Unit::Day, false)
            && let Some(c) = self.named_day(i)
        {
            return Some(c);
        }
        // "the holiday quarter", "holiday-quarter sales": the fourth
        if matches!(self.lex(i), Lex::Quarter) && i > 0 {
            let h = if self.punct(i - 1, b'-') && self.adj(i - 1) && self.adj(i) {
                i.checked_sub(2)
            } else {
                Some(i - 1)
            };
            if let Some(h) = h
                && self.word_is(h, "holiday")
                && self.near(h + 1)
            {
                let s = if h > 0 && self.lex(h - 1) == Lex::The {
                    h - 1
                } else {
                    h
                };
                return Some(Cand {
                    s,
                    e: i + 1,
                    expr: Expr::Quarter(4),
                    kind: D,
                    tense: self.tense(s, i + 1),
                    ctx: Context::default(),
                });
            }
        }
        // "Bonfire Night", "Guy Fawkes Night": November 5
        if matches!(self.lex(i), Lex::Pod(Part::Night))
            && i > 0
            && self.t[i].cap
            && self.t[i - 1].cap
            && self.near(i)
            && (self.word_is(i - 1, "bonfire") || self.word_is(i - 1, "fawkes"))
        {
            let s = if i >= 2 && self.word_is(i - 2, "guy") && self.word_is(i - 1, "fawkes") {
                i - 2
            } else {
                i - 1
            };
            return Some(Cand {
                s,
                e: i + 1,
                expr: Expr::Md(11, 5, None),
                kind: D,
                tense: self.tense(s, i + 1),
                ctx: Context::default(),
            });
        }
        if let Some(c) = self.special(i) {
            return Some(Cand {
                s: i,
                e: c.e,
                expr: c.expr,
                kind: c.kind,
                tense: self.tense(i, c.e),
                ctx: Context::default(),
            });
        }
        let c = if self.lex(i) == Lex::The {
            let c = self.mods(i + 1, true)?;
            if !c.the_ok {
                return None;
            }
            c
        } else {
            self.mods(i, false)?
        };
        // Reject empty or inverted spans defensively.
        if c.e <= i || c.e > self.t.len() {
            return None;
        }
        // Reject impossible calendar dates ("31/02/2024", "June 31").
        let ok = match c.expr {
            Expr::Abs(Val::Date(y, Some(m), Some(d))) | Expr::Abs(Val::Time(y, m, d, _, _))
                if y > 0 =>
            {
                chrono::NaiveDate::from_ymd_opt(y, m as u32, d as u32).is_some()
            }
            Expr::Md(m, d, _)
            | Expr::MdWd(m, d, _)
            | Expr::MdRef(m, d)
            | Expr::MdYear(m, d, _)
            | Expr::MdNamed(m, d) => {
                chrono::NaiveDate::from_ymd_opt(2000, m as u32, d as u32).is_some()
            }
            _ => true,
        };
        // a quoted title opening with a count ("''60 Minutes''", "\"24 Hours\"")
        // (WikiWars marks spelled counted names: "the \"Ten Year's Civil War\"")
        let quoted_title = c.kind == DU
            && self.t[i].k == Kind::Num
            && i > 0
            && !self.t[i].sp
            && matches!(self.t[i - 1].k, Kind::Punct(b'"' | b'\''))
            && self.t[i..c.e].iter().any(|t| t.k == Kind::Word && t.cap);
        if !ok || quoted_title || self.title_case(i, c.e) {
            return None;
        }
        // "the next two years or so"
        let mut c = c;
        if c.kind == DU && self.or_so(c.e) {
            c.e += 2;
        }
        // "until 1994 or later", "for 1990 and beyond": an open range
        // starting at the year, one expression
        if matches!(c.expr, Expr::Abs(Val::Date(_, None, None)))
            && matches!(self.nlex(c.e), Lex::And | Lex::Or)
            && self.near(c.e + 1)
            && (matches!(self.nlex(c.e + 1), Lex::Later | Lex::Earlier)
                || self.word_is(c.e + 1, "beyond"))
        {
            c.e += 2;
        }
        // "April and June 1955", "26 June - 4 August 1952", "from December
        // to February 2024": the year said once for both
        if let Expr::M(m) | Expr::Md(m, _, None) = c.expr
            && let Some((y, m2)) = self.shared_year(c.e)
        {
            let y = if m > m2 { y - 1 } else { y };
            c.expr = Expr::Abs(match c.expr {
                Expr::Md(_, d, _) => Val::Date(y, Some(m), Some(d)),
                _ => Val::Date(y, Some(m), None),
            });
        }
        // "Eighty years ago today": that very day; "a year ago this month":
        // that month
        if let Expr::Rel(Base::Ago, n, u, _) = c.expr {
            if self.nlex(c.e) == Lex::Today {
                c.expr = Expr::Rel(Base::Ago, n, u, Unit::Day);
                c.e += 1;
            } else if self.nlex(c.e) == Lex::This
                && let Lex::U(g @ (Unit::Week | Unit::Month), false) = self.nlex(c.e + 1)
                && matches!(u, Unit::Year | Unit::Decade)
            {
                c.expr = Expr::Rel(Base::Ago, n, u, g);
                c.e += 2;
            } else if let Some((p, k)) = match self.nlex(c.e) {
                // "Thirty years ago tonight", "Sixty years ago this
                // morning": that part of that very day
                Lex::Tonight => Some((Part::Night, c.e + 1)),
                Lex::This => match self.nlex(c.e + 1) {
                    Lex::Pod(p) => Some((p, c.e + 2)),
                    _ => None,
                },
                _ => None,
            } && matches!(u, Unit::Year | Unit::Decade)
            {
                c.expr = Expr::AgoPart(n, u, p);
                c.kind = TI;
                c.e = k;
            } else if self.nlex(c.e) == Lex::Last
                && self.nlex(c.e + 1) == Lex::U(Unit::Month, false)
                && u == Unit::Year
            {
                // "ten years ago last month": that month, ten years back
                c.expr = Expr::Rel(Base::Ago, n * 12 - 1, Unit::Month, Unit::Month);
                c.e += 2;
            }
        }
        // "on 24 February, a Thursday": the weekday tells the year
        if let Expr::Md(_, _, None) | Expr::Abs(Val::Date(_, Some(_), Some(_))) = c.expr
            && self.punct(c.e, b',')
            && self.near(c.e + 1)
        {
            let k = if self.lex(c.e + 1) == Lex::A {
                c.e + 2
            } else {
                c.e + 1
            };
            if let Lex::Weekday(wd) = self.nlex(k) {
                // ("August 11, a Friday night": that day's night)
                if let Lex::Pod(p) = self.nlex(k + 1) {
                    match c.expr {
                        Expr::Md(m, d, None) => {
                            c.expr = Expr::Md(m, d, Some(Tod::Part(p)));
                        }
                        Expr::Abs(Val::Date(y, Some(m), Some(d))) => {
                            c.expr = Expr::Abs(Val::Time(y, m, d, Tod::Part(p), false));
                        }
                        _ => {}
                    }
                    c.kind = TI;
                    c.e = k + 2;
                } else if matches!(c.expr, Expr::Md(..)) {
                    c.expr = with_weekday(c.expr, wd);
                    c.e = k + 1;
                }
            }
        }
        // "the June 1 deadline": a day that names a thing (its date may
        // have been told in full before)
        if let Expr::Md(m, d, None) = c.expr
            && i > 0
            && self.lex(i - 1) == Lex::The
            && self
                .t
                .get(c.e)
                .is_some_and(|t| t.k == Kind::Word && !t.cap && t.lex == Lex::Nil && !t.nl)
        {
            c.expr = Expr::MdNamed(m, d);
        }
        // "the Sept. 11 attacks", "the Jan. 6 riot", "the Oct. 7 massacre":
        // days the news names by their date
        if let Expr::Md(m, d, None) | Expr::MdNamed(m, d) = c.expr
            && let Some(y) = named_event_year(m, d)
            && [
                "attack",
                "attacks",
                "riot",
                "riots",
                "insurrection",
                "massacre",
                "assault",
                "hijackers",
                "commission",
                "committee",
                "terror",
                "terrorist",
                "memorial",
                "museum",
                "victims",
                "anniversary",
            ]
            .iter()
            .any(|w| self.word_is(c.e, w))
        {
            c.expr = Expr::Abs(Val::Date(y, Some(m), Some(d)));
        }
        // "quarter-to-quarter comparison", "day-to-day": not a time (but
        // "the October-to-December period" spans two months)
        if self.punct(c.e, b'-')
            && self.adj(c.e)
            && self.word_is(c.e + 1, "to")
            && self.adj(c.e + 1)
            && !(matches!(c.expr, Expr::M(_))
                && self.punct(c.e + 2, b'-')
                && matches!(self.lex(c.e + 3), Lex::Month(_) | Lex::MonthAbbr(_)))
        {
            return None;
        }
        // "in his 30s", "in her early 40s": an age, not a decade
        if matches!(c.expr, Expr::Abs(Val::Decade(_)))
            && i > 0
            && ["his", "her", "their", "my", "your", "our"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            return None;
        }
        if matches!(c.expr, Expr::Abs(Val::Decade(_))) && self.unlikely_decade(i, c.e) {
            return None;
        }
        // "the quarter-finals", "the first half of the semi-final": a round
        // of a tournament, not a part of the year
        if matches!(self.lex(c.e - 1), Lex::Quarter | Lex::Half)
            && (self.punct(c.e, b'-') && self.adj(c.e) && self.adj(c.e + 1) || self.near(c.e))
            && {
                let w = self.text(c.e + usize::from(self.punct(c.e, b'-')));
                w.len() >= 5 && w[..5].eq_ignore_ascii_case(b"final")
            }
        {
            return None;
        }
        // "late-night businesses", "early-morning raids": an adjective of
        // any night (not "late-night on Friday")
        if matches!(self.lex(i), Lex::Early | Lex::Late)
            && self.punct(i + 1, b'-')
            && c.e == i + 3
            && matches!(self.lex(i + 2), Lex::Pod(_))
            && self
                .t
                .get(c.e)
                .is_some_and(|t| t.k == Kind::Word && t.lex == Lex::Nil && !t.cap && !t.nl)
            // (a market's "in late-afternoon trading" is today's)
            && !["trading", "trade", "session", "deals"]
                .iter()
                .any(|w| self.word_is(c.e, w))
        {
            return None;
        }
        // "It's 18 minutes past the hour": the clock, said on air
        if c.kind == DU
            && ["past", "after", "before"]
                .iter()
                .any(|w| self.word_is(c.e, w))
            && self.word_is(c.e + 1, "the")
            && self.word_is(c.e + 2, "hour")
        {
            return None;
        }
        // "the second half of the race", "the first half of his term": a
        // part of a thing (not "of the year", "of 2021", "of next year")
        // (a half "of" something not a year: "of the race", "of the summer",
        // "of the decade", "of the Soviet contingent"; but "of the current
        // fiscal year", "of fiscal 1998" keep their half)
        if matches!(self.lex(c.e - 1), Lex::Half)
            && matches!(self.nlex(c.e), Lex::Of)
            && !(c.e + 1..c.e + 5).any(|k| {
                matches!(self.lex(k), Lex::Fiscal | Lex::Year) || self.valid_year(k).is_some()
            })
        {
            return None;
        }
        // "in 9.79 seconds": the fraction of a decimal number is no count
        if i >= 2
            && self.t[i].k == Kind::Num
            && self.punct(i - 1, b'.')
            && self.adj(i - 1)
            && self.adj(i)
            && self.t[i - 2].k == Kind::Num
        {
            return None;
        }
        // "high noon" is an idiom
        if self.lex(i) == Lex::Noon && i > 0 && self.word_is(i - 1, "high") {
            return None;
        }
        // a day plus a part of it ("Friday night", "this morning") is a TIME,
        // as TimeML says (TimeBank often types it DATE, MEANTIME and
        // WikiWars TIME)
        // "Flu usually peaks in January", "typically falls around Sept. 10":
        // any year's
        // (not a deadline: "to borrow normally until Feb. 7")
        if matches!(c.expr, Expr::M(_) | Expr::Md(_, _, None))
            && !(i > 0
                && ["until", "till", "by"]
                    .iter()
                    .any(|w| self.word_is(i - 1, w)))
            && self.habitual_before(i)
        {
            c.expr = match c.expr {
                Expr::Md(m, d, _) => Expr::Free(Val::XMonthDay(m, d)),
                Expr::M(m) => Expr::Free(Val::XMonth(m)),
                x => x,
            };
        }
        // "She worked nights, usually from 10 p.m. until dawn": any day's
        // hour (in its own clause: not "usually opens at 9, but on Monday at
        // 11")
        // (not one on a day said right after it: "typically hold a call at
        // 10 a.m. that day")
        if let Expr::TimeOnly(tod @ Tod::Hm(..), z) = c.expr
            && !(self.word_is(c.e, "that") && self.word_is(c.e + 1, "day"))
            // (twelve tokens: a clock time's points count, "will generally
            // be held between 7 a.m. and 6 p.m.")
            && self.word_back(
                i,
                12,
                b",;",
                &["usually", "typically", "normally", "generally"],
            )
        {
            c.expr = Expr::Free(Val::Time(i32::MIN, 0, 0, tod, z));
        }
        let kind = match c.expr {
            Expr::Wd(_, Some(Tod::Part(_)))
            | Expr::Day(_, Some(Tod::Part(_)))
            | Expr::Overnight
            | Expr::RelWeekday(_, _, Some(Tod::Part(_)))
            | Expr::RefWeekday(_, _, Some(Tod::Part(_))) => TI,
            _ => c.kind,
        };
        let tense = match c.expr {
            Expr::Abs(_) | Expr::Free(_) => Tense::None,
            // news says "over the weekend" of the one just gone, unless a
            // future verb says otherwise
            // ("a draft circulated over the weekend would extend ...": the
            // participle's past)
            Expr::RelWeekend(0) if i > 0 && self.word_is(i - 1, "over") => {
                let t = self.tense(i, c.e);
                let participle = i > 1
                    && self.text(i - 2).ends_with(b"ed")
                    && self.verb_tense(i - 2, false) != Tense::Future
                    && !self.word_is(i - 2, "expected");
                // ("Forecasters expected Marisol to stay just off the coast
                // and weaken over the weekend": a forecast's infinitive,
                // however far)
                let forecast = t == Tense::None
                    && self
                        .back_find(i, 24, b";", |k| {
                            [
                                "expected",
                                "forecast",
                                "predicted",
                                "likely",
                                "due",
                                "poised",
                            ]
                            .iter()
                            .any(|w| self.word_is(k, w))
                        })
                        .is_some_and(|k| (k + 1..i).any(|x| self.word_is(x, "to")));
                if t.future() && !participle || forecast {
                    if forecast { Tense::After } else { t }
                } else {
                    Tense::Past
                }
            }
            // "expected earlier this summer", said in October: gone by
            _ if self.lex(i) == Lex::Earlier && self.lex(i + 1) == Lex::This => Tense::Before,
            _ if self.lex(i) == Lex::Later && self.lex(i + 1) == Lex::This => Tense::After,
            _ => self.tense(i, c.e),
        };
        Some(Cand {
            s: i,
            e: c.e,
            expr: c.expr,
            kind,
            tense,
            ctx: Context::default(),
        })
    }

    /// Expressions matched before the general grammar: spelled-out years and
    /// period names of financial reports.
    fn special(&self, i: usize) -> Option<Core> {
        // only these tokens can start a special expression
        let t = self.t.get(i)?;
        if !matches!(
            t.lex,
            Lex::The | Lex::A | Lex::Num(_) | Lex::U(..) | Lex::Year
        ) && t.k != Kind::Num
        {
            return None;
        }
        let (the, j) = if self.lex(i) == Lex::The {
            (true, i + 1)
        } else {
            (false, i)
        };
        if the && !self.near(j) {
            return None;
        }
        // "had withdrawn the day before.", "The day after, ...": the day
        // next to the one told (before a named day, see the tagger's output
        // loop)
        // ("the week before,", "the year after.")
        let unit = match self.lex(j) {
            Lex::U(u @ (Unit::Day | Unit::Week | Unit::Month), false) => Some(u),
            Lex::Year => Some(Unit::Year),
            _ => None,
        };
        if the
            && let Some(u) = unit
            && (self.word_is(j + 1, "before") || self.word_is(j + 1, "after"))
            && self.near(j + 1)
            && (self
                .t
                .get(j + 2)
                .is_none_or(|t| t.nl || matches!(t.k, Kind::Punct(b'.' | b',' | b';' | b')')))
                // ("down from 7.42 percent the week before and from 8.6
                // percent a year ago"; not "the day before and after the vote")
                || ["and", "or", "but"].iter().any(|w| self.word_is(j + 2, w))
                    && !["before", "after"].iter().any(|w| self.word_is(j + 3, w)))
        {
            let n = if self.word_is(j + 1, "before") { -1 } else { 1 };
            return core(j + 2, Expr::Rel(Base::Ref, n, u, u), D, true);
        }
        // "next year and probably the year after that"
        if the
            && let Some(u) = unit
            && (self.word_is(j + 1, "before") || self.word_is(j + 1, "after"))
            && self.word_is(j + 2, "that")
            && self.near(j + 2)
            && self
                .t
                .get(j + 3)
                .is_none_or(|t| t.nl || matches!(t.k, Kind::Punct(b'.' | b',' | b';' | b')')))
        {
            let n = if self.word_is(j + 1, "before") { -1 } else { 1 };
            return core(j + 3, Expr::Rel(Base::Ref, n, u, u), D, true);
        }
        // "9/11": the attacks' day, not the 11th of some September
        if self.text(i) == b"9"
            && self.punct(i + 1, b'/')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.text(i + 2) == b"11"
            && !self.glued(i + 3)
        {
            return core(
                i + 3,
                Expr::Abs(Val::Date(2001, Some(9), Some(11))),
                D,
                false,
            );
        }
        // analysts' "4Q25", "3Q": a quarter, with its year's last two digits
        if t.k == Kind::Num
            && let Some((q @ 1..=4, 1)) = self.num(i)
            && self.adj(i + 1)
            && self.lex(i + 1) == Lex::Q
            && self.text(i + 1) == b"Q"
        {
            if self.adj(i + 2)
                && let Some((y, 2)) = self.num(i + 2)
            {
                if self.glued(i + 3) {
                    return None;
                }
                return core(
                    i + 3,
                    Expr::Abs(Val::Quarter(2000 + y as i32, q as u8)),
                    D,
                    false,
                );
            }
            if self.glued(i + 2) {
                return None;
            }
            return core(i + 2, Expr::Quarter(q as u8), D, false);
        }
        // "the Dow's worst week since 2008": in news the current unit
        let unit_here = match self.lex(i) {
            Lex::U(u @ (Unit::Day | Unit::Week | Unit::Month), false) => Some(u),
            Lex::Year => Some(Unit::Year),
            _ => None,
        };
        if let Some(u) = unit_here
            && !the
            && i > 0
            && !self.t[i].nl
            // ("His best year came in 1952": a life's, not the current one)
            && !(i >= 2
                && ["his", "her", "my", "your"]
                    .iter()
                    .any(|w| self.word_is(i - 2, w)))
            && [
                "best",
                "worst",
                "biggest",
                "busiest",
                "strongest",
                "weakest",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w))
        {
            if matches!(
                self.nlex(i + 1),
                Lex::Of | Lex::Ago | Lex::Earlier | Lex::Later
            ) || self.punct(i + 1, b'-')
            {
                return None;
            }
            // ("had its best year in fiscal 2008": the year is the one named)
            if self.nlex(i + 1) == Lex::In {
                let k = if self.lex(i + 2) == Lex::Fiscal {
                    i + 3
                } else {
                    i + 2
                };
                if self
                    .num(k)
                    .is_some_and(|(y, n)| n == 4 && (1000..=2100).contains(&y))
                {
                    return None;
                }
            }
            // ("sank on Thursday, their worst day since January": the day told)
            if u == Unit::Day {
                return core(i + 1, Expr::TheDay, D, false);
            }
            return core(i + 1, Expr::NthUnit(u), D, false);
        }
        // "in the days before the slaying": TimeBank marks the unit alone, a
        // date around the event (approximated by the reference month)
        if !the
            && i > 0
            && self.lex(i - 1) == Lex::The
            && matches!(
                self.lex(i),
                Lex::U(Unit::Day | Unit::Week | Unit::Month, true)
            )
            && self.near(i + 1)
            && (matches!(self.lex(i + 1), Lex::Before | Lex::After | Lex::Following)
                || self.word_is(i + 1, "leading"))
        {
            // ("fraud typically rises in the months after a storm": any
            // storm's, a span)
            if let Lex::U(u, _) = self.lex(i)
                && self.habitual_before(i)
            {
                return core(i + 1, Expr::Free(Val::Dur(None, u)), DU, false);
            }
            return core(i + 1, Expr::Same(Unit::Month), D, false);
        }
        // "the last week of March", "the first week of May 2009", "the week of
        // March 6": an ISO week
        if the {
            let (n, k) = match self.lex(j) {
                Lex::Last => (-1, j + 1),
                Lex::Ord(n @ 1..=4) => (n as i8, j + 1),
                _ => (0, j),
            };
            // (and a report's "the week ending Jan. 9": the week of that day)
            if self.lex(k) == Lex::U(Unit::Week, false)
                && self.near(k + 1)
                && (self.lex(k + 1) == Lex::Of
                    || n == 0 && (self.word_is(k + 1, "ending") || self.word_is(k + 1, "ended")))
                && self.near(k + 2)
            {
                let mk = k + 2;
                let m = match self.lex(mk) {
                    Lex::Month(m) if self.t[mk].cap => m,
                    Lex::MonthAbbr(m) if self.t[mk].cap => m,
                    _ => return None,
                };
                let mut e = if matches!(self.lex(mk), Lex::MonthAbbr(_)) {
                    self.dot(mk + 1)
                } else {
                    mk + 1
                };
                let mut day = None;
                if n == 0 {
                    let (d, nd) = self.num(e)?;
                    if nd > 2 || !(1..=31).contains(&d) || !self.near(e) {
                        return None;
                    }
                    day = Some(d as u8);
                    e = self.ord_suffix(e + 1);
                }
                let (year, e) = match self.opt_year(e) {
                    Some((y, e2)) => (Some(y), e2),
                    None => (None, e),
                };
                return core(e, Expr::MonthWeek(m, n, day, year), D, true);
            }
            // "the second Sunday of December", "the last Monday in May 2002";
            // "the third Thursday of every month" (a monthly SET)
            // ("the first Monday morning in January": that day's part)
            let (part, k1) = match self.nlex(k + 1) {
                Lex::Pod(p) if matches!(self.lex(k), Lex::Weekday(_)) => {
                    (Some(Tod::Part(p)), k + 1)
                }
                _ => (None, k),
            };
            // ("the last weekend of December": the week of its Saturday)
            let (wd, weekend) = match self.lex(k) {
                Lex::Weekday(wd) => (Some(wd), false),
                Lex::Weekend => (Some(6), true),
                _ => (None, false),
            };
            if n != 0
                && let Some(wd) = wd
                && matches!(self.lex(k1 + 1), Lex::Of | Lex::In)
                && self.near(k1 + 1)
                && self.near(k1 + 2)
            {
                let k = k1;
                if matches!(self.lex(k + 2), Lex::Every | Lex::Each)
                    && self.lex(k + 3) == Lex::U(Unit::Month, false)
                {
                    return core(k + 4, Expr::Free(Val::SetEvery(Unit::Month)), SE, true);
                }
                let mk = k + 2;
                let m = match self.lex(mk) {
                    Lex::Month(m) | Lex::MonthAbbr(m) if self.t[mk].cap => m,
                    _ => return None,
                };
                let e = if matches!(self.lex(mk), Lex::MonthAbbr(_)) {
                    self.dot(mk + 1)
                } else {
                    mk + 1
                };
                let (year, e) = match self.opt_year(e) {
                    Some((y, e2)) => (Some(y), e2),
                    None => (None, e),
                };
                if weekend {
                    return core(e, Expr::NthWeekend(m, n, year), D, true);
                }
                let kind = if part.is_some() { TI } else { D };
                return core(e, Expr::NthWeekday(m, n, wd, year, part), kind, true);
            }
        }
        // "the weeks ahead", "the years to come"
        if the
            && let Lex::U(u, true) = self.lex(j)
            && (self.nlex(j + 1) == Lex::Ahead
                || self.nlex(j + 1) == Lex::To && self.word_is(j + 2, "come") && self.near(j + 2))
        {
            let e = if self.nlex(j + 1) == Lex::Ahead {
                j + 2
            } else {
                j + 3
            };
            return core(e, Expr::Free(Val::Dur(None, u)), DU, true);
        }
        // "the last half of 1989" = the second half, "the final quarter of
        // 2009" = the fourth
        if the
            && (self.lex(j) == Lex::Last || self.word_is(j, "latter") || self.word_is(j, "final"))
            && matches!(self.nlex(j + 1), Lex::Half | Lex::Quarter)
        {
            let n = if self.nlex(j + 1) == Lex::Half { 2 } else { 4 };
            let c = self.ordinal(j, n, true)?;
            // only with a year ("the last half of the '80s" is not H2)
            return if c.e > j + 2 { Some(c) } else { None };
        }
        // "at 4 in the morning", "at 5:30 in the morning", "at 9 in the
        // evening", "at four in the morning"
        let hour = match (self.num(i), self.lex(i)) {
            (Some((h, 1..=2)), _) => Some(h),
            (None, Lex::Num(n)) if self.t[i].k == Kind::Word => Some(n),
            _ => None,
        };
        if !the
            && let Some(h @ 1..=12) = hour
            && i > 0
            && (self.lex(i - 1) == Lex::At
                || [
                    "around", "about", "until", "till", "by", "from", "before", "after",
                ]
                .iter()
                .any(|w| self.word_is(i - 1, w)))
        {
            // (":30" minutes)
            let (mins, k) = if self.punct(i + 1, b':')
                && self.adj(i + 1)
                && self.adj(i + 2)
                && let Some((m @ 0..=59, 2)) = self.num(i + 2)
            {
                (Some(m as u8), i + 3)
            } else {
                (None, i + 1)
            };
            // ("after 9 at night")
            let part = if self.lex(k) == Lex::In
                && self.lex(k + 1) == Lex::The
                && self.near(k)
                && self.near(k + 1)
                && self.near(k + 2)
                && let Lex::Pod(p) = self.lex(k + 2)
            {
                Some((p, k + 3))
            } else if self.lex(k) == Lex::At
                && self.near(k)
                && self.near(k + 1)
                && self.lex(k + 1) == Lex::Pod(Part::Night)
            {
                Some((Part::Night, k + 2))
            } else {
                None
            };
            // ("at 10 this morning", "at 5 yesterday afternoon", "at 9
            // tonight")
            if part.is_none()
                && matches!(
                    self.lex(k),
                    Lex::This | Lex::Yesterday | Lex::Tomorrow | Lex::Tonight
                )
                && self.near(k)
                && let Some(c) = self.core(k, false)
                && let Expr::Day(n, Some(Tod::Part(p))) = c.expr
            {
                let h = match p {
                    Part::Morning => h % 12,
                    _ => h % 12 + 12,
                };
                let tod = Tod::Hm(h as u8, mins, false);
                return core(c.e, Expr::Day(n, Some(tod)), TI, false);
            }
            if let Some((p, e)) = part {
                let h = match p {
                    Part::Morning => h % 12,
                    Part::Night if h < 6 => h,
                    Part::Night if h == 12 => 24,
                    _ => h % 12 + 12,
                };
                let tod = Tod::Hm(h as u8, mins, false);
                return core(e, Expr::TimeOnly(tod, false), TI, false);
            }
        }
        // "April 24 and 25": the second day shares the month
        if !the
            && let Some((d @ 1..=31, 1..=2)) = self.num(i)
            && i >= 3
            && matches!(self.lex(i - 1), Lex::And | Lex::Or | Lex::To)
            && self
                .num(i - 2)
                .is_some_and(|(d0, n0)| n0 <= 2 && (1..=31).contains(&d0))
            && !self.t.get(i + 1).is_some_and(|n| {
                n.k == Kind::Word && n.lex == Lex::Nil && !n.cap || n.k == Kind::Num
            })
        {
            let mi = if self.punct(i - 3, b'.') && i >= 4 {
                i - 4
            } else {
                i - 3
            };
            if let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(mi)
                && self.t[mi].cap
                && chrono::NaiveDate::from_ymd_opt(2000, m as u32, d).is_some()
            {
                return core(i + 1, Expr::Md(m, d as u8, None), D, false);
            }
        }
        // "a second consecutive day"
        if !the
            && self.lex(i) == Lex::A
            && self.near(i + 1)
            && let Lex::Ord(n) = self.lex(i + 1)
            && self.near(i + 2)
        {
            return self.nth_unit(i + 2, n, true);
        }
        // "nineteen ninety-six" (not "nineteen twenty-year-olds")
        if !the && let Some((y, e)) = self.spelled_year(i, false) {
            if self.punct(e, b'-') && self.adj(e) {
                return None;
            }
            return core(e, Expr::Abs(Val::Date(y, None, None)), D, false);
        }
        match self.lex(j) {
            // "the year two thousand", "the year 2000"
            Lex::Year if self.near(j + 1) => {
                if let Some(y) = self.valid_year(j + 1) {
                    return core(j + 2, Expr::Abs(Val::Date(y, None, None)), D, true);
                }
                let (y, e) = self.spelled_year(j + 1, true)?;
                core(e, Expr::Abs(Val::Date(y, None, None)), D, true)
            }
            // "the full year", "the fiscal year", "the entire fiscal year"
            // (but "the fiscal year ended Jan. 31" is a one-year duration)
            _ if the
                && (self.word_is(j, "full")
                    || self.word_is(j, "entire")
                    || self.word_is(j, "whole")
                    || self.lex(j) == Lex::Fiscal) =>
            {
                let fiscal = self.lex(j) == Lex::Fiscal || self.nlex(j + 1) == Lex::Fiscal;
                let j = if self.lex(j) != Lex::Fiscal && fiscal {
                    j + 1
                } else {
                    j
                };
                if self.nlex(j + 1) != Lex::Year {
                    return None;
                }
                if self.word_is(j + 2, "ended") || self.word_is(j + 2, "ending") {
                    return core(j + 2, Expr::Free(Val::Dur(Some(10), Unit::Year)), DU, true);
                }
                if self.punct(j + 2, b'-') || self.t.get(j + 2).is_some_and(|t| t.k == Kind::Num) {
                    return None;
                }
                // "the full year" of a report is the current one; "for the entire
                // year" sums up the period just mentioned
                let expr = if fiscal || self.word_is(j, "full") {
                    Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year)
                } else {
                    Expr::Same(Unit::Year)
                };
                core(j + 2, expr, D, true)
            }

            // "the latest fiscal year": the last one reported
            Lex::Latest
                if the && self.nlex(j + 1) == Lex::Fiscal && self.nlex(j + 2) == Lex::Year =>
            {
                core(
                    j + 3,
                    Expr::Rel(Base::Dct, -1, Unit::Year, Unit::Year),
                    D,
                    true,
                )
            }
            // "the latest period": the quarter being reported
            Lex::Latest if the && self.word_is(j + 1, "period") && self.near(j + 1) => {
                core(j + 2, Expr::LatestQuarter(0), D, true)
            }
            // "the latest nine months": the reported period, a duration
            Lex::Latest
                if the
                    && self.near(j + 1)
                    && (matches!(self.lex(j + 1), Lex::Num(_)) || self.num(j + 1).is_some()) =>
            {
                let c = self.duration(j + 1)?;
                if c.kind == DU {
                    return core(c.e, c.expr, DU, true);
                }
                None
            }
            // "the nineties", "the eighties"
            _ if the
                && self.t.get(j).is_some_and(|t| {
                    t.k == Kind::Word && t.lex == Lex::Nil && (7..=9).contains(&(t.e - t.s))
                }) =>
            {
                const DEC: [&str; 8] = [
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties",
                ];
                let d = DEC.iter().position(|w| self.word_is(j, w))?;
                core(j + 1, Expr::Abs(Val::Decade(192 + d as i32)), D, true)
            }
            _ => None,
        }
    }

    /// Modifiers that extend a core expression to the left.
    fn mods(&self, i: usize, the: bool) -> Option<Core> {
        // "earlier in the year", "late in the month": the current unit (the
        // story's one in narrative text)
        if matches!(
            self.lex(i),
            Lex::Early | Lex::Late | Lex::Earlier | Lex::Later
        ) && self.nlex(i + 1) == Lex::In
            && self.nlex(i + 2) == Lex::The
        {
            let u = match self.nlex(i + 3) {
                Lex::Year => Some(Unit::Year),
                Lex::U(u @ (Unit::Month | Unit::Week), false) => Some(u),
                _ => None,
            };
            if let Some(u) = u {
                return core(i + 4, Expr::Rel(Base::Dct, 0, u, u), D, false);
            }
        }
        // "by end-March", "end-June 2025": that month
        if matches!(self.lex(i), Lex::End | Lex::Beginning)
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Lex::Month(m) = self.lex(i + 2)
        {
            if let Some((y, k)) = self.opt_year(i + 3) {
                return core(k, Expr::Abs(Val::Date(y, Some(m), None)), D, false);
            }
            return core(i + 3, Expr::M(m), D, false);
        }
        // Reuters' "end-2024", "start-2025": that year (its end or start)
        if matches!(self.lex(i), Lex::End | Lex::Beginning)
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Some((y, 4)) = self.num(i + 2)
            && (1000..=2100).contains(&y)
        {
            return core(i + 3, Expr::Abs(Val::Date(y as i32, None, None)), D, false);
        }
        // "the turn of the century", "the turn of the 20th century", "the
        // turn of the millennium": the year the century turned
        if the
            && self.word_is(i, "turn")
            && self.lex(i + 1) == Lex::Of
            && self.lex(i + 2) == Lex::The
        {
            if self.lex(i + 3) == Lex::Century && !self.punct(i + 4, b'-') {
                return core(i + 4, Expr::CenturyTurn, D, true);
            }
            // ("the 20th century", "the nineteenth century")
            let ord = match self.lex(i + 3) {
                Lex::Ord(n) => Some((n, i + 4)),
                _ => self.num(i + 3).map(|(n, _)| (n, self.ord_suffix(i + 4))),
            };
            if let Some((n @ 2..=21, k)) = ord
                && k > i + 3
                && self.lex(k) == Lex::Century
            {
                let y = (n as i32 - 1) * 100;
                return core(k + 1, Expr::Abs(Val::Date(y, None, None)), D, true);
            }
            if self.word_is(i + 3, "millennium") {
                return core(i + 4, Expr::Abs(Val::Date(2000, None, None)), D, true);
            }
        }
        // "the rest of the week", "the remainder of the year": that unit
        if the
            && matches!(self.lex(i + 1), Lex::Of)
            && matches!(self.lex(i + 2), Lex::The)
            && ["rest", "remainder"].iter().any(|w| self.word_is(i, w))
            && let Some((u @ (Unit::Year | Unit::Month | Unit::Week | Unit::Day), false)) =
                unit_of(self.nlex(i + 3))
        {
            // (of a day: the day the story is on, "detoured buses around
            // the area for the rest of the day")
            if u == Unit::Day {
                return core(i + 4, Expr::TheDay, D, true);
            }
            return core(i + 4, Expr::Rel(Base::Dct, 0, u, u), D, true);
        }
        match self.lex(i) {
            Lex::End | Lex::Beginning | Lex::Middle if the && self.lex(i + 1) == Lex::Of => {
                let j = i + 2;
                // no nesting ("the end of the end of ..."): bounded recursion
                let k = if self.lex(j) == Lex::The { j + 1 } else { j };
                if matches!(self.lex(k), Lex::End | Lex::Beginning | Lex::Middle) {
                    return None;
                }
                let mut c = if self.lex(j) == Lex::The {
                    match unit_of(self.nlex(j + 1)) {
                        Some((u @ (Unit::Year | Unit::Month | Unit::Week | Unit::Day), false)) => {
                            core(j + 2, Expr::Rel(Base::Dct, 0, u, u), D, true)?
                        }
                        // ("the end of the fiscal year": the special forms too)
                        _ => self
                            .mods(j + 1, true)
                            .filter(|c| c.the_ok)
                            .or_else(|| self.special(j))?,
                    }
                } else {
                    self.mods(j, false)?
                };
                if c.kind != D && c.kind != TI {
                    return None;
                }
                c.the_ok = true;
                Some(c)
            }
            // "Friday afternoon or early evening": that day's too
            Lex::Early | Lex::Late if !the && self.joined_part(i) => {
                let Lex::Pod(p) = self.nlex(i + 1) else {
                    return None;
                };
                core(i + 2, Expr::SamePart(p, false), TI, false)
            }
            Lex::Early | Lex::Late | Lex::Mid => {
                // ("will open two hours late tomorrow": lateness, not a
                // part of the day)
                if i > 0 && matches!(self.lex(i - 1), Lex::U(_, _)) {
                    return None;
                }
                let mut j = i + 1;
                if self.punct(j, b'-') && self.adj(j) {
                    j += 1;
                } else if !self.near(j) {
                    return None;
                }
                // "early on Wednesday": morning of that day; "reported late
                // on Sunday": that day (the modifier in the extent, as in
                // "late Sunday"); either with the date said after it ("late
                // on Monday, Jan. 5")
                if matches!(self.lex(i), Lex::Early | Lex::Late)
                    && self.lex(j) == Lex::On
                    && let Lex::Weekday(d) = self.nlex(j + 1)
                    // (not "closed early on Friday afternoon": the
                    // afternoon's, "early" the verb's)
                    && !matches!(self.nlex(j + 2), Lex::Pod(_))
                {
                    let early = self.lex(i) == Lex::Early;
                    let tod = early.then_some(Tod::Part(Part::Morning));
                    let kind = if early { TI } else { D };
                    let dated = self.core(j + 1, false).filter(|c| c.e > j + 2);
                    return match dated.map(|c| (c.e, c.expr)) {
                        Some((e, Expr::MdWd(m, dd, _) | Expr::Md(m, dd, None))) => {
                            core(e, Expr::Md(m, dd, tod), kind, false)
                        }
                        Some((e, Expr::Abs(Val::Date(y, Some(m), Some(dd))))) => {
                            let v = match tod {
                                Some(t) => Val::Time(y, m, dd, t, false),
                                None => Val::Date(y, Some(m), Some(dd)),
                            };
                            core(e, Expr::Abs(v), kind, false)
                        }
                        _ => core(j + 2, Expr::Wd(d, tod), kind, false),
                    };
                }
                if self.lex(j) == Lex::In || self.lex(j) == Lex::On {
                    return None;
                }
                // "by mid-century": the current one (as "the middle of the
                // century")
                if self.lex(i) == Lex::Mid
                    && self.lex(j) == Lex::Century
                    && j > i + 1
                    && !the
                    && i > 0
                    && [
                        "by", "until", "before", "around", "after", "since", "from", "to", "at",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))
                    && !matches!(
                        self.nlex(j + 1),
                        Lex::Ago | Lex::Earlier | Lex::Later | Lex::Of
                    )
                {
                    return core(
                        j + 1,
                        Expr::Rel(Base::Dct, 0, Unit::Century, Unit::Century),
                        D,
                        false,
                    );
                }
                // "by mid-year", "late-year trading": the current year
                if self.lex(j) == Lex::Year
                    && j > i + 1
                    && !the
                    && !self.punct(j + 1, b'-')
                    && !self.t.get(j + 1).is_some_and(|t| t.k == Kind::Num)
                {
                    return core(
                        j + 1,
                        Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year),
                        D,
                        false,
                    );
                }
                // "mid-afternoon (yesterday)", "late morning Friday"
                if let Lex::Pod(p) = self.lex(j) {
                    let tod = Some(Tod::Part(p));
                    return match self.nlex(j + 1) {
                        Lex::Today => core(j + 2, Expr::Day(0, tod), D, false),
                        Lex::Yesterday => core(j + 2, Expr::Day(-1, tod), D, false),
                        Lex::Tomorrow => core(j + 2, Expr::Day(1, tod), D, false),
                        Lex::Weekday(d) => core(j + 2, Expr::Wd(d, tod), D, false),
                        _ if self.lex(i) == Lex::Mid => {
                            core(j + 1, Expr::TimeOnly(Tod::Part(p), false), TI, false)
                        }
                        // "the early morning hours of November 1, 1954"
                        Lex::Of | Lex::U(Unit::Hour, true)
                            if the && self.part_of_day_of(j).is_some() =>
                        {
                            let c = self.core(j, true)?;
                            (c.kind == TI).then_some(c)
                        }
                        // "in the early morning hours": that part of the day
                        Lex::U(Unit::Hour, true) if the => {
                            core(j + 2, Expr::TimeOnly(Tod::Part(p), false), TI, true)
                        }
                        // "by early evening", "in late afternoon trading": that
                        // part of the day being told
                        _ if {
                            let k = if the { i.saturating_sub(1) } else { i };
                            k > 0
                                && ["by", "in", "until", "around", "at", "from", "since", "into"]
                                    .iter()
                                    .any(|w| self.word_is(k - 1, w))
                        } =>
                        {
                            core(j + 1, Expr::TimeOnly(Tod::Part(p), false), TI, true)
                        }
                        _ => None,
                    };
                }
                // ("died early the next morning", "declared early the next
                // year": the modifier in the extent, as TimeBank has it)
                let c = if self.lex(j) == Lex::The && self.lex(i) != Lex::Mid {
                    Some(self.core(j + 1, true)?).filter(|c| c.the_ok)?
                } else {
                    self.core(j, false)?
                };
                if c.kind == DU || c.kind == SE || matches!(c.expr, Expr::Free(Val::Ref(_))) {
                    return None;
                }
                core(c.e, c.expr, c.kind, c.the_ok)
            }
            Lex::Earlier | Lex::Later => {
                let nl = self.nlex(i + 1);
                if matches!(
                    nl,
                    Lex::This
                        | Lex::That
                        | Lex::Today
                        | Lex::Yesterday
                        | Lex::Tomorrow
                        | Lex::Tonight
                        | Lex::Last
                        | Lex::Next
                ) {
                    let c = self.core(i + 1, false)?;
                    if c.kind == D || c.kind == TI {
                        return core(c.e, c.expr, c.kind, false);
                    }
                }
                None
            }
            Lex::Approx | Lex::More | Lex::Less | Lex::At | Lex::Up => {
                let j = match self.lex(i) {
                    Lex::More | Lex::Less if self.nlex(i + 1) == Lex::Than => i + 2,
                    Lex::At if self.nlex(i + 1) == Lex::Least => i + 2,
                    Lex::Up if self.nlex(i + 1) == Lex::To => i + 2,
                    Lex::Approx => i + 1,
                    _ => return self.core(i, the),
                };
                if !self.near(j) {
                    return None;
                }
                // "226 sorties over 42 days", "evolved over several years":
                // "over" is "during", outside the extent ("for over a year",
                // "just over an hour", "took over a month": "more than")
                // (a big count is "more than": "worked over 1,500 hours")
                if self.word_is(i, "over")
                    && self.num(j).is_none_or(|(v, _)| v < 100)
                    && !(self.punct(j + 1, b',') && self.adj(j + 1))
                    && (i == 0
                        || self.t[i].nl
                        || self.t[i - 1].k == Kind::Word
                            && ![
                                "for", "in", "of", "took", "take", "takes", "taking", "last",
                                "lasted", "lasting", "lasts", "just", "well", "slightly", "after",
                                "than", "to", "by", "at", "spent", "spend", "waited", "wait",
                                "run", "ran", "runs", "be", "is", "was", "were", "are", "been",
                                "nearly", "within",
                            ]
                            .iter()
                            .any(|w| self.word_is(i - 1, w)))
                {
                    return None;
                }
                let c = self.core(j, false)?;
                let ok = c.kind == DU
                    || matches!(c.expr, Expr::Rel(Base::Dct | Base::Ago, n, _, _) if n < 0)
                    || matches!(
                        c.expr,
                        Expr::Rel(Base::Ref, ..) | Expr::Later(..) | Expr::AsTold(_)
                    );
                if ok
                    && (matches!(self.lex(j), Lex::Num(_) | Lex::A | Lex::Fuzzy)
                        || self.t[j].k == Kind::Num)
                {
                    return core(c.e, c.expr, c.kind, the);
                }
                None
            }
            _ => self.core(i, the),
        }
    }

    /// Core expressions.
    fn core(&self, i: usize, the: bool) -> Option<Core> {
        let t = self.t.get(i)?;
        match t.k {
            Kind::Num => self.num_led(i, the),
            Kind::Punct(b'\'') => {
                // '80s
                let (v, nd) = self.num(i + 1)?;
                if nd != 2 || !self.adj(i + 1) {
                    return None;
                }
                if self.adj(i + 2) && self.word_is(i + 2, "s") {
                    return core(i + 3, Expr::Abs(Val::Decade(190 + v as i32 / 10)), D, true);
                }
                // "since '82"
                let prev = if i > 0 { self.lex(i - 1) } else { Lex::Nil };
                let next_ok = self.t.get(i + 2).is_none_or(|t| t.sp || t.k != Kind::Word);
                if next_ok && matches!(prev, Lex::In | Lex::Since | Lex::Of | Lex::Until | Lex::By)
                {
                    return core(
                        i + 2,
                        Expr::Abs(Val::Date(1900 + v as i32, None, None)),
                        D,
                        false,
                    );
                }
                None
            }
            Kind::Word => self.word_led(i, the),
            _ => None,
        }
    }

    /// Parse a count: digits, number words ("twenty-four"), "a", "a few", "several",
    /// "a couple of", with "and a half" / "1/2". Returns (tenths or None=X, next index).
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let t = self.t.get(i)?;
        // "1,500 hours": the digits after the comma are no count of their own
        if t.k == Kind::Num
            && i >= 2
            && self.punct(i - 1, b',')
            && self.adj(i - 1)
            && self.adj(i)
            && self.t[i - 2].k == Kind::Num
        {
            return None;
        }
        let (mut v, mut j) = match (t.k, t.lex) {
            (Kind::Num, _) => {
                // "1,500 hours": thousands separators join the groups (up to
                // 999,999); other comma-joined digits are no count
                if self.punct(i + 1, b',') && self.adj(i + 1) && self.num(i + 2).is_some() {
                    return match self.num(i + 2) {
                        Some((g, 3)) if t.e - t.s <= 3 && self.adj(i + 2) => {
                            if self.punct(i + 3, b',') && self.adj(i + 3) {
                                return None;
                            }
                            let v = t.num.saturating_mul(1000).saturating_add(g);
                            Some((Some(v.saturating_mul(10)), i + 3))
                        }
                        _ => None,
                    };
                }
                if self.punct(i + 1, b'.') && self.adj(i + 1) && self.adj(i + 2) {
                    if let Some((f, 1)) = self.num(i + 2) {
                        return Some((Some(t.num.saturating_mul(10).saturating_add(f)), i + 3));
                    }
                    return None;
                }
                if t.e - t.s > 6 {
                    return None;
                }
                (Some(t.num.saturating_mul(10)), i + 1)
            }
            (_, Lex::Num(n)) => {
                let mut n = n;
                let mut j = i + 1;
                if n >= 20
                    && n % 10 == 0
                    && self.punct(j, b'-')
                    && self.adj(j)
                    && self.adj(j + 1)
                    && let Lex::Num(k) = self.lex(j + 1)
                    && k < 10
                {
                    n += k;
                    j += 2;
                } else if n >= 20
                    && n % 10 == 0
                    && let Lex::Num(k @ 1..=9) = self.nlex(j)
                {
                    // "twenty four hours" (transcripts)
                    n += k;
                    j += 1;
                }
                if self.nlex(j) == Lex::Hundred {
                    n *= 100;
                    j += 1;
                }
                (Some(n * 10), j)
            }
            (_, Lex::A) => {
                let nl = self.nlex(i + 1);
                if nl == Lex::Fuzzy {
                    if self.word_is(i + 1, "couple") {
                        let j = if self.nlex(i + 2) == Lex::Of {
                            i + 3
                        } else {
                            i + 2
                        };
                        (Some(20), j)
                    } else if self.word_is(i + 1, "few") {
                        (None, i + 2)
                    } else {
                        return None;
                    }
                } else if nl == Lex::Hundred {
                    (Some(1000), i + 2)
                } else if self.word_is(i + 1, "dozen") {
                    (Some(120), i + 2)
                } else {
                    (Some(10), i + 1)
                }
            }
            (_, Lex::Fuzzy) => {
                if self.word_is(i, "couple") {
                    // "the next couple of years" (but not "the couple")
                    if self.nlex(i + 1) == Lex::Of
                        && matches!(unit_of(self.nlex(i + 2)), Some((_, true)))
                        && i > 0
                        && matches!(
                            self.lex(i - 1),
                            Lex::Next | Lex::Past | Lex::Last | Lex::Coming | Lex::Previous
                        )
                    {
                        return Some((Some(20), i + 2));
                    }
                    return None;
                }
                if self.word_is(i, "some") || self.word_is(i, "many") {
                    // only "some/many years" etc., never "some 2000"
                    if self.num(i + 1).is_some() {
                        return None;
                    }
                }
                (None, i + 1)
            }
            _ => return None,
        };
        // "two and a half", "2 1/2"
        if let Some(x) = v {
            if self.nlex(j) == Lex::And
                && self.nlex(j + 1) == Lex::A
                && self.nlex(j + 2) == Lex::Half
            {
                v = Some(x + 5);
                j += 3;
            } else if let (Some((1, 1)), true, Some((2, 1))) =
                (self.num(j), self.punct(j + 1, b'/'), self.num(j + 2))
            {
                v = Some(x + 5);
                j += 3;
            }
        }
        Some((v, j))
    }

    /// Count + unit, with optional "ago"/"later"/"earlier" and hyphenated adjectives.
    fn duration(&self, i: usize) -> Option<Core> {
        // inside a compound: "a one-in-a-decade event", "24-hours-a-day news"
        if i > 0 && self.lex(i) == Lex::A && self.punct(i - 1, b'-') && self.adj(i) {
            return None;
        }
        // "a week tomorrow", "a week today": that day of next week (British)
        if self.lex(i) == Lex::A
            && self.nlex(i + 1) == Lex::U(Unit::Week, false)
            && self.near(i + 1)
            && self.near(i + 2)
        {
            match self.lex(i + 2) {
                Lex::Tomorrow => return core(i + 3, Expr::Day(8, None), D, false),
                Lex::Today => return core(i + 3, Expr::Day(7, None), D, false),
                _ => {}
            }
        }
        let (n, j) = self.count(i)?;
        // "two to three weeks", "12 to 18 months": one span, as TimeBank
        // marks it, valued by its lower bound
        let ranged = n.is_some_and(|x| x < 10_000)
            && self.lex(i) != Lex::A
            && self.word_is(j, "to")
            && self.near(j)
            && self.near(j + 1);
        let j = match ranged.then(|| self.count(j + 1)).flatten() {
            Some((Some(_), j2)) if unit_of(self.nlex(j2)).is_some() => j2,
            _ => j,
        };
        let (hy, j) = if self.punct(j, b'-') && self.adj(j) && self.adj(j + 1) {
            (true, j + 1)
        } else {
            (false, j)
        };
        if !self.near(j) {
            return None;
        }
        let mut j = j;
        if !hy
            && (self.lex(j) == Lex::More
                || [
                    "additional",
                    "further",
                    "extra",
                    "consecutive",
                    "straight",
                    "full",
                    "trading",
                    "business",
                    "working",
                    // ("lost an entire day of sales")
                    "entire",
                    "whole",
                    "long",
                    "successive",
                    "calendar",
                ]
                .iter()
                .any(|w| self.word_is(j, w))
                // ("in a single day")
                || self.lex(i) == Lex::A && self.word_is(j, "single"))
            && unit_of(self.nlex(j + 1)).is_some()
        {
            j += 1;
        }
        let l = self.lex(j);
        // "the 1988 quarter": a year, not 1988 quarters
        if n.is_some_and(|x| x >= 10_000) && unit_of(l).is_some_and(|(_, pl)| !pl) {
            return None;
        }
        if l == Lex::Quarter && (self.lex(i) == Lex::A || hy) {
            return None;
        }
        if hy && matches!(l, Lex::U(_, true)) {
            return None;
        }
        // "seven days a week", "six nights a week", "24 hours a day": a rate,
        // the SET of the larger unit
        let rate_of = |k: usize| match unit_of(self.nlex(k + 1)) {
            Some((r @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false))
                if n.is_some()
                    && self.nlex(k) == Lex::A
                    && !self.punct(k + 2, b'-')
                    // (not "70 days a year ago")
                    && !matches!(self.nlex(k + 2), Lex::Ago | Lex::Earlier | Lex::Later) =>
            {
                Some(r)
            }
            _ => None,
        };
        if !hy
            && ["nights", "evenings", "mornings", "afternoons", "weekends"]
                .iter()
                .any(|w| self.word_is(j, w))
            && let Some(r) = rate_of(j + 1)
        {
            return core(j + 3, Expr::Free(Val::SetEvery(r)), SE, false);
        }
        let (u, plural) = match unit_of(l) {
            Some(x) => x,
            None => {
                if l == Lex::Ord(2)
                    && n.is_some_and(|x| x < 10_000)
                    && self.lex(i) != Lex::A
                    && self.nlex(j + 1) != Lex::Quarter
                {
                    (Unit::Second, false)
                } else {
                    return None;
                }
            }
        };
        let mut e = j + 1;
        // compound adjective ("a year-earlier quarter", "a two-year-old")
        if !hy && self.punct(e, b'-') && self.adj(e) && self.adj(e + 1) {
            return None;
        }
        // "a minute and a half"
        let mut n = n;
        if !hy
            && let Some(x) = n
            && x % 10 == 0
            && self.nlex(e) == Lex::And
            && self.nlex(e + 1) == Lex::A
            && self.nlex(e + 2) == Lex::Half
        {
            n = Some(x + 5);
            e += 3;
        }
        if hy {
            // ages ("6-year-old", "four-year-olds") are not temporal
            // expressions
            if self.punct(e, b'-')
                && self.adj(e)
                && (self.word_is(e + 1, "old") || self.word_is(e + 1, "olds"))
            {
                return None;
            }
            return core(e, Expr::Free(Val::Dur(n, u)), DU, false);
        }
        if self.word_is(e, "old") && self.near(e) {
            return None;
        }
        // British "a week on Thursday": a week after the coming Thursday
        if u == Unit::Week
            && n == Some(10)
            && self.nlex(e) == Lex::On
            && let Lex::Weekday(d) = self.nlex(e + 1)
            && !matches!(self.nlex(e + 2), Lex::Pod(_))
            && !(self.punct(e + 2, b'\'') && self.adj(e + 2))
        {
            return core(e + 2, Expr::RelWeekday(d, 2, None), D, false);
        }
        // ("one day a week")
        if (plural || self.word_is(i, "one"))
            && let Some(r) = rate_of(e)
            && r > u
        {
            return core(e + 2, Expr::Free(Val::SetEvery(r)), SE, false);
        }
        // "a week or so (ago)"
        let e = if self.or_so(e) { e + 2 } else { e };
        // ago / later / earlier
        let nl = self.nlex(e);
        // "two years from now", "three days from today": counted from the DCT
        if n.is_some()
            && self.word_is(e, "from")
            && matches!(self.nlex(e + 1), Lex::Now | Lex::Today)
            && self.near(e + 1)
        {
            let k = (n.unwrap_or(0) / 10) as i32;
            let (mul, gu) = gran_of(u);
            if !matches!(u, Unit::Hour | Unit::Minute | Unit::Second) {
                return core(e + 2, Expr::Rel(Base::Ago, k * mul, gu, gu), D, false);
            }
        }
        // "for three months earlier this year": "earlier" opens the next
        // expression, the duration stays one
        let opens_next = matches!(nl, Lex::Later | Lex::Earlier)
            && matches!(
                self.nlex(e + 1),
                Lex::This | Lex::Last | Lex::Next | Lex::That
            )
            && (unit_of(self.nlex(e + 2)).is_some()
                || matches!(self.nlex(e + 2), Lex::Year | Lex::Quarter));
        // "a week later than planned": a delay, the duration; after a comma
        // ("on November 11, three days later than planned") a restatement of
        // the time just told
        let than = matches!(nl, Lex::Later | Lex::Earlier) && self.word_is(e + 1, "than");
        // (the comma before: "on Friday, (nearly) a week later")
        let comma = if i > 0 && self.punct(i - 1, b',') {
            Some(i - 1)
        } else if i > 1
            && (self.lex(i - 1) == Lex::Approx
                || ["about", "some", "roughly", "around", "just"]
                    .iter()
                    .any(|w| self.word_is(i - 1, w)))
            && self.punct(i - 2, b',')
        {
            Some(i - 2)
        } else {
            None
        };
        if let Some(p) = comma
            && (than
                // "did not release his name until Friday, nearly a week
                // later": the day just told, restated
                || matches!(nl, Lex::Later | Lex::Earlier)
                    && p > 0
                    && (matches!(self.lex(p - 1), Lex::Weekday(_) | Lex::Month(_))
                        || self.t[p - 1].k == Kind::Num))
        {
            return core(e + 1, Expr::AsTold(Val::Dur(n, u)), D, false);
        }
        let rel = match nl {
            _ if opens_next || than => None,
            Lex::Ago => Some((Base::Ago, -1)),
            Lex::Later => Some((Base::Ref, 1)),
            Lex::Earlier => Some((Base::Ref, -1)),
            _ => None,
        };
        if let Some((base, sign)) = rel {
            let e2 = e + 1;
            let Some(tenths) = n else {
                // "Hours later": in news the vague duration "Hours" (as
                // TimeBank marks "A few days later")
                // (a later is always counted from the reference: only
                // "ago" and "earlier" come here with a past)
                if sign > 0 {
                    return core(e2, Expr::Later(None, u, 0, u, u), D, false);
                }
                return core(e2, Expr::Free(Val::Ref("PAST_REF")), D, false);
            };
            let k = (tenths / 10) as i32;
            let (mul, gu) = gran_of(u);
            let (amount, gran) = match u {
                // "founded in 1878 ... a decade later": 1888, said to the year
                Unit::Decade if base == Base::Ref && sign > 0 => (k * 10, Unit::Year),
                // "closed a decade ago": the year ten years back (TimeBank's
                // 1989-XX), not the 1980s it may fall in
                Unit::Decade if base == Base::Ago => (k * 10, Unit::Year),
                Unit::Decade => (k * 10, Unit::Decade),
                Unit::Century => (k * 100, Unit::Century),
                Unit::Hour | Unit::Minute | Unit::Second => (0, Unit::Day),
                // "a week ago" is a day; "six weeks ago" is only known to the week
                Unit::Week | Unit::Fortnight if k * mul >= 3 => (k * mul, Unit::Week),
                Unit::Week | Unit::Fortnight => (k * mul, Unit::Day),
                _ => (k * mul, gu),
            };
            let shift_unit = match u {
                Unit::Decade | Unit::Century => Unit::Year,
                Unit::Hour | Unit::Minute | Unit::Second => Unit::Day,
                _ => gu,
            };
            // ("two hours earlier": in news the duration too, as "two
            // hours later")
            if base == Base::Ref
                && (sign > 0 || matches!(u, Unit::Hour | Unit::Minute | Unit::Second))
            {
                return core(e2, Expr::Later(n, u, amount, shift_unit, gran), D, false);
            }
            return core(
                e2,
                Expr::Rel(base, sign * amount, shift_unit, gran),
                D,
                false,
            );
        }
        // "26 years and five months", "2 hours 50 minutes": one length in
        // two units (not "three hours, 20 minutes later")
        if let Some(x) = n
            && x % 10 == 0
        {
            let k = if self.nlex(e) == Lex::And || self.punct(e, b',') {
                e + 1
            } else {
                e
            };
            if self.near(k)
                && self.t.get(k).is_some_and(|t| !t.nl)
                && let Some((Some(y), j2)) = self.count(k)
                && y % 10 == 0
                && self.lex(k) != Lex::A
                && let Some((u2, _)) = unit_of(self.lex(j2))
                && matches!(
                    (u, u2),
                    (Unit::Year, Unit::Month)
                        | (Unit::Month, Unit::Week | Unit::Day)
                        | (Unit::Week, Unit::Day)
                        | (Unit::Day, Unit::Hour)
                        | (Unit::Hour, Unit::Minute)
                        | (Unit::Minute, Unit::Second)
                )
                && !matches!(self.nlex(j2 + 1), Lex::Ago | Lex::Later | Lex::Earlier)
                && !self.punct(j2 + 1, b'-')
            {
                let v = Val::Dur2(x / 10, u, y / 10, u2);
                return core(j2 + 1, Expr::Free(v), DU, true);
            }
        }
        core(e, Expr::Free(Val::Dur(n, u)), DU, true)
    }

    /// A part of the day (early or late) joined to a weekday's: "Friday
    /// afternoon or (early) evening", "Monday morning and afternoon".
    fn joined_part(&self, i: usize) -> bool {
        let k = match self.lex(i) {
            Lex::Early | Lex::Late if matches!(self.nlex(i + 1), Lex::Pod(_)) => i,
            Lex::Pod(_) => i,
            _ => return false,
        };
        k >= 3
            && ["or", "and"].iter().any(|w| self.word_is(k - 1, w))
            && matches!(self.lex(k - 2), Lex::Pod(_))
            && matches!(self.lex(k - 3), Lex::Weekday(_))
    }

    /// hh:mm, h a.m./p.m., with zone; returns (tod, zulu, next index).
    fn clock(&self, i: usize) -> Option<(Tod, bool, usize)> {
        // not the tail of a longer "2:03:45"
        if i >= 1 && self.punct(i - 1, b':') && self.adj(i - 1) && self.adj(i) {
            return None;
        }
        let (h, nd) = self.num(i)?;
        if nd > 2 || h > 24 {
            return None;
        }
        let mut j = i + 1;
        let mut mins = None;
        let mut secs = false;
        if self.punct(j, b':') && self.adj(j) && self.adj(j + 1) {
            let (m, nd2) = self.num(j + 1)?;
            if nd2 != 2 || m > 59 {
                return None;
            }
            mins = Some(m as u8);
            j += 2;
            if self.punct(j, b':') && self.adj(j) && matches!(self.num(j + 1), Some((_, 2))) {
                j += 2;
                secs = true;
            }
        }
        // "08.00 BST", "7.30pm": dotted minutes, only with a zone or am/pm
        // (not a price "8.50")
        let mut dotted = false;
        if mins.is_none()
            && self.punct(j, b'.')
            && self.adj(j)
            && self.adj(j + 1)
            && let Some((m, 2)) = self.num(j + 1)
            && m <= 59
        {
            mins = Some(m as u8);
            dotted = true;
            j += 2;
        }
        let mut hh = h as u8;
        // a.m. / p.m. / am / pm
        let ap = |k: usize| -> Option<(bool, usize)> {
            let w = self.text(k);
            if !self.near(k) || self.t.get(k)?.k != Kind::Word {
                return None;
            }
            // "5 pm." at a sentence's end: the period is the sentence's
            if w.eq_ignore_ascii_case(b"am") || w.eq_ignore_ascii_case(b"pm") {
                let pm = w[0] | 0x20 == b'p';
                return Some((pm, k + 1));
            }
            if (w.eq_ignore_ascii_case(b"a") || w.eq_ignore_ascii_case(b"p"))
                && self.punct(k + 1, b'.')
                && self.adj(k + 1)
                && self.adj(k + 2)
                && self.word_is(k + 2, "m")
            {
                let pm = w[0] | 0x20 == b'p';
                return Some((pm, self.dot(k + 3)));
            }
            None
        };
        let mut found = false;
        if let Some((pm, k)) = ap(j) {
            if hh == 0 || hh > 12 {
                return None;
            }
            if pm && hh < 12 {
                hh += 12;
            }
            if !pm && hh == 12 {
                hh = 0;
            }
            j = k;
            found = true;
        } else if self.word_is(j, "hrs") || self.word_is(j, "hours") && mins.is_some() {
            j += 1;
            found = mins.is_some() || nd == 2;
        } else if mins.is_none()
            && (1..=12).contains(&h)
            && self.word_is(j, "o")
            && self.punct(j + 1, b'\'')
            && self.adj(j + 1)
            && self.word_is(j + 2, "clock")
        {
            // "at 10 o'clock": the hour said; "3 o'clock" in news is the
            // afternoon's (not "2 o'clock this morning", "in the morning")
            j += 3;
            found = true;
            hh = self.oclock_hour(h, j) as u8;
        }
        if !found && mins.is_none() {
            return None;
        }
        if !found && mins.is_some() {
            hh = self.hour_in_part(i, j, hh);
        }
        // a bare "8:31" soon after "8:19 p.m.": the same evening ("11:45"
        // after "9:15 p.m." too)
        if !found
            && mins.is_some()
            && (1..=11).contains(&hh)
            && !matches!(
                self.nlex(j),
                Lex::Today | Lex::Tomorrow | Lex::Yesterday | Lex::Weekday(_) | Lex::Pod(_)
            )
            && self.pm_told_before(i, hh)
        {
            hh += 12;
        }
        if mins.is_some() && !found && nd == 1 && h == 0 {
            return None;
        }
        // a race's "won in 2:03:45", "a time of 1:40.91": an elapsed time,
        // not a time of day
        if !found
            && (self.punct(j, b'.') && self.adj(j) && self.adj(j + 1) && self.num(j + 1).is_some()
                || i > 0
                    && ["in", "of", "clocked", "timed", "record"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w))
                    && !matches!(self.nlex(j), Lex::Zone(_))
                // a game clock: "with 2:14 remaining", "4:30 left", "1:12 to
                // play"
                || ["remaining", "left"].iter().any(|w| self.word_is(j, w))
                || self.word_is(j, "to")
                    && ["play", "go"].iter().any(|w| self.word_is(j + 1, w))
                // ("His fastest time, 2:51:14": a one-digit hour with seconds
                // is a race's)
                || secs && nd == 1 && !matches!(self.nlex(j), Lex::Zone(_)))
        {
            return None;
        }
        let mut zulu = false;
        if let Lex::Zone(z) = self.nlex(j) {
            zulu = z;
            j += 1;
        } else if dotted && !found && !(self.spelled_zone(j) && self.word_is(j + 1, "time")) {
            return None;
        }
        Some((Tod::Hm(hh, mins, zulu), zulu, j))
    }

    /// Token i is a part of the day followed by "of" ("the night of", "the
    /// early morning hours of"): the index of that "of".
    /// The day at k with part p of it: "the night of [April 18, 1775]".
    fn day_part_of(&self, k: usize, p: Part) -> Option<Core> {
        let c = self.core(k, false)?;
        let tod = Some(Tod::Part(p));
        let expr = match c.expr {
            Expr::Md(m, d, None) => Expr::Md(m, d, tod),
            Expr::Wd(d, None) => Expr::Wd(d, tod),
            Expr::Abs(Val::Date(y, Some(m), Some(d))) => {
                Expr::Abs(Val::Time(y, m, d, Tod::Part(p), false))
            }
            _ => return None,
        };
        core(c.e, expr, TI, true)
    }

    fn part_of_day_of(&self, i: usize) -> Option<usize> {
        let k = if self.word_is(i + 1, "hours") {
            i + 2
        } else {
            i + 1
        };
        (self.nlex(k) == Lex::Of).then_some(k)
    }

    /// An "a.m." / "p.m." ("am", "pm") among tokens [a, b).
    fn meridiem_in(&self, a: usize, b: usize) -> bool {
        (a..b).any(|x| ["am", "pm", "a", "p"].iter().any(|w| self.word_is(x, w)))
    }

    /// A zone said in words at j ("local time", "Eastern", "Baghdad
    /// time"): it stays outside the extent, but makes "10.49" a clock time.
    pub fn spelled_zone(&self, j: usize) -> bool {
        self.near(j)
            && (self.word_is(j, "local") && self.word_is(j + 1, "time")
                || self.t[j].cap
                    && (self.word_is(j + 1, "time")
                        // ("New York time", "Hong Kong time")
                        || self.t.get(j + 1).is_some_and(|t| t.cap && t.k == Kind::Word)
                            && self.word_is(j + 2, "time")
                        || ["eastern", "central", "pacific", "mountain", "atlantic"]
                            .iter()
                            .any(|w| self.word_is(j, w))))
    }

    fn valid_year(&self, i: usize) -> Option<i32> {
        let (y, nd) = self.num(i)?;
        // (the next century after a word that leads to a year: "by 2100",
        // "between 2081 and 2100")
        let far = (2100..=2199).contains(&y)
            && i > 0
            && [
                "by", "until", "till", "through", "before", "in", "to", "and", "after",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w));
        if nd != 4 || !((1000..=2099).contains(&y) || far) {
            return None;
        }
        if self.punct(i + 1, b',')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.num(i + 2).is_some()
        {
            return None;
        }
        if self.punct(i + 1, b'.')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.num(i + 2).is_some()
        {
            return None;
        }
        Some(y as i32)
    }

    /// Is the 4-digit number at i a year in this context (bare-year rule)?
    fn bare_year_ok(&self, i: usize) -> bool {
        let Some(y) = self.valid_year(i) else {
            return false;
        };
        // a body named by a number: "the 1922 Committee"
        if self.t.get(i + 1).is_some_and(|t| t.cap) && self.word_is(i + 1, "committee") {
            return false;
        }
        let prev = if i > 0 && !self.t[i].nl {
            self.lex(i - 1)
        } else {
            Lex::Nil
        };
        if i > 0 && !self.t[i].sp {
            let p = &self.t[i - 1];
            match p.k {
                // "mid-1990", "1861-1865"
                Kind::Punct(b'-')
                    if i >= 2
                        && (self.lex(i - 2) == Lex::Mid || self.valid_year(i - 2).is_some()) => {}
                // "post-1959 politics", "pre-1914 borders": a year for sure
                Kind::Punct(b'-')
                    if i >= 2
                        && self.adj(i - 1)
                        && (self.word_is(i - 2, "post") || self.word_is(i - 2, "pre")) =>
                {
                    return true;
                }
                Kind::Punct(b'(') | Kind::Punct(b'[') | Kind::Punct(b'"') => {}
                _ => return false,
            }
        }
        // followed by a measurement symbol or digits
        if let Some(n) = self.t.get(i + 1)
            && !n.sp
        {
            match n.k {
                Kind::Punct(b'%') | Kind::Num | Kind::Other => return false,
                Kind::Word if !n.cap => return false,
                Kind::Punct(b'-') | Kind::Punct(b'/') => {
                    if let Some((_, nd)) = self.num(i + 2)
                        && nd != 4
                        && nd != 2
                    {
                        return false;
                    }
                }
                _ => {}
            }
        }
        if self.nlex(i + 1) == Lex::Ad || self.bc_at(i + 1).is_some() {
            return true;
        }
        // the first year of a span: "1861-1863" (not counts: "1200-1500 troops")
        if self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Some(y2) = self.valid_year(i + 2)
            && y2 > y
            && y2 - y <= 100
            && !self.count_noun(i + 3)
        {
            return true;
        }
        // "a 1996 law", "that 1978 resolution", "a 2046 target": a year
        // modifying a singular noun
        if (1900..=2100).contains(&y)
            && matches!(prev, Lex::A | Lex::That | Lex::This | Lex::The)
            && self.t.get(i + 1).is_some_and(|n| {
                n.k == Kind::Word && n.sp && !n.nl && n.lex == Lex::Nil && n.e - n.s > 2
            })
            && !self.count_noun(i + 1)
        {
            return true;
        }
        if i > 0 && !self.t[i].nl {
            let p = &self.t[i - 1];
            if p.k == Kind::Word && p.lex == Lex::Nil && p.cap {
                // "Windows 2000", "No 2000" (but "Theater 1861-1863" is a range)
                let pw = self.text(i - 1);
                let range = self.punct(i + 1, b'-') && self.valid_year(i + 2).is_some();
                // sentence-initial capital ("Between 2014 and 2016") is not a name
                let initial = i < 2
                    || self.t[i - 1].nl
                    || matches!(
                        self.t[i - 2].k,
                        Kind::Punct(b'.' | b'"' | b'!' | b'?' | b'(' | b':')
                    );
                // events named with their year: "WWDC 2005", "Developers Conference 2010"
                const EVENTS: [&str; 12] = [
                    "conference",
                    "summit",
                    "games",
                    "olympics",
                    "expo",
                    "cup",
                    "championship",
                    "championships",
                    "festival",
                    "forum",
                    "congress",
                    "convention",
                ];
                let event = (pw.len() >= 3 && pw.iter().all(|c| c.is_ascii_uppercase()))
                    || EVENTS.iter().any(|w| pw.eq_ignore_ascii_case(w.as_bytes()));
                if !(range
                    || initial
                    || event
                    || pw.eq_ignore_ascii_case(b"circa")
                    || pw.eq_ignore_ascii_case(b"c"))
                {
                    return false;
                }
            }
            // ("up 15 percent over 1996": the year compared with)
            // ("no later than 2010": a deadline, not "more than 2010")
            let compared = self.word_is(i - 1, "over")
                && i > 1
                && (self.word_is(i - 2, "percent") || self.punct(i - 2, b'%'))
                || p.lex == Lex::Than
                    && i > 1
                    && ["later", "earlier", "sooner", "before", "after"]
                        .iter()
                        .any(|w| self.word_is(i - 2, w));
            if matches!(
                p.lex,
                Lex::Approx | Lex::Than | Lex::Fuzzy | Lex::Num(_) | Lex::Per | Lex::A
            ) && !compared
            {
                return false;
            }
            if self.punct(i - 1, b'.')
                && i >= 2
                && (self.word_is(i - 2, "no") || self.word_is(i - 2, "nos"))
            {
                return false;
            }
            if self.word_is(i - 1, "no")
                || self.word_is(i - 1, "number")
                || self.word_is(i - 1, "page")
            {
                return false;
            }
            if let Kind::Punct(c) = p.k
                && matches!(c, b'$' | b'#')
            {
                return false;
            }
        }
        let possessive = i > 0
            && (self.word_is(i - 1, "his")
                || self.word_is(i - 1, "her")
                || self.word_is(i - 1, "its")
                || self.word_is(i - 1, "their")
                || self.word_is(i - 1, "s") && self.punct(i.wrapping_sub(2), b'\'')
                // ("developed nations' 1990 emissions")
                || i >= 2 && self.punct(i - 1, b'\'') && self.text(i - 2).ends_with(b"s"));
        // "net zero around 2050", "from about 1850": an approximate year
        // (not "around 2000 people")
        // (after a preposition of time, or a year ahead before a stop; not
        // "including about 1400 in Canberra")
        let approx = i > 1
            && ["around", "about", "approximately", "roughly", "circa"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
            && ([
                "from", "by", "in", "until", "since", "before", "after", "to", "till",
            ]
            .iter()
            .any(|w| self.word_is(i - 2, w))
                && (self
                    .t
                    .get(i + 1)
                    .is_none_or(|n| matches!(n.k, Kind::Punct(_)))
                    || self.next_is_function_word(i + 1))
                || (2000..=2100).contains(&y)
                    && self
                        .t
                        .get(i + 1)
                        .is_none_or(|n| matches!(n.k, Kind::Punct(_))));
        // ("as late as 1781", "as recently as 2015")
        let bound = i > 2
            && self.word_is(i - 1, "as")
            && ["early", "late", "recently", "soon"]
                .iter()
                .any(|w| self.word_is(i - 2, w))
            && self.word_is(i - 3, "as");
        let strong = possessive
            || approx
            || bound
            || matches!(
                prev,
                Lex::In
                    | Lex::Since
                    | Lex::Until
                    | Lex::By
                    | Lex::From
                    | Lex::During
                    | Lex::Through
                    | Lex::Early
                    | Lex::Late
                    | Lex::Mid
                    | Lex::Fiscal
                    | Lex::Before
                    | Lex::After
                    | Lex::Of
                    | Lex::To
                    | Lex::And
                    | Lex::Or
                    | Lex::Season(_)
                    | Lex::Year
                    | Lex::The
                    | Lex::Month(_)
            )
            || i > 0 && matches!(self.t[i - 1].k, Kind::Punct(b',' | b'(' | b'-' | b':'));
        // "in 2017 prices rose": temporal prepositions make a year of a plausible number
        if matches!(
            prev,
            Lex::In
                | Lex::Since
                | Lex::Until
                | Lex::During
                | Lex::Before
                | Lex::After
                | Lex::Through
                | Lex::Early
                | Lex::Late
                | Lex::Mid
                | Lex::Fiscal
        ) && (1800..=2099).contains(&y)
            && !matches!(
                self.nlex(i + 1),
                Lex::U(..) | Lex::Fuzzy | Lex::Num(_) | Lex::Hundred | Lex::Thousand
            )
        {
            return true;
        }
        // the second year of a span ("from 2010 to 2015 sales rose", "From
        // 2010-2015 prices rose"; not "1200-1500 troops")
        if i >= 2
            && (matches!(prev, Lex::To | Lex::And | Lex::Or)
                || self.punct(i - 1, b'-')
                    && self.adj(i - 1)
                    && self.adj(i)
                    && (!self.count_noun(i + 1)
                        || i >= 3
                            && [
                                "from", "between", "in", "since", "during", "through", "the", "of",
                            ]
                            .iter()
                            .any(|w| self.word_is(i - 3, w))))
            && self
                .valid_year(i - 2)
                .is_some_and(|y0| y0 < y && y - y0 <= 100)
        {
            return true;
        }
        // "the Census Act of 1976 requires": a name's year, whatever follows
        if prev == Lex::Of && i >= 2 && self.t[i - 2].cap && self.t[i - 2].k == Kind::Word {
            return true;
        }
        if strong {
            return !self.count_noun(i + 1);
        }
        if !(1900..=2040).contains(&y) {
            return false;
        }
        // "his unsuccessful 1996 campaign": between a lower-case word and a
        // singular noun a recent 4-digit number is a year
        let modifier = i > 0
            && self.t[i - 1].k == Kind::Word
            && !self.t[i - 1].cap
            && self.t.get(i + 1).is_some_and(|n| {
                n.k == Kind::Word && n.sp && !n.nl && !n.cap && n.lex == Lex::Nil && n.e - n.s > 3
            })
            && !self.count_noun(i + 1);
        let subject = i + 1 < self.t.len()
            && self.near(i + 1)
            && YEAR_VERBS.iter().any(|w| self.word_is(i + 1, w));
        modifier || subject || self.next_is_function_word(i + 1)
    }

    /// The 4-digit number at i is a quantity, not a year: a unit of measure
    /// follows ("the 1500 m final", "2000 hp"), or it is coordinated with a
    /// counted number ("between 2000 and 3000 troops", "2000-3000 people").
    fn quantity_follows(&self, i: usize) -> bool {
        const MEASURES: [&str; 16] = [
            "m", "km", "kg", "mm", "cm", "ft", "lb", "lbs", "mph", "kph", "hp", "mw", "gw", "kw",
            "sq", "cc",
        ];
        if self
            .t
            .get(i + 1)
            .is_some_and(|n| n.k == Kind::Word && n.e - n.s <= 3 && !n.cap)
            && MEASURES.iter().any(|w| self.word_is(i + 1, w))
        {
            return true;
        }
        // a street address: "1420 Canal Road", "1010 N. Main Ave."
        const STREETS: [&str; 20] = [
            "street",
            "st",
            "avenue",
            "ave",
            "road",
            "rd",
            "drive",
            "dr",
            "boulevard",
            "blvd",
            "lane",
            "ln",
            "way",
            "place",
            "court",
            "ct",
            "parkway",
            "pkwy",
            "highway",
            "terrace",
        ];
        // (not a year before a street's name: "In 1998 Main Street flooded")
        let dated = i > 0
            && ["in", "since", "by", "until", "before", "after", "during"]
                .iter()
                .any(|w| self.word_is(i - 1, w));
        let mut k = i + 1;
        let mut names = 0;
        while !dated
            && names < 4
            && self
                .t
                .get(k)
                .is_some_and(|t| t.cap && t.k == Kind::Word && !t.nl)
        {
            if names > 0 && STREETS.iter().any(|w| self.word_is(k, w)) {
                return true;
            }
            k = if self.punct(k + 1, b'.') {
                k + 2
            } else {
                k + 1
            };
            names += 1;
        }
        let k = if self.punct(i + 1, b'-')
            || matches!(self.nlex(i + 1), Lex::And | Lex::Or | Lex::To)
        {
            i + 2
        } else {
            return false;
        };
        // (two recent years stay a span: "from 2010 to 2015 sales rose")
        let (y, _) = self.num(i).unwrap_or((0, 0));
        self.num(k).is_some_and(|(v, nd)| {
            nd == 4 && v > 2100
                || self.count_noun(k + 1)
                    && !((1900..=2040).contains(&y) && (1900..=2040).contains(&v))
        })
    }

    /// Next word is a plural noun that makes the number a quantity ("2000 troops").
    fn count_noun(&self, j: usize) -> bool {
        let Some(n) = self.t.get(j) else { return false };
        if n.k != Kind::Word || n.cap || n.nl {
            return false;
        }
        if matches!(
            n.lex,
            Lex::U(..) | Lex::Fuzzy | Lex::Num(_) | Lex::Hundred | Lex::Thousand
        ) {
            return true;
        }
        if n.lex != Lex::Nil {
            return false;
        }
        let w = self.text(j);
        if YEAR_VERBS
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f.as_bytes()))
        {
            return false;
        }
        // "its 2024 results", "the 2022 midterms": things a year has
        if YEAR_NOUNS
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f.as_bytes()))
        {
            return false;
        }
        // ("the 1100 block of East Grand Avenue": an address)
        const CN: [&str; 9] = [
            "people", "men", "women", "children", "feet", "metres", "meters", "miles", "block",
        ];
        if CN.iter().any(|f| w.eq_ignore_ascii_case(f.as_bytes())) {
            return true;
        }
        // (no plurals: "the 2008 crisis", "census", "basis")
        w.len() > 3
            && w.ends_with(b"s")
            && !w.ends_with(b"ss")
            && !w.ends_with(b"us")
            && !w.ends_with(b"is")
    }

    /// Next token is not a lower-case content word (which would make a number a count).
    fn next_is_function_word(&self, j: usize) -> bool {
        let Some(n) = self.t.get(j) else { return true };
        if n.k != Kind::Word || n.cap || n.nl {
            return true;
        }
        if n.lex != Lex::Nil {
            return !matches!(n.lex, Lex::U(..) | Lex::Fuzzy | Lex::Num(_));
        }
        let w = self.text(j);
        const FW: [&str; 38] = [
            "was",
            "were",
            "is",
            "are",
            "has",
            "had",
            "have",
            "with",
            "when",
            "while",
            "but",
            "as",
            "which",
            "who",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "that",
            "saw",
            "marked",
            "will",
            "would",
            "could",
            "can",
            "may",
            "should",
            "must",
            "the",
            "a",
            "elections",
            "election",
            "season",
            "budget",
            "census",
            "levels",
        ];
        FW.iter().any(|f| w.eq_ignore_ascii_case(f.as_bytes()))
    }

    /// Year spelled out as in broadcast transcripts: "nineteen ninety-six",
    /// "nineteen fifteen", "two thousand" (the latter only when `thousand_ok`).
    fn spelled_year(&self, k: usize, thousand_ok: bool) -> Option<(i32, usize)> {
        match self.lex(k) {
            Lex::Num(19) => match self.nlex(k + 1) {
                Lex::Num(t @ 10..=19) => Some((1900 + t as i32, k + 2)),
                Lex::Num(t @ 20..=90) if t % 10 == 0 => {
                    let y = 1900 + t as i32;
                    if self.punct(k + 2, b'-')
                        && self.adj(k + 2)
                        && self.adj(k + 3)
                        && let Lex::Num(u @ 1..=9) = self.lex(k + 3)
                    {
                        return Some((y + u as i32, k + 4));
                    }
                    Some((y, k + 2))
                }
                _ => None,
            },
            Lex::Num(2) if thousand_ok && self.nlex(k + 1) == Lex::Thousand => {
                let k2 = if self.nlex(k + 2) == Lex::And {
                    k + 3
                } else {
                    k + 2
                };
                match self.nlex(k2) {
                    Lex::Num(u @ 1..=19) => Some((2000 + u as i32, k2 + 1)),
                    _ => Some((2000, k + 2)),
                }
            }
            _ => None,
        }
    }

    /// Optional trailing year for a month/season/quarter: ", 2024" / " 2024" / " of 2024".
    fn opt_year(&self, j: usize) -> Option<(i32, usize)> {
        let k = if self.punct(j, b',') { j + 1 } else { j };
        let k = if self.nlex(k) == Lex::Of { k + 1 } else { k };
        if !self.near(k) {
            return None;
        }
        if let Some((y, e)) = self.spelled_year(k, true) {
            return Some((y, e));
        }
        // "June '24": an abbreviated year (after a month or day only)
        if self.punct(k, b'\'')
            && self.adj(k + 1)
            && let Some((y, 2)) = self.num(k + 1)
            && !self
                .t
                .get(k + 2)
                .is_some_and(|t| !t.sp && t.k == Kind::Word)
        {
            return Some((two_digit_year(y), k + 2));
        }
        // "April 480 BC", "the spring of 31 AD"
        if let Some((y, 1..=4)) = self.num(k)
            && y > 0
            && self.near(k + 1)
        {
            if let Some(e) = self.bc_at(k + 1) {
                return Some((-(y as i32), e));
            }
            if self.lex(k + 1) == Lex::Ad {
                return Some((y as i32, k + 2));
            }
        }
        let y = self.valid_year(k)?;
        if let Some(n) = self.t.get(k + 1)
            && !n.sp
            && (n.k == Kind::Word || n.k == Kind::Num)
        {
            return None;
        }
        if matches!(self.nlex(k + 1), Lex::Bc) {
            return Some((-y, k + 2));
        }
        Some((y, k + 1))
    }

    /// "this year" / "last year" / "next year" / "of that year" after a month etc.
    fn rel_year(&self, j: usize) -> Option<(Option<i32>, usize)> {
        let k = if self.nlex(j) == Lex::Of { j + 1 } else { j };
        // "January 24 of the same year"
        if k > j
            && self.lex(k) == Lex::The
            && self.nlex(k + 1) == Lex::Same
            && self.nlex(k + 2) == Lex::Year
            && self.near(k)
        {
            return Some((None, k + 3));
        }
        if self.nlex(k + 1) != Lex::Year || !self.near(k) {
            return None;
        }
        match self.lex(k) {
            // "the second half of the year": the year spoken of (the DCT's
            // in news)
            Lex::The if k > j => Some((None, k + 2)),
            Lex::This => Some((Some(0), k + 2)),
            Lex::Last => Some((Some(-1), k + 2)),
            Lex::Next => Some((Some(1), k + 2)),
            Lex::That | Lex::Same => Some((None, k + 2)),
            _ => None,
        }
    }

    fn num_led(&self, i: usize, the: bool) -> Option<Core> {
        let (v, nd) = self.num(i)?;
        // "its 13th day", "the 100th day": as "the thirteenth day"
        {
            let j = self.ord_suffix(i + 1);
            if j > i + 1
                && nd <= 3
                && v >= 2
                && self.near(j)
                && self.lex(j) == Lex::U(Unit::Day, false)
                && i > 0
                && (self.lex(i - 1) == Lex::The
                    || ["its", "their", "his", "her"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w)))
            {
                return self.nth_unit(j, v, the);
            }
        }
        // ISO date 2024-06-19 (also 2024/06/19), with an optional ISO time
        // ("2024-06-19T17:07:00Z")
        let sep = |k: usize| {
            (self.punct(k, b'-') || self.punct(k, b'/')) && self.adj(k) && self.adj(k + 1)
        };
        if nd == 4
            && sep(i + 1)
            && self.num(i + 2).is_some_and(|x| x.1 == 2)
            && sep(i + 3)
            && self.text(i + 3) == self.text(i + 1)
            && self.num(i + 4).is_some_and(|x| x.1 == 2)
        {
            let m = self.t[i + 2].num;
            let d = self.t[i + 4].num;
            if !((1..=12).contains(&m) && (1..=31).contains(&d)) {
                return None;
            }
            let (y, m, d) = (v as i32, m as u8, d as u8);
            if self.word_is(i + 5, "t")
                && self.adj(i + 5)
                && self.adj(i + 6)
                && let Some((tod, z, j)) = self.clock(i + 6)
            {
                let (z, j) = if self.word_is(j, "z") && self.adj(j) {
                    (true, j + 1)
                } else {
                    (z, j)
                };
                return core(j, Expr::Abs(Val::Time(y, m, d, tod, z)), TI, false);
            }
            return core(i + 5, Expr::Abs(Val::Date(y, Some(m), Some(d))), D, false);
        }
        // ISO year-month "2024-06" (a span "2023-24" when the second number
        // is larger: see below)
        if nd == 4
            && (1000..=2100).contains(&v)
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Some((m, 2)) = self.num(i + 2)
            && (1..=12).contains(&m)
            && m <= v % 100
            && !(self.punct(i + 3, b'-') && self.adj(i + 3))
            && !self
                .t
                .get(i + 3)
                .is_some_and(|t| !t.sp && t.k == Kind::Word)
        {
            return core(
                i + 3,
                Expr::Abs(Val::Date(v as i32, Some(m as u8), None)),
                D,
                false,
            );
        }
        // dd/mm/yyyy or mm/dd/yyyy when unambiguous; dd.mm.yyyy (the dotted
        // form is day first wherever it is used)
        let dotted = self.punct(i + 1, b'.');
        if nd <= 2
            && (self.punct(i + 1, b'/') || dotted)
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.text(i + 3) == self.text(i + 1)
            && self.adj(i + 3)
            && self.adj(i + 4)
        {
            let (a, b) = (v, self.num(i + 2)?.0);
            let (y, ny) = self.num(i + 4)?;
            // "6/19/24": a two-digit year in the slashed form only (not a
            // version number "2.13.24")
            let y = if ny == 2 && !dotted && !(self.punct(i + 5, b'/') && self.adj(i + 5)) {
                two_digit_year(y) as u32
            } else if ny != 4 || !(1000..=2099).contains(&y) {
                return None;
            } else {
                y
            };
            let (d, m) = if dotted && (1..=12).contains(&b) || a > 12 && (1..=12).contains(&b) {
                (a, b)
            } else if !dotted && b > 12 && (1..=12).contains(&a) {
                (b, a)
            } else {
                return None;
            };
            if d > 31 || d == 0 {
                return None;
            }
            return core(
                i + 5,
                Expr::Abs(Val::Date(y as i32, Some(m as u8), Some(d as u8))),
                D,
                false,
            );
        }
        // "from 2 to 4 p.m. Wednesday", "between 10 and 11 a.m.": the first
        // hour takes the second's half of the day (and, through the
        // resolver, its day)
        if nd <= 2
            && (1..=12).contains(&v)
            && i > 0
            && !matches!(
                self.t[i - 1].k,
                Kind::Num | Kind::Punct(b'$' | b'.' | b':' | b'-')
            )
            && matches!(self.nlex(i + 1), Lex::To | Lex::And | Lex::Until)
            && let Some((Tod::Hm(h2, _, z2), _, _)) = self.clock(i + 2)
            && self.meridiem_in(i + 2, i + 6)
        {
            // (the second hour's half, or the morning before a noon-or-later end)
            let h = if h2 >= 12 && v < 12 && (v + 12) <= u32::from(h2) {
                v + 12
            } else {
                v % 12
            };
            return core(
                i + 1,
                Expr::TimeOnly(Tod::Hm(h as u8, None, z2), z2),
                TI,
                false,
            );
        }
        // clock time
        if nd <= 2
            && let Some((tod, z, j)) = self.clock(i)
        {
            // ("5:30 to 8 p.m.": the first time takes the second's half of
            // the day, as a bare hour does above)
            let tod = match tod {
                Tod::Hm(h @ 1..=11, mi, zz)
                    if !self.meridiem_in(i, j)
                        && matches!(self.nlex(j), Lex::To | Lex::And | Lex::Until)
                        && self.meridiem_in(j + 1, j + 7)
                        && matches!(self.clock(j + 1), Some((Tod::Hm(h2, ..), _, _)) if h2 >= 12 && h + 12 <= h2) =>
                {
                    Tod::Hm(h + 12, mi, zz)
                }
                t => t,
            };
            // optional date after: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "17:00 today"
            // (past a zone said in words: "8:31 a.m. Eastern Daylight Time
            // tomorrow", "6 p.m. local time Friday")
            let zone_end = {
                let mut k = j;
                if self.spelled_zone(k) {
                    k += 1;
                    while k < j + 4
                        && ["daylight", "standard", "summer", "time"]
                            .iter()
                            .any(|w| self.word_is(k, w))
                    {
                        k += 1;
                    }
                }
                k
            };
            let j_zone = j;
            let j = if zone_end > j
                && self.near(zone_end)
                && matches!(
                    self.nlex(zone_end),
                    Lex::Weekday(_) | Lex::Today | Lex::Tomorrow | Lex::Yesterday | Lex::Tonight
                ) {
                zone_end
            } else {
                j
            };
            let k = if self.punct(j, b',') { j + 1 } else { j };
            // past an abbreviated weekday before a date ("3:45 PM EDT, Wed June 19")
            let k = match self.weekday_abbr(k) {
                Some(a)
                    if self.t.get(a).is_some_and(|t| t.k == Kind::Num)
                        || matches!(self.nlex(a), Lex::Month(_) | Lex::MonthAbbr(_)) =>
                {
                    a
                }
                _ => k,
            };
            // only a date may follow (never a second clock time: bounded recursion)
            let date_next = match self.t.get(k) {
                Some(t) if t.k == Kind::Num => matches!(
                    self.nlex(self.ord_suffix(k + 1)),
                    Lex::Month(_) | Lex::MonthAbbr(_)
                ),
                Some(t) => t.k == Kind::Word,
                None => false,
            };
            if date_next
                && self.near(k)
                && let Some(c) = self.core(k, false)
            {
                // ("6:30 Sunday morning", "7:30 Friday evening": the part of
                // the day says the half of a bare clock time)
                let ampm = self.meridiem_in(i, j);
                let by_part = |p: Part| match tod {
                    Tod::Hm(h @ 1..=11, mi, zz)
                        if !ampm && matches!(p, Part::Afternoon | Part::Evening | Part::Night) =>
                    {
                        Tod::Hm(h + 12, mi, zz)
                    }
                    _ => tod,
                };
                let ex = match c.expr {
                    Expr::Wd(d, None) => Some(Expr::Wd(d, Some(tod))),
                    Expr::Wd(d, Some(Tod::Part(p))) => Some(Expr::Wd(d, Some(by_part(p)))),
                    Expr::Md(m, d, None) | Expr::MdWd(m, d, _) => Some(Expr::Md(m, d, Some(tod))),
                    // ("10 a.m. this morning", "9 p.m. tonight": the clock
                    // says the time; "7:30 tonight" is the evening's)
                    Expr::Day(
                        n,
                        Some(Tod::Part(p @ (Part::Afternoon | Part::Evening | Part::Night))),
                    ) => Some(Expr::Day(n, Some(by_part(p)))),
                    Expr::Day(n, None | Some(Tod::Part(_))) => Some(Expr::Day(n, Some(tod))),
                    Expr::Abs(Val::Date(y, Some(m), Some(d))) => {
                        Some(Expr::Abs(Val::Time(y, m, d, tod, z)))
                    }
                    _ => None,
                };
                if let Some(ex) = ex {
                    return core(c.e, ex, TI, false);
                }
            }
            return core(j_zone, Expr::TimeOnly(tod, z), TI, false);
        }
        // first day of a range: "22-25 April 1951", "from 15 to 22 February"
        if nd <= 2 && (1..=31).contains(&v) {
            // ("the 13th to the 19th of October")
            let a = self.ord_suffix(i + 1);
            let k = if self.punct(i + 1, b'-') && self.adj(i + 1) && self.adj(i + 2) {
                i + 2
            } else if matches!(self.nlex(a), Lex::To | Lex::And) {
                if self.nlex(a + 1) == Lex::The {
                    a + 2
                } else {
                    a + 1
                }
            } else {
                0
            };
            if k > 0
                && self
                    .num(k)
                    .is_some_and(|(d2, n2)| n2 <= 2 && (1..=31).contains(&d2) && d2 > v)
                && {
                    let j = self.ord_suffix(k + 1);
                    let j = if j > k + 1 && self.nlex(j) == Lex::Of {
                        j + 1
                    } else {
                        j
                    };
                    matches!(self.nlex(j), Lex::Month(_) | Lex::MonthAbbr(_))
                }
                && let Some(c) = self.num_led(k, false)
            {
                let ex = match c.expr {
                    Expr::Abs(Val::Date(y, Some(m), Some(_))) => {
                        Some(Expr::Abs(Val::Date(y, Some(m), Some(v as u8))))
                    }
                    Expr::Md(m, _, None) => Some(Expr::Md(m, v as u8, None)),
                    _ => None,
                };
                if let Some(ex) = ex {
                    return core(a, ex, D, a > i + 1);
                }
            }
            // second day of "April 13-15"
            if i >= 3
                && self.punct(i - 1, b'-')
                && self.adj(i - 1)
                && self.adj(i)
                && self.num(i - 2).is_some_and(|(d1, n1)| n1 <= 2 && d1 < v)
                // ("Jan. 21-22": past the abbreviation's point)
                && let Lex::Month(m) | Lex::MonthAbbr(m) =
                    self.lex(if self.punct(i - 3, b'.') && i >= 4 { i - 4 } else { i - 3 })
                && !self
                    .t
                    .get(i + 1)
                    .is_some_and(|t| !t.sp && t.k == Kind::Word)
            {
                if let Some((y, k)) = self.opt_year(i + 1) {
                    return core(k, Expr::Abs(Val::Date(y, Some(m), Some(v as u8))), D, false);
                }
                return core(i + 1, Expr::Md(m, v as u8, None), D, false);
            }
            // second day of "between June 7 and 12", "June 7th to 12th"
            let e = self.ord_suffix(i + 1);
            if i >= 3
                && ["and", "to", "through"]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))
            {
                // the first day, past its ordinal suffix
                let f = if self.t[i - 2].k == Kind::Word && self.ord_suffix(i - 2) == i - 1 {
                    i - 3
                } else {
                    i - 2
                };
                // ("June 7 and 12 people": a count, unless after "between")
                if f >= 1
                    && self.num(f).is_some_and(|(d1, n1)| n1 <= 2 && d1 < v)
                    && let Lex::Month(m) | Lex::MonthAbbr(m) =
                        self.lex(if self.punct(f - 1, b'.') && f >= 2 {
                            f - 2
                        } else {
                            f - 1
                        })
                    && (self.day_of_month_follows(e)
                        || f >= 2
                            && self.word_is(f - 2, "between")
                            && !self.word_is(e, "percent")
                            && !self.punct(e, b'%'))
                {
                    if let Some((y, k)) = self.opt_year(e) {
                        return core(k, Expr::Abs(Val::Date(y, Some(m), Some(v as u8))), D, false);
                    }
                    return core(e, Expr::Md(m, v as u8, None), D, false);
                }
            }
        }
        // second year of "1950-53", "the 2023-24 season" (not the month
        // of "2024-06")
        if nd == 2
            && i >= 2
            && self.punct(i - 1, b'-')
            && self.adj(i - 1)
            && self.adj(i)
            && let Some((y, 4)) = self.num(i - 2)
            && (1000..=2100).contains(&y)
            && v > y % 100
            && !(self.punct(i + 1, b'-') && self.adj(i + 1))
            && !self
                .t
                .get(i + 1)
                .is_some_and(|t| !t.sp && t.k == Kind::Word)
        {
            return core(
                i + 1,
                Expr::Abs(Val::Date((y - y % 100 + v) as i32, None, None)),
                D,
                false,
            );
        }
        // "19-Jun-2024": day, month and year joined by hyphens
        if nd <= 2
            && (1..=31).contains(&v)
            && self.punct(i + 1, b'-')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(i + 2)
            && self.punct(i + 3, b'-')
            && self.adj(i + 3)
            && self.adj(i + 4)
            && let Some((y, 4)) = self.num(i + 4)
        {
            return core(
                i + 5,
                Expr::Abs(Val::Date(y as i32, Some(m), Some(v as u8))),
                D,
                false,
            );
        }
        // day-month: "19 June 2024", "19th of June"
        if nd <= 2 && (1..=31).contains(&v) {
            let mut j = self.ord_suffix(i + 1);
            if self.nlex(j) == Lex::Of {
                j += 1;
            }
            if self.near(j) {
                let m = match self.lex(j) {
                    Lex::Month(m) => Some((m, false)),
                    Lex::MonthAbbr(m) => Some((m, true)),
                    _ => None,
                };
                if let Some((m, abbr)) = m {
                    let j = if abbr { self.dot(j + 1) } else { j + 1 };
                    if let Some((y, k)) = self.opt_year(j) {
                        return core(k, Expr::Abs(Val::Date(y, Some(m), Some(v as u8))), D, false);
                    }
                    // "17 February next year", "2 March that year"
                    if let Some((ry, k)) = self.rel_year(j) {
                        return match ry {
                            Some(n) => core(k, Expr::MdYear(m, v as u8, n), D, false),
                            None => core(k, Expr::MdRef(m, v as u8), D, false),
                        };
                    }
                    return core(j, Expr::Md(m, v as u8, None), D, false);
                }
            }
            // "the 20th century"
            let j = self.ord_suffix(i + 1);
            if j > i + 1 && self.nlex(j) == Lex::Century {
                return self.century(v as i32, j + 1);
            }
            // "a 19th-century mill town"
            if j > i + 1
                && self.punct(j, b'-')
                && self.adj(j)
                && self.adj(j + 1)
                && self.lex(j + 1) == Lex::Century
            {
                return self.century(v as i32, j + 2);
            }
            // "on the 27th", "until the 3rd": a day of the month, after a
            // preposition of time and before no noun ("the 5th Division")
            if the && j > i + 1 && i >= 2 && self.day_of_month_follows(j) {
                let prep = [
                    "on", "from", "until", "till", "by", "since", "before", "after",
                ];
                // "June 14 to the 20th", "the 13th to the 19th"
                let range = i >= 3
                    && ["to", "through", "and"]
                        .iter()
                        .any(|w| self.word_is(i - 2, w))
                    && (self.num(i - 3).is_some() || self.ord_suffix(i - 3) == i - 2);
                if range || prep.iter().any(|w| self.word_is(i - 2, w)) {
                    return core(j, Expr::DayOfMonth(v as u8), D, true);
                }
            }
        }
        // "the 70s"
        if nd == 2 && v % 10 == 0 && self.adj(i + 1) && self.word_is(i + 1, "s") {
            return core(i + 2, Expr::Abs(Val::Decade(190 + v as i32 / 10)), D, true);
        }
        // "at 1800 hours": a military clock time (not "1800 hours of work")
        if nd == 4
            && v % 100 < 60
            && v / 100 <= 24
            && (self.word_is(i + 1, "hours") || self.word_is(i + 1, "hrs"))
            && i > 0
            && ["at", "by", "until", "from", "before", "after", "around"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
        {
            let tod = Tod::Hm((v / 100) as u8, Some((v % 100) as u8), false);
            return core(i + 2, Expr::TimeOnly(tod, false), TI, false);
        }
        // "at 0340 local time", "It's 1400 Universal Time" (the zone in
        // words outside the extent)
        if nd == 4
            && v % 100 < 60
            && v / 100 <= 24
            && (self.word_is(i + 1, "local") || self.word_is(i + 1, "universal"))
            && self.spelled_zone(i + 1)
        {
            let tod = Tod::Hm((v / 100) as u8, Some((v % 100) as u8), false);
            return core(i + 1, Expr::TimeOnly(tod, false), TI, false);
        }
        // "0800 UTC"
        if nd == 4
            && v % 100 < 60
            && v / 100 <= 24
            && let Lex::Zone(z) = self.nlex(i + 1)
        {
            let tod = Tod::Hm((v / 100) as u8, Some((v % 100) as u8), z);
            return core(i + 2, Expr::TimeOnly(tod, z), TI, false);
        }
        // decade "1990s"; "the 1800s" is the century (not 1800-09)
        if nd == 4 && self.adj(i + 1) && self.word_is(i + 1, "s") && v % 10 == 0 {
            if v % 100 == 0 && v != 2000 {
                return core(i + 2, Expr::Abs(Val::Century(v as i32 / 100)), D, true);
            }
            return core(i + 2, Expr::Abs(Val::Decade(v as i32 / 10)), D, true);
        }
        if nd == 4
            && self.adj(i + 1)
            && self.punct(i + 1, b'\'')
            && self.word_is(i + 2, "s")
            && v % 10 == 0
        {
            return core(i + 3, Expr::Abs(Val::Decade(v as i32 / 10)), D, true);
        }
        // BC years of any length: "481 BC", "146 B.C."
        if nd <= 4
            && v > 0
            && let Some(e) = self.bc_at(i + 1)
        {
            return core(e, Expr::Abs(Val::Date(-(v as i32), None, None)), D, false);
        }
        // the first year of a BC range: "499-493 BC", "264 to 241 BC"
        if nd <= 4 && v > 0 {
            let k = if self.punct(i + 1, b'-') && self.adj(i + 1) && self.adj(i + 2)
                || self.word_is(i + 1, "to")
            {
                i + 2
            } else {
                0
            };
            if k > 0
                && self.num(k).is_some_and(|(w, n)| n <= 4 && w > 0 && w < v)
                && self.bc_at(k + 1).is_some()
            {
                return core(
                    i + 1,
                    Expr::Abs(Val::Date(-(v as i32), None, None)),
                    D,
                    false,
                );
            }
        }
        if nd <= 4 && v > 0 && i > 0 && self.lex(i - 1) == Lex::Ad && self.t[i].sp {
            return core(i + 1, Expr::Abs(Val::Date(v as i32, None, None)), D, false);
        }
        // duration / ago
        if let Some(c) = self.duration(i) {
            return Some(c);
        }
        // year, possibly followed by season/quarter: "2024 third quarter" (rare): plain year
        if nd == 4
            && (the && self.valid_year(i).is_some() || self.bare_year_ok(i))
            && !self.quantity_follows(i)
        {
            let y = v as i32;
            if matches!(self.nlex(i + 1), Lex::Ad) {
                return core(i + 2, Expr::Abs(Val::Date(y, None, None)), D, true);
            }
            // "the 1988 third quarter", "the 1988 period"
            if the
                && (self.word_is(i + 1, "period") || self.nlex(i + 1) == Lex::Quarter)
                && self.near(i + 1)
            {
                return core(i + 2, Expr::YearPeriod(y), D, true);
            }
            if the
                && let Lex::Ord(q @ 1..=4) = self.nlex(i + 1)
                && self.nlex(i + 2) == Lex::Quarter
            {
                return core(i + 3, Expr::Abs(Val::Quarter(y, q as u8)), D, true);
            }
            // "the 1989 first half"
            if the
                && let Lex::Ord(h @ 1..=2) = self.nlex(i + 1)
                && self.nlex(i + 2) == Lex::Half
            {
                return core(i + 3, Expr::Abs(Val::Half(y, h as u8)), D, true);
            }
            // "1989's fourth quarter", "1989's first half"
            if self.punct(i + 1, b'\'')
                && self.adj(i + 1)
                && self.word_is(i + 2, "s")
                && let Lex::Ord(n) = self.nlex(i + 3)
            {
                match self.nlex(i + 4) {
                    Lex::Quarter if (1..=4).contains(&n) => {
                        return core(i + 5, Expr::Abs(Val::Quarter(y, n as u8)), D, false);
                    }
                    Lex::Half if (1..=2).contains(&n) => {
                        return core(i + 5, Expr::Abs(Val::Half(y, n as u8)), D, false);
                    }
                    _ => {}
                }
            }
            return core(i + 1, Expr::Abs(Val::Date(y, None, None)), D, false);
        }
        None
    }

    fn century(&self, n: i32, j: usize) -> Option<Core> {
        if !(1..=21).contains(&n) {
            return None;
        }
        // "the 5th century BC": BC04
        // (the 1st century BC, BC00, has no negative index: left alone)
        if self.nlex(j) == Lex::Bc {
            if n == 1 {
                return None;
            }
            return core(j + 1, Expr::Abs(Val::Century(-(n - 1))), D, true);
        }
        // "20th Century Fox", "21st Century Insurance": a name
        if j > 0
            && self.t[j - 1].cap
            && self
                .t
                .get(j)
                .is_some_and(|t| t.k == Kind::Word && t.cap && t.sp && !t.nl)
        {
            return None;
        }
        core(j, Expr::Abs(Val::Century(n - 1)), D, true)
    }

    fn month_led(&self, i: usize, m: u8, abbr: bool) -> Option<Core> {
        let t = &self.t[i];
        let j = if abbr { self.dot(i + 1) } else { i + 1 };
        let had_dot = j > i + 1;
        // "July Fourth", "March eighth": a spelled day
        if let Lex::Ord(n @ 1..=31) = self.nlex(j)
            && !(self.punct(j + 1, b'-') && self.adj(j + 1))
            && !matches!(self.nlex(j + 1), Lex::Quarter | Lex::Half | Lex::U(..))
        {
            return match self.opt_year(j + 1) {
                Some((y, e)) => core(e, Expr::Abs(Val::Date(y, Some(m), Some(n as u8))), D, false),
                None => core(j + 1, Expr::Md(m, n as u8, None), D, false),
            };
        }
        // "February twenty-third", "March thirty-first": a spelled day in
        // two words
        if let Lex::Num(tens @ (20 | 30)) = self.nlex(j)
            && self.punct(j + 1, b'-')
            && self.adj(j + 1)
            && self.adj(j + 2)
            && let Lex::Ord(n @ 1..=9) = self.lex(j + 2)
            && tens + n <= 31
        {
            let n = (tens + n) as u8;
            return match self.opt_year(j + 3) {
                Some((y, e)) => core(e, Expr::Abs(Val::Date(y, Some(m), Some(n))), D, false),
                None => core(j + 3, Expr::Md(m, n, None), D, false),
            };
        }
        // "the April-June quarter", "the January-to-March quarter": a
        // calendar quarter named by its months
        let to = if self.punct(j, b'-')
            && self.word_is(j + 1, "to")
            && self.punct(j + 2, b'-')
            && self.adj(j + 2)
        {
            2
        } else {
            0
        };
        if m % 3 == 1
            && self.punct(j, b'-')
            && self.adj(j)
            && self.adj(j + to + 1)
            && matches!(self.lex(j + to + 1), Lex::Month(m2) | Lex::MonthAbbr(m2) if m2 == m + 2)
        {
            let k = self.dot(j + to + 2);
            if self.nlex(k) == Lex::Quarter {
                let q = Expr::Quarter(m / 3 + 1);
                return match self.opt_year(k + 1) {
                    Some((y, e)) => core(e, Expr::Abs(Val::Quarter(y, m / 3 + 1)), D, true),
                    None => core(k + 1, q, D, true),
                };
            }
        }
        // "the March quarter", "the December quarter": the quarter ending
        // in that month
        if m.is_multiple_of(3) && self.lex(j) == Lex::Quarter && self.near(j) {
            return core(j + 1, Expr::QuarterEnding(m), D, true);
        }
        // Month day[, year]
        if self.near(j) {
            if let Some((d, nd)) = self.num(j)
                && nd <= 2
                && (1..=31).contains(&d)
            {
                let mut k = self.ord_suffix(j + 1);
                // not "June 19-year-old" or "June 5,000"
                if self.punct(k, b',') && self.adj(k) && self.num(k + 1).is_some_and(|x| x.1 == 3) {
                    return None;
                }
                if let Some((y, k2)) = self.opt_year(k) {
                    return core(
                        k2,
                        Expr::Abs(Val::Date(y, Some(m), Some(d as u8))),
                        D,
                        false,
                    );
                }
                // "Dec. 15." trailing
                if let Some((ry, k2)) = self.rel_year(k) {
                    let _ = ry;
                    k = k2;
                    return match ry {
                        Some(n) => core(k, Expr::MdYear(m, d as u8, n), D, false),
                        None => core(k, Expr::MdRef(m, d as u8), D, false),
                    };
                }
                return core(k, Expr::Md(m, d as u8, None), D, false);
            }
            if let Some((y, k)) = self.opt_year(j) {
                return core(k, Expr::Abs(Val::Date(y, Some(m), None)), D, false);
            }
        }
        if abbr && !had_dot {
            return None;
        }
        if abbr {
            return None;
        }
        // Month this/last/next year
        if let Some((ry, k)) = self.rel_year(j) {
            return match ry {
                Some(n) => core(k, Expr::MonthYear(m, n), D, true),
                // "November of that year": the year spoken of
                None => core(k, Expr::MonthRef(m), D, true),
            };
        }
        // Month alone: must be capitalised; "May"/"March" need context.
        if !t.cap {
            return None;
        }
        // "June Carter", "August Wilson": a first name, unless a preposition
        // or modifier says month ("in June Apple announced"); "the August
        // Decrees", "a February Peace Conference" are named after the month
        let opens = || {
            i == 0
                || self.t[i].nl
                || self.t[i - 1].k != Kind::Word
                || self.word_is(i - 1, "with")
                || self.word_is(i - 1, "and")
        };
        if self.name_follows(i + 1)
            && opens()
            && !(i > 0
                && !self.t[i].nl
                && (before_month(self.lex(i - 1))
                    || matches!(self.lex(i - 1), Lex::Last | Lex::Next | Lex::This)))
        {
            return None;
        }
        if m == 5 || m == 3 {
            // ("mid-March": the word before the hyphen)
            let prev = if i > 1 && self.punct(i - 1, b'-') && self.adj(i - 1) && self.adj(i) {
                self.lex(i - 2)
            } else if i > 0 {
                self.lex(i - 1)
            } else {
                Lex::Nil
            };
            let ok = i > 0
                && !self.t[i].nl
                // ("went unsigned into March")
                && (before_month(prev) || self.word_is(i - 1, "into"));
            // "the March accession", "the May elections" (not "The March was ...")
            // ("the May CPI": an acronym)
            let acronym = |k: usize| {
                self.text(k).len() >= 2 && self.text(k).iter().all(|c| c.is_ascii_uppercase())
            };
            let modifier = i > 0
                && !self.t[i].nl
                && self.lex(i - 1) == Lex::The
                && self.t.get(i + 1).is_some_and(|n| {
                    n.k == Kind::Word && (!n.cap || acronym(i + 1)) && !n.nl && n.lex == Lex::Nil
                })
                && ![
                    "was", "is", "were", "are", "has", "had", "will", "would", "began", "ended",
                    "drew", "took", "went", "and", "or",
                ]
                .iter()
                .any(|w| self.word_is(i + 1, w));
            // coordinated with another month: "February and March", "March
            // or April"; "for March" (not "for May", a name in UK politics)
            let month_at = |k: usize| matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_));
            let coordinated = i >= 2
                && !self.t[i].nl
                && matches!(self.lex(i - 1), Lex::And | Lex::Or)
                && month_at(i - 2)
                || matches!(self.nlex(i + 1), Lex::And | Lex::Or) && month_at(i + 2);
            let ok = ok
                || modifier
                || coordinated
                || i > 0 && self.word_is(i - 1, "between")
                // ("the January-March period", "reports March retail sales")
                || i > 1
                    && self.punct(i - 1, b'-')
                    && self.adj(i - 1)
                    && matches!(self.lex(i - 2), Lex::Month(_) | Lex::MonthAbbr(_))
                || ["retail", "sales", "payrolls", "jobs", "figures", "data", "results"]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
                // ("as early as May", "as late as March")
                || i > 2
                    && self.word_is(i - 1, "as")
                    && (self.word_is(i - 2, "early") || self.word_is(i - 2, "late"))
                    && self.word_is(i - 3, "as")
                || m == 3 && i > 0 && !self.t[i].nl && self.word_is(i - 1, "for")
                // ("sales for May were weak": no name takes a plural verb)
                || i > 0
                    && !self.t[i].nl
                    && self.word_is(i - 1, "for")
                    && ["are", "were"].iter().any(|w| self.word_is(i + 1, w))
                // ("Corn for May delivery", "the May contract")
                || ["delivery", "contract", "contracts", "futures"]
                    .iter()
                    .any(|w| self.word_is(i + 1, w));
            // all-caps headlines
            if !ok || self.text(i).iter().all(|c| c.is_ascii_uppercase()) {
                return None;
            }
            // "in May said" unlikely; accept
        }
        core(i + 1, Expr::M(m), D, false)
    }

    fn word_led(&self, i: usize, the: bool) -> Option<Core> {
        let l = self.t[i].lex;
        match l {
            Lex::Month(m) => self.month_led(i, m, false),
            Lex::MonthAbbr(m) => self.month_led(i, m, true),
            Lex::Weekday(d) => {
                // a football club's name, not a day ("face Sheffield
                // Wednesday on Saturday")
                if i > 0 && self.word_is(i - 1, "sheffield") {
                    return None;
                }
                let mut j = i + 1;
                // "the Saturday before Christmas": that holiday's
                // (a holiday the scanner finds there: not "New York")
                if (self.word_is(j, "before") || self.word_is(j, "after"))
                    && let Lex::Holiday(h @ (1..=8 | 10..=30)) = self.nlex(j + 1)
                    && self.near(j + 1)
                    && self.core(j + 1, false).is_some_and(|c| {
                        matches!(c.expr, Expr::Holiday(_) | Expr::Thanksgiving | Expr::Md(..))
                    })
                {
                    let dir = if self.word_is(j, "before") { -1 } else { 1 };
                    return core(j, Expr::WdHoliday(d, h, dir), D, false);
                }
                // "the Friday before Labor Day": a holiday named with "Day"
                if (self.word_is(j, "before") || self.word_is(j, "after"))
                    && self.t.get(j + 1).is_some_and(|t| t.cap)
                    && let Some(k) = (j + 2..(j + 7).min(self.t.len()))
                        .find(|&k| self.lex(k) == Lex::U(Unit::Day, false))
                    && let Some(c) = self.named_day(k)
                    && c.s == j + 1
                    && let Expr::Holiday(h @ (1..=8 | 10..=30)) = c.expr
                {
                    let dir = if self.word_is(j, "before") { -1 } else { 1 };
                    return core(j, Expr::WdHoliday(d, h, dir), D, false);
                }
                // "will operate a Sunday schedule": the kind of day
                // ("a modified Saturday schedule")
                if i > 0
                    && (self.lex(i - 1) == Lex::A
                        || i > 1
                            && self.lex(i - 2) == Lex::A
                            && self.t[i - 1].k == Kind::Word
                            && !self.t[i - 1].cap)
                    && ["schedule", "service", "timetable"]
                        .iter()
                        .any(|w| self.word_is(j, w))
                {
                    return None;
                }
                // "heard her rehearse one Saturday": some Saturday or other
                if i > 0 && self.word_is(i - 1, "one") {
                    return match self.nlex(j) {
                        Lex::Pod(p) => {
                            core(j + 1, Expr::Free(Val::SetWeekday(d, Some(p))), TI, false)
                        }
                        _ => core(j, Expr::Free(Val::SetWeekday(d, None)), D, false),
                    };
                }
                // "every Tuesday and Friday": the set goes on
                if i >= 3
                    && matches!(self.lex(i - 1), Lex::And | Lex::Or)
                    && matches!(self.lex(i - 2), Lex::Weekday(_))
                    && matches!(self.lex(i - 3), Lex::Every | Lex::Each)
                    && !self.t[i].nl
                {
                    if let Lex::Pod(p) = self.nlex(j) {
                        return core(j + 1, Expr::Free(Val::SetWeekday(d, Some(p))), SE, false);
                    }
                    return core(j, Expr::Free(Val::SetWeekday(d, None)), SE, false);
                }
                // "Good Friday", "Black Friday", "Cyber Monday" (the caller
                // puts the first word in the extent); "Super Tuesday" moves
                // with the primaries: no date
                if i > 0 && self.t[i - 1].cap && self.t[i].cap && !self.t[i].nl {
                    let h = match d {
                        5 if self.word_is(i - 1, "good") => Some(12),
                        5 if self.word_is(i - 1, "black") => Some(13),
                        1 if self.word_is(i - 1, "cyber") => Some(14),
                        3 if self.word_is(i - 1, "ash") => Some(20),
                        7 if self.word_is(i - 1, "palm") => Some(21),
                        4 if self.word_is(i - 1, "maundy") || self.word_is(i - 1, "holy") => {
                            Some(22)
                        }
                        6 if self.word_is(i - 1, "holy") => Some(23),
                        2 if self.word_is(i - 1, "shrove") => Some(24),
                        2 if self.word_is(i - 1, "super") => return None,
                        _ => None,
                    };
                    if let Some(h) = h {
                        return match self.opt_year(j) {
                            Some((y, k)) => {
                                let (m, dd) = holiday_md(h, y);
                                core(k, Expr::Abs(Val::Date(y, Some(m), Some(dd))), D, false)
                            }
                            None => core(j, Expr::Holiday(h), D, false),
                        };
                    }
                }
                // "The Sunday Times", "Sunday Telegraph reported": a title
                // (not "10:30 p.m. Saturday Eastern time")
                if self.name_follows(j)
                    && !self.spelled_zone(j)
                    && (i == 0
                        || self.t[i].nl
                        || self.lex(i - 1) == Lex::The
                        || matches!(self.t[i - 1].k, Kind::Punct(b'.' | b'"' | b'(')))
                {
                    return None;
                }
                // "on a warm Tuesday evening, Oct. 17, 1989", "early on a
                // Sunday, July 11, 1993": the date said after it
                {
                    let (p, e) = match self.nlex(j) {
                        Lex::Pod(p) => (Some(p), j + 1),
                        _ => (None, j),
                    };
                    if self.punct(e, b',')
                        && self.near(e + 1)
                        && let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(e + 1)
                        && let Some(c) =
                            self.month_led(e + 1, m, matches!(self.lex(e + 1), Lex::MonthAbbr(_)))
                    {
                        let tod = p.map(Tod::Part);
                        let kind = if tod.is_some() { TI } else { D };
                        match c.expr {
                            Expr::Abs(Val::Date(y, Some(m), Some(dd))) => {
                                let v = match tod {
                                    Some(t) => Val::Time(y, m, dd, t, false),
                                    None => Val::Date(y, Some(m), Some(dd)),
                                };
                                return core(c.e, Expr::Abs(v), kind, false);
                            }
                            Expr::Md(m, dd, None) if tod.is_some() => {
                                return core(c.e, Expr::Md(m, dd, tod), kind, false);
                            }
                            _ => {}
                        }
                    }
                }
                // "a Saturday in August 1988": some day of that month
                if i > 0
                    && self.lex(i - 1) == Lex::A
                    && self.nlex(j) == Lex::In
                    && let Lex::Month(m) | Lex::MonthAbbr(m) = self.nlex(j + 1)
                    && let Some(c) =
                        self.month_led(j + 1, m, matches!(self.lex(j + 1), Lex::MonthAbbr(_)))
                    && matches!(c.expr, Expr::Abs(Val::Date(_, Some(_), None)))
                {
                    return core(c.e, c.expr, D, false);
                }
                // "on a Sunday (evening)": no particular one
                // ("a Wednesday media event" is a particular one)
                if i > 1 && self.lex(i - 1) == Lex::A && self.word_is(i - 2, "on") && !self.t[i].nl
                {
                    // ("on a Sunday morning": with its time of day, a TIME)
                    let (p, e, kind) = match self.nlex(j) {
                        Lex::Pod(p) => (Some(p), j + 1, TI),
                        _ => (None, j, D),
                    };
                    return core(e, Expr::Free(Val::SetWeekday(d, p)), kind, false);
                }
                // "after Friday prayers": any Friday's (as WikiWars marks it)
                if self.word_is(j, "prayers") && self.near(j) {
                    return core(j, Expr::Free(Val::SetWeekday(d, None)), D, false);
                }
                // "on Wednesday nights": every one ("on Monday and Tuesday
                // nights": both)
                let k = if matches!(self.nlex(j), Lex::And | Lex::Or)
                    && matches!(self.nlex(j + 1), Lex::Weekday(_))
                {
                    j + 2
                } else {
                    j
                };
                if let Some(p) = ["mornings", "afternoons", "evenings", "nights"]
                    .iter()
                    .position(|w| self.word_is(k, w))
                    && self.near(k)
                {
                    let j = if k == j { j + 1 } else { j };
                    let p = [Part::Morning, Part::Afternoon, Part::Evening, Part::Night][p];
                    // ("on Tuesday and Wednesday mornings this week": those
                    // two)
                    if matches!(self.nlex(k + 1), Lex::This | Lex::Next | Lex::Last)
                        && self.nlex(k + 2) == Lex::U(Unit::Week, false)
                    {
                        return core(j, Expr::Wd(d, Some(Tod::Part(p))), TI, false);
                    }
                    return core(j, Expr::Free(Val::SetWeekday(d, Some(p))), SE, false);
                }
                // "Wednesday evening", "Friday night"
                if let Lex::Pod(p) = self.nlex(j) {
                    // TIME per TimeML (TimeBank often says DATE; MEANTIME/WikiWars TIME)
                    return core(j + 1, Expr::Wd(d, Some(Tod::Part(p))), TI, false);
                }
                // "a Monday midnight deadline", "Tuesday noon"
                if matches!(self.nlex(j), Lex::Midnight | Lex::Noon) && !self.punct(j + 1, b'-') {
                    let h = if self.nlex(j) == Lex::Noon { 12 } else { 24 };
                    return core(j + 1, Expr::Wd(d, Some(Tod::Hm(h, None, false))), TI, false);
                }
                // "Monday last week", "Friday of next week": that week's day
                let of = usize::from(self.nlex(j) == Lex::Of);
                if let Some(n) = match self.nlex(j + of) {
                    Lex::Last => Some(-1),
                    Lex::This => Some(0),
                    Lex::Next => Some(1),
                    _ => None,
                } && self.nlex(j + of + 1) == Lex::U(Unit::Week, false)
                {
                    return core(j + of + 2, Expr::WeekWeekday(d, n), D, false);
                }
                // "on Tuesday and Wednesday last week": the week said after
                // the second day is the first one's too
                if matches!(self.nlex(j), Lex::And | Lex::Or)
                    && matches!(self.nlex(j + 1), Lex::Weekday(_))
                    && let Some(n) = match self.nlex(j + 2) {
                        Lex::Last => Some(-1),
                        Lex::Next => Some(1),
                        _ => None,
                    }
                    && self.nlex(j + 3) == Lex::U(Unit::Week, false)
                {
                    return core(j, Expr::WeekWeekday(d, n), D, false);
                }
                // British "on Thursday week": a week after the coming Thursday
                if self.week_after(j)
                    && i > 0
                    && matches!(self.lex(i - 1), Lex::On | Lex::By | Lex::Until | Lex::From)
                {
                    return core(j + 1, Expr::RelWeekday(d, 2, None), D, false);
                }
                // "Monday, Oct. 26" / "Friday Oct. 13"
                let k = if self.punct(j, b',') { j + 1 } else { j };
                if self.near(k) {
                    if let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(k)
                        && let Some(c) =
                            self.month_led(k, m, matches!(self.lex(k), Lex::MonthAbbr(_)))
                        && is_day_of_month(c.expr)
                    {
                        return core(c.e, with_weekday(c.expr, d), c.kind, false);
                    }
                    // "Friday 19 June 2024"
                    if self.t[k].k == Kind::Num
                        && matches!(
                            self.nlex(self.ord_suffix(k + 1)),
                            Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Of
                        )
                        && let Some(c) = self.num_led(k, false)
                        && is_day_of_month(c.expr)
                    {
                        return core(c.e, with_weekday(c.expr, d), c.kind, false);
                    }
                }
                // "Wednesday at 10 p.m." / "Wednesday 17:07"
                let k = if self.nlex(j) == Lex::At { j + 1 } else { j };
                if self.near(k)
                    && self.num(k).is_some()
                    && let Some((tod, _, e)) = self.clock(k)
                {
                    return core(e, Expr::Wd(d, Some(tod)), TI, false);
                }
                j = i + 1;
                core(j, Expr::Wd(d, None), D, false)
            }
            // "Hours later, the brothers exchanged gunfire", "Days earlier, ...":
            // some time after / before the story's time
            // "Weeks ago, the company warned": some time back
            Lex::U(_, true)
                if !the
                    && self.nlex(i + 1) == Lex::Ago
                    && !(i > 0
                        && (self.t[i - 1].k == Kind::Num
                            || matches!(
                                self.lex(i - 1),
                                Lex::Num(_) | Lex::Fuzzy | Lex::A | Lex::The
                            ))) =>
            {
                core(i + 2, Expr::Free(Val::Ref("PAST_REF")), D, false)
            }
            // (in news "Hours later" is the vague duration "Hours", as
            // TimeBank marks "A few days later"; "rescued hours later" too)
            Lex::U(u, true)
                if !the
                    && self.near(i + 1)
                    && (self.nlex(i + 1) == Lex::Later
                        || self.nlex(i + 1) == Lex::Earlier
                            && (self.sentence_start(i) || self.punct(i.wrapping_sub(1), b','))) =>
            {
                if self.lex(i + 1) == Lex::Later {
                    return core(i + 2, Expr::Later(None, u, 0, u, u), D, false);
                }
                core(i + 2, Expr::Free(Val::Ref("PAST_REF")), D, false)
            }
            Lex::Weekdays(d) => {
                if let Lex::Pod(p) = self.nlex(i + 1) {
                    return core(i + 2, Expr::Free(Val::SetWeekday(d, Some(p))), SE, false);
                }
                core(i + 1, Expr::Free(Val::SetWeekday(d, None)), SE, false)
            }
            // a frequency: "twice a year", "three times a week", "at a rate
            // of 15 a year" (a SET, as TimeML annotates it)
            Lex::A
                if i > 0
                    && !self.t[i].nl
                    && self.rate_context(i - 1)
                    && !matches!(self.nlex(i + 2), Lex::Ago | Lex::Earlier | Lex::Later) =>
            {
                // (money and counted things a year are left alone: TimeBank
                // mostly does not annotate them)
                let money = {
                    let mut k = i - 1;
                    while k > 0
                        && (self.t[k].k == Kind::Num || self.punct(k, b',') || self.punct(k, b'.'))
                    {
                        k -= 1;
                    }
                    self.punct(k, b'$')
                };
                let freq = self.t[i - 1].k == Kind::Num && !money
                    || ["once", "twice", "times"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w));
                match unit_of(self.nlex(i + 1)).filter(|_| freq) {
                    // (not "comes a day after Chrysler"; "once a quarter" as
                    // "every quarter")
                    Some((
                        u @ (Unit::Year | Unit::Quarter | Unit::Month | Unit::Week | Unit::Day),
                        false,
                    )) if !self.punct(i + 2, b'-')
                        && !matches!(self.nlex(i + 2), Lex::After | Lex::Before) =>
                    {
                        core(i + 2, Expr::Free(Val::SetEvery(u)), SE, false)
                    }

                    _ => None,
                }
            }
            Lex::Num(_) | Lex::A | Lex::Fuzzy => {
                // "Islam will one day be ...", "he one day follow": some day
                if l == Lex::Num(1)
                    && self.word_is(i, "one")
                    && self.nlex(i + 1) == Lex::U(Unit::Day, false)
                    && i > 0
                    && [
                        "will", "would", "could", "might", "may", "can", "should", "shall", "he",
                        "she", "they", "we", "i", "you", "it",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))
                {
                    return core(i + 2, Expr::Free(Val::Ref("FUTURE_REF")), D, false);
                }
                if l == Lex::A && self.nlex(i + 1) == Lex::Year && self.nlex(i + 2) == Lex::Earlier
                {
                    return core(
                        i + 3,
                        Expr::Rel(Base::Ref, -1, Unit::Year, Unit::Year),
                        D,
                        false,
                    );
                }
                self.duration(i)
            }
            Lex::Ord(n) => self.ordinal(i, n, the),
            // "H1 2024", "H2 2023": a half year, only with its year
            Lex::H => {
                let (h, nd) = self.num(i + 1)?;
                if nd != 1 || !(1..=2).contains(&h) || !self.adj(i + 1) {
                    return None;
                }
                if let Some((y, k)) = self
                    .fiscal_year_after(i + 2)
                    .or_else(|| self.opt_year(i + 2))
                {
                    return core(k, Expr::Abs(Val::Half(y, h as u8)), D, true);
                }
                // "reported H1 revenue": the half of the report ("H1N1" is
                // no half)
                if !self.t[i].cap || self.glued(i + 2) {
                    return None;
                }
                core(i + 2, Expr::Half(h as u8), D, true)
            }
            Lex::Q => {
                let (q, nd) = self.num(i + 1)?;
                if nd != 1
                    || !(1..=4).contains(&q)
                    || !self.adj(i + 1)
                    || self.adj(i + 2)
                        && self.t.get(i + 2).is_some_and(|t| t.k == Kind::Word)
                        && self.lex(i + 2) != Lex::Fiscal
                {
                    return None;
                }
                let q = q as u8;
                if let Some((y, k)) = self.fiscal_year_after(i + 2) {
                    return core(k, Expr::Abs(Val::Quarter(y, q)), D, true);
                }
                if let Some((y, k)) = self.opt_year(i + 2) {
                    return core(k, Expr::Abs(Val::Quarter(y, q)), D, true);
                }
                core(i + 2, Expr::Quarter(q), D, true)
            }
            // "today's youth", "today's world": the present age, which TimeBank
            // leaves untagged; "today's editions", "today's meeting" are the day
            Lex::Today
                if self.punct(i + 1, b'\'')
                    && self.adj(i + 1)
                    && self.word_is(i + 2, "s")
                    && self
                        .t
                        .get(i + 3)
                        .is_some_and(|t| t.k == Kind::Word && !t.cap && t.lex == Lex::Nil)
                    && !DAY_NOUNS.iter().any(|w| self.word_is(i + 3, w)) =>
            {
                None
            }
            // "the day before yesterday", "the day after tomorrow"
            Lex::U(Unit::Day, false)
                if the
                    && (self.word_is(i + 1, "before") && self.nlex(i + 2) == Lex::Yesterday
                        || self.word_is(i + 1, "after") && self.nlex(i + 2) == Lex::Tomorrow) =>
            {
                let n = if self.nlex(i + 2) == Lex::Yesterday {
                    -2
                } else {
                    2
                };
                core(i + 3, Expr::Day(n, None), D, true)
            }
            Lex::Today | Lex::Yesterday | Lex::Tomorrow => {
                let n = match l {
                    Lex::Today => 0,
                    Lex::Yesterday => -1,
                    _ => 1,
                };
                if let Lex::Pod(p) = self.nlex(i + 1) {
                    return core(i + 2, Expr::Day(n, Some(Tod::Part(p))), TI, false);
                }
                core(i + 1, Expr::Day(n, None), D, false)
            }
            Lex::Pod(Part::Night) if i > 0 && self.lex(i - 1) == Lex::At && !self.t[i].nl => core(
                i + 1,
                Expr::Free(Val::Time(i32::MIN, 0, 0, Tod::Part(Part::Night), false)),
                TI,
                false,
            ),
            Lex::Tonight => core(i + 1, Expr::Day(0, Some(Tod::Part(Part::Night))), TI, false),
            // "A man was arrested overnight": the night before the DCT (not
            // "the overnight rate", "an overnight stay", "overnight-only")
            // "struck the refinery overnight Saturday": that day's night
            Lex::Overnight if self.near(i + 1) && matches!(self.nlex(i + 1), Lex::Weekday(_)) => {
                let Lex::Weekday(d) = self.lex(i + 1) else {
                    return None;
                };
                core(i + 2, Expr::Wd(d, Some(Tod::Part(Part::Night))), TI, false)
            }
            Lex::Overnight if self.overnight_is_time(i, the) => {
                core(i + 1, Expr::Overnight, TI, false)
            }
            Lex::Pod(p) if !the && self.joined_part(i) => {
                core(i + 1, Expr::SamePart(p, false), TI, false)
            }
            // "by midafternoon", "in afternoon trading": that part of the day
            Lex::Pod(p)
                if !the
                    && (self.text(i).len() > 3
                        && self.text(i)[..3].eq_ignore_ascii_case(b"mid")
                        || i > 0
                            && ["in", "during"].iter().any(|w| self.word_is(i - 1, w))
                            && ["trading", "trade", "session", "deals"]
                                .iter()
                                .any(|w| self.word_is(i + 1, w))) =>
            {
                core(i + 1, Expr::TimeOnly(Tod::Part(p), false), TI, false)
            }
            // "the night of April 18, 1775", "the early morning hours of
            // November 1": that day's part, one time (as WikiWars marks it)
            Lex::Pod(p)
                if the
                    && let Some(k) = self.part_of_day_of(i)
                    && self.near(k + 1) =>
            {
                self.day_part_of(k + 1, p)
            }
            // "throughout the morning", "by the afternoon": that part of the
            // day being told (not "the morning of ...", "the night shift")
            Lex::Pod(p)
                if the
                    && i >= 2
                    && [
                        "in",
                        "during",
                        "throughout",
                        "through",
                        "by",
                        "until",
                        "into",
                        // ("rain forecast for the afternoon")
                        "for",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 2, w))
                    && !self.t.get(i + 1).is_some_and(|n| {
                        n.k == Kind::Word
                            && !n.nl
                            && (n.lex == Lex::Of
                                || !n.cap
                                    && n.lex == Lex::Nil
                                    && n.sp
                                    && ![
                                        "and", "or", "as", "when", "before", "after", "so",
                                        "because", "although", "though", "if", "while", "but",
                                        "until", "that",
                                    ]
                                    .iter()
                                    .any(|w| self.word_is(i + 1, w)))
                    })
                    && !self.punct(i + 1, b'-') =>
            {
                core(i + 1, Expr::SamePart(p, false), TI, true)
            }
            // "now-defunct" is an adjective, not a reference to the present
            Lex::Now if self.punct(i + 1, b'-') && self.adj(i + 1) => None,
            // sentence-initial "Now, ..." is a discourse marker
            Lex::Now if self.punct(i + 1, b',') && self.sentence_start(i) => None,
            Lex::Now => core(i + 1, Expr::Free(Val::Ref("PRESENT_REF")), D, false),
            Lex::More if self.nlex(i + 1) == Lex::Recently => {
                core(i + 2, Expr::Free(Val::Ref("PAST_REF")), D, false)
            }
            Lex::Currently | Lex::Nowadays => {
                core(i + 1, Expr::Free(Val::Ref("PRESENT_REF")), D, false)
            }
            Lex::Current => match self.nlex(i + 1) {
                Lex::Year | Lex::Quarter | Lex::U(Unit::Month | Unit::Week, false) => {
                    // "the current quarter": the one under way at the DCT
                    let (u, _) = unit_of(self.lex(i + 1))?;
                    core(i + 2, Expr::Rel(Base::Dct, 0, u, u), D, true)
                }
                Lex::Fiscal if self.nlex(i + 2) == Lex::Year => core(
                    i + 3,
                    Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year),
                    D,
                    true,
                ),
                // India's "the current fiscal"
                Lex::Fiscal
                    if self.nlex(i + 2) != Lex::Year && self.next_is_function_word(i + 2) =>
                {
                    core(
                        i + 2,
                        Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year),
                        D,
                        true,
                    )
                }
                _ if self
                    .t
                    .get(i + 1)
                    .is_some_and(|t| t.k == Kind::Word && !t.cap) =>
                {
                    core(i + 1, Expr::Free(Val::Ref("PRESENT_REF")), D, false)
                }
                _ => None,
            },
            // "as recently as April 2015": the date says it (the caller
            // puts "as recently as" in its extent)
            Lex::Recently if i > 0 && self.word_is(i - 1, "as") && self.word_is(i + 1, "as") => {
                None
            }
            // ("four times last year, most recently in December": the time
            // said after it, as TimeBank marks it)
            Lex::Recently if i > 0 && self.word_is(i - 1, "most") => None,
            Lex::Recently => core(i + 1, Expr::Free(Val::Ref("PAST_REF")), D, false),
            Lex::Recent => match self.nlex(i + 1) {
                // "in recent years": mostly PAST_REF in TimeBank
                Lex::U(Unit::Year, true) => core(i + 2, Expr::Free(Val::Ref("PAST_REF")), D, false),
                // "in recent months": TimeBank's PXM
                Lex::U(u, true) => core(i + 2, Expr::Free(Val::Dur(None, u)), DU, false),
                // "its most recent quarter": the latest one reported (the
                // caller puts "most" in the extent)
                Lex::Quarter if i > 0 && self.word_is(i - 1, "most") => {
                    core(i + 2, Expr::LatestQuarter(0), D, true)
                }
                // "a recent offering", "their most recent model": not annotated
                _ if i > 0 && (self.lex(i - 1) == Lex::A || self.word_is(i - 1, "most")) => None,
                _ if self
                    .t
                    .get(i + 1)
                    .is_some_and(|t| t.k == Kind::Word && !t.cap) =>
                {
                    core(i + 1, Expr::Free(Val::Ref("PAST_REF")), D, false)
                }
                _ => None,
            },
            // "future quarters"
            Lex::Future
                if !the
                    && (matches!(self.nlex(i + 1), Lex::U(_, true))
                        || self.word_is(i + 1, "quarters") && self.near(i + 1)) =>
            {
                core(i + 2, Expr::Free(Val::Ref("FUTURE_REF")), D, false)
            }
            Lex::Future if the => core(i + 1, Expr::Free(Val::Ref("FUTURE_REF")), D, true),
            Lex::Future
                if i > 0
                    && !matches!(self.lex(i - 1), Lex::A | Lex::Nil)
                    && self
                        .t
                        .get(i + 1)
                        .is_some_and(|t| t.k == Kind::Word && !t.cap && !t.nl) =>
            {
                core(i + 1, Expr::Free(Val::Ref("FUTURE_REF")), D, false)
            }
            // "the near / distant future", "the distant past" (TimeBank leaves
            // "the foreseeable future" alone)
            Lex::Nil
                if the
                    && self.nlex(i + 1) == Lex::Future
                    && ["near", "distant", "immediate"]
                        .iter()
                        .any(|w| self.word_is(i, w)) =>
            {
                core(i + 2, Expr::Free(Val::Ref("FUTURE_REF")), D, true)
            }
            Lex::Nil if the && self.nlex(i + 1) == Lex::Past && self.word_is(i, "distant") => {
                core(i + 2, Expr::Free(Val::Ref("PAST_REF")), D, true)
            }
            Lex::Nil
                if the
                    && (self.word_is(i, "near")
                        || self.word_is(i, "long")
                        || self.word_is(i, "short"))
                    && self.word_is(i + 1, "term")
                    && self.near(i + 1) =>
            {
                core(i + 2, Expr::Free(Val::Ref("FUTURE_REF")), D, true)
            }
            Lex::Single
                if self.punct(i + 1, b'-')
                    && self.adj(i + 1)
                    && self.lex(i + 2) == Lex::U(Unit::Day, false) =>
            {
                core(i + 3, Expr::Free(Val::Dur(Some(10), Unit::Day)), DU, false)
            }
            Lex::Time if the && self.word_is(i + 1, "being") => {
                core(i + 2, Expr::Free(Val::Ref("PRESENT_REF")), D, true)
            }
            Lex::These if self.word_is(i + 1, "days") => {
                core(i + 2, Expr::Free(Val::Ref("PRESENT_REF")), D, false)
            }
            // "over the holiday weekend": the weekend, as "the weekend"
            Lex::Nil
                if the
                    && self.word_is(i, "holiday")
                    && self.nlex(i + 1) == Lex::Weekend
                    && self.near(i + 1) =>
            {
                core(i + 2, Expr::RelWeekend(0), D, true)
            }
            // "the final week of the campaign", "the final days of the
            // race": as "the last week of ..."
            Lex::Nil
                if the
                    && self.word_is(i, "final")
                    && self.near(i + 1)
                    && matches!(
                        self.nlex(i + 1),
                        Lex::U(Unit::Week | Unit::Day, _) | Lex::Weekend
                    )
                    && self.nlex(i + 2) == Lex::Of =>
            {
                self.deictic(i, Lex::Last, the)
            }
            // "the final two weeks before Christmas": the duration, "the
            // final" inside as "the last two weeks"
            Lex::Nil
                if the
                    && self.word_is(i, "final")
                    && self.near(i + 1)
                    && (matches!(self.nlex(i + 1), Lex::Num(_) | Lex::Fuzzy)
                        || self.num(i + 1).is_some())
                    && !(self.punct(i + 2, b'-') && self.adj(i + 2)) =>
            {
                let c = self.duration(i + 1)?;
                if c.kind != DU {
                    return None;
                }
                core(c.e, c.expr, DU, true)
            }
            Lex::Last
            | Lex::Next
            | Lex::This
            | Lex::Previous
            | Lex::Following
            | Lex::Coming
            | Lex::That
            | Lex::Same
            | Lex::Latest => self.deictic(i, l, the),
            Lex::Season(s) => {
                if let Some((y, k)) = self.opt_year(i + 1) {
                    return core(k, Expr::Abs(Val::Season(y, s)), D, true);
                }
                if let Some((ry, k)) = self.rel_year(i + 1) {
                    return match ry {
                        Some(n) => core(k, Expr::SeasonYear(s, n), D, true),
                        None => core(k, Expr::Season(s), D, true),
                    };
                }
                if s == 2 && self.word_is(i, "fall") && self.nlex(i + 1) == Lex::Of {
                    return None;
                }
                // "the Summer and Winter Games", "the Winter Olympics": a name
                let games = |k: usize| {
                    ["games", "olympics", "olympic", "paralympics", "paralympic"]
                        .iter()
                        .any(|w| self.word_is(k, w))
                };
                if self.t[i].cap
                    && (games(i + 1)
                        || self.nlex(i + 1) == Lex::And
                            && matches!(self.nlex(i + 2), Lex::Season(_))
                            && games(i + 3))
                {
                    return None;
                }
                // "spring offensive", "summer and autumn 1918"
                if [
                    "offensive",
                    "offensives",
                    "campaign",
                    "quarters",
                    "fighting",
                ]
                .iter()
                .any(|w| self.word_is(i + 1, w))
                    || i >= 2
                        && self.lex(i - 1) == Lex::And
                        && matches!(self.lex(i - 2), Lex::Season(_))
                {
                    return core(i + 1, Expr::Season(s), D, true);
                }
                // "a hot summer", "an unusually cold winter": the season's
                // weather (not "fall", the noun: "a large fall")
                let weather = i >= 2
                    && !self.word_is(i, "fall")
                    && [
                        "hot",
                        "cold",
                        "mild",
                        "warm",
                        "cool",
                        "wet",
                        "dry",
                        "rainy",
                        "snowy",
                        "harsh",
                        "severe",
                        "bitter",
                        "freezing",
                        "scorching",
                        "sweltering",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))
                    && (i.saturating_sub(3)..i - 1).any(|k| matches!(self.lex(k), Lex::A));
                if weather {
                    return core(i + 1, Expr::Season(s), D, false);
                }
                // bare season: "the summer", "in spring" ("fall" needs "the"/"in")
                // ("until mid-summer": the modifier before its hyphen)
                let prev = match i {
                    0 => Lex::Nil,
                    1 => self.lex(0),
                    _ if self.punct(i - 1, b'-') && self.adj(i - 1) => self.lex(i - 2),
                    _ => self.lex(i - 1),
                };
                // (after a conjunction "that": "warned that winter would
                // bring ...", "said that summer bookings were up")
                if prev == Lex::That && self.that_opens_clause(i - 1, i + 1, true) {
                    return core(i + 1, Expr::RelSeason(s, 0), D, false);
                }
                if the
                    || (matches!(
                        prev,
                        Lex::In
                            | Lex::Early
                            | Lex::Late
                            | Lex::Mid
                            | Lex::Since
                            | Lex::Until
                            | Lex::By
                            | Lex::During
                            | Lex::Before
                            | Lex::After
                    ) && (!self.word_is(i, "fall")
                        || matches!(prev, Lex::Early | Lex::Late | Lex::Mid)))
                {
                    return core(i + 1, Expr::Season(s), D, true);
                }
                // "prices could ease once spring arrives", "when summer comes"
                if i > 0
                    && ["once", "when", "as", "till"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w))
                    && !self.word_is(i, "fall")
                    && [
                        "arrives", "arrived", "comes", "came", "begins", "began", "starts",
                        "started", "ends", "ended", "returns", "sets",
                    ]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
                {
                    return core(i + 1, Expr::Season(s), D, false);
                }
                None
            }
            // "an hourlong hearing", "a weeklong festival"
            Lex::Lasting(u) => core(i + 1, Expr::Free(Val::Dur(Some(10), u)), DU, false),
            Lex::Freq(u) => {
                // "average daily volume": a statistic, not a frequency
                if u == Unit::Day && i > 0 && self.word_is(i - 1, "average") {
                    return None;
                }
                // a year's or a quarter's adjective names a figure, no
                // frequency ("annually reported figures", "a quarterly
                // dividend"); "9% annually while", "adjusted quarterly and",
                // "on a quarterly basis" are
                if matches!(u, Unit::Year | Unit::Quarter)
                    && let Some(n) = self.t.get(i + 1)
                    && n.k == Kind::Word
                    && n.lex == Lex::Nil
                    && !n.cap
                    && !n.nl
                    && !self.next_is_function_word(i + 1)
                    && ![
                        "while", "since", "until", "through", "because", "although", "if", "for",
                        "in", "on", "and", "or", "to", "basis",
                    ]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
                {
                    return None;
                }
                // ("its initial quarterly of five cents", "its quarterly
                // Inflation Report": a noun and a title)
                if u == Unit::Quarter
                    && !self.word_is(i + 1, "basis")
                    && (i > 0
                        && (matches!(self.lex(i - 1), Lex::A | Lex::The)
                            || ["its", "their", "initial", "regular", "first", "latest"]
                                .iter()
                                .any(|w| self.word_is(i - 1, w)))
                        || self
                            .t
                            .get(i + 1)
                            .is_some_and(|n| n.cap && n.k == Kind::Word))
                {
                    return None;
                }
                core(i + 1, Expr::Free(Val::SetEvery(u)), SE, false)
            }
            // a speed, no SET ("260 kilometers per hour", "60 mph")
            Lex::Per
                if i > 0
                    && [
                        "kilometers",
                        "kilometres",
                        "km",
                        "miles",
                        "metres",
                        "meters",
                        "feet",
                        "knots",
                        "words",
                        "beats",
                        "revolutions",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w)) =>
            {
                None
            }
            Lex::Every | Lex::Each | Lex::Per => {
                // ("every single morning")
                let j = if self.word_is(i + 1, "single") {
                    i + 2
                } else {
                    i + 1
                };
                match self.nlex(j) {
                    // "each Christmas": the holiday's day of every year
                    Lex::Holiday(_) => match self.word_led(j, false)? {
                        Core {
                            e,
                            expr: Expr::Md(m, d, None),
                            ..
                        } => core(e, Expr::Free(Val::XMonthDay(m, d)), SE, false),
                        Core { e, .. } => core(e, Expr::Free(Val::SetEvery(Unit::Year)), SE, false),
                    },
                    Lex::Weekday(d) => {
                        if let Lex::Pod(p) = self.nlex(j + 1) {
                            return core(j + 2, Expr::Free(Val::SetWeekday(d, Some(p))), SE, false);
                        }
                        core(j + 1, Expr::Free(Val::SetWeekday(d, None)), SE, false)
                    }
                    // ("every March 18": that day of any year)
                    Lex::Month(m) => match self.num(j + 1) {
                        Some((d @ 1..=31, 1 | 2)) if self.near(j + 1) => {
                            core(j + 2, Expr::Free(Val::XMonthDay(m, d as u8)), SE, false)
                        }
                        _ => core(j + 1, Expr::Free(Val::SetMonth(m)), SE, false),
                    },
                    Lex::Season(s) => core(j + 1, Expr::Free(Val::SetSeason(s)), SE, false),
                    // "every night", "each evening": that part of any day
                    Lex::Pod(p) => core(
                        j + 1,
                        Expr::Free(Val::Time(i32::MIN, 0, 0, Tod::Part(p), false)),
                        SE,
                        false,
                    ),
                    // "every weekend", "each weekday"
                    Lex::Weekend => core(j + 1, Expr::Free(Val::Ref("XXXX-WXX-WE")), SE, false),
                    Lex::WorkDays if self.word_is(j, "weekday") => {
                        core(j + 1, Expr::Free(Val::Ref("XXXX-WXX-WD")), SE, false)
                    }
                    // "every fifth day": every five days
                    Lex::Ord(n @ 2..=12)
                        if l == Lex::Every
                            && let Some((u, false)) = unit_of(self.nlex(j + 1)) =>
                    {
                        core(j + 2, Expr::Free(Val::Dur(Some(n * 10), u)), SE, false)
                    }
                    // "every other week": every second one
                    _ if l == Lex::Every && self.word_is(j, "other") => {
                        match (self.nlex(j + 1), unit_of(self.nlex(j + 1))) {
                            (_, Some((u, false))) => {
                                core(j + 2, Expr::Free(Val::Dur(Some(20), u)), SE, false)
                            }
                            // "every other Wednesday": that weekday's set (TimeML
                            // says "other" with quant, not in the value)
                            (Lex::Weekday(d), _) => {
                                core(j + 2, Expr::Free(Val::SetWeekday(d, None)), SE, false)
                            }
                            _ => None,
                        }
                    }
                    x => {
                        if let Some((u, false)) = unit_of(x) {
                            return core(j + 1, Expr::Free(Val::SetEvery(u)), SE, false);
                        }
                        // "every two to three days": the longer period
                        if (matches!(x, Lex::Num(_)) || self.num(j).is_some())
                            && matches!(self.nlex(j + 1), Lex::To | Lex::Or)
                            && let Some(c) = self.duration(j + 2)
                            && let Expr::Free(Val::Dur(Some(_), _)) = c.expr
                        {
                            return core(c.e, c.expr, SE, false);
                        }
                        // "every two weeks"
                        if (matches!(x, Lex::Num(_)) || self.num(j).is_some())
                            && let Some(c) = self.duration(j)
                            && let Expr::Free(Val::Dur(Some(_), _)) = c.expr
                        {
                            return core(c.e, c.expr, SE, false);
                        }
                        // "every few hours": a vague period
                        if x == Lex::Fuzzy
                            && let Some((u, true)) = unit_of(self.nlex(j + 1))
                        {
                            return core(j + 2, Expr::Free(Val::Dur(None, u)), SE, false);
                        }
                        None
                    }
                }
            }
            // "the quarter ended Sept. 30": the (calendar) quarter holding
            // most of the three months before that date
            Lex::Quarter
                if the
                    && (self.word_is(i + 1, "ended") || self.word_is(i + 1, "ending"))
                    && self.near(i + 2)
                    && matches!(self.lex(i + 2), Lex::Month(_) | Lex::MonthAbbr(_)) =>
            {
                let (Lex::Month(m) | Lex::MonthAbbr(m)) = self.lex(i + 2) else {
                    return None;
                };
                core(i + 1, Expr::QuarterEnding(m), D, true)
            }
            // "the quarter a year ago": last year's quarter
            Lex::Quarter
                if the
                    && self.nlex(i + 1) == Lex::A
                    && self.nlex(i + 2) == Lex::Year
                    && matches!(self.nlex(i + 3), Lex::Ago | Lex::Earlier) =>
            {
                core(i + 4, Expr::LatestQuarter(-1), D, true)
            }
            // (not "the quarter day", a rent day)
            Lex::Quarter if the && self.nlex(i + 1) != Lex::Of && !self.word_is(i + 1, "day") => {
                core(i + 1, Expr::LatestQuarter(0), D, true)
            }
            // "as the year draws to a close": the DCT's
            Lex::Year
                if the
                    && ["draws", "drew"].iter().any(|w| self.word_is(i + 1, w))
                    && self.word_is(i + 2, "to") =>
            {
                core(
                    i + 1,
                    Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year),
                    D,
                    true,
                )
            }
            Lex::Year
                if the
                    && i >= 2
                    && matches!(
                        self.lex(i - 2),
                        Lex::For | Lex::Of | Lex::During | Lex::Through
                    )
                    // ("album of the year", "player of the year": a title)
                    && !(i >= 3
                        && self.lex(i - 2) == Lex::Of
                        && [
                            "album", "player", "song", "record", "person", "coach", "manager",
                            "car", "book", "team", "rookie", "artist", "entertainer", "goal",
                            "athlete", "word", "woman", "man", "dog", "teacher", "employee",
                            "executive", "citizen", "volunteer", "officer", "nurse", "company",
                        ]
                        .iter()
                        .any(|w| self.word_is(i - 3, w)))
                    && !matches!(
                        self.nlex(i + 1),
                        Lex::Ago
                            | Lex::Earlier
                            | Lex::Later
                            | Lex::Before
                            | Lex::After
                            | Lex::Of
                            | Lex::Year
                    )
                    && !(self.word_is(i + 1, "ended") || self.word_is(i + 1, "ending"))
                    && !self.punct(i + 1, b'-')
                    && !self.t.get(i + 1).is_some_and(|t| t.k == Kind::Num) =>
            {
                core(
                    i + 1,
                    Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year),
                    D,
                    true,
                )
            }
            // "by the end of the decade", "the middle of the century": the
            // current one (the story's in narrative text; "the turn of the
            // century" is too often the previous one to say)
            Lex::U(Unit::Decade, false) | Lex::Century
                if the
                    && i >= 3
                    && self.lex(i - 2) == Lex::Of
                    && ["end", "beginning", "start", "middle"]
                        .iter()
                        .any(|w| self.word_is(i - 3, w))
                    && !matches!(
                        self.nlex(i + 1),
                        Lex::Ago | Lex::Earlier | Lex::Later | Lex::Before | Lex::After | Lex::Of
                    ) =>
            {
                let u = if self.lex(i) == Lex::Century {
                    Unit::Century
                } else {
                    Unit::Decade
                };
                core(i + 1, Expr::Rel(Base::Dct, 0, u, u), D, true)
            }
            // "for the week", "the week's most active session" (market reports)
            Lex::U(u @ (Unit::Week | Unit::Month), false)
                if the
                    && i >= 1
                    && ((i >= 2
                        && matches!(self.lex(i - 2), Lex::For | Lex::During | Lex::Through)
                        && self.punct(i + 1, b','))
                        || (self.punct(i + 1, b'\'')
                            && self.adj(i + 1)
                            && self.word_is(i + 2, "s"))) =>
            {
                core(i + 1, Expr::Rel(Base::Dct, 0, u, u), D, true)
            }
            // "by year's end", "at month's end"
            Lex::Year | Lex::U(Unit::Month, false)
                if self.punct(i + 1, b'\'')
                    && self.adj(i + 1)
                    && self.word_is(i + 2, "s")
                    && self.adj(i + 2)
                    && self.word_is(i + 3, "end")
                    && self.near(i + 3) =>
            {
                let u = if l == Lex::Year {
                    Unit::Year
                } else {
                    Unit::Month
                };
                core(i + 4, Expr::Rel(Base::Dct, 0, u, u), D, true)
            }
            Lex::Year if self.word_is(i + 1, "end") && self.near(i + 1) => {
                let e = if self.punct(i + 2, b'-') && self.adj(i + 2) {
                    i + 1
                } else {
                    i + 2
                };
                if e == i + 1 {
                    return None;
                }
                core(e, Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year), D, true)
            }
            Lex::Year
                if self.punct(i + 1, b'-') && self.adj(i + 1) && self.word_is(i + 2, "end") =>
            {
                core(
                    i + 3,
                    Expr::Rel(Base::Dct, 0, Unit::Year, Unit::Year),
                    D,
                    true,
                )
            }
            Lex::Year
                if the
                    && (self.word_is(i + 1, "ended") || self.word_is(i + 1, "ending"))
                    && self.near(i + 1) =>
            {
                core(i + 1, Expr::Free(Val::Dur(Some(10), Unit::Year)), DU, true)
            }
            Lex::Year
                if self.punct(i + 1, b'-')
                    && self.adj(i + 1)
                    && matches!(self.lex(i + 2), Lex::Ago | Lex::Earlier) =>
            {
                match self.nlex(i + 3) {
                    Lex::Quarter => core(i + 4, Expr::LatestQuarter(-1), D, true),
                    Lex::Ord(q @ 1..=4) if self.nlex(i + 4) == Lex::Quarter => {
                        core(i + 5, Expr::QuarterYear(q as u8, -1), D, true)
                    }
                    _ if self.word_is(i + 3, "period") => {
                        core(i + 4, Expr::LatestQuarter(-1), D, true)
                    }
                    // "the year-earlier nine months": a duration
                    Lex::Num(_) if self.near(i + 3) => {
                        let c = self.duration(i + 3)?;
                        if c.kind != DU {
                            return None;
                        }
                        core(c.e, c.expr, DU, true)
                    }
                    _ => core(
                        i + 3,
                        Expr::Rel(Base::Ago, -1, Unit::Year, Unit::Year),
                        D,
                        false,
                    ),
                }
            }
            Lex::U(Unit::Day, false) if the && i >= 2 && !self.t[i].nl => {
                let p = i - 2;
                let ok = [
                    "end", "ended", "ending", "ends", "finish", "finished", "for",
                ]
                .iter()
                .any(|w| self.word_is(p, w));
                if ok {
                    core(i + 1, Expr::TheDay, D, true)
                } else {
                    None
                }
            }
            // "decades-long", "day-long"
            Lex::U(u, pl)
                if self.punct(i + 1, b'-')
                    && self.adj(i + 1)
                    && self.adj(i + 2)
                    && self.word_is(i + 2, "long") =>
            {
                let n = if pl { None } else { Some(10) };
                core(i + 3, Expr::Free(Val::Dur(n, u)), DU, false)
            }
            // "the year-long war"
            Lex::Year
                if self.punct(i + 1, b'-')
                    && self.adj(i + 1)
                    && self.adj(i + 2)
                    && self.word_is(i + 2, "long") =>
            {
                core(i + 3, Expr::Free(Val::Dur(Some(10), Unit::Year)), DU, false)
            }
            // "days, not hours", "in days rather than months": units set
            // against each other
            Lex::U(u, true)
                if !self.t[i].nl
                    && (self.punct(i + 1, b',')
                        && self.word_is(i + 2, "not")
                        && matches!(self.nlex(i + 3), Lex::U(_, true))
                        || self.word_is(i + 1, "rather")
                            && self.word_is(i + 2, "than")
                            && matches!(self.nlex(i + 3), Lex::U(_, true))
                        || i >= 3
                            && matches!(self.lex(i - 3), Lex::U(_, true))
                            && (self.punct(i - 2, b',') && self.word_is(i - 1, "not")
                                || self.word_is(i - 2, "rather")
                                    && self.word_is(i - 1, "than"))) =>
            {
                core(i + 1, Expr::Free(Val::Dur(None, u)), DU, false)
            }
            // "for weeks", "within days", "in just minutes", "weeks or months",
            // "spent hours searching"
            Lex::U(u, true)
                if i > 0
                    && (matches!(self.lex(i - 1), Lex::For | Lex::In | Lex::Within)
                        || ["just", "only"].iter().any(|w| self.word_is(i - 1, w))
                        || self.spent(i - 1)
                        // ("the search could last weeks", "the storm lasted
                        // days")
                        || ["lasted", "lasts", "lasting"]
                            .iter()
                            .any(|w| self.word_is(i - 1, w))
                        || i >= 2
                            && self.lex(i - 1) == Lex::Last
                            && [
                                "to", "will", "would", "could", "may", "might", "should", "must",
                                "can", "ll",
                            ]
                            .iter()
                            .any(|w| self.word_is(i - 2, w))
                        || i > 1
                            && self.word_is(i - 1, "or")
                            && matches!(self.lex(i - 2), Lex::U(_, true))
                        // ("it could be weeks, perhaps months": the first
                        // of the two)
                        || (self.punct(i + 1, b',') || self.word_is(i + 1, "or"))
                            && ["perhaps", "maybe", "possibly", "even"]
                                .iter()
                                .any(|w| self.word_is(i + 2, w))
                            && matches!(self.nlex(i + 3), Lex::U(_, true))
                        // ("weeks or even months", "months, maybe years")
                        || i > 2
                            && ["even", "possibly", "perhaps", "maybe"]
                                .iter()
                                .any(|w| self.word_is(i - 1, w))
                            && (self.word_is(i - 2, "or") || self.punct(i - 2, b','))
                            && matches!(self.lex(i - 3), Lex::U(_, true))
                        // ("for weeks, and perhaps months")
                        || i > 3
                            && ["even", "possibly", "perhaps", "maybe"]
                                .iter()
                                .any(|w| self.word_is(i - 1, w))
                            && matches!(self.lex(i - 2), Lex::And | Lex::Or)
                            && self.punct(i - 3, b',')
                            && matches!(self.lex(i - 4), Lex::U(_, true))
                        // ("were still weeks away")
                        || self.word_is(i + 1, "away") && self.word_is(i - 1, "still"))
                    && !self.t[i].nl
                    && (!self
                        .t
                        .get(i + 1)
                        .is_some_and(|t| t.k == Kind::Word && t.lex == Lex::Nil && !t.nl)
                        // ("spent hours searching": what filled them; "still
                        // weeks away")
                        || self.spent(i - 1)
                        || self.word_is(i + 1, "away")
                        // ("For years doctors have assumed", "have for years
                        // assumed": fronted or inside the verb)
                        || self.lex(i - 1) == Lex::For
                            && (self.sentence_start(i - 1)
                                || i > 1
                                    && ["has", "have", "had"]
                                        .iter()
                                        .any(|w| self.word_is(i - 2, w)))
                        // ("For years it was ...": a clause follows; "talked for
                        // hours about the landing": a preposition; "within
                        // minutes it beamed back")
                        || matches!(self.lex(i - 1), Lex::For | Lex::Within)
                            && [
                                "it", "he", "she", "they", "we", "i", "you", "there", "his",
                                "her", "their", "its", "our", "as", "to", "with", "without",
                                "because", "while", "but", "about", "outside", "into", "across",
                                "under", "afterward", "afterwards", "if", "unless", "when",
                                "once", "now",
                            ]
                            .iter()
                            .any(|w| self.word_is(i + 1, w))
                        // ("the worst jams in decades as millions headed
                        // north": a clause follows)
                        || self.lex(i - 1) == Lex::In
                            && ["as", "because", "while", "but", "when", "after", "before"]
                                .iter()
                                .any(|w| self.word_is(i + 1, w))) =>
            {
                // (but "within minutes of the opening bell")
                if matches!(self.nlex(i + 1), Lex::Of | Lex::Ago)
                    && !(self.lex(i - 1) == Lex::Within && self.nlex(i + 1) == Lex::Of)
                {
                    return None;
                }
                core(i + 1, Expr::Free(Val::Dur(None, u)), DU, false)
            }
            // "after weeks of pressure", "days after the attack", "hours
            // before the ceremony", "it took years": a vague span (also
            // opening a sentence: "Hours after the report was published")
            Lex::U(u, true)
                if self.sentence_start(i)
                    && matches!(self.nlex(i + 1), Lex::After | Lex::Before)
                    && self
                        .t
                        .get(i + 2)
                        .is_some_and(|t| t.k == Kind::Word && !t.nl)
                    || i > 0
                        && !self.t[i].nl
                        && !matches!(
                            self.lex(i - 1),
                            Lex::The
                                | Lex::Num(_)
                                | Lex::Ord(_)
                                | Lex::Of
                                | Lex::Fuzzy
                                | Lex::Recent
                                | Lex::Last
                                | Lex::Past
                        )
                        && self.t[i - 1].k != Kind::Num
                        && !self.t[i].cap
                        && (self.nlex(i + 1) == Lex::Of
                            && self.t.get(i + 2).is_some_and(|t| {
                                t.k == Kind::Word && !t.cap && t.lex == Lex::Nil && !t.nl
                            })
                            && ![
                                "the", "his", "her", "their", "its", "a", "an", "this", "that",
                            ]
                            .iter()
                            .any(|w| self.word_is(i + 2, w))
                            || matches!(self.nlex(i + 1), Lex::After | Lex::Before)
                                && self
                                    .t
                                    .get(i + 2)
                                    .is_some_and(|t| t.k == Kind::Word && !t.nl)
                            || ["took", "take", "takes", "taking"]
                                .iter()
                                .any(|w| self.word_is(i - 1, w))) =>
            {
                core(i + 1, Expr::Free(Val::Dur(None, u)), DU, false)
            }
            Lex::Weekend if the => core(i + 1, Expr::RelWeekend(0), D, true),
            // "by midweek", "through midweek" (not "a midweek match")
            Lex::Midweek
                if !the
                    && i > 0
                    && ["by", "until", "through", "till", "at", "from", "since"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w)) =>
            {
                core(i + 1, Expr::Midweek, D, false)
            }
            // "attack the city on weekends": every weekend ("on weekdays":
            // every working day)
            Lex::Weekends | Lex::WorkDays
                if !the
                    && i > 0
                    && ["on", "at", "during", "over"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w)) =>
            {
                let v = if l == Lex::Weekends {
                    "XXXX-WXX-WE"
                } else {
                    "XXXX-WXX-WD"
                };
                core(i + 1, Expr::Free(Val::Ref(v)), SE, false)
            }
            // "Mardi Gras (day) (2006)": Shrove Tuesday
            Lex::Holiday(24) => {
                if !self.t[i].cap || !self.word_is(i + 1, "gras") || !self.near(i + 1) {
                    return None;
                }
                let e = if self.word_is(i + 2, "day") && self.near(i + 2) {
                    i + 3
                } else {
                    i + 2
                };
                if let Some((y, k)) = self.opt_year(e) {
                    let (m, d) = holiday_md(24, y);
                    return core(k, Expr::Abs(Val::Date(y, Some(m), Some(d))), D, false);
                }
                core(e, Expr::Holiday(24), D, false)
            }
            // "Easter", "Easter Sunday", "Easter Monday" (with an optional year)
            Lex::Holiday(7) => {
                // "Easter week": the week that ends on Easter Sunday
                if self.lex(i + 1) == Lex::U(Unit::Week, false) && self.near(i + 1) {
                    return core(i + 2, Expr::Holiday(9), D, false);
                }
                // "Easter Island", "the Easter Offensive", "the Easter Rising": names
                if self.t.get(i + 1).is_some_and(|n| {
                    n.k == Kind::Word && n.cap && !n.nl && !matches!(n.lex, Lex::Weekday(_))
                }) {
                    return None;
                }
                // ("Orthodox Easter": by the Julian calendar)
                let orthodox = i > 0 && self.word_is(i - 1, "orthodox");
                let (h, e) = if orthodox {
                    (26, i + 1 + usize::from(self.word_is(i + 1, "sunday")))
                } else if self.word_is(i + 1, "monday") && self.near(i + 1) {
                    (8, i + 2)
                } else if self.word_is(i + 1, "sunday") && self.near(i + 1) {
                    (7, i + 2)
                } else if self.word_is(i + 1, "saturday") && self.near(i + 1) {
                    (23, i + 2)
                } else {
                    (7, i + 1)
                };
                if let Some((y, k)) = self.opt_year(e) {
                    let (m, d) = holiday_md(h, y);
                    return core(k, Expr::Abs(Val::Date(y, Some(m), Some(d))), D, false);
                }
                if let Some((Some(n), k)) = self.rel_year(e) {
                    return core(k, Expr::HolidayYear(h, n), D, false);
                }
                core(e, Expr::Holiday(h), D, false)
            }
            // ("a service of thanksgiving": no holiday)
            Lex::Holiday(2) if !self.t[i].cap => None,
            // "Orthodox Christmas": January 7 (the Julian December 25)
            Lex::Holiday(1)
                if i > 0 && self.word_is(i - 1, "orthodox") && !self.word_is(i + 1, "eve") =>
            {
                let e = i + 1 + usize::from(self.word_is(i + 1, "day"));
                match self.opt_year(e) {
                    Some((y, k)) => core(k, Expr::Abs(Val::Date(y, Some(1), Some(7))), D, false),
                    None => core(e, Expr::Md(1, 7, None), D, false),
                }
            }
            Lex::Holiday(h) => {
                let mut e = i + 1;
                if h == 3 && self.nlex(i + 1) == Lex::Year && !self.punct(i + 2, b'\'') {
                    // "in the new year": the coming year in its last months,
                    // else the one begun; "the New Year holiday": its first day
                    // (not "the Lunar New Year", "Chinese New Year")
                    let other = i > 0
                        && [
                            "lunar", "chinese", "jewish", "persian", "islamic", "orthodox",
                        ]
                        .iter()
                        .any(|w| self.word_is(i - 1, w));
                    if other {
                        return None;
                    }
                    if self.t[i].cap && self.t[i + 1].cap {
                        return core(i + 2, Expr::Md(1, 1, None), D, false);
                    }
                    if !the {
                        return None;
                    }
                    return core(i + 2, Expr::NewYear, D, true);
                }
                // ("the Lunar New Year's Eve": another calendar's)
                if h == 3
                    && i > 0
                    && [
                        "lunar", "chinese", "jewish", "persian", "islamic", "orthodox",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))
                {
                    return None;
                }
                if h == 3 {
                    // New Year's Day; New Year's Eve is the last day of the year
                    // ("over Christmas and New Year's": the day, said short)
                    let short = self.punct(i + 2, b'\'')
                        && self.word_is(i + 3, "s")
                        && i > 0
                        && [
                            "over", "at", "until", "after", "before", "since", "and", "through",
                        ]
                        .iter()
                        .any(|w| self.word_is(i - 1, w))
                        && self
                            .t
                            .get(i + 4)
                            .is_none_or(|t| matches!(t.k, Kind::Punct(_)) || t.nl);
                    if short {
                        return core(i + 4, Expr::Holiday(3), D, false);
                    }
                    if !(self.punct(i + 2, b'\'')
                        && self.word_is(i + 3, "s")
                        && (self.word_is(i + 4, "day") || self.word_is(i + 4, "eve")))
                    {
                        return None;
                    }
                    if self.word_is(i + 4, "eve") {
                        if let Some((y, k)) = self.opt_year(i + 5) {
                            let v = Val::Date(y, Some(12), Some(31));
                            return core(k, Expr::Abs(v), D, false);
                        }
                        return core(i + 5, Expr::Md(12, 31, None), D, false);
                    }
                    e = i + 5;
                } else if self.word_is(e, "day") || self.word_is(e, "eve") {
                    if self.word_is(e, "eve") && h == 1 {
                        // ("Christmas Eve 2024")
                        if let Some((y, k)) = self.opt_year(e + 1) {
                            let v = Val::Date(y, Some(12), Some(24));
                            return core(k, Expr::Abs(v), D, false);
                        }
                        return core(e + 1, Expr::Md(12, 24, None), D, false);
                    }
                    e += 1;
                }
                // "Christmas last year", "Thanksgiving Day next year"
                if let Some((Some(n), k)) = self.rel_year(e) {
                    return core(k, Expr::HolidayYear(h, n), D, false);
                }
                if let Some((y, k)) = self.opt_year(e) {
                    // (1 Christmas, 2 Thanksgiving, 3 New Year, 10, 11 reach here)
                    let (m, d) = holiday_md(h, y);
                    return core(k, Expr::Abs(Val::Date(y, Some(m), Some(d))), D, false);
                }
                match h {
                    1 => core(e, Expr::Md(12, 25, None), D, false),
                    3 => core(e, Expr::Md(1, 1, None), D, false),
                    10 | 11 => {
                        let (m, d) = holiday_md(h, 2001);
                        core(e, Expr::Md(m, d, None), D, false)
                    }
                    _ => core(e, Expr::Thanksgiving, D, false),
                }
            }
            Lex::Fiscal if matches!(self.nlex(i + 1), Lex::Ord(_)) => {
                let Lex::Ord(n) = self.lex(i + 1) else {
                    return None;
                };
                let c = self.ordinal(i + 1, n, the)?;
                // "its fiscal second quarter": labelled with the DCT's year,
                // as TimeBank does (a fiscal year runs ahead of the calendar)
                let expr = match c.expr {
                    Expr::Quarter(q) => Expr::FiscalQuarter(q),
                    x => x,
                };
                core(c.e, expr, c.kind, the)
            }
            Lex::Fiscal => {
                if let Some(y) = self.valid_year(i + 1)
                    && self.near(i + 1)
                {
                    // ("the fiscal 2003 budget": the article is the budget's)
                    let noun_after = self
                        .t
                        .get(i + 2)
                        .is_some_and(|t| t.k == Kind::Word && t.lex == Lex::Nil && !t.cap && !t.nl);
                    return core(i + 2, Expr::Abs(Val::Date(y, None, None)), D, !noun_after);
                }
                // "FY24"
                if self.word_is(i, "fy")
                    && self.adj(i + 1)
                    && let Some((n, 2)) = self.num(i + 1)
                {
                    let y = if n < 50 { 2000 + n } else { 1900 + n } as i32;
                    return core(i + 2, Expr::Abs(Val::Date(y, None, None)), D, true);
                }
                // "fiscal year 2024"
                if self.nlex(i + 1) == Lex::Year
                    && self.near(i + 2)
                    && let Some(y) = self.valid_year(i + 2)
                {
                    return core(i + 3, Expr::Abs(Val::Date(y, None, None)), D, true);
                }
                None
            }
            Lex::Noon | Lex::Midnight => {
                // "shortly after midnight on Monday" opens Monday (00:00);
                // "at midnight on Sunday" closes Sunday (24:00)
                let k = if self.nlex(i + 1) == Lex::On {
                    i + 2
                } else {
                    i + 1
                };
                // ("signed shortly after midnight": the start of the day
                // told, in the past; "less than an hour after midnight")
                let opens = l == Lex::Midnight
                    && i > 0
                    && ["after", "past", "since"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w))
                    && (matches!(
                        self.nlex(k),
                        Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_)
                    ) || i >= 2
                        && matches!(self.lex(i - 2), Lex::U(Unit::Hour | Unit::Minute, _))
                        // (not "talks that stretched well past midnight": the
                        // day's end)
                        || !self.word_is(i - 1, "past")
                            // (nor "didn't get back until after midnight":
                            // the day's end too)
                            && !self.word_back(i, 3, b",;", &["until", "till"])
                            && self.tense(i, i + 1).past()
                            // (not results expected "until well after
                            // midnight")
                            && !self.word_back(i, 8, b",;", &["expect", "expected", "expects"]));
                let h = match l {
                    Lex::Noon => 12,
                    _ if opens => 0,
                    _ => 24,
                };
                let tod = Tod::Hm(h, None, false);
                if let Lex::Weekday(d) = self.nlex(i + 1) {
                    return core(i + 2, Expr::Wd(d, Some(tod)), TI, false);
                }
                // ("midnight Nov. 20", as "midnight Friday")
                if matches!(self.nlex(i + 1), Lex::Month(_) | Lex::MonthAbbr(_))
                    && let Some(c) = self.core(i + 1, false)
                {
                    match c.expr {
                        Expr::Md(m, d, None) => {
                            return core(c.e, Expr::Md(m, d, Some(tod)), TI, false);
                        }
                        Expr::Abs(Val::Date(y, Some(m), Some(d))) => {
                            return core(c.e, Expr::Abs(Val::Time(y, m, d, tod, false)), TI, false);
                        }
                        _ => {}
                    }
                }
                if matches!(
                    self.nlex(i + 1),
                    Lex::Today | Lex::Yesterday | Lex::Tomorrow | Lex::Tonight | Lex::This
                ) && let Some(Core {
                    e,
                    expr: Expr::Day(n, _),
                    ..
                }) = self.core(i + 1, false)
                {
                    // ("midnight tonight", "noon today")
                    return core(e, Expr::Day(n, Some(tod)), TI, false);
                }
                // "at midnight", "until midnight" (not "Midnight Express")
                let prep = i > 0
                    && [
                        "at", "by", "until", "till", "after", "before", "since", "around", "past",
                        "from", "between", "struck", "strikes",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w));
                // ("struck midnight on Saturday": a day said after it)
                let day_after = self.nlex(i + 1) == Lex::On
                    && matches!(
                        self.nlex(i + 2),
                        Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_)
                    );
                // ("from 4 pm to midnight", "between 6 p.m. and midnight")
                let range_end = i >= 2
                    && ["to", "and"].iter().any(|w| self.word_is(i - 1, w))
                    && (i.saturating_sub(6)..i - 1)
                        .any(|j| self.clock(j).is_some_and(|c| c.2 == i - 1));
                // ("faces a midnight deadline")
                let deadline = self.word_is(i + 1, "deadline");
                if l == Lex::Noon || the || prep || day_after || range_end || deadline {
                    return core(i + 1, Expr::TimeOnly(tod, false), TI, true);
                }
                None
            }
            // "in the past hour": that span up to now
            Lex::Past
                if the
                    && matches!(self.nlex(i + 1), Lex::U(Unit::Hour | Unit::Minute, false))
                    && !matches!(self.nlex(i + 2), Lex::Of | Lex::Before) =>
            {
                let Lex::U(u, _) = self.lex(i + 1) else {
                    return None;
                };
                core(i + 2, Expr::Free(Val::Dur(Some(10), u)), DU, true)
            }
            Lex::Past if the => {
                // "the past" alone -> PAST_REF (not "the past 12 sessions")
                match self.deictic(i, l, the) {
                    Some(c) => Some(c),
                    None if self.num(i + 1).is_some()
                        || matches!(self.nlex(i + 1), Lex::Num(_) | Lex::Fuzzy) =>
                    {
                        None
                    }
                    None => core(i + 1, Expr::Free(Val::Ref("PAST_REF")), D, true),
                }
            }
            // "will not be extended past Wednesday": the preposition, then
            // the day
            Lex::Past
                if i > 0
                    && matches!(self.nlex(i + 1), Lex::Weekday(_))
                    && self.text(i - 1).ends_with(b"ed")
                    && self.t[i - 1].k == Kind::Word =>
            {
                None
            }
            Lex::Past => self.deictic(i, l, the),
            _ => None,
        }
    }

    /// "$5 a week", "twice a year": the following "a <unit>" is a rate.
    fn rate_context(&self, p: usize) -> bool {
        let t = &self.t[p];
        // ("315 kilometres (195 miles) an hour": the quantity before the
        // aside)
        if self.punct(p, b')') {
            return (p.saturating_sub(6)..p)
                .rev()
                .find(|&k| self.punct(k, b'('))
                .is_some_and(|k| k > 0 && self.rate_context(k - 1));
        }
        t.k == Kind::Num
            // ("250 km an hour")
            || p > 0
                && self.t[p - 1].k == Kind::Num
                && ["km", "kg", "mi", "lb", "lbs", "ft", "mw", "gw", "kw"]
                    .iter()
                    .any(|w| self.word_is(p, w))
            || matches!(t.lex, Lex::Num(_) | Lex::Hundred | Lex::Thousand)
            || self.word_is(p, "once")
            || self.word_is(p, "twice")
            || self.word_is(p, "times")
            || self.word_is(p, "million")
            || self.word_is(p, "billion")
            || self.word_is(p, "bn")
            // ("$200m a day")
            || self.word_is(p, "m") && p > 0 && self.t[p - 1].k == Kind::Num && self.adj(p)
            || self.word_is(p, "trillion")
            // ("Rs 1.65 lakh crore a month")
            || self.word_is(p, "crore")
            || self.word_is(p, "lakh")
            || self.word_is(p, "cents")
            || self.word_is(p, "dollars")
            || matches!(t.lex, Lex::U(_, true))
            // "30 attacks a day", "90,000 people a day": counted things (not
            // the verb of "parliament returns a week on Thursday")
            || t.k == Kind::Word
                && t.lex == Lex::Nil
                && !t.cap
                && t.e - t.s > 3
                && (self.text(p).ends_with(b"s") && !self.text(p).ends_with(b"ss")
                    || p > 0
                        && (self.t[p - 1].k == Kind::Num
                            || matches!(self.t[p - 1].lex, Lex::Num(_))))
                && p > 0
                && (self.t[p - 1].k == Kind::Num
                    || matches!(self.t[p - 1].lex, Lex::Num(_) | Lex::Fuzzy)
                    // ("40 extra services a week")
                    || p > 1
                        && self.t[p - 2].k == Kind::Num
                        && self.t[p - 1].k == Kind::Word
                        && !self.t[p - 1].cap
                    || ["many", "more", "fewer", "plus", "million", "thousand", "hundred"]
                        .iter()
                        .any(|w| self.word_is(p - 1, w)))
    }

    /// Ordinal-led: "third quarter [of 2021]", "third-quarter", "first half of 2021",
    /// "the nineteenth century".
    fn ordinal(&self, i: usize, n: u32, the: bool) -> Option<Core> {
        let mut j = i + 1;
        let hy = self.punct(j, b'-') && self.adj(j) && self.adj(j + 1);
        if hy {
            j += 1;
        } else if !self.near(j) {
            return None;
        }
        let the = the && !hy;
        // "the Fourth of July", "the first of May": a day of the month
        // ("Fourth of July fireworks": the holiday's name)
        if (the || self.t[i].cap && !hy)
            && (1..=31).contains(&n)
            && self.lex(j) == Lex::Of
            && let Lex::Month(m) | Lex::MonthAbbr(m) = self.nlex(j + 1)
        {
            // (an abbreviation's point, not the full stop: "the Fourth of July.")
            let k = if matches!(self.lex(j + 1), Lex::MonthAbbr(_)) {
                self.dot(j + 2)
            } else {
                j + 2
            };
            return match self.opt_year(k) {
                Some((y, e)) => core(e, Expr::Abs(Val::Date(y, Some(m), Some(n as u8))), D, true),
                None => core(k, Expr::Md(m, n as u8, None), D, true),
            };
        }
        // "the first of the year": its New Year's Day
        if the
            && n == 1
            && self.lex(j) == Lex::Of
            && self.nlex(j + 1) == Lex::The
            && self.nlex(j + 2) == Lex::Year
        {
            return core(j + 3, Expr::Md(1, 1, None), D, true);
        }
        // ("the first three days"; not an adjective's "first three-day
        // weekend")
        if n == 1
            && (matches!(self.lex(j), Lex::Num(_) | Lex::Fuzzy) || self.num(j).is_some())
            && !(self.punct(j + 1, b'-') && self.adj(j + 1))
        {
            let c = self.duration(j)?;
            if c.kind == DU {
                return core(c.e, c.expr, DU, true);
            }
            return None;
        }
        let fiscal = self.lex(j) == Lex::Fiscal;
        if fiscal {
            j += 1;
        }
        match self.lex(j) {
            Lex::Quarter if (1..=4).contains(&n) => {
                let q = n as u8;
                let k = j + 1;
                // ("the first quarter of fiscal (year) 1995")
                if self.nlex(k) == Lex::Of && self.lex(k + 1) == Lex::Fiscal {
                    let f = k + 2 + usize::from(self.lex(k + 2) == Lex::Year);
                    if let Some((y, e)) = self.opt_year(f) {
                        return core(e, Expr::Abs(Val::Quarter(y, q)), D, the);
                    }
                }
                if let Some((y, k2)) = self.opt_year(k) {
                    return core(k2, Expr::Abs(Val::Quarter(y, q)), D, the);
                }
                if let Some((ry, k2)) = self.rel_year(k) {
                    return match ry {
                        Some(r) => core(k2, Expr::QuarterYear(q, r), D, the),
                        None => core(k2, Expr::Quarter(q), D, the),
                    };
                }
                // "scored 14 points in the third quarter": a game's quarter
                if (the || i > 0 && self.lex(i - 1) == Lex::The) && self.sports_clause(i) {
                    return None;
                }
                core(k, Expr::Quarter(q), D, the)
            }
            Lex::Half if (1..=2).contains(&n) => {
                let k = j + 1;
                // "the second half of March": a part of that month, said as
                // the month
                if self.nlex(k) == Lex::Of
                    && let Lex::Month(m) | Lex::MonthAbbr(m) = self.nlex(k + 1)
                    && let Some(c) =
                        self.month_led(k + 1, m, matches!(self.lex(k + 1), Lex::MonthAbbr(_)))
                    && matches!(c.expr, Expr::M(_) | Expr::Abs(Val::Date(_, Some(_), None)))
                {
                    return core(c.e, c.expr, D, true);
                }
                // ("the first half of fiscal (year) 2017")
                if self.nlex(k) == Lex::Of && self.lex(k + 1) == Lex::Fiscal {
                    let f = k + 2 + usize::from(self.lex(k + 2) == Lex::Year);
                    if let Some((y, e)) = self.opt_year(f) {
                        return core(e, Expr::Abs(Val::Half(y, n as u8)), D, true);
                    }
                }
                if let Some((y, k2)) = self.opt_year(k) {
                    return core(k2, Expr::Abs(Val::Half(y, n as u8)), D, true);
                }
                match self.rel_year(k) {
                    Some((Some(r), k2)) => {
                        return core(k2, Expr::QuarterYear(10 + n as u8, r), D, true);
                    }
                    Some((None, k2)) => return core(k2, Expr::Half(n as u8), D, true),
                    None => {}
                }
                // "missed a penalty in the first half": a match's half
                // ("first-half profit" is the report's)
                if (the || self.punct(j - 1, b'-') && self.adj(j) && self.nlex(k) != Lex::Of)
                    && !self.sports_clause(i)
                {
                    return core(k, Expr::Half(n as u8), D, true);
                }
                None
            }
            Lex::Century => self.century(n as i32, j + 1),
            // "in the first hours of trading", "the first hour": a span's
            // opening stretch (TimeBank's PTXH)
            Lex::U(u @ (Unit::Hour | Unit::Minute), pl) if n == 1 && the => core(
                j + 1,
                Expr::Free(Val::Dur((!pl).then_some(10), u)),
                DU,
                true,
            ),
            _ => self.nth_unit(j, n, the),
        }
    }

    /// "or so" follows at e.
    fn or_so(&self, e: usize) -> bool {
        self.word_is(e, "or") && self.near(e) && self.word_is(e + 1, "so") && self.near(e + 1)
    }

    /// "of March", "of 1918", "of the war": the unit is part of a larger period.
    fn of_period(&self, e: usize) -> bool {
        self.nlex(e) == Lex::Of
            && (matches!(
                self.nlex(e + 1),
                Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Season(_) | Lex::The | Lex::Num(_)
            ) || self.num(e + 1).is_some())
    }

    /// "the second day", "a third consecutive week", "the fourth straight
    /// month": in news the unit containing the reference time.
    fn nth_unit(&self, j: usize, n: u32, the: bool) -> Option<Core> {
        // "the first day (of the war)"; "the first year" is mostly a duration
        if n < 1 || n == 1 && self.lex(j) != Lex::U(Unit::Day, false) {
            return None;
        }
        // "a fourth-year back", "a third-year student": a career's year
        if j > 0
            && self.punct(j - 1, b'-')
            && self.lex(j) == Lex::Year
            && self
                .t
                .get(j + 1)
                .is_some_and(|t| t.k == Kind::Word && !t.cap && t.lex == Lex::Nil)
        {
            return None;
        }
        let k = if ["straight", "consecutive", "successive", "running"]
            .iter()
            .any(|w| self.word_is(j, w))
            && self.near(j + 1)
        {
            j + 1
        } else {
            j
        };
        let u = match self.lex(k) {
            Lex::U(u @ (Unit::Day | Unit::Week | Unit::Month), false) => u,
            Lex::Year => Unit::Year,
            _ => return None,
        };
        // "the first day of March (2012)", "the first day of 2012": that date
        if u == Unit::Day && self.nlex(k + 1) == Lex::Of && (1..=31).contains(&n) {
            if let Lex::Month(m) | Lex::MonthAbbr(m) = self.nlex(k + 2) {
                let e = if matches!(self.lex(k + 2), Lex::MonthAbbr(_)) {
                    self.dot(k + 3)
                } else {
                    k + 3
                };
                return match self.opt_year(e) {
                    Some((y, e)) => {
                        core(e, Expr::Abs(Val::Date(y, Some(m), Some(n as u8))), D, the)
                    }
                    None => core(e, Expr::Md(m, n as u8, None), D, the),
                };
            }
            if n == 1
                && let Some((y, e)) = self.opt_year(k + 1)
            {
                return core(e, Expr::Abs(Val::Date(y, Some(1), Some(1))), D, the);
            }
        }
        // "the second week of March" is a calendar week (handled elsewhere);
        // "the second day of an offensive" is the day, "of ..." left outside
        if matches!(self.nlex(k + 1), Lex::Ago | Lex::Earlier | Lex::Later)
            || self.word_is(k + 1, "anniversary")
            || self.nlex(k + 1) == Lex::Of && self.of_period(k + 1) && self.nlex(k + 2) != Lex::The
            || self.punct(k + 1, b'-')
        {
            return None;
        }
        // ("the second month in a row": MEANTIME leaves "in a row" out)
        core(k + 1, Expr::NthUnit(u), D, the)
    }

    /// last/next/this/past/previous/following/coming/that/same + ...
    fn deictic(&self, i: usize, l: Lex, the: bool) -> Option<Core> {
        let j = i + 1;
        // "more cases than in any previous year": no year in particular
        if l == Lex::Previous && i > 0 && self.word_is(i - 1, "any") {
            return None;
        }
        // "the prior-year period", "the prior-year quarter": as
        // "the year-earlier period", last year's quarter
        if l == Lex::Previous
            && self.punct(j, b'-')
            && self.adj(j)
            && self.adj(j + 1)
            && self.lex(j + 1) == Lex::Year
            && (self.word_is(j + 2, "period") || self.lex(j + 2) == Lex::Quarter)
        {
            return core(j + 3, Expr::LatestQuarter(-1), D, true);
        }
        if !self.near(j) {
            return None;
        }
        let nx = self.lex(j);
        // "the past half century", "the last half-century": fifty years
        if matches!(l, Lex::Past | Lex::Last) && nx == Lex::Half {
            let k = if self.punct(j + 1, b'-') && self.adj(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if self.near(k)
                && let Some((u @ (Unit::Century | Unit::Decade), false)) = unit_of(self.lex(k))
            {
                return core(k + 1, Expr::Free(Val::Dur(Some(5), u)), DU, true);
            }
        }
        // "this fiscal year", "last fiscal year": the year, as "this year" is
        // (and India's noun "last fiscal", not "this fiscal stimulus")
        let noun =
            nx == Lex::Fiscal && self.nlex(j + 1) != Lex::Year && self.next_is_function_word(j + 1);
        // ("this school year", "next academic year": the year it mostly lies in)
        let school = ["school", "academic", "calendar"]
            .iter()
            .any(|w| self.word_is(j, w))
            && self.nlex(j + 1) == Lex::Year;
        if (nx == Lex::Fiscal || school) && (self.nlex(j + 1) == Lex::Year || noun) {
            let n = match l {
                Lex::This => 0,
                Lex::Last | Lex::Previous => -1,
                Lex::Next | Lex::Coming => 1,
                _ => return None,
            };
            let e = if noun { j + 1 } else { j + 2 };
            return core(e, Expr::Rel(Base::Dct, n, Unit::Year, Unit::Year), D, true);
        }
        // "at that time", "by the same time": the reference time itself
        if nx == Lex::Time
            && matches!(l, Lex::That | Lex::This | Lex::Same)
            && !self
                .t
                .get(j + 1)
                .is_some_and(|t| t.k == Kind::Word && t.lex == Lex::Nil && !t.nl)
        {
            let p = if l == Lex::Same && the {
                i.checked_sub(2)
            } else {
                i.checked_sub(1)
            };
            if p.is_some_and(|p| {
                matches!(
                    self.lex(p),
                    Lex::At | Lex::By | Lex::Since | Lex::Until | Lex::From | Lex::During
                )
            }) {
                return core(j + 1, Expr::RefTime, D, true);
            }
            return None;
        }
        // "the same period last year", "the same month a year ago"
        if l == Lex::Same
            && the
            && (self.word_is(j, "period")
                || matches!(nx, Lex::Quarter | Lex::U(Unit::Month, false)))
        {
            let k = j + 1;
            if self.nlex(k) == Lex::Last && self.nlex(k + 1) == Lex::Year {
                return core(k + 2, Expr::SamePeriodLastYear, D, true);
            }
            // "the same period of (the) last / previous year"
            if self.nlex(k) == Lex::Of {
                let k2 = if self.nlex(k + 1) == Lex::The {
                    k + 2
                } else {
                    k + 1
                };
                if matches!(self.nlex(k2), Lex::Last | Lex::Previous)
                    && self.nlex(k2 + 1) == Lex::Year
                {
                    return core(k2 + 2, Expr::SamePeriodLastYear, D, true);
                }
            }
            if self.nlex(k) == Lex::A
                && self.nlex(k + 1) == Lex::Year
                && matches!(self.nlex(k + 2), Lex::Ago | Lex::Earlier)
            {
                return core(k + 3, Expr::SamePeriodLastYear, D, true);
            }
        }
        if l == Lex::That && nx == Lex::Same {
            return self.deictic(j, Lex::Same, false);
        }
        // "farmed the same quarter-section": a piece of land
        if nx == Lex::Quarter && self.punct(j + 1, b'-') && self.adj(j + 1) && self.adj(j + 2) {
            return None;
        }
        // "on Saturday following Friday's shooting": the preposition, not
        // "the following Friday"
        if l == Lex::Following && !the && matches!(nx, Lex::Weekday(_)) {
            return None;
        }
        let dir: i8 = match l {
            Lex::Last | Lex::Past | Lex::Previous => -1,
            Lex::Next | Lex::Following | Lex::Coming => 1,
            _ => 0,
        };
        // "past/last/next N units" -> duration
        if matches!(
            l,
            Lex::Last | Lex::Past | Lex::Next | Lex::Coming | Lex::Previous | Lex::Following
        ) && (matches!(nx, Lex::Num(_) | Lex::Fuzzy) || self.num(j).is_some())
            // (not an adjective's: "its last two-day closure")
            && !(self.punct(j + 1, b'-') && self.adj(j + 1))
            && let Some(c) = self.duration(j)
            && c.kind == DU
        {
            return core(c.e, c.expr, DU, true);
        }
        match nx {
            Lex::Month(m) if self.t[j].cap => {
                // "said that June had been the warmest": the conjunction,
                // then the month
                if l == Lex::That && self.that_opens_clause(i, j + 1, true) {
                    return None;
                }
                if l == Lex::That || l == Lex::Same {
                    // "that December": the month in the reference year
                    return core(j + 1, Expr::MonthRef(m), D, true);
                }
                if the && dir != 0 {
                    // "the following May": relative to the reference time
                    return core(j + 1, Expr::RefMonth(m, dir), D, true);
                }
                core(j + 1, Expr::RelMonth(m, dir), D, true)
            }
            Lex::Weekday(d) => {
                let tod = match self.nlex(j + 1) {
                    Lex::Pod(p) => Some(Tod::Part(p)),
                    _ => None,
                };
                let e = if tod.is_some() { j + 2 } else { j + 1 };
                let kind = if tod.is_some() { TI } else { D };
                // "this coming Sunday, March eighth": the date said with it
                if tod.is_none()
                    && self.punct(e, b',')
                    && self.near(e + 1)
                    && let Lex::Month(m) | Lex::MonthAbbr(m) = self.lex(e + 1)
                    && let Some(c) =
                        self.month_led(e + 1, m, matches!(self.lex(e + 1), Lex::MonthAbbr(_)))
                    && matches!(
                        c.expr,
                        Expr::Md(_, _, None) | Expr::Abs(Val::Date(_, Some(_), Some(_)))
                    )
                {
                    return core(c.e, with_weekday(c.expr, d), D, true);
                }
                // "warned that Tuesday would be ...", "said that Monday's
                // meeting": a conjunction, not "that Friday"
                if l == Lex::That && self.that_opens_clause(i, e, false) {
                    return None;
                }
                // "That Friday": the Friday of the week told
                if l == Lex::That || l == Lex::Same {
                    return core(e, Expr::RefWeekday(d, 0, tod), kind, true);
                }
                if the && dir != 0 {
                    // "the previous Friday": relative to the reference day
                    return core(e, Expr::RefWeekday(d, dir, tod), kind, true);
                }
                // British "next Tuesday week": a week after next Tuesday
                if dir == 1 && tod.is_none() && self.week_after(e) {
                    return core(e + 1, Expr::RelWeekday(d, 3, None), kind, true);
                }
                core(e, Expr::RelWeekday(d, dir, tod), kind, true)
            }
            Lex::Season(s) => {
                // "covenants that fall due", "those that fall short": the verb
                if s == 2
                    && l == Lex::That
                    && [
                        "due", "short", "under", "into", "within", "below", "outside", "apart",
                        "behind", "victim", "prey", "foul", "off", "out", "through",
                    ]
                    .iter()
                    .any(|w| self.word_is(j + 1, w))
                {
                    return None;
                }
                // "warned that winter would bring ...": the conjunction, then
                // the season under way or ahead (tagged from the season on)
                if l == Lex::That && self.that_opens_clause(i, j + 1, true) {
                    return None;
                }
                if l == Lex::That || l == Lex::Same {
                    // "that autumn": the season in the reference year
                    return core(j + 1, Expr::SeasonRef(s), D, true);
                }
                if the && dir != 0 {
                    // "the following spring": relative to the reference time
                    return core(j + 1, Expr::RefSeason(s, dir), D, true);
                }
                core(j + 1, Expr::RelSeason(s, dir), D, true)
            }
            // "that weekend": the weekend of the week told
            Lex::Weekend if l == Lex::That => core(j + 1, Expr::RefWeekend, D, true),
            // ("the coming weekend" on a Friday: this one)
            Lex::Weekend if l == Lex::Coming => core(j + 1, Expr::RelWeekend(0), D, true),
            Lex::Weekend => core(j + 1, Expr::RelWeekend(dir), D, true),
            Lex::Holiday(h)
                if h != 3 && h != 9 && matches!(l, Lex::Last | Lex::Next | Lex::This) =>
            {
                let e = if self.word_is(j + 1, "day") {
                    j + 2
                } else {
                    j + 1
                };
                core(e, Expr::RelHoliday(h, dir), D, true)
            }
            Lex::Pod(p) => match l {
                Lex::This => core(j + 1, Expr::Day(0, Some(Tod::Part(p))), TI, false),
                Lex::Last if p == Part::Night => {
                    core(j + 1, Expr::Day(-1, Some(Tod::Part(p))), TI, false)
                }
                Lex::That | Lex::Same => core(j + 1, Expr::SamePart(p, true), TI, true),
                // "the next morning", "the previous evening": that part of
                // the day next to the one told
                Lex::Next | Lex::Following | Lex::Previous if the => {
                    core(j + 1, Expr::RefDayPart(dir as i32, p), TI, true)
                }
                _ => None,
            },
            Lex::Quarter => {
                let e = j + 1;
                match l {
                    // "the same quarter of 2024": the reported quarter, that year
                    Lex::Same
                        if self.nlex(e) == Lex::Of
                            && let Some(y) = self.valid_year(e + 1) =>
                    {
                        core(e + 2, Expr::YearPeriod(y), D, true)
                    }
                    Lex::This => core(e, Expr::ThisQuarter, D, true),
                    Lex::Latest | Lex::Same | Lex::That => core(e, Expr::LatestQuarter(0), D, true),
                    Lex::Previous if the => core(e, Expr::QuarterBefore, D, true),
                    Lex::Last | Lex::Previous if !the => core(
                        e,
                        Expr::Rel(Base::Dct, -1, Unit::Quarter, Unit::Quarter),
                        D,
                        true,
                    ),
                    Lex::Next | Lex::Coming if !the => core(
                        e,
                        Expr::Rel(Base::Dct, 1, Unit::Quarter, Unit::Quarter),
                        D,
                        true,
                    ),
                    Lex::Past | Lex::Last if the && !self.of_period(e) => core(
                        e,
                        Expr::PastUnit(Unit::Quarter, 1, Unit::Quarter, Unit::Quarter),
                        D,
                        true,
                    ),
                    Lex::Past | Lex::Last if the => {
                        core(e, Expr::Free(Val::Dur(Some(10), Unit::Quarter)), DU, true)
                    }
                    _ => None,
                }
            }
            _ => {
                let (u, plural) = unit_of(nx)?;
                let e = j + 1;
                // "the past fortnight", "over the next fortnight": two weeks,
                // which no one week value names
                if u == Unit::Fortnight && !plural {
                    return core(e, Expr::Free(Val::Dur(Some(10), u)), DU, true);
                }
                // "last day" is never yesterday: "the last day of the war",
                // "her last day in office" (a final day); "in the last day"
                // is the past 24 hours
                if u == Unit::Day && !plural && l == Lex::Last {
                    return (the
                        && i >= 2
                        && ["in", "over", "during", "within"]
                            .iter()
                            .any(|w| self.word_is(i - 2, w))
                        && self.nlex(e) != Lex::Of)
                        .then_some(Core {
                            e,
                            expr: Expr::Free(Val::Dur(Some(10), Unit::Day)),
                            kind: DU,
                            the_ok: true,
                        });
                }
                if plural {
                    // "the past few years" handled above; "the coming weeks" -> PX
                    return match l {
                        // ("over the following weeks")
                        Lex::Past | Lex::Last | Lex::Coming | Lex::Next | Lex::Following if the => {
                            core(e, Expr::Free(Val::Dur(None, u)), DU, true)
                        }
                        Lex::Coming => core(e, Expr::Free(Val::Dur(None, u)), DU, true),
                        // "softer than in past years", "in previous years": some
                        // time before now
                        Lex::Past | Lex::Previous
                            if !the
                                && i > 0
                                && ["in", "over", "during"]
                                    .iter()
                                    .any(|w| self.word_is(i - 1, w)) =>
                        {
                            core(e, Expr::Free(Val::Ref("PAST_REF")), D, false)
                        }
                        _ => None,
                    };
                }
                // "this year's third quarter", "last year's quarter"
                if u == Unit::Year
                    && matches!(l, Lex::This | Lex::Last | Lex::Next)
                    && !the
                    && self.punct(e, b'\'')
                    && self.adj(e)
                    && self.word_is(e + 1, "s")
                {
                    let r = dir as i32;
                    match self.nlex(e + 2) {
                        Lex::Ord(q @ 1..=4) if self.nlex(e + 3) == Lex::Quarter => {
                            return core(e + 4, Expr::QuarterYear(q as u8, r), D, true);
                        }
                        Lex::Quarter => return core(e + 3, Expr::LatestQuarter(r), D, true),
                        _ => {}
                    }
                }
                let (mul, su) = gran_of(u);
                let (k, shift, gran) = match u {
                    Unit::Decade => (10, Unit::Year, Unit::Decade),
                    Unit::Century => (100, Unit::Year, Unit::Century),
                    Unit::Hour | Unit::Minute | Unit::Second => return None,
                    _ => (mul, su, su),
                };
                match l {
                    Lex::This | Lex::Coming if !the || u == Unit::Year => {
                        if l == Lex::Coming {
                            return core(e, Expr::Rel(Base::Dct, k, shift, gran), D, true);
                        }
                        if matches!(u, Unit::Decade | Unit::Century) {
                            return core(e, Expr::Rel(Base::Dct, 0, shift, gran), D, true);
                        }
                        // "this year's third quarter"
                        core(e, Expr::Rel(Base::Dct, 0, shift, gran), D, true)
                    }
                    Lex::Last | Lex::Next if !the => core(
                        e,
                        Expr::Rel(Base::Dct, dir as i32 * k, shift, gran),
                        D,
                        true,
                    ),
                    Lex::Past if !the => core(e, Expr::Free(Val::Dur(Some(10), u)), DU, true),
                    // "the past year", "the last quarter": TimeBank and MEANTIME
                    // annotate the previous calendar unit (a DATE)
                    // ... but "the past decade" is the ten years up to now
                    // (and "spent the last decade at Nordstrom" its length)
                    Lex::Past | Lex::Last
                        if the
                            && !self.of_period(e)
                            && !(l == Lex::Past && matches!(u, Unit::Decade | Unit::Century))
                            && !(i >= 2 && u == Unit::Decade && self.spent(i - 2)) =>
                    {
                        core(e, Expr::PastUnit(u, k, shift, gran), D, true)
                    }
                    Lex::Past | Lex::Last if the => {
                        core(e, Expr::Free(Val::Dur(Some(10), u)), DU, true)
                    }
                    Lex::Next | Lex::Following | Lex::Coming
                        if the
                            && i >= 2
                            && (matches!(self.lex(i - 2), Lex::For | Lex::Through)
                                || l != Lex::Following
                                    && matches!(u, Unit::Decade | Unit::Century)
                                    && self.word_is(i - 2, "over")) =>
                    {
                        // "for the next year", "over the next decade" last a
                        // year, ten ("over the next year" names it, as
                        // "within the next year", "during the next month": a
                        // DATE in TimeBank)
                        core(e, Expr::Free(Val::Dur(Some(10), u)), DU, true)
                    }
                    Lex::Coming if the => core(e, Expr::Rel(Base::Dct, k, shift, gran), D, true),
                    Lex::Next | Lex::Following | Lex::Previous if the => {
                        // "over the next year or so"
                        let e = if self.word_is(e, "or") && self.word_is(e + 1, "so") {
                            e + 2
                        } else {
                            e
                        };
                        core(
                            e,
                            Expr::Rel(Base::Ref, dir as i32 * k, shift, gran),
                            D,
                            true,
                        )
                    }
                    Lex::Previous => core(e, Expr::Rel(Base::Ref, -k, shift, gran), D, true),
                    Lex::That | Lex::Same => core(e, Expr::Same(u), D, true),
                    _ => None,
                }
            }
        }
    }
}
