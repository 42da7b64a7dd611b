//! Property tests: the tagger and the whole pipeline never panic and always return
//! well-formed results, whatever the text.

use chronicle::corpus::parse_article;
use chronicle::tagger::{TagOptions, tag};
use chrono::NaiveDate;
use proptest::prelude::*;

/// Text that looks a bit like news: date words, numbers, punctuation and arbitrary Unicode.
fn newsish() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("June".to_string()),
        Just("Jan.".to_string()),
        Just("Wednesday".to_string()),
        Just("last".to_string()),
        Just("years".to_string()),
        Just("later".to_string()),
        Just("the".to_string()),
        Just("1961,".to_string()),
        Just("2024".to_string()),
        Just("19".to_string()),
        Just("mid-1990s".to_string()),
        Just("Q3".to_string()),
        Just("17:07".to_string()),
        Just("“".to_string()),
        Just("é".to_string()),
        Just("🙂".to_string()),
        Just("\n".to_string()),
        "[0-9]{1,6}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(word, 0..60).prop_map(|w| w.join(" "))
}

fn check(text: &str, dct: Option<NaiveDate>) {
    let t = tag(text, dct, &TagOptions::default());
    let mut last_end = 0;
    for x in &t.timexes {
        assert!(x.start < x.end && x.end <= text.len(), "bad extent {x:?}");
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        assert!(x.start >= last_end, "overlap or disorder at {x:?}");
        assert!(!x.value.is_empty());
        last_end = x.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tagger_never_panics_on_newsish_text(text in newsish(), days in -800_000i32..800_000) {
        check(&text, NaiveDate::from_num_days_from_ce_opt(738_000 + days / 1000));
        check(&text, None);
    }

    #[test]
    fn tagger_never_panics_on_arbitrary_strings(text in "\\PC*") {
        check(&text, NaiveDate::from_ymd_opt(2024, 6, 19));
    }

    #[test]
    fn pipeline_never_panics(text in newsish()) {
        let a = parse_article("a".into(), "a.txt".into(), &text);
        let x = chronicle::extract::run(chronicle::corpus::Corpus { articles: vec![a], errors: vec![] });
        let _ = x.to_json();
    }
}

#[test]
fn extreme_inputs() {
    let dct = NaiveDate::from_ymd_opt(2024, 6, 19);
    check(&"9".repeat(1 << 20), dct);
    check(&"a".repeat(1 << 20), dct);
    check(&"June 19, 2024 ".repeat(70_000), dct);
    check(&"é🙂“”".repeat(100_000), dct);
    check(&format!("{} 1961", "x".repeat(1 << 20)), dct);
    check("", dct);
    check("June", NaiveDate::from_ymd_opt(1, 1, 1));
    check(
        "next year, last year, 9999",
        NaiveDate::from_ymd_opt(262_000, 12, 31),
    );
    check(
        "Jan. 14, 2024 two days ago",
        NaiveDate::from_ymd_opt(-262_000, 1, 1),
    );
}
