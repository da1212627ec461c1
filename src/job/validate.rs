//! The rules of a job description, checked in the order of the document's fields.
//! Every way in — the builder, serde in any form — ends here.

use crate::error::quote;
use crate::language::Language;
use crate::task::Task;
use crate::text::{LocalizedText, TextProblem, check_text};
use crate::validate::first_duplicate;

use super::document::Fields;
use super::{
    Contract, ExperienceBackground, JobDescription, JobError, MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS, MAX_OWN_TASK_ID_CHARS, MAX_OWN_TASKS, MAX_POSTAL_CODE_CHARS, MAX_TITLE_CHARS,
    MAX_TRIAL_PERIOD_MONTHS, Qualifications, Term, Terms, TimeUnit, TrainingRequirement,
};

/// Checks every rule and makes the document a [`JobDescription`].
pub(super) fn validate(fields: Fields) -> Result<JobDescription, JobError> {
    let texts = Texts {
        languages: &fields.languages,
    };
    check_heading(&fields, texts)?;
    check_tasks(&fields, texts)?;
    check_terms(&fields.terms, texts)?;
    check_support(&fields, texts)?;
    check_requirements(&fields, texts)?;
    unique("onboarding", &fields.onboarding)?;
    Ok(JobDescription(fields))
}

/// A one-line text of at most `max` characters.
pub(super) fn text(field: &str, value: &str, max: usize) -> Result<(), JobError> {
    check_text(value, max).map_err(|problem| {
        let field = field.to_owned();
        match problem {
            TextProblem::Empty => JobError::EmptyText { field },
            TextProblem::TooLong(actual) => JobError::TextTooLong { field, max, actual },
            TextProblem::ControlCharacter => JobError::ControlCharacter { field },
        }
    })
}

/// The texts of a document in its languages.
#[derive(Clone, Copy)]
struct Texts<'a> {
    languages: &'a [Language],
}

impl Texts<'_> {
    /// Checks a text given per language, or the same in every language: each text
    /// follows the rule, and a text given per language is given in exactly the post's
    /// languages.
    fn check(self, field: &str, value: &LocalizedText, max: usize) -> Result<(), JobError> {
        for (language, text) in value.texts() {
            match language {
                Some(language) => {
                    let at = format!("{field}.{}", language.code());
                    if !self.languages.contains(&language) {
                        return Err(JobError::NotWrittenIn {
                            field: at,
                            language,
                        });
                    }
                    self::text(&at, text, max)?;
                }
                None => self::text(field, text, max)?,
            }
        }
        if !value.is_same_in_every_language()
            && let Some(&language) = self
                .languages
                .iter()
                .find(|&&language| value.get(language).is_none())
        {
            return Err(JobError::MissingTranslation {
                field: field.to_owned(),
                language,
            });
        }
        Ok(())
    }

    fn check_optional(
        self,
        field: &str,
        value: Option<&LocalizedText>,
        max: usize,
    ) -> Result<(), JobError> {
        value.map_or(Ok(()), |value| self.check(field, value, max))
    }
}

/// The first repeated value of `items`, as [`JobError::Duplicate`].
pub(super) fn unique<T: PartialEq + Copy + core::fmt::Display>(
    field: &str,
    items: &[T],
) -> Result<(), JobError> {
    match first_duplicate(items.iter().copied()) {
        Some(value) => Err(JobError::Duplicate {
            field: field.to_owned(),
            value: quote(&value.to_string()),
        }),
        None => Ok(()),
    }
}

/// Languages, title, employer, location and profiles.
fn check_heading(fields: &Fields, texts: Texts<'_>) -> Result<(), JobError> {
    if fields.languages.is_empty() {
        return Err(JobError::NoLanguage);
    }
    unique("languages", &fields.languages)?;
    texts.check("title", &fields.title, MAX_TITLE_CHARS)?;
    let employer = &fields.employer;
    texts.check(
        "employer.organisation",
        &employer.organisation,
        MAX_NAME_CHARS,
    )?;
    texts.check_optional("employer.unit", employer.unit.as_ref(), MAX_NAME_CHARS)?;
    texts.check_optional(
        "employer.introduction",
        employer.introduction.as_ref(),
        MAX_DESCRIPTION_CHARS,
    )?;
    let location = &fields.location;
    texts.check_optional(
        "location.street_address",
        location.street_address.as_ref(),
        MAX_NAME_CHARS,
    )?;
    if let Some(code) = &location.postal_code {
        text("location.postal_code", code, MAX_POSTAL_CODE_CHARS)?;
    }
    unique("profiles", &fields.profiles)
}

