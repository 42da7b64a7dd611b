//! The list of events under the timeline: one row per event (date, title, sources),
//! virtualised so 100k rows stay fluid. Clicking a row selects the event.

use super::Command;
use crate::events::Event;
use crate::extract::Extraction;

/// The text of an event's row (also its accessible label).
pub fn row_label(e: &Event) -> String {
    let sources = if e.sources == 1 {
        "1 source".to_string()
    } else {
        format!("{} sources", e.sources)
    };
    format!("{}  {}  ({sources})", e.span.value(), e.title)
}

pub fn show(
    ui: &mut egui::Ui,
    x: &Extraction,
    selected: Option<usize>,
    commands: &mut Vec<Command>,
) {
    ui.heading("Events");
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_h, x.events.len(), |ui, rows| {
            for i in rows {
                let e = &x.events[i];
                let resp = ui.selectable_label(selected == Some(i), row_label(e));
                if resp.clicked() {
                    commands.push(Command::Select(Some(i)));
                }
                if selected == Some(i) && ui.ctx().input(|inp| inp.pointer.any_click()) {
                    resp.scroll_to_me(None);
                }
            }
        });
}
