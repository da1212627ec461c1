//! Matching a job against the bank: hard requirements, ranking, reasons, near misses.
//!
//! [`Bank::match_job`] is here, with the ranking of those who pass and the reasons of
//! the best; [`requirement`] holds what a match checks and why a candidate passes,
//! [`outcome`] what it returns, and [`scan`] the pass over every worker.

mod outcome;
mod requirement;
mod scan;

use crate::job::{JobDescription, TrainingRequirement};
use crate::language::Language;

use super::availability::DateRange;
use super::index::{Bank, NATIONWIDE, language_bit, task_set};

pub use outcome::{Candidate, CandidateScore, Matches, NearMisses};
pub use requirement::{MatchRequirement, Reason, TrainingMet};
use scan::{Needs, fraction};

impl Bank {
    /// The workers who meet every hard requirement of `job` for `period`, ranked, the
    /// best `limit` with their reasons, and the near misses.
    ///
    /// # Hard requirements
    ///
    /// A worker is a candidate when they pass every [`MatchRequirement`]. The
    /// requirements are what the post **requires** (`job.requirements().required`);
    /// what it would like only ranks.
    ///
    /// | requirement | the worker… |
    /// |---|---|
    /// | tasks | can take on every essential catalogue task (`job.tasks().essential`) |
    /// | experience background | has **every** background the post requires; none required, or `open_to_all`: no requirement (everyone in a bank brings a lived experience of their own) |
    /// | training | `KokoaStandard`: meets the Kokoa standard (≥ 50 h over ≥ 4 months); `Other` with hours: has at least as many; `Other` without: has some training; none required: nothing |
    /// | form of work | accepts the post's form |
    /// | working time | salaried posts: accepts at least the post's percentage; other forms set none |
    /// | language | works in **every** language the post requires |
    /// | service area | serves the post's municipality or works nationwide |
    /// | availability | has one range (adjoining ranges joined) covering all of `period` |
    ///
    /// The post's own tasks ([`JobTasks::own`](crate::JobTasks::own)) are not in the
    /// catalogue, so no record says who can take them on: they are not matched, and
    /// [`Matches::unmatched_own_tasks`] counts them, for the bank to check with the
    /// candidates.
    ///
    /// # Ranking
    ///
    /// Candidates are ordered by [`CandidateScore`]: the share of the post's optional
    /// tasks they can take on; then the share of what the post would like
    /// (`job.requirements().desired`: the training and each language) that they have
    /// — not the backgrounds it would like, for a rank by them would tell who has them; then the closeness of their tasks to the closest of the post's
    /// profiles; then by id — so the ranking is the same whatever order the workers
    /// were added in.
    ///
    /// # Near misses
    ///
    /// Every worker who fails exactly one requirement is counted under it
    /// ([`NearMisses`]).
    ///
    /// # Cost
    ///
    /// One pass over the columns, linear in the number of workers: about 10 ns each
    /// (10 to 14 ms for 1 000 000 workers and a pilot post on one core; see
    /// `benches/bank.rs`). Then a
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
            unmatched_own_tasks: job.tasks().own.len(),
        }
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
        let backgrounds = *self.backgrounds.get(index)?;

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
            desired_met: small(needs.desired.met(backgrounds, attrs, hours)),
            desired_total: small(needs.desired_total),
            closest_profile: closest,
            shared_tasks: small(shared),
            union_tasks: small(union),
        };

        let required = &job.requirements().required;
        let training = match &required.training {
            None => TrainingMet::NotRequired,
            Some(TrainingRequirement::Other {
                hours: Some(least), ..
            }) => TrainingMet::Hours {
                required: *least,
                hours,
            },
            Some(TrainingRequirement::Other { hours: None, .. }) => TrainingMet::Trained { hours },
            Some(_) => TrainingMet::KokoaStandard,
        };
        let reasons = vec![
            Reason::Tasks {
                essential: job.tasks().essential,
            },
            Reason::ExperienceBackground {
                sought: needs.required.backgrounds != 0,
            },
            Reason::Training { met: training },
            Reason::FormOfWork {
                form: job.form_of_work(),
            },
            Reason::WorkingTime {
                post_percent: job.terms().salaried().map(|t| t.working_time_percent),
                accepts_up_to_percent: max_percent,
            },
            Reason::Language {
                required: Language::ALL
                    .iter()
                    .copied()
                    .filter(|&l| needs.required.languages & language_bit(l) != 0)
                    .collect(),
            },
            Reason::ServiceArea {
                municipality: job.location().municipality,
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
