//! The picture as SVG: shapes as vector elements, text as `<text>` (editable in slide
//! tools), set in the embedded font's family with close fallbacks.

use std::fmt::Write;

use super::text::SVG_FAMILY;
use super::{Anchor, Picture, Rgba, Shape};

fn colour(c: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn opacity(attr: &str, c: Rgba) -> String {
    if c.3 == 255 {
        String::new()
    } else {
        format!(" {attr}=\"{:.3}\"", f32::from(c.3) / 255.0)
    }
}

/// Escapes text for XML content and attributes; drops characters XML 1.0 forbids.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The SVG document of a picture.
pub fn to_svg(p: &Picture) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{SVG_FAMILY}">"#,
        w = p.width,
        h = p.height
    );
    let _ = writeln!(
        s,
        r#"<rect x="0" y="0" width="{}" height="{}" fill="{}"/>"#,
        p.width,
        p.height,
        colour(p.background)
    );
    for shape in &p.shapes {
        let _ = match shape {
            Shape::Rect { x, y, w, h, fill } => writeln!(
                s,
                r#"<rect x="{x:.2}" y="{y:.2}" width="{w:.2}" height="{h:.2}" fill="{}"{}/>"#,
                colour(*fill),
                opacity("fill-opacity", *fill)
            ),
            Shape::Line {
                from,
                to,
                width,
                color,
            } => writeln!(
                s,
                r#"<line x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}" stroke="{}" stroke-width="{width:.2}"{}/>"#,
                from.0,
                from.1,
                to.0,
                to.1,
                colour(*color),
                opacity("stroke-opacity", *color)
            ),
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let fill = match fill {
                    Some(c) => format!(r#"fill="{}"{}"#, colour(*c), opacity("fill-opacity", *c)),
                    None => r#"fill="none""#.to_string(),
                };
                let stroke = match stroke {
                    Some((w, c)) => format!(
                        r#" stroke="{}" stroke-width="{w:.2}"{}"#,
                        colour(*c),
                        opacity("stroke-opacity", *c)
                    ),
                    None => String::new(),
                };
                writeln!(
                    s,
                    r#"<circle cx="{:.2}" cy="{:.2}" r="{radius:.2}" {fill}{stroke}/>"#,
                    center.0, center.1
                )
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
                let anchor = match anchor {
                    Anchor::Start => "",
                    Anchor::Middle => r#" text-anchor="middle""#,
                    Anchor::End => r#" text-anchor="end""#,
                };
                let weight = if *bold { r#" font-weight="bold""# } else { "" };
                writeln!(
                    s,
                    r#"<text x="{x:.2}" y="{y:.2}" font-size="{size:.2}"{weight}{anchor} fill="{}"{} xml:space="preserve">{}</text>"#,
                    colour(*color),
                    opacity("fill-opacity", *color),
                    escape(text)
                )
            }
        };
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_kept_as_text() {
        let p = Picture {
            width: 100.0,
            height: 50.0,
            background: Rgba::rgb(255, 255, 255),
            shapes: vec![Shape::Text {
                x: 1.0,
                y: 20.0,
                text: "Kim & Putin <sign> \"pact\"\u{1}".into(),
                size: 12.0,
                bold: true,
                color: Rgba::rgb(0, 0, 0),
                anchor: Anchor::End,
            }],
        };
        let svg = to_svg(&p);
        assert!(
            svg.contains("Kim &amp; Putin &lt;sign&gt; &quot;pact&quot;</text>"),
            "{svg}"
        );
        assert!(svg.contains(r#"text-anchor="end""#) && svg.contains(r#"font-weight="bold""#));
        assert!(svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>"));
    }
}
