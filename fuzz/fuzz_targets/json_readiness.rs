//! Reading a work-pair readiness checklist from bytes (UTF-8 JSON): no panic; a
//! checklist that reads survives a round trip, and its report counts the open points.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::Readiness;
use peerwork_fuzz::check_round_trip;

fuzz_target!(|data: &[u8]| {
    let Ok(readiness) = serde_json::from_slice::<Readiness>(data) else {
        return;
    };
    check_round_trip(&readiness);
    let open = readiness.open_points().count();
    assert_eq!(open + readiness.settled().len(), 13);
    assert_eq!(readiness.is_ready(), open == 0);
    let _ = readiness.report();
});
