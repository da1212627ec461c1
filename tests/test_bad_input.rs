//! Bad inputs at every boundary, one row each, with the exact error: malformed JSON,
//! wrong types, unknown and repeated ids, out-of-range numbers, empty and over-long
//! texts, control characters, deeply nested and very large inputs, and contradictions
//! between fields.
//!
//! A row is `case(input, expected)`. Through JSON the library's typed errors become
//! serde_json errors, so a row names the typed error it expects ([`JobError`],
//! [`TaskSetError`], [`FeeError`]) and the test checks the message is that error's text
//! exactly, and that it starts with the field the error names. serde_json's own errors
//! are checked by category and text. Messages are compared without serde_json's
//! `at line L column C` suffix, which the test rebuilds from the error's position.
//!
//! Every JSON row is also checked against the committed JSON Schema (feature `schema`):
//! the schema must reject it too, unless the row says why the library alone refuses it
//! (a rule across fields, or a rule the schema does not state).

mod util;

use std::panic::Location;

use peerwork::{
    Date, FeeActivity, FeeError, FeeSchedule, FormOfWork, JobDescription, JobDescriptionBuilder,
    JobError, Profile, Readiness, Task, TaskSet, TaskSetError, TrainingRequirement,
};
use serde_json::error::Category;
use serde_json::{Value, json};
use util::pilot_json;

// ---- inputs

/// A root document type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Doc {
    Job,
    TaskSet,
    FeeSchedule,
    Readiness,
}

impl Doc {
    #[cfg(feature = "schema")]
    fn schema_name(self) -> &'static str {
        match self {
            Doc::Job => "job_description",
            Doc::TaskSet => "task_set",
            Doc::FeeSchedule => "fee_schedule",
            Doc::Readiness => "readiness",
        }
    }

    /// Reads `bytes` as this document, returning the error if it is refused.
    fn read(self, bytes: &[u8]) -> Option<serde_json::Error> {
        match self {
            Doc::Job => serde_json::from_slice::<JobDescription>(bytes).err(),
            Doc::TaskSet => serde_json::from_slice::<TaskSet>(bytes).err(),
            Doc::FeeSchedule => serde_json::from_slice::<FeeSchedule>(bytes).err(),
            Doc::Readiness => serde_json::from_slice::<Readiness>(bytes).err(),
        }
    }
}

enum Input {
    /// The bytes of a JSON document.
    Json(Doc, Vec<u8>),
    /// A task set written as text: ids separated by commas.
    TaskSetText(String),
    /// A date written as text.
    DateText(String),
    /// A builder, built.
    Builder(Box<JobDescriptionBuilder>),
}

/// The Caretaker's pilot post, edited.
fn job(edit: impl FnOnce(&mut Value)) -> Input {
    let mut doc = pilot_json();
    edit(&mut doc);
    Input::Json(Doc::Job, serde_json::to_vec(&doc).unwrap())
}

/// A document given as raw text.
fn raw(doc: Doc, text: impl Into<Vec<u8>>) -> Input {
    Input::Json(doc, text.into())
}

/// The pilot post as JSON text with `from` replaced by `to` (once), for inputs a
/// `serde_json::Value` cannot hold: repeated keys, float literals, raw bytes.
fn job_text(from: &str, to: &str) -> Input {
    let text = serde_json::to_string(&pilot_json()).unwrap();
    assert!(text.contains(from), "{from} not in the pilot post");
    raw(Doc::Job, text.replacen(from, to, 1))
}

fn builder(b: JobDescriptionBuilder) -> Input {
    Input::Builder(Box::new(b))
}

/// A valid builder to break one rule of.
fn base() -> JobDescriptionBuilder {
    JobDescription::vantaa_pilot(Profile::Caretaker)
}

// ---- expectations

enum Expected {
    /// A rule of the job description: the typed error (through JSON, its exact text).
    Job(JobError),
    /// A task set refused: the typed error (through JSON, its exact text).
    TaskSet(TaskSetError),
    /// A fee schedule refused: the typed error's exact text.
    Fee(FeeError),
    /// A date refused: the rejected text as the error quotes it.
    Date(String),
    /// serde_json's own error, or a message of ours without a typed error: the category
    /// and the text.
    Serde(Category, String),
}

