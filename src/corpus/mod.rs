//! Corpus loading: paths → articles plus a reason for every file that could not be used.
//!
//! Loading never fails and never panics: every problem becomes a [`LoadError`] and
//! every other file still loads. Files are only ever read.
//!
//! Formats: plain text (`.txt`, `.text`, with an optional `Date: YYYY-MM-DD` first line),
//! Markdown (`.md`, `.markdown`, with optional `---` front matter) and HTML (`.html`,
//! `.htm`, `.xhtml`: article text, title and publication date from the page's metadata).
//! A folder may hold an `articles.tsv` / `articles.csv` sidecar giving date, source, url and
//! title for the files it lists. Encodings: UTF-8 (with or without BOM), UTF-16 with BOM,
//! and legacy single-byte encodings (detected). Folders are walked first, then the files
//! are read, decoded and parsed in parallel; results keep the order of the paths.

mod decode;
mod frontmatter;
mod html;
mod load;
mod sidecar;
mod stamp;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

pub use decode::decode_with_encoding;
pub use load::{
    PREVIEW_FILES, load_paths, load_paths_streaming, load_paths_with, reload_paths_with,
};
pub use stamp::{FileStamp, changed};

/// One news article as loaded from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// File stem, made unique within the corpus ("000_8e2fd53396efb890").
    pub id: String,
    /// Where it came from (a file path, or `embedded:NAME` for the built-in corpus).
    pub path: String,
    /// The declared title (front matter, HTML metadata, sidecar), else the first non-empty
    /// line of the text, shortened.
    pub title: String,
    /// The article text; every offset in the program refers to it. For Markdown it is the
    /// body after the front matter; for HTML the extracted paragraphs, separated by blank
    /// lines.
    pub text: String,
    /// A date the file itself declares (see `declared_by`).
    pub header_date: Option<NaiveDate>,
    /// The file's modification day (UTC), the last-resort publication date.
    pub modified: Option<NaiveDate>,
    /// Where `header_date` came from: "header" (a `Date: YYYY-MM-DD` first line),
    /// "front-matter", "html-meta" or "sidecar" (`articles.tsv` / `articles.csv`).
    pub declared_by: Option<String>,
    /// The publisher, from the sidecar, front matter or `og:site_name`.
    pub source: Option<String>,
    /// The article's address, from the sidecar, front matter or the page's canonical link.
    pub url: Option<String>,
    /// The encoding the file was decoded from ("UTF-8", "UTF-16LE", "windows-1252"…).
    pub encoding: String,
    /// Size, time and hash of the file when loaded (None for the built-in corpus).
    pub stamp: Option<FileStamp>,
}

/// A file that could not be used, with a reason a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadError {
    pub path: String,
    pub error: String,
}

/// What loading produced.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// Limits for [`load_paths_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Larger files are skipped with a reason.
    pub max_file_bytes: u64,
    /// Deepest folder nesting followed below a given folder.
    pub max_depth: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: MAX_FILE_BYTES,
            max_depth: MAX_DEPTH,
        }
    }
}

/// Reported by [`load_paths_with`] each time a file is finished (loaded or refused).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    /// Files finished so far.
    pub done: usize,
    /// Files to read in all (known once the folders have been walked).
    pub total: usize,
    /// The file just finished.
    pub current: String,
}

/// Largest file read as an article (default of [`LoadOptions::max_file_bytes`]).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest folder nesting followed below a given folder (default of
/// [`LoadOptions::max_depth`]).
pub const MAX_DEPTH: usize = 32;

/// The five seed articles, built into the binary so the app and `extract` work anywhere.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "000_8e2fd53396efb890.txt",
        include_str!("../../corpus/000_8e2fd53396efb890.txt"),
    ),
    (
        "001_d08cd8d8d3db3508.txt",
        include_str!("../../corpus/001_d08cd8d8d3db3508.txt"),
    ),
    (
        "002_6d3c99f1deddeec7.txt",
        include_str!("../../corpus/002_6d3c99f1deddeec7.txt"),
    ),
    (
        "003_944f2b94fed9c0d1.txt",
        include_str!("../../corpus/003_944f2b94fed9c0d1.txt"),
    ),
    (
        "004_a61480654b188038.txt",
        include_str!("../../corpus/004_a61480654b188038.txt"),
    ),
];

/// The built-in corpus.
pub fn embedded() -> Corpus {
    let mut ids = IdAllocator::default();
    let articles = EMBEDDED
        .iter()
        .map(|(name, raw)| {
            let id = ids.allocate(stem(Path::new(name)));
            parse_article(id, format!("embedded:{name}"), raw)
        })
        .collect();
    Corpus {
        articles,
        errors: Vec::new(),
    }
}

/// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy
/// encoding; binary, empty and blank files are refused with a reason. See
/// [`decode_with_encoding`] for the encoding's name too.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    decode_with_encoding(bytes).map(|(text, _)| text)
}

/// What kind of document a path holds, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Markdown,
    Html,
}

