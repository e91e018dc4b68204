//! The web page: server-rendered HTML for analysts (maud templates compiled into the binary,
//! SVG charts drawn here, one small script). Every page reads the store through the API's own
//! functions ([`super::api`]), so what the page shows is what the API answers.
//!
//! Pages: overview (`/`), search with facets (`/search`), article with what vigie understood
//! drawn on its text (`/articles/{id}`), actor (`/actors/{id}`), pair trend (`/trend`), claims
//! in tension (`/claims`). Usable at phone width, by keyboard, and without colour: marks are
//! underlines, outlines and labels as well as tints, and every chart has a table.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::Deserialize;
use vigie_core::{AnnotationData, Document, Layer};

use super::api::{self, EventQuery, SearchParams, TrendQuery};
use super::chart::{bar_chart, Bar};
use super::state::{ApiError, AppState};

const STYLE: &str = include_str!("static/vigie.css");
const SCRIPT: &str = include_str!("static/vigie.js");

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(overview))
        .route("/search", get(search))
        .route("/articles/{id}", get(article))
        .route("/actors/{id}", get(actor))
        .route("/trend", get(trend))
        .route("/claims", get(claims))
        .route(
            "/static/vigie.css",
            get(|| async { static_file(STYLE, "text/css; charset=utf-8") }),
        )
        .route(
            "/static/vigie.js",
            get(|| async { static_file(SCRIPT, "text/javascript; charset=utf-8") }),
        )
}

fn static_file(body: &'static str, kind: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// HTML-escapes `s` (text and attribute values).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A query-string value, percent-encoded.
fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn layout(title: &str, body: Markup) -> Html<String> {
    Html(
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · vigie" }
                    link rel="stylesheet" href="/static/vigie.css";
                    script src="/static/vigie.js" defer {}
                }
                body {
                    a.skip href="#main" { "Skip to content" }
                    header {
                        nav aria-label="Main" {
                            a.brand href="/" { "vigie" }
                            a href="/" { "Overview" }
                            a href="/search" { "Search" }
                            a href="/claims" { "Claims in tension" }
                            a href="/openapi.json" { "API" }
                        }
                        form.quick role="search" action="/search" method="get" {
                            label.visually-hidden for="quick-q" { "Search articles" }
                            input #quick-q type="search" name="q" placeholder="Search articles";
                            button type="submit" { "Search" }
                        }
                    }
                    main #main { (body) }
                }
            }
        }
        .into_string(),
    )
}

/// An error as a page, with its status code.
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status;
        let page = layout(
            &status.to_string(),
            html! {
                h1 { (status.as_u16()) " " (status.canonical_reason().unwrap_or("")) }
                p.error { (self.0.message) }
                p { a href="/" { "Back to the overview" } }
            },
        );
        (status, page).into_response()
    }
}

pub fn not_found_page(path: &str) -> Response {
    PageError(ApiError::new(
        StatusCode::NOT_FOUND,
        format!("no page {path}"),
    ))
    .into_response()
}

fn badge(text: &str, class: &str) -> Markup {
    html! { span class={"badge " (class)} { (text) } }
}

/// The modality badges of an event: negated, hypothetical (with its kind), alleged.
fn modality(negated: bool, hypothetical: Option<&str>, alleged: bool) -> Markup {
    html! {
        @if negated { (badge("negated", "negated")) " " }
        @if let Some(h) = hypothetical { (badge(&format!("hypothetical: {h}"), "hypothetical")) " " }
        @if alleged { (badge("alleged", "alleged")) " " }
        @if !negated && hypothetical.is_none() { (badge("asserted", "asserted")) }
    }
}

