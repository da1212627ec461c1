//! Reading format version 1, the format of peerwork before per-language texts, forms of
//! work with their own terms, required and desired qualifications, and the work pair's
//! line manager.
//!
//! A version 1 document reads into the version 2 model as follows; the rules of
//! version 2 then apply.
//!
//! - Its texts have no language: each is read as the same text in every language, and
//!   the post as written in its languages of work, which it also requires.
//! - The municipality, a name, is read to its code; an unknown name is refused.
//! - A salaried post keeps its working time and contract. A fee-based post's fee
//!   activities become assignments whose hours are not stated. A volunteer or
//!   fee-based post had a working time and a contract only because version 1 asked every
//!   post for them; they have no meaning there and are not carried over.
//! - The close contact employee, given by role, keeps the role.
//! - A work pair "supervised by the professional" becomes one where the professional
//!   has a guiding role; one supervised by a role in an organisation names that role and
//!   organisation as the pair's line manager.
//! - The experience backgrounds "sought" and the training required become what the
//!   post requires; training `none` is no training.

use serde::{Deserialize, Deserializer};

use crate::fee::FeeActivity;
use crate::language::Language;
use crate::municipality::Municipality;
use crate::profile::{Profile, ServiceSetting};
use crate::task_set::TaskSet;
use crate::text::LocalizedText;
use crate::work_pair::WorkPair;
use crate::working_mode::WorkingMode;

use super::document::Fields;
use super::{
    Assignment, CloseContactEmployee, Contract, Employer, ExperienceBackground, FeeTerms,
    FormOfWork, FormatVersion, JobError, JobTasks, Location, OnboardingItem, Qualifications,
    Requirements, SalariedTerms, Support, Terms, Theme, VolunteerTerms,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1 {
    title: String,
    employer: V1Employer,
    location: V1Location,
    languages: Vec<Language>,
    setting: ServiceSetting,
    #[serde(default)]
    profiles: Vec<Profile>,
    tasks: V1Tasks,
    working_modes: Vec<WorkingMode>,
    terms: V1Terms,
    #[serde(default)]
    support: V1Support,
    requirements: V1Requirements,
    #[serde(default)]
    onboarding: Vec<OnboardingItem>,
    #[serde(default)]
    fee_activities: Vec<FeeActivity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Employer {
    organisation: String,
    #[serde(default)]
    unit: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Location {
    municipality: Municipality,
    #[serde(default)]
    street_address: Option<String>,
    #[serde(default)]
    postal_code: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Tasks {
    essential: TaskSet,
    #[serde(default)]
    optional: TaskSet,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Terms {
    form_of_work: FormOfWork,
    working_time_percent: u16,
    contract: Contract,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Support {
    #[serde(default)]
    close_contact_employee: Option<String>,
    #[serde(default)]
    work_pair: Option<V1WorkPair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1WorkPair {
    professional_role: String,
    #[serde(default)]
    supervisor: Option<V1Supervisor>,
    professional_guides: bool,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum V1Supervisor {
    Professional,
    Organisation { organisation: String, role: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Requirements {
    #[serde(default)]
    experience_backgrounds: Vec<ExperienceBackground>,
    training: V1Training,
    #[serde(default)]
    themes: Vec<Theme>,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum V1Training {
    KokoaStandard,
    Other {
        description: String,
        #[serde(default)]
        hours: Option<u16>,
    },
    None,
}

/// Reads the rest of a version 1 document (after its `format_version`) into the
/// version 2 fields, which the caller then checks.
pub(super) fn read<'de, D: Deserializer<'de>>(rest: D) -> Result<Fields, D::Error> {
    let v1 = V1::deserialize(rest)?;
    convert(v1).map_err(serde::de::Error::custom)
}

fn convert(v1: V1) -> Result<Fields, JobError> {
    let terms = match (v1.terms.form_of_work, v1.fee_activities.is_empty()) {
        (FormOfWork::FeeBased, false) => Terms::FeeBased(FeeTerms::new(
            v1.fee_activities
                .iter()
                .map(|&activity| Assignment::hours_not_stated(activity)),
        )),
        (FormOfWork::FeeBased, true) => {
            return Err(JobError::V1FeeActivities(FormOfWork::FeeBased));
        }
        (form, false) => return Err(JobError::V1FeeActivities(form)),
        (FormOfWork::Salaried, true) => {
            let percent = u8::try_from(v1.terms.working_time_percent)
                .ok()
                .filter(|percent| (1..=100).contains(percent))
                .ok_or(JobError::WorkingTimeOutOfRange(
                    v1.terms.working_time_percent,
                ))?;
            Terms::Salaried(SalariedTerms::new(percent, v1.terms.contract))
        }
        (_, true) => Terms::Volunteer(VolunteerTerms::new()),
    };
    let work_pair = v1.support.work_pair.map(|pair| {
        let mut converted =
            WorkPair::new(pair.professional_role).professional_guides(pair.professional_guides);
        match pair.supervisor {
            Some(V1Supervisor::Professional) => converted = converted.professional_guides(true),
            Some(V1Supervisor::Organisation { organisation, role }) => {
                converted = converted.line_manager(format!("{role}, {organisation}"));
            }
            None => {}
        }
        converted
    });
    let training = match v1.requirements.training {
        V1Training::KokoaStandard => Some(super::TrainingRequirement::KokoaStandard),
        V1Training::Other { description, hours } => Some(super::TrainingRequirement::Other {
            description: LocalizedText::same(description),
            hours,
        }),
        V1Training::None => None,
    };
    let mut employer = Employer::new(v1.employer.organisation);
    employer.unit = v1.employer.unit.map(LocalizedText::same);
    let mut location = Location::new(v1.location.municipality);
    location.street_address = v1.location.street_address.map(LocalizedText::same);
    location.postal_code = v1.location.postal_code;
    let mut tasks = JobTasks::default();
    tasks.essential = v1.tasks.essential;
    tasks.optional = v1.tasks.optional;
    let mut required = Qualifications::none();
    required.experience_backgrounds = v1.requirements.experience_backgrounds;
    required.training = training;
    required.languages.clone_from(&v1.languages);
    let mut requirements = Requirements::default();
    requirements.required = required;
    requirements.themes = v1.requirements.themes;
    let mut support = Support::default();
    support.close_contact_employee = v1
        .support
        .close_contact_employee
        .map(CloseContactEmployee::in_role);
    support.work_pair = work_pair;
    Ok(Fields {
        format_version: FormatVersion::CURRENT,
        languages: v1.languages,
        title: LocalizedText::same(v1.title),
        employer,
        location,
        setting: v1.setting,
        profiles: v1.profiles,
        tasks,
        working_modes: v1.working_modes,
        terms,
        support,
        requirements,
        works_with_minors: false,
        onboarding: v1.onboarding,
    })
}
