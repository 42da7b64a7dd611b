//! Data exports on the seed corpus: golden files (insta snapshots, reviewed), CSV quoting,
//! and the TimelineJS3 output checked against its documented JSON format.

use std::process::Command;

use serde_json::Value;

fn chronicle(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn markdown_brief_golden() {
    insta::assert_snapshot!(
        "seed_brief.md",
        chronicle(&[
            "extract",
            "--format",
            "markdown",
            "--title",
            "Russia–North Korea treaty"
        ])
    );
}

#[test]
fn csv_golden_and_well_formed() {
    let csv_text = chronicle(&["extract", "--format", "csv"]);
    insta::assert_snapshot!("seed.csv", csv_text);
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let header = r.headers().expect("header").clone();
    assert_eq!(&header[0], "event_id");
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.expect("RFC 4180 row")).collect();
    assert!(rows.iter().all(|row| row.len() == header.len()));
    // Sentences with commas and quotes survive the round trip.
    assert!(rows.iter().any(|row| row[17].contains(", 2000 and 2001")));
    assert!(rows.iter().any(|row| row[17].contains('“')));
}

#[test]
fn timelinejs_golden() {
    insta::assert_snapshot!(
        "seed_timelinejs.json",
        chronicle(&["extract", "--format", "timelinejs", "--title", "Treaty"])
    );
}

/// The TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html): an optional
/// `title` slide and an `events` array of slides, each with a `start_date` whose `year` is
/// required and `month`/`day` optional but only in that order, an optional `end_date` of
/// the same shape, and `text` with `headline`/`text` strings.
#[test]
fn timelinejs_follows_the_documented_format() {
    let j: Value =
        serde_json::from_str(&chronicle(&["extract", "--format", "timelinejs"])).expect("JSON");
    let title = &j["title"]["text"];
    assert!(title["headline"].is_string() && title["text"].is_string());
    let events = j["events"].as_array().expect("events array");
    assert!(!events.is_empty());
    let mut ids = std::collections::HashSet::new();
    for e in events {
        check_date(&e["start_date"]);
        if !e["end_date"].is_null() {
            check_date(&e["end_date"]);
        }
        assert!(
            e["text"]["headline"]
                .as_str()
                .is_some_and(|h| !h.is_empty())
        );
        assert!(
            e["text"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("<mark>"))
        );
        assert!(
            ids.insert(e["unique_id"].as_str().expect("unique_id").to_string()),
            "unique ids"
        );
    }
    // Precision: the signing is a day, the Vladivostok summit a month, 1961 a year.
    let find = |y: i64, m: Option<i64>| {
        events
            .iter()
            .find(|e| e["start_date"]["year"] == y && e["start_date"]["month"].as_i64() == m)
    };
    assert!(find(2024, Some(6)).is_some_and(|e| e["start_date"]["day"].is_number()));
    assert!(find(2023, Some(9)).is_some_and(|e| e["start_date"]["day"].is_null()));
    assert!(find(1961, None).is_some());
}

fn check_date(d: &Value) {
    let obj = d.as_object().expect("date object");
    for k in obj.keys() {
        assert!(
            [
                "year",
                "month",
                "day",
                "hour",
                "minute",
                "second",
                "millisecond",
                "display_date"
            ]
            .contains(&k.as_str()),
            "unknown date key {k}"
        );
    }
    assert!(d["year"].is_i64(), "year required: {d}");
    if let Some(m) = d["month"].as_i64() {
        assert!((1..=12).contains(&m));
    } else {
        assert!(d["day"].is_null(), "a day needs a month: {d}");
    }
    if let Some(day) = d["day"].as_i64() {
        assert!((1..=31).contains(&day));
    }
}
