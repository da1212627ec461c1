//! The headers every response carries, and the check that a request names the builder's
//! own host (a page elsewhere cannot reach a loopback server through a DNS name it
//! controls).

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// No script but the app's own file, no inline script or style, no plug-ins, no
/// framing, forms only to the app.
pub(crate) const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; \
     base-uri 'none'; frame-ancestors 'none'";

/// The `Host` values a request may carry: the bound address, and for a loopback address
/// also `localhost`. Empty when the builder listens on every address (`0.0.0.0`), where
/// any name may lead to it.
#[derive(Debug, Clone)]
pub(crate) struct Hosts(pub Arc<Vec<String>>);

impl Hosts {
    pub(crate) fn for_addr(addr: std::net::SocketAddr) -> Self {
        let mut hosts = Vec::new();
        if !addr.ip().is_unspecified() {
            hosts.push(addr.to_string());
            if addr.ip().is_loopback() {
                hosts.push(format!("localhost:{}", addr.port()));
            }
        }
        Self(Arc::new(hosts))
    }
}

/// Refuses a request for another host; adds the security headers to every response.
pub(crate) async fn guard(State(hosts): State<Hosts>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mut response = if hosts.0.is_empty() || hosts.0.contains(&host) {
        next.run(request).await
    } else {
        (StatusCode::MISDIRECTED_REQUEST, "unknown host").into_response()
    };
    let headers = response.headers_mut();
    let fixed = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers.insert(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}
