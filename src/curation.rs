//! Curation: the analyst's edits of an extraction (rename, re-date, hide, pin, note,
//! merge, split, add by hand, correct a publication date), kept as a list of [`Edit`]s and
//! replayed on every (re-)extraction.
//!
//! **Stable keys.** Event ids and indices change when articles are added or edited, so an
//! edit names its event by one of the event's mentions: a [`MentionKey`] (article id,
//! code-point offsets, text of the date phrase). [`EventRef::of`] picks the event's first
//! mention. A key resolves against an extraction to
//!
//! 1. the article with that id (else the target has vanished);
//! 2. a mention of that article with the same text at the same offsets;
//! 3. else the mention of that article with the same text nearest the old offsets (the
//!    article was edited);
//! 4. else nothing: the target has vanished.
//!
//! The event addressed is the one that holds that mention *when the edit is applied*: after
//! `Merge { into: a, from: b }`, an edit naming `b`'s mention reaches the merged event.
//! Hand-added events have no mention to stand on and are named by their own id
//! ([`EventRef::Added`]).
//!
//! **Applying.** [`apply`] replays the edits in order and returns every edit it could not
//! apply ([`Unapplied`]), never dropping one silently. Publication dates
//! ([`Edit::SetPublished`]) are not event edits: they change what the pipeline extracts, so
//! they go to [`extract::run_with`] through [`corrections`]; [`extract`] does both steps.
//! After applying, events are in chronological order ([`events::chronological`]), ids are
//! unique, sources and importance are recomputed for events whose mentions or date
//! changed, and disputes follow their mentions (a dispute between two events that were
//! merged into one disappears).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::corpus::{Article, Corpus};
use crate::events::{self, Dispute, Event, Mention};
use crate::extract::{self, Corrections, Extraction};
use crate::pubdate::Published;
use crate::text::CharCounter;
use crate::timeval::{Granularity, Span};

/// A mention named so that it can be found again after re-extraction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MentionKey {
    /// Id of the article (its file stem).
    pub article: String,
    /// Unicode code-point offsets of the date phrase in the article text, end-exclusive
    /// (like the JSON of `chronicle extract`).
    pub start: usize,
    pub end: usize,
    /// The date phrase itself ("early on Wednesday" → "Wednesday").
    pub text: String,
}

impl MentionKey {
    /// The key of a mention of `ex`.
    pub fn of(ex: &Extraction, m: &Mention) -> MentionKey {
        match ex.corpus.articles.get(m.article) {
            Some(a) => {
                let mut cc = CharCounter::new(&a.text);
                let start = cc.chars_at(m.start);
                let end = cc.chars_at(m.end);
                MentionKey {
                    article: a.id.clone(),
                    start,
                    end,
                    text: a.text.get(m.start..m.end).unwrap_or_default().to_string(),
                }
            }
            None => MentionKey {
                article: String::new(),
                start: m.start,
                end: m.end,
                text: String::new(),
            },
        }
    }

    /// Where the mention is in `ex` now: (event index, mention index), or None when it
    /// vanished (see the module documentation for the rules).
    pub fn resolve(&self, ex: &Extraction) -> Option<(usize, usize)> {
        let article = ex
            .corpus
            .articles
            .iter()
            .position(|a| a.id == self.article)?;
        let text = &ex.corpus.articles[article].text;
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for (i, e) in ex.events.iter().enumerate() {
            for (j, m) in e.mentions.iter().enumerate() {
                if m.article == article {
                    found.push((m.start, i, j));
                }
            }
        }
        found.sort_unstable();
        let mut cc = CharCounter::new(text);
        let candidates = found.into_iter().map(|(_, i, j)| {
            let m = &ex.events[i].mentions[j];
            let span = (cc.chars_at(m.start), cc.chars_at(m.end));
            (span, text.get(m.start..m.end).unwrap_or_default(), (i, j))
        });
        nearest(self, candidates)
    }
}

/// The best candidate for `key`: same text at the same offsets, else same text nearest the
/// old start. Candidates are ((start, end) in code points, text, payload).
fn nearest<'t, T>(
    key: &MentionKey,
    candidates: impl Iterator<Item = ((usize, usize), &'t str, T)>,
) -> Option<T> {
    let mut best: Option<(usize, T)> = None;
    for ((start, end), text, payload) in candidates {
        if text != key.text {
            continue;
        }
        if (start, end) == (key.start, key.end) {
            return Some(payload);
        }
        let distance = start.abs_diff(key.start);
        if best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, payload));
        }
    }
    best.map(|(_, p)| p)
}

/// How an edit names its event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventRef {
    /// The extracted event that holds this mention.
    Mention(MentionKey),
    /// The hand-added event with this id (see [`Edit::Add`]).
    Added(String),
}

impl EventRef {
    /// The reference to an event of `ex`: its id when added by hand, else the key of its
    /// first mention.
    pub fn of(ex: &Extraction, e: &Event) -> EventRef {
        match e.mentions.first() {
            Some(m) if !e.manual => EventRef::Mention(MentionKey::of(ex, m)),
            _ => EventRef::Added(e.id.clone()),
        }
    }

    /// The index of the event it names in `ex`, or None when it vanished.
    pub fn resolve(&self, ex: &Extraction) -> Option<usize> {
        match self {
            EventRef::Mention(key) => key.resolve(ex).map(|(i, _)| i),
            EventRef::Added(id) => ex.events.iter().position(|e| e.manual && &e.id == id),
        }
    }
}

