//! JSON Schemas: the committed files match the generated ones, and an independent
//! validator (the `jsonschema` crate) agrees with the library on valid and invalid
//! documents.
#![cfg(feature = "schema")]

mod util;

use std::path::Path;

use peerwork::schema::root_schemas;
use peerwork::{
    Assessment, ChecklistPoint, Date, DateRange, ExperienceBackground, FeeSchedule, FormOfWork,
    JobDescription, JobError, Language, Municipality, PeerWorkerRecord, Profile, ProfileCatalogue,
    Readiness, ReflectionForm, Roster, Task, TaskSet, Training, TrainingKind,
};
use serde_json::{Value, json};
use util::pilot_json;
use util::posts::{details, fee_based_post, vantaa_post, volunteer_post};

fn validator(name: &str) -> jsonschema::Validator {
    let schema = root_schemas()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    jsonschema::validator_for(&serde_json::to_value(&schema.schema).unwrap()).unwrap()
}

#[test]
fn committed_schemas_match_the_generated_ones() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for schema in root_schemas() {
        let path = dir.join(schema.file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == schema.to_json_pretty(),
            "{} differs from the generated schema; regenerate the schemas with \
             `cargo run --example export_schemas -- schemas` and commit them",
            path.display()
        );
    }
}

#[test]
fn root_schemas_are_draft_2020_12_with_id_title_and_description() {
    let names: Vec<&str> = root_schemas().iter().map(|s| s.name).collect();
    for required in [
        "job_description",
        "task_set",
        "profile_catalogue",
        "fee_schedule",
        "readiness",
    ] {
        assert!(names.contains(&required), "{required} missing");
    }
    for schema in root_schemas() {
        let value = serde_json::to_value(&schema.schema).unwrap();
        assert_eq!(
            value["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(value["$id"], format!("urn:peerwork:schema:{}", schema.name));
        assert!(value["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(value["description"].as_str().is_some_and(|t| !t.is_empty()));
        // No Rust code leaks into descriptions.
        assert!(!schema.to_json_pretty().contains("```"), "{}", schema.name);
    }
}

#[test]
fn every_enum_value_has_a_description() {
    fn walk(value: &Value, path: &str) {
        // A municipality's codes and names are those of Statistics Finland's
        // classification, which the definition names as a whole.
        if path.ends_with("/$defs/Municipality") {
            return;
        }
        match value {
            Value::Object(map) => {
                if let Some(Value::Array(variants)) = map.get("oneOf") {
                    for v in variants {
                        assert!(v.get("description").is_some(), "{path}: {v}");
                    }
                }
                assert!(
                    map.get("enum").is_none(),
                    "{path}: plain enum without descriptions"
                );
                for (k, v) in map {
                    walk(v, &format!("{path}/{k}"));
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, path)),
            _ => {}
        }
    }
    for schema in root_schemas() {
        walk(&serde_json::to_value(&schema.schema).unwrap(), schema.name);
    }
}

/// Every subschema of every root schema, with its JSON pointer.
fn subschemas(value: &Value, path: &str, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            out.push((path.to_owned(), value.clone()));
            for (k, v) in map {
                subschemas(v, &format!("{path}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                subschemas(v, &format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn all_subschemas() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for schema in root_schemas() {
        let value = serde_json::to_value(&schema.schema).unwrap();
        subschemas(&value, schema.name, &mut out);
    }
    out
}

#[test]
fn the_only_format_is_date() {
    // Formats such as `uint16` are schemars' own: strict validators (ajv) refuse them.
    let mut dates = 0;
    for (path, schema) in all_subschemas() {
        // `properties` maps names to schemas; a property named `format` is no keyword.
        if path.ends_with("/properties") {
            continue;
        }
        if let Some(format) = schema.get("format") {
            assert_eq!(format, "date", "{path}");
            assert_eq!(schema["type"], "string", "{path}");
            dates += 1;
        }
    }
    assert!(dates > 0, "the Date schema keeps its format");
}

#[test]
fn keywords_beside_a_ref_come_with_the_type_they_need() {
    // `{"$ref": "#/$defs/Cents", "minimum": 1}` is refused by ajv's strict mode: a
    // number keyword needs a number type beside it.
    let typed = [
        ("minimum", "integer"),
        ("maximum", "integer"),
        ("minItems", "array"),
        ("maxItems", "array"),
        ("uniqueItems", "array"),
    ];
    let mut seen = 0;
    for (path, schema) in all_subschemas() {
        if path.ends_with("/properties") || schema.get("$ref").is_none() {
            continue;
        }
        for (keyword, json_type) in typed {
            if schema.get(keyword).is_some() {
                assert_eq!(schema["type"], json_type, "{path}: {keyword}");
                seen += 1;
            }
        }
    }
    // fee_schedule's cents_per_hour, job_description's essential tasks, and the tasks
    // of a peer-worker record (alone and in a roster).
    assert_eq!(seen, 4);
    let fees = root_schemas()
        .into_iter()
        .find(|s| s.name == "fee_schedule")
        .unwrap();
    let rate = &serde_json::to_value(&fees.schema).unwrap()["$defs"]["FeeRate"]["properties"]["cents_per_hour"];
    assert_eq!(
        rate,
        &json!({
            "description": "The fee for one hour, in euro cents; more than zero.",
            "type": "integer",
            "$ref": "#/$defs/Cents",
            "minimum": 1
        })
    );
    let schedule = |cents: u64| json!({"name": "test", "rates": [{"activity": "meeting", "cents_per_hour": cents}]});
    let v = validator("fee_schedule");
    assert!(v.is_valid(&schedule(1)));
    assert!(!v.is_valid(&schedule(0)));
}

// ---- valid documents pass

/// `doc` passes the schema `name`, or the test fails with the schema's errors.
#[track_caller]
fn passes(name: &str, doc: &Value) {
    let schema = validator(name);
    let errors: Vec<String> = schema.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{name}: {errors:?}\n{doc}");
}

fn record() -> PeerWorkerRecord {
    PeerWorkerRecord::builder("kap-0042")
        .tasks(Profile::HelpingEyes.tasks() | Task::EscortsClients)
        .experience_backgrounds([ExperienceBackground::Substances])
        .training(Training::new(TrainingKind::NgoTailored, 60, 5))
        .forms_of_work([FormOfWork::Salaried, FormOfWork::FeeBased])
        .max_working_time_percent(60)
        .languages([Language::Finnish, Language::Swedish])
        .municipalities([Municipality::VANTAA, Municipality::KERAVA])
        .available(DateRange::open_ended(Date::new(2026, 8, 1).unwrap()))
        .build()
        .unwrap()
}

#[test]
fn valid_documents_pass_the_schemas() {
    for &profile in Profile::ALL {
        passes(
            "job_description",
            &serde_json::to_value(vantaa_post(profile)).unwrap(),
        );
    }
    passes(
        "job_description",
        &serde_json::to_value(fee_based_post()).unwrap(),
    );
    passes(
        "job_description",
        &serde_json::to_value(volunteer_post()).unwrap(),
    );
    passes("posting_details", &serde_json::to_value(details()).unwrap());
    passes(
        "task_set",
        &serde_json::to_value(Profile::Caretaker.tasks()).unwrap(),
    );
    passes(
        "profile_catalogue",
        &serde_json::to_value(ProfileCatalogue::new()).unwrap(),
    );
    passes(
        "fee_schedule",
        &serde_json::to_value(FeeSchedule::kokoa()).unwrap(),
    );
    passes(
        "readiness",
        &serde_json::to_value(Readiness::new([ChecklistPoint::NeedsMapped])).unwrap(),
    );
    let reflection = ReflectionForm::new(
        Date::new(2026, 10, 5).unwrap(),
        [
            Assessment::new(Some("Selkeä työnjako asiakastapaamisissa."), None),
            Assessment::new(None, Some("Palautetta toivotaan viikoittain.")),
            Assessment::new(Some("Oma tarina oli tapaamisessa hyvin mukana."), None),
            Assessment::new(None, Some("Enemmän aikaa purkuun tapaamisten jälkeen.")),
        ],
        Some("keskustelu työparin kesken"),
    )
    .unwrap();
    passes(
        "reflection_form",
        &serde_json::to_value(reflection).unwrap(),
    );
    passes(
        "peer_worker_record",
        &serde_json::to_value(record()).unwrap(),
    );
    let roster = Roster::new(vec![record()]).unwrap();
    passes("roster", &serde_json::to_value(roster).unwrap());
    // Reading takes a municipality's name; the schema takes it too.
    let mut by_name = serde_json::to_value(record()).unwrap();
    by_name["service_area"]["municipalities"] = json!(["Vanda", "Kerava"]);
    passes("peer_worker_record", &by_name);
    assert!(serde_json::from_value::<PeerWorkerRecord>(by_name).is_ok());
}

#[test]
fn the_committed_catalogue_is_the_crates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/profile_catalogue.json");
    let committed: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(
        committed == serde_json::to_value(ProfileCatalogue::new()).unwrap(),
        "schemas/profile_catalogue.json is stale: run `cargo run --example export_schemas -- schemas`"
    );
}

// ---- invalid documents: rejected by the schema and by the library, with the library's exact error

#[test]
fn invalid_job_documents_are_rejected_by_both() {
    let schema = validator("job_description");
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut doc = pilot_json();
        edit(&mut doc);
        doc
    };
    let cases: Vec<(&str, Value, String)> = vec![
        (
            "unknown task id",
            with(&|d| d["tasks"]["essential"] = json!(["listens_to_clients", "juggling"])),
            "unknown task id `juggling`".into(),
        ),
        (
            "repeated task id",
            with(&|d| {
                d["tasks"]["essential"] = json!(["listens_to_clients", "listens_to_clients"])
            }),
            "task id `listens_to_clients` is listed more than once".into(),
        ),
        (
            "working time 0",
            with(&|d| d["terms"]["working_time_percent"] = json!(0)),
            "invalid value: integer `0`, expected a whole number from 1 to 100".into(),
        ),
        (
            "working time 150",
            with(&|d| d["terms"]["working_time_percent"] = json!(150)),
            "invalid value: integer `150`, expected a whole number from 1 to 100".into(),
        ),
        (
            "unknown field",
            with(&|d| d["salary"] = json!(3000)),
            "unknown field `salary`".into(),
        ),
        (
            "missing title",
            with(&|d| {
                d.as_object_mut().unwrap().remove("title");
            }),
            "missing field `title`".into(),
        ),
        (
            "empty title",
            with(&|d| d["title"] = json!("")),
            JobError::EmptyText {
                field: "title".into(),
            }
            .to_string(),
        ),
        (
            "wrong enum value",
            with(&|d| d["setting"] = json!("space_station")),
            "unknown variant `space_station`".into(),
        ),
        (
            "wrong format version",
            with(&|d| d["format_version"] = json!(3)),
            JobError::UnsupportedFormatVersion(3).to_string(),
        ),
        (
            "zero-length term",
            with(&|d| d["terms"]["contract"]["term"]["duration"]["amount"] = json!(0)),
            // `contract` comes before `form_of_work` in sorted keys: read from a buffer,
            // its error is led by the path inside `terms`.
            "contract: term: duration: amount: invalid value: integer `0`, expected a whole \
             number from 1 to 65535"
                .into(),
        ),
        (
            "repeated working mode",
            with(&|d| d["working_modes"] = json!(["outreach", "outreach"])),
            "working_modes: `outreach` is listed more than once".into(),
        ),
        (
            "no working mode",
            with(&|d| d["working_modes"] = json!([])),
            JobError::NoWorkingMode.to_string(),
        ),
        (
            "working time as a string",
            with(&|d| d["terms"]["working_time_percent"] = json!("50")),
            "invalid type: string \"50\", expected a whole number from 1 to 100".into(),
        ),
    ];
    for (name, doc, message) in cases {
        assert!(!schema.is_valid(&doc), "{name}: the schema accepted it");
        let err = serde_json::from_value::<JobDescription>(doc)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(&message),
            "{name}: got {err:?}, expected {message:?}"
        );
    }
}

#[test]
fn rules_across_fields_are_the_librarys_alone() {
    // A schema cannot say "nothing desired is also required"; the library can.
    let mut doc = pilot_json();
    doc["requirements"]["desired"]["languages"] = json!(["fi"]);
    assert!(validator("job_description").is_valid(&doc));
    let err = serde_json::from_value::<JobDescription>(doc).unwrap_err();
    assert_eq!(
        err.to_string(),
        "requirements.desired.languages: `fi` is already required"
    );
}

#[test]
fn invalid_task_sets_are_rejected_by_both() {
    let schema = validator("task_set");
    for (doc, message) in [
        (json!(["juggling"]), "unknown task id `juggling`"),
        (
            json!(["escorts_clients", "escorts_clients"]),
            "task id `escorts_clients` is listed more than once",
        ),
        (json!("escorts_clients"), "invalid type: string"),
    ] {
        assert!(!schema.is_valid(&doc), "{doc}");
        let err = serde_json::from_value::<TaskSet>(doc)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(message), "{err}");
    }
}
