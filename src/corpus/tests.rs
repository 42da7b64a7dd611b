//! Loader tests: unit cases and a fixture folder with every hostile case.

use super::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::SystemTime;

#[test]
fn date_header_is_split_off() {
    let a = parse_article(
        "a".into(),
        "a.txt".into(),
        "Date: 2024-06-19\n\nTitle here\nBody.",
    );
    assert_eq!(a.header_date, NaiveDate::from_ymd_opt(2024, 6, 19));
    assert_eq!(a.declared_by.as_deref(), Some("header"));
    assert_eq!(a.text, "Title here\nBody.");
    assert_eq!(a.title, "Title here");
    assert_eq!(a.encoding, "UTF-8");
}

#[test]
fn without_header_the_text_is_whole() {
    let a = parse_article("a".into(), "a.txt".into(), "\n  Date: soon\nBody");
    assert_eq!(a.header_date, None);
    assert_eq!(a.declared_by, None);
    assert_eq!(a.text, "\n  Date: soon\nBody");
    assert_eq!(a.title, "Date: soon");
}

#[test]
fn bad_bytes_are_reasons_not_panics() {
    assert!(decode(b"").unwrap_err().contains("empty"));
    assert!(decode(b"ab\0cd").unwrap_err().contains("binary"));
    assert_eq!(decode(b"caf\xe9 au lait").unwrap(), "café au lait");
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

/// A fresh folder under the system temp folder, removed (permissions restored) on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "chronicle-corpus-{tag}-{}-{nanos}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Ok(entries) = fs::read_dir(&self.0) {
            use std::os::unix::fs::PermissionsExt;
            for e in entries.flatten() {
                if e.file_type().is_ok_and(|t| t.is_file()) {
                    let _ = fs::set_permissions(e.path(), fs::Permissions::from_mode(0o644));
                }
            }
        }
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Every entry below `dir` (links not followed): kind, size, mtime, content hash, link
/// target.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let m = fs::symlink_metadata(&p).unwrap();
            let what = if m.file_type().is_symlink() {
                format!("link -> {}", fs::read_link(&p).unwrap().display())
            } else if m.is_dir() {
                stack.push(p.clone());
                format!("dir {:?}", m.modified().unwrap())
            } else {
                let content = fs::read(&p).map(|b| stamp::hash_bytes(&b)).ok();
                format!("file {} {:?} {content:?}", m.len(), m.modified().unwrap())
            };
            out.insert(p, what);
        }
    }
    out
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let bom: [u8; 2] = if big_endian {
        [0xFE, 0xFF]
    } else {
        [0xFF, 0xFE]
    };
    bom.into_iter()
        .chain(text.encode_utf16().flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        }))
        .collect()
}

const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Quake shakes city | Example News</title>
<meta property="og:title" content="Quake shakes city">
<meta property="article:published_time" content="2023-02-06T04:17:00Z">
<style>body::after { content: "1 January 1990"; }</style>
<script>window.stamp = "1995-05-05";</script>
</head><body><nav>Home · 2 February 2002</nav>
<article><p>A strong quake struck on Monday.</p>
<script>render("31 December 1999")</script><style>.d:before{content:"2011-11-11"}</style>
<p>Rescuers worked through Tuesday night.</p></article>
<footer>Copyright 2008</footer></body></html>"#;

