//! Elements that name a date by their class or id ("entry-date", "byline", "datum", "meta",
//! "subline", `<footer>`…), as htmldate's `date_candidates` tells them, and the text they hold.
//! An element of the comments ("comment-meta", "commentDate") is skipped: a reader's comment is
//! dated after the article.

use std::sync::LazyLock;

use regex::Regex;

use super::text::push_text;

/// Words of the first class or id that mark a date-bearing element.
static FIRST_CUES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"date|datum|[Mm]eta|time|publish|footer").unwrap());
/// Words of the class that mark one.
static CLASS_CUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "info|post_detail|block-content|byline|subline|posted|submitted|created-post|\
         publication|author|autor|field-content|fa-clock-o|fa-calendar|fecha|parution",
    )
    .unwrap()
});

/// Whether an element names a date: its tag (`footer`, `small`), the first of its class and id
/// attributes, its `itemprop`, or its class. `attrs` are the element's attributes in order,
/// names lower-cased.
pub fn is_date_element(tag: &str, attrs: &[(String, String)]) -> bool {
    let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let class = get("class");
    let id = get("id");
    // Comments are dated after the article.
    if [class, id]
        .iter()
        .flatten()
        .any(|v| v.to_ascii_lowercase().contains("comment"))
    {
        return false;
    }
    if matches!(tag, "footer" | "small") {
        return true;
    }
    let first = attrs
        .iter()
        .find(|(n, _)| n == "class" || n == "id")
        .map(|(_, v)| v.replace('D', "d"));
    let itemprop = get("itemprop").map(|v| v.replace('D', "d"));
    if [&first, &itemprop]
        .iter()
        .filter_map(|v| v.as_deref())
        .any(|v| v.contains("date") || v.contains("datum"))
    {
        return true;
    }
    let Some(first) = first else {
        return false;
    };
    FIRST_CUES.is_match(&first) || class.is_some_and(|c| CLASS_CUES.is_match(c))
}

/// Whether an element says its date is an update: "updated", "dateModified", "last-modified"
/// in its class, id or `itemprop`.
pub fn is_update(attrs: &[(String, String)]) -> bool {
    attrs.iter().any(|(n, v)| {
        matches!(n.as_str(), "class" | "id" | "itemprop") && {
            let v = v.to_ascii_lowercase();
            v.contains("modif") || v.contains("updat")
        }
    })
}

/// Elements that hold no text.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// How far past its opening tag an element's text is looked for, in bytes: the scan of every
/// date element stays linear in the page.
const MAX_SCAN: usize = 4096;

/// The first `limit` characters of the text of the element named `tag` whose opening tag ends
/// at `from` in `html`: up to its closing tag (same-named elements inside it counted) or
/// [`MAX_SCAN`] bytes, scripts and styles skipped, whitespace collapsed.
pub fn element_text(html: &str, from: usize, tag: &str, limit: usize) -> String {
    let mut out = String::new();
    if VOID.contains(&tag) {
        return out;
    }
    let mut depth = 1usize;
    let mut i = from;
    let b = html.as_bytes();
    let stop = b.len().min(from.saturating_add(MAX_SCAN));
    while i < stop && out.len() < limit * 4 && out.chars().count() < limit {
        if b[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |p| i + p);
            push_text(&mut out, &html[i..end]);
            i = end;
            continue;
        }
        let rest = &html[i..];
        let close = rest.starts_with("</");
        let name_start = if close { 2 } else { 1 };
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let gt = rest.find('>').map_or(rest.len(), |e| e + 1);
        if !close && matches!(name.as_str(), "script" | "style") {
            i += closing(rest, &name).unwrap_or(rest.len());
            continue;
        }
        if name == tag {
            if close {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            } else if !rest[..gt].ends_with("/>") {
                depth += 1;
            }
        }
        if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        i += gt;
    }
    out.trim().chars().take(limit).collect()
}

/// The offset just past `</name…>` in `rest`, the name in any case.
fn closing(rest: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = rest[from..].find("</") {
        let at = from + p + 2;
        if rest
            .get(at..at + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            let end = at + name.len();
            return Some(rest[end..].find('>').map_or(rest.len(), |g| end + g + 1));
        }
        from = at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn date_elements_are_told_by_class_id_itemprop_or_tag() {
        assert!(is_date_element("span", &a(&[("class", "entry-date")])));
        assert!(is_date_element("p", &a(&[("class", "upperCase subline")])));
        assert!(is_date_element("div", &a(&[("id", "post-meta")])));
        assert!(is_date_element("footer", &[]));
        assert!(!is_date_element("div", &a(&[("class", "content")])));
        // Only the first of class and id is read for the date words.
        assert!(!is_date_element(
            "div",
            &a(&[("id", "main"), ("class", "x-timeline")])
        ));
        // A comment's date is not the article's.
        assert!(!is_date_element("p", &a(&[("class", "commentDate")])));
        assert!(is_update(&a(&[("itemprop", "dateModified")])));
        assert!(!is_update(&a(&[("class", "entry-date")])));
        assert!(!is_date_element(
            "div",
            &a(&[("class", "comment-author vcard")])
        ));
    }

    #[test]
    fn element_text_stops_at_the_element_end() {
        let html = r#"<p class="by">von <a href="/a">Anna</a>, 8.5.12 </p><p>12. Mai 2013</p>"#;
        let from = html.find('>').unwrap() + 1;
        assert_eq!(element_text(html, from, "p", 52), "von Anna , 8.5.12");
        let nested = "<div><div>a</div>b</div>c";
        assert_eq!(element_text(nested, 5, "div", 52), "a b");
        assert_eq!(element_text("<img>after", 5, "img", 52), "");
        let script = "<p>a<SCRIPT>x='</p>'</Script> b</p>c";
        assert_eq!(element_text(script, 3, "p", 52), "a b");
        // Markup without text is not read to the end of the page.
        let deep = format!("<small>{}x", "<i></i>".repeat(2000));
        assert_eq!(element_text(&deep, 7, "small", 52), "");
    }
}