/// One edit of the analyst. Serialised with its kind in `op`:
/// `{"op": "rename", "event": {"mention": {...}}, "title": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// A new title.
    Rename { event: EventRef, title: String },
    /// A new date: from `start` to `end` (inclusive) at `granularity`. For a calendar
    /// granularity pass the unit's bounds ([`Span::around`]); any other stretch is
    /// [`Granularity::Range`].
    SetDate {
        event: EventRef,
        start: NaiveDate,
        end: NaiveDate,
        granularity: Granularity,
        #[serde(default)]
        approximate: bool,
    },
    /// Hide (or show again): the event stays in the extraction, exports leave it out.
    Hide { event: EventRef, hidden: bool },
    /// Pin (or unpin).
    Pin { event: EventRef, pinned: bool },
    /// Set or clear the analyst's note.
    SetNote {
        event: EventRef,
        #[serde(default)]
        note: Option<String>,
    },
    /// Every mention of `from` joins `into`; `from` disappears. `into` keeps its title,
    /// date and flags (it takes `from`'s note when it has none).
    Merge { into: EventRef, from: EventRef },
    /// The mention leaves its event and becomes an event of its own, titled from its
    /// sentence, on the mention's date. Nothing happens when it is alone already.
    Split { mention: MentionKey },
    /// A hand-added event. `id` must be unique (see [`next_added_id`]); `source` is free
    /// text or an article id.
    Add {
        id: String,
        title: String,
        start: NaiveDate,
        end: NaiveDate,
        granularity: Granularity,
        #[serde(default)]
        note: Option<String>,
        #[serde(default)]
        source: Option<String>,
    },
    /// The article's publication date, set by hand: re-resolves every relative date of
    /// that article. Applied by the pipeline (see [`corrections`]), not by [`apply`].
    SetPublished { article: String, date: NaiveDate },
}

/// An edit that could not be applied, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unapplied {
    /// Position of the edit in the list given to [`apply`].
    pub index: usize,
    pub edit: Edit,
    /// For a person: "article “x” is not loaded", "“June 19” is no longer a date of…".
    pub reason: String,
}

/// The pipeline corrections the edits ask for: the publication dates set by hand (the
/// last edit of an article wins).
pub fn corrections(edits: &[Edit]) -> Corrections {
    let mut c = Corrections::default();
    for e in edits {
        if let Edit::SetPublished { article, date } = e {
            c.published.insert(article.clone(), *date);
        }
    }
    c
}

/// The pipeline with the edits: runs [`extract::run_with`] with their [`corrections`],
/// then [`apply`]s them.
pub fn extract(corpus: Corpus, edits: &[Edit]) -> (Extraction, Vec<Unapplied>) {
    let mut ex = extract::run_with(corpus, &corrections(edits));
    let unapplied = apply(&mut ex, edits);
    (ex, unapplied)
}

