//! Editing tools: on the selected event (rename, change the date, hide, pin, note, merge
//! with another event) and the "Add event" window. Every change is a `curation::Edit`
//! pushed as a command; the app replays the edit list on the extracted events, so edits
//! survive reloads and undo is a step back in that list.

use super::Command;
use crate::curation::{Edit, EventRef, next_added_id};
use crate::events::Event;
use crate::extract::Extraction;
use crate::timeval::{self, Granularity, Span};

/// Text being typed in the editing fields (per-frame state, reset when the selection changes).
#[derive(Default)]
pub struct State {
    /// The event the fields below were filled from.
    event: Option<usize>,
    title: String,
    date: String,
    approximate: bool,
    note: String,
    /// The "Add event" window, when open.
    pub add: Option<AddForm>,
}

#[derive(Default, Clone)]
pub struct AddForm {
    title: String,
    date: String,
    note: String,
    source: String,
}

/// Parses what the analyst types as a date: "2024-06-19", "2024-06", "2024", "2024-W25",
/// "2024-Q2", or a range "2024-06-18/2024-06-20".
pub fn parse_date(s: &str) -> Option<Span> {
    let s = s.trim();
    if let Some((a, b)) = s.split_once('/') {
        let (a, b) = (
            timeval::parse_value(a.trim())?,
            timeval::parse_value(b.trim())?,
        );
        return (a.start <= b.end).then_some(Span {
            start: a.start,
            end: b.end,
            granularity: Granularity::Range,
        });
    }
    timeval::parse_value(s)
}

fn date_text(e: &Event) -> String {
    if e.span.granularity == Granularity::Range {
        format!("{}/{}", e.span.start, e.span.end)
    } else {
        e.span.value()
    }
}

const DATE_HINT: &str = "2024-06-19, 2024-06, 2024, 2024-W25 or 2024-06-18/2024-06-20";

/// The editing tools of event `i`, under its heading in the detail panel.
pub fn event_tools(
    ui: &mut egui::Ui,
    x: &Extraction,
    i: usize,
    state: &mut State,
    commands: &mut Vec<Command>,
) {
    let Some(e) = x.events.get(i) else {
        return;
    };
    if state.event != Some(i) {
        state.event = Some(i);
        state.title = e.title.clone();
        state.date = date_text(e);
        state.approximate = e.approximate;
        state.note = e.note.clone().unwrap_or_default();
    }
    let target = EventRef::of(x, e);
    let edit = |commands: &mut Vec<Command>, edit: Edit| commands.push(Command::Edit(edit));
    egui::CollapsingHeader::new("Edit this event")
        .id_salt("edit-event")
        .show(ui, |ui| {
            {
                let row = |ui: &mut egui::Ui, name: &str| {
                    ui.add_sized([36.0, 18.0], egui::Label::new(name))
                };
                ui.horizontal(|ui| {
                    let label = row(ui, "Title");
                    ui.add(egui::TextEdit::singleline(&mut state.title).desired_width(200.0))
                        .labelled_by(label.id);
                    let title = state.title.trim();
                    if ui
                        .add_enabled(
                            !title.is_empty() && title != e.title,
                            egui::Button::new("Rename"),
                        )
                        .clicked()
                    {
                        edit(
                            commands,
                            Edit::Rename {
                                event: target.clone(),
                                title: title.to_string(),
                            },
                        );
                    }
                });

                let parsed = parse_date(&state.date);
                ui.horizontal(|ui| {
                    let label = row(ui, "Date");
                    ui.add(egui::TextEdit::singleline(&mut state.date).desired_width(200.0))
                        .labelled_by(label.id)
                        .on_hover_text(DATE_HINT);
                    ui.horizontal(|ui| {
                        ui.checkbox(&mut state.approximate, "approx.");
                        let changed = parsed.is_some_and(|s| s != e.span)
                            || state.approximate != e.approximate;
                        if ui
                            .add_enabled(parsed.is_some() && changed, egui::Button::new("Set date"))
                            .clicked()
                            && let Some(s) = parsed
                        {
                            edit(
                                commands,
                                Edit::SetDate {
                                    event: target.clone(),
                                    start: s.start,
                                    end: s.end,
                                    granularity: s.granularity,
                                    approximate: state.approximate,
                                },
                            );
                        }
                    });
                });
                if parsed.is_none() {
                    ui.colored_label(ui.visuals().warn_fg_color, format!("expected {DATE_HINT}"));
                }

                ui.horizontal(|ui| {
                    let label = row(ui, "Note");
                    ui.add(egui::TextEdit::singleline(&mut state.note).desired_width(200.0))
                        .labelled_by(label.id);
                    let note = state.note.trim();
                    if ui
                        .add_enabled(
                            note != e.note.as_deref().unwrap_or(""),
                            egui::Button::new("Save note"),
                        )
                        .clicked()
                    {
                        edit(
                            commands,
                            Edit::SetNote {
                                event: target.clone(),
                                note: (!note.is_empty()).then(|| note.to_string()),
                            },
                        );
                    }
                });
            }
            ui.horizontal(|ui| {
                let (hide, tip) = if e.hidden {
                    ("Show again", "Put it back on the timeline and in exports")
                } else {
                    (
                        "Hide",
                        "Take it off the timeline and out of exports (undo with Ctrl+Z)",
                    )
                };
                if ui.button(hide).on_hover_text(tip).clicked() {
                    edit(
                        commands,
                        Edit::Hide {
                            event: target.clone(),
                            hidden: !e.hidden,
                        },
                    );
                }
                let pin = if e.pinned { "Unpin" } else { "Pin" };
                if ui
                    .button(pin)
                    .on_hover_text("A pinned event is always labelled")
                    .clicked()
                {
                    edit(
                        commands,
                        Edit::Pin {
                            event: target.clone(),
                            pinned: !e.pinned,
                        },
                    );
                }
                ui.menu_button("Merge with…", |ui| {
                    ui.label("Events nearest in time; their mentions join this one:");
                    for j in nearest_events(x, i, 12) {
                        let other = &x.events[j];
                        let label = format!("{}  {}", other.span.value(), other.title);
                        if ui.button(label).clicked() {
                            edit(
                                commands,
                                Edit::Merge {
                                    into: target.clone(),
                                    from: EventRef::of(x, other),
                                },
                            );
                            ui.close();
                        }
                    }
                });
            });
        });
}

