//! Matching a job against the bank: hard requirements, ranking, reasons, near misses.

use core::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use strum::EnumCount;

use crate::job::{ExperienceBackground, FormOfWork, JobDescription, TrainingRequirement};
use crate::language::Language;
use crate::profile::Profile;
use crate::task::Task;
use crate::task_set::TaskSet;

use super::availability::DateRange;
use super::index::{
    Bank, DAY_BEYOND, DAY_OPEN, INEXACT_RANGES, KOKOA, MIDDLE_RANGES, NATIONWIDE, NO_OVERFLOW,
    WINDOW_START, background_bit, day_span, day16, form_bit, language_bit, municipality_bit,
    task_bits, task_set,
};

model_enum! {
/// A hard requirement of a job: a worker who fails one is not a candidate.
pub enum MatchRequirement {
    /// Every essential task of the post is among the tasks the person can take on.
    Tasks,
    /// The person has every experience background the post seeks. A post that seeks
    /// none, or is open to all, sets no requirement.
    ExperienceBackground,
    /// The person's training meets the post's requirement: the Kokoa standard for
    /// [`TrainingRequirement::KokoaStandard`]; at least the stated hours for
    /// [`TrainingRequirement::Other`] with hours; any training for `Other` without
    /// hours; nothing for [`TrainingRequirement::None`].
    Training,
    /// The person accepts the post's form of work.
    FormOfWork,
    /// The post's working time is at most the largest the person accepts.
    WorkingTime,
    /// The person works in at least one of the post's languages.
    Language,
    /// The person serves the post's municipality (or works nationwide).
    ServiceArea,
    /// One of the person's availability ranges (adjoining ranges joined) covers the
    /// whole period of the job.
    Availability,
}
}

impl MatchRequirement {
    /// Every requirement, in the order a match checks and reports them.
    pub const ALL: [MatchRequirement; 8] = [
        Self::Tasks,
        Self::ExperienceBackground,
        Self::Training,
        Self::FormOfWork,
        Self::WorkingTime,
        Self::Language,
        Self::ServiceArea,
        Self::Availability,
    ];

    /// A short English label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Tasks => "essential tasks",
            Self::ExperienceBackground => "experience background",
            Self::Training => "training",
            Self::FormOfWork => "form of work",
            Self::WorkingTime => "working time",
            Self::Language => "language",
            Self::ServiceArea => "service area",
            Self::Availability => "availability",
        }
    }

    /// The requirement's bit in a failure mask.
    const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// How a candidate meets the post's training requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TrainingMet {
    /// The post requires no training.
    NotRequired,
    /// The post requires the Kokoa standard, and the person's training meets it.
    KokoaStandard,
    /// The post requires at least `required` hours; the person has `hours`.
    Hours {
        /// Hours the post requires.
        required: u16,
        /// Hours of the person's training.
        hours: u16,
    },
    /// The post requires training without stating hours; the person has `hours`.
    Trained {
        /// Hours of the person's training.
        hours: u16,
    },
}

/// Why a candidate meets one hard requirement: one per [`MatchRequirement`], in its
/// order.
///
/// The experience-background reason says only whether the post sought one: never
/// which backgrounds the person has.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "requirement", rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Reason {
    /// Can take on every essential task.
    Tasks {
        /// The post's essential tasks.
        essential: TaskSet,
    },
    /// Meets the experience-background requirement.
    ExperienceBackground {
        /// Whether the post seeks a background (`false`: none sought, or open to all).
        sought: bool,
    },
    /// Meets the training requirement.
    Training {
        /// How.
        met: TrainingMet,
    },
    /// Accepts the form of work.
    FormOfWork {
        /// The post's form of work.
        form: FormOfWork,
    },
    /// Accepts the working time.
    WorkingTime {
        /// The post's working time, in percent of full time.
        post_percent: u16,
        /// The largest the person accepts.
        accepts_up_to_percent: u16,
    },
    /// Works in a language of the post.
    Language {
        /// The languages shared with the post.
        shared: Vec<Language>,
    },
    /// Serves the post's municipality.
    ServiceArea {
        /// The post's municipality.
        municipality: String,
        /// Whether the person works nationwide (rather than naming the municipality).
        nationwide: bool,
    },
    /// Available for the whole period.
    Availability {
        /// The period of the job.
        period: DateRange,
    },
}

