//! A Markdown brief: the events as a dated bullet list with numbered source citations,
//! ready to paste into a memo. Hidden events are left out; events the analyst changed
//! are marked *(edited)*; a hand-added event cites its article, or its free-text source.

use super::human_date;
use crate::extract::Extraction;

pub fn to_markdown(x: &Extraction, title: &str) -> String {
    let mut out = format!("# {title}\n\n");
    for e in x.events.iter().filter(|e| e.visible()) {
        let mut articles = e.source_articles();
        let cited = e
            .citation
            .as_deref()
            .map(|c| (c, x.corpus.articles.iter().position(|a| a.id == c)));
        if let Some((_, Some(i))) = cited
            && !articles.contains(&i)
        {
            articles.push(i);
            articles.sort_unstable();
        }
        let mut cites: String = articles.iter().map(|i| format!("[{}]", i + 1)).collect();
        if let Some((text, None)) = cited {
            cites.push_str(&format!(" (source: {text})"));
        }
        let cites = if cites.trim().is_empty() {
            String::new()
        } else {
            format!(" {}", cites.trim_start())
        };
        let disputed = if e.disputes.is_empty() {
            ""
        } else {
            " *(date disputed)*"
        };
        let edited = if e.edited { " *(edited)*" } else { "" };
        let about = if e.approximate { "c. " } else { "" };
        out.push_str(&format!(
            "- **{about}{}** — {}{disputed}{edited}{}\n",
            human_date(e),
            e.title,
            cites
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
