//! [`JobDescriptionBuilder`]: one fluent chain to a valid [`JobDescription`].

use crate::language::Language;
use crate::profile::{Profile, ServiceSetting};
use crate::task_set::TaskSet;
use crate::text::LocalizedText;
use crate::work_pair::WorkPair;
use crate::working_mode::WorkingMode;

use super::document::Fields;
use super::{
    CloseContactEmployee, Contract, Employer, ExperienceBackground, FormatVersion, JobDescription,
    JobError, JobTasks, Location, OnboardingItem, OwnTask, Requirements, SalariedTerms, Support,
    Terms, Theme, TrainingRequirement, validate,
};

/// Builds a [`JobDescription`]; [`build`](Self::build) checks every rule.
///
/// Required: an employer and a location. Defaults: written in Finnish, no profile, no
/// tasks, the pilot's two meeting modes (joining client meetings first, then one-to-one
/// by appointment), salaried full time and permanent, no support named, Finnish
/// required as the language of work and nothing else asked, no onboarding items. The
/// setting defaults to that of the first profile added.
///
/// Adding a profile adds its common core and duties as *essential* tasks; tasks can
/// then be added as essential or optional, or removed.
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct JobDescriptionBuilder {
    languages: Vec<Language>,
    title: LocalizedText,
    employer: Option<Employer>,
    location: Option<Location>,
    setting: Option<ServiceSetting>,
    profiles: Vec<Profile>,
    tasks: JobTasks,
    working_modes: Vec<WorkingMode>,
    terms: Terms,
    support: Support,
    requirements: Requirements,
    works_with_minors: bool,
    onboarding: Vec<OnboardingItem>,
}

impl JobDescriptionBuilder {
    pub(super) fn new(title: LocalizedText) -> Self {
        Self {
            languages: vec![Language::Finnish],
            title,
            employer: None,
            location: None,
            setting: None,
            profiles: Vec::new(),
            tasks: JobTasks::default(),
            working_modes: vec![
                WorkingMode::JoiningClientMeetings,
                WorkingMode::OneToOneByAppointment,
            ],
            terms: Terms::Salaried(SalariedTerms::new(100, Contract::Permanent)),
            support: Support::default(),
            requirements: Requirements::default(),
            works_with_minors: false,
            onboarding: Vec::new(),
        }
    }

    /// A builder holding every part of `job`.
    pub(super) fn from_job(job: &JobDescription) -> Self {
        let fields = &job.0;
        Self {
            languages: fields.languages.clone(),
            title: fields.title.clone(),
            employer: Some(fields.employer.clone()),
            location: Some(fields.location.clone()),
            setting: Some(fields.setting),
            profiles: fields.profiles.clone(),
            tasks: fields.tasks.clone(),
            working_modes: fields.working_modes.clone(),
            terms: fields.terms.clone(),
            support: fields.support.clone(),
            requirements: fields.requirements.clone(),
            works_with_minors: fields.works_with_minors,
            onboarding: fields.onboarding.clone(),
        }
    }

