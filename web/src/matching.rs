//! The bank view: match the draft against a roster over a period, see the candidates with
//! their reasons, and a chart of the near misses by requirement — what to relax, or whom
//! to train. The roster is read for the one match and never stored; no experience
//! background of a worker is shown.

use axum::Extension;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use peerwork::{
    Bank, Date, DateRange, Language, MatchRequirement, Matches, Reason, Roster, TrainingMet,
    Vocabulary,
};

use crate::app::AppState;
use crate::csrf::{self, Token};
use crate::form_read::read;
use crate::handlers::{error_page, language};
use crate::i18n::{T, in_language};
use crate::views::{csrf_field, display_title, layout};

/// The most candidates listed.
const LIMIT: usize = 50;

pub(crate) async fn match_page(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path((lang, id)): Path<(String, i64)>,
) -> Result<Markup, Response> {
    let ui = language(&lang)?;
    let draft = crate::handlers::db(ui, &state.store, move |s| s.get(id))
        .await?
        .ok_or_else(|| error_page(ui, StatusCode::NOT_FOUND, T::ErrorNotFound))?;
    let title = crate::form::title(&crate::form::Form::from_json(&draft.form), ui);
    Ok(page(ui, &token.0, id, &title, "", "", None))
}

/// What the upload form sent.
#[derive(Default)]
struct Upload {
    csrf: String,
    roster: Vec<u8>,
    start: String,
    end: String,
    too_large: bool,
}

async fn upload(mut multipart: Multipart, max_roster: usize) -> Option<Upload> {
    let mut upload = Upload::default();
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            if bytes.len().saturating_add(chunk.len()) > max_roster {
                upload.too_large = true;
                return Some(upload);
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = || {
            String::from_utf8_lossy(&bytes)
                .trim()
                .chars()
                .take(100)
                .collect::<String>()
        };
        match name.as_str() {
            "csrf" => upload.csrf = text(),
            "start" => upload.start = text(),
            "end" => upload.end = text(),
            "roster" => upload.roster = bytes,
            _ => {}
        }
    }
    Some(upload)
}

pub(crate) async fn match_run(
    State(state): State<AppState>,
    Extension(token): Extension<Token>,
    Path((lang, id)): Path<(String, i64)>,
    multipart: Multipart,
) -> Result<Markup, Response> {
    let ui = language(&lang)?;
    let bad = || error_page(ui, StatusCode::BAD_REQUEST, T::ErrorBadForm);
    let upload = upload(multipart, state.max_roster_bytes)
        .await
        .ok_or_else(bad)?;
    if !csrf::matches(&token, &upload.csrf) {
        return Err(error_page(ui, StatusCode::FORBIDDEN, T::ErrorCsrf));
    }
    if upload.too_large {
        return Err(error_page(
            ui,
            StatusCode::PAYLOAD_TOO_LARGE,
            T::ErrorTooLarge,
        ));
    }
    let draft = crate::handlers::db(ui, &state.store, move |s| s.get(id))
        .await?
        .ok_or_else(|| error_page(ui, StatusCode::NOT_FOUND, T::ErrorNotFound))?;
    let form = crate::form::Form::from_json(&draft.form);
    let reading = read(&form);
    let outcome = match_roster(ui, reading.job.as_ref(), &upload);
    Ok(page(
        ui,
        &token.0,
        id,
        &crate::form::title(&form, ui),
        &upload.start,
        &upload.end,
        Some(outcome),
    ))
}

/// The matches, or what went wrong, in `ui`.
fn match_roster(
    ui: Language,
    job: Option<&peerwork::JobDescription>,
    upload: &Upload,
) -> Result<Matches, String> {
    let job = job.ok_or_else(|| T::MatchNeedsValidDraft.get(ui).to_owned())?;
    let period = match (upload.start.parse::<Date>(), upload.end.parse::<Date>()) {
        (Ok(start), Ok(end)) => DateRange::between(start, end)
            .map_err(|_| T::PeriodEndsBeforeStart.get(ui).to_owned())?,
        _ => return Err(T::GivePeriod.get(ui).to_owned()),
    };
    let roster: Roster = peerwork::from_json_slice(&upload.roster)
        .map_err(|err| format!("{}: {err}", T::RosterRefused.get(ui)))?;
    let bank =
        Bank::from_roster(&roster).map_err(|err| format!("{}: {err}", T::RosterRefused.get(ui)))?;
    Ok(bank.match_job(job, period, LIMIT))
}

