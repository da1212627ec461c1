//! The routes and what every request passes through: the host check and security
//! headers, the CSRF cookie, and the bound on bodies.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{get, post};

use crate::db::Store;
use crate::security::Hosts;
use crate::{Config, csrf, handlers};

/// What the handlers share.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    pub store: Store,
    pub max_roster_bytes: usize,
    max_body_bytes: usize,
    hosts: Hosts,
}

impl AppState {
    pub(crate) fn new(store: Store, config: &Config, addr: SocketAddr) -> Self {
        Self {
            store,
            max_roster_bytes: config.max_roster_bytes,
            max_body_bytes: config.max_body_bytes,
            hosts: Hosts::for_addr(addr),
        }
    }
}

const STYLE: &str = include_str!("../static/style.css");
const SCRIPT: &str = include_str!("../static/app.js");

fn asset(body: &'static str, media_type: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(media_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
}

pub(crate) fn router(state: AppState) -> Router {
    let roster_limit = state.max_roster_bytes.saturating_add(64 * 1024);
    let hosts = state.hosts.clone();
    let body_limit = state.max_body_bytes;
    let matching = Router::new()
        .route(
            "/{lang}/drafts/{id}/match",
            get(handlers::match_page).post(handlers::match_run),
        )
        .layer(DefaultBodyLimit::max(roster_limit));
    Router::new()
        .route("/", get(handlers::root))
        .route(
            "/static/style.css",
            get(|| async { asset(STYLE, "text/css; charset=utf-8") }),
        )
        .route(
            "/static/app.js",
            get(|| async { asset(SCRIPT, "text/javascript; charset=utf-8") }),
        )
        .route("/{lang}/", get(handlers::start))
        .route("/{lang}/assess", post(handlers::assess))
        .route("/{lang}/drafts", post(handlers::create))
        .route(
            "/{lang}/drafts/{id}",
            get(handlers::compose).post(handlers::save),
        )
        .route("/{lang}/drafts/{id}/delete", post(handlers::delete))
        .route(
            "/{lang}/drafts/{id}/preview/{language}",
            get(handlers::preview),
        )
        .route(
            "/{lang}/drafts/{id}/download/{name}",
            get(handlers::download),
        )
        .layer(DefaultBodyLimit::max(body_limit))
        .merge(matching)
        .fallback(handlers::not_found)
        .layer(middleware::from_fn(csrf::ensure_cookie))
        .layer(middleware::from_fn_with_state(
            hosts,
            crate::security::guard,
        ))
        .with_state(state)
}