/// A fresh id for a hand-added event: `added-N`, N one more than any used so far.
pub fn next_added_id(edits: &[Edit]) -> String {
    let n = edits
        .iter()
        .filter_map(|e| match e {
            Edit::Add { id, .. } => id.strip_prefix("added-")?.parse::<u64>().ok(),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    format!("added-{}", n.saturating_add(1))
}

/// Applies the edits to `ex.events` in order. Returns the edits that could not be
/// applied (their target vanished, or they are invalid), in order. With no edits the
/// extraction is unchanged.
pub fn apply(ex: &mut Extraction, edits: &[Edit]) -> Vec<Unapplied> {
    if edits.is_empty() {
        return Vec::new();
    }
    let events = std::mem::take(&mut ex.events);
    let mut work = Work::new(&ex.corpus.articles, &ex.published, events);
    let mut unapplied = Vec::new();
    for (index, edit) in edits.iter().enumerate() {
        if let Err(reason) = work.apply(edit) {
            unapplied.push(Unapplied {
                index,
                edit: edit.clone(),
                reason,
            });
        }
    }
    let events = work.finish();
    ex.events = events;
    unapplied
}

/// An event while edits are applied: its mentions are ids into `Work::mentions`.
struct Slot {
    /// Everything but `mentions` (empty until `finish`).
    event: Event,
    members: Vec<usize>,
    alive: bool,
    /// Where its mentions went when it was merged away.
    merged_into: Option<usize>,
    /// Mentions or date changed: sources and importance are recomputed.
    changed: bool,
    /// The title was set by hand and is never recomputed.
    titled: bool,
}

struct Work<'a> {
    articles: &'a [Article],
    published: &'a [Published],
    article_index: HashMap<&'a str, usize>,
    /// Every mention of the extraction, by id; moved out in `finish`.
    mentions: Vec<Option<Mention>>,
    /// Code-point offsets of each mention in its article.
    chars: Vec<(usize, usize)>,
    /// Mention ids per article, by start.
    by_article: Vec<Vec<usize>>,
    /// The slot holding each mention.
    owner: Vec<usize>,
    slots: Vec<Slot>,
    added: HashMap<String, usize>,
    ids: HashSet<String>,
    /// Disputes as (this mention, other mention).
    disputes: Vec<(usize, usize)>,
}

impl<'a> Work<'a> {
    fn new(articles: &'a [Article], published: &'a [Published], events: Vec<Event>) -> Self {
        let mut article_index = HashMap::new();
        for (i, a) in articles.iter().enumerate() {
            article_index.entry(a.id.as_str()).or_insert(i);
        }
        let mut mentions = Vec::new();
        let mut owner = Vec::new();
        let mut slots = Vec::new();
        let mut first_mention = Vec::new();
        let mut ids = HashSet::new();
        let mut added = HashMap::new();
        let mut old_disputes = Vec::new();
        for (s, mut e) in events.into_iter().enumerate() {
            first_mention.push(mentions.len());
            let members: Vec<usize> = (mentions.len()..mentions.len() + e.mentions.len()).collect();
            for m in std::mem::take(&mut e.mentions) {
                mentions.push(Some(m));
                owner.push(s);
            }
            ids.insert(e.id.clone());
            if e.manual {
                added.entry(e.id.clone()).or_insert(s);
            }
            old_disputes.push(std::mem::take(&mut e.disputes));
            slots.push(Slot {
                event: e,
                members,
                alive: true,
                merged_into: None,
                changed: false,
                titled: false,
            });
        }
        let mut disputes = Vec::new();
        for (s, ds) in old_disputes.into_iter().enumerate() {
            for d in ds {
                let mine = slots[s].members.get(d.mention);
                let theirs = slots
                    .get(d.other)
                    .and_then(|o| o.members.get(d.other_mention));
                if let (Some(&a), Some(&b)) = (mine, theirs) {
                    disputes.push((a, b));
                }
            }
        }
        let mut by_article = vec![Vec::new(); articles.len()];
        for (id, m) in mentions.iter().enumerate() {
            if let Some(list) = m.as_ref().and_then(|m| by_article.get_mut(m.article)) {
                list.push(id);
            }
        }
        let mut chars = vec![(0, 0); mentions.len()];
        for (a, list) in by_article.iter_mut().enumerate() {
            list.sort_by_key(|&id| mentions[id].as_ref().map_or(0, |m| m.start));
            let mut cc = CharCounter::new(&articles[a].text);
            for &id in list.iter() {
                if let Some(m) = &mentions[id] {
                    chars[id] = (cc.chars_at(m.start), cc.chars_at(m.end));
                }
            }
        }
        Work {
            articles,
            published,
            article_index,
            mentions,
            chars,
            by_article,
            owner,
            slots,
            added,
            ids,
            disputes,
        }
    }

    fn mention(&self, id: usize) -> Option<&Mention> {
        self.mentions.get(id).and_then(Option::as_ref)
    }

    fn find_mention(&self, key: &MentionKey) -> Result<usize, String> {
        let &a = self
            .article_index
            .get(key.article.as_str())
            .ok_or_else(|| format!("article “{}” is not loaded", key.article))?;
        let text = &self.articles[a].text;
        let candidates = self.by_article[a].iter().filter_map(|&id| {
            let m = self.mention(id)?;
            Some((self.chars[id], text.get(m.start..m.end)?, id))
        });
        nearest(key, candidates).ok_or_else(|| {
            format!(
                "“{}” is no longer a date of article “{}”",
                key.text, key.article
            )
        })
    }

    fn find_event(&self, r: &EventRef) -> Result<usize, String> {
        match r {
            EventRef::Mention(key) => Ok(self.owner[self.find_mention(key)?]),
            EventRef::Added(id) => {
                let mut s = *self
                    .added
                    .get(id)
                    .ok_or_else(|| format!("there is no added event “{id}”"))?;
                while let Some(next) = self.slots[s].merged_into {
                    s = next;
                }
                Ok(s)
            }
        }
    }

    /// The event `r` names, marked as edited.
    fn edit(&mut self, r: &EventRef) -> Result<&mut Slot, String> {
        let s = self.find_event(r)?;
        let slot = &mut self.slots[s];
        slot.event.edited = true;
        Ok(slot)
    }

    fn apply(&mut self, edit: &Edit) -> Result<(), String> {
        match edit {
            Edit::Rename { event, title } => {
                let title = title.trim();
                if title.is_empty() {
                    return Err("the new title is empty".into());
                }
                let slot = self.edit(event)?;
                slot.event.title = title.to_string();
                slot.titled = true;
            }
            Edit::SetDate {
                event,
                start,
                end,
                granularity,
                approximate,
            } => {
                let span = span(*start, *end, *granularity)?;
                let slot = self.edit(event)?;
                slot.event.span = span;
                slot.event.approximate = *approximate;
                slot.changed = true;
            }
            Edit::Hide { event, hidden } => self.edit(event)?.event.hidden = *hidden,
            Edit::Pin { event, pinned } => self.edit(event)?.event.pinned = *pinned,
            Edit::SetNote { event, note } => {
                let note = note.as_ref().filter(|n| !n.trim().is_empty()).cloned();
                self.edit(event)?.event.note = note;
            }
            Edit::Merge { into, from } => self.merge(into, from)?,
            Edit::Split { mention } => self.split(mention)?,
            Edit::Add {
                id,
                title,
                start,
                end,
                granularity,
                note,
                source,
            } => {
                let id = id.trim();
                if id.is_empty() {
                    return Err("the added event has no id".into());
                }
                if self.ids.contains(id) {
                    return Err(format!("an event with id “{id}” exists already"));
                }
                let span = span(*start, *end, *granularity)?;
                let title = match title.trim() {
                    "" => "(untitled)",
                    t => t,
                };
                let mut e = Event::new(id.to_string(), title.to_string(), span, Vec::new());
                e.manual = true;
                e.edited = true;
                e.note = note.as_ref().filter(|n| !n.trim().is_empty()).cloned();
                e.citation = source.as_ref().filter(|s| !s.trim().is_empty()).cloned();
                self.ids.insert(id.to_string());
                self.added.insert(id.to_string(), self.slots.len());
                self.slots.push(Slot {
                    event: e,
                    members: Vec::new(),
                    alive: true,
                    merged_into: None,
                    changed: true,
                    titled: true,
                });
            }
            Edit::SetPublished { article, .. } => {
                if !self.article_index.contains_key(article.as_str()) {
                    return Err(format!("article “{article}” is not loaded"));
                }
            }
        }
        Ok(())
    }

    fn merge(&mut self, into: &EventRef, from: &EventRef) -> Result<(), String> {
        let a = self.find_event(into)?;
        let b = self.find_event(from)?;
        if a == b {
            return Ok(());
        }
        let moved = std::mem::take(&mut self.slots[b].members);
        for &m in &moved {
            self.owner[m] = a;
        }
        let note = self.slots[b].event.note.take();
        let citation = self.slots[b].event.citation.take();
        let from = &mut self.slots[b];
        from.alive = false;
        from.merged_into = Some(a);
        let into = &mut self.slots[a];
        into.members.extend(moved);
        into.changed = true;
        into.event.edited = true;
        if into.event.note.is_none() {
            into.event.note = note;
        }
        if into.event.citation.is_none() {
            into.event.citation = citation;
        }
        Ok(())
    }

    fn split(&mut self, key: &MentionKey) -> Result<(), String> {
        let m = self.find_mention(key)?;
        let s = self.owner[m];
        if self.slots[s].members.len() <= 1 {
            return Ok(());
        }
        let Some(mention) = self.mention(m).cloned() else {
            return Err("the mention is no longer in the extraction".into());
        };
        let title = self.title(&mention);
        let value = mention.span.value();
        let id = (1..)
            .map(|n| format!("{value}#{n}"))
            .find(|id| !self.ids.contains(id))
            .unwrap_or_default();
        self.ids.insert(id.clone());
        let mut e = Event::new(id, title.clone(), mention.span, Vec::new());
        e.edited = true;
        let new = self.slots.len();
        self.slots.push(Slot {
            event: e,
            members: vec![m],
            alive: true,
            merged_into: None,
            changed: true,
            titled: false,
        });
        self.owner[m] = new;
        let old = &mut self.slots[s];
        old.members.retain(|&x| x != m);
        old.changed = true;
        old.event.edited = true;
        // The event was titled from the mention that left: title it from another one.
        let retitle = !old.titled && !old.event.manual && old.event.title == title;
        if retitle && let Some(other) = self.slots[s].members.first().and_then(|&x| self.mention(x))
        {
            let other = other.clone();
            self.slots[s].event.title = self.title(&other);
        }
        Ok(())
    }

    /// A title from the sentence of `m`, leaving out the date phrases of its article.
    fn title(&self, m: &Mention) -> String {
        let Some(article) = self.articles.get(m.article) else {
            return String::from("(untitled)");
        };
        let extents: Vec<(usize, usize)> = self.by_article[m.article]
            .iter()
            .filter_map(|&id| self.mention(id).map(|n| (n.start, n.end)))
            .collect();
        events::title_from(&article.text, m, &extents)
    }

    fn finish(mut self) -> Vec<Event> {
        // Position of each mention in its final event.
        let mut position = vec![usize::MAX; self.owner.len()];
        let mut built: Vec<(usize, Event)> = Vec::new();
        let slot_count = self.slots.len();
        for (s, mut slot) in std::mem::take(&mut self.slots).into_iter().enumerate() {
            if !slot.alive {
                continue;
            }
            if slot.changed {
                let ms = &self.mentions;
                slot.members.sort_by_key(|&id| {
                    ms[id]
                        .as_ref()
                        .map_or((usize::MAX, usize::MAX), |m| (m.article, m.start))
                });
            }
            let mut e = slot.event;
            e.mentions = Vec::with_capacity(slot.members.len());
            for &id in &slot.members {
                if let Some(m) = self.mentions[id].take() {
                    position[id] = e.mentions.len();
                    e.mentions.push(m);
                }
            }
            if slot.changed {
                let mut sources = e.source_articles();
                if let Some(&a) = e
                    .citation
                    .as_deref()
                    .and_then(|c| self.article_index.get(c))
                    .filter(|a| !sources.contains(a))
                {
                    sources.push(a);
                }
                e.sources = sources.len();
                e.importance = events::importance(
                    self.articles,
                    self.published,
                    &e.mentions,
                    &e.span,
                    e.sources,
                );
            }
            built.push((s, e));
        }
        built.sort_by(|a, b| events::chronological(&a.1, &b.1));
        // Final index of each slot (usize::MAX: merged away).
        let mut index = vec![usize::MAX; slot_count];
        for (i, (s, _)) in built.iter().enumerate() {
            index[*s] = i;
        }
        let mut events: Vec<Event> = built.into_iter().map(|(_, e)| e).collect();
        for &(a, b) in &self.disputes {
            let (ea, eb) = (index[self.owner[a]], index[self.owner[b]]);
            let (pa, pb) = (position[a], position[b]);
            let valid = ea != eb
                && events.get(ea).is_some_and(|e| pa < e.mentions.len())
                && events.get(eb).is_some_and(|e| pb < e.mentions.len());
            if !valid || events[ea].disputes.iter().any(|d| d.other == eb) {
                continue;
            }
            events[ea].disputes.push(Dispute {
                other: eb,
                mention: pa,
                other_mention: pb,
            });
        }
        events
    }
}

/// The span of a date edit; `start` must not be after `end`.
fn span(start: NaiveDate, end: NaiveDate, granularity: Granularity) -> Result<Span, String> {
    if start > end {
        return Err(format!("the date starts ({start}) after it ends ({end})"));
    }
    Ok(Span {
        start,
        end,
        granularity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    fn seed() -> Extraction {
        extract::run(corpus::embedded())
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn event_ref(ex: &Extraction, i: usize) -> EventRef {
        EventRef::of(ex, &ex.events[i])
    }

    /// What must hold after any edits: unique ids, chronological order, valid disputes that
    /// never point at their own event, sources counted from the mentions.
    fn check_invariants(ex: &Extraction) {
        let ids: HashSet<&str> = ex.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), ex.events.len(), "ids must be unique");
        for w in ex.events.windows(2) {
            assert_ne!(
                events::chronological(&w[0], &w[1]),
                std::cmp::Ordering::Greater,
                "{} before {}",
                w[0].id,
                w[1].id
            );
        }
        for (i, e) in ex.events.iter().enumerate() {
            for d in &e.disputes {
                assert_ne!(d.other, i, "{} disputes itself", e.id);
                let other = ex.events.get(d.other).expect("dispute target exists");
                assert!(d.mention < e.mentions.len());
                assert!(d.other_mention < other.mentions.len());
            }
            if e.citation.is_none() {
                assert_eq!(e.sources, e.source_articles().len(), "{}", e.id);
            }
        }
        // The JSON contract still builds (it indexes through the disputes).
        let json = serde_json::to_string(&ex.to_json()).expect("serialises");
        assert!(json.contains("\"events\""));
    }

    #[test]
    fn no_edits_change_nothing() {
        let before = seed();
        let mut ex = seed();
        assert!(apply(&mut ex, &[]).is_empty());
        assert_eq!(ex.events, before.events);
        // An edit that touches no event rebuilds the same list.
        let id = ex.corpus.articles[0].id.clone();
        let edits = [Edit::SetPublished {
            article: id,
            date: day(2024, 6, 19),
        }];
        assert!(apply(&mut ex, &edits).is_empty());
        assert_eq!(ex.events, before.events);
        let json = serde_json::to_string(&ex.to_json()).expect("serialises");
        for key in [
            "\"edited\"",
            "\"hidden\"",
            "\"pinned\"",
            "\"note\"",
            "\"manual\"",
        ] {
            assert!(!json.contains(key), "{key} in unedited JSON");
        }
    }

    #[test]
    fn every_key_resolves_to_its_own_mention_and_event() {
        let ex = seed();
        for (i, e) in ex.events.iter().enumerate() {
            assert_eq!(event_ref(&ex, i).resolve(&ex), Some(i), "{}", e.id);
            for (j, m) in e.mentions.iter().enumerate() {
                let key = MentionKey::of(&ex, m);
                let a = &ex.corpus.articles[m.article];
                assert_eq!(key.text, a.text[m.start..m.end]);
                assert_eq!(
                    a.text
                        .chars()
                        .skip(key.start)
                        .take(key.end - key.start)
                        .collect::<String>(),
                    key.text
                );
                assert_eq!(key.resolve(&ex), Some((i, j)));
            }
        }
    }

    #[test]
    fn nearest_prefers_exact_offsets_then_the_closest_same_text() {
        let key = MentionKey {
            article: "a".into(),
            start: 100,
            end: 109,
            text: "Wednesday".into(),
        };
        let c = |s: usize, t: &'static str, p: u8| ((s, s + t.chars().count()), t, p);
        let exact = [
            c(10, "Wednesday", 1),
            c(100, "Wednesday", 2),
            c(101, "Wednesday", 3),
        ];
        assert_eq!(nearest(&key, exact.into_iter()), Some(2));
        let moved = [
            c(10, "Wednesday", 1),
            c(150, "Wednesday", 2),
            c(120, "Tuesday", 3),
        ];
        assert_eq!(nearest(&key, moved.into_iter()), Some(2));
        let gone = [c(100, "Tuesday", 1)];
        assert_eq!(nearest(&key, gone.into_iter()), None);
    }

    #[test]
    fn the_same_edits_give_the_same_result_on_a_new_extraction() {
        let first = seed();
        let multi = first
            .events
            .iter()
            .position(|e| e.mentions.len() >= 3)
            .expect("an event with several mentions");
        let single = first
            .events
            .iter()
            .position(|e| e.mentions.len() == 1)
            .expect("an event with one mention");
        let edits = vec![
            Edit::Rename {
                event: event_ref(&first, single),
                title: "Renamed by the analyst".into(),
            },
            Edit::Split {
                mention: MentionKey::of(&first, &first.events[multi].mentions[1]),
            },
            Edit::Pin {
                event: event_ref(&first, multi),
                pinned: true,
            },
        ];
        let (a, ua) = extract(corpus::embedded(), &edits);
        let (b, ub) = extract(corpus::embedded(), &edits);
        assert!(ua.is_empty() && ub.is_empty(), "{ua:?}");
        assert_eq!(a.events, b.events);
        assert_eq!(a.events.len(), first.events.len() + 1);
        check_invariants(&a);
        // Applying to an extraction that already has them is not the same as applying once
        // (edits are replayed on fresh extractions), but it must not break anything.
        let mut twice = a.clone();
        apply(&mut twice, &edits);
        check_invariants(&twice);
    }

    #[test]
    fn a_rename_follows_its_event_when_the_article_text_shifts() {
        let ex = seed();
        // An event with one mention, far enough into its article to insert text before it.
        let m = ex
            .events
            .iter()
            .find_map(|e| {
                let m = e.mentions.first()?;
                let a = &ex.corpus.articles[m.article];
                let line_start = a.text[..m.start].rfind('\n')? + 1;
                (e.mentions.len() == 1 && a.text[..line_start].lines().count() > 6)
                    .then(|| m.clone())
            })
            .expect("a single-mention event deep in an article");
        let key = MentionKey::of(&ex, &m);
        let edits = [Edit::Rename {
            event: EventRef::Mention(key.clone()),
            title: "The renamed happening".into(),
        }];

        let mut corpus = corpus::embedded();
        let inserted = "An editor added this paragraph without any dates in it.\n\n";
        let text = &mut corpus.articles[m.article].text;
        let line_start = text[..m.start].rfind('\n').expect("a line") + 1;
        text.insert_str(line_start, inserted);
        let (edited, unapplied) = extract(corpus, &edits);
        assert!(unapplied.is_empty(), "{unapplied:?}");

        let shifted = key.start + inserted.chars().count();
        let renamed: Vec<&Event> = edited
            .events
            .iter()
            .filter(|e| e.title == "The renamed happening")
            .collect();
        assert_eq!(renamed.len(), 1);
        let hit = renamed[0]
            .mentions
            .iter()
            .map(|n| MentionKey::of(&edited, n))
            .find(|k| k.article == key.article && k.text == key.text)
            .expect("the renamed event holds the same date phrase");
        assert_eq!(hit.start, shifted, "found by text at the shifted offset");
        assert!(renamed[0].edited);
        // The old offsets no longer hold the phrase: the nearest-text rule did the work.
        assert!(
            edited
                .events
                .iter()
                .flat_map(|e| &e.mentions)
                .map(|n| MentionKey::of(&edited, n))
                .all(|k| k != key)
        );
        check_invariants(&edited);
    }

    #[test]
    fn vanished_targets_are_reported_and_the_rest_applies() {
        let ex = seed();
        let gone = MentionKey {
            article: ex.corpus.articles[0].id.clone(),
            start: 5,
            end: 14,
            text: "Atlantis day".into(),
        };
        let edits = vec![
            Edit::Rename {
                event: EventRef::Mention(gone.clone()),
                title: "Nowhere".into(),
            },
            Edit::Hide {
                event: EventRef::Mention(MentionKey {
                    article: "no-such-article".into(),
                    ..gone.clone()
                }),
                hidden: true,
            },
            Edit::Pin {
                event: EventRef::Added("added-7".into()),
                pinned: true,
            },
            Edit::Rename {
                event: event_ref(&ex, 0),
                title: "Still applied".into(),
            },
            Edit::SetPublished {
                article: "no-such-article".into(),
                date: day(2024, 1, 1),
            },
            Edit::Split { mention: gone },
        ];
        let mut edited = ex.clone();
        let unapplied = apply(&mut edited, &edits);
        let indices: Vec<usize> = unapplied.iter().map(|u| u.index).collect();
        assert_eq!(indices, vec![0, 1, 2, 4, 5]);
        for u in &unapplied {
            assert_eq!(u.edit, edits[u.index]);
            assert!(!u.reason.is_empty());
        }
        assert!(unapplied[0].reason.contains("Atlantis day"));
        assert!(unapplied[1].reason.contains("no-such-article"));
        assert!(unapplied[2].reason.contains("added-7"));
        assert!(edited.events.iter().any(|e| e.title == "Still applied"));
        assert_eq!(edited.events.len(), ex.events.len());
    }

    #[test]
    fn merge_joins_mentions_recomputes_and_drops_the_dispute_between_them() {
        let ex = seed();
        let a = ex
            .events
            .iter()
            .position(|e| !e.disputes.is_empty())
            .expect("a disputed event");
        let b = ex.events[a].disputes[0].other;
        let (ra, rb) = (event_ref(&ex, a), event_ref(&ex, b));
        let mut edited = ex.clone();
        let unapplied = apply(
            &mut edited,
            &[Edit::Merge {
                into: ra.clone(),
                from: rb.clone(),
            }],
        );
        assert!(unapplied.is_empty());
        assert_eq!(edited.events.len(), ex.events.len() - 1);
        let m = ra.resolve(&edited).expect("merged event");
        assert_eq!(rb.resolve(&edited), Some(m), "from's mentions are in into");
        let e = &edited.events[m];
        assert_eq!(
            e.mentions.len(),
            ex.events[a].mentions.len() + ex.events[b].mentions.len()
        );
        assert_eq!(e.title, ex.events[a].title);
        assert_eq!(e.span, ex.events[a].span);
        assert!(e.edited);
        let mut union = ex.events[a].source_articles();
        union.extend(ex.events[b].source_articles());
        union.sort_unstable();
        union.dedup();
        assert_eq!(e.sources, union.len());
        assert_eq!(
            e.importance,
            events::importance(
                &edited.corpus.articles,
                &edited.published,
                &e.mentions,
                &e.span,
                e.sources
            )
        );
        assert!(e.importance >= ex.events[a].importance);
        assert!(
            !e.disputes.iter().any(|d| d.other == m),
            "no dispute with itself"
        );
        assert!(!edited.events.iter().any(|x| x.id == ex.events[b].id));
        check_invariants(&edited);
    }

    #[test]
    fn split_makes_the_mention_its_own_event_titled_from_its_sentence() {
        let ex = seed();
        let (i, j) = ex
            .events
            .iter()
            .enumerate()
            .find_map(|(i, e)| {
                let first = e.mentions.first()?.article;
                let j = e.mentions.iter().position(|m| m.article != first)?;
                Some((i, j))
            })
            .expect("an event reported by two articles");
        let m = ex.events[i].mentions[j].clone();
        let key = MentionKey::of(&ex, &m);
        let mut edited = ex.clone();
        assert!(
            apply(
                &mut edited,
                &[Edit::Split {
                    mention: key.clone()
                }]
            )
            .is_empty()
        );
        assert_eq!(edited.events.len(), ex.events.len() + 1);
        let (n, k) = key.resolve(&edited).expect("the mention is still there");
        let new = &edited.events[n];
        assert_eq!(new.mentions, vec![m.clone()]);
        assert_eq!((k, new.span, new.sources), (0, m.span, 1));
        assert!(new.edited && !new.manual);
        assert!(new.id.starts_with(&format!("{}#", m.span.value())));
        let extents: Vec<(usize, usize)> = {
            let mut v: Vec<(usize, usize)> = ex
                .events
                .iter()
                .flat_map(|e| &e.mentions)
                .filter(|x| x.article == m.article)
                .map(|x| (x.start, x.end))
                .collect();
            v.sort_unstable();
            v
        };
        let text = &ex.corpus.articles[m.article].text;
        assert_eq!(new.title, events::title_from(text, &m, &extents));
        let old = event_ref(&ex, i).resolve(&edited).expect("the old event");
        assert_ne!(old, n);
        assert_eq!(
            edited.events[old].mentions.len(),
            ex.events[i].mentions.len() - 1
        );
        assert!(!edited.events[old].mentions.contains(&m));
        assert_ne!(edited.events[old].title, new.title);
        check_invariants(&edited);

        // A mention alone in its event stays where it is.
        let single = ex
            .events
            .iter()
            .position(|e| e.mentions.len() == 1)
            .expect("single");
        let key = MentionKey::of(&ex, &ex.events[single].mentions[0]);
        let mut again = ex.clone();
        assert!(apply(&mut again, &[Edit::Split { mention: key }]).is_empty());
        assert_eq!(again.events.len(), ex.events.len());
    }

    #[test]
    fn hide_pin_note_set_flags_and_exports_leave_hidden_events_out() {
        let ex = seed();
        let i = ex.events.len() / 2;
        let r = event_ref(&ex, i);
        let edits = vec![
            Edit::Rename {
                event: r.clone(),
                title: "Zanzibar summit".into(),
            },
            Edit::Hide {
                event: r.clone(),
                hidden: true,
            },
            Edit::Pin {
                event: event_ref(&ex, 0),
                pinned: true,
            },
            Edit::SetNote {
                event: event_ref(&ex, 0),
                note: Some("check with the desk".into()),
            },
        ];
        let mut edited = ex.clone();
        assert!(apply(&mut edited, &edits).is_empty());
        assert_eq!(
            edited.events.len(),
            ex.events.len(),
            "hidden events are kept"
        );
        let h = r.resolve(&edited).expect("hidden event");
        assert!(edited.events[h].hidden && !edited.events[h].visible());
        let p = event_ref(&ex, 0).resolve(&edited).expect("pinned");
        assert!(edited.events[p].pinned && edited.events[p].edited);
        assert_eq!(
            edited.events[p].note.as_deref(),
            Some("check with the desk")
        );
        assert!(!edited.events[h].pinned && !edited.events[p].hidden);

        let md = crate::export::to_markdown(&edited, "T");
        let csv = crate::export::to_csv(&edited);
        let tl = crate::export::to_timelinejs(&edited, "T").to_string();
        for out in [&md, &csv, &tl] {
            assert!(!out.contains("Zanzibar summit"));
        }
        assert!(md.contains("*(edited)*"), "{md}");
        // the CSV's last columns carry the analyst's flag and note
        let mut rows = csv::Reader::from_reader(csv.as_bytes());
        let header = rows.headers().expect("header").clone();
        let n = header.len();
        assert_eq!((&header[n - 2], &header[n - 1]), ("edited", "note"));
        let pinned_id = &edited.events[p].id;
        let rows: Vec<csv::StringRecord> = rows.records().map(|r| r.expect("row")).collect();
        let pinned_rows: Vec<_> = rows.iter().filter(|r| &r[0] == pinned_id).collect();
        assert!(!pinned_rows.is_empty());
        for r in &pinned_rows {
            assert_eq!((&r[18], &r[19]), ("true", "check with the desk"));
        }
        assert!(
            rows.iter()
                .filter(|r| &r[0] != pinned_id)
                .any(|r| &r[18] == "false" && r[19].is_empty())
        );
        let json = serde_json::to_value(edited.to_json()).expect("json");
        assert_eq!(json["events"][h]["hidden"], true);
        assert_eq!(json["events"][p]["pinned"], true);
        assert_eq!(json["events"][p]["note"], "check with the desk");

        // Shown again: back in the exports, still marked edited.
        let mut shown = edited.clone();
        let more = [Edit::Hide {
            event: r,
            hidden: false,
        }];
        assert!(apply(&mut shown, &more).is_empty());
        let md = crate::export::to_markdown(&shown, "T");
        assert!(md.contains("Zanzibar summit *(edited)*"), "{md}");
    }

    #[test]
    fn added_events_take_their_place_and_are_named_by_id() {
        let ex = seed();
        let article = ex.corpus.articles[2].id.clone();
        let edits = vec![
            Edit::Add {
                id: "added-1".into(),
                title: "Press conference in Seoul".into(),
                start: day(2024, 6, 20),
                end: day(2024, 6, 22),
                granularity: Granularity::Range,
                note: Some("from a phone call".into()),
                source: Some("Yonhap wire".into()),
            },
            Edit::Add {
                id: "added-2".into(),
                title: "Earlier visit".into(),
                start: day(2000, 7, 1),
                end: day(2000, 7, 31),
                granularity: Granularity::Month,
                note: None,
                source: Some(article.clone()),
            },
            Edit::Add {
                id: "added-1".into(),
                title: "Duplicate".into(),
                start: day(2024, 6, 20),
                end: day(2024, 6, 20),
                granularity: Granularity::Day,
                note: None,
                source: None,
            },
            Edit::Add {
                id: "added-3".into(),
                title: "Backwards".into(),
                start: day(2024, 6, 20),
                end: day(2024, 6, 1),
                granularity: Granularity::Range,
                note: None,
                source: None,
            },
            Edit::Pin {
                event: EventRef::Added("added-1".into()),
                pinned: true,
            },
        ];
        assert_eq!(next_added_id(&edits), "added-4");
        let mut edited = ex.clone();
        let unapplied = apply(&mut edited, &edits);
        assert_eq!(
            unapplied.iter().map(|u| u.index).collect::<Vec<_>>(),
            vec![2, 3]
        );
        assert_eq!(edited.events.len(), ex.events.len() + 2);
        let i = EventRef::Added("added-1".into())
            .resolve(&edited)
            .expect("added");
        let e = &edited.events[i];
        assert!(e.manual && e.edited && e.pinned && e.mentions.is_empty());
        assert_eq!(
            (e.span.start, e.span.end),
            (day(2024, 6, 20), day(2024, 6, 22))
        );
        assert_eq!(e.value(), "2024-06-20/2024-06-22");
        assert_eq!(e.sources, 0);
        // Chronological place: after every event that starts earlier.
        assert!(
            edited.events[..i]
                .iter()
                .all(|x| x.span.start <= e.span.start)
        );
        assert!(
            edited.events[i + 1..]
                .iter()
                .all(|x| x.span.start >= e.span.start)
        );
        let j = EventRef::Added("added-2".into())
            .resolve(&edited)
            .expect("added");
        assert_eq!(edited.events[j].sources, 1, "its cited article counts");
        assert_eq!(
            EventRef::of(&edited, &edited.events[j]),
            EventRef::Added("added-2".into())
        );

        let md = crate::export::to_markdown(&edited, "T");
        assert!(
            md.contains("- **20 June 2024 – 22 June 2024** — Press conference in Seoul *(edited)* (source: Yonhap wire)"),
            "{md}"
        );
        assert!(md.contains("Earlier visit *(edited)* [3]"), "{md}");
        let csv = crate::export::to_csv(&edited);
        assert!(csv.contains("added-1,2024-06-20/2024-06-22,range"), "{csv}");
        let tl = crate::export::to_timelinejs(&edited, "T");
        let slide = tl["events"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["unique_id"] == "added-1"))
            .expect("slide");
        assert_eq!(slide["end_date"]["day"], 22);
        let json = serde_json::to_value(edited.to_json()).expect("json");
        assert_eq!(json["events"][i]["manual"], true);
        assert_eq!(json["events"][i]["citation"], "Yonhap wire");
        check_invariants(&edited);

        // Mentions can be merged into a hand-added event; it keeps its title.
        let mut merged = edited.clone();
        let r = event_ref(&ex, 0);
        let more = [Edit::Merge {
            into: EventRef::Added("added-2".into()),
            from: r.clone(),
        }];
        assert!(apply(&mut merged, &more).is_empty());
        let k = r.resolve(&merged).expect("merged");
        assert_eq!(merged.events[k].title, "Earlier visit");
        assert_eq!(merged.events[k].mentions, ex.events[0].mentions);
        check_invariants(&merged);
    }

    #[test]
    fn set_date_moves_the_event_and_recomputes_importance() {
        let ex = seed();
        let last = ex.events.len() - 1;
        let r = event_ref(&ex, last);
        let mut edited = ex.clone();
        let edits = [Edit::SetDate {
            event: r.clone(),
            start: day(1950, 3, 1),
            end: day(1950, 3, 31),
            granularity: Granularity::Month,
            approximate: true,
        }];
        assert!(apply(&mut edited, &edits).is_empty());
        let i = r.resolve(&edited).expect("re-dated");
        assert_eq!(i, 0, "the earliest date now");
        let e = &edited.events[0];
        assert_eq!(e.value(), "1950-03");
        assert!(e.approximate && e.edited);
        assert_eq!(e.id, ex.events[last].id, "the id stays");
        assert_eq!(
            e.importance,
            events::importance(
                &ex.corpus.articles,
                &ex.published,
                &e.mentions,
                &e.span,
                e.sources
            )
        );
        assert!(crate::export::to_markdown(&edited, "T").contains("**c. March 1950**"));
        check_invariants(&edited);
    }

    #[test]
    fn set_published_re_resolves_the_relative_dates_of_its_article() {
        let ex = seed();
        // An article with a weekday ("early on Wednesday") resolved from its date.
        let (a, m) = ex
            .events
            .iter()
            .flat_map(|e| &e.mentions)
            .find_map(|m| {
                let text = &ex.corpus.articles[m.article].text[m.start..m.end];
                (text.contains("Wednesday") && m.anchor != crate::tagger::Anchor::Absolute)
                    .then_some((m.article, m.clone()))
            })
            .expect("a weekday mention");
        let old = ex.published[a].date.expect("dated");
        let new = old + chrono::Duration::days(8);
        let id = ex.corpus.articles[a].id.clone();
        let edits = vec![
            Edit::SetPublished {
                article: id.clone(),
                date: day(1999, 1, 1),
            },
            Edit::SetPublished {
                article: id.clone(),
                date: new,
            },
        ];
        assert_eq!(
            corrections(&edits).published.get(&id),
            Some(&new),
            "last wins"
        );
        let (edited, unapplied) = extract(corpus::embedded(), &edits);
        assert!(unapplied.is_empty());
        assert_eq!(edited.published[a].date, Some(new));
        assert_eq!(
            edited.published[a].source,
            crate::pubdate::DateSource::Edited
        );
        let key = MentionKey::of(&ex, &m);
        let (i, j) = key.resolve(&edited).expect("still a date");
        let moved = &edited.events[i].mentions[j];
        assert_ne!(moved.span, m.span, "re-resolved from the new date");
        assert_eq!(
            chrono::Datelike::weekday(&moved.span.start),
            chrono::Weekday::Wed
        );
        assert!((moved.span.start - new).num_days().abs() <= 7);
        check_invariants(&edited);
    }

    #[test]
    fn edits_serialise_with_their_op() {
        let edit = Edit::Rename {
            event: EventRef::Mention(MentionKey {
                article: "a".into(),
                start: 1,
                end: 5,
                text: "June".into(),
            }),
            title: "T".into(),
        };
        let json = serde_json::to_value(&edit).expect("json");
        assert_eq!(json["op"], "rename");
        assert_eq!(json["event"]["mention"]["text"], "June");
        let back: Edit = serde_json::from_value(json).expect("back");
        assert_eq!(back, edit);
        let set: Edit = serde_json::from_str(
            r#"{"op":"set_date","event":{"added":"added-1"},"start":"2024-06-01","end":"2024-06-30","granularity":"month"}"#,
        )
        .expect("parses");
        assert_eq!(
            set,
            Edit::SetDate {
                event: EventRef::Added("added-1".into()),
                start: day(2024, 6, 1),
                end: day(2024, 6, 30),
                granularity: Granularity::Month,
                approximate: false,
            }
        );
    }
}
