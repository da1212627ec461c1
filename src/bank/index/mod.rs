//! [`Bank`]: the roster as a columnar index, kept up to date as workers come and go.
//!
//! The bank's type, its changes and the rows they write are here; [`encoding`] says how
//! a record's facts become column values, and [`overflow`] keeps what does not fit in
//! the columns.

mod encoding;
mod overflow;

use core::fmt;
use std::collections::HashMap;
use std::sync::Arc;

use crate::error::quote;
use crate::job::ExperienceBackground;

use super::error::BankError;
use crate::municipality::Municipality;

use super::MAX_ROSTER_WORKERS;
use super::record::{PeerWorkerRecord, ServiceArea};
use super::roster::Roster;

pub(super) use encoding::{
    DAY_BEYOND, DAY_OPEN, INEXACT_RANGES, KOKOA, MIDDLE_RANGES, NATIONWIDE, NO_OVERFLOW,
    WINDOW_START, background_bit, day_span, day16, form_bit, language_bit, municipality_bit,
    task_bits, task_set,
};
use encoding::{EXACT_MUNICIPALITIES, NO_RANGE, merged_spans, span16};

/// A peer-worker bank: the roster as an index that matches a job against every worker
/// in one pass, and stays consistent as workers are added, updated and removed.
///
/// # What it holds
///
/// The bank keeps, per worker, only what matching reads — in columns, one array per
/// fact, so a match streams through a few bytes per worker
/// ([`HOT_BYTES_PER_WORKER`](Self::HOT_BYTES_PER_WORKER)):
///
/// | column | type | what |
/// |---|---|---|
/// | tasks | `u32` | the tasks the person can take on, one bit per task |
/// | backgrounds | `u8` | experience backgrounds, one bit each; two flags: ranges between the first and the last, ranges outside the 16-bit window |
/// | attrs | `u8` | forms of work and languages accepted, nationwide, Kokoa standard met |
/// | max percent | `u8` | largest working time accepted |
/// | training hours | `u16` | hours of training (0: none) |
/// | municipalities | `u32` | one bit per municipality served (bit `id % 32`) |
/// | availability | 4 × `u16` | start and end of the first and of the last availability range (adjoining ranges merged), as days since 2000-01-01 |
/// | overflow | `u32` | where the worker's municipality ids (and, when flagged, every range) are |
///
/// Municipalities are interned in the order the bank first meets them: each gets a
/// small id. While the bank knows at most 32 municipalities, the bits answer exactly;
/// past that they can only rule a worker out, and a match confirms a hit from the
/// worker's list of ids. Availability keeps the first and the last range inline, as
/// 16-bit days from 2000-01-01 (to 2179); a worker with ranges between them, or with
/// dates outside that window, is flagged and has every range in the overflow area. A
/// match reads the overflow area only for the few workers whose outcome (candidate,
/// near miss or neither) the inline columns leave open, so the result is always exact.
///
/// A municipality, once interned, stays interned until the bank is rebuilt: removing
/// or updating the last worker who serves it does not free its id. Finland has some
/// 300 municipalities, so ids never run out; but once more than 32 have been seen, a
/// match reads the lists of ids of the workers the bits cannot settle. A bank whose
/// workers have come to serve few municipalities can be rebuilt from its current
/// workers with [`Bank::from_roster`], which interns only those they serve.
///
/// Memory: 25 bytes per worker in the columns, plus the id (kept once, shared by the
/// id list and the id-to-position map) and the overflow block; about 150 MB at peak
/// while indexing 1 000 000 synthetic workers.
///
/// Besides the columns, the bank keeps each worker's id (for the id-to-position map and
/// for ranking). It does **not** keep whole records: keep the [`Roster`] or your own
/// register as the source of truth, and tell the bank of every change with
/// [`insert`](Self::insert), [`update`](Self::update) and [`remove`](Self::remove).
///
/// # Matching
///
/// See [`Bank::match_job`].
///
/// ```
/// use peerwork::{Bank, Date, DateRange, ExperienceBackground, FormOfWork, JobDescription,
///     Municipality, PeerWorkerRecord, Profile};
///
/// let worker = PeerWorkerRecord::builder("kap-001")
///     .tasks(Profile::Caretaker.tasks())
///     .experience_backgrounds([ExperienceBackground::Homelessness, ExperienceBackground::Substances])
///     .forms_of_work([FormOfWork::Salaried])
///     .max_working_time_percent(60)
///     .municipalities([Municipality::VANTAA])
///     .available(DateRange::open_ended(Date::new(2017, 1, 1)?))
///     .build()?;
///
/// let mut bank = Bank::new();
/// bank.insert(&worker)?;
/// assert!(bank.insert(&worker).is_err()); // ids are unique
///
/// let job = JobDescription::vantaa_pilot(Profile::Caretaker).build()?;
/// let autumn = DateRange::between(Date::new(2017, 9, 1)?, Date::new(2017, 11, 30)?)?;
/// let matches = bank.match_job(&job, autumn, 10);
/// assert_eq!(matches.candidates()[0].id(), "kap-001");
///
/// bank.remove("kap-001")?;
/// assert!(bank.match_job(&job, autumn, 10).candidates().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct Bank {
    // Hot columns: one entry per worker, in slot order.
    pub(super) tasks: Vec<u32>,
    pub(super) backgrounds: Vec<u8>,
    pub(super) attrs: Vec<u8>,
    pub(super) max_percent: Vec<u8>,
    pub(super) training_hours: Vec<u16>,
    pub(super) municipality_bits: Vec<u32>,
    pub(super) first_start: Vec<u16>,
    pub(super) first_end: Vec<u16>,
    pub(super) last_start: Vec<u16>,
    pub(super) last_end: Vec<u16>,
    pub(super) overflow: Vec<u32>,

    // Cold: ids, the id-to-slot map, interned names and the overflow area.
    pub(super) ids: Vec<Arc<str>>,
    slots: HashMap<Arc<str>, u32>,
    municipality_ids: HashMap<Municipality, u16>,
    /// Overflow blocks: `[n_municipalities, n_ranges, municipality ids…, (start, end)…]`,
    /// with every municipality of the worker and the ranges after the first.
    pub(super) overflow_area: Vec<u32>,
    /// Words of `overflow_area` no worker points at any more.
    overflow_garbage: usize,
}

