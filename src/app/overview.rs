//! The overview strip (egui_plot): the density of mentions over the whole axis, the
//! visible window as a band, and a click or drag that moves the window there. The x axis
//! is the same axis units as the timeline, so collapsed gaps are collapsed here too.

use egui_plot::{Bar, BarChart, Plot, Span};

use super::Command;
use super::timeline::{Scene, TimeView};

/// Bars across the strip.
const BARS: usize = 160;

/// `full`: the fit-all view (the strip's extent).
pub fn show(ui: &mut egui::Ui, scene: &Scene<'_>, full: TimeView, commands: &mut Vec<Command>) {
    let (events, placement, shown) = (&scene.extraction.events, scene.placement, scene.shown);
    let view = scene.view.unwrap_or(full);
    let width = (full.span() / BARS as f64).max(1e-6);
    let mut counts = vec![0.0f64; BARS];
    for (i, e) in events.iter().enumerate() {
        if !shown.get(i).copied().unwrap_or(true) {
            continue;
        }
        let k = ((placement.mid[i] - full.min) / width).floor();
        if k >= 0.0 && (k as usize) < BARS {
            counts[k as usize] += e.mentions.len().max(1) as f64;
        }
    }
    let bars: Vec<Bar> = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0.0)
        .map(|(k, c)| Bar::new(full.min + (k as f64 + 0.5) * width, c.ln_1p()).width(width * 0.9))
        .collect();
    let weak = ui.visuals().weak_text_color();
    let accent = ui.visuals().selection.bg_fill;
    let response = Plot::new("overview")
        .height(56.0)
        .show_axes([false, false])
        .show_grid([false, false])
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(full.min)
        .include_x(full.max)
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("mentions", bars)
                    .color(weak)
                    .allow_hover(false),
            );
            plot.span(
                Span::new("visible", view.min..=view.max)
                    .fill(accent.gamma_multiply(0.25))
                    .border_color(accent),
            );
            plot.pointer_coordinate()
        });
    let r = &response.response;
    if (r.clicked() || r.dragged())
        && let Some(p) = response.inner
    {
        let half = view.span() / 2.0;
        commands.push(Command::SetView(TimeView {
            min: p.x - half,
            max: p.x + half,
        }));
    }
}
