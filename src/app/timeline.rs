//! The timeline panel: a calendar axis with the events above it, pan (drag, horizontal
//! scroll) and zoom (scroll wheel, pinch) on time, click to select.
//!
//! As in Rerun's time ruler, the time→x mapping ([`TimeView`] plus the panel rect) is
//! recreated every frame from the view stored in the app; pan and zoom return *new* views
//! which the panel sends back as commands.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke};
use serde::{Deserialize, Serialize};

use super::Command;
use crate::events::Event;
use crate::extract::Extraction;
use crate::picture::label_text;
use crate::picture::lanes::{self, Label};
use crate::timeaxis::{self, Axis, day_number};
use crate::timeval::Granularity;

/// A visible stretch of the axis, in axis units (days, with breaks collapsed).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TimeView {
    pub min: f64,
    pub max: f64,
}

/// Shortest span a view may show (one hour).
const MIN_SPAN_DAYS: f64 = 1.0 / 24.0;
/// A break wider than this share of the view expands back to real time.
const EXPAND_BREAK_SHARE: f64 = 0.4;

impl TimeView {
    /// A view showing every event with a margin on both sides.
    pub fn fit(events: &[Event], axis: &Axis) -> TimeView {
        let (min, max) = timeaxis::fit(
            axis,
            events
                .iter()
                .map(|e| (day_number(e.span.start), day_number(e.span.end) + 1.0)),
        );
        TimeView { min, max }
    }

    pub fn span(&self) -> f64 {
        self.max - self.min
    }

    pub fn x_of(&self, u: f64, rect: Rect) -> f32 {
        rect.left() + ((u - self.min) / self.span() * f64::from(rect.width())) as f32
    }

    pub fn unit_at(&self, x: f32, rect: Rect) -> f64 {
        self.min + f64::from(x - rect.left()) / f64::from(rect.width().max(1.0)) * self.span()
    }

    /// Zoomed by `factor` (> 1 zooms in) keeping `anchor` (axis units) at the same place.
    pub fn zoomed(&self, factor: f64, anchor: f64) -> TimeView {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let span = (self.span() / factor).clamp(MIN_SPAN_DAYS, 2_000_000.0);
        let t = ((anchor - self.min) / self.span()).clamp(0.0, 1.0);
        let min = anchor - t * span;
        TimeView {
            min,
            max: min + span,
        }
    }

    /// Moved by `units` (positive: later).
    pub fn panned(&self, units: f64) -> TimeView {
        let units = if units.is_finite() { units } else { 0.0 };
        TimeView {
            min: self.min + units,
            max: self.max + units,
        }
    }

    /// The same stretch of real time on another axis (after a break was expanded).
    pub fn remapped(&self, from: &Axis, to: &Axis) -> TimeView {
        TimeView {
            min: to.to_axis(from.to_day(self.min)),
            max: to.to_axis(from.to_day(self.max)),
        }
    }
}

/// The events placed on an axis: axis units of every event's middle, start and end, and
/// the events by importance. Derived state, rebuilt only when the events or the axis
/// change, so that a frame does no date arithmetic and no sorting.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    pub mid: Vec<f64>,
    pub start: Vec<f64>,
    pub end: Vec<f64>,
    pub by_importance: Vec<usize>,
}

impl Placement {
    pub fn new(events: &[Event], axis: &Axis) -> Placement {
        let mut by_importance: Vec<usize> = (0..events.len()).collect();
        // Pinned events are labelled first, always.
        by_importance.sort_by(|&a, &b| {
            events[b]
                .pinned
                .cmp(&events[a].pinned)
                .then(events[b].importance.total_cmp(&events[a].importance))
                .then(a.cmp(&b))
        });
        Placement {
            mid: events
                .iter()
                .map(|e| axis.to_axis(day_number(e.span.mid()) + 0.5))
                .collect(),
            start: events
                .iter()
                .map(|e| axis.to_axis(day_number(e.span.start)))
                .collect(),
            end: events
                .iter()
                .map(|e| axis.to_axis(day_number(e.span.end) + 1.0))
                .collect(),
            by_importance,
        }
    }
}

