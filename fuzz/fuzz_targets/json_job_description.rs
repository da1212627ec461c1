//! Reading a job description from bytes (UTF-8 JSON, format version 1 or 2): no panic,
//! and a document that reads survives a round trip, builds to the same value through the
//! builder, is read alike by `from_json_slice`, and answers the read-only queries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{JobDescription, RoleAssessment};
use peerwork_fuzz::{check_builder_agrees, check_from_json_agrees, check_round_trip};

fuzz_target!(|data: &[u8]| {
    let read = serde_json::from_slice::<JobDescription>(data);
    check_from_json_agrees(data, &read);
    let Ok(job) = read else {
        return;
    };
    check_round_trip(&job);
    check_builder_agrees(&job);
    let _ = job.review();
    let _ = job.closest_profile();
    let _ = job.fee_estimate();
    if job.tasks().own.is_empty() {
        assert_eq!(job.role_assessment(), RoleAssessment::of(job.tasks().all()));
    }
});
