//! [`Table`]: the names and values of a form, stored for reading fast.
//!
//! Every name and value lies in one text, and the fields are kept sorted by the hash of
//! their name and then the name (the values of a name in the order given), with a table
//! from hash to field: reading a form takes a few allocations rather than a few for
//! every field, and a field is found by its hash and one comparison of its name.

use core::ops::Range;

/// The longest probe of the table from hash to field.
const MAX_PROBE: usize = 16;

/// Where a name or a value lies in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Self {
            start: range.start,
            end: range.end,
        }
    }
}

/// One value of a field: its name (and the name's [`name_hash`]) and value in the text.
#[derive(Debug, Clone, Copy)]
struct Field {
    hash: u64,
    name: Span,
    value: Span,
}

/// A quick hash of a field's name, to order and find fields by: eight bytes a step.
/// Not a defence against chosen collisions, and it need not be: equal hashes are told
/// apart by the names, so a collision costs a comparison, never a wrong field.
fn name_hash(name: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    #[cfg(test)]
    let collide = tests::COLLIDE.with(core::cell::Cell::get);
    #[cfg(test)]
    if collide == tests::Collide::All {
        // Every name the same hash: the names alone tell the fields apart.
        return 7;
    }
    let step = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut chunks = name.chunks_exact(8);
    let mut h = u64::try_from(name.len()).unwrap_or(u64::MAX);
    for chunk in &mut chunks {
        let mut word = [0_u8; 8];
        word.copy_from_slice(chunk);
        h = step(h, u64::from_le_bytes(word));
    }
    let mut word = [0_u8; 8];
    let rest = chunks.remainder();
    if let Some(head) = word.get_mut(..rest.len()) {
        head.copy_from_slice(rest);
    }
    let h = step(h, u64::from_le_bytes(word));
    #[cfg(test)]
    if collide == tests::Collide::Slots {
        // Every hash in the first slot: the table gives up, a binary search finds.
        return h >> 16;
    }
    h
}

/// The names and values of a form.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    text: String,
    fields: Vec<Field>,
    /// The first field of each hash, by the hash's top bits (open addressing, linear
    /// probing): 0 for an empty slot, else one more than the field's index. Empty when
    /// some hash would need a long probe (names chosen to collide): then a binary
    /// search finds the fields.
    slots: Vec<u32>,
}

impl Table {
    /// The fields `pairs` of names and values, each a range of `text`, in the order
    /// given.
    pub(crate) fn from_parts(text: String, pairs: &[(Range<usize>, Range<usize>)]) -> Self {
        let mut table = Self {
            text,
            fields: Vec::with_capacity(pairs.len()),
            slots: Vec::new(),
        };
        for (name, value) in pairs {
            let name = Span::from(name.clone());
            table.fields.push(Field {
                hash: name_hash(table.at(name).as_bytes()),
                name,
                value: Span::from(value.clone()),
            });
        }
        table.sort();
        table.reindex();
        table
    }

    /// The text at `span`.
    fn at(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or_default()
    }

    /// Puts `name` and `value` in the text.
    fn store(&mut self, name: &str, value: &str) -> Field {
        let start = self.text.len();
        self.text.push_str(name);
        let middle = self.text.len();
        self.text.push_str(value);
        Field {
            hash: name_hash(name.as_bytes()),
            name: Span { start, end: middle },
            value: Span {
                start: middle,
                end: self.text.len(),
            },
        }
    }

    /// The order of the fields: by hash, then name. A stable sort keeps the order of
    /// the values of each name.
    fn sort(&mut self) {
        let text = &self.text;
        let at = |span: Span| text.get(span.start..span.end).unwrap_or_default();
        self.fields
            .sort_by(|a, b| a.hash.cmp(&b.hash).then_with(|| at(a.name).cmp(at(b.name))));
    }

    /// The fields of each name, one run a name, in the fields' order.
    fn runs(&self) -> impl Iterator<Item = &[Field]> {
        self.fields
            .chunk_by(|a, b| a.hash == b.hash && self.at(a.name) == self.at(b.name))
    }

    /// How many values each name has, one number a name.
    pub(crate) fn counts(&self) -> impl Iterator<Item = usize> {
        self.runs().map(<[Field]>::len)
    }

    /// Each name with its values, in the order of the names.
    pub(crate) fn by_name(&self) -> Vec<(&str, Vec<&str>)> {
        let mut names: Vec<(&str, Vec<&str>)> = self
            .runs()
            .filter_map(|run| {
                let values = run.iter().map(|f| self.at(f.value)).collect();
                Some((self.at(run.first()?.name), values))
            })
            .collect();
        names.sort_unstable_by(|a, b| a.0.cmp(b.0));
        names
    }

