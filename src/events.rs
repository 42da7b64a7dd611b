//! From dated mentions to events.
//!
//! A *mention* is one temporal expression in one article that names a calendar stretch
//! ("19 June 2024", "last September", "on Wednesday" once resolved). An *event* is one
//! happening on one date, with every mention that reports it.
//!
//! **Which mentions.** DATE and TIME expressions with a calendar value. Not events:
//! durations and sets, `PRESENT_REF`-like values, a "sentence" that is only a date (a
//! dateline or caption stamp), and a generic "today"/"now" inside a quotation ("Today, we
//! are fighting…"), unless a past-tense verb pins it ("signed today"). "The first visit
//! in 24 years" does become a mention of the year of the previous visit (publication year
//! − 24), the only duration that states a past date.
//!
//! **Merging.** Mentions join when their dates are the same TIMEX3 value and their
//! contexts are similar. The context of a mention is the bag of stemmed content words of
//! its sentence plus, at [`TITLE_WEIGHT`], its article's title: reports of one story share
//! the story's names, places and verbs, and within a news article a date mention with few
//! words of its own is usually about the article's headline happening. A mention joins
//! the most similar event of its date when the cosine similarity of the bags reaches
//! [`JOIN_THRESHOLD`]; otherwise it starts a new event, so unrelated happenings on the
//! same day stay apart. Then a coarser event ("June 2024", "last year") merges into a finer
//! one inside its span (19 June 2024) when a mention of each stands in the same sentence or
//! their contexts reach [`REFINE_THRESHOLD`]: the same happening at different granularities
//! ends at the finer one. Bag-of-words similarity is enough here because the candidates
//! are already restricted to the same or a contained date: it only has to tell apart the
//! few happenings of one day, which differ in their actors and verbs.
//!
//! **Disputes.** Sources sometimes put one happening on different days (one says Putin
//! arrived "early on Wednesday", another that he "landed on Tuesday"). Two day events at
//! most [`DISPUTE_DAYS`] apart are linked as disputed when mentions from different
//! articles describe the same kind of happening (a verb of the same class: arrive/land,
//! sign/seal…) with at least one more content word in common, near the date phrase. Both
//! dates are kept; each event lists the excerpts that disagree.

use std::collections::HashMap;

use crate::corpus::Article;
use crate::pubdate::Published;
use crate::tagger::{Anchor, Timex, TimexType};
use crate::text::{self, Bag, cosine};
use crate::timeval::{self, Granularity, Span};

/// Cosine similarity from which a mention joins an event of the same date.
pub const JOIN_THRESHOLD: f64 = 0.12;
/// Cosine similarity from which a coarser event merges into a finer one inside its span.
pub const REFINE_THRESHOLD: f64 = 0.3;
/// Weight of the article title's words in a mention's context.
pub const TITLE_WEIGHT: f64 = 0.3;
/// Largest gap between two dates reported for one happening.
pub const DISPUTE_DAYS: i64 = 3;
/// How far into an article (bytes) a dateline may stand.
const DATELINE_REACH: usize = 400;
/// Content words on each side of a date phrase that describe its happening.
const WINDOW_WORDS: usize = 8;

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

/// A link between two events that look like one happening on different dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dispute {
    /// Index of the other event in the event list.
    pub other: usize,
    /// The mention of this event that disagrees…
    pub mention: usize,
    /// …with this mention of the other event.
    pub other_mention: usize,
}

