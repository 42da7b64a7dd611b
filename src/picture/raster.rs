//! The picture as pixels: shapes through tiny-skia (anti-aliased), text from the embedded
//! fonts' outlines through ab_glyph, at any scale (2× for high-density slides).

use ab_glyph::{Font, GlyphId, ScaleFont, point};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Stroke, Transform};

use super::text::Fonts;
use super::{Anchor, Picture, RenderError, Rgba, Shape, pixel_size};

fn paint(c: Rgba) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(c.0, c.1, c.2, c.3);
    p.anti_alias = true;
    p
}

/// Draws the picture at `scale` pixels per unit.
pub fn rasterize(p: &Picture, scale: f32) -> Result<image::RgbaImage, RenderError> {
    let (pw, ph) = pixel_size(p.width.round() as u32, p.height.round() as u32, scale)?;
    let mut pm = Pixmap::new(pw, ph).ok_or(RenderError::TooLarge {
        width: u64::from(pw),
        height: u64::from(ph),
    })?;
    let bg = p.background;
    pm.fill(tiny_skia::Color::from_rgba8(bg.0, bg.1, bg.2, bg.3));
    let t = Transform::from_scale(scale, scale);
    let fonts = Fonts::new();
    for shape in &p.shapes {
        match shape {
            Shape::Rect { x, y, w, h, fill } => {
                if let Some(r) = tiny_skia::Rect::from_xywh(*x, *y, *w, *h) {
                    pm.fill_rect(r, &paint(*fill), t, None);
                }
            }
            Shape::Line {
                from,
                to,
                width,
                color,
            } => {
                let mut pb = PathBuilder::new();
                pb.move_to(from.0, from.1);
                pb.line_to(to.0, to.1);
                if let Some(path) = pb.finish() {
                    let stroke = Stroke {
                        width: *width,
                        ..Stroke::default()
                    };
                    pm.stroke_path(&path, &paint(*color), &stroke, t, None);
                }
            }
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let Some(path) = PathBuilder::from_circle(center.0, center.1, *radius) else {
                    continue;
                };
                if let Some(c) = fill {
                    pm.fill_path(&path, &paint(*c), FillRule::Winding, t, None);
                }
                if let Some((w, c)) = stroke {
                    let stroke = Stroke {
                        width: *w,
                        ..Stroke::default()
                    };
                    pm.stroke_path(&path, &paint(*c), &stroke, t, None);
                }
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                color,
                anchor,
            } => {
                let w = fonts.width(text, *size, *bold);
                let x0 = match anchor {
                    Anchor::Start => *x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                draw_text(
                    &mut pm,
                    &fonts,
                    text,
                    (x0 * scale, y * scale),
                    size * scale,
                    *bold,
                    *color,
                );
            }
        }
    }
    let mut img = image::RgbaImage::new(pw, ph);
    for (dst, px) in img.pixels_mut().zip(pm.pixels()) {
        let c = px.demultiply();
        *dst = image::Rgba([c.red(), c.green(), c.blue(), c.alpha()]);
    }
    Ok(img)
}

/// Blends the glyphs of one line of text onto the pixmap (premultiplied RGBA).
fn draw_text(
    pm: &mut Pixmap,
    fonts: &Fonts,
    text: &str,
    (x, baseline): (f32, f32),
    size: f32,
    bold: bool,
    c: Rgba,
) {
    let Some(font) = fonts.face(bold) else {
        return;
    };
    let scale = Fonts::scale(font, size);
    let sf = font.as_scaled(scale);
    let (w, h) = (pm.width() as i32, pm.height() as i32);
    let stride = pm.width() as usize;
    let data = pm.data_mut();
    let mut caret = x;
    let mut prev: Option<GlyphId> = None;
    for ch in text.chars() {
        let id = sf.glyph_id(ch);
        if let Some(p) = prev {
            caret += sf.kern(p, id);
        }
        let glyph = id.with_scale_and_position(scale, point(caret, baseline));
        caret += sf.h_advance(id);
        prev = Some(id);
        let Some(outline) = font.outline_glyph(glyph) else {
            continue;
        };
        let b = outline.px_bounds();
        outline.draw(|gx, gy, coverage| {
            let px = b.min.x as i32 + gx as i32;
            let py = b.min.y as i32 + gy as i32;
            if px < 0 || py < 0 || px >= w || py >= h {
                return;
            }
            let a = coverage.clamp(0.0, 1.0) * f32::from(c.3) / 255.0;
            let i = (py as usize * stride + px as usize) * 4;
            let Some(dst) = data.get_mut(i..i + 4) else {
                return;
            };
            let src = [
                f32::from(c.0) * a,
                f32::from(c.1) * a,
                f32::from(c.2) * a,
                255.0 * a,
            ];
            for k in 0..4 {
                dst[k] = (src[k] + f32::from(dst[k]) * (1.0 - a))
                    .round()
                    .clamp(0.0, 255.0) as u8;
            }
        });
    }
}
