//! Bad inputs, part two: empty, blank, long and control-character texts, rules across
//! fields, and very deep or very large inputs. See `tests/util/bad_input.rs` for how a
//! row is checked, and `test_bad_input.rs` for part one.

mod util;

use peerwork::{
    FeeError, JobError, Language, LocalizedText, Municipality, QUOTE_LIMIT, Task, TaskSetError,
    TrainingRequirement,
};
use serde_json::error::Category;
use serde_json::{Value, json};
use util::bad_input::{
    Doc, Expected, Input, SETTINGS, base, builder, case, job, job_text, nested_arrays, raw, record,
    repeated, run, serde,
};

fn empty(field: &str) -> Expected {
    Expected::Job(JobError::EmptyText {
        field: field.into(),
    })
}

fn control(field: &str) -> Expected {
    Expected::Job(JobError::ControlCharacter {
        field: field.into(),
    })
}

fn too_long(field: &str, max: usize, actual: usize) -> Expected {
    Expected::Job(JobError::TextTooLong {
        field: field.into(),
        max,
        actual,
    })
}

#[test]
fn empty_blank_long_and_control_texts() {
    let long = |n: usize| "x".repeat(n);
    run(vec![
        case(job(|d| d["title"] = json!("")), empty("title")),
        case(job(|d| d["title"]["sv"] = json!("")), empty("title.sv")),
        case(job(|d| d["title"] = json!(" \u{3000} ")), empty("title")),
        case(job(|d| d["title"] = json!(" \t")), control("title")),
        // A blank text is one with no visible character: zero-width and byte-order
        // marks are not visible, and the schema's pattern says the same.
        case(
            job(|d| d["title"] = json!("\u{200B}\u{200B}")),
            empty("title"),
        ),
        case(job(|d| d["title"] = json!("\u{FEFF}")), empty("title")),
        case(
            job(|d| d["employer"]["unit"] = json!("")),
            empty("employer.unit"),
        ),
        case(
            job(|d| d["title"]["fi"] = json!(long(121))),
            too_long("title.fi", 120, 121),
        ),
        case(
            job(|d| d["title"] = json!("ä".repeat(121))),
            too_long("title", 120, 121),
        ),
        case(
            job(|d| d["location"]["postal_code"] = json!(long(21))),
            too_long("location.postal_code", 20, 21),
        ),
        case(
            job(|d| {
                d["requirements"]["required"]["training"] =
                    json!({"kind": "other", "description": long(201)});
            }),
            too_long("requirements.required.training.description", 200, 201),
        ),
        case(
            job(|d| {
                d["support"]["work_pair"] = json!({
                    "professional_role": "sosiaaliohjaaja",
                    "line_manager": "",
                    "professional_guides": false,
                });
            }),
            empty("support.work_pair.line_manager"),
        ),
        case(
            raw(Doc::FeeSchedule, r#"{"name":"","rates":[]}"#),
            Expected::Fee(FeeError::InvalidName(String::new())),
        ),
        case(
            job(|d| d["title"]["fi"] = json!("Kokemusasiantuntija\nHae heti")),
            control("title.fi"),
        ),
        case(
            job(|d| d["support"]["close_contact_employee"]["role"] = json!("ohjaaja\u{85}")),
            control("support.close_contact_employee.role"),
        ),
        case(
            job(|d| d["title"] = json!("Peer worker\u{2028}Apply now")),
            control("title"),
        ),
        case(
            job(|d| d["title"] = json!("Peer worker \u{202E}kirjoita\u{202C}")),
            control("title"),
        ),
        case(
            job(|d| d["employer"]["unit"] = json!("Asumispalvelut \u{061C}")),
            control("employer.unit"),
        ),
        case(
            job(|d| d["location"]["municipality"] = json!("Vantaa\u{0}")),
            serde(
                Category::Data,
                "unknown municipality `Vantaa\\u{0}`; did you mean Vantaa (092)?",
            ),
        ),
        case(builder(base().title("Peer worker\r")), control("title")),
        case(
            builder(base().employer(" ")),
            empty("employer.organisation"),
        ),
    ]);
}

#[test]
fn rules_across_fields() {
    run(vec![
        case(
            job(|d| d["terms"] = json!({"form_of_work": "fee_based", "assignments": []})),
            Expected::Job(JobError::NoAssignments),
        ),
        case(
            job(|d| {
                d["terms"]["contract"] = json!({"kind": "fixed_term",
                    "term": {"dates": {"start": "2017-11-30", "end": "2017-09-01"}}});
            }),
            Expected::Job(JobError::TermEndsBeforeStart {
                start: "2017-11-30".parse().unwrap(),
                end: "2017-09-01".parse().unwrap(),
            }),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| d["tasks"]["optional"] = json!(["meets_everyone_at_the_door"])),
            Expected::Job(JobError::TaskBothEssentialAndOptional(
                Task::MeetsEveryoneAtTheDoor,
            )),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| {
                d["tasks"] = json!({"essential": [], "optional": ["escorts_clients"]});
            }),
            Expected::Job(JobError::NoEssentialTask),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| d["tasks"] = json!({})),
            Expected::Job(JobError::EmptyTaskSet),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| {
                d["requirements"]["required"]["experience_backgrounds"] =
                    json!(["open_to_all", "substances"]);
            }),
            Expected::Job(JobError::OpenToAllWithOtherBackgrounds {
                field: "requirements.required.experience_backgrounds",
            }),
        )
        .schema_accepts("`open_to_all` standing alone is not stated in the schema"),
        case(
            job(|d| d["requirements"]["desired"]["languages"] = json!(["fi"])),
            Expected::Job(JobError::RequiredAndDesired {
                field: "requirements.desired.languages",
                value: "fi".into(),
            }),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| d["requirements"]["required"]["languages"] = json!([])),
            Expected::Job(JobError::NoRequiredLanguage),
        )
        .schema_accepts("checked: the schema's minItems refuses it too"),
        case(
            job(|d| d["working_modes"] = json!([])),
            Expected::Job(JobError::NoWorkingMode),
        ),
        case(
            job(|d| d["languages"] = json!([])),
            Expected::Job(JobError::NoLanguage),
        ),
        case(
            job(|d| d["title"] = json!({"fi": "Kokemusasiantuntija", "sv": "Erfarenhetsexpert"})),
            Expected::Job(JobError::MissingTranslation {
                field: "title".into(),
                language: Language::English,
            }),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| {
                d["languages"] = json!(["fi"]);
                d["requirements"]["desired"]["languages"] = json!(["sv"]);
            }),
            Expected::Job(JobError::NotWrittenIn {
                field: "title.sv".into(),
                language: Language::Swedish,
            }),
        )
        .schema_accepts("a rule across fields"),
        case(
            builder(base().required_training(TrainingRequirement::Other {
                description: LocalizedText::same("kurssi"),
                hours: Some(0),
            })),
            Expected::Job(JobError::ZeroTrainingHours {
                field: "requirements.required.training.hours",
            }),
        ),
    ]);
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    use Category::{Data, Syntax};
    let deep = nested_arrays(10_000);
    // serde_json's own reader stops at the same depth.
    let err = serde_json::from_str::<Value>(&deep).unwrap_err();
    assert_eq!(
        err.to_string(),
        "recursion limit exceeded at line 1 column 128"
    );
    run(vec![
        // A contract is read through a buffer of any JSON when its `kind` comes later,
        // so this is where depth reaches the reader's limit.
        case(
            job_text(
                r#""contract":{"kind":"fixed_term","#,
                &format!(r#""contract":{{"deep":{deep},"kind":"fixed_term","#),
            ),
            serde(Syntax, "recursion limit exceeded"),
        )
        .not_json(),
        case(
            job_text(
                r#""training":{"kind":"kokoa_standard"}"#,
                &format!(r#""training":{{"x":{deep},"kind":"kokoa_standard"}}"#),
            ),
            serde(Syntax, "recursion limit exceeded"),
        )
        .not_json(),
        // Elsewhere the type is wrong at the first bracket, long before any limit.
        case(
            raw(Doc::TaskSet, deep.clone()),
            serde(Data, "invalid type: sequence, expected a task id"),
        )
        .not_json(),
        case(
            raw(
                Doc::Readiness,
                format!(
                    r#"{{"settled":{}{}}}"#,
                    "{\"a\":".repeat(10_000),
                    "}".repeat(10_000)
                ),
            ),
            serde(
                Data,
                "invalid type: map, expected a list of at most 13 items",
            ),
        )
        .not_json(),
    ]);
}

#[test]
fn very_large_input_is_refused_with_a_short_message() {
    use Category::Data;
    const TEN_MB: usize = 10 * 1024 * 1024;
    let huge = "x".repeat(TEN_MB);
    run(vec![
        case(
            job(|d| d["title"] = json!(huge)),
            too_long("title", 120, TEN_MB),
        ),
        case(
            builder(base().title(huge.as_str())),
            too_long("title", 120, TEN_MB),
        ),
        // A million ids: refused at the second, a repeat.
        case(
            job_text(
                r#""essential":["#,
                &format!(
                    r#""essential":[{}"#,
                    repeated("\"escorts_clients\",", 1_000_000)
                ),
            ),
            Expected::TaskSet(TaskSetError::DuplicateTask(Task::EscortsClients)),
        ),
        case(
            Input::TaskSetText(
                repeated("advises_clients,", 1_000_000)
                    .trim_end_matches(',')
                    .to_owned(),
            ),
            Expected::TaskSet(TaskSetError::DuplicateTask(Task::AdvisesClients)),
        ),
        // A million languages: refused at the fourth, past one of each language.
        case(
            job(|d| d["languages"] = Value::Array(vec![json!("fi"); 1_000_000])),
            serde(Data, "languages: must hold at most 3 items"),
        ),
        case(
            raw(
                Doc::Readiness,
                format!(
                    r#"{{"settled":[{}"needs_mapped"]}}"#,
                    repeated("\"needs_mapped\",", 1_000_000)
                ),
            ),
            serde(
                Data,
                "invalid length 14, expected a list of at most 13 items",
            ),
        ),
        // An unknown task id is quoted to QUOTE_LIMIT bytes.
        case(
            raw(Doc::TaskSet, format!(r#"["{huge}"]"#)),
            Expected::TaskSet(TaskSetError::UnknownTask(Task::from_id(&huge).unwrap_err())),
        ),
        case(
            raw(
                Doc::FeeSchedule,
                format!(r#"{{"name":"{huge}","rates":[]}}"#),
            ),
            Expected::Fee(FeeError::InvalidName(format!("{}…", &huge[..QUOTE_LIMIT]))),
        ),
        case(
            Input::DateText(huge.clone()),
            Expected::Date(format!("{}…", &huge[..QUOTE_LIMIT])),
        ),
        case(
            record(|r| r["service_area"]["municipalities"] = json!([huge])),
            serde(
                Data,
                format!(
                    "service_area: unknown municipality `{}…`",
                    &huge[..QUOTE_LIMIT]
                ),
            ),
        ),
    ]);
    let _ = Municipality::VANTAA;
}

/// serde's derived readers repeat an unknown key or enum value whole in the message:
/// a 10 MB key makes a 10 MB error through serde_json. `from_json` cuts its message to
/// `MAX_MESSAGE_BYTES` (checked for every row); the library's own errors quote at most
/// `QUOTE_LIMIT` bytes.
#[test]
fn serde_errors_repeat_an_unknown_key_or_value_whole() {
    use Category::Data;
    let huge = "x".repeat(10 * 1024 * 1024);
    run(vec![
        case(
            job(|d| d["setting"] = json!(huge)),
            serde(Data, format!("unknown variant `{huge}`, {SETTINGS}")),
        )
        .echoes_input(),
        case(
            job(|d| d["languages"] = json!([huge])),
            serde(
                Data,
                format!("unknown variant `{huge}`, expected one of `fi`, `sv`, `en`"),
            ),
        )
        .echoes_input(),
    ]);
}
