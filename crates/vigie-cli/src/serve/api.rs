//! The JSON API under `/api`, and its OpenAPI document at `/openapi.json`.
//!
//! Each handler reads the store through the same functions as the CLI command of the same
//! name (`vigie articles`, `search`, `entities`, `quotes`, `events`, `stories`,
//! `contradictions`, `trend`), so the API and the CLI agree. Listings are paged with an opaque
//! `cursor` (`next_cursor` of the previous page); every span carries byte and character
//! offsets and the words it covers. The OpenAPI document is derived from the types below
//! (`utoipa`); the tests check real responses against it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};
use vigie_analysis::alerts::{self, Alert, AlertRules};
use vigie_analysis::claims::{Statement, Tension};
use vigie_analysis::trends::{self, Period, TrendOptions, TrendRow};
use vigie_core::{AnnotationView, Document, Layer};
use vigie_events::CameoTable;
use vigie_store::{ArticleFilter, ArticleKey, ArticleRow, SearchHit, SearchQuery, Store};

use super::state::{ApiError, AppState, ErrorBody};
use crate::commands::events::{actor_has, EventRow};
use crate::commands::quotes::QuoteRow;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/api/health", get(health))
        .route("/api/articles", get(articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/search", get(search))
        .route("/api/actors", get(actors))
        .route("/api/actors/{id}", get(actor))
        .route("/api/quotes", get(quotes))
        .route("/api/events", get(events))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/claims", get(claims))
        .route("/api/trends", get(trend))
        .route("/api/alerts", get(alerts_list))
        .route("/api/ingest", post(ingest))
        .fallback(not_found)
}

async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") || uri.path() == "/api" {
        ApiError::not_found(format!("no endpoint {}", uri.path())).into_response()
    } else {
        super::pages::not_found_page(uri.path())
    }
}

/// Query parameters, with a malformed query answered 400 as JSON (axum's own answer is text).
pub struct Q<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Q<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::try_from_uri(&parts.uri)
            .map(|q| Q(q.0))
            .map_err(|e| ApiError::bad_request(e.body_text()))
    }
}

// ---------------------------------------------------------------------------------------------
// Shapes of the answers (the OpenAPI document's schemas).

/// A span of an article's text: byte offsets (`start`, `end`), character offsets
/// (`char_start`, `char_end`) and the words it covers.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Span {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: String,
}

/// One stored article as listed.
#[derive(Serialize, ToSchema)]
pub struct ArticleSummary {
    pub id: String,
    pub published: Option<String>,
    pub language: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
}

