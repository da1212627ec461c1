//! The schema.org value types a [`JobPosting`](super::JobPosting) is made of:
//! [`Organization`], [`Place`] and its [`PostalAddress`], [`CategoryCode`],
//! [`DefinedTerm`], [`PropertyValue`], [`ContactPoint`], [`Credential`], and the pay as a
//! [`MonetaryAmount`] of a [`QuantitativeValue`] in [`Euros`]. Each writes its own
//! `@type`.

use serde::{Serialize, Serializer};

use crate::fee::Cents;

/// A schema.org `Organization`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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
    pub(super) fn new(name: String) -> Self {
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
#[non_exhaustive]
pub struct PostalAddress {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// The street address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    /// The municipality, named in the posting's language.
    pub address_locality: String,
    /// The postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country, as an ISO 3166-1 alpha-2 code: `FI`.
    pub address_country: &'static str,
}

/// A schema.org `Place`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Place {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// Its address.
    pub address: PostalAddress,
}

/// A schema.org `CategoryCode`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CategoryCode {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// The code.
    pub code_value: &'static str,
    /// The code set: `ISCO-08`.
    pub in_code_set: &'static str,
    /// The code's name.
    pub name: &'static str,
    /// The code's URI in ESCO.
    pub url: &'static str,
}

/// A schema.org `DefinedTerm`: one ESCO skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DefinedTerm {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// ESCO's label of the skill, in the posting's language.
    pub name: &'static str,
    /// The skill's URI, which identifies it.
    pub term_code: &'static str,
    /// The skill's URI, as a link.
    pub url: &'static str,
    /// The set the term is in: ESCO skills.
    pub in_defined_term_set: &'static str,
}

/// A schema.org `PropertyValue`, used as an identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PropertyValue {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// Whose identifier: the employer.
    pub name: String,
    /// The identifier.
    pub value: String,
}

/// A schema.org `ContactPoint`: whom to contact about the post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContactPoint {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// The person's name.
    pub name: String,
    /// Their title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<String>,
    /// Their telephone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    /// Their e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// When they answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_available: Option<String>,
}

/// A schema.org `EducationalOccupationalCredential`: the training a post requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Credential {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// `professional certificate`, the category Google for Jobs gives trainings of this
    /// kind.
    pub credential_category: &'static str,
    /// The training, in words.
    pub description: String,
}

/// An amount of euro cents written as a JSON number of euros, as schema.org expects.
/// Exact for every amount of pay (at most [`MAX_PAY_CENTS`](crate::MAX_PAY_CENTS)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Euros(pub Cents);

impl Serialize for Euros {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Below 2^46 euros, the nearest double to an amount of whole cents prints (in
        // the shortest form that reads back) as that amount; pay is bounded far below.
        #[allow(clippy::cast_precision_loss)]
        let euros = self.0.0 as f64 / 100.0;
        serializer.serialize_f64(euros)
    }
}

/// A schema.org `QuantitativeValue` of pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct QuantitativeValue {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
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
#[non_exhaustive]
pub struct MonetaryAmount {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// `EUR`.
    pub currency: &'static str,
    /// The amount.
    pub value: QuantitativeValue,
}
