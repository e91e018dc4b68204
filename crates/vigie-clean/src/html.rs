//! HTML main-content extraction: the article's text (one paragraph per line, a blank line
//! between paragraphs), title, author, outlet, canonical URL and publication date.
//!
//! Choice of extractor, measured with `vigie eval extraction` on the trafilatura evaluation set
//! (990 pages, snippet metric, one core, thread CPU time, 2026-11-22 on the project's 2-core
//! machine, after [`strip_inert`]; Python trafilatura 2.3.1's default `extract()` measured in
//! the same session by `tools/eval/python_baselines.py extraction`). Speeds move by ±15%
//! between identical runs on this shared machine: the combined figure is the median of three
//! runs interleaved with three Python runs.
//!
//! | extractor | precision | recall | F1 | pages/s |
//! |---|---|---|---|---|
//! | Python trafilatura 2.3.1 (same session) | 0.897 | 0.947 | 0.921 | 22.0 (20.9–22.3) |
//! | `trafilatura` 0.6, fallbacks on, comments kept | 0.894 | 0.939 | 0.916 | ~57 |
//! | `trafilatura-fast`: no fallback, comments excluded | 0.902 | 0.926 | 0.914 | 93–108 |
//! | `dom_smoothie` 0.19 | 0.862 | 0.919 | 0.890 | ~239 |
//! | **combined** (trafilatura-fast + dom_smoothie's long extra paragraphs, when needed) | 0.898 | 0.947 | **0.922** | 71.6 (67.0–78.9) |
//!
//! The two crates miss different paragraphs, so [`Extractor::TrafilaturaThenDomSmoothie`]
//! (the default) keeps trafilatura's text and adds, in reading order, the paragraphs of at
//! least 150 bytes only dom_smoothie found. dom_smoothie (a second parse) runs only when a
//! byte-level scan of the raw HTML finds a long text block that trafilatura's text lacks
//! (`looks_complete`); that skips it on at least 362 of the 990 pages at no F1 cost
//! (ungated: 0.923 too). Title, author, outlet and URL come from trafilatura's metadata;
//! the publication date from vigie's own finder ([`date`]), which never guesses from
//! numbers in the page.

pub mod bounds;
pub mod date;

pub use bounds::{HtmlLimits, OverLimit};

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
    Trafilatura,
    /// `trafilatura` 0.6 without the fallbacks and without reader comments (faster, lower
    /// recall).
    TrafilaturaFast,
    /// `dom_smoothie` 0.19 (a port of Mozilla Readability).
    DomSmoothie,
    /// trafilatura-fast, plus the long paragraphs only dom_smoothie found, in reading order,
    /// dom_smoothie running only on pages where trafilatura seems to miss a long block: the
    /// best F1 measured (see the module docs).
    #[default]
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
///
/// A page over the default [`HtmlLimits`] is not parsed: see [`extract_bounded`].
pub fn extract_with(
    html: &str,
    url: Option<&str>,
    which: Extractor,
    today: NaiveDate,
) -> Extracted {
    extract_bounded(html, url, which, today, &HtmlLimits::default()).0
}

/// Extracts with a chosen extractor, within `limits`: a page over them (too deep, too many
/// elements; see [`bounds`]) is not given to the DOM extractors, whose work grows faster than
/// the page; its text is the page with its tags stripped (linear), its title the `<title>`,
/// and the reason comes back with it. The date finder runs either way (it reads the page with
/// linear scans).
pub fn extract_bounded(
    html: &str,
    url: Option<&str>,
    which: Extractor,
    today: NaiveDate,
    limits: &HtmlLimits,
) -> (Extracted, Option<OverLimit>) {
    let (mut out, over) = match limits.check(&strip_inert(html)) {
        Ok(_) => (extract_main(html, url, which), None),
        Err(over) => (
            Extracted {
                text: bounds::strip_tags(html),
                title: bounds::title(html),
                ..Extracted::default()
            },
            Some(over),
        ),
    };
    if let Some(found) = date::find_published(html, url.or(out.canonical_url.as_deref()), today) {
        out.published = Some(found.date.format("%Y-%m-%d").to_string());
        out.published_source = Some(found.source.to_string());
    }
    (out, over)
}

