//! A job description published as a schema.org
//! [`JobPosting`](https://schema.org/JobPosting) in JSON-LD, the form job boards and
//! Google for Jobs read: one posting per language the post is written in.
//!
//! A job description does not hold everything a posting needs: the day it is posted,
//! the deadline, the start date, how to apply and whom to contact are in
//! [`PostingDetails`]. [`JobPosting::new`] refuses, with a typed error, a posting that
//! lacks a field Google for Jobs requires (`title`, `description`, `datePosted`,
//! `hiringOrganization`, `jobLocation`).
//!
//! The description is the ad as HTML ([`Format::Html`](crate::Format::Html), without
//! its title), as Google asks. The tasks' ESCO links become `skills`, and the
//! occupational category is ISCO-08 3412. The Finnish and Swedish postings of one post
//! are not linked as translations: schema.org's `workTranslation` and
//! `translationOfWork` are properties of a `CreativeWork`, which a `JobPosting` is not;
//! for the same reason a posting does not write `inLanguage` (its language is
//! [`JobPosting::in_language`], for the `lang` of the page it is put in). Every other
//! property is one schema.org gives the type it is written on.
//!
//! To put a posting in a web page, use [`JobPosting::to_html_script`]: it writes the
//! whole `<script type="application/ld+json">` element with the JSON escaped so that no
//! text of the posting can end the element.
//!
//! The schema.org types the posting is made of are in [`schema_org`].

mod schema_org;

use serde::Serialize;

use crate::date::{Date, finnish_utc_offset};
use crate::details::{DetailsError, PostingDetails};
use crate::job::{JobDescription, Terms, TrainingRequirement};
use crate::language::Language;
use crate::pay::Pay;
use crate::render::{Format, RenderError, Rendering};
use crate::task::esco::{ESCO_SKILLS_SET, EscoSkill, ISCO_3412};
use crate::text::LocalizedText;

pub use schema_org::{
    CategoryCode, ContactPoint, Credential, DefinedTerm, Euros, MonetaryAmount, Organization,
    Place, PostalAddress, PropertyValue, QuantitativeValue,
};

/// The ISCO-08 code the posting uses as its occupational category: 3412, social work
/// associate professionals. Neither ESCO nor ISCO has an occupation for peer workers;
/// this is the closest group.
pub const ISCO_08_CODE: &str = "3412";

/// The name of [`ISCO_08_CODE`].
pub const ISCO_08_NAME: &str = "Social work associate professionals";

/// Why a posting could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PostingError {
    /// A field Google for Jobs requires is missing: in practice the day of posting.
    #[error("{field}: Google for Jobs requires {property}; give the day the posting is published")]
    MissingRequiredField {
        /// The field of the details document, for example `"date_posted"`.
        field: &'static str,
        /// The `JobPosting` property, for example `"datePosted"`.
        property: &'static str,
    },
    /// The post is not written in the language asked for, or the details do not fit
    /// its languages.
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl From<DetailsError> for PostingError {
    fn from(error: DetailsError) -> Self {
        Self::Render(RenderError::Details(error))
    }
}

impl PostingError {
    /// The field the error is about.
    #[must_use]
    pub fn field(&self) -> &str {
        match self {
            Self::MissingRequiredField { field, .. } => field,
            Self::Render(RenderError::Details(details)) => details.field(),
            Self::Render(_) => "languages",
        }
    }
}

