//! The composer: the draft's form beside the live panel. This module draws the page, the
//! basics and the tasks; [`super::compose_more`] the rest of the form.

use maud::{Markup, html};
use peerwork::{
    Aim, Audience, Language, MAX_OWN_TASKS, Municipality, Profile, ServiceSetting, Task,
    TaskCategory, Vocabulary,
};

use crate::db::Draft;
use crate::download;
use crate::form::Form;
use crate::form_read::Reading;
use crate::i18n::{T, in_language};
use crate::views::fields::Fields;
use crate::views::{compose_more, csrf_field, display_title, layout, matrix, panel, when};

/// The composer page of `draft`.
pub(crate) fn page(
    ui: Language,
    csrf: &str,
    draft: &Draft,
    copied_from: Option<i64>,
    form: &Form,
    reading: &Reading,
) -> Markup {
    let f = Fields { form, reading, ui };
    let t = |key: T| key.get(ui);
    let base = format!("/{}/drafts/{}", ui.code(), draft.id);
    let title = display_title(ui, &crate::form::title(form, ui));
    let body = html! {
        h1 { (title) }
        @if let Some(original) = copied_from {
            p.notice role="alert" {
                (t(T::SavedAsNewDraft)) " "
                a href=(format!("/{}/drafts/{original}", ui.code())) { (t(T::TheOtherDraft)) }
            }
        }
        p.status {
            (t(T::SavedAt)) " " (when(draft.updated_at)) " · " (t(T::Revision)) " " (draft.revision)
        }
        nav.toolbar aria-label=(t(T::DraftActions)) {
            ul {
                li { button.primary type="submit" form="draft" name="action" value="save" { (t(T::Save)) } }
                @for &language in &reading.languages {
                    li { a href=(format!("{base}/preview/{}", language.code())) { (t(T::Preview)) " (" (in_language(ui, language)) ")" } }
                }
                li { a href=(format!("{base}/match")) { (t(T::Match)) } }
                li { a href="#downloads" { (t(T::TakeAway)) } }
            }
        }
        div.compose {
            form #draft method="post" action=(base) data-assess=(format!("/{}/assess", ui.code())) {
                (csrf_field(csrf))
                input type="hidden" name="revision" value=(draft.revision);
                (basics(f))
                (tasks(f))
                (compose_more::working_modes(f))
                (compose_more::terms(f))
                (compose_more::support(f))
                (compose_more::requirements(f))
                (compose_more::details(f))
                div.actions {
                    button.primary type="submit" name="action" value="save" { (t(T::Save)) }
                }
            }
            aside #panel aria-labelledby="panel-heading" aria-live="polite" tabindex="0" {
                (panel::panel(ui, form, reading))
            }
        }
        (download::list(ui, draft.id, reading))
        form.delete method="post" action=(format!("{base}/delete")) {
            (csrf_field(csrf))
            button type="submit" { (t(T::DeleteDraft)) }
        }
    };
    layout::page(ui, &title, &format!("drafts/{}", draft.id), &body)
}

fn basics(f: Fields<'_>) -> Markup {
    let t = |key: T| f.t(key);
    let mut municipalities: Vec<(&'static str, &'static str)> = Municipality::all()
        .map(|m| (m.code(), m.name(f.ui)))
        .collect();
    municipalities.sort_by(|a, b| a.1.cmp(b.1));
    html! {
        section #s-basics aria-labelledby="h-basics" {
            h2 #h-basics { (t(T::Basics)) }
            (f.checkboxes("languages", t(T::PostLanguages), Language::ALL))
            (f.localized("title", t(T::Title), false))
            (f.localized("employer.organisation", t(T::Organisation), false))
            (f.localized("employer.unit", t(T::Unit), false))
            (f.localized("employer.introduction", t(T::Introduction), true))
            (f.select("location.municipality", t(T::Municipality), &municipalities, Some(t(T::Choose))))
            (f.localized("location.street_address", t(T::StreetAddress), false))
            (f.input("location.postal_code", t(T::PostalCode), "text", None))
            (f.select_of("setting", t(T::Setting), ServiceSetting::ALL, Some(t(T::SettingFromProfile))))
            (f.checkboxes("profiles", t(T::Profiles), Profile::ALL))
        }
    }
}