impl Reason {
    /// The requirement the reason is about.
    #[must_use]
    pub fn requirement(&self) -> MatchRequirement {
        match self {
            Self::Tasks { .. } => MatchRequirement::Tasks,
            Self::ExperienceBackground { .. } => MatchRequirement::ExperienceBackground,
            Self::Training { .. } => MatchRequirement::Training,
            Self::FormOfWork { .. } => MatchRequirement::FormOfWork,
            Self::WorkingTime { .. } => MatchRequirement::WorkingTime,
            Self::Language { .. } => MatchRequirement::Language,
            Self::ServiceArea { .. } => MatchRequirement::ServiceArea,
            Self::Availability { .. } => MatchRequirement::Availability,
        }
    }
}

/// One English sentence.
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Tasks { essential } => {
                write!(f, "can take on all {} essential tasks", essential.len())
            }
            Self::ExperienceBackground { sought: true } => {
                f.write_str("meets the experience background sought")
            }
            Self::ExperienceBackground { sought: false } => {
                f.write_str("no experience background sought")
            }
            Self::Training { met } => match met {
                TrainingMet::NotRequired => f.write_str("no training required"),
                TrainingMet::KokoaStandard => f.write_str("training meets the Kokoa standard"),
                TrainingMet::Hours { required, hours } => {
                    write!(
                        f,
                        "{hours} hours of training (at least {required} required)"
                    )
                }
                TrainingMet::Trained { hours } => write!(f, "trained ({hours} hours)"),
            },
            Self::FormOfWork { form } => write!(f, "accepts {}", form.label()),
            Self::WorkingTime {
                post_percent,
                accepts_up_to_percent,
            } => write!(
                f,
                "accepts up to {accepts_up_to_percent} % working time (post: {post_percent} %)"
            ),
            Self::Language { shared } => {
                f.write_str("works in ")?;
                for (i, language) in shared.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(language.code())?;
                }
                Ok(())
            }
            Self::ServiceArea {
                municipality,
                nationwide: false,
            } => write!(f, "serves {municipality}"),
            Self::ServiceArea {
                municipality,
                nationwide: true,
            } => write!(f, "works nationwide, {municipality} included"),
            Self::Availability { period } => write!(f, "available {period}"),
        }
    }
}

/// How a candidate ranks: first by the share of the post's optional tasks they can
/// take on, then by how close their tasks are to the post's profile, then by id.
///
/// Closeness is the Jaccard index of the person's tasks and the tasks of the closest of
/// the post's profiles (or of the post's own tasks when it derives from no profile):
/// shared tasks over tasks in either. A person who takes on just what the profile
/// holds scores 1; one who takes on much else besides scores less. Both shares are
/// compared exactly, as fractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CandidateScore {
    /// The post's optional tasks the person can take on.
    pub optional_tasks: TaskSet,
    /// The number of optional tasks the post has.
    pub optional_total: u8,
    /// The profile compared with: the closest of the post's profiles; `None` when the
    /// post derives from no profile and its own tasks were compared with.
    pub closest_profile: Option<Profile>,
    /// Tasks in both the person's set and the one compared with.
    pub shared_tasks: u8,
    /// Tasks in either.
    pub union_tasks: u8,
}

impl CandidateScore {
    /// The share of the post's optional tasks the person can take on, 0 to 1; 0 when
    /// the post has none.
    #[must_use]
    pub fn optional_coverage(&self) -> f64 {
        ratio(self.optional_tasks.len(), usize::from(self.optional_total))
    }

    /// The Jaccard index of the person's tasks and the profile's, 0 to 1.
    #[must_use]
    pub fn closeness(&self) -> f64 {
        ratio(
            usize::from(self.shared_tasks),
            usize::from(self.union_tasks),
        )
    }
}

#[allow(clippy::cast_precision_loss)] // at most 32 tasks: exact in f64
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// A worker who meets every hard requirement of a post, as the ordering organisation
/// may see them: the bank's id, rank, score and the reasons.
///
/// A candidate never holds the person's experience backgrounds: its
/// [`Reason::ExperienceBackground`] says only that the post's requirement is met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Candidate {
    id: String,
    rank: usize,
    score: CandidateScore,
    reasons: Vec<Reason>,
}

