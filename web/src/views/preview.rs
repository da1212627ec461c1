//! The preview: the posting in one of its languages, exactly as the library's HTML
//! renderer writes it.

use maud::{Markup, PreEscaped, html};
use peerwork::{Format, Language, Rendering};

use crate::db::Draft;
use crate::form_read::Reading;
use crate::i18n::{T, in_language};
use crate::views::{display_title, layout};

pub(crate) fn page(
    ui: Language,
    draft: &Draft,
    title: &str,
    reading: &Reading,
    language: Language,
) -> Markup {
    let t = |key: T| key.get(ui);
    let base = format!("/{}/drafts/{}", ui.code(), draft.id);
    let title = display_title(ui, title);
    let rendered = reading.job.as_ref().map(|job| {
        Rendering::new(job, language, Format::Html)
            .and_then(|r| match &reading.details {
                Some(details) => r.with_details(details),
                None => Ok(r),
            })
            .map(|r| r.to_string())
    });
    let body = html! {
        h1 { (t(T::Preview)) ": " (title) }
        nav.toolbar aria-label=(t(T::PreviewLanguage)) {
            ul {
                li { a href=(base) { "← " (t(T::BackToDraft)) } }
                @for &other in Language::ALL {
                    li {
                        @if other == language {
                            span aria-current="page" { (in_language(ui, other)) }
                        } @else if reading.languages.contains(&other) {
                            a href=(format!("{base}/preview/{}", other.code())) hreflang=(other.code()) { (in_language(ui, other)) }
                        } @else {
                            span.unavailable { (in_language(ui, other)) " – " (t(T::NotWrittenIn)) }
                        }
                    }
                }
            }
        }
        @match rendered {
            Some(Ok(html)) => {
                // The library's HTML renderer escapes every text it writes.
                article.preview #preview lang=(language.code()) { (PreEscaped(html)) }
            }
            Some(Err(_)) => p.pending { (t(T::NotWrittenIn)) }
            None => p.pending { (t(T::PreviewNeedsValidDraft)) " " a href=(format!("{base}#panel")) { (t(T::ProblemsToFix)) } }
        }
    };
    layout::page(
        ui,
        &title,
        &format!("drafts/{}/preview/{}", draft.id, language.code()),
        &body,
    )
}
