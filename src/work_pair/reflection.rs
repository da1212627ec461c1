//! [`ReflectionForm`]: the KATU project's reflection form, which makes the evaluation of
//! a work pair's work regular and structured \[T\].

use serde::{Deserialize, Deserializer, Serialize};

use crate::date::Date;
use crate::error::quote;
use crate::source::Citation;
use crate::text::{TextProblem, check_text, nfc};

/// The longest text of a reflection, in characters: one paragraph.
pub const MAX_REFLECTION_CHARS: usize = 2000;

/// One assessment on a reflection form: what went well, and what to develop.
///
/// At least one of the two is written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(extend("minProperties" = 1)))]
#[non_exhaustive]
pub struct Assessment {
    /// What went well. One paragraph of at most 2000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_REFLECTION_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    pub went_well: Option<String>,
    /// What to develop. One paragraph of at most 2000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_REFLECTION_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    pub to_develop: Option<String>,
}

impl Assessment {
    /// An assessment of what went well and what to develop; either may be left out.
    #[must_use]
    pub fn new(went_well: Option<&str>, to_develop: Option<&str>) -> Self {
        Self {
            went_well: went_well.map(|text| nfc(text.to_owned())),
            to_develop: to_develop.map(|text| nfc(text.to_owned())),
        }
    }
}

/// A reflection form filled in by a work pair \[T\].
///
/// In the KATU project's form, the expert by experience assesses the professional's
/// work and the professional the expert's; each also assesses their own; and both
/// consider whether the situation calls for a method. The form is about the pair's
/// work: write no client's personal data in it.
///
/// ```
/// use peerwork::{Assessment, ReflectionForm};
///
/// let form = ReflectionForm::new(
///     "2026-11-30".parse()?,
///     [
///         Assessment::new(Some("Calm in a tense meeting."), None),
///         Assessment::new(Some("Knew the street's language."), Some("Say when you need a break.")),
///         Assessment::new(None, Some("I talked too much about myself.")),
///         Assessment::new(Some("Prepared the meeting well."), None),
///     ],
///     Some("Meet the client first at the drop-in centre."),
/// )?;
/// let json = serde_json::to_string(&form)?;
/// assert_eq!(serde_json::from_str::<ReflectionForm>(&json)?, form);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct ReflectionForm(ReflectionFields);

/// A reflection form filled in by a work pair of an expert by experience and a
/// professional: each assesses the other and themself, and both consider which method
/// fits. About the pair's work only: no client's personal data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ReflectionForm"))]
struct ReflectionFields {
    /// The day the pair reflected.
    date: Date,
    /// The expert by experience's assessment of the professional's work.
    expert_on_professional: Assessment,
    /// The professional's assessment of the expert's work.
    professional_on_expert: Assessment,
    /// The expert's assessment of their own work.
    expert_on_self: Assessment,
    /// The professional's assessment of their own work.
    professional_on_self: Assessment,
    /// Which method the situation calls for, as the pair sees it. One paragraph of at
    /// most 2000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_REFLECTION_CHARS), pattern(crate::text::TEXT_PATTERN)))]
    method: Option<String>,
}

/// A reflection form that breaks a rule: an assessment with nothing written, or a text
/// that is blank, too long or more than one paragraph.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReflectionError {
    /// An assessment with neither text.
    #[error("{field}: write what went well, what to develop, or both")]
    EmptyAssessment {
        /// The assessment, for example `expert_on_self`.
        field: &'static str,
    },
    /// A text that breaks the text rule.
    #[error(
        "{field}: `{value}` must be one paragraph of 1 to {MAX_REFLECTION_CHARS} characters with something visible"
    )]
    InvalidText {
        /// The text's field, for example `expert_on_self.to_develop`.
        field: String,
        /// The text (quoted: cut and escaped).
        value: String,
    },
}

