//! [`Roster`]: the bank's list of peer workers, as one document.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::quote;

use super::MAX_ROSTER_WORKERS;
use super::error::RosterError;
use super::record::{PeerWorkerRecord, RecordSeed};

/// A peer-worker bank's roster: every person it can place, each with a unique id.
///
/// A roster is **all or nothing**. [`Roster::new`] and reading JSON check every record
/// and the uniqueness of ids; when anything is wrong, no roster is made, and the error
/// names the record's position (`workers[3]`), its id and the field. Load it into a
/// [`Bank`](crate::Bank) to match it against jobs.
///
/// ```
/// use peerwork::Roster;
///
/// let json = r#"{
///   "format_version": 1,
///   "workers": [
///     {"id": "kap-001", "tasks": ["listens_to_clients"], "forms_of_work": ["volunteer"],
///      "max_working_time_percent": 20, "languages": ["fi"],
///      "service_area": {"municipalities": ["Vantaa"]}, "availability": []},
///     {"id": "kap-002", "tasks": [], "forms_of_work": ["salaried"],
///      "max_working_time_percent": 50, "languages": ["fi"],
///      "service_area": "nationwide", "availability": []}
///   ]
/// }"#;
/// let err = serde_json::from_str::<Roster>(json).unwrap_err();
/// assert!(err.to_string().starts_with(
///     "workers[1] (id `kap-002`): tasks: the person needs at least one task they can take on"
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Roster {
    /// The format version of the document: 1.
    format_version: RosterFormat,
    /// The peer workers, each with an id of its own.
    #[cfg_attr(feature = "schema", schemars(length(max = 10_000_000)))]
    workers: Vec<PeerWorkerRecord>,
}

impl Roster {
    /// A roster of `workers`.
    ///
    /// # Errors
    ///
    /// [`RosterError::DuplicateId`] when two records share an id, naming both
    /// positions; [`RosterError::TooManyWorkers`] past
    /// [`MAX_ROSTER_WORKERS`](crate::MAX_ROSTER_WORKERS).
    pub fn new(workers: Vec<PeerWorkerRecord>) -> Result<Self, RosterError> {
        let mut seen = HashMap::with_capacity(workers.len());
        for (index, worker) in workers.iter().enumerate() {
            check_next(&mut seen, index, worker)?;
        }
        Ok(Self {
            format_version: RosterFormat,
            workers,
        })
    }

    /// The records, in the roster's order.
    #[must_use]
    pub fn workers(&self) -> &[PeerWorkerRecord] {
        &self.workers
    }

    /// The record with `id`, if any.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&PeerWorkerRecord> {
        self.workers.iter().find(|worker| worker.id() == id)
    }

    /// The number of records.
    #[must_use]
    pub fn len(&self) -> usize {
        self.workers.len()
    }

    /// Whether the roster is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.workers.is_empty()
    }

    /// The records, in the roster's order.
    #[must_use]
    pub fn into_workers(self) -> Vec<PeerWorkerRecord> {
        self.workers
    }
}

/// Checks that `worker`, at `index`, fits: below the size limit and with a new id.
fn check_next<'a>(
    seen: &mut HashMap<&'a str, usize>,
    index: usize,
    worker: &'a PeerWorkerRecord,
) -> Result<(), RosterError> {
    if index >= MAX_ROSTER_WORKERS {
        return Err(RosterError::TooManyWorkers);
    }
    match seen.entry(worker.id()) {
        Entry::Occupied(first) => Err(RosterError::DuplicateId {
            index,
            id: quote(worker.id()),
            first: *first.get(),
        }),
        Entry::Vacant(slot) => {
            slot.insert(index);
            Ok(())
        }
    }
}

/// The roster format version; this release reads and writes 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RosterFormat;

impl RosterFormat {
    const NUMBER: u32 = 1;
}

impl Serialize for RosterFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(Self::NUMBER)
    }
}

impl<'de> Deserialize<'de> for RosterFormat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u32::deserialize(deserializer)? {
            Self::NUMBER => Ok(Self),
            other => Err(de::Error::custom(RosterError::UnsupportedFormatVersion(
                other,
            ))),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RosterFormat {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RosterFormatVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The version of the roster format; this release reads and writes 1.",
            "type": "integer",
            "const": RosterFormat::NUMBER,
        })
    }
}

/// The `workers` array, read record by record so each error names its position.
struct Workers(Vec<PeerWorkerRecord>);

impl<'de> Deserialize<'de> for Workers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WorkersVisitor;

        impl<'de> Visitor<'de> for WorkersVisitor {
            type Value = Workers;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("an array of peer-worker records")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Workers, A::Error> {
                let hint = seq.size_hint().unwrap_or(0).min(4096);
                let mut workers = Vec::with_capacity(hint);
                let mut ids: HashMap<String, usize> = HashMap::with_capacity(hint);
                for index in 0.. {
                    if index >= MAX_ROSTER_WORKERS {
                        return Err(de::Error::custom(RosterError::TooManyWorkers));
                    }
                    let Some(worker) = seq.next_element_seed(RecordSeed { index: Some(index) })?
                    else {
                        break;
                    };
                    let worker: PeerWorkerRecord = worker;
                    if let Some(&first) = ids.get(worker.id()) {
                        return Err(de::Error::custom(RosterError::DuplicateId {
                            index,
                            id: quote(worker.id()),
                            first,
                        }));
                    }
                    ids.insert(worker.id().to_owned(), index);
                    workers.push(worker);
                }
                Ok(Workers(workers))
            }
        }

        deserializer.deserialize_seq(WorkersVisitor)
    }
}

/// Reading a roster checks every record and the uniqueness of ids; the first error
/// met is reported with the record's position, id and field, and nothing is loaded.
impl<'de> Deserialize<'de> for Roster {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Unchecked {
            format_version: RosterFormat,
            workers: Workers,
        }
        let Unchecked {
            format_version,
            workers: Workers(workers),
        } = Unchecked::deserialize(deserializer)?;
        Ok(Self {
            format_version,
            workers,
        })
    }
}
