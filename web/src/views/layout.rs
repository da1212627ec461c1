//! The page around every view: its language, title, navigation and the switch between
//! the page's languages.

use maud::{DOCTYPE, Markup, html};
use peerwork::{Language, Vocabulary};

use crate::i18n::T;

/// A whole page in `ui` titled `title`; `path` is the page's path after the language,
/// so the language switch leads to the same page in another language.
pub(crate) fn page(ui: Language, title: &str, path: &str, body: &Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(ui.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (T::AppName.get(ui)) }
                link rel="stylesheet" href="/static/style.css";
                script src="/static/app.js" defer {}
            }
            body {
                a.skip href="#main" { (T::SkipToContent.get(ui)) }
                header.top {
                    a.brand href=(format!("/{}/", ui.code())) { (T::AppName.get(ui)) }
                    nav aria-label=(T::PageLanguage.get(ui)) {
                        ul.languages {
                            @for &language in Language::ALL {
                                li {
                                    @if language == ui {
                                        span aria-current="page" lang=(language.code()) { (language.label_in(language)) }
                                    } @else {
                                        a href=(format!("/{}/{}", language.code(), path)) lang=(language.code()) hreflang=(language.code()) {
                                            (language.label_in(language))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main id="main" tabindex="-1" { (body) }
            }
        }
    }
}
