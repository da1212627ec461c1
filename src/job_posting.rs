//! A job description published as a schema.org
//! [`JobPosting`](https://schema.org/JobPosting) in JSON-LD, the form job boards and
//! Google for Jobs read.
//!
//! A job description does not hold everything a posting needs: the date it is posted,
//! the last date to apply, the street address and the pay are supplied in
//! [`PostingDetails`]. [`JobPosting::new`] refuses, with a typed error, a posting that
//! lacks a field Google for Jobs requires (`title`, `description`, `datePosted`,
//! `hiringOrganization`, `jobLocation`).
//!
//! To put a posting in a web page, use [`JobPosting::to_html_script`]: it writes the
//! whole `<script type="application/ld+json">` element with the JSON escaped so that no
//! text of the posting can end the element.

use serde::{Deserialize, Serialize, Serializer};

use crate::date::Date;
use crate::error::quote;
use crate::fee::Cents;
use crate::i18n::Vocabulary;
use crate::job::{Contract, FormOfWork, JobDescription, MAX_NAME_CHARS, MAX_POSTAL_CODE_CHARS};
use crate::language::Language;
use crate::render::{self, Format};
use crate::validate::{TextProblem, check_text};

/// The ISCO-08 code the posting uses as its occupational category: 3412, social work
/// associate professionals. Neither ESCO nor ISCO has an occupation for peer workers;
/// this is the closest group.
pub const ISCO_08_CODE: &str = "3412";

/// The name of [`ISCO_08_CODE`].
pub const ISCO_08_NAME: &str = "Social work associate professionals";

model_enum! {
/// The period pay is given for.
///
/// Its id (`hour`, `month`, `year`) is what [`Pay`] and [`PostingDetails`] read and
/// write. The posting itself writes the schema.org unit instead: `HOUR`, `MONTH` or
/// `YEAR`.
///
/// ```
/// use peerwork::PayPeriod;
///
/// assert_eq!("month".parse::<PayPeriod>()?, PayPeriod::Month);
/// assert_eq!(PayPeriod::Hour.to_string(), "hour");
/// assert_eq!(serde_json::to_string(&PayPeriod::Year).unwrap(), r#""year""#);
/// # Ok::<(), peerwork::ParseIdError>(())
/// ```
pub enum PayPeriod {
    /// Per hour.
    Hour,
    /// Per month.
    Month,
    /// Per year.
    Year,
}
}

impl PayPeriod {
    /// The schema.org `unitText` of the period, as the posting writes it.
    const fn unit_text(self) -> &'static str {
        match self {
            Self::Hour => "HOUR",
            Self::Month => "MONTH",
            Self::Year => "YEAR",
        }
    }
}

/// The pay of a post, in euro cents: a single amount, or a range.
///
/// The amount, or the lower end of a range, must be more than zero, and a range must not
/// end below its start. [`JobPosting::new`] checks this, and so does reading pay from a
/// document, which also refuses unknown fields.
///
/// ```
/// use peerwork::{Cents, Pay, PayPeriod};
///
/// let pay: Pay = serde_json::from_str(r#"{"min": 135000, "max": 145000, "period": "month"}"#)?;
/// assert_eq!(pay.min, Cents::from_euros(1_350));
/// assert_eq!(pay.max, Some(Cents::from_euros(1_450)));
/// assert_eq!(pay.period, PayPeriod::Month);
///
/// let err = serde_json::from_str::<Pay>(r#"{"min": 300000, "max": 200000, "period": "month"}"#)
///     .unwrap_err();
/// assert!(err.to_string().starts_with(
///     "baseSalary: the pay range 3000.00 EUR to 2000.00 EUR ends below its start"
/// ));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Pay {
    /// The amount, or the lower end of the range; more than zero.
    pub min: Cents,
    /// The upper end of the range, if the pay is a range; not below `min`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Cents>,
    /// The period the amounts are for.
    pub period: PayPeriod,
}

impl Pay {
    /// Checks that the amount is more than zero and that a range does not end below its
    /// start.
    fn check(self) -> Result<Self, PostingError> {
        if self.min.0 == 0 || self.max.is_some_and(|max| max < self.min) {
            return Err(PostingError::InvalidPay {
                min: self.min,
                max: self.max,
            });
        }
        Ok(self)
    }
}

