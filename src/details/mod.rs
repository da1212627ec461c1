//! [`PostingDetails`]: what one publication of a post says that the job description
//! does not: when it is posted, the application deadline, the start date, how to
//! apply, whom to contact, how many people are hired.
//!
//! How to apply and whom to contact are in [`contact`], the rules the details can break
//! in [`error`].

mod contact;
mod error;

use serde::{Deserialize, Deserializer, Serialize};

use crate::date::{ClockTime, Date};
use crate::error::quote;
use crate::job::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_POSTAL_CODE_CHARS};
use crate::language::Language;
use crate::pay::Pay;
use crate::text::LocalizedText;
use crate::validate::{bounded_field, list_field};

pub use contact::{Application, Contact, MAX_ADDRESS_CHARS, MAX_PHONE_CHARS};
use contact::{is_email, is_phone, is_web_address};
pub use error::DetailsError;
use error::{check_line, check_localized};

/// The most contact persons a posting may name.
pub const MAX_CONTACTS: usize = 5;

list_field!(ContactsField, "contacts", MAX_CONTACTS);

/// What one publication of a post says that the job description does not.
///
/// A job description describes the post; the details describe one publication of it
/// (see the [job module's docs](crate::JobDescription)). The details hold no text about
/// the post itself, so they are written once for every language the post is published
/// in; their few texts (instructions, titles, phone hours) may be given per language.
///
/// ```
/// use peerwork::{Application, ClockTime, Contact, PostingDetails};
///
/// let details = PostingDetails::builder()
///     .date_posted("2026-11-23".parse()?)
///     .deadline("2026-12-14".parse()?, Some(ClockTime::new(16, 0)?))
///     .start("2027-02-01".parse()?, true)
///     .apply(Application::at("https://rekry.example.fi/haku/118"))
///     .contact(Contact::new("Maija Esimerkki").phone("040 123 4567", None))
///     .identifier("VAN-2026-118")
///     .check()?;
/// assert_eq!(details.valid_through().map(|d| d.to_string()).as_deref(), Some("2026-12-14"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Read from a document, the details run the same checks and refuse unknown fields;
/// errors name the field of the details document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PostingDetails(DetailsFields);

/// What one publication of a peer-worker post says that the job description does not.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PostingDetails"))]
pub(super) struct DetailsFields {
    /// The language to publish in when none is chosen (kept from the first version of
    /// this document, which was written for one language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) language: Option<Language>,
    /// The day the posting is published; a `JobPosting` needs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) date_posted: Option<Date>,
    /// The last day to apply; not before `date_posted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) valid_through: Option<Date>,
    /// The time on the last day when the application period ends, in Finnish time;
    /// only with `valid_through`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) deadline_time: Option<ClockTime>,
    /// The day the work starts; not before `date_posted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) start_date: Option<Date>,
    /// Whether the start is by agreement (then `start_date`, if given, is the earliest
    /// or the hoped-for day).
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub(super) start_by_agreement: bool,
    /// How to apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) apply: Option<Application>,
    /// The contact persons, at most 5.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, ContactsField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_CONTACTS)))]
    pub(super) contacts: Vec<Contact>,
    /// How many people are hired: at least 1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "openings"
    )]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 65535)))]
    pub(super) openings: Option<u16>,
    /// The employer's reference for the posting (*hakunumero*). At most 200 characters,
    /// one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    pub(super) identifier: Option<String>,
    /// The street address, where it differs from the job description's. At most 200
    /// characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    pub(super) street_address: Option<String>,
    /// The postal code, where it differs from the job description's. At most 20
    /// characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_POSTAL_CODE_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    pub(super) postal_code: Option<String>,
    /// The pay, where the job description states none (kept from the first version of
    /// this document; the pay belongs to the job description's terms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) pay: Option<Pay>,
}

fn openings<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u16>, D::Error> {
    crate::validate::whole::<_, u16, 1, 65535>(deserializer).map(Some)
}

