//! [`IdIndex`]: where each id of a roster is, kept as a hash of the id rather than a
//! copy of it.

use core::hash::BuildHasher;
use std::collections::HashMap;
use std::collections::hash_map::{Entry, RandomState};

use super::record::PeerWorkerRecord;

/// The position of each record of a roster by its id.
///
/// The index keeps a 64-bit hash of each id (keyed at random per index, so ids cannot
/// be chosen to collide), never the id: a look-up hashes the id asked for and compares
/// it with the record's own. Two ids with one hash are possible, if unlikely: the
/// second goes to a short list that is searched one by one. So an index costs about 17
/// bytes a record at most, whatever the length of the ids, and a look-up one hash and
/// one comparison.
#[derive(Clone, Default)]
pub(super) struct IdIndex {
    keys: RandomState,
    positions: HashMap<u64, usize>,
    /// Positions of records whose id hashes like another's.
    spill: Vec<usize>,
}

impl IdIndex {
    /// An empty index with room for `records`.
    pub(super) fn with_capacity(records: usize) -> Self {
        Self {
            keys: RandomState::new(),
            positions: HashMap::with_capacity(records),
            spill: Vec::new(),
        }
    }

    fn hash(&self, id: &str) -> u64 {
        self.keys.hash_one(id)
    }

    /// The position of the record of `records` with `id`.
    pub(super) fn find(&self, id: &str, records: &[PeerWorkerRecord]) -> Option<usize> {
        let is = |at: &usize| records.get(*at).is_some_and(|record| record.id() == id);
        self.positions
            .get(&self.hash(id))
            .filter(|at| is(at))
            .or_else(|| self.spill.iter().find(|at| is(at)))
            .copied()
    }

    /// Records that the record at `position` has `id`, which no other record has.
    pub(super) fn insert(&mut self, id: &str, position: usize) {
        match self.positions.entry(self.hash(id)) {
            Entry::Vacant(slot) => {
                slot.insert(position);
            }
            Entry::Occupied(_) => self.spill.push(position),
        }
    }

    /// Forgets the record at `position`, with `id`, and moves the positions after it
    /// one down, as removing it from the roster does.
    pub(super) fn remove(&mut self, id: &str, position: usize) {
        let hash = self.hash(id);
        if self.positions.get(&hash) == Some(&position) {
            self.positions.remove(&hash);
        } else {
            self.spill.retain(|&at| at != position);
        }
        // One pass through the entries in memory order, rather than a look-up per
        // record moved: much faster for a long roster.
        for at in self.positions.values_mut().chain(self.spill.iter_mut()) {
            if *at > position {
                *at = at.saturating_sub(1);
            }
        }
    }

    /// The number of ids.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.positions.len().saturating_add(self.spill.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::FormOfWork;
    use crate::task::Task;

    fn record(id: &str) -> PeerWorkerRecord {
        PeerWorkerRecord::builder(id)
            .tasks(Task::ListensToClients.into())
            .forms_of_work([FormOfWork::Volunteer])
            .nationwide()
            .build()
            .unwrap_or_else(|err| unreachable!("{err}"))
    }

    #[test]
    fn ids_that_hash_alike_are_found_apart() {
        let records = vec![record("a"), record("b"), record("c")];
        let mut index = IdIndex::with_capacity(3);
        for (at, record) in records.iter().enumerate() {
            index.insert(record.id(), at);
        }
        assert_eq!(index.find("b", &records), Some(1));
        // As if every id hashed alike: each record but the first in the spill list.
        index.positions.clear();
        index.positions.insert(index.hash("a"), 0);
        index.spill = vec![1, 2];
        assert_eq!(index.find("c", &records), Some(2));
        assert_eq!(index.find("d", &records), None);
        assert_eq!(index.find("a", &records), Some(0));
        index.remove("b", 1);
        assert_eq!(index.spill, vec![1]);
        assert_eq!(index.find("c", &records[..2]), None);
        assert_eq!(index.len(), 2);
    }
}