#[test]
fn hostile_fixture_folder() {
    let tmp = TempDir::new("fixture");
    let root = tmp.0.clone();
    let big_line = "The harbour reopened after the storm on 12 May 2021, officials said.\n";
    let big = format!(
        "Big file\n{}",
        big_line.repeat(40 * 1024 * 1024 / big_line.len() + 1)
    );
    assert!(big.len() >= 40 * 1024 * 1024);

    tmp.write(
        "plain.txt",
        "Date: 2024-06-19\n\nStorm hits coast\nThe storm hit on Monday.\n",
    );
    tmp.write("bom.txt", b"\xEF\xBB\xBFBom title\nText.\n");
    tmp.write(
        "utf16le.txt",
        utf16("Tsunami warning\nIssued on 11 March 2011.\n", false),
    );
    tmp.write(
        "utf16be.txt",
        utf16("Ferry sinks\nOn 16 April 2014.\n", true),
    );
    tmp.write(
        "latin1.txt",
        b"Le caf\xe9 \x93Chez Paul\x94 a rouvert\nLe 5 mai 2023, \xe0 Lyon.\n",
    );
    tmp.write("page.html", PAGE);
    tmp.write(
        "notes.md",
        "---\ntitle: Election night\ndate: 2022-11-08\nsource: Wire\n---\n\n# Heading\nVotes \
         counted.\n",
    );
    tmp.write("listed.txt", "Listed article first line\nNo date inside.\n");
    tmp.write(
        "articles.tsv",
        "file\tpub_date\tdocid\ttitle\turl\n\
         listed.txt\t2023-05-01\t7\tListed headline\thttps://example.com/listed\n\
         plain.txt\t2020-01-01\t8\t\thttps://example.com/plain\n\
         ghost.txt\tsomeday\t9\t\t\n",
    );
    tmp.write("big.txt", &big);
    tmp.write("binary.txt", b"abc\0\0\x01\x02 def");
    tmp.write("empty.txt", b"");
    tmp.write("scan.txt", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    tmp.write("report.pdf", b"%PDF-1.4\n1 0 obj\n");
    tmp.write("bundle.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00");
    tmp.write("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    tmp.write("data.json", "{\"not\": \"an article\"}");
    tmp.write(".hidden.txt", "never listed");
    tmp.write(".git/config", "never listed");
    tmp.write("sub/inner.txt", "Inner article\nText.\n");
    let mut deep = String::from("deep");
    for i in 1..=40 {
        deep.push_str(&format!("/n{i}"));
        if i == 31 {
            tmp.write(&format!("{deep}/ok.txt"), "Deep but allowed\nText.\n");
        }
    }
    tmp.write(&format!("{deep}/too-deep.txt"), "Too deep\n");
    let secret = tmp.write("secret.txt", "Secret\nText.\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::{PermissionsExt, symlink};
        fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
        symlink("loop_b.txt", root.join("loop_a.txt")).unwrap();
        symlink("loop_a.txt", root.join("loop_b.txt")).unwrap();
        symlink("missing.txt", root.join("dangling.txt")).unwrap();
        symlink("..", root.join("sub/back")).unwrap();
    }
    // Root can read anything: find out with a real read.
    let secret_readable = fs::read(&secret).is_ok();

    let before = snapshot(&root);
    let calls = AtomicUsize::new(0);
    let last = Mutex::new(None);
    let corpus = load_paths_with(
        std::slice::from_ref(&root),
        &LoadOptions::default(),
        &|p: Progress| {
            calls.fetch_add(1, Ordering::Relaxed);
            let mut last = last.lock().unwrap();
            if last.as_ref().is_none_or(|l: &Progress| p.done > l.done) {
                *last = Some(p);
            }
        },
        &AtomicBool::new(false),
    );
    assert_eq!(snapshot(&root), before, "loading changed the fixture");

    // Errors: path (relative) → reason.
    let rel = |p: &str| {
        Path::new(p)
            .strip_prefix(&root)
            .map_or(p.to_string(), |r| r.display().to_string())
    };
    let errors: BTreeMap<String, String> = corpus
        .errors
        .iter()
        .map(|e| (rel(&e.path), e.error.clone()))
        .collect();
    assert_eq!(
        errors.len(),
        corpus.errors.len(),
        "one error per path: {errors:#?}"
    );
    let mut expected = vec![
        ("binary.txt", "binary file (contains NUL bytes)"),
        ("empty.txt", "empty file"),
        ("scan.txt", "PDF document is not supported"),
        ("report.pdf", "skipped: PDF document is not supported"),
        ("bundle.md", "ZIP archive is not supported"),
        ("photo.png", "skipped: PNG image is not supported"),
        (
            "data.json",
            "skipped: not an article file (expected .txt, .md or .html)",
        ),
        (
            "articles.tsv",
            "sidecar: row 4: unreadable date \"someday\"",
        ),
    ];
    let deep32 = (1..=32).fold("deep".to_string(), |p, i| format!("{p}/n{i}"));
    expected.push((&deep32, "skipped: nested deeper than 32 folders"));
    if cfg!(unix) {
        expected.push(("loop_a.txt", "skipped: symbolic link loop"));
        expected.push(("loop_b.txt", "skipped: symbolic link loop"));
        expected.push(("dangling.txt", "skipped: broken symbolic link (target"));
        expected.push((
            "sub/back",
            "skipped: symbolic link loop (leads back to an enclosing folder)",
        ));
        if !secret_readable {
            expected.push(("secret.txt", "cannot read: permission denied"));
        }
    }
    for (path, reason) in &expected {
        let got = errors
            .get(*path)
            .unwrap_or_else(|| panic!("no error for {path}: {errors:#?}"));
        assert!(
            got.starts_with(reason),
            "{path}: {got:?} should start with {reason:?}"
        );
    }
    assert_eq!(
        errors.len(),
        expected.len(),
        "unexpected errors: {errors:#?}"
    );

    // Articles, in path order, with their dates, encodings and titles.
    let paths: Vec<&str> = corpus.articles.iter().map(|a| a.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_by_key(|p| PathBuf::from(p));
    assert_eq!(paths, sorted);
    let by_id: BTreeMap<&str, &Article> =
        corpus.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut ids: Vec<&str> = by_id.keys().copied().collect();
    let mut want = vec![
        "big", "bom", "inner", "latin1", "listed", "notes", "ok", "page", "plain", "utf16be",
        "utf16le",
    ];
    if secret_readable {
        want.push("secret");
    }
    ids.sort();
    want.sort();
    assert_eq!(ids, want);
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let check = |id: &str, title: &str, encoding: &str, date, by: Option<&str>| {
        let a = by_id[id];
        assert_eq!(a.title, title, "{id}");
        assert_eq!(a.encoding, encoding, "{id}");
        assert_eq!(a.header_date, date, "{id}");
        assert_eq!(a.declared_by.as_deref(), by, "{id}");
        assert!(a.modified.is_some(), "{id}");
        let stamp = a.stamp.as_ref().unwrap();
        assert_eq!(stamp.path, Path::new(&a.path));
        assert!(stamp.is_current(), "{id}");
    };
    check(
        "plain",
        "Storm hits coast",
        "UTF-8",
        d(2024, 6, 19),
        Some("header"),
    );
    check("bom", "Bom title", "UTF-8", None, None);
    check("utf16le", "Tsunami warning", "UTF-16LE", None, None);
    check("utf16be", "Ferry sinks", "UTF-16BE", None, None);
    check(
        "latin1",
        "Le café “Chez Paul” a rouvert",
        "windows-1252",
        None,
        None,
    );
    check(
        "page",
        "Quake shakes city",
        "UTF-8",
        d(2023, 2, 6),
        Some("html-meta"),
    );
    check(
        "notes",
        "Election night",
        "UTF-8",
        d(2022, 11, 8),
        Some("front-matter"),
    );
    check(
        "listed",
        "Listed headline",
        "UTF-8",
        d(2023, 5, 1),
        Some("sidecar"),
    );
    check("big", "Big file", "UTF-8", None, None);
    check("ok", "Deep but allowed", "UTF-8", None, None);

    assert_eq!(by_id["bom"].text, "Bom title\nText.\n");
    assert_eq!(by_id["utf16be"].text, "Ferry sinks\nOn 16 April 2014.\n");
    assert_eq!(
        by_id["latin1"].text,
        "Le café “Chez Paul” a rouvert\nLe 5 mai 2023, à Lyon.\n"
    );
    let page = &by_id["page"].text;
    assert_eq!(
        page,
        "A strong quake struck on Monday.\n\nRescuers worked through Tuesday night."
    );
    assert_eq!(by_id["notes"].text, "# Heading\nVotes counted.\n");
    assert_eq!(by_id["notes"].source.as_deref(), Some("Wire"));
    assert_eq!(
        by_id["listed"].url.as_deref(),
        Some("https://example.com/listed")
    );
    // The sidecar's date does not override the file's own; its url still applies.
    assert_eq!(
        by_id["plain"].url.as_deref(),
        Some("https://example.com/plain")
    );
    assert_eq!(
        by_id["big"].text.len(),
        big.len() - "Big file\n".len() + "Big file\n".len()
    );
    assert_eq!(by_id["big"].stamp.as_ref().unwrap().len, big.len() as u64);

    // Progress: once per file, ending at total.
    let last = last.into_inner().unwrap().unwrap();
    assert_eq!(last.done, last.total);
    assert_eq!(calls.load(Ordering::Relaxed), last.total);
    assert_eq!(
        last.total,
        corpus.articles.len() + corpus.errors.iter().filter(|e| is_file_error(e)).count()
    );
}

/// Errors found while reading files (not while walking folders).
fn is_file_error(e: &LoadError) -> bool {
    !e.error.contains("symbolic link")
        && !e.error.contains("nested deeper")
        && !e.error.starts_with("sidecar")
}

#[test]
fn limits_are_configurable() {
    let tmp = TempDir::new("limits");
    tmp.write("a.txt", "A\n".repeat(1000));
    tmp.write("x/y/b.txt", "B\n");
    let opts = LoadOptions {
        max_file_bytes: 1000,
        max_depth: 1,
    };
    let c = load_paths_with(
        std::slice::from_ref(&tmp.0),
        &opts,
        &|_| {},
        &AtomicBool::new(false),
    );
    assert!(c.articles.is_empty());
    let errors: Vec<&str> = c.errors.iter().map(|e| e.error.as_str()).collect();
    assert_eq!(
        errors,
        [
            "skipped: nested deeper than 1 folders",
            "skipped: larger than 1000 bytes (2000 bytes)"
        ]
    );
}

#[test]
fn explicit_files_and_missing_paths() {
    let tmp = TempDir::new("explicit");
    let f = tmp.write("notes.log", "Odd extension\nStill loads when named.\n");
    let listed = tmp.write("listed.txt", "Text\n");
    let side = tmp.write(
        "articles.csv",
        "file,date,source\nlisted.txt,2021-03-04,Wire\n",
    );
    let c = load_paths(&[f, listed, side.clone(), tmp.0.join("nope.txt")]);
    assert_eq!(c.articles.len(), 2);
    assert_eq!(
        c.articles[1].header_date,
        NaiveDate::from_ymd_opt(2021, 3, 4)
    );
    assert_eq!(c.articles[1].declared_by.as_deref(), Some("sidecar"));
    assert_eq!(c.articles[1].source.as_deref(), Some("Wire"));
    assert_eq!(c.errors.len(), 2);
    assert!(c.errors[0].error.starts_with("not an article: a sidecar"));
    assert_eq!(c.errors[1].error, "no such file or folder");
    assert_eq!(load_paths(&[]).errors[0].error, "no path given");
}

#[test]
fn sidecar_beside_the_articles_folder() {
    // SemEval 2015 task 4 layout: topic/articles.tsv lists topic/articles/*.txt by name.
    let tmp = TempDir::new("semeval");
    tmp.write(
        "articles.tsv",
        "file\tpub_date\tdocid\ttitle\turl\n1514.txt\t2005-05-07\t1514\tReactions\thttp://w/1514\n",
    );
    tmp.write(
        "articles/1514.txt",
        "Reactions to Apple's OS X Tiger\nText.\n",
    );
    for root in [
        tmp.0.clone(),
        tmp.0.join("articles"),
        tmp.0.join("articles/1514.txt"),
    ] {
        let c = load_paths(std::slice::from_ref(&root));
        assert!(c.errors.is_empty(), "{root:?}: {:?}", c.errors);
        let a = &c.articles[0];
        assert_eq!(
            a.header_date,
            NaiveDate::from_ymd_opt(2005, 5, 7),
            "{root:?}"
        );
        assert_eq!(a.declared_by.as_deref(), Some("sidecar"));
        assert_eq!(a.url.as_deref(), Some("http://w/1514"));
        assert_eq!(a.title, "Reactions");
    }
}

#[test]
fn empty_folder_is_reported() {
    let tmp = TempDir::new("emptydir");
    tmp.write(".only-hidden.txt", "x");
    let c = load_paths(std::slice::from_ref(&tmp.0));
    assert!(c.articles.is_empty());
    assert_eq!(c.errors.len(), 1);
    assert!(
        c.errors[0]
            .error
            .starts_with("folder contains no article files")
    );
}

#[test]
fn cancel_stops_early() {
    let tmp = TempDir::new("cancel");
    for i in 0..200 {
        tmp.write(&format!("{i:03}.txt"), format!("Article {i}\nText.\n"));
    }
    let cancel = AtomicBool::new(false);
    let c = load_paths_with(
        std::slice::from_ref(&tmp.0),
        &LoadOptions::default(),
        &|p| {
            if p.done >= 5 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert!(c.articles.len() < 200, "{}", c.articles.len());
    assert!(c.articles.len() >= 5);
    assert_eq!(c.errors.last().unwrap().error, "cancelled");
    // What did load is still in path order with unique ids.
    assert!(c.articles.windows(2).all(|w| w[0].path < w[1].path));
}

#[test]
fn reload_reads_only_changed_files() {
    let tmp = TempDir::new("reload");
    let a = tmp.write("a.txt", "Alpha\nOne.\n");
    tmp.write("b.txt", "Beta\nTwo.\n");
    tmp.write("articles.tsv", "file\tdate\nb.txt\t2020-02-02\n");
    let roots = [tmp.0.clone()];
    let first = load_paths(&roots);
    assert_eq!(first.articles.len(), 2);
    let stamps = || first.articles.iter().filter_map(|a| a.stamp.as_ref());
    assert!(changed(stamps()).is_empty());

    // Same bytes, new time: not a change. New bytes: a change.
    let old = fs::metadata(&a).unwrap().modified().unwrap();
    fs::File::options()
        .write(true)
        .open(&a)
        .unwrap()
        .set_modified(old + std::time::Duration::from_secs(5))
        .unwrap();
    assert!(changed(stamps()).is_empty());
    fs::write(&a, "Alpha v2\nOne changed.\n").unwrap();
    assert_eq!(changed(stamps()), vec![a.clone()]);

    // Reload: a re-read, b reused, c new; a sidecar edit re-applies to b.
    tmp.write("c.txt", "Gamma\n");
    let progress = AtomicUsize::new(0);
    let second = reload_paths_with(
        &first,
        &roots,
        &LoadOptions::default(),
        &|_| {
            progress.fetch_add(1, Ordering::Relaxed);
        },
        &AtomicBool::new(false),
    );
    let titles: Vec<&str> = second.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Alpha v2", "Beta", "Gamma"]);
    assert_eq!(second.articles[1], first.articles[1]);
    assert_eq!(progress.load(Ordering::Relaxed), 3);
    tmp.write("articles.tsv", "file\tdate\nb.txt\t2021-01-01\n");
    let third = reload_paths_with(
        &second,
        &roots,
        &LoadOptions::default(),
        &|_| {},
        &AtomicBool::new(false),
    );
    assert_eq!(
        third.articles[1].header_date,
        NaiveDate::from_ymd_opt(2021, 1, 1)
    );
    fs::remove_file(&a).unwrap();
    assert_eq!(
        changed(third.articles.iter().filter_map(|a| a.stamp.as_ref())),
        vec![a]
    );
}

#[test]
fn markdown_and_html_parse_article() {
    let a = parse_article(
        "n".into(),
        "n.md".into(),
        "---\ntitle: T\ndate: 2022-01-02\n---\nBody",
    );
    assert_eq!((a.title.as_str(), a.text.as_str()), ("T", "Body"));
    assert_eq!(a.declared_by.as_deref(), Some("front-matter"));
    let a = parse_article(
        "n".into(),
        "n.md".into(),
        "Date: 2022-01-02\n\n## Head\nBody",
    );
    assert_eq!(
        (a.title.as_str(), a.declared_by.as_deref()),
        ("Head", Some("header"))
    );
    let a = parse_article("p".into(), "p.HTML".into(), PAGE);
    assert_eq!(a.header_date, NaiveDate::from_ymd_opt(2023, 2, 6));
    assert!(!a.text.contains("1999") && !a.text.contains("1995") && !a.text.contains("1990"));
}

#[test]
fn date_values() {
    let d = NaiveDate::from_ymd_opt(2024, 6, 19);
    for s in [
        "2024-06-19",
        " 2024-06-19T08:00:00+02:00",
        "2024-06-19 08:00",
        "Wed, 19 Jun 2024 08:00:00 +0000",
        "20240619",
        "2024/06/19",
        "19.06.2024",
        "June 19, 2024",
        "19 June 2024",
    ] {
        assert_eq!(parse_date_value(s), d, "{s}");
    }
    for s in ["", "someday", "2024-06-19x", "2024-13-01", "99999999"] {
        assert_eq!(parse_date_value(s), None, "{s}");
    }
}

#[test]
fn a_large_load_previews_its_first_files_then_returns_them_all() {
    let dir = TempDir::new("stream");
    let n = PREVIEW_FILES + 37;
    for i in 0..n {
        dir.write(
            &format!("f{i:04}.txt"),
            format!(
                "Date: 2024-06-{:02}\n\nReport {i}\nOn 19 June 2024 it happened.",
                1 + i % 28
            ),
        );
    }
    let previews = Mutex::new(Vec::new());
    let full = load_paths_streaming(
        std::slice::from_ref(&dir.0),
        &LoadOptions::default(),
        &|_| {},
        &|early: Corpus| previews.lock().unwrap().push(early),
        &AtomicBool::new(false),
    );
    let previews = previews.into_inner().unwrap();
    assert_eq!(previews.len(), 1, "one preview");
    let early = &previews[0];
    assert_eq!(early.articles.len(), PREVIEW_FILES);
    assert_eq!(
        early.articles[0].title, "Report 0",
        "the first files, in path order"
    );
    assert_eq!(full.articles.len(), n);
    let plain = load_paths(std::slice::from_ref(&dir.0));
    assert_eq!(
        full.articles, plain.articles,
        "the same result as a plain load"
    );

    // A small load has no preview.
    let small = TempDir::new("stream-small");
    small.write("a.txt", "One article");
    let called = AtomicBool::new(false);
    let _ = load_paths_streaming(
        std::slice::from_ref(&small.0),
        &LoadOptions::default(),
        &|_| {},
        &|_| called.store(true, Ordering::Relaxed),
        &AtomicBool::new(false),
    );
    assert!(!called.load(Ordering::Relaxed));
}
