//! Loading off the UI thread: a worker runs the core pipeline and hands the result back
//! through a channel. The folder dialog also runs on a worker (rfd's async dialog), so a
//! slow or missing desktop portal never freezes the window.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use crate::corpus::{self, Corpus, LoadOptions, Progress};
use crate::extract::{self, Corrections, Extraction};

/// What to load.
#[derive(Debug, Clone)]
pub enum Source {
    Embedded,
    Paths(Vec<PathBuf>),
    /// The same paths read again: only files whose size, time or content changed are
    /// re-read (`previous` holds the articles and their file stamps).
    Reload {
        paths: Vec<PathBuf>,
        previous: Corpus,
    },
    /// Articles already loaded, extracted again (after a correction).
    Again {
        label: String,
        corpus: Corpus,
    },
}

/// A finished load, or an early preview of a large one.
pub struct Loaded {
    pub label: String,
    pub extraction: Extraction,
    /// True for a re-extraction of the same articles (the view is kept).
    pub again: bool,
    /// True for the same folders read again (the view is kept, errors listed anew).
    pub reread: bool,
    /// The first files of a large load, shown while the rest is read; the full result
    /// follows.
    pub partial: bool,
}

#[derive(Default)]
pub struct Loader {
    running: Option<Running>,
    dialog: Option<Receiver<Vec<PathBuf>>>,
}

/// A load under way: its result channel, its progress and its cancel flag.
struct Running {
    result: Receiver<Loaded>,
    progress: Arc<Mutex<Progress>>,
    cancel: Arc<AtomicBool>,
}

impl Loader {
    /// Starts loading `source`; a load still running is cancelled and superseded.
    pub fn start(&mut self, source: Source, corrections: Corrections) {
        self.cancel();
        let (tx, rx) = channel();
        let progress = Arc::new(Mutex::new(Progress::default()));
        let cancel = Arc::new(AtomicBool::new(false));
        let (p, c) = (progress.clone(), cancel.clone());
        std::thread::spawn(move || {
            let report = move |now: Progress| {
                if let Ok(mut slot) = p.lock() {
                    *slot = now;
                }
            };
            let preview = |early: Corpus| {
                let _ = tx.send(Loaded {
                    label: format!("loading — first {} files", early.articles.len()),
                    extraction: extract::run_with(early, &corrections),
                    again: false,
                    reread: false,
                    partial: true,
                });
            };
            let done = load(source, &corrections, &report, &preview, &c);
            let _ = tx.send(done);
        });
        self.running = Some(Running {
            result: rx,
            progress,
            cancel,
        });
    }

    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Files done, files in all and the current file of the running load.
    pub fn progress(&self) -> Option<Progress> {
        let r = self.running.as_ref()?;
        r.progress.lock().ok().map(|p| p.clone())
    }

    /// Asks the running load to stop; what was read so far still arrives.
    pub fn cancel(&mut self) {
        if let Some(r) = &self.running {
            r.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// The finished load, if any (non-blocking).
    pub fn poll(&mut self) -> Option<Loaded> {
        let rx = &self.running.as_ref()?.result;
        match rx.try_recv() {
            Ok(r) => {
                if !r.partial {
                    self.running = None;
                }
                Some(r)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.running = None;
                Some(Loaded {
                    label: "load failed".into(),
                    extraction: Extraction::default(),
                    again: false,
                    reread: false,
                    partial: false,
                })
            }
        }
    }

    /// Blocks until the running load finishes.
    pub fn wait(&mut self) -> Option<Loaded> {
        let r = self.running.take()?;
        r.result.iter().find(|l| !l.partial)
    }

    /// Opens the native folder dialog on a worker thread.
    pub fn show_dialog(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = channel();
        self.dialog = Some(rx);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let picked = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title("Open a folder of articles")
                    .pick_folder(),
            );
            if let Some(folder) = picked {
                let _ = tx.send(vec![folder.path().to_path_buf()]);
            }
            ctx.request_repaint();
        });
    }

    /// Paths chosen in the dialog since the last call.
    pub fn poll_dialog(&mut self) -> Vec<Vec<PathBuf>> {
        let Some(rx) = &self.dialog else {
            return Vec::new();
        };
        match rx.try_recv() {
            Ok(p) => {
                self.dialog = None;
                vec![p]
            }
            Err(TryRecvError::Empty) => Vec::new(),
            Err(TryRecvError::Disconnected) => {
                self.dialog = None;
                Vec::new()
            }
        }
    }
}

fn load(
    source: Source,
    corrections: &Corrections,
    report: &(dyn Fn(Progress) + Sync),
    preview: &dyn Fn(Corpus),
    cancel: &AtomicBool,
) -> Loaded {
    let again = matches!(source, Source::Again { .. });
    let reread = matches!(source, Source::Reload { .. });
    let (label, corpus) = match source {
        Source::Embedded => ("built-in corpus".to_string(), corpus::embedded()),
        Source::Paths(paths) => {
            let label = label_of(&paths);
            (
                label,
                corpus::load_paths_streaming(
                    &paths,
                    &LoadOptions::default(),
                    report,
                    preview,
                    cancel,
                ),
            )
        }
        Source::Reload { paths, previous } => {
            let label = label_of(&paths);
            (
                label,
                corpus::reload_paths_with(
                    &previous,
                    &paths,
                    &LoadOptions::default(),
                    report,
                    cancel,
                ),
            )
        }
        Source::Again { label, corpus } => (label, corpus),
    };
    Loaded {
        label,
        extraction: extract::run_with(corpus, corrections),
        again,
        reread,
        partial: false,
    }
}

/// "a/b, c/d": what the window says is loaded.
fn label_of(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
