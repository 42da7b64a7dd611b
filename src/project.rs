//! The project file (`*.chronicle.json`): what was loaded, the analyst's edits, the view
//! and the export title, so that a piece of work can be closed and reopened.
//!
//! ```json
//! {"version": 1, "paths": ["/data/articles"], "edits": [{"op": "hide", ...}],
//!  "view": {"from": null, "to": null, "breaks": true, "search": "", "min_sources": 0},
//!  "export_title": null, "allow_inside_articles": false}
//! ```
//!
//! **Saving** is atomic: the file is written under a temporary name in the same folder,
//! flushed to disk and renamed over the target, so a crash leaves the old file or the new
//! one, never half of one. **The user's articles are only read** (see ARCHITECTURE.md):
//! [`Project::save`] refuses to write into one of the project's article folders (or a
//! folder below one) with [`ProjectError::InsideArticles`], unless
//! [`Project::allow_inside_articles`] is set. The app asks the user before setting it; the
//! answer is kept in the project.
//!
//! **Loading** never writes, and says what is wrong in words a user can act on: the file
//! cannot be read, it is not a valid project (with line and column), or it was written by
//! a newer Chronicle.
//!
//! The core picks no folders: the autosave helpers take the app's data folder.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::curation::Edit;

/// The project format version this Chronicle writes and the newest it reads.
pub const CURRENT_VERSION: u32 = 1;
/// The file name ending of project files.
pub const EXTENSION: &str = ".chronicle.json";
/// The file name of the autosave in the app's data folder.
pub const AUTOSAVE_NAME: &str = "autosave.chronicle.json";

/// A project: the articles, the edits of their extraction and the view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Format version ([`CURRENT_VERSION`] when written by this Chronicle).
    pub version: u32,
    /// Files and folders of articles, as given; empty for the built-in corpus.
    #[serde(default)]
    pub paths: Vec<PathBuf>,
    /// The analyst's edits, in the order they were made (see `curation`).
    #[serde(default)]
    pub edits: Vec<Edit>,
    #[serde(default)]
    pub view: ViewSettings,
    /// The title of exports, when the analyst set one.
    #[serde(default)]
    pub export_title: Option<String>,
    /// The user agreed to keep the project file inside an article folder.
    #[serde(default)]
    pub allow_inside_articles: bool,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            version: CURRENT_VERSION,
            paths: Vec::new(),
            edits: Vec::new(),
            view: ViewSettings::default(),
            export_title: None,
            allow_inside_articles: false,
        }
    }
}

/// What the timeline shows. Every field has a default, so older files load.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewSettings {
    /// The visible stretch of time; None: fit the events.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Collapse long empty stretches of the axis into breaks.
    pub breaks: bool,
    /// The event filter's search words.
    pub search: String,
    /// The event filter's minimum number of sources.
    pub min_sources: usize,
}

impl Default for ViewSettings {
    fn default() -> Self {
        ViewSettings {
            from: None,
            to: None,
            breaks: true,
            search: String::new(),
            min_sources: 0,
        }
    }
}

/// Why a project could not be loaded or saved.
#[derive(Debug)]
pub enum ProjectError {
    /// The file could not be read.
    Unreadable { path: PathBuf, source: io::Error },
    /// The file (or its temporary file) could not be written.
    Unwritable { path: PathBuf, source: io::Error },
    /// The file is not a valid project. `line` and `column` start at 1 (0 when unknown).
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// Written by a newer Chronicle, in a format this one does not know.
    NewerVersion { path: PathBuf, version: u32 },
    /// Saving would write into an article folder and the user has not agreed.
    InsideArticles { path: PathBuf, folder: PathBuf },
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectError::Unreadable { path, source } => {
                write!(f, "cannot read {}: {source}", path.display())
            }
            ProjectError::Unwritable { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
            ProjectError::Corrupt {
                path,
                line,
                column,
                message,
            } => {
                write!(f, "{} is not a valid Chronicle project", path.display())?;
                if *line > 0 {
                    write!(f, " (line {line}, column {column})")?;
                }
                write!(f, ": {message}")
            }
            ProjectError::NewerVersion { path, version } => write!(
                f,
                "{} was written by a newer Chronicle (version {version}); this one reads up \
                 to {CURRENT_VERSION}",
                path.display()
            ),
            ProjectError::InsideArticles { path, folder } => write!(
                f,
                "{} is inside the article folder {}: Chronicle does not write next to the \
                 articles unless you allow it",
                path.display(),
                folder.display()
            ),
        }
    }
}

