//! The pages, drawn with maud: every `(expr)` is escaped for HTML, so a text of a draft
//! shows as text wherever it appears; only the library's own renderer output (which
//! escapes what it renders) goes in unescaped, in the preview.

pub(crate) mod compose;
mod compose_more;
pub(crate) mod fields;
pub(crate) mod layout;
pub(crate) mod matrix;
pub(crate) mod panel;
pub(crate) mod preview;
pub(crate) mod start;

use maud::{Markup, html};
use peerwork::Language;

use crate::i18n::T;

/// The hidden field that carries the CSRF token.
pub(crate) fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// A draft's title for lists and headings: its own, or "untitled".
pub(crate) fn display_title(ui: Language, title: &str) -> String {
    if title.trim().is_empty() {
        T::Untitled.get(ui).to_owned()
    } else {
        title.to_owned()
    }
}

/// A time of saving, as `2026-12-03 14:05 UTC`.
pub(crate) fn when(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let seconds = unix_seconds.rem_euclid(86_400);
    let date = crate::form_write::date_of_days(days).map_or_else(String::new, |d| d.to_string());
    format!(
        "{date} {:02}:{:02} UTC",
        seconds / 3_600,
        (seconds % 3_600) / 60
    )
}

/// An amount of euro cents as the language writes it: `25,00 €` in Finnish and Swedish,
/// `€25.00` in English.
pub(crate) fn euros(ui: Language, cents: u64) -> String {
    let (whole, part) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i) % 3 == 0 {
            grouped.push(if ui == Language::English {
                ','
            } else {
                '\u{a0}'
            });
        }
        grouped.push(c);
    }
    match ui {
        Language::English => format!("€{grouped}.{part:02}"),
        _ => format!("{grouped},{part:02}\u{a0}€"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_each_language_writes_them() {
        assert_eq!(euros(Language::Finnish, 2_500), "25,00\u{a0}€");
        assert_eq!(euros(Language::English, 145_000), "€1,450.00");
        assert_eq!(euros(Language::Swedish, 145_050), "1\u{a0}450,50\u{a0}€");
    }

    #[test]
    fn times_of_saving() {
        assert_eq!(when(0), "1970-01-01 00:00 UTC");
        assert_eq!(when(1_796_306_700), "2026-12-03 14:05 UTC");
    }
}
