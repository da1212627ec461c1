//! The builder driven by arbitrary input: every call of the fluent chain, in any
//! combination. No panic; a built document survives a round trip through JSON (so the
//! deserializer accepts what the builder accepts), builds again to the same value, renders
//! in its languages and publishes in each; a refused one names its field first.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use peerwork::{
    Aim, Assignment, Audience, CloseContactEmployee, Contract, Date, Duration, Employer,
    ExperienceBackground, FeeActivity, FeeRate, FeeSchedule, FeeTerms, Format, Hours,
    JobDescription, JobPosting, Language, LocalizedText, Location, Municipality, OnboardingItem,
    OwnTask, Pay, PayPeriod, PostingDetails, Profile, RoleAssessment, SalariedTerms,
    ServiceSetting, TaskCategory, Terms, Theme, TimeUnit, TrainingRequirement, VolunteerTerms,
    WorkPair, WorkingMode,
};
use peerwork_fuzz::{check_builder_agrees, check_round_trip, pick, task_set};

/// A text: the same in every language, or one per language (by index).
#[derive(Debug, Arbitrary)]
enum TextInput {
    Same(String),
    PerLanguage(Vec<(u8, String)>),
}

impl TextInput {
    fn text(self) -> LocalizedText {
        match self {
            Self::Same(text) => LocalizedText::same(text),
            Self::PerLanguage(texts) => {
                let mut texts = texts.into_iter();
                let Some((first, text)) = texts.next() else {
                    return LocalizedText::same("");
                };
                texts.fold(
                    LocalizedText::in_language(pick(Language::ALL, first), text),
                    |all, (language, text)| all.and(pick(Language::ALL, language), text),
                )
            }
        }
    }
}

#[derive(Debug, Arbitrary)]
enum TaskStep {
    Profile(u8),
    Essential(u32),
    Optional(u32),
    Without(u32),
}

#[derive(Debug, Arbitrary)]
enum ContractInput {
    Permanent,
    Duration {
        amount: u16,
        unit: u8,
    },
    Dates {
        start: (u16, u8, u8),
        end: (u16, u8, u8),
    },
}

#[derive(Debug, Arbitrary)]
enum TermsInput {
    Salaried {
        percent: u8,
        contract: ContractInput,
        trial: Option<(u16, u8)>,
        pay_basis: Option<TextInput>,
        pay: Option<(u64, Option<u64>, u8)>,
    },
    FeeBased {
        assignments: Vec<(u8, Option<u32>)>,
        schedule: Option<(String, Vec<(u8, u64)>)>,
    },
    Volunteer,
}

#[derive(Debug, Arbitrary)]
enum TrainingInput {
    Kokoa,
    Other {
        description: TextInput,
        hours: Option<u16>,
    },
}

#[derive(Debug, Arbitrary)]
struct OwnTaskInput {
    id: String,
    label: TextInput,
    description: Option<TextInput>,
    answers: (u8, u8, u8),
    essential: bool,
}

#[derive(Debug, Arbitrary)]
struct Input {
    title: TextInput,
    languages: Option<Vec<u8>>,
    employer: Option<(TextInput, Option<TextInput>, Option<TextInput>)>,
    location: Option<(u16, Option<TextInput>, Option<String>)>,
    setting: Option<u8>,
    steps: Vec<TaskStep>,
    own: Vec<OwnTaskInput>,
    working_modes: Option<Vec<u8>>,
    terms: Option<TermsInput>,
    close_contact_employee: Option<Option<TextInput>>,
    line_manager: Option<TextInput>,
    work_supervision: bool,
    work_pair: Option<(TextInput, Option<TextInput>, bool)>,
    required_backgrounds: Option<Vec<u8>>,
    desired_backgrounds: Option<Vec<u8>>,
    required_training: Option<TrainingInput>,
    desired_training: Option<TrainingInput>,
    required_languages: Option<Vec<u8>>,
    desired_languages: Option<Vec<u8>>,
    themes: Option<Vec<u8>>,
    works_with_minors: bool,
    onboarding: Option<Vec<u8>>,
}