/// What the committed JSON Schema says of a row.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(feature = "schema"), allow(dead_code))] // read by the schema check only
enum SchemaVerdict {
    /// The schema rejects the document too.
    Rejects,
    /// The schema accepts it: the library alone refuses it, for the reason given.
    Accepts(&'static str),
    /// Not a JSON value the schema can be applied to (malformed, or deeper than any
    /// JSON reader here will go).
    NotApplicable,
}

struct Row {
    at: &'static Location<'static>,
    input: Input,
    expected: Expected,
    schema: SchemaVerdict,
    /// Whether the message may repeat the input whole (and so be long).
    echoes_input: bool,
}

#[track_caller]
fn case(input: Input, expected: Expected) -> Row {
    Row {
        at: Location::caller(),
        input,
        expected,
        schema: SchemaVerdict::Rejects,
        echoes_input: false,
    }
}

impl Row {
    /// The schema accepts the document; the library alone refuses it, because `why`.
    fn schema_accepts(mut self, why: &'static str) -> Self {
        self.schema = SchemaVerdict::Accepts(why);
        self
    }

    /// The input is not a JSON value the schema can judge.
    fn not_json(mut self) -> Self {
        self.schema = SchemaVerdict::NotApplicable;
        self
    }

    /// The message repeats the input whole, however long (see
    /// `serde_errors_repeat_an_unknown_key_or_value_whole`).
    fn echoes_input(mut self) -> Self {
        self.echoes_input = true;
        self
    }
}

fn serde(category: Category, message: impl Into<String>) -> Expected {
    Expected::Serde(category, message.into())
}

/// serde_json's text of `err` is `message` followed by the error's position.
fn with_position(message: &str, err: &serde_json::Error) -> String {
    if err.line() == 0 {
        message.to_owned()
    } else {
        format!("{message} at line {} column {}", err.line(), err.column())
    }
}

/// The longest message a row may produce unless it says it echoes its input: an error
/// names the field and quotes at most `QUOTE_LIMIT` bytes of the value, so it stays
/// short whatever the size of the input.
const SHORT_MESSAGE: usize = 600;

impl Row {
    /// Checks the row; returns what is wrong, if anything.
    fn check(self) -> Result<(), String> {
        let Row {
            input,
            expected,
            schema,
            echoes_input,
            ..
        } = self;
        match input {
            Input::Json(doc, bytes) => {
                let err = doc
                    .read(&bytes)
                    .ok_or_else(|| format!("{doc:?}: the document was accepted"))?;
                let (category, message, field) = match &expected {
                    Expected::Job(e) => (Category::Data, e.to_string(), Some(e.field())),
                    Expected::TaskSet(e) => (Category::Data, e.to_string(), None),
                    Expected::Fee(e) => (Category::Data, e.to_string(), None),
                    Expected::Date(value) => (Category::Data, date_message(value), None),
                    Expected::Serde(category, message) => (*category, message.clone(), None),
                };
                let actual = err.to_string();
                let wanted = with_position(&message, &err);
                if err.classify() != category || actual != wanted {
                    return Err(format!(
                        "got {:?}: {}\nexpected {category:?}: {}",
                        err.classify(),
                        cut(&actual),
                        cut(&wanted)
                    ));
                }
                if let Some(field) = field
                    && !actual.starts_with(field)
                {
                    return Err(format!("{actual:?} does not start with {field:?}"));
                }
                if actual.len() > SHORT_MESSAGE && !echoes_input {
                    return Err(format!(
                        "a message of {} bytes: {}",
                        actual.len(),
                        cut(&actual)
                    ));
                }
                check_from_json(doc, &bytes, &err, &message)?;
                check_schema(doc, &bytes, schema)
            }
            Input::TaskSetText(text) => {
                let Expected::TaskSet(e) = expected else {
                    return Err("a task-set text row expects a TaskSetError".into());
                };
                match text.parse::<TaskSet>() {
                    Err(err) if err == e && err.to_string().len() <= SHORT_MESSAGE => Ok(()),
                    other => Err(format!("got {:?}, expected {e:?}", other.map(|_| ()))),
                }
            }
            Input::DateText(text) => {
                let Expected::Date(value) = expected else {
                    return Err("a date row expects a date error".into());
                };
                match text.parse::<Date>() {
                    Err(err)
                        if err.value() == value
                            && err.to_string() == date_message(&value)
                            && err.to_string().len() <= SHORT_MESSAGE =>
                    {
                        Ok(())
                    }
                    other => Err(format!("got {other:?}, expected the value {value:?}")),
                }
            }
            Input::Builder(b) => {
                let Expected::Job(e) = expected else {
                    return Err("a builder row expects a JobError".into());
                };
                match b.build() {
                    Err(err) if err == e && err.to_string().starts_with(err.field()) => Ok(()),
                    other => Err(format!("got {:?}, expected {e:?}", other.map(|_| ()))),
                }
            }
        }
    }
}

/// `peerwork::from_json_slice` refuses the document as serde_json does — same kind and
/// message (cut to `MAX_MESSAGE_BYTES`) — and its text stays short even where
/// serde_json's repeats the input. Its position is serde_json's, except for a data
/// error whose path names a value the document holds: then it is where that value
/// starts, which the check finds on its own (the value read from there is the value at
/// the path). A rule checked once the whole document is read has no position in
/// serde_json; `from_json` gives it the start of the deepest value on its path that the
/// document holds, or, with no path, the end of the document.
#[cfg(feature = "json")]
fn check_from_json(
    doc: Doc,
    bytes: &[u8],
    plain: &serde_json::Error,
    message: &str,
) -> Result<(), String> {
    use peerwork::{JsonErrorKind, MAX_MESSAGE_BYTES, MAX_PATH_BYTES, from_json_slice};

    let err = match doc {
        Doc::Job => from_json_slice::<JobDescription>(bytes).err(),
        Doc::TaskSet => from_json_slice::<TaskSet>(bytes).err(),
        Doc::FeeSchedule => from_json_slice::<FeeSchedule>(bytes).err(),
        Doc::Readiness => from_json_slice::<Readiness>(bytes).err(),
    }
    .ok_or("from_json accepted the document")?;
    let kind = match plain.classify() {
        Category::Syntax => JsonErrorKind::Syntax,
        Category::Eof => JsonErrorKind::Eof,
        Category::Data | Category::Io => JsonErrorKind::Data,
    };
    let message_agrees = if message.len() <= MAX_MESSAGE_BYTES {
        err.message() == message
    } else {
        err.message().len() <= MAX_MESSAGE_BYTES
            && message.starts_with(err.message().trim_end_matches('…'))
    };
    let short = err.to_string().len() <= MAX_MESSAGE_BYTES + MAX_PATH_BYTES + 64;
    let bounded = err.path().is_none_or(|path| path.len() <= MAX_PATH_BYTES);
    if err.kind() == kind && message_agrees && short && bounded {
        check_position(bytes, plain, &err)
    } else {
        Err(format!(
            "from_json: got {:?} {}\nexpected {kind:?} {}",
            err.kind(),
            cut(&err.to_string()),
            cut(message)
        ))
    }
}

/// The position of `err` is where serde_json's is, or where the value its path names
/// starts (see `check_from_json`).
#[cfg(feature = "json")]
fn check_position(
    bytes: &[u8],
    plain: &serde_json::Error,
    err: &peerwork::JsonError,
) -> Result<(), String> {
    let serde_position = (plain.line(), plain.column());
    let position = (err.line(), err.column());
    let document = serde_json::from_slice::<Value>(bytes).ok();
    let found = match (err.kind(), &document) {
        (peerwork::JsonErrorKind::Data, Some(document)) => {
            Some(value_at(document, err.path().unwrap_or_default()))
        }
        _ => None,
    };
    let offset = offset_of(bytes, position);
    let value_there = || {
        serde_json::Deserializer::from_slice(&bytes[offset..])
            .into_iter::<Value>()
            .next()
            .and_then(Result::ok)
    };
    let serde_offset = offset_of(bytes, serde_position) + usize::from(plain.column() > 0);
    let agrees = match found {
        // A path cut to its bound: some value starts there.
        Some(_) if err.path().is_some_and(|path| path.ends_with('…')) => value_there().is_some(),
        // The path names a value the document holds.
        Some((value, true)) if err.path().is_some() => value_there().as_ref() == Some(value),
        // serde_json gives no position: the deepest value held on the path, or the end
        // of the document.
        Some((value, _)) if plain.line() == 0 => match err.path() {
            Some(_) => value_there().as_ref() == Some(value),
            None => {
                matches!(bytes.get(offset), Some(b'}' | b']'))
                    && bytes[offset + 1..].iter().all(u8::is_ascii_whitespace)
            }
        },
        // Too deep to read as a `Value`: serde_json's position, or the start of the
        // value that follows it.
        None if document.is_none() && err.kind() == peerwork::JsonErrorKind::Data => {
            position == serde_position
                || offset
                    == serde_offset
                        + bytes[serde_offset..]
                            .iter()
                            .take_while(|b| b.is_ascii_whitespace())
                            .count()
        }
        _ => position == serde_position,
    };
    if agrees {
        Ok(())
    } else {
        Err(format!(
            "from_json: position {position:?} (serde_json {serde_position:?}) for the path \
             {:?}: {}",
            err.path(),
            cut(&err.to_string())
        ))
    }
}

/// The value at `path` (`a.b[2]`) in `document`, or the deepest value on the way there;
/// whether it is the value at the path.
#[cfg(feature = "json")]
fn value_at<'v>(document: &'v Value, path: &str) -> (&'v Value, bool) {
    let mut value = document;
    for key in path.split('.').filter(|key| !key.is_empty()) {
        let (name, indexes) = key
            .split_once('[')
            .map_or((key, ""), |(name, rest)| (name, rest));
        let mut steps: Vec<Option<&'v Value>> = Vec::new();
        let mut next = if name.is_empty() {
            Some(value)
        } else {
            value.get(name)
        };
        steps.push(next);
        for index in indexes.split('[').filter(|index| !index.is_empty()) {
            let index: usize = index.trim_end_matches(']').parse().unwrap();
            next = next.and_then(|value| value.get(index));
            steps.push(next);
        }
        for step in steps {
            match step {
                Some(inner) => value = inner,
                None => return (value, false),
            }
        }
    }
    (value, true)
}

