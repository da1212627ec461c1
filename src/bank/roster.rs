//! [`Roster`]: the bank's list of peer workers, as one document.

use core::borrow::Borrow;
use core::hash::Hash;
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
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ROSTER_WORKERS)))]
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
            check_next(&mut seen, index, worker.id())?;
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
    ///
    /// This looks through the records in order, so it takes time in proportion to the
    /// roster's length: fine for a look-up now and then. For many look-ups, index the
    /// records once, for example in a `HashMap<&str, &PeerWorkerRecord>` built from
    /// [`workers`](Self::workers).
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

/// Checks that the worker at `index`, with `id`, fits: within the size limit and with
/// an id not in `seen`; then adds the id to `seen`.
fn check_next<K: Borrow<str> + Hash + Eq>(
    seen: &mut HashMap<K, usize>,
    index: usize,
    id: K,
) -> Result<(), RosterError> {
    if index >= MAX_ROSTER_WORKERS {
        return Err(RosterError::TooManyWorkers);
    }
    match seen.entry(id) {
        Entry::Occupied(first) => Err(RosterError::DuplicateId {
            index,
            id: quote(first.key().borrow()),
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

/// The `workers` array, read record by record so each error names its position, and
/// refused as soon as it holds more than `MAX` records.
struct Workers<const MAX: usize = MAX_ROSTER_WORKERS>(Vec<PeerWorkerRecord>);

impl<'de, const MAX: usize> Deserialize<'de> for Workers<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WorkersVisitor<const MAX: usize>;

        impl<'de, const MAX: usize> Visitor<'de> for WorkersVisitor<MAX> {
            type Value = Workers<MAX>;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("an array of peer-worker records")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Workers<MAX>, A::Error> {
                let hint = seq.size_hint().unwrap_or(0).min(4096);
                let mut workers: Vec<PeerWorkerRecord> = Vec::with_capacity(hint);
                let mut ids: HashMap<String, usize> = HashMap::with_capacity(hint);
                loop {
                    let index = workers.len();
                    let seed = RecordSeed { index: Some(index) };
                    let Some(worker) = seq.next_element_seed(seed)? else {
                        return Ok(Workers(workers));
                    };
                    if index >= MAX {
                        return Err(de::Error::custom(RosterError::TooManyWorkers));
                    }
                    check_next(&mut ids, index, worker.id().to_owned())
                        .map_err(de::Error::custom)?;
                    workers.push(worker);
                }
            }
        }

        deserializer.deserialize_seq(WorkersVisitor::<MAX>)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A roster of `n` valid records.
    fn workers_json(n: usize) -> String {
        let records: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    r#"{{"id": "w{i}", "tasks": ["listens_to_clients"], "forms_of_work": ["volunteer"],
                        "max_working_time_percent": 20, "languages": ["fi"],
                        "service_area": "nationwide", "availability": []}}"#
                )
            })
            .collect();
        format!("[{}]", records.join(","))
    }

    #[test]
    fn a_full_roster_loads_and_one_more_is_refused_while_reading() {
        // The limit is checked as records are read; exactly the limit is allowed.
        let read = |n| serde_json::from_str::<Workers<3>>(&workers_json(n));
        assert!(matches!(read(3), Ok(Workers(workers)) if workers.len() == 3));
        let err = read(4).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("workers: a roster holds at most"), "{err}");
        // Nothing past the record over the limit is read: here it is not even JSON.
        let json = workers_json(4).replace("]}]", "]}, this is not read]");
        assert!(
            serde_json::from_str::<Workers<3>>(&json)
                .is_err_and(|e| e.to_string().starts_with("workers: a roster holds at most"))
        );
    }
}
