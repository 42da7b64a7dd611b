//! Watch mode: the loaded folders are watched (notify); when articles appear, change or
//! go, the app reloads them — re-reading only the changed files — once the changes have
//! been quiet for a moment, keeping the view.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

/// How long changes must be quiet before a reload (a copy of many files is one reload).
pub const QUIET: Duration = Duration::from_millis(700);

pub struct Watch {
    _watcher: notify::RecommendedWatcher,
    changes: Receiver<()>,
    last_change: Option<Instant>,
}

impl Watch {
    /// Watches `paths` (folders recursively).
    pub fn start(ctx: &egui::Context, paths: &[PathBuf]) -> Result<Watch, String> {
        let (tx, changes) = channel();
        let repaint = ctx.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event
                    .is_ok_and(|e| e.kind.is_create() || e.kind.is_modify() || e.kind.is_remove())
                {
                    let _ = tx.send(());
                    repaint.request_repaint_after(QUIET);
                }
            })
            .map_err(|e| e.to_string())?;
        for p in paths {
            watcher
                .watch(p, RecursiveMode::Recursive)
                .map_err(|e| format!("{}: {e}", p.display()))?;
        }
        Ok(Watch {
            _watcher: watcher,
            changes,
            last_change: None,
        })
    }

    /// True once, when files changed and have been quiet for [`QUIET`] since.
    pub fn due(&mut self, ctx: &egui::Context) -> bool {
        while self.changes.try_recv().is_ok() {
            self.last_change = Some(Instant::now());
        }
        match self.last_change {
            Some(t) if t.elapsed() >= QUIET => {
                self.last_change = None;
                true
            }
            Some(t) => {
                ctx.request_repaint_after(QUIET.saturating_sub(t.elapsed()));
                false
            }
            None => false,
        }
    }
}
