//! "Export image…": a window with size presets, pixel scale, an editable title and a live
//! preview of the picture the core lays out (`crate::picture`, the same one `chronicle
//! render` writes). Save as PNG or SVG where the user picks (`picker`),
//! or copy the image to the clipboard. Files are written through a temporary file.

use serde::{Deserialize, Serialize};

use super::Command;
use crate::picture::{self, Format, Preset};

/// Which size the picture is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Size {
    /// 16:9 slide, 1920×1080.
    Slide,
    /// A4 landscape, 1754×1240.
    A4,
    /// The timeline panel's size, and only the stretch of time it shows.
    CurrentView,
}

/// The export choices kept between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub size: Size,
    /// Pixels per picture unit in a PNG: 1 or 2.
    pub scale: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            size: Size::Slide,
            scale: 1,
        }
    }
}

impl Settings {
    /// PNG pixels per picture unit.
    pub fn pixel_scale(&self) -> f32 {
        f32::from(self.scale.max(1))
    }
}

/// The picture of the events `shown`, drawn at `scale` as an egui image (preview, clipboard).
pub fn draw(
    x: &crate::extract::Extraction,
    shown: &[bool],
    opts: &picture::Options,
    scale: f32,
) -> Result<egui::ColorImage, picture::RenderError> {
    let img = picture::raster::rasterize(&picture::compose(x, Some(shown), opts)?, scale)?;
    let size = [img.width() as usize, img.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(size, img.as_raw()))
}

impl Size {
    pub fn preset(self) -> Option<Preset> {
        match self {
            Size::Slide => Some(Preset::Slide),
            Size::A4 => Some(Preset::A4Landscape),
            Size::CurrentView => None,
        }
    }
}

/// Width of the preview in the window, in points.
const PREVIEW_WIDTH: f32 = 520.0;

/// Per-frame state of the export window.
#[derive(Default)]
pub struct Dialog {
    pub open: bool,
    /// The title being typed (committed by a command when it changes).
    title_edit: Option<String>,
    preview: Option<(Key, Result<egui::TextureHandle, String>)>,
}

/// What the preview was drawn from: redrawn when any of it changes.
#[derive(Debug, Clone, PartialEq)]
struct Key {
    opts: picture::Options,
    revision: u64,
}

/// What the window needs from the app this frame.
pub struct Input<'a> {
    pub extraction: &'a crate::extract::Extraction,
    pub shown: &'a [bool],
    pub settings: &'a Settings,
    /// What to draw; its title is the one shown for editing.
    pub opts: picture::Options,
    /// Changes whenever the events or the filter do.
    pub revision: u64,
}

impl Dialog {
    /// The window is closed: the title being typed is dropped.
    pub fn closed(&mut self) {
        self.title_edit = None;
    }

    /// The open window.
    pub fn show(&mut self, ctx: &egui::Context, input: &Input<'_>, commands: &mut Vec<Command>) {
        let mut open = true;
        egui::Window::new("Export image")
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| self.contents(ui, input, commands));
        if !open {
            commands.push(Command::ShowExport(false));
        }
    }

    fn contents(&mut self, ui: &mut egui::Ui, input: &Input<'_>, commands: &mut Vec<Command>) {
        let s = input.settings;
        ui.horizontal(|ui| {
            ui.label("Size:");
            for (size, label) in [
                (Size::Slide, "Slide 16:9"),
                (Size::A4, "A4 landscape"),
                (Size::CurrentView, "Current view"),
            ] {
                if ui.selectable_label(s.size == size, label).clicked() && s.size != size {
                    commands.push(Command::SetExport(Settings { size, ..s.clone() }));
                }
            }
        });
        ui.horizontal(|ui| {
            ui.label("Scale:");
            for scale in [1u8, 2] {
                if ui
                    .selectable_label(s.scale == scale, format!("{scale}×"))
                    .clicked()
                    && s.scale != scale
                {
                    commands.push(Command::SetExport(Settings { scale, ..s.clone() }));
                }
            }
            let (w, h) = (input.opts.width, input.opts.height);
            let k = u32::from(s.scale);
            ui.weak(format!("PNG {}×{} px", w * k, h * k));
        });
        ui.horizontal(|ui| {
            let label = ui.label("Title:");
            let edit = self
                .title_edit
                .get_or_insert_with(|| input.opts.title.clone().unwrap_or_default());
            let response = ui
                .add(egui::TextEdit::singleline(edit).desired_width(420.0))
                .labelled_by(label.id);
            if response.changed() {
                commands.push(Command::SetExportTitle(edit.clone()));
            }
        });
        ui.separator();
        self.preview(ui, input);
        ui.separator();
        ui.horizontal(|ui| {
            let ready = matches!(&self.preview, Some((_, Ok(_))));
            if ui
                .add_enabled(ready, egui::Button::new("Save PNG…"))
                .clicked()
            {
                commands.push(Command::SaveImage(Format::Png));
            }
            if ui
                .add_enabled(ready, egui::Button::new("Save SVG…"))
                .on_hover_text("Vector, text as text: editable in slide tools")
                .clicked()
            {
                commands.push(Command::SaveImage(Format::Svg));
            }
            if ui
                .add_enabled(ready, egui::Button::new("Copy image"))
                .clicked()
            {
                commands.push(Command::CopyImage);
            }
        });
    }

    /// The picture drawn small, redrawn only when what it shows changed.
    fn preview(&mut self, ui: &mut egui::Ui, input: &Input<'_>) {
        let key = Key {
            opts: input.opts.clone(),
            revision: input.revision,
        };
        if self.preview.as_ref().is_none_or(|(k, _)| *k != key) {
            let scale = PREVIEW_WIDTH * ui.ctx().pixels_per_point() / input.opts.width as f32;
            let drawn = draw(input.extraction, input.shown, &input.opts, scale)
                .map(|image| {
                    ui.ctx()
                        .load_texture("export-preview", image, egui::TextureOptions::LINEAR)
                })
                .map_err(|e| e.to_string());
            self.preview = Some((key, drawn));
        }
        match &self.preview {
            Some((_, Ok(tex))) => {
                let aspect = input.opts.height as f32 / input.opts.width.max(1) as f32;
                let size = egui::vec2(PREVIEW_WIDTH, PREVIEW_WIDTH * aspect);
                ui.add(egui::Image::new((tex.id(), size)).corner_radius(2.0));
            }
            Some((_, Err(e))) => {
                ui.colored_label(ui.visuals().warn_fg_color, e);
            }
            None => {}
        }
    }
}
