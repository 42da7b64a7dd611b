//! CSV: one row per mention, with the columns of its event repeated, RFC 4180 quoting
//! (by the csv crate). Offsets are Unicode code points, like the JSON. Hidden events are
//! left out; a hand-added event without mentions has one row with the mention columns
//! empty (its citation in `article_title`). The last columns are the analyst's: `edited`
//! (true when the event was changed or added by hand) and `note`.

use crate::extract::Extraction;
use crate::text::CharCounter;

const HEADER: &[&str] = &[
    "event_id",
    "event_date",
    "granularity",
    "start",
    "end",
    "title",
    "importance",
    "sources",
    "disputed",
    "article",
    "article_title",
    "published",
    "published_source",
    "mention_text",
    "mention_start",
    "mention_end",
    "mention_value",
    "sentence",
    "edited",
    "note",
];

pub fn to_csv(x: &Extraction) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failure would only lose the row.
    let _ = w.write_record(HEADER);
    for e in x.events.iter().filter(|e| e.visible()) {
        let event_cols = || {
            [
                e.id.clone(),
                e.span.value(),
                e.span.granularity.as_str().to_string(),
                e.span.start.to_string(),
                e.span.end.to_string(),
                e.title.clone(),
                format!("{:.3}", e.importance),
                e.sources.to_string(),
                (!e.disputes.is_empty()).to_string(),
            ]
        };
        let analyst_cols = || [e.edited.to_string(), e.note.clone().unwrap_or_default()];
        if e.mentions.is_empty() {
            let mut row: Vec<String> = event_cols().into();
            row.resize(HEADER.len() - 2, String::new());
            row[10] = e.citation.clone().unwrap_or_default();
            row.extend(analyst_cols());
            let _ = w.write_record(&row);
        }
        for m in &e.mentions {
            let a = &x.corpus.articles[m.article];
            let p = &x.published[m.article];
            let mut cc = CharCounter::new(&a.text);
            let mut row: Vec<String> = event_cols().into();
            row.extend([
                a.id.clone(),
                a.title.clone(),
                p.date.map(|d| d.to_string()).unwrap_or_default(),
                p.source.as_str().to_string(),
                a.text[m.start..m.end].to_string(),
                cc.chars_at(m.start).to_string(),
                cc.chars_at(m.end).to_string(),
                m.value.clone(),
                a.text[m.sentence.0..m.sentence.1].to_string(),
            ]);
            row.extend(analyst_cols());
            let _ = w.write_record(&row);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
