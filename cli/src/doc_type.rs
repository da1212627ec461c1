//! The root document types of the library, and how to tell which one a document is.

use core::cell::Cell;
use core::fmt;

use clap::ValueEnum;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::input::InputFormat;
use crate::toml_gate::TomlAsJson;

/// A root document type, named as its JSON Schema is (`schemas/<name>.schema.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum DocType {
    /// A peer-worker job description.
    JobDescription,
    /// What one publication of a post says: dates, how to apply, contacts.
    PostingDetails,
    /// A set of task ids (a JSON array).
    TaskSet,
    /// Hourly fees for fee-based assignments.
    FeeSchedule,
    /// The work-pair checklist: the points an organisation has settled.
    Readiness,
    /// A work pair's reflection form.
    ReflectionForm,
    /// The model as one document (written by `peerwork profiles --format json`).
    ProfileCatalogue,
    /// What a peer-worker bank knows of one person.
    PeerWorkerRecord,
    /// A peer-worker bank's records as one document.
    Roster,
}

impl DocType {
    /// The type's name, as its schema file is named.
    pub fn name(self) -> &'static str {
        match self {
            Self::JobDescription => "job_description",
            Self::PostingDetails => "posting_details",
            Self::TaskSet => "task_set",
            Self::FeeSchedule => "fee_schedule",
            Self::Readiness => "readiness",
            Self::ReflectionForm => "reflection_form",
            Self::ProfileCatalogue => "profile_catalogue",
            Self::PeerWorkerRecord => "peer_worker_record",
            Self::Roster => "roster",
        }
    }

    /// The type that alone has a top-level key `key`, if one does.
    fn owning(key: &str) -> Option<Self> {
        Some(match key {
            "title" | "employer" | "location" | "setting" | "working_modes" | "terms"
            | "support" | "requirements" | "onboarding" | "fee_activities"
            | "works_with_minors" => Self::JobDescription,
            "language" | "date_posted" | "valid_through" | "deadline_time" | "start_date"
            | "start_by_agreement" | "apply" | "contacts" | "openings" | "identifier"
            | "street_address" | "postal_code" | "pay" => Self::PostingDetails,
            "name" | "valid_from" | "rates" => Self::FeeSchedule,
            "settled" => Self::Readiness,
            "date"
            | "expert_on_professional"
            | "professional_on_expert"
            | "expert_on_self"
            | "professional_on_self"
            | "method" => Self::ReflectionForm,
            "id"
            | "experience_backgrounds"
            | "training"
            | "forms_of_work"
            | "max_working_time_percent"
            | "service_area"
            | "availability" => Self::PeerWorkerRecord,
            "workers" => Self::Roster,
            "sources" | "common_core" | "role_table" | "esco" | "facts" | "vocabulary" => {
                Self::ProfileCatalogue
            }
            _ => return None,
        })
    }

    /// Tells the type of a document from its first key that only one type has (an
    /// array is a task set). Reads no further than that key.
    pub fn infer(bytes: &[u8], format: InputFormat) -> Option<Self> {
        match format {
            InputFormat::Json | InputFormat::Jsonl => infer_json(bytes),
            InputFormat::Toml => {
                let text = core::str::from_utf8(bytes).ok()?;
                let document = TomlAsJson::new(text).ok()?;
                infer_json(document.json.as_bytes())
            }
        }
    }
}

impl fmt::Display for DocType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The type of a JSON document, from its first telling key.
fn infer_json(bytes: &[u8]) -> Option<DocType> {
    let found = Cell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    // The sniffer stops reading with an error as soon as it knows; the error is not
    // the document's, so it is dropped.
    let _ = Sniff(&found).deserialize(&mut deserializer);
    found.get()
}

/// Reads a document's keys until one tells its type, which it leaves in the cell.
struct Sniff<'a>(&'a Cell<Option<DocType>>);

/// The error that stops the sniffer once it knows.
const KNOWN: &str = "type known";

impl<'de> DeserializeSeed<'de> for Sniff<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Sniff<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object or an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        self.0.set(Some(DocType::TaskSet));
        Err(de::Error::custom(KNOWN))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if let Some(found) = DocType::owning(&key) {
                self.0.set(Some(found));
                return Err(de::Error::custom(KNOWN));
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}
