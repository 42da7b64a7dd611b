//! Text metrics and glyph outlines from the fonts embedded in the binary (DejaVu Sans,
//! `assets/fonts/`), so that the layout measures exactly what the raster backend draws,
//! on every machine, with no system font lookup.

use ab_glyph::{Font, FontRef, GlyphId, PxScale, ScaleFont};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family name written into SVG, with fallbacks close in width.
pub const SVG_FAMILY: &str = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/// The two embedded faces.
pub struct Fonts {
    regular: Option<FontRef<'static>>,
    bold: Option<FontRef<'static>>,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl Fonts {
    pub fn new() -> Fonts {
        Fonts {
            regular: FontRef::try_from_slice(REGULAR).ok(),
            bold: FontRef::try_from_slice(BOLD).ok(),
        }
    }

    /// The face for a weight (the regular one stands in if bold failed to parse).
    pub fn face(&self, bold: bool) -> Option<&FontRef<'static>> {
        if bold {
            self.bold.as_ref().or(self.regular.as_ref())
        } else {
            self.regular.as_ref()
        }
    }

    /// ab_glyph's scale for a CSS font size (the em square, in pixels).
    pub fn scale(font: &FontRef<'static>, size: f32) -> PxScale {
        let upem = font.units_per_em().unwrap_or(2048.0).max(1.0);
        PxScale::from(size * font.height_unscaled() / upem)
    }

    /// Width of `text` set at `size` (em, pixels), with kerning.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let Some(font) = self.face(bold) else {
            return text.chars().count() as f32 * size * 0.55;
        };
        let sf = font.as_scaled(Self::scale(font, size));
        let mut w = 0.0;
        let mut prev: Option<GlyphId> = None;
        for c in text.chars() {
            let id = sf.glyph_id(c);
            if let Some(p) = prev {
                w += sf.kern(p, id);
            }
            w += sf.h_advance(id);
            prev = Some(id);
        }
        w
    }

    /// `text`, shortened with "…" to at most `max` wide (empty when not even "…" fits).
    pub fn fit(&self, text: &str, size: f32, bold: bool, max: f32) -> String {
        if self.width(text, size, bold) <= max {
            return text.to_string();
        }
        let ell = self.width("…", size, bold);
        let mut out = String::new();
        let mut w = 0.0;
        for c in text.chars() {
            let cw = self.width(c.encode_utf8(&mut [0; 4]), size, bold);
            if w + cw + ell > max {
                break;
            }
            out.push(c);
            w += cw;
        }
        if w + ell > max {
            return String::new();
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('…');
        out
    }

    /// Distance from the baseline to the top of capitals, for vertical centring.
    pub fn cap_height(&self, size: f32) -> f32 {
        size * 0.73
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_fonts_parse_and_measure() {
        let f = Fonts::new();
        assert!(f.face(false).is_some() && f.face(true).is_some());
        let w = f.width("Timeline", 20.0, false);
        assert!(w > 60.0 && w < 120.0, "{w}");
        assert!(f.width("Timeline", 20.0, true) > w);
        assert!(f.width("Timeline", 40.0, false) > 1.9 * w);
    }

    #[test]
    fn fit_shortens_with_an_ellipsis_within_the_width() {
        let f = Fonts::new();
        let s = "Putin and Kim sign a comprehensive strategic partnership treaty";
        let short = f.fit(s, 16.0, false, 150.0);
        assert!(short.ends_with('…'), "{short}");
        assert!(f.width(&short, 16.0, false) <= 150.0);
        assert_eq!(f.fit("Short", 16.0, false, 150.0), "Short");
        assert_eq!(f.fit(s, 16.0, false, 2.0), "");
    }
}
