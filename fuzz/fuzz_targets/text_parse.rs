//! The text forms: a task-set string (`"a, b"`), a task id, a date (`YYYY-MM-DD`), a
//! time of day (`HH:MM`), a date as a JSON string, and a municipality by code or name.
//! No panic; what parses prints back as it was read, and errors quote a bounded text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::{ClockTime, Date, Municipality, Task, TaskSet};

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
    match text.parse::<ClockTime>() {
        Ok(time) => {
            assert_eq!(time.to_string(), text);
            assert_eq!(ClockTime::new(time.hour(), time.minute()), Ok(time));
        }
        Err(err) => assert!(err.value().len() <= peerwork::QUOTE_LIMIT + '…'.len_utf8()),
    }
    if let Ok(municipality) = Municipality::from_code(text) {
        assert_eq!(municipality.code(), text);
    }
    match Municipality::from_name(text) {
        Ok(municipality) => {
            assert_eq!(
                Municipality::from_code(municipality.code()),
                Ok(municipality)
            );
        }
        Err(err) => {
            assert!(err.value().len() <= peerwork::QUOTE_LIMIT + '…'.len_utf8());
            assert!(err.suggestions().len() <= 3);
        }
    }
});