impl From<ArticleRow> for ArticleSummary {
    fn from(r: ArticleRow) -> Self {
        ArticleSummary {
            id: r.id,
            published: r.published,
            language: r.language,
            outlet: r.outlet,
            title: r.title,
            url: r.url,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ArticlePage {
    pub items: Vec<ArticleSummary>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// One annotation: its layer (`boilerplate`, `paragraph`, `sentence`, `date`, `mention`,
/// `quote`, `event`), its span, and the layer's fields (inner spans as spans).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Annotation {
    layer: String,
    span: Span,
}

/// One article with everything vigie understood of it.
#[derive(Serialize, ToSchema)]
pub struct ArticleDetail {
    pub id: String,
    #[schema(value_type = Object)]
    pub meta: vigie_core::Metadata,
    /// The text as stored: every span points into it.
    pub text: String,
    /// Where it was read from (files, URLs), first seen first.
    pub sources: Vec<String>,
    /// The article it copies, when it is a copy.
    pub copy_of: Option<String>,
    /// The story it belongs to.
    pub story: Option<String>,
    #[schema(value_type = Vec<Annotation>)]
    pub annotations: Vec<AnnotationView>,
}

#[derive(Serialize, ToSchema)]
pub struct FacetValue {
    pub value: String,
    pub count: usize,
}

/// Counts over the best matches (at most `facet_depth` of them).
#[derive(Serialize, ToSchema, Default)]
pub struct Facets {
    pub language: Vec<FacetValue>,
    pub outlet: Vec<FacetValue>,
    /// Linked actors (knowledge-base ids) named by the matching articles.
    pub actor: Vec<FacetValue>,
    /// CAMEO roots of the events of the matching articles.
    pub event_type: Vec<FacetValue>,
    /// Matching articles per publication month (`YYYY-MM`), in order.
    pub published: Vec<FacetValue>,
    /// How many of the best matches the facets count.
    pub facet_depth: usize,
}

#[derive(Serialize, ToSchema)]
pub struct SearchHitOut {
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub outlet: Option<String>,
    pub snippet: String,
    /// Byte ranges of the matched words within `snippet`.
    pub highlights: Vec<[usize; 2]>,
}

impl From<SearchHit> for SearchHitOut {
    fn from(h: SearchHit) -> Self {
        SearchHitOut {
            id: h.id,
            score: h.score,
            title: h.title,
            published: h.published,
            language: h.language,
            outlet: h.outlet,
            snippet: h.snippet,
            highlights: h.highlights.into_iter().map(|(s, e)| [s, e]).collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SearchPage {
    pub query: String,
    /// Articles matching in all.
    pub total: usize,
    pub items: Vec<SearchHitOut>,
    pub facets: Facets,
    pub next_cursor: Option<String>,
}

/// An actor with how often it is named.
#[derive(Serialize, ToSchema)]
pub struct ActorSummary {
    /// Knowledge-base id; absent for unlinked names (grouped by form).
    pub actor: Option<String>,
    pub canonical: String,
    pub entity_type: String,
    pub mentions: u64,
    pub articles: u64,
}

#[derive(Serialize, ToSchema)]
pub struct ActorPage {
    pub items: Vec<ActorSummary>,
    pub next_cursor: Option<String>,
}

/// One spelling of an actor in one language.
#[derive(Serialize, ToSchema)]
pub struct SurfaceForm {
    pub language: String,
    pub surface: String,
    pub mentions: usize,
    pub articles: usize,
}

/// One event of an actor's timeline.
#[derive(Serialize, ToSchema)]
pub struct TimelineEvent {
    pub article: String,
    pub date: Option<String>,
    pub cameo: String,
    /// `source` or `target`: the actor's role.
    pub role: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub goldstein: f64,
    pub negated: bool,
    pub hypothetical: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ActorDetail {
    pub actor: String,
    pub canonical: String,
    pub entity_type: String,
    /// The actor's CAMEO code in the knowledge base.
    pub cameo: Option<String>,
    pub mentions: usize,
    pub forms: Vec<SurfaceForm>,
    /// Events where it acts and where it is acted on.
    pub as_source: usize,
    pub as_target: usize,
    /// Its events in date order (at most 500).
    pub timeline: Vec<TimelineEvent>,
}

/// One quotation (as `vigie quotes --json` writes it).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Quote {
    article: String,
    span: Span,
    text: String,
    speaker: Option<String>,
    speaker_name: Option<String>,
    speaker_code: Option<String>,
    speaker_text: Option<String>,
    speaker_span: Option<Span>,
    cue: Option<String>,
    channel: Option<String>,
    direct: bool,
    partial: bool,
}

#[derive(Serialize, ToSchema)]
pub struct QuotePage {
    #[schema(value_type = Vec<Quote>)]
    pub items: Vec<QuoteRow>,
    pub next_cursor: Option<String>,
}

/// One event (as `vigie events --json` writes it).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Event {
    article: String,
    event_id: i64,
    source: Option<String>,
    source_code: Option<String>,
    target: Option<String>,
    target_code: Option<String>,
    /// CAMEO code, 2–4 digits.
    cameo: String,
    /// PLOVER type (empty for CAMEO 01x and 02x).
    plover: String,
    goldstein: f64,
    location: Option<String>,
    date: Option<String>,
    negated: bool,
    /// `future`, `conditional`, `possibility`, `intent`, `readiness`, `prediction`.
    hypothetical: Option<String>,
    reported_by: Option<String>,
    alleged: bool,
    span: Span,
    evidence: String,
    trigger: Option<String>,
    trigger_span: Option<Span>,
    published: Option<String>,
    lead: bool,
}

#[derive(Serialize, ToSchema)]
pub struct EventPage {
    #[schema(value_type = Vec<Event>)]
    pub items: Vec<EventRow>,
    pub next_cursor: Option<String>,
}

/// One event counted once, with every report of it.
#[derive(Serialize, ToSchema)]
pub struct DistinctEvent {
    #[schema(value_type = Event)]
    pub first: EventRow,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// Reports that are not copies of one another.
    pub independent_sources: usize,
    pub reports: Vec<EventReportOut>,
}

#[derive(Serialize, ToSchema)]
pub struct EventReportOut {
    pub article: String,
    pub event_id: i64,
    pub date: Option<String>,
    pub evidence: String,
    /// The article this report's article copies, when it is a copy.
    pub copy_of: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DistinctEventPage {
    pub items: Vec<DistinctEvent>,
    pub next_cursor: Option<String>,
}

/// One story (articles about one happening).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Story {
    id: String,
    title: String,
    first_date: Option<String>,
    last_date: Option<String>,
    articles: u64,
    independent: u64,
    actors: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct StoryPage {
    #[schema(value_type = Vec<Story>)]
    pub items: Vec<vigie_store::stories::StoryRow>,
    pub next_cursor: Option<String>,
}

/// One side of a pair in tension.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ClaimStatement {
    article: String,
    sentence: String,
    date: Option<String>,
    #[schema(value_type = Object)]
    source: (),
    #[schema(value_type = Object)]
    target: (),
    cameo: String,
    negated: bool,
    hypothetical: Option<String>,
    speaker: Option<String>,
}

/// Two statements in tension, why, and both sides.
#[derive(Serialize, ToSchema)]
pub struct ClaimPair {
    pub rule: String,
    pub reason: String,
    pub source: String,
    pub target: String,
    pub act: String,
    pub referents_differ: bool,
    #[schema(value_type = ClaimStatement)]
    pub a: Statement,
    #[schema(value_type = ClaimStatement)]
    pub b: Statement,
}

#[derive(Serialize, ToSchema)]
pub struct ClaimPage {
    pub items: Vec<ClaimPair>,
    pub next_cursor: Option<String>,
}

/// Counts of one modality in one period.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct Counts {
    events: usize,
    goldstein: f64,
    verbal_cooperation: usize,
    material_cooperation: usize,
    verbal_conflict: usize,
    material_conflict: usize,
}

/// One period of a trend.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct TrendPeriod {
    period: String,
    start: String,
    asserted: Counts,
    negated: Counts,
    hypothetical: Counts,
}

#[derive(Serialize, ToSchema)]
pub struct TrendOut {
    pub source: Option<String>,
    pub target: Option<String>,
    /// `day` or `week`.
    pub by: String,
    #[schema(value_type = Vec<TrendPeriod>)]
    pub rows: Vec<TrendRow>,
    /// Events without a date, in no period.
    pub undated: usize,
}

/// A pair whose latest week departs from its recent past.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AlertOut {
    /// `surge` or `escalation`.
    kind: String,
    source: String,
    target: String,
    period: String,
    start: String,
    events: usize,
    material_conflict: usize,
    baseline_events: f64,
    goldstein_mean: f64,
    baseline_goldstein_mean: Option<f64>,
    reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct AlertList {
    #[schema(value_type = Vec<AlertOut>)]
    pub items: Vec<Alert>,
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    pub status: String,
    pub articles: u64,
    pub version: String,
}

#[derive(Serialize, ToSchema)]
pub struct IngestSummary {
    /// Articles stored by this request.
    pub ingested: u64,
    /// Articles the store already held (ingest is idempotent).
    pub already_present: u64,
    pub failed: u64,
    /// Each failure: where and why.
    pub failures: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Paging.

/// An offset cursor (`o123`): for listings computed whole (stories, claims, distinct events).
fn offset_of(cursor: &Option<String>) -> Result<usize, ApiError> {
    match cursor.as_deref() {
        None | Some("") => Ok(0),
        Some(c) => c
            .strip_prefix('o')
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| {
                ApiError::bad_request(format!("cursor {c:?} is not one this listing gave"))
            }),
    }
}

/// The page `[offset, offset + limit)` of `all`, and the cursor of the next.
fn page<T>(
    all: impl IntoIterator<Item = T>,
    offset: usize,
    limit: usize,
) -> (Vec<T>, Option<String>) {
    let mut items: Vec<T> = all.into_iter().skip(offset).take(limit + 1).collect();
    let next = (items.len() > limit).then(|| format!("o{}", offset + limit));
    items.truncate(limit);
    (items, next)
}

/// An article-keyed cursor: the last article of the page (its date and id) and how many rows
/// of it were given, for listings read article by article (quotes, events).
#[derive(Debug, Clone, PartialEq)]
struct ArticleCursor {
    key: ArticleKey,
    /// Rows of that article already given.
    taken: usize,
}

impl ArticleCursor {
    /// `a` and the hex of `taken~published~id`: opaque, and safe in a URL as it is.
    fn encode(&self) -> String {
        let plain = format!(
            "{}~{}~{}",
            self.taken,
            self.key.published.as_deref().unwrap_or(""),
            self.key.id
        );
        let mut out = String::from("a");
        for b in plain.bytes() {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }

    fn decode(s: &str) -> Option<ArticleCursor> {
        let hex = s.strip_prefix('a')?;
        if hex.len() % 2 != 0 || !hex.is_ascii() {
            return None;
        }
        let bytes = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
            .collect::<Option<Vec<u8>>>()?;
        let plain = String::from_utf8(bytes).ok()?;
        let (taken, rest) = plain.split_once('~')?;
        let (published, id) = rest.rsplit_once('~')?;
        Some(ArticleCursor {
            key: ArticleKey {
                published: (!published.is_empty()).then(|| published.to_string()),
                id: id.to_string(),
            },
            taken: taken.parse().ok()?,
        })
    }
}

fn limit_of(state: &AppState, asked: Option<usize>) -> Result<usize, ApiError> {
    let limit = asked.unwrap_or(state.limits.default_page);
    if limit == 0 || limit > state.limits.max_page {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {}",
            state.limits.max_page
        )));
    }
    Ok(limit)
}

/// Most articles one page of quotes or events loads. A selective filter could otherwise read
/// the whole store for one page; past this the page ends early (fewer rows than asked, or
/// none) with a cursor to go on, as a scan with a limit does in other stores, so every
/// request has a bounded cost.
const SCAN_BUDGET: usize = 200;

/// Up to this many candidate articles, a page reads their keys and sorts them instead of
/// walking the whole listing past the others.
const DIRECT_CANDIDATES: usize = 5000;

/// Which articles a page of rows reads, and what of them.
struct Scan<'a> {
    /// The annotation layers the rows are made from.
    layers: &'a [Layer],
    /// When known, the only articles that can hold a matching row (from the facet rows):
    /// the others are passed over without being read.
    candidates: Option<std::collections::HashSet<String>>,
}

