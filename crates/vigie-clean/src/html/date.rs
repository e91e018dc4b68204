//! Publication date of an HTML page from its address and metadata, in a fixed order of trust:
//! a full date in the page's URL path (as htmldate does: set once, when the page is published),
//! article/Open Graph/Dublin Core meta tags, JSON-LD (`datePublished` before `dateCreated`
//! before `uploadDate`), `itemprop=datePublished`, `<time pubdate>`, the date in the canonical
//! URL, a date written inside an element whose class or id names a date ("entry-date",
//! "byline", "datum"…), any other `<time datetime>` of the article (after its `<h1>`, not
//! marked as an update, all on the same day), the date in the address of the preview image,
//! and last a date in the text. A timestamp gives the day as written at its own offset
//! (`2026-11-06T00:20:00+01:00` is the 6th, the publisher's day, although it is still the 5th
//! in UTC); a UTC timestamp whose instant the page also writes with its own offset takes that
//! day. Commented-out markup is skipped. Every candidate must lie between 1995-01-01 and
//! today: a date outside that window is a parse error or a placeholder, never a publication
//! date. Measured on the dev half of htmldate-eval (`vigie eval dates --split dev`); the test
//! half is kept for the reported figure.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

/// A publication date and where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub date: NaiveDate,
    /// `json-ld`, `meta`, `itemprop`, `time`, `time-element`, `url`, `date-element`, `text`.
    pub source: &'static str,
}

/// Meta names and properties that carry the publication date, most trusted first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article.published",
    "article_date_original",
    "published_time",
    "publication_date",
    "publish_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "date_published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "dc:date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "article:post_date",
    "og:pubdate",
    "date",
    "created",
    "datecreated",
];

static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<(meta|time|abbr|[a-z][a-z0-9]*)\b([^>]*)>").unwrap());
static ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)([a-zA-Z_:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))"#).unwrap()
});
static JSON_LD_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(datePublished|dateCreated|uploadDate)"\s*:\s*"([^"]{6,40})""#).unwrap()
});
static DATE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(date|datum|time|publi|posted|byline|dateline|meta|entry-date|post-info|postinfo|submitted|author|info|fecha|data)").unwrap()
});
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/\-_]([01]?\d)[/\-_]([0-3]?\d)(?:[/\-_.]|$)").unwrap()
});
static URL_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[/_\-]((?:19|20)\d{2})([01]\d)([0-3]\d)(?:[/_\-.]|$)").unwrap());
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*((?:19|20)\d{2})[-/.]?([01]\d)[-/.]?([0-3]\d)").unwrap());
static NON_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?is)<script\b.*?</script>|<style\b.*?</style>|<noscript\b.*?</noscript>|<!--.*?-->",
    )
    .unwrap()
});
static TAGS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").unwrap());

fn attrs(s: &str) -> Vec<(String, String)> {
    ATTR.captures_iter(s)
        .map(|c| {
            let v = c
                .get(2)
                .or_else(|| c.get(3))
                .or_else(|| c.get(4))
                .map_or("", |m| m.as_str());
            (c[1].to_ascii_lowercase(), v.trim().to_string())
        })
        .collect()
}

/// Parses a metadata value: ISO 8601 (with or without time), 20120531, or a written date.
pub fn parse_value(s: &str) -> Option<NaiveDate> {
    if let Some(c) = ISO.captures(s) {
        return NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    crate::dates::parse_text_date(s)
}

/// True for a date a page could have been published on.
fn plausible(d: NaiveDate, today: NaiveDate) -> bool {
    d >= NaiveDate::from_ymd_opt(1995, 1, 1).expect("valid") && d <= today
}

/// The date in a URL path (`/2026/11/03/`, `/2026-11-03-`, `_20261103`).
pub fn url_date(url: &str) -> Option<NaiveDate> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let c = URL_DATE
        .captures(path)
        .or_else(|| URL_COMPACT.captures(path))?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace("&amp;", "&")
        .replace("&auml;", "ä")
        .replace("&uuml;", "ü")
        .replace("&ouml;", "ö")
        .replace("&eacute;", "é")
        .replace("&ucirc;", "û")
}

static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d\d-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?)(Z|[+-][01]\d:?[0-5]\d)")
        .unwrap()
});

