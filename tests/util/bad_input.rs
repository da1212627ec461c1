//! The table of bad inputs: each row an input at one of the crate's boundaries and the
//! exact error it must get. Rows are in `tests/test_bad_input*.rs`.
//!
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

use std::panic::Location;

use peerwork::{
    Date, FeeError, FeeSchedule, JobDescription, JobDescriptionBuilder, JobError, PeerWorkerRecord,
    PostingDetails, Profile, Readiness, RecordError, ReflectionForm, Roster, TaskSet, TaskSetError,
};
use serde_json::Value;
use serde_json::error::Category;

use super::pilot_json;

// ---- inputs

/// A root document type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    Job,
    TaskSet,
    FeeSchedule,
    Readiness,
    PostingDetails,
    ReflectionForm,
    Record,
    Roster,
}

impl Doc {
    #[cfg(feature = "schema")]
    fn schema_name(self) -> &'static str {
        match self {
            Doc::Job => "job_description",
            Doc::TaskSet => "task_set",
            Doc::FeeSchedule => "fee_schedule",
            Doc::Readiness => "readiness",
            Doc::PostingDetails => "posting_details",
            Doc::ReflectionForm => "reflection_form",
            Doc::Record => "peer_worker_record",
            Doc::Roster => "roster",
        }
    }

    /// Reads `bytes` as this document, returning the error if it is refused.
    fn read(self, bytes: &[u8]) -> Option<serde_json::Error> {
        match self {
            Doc::Job => serde_json::from_slice::<JobDescription>(bytes).err(),
            Doc::TaskSet => serde_json::from_slice::<TaskSet>(bytes).err(),
            Doc::FeeSchedule => serde_json::from_slice::<FeeSchedule>(bytes).err(),
            Doc::Readiness => serde_json::from_slice::<Readiness>(bytes).err(),
            Doc::PostingDetails => serde_json::from_slice::<PostingDetails>(bytes).err(),
            Doc::ReflectionForm => serde_json::from_slice::<ReflectionForm>(bytes).err(),
            Doc::Record => serde_json::from_slice::<PeerWorkerRecord>(bytes).err(),
            Doc::Roster => serde_json::from_slice::<Roster>(bytes).err(),
        }
    }
}

pub enum Input {
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
pub fn job(edit: impl FnOnce(&mut Value)) -> Input {
    let mut doc = pilot_json();
    edit(&mut doc);
    Input::Json(Doc::Job, serde_json::to_vec(&doc).unwrap())
}

/// A document given as raw text.
pub fn raw(doc: Doc, text: impl Into<Vec<u8>>) -> Input {
    Input::Json(doc, text.into())
}

/// The pilot post as JSON text with `from` replaced by `to` (once), for inputs a
/// `serde_json::Value` cannot hold: repeated keys, float literals, raw bytes.
pub fn job_text(from: &str, to: &str) -> Input {
    let text = serde_json::to_string(&pilot_json()).unwrap();
    assert!(text.contains(from), "{from} not in the pilot post");
    raw(Doc::Job, text.replacen(from, to, 1))
}

pub fn builder(b: JobDescriptionBuilder) -> Input {
    Input::Builder(Box::new(b))
}

/// A valid builder to break one rule of.
pub fn base() -> JobDescriptionBuilder {
    JobDescription::vantaa_pilot(Profile::Caretaker)
}

// ---- expectations

pub enum Expected {
    /// A rule of the job description: the typed error (through JSON, its exact text).
    Job(JobError),
    /// A rule of a bank record: the typed error (through JSON, its exact text).
    Record(RecordError),
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
pub enum SchemaVerdict {
    /// The schema rejects the document too.
    Rejects,
    /// The schema accepts it: the library alone refuses it, for the reason given.
    Accepts(&'static str),
    /// Not a JSON value the schema can be applied to (malformed, or deeper than any
    /// JSON reader here will go).
    NotApplicable,
}

pub struct Row {
    at: &'static Location<'static>,
    input: Input,
    expected: Expected,
    schema: SchemaVerdict,
    /// Whether the message may repeat the input whole (and so be long).
    echoes_input: bool,
    /// Whether `from_json` finds the input broken where serde_json reports the error as
    /// the record reader wrapped it (a syntax error inside a value read straight from
    /// the input, which the reader leads with the record and the field).
    syntax_to_from_json: bool,
}

#[track_caller]
pub fn case(input: Input, expected: Expected) -> Row {
    Row {
        at: Location::caller(),
        input,
        expected,
        schema: SchemaVerdict::Rejects,
        echoes_input: false,
        syntax_to_from_json: false,
    }
}

impl Row {
    /// The schema accepts the document; the library alone refuses it, because `why`.
    pub fn schema_accepts(mut self, why: &'static str) -> Self {
        self.schema = SchemaVerdict::Accepts(why);
        self
    }

