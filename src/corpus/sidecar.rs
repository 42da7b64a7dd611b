//! `articles.tsv` / `articles.csv`: per-folder metadata (date, source, url, title) for the
//! files it lists. A sidecar is never an article itself.

use std::path::Path;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::parse_date_value;

/// File names recognised as sidecars (compared case-insensitively).
pub(super) const SIDECAR_NAMES: &[&str] = &["articles.tsv", "articles.csv"];

pub(super) fn is_sidecar(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| SIDECAR_NAMES.iter().any(|s| n.eq_ignore_ascii_case(s)))
}

/// One sidecar row.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub(super) struct Row {
    pub date: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// A parsed sidecar: rows by the `file` column, looked up by relative path, then file name,
/// then file stem.
#[derive(Debug, Default)]
pub(super) struct Sidecar {
    by_path: FxHashMap<String, Row>,
    by_name: FxHashMap<String, Row>,
    by_stem: FxHashMap<String, Row>,
}

impl Sidecar {
    /// The row for `relative` (a path below the sidecar's folder).
    pub fn row(&self, relative: &Path) -> Option<&Row> {
        let rel = relative.to_string_lossy().replace('\\', "/");
        let name = relative.file_name()?.to_string_lossy();
        let stem = relative.file_stem()?.to_string_lossy();
        self.by_path
            .get(rel.as_str())
            .or_else(|| self.by_name.get(name.as_ref()))
            .or_else(|| self.by_stem.get(stem.as_ref()))
    }
}

/// Parses a sidecar's text. `Err` when it cannot be used at all; the `Vec` lists problems
/// with single rows (the rest of the sidecar is still used).
pub(super) fn parse(text: &str, tsv: bool) -> Result<(Sidecar, Vec<String>), String> {
    let mut records = if tsv {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').map(|f| f.trim().to_string()).collect())
            .collect::<Vec<Vec<String>>>()
    } else {
        parse_csv(text)
    }
    .into_iter();
    let header = records.next().ok_or("sidecar has no header row")?;
    let col = |names: &[&str]| {
        header.iter().position(|h| {
            let h = h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
            names.contains(&h.as_str())
        })
    };
    let file_col = col(&["file", "filename", "file_name", "path"])
        .ok_or("sidecar has no `file` column in its header row")?;
    let date_col = col(&[
        "date",
        "pub_date",
        "pubdate",
        "published",
        "publication_date",
    ]);
    let source_col = col(&["source", "publisher", "site"]);
    let url_col = col(&["url", "link"]);
    let title_col = col(&["title", "headline"]);

    let mut sidecar = Sidecar::default();
    let mut problems = Vec::new();
    for (i, record) in records.enumerate() {
        let field = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let Some(file) = field(Some(file_col)) else {
            continue;
        };
        let date_text = field(date_col);
        let date = date_text.as_deref().and_then(parse_date_value);
        if let (Some(text), None) = (&date_text, date) {
            problems.push(format!("row {}: unreadable date {text:?}", i + 2));
        }
        let row = Row {
            date,
            source: field(source_col),
            url: field(url_col),
            title: field(title_col),
        };
        let file = file.replace('\\', "/");
        let file = file.trim_start_matches("./").to_string();
        let path = Path::new(&file);
        if let Some(name) = path.file_name() {
            let name = name.to_string_lossy().into_owned();
            sidecar.by_name.entry(name).or_insert_with(|| row.clone());
        }
        if let Some(stem) = path.file_stem() {
            let stem = stem.to_string_lossy().into_owned();
            sidecar.by_stem.entry(stem).or_insert_with(|| row.clone());
        }
        sidecar.by_path.entry(file).or_insert(row);
    }
    Ok((sidecar, problems))
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes (`""`) and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                if record.iter().any(|f| !f.trim().is_empty()) {
                    records.push(std::mem::take(&mut record));
                }
                record.clear();
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    record.push(field);
    if record.iter().any(|f| !f.trim().is_empty()) {
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semeval_style_tsv() {
        let tsv = "file\tpub_date\tdocid\ttitle\turl\n\
                   a.txt\t2024-06-19\t1\tFlood\thttps://x.org/a\n\
                   sub/b.txt\t19 June 2024x\t2\t\t\n";
        let (s, problems) = parse(tsv, true).unwrap();
        let a = s.row(Path::new("a.txt")).unwrap();
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert_eq!(a.title.as_deref(), Some("Flood"));
        assert_eq!(a.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(a.source, None);
        assert_eq!(s.row(Path::new("sub/b.txt")).unwrap().date, None);
        assert_eq!(s.row(Path::new("other/a.md")), s.row(Path::new("a.txt")));
        assert_eq!(
            problems,
            vec!["row 3: unreadable date \"19 June 2024x\"".to_string()]
        );
    }

    #[test]
    fn quoted_csv() {
        let csv = "\u{feff}File,Date,Source,URL,extra\r\n\
                   \"a, b.txt\",2024-06-19,\"The \"\"Times\"\"\",u,x\r\n";
        let (s, problems) = parse(csv, false).unwrap();
        let row = s.row(Path::new("a, b.txt")).unwrap();
        assert_eq!(row.source.as_deref(), Some("The \"Times\""));
        assert_eq!(row.url.as_deref(), Some("u"));
        assert!(problems.is_empty());
        assert!(parse("date,url\n", false).unwrap_err().contains("`file`"));
        assert!(parse("", true).is_err());
    }
}
