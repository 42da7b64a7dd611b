//! Walking folders and loading files: discovery first (sequential, sorted), then reading,
//! decoding and parsing in parallel.

use std::collections::HashSet;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::SystemTime;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};

use super::sidecar::{self, Sidecar};
use super::stamp::{FileStamp, hash_bytes};
use super::{Article, Corpus, IdAllocator, Kind, LoadError, LoadOptions, Progress, decode};

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];
const EXPECTED: &str = "expected .txt, .md or .html";

/// Loads files and folders (recursively) with the default [`LoadOptions`]. Files are
/// ordered by path within each argument.
pub fn load_paths(paths: &[PathBuf]) -> Corpus {
    load_paths_with(
        paths,
        &LoadOptions::default(),
        &|_| {},
        &AtomicBool::new(false),
    )
}

/// Loads files and folders (recursively): folders are walked first, then the files are
/// read and parsed in parallel. `on_progress` is called (from worker threads) as each file
/// finishes. When `cancel` becomes true, loading stops early and returns what was loaded
/// plus an error "cancelled".
pub fn load_paths_with(
    paths: &[PathBuf],
    opts: &LoadOptions,
    on_progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Corpus {
    run(paths, opts, on_progress, cancel, None, None)
}

/// How many files make the early preview of a large load.
pub const PREVIEW_FILES: usize = 200;

/// Like [`load_paths_with`], and when there are more than [`PREVIEW_FILES`] files, calls
/// `on_preview` once with the first ones (read first, in path order) so a caller can show
/// something long before the whole folder is read. Nothing is read twice.
pub fn load_paths_streaming(
    paths: &[PathBuf],
    opts: &LoadOptions,
    on_progress: &(dyn Fn(Progress) + Sync),
    on_preview: &dyn Fn(Corpus),
    cancel: &AtomicBool,
) -> Corpus {
    run(paths, opts, on_progress, cancel, None, Some(on_preview))
}

/// Like [`load_paths_with`], but reuses the articles of `previous` whose files (and
/// sidecar rows) are unchanged in size and modification time, so a reload reads only what
/// changed. New files are found, vanished ones dropped.
pub fn reload_paths_with(
    previous: &Corpus,
    paths: &[PathBuf],
    opts: &LoadOptions,
    on_progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Corpus {
    let reuse: FxHashMap<&Path, &Article> = previous
        .articles
        .iter()
        .filter_map(|a| Some((a.stamp.as_ref()?.path.as_path(), a)))
        .collect();
    run(paths, opts, on_progress, cancel, Some(&reuse), None)
}

/// One file to load.
struct Job {
    path: PathBuf,
    root: usize,
    meta: Option<sidecar::Row>,
    /// Not an article extension: only sniffed, to say what it is.
    unsupported: bool,
}

fn run(
    paths: &[PathBuf],
    opts: &LoadOptions,
    on_progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
    reuse: Option<&FxHashMap<&Path, &Article>>,
    preview: Option<&dyn Fn(Corpus)>,
) -> Corpus {
    let mut corpus = Corpus::default();
    if paths.is_empty() {
        corpus.errors.push(LoadError {
            path: String::new(),
            error: "no path given".into(),
        });
        return corpus;
    }

    // 1. Discovery.
    let mut jobs = Vec::new();
    let mut walk_errors = Vec::with_capacity(paths.len());
    let mut sidecar_cache = FxHashMap::default();
    for (i, root) in paths.iter().enumerate() {
        let mut walker = Walker {
            opts,
            cancel,
            root: i,
            seen: HashSet::new(),
            ancestors: Vec::new(),
            sidecars: Vec::new(),
            sidecar_cache: &mut sidecar_cache,
            jobs: Vec::new(),
            errors: Vec::new(),
        };
        walker.start(root);
        walker.jobs.sort_by(|a, b| a.path.cmp(&b.path));
        jobs.append(&mut walker.jobs);
        walk_errors.push(walker.errors);
    }

    let cut_short = cancel.load(Ordering::Relaxed);

    // 2. Reading, in parallel, in path order.
    let total = jobs.len();
    let done = AtomicUsize::new(0);
    let read = |jobs: &[Job]| -> Vec<Option<Result<Article, String>>> {
        jobs.par_iter()
            .map(|job| {
                if cancel.load(Ordering::Relaxed) {
                    return None;
                }
                let result = load_file(job, opts, reuse);
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                on_progress(Progress {
                    done,
                    total,
                    current: job.path.display().to_string(),
                });
                Some(result)
            })
            .collect()
    };
    // A large load first reads a few files and shows them (the preview), then the rest.
    let first = match preview {
        Some(_) if total > PREVIEW_FILES => PREVIEW_FILES,
        _ => 0,
    };
    let mut results = read(&jobs[..first]);
    if let Some(show) = preview.filter(|_| first > 0) {
        let mut ids = IdAllocator::default();
        let mut early = Corpus::default();
        for (job, result) in jobs.iter().zip(&results) {
            if let Some(Ok(article)) = result {
                let mut article = article.clone();
                article.id = ids.allocate(super::stem(&job.path));
                early.articles.push(article);
            }
        }
        show(early);
    }
    results.extend(read(&jobs[first..]));

    // 3. Assembly, per argument: its folder problems, then its files.
    let cancelled = cut_short || results.iter().any(Option::is_none);
    let mut ids = IdAllocator::default();
    let mut results = jobs.iter().zip(results).peekable();
    for (i, (root, errors)) in paths.iter().zip(walk_errors).enumerate() {
        corpus.errors.extend(errors);
        let before = corpus.articles.len();
        let mut file_errors = false;
        while let Some((job, result)) = results.next_if(|(job, _)| job.root == i) {
            match result {
                Some(Ok(mut article)) => {
                    article.id = ids.allocate(super::stem(&job.path));
                    corpus.articles.push(article);
                }
                Some(Err(error)) => {
                    file_errors = true;
                    corpus.errors.push(LoadError {
                        path: job.path.display().to_string(),
                        error,
                    });
                }
                None => {}
            }
        }
        if !cancelled
            && root.is_dir()
            && corpus.articles.len() == before
            && !file_errors
            && !corpus
                .errors
                .iter()
                .any(|e| Path::new(&e.path).starts_with(root))
        {
            corpus.errors.push(LoadError {
                path: root.display().to_string(),
                error: "folder contains no article files (.txt, .md, .html)".into(),
            });
        }
    }
    if cancelled {
        corpus.errors.push(LoadError {
            path: String::new(),
            error: "cancelled".into(),
        });
    }
    corpus
}

struct Walker<'a> {
    opts: &'a LoadOptions,
    cancel: &'a AtomicBool,
    root: usize,
    /// Canonical folders already walked.
    seen: HashSet<PathBuf>,
    /// Canonical folders enclosing the current one.
    ancestors: Vec<PathBuf>,
    /// Sidecars in force: (their folder, contents), outermost first.
    sidecars: Vec<(PathBuf, Arc<Sidecar>)>,
    /// Sidecars already read, by folder (each is read and reported once per load).
    sidecar_cache: &'a mut FxHashMap<PathBuf, Vec<Arc<Sidecar>>>,
    jobs: Vec<Job>,
    errors: Vec<LoadError>,
}

impl Walker<'_> {
    fn start(&mut self, root: &Path) {
        // Sidecars from above the given path: a folder's parent (SemEval keeps
        // `articles.tsv` beside the `articles/` folder); a file's folder and its parent.
        let parent = root.parent();
        let grandparent = parent.and_then(Path::parent);
        let above = if root.is_file() {
            vec![grandparent, parent]
        } else if root.is_dir() {
            vec![parent]
        } else {
            Vec::new()
        };
        let same = |a: &Path, b: &Path| {
            fs::canonicalize(a)
                .ok()
                .is_some_and(|a| fs::canonicalize(b).ok() == Some(a))
        };
        for dir in above.into_iter().flatten() {
            let listed = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            if root.is_dir() && same(listed, root) {
                continue;
            }
            let names = fs::read_dir(listed)
                .map(|entries| entries.filter_map(|e| Some(dir.join(e.ok()?.file_name()))))
                .into_iter()
                .flatten()
                .filter(|p| sidecar::is_sidecar(p) && p.is_file())
                .collect::<Vec<_>>();
            // Lookups are relative to the folder as given ("" for a bare name).
            self.push_sidecars(dir, &names);
        }
        self.walk(root, 0, true);
    }

    fn error(&mut self, path: &Path, error: impl Into<String>) {
        self.errors.push(LoadError {
            path: path.display().to_string(),
            error: error.into(),
        });
    }

    fn walk(&mut self, path: &Path, depth: usize, explicit: bool) {
        let link = match fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let why = if explicit {
                    "no such file or folder"
                } else {
                    "file disappeared while loading"
                };
                return self.error(path, why);
            }
            Err(e) => return self.error(path, io_reason(&e)),
        };
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) if link.file_type().is_symlink() => {
                return self.error(path, link_problem(path, &e));
            }
            Err(e) => return self.error(path, io_reason(&e)),
        };
        if meta.is_dir() {
            self.walk_dir(path, depth);
        } else if sidecar::is_sidecar(path) {
            // Metadata, not an article: read with its folder.
            if explicit {
                self.error(
                    path,
                    "not an article: a sidecar holds metadata for the files in its folder \
                     (open the folder instead)",
                );
            }
        } else if !meta.is_file() {
            self.error(path, "skipped: not a regular file (device, pipe or socket)");
        } else {
            let unsupported = !explicit && !has_article_extension(path);
            let meta = if unsupported {
                None
            } else {
                self.sidecar_row(path)
            };
            self.jobs.push(Job {
                path: path.to_path_buf(),
                root: self.root,
                meta,
                unsupported,
            });
        }
    }

    fn walk_dir(&mut self, path: &Path, depth: usize) {
        if depth > self.opts.max_depth {
            let max = self.opts.max_depth;
            return self.error(path, format!("skipped: nested deeper than {max} folders"));
        }
        let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if self.ancestors.contains(&canonical) {
            return self.error(
                path,
                "skipped: symbolic link loop (leads back to an enclosing folder)",
            );
        }
        if !self.seen.insert(canonical.clone()) {
            return self.error(path, "skipped: folder already loaded through another path");
        }
        let entries = match fs::read_dir(path) {
            Ok(e) => e,
            Err(e) => return self.error(path, format!("cannot read folder: {}", io_text(&e))),
        };
        let mut children: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            })
            .collect();
        children.sort();
        let sidecars_before = self.sidecars.len();
        let sidecars: Vec<PathBuf> = children
            .iter()
            .filter(|p| sidecar::is_sidecar(p))
            .cloned()
            .collect();
        self.push_sidecars(path, &sidecars);
        self.ancestors.push(canonical);
        for child in children {
            if self.cancel.load(Ordering::Relaxed) {
                break;
            }
            self.walk(&child, depth + 1, false);
        }
        self.ancestors.pop();
        self.sidecars.truncate(sidecars_before);
    }

    /// Reads the sidecar files `found` in folder `dir` (`.tsv` before `.csv`); problems
    /// with them are reported against them, once.
    fn push_sidecars(&mut self, dir: &Path, found: &[PathBuf]) {
        if found.is_empty() {
            return;
        }
        if let Some(cached) = self.sidecar_cache.get(dir) {
            let cached: Vec<_> = cached
                .iter()
                .map(|s| (dir.to_path_buf(), s.clone()))
                .collect();
            self.sidecars.extend(cached);
            return;
        }
        let mut found = found.to_vec();
        found.sort_by_key(|p| !p.to_string_lossy().to_ascii_lowercase().ends_with(".tsv"));
        let mut parsed_here = Vec::new();
        for path in found {
            let tsv = path
                .to_string_lossy()
                .to_ascii_lowercase()
                .ends_with(".tsv");
            let parsed = fs::metadata(&path)
                .map_err(|e| io_reason(&e))
                .and_then(|m| {
                    if !m.is_file() {
                        Err("not a regular file".to_string())
                    } else if m.len() > self.opts.max_file_bytes {
                        Err(too_large(m.len(), self.opts.max_file_bytes))
                    } else {
                        fs::read(&path).map_err(|e| io_reason(&e))
                    }
                })
                .and_then(|bytes| decode::decode_impl(bytes, false))
                .and_then(|(text, _)| sidecar::parse(&text, tsv));
            match parsed {
                Ok((sidecar, problems)) => {
                    for p in problems {
                        self.error(&path, format!("sidecar: {p}"));
                    }
                    parsed_here.push(Arc::new(sidecar));
                }
                Err(e) => self.error(&path, format!("sidecar not used: {e}")),
            }
        }
        self.sidecars
            .extend(parsed_here.iter().map(|s| (dir.to_path_buf(), s.clone())));
        self.sidecar_cache.insert(dir.to_path_buf(), parsed_here);
    }

    /// The innermost sidecar row for `file`.
    fn sidecar_row(&self, file: &Path) -> Option<sidecar::Row> {
        self.sidecars.iter().rev().find_map(|(dir, s)| {
            let rel = file.strip_prefix(dir).ok()?;
            s.row(rel).cloned()
        })
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Why a symbolic link cannot be followed: a loop, or a missing target.
fn link_problem(path: &Path, error: &io::Error) -> String {
    let mut seen = HashSet::new();
    let mut current = path.to_path_buf();
    for _ in 0..64 {
        if !seen.insert(current.clone()) {
            return "skipped: symbolic link loop".into();
        }
        match fs::read_link(&current) {
            Ok(target) => {
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                }
            }
            Err(_) => break,
        }
    }
    if seen.len() >= 64 {
        return "skipped: symbolic link loop (too many levels)".into();
    }
    match fs::symlink_metadata(&current) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => format!(
            "skipped: broken symbolic link (target {} does not exist)",
            current.display()
        ),
        _ => io_reason(error),
    }
}

