//! Label lanes: which event titles get drawn, and where, so that no two overlap and none
//! leaves the drawing. Shared by the app's timeline and the exported picture.

/// Where a label goes: its lane (0 nearest the axis), and whether it stands left of the
/// dot, with the width available to its text (shortened with "…" to fit).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub lane: usize,
    pub left: bool,
    pub width: f32,
}

/// Room kept between a dot and its label's text, and around each label.
pub const GAP: f32 = 12.0;

/// Places labels in order (most important first): each takes the lowest lane where it
/// overlaps nothing, on the side of its dot with room (the roomier side, shortened, when
/// neither has enough). `xs` are the dots' x, `widths` the labels' natural widths; labels
/// that would be narrower than `min_width` are not placed. Parallel to `xs`.
pub fn place(
    xs: &[f32],
    widths: &[f32],
    lanes: usize,
    (left_edge, right_edge): (f32, f32),
    min_width: f32,
) -> Vec<Option<Label>> {
    let mut placed: Vec<Vec<(f32, f32)>> = vec![Vec::new(); lanes];
    let mut out = vec![None; xs.len()];
    for (k, (&x, &w)) in xs.iter().zip(widths).enumerate() {
        let right_room = right_edge - x - GAP;
        let left_room = x - left_edge - GAP;
        let (left, width) = if w <= right_room {
            (false, w)
        } else if w <= left_room {
            (true, w)
        } else if left_room > right_room {
            (true, left_room)
        } else {
            (false, right_room)
        };
        if width.is_nan() || width < min_width {
            continue;
        }
        let (x0, x1) = if left {
            (x - width - GAP, x + 4.0)
        } else {
            (x - 4.0, x + width + GAP)
        };
        if let Some(lane) = (0..lanes).find(|&l| placed[l].iter().all(|&(a, b)| x1 <= a || x0 >= b))
        {
            placed[lane].push((x0, x1));
            out[k] = Some(Label { lane, left, width });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extent(x: f32, l: &Label) -> (f32, f32) {
        if l.left {
            (x - l.width - GAP, x + 4.0)
        } else {
            (x - 4.0, x + l.width + GAP)
        }
    }

    #[test]
    fn labels_in_one_lane_never_overlap_and_stay_inside() {
        let xs: Vec<f32> = (0..40).map(|i| (i * 37 % 500) as f32).collect();
        let widths: Vec<f32> = (0..40).map(|i| 60.0 + (i * 13 % 150) as f32).collect();
        let placed = place(&xs, &widths, 4, (0.0, 500.0), 40.0);
        assert!(placed.iter().filter(|p| p.is_some()).count() >= 8);
        for (i, a) in placed.iter().enumerate() {
            let Some(a) = a else { continue };
            let (a0, a1) = extent(xs[i], a);
            assert!(a0 >= -4.0 && a1 <= 504.0, "label {i} leaves the drawing");
            assert!(a.width <= widths[i]);
            for (j, b) in placed.iter().enumerate().skip(i + 1) {
                let Some(b) = b else { continue };
                if a.lane == b.lane {
                    let (b0, b1) = extent(xs[j], b);
                    assert!(a1 <= b0 || b1 <= a0, "labels {i} and {j} overlap");
                }
            }
        }
    }

    #[test]
    fn a_label_near_the_right_edge_goes_left() {
        let placed = place(&[480.0], &[100.0], 1, (0.0, 500.0), 40.0);
        assert_eq!(placed[0].map(|l| l.left), Some(true));
    }

    #[test]
    fn labels_that_do_not_fit_are_dropped_not_squeezed() {
        let placed = place(&[10.0], &[100.0], 1, (0.0, 40.0), 40.0);
        assert_eq!(placed[0], None);
    }
}
