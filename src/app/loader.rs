//! Loading off the UI thread: a worker runs the core pipeline and hands the result back
//! through a channel. The folder dialog also runs on a worker (rfd's async dialog), so a
//! slow or missing desktop portal never freezes the window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::corpus;
use crate::extract::{self, Extraction};

/// What to load.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Embedded,
    Paths(Vec<PathBuf>),
}

/// A finished load.
pub struct Loaded {
    pub label: String,
    pub extraction: Extraction,
}

#[derive(Default)]
pub struct Loader {
    running: Option<Receiver<Loaded>>,
    dialog: Option<Receiver<Vec<PathBuf>>>,
}

impl Loader {
    /// Starts loading `source`; a load still running is superseded (its result dropped).
    pub fn start(&mut self, source: Source) {
        let (tx, rx) = channel();
        self.running = Some(rx);
        std::thread::spawn(move || {
            let _ = tx.send(load(source));
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

fn load(source: Source) -> Loaded {
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
    };
    Loaded {
        label,
        extraction: extract::run(corpus),
    }
}
