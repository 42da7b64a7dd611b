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

/// The default title of an export and of the picture: the headline of the article that
/// reports the most important event (the story's own headline); without one, what the
/// timeline covers ("Timeline from 5 articles (1961–2024)").
pub fn default_title(x: &Extraction) -> String {
    let best = x
        .events
        .iter()
        .max_by(|a, b| a.importance.total_cmp(&b.importance));
    let headline = best.and_then(|e| {
        e.source_articles()
            .into_iter()
            .filter_map(|a| x.corpus.articles.get(a))
            .map(|a| a.title.trim())
            .find(|t| !t.is_empty())
    });
    if let Some(h) = headline {
        return h.to_string();
    }
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
