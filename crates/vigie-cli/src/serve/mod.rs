//! `vigie serve`: the store over HTTP, for analysts (web pages) and for other programs (a JSON
//! API with an OpenAPI document), from the same binary and the same store as the CLI.
//!
//! - [`api`]: the JSON endpoints under `/api`, each a thin handler over what the CLI's commands
//!   read (the same row builders, so both answer alike), documented by `utoipa` at
//!   `/openapi.json`.
//! - [`pages`]: server-rendered HTML (maud templates compiled in, SVG charts drawn here, one
//!   small hand-written script); nothing is fetched from elsewhere, so the page works offline.
//! - [`state`]: the shared state: a pool of read-only stores, the answers that need the whole
//!   store (claims in tension, alerts, active pairs) cached until the store changes, and the
//!   limits.
//!
//! Safety by default: it binds loopback; a bind beyond loopback needs a token (or `--insecure`,
//! with a warning); ingest over HTTP is off unless `--allow-ingest`, and then needs the token.
//! Every error reaches the client as JSON (API) or an HTML page with its status code; a panic
//! in a handler is caught and answered 500, never a dropped connection.

pub mod api;
mod chart;
pub mod pages;
mod state;

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Router;

pub use state::AppState;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on. Anything beyond loopback needs `--token` (or `--insecure`).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Bearer token every request must carry (`Authorization: Bearer TOKEN`, or `?token=` on
    /// the pages); required for `--allow-ingest` and for a bind beyond loopback.
    #[arg(long, env = "VIGIE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Accept `POST /api/ingest` (one article as JSON, or JSON Lines). Needs `--token`.
    #[arg(long)]
    pub allow_ingest: bool,
    /// Serve beyond loopback without a token. Anyone who reaches the port reads the store.
    #[arg(long)]
    pub insecure: bool,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_body: usize,
    /// Longest time one query may take before the client gets 503, in seconds.
    #[arg(long, default_value_t = 10.0)]
    pub query_seconds: f64,
}

/// Refuses what would expose the store by accident: ingest without a token, or a bind beyond
/// loopback without a token unless `--insecure`.
pub fn check_exposure(args: &Args) -> anyhow::Result<()> {
    if args.allow_ingest && args.token.is_none() {
        anyhow::bail!(
            "--allow-ingest needs --token (or VIGIE_TOKEN): ingest over HTTP writes the store"
        );
    }
    if !args.bind.ip().is_loopback() && args.token.is_none() {
        if !args.insecure {
            anyhow::bail!(
                "--bind {} is beyond loopback: give --token (or VIGIE_TOKEN), or --insecure to serve \
                 the store to anyone who reaches the port",
                args.bind
            );
        }
        crate::diag!(
            "warning: serving {} beyond loopback without a token (--insecure): anyone who reaches \
             the port can read the store",
            args.bind
        );
    }
    Ok(())
}

/// The whole application: API, OpenAPI document, pages and static files, with the limits.
pub fn router(state: Arc<AppState>) -> Router {
    let max_body = state.limits.max_body;
    Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            state::authorize,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            state::panic_response,
        ))
        .with_state(state)
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    check_exposure(&args)?;
    let state = Arc::new(AppState::new(
        data_dir,
        args.token.clone(),
        args.allow_ingest,
        state::Limits {
            max_body: args.max_body,
            query_time: Duration::from_secs_f64(args.query_seconds.max(0.1)),
            ..state::Limits::default()
        },
    )?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the HTTP runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.bind)
            .await
            .with_context(|| format!("cannot listen on {}", args.bind))?;
        let addr = listener.local_addr()?;
        // The one line a script waits for (the port when `--bind 127.0.0.1:0`).
        crate::diag!(
            "vigie serve: listening on http://{addr}/ (store {})",
            data_dir.display()
        );
        axum::serve(listener, router(state))
            .with_graceful_shutdown(shutdown())
            .await
            .context("serving HTTP")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Resolves on Ctrl-C or SIGTERM: requests in flight finish, then the server stops.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
