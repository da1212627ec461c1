//! Builder input for job descriptions, generated for the property tests of
//! `prop_job.rs`: every call of the builder, each value mostly valid and now and then
//! breaking one rule, and the same input written as the JSON document a reader would be
//! given. Texts and lists are generated in `texts.rs`, the parts of a post in
//! `parts.rs`.
#![allow(dead_code)]

mod parts;
mod texts;

use peerwork::{
    Contract, Employer, ExperienceBackground, Hours, JobDescription, JobDescriptionBuilder,
    JobTasks, Language, LocalizedText, Location, Municipality, OnboardingItem, OwnTask, Profile,
    Requirements, ServiceSetting, Support, Task, Terms, Theme, TrainingRequirement, WorkingMode,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Value, json};

pub use parts::Step;
use parts::{own_task, requirements, step, support, terms};
use texts::{distinct, line, localized, optional};

// ---- the whole input

/// Everything the builder is given, in the order of its calls.
#[derive(Debug, Clone)]
pub struct JobSpec {
    pub languages: Vec<Language>,
    pub title: LocalizedText,
    pub employer: Option<Employer>,
    pub location: Option<Location>,
    pub setting: Option<ServiceSetting>,
    pub steps: Vec<Step>,
    pub own: Vec<OwnTask>,
    pub working_modes: Vec<WorkingMode>,
    pub terms: Terms,
    pub support: Support,
    pub requirements: Requirements,
    pub works_with_minors: bool,
    pub onboarding: Vec<OnboardingItem>,
}

/// The languages of a post: mostly one to three, each once; now and then none, or one
/// twice.
fn languages() -> BoxedStrategy<Vec<Language>> {
    prop_oneof![79 => distinct(Language::ALL, 1), 1 => Just(Vec::new())].boxed()
}

pub fn job_spec() -> BoxedStrategy<JobSpec> {
    languages().prop_flat_map(|languages| {
        let heading = (
            Just(languages.clone()),
            localized(&languages, 120),
            prop_oneof![39 => (localized(&languages, 200), optional(localized(&languages, 200)), optional(localized(&languages, 1000))).prop_map(|(o, u, i)| {
                let mut employer = Employer::new(o);
                employer.unit = u;
                employer.introduction = i;
                Some(employer)
            }), 1 => Just(None)],
            prop_oneof![39 => (0..Municipality::all().count(), optional(localized(&languages, 200)), optional(line(20))).prop_map(|(i, street, postal)| {
                let mut location = Location::new(Municipality::all().nth(i).unwrap());
                location.street_address = street;
                location.postal_code = postal;
                Some(location)
            }), 1 => Just(None)],
            prop_oneof![9 => select(ServiceSetting::ALL).prop_map(Some), 1 => Just(None)],
        );
        let tasks = (
            prop_oneof![29 => vec(step(), 1..5), 1 => Just(Vec::new())],
            prop_oneof![3 => Just(Vec::new()), 1 => vec(own_task(&languages), 1..3)],
            prop_oneof![59 => distinct(WorkingMode::ALL, 1), 1 => Just(Vec::new())],
        );
        let rest = (
            terms(&languages),
            support(&languages),
            requirements(&languages),
            any::<bool>(),
            distinct(OnboardingItem::ALL, 0),
        );
        (heading, tasks, rest)
    })
    .prop_map(
        |(
            (languages, title, employer, location, setting),
            (steps, own, working_modes),
            (terms, support, requirements, works_with_minors, onboarding),
        )| JobSpec {
            languages,
            title,
            employer,
            location,
            setting,
            steps,
            own,
            working_modes,
            terms,
            support,
            requirements,
            works_with_minors,
            onboarding,
        },
    )
    .boxed()
}

impl JobSpec {
    /// The builder, called with every part of the input.
    pub fn builder(&self) -> JobDescriptionBuilder {
        let mut builder =
            JobDescription::builder(self.title.clone()).languages(self.languages.iter().copied());
        if let Some(employer) = &self.employer {
            builder = builder.employer_details(employer.clone());
        }
        if let Some(location) = &self.location {
            builder = builder.location(location.clone());
        }
        if let Some(setting) = self.setting {
            builder = builder.setting(setting);
        }
        for &step in &self.steps {
            builder = match step {
                Step::Profile(profile) => builder.profile(profile),
                Step::Essential(tasks) => builder.essential(tasks),
                Step::Optional(tasks) => builder.optional(tasks),
                Step::Without(tasks) => builder.without(tasks),
            };
        }
        for task in &self.own {
            builder = builder.own_task(task.clone());
        }
        builder = builder
            .working_modes(self.working_modes.iter().copied())
            .terms(self.terms.clone());
        let support = &self.support;
        if let Some(contact) = &support.close_contact_employee {
            builder = builder.close_contact_employee(contact.clone());
        }
        if let Some(manager) = &support.line_manager {
            builder = builder.line_manager(manager.clone());
        }
        if let Some(pair) = &support.work_pair {
            builder = builder.work_pair(pair.clone());
        }
        let (required, desired) = (&self.requirements.required, &self.requirements.desired);
        builder = builder
            .work_supervision(support.work_supervision)
            .required_backgrounds(required.experience_backgrounds.iter().copied())
            .desired_backgrounds(desired.experience_backgrounds.iter().copied())
            .required_languages(required.languages.iter().copied())
            .desired_languages(desired.languages.iter().copied())
            .themes(self.requirements.themes.iter().copied())
            .works_with_minors(self.works_with_minors)
            .onboarding(self.onboarding.iter().copied());
        if let Some(training) = &required.training {
            builder = builder.required_training(training.clone());
        }
        if let Some(training) = &desired.training {
            builder = builder.desired_training(training.clone());
        }
        builder
    }

