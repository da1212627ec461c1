//! The scan engine: a job compiled to the bank's columns ([`Needs`]), and one
//! branch-free pass over every worker, in blocks of 64, that finds those who pass and
//! counts the near misses.

use crate::job::{ExperienceBackground, JobDescription, Qualifications, TrainingRequirement};

use super::super::availability::DateRange;
use super::super::index::{
    Bank, DAY_BEYOND, DAY_OPEN, INEXACT_RANGES, KOKOA, MIDDLE_RANGES, NATIONWIDE, NO_OVERFLOW,
    WINDOW_START, background_bit, day_span, day16, form_bit, language_bit, municipality_bit,
    task_bits,
};
use super::outcome::NearMisses;
use super::requirement::MatchRequirement;

/// `floor(a * 65535 / b)` for `a <= b <= 32`: a 16-bit key that orders the fractions
/// exactly. Distinct fractions with denominators up to 32 differ by at least 1/1024,
/// that is by at least 64 in this scale, so their keys differ too; equal fractions get
/// equal keys.
// Evaluated at compile time: an index out of bounds or an overflow would fail the build.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
static FRACTIONS: [u16; 33 * 33] = {
    let mut table = [0u16; 33 * 33];
    let mut a = 0;
    while a <= 32 {
        let mut b = 1;
        while b <= 32 {
            if a <= b {
                #[allow(clippy::cast_possible_truncation)] // a <= b: at most 65535
                let key = (a * 65535 / b) as u16;
                table[a * 33 + b] = key;
            }
            b += 1;
        }
        a += 1;
    }
    table
};

#[inline]
pub(super) fn fraction(part: u32, whole: u32) -> u32 {
    let index = part.saturating_mul(33).saturating_add(whole);
    usize::try_from(index)
        .ok()
        .and_then(|i| FRACTIONS.get(i))
        .map_or(0, |&key| u32::from(key))
}

/// Qualifications compiled to the bank's columns: background bits, the training's
/// least hours and Kokoa bit, language bits.
#[derive(Clone, Copy, Default)]
pub(super) struct Wanted {
    pub(super) backgrounds: u8,
    min_hours: u16,
    kokoa: u8,
    pub(super) languages: u8,
    /// Whether a training is asked for.
    training: bool,
}

impl Wanted {
    /// What the post wishes for, for the ranking: its training and languages. Its
    /// wished-for backgrounds are left out: a rank or a count of wishes met would tell
    /// the ordering organisation which candidates have them.
    fn wished(qualifications: &Qualifications) -> Self {
        Self {
            backgrounds: 0,
            ..Self::of(qualifications)
        }
    }

    /// `open_to_all` sets no background to have: every person in a bank is there for a
    /// lived experience of their own.
    fn of(qualifications: &Qualifications) -> Self {
        let backgrounds = if qualifications
            .experience_backgrounds
            .contains(&ExperienceBackground::OpenToAll)
        {
            0
        } else {
            qualifications
                .experience_backgrounds
                .iter()
                .fold(0, |bits, &b| bits | background_bit(b))
        };
        let (min_hours, kokoa) = match &qualifications.training {
            Some(TrainingRequirement::KokoaStandard) => (0, KOKOA),
            Some(TrainingRequirement::Other { hours, .. }) => (hours.unwrap_or(1).max(1), 0),
            _ => (0, 0),
        };
        Self {
            backgrounds,
            min_hours,
            kokoa,
            languages: qualifications
                .languages
                .iter()
                .fold(0, |bits, &l| bits | language_bit(l)),
            training: qualifications.training.is_some(),
        }
    }

    /// Whether a person with these columns has the training asked for (also when none
    /// is).
    #[inline]
    fn training_met(self, attrs: u8, hours: u16) -> bool {
        hours >= self.min_hours && attrs & self.kokoa == self.kokoa
    }

    /// The number of things asked for.
    pub(super) fn total(self) -> u32 {
        // At most 5 + 3 + 1.
        self.backgrounds
            .count_ones()
            .saturating_add(self.languages.count_ones())
            .saturating_add(u32::from(self.training))
    }

