//! Invariants shared by the fuzz targets.

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A value that was read must survive a round trip: value → JSON → value is the
/// identity, and JSON → value → JSON is byte-stable.
pub fn check_round_trip<T>(value: &T)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_vec(value).expect("a valid value serializes");
    let back: T = serde_json::from_slice(&json).unwrap_or_else(|err| {
        panic!(
            "a value the crate wrote does not read back: {err}\n{}",
            String::from_utf8_lossy(&json)
        )
    });
    assert_eq!(&back, value, "value → JSON → value changed the value");
    let again = serde_json::to_vec(&back).expect("a valid value serializes");
    assert_eq!(
        String::from_utf8_lossy(&again),
        String::from_utf8_lossy(&json),
        "JSON → value → JSON is not byte-stable"
    );
}

/// Picks the `index`-th value of an enum, wrapping around.
pub fn pick<E: strum::IntoEnumIterator>(index: u8) -> E {
    let count = E::iter().count();
    E::iter()
        .nth(usize::from(index) % count)
        .expect("every enum here has a variant")
}

/// The task set whose catalogue positions are the set bits of `bits`.
#[must_use]
pub fn task_set(bits: u32) -> peerwork::TaskSet {
    peerwork::Task::ALL
        .iter()
        .enumerate()
        .filter(|&(i, _)| bits & (1 << i) != 0)
        .map(|(_, &task)| task)
        .collect()
}

/// Builds `job` again through the builder, from what its accessors return. The builder
/// and the deserializer run the same rules, so a document that reads must build, to
/// the same value.
pub fn check_builder_agrees(job: &peerwork::JobDescription) {
    use peerwork::{JobDescription, TaskSet};

    let mut builder = JobDescription::builder(job.title())
        .employer(
            job.employer().organisation.as_str(),
            job.employer().unit.as_deref(),
        )
        .location(job.location().clone())
        .languages(job.languages().iter().copied())
        .setting(job.setting());
    for &profile in job.profiles() {
        builder = builder.profile(profile);
    }
    let terms = job.terms();
    let requirements = job.requirements();
    builder = builder
        .without(TaskSet::ALL)
        .essential(job.tasks().essential)
        .optional(job.tasks().optional)
        .working_modes(job.working_modes().iter().copied())
        .form_of_work(terms.form_of_work)
        .working_time_percent(terms.working_time_percent)
        .contract(terms.contract)
        .experience_backgrounds(requirements.experience_backgrounds.iter().copied())
        .training(requirements.training.clone())
        .themes(requirements.themes.iter().copied())
        .onboarding(job.onboarding().iter().copied())
        .fee_activities(job.fee_activities().iter().copied());
    if let Some(contact) = &job.support().close_contact_employee {
        builder = builder.close_contact_employee(contact.as_str());
    }
    if let Some(pair) = &job.support().work_pair {
        builder = builder.work_pair(pair.clone());
    }
    match builder.build() {
        Ok(built) => assert_eq!(&built, job, "the builder made another value"),
        Err(err) => panic!("a document that reads does not build: {err}\n{job:#?}"),
    }
}
