//! Why a record, a roster or a change to the bank was refused.

use crate::date::Date;

use super::record::PeerWorkerRecord;

use super::{MAX_ROSTER_WORKERS, MAX_WORKER_ID_CHARS};

/// Why a [`PeerWorkerRecord`](crate::PeerWorkerRecord) is invalid. Every variant names
/// the field, as a path into the JSON record ([`RecordError::field`]), and its message
/// starts with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// An id that is empty, too long, or holds anything but visible ASCII characters.
    /// Holds the id given, quoted (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes,
    /// control and bidirectional formatting characters escaped).
    #[error(
        "id: must be 1 to {MAX_WORKER_ID_CHARS} visible ASCII characters (letters, digits, \
         punctuation; no spaces), got `{0}`"
    )]
    InvalidId(String),
    /// No task the person can take on.
    #[error("tasks: the person needs at least one task they can take on")]
    NoTasks,
    /// `open_to_all` in a person's experience backgrounds.
    #[error("experience_backgrounds: `open_to_all` describes what a post seeks, not a person")]
    OpenToAllOnPerson,
    /// A training of zero hours.
    #[error("training.hours: must be more than 0")]
    ZeroTrainingHours,
    /// A training of zero months.
    #[error("training.months: must be more than 0")]
    ZeroTrainingMonths,
    /// No form of work accepted.
    #[error("forms_of_work: the person needs to accept at least one form of work")]
    NoFormOfWork,
    /// A largest working time of zero or over full time.
    #[error(
        "max_working_time_percent: must be more than 0 and at most 100 percent of full time, got {0}"
    )]
    WorkingTimeOutOfRange(u16),
    /// No language of work.
    #[error("languages: the person needs at least one language of work")]
    NoLanguage,
    /// No service area given (builder only; in JSON the field is required).
    #[error("service_area: no service area given; list municipalities or choose nationwide")]
    MissingServiceArea,
    /// An empty list of municipalities.
    #[error("service_area.municipalities: list at least one municipality")]
    NoMunicipality,
    /// A list longer than its limit.
    #[error("{field}: at most {max} entries, got {actual}")]
    TooMany {
        /// The field.
        field: &'static str,
        /// The limit.
        max: usize,
        /// The number given.
        actual: usize,
    },
    /// Availability ranges out of order or overlapping.
    #[error(
        "availability: the range starting {start} does not start after the range before it \
         ends; list ranges in order, without overlap"
    )]
    AvailabilityOverlap {
        /// The start of the range that is out of place.
        start: Date,
    },
    /// A value listed twice where each may appear once. A municipality is compared by
    /// its code, however it was written (`"Vantaa"`, `"Vanda"` and `"092"` are one).
    #[error("{field}: `{value}` is listed more than once")]
    Duplicate {
        /// The field.
        field: &'static str,
        /// The repeated value, quoted (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes,
        /// control and bidirectional formatting characters escaped).
        value: String,
    },
    /// An experience background listed twice. The value is withheld: backgrounds are
    /// special-category personal data, and error messages end up in logs.
    #[error("experience_backgrounds: a background is listed more than once (value withheld)")]
    DuplicateExperienceBackground,
    /// An `experience_backgrounds` value that could not be read (JSON only): not a
    /// list, a list longer than a person's backgrounds can be
    /// ([`PeerWorkerRecord::MAX_EXPERIENCE_BACKGROUNDS`]), or an entry that is not the
    /// id of a background. The value is withheld, as for
    /// [`DuplicateExperienceBackground`](Self::DuplicateExperienceBackground): even a
    /// misspelt background says something about the person.
    #[error(
        "experience_backgrounds: must be a list of at most {} known experience background \
         ids (value withheld)",
        PeerWorkerRecord::MAX_EXPERIENCE_BACKGROUNDS
    )]
    InvalidExperienceBackgrounds,
}

