//! Bytes → article → the whole pipeline → JSON: must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = chronicle::corpus::decode(data) else { return };
    let article = chronicle::corpus::parse_article("fuzz".into(), "fuzz.txt".into(), &text);
    let x = chronicle::extract::run(chronicle::corpus::Corpus { articles: vec![article], errors: vec![] });
    let _ = x.to_json();
});