/// Whether `id` can name a post's own task.
fn is_own_task_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes.next().is_some_and(|first| first.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && id.len() <= MAX_OWN_TASK_ID_CHARS
        && Task::from_id(id).is_err()
}

fn check_tasks(fields: &Fields, texts: Texts<'_>) -> Result<(), JobError> {
    let tasks = &fields.tasks;
    if tasks.own.len() > MAX_OWN_TASKS {
        return Err(JobError::TooMany {
            field: "tasks.own",
            max: MAX_OWN_TASKS,
        });
    }
    for (index, task) in tasks.own.iter().enumerate() {
        let at = format!("tasks.own[{index}]");
        if !is_own_task_id(&task.id) {
            return Err(JobError::InvalidOwnTaskId {
                field: format!("{at}.id"),
                value: quote(&task.id),
            });
        }
        if tasks
            .own
            .iter()
            .take(index)
            .any(|other| other.id == task.id)
        {
            return Err(JobError::Duplicate {
                field: format!("{at}.id"),
                value: quote(&task.id),
            });
        }
        texts.check(&format!("{at}.label"), &task.label, MAX_NAME_CHARS)?;
        texts.check_optional(
            &format!("{at}.description"),
            task.description.as_ref(),
            MAX_DESCRIPTION_CHARS,
        )?;
    }
    if tasks.all().is_empty() && tasks.own.is_empty() {
        return Err(JobError::EmptyTaskSet);
    }
    if !tasks.has_essential() {
        return Err(JobError::NoEssentialTask);
    }
    if let Some(task) = (tasks.essential & tasks.optional).first() {
        return Err(JobError::TaskBothEssentialAndOptional(task));
    }
    if fields.working_modes.is_empty() {
        return Err(JobError::NoWorkingMode);
    }
    unique("working_modes", &fields.working_modes)
}

fn check_terms(terms: &Terms, texts: Texts<'_>) -> Result<(), JobError> {
    match terms {
        Terms::Volunteer(_) => Ok(()),
        Terms::Salaried(salaried) => {
            if !(1..=100).contains(&salaried.working_time_percent) {
                return Err(JobError::WorkingTimeOutOfRange(u16::from(
                    salaried.working_time_percent,
                )));
            }
            let term = match salaried.contract {
                Contract::FixedTerm { term } => Some(term),
                Contract::Permanent => None,
            };
            match term {
                Some(Term::Duration(duration)) if duration.amount == 0 => {
                    return Err(JobError::ZeroLength {
                        field: "terms.contract.term.duration.amount",
                    });
                }
                Some(Term::Dates { start, end }) if end < start => {
                    return Err(JobError::TermEndsBeforeStart { start, end });
                }
                _ => {}
            }
            if let Some(trial) = salaried.trial_period {
                if trial.amount == 0 {
                    return Err(JobError::ZeroLength {
                        field: "terms.trial_period.amount",
                    });
                }
                let over_six_months = match trial.unit {
                    TimeUnit::Months => trial.amount > MAX_TRIAL_PERIOD_MONTHS,
                    _ => trial.approximate_days() > 183,
                };
                if over_six_months {
                    return Err(JobError::TrialPeriodTooLong {
                        of_fixed_term: false,
                    });
                }
                if let Some(term) = term
                    && trial.approximate_days().saturating_mul(2) > term.approximate_days()
                {
                    return Err(JobError::TrialPeriodTooLong {
                        of_fixed_term: true,
                    });
                }
            }
            texts.check_optional(
                "terms.pay_basis",
                salaried.pay_basis.as_ref(),
                MAX_NAME_CHARS,
            )
        }
        Terms::FeeBased(fees) => {
            if fees.assignments.is_empty() {
                return Err(JobError::NoAssignments);
            }
            if fees.assignments.len() > super::MAX_ASSIGNMENTS {
                return Err(JobError::TooMany {
                    field: "terms.assignments",
                    max: super::MAX_ASSIGNMENTS,
                });
            }
            let schedule = fees.schedule();
            for (index, assignment) in fees.assignments.iter().enumerate() {
                if assignment
                    .hours
                    .is_some_and(|hours| hours.as_hundredths() == 0 || hours > super::Hours::MAX)
                {
                    return Err(JobError::HoursOutOfRange {
                        field: format!("terms.assignments[{index}].hours"),
                    });
                }
                if schedule.rate(assignment.activity).is_none() {
                    return Err(JobError::NoRate {
                        field: format!("terms.assignments[{index}].activity"),
                        activity: assignment.activity,
                    });
                }
            }
            Ok(())
        }
    }
}

