//! The status bar: loading progress, every file that could not be read (with its reason)
//! and the outcome of the last action.

use super::{Command, Message};
use crate::corpus::Progress;

/// `loading`: the progress of the running load, if any.
pub fn show(
    ui: &mut egui::Ui,
    messages: &[Message],
    loading: Option<Progress>,
    commands: &mut Vec<Command>,
) {
    if messages.is_empty() && loading.is_none() {
        return;
    }
    egui::Panel::bottom("status").show(ui, |ui| {
        if let Some(p) = loading {
            ui.horizontal(|ui| {
                ui.spinner();
                if p.total > 0 {
                    let bar = egui::ProgressBar::new(p.done as f32 / p.total as f32)
                        .desired_width(240.0)
                        .text(format!("{} / {} files", p.done, p.total));
                    ui.add(bar);
                    ui.label(egui::RichText::new(p.current).weak());
                } else {
                    ui.label("Looking for articles…");
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::CancelLoad);
                }
            });
        }
        if messages.is_empty() {
            return;
        }
        let errors = messages.iter().filter(|m| m.error).count();
        ui.horizontal(|ui| {
            if errors > 0 {
                let what = if errors == 1 {
                    "1 file could not be used".to_string()
                } else {
                    format!("{errors} files could not be used")
                };
                ui.colored_label(ui.visuals().error_fg_color, what);
            }
            if ui.button("Dismiss").clicked() {
                commands.push(Command::DismissErrors);
            }
        });
        egui::ScrollArea::vertical()
            .max_height(90.0)
            .show(ui, |ui| {
                for m in messages {
                    if m.error {
                        ui.colored_label(ui.visuals().error_fg_color, &m.text);
                    } else {
                        ui.label(&m.text);
                    }
                }
            });
    });
}
