//! Publication dates: the anchor of every relative date. Each article gets a date and the
//! source it came from, in this order of trust:
//!
//! 0. `edited` — set by the analyst;
//! 1. `header` — a `Date: YYYY-MM-DD` first line; `front-matter` — `date:` in Markdown
//!    front matter; `html-meta` — `article:published_time`, JSON-LD `datePublished`,
//!    `<time datetime>`… of a saved web page; `sidecar` — the folder's `articles.tsv`;
//! 2. `dateline` — a line near the top that is a full date, optionally with a time
//!    ("19 June 2024 17:07"), or a wire dateline "PYONGYANG, June 19 (Reuters) -" (its
//!    year from the corpus consensus, else from the latest year the article mentions);
//! 3. `text-today` — a fully specified date the text says is today ("today, June 19, 2024");
//! 4. `consensus` — the median publication date of the dated articles that tell the same
//!    story (content-word similarity), or of all dated articles when none is similar;
//! 5. `latest-mention` — with no dated article at all, the latest fully specified day the
//!    article (else the corpus) mentions;
//! 6. `file-modified` — the file's modification day, flagged as a last resort;
//! 7. `unknown` — relative dates of that article stay unresolved.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::corpus::Article;
use crate::tagger::{self, Anchor, TagOptions, Timex};
use crate::text::{self, Bag, cosine};
use crate::timeval::{self, Granularity};

/// Where a publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// Set by the analyst in the app (kept with the project).
    Edited,
    Header,
    FrontMatter,
    HtmlMeta,
    Sidecar,
    Dateline,
    TextToday,
    Consensus,
    LatestMention,
    FileModified,
    Unknown,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Edited => "edited",
            DateSource::Header => "header",
            DateSource::FrontMatter => "front-matter",
            DateSource::HtmlMeta => "html-meta",
            DateSource::Sidecar => "sidecar",
            DateSource::Dateline => "dateline",
            DateSource::TextToday => "text-today",
            DateSource::Consensus => "consensus",
            DateSource::LatestMention => "latest-mention",
            DateSource::FileModified => "file-modified",
            DateSource::Unknown => "unknown",
        }
    }

    /// True when the date was read from the article itself rather than inferred.
    pub fn is_explicit(self) -> bool {
        matches!(
            self,
            DateSource::Edited
                | DateSource::Header
                | DateSource::FrontMatter
                | DateSource::HtmlMeta
                | DateSource::Sidecar
                | DateSource::Dateline
                | DateSource::TextToday
        )
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
/// Similarity from which two articles are taken to tell the same story.
const SAME_STORY: f64 = 0.2;

/// What an article says about its own date, before looking at other articles.
#[derive(Debug, Clone, PartialEq)]
enum Own {
    Known(Published),
    /// A wire dateline without its year ("PYONGYANG, June 19 (Reuters) -").
    MonthDay {
        month: u32,
        day: u32,
        line: String,
    },
    None,
}

fn own(article: &Article) -> Own {
    if let Some(d) = article.header_date {
        let (source, evidence) = match article.declared_by.as_deref() {
            Some("html-meta") => (
                DateSource::HtmlMeta,
                format!("HTML metadata of the page ({d})"),
            ),
            Some("front-matter") => (
                DateSource::FrontMatter,
                format!("“date: {d}” in the front matter"),
            ),
            Some("sidecar") => (
                DateSource::Sidecar,
                format!("{d} in the folder's articles table"),
            ),
            _ => (DateSource::Header, format!("“Date: {d}” header line")),
        };
        return Own::Known(Published {
            date: Some(d),
            source,
            evidence,
        });
    }
    let found = dateline(&article.text);
    if let Own::None = found
        && let Some(p) = text_today(&article.text)
    {
        return Own::Known(p);
    }
    found
}

/// A line near the top made of a date and at most a time, or a wire dateline.
fn dateline(text: &str) -> Own {
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(DATELINE_LINES)
    {
        let tagged = tagger::tag(line, None, &TagOptions::default());
        for t in &tagged.timexes {
            let rest: String = line[..t.start]
                .chars()
                .chain(line[t.end..].chars())
                .collect();
            if let Some(span) = timeval::parse_value(&t.value)
                && span.granularity == Granularity::Day
                && is_dateline_residue(&rest)
            {
                return Own::Known(Published {
                    date: Some(span.start),
                    source: DateSource::Dateline,
                    evidence: format!("dateline “{}”", line.trim()),
                });
            }
            if let Some((month, day)) = month_day(&t.value)
                && is_wire_dateline(&line[..t.start], &line[t.end..])
            {
                return Own::MonthDay {
                    month,
                    day,
                    line: line.trim().to_string(),
                };
            }
        }
    }
    Own::None
}

/// `XXXX-06-19` → (6, 19).
fn month_day(value: &str) -> Option<(u32, u32)> {
    let rest = value.strip_prefix("XXXX-")?;
    let (m, d) = rest.get(..5)?.split_once('-')?;
    Some((m.parse().ok()?, d.parse().ok()?))
}

/// "PYONGYANG, " before and " (Reuters) -" or " -" after a month-day.
fn is_wire_dateline(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    let place = b.strip_suffix(',').unwrap_or(b).trim();
    let place_ok = !place.is_empty()
        && place.len() <= 40
        && place
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == ',' || c == '-' || c == '\'');
    let a = after.trim_start();
    let a = match a.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or("", |(_, x)| x).trim_start(),
        None => a,
    };
    place_ok && (a.starts_with('-') || a.starts_with('–') || a.starts_with('—'))
}

