//! Data exports of an extraction, for the next tool: CSV (one row per mention, with its
//! event), TimelineJS3 JSON (to publish the timeline) and a Markdown brief (to paste into
//! a memo). The JSON of `chronicle extract` is in `extract`. Pure functions: text in
//! memory; writing files is the caller's job.

mod csv_table;
mod markdown;
mod timelinejs;

pub use csv_table::to_csv;
pub use markdown::to_markdown;
pub use timelinejs::to_timelinejs;

use chrono::NaiveDate;

use crate::events::Event;
use crate::extract::Extraction;
use crate::timeval::Granularity;

/// "19 June 2024", "June 2024", "2024", "the 1960s", "week 25 of 2024"…
pub fn human_date(e: &Event) -> String {
    let s = e.span;
    match s.granularity {
        Granularity::Day => s.start.format("%-d %B %Y").to_string(),
        Granularity::Month => s.start.format("%B %Y").to_string(),
        Granularity::Year => s.start.format("%Y").to_string(),
        Granularity::Decade => format!("the {}s", s.start.format("%Y")),
        Granularity::Century => format!(
            "the {}th century",
            chrono::Datelike::year(&s.start) / 100 + 1
        ),
        Granularity::Week => format!("week of {}", s.start.format("%-d %B %Y")),
        Granularity::Quarter | Granularity::Season => {
            format!("{} – {}", s.start.format("%B %Y"), s.end.format("%B %Y"))
        }
        Granularity::Range => format!(
            "{} – {}",
            s.start.format("%-d %B %Y"),
            s.end.format("%-d %B %Y")
        ),
    }
}

/// The default title of an export: the most common content words of the article titles
/// would be guesswork, so it says what it is.
pub fn default_title(x: &Extraction) -> String {
    let n = x.corpus.articles.len();
    let span = |d: Option<NaiveDate>| d.map(|d| d.format("%Y").to_string()).unwrap_or_default();
    let first = x.events.first().map(|e| e.span.start);
    let last = x.events.last().map(|e| e.span.end);
    format!(
        "Timeline from {n} article{} ({}–{})",
        if n == 1 { "" } else { "s" },
        span(first),
        span(last)
    )
}