impl Candidate {
    /// The bank's opaque id for the person.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The position in the ranking, from 1.
    #[must_use]
    pub fn rank(&self) -> usize {
        self.rank
    }

    /// How the candidate ranks.
    #[must_use]
    pub fn score(&self) -> &CandidateScore {
        &self.score
    }

    /// Why the candidate meets each hard requirement, in the order of
    /// [`MatchRequirement::ALL`].
    #[must_use]
    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
    }
}

/// `3. kap-0042 — optional tasks 2/3, closeness 0.80 to The Caretaker`, then one
/// reason per line.
impl fmt::Display for Candidate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let score = &self.score;
        write!(f, "{}. {}", self.rank, self.id)?;
        if score.optional_total > 0 {
            write!(
                f,
                " — optional tasks {}/{}",
                score.optional_tasks.len(),
                score.optional_total
            )?;
        }
        write!(f, " — closeness {:.2}", score.closeness())?;
        match score.closest_profile {
            Some(profile) => write!(f, " to {}", profile.name())?,
            None => f.write_str(" to the post's tasks")?,
        }
        for reason in &self.reasons {
            write!(f, "\n   - {reason}")?;
        }
        Ok(())
    }
}

/// How many workers fail exactly one hard requirement, and which: what the ordering
/// organisation could relax, or train people for.
///
/// For the tasks requirement it also counts, per essential task, how many of those
/// near misses lack it. All figures are counts; no worker is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NearMisses {
    by_requirement: [u32; MatchRequirement::COUNT],
    missing_tasks: [u32; Task::COUNT],
}

impl NearMisses {
    /// The workers who fail `requirement` and nothing else.
    #[must_use]
    pub fn count(&self, requirement: MatchRequirement) -> u32 {
        self.by_requirement
            .get(requirement as usize)
            .copied()
            .unwrap_or(0)
    }

    /// The workers who fail exactly one requirement.
    #[must_use]
    pub fn total(&self) -> u32 {
        self.by_requirement
            .iter()
            .fold(0, |sum, &n| sum.saturating_add(n))
    }

    /// Each requirement with its count, in the order of [`MatchRequirement::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (MatchRequirement, u32)> + '_ {
        MatchRequirement::ALL
            .into_iter()
            .map(|r| (r, self.count(r)))
    }

    /// Of the workers who fail only the tasks requirement, how many lack `task`.
    #[must_use]
    pub fn missing_task(&self, task: Task) -> u32 {
        self.missing_tasks.get(task as usize).copied().unwrap_or(0)
    }

    /// Essential tasks that near misses lack, with counts, most lacked first.
    #[must_use]
    pub fn missing_tasks(&self) -> Vec<(Task, u32)> {
        let mut tasks: Vec<(Task, u32)> = Task::ALL
            .iter()
            .map(|&task| (task, self.missing_task(task)))
            .filter(|&(_, n)| n > 0)
            .collect();
        tasks.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        tasks
    }

    fn add(&mut self, requirement: u32, missing: u32) {
        if let Some(n) = usize::try_from(requirement)
            .ok()
            .and_then(|i| self.by_requirement.get_mut(i))
        {
            *n = n.saturating_add(1);
        }
        let mut missing = missing;
        while missing != 0 {
            let task = missing.trailing_zeros();
            if let Some(n) = usize::try_from(task)
                .ok()
                .and_then(|i| self.missing_tasks.get_mut(i))
            {
                *n = n.saturating_add(1);
            }
            // Clears the lowest set bit; `missing` is not 0 here.
            missing &= missing.wrapping_sub(1);
        }
    }
}

