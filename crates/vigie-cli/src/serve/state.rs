//! What every request shares: read-only stores in a pool, whole-store answers cached until the
//! store changes, the limits, and the error type every handler answers with.
//!
//! Queries run on tokio's blocking threads (SQLite and tantivy block), each under the query
//! time limit: past it the client gets 503 while the query finishes in the background.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use vigie_store::Store;

/// Bounds on what one request may ask.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_body: usize,
    pub query_time: Duration,
    /// Largest page of any listing.
    pub max_page: usize,
    /// Page size when the client names none.
    pub default_page: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: 16 * 1024 * 1024,
            query_time: Duration::from_secs(10),
            max_page: 200,
            default_page: 50,
        }
    }
}

/// Most whole-store answers kept at once.
const MAX_CACHED: usize = 64;

/// How long an idle reader is reused: a fresh one sees the index as the last ingest left it.
const READER_TTL: Duration = Duration::from_secs(5);

/// (what was computed, the store version it was computed at, the answer).
type CachedAnswer = (String, u64, Arc<dyn std::any::Any + Send + Sync>);

pub struct AppState {
    pub data_dir: PathBuf,
    pub token: Option<String>,
    pub allow_ingest: bool,
    pub limits: Limits,
    idle: Mutex<Vec<(Store, Instant)>>,
    /// Answers computed over the whole store, with the store version they were computed at.
    cache: Mutex<Vec<CachedAnswer>>,
    /// The whole-store answers being computed now, with the store version.
    computing: Mutex<std::collections::HashSet<(String, u64)>>,
    /// One ingest at a time (the store has one writer).
    pub ingest_lock: tokio::sync::Mutex<()>,
}

impl AppState {
    /// Checks that the store exists (unless ingest may create it) and can be read.
    pub fn new(
        data_dir: &Path,
        token: Option<String>,
        allow_ingest: bool,
        limits: Limits,
    ) -> anyhow::Result<AppState> {
        let state = AppState {
            data_dir: data_dir.to_path_buf(),
            token,
            allow_ingest,
            limits,
            idle: Mutex::new(Vec::new()),
            cache: Mutex::new(Vec::new()),
            computing: Mutex::new(std::collections::HashSet::new()),
            ingest_lock: tokio::sync::Mutex::new(()),
        };
        if !allow_ingest || data_dir.join("vigie.sqlite").is_file() {
            let store = crate::commands::open_for_reading(data_dir)?;
            if let Some(problem) = store.index_problem() {
                crate::diag!("warning: search index: {problem} (search answers 503 until `vigie ingest` rebuilds it)");
            }
            state.give_back(store);
        }
        Ok(state)
    }

    fn take(&self) -> Result<Store, ApiError> {
        let reused = {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
            idle.retain(|(_, at)| at.elapsed() < READER_TTL);
            idle.pop()
        };
        match reused {
            Some((store, _)) => Ok(store),
            None => Store::open_reader(&self.data_dir).map_err(|e| match e {
                vigie_store::StoreError::NoStore { .. } => ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the store is empty: nothing was ingested yet",
                ),
                other => ApiError::internal(other),
            }),
        }
    }

    fn give_back(&self, store: Store) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < 8 {
            idle.push((store, Instant::now()));
        }
    }

    /// Drops the idle readers, so the next request sees what an ingest just wrote.
    pub fn forget_readers(&self) {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Runs `f` on a read-only store on a blocking thread, within the query time limit.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        let task = tokio::task::spawn_blocking(move || {
            let store = state.take()?;
            // One read transaction per request: a consistent snapshot across its queries, and
            // one lock taken instead of one per statement (a search reads hundreds of rows).
            let conn = store.connection();
            let in_transaction = conn.execute_batch("BEGIN").is_ok();
            let out = f(&store);
            if in_transaction {
                let _ = store.connection().execute_batch("COMMIT");
            }
            state.give_back(store);
            out
        });
        match tokio::time::timeout(self.limits.query_time, task).await {
            Err(_) => Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the query took longer than {:.1} s: narrow it (filters, dates)",
                    self.limits.query_time.as_secs_f64()
                ),
            )),
            Ok(Err(join)) => Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                if join.is_panic() {
                    "internal error: the query failed unexpectedly".to_string()
                } else {
                    "internal error: the query was cancelled".to_string()
                },
            )),
            Ok(Ok(out)) => out,
        }
    }

    /// An answer computed over the whole store, reused while the store is unchanged (same
    /// number of articles and index generation). One computation per answer at a time: while
    /// one runs (it goes on past a request's time limit, and fills the cache when done), other
    /// requests for it get 503 at once instead of starting their own, so a slow answer on a
    /// large store cannot take every core.
    pub fn cached<T>(
        &self,
        store: &Store,
        key: &str,
        compute: impl FnOnce(&Store) -> Result<T, ApiError>,
    ) -> Result<Arc<T>, ApiError>
    where
        T: Send + Sync + 'static,
    {
        let version = store_version(store)?;
        {
            let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((_, _, v)) = cache.iter().find(|(k, at, _)| k == key && *at == version) {
                if let Ok(v) = v.clone().downcast::<T>() {
                    return Ok(v);
                }
            }
        }
        let running = (key.to_string(), version);
        if !self
            .computing
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(running.clone())
        {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "this answer is being computed over the whole store: try again in a moment",
            ));
        }
        let computed = compute(store);
        self.computing
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&running);
        let value = Arc::new(computed?);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.retain(|(k, _, _)| k != key);
        // Keyed answers (per page depth, per filter) are few but not bounded: keep the latest.
        if cache.len() >= MAX_CACHED {
            cache.remove(0);
        }
        cache.push((key.to_string(), version, value.clone()));
        Ok(value)
    }
}