/// The main text, title, author, outlet and canonical URL, without the publication-date
/// search: the work Python trafilatura's `extract()` does by default, which is what
/// `vigie eval extraction` times (the date finder has its own evaluation and timing).
pub fn extract_main(html: &str, url: Option<&str>, which: Extractor) -> Extracted {
    let html = &*strip_inert(html);
    match which {
        Extractor::Trafilatura => with_trafilatura(html, true),
        Extractor::TrafilaturaFast => with_trafilatura(html, false),
        Extractor::DomSmoothie => with_dom_smoothie(html, url),
        Extractor::TrafilaturaThenDomSmoothie => {
            let t = with_trafilatura(html, false);
            if looks_complete(&t.text, html) {
                t
            } else {
                let d = with_dom_smoothie(html, url);
                Extracted {
                    text: merge_paragraphs(&t.text, &d.text),
                    ..t
                }
            }
        }
    }
}

/// The page without the markup that holds no article text: `<script>` elements (except
/// JSON-LD, which carries the title and author), `<style>` and `<svg>` elements and HTML
/// comments. They are about 45% of the bytes of the trafilatura evaluation pages, every
/// extractor drops them after parsing, and parsing them is most of an extractor's time; so
/// they are cut before either crate parses the page. The scan follows the HTML tokenizer's
/// rules for these elements (a script ends at the first `</script`, a comment at the first
/// `-->`); an element left open to the end of the page is kept as it is.
pub fn strip_inert(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied_to = 0;
    let mut i = 0;
    // Once a search for a comment's `-->` or an element's closing tag failed, every later one
    // fails too: remembering it keeps the scan linear on a page of a million unclosed
    // `<script>` or `<!--` (each would otherwise search to the end of the page).
    let mut no_comment_end = false;
    let mut no_closing = [false; INERT.len()];
    let mut next_gt: Option<usize> = None;
    while let Some(off) = html[i..].find('<') {
        let lt = i + off;
        let rest = &b[lt + 1..];
        let end = if rest.starts_with(b"!--") {
            let found = if no_comment_end {
                None
            } else {
                html[lt + 4..].find("-->").map(|e| lt + 4 + e + 3)
            };
            no_comment_end = found.is_none();
            found
        } else {
            INERT
                .iter()
                .position(|name| is_at(rest, name))
                .and_then(|k| {
                    let name = INERT[k];
                    if no_closing[k] {
                        return None;
                    }
                    // The first `>` after the tag, searched once for all the tags before it
                    // (`usize::MAX`: there is none).
                    let open_end = match next_gt {
                        Some(g) if g > lt => g,
                        _ => {
                            let g = rest
                                .iter()
                                .position(|&c| c == b'>')
                                .map_or(usize::MAX, |p| lt + 1 + p);
                            next_gt = Some(g);
                            g
                        }
                    };
                    if open_end == usize::MAX {
                        return None;
                    }
                    let opening = &b[lt..open_end];
                    let json_ld = opening
                        .windows(7)
                        .any(|w| w.eq_ignore_ascii_case(b"ld+json"));
                    if name == b"script" && json_ld {
                        return None;
                    }
                    let found = closing_tag_end(b, open_end + 1, name);
                    no_closing[k] = found.is_none();
                    found
                })
        };
        match end {
            Some(end) => {
                out.push_str(&html[copied_to..lt]);
                copied_to = end;
                i = end;
            }
            None => i = lt + 1,
        }
    }
    if copied_to == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[copied_to..]);
    std::borrow::Cow::Owned(out)
}

/// Elements [`strip_inert`] cuts.
const INERT: &[&[u8]] = &[b"script", b"style", b"svg"];

