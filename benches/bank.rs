//! Benchmarks of matching a job against a peer-worker [`Bank`], against the naive model a
//! service would write without it.
//!
//! # What is measured
//!
//! For rosters of 1 000, 100 000 and 1 000 000 synthetic workers (a seeded generator,
//! no data files), one match of the Vantaa Caretaker post over the autumn 2017 period
//! asking for the best 10 candidates, in two models doing the same work:
//!
//! - `indexed`: [`Bank::match_job`] — hard requirements, ranking, near misses, reasons
//!   for the best 10;
//! - `naive`: a `Vec` of records holding `HashSet<String>` task ids (and string lists
//!   for everything else, municipalities by code), checked requirement by requirement
//!   (what the post requires), every passing worker scored with floating-point shares
//!   (optional tasks, what the post would like, closeness), sorted, cut to 10; the same
//!   near-miss counts.
//!
//! Before timing, each size checks that both models give the same ranked ids, eligible
//! count and near-miss counts.
//!
//! # Goals
//!
//! - at most **5 ms** for a match over 1 000 000 workers, on one thread;
//! - cost **linear** in the number of workers (compare the `thrpt` lines);
//! - at least **50×** faster than the naive model in the same run;
//! - at most **32 bytes per worker** in the hot index ([`Bank::HOT_BYTES_PER_WORKER`]).
//!
//! Besides criterion's report, the run starts with a summary that times both models
//! with a plain clock (median of several runs) and prints the ratio per size.
//!
//! Run with `cargo bench --bench bank`. Measurement times are short and the 1 000 000
//! group takes 10 flat samples, so the whole run takes a few minutes.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use example::Generator;
use peerwork::{
    Bank, Date, DateRange, ExperienceBackground, JobDescription, MatchRequirement,
    PeerWorkerRecord, Profile, Qualifications, ServiceArea, TaskSet, TrainingRequirement,
};

/// Candidates asked for per match.
const LIMIT: usize = 10;

/// The period of the autumn pilots: September to November 2017 [V].
fn autumn() -> DateRange {
    let (Ok(start), Ok(end)) = (Date::new(2017, 9, 1), Date::new(2017, 11, 30)) else {
        unreachable!("valid dates")
    };
    DateRange::between(start, end).expect("a valid range")
}

/// The job every match asks about.
fn job() -> JobDescription {
    JobDescription::vantaa_pilot(Profile::Caretaker)
        .build()
        .expect("the Vantaa preset is valid")
}

// ---------------------------------------------------------------------------------
// The naive model.

/// A worker as a service would keep one without the crate: strings and hash sets.
struct NaiveWorker {
    id: String,
    tasks: HashSet<String>,
    experience_backgrounds: HashSet<String>,
    /// Hours and months.
    training: Option<(u16, u16)>,
    forms_of_work: Vec<String>,
    max_working_time_percent: u16,
    languages: Vec<String>,
    /// Statistics Finland codes.
    municipalities: Vec<String>,
    nationwide: bool,
    availability: Vec<(Date, Option<Date>)>,
}

impl NaiveWorker {
    fn from(record: &PeerWorkerRecord) -> Self {
        let (municipalities, nationwide) = match record.service_area() {
            ServiceArea::Nationwide => (Vec::new(), true),
            ServiceArea::Municipalities(served) => {
                (served.iter().map(|m| m.code().to_owned()).collect(), false)
            }
        };
        Self {
            id: record.id().to_owned(),
            tasks: record.tasks().iter().map(|t| t.id().to_owned()).collect(),
            experience_backgrounds: record
                .experience_backgrounds()
                .iter()
                .map(ToString::to_string)
                .collect(),
            training: record.training().map(|t| (t.hours, t.months)),
            forms_of_work: record
                .forms_of_work()
                .iter()
                .map(ToString::to_string)
                .collect(),
            max_working_time_percent: record.max_working_time_percent(),
            languages: record.languages().iter().map(ToString::to_string).collect(),
            municipalities,
            nationwide,
            availability: record
                .availability()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect(),
        }
    }
}

/// Backgrounds, training and languages in the naive model's terms: what a post
/// requires, or what it would like.
struct NaiveQualifications {
    /// Without `open_to_all`, which asks for no background of one's own.
    backgrounds: Vec<String>,
    training: Option<TrainingRequirement>,
    languages: Vec<String>,
}

