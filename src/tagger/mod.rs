//! Temporal tagger: finds TIMEX3 expressions in English text and normalises them
//! against a document creation date (DCT). Pure: no I/O, no clock.
//!
//! Pipeline (single pass; token and candidate buffers are thread-local and
//! reused across calls, so in steady state only the output allocates):
//! * `scan` tokenizes bytes into words / digit runs / punctuation, classifying
//!   words with the compiled `lexicon` as it goes;
//! * `rules` tries hand-written recursive-descent matchers only at tokens that
//!   can start an expression and yields unresolved candidates (`rules::Expr`);
//! * `resolve` walks the candidates in order, resolving them against the DCT
//!   or the running reference time (previous date in the text), and
//!   `value` renders the structured value as a TIMEX3 string.
//!
//! Conventions (TimeML / TimeBank, TempEval-3):
//! * extents include determiners and modifiers that are part of the expression
//!   ("the third quarter", "the past three years", "early 2022", "late last
//!   week", "earlier this month", "the end of February this year", "nearly two
//!   years", "more than four hours", "around 7:15 p.m.", "this past spring")
//!   but not prepositions ("on", "in", "since") nor "about"/"only"/"just";
//!   explicit dates never take "the";
//! * "the past/last N units" is a DURATION; "last week" is the DATE 2024-W24 and
//!   so is "the past year" (2023, the previous calendar unit, as TimeBank and
//!   MEANTIME annotate it; a duration in narrative text), but "the past
//!   decade" is P10Y; "in recent years" is PAST_REF, "decades" PXY;
//!   "two days ago" is a DATE at the unit's granularity ("a decade ago" ->
//!   201; "a week ago" -> a day, "six weeks ago" -> a week); "five years
//!   later" is a DATE after the previous date of the text, in news too (the
//!   timeline needs it), and with no date before it, as TimeBank marks it,
//!   the DURATION "five years" (without "later"); in news "hours later" is
//!   the vague DURATION "hours" (a history's FUTURE_REF);
//! * weekday + part of day is a TIME (TimeML; TimeBank often types it DATE)
//!   with a time-of-day value ("Wednesday evening" -> 2024-06-19TEV); bare
//!   weekdays are the DCT's day or the nearest one, past tense preferring
//!   the past; months without a year take the DCT year unless tense or
//!   distance says otherwise (a past
//!   verb never moves a month into the next year, a future verb never into
//!   the previous one), and the year of "last/next year" in the same sentence
//!   ("Last year, ... he met Putin in September" -> 2023-09);
//! * in narrative text (most explicit years far from the DCT, e.g. history
//!   articles) dates without a year chain from the previous date in the text
//!   (`Anchor::Previous`) and a warning is emitted. News that cites a few old
//!   years ("treaties signed in 1961, 2000 and 2001") but speaks of weekdays
//!   or "last week" stays anchored to the DCT (unless it keeps returning to
//!   the same old years, as history texts do);
//! * report periods: "the full year" (DCT year), "the latest period" (the
//!   reported quarter), "the quarter ended Sept. 30" (Q3), "the 1988 period"
//!   (that year's reported quarter), "the last half of 1989" (H2), "the final
//!   quarter of 2009" (Q4), "the last week of March" (an ISO week), "the
//!   current quarter" (the DCT's); a quarter not yet ended (unless told in
//!   the past tense) is a forecast and never the reported one, and "a year
//!   earlier" right after "a year ago" is the same comparison period; "in
//!   recent months" is PXM; spelled-out years ("nineteen ninety-six", "the
//!   year two thousand") are years; in news "a third straight day" / "their
//!   worst week" is the DCT's day / week ("their worst day" after "on
//!   Thursday" that Thursday); "Election Day", "Labor Day",
//!   "Memorial Day", "Black Friday", "Cyber Monday" are computed for their
//!   year, Easter and Good Friday by the Gregorian computus ("Easter week" is
//!   the ISO week ending on Easter Sunday), fixed days from one table
//!   (`Matcher::named_day`); "Super Tuesday" gets no guessed date; BC
//!   years ("April 480 BC", "146 B.C.") chain like any other in narrative text;
//! * a report keeps its latest reported quarter ("after a flat second
//!   quarter" is background); after "the (first) nine months" its
//!   comparisons ("a year earlier", "the 1988 period") are to last year;
//!   "the corresponding period last year" is last year's reported quarter;
//! * tense comes from the nearest verb: a clause's past perfect beats "until",
//!   capitalised words are never past tenses ("the United States"), scheduled
//!   presents ("they meet Monday") and "would be -ing" look ahead, an
//!   infinitive ("to meet demand") says nothing; seasons follow tense and the
//!   sentence's year like months;
//! * news telling a past story: a year opening its sentence ("In 2017, ...")
//!   gives its months that year; so does a past date before a past perfect
//!   ("In February 2022 ... By the summer its forces had taken"); a weekday
//!   said with a date picks the year ("24 February, a Thursday"); "that
//!   autumn", "the following spring" and "the 27th" count from the story's
//!   time (the DCT's month for a bare day in news);
//! * "this/last/next winter": a winter is named by the year of its January
//!   (December 2023 - February 2024 is 2024-WI); "this summer" is the
//!   nearest one, the coming one on a tie or in the future tense;
//! * "every four years" is a SET with the period as value (P4Y); so are rates
//!   of a smaller unit ("seven days a week", "24 hours a day": P1W, P1D),
//!   "each Christmas" (XXXX-12-25) and "on Wednesday nights" (XXXX-WXX-3TNI);
//! * a part of a named day is one TIME ("the night of April 18, 1775",
//!   "midnight tonight", "August 11, a Friday night"); the end of a weekday
//!   range falls after its start ("between Tuesday and Friday"); "over" meaning
//!   "during" stays outside a duration ("226 sorties over 42 days") and "more
//!   than" inside ("for over a year"); British "Thursday week" is a week after
//!   the coming Thursday;
//! * a clause keeps its own tense: the clause after the next comma, "when" or
//!   "that" once the expression's verb came before it, an absolute ", with"
//!   clause, and a range's first hour ("from 2 to 4 p.m. Tuesday"); a
//!   reporting verb's day ("her husband said Tuesday") or the time words were
//!   said at does not move a story told years before;
//! * a sentence stating a routine with a SET ("until 8 p.m. on Thursdays",
//!   "every Friday", "daily") gives its weekday spans and bare clock times no
//!   particular day ("open Tuesday to Sunday from 10 a.m.": XXXX-WXX-2,
//!   XXXX-XX-XXT10:00) unless said in the past or of one occasion ("will
//!   close from Monday to Wednesday"); lengths in two units are one
//!   ("26 years and five months": P26Y5M); "the second Sunday of December"
//!   is that day; "every morning" is any day's morning (XXXX-XX-XXTMO), and
//!   a month or a month-day after "usually", "typically", "normally" any
//!   year's (XXXX-01, XXXX-09-10);
//! * a named day's weekend ("the Thanksgiving weekend") is that weekend, a
//!   Monday's or a Tuesday's the one before; a weekday with its date said
//!   after it ("a warm Tuesday evening, Oct. 17, 1989") or before it ("April
//!   15 is a Sunday") is that date; a shift set against a plan after a comma
//!   restates the time just told ("on November 11, three days later than
//!   planned", as MEANTIME has it), alone it is a duration;
//! * a clock time after a midnight, after a late hour, or after a part of a
//!   past day, earlier in the day than it, is on the next day ("shortly
//!   after midnight. At 4.40am"), while "that night" and "the next day"
//!   count from the day itself; a clock time with no a.m. or p.m. is read in
//!   the part of the day said with it ("Wednesday night at 7:30": 19:30);
//! * in a text told as a chronology (a history, an obituary), what "will"
//!   happen outside quotes is the DCT's future, not the story's;
//! * not annotated (TimeBank): the connective "at the same time" in news,
//!   sentence-initial "Now, ...", ages ("in his 30s"), capitalised titles
//!   ("ABC's This Week", "High Noon", "''60 Minutes''", "The Sunday Times"),
//!   first names ("June Carter"), quantities that look like years ("the
//!   1500 m final", "between 2000 and 3000 troops"), "a recent offering",
//!   "later in the day", "the foreseeable future", "last day" (a final day,
//!   never yesterday), "his best year", "summer stock", "20th Century Fox",
//!   street addresses ("1420 Canal Road"), Sheffield Wednesday's bare
//!   "Wednesday", a cricket "one-day international", a quoted film title.