fn page(
    ui: Language,
    csrf: &str,
    id: i64,
    title: &str,
    start: &str,
    end: &str,
    outcome: Option<Result<Matches, String>>,
) -> Markup {
    let t = |key: T| key.get(ui);
    let title = display_title(ui, title);
    let body = html! {
        h1 { (t(T::Match)) ": " (title) }
        p { a href=(format!("/{}/drafts/{id}", ui.code())) { "← " (t(T::BackToDraft)) } }
        p { (t(T::MatchLead)) }
        form.match method="post" enctype="multipart/form-data" action=(format!("/{}/drafts/{id}/match", ui.code())) {
            (csrf_field(csrf))
            div.field {
                label for="roster" { (t(T::RosterFile)) }
                span.hint id="roster-hint" { (t(T::RosterHint)) }
                input id="roster" name="roster" type="file" accept=".json,application/json" required aria-describedby="roster-hint";
            }
            div.pair {
                div.field {
                    label for="start" { (t(T::PeriodStart)) }
                    input id="start" name="start" type="date" value=(start) required;
                }
                div.field {
                    label for="end" { (t(T::PeriodEnd)) }
                    input id="end" name="end" type="date" value=(end) required;
                }
            }
            button.primary type="submit" { (t(T::RunMatch)) }
        }
        @match outcome {
            Some(Ok(matches)) => (results(ui, &matches)),
            Some(Err(message)) => p.pending role="alert" { (message) },
            None => {}
        }
    };
    layout::page(ui, &title, &format!("drafts/{id}/match"), &body)
}

fn results(ui: Language, matches: &Matches) -> Markup {
    let t = |key: T| key.get(ui);
    html! {
        section #results aria-labelledby="h-results" {
            h2 #h-results { (t(T::Candidates)) }
            p #match-summary { (t(T::Considered)) ": " (matches.considered()) " · " (t(T::Eligible)) ": " (matches.eligible()) }
            @if matches.candidates().is_empty() {
                p { (t(T::NoCandidates)) }
            } @else {
                table.candidates {
                    thead { tr {
                        th scope="col" { "#" }
                        th scope="col" { (t(T::WorkerId)) }
                        th scope="col" { (t(T::Reasons)) }
                    } }
                    tbody {
                        @for candidate in matches.candidates() {
                            tr {
                                td { (candidate.rank()) }
                                td { code { (candidate.id()) } }
                                td { ul.reasons { @for reason in candidate.reasons() { li { (reason_text(ui, reason)) } } } }
                            }
                        }
                    }
                }
            }
        }
        (near_misses(ui, matches))
    }
}

/// The near misses as a horizontal bar chart (an SVG drawn with attributes only, which
/// the page's CSP allows), and the same numbers as a table.
fn near_misses(ui: Language, matches: &Matches) -> Markup {
    let t = |key: T| key.get(ui);
    let misses = matches.near_misses();
    let rows: Vec<(MatchRequirement, u32)> = MatchRequirement::ALL
        .iter()
        .map(|&r| (r, misses.count(r)))
        .collect();
    let most = rows.iter().map(|&(_, n)| n).max().unwrap_or(0).max(1);
    let bar_height: u32 = 26;
    let label_width: u32 = 230;
    let chart_width: u32 = 300;
    let height = bar_height
        .saturating_mul(u32::try_from(rows.len()).unwrap_or(8))
        .saturating_add(10);
    html! {
        section #near-misses aria-labelledby="h-near" {
            h2 #h-near { (t(T::NearMisses)) }
            p { (t(T::NearMissesLead)) }
            svg.chart role="img" aria-labelledby="chart-title" viewBox=(format!("0 0 {} {height}", label_width.saturating_add(chart_width).saturating_add(60))) width="100%" {
                title id="chart-title" { (t(T::NearMisses)) }
                @for (i, (requirement, count)) in rows.iter().enumerate() {
                    @let y = u32::try_from(i).unwrap_or(0).saturating_mul(bar_height).saturating_add(5);
                    @let width = count.saturating_mul(chart_width).checked_div(most).unwrap_or(0);
                    text x=(label_width.saturating_sub(8)) y=(y.saturating_add(17)) text-anchor="end" class="chart-label" { (requirement.label_in(ui)) }
                    rect x=(label_width) y=(y.saturating_add(3)) width=(width.max(1)) height=(bar_height.saturating_sub(8)) class="bar" {}
                    text x=(label_width.saturating_add(width).saturating_add(6)) y=(y.saturating_add(17)) class="chart-count" { (count) }
                }
            }
            table.near {
                caption.vh { (t(T::NearMisses)) }
                thead { tr { th scope="col" { (t(T::Requirement)) } th scope="col" { (t(T::WorkersMissingOnlyThis)) } } }
                tbody {
                    @for (requirement, count) in &rows {
                        tr data-requirement=(requirement.id()) { th scope="row" { (requirement.label_in(ui)) } td.num { (count) } }
                    }
                }
            }
            @let tasks = misses.missing_tasks();
            @if !tasks.is_empty() {
                h3 { (t(T::TasksToTrain)) }
                ul { @for (task, count) in tasks { li { (task.label_in(ui)) ": " (count) } } }
            }
        }
    }
}