checked_on_read!(
    /// Reading pay runs the same checks as [`JobPosting::new`].
    Pay,
    check
);

/// What a posting needs that a job description does not hold.
///
/// ```
/// use peerwork::{Cents, Language, Pay, PayPeriod, PostingDetails};
///
/// let details = PostingDetails::new(Language::Finnish)
///     .date_posted("2026-11-23".parse()?)
///     .valid_through("2026-12-14".parse()?)
///     .street_address("Asematie 7", "01300")
///     .pay(Pay { min: Cents::from_euros(2_400), max: None, period: PayPeriod::Month })
///     .identifier("VAN-2026-118");
/// # Ok::<(), peerwork::DateError>(())
/// ```
///
/// Details can also be read from a document, for example a configuration file. Reading
/// refuses unknown fields and runs the checks of [`JobPosting::new`] that do not need
/// the job description: the last day to apply is not before the day of posting, the
/// texts are one line and within their limits, and the pay is valid. Only `language` is
/// required. Errors name the property of the posting the value becomes
/// (`validThrough`, `jobLocation.address.streetAddress`, `baseSalary`, …), as they do
/// from [`JobPosting::new`], not the key of the details document.
///
/// ```
/// use peerwork::{Cents, Language, PostingDetails};
///
/// let details: PostingDetails = serde_json::from_str(
///     r#"{
///         "language": "fi",
///         "valid_through": "2026-12-14",
///         "street_address": "Asematie 7",
///         "postal_code": "01300",
///         "pay": {"min": 240000, "period": "month"}
///     }"#,
/// )?;
/// assert_eq!(details.language, Language::Finnish);
/// assert_eq!(details.pay.map(|pay| pay.min), Some(Cents::from_euros(2_400)));
///
/// let err = serde_json::from_str::<PostingDetails>(
///     r#"{"language": "fi", "date_posted": "2026-11-23", "valid_through": "2026-11-22"}"#,
/// )
/// .unwrap_err();
/// assert!(err.to_string().starts_with("validThrough: 2026-11-22 is before datePosted 2026-11-23"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct PostingDetails {
    /// The language of the posting's texts.
    pub language: Language,
    /// The day the posting is published. Required by [`JobPosting::new`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_posted: Option<Date>,
    /// The last day to apply; not before `date_posted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<Date>,
    /// The street address, overriding the job description's. One line of 1 to
    /// [`MAX_NAME_CHARS`] characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    /// The postal code, overriding the job description's. One line of 1 to
    /// [`MAX_POSTAL_CODE_CHARS`] characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<Pay>,
    /// The employer's identifier for the posting. One line of 1 to [`MAX_NAME_CHARS`]
    /// characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

checked_on_read!(
    /// Reading details runs the checks of [`JobPosting::new`] that do not need the job
    /// description.
    PostingDetails,
    check
);

impl PostingDetails {
    /// Details for a posting in `language`, with nothing else set yet.
    #[must_use]
    pub fn new(language: Language) -> Self {
        Self {
            language,
            date_posted: None,
            valid_through: None,
            street_address: None,
            postal_code: None,
            pay: None,
            identifier: None,
        }
    }

    /// Sets the day the posting is published.
    #[must_use]
    pub fn date_posted(mut self, date: Date) -> Self {
        self.date_posted = Some(date);
        self
    }

    /// Sets the last day to apply.
    #[must_use]
    pub fn valid_through(mut self, date: Date) -> Self {
        self.valid_through = Some(date);
        self
    }

    /// Sets the street address and postal code of the workplace.
    #[must_use]
    pub fn street_address(
        mut self,
        street_address: impl Into<String>,
        postal_code: impl Into<String>,
    ) -> Self {
        self.street_address = Some(street_address.into());
        self.postal_code = Some(postal_code.into());
        self
    }

    /// Sets the pay.
    #[must_use]
    pub fn pay(mut self, pay: Pay) -> Self {
        self.pay = Some(pay);
        self
    }