/// Reads articles in listing order from `cursor`, turning each into rows, until `limit` rows
/// are gathered or [`SCAN_BUDGET`] articles were read. Articles are listed in chunks, so a
/// page never lists or loads the whole store.
fn rows_by_article<T>(
    store: &Store,
    filter: &ArticleFilter,
    cursor: Option<ArticleCursor>,
    limit: usize,
    scan: &Scan,
    mut rows_of: impl FnMut(&Document) -> Vec<T>,
) -> Result<(Vec<T>, Option<String>), ApiError> {
    let mut out = Vec::new();
    let mut after = cursor.as_ref().map(|c| c.key.clone());
    // The article the cursor stopped inside: its remaining rows first.
    if let Some(c) = &cursor {
        if let Some(doc) = store.get_layers(&c.key.id, scan.layers)? {
            let rows = rows_of(&doc);
            let total = rows.len();
            out.extend(rows.into_iter().skip(c.taken).take(limit));
            if c.taken + out.len() < total {
                let taken = c.taken + out.len();
                let next = ArticleCursor {
                    key: c.key.clone(),
                    taken,
                };
                return Ok((out, Some(next.encode())));
            }
        }
    }
    let mut loaded = 0;
    // One article, in listing order: its rows join the page; `Some(next)` once the page is
    // full or the scan budget spent.
    let mut visit = |key: ArticleKey| -> Result<Option<Option<String>>, ApiError> {
        if loaded == SCAN_BUDGET {
            // Go on from this unread article next time.
            return Ok(Some(Some(ArticleCursor { key, taken: 0 }.encode())));
        }
        loaded += 1;
        let Some(doc) = store.get_layers(&key.id, scan.layers)? else {
            return Ok(None);
        };
        let rows = rows_of(&doc);
        let room = limit - out.len();
        let total = rows.len();
        out.extend(rows.into_iter().take(room));
        if out.len() == limit {
            let next = ArticleCursor {
                key,
                taken: room.min(total),
            };
            return Ok(Some(Some(next.encode())));
        }
        Ok(None)
    };
    let unfiltered = filter.language.is_none() && filter.since.is_none() && filter.until.is_none();
    if let Some(candidates) = scan
        .candidates
        .as_ref()
        .filter(|c| unfiltered && c.len() <= DIRECT_CANDIDATES)
    {
        // Few candidates: read their keys and put them in order, rather than walk the listing.
        let mut keys = store.article_keys(candidates)?;
        keys.sort_by(|a, b| a.listing_cmp(b));
        for key in keys {
            if after.as_ref().is_some_and(|a| key.listing_cmp(a).is_le()) {
                continue;
            }
            if let Some(next) = visit(key)? {
                return Ok((out, next));
            }
        }
        return Ok((out, None));
    }
    // Passing over non-candidates costs one index entry each: list them in larger chunks.
    let chunk_size = if scan.candidates.is_some() { 4096 } else { 64 };
    loop {
        let chunk = store.articles(&ArticleFilter {
            limit: Some(chunk_size),
            after: after.clone(),
            ..filter.clone()
        })?;
        let Some(last) = chunk.last() else {
            return Ok((out, None));
        };
        after = Some(ArticleKey {
            published: last.published.clone(),
            id: last.id.clone(),
        });
        for row in chunk {
            if scan
                .candidates
                .as_ref()
                .is_some_and(|c| !c.contains(&row.id))
            {
                continue;
            }
            let key = ArticleKey {
                published: row.published,
                id: row.id,
            };
            if let Some(next) = visit(key)? {
                return Ok((out, next));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Handlers.

#[utoipa::path(get, path = "/api/health", responses((status = 200, body = Health)))]
async fn health(State(state): State<Arc<AppState>>) -> Result<Json<Health>, ApiError> {
    let articles = state.read(|store| Ok(store.article_count()?)).await?;
    Ok(Json(Health {
        status: "ok".into(),
        articles,
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArticleQuery {
    /// ISO 639-1 code (`fr`, `en`).
    language: Option<String>,
    /// Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).
    since: Option<String>,
    /// Published on or before.
    until: Option<String>,
    /// Page size (default 50, at most 200).
    limit: Option<usize>,
    cursor: Option<String>,
}

#[utoipa::path(get, path = "/api/articles", params(ArticleQuery),
    responses((status = 200, body = ArticlePage), (status = 400, body = ErrorBody)))]
async fn articles(
    State(state): State<Arc<AppState>>,
    Q(q): Q<ArticleQuery>,
) -> Result<Json<ArticlePage>, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    let after = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => Some(
            ArticleCursor::decode(c)
                .ok_or_else(|| {
                    ApiError::bad_request(format!("cursor {c:?} is not one this listing gave"))
                })?
                .key,
        ),
    };
    let filter = ArticleFilter {
        language: q.language,
        since: q.since,
        until: q.until,
        limit: Some(limit + 1),
        after,
    };
    let mut rows = state
        .read(move |store| Ok(store.articles(&filter)?))
        .await?;
    let next = (rows.len() > limit).then(|| {
        let last = &rows[limit - 1];
        ArticleCursor {
            key: ArticleKey {
                published: last.published.clone(),
                id: last.id.clone(),
            },
            taken: 0,
        }
        .encode()
    });
    rows.truncate(limit);
    Ok(Json(ArticlePage {
        items: rows.into_iter().map(Into::into).collect(),
        next_cursor: next,
    }))
}

/// The article with its annotations, the copy and story links.
pub fn article_detail(store: &Store, id: &str) -> Result<ArticleDetail, ApiError> {
    let doc = store
        .get(id)?
        .ok_or_else(|| ApiError::not_found(format!("no article {id}")))?;
    let id = doc.id.to_string();
    Ok(ArticleDetail {
        sources: store.sources(&id)?,
        copy_of: store.copy_of(&id)?.map(|c| c.original),
        story: store.story_of(&id)?,
        annotations: doc.annotation_views(),
        meta: doc.meta.clone(),
        text: doc.text.clone(),
        id,
    })
}

#[utoipa::path(get, path = "/api/articles/{id}", params(("id" = String, Path, description = "Article id or a unique prefix of it")),
    responses((status = 200, body = ArticleDetail), (status = 404, body = ErrorBody)))]
async fn article(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Json<ArticleDetail>, ApiError> {
    Ok(Json(
        state.read(move |store| article_detail(store, &id)).await?,
    ))
}

#[derive(Deserialize, IntoParams, Default, Clone)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Query (words, "phrases", AND/OR/NOT, field:value as `vigie search` takes).
    pub q: String,
    pub language: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Knowledge-base id or CAMEO code of an actor the article must name.
    pub actor: Option<String>,
    pub limit: Option<usize>,
    pub cursor: Option<String>,
}

/// How many of the best matches the facets count.
const FACET_DEPTH: usize = 500;

/// Search with facets: the hits of the page, and counts over the best [`FACET_DEPTH`].
pub fn search_page(store: &Store, q: &SearchParams, limit: usize) -> Result<SearchPage, ApiError> {
    if q.q.trim().is_empty() {
        return Err(ApiError::bad_request("q is empty"));
    }
    if let Some(problem) = store.index_problem() {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the search index cannot be used: {problem}"),
        ));
    }
    let offset = offset_of(&q.cursor)?;
    let query = SearchQuery {
        text: q.q.clone(),
        language: q.language.clone(),
        since: q.since.clone(),
        until: q.until.clone(),
        actor: q.actor.clone(),
        limit: (offset + limit + 1).max(FACET_DEPTH),
        // Only the page's hits are shown with a snippet; the rest feed the facets.
        snippets: Some(offset + limit + 1),
    };
    let (hits, total) = store.search_counted(&query).map_err(|e| match e {
        e @ vigie_store::StoreError::Query { .. } => ApiError::bad_request(e.to_string()),
        other => other.into(),
    })?;
    let facets = facets(store, &hits[..hits.len().min(FACET_DEPTH)])?;
    let (items, next) = page(hits, offset, limit);
    Ok(SearchPage {
        query: q.q.clone(),
        total,
        items: items.into_iter().map(Into::into).collect(),
        facets,
        next_cursor: next,
    })
}