impl DetailsFields {
    fn check(self) -> Result<PostingDetails, DetailsError> {
        if let Some(date_posted) = self.date_posted {
            for (field, date) in [
                ("valid_through", self.valid_through),
                ("start_date", self.start_date),
            ] {
                if let Some(date) = date
                    && date < date_posted
                {
                    return Err(DetailsError::BeforeDatePosted {
                        field,
                        date,
                        date_posted,
                    });
                }
            }
        }
        if self.deadline_time.is_some() && self.valid_through.is_none() {
            return Err(DetailsError::TimeWithoutDeadline);
        }
        if let Some(apply) = &self.apply {
            if let Some(url) = &apply.url
                && !is_web_address(url)
            {
                return Err(DetailsError::InvalidUrl {
                    field: "apply.url",
                    value: quote(url),
                });
            }
            if let Some(email) = &apply.email
                && !is_email(email)
            {
                return Err(DetailsError::InvalidEmail {
                    field: "apply.email".to_owned(),
                    value: quote(email),
                });
            }
            if let Some(instructions) = &apply.instructions {
                check_localized("apply.instructions", instructions, MAX_DESCRIPTION_CHARS)?;
            }
        }
        if self.contacts.len() > MAX_CONTACTS {
            return Err(DetailsError::TooManyContacts);
        }
        for (index, contact) in self.contacts.iter().enumerate() {
            let at = |part: &str| format!("contacts[{index}].{part}");
            check_line(&at("name"), &contact.name, MAX_NAME_CHARS)?;
            if let Some(title) = &contact.title {
                check_localized(&at("title"), title, MAX_NAME_CHARS)?;
            }
            if let Some(phone) = &contact.phone
                && !is_phone(phone)
            {
                return Err(DetailsError::InvalidPhone {
                    field: at("phone"),
                    value: quote(phone),
                });
            }
            if let Some(hours) = &contact.phone_hours {
                check_localized(&at("phone_hours"), hours, MAX_NAME_CHARS)?;
            }
            if let Some(email) = &contact.email
                && !is_email(email)
            {
                return Err(DetailsError::InvalidEmail {
                    field: at("email"),
                    value: quote(email),
                });
            }
        }
        if self.openings == Some(0) {
            return Err(DetailsError::NoOpenings);
        }
        for (field, value, max) in [
            ("identifier", &self.identifier, MAX_NAME_CHARS),
            ("street_address", &self.street_address, MAX_NAME_CHARS),
            ("postal_code", &self.postal_code, MAX_POSTAL_CODE_CHARS),
        ] {
            if let Some(value) = value {
                check_line(field, value, max)?;
            }
        }
        Ok(PostingDetails(self))
    }
}

/// Details being written: the setters of [`PostingDetails`] return this, and
/// [`check`](Self::check) checks every rule.
#[derive(Debug, Clone, Default)]
#[must_use = "details do nothing until `check` is called"]
pub struct PostingDetailsBuilder(DetailsFields);

impl PostingDetails {
    /// Details with nothing given yet, to fill in and [`check`](PostingDetailsBuilder::check).
    pub fn builder() -> PostingDetailsBuilder {
        PostingDetailsBuilder::default()
    }

    /// A builder holding these details, to change some of them.
    pub fn to_builder(&self) -> PostingDetailsBuilder {
        PostingDetailsBuilder(self.0.clone())
    }

    /// The language to publish in when none is chosen, if the details give one.
    #[must_use]
    pub fn language(&self) -> Option<Language> {
        self.0.language
    }

    /// The day the posting is published.
    #[must_use]
    pub fn date_posted(&self) -> Option<Date> {
        self.0.date_posted
    }

    /// The last day to apply.
    #[must_use]
    pub fn valid_through(&self) -> Option<Date> {
        self.0.valid_through
    }

    /// The time on the last day when the application period ends, in Finnish time.
    #[must_use]
    pub fn deadline_time(&self) -> Option<ClockTime> {
        self.0.deadline_time
    }

    /// The day the work starts.
    #[must_use]
    pub fn start_date(&self) -> Option<Date> {
        self.0.start_date
    }

    /// Whether the start is by agreement.
    #[must_use]
    pub fn start_by_agreement(&self) -> bool {
        self.0.start_by_agreement
    }

    /// How to apply.
    #[must_use]
    pub fn apply(&self) -> Option<&Application> {
        self.0.apply.as_ref()
    }

    /// The contact persons.
    #[must_use]
    pub fn contacts(&self) -> &[Contact] {
        &self.0.contacts
    }

    /// How many people are hired.
    #[must_use]
    pub fn openings(&self) -> Option<u16> {
        self.0.openings
    }