/// `{"total": 7, "by_requirement": {"tasks": 3, …}, "missing_tasks": {"escorts_clients": 2}}`:
/// every requirement, in order; only tasks some near miss lacks.
impl Serialize for NearMisses {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct ByRequirement<'a>(&'a NearMisses);
        impl Serialize for ByRequirement<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(MatchRequirement::COUNT))?;
                for (requirement, n) in self.0.iter() {
                    map.serialize_entry(&requirement, &n)?;
                }
                map.end()
            }
        }
        struct Missing<'a>(&'a NearMisses);
        impl Serialize for Missing<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let tasks = self.0.missing_tasks();
                let mut map = serializer.serialize_map(Some(tasks.len()))?;
                for (task, n) in tasks {
                    map.serialize_entry(&task, &n)?;
                }
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("total", &self.total())?;
        map.serialize_entry("by_requirement", &ByRequirement(self))?;
        map.serialize_entry("missing_tasks", &Missing(self))?;
        map.end()
    }
}

/// `near misses: 7 — essential tasks 3, working time 4`, then the tasks lacked.
impl fmt::Display for NearMisses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "near misses: {}", self.total())?;
        let mut first = true;
        for (requirement, n) in self.iter().filter(|&(_, n)| n > 0) {
            f.write_str(if first { " — " } else { ", " })?;
            write!(f, "{} {n}", requirement.label())?;
            first = false;
        }
        let missing = self.missing_tasks();
        if !missing.is_empty() {
            f.write_str("\n   tasks lacked by those who miss only tasks: ")?;
            for (i, (task, n)) in missing.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{} {n}", task.id())?;
            }
        }
        Ok(())
    }
}

/// The result of [`Bank::match_job`]: the best candidates, ranked, with their reasons;
/// how many workers were considered and passed; and the near misses.
///
/// Meant for the ordering organisation: it never holds experience backgrounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matches {
    period: DateRange,
    considered: usize,
    eligible: usize,
    candidates: Vec<Candidate>,
    near_misses: NearMisses,
}

impl Matches {
    /// The period the job runs, as given.
    #[must_use]
    pub fn period(&self) -> DateRange {
        self.period
    }

    /// The number of workers in the bank at the time.
    #[must_use]
    pub fn considered(&self) -> usize {
        self.considered
    }

    /// The number of workers who meet every hard requirement (at least the number of
    /// candidates returned).
    #[must_use]
    pub fn eligible(&self) -> usize {
        self.eligible
    }

    /// The best candidates, best first, at most the limit asked for.
    #[must_use]
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    /// The workers who fail exactly one requirement.
    #[must_use]
    pub fn near_misses(&self) -> &NearMisses {
        &self.near_misses
    }
}

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
fn fraction(part: u32, whole: u32) -> u32 {
    let index = part.saturating_mul(33).saturating_add(whole);
    usize::try_from(index)
        .ok()
        .and_then(|i| FRACTIONS.get(i))
        .map_or(0, |&key| u32::from(key))
}

/// A job compiled to the bank's columns.
struct Needs {
    essential: u32,
    optional: u32,
    optional_total: u32,
    backgrounds: u8,
    min_hours: u16,
    kokoa: u8,
    form: u8,
    percent: u16,
    languages: u8,
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
    targets: Vec<u32>,
}

