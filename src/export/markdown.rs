//! A Markdown brief: the events as a dated bullet list with numbered source citations,
//! ready to paste into a memo.

use super::human_date;
use crate::extract::Extraction;

pub fn to_markdown(x: &Extraction, title: &str) -> String {
    let mut out = format!("# {title}\n\n");
    for e in &x.events {
        let cites: Vec<String> = e
            .source_articles()
            .iter()
            .map(|i| format!("[{}]", i + 1))
            .collect();
        let disputed = if e.disputes.is_empty() {
            ""
        } else {
            " *(date disputed)*"
        };
        out.push_str(&format!(
            "- **{}** — {}{disputed} {}\n",
            human_date(e),
            e.title,
            cites.join("")
        ));
    }
    out.push_str("\n## Sources\n\n");
    for (i, (a, p)) in x.corpus.articles.iter().zip(&x.published).enumerate() {
        let date = p
            .date
            .map(|d| d.format("%-d %B %Y").to_string())
            .unwrap_or_else(|| "date unknown".into());
        let how = if p.source.is_explicit() {
            String::new()
        } else {
            format!(", date {}", p.source.as_str())
        };
        out.push_str(&format!("{}. {} ({date}{how})\n", i + 1, a.title));
    }
    out
}