/// The byte offset of a line and column (from 1).
#[cfg(feature = "json")]
fn offset_of(bytes: &[u8], (line, column): (usize, usize)) -> usize {
    let line_start: usize = bytes
        .split(|&b| b == b'\n')
        .take(line.saturating_sub(1))
        .map(|line| line.len() + 1)
        .sum();
    (line_start + column).saturating_sub(1).min(bytes.len())
}

#[cfg(not(feature = "json"))]
fn check_from_json(_: Doc, _: &[u8], _: &serde_json::Error, _: &str) -> Result<(), String> {
    Ok(())
}

fn date_message(value: &str) -> String {
    format!("invalid date `{value}`: expected an existing date written YYYY-MM-DD")
}

/// A message cut for display.
fn cut(text: &str) -> String {
    if text.len() <= 300 {
        text.to_owned()
    } else {
        let end = (0..=300).rev().find(|&i| text.is_char_boundary(i)).unwrap();
        format!("{}… ({} bytes)", &text[..end], text.len())
    }
}

#[cfg(feature = "schema")]
fn check_schema(doc: Doc, bytes: &[u8], verdict: SchemaVerdict) -> Result<(), String> {
    let value = serde_json::from_slice::<Value>(bytes);
    let valid = match (&value, verdict) {
        (_, SchemaVerdict::NotApplicable) => return Ok(()),
        (Err(err), _) => {
            return Err(format!(
                "not a JSON value ({err}); mark the row `.not_json()`"
            ));
        }
        (Ok(value), _) => validator(doc).is_valid(value),
    };
    match (verdict, valid) {
        (SchemaVerdict::Rejects, false) | (SchemaVerdict::Accepts(_), true) => Ok(()),
        (SchemaVerdict::Rejects, true) => Err("the committed schema accepts it".into()),
        (SchemaVerdict::Accepts(why), false) => Err(format!(
            "the committed schema now rejects it (the row said: {why}); make the row expect \
             rejection"
        )),
        (SchemaVerdict::NotApplicable, _) => unreachable!(),
    }
}

