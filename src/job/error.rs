//! [`JobError`]: the rules of a job description, each an error that names its field.

use crate::date::Date;
use crate::fee::FeeActivity;
use crate::language::Language;
use crate::task::Task;

use super::{FormOfWork, MAX_TRIAL_PERIOD_MONTHS};

/// A job description that breaks a rule.
///
/// Every error names the field it is about, as a dotted path into the JSON document
/// ([`field`](Self::field), which also leads the message), and quotes a rejected text
/// at most [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes long, escaped.
///
/// ```
/// use peerwork::{JobDescription, JobError, Profile};
///
/// let err = JobDescription::vantaa_pilot(Profile::Caretaker)
///     .title("")
///     .build()
///     .unwrap_err();
/// assert_eq!(err, JobError::EmptyText { field: "title".into() });
/// assert_eq!(err.to_string(), "title: must hold something visible");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JobError {
    /// A text that is empty or holds nothing visible.
    #[error("{field}: must hold something visible")]
    EmptyText {
        /// The field, with the language where the text is given per language
        /// (`title.sv`).
        field: String,
    },
    /// A text longer than its field allows.
    #[error("{field}: must be at most {max} characters, got {actual}")]
    TextTooLong {
        /// The field.
        field: String,
        /// The limit.
        max: usize,
        /// The length given.
        actual: usize,
    },
    /// A text with a control character, line separator or bidirectional formatting
    /// character: these fields are one line (or one paragraph).
    #[error("{field}: must be one line, without control or bidirectional formatting characters")]
    ControlCharacter {
        /// The field.
        field: String,
    },
    /// A text given per language that lacks one of the post's languages.
    #[error("{field}: no text in {} ({language}), one of the post's languages", language.label())]
    MissingTranslation {
        /// The field.
        field: String,
        /// The language it lacks.
        language: Language,
    },
    /// A text in a language the post is not written in.
    #[error("{field}: the post is not written in {} ({language}); add it to `languages` or remove the text", language.label())]
    NotWrittenIn {
        /// The field, with the language (`title.en`).
        field: String,
        /// The language.
        language: Language,
    },
    /// A post written in no language.
    #[error("languages: a post is written in at least one language")]
    NoLanguage,
    /// No employer given (builder only).
    #[error("employer.organisation: a job description needs an employer")]
    MissingEmployer,
    /// No location given (builder only).
    #[error("location.municipality: a job description needs a location")]
    MissingLocation,
    /// No setting given, and no profile to take it from (builder only).
    #[error("setting: a job description needs a service setting (or a profile to take it from)")]
    MissingSetting,
    /// A post with no task at all.
    #[error("tasks: a job description needs at least one task")]
    EmptyTaskSet,
    /// A post whose tasks are all optional.
    #[error("tasks.essential: at least one task must be essential")]
    NoEssentialTask,
    /// A catalogue task both essential and optional.
    #[error("tasks.optional: task `{0}` is also essential; a task is one or the other")]
    TaskBothEssentialAndOptional(Task),
    /// An own task's id that is not 1 to 64 characters of `a`–`z`, `0`–`9` and `_`
    /// starting with a letter, or that is a catalogue task's id.
    #[error(
        "{field}: `{value}` must be 1 to 64 characters of a-z, 0-9 and _, starting with a letter, and not a catalogue task's id"
    )]
    InvalidOwnTaskId {
        /// The field, such as `tasks.own[0].id`.
        field: String,
        /// The id given (quoted).
        value: String,
    },
    /// A list longer than its field allows.
    #[error("{field}: must hold at most {max} items")]
    TooMany {
        /// The field.
        field: &'static str,
        /// The limit.
        max: usize,
    },
    /// No working mode.
    #[error("working_modes: at least one working mode is needed")]
    NoWorkingMode,
    /// A working time outside 1 to 100 % of full time.
    #[error("terms.working_time_percent: must be more than 0 and at most 100, got {0}")]
    WorkingTimeOutOfRange(u16),
    /// A term or trial period of zero length.
    #[error("{field}: must be longer than zero")]
    ZeroLength {
        /// The field: `terms.contract.term.duration.amount` or
        /// `terms.trial_period.amount`.
        field: &'static str,
    },
    /// A fixed term that ends before it starts.
    #[error("terms.contract.term.dates.end: the term ends on {end}, before it starts on {start}")]
    TermEndsBeforeStart {
        /// The first day given.
        start: Date,
        /// The last day given.
        end: Date,
    },
    /// A trial period over six months, or over half of a fixed term.
    #[error("terms.trial_period: {}", trial_limit(*.of_fixed_term))]
    TrialPeriodTooLong {
        /// Whether the limit broken is half of the fixed term (rather than six months).
        of_fixed_term: bool,
    },
    /// A fee-based post without assignments.
    #[error("terms.assignments: a fee-based post needs at least one assignment")]
    NoAssignments,
    /// An assignment of no hours.
    #[error("{field}: must be more than 0 and at most 10000 hours")]
    HoursOutOfRange {
        /// The field, such as `terms.assignments[0].hours`.
        field: String,
    },
    /// An assignment whose activity the post's fee schedule gives no rate for.
    #[error("{field}: the fee schedule has no rate for `{activity}`")]
    NoRate {
        /// The field, such as `terms.assignments[1].activity`.
        field: String,
        /// The activity.
        activity: FeeActivity,
    },
    /// `open_to_all` together with specific backgrounds, or among the desired.
    #[error("{field}: `open_to_all` stands alone, and only among the required")]
    OpenToAllWithOtherBackgrounds {
        /// `requirements.required.experience_backgrounds` or
        /// `requirements.desired.experience_backgrounds`.
        field: &'static str,
    },
    /// A post that requires no language of work.
    #[error("requirements.required.languages: a post requires at least one language of work")]
    NoRequiredLanguage,
    /// A training length of zero hours.
    #[error("{field}: must be more than 0")]
    ZeroTrainingHours {
        /// `requirements.required.training.hours` or `requirements.desired.training.hours`.
        field: &'static str,
    },
    /// Something both required and desired.
    #[error("{field}: `{value}` is already required")]
    RequiredAndDesired {
        /// The field of the desired list, such as `requirements.desired.languages`.
        field: &'static str,
        /// The value (an id).
        value: String,
    },
    /// A value listed twice where each may appear once.
    #[error("{field}: `{value}` is listed more than once")]
    Duplicate {
        /// The field.
        field: String,
        /// The repeated value (quoted).
        value: String,
    },
    /// A version 1 document whose form of work and fee activities contradict each
    /// other (in version 1, only a fee-based post lists fee activities).
    #[error("fee_activities: {}", v1_fees(*.0))]
    V1FeeActivities(FormOfWork),
    /// A format version this release cannot read.
    #[error("format_version: this version of peerwork reads format versions 1 and 2, got {0}")]
    UnsupportedFormatVersion(u32),
}

