//! The rules of a valid job description, and the error each breaks.

use crate::error::quote;
use crate::fee::FeeActivity;
use crate::task::Task;
use crate::validate::{TextProblem, check_text, first_duplicate};
use crate::work_pair::Supervisor;

use super::{
    ExperienceBackground, FormOfWork, JobDescription, MAX_NAME_CHARS, MAX_POSTAL_CODE_CHARS,
    MAX_TITLE_CHARS, Term, TrainingRequirement,
};

/// Why a job description is invalid. Every variant names the field, as a dotted path
/// into the JSON document ([`JobError::field`]), and its message starts with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JobError {
    /// A required text is empty or only white space.
    #[error("{field}: must not be empty")]
    EmptyText {
        /// The field.
        field: &'static str,
    },
    /// A text is longer than its limit.
    #[error("{field}: must be at most {max} characters, got {actual}")]
    TextTooLong {
        /// The field.
        field: &'static str,
        /// The limit, in characters.
        max: usize,
        /// The length given, in characters.
        actual: usize,
    },
    /// A one-line text holds a control character, such as a line break.
    #[error("{field}: must be one line without control characters")]
    ControlCharacter {
        /// The field.
        field: &'static str,
    },
    /// No service setting was given, and no profile to take it from (builder only).
    #[error("setting: no service setting given; set one or derive the post from a profile")]
    MissingSetting,
    /// No employer was given (builder only).
    #[error("employer.organisation: no employer given")]
    MissingEmployer,
    /// No location was given (builder only).
    #[error("location.municipality: no location given")]
    MissingLocation,
    /// No language of work.
    #[error("languages: the post needs at least one language of work")]
    NoLanguage,
    /// Neither essential nor optional tasks.
    #[error("tasks: the post has no task")]
    EmptyTaskSet,
    /// Optional tasks but no essential one.
    #[error("tasks.essential: the post needs at least one essential task")]
    NoEssentialTask,
    /// A task listed both as essential and as optional.
    #[error("tasks.optional: task `{0}` is also essential")]
    TaskBothEssentialAndOptional(Task),
    /// No working mode.
    #[error("working_modes: the post needs at least one working mode")]
    NoWorkingMode,
    /// Working time of zero or over full time.
    #[error(
        "terms.working_time_percent: must be more than 0 and at most 100 percent of full time, got {0}"
    )]
    WorkingTimeOutOfRange(u16),
    /// A fixed term of zero length.
    #[error("terms.contract.term: a fixed term must be longer than zero")]
    ZeroLengthTerm,
    /// A fixed term that ends before it starts.
    #[error("terms.contract.term: the term ends on {end}, before it starts on {start}")]
    TermEndsBeforeStart {
        /// The first day given.
        start: crate::Date,
        /// The last day given.
        end: crate::Date,
    },
    /// Fee activities on a post that is not fee-based.
    #[error("fee_activities: a {0} post has no fee activities; only fee-based posts do")]
    FeeActivitiesOnNonFeePost(FormOfWork),
    /// A fee-based post without fee activities.
    #[error("fee_activities: a fee-based post needs at least one fee activity")]
    NoFeeActivities,
    /// A work pair supervised by someone in another organisation.
    #[error(
        "support.work_pair.supervisor.organisation: `{supervisor}` is not the employer `{employer}`; \
         the supervisor must be of the pair or the employing organisation"
    )]
    SupervisorOutsidePair {
        /// The supervisor's organisation.
        supervisor: String,
        /// The employer.
        employer: String,
    },
    /// `open_to_all` together with specific backgrounds.
    #[error(
        "requirements.experience_backgrounds: `open_to_all` cannot be combined with specific backgrounds"
    )]
    OpenToAllWithSpecificBackgrounds,
    /// A training length of zero hours.
    #[error("requirements.training.hours: must be more than 0")]
    ZeroTrainingHours,
    /// A value listed twice where each may appear once.
    #[error("{field}: `{value}` is listed more than once")]
    Duplicate {
        /// The field.
        field: &'static str,
        /// The repeated value.
        value: String,
    },
    /// A format version this release cannot read.
    #[error("format_version: this version of peerwork reads format version 1, got {0}")]
    UnsupportedFormatVersion(u32),
}

impl JobError {
    /// The field the error is about, as a dotted path into the JSON document, for
    /// example `"terms.working_time_percent"`.
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Self::EmptyText { field }
            | Self::TextTooLong { field, .. }
            | Self::ControlCharacter { field }
            | Self::Duplicate { field, .. } => field,
            Self::MissingSetting => "setting",
            Self::MissingEmployer => "employer.organisation",
            Self::MissingLocation => "location.municipality",
            Self::NoLanguage => "languages",
            Self::EmptyTaskSet => "tasks",
            Self::NoEssentialTask => "tasks.essential",
            Self::TaskBothEssentialAndOptional(_) => "tasks.optional",
            Self::NoWorkingMode => "working_modes",
            Self::WorkingTimeOutOfRange(_) => "terms.working_time_percent",
            Self::ZeroLengthTerm | Self::TermEndsBeforeStart { .. } => "terms.contract.term",
            Self::FeeActivitiesOnNonFeePost(_) | Self::NoFeeActivities => "fee_activities",
            Self::SupervisorOutsidePair { .. } => "support.work_pair.supervisor.organisation",
            Self::OpenToAllWithSpecificBackgrounds => "requirements.experience_backgrounds",
            Self::ZeroTrainingHours => "requirements.training.hours",
            Self::UnsupportedFormatVersion(_) => "format_version",
        }
    }
}