/// What may stand beside the date on a dateline: a time, "Updated", "GMT"…
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
                        | "last"
                        | "first"
                )
        })
}

/// A fully specified day in the same sentence as "today"/"tonight"/"this morning".
fn text_today(text: &str) -> Option<Published> {
    let tagged = tagger::tag(text, None, &TagOptions::default());
    let sentences = text::sentences(text);
    let mut best: Option<(NaiveDate, String)> = None;
    for t in tagged
        .timexes
        .iter()
        .filter(|t| t.anchor == Anchor::Absolute)
    {
        let Some(span) =
            timeval::parse_value(&t.value).filter(|s| s.granularity == Granularity::Day)
        else {
            continue;
        };
        let Some(i) = text::sentence_at(&sentences, t.start) else {
            continue;
        };
        let (s0, s1) = sentences[i];
        let sentence = &text[s0..s1];
        let lower = sentence.to_lowercase();
        let says_today = [
            "today",
            "tonight",
            "this morning",
            "this afternoon",
            "this evening",
        ]
        .iter()
        .any(|w| {
            lower
                .split(|c: char| !c.is_alphanumeric())
                .collect::<Vec<_>>()
                .join(" ")
                .contains(w)
        });
        if says_today && best.as_ref().is_none_or(|(d, _)| span.start > *d) {
            best = Some((span.start, sentence.trim().to_string()));
        }
    }
    best.map(|(d, s)| Published {
        date: Some(d),
        source: DateSource::TextToday,
        evidence: format!("the text calls {d} today: “{s}”"),
    })
}

/// Publication dates for a whole corpus: own dates first, then the consensus of the
/// articles telling the same story, then the fallbacks.
pub fn infer_all(articles: &[Article]) -> Vec<Published> {
    infer_all_with(articles, &BTreeMap::new())
}

/// Like [`infer_all`], with the analyst's corrections (article id → date) taking
/// precedence; corrected articles also count as dated for the consensus of the others.
pub fn infer_all_with(
    articles: &[Article],
    edited: &BTreeMap<String, NaiveDate>,
) -> Vec<Published> {
    let own: Vec<Own> = articles
        .iter()
        .map(|a| match edited.get(&a.id) {
            Some(&d) => Own::Known(Published {
                date: Some(d),
                source: DateSource::Edited,
                evidence: "set by the analyst".into(),
            }),
            None => own(a),
        })
        .collect();
    // Word bags are only needed to find the story of an undated article.
    let needs_bags = own.iter().any(|o| !matches!(o, Own::Known(_)));
    let bags: Vec<Bag> = if needs_bags {
        articles.iter().map(bag).collect()
    } else {
        vec![Bag::default(); articles.len()]
    };
    let dated: Vec<(usize, NaiveDate)> = own
        .iter()
        .enumerate()
        .filter_map(|(i, o)| match o {
            Own::Known(p) => p.date.map(|d| (i, d)),
            _ => None,
        })
        .collect();
    let mut out = Vec::with_capacity(articles.len());
    for (i, o) in own.iter().enumerate() {
        let p = match o {
            Own::Known(p) => p.clone(),
            Own::MonthDay { month, day, line } => {
                let year = consensus(i, &bags, &dated)
                    .map(|(d, _)| d.year())
                    .or_else(|| latest_day(&articles[i]).map(|d| d.year()));
                match year.and_then(|y| NaiveDate::from_ymd_opt(y, *month, *day)) {
                    Some(d) => Published {
                        date: Some(d),
                        source: DateSource::Dateline,
                        evidence: format!("dateline “{line}” (year from the other articles)"),
                    },
                    None => fallback(i, articles, &bags, &dated),
                }
            }
            Own::None => fallback(i, articles, &bags, &dated),
        };
        out.push(p);
    }
    out
}