/// A job description as a schema.org `JobPosting` in one language, ready to serialize
/// as JSON-LD.
///
/// ```
/// use peerwork::{JobDescription, JobPosting, Language, PostingDetails, Profile};
///
/// let job = JobDescription::vantaa_pilot(Profile::Caretaker).build()?;
/// let details = PostingDetails::builder().date_posted("2026-11-23".parse()?).check()?;
/// let posting = JobPosting::new(&job, &details, Language::Finnish)?;
/// let json = serde_json::to_value(&posting)?;
/// assert_eq!(json["@type"], "JobPosting");
/// assert_eq!(posting.in_language, "fi");
/// assert_eq!(json["title"], "Kokemusasiantuntija, nuorten aikuisten matalan kynnyksen palvelut");
/// assert_eq!(json["employmentType"], serde_json::json!(["PART_TIME", "TEMPORARY"]));
/// assert_eq!(json["occupationalCategory"]["codeValue"], "3412");
/// assert!(json["description"].as_str().unwrap().starts_with("<p>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct JobPosting {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The language of the texts: `fi`, `sv` or `en`. Not written in the JSON-LD:
    /// `inLanguage` is a property of a `CreativeWork` (and a few other types), not of a
    /// `JobPosting`, and a validator of schema.org refuses it there. Say the language
    /// with the `lang` of the page the posting is in.
    #[serde(skip)]
    pub in_language: &'static str,
    /// The title of the post.
    pub title: String,
    /// The ad as HTML, without its title.
    pub description: String,
    /// The day of posting.
    pub date_posted: Date,
    /// The end of the application period: a date, or a date and time with the offset of
    /// Finnish time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<String>,
    /// The employer.
    pub hiring_organization: Organization,
    /// An introduction of the employer's unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_overview: Option<String>,
    /// Where the work is.
    pub job_location: Place,
    /// `FULL_TIME` or `PART_TIME` for salaried work, `TEMPORARY` for a fixed term,
    /// `CONTRACTOR` for fee-based work, `VOLUNTEER` for volunteer work.
    pub employment_type: Vec<&'static str>,
    /// The working time of salaried work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_hours: Option<String>,
    /// The day the work starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_start_date: Option<Date>,
    /// The pay, where given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_salary: Option<MonetaryAmount>,
    /// The tasks, in words, in the order the ad lists them.
    pub responsibilities: String,
    /// The experience backgrounds the post requires, if any, worded as the ad asks for
    /// them (*omakohtaista kokemusta asunnottomuudesta*): what the post seeks, never
    /// what any person has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub experience_requirements: Option<String>,
    /// The training the post requires, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub education_requirements: Option<Credential>,
    /// The ESCO skills of the post's tasks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<DefinedTerm>,
    /// ISCO-08 3412.
    pub occupational_category: CategoryCode,
    /// The first contact person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_contact: Option<ContactPoint>,
    /// Whether one applies on the employer's own form, given in the details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct_apply: Option<bool>,
    /// The address of the application form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How many people are hired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_job_openings: Option<u16>,
    /// The employer's reference for the posting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<PropertyValue>,
}

/// The text of `text` in `language`; the post is written in it, so it has one.
fn text_in(text: &LocalizedText, language: Language) -> String {
    text.get(language).unwrap_or_default().to_owned()
}

/// The pay as a schema.org `MonetaryAmount`.
fn monetary_amount(pay: Pay) -> MonetaryAmount {
    let unit_text = pay.period().unit_text();
    let value = match pay.max() {
        Some(max) if max != pay.min() => QuantitativeValue {
            kind: "QuantitativeValue",
            value: None,
            min_value: Some(Euros(pay.min())),
            max_value: Some(Euros(max)),
            unit_text,
        },
        _ => QuantitativeValue {
            kind: "QuantitativeValue",
            value: Some(Euros(pay.min())),
            min_value: None,
            max_value: None,
            unit_text,
        },
    };
    MonetaryAmount {
        kind: "MonetaryAmount",
        currency: "EUR",
        value,
    }
}

fn employment_type(job: &JobDescription) -> Vec<&'static str> {
    match job.terms() {
        Terms::Salaried(salaried) => {
            let mut types = vec![if salaried.working_time_percent >= 100 {
                "FULL_TIME"
            } else {
                "PART_TIME"
            }];
            if salaried.contract.is_fixed_term() {
                types.push("TEMPORARY");
            }
            types
        }
        Terms::FeeBased(_) => vec!["CONTRACTOR"],
        _ => vec!["VOLUNTEER"],
    }
}

/// The tasks in words, in the order the ad lists them: the essential tasks (the
/// catalogue's in the report's duty order, then the post's own), then the optional ones.
fn responsibilities(job: &JobDescription, language: Language) -> String {
    let tasks = job.tasks();
    let mut items: Vec<String> = Vec::new();
    for (set, essential) in [(tasks.essential, true), (tasks.optional, false)] {
        items.extend(
            crate::render::posting_order(job, set)
                .into_iter()
                .map(|task| task.in_posting(language).to_owned()),
        );
        items.extend(
            tasks
                .own
                .iter()
                .filter(|own| own.essential == essential)
                .map(|own| text_in(&own.label, language)),
        );
    }
    items.join("; ")
}

/// The ESCO skills of the post's catalogue tasks, each once, in catalogue order.
fn skills(job: &JobDescription, language: Language) -> Vec<DefinedTerm> {
    let mut seen: Vec<&EscoSkill> = Vec::new();
    for task in job.tasks().all() {
        for skill in task.esco() {
            if !seen.contains(&skill) {
                seen.push(skill);
            }
        }
    }
    seen.into_iter()
        .map(|skill| DefinedTerm {
            kind: "DefinedTerm",
            name: skill.label.get(language),
            term_code: skill.uri,
            url: skill.uri,
            in_defined_term_set: ESCO_SKILLS_SET,
        })
        .collect()
}