impl fmt::Debug for Bank {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bank")
            .field("workers", &self.len())
            .field("municipalities", &self.municipality_ids.len())
            .field("overflow_words", &self.overflow_area.len())
            .finish_non_exhaustive()
    }
}

/// A record in the bank's terms, ready to be written to a slot.
struct Row {
    tasks: u32,
    backgrounds: u8,
    attrs: u8,
    max_percent: u8,
    training_hours: u16,
    municipality_bits: u32,
    first_range: [u16; 2],
    last_range: [u16; 2],
    municipalities: Vec<u16>,
    /// Municipalities the row names that the bank has not interned yet, in the order
    /// of the ids given to them; interned by [`Bank::commit_names`] once nothing else
    /// can fail.
    new_names: Vec<Municipality>,
    /// Every range, when the inline ones do not tell (see [`MIDDLE_RANGES`] and
    /// [`INEXACT_RANGES`]); else none.
    ranges: Vec<[u32; 2]>,
}

impl Bank {
    /// The bytes per worker of the columns a match reads.
    pub const HOT_BYTES_PER_WORKER: usize = size_of::<u32>() // tasks
        + size_of::<u8>() // backgrounds
        + size_of::<u8>() // attrs
        + size_of::<u8>() // max percent
        + size_of::<u16>() // training hours
        + size_of::<u32>() // municipalities
        + 4 * size_of::<u16>() // availability
        + size_of::<u32>(); // overflow

    /// An empty bank.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty bank with room for `workers` workers (at most
    /// [`MAX_ROSTER_WORKERS`](crate::MAX_ROSTER_WORKERS)).
    #[must_use]
    pub fn with_capacity(workers: usize) -> Self {
        let mut bank = Self::new();
        bank.reserve(workers);
        bank
    }

    /// Makes room for `additional` more workers, up to
    /// [`MAX_ROSTER_WORKERS`](crate::MAX_ROSTER_WORKERS) in all: a bank never holds
    /// more, so asking for more reserves no more.
    pub fn reserve(&mut self, additional: usize) {
        let additional = additional.min(MAX_ROSTER_WORKERS.saturating_sub(self.len()));
        self.tasks.reserve(additional);
        self.backgrounds.reserve(additional);
        self.attrs.reserve(additional);
        self.max_percent.reserve(additional);
        self.training_hours.reserve(additional);
        self.municipality_bits.reserve(additional);
        self.first_start.reserve(additional);
        self.first_end.reserve(additional);
        self.last_start.reserve(additional);
        self.last_end.reserve(additional);
        self.overflow.reserve(additional);
        self.ids.reserve(additional);
        self.slots.reserve(additional);
    }