impl NaiveQualifications {
    fn from(qualifications: &Qualifications) -> Self {
        Self {
            backgrounds: qualifications
                .experience_backgrounds
                .iter()
                .filter(|&&b| b != ExperienceBackground::OpenToAll)
                .map(ToString::to_string)
                .collect(),
            training: qualifications.training.clone(),
            languages: qualifications
                .languages
                .iter()
                .map(ToString::to_string)
                .collect(),
        }
    }

    /// How many of them one has, and how many there are.
    fn met(&self, w: &NaiveWorker) -> (usize, usize) {
        let backgrounds = self
            .backgrounds
            .iter()
            .filter(|b| w.experience_backgrounds.contains(*b))
            .count();
        let training = self
            .training
            .as_ref()
            .map_or(0, |t| usize::from(trained(w, t)));
        let languages = self
            .languages
            .iter()
            .filter(|l| w.languages.contains(*l))
            .count();
        (
            backgrounds + training + languages,
            self.backgrounds.len() + usize::from(self.training.is_some()) + self.languages.len(),
        )
    }
}

/// Whether the worker has the training asked for.
fn trained(w: &NaiveWorker, training: &TrainingRequirement) -> bool {
    match training {
        TrainingRequirement::KokoaStandard => w.training.is_some_and(|(h, m)| {
            h >= TrainingRequirement::KOKOA_MIN_HOURS && m >= TrainingRequirement::KOKOA_MIN_MONTHS
        }),
        TrainingRequirement::Other {
            hours: Some(required),
            ..
        } => w.training.is_some_and(|(h, _)| h >= *required),
        TrainingRequirement::Other { hours: None, .. } => w.training.is_some(),
        _ => unreachable!("a training requirement the bench does not know"),
    }
}

/// The job in the naive model's terms.
struct NaiveJob {
    essential: Vec<String>,
    optional: Vec<String>,
    required: NaiveQualifications,
    desired: NaiveQualifications,
    form: String,
    /// 0 when the post sets no working time (fee-based, volunteer).
    percent: u16,
    /// A Statistics Finland code.
    municipality: String,
    period: (Date, Option<Date>),
    profiles: Vec<HashSet<String>>,
}

impl NaiveJob {
    fn from(job: &JobDescription, period: DateRange) -> Self {
        let ids = |set: TaskSet| set.iter().map(|t| t.id().to_owned()).collect::<Vec<_>>();
        let profiles = if job.profiles().is_empty() {
            vec![ids(job.tasks().all()).into_iter().collect()]
        } else {
            job.profiles()
                .iter()
                .map(|p| ids(p.tasks()).into_iter().collect())
                .collect()
        };
        Self {
            essential: ids(job.tasks().essential),
            optional: ids(job.tasks().optional),
            required: NaiveQualifications::from(&job.requirements().required),
            desired: NaiveQualifications::from(&job.requirements().desired),
            form: job.form_of_work().to_string(),
            percent: job
                .terms()
                .salaried()
                .map_or(0, |t| u16::from(t.working_time_percent)),
            municipality: job.location().municipality.code().to_owned(),
            period: (period.start(), period.end()),
            profiles,
        }
    }
}

/// What both models report: the best ids, the eligible count, near misses per
/// requirement.
#[derive(Debug, PartialEq)]
struct Outcome {
    best: Vec<String>,
    eligible: usize,
    near_misses: Vec<u32>,
}

fn naive_match(workers: &[NaiveWorker], job: &NaiveJob, limit: usize) -> Outcome {
    let mut passing: Vec<(f64, f64, f64, &str)> = Vec::new();
    let mut near = vec![0u32; MatchRequirement::ALL.len()];
    let required = &job.required;
    for w in workers {
        let (start, end) = job.period;
        let checks = [
            job.essential.iter().all(|t| w.tasks.contains(t)),
            required
                .backgrounds
                .iter()
                .all(|b| w.experience_backgrounds.contains(b)),
            required.training.as_ref().is_none_or(|t| trained(w, t)),
            w.forms_of_work.contains(&job.form),
            w.max_working_time_percent >= job.percent,
            required.languages.iter().all(|l| w.languages.contains(l)),
            w.nationwide || w.municipalities.contains(&job.municipality),
            w.availability.iter().any(|&(from, until)| {
                from <= start
                    && match (until, end) {
                        (None, _) => true,
                        (Some(_), None) => false,
                        (Some(until), Some(end)) => end <= until,
                    }
            }),
        ];
        let failed: Vec<usize> = (0..checks.len()).filter(|&i| !checks[i]).collect();
        match failed.as_slice() {
            [] => {
                let share = |(part, whole): (usize, usize)| {
                    if whole == 0 {
                        0.0
                    } else {
                        part as f64 / whole as f64
                    }
                };
                let optional = share((
                    job.optional.iter().filter(|t| w.tasks.contains(*t)).count(),
                    job.optional.len(),
                ));
                let desired = share(job.desired.met(w));
                let closeness = job
                    .profiles
                    .iter()
                    .map(|p| {
                        let shared = w.tasks.intersection(p).count() as f64;
                        let union = w.tasks.union(p).count() as f64;
                        shared / union
                    })
                    .fold(0.0, f64::max);
                passing.push((optional, desired, closeness, &w.id));
            }
            [one] => near[*one] += 1,
            _ => {}
        }
    }
    let eligible = passing.len();
    passing.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(b.2.total_cmp(&a.2))
            .then(a.3.cmp(b.3))
    });
    passing.truncate(limit);
    Outcome {
        best: passing.into_iter().map(|p| p.3.to_owned()).collect(),
        eligible,
        near_misses: near,
    }
}