    /// How many of the things asked for a person with these columns has.
    pub(super) fn met(self, backgrounds: u8, attrs: u8, hours: u16) -> u32 {
        (backgrounds & self.backgrounds)
            .count_ones()
            .saturating_add((attrs & self.languages).count_ones())
            .saturating_add(u32::from(self.training && self.training_met(attrs, hours)))
    }
}

/// A job compiled to the bank's columns.
pub(super) struct Needs {
    essential: u32,
    pub(super) optional: u32,
    pub(super) optional_total: u32,
    /// What the post requires.
    pub(super) required: Wanted,
    /// What it would like, for the ranking.
    pub(super) desired: Wanted,
    pub(super) desired_total: u32,
    form: u8,
    /// The post's working time in percent; 0 when it sets none (fee-based, volunteer).
    percent: u16,
    /// The post's municipality id, if any worker ever served it by name.
    municipality: Option<u16>,
    /// Its bit in the `municipality_bits` column (0 when no worker serves it by name).
    municipality_bit: u32,
    /// Whether a set bit proves a worker serves the municipality.
    municipality_exact: bool,
    /// The period as day numbers (the end `u32::MAX` when open).
    start: u32,
    end: u32,
    /// The period as 16-bit day numbers, for the inline ranges. A start after the
    /// window is [`DAY_BEYOND`], which every real inline start precedes; an end after
    /// it is [`DAY_BEYOND`] too, which only open ends reach.
    start16: u16,
    end16: u16,
    /// Whether the period starts before the window, so no inline range covers it.
    before_window: bool,
    /// Task sets to measure closeness against: the post's profiles, or its own tasks.
    pub(super) targets: Vec<u32>,
}

impl Needs {
    pub(super) fn new(bank: &Bank, job: &JobDescription, period: DateRange) -> Self {
        let tasks = job.tasks();
        let requirements = job.requirements();
        let desired = Wanted::wished(&requirements.desired);
        let targets = if job.profiles().is_empty() {
            vec![task_bits(tasks.all())]
        } else {
            job.profiles()
                .iter()
                .map(|profile| task_bits(profile.tasks()))
                .collect()
        };
        let [start, end] = day_span(period);
        let municipality = bank.municipality_id(job.location().municipality);
        let to16 = |day: u32| match day {
            u32::MAX => DAY_OPEN,
            _ => day16(day).unwrap_or(DAY_BEYOND),
        };
        Self {
            start16: to16(start),
            end16: to16(end),
            before_window: start < WINDOW_START,
            essential: task_bits(tasks.essential),
            optional: task_bits(tasks.optional),
            optional_total: task_bits(tasks.optional).count_ones(),
            required: Wanted::of(&requirements.required),
            desired,
            desired_total: desired.total(),
            form: form_bit(job.form_of_work()),
            percent: job
                .terms()
                .salaried()
                .map_or(0, |terms| u16::from(terms.working_time_percent)),
            municipality,
            municipality_bit: municipality.map_or(0, municipality_bit),
            municipality_exact: bank.municipality_bits_exact(),
            start,
            end,
            targets,
        }
    }

    /// The ranking key of a worker who passes: optional coverage, then the share of
    /// the desired qualifications met, then closeness, ten bits each.
    ///
    /// Each share is a [`fraction`] key divided by 64: distinct fractions with
    /// denominators up to 32 have keys at least 64 apart, so their ten-bit keys still
    /// differ and keep their order.
    #[inline]
    fn key(&self, tasks: u32, backgrounds: u8, attrs: u8, hours: u16) -> u32 {
        let optional = fraction((tasks & self.optional).count_ones(), self.optional_total);
        let desired = fraction(
            self.desired.met(backgrounds, attrs, hours),
            self.desired_total,
        );
        let closeness = self
            .targets
            .iter()
            .map(|&target| fraction((tasks & target).count_ones(), (tasks | target).count_ones()))
            .max()
            .unwrap_or(0);
        ((optional >> 6) << 20) | ((desired >> 6) << 10) | (closeness >> 6)
    }
}

/// Workers per block of the scan: one bit each in a `u64`.
const BLOCK: usize = 64;