/// Byte just past the `>` of the first `</name` at or after `from`, case-insensitive.
fn closing_tag_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut k = from;
    while k + 2 < b.len() {
        let off = b[k..].windows(2).position(|w| w == b"</")?;
        let at = k + off;
        if is_at(&b[at + 2..], name) {
            let gt = b[at..].iter().position(|&c| c == b'>')?;
            return Some(at + gt + 1);
        }
        k = at + 2;
    }
    None
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
    // Without fallbacks, reader comments are excluded too: they are not the article, and
    // skipping them saves time (measured: F1 0.911 -> 0.913).
    let opts = trafilatura::Options::default()
        .with_fallback(fallback)
        .with_exclude_comments(!fallback)
        .with_html_date_mode(trafilatura::HtmlDateMode::Disabled);
    match trafilatura::extract(html, &opts) {
        Ok(r) => Extracted {
            // content_text runs paragraphs together; the HTML keeps their boundaries.
            text: html_paragraphs(&r.content_html),
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

/// Whether trafilatura's text already holds (nearly) every long text block of the page (the
/// paragraphs dom_smoothie would add are among them): then the second parse is skipped.
/// Each block is looked for by a run of six words from its first third, soft hyphens
/// removed on both sides (trafilatura drops them). A page is incomplete when the missing
/// blocks add up to [`MISSING_SHARE`] of the words trafilatura kept: most pages miss a
/// comment, an author bio or a cookie notice that dom_smoothie does not keep either, and
/// running it for those costs a second parse for nothing (measured on trafilatura-eval:
/// dom_smoothie on 400 pages instead of 614, F1 0.9223 instead of 0.9230).
fn looks_complete(text: &str, html: &str) -> bool {
    let have = text
        .replace('\u{ad}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let have_words = have.split(' ').count();
    let mut missing_words = 0;
    // Blocks come in page order, and so does trafilatura's text: each probe is looked for
    // after the previous match first, which keeps a page of 30,000 paragraphs linear (searching
    // the whole text for each was quadratic: minutes). The whole text is searched only when
    // that fails, so the answer is the same.
    let mut cursor = 0;
    for block in long_blocks(html) {
        // Escaped quotes or code points: a string inside a script, not page text.
        if block.contains("\\u") || block.contains("\\\"") {
            continue;
        }
        let block = html_escape::decode_html_entities(&block).replace('\u{ad}', "");
        let words: Vec<&str> = block.split_whitespace().collect();
        let from = words.len() / 3;
        let probe = words[from..(from + 6).min(words.len())].join(" ");
        if let Some(at) = have[cursor..].find(&probe) {
            cursor += at;
        } else if !have.contains(&probe) {
            missing_words += words.len();
            if missing_words as f64 >= MISSING_SHARE * have_words as f64 {
                return false;
            }
        }
    }
    true
}

/// See [`looks_complete`].
const MISSING_SHARE: f64 = 0.1;

/// Text of the page's blocks (`<p>` and `<div>` text up to the next block-level tag) of at
/// least [`MERGE_MIN_BYTES`] bytes and less than half link text, from a tag-level scan of
/// the raw HTML: no parse, entities left as they are.
fn long_blocks(html: &str) -> Vec<String> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some((pos, len)) = next_block_open(&b[i..]) {
        let start = i + pos + len;
        // Past the opening tag.
        let Some(gt) = b[start..].iter().position(|&c| c == b'>') else {
            break;
        };
        let mut j = start + gt + 1;
        let mut text = String::new();
        let mut link_bytes = 0;
        let mut in_link = false;
        let mut in_tag = false;
        let mut run = j;
        while j < b.len() {
            let c = b[j];
            if in_tag {
                if c == b'>' {
                    in_tag = false;
                    run = j + 1;
                }
            } else if c == b'<' {
                let piece = &html[run..j];
                if in_link {
                    link_bytes += piece.trim().len();
                }
                text.push_str(piece);
                let rest = &b[j + 1..];
                // Inline tags join words ("<a>link</a>, next"); a line break separates them.
                if is_at(rest, b"br") {
                    text.push(' ');
                }
                let is = |name: &[u8]| {
                    rest.len() > name.len()
                        && rest[..name.len()].eq_ignore_ascii_case(name)
                        && !rest[name.len()].is_ascii_alphanumeric()
                };
                // End of the block: a block-level tag opens or closes (script and style
                // bodies are not text).
                if BLOCK_ENDS
                    .iter()
                    .any(|t| is(t) || (rest.first() == Some(&b'/') && is_at(&rest[1..], t)))
                {
                    break;
                }
                if is(b"a") {
                    in_link = true;
                } else if is(b"/a") {
                    in_link = false;
                }
                in_tag = true;
            }
            j += 1;
        }
        if !in_tag && j >= b.len() {
            text.push_str(&html[run.min(b.len())..]);
        }
        let bytes: usize = text.split_whitespace().map(str::len).sum();
        // Mostly links: a menu or a list of related articles, which dom_smoothie drops too.
        if bytes >= MERGE_MIN_BYTES && link_bytes * 2 < bytes {
            out.push(text);
        }
        i = j.max(start);
    }
    out
}

/// Tags that end a text block in [`long_blocks`]'s scan, opening or closing.
const BLOCK_ENDS: &[&[u8]] = &[
    b"p",
    b"div",
    b"script",
    b"style",
    b"noscript",
    b"ul",
    b"ol",
    b"li",
    b"table",
    b"tr",
    b"td",
    b"form",
    b"nav",
    b"header",
    b"footer",
    b"aside",
    b"section",
    b"article",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"blockquote",
    b"figure",
    b"iframe",
    b"select",
    b"button",
    b"textarea",
    b"template",
    b"svg",
];

/// Whether `rest` starts with the tag name `name` (ASCII case-insensitive, whole name).
fn is_at(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && !rest[name.len()].is_ascii_alphanumeric()
}

/// Position and length of the next `<p` or `<div` opening tag, case-insensitive: where a
/// block of text can start.
fn next_block_open(b: &[u8]) -> Option<(usize, usize)> {
    let tag_end = |c: u8| matches!(c, b'>' | b' ' | b'\t' | b'\n' | b'\r');
    let mut k = 0;
    while k + 4 < b.len() {
        if b[k] == b'<' {
            if (b[k + 1] | 0x20) == b'p' && tag_end(b[k + 2]) {
                return Some((k, 2));
            }
            if b[k + 1..k + 4].eq_ignore_ascii_case(b"div") && tag_end(b[k + 4]) {
                return Some((k, 4));
            }
        }
        k += 1;
    }
    None
}

/// Paragraphs of `extra` of at least this many bytes that `base` lacks are added to it.
const MERGE_MIN_BYTES: usize = 150;

/// `base` (trafilatura's text) with the long paragraphs only `extra` (dom_smoothie's) found,
/// each placed after the base paragraph that `extra` shows just before it, so reading order
/// holds. Short paragraphs are not added: they are mostly captions, links and menus.
pub fn merge_paragraphs(base: &str, extra: &str) -> String {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let base_paras: Vec<&str> = base.split("\n\n").filter(|p| !p.is_empty()).collect();
    let normed: Vec<String> = base_paras.iter().map(|p| norm(p)).collect();
    let whole = normed.join(" ");
    let mut after: Vec<Vec<&str>> = vec![Vec::new(); base_paras.len() + 1];
    let mut anchor = 0;
    for p in extra.split("\n\n").filter(|p| !p.is_empty()) {
        let np = norm(p);
        let head: String = np.chars().take(60).collect();
        // Where this paragraph (or a long base paragraph it contains) sits in the base text.
        let at = normed.iter().position(|b| {
            b.contains(&head) || (b.len() >= MERGE_MIN_BYTES && np.contains(b.as_str()))
        });
        if let Some(i) = at {
            anchor = i + 1;
        } else if p.len() >= MERGE_MIN_BYTES && !whole.contains(&np) {
            after[anchor].push(p);
        }
    }
    let mut out: Vec<&str> = Vec::with_capacity(base_paras.len());
    out.extend(after[0].iter().copied());
    for (i, p) in base_paras.iter().enumerate() {
        out.push(p);
        out.extend(after[i + 1].iter().copied());
    }
    out.join("\n\n")
}

static BLOCK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)<(?:/?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|table|section|article|header|footer|figure|figcaption|dd|dt|dl)\b[^>]*|br\s*/?)>").unwrap()
});
static CELL: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)</?t[dh]\b[^>]*>").unwrap());
static ANY_TAG: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?s)<[^>]*>").unwrap());

