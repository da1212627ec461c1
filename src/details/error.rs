//! [`DetailsError`]: the rules posting details can break, each naming the field of the
//! details document, and the checks of their texts.

use crate::date::Date;
use crate::error::quote;
use crate::language::Language;
use crate::text::{LocalizedText, TextProblem, check_text};

use super::MAX_CONTACTS;

/// Details that break a rule; the error names the field of the details document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DetailsError {
    /// A date before the day of posting.
    #[error("{field}: {date} is before date_posted {date_posted}")]
    BeforeDatePosted {
        /// `valid_through` or `start_date`.
        field: &'static str,
        /// The date given.
        date: Date,
        /// The day of posting.
        date_posted: Date,
    },
    /// A deadline time without a deadline day.
    #[error("deadline_time: give valid_through, the day the time is on")]
    TimeWithoutDeadline,
    /// A text that breaks the text rule.
    #[error("{field}: `{value}` must be one line of 1 to {max} characters with something visible")]
    InvalidText {
        /// The field.
        field: String,
        /// The text given (quoted).
        value: String,
        /// The limit, in characters.
        max: usize,
    },
    /// A web address that is not `https://` or `http://` without spaces or quotes.
    #[error(
        "{field}: `{value}` must be a web address starting https:// or http://, without spaces or quotes"
    )]
    InvalidUrl {
        /// The field.
        field: &'static str,
        /// The address given (quoted).
        value: String,
    },
    /// An e-mail address that is not one.
    #[error("{field}: `{value}` must be an e-mail address")]
    InvalidEmail {
        /// The field.
        field: String,
        /// The address given (quoted).
        value: String,
    },
    /// A telephone number with other characters than digits, spaces, `+`, `-` and
    /// parentheses.
    #[error("{field}: `{value}` must be a telephone number: digits, spaces, +, - and parentheses")]
    InvalidPhone {
        /// The field.
        field: String,
        /// The number given (quoted).
        value: String,
    },
    /// Too many contact persons.
    #[error("contacts: at most {MAX_CONTACTS} contact persons")]
    TooManyContacts,
    /// A posting that hires no one.
    #[error("openings: at least 1")]
    NoOpenings,
    /// A text given per language that lacks one of the languages of the post it is
    /// published with.
    #[error("{field}: no text in {} ({language}), one of the post's languages", language.label())]
    MissingTranslation {
        /// The field.
        field: String,
        /// The language.
        language: Language,
    },
}

impl DetailsError {
    /// The field of the details document the error is about.
    #[must_use]
    pub fn field(&self) -> &str {
        match self {
            Self::BeforeDatePosted { field, .. } | Self::InvalidUrl { field, .. } => field,
            Self::InvalidText { field, .. }
            | Self::InvalidEmail { field, .. }
            | Self::InvalidPhone { field, .. }
            | Self::MissingTranslation { field, .. } => field,
            Self::TimeWithoutDeadline => "deadline_time",
            Self::TooManyContacts => "contacts",
            Self::NoOpenings => "openings",
        }
    }
}

pub(super) fn check_line(field: &str, value: &str, max: usize) -> Result<(), DetailsError> {
    match check_text(value, max) {
        Ok(()) => Ok(()),
        Err(TextProblem::Empty | TextProblem::TooLong(_) | TextProblem::ControlCharacter) => {
            Err(DetailsError::InvalidText {
                field: field.to_owned(),
                value: quote(value),
                max,
            })
        }
    }
}

pub(super) fn check_localized(
    field: &str,
    value: &LocalizedText,
    max: usize,
) -> Result<(), DetailsError> {
    for (language, text) in value.texts() {
        let at = language.map_or_else(|| field.to_owned(), |l| format!("{field}.{}", l.code()));
        check_line(&at, text, max)?;
    }
    Ok(())
}
