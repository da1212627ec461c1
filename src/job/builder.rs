//! [`JobDescriptionBuilder`]: one fluent chain to a valid [`JobDescription`].

use crate::fee::FeeActivity;
use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::profile::{Profile, ServiceSetting};
use crate::role::Role;
use crate::task_set::TaskSet;
use crate::work_pair::WorkPair;

use super::{
    Contract, Employer, ExperienceBackground, FormOfWork, FormatVersion, JobDescription, JobError,
    JobTasks, Location, OnboardingItem, Requirements, Support, Terms, Theme, TrainingRequirement,
    WorkingMode,
};

/// Builds a [`JobDescription`]; [`build`](Self::build) checks every rule.
///
/// Required: an employer and a location. Defaults: Finnish as the language of work, no
/// profile, no tasks, the Vantaa working modes (joining client meetings
/// first, then one-to-one by appointment), salaried, 100 % working time, permanent, no
/// close contact employee or work pair, no requirements, no onboarding items, no fee
/// activities. The setting defaults to that of the first profile added.
///
/// Adding a profile adds its common core and duties as *essential* tasks; tasks can
/// then be added as essential or optional, or removed.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct JobDescriptionBuilder {
    title: String,
    employer: Option<Employer>,
    location: Option<Location>,
    languages: Vec<Language>,
    setting: Option<ServiceSetting>,
    profiles: Vec<Profile>,
    tasks: JobTasks,
    working_modes: Vec<WorkingMode>,
    terms: Terms,
    support: Support,
    requirements: Requirements,
    onboarding: Vec<OnboardingItem>,
    fee_activities: Vec<FeeActivity>,
}

impl JobDescriptionBuilder {
    pub(super) fn new(title: String) -> Self {
        Self {
            title,
            employer: None,
            location: None,
            languages: vec![Language::Finnish],
            setting: None,
            profiles: Vec::new(),
            tasks: JobTasks::default(),
            working_modes: WorkingMode::VANTAA.to_vec(),
            terms: Terms {
                form_of_work: FormOfWork::Salaried,
                working_time_percent: 100,
                contract: Contract::Permanent,
            },
            support: Support::default(),
            requirements: Requirements::default(),
            onboarding: Vec::new(),
            fee_activities: Vec::new(),
        }
    }

    /// A builder holding every part of `job`.
    pub(super) fn from_job(job: &JobDescription) -> Self {
        Self {
            title: job.title.clone(),
            employer: Some(job.employer.clone()),
            location: Some(job.location.clone()),
            languages: job.languages.clone(),
            setting: Some(job.setting),
            profiles: job.profiles.clone(),
            tasks: job.tasks,
            working_modes: job.working_modes.clone(),
            terms: job.terms,
            support: job.support.clone(),
            requirements: job.requirements.clone(),
            onboarding: job.onboarding.clone(),
            fee_activities: job.fee_activities.clone(),
        }
    }

    pub(super) fn vantaa_pilot(profile: Profile, language: Language) -> Self {
        let role = Role::PeerWorker.label_in(language);
        let mut chars = role.chars();
        let role_title: String = chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        let (city, municipality, contact) = match language {
            Language::Finnish => (
                "Vantaan kaupunki",
                "Vantaa",
                "yksikön nimetty lähityöntekijä",
            ),
            Language::Swedish => ("Vanda stad", "Vanda", "en utsedd kontaktanställd i enheten"),
            Language::English => (
                "City of Vantaa",
                "Vantaa",
                "a named close contact employee of the unit",
            ),
        };
        // The report names the housing unit only in English; the others are proper names.
        let unit = match (profile, language) {
            (Profile::Storyteller, Language::Finnish) => "Vantaan asumisen palvelut",
            (Profile::Storyteller, Language::Swedish) => "Vanda boendetjänster",
            _ => profile.pilot_unit().name,
        };
        Self::new(format!("{role_title} – {}", profile.label_in(language)))
            .employer(city, Some(unit))
            .location(Location::municipality(municipality))
            .languages([Language::Finnish])
            .profile(profile)
            .form_of_work(FormOfWork::Salaried)
            .working_time_percent(50)
            .contract(Contract::months(3))
            .close_contact_employee(contact)
            .experience_backgrounds([
                ExperienceBackground::Homelessness,
                ExperienceBackground::Substances,
            ])
            .training(TrainingRequirement::None)
            .themes([Theme::Homelessness, Theme::Addictions])
            .onboarding(OnboardingItem::ALL)
    }

    /// Sets the title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Sets the employing organisation and, optionally, the unit.
    pub fn employer(mut self, organisation: impl Into<String>, unit: Option<&str>) -> Self {
        self.employer = Some(Employer {
            organisation: organisation.into(),
            unit: unit.map(str::to_owned),
        });
        self
    }