/// Text of an HTML fragment with a line break at every block boundary, then [`paragraphs`].
pub fn html_paragraphs(fragment: &str) -> String {
    // Table cells of one row stay on one line, apart.
    let cells = CELL.replace_all(fragment, " ");
    let broken = BLOCK.replace_all(&cells, "\n");
    let text = ANY_TAG.replace_all(&broken, "");
    paragraphs(&html_escape::decode_html_entities(&text))
}

static HEAD: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?is)^.*?<body\b[^>]*>").unwrap());
/// Elements whose text a reader never sees as page text.
static HIDDEN: std::sync::LazyLock<Vec<regex::Regex>> = std::sync::LazyLock::new(|| {
    [
        "noscript", "template", "iframe", "select", "object", "title",
    ]
    .iter()
    .map(|t| regex::Regex::new(&format!(r"(?is)<{t}\b.*?</{t}\s*>")).unwrap())
    .collect()
});
/// Tags that end a paragraph (a blank line in a text scrape) and tags that end a line.
static PARAGRAPH_BREAK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)</?(?:p|h[1-6]|blockquote|pre|ul|ol|dl|table|section|article|header|footer|nav|aside|main|form|figure)\b[^>]*>").unwrap()
});
static LINE_BREAK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)<(?:/?(?:div|li|tr|dd|dt|figcaption|option|label|button|caption|center|address)\b[^>]*|br\s*/?)>").unwrap()
});