impl Needs {
    fn new(bank: &Bank, job: &JobDescription, period: DateRange) -> Self {
        let tasks = job.tasks();
        let requirements = job.requirements();
        let backgrounds = if requirements
            .experience_backgrounds
            .contains(&ExperienceBackground::OpenToAll)
        {
            0
        } else {
            requirements
                .experience_backgrounds
                .iter()
                .fold(0, |bits, &b| bits | background_bit(b))
        };
        let (min_hours, kokoa) = match &requirements.training {
            TrainingRequirement::KokoaStandard => (0, KOKOA),
            TrainingRequirement::Other { hours, .. } => (hours.unwrap_or(1).max(1), 0),
            TrainingRequirement::None => (0, 0),
        };
        let targets = if job.profiles().is_empty() {
            vec![task_bits(tasks.all())]
        } else {
            job.profiles()
                .iter()
                .map(|profile| task_bits(profile.tasks()))
                .collect()
        };
        let [start, end] = day_span(period);
        let municipality = bank.municipality_id(&job.location().municipality);
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
            backgrounds,
            min_hours,
            kokoa,
            form: form_bit(job.terms().form_of_work),
            percent: job.terms().working_time_percent,
            languages: job
                .languages()
                .iter()
                .fold(0, |bits, &l| bits | language_bit(l)),
            municipality,
            municipality_bit: municipality.map_or(0, municipality_bit),
            municipality_exact: bank.municipality_bits_exact(),
            start,
            end,
            targets,
        }
    }

    /// The ranking key of a worker who passes: optional coverage, then closeness.
    #[inline]
    fn key(&self, tasks: u32) -> u32 {
        let optional = fraction((tasks & self.optional).count_ones(), self.optional_total);
        let closeness = self
            .targets
            .iter()
            .map(|&target| fraction((tasks & target).count_ones(), (tasks | target).count_ones()))
            .max()
            .unwrap_or(0);
        (optional << 16) | closeness
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
                | (TRAINING & all_if(hours < n.min_hours));
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
                | (BACKGROUND & all_if(bg & n.backgrounds != n.backgrounds))
                | (TRAINING & all_if(attrs & n.kokoa != n.kokoa))
                | (FORM & all_if(attrs & n.form == 0))
                | (WORKING_TIME & all_if(u16::from(pct) < n.percent))
                | (LANGUAGE & all_if(attrs & n.languages == 0));
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
            self.passing.push((n.key(tasks), slot));
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
    /// The workers who meet every hard requirement of `job` for `period`, ranked, the
    /// best `limit` with their reasons, and the near misses.
    ///
    /// # Hard requirements
    ///
    /// A worker is a candidate when they pass every [`MatchRequirement`]:
    ///
    /// | requirement | the worker… |
    /// |---|---|
    /// | tasks | can take on every essential task (`job.tasks().essential`) |
    /// | experience background | has **every** background the post seeks; none sought or `open_to_all`: no requirement |
    /// | training | `KokoaStandard`: meets the Kokoa standard (≥ 50 h over ≥ 4 months); `Other` with hours: has at least as many; `Other` without: has some training; `None`: nothing |
    /// | form of work | accepts the post's form |
    /// | working time | accepts at least the post's percentage |
    /// | language | works in at least one of the post's languages |
    /// | service area | serves the post's municipality (case-insensitive) or works nationwide |
    /// | availability | has one range (adjoining ranges joined) covering all of `period` |
    ///
    /// # Ranking
    ///
    /// Candidates are ordered by [`CandidateScore`]: the share of the post's optional
    /// tasks they can take on, then the closeness of their tasks to the closest of the
    /// post's profiles, then by id — so the ranking is the same whatever order the
    /// workers were added in.
    ///
    /// # Near misses
    ///
    /// Every worker who fails exactly one requirement is counted under it
    /// ([`NearMisses`]).
    ///
    /// # Cost
    ///
    /// One pass over the columns, linear in the number of workers: about 4 ns each
    /// (about 4 ms for 1 000 000 workers on one core; see `benches/bank.rs`). Then a
    /// partial selection of the best `limit`, and reasons for those only.
    #[must_use]
    pub fn match_job(&self, job: &JobDescription, period: DateRange, limit: usize) -> Matches {
        let needs = Needs::new(self, job, period);
        let (passing, near_misses) = self.scan(&needs);
        let eligible = passing.len();
        let best = self.best(passing, limit);
        let candidates = best
            .into_iter()
            .enumerate()
            .filter_map(|(i, slot)| self.candidate(slot, i.saturating_add(1), &needs, job, period))
            .collect();
        Matches {
            period,
            considered: self.len(),
            eligible,
            candidates,
            near_misses,
        }
    }

    /// The pass over every worker: the ranking keys and slots of those who pass, and the
    /// near misses.
    ///
    /// Workers go in blocks of 64. A branch-free loop computes each one's failure mask
    /// from the inline columns and marks the few whose outcome is open: no failure or
    /// one (a candidate or a near miss), or service-area and availability failures the
    /// overflow block may clear. Only those are looked at again.
    fn scan(&self, needs: &Needs) -> (Vec<(u32, u32)>, NearMisses) {
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

    /// The slots of the best `limit` of `passing`, best first: by key, highest first,
    /// then by id.
    fn best(&self, mut passing: Vec<(u32, u32)>, limit: usize) -> Vec<u32> {
        let id = |slot: u32| -> &str {
            usize::try_from(slot)
                .ok()
                .and_then(|slot| self.ids.get(slot))
                .map_or("", AsRef::as_ref)
        };
        let by_rank =
            |a: &(u32, u32), b: &(u32, u32)| b.0.cmp(&a.0).then_with(|| id(a.1).cmp(id(b.1)));
        let Some(last) = limit.checked_sub(1) else {
            return Vec::new();
        };
        if passing.len() > limit {
            // Partition by key alone (cheap, no ids), then break the ties at the cut by
            // id among the few that need it.
            passing.select_nth_unstable_by(last, |a, b| b.0.cmp(&a.0));
            let threshold = passing.get(last).map_or(0, |&(key, _)| key);
            let mut chosen: Vec<(u32, u32)> = passing
                .iter()
                .copied()
                .filter(|&(key, _)| key > threshold)
                .collect();
            let mut ties: Vec<(u32, u32)> = passing
                .iter()
                .copied()
                .filter(|&(key, _)| key == threshold)
                .collect();
            // At least 1: fewer than `limit` keys are above the threshold.
            let wanted = limit.saturating_sub(chosen.len());
            if let Some(last_tie) = wanted.checked_sub(1)
                && ties.len() > wanted
            {
                ties.select_nth_unstable_by(last_tie, |a, b| id(a.1).cmp(id(b.1)));
                ties.truncate(wanted);
            }
            chosen.append(&mut ties);
            passing = chosen;
        }
        passing.sort_unstable_by(by_rank);
        passing.truncate(limit);
        passing.into_iter().map(|(_, slot)| slot).collect()
    }

    /// The candidate in `slot`, with score and reasons.
    fn candidate(
        &self,
        slot: u32,
        rank: usize,
        needs: &Needs,
        job: &JobDescription,
        period: DateRange,
    ) -> Option<Candidate> {
        let index = usize::try_from(slot).ok()?;
        let id = self.ids.get(index)?.to_string();
        let tasks = *self.tasks.get(index)?;
        let attrs = *self.attrs.get(index)?;
        let max_percent = *self.max_percent.get(index)?;
        let hours = *self.training_hours.get(index)?;

        // The closest target, the first of the post's profiles on a tie.
        let profiles = job.profiles();
        let (closest, shared, union) = needs
            .targets
            .iter()
            .enumerate()
            .map(|(i, &target)| {
                let shared = (tasks & target).count_ones();
                let union = (tasks | target).count_ones();
                (profiles.get(i).copied(), shared, union)
            })
            .reduce(|best, next| {
                // The keys of `fraction` order the shares exactly, as the ranking does.
                let better = fraction(next.1, next.2) > fraction(best.1, best.2);
                if better { next } else { best }
            })
            .unwrap_or((None, 0, 0));
        let small = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
        let score = CandidateScore {
            optional_tasks: task_set(tasks & needs.optional),
            optional_total: small(needs.optional_total),
            closest_profile: closest,
            shared_tasks: small(shared),
            union_tasks: small(union),
        };

        let requirements = job.requirements();
        let training = match &requirements.training {
            TrainingRequirement::None => TrainingMet::NotRequired,
            TrainingRequirement::KokoaStandard => TrainingMet::KokoaStandard,
            TrainingRequirement::Other {
                hours: Some(required),
                ..
            } => TrainingMet::Hours {
                required: *required,
                hours,
            },
            TrainingRequirement::Other { hours: None, .. } => TrainingMet::Trained { hours },
        };
        let reasons = vec![
            Reason::Tasks {
                essential: job.tasks().essential,
            },
            Reason::ExperienceBackground {
                sought: needs.backgrounds != 0,
            },
            Reason::Training { met: training },
            Reason::FormOfWork {
                form: job.terms().form_of_work,
            },
            Reason::WorkingTime {
                post_percent: job.terms().working_time_percent,
                accepts_up_to_percent: u16::from(max_percent),
            },
            Reason::Language {
                shared: job
                    .languages()
                    .iter()
                    .copied()
                    .filter(|&l| attrs & language_bit(l) != 0)
                    .collect(),
            },
            Reason::ServiceArea {
                municipality: job.location().municipality.clone(),
                nationwide: attrs & NATIONWIDE != 0,
            },
            Reason::Availability { period },
        ];
        Some(Candidate {
            id,
            rank,
            score,
            reasons,
        })
    }
}
