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

/// `reveal`: a row to scroll into view this frame. Returns the rows shown.
pub fn show(
    ui: &mut egui::Ui,
    x: &Extraction,
    selected: Option<usize>,
    reveal: Option<usize>,
    commands: &mut Vec<Command>,
) -> std::ops::Range<usize> {
    ui.heading("Events");
    // One line per row (long titles are truncated), so rows can be virtualised.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if let Some(i) = reveal {
        area = area.vertical_scroll_offset((row_h * i as f32 - 2.0 * row_h).max(0.0));
    }
    area.show_rows(ui, row_h, x.events.len(), |ui, rows| {
        for i in rows.clone() {
            let e = &x.events[i];
            if ui
                .selectable_label(selected == Some(i), row_label(e))
                .clicked()
            {
                commands.push(Command::Select(Some(i)));
            }
        }
        rows
    })
    .inner
}