fn training_text(training: &TrainingRequirement, language: Language) -> String {
    match training {
        TrainingRequirement::Other { description, .. } => text_in(description, language),
        _ => crate::render::capitalized(match language {
            Language::Finnish => "Kokoa ry:n suositusten mukainen kokemusasiantuntijakoulutus",
            Language::Swedish => {
                "utbildning till erfarenhetsexpert enligt Kokoa ry:s rekommendationer"
            }
            _ => "training as an expert by experience to Kokoa ry's standard",
        }),
    }
}

impl JobPosting {
    /// Publishes `job` in `language` as a `JobPosting`, with the `details` of the
    /// publication.
    ///
    /// # Errors
    ///
    /// [`PostingError::MissingRequiredField`] when the details give no day of posting,
    /// and [`PostingError::Render`] when the post is not written in `language` or a text
    /// of the details does not fit its languages.
    #[allow(clippy::too_many_lines)] // one struct literal, property by property
    pub fn new(
        job: &JobDescription,
        details: &PostingDetails,
        language: Language,
    ) -> Result<Self, PostingError> {
        let date_posted = details
            .date_posted()
            .ok_or(PostingError::MissingRequiredField {
                field: "date_posted",
                property: "datePosted",
            })?;
        let description = Rendering::new(job, language, Format::Html)?
            .with_details(details)?
            .html_body();
        let employer = job.employer();
        let mut hiring_organization = Organization::new(text_in(&employer.organisation, language));
        hiring_organization.department = employer
            .unit
            .as_ref()
            .map(|unit| Box::new(Organization::new(text_in(unit, language))));
        let location = job.location();
        let street_address = details.street_address().map(str::to_owned).or_else(|| {
            location
                .street_address
                .as_ref()
                .map(|s| text_in(s, language))
        });
        let postal_code = details
            .postal_code()
            .or(location.postal_code.as_deref())
            .map(str::to_owned);
        let salaried = job.terms().salaried();
        let required = &job.requirements().required;
        let backgrounds: Vec<&str> = required
            .experience_backgrounds
            .iter()
            .map(|&background| crate::render::background_phrase(background, language))
            .collect();
        let apply = details.apply();
        let posting = Self {
            context: "https://schema.org",
            kind: "JobPosting",
            in_language: language.code(),
            title: text_in(job.title(), language),
            description,
            date_posted,
            valid_through: details
                .valid_through()
                .map(|date| match details.deadline_time() {
                    Some(time) => {
                        format!("{date}T{time}:00+0{}:00", finnish_utc_offset(date, time))
                    }
                    None => date.to_string(),
                }),
            hiring_organization,
            employer_overview: employer
                .introduction
                .as_ref()
                .map(|intro| text_in(intro, language)),
            job_location: Place {
                kind: "Place",
                address: PostalAddress {
                    kind: "PostalAddress",
                    street_address,
                    address_locality: location.municipality.name(language).to_owned(),
                    postal_code,
                    address_country: "FI",
                },
            },
            employment_type: employment_type(job),
            work_hours: salaried.map(|terms| {
                crate::render::capitalized(&working_time(terms.working_time_percent, language))
            }),
            job_start_date: details.start_date(),
            base_salary: salaried
                .and_then(|terms| terms.pay)
                .or_else(|| details.pay())
                .filter(|_| salaried.is_some())
                .map(monetary_amount),
            responsibilities: responsibilities(job, language),
            experience_requirements: (!backgrounds.is_empty())
                .then(|| crate::render::capitalized(&backgrounds.join("; "))),
            education_requirements: required.training.as_ref().map(|training| Credential {
                kind: "EducationalOccupationalCredential",
                credential_category: "professional certificate",
                description: training_text(training, language),
            }),
            skills: skills(job, language),
            occupational_category: CategoryCode {
                kind: "CategoryCode",
                code_value: ISCO_08_CODE,
                in_code_set: "ISCO-08",
                name: ISCO_08_NAME,
                url: ISCO_3412.uri,
            },
            application_contact: details.contacts().first().map(|contact| ContactPoint {
                kind: "ContactPoint",
                name: contact.name.clone(),
                contact_type: contact.title.as_ref().map(|title| text_in(title, language)),
                telephone: contact.phone.clone(),
                email: contact.email.clone(),
                hours_available: contact.phone_hours.as_ref().map(|h| text_in(h, language)),
            }),
            direct_apply: apply.and_then(|apply| apply.url.as_ref()).map(|_| true),
            url: apply.and_then(|apply| apply.url.clone()),
            total_job_openings: details.openings(),
            identifier: details.identifier().map(|value| PropertyValue {
                kind: "PropertyValue",
                name: text_in(&employer.organisation, language),
                value: value.to_owned(),
            }),
        };
        Ok(posting)
    }