fn indexed_match(bank: &Bank, job: &JobDescription, period: DateRange, limit: usize) -> Outcome {
    let matches = bank.match_job(job, period, limit);
    Outcome {
        best: matches
            .candidates()
            .iter()
            .map(|c| c.id().to_owned())
            .collect(),
        eligible: matches.eligible(),
        near_misses: matches.near_misses().iter().map(|(_, n)| n).collect(),
    }
}

// ---------------------------------------------------------------------------------
// Running.

/// Both models of one synthetic roster.
struct Roster {
    size: usize,
    bank: Bank,
    naive: Vec<NaiveWorker>,
}

fn roster(size: usize) -> Roster {
    let mut generator = Generator::new(2017).expect("the example's municipalities are known");
    let mut bank = Bank::with_capacity(size);
    let mut naive = Vec::with_capacity(size);
    for i in 0..size {
        let record = generator
            .record(i)
            .expect("the generator makes valid records");
        bank.insert(&record).expect("ids are unique");
        naive.push(NaiveWorker::from(&record));
    }
    Roster { size, bank, naive }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let started = Instant::now();
                black_box(f());
                started.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let job = job();
    let period = autumn();
    let naive_job = NaiveJob::from(&job, period);

    println!(
        "hot index: {} bytes per worker (goal: at most 32)",
        Bank::HOT_BYTES_PER_WORKER
    );
    const { assert!(Bank::HOT_BYTES_PER_WORKER <= 32, "the hot index grew") };
    println!(
        "{:>9}  {:>12}  {:>12}  {:>7}  {:>9}",
        "workers", "indexed", "naive", "ratio", "ns/worker"
    );
    for size in [1_000, 100_000, 1_000_000] {
        let roster = roster(size);
        // Both models agree before anything is timed.
        let expected = naive_match(&roster.naive, &naive_job, LIMIT);
        assert_eq!(indexed_match(&roster.bank, &job, period, LIMIT), expected);

        let runs = if size >= 1_000_000 { 5 } else { 15 };
        let indexed = time(runs * 4, || roster.bank.match_job(&job, period, LIMIT));
        let naive = time(runs, || naive_match(&roster.naive, &naive_job, LIMIT));
        println!(
            "{size:>9}  {:>9.3} ms  {:>9.3} ms  {:>6.0}×  {:>9.2}   ({} eligible, {} near misses)",
            indexed.as_secs_f64() * 1e3,
            naive.as_secs_f64() * 1e3,
            naive.as_secs_f64() / indexed.as_secs_f64(),
            indexed.as_secs_f64() * 1e9 / size as f64,
            expected.eligible,
            expected.near_misses.iter().sum::<u32>(),
        );

        let mut group = criterion.benchmark_group(format!("match_{size}"));
        group.throughput(Throughput::Elements(roster.size as u64));
        if size >= 1_000_000 {
            group.sample_size(10).sampling_mode(SamplingMode::Flat);
        } else if size >= 100_000 {
            group.sample_size(20).sampling_mode(SamplingMode::Flat);
        }
        group.bench_function(BenchmarkId::new("indexed", size), |b| {
            b.iter(|| black_box(&roster.bank).match_job(black_box(&job), period, LIMIT));
        });
        group.bench_function(BenchmarkId::new("naive", size), |b| {
            b.iter(|| naive_match(black_box(&roster.naive), black_box(&naive_job), LIMIT));
        });
        group.finish();
    }
    criterion.final_summary();
}

// The synthetic roster: the generator of examples/bank.rs, so the bench and the example
// make the same people.
#[path = "../examples/bank.rs"]
#[allow(dead_code)] // the example's `main` and printing are not used here
mod example;