#[cfg(not(feature = "schema"))]
fn check_schema(_: Doc, _: &[u8], _: SchemaVerdict) -> Result<(), String> {
    Ok(())
}

#[cfg(feature = "schema")]
fn validator(doc: Doc) -> &'static jsonschema::Validator {
    use std::collections::HashMap;
    use std::sync::OnceLock;

    static VALIDATORS: OnceLock<HashMap<&'static str, jsonschema::Validator>> = OnceLock::new();
    let validators = VALIDATORS.get_or_init(|| {
        peerwork::schema::root_schemas()
            .into_iter()
            .map(|schema| {
                let value = serde_json::to_value(&schema.schema).unwrap();
                (schema.name, jsonschema::validator_for(&value).unwrap())
            })
            .collect()
    });
    &validators[doc.schema_name()]
}

/// Runs every row and reports every failure, each with the row's line.
fn run(rows: Vec<Row>) {
    let count = rows.len();
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|row| {
            let at = row.at;
            row.check()
                .err()
                .map(|problem| format!("row at {}:{}: {problem}", at.file(), at.line()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {count} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---- the rows

const SETTINGS: &str = "expected one of `low_threshold_services`, `outreach_social_services`, \
    `housing_social_services`, `third_sector_interface`, `health_services`, `child_protection`, \
    `youth_work`, `criminal_sanctions`, `disability_services`, `homelessness_work`";

const JOB_FIELDS: &str = "expected one of `format_version`, `title`, `employer`, `location`, \
    `languages`, `setting`, `profiles`, `tasks`, `working_modes`, `terms`, `support`, \
    `requirements`, `onboarding`, `fee_activities`";

/// `depth` arrays, one inside the other.
fn nested_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn malformed_json() {
    use Category::{Eof, Syntax};
    run(vec![
        case(raw(Doc::Job, ""), serde(Eof, "EOF while parsing a value")).not_json(),
        case(
            raw(Doc::Job, r#"{"format_version":1,"#),
            serde(Eof, "EOF while parsing a value"),
        )
        .not_json(),
        case(
            raw(Doc::Job, r#"{"format_version":1,}"#),
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
            job_text(r#""title":""#, "\"title\":\"\u{0}"),
            serde(
                Syntax,
                "control character (\\u0000-\\u001F) found while parsing a string",
            ),
        )
        .not_json(),
        case(
            Input::Json(Doc::Job, {
                let mut bytes = serde_json::to_vec(&pilot_json()).unwrap();
                let at = bytes.windows(9).position(|w| w == b"\"title\":\"").unwrap() + 9;
                bytes.insert(at, 0xff);
                bytes
            }),
            serde(Syntax, "invalid unicode code point"),
        )
        .not_json(),
        case(
            job_text(r#""title":""#, r#""title":"\ud800\u0041"#),
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
    ]);
}

#[test]
fn wrong_types() {
    use Category::Data;
    run(vec![
        case(
            raw(Doc::Job, "[]"),
            serde(
                Data,
                "invalid length 0, expected struct JobDescription with 14 elements",
            ),
        ),
        case(
            raw(Doc::Job, "null"),
            serde(Data, "invalid type: null, expected struct JobDescription"),
        ),
        case(
            job(|d| d["title"] = json!(7)),
            serde(Data, "invalid type: integer `7`, expected a string"),
        ),
        case(
            job(|d| d["title"] = Value::Null),
            serde(Data, "invalid type: null, expected a string"),
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
            serde(Data, "invalid type: string \"50\", expected u16"),
        ),
        case(
            job_text(
                r#""working_time_percent":50"#,
                r#""working_time_percent":50.0"#,
            ),
            serde(Data, "invalid type: floating point `50.0`, expected u16"),
        )
        .schema_accepts(
            "50.0 is an integer to JSON Schema; serde reads integers from integer literals only",
        ),
        case(
            job(|d| d["terms"]["contract"] = json!({"kind": "fixed_term"})),
            serde(Data, "missing field `term`"),
        ),
        case(
            job(|d| d["requirements"]["training"] = json!("none")),
            serde(
                Data,
                "invalid type: string \"none\", expected internally tagged enum TrainingRequirement",
            ),
        ),
        case(
            raw(Doc::Readiness, r#"{"settled":"needs_mapped"}"#),
            serde(
                Data,
                "invalid type: string \"needs_mapped\", expected a list of at most 13 items",
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
            job_text(r#""title":"#, r#""title":"Another post","title":"#),
            serde(Data, "duplicate field `title`"),
        )
        .schema_accepts("a repeated key is one key, the last, to serde_json::Value"),
        case(
            job(|d| d["languages"] = json!(["fi", "sv", "fi"])),
            Expected::Job(JobError::Duplicate {
                field: "languages",
                value: "fi".into(),
            }),
        ),
        case(
            job(|d| d["profiles"] = json!(["caretaker", "caretaker"])),
            Expected::Job(JobError::Duplicate {
                field: "profiles",
                value: "caretaker".into(),
            }),
        ),
        case(
            job(|d| d["requirements"]["themes"] = json!(["crime", "crime"])),
            Expected::Job(JobError::Duplicate {
                field: "requirements.themes",
                value: "crime".into(),
            }),
        ),
        case(
            job(|d| d["onboarding"] = json!(["computer", "mobile_phone", "computer"])),
            Expected::Job(JobError::Duplicate {
                field: "onboarding",
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
    ]);
}

#[test]
fn out_of_range_numbers_and_dates() {
    use Category::Data;
    run(vec![
        case(
            job(|d| d["terms"]["working_time_percent"] = json!(0)),
            Expected::Job(JobError::WorkingTimeOutOfRange(0)),
        ),
        case(
            job(|d| d["terms"]["working_time_percent"] = json!(101)),
            Expected::Job(JobError::WorkingTimeOutOfRange(101)),
        ),
        case(
            job(|d| d["terms"]["working_time_percent"] = json!(65_536)),
            serde(Data, "invalid value: integer `65536`, expected u16"),
        ),
        case(
            job(|d| d["terms"]["working_time_percent"] = json!(-1)),
            serde(Data, "invalid value: integer `-1`, expected u16"),
        ),
        // Lists hold each value at most once, so at most as many items as there are
        // values; reading stops at the first item past that.
        case(
            job(|d| d["working_modes"] = json!(vec!["outreach"; 5])),
            serde(Data, "working_modes: must hold at most 4 items"),
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
            job(|d| d["requirements"]["experience_backgrounds"] = json!(vec!["substances"; 7])),
            serde(Data, "requirements.experience_backgrounds: must hold at most 6 items"),
        ),
        case(
            job(|d| d["requirements"]["themes"] = json!(vec!["crime"; 10])),
            serde(Data, "requirements.themes: must hold at most 9 items"),
        ),
        case(
            job(|d| {
                d["terms"]["form_of_work"] = json!("fee_based");
                d["fee_activities"] = json!(vec!["meeting"; 10]);
            }),
            serde(Data, "fee_activities: must hold at most 9 items"),
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
            job(|d| d["format_version"] = json!(2)),
            Expected::Job(JobError::UnsupportedFormatVersion(2)),
        ),
        case(
            job(|d| d["format_version"] = json!(4_294_967_296_u64)),
            serde(Data, "invalid value: integer `4294967296`, expected u32"),
        ),
        case(
            job(|d| d["terms"]["contract"]["term"]["duration"]["amount"] = json!(0)),
            Expected::Job(JobError::ZeroLengthTerm),
        ),
        case(
            job(|d| {
                d["requirements"]["training"] =
                    json!({"kind": "other", "description": "course", "hours": 0});
            }),
            Expected::Job(JobError::ZeroTrainingHours),
        ),
        case(
            raw(Doc::FeeSchedule, r#"{"name":"City","rates":[{"activity":"meeting","cents_per_hour":0}]}"#),
            Expected::Fee(FeeError::ZeroRate(FeeActivity::Meeting)),
        ),
        case(
            job(|d| {
                d["terms"]["contract"] =
                    json!({"kind": "fixed_term", "term": {"dates": {"start": "2017-02-29", "end": "2017-03-31"}}});
            }),
            Expected::Date("2017-02-29".into()),
        )
        .schema_accepts("the validator does not assert `format: date`; the pattern fits"),
        case(
            job(|d| {
                d["terms"]["contract"] =
                    json!({"kind": "fixed_term", "term": {"dates": {"start": "2017-9-1", "end": "2017-12-31"}}});
            }),
            Expected::Date("2017-9-1".into()),
        ),
        case(Input::DateText("0000-01-01".into()), Expected::Date("0000-01-01".into())),
        case(Input::DateText("2017-13-01".into()), Expected::Date("2017-13-01".into())),
        case(
            Input::DateText("２０１７-09-01".into()),
            Expected::Date("２０１７-09-01".into()),
        ),
        case(Input::DateText("+017-09-01".into()), Expected::Date("+017-09-01".into())),
    ]);
}

#[test]
fn empty_long_and_control_texts() {
    let long = |n: usize| "x".repeat(n);
    run(vec![
        case(
            job(|d| d["title"] = json!("")),
            Expected::Job(JobError::EmptyText { field: "title" }),
        ),
        case(
            job(|d| d["title"] = json!(" \u{3000}\t")),
            Expected::Job(JobError::EmptyText { field: "title" }),
        ),
        case(
            job(|d| d["employer"]["unit"] = json!("")),
            Expected::Job(JobError::EmptyText {
                field: "employer.unit",
            }),
        ),
        case(
            job(|d| d["title"] = json!(long(121))),
            Expected::Job(JobError::TextTooLong {
                field: "title",
                max: 120,
                actual: 121,
            }),
        ),
        case(
            job(|d| d["title"] = json!("ä".repeat(121))),
            Expected::Job(JobError::TextTooLong {
                field: "title",
                max: 120,
                actual: 121,
            }),
        ),
        case(
            job(|d| d["location"]["postal_code"] = json!(long(21))),
            Expected::Job(JobError::TextTooLong {
                field: "location.postal_code",
                max: 20,
                actual: 21,
            }),
        ),
        case(
            job(|d| {
                d["requirements"]["training"] = json!({"kind": "other", "description": long(201)});
            }),
            Expected::Job(JobError::TextTooLong {
                field: "requirements.training.description",
                max: 200,
                actual: 201,
            }),
        ),
        case(
            job(|d| {
                d["support"]["work_pair"] = json!({
                    "professional_role": "social worker",
                    "supervisor": {"kind": "organisation", "organisation": "City of Vantaa", "role": ""},
                    "professional_guides": false,
                });
            }),
            Expected::Job(JobError::EmptyText {
                field: "support.work_pair.supervisor.role",
            }),
        ),
        case(
            raw(Doc::FeeSchedule, r#"{"name":"","rates":[]}"#),
            Expected::Fee(FeeError::InvalidName(String::new())),
        ),
        case(
            job(|d| d["title"] = json!("Peer worker\nApply now")),
            Expected::Job(JobError::ControlCharacter { field: "title" }),
        ),
        case(
            job(|d| d["location"]["municipality"] = json!("Vantaa\u{0}")),
            Expected::Job(JobError::ControlCharacter {
                field: "location.municipality",
            }),
        ),
        case(
            job(|d| d["support"]["close_contact_employee"] = json!("counsellor\u{85}")),
            Expected::Job(JobError::ControlCharacter {
                field: "support.close_contact_employee",
            }),
        ),
        case(
            job(|d| d["title"] = json!("Peer worker\u{2028}Apply now")),
            Expected::Job(JobError::ControlCharacter { field: "title" }),
        ),
        case(
            job(|d| d["title"] = json!("Peer worker \u{202E}kirjoita\u{202C}")),
            Expected::Job(JobError::ControlCharacter { field: "title" }),
        ),
        case(
            job(|d| d["employer"]["unit"] = json!("Asumispalvelut \u{061C}")),
            Expected::Job(JobError::ControlCharacter {
                field: "employer.unit",
            }),
        ),
        case(
            builder(base().title("Peer worker\r")),
            Expected::Job(JobError::ControlCharacter { field: "title" }),
        ),
        case(
            builder(base().employer(" ", None)),
            Expected::Job(JobError::EmptyText {
                field: "employer.organisation",
            }),
        ),
    ]);
}

#[test]
fn contradictions_between_fields() {
    run(vec![
        case(
            job(|d| d["fee_activities"] = json!(["meeting"])),
            Expected::Job(JobError::FeeActivitiesOnNonFeePost(FormOfWork::Salaried)),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| d["terms"]["form_of_work"] = json!("fee_based")),
            Expected::Job(JobError::NoFeeActivities),
        )
        .schema_accepts("a rule across fields"),
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
        ),
        case(
            job(|d| d["tasks"] = json!({"essential": []})),
            Expected::Job(JobError::EmptyTaskSet),
        ),
        case(
            job(|d| {
                d["support"]["work_pair"] = json!({
                    "professional_role": "social worker",
                    "supervisor": {"kind": "organisation", "organisation": "Another City", "role": "head of unit"},
                    "professional_guides": true,
                });
            }),
            Expected::Job(JobError::SupervisorOutsidePair {
                supervisor: "Another City".into(),
                employer: "City of Vantaa".into(),
            }),
        )
        .schema_accepts("a rule across fields"),
        case(
            job(|d| d["requirements"]["experience_backgrounds"] = json!(["open_to_all", "substances"])),
            Expected::Job(JobError::OpenToAllWithSpecificBackgrounds),
        )
        .schema_accepts("`open_to_all` standing alone is not stated in the schema"),
        case(
            job(|d| d["working_modes"] = json!([])),
            Expected::Job(JobError::NoWorkingMode),
        ),
        case(
            job(|d| d["languages"] = json!([])),
            Expected::Job(JobError::NoLanguage),
        ),
        case(
            builder(
                base()
                    .form_of_work(FormOfWork::Volunteer)
                    .fee_activities([FeeActivity::Preparation]),
            ),
            Expected::Job(JobError::FeeActivitiesOnNonFeePost(FormOfWork::Volunteer)),
        ),
        case(
            builder(base().training(TrainingRequirement::Other {
                description: "course".into(),
                hours: Some(0),
            })),
            Expected::Job(JobError::ZeroTrainingHours),
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
        // A contract is read through a buffer of any JSON (its `kind` tag may come last),
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
                r#""training":{"kind":"none"}"#,
                &format!(r#""training":{{"kind":"none","x":{deep}}}"#),
            ),
            serde(Syntax, "recursion limit exceeded"),
        )
        .not_json(),
        // Elsewhere the type is wrong at the first bracket, long before any limit.
        case(
            raw(Doc::Job, deep.clone()),
            serde(Data, "invalid type: sequence, expected u32"),
        )
        .not_json(),
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
            Expected::Job(JobError::TextTooLong {
                field: "title",
                max: 120,
                actual: TEN_MB,
            }),
        ),
        case(
            builder(base().title(huge.as_str())),
            Expected::Job(JobError::TextTooLong {
                field: "title",
                max: 120,
                actual: TEN_MB,
            }),
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
            Expected::Fee(FeeError::InvalidName(format!(
                "{}…",
                &huge[..peerwork::QUOTE_LIMIT]
            ))),
        ),
        case(
            Input::DateText(huge.clone()),
            Expected::Date(format!("{}…", &huge[..peerwork::QUOTE_LIMIT])),
        ),
    ]);
}

/// serde's derived readers repeat an unknown key or enum value whole in the message:
/// a 10 MB key makes a 10 MB error. The library's own errors quote at most
/// `QUOTE_LIMIT` bytes; these come from `#[derive(Deserialize)]`. Pinned here so a fix
/// (a cap on the document's size before reading, or readers of our own) shows.
#[test]
fn serde_errors_repeat_an_unknown_key_or_value_whole() {
    use Category::Data;
    let huge = "x".repeat(10 * 1024 * 1024);
    run(vec![
        case(
            job(|d| d[huge.as_str()] = json!(1)),
            serde(Data, format!("unknown field `{huge}`, {JOB_FIELDS}")),
        )
        .echoes_input(),
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

fn repeated(item: &str, n: usize) -> String {
    item.repeat(n)
}
