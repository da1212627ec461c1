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

/// Picks the `index`-th of `values`, wrapping around (every enum of the crate lists its
/// values as `ALL`).
pub fn pick<E: Copy>(values: &[E], index: u8) -> E {
    values[usize::from(index) % values.len()]
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

    let mut builder = JobDescription::builder(job.title().clone())
        .languages(job.languages().iter().copied())
        .employer_details(job.employer().clone())
        .location(job.location().clone())
        .setting(job.setting());
    for &profile in job.profiles() {
        builder = builder.profile(profile);
    }
    let tasks = job.tasks();
    builder = builder
        .without(TaskSet::ALL)
        .essential(tasks.essential)
        .optional(tasks.optional);
    for task in &tasks.own {
        builder = builder.own_task(task.clone());
    }
    let support = job.support();
    if let Some(contact) = &support.close_contact_employee {
        builder = builder.close_contact_employee(contact.clone());
    }
    if let Some(manager) = &support.line_manager {
        builder = builder.line_manager(manager.clone());
    }
    if let Some(pair) = &support.work_pair {
        builder = builder.work_pair(pair.clone());
    }
    let requirements = job.requirements();
    let (required, desired) = (&requirements.required, &requirements.desired);
    if let Some(training) = &required.training {
        builder = builder.required_training(training.clone());
    }
    if let Some(training) = &desired.training {
        builder = builder.desired_training(training.clone());
    }
    builder = builder
        .working_modes(job.working_modes().iter().copied())
        .terms(job.terms().clone())
        .work_supervision(support.work_supervision)
        .required_backgrounds(required.experience_backgrounds.iter().copied())
        .desired_backgrounds(desired.experience_backgrounds.iter().copied())
        .required_languages(required.languages.iter().copied())
        .desired_languages(desired.languages.iter().copied())
        .themes(requirements.themes.iter().copied())
        .works_with_minors(job.works_with_minors())
        .onboarding(job.onboarding().iter().copied());
    match builder.build() {
        Ok(built) => assert_eq!(&built, job, "the builder made another value"),
        Err(err) => panic!("a document that reads does not build: {err}\n{job:#?}"),
    }
}

/// Reads `data` with `from_json_slice` too: it accepts exactly what serde_json accepts,
/// to the same value, and its error names a path and a message no longer than its
/// bounds.
pub fn check_from_json_agrees<T>(data: &[u8], read: &Result<T, serde_json::Error>)
where
    T: serde::de::DeserializeOwned + PartialEq + Debug,
{
    match (peerwork::from_json_slice::<T>(data), read) {
        (Ok(located), Ok(read)) => assert_eq!(&located, read, "from_json read another value"),
        (Err(err), Err(_)) => {
            assert!(err.message().len() <= peerwork::MAX_MESSAGE_BYTES, "{err}");
            assert!(
                err.path()
                    .is_none_or(|path| path.len() <= peerwork::MAX_PATH_BYTES),
                "{err}"
            );
        }
        (located, read) => panic!(
            "from_json and serde_json disagree: {:?} / {:?}",
            located.map(|_| ()),
            read.as_ref().map(|_| ())
        ),
    }
}

/// Builds `record` again through the builder, from what its accessors return. The
/// builder and the deserializer run the same rules, so a record that reads must build,
/// to the same value.
pub fn check_record_builder_agrees(record: &peerwork::PeerWorkerRecord) {
    use peerwork::{PeerWorkerRecord, ServiceArea};

    let mut builder = PeerWorkerRecord::builder(record.id())
        .tasks(record.tasks())
        .experience_backgrounds(record.experience_backgrounds().iter().copied())
        .forms_of_work(record.forms_of_work().iter().copied())
        .max_working_time_percent(record.max_working_time_percent())
        .languages(record.languages().iter().copied())
        .availability(record.availability().iter().copied());
    builder = match record.training() {
        Some(&training) => builder.training(training),
        None => builder.untrained(),
    };
    builder = match record.service_area() {
        ServiceArea::Nationwide => builder.nationwide(),
        ServiceArea::Municipalities(served) => builder.municipalities(served.iter().copied()),
    };
    match builder.build() {
        Ok(built) => assert_eq!(&built, record, "the builder made another value"),
        Err(err) => panic!("a record that reads does not build: {err}\n{record:#?}"),
    }
}

/// The messages of the JSON text itself being wrong (serde_json's syntax and end-of-input
/// errors): fixed texts that never hold a value of the document.
const JSON_TEXT_ERRORS: &[&str] = &[
    "EOF while parsing",
    "expected ",
    "invalid escape",
    "invalid number",
    "number out of range",
    "invalid unicode code point",
    "control character (\\u0000-\\u001F) found while parsing a string",
    "key must be a string",
    "lone leading surrogate in hex escape",
    "trailing comma",
    "unexpected end of hex escape",
    "recursion limit exceeded",
];

/// An error about a record's experience backgrounds (a `message` that starts with
/// `experience_backgrounds: `) must withhold the value: it is one of the record's fixed
/// messages, or an error of the JSON text itself.
pub fn check_backgrounds_withheld(message: &str) {
    use peerwork::RecordError;

    let Some(rest) = message.strip_prefix("experience_backgrounds: ") else {
        return;
    };
    let fixed = [
        RecordError::InvalidExperienceBackgrounds,
        RecordError::OpenToAllOnPerson,
        RecordError::DuplicateExperienceBackground,
    ];
    let known = fixed
        .iter()
        .any(|error| message.starts_with(&error.to_string()));
    let text = JSON_TEXT_ERRORS
        .iter()
        .any(|prefix| rest.starts_with(prefix));
    assert!(
        known || text,
        "an error about experience backgrounds may repeat the value: {message}"
    );
}

/// As [`check_backgrounds_withheld`], for an error of reading a roster, which starts
/// with the record (`workers[3]: ` or `workers[3] (id `kap-1`): `). The part after the
/// record is found by the last `): experience_backgrounds: ` or the `]: ` after the
/// index, so an id holding any text cannot hide the error from the check.
pub fn check_roster_backgrounds_withheld(message: &str) {
    const FIELD: &str = "experience_backgrounds: ";
    let Some(rest) = message.strip_prefix("workers[") else {
        return;
    };
    let Some((index, after)) = rest.split_once(']') else {
        return;
    };
    assert!(
        index.parse::<usize>().is_ok(),
        "a roster error names its record: {message}"
    );
    if let Some(error) = after.strip_prefix(": ") {
        check_backgrounds_withheld(error);
    } else if let Some(at) = after.rfind(&format!("): {FIELD}")) {
        check_backgrounds_withheld(&after[at + 3..]);
    } else {
        assert!(
            after.starts_with(" (id `"),
            "a roster error names its record: {message}"
        );
    }
}