fn counted(map: HashMap<String, usize>, keep: usize) -> Vec<FacetValue> {
    let mut v: Vec<FacetValue> = map
        .into_iter()
        .map(|(value, count)| FacetValue { value, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
    v.truncate(keep);
    v
}

fn facets(store: &Store, hits: &[SearchHit]) -> Result<Facets, ApiError> {
    let mut language = HashMap::new();
    let mut outlet = HashMap::new();
    let mut months: BTreeMap<String, usize> = BTreeMap::new();
    for h in hits {
        *language
            .entry(h.language.clone().unwrap_or_else(|| "-".into()))
            .or_insert(0) += 1;
        if let Some(o) = &h.outlet {
            *outlet.entry(o.clone()).or_insert(0) += 1;
        }
        if let Some(m) = h.published.as_deref().and_then(|p| p.get(..7)) {
            *months.entry(m.to_string()).or_insert(0) += 1;
        }
    }
    // Actors and event roots of the matching articles, one count per article: from the
    // per-article facet rows, or on a store not migrated yet from the annotation rows of
    // those articles (primary key: article id first).
    let mut actor = HashMap::new();
    let mut event_type = HashMap::new();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    if let Some(counts) = store.facet_counts(&ids)? {
        for ((kind, value), n) in counts {
            match kind {
                vigie_store::FacetKind::Actor => actor.insert(value, n),
                vigie_store::FacetKind::EventRoot => event_type.insert(value, n),
            };
        }
    } else {
        count_from_annotations(store, hits, &mut actor, &mut event_type)?;
    }
    Ok(Facets {
        language: counted(language, 20),
        outlet: counted(outlet, 20),
        actor: counted(actor, 20),
        event_type: counted(event_type, 20),
        published: months
            .into_iter()
            .map(|(value, count)| FacetValue { value, count })
            .collect(),
        facet_depth: hits.len(),
    })
}

/// The actor and event-root facets from the annotation rows of each hit (a store older than
/// migration 5).
fn count_from_annotations(
    store: &Store,
    hits: &[SearchHit],
    actor: &mut HashMap<String, usize>,
    event_type: &mut HashMap<String, usize>,
) -> Result<(), ApiError> {
    let conn = store.connection();
    let mut stmt = conn
        .prepare_cached(
            "SELECT layer, json_extract(data, '$.actor'), substr(json_extract(data, '$.cameo'), 1, 2)
             FROM annotations WHERE article_id = ?1 AND layer IN ('mention', 'event')",
        )
        .map_err(ApiError::internal)?;
    for h in hits {
        let mut seen = std::collections::HashSet::new();
        let rows = stmt
            .query_map([&h.id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })
            .map_err(ApiError::internal)?;
        for row in rows {
            let (layer, a, root) = row.map_err(ApiError::internal)?;
            let key = if layer == "mention" { a } else { root };
            if let Some(k) = key {
                if seen.insert((layer.clone(), k.clone())) {
                    let map = if layer == "mention" {
                        &mut *actor
                    } else {
                        &mut *event_type
                    };
                    *map.entry(k).or_insert(0) += 1;
                }
            }
        }
    }
    Ok(())
}

#[utoipa::path(get, path = "/api/search", params(SearchParams),
    responses((status = 200, body = SearchPage), (status = 400, body = ErrorBody), (status = 503, body = ErrorBody)))]