    /// Sets where the post is.
    pub fn location(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Sets the languages the work is done in.
    pub fn languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.languages = languages.into_iter().collect();
        self
    }

    /// Sets the service setting.
    pub fn setting(mut self, setting: ServiceSetting) -> Self {
        self.setting = Some(setting);
        self
    }

    /// Derives the post from `profile`: records it and adds its tasks as essential.
    pub fn profile(mut self, profile: Profile) -> Self {
        if !self.profiles.contains(&profile) {
            self.profiles.push(profile);
        }
        self.tasks.essential |= profile.tasks();
        self.tasks.optional -= profile.tasks();
        self
    }

    /// Adds essential tasks (moving them out of the optional ones).
    pub fn essential(mut self, tasks: TaskSet) -> Self {
        self.tasks.essential |= tasks;
        self.tasks.optional -= tasks;
        self
    }

    /// Adds optional tasks (moving them out of the essential ones).
    pub fn optional(mut self, tasks: TaskSet) -> Self {
        self.tasks.optional |= tasks;
        self.tasks.essential -= tasks;
        self
    }

    /// Removes tasks, essential or optional.
    pub fn without(mut self, tasks: TaskSet) -> Self {
        self.tasks.essential -= tasks;
        self.tasks.optional -= tasks;
        self
    }

    /// Sets the working modes, primary first.
    pub fn working_modes(mut self, modes: impl IntoIterator<Item = WorkingMode>) -> Self {
        self.working_modes = modes.into_iter().collect();
        self
    }

    /// Sets the form of work.
    pub fn form_of_work(mut self, form: FormOfWork) -> Self {
        self.terms.form_of_work = form;
        self
    }

    /// Sets the working time as a percentage of full time.
    pub fn working_time_percent(mut self, percent: u16) -> Self {
        self.terms.working_time_percent = percent;
        self
    }

    /// Sets the contract.
    pub fn contract(mut self, contract: Contract) -> Self {
        self.terms.contract = contract;
        self
    }

    /// Names the close contact employee, by role or title.
    pub fn close_contact_employee(mut self, role: impl Into<String>) -> Self {
        self.support.close_contact_employee = Some(role.into());
        self
    }

    /// Makes the post one half of a work pair.
    pub fn work_pair(mut self, pair: WorkPair) -> Self {
        self.support.work_pair = Some(pair);
        self
    }

    /// Sets the experience backgrounds sought.
    pub fn experience_backgrounds(
        mut self,
        backgrounds: impl IntoIterator<Item = ExperienceBackground>,
    ) -> Self {
        self.requirements.experience_backgrounds = backgrounds.into_iter().collect();
        self
    }

    /// Sets the training requirement.
    pub fn training(mut self, training: TrainingRequirement) -> Self {
        self.requirements.training = training;
        self
    }

    /// Sets the themes of the work.
    pub fn themes(mut self, themes: impl IntoIterator<Item = Theme>) -> Self {
        self.requirements.themes = themes.into_iter().collect();
        self
    }

    /// Sets the onboarding items.
    pub fn onboarding(mut self, items: impl IntoIterator<Item = OnboardingItem>) -> Self {
        self.onboarding = items.into_iter().collect();
        self
    }

    /// Sets the fee activities (for a fee-based post).
    pub fn fee_activities(mut self, activities: impl IntoIterator<Item = FeeActivity>) -> Self {
        self.fee_activities = activities.into_iter().collect();
        self
    }

    /// Checks every rule and returns the job description.
    ///
    /// # Errors
    ///
    /// [`JobError::MissingEmployer`], [`JobError::MissingLocation`] and
    /// [`JobError::MissingSetting`] when those were never given (the setting is taken
    /// from the first profile when there is one), and otherwise the first rule of
    /// [`JobError`] the document breaks.
    pub fn build(self) -> Result<JobDescription, JobError> {
        let employer = self.employer.ok_or(JobError::MissingEmployer)?;
        let location = self.location.ok_or(JobError::MissingLocation)?;
        let setting = self
            .setting
            .or_else(|| self.profiles.first().map(|profile| profile.setting()))
            .ok_or(JobError::MissingSetting)?;
        let job = JobDescription {
            format_version: FormatVersion::CURRENT,
            title: self.title,
            employer,
            location,
            languages: self.languages,
            setting,
            profiles: self.profiles,
            tasks: self.tasks,
            working_modes: self.working_modes,
            terms: self.terms,
            support: self.support,
            requirements: self.requirements,
            onboarding: self.onboarding,
            fee_activities: self.fee_activities,
        };
        job.validate()?;
        Ok(job)
    }
}
