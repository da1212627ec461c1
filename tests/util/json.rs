//! Helpers of the `from_json` tests.

use peerwork::{JobDescription, JsonError, from_json};
use serde_json::{Value, json};

/// Reads a document of one type, returning its error.
pub type Read = fn(&str) -> Option<JsonError>;

/// A valid peer-worker record with id `id`, as JSON.
pub fn worker(id: &str) -> Value {
    json!({"id": id, "tasks": ["listens_to_clients"], "forms_of_work": ["volunteer"],
           "max_working_time_percent": 20, "languages": ["fi"],
           "service_area": "nationwide", "availability": []})
}

#[track_caller]
pub fn job_error(doc: &Value) -> JsonError {
    from_json::<JobDescription>(&doc.to_string()).unwrap_err()
}

pub fn edited(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = super::pilot_json();
    edit(&mut doc);
    doc
}
