//! Job descriptions as JSON: reading runs every rule, unknown keys and arrays are
//! refused by name, path calls check too, round trips, lists and settings at their
//! bounds, and documents of format version 1.

mod util;

use peerwork::{
    Assignment, ExperienceBackground, FeeActivity, FormatVersion, JobDescription, JobError,
    Language, Municipality, Profile, ServiceSetting, Task, Terms, VolunteerTerms,
};
use serde_json::json;
use util::job::base;
use util::{pilot, pilot_json};

// ---- JSON

fn json_error(value: serde_json::Value) -> String {
    serde_json::from_value::<JobDescription>(value)
        .unwrap_err()
        .to_string()
}

#[test]
fn reading_runs_the_same_rules() {
    let mut doc = pilot_json();
    doc["title"] = json!({"fi": "", "sv": "x", "en": "x"});
    assert_eq!(json_error(doc), "title.fi: must hold something visible");
    let mut doc = pilot_json();
    doc["terms"]["working_time_percent"] = json!(150);
    assert_eq!(
        json_error(doc),
        "invalid value: integer `150`, expected a whole number from 1 to 100"
    );
    let mut doc = pilot_json();
    doc["tasks"] = json!({"optional": ["escorts_clients"]});
    assert_eq!(json_error(doc), JobError::NoEssentialTask.to_string());
}

