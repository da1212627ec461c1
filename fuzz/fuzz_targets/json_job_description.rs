//! Reading a job description from bytes (UTF-8 JSON): no panic, and a document that
//! reads survives a round trip, builds to the same value through the builder, and
//! answers the read-only queries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::JobDescription;
use peerwork_fuzz::{check_builder_agrees, check_round_trip};

fuzz_target!(|data: &[u8]| {
    let Ok(job) = serde_json::from_slice::<JobDescription>(data) else {
        return;
    };
    check_round_trip(&job);
    check_builder_agrees(&job);
    let _ = job.review();
    let _ = job.closest_profile();
    assert_eq!(
        job.role_assessment(),
        peerwork::RoleAssessment::of(job.tasks().all())
    );
});
