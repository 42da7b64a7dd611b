//! The status bar: loading progress and every file that could not be read, with a reason.

use super::Command;

pub fn show(ui: &mut egui::Ui, messages: &[String], loading: bool, commands: &mut Vec<Command>) {
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
        if !messages.is_empty() {
            ui.horizontal(|ui| {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("{} problem(s)", messages.len()),
                );
                if ui.button("Dismiss").clicked() {
                    commands.push(Command::DismissErrors);
                }
            });
            egui::ScrollArea::vertical()
                .max_height(90.0)
                .show(ui, |ui| {
                    for m in messages {
                        ui.colored_label(ui.visuals().error_fg_color, m);
                    }
                });
        }
    });
}
