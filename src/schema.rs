//! JSON Schemas (draft 2020-12) of the root documents, for integrators in other
//! languages. Behind the default-on `schema` feature.
//!
//! The schemas are committed under `schemas/` in the repository as
//! `<name>.schema.json`; regenerate them with
//! `cargo run --example export_schemas -- schemas`.

use std::collections::BTreeMap;

use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, RestrictFormats, Transform, transform_subschemas};
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::bank::{PeerWorkerRecord, Roster};
use crate::catalogue::ProfileCatalogue;
use crate::details::PostingDetails;
use crate::fee::FeeSchedule;
use crate::job::JobDescription;
use crate::task_set::TaskSet;
use crate::work_pair::{Readiness, ReflectionForm};

/// The prefix of every schema's `$id`.
pub const ID_PREFIX: &str = "urn:peerwork:schema:";

/// The JSON Schema of one root document type.
#[derive(Debug, Clone)]
pub struct RootSchema {
    /// The file stem, for example `"job_description"`: the schema's file is
    /// `<name>.schema.json`.
    pub name: &'static str,
    /// The schema.
    pub schema: Schema,
}

impl RootSchema {
    /// The file name: `<name>.schema.json`.
    #[must_use]
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// The schema as pretty-printed JSON with a final newline, as committed.
    #[must_use]
    pub fn to_json_pretty(&self) -> String {
        // A Schema is a JSON value; printing one cannot fail.
        let mut text = serde_json::to_string_pretty(&self.schema).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Turns a doc comment into a description for readers of the schema: drops code
/// examples and rustdoc sections, and unwraps intra-doc links.
fn clean_description(schema: &mut Schema) {
    let Some(serde_json::Value::String(text)) = schema.get_mut("description") else {
        return;
    };
    let mut kept = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("# ") || trimmed.starts_with("| ") {
            break;
        }
        kept.push(line);
    }
    let mut cleaned = String::with_capacity(text.len());
    let joined = kept.join("\n");
    let mut rest = joined.trim();
    // `[text](target)` becomes `text`; `[`code`]` becomes `code`.
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        cleaned.push_str(before);
        let Some(close) = after.find(']') else {
            cleaned.push_str(after);
            rest = "";
            break;
        };
        let inner = after.get(1..close).unwrap_or_default();
        let tail = after.get(close.saturating_add(1)..).unwrap_or_default();
        if inner.starts_with('`') {
            cleaned.push_str(inner);
            rest = tail;
        } else if let Some(link) = tail
            .strip_prefix('(')
            .and_then(|t| t.find(')').map(|end| (t, end)))
        {
            cleaned.push_str(inner);
            rest = link.0.get(link.1.saturating_add(1)..).unwrap_or_default();
        } else {
            cleaned.push('[');
            cleaned.push_str(inner);
            cleaned.push(']');
            rest = tail;
        }
    }
    cleaned.push_str(rest);
    // Source keys are escaped in rustdoc (`\[V\]`) so they are not taken for links.
    cleaned
        .trim()
        .replace("\\[", "[")
        .replace("\\]", "]")
        .clone_into(text);
}

/// Keywords that apply to values of one JSON type only, with that type.
const TYPED_KEYWORDS: [(&str, &[&str]); 4] = [
    (
        "number",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ],
    ),
    ("string", &["minLength", "maxLength", "pattern", "format"]),
    (
        "array",
        &[
            "minItems",
            "maxItems",
            "uniqueItems",
            "items",
            "prefixItems",
            "contains",
            "minContains",
            "maxContains",
        ],
    ),
    (
        "object",
        &[
            "minProperties",
            "maxProperties",
            "required",
            "properties",
            "patternProperties",
            "additionalProperties",
            "propertyNames",
            "dependentRequired",
            "dependentSchemas",
        ],
    ),
];

/// States the type beside a `$ref` that carries keywords of that type.
///
/// A field attribute such as `extend("minimum" = 1)` on a field whose type has a
/// definition of its own yields `{"$ref": "#/$defs/Cents", "minimum": 1}`. The
/// definition fixes the type already, but strict validators (ajv's `strictTypes`) want
/// every type-specific keyword beside a `type` that allows it; this copies the
/// definition's `type` next to such keywords. The schema accepts the same documents.
#[derive(Debug, Clone, Default)]
struct TypeBesideRef {
    /// The `type` of each definition that has a single one, by name.
    types: BTreeMap<String, String>,
}

impl TypeBesideRef {
    /// Whether `keyword` applies only to values of `json_type`.
    fn keyword_of(keyword: &str, json_type: &str) -> bool {
        TYPED_KEYWORDS.iter().any(|&(of, keywords)| {
            (of == json_type || (of == "number" && json_type == "integer"))
                && keywords.contains(&keyword)
        })
    }
}