/// The most labels laid out in one frame; the rest are dots with hover text.
const MAX_LABELS: usize = 400;

/// Which visible events get a label, most important first (the selection before all):
/// at most [`MAX_LABELS`], so text is measured for few events even among 100k.
fn label_candidates(
    placement: &Placement,
    visible: &[bool],
    selected: Option<usize>,
) -> Vec<usize> {
    let mut out: Vec<usize> = selected
        .filter(|&s| visible.get(s).copied().unwrap_or(false))
        .into_iter()
        .collect();
    for &i in &placement.by_importance {
        if out.len() >= MAX_LABELS {
            break;
        }
        if visible[i] && Some(i) != selected {
            out.push(i);
        }
    }
    out
}

/// An event's dot as drawn this frame.
#[derive(Debug, Clone, Copy)]
pub struct Dot {
    pub event: usize,
    pub at: Pos2,
    pub radius: f32,
}

/// The event whose dot is under `p` (within a few points of its edge), the nearest when
/// several are: one pass over the drawn dots.
pub fn nearest_dot(dots: &[Dot], p: Pos2) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for d in dots {
        let reach = d.radius + 6.0;
        let (dx, dy) = (d.at.x - p.x, d.at.y - p.y);
        if dx.abs() > reach || dy.abs() > reach {
            continue;
        }
        let dist2 = dx * dx + dy * dy;
        if dist2 <= reach * reach && best.is_none_or(|(_, b)| dist2 < b) {
            best = Some((d.event, dist2));
        }
    }
    best.map(|(i, _)| i)
}

/// Above this many visible events, unlabelled ones are drawn as a density histogram.
const DENSE_LIMIT: usize = 1500;
/// Width of one histogram bar, in points.
const BUCKET_PX: f32 = 3.0;

/// Labels narrower than this are not drawn (the dot stays, with its hover text).
const MIN_LABEL_WIDTH: f32 = 60.0;

/// One drawn occurrence of an event: in lane mode an event stands in every band of its
/// sources.
#[derive(Clone, Copy)]
struct Instance {
    event: usize,
    y: f32,
    label: Option<Label>,
}

/// Most source bands; further sources share the last band.
const MAX_BANDS: usize = 12;

/// The horizontal bands of lane mode: one per source article that has a visible event
/// (the first [`MAX_BANDS`] − 1 by article order), the rest together in one.
struct SourceBands {
    rects: Vec<Rect>,
    names: Vec<String>,
    colours: Vec<Color32>,
    /// Band of each article (None: no visible event).
    band_of: Vec<Option<usize>>,
}

impl SourceBands {
    fn new(x: &Extraction, visible: &[bool], plot: Rect) -> SourceBands {
        let n = x.corpus.articles.len();
        let mut used = vec![false; n];
        for (i, e) in x.events.iter().enumerate() {
            if visible.get(i).copied().unwrap_or(false) {
                for m in &e.mentions {
                    if let Some(u) = used.get_mut(m.article) {
                        *u = true;
                    }
                }
            }
        }
        let articles: Vec<usize> = (0..n).filter(|&a| used[a]).collect();
        let own = if articles.len() > MAX_BANDS {
            MAX_BANDS - 1
        } else {
            articles.len()
        };
        let mut band_of = vec![None; n];
        let mut names = Vec::new();
        let mut colours = Vec::new();
        for (b, &a) in articles.iter().enumerate() {
            band_of[a] = Some(b.min(own));
            if b < own {
                names.push(article_name(&x.corpus.articles[a], 60));
                colours.push(colour32(crate::picture::article_colour(a)));
            }
        }
        if articles.len() > own {
            names.push(format!("{} other sources", articles.len() - own));
            colours.push(Color32::GRAY);
        }
        let count = names.len().max(1);
        let h = plot.height() / count as f32;
        let rects = (0..names.len())
            .map(|b| {
                Rect::from_min_max(
                    Pos2::new(plot.left(), plot.top() + b as f32 * h),
                    Pos2::new(plot.right(), plot.top() + (b + 1) as f32 * h),
                )
            })
            .collect();
        SourceBands {
            rects,
            names,
            colours,
            band_of,
        }
    }