    /// Sets the employer's identifier for the posting.
    #[must_use]
    pub fn identifier(mut self, identifier: impl Into<String>) -> Self {
        self.identifier = Some(identifier.into());
        self
    }

    /// The checks that do not need the job description: the last day to apply is not
    /// before the day of posting, the supplied texts are one line and within their
    /// limits, and the pay is valid. Errors come in that order.
    fn check(&self) -> Result<(), PostingError> {
        if let (Some(date_posted), Some(valid_through)) = (self.date_posted, self.valid_through)
            && valid_through < date_posted
        {
            return Err(PostingError::ValidThroughBeforeDatePosted {
                date_posted,
                valid_through,
            });
        }
        check_supplied_text(
            "jobLocation.address.streetAddress",
            self.street_address.as_deref(),
            MAX_NAME_CHARS,
        )?;
        check_supplied_text(
            "jobLocation.address.postalCode",
            self.postal_code.as_deref(),
            MAX_POSTAL_CODE_CHARS,
        )?;
        check_supplied_text("identifier", self.identifier.as_deref(), MAX_NAME_CHARS)?;
        if let Some(pay) = self.pay {
            pay.check()?;
        }
        Ok(())
    }
}

/// Why a posting could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PostingError {
    /// A field Google for Jobs requires is missing or empty.
    #[error("{field}: Google for Jobs requires this field")]
    MissingRequiredField {
        /// The `JobPosting` property, for example `"datePosted"`.
        field: &'static str,
    },
    /// The last day to apply is before the day of posting.
    #[error("validThrough: {valid_through} is before datePosted {date_posted}")]
    ValidThroughBeforeDatePosted {
        /// The day of posting.
        date_posted: Date,
        /// The last day to apply.
        valid_through: Date,
    },
    /// Pay of zero, or a range whose upper end is below its lower end.
    #[error("baseSalary: {}", pay_problem(*.min, *.max))]
    InvalidPay {
        /// The amount, or the lower end of the range, given.
        min: Cents,
        /// The upper end of the range given, if any.
        max: Option<Cents>,
    },
    /// A supplied text is empty, too long or more than one line.
    #[error("{field}: `{value}` must be one line of 1 to {max} characters")]
    InvalidText {
        /// The `JobPosting` property.
        field: &'static str,
        /// The text given (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes).
        value: String,
        /// The limit, in characters.
        max: usize,
    },
}

impl PostingError {
    /// The `JobPosting` property the error is about.
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Self::MissingRequiredField { field } | Self::InvalidText { field, .. } => field,
            Self::ValidThroughBeforeDatePosted { .. } => "validThrough",
            Self::InvalidPay { .. } => "baseSalary",
        }
    }
}

/// What is wrong with pay of `min` (to `max`), for [`PostingError::InvalidPay`].
fn pay_problem(min: Cents, max: Option<Cents>) -> String {
    match max {
        Some(max) if max < min => format!("the pay range {min} to {max} ends below its start"),
        Some(max) => format!("the pay range {min} to {max} must start above zero"),
        None => format!("pay of {min} must be more than zero"),
    }
}

/// A schema.org `Organization`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organization {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The organisation's name.
    pub name: String,
    /// The unit, as a department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<Box<Organization>>,
}

impl Organization {
    fn new(name: String) -> Self {
        Self {
            kind: "Organization",
            name,
            department: None,
        }
    }
}

/// A schema.org `PostalAddress`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PostalAddress {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The street address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    /// The municipality.
    pub address_locality: String,
    /// The postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country, as an ISO 3166-1 alpha-2 code: `FI`.
    pub address_country: &'static str,
}

/// A schema.org `Place`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// Its address.
    pub address: PostalAddress,
}

/// A schema.org `CategoryCode`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryCode {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The code.
    pub code_value: &'static str,
    /// The code set: `ISCO-08`.
    pub in_code_set: &'static str,
    /// The code's name.
    pub name: &'static str,
}

/// A schema.org `PropertyValue`, used as an identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PropertyValue {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// Whose identifier: the employer.
    pub name: String,
    /// The identifier.
    pub value: String,
}

/// An amount of euro cents written as a JSON number of euros (two decimals), as
/// schema.org expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Euros(pub Cents);