/// The `n` other visible events closest in time to event `i`, nearest first.
fn nearest_events(x: &Extraction, i: usize, n: usize) -> Vec<usize> {
    let Some(e) = x.events.get(i) else {
        return Vec::new();
    };
    let mid = e.span.mid();
    let mut others: Vec<(i64, usize)> = x
        .events
        .iter()
        .enumerate()
        .filter(|(j, o)| *j != i && !o.hidden)
        .map(|(j, o)| ((o.span.mid() - mid).num_days().abs(), j))
        .collect();
    others.sort_unstable();
    others.into_iter().take(n).map(|(_, j)| j).collect()
}

/// The "Add event" window: title, date, note and source of an event the articles miss.
pub fn add_window(
    ctx: &egui::Context,
    edits: &[Edit],
    state: &mut State,
    commands: &mut Vec<Command>,
) {
    let Some(form) = state.add.as_mut() else {
        return;
    };
    let mut open = true;
    let mut done = false;
    egui::Window::new("Add event")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            let parsed = parse_date(&form.date);
            egui::Grid::new("add-grid").num_columns(2).show(ui, |ui| {
                for (name, field, hint) in [
                    ("Title", &mut form.title, "What happened"),
                    ("Date", &mut form.date, DATE_HINT),
                    ("Note", &mut form.note, "Optional"),
                    (
                        "Source",
                        &mut form.source,
                        "Optional: an article id, a URL, a name",
                    ),
                ] {
                    let label = ui.label(name);
                    ui.add(
                        egui::TextEdit::singleline(field)
                            .hint_text(hint)
                            .desired_width(280.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                }
            });
            if !form.date.trim().is_empty() && parsed.is_none() {
                ui.colored_label(ui.visuals().warn_fg_color, format!("expected {DATE_HINT}"));
            }
            let ok = parsed.is_some() && !form.title.trim().is_empty();
            if ui.add_enabled(ok, egui::Button::new("Add")).clicked()
                && let Some(s) = parsed
            {
                let opt = |t: &str| (!t.trim().is_empty()).then(|| t.trim().to_string());
                commands.push(Command::Edit(Edit::Add {
                    id: next_added_id(edits),
                    title: form.title.trim().to_string(),
                    start: s.start,
                    end: s.end,
                    granularity: s.granularity,
                    note: opt(&form.note),
                    source: opt(&form.source),
                }));
                done = true;
            }
        });
    if !open || done {
        state.add = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_parse_at_their_precision() {
        let d = |s| parse_date(s).map(|s| (s.start.to_string(), s.end.to_string(), s.granularity));
        assert_eq!(
            d("2024-06"),
            Some(("2024-06-01".into(), "2024-06-30".into(), Granularity::Month))
        );
        assert_eq!(
            d(" 2024-06-18/2024-06-20 "),
            Some(("2024-06-18".into(), "2024-06-20".into(), Granularity::Range))
        );
        assert_eq!(d("2024-06-20/2024-06-18"), None);
        assert_eq!(d("June"), None);
        assert_eq!(d("1961").map(|x| x.2), Some(Granularity::Year));
    }
}
