//! From dated mentions to events.
//!
//! A *mention* is one temporal expression in one article that names a calendar stretch
//! ("19 June 2024", "last September", "on Wednesday" once resolved). An *event* is one
//! happening on one date, with every mention that reports it.
//!
//! Merging rule: mentions join when their dates are the same TIMEX3 value and their
//! contexts are similar. The context of a mention is the bag of content words of its
//! sentence plus, at half weight, its article's title: reports of one story share the
//! story's vocabulary (names, places, verbs), and within a news article a date mention
//! that has few words of its own is usually about the article's headline happening. A
//! mention joins the most similar event of its date when the cosine similarity of the
//! bags reaches [`JOIN_THRESHOLD`]; otherwise it starts a new event, so unrelated
//! happenings on the same day stay apart.

use std::collections::HashMap;

use crate::corpus::Article;
use crate::tagger::{Anchor, Timex, TimexType};
use crate::text;
use crate::timeval::{self, Granularity, Span};

/// Cosine similarity from which a mention joins an event of the same date.
pub const JOIN_THRESHOLD: f64 = 0.12;

/// One dated mention in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Byte range of the date phrase in the article text.
    pub start: usize,
    pub end: usize,
    /// Byte range of the sentence containing it.
    pub sentence: (usize, usize),
    pub value: String,
    pub span: Span,
    pub anchor: Anchor,
}

/// One happening on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Stable within one extraction: the date value and a counter ("2024-06-19#1").
    pub id: String,
    pub title: String,
    pub span: Span,
    pub mentions: Vec<Mention>,
    /// Number of distinct articles that report it.
    pub sources: usize,
    /// Higher for more central events (see [`importance`]).
    pub importance: f64,
}

impl Event {
    pub fn value(&self) -> String {
        self.span.value()
    }
}

/// The mentions of one article that can stand on a timeline.
pub fn mentions(article_index: usize, article: &Article, timexes: &[Timex]) -> Vec<Mention> {
    let sentences = text::sentences(&article.text);
    timexes
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter_map(|t| {
            let span = timeval::parse_value(&t.value)?;
            let s =
                text::sentence_at(&sentences, t.start).map_or((t.start, t.end), |i| sentences[i]);
            let sentence = (s.0.min(t.start), s.1.max(t.end));
            Some(Mention {
                article: article_index,
                start: t.start,
                end: t.end,
                sentence,
                value: span.value(),
                span,
                anchor: t.anchor,
            })
        })
        .collect()
}

type Bag = HashMap<String, f64>;

fn bag_of(article: &Article, m: &Mention) -> Bag {
    let mut bag = Bag::new();
    let sentence = &article.text[m.sentence.0..m.sentence.1];
    for w in text::content_words(sentence) {
        *bag.entry(w).or_default() += 1.0;
    }
    for w in text::content_words(&article.title) {
        *bag.entry(w).or_default() += 0.5;
    }
    bag
}

