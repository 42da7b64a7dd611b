//! Loading off the UI thread: a worker runs the core pipeline and hands the result back
//! through a channel. The folder dialog also runs on a worker (rfd's async dialog), so a
//! slow or missing desktop portal never freezes the window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::corpus::{self, Corpus};
use crate::extract::{self, Corrections, Extraction};

/// What to load.
#[derive(Debug, Clone)]
pub enum Source {
    Embedded,
    Paths(Vec<PathBuf>),
    /// Articles already loaded, extracted again (after a correction).
    Again {
        label: String,
        corpus: Corpus,
    },
}

/// A finished load.
pub struct Loaded {
    pub label: String,
    pub extraction: Extraction,
    /// True for a re-extraction of the same articles (the view is kept).
    pub again: bool,
}

#[derive(Default)]
pub struct Loader {
    running: Option<Receiver<Loaded>>,
    dialog: Option<Receiver<Vec<PathBuf>>>,
}

impl Loader {
    /// Starts loading `source`; a load still running is superseded (its result dropped).
    pub fn start(&mut self, source: Source, corrections: Corrections) {
        let (tx, rx) = channel();
        self.running = Some(rx);
        std::thread::spawn(move || {
            let _ = tx.send(load(source, &corrections));
        });
    }

    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// The finished load, if any (non-blocking).
    pub fn poll(&mut self) -> Option<Loaded> {
        let rx = self.running.as_ref()?;
        match rx.try_recv() {
            Ok(r) => {
                self.running = None;
                Some(r)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.running = None;
                Some(Loaded {
                    label: "load failed".into(),
                    extraction: Extraction::default(),
                    again: false,
                })
            }
        }
    }

    /// Blocks until the running load finishes.
    pub fn wait(&mut self) -> Option<Loaded> {
        let rx = self.running.take()?;
        rx.recv().ok()
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

fn load(source: Source, corrections: &Corrections) -> Loaded {
    let again = matches!(source, Source::Again { .. });
    let (label, corpus) = match source {
        Source::Embedded => ("built-in corpus".to_string(), corpus::embedded()),
        Source::Paths(paths) => {
            let label = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            (label, corpus::load_paths(&paths))
        }
        Source::Again { label, corpus } => (label, corpus),
    };
    Loaded {
        label,
        extraction: extract::run_with(corpus, corrections),
        again,
    }
}
