//! The list of events under the timeline: a search bar, then one row per event that
//! passes the filter (date, title, sources), virtualised so 100k rows stay fluid.
//! Clicking a row selects the event.

use super::Command;
use super::filter::Filter;
use crate::events::Event;
use crate::extract::Extraction;
use crate::timeval::Granularity;

/// The text of an event's row (also its accessible label).
pub fn row_label(e: &Event) -> String {
    let sources = if e.sources == 1 {
        "1 source".to_string()
    } else {
        format!("{} sources", e.sources)
    };
    let mut marks = String::new();
    for (on, mark) in [
        (e.hidden, "hidden"),
        (e.pinned, "pinned"),
        (e.edited, "edited"),
    ] {
        if on {
            marks.push_str(" · ");
            marks.push_str(mark);
        }
    }
    format!("{}  {}  ({sources}){marks}", e.span.value(), e.title)
}

/// Id of the search field, so `/` can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("chronicle-search")
}

/// The "More filters" menu: sources, date range, importance, precision.
fn more_filters(ui: &mut egui::Ui, x: &Extraction, f: &mut Filter) {
    let label = if f.articles.is_empty()
        && f.from.is_none()
        && f.to.is_none()
        && f.min_importance <= 0.0
        && f.coarsest.is_none()
    {
        "More filters"
    } else {
        "More filters (on)"
    };
    ui.menu_button(label, |ui| {
        ui.strong("Sources");
        egui::ScrollArea::vertical()
            .id_salt("filter-sources")
            .max_height(160.0)
            .show(ui, |ui| {
                for a in &x.corpus.articles {
                    let mut on = f.articles.contains(&a.id);
                    let name = a
                        .source
                        .as_deref()
                        .map_or_else(|| a.title.clone(), |s| format!("{s}: {}", a.title));
                    if ui.checkbox(&mut on, name).changed() {
                        if on {
                            f.articles.insert(a.id.clone());
                        } else {
                            f.articles.remove(&a.id);
                        }
                    }
                }
            });
        ui.weak("None ticked: every source.");
        ui.separator();
        ui.strong("Dates");
        for (name, bound, end) in [("from", &mut f.from, false), ("to", &mut f.to, true)] {
            ui.horizontal(|ui| {
                let label = ui.label(name);
                let id = ui.scope_id().with(("filter-date", name));
                let mut text: String = ui.data_mut(|d| {
                    d.get_temp(id)
                        .unwrap_or_else(|| bound.map(|b| b.to_string()).unwrap_or_default())
                });
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut text)
                            .hint_text("YYYY, YYYY-MM or YYYY-MM-DD")
                            .desired_width(150.0),
                    )
                    .labelled_by(label.id);
                if response.changed() {
                    let span =
                        crate::timeval::parse_value(text.trim()).filter(|_| text.trim().len() >= 4);
                    *bound = span.map(|s| if end { s.end } else { s.start });
                    ui.data_mut(|d| d.insert_temp(id, text));
                }
            });
        }
        ui.separator();
        let top = x.events.iter().map(|e| e.importance).fold(0.0, f64::max);
        ui.horizontal(|ui| {
            let label = ui.label("importance at least");
            ui.add(egui::Slider::new(&mut f.min_importance, 0.0..=top.max(1.0)))
                .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            ui.label("precision");
            for (g, name) in [
                (None, "any"),
                (Some(Granularity::Year), "year or finer"),
                (Some(Granularity::Month), "month or finer"),
                (Some(Granularity::Day), "day"),
            ] {
                if ui.selectable_label(f.coarsest == g, name).clicked() {
                    f.coarsest = g;
                }
            }
        });
    });
}

/// The search box and the filters; edits go out as a new filter.
pub fn search_bar(
    ui: &mut egui::Ui,
    x: &Extraction,
    filter: &Filter,
    shown: &[bool],
    focus: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading("Events");
        let mut query = filter.query.clone();
        let field = ui.add(
            egui::TextEdit::singleline(&mut query)
                .id(search_id())
                .hint_text("Search events  (/)")
                .desired_width(240.0),
        );
        if focus {
            field.request_focus();
        }
        let mut show_hidden = filter.show_hidden;
        let mut min_sources = filter.min_sources.max(1);
        let label = ui.label("min. sources");
        ui.add(egui::DragValue::new(&mut min_sources).range(1..=99))
            .labelled_by(label.id);
        ui.checkbox(&mut show_hidden, "hidden")
            .on_hover_text("Also list the events you hid");
        let mut more = filter.clone();
        more_filters(ui, x, &mut more);
        if query != filter.query
            || min_sources != filter.min_sources.max(1)
            || show_hidden != filter.show_hidden
            || more != *filter
        {
            commands.push(Command::SetFilter(Filter {
                query,
                min_sources,
                show_hidden,
                ..more
            }));
        }
        if filter.is_active() {
            let n = shown.iter().filter(|s| **s).count();
            ui.label(format!("{n} of {} events", shown.len()));
            if ui.small_button("clear").clicked() {
                commands.push(Command::SetFilter(Filter::default()));
            }
        }
    });
}

/// `reveal`: an event to scroll into view this frame. Returns the events whose rows were
/// shown (as a range of event indices).
pub fn show(
    ui: &mut egui::Ui,
    x: &Extraction,
    shown: &[bool],
    selected: Option<usize>,
    reveal: Option<usize>,
    commands: &mut Vec<Command>,
) -> std::ops::Range<usize> {
    let rows: Vec<usize> = (0..x.events.len())
        .filter(|&i| shown.get(i).copied().unwrap_or(true))
        .collect();
    // One line per row (long titles are truncated), so rows can be virtualised.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if let Some(k) = reveal.and_then(|i| rows.iter().position(|&r| r == i)) {
        area = area.vertical_scroll_offset((row_h * k as f32 - 2.0 * row_h).max(0.0));
    }
    area.show_rows(ui, row_h, rows.len(), |ui, range| {
        for &i in &rows[range.clone()] {
            if ui
                .selectable_label(selected == Some(i), row_label(&x.events[i]))
                .clicked()
            {
                commands.push(Command::Select(Some(i)));
            }
        }
        match (
            rows.get(range.start),
            range.end.checked_sub(1).and_then(|e| rows.get(e)),
        ) {
            (Some(&a), Some(&b)) => a..b + 1,
            _ => 0..0,
        }
    })
    .inner
}