async fn search(
    State(state): State<Arc<AppState>>,
    Q(q): Q<SearchParams>,
) -> Result<Json<SearchPage>, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    Ok(Json(
        state
            .read(move |store| search_page(store, &q, limit))
            .await?,
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActorQuery {
    /// `person`, `country`, `organization`, `armed_group`, `place`…
    #[serde(rename = "type")]
    #[param(rename = "type")]
    entity_type: Option<String>,
    /// Also unlinked names, grouped by form.
    #[serde(default)]
    unlinked: bool,
    limit: Option<usize>,
    cursor: Option<String>,
}

#[utoipa::path(get, path = "/api/actors", params(ActorQuery),
    responses((status = 200, body = ActorPage), (status = 400, body = ErrorBody)))]
async fn actors(
    State(state): State<Arc<AppState>>,
    Q(q): Q<ActorQuery>,
) -> Result<Json<ActorPage>, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    let offset = offset_of(&q.cursor)?;
    let entity_type = match &q.entity_type {
        None => None,
        Some(t) => Some(
            t.parse::<vigie_core::EntityType>()
                .map_err(|_| ApiError::bad_request(format!("unknown actor type {t:?}")))?,
        ),
    };
    let st = state.clone();
    let rows = state
        .read(move |store| {
            // An aggregate over every mention of the store: computed once per store version
            // and depth (see `AppState::cached`).
            let needed = offset + limit + 1;
            let key = format!("actors:{entity_type:?}:{}:{needed}", q.unlinked);
            let rows = st.cached(store, &key, |store| {
                Ok(store.actor_counts(entity_type, q.unlinked, needed)?)
            })?;
            Ok(rows.as_ref().clone())
        })
        .await?;
    let (items, next) = page(rows, offset, limit);
    Ok(Json(ActorPage {
        items: items
            .into_iter()
            .map(|r| ActorSummary {
                actor: r.actor,
                canonical: r.canonical,
                entity_type: r.entity_type,
                mentions: r.mentions,
                articles: r.articles,
            })
            .collect(),
        next_cursor: next,
    }))
}

/// Every spelling of an actor per language, its roles and its timeline of events.
pub fn actor_detail(store: &Store, id: &str) -> Result<ActorDetail, ApiError> {
    let kb = &vigie_actors::shared().kb;
    let known = kb
        .lookup(id)
        .into_iter()
        .find(|a| a.id == id)
        .or_else(|| kb.lookup(id).into_iter().next());
    let key = known.map_or(id.to_string(), |a| a.id.clone());
    let mentions = store.actor_mentions(&key)?;
    if known.is_none() && mentions.is_empty() {
        return Err(ApiError::not_found(format!("no actor {id}")));
    }
    let mut forms: Vec<SurfaceForm> = vigie_store::entities::forms_of(&mentions)
        .into_iter()
        .map(|((language, surface), members)| SurfaceForm {
            language,
            surface,
            mentions: members.len(),
            articles: members
                .iter()
                .map(|&i| mentions[i].article.as_str())
                .collect::<std::collections::HashSet<_>>()
                .len(),
        })
        .collect();
    forms.sort_by(|a, b| {
        a.language
            .cmp(&b.language)
            .then(b.mentions.cmp(&a.mentions))
    });
    let cameo = known.and_then(|a| a.cameo.clone());
    // Events naming the actor by id, or by its own CAMEO code when it has one.
    let mut timeline = Vec::new();
    let (mut as_source, mut as_target) = (0, 0);
    let is = |code: Option<&str>, name: Option<&str>| {
        name == Some(key.as_str()) || (cameo.is_some() && code == cameo.as_deref())
    };
    let is_not = |code: Option<&str>, name: Option<&str>| !is(code, name);
    let entry = |s: vigie_store::StoredEvent, role: &str| {
        let e = s.event;
        TimelineEvent {
            date: e.date.clone().or_else(|| {
                s.published
                    .as_ref()
                    .and_then(|p| p.get(..10))
                    .map(str::to_string)
            }),
            article: s.article,
            role: role.into(),
            source: e.source_code.or(e.source),
            target: e.target_code.or(e.target),
            cameo: e.cameo,
            goldstein: e.goldstein,
            negated: e.negated,
            hypothetical: e.hypothetical.map(|h| h.to_string()),
        }
    };
    // Through the store's index of who each event is between: as the source, then as the
    // target of an event it is not the source of.
    store.for_each_event_between(Some(&is), None, &mut |s| {
        as_source += 1;
        timeline.push(entry(s, "source"));
    })?;
    store.for_each_event_between(Some(&is_not), Some(&is), &mut |s| {
        as_target += 1;
        timeline.push(entry(s, "target"));
    })?;
    timeline.sort_by(|a, b| (&a.date, &a.article).cmp(&(&b.date, &b.article)));
    timeline.truncate(500);
    Ok(ActorDetail {
        canonical: known.map_or(key.clone(), |a| a.canonical().to_string()),
        entity_type: known.map_or("unlinked".into(), |a| a.kind.to_string()),
        actor: key,
        cameo,
        mentions: mentions.len(),
        forms,
        as_source,
        as_target,
        timeline,
    })
}

#[utoipa::path(get, path = "/api/actors/{id}", params(("id" = String, Path, description = "Knowledge-base id, alias or name")),
    responses((status = 200, body = ActorDetail), (status = 404, body = ErrorBody)))]
