//! The seed corpus yields the events an analyst expects, each with the articles that
//! report it (issue: "From mentions to events"). Runs the real binary on the built-in corpus.

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::Value;

const A000: &str = "000_8e2fd53396efb890";
const A001: &str = "001_d08cd8d8d3db3508";
const A002: &str = "002_6d3c99f1deddeec7";
const A003: &str = "003_944f2b94fed9c0d1";
const A004: &str = "004_a61480654b188038";

fn extract() -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["extract", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn sources(e: &Value) -> BTreeSet<String> {
    e["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["article"].as_str().unwrap().to_string())
        .collect()
}

/// The event with date value `value` (exactly) whose sources include all of `want`.
fn find<'a>(j: &'a Value, value: &str, want: &[&str]) -> Option<&'a Value> {
    j["events"].as_array().unwrap().iter().find(|e| {
        let s = sources(e);
        e["date"]["value"] == value && want.iter().all(|w| s.contains(*w))
    })
}

#[test]
fn the_seed_story_has_its_events_with_their_sources() {
    let j = extract();
    let expected: &[(&str, &[&str], &str)] = &[
        ("1961", &[A000], "1961 treaty"),
        (
            "2000-07",
            &[A000, A003],
            "2000 visit (July 2000; 'first visit in 24 years')",
        ),
        ("2001", &[A000], "2001 declaration"),
        ("2006", &[A002], "2006 sanctions"),
        ("2017", &[A001], "2017 sanctions"),
        ("2019", &[A000], "2019 meeting"),
        ("2022", &[A001, A002, A003], "2022 invasion"),
        (
            "2023-09",
            &[A000, A001, A003],
            "September 2023 Vladivostok summit",
        ),
        ("2024-01", &[A001], "January 2024 White House claim"),
        ("2024-01-14", &[A001], "14 January 2024 missile test"),
        ("2024-02", &[A003], "February 2024 estimate"),
        ("2024-06-18", &[A001, A003], "18 June 2024 arrival"),
        (
            "2024-06-19",
            &[A000, A001, A002, A003, A004],
            "19 June 2024 signing",
        ),
    ];
    let mut missing = Vec::new();
    for (value, want, what) in expected {
        if find(&j, value, want).is_none() {
            let got: Vec<_> = j["events"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["date"]["value"] == *value)
                .map(sources)
                .collect();
            missing.push(format!(
                "{what}: no {value} event with {want:?} (found {got:?})"
            ));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_signing_is_one_event_and_the_most_important() {
    let j = extract();
    let events = j["events"].as_array().unwrap();
    let signing: Vec<&Value> = events.iter().filter(|e| sources(e).len() == 5).collect();
    assert_eq!(signing.len(), 1, "one event cited by all five articles");
    assert_eq!(signing[0]["date"]["value"], "2024-06-19");
    let max = events
        .iter()
        .map(|e| e["importance"].as_f64().unwrap())
        .fold(0.0, f64::max);
    assert_eq!(signing[0]["importance"].as_f64().unwrap(), max);
}

#[test]
fn the_arrival_date_is_disputed() {
    // One source says Putin arrived "early on Wednesday" (19 June), others "on June 18" /
    // "landed on Tuesday": both dates are kept and linked.
    let j = extract();
    let arrival = find(&j, "2024-06-18", &[A001, A003]).expect("18 June event");
    assert_eq!(arrival["disputed"], true);
    let d = &arrival["disputes"][0];
    assert_eq!(d["value"], "2024-06-19");
    assert!(
        d["other_excerpt"]
            .as_str()
            .unwrap()
            .contains("arrived in North Korea early on Wednesday")
    );
}

#[test]
fn inferred_publication_dates_say_where_they_came_from() {
    let j = extract();
    for a in j["articles"].as_array().unwrap() {
        let p = &a["published"];
        assert_eq!(p["value"], "2024-06-19", "{a}");
        assert!(!p["evidence"].as_str().unwrap().is_empty());
    }
    let sources: Vec<&str> = j["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["published"]["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources.iter().filter(|s| **s == "dateline").count(),
        1,
        "{sources:?}"
    );
    assert!(
        sources.iter().filter(|s| **s == "consensus").count() >= 3,
        "{sources:?}"
    );
}

#[test]
fn durations_and_generic_today_are_not_events() {
    let j = extract();
    for e in j["events"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let text = m["text"].as_str().unwrap();
            assert_ne!(text, "for years", "a duration became an event");
            let sentence = m["sentence"].as_str().unwrap();
            assert!(
                !sentence.starts_with("“Today, we are fighting"),
                "generic 'today' in a quote became an event"
            );
        }
    }
}