fn text(field: &'static str, value: &str, max: usize) -> Result<(), JobError> {
    check_text(value, max).map_err(|problem| match problem {
        TextProblem::Empty => JobError::EmptyText { field },
        TextProblem::TooLong(actual) => JobError::TextTooLong { field, max, actual },
        TextProblem::ControlCharacter => JobError::ControlCharacter { field },
    })
}

fn unique<T: PartialEq + Copy + core::fmt::Display>(
    field: &'static str,
    items: &[T],
) -> Result<(), JobError> {
    match first_duplicate(items.iter().copied()) {
        Some(value) => Err(JobError::Duplicate {
            field,
            value: quote(&value.to_string()),
        }),
        None => Ok(()),
    }
}

/// Checks every rule, in the order of the document's fields.
pub(super) fn validate(job: &JobDescription) -> Result<(), JobError> {
    check_heading(job)?;
    check_tasks(job)?;
    check_terms(job)?;
    check_support(job)?;
    check_requirements(job)?;
    unique("onboarding", &job.onboarding)?;
    unique("fee_activities", &job.fee_activities)?;
    check_fees(job.terms.form_of_work, &job.fee_activities)
}

/// Title, employer, location, languages and profiles.
fn check_heading(job: &JobDescription) -> Result<(), JobError> {
    text("title", &job.title, MAX_TITLE_CHARS)?;
    text(
        "employer.organisation",
        &job.employer.organisation,
        MAX_NAME_CHARS,
    )?;
    if let Some(unit) = &job.employer.unit {
        text("employer.unit", unit, MAX_NAME_CHARS)?;
    }
    let location = &job.location;
    text(
        "location.municipality",
        &location.municipality,
        MAX_NAME_CHARS,
    )?;
    if let Some(address) = &location.street_address {
        text("location.street_address", address, MAX_NAME_CHARS)?;
    }
    if let Some(code) = &location.postal_code {
        text("location.postal_code", code, MAX_POSTAL_CODE_CHARS)?;
    }
    if job.languages.is_empty() {
        return Err(JobError::NoLanguage);
    }
    unique("languages", &job.languages)?;
    unique("profiles", &job.profiles)
}

fn check_tasks(job: &JobDescription) -> Result<(), JobError> {
    let tasks = job.tasks;
    if tasks.all().is_empty() {
        return Err(JobError::EmptyTaskSet);
    }
    if tasks.essential.is_empty() {
        return Err(JobError::NoEssentialTask);
    }
    if let Some(task) = (tasks.essential & tasks.optional).first() {
        return Err(JobError::TaskBothEssentialAndOptional(task));
    }

    if job.working_modes.is_empty() {
        return Err(JobError::NoWorkingMode);
    }
    unique("working_modes", &job.working_modes)
}

fn check_terms(job: &JobDescription) -> Result<(), JobError> {
    let terms = job.terms;
    if !(1..=100).contains(&terms.working_time_percent) {
        return Err(JobError::WorkingTimeOutOfRange(terms.working_time_percent));
    }
    if let super::Contract::FixedTerm { term } = terms.contract {
        match term {
            Term::Duration { amount: 0, .. } => return Err(JobError::ZeroLengthTerm),
            Term::Dates { start, end } if end < start => {
                return Err(JobError::TermEndsBeforeStart { start, end });
            }
            Term::Duration { .. } | Term::Dates { .. } => {}
        }
    }
    Ok(())
}

fn check_support(job: &JobDescription) -> Result<(), JobError> {
    if let Some(contact) = &job.support.close_contact_employee {
        text("support.close_contact_employee", contact, MAX_NAME_CHARS)?;
    }
    if let Some(pair) = &job.support.work_pair {
        text(
            "support.work_pair.professional_role",
            &pair.professional_role,
            MAX_NAME_CHARS,
        )?;
        if let Some(Supervisor::Organisation { organisation, role }) = &pair.supervisor {
            text(
                "support.work_pair.supervisor.organisation",
                organisation,
                MAX_NAME_CHARS,
            )?;
            text("support.work_pair.supervisor.role", role, MAX_NAME_CHARS)?;
            if organisation.trim() != job.employer.organisation.trim() {
                return Err(JobError::SupervisorOutsidePair {
                    supervisor: quote(organisation),
                    employer: quote(&job.employer.organisation),
                });
            }
        }
    }
    Ok(())
}

fn check_requirements(job: &JobDescription) -> Result<(), JobError> {
    let requirements = &job.requirements;
    unique(
        "requirements.experience_backgrounds",
        &requirements.experience_backgrounds,
    )?;
    if requirements.experience_backgrounds.len() > 1
        && requirements
            .experience_backgrounds
            .contains(&ExperienceBackground::OpenToAll)
    {
        return Err(JobError::OpenToAllWithSpecificBackgrounds);
    }
    if let TrainingRequirement::Other { description, hours } = &requirements.training {
        text(
            "requirements.training.description",
            description,
            MAX_NAME_CHARS,
        )?;
        if *hours == Some(0) {
            return Err(JobError::ZeroTrainingHours);
        }
    }
    unique("requirements.themes", &requirements.themes)
}

fn check_fees(form: FormOfWork, activities: &[FeeActivity]) -> Result<(), JobError> {
    match (form, activities.is_empty()) {
        (FormOfWork::FeeBased, true) => Err(JobError::NoFeeActivities),
        (FormOfWork::Volunteer | FormOfWork::Salaried, false) => {
            Err(JobError::FeeActivitiesOnNonFeePost(form))
        }
        _ => Ok(()),
    }
}
