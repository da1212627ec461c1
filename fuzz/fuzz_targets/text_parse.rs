//! The text forms: a task-set string (`"a, b"`), a task id, a date (`YYYY-MM-DD`) and a
//! date as a JSON string. No panic; what parses prints back as it was read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{Date, Task, TaskSet};

fuzz_target!(|data: &[u8]| {
    if let Ok(date) = serde_json::from_slice::<Date>(data) {
        let json = serde_json::to_vec(&date).expect("a date serializes");
        assert_eq!(serde_json::from_slice::<Date>(&json).ok(), Some(date));
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match text.parse::<TaskSet>() {
        Ok(set) => assert_eq!(set.to_string().parse::<TaskSet>(), Ok(set)),
        Err(err) => assert!(err.to_string().len() <= 200, "{err}"),
    }
    match Task::from_id(text) {
        Ok(task) => assert_eq!(task.id(), text),
        Err(err) => assert!(err.id().len() <= peerwork::QUOTE_LIMIT + '…'.len_utf8()),
    }
    match text.parse::<Date>() {
        // The only accepted form is fixed-width, so a date prints back byte for byte.
        Ok(date) => {
            assert_eq!(date.to_string(), text);
            assert_eq!(Date::new(date.year(), date.month(), date.day()), Ok(date));
        }
        Err(err) => assert!(err.value().len() <= peerwork::QUOTE_LIMIT + '…'.len_utf8()),
    }
});