fn trial_limit(of_fixed_term: bool) -> String {
    if of_fixed_term {
        "a trial period is at most half of a fixed term (Employment Contracts Act 55/2001, 1:4)"
            .to_owned()
    } else {
        format!(
            "a trial period is at most {MAX_TRIAL_PERIOD_MONTHS} months (Employment Contracts Act 55/2001, 1:4)"
        )
    }
}

fn v1_fees(form: FormOfWork) -> String {
    if form == FormOfWork::FeeBased {
        "a fee-based post needs at least one fee activity".to_owned()
    } else {
        format!(
            "a {} post has no fee activities; only fee-based posts do",
            form.label()
        )
    }
}

impl JobError {
    /// The field the error is about, as a dotted path into the JSON document, for
    /// example `"terms.working_time_percent"` or `"title.sv"`.
    #[must_use]
    pub fn field(&self) -> &str {
        match self {
            Self::EmptyText { field }
            | Self::TextTooLong { field, .. }
            | Self::ControlCharacter { field }
            | Self::MissingTranslation { field, .. }
            | Self::NotWrittenIn { field, .. }
            | Self::InvalidOwnTaskId { field, .. }
            | Self::HoursOutOfRange { field }
            | Self::NoRate { field, .. }
            | Self::Duplicate { field, .. } => field,
            Self::TooMany { field, .. }
            | Self::ZeroLength { field }
            | Self::OpenToAllWithOtherBackgrounds { field }
            | Self::ZeroTrainingHours { field }
            | Self::RequiredAndDesired { field, .. } => field,
            Self::NoLanguage => "languages",
            Self::MissingEmployer => "employer.organisation",
            Self::MissingLocation => "location.municipality",
            Self::MissingSetting => "setting",
            Self::EmptyTaskSet => "tasks",
            Self::NoEssentialTask => "tasks.essential",
            Self::TaskBothEssentialAndOptional(_) => "tasks.optional",
            Self::NoWorkingMode => "working_modes",
            Self::WorkingTimeOutOfRange(_) => "terms.working_time_percent",
            Self::TermEndsBeforeStart { .. } => "terms.contract.term.dates.end",
            Self::TrialPeriodTooLong { .. } => "terms.trial_period",
            Self::NoAssignments => "terms.assignments",
            Self::NoRequiredLanguage => "requirements.required.languages",
            Self::V1FeeActivities(_) => "fee_activities",
            Self::UnsupportedFormatVersion(_) => "format_version",
        }
    }
}
