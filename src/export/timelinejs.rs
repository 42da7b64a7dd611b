//! TimelineJS3 JSON (<https://timeline.knightlab.com/docs/json-format.html>): a `title`
//! slide and one slide per event, `start_date` with only the parts the date's precision
//! supports (a month is `{year, month}`), `end_date` for stretches longer than a day,
//! `text.headline` the event title and `text.text` the excerpts with their sources (HTML).
//! Hidden events are left out; a hand-added event's text is its citation.

use chrono::Datelike;
use serde_json::{Value, json};

use crate::extract::Extraction;
use crate::timeval::{Granularity, Span};

pub fn to_timelinejs(x: &Extraction, title: &str) -> Value {
    let events: Vec<Value> = x
        .events
        .iter()
        .filter(|e| e.visible())
        .map(|e| {
            let mut slide = json!({
                "unique_id": slug(&e.id),
                "start_date": start_date(&e.span),
                "text": {"headline": escape(&e.title), "text": excerpts(x, e)},
                "group": e.span.granularity.as_str(),
            });
            if let Some(end) = end_date(&e.span) {
                slide["end_date"] = end;
            }
            slide
        })
        .collect();
    let sources: Vec<String> = x
        .corpus
        .articles
        .iter()
        .zip(&x.published)
        .map(|(a, p)| {
            let date = p
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "date unknown".into());
            format!(
                "<li>{} ({date}, {})</li>",
                escape(&a.title),
                p.source.as_str()
            )
        })
        .collect();
    json!({
        "title": {"text": {"headline": escape(title), "text": format!("<ul>{}</ul>", sources.concat())}},
        "events": events,
    })
}

fn start_date(s: &Span) -> Value {
    let d = s.start;
    match s.granularity {
        Granularity::Day | Granularity::Range => {
            json!({"year": d.year(), "month": d.month(), "day": d.day()})
        }
        Granularity::Week | Granularity::Month | Granularity::Quarter | Granularity::Season => {
            json!({"year": d.year(), "month": d.month()})
        }
        Granularity::Year | Granularity::Decade | Granularity::Century => json!({"year": d.year()}),
    }
}

fn end_date(s: &Span) -> Option<Value> {
    let d = s.end;
    match s.granularity {
        Granularity::Day | Granularity::Month | Granularity::Year => None,
        Granularity::Week | Granularity::Range => {
            Some(json!({"year": d.year(), "month": d.month(), "day": d.day()}))
        }
        Granularity::Quarter | Granularity::Season => {
            Some(json!({"year": d.year(), "month": d.month()}))
        }
        Granularity::Decade | Granularity::Century => Some(json!({"year": d.year()})),
    }
}

fn excerpts(x: &Extraction, e: &crate::events::Event) -> String {
    let mut out = String::new();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for m in &e.mentions {
        if seen.contains(&(m.article, m.sentence.0)) {
            continue;
        }
        seen.push((m.article, m.sentence.0));
        let a = &x.corpus.articles[m.article];
        let (s0, s1) = m.sentence;
        out.push_str(&format!(
            "<p>{}<mark>{}</mark>{} <em>— {}</em></p>",
            escape(&a.text[s0..m.start]),
            escape(&a.text[m.start..m.end]),
            escape(&a.text[m.end..s1]),
            escape(&a.title)
        ));
    }
    if let Some(c) = &e.citation {
        let source = x
            .corpus
            .articles
            .iter()
            .find(|a| &a.id == c)
            .map_or(c.as_str(), |a| a.title.as_str());
        out.push_str(&format!("<p><em>— {}</em></p>", escape(source)));
    }
    out
}

fn slug(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// HTML-escapes text for TimelineJS's HTML fields.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