    /// One posting per language the post is written in, in the order of its languages.
    ///
    /// # Errors
    ///
    /// As [`JobPosting::new`].
    pub fn in_every_language(
        job: &JobDescription,
        details: &PostingDetails,
    ) -> Result<Vec<Self>, PostingError> {
        job.languages()
            .iter()
            .map(|&language| Self::new(job, details, language))
            .collect()
    }

    /// The posting as an HTML `<script type="application/ld+json">` element, ready to
    /// put in a web page: this is how job boards and Google for Jobs find a posting on a
    /// page.
    ///
    /// Use this rather than printing the JSON into a page yourself. The texts of a
    /// posting (the title, the employer, the description) may hold `<`, `>` and `&`,
    /// which JSON leaves as they are, so a title such as
    /// `</script><script>alert(1)</script>` would end the element and run as script.
    /// Here `<`, `>`, `&` and the line and paragraph separators (U+2028, U+2029) are
    /// written as the JSON escapes `\u003c`, `\u003e`, `\u0026`, `\u2028` and `\u2029`.
    /// They only occur inside JSON strings, where an escape means the same character, so
    /// the JSON reads back to exactly the same value, and the element holds no `</script`
    /// or `<!--` but its own closing tag.
    ///
    /// The JSON is on one line. Needs the `json` feature (on by default), which brings
    /// the JSON printer.
    ///
    /// ```
    /// use peerwork::{JobDescription, JobPosting, Language, Municipality, PostingDetails, Profile};
    ///
    /// let job = JobDescription::builder("Peer worker </script><script>alert(1)</script>")
    ///     .languages([Language::English])
    ///     .employer("Vantaan A-kilta")
    ///     .location(Municipality::VANTAA)
    ///     .profile(Profile::BridgeBuilder)
    ///     .build()?;
    /// let details = PostingDetails::builder().date_posted("2026-11-23".parse()?).check()?;
    /// let posting = JobPosting::new(&job, &details, Language::English)?;
    ///
    /// let html = posting.to_html_script();
    /// assert!(html.starts_with(r#"<script type="application/ld+json">{"@context":"#));
    /// assert!(html.ends_with("}</script>"));
    /// assert_eq!(html.matches("</script").count(), 1);
    /// assert!(html.contains(r#""title":"Peer worker \u003c/script\u003e\u003cscript\u003e"#));
    ///
    /// // The JSON inside reads back to the posting.
    /// let json = html
    ///     .strip_prefix(r#"<script type="application/ld+json">"#)
    ///     .and_then(|rest| rest.strip_suffix("</script>"))
    ///     .unwrap();
    /// let value: serde_json::Value = serde_json::from_str(json)?;
    /// assert_eq!(value, serde_json::to_value(&posting)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "json")]
    #[must_use]
    pub fn to_html_script(&self) -> String {
        const OPEN: &str = r#"<script type="application/ld+json">"#;
        const CLOSE: &str = "</script>";
        // Every key of a posting is a string and its only numbers are finite amounts,
        // so printing it cannot fail.
        let json = serde_json::to_string(self).unwrap_or_default();
        let mut html = String::with_capacity(
            json.len()
                .saturating_add(OPEN.len())
                .saturating_add(CLOSE.len()),
        );
        html.push_str(OPEN);
        // Outside strings, compact JSON holds only `{}[],:`, numbers, `true`, `false`
        // and `null`, so each of these characters is inside a string, and never part
        // of an escape sequence serde_json wrote.
        for c in json.chars() {
            match c {
                '<' => html.push_str("\\u003c"),
                '>' => html.push_str("\\u003e"),
                '&' => html.push_str("\\u0026"),
                '\u{2028}' => html.push_str("\\u2028"),
                '\u{2029}' => html.push_str("\\u2029"),
                _ => html.push(c),
            }
        }
        html.push_str(CLOSE);
        html
    }
}

/// The working time of salaried work in words: `50 % täydestä työajasta`.
fn working_time(percent: u8, language: Language) -> String {
    match (language, percent) {
        (Language::Finnish, 100..) => "kokoaikainen".to_owned(),
        (Language::Swedish, 100..) => "heltid".to_owned(),
        (_, 100..) => "full time".to_owned(),
        (Language::Finnish, p) => format!("{p} % täydestä työajasta"),
        (Language::Swedish, p) => format!("{p} % av heltid"),
        (_, p) => format!("{p}% of full time"),
    }
}