impl Serialize for Euros {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Exact for any amount below 2^53 cents; pay is far below that.
        #[allow(clippy::cast_precision_loss)]
        let euros = self.0.0 as f64 / 100.0;
        serializer.serialize_f64(euros)
    }
}

/// A schema.org `QuantitativeValue` of pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuantitativeValue {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// A single amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Euros>,
    /// The lower end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_value: Option<Euros>,
    /// The upper end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_value: Option<Euros>,
    /// `HOUR`, `MONTH` or `YEAR`.
    pub unit_text: &'static str,
}

/// A schema.org `MonetaryAmount`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonetaryAmount {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// `EUR`.
    pub currency: &'static str,
    /// The amount.
    pub value: QuantitativeValue,
}

/// A job description as a schema.org `JobPosting`, ready to serialize as JSON-LD.
///
/// ```
/// use peerwork::{JobDescription, JobPosting, Language, PostingDetails, Profile};
///
/// let job = JobDescription::vantaa_pilot_in(Profile::Caretaker, Language::Finnish).build()?;
/// let details = PostingDetails::new(Language::Finnish).date_posted("2026-11-23".parse()?);
/// let posting = JobPosting::new(&job, &details)?;
/// let json = serde_json::to_value(&posting)?;
/// assert_eq!(json["@type"], "JobPosting");
/// assert_eq!(json["employmentType"], serde_json::json!(["PART_TIME", "TEMPORARY"]));
/// assert_eq!(json["occupationalCategory"]["codeValue"], "3412");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JobPosting {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The title of the post.
    pub title: String,
    /// The whole job description as plain text in the posting's language.
    pub description: String,
    /// The day of posting.
    pub date_posted: Date,
    /// The last day to apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<Date>,
    /// The employer.
    pub hiring_organization: Organization,
    /// Where the work is.
    pub job_location: Place,
    /// `FULL_TIME` or `PART_TIME`, and `TEMPORARY`, `VOLUNTEER`, `CONTRACTOR` where they
    /// apply.
    pub employment_type: Vec<&'static str>,
    /// The working time.
    pub work_hours: String,
    /// The tasks.
    pub responsibilities: String,
    /// The experience backgrounds the post seeks, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub experience_requirements: Option<String>,
    /// The training requirement.
    pub qualifications: String,
    /// The pay, where given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_salary: Option<MonetaryAmount>,
    /// The employer's identifier for the posting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<PropertyValue>,
    /// The language of the texts: `fi`, `sv` or `en`.
    pub in_language: &'static str,
    /// ISCO-08 3412.
    pub occupational_category: CategoryCode,
}

/// Checks a text supplied in [`PostingDetails`], if given.
fn check_supplied_text(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<(), PostingError> {
    match value.map(|text| (text, check_text(text, max))) {
        None | Some((_, Ok(()))) => Ok(()),
        Some((
            text,
            Err(TextProblem::Empty | TextProblem::TooLong(_) | TextProblem::ControlCharacter),
        )) => Err(PostingError::InvalidText {
            field,
            value: quote(text),
            max,
        }),
    }
}

/// The pay as a schema.org `MonetaryAmount`. The pay has been checked.
fn monetary_amount(pay: Pay) -> MonetaryAmount {
    let value = match pay.max {
        Some(max) if max != pay.min => QuantitativeValue {
            kind: "QuantitativeValue",
            value: None,
            min_value: Some(Euros(pay.min)),
            max_value: Some(Euros(max)),
            unit_text: pay.period.unit_text(),
        },
        _ => QuantitativeValue {
            kind: "QuantitativeValue",
            value: Some(Euros(pay.min)),
            min_value: None,
            max_value: None,
            unit_text: pay.period.unit_text(),
        },
    };
    MonetaryAmount {
        kind: "MonetaryAmount",
        currency: "EUR",
        value,
    }
}

fn employment_type(job: &JobDescription) -> Vec<&'static str> {
    let terms = job.terms();
    let mut types = vec![if terms.working_time_percent >= 100 {
        "FULL_TIME"
    } else {
        "PART_TIME"
    }];
    if let Contract::FixedTerm { .. } = terms.contract {
        types.push("TEMPORARY");
    }
    match terms.form_of_work {
        FormOfWork::Volunteer => types.push("VOLUNTEER"),
        FormOfWork::FeeBased => types.push("CONTRACTOR"),
        FormOfWork::Salaried => {}
    }
    types
}

