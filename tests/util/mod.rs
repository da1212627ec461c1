//! Helpers shared by the integration tests.
#![allow(dead_code)]

use peerwork::{Task, TaskSet};
use proptest::prelude::*;

/// Any task set: each catalogue task in or out at random.
pub fn any_task_set() -> impl Strategy<Value = TaskSet> {
    any::<u32>().prop_map(|bits| {
        Task::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, &task)| task)
            .collect()
    })
}

/// A task set from ids, for readable test tables.
#[track_caller]
pub fn set(ids: &[&str]) -> TaskSet {
    TaskSet::try_from_ids(ids.iter().copied()).unwrap()
}

/// Parses JSON into `T`, expecting failure, and returns the error message.
#[track_caller]
pub fn json_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).unwrap_err().to_string()
}

use peerwork::{JobDescription, Profile};

pub mod job;
#[cfg(feature = "json")]
pub mod json;
pub mod posts;
pub mod snapshot;

/// The Vantaa pilot post of `profile`, built.
#[track_caller]
pub fn pilot(profile: Profile) -> JobDescription {
    JobDescription::vantaa_pilot(profile).build().unwrap()
}

/// The Caretaker's pilot post as a JSON value, to mutate in tests.
pub fn pilot_json() -> serde_json::Value {
    serde_json::to_value(pilot(Profile::Caretaker)).unwrap()
}

/// The number of cases each property runs: `PROPTEST_CASES` when it is set (for a
/// longer run, for example `PROPTEST_CASES=200000 cargo test --release --test prop_job`),
/// otherwise `ci`.
pub fn cases(ci: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(ci)
}

/// A small deterministic generator (SplitMix64) for test data that must not depend on
/// a random crate: the same seed gives the same sequence.
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
pub mod bad_input;