fn actor_link(id: Option<&str>, label: &str) -> Markup {
    html! {
        @match id {
            Some(id) => a href={"/actors/" (enc(id))} { (label) },
            None => span { (label) },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Overview.

/// (source code, target code, distinct events).
type ActivePair = (String, String, usize);

/// Pairs of actors by number of distinct events, most active first.
fn active_pairs(
    state: &AppState,
    store: &vigie_store::Store,
) -> Result<Arc<Vec<ActivePair>>, ApiError> {
    state.cached(store, "pairs", |store| {
        let table = super::state::cameo()?;
        let (reports, _) = crate::commands::trend::reports(store, table, None, None)?;
        let plain: Vec<_> = reports.iter().map(|r| r.report.clone()).collect();
        let mut counts: HashMap<(String, String), usize> = HashMap::new();
        for ev in vigie_analysis::events::count_once(&plain) {
            let r = &plain[ev.reports[0]];
            if let (Some(s), Some(t)) = (&r.source, &r.target) {
                *counts.entry((s.clone(), t.clone())).or_insert(0) += 1;
            }
        }
        let mut v: Vec<(String, String, usize)> =
            counts.into_iter().map(|((s, t), n)| (s, t, n)).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then((&a.0, &a.1).cmp(&(&b.0, &b.1))));
        v.truncate(15);
        Ok(v)
    })
}

async fn overview(State(state): State<Arc<AppState>>) -> Result<Html<String>, PageError> {
    let st = state.clone();
    let (stories, alerts, pairs, articles) = state
        .read(move |store| {
            let stories = store.stories(&vigie_store::stories::StoryFilter {
                limit: Some(10),
                ..Default::default()
            })?;
            Ok((
                stories,
                api::current_alerts(&st, store)?,
                active_pairs(&st, store)?,
                store.article_count()?,
            ))
        })
        .await?;
    Ok(layout(
        "Overview",
        html! {
            h1 { "Overview" }
            p.lede { (articles) " articles stored." }
            div.columns {
                section aria-labelledby="alerts-h" {
                    h2 #alerts-h { "Alerts" }
                    @if alerts.is_empty() {
                        p.muted { "No pair departs from its recent past in the latest week." }
                    } @else {
                        ul.alerts {
                            @for a in alerts.iter() {
                                li {
                                    (badge(&format!("{:?}", a.kind).to_lowercase(), "alert"))
                                    " "
                                    a href={"/trend?source=" (enc(&a.source)) "&target=" (enc(&a.target))} {
                                        (a.source) " → " (a.target)
                                    }
                                    " (" (a.period) "): " (a.reason)
                                }
                            }
                        }
                    }
                }
                section aria-labelledby="pairs-h" {
                    h2 #pairs-h { "Most active pairs" }
                    @if pairs.is_empty() {
                        p.muted { "No coded events yet." }
                    } @else {
                        table {
                            thead { tr { th scope="col" { "Source" } th scope="col" { "Target" } th scope="col" { "Events" } } }
                            tbody {
                                @for (s, t, n) in pairs.iter() {
                                    tr {
                                        td { (s) }
                                        td { (t) }
                                        td.num { a href={"/trend?source=" (enc(s)) "&target=" (enc(t))} { (n) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="stories-h" {
                h2 #stories-h { "Latest stories" }
                @if stories.is_empty() {
                    p.muted { "No stories yet." }
                }
                ol.stories {
                    @for s in &stories {
                        li {
                            strong { (s.title) }
                            " — " (s.articles) " articles, " (s.independent) " independent"
                            @if let Some(d) = &s.last_date { ", last " (d) }
                            @if !s.actors.is_empty() {
                                br;
                                span.muted { "Actors: " }
                                @for (i, a) in s.actors.iter().take(6).enumerate() {
                                    @if i > 0 { ", " }
                                    a href={"/actors/" (enc(a))} { (a) }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// Search.

async fn search(
    State(state): State<Arc<AppState>>,
    api::Q(q): api::Q<SearchForm>,
) -> Result<Html<String>, PageError> {
    let params = SearchParams {
        q: q.q.clone().unwrap_or_default(),
        language: q.language.clone().filter(|s| !s.is_empty()),
        actor: q.actor.clone().filter(|s| !s.is_empty()),
        since: q.since.clone().filter(|s| !s.is_empty()),
        until: q.until.clone().filter(|s| !s.is_empty()),
        limit: None,
        cursor: q.cursor.clone().filter(|s| !s.is_empty()),
    };
    let result = if params.q.trim().is_empty() {
        None
    } else {
        let p = params.clone();
        Some(
            state
                .read(move |store| api::search_page(store, &p, 20))
                .await?,
        )
    };
    // A link to the same search with one filter changed.
    let with = |key: &str, value: &str| {
        let mut parts = vec![format!("q={}", enc(&params.q))];
        for (k, v) in [
            ("language", &params.language),
            ("actor", &params.actor),
            ("since", &params.since),
            ("until", &params.until),
        ] {
            if k != key {
                if let Some(v) = v {
                    parts.push(format!("{k}={}", enc(v)));
                }
            }
        }
        if !value.is_empty() {
            parts.push(format!("{key}={}", enc(value)));
        }
        format!("/search?{}", parts.join("&"))
    };
    Ok(layout(
        "Search",
        html! {
            h1 { "Search" }
            form.search role="search" action="/search" method="get" {
                label for="q" { "Words" }
                input #q type="search" name="q" value=(params.q) required;
                label for="language" { "Language" }
                input #language name="language" size="3" value=(params.language.clone().unwrap_or_default());
                label for="since" { "From" }
                input #since name="since" size="10" placeholder="YYYY-MM-DD" value=(params.since.clone().unwrap_or_default());
                label for="until" { "To" }
                input #until name="until" size="10" placeholder="YYYY-MM-DD" value=(params.until.clone().unwrap_or_default());
                @if let Some(a) = &params.actor { input type="hidden" name="actor" value=(a); }
                button type="submit" { "Search" }
            }
            @if let Some(r) = &result {
                p.lede #result-count { (r.total) " articles match." }
                div.search-layout {
                    aside.facets aria-label="Facets" {
                        @for (name, key, values) in [("Language", "language", &r.facets.language), ("Actor", "actor", &r.facets.actor)] {
                            @if !values.is_empty() {
                                h2 { (name) }
                                ul {
                                    @for v in values.iter() {
                                        li { a href=(with(key, &v.value)) { (v.value) } " " span.count { "(" (v.count) ")" } }
                                    }
                                }
                            }
                        }
                        @if !r.facets.outlet.is_empty() {
                            h2 { "Outlet" }
                            ul { @for v in &r.facets.outlet { li { (v.value) " " span.count { "(" (v.count) ")" } } } }
                        }
                        @if !r.facets.event_type.is_empty() {
                            h2 { "Event type (CAMEO root)" }
                            ul { @for v in &r.facets.event_type { li { (v.value) " " span.count { "(" (v.count) ")" } } } }
                        }
                        @if !r.facets.published.is_empty() {
                            h2 { "Published" }
                            (PreEscaped(bar_chart(
                                &r.facets.published.iter().map(|v| Bar {
                                    label: v.value.clone(),
                                    value: v.count as f64,
                                    href: Some(with("since", &v.value) + "&until=" + &enc(&v.value)),
                                    title: format!("{}: {} articles", v.value, v.count),
                                }).collect::<Vec<_>>(),
                                "Matching articles per month",
                                "histogram",
                            )))
                        }
                        @if params.language.is_some() || params.actor.is_some() || params.since.is_some() {
                            p { a href={"/search?q=" (enc(&params.q))} { "Clear filters" } }
                        }
                    }
                    ol.hits {
                        @for h in &r.items {
                            li.hit {
                                a.hit-title href={"/articles/" (h.id)} { (h.title.clone().unwrap_or_else(|| h.id.clone())) }
                                div.meta { (h.published.clone().unwrap_or_default()) " · " (h.language.clone().unwrap_or_default()) " · " (h.outlet.clone().unwrap_or_default()) }
                                p.snippet { (PreEscaped(marked_snippet(&h.snippet, &h.highlights))) }
                            }
                        }
                    }
                }
                @if let Some(next) = &r.next_cursor {
                    p { a rel="next" href={(with("", "")) "&cursor=" (enc(next))} { "Next results" } }
                }
            }
        },
    ))
}

#[derive(Deserialize, Default)]
pub struct SearchForm {
    q: Option<String>,
    language: Option<String>,
    actor: Option<String>,
    since: Option<String>,
    until: Option<String>,
    cursor: Option<String>,
}

fn marked_snippet(snippet: &str, highlights: &[[usize; 2]]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &[s, e] in highlights {
        if s < at
            || e > snippet.len()
            || !snippet.is_char_boundary(s)
            || !snippet.is_char_boundary(e)
        {
            continue;
        }
        out.push_str(&esc(&snippet[at..s]));
        out.push_str("<mark>");
        out.push_str(&esc(&snippet[s..e]));
        out.push_str("</mark>");
        at = e;
    }
    out.push_str(&esc(&snippet[at..]));
    out
}

// ---------------------------------------------------------------------------------------------
// Article.

/// One mark drawn on the text: a span and the HTML that opens and closes it.
struct Mark {
    start: usize,
    end: usize,
    /// Outer marks first when two start together.
    rank: u8,
    open: String,
    close: &'static str,
}

/// The article's text with leftovers greyed, quotes, names (linked to their actors) and event
/// triggers marked. Marks nest; one that would cross another is left out of the text (the
/// lists below the text still give it).
fn marked_text(doc: &Document) -> String {
    let mut marks = Vec::new();
    for a in doc.layer(Layer::Boilerplate) {
        let role = match &a.data {
            AnnotationData::Boilerplate(b) => b.role.to_string(),
            _ => String::new(),
        };
        marks.push(Mark {
            start: a.span.start,
            end: a.span.end,
            rank: 0,
            open: format!(
                r#"<span class="leftover" title="leftover: {}">"#,
                esc(&role)
            ),
            close: "</span>",
        });
    }
    for a in doc.layer(Layer::Quote) {
        if let AnnotationData::Quote(q) = &a.data {
            let who = q
                .speaker_span
                .map(|s| doc.slice(s).to_string())
                .or_else(|| q.speaker.clone())
                .unwrap_or_else(|| "unknown speaker".into());
            marks.push(Mark {
                start: a.span.start,
                end: a.span.end,
                rank: 1,
                open: format!(
                    r#"<span class="quote" title="quote — speaker: {}">"#,
                    esc(&who)
                ),
                close: "</span>",
            });
        }
    }
    for a in doc.layer(Layer::Event) {
        if let AnnotationData::Event(e) = &a.data {
            if let Some(t) = e.trigger_span {
                let mut what = format!("event CAMEO {}", e.cameo);
                if e.negated {
                    what.push_str(", negated");
                }
                if let Some(h) = e.hypothetical {
                    what.push_str(&format!(", hypothetical ({h})"));
                }
                marks.push(Mark {
                    start: t.start,
                    end: t.end,
                    rank: 3,
                    open: format!(r#"<span class="trigger" title="{}">"#, esc(&what)),
                    close: "</span>",
                });
            }
        }
    }
    for a in doc.layer(Layer::Mention) {
        if let AnnotationData::Mention(m) = &a.data {
            let (open, close) = match &m.actor {
                Some(id) => (
                    format!(
                        r#"<a class="mention" href="/actors/{}" title="{} ({})">"#,
                        esc(&enc(id)),
                        esc(m.canonical.as_deref().unwrap_or(id)),
                        esc(&m.entity_type.to_string())
                    ),
                    "</a>",
                ),
                None => (
                    format!(
                        r#"<span class="name" title="unlinked {}">"#,
                        esc(&m.entity_type.to_string())
                    ),
                    "</span>",
                ),
            };
            marks.push(Mark {
                start: a.span.start,
                end: a.span.end,
                rank: 2,
                open,
                close,
            });
        }
    }
    marks.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.rank).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.rank,
        ))
    });
    let text = &doc.text;
    let mut out = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    let mut open: Vec<&Mark> = Vec::new();
    for m in &marks {
        if m.end <= m.start || m.end > text.len() {
            continue;
        }
        while let Some(top) = open.last() {
            if top.end <= m.start {
                out.push_str(&esc(&text[pos..top.end]));
                pos = top.end;
                out.push_str(top.close);
                open.pop();
            } else {
                break;
            }
        }
        if open.last().is_some_and(|top| m.end > top.end) || m.start < pos {
            continue;
        }
        out.push_str(&esc(&text[pos..m.start]));
        pos = m.start;
        out.push_str(&m.open);
        open.push(m);
    }
    while let Some(top) = open.pop() {
        out.push_str(&esc(&text[pos..top.end]));
        pos = top.end;
        out.push_str(top.close);
    }
    out.push_str(&esc(&text[pos..]));
    out
}

async fn article(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let (doc, copy_of) = state
        .read(move |store| {
            // What the page draws; the sentence layer (most of the bytes) is not read.
            let doc = store
                .get_layers(
                    &id,
                    &[
                        Layer::Boilerplate,
                        Layer::Mention,
                        Layer::Quote,
                        Layer::Event,
                    ],
                )?
                .ok_or_else(|| ApiError::not_found(format!("no article {id}")))?;
            let copy_of = store.copy_of(doc.id.as_str())?.map(|c| c.original);
            Ok((doc, copy_of))
        })
        .await?;
    let events = crate::commands::events::rows(&doc);
    let quotes = crate::commands::quotes::rows(&doc);
    let title = doc.meta.title.clone().unwrap_or_else(|| doc.id.to_string());
    Ok(layout(
        &title,
        html! {
            article.article {
                h1 { (title) }
                dl.meta {
                    @if let Some(p) = &doc.meta.published { dt { "Published" } dd { (p) } }
                    @if let Some(o) = &doc.meta.outlet { dt { "Outlet" } dd { (o) } }
                    @if let Some(l) = &doc.meta.language { dt { "Language" } dd { (l) } }
                    @if let Some(u) = &doc.meta.url { dt { "URL" } dd { a href=(u) rel="noreferrer" { (u) } } }
                    dt { "Id" } dd { code { (doc.id.to_string()) } }
                    @if let Some(c) = &copy_of { dt { "Copy of" } dd { a href={"/articles/" (c)} { (c) } } }
                }
                details.legend open {
                    summary { "How to read the text" }
                    ul {
                        li { span.leftover { "Grey, struck through" } ": web leftovers (menus, “Lire aussi”, banners), not content" }
                        li { span.quote { "Boxed with a left bar" } ": a quotation; hover or focus for its speaker" }
                        li { a.mention href="#" tabindex="-1" { "Underlined link" } ": a name linked to an actor; " span.name { "dotted" } ": a name not in the knowledge base" }
                        li { span.trigger { "Bold, double underline" } ": the words that triggered an event (listed below)" }
                    }
                }
                div.text #article-text { (PreEscaped(marked_text(&doc))) }
                section aria-labelledby="events-h" {
                    h2 #events-h { "Events (" (events.len()) ")" }
                    @if events.is_empty() { p.muted { "No coded event." } }
                    @for e in &events {
                        div.event {
                            div {
                                code.cameo { (e.event.cameo) }
                                " "
                                @if let Some(p) = e.event.plover { (badge(p.as_str(), "plover")) " " }
                                (modality(e.event.negated, e.event.hypothetical.map(|h| h.as_str()), e.event.alleged))
                                " Goldstein " (format!("{:+.1}", e.event.goldstein))
                            }
                            div {
                                (actor_link(e.event.source.as_deref(), e.event.source_code.as_deref().or(e.event.source.as_deref()).unwrap_or("?")))
                                " → "
                                (actor_link(e.event.target.as_deref(), e.event.target_code.as_deref().or(e.event.target.as_deref()).unwrap_or("?")))
                                @if let Some(d) = &e.event.date { " · " (d) }
                                @if let Some(r) = &e.event.reported_by { " · per " (r) }
                            }
                            blockquote.evidence { (e.evidence) }
                        }
                    }
                }
                section aria-labelledby="quotes-h" {
                    h2 #quotes-h { "Quotes (" (quotes.len()) ")" }
                    @if quotes.is_empty() { p.muted { "No quotation." } }
                    @for q in &quotes {
                        div.quote-row {
                            div {
                                strong { (q.speaker_name.clone().or(q.speaker_text.clone()).unwrap_or_else(|| "unknown speaker".into())) }
                                @if let Some(c) = &q.cue { " — " em { (c) } }
                                " " (badge(if q.direct { "direct" } else { "reported" }, "kind"))
                            }
                            blockquote { (q.text) }
                        }
                    }
                }
            }
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// Actor.

async fn actor(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let a = state
        .read(move |store| api::actor_detail(store, &id))
        .await?;
    // Events per month, as source and as target.
    let mut months: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for e in &a.timeline {
        if let Some(m) = e.date.as_deref().and_then(|d| d.get(..7)) {
            let c = months.entry(m.to_string()).or_default();
            if e.role == "source" {
                c.0 += 1;
            } else {
                c.1 += 1;
            }
        }
    }
    let bars: Vec<Bar> = months
        .iter()
        .map(|(m, (s, t))| Bar {
            label: m.clone(),
            value: (*s + *t) as f64,
            href: None,
            title: format!("{m}: {s} as source, {t} as target"),
        })
        .collect();
    let mut by_language: std::collections::BTreeMap<&str, Vec<&api::SurfaceForm>> =
        Default::default();
    for f in &a.forms {
        by_language.entry(f.language.as_str()).or_default().push(f);
    }
    Ok(layout(
        &a.canonical,
        html! {
            h1 { (a.canonical) }
            p.lede {
                (a.entity_type)
                @if let Some(c) = &a.cameo { " · CAMEO " code { (c) } }
                " · " (a.mentions) " mentions · " code { (a.actor) }
            }
            section aria-labelledby="forms-h" {
                h2 #forms-h { "Spellings seen" }
                @if a.forms.is_empty() { p.muted { "Not named in any stored article yet." } }
                @for (lang, forms) in &by_language {
                    h3 { (lang) }
                    ul.forms {
                        @for f in forms {
                            li { span.form { (f.surface) } " " span.count { "(" (f.mentions) " in " (f.articles) " articles)" } }
                        }
                    }
                }
            }
            section aria-labelledby="roles-h" {
                h2 #roles-h { "Roles in events" }
                p { "As source: " strong { (a.as_source) } " · as target: " strong { (a.as_target) } }
                @if !bars.is_empty() {
                    (PreEscaped(bar_chart(&bars, &format!("Events of {} per month", a.canonical), "timeline")))
                }
            }
            section aria-labelledby="timeline-h" {
                h2 #timeline-h { "Timeline" }
                @if a.timeline.is_empty() { p.muted { "No coded event." } }
                @else {
                    table.timeline {
                        thead { tr { th scope="col" { "Date" } th scope="col" { "Role" } th scope="col" { "Event" } th scope="col" { "Source → target" } th scope="col" { "Article" } } }
                        tbody {
                            @for e in &a.timeline {
                                tr {
                                    td { (e.date.clone().unwrap_or_default()) }
                                    td { (e.role) }
                                    td { code { (e.cameo) } " " (modality(e.negated, e.hypothetical.as_deref(), false)) }
                                    td {
                                        (e.source.clone().unwrap_or_else(|| "?".into())) " → " (e.target.clone().unwrap_or_else(|| "?".into()))
                                        @if let (Some(s), Some(t)) = (&e.source, &e.target) {
                                            " " a href={"/trend?source=" (enc(s)) "&target=" (enc(t))} { "trend" }
                                        }
                                    }
                                    td { a href={"/articles/" (e.article)} { (&e.article[..e.article.len().min(10)]) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// Trend.

#[derive(Deserialize, Default)]
pub struct TrendForm {
    source: Option<String>,
    target: Option<String>,
    by: Option<String>,
    /// A period's first day: list the events behind it.
    period: Option<String>,
}

async fn trend(
    State(state): State<Arc<AppState>>,
    api::Q(f): api::Q<TrendForm>,
) -> Result<Html<String>, PageError> {
    let q = TrendQuery {
        source: f.source.clone().filter(|s| !s.is_empty()),
        target: f.target.clone().filter(|s| !s.is_empty()),
        by: f.by.clone().filter(|s| !s.is_empty()),
        since: None,
        until: None,
    };
    let tq = q.clone();
    let t = state.read(move |store| api::trend_of(store, &tq)).await?;
    let week = t.by == "week";
    // The events behind a clicked period.
    let behind = match &f.period {
        Some(p) if !p.is_empty() => {
            let start = chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").map_err(|_| {
                ApiError::bad_request(format!("period {p:?} is not a day (YYYY-MM-DD)"))
            })?;
            let end = if week {
                start + chrono::Duration::days(6)
            } else {
                start
            };
            let eq = EventQuery {
                source: q.source.clone(),
                target: q.target.clone(),
                since: Some(start.to_string()),
                until: Some(end.to_string()),
                include_hypothetical: true,
                distinct: true,
                ..Default::default()
            };
            let st = state.clone();
            Some(
                state
                    .read(move |store| api::distinct_page(&st, store, &eq, 200))
                    .await?,
            )
        }
        _ => None,
    };
    let base = format!(
        "/trend?source={}&target={}&by={}",
        enc(q.source.as_deref().unwrap_or("")),
        enc(q.target.as_deref().unwrap_or("")),
        t.by
    );
    let count_bars: Vec<Bar> = t
        .rows
        .iter()
        .map(|r| Bar {
            label: r.period.clone(),
            value: r.asserted.events as f64,
            href: Some(format!("{base}&period={}#events", r.start)),
            title: format!(
                "{}: {} events asserted, {} negated, {} hypothetical",
                r.period, r.asserted.events, r.negated.events, r.hypothetical.events
            ),
        })
        .collect();
    let goldstein_bars: Vec<Bar> = t
        .rows
        .iter()
        .map(|r| Bar {
            label: r.period.clone(),
            value: r.asserted.goldstein,
            href: Some(format!("{base}&period={}#events", r.start)),
            title: format!("{}: Goldstein sum {:+.1}", r.period, r.asserted.goldstein),
        })
        .collect();
    let pair = format!(
        "{} → {}",
        q.source.as_deref().unwrap_or("any"),
        q.target.as_deref().unwrap_or("any")
    );
    Ok(layout(
        &format!("Trend {pair}"),
        html! {
            h1 { "Trend: " (pair) }
            form.trend-form action="/trend" method="get" {
                label for="source" { "Source" }
                input #source name="source" value=(q.source.clone().unwrap_or_default()) placeholder="BLR, Lukashenko…";
                label for="target" { "Target" }
                input #target name="target" value=(q.target.clone().unwrap_or_default());
                label for="by" { "Per" }
                select #by name="by" {
                    option value="week" selected[week] { "week" }
                    option value="day" selected[!week] { "day" }
                }
                button type="submit" { "Show" }
            }
            @if t.rows.is_empty() {
                p.muted { "No dated event for this pair." }
            } @else {
                h2 { "Events asserted as real, per " (t.by) }
                p.hint { "Each event is counted once, however many articles report it. Select a bar to list its events." }
                (PreEscaped(bar_chart(&count_bars, &format!("Events {pair} per {}", t.by), "counts")))
                h2 { "Goldstein sum, per " (t.by) }
                (PreEscaped(bar_chart(&goldstein_bars, &format!("Goldstein sum {pair} per {}", t.by), "goldstein")))
                details {
                    summary { "The numbers (quad classes, negated and hypothetical apart)" }
                    table.trend-table {
                        thead { tr {
                            th scope="col" { "Period" } th scope="col" { "Events" } th scope="col" { "Goldstein" }
                            th scope="col" { "Verbal coop." } th scope="col" { "Material coop." }
                            th scope="col" { "Verbal conflict" } th scope="col" { "Material conflict" }
                            th scope="col" { "Negated" } th scope="col" { "Hypothetical" }
                        } }
                        tbody {
                            @for r in &t.rows {
                                tr {
                                    td { a href={(base) "&period=" (r.start) "#events"} { (r.period) } }
                                    td.num { (r.asserted.events) }
                                    td.num { (format!("{:+.1}", r.asserted.goldstein)) }
                                    td.num { (r.asserted.verbal_cooperation) }
                                    td.num { (r.asserted.material_cooperation) }
                                    td.num { (r.asserted.verbal_conflict) }
                                    td.num { (r.asserted.material_conflict) }
                                    td.num { (r.negated.events) }
                                    td.num { (r.hypothetical.events) }
                                }
                            }
                        }
                    }
                }
                @if t.undated > 0 { p.muted { (t.undated) " events without a date are in no period." } }
            }
            @if let Some(page) = &behind {
                section #events aria-labelledby="behind-h" {
                    h2 #behind-h { "Events of " (f.period.clone().unwrap_or_default()) " (" (page.items.len()) ")" }
                    @for g in &page.items {
                        div.event {
                            div {
                                code.cameo { (g.first.event.cameo) } " "
                                (modality(g.first.event.negated, g.first.event.hypothetical.map(|h| h.as_str()), g.first.event.alleged))
                                " · " (g.reports.len()) " reports, " (g.independent_sources) " independent"
                            }
                            blockquote.evidence { (g.first.evidence) }
                            ul.reports {
                                @for r in &g.reports {
                                    li { a href={"/articles/" (r.article)} { (r.date.clone().unwrap_or_default()) " " (&r.article[..r.article.len().min(10)]) }
                                        @if let Some(c) = &r.copy_of { " (copy of " (&c[..c.len().min(10)]) ")" } }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// Claims.

#[derive(Deserialize, Default)]
pub struct ClaimForm {
    actor: Option<String>,
}

async fn claims(
    State(state): State<Arc<AppState>>,
    api::Q(f): api::Q<ClaimForm>,
) -> Result<Html<String>, PageError> {
    let actor = f.actor.clone().filter(|s| !s.is_empty());
    let st = state.clone();
    let a = actor.clone();
    let pairs = state
        .read(move |store| {
            let all = api::all_claims(&st, store)?;
            Ok(api::claim_pairs(&all, a.as_deref()))
        })
        .await?;
    let side = |s: &vigie_analysis::claims::Statement| {
        html! {
            div.side {
                div.meta {
                    (s.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into()))
                    " · per " (s.speaker.clone().unwrap_or_else(|| "?".into()))
                    " · " a href={"/articles/" (s.article)} { "article" }
                }
                div {
                    code.cameo { (s.cameo) } " "
                    (modality(s.negated, s.hypothetical.as_deref(), false))
                }
                blockquote { (s.sentence) }
            }
        }
    };
    Ok(layout(
        "Claims in tension",
        html! {
            h1 { "Claims in tension" }
            form action="/claims" method="get" {
                label for="actor" { "Actor" }
                input #actor name="actor" value=(actor.clone().unwrap_or_default()) placeholder="BLR, Lukashenko…";
                button type="submit" { "Filter" }
            }
            p.lede { (pairs.len()) " pairs." }
            @for p in &pairs {
                section.claim {
                    h2 { (p.source) " → " (p.target) ": " (p.act) }
                    p.reason { (p.reason) @if p.referents_differ { " " (badge("referents differ: read both", "warn")) } }
                    div.sides { (side(&p.a)) (side(&p.b)) }
                }
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::{Metadata, Span};

    #[test]
    fn marks_nest_and_crossing_ones_are_left_out() {
        let mut doc = Document::new(
            "Loukachenko a dit : « nous entrerons » <b>".into(),
            Metadata::default(),
        );
        doc.annotate(
            Span::new(0, 11),
            vigie_core::Mention {
                actor: Some("lukashenko".into()),
                canonical: Some("Alexander Lukashenko".into()),
                ..Default::default()
            },
        );
        let html = marked_text(&doc);
        assert!(
            html.starts_with(r#"<a class="mention" href="/actors/lukashenko""#),
            "{html}"
        );
        assert!(html.contains("</a> a dit"));
        assert!(html.ends_with("&lt;b&gt;"), "text is escaped: {html}");
    }

    #[test]
    fn snippets_mark_their_highlights_and_escape_the_rest() {
        assert_eq!(
            marked_snippet("a <Minsk> b", &[[3, 8]]),
            "a &lt;<mark>Minsk</mark>&gt; b"
        );
    }
}