    /// The profiles and tasks the builder's steps make, replayed by their rules: a
    /// profile adds its tasks as essential; adding tasks as essential or optional moves
    /// them out of the other group.
    pub fn tasks(&self) -> (Vec<Profile>, JobTasks) {
        let mut profiles = Vec::new();
        let mut tasks = JobTasks::default();
        for &step in &self.steps {
            let (add, to_essential) = match step {
                Step::Profile(profile) => {
                    if !profiles.contains(&profile) {
                        profiles.push(profile);
                    }
                    (profile.tasks(), true)
                }
                Step::Essential(set) => (set, true),
                Step::Optional(set) => (set, false),
                Step::Without(set) => {
                    tasks.essential -= set;
                    tasks.optional -= set;
                    continue;
                }
            };
            if to_essential {
                tasks.essential |= add;
                tasks.optional -= add;
            } else {
                tasks.optional |= add;
                tasks.essential -= add;
            }
        }
        tasks.own = self.own.clone();
        (profiles, tasks)
    }

    /// The input as a version 2 document, when it holds every part a document must
    /// (the builder alone can leave out the employer, the location and the setting).
    pub fn document(&self) -> Option<Value> {
        let (profiles, tasks) = self.tasks();
        let setting = self
            .setting
            .or_else(|| profiles.first().map(|p| p.setting()))?;
        Some(json!({
            "format_version": 2,
            "languages": self.languages,
            "title": self.title,
            "employer": self.employer.as_ref()?,
            "location": self.location.as_ref()?,
            "setting": setting,
            "profiles": profiles,
            "tasks": tasks,
            "working_modes": self.working_modes,
            "terms": self.terms,
            "support": self.support,
            "requirements": self.requirements,
            "works_with_minors": self.works_with_minors,
            "onboarding": self.onboarding,
        }))
    }

    /// [`document`](Self::document) as JSON text with the keys in the order the crate
    /// writes them (a `Value` sorts its keys): each tag (`format_version`,
    /// `form_of_work`, `kind`) before the fields it governs.
    pub fn document_text(&self) -> Option<String> {
        let (profiles, tasks) = self.tasks();
        let setting = self
            .setting
            .or_else(|| profiles.first().map(|p| p.setting()))?;
        let field = |name: &str, value: String| format!("{name:?}:{value}");
        let text = |value: &dyn erased::Json| value.json();
        let fields = [
            field("format_version", "2".to_owned()),
            field("languages", text(&self.languages)),
            field("title", text(&self.title)),
            field("employer", text(self.employer.as_ref()?)),
            field("location", text(self.location.as_ref()?)),
            field("setting", text(&setting)),
            field("profiles", text(&profiles)),
            field("tasks", text(&tasks)),
            field("working_modes", text(&self.working_modes)),
            field("terms", text(&self.terms)),
            field("support", text(&self.support)),
            field("requirements", text(&self.requirements)),
            field("works_with_minors", text(&self.works_with_minors)),
            field("onboarding", text(&self.onboarding)),
        ];
        Some(format!("{{{}}}", fields.join(",")))
    }

    /// The fields whose values a reader refuses as it reads them, before any rule of
    /// the model: numbers outside the range the document states (a working time of 0
    /// or over 100 %, a length of 0, hours of 0 or over 10 000, a training of 0 hours)
    /// and lists longer than
    /// they can be (a value repeated in a full list).
    pub fn read_faults(&self) -> Vec<String> {
        let mut faults = Vec::new();
        let mut list = |field: &str, len: usize, max: usize| {
            if len > max {
                faults.push(field.to_owned());
            }
        };
        list("languages", self.languages.len(), Language::COUNT);
        list(
            "working_modes",
            self.working_modes.len(),
            WorkingMode::COUNT,
        );
        list("onboarding", self.onboarding.len(), OnboardingItem::COUNT);
        list(
            "requirements.themes",
            self.requirements.themes.len(),
            Theme::COUNT,
        );
        for (at, wanted) in [
            ("required", &self.requirements.required),
            ("desired", &self.requirements.desired),
        ] {
            list(
                &format!("requirements.{at}.experience_backgrounds"),
                wanted.experience_backgrounds.len(),
                ExperienceBackground::COUNT,
            );
            list(
                &format!("requirements.{at}.languages"),
                wanted.languages.len(),
                Language::COUNT,
            );
        }
        for (at, wanted) in [
            ("required", &self.requirements.required),
            ("desired", &self.requirements.desired),
        ] {
            if let Some(TrainingRequirement::Other { hours: Some(0), .. }) = wanted.training {
                faults.push(format!("requirements.{at}.training.hours"));
            }
        }
        match &self.terms {
            Terms::Salaried(terms) => {
                if !(1..=100).contains(&terms.working_time_percent) {
                    faults.push("terms.working_time_percent".to_owned());
                }
                if let Contract::FixedTerm {
                    term: peerwork::Term::Duration(d),
                } = terms.contract
                    && d.amount == 0
                {
                    faults.push("terms.contract.term.duration.amount".to_owned());
                }
                if terms.trial_period.is_some_and(|d| d.amount == 0) {
                    faults.push("terms.trial_period.amount".to_owned());
                }
            }
            Terms::FeeBased(terms) => {
                for (i, assignment) in terms.assignments.iter().enumerate() {
                    if assignment
                        .hours
                        .is_some_and(|h| h.as_hundredths() == 0 || h > Hours::MAX)
                    {
                        faults.push(format!("terms.assignments[{i}].hours"));
                    }
                }
            }
            _ => {}
        }
        faults
    }
}

/// A task every post can be anchored with, for tests that add tasks in any order.
pub fn anchor() -> BoxedStrategy<Task> {
    select(Task::ALL).boxed()
}

/// Serialization through a trait object, to write fields of any type in one list.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}