impl std::error::Error for ProjectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ProjectError::Unreadable { source, .. } | ProjectError::Unwritable { source, .. } => {
                Some(source)
            }
            _ => None,
        }
    }
}

impl Project {
    /// A new project on these paths (empty: the built-in corpus).
    pub fn new(paths: Vec<PathBuf>) -> Project {
        Project {
            paths,
            ..Project::default()
        }
    }

    /// Writes the project to `path` atomically (temporary file in the same folder, flushed,
    /// renamed). Refuses to write inside an article folder unless
    /// [`Project::allow_inside_articles`] is set. The version written is always
    /// [`CURRENT_VERSION`].
    pub fn save(&self, path: &Path) -> Result<(), ProjectError> {
        if !self.allow_inside_articles
            && let Some(folder) = self.article_folder_containing(path)
        {
            return Err(ProjectError::InsideArticles {
                path: path.to_path_buf(),
                folder,
            });
        }
        let mut json = serde_json::to_string_pretty(&Project {
            version: CURRENT_VERSION,
            ..self.clone()
        })
        .map_err(|e| ProjectError::Unwritable {
            path: path.to_path_buf(),
            source: io::Error::other(e),
        })?;
        json.push('\n');
        write_atomically(path, json.as_bytes()).map_err(|source| ProjectError::Unwritable {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Reads a project. Never writes.
    pub fn load(path: &Path) -> Result<Project, ProjectError> {
        let text = fs::read_to_string(path).map_err(|source| ProjectError::Unreadable {
            path: path.to_path_buf(),
            source,
        })?;
        Project::from_json(path, &text)
    }

    /// Parses the text of a project file; `path` is only used in errors.
    pub fn from_json(path: &Path, text: &str) -> Result<Project, ProjectError> {
        let corrupt = |e: serde_json::Error| ProjectError::Corrupt {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        };
        // The version first: a newer file may not fit this format at all.
        let value: serde_json::Value = serde_json::from_str(text).map_err(corrupt)?;
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        let Some(version) = version else {
            return Err(ProjectError::Corrupt {
                path: path.to_path_buf(),
                line: 0,
                column: 0,
                message: "no \"version\" number: not a Chronicle project".into(),
            });
        };
        if version > u64::from(CURRENT_VERSION) {
            return Err(ProjectError::NewerVersion {
                path: path.to_path_buf(),
                version: u32::try_from(version).unwrap_or(u32::MAX),
            });
        }
        if version == 0 {
            return Err(ProjectError::Corrupt {
                path: path.to_path_buf(),
                line: 0,
                column: 0,
                message: "version 0 does not exist".into(),
            });
        }
        // Parsed again from the text, so that errors have a line and column.
        serde_json::from_str(text).map_err(corrupt)
    }

    /// The article folder (a loaded folder, or the folder of a loaded file) that `path`
    /// would be written into, if any.
    pub fn article_folder_containing(&self, path: &Path) -> Option<PathBuf> {
        let target = normalize(path.parent().unwrap_or(Path::new(".")));
        self.paths.iter().find_map(|p| {
            // A loaded file guards its folder; a folder (or a path gone since) itself.
            let folder = if p.is_file() {
                p.parent().unwrap_or(Path::new("."))
            } else {
                p.as_path()
            };
            target
                .starts_with(normalize(folder))
                .then(|| folder.to_path_buf())
        })
    }
}

/// An absolute path with symbolic links resolved when it exists (else made absolute as is).
fn normalize(p: &Path) -> PathBuf {
    let p = if p.as_os_str().is_empty() {
        Path::new(".")
    } else {
        p
    };
    fs::canonicalize(p)
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk,
/// then renamed into place. The temporary file is removed on failure.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let tmp = dir.join(format!(
        ".{}.{}-{}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable; not every platform can open a folder.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Where the autosave lives in the app's data folder.
pub fn autosave_path(data_dir: &Path) -> PathBuf {
    data_dir.join(AUTOSAVE_NAME)
}

/// Saves the autosave into `data_dir` (created if missing), atomically.
pub fn save_autosave(data_dir: &Path, project: &Project) -> Result<(), ProjectError> {
    fs::create_dir_all(data_dir).map_err(|source| ProjectError::Unwritable {
        path: data_dir.to_path_buf(),
        source,
    })?;
    project.save(&autosave_path(data_dir))
}

/// The autosave in `data_dir`, None when there is none.
pub fn load_autosave(data_dir: &Path) -> Result<Option<Project>, ProjectError> {
    let path = autosave_path(data_dir);
    match Project::load(&path) {
        Ok(p) => Ok(Some(p)),
        Err(ProjectError::Unreadable { source, .. })
            if source.kind() == io::ErrorKind::NotFound =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Removes the autosave (after a save or a clean exit); no autosave is fine.
pub fn clear_autosave(data_dir: &Path) -> Result<(), ProjectError> {
    let path = autosave_path(data_dir);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(ProjectError::Unwritable { path, source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curation::{EventRef, MentionKey};

    /// A fresh, empty folder under the system's temporary folder, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir()
                .join(format!("chronicle-project-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).expect("temp dir");
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("readable")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn sample(paths: Vec<PathBuf>) -> Project {
        Project {
            paths,
            edits: vec![
                Edit::Hide {
                    event: EventRef::Mention(MentionKey {
                        article: "000_8e2fd53396efb890".into(),
                        start: 262,
                        end: 280,
                        text: "early on Wednesday".into(),
                    }),
                    hidden: true,
                },
                Edit::SetPublished {
                    article: "001_d08cd8d8d3db3508".into(),
                    date: NaiveDate::from_ymd_opt(2024, 6, 20).expect("date"),
                },
            ],
            view: ViewSettings {
                from: NaiveDate::from_ymd_opt(2024, 1, 1),
                to: None,
                breaks: false,
                search: "treaty".into(),
                min_sources: 2,
            },
            export_title: Some("Treaty — brief".into()),
            ..Project::default()
        }
    }

    #[test]
    fn save_then_load_gives_the_same_project_and_no_temporary_file() {
        let tmp = TempDir::new("roundtrip");
        let project = sample(vec![PathBuf::from("/nonexistent/articles")]);
        let path = tmp.0.join(format!("work{EXTENSION}"));
        project.save(&path).expect("saved");
        assert_eq!(files(&tmp.0), vec!["work.chronicle.json".to_string()]);
        let text = fs::read_to_string(&path).expect("readable");
        let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(json["version"], CURRENT_VERSION);
        assert_eq!(json["edits"][0]["op"], "hide");
        assert_eq!(Project::load(&path).expect("loads"), project);
        // Saving again replaces the file in place.
        let mut changed = project.clone();
        changed.export_title = None;
        changed.save(&path).expect("saved again");
        assert_eq!(Project::load(&path).expect("loads"), changed);
        assert_eq!(files(&tmp.0).len(), 1);
    }

    #[test]
    fn older_files_without_optional_fields_load_with_defaults() {
        let p = Project::from_json(Path::new("p"), r#"{"version": 1}"#).expect("loads");
        assert_eq!(p, Project::default());
        assert!(p.view.breaks);
    }

    #[test]
    fn a_corrupt_file_is_reported_with_its_position_and_left_alone() {
        let tmp = TempDir::new("corrupt");
        let path = tmp.0.join("broken.chronicle.json");
        let broken = "{\n  \"version\": 1,\n  \"paths\": [\"a\",\n";
        fs::write(&path, broken).expect("written");
        let err = Project::load(&path).expect_err("corrupt");
        match &err {
            ProjectError::Corrupt { line, column, .. } => {
                assert_eq!(*line, 4, "{err}");
                assert!(*column <= 1, "{err}");
            }
            other => panic!("expected Corrupt, got {other:?}"),
        }
        assert!(err.to_string().contains("not a valid Chronicle project"));
        assert!(err.to_string().contains("line 4"));
        assert_eq!(fs::read_to_string(&path).expect("still there"), broken);
        assert_eq!(files(&tmp.0).len(), 1);

        // Valid JSON of the wrong shape is corrupt too, with the place of the problem.
        let err = Project::from_json(
            Path::new("p"),
            "{\"version\": 1,\n\"edits\": [{\"op\": \"fly\"}]}",
        )
        .expect_err("unknown op");
        assert!(
            matches!(err, ProjectError::Corrupt { line: 2, .. }),
            "{err}"
        );
        let err = Project::from_json(Path::new("p"), "[1, 2]").expect_err("no version");
        assert!(matches!(err, ProjectError::Corrupt { .. }), "{err}");
    }

    #[test]
    fn a_newer_version_is_refused_clearly() {
        let tmp = TempDir::new("newer");
        let path = tmp.0.join("future.chronicle.json");
        let text = r#"{"version": 7, "edits": [{"op": "teleport"}], "new_field": {}}"#;
        fs::write(&path, text).expect("written");
        let err = Project::load(&path).expect_err("newer");
        assert!(matches!(err, ProjectError::NewerVersion { version: 7, .. }));
        let msg = err.to_string();
        assert!(
            msg.contains("written by a newer Chronicle (version 7); this one reads up to 1"),
            "{msg}"
        );
        assert_eq!(fs::read_to_string(&path).expect("unchanged"), text);
    }

    #[test]
    fn an_unreadable_file_is_an_io_error() {
        let err = Project::load(Path::new("/nonexistent/dir/p.chronicle.json")).expect_err("io");
        assert!(matches!(err, ProjectError::Unreadable { .. }));
        assert!(std::error::Error::source(&err).is_some());
        assert!(err.to_string().starts_with("cannot read"));
    }

    #[test]
    fn saving_inside_an_article_folder_needs_the_users_consent() {
        let tmp = TempDir::new("guard");
        let articles = tmp.0.join("articles");
        fs::create_dir_all(articles.join("deeper")).expect("folders");
        let single = tmp.0.join("loose");
        fs::create_dir_all(&single).expect("folder");
        fs::write(single.join("one.txt"), "Text.").expect("article");
        let mut project = sample(vec![articles.clone(), single.join("one.txt")]);
        for target in [
            articles.join("p.chronicle.json"),
            articles.join("deeper").join("p.chronicle.json"),
            single.join("p.chronicle.json"),
        ] {
            let err = project.save(&target).expect_err("refused");
            assert!(matches!(err, ProjectError::InsideArticles { .. }), "{err}");
            assert!(!target.exists());
        }
        assert_eq!(files(&articles), vec!["deeper".to_string()]);
        // Next to the folder is fine.
        project
            .save(&tmp.0.join("p.chronicle.json"))
            .expect("outside");
        // With consent it writes, and the consent is kept.
        project.allow_inside_articles = true;
        let inside = articles.join("p.chronicle.json");
        project.save(&inside).expect("allowed");
        assert!(Project::load(&inside).expect("loads").allow_inside_articles);
    }

    #[test]
    fn autosave_lives_in_the_given_data_folder() {
        let tmp = TempDir::new("autosave");
        let data = tmp.0.join("data");
        assert_eq!(autosave_path(&data), data.join(AUTOSAVE_NAME));
        assert!(load_autosave(&data).expect("no autosave").is_none());
        clear_autosave(&data).expect("nothing to clear is fine");
        let project = sample(Vec::new());
        save_autosave(&data, &project).expect("saved");
        assert_eq!(load_autosave(&data).expect("loads"), Some(project));
        clear_autosave(&data).expect("cleared");
        assert!(!autosave_path(&data).exists());
        assert!(load_autosave(&data).expect("gone").is_none());
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_file() {
        let tmp = TempDir::new("fail");
        // The target is a folder: the rename fails after the temporary file was written.
        let target = tmp.0.join("taken.chronicle.json");
        fs::create_dir_all(target.join("x")).expect("folder");
        let err = sample(Vec::new())
            .save(&target)
            .expect_err("cannot replace a folder");
        assert!(matches!(err, ProjectError::Unwritable { .. }), "{err}");
        assert_eq!(files(&tmp.0), vec!["taken.chronicle.json".to_string()]);
    }
}
