//! The handlers: small functions from a request to a page, a redirect or a file. Every
//! POST checks the CSRF token first; every change is one transaction, run off the async
//! workers; every change answers with a redirect (post-redirect-get).

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{Markup, html};
use peerwork::{JobDescription, Language, Profile};
use serde::Deserialize;

use crate::app::AppState;
use crate::csrf::{self, Token};
use crate::db::{Saved, Store};
use crate::download::Download;
use crate::form::{self, Form, TooManyFields};
use crate::form_read::read;
use crate::form_write;
use crate::i18n::T;
use crate::views::{self, layout};

/// A page's language from its path: `fi`, `sv` or `en`.
pub(crate) fn language(code: &str) -> Result<Language, Response> {
    match code {
        "fi" | "sv" | "en" => code.parse().map_err(|_| not_found_in(Language::Finnish)),
        _ => Err(not_found_in(Language::Finnish)),
    }
}

pub(crate) fn error_page(ui: Language, status: StatusCode, text: T) -> Response {
    let body = html! {
        h1 { (T::ErrorTitle.get(ui)) }
        p { (text.get(ui)) }
        p { a href=(format!("/{}/", ui.code())) { (T::BackToStart.get(ui)) } }
    };
    (status, layout::page(ui, T::ErrorTitle.get(ui), "", &body)).into_response()
}

fn not_found_in(ui: Language) -> Response {
    error_page(ui, StatusCode::NOT_FOUND, T::ErrorNotFound)
}

pub(crate) async fn not_found() -> Response {
    not_found_in(Language::Finnish)
}

/// Runs `work` on the database off the async workers.
pub(crate) async fn db<R: Send + 'static>(
    ui: Language,
    store: &Store,
    work: impl FnOnce(&Store) -> Result<R, rusqlite::Error> + Send + 'static,
) -> Result<R, Response> {
    let store = store.clone();
    match tokio::task::spawn_blocking(move || work(&store)).await {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(err)) => {
            eprintln!("database: {err}");
            Err(error_page(
                ui,
                StatusCode::SERVICE_UNAVAILABLE,
                T::ErrorStorage,
            ))
        }
        Err(_) => Err(error_page(
            ui,
            StatusCode::INTERNAL_SERVER_ERROR,
            T::ErrorStorage,
        )),
    }
}

/// Reads a form body whose CSRF token is the browser's; the error is the page to
/// answer with.
fn read_form(ui: Language, token: &Token, body: &[u8]) -> Result<Form, Response> {
    let (form, sent) = Form::from_urlencoded(body)
        .map_err(|TooManyFields| error_page(ui, StatusCode::PAYLOAD_TOO_LARGE, T::ErrorTooLarge))?;
    if csrf::matches(token, &sent) {
        Ok(form)
    } else {
        Err(error_page(ui, StatusCode::FORBIDDEN, T::ErrorCsrf))
    }
}

/// `/`: the start page in the language the browser prefers.
pub(crate) async fn root(headers: HeaderMap) -> Redirect {
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let code = accepted
        .split(',')
        .map(|part| part.trim().get(..2).unwrap_or_default())
        .find(|code| matches!(*code, "fi" | "sv" | "en"))
        .unwrap_or("fi");
    Redirect::to(&format!("/{code}/"))
}

#[derive(Deserialize)]
pub(crate) struct Search {
    #[serde(default)]
    q: String,
}

pub(crate) async fn start(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path(lang): Path<String>,
    Query(search): Query<Search>,
) -> Result<Markup, Response> {
    let ui = language(&lang)?;
    let query: String = search.q.chars().take(200).collect();
    let q = query.clone();
    let drafts = db(ui, &state.store, move |store| store.list(&q)).await?;
    Ok(views::start::page(ui, &token.0, &drafts, &query))
}

/// The form a new draft starts with: `profile:<id>`, `empty`, or `copy` of a draft.
async fn starting_form(ui: Language, state: &AppState, form: &Form) -> Result<Form, Response> {
    let today = form_write::today();
    let from = form.get("from");
    if let Some(id) = from.strip_prefix("profile:") {
        let profile: Profile = id.parse().map_err(|_| not_found_in(ui))?;
        let job = JobDescription::vantaa_pilot(profile)
            .build()
            .map_err(|_| error_page(ui, StatusCode::INTERNAL_SERVER_ERROR, T::ErrorBadForm))?;
        let mut form = form_write::from_job(&job, None);
        if let Some(today) = today {
            form.set("details.date_posted", today.to_string());
        }
        return Ok(form);
    }
    match from {
        "copy" => {
            let id: i64 = form.get("copy").parse().map_err(|_| not_found_in(ui))?;
            let draft = db(ui, &state.store, move |store| store.get(id)).await?;
            draft
                .map(|draft| Form::from_json(&draft.form))
                .ok_or_else(|| not_found_in(ui))
        }
        _ => Ok(form_write::empty(ui, today)),
    }
}

