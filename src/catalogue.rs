//! [`ProfileCatalogue`]: the whole model as one JSON document, for integrators in other
//! languages.

use serde::Serialize;

use crate::fee::FeeActivity;
use crate::i18n::{Text, Vocabulary};
use crate::job::{
    ExperienceBackground, FormOfWork, OnboardingItem, SupportRole, Theme, TimeUnit, TrainingKind,
    WorkingMode,
};
use crate::language::Language;
use crate::profile::{COMMON_CORE, Duty, PilotUnit, Profile, ServiceSetting};
use crate::role::{Role, RoleVerdict};
use crate::source::Source;
use crate::task::{Aim, Audience, CATALOGUE, Task, TaskCategory, TaskInfo};
use crate::task_set::TaskSet;
use crate::work_pair::ChecklistPoint;

/// The task catalogue, the common core and the four Vantaa profiles as one document.
///
/// A front end in another language can read this document (and its JSON Schema,
/// `schemas/profile_catalogue.schema.json`) instead of copying the model.
///
/// ```
/// use peerwork::ProfileCatalogue;
///
/// let json = serde_json::to_value(ProfileCatalogue::new())?;
/// assert_eq!(json["profiles"][0]["id"], "caretaker");
/// assert_eq!(json["tasks"][1]["task"], "listens_to_clients");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProfileCatalogue {
    /// The version of the catalogue format: 1.
    pub format_version: u32,
    /// The source documents the model cites.
    pub sources: Vec<SourceEntry>,
    /// Every task, in catalogue order.
    pub tasks: &'static [TaskInfo],
    /// The tasks every profile shares.
    pub common_core: TaskSet,
    /// The four profiles, in the report's order.
    pub profiles: Vec<ProfileEntry>,
    /// The labels of every concept of the model in Finnish, Swedish and English, so a
    /// front end can show them without copying them.
    pub vocabulary: Vec<VocabularyConcept>,
}

/// The labels of one concept in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VocabularyConcept {
    /// The concept, for example `"service_setting"`.
    pub concept: &'static str,
    /// Its values, in order.
    pub terms: Vec<VocabularyTerm>,
}

/// One value of a concept and its labels.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VocabularyTerm {
    /// The value's id, as in the documents.
    pub id: String,
    /// Its label.
    pub label: Text,
    /// A one-sentence description, where the label alone is unclear.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

fn concept<T: Vocabulary>() -> VocabularyConcept {
    VocabularyConcept {
        concept: T::CONCEPT,
        terms: T::values()
            .iter()
            .map(|&value| {
                let labels = value.labels();
                VocabularyTerm {
                    id: value.to_string(),
                    label: labels.label,
                    description: labels.description,
                }
            })
            .collect(),
    }
}

/// A source document in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SourceEntry {
    /// The source's id.
    pub source: Source,
    /// Its short key in citations: `[V]` or `[T]`.
    pub key: &'static str,
    /// The full reference.
    pub reference: &'static str,
}

/// A profile in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProfileEntry {
    /// The profile's id.
    pub id: Profile,
    /// Its English name.
    pub name: &'static str,
    /// Its service setting.
    pub setting: ServiceSetting,
    /// The unit where it was piloted.
    pub pilot_unit: PilotUnit,
    /// Its four duties in the report's order.
    pub duties: [Duty; 4],
    /// All its tasks: the common core and the duties.
    pub tasks: TaskSet,
}

impl ProfileCatalogue {
    /// The catalogue format version this release writes.
    pub const FORMAT_VERSION: u32 = 1;

    /// The catalogue of this release.
    #[must_use]
    pub fn new() -> Self {
        Self {
            format_version: Self::FORMAT_VERSION,
            sources: [Source::Vantaa2018, Source::WorkPairGuide]
                .into_iter()
                .map(|source| SourceEntry {
                    source,
                    key: source.key(),
                    reference: source.reference(),
                })
                .collect(),
            tasks: &CATALOGUE,
            common_core: COMMON_CORE,
            profiles: Profile::ALL
                .into_iter()
                .map(|profile| ProfileEntry {
                    id: profile,
                    name: profile.name(),
                    setting: profile.setting(),
                    pilot_unit: *profile.pilot_unit(),
                    duties: *profile.duties(),
                    tasks: profile.tasks(),
                })
                .collect(),
            vocabulary: vec![
                concept::<Task>(),
                concept::<Profile>(),
                concept::<ServiceSetting>(),
                concept::<Role>(),
                concept::<RoleVerdict>(),
                concept::<Audience>(),
                concept::<Aim>(),
                concept::<TaskCategory>(),
                concept::<FormOfWork>(),
                concept::<TimeUnit>(),
                concept::<WorkingMode>(),
                concept::<SupportRole>(),
                concept::<ExperienceBackground>(),
                concept::<Theme>(),
                concept::<TrainingKind>(),
                concept::<OnboardingItem>(),
                concept::<FeeActivity>(),
                concept::<ChecklistPoint>(),
                concept::<Language>(),
            ],
        }
    }
}

impl Default for ProfileCatalogue {
    fn default() -> Self {
        Self::new()
    }
}