async fn actor(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Json<ActorDetail>, ApiError> {
    Ok(Json(
        state.read(move |store| actor_detail(store, &id)).await?,
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QuoteQuery {
    /// Speaker (id, name or code; any case or accents).
    speaker: Option<String>,
    language: Option<String>,
    limit: Option<usize>,
    cursor: Option<String>,
}

fn article_cursor(c: &Option<String>) -> Result<Option<ArticleCursor>, ApiError> {
    match c.as_deref() {
        None | Some("") => Ok(None),
        Some(s) => ArticleCursor::decode(s).map(Some).ok_or_else(|| {
            ApiError::bad_request(format!("cursor {s:?} is not one this listing gave"))
        }),
    }
}

#[utoipa::path(get, path = "/api/quotes", params(QuoteQuery),
    responses((status = 200, body = QuotePage), (status = 400, body = ErrorBody)))]
async fn quotes(
    State(state): State<Arc<AppState>>,
    Q(q): Q<QuoteQuery>,
) -> Result<Json<QuotePage>, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    let cursor = article_cursor(&q.cursor)?;
    let filter = ArticleFilter {
        language: q.language.clone(),
        ..ArticleFilter::default()
    };
    let want = q.speaker.clone();
    let (items, next) = state
        .read(move |store| {
            let scan = Scan {
                layers: &[Layer::Mention, Layer::Quote],
                candidates: None,
            };
            rows_by_article(store, &filter, cursor, limit, &scan, |doc| {
                crate::commands::quotes::rows(doc)
                    .into_iter()
                    .filter(|r| {
                        want.as_deref().is_none_or(|w| {
                            actor_has(&r.speaker, &r.speaker_code, w)
                                || actor_has(&r.speaker_name, &r.speaker_text, w)
                        })
                    })
                    .collect()
            })
        })
        .await?;
    Ok(Json(QuotePage {
        items,
        next_cursor: next,
    }))
}

#[derive(Deserialize, IntoParams, Default, Clone)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// Source actor (code, id or name; any case or accents).
    pub source: Option<String>,
    pub target: Option<String>,
    /// CAMEO code or prefix (`19`, `0334`) or PLOVER type (`ASSAULT`).
    pub code: Option<String>,
    /// Event date on or after (YYYY-MM-DD, YYYY-MM or YYYY).
    pub since: Option<String>,
    pub until: Option<String>,
    /// Also hypothetical events (intents, forecasts, conditionals).
    #[serde(default)]
    pub include_hypothetical: bool,
    /// Each event once, with its reports.
    #[serde(default)]
    pub distinct: bool,
    pub limit: Option<usize>,
    pub cursor: Option<String>,
}

impl EventQuery {
    fn keeps(&self, r: &EventRow, table: &CameoTable) -> bool {
        let e = &r.event;
        if !self.include_hypothetical && e.hypothetical.is_some() {
            return false;
        }
        if let Some(w) = &self.source {
            if !actor_has(&e.source, &e.source_code, w) {
                return false;
            }
        }
        if let Some(w) = &self.target {
            if !actor_has(&e.target, &e.target_code, w) {
                return false;
            }
        }
        if let Some(code) = &self.code {
            let plover = e.plover.map(|p| p.to_string()).unwrap_or_default();
            let named = table.get(&e.cameo).is_some();
            if !(e.cameo.starts_with(code.as_str()) || plover.eq_ignore_ascii_case(code))
                || !named && code.is_empty()
            {
                return false;
            }
        }
        let date = e.date.as_deref().or(r.published.as_deref()).unwrap_or("");
        if let Some(s) = &self.since {
            if date.is_empty() || (date < s.as_str() && !date.starts_with(s.as_str())) {
                return false;
            }
        }
        if let Some(u) = &self.until {
            if date.is_empty() || (date > u.as_str() && !date.starts_with(u.as_str())) {
                return false;
            }
        }
        true
    }
}

#[utoipa::path(get, path = "/api/events", params(EventQuery),
    responses((status = 200, description = "A page of events, or with `distinct` of events counted once", content(
        (EventPage = "application/json"),
    )), (status = 400, body = ErrorBody)))]
async fn events(
    State(state): State<Arc<AppState>>,
    Q(q): Q<EventQuery>,
) -> Result<Response, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    if q.distinct {
        let st = state.clone();
        let page = state
            .read(move |store| distinct_page(&st, store, &q, limit))
            .await?;
        return Ok(Json(page).into_response());
    }
    let cursor = article_cursor(&q.cursor)?;
    let (items, next) = state
        .read(move |store| {
            let table = super::state::cameo()?;
            // A CAMEO code names its root: only the articles with an event of that root
            // are read (a PLOVER type spans several roots: no such shortcut).
            let root = q
                .code
                .as_deref()
                .and_then(|c| c.get(..2))
                .filter(|r| r.bytes().all(|b| b.is_ascii_digit()));
            let by_root = match root {
                Some(r) => store.articles_with_event_root(r)?,
                None => None,
            };
            // Those with an event between the actors asked (the store's index of who each
            // event is between).
            let (source_test, target_test) = (
                crate::commands::events::actor_test(q.source.as_deref()),
                crate::commands::events::actor_test(q.target.as_deref()),
            );
            let by_actors = store
                .articles_with_events_between(source_test.as_deref(), target_test.as_deref())?;
            let candidates = match (by_root, by_actors) {
                (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
                (a, b) => a.or(b),
            };
            let scan = Scan {
                layers: &[Layer::Boilerplate, Layer::Event],
                candidates,
            };
            rows_by_article(
                store,
                &ArticleFilter::default(),
                cursor,
                limit,
                &scan,
                |doc| {
                    crate::commands::events::rows(doc)
                        .into_iter()
                        .filter(|r| q.keeps(r, table))
                        .collect()
                },
            )
        })
        .await?;
    Ok(Json(EventPage {
        items,
        next_cursor: next,
    })
    .into_response())
}

/// A page of events counted once (`distinct`), from the query's cursor.
pub fn distinct_page(
    state: &AppState,
    store: &Store,
    q: &EventQuery,
    limit: usize,
) -> Result<DistinctEventPage, ApiError> {
    let offset = offset_of(&q.cursor)?;
    let all = distinct_events(state, store, q)?;
    let (items, next_cursor) = page(all.iter().map(distinct_out), offset, limit);
    Ok(DistinctEventPage { items, next_cursor })
}

/// One group of reports of one event, as computed for `distinct`.
pub struct Group {
    pub reports: Vec<(EventRow, Option<String>)>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub independent: usize,
}

