//! The articles panel: every loaded article with its publication date, where that date
//! came from (hover for the evidence), and an inline editor to correct it, which
//! re-resolves every relative date of the article.

use chrono::NaiveDate;

use super::Command;
use crate::extract::Extraction;

/// Per-frame state of the panel: the date being typed, by article index.
#[derive(Debug, Default)]
pub struct Editing {
    pub article: Option<usize>,
    pub text: String,
}

pub fn show(ui: &mut egui::Ui, x: &Extraction, editing: &mut Editing, commands: &mut Vec<Command>) {
    ui.heading("Articles");
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, (a, p)) in x.corpus.articles.iter().zip(&x.published).enumerate() {
                ui.label(egui::RichText::new(&a.title).strong())
                    .on_hover_text(&a.path);
                if editing.article == Some(i) {
                    edit_row(ui, i, &a.id, editing, commands);
                } else {
                    ui.horizontal(|ui| {
                        let date = p.date.map_or("date unknown".to_string(), |d| {
                            d.format("%-d %b %Y").to_string()
                        });
                        let text = format!("{date} · {}", p.source.as_str());
                        let rich = if p.source.is_explicit() {
                            egui::RichText::new(text)
                        } else {
                            egui::RichText::new(text).italics().weak()
                        };
                        ui.label(rich).on_hover_text(&p.evidence);
                        if ui
                            .small_button("edit")
                            .on_hover_text("Correct the publication date")
                            .clicked()
                        {
                            editing.article = Some(i);
                            editing.text = p.date.map(|d| d.to_string()).unwrap_or_default();
                        }
                    });
                }
                ui.add_space(6.0);
            }
        });
}

fn edit_row(
    ui: &mut egui::Ui,
    i: usize,
    id: &str,
    editing: &mut Editing,
    commands: &mut Vec<Command>,
) {
    let parsed = NaiveDate::parse_from_str(editing.text.trim(), "%Y-%m-%d");
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut editing.text)
                .desired_width(100.0)
                .hint_text("YYYY-MM-DD"),
        );
        let enter = field.lost_focus() && ui.input(|inp| inp.key_pressed(egui::Key::Enter));
        if (ui.small_button("set").clicked() || enter)
            && let Ok(date) = parsed
        {
            commands.push(Command::SetPublished {
                article: id.to_string(),
                date: Some(date),
            });
            editing.article = None;
        }
        if ui
            .small_button("automatic")
            .on_hover_text("Forget the correction")
            .clicked()
        {
            commands.push(Command::SetPublished {
                article: id.to_string(),
                date: None,
            });
            editing.article = None;
        }
        if ui.small_button("cancel").clicked() {
            editing.article = None;
        }
    });
    if parsed.is_err() && !editing.text.trim().is_empty() {
        ui.colored_label(ui.visuals().error_fg_color, "a date as YYYY-MM-DD");
    }
    let _ = i;
}
