//! The detail panel: the selected event's date and precision, its corroborating sources,
//! the dates other sources give for the same happening (disputes), and every excerpt,
//! one card per article, with the date phrases highlighted.

use egui::text::LayoutJob;
use egui::{Color32, FontId, TextFormat};

use super::Command;
use crate::curation::{Edit, MentionKey};
use crate::events::{Event, Mention};
use crate::extract::Extraction;

pub fn show(
    ui: &mut egui::Ui,
    x: &Extraction,
    selected: Option<usize>,
    tools: &mut super::curate::State,
    commands: &mut Vec<Command>,
) {
    let Some(e) = selected.and_then(|i| x.events.get(i)) else {
        ui.heading("Event");
        ui.label("Click an event on the timeline or in the list to see what every source says.");
        return;
    };
    let Some(i) = selected else {
        return;
    };
    ui.heading(&e.title);
    let flags: Vec<&str> = [
        (e.edited, "edited"),
        (e.manual, "added by hand"),
        (e.hidden, "hidden"),
        (e.pinned, "pinned"),
        (e.approximate, "approximate date"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| *name)
    .collect();
    if !flags.is_empty() {
        ui.colored_label(ui.visuals().warn_fg_color, flags.join(" · "));
    }
    if let Some(note) = &e.note {
        ui.label(format!("Note: {note}"));
    }
    if let Some(c) = &e.citation {
        ui.label(format!("Source: {c}"));
    }
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
    ui.label(egui::RichText::new(date_provenance(x, e)).weak());
    report_times(ui, x, e);
    super::curate::event_tools(ui, x, i, tools, commands);
    disputes(ui, x, e, commands);
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for article in e.source_articles() {
                let ms: Vec<&Mention> =
                    e.mentions.iter().filter(|m| m.article == article).collect();
                article_card(ui, x, article, &ms, e.mentions.len() > 1, commands);
                ui.add_space(6.0);
            }
        });
}

/// Report time: when each source published its account of the event, by day, so the
/// analyst sees how the story spread (and which reports came first).
fn report_times(ui: &mut egui::Ui, x: &Extraction, e: &Event) {
    let mut by_day: std::collections::BTreeMap<Option<chrono::NaiveDate>, Vec<usize>> =
        std::collections::BTreeMap::new();
    for a in e.source_articles() {
        let day = x.published.get(a).and_then(|p| p.date);
        by_day.entry(day).or_default().push(a);
    }
    if by_day.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(format!(
        "Reported on {} day{}",
        by_day.len(),
        if by_day.len() == 1 { "" } else { "s" }
    ))
    .id_salt("report-time")
    .show(ui, |ui| {
        for (day, articles) in &by_day {
            let day = day.map_or("date unknown".to_string(), |d| {
                d.format("%a %-d %b %Y").to_string()
            });
            ui.label(
                egui::RichText::new(format!(
                    "{day} · {} article{}",
                    articles.len(),
                    if articles.len() == 1 { "" } else { "s" }
                ))
                .strong(),
            );
            for &a in articles {
                if let Some(article) = x.corpus.articles.get(a) {
                    ui.label(format!("  {}", article.title));
                }
            }
        }
    });
}