/// The inline columns of up to [`BLOCK`] workers.
struct Columns<'a> {
    tasks: &'a [u32],
    backgrounds: &'a [u8],
    attrs: &'a [u8],
    percents: &'a [u8],
    hours: &'a [u16],
    municipality_bits: &'a [u32],
    first_start: &'a [u16],
    first_end: &'a [u16],
    last_start: &'a [u16],
    last_end: &'a [u16],
}

/// A scan in progress.
struct Scan<'a> {
    bank: &'a Bank,
    needs: &'a Needs,
    passing: Vec<(u32, u32)>,
    near: NearMisses,
    /// Workers whose outcome waits on their overflow block: slot, fail, maybe, tasks.
    /// Read after the scan, in slot order, so the loads of the overflow area overlap.
    deferred: Vec<(u32, u8, u8, u32)>,
}

const TASKS: u8 = MatchRequirement::Tasks.bit();
const BACKGROUND: u8 = MatchRequirement::ExperienceBackground.bit();
const TRAINING: u8 = MatchRequirement::Training.bit();
const FORM: u8 = MatchRequirement::FormOfWork.bit();
const WORKING_TIME: u8 = MatchRequirement::WorkingTime.bit();
const LANGUAGE: u8 = MatchRequirement::Language.bit();
const AREA: u8 = MatchRequirement::ServiceArea.bit();
const AVAILABILITY: u8 = MatchRequirement::Availability.bit();

/// `0xFF` for `true`, `0` for `false`: a mask that keeps or clears bits.
#[inline]
fn all_if(condition: bool) -> u8 {
    u8::from(condition).wrapping_neg()
}

