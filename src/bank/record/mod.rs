//! [`PeerWorkerRecord`]: what the bank knows of one peer worker, for matching.
//!
//! The record type and its parts live here; [`builder`] builds a record, [`rules`]
//! checks one, [`read`] reads one (alone or inside a roster) and [`read_backgrounds`]
//! reads a person's experience backgrounds without repeating them in errors.

mod builder;
mod read;
mod read_backgrounds;
mod rules;
mod service_area;

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::job::{ExperienceBackground, FormOfWork, TrainingKind, TrainingRequirement};
use crate::language::Language;
use crate::task_set::TaskSet;

use super::availability::DateRange;
#[cfg(feature = "schema")]
use super::{MAX_AVAILABILITY_RANGES, MAX_WORKER_ID_CHARS};

pub use builder::PeerWorkerRecordBuilder;
pub(super) use read::RecordSeed;
pub use service_area::ServiceArea;

/// A peer worker's training: its kind, length in hours and duration in months.
///
/// ```
/// use peerwork::{Training, TrainingKind};
///
/// assert!(Training::new(TrainingKind::NgoTailored, 60, 5).meets_kokoa_standard());
/// // Long enough in hours, but too short in months:
/// assert!(!Training::new(TrainingKind::LabourMarketTraining, 80, 2).meets_kokoa_standard());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Training {
    /// How the training was given.
    pub kind: TrainingKind,
    /// Its length in hours; more than zero.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub hours: u16,
    /// Its duration in months; more than zero.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub months: u16,
}

impl Training {
    /// A training of `kind`, `hours` long over `months` months.
    #[must_use]
    pub const fn new(kind: TrainingKind, hours: u16, months: u16) -> Self {
        Self {
            kind,
            hours,
            months,
        }
    }

    /// Whether the training meets Kokoa ry's standard: at least
    /// [`KOKOA_MIN_HOURS`](TrainingRequirement::KOKOA_MIN_HOURS) hours over at least
    /// [`KOKOA_MIN_MONTHS`](TrainingRequirement::KOKOA_MIN_MONTHS) months \[T\].
    #[must_use]
    pub const fn meets_kokoa_standard(&self) -> bool {
        self.hours >= TrainingRequirement::KOKOA_MIN_HOURS
            && self.months >= TrainingRequirement::KOKOA_MIN_MONTHS
    }
}

// The lists are boxed slices rather than vectors, and the id a boxed text: a record is
// read once and not grown, and a roster of a million of them is 40 MB smaller.

/// What a peer-worker bank knows of one person, for matching them to jobs: the tasks
/// they can take on, experience backgrounds, training, the terms they accept, languages,
/// where and when they can work — and nothing more.
///
/// # Sensitive data
///
/// **Experience backgrounds are special categories of personal data**: applied to a
/// person, [`ExperienceBackground`] reveals health, substance use or a criminal
/// record. So:
///
/// - the record holds no name or contact data: the [`id`](Self::id) is an opaque key
///   chosen by the bank, and the person's identity stays in the bank's own register;
/// - a record may leave its backgrounds empty (a bank that does not record them); such a
///   person passes only posts that require no background (or are open to all);
/// - [`Debug`] output withholds the backgrounds, so they do not end up in logs;
/// - what the ordering organisation sees of a match (a [`Candidate`](crate::Candidate))
///   says whether the post's background requirement is met, never which backgrounds
///   the person has. Only the bank's own, explicitly named
///   [`Bank::disclose_experience_backgrounds`](crate::Bank::disclose_experience_backgrounds)
///   returns them.
///
/// The JSON form (serde) does hold the backgrounds: it is the bank's own storage
/// format, not something to hand out.
///
/// # Rules
///
/// Built with [`PeerWorkerRecord::builder`] or read with serde, a record is always valid
/// (see [`RecordError`]): an id of 1 to 64 visible ASCII characters; at least one task;
/// backgrounds each once and never `open_to_all`; training (if any) of more than zero
/// hours and months; at least one form of work and one language, each once; a largest
/// working time of 1 to 100 %; 1 to 64 distinct municipalities (or nationwide), each by
/// its Statistics Finland code or its Finnish or Swedish name, and each once however it
/// is written; at most 32 availability ranges, in order and not overlapping. An empty
/// availability means not available for now. Its parts are JSON objects, never arrays.
///
/// An error about the backgrounds never repeats them: a value that cannot be read (not
/// a list, too long, or an entry that is not a background's id, however close to one)
/// is reported as [`RecordError::InvalidExperienceBackgrounds`], whose message withholds
/// it.
///
/// [`RecordError`]: crate::RecordError
/// [`RecordError::InvalidExperienceBackgrounds`]: crate::RecordError::InvalidExperienceBackgrounds
///
/// ```
/// use peerwork::{
///     Date, DateRange, ExperienceBackground, FormOfWork, Language, Municipality,
///     PeerWorkerRecord, Profile, Task, Training, TrainingKind,
/// };
///
/// let record = PeerWorkerRecord::builder("kap-0042")
///     .tasks(Profile::HelpingEyes.tasks() | Task::EscortsClients)
///     .experience_backgrounds([ExperienceBackground::Substances, ExperienceBackground::Homelessness])
///     .training(Training::new(TrainingKind::NgoTailored, 60, 5))
///     .forms_of_work([FormOfWork::Salaried, FormOfWork::FeeBased])
///     .max_working_time_percent(60)
///     .languages([Language::Finnish, Language::English])
///     .municipalities([Municipality::VANTAA, Municipality::HELSINKI])
///     .available(DateRange::open_ended(Date::new(2017, 8, 1)?))
///     .build()?;
/// assert!(record.meets_kokoa_standard());
///
/// // Debug output withholds the backgrounds.
/// assert!(!format!("{record:?}").contains("substances"));
///
/// // Reading JSON runs the same rules and names the field.
/// let err = serde_json::from_str::<PeerWorkerRecord>(
///     r#"{"id": "kap-0043", "tasks": ["listens_to_clients"], "forms_of_work": ["salaried"],
///         "max_working_time_percent": 120, "languages": ["fi"],
///         "service_area": "nationwide", "availability": []}"#,
/// )
/// .unwrap_err();
/// assert!(err.to_string().starts_with("max_working_time_percent: must be more than 0"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct PeerWorkerRecord {
    /// The bank's opaque id for the person: 1 to 64 visible ASCII characters, unique in
    /// the bank. Never a name, personal identity code or contact detail.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_WORKER_ID_CHARS), regex(pattern = r"^[!-~]+$"))
    )]
    id: Box<str>,
    /// The tasks the person can take on; at least one.
    #[cfg_attr(feature = "schema", schemars(extend("minItems" = 1)))]
    tasks: TaskSet,
    /// The person's experience backgrounds: at most 5, each once, never `open_to_all`.
    /// Special category personal data (health, substance use, criminal record).
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            length(max = MAX_PERSON_BACKGROUNDS),
            extend("uniqueItems" = true),
            transform = refuse_open_to_all_items
        )
    )]
    experience_backgrounds: Box<[ExperienceBackground]>,
    /// The person's training, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    training: Option<Training>,
    /// The forms of work the person accepts; at least one, each once.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "minItems" = 1)))]
    forms_of_work: Box<[FormOfWork]>,
    /// The largest working time the person accepts, as a percentage of full time: more
    /// than 0, at most 100.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 100)))]
    max_working_time_percent: u16,
    /// The languages the person works in; at least one, each once.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "minItems" = 1)))]
    languages: Box<[Language]>,
    /// Where the person takes on work.
    service_area: ServiceArea,
    /// When the person can work: at most 32 ranges, in order, without overlap. Empty
    /// when the person takes no work for now.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_AVAILABILITY_RANGES)))]
    availability: Box<[DateRange]>,
}

