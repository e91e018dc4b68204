//! Bar charts drawn as SVG on the server: one bar per period, negative values below a zero
//! line, each bar a link (to the events behind it) with a `<title>` that says its value, so the
//! chart reads without colour, by keyboard and by screen reader. The page puts the same numbers
//! in a table beside it.

use std::fmt::Write;

use super::pages::esc;

/// One bar: its label on the axis, its value, what a click opens.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub href: Option<String>,
    /// What the bar's tooltip and accessible name say.
    pub title: String,
}

/// An SVG chart of `bars` (scaled to fit the width of its container), with `caption` as its
/// accessible name.
pub fn bar_chart(bars: &[Bar], caption: &str, class: &str) -> String {
    let width = 720.0_f64;
    let height = 180.0_f64;
    let (left, bottom, top) = (40.0, 22.0, 8.0);
    let plot_h = height - bottom - top;
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let min = bars.iter().map(|b| b.value).fold(0.0_f64, f64::min);
    let span = if max - min > 0.0 { max - min } else { 1.0 };
    let y = |v: f64| top + (max - v) / span * plot_h;
    let n = bars.len().max(1) as f64;
    let slot = (width - left) / n;
    let bar_w = (slot * 0.8).clamp(1.0, 40.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart {class}" viewBox="0 0 {width} {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        esc(caption)
    );
    let _ = write!(svg, "<title>{}</title>", esc(caption));
    // Axis: zero line and the extremes.
    let zero = y(0.0);
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{left}" x2="{width}" y1="{zero:.1}" y2="{zero:.1}"/>"#
    );
    for v in [max, min] {
        if v != 0.0 {
            let _ = write!(
                svg,
                r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
                left - 4.0,
                y(v) + 4.0,
                fmt_value(v)
            );
        }
    }
    let _ = write!(
        svg,
        r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">0</text>"#,
        left - 4.0,
        zero + 4.0
    );
    // Labels: at most about twelve, evenly spread.
    let every = (bars.len() / 12).max(1);
    for (i, b) in bars.iter().enumerate() {
        let x = left + i as f64 * slot + (slot - bar_w) / 2.0;
        let (y0, y1) = if b.value >= 0.0 {
            (y(b.value), zero)
        } else {
            (zero, y(b.value))
        };
        let h = (y1 - y0).max(if b.value != 0.0 { 1.0 } else { 0.0 });
        let sign = if b.value < 0.0 { "neg" } else { "pos" };
        let rect = format!(
            r#"<rect class="bar {sign}" x="{x:.1}" y="{y0:.1}" width="{bar_w:.1}" height="{h:.1}"><title>{}</title></rect>"#,
            esc(&b.title)
        );
        match &b.href {
            Some(href) => {
                // The link covers the whole slot's height, so short bars are easy to hit.
                let _ = write!(
                    svg,
                    r#"<a href="{}" aria-label="{}"><rect class="hit" x="{x:.1}" y="{top}" width="{bar_w:.1}" height="{plot_h}"/>{rect}</a>"#,
                    esc(href),
                    esc(&b.title)
                );
            }
            None => svg.push_str(&rect),
        }
        if i % every == 0 {
            let _ = write!(
                svg,
                r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                x + bar_w / 2.0,
                height - 6.0,
                esc(&b.label)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

fn fmt_value(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_links_with_titles_and_negative_values_go_below_zero() {
        let svg = bar_chart(
            &[
                Bar {
                    label: "2026-W45".into(),
                    value: 3.0,
                    href: Some("/trend?a=1&b=2".into()),
                    title: "3 events".into(),
                },
                Bar {
                    label: "2026-W46".into(),
                    value: -9.5,
                    href: None,
                    title: "Goldstein −9.5".into(),
                },
            ],
            "events per week",
            "events",
        );
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"href="/trend?a=1&amp;b=2""#));
        assert!(svg.contains("<title>3 events</title>"));
        assert!(svg.contains(r#"class="bar neg""#));
        assert!(svg.contains("-9.5"));
    }
}