impl JobPosting {
    /// Publishes `job` as a `JobPosting` with `details`.
    ///
    /// # Errors
    ///
    /// [`PostingError::MissingRequiredField`] when a field Google for Jobs requires is
    /// missing (in practice `datePosted`: the job description supplies the others),
    /// [`PostingError::ValidThroughBeforeDatePosted`], [`PostingError::InvalidPay`] and
    /// [`PostingError::InvalidText`] for a bad supplied address or identifier.
    pub fn new(job: &JobDescription, details: &PostingDetails) -> Result<Self, PostingError> {
        let language = details.language;
        let date_posted = details
            .date_posted
            .ok_or(PostingError::MissingRequiredField {
                field: "datePosted",
            })?;
        details.check()?;
        // The job description's own address was checked when it was built or read.
        let location = job.location();
        let street_address = details
            .street_address
            .as_ref()
            .or(location.street_address.as_ref())
            .cloned();
        let postal_code = details
            .postal_code
            .as_ref()
            .or(location.postal_code.as_ref())
            .cloned();
        let identifier = details.identifier.clone().map(|value| PropertyValue {
            kind: "PropertyValue",
            name: job.employer().organisation.clone(),
            value,
        });

        let mut hiring_organization = Organization::new(job.employer().organisation.clone());
        hiring_organization.department = job
            .employer()
            .unit
            .clone()
            .map(|unit| Box::new(Organization::new(unit)));

        let posting = Self {
            context: "https://schema.org",
            kind: "JobPosting",
            title: job.title().to_owned(),
            description: job.render(language, Format::PlainText),
            date_posted,
            valid_through: details.valid_through,
            hiring_organization,
            job_location: Place {
                kind: "Place",
                address: PostalAddress {
                    kind: "PostalAddress",
                    street_address,
                    address_locality: location.municipality.clone(),
                    postal_code,
                    address_country: "FI",
                },
            },
            employment_type: employment_type(job),
            work_hours: render::working_time_text(job, language),
            responsibilities: job
                .tasks()
                .all()
                .iter()
                .map(|task| task.label_in(language))
                .collect::<Vec<_>>()
                .join("; "),
            experience_requirements: render::experience_text(job, language),
            qualifications: render::training_text(job, language),
            base_salary: details.pay.map(monetary_amount),
            identifier,
            in_language: language.code(),
            occupational_category: CategoryCode {
                kind: "CategoryCode",
                code_value: ISCO_08_CODE,
                in_code_set: "ISCO-08",
                name: ISCO_08_NAME,
            },
        };
        posting.check_required()?;
        Ok(posting)
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
    /// The JSON is on one line. Needs the `json` or the `schema` feature (both on by
    /// default), which bring the JSON printer.
    ///
    /// ```
    /// use peerwork::{JobDescription, JobPosting, Language, Location, PostingDetails, Profile};
    ///
    /// let job = JobDescription::builder("Peer worker </script><script>alert(1)</script>")
    ///     .employer("Vantaan A-kilta", None)
    ///     .location(Location::municipality("Vantaa"))
    ///     .profile(Profile::BridgeBuilder)
    ///     .build()?;
    /// let details = PostingDetails::new(Language::English).date_posted("2026-11-23".parse()?);
    /// let posting = JobPosting::new(&job, &details)?;
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
    #[cfg(any(feature = "json", feature = "schema"))]
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

    /// Checks the fields Google for Jobs requires.
    fn check_required(&self) -> Result<(), PostingError> {
        let missing = |field| Err(PostingError::MissingRequiredField { field });
        if self.title.trim().is_empty() {
            return missing("title");
        }
        if self.description.trim().is_empty() {
            return missing("description");
        }
        if self.hiring_organization.name.trim().is_empty() {
            return missing("hiringOrganization");
        }
        if self.job_location.address.address_locality.trim().is_empty() {
            return missing("jobLocation");
        }
        Ok(())
    }
}