fn distinct_out(g: &Group) -> DistinctEvent {
    DistinctEvent {
        first: g.reports[0].0.clone(),
        first_date: g.first_date.clone(),
        last_date: g.last_date.clone(),
        independent_sources: g.independent,
        reports: g
            .reports
            .iter()
            .map(|(r, copy)| EventReportOut {
                article: r.article.clone(),
                event_id: r.event_id,
                date: r.event.date.clone().or_else(|| r.published.clone()),
                evidence: r.evidence.clone(),
                copy_of: copy.clone(),
            })
            .collect(),
    }
}

/// Events matching `q` counted once (`vigie events --distinct`), over the whole store.
fn distinct_events(
    state: &AppState,
    store: &Store,
    q: &EventQuery,
) -> Result<Vec<Group>, ApiError> {
    let all = state.cached(store, "event-rows", |store| {
        let mut rows = Vec::new();
        store.for_each_document_with(&[Layer::Boilerplate, Layer::Event], &mut |doc| {
            rows.extend(crate::commands::events::rows(&doc));
            Ok(())
        })?;
        rows.sort_by(|a, b| {
            (a.event.date.as_deref(), &a.article, a.span.start).cmp(&(
                b.event.date.as_deref(),
                &b.article,
                b.span.start,
            ))
        });
        Ok(rows)
    })?;
    let table = super::state::cameo()?;
    let kept: Vec<&EventRow> = all.iter().filter(|r| q.keeps(r, table)).collect();
    let mut copies = HashMap::new();
    for r in &kept {
        if !copies.contains_key(&r.article) {
            copies.insert(
                r.article.clone(),
                store.copy_of(&r.article)?.map(|c| c.original),
            );
        }
    }
    let reports: Vec<vigie_analysis::events::EventReport> = kept
        .iter()
        .map(|r| {
            let original = copies[&r.article]
                .clone()
                .unwrap_or_else(|| r.article.clone());
            vigie_analysis::events::EventReport::of_event(
                &r.event,
                r.published.as_deref(),
                r.article.clone(),
                original,
            )
        })
        .collect();
    Ok(vigie_analysis::events::count_once(&reports)
        .into_iter()
        .map(|ev| Group {
            reports: ev
                .reports
                .iter()
                .map(|&i| (kept[i].clone(), copies[&kept[i].article].clone()))
                .collect(),
            first_date: ev.first_date.map(|d| d.to_string()),
            last_date: ev.last_date.map(|d| d.to_string()),
            independent: ev.independent_sources,
        })
        .collect())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StoryQuery {
    /// Stories whose last date is on or after.
    since: Option<String>,
    /// Stories naming this actor id.
    actor: Option<String>,
    limit: Option<usize>,
    cursor: Option<String>,
}

#[utoipa::path(get, path = "/api/stories", params(StoryQuery),
    responses((status = 200, body = StoryPage), (status = 400, body = ErrorBody)))]
async fn stories(
    State(state): State<Arc<AppState>>,
    Q(q): Q<StoryQuery>,
) -> Result<Json<StoryPage>, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    let offset = offset_of(&q.cursor)?;
    let rows = state
        .read(move |store| {
            Ok(store.stories(&vigie_store::stories::StoryFilter {
                since: q.since,
                actor: q.actor,
                limit: Some(offset + limit + 1),
            })?)
        })
        .await?;
    let (items, next_cursor) = page(rows, offset, limit);
    Ok(Json(StoryPage { items, next_cursor }))
}

#[utoipa::path(get, path = "/api/stories/{id}", params(("id" = String, Path, description = "Story id or a unique prefix")),
    responses((status = 200, description = "The story, its actors and articles (copies marked)", body = Object), (status = 404, body = ErrorBody)))]
async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let detail = state
        .read(move |store| {
            store
                .story(&id)?
                .ok_or_else(|| ApiError::not_found(format!("no story {id}")))
        })
        .await?;
    Ok(Json(detail).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ClaimQuery {
    /// Either side's source or target (code or name) contains this.
    actor: Option<String>,
    limit: Option<usize>,
    cursor: Option<String>,
}

/// The store's statements and the pairs of them in tension.
pub type ClaimsInTension = (Vec<Statement>, Vec<Tension>);

/// Every pair in tension in the store, computed once per store version.
pub fn all_claims(state: &AppState, store: &Store) -> Result<Arc<ClaimsInTension>, ApiError> {
    state.cached(store, "claims", |store| {
        Ok(crate::commands::contradictions::in_tension(store)?)
    })
}

pub fn claim_pairs(all: &(Vec<Statement>, Vec<Tension>), actor: Option<&str>) -> Vec<ClaimPair> {
    let (statements, tensions) = all;
    tensions
        .iter()
        .filter(|t| {
            actor.is_none_or(|w| {
                crate::commands::contradictions::mentions_actor(&statements[t.a], w)
                    || crate::commands::contradictions::mentions_actor(&statements[t.b], w)
            })
        })
        .map(|t| ClaimPair {
            rule: t.rule.as_str().to_string(),
            reason: t.reason.clone(),
            source: t.source.clone(),
            target: t.target.clone(),
            act: t.act.clone(),
            referents_differ: t.referents_differ,
            a: statements[t.a].clone(),
            b: statements[t.b].clone(),
        })
        .collect()
}

#[utoipa::path(get, path = "/api/claims", params(ClaimQuery),
    responses((status = 200, body = ClaimPage), (status = 400, body = ErrorBody)))]
async fn claims(
    State(state): State<Arc<AppState>>,
    Q(q): Q<ClaimQuery>,
) -> Result<Json<ClaimPage>, ApiError> {
    let limit = limit_of(&state, q.limit)?;
    let offset = offset_of(&q.cursor)?;
    let st = state.clone();
    let (items, next_cursor) = state
        .read(move |store| {
            let all = all_claims(&st, store)?;
            Ok(page(claim_pairs(&all, q.actor.as_deref()), offset, limit))
        })
        .await?;
    Ok(Json(ClaimPage { items, next_cursor }))
}

