//! The full article, opened from an excerpt: its text with the excerpt's sentence
//! highlighted and scrolled into view on opening.

use egui::text::{CCursor, LayoutJob};

use super::Command;
use crate::extract::Extraction;

/// Which article is open, and the sentence (byte range) to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub article: usize,
    pub sentence: (usize, usize),
}

/// Per-frame state: scroll to the sentence once, on the first frame after opening.
#[derive(Default)]
pub struct Reader {
    scrolled_for: Option<Reading>,
}

impl Reader {
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        x: &Extraction,
        reading: Option<Reading>,
        commands: &mut Vec<Command>,
    ) {
        let Some(r) = reading else {
            self.scrolled_for = None;
            return;
        };
        let Some(a) = x.corpus.articles.get(r.article) else {
            return;
        };
        let (s0, s1) = r.sentence;
        if s0 > s1
            || s1 > a.text.len()
            || !a.text.is_char_boundary(s0)
            || !a.text.is_char_boundary(s1)
        {
            return;
        }
        let mut open = true;
        egui::Window::new(egui::RichText::new(&a.title).strong())
            .id(egui::Id::unique("article-reader"))
            .open(&mut open)
            .default_size([560.0, 520.0])
            .show(ctx, |ui| {
                if let Some(p) = x.published.get(r.article) {
                    let date = p
                        .date
                        .map_or("unknown".into(), |d| d.format("%-d %B %Y").to_string());
                    ui.weak(format!(
                        "{} · published {date} ({})",
                        a.path,
                        p.source.as_str()
                    ));
                }
                ui.separator();
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let (normal, mark) = super::detail::text_formats(ui);
                        let mut job = LayoutJob::default();
                        job.wrap.max_width = ui.available_width();
                        job.append(&a.text[..s0], 0.0, normal.clone());
                        job.append(&a.text[s0..s1], 0.0, mark);
                        job.append(&a.text[s1..], 0.0, normal);
                        let galley = ui.fonts_mut(|f| f.layout_job(job));
                        let response = ui.label(galley.clone());
                        if self.scrolled_for != Some(r) {
                            let at = a.text[..s0].chars().count();
                            let pos = galley.pos_from_cursor(CCursor::new(at));
                            let rect = pos.translate(response.rect.min.to_vec2());
                            ui.scroll_to_rect(rect, Some(egui::Align::Center));
                            self.scrolled_for = Some(r);
                        }
                    });
            });
        if !open {
            commands.push(Command::ShowArticle(None));
        }
    }
}
