//! The parts of a generated job description: terms, support, requirements and tasks,
//! each mostly valid and now and then breaking one rule.

use peerwork::{
    Aim, Assignment, Audience, CloseContactEmployee, Contract, Date, Duration,
    ExperienceBackground, FeeActivity, FeeRate, FeeSchedule, FeeTerms, Hours, Language, OwnTask,
    Pay, PayPeriod, Profile, Qualifications, Requirements, SalariedTerms, Support, TaskCategory,
    TaskSet, Terms, Theme, TimeUnit, TrainingRequirement, VolunteerTerms, WorkPair,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::texts::{distinct, localized, optional};
use crate::util::any_task_set;

fn date() -> BoxedStrategy<Date> {
    (2000_u16..=2100, 1_u8..=12, 1_u8..=28)
        .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
        .boxed()
}

fn duration(max: u16) -> BoxedStrategy<Duration> {
    (
        prop_oneof![59 => 1..=max, 1 => Just(0)],
        select(TimeUnit::ALL),
    )
        .prop_map(|(amount, unit)| Duration::new(amount, unit))
        .boxed()
}

fn contract() -> BoxedStrategy<Contract> {
    prop_oneof![
        Just(Contract::Permanent),
        duration(36).prop_map(|d| Contract::FixedTerm {
            term: peerwork::Term::Duration(d)
        }),
        (
            date(),
            date(),
            prop_oneof![39 => Just(true), 1 => Just(false)]
        )
            .prop_map(|(a, b, ordered)| if ordered {
                Contract::between(a.min(b), a.max(b))
            } else {
                Contract::between(a.max(b), a.min(b))
            }),
    ]
    .boxed()
}

fn salaried(languages: &[Language]) -> BoxedStrategy<SalariedTerms> {
    (
        prop_oneof![59 => 1_u8..=100, 1 => Just(0_u8), 1 => 101_u8..],
        contract(),
        optional(duration(8)),
        optional(localized(languages, 200)),
        optional((1_u64..=10_000_000, select(PayPeriod::ALL))),
    )
        .prop_map(|(percent, contract, trial, basis, pay)| {
            let mut terms = SalariedTerms::new(percent, contract);
            terms.trial_period = trial;
            terms.pay_basis = basis;
            terms.pay =
                pay.map(|(cents, period)| Pay::new(peerwork::Cents(cents), period).unwrap());
            terms
        })
        .boxed()
}

fn fee_based() -> BoxedStrategy<FeeTerms> {
    let hours = prop_oneof![
        3 => Just(None),
        16 => (1_u32..=1_000_000).prop_map(|h| Some(Hours::hundredths(h))),
        1 => prop_oneof![Just(0_u32), 1_000_001_u32..].prop_map(|h| Some(Hours::hundredths(h))),
    ];
    let assignment = (select(FeeActivity::ALL), hours).prop_map(|(activity, hours)| match hours {
        Some(hours) => Assignment::new(activity, hours),
        None => Assignment::hours_not_stated(activity),
    });
    let schedule = vec(
        (select(FeeActivity::ALL), 1_u64..=100_000),
        1..=FeeActivity::COUNT,
    )
    .prop_map(|rates| {
        let mut seen = Vec::new();
        let rates: Vec<FeeRate> = rates
            .into_iter()
            .filter(|(activity, _)| {
                !seen.contains(activity) && {
                    seen.push(*activity);
                    true
                }
            })
            .map(|(activity, cents)| FeeRate {
                activity,
                cents_per_hour: peerwork::Cents(cents),
            })
            .collect();
        FeeSchedule::new("Association's own fees", None, rates).unwrap()
    });
    let schedule = prop_oneof![5 => Just(None), 1 => schedule.prop_map(Some)];
    (
        prop_oneof![39 => vec(assignment, 1..4), 1 => Just(Vec::new())],
        schedule,
    )
        .prop_map(|(assignments, schedule)| {
            let mut terms = FeeTerms::new(assignments);
            terms.fee_schedule = schedule;
            terms
        })
        .boxed()
}

pub(super) fn terms(languages: &[Language]) -> BoxedStrategy<Terms> {
    prop_oneof![
        4 => salaried(languages).prop_map(Terms::Salaried),
        2 => fee_based().prop_map(Terms::FeeBased),
        1 => Just(Terms::Volunteer(VolunteerTerms::new())),
    ]
    .boxed()
}

pub(super) fn support(languages: &[Language]) -> BoxedStrategy<Support> {
    (
        optional(optional(localized(languages, 200))),
        optional(localized(languages, 200)),
        any::<bool>(),
        optional((
            localized(languages, 200),
            optional(localized(languages, 200)),
            any::<bool>(),
        )),
    )
        .prop_map(|(contact, line_manager, supervision, pair)| {
            let mut support = Support::default();
            support.close_contact_employee = contact.map(|role| match role {
                Some(role) => CloseContactEmployee::in_role(role),
                None => CloseContactEmployee::new(),
            });
            support.line_manager = line_manager;
            support.work_supervision = supervision;
            support.work_pair = pair.map(|(role, manager, guides)| {
                let pair = WorkPair::new(role).professional_guides(guides);
                match manager {
                    Some(manager) => pair.line_manager(manager),
                    None => pair,
                }
            });
            support
        })
        .boxed()
}

fn training(languages: &[Language]) -> BoxedStrategy<Option<TrainingRequirement>> {
    optional(prop_oneof![
        Just(TrainingRequirement::KokoaStandard),
        (
            localized(languages, 200),
            optional(prop_oneof![39 => 1_u16.., 1 => Just(0)])
        )
            .prop_map(|(description, hours)| TrainingRequirement::Other { description, hours }),
    ])
    .boxed()
}

/// Backgrounds as a post asks for them: `open_to_all` alone among the required, or
/// specific ones; one list in 40 breaks the rule.
fn backgrounds(required: bool) -> BoxedStrategy<Vec<ExperienceBackground>> {
    let specific = distinct(ExperienceBackground::ALL, 0).prop_map(|mut v| {
        v.retain(|&b| b != ExperienceBackground::OpenToAll);
        v
    });
    let open = if required { 8 } else { 0 };
    prop_oneof![
        open => Just(vec![ExperienceBackground::OpenToAll]),
        30 => specific,
        1 => Just(vec![ExperienceBackground::OpenToAll, ExperienceBackground::Substances]),
    ]
    .boxed()
}

pub(super) fn requirements(languages: &[Language]) -> BoxedStrategy<Requirements> {
    (
        (
            backgrounds(true),
            training(languages),
            prop_oneof![39 => distinct(Language::ALL, 1), 1 => Just(Vec::new())],
        ),
        (
            backgrounds(false),
            training(languages),
            distinct(Language::ALL, 0),
        ),
        distinct(Theme::ALL, 0),
        prop_oneof![19 => Just(true), 1 => Just(false)],
    )
        .prop_map(|(required, desired, themes, apart)| {
            let mut requirements = Requirements::default();
            let mut wanted = Qualifications::none();
            (
                wanted.experience_backgrounds,
                wanted.training,
                wanted.languages,
            ) = desired;
            let mut needed = Qualifications::none();
            (
                needed.experience_backgrounds,
                needed.training,
                needed.languages,
            ) = required;
            // What is required is not also desired, but for one post in 20.
            if apart {
                wanted
                    .experience_backgrounds
                    .retain(|b| !needed.experience_backgrounds.contains(b));
                wanted.languages.retain(|l| !needed.languages.contains(l));
                if wanted.training == needed.training {
                    wanted.training = None;
                }
            }
            requirements.required = needed;
            requirements.desired = wanted;
            requirements.themes = themes;
            requirements
        })
        .boxed()
}

pub(super) fn own_task(languages: &[Language]) -> BoxedStrategy<OwnTask> {
    let id = prop_oneof![
        30 => select(vec!["weekly_check_ins", "coffee_evenings", "school_visits", "a", "x9_y"]),
        1 => select(vec!["", "Coffee", "listens_to_clients", "9lives", "check-ins"]),
    ];
    (
        id,
        localized(languages, 200),
        optional(localized(languages, 1000)),
        select(Audience::ALL),
        select(Aim::ALL),
        select(TaskCategory::ALL),
        any::<bool>(),
    )
        .prop_map(
            |(id, label, description, audience, aim, category, essential)| {
                let task = OwnTask::new(id, label, (audience, aim, category));
                let task = if essential { task } else { task.optional() };
                match description {
                    Some(description) => task.described(description),
                    None => task,
                }
            },
        )
        .boxed()
}

/// One way of adding tasks to a builder.
#[derive(Debug, Clone, Copy)]
pub enum Step {
    Profile(Profile),
    Essential(TaskSet),
    Optional(TaskSet),
    Without(TaskSet),
}

pub(super) fn step() -> BoxedStrategy<Step> {
    prop_oneof![
        2 => select(Profile::ALL).prop_map(Step::Profile),
        2 => any_task_set().prop_map(Step::Essential),
        1 => any_task_set().prop_map(Step::Optional),
        1 => any_task_set().prop_map(Step::Without),
    ]
    .boxed()
}
