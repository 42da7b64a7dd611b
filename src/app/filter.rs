//! The event filter: search words over titles and excerpts, a minimum number of
//! corroborating sources, the sources to keep, a date range, an importance threshold and
//! the coarsest date precision. The timeline, the list, the overview and keyboard
//! navigation all follow it. Hidden events pass only when asked for. `shown` is derived
//! state, recomputed only when the filter or the extraction changes.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::extract::Extraction;
use crate::timeval::Granularity;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub min_sources: usize,
    /// Also pass the events the analyst hid.
    pub show_hidden: bool,
    /// Only events reported by at least one of these articles (by id); empty: all.
    pub articles: BTreeSet<String>,
    /// Only events whose middle day lies in this range (inclusive).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only events at least this important.
    pub min_importance: f64,
    /// Only events dated at least this precisely (None: any precision).
    pub coarsest: Option<Granularity>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
            && *self
                != Filter {
                    min_sources: 1,
                    ..Filter::default()
                }
    }

    /// One flag per event: does it pass? Every word of the query must appear in the
    /// event's title, date or one of its sentences (case-insensitive).
    pub fn apply(&self, x: &Extraction) -> Vec<bool> {
        let words: Vec<String> = self
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let wanted: Vec<bool> = x
            .corpus
            .articles
            .iter()
            .map(|a| self.articles.is_empty() || self.articles.contains(&a.id))
            .collect();
        x.events
            .iter()
            .map(|e| {
                let mid = e.span.mid();
                if e.sources < self.min_sources
                    || (e.hidden && !self.show_hidden)
                    || e.importance < self.min_importance
                    || self.from.is_some_and(|f| mid < f)
                    || self.to.is_some_and(|t| mid > t)
                    || self.coarsest.is_some_and(|g| e.span.granularity > g)
                {
                    return false;
                }
                if !self.articles.is_empty()
                    && !e
                        .mentions
                        .iter()
                        .any(|m| wanted.get(m.article) == Some(&true))
                {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Extraction {
        crate::extract::run(crate::corpus::embedded())
    }

    #[test]
    fn each_criterion_narrows_the_events() {
        let x = seed();
        let all = Filter::default().apply(&x);
        let count = |f: &Filter| f.apply(&x).iter().filter(|s| **s).count();
        let n = all.iter().filter(|s| **s).count();
        assert_eq!(n, x.events.len());

        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let june = Filter {
            from: d(2024, 6, 1),
            to: d(2024, 6, 30),
            ..Filter::default()
        };
        for (i, pass) in june.apply(&x).iter().enumerate() {
            let mid = x.events[i].span.mid();
            assert_eq!(
                *pass,
                mid >= d(2024, 6, 1).unwrap() && mid <= d(2024, 6, 30).unwrap()
            );
        }
        assert!(count(&june) < n && count(&june) > 0);

        let days = Filter {
            coarsest: Some(Granularity::Day),
            ..Filter::default()
        };
        for (i, pass) in days.apply(&x).iter().enumerate() {
            assert_eq!(*pass, x.events[i].span.granularity == Granularity::Day);
        }

        let first = x.corpus.articles[0].id.clone();
        let one = Filter {
            articles: [first].into_iter().collect(),
            ..Filter::default()
        };
        for (i, pass) in one.apply(&x).iter().enumerate() {
            assert_eq!(*pass, x.events[i].mentions.iter().any(|m| m.article == 0));
        }

        let top = x.events.iter().map(|e| e.importance).fold(0.0, f64::max);
        let important = Filter {
            min_importance: top,
            ..Filter::default()
        };
        assert_eq!(count(&important), 1);
        assert!(important.is_active() && !Filter::default().is_active());
    }
}
