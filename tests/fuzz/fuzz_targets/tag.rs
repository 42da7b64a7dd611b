//! The tagger on arbitrary text and DCTs: must never panic, extents must be valid.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let days = i32::from_le_bytes([data[0], data[1], data[2], 0]) % 1_000_000;
    let dct = chrono::NaiveDate::from_num_days_from_ce_opt(days);
    let text = String::from_utf8_lossy(&data[3..]);
    let tagged = chronicle::tagger::tag(&text, dct, &Default::default());
    let mut last = 0;
    for t in &tagged.timexes {
        assert!(t.start >= last && t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        last = t.end;
    }
});