    /// Does band `b` show event `e` (one of its articles reports it)?
    fn holds(&self, b: usize, e: &Event) -> bool {
        e.mentions
            .iter()
            .any(|m| self.band_of.get(m.article).copied().flatten() == Some(b))
    }
}

/// What the dots' colour says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ColourBy {
    /// How many sources report the event (1, 2–3, 4+), as in exported pictures.
    #[default]
    Corroboration,
    /// Which article reports it first (one hue per article), with a legend.
    Source,
}

/// An article as a legend or band names it: its outlet, else its title, at most `max`
/// characters (then "…").
fn article_name(a: &crate::corpus::Article, max: usize) -> String {
    let name = a.source.as_deref().unwrap_or(&a.title);
    match name.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &name[..cut]),
        None => name.to_string(),
    }
}

fn colour32(c: crate::picture::Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

/// The colour of an event's dot.
fn dot_colour(e: &Event, by: ColourBy) -> Color32 {
    match by {
        ColourBy::Corroboration => colour32(crate::picture::corroboration_colour(e.sources)),
        ColourBy::Source => e
            .mentions
            .iter()
            .map(|m| m.article)
            .min()
            .map_or(Color32::GRAY, |a| {
                colour32(crate::picture::article_colour(a))
            }),
    }
}

/// The legend of the dots' colours, in the timeline's top-left corner.
fn legend(painter: &egui::Painter, rect: Rect, x: &Extraction, by: ColourBy, text: Color32) {
    let items: Vec<(Color32, String)> = match by {
        ColourBy::Corroboration => [(1, "1 source"), (2, "2–3 sources"), (4, "4+ sources")]
            .iter()
            .map(|&(n, l)| {
                (
                    colour32(crate::picture::corroboration_colour(n)),
                    l.to_string(),
                )
            })
            .collect(),
        ColourBy::Source => {
            let n = x.corpus.articles.len();
            let mut v: Vec<(Color32, String)> = x
                .corpus
                .articles
                .iter()
                .take(10)
                .enumerate()
                .map(|(i, a)| {
                    (
                        colour32(crate::picture::article_colour(i)),
                        article_name(a, 40),
                    )
                })
                .collect();
            if n > 10 {
                v.push((Color32::GRAY, format!("… {} more (colours repeat)", n - 10)));
            }
            v
        }
    };
    // Below the break labels, which stand at the top.
    let mut y = rect.top() + 28.0;
    for (c, label) in items {
        painter.circle_filled(Pos2::new(rect.left() + 14.0, y + 6.0), 4.0, c);
        painter.text(
            Pos2::new(rect.left() + 24.0, y),
            Align2::LEFT_TOP,
            label,
            FontId::proportional(11.0),
            text,
        );
        y += 15.0;
    }
}

/// What the timeline draws this frame.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub extraction: &'a Extraction,
    pub axis: &'a Axis,
    pub placement: &'a Placement,
    /// The filter, parallel to the events: events outside it are not drawn.
    pub shown: &'a [bool],
    pub selected: Option<usize>,
    /// None: fit all.
    pub view: Option<TimeView>,
    pub colour_by: ColourBy,
    /// One horizontal band per source article (events appear in each band that reports them).
    pub source_lanes: bool,
}