const CHOICES: [&str; 3] = ["none", "essential", "optional"];

fn choice_label(ui: Language, choice: &str) -> &'static str {
    match choice {
        "essential" => T::Essential.get(ui),
        "optional" => T::Optional.get(ui),
        _ => T::NotInPost.get(ui),
    }
}

fn tasks(f: Fields<'_>) -> Markup {
    let ui = f.ui;
    let t = |key: T| f.t(key);
    let profile_tasks = matrix::profile_tasks();
    html! {
        section #s-tasks aria-labelledby="h-tasks" {
            h2 #h-tasks { (t(T::Tasks)) }
            p { (t(T::TasksLead)) }
            (matrix::legend(ui))
            div #f-tasks {
                (f.problems("tasks"))
                (f.problems("tasks.essential"))
                (f.problems("tasks.optional"))
            }
            div.scroll role="region" aria-label=(t(T::MatrixCaption)) tabindex="0" {
                table.grid.tasks {
                    thead {
                        tr {
                            th scope="col" { (t(T::Task)) }
                            (matrix::profile_headers(ui))
                            @for choice in CHOICES {
                                th scope="col" class="choice" { (choice_label(ui, choice)) }
                            }
                        }
                    }
                    @for &category in TaskCategory::ALL {
                        @let tasks: Vec<Task> = category.tasks().iter().collect();
                        @if !tasks.is_empty() {
                            tbody {
                                tr.category {
                                    th colspan="8" scope="rowgroup" { (category.label_in(ui)) }
                                }
                                @for task in tasks {
                                    @let name = format!("task.{}", task.id());
                                    @let current = match f.form.get(&name) { "" => "none", other => other };
                                    @let class = if profile_tasks.contains(task) { matrix::row_class(task) } else { "beyond" };
                                    tr class=(class) {
                                        th scope="row" {
                                            span.label { (task.label_in(ui)) }
                                            @if let Some(description) = task.description_in(ui) {
                                                span.hint { (description) }
                                            }
                                            (f.problems(&name))
                                        }
                                        (matrix::profile_cells(ui, task))
                                        @for choice in CHOICES {
                                            @let id = format!("{}-{choice}", crate::views::fields::id(&name));
                                            td.choice {
                                                input id=(id) type="radio" name=(name) value=(choice) checked[current == choice];
                                                label.vh for=(id) { (task.label_in(ui)) ": " (choice_label(ui, choice)) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            (own_tasks(f))
        }
    }
}

fn own_tasks(f: Fields<'_>) -> Markup {
    let t = |key: T| f.t(key);
    let rows = f.form.rows("tasks.own", MAX_OWN_TASKS);
    let shown = rows.saturating_add(1).min(MAX_OWN_TASKS);
    html! {
        h3 { (t(T::OwnTasks)) }
        p { (t(T::OwnTasksLead)) }
        (f.problems("tasks.own"))
        @for index in 0..shown {
            @let at = format!("tasks.own[{index}]");
            fieldset.own id=(crate::views::fields::id(&at)) {
                legend { (t(T::OwnTask)) " " (index + 1) }
                (f.localized(&format!("{at}.label"), t(T::OwnTaskLabel), false))
                (f.localized(&format!("{at}.description"), t(T::Description), true))
                (f.input(&format!("{at}.id"), t(T::OwnTaskId), "text", Some(t(T::OwnTaskIdHint))))
                (f.select_of(&format!("{at}.audience"), t(T::Audience), Audience::ALL, None))
                (f.select_of(&format!("{at}.aim"), t(T::Aim), Aim::ALL, None))
                (f.select_of(&format!("{at}.category"), t(T::Category), TaskCategory::ALL, None))
                (f.checkbox(&format!("{at}.essential"), t(T::Essential)))
                (f.problems(&at))
            }
        }
    }
}