impl RecordError {
    /// The field the error is about, as a path into the JSON record, for example
    /// `"training.hours"`.
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Self::InvalidId(_) => "id",
            Self::NoTasks => "tasks",
            Self::OpenToAllOnPerson
            | Self::DuplicateExperienceBackground
            | Self::InvalidExperienceBackgrounds => "experience_backgrounds",
            Self::ZeroTrainingHours => "training.hours",
            Self::ZeroTrainingMonths => "training.months",
            Self::NoFormOfWork => "forms_of_work",
            Self::WorkingTimeOutOfRange(_) => "max_working_time_percent",
            Self::NoLanguage => "languages",
            Self::MissingServiceArea => "service_area",
            Self::NoMunicipality => "service_area.municipalities",
            Self::AvailabilityOverlap { .. } => "availability",
            Self::TooMany { field, .. } | Self::Duplicate { field, .. } => field,
        }
    }
}

/// Why a [`Roster`](crate::Roster), or a change to one, was refused. A roster is all or
/// nothing: when any record is invalid, no record is loaded; a refused change leaves the
/// roster as it was.
///
/// Reading a roster from JSON reports the same errors, as text that starts with the
/// record (`workers[index] (id `…`)`) and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RosterError {
    /// A record that breaks a rule of [`RecordError`].
    #[error("workers[{index}] (id `{id}`): {error}")]
    InvalidRecord {
        /// The record's position in `workers`, from 0.
        index: usize,
        /// The record's id, as given, quoted (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT)
        /// bytes, control and bidirectional formatting characters escaped).
        id: String,
        /// What is wrong with it.
        error: RecordError,
    },
    /// Two records with one id.
    #[error("workers[{index}] (id `{id}`): id: already used by workers[{first}]")]
    DuplicateId {
        /// The position of the second record with the id.
        index: usize,
        /// The id, quoted (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes, control and
        /// bidirectional formatting characters escaped).
        id: String,
        /// The position of the first record with the id.
        first: usize,
    },
    /// More records than a roster may hold.
    #[error("workers: a roster holds at most {MAX_ROSTER_WORKERS} workers")]
    TooManyWorkers,
    /// Updating or removing a record that is not in the roster. Holds the id given,
    /// quoted (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes, control and
    /// bidirectional formatting characters escaped).
    #[error("id: `{0}` is not in the roster")]
    UnknownId(String),
    /// A roster format version this release cannot read.
    #[error("format_version: this version of peerwork reads roster format version 1, got {0}")]
    UnsupportedFormatVersion(u32),
}

impl RosterError {
    /// The position of the record the error is about, if it is about one.
    #[must_use]
    pub fn index(&self) -> Option<usize> {
        match self {
            Self::InvalidRecord { index, .. } | Self::DuplicateId { index, .. } => Some(*index),
            Self::TooManyWorkers | Self::UnknownId(_) | Self::UnsupportedFormatVersion(_) => None,
        }
    }

    /// The id of the record the error is about, if it is about one.
    #[must_use]
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::InvalidRecord { id, .. } | Self::DuplicateId { id, .. } | Self::UnknownId(id) => {
                Some(id)
            }
            Self::TooManyWorkers | Self::UnsupportedFormatVersion(_) => None,
        }
    }

    /// The field the error is about, within the record for record errors
    /// (`"training.hours"`), else at the top of the roster (`"workers"`).
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Self::InvalidRecord { error, .. } => error.field(),
            Self::DuplicateId { .. } | Self::UnknownId(_) => "id",
            Self::TooManyWorkers => "workers",
            Self::UnsupportedFormatVersion(_) => "format_version",
        }
    }
}

/// Why a change to a [`Bank`](crate::Bank) was refused. A refused change leaves the bank
/// as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BankError {
    /// Adding a worker whose id is already in the bank. Holds the id, quoted (cut to
    /// [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes, control and bidirectional formatting
    /// characters escaped).
    #[error("id: `{0}` is already in the bank")]
    DuplicateId(String),
    /// Updating or removing a worker who is not in the bank. Holds the id given, quoted
    /// (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes, control and bidirectional
    /// formatting characters escaped): [`Bank::remove`](crate::Bank::remove) takes any
    /// text.
    #[error("id: `{0}` is not in the bank")]
    UnknownId(String),
    /// Adding a worker to a full bank.
    #[error("the bank holds at most {MAX_ROSTER_WORKERS} workers")]
    Full,
}