use chrono::{Datelike, NaiveDate};

/// TimeML TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How a value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// Fully given by the expression itself ("19 June 2024", "1961").
    Absolute,
    /// Resolved against the document creation date ("on Wednesday", "last September").
    Dct,
    /// Resolved against the previous date in the text ("five years later", "that year").
    Previous,
    /// Not anchored to a calendar position (durations, sets, PRESENT_REF, unresolved).
    None,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte offset into the tagged text (start, inclusive).
    pub start: usize,
    /// Byte offset into the tagged text (end, exclusive).
    pub end: usize,
    pub kind: TimexType,
    /// TIMEX3 value: "2024-06-19", "2023-09", "1961", "196", "2024-W25", "P24Y", "PRESENT_REF", ...
    pub value: String,
    pub anchor: Anchor,
}

/// Options of the tagger (reserved for future switches; `Default` is what the product uses).
#[derive(Debug, Clone, Default)]
pub struct TagOptions {}

/// Result of tagging: never fails; problems are warnings.
#[derive(Debug, Clone, Default)]
pub struct Tagged {
    pub timexes: Vec<Timex>,
    pub warnings: Vec<String>,
}

mod lexicon;
mod resolve;
mod rules;
mod scan;
mod value;

/// A season, holiday or weekday that starts the name of a thing rather than
/// a time: "the Winter Olympics", "the Summer League", "the Good Friday
/// Agreement", "the winter solstice", "the Christmas market".
fn names_a_thing(m: &rules::Matcher, c: &rules::Cand) -> bool {
    let (text, toks) = (m.b, m.t);
    // ("the Spring Offensive" is named after its season: a time)
    // ("the Sunday Times", "the Spring Statement" are titles)
    const NAME_HEADS: [&str; 23] = [
        "Times",
        "Telegraph",
        "Mirror",
        "Express",
        "Herald",
        "Nation",
        "Observer",
        "Statement",
        "Olympics",
        "Games",
        "League",
        "Festival",
        "Agreement",
        "Accord",
        "Accords",
        "Island",
        "Islands",
        "Classic",
        "Series",
        "Cup",
        "Palace",
        "Carol",
        "Market",
    ];
    // ("the spring bank holiday" is a holiday's name)
    const THINGS: [&str; 13] = [
        "solstice", "equinox", "market", "markets", "tree", "trees", "card", "cards", "carol",
        "carols", "lights", "island", "bank",
    ];
    let (Some(last), Some(next)) = (toks.get(c.e.wrapping_sub(1)), toks.get(c.e)) else {
        return false;
    };
    // "the Mail on Sunday" is a newspaper
    if matches!(last.lex, lexicon::Lex::Weekday(_))
        && c.s >= 2
        && m.word_is(c.s - 1, "on")
        && m.word_is(c.s - 2, "Mail")
    {
        return true;
    }
    // a title in quotes: "The holiday's record still belongs to
    // \"Halloween,\" which opened ..."
    let quote = |k: usize| toks.get(k).is_some_and(|t| t.k == scan::Kind::Punct(b'"'));
    if c.s > 0
        && quote(c.s - 1)
        && (quote(c.e)
            || toks
                .get(c.e)
                .is_some_and(|t| matches!(t.k, scan::Kind::Punct(b',' | b'.')))
                && quote(c.e + 1))
        && toks[c.s].cap
        && matches!(
            last.lex,
            lexicon::Lex::Holiday(_) | lexicon::Lex::Season(_) | lexicon::Lex::Weekday(_)
        )
        && (c.s == 1 || !matches!(toks[c.s - 2].k, scan::Kind::Punct(b'.' | b'!' | b'?')))
    {
        return true;
    }
    // "a one-day international", "a first-half double": a cricket format
    // and a match's half, not a day or a half-year
    if c.e >= c.s + 3 && toks[c.e - 2].k == scan::Kind::Punct(b'-') {
        let sport = |heads: &[&str], nouns: &[&str]| {
            heads.iter().any(|w| m.word_is(c.e - 3, w))
                && (nouns.iter().any(|w| m.word_is(c.e, w))
                    || m.word_is(c.e, "stoppage") && m.word_is(c.e + 1, "time"))
        };
        if m.word_is(c.e - 1, "day")
            && sport(
                &["one", "One"],
                &[
                    "international",
                    "internationals",
                    "series",
                    "cricket",
                    "match",
                    "matches",
                    "game",
                    "games",
                    "format",
                    "cup",
                    "Cup",
                    "side",
                    "squad",
                    "team",
                    "debut",
                    "specialist",
                    "captain",
                    "ODI",
                    "ODIs",
                ],
            )
            || m.word_is(c.e - 1, "half")
                && sport(
                    &["first", "second", "First", "Second"],
                    &[
                        "goal",
                        "goals",
                        "double",
                        "brace",
                        "penalty",
                        "header",
                        "strike",
                        "equaliser",
                        "equalizer",
                        "opener",
                        "winner",
                        "substitute",
                        "red",
                        "yellow",
                        "save",
                        "saves",
                        "chance",
                        "chances",
                        "hat-trick",
                        "touchdown",
                        "touchdowns",
                        "interception",
                        "fumble",
                        "try",
                        "tries",
                        "comeback",
                        "collapse",
                        "onslaught",
                    ],
                )
        {
            return true;
        }
    }
    // "Daily Maverick", "the Weekly Standard": titles
    if matches!(last.lex, lexicon::Lex::Freq(_))
        && last.cap
        && next.k == scan::Kind::Word
        && next.cap
        && next.sp
        && !next.nl
    {
        return true;
    }
    if !matches!(
        last.lex,
        lexicon::Lex::Season(_) | lexicon::Lex::Holiday(_) | lexicon::Lex::Weekday(_)
    ) || next.k != scan::Kind::Word
        || next.nl
        || !next.sp
    {
        return false;
    }
    let w = &text[next.s..next.e];
    let is = |list: &[&str]| list.iter().any(|x| w == x.as_bytes());
    // ("summer stock" is a theatre, "the summer stock-market rally" a time)
    let stock_theatre = w == b"stock"
        && !toks.get(c.e + 1).is_some_and(|t| {
            t.k == scan::Kind::Punct(b'-')
                || [
                    "market", "markets", "price", "prices", "exchange", "index", "trading",
                    "sales", "rally",
                ]
                .iter()
                .any(|x| text.get(t.s..t.e) == Some(x.as_bytes()))
        });
    // ("her novel, The Winter Ledger,": a title, its capitalised "The"
    // inside a sentence)
    let title = matches!(last.lex, lexicon::Lex::Season(_))
        && last.cap
        && next.cap
        && c.e == c.s + 2
        && m.word_is(c.s, "The")
        && toks[c.s].cap
        && c.s > 0
        && !matches!(
            toks[c.s - 1].k,
            scan::Kind::Punct(b'.' | b'!' | b'?' | b'"')
        )
        && !toks[c.s].nl;
    (last.cap && is(&NAME_HEADS)) || is(&THINGS) || stock_theatre || title
}