impl Kind {
    fn of(path: &Path) -> Kind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "md" | "markdown" => Kind::Markdown,
            "html" | "htm" | "xhtml" => Kind::Html,
            _ => Kind::Text,
        }
    }
}

/// Builds the article from decoded text; the format follows `path`'s extension (`.md`:
/// front matter; `.html`: page extraction; anything else: an optional `Date: YYYY-MM-DD`
/// first line). `encoding` is set to "UTF-8"; `modified` and `stamp` are left empty.
pub fn parse_article(id: String, path: String, raw: &str) -> Article {
    let kind = Kind::of(Path::new(&path));
    parse_as(id, path, raw, kind).0
}

/// [`parse_article`] with the kind given; also says whether the title was declared (not
/// guessed from the first line).
fn parse_as(id: String, path: String, raw: &str, kind: Kind) -> (Article, bool) {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut title = None;
    let (mut source, mut url) = (None, None);
    let (text, date, declared_by) = match kind {
        Kind::Html => {
            let page = html::parse(raw);
            title = page.title;
            source = page.source;
            url = page.url;
            (page.text, page.date, page.date.map(|_| "html-meta"))
        }
        Kind::Markdown | Kind::Text => {
            let mut body = raw;
            let mut date = None;
            let mut by = None;
            if kind == Kind::Markdown
                && let Some(fm) = frontmatter::split(raw)
            {
                body = fm.body;
                date = fm.date;
                by = date.map(|_| "front-matter");
                title = fm.title;
                source = fm.source;
                url = fm.url;
            }
            if date.is_none() {
                let (header, rest) = split_date_header(body);
                if header.is_some() {
                    date = header;
                    by = Some("header");
                    body = rest;
                }
            }
            (body.to_string(), date, by)
        }
    };
    let declared = title.as_deref().is_some_and(|t| !t.trim().is_empty());
    let title = match title.filter(|t| !t.trim().is_empty()) {
        Some(t) => shorten_title(t.trim()),
        None => text
            .lines()
            .map(|l| match kind {
                Kind::Markdown => l.trim().trim_start_matches('#').trim(),
                _ => l.trim(),
            })
            .find(|l| !l.is_empty())
            .map(shorten_title)
            .unwrap_or_else(|| id.clone()),
    };
    let article = Article {
        id,
        path,
        title,
        text,
        header_date: date,
        modified: None,
        declared_by: declared_by.map(str::to_string),
        source,
        url,
        encoding: "UTF-8".into(),
        stamp: None,
    };
    (article, declared)
}

/// `Date: 2024-06-19\n\nText…` → (Some(date), "Text…"). Without a valid header the text is
/// returned whole.
fn split_date_header(raw: &str) -> (Option<NaiveDate>, &str) {
    let first_end = raw.find('\n').unwrap_or(raw.len());
    let first = raw[..first_end].trim();
    let Some(rest) = first.strip_prefix("Date:") else {
        return (None, raw);
    };
    let Ok(date) = NaiveDate::parse_from_str(rest.trim(), "%Y-%m-%d") else {
        return (None, raw);
    };
    let mut body = &raw[(first_end + 1).min(raw.len())..];
    // One blank line separates the header from the text.
    let blank_end = body.find('\n').unwrap_or(body.len());
    if body[..blank_end].trim().is_empty() {
        body = &body[(blank_end + 1).min(body.len())..];
    }
    (Some(date), body)
}

/// A declared date value: ISO 8601 (`2024-06-19`, `2024-06-19T08:30:00+02:00`), RFC 2822,
/// `2024/06/19`, `20240619`, `19.06.2024` (day first), `June 19, 2024`, `19 June 2024`. The
/// calendar day as written (no time-zone conversion).
fn parse_date_value(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10)
        && let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d")
        && s[10..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, 'T' | 't' | ' ' | '_'))
    {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        return NaiveDate::from_ymd_opt(n(0..4)? as i32, n(4..6)?, n(6..8)?);
    }
    const FORMATS: &[&str] = &[
        "%Y/%m/%d",
        "%Y.%m.%d",
        "%d.%m.%Y",
        "%B %d, %Y",
        "%b %d, %Y",
        "%B %d %Y",
        "%d %B %Y",
        "%d %b %Y",
    ];
    let first_token = s.split(['T', ' ']).next().unwrap_or(s);
    [s, first_token].iter().find_map(|candidate| {
        FORMATS
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(candidate, f).ok())
    })
}

fn shorten_title(line: &str) -> String {
    const MAX: usize = 120;
    if line.chars().count() <= MAX {
        return line.to_string();
    }
    let cut: String = line.chars().take(MAX).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(a, _)| a)
        .trim_end_matches([',', ';', ':']);
    format!("{cut}…")
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".into())
}

/// Hands out unique article ids: the file stem, then `stem~2`, `stem~3`…
#[derive(Default)]
struct IdAllocator {
    used: HashMap<String, usize>,
}

impl IdAllocator {
    fn allocate(&mut self, stem: String) -> String {
        let n = self.used.entry(stem.clone()).or_insert(0);
        *n += 1;
        if *n == 1 { stem } else { format!("{stem}~{n}") }
    }
}
