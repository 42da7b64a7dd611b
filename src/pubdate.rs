//! Publication dates: the anchor of every relative date. Each article gets a date and the
//! source it came from, in this order of trust:
//!
//! 1. `header` — a `Date: YYYY-MM-DD` first line;
//! 2. `dateline` — a line near the top that is a full date, optionally with a time
//!    ("19 June 2024 17:07");
//! 3. `consensus` — the median publication date of the articles whose date is known
//!    (a folder holds reports of one story, published within days of each other);
//! 4. `latest-mention` — with no dated article at all, the latest fully specified day the
//!    corpus mentions;
//! 5. `unknown` — relative dates of that article stay unresolved.

use chrono::NaiveDate;
use serde::Serialize;

use crate::corpus::Article;
use crate::tagger::{self, TagOptions};
use crate::timeval::{self, Granularity};

/// Where a publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    Header,
    Dateline,
    Consensus,
    LatestMention,
    Unknown,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Header => "header",
            DateSource::Dateline => "dateline",
            DateSource::Consensus => "consensus",
            DateSource::LatestMention => "latest-mention",
            DateSource::Unknown => "unknown",
        }
    }

    /// True when the date was read from the article itself rather than inferred.
    pub fn is_explicit(self) -> bool {
        matches!(self, DateSource::Header | DateSource::Dateline)
    }
}

/// An article's publication date with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub date: Option<NaiveDate>,
    pub source: DateSource,
    /// What a person can check: the dateline text, or how the consensus was formed.
    pub evidence: String,
}

/// How many lines from the top a dateline may stand on.
const DATELINE_LINES: usize = 4;

/// The date an article states about itself (header or dateline), if any.
pub fn own_date(article: &Article) -> Option<Published> {
    if let Some(d) = article.header_date {
        return Some(Published {
            date: Some(d),
            source: DateSource::Header,
            evidence: format!("Date: {d} header line"),
        });
    }
    dateline(&article.text)
}

/// A line near the top that consists of a full date and at most a time and punctuation.
fn dateline(text: &str) -> Option<Published> {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        seen += 1;
        if seen > DATELINE_LINES {
            break;
        }
        let tagged = tagger::tag(line, None, &TagOptions::default());
        for t in &tagged.timexes {
            let Some(span) = timeval::parse_value(&t.value) else {
                continue;
            };
            if span.granularity != Granularity::Day {
                continue;
            }
            let rest: String = line[..t.start]
                .chars()
                .chain(line[t.end..].chars())
                .collect();
            if is_dateline_residue(&rest) {
                let _ = start;
                return Some(Published {
                    date: Some(span.start),
                    source: DateSource::Dateline,
                    evidence: format!("dateline “{}”", line.trim()),
                });
            }
        }
    }
    None
}

/// What may stand beside the date on a dateline: a time, a weekday, "Updated", "GMT"…
fn is_dateline_residue(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 4
        && words.iter().all(|w| {
            let lw = w.trim_end_matches(':').to_ascii_lowercase();
            w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
                || matches!(
                    lw.as_str(),
                    "am" | "pm"
                        | "gmt"
                        | "utc"
                        | "bst"
                        | "cet"
                        | "est"
                        | "et"
                        | "updated"
                        | "published"
                        | "posted"
                        | "on"
                        | "at"
                )
        })
}

/// Publication dates for a whole corpus: own dates first, then the consensus for the rest.
pub fn infer_all(articles: &[Article]) -> Vec<Published> {
    let own: Vec<Option<Published>> = articles.iter().map(own_date).collect();
    let mut known: Vec<NaiveDate> = own.iter().flatten().filter_map(|p| p.date).collect();
    known.sort();
    let fallback = if !known.is_empty() {
        let median = known[(known.len() - 1) / 2];
        Published {
            date: Some(median),
            source: DateSource::Consensus,
            evidence: format!(
                "median publication date of {} dated article{} in this corpus",
                known.len(),
                if known.len() == 1 { "" } else { "s" }
            ),
        }
    } else if let Some(latest) = latest_mentioned_day(articles) {
        Published {
            date: Some(latest),
            source: DateSource::LatestMention,
            evidence: "no article is dated: latest full date mentioned in the corpus".into(),
        }
    } else {
        Published {
            date: None,
            source: DateSource::Unknown,
            evidence: "no date found".into(),
        }
    };
    own.into_iter()
        .map(|p| p.unwrap_or_else(|| fallback.clone()))
        .collect()
}

fn latest_mentioned_day(articles: &[Article]) -> Option<NaiveDate> {
    articles
        .iter()
        .flat_map(|a| tagger::tag(&a.text, None, &TagOptions::default()).timexes)
        .filter(|t| t.anchor == tagger::Anchor::Absolute)
        .filter_map(|t| timeval::parse_value(&t.value))
        .filter(|s| s.granularity == Granularity::Day)
        .map(|s| s.start)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residue_allows_times_only() {
        assert!(is_dateline_residue(" 17:07\n"));
        assert!(is_dateline_residue("Updated: 10.30 GMT"));
        assert!(!is_dateline_residue("The treaty was signed in Pyongyang"));
    }
}
