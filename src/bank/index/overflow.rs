//! The overflow area: per worker, the municipality ids and, when the inline columns do
//! not tell, every availability range; read by a match only for the few workers whose
//! outcome the inline columns leave open.

use super::super::error::BankError;
use super::{Bank, NO_OVERFLOW, Row, set};

impl Bank {
    /// Writes a row's overflow block, if it needs one, and returns where it is.
    pub(super) fn store_overflow(&mut self, row: &Row) -> Result<u32, BankError> {
        if row.municipalities.is_empty() && row.ranges.is_empty() {
            return Ok(NO_OVERFLOW);
        }
        let at = u32::try_from(self.overflow_area.len())
            .ok()
            .filter(|&at| at != NO_OVERFLOW)
            .ok_or(BankError::Full)?;
        let count = |n: usize| u32::try_from(n).unwrap_or(0);
        self.overflow_area.push(count(row.municipalities.len()));
        self.overflow_area.push(count(row.ranges.len()));
        self.overflow_area
            .extend(row.municipalities.iter().map(|&id| u32::from(id)));
        self.overflow_area.extend(row.ranges.iter().flatten());
        Ok(at)
    }

    /// The overflow block at `at`: the worker's municipality ids and, when the inline
    /// ranges do not tell, every range.
    pub(in crate::bank) fn overflow_block(&self, at: u32) -> (&[u32], &[u32]) {
        let Ok(at) = usize::try_from(at) else {
            return (&[], &[]);
        };
        let header = self.overflow_area.get(at..at.saturating_add(2));
        let Some(&[names, ranges]) = header else {
            return (&[], &[]);
        };
        let (names, ranges) = (
            usize::try_from(names).unwrap_or(0),
            usize::try_from(ranges).unwrap_or(0).saturating_mul(2),
        );
        let body = at.saturating_add(2);
        let names_end = body.saturating_add(names);
        (
            self.overflow_area.get(body..names_end).unwrap_or_default(),
            self.overflow_area
                .get(names_end..names_end.saturating_add(ranges))
                .unwrap_or_default(),
        )
    }

    /// Marks the overflow block of `slot` as garbage.
    pub(super) fn release_overflow(&mut self, slot: usize) {
        let Some(&at) = self.overflow.get(slot) else {
            return;
        };
        if at == NO_OVERFLOW {
            return;
        }
        let (names, ranges) = self.overflow_block(at);
        let words = 2usize
            .saturating_add(names.len())
            .saturating_add(ranges.len());
        self.overflow_garbage = self.overflow_garbage.saturating_add(words);
        set(&mut self.overflow, slot, NO_OVERFLOW);
    }

    /// Rewrites the overflow area without garbage once garbage is most of it.
    pub(super) fn compact_overflow(&mut self) {
        if self.overflow_garbage < 4096
            || self.overflow_garbage.saturating_mul(2) < self.overflow_area.len()
        {
            return;
        }
        let mut area = Vec::with_capacity(
            self.overflow_area
                .len()
                .saturating_sub(self.overflow_garbage),
        );
        let mut moved = Vec::with_capacity(self.overflow.len());
        for &at in &self.overflow {
            if at == NO_OVERFLOW {
                moved.push(NO_OVERFLOW);
                continue;
            }
            let (names, ranges) = self.overflow_block(at);
            moved.push(u32::try_from(area.len()).unwrap_or(NO_OVERFLOW));
            area.push(u32::try_from(names.len()).unwrap_or(0));
            area.push(u32::try_from(ranges.len() / 2).unwrap_or(0));
            area.extend_from_slice(names);
            area.extend_from_slice(ranges);
        }
        self.overflow_area = area;
        self.overflow = moved;
        self.overflow_garbage = 0;
    }
}
