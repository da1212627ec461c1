//! The start page: begin a draft from a Vantaa profile, an earlier draft or nothing;
//! find a saved draft; see the four profiles as a picture.

use maud::{Markup, html};
use peerwork::{Language, Profile, Vocabulary};

use crate::db::Draft;
use crate::i18n::T;
use crate::views::{csrf_field, layout, matrix, when};

pub(crate) fn page(ui: Language, csrf: &str, drafts: &[Draft], query: &str) -> Markup {
    let t = |key: T| key.get(ui);
    let body = html! {
        h1 { (t(T::AppName)) }
        p.lead { (t(T::StartLead)) }
        section aria-labelledby="new-draft" {
            h2 id="new-draft" { (t(T::NewDraft)) }
            form.start method="post" action=(format!("/{}/drafts", ui.code())) {
                (csrf_field(csrf))
                p { (t(T::StartFromProfile)) }
                ul.profiles {
                    @for &profile in Profile::ALL {
                        li {
                            button type="submit" name="from" value=(format!("profile:{}", profile.id())) {
                                (profile.label_in(ui))
                            }
                            span.hint { (profile.setting().label_in(ui)) " · " (profile.pilot_unit().name) }
                        }
                    }
                }
                p {
                    button type="submit" name="from" value="empty" { (t(T::StartEmpty)) }
                }
                @if !drafts.is_empty() {
                    div.copy {
                        label for="copy" { (t(T::StartFromDraft)) }
                        select id="copy" name="copy" {
                            @for draft in drafts {
                                option value=(draft.id) { (draft.title) }
                            }
                        }
                        button type="submit" name="from" value="copy" { (t(T::Copy)) }
                    }
                }
            }
        }
        section aria-labelledby="drafts" {
            h2 id="drafts" { (t(T::Drafts)) }
            form.search method="get" action=(format!("/{}/", ui.code())) role="search" {
                label for="q" { (t(T::SearchDrafts)) }
                input id="q" name="q" type="search" value=(query);
                button type="submit" { (t(T::Search)) }
            }
            @if drafts.is_empty() {
                p { (if query.is_empty() { t(T::NoDrafts) } else { t(T::NoDraftsFound) }) }
            } @else {
                table.drafts {
                    thead {
                        tr {
                            th scope="col" { (t(T::Title)) }
                            th scope="col" { (t(T::Saved)) }
                            th scope="col" { (t(T::Revision)) }
                        }
                    }
                    tbody {
                        @for draft in drafts {
                            tr {
                                td { a href=(format!("/{}/drafts/{}", ui.code(), draft.id)) { (draft.title) } }
                                td { (when(draft.updated_at)) }
                                td { (draft.revision) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="picture" {
            h2 id="picture" { (t(T::ThePicture)) }
            p { (t(T::PictureLead)) }
            (matrix::picture(ui))
        }
    };
    layout::page(ui, t(T::StartTitle), "", &body)
}