    /// Every name and value, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields
            .iter()
            .map(|f| (self.at(f.name), self.at(f.value)))
    }

    /// The slot of `hash` in a table of `size` slots (a power of two): its top bits,
    /// the best mixed.
    fn slot(hash: u64, size: usize) -> usize {
        let bits = size.trailing_zeros();
        if bits == 0 {
            return 0;
        }
        usize::try_from(hash.checked_shr(64_u32.saturating_sub(bits)).unwrap_or(0)).unwrap_or(0)
    }

    /// Builds the table from hash to first field, after the fields changed.
    fn reindex(&mut self) {
        self.slots.clear();
        let hashes = self.fields.chunk_by(|a, b| a.hash == b.hash).count();
        if hashes == 0 || u32::try_from(self.fields.len()).is_err() {
            return;
        }
        let size = hashes.saturating_mul(2).next_power_of_two().max(16);
        let mask = size.saturating_sub(1);
        self.slots.resize(size, 0);
        let mut previous = None;
        for (index, field) in self.fields.iter().enumerate() {
            if previous == Some(field.hash) {
                continue;
            }
            previous = Some(field.hash);
            let entry = u32::try_from(index.saturating_add(1)).unwrap_or(0);
            let mut at = Self::slot(field.hash, size);
            let mut placed = false;
            for _ in 0..MAX_PROBE {
                if let Some(slot) = self.slots.get_mut(at).filter(|slot| **slot == 0) {
                    *slot = entry;
                    placed = true;
                    break;
                }
                at = at.saturating_add(1) & mask;
            }
            if !placed {
                self.slots.clear();
                return;
            }
        }
    }

    /// The index of the first field of `hash`, or where it would go.
    fn first_of(&self, hash: u64) -> usize {
        if self.slots.is_empty() {
            return self.fields.partition_point(|f| f.hash < hash);
        }
        let mask = self.slots.len().saturating_sub(1);
        let mut at = Self::slot(hash, self.slots.len());
        for _ in 0..MAX_PROBE {
            match self.slots.get(at).copied() {
                Some(0) | None => break,
                Some(entry) => {
                    let index = usize::try_from(entry).unwrap_or(0).saturating_sub(1);
                    if self.fields.get(index).is_some_and(|f| f.hash == hash) {
                        return index;
                    }
                }
            }
            at = at.saturating_add(1) & mask;
        }
        // Not there: where a new field of the hash goes.
        self.fields.partition_point(|f| f.hash < hash)
    }

    /// Where the values of the name `name` (UTF-8) lie in the fields; when there are
    /// none, an empty range where they would go.
    fn range_of(&self, name: &[u8]) -> core::ops::Range<usize> {
        let hash = name_hash(name);
        let start = self.first_of(hash);
        // The fields of this hash: one name's, unless two names share the hash (then
        // in the order of the names).
        let same_hash = self
            .fields
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|f| f.hash == hash);
        // From the first field of the name (or where it would go, for `set` and
        // `push`) to after its last.
        let mut first = start;
        let mut end = start;
        for (at, field) in (start..).zip(same_hash) {
            match self.at(field.name).as_bytes().cmp(name) {
                core::cmp::Ordering::Less => {
                    first = at.saturating_add(1);
                    end = first;
                }
                core::cmp::Ordering::Equal => end = at.saturating_add(1),
                core::cmp::Ordering::Greater => break,
            }
        }
        first..end
    }

    /// Every value of the name `name` (UTF-8), in the order given.
    pub(crate) fn values(&self, name: &[u8]) -> impl Iterator<Item = &str> {
        self.fields
            .get(self.range_of(name))
            .unwrap_or_default()
            .iter()
            .map(|f| self.at(f.value))
    }

    /// Takes the values of `name` out: its first.
    pub(crate) fn take(&mut self, name: &str) -> Option<String> {
        let range = self.range_of(name.as_bytes());
        let first = self
            .fields
            .get(range.clone())
            .and_then(<[Field]>::first)
            .map(|f| self.at(f.value).to_owned());
        self.fields.drain(range);
        self.reindex();
        first
    }

    /// Sets `name` to `value`, replacing what it held.
    pub(crate) fn set(&mut self, name: &str, value: &str) {
        let range = self.range_of(name.as_bytes());
        let at = range.start;
        self.fields.drain(range);
        let field = self.store(name, value);
        self.fields.insert(at, field);
        self.reindex();
    }

    /// Adds `value` to `name`, after its values.
    pub(crate) fn push(&mut self, name: &str, value: &str) {
        let at = self.range_of(name.as_bytes()).end;
        let field = self.store(name, value);
        self.fields.insert(at, field);
        self.reindex();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    /// How [`name_hash`](super::name_hash) hashes, in a test's thread.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Collide {
        /// As it does.
        No,
        /// Every name the same hash.
        All,
        /// Hashes that all want the table's first slot.
        Slots,
    }

    thread_local! {
        pub(crate) static COLLIDE: core::cell::Cell<Collide> = const { core::cell::Cell::new(Collide::No) };
    }
}