#[derive(Deserialize, IntoParams, Clone, Default)]
#[into_params(parameter_in = Query)]
pub struct TrendQuery {
    /// Source actor (code, id or name).
    pub source: Option<String>,
    pub target: Option<String>,
    /// `day` or `week` (default).
    pub by: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The trend of a pair (`vigie trend`).
pub fn trend_of(store: &Store, q: &TrendQuery) -> Result<TrendOut, ApiError> {
    let by = match q.by.as_deref() {
        None | Some("week") => Period::Week,
        Some("day") => Period::Day,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "by must be day or week, not {other:?}"
            )))
        }
    };
    let table = super::state::cameo()?;
    let (reports, _) =
        crate::commands::trend::reports(store, table, q.source.as_deref(), q.target.as_deref())?;
    let opts = TrendOptions {
        by,
        since: q
            .since
            .as_deref()
            .and_then(crate::commands::trend::first_day),
        until: q
            .until
            .as_deref()
            .and_then(crate::commands::trend::last_day),
    };
    let trend = trends::trend(&reports, opts);
    Ok(TrendOut {
        source: q.source.clone(),
        target: q.target.clone(),
        by: if by == Period::Day { "day" } else { "week" }.into(),
        rows: trend.rows,
        undated: trend.undated,
    })
}

#[utoipa::path(get, path = "/api/trends", params(TrendQuery),
    responses((status = 200, body = TrendOut), (status = 400, body = ErrorBody)))]
async fn trend(
    State(state): State<Arc<AppState>>,
    Q(q): Q<TrendQuery>,
) -> Result<Json<TrendOut>, ApiError> {
    Ok(Json(state.read(move |store| trend_of(store, &q)).await?))
}

/// The alerts of the latest week, computed once per store version.
pub fn current_alerts(state: &AppState, store: &Store) -> Result<Arc<Vec<Alert>>, ApiError> {
    state.cached(store, "alerts", |store| {
        let table = super::state::cameo()?;
        let (reports, _) = crate::commands::trend::reports(store, table, None, None)?;
        Ok(alerts::alerts(&reports, AlertRules::default()))
    })
}

#[utoipa::path(get, path = "/api/alerts", responses((status = 200, body = AlertList)))]
async fn alerts_list(State(state): State<Arc<AppState>>) -> Result<Json<AlertList>, ApiError> {
    let st = state.clone();
    let items = state
        .read(move |store| Ok(current_alerts(&st, store)?.as_ref().clone()))
        .await?;
    Ok(Json(AlertList { items }))
}

#[utoipa::path(post, path = "/api/ingest",
    request_body(content = String, description = "One article as a JSON object (`text`, `title`, `url`, `published`, `outlet`…) with `Content-Type: application/json`, or JSON Lines (`application/x-ndjson`)"),
    responses((status = 200, body = IngestSummary), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody)),
    security(("bearer" = [])))]
async fn ingest(
    State(state): State<Arc<AppState>>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<IngestSummary>, ApiError> {
    if !state.allow_ingest {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest over HTTP is off: start `vigie serve --allow-ingest --token TOKEN`",
        ));
    }
    let json = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    // One JSON object (possibly pretty-printed) becomes one line; JSON Lines go as they are.
    let lines = if json {
        let value: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| ApiError::bad_request(format!("the body is not JSON: {e}")))?;
        if !value.is_object() {
            return Err(ApiError::bad_request(
                "the body must be one JSON object (an article)",
            ));
        }
        let mut l = serde_json::to_vec(&value).map_err(ApiError::internal)?;
        l.push(b'\n');
        l
    } else {
        body.to_vec()
    };
    let _one_at_a_time = state.ingest_lock.lock().await;
    let data_dir = state.data_dir.clone();
    let summary = tokio::task::spawn_blocking(move || -> anyhow::Result<IngestSummary> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("request.jsonl");
        std::fs::write(&path, &lines)?;
        let mut store = vigie_store::Store::open_writer(&data_dir, true)?;
        let pipeline = std::sync::Arc::new(vigie_pipeline::standard());
        let s = crate::commands::ingest::ingest(
            &mut store,
            pipeline,
            vec![path],
            &crate::commands::ingest::IngestOptions::default(),
        )?;
        Ok(IngestSummary {
            ingested: s.ingested,
            already_present: s.already_present,
            failed: s.failed,
            failures: s
                .failures
                .iter()
                .map(|f| {
                    format!(
                        "{}: {}",
                        f.source.replace(&*dir.path().to_string_lossy(), "request"),
                        f.reason
                    )
                })
                .collect(),
        })
    })
    .await
    .map_err(ApiError::internal)??;
    state.forget_readers();
    Ok(Json(summary))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "vigie", description = "Conflict news as a database: articles, actors, quotes, events (CAMEO/PLOVER), stories, claims in tension, trends and alerts. Every fact points back to its words (byte and character offsets)."),
    paths(health, articles, article, search, actors, actor, quotes, events, stories, story, claims, trend, alerts_list, ingest),
    components(schemas(ErrorBody, Span, Annotation, Quote, Event, Story, ClaimStatement, Counts, TrendPeriod, AlertOut, DistinctEventPage)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

async fn openapi_json() -> Response {
    match ApiDoc::openapi().to_json() {
        Ok(s) => ([(axum::http::header::CONTENT_TYPE, "application/json")], s).into_response(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_cursors_round_trip_with_and_without_a_date() {
        for c in [
            ArticleCursor {
                key: ArticleKey {
                    published: Some("2026-11-04T08:00:00+01:00".into()),
                    id: "ab12".into(),
                },
                taken: 3,
            },
            ArticleCursor {
                key: ArticleKey {
                    published: None,
                    id: "cd34".into(),
                },
                taken: 0,
            },
        ] {
            assert_eq!(ArticleCursor::decode(&c.encode()), Some(c));
        }
        assert_eq!(ArticleCursor::decode("o12"), None);
    }

    #[test]
    fn pages_cut_and_point_to_the_next() {
        let (items, next) = page(0..5, 0, 2);
        assert_eq!(items, vec![0, 1]);
        assert_eq!(next.as_deref(), Some("o2"));
        let (items, next) = page(0..5, 4, 2);
        assert_eq!(items, vec![4]);
        assert_eq!(next, None);
        assert_eq!(offset_of(&Some("o7".into())).unwrap(), 7);
        assert!(offset_of(&Some("x".into())).is_err());
    }

    #[test]
    fn the_openapi_document_names_every_endpoint() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        for path in [
            "/api/articles",
            "/api/articles/{id}",
            "/api/search",
            "/api/actors/{id}",
            "/api/quotes",
            "/api/events",
            "/api/stories",
            "/api/claims",
            "/api/trends",
            "/api/alerts",
            "/api/ingest",
        ] {
            assert!(doc["paths"].get(path).is_some(), "{path} missing");
        }
    }
}
