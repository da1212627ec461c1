//! [`ProfileCatalogue`]: the whole model as one JSON document, for integrators in other
//! languages.

use serde::Serialize;

use crate::fee::FeeActivity;
use crate::i18n::{Text, Vocabulary};
use crate::job::{
    AdvisoryKind, ExperienceBackground, FormOfWork, OnboardingItem, SupportRole, Theme, TimeUnit,
    TrainingKind,
};
use crate::language::Language;
use crate::pay::PayPeriod;
use crate::pilot::{
    BankModel, ExpertSource, FIRST_PERMANENT_POST, FirstPermanentPost, PilotOutcome, STAFF_SURVEY,
    StaffSurvey,
};
use crate::profile::{COMMON_CORE, Duty, PilotUnit, Profile, ServiceSetting};
use crate::role::{ROLE_TABLE, Role, RoleRule, RoleVerdict};
use crate::source::{Citation, Source};
use crate::task::esco::{
    ESCO_SKILLS_SET, ESCO_VERSION, EscoOccupation, ISCO_3412, NEAREST_OCCUPATIONS,
};
use crate::task::{Aim, Audience, CATALOGUE, Task, TaskCategory, TaskInfo};
use crate::task_set::TaskSet;
use crate::work_pair::ChecklistPoint;
use crate::working_mode::WorkingMode;

/// The model as one document: the task catalogue (ids, facts, labels, ESCO links), the
/// common core, the four Vantaa profiles with their duties, task ids and working modes,
/// the role test's table, the facts of the pilot and the field, and the labels of every
/// concept.
///
/// A front end in another language can read this document (committed as
/// `schemas/profile_catalogue.json`, with its JSON Schema
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
#[non_exhaustive]
pub struct ProfileCatalogue {
    /// The version of the catalogue format: 2.
    pub format_version: u32,
    /// The source documents the model cites.
    pub sources: Vec<SourceEntry>,
    /// Every task, in catalogue order, with its facts, labels and ESCO links.
    pub tasks: &'static [TaskInfo],
    /// The tasks every profile shares.
    pub common_core: TaskSet,
    /// The four profiles, in the report's order.
    pub profiles: Vec<ProfileEntry>,
    /// The role test: the role or roles for each answer to the two questions, and why.
    pub role_table: &'static [RoleRule],
    /// The ESCO version the task links name, and the occupations nearest to peer work.
    pub esco: EscoEntry,
    /// Facts of the pilot and of the field around it.
    pub facts: FactsEntry,
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

/// ESCO in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EscoEntry {
    /// The ESCO version: 1.1.1.
    pub version: &'static str,
    /// The name of the skill set, as JSON-LD `inDefinedTermSet` gives it.
    pub skills_set: &'static str,
    /// The ISCO-08 group of peer work: 3412.
    pub isco: EscoOccupation,
    /// The ESCO occupations nearest to peer work; none is peer work itself.
    pub nearest_occupations: &'static [EscoOccupation],
}

/// A bank model in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct BankModelEntry {
    /// The model.
    pub model: BankModel,
    /// Whether the report recommends it.
    pub recommended: bool,
    /// Where the report describes it.
    pub citation: Citation,
}

/// A place to find experts in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ExpertSourceEntry {
    /// The source.
    pub source: ExpertSource,
    /// Where the guide names it.
    pub citation: Citation,
}

/// Facts of the pilot and the field in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FactsEntry {
    /// The survey of the pilot units' staff.
    pub staff_survey: StaffSurvey,
    /// Finland's first permanent municipal peer-worker post.
    pub first_permanent_post: FirstPermanentPost,
    /// How a peer-worker bank can be run.
    pub bank_models: Vec<BankModelEntry>,
    /// Where organisations find experts by experience.
    pub expert_sources: Vec<ExpertSourceEntry>,
}

/// A profile in a [`ProfileCatalogue`].
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
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
    /// How the pilot's peer worker met clients, primary mode first.
    pub working_modes: &'static [WorkingMode],
    /// What the pilot's peer worker reported over the three months.
    pub pilot_outcome: PilotOutcome,
}

impl ProfileCatalogue {
    /// The catalogue format version this release writes.
    pub const FORMAT_VERSION: u32 = 2;

    /// The catalogue of this release.
    #[must_use]
    pub fn new() -> Self {
        Self {
            format_version: Self::FORMAT_VERSION,
            sources: Source::ALL
                .iter()
                .map(|&source| SourceEntry {
                    source,
                    key: source.key(),
                    reference: source.reference(),
                })
                .collect(),
            tasks: CATALOGUE,
            common_core: COMMON_CORE,
            profiles: Profile::ALL
                .iter()
                .map(|&profile| ProfileEntry {
                    id: profile,
                    name: profile.name(),
                    setting: profile.setting(),
                    pilot_unit: *profile.pilot_unit(),
                    duties: *profile.duties(),
                    tasks: profile.tasks(),
                    working_modes: profile.working_modes(),
                    pilot_outcome: profile.pilot_outcome(),
                })
                .collect(),
            role_table: ROLE_TABLE,
            esco: EscoEntry {
                version: ESCO_VERSION,
                skills_set: ESCO_SKILLS_SET,
                isco: ISCO_3412,
                nearest_occupations: NEAREST_OCCUPATIONS,
            },
            facts: FactsEntry {
                staff_survey: STAFF_SURVEY,
                first_permanent_post: FIRST_PERMANENT_POST,
                bank_models: BankModel::ALL
                    .iter()
                    .map(|&model| BankModelEntry {
                        model,
                        recommended: model.recommended(),
                        citation: model.citation(),
                    })
                    .collect(),
                expert_sources: ExpertSource::ALL
                    .iter()
                    .map(|&source| ExpertSourceEntry {
                        source,
                        citation: source.citation(),
                    })
                    .collect(),
            },
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
                concept::<PayPeriod>(),
                concept::<ChecklistPoint>(),
                concept::<AdvisoryKind>(),
                concept::<BankModel>(),
                concept::<ExpertSource>(),
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
