//! The status bar: loading progress, every file that could not be read (with its reason)
//! and the outcome of the last action.

use super::{Command, Message};

pub fn show(ui: &mut egui::Ui, messages: &[Message], loading: bool, commands: &mut Vec<Command>) {
    if messages.is_empty() && !loading {
        return;
    }
    egui::Panel::bottom("status").show(ui, |ui| {
        if loading {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Loading…");
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
