//! The pipeline (corpus → publication dates → tagging → mentions → events) and the JSON
//! contract of `chronicle extract`, documented in the README.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::{Corpus, LoadError};
use crate::events::{self, Event};
use crate::pubdate::{self, Published};
use crate::tagger::{self, TagOptions, Timex};
use crate::text::CharCounter;

/// Everything extracted from one corpus.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub corpus: Corpus,
    /// Parallel to `corpus.articles`.
    pub published: Vec<Published>,
    /// Parallel to `corpus.articles`: every temporal expression found.
    pub timexes: Vec<Vec<Timex>>,
    /// Chronological.
    pub events: Vec<Event>,
}

impl Extraction {
    /// True when every mention dates the event relative to a publication date that was
    /// inferred, not declared: such dates are drawn differently.
    pub fn date_inferred(&self, e: &Event) -> bool {
        e.mentions.iter().all(|m| {
            self.published
                .get(m.article)
                .is_some_and(|p| !p.source.is_explicit())
                && m.anchor == tagger::Anchor::Dct
        })
    }
}

/// The analyst's corrections that the pipeline takes into account. (Event edits live in
/// `curation`, applied after the pipeline; these change what is extracted. Build them from
/// edits with `curation::corrections`.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Corrections {
    /// Publication dates set by hand, by article id: they re-resolve every relative date
    /// of that article.
    pub published: BTreeMap<String, NaiveDate>,
}

/// Runs the whole pipeline. Never fails: problems are in `corpus.errors`.
pub fn run(corpus: Corpus) -> Extraction {
    run_with(corpus, &Corrections::default())
}

/// Runs the whole pipeline with the analyst's corrections.
pub fn run_with(corpus: Corpus, corrections: &Corrections) -> Extraction {
    let published = pubdate::infer_all_with(&corpus.articles, &corrections.published);
    let opts = TagOptions::default();
    // Articles are independent until merging: tag them in parallel.
    let timexes: Vec<Vec<Timex>> = corpus
        .articles
        .par_iter()
        .zip(&published)
        .map(|(a, p)| tagger::tag(&a.text, p.date, &opts).timexes)
        .collect();
    let mentions = corpus
        .articles
        .par_iter()
        .zip(&timexes)
        .zip(&published)
        .enumerate()
        .flat_map_iter(|(i, ((a, t), p))| events::mentions(i, a, Some(p), t))
        .collect();
    let events = events::build(&corpus.articles, &published, mentions);
    Extraction {
        corpus,
        published,
        timexes,
        events,
    }
}

// ---- JSON contract -------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct ExtractJson {
    pub articles: Vec<ArticleJson>,
    pub events: Vec<EventJson>,
    pub errors: Vec<LoadError>,
}

#[derive(Debug, Serialize)]
pub struct ArticleJson {
    pub id: String,
    pub path: String,
    pub title: String,
    pub published: PublishedJson,
}

#[derive(Debug, Serialize)]
pub struct PublishedJson {
    /// "YYYY-MM-DD", or null when unknown.
    pub value: Option<String>,
    /// header | dateline | consensus | latest-mention | unknown
    pub source: &'static str,
    pub evidence: String,
}