fn check_support(fields: &Fields, texts: Texts<'_>) -> Result<(), JobError> {
    let support = &fields.support;
    if let Some(contact) = &support.close_contact_employee {
        texts.check_optional(
            "support.close_contact_employee.role",
            contact.role.as_ref(),
            MAX_NAME_CHARS,
        )?;
    }
    texts.check_optional(
        "support.line_manager",
        support.line_manager.as_ref(),
        MAX_NAME_CHARS,
    )?;
    if let Some(pair) = &support.work_pair {
        texts.check(
            "support.work_pair.professional_role",
            &pair.professional_role,
            MAX_NAME_CHARS,
        )?;
        texts.check_optional(
            "support.work_pair.line_manager",
            pair.line_manager.as_ref(),
            MAX_NAME_CHARS,
        )?;
    }
    Ok(())
}

/// The fields of one list of qualifications.
struct QualificationFields {
    backgrounds: &'static str,
    training: &'static str,
    training_description: &'static str,
    training_hours: &'static str,
    languages: &'static str,
}

const REQUIRED: QualificationFields = QualificationFields {
    backgrounds: "requirements.required.experience_backgrounds",
    training: "requirements.required.training",
    training_description: "requirements.required.training.description",
    training_hours: "requirements.required.training.hours",
    languages: "requirements.required.languages",
};

const DESIRED: QualificationFields = QualificationFields {
    backgrounds: "requirements.desired.experience_backgrounds",
    training: "requirements.desired.training",
    training_description: "requirements.desired.training.description",
    training_hours: "requirements.desired.training.hours",
    languages: "requirements.desired.languages",
};

fn check_qualifications(
    qualifications: &Qualifications,
    at: &QualificationFields,
    texts: Texts<'_>,
) -> Result<(), JobError> {
    let backgrounds = &qualifications.experience_backgrounds;
    unique(at.backgrounds, backgrounds)?;
    if backgrounds.contains(&ExperienceBackground::OpenToAll)
        && (backgrounds.len() > 1 || at.backgrounds == DESIRED.backgrounds)
    {
        return Err(JobError::OpenToAllWithOtherBackgrounds {
            field: at.backgrounds,
        });
    }
    if let Some(TrainingRequirement::Other { description, hours }) = &qualifications.training {
        texts.check(at.training_description, description, MAX_NAME_CHARS)?;
        if *hours == Some(0) {
            return Err(JobError::ZeroTrainingHours {
                field: at.training_hours,
            });
        }
    }
    unique(at.languages, &qualifications.languages)
}

fn check_requirements(fields: &Fields, texts: Texts<'_>) -> Result<(), JobError> {
    let requirements = &fields.requirements;
    let (required, desired) = (&requirements.required, &requirements.desired);
    check_qualifications(required, &REQUIRED, texts)?;
    if required.languages.is_empty() {
        return Err(JobError::NoRequiredLanguage);
    }
    check_qualifications(desired, &DESIRED, texts)?;
    let both =
        |field: &'static str, value: String| Err(JobError::RequiredAndDesired { field, value });
    if let Some(background) = desired
        .experience_backgrounds
        .iter()
        .find(|b| required.experience_backgrounds.contains(b))
    {
        return both(DESIRED.backgrounds, background.to_string());
    }
    if let (Some(wanted), Some(needed)) = (&desired.training, &required.training)
        && wanted == needed
    {
        return both(DESIRED.training, training_id(wanted).to_owned());
    }
    if let Some(language) = desired
        .languages
        .iter()
        .find(|l| required.languages.contains(l))
    {
        return both(DESIRED.languages, language.to_string());
    }
    unique("requirements.themes", &requirements.themes)
}

fn training_id(training: &TrainingRequirement) -> &'static str {
    match training {
        TrainingRequirement::KokoaStandard => "kokoa_standard",
        TrainingRequirement::Other { .. } => "other",
    }
}