fn fallback(
    i: usize,
    articles: &[Article],
    bags: &[Bag],
    dated: &[(usize, NaiveDate)],
) -> Published {
    if let Some((d, evidence)) = consensus(i, bags, dated) {
        return Published {
            date: Some(d),
            source: DateSource::Consensus,
            evidence,
        };
    }
    let latest = latest_day(&articles[i]).or_else(|| articles.iter().filter_map(latest_day).max());
    if let Some(d) = latest {
        return Published {
            date: Some(d),
            source: DateSource::LatestMention,
            evidence: "no dated article: the latest full date mentioned".into(),
        };
    }
    if let Some(d) = articles[i].modified {
        return Published {
            date: Some(d),
            source: DateSource::FileModified,
            evidence: "last resort: the file's modification day".into(),
        };
    }
    Published {
        date: None,
        source: DateSource::Unknown,
        evidence: "no date found".into(),
    }
}

/// Median date of the dated articles most like article `i` (or of all, when none is alike).
fn consensus(i: usize, bags: &[Bag], dated: &[(usize, NaiveDate)]) -> Option<(NaiveDate, String)> {
    let others: Vec<&(usize, NaiveDate)> = dated.iter().filter(|(j, _)| *j != i).collect();
    if others.is_empty() {
        return None;
    }
    let similar: Vec<NaiveDate> = others
        .iter()
        .filter(|(j, _)| cosine(&bags[i], &bags[*j]) >= SAME_STORY)
        .map(|(_, d)| *d)
        .collect();
    let (mut dates, how) = if similar.is_empty() {
        (
            others.iter().map(|(_, d)| *d).collect::<Vec<_>>(),
            "dated article",
        )
    } else {
        (similar, "dated article on the same story")
    };
    dates.sort();
    let median = dates[(dates.len() - 1) / 2];
    let n = dates.len();
    Some((
        median,
        format!(
            "median publication date of {n} {how}{}",
            if n == 1 { "" } else { "s" }
        ),
    ))
}

fn latest_day(a: &Article) -> Option<NaiveDate> {
    tagger::tag(&a.text, None, &TagOptions::default())
        .timexes
        .iter()
        .filter(|t: &&Timex| t.anchor == Anchor::Absolute)
        .filter_map(|t| timeval::parse_value(&t.value))
        .filter(|s| s.granularity == Granularity::Day)
        .map(|s| s.start)
        .max()
}

