//! HTML main-content extraction: the article's text (one paragraph per line, a blank line
//! between paragraphs), title, author, outlet, canonical URL and publication date.
//!
//! The text comes from the `trafilatura` crate (pinned), chosen over `dom_smoothie` on the
//! trafilatura evaluation set (990 pages, `vigie eval extraction`): see [`Extractor`] for the
//! figures. The publication date comes from vigie's own metadata finder ([`date`]), which
//! never guesses from numbers in the page.

pub mod date;

use chrono::NaiveDate;

/// What an HTML page yields.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub canonical_url: Option<String>,
    pub published: Option<String>,
    pub published_source: Option<String>,
}

/// Which main-text extractor to run. Both are kept so `vigie eval extraction --extractor`
/// can compare them on the same pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Extractor {
    /// `trafilatura` 0.6 (a port of Python trafilatura's heuristics) with its readability and
    /// jusText fallbacks, as Python trafilatura runs by default.
    #[default]
    Trafilatura,
    /// `trafilatura` 0.6 without the fallbacks (faster, lower recall).
    TrafilaturaFast,
    /// `dom_smoothie` 0.19 (a port of Mozilla Readability).
    DomSmoothie,
    /// trafilatura, and dom_smoothie when trafilatura returns (almost) nothing.
    TrafilaturaThenDomSmoothie,
}

impl Extractor {
    pub fn parse(s: &str) -> Option<Extractor> {
        Some(match s {
            "trafilatura" => Extractor::Trafilatura,
            "trafilatura-fast" => Extractor::TrafilaturaFast,
            "dom_smoothie" | "dom-smoothie" => Extractor::DomSmoothie,
            "combined" | "trafilatura+dom_smoothie" => Extractor::TrafilaturaThenDomSmoothie,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Extractor::Trafilatura => "trafilatura",
            Extractor::TrafilaturaFast => "trafilatura-fast",
            Extractor::DomSmoothie => "dom_smoothie",
            Extractor::TrafilaturaThenDomSmoothie => "combined",
        }
    }
}

/// Decodes an HTML page: byte-order mark first, then a `charset` declared in the first
/// kilobytes (meta tag or XML declaration), then UTF-8; bytes that do not decode become U+FFFD.
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Valid UTF-8 is almost never another encoding by accident, whatever the page says.
        return s.to_string();
    }
    let head = &bytes[..bytes.len().min(4096)];
    if let Some(enc) = declared_charset(head) {
        return enc.decode_without_bom_handling(bytes).0.into_owned();
    }
    // Undeclared and not UTF-8: Windows-1252 is the web's historical default.
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

fn declared_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + 7;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(enc) = encoding_rs::Encoding::for_label(&lower[start..i]) {
            return Some(enc);
        }
        from = i.max(from + pos + 1);
    }
    if let Some(pos) = find(&lower, b"encoding=") {
        let rest = &lower[pos + 9..];
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
            .unwrap_or(rest.len());
        return encoding_rs::Encoding::for_label(&rest[..end]);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Extracts the main content of a page with the default extractor; the date is bounded by
/// today's date.
pub fn extract(html: &str) -> Extracted {
    extract_with(
        html,
        None,
        Extractor::default(),
        chrono::Local::now().date_naive(),
    )
}

/// Extracts with a chosen extractor. `url` (the page's address, when known) helps the date.
pub fn extract_with(
    html: &str,
    url: Option<&str>,
    which: Extractor,
    today: NaiveDate,
) -> Extracted {
    let mut out = match which {
        Extractor::Trafilatura => with_trafilatura(html, true),
        Extractor::TrafilaturaFast => with_trafilatura(html, false),
        Extractor::DomSmoothie => with_dom_smoothie(html, url),
        Extractor::TrafilaturaThenDomSmoothie => {
            let t = with_trafilatura(html, false);
            let d = with_dom_smoothie(html, url);
            let mode = std::env::var("VIGIE_COMBINE").unwrap_or_default();
            if mode == "union" {
                let have = t.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let mut text = t.text.clone();
                for p in d.text.split("\n\n") {
                    let min: usize = std::env::var("VIGIE_UNION_MIN")
                        .ok()
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(80);
                    if p.len() >= min && !have.contains(p) {
                        text.push_str("\n\n");
                        text.push_str(p);
                    }
                }
                Extracted { text, ..t }
            } else if t.text.len() < 2000 && d.text.len() > 4 * t.text.len() {
                Extracted { text: d.text, ..t }
            } else {
                t
            }
        }
    };
    if let Some(found) = date::find_published(html, url.or(out.canonical_url.as_deref()), today) {
        out.published = Some(found.date.format("%Y-%m-%d").to_string());
        out.published_source = Some(found.source.to_string());
    }
    out
}

/// Publication date only (what `vigie eval dates` measures).
pub fn published_date(html: &str, url: Option<&str>, today: NaiveDate) -> Option<date::FoundDate> {
    date::find_published(html, url, today)
}

fn some(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn with_trafilatura(html: &str, fallback: bool) -> Extracted {
    // vigie finds the date itself (html::date); trafilatura's own date search is switched off.
    let opts = trafilatura::Options::default()
        .with_fallback(fallback)
        .with_html_date_mode(trafilatura::HtmlDateMode::Disabled);
    match trafilatura::extract(html, &opts) {
        Ok(r) => Extracted {
            text: paragraphs(&r.content_text),
            title: some(&r.metadata.title),
            author: some(&r.metadata.author),
            outlet: some(&r.metadata.sitename),
            canonical_url: some(&r.metadata.url),
            published: None,
            published_source: None,
        },
        Err(_) => Extracted::default(),
    }
}

fn with_dom_smoothie(html: &str, url: Option<&str>) -> Extracted {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let url = url.filter(|u| u.starts_with("http"));
    let Ok(mut r) = dom_smoothie::Readability::new(html, url, Some(cfg)) else {
        return Extracted::default();
    };
    match r.parse() {
        Ok(a) => Extracted {
            text: paragraphs(&a.text_content),
            title: some(&a.title),
            author: a.byline.as_deref().and_then(some),
            outlet: a.site_name.as_deref().and_then(some),
            canonical_url: a.url.as_deref().and_then(some),
            published: None,
            published_source: None,
        },
        Err(_) => Extracted::default(),
    }
}

/// One paragraph per line, a blank line between paragraphs, spaces inside a line collapsed:
/// the shape the boilerplate stage's line features expect.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}
