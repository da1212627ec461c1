//! [`ProfileCatalogue`]: the whole model as one JSON document, for integrators in other
//! languages.

use serde::Serialize;

use crate::profile::{COMMON_CORE, Duty, PilotUnit, Profile, ServiceSetting};
use crate::task::{CATALOGUE, Source, TaskInfo};
use crate::task_set::TaskSet;

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
        }
    }
}

impl Default for ProfileCatalogue {
    fn default() -> Self {
        Self::new()
    }
}
