//! The builder driven by arbitrary input: every call of the fluent chain, in any
//! combination. No panic; a built document survives a round trip through JSON (so the
//! deserializer accepts what the builder accepts), and a refused one names its field.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use peerwork::{
    Contract, Date, ExperienceBackground, FeeActivity, FormOfWork, JobDescription, Language,
    Location, OnboardingItem, Profile, RoleAssessment, ServiceSetting, Supervisor, Term, Theme,
    TimeUnit, TrainingRequirement, WorkPair, WorkingMode,
};
use peerwork_fuzz::{check_round_trip, pick, task_set};

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
enum SupervisorInput {
    Professional,
    Organisation {
        organisation: String,
        role: String,
    },
    /// The employer's own organisation, as the rule across fields asks.
    Employer {
        role: String,
    },
}

#[derive(Debug, Arbitrary)]
struct WorkPairInput {
    professional_role: String,
    supervisor: Option<SupervisorInput>,
    professional_guides: bool,
}

#[derive(Debug, Arbitrary)]
enum TrainingInput {
    Kokoa,
    Other {
        description: String,
        hours: Option<u16>,
    },
    None,
}

#[derive(Debug, Arbitrary)]
struct Input {
    title: String,
    retitle: Option<String>,
    employer: Option<(String, Option<String>)>,
    location: Option<(String, Option<String>, Option<String>)>,
    languages: Option<Vec<u8>>,
    setting: Option<u8>,
    steps: Vec<TaskStep>,
    working_modes: Option<Vec<u8>>,
    form_of_work: Option<u8>,
    working_time_percent: Option<u16>,
    contract: Option<ContractInput>,
    close_contact_employee: Option<String>,
    work_pair: Option<WorkPairInput>,
    experience_backgrounds: Option<Vec<u8>>,
    training: Option<TrainingInput>,
    themes: Option<Vec<u8>>,
    onboarding: Option<Vec<u8>>,
    fee_activities: Option<Vec<u8>>,
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
            term: Term::Duration {
                amount,
                unit: pick::<TimeUnit>(unit),
            },
        },
        ContractInput::Dates { start, end } => Contract::between(date(start)?, date(end)?),
    })
}

fuzz_target!(|input: Input| {
    let mut builder = JobDescription::builder(input.title);
    if let Some(title) = input.retitle {
        builder = builder.title(title);
    }
    let organisation = input.employer.as_ref().map(|(o, _)| o.clone());
    if let Some((organisation, unit)) = &input.employer {
        builder = builder.employer(organisation.as_str(), unit.as_deref());
    }
    if let Some((municipality, street_address, postal_code)) = input.location {
        builder = builder.location(Location {
            municipality,
            street_address,
            postal_code,
        });
    }
    if let Some(languages) = input.languages {
        builder = builder.languages(languages.into_iter().map(pick::<Language>));
    }
    if let Some(setting) = input.setting {
        builder = builder.setting(pick::<ServiceSetting>(setting));
    }
    for step in input.steps {
        builder = match step {
            TaskStep::Profile(p) => builder.profile(pick::<Profile>(p)),
            TaskStep::Essential(bits) => builder.essential(task_set(bits)),
            TaskStep::Optional(bits) => builder.optional(task_set(bits)),
            TaskStep::Without(bits) => builder.without(task_set(bits)),
        };
    }
    if let Some(modes) = input.working_modes {
        builder = builder.working_modes(modes.into_iter().map(pick::<WorkingMode>));
    }
    if let Some(form) = input.form_of_work {
        builder = builder.form_of_work(pick::<FormOfWork>(form));
    }
    if let Some(percent) = input.working_time_percent {
        builder = builder.working_time_percent(percent);
    }
    if let Some(c) = input.contract.and_then(contract) {
        builder = builder.contract(c);
    }
    if let Some(role) = input.close_contact_employee {
        builder = builder.close_contact_employee(role);
    }
    if let Some(pair) = input.work_pair {
        let mut work_pair =
            WorkPair::new(pair.professional_role).professional_guides(pair.professional_guides);
        if let Some(supervisor) = pair.supervisor {
            work_pair = work_pair.supervised_by(match supervisor {
                SupervisorInput::Professional => Supervisor::Professional,
                SupervisorInput::Organisation { organisation, role } => {
                    Supervisor::Organisation { organisation, role }
                }
                SupervisorInput::Employer { role } => Supervisor::Organisation {
                    organisation: organisation.unwrap_or_default(),
                    role,
                },
            });
        }
        builder = builder.work_pair(work_pair);
    }
    if let Some(backgrounds) = input.experience_backgrounds {
        builder = builder
            .experience_backgrounds(backgrounds.into_iter().map(pick::<ExperienceBackground>));
    }
    if let Some(training) = input.training {
        builder = builder.training(match training {
            TrainingInput::Kokoa => TrainingRequirement::KokoaStandard,
            TrainingInput::Other { description, hours } => {
                TrainingRequirement::Other { description, hours }
            }
            TrainingInput::None => TrainingRequirement::None,
        });
    }
    if let Some(themes) = input.themes {
        builder = builder.themes(themes.into_iter().map(pick::<Theme>));
    }
    if let Some(items) = input.onboarding {
        builder = builder.onboarding(items.into_iter().map(pick::<OnboardingItem>));
    }
    if let Some(activities) = input.fee_activities {
        builder = builder.fee_activities(activities.into_iter().map(pick::<FeeActivity>));
    }

    match builder.build() {
        Ok(job) => {
            check_round_trip(&job);
            assert_eq!(job.role_assessment(), RoleAssessment::of(job.tasks().all()));
            assert!(job.tasks().essential.is_disjoint(job.tasks().optional));
            let _ = job.review();
        }
        Err(err) => {
            let message = err.to_string();
            assert!(
                message.starts_with(err.field()),
                "{message:?} does not start with its field {:?}",
                err.field()
            );
        }
    }
});
