//! Corpus loading: paths → articles plus a reason for every file that could not be used.
//!
//! Loading never fails and never panics: every problem becomes a [`LoadError`] and
//! every other file still loads. Files are only ever read.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

/// One news article as loaded from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// File stem, made unique within the corpus ("000_8e2fd53396efb890").
    pub id: String,
    /// Where it came from (a file path, or `embedded:NAME` for the built-in corpus).
    pub path: String,
    /// First non-empty line of the text, shortened.
    pub title: String,
    /// The article text; every offset in the program refers to it.
    pub text: String,
    /// The date of a `Date: YYYY-MM-DD` first line, when the file has one.
    pub header_date: Option<NaiveDate>,
    /// The file's modification day (UTC), the last-resort publication date.
    pub modified: Option<NaiveDate>,
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

/// Largest file read as an article.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest folder nesting followed below a given folder.
pub const MAX_DEPTH: usize = 32;
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md"];

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

/// Loads files and folders (recursively). Files are ordered by path within each argument.
pub fn load_paths(paths: &[PathBuf]) -> Corpus {
    let mut corpus = Corpus::default();
    let mut ids = IdAllocator::default();
    if paths.is_empty() {
        corpus.errors.push(LoadError {
            path: String::new(),
            error: "no path given".into(),
        });
        return corpus;
    }
    for root in paths {
        let mut files = Vec::new();
        let mut seen_dirs = HashSet::new();
        collect(
            root,
            0,
            true,
            &mut seen_dirs,
            &mut files,
            &mut corpus.errors,
        );
        files.sort();
        let before = corpus.articles.len();
        for file in files {
            match read_article_file(&file) {
                Ok(raw) => {
                    let id = ids.allocate(stem(&file));
                    let mut article = parse_article(id, file.display().to_string(), &raw);
                    article.modified = modified_day(&file);
                    corpus.articles.push(article);
                }
                Err(error) => corpus.errors.push(LoadError {
                    path: file.display().to_string(),
                    error,
                }),
            }
        }
        if root.is_dir()
            && corpus.articles.len() == before
            && !corpus
                .errors
                .iter()
                .any(|e| Path::new(&e.path).starts_with(root))
        {
            corpus.errors.push(LoadError {
                path: root.display().to_string(),
                error: "folder contains no article files (.txt, .md)".into(),
            });
        }
    }
    corpus
}

fn collect(
    path: &Path,
    depth: usize,
    explicit: bool,
    seen_dirs: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let err = |errors: &mut Vec<LoadError>, error: String| {
        errors.push(LoadError {
            path: path.display().to_string(),
            error,
        })
    };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return err(
                errors,
                if explicit {
                    "no such file or folder".into()
                } else {
                    "broken link".into()
                },
            );
        }
        Err(e) => return err(errors, format!("cannot read: {e}")),
    };
    if meta.is_dir() {
        if depth > MAX_DEPTH {
            return err(
                errors,
                format!("skipped: nested deeper than {MAX_DEPTH} folders"),
            );
        }
        let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !seen_dirs.insert(canonical) {
            return err(
                errors,
                "skipped: folder already visited (symbolic link loop)".into(),
            );
        }
        let entries = match fs::read_dir(path) {
            Ok(e) => e,
            Err(e) => return err(errors, format!("cannot read folder: {e}")),
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for child in children {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                collect(&child, depth + 1, false, seen_dirs, files, errors);
            }
        }
    } else if explicit || has_article_extension(path) {
        files.push(path.to_path_buf());
    } else {
        err(
            errors,
            "skipped: not an article file (expected .txt or .md)".into(),
        );
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads one file as text, or says why it cannot be an article.
fn read_article_file(path: &Path) -> Result<String, String> {
    let meta = fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "skipped: larger than {} MB",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    decode(&bytes)
}

fn modified_day(path: &Path) -> Option<NaiveDate> {
    let t = fs::metadata(path).ok()?.modified().ok()?;
    Some(chrono::DateTime::<chrono::Utc>::from(t).date_naive())
}

/// Bytes → text. UTF-8 (with or without BOM) only for now.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) if s.trim().is_empty() => Err("empty file (only white space)".into()),
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(format!(
            "not valid UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )),
    }
}

/// Splits an optional `Date: YYYY-MM-DD` header off `raw` and builds the article.
pub fn parse_article(id: String, path: String, raw: &str) -> Article {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let (header_date, text) = split_date_header(raw);
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(shorten_title)
        .unwrap_or_else(|| id.clone());
    Article {
        id,
        path,
        title,
        text: text.to_string(),
        header_date,
        modified: None,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_header_is_split_off() {
        let a = parse_article(
            "a".into(),
            "a.txt".into(),
            "Date: 2024-06-19\n\nTitle here\nBody.",
        );
        assert_eq!(a.header_date, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert_eq!(a.text, "Title here\nBody.");
        assert_eq!(a.title, "Title here");
    }

    #[test]
    fn without_header_the_text_is_whole() {
        let a = parse_article("a".into(), "a.txt".into(), "\n  Date: soon\nBody");
        assert_eq!(a.header_date, None);
        assert_eq!(a.text, "\n  Date: soon\nBody");
        assert_eq!(a.title, "Date: soon");
    }

    #[test]
    fn bad_bytes_are_reasons_not_panics() {
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b"ab\0cd").unwrap_err().contains("binary"));
        assert!(decode(b"caf\xe9").unwrap_err().contains("UTF-8"));
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }

    #[test]
    fn long_first_lines_make_short_titles() {
        let line = "word ".repeat(60);
        let t = shorten_title(line.trim());
        assert!(t.chars().count() <= 121 && t.ends_with('…'));
    }

    #[test]
    fn embedded_corpus_matches_the_corpus_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut on_disk: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = EMBEDDED.iter().map(|(n, _)| *n).collect();
        assert_eq!(on_disk, embedded);
    }
}
