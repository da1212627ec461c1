//! Reading a peer-worker record from bytes (UTF-8 JSON): no panic; a record that reads
//! survives a round trip, builds to the same value through the builder, withholds its
//! backgrounds in `Debug`, and goes into a bank that gives them back only when asked. A
//! record refused for its backgrounds never has them repeated in the error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{Bank, PeerWorkerRecord};
use peerwork_fuzz::{check_backgrounds_withheld, check_record_builder_agrees, check_round_trip};

fuzz_target!(|data: &[u8]| {
    let record = match serde_json::from_slice::<PeerWorkerRecord>(data) {
        Ok(record) => record,
        Err(err) => {
            check_backgrounds_withheld(&err.to_string());
            return;
        }
    };
    check_round_trip(&record);
    check_record_builder_agrees(&record);
    assert!(format!("{record:?}").contains("experience_backgrounds: <withheld>"));

    let mut bank = Bank::new();
    bank.insert(&record)
        .expect("a valid record goes into an empty bank");
    let mut backgrounds = record.experience_backgrounds().to_vec();
    backgrounds.sort_unstable();
    assert_eq!(
        bank.disclose_experience_backgrounds(record.id()),
        Some(backgrounds)
    );
    bank.update(&record).expect("a record in the bank updates");
    bank.remove(record.id())
        .expect("a record in the bank is removed");
    assert!(bank.is_empty());
});