/// A number that changes whenever an ingest adds articles: the largest article rowid and the
/// index generation (both read in constant time).
fn store_version(store: &Store) -> Result<u64, ApiError> {
    let conn = store.connection();
    let rowid: i64 = conn
        .query_row("SELECT COALESCE(MAX(rowid), 0) FROM articles", [], |r| {
            r.get(0)
        })
        .map_err(ApiError::internal)?;
    let generation: i64 = conn
        .query_row(
            "SELECT CAST(value AS INTEGER) FROM store_meta WHERE key = 'index_generation'",
            [],
            |r| r.get(0),
        )
        .unwrap_or(0);
    Ok(((rowid as u64) << 20) ^ generation as u64)
}

/// An error as the client sees it: a status code and a message, as JSON
/// (`{"error": {"status": 404, "message": "…"}}`).
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    pub status: u16,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// A failure of the server's own: logged in full, answered in short.
    pub fn internal(e: impl std::fmt::Display) -> ApiError {
        crate::diag!("error: {e}");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error: {e}"),
        )
    }

    fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                status: self.status.as_u16(),
                message: self.message.clone(),
            },
        }
    }
}

impl From<vigie_store::StoreError> for ApiError {
    fn from(e: vigie_store::StoreError) -> ApiError {
        match e {
            vigie_store::StoreError::AmbiguousId(p) => {
                ApiError::bad_request(format!("id prefix {p:?} names several articles"))
            }
            other => ApiError::internal(other),
        }
    }
}

impl From<vigie_events::Error> for ApiError {
    fn from(e: vigie_events::Error) -> ApiError {
        ApiError::internal(e)
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> ApiError {
        ApiError::internal(format!("{e:#}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(self.body())).into_response()
    }
}

/// The token check: every request carries the token when one is set, as a bearer header or,
/// for pages opened in a browser, `?token=`. The static files need none.
pub async fn authorize(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let Some(token) = &state.token else {
        return next.run(req).await;
    };
    let path = req.uri().path();
    if path.starts_with("/static/") {
        return next.run(req).await;
    }
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let query = req
        .uri()
        .query()
        .unwrap_or("")
        .split('&')
        .find_map(|kv| kv.strip_prefix("token="));
    if bearer == Some(token.as_str()) || query == Some(token.as_str()) {
        return next.run(req).await;
    }
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "a token is required: Authorization: Bearer TOKEN",
    )
    .into_response()
}

/// What a panicking handler answers: 500 as JSON, never a dropped connection.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    crate::diag!("error: a request handler panicked");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error: the request failed unexpectedly",
    )
    .into_response()
}

/// The CAMEO table, read once for the server's life (every event listing and trend reads it).
pub fn cameo() -> Result<&'static vigie_events::CameoTable, ApiError> {
    static TABLE: std::sync::OnceLock<vigie_events::CameoTable> = std::sync::OnceLock::new();
    if let Some(t) = TABLE.get() {
        return Ok(t);
    }
    let table = vigie_events::CameoTable::load().map_err(ApiError::internal)?;
    Ok(TABLE.get_or_init(|| table))
}