    /// Sets the languages the post is written in (default: Finnish).
    pub fn languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.languages = languages.into_iter().collect();
        self
    }

    /// Sets the title.
    pub fn title(mut self, title: impl Into<LocalizedText>) -> Self {
        self.title = title.into();
        self
    }

    /// Sets the employing organisation, keeping a unit and introduction given before.
    pub fn employer(mut self, organisation: impl Into<LocalizedText>) -> Self {
        match &mut self.employer {
            Some(employer) => employer.organisation = organisation.into(),
            None => self.employer = Some(Employer::new(organisation)),
        }
        self
    }

    /// Sets the employer: organisation, unit and introduction.
    pub fn employer_details(mut self, employer: Employer) -> Self {
        self.employer = Some(employer);
        self
    }

    /// Sets where the post is: a [`Location`], or just a
    /// [`Municipality`](crate::Municipality).
    pub fn location(mut self, location: impl Into<Location>) -> Self {
        self.location = Some(location.into());
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

    /// Adds a task of the post's own.
    pub fn own_task(mut self, task: OwnTask) -> Self {
        self.tasks.own.push(task);
        self
    }

    /// Sets the working modes, primary first.
    pub fn working_modes(mut self, modes: impl IntoIterator<Item = WorkingMode>) -> Self {
        self.working_modes = modes.into_iter().collect();
        self
    }

    /// Sets the form of work and its terms.
    pub fn terms(mut self, terms: Terms) -> Self {
        self.terms = terms;
        self
    }

    /// Gives the post a close contact employee.
    pub fn close_contact_employee(mut self, employee: CloseContactEmployee) -> Self {
        self.support.close_contact_employee = Some(employee);
        self
    }

    /// Names the post's line manager, by role.
    pub fn line_manager(mut self, role: impl Into<LocalizedText>) -> Self {
        self.support.line_manager = Some(role.into());
        self
    }

    /// Sets whether the employer offers work supervision (*työnohjaus*).
    pub fn work_supervision(mut self, offered: bool) -> Self {
        self.support.work_supervision = offered;
        self
    }

    /// Makes the post one half of a work pair.
    pub fn work_pair(mut self, pair: WorkPair) -> Self {
        self.support.work_pair = Some(pair);
        self
    }

    /// Sets the experience backgrounds the post requires.
    pub fn required_backgrounds(
        mut self,
        backgrounds: impl IntoIterator<Item = ExperienceBackground>,
    ) -> Self {
        self.requirements.required.experience_backgrounds = backgrounds.into_iter().collect();
        self
    }

    /// Sets the experience backgrounds the post would like.
    pub fn desired_backgrounds(
        mut self,
        backgrounds: impl IntoIterator<Item = ExperienceBackground>,
    ) -> Self {
        self.requirements.desired.experience_backgrounds = backgrounds.into_iter().collect();
        self
    }

    /// Sets the training the post requires.
    pub fn required_training(mut self, training: TrainingRequirement) -> Self {
        self.requirements.required.training = Some(training);
        self
    }

    /// Sets the training the post would like.
    pub fn desired_training(mut self, training: TrainingRequirement) -> Self {
        self.requirements.desired.training = Some(training);
        self
    }

    /// Sets the languages of work the post requires (default: Finnish).
    pub fn required_languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.requirements.required.languages = languages.into_iter().collect();
        self
    }

    /// Sets the languages of work the post would like.
    pub fn desired_languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.requirements.desired.languages = languages.into_iter().collect();
        self
    }

    /// Sets the themes of the work.
    pub fn themes(mut self, themes: impl IntoIterator<Item = Theme>) -> Self {
        self.requirements.themes = themes.into_iter().collect();
        self
    }

    /// Sets whether the work is with minors (so the person chosen shows an extract of
    /// their criminal record).
    pub fn works_with_minors(mut self, with_minors: bool) -> Self {
        self.works_with_minors = with_minors;
        self
    }

    /// Sets the onboarding items.
    pub fn onboarding(mut self, items: impl IntoIterator<Item = OnboardingItem>) -> Self {
        self.onboarding = items.into_iter().collect();
        self
    }

    /// Checks every rule and returns the job description.
    ///
    /// # Errors
    ///
    /// [`JobError::MissingEmployer`], [`JobError::MissingLocation`] and
    /// [`JobError::MissingSetting`] when those were never given (the setting is taken
    /// from the first profile when there is one), and otherwise the first rule of
    /// [`JobError`] the document breaks, in the order of its fields.
    pub fn build(self) -> Result<JobDescription, JobError> {
        let employer = self.employer.ok_or(JobError::MissingEmployer)?;
        let location = self.location.ok_or(JobError::MissingLocation)?;
        let setting = self
            .setting
            .or_else(|| self.profiles.first().map(|profile| profile.setting()))
            .ok_or(JobError::MissingSetting)?;
        validate::validate(Fields {
            format_version: FormatVersion::CURRENT,
            languages: self.languages,
            title: self.title,
            employer,
            location,
            setting,
            profiles: self.profiles,
            tasks: self.tasks,
            working_modes: self.working_modes,
            terms: self.terms,
            support: self.support,
            requirements: self.requirements,
            works_with_minors: self.works_with_minors,
            onboarding: self.onboarding,
        })
    }
}
