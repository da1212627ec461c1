//! How to apply and whom to contact: [`Application`] and [`Contact`], and the checks
//! of the web addresses, e-mail addresses and telephone numbers they hold.

use core::fmt;

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use crate::job::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use crate::text::LocalizedText;

/// The longest web address or e-mail address, in characters.
pub const MAX_ADDRESS_CHARS: usize = 500;
/// The longest telephone number, in characters.
pub const MAX_PHONE_CHARS: usize = 30;

/// How to apply: on the employer's application system, by e-mail, or as the
/// instructions say.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Application {
    /// The address of the application form: `https://` or `http://`, at most 500
    /// characters, without spaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ADDRESS_CHARS), regex(pattern = r"^https?://[^\s<>\u0022'`]+$")))]
    pub url: Option<String>,
    /// The e-mail address applications go to: at most 500 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = MAX_ADDRESS_CHARS), regex(pattern = r"^[^\s@<>\u0022'`]+@[^\s@<>\u0022'`]+$")))]
    pub email: Option<String>,
    /// Instructions, for example what to enclose. At most 1000 characters, one
    /// paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<MAX_DESCRIPTION_CHARS>>")
    )]
    pub instructions: Option<LocalizedText>,
}

/// A person to contact about the post.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Contact {
    /// The person's name. At most 200 characters, one line.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    pub name: String,
    /// Their title, for example "head of unit". At most 200 characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<MAX_NAME_CHARS>>")
    )]
    pub title: Option<LocalizedText>,
    /// Their telephone number: digits, spaces, `+`, `-` and parentheses, at most 30.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_PHONE_CHARS), regex(pattern = r"^[0-9+()\- ]*[0-9][0-9+()\- ]*$")))]
    pub phone: Option<String>,
    /// When they answer the phone, for example "Mon–Fri 9–11". At most 200
    /// characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<MAX_NAME_CHARS>>")
    )]
    pub phone_hours: Option<LocalizedText>,
    /// Their e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = MAX_ADDRESS_CHARS), regex(pattern = r"^[^\s@<>\u0022'`]+@[^\s@<>\u0022'`]+$")))]
    pub email: Option<String>,
}

impl Contact {
    /// A contact person named `name`, with nothing else given yet.
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: crate::text::nfc(name.into()),
            title: None,
            phone: None,
            phone_hours: None,
            email: None,
        }
    }

    /// The contact with a title.
    #[must_use]
    pub fn title(mut self, title: impl Into<LocalizedText>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The contact with a phone number and the hours they answer it.
    #[must_use]
    pub fn phone(mut self, phone: &str, hours: Option<LocalizedText>) -> Self {
        self.phone = Some(phone.to_owned());
        self.phone_hours = hours;
        self
    }

    /// The contact with an e-mail address.
    #[must_use]
    pub fn email(mut self, email: &str) -> Self {
        self.email = Some(email.to_owned());
        self
    }
}

impl Application {
    /// Apply on the form at `url`.
    #[must_use]
    pub fn at(url: &str) -> Self {
        Self {
            url: Some(url.to_owned()),
            email: None,
            instructions: None,
        }
    }

    /// Apply by e-mail to `email`.
    #[must_use]
    pub fn by_email(email: &str) -> Self {
        Self {
            url: None,
            email: Some(email.to_owned()),
            instructions: None,
        }
    }

    /// The application with instructions.
    #[must_use]
    pub fn instructions(mut self, instructions: impl Into<LocalizedText>) -> Self {
        self.instructions = Some(instructions.into());
        self
    }
}

impl fmt::Display for Application {
    /// The web address, else the e-mail address.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            self.url
                .as_deref()
                .or(self.email.as_deref())
                .unwrap_or_default(),
        )
    }
}

/// Whether `url` is an `https://` or `http://` address with a host and no spaces,
/// quotes or angle brackets.
pub(super) fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && url.chars().count() <= MAX_ADDRESS_CHARS
            && !url.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
            })
    })
}

pub(super) fn is_email(email: &str) -> bool {
    let forbidden = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\' | '@')
    };
    email.chars().count() <= MAX_ADDRESS_CHARS
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !local.chars().any(forbidden)
                && !domain.chars().any(forbidden)
        })
}

pub(super) fn is_phone(phone: &str) -> bool {
    phone.chars().count() <= MAX_PHONE_CHARS
        && phone.chars().any(|c| c.is_ascii_digit())
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
}