/// The visible text of a whole page as a text scrape leaves it (a browser's "select all,
/// copy", a scraper's `inner_text`): the `<head>`, scripts, styles and hidden elements
/// dropped, one line per block (list item, `div`, table row), a blank line where a paragraph,
/// heading, list or page section ends, spaces inside a line collapsed, entities decoded.
/// `vigie train boilerplate` renders the pages of its silver set with it.
pub fn visible_text(html: &str) -> String {
    let html = strip_inert(html);
    let body = HEAD.replace(&html, "");
    let mut page = body.into_owned();
    for re in HIDDEN.iter() {
        page = re.replace_all(&page, " ").into_owned();
    }
    let cells = CELL.replace_all(&page, " ");
    let paras = PARAGRAPH_BREAK.replace_all(&cells, "\n\u{1}\n");
    let lines = LINE_BREAK.replace_all(&paras, "\n");
    let text = ANY_TAG.replace_all(&lines, "");
    let text = html_escape::decode_html_entities(&text);
    let mut out = String::with_capacity(text.len() / 2);
    let mut pending_blank = false;
    for line in text.lines() {
        if line.contains('\u{1}') {
            pending_blank = true;
        }
        let line = line
            .split(|c: char| c.is_whitespace() || c == '\u{1}')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if pending_blank { "\n\n" } else { "\n" });
        }
        pending_blank = false;
        out.push_str(&line);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "Les habitants de la ville ont passé la nuit dans les abris pendant que les sirènes retentissaient, et les secours ont commencé à dégager les décombres dès l'aube, selon la mairie.";

    #[test]
    fn visible_text_is_one_line_per_block_with_paragraph_breaks() {
        let page = "<html><head><title>T</title><style>p{}</style></head><body><nav><ul><li>Home</li><li>World &amp; more</li></ul></nav><h1>Headline</h1><p>First <b>para</b>.</p><p>Second.<br>Line</p><noscript>no</noscript><script>x()</script><footer>© Site</footer></body></html>";
        assert_eq!(
            visible_text(page),
            "Home\nWorld & more\n\nHeadline\n\nFirst para.\n\nSecond.\nLine\n\n© Site"
        );
    }

    #[test]
    fn long_blocks_keep_text_and_skip_links_scripts_and_short_blocks() {
        let html = format!(
            "<div class=intro>{LONG}</div><p>Court.</p><p><a href=a>{LONG}</a></p><script>var x = \"{LONG}\";</script><p>Le <a href=x>mot</a>, puis {LONG}</p>"
        );
        let blocks = long_blocks(&html);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert!(blocks[0].contains("Les habitants"));
        // Inline tags do not split words from the punctuation after them.
        assert!(blocks[1].starts_with("Le mot, puis"));
    }

    #[test]
    fn complete_only_when_every_long_block_is_in_the_text() {
        let other = LONG.to_uppercase();
        let html = format!("<p>{LONG}</p><div>{other}</div>");
        assert!(!looks_complete(LONG, &html));
        let both = format!("{LONG}\n\n{other}");
        assert!(looks_complete(&both, &html));
    }
}
