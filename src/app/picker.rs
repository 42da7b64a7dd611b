//! Native file dialogs on a worker thread (a synchronous dialog would block the UI; rfd
//! without a portal returns at once). The chosen path comes back as a [`Command`].

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::Command;
use crate::picture::Format;

/// What the chosen path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SaveImage(Format),
    OpenProject,
    SaveProject,
}

#[derive(Default)]
pub struct Picker {
    running: Option<(Purpose, Receiver<Option<PathBuf>>)>,
}

impl Picker {
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Opens the dialog for `purpose` in `dir` (one at a time).
    pub fn start(&mut self, ctx: &egui::Context, purpose: Purpose, dir: Option<PathBuf>) {
        if self.running.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new();
            if let Some(d) = dir {
                dialog = dialog.set_directory(d);
            }
            let picked = pollster::block_on(async {
                match purpose {
                    Purpose::SaveImage(Format::Png) => {
                        dialog
                            .set_file_name("timeline.png")
                            .add_filter("PNG image", &["png"])
                            .save_file()
                            .await
                    }
                    Purpose::SaveImage(Format::Svg) => {
                        dialog
                            .set_file_name("timeline.svg")
                            .add_filter("SVG image", &["svg"])
                            .save_file()
                            .await
                    }
                    Purpose::OpenProject => {
                        dialog
                            .set_title("Open a Chronicle project")
                            .add_filter("Chronicle project", &["json"])
                            .pick_file()
                            .await
                    }
                    Purpose::SaveProject => {
                        dialog
                            .set_title("Save the Chronicle project")
                            .set_file_name(format!("timeline{}", crate::project::EXTENSION))
                            .add_filter("Chronicle project", &["json"])
                            .save_file()
                            .await
                    }
                }
            })
            .map(|h| h.path().to_path_buf());
            let _ = tx.send(picked);
            repaint.request_repaint();
        });
        self.running = Some((purpose, rx));
    }

    /// The command for the path chosen since the last call, if any.
    pub fn poll(&mut self) -> Option<Command> {
        let (purpose, rx) = self.running.as_ref()?;
        let purpose = *purpose;
        match rx.try_recv() {
            Ok(picked) => {
                self.running = None;
                let path = picked?;
                Some(match purpose {
                    Purpose::SaveImage(_) => Command::WriteImage(path),
                    Purpose::OpenProject => Command::OpenProject(path),
                    Purpose::SaveProject => Command::SaveProjectTo {
                        path,
                        allow_inside: false,
                    },
                })
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.running = None;
                None
            }
        }
    }
}
