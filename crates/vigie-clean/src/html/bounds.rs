//! Bounds on the work one HTML page may cost.
//!
//! The DOM extractors (trafilatura, dom_smoothie, both on html5ever) are not linear in the
//! page: their cost grows with the square of the nesting depth (a page of 5,000 nested `<div>`
//! took 2.2 s, 20,000 took 32 s, 100,000 did not finish in 120 s), and a page of 1,000,000 tiny
//! elements (8 MB) held 1.9 GB and ran for minutes. So, before any parse, one linear scan
//! ([`PageShape::of`]) counts the page's elements and estimates its deepest nesting; a page
//! over a bound ([`HtmlLimits`]) is not parsed: its text is taken by stripping the tags
//! ([`strip_tags`], linear), and the reason is reported ([`OverLimit`]).
//!
//! The defaults sit far above real pages: on the 990 pages of the trafilatura evaluation set
//! (scripts, styles and comments cut as [`super::strip_inert`] does), the median page has 629
//! elements and a depth of 14, the largest 10,078 elements, the deepest a depth of 84, the
//! most nested a nesting sum of 105,488 (see [`HtmlLimits`] for each bound).

use std::fmt;

/// Bounds past which a page is not given to a DOM extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HtmlLimits {
    /// Deepest nesting of elements (see [`PageShape::depth`]). Default 512: six times the
    /// deepest of the 990 evaluation pages (84), and shallow enough that the parsers' work,
    /// which grows with depth times elements, stays bounded.
    pub max_depth: usize,
    /// Elements (start tags) in the page. Default 100,000: ten times the largest evaluation
    /// page (10,078); a DOM costs about 2 KB per element in the extractors, so 200 MB at most.
    pub max_elements: usize,
    /// Sum over all elements of their depth (see [`PageShape::nesting`]). Default 5,000,000:
    /// 47 times the largest of the 990 evaluation pages (105,488; median 4,235). The
    /// extractors walk each element's descendants (dom_smoothie's scoring, trafilatura's
    /// queries), so their work follows this sum, not the element count alone: a page 510
    /// deep holding 99,000 elements (under both bounds above, 50 million here) took 9.8 s
    /// and 376 MB; at 5 million it is about one second.
    pub max_nesting: u64,
}

impl Default for HtmlLimits {
    fn default() -> Self {
        HtmlLimits {
            max_depth: 512,
            max_elements: 100_000,
            max_nesting: 5_000_000,
        }
    }
}

/// Why a page is over the bounds: what was counted and the bound it passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverLimit {
    TooDeep { depth: usize, limit: usize },
    TooManyElements { elements: usize, limit: usize },
    TooNested { nesting: u64, limit: u64 },
}

impl fmt::Display for OverLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OverLimit::TooDeep { depth, limit } => write!(
                f,
                "HTML nested {depth} elements deep (limit {limit}): text taken by stripping tags, without main-content extraction"
            ),
            OverLimit::TooManyElements { elements, limit } => write!(
                f,
                "HTML has {elements} elements (limit {limit}): text taken by stripping tags, without main-content extraction"
            ),
            OverLimit::TooNested { nesting, limit } => write!(
                f,
                "HTML elements sit {nesting} levels deep in all (limit {limit}): text taken by stripping tags, without main-content extraction"
            ),
        }
    }
}

/// What one linear scan of a page tells about the cost of parsing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PageShape {
    /// Start tags.
    pub elements: usize,
    /// Deepest nesting estimated from start and end tags: void elements (`<br>`) and elements
    /// whose end tag the parser implies (`<p>`, `<li>`, `<td>`…) do not count, as the parser
    /// closes them itself; other unclosed elements do count, which overestimates the depth of
    /// sloppy pages a little (the bound leaves room for that) but never underestimates it.
    pub depth: usize,
    /// Sum over start tags of the depth they open at (equivalently, of the sizes of all
    /// subtrees): what walking every element's descendants costs.
    pub nesting: u64,
}

impl PageShape {
    /// Scans `html` once (comments and `<!…>` declarations skipped).
    pub fn of(html: &str) -> PageShape {
        let b = html.as_bytes();
        let mut shape = PageShape::default();
        let mut depth = 0usize;
        // Inside `<svg>` or `<math>` (foreign content) a `/>` closes the element; in HTML it
        // does not: `<path/>` outside an SVG opens an element that stays open, as html5ever
        // parses it, so a page of such tags nests as deep as it has tags.
        let mut foreign = 0usize;
        let mut i = 0;
        while let Some(off) = memchr_lt(&b[i..]) {
            let lt = i + off;
            let rest = &b[lt + 1..];
            if rest.starts_with(b"!--") {
                // A comment ends at the first `-->`; unclosed, it runs to the end.
                match find(&b[lt + 4..], b"-->") {
                    Some(e) => {
                        i = lt + 4 + e + 3;
                        continue;
                    }
                    None => break,
                }
            }
            let (closing, name_from) = match rest.first() {
                Some(b'/') => (true, 1),
                _ => (false, 0),
            };
            let name_len = rest[name_from..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
            if name_len == 0 || !rest[name_from].is_ascii_alphabetic() {
                i = lt + 1;
                continue;
            }
            let name = &rest[name_from..name_from + name_len];
            // The tag's end, for a self-closing `/>`; a tag left open stops the scan.
            let Some(gt) = rest.iter().position(|&c| c == b'>') else {
                break;
            };
            let is_foreign_root =
                name.eq_ignore_ascii_case(b"svg") || name.eq_ignore_ascii_case(b"math");
            let self_closing = gt > 0 && rest[gt - 1] == b'/' && (foreign > 0 || is_foreign_root);
            if is_foreign_root && !self_closing {
                if closing {
                    foreign = foreign.saturating_sub(1);
                } else {
                    foreign += 1;
                }
            }
            let nests = !VOID
                .iter()
                .chain(IMPLIED_END)
                .any(|v| v.eq_ignore_ascii_case(name));
            if closing {
                if nests {
                    depth = depth.saturating_sub(1);
                }
            } else {
                shape.elements += 1;
                shape.nesting += depth as u64;
                if nests && !self_closing {
                    depth += 1;
                    shape.depth = shape.depth.max(depth);
                }
            }
            i = lt + 1 + gt + 1;
        }
        shape
    }
}

impl HtmlLimits {
    /// The page's shape, or why it is over the bounds.
    pub fn check(&self, html: &str) -> Result<PageShape, OverLimit> {
        let shape = PageShape::of(html);
        if shape.depth > self.max_depth {
            return Err(OverLimit::TooDeep {
                depth: shape.depth,
                limit: self.max_depth,
            });
        }
        if shape.elements > self.max_elements {
            return Err(OverLimit::TooManyElements {
                elements: shape.elements,
                limit: self.max_elements,
            });
        }
        if shape.nesting > self.max_nesting {
            return Err(OverLimit::TooNested {
                nesting: shape.nesting,
                limit: self.max_nesting,
            });
        }
        Ok(shape)
    }
}

/// Elements that never have content.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr", b"param", b"keygen", b"frame",
];

