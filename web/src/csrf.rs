//! CSRF tokens: a random token in a `SameSite=Strict`, `HttpOnly` cookie, which every
//! form that changes state sends back in a hidden field (the double-submit pattern). A
//! page of another site can neither read the cookie nor make the browser send it.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The cookie's name.
pub(crate) const COOKIE: &str = "peerwork_csrf";

/// The token of the request's browser, for the forms of the page.
#[derive(Debug, Clone)]
pub(crate) struct Token(pub String);

/// A new random token: 32 bytes, as hex.
fn new_token() -> Option<String> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().fold(String::with_capacity(64), |mut hex, b| {
        use core::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
        hex
    }))
}

fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The token the request's cookie holds.
fn from_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == COOKIE && is_token(value))
        .map(|(_, value)| value.to_owned())
}

/// Gives every request its browser's token, setting the cookie where it is missing.
pub(crate) async fn ensure_cookie(mut request: Request, next: Next) -> Response {
    let existing = from_cookie(request.headers());
    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (new_token().unwrap_or_default(), true),
    };
    request.extensions_mut().insert(Token(token.clone()));
    let mut response = next.run(request).await;
    if fresh && !token.is_empty() {
        let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Whether `sent`, the token a form sent, is the browser's token. Compares in time
/// that does not depend on where the two differ.
pub(crate) fn matches(token: &Token, sent: &str) -> bool {
    let expected = token.0.as_bytes();
    let sent = sent.as_bytes();
    !expected.is_empty()
        && expected.len() == sent.len()
        && expected
            .iter()
            .zip(sent)
            .fold(0_u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_compare_exactly() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert!(is_token(&a) && is_token(&b));
        assert_ne!(a, b);
        let token = Token(a.clone());
        assert!(matches(&token, &a));
        assert!(!matches(&token, &b));
        assert!(!matches(&token, ""));
        assert!(!matches(&Token(String::new()), ""));
    }

    #[test]
    fn the_cookie_is_read_among_others() {
        let token = "ab".repeat(32);
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("other=1; {COOKIE}={token}")).unwrap(),
        );
        assert_eq!(from_cookie(&headers), Some(token));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("peerwork_csrf=short"),
        );
        assert_eq!(from_cookie(&headers), None);
    }
}
