//! Reading a task set from bytes (UTF-8 JSON): no panic; a set that reads survives a
//! round trip, in JSON and in text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{Profile, RoleAssessment, TaskSet};
use peerwork_fuzz::check_round_trip;

fuzz_target!(|data: &[u8]| {
    let Ok(set) = serde_json::from_slice::<TaskSet>(data) else {
        return;
    };
    check_round_trip(&set);
    assert_eq!(set.to_string().parse::<TaskSet>(), Ok(set));
    let _ = RoleAssessment::of(set).verdict();
    let _ = Profile::rank(set);
});