fn timestamp(date_time: &str, offset: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let offset = if offset == "Z" { "+00:00" } else { offset };
    let offset = if offset.len() == 5 {
        format!("{}:{}", &offset[..3], &offset[3..])
    } else {
        offset.to_string()
    };
    chrono::DateTime::parse_from_rfc3339(&format!("{date_time}{offset}")).ok()
}

/// The local day of a UTC timestamp `raw` when `html` writes the same instant (within a
/// minute) with a non-zero offset somewhere else.
fn local_day(html: &str, raw: &str) -> Option<NaiveDate> {
    let c = TIMESTAMP.captures(raw.trim())?;
    let utc = timestamp(&c[1], &c[2])?;
    if utc.offset().local_minus_utc() != 0 {
        return None;
    }
    TIMESTAMP.captures_iter(html).find_map(|c| {
        let t = timestamp(&c[1], &c[2])?;
        let same = (t.timestamp() - utc.timestamp()).abs() <= 60;
        (same && t.offset().local_minus_utc() != 0 && t.date_naive() != utc.date_naive())
            .then(|| t.date_naive())
    })
}

/// `html` with the text of its comments replaced by spaces (same length, same offsets).
fn blank_comments(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("<!--") {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find("<!--") {
        out.push_str(&rest[..open]);
        let body = &rest[open..];
        let end = body.find("-->").map_or(body.len(), |e| e + 3);
        out.extend(std::iter::repeat_n(' ', end));
        rest = &body[end..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Finds the publication date of a page. `url` is the page's address when known; `today`
/// bounds plausible dates.
pub fn find_published(html: &str, url: Option<&str>, today: NaiveDate) -> Option<FoundDate> {
    let ok = |d: Option<NaiveDate>| d.filter(|&d| plausible(d, today));
    // A full date in the page's own address comes first, as in htmldate: it is set once, when
    // the page is published, and never by a time zone conversion (meta and JSON-LD timestamps
    // in UTC put an evening article on the next day). On the dev half of htmldate-eval: 5 more
    // right, 5 fewer wrong.
    if let Some(date) = url.and_then(|u| ok(url_date(u))) {
        return Some(FoundDate {
            date,
            source: "url",
        });
    }
    // Commented-out markup is no metadata (`<!-- <meta property="article:published_time" …> -->`
    // left by a template): blanked, keeping every offset.
    let html = &*blank_comments(html);
    // JSON-LD `datePublished`, else `dateCreated`, else `uploadDate` (of an embedded video):
    // the first of each kind. Trusted after the meta tags, which name the article itself, where
    // JSON-LD often also describes other things (a series, an earlier version): on the dev
    // half, 2 more right that way, and 2 more from preferring `datePublished`.
    let mut json_ld: Option<(usize, NaiveDate, String)> = None;
    for c in JSON_LD_PUBLISHED.captures_iter(html) {
        if let Some(date) = ok(parse_value(&c[2])) {
            let rank = match &c[1] {
                "datePublished" => 0,
                "dateCreated" => 1,
                _ => 2,
            };
            if json_ld.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                json_ld = Some((rank, date, c[2].to_string()));
            }
        }
    }
    let mut best_meta: Option<(usize, NaiveDate, String)> = None;
    let mut itemprop = None;
    let mut time_pub = None;
    // Dates of the unmarked `<time datetime>` elements after the headline.
    let mut time_dates: Vec<NaiveDate> = Vec::new();
    let mut element = None;
    let mut canonical = None;
    // The date in the address of the page's preview image (`og:image`): content systems file
    // uploads by the day they were made, which for a news picture is the day of the article.
    let mut image = None;
    let body_start = html.find("<body").unwrap_or(0);
    // The article's own `<time>` comes after its headline; before it sit menus and tickers.
    let heading = html[body_start..]
        .find("<h1")
        .map_or(body_start, |p| body_start + p);
    for c in TAG.captures_iter(html) {
        let name = c[1].to_ascii_lowercase();
        let raw = &c[2];
        let lower_has = |needle: &str| raw.to_ascii_lowercase().contains(needle);
        if name == "meta" {
            let a = attrs(raw);
            let get = |k: &str| a.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            let key = get("property")
                .or_else(|| get("name"))
                .or_else(|| get("itemprop"))
                .or_else(|| get("http-equiv"))
                .map(str::to_ascii_lowercase);
            let (Some(key), Some(content)) = (key, get("content")) else {
                continue;
            };
            if key == "og:url" && canonical.is_none() {
                canonical = Some(content.to_string());
            }
            if matches!(key.as_str(), "og:image" | "twitter:image") && image.is_none() {
                image = ok(url_date(content));
            }
            if let Some(rank) = PUBLISHED_META.iter().position(|k| *k == key) {
                if let Some(d) = ok(parse_value(content)) {
                    if best_meta.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                        best_meta = Some((rank, d, content.to_string()));
                    }
                }
            }
            continue;
        }
        if name == "link" && lower_has("canonical") && canonical.is_none() {
            let a = attrs(raw);
            canonical = a.iter().find(|(n, _)| n == "href").map(|(_, v)| v.clone());
            continue;
        }
        if itemprop.is_none() && lower_has("datepublished") {
            let a = attrs(raw);
            let v = a
                .iter()
                .find(|(n, _)| n == "content" || n == "datetime")
                .map(|(_, v)| v.clone())
                .or_else(|| {
                    let rest = &html[c.get(0)?.end()..];
                    let end = rest.find('<').unwrap_or(rest.len()).min(200);
                    Some(rest[..end].to_string())
                });
            itemprop = v.and_then(|v| ok(parse_value(&v)));
            continue;
        }
        if name == "time" && time_pub.is_none() {
            let a = attrs(raw);
            // `pubdate` is a bare attribute, so it is looked for in the raw tag.
            let pub_marked = lower_has("pubdate")
                || a.iter().any(|(n, v)| {
                    n == "class"
                        && ["publish", "entry-date", "post-date", "published"]
                            .iter()
                            .any(|k| v.to_ascii_lowercase().contains(k))
                });
            if pub_marked {
                if let Some((_, v)) = a.iter().find(|(n, _)| n == "datetime") {
                    time_pub = ok(parse_value(v));
                }
            }
            // The unmarked `<time datetime>` elements of the article, but not one that says it
            // is an update ("updated", "modified", `itemprop=dateModified`).
            let update = lower_has("modif") || lower_has("updat");
            if !update && c.get(0).is_some_and(|m| m.start() >= heading) {
                if let Some(d) = a
                    .iter()
                    .find(|(n, _)| n == "datetime")
                    .and_then(|(_, v)| ok(parse_value(&decode_entities(v))))
                {
                    time_dates.push(d);
                }
            }
        }
        if element.is_none() && c.get(0).is_some_and(|m| m.start() >= body_start) {
            let a = attrs(raw);
            let classy = a
                .iter()
                .any(|(n, v)| (n == "class" || n == "id") && DATE_CLASS.is_match(v));
            if classy {
                if let Some((_, v)) = a.iter().find(|(n, _)| n == "datetime" || n == "title") {
                    if let Some(d) = ok(parse_value(v)) {
                        element = Some(d);
                        continue;
                    }
                }
                let rest = &html[c.get(0).map_or(0, |m| m.end())..];
                let mut cut = 400.min(rest.len());
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                let text = decode_entities(&TAGS.replace_all(&rest[..cut], " "));
                let text: String = text
                    .split_whitespace()
                    .take(24)
                    .collect::<Vec<_>>()
                    .join(" ");
                element = ok(crate::dates::parse_text_date(&text));
            }
        }
    }
    // A timestamp in UTC puts an American evening on the next day; when the page also writes
    // the same instant with its own offset (a `<time>`, another metadata field), the day is
    // the one its readers saw.
    if let Some((_, date, raw)) = best_meta {
        return Some(FoundDate {
            date: local_day(html, &raw).unwrap_or(date),
            source: "meta",
        });
    }
    if let Some((_, date, raw)) = json_ld {
        return Some(FoundDate {
            date: local_day(html, &raw).unwrap_or(date),
            source: "json-ld",
        });
    }
    if let Some(date) = itemprop {
        return Some(FoundDate {
            date,
            source: "itemprop",
        });
    }
    if let Some(date) = time_pub {
        return Some(FoundDate {
            date,
            source: "time",
        });
    }
    {
        if let Some(date) = canonical.as_deref().and_then(|u| ok(url_date(u))) {
            return Some(FoundDate {
                date,
                source: "url",
            });
        }
    }
    if let Some(date) = element {
        return Some(FoundDate {
            date,
            source: "date-element",
        });
    }
    // Below the URL and the dated elements: on the htmldate set, trusting a bare `<time>` more
    // than those cost three right dates (692 instead of 695 of 800); here it only replaces the
    // guess from the text, and only when every such element gives the same day: several
    // different ones are a list (comment times, related articles), not the article's date.
    let time_any = time_dates
        .first()
        .copied()
        .filter(|d| time_dates.iter().all(|x| x == d));
    if let Some(date) = time_any {
        return Some(FoundDate {
            date,
            source: "time-element",
        });
    }
    if let Some(date) = image {
        return Some(FoundDate {
            date,
            source: "image-url",
        });
    }
    text_date(html, body_start, today).map(|date| FoundDate {
        date,
        source: "text",
    })
}

/// Last resort: the first full date (day, month and year) written in the page's text after its
/// main heading (or its body when there is no `<h1>`). Scripts, styles and comments are skipped.
fn text_date(html: &str, body_start: usize, today: NaiveDate) -> Option<NaiveDate> {
    let from = html[body_start..]
        .find("<h1")
        .map_or(body_start, |p| body_start + p);
    let cleaned = NON_TEXT.replace_all(&html[from..], " ");
    let text = decode_entities(&TAGS.replace_all(&cleaned, " "));
    let lex = &crate::dates::Lexicons::shared().merged;
    let folded = vigie_core::fold::fold(&text);
    let dates = crate::dates::scan::scan(&folded, lex)
        .into_iter()
        .filter_map(|f| match f.value {
            crate::dates::Value::Date {
                year: Some(y),
                month,
                day: Some(d),
            } => NaiveDate::from_ymd_opt(y, month, d).filter(|&d| plausible(d, today)),
            _ => None,
        });
    dates.into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn found(html: &str, url: Option<&str>) -> (String, &'static str) {
        let f = find_published(html, url, today()).unwrap();
        (f.date.to_string(), f.source)
    }

    #[test]
    fn a_full_date_in_the_address_comes_first() {
        let html = r#"<meta property="article:published_time" content="2023-11-09T03:28:35Z">"#;
        let url = "https://example.com/2023/11/08/news/story/";
        assert_eq!(found(html, Some(url)), ("2023-11-08".into(), "url"));
        assert_eq!(found(html, None), ("2023-11-09".into(), "meta"));
    }

    #[test]
    fn commented_out_metadata_is_ignored() {
        let html = r#"<!-- <meta property="article:published_time" content="2016-09-08T11:15:24+00:00" /> -->
            <meta name="date" content="2020-04-13">"#;
        assert_eq!(found(html, None), ("2020-04-13".into(), "meta"));
    }

    #[test]
    fn json_ld_prefers_date_published_and_meta_tags_come_before_it() {
        let html = r#"<script type="application/ld+json">{"dateCreated":"2020-01-17T15:11:01+08:00",
            "datePublished":"2020-01-20T10:00:08+08:00"}</script>"#;
        assert_eq!(found(html, None), ("2020-01-20".into(), "json-ld"));
        let with_meta = format!(
            r#"<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">{}"#,
            r#"<script>{"datePublished":"2023-11-03T10:25:56+00:00"}</script>"#
        );
        assert_eq!(found(&with_meta, None), ("2023-11-06".into(), "meta"));
    }

    #[test]
    fn a_utc_timestamp_takes_the_day_the_page_writes_for_the_same_instant() {
        let html = r#"<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">
            <time datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time>"#;
        assert_eq!(found(html, None), ("2023-11-08".into(), "meta"));
        // Another instant the same evening is not the article's.
        let other = r#"<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">
            <time datetime="2023-11-08T18:00:00-05:00">earlier</time>"#;
        assert_eq!(found(other, None), ("2023-11-09".into(), "meta"));
        assert!(blank_comments("a<!--b-->c").len() == "a<!--b-->c".len());
    }

    #[test]
    fn the_preview_image_address_dates_a_page_with_nothing_else() {
        let html = r#"<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png">"#;
        assert_eq!(found(html, None), ("2016-05-04".into(), "image-url"));
    }
}