impl Scan<'_> {
    /// Scans the workers from slot `base` on (at most [`BLOCK`] of them).
    ///
    /// One loop per column (one integer width per loop, so each vectorizes cleanly)
    /// builds each worker's `fail` mask, counting as failed what the inline columns
    /// cannot prove met, and a `maybe` mask of those failures the overflow block may
    /// still clear. A worker's outcome is open when at most one of its certain
    /// failures remain; only those are settled one by one.
    #[inline]
    #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose
    fn block(&mut self, base: u32, cols: &Columns<'_>) {
        let n = self.needs;
        let mut fail = [0u8; BLOCK];
        let mut maybe = [0u8; BLOCK];

        // Tasks, and municipalities: a clear bit rules a worker out; a set bit proves
        // service only when ids do not share bits.
        for (((f, m), &tasks), &bits) in fail
            .iter_mut()
            .zip(maybe.iter_mut())
            .zip(cols.tasks)
            .zip(cols.municipality_bits)
        {
            let hit = bits & n.municipality_bit != 0;
            *f = (TASKS & all_if(tasks & n.essential != n.essential))
                | (AREA & all_if(!hit | !n.municipality_exact));
            *m = AREA & all_if(hit & !n.municipality_exact);
        }
        // Availability: the first or the last range covers the period, or, when the
        // worker has ranges between them, one of those may, if the period falls
        // between the first and the last.
        // (Training hours are 16-bit too, so they go here.)
        let ranges = cols
            .first_start
            .iter()
            .zip(cols.first_end)
            .zip(cols.last_start)
            .zip(cols.last_end)
            .zip(cols.hours);
        for ((f, m), ((((&s1, &e1), &s2), &e2), &hours)) in
            fail.iter_mut().zip(maybe.iter_mut()).zip(ranges)
        {
            let covered =
                ((s1 <= n.start16) & (n.end16 <= e1)) | ((s2 <= n.start16) & (n.end16 <= e2));
            let between = (e1 < n.start16) & (n.end16 < s2);
            *f |= (AVAILABILITY & all_if(!covered | n.before_window))
                | (TRAINING & all_if(hours < n.required.min_hours));
            *m |= AVAILABILITY & all_if(between);
        }
        // The rest, and whether the worker's outcome is open: at most one certain
        // failure (0 or 1 per byte).
        let mut open_bytes = [0u8; BLOCK];
        for (((((f, m), o), &bg), &attrs), &pct) in fail
            .iter_mut()
            .zip(maybe.iter_mut())
            .zip(open_bytes.iter_mut())
            .zip(cols.backgrounds)
            .zip(cols.attrs)
            .zip(cols.percents)
        {
            let nationwide = attrs & NATIONWIDE != 0;
            *f = (*f & !(AREA & all_if(nationwide)))
                | (BACKGROUND & all_if(bg & n.required.backgrounds != n.required.backgrounds))
                | (TRAINING & all_if(attrs & n.required.kokoa != n.required.kokoa))
                | (FORM & all_if(attrs & n.form == 0))
                | (WORKING_TIME & all_if(u16::from(pct) < n.percent))
                | (LANGUAGE & all_if(attrs & n.required.languages != n.required.languages));
            let ranges_tell =
                (bg & INEXACT_RANGES == 0) & ((bg & MIDDLE_RANGES == 0) | n.before_window);
            *m &= !(AREA & all_if(nationwide)) & !(AVAILABILITY & all_if(ranges_tell));
            *m |= AVAILABILITY & all_if(bg & INEXACT_RANGES != 0);
            *m &= *f;
            let certain = *f & !*m;
            *o = u8::from(certain & certain.wrapping_sub(1) == 0);
        }

        // Gather one bit per worker, eight at a time: each byte is 0 or 1, and the
        // multiplication moves byte k's bit to bit 56 + k.
        let (groups, _) = open_bytes.as_chunks::<8>();
        let mut open = 0u64;
        for (shift, group) in (0u32..).step_by(8).zip(groups) {
            let gathered = u64::from_le_bytes(*group).wrapping_mul(0x0102_0408_1020_4080) >> 56;
            open |= gathered.checked_shl(shift).unwrap_or(0);
        }
        // Only the workers that exist (the last block may be short).
        let len = u32::try_from(cols.tasks.len()).unwrap_or(0);
        // `bit` is a power of two, so never 0.
        open &= 1u64
            .checked_shl(len)
            .map_or(u64::MAX, |bit| bit.wrapping_sub(1));

        while open != 0 {
            let bit = open.trailing_zeros();
            open &= open.wrapping_sub(1); // clears the lowest set bit; `open` is not 0
            let Ok(index) = usize::try_from(bit) else {
                continue;
            };
            let (Some(&failed), Some(&unsure), Some(&tasks)) =
                (fail.get(index), maybe.get(index), cols.tasks.get(index))
            else {
                continue;
            };
            self.settle(base.saturating_add(bit), failed, unsure, tasks);
        }
    }

    /// Settles the outcome of the worker in `slot`: a candidate, a near miss, or neither.
    #[inline(never)]
    fn settle(&mut self, slot: u32, fail: u8, maybe: u8, tasks: u32) {
        if maybe == 0 {
            self.conclude(slot, fail, tasks);
        } else {
            self.deferred.push((slot, fail, maybe, tasks));
        }
    }

    /// Settles the workers whose outcome waited on their overflow block.
    fn settle_deferred(&mut self) {
        let deferred = core::mem::take(&mut self.deferred);
        for &(slot, fail, maybe, tasks) in &deferred {
            let fail = self.bank.settle_overflow(slot, fail, maybe, self.needs);
            self.conclude(slot, fail, tasks);
        }
    }

    /// Records a worker whose failures are known: a candidate, a near miss, or neither.
    fn conclude(&mut self, slot: u32, fail: u8, tasks: u32) {
        let n = self.needs;
        if fail == 0 {
            let (backgrounds, attrs, hours) = self.bank.desired_columns(slot);
            self.passing
                .push((n.key(tasks, backgrounds, attrs, hours), slot));
        } else if fail.is_power_of_two() {
            let missing = if fail == TASKS {
                n.essential & !tasks
            } else {
                0
            };
            self.near.add(u32::from(fail).trailing_zeros(), missing);
        }
    }
}