/// A bare "Wednesday" in a story about Sheffield Wednesday is the club ("but
/// Wednesday, roared on by a crowd of 31,402, refused to fold", "said
/// Wednesday head coach Danny Röhl") unless a preposition or a determiner
/// makes it a day ("on Wednesday", "by Wednesday", "last Wednesday") or a
/// time or date follows ("Wednesday 12 March", "Wednesday night").
/// `club` caches whether the text names the club (one search per text).
fn names_the_club(
    m: &rules::Matcher,
    c: &rules::Cand,
    club: &mut Option<bool>,
    text: &str,
) -> bool {
    const DAY_WORDS: [&str; 20] = [
        "on", "by", "until", "till", "since", "from", "before", "after", "last", "next", "this",
        "that", "every", "each", "early", "late", "through", "to", "between", "and",
    ];
    let toks = m.t;
    let bare = c.e == c.s + 1
        && toks[c.s].cap
        && toks[c.s].lex == lexicon::Lex::Weekday(3)
        && !(c.s > 0 && DAY_WORDS.iter().any(|w| m.word_is(c.s - 1, w)))
        && !toks.get(c.e).is_some_and(|t| t.k == scan::Kind::Num);
    bare && *club.get_or_insert_with(|| text.contains("Sheffield Wednesday"))
}

/// Years counted from the time told ("Two years later", "the following
/// year"): what "That year, ..." frames and ", in 1997" restates.
fn years_on(e: rules::Expr) -> bool {
    matches!(
        e,
        rules::Expr::Later(_, lexicon::Unit::Year, ..)
            | rules::Expr::Rel(rules::Base::Ref, _, lexicon::Unit::Year, _)
    )
}

