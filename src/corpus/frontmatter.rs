//! Markdown front matter: `key: value` lines between `---` lines at the top of a file.

use chrono::NaiveDate;

use super::parse_date_value;

/// What the front matter declares, and the body after it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct FrontMatter<'a> {
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The text after the closing `---` line (leading blank lines dropped).
    pub body: &'a str,
}

/// Splits front matter off `raw`; `None` when the file does not start with a `---` line or
/// the block is never closed.
pub(super) fn split(raw: &str) -> Option<FrontMatter<'_>> {
    let mut lines = raw.split_inclusive('\n');
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut fm = FrontMatter::default();
    let mut offset = raw.find('\n')? + 1;
    for line in lines {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" || trimmed == "..." {
            fm.body = skip_blank_lines(&raw[offset..]);
            return Some(fm);
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "date" | "published" | "pubdate" | "pub_date" | "date_published" | "publishdate"
                if fm.date.is_none() =>
            {
                fm.date = parse_date_value(value);
            }
            "title" => fm.title = Some(value.to_string()),
            "source" | "publisher" | "site" => fm.source = Some(value.to_string()),
            "url" | "link" | "canonical" => fm.url = Some(value.to_string()),
            _ => {}
        }
    }
    None
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

fn skip_blank_lines(mut s: &str) -> &str {
    while let Some(end) = s.find('\n') {
        if !s[..end].trim().is_empty() {
            break;
        }
        s = &s[end + 1..];
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_body() {
        let raw = "---\ntitle: \"Storm: the aftermath\"\ndate: 2024-06-19\nurl: https://x.org/a\n\
                   tags: [a, b]\n---\n\nBody line.\n";
        let fm = split(raw).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Storm: the aftermath"));
        assert_eq!(fm.date, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert_eq!(fm.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(fm.body, "Body line.\n");
    }

    #[test]
    fn crlf_timestamps_and_unclosed() {
        let fm = split("---\r\ndate: '2024-06-19T10:00:00Z'\r\n---\r\nText").unwrap();
        assert_eq!(fm.date, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert_eq!(fm.body, "Text");
        assert_eq!(split("---\ndate: 2024-06-19\nno end"), None);
        assert_eq!(split("Text\n---\n"), None);
        assert_eq!(split("--- \n---\n").unwrap().body, "");
    }
}
