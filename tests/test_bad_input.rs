//! Bad inputs, part one: malformed JSON, wrong types and shapes, unknown and repeated
//! ids and fields, numbers and dates out of range. Each row is an input and the exact
//! error it gets, through serde_json, `from_json` and the committed JSON Schema (see
//! `tests/util/bad_input.rs`). Part two, `test_bad_input_texts.rs`, has texts, rules
//! across fields and very large or deep inputs.

mod util;

use peerwork::{FeeActivity, FeeError, JobError, Task, TaskSetError};
use serde_json::error::Category;
use serde_json::{Value, json};
use util::bad_input::{
    Doc, Expected, Input, SETTINGS, case, date_message, details, job, job_text, raw, record, run,
    serde,
};
use util::pilot_json;

/// The fields of a job description, as serde lists them.
const JOB_FIELDS: &str = "expected one of `languages`, `title`, `employer`, `location`, \
    `setting`, `profiles`, `tasks`, `working_modes`, `terms`, `support`, `requirements`, \
    `works_with_minors`, `onboarding`";

/// What a job description is, as serde says it.
const A_JOB: &str = "a job description: an object with \"format_version\": 2";

#[test]
fn malformed_json() {
    use Category::{Eof, Syntax};
    run(vec![
        case(raw(Doc::Job, ""), serde(Eof, "EOF while parsing a value")).not_json(),
        case(
            raw(Doc::Job, r#"{"format_version":2,"#),
            serde(Eof, "EOF while parsing a value"),
        )
        .not_json(),
        case(
            raw(Doc::Job, r#"{"format_version":2,}"#),
            serde(Syntax, "trailing comma"),
        )
        .not_json(),
        case(
            raw(Doc::Job, format!("{} x", pilot_json())),
            serde(Syntax, "trailing characters"),
        )
        .not_json(),
        case(
            raw(Doc::Job, "{'title': 'Peer worker'}"),
            serde(Syntax, "key must be a string"),
        )
        .not_json(),
        case(
            job_text(r#""en":""#, "\"en\":\"\u{0}"),
            serde(
                Syntax,
                "control character (\\u0000-\\u001F) found while parsing a string",
            ),
        )
        .not_json(),
        case(
            Input::Json(Doc::Job, {
                let mut bytes = serde_json::to_vec(&pilot_json()).unwrap();
                let at = bytes.windows(6).position(|w| w == b"\"en\":\"").unwrap() + 6;
                bytes.insert(at, 0xff);
                bytes
            }),
            serde(Syntax, "invalid unicode code point"),
        )
        .not_json(),
        case(
            job_text(r#""en":""#, r#""en":"\ud800\u0041"#),
            serde(Syntax, "lone leading surrogate in hex escape"),
        )
        .not_json(),
        case(
            job_text(
                r#""working_time_percent":50"#,
                r#""working_time_percent":NaN"#,
            ),
            serde(Syntax, "expected value"),
        )
        .not_json(),
        case(
            raw(
                Doc::FeeSchedule,
                r#"{"name":"x","rates":[{"activity":"meeting","cents_per_hour":1e400}]}"#,
            ),
            serde(Syntax, "number out of range"),
        )
        .not_json(),
        case(
            raw(Doc::TaskSet, r#"["escorts_clients""#),
            serde(Eof, "EOF while parsing a list"),
        )
        .not_json(),
        // A raw line feed or a lone surrogate inside a bank record's string is a syntax
        // error: where the record's fields are buffered until its id, serde_json's
        // own; where the record reader leads it with the record and field, `from_json`
        // still finds the text broken.
        case(
            raw(
                Doc::Roster,
                "{\"format_version\":1,\"workers\":[{\"tasks\":[\"listens_to_clients\"],\"id\":\"a\nb\"}]}",
            ),
            serde(
                Category::Data,
                "workers[0]: id: control character (\\u0000-\\u001F) found while parsing a string",
            ),
        )
        .syntax_to_from_json(),
        case(
            raw(
                Doc::Roster,
                "{\"format_version\":1,\"workers\":[{\"tasks\":[\"listens_\nto_clients\"],\"id\":\"a\"}]}",
            ),
            serde(
                Syntax,
                "control character (\\u0000-\\u001F) found while parsing a string",
            ),
        )
        .not_json(),
        case(
            raw(
                Doc::Roster,
                r#"{"format_version":1,"workers":[{"languages":["\udc00"],"id":"a"}]}"#,
            ),
            serde(Syntax, "lone leading surrogate in hex escape"),
        )
        .not_json(),
    ]);
}

#[test]
fn wrong_types_and_shapes() {
    use Category::Data;
    run(vec![
        // A struct is an object, never an array of its field values, at any depth.
        case(
            raw(Doc::Job, "[]"),
            serde(Data, format!("invalid type: sequence, expected {A_JOB}")),
        ),
        case(
            job(|d| d["employer"] = json!(["City of Vantaa", "Ohjaamo"])),
            // `employer` comes before `format_version` in sorted keys: read from a buffer,
            // its error is led by its key.
            serde(
                Data,
                "employer: invalid type: sequence, expected an object with \"organisation\", \"unit\", \"introduction\"",
            ),
        ),
        case(
            job(|d| d["terms"] = json!(["salaried", 50, {"kind": "permanent"}])),
            serde(
                Data,
                "invalid type: sequence, expected an object with \"form_of_work\": \"volunteer\", \"fee_based\" or \"salaried\"",
            ),
        ),
        case(
            raw(Doc::Record, r#"["kap-1", ["listens_to_clients"]]"#),
            serde(
                Data,
                "invalid type: sequence, expected a peer-worker record",
            ),
        ),
        case(
            record(|r| r["training"] = json!(["ngo_tailored", 60, 5])),
            serde(
                Data,
                "training: invalid type: sequence, expected an object with \"kind\", \"hours\", \"months\"",
            ),
        ),
        case(
            raw(Doc::Job, "null"),
            serde(Data, format!("invalid type: null, expected {A_JOB}")),
        ),
        case(
            job(|d| d["title"] = json!(7)),
            serde(
                Data,
                "invalid type: integer `7`, expected a text, or an object of texts by language \
                 code (\"fi\", \"sv\", \"en\")",
            ),
        ),
        case(
            job(|d| d["languages"] = json!("fi")),
            serde(
                Data,
                "invalid type: string \"fi\", expected a list of at most 3 items",
            ),
        ),
        case(
            job(|d| d["terms"]["working_time_percent"] = json!("50")),
            serde(
                Data,
                "invalid type: string \"50\", expected a whole number from 1 to 100",
            ),
        ),
        case(
            // 50.0 is a whole number, to JSON Schema and to the crate; 50.5 is not.
            job_text(
                r#""working_time_percent":50"#,
                r#""working_time_percent":50.5"#,
            ),
            serde(
                Data,
                "invalid value: floating point `50.5`, expected a whole number from 1 to 100",
            ),
        ),
        case(
            job(|d| d["terms"]["contract"] = json!({"kind": "fixed_term"})),
            serde(Data, "contract: missing field `term`"),
        ),
        // A tagged object written as its tag's value says what is expected, in words.
        case(
            job(|d| d["terms"]["contract"] = json!("permanent")),
            serde(
                Data,
                "contract: invalid type: string \"permanent\", expected an object with \"kind\": \
                 \"permanent\" or \"fixed_term\"",
            ),
        ),
        case(
            job(|d| d["requirements"]["required"]["training"] = json!("kokoa_standard")),
            serde(
                Data,
                "invalid type: string \"kokoa_standard\", expected an object with \"kind\": \"kokoa_standard\" or \"other\"",
            ),
        ),
        case(
            raw(Doc::Readiness, r#"{"settled":"needs_mapped"}"#),
            serde(
                Data,
                "invalid type: string \"needs_mapped\", expected a list of at most 13 items",
            ),
        ),
        // The service area is "nationwide" or {"municipalities": [...]}, nothing else.
        case(
            record(|r| r["service_area"] = json!({"nationwide": null})),
            serde(
                Data,
                "service_area: nationwide is written as the string \"nationwide\", not as a key",
            ),
        ),
    ]);
}

#[test]
fn extra_keys_in_field_less_shapes_are_refused_by_name() {
    use Category::Data;
    run(vec![
        case(
            job(|d| {
                d["terms"]["contract"] = json!({"kind": "permanent", "term": {"duration": {"amount": 3, "unit": "months"}}});
            }),
            serde(Data, "contract: unknown field `term`, there are no fields"),
        ),
        case(
            job(|d| {
                d["requirements"]["required"]["training"] =
                    json!({"kind": "kokoa_standard", "hours": 10});
            }),
            serde(Data, "unknown field `hours`, there are no fields"),
        ),
        case(
            job(|d| d["terms"] = json!({"form_of_work": "volunteer", "working_time_percent": 20})),
            serde(
                Data,
                "unknown field `working_time_percent`, there are no fields",
            ),
        ),
        case(
            job(|d| {
                d["support"]["work_pair"] =
                    json!({"professional_role": "sosiaaliohjaaja", "boss": "x"})
            }),
            serde(
                Data,
                "unknown field `boss`, expected one of `professional_role`, `line_manager`, `professional_guides`",
            ),
        ),
    ]);
}

#[test]
fn unknown_and_repeated_ids_and_fields() {
    use Category::Data;
    run(vec![
        case(
            job(|d| d["tasks"]["essential"] = json!(["listens_to_clients", "juggling"])),
            Expected::TaskSet(TaskSetError::UnknownTask(Task::from_id("juggling").unwrap_err())),
        ),
        case(
            raw(Doc::TaskSet, r#"["Escorts_Clients"]"#),
            Expected::TaskSet(TaskSetError::UnknownTask(
                Task::from_id("Escorts_Clients").unwrap_err(),
            )),
        ),
        case(
            job(|d| d["tasks"]["optional"] = json!(["escorts_clients", "escorts_clients"])),
            Expected::TaskSet(TaskSetError::DuplicateTask(Task::EscortsClients)),
        ),
        case(
            Input::TaskSetText("escorts_clients,,directs_clients".into()),
            Expected::TaskSet(TaskSetError::UnknownTask(Task::from_id("").unwrap_err())),
        ),
        case(
            job(|d| d["setting"] = json!("space_station")),
            serde(Data, format!("unknown variant `space_station`, {SETTINGS}")),
        ),
        case(
            job(|d| d["salary"] = json!(3000)),
            serde(Data, format!("unknown field `salary`, {JOB_FIELDS}")),
        ),
        case(
            job_text(r#""setting":"#, r#""setting":"youth_work","setting":"#),
            serde(Data, "duplicate field `setting`"),
        )
        .schema_accepts("a repeated key is one key, the last, to serde_json::Value"),
        case(
            job(|d| d["languages"] = json!(["fi", "sv", "fi"])),
            Expected::Job(JobError::Duplicate {
                field: "languages".into(),
                value: "fi".into(),
            }),
        ),
        case(
            job(|d| d["profiles"] = json!(["caretaker", "caretaker"])),
            Expected::Job(JobError::Duplicate {
                field: "profiles".into(),
                value: "caretaker".into(),
            }),
        ),
        case(
            job(|d| d["requirements"]["themes"] = json!(["crime", "crime"])),
            Expected::Job(JobError::Duplicate {
                field: "requirements.themes".into(),
                value: "crime".into(),
            }),
        ),
        case(
            job(|d| d["onboarding"] = json!(["computer", "mobile_phone", "computer"])),
            Expected::Job(JobError::Duplicate {
                field: "onboarding".into(),
                value: "computer".into(),
            }),
        ),
        case(
            raw(
                Doc::FeeSchedule,
                r#"{"name":"City","rates":[{"activity":"meeting","cents_per_hour":4000},{"activity":"meeting","cents_per_hour":4500}]}"#,
            ),
            Expected::Fee(FeeError::DuplicateRate(FeeActivity::Meeting)),
        )
        .schema_accepts("one rate per activity is a rule across the items of `rates`"),
        case(
            raw(Doc::Readiness, r#"{"settled":["needs_mapped","needs_mapped"]}"#),
            serde(Data, "settled: checklist point `needs_mapped` is listed more than once"),
        ),
        case(
            raw(Doc::Readiness, r#"{"settled":["world_peace"]}"#),
            serde(
                Data,
                "unknown variant `world_peace`, expected one of `organisation_commitment`, \
                 `needs_mapped`, `resources_and_budget`, `consultation_and_training`, \
                 `recruitment`, `trial_form`, `expert_training`, `internal_discussion`, \
                 `support_for_the_expert`, `job_descriptions`, `experts_involved_from_start`, \
                 `continuous_development`, `sharing_experiences`",
            ),
        ),
        case(
            job(|d| d["location"]["municipality"] = json!("Vantta")),
            serde(Data, "unknown municipality `Vantta`; did you mean Vantaa (092)?"),
        ),
        // One municipality written two ways is listed twice.
        case(
            record(|r| r["service_area"]["municipalities"] = json!(["Vantaa", "092"])),
            serde(
                Data,
                "service_area.municipalities: `Vantaa (092)` is listed more than once",
            ),
        )
        .schema_accepts("a code and a name of one municipality are two values to the schema"),
        case(
            details(|d| d["apply"] = json!({"url": "https://x.fi", "fax": "1"})),
            serde(
                Data,
                "unknown field `fax`, expected one of `url`, `email`, `instructions`",
            ),
        ),
    ]);
}

#[test]
fn out_of_range_numbers_and_dates() {
    use Category::Data;
    let percent = |value: i64| {
        serde(
            Data,
            format!("invalid value: integer `{value}`, expected a whole number from 1 to 100"),
        )
    };
    run(vec![
        case(job(|d| d["terms"]["working_time_percent"] = json!(0)), percent(0)),
        case(job(|d| d["terms"]["working_time_percent"] = json!(101)), percent(101)),
        case(
            job(|d| d["terms"]["working_time_percent"] = json!(65_536)),
            percent(65_536),
        ),
        case(job(|d| d["terms"]["working_time_percent"] = json!(-1)), percent(-1)),
        // Errors inside tagged objects name the value, with the range in words.
        case(
            job(|d| d["terms"]["contract"]["term"]["duration"]["amount"] = json!(65_536)),
            serde(
                Data,
                "contract: term: duration: amount: invalid value: integer `65536`, expected a \
                 whole number from 1 to 65535",
            ),
        ),
        case(
            job(|d| {
                d["requirements"]["required"]["training"] =
                    json!({"kind": "other", "description": "kurssi", "hours": 65_536});
            }),
            serde(
                Data,
                "hours: invalid value: integer `65536`, expected a whole number from 1 to 65535",
            ),
        ),
        case(
            job(|d| {
                d["requirements"]["required"]["training"] =
                    json!({"kind": "other", "description": "kurssi", "hours": -5});
            }),
            serde(
                Data,
                "hours: invalid value: integer `-5`, expected a whole number from 1 to 65535",
            ),
        ),
        // Lists hold each value at most once, so at most as many items as there are
        // values; reading stops at the first item past that.
        case(
            job(|d| d["working_modes"] = json!(vec!["outreach"; 7])),
            serde(Data, "working_modes: must hold at most 6 items"),
        ),
        case(
            job(|d| d["profiles"] = json!(["caretaker", "helping_eyes", "storyteller", "bridge_builder", "caretaker"])),
            serde(Data, "profiles: must hold at most 4 items"),
        ),
        case(
            job(|d| d["onboarding"] = json!(vec!["computer"; 6])),
            serde(Data, "onboarding: must hold at most 5 items"),
        ),
        case(
            job(|d| d["requirements"]["desired"]["experience_backgrounds"] = json!(vec!["substances"; 7])),
            serde(Data, "experience_backgrounds: must hold at most 6 items"),
        ),
        case(
            job(|d| d["requirements"]["themes"] = json!(vec!["crime"; 10])),
            serde(Data, "themes: must hold at most 9 items"),
        ),
        case(
            job(|d| {
                d["terms"] = json!({"form_of_work": "fee_based",
                    "assignments": vec![json!({"activity": "meeting"}); 33]});
            }),
            serde(Data, "assignments: assignments: must hold at most 32 items"),
        ),
        case(
            raw(
                Doc::FeeSchedule,
                format!(
                    r#"{{"name":"City","rates":[{}]}}"#,
                    [r#"{"activity":"meeting","cents_per_hour":4000}"#; 10].join(",")
                ),
            ),
            serde(Data, "invalid length 10, expected a list of at most 9 items"),
        ),
        case(
            job(|d| d["format_version"] = json!(3)),
            Expected::Job(JobError::UnsupportedFormatVersion(3)),
        ),
        case(
            job(|d| d["format_version"] = json!(4_294_967_296_u64)),
            serde(
                Data,
                "invalid value: integer `4294967296`, expected a whole number from 0 to 4294967295",
            ),
        ),
        case(
            raw(Doc::FeeSchedule, r#"{"name":"City","rates":[{"activity":"meeting","cents_per_hour":0}]}"#),
            Expected::Fee(FeeError::ZeroRate(FeeActivity::Meeting)),
        ),
        case(
            record(|r| r["max_working_time_percent"] = json!(0)),
            Expected::Record(peerwork::RecordError::WorkingTimeOutOfRange(0)),
        ),
        case(
            job(|d| {
                d["terms"]["contract"] =
                    json!({"kind": "fixed_term", "term": {"dates": {"start": "2017-02-29", "end": "2017-03-31"}}});
            }),
            serde(
                Data,
                format!("contract: term: dates: start: {}", date_message("2017-02-29")),
            ),
        )
        .schema_accepts("the validator does not assert `format: date`; the pattern fits"),
        case(
            job(|d| {
                d["terms"]["contract"] =
                    json!({"kind": "fixed_term", "term": {"dates": {"start": "2017-9-1", "end": "2017-12-31"}}});
            }),
            serde(
                Data,
                format!("contract: term: dates: start: {}", date_message("2017-9-1")),
            ),
        ),
        case(Input::DateText("0000-01-01".into()), Expected::Date("0000-01-01".into())),
        case(Input::DateText("2017-13-01".into()), Expected::Date("2017-13-01".into())),
        case(
            Input::DateText("２０１７-09-01".into()),
            Expected::Date("２０１７-09-01".into()),
        ),
        case(Input::DateText("+017-09-01".into()), Expected::Date("+017-09-01".into())),
        // Pay the JSON-LD number cannot state exactly is refused.
        case(
            job(|d| {
                d["terms"]["pay"] = json!({"min": 9_007_199_254_740_993_u64, "period": "month"});
            }),
            serde(
                Data,
                "min: 90071992547409.93 EUR is more than the largest amount a posting states \
                 exactly (10 000 000 000 000.00 EUR)",
            ),
        ),
    ]);
}

#[test]
fn documents_of_the_bank_are_read_by_the_same_rules() {
    run(vec![
        case(
            record(|r| r["tasks"] = json!([])),
            Expected::Record(peerwork::RecordError::NoTasks),
        ),
        case(
            record(|r| r["id"] = json!("kap 1")),
            Expected::Record(peerwork::RecordError::InvalidId("kap 1".into())),
        ),
        case(
            raw(
                Doc::Roster,
                format!(
                    r#"{{"format_version":1,"workers":[{},{}]}}"#,
                    util::bad_input::record_json(),
                    util::bad_input::record_json()
                ),
            ),
            serde(
                Category::Data,
                "workers[1] (id `kap-1`): id: already used by workers[0]",
            ),
        )
        .schema_accepts("unique ids are a rule across the items of `workers`"),
        case(
            record(|r| r["experience_backgrounds"] = json!(["substancez"])),
            Expected::Record(peerwork::RecordError::InvalidExperienceBackgrounds),
        ),
    ]);
    let _: Value = json!(null);
}
