//! "Export PNG…": a screenshot of the window, cropped to the timeline, written where the
//! user picks (dialog on a worker thread). Written to a temporary file, then renamed.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use super::{Message, Saved};

enum Stage {
    Idle,
    /// Waiting for the screenshot and the save path.
    Waiting {
        shot: Receiver<Arc<egui::ColorImage>>,
        path: Receiver<Option<PathBuf>>,
        image: Option<Arc<egui::ColorImage>>,
        target: Option<Option<PathBuf>>,
        crop: egui::Rect,
        ppp: f32,
    },
}

pub struct Exporter {
    stage: Stage,
}

impl Default for Exporter {
    fn default() -> Self {
        Exporter { stage: Stage::Idle }
    }
}

impl Exporter {
    pub fn is_busy(&self) -> bool {
        !matches!(self.stage, Stage::Idle)
    }

    pub fn start(&mut self, ctx: &egui::Context, crop: egui::Rect, dir: Option<PathBuf>) {
        if self.is_busy() {
            return;
        }
        let (shot_tx, shot) = channel();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |img| {
            let _ = shot_tx.send(img);
            repaint.request_repaint();
        });
        let (path_tx, path) = channel();
        let repaint = ctx.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new()
                .set_file_name("timeline.png")
                .add_filter("PNG image", &["png"]);
            if let Some(d) = dir {
                dialog = dialog.set_directory(d);
            }
            let picked = pollster::block_on(dialog.save_file()).map(|h| h.path().to_path_buf());
            let _ = path_tx.send(picked);
            repaint.request_repaint();
        });
        let ppp = ctx.pixels_per_point();
        self.stage = Stage::Waiting {
            shot,
            path,
            image: None,
            target: None,
            crop,
            ppp,
        };
    }

    pub fn poll(&mut self, _ctx: &egui::Context, messages: &mut Vec<Message>, saved: &mut Saved) {
        let Stage::Waiting {
            shot,
            path,
            image,
            target,
            crop,
            ppp,
        } = &mut self.stage
        else {
            return;
        };
        if image.is_none() {
            *image = shot.try_recv().ok();
        }
        if target.is_none() {
            *target = path.try_recv().ok();
        }
        let (Some(img), Some(t)) = (image.as_ref(), target.as_ref()) else {
            return;
        };
        if let Some(p) = t {
            match write_png(img, *crop, *ppp, p) {
                Ok(()) => {
                    messages.push(Message::info(format!("Exported {}", p.display())));
                    saved.last_export_dir = p.parent().map(Path::to_path_buf);
                }
                Err(e) => messages.push(Message::error(format!("Export failed: {e}"))),
            }
        }
        self.stage = Stage::Idle;
    }
}

/// Crops `img` to `crop` (points) and writes it as PNG via a temporary file.
pub fn write_png(
    img: &egui::ColorImage,
    crop: egui::Rect,
    ppp: f32,
    path: &Path,
) -> Result<(), String> {
    let [w, h] = img.size;
    let x0 = ((crop.left() * ppp).round().max(0.0) as usize).min(w);
    let y0 = ((crop.top() * ppp).round().max(0.0) as usize).min(h);
    let x1 = ((crop.right() * ppp).round().max(0.0) as usize).clamp(x0, w);
    let y1 = ((crop.bottom() * ppp).round().max(0.0) as usize).clamp(y0, h);
    if x1 == x0 || y1 == y0 {
        return Err("nothing to export (empty timeline area)".into());
    }
    let mut out = image::RgbaImage::new((x1 - x0) as u32, (y1 - y0) as u32);
    for y in y0..y1 {
        for x in x0..x1 {
            let c = img.pixels[y * w + x];
            out.put_pixel((x - x0) as u32, (y - y0) as u32, image::Rgba(c.to_array()));
        }
    }
    let tmp = path.with_extension("png.partial");
    out.save_with_format(&tmp, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        e.to_string()
    })
}