    /// The input is not a JSON value the schema can judge.
    pub fn not_json(mut self) -> Self {
        self.schema = SchemaVerdict::NotApplicable;
        self
    }

    /// serde_json reports a data error, `from_json` the syntax error it is (see
    /// `syntax_to_from_json` of [`Row`]).
    pub fn syntax_to_from_json(mut self) -> Self {
        self.syntax_to_from_json = true;
        self.schema = SchemaVerdict::NotApplicable;
        self
    }

    /// The message repeats the input whole, however long (see
    /// `serde_errors_repeat_an_unknown_key_or_value_whole`).
    pub fn echoes_input(mut self) -> Self {
        self.echoes_input = true;
        self
    }
}

pub fn serde(category: Category, message: impl Into<String>) -> Expected {
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
            syntax_to_from_json,
            ..
        } = self;
        match input {
            Input::Json(doc, bytes) => {
                let err = doc
                    .read(&bytes)
                    .ok_or_else(|| format!("{doc:?}: the document was accepted"))?;
                let (category, message, field) = match &expected {
                    Expected::Job(e) => (Category::Data, e.to_string(), Some(e.field())),
                    Expected::Record(e) => (Category::Data, e.to_string(), Some(e.field())),
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
                check_from_json(doc, &bytes, &err, &message, syntax_to_from_json)?;
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
    syntax: bool,
) -> Result<(), String> {
    use peerwork::{JsonErrorKind, MAX_MESSAGE_BYTES, MAX_PATH_BYTES, from_json_slice};

    let err = match doc {
        Doc::Job => from_json_slice::<JobDescription>(bytes).err(),
        Doc::TaskSet => from_json_slice::<TaskSet>(bytes).err(),
        Doc::FeeSchedule => from_json_slice::<FeeSchedule>(bytes).err(),
        Doc::Readiness => from_json_slice::<Readiness>(bytes).err(),
        Doc::PostingDetails => from_json_slice::<PostingDetails>(bytes).err(),
        Doc::ReflectionForm => from_json_slice::<ReflectionForm>(bytes).err(),
        Doc::Record => from_json_slice::<PeerWorkerRecord>(bytes).err(),
        Doc::Roster => from_json_slice::<Roster>(bytes).err(),
    }
    .ok_or("from_json accepted the document")?;
    let kind = match plain.classify() {
        _ if syntax => JsonErrorKind::Syntax,
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
fn check_from_json(
    _: Doc,
    _: &[u8],
    _: &serde_json::Error,
    _: &str,
    _: bool,
) -> Result<(), String> {
    Ok(())
}

pub fn date_message(value: &str) -> String {
    format!("invalid date `{value}`: expected an existing date written YYYY-MM-DD")
}

/// A message cut for display.
pub fn cut(text: &str) -> String {
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
pub fn run(rows: Vec<Row>) {
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

/// A valid peer-worker record, as JSON.
pub fn record_json() -> Value {
    serde_json::json!({
        "id": "kap-1", "tasks": ["listens_to_clients"], "forms_of_work": ["salaried"],
        "max_working_time_percent": 50, "languages": ["fi"],
        "service_area": {"municipalities": ["092"]}, "availability": []
    })
}

/// A valid peer-worker record, edited.
pub fn record(edit: impl FnOnce(&mut Value)) -> Input {
    let mut doc = record_json();
    edit(&mut doc);
    Input::Json(Doc::Record, serde_json::to_vec(&doc).unwrap())
}

/// Valid posting details, edited.
pub fn details(edit: impl FnOnce(&mut Value)) -> Input {
    let mut doc = serde_json::json!({
        "date_posted": "2026-11-23", "valid_through": "2026-12-14",
        "deadline_time": "16:00", "apply": {"url": "https://rekry.example.fi/haku/VAN-2026-118"}
    });
    edit(&mut doc);
    Input::Json(Doc::PostingDetails, serde_json::to_vec(&doc).unwrap())
}

/// `item` `n` times.
pub fn repeated(item: &str, n: usize) -> String {
    item.repeat(n)
}

/// `depth` arrays, one inside the other.
pub fn nested_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// The values a service setting may take, as serde lists them.
pub const SETTINGS: &str = "expected one of `low_threshold_services`, `outreach_social_services`, \
    `housing_social_services`, `third_sector_interface`, `health_services`, `child_protection`, \
    `youth_work`, `criminal_sanctions`, `disability_services`, `homelessness_work`";
