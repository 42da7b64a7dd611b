//! Small text utilities shared by the core: sentence boundaries, byte → code-point
//! offsets, content words. Everything works on `&str` byte offsets internally; code points
//! appear only at the JSON boundary (see `CharCounter`).

/// Byte ranges `[start, end)` of the sentences of `text`, in order, covering every
/// non-blank stretch. A newline always ends a sentence (news text puts one paragraph per
/// line); inside a line, `.`, `!` or `?` followed by white space and an upper-case letter,
/// a digit or an opening quote ends one, unless the word before is a known abbreviation.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        split_line(text, line_start, line_end, &mut out);
        line_start = line_end;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let line = &text[start..end];
    let mut sent_start = start;
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Swallow closing quotes/brackets and repeated punctuation.
        let mut j = i + c.len_utf8();
        while let Some(&(k, n)) = iter.peek() {
            if matches!(n, '.' | '!' | '?' | '"' | '\'' | '’' | '”' | ')' | ']') {
                j = k + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &line[j..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue; // no white space after, or end of line (handled by the line split)
        }
        let next = trimmed.chars().next().unwrap_or(' ');
        let starts_sentence = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '"' | '“' | '‘' | '\'' | '(' | '-' | '–');
        if !starts_sentence || (c == '.' && is_abbreviation(&line[..i])) {
            continue;
        }
        push_trimmed(text, sent_start, start + j, out);
        sent_start = start + j;
    }
    push_trimmed(text, sent_start, end, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push((start + lead, end - trail));
    }
}

/// True when the text before a period ends with an abbreviation ("Mr", "Jan", "U.S").
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "U.S", "U.N", "J".
    if word.split('.').all(|p| p.chars().count() == 1) {
        return true;
    }
    const ABBR: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ",
    ];
    let lower = word.to_ascii_lowercase();
    ABBR.contains(&lower.as_str())
}

/// Index of the sentence containing byte `pos`, or the last sentence before it.
pub fn sentence_at(sentences: &[(usize, usize)], pos: usize) -> Option<usize> {
    match sentences.binary_search_by(|&(s, _)| s.cmp(&pos)) {
        Ok(i) => Some(i),
        Err(0) => (!sentences.is_empty()).then_some(0),
        Err(i) => Some(i - 1),
    }
}

/// Converts increasing byte offsets of one text into Unicode code-point offsets in
/// amortised O(1) per call (offsets may also go backwards; it then restarts).
pub struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Code-point offset of byte offset `pos` (clamped to the text, floored to a char boundary).
    pub fn chars_at(&mut self, pos: usize) -> usize {
        let mut pos = pos.min(self.text.len());
        while !self.text.is_char_boundary(pos) {
            pos -= 1;
        }
        if pos < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..pos].chars().count();
        self.byte = pos;
        self.chars
    }
}

/// Byte offset of code-point offset `chars` in `text` (clamped to the end).
pub fn byte_at_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

/// Lower-cased content words of `s` (letters/digits runs of length >= 3 that are not
/// stop words). Used for event similarity and titles.
pub fn content_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase())
        .filter(|w| !is_stop_word(w))
}

/// Weighted content words (stems) of some text; Fx hashing (short keys, no untrusted-input
/// DoS concern).
pub type Bag = rustc_hash::FxHashMap<String, f64>;

/// Cosine similarity of two bags (0 when either is empty).
pub fn cosine(a: &Bag, b: &Bag) -> f64 {
    let dot: f64 = a.iter().filter_map(|(w, x)| b.get(w).map(|y| x * y)).sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// A light suffix-stripping stemmer for similarity: "leaving"/"leave" → "leav",
/// "signed"/"signs" → "sign", "Vietnamese"/"Vietnam" → "vietnam". Not linguistics: only
/// enough to let inflected forms of one word meet.
pub fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    let mut s: &str = &w;
    for suffix in ["ese", "ing", "ies", "ed", "es", "s", "e", "ly"] {
        if let Some(rest) = s.strip_suffix(suffix)
            && rest.chars().count() >= 3
        {
            s = rest;
            break;
        }
    }
    s.chars().take(8).collect()
}

/// Stems of the content words of `s`.
pub fn content_stems(s: &str) -> impl Iterator<Item = String> + '_ {
    content_words(s).map(|w| stem(&w))
}

pub fn is_stop_word(w: &str) -> bool {
    // A `match` on string literals compiles to a length switch plus a few comparisons.
    matches!(
        w,
        "the"
            | "and"
            | "for"
            | "that"
            | "with"
            | "this"
            | "from"
            | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "not"
            | "but"
            | "its"
            | "his"
            | "her"
            | "their"
            | "they"
            | "them"
            | "which"
            | "who"
            | "whom"
            | "said"
            | "says"
            | "say"
            | "will"
            | "would"
            | "could"
            | "should"
            | "been"
            | "being"
            | "into"
            | "also"
            | "than"
            | "then"
            | "there"
            | "these"
            | "those"
            | "what"
            | "when"
            | "where"
            | "while"
            | "after"
            | "before"
            | "about"
            | "over"
            | "under"
            | "since"
            | "during"
            | "other"
            | "such"
            | "some"
            | "more"
            | "most"
            | "many"
            | "much"
            | "very"
            | "can"
            | "may"
            | "might"
            | "one"
            | "two"
            | "our"
            | "your"
            | "you"
            | "him"
            | "she"
            | "out"
            | "off"
            | "did"
            | "does"
            | "all"
            | "any"
            | "each"
            | "both"
            | "between"
            | "against"
            | "according"
            | "told"
            | "reported"
            | "earlier"
            | "later"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "time"
            | "now"
            | "last"
            | "next"
            | "first"
            | "new"
            | "because"
            | "just"
            | "only"
            | "even"
            | "still"
            | "however"
            | "including"
            | "via"
            | "per"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn splits_on_periods_and_lines_but_not_abbreviations() {
        let t = "Mr. Putin met Mr. Kim on Jan. 14. The U.S. said no.\nNew line here";
        assert_eq!(
            split(t),
            vec![
                "Mr. Putin met Mr. Kim on Jan. 14.",
                "The U.S. said no.",
                "New line here"
            ]
        );
    }

    #[test]
    fn keeps_closing_quotes_with_the_sentence() {
        let t = "He said “it is done.” Then he left.";
        assert_eq!(split(t), vec!["He said “it is done.”", "Then he left."]);
    }

    #[test]
    fn char_counter_handles_multibyte_text() {
        let t = "é“x” 2024";
        let mut c = CharCounter::new(t);
        let b = t.find('2').unwrap();
        assert_eq!(c.chars_at(b), 5);
        assert_eq!(c.chars_at(t.len()), 9);
        assert_eq!(c.chars_at(0), 0);
        assert_eq!(byte_at_char(t, 5), b);
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("leaving"), stem("leave"));
        assert_eq!(stem("signed"), stem("signs"));
        assert_eq!(stem("Vietnamese"), stem("Vietnam"));
        assert_eq!(stem("arrived"), stem("arrive"));
    }

    #[test]
    fn sentence_lookup() {
        let s = vec![(0, 5), (7, 10)];
        assert_eq!(sentence_at(&s, 8), Some(1));
        assert_eq!(sentence_at(&s, 6), Some(0));
        assert_eq!(sentence_at(&[], 6), None);
    }
}
