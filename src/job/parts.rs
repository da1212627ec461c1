//! The parts of a job description around its tasks and terms: the employer, where the
//! post is, the support around the peer worker, and what a new peer worker is given.

use serde::{Deserialize, Serialize};

use crate::municipality::Municipality;
use crate::source::Citation;
use crate::text::LocalizedText;
use crate::work_pair::WorkPair;

#[cfg(feature = "schema")]
use super::MAX_DESCRIPTION_CHARS;

/// The employing organisation and unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Employer {
    /// The organisation, for example `{"fi": "Vantaan kaupunki", "sv": "Vanda stad"}`. At
    /// most 200 characters, one line.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::text::LocalizedSchema<{ super::MAX_NAME_CHARS }>")
    )]
    pub organisation: LocalizedText,
    /// The unit within it, if any. At most 200 characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<{ super::MAX_NAME_CHARS }>>")
    )]
    pub unit: Option<LocalizedText>,
    /// A short introduction of the unit and its work, as a posting opens with it. At
    /// most 1000 characters, one paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<MAX_DESCRIPTION_CHARS>>")
    )]
    pub introduction: Option<LocalizedText>,
}

impl Employer {
    /// The organisation, with no unit or introduction.
    #[must_use]
    pub fn new(organisation: impl Into<LocalizedText>) -> Self {
        Self {
            organisation: organisation.into(),
            unit: None,
            introduction: None,
        }
    }

    /// The employer with a unit.
    #[must_use]
    pub fn unit(mut self, unit: impl Into<LocalizedText>) -> Self {
        self.unit = Some(unit.into());
        self
    }

    /// The employer with an introduction of the unit.
    #[must_use]
    pub fn introduction(mut self, introduction: impl Into<LocalizedText>) -> Self {
        self.introduction = Some(introduction.into());
        self
    }
}

/// Where a post is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Location {
    /// The municipality, by Statistics Finland code (`"092"`); reading also takes its
    /// Finnish or Swedish name.
    pub municipality: Municipality,
    /// The street address of the workplace, if the post states one. At most 200
    /// characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<{ super::MAX_NAME_CHARS }>>")
    )]
    pub street_address: Option<LocalizedText>,
    /// The postal code, if the post states one: 1 to 20 characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = super::MAX_POSTAL_CODE_CHARS), pattern(crate::text::TEXT_PATTERN))
    )]
    pub postal_code: Option<String>,
}

impl Location {
    /// A location given by municipality only.
    #[must_use]
    pub fn new(municipality: Municipality) -> Self {
        Self {
            municipality,
            street_address: None,
            postal_code: None,
        }
    }

    /// The location with a street address and postal code.
    #[must_use]
    pub fn address(mut self, street_address: impl Into<LocalizedText>, postal_code: &str) -> Self {
        self.street_address = Some(street_address.into());
        self.postal_code = Some(postal_code.to_owned());
        self
    }
}

impl From<Municipality> for Location {
    fn from(municipality: Municipality) -> Self {
        Self::new(municipality)
    }
}

/// The close contact employee (*lähityöntekijä*) who stands beside the peer worker: an
/// employee of the unit who gives direction, help and security, and is the link to the
/// work community \[V\].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CloseContactEmployee {
    /// The close contact employee's role, if the post names it, for example `"social
    /// counsellor"`. At most 200 characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<{ super::MAX_NAME_CHARS }>>")
    )]
    pub role: Option<LocalizedText>,
}

impl CloseContactEmployee {
    /// A close contact employee, role not named.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A close contact employee in `role`.
    #[must_use]
    pub fn in_role(role: impl Into<LocalizedText>) -> Self {
        Self {
            role: Some(role.into()),
        }
    }
}

/// The support around a peer worker, and who leads the work.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Support {
    /// The close contact employee (*lähityöntekijä*), if the post has one \[V\].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_contact_employee: Option<CloseContactEmployee>,
    /// The post's line manager (*esihenkilö*), by role, for example `"head of
    /// unit"`: someone other than the close contact employee \[V\]. At most 200
    /// characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<{ super::MAX_NAME_CHARS }>>")
    )]
    pub line_manager: Option<LocalizedText>,
    /// Whether the employer offers work supervision (*työnohjaus*).
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub work_supervision: bool,
    /// The work pair, where the post is one half of a pair \[T\].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_pair: Option<WorkPair>,
}

model_enum! {
/// What a new peer worker is given or signs before starting, as in the pilot \[V\].
#[non_exhaustive]
pub enum OnboardingItem {
    /// The employer's confidentiality pledge, signed and gone through.
    ConfidentialityAgreement,
    /// A log-in to the employer's systems.
    SystemLogIn,
    /// A computer.
    Computer,
    /// A mobile phone with its own subscription.
    MobilePhone,
    /// Follow-up of working time.
    WorkTimeFollowUp,
}
}

impl OnboardingItem {
    /// Where the report describes the pilot's onboarding.
    pub const CITATION: Citation = Citation::vantaa("Working on the model");

    /// Whether the item is something the employer gives the peer worker to work with
    /// (a computer, a phone, a log-in), which a posting offers; the confidentiality
    /// pledge is asked of the person, and the follow-up of working time is the
    /// employer's own routine.
    #[must_use]
    pub const fn is_equipment(self) -> bool {
        matches!(self, Self::SystemLogIn | Self::Computer | Self::MobilePhone)
    }
}

model_enum! {
/// The people around a peer worker, as renderers and front ends name them.
#[non_exhaustive]
pub enum SupportRole {
    /// The close contact employee (*lähityöntekijä*) who stands beside the peer worker
    /// \[V\].
    CloseContactEmployee,
    /// The professional of a work pair \[T\].
    WorkPairProfessional,
    /// A line manager (*esihenkilö*): of the post, or of the pair \[T\].
    LineManager,
}
}

crate::i18n::vocabulary!(OnboardingItem, "onboarding_item", [
    ConfidentialityAgreement => ("salassapitositoumus", "sekretessförbindelse", "confidentiality pledge");
    SystemLogIn => ("käyttäjätunnukset työnantajan tietojärjestelmiin", "användarkonton till arbetsgivarens system", "log-in to the employer's systems");
    Computer => ("tietokone", "dator", "computer");
    MobilePhone => ("työpuhelin", "mobiltelefon med abonnemang", "mobile phone with a subscription");
    WorkTimeFollowUp => ("työajan seuranta", "uppföljning av arbetstiden", "work-time follow-up");
]);

crate::i18n::vocabulary!(SupportRole, "support_role", [
    CloseContactEmployee => ("lähityöntekijä", "kontaktperson i enheten", "close contact employee"),
        described (
            "Yksikön työntekijä, joka on kokemusasiantuntijan rinnalla: antaa suuntaa, apua ja turvaa ja toimii yhdyshenkilönä kokemusasiantuntijan ja työyhteisön välillä.",
            "En anställd i enheten som finns vid erfarenhetsexpertens sida: ger vägledning, hjälp och trygghet och är länken till arbetsgemenskapen.",
            "An employee of the unit who stands beside the peer worker: gives direction, help and security, and links them to the work community."
        );
    WorkPairProfessional => ("työparin ammattilainen", "den yrkesverksamma i arbetsparet", "professional of the work pair");
    LineManager => ("esihenkilö", "chef", "line manager");
]);
