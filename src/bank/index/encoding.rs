//! How the bank writes a record's facts into its columns: one bit per task, form of
//! work, language, background and municipality; availability as 16-bit day numbers.

use crate::job::{ExperienceBackground, FormOfWork};
use crate::language::Language;
use crate::task::Task;
use crate::task_set::TaskSet;

use super::super::availability::{DateRange, day_number};

// Every task is one bit of a `u32`.
const _: () = assert!(Task::ALL.len() <= 32);

/// `attrs` bits: forms of work accepted (bits 0 to 2), languages (3 to 5), works
/// nationwide (6), training meets the Kokoa standard (7).
pub(in crate::bank) const NATIONWIDE: u8 = 1 << 6;
pub(in crate::bank) const KOKOA: u8 = 1 << 7;

/// Municipality ids below this have a bit of their own in the `municipality_bits`
/// column; above it, ids share bits (`id % 32`), and a match checks the cold list.
pub(super) const EXACT_MUNICIPALITIES: usize = 32;
/// No overflow block.
pub(in crate::bank) const NO_OVERFLOW: u32 = u32::MAX;
/// A bit of the `backgrounds` column (above the backgrounds' own): the worker has
/// availability ranges between the first and the last, which only the overflow block
/// holds.
pub(in crate::bank) const MIDDLE_RANGES: u8 = 1 << 7;
/// A bit of the `backgrounds` column: some availability range of the worker falls
/// outside the window of 16-bit day numbers, so the inline ranges do not tell, and the
/// overflow block holds every range.
pub(in crate::bank) const INEXACT_RANGES: u8 = 1 << 6;

/// Day 0 of the 16-bit day numbers of the inline ranges: 2000-01-01, as a
/// [`day_number`].
pub(in crate::bank) const WINDOW_START: u32 = 730_119;
/// The last 16-bit day number of a real day (2179-06-04); above it, [`DAY_BEYOND`] and
/// [`DAY_OPEN`].
pub(super) const WINDOW_LAST: u16 = u16::MAX - 2;
/// The 16-bit day number of a period end after the window, later than any real day.
pub(in crate::bank) const DAY_BEYOND: u16 = u16::MAX - 1;
/// The 16-bit end of an open-ended range.
pub(in crate::bank) const DAY_OPEN: u16 = u16::MAX;
/// An inline range that covers nothing.
pub(super) const NO_RANGE: [u16; 2] = [u16::MAX, 0];

/// A day number in the window of 16-bit day numbers, if it is.
pub(in crate::bank) fn day16(day: u32) -> Option<u16> {
    day.checked_sub(WINDOW_START)
        .and_then(|offset| u16::try_from(offset).ok())
        .filter(|&offset| offset <= WINDOW_LAST)
}

/// A span of day numbers as an inline range, if it falls in the window.
pub(super) fn span16([start, end]: [u32; 2]) -> Option<[u16; 2]> {
    let end = if end == u32::MAX {
        DAY_OPEN
    } else {
        day16(end)?
    };
    Some([day16(start)?, end])
}

/// The bit of a municipality id in the `municipality_bits` column.
pub(in crate::bank) fn municipality_bit(id: u16) -> u32 {
    1u32.checked_shl(u32::from(id) % 32).unwrap_or(0)
}

/// The bit of a form of work in `attrs`.
pub(in crate::bank) const fn form_bit(form: FormOfWork) -> u8 {
    match form {
        FormOfWork::Volunteer => 1,
        FormOfWork::FeeBased => 1 << 1,
        FormOfWork::Salaried => 1 << 2,
    }
}

/// The bit of a language in `attrs`.
pub(in crate::bank) const fn language_bit(language: Language) -> u8 {
    match language {
        Language::Finnish => 1 << 3,
        Language::Swedish => 1 << 4,
        Language::English => 1 << 5,
    }
}

/// The bit of an experience background; `open_to_all` is no background and has none.
pub(in crate::bank) const fn background_bit(background: ExperienceBackground) -> u8 {
    match background {
        ExperienceBackground::MentalHealth => 1,
        ExperienceBackground::CloseRelative => 1 << 1,
        ExperienceBackground::Substances => 1 << 2,
        ExperienceBackground::CriminalBackground => 1 << 3,
        ExperienceBackground::Homelessness => 1 << 4,
        ExperienceBackground::OpenToAll => 0,
    }
}

/// The bit of a task in the `tasks` column: bit `i` is the `i`-th task of the
/// catalogue.
pub(super) fn task_bit(task: Task) -> u32 {
    1u32.checked_shl(task as u32).unwrap_or(0)
}

/// A task set as a `u32` (see [`task_bit`]).
pub(in crate::bank) fn task_bits(tasks: TaskSet) -> u32 {
    tasks.iter().fold(0, |bits, task| bits | task_bit(task))
}

/// The task set of a `u32` made by [`task_bits`].
pub(in crate::bank) fn task_set(bits: u32) -> TaskSet {
    Task::ALL
        .iter()
        .copied()
        .filter(|&task| bits & task_bit(task) != 0)
        .collect()
}

/// A range as day numbers, the end `u32::MAX` when open.
pub(in crate::bank) fn day_span(range: DateRange) -> [u32; 2] {
    [
        day_number(range.start()),
        range.end().map_or(u32::MAX, day_number),
    ]
}

/// Availability ranges as day numbers, merging ranges that adjoin (one ends the day
/// before the next starts), so a period across both is covered by one.
pub(super) fn merged_spans(ranges: &[DateRange]) -> Vec<[u32; 2]> {
    let mut spans: Vec<[u32; 2]> = Vec::with_capacity(ranges.len());
    for &range in ranges {
        let [start, end] = day_span(range);
        if let Some(last) = spans.last_mut()
            && last[1].checked_add(1) == Some(start)
        {
            last[1] = end;
            continue;
        }
        spans.push([start, end]);
    }
    spans
}
