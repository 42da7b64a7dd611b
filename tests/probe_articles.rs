//! The judged probe articles (`tests/probes/`, see its README): news the tagger was
//! tuned against after the benchmarks. Every article must tag to well-formed TIMEX3
//! output, the same on every run, and yield the dated expressions it was written for.

use chronicle::tagger::{TagOptions, TimexType, tag};
use chrono::NaiveDate;

struct Article {
    id: String,
    dct: NaiveDate,
    text: String,
}

fn articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/probes");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/probes")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let body = std::fs::read_to_string(&f).expect("probe file");
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object a line");
            out.push(Article {
                id: v["id"].as_str().expect("id").to_string(),
                dct: NaiveDate::parse_from_str(v["dct"].as_str().expect("dct"), "%Y-%m-%d")
                    .expect("dct is YYYY-MM-DD"),
                text: v["text"].as_str().expect("text").to_string(),
            });
        }
    }
    out
}

/// The value's shape agrees with its type (TimeML TIMEX3).
fn well_formed(kind: TimexType, value: &str) -> bool {
    let b = value.as_bytes();
    let duration =
        b.len() > 1 && b[0] == b'P' && (b[1].is_ascii_digit() || b[1] == b'X' || b[1] == b'T');
    let clock = value.contains('T') && !duration;
    value
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || b"-:._".contains(&c))
        && match kind {
            TimexType::Duration => duration,
            TimexType::Time => clock,
            TimexType::Date => !duration && !clock || value.ends_with("_REF"),
            TimexType::Set => duration || value.starts_with('X') || clock,
        }
}

#[test]
fn every_probe_article_tags_to_well_formed_timexes() {
    let all = articles();
    assert!(all.len() >= 160, "only {} probe articles", all.len());
    for a in &all {
        let t = tag(&a.text, Some(a.dct), &TagOptions::default());
        assert!(
            t.timexes.len() >= 5,
            "{}: {} timexes",
            a.id,
            t.timexes.len()
        );
        let mut last_end = 0;
        for x in &t.timexes {
            assert!(
                x.start >= last_end && x.start < x.end && x.end <= a.text.len(),
                "{}: {x:?}",
                a.id
            );
            assert!(
                a.text.is_char_boundary(x.start) && a.text.is_char_boundary(x.end),
                "{}",
                a.id
            );
            assert!(
                well_formed(x.kind, &x.value),
                "{}: {:?} {x:?}",
                a.id,
                &a.text[x.start..x.end]
            );
            last_end = x.end;
        }
        // a pure function: the same text and DCT give the same answer
        let again = tag(&a.text, Some(a.dct), &TagOptions::default());
        assert_eq!(
            t.timexes
                .iter()
                .map(|x| (x.start, x.end, &x.value))
                .collect::<Vec<_>>(),
            again
                .timexes
                .iter()
                .map(|x| (x.start, x.end, &x.value))
                .collect::<Vec<_>>(),
            "{}",
            a.id
        );
    }
}

#[test]
fn probe_articles_date_their_own_years() {
    // every article names at least one day or month that lies within a year of its
    // publication date: the resolver anchors news to the DCT
    for a in articles() {
        let t = tag(&a.text, Some(a.dct), &TagOptions::default());
        let near = t.timexes.iter().any(|x| {
            let v = x.value.get(..10).unwrap_or(&x.value);
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .ok()
                .or_else(|| {
                    NaiveDate::parse_from_str(
                        &format!("{}-01", v.get(..7).unwrap_or("")),
                        "%Y-%m-%d",
                    )
                    .ok()
                })
                .is_some_and(|d| (d - a.dct).num_days().abs() <= 366)
        });
        assert!(near, "{}: nothing dated near {}", a.id, a.dct);
    }
}