fn cosine(a: &Bag, b: &Bag) -> f64 {
    let dot: f64 = a.iter().filter_map(|(w, x)| b.get(w).map(|y| x * y)).sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Groups mentions into events, titles and ranks them; events come in chronological order.
pub fn build(articles: &[Article], mentions: Vec<Mention>) -> Vec<Event> {
    let mut by_value: HashMap<String, Vec<Mention>> = HashMap::new();
    for m in mentions {
        by_value.entry(m.value.clone()).or_default().push(m);
    }
    let mut events = Vec::new();
    for (value, mut group) in by_value {
        group.sort_by_key(|m| (m.article, m.start));
        let mut clusters: Vec<(Bag, Vec<Mention>)> = Vec::new();
        for m in group {
            let bag = bag_of(&articles[m.article], &m);
            let best = clusters
                .iter()
                .enumerate()
                .map(|(i, (c, _))| (i, cosine(c, &bag)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((i, sim)) if sim >= JOIN_THRESHOLD => {
                    for (w, x) in bag {
                        *clusters[i].0.entry(w).or_default() += x;
                    }
                    clusters[i].1.push(m);
                }
                _ => clusters.push((bag, vec![m])),
            }
        }
        for (k, (centroid, ms)) in clusters.into_iter().enumerate() {
            events.push(make_event(
                articles,
                format!("{value}#{}", k + 1),
                &centroid,
                ms,
            ));
        }
    }
    events.sort_by(|a, b| {
        (a.span.start, a.span.end)
            .cmp(&(b.span.start, b.span.end))
            .then(b.importance.total_cmp(&a.importance))
            .then(a.id.cmp(&b.id))
    });
    events
}

fn make_event(articles: &[Article], id: String, centroid: &Bag, mentions: Vec<Mention>) -> Event {
    let span = mentions[0].span;
    let mut sources: Vec<usize> = mentions.iter().map(|m| m.article).collect();
    sources.sort_unstable();
    sources.dedup();
    let best = mentions
        .iter()
        .max_by(|a, b| {
            let sa = representativeness(articles, centroid, a);
            let sb = representativeness(articles, centroid, b);
            sa.total_cmp(&sb).then(b.start.cmp(&a.start))
        })
        .unwrap_or(&mentions[0]);
    let title = title_from(&articles[best.article].text, best, &mentions);
    let importance = importance(articles, &mentions, sources.len(), span.granularity);
    Event {
        id,
        title,
        span,
        sources: sources.len(),
        importance,
        mentions,
    }
}

/// How well a mention's sentence can stand for its event: close to the event's vocabulary,
/// an explicit date rather than "today", reported speech last, early in its article.
fn representativeness(articles: &[Article], centroid: &Bag, m: &Mention) -> f64 {
    let a = &articles[m.article];
    let sentence = a.text[m.sentence.0..m.sentence.1].trim_start();
    let quoted = sentence.starts_with(['"', '“', '‘', '\'', '-', '–', '—']);
    let explicit = m.anchor == Anchor::Absolute;
    let earliness = 1.0 - m.start as f64 / a.text.len().max(1) as f64;
    cosine(centroid, &bag_of(a, m)) + if explicit { 0.15 } else { 0.0 }
        - if quoted { 0.3 } else { 0.0 }
        + 0.1 * earliness
}

/// Centrality: corroboration weighs most, then mention count, date precision and how early
/// in their articles the mentions come (news puts the main happening first).
pub fn importance(
    articles: &[Article],
    mentions: &[Mention],
    sources: usize,
    g: Granularity,
) -> f64 {
    let precision = match g {
        Granularity::Day => 1.0,
        Granularity::Week => 0.8,
        Granularity::Month => 0.7,
        Granularity::Quarter | Granularity::Season => 0.6,
        Granularity::Year => 0.5,
        Granularity::Decade | Granularity::Century => 0.2,
    };
    let earliness = mentions
        .iter()
        .map(|m| 1.0 - m.start as f64 / articles[m.article].text.len().max(1) as f64)
        .fold(0.0, f64::max);
    let score = 3.0 * sources as f64 + (mentions.len() as f64).ln_1p() + precision + earliness;
    (score * 1000.0).round() / 1000.0
}

/// A headline-like phrase from the sentence of `best`: the date phrases and their
/// prepositions removed, leading attributions dropped, cut at a clause boundary.
pub fn title_from(text: &str, best: &Mention, all: &[Mention]) -> String {
    let (s0, s1) = best.sentence;
    let mut cuts: Vec<(usize, usize)> = all
        .iter()
        .filter(|m| m.article == best.article && m.start >= s0 && m.end <= s1)
        .map(|m| (m.start, m.end))
        .collect();
    cuts.push((best.start, best.end));
    cuts.sort_unstable();
    cuts.dedup();
    let mut sentence = String::new();
    let mut at = s0;
    for (a, b) in cuts {
        if a < at {
            continue;
        }
        sentence.push_str(&text[at..a]);
        sentence.push('\u{1}');
        at = b;
    }
    sentence.push_str(&text[at..s1]);
    headline(&sentence)
}

const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "since", "by", "during", "from", "until", "of", "for", "as", "early", "late",
];
const CLAUSE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "during",
    "according",
    "but",
    "however",
    "earlier",
    "later",
    "meanwhile",
    "then",
    "by",
    "as",
    "when",
    "while",
    "following",
    "speaking",
    "until",
    "last",
    "this",
    "that",
    "for",
    "with",
    "under",
    "amid",
    "despite",
    "also",
    "still",
    "yet",
];
const MAX_TITLE_WORDS: usize = 12;