fn bag(a: &Article) -> Bag {
    let mut b = Bag::default();
    for w in text::content_words(&a.text) {
        *b.entry(w).or_default() += 1.0;
    }
    for w in text::content_words(&a.title) {
        *b.entry(w).or_default() += 2.0;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_article;

    fn art(id: &str, raw: &str) -> Article {
        parse_article(id.into(), format!("{id}.txt"), raw)
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn residue_allows_times_only() {
        assert!(is_dateline_residue(" 17:07\n"));
        assert!(is_dateline_residue("Updated: 10.30 GMT"));
        assert!(!is_dateline_residue("The treaty was signed in Pyongyang"));
    }

    #[test]
    fn header_then_dateline_then_consensus() {
        let a = art(
            "a",
            "Date: 2024-06-18\n\nTalks in Pyongyang\nPutin and Kim held talks in Pyongyang.",
        );
        let b = art(
            "b",
            "Putin and Kim sign pact\n19 June 2024 17:07\nPutin and Kim signed a pact in Pyongyang.",
        );
        let c = art(
            "c",
            "Pact signed\nPutin and Kim signed a pact in Pyongyang on Wednesday.",
        );
        let p = infer_all(&[a, b, c]);
        assert_eq!(
            (p[0].date, p[0].source),
            (d(2024, 6, 18), DateSource::Header)
        );
        assert_eq!(
            (p[1].date, p[1].source),
            (d(2024, 6, 19), DateSource::Dateline)
        );
        assert_eq!(p[2].source, DateSource::Consensus);
        assert_eq!(
            p[2].date,
            d(2024, 6, 19),
            "the dated article that tells the same story"
        );
    }

    #[test]
    fn wire_dateline_takes_its_year_from_the_corpus() {
        let a = art(
            "a",
            "Date: 2024-06-18\n\nPutin arrives\nPutin arrived in Pyongyang for talks with Kim.",
        );
        let b = art(
            "b",
            "Pact signed\nPYONGYANG, June 19 (Reuters) - Putin and Kim signed a pact in Pyongyang.",
        );
        let p = infer_all(&[a, b]);
        assert_eq!(
            (p[1].date, p[1].source),
            (d(2024, 6, 19), DateSource::Dateline)
        );
    }

    #[test]
    fn consensus_prefers_the_same_story() {
        let a = art(
            "a",
            "Date: 2020-01-10\n\nFloods\nFloods hit the valley; the river burst its banks.",
        );
        let b = art(
            "b",
            "Date: 2024-06-19\n\nPact\nPutin and Kim signed a defence pact in Pyongyang.",
        );
        let c = art(
            "c",
            "Date: 2024-06-20\n\nPact reaction\nThe pact Putin and Kim signed in Pyongyang worries Seoul.",
        );
        let e = art(
            "e",
            "More on the pact\nKim and Putin signed the defence pact in Pyongyang.",
        );
        let p = infer_all(&[a, b, c, e]);
        assert_eq!(p[3].source, DateSource::Consensus);
        assert_eq!(p[3].date, d(2024, 6, 19));
        assert!(p[3].evidence.contains("same story"), "{}", p[3].evidence);
    }

    #[test]
    fn last_resorts_are_flagged() {
        let mut a = art("a", "Nothing dated here\nJust words.");
        a.modified = d(2023, 3, 3);
        let p = infer_all(&[a.clone()]);
        assert_eq!(
            (p[0].date, p[0].source),
            (d(2023, 3, 3), DateSource::FileModified)
        );
        a.modified = None;
        let p = infer_all(&[a]);
        assert_eq!((p[0].date, p[0].source), (None, DateSource::Unknown));
    }

    #[test]
    fn declared_dates_say_where_they_were_declared() {
        let html = r#"<html><head><title>Pact</title>
            <meta property="article:published_time" content="2024-06-19T10:00:00Z"></head>
            <body><article><h1>Pact</h1><p>Putin and Kim signed a pact on Wednesday.</p></article></body></html>"#;
        let page = parse_article("p".into(), "p.html".into(), html);
        let md = parse_article(
            "m".into(),
            "m.md".into(),
            "---\ndate: 2024-06-18\ntitle: Talks\n---\nTalks began.",
        );
        let p = infer_all(&[page, md]);
        assert_eq!(
            (p[0].date, p[0].source),
            (d(2024, 6, 19), DateSource::HtmlMeta)
        );
        assert_eq!(
            (p[1].date, p[1].source),
            (d(2024, 6, 18), DateSource::FrontMatter)
        );
    }

    #[test]
    fn edits_win_and_feed_the_consensus() {
        let a = art(
            "a",
            "Pact\nPutin and Kim signed a pact in Pyongyang on Wednesday.",
        );
        let b = art(
            "b",
            "Pact talks\nPutin and Kim held talks on the pact in Pyongyang.",
        );
        let edited: BTreeMap<String, NaiveDate> = [(
            "a".to_string(),
            NaiveDate::from_ymd_opt(2024, 6, 19).unwrap(),
        )]
        .into();
        let p = infer_all_with(&[a, b], &edited);
        assert_eq!(
            (p[0].date, p[0].source),
            (d(2024, 6, 19), DateSource::Edited)
        );
        assert_eq!(
            (p[1].date, p[1].source),
            (d(2024, 6, 19), DateSource::Consensus)
        );
    }

    #[test]
    fn a_date_called_today() {
        let a = art(
            "a",
            "Markets\nStocks fell on 3 May 2021. Today, 5 May 2021, they rose again.",
        );
        let p = infer_all(&[a]);
        assert_eq!(
            (p[0].date, p[0].source),
            (d(2021, 5, 5), DateSource::TextToday)
        );
    }
}