/// One happening on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Stable for the same input: the date value and a counter ("2024-06-19#1").
    pub id: String,
    pub title: String,
    pub span: Span,
    pub mentions: Vec<Mention>,
    /// Number of distinct articles that report it.
    pub sources: usize,
    /// Higher for more central events (see [`importance`]).
    pub importance: f64,
    /// Other events that report the same happening on another date.
    pub disputes: Vec<Dispute>,
    /// Touched by an edit of the analyst (see `curation`). False as extracted.
    pub edited: bool,
    /// Hidden by the analyst: kept (the app greys it, it can be unhidden) but left out of
    /// exports. See [`Event::visible`].
    pub hidden: bool,
    /// Pinned by the analyst.
    pub pinned: bool,
    /// The analyst's note.
    pub note: Option<String>,
    /// Added by hand rather than extracted (it may have no mentions).
    pub manual: bool,
    /// The analyst marked the date as approximate.
    pub approximate: bool,
    /// Where a hand-added event comes from: free text or an article id.
    pub citation: Option<String>,
}

impl Event {
    /// A new event with no analyst state (not edited, hidden, pinned, manual; no note).
    pub fn new(id: String, title: String, span: Span, mentions: Vec<Mention>) -> Event {
        let sources = distinct_articles(&mentions).len();
        Event {
            id,
            title,
            span,
            mentions,
            sources,
            importance: 0.0,
            disputes: Vec::new(),
            edited: false,
            hidden: false,
            pinned: false,
            note: None,
            manual: false,
            approximate: false,
            citation: None,
        }
    }

    /// The TIMEX3 value of its date.
    pub fn value(&self) -> String {
        self.span.value()
    }

    /// False when the analyst hid it: exports leave it out, the app greys it.
    pub fn visible(&self) -> bool {
        !self.hidden
    }

    /// Indices of the distinct articles reporting it, ascending.
    pub fn source_articles(&self) -> Vec<usize> {
        distinct_articles(&self.mentions)
    }
}

