//! The detail panel: the selected event's date, sources, and every mention's sentence
//! with the date phrase highlighted, under its article title and publication date.

use egui::text::LayoutJob;
use egui::{Color32, FontId, TextFormat};

use crate::events::Mention;
use crate::extract::Extraction;

pub fn show(ui: &mut egui::Ui, x: &Extraction, selected: Option<usize>) {
    let Some(e) = selected.and_then(|i| x.events.get(i)) else {
        ui.heading("Event");
        ui.label("Click an event on the timeline or in the list to see what every source says.");
        return;
    };
    ui.heading(&e.title);
    ui.label(format!(
        "{} ({} precision) · {} source{} · {} mention{} · importance {:.2}",
        e.span.value(),
        e.span.granularity.as_str(),
        e.sources,
        if e.sources == 1 { "" } else { "s" },
        e.mentions.len(),
        if e.mentions.len() == 1 { "" } else { "s" },
        e.importance
    ));
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for m in &e.mentions {
                mention(ui, x, m);
                ui.add_space(8.0);
            }
        });
}

fn mention(ui: &mut egui::Ui, x: &Extraction, m: &Mention) {
    let Some(a) = x.corpus.articles.get(m.article) else {
        return;
    };
    let published = x.published.get(m.article);
    ui.group(|ui| {
        ui.label(egui::RichText::new(&a.title).strong());
        if let Some(p) = published {
            let date = p
                .date
                .map_or("unknown".to_string(), |d| d.format("%-d %b %Y").to_string());
            ui.label(
                egui::RichText::new(format!("published {date} ({})", p.source.as_str())).weak(),
            )
            .on_hover_text(&p.evidence);
        }
        let (s0, s1) = m.sentence;
        let normal = TextFormat {
            font_id: FontId::proportional(14.0),
            color: ui.visuals().text_color(),
            ..Default::default()
        };
        let highlight = TextFormat {
            background: Color32::from_rgb(255, 226, 122),
            color: Color32::BLACK,
            ..normal.clone()
        };
        let mut job = LayoutJob::default();
        job.wrap.max_width = ui.available_width();
        job.append(&a.text[s0..m.start], 0.0, normal.clone());
        job.append(&a.text[m.start..m.end], 0.0, highlight);
        job.append(&a.text[m.end..s1], 0.0, normal);
        ui.label(job);
        ui.label(
            egui::RichText::new(format!("“{}” = {}", &a.text[m.start..m.end], m.value))
                .small()
                .weak(),
        );
    });
}