impl Bank {
    /// The columns the desired qualifications are read from, of the worker in `slot`.
    fn desired_columns(&self, slot: u32) -> (u8, u8, u16) {
        let at = usize::try_from(slot).unwrap_or(usize::MAX);
        (
            self.backgrounds.get(at).copied().unwrap_or(0),
            self.attrs.get(at).copied().unwrap_or(0),
            self.training_hours.get(at).copied().unwrap_or(0),
        )
    }

    /// The pass over every worker: the ranking keys and slots of those who pass, and the
    /// near misses.
    ///
    /// Workers go in blocks of 64. A branch-free loop computes each one's failure mask
    /// from the inline columns and marks the few whose outcome is open: no failure or
    /// one (a candidate or a near miss), or service-area and availability failures the
    /// overflow block may clear. Only those are looked at again.
    pub(super) fn scan(&self, needs: &Needs) -> (Vec<(u32, u32)>, NearMisses) {
        let mut scan = Scan {
            bank: self,
            needs,
            passing: Vec::new(),
            near: NearMisses::default(),
            deferred: Vec::new(),
        };
        let (tasks, tasks_rest) = self.tasks.as_chunks::<BLOCK>();
        let (backgrounds, backgrounds_rest) = self.backgrounds.as_chunks::<BLOCK>();
        let (attrs, attrs_rest) = self.attrs.as_chunks::<BLOCK>();
        let (percents, percents_rest) = self.max_percent.as_chunks::<BLOCK>();
        let (hours, hours_rest) = self.training_hours.as_chunks::<BLOCK>();
        let (municipality_bits, municipality_bits_rest) =
            self.municipality_bits.as_chunks::<BLOCK>();
        let (first_start, first_start_rest) = self.first_start.as_chunks::<BLOCK>();
        let (first_end, first_end_rest) = self.first_end.as_chunks::<BLOCK>();
        let (last_start, last_start_rest) = self.last_start.as_chunks::<BLOCK>();
        let (last_end, last_end_rest) = self.last_end.as_chunks::<BLOCK>();
        let blocks = tasks
            .iter()
            .zip(backgrounds)
            .zip(attrs)
            .zip(percents)
            .zip(hours)
            .zip(municipality_bits)
            .zip(first_start)
            .zip(first_end)
            .zip(last_start)
            .zip(last_end);
        let mut base = 0u32;
        for (
            (
                (
                    (
                        (((((tasks, backgrounds), attrs), percents), hours), municipality_bits),
                        first_start,
                    ),
                    first_end,
                ),
                last_start,
            ),
            last_end,
        ) in blocks
        {
            scan.block(
                base,
                &Columns {
                    tasks,
                    backgrounds,
                    attrs,
                    percents,
                    hours,
                    municipality_bits,
                    first_start,
                    first_end,
                    last_start,
                    last_end,
                },
            );
            base = base.saturating_add(64);
        }
        scan.block(
            base,
            &Columns {
                tasks: tasks_rest,
                backgrounds: backgrounds_rest,
                attrs: attrs_rest,
                percents: percents_rest,
                hours: hours_rest,
                municipality_bits: municipality_bits_rest,
                first_start: first_start_rest,
                first_end: first_end_rest,
                last_start: last_start_rest,
                last_end: last_end_rest,
            },
        );
        scan.settle_deferred();
        (scan.passing, scan.near)
    }

    /// Clears the service-area and availability failures in `maybe` that the worker's
    /// overflow block (municipality ids, further ranges) shows are met.
    fn settle_overflow(&self, slot: u32, mut fail: u8, maybe: u8, needs: &Needs) -> u8 {
        let at = usize::try_from(slot)
            .ok()
            .and_then(|slot| self.overflow.get(slot))
            .copied()
            .unwrap_or(NO_OVERFLOW);
        let (names, ranges) = self.overflow_block(at);
        if maybe & AREA != 0
            && needs
                .municipality
                .is_some_and(|m| names.contains(&u32::from(m)))
        {
            fail &= !AREA;
        }
        if maybe & AVAILABILITY != 0
            && ranges.chunks_exact(2).any(
                |span| matches!(span, &[from, until] if from <= needs.start && needs.end <= until),
            )
        {
            fail &= !AVAILABILITY;
        }
        fail
    }
}