#[derive(Debug, Serialize)]
pub struct EventJson {
    pub id: String,
    pub title: String,
    pub importance: f64,
    pub sources: usize,
    pub date: DateJson,
    pub mentions: Vec<MentionJson>,
    /// True when another event reports the same happening on another date.
    pub disputed: bool,
    pub disputes: Vec<DisputeJson>,
    /// The analyst's state (see `curation`). Absent unless set, so the output of an
    /// extraction without edits is unchanged.
    #[serde(skip_serializing_if = "is_false")]
    pub edited: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub hidden: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub pinned: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Added by hand.
    #[serde(skip_serializing_if = "is_false")]
    pub manual: bool,
    /// The date was marked approximate.
    #[serde(skip_serializing_if = "is_false")]
    pub approximate: bool,
    /// Where a hand-added event comes from (free text or an article id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Serialize)]
pub struct DisputeJson {
    /// Id of the event with the other date.
    pub event: String,
    /// The other date's TIMEX3 value.
    pub value: String,
    /// The sentence of this event that disagrees, and its article…
    pub article: String,
    pub excerpt: String,
    /// …with this sentence of the other event.
    pub other_article: String,
    pub other_excerpt: String,
}

#[derive(Debug, Serialize)]
pub struct DateJson {
    pub value: String,
    pub granularity: &'static str,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Serialize)]
pub struct MentionJson {
    pub article: String,
    pub text: String,
    /// Unicode code points into the article text, end-exclusive.
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    pub value: String,
}

impl Extraction {
    pub fn to_json(&self) -> ExtractJson {
        let articles = self
            .corpus
            .articles
            .iter()
            .zip(&self.published)
            .map(|(a, p)| ArticleJson {
                id: a.id.clone(),
                path: a.path.clone(),
                title: a.title.clone(),
                published: PublishedJson {
                    value: p.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    source: p.source.as_str(),
                    evidence: p.evidence.clone(),
                },
            })
            .collect();
        let events = self
            .events
            .iter()
            .map(|e| EventJson {
                id: e.id.clone(),
                title: e.title.clone(),
                importance: e.importance,
                sources: e.sources,
                date: DateJson {
                    value: e.value(),
                    granularity: e.span.granularity.as_str(),
                    start: e.span.start.format("%Y-%m-%d").to_string(),
                    end: e.span.end.format("%Y-%m-%d").to_string(),
                },
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| {
                        let a = &self.corpus.articles[m.article];
                        let mut cc = CharCounter::new(&a.text);
                        MentionJson {
                            article: a.id.clone(),
                            text: a.text[m.start..m.end].to_string(),
                            start: cc.chars_at(m.start),
                            end: cc.chars_at(m.end),
                            sentence: a.text[m.sentence.0..m.sentence.1].to_string(),
                            value: m.value.clone(),
                        }
                    })
                    .collect(),
                disputed: !e.disputes.is_empty(),
                disputes: e
                    .disputes
                    .iter()
                    .map(|d| {
                        let other = &self.events[d.other];
                        let (m, n) = (&e.mentions[d.mention], &other.mentions[d.other_mention]);
                        let (a, b) = (
                            &self.corpus.articles[m.article],
                            &self.corpus.articles[n.article],
                        );
                        DisputeJson {
                            event: other.id.clone(),
                            value: other.value(),
                            article: a.id.clone(),
                            excerpt: a.text[m.sentence.0..m.sentence.1].to_string(),
                            other_article: b.id.clone(),
                            other_excerpt: b.text[n.sentence.0..n.sentence.1].to_string(),
                        }
                    })
                    .collect(),
                edited: e.edited,
                hidden: e.hidden,
                pinned: e.pinned,
                note: e.note.clone(),
                manual: e.manual,
                approximate: e.approximate,
                citation: e.citation.clone(),
            })
            .collect();
        ExtractJson {
            articles,
            events,
            errors: self.corpus.errors.clone(),
        }
    }
}

/// `chronicle tag` output.
#[derive(Debug, Serialize)]
pub struct TagJson {
    pub timexes: Vec<TimexJson>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TimexJson {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: String,
}

/// Tags raw text and converts offsets to code points.
pub fn tag_json(text: &str, dct: Option<chrono::NaiveDate>) -> TagJson {
    let tagged = tagger::tag(text, dct, &TagOptions::default());
    let mut cc = CharCounter::new(text);
    let timexes = tagged
        .timexes
        .iter()
        .map(|t| TimexJson {
            start: cc.chars_at(t.start),
            end: cc.chars_at(t.end),
            text: text[t.start..t.end].to_string(),
            kind: t.kind.as_str(),
            value: t.value.clone(),
        })
        .collect();
    TagJson {
        timexes,
        warnings: tagged.warnings,
    }
}