pub(crate) async fn create(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path(lang): Path<String>,
    body: Bytes,
) -> Result<Redirect, Response> {
    let ui = language(&lang)?;
    let request = read_form(ui, &token, &body)?;
    let form = starting_form(ui, &state, &request).await?;
    let title = form::title(&form, ui);
    let json = form.to_json();
    let id = db(ui, &state.store, move |store| store.create(&title, &json)).await?;
    Ok(Redirect::to(&format!("/{}/drafts/{id}", ui.code())))
}

async fn load(
    ui: Language,
    state: &AppState,
    id: i64,
) -> Result<(crate::db::Draft, Form), Response> {
    let draft = db(ui, &state.store, move |store| store.get(id))
        .await?
        .ok_or_else(|| not_found_in(ui))?;
    let form = Form::from_json(&draft.form);
    Ok((draft, form))
}

/// `?from=<id>`: the draft was saved as a new one, apart from draft `id`.
#[derive(Deserialize)]
pub(crate) struct CopiedFrom {
    from: Option<i64>,
}

pub(crate) async fn compose(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path((lang, id)): Path<(String, i64)>,
    Query(copied): Query<CopiedFrom>,
) -> Result<Markup, Response> {
    let ui = language(&lang)?;
    let (draft, form) = load(ui, &state, id).await?;
    let reading = read(&form);
    Ok(views::compose::page(
        ui,
        &token.0,
        &draft,
        copied.from,
        &form,
        &reading,
    ))
}

pub(crate) async fn save(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path((lang, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Redirect, Response> {
    let ui = language(&lang)?;
    let mut form = read_form(ui, &token, &body)?;
    // The revision the page was opened at, so that a save from a page opened before
    // another save does not overwrite it.
    let seen = form.take("revision").and_then(|r| r.parse::<i64>().ok());
    let title = form::title(&form, ui);
    let json = form.to_json();
    let saved = db(ui, &state.store, move |store| {
        store.save(id, seen, &title, &json)
    })
    .await?;
    match saved {
        Saved::InPlace => Ok(Redirect::to(&format!("/{}/drafts/{id}#panel", ui.code()))),
        Saved::AsNewDraft(copy) => Ok(Redirect::to(&format!(
            "/{}/drafts/{copy}?from={id}",
            ui.code()
        ))),
        Saved::NoSuchDraft => Err(not_found_in(ui)),
    }
}

pub(crate) async fn delete(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path((lang, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Redirect, Response> {
    let ui = language(&lang)?;
    read_form(ui, &token, &body)?;
    db(ui, &state.store, move |store| store.delete(id)).await?;
    Ok(Redirect::to(&format!("/{}/", ui.code())))
}

/// Compose, assess, render: the live panel for the form as it stands, without saving.
pub(crate) async fn assess(
    Extension(token): Extension<Token>,
    Path(lang): Path<String>,
    body: Bytes,
) -> Result<Html<String>, Response> {
    let ui = language(&lang)?;
    let form = read_form(ui, &token, &body)?;
    let reading = read(&form);
    Ok(Html(views::panel::panel(ui, &form, &reading).into_string()))
}

pub(crate) async fn preview(
    State(state): State<AppState>,
    Path((lang, id, language_code)): Path<(String, i64, String)>,
) -> Result<Markup, Response> {
    let ui = language(&lang)?;
    let language = language(&language_code)?;
    let (draft, form) = load(ui, &state, id).await?;
    let reading = read(&form);
    let title = form::title(&form, language);
    Ok(views::preview::page(ui, &draft, &title, &reading, language))
}

pub(crate) async fn download(
    State(state): State<AppState>,
    Path((lang, id, name)): Path<(String, i64, String)>,
) -> Result<Response, Response> {
    let ui = language(&lang)?;
    let download = Download::parse(&name).ok_or_else(|| not_found_in(ui))?;
    let (_, form) = load(ui, &state, id).await?;
    let reading = read(&form);
    let file = download
        .make(&reading)
        .map_err(|_| error_page(ui, StatusCode::CONFLICT, T::DownloadsNeedValidDraft))?;
    // The name is the app's own (see `Download::name`): ASCII letters, digits and dots.
    let disposition = format!("attachment; filename=\"peerwork-{id}-{}\"", download.name());
    let disposition = HeaderValue::from_str(&disposition).map_err(|_| not_found_in(ui))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(file.media_type),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        file.content,
    )
        .into_response())
}

pub(crate) use crate::matching::{match_page, match_run};
