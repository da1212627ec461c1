//! The job description as a document: its fields, its format versions, and the one way
//! it is read.
//!
//! [`Fields`] is the document's shape, declared once: serde writes it, schemars
//! describes it, and reading fills it before [`validate`](super::validate) checks it
//! and makes it a [`JobDescription`]. It is private, so no way in can skip the rules.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{
    Employer, JobDescription, JobError, JobTasks, Location, OnboardingItem, Requirements, Support,
    Terms, v1, validate,
};
use crate::language::Language;
use crate::profile::{Profile, ServiceSetting};
use crate::tagged::{self, Tagged};
use crate::text::LocalizedText;
use crate::validate::{bounded_field, list_field};
use crate::working_mode::WorkingMode;

/// The version of the job-description format a document is written in.
///
/// This release writes version 2 and reads versions 1 and 2. Version 1 documents are
/// read into the version 2 model: see [`JobDescription`]'s reading rules in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FormatVersion(u32);

impl FormatVersion {
    /// The version this release writes: 2.
    pub const CURRENT: FormatVersion = FormatVersion(2);
    /// The first version, which this release still reads.
    pub const V1: FormatVersion = FormatVersion(1);

    /// The version number.
    #[must_use]
    pub const fn number(self) -> u32 {
        self.0
    }
}

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.0)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FormatVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The version of the job-description format: this schema describes version 2. (peerwork also reads version 1 documents.)",
            "type": "integer",
            "const": FormatVersion::CURRENT.0,
        })
    }
}

list_field!(LanguagesField, "languages", Language::COUNT);
list_field!(ProfilesField, "profiles", Profile::COUNT);
list_field!(WorkingModesField, "working_modes", WorkingMode::COUNT);
list_field!(OnboardingField, "onboarding", OnboardingItem::COUNT);

/// A peer-worker job description (format version 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "JobDescription"))]
pub(super) struct Fields {
    /// The format version of the document: 2.
    #[serde(skip_deserializing, default = "current")]
    pub(super) format_version: FormatVersion,
    /// The languages the post is written in, each once: every text of the document is
    /// given in each of them, or is the same in every language.
    #[serde(deserialize_with = "bounded_field::<_, _, LanguagesField>")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = Language::COUNT), extend("uniqueItems" = true)))]
    pub(super) languages: Vec<Language>,
    /// The title of the post. At most 120 characters, one line.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::text::LocalizedSchema<{ super::MAX_TITLE_CHARS }>")
    )]
    pub(super) title: LocalizedText,
    /// The employing organisation, unit and an introduction.
    pub(super) employer: Employer,
    /// Where the post is.
    pub(super) location: Location,
    /// Where in the service system the post is.
    pub(super) setting: ServiceSetting,
    /// The Vantaa profiles the post derives from, each once; empty for a free
    /// composition.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, ProfilesField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = Profile::COUNT), extend("uniqueItems" = true)))]
    pub(super) profiles: Vec<Profile>,
    /// The tasks: catalogue tasks, essential and optional, and the post's own. At least
    /// one essential task; no catalogue task both essential and optional.
    pub(super) tasks: JobTasks,
    /// How the peer worker meets clients, primary mode first; at least one, each once.
    #[serde(deserialize_with = "bounded_field::<_, _, WorkingModesField>")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = WorkingMode::COUNT), extend("uniqueItems" = true)))]
    pub(super) working_modes: Vec<WorkingMode>,
    /// The form of work and its terms.
    pub(super) terms: Terms,
    /// The close contact employee, line manager, work supervision and work pair.
    #[serde(default)]
    pub(super) support: Support,
    /// What the post requires and would like, and the themes of the work.
    pub(super) requirements: Requirements,
    /// Whether the work is with minors, so that the person chosen shows an extract of
    /// their criminal record (Act 504/2002).
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub(super) works_with_minors: bool,
    /// What the peer worker is given or signs before starting, each once.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, OnboardingField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = OnboardingItem::COUNT), extend("uniqueItems" = true)))]
    pub(super) onboarding: Vec<OnboardingItem>,
}

const fn current() -> FormatVersion {
    FormatVersion::CURRENT
}

impl Serialize for JobDescription {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// The format versions a reader takes.
#[derive(Clone, Copy)]
pub(crate) struct Version(u32);

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let version = crate::validate::whole::<_, u32, 0, { u32::MAX as u64 }>(deserializer)?;
        match version {
            1 | 2 => Ok(Self(version)),
            other => Err(serde::de::Error::custom(
                JobError::UnsupportedFormatVersion(other),
            )),
        }
    }
}

impl<'de> Tagged<'de> for JobDescription {
    type Tag = Version;
    const TAG: &'static str = "format_version";
    const EXPECTING: &'static str = r#"a job description: an object with "format_version": 2"#;

    fn read<D: Deserializer<'de>>(version: Version, rest: D) -> Result<Self, D::Error> {
        let fields = match version.0 {
            1 => v1::read(rest)?,
            _ => Fields::deserialize(rest)?,
        };
        validate::validate(fields).map_err(serde::de::Error::custom)
    }
}

/// Reading a job description runs the same rules as [`JobDescription::builder`]: an
/// invalid document never becomes a value, and the error names the field. Version 1
/// documents are read too.
impl<'de> Deserialize<'de> for JobDescription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        tagged::deserialize(crate::strict::Strict(deserializer))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for JobDescription {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "JobDescription".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // Reading takes `format_version` through its tag, so the derived schema of the
        // fields leaves it out; it is required, first.
        let mut schema = Fields::json_schema(generator);
        let version = generator.subschema_for::<FormatVersion>();
        if let Some(properties) = schema
            .get_mut("properties")
            .and_then(serde_json::Value::as_object_mut)
        {
            let rest = core::mem::take(properties);
            properties.insert("format_version".to_owned(), version.to_value());
            properties.extend(rest);
        }
        if let Some(required) = schema
            .get_mut("required")
            .and_then(serde_json::Value::as_array_mut)
        {
            required.insert(0, "format_version".into());
        }
        schema
    }
}