impl Transform for TypeBesideRef {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(Value::Object(definitions)) = schema.get("$defs") {
            for (name, definition) in definitions {
                if let Some(Value::String(json_type)) = definition.get("type") {
                    self.types.insert(name.clone(), json_type.clone());
                }
            }
        }
        if let Some(object) = schema.as_object_mut()
            && !object.contains_key("type")
            && let Some(json_type) = object
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|target| target.strip_prefix("#/$defs/"))
                .and_then(|name| self.types.get(name))
            && object.keys().any(|key| Self::keyword_of(key, json_type))
        {
            object.insert("type".to_owned(), json_type.clone().into());
        }
        transform_subschemas(self, schema);
    }
}

fn root<T: JsonSchema>(name: &'static str, title: &str, description: &str) -> RootSchema {
    // Only `date`: schemars' integer formats (`uint16`, `uint64`, ...) are its own, which
    // validators do not know and ajv's strict mode refuses.
    let mut formats = RestrictFormats::default();
    formats.infer_from_meta_schema = false;
    formats.allowed_formats.insert("date".into());
    let mut schema = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(clean_description))
        .with_transform(formats)
        .with_transform(TypeBesideRef::default())
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("$id".to_owned(), format!("{ID_PREFIX}{name}").into());
    schema.insert("title".to_owned(), title.into());
    schema.insert("description".to_owned(), description.into());
    RootSchema { name, schema }
}

/// The schemas of every root document: job description, task set, profile catalogue,
/// fee schedule, work-pair readiness, peer-worker record and roster.
///
/// ```
/// let schemas = peerwork::schema::root_schemas();
/// let job = schemas.iter().find(|s| s.name == "job_description").unwrap();
/// assert_eq!(job.schema.get("$schema").unwrap(), "https://json-schema.org/draft/2020-12/schema");
/// ```
#[must_use]
pub fn root_schemas() -> Vec<RootSchema> {
    vec![
        root::<JobDescription>(
            "job_description",
            "Peer-worker job description",
            "A job description for a peer worker (kokemusasiantuntija, expert by experience), \
             format version 2: the languages it is written in, title, employer, location, \
             setting, tasks (essential, optional and the post's own), working modes, the form \
             of work with its terms, support, what it requires and would like, and onboarding. \
             Besides this schema, a document must satisfy rules across fields (every text \
             given per language is given in each of the post's languages; at least one \
             essential task; no task both essential and optional; a fixed term does not end \
             before it starts and a trial period is at most half of it; a fee schedule prices \
             every assignment's activity; nothing both required and desired); peerwork checks \
             them all, and also reads format version 1.",
        ),
        root::<TaskSet>(
            "task_set",
            "Task set",
            "A set of peer-worker tasks: task ids of the catalogue, each at most once.",
        ),
        root::<ProfileCatalogue>(
            "profile_catalogue",
            "Peer-worker profile catalogue",
            "The task catalogue (ids, facts, labels, ESCO links), the common core, the four \
             peer-worker profiles of the City of Vantaa pilot (2017) with their duties, task \
             ids and working modes, the role test's table, facts of the pilot and the field, \
             and the labels of every concept, with their sources.",
        ),
        root::<PostingDetails>(
            "posting_details",
            "Posting details",
            "What one publication of a peer-worker post says that its job description does \
             not: the day it is posted, the application deadline (and time, in Finnish time), \
             the start date, how to apply, contact persons, the number of openings and the \
             employer's reference. Besides this schema, the deadline and start are not before \
             the day of posting; peerwork checks it.",
        ),
        root::<ReflectionForm>(
            "reflection_form",
            "Work-pair reflection form",
            "A reflection form of a work pair (the KATU project's form): the expert by \
             experience assesses the professional's work and the professional the expert's, \
             each assesses their own, and the pair considers which method fits. About the \
             pair's work only: no client's personal data.",
        ),
        root::<FeeSchedule>(
            "fee_schedule",
            "Fee schedule",
            "Hourly fees, in euro cents, for the activities of fee-based peer-worker \
             assignments; at most one rate per activity.",
        ),
        root::<Readiness>(
            "readiness",
            "Work-pair readiness checklist",
            "Which points of the 13-point preparation checklist for the work-pair model an \
             organisation has settled.",
        ),
        root::<PeerWorkerRecord>(
            "peer_worker_record",
            "Peer-worker record",
            "What a peer-worker bank knows of one person, for matching them to jobs: an \
             opaque id, the tasks they can take on, experience backgrounds, training, forms \
             of work and largest working time accepted, languages, service area and \
             availability. No name or contact data. Experience backgrounds are \
             special-category personal data (health, substance use, criminal record): keep \
             this document inside the bank. Besides this schema, a record must satisfy \
             rules across values (municipalities distinct, however each is written; availability \
             ranges in order, without overlap, none ending before it starts); peerwork checks \
             them all.",
        ),
        root::<Roster>(
            "roster",
            "Peer-worker roster",
            "A peer-worker bank's roster: every person it can place, each a peer-worker \
             record with an id of its own. A roster is loaded all or nothing: if any record \
             is invalid or an id repeats, nothing is loaded.",
        ),
    ]
}
