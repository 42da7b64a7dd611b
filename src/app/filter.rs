//! The event filter: a search query over titles and excerpts, and a minimum number of
//! corroborating sources. The timeline, the list and keyboard navigation all follow it.
//! Hidden events pass only when asked for. `shown` is derived state, recomputed only when the query or the extraction changes.

use crate::extract::Extraction;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub min_sources: usize,
    /// Also pass the events the analyst hid.
    pub show_hidden: bool,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty() || self.min_sources > 1 || self.show_hidden
    }

    /// One flag per event: does it pass? Every word of the query must appear in the
    /// event's title, date or one of its sentences (case-insensitive).
    pub fn apply(&self, x: &Extraction) -> Vec<bool> {
        let words: Vec<String> = self
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        x.events
            .iter()
            .map(|e| {
                if e.sources < self.min_sources || (e.hidden && !self.show_hidden) {
                    return false;
                }
                if words.is_empty() {
                    return true;
                }
                let mut hay = format!("{} {}", e.title, e.span.value()).to_lowercase();
                for m in &e.mentions {
                    if let Some(a) = x.corpus.articles.get(m.article) {
                        hay.push(' ');
                        hay.push_str(&a.text[m.sentence.0..m.sentence.1].to_lowercase());
                    }
                }
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }
}