/// How weekday or month-day candidate `c` links to the day told just
/// before it: the end of a span ("from Monday to Thursday", "through",
/// "until", "-", also past a clock time said with the start: "from 00:01
/// on Saturday until 23:59 on Sunday"), a second day of a list ("Tuesday
/// and Friday"), an apposition ("June 22, 2014, a warm Sunday evening").
fn range_link(
    m: &rules::Matcher,
    toks: &[scan::Tok],
    cands: &[rules::Cand],
    c: &rules::Cand,
    sent: u32,
) -> rules::Link {
    use rules::Link;
    let Some(last) = cands.last() else {
        return Link::None;
    };
    // "Oct. 23-25", "Dec. 22 through Jan. 2": a day of the month after a
    // full day
    if matches!(c.expr, rules::Expr::Md(..)) {
        let joined = last.ctx.sent == sent
            && last.e + 1 == c.s
            && matches!(
                last.expr,
                rules::Expr::Md(..)
                    | rules::Expr::MdYear(..)
                    | rules::Expr::Abs(value::Val::Date(_, Some(_), Some(_)))
            )
            // ("on December 21 and 28": a list goes on as a span)
            && (m.joins_span(last.e) || m.word_is(last.e, "and"));
        return if joined { Link::RangeEnd } else { Link::None };
    }
    if !matches!(c.expr, rules::Expr::Wd(..)) {
        return Link::None;
    }
    if last.ctx.sent == sent
        && toks[last.e].k == scan::Kind::Punct(b',')
        && m.word_is(last.e + 1, "a")
        && (last.e + 2 == c.s
            || last.e + 3 == c.s && toks[last.e + 2].k == scan::Kind::Word && !toks[last.e + 2].cap)
    {
        return Link::Apposition;
    }
    // "April 15 is a Sunday", "the holiday falls on a Monday": that day
    // named by its weekday
    let said = |w: &[&str]| {
        last.e + w.len() == c.s && w.iter().enumerate().all(|(k, x)| m.word_is(last.e + k, x))
    };
    if last.ctx.sent == sent
        && matches!(
            last.expr,
            rules::Expr::Md(..) | rules::Expr::Abs(value::Val::Date(_, Some(_), Some(_)))
        )
        && (said(&["is", "a"])
            // ("May 24, the Friday before Memorial Day")
            || toks.get(last.e).is_some_and(|t| t.k == scan::Kind::Punct(b','))
                && m.word_is(last.e + 1, "the")
                && (c.s == last.e + 2 || c.s == last.e + 1)
            || said(&["was", "a"])
            || said(&["falls", "on", "a"])
            || said(&["fell", "on", "a"])
            || said(&["will", "be", "a"]))
    {
        return Link::Apposition;
    }
    // (past a clock time said with the day)
    let (g, before) = if matches!(last.expr, rules::Expr::TimeOnly(..))
        && last.e + 1 == c.s
        && m.word_is(last.e, "on")
    {
        (last.s, cands.len().checked_sub(2).map(|k| &cands[k]))
    } else {
        (c.s, Some(last))
    };
    match before {
        Some(p) if matches!(p.expr, rules::Expr::Wd(..)) && p.ctx.sent == sent && p.e + 1 == g => {
            // ("from Monday to Thursday", not "move the meeting set for
            // Thursday to Monday")
            // ("between Thursday and Tuesday" too)
            if m.span_word(p.e)
                || toks[p.e].k == scan::Kind::Punct(b'-')
                || m.word_is(p.e, "to") && p.s > 0 && m.word_is(p.s - 1, "from")
                || m.word_is(p.e, "and") && p.s > 0 && m.word_is(p.s - 1, "between")
            {
                Link::RangeEnd
            } else if m.word_is(p.e, "and") {
                Link::ListNext
            } else {
                Link::None
            }
        }
        // "opens on Sunday, October 26, and runs through Tuesday": a span
        // from a date told earlier in the sentence
        Some(p)
            if p.ctx.sent == sent
                && c.s > 0
                && m.span_word(c.s - 1)
                && matches!(
                    p.expr,
                    rules::Expr::MdWd(..)
                        | rules::Expr::Md(..)
                        | rules::Expr::Abs(value::Val::Date(_, Some(_), Some(_)))
                ) =>
        {
            Link::RangeEnd
        }
        _ => Link::None,
    }
}