impl ReflectionError {
    /// The field the error is about.
    #[must_use]
    pub fn field(&self) -> &str {
        match self {
            Self::EmptyAssessment { field } => field,
            Self::InvalidText { field, .. } => field,
        }
    }
}

fn check_paragraph(field: String, text: &str) -> Result<(), ReflectionError> {
    match check_text(text, MAX_REFLECTION_CHARS) {
        Ok(()) => Ok(()),
        Err(TextProblem::Empty | TextProblem::TooLong(_) | TextProblem::ControlCharacter) => {
            Err(ReflectionError::InvalidText {
                field,
                value: quote(text),
            })
        }
    }
}

impl ReflectionFields {
    fn check(mut self) -> Result<ReflectionForm, ReflectionError> {
        let assessments = [
            ("expert_on_professional", &mut self.expert_on_professional),
            ("professional_on_expert", &mut self.professional_on_expert),
            ("expert_on_self", &mut self.expert_on_self),
            ("professional_on_self", &mut self.professional_on_self),
        ];
        for (field, assessment) in assessments {
            if assessment.went_well.is_none() && assessment.to_develop.is_none() {
                return Err(ReflectionError::EmptyAssessment { field });
            }
            for (part, text) in [
                ("went_well", &mut assessment.went_well),
                ("to_develop", &mut assessment.to_develop),
            ] {
                if let Some(text) = text {
                    *text = nfc(core::mem::take(text));
                    check_paragraph(format!("{field}.{part}"), text)?;
                }
            }
        }
        if let Some(method) = &mut self.method {
            *method = nfc(core::mem::take(method));
            check_paragraph("method".to_owned(), method)?;
        }
        Ok(ReflectionForm(self))
    }
}

impl ReflectionForm {
    /// Where the guide describes the form.
    pub const CITATION: Citation =
        Citation::work_pair_guide("KATU-hankkeen työparien kokemuksia: reflektiolomake");

    /// A form of `date` with the four assessments — the expert's of the professional,
    /// the professional's of the expert, the expert's of themself, the professional's of
    /// themself, in that order — and the method the pair sees fit.
    ///
    /// # Errors
    ///
    /// [`ReflectionError`] for an assessment with nothing written or a text that
    /// breaks the text rule.
    pub fn new(
        date: Date,
        [
            expert_on_professional,
            professional_on_expert,
            expert_on_self,
            professional_on_self,
        ]: [Assessment; 4],
        method: Option<&str>,
    ) -> Result<Self, ReflectionError> {
        ReflectionFields {
            date,
            expert_on_professional,
            professional_on_expert,
            expert_on_self,
            professional_on_self,
            method: method.map(str::to_owned),
        }
        .check()
    }

    /// The day the pair reflected.
    #[must_use]
    pub fn date(&self) -> Date {
        self.0.date
    }

    /// The expert's assessment of the professional's work.
    #[must_use]
    pub fn expert_on_professional(&self) -> &Assessment {
        &self.0.expert_on_professional
    }

    /// The professional's assessment of the expert's work.
    #[must_use]
    pub fn professional_on_expert(&self) -> &Assessment {
        &self.0.professional_on_expert
    }

    /// The expert's assessment of their own work.
    #[must_use]
    pub fn expert_on_self(&self) -> &Assessment {
        &self.0.expert_on_self
    }

    /// The professional's assessment of their own work.
    #[must_use]
    pub fn professional_on_self(&self) -> &Assessment {
        &self.0.professional_on_self
    }

    /// The method the pair sees fit, if they named one.
    #[must_use]
    pub fn method(&self) -> Option<&str> {
        self.0.method.as_deref()
    }
}

/// Reading a form runs the same rules as [`ReflectionForm::new`].
impl<'de> Deserialize<'de> for ReflectionForm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::strict::deserialize::<ReflectionFields, _>(deserializer)?
            .check()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ReflectionForm {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReflectionForm".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ReflectionFields::json_schema(generator)
    }
}