fn date((year, month, day): (u16, u8, u8)) -> Option<Date> {
    match Date::new(year, month, day) {
        Ok(date) => {
            assert_eq!((date.year(), date.month(), date.day()), (year, month, day));
            assert_eq!(date.to_string().parse::<Date>(), Ok(date));
            Some(date)
        }
        Err(err) => {
            assert!(err.value().len() <= peerwork::QUOTE_LIMIT);
            None
        }
    }
}

fn contract(input: ContractInput) -> Option<Contract> {
    Some(match input {
        ContractInput::Permanent => Contract::Permanent,
        ContractInput::Duration { amount, unit } => Contract::FixedTerm {
            term: peerwork::Term::Duration(Duration::new(amount, pick(TimeUnit::ALL, unit))),
        },
        ContractInput::Dates { start, end } => Contract::between(date(start)?, date(end)?),
    })
}

fn terms(input: TermsInput) -> Option<Terms> {
    Some(match input {
        TermsInput::Salaried {
            percent,
            contract: c,
            trial,
            pay_basis,
            pay,
        } => {
            let mut terms = SalariedTerms::new(percent, contract(c)?);
            terms.trial_period =
                trial.map(|(amount, unit)| Duration::new(amount, pick(TimeUnit::ALL, unit)));
            terms.pay_basis = pay_basis.map(TextInput::text);
            terms.pay = match pay {
                Some((min, max, period)) => {
                    let period = pick(PayPeriod::ALL, period);
                    let made = match max {
                        Some(max) => Pay::range(peerwork::Cents(min), peerwork::Cents(max), period),
                        None => Pay::new(peerwork::Cents(min), period),
                    };
                    match made {
                        Ok(pay) => Some(pay),
                        Err(err) => {
                            assert!(err.to_string().starts_with(&format!("{}: ", err.field())));
                            return None;
                        }
                    }
                }
                None => None,
            };
            Terms::Salaried(terms)
        }
        TermsInput::FeeBased {
            assignments,
            schedule,
        } => {
            let mut fees = FeeTerms::new(assignments.into_iter().map(|(activity, hours)| {
                let activity = pick(FeeActivity::ALL, activity);
                match hours {
                    Some(hours) => Assignment::new(activity, Hours::hundredths(hours)),
                    None => Assignment::hours_not_stated(activity),
                }
            }));
            if let Some((name, rates)) = schedule {
                let rates = rates.into_iter().map(|(activity, cents)| FeeRate {
                    activity: pick(FeeActivity::ALL, activity),
                    cents_per_hour: peerwork::Cents(cents),
                });
                fees.fee_schedule = Some(FeeSchedule::new(name, None, rates).ok()?);
            }
            Terms::FeeBased(fees)
        }
        TermsInput::Volunteer => Terms::Volunteer(VolunteerTerms::new()),
    })
}

fn training(input: TrainingInput) -> TrainingRequirement {
    match input {
        TrainingInput::Kokoa => TrainingRequirement::KokoaStandard,
        TrainingInput::Other { description, hours } => TrainingRequirement::Other {
            description: description.text(),
            hours,
        },
    }
}

fn picks<E: Copy>(values: &'static [E], indexes: Vec<u8>) -> impl Iterator<Item = E> {
    indexes.into_iter().map(move |i| pick(values, i))
}

