//! The live panel: what the model says of the draft as it stands — the role verdict and
//! the tasks that give it, the closest profile, the review's advisories with their
//! sources, the fee estimate, the problems to fix. (The posting itself is in the
//! preview.)

use maud::{Markup, html};
use peerwork::{FeeSchedule, JobDescription, Language, Profile, Role, Vocabulary};

use crate::errors;
use crate::form::Form;
use crate::form_read::Reading;
use crate::i18n::T;
use crate::views::{euros, fields};

/// The anchor in the composer of the field at `path`.
fn anchor(path: &str) -> String {
    match path {
        "tasks" | "tasks.essential" | "tasks.optional" => "#f-tasks".to_owned(),
        "requirements" => "#s-requirements".to_owned(),
        _ => format!("#{}", fields::id(path)),
    }
}

/// The panel for `reading`, in `ui`.
pub(crate) fn panel(ui: Language, form: &Form, reading: &Reading) -> Markup {
    let t = |key: T| key.get(ui);
    let title = crate::form::title(form, ui);
    let roles = reading.tasks.role_assessment();
    let verdict = roles.verdict();
    let closest = Profile::closest(reading.tasks.all());
    html! {
        h2 #panel-heading { (t(T::LivePanel)) }
        p.draft-title { span.vh { (t(T::Title)) ": " } (crate::views::display_title(ui, &title)) }
        @if reading.job.is_some() {
            p.ok role="status" { (t(T::ReadyToPublish)) }
        } @else {
            p.pending role="status" { (t(T::ProblemsToFix)) ": " (reading.issues.len()) }
        }
        section.verdict {
            h3 { (t(T::RoleVerdict)) }
            p #verdict data-verdict=(verdict.id()) { strong { (verdict.label_in(ui)) } }
            @for &role in Role::ALL {
                @if roles.has(role) {
                    h4 { (role.label_in(ui)) ", " (t(T::Because)) }
                    ul.reasons {
                        @for task in roles.reasons(role) {
                            li { (task.label_in(ui)) }
                        }
                        @for index in roles.own_reasons(role) {
                            @if let Some(own) = reading.tasks.own.get(index) {
                                li { (own_label(ui, own)) " " span.hint { "(" (t(T::OwnTask)) ")" } }
                            }
                        }
                    }
                }
            }
        }
        section.closest {
            h3 { (t(T::ClosestProfile)) }
            @if reading.tasks.all().is_empty() {
                p { (t(T::NoTasksYet)) }
            } @else {
                p #closest data-profile=(closest.profile.id()) {
                    strong { (closest.profile.label_in(ui)) } " – " (percent(closest.jaccard())) " %"
                }
                @if !closest.missing.is_empty() {
                    p { (t(T::ProfileHasButPostLacks)) ": " (labels(ui, closest.missing)) }
                }
                @if !closest.extra.is_empty() {
                    p { (t(T::PostHasBeyondProfile)) ": " (labels(ui, closest.extra)) }
                }
            }
        }
        @if let Some(job) = &reading.job {
            (review(ui, job))
            (fees(ui, job))
        }
        @if !reading.issues.is_empty() {
            section.issues {
                h3 { (t(T::ProblemsToFix)) }
                ul {
                    @for issue in &reading.issues {
                        li {
                            a href=(anchor(&issue.path)) { (errors::message(ui, &issue.problem)) }
                            " " code { (issue.path) }
                        }
                    }
                }
            }
        }
    }
}

fn own_label(ui: Language, own: &peerwork::OwnTask) -> String {
    own.label
        .get(ui)
        .or_else(|| own.label.languages().next().and_then(|l| own.label.get(l)))
        .unwrap_or(&own.id)
        .to_owned()
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0 to 100
fn percent(share: f64) -> u32 {
    (share * 100.0).round().clamp(0.0, 100.0) as u32
}

fn labels(ui: Language, tasks: peerwork::TaskSet) -> String {
    tasks
        .iter()
        .map(|task| task.label_in(ui))
        .collect::<Vec<_>>()
        .join("; ")
}

fn review(ui: Language, job: &JobDescription) -> Markup {
    let advisories = job.review();
    html! {
        section.review {
            h3 { (T::Advisories.get(ui)) }
            @if advisories.is_empty() {
                p { (T::NoAdvisories.get(ui)) }
            } @else {
                ul {
                    @for advisory in advisories {
                        li {
                            strong { (advisory.kind.label_in(ui)) }
                            @if let Some(text) = advisory.kind.description_in(ui) { " " (text) }
                            br;
                            span.source { (T::Source.get(ui)) ": " (advisory.citation) }
                        }
                    }
                }
            }
        }
    }
}

fn fees(ui: Language, job: &JobDescription) -> Markup {
    let Some(estimate) = job.fee_estimate() else {
        return html! {};
    };
    let t = |key: T| key.get(ui);
    html! {
        section.fees {
            h3 { (t(T::FeeEstimate)) }
            @match estimate {
                Ok(estimate) => {
                    table {
                        thead { tr {
                            th scope="col" { (t(T::Activity)) }
                            th scope="col" { (t(T::Hours)) }
                            th scope="col" { (t(T::Rate)) }
                            th scope="col" { (t(T::Amount)) }
                        } }
                        tbody {
                            @for line in &estimate.lines {
                                tr {
                                    td { (line.activity.label_in(ui)) }
                                    td.num { (hours(ui, line.minutes)) }
                                    td.num { (euros(ui, line.rate.0)) }
                                    td.num { (euros(ui, line.amount.0)) }
                                }
                            }
                        }
                        tfoot { tr {
                            th scope="row" colspan="3" { (t(T::Total)) }
                            td.num { (euros(ui, estimate.total.0)) }
                        } }
                    }
                    p.source { (estimate.schedule) " · " (FeeSchedule::KOKOA_SOURCE) }
                }
                Err(err) => p { (err) }
            }
        }
    }
}

/// Minutes as hours with at most two decimals: `1,5 h`, `1.5 h`.
fn hours(ui: Language, minutes: u64) -> String {
    let hundredths = minutes.saturating_mul(100).saturating_add(30) / 60;
    let separator = if ui == Language::English { "." } else { "," };
    match hundredths % 100 {
        0 => format!("{} h", hundredths / 100),
        part if part % 10 == 0 => format!("{}{separator}{} h", hundredths / 100, part / 10),
        part => format!("{}{separator}{part:02} h", hundredths / 100),
    }
}