/// Draws the timeline and returns its screen rectangle.
pub fn show(ui: &mut egui::Ui, scene: &Scene<'_>, commands: &mut Vec<Command>) -> Rect {
    let Scene {
        extraction: x,
        axis,
        placement,
        shown,
        selected,
        view,
        colour_by,
        source_lanes,
    } = *scene;
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    painter.rect_filled(rect, 0.0, visuals.extreme_bg_color);

    let events = &x.events;
    let view = view.unwrap_or_else(|| TimeView::fit(events, axis));
    let axis_y = rect.bottom() - 28.0;
    let plot = Rect::from_min_max(
        Pos2::new(rect.left() + 8.0, rect.top() + 8.0),
        Pos2::new(rect.right() - 8.0, axis_y),
    );
    let axis_rect = Rect::from_x_y_ranges(plot.x_range(), rect.y_range());

    // Axis with calendar ticks.
    let text_color = visuals.text_color();
    let weak = visuals.weak_text_color();
    painter.line_segment(
        [
            Pos2::new(rect.left(), axis_y),
            Pos2::new(rect.right(), axis_y),
        ],
        Stroke::new(1.0, weak),
    );
    for t in timeaxis::ticks(axis, view.min, view.max, axis_rect.width(), 90.0) {
        let tx = view.x_of(t.at, axis_rect);
        painter.line_segment(
            [Pos2::new(tx, rect.top()), Pos2::new(tx, axis_y)],
            Stroke::new(1.0, visuals.faint_bg_color),
        );
        painter.line_segment(
            [Pos2::new(tx, axis_y), Pos2::new(tx, axis_y + 5.0)],
            Stroke::new(1.0, weak),
        );
        painter.text(
            Pos2::new(tx + 3.0, axis_y + 7.0),
            Align2::LEFT_TOP,
            t.label,
            FontId::proportional(12.0),
            text_color,
        );
    }

    // Collapsed gaps: a hatched narrow band labelled with the time it hides.
    for (i, b) in axis.breaks().iter().enumerate() {
        let (x0, x1) = (view.x_of(b.start, axis_rect), view.x_of(b.end, axis_rect));
        if x1 < rect.left() || x0 > rect.right() {
            continue;
        }
        let band = Rect::from_min_max(Pos2::new(x0, rect.top()), Pos2::new(x1, axis_y + 24.0));
        painter.rect_filled(band, 0.0, visuals.faint_bg_color);
        for x in [x0, x1] {
            painter.line_segment(
                [
                    Pos2::new(x - 3.0, axis_y + 6.0),
                    Pos2::new(x + 3.0, axis_y - 6.0),
                ],
                Stroke::new(1.5, weak),
            );
        }
        painter.text(
            Pos2::new((x0 + x1) / 2.0, rect.top() + 10.0),
            Align2::CENTER_TOP,
            b.label(),
            FontId::proportional(11.0),
            weak,
        );
        if f64::from(x1 - x0) > EXPAND_BREAK_SHARE * f64::from(axis_rect.width()) {
            commands.push(Command::ExpandBreak(i));
        }
    }

    // Event layout: x per event, label lanes above the axis.
    let font = FontId::proportional(13.0);
    let lane_h = 20.0;
    let lanes = ((plot.height() - 10.0) / lane_h).floor().max(1.0) as usize;
    let xs: Vec<f32> = placement
        .mid
        .iter()
        .map(|&u| view.x_of(u, axis_rect))
        .collect();
    let visible: Vec<bool> = xs
        .iter()
        .zip(shown)
        .map(|(&ex, &s)| s && ex >= rect.left() - 200.0 && ex <= rect.right())
        .collect();
    let candidates = label_candidates(placement, &visible, selected);
    let widths: Vec<f32> = candidates
        .iter()
        .map(|&i| label_width(ui, &label_text(&events[i]), &font))
        .collect();
    let candidate_xs: Vec<f32> = candidates.iter().map(|&i| xs[i]).collect();
    let placed = lanes::place(
        &candidate_xs,
        &widths,
        lanes,
        (rect.left() + 4.0, rect.right() - 4.0),
        MIN_LABEL_WIDTH,
    );
    let mut lane_of: Vec<Option<Label>> = vec![None; events.len()];
    // Dense views: events without a label become a density histogram on the axis (one
    // bar per few pixels, with its count), so a frame costs the same at 100k events.
    let dense = visible.iter().filter(|v| **v).count() > DENSE_LIMIT;
    // Unlabelled events are drawn one by one only when the view is not dense.
    let drawn_alone = |i: usize| !dense || Some(i) == selected;
    let mut instances: Vec<Instance> = Vec::new();
    if source_lanes && !x.corpus.articles.is_empty() {
        let bands = SourceBands::new(x, &visible, plot);
        for (b, band) in bands.rects.iter().enumerate() {
            let (members, mw): (Vec<usize>, Vec<f32>) = candidates
                .iter()
                .zip(&widths)
                .filter(|(i, _)| bands.holds(b, &events[**i]))
                .map(|(&i, &w)| (i, w))
                .unzip();
            let band_lanes = ((band.height() - 6.0) / lane_h).floor().max(1.0) as usize;
            let mxs: Vec<f32> = members.iter().map(|&i| xs[i]).collect();
            let placed = lanes::place(
                &mxs,
                &mw,
                band_lanes,
                (rect.left() + 4.0, rect.right() - 4.0),
                MIN_LABEL_WIDTH,
            );
            let mut labelled = vec![false; events.len()];
            for (k, &i) in members.iter().enumerate() {
                if let Some(l) = placed[k] {
                    labelled[i] = true;
                    lane_of[i] = lane_of[i].or(Some(l));
                    instances.push(Instance {
                        event: i,
                        y: band.bottom() - 10.0 - l.lane as f32 * lane_h,
                        label: Some(l),
                    });
                }
            }
            for (i, e) in events.iter().enumerate() {
                if drawn_alone(i) && visible[i] && !labelled[i] && bands.holds(b, e) {
                    instances.push(Instance {
                        event: i,
                        y: band.bottom() - 8.0,
                        label: None,
                    });
                }
            }
            painter.line_segment(
                [
                    Pos2::new(rect.left(), band.bottom()),
                    Pos2::new(rect.right(), band.bottom()),
                ],
                Stroke::new(1.0, visuals.faint_bg_color),
            );
            painter.text(
                Pos2::new(rect.left() + 6.0, band.top() + 2.0),
                Align2::LEFT_TOP,
                &bands.names[b],
                FontId::proportional(11.0),
                bands.colours[b],
            );
        }
    } else {
        for (k, &i) in candidates.iter().enumerate() {
            lane_of[i] = placed[k];
        }
        for (i, &v) in visible.iter().enumerate() {
            if v && (lane_of[i].is_some() || drawn_alone(i)) {
                instances.push(Instance {
                    event: i,
                    y: match lane_of[i] {
                        Some(l) => axis_y - 14.0 - l.lane as f32 * lane_h,
                        None => axis_y - 6.0,
                    },
                    label: lane_of[i],
                });
            }
        }
    }

    let accent = visuals.selection.bg_fill;
    let pointer = response.interact_pointer_pos().or(response.hover_pos());
    let mut dots: Vec<Dot> = Vec::new();
    let mut buckets: Vec<u32> = Vec::new();
    if dense {
        let n = (axis_rect.width() / BUCKET_PX).ceil().max(1.0) as usize;
        buckets = vec![0; n];
        for (i, &v) in visible.iter().enumerate() {
            if v && lane_of[i].is_none() && Some(i) != selected {
                let col = ((xs[i] - axis_rect.left()) / BUCKET_PX).floor();
                if col >= 0.0 && (col as usize) < n {
                    buckets[col as usize] += 1;
                }
            }
        }
        for (col, &count) in buckets.iter().enumerate() {
            if count > 0 {
                let h = (3.0 + 4.0 * (count as f32).ln()).min(40.0);
                let x0 = axis_rect.left() + col as f32 * BUCKET_PX;
                let bar = Rect::from_min_max(
                    Pos2::new(x0, axis_y - h),
                    Pos2::new(x0 + BUCKET_PX - 0.5, axis_y),
                );
                painter.rect_filled(bar, 0.0, weak.gamma_multiply(0.6));
            }
        }
    }
    for &Instance { event: i, y, label } in &instances {
        if dense && label.is_none() && Some(i) != selected {
            continue;
        }
        let e = &events[i];
        let ex = xs[i];
        let is_sel = Some(i) == selected;
        let color = if is_sel {
            accent
        } else if e.sources > 1 {
            text_color
        } else {
            weak
        };
        let dot = dot_colour(e, colour_by);
        // Precision: a month or year is a faint band across its span.
        if e.span.granularity != Granularity::Day {
            let x0 = view.x_of(placement.start[i], axis_rect);
            let x1 = view.x_of(placement.end[i], axis_rect);
            if x1 - x0 > 3.0 {
                let band = Rect::from_min_max(Pos2::new(x0, y - 4.0), Pos2::new(x1, y + 4.0));
                painter.rect_filled(band, 2.0, dot.gamma_multiply(0.2));
            }
        }
        if !source_lanes {
            painter.line_segment(
                [Pos2::new(ex, y), Pos2::new(ex, axis_y)],
                Stroke::new(1.0, color.gamma_multiply(0.4)),
            );
        }
        let r = 3.0 + (e.sources.min(5) as f32);
        let inferred = x.date_inferred(e);
        if inferred {
            painter.circle_stroke(Pos2::new(ex, y), r, Stroke::new(1.5, dot));
        } else {
            painter.circle_filled(Pos2::new(ex, y), r, dot);
        }
        if !e.disputes.is_empty() {
            // Disputed: sources give this happening another date too.
            let warn = visuals.warn_fg_color;
            painter.circle_stroke(Pos2::new(ex, y), r + 2.0, Stroke::new(1.5, warn));
        }
        if is_sel {
            painter.circle_stroke(Pos2::new(ex, y), r + 3.0, Stroke::new(2.0, accent));
        }
        if let Some(l) = label {
            let mut job =
                egui::text::LayoutJob::simple_singleline(label_text(e), font.clone(), color);
            job.wrap = egui::text::TextWrapping {
                max_width: l.width,
                max_rows: 1,
                break_anywhere: true,
                overflow_character: Some('…'),
            };
            let galley = painter.layout_job(job);
            let top = y - galley.size().y / 2.0;
            let left = if l.left {
                ex - r - 4.0 - galley.size().x
            } else {
                ex + r + 4.0
            };
            painter.galley(Pos2::new(left, top), galley, color);
        }
        dots.push(Dot {
            event: i,
            at: Pos2::new(ex, y),
            radius: r,
        });
    }
    if !source_lanes {
        legend(&painter, rect, x, colour_by, weak);
    }
    let hit = pointer
        .and_then(|p| nearest_dot(&dots, p))
        .map(|i| (i, 0.0));
    // A density bar under the pointer: its count on hover, a click zooms into it.
    let bucket = pointer
        .filter(|p| dense && hit.is_none() && p.y >= axis_y - 44.0 && p.y <= axis_y + 2.0)
        .map(|p| ((p.x - axis_rect.left()) / BUCKET_PX).floor())
        .filter(|c| *c >= 0.0 && (*c as usize) < buckets.len() && buckets[*c as usize] > 0)
        .map(|c| c as usize);
    if let Some(col) = bucket {
        let x0 = axis_rect.left() + col as f32 * BUCKET_PX;
        let (u0, u1) = (
            view.unit_at(x0, axis_rect),
            view.unit_at(x0 + BUCKET_PX, axis_rect),
        );
        if response.hovered() {
            response
                .clone()
                .on_hover_text(format!("{} events — click to zoom in", buckets[col]));
        }
        if response.clicked() {
            let pad = (u1 - u0) * 4.0;
            commands.push(Command::SetView(TimeView {
                min: u0 - pad,
                max: u1 + pad,
            }));
        }
    }

    // Interaction: new views and selections go out as commands.
    if let Some((i, _)) = hit
        && response.hovered()
    {
        response
            .clone()
            .on_hover_text(format!("{} — {}", events[i].span.value(), events[i].title));
    }
    if response.clicked() && bucket.is_none() {
        commands.push(Command::Select(hit.map(|(i, _)| i)));
    }
    if response.double_clicked() {
        commands.push(Command::FitAll);
    }
    let mut new_view = view;
    if response.dragged() {
        let dx = response.drag_delta().x;
        new_view =
            new_view.panned(-f64::from(dx) / f64::from(axis_rect.width().max(1.0)) * view.span());
    }
    if response.hovered() {
        let (scroll, zoom) = ui.ctx().input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let anchor = pointer.map_or((view.min + view.max) / 2.0, |p| {
            view.unit_at(p.x, axis_rect)
        });
        let factor = f64::from(zoom) * (f64::from(scroll.y) / 200.0).exp();
        if (factor - 1.0).abs() > 1e-6 {
            new_view = new_view.zoomed(factor, anchor);
        }
        if scroll.x.abs() > 0.0 {
            new_view = new_view
                .panned(-f64::from(scroll.x) / f64::from(axis_rect.width().max(1.0)) * view.span());
        }
    }
    if new_view != view {
        commands.push(Command::SetView(new_view));
    }
    if events.is_empty() {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            "No dated events",
            FontId::proportional(16.0),
            weak,
        );
    }
    rect
}