/// Where the event's date comes from: how many mentions state it outright, how many are
/// relative to a publication date (and whether that date was inferred), or to an earlier
/// date in the text.
fn date_provenance(x: &Extraction, e: &Event) -> String {
    use crate::tagger::Anchor;
    if e.manual {
        return "Date set by hand".into();
    }
    let (mut explicit, mut declared, mut inferred, mut previous) = (0, 0, 0, 0);
    for m in &e.mentions {
        match m.anchor {
            Anchor::Dct => match x.published.get(m.article) {
                Some(p) if p.source.is_explicit() => declared += 1,
                _ => inferred += 1,
            },
            Anchor::Previous => previous += 1,
            Anchor::Absolute | Anchor::None => explicit += 1,
        }
    }
    let mut parts = Vec::new();
    for (n, what) in [
        (explicit, "stated outright"),
        (declared, "relative to a declared publication date"),
        (inferred, "relative to an inferred publication date"),
        (previous, "relative to an earlier date in the text"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    let edited = if e.edited && !e.mentions.is_empty() {
        " (then edited by hand)"
    } else {
        ""
    };
    format!("Date from its mentions: {}{edited}", parts.join(", "))
}

fn disputes(ui: &mut egui::Ui, x: &Extraction, e: &Event, commands: &mut Vec<Command>) {
    if e.disputes.is_empty() {
        return;
    }
    let warn = ui.visuals().warn_fg_color;
    ui.colored_label(
        warn,
        "Disputed: sources put this happening on different dates",
    );
    for d in &e.disputes {
        let (Some(other), Some(m)) = (x.events.get(d.other), e.mentions.get(d.mention)) else {
            continue;
        };
        let Some(n) = other.mentions.get(d.other_mention) else {
            continue;
        };
        let excerpt = |m: &Mention| {
            x.corpus.articles.get(m.article).map_or(String::new(), |a| {
                a.text[m.sentence.0..m.sentence.1].to_string()
            })
        };
        ui.group(|ui| {
            ui.label(format!("{}: “{}”", e.span.value(), excerpt(m)));
            ui.label(format!("{}: “{}”", other.span.value(), excerpt(n)));
            if ui
                .link(format!("Go to the {} event", other.span.value()))
                .clicked()
            {
                commands.push(Command::Select(Some(d.other)));
            }
        });
    }
}

fn article_card(
    ui: &mut egui::Ui,
    x: &Extraction,
    article: usize,
    mentions: &[&Mention],
    can_split: bool,
    commands: &mut Vec<Command>,
) {
    let Some(a) = x.corpus.articles.get(article) else {
        return;
    };
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(&a.title).strong());
        if let Some(p) = x.published.get(article) {
            let date = p
                .date
                .map_or("unknown".to_string(), |d| d.format("%-d %b %Y").to_string());
            ui.label(
                egui::RichText::new(format!("published {date} ({})", p.source.as_str())).weak(),
            )
            .on_hover_text(&p.evidence);
        }
        // One excerpt per distinct sentence, every date phrase of the event in it highlighted.
        let mut shown: Vec<&str> = Vec::new();
        for m in mentions {
            let sentence = &a.text[m.sentence.0..m.sentence.1];
            if shown.contains(&sentence) {
                continue;
            }
            shown.push(sentence);
            let mut phrases: Vec<&&Mention> = mentions
                .iter()
                .filter(|n| n.sentence == m.sentence)
                .collect();
            phrases.sort_by_key(|n| n.start);
            let excerpt = ui
                .add(
                    egui::Label::new(highlighted(ui, &a.text, m.sentence, &phrases))
                        .sense(egui::Sense::click()),
                )
                .on_hover_text("Open the full article at this sentence");
            if excerpt.clicked() {
                commands.push(Command::ShowArticle(Some(super::reader::Reading {
                    article,
                    sentence: m.sentence,
                })));
            }
            for n in &phrases {
                ui.horizontal(|ui| {
                    ui.label(
                        egui::RichText::new(format!("“{}” = {}", &a.text[n.start..n.end], n.value))
                            .small()
                            .weak(),
                    );
                    if can_split
                        && ui
                            .small_button("split out")
                            .on_hover_text("Make this mention an event of its own")
                            .clicked()
                    {
                        commands.push(Command::Edit(Edit::Split {
                            mention: MentionKey::of(x, n),
                        }));
                    }
                });
            }
        }
    });
}

/// The text formats of excerpts: normal, and highlighted (a date phrase, a sentence).
pub fn text_formats(ui: &egui::Ui) -> (TextFormat, TextFormat) {
    let normal = TextFormat {
        font_id: FontId::proportional(14.0),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let mark = TextFormat {
        background: Color32::from_rgb(255, 226, 122),
        color: Color32::BLACK,
        ..normal.clone()
    };
    (normal, mark)
}

fn highlighted(
    ui: &egui::Ui,
    text: &str,
    (s0, s1): (usize, usize),
    phrases: &[&&Mention],
) -> LayoutJob {
    let (normal, mark) = text_formats(ui);
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut at = s0;
    for m in phrases {
        if m.start < at || m.end > s1 {
            continue;
        }
        job.append(&text[at..m.start], 0.0, normal.clone());
        job.append(&text[m.start..m.end], 0.0, mark.clone());
        at = m.end;
    }
    job.append(&text[at..s1], 0.0, normal);
    job
}