fuzz_target!(|input: Input| {
    let mut builder = JobDescription::builder(input.title.text());
    if let Some(languages) = input.languages {
        builder = builder.languages(picks(Language::ALL, languages));
    }
    if let Some((organisation, unit, introduction)) = input.employer {
        let mut employer = Employer::new(organisation.text());
        employer.unit = unit.map(TextInput::text);
        employer.introduction = introduction.map(TextInput::text);
        builder = builder.employer_details(employer);
    }
    if let Some((index, street, postal_code)) = input.location {
        let count = Municipality::all().count();
        let municipality = Municipality::all()
            .nth(usize::from(index) % count)
            .expect("a municipality");
        let mut location = Location::new(municipality);
        location.street_address = street.map(TextInput::text);
        location.postal_code = postal_code;
        builder = builder.location(location);
    }
    if let Some(setting) = input.setting {
        builder = builder.setting(pick(ServiceSetting::ALL, setting));
    }
    for step in input.steps {
        builder = match step {
            TaskStep::Profile(p) => builder.profile(pick(Profile::ALL, p)),
            TaskStep::Essential(bits) => builder.essential(task_set(bits)),
            TaskStep::Optional(bits) => builder.optional(task_set(bits)),
            TaskStep::Without(bits) => builder.without(task_set(bits)),
        };
    }
    for own in input.own {
        let (audience, aim, category) = own.answers;
        let mut task = OwnTask::new(
            own.id,
            own.label.text(),
            (
                pick(Audience::ALL, audience),
                pick(Aim::ALL, aim),
                pick(TaskCategory::ALL, category),
            ),
        );
        task.description = own.description.map(TextInput::text);
        task.essential = own.essential;
        builder = builder.own_task(task);
    }
    if let Some(modes) = input.working_modes {
        builder = builder.working_modes(picks(WorkingMode::ALL, modes));
    }
    if let Some(t) = input.terms.and_then(terms) {
        builder = builder.terms(t);
    }
    if let Some(contact) = input.close_contact_employee {
        builder = builder.close_contact_employee(match contact {
            Some(role) => CloseContactEmployee::in_role(role.text()),
            None => CloseContactEmployee::new(),
        });
    }
    if let Some(manager) = input.line_manager {
        builder = builder.line_manager(manager.text());
    }
    if let Some((role, manager, guides)) = input.work_pair {
        let mut pair = WorkPair::new(role.text()).professional_guides(guides);
        if let Some(manager) = manager {
            pair = pair.line_manager(manager.text());
        }
        builder = builder.work_pair(pair);
    }
    builder = builder
        .work_supervision(input.work_supervision)
        .works_with_minors(input.works_with_minors);
    if let Some(backgrounds) = input.required_backgrounds {
        builder = builder.required_backgrounds(picks(ExperienceBackground::ALL, backgrounds));
    }
    if let Some(backgrounds) = input.desired_backgrounds {
        builder = builder.desired_backgrounds(picks(ExperienceBackground::ALL, backgrounds));
    }
    if let Some(t) = input.required_training {
        builder = builder.required_training(training(t));
    }
    if let Some(t) = input.desired_training {
        builder = builder.desired_training(training(t));
    }
    if let Some(languages) = input.required_languages {
        builder = builder.required_languages(picks(Language::ALL, languages));
    }
    if let Some(languages) = input.desired_languages {
        builder = builder.desired_languages(picks(Language::ALL, languages));
    }
    if let Some(themes) = input.themes {
        builder = builder.themes(picks(Theme::ALL, themes));
    }
    if let Some(items) = input.onboarding {
        builder = builder.onboarding(picks(OnboardingItem::ALL, items));
    }

    match builder.build() {
        Ok(job) => {
            check_round_trip(&job);
            check_builder_agrees(&job);
            assert!(job.tasks().essential.is_disjoint(job.tasks().optional));
            if job.tasks().own.is_empty() {
                assert_eq!(job.role_assessment(), RoleAssessment::of(job.tasks().all()));
            }
            let _ = job.review();
            let _ = job.fee_estimate();
            for &language in Language::ALL {
                let rendered = job.render(language, Format::Html);
                assert_eq!(rendered.is_ok(), job.is_written_in(language));
            }
            let details = PostingDetails::builder()
                .date_posted(Date::new(2026, 11, 23).expect("a date"))
                .check()
                .expect("details with a date");
            let postings =
                JobPosting::in_every_language(&job, &details).expect("a valid post publishes");
            assert_eq!(postings.len(), job.languages().len());
        }
        Err(err) => {
            let message = err.to_string();
            assert!(
                message.starts_with(&format!("{}: ", err.field())),
                "{message:?} does not start with its field {:?}",
                err.field()
            );
        }
    }
});