fn distinct_articles(mentions: &[Mention]) -> Vec<usize> {
    let mut s: Vec<usize> = mentions.iter().map(|m| m.article).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The order of the event list: by start, then end, more important first, then id.
pub fn chronological(a: &Event, b: &Event) -> std::cmp::Ordering {
    (a.span.start, a.span.end)
        .cmp(&(b.span.start, b.span.end))
        .then(b.importance.total_cmp(&a.importance))
        .then(a.id.cmp(&b.id))
}

/// The mentions of one article that can stand on a timeline.
pub fn mentions(
    article_index: usize,
    article: &Article,
    published: Option<&Published>,
    timexes: &[Timex],
) -> Vec<Mention> {
    let text = &article.text;
    let sentences = text::sentences(text);
    let mut out = Vec::new();
    for t in timexes {
        let s = text::sentence_at(&sentences, t.start).map_or((t.start, t.end), |i| sentences[i]);
        let sentence = (s.0.min(t.start), s.1.max(t.end));
        let span = match t.kind {
            TimexType::Date | TimexType::Time => timeval::parse_value(&t.value),
            TimexType::Duration => first_in_years(text, sentence, t, published),
            TimexType::Set => None,
        };
        let Some(span) = span else { continue };
        let mut sentence = sentence;
        if is_bare_stamp(text, sentence, t) {
            // A dateline under the headline dates the headline's happening: keep it, with
            // the headline as its sentence. Any other bare date stamp is no event.
            let pub_day = published.and_then(|p| p.date);
            if t.start <= DATELINE_REACH
                && span.granularity == Granularity::Day
                && pub_day == Some(span.start)
            {
                sentence = (text.len() - text.trim_start().len(), sentence.1);
            } else {
                continue;
            }
        }
        if is_generic_now(text, sentence, t) {
            continue;
        }
        let anchor = if t.kind == TimexType::Duration {
            Anchor::Dct
        } else {
            t.anchor
        };
        out.push(Mention {
            article: article_index,
            start: t.start,
            end: t.end,
            sentence,
            value: span.value(),
            span,
            anchor,
        });
    }
    out
}

/// "first visit to North Korea in 24 years" → the year 24 years before publication.
fn first_in_years(
    text: &str,
    sentence: (usize, usize),
    t: &Timex,
    published: Option<&Published>,
) -> Option<Span> {
    let years: i32 = t.value.strip_prefix('P')?.strip_suffix('Y')?.parse().ok()?;
    let pub_year = chrono::Datelike::year(&published?.date?);
    let before: Vec<String> = text[sentence.0..t.start]
        .split_whitespace()
        .rev()
        .take(8)
        .map(|w| w.to_lowercase())
        .collect();
    let in_or_for = before.first().is_some_and(|w| w == "in" || w == "for");
    let first = before.iter().any(|w| w == "first");
    if !(in_or_for && first && years > 0) {
        return None;
    }
    timeval::parse_value(&format!("{:04}", pub_year.checked_sub(years)?))
}

/// A sentence that is nothing but the date (and a time): a dateline or a photo stamp.
fn is_bare_stamp(text: &str, sentence: (usize, usize), t: &Timex) -> bool {
    let rest = text[sentence.0..t.start]
        .chars()
        .chain(text[t.end..sentence.1].chars());
    !rest.clone().any(char::is_alphabetic) || {
        let words: String = rest.collect();
        text::content_words(&words).next().is_none() && words.split_whitespace().count() <= 3
    }
}

/// "Today"/"now" inside quotation marks, not pinned by a past-tense verb.
fn is_generic_now(text: &str, sentence: (usize, usize), t: &Timex) -> bool {
    let phrase = text[t.start..t.end].to_ascii_lowercase();
    if !matches!(phrase.as_str(), "today" | "now" | "nowadays" | "these days") {
        return false;
    }
    let before = &text[sentence.0..t.start];
    let opens = before.matches(['“', '"']).count();
    let closes = before.matches('”').count();
    let inside_quote =
        before.contains('“') && opens > closes || before.matches('"').count() % 2 == 1;
    if !inside_quote {
        return false;
    }
    let prev = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_ascii_lowercase();
    let pinned = prev.ends_with("ed")
        || matches!(
            prev.as_str(),
            "signed" | "held" | "made" | "met" | "won" | "began"
        );
    !pinned
}

fn bag_of(article: &Article, m: &Mention) -> Bag {
    let mut bag = Bag::default();
    let sentence = &article.text[m.sentence.0..m.sentence.1];
    for w in text::content_stems(sentence) {
        *bag.entry(w).or_default() += 1.0;
    }
    for w in text::content_stems(&article.title) {
        *bag.entry(w).or_default() += TITLE_WEIGHT;
    }
    bag
}

fn add(into: &mut Bag, from: &Bag) {
    for (w, x) in from {
        *into.entry(w.clone()).or_default() += x;
    }
}

struct Cluster {
    span: Span,
    bag: Bag,
    mentions: Vec<Mention>,
}

/// Groups mentions into events, titles and ranks them, links disputes; events come in
/// chronological order.
/// `published` is parallel to `articles`.
pub fn build(articles: &[Article], published: &[Published], mentions: Vec<Mention>) -> Vec<Event> {
    let mut extents: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for m in &mentions {
        extents.entry(m.article).or_default().push((m.start, m.end));
    }
    let mut by_value: HashMap<String, Vec<Mention>> = HashMap::new();
    for m in mentions {
        by_value.entry(m.value.clone()).or_default().push(m);
    }
    let mut values: Vec<String> = by_value.keys().cloned().collect();
    values.sort();
    let mut clusters: Vec<Cluster> = Vec::new();
    for value in values {
        let mut group = by_value.remove(&value).unwrap_or_default();
        group.sort_by_key(|m| (m.article, m.start));
        let first = clusters.len();
        for m in group {
            let bag = bag_of(&articles[m.article], &m);
            let best = clusters[first..]
                .iter()
                .enumerate()
                .map(|(i, c)| (first + i, cosine(&c.bag, &bag)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((i, sim)) if sim >= JOIN_THRESHOLD => {
                    add(&mut clusters[i].bag, &bag);
                    clusters[i].mentions.push(m);
                }
                _ => clusters.push(Cluster {
                    span: m.span,
                    bag,
                    mentions: vec![m],
                }),
            }
        }
    }
    refine(&mut clusters);

    let mut counters: HashMap<String, usize> = HashMap::new();
    let mut events: Vec<Event> = clusters
        .into_iter()
        .filter(|c| !c.mentions.is_empty())
        .map(|c| {
            let value = c.span.value();
            let n = counters.entry(value.clone()).or_default();
            *n += 1;
            make_event(
                articles,
                published,
                &extents,
                format!("{value}#{n}"),
                &c.bag,
                c.span,
                c.mentions,
            )
        })
        .collect();
    events.sort_by(chronological);
    link_disputes(articles, &mut events);
    events
}

/// Merges coarser clusters into finer ones inside their span (finest coarse ones first).
fn refine(clusters: &mut [Cluster]) {
    // Candidates are found by binary search on start day, so this stays near-linear.
    let mut by_start: Vec<usize> = (0..clusters.len()).collect();
    by_start.sort_by_key(|&i| clusters[i].span.start);
    let starts: Vec<chrono::NaiveDate> = by_start.iter().map(|&i| clusters[i].span.start).collect();
    let mut coarse: Vec<usize> = (0..clusters.len())
        .filter(|&i| clusters[i].span.granularity != Granularity::Day)
        .collect();
    coarse.sort_by_key(|&i| clusters[i].span.granularity);
    for i in coarse {
        let me = &clusters[i];
        let sentences: std::collections::HashSet<(usize, usize)> = me
            .mentions
            .iter()
            .map(|m| (m.article, m.sentence.0))
            .collect();
        let lo = starts.partition_point(|d| *d < me.span.start);
        let hi = starts.partition_point(|d| *d <= me.span.end);
        let mut best: Option<(usize, f64)> = None;
        for &j in &by_start[lo..hi] {
            let c = &clusters[j];
            if j == i
                || c.mentions.is_empty()
                || c.span.granularity >= me.span.granularity
                || !me.span.contains(&c.span)
            {
                continue;
            }
            let same_sentence = c
                .mentions
                .iter()
                .any(|n| sentences.contains(&(n.article, n.sentence.0)));
            let sim = cosine(&me.bag, &c.bag) + if same_sentence { 1.0 } else { 0.0 };
            if sim >= REFINE_THRESHOLD && best.is_none_or(|(_, b)| sim > b) {
                best = Some((j, sim));
            }
        }
        if let Some((j, _)) = best {
            let moved = std::mem::take(&mut clusters[i].mentions);
            let bag = std::mem::take(&mut clusters[i].bag);
            add(&mut clusters[j].bag, &bag);
            clusters[j].mentions.extend(moved);
            clusters[j].mentions.sort_by_key(|m| (m.article, m.start));
        }
    }
}

/// Verb classes of happenings that news reports date: two mentions disagree about one
/// happening only when they use verbs of one class.
const HAPPENING_VERBS: &[&[&str]] = &[
    &["arriv", "land", "reach"],
    &["sign", "seal", "conclud", "ink"],
    &["met", "meet", "talk"],
    &["die", "kill", "dead", "death"],
    &["leav", "left", "depart"],
    &["announc", "unveil", "launch"],
    &["attack", "strik", "struck", "bomb", "shell"],
    &["elect", "vote", "won", "win"],
    &["resign", "quit"],
    &["arrest", "detain"],
    &["visit"],
];

fn verb_class(stem: &str) -> Option<usize> {
    HAPPENING_VERBS
        .iter()
        .position(|class| class.iter().any(|v| stem.starts_with(v)))
}

/// Stems of the content words near a mention's date phrase, within its sentence, nearest
/// first on each side.
struct Window {
    before: Vec<String>,
    after: Vec<String>,
}

fn window(article: &Article, m: &Mention) -> Window {
    let before: Vec<String> = text::content_stems(&article.text[m.sentence.0..m.start]).collect();
    Window {
        before: before.into_iter().rev().take(WINDOW_WORDS).collect(),
        after: text::content_stems(&article.text[m.end..m.sentence.1])
            .take(WINDOW_WORDS)
            .collect(),
    }
}

/// The happening a date phrase dates: the nearest happening verb before it (English puts
/// the date after its verb: "arrived … on June 18"), else the nearest after it ("On June
/// 19, the leaders met").
fn happening(w: &Window) -> Option<usize> {
    w.before
        .iter()
        .find_map(|s| verb_class(s))
        .or_else(|| w.after.iter().find_map(|s| verb_class(s)))
}

fn same_happening(a: &Window, b: &Window) -> bool {
    let Some(class) = happening(a) else {
        return false;
    };
    let words = |w: &Window| {
        w.before
            .iter()
            .chain(&w.after)
            .filter(|s| verb_class(s).is_none())
            .cloned()
            .collect::<Vec<_>>()
    };
    let (wa, wb) = (words(a), words(b));
    happening(b) == Some(class) && wa.iter().any(|w| wb.contains(w))
}

fn link_disputes(articles: &[Article], events: &mut [Event]) {
    // Only day-precise mentions with a recognisable happening verb can disagree; their
    // windows are computed once.
    let windows: Vec<Vec<Option<(usize, Window)>>> = events
        .iter()
        .map(|e| {
            e.mentions
                .iter()
                .map(|m| {
                    if m.span.granularity != Granularity::Day
                        || e.span.granularity != Granularity::Day
                    {
                        return None;
                    }
                    let w = window(&articles[m.article], m);
                    happening(&w).map(|class| (class, w))
                })
                .collect()
        })
        .collect();
    let days: Vec<usize> = (0..events.len())
        .filter(|&i| windows[i].iter().any(Option::is_some))
        .collect();
    for (k, &a) in days.iter().enumerate() {
        for &b in &days[k + 1..] {
            let gap = (events[b].span.start - events[a].span.start).num_days();
            if gap > DISPUTE_DAYS {
                break;
            }
            if gap == 0 {
                continue;
            }
            let found = windows[a].iter().enumerate().find_map(|(i, wa)| {
                let (ca, wa) = wa.as_ref()?;
                windows[b].iter().enumerate().find_map(|(j, wb)| {
                    let (cb, wb) = wb.as_ref()?;
                    let differ = events[a].mentions[i].article != events[b].mentions[j].article;
                    (ca == cb && differ && same_happening(wa, wb)).then_some((i, j))
                })
            });
            if let Some((i, j)) = found {
                events[a].disputes.push(Dispute {
                    other: b,
                    mention: i,
                    other_mention: j,
                });
                events[b].disputes.push(Dispute {
                    other: a,
                    mention: j,
                    other_mention: i,
                });
            }
        }
    }
}

fn make_event(
    articles: &[Article],
    published: &[Published],
    extents: &HashMap<usize, Vec<(usize, usize)>>,
    id: String,
    centroid: &Bag,
    span: Span,
    mentions: Vec<Mention>,
) -> Event {
    let mut sources: Vec<usize> = mentions.iter().map(|m| m.article).collect();
    sources.sort_unstable();
    sources.dedup();
    let scores: Vec<f64> = mentions
        .iter()
        .map(|m| representativeness(articles, centroid, &span, m))
        .collect();
    let best = (0..mentions.len())
        .max_by(|&a, &b| {
            scores[a]
                .total_cmp(&scores[b])
                .then(mentions[b].start.cmp(&mentions[a].start))
        })
        .map_or(&mentions[0], |i| &mentions[i]);
    let no_others = Vec::new();
    let others = extents.get(&best.article).unwrap_or(&no_others);
    let title = title_from(&articles[best.article].text, best, others);
    let importance = importance(articles, published, &mentions, &span, sources.len());
    Event {
        importance,
        ..Event::new(id, title, span, mentions)
    }
}

/// How well a mention's sentence can stand for its event: close to the event's vocabulary,
/// an explicit date rather than "today", reported speech last, early in its article.
fn representativeness(articles: &[Article], centroid: &Bag, span: &Span, m: &Mention) -> f64 {
    let a = &articles[m.article];
    let sentence = a.text[m.sentence.0..m.sentence.1].trim_start();
    let quoted = sentence.starts_with(['"', '“', '‘', '\'', '-', '–', '—']);
    let explicit = m.anchor == Anchor::Absolute;
    let earliness = 1.0 - m.start as f64 / a.text.len().max(1) as f64;
    let states_the_date = m.span.granularity == span.granularity;
    cosine(centroid, &bag_of(a, m))
        + if explicit { 0.15 } else { 0.0 }
        + if states_the_date { 0.2 } else { 0.0 }
        - if quoted { 0.3 } else { 0.0 }
        + 0.1 * earliness
}

/// Centrality: corroboration weighs most, then being the news of the day for its sources,
/// mention count, date precision and how early in their articles the mentions come (news
/// puts the main happening first).
pub fn importance(
    articles: &[Article],
    published: &[Published],
    mentions: &[Mention],
    span: &Span,
    sources: usize,
) -> f64 {
    let g = span.granularity;
    let precision = match g {
        Granularity::Day => 1.0,
        Granularity::Week => 0.8,
        Granularity::Month => 0.7,
        Granularity::Quarter | Granularity::Season => 0.6,
        Granularity::Year => 0.5,
        Granularity::Decade | Granularity::Century => 0.2,
        Granularity::Range => match (span.end - span.start).num_days() {
            ..=0 => 1.0,
            1..=7 => 0.8,
            8..=31 => 0.7,
            32..=366 => 0.5,
            _ => 0.2,
        },
    };
    let earliness = mentions
        .iter()
        .map(|m| 1.0 - m.start as f64 / articles[m.article].text.len().max(1) as f64)
        .fold(0.0, f64::max);
    // News of the day: sources published on the event's day or the day after report it
    // as their news, not as background.
    let mut fresh: Vec<usize> = mentions
        .iter()
        .filter(|m| {
            g == Granularity::Day
                && published
                    .get(m.article)
                    .and_then(|p| p.date)
                    .is_some_and(|p| {
                        let lag = (p - span.start).num_days();
                        (0..=1).contains(&lag)
                    })
        })
        .map(|m| m.article)
        .collect();
    fresh.sort_unstable();
    fresh.dedup();
    let score = 3.0 * sources as f64
        + 2.0 * fresh.len() as f64
        + (mentions.len() as f64).ln_1p()
        + precision
        + earliness;
    (score * 1000.0).round() / 1000.0
}

/// A headline-like phrase from the sentence of `best`: the date phrases and their
/// prepositions removed, leading attributions dropped, cut at a clause boundary.
/// A title from the sentence of `best`; `others` are the extents of every date phrase of
/// its article (ascending), which are left out of the title.
pub fn title_from(text: &str, best: &Mention, others: &[(usize, usize)]) -> String {
    let (s0, s1) = best.sentence;
    let mut cuts: Vec<(usize, usize, char)> = others
        .iter()
        .filter(|&&(a, b)| a >= s0 && b <= s1 && (a, b) != (best.start, best.end))
        .map(|&(a, b)| (a, b, OTHER))
        .collect();
    cuts.push((best.start, best.end, FOCUS));
    cuts.sort_unstable();
    let mut sentence = String::new();
    let mut at = s0;
    for (a, b, mark) in cuts {
        if a < at {
            continue;
        }
        sentence.push_str(&text[at..a]);
        sentence.push(' ');
        sentence.push(mark);
        sentence.push(' ');
        at = b;
    }
    sentence.push_str(&text[at..s1]);
    headline(&sentence)
}

/// Marks the date phrase an event is titled from…
const FOCUS: char = '\u{2}';
/// …and other date phrases of the same sentence.
const OTHER: char = '\u{1}';

const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "since",
    "by",
    "during",
    "from",
    "until",
    "of",
    "for",
    "as",
    "early",
    "late",
    "before",
    "after",
    "around",
    "through",
    "throughout",
    "between",
    "within",
];
const CLAUSE_OPENERS: &[&str] = &[
    "who",
    "whose",
    "which",
    "where",
    "when",
    "while",
    "and",
    "but",
    "that",
    "so",
    "then",
    "however",
    "meanwhile",
    "also",
    "yet",
    "because",
    "although",
    "though",
    "as",
    "after",
    "before",
    "since",
];
const RELATIVES: &[&str] = &["who", "whose", "which", "where", "when", "while"];
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "reported",
    "announced",
    "added",
    "claimed",
    "stated",
    "declared",
    "noted",
];
const MAX_TITLE_WORDS: usize = 12;

fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

fn is_mark(w: &str) -> bool {
    w == FOCUS.to_string() || w == OTHER.to_string()
}

/// Turns a sentence whose date phrases are marked into a short headline-like phrase:
/// the clause of the focus date, date phrases and their prepositions removed, leading
/// conjunctions and attributions ("the Kremlin said") dropped, at most
/// [`MAX_TITLE_WORDS`] words taken on the side of the date where the happening is told.
fn headline(marked: &str) -> String {
    // 1. Clauses: split after , ; : and at dashes, brackets and relative pronouns.
    // Bracketed asides ("(UNSC)") are dropped.
    let mut clauses: Vec<Vec<&str>> = vec![Vec::new()];
    let mut depth = 0usize;
    for w in marked.split_whitespace() {
        let opens = w.matches('(').count();
        let closes = w.matches(')').count();
        let inside = depth > 0 || opens > 0;
        depth = (depth + opens).saturating_sub(closes);
        if inside && !w.contains(FOCUS) {
            continue;
        }
        let dash = matches!(w, "-" | "–" | "—" | "--");
        let relative = RELATIVES.contains(&bare(w).as_str());
        if (dash || relative) && clauses.last().is_some_and(|c| !c.is_empty()) {
            clauses.push(Vec::new());
        }
        if !dash && let Some(c) = clauses.last_mut() {
            c.push(w);
        }
        if w.ends_with([',', ';', ':']) || w.ends_with('—') {
            clauses.push(Vec::new());
        }
    }
    clauses.retain(|c| !c.is_empty());
    let focus = clauses
        .iter()
        .position(|c| c.iter().any(|w| w.contains(FOCUS)))
        .unwrap_or(0);
    let words_of = |c: &[&str]| {
        let joined = c
            .iter()
            .filter(|w| !is_mark(w))
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        text::content_words(&joined).count()
    };
    // A clause that is only the date ("Last September,") takes the next one.
    let mut picked: Vec<&str> = clauses.get(focus).cloned().unwrap_or_default();
    let mut next = focus + 1;
    while words_of(&picked) < 3 && next < clauses.len() {
        picked.extend(clauses[next].iter().copied());
        next += 1;
    }
    if words_of(&picked) < 3 && focus > 0 {
        let mut before = clauses[focus - 1].clone();
        before.extend(picked);
        picked = before;
    }

    // 2. Remove date phrases, their prepositions and list glue; remember where the focus was.
    let mut words: Vec<String> = Vec::new();
    let mut focus_at: Option<usize> = None;
    for w in picked {
        if w.contains(FOCUS) || w.contains(OTHER) {
            while let Some(last) = words.last() {
                let l = bare(last);
                if PREPOSITIONS.contains(&l.as_str())
                    || l == "and"
                    || l == "or"
                    || l == "the"
                    || l.is_empty()
                {
                    words.pop();
                } else {
                    break;
                }
            }
            if w.contains(FOCUS) {
                focus_at = Some(words.len());
            }
            continue;
        }
        if bare(w).is_empty() || (words.is_empty() && (bare(w) == "and" || bare(w) == "or")) {
            continue;
        }
        words.push(w.to_string());
    }
    // 3. Leading conjunctions/relatives and a short attribution ("The Kremlin said (that)").
    let mut start = 0;
    while start < words.len()
        && CLAUSE_OPENERS.contains(&bare(&words[start]).as_str())
        && words.len() - start > 3
    {
        start += 1;
    }
    if let Some(k) = words
        .iter()
        .take(start + 7)
        .position(|w| ATTRIBUTION.contains(&bare(w).as_str()))
        && k >= start
        && words.len() - k > 4
    {
        start = k + 1;
        while start < words.len()
            && matches!(
                bare(&words[start]).as_str(),
                "that" | "reporters" | "journalists"
            )
        {
            start += 1;
        }
    }
    let words = &words[start.min(words.len())..];
    let focus_at = focus_at.map(|f| f.saturating_sub(start));

    // 4. At most MAX_TITLE_WORDS, taken before the date when it ends the clause.
    let (from, to, cut) = if words.len() <= MAX_TITLE_WORDS {
        (0, words.len(), false)
    } else if focus_at.is_some_and(|f| f >= words.len().saturating_sub(2)) {
        (words.len() - MAX_TITLE_WORDS, words.len(), false)
    } else {
        (0, MAX_TITLE_WORDS, true)
    };
    let mut title = words[from..to].join(" ");
    title = title
        .trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | '—' | '-' | ' ' | '(' | ')'))
        .to_string();
    if title.matches('“').count() > title.matches('”').count() {
        title.push('”');
    }
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

    fn h(s: &str) -> String {
        headline(&s.replace("@", " \u{2} ").replace("#", " \u{1} "))
    }

    #[test]
    fn headline_drops_date_phrases_and_attribution() {
        assert_eq!(
            h("The Kremlin said the treaty would replace documents signed in @, # and #."),
            "The treaty would replace documents signed"
        );
        assert_eq!(
            h("In @, the U.N. Security Council imposed sanctions on Pyongyang after tests."),
            "The U.N. Security Council imposed sanctions on Pyongyang after tests"
        );
    }

    #[test]
    fn headline_takes_the_clause_of_the_date() {
        assert_eq!(
            h(
                "Putin, in turn, thanked his host Kim – whose country has been under UN sanctions since @ over its weapons – saying more."
            ),
            "Country has been under UN sanctions over its weapons"
        );
        assert_eq!(
            h("@, Mr. Putin met his counterpart at a summit in the Far East."),
            "Mr. Putin met his counterpart at a summit in the Far East"
        );
    }

    #[test]
    fn long_headlines_keep_the_words_next_to_the_date() {
        let t = h(
            "The leaders of the two big neighbouring countries finally signed a comprehensive strategic partnership treaty on @.",
        );
        assert!(
            t.ends_with("signed a comprehensive strategic partnership treaty"),
            "{t}"
        );
        assert!(t.split_whitespace().count() <= MAX_TITLE_WORDS);
        let t = h(
            "Officials said on @ that a very long sentence goes on and on with many more words than a title should ever carry",
        );
        assert!(t.split_whitespace().count() <= MAX_TITLE_WORDS);
        assert!(t.ends_with('…'), "{t}");
    }

    #[test]
    fn cosine_of_disjoint_bags_is_zero() {
        let a: Bag = [("treaty".to_string(), 1.0)].into_iter().collect();
        let b: Bag = [("earthquake".to_string(), 1.0)].into_iter().collect();
        assert_eq!(cosine(&a, &b), 0.0);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
    }
}