/// Turns a sentence with date phrases marked by `\u{1}` into a short title.
fn headline(marked: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for raw in marked.split_whitespace() {
        let w = raw.to_string();
        if w.contains('\u{1}') {
            // Drop the date phrase, a preposition before it and list glue around it.
            while let Some(last) = words.last() {
                let l = last.trim_end_matches(',').to_ascii_lowercase();
                if PREPOSITIONS.contains(&l.as_str())
                    || l == "and"
                    || l == "or"
                    || last.ends_with('\u{1}')
                {
                    words.pop();
                } else {
                    break;
                }
            }
            let tail: String = w.split('\u{1}').next_back().unwrap_or("").to_string();
            if let Some(last) = words.last_mut()
                && !tail.is_empty()
                && tail.chars().all(|c| c.is_ascii_punctuation())
                && !last.ends_with(',')
            {
                last.push_str(tail.trim_start_matches(['\'', '’']).trim_start_matches('s'));
            }
            words.push("\u{1}".into());
            continue;
        }
        words.push(w);
    }
    let words: Vec<String> = words.into_iter().filter(|w| w != "\u{1}").collect();
    // Drop a short leading adverbial clause ("In previous remarks,", "After the talks,").
    let mut start = 0;
    let opens_clause = words
        .first()
        .is_some_and(|w| CLAUSE_OPENERS.contains(&w.to_ascii_lowercase().trim_end_matches(',')));
    if let Some(i) = words.iter().position(|w| w.ends_with(','))
        && opens_clause
        && i < 6
        && words.len() - i > 4
    {
        start = i + 1;
    }
    while start < words.len()
        && matches!(
            words[start].to_ascii_lowercase().as_str(),
            "but" | "and" | "so" | "then" | "however," | "meanwhile,"
        )
    {
        start += 1;
    }
    let mut out: Vec<&str> = Vec::new();
    for w in &words[start..] {
        out.push(w);
        let clause_end = w.ends_with([',', ';', ':']) || w.ends_with('—');
        if out.len() >= MAX_TITLE_WORDS || (clause_end && out.len() >= 5) {
            break;
        }
    }
    let mut title = out.join(" ");
    let cut = out.len() < words.len() - start;
    title = title
        .trim_end_matches([',', ';', ':', '.', '—', '-', ' '])
        .to_string();
    if cut {
        title.push('…');
    }
    let mut chars = title.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::from("(untitled)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_drops_date_phrases_and_their_prepositions() {
        let t = headline(
            "The Kremlin said the treaty would replace documents signed in \u{1}, \u{1} and \u{1}.",
        );
        assert_eq!(
            t,
            "The Kremlin said the treaty would replace documents signed"
        );
        let t = headline(
            "In \u{1}, the U.N. Security Council imposed sanctions on Pyongyang after tests.",
        );
        assert_eq!(
            t,
            "The U.N. Security Council imposed sanctions on Pyongyang after tests."
                .trim_end_matches('.')
        );
    }

    #[test]
    fn headline_is_short() {
        let t = headline(
            "Officials said on \u{1} that a very long sentence goes on and on with many more words than a title should ever carry",
        );
        assert!(t.split_whitespace().count() <= MAX_TITLE_WORDS);
        assert!(t.ends_with('…'));
    }

    #[test]
    fn cosine_of_disjoint_bags_is_zero() {
        let a: Bag = [("treaty".to_string(), 1.0)].into();
        let b: Bag = [("earthquake".to_string(), 1.0)].into();
        assert_eq!(cosine(&a, &b), 0.0);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
    }
}