fn label_width(ui: &egui::Ui, text: &str, font: &FontId) -> f32 {
    ui.fonts_mut(|f| {
        f.layout_no_wrap(text.to_string(), font.clone(), Color32::WHITE)
            .size()
            .x
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_bands_hold_every_event_in_each_of_its_sources() {
        let x = crate::extract::run(crate::corpus::embedded());
        let visible = vec![true; x.events.len()];
        let plot = Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 500.0));
        let bands = SourceBands::new(&x, &visible, plot);
        assert_eq!(bands.rects.len(), x.corpus.articles.len());
        for (i, e) in x.events.iter().enumerate() {
            let held: Vec<usize> = (0..bands.rects.len())
                .filter(|&b| bands.holds(b, e))
                .collect();
            assert_eq!(held.len(), e.source_articles().len(), "event {i}");
        }
        // Bands tile the plot from top to bottom.
        assert_eq!(bands.rects[0].top(), plot.top());
        assert!((bands.rects.last().unwrap().bottom() - plot.bottom()).abs() < 0.01);
        // With only some events visible, only their sources get a band.
        let only_first: Vec<bool> = (0..x.events.len()).map(|i| i == 0).collect();
        let few = SourceBands::new(&x, &only_first, plot);
        assert_eq!(few.rects.len(), x.events[0].source_articles().len());
    }
    use egui::Vec2;

    #[test]
    fn zoom_keeps_the_anchor_in_place() {
        let v = TimeView {
            min: 0.0,
            max: 100.0,
        };
        let z = v.zoomed(2.0, 25.0);
        assert!((z.span() - 50.0).abs() < 1e-9);
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 10.0));
        assert!((v.x_of(25.0, rect) - z.x_of(25.0, rect)).abs() < 1e-3);
        assert_eq!(v.zoomed(f64::NAN, 3.0), v);
        assert!(v.zoomed(1e12, 3.0).span() >= MIN_SPAN_DAYS * 0.999);
    }

    #[test]
    fn pan_moves_both_ends() {
        let v = TimeView {
            min: 10.0,
            max: 20.0,
        }
        .panned(5.0);
        assert_eq!(
            v,
            TimeView {
                min: 15.0,
                max: 25.0
            }
        );
    }

    #[test]
    fn remapping_keeps_real_time() {
        let a = Axis::collapsing([(0.0, 10.0), (5000.0, 5010.0)]);
        let b = Axis::linear();
        let v = TimeView {
            min: a.to_axis(2.0),
            max: a.to_axis(5005.0),
        };
        let w = v.remapped(&a, &b);
        assert!((w.min - 2.0).abs() < 1e-6 && (w.max - 5005.0).abs() < 1e-6);
    }
}