/// A sentence that states a routine with a SET ("until 8 p.m. on
/// Thursdays", "at 8.30pm every Friday", "daily"): its weekday ranges and
/// bare clock times not said in the past are the routine's ("open Tuesday
/// to Sunday from 10 a.m. to 6 p.m."), no particular day.
fn mark_routines(m: &rules::Matcher, cands: &mut [rules::Cand]) {
    use rules::Expr;
    let routine_set = |c: &rules::Cand| {
        c.kind == TimexType::Set
            && matches!(
                c.expr,
                Expr::Free(value::Val::SetWeekday(..))
                    | Expr::Free(value::Val::SetEvery(
                        lexicon::Unit::Day | lexicon::Unit::Week
                    ))
                    // ("every night": a part of any day)
                    | Expr::Free(value::Val::Time(i32::MIN, ..))
                    // ("every weekend through Labor Day, overnight from 10
                    // p.m. to 6 a.m.")
                    | Expr::Free(value::Val::Ref("XXXX-WXX-WE"))
            )
    };
    let mut k = 0;
    while k < cands.len() {
        let sent = cands[k].ctx.sent;
        let end = k + cands[k..].iter().take_while(|c| c.ctx.sent == sent).count();
        if cands[k..end].iter().any(routine_set) {
            // (two weekdays joined as a span: "Tuesday to Sunday")
            let span = |a: &rules::Cand, b: &rules::Cand| {
                matches!((a.expr, b.expr), (Expr::Wd(_, None), Expr::Wd(_, None)))
                    && a.e + 1 == b.s
                    && m.joins_span(a.e)
            };
            // ("The festival runs Friday through Monday, with gates open
            // ... each day": an occasion's span)
            let fixture = |a: &rules::Cand| {
                a.s > 0
                    && ["runs", "run", "lasts", "continues", "held"]
                        .iter()
                        .any(|w| m.word_is(a.s - 1, w))
            };
            for i in k..end {
                let c = &cands[i];
                let starts = i + 1 < end && span(c, &cands[i + 1]);
                let ends = i > k && span(&cands[i - 1], c);
                if starts && fixture(c) || ends && fixture(&cands[i - 1]) {
                    continue;
                }
                let in_range = starts || ends;
                let clock = matches!(c.expr, Expr::TimeOnly(value::Tod::Hm(..), _));
                // (a span said of one occasion is not the routine's: "will
                // close from Monday to Wednesday", "this Tuesday"; but "will
                // be open Tuesday to Sunday" is a routine ahead)
                let occasion = || {
                    (c.s.saturating_sub(40)..c.s)
                        .rev()
                        .take_while(|&j| !m.full_stop(j))
                        .any(|j| {
                            ["will", "would", "ll"].iter().any(|w| m.word_is(j, w))
                                && !m.word_is(j + 1, "be")
                                || m.word_is(j, "this")
                                || m.word_is(j, "next")
                        })
                };
                // (a span with its set right after it is the routine's
                // whatever the verb: "will operate Tuesday through Saturday
                // each week")
                let last = if starts { i + 1 } else { i };
                let set_after = cands[..end]
                    .get(last + 1)
                    .is_some_and(|n| routine_set(n) && n.s <= cands[last].e + 1);
                if (clock || in_range && (set_after || !occasion())) && !c.tense.past() {
                    cands[i].ctx.routine = true;
                }
            }
        }
        k = end;
    }
}

/// "Every January and February", "each spring and autumn": a month or a
/// season listed after a SET of its kind is one too.
fn mark_set_lists(m: &rules::Matcher, cands: &mut [rules::Cand]) {
    use rules::Expr;
    use value::Val;
    for k in 1..cands.len() {
        let (a, b) = (cands[k - 1], cands[k]);
        if a.kind != TimexType::Set
            || a.ctx.sent != b.ctx.sent
            || a.e + 1 != b.s
            || !(m.word_is(a.e, "and") || m.word_is(a.e, "or"))
        {
            continue;
        }
        let set = match (a.expr, b.expr) {
            (Expr::Free(Val::SetMonth(_)), Expr::M(x)) => Val::SetMonth(x),
            (Expr::Free(Val::SetSeason(_)), Expr::Season(x)) => Val::SetSeason(x),
            _ => continue,
        };
        cands[k].expr = Expr::Free(set);
        cands[k].kind = TimexType::Set;
    }
}

#[cfg(test)]
mod tests;

/// Tag `text`, resolving relative expressions against `dct` when given.
pub fn tag(text: &str, dct: Option<NaiveDate>, _opts: &TagOptions) -> Tagged {
    // Token and candidate buffers are reused across calls on the same thread,
    // so in steady state only the output (timexes and their value strings)
    // allocates.
    thread_local! {
        static SCRATCH: std::cell::RefCell<(Vec<scan::Tok>, Vec<rules::Cand>)> =
            const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    }
    SCRATCH
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut bufs) => {
                let (toks, cands) = &mut *bufs;
                let out = tag_with(text, dct, toks, cands);
                // do not keep huge buffers alive after a very large text
                if toks.capacity() > 1 << 20 {
                    *toks = Vec::new();
                    *cands = Vec::new();
                }
                out
            }
            Err(_) => tag_with(text, dct, &mut Vec::new(), &mut Vec::new()),
        })
        .unwrap_or_else(|_| tag_with(text, dct, &mut Vec::new(), &mut Vec::new()))
}