/// A change to a document, named by the key it adds.
type Edit = (&'static str, fn(&mut serde_json::Value));

#[test]
fn unknown_fields_are_refused_by_name_at_every_level() {
    let edits: [Edit; 6] = [
        ("overtime", |d| d["overtime"] = json!(true)),
        (
            "term",
            |d| {
                d["terms"]["contract"] = json!({"kind": "permanent", "term": {"duration": {"amount": 3, "unit": "months"}}})
            },
        ),
        ("hours", |d| {
            d["requirements"]["required"]["training"] =
                json!({"kind": "kokoa_standard", "hours": 10})
        }),
        ("description", |d| {
            d["requirements"]["required"]["training"] =
                json!({"kind": "kokoa_standard", "description": "40 h"})
        }),
        (
            "supervisor",
            |d| d["support"]["work_pair"] = json!({"professional_role": "x", "supervisor": {"kind": "professional"}, "professional_guides": false}),
        ),
        ("role", |d| {
            d["support"]["close_contact_employee"] = json!({"role": "x", "rolle": "y"})
        }),
    ];
    for (key, edit) in edits {
        let mut doc = pilot_json();
        edit(&mut doc);
        let err = json_error(doc);
        let wanted = if key == "role" { "rolle" } else { key };
        assert!(
            err.contains(&format!("unknown field `{wanted}`")),
            "{key}: {err}"
        );
    }
}

#[test]
fn objects_are_objects_never_arrays() {
    let doc = pilot_json();
    let as_array: Vec<serde_json::Value> = doc.as_object().unwrap().values().cloned().collect();
    assert!(serde_json::from_value::<JobDescription>(json!(as_array)).is_err());
    let mut doc = pilot_json();
    doc["employer"] = json!(["City of Vantaa", "Ohjaamo"]);
    assert!(
        json_error(doc).starts_with("employer: invalid type: sequence, expected an object with")
    );
    let mut doc = pilot_json();
    doc["terms"] = json!(["salaried", 50, {"kind": "permanent"}]);
    assert!(
        json_error(doc)
            .starts_with("invalid type: sequence, expected an object with \"form_of_work\"")
    );
}

#[test]
fn a_path_call_runs_the_rules_too() {
    use serde::Deserialize;
    let mut doc = pilot_json();
    doc["terms"]["working_time_percent"] = json!(150);
    doc["tasks"] = json!({"optional": ["escorts_clients"]});
    assert!(JobDescription::deserialize(doc).is_err());
    let mut doc = pilot_json();
    doc["tasks"] = json!({"optional": ["escorts_clients"]});
    let err = JobDescription::deserialize(doc).unwrap_err();
    assert_eq!(err.to_string(), JobError::NoEssentialTask.to_string());
}

#[test]
fn to_builder_rebuilds_the_same_document_and_checks_changes() {
    let job = pilot(Profile::BridgeBuilder);
    assert_eq!(job.to_builder().build().unwrap(), job);
    let err = job.to_builder().title("").build().unwrap_err();
    assert_eq!(err.field(), "title");
}

#[test]
fn json_round_trip_is_identity_and_byte_stable() {
    for &profile in Profile::ALL {
        let job = pilot(profile);
        let json = serde_json::to_string(&job).unwrap();
        let back: JobDescription = serde_json::from_str(&json).unwrap();
        assert_eq!(back, job);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
        assert!(json.starts_with("{\"format_version\":2,"));
    }
}

#[test]
fn keys_in_any_order_read_the_same() {
    let job = pilot(Profile::Storyteller);
    let mut doc = serde_json::to_value(&job).unwrap();
    // serde_json's map sorts keys: the tags come after the keys they select.
    doc.as_object_mut().unwrap().sort_keys();
    let sorted = serde_json::to_string(&doc).unwrap();
    assert!(!sorted.starts_with("{\"format_version\""));
    assert_eq!(
        serde_json::from_str::<JobDescription>(&sorted).unwrap(),
        job
    );
}

// ---- format version 1

#[test]
fn format_version_1_documents_still_read() {
    let read = |name: &str| -> JobDescription {
        let path = format!("{}/tests/data/v1/{name}.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let caretaker = read("pilot_caretaker");
    assert_eq!(caretaker.format_version(), FormatVersion::CURRENT);
    assert_eq!(caretaker.location().municipality, Municipality::VANTAA);
    assert_eq!(
        caretaker.tasks().essential,
        Profile::Caretaker.tasks() | Task::TeachesProfessionals
    );
    // Texts of version 1 have no language: the same in every language of the post.
    assert!(caretaker.title().is_same_in_every_language());
    assert_eq!(
        caretaker.languages(),
        caretaker.requirements().required.languages
    );

    let fee = read("rich_fee_based");
    let Terms::FeeBased(terms) = fee.terms() else {
        panic!("fee-based")
    };
    assert_eq!(
        terms.assignments,
        [
            Assignment::hours_not_stated(FeeActivity::Meeting),
            Assignment::hours_not_stated(FeeActivity::Preparation)
        ]
    );
    let pair = fee.support().work_pair.as_ref().unwrap();
    assert_eq!(
        pair.line_manager
            .as_ref()
            .and_then(|m| m.get(Language::Finnish)),
        Some("head of unit, City of Vantaa")
    );
    assert_eq!(
        fee.requirements().required.experience_backgrounds,
        [
            ExperienceBackground::MentalHealth,
            ExperienceBackground::CloseRelative
        ]
    );
    // Written again, a version 1 document is a version 2 document.
    let again: serde_json::Value = serde_json::to_value(&fee).unwrap();
    assert_eq!(again["format_version"], 2);
    assert_eq!(
        serde_json::from_value::<JobDescription>(again).unwrap(),
        fee
    );

    let volunteer = read("minimal_volunteer");
    assert_eq!(volunteer.terms(), &Terms::Volunteer(VolunteerTerms::new()));
}

#[test]
fn unknown_format_versions_are_refused() {
    let mut doc = pilot_json();
    doc["format_version"] = json!(3);
    assert_eq!(
        json_error(doc),
        "format_version: this version of peerwork reads format versions 1 and 2, got 3"
    );
    let mut doc = pilot_json();
    doc.as_object_mut().unwrap().remove("format_version");
    assert_eq!(json_error(doc), "missing field `format_version`");
}

#[test]
fn settings_and_lists_stop_at_their_bound() {
    let mut doc = pilot_json();
    doc["working_modes"] = json!(vec!["outreach"; 7]);
    assert!(json_error(doc).starts_with("working_modes: must hold at most 6 items"));
    let mut doc = pilot_json();
    doc["setting"] = json!("space_station");
    assert!(json_error(doc).starts_with("unknown variant `space_station`"));
    let job = base().setting(ServiceSetting::YouthWork).build().unwrap();
    assert_eq!(job.setting(), ServiceSetting::YouthWork);
}
