//! Error types. Each names the field or value that was wrong.

use crate::task::Task;

/// The longest part of a rejected input an error message repeats, in bytes.
///
/// Errors quote the offending value so a person can find it; a hostile input could be
/// megabytes long, so the quote is cut to this length (on a character boundary) and
/// marked with `…`. A quote also shows every character a one-line text refuses
/// (control characters, line separators, bidirectional formatting characters) as an
/// escape such as `\u{a}`, so a message stays on one line and displays what the input
/// holds.
pub const QUOTE_LIMIT: usize = 64;

/// Quotes `value` for an error: at most [`QUOTE_LIMIT`] bytes, escaped (see there).
pub(crate) fn quote(value: &str) -> String {
    quote_bounded(value, QUOTE_LIMIT)
}

/// Quotes `value` in at most `limit` bytes: characters a one-line text refuses are
/// written as `\u{…}` escapes, and a cut (never inside a character or an escape) is
/// marked with `…`.
pub(crate) fn quote_bounded(value: &str, limit: usize) -> String {
    let mut quoted = String::with_capacity(value.len().min(limit).saturating_add(4));
    for c in value.chars() {
        let escape = crate::text::is_forbidden(c);
        let width = if escape {
            c.escape_unicode().len()
        } else {
            c.len_utf8()
        };
        if quoted.len().saturating_add(width) > limit {
            quoted.push('…');
            break;
        }
        if escape {
            quoted.extend(c.escape_unicode());
        } else {
            quoted.push(c);
        }
    }
    quoted
}

/// A text that is not the id of any value of one of the model's enums (a language, a
/// form of work, a setting, …), from their `FromStr`.
///
/// ```
/// use peerwork::{FormOfWork, Language};
///
/// let err = "klingon".parse::<Language>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown language id `klingon`");
/// assert_eq!(err.value(), Some("klingon"));
/// let err = "gig".parse::<FormOfWork>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown form of work id `gig`");
/// ```
///
/// The text of an [`ExperienceBackground`](crate::ExperienceBackground) is withheld: read
/// for a person, even a misspelt background says something about them.
///
/// ```
/// use peerwork::ExperienceBackground;
///
/// let err = "criminal_record".parse::<ExperienceBackground>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown experience background id (value withheld)");
/// assert_eq!(err.value(), None);
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {} id {}", words(type_name), shown(value.as_deref()))]
pub struct ParseIdError {
    type_name: &'static str,
    /// `None` when withheld.
    value: Option<String>,
}

impl ParseIdError {
    pub(crate) fn new(type_name: &'static str, value: &str) -> Self {
        Self {
            type_name,
            value: Some(quote(value)),
        }
    }

    /// An error that does not keep the text.
    pub(crate) fn withheld(type_name: &'static str, _: &str) -> Self {
        Self {
            type_name,
            value: None,
        }
    }

    /// The name of the enum the text was read as, such as `FormOfWork`.
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The text that was not an id (quoted: cut to [`QUOTE_LIMIT`] bytes and escaped),
    /// or `None` where it is withheld.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl core::fmt::Debug for ParseIdError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ParseIdError")
            .field("type_name", &self.type_name)
            .field("value", &self.value.as_deref().unwrap_or("<withheld>"))
            .finish()
    }
}

/// The quoted text, or a note that it is withheld.
fn shown(value: Option<&str>) -> String {
    value.map_or_else(
        || "(value withheld)".to_owned(),
        |value| format!("`{value}`"),
    )
}

/// `FormOfWork` as `form of work`.
fn words(type_name: &str) -> String {
    let mut words = String::with_capacity(type_name.len().saturating_add(4));
    for c in type_name.chars() {
        if c.is_uppercase() && !words.is_empty() {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words
}

/// A task id that is not in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown task id `{id}`")]
pub struct ParseTaskError {
    id: String,
}

impl ParseTaskError {
    pub(crate) fn new(id: &str) -> Self {
        Self { id: quote(id) }
    }

    /// The id that was not found (cut to [`QUOTE_LIMIT`] bytes).
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// A list of task ids that does not make a [`TaskSet`](crate::TaskSet).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TaskSetError {
    /// An id that is not in the catalogue.
    #[error(transparent)]
    UnknownTask(#[from] ParseTaskError),
    /// The same task listed twice. A set holds each task once; a repeated id usually
    /// means a list was merged by hand, so it is rejected rather than silently merged.
    #[error("task id `{0}` is listed more than once")]
    DuplicateTask(Task),
}

#[cfg(test)]
mod tests {
    use super::{QUOTE_LIMIT, quote, quote_bounded};

    #[test]
    fn a_quote_is_cut_on_a_character_boundary_and_marked() {
        assert_eq!(quote("Vantaa"), "Vantaa");
        let long = "ä".repeat(100);
        let quoted = quote(&long);
        assert!(quoted.len() <= QUOTE_LIMIT + '…'.len_utf8());
        assert_eq!(quoted, format!("{}…", "ä".repeat(QUOTE_LIMIT / 2)));
    }

    #[test]
    fn a_quote_escapes_what_a_line_of_text_refuses() {
        assert_eq!(quote("Van\ntaa"), "Van\\u{a}taa");
        assert_eq!(quote("a\u{202E}b\u{61C}"), "a\\u{202e}b\\u{61c}");
        assert_eq!(quote("tab\there"), "tab\\u{9}here");
        // An escape is never cut in two.
        assert_eq!(quote_bounded("ab\u{2028}", 8), "ab…");
        assert_eq!(quote_bounded("ab\u{2028}", 10), "ab\\u{2028}");
    }
}