fn tag_with(
    text: &str,
    dct: Option<NaiveDate>,
    toks: &mut Vec<scan::Tok>,
    cands: &mut Vec<rules::Cand>,
) -> Tagged {
    scan::tokenize(text, toks);
    let toks: &[scan::Tok] = toks;
    let m = rules::Matcher {
        t: toks,
        b: text.as_bytes(),
    };
    cands.clear();
    let mut i = 0;
    let mut sent = 0u32;
    // inside double quotes (closed at the end of a paragraph at the latest)
    let mut quoted = false;
    // whether the text names Sheffield Wednesday (looked up once, when a
    // bare "Wednesday" first asks)
    let mut club = None;
    while i < toks.len() {
        let t = &toks[i];
        if t.nl {
            quoted = false;
        }
        let trigger = match t.k {
            scan::Kind::Punct(b'"') => {
                quoted = !quoted;
                false
            }
            scan::Kind::Num | scan::Kind::Punct(b'\'') => true,
            scan::Kind::Word => t.lex != lexicon::Lex::Nil,
            scan::Kind::Punct(b'.') => {
                // not a decimal point ("1.4%"), an abbreviation before a
                // lower-case word ("U.S. officials") nor a title ("Ms. Le Pen")
                if m.full_stop(i) {
                    sent = sent.wrapping_add(1);
                }
                false
            }
            scan::Kind::Punct(b'!' | b'?') => {
                let ends = match toks.get(i + 1) {
                    None => true,
                    Some(n) => n.nl || (n.sp && (n.cap || n.k != scan::Kind::Word)),
                };
                if ends {
                    sent = sent.wrapping_add(1);
                }
                false
            }
            _ => false,
        };
        if trigger
            && let Some(mut c) = m.match_at(i)
            && !names_a_thing(&m, &c)
            && !names_the_club(&m, &c, &mut club, text)
        {
            // "Black Monday", "Good Friday", "Cyber Monday": the name of the day
            if let lexicon::Lex::Weekday(_) = t.lex
                && c.s == i
                && i > 0
                && t.cap
                && t.sp
                && !t.nl
                && toks[i - 1].cap
                && [
                    "black",
                    "good",
                    "cyber",
                    "remembrance",
                    "mothering",
                    "palm",
                    "super",
                    "ash",
                    "shrove",
                    "holy",
                    "maundy",
                ]
                .iter()
                .any(|w| m.word_is(i - 1, w))
                && cands.last().is_none_or(|p| p.e < i)
            {
                c.s = i - 1;
            }
            // "around 7:15 p.m.", "around Nov. 1", "around year end": the
            // approximation is part of the extent (TIMEX3 mod APPROX)
            if c.s == i
                && i > 0
                && !t.nl
                && (t.k == scan::Kind::Num
                    || matches!(
                        t.lex,
                        lexicon::Lex::Month(_)
                            | lexicon::Lex::MonthAbbr(_)
                            | lexicon::Lex::U(..)
                            | lexicon::Lex::Year
                    ))
                && m.word_is(i - 1, "around")
                && cands.last().is_none_or(|p| p.e < i)
            {
                c.s = i - 1;
            }
            // "twice a year", "three times a week": the frequency is part of
            // the set's extent (TIMEX3 freq)
            if c.s == i
                && c.kind == TimexType::Set
                && matches!(t.lex, lexicon::Lex::A | lexicon::Lex::Per)
                && i > 0
                && !t.nl
            {
                let s = if ["twice", "once", "thrice"]
                    .iter()
                    .any(|w| m.word_is(i - 1, w))
                {
                    Some(i - 1)
                } else if i >= 2
                    && m.word_is(i - 1, "times")
                    && (toks[i - 2].k == scan::Kind::Num
                        || matches!(toks[i - 2].lex, lexicon::Lex::Num(_))
                        || ["several", "many", "few"]
                            .iter()
                            .any(|w| m.word_is(i - 2, w)))
                {
                    Some(i - 2)
                } else {
                    None
                };
                if let Some(s) = s
                    && cands.last().is_none_or(|p| p.e <= s)
                {
                    c.s = s;
                }
            }
            // "post-1959 politics", "pre-war": the prefix is part of the extent
            if c.s == i
                && i >= 2
                && t.k == scan::Kind::Num
                && !t.sp
                && toks[i - 1].k == scan::Kind::Punct(b'-')
                && !toks[i - 1].sp
                && ["post", "pre"].iter().any(|w| m.word_is(i - 2, w))
                && cands.last().is_none_or(|p| p.e < i - 2)
            {
                c.s = i - 2;
            }
            // "as recently as late 2009" (as WikiWars marks it)
            if c.s == i
                && i >= 3
                && m.word_is(i - 1, "as")
                && m.word_is(i - 2, "recently")
                && m.word_is(i - 3, "as")
                && cands.last().is_none_or(|p| p.e < i - 3)
            {
                c.s = i - 3;
            }
            // "its most recent quarter"
            if c.s == i
                && i > 0
                && t.lex == lexicon::Lex::Recent
                && m.word_is(i - 1, "most")
                && cands.last().is_none_or(|p| p.e < i)
            {
                c.s = i - 1;
            }
            // "this past spring", "this coming Sunday"
            if c.s == i
                && i > 0
                && matches!(t.lex, lexicon::Lex::Past | lexicon::Lex::Coming)
                && toks[i - 1].lex == lexicon::Lex::This
                && !t.nl
                && cands.last().is_none_or(|p| p.e < i)
            {
                c.s = i - 1;
            }
            // "In 2017, ...": a year that opens its sentence frames it
            let comma_after = toks
                .get(c.e)
                .is_some_and(|t| t.k == scan::Kind::Punct(b','));
            // ("In 2004 he broke his ankle in March": a fronted year with
            // no comma frames its sentence too)
            // (its subject next: not "In 2012 alone, ...")
            let bare_year = matches!(c.expr, rules::Expr::Abs(value::Val::Date(_, None, None)))
                && toks
                    .get(c.e)
                    .is_some_and(|t| t.k == scan::Kind::Word && !t.nl)
                && (toks[c.e].cap
                    || [
                        "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his",
                        "her", "their", "its", "our", "my",
                    ]
                    .iter()
                    .any(|w| m.word_is(c.e, w)));
            // ("That year, the holiday stretched from Sept. 30 to Oct. 9":
            // a year told back, opening its sentence)
            let opens = c.s == 0
                || toks[c.s].nl
                || matches!(toks[c.s - 1].k, scan::Kind::Punct(b'.' | b'!' | b'?'));
            let told_back = comma_after
                && opens
                && (c.expr == rules::Expr::Same(lexicon::Unit::Year) || years_on(c.expr));
            c.ctx.frame = told_back
                || (comma_after || bare_year)
                    && (c.s >= 1
                    && toks[c.s - 1].lex == lexicon::Lex::In
                    && toks[c.s - 1].cap
                    && (c.s == 1
                        || toks[c.s - 1].nl
                        || matches!(toks[c.s - 2].k, scan::Kind::Punct(b'.' | b'!' | b'?')))
                    // ("than it was in 2021, when a February freeze ...",
                    // "three times in 2025, in February, May and August": the
                    // clause told of that year)
                    || matches!(
                        c.expr,
                        rules::Expr::Abs(value::Val::Date(_, None, None) | value::Val::Season(..))
                    ) && (m.word_is(c.e + 1, "when")
                            || m.word_is(c.e + 1, "in")
                                && toks.get(c.e + 2).is_some_and(|t| {
                                    matches!(
                                        t.lex,
                                        lexicon::Lex::Month(_) | lexicon::Lex::MonthAbbr(_)
                                    )
                                })));
            // ("overnight" is counted from the DCT: no story moves to it;
            // "on Saturday, four days after Election Day": the day the
            // story is on was told, the one counted from is not it)
            c.ctx.passing = m.passing(c.s, c.e)
                || t.lex == lexicon::Lex::Overnight
                // ("the Friday after Thanksgiving at 6 p.m.": the day is
                // the Friday's)
                || matches!(cands.last(), Some(p)
                    if matches!(p.expr, rules::Expr::WdHoliday(..)) && p.e + 1 == c.s)
                || matches!(cands.as_slice(), [.., day, gap]
                    if gap.kind == TimexType::Duration
                        && gap.ctx.sent == sent
                        && day.ctx.sent == sent
                        && day.kind != TimexType::Duration
                        && gap.e + 1 == c.s
                        && (m.word_is(gap.e, "after") || m.word_is(gap.e, "before")));
            c.ctx.aside = m.aside(c.s, c.e);
            c.ctx.results = m.results_of_quarter(c.s, c.e);
            c.ctx.quoted = quoted;
            c.ctx.attrib = m.attribution(c.s, c.e)
                || matches!(c.expr, rules::Expr::TimeOnly(..))
                    && (m.said_at(c.s) || m.quote_at(c.s, c.e));
            c.ctx.link = range_link(&m, toks, cands, &c, sent);
            i = c.e;
            c.ctx.sent = sent;
            cands.push(c);
            // (the point of "7:30 p.m." can end its sentence too, before a
            // capital: not "10:35 a.m. (0735 GMT) Friday", "6:32 p.m.
            // Eastern on Sunday")
            if m.full_stop(i - 1)
                && toks
                    .get(i)
                    .is_none_or(|t| t.nl || t.k == scan::Kind::Word && t.cap)
                && !m.spelled_zone(i)
            {
                sent = sent.wrapping_add(1);
            }
            continue;
        }
        i += 1;
    }
    mark_routines(&m, cands);
    mark_set_lists(&m, cands);
    let mut r = resolve::Resolver::new(dct, cands);
    let mut out = Tagged::default();
    out.timexes.reserve(cands.len());
    for (k, c) in cands.iter().enumerate() {
        // the next expression if it directly follows ("4 p.m. on Tuesday")
        let adjacent = |a: &rules::Cand, b: &rules::Cand| {
            b.s >= a.e && b.s <= a.e + 1 && b.ctx.sent == a.ctx.sent
        };
        // ("1:30 a.m. local time on Saturday", "5:34 a.m. Baghdad time on
        // March 20": past the zone; "at its usual time, 4 p.m., on Friday,
        // Dec. 31", "at 1 p.m. Eastern time, on Friday": past a comma)
        let local = |a: &rules::Cand, b: &rules::Cand| {
            matches!(a.expr, rules::Expr::TimeOnly(..))
                && b.ctx.sent == a.ctx.sent
                && b.s > a.e
                && b.s <= a.e + 4
                && (a.e..b.s).all(|k| {
                    ["local", "time", "on"].iter().any(|w| m.word_is(k, w))
                        || k == a.e && m.spelled_zone(k)
                        // ("7 a.m. New York time (1100 GMT) on Wednesday")
                        || toks[k].cap
                            && toks[k].k == scan::Kind::Word
                            && (k + 1..b.s).any(|x| m.word_is(x, "time"))
                        // ("noon ET on Tuesday")
                        || k == a.e && matches!(toks[k].lex, lexicon::Lex::Zone(_))
                        || matches!(toks[k].k, scan::Kind::Punct(b'(' | b')' | b','))
                })
        };
        let paren = |a: usize, b: usize, p: u8| (a..b).any(|k| toks[k].k == scan::Kind::Punct(p));
        // ("Three years later, in 1997": the year said after a comma)
        let restated = |a: &rules::Cand, b: &rules::Cand| {
            years_on(a.expr)
                && b.ctx.sent == a.ctx.sent
                && b.s == a.e + 2
                && toks[a.e].k == scan::Kind::Punct(b',')
                && m.word_is(a.e + 1, "in")
        };
        let mut next = cands
            .get(k + 1)
            .filter(|n| adjacent(c, n) || local(c, n) || restated(c, n));
        // (a day inside a parenthesised conversion is the converted time's:
        // "about 6 a.m. local time (10 p.m. EDT Sunday)")
        if next
            .is_some_and(|n| paren(c.e, n.s, b'(') && !matches!(n.expr, rules::Expr::TimeOnly(..)))
        {
            next = None;
        }
        // "10:35 a.m. (0735 GMT) Friday", "11 a.m. Mountain time (1 p.m.
        // Eastern) on Thursday": look past a parenthesised clock time (not
        // to a day inside it: "8 p.m. EST (0100 GMT Tuesday)")
        if let Some(n) = next
            && matches!(n.expr, rules::Expr::TimeOnly(..))
        {
            next = cands
                .get(k + 2)
                .filter(|n2| adjacent(n, n2) || local(n, n2))
                .filter(|n2| !paren(c.e, n.s, b'(') || paren(n.e, n2.s, b')'));
        }
        // "at the same time" in news is the discourse connective ("also"),
        // not a reference to a time (TimeBank does not annotate it)
        if !r.narrative
            && matches!(c.expr, rules::Expr::RefTime)
            && toks[c.s..c.e].iter().any(|t| t.lex == lexicon::Lex::Same)
        {
            continue;
        }
        // a history's "the first day of the battle": its extent runs on
        // through the battle's name (TIMEX2), which news annotation leaves out
        if r.narrative
            && matches!(c.expr, rules::Expr::NthUnit(_))
            && toks.get(c.e).is_some_and(|t| t.lex == lexicon::Lex::Of)
        {
            continue;
        }
        // a clock time opening a line is a live blog's time stamp: the DCT's
        let stamp;
        let c = match c.expr {
            rules::Expr::TimeOnly(tod, false) if c.s == 0 || toks[c.s].nl => {
                stamp = rules::Cand {
                    expr: rules::Expr::Day(0, Some(tod)),
                    ..*c
                };
                &stamp
            }
            _ => c,
        };
        // (a chronology's future: looked up only in such a text)
        let told;
        let c = if r.narrative && !c.ctx.quoted && m.will_before(c.s) {
            let mut x = *c;
            x.ctx.will = true;
            told = x;
            &told
        } else {
            c
        };
        let (v, anchor) = r.resolve(c, next);
        // "the past year" in narrative text resolves to a duration
        let kind = match v {
            // "every four years" stays a SET with its period as value
            value::Val::Dur(..) | value::Val::Dur2(..) if c.kind != TimexType::Set => {
                TimexType::Duration
            }
            value::Val::SetWeekday(..) if c.ctx.routine => TimexType::Set,
            // ("one Saturday in 1974 ... the next morning": only the year is
            // known, a date)
            value::Val::Date(..) | value::Val::Season(..) | value::Val::Quarter(..)
                if c.kind == TimexType::Time =>
            {
                TimexType::Date
            }
            _ => c.kind,
        };
        // news: "three days later" -> the duration "three days"
        let last = if matches!(c.expr, rules::Expr::Later(..))
            && matches!(v, value::Val::Dur(..))
            && c.e >= c.s + 2
        {
            c.e - 2
        } else {
            c.e - 1
        };
        // "on Thanksgiving night", "Christmas morning": a named day and its
        // part (or its weekend)
        let holiday_weekend = m.word_is(c.e, "holiday")
            && toks
                .get(c.e + 1)
                .is_some_and(|n| n.lex == lexicon::Lex::Weekend && !n.nl);
        let (v, kind, last) = match (v, toks.get(c.e)) {
            (value::Val::Date(y, Some(m), Some(d)), Some(t))
                if last + 1 == c.e
                    && !t.nl
                    && t.sp
                    && !matches!(
                        c.expr,
                        rules::Expr::Wd(..)
                            | rules::Expr::RelWeekday(..)
                            | rules::Expr::RefWeekday(..)
                            | rules::Expr::Day(..)
                    )
                    && cands.get(k + 1).is_none_or(|n| n.s > c.e) =>
            {
                match t.lex {
                    lexicon::Lex::Pod(p) => (
                        value::Val::Time(y, m, d, value::Tod::Part(p), false),
                        TimexType::Time,
                        c.e,
                    ),
                    // "the Thanksgiving weekend", "the Labor Day weekend": the
                    // weekend of that day (a Monday's or a Tuesday's is the
                    // one before it); "the Thanksgiving holiday weekend" too
                    lexicon::Lex::Weekend | lexicon::Lex::Nil
                        if t.lex == lexicon::Lex::Weekend || holiday_weekend =>
                    {
                        let end = if t.lex == lexicon::Lex::Weekend {
                            c.e
                        } else {
                            c.e + 1
                        };
                        match NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d)).map(|x| {
                            let back = match x.weekday() {
                                chrono::Weekday::Mon => 1,
                                chrono::Weekday::Tue => 2,
                                _ => 0,
                            };
                            x - chrono::Days::new(back)
                        }) {
                            Some(x) => (
                                value::Val::Weekend(x.iso_week().year(), x.iso_week().week()),
                                TimexType::Date,
                                end,
                            ),
                            None => (v, kind, last),
                        }
                    }
                    _ => (v, kind, last),
                }
            }
            _ => (v, kind, last),
        };
        // "the day before Christmas", "the day after Thanksgiving": a day from
        // a named day
        let (v, first) = match v {
            value::Val::Date(y, Some(mo), Some(d))
                if c.s >= 3
                    && m.word_is(c.s - 3, "the")
                    && m.word_is(c.s - 2, "day")
                    && (m.word_is(c.s - 1, "before") || m.word_is(c.s - 1, "after"))
                    && out.timexes.last().is_none_or(|p| p.end <= toks[c.s - 3].s) =>
            {
                let step = if m.word_is(c.s - 1, "before") { -1 } else { 1 };
                match NaiveDate::from_ymd_opt(y, u32::from(mo), u32::from(d))
                    .and_then(|x| x.checked_add_signed(chrono::Duration::days(step)))
                {
                    Some(x) => (
                        value::Val::Date(x.year(), Some(x.month() as u8), Some(x.day() as u8)),
                        c.s - 3,
                    ),
                    None => (v, c.s),
                }
            }
            // ("the Easter weekend": the article with the holiday's weekend)
            value::Val::Weekend(..)
                if last >= c.e
                    && c.s >= 1
                    && m.word_is(c.s - 1, "the")
                    && out.timexes.last().is_none_or(|p| p.end <= toks[c.s - 1].s) =>
            {
                (v, c.s - 1)
            }
            _ => (v, c.s),
        };
        out.timexes.push(Timex {
            start: toks[first].s,
            end: toks[last].e,
            kind,
            value: v.render(),
            anchor,
        });
    }
    if r.narrative && dct.is_some() {
        out.warnings.push(
            "narrative text: dates without a year resolved against the text's own chronology"
                .into(),
        );
    }
    if dct.is_none() && !out.timexes.is_empty() {
        out.warnings.push(
            "no document creation date: relative expressions resolved against the text only".into(),
        );
    }
    out
}
