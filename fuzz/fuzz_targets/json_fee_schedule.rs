//! Reading a fee schedule from bytes (UTF-8 JSON): no panic; a schedule that reads
//! survives a round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::FeeSchedule;
use peerwork_fuzz::check_round_trip;

fuzz_target!(|data: &[u8]| {
    let Ok(schedule) = serde_json::from_slice::<FeeSchedule>(data) else {
        return;
    };
    check_round_trip(&schedule);
});