/// Elements whose end tag the parser implies when a sibling or the parent's end comes.
const IMPLIED_END: &[&[u8]] = &[
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"tr",
    b"td",
    b"th",
    b"thead",
    b"tbody",
    b"tfoot",
    b"rb",
    b"rt",
    b"rtc",
    b"rp",
    b"colgroup",
    b"caption",
    b"html",
    b"head",
    b"body",
];

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The text of a page without parsing it, in one pass: tags removed, a paragraph break at
/// block-level tags and line breaks, entities decoded, then one paragraph per line (see
/// [`super::paragraphs`]). What a page over the bounds yields instead of its main content:
/// menus and footers stay in (the boilerplate stage marks them later).
pub fn strip_tags(html: &str) -> String {
    super::html_paragraphs(&super::strip_inert(html))
}

/// The page's `<title>`, found by a linear scan (for pages that are not parsed).
pub fn title(html: &str) -> Option<String> {
    let lower_open = find_ci(html.as_bytes(), b"<title")?;
    let b = html.as_bytes();
    let gt = lower_open + b[lower_open..].iter().position(|&c| c == b'>')? + 1;
    let end = gt + find_ci(&b[gt..], b"</title")?;
    let text = html_escape::decode_html_entities(&html[gt..end]).into_owned();
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_counts_elements_and_real_nesting() {
        let page = "<html><body><div><p>a<p>b<br><img src=x/><div><span>c</span></div></div>\
                    <!-- <div><div><div> --></body></html>";
        let shape = PageShape::of(page);
        assert_eq!(shape.elements, 9);
        // div > div > span: p, br, img and html/body do not nest; the comment is skipped.
        assert_eq!(shape.depth, 3);
        // html 0, body 0, div 0, p 1, p 1, br 1, img 1, div 1, span 2.
        assert_eq!(shape.nesting, 7);
    }

    #[test]
    fn a_slash_closes_only_in_svg_and_math() {
        // In HTML `<path/>` stays open (html5ever nests the next one inside it); in SVG it closes.
        let html_paths = format!("<body>{}</body>", "<path d=\"M0\"/>".repeat(1000));
        assert!(PageShape::of(&html_paths).depth >= 1000);
        let svg_paths = format!(
            "<body><svg>{}</svg><p>x</p></body>",
            "<path d=\"M0\"/>".repeat(1000)
        );
        assert!(
            PageShape::of(&svg_paths).depth <= 3,
            "{:?}",
            PageShape::of(&svg_paths)
        );
        assert!(HtmlLimits::default().check(&html_paths).is_err());
    }

    #[test]
    fn deep_and_wide_pages_are_over_the_bounds() {
        let limits = HtmlLimits {
            max_depth: 100,
            max_elements: 1000,
            max_nesting: 50_000,
        };
        let deep = format!("{}x{}", "<div>".repeat(101), "</div>".repeat(101));
        assert_eq!(
            limits.check(&deep),
            Err(OverLimit::TooDeep {
                depth: 101,
                limit: 100
            })
        );
        let wide = "<b>x</b>".repeat(1001);
        assert!(matches!(
            limits.check(&wide),
            Err(OverLimit::TooManyElements { elements: 1001, .. })
        ));
        let fine = format!("{}x{}", "<div>".repeat(100), "</div>".repeat(100));
        assert!(limits.check(&fine).is_ok());
        // Under both bounds, but every element deep: the descendants walks add up.
        let heavy = format!(
            "{}{}{}",
            "<div>".repeat(99),
            "<i>x</i>".repeat(900),
            "</div>".repeat(99)
        );
        assert!(matches!(
            limits.check(&heavy),
            Err(OverLimit::TooNested { .. })
        ));
    }

    #[test]
    fn stripped_text_keeps_paragraphs_and_title() {
        let page = "<html><head><title>Le &amp; titre</title><script>var a='<p>';</script></head>\
                    <body><div>Un <b>mot</b>.</div><p>Deux &eacute;t&eacute;.</p></body></html>";
        assert_eq!(title(page).as_deref(), Some("Le & titre"));
        let text = strip_tags(page);
        assert!(text.contains("Un mot.\n\nDeux été."), "{text:?}");
        assert!(!text.contains("var a"));
    }
}
