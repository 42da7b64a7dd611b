//! The articles panel: every loaded article with its publication date and where that
//! date came from (hover for the evidence).

use crate::extract::Extraction;

pub fn show(ui: &mut egui::Ui, x: &Extraction) {
    ui.heading("Articles");
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (a, p) in x.corpus.articles.iter().zip(&x.published) {
                ui.label(egui::RichText::new(&a.title).strong())
                    .on_hover_text(&a.path);
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
                ui.add_space(6.0);
            }
        });
}
