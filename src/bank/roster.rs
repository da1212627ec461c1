//! [`Roster`]: the bank's list of peer workers, as one document.

use core::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::quote;

use super::MAX_ROSTER_WORKERS;
use super::error::RosterError;
use super::id_index::IdIndex;
use super::record::{PeerWorkerRecord, RecordSeed};

/// A peer-worker bank's roster: every person it can place, each with a unique id.
///
/// A roster is **all or nothing**. [`Roster::new`] and reading JSON check every record
/// and the uniqueness of ids; when anything is wrong, no roster is made, and the error
/// names the record's position (`workers[3]`), its id and the field. Changes
/// ([`insert`](Self::insert), [`update`](Self::update), [`remove`](Self::remove)) keep
/// the same rules: a refused change leaves the roster as it was. Load it into a
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
///      "service_area": {"municipalities": ["092"]}, "availability": []},
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
///
/// A roster keeps an index from id to position beside the records, so that
/// [`get`](Self::get), [`insert`](Self::insert) and [`update`](Self::update) take the
/// same time however long the roster is. It keeps a hash of each id, not a copy (at most
/// about 17 bytes a worker, however long the ids); reading and [`Roster::new`] build it
/// as they check that ids are unique.
///
/// ```
/// use peerwork::{FormOfWork, PeerWorkerRecord, Profile, Roster, RosterError};
///
/// let worker = |id: &str| {
///     PeerWorkerRecord::builder(id)
///         .tasks(Profile::Storyteller.tasks())
///         .forms_of_work([FormOfWork::FeeBased])
///         .nationwide()
///         .build()
/// };
/// let mut roster = Roster::new(vec![worker("kap-1")?, worker("kap-2")?])?;
/// roster.insert(worker("kap-3")?)?;
/// assert!(matches!(roster.insert(worker("kap-1")?), Err(RosterError::DuplicateId { .. })));
///
/// let part_time = roster.get("kap-2").unwrap().to_builder().max_working_time_percent(50);
/// roster.update(part_time.build()?)?;
/// roster.remove("kap-1")?;
/// let ids: Vec<&str> = roster.iter().map(|worker| worker.id()).collect();
/// assert_eq!(ids, ["kap-2", "kap-3"]);
/// assert_eq!(roster.remove("kap-1").unwrap_err().to_string(), "id: `kap-1` is not in the roster");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Roster {
    /// The format version of the document: 1.
    format_version: RosterFormat,
    /// The peer workers, each with an id of its own.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ROSTER_WORKERS)))]
    workers: Vec<PeerWorkerRecord>,
    /// The position in `workers` of each id.
    #[serde(skip)]
    positions: IdIndex,
}

/// Rosters are equal when they hold the same records in the same order.
impl PartialEq for Roster {
    fn eq(&self, other: &Self) -> bool {
        self.workers == other.workers
    }
}

impl Eq for Roster {}

