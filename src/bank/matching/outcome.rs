//! What a match returns: the ranked [`Candidate`]s with their [`CandidateScore`]s, the
//! [`NearMisses`], and [`Matches`], which holds them all.

use core::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::profile::Profile;
use crate::task::Task;
use crate::task_set::TaskSet;

use super::super::availability::DateRange;
use super::requirement::{MatchRequirement, Reason};

/// How a candidate ranks: first by the share of the post's optional tasks they can
/// take on, then by the share of what the post would like that they have, then by how
/// close their tasks are to the post's profile, then by id.
///
/// Closeness is the Jaccard index of the person's tasks and the tasks of the closest of
/// the post's profiles (or of the post's own tasks when it derives from no profile):
/// shared tasks over tasks in either. A person who takes on just what the profile
/// holds scores 1; one who takes on much else besides scores less. The shares are
/// compared exactly, as fractions.
///
/// What the post would like is counted item by item: the desired training if the
/// person has it, and each desired language they work in. The experience backgrounds a
/// post would like are not counted, and do not rank: a count or a rank by them would
/// tell the ordering organisation which candidates have them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CandidateScore {
    /// The post's optional tasks the person can take on.
    pub optional_tasks: TaskSet,
    /// The number of optional tasks the post has.
    pub optional_total: u8,
    /// How many of the things the post would like the person has.
    pub desired_met: u8,
    /// How many things the post would like that a match counts: its desired training
    /// and languages.
    pub desired_total: u8,
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

    /// The share of what the post would like that the person has, 0 to 1; 0 when the
    /// post would like nothing.
    #[must_use]
    pub fn desired_coverage(&self) -> f64 {
        ratio(
            usize::from(self.desired_met),
            usize::from(self.desired_total),
        )
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
    pub(super) id: String,
    pub(super) rank: usize,
    pub(super) score: CandidateScore,
    pub(super) reasons: Vec<Reason>,
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

/// `3. kap-0042 — optional tasks 2/3 — wishes met 1/2 — closeness 0.80 to The
/// Caretaker`, then one reason per line.
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
        if score.desired_total > 0 {
            write!(
                f,
                " — wishes met {}/{}",
                score.desired_met, score.desired_total
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
            .iter()
            .copied()
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

    pub(super) fn add(&mut self, requirement: u32, missing: u32) {
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

/// For people: `near misses: 7 — essential tasks 3, working time 4`, then the tasks
/// lacked, one a line, each by its English label with its count.
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
            // One task a line: a task's label may hold a comma.
            f.write_str("\n   tasks lacked by those who miss only tasks:")?;
            for (task, n) in missing {
                write!(f, "\n   - {}: {n}", task.label())?;
            }
        }
        Ok(())
    }
}

/// The result of [`Bank::match_job`](crate::Bank::match_job): the best candidates,
/// ranked, with their reasons; how many workers were considered and passed; and the near
/// misses.
///
/// Meant for the ordering organisation: it never holds experience backgrounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matches {
    pub(super) period: DateRange,
    pub(super) considered: usize,
    pub(super) eligible: usize,
    pub(super) candidates: Vec<Candidate>,
    pub(super) near_misses: NearMisses,
    pub(super) unmatched_own_tasks: usize,
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

    /// The number of the post's own tasks, which no record speaks of: the match did not
    /// check them, so the bank checks them with the candidates.
    #[must_use]
    pub fn unmatched_own_tasks(&self) -> usize {
        self.unmatched_own_tasks
    }
}

/// A short summary for people, in English: the period, how many workers were
/// considered and are eligible, the candidates shown (each with rank, id, score and
/// reasons, as [`Candidate`] displays them), the [`NearMisses`], and the post's own
/// tasks the match could not check.
///
/// Like the rest of `Matches`, it never shows a person's experience backgrounds.
///
/// ```text
/// 2017-09-01 to 2017-11-30: 6 workers considered, 1 eligible, 1 shown
/// 1. kap-1 — wishes met 3/4 — closeness 1.00 to The Caretaker
///    - can take on all 8 essential tasks
///    - meets the experience background required
///    …
/// near misses: 4 — essential tasks 2, working time 2
/// not matched: the post's 1 own task (check it with the candidates)
/// ```
impl fmt::Display for Matches {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let workers = if self.considered == 1 {
            "worker"
        } else {
            "workers"
        };
        writeln!(
            f,
            "{}: {} {workers} considered, {} eligible, {} shown",
            self.period,
            self.considered,
            self.eligible,
            self.candidates.len()
        )?;
        for candidate in &self.candidates {
            writeln!(f, "{candidate}")?;
        }
        write!(f, "{}", self.near_misses)?;
        match self.unmatched_own_tasks {
            0 => Ok(()),
            1 => f.write_str("\nnot matched: the post's 1 own task (check it with the candidates)"),
            n => write!(
                f,
                "\nnot matched: the post's {n} own tasks (check them with the candidates)"
            ),
        }
    }
}