/// Withholds the experience backgrounds (special-category data) so they stay out of
/// logs.
impl fmt::Debug for PeerWorkerRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PeerWorkerRecord")
            .field("id", &self.id)
            .field("tasks", &self.tasks)
            .field("experience_backgrounds", &format_args!("<withheld>"))
            .field("training", &self.training)
            .field("forms_of_work", &self.forms_of_work)
            .field("max_working_time_percent", &self.max_working_time_percent)
            .field("languages", &self.languages)
            .field("service_area", &self.service_area)
            .field("availability", &self.availability)
            .finish()
    }
}

/// The most experience backgrounds a person can have: every one but `open_to_all`.
const MAX_PERSON_BACKGROUNDS: usize = ExperienceBackground::COUNT.saturating_sub(1);

/// Adds to a list's schema that its items are never `open_to_all`, which describes what
/// a post seeks, not a person.
#[cfg(feature = "schema")]
fn refuse_open_to_all_items(schema: &mut schemars::Schema) {
    let open_to_all: &'static str = ExperienceBackground::OpenToAll.into();
    if let Some(items) = schema
        .get_mut("items")
        .and_then(serde_json::Value::as_object_mut)
    {
        items.insert(
            "not".to_owned(),
            serde_json::json!({ "const": open_to_all }),
        );
    }
}

impl PeerWorkerRecord {
    /// The most experience backgrounds a person can have: every
    /// [`ExperienceBackground`] but `open_to_all`, each once.
    pub const MAX_EXPERIENCE_BACKGROUNDS: usize = MAX_PERSON_BACKGROUNDS;

    /// The bank's opaque id for the person.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The tasks the person can take on.
    #[must_use]
    pub fn tasks(&self) -> TaskSet {
        self.tasks
    }

    /// The person's experience backgrounds: **special-category personal data**; see
    /// the [type's documentation](Self#sensitive-data).
    #[must_use]
    pub fn experience_backgrounds(&self) -> &[ExperienceBackground] {
        &self.experience_backgrounds
    }

    /// The person's training, if any.
    #[must_use]
    pub fn training(&self) -> Option<&Training> {
        self.training.as_ref()
    }

    /// Whether the person's training meets Kokoa ry's standard; see
    /// [`Training::meets_kokoa_standard`].
    #[must_use]
    pub fn meets_kokoa_standard(&self) -> bool {
        self.training
            .as_ref()
            .is_some_and(Training::meets_kokoa_standard)
    }

    /// The forms of work the person accepts.
    #[must_use]
    pub fn forms_of_work(&self) -> &[FormOfWork] {
        &self.forms_of_work
    }

    /// The largest working time the person accepts, in percent of full time.
    #[must_use]
    pub fn max_working_time_percent(&self) -> u16 {
        self.max_working_time_percent
    }

    /// The languages the person works in.
    #[must_use]
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// Where the person takes on work.
    #[must_use]
    pub fn service_area(&self) -> &ServiceArea {
        &self.service_area
    }

    /// When the person can work, in order.
    #[must_use]
    pub fn availability(&self) -> &[DateRange] {
        &self.availability
    }
}