/// A candidate's reason in `ui`. No reason names a worker's experience background: it
/// says only whether the post required one.
#[allow(clippy::too_many_lines)] // one arm per reason, three languages each
fn reason_text(ui: Language, reason: &Reason) -> String {
    let lang = |fi: String, sv: String, en: String| match ui {
        Language::Finnish => fi,
        Language::Swedish => sv,
        _ => en,
    };
    match reason {
        Reason::Tasks { essential } => {
            let n = essential.len();
            lang(
                format!("hoitaa kaikki {n} välttämätöntä tehtävää"),
                format!("kan sköta alla {n} nödvändiga uppgifter"),
                format!("can take on all {n} essential tasks"),
            )
        }
        Reason::ExperienceBackground { sought: true } => lang(
            "täyttää edellytetyn kokemustaustan".into(),
            "uppfyller den erfarenhetsbakgrund som krävs".into(),
            "meets the experience background required".into(),
        ),
        Reason::ExperienceBackground { .. } => lang(
            "kokemustaustaa ei edellytetä".into(),
            "ingen viss erfarenhetsbakgrund krävs".into(),
            "no particular experience background required".into(),
        ),
        Reason::Training {
            met: TrainingMet::KokoaStandard,
        } => lang(
            "Kokoa ry:n suosituksen mukainen koulutus".into(),
            "utbildning enligt Kokoa ry:s rekommendation".into(),
            "training to Kokoa ry's standard".into(),
        ),
        Reason::Training {
            met: TrainingMet::Hours { required, hours },
        } => lang(
            format!("koulutusta {hours} tuntia (vähintään {required})"),
            format!("{hours} timmar utbildning (minst {required})"),
            format!("{hours} hours of training (at least {required})"),
        ),
        Reason::Training {
            met: TrainingMet::Trained { hours },
        } => lang(
            format!("koulutettu ({hours} tuntia)"),
            format!("utbildad ({hours} timmar)"),
            format!("trained ({hours} hours)"),
        ),
        Reason::Training { .. } => lang(
            "koulutusta ei edellytetä".into(),
            "ingen utbildning krävs".into(),
            "no training required".into(),
        ),
        Reason::FormOfWork { form } => {
            let label = form.label_in(ui);
            lang(
                format!("käy työn muodoksi: {label}"),
                format!("tar emot arbetsformen: {label}"),
                format!("accepts {label}"),
            )
        }
        Reason::WorkingTime {
            post_percent: Some(post),
            accepts_up_to_percent: up_to,
        } => lang(
            format!("työaika enintään {up_to} % (tehtävässä {post} %)"),
            format!("arbetstid högst {up_to} % (uppdraget {post} %)"),
            format!("accepts up to {up_to} % working time (post: {post} %)"),
        ),
        Reason::WorkingTime { .. } => lang(
            "työaikaa ei ole määritelty".into(),
            "ingen arbetstid angiven".into(),
            "no working time set".into(),
        ),
        Reason::Language { required } => {
            let ls: Vec<&str> = required.iter().map(|&l| in_language(ui, l)).collect();
            let ls = ls.join(", ");
            lang(
                format!("työskentelee {ls}"),
                format!("arbetar {ls}"),
                format!("works {ls}"),
            )
        }
        Reason::ServiceArea {
            municipality,
            nationwide: false,
        } => {
            let (fi, sv) = (
                municipality.name(Language::Finnish),
                municipality.name(Language::Swedish),
            );
            lang(
                format!("toimii kunnassa {fi}"),
                format!("verkar i {sv}"),
                format!("serves {fi}"),
            )
        }
        Reason::ServiceArea { municipality, .. } => {
            let (fi, sv) = (
                municipality.name(Language::Finnish),
                municipality.name(Language::Swedish),
            );
            lang(
                format!("toimii koko maassa, myös kunnassa {fi}"),
                format!("verkar i hela landet, också i {sv}"),
                format!("works nationwide, {fi} included"),
            )
        }
        Reason::Availability { period } => {
            let (start, end) = (
                period.start(),
                period.end().map_or_else(String::new, |end| end.to_string()),
            );
            lang(
                format!("käytettävissä {start}–{end}"),
                format!("tillgänglig {start}–{end}"),
                format!("available {start} to {end}"),
            )
        }
    }
}