fn io_text(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "file disappeared while loading".into(),
        _ => e.to_string(),
    }
}

fn io_reason(e: &io::Error) -> String {
    format!("cannot read: {}", io_text(e))
}

fn size_text(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MB", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MB", bytes as f64 / MIB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

fn too_large(len: u64, max: u64) -> String {
    format!(
        "skipped: larger than {} ({})",
        size_text(max),
        size_text(len)
    )
}

fn row_hash(row: Option<&sidecar::Row>) -> u64 {
    row.map_or(0, |r| {
        let mut h = FxHasher::default();
        r.hash(&mut h);
        h.finish() | 1
    })
}

/// Why a file with another extension is skipped: what its first bytes say it is, or just
/// that it is not an article file.
fn sniff_unsupported(path: &Path) -> String {
    let mut head = Vec::with_capacity(64);
    let read = fs::File::open(path).and_then(|f| f.take(64).read_to_end(&mut head));
    match read.ok().and_then(|_| decode::binary_kind(&head)) {
        Some(kind) => format!("skipped: {}", decode::binary_message(kind)),
        None => format!("skipped: not an article file ({EXPECTED})"),
    }
}

/// Reads, decodes and parses one file.
fn load_file(
    job: &Job,
    opts: &LoadOptions,
    reuse: Option<&FxHashMap<&Path, &Article>>,
) -> Result<Article, String> {
    let path = &job.path;
    if job.unsupported {
        return Err(sniff_unsupported(path));
    }
    // Metadata first: opening a pipe would block.
    let meta = fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err("skipped: not a regular file (device, pipe or socket)".into());
    }
    if meta.len() > opts.max_file_bytes {
        return Err(too_large(meta.len(), opts.max_file_bytes));
    }
    let meta_hash = row_hash(job.meta.as_ref());
    if let Some(previous) = reuse.and_then(|r| r.get(path.as_path()))
        && previous
            .stamp
            .as_ref()
            .is_some_and(|s| s.meta_hash == meta_hash && s.matches(&meta))
    {
        return Ok((*previous).clone());
    }
    let file = fs::File::open(path).map_err(|e| io_reason(&e))?;
    let capacity = meta.len().min(opts.max_file_bytes) as usize + 1;
    let mut bytes = Vec::with_capacity(capacity);
    file.take(opts.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > opts.max_file_bytes {
        return Err(too_large(bytes.len() as u64, opts.max_file_bytes));
    }
    let modified = meta.modified().ok();
    let stamp = FileStamp {
        path: path.clone(),
        len: bytes.len() as u64,
        modified: modified.unwrap_or(SystemTime::UNIX_EPOCH),
        hash: hash_bytes(&bytes),
        meta_hash,
    };
    let kind = Kind::of(path);
    let (text, encoding) = decode::decode_impl(bytes, kind == Kind::Html)?;
    let (mut article, title_declared) =
        super::parse_as(super::stem(path), path.display().to_string(), &text, kind);
    drop(text);
    if article.text.trim().is_empty() {
        return Err(match kind {
            Kind::Html => "no article text found in the HTML page".into(),
            Kind::Markdown => "empty article (no text after the front matter)".into(),
            Kind::Text => "empty article (no text after the date line)".into(),
        });
    }
    article.encoding = encoding.to_string();
    article.modified = modified.map(|t| chrono::DateTime::<chrono::Utc>::from(t).date_naive());
    article.stamp = Some(stamp);
    if let Some(row) = &job.meta {
        if article.header_date.is_none() && row.date.is_some() {
            article.header_date = row.date;
            article.declared_by = Some("sidecar".into());
        }
        if row.source.is_some() {
            article.source.clone_from(&row.source);
        }
        if row.url.is_some() {
            article.url.clone_from(&row.url);
        }
        if !title_declared && let Some(title) = &row.title {
            article.title = super::shorten_title(title);
        }
    }
    Ok(article)
}