    /// The employer's reference for the posting.
    #[must_use]
    pub fn identifier(&self) -> Option<&str> {
        self.0.identifier.as_deref()
    }

    /// The street address, where it differs from the job description's.
    #[must_use]
    pub fn street_address(&self) -> Option<&str> {
        self.0.street_address.as_deref()
    }

    /// The postal code, where it differs from the job description's.
    #[must_use]
    pub fn postal_code(&self) -> Option<&str> {
        self.0.postal_code.as_deref()
    }

    /// The pay, where the job description states none.
    #[must_use]
    pub fn pay(&self) -> Option<Pay> {
        self.0.pay
    }

    /// Checks that every text given per language is given in each of `languages` (texts
    /// in other languages are kept, and used when the details serve a post written in
    /// them).
    pub(crate) fn check_languages(&self, languages: &[Language]) -> Result<(), DetailsError> {
        let mut texts: Vec<(String, &LocalizedText)> = Vec::new();
        if let Some(instructions) = self.0.apply.as_ref().and_then(|a| a.instructions.as_ref()) {
            texts.push(("apply.instructions".to_owned(), instructions));
        }
        for (index, contact) in self.0.contacts.iter().enumerate() {
            for (part, text) in [
                ("title", &contact.title),
                ("phone_hours", &contact.phone_hours),
            ] {
                if let Some(text) = text {
                    texts.push((format!("contacts[{index}].{part}"), text));
                }
            }
        }
        for (field, text) in texts {
            if text.is_same_in_every_language() {
                continue;
            }
            if let Some(&language) = languages.iter().find(|&&l| text.get(l).is_none()) {
                return Err(DetailsError::MissingTranslation { field, language });
            }
        }
        Ok(())
    }
}

impl PostingDetailsBuilder {
    /// Sets the language to publish in when none is chosen.
    pub fn language(mut self, language: Language) -> Self {
        self.0.language = Some(language);
        self
    }

    /// Sets the day the posting is published.
    pub fn date_posted(mut self, date: Date) -> Self {
        self.0.date_posted = Some(date);
        self
    }

    /// Sets the last day to apply and, optionally, the time it ends (Finnish time).
    pub fn deadline(mut self, date: Date, time: Option<ClockTime>) -> Self {
        self.0.valid_through = Some(date);
        self.0.deadline_time = time;
        self
    }

    /// Sets the day the work starts, and whether the start is by agreement.
    pub fn start(mut self, date: Date, by_agreement: bool) -> Self {
        self.0.start_date = Some(date);
        self.0.start_by_agreement = by_agreement;
        self
    }

    /// Sets the start as by agreement, with no day given.
    pub fn start_by_agreement(mut self) -> Self {
        self.0.start_date = None;
        self.0.start_by_agreement = true;
        self
    }

    /// Sets how to apply.
    pub fn apply(mut self, application: Application) -> Self {
        self.0.apply = Some(application);
        self
    }

    /// Adds a contact person.
    pub fn contact(mut self, contact: Contact) -> Self {
        self.0.contacts.push(contact);
        self
    }

    /// Sets how many people are hired.
    pub fn openings(mut self, openings: u16) -> Self {
        self.0.openings = Some(openings);
        self
    }

    /// Sets the employer's reference for the posting.
    pub fn identifier(mut self, identifier: impl Into<String>) -> Self {
        self.0.identifier = Some(identifier.into());
        self
    }

    /// Sets the street address and postal code, where they differ from the job
    /// description's.
    pub fn street_address(mut self, street_address: &str, postal_code: &str) -> Self {
        self.0.street_address = Some(street_address.to_owned());
        self.0.postal_code = Some(postal_code.to_owned());
        self
    }

    /// Sets the pay, for a job description that states none.
    pub fn pay(mut self, pay: Pay) -> Self {
        self.0.pay = Some(pay);
        self
    }

    /// Checks every rule and returns the details.
    ///
    /// # Errors
    ///
    /// [`DetailsError`] for the first rule broken, in the order of the fields.
    pub fn check(self) -> Result<PostingDetails, DetailsError> {
        self.0.check()
    }
}

/// Reading details runs the same checks as [`PostingDetailsBuilder::check`].
impl<'de> Deserialize<'de> for PostingDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::strict::deserialize::<DetailsFields, _>(deserializer)?
            .check()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PostingDetails {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PostingDetails".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        DetailsFields::json_schema(generator)
    }
}