/// The records (each withholds its experience backgrounds), not the index.
impl fmt::Debug for Roster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Roster")
            .field("format_version", &self.format_version)
            .field("workers", &self.workers)
            .finish_non_exhaustive()
    }
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
        let mut positions = IdIndex::with_capacity(workers.len().min(MAX_ROSTER_WORKERS));
        for (index, worker) in workers.iter().enumerate() {
            check_next(
                &mut positions,
                workers.get(..index).unwrap_or_default(),
                worker.id(),
            )?;
        }
        Ok(Self {
            format_version: RosterFormat,
            workers,
            positions,
        })
    }

    /// The records, in the roster's order.
    #[must_use]
    pub fn workers(&self) -> &[PeerWorkerRecord] {
        &self.workers
    }

    /// The records, in the roster's order.
    pub fn iter(&self) -> core::slice::Iter<'_, PeerWorkerRecord> {
        self.workers.iter()
    }

    /// The record with `id`, if any.
    ///
    /// A look-up in the roster's index of ids: it takes the same time however long the
    /// roster is (a hash of `id`, and one comparison).
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&PeerWorkerRecord> {
        self.workers.get(self.positions.find(id, &self.workers)?)
    }

    /// Whether a record with `id` is in the roster.
    #[must_use]
    pub fn contains(&self, id: &str) -> bool {
        self.positions.find(id, &self.workers).is_some()
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

    /// Adds `record` at the end of the roster.
    ///
    /// # Errors
    ///
    /// As when loading: [`RosterError::DuplicateId`] when a record with the id is
    /// already in the roster (`index` is where the record would have gone, `first`
    /// where the other one is; use [`update`](Self::update)), and
    /// [`RosterError::TooManyWorkers`] when the roster holds
    /// [`MAX_ROSTER_WORKERS`](crate::MAX_ROSTER_WORKERS) already. The roster is then
    /// unchanged.
    pub fn insert(&mut self, record: PeerWorkerRecord) -> Result<(), RosterError> {
        check_next(&mut self.positions, &self.workers, record.id())?;
        self.workers.push(record);
        Ok(())
    }

    /// Replaces the record with `record`'s id by `record`, in the same position, and
    /// returns the record it replaced.
    ///
    /// # Errors
    ///
    /// [`RosterError::UnknownId`] when no record has the id (use
    /// [`insert`](Self::insert)); the roster is unchanged.
    pub fn update(&mut self, record: PeerWorkerRecord) -> Result<PeerWorkerRecord, RosterError> {
        let index = self.position(record.id())?;
        let slot = self
            .workers
            .get_mut(index)
            .ok_or_else(|| RosterError::UnknownId(quote(record.id())))?;
        Ok(core::mem::replace(slot, record))
    }

    /// Removes the record with `id` and returns it. The records after it move up one
    /// position, so the roster keeps its order.
    ///
    /// Keeping the order costs time in proportion to the roster's length (the records
    /// after it move, and the index renumbers them): about 25 ms for the first of
    /// 1 000 000 records; removing the last record is immediate.
    ///
    /// # Errors
    ///
    /// [`RosterError::UnknownId`] when no record has the id; the roster is unchanged.
    pub fn remove(&mut self, id: &str) -> Result<PeerWorkerRecord, RosterError> {
        let index = self.position(id)?;
        if index >= self.workers.len() {
            return Err(RosterError::UnknownId(quote(id)));
        }
        let removed = self.workers.remove(index);
        self.positions.remove(removed.id(), index);
        Ok(removed)
    }

    /// The records, in the roster's order.
    #[must_use]
    pub fn into_workers(self) -> Vec<PeerWorkerRecord> {
        self.workers
    }

    /// The position of the record with `id`.
    fn position(&self, id: &str) -> Result<usize, RosterError> {
        self.positions
            .find(id, &self.workers)
            .ok_or_else(|| RosterError::UnknownId(quote(id)))
    }
}

impl<'a> IntoIterator for &'a Roster {
    type Item = &'a PeerWorkerRecord;
    type IntoIter = core::slice::Iter<'a, PeerWorkerRecord>;

    fn into_iter(self) -> Self::IntoIter {
        self.workers.iter()
    }
}

/// Checks that a worker with `id` fits after `before`: within the size limit and with
/// an id none of them has; then adds the id to `positions`. On error, `positions` is
/// unchanged.
fn check_next(
    positions: &mut IdIndex,
    before: &[PeerWorkerRecord],
    id: &str,
) -> Result<(), RosterError> {
    let index = before.len();
    if index >= MAX_ROSTER_WORKERS {
        return Err(RosterError::TooManyWorkers);
    }
    if let Some(first) = positions.find(id, before) {
        return Err(RosterError::DuplicateId {
            index,
            id: quote(id),
            first,
        });
    }
    positions.insert(id, index);
    Ok(())
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
struct Workers<const MAX: usize = MAX_ROSTER_WORKERS>(Vec<PeerWorkerRecord>, IdIndex);

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
                let mut ids = IdIndex::with_capacity(hint);
                loop {
                    let index = workers.len();
                    let seed = RecordSeed { index: Some(index) };
                    let Some(worker) = seq.next_element_seed(seed)? else {
                        return Ok(Workers(workers, ids));
                    };
                    if index >= MAX {
                        return Err(de::Error::custom(RosterError::TooManyWorkers));
                    }
                    check_next(&mut ids, &workers, worker.id()).map_err(de::Error::custom)?;
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
            workers: Workers(workers, positions),
        } = crate::strict::deserialize::<Unchecked, _>(deserializer)?;
        Ok(Self {
            format_version,
            workers,
            positions,
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
        assert!(
            matches!(read(3), Ok(Workers(workers, ids)) if workers.len() == 3 && ids.len() == 3)
        );
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
