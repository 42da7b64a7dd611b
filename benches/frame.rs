//! One frame of the timeline panel with 100,000 events: `cargo bench --bench frame`.
//!
//! Builds a synthetic timeline spread like news (dense bursts of days, a long tail of
//! months and years, decades-long gaps), then runs egui headless — `Context::run` with the
//! timeline panel, then `tessellate` — and reports the CPU time per frame (p50/p95) at
//! fit-all and zoomed into a dense week, and the time of a click hit-test.

use std::time::Instant;

use chronicle::app::timeline::{self, TimeView};
use chronicle::events::Event;
use chronicle::extract::Extraction;
use chronicle::timeaxis::{Axis, day_number};
use chronicle::timeval::{Granularity, Span};
use chrono::{Duration, NaiveDate};

const EVENTS: usize = 100_000;

fn synthetic() -> Extraction {
    let base = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap_or_default();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut events = Vec::with_capacity(EVENTS);
    for i in 0..EVENTS {
        let r = next();
        // 70% in a few bursts around news days, 25% spread over 20 years, 5% decades back.
        let (day, g) = match r % 100 {
            0..=69 => (
                base - Duration::days((r >> 8) as i64 % 5 + 30 * ((r >> 20) % 4) as i64),
                Granularity::Day,
            ),
            70..=94 => (
                base - Duration::days((r >> 8) as i64 % 7300),
                Granularity::Month,
            ),
            _ => (
                base - Duration::days(365 * (30 + (r >> 8) as i64 % 40)),
                Granularity::Year,
            ),
        };
        let span = match g {
            Granularity::Day => Span::day(day),
            _ => chronicle::timeval::parse_value(
                &Span {
                    start: day,
                    end: day,
                    granularity: g,
                }
                .value(),
            )
            .unwrap_or(Span::day(day)),
        };
        events.push(Event {
            sources: 1 + (r >> 40) as usize % 5,
            importance: ((r >> 24) % 1000) as f64 / 100.0,
            ..Event::new(
                format!("e{i}"),
                format!("Synthetic happening number {i} with a title of usual length"),
                span,
                Vec::new(),
            )
        });
    }
    events.sort_by_key(|e| (e.span.start, e.span.end));
    Extraction {
        events,
        ..Default::default()
    }
}

fn frame_times(x: &Extraction, axis: &Axis, view: Option<TimeView>, frames: usize) -> Vec<f64> {
    let ctx = egui::Context::default();
    let placement = timeline::Placement::new(&x.events, axis);
    let shown = vec![true; x.events.len()];
    let mut times = Vec::new();
    for _ in 0..frames {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1600.0, 900.0),
            )),
            ..Default::default()
        };
        let t = Instant::now();
        let out = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let mut commands = Vec::new();
                let scene = timeline::Scene {
                    extraction: x,
                    axis,
                    placement: &placement,
                    shown: &shown,
                    selected: None,
                    view,
                    colour_by: timeline::ColourBy::default(),
                    source_lanes: false,
                };
                timeline::show(ui, &scene, &mut commands);
            });
        });
        let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
        std::hint::black_box(prims);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let x = synthetic();
    let axis = Axis::collapsing(
        x.events
            .iter()
            .map(|e| (day_number(e.span.start), day_number(e.span.end) + 1.0)),
    );
    let fit = TimeView::fit(&x.events, &axis);
    let week = {
        let a = axis.to_axis(day_number(
            NaiveDate::from_ymd_opt(2024, 6, 14).unwrap_or_default(),
        ));
        TimeView {
            min: a,
            max: a + 7.0,
        }
    };
    println!("timeline frame, {EVENTS} events, 1600x900, layout + tessellation (ms):");
    for (name, view) in [("fit-all", Some(fit)), ("dense week", Some(week))] {
        let mut t = frame_times(&x, &axis, view, 40);
        let warm = t.split_off(5);
        let mut warm = warm;
        println!(
            "  {name:<10} p50 {:.2}  p95 {:.2}  (first frame {:.1})",
            pct(&mut warm, 0.5),
            pct(&mut warm, 0.95),
            t[0]
        );
    }
    // Hit-testing: the dots of all events (as at fit-all, where every event is drawn).
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 900.0));
    let dots: Vec<timeline::Dot> = x
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| timeline::Dot {
            event: i,
            at: egui::pos2(
                fit.x_of(axis.to_axis(day_number(e.span.mid()) + 0.5), rect),
                800.0 - (i % 30) as f32 * 20.0,
            ),
            radius: 4.0,
        })
        .collect();
    let n = 1000;
    let t = Instant::now();
    for k in 0..n {
        std::hint::black_box(timeline::nearest_dot(
            &dots,
            egui::pos2((k % 1600) as f32, 500.0),
        ));
    }
    println!(
        "hit-test of a click among {EVENTS} dots: {:.1} µs",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
