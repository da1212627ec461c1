//! The picture of the model: the four profiles × their tasks, the common core and the
//! tasks profiles share made visible, as a table styled as a grid (a screen reader
//! reads it as a table).

use maud::{Markup, html};
use peerwork::{COMMON_CORE, Language, Profile, Task, TaskSet, Vocabulary};

use crate::i18n::T;

/// Every task of some profile.
pub(crate) fn profile_tasks() -> TaskSet {
    Profile::ALL
        .iter()
        .fold(TaskSet::EMPTY, |all, profile| all | profile.tasks())
}

/// How many profiles have `task`.
pub(crate) fn profiles_with(task: Task) -> usize {
    Profile::ALL
        .iter()
        .filter(|p| p.tasks().contains(task))
        .count()
}

/// The duty numbers of `profile` that cover `task`: `2`, `1, 3`.
fn duty_numbers(profile: Profile, task: Task) -> String {
    profile
        .duties()
        .iter()
        .filter(|duty| duty.tasks.contains(task))
        .map(|duty| duty.number.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The class of a task's row: the common core, shared by two or three profiles, or one
/// profile's own.
pub(crate) fn row_class(task: Task) -> &'static str {
    if COMMON_CORE.contains(task) {
        "core"
    } else if profiles_with(task) > 1 {
        "shared"
    } else {
        "single"
    }
}

/// The headers of the profile columns.
pub(crate) fn profile_headers(ui: Language) -> Markup {
    html! {
        @for &profile in Profile::ALL {
            th scope="col" class=(format!("profile {}", profile.id())) { (profile.label_in(ui)) }
        }
    }
}

/// The four cells of `task`'s row, one per profile.
pub(crate) fn profile_cells(ui: Language, task: Task) -> Markup {
    html! {
        @for &profile in Profile::ALL {
            @if COMMON_CORE.contains(task) {
                td.cell.core {
                    span aria-hidden="true" { "●" }
                    span.vh { (T::CommonCore.get(ui)) }
                    @let duties = duty_numbers(profile, task);
                    @if !duties.is_empty() {
                        " " span.vh { (T::Duty.get(ui)) " " } (duties)
                    }
                }
            } @else if profile.tasks().contains(task) {
                td.cell.duty {
                    span aria-hidden="true" { "◆" }
                    " "
                    span.vh { (T::Duty.get(ui)) " " }
                    (duty_numbers(profile, task))
                }
            } @else {
                td.cell.none { span.vh { "–" } }
            }
        }
    }
}

/// What the marks and shades of the picture mean.
pub(crate) fn legend(ui: Language) -> Markup {
    html! {
        ul.legend {
            li { span.mark.core aria-hidden="true" { "●" } " " (T::LegendCore.get(ui)) }
            li { span.mark.duty aria-hidden="true" { "◆ 2" } " " (T::LegendDuty.get(ui)) }
            li { span.swatch.shared aria-hidden="true" {} " " (T::LegendShared.get(ui)) }
        }
    }
}

/// The four profiles and every task of theirs.
pub(crate) fn picture(ui: Language) -> Markup {
    let tasks = profile_tasks();
    html! {
        figure.matrix {
            figcaption { (T::MatrixCaption.get(ui)) }
            (legend(ui))
            div.scroll role="region" aria-label=(T::MatrixCaption.get(ui)) tabindex="0" {
                table.grid {
                    thead {
                        tr {
                            th scope="col" { (T::Task.get(ui)) }
                            (profile_headers(ui))
                            th scope="col" { (T::ProfilesWithTask.get(ui)) }
                        }
                    }
                    tbody {
                        @for task in tasks {
                            tr class=(row_class(task)) {
                                th scope="row" { (task.label_in(ui)) }
                                (profile_cells(ui, task))
                                td.count { (profiles_with(task)) " / 4" }
                            }
                        }
                    }
                    tfoot {
                        tr {
                            th scope="row" { (T::TasksInProfile.get(ui)) }
                            @for &profile in Profile::ALL {
                                td.count { (profile.tasks().len()) }
                            }
                            td {}
                        }
                    }
                }
            }
        }
    }
}