    /// A bank of every worker of `roster`.
    ///
    /// # Errors
    ///
    /// [`BankError::Full`] when the bank's area for what does not fit in its columns
    /// would pass 4 GiB words, which a roster within its bounds does not reach. (A
    /// roster's ids are unique and its size bounded.)
    pub fn from_roster(roster: &Roster) -> Result<Self, BankError> {
        let mut bank = Self::with_capacity(roster.len());
        for worker in roster.workers() {
            bank.insert(worker)?;
        }
        Ok(bank)
    }

    /// The number of workers.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the bank is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether the `municipality_bits` column answers exactly (each known name has a bit
    /// of its own).
    pub(super) fn municipality_bits_exact(&self) -> bool {
        self.municipality_ids.len() <= EXACT_MUNICIPALITIES
    }

    /// Whether a worker with `id` is in the bank.
    #[must_use]
    pub fn contains(&self, id: &str) -> bool {
        self.slots.contains_key(id)
    }

    /// The ids of the workers, in no particular order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(AsRef::as_ref)
    }

    /// The bytes the columns a match reads take now: [`len`](Self::len) times
    /// [`HOT_BYTES_PER_WORKER`](Self::HOT_BYTES_PER_WORKER).
    #[must_use]
    pub fn hot_index_bytes(&self) -> usize {
        self.len().saturating_mul(Self::HOT_BYTES_PER_WORKER)
    }

    /// The experience backgrounds of the worker with `id`: **special-category personal
    /// data** (health, substance use, criminal record).
    ///
    /// This is the only way the bank gives them out. It is meant for the bank's own
    /// staff, with a lawful reason; nothing the bank prepares for an ordering
    /// organisation ([`Candidate`](crate::Candidate), [`Matches`](crate::Matches))
    /// holds them.
    #[must_use]
    pub fn disclose_experience_backgrounds(&self, id: &str) -> Option<Vec<ExperienceBackground>> {
        let slot = usize::try_from(*self.slots.get(id)?).ok()?;
        let bits = *self.backgrounds.get(slot)?;
        Some(
            ExperienceBackground::ALL
                .iter()
                .copied()
                .filter(|&background| bits & background_bit(background) != 0)
                .collect(),
        )
    }

    /// Adds a worker.
    ///
    /// # Errors
    ///
    /// [`BankError::DuplicateId`] when a worker with the id is already in the bank
    /// (use [`update`](Self::update)), [`BankError::Full`] past
    /// [`MAX_ROSTER_WORKERS`](crate::MAX_ROSTER_WORKERS) workers. On error the bank is
    /// unchanged.
    pub fn insert(&mut self, record: &PeerWorkerRecord) -> Result<(), BankError> {
        if self.slots.contains_key(record.id()) {
            return Err(BankError::DuplicateId(quote(record.id())));
        }
        if self.len() >= MAX_ROSTER_WORKERS {
            return Err(BankError::Full);
        }
        let slot = u32::try_from(self.len()).map_err(|_| BankError::Full)?;
        let row = self.prepare(record);
        let overflow = self.store_overflow(&row)?;
        self.tasks.push(row.tasks);
        self.backgrounds.push(row.backgrounds);
        self.attrs.push(row.attrs);
        self.max_percent.push(row.max_percent);
        self.training_hours.push(row.training_hours);
        self.municipality_bits.push(row.municipality_bits);
        let ([first_start, first_end], [last_start, last_end]) = (row.first_range, row.last_range);
        self.first_start.push(first_start);
        self.first_end.push(first_end);
        self.last_start.push(last_start);
        self.last_end.push(last_end);
        self.overflow.push(overflow);
        let id: Arc<str> = Arc::from(record.id());
        self.ids.push(Arc::clone(&id));
        self.slots.insert(id, slot);
        self.commit_names(row);
        Ok(())
    }

    /// Replaces the worker with the record's id by the record.
    ///
    /// # Errors
    ///
    /// [`BankError::UnknownId`] when no worker has the id (use
    /// [`insert`](Self::insert)). On error the bank is unchanged.
    pub fn update(&mut self, record: &PeerWorkerRecord) -> Result<(), BankError> {
        let slot = self.slot(record.id())?;
        let row = self.prepare(record);
        let overflow = self.store_overflow(&row)?;
        self.release_overflow(slot);
        set(&mut self.tasks, slot, row.tasks);
        set(&mut self.backgrounds, slot, row.backgrounds);
        set(&mut self.attrs, slot, row.attrs);
        set(&mut self.max_percent, slot, row.max_percent);
        set(&mut self.training_hours, slot, row.training_hours);
        set(&mut self.municipality_bits, slot, row.municipality_bits);
        let ([first_start, first_end], [last_start, last_end]) = (row.first_range, row.last_range);
        set(&mut self.first_start, slot, first_start);
        set(&mut self.first_end, slot, first_end);
        set(&mut self.last_start, slot, last_start);
        set(&mut self.last_end, slot, last_end);
        set(&mut self.overflow, slot, overflow);
        self.commit_names(row);
        self.compact_overflow();
        Ok(())
    }

    /// Adds the worker, or replaces the worker with the record's id.
    ///
    /// # Errors
    ///
    /// As [`insert`](Self::insert) and [`update`](Self::update).
    pub fn upsert(&mut self, record: &PeerWorkerRecord) -> Result<(), BankError> {
        if self.contains(record.id()) {
            self.update(record)
        } else {
            self.insert(record)
        }
    }

    /// Removes the worker with `id`.
    ///
    /// The last worker moves into the freed position, so the columns stay dense and a
    /// match never skips holes.
    ///
    /// # Errors
    ///
    /// [`BankError::UnknownId`] when no worker has the id; the bank is unchanged.
    pub fn remove(&mut self, id: &str) -> Result<(), BankError> {
        let slot = self.slot(id)?;
        self.release_overflow(slot);
        self.slots.remove(id);
        swap_remove(&mut self.tasks, slot);
        swap_remove(&mut self.backgrounds, slot);
        swap_remove(&mut self.attrs, slot);
        swap_remove(&mut self.max_percent, slot);
        swap_remove(&mut self.training_hours, slot);
        swap_remove(&mut self.municipality_bits, slot);
        swap_remove(&mut self.first_start, slot);
        swap_remove(&mut self.first_end, slot);
        swap_remove(&mut self.last_start, slot);
        swap_remove(&mut self.last_end, slot);
        swap_remove(&mut self.overflow, slot);
        swap_remove(&mut self.ids, slot);
        if let (Some(moved), Ok(new_slot)) = (self.ids.get(slot), u32::try_from(slot))
            && let Some(entry) = self.slots.get_mut(moved)
        {
            *entry = new_slot;
        }
        self.compact_overflow();
        Ok(())
    }

    /// The slot of `id`.
    fn slot(&self, id: &str) -> Result<usize, BankError> {
        self.slots
            .get(id)
            .and_then(|&slot| usize::try_from(slot).ok())
            .filter(|&slot| slot < self.ids.len())
            .ok_or_else(|| BankError::UnknownId(quote(id)))
    }

    /// The small id of a municipality, if any worker ever served it.
    pub(super) fn municipality_id(&self, municipality: Municipality) -> Option<u16> {
        self.municipality_ids.get(&municipality).copied()
    }

    /// Turns a record into a row, giving its municipalities their ids; municipalities
    /// new to the bank get the next free ids and come back in [`Row::new_names`].
    /// Changes nothing. (Ids never run out: Finland has some 300 municipalities.)
    fn prepare(&self, record: &PeerWorkerRecord) -> Row {
        let mut ids = Vec::new();
        let mut new_names: Vec<Municipality> = Vec::new();
        let mut attrs = 0u8;
        match record.service_area() {
            ServiceArea::Nationwide => attrs |= NATIONWIDE,
            ServiceArea::Municipalities(names) => {
                for &name in names {
                    let known = self.municipality_ids.get(&name).copied().or_else(|| {
                        // A record's names are distinct, but a repeat costs nothing to
                        // handle.
                        let at = new_names.iter().position(|new| *new == name)?;
                        u16::try_from(self.municipality_ids.len().saturating_add(at)).ok()
                    });
                    if let Some(id) = known {
                        ids.push(id);
                        continue;
                    }
                    let next = self.municipality_ids.len().saturating_add(new_names.len());
                    ids.push(u16::try_from(next).unwrap_or(u16::MAX));
                    new_names.push(name);
                }
            }
        }
        for &form in record.forms_of_work() {
            attrs |= form_bit(form);
        }
        for &language in record.languages() {
            attrs |= language_bit(language);
        }
        if record.meets_kokoa_standard() {
            attrs |= KOKOA;
        }
        let mut backgrounds = record
            .experience_backgrounds()
            .iter()
            .fold(0, |bits, &b| bits | background_bit(b));
        let spans = merged_spans(record.availability());
        let inline: Option<Vec<[u16; 2]>> = spans.iter().map(|&span| span16(span)).collect();
        let (first_range, last_range, ranges) = match inline.as_deref() {
            None => {
                backgrounds |= INEXACT_RANGES;
                (NO_RANGE, NO_RANGE, spans)
            }
            Some([]) => (NO_RANGE, NO_RANGE, Vec::new()),
            Some(&[only]) => (only, only, Vec::new()),
            Some(&[first, last]) => (first, last, Vec::new()),
            Some(&[first, .., last]) => {
                backgrounds |= MIDDLE_RANGES;
                (first, last, spans)
            }
        };
        Row {
            tasks: task_bits(record.tasks()),
            backgrounds,
            attrs,
            // 1 to 100 by the record's rules.
            max_percent: u8::try_from(record.max_working_time_percent()).unwrap_or(u8::MAX),
            training_hours: record.training().map_or(0, |t| t.hours),
            municipality_bits: ids.iter().fold(0, |bits, &id| bits | municipality_bit(id)),
            first_range,
            last_range,
            municipalities: ids,
            new_names,
            ranges,
        }
    }

    /// Interns the names a row found new, under the ids [`prepare`](Self::prepare)
    /// gave them.
    fn commit_names(&mut self, row: Row) {
        for name in row.new_names {
            let id = u16::try_from(self.municipality_ids.len()).unwrap_or(u16::MAX);
            self.municipality_ids.insert(name, id);
        }
    }

    /// Checks that every column has one entry per worker, the id map points at the
    /// right slots, and every overflow block is in bounds. For tests.
    #[doc(hidden)]
    #[must_use]
    pub fn is_consistent(&self) -> bool {
        let n = self.ids.len();
        let columns = [
            self.tasks.len(),
            self.backgrounds.len(),
            self.attrs.len(),
            self.max_percent.len(),
            self.training_hours.len(),
            self.municipality_bits.len(),
            self.first_start.len(),
            self.first_end.len(),
            self.last_start.len(),
            self.last_end.len(),
            self.overflow.len(),
        ];
        let slots_match = self.slots.len() == n
            && self
                .ids
                .iter()
                .zip(0u32..)
                .all(|(id, slot)| self.slots.get(id) == Some(&slot));
        let overflow_in_bounds = self.overflow.iter().all(|&at| {
            at == NO_OVERFLOW || usize::try_from(at).is_ok_and(|at| at < self.overflow_area.len())
        });
        let flags_match = self
            .overflow
            .iter()
            .zip(&self.backgrounds)
            .all(|(&at, &bits)| {
                let (_, ranges) = self.overflow_block(at);
                ranges.is_empty() == (bits & (MIDDLE_RANGES | INEXACT_RANGES) == 0)
            });
        columns.iter().all(|&len| len == n) && slots_match && overflow_in_bounds && flags_match
    }
}

/// Sets `column[slot]`, if the slot exists.
fn set<T>(column: &mut [T], slot: usize, value: T) {
    if let Some(entry) = column.get_mut(slot) {
        *entry = value;
    }
}

/// Removes `column[slot]`, moving the last entry into its place, if the slot exists.
fn swap_remove<T>(column: &mut Vec<T>, slot: usize) {
    if slot < column.len() {
        column.swap_remove(slot);
    }
}

impl TryFrom<&Roster> for Bank {
    type Error = BankError;

    fn try_from(roster: &Roster) -> Result<Self, BankError> {
        Self::from_roster(roster)
    }
}
