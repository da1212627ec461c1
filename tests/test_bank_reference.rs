//! The peer-worker bank's scan against a reference: the rules written plainly over
//! records, and the ranking as exact fractions, agree with the index on random rosters
//! and random posts (any form of work; what they require and what they would like
//! drawn apart), through adds, updates and removes.

#[path = "util/bank.rs"]
mod bank;
mod util;

use std::cmp::Ordering;

use peerwork::{
    Aim, Assignment, Audience, Bank, Contract, Date, DateRange, ExperienceBackground, FeeActivity,
    FeeTerms, FormOfWork, Hours, JobDescription, Language, MatchRequirement, Municipality, OwnTask,
    PeerWorkerRecord, Profile, Qualifications, Roster, SalariedTerms, Task, TaskCategory, TaskSet,
    Terms, Training, TrainingKind, TrainingRequirement, VolunteerTerms,
};
use proptest::prelude::*;

use bank::{autumn, bank_of, build, date, fit, municipality, plain_post, range};

use ExperienceBackground::{
    CloseRelative, CriminalBackground, Homelessness, MentalHealth, OpenToAll, Substances,
};

/// A small deterministic generator over the shared SplitMix64.
struct Rng(util::SplitMix64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The municipalities of the random records and posts: Vantaa and its neighbours.
fn towns() -> [Municipality; 6] {
    [
        Municipality::VANTAA,
        Municipality::HELSINKI,
        Municipality::ESPOO,
        Municipality::KERAVA,
        municipality("Tuusula"),
        municipality("Sipoo"),
    ]
}

const BACKGROUNDS: [ExperienceBackground; 5] = [
    MentalHealth,
    CloseRelative,
    Substances,
    CriminalBackground,
    Homelessness,
];

/// A random record, likely enough to pass a random post's hard requirements that a
/// match has candidates to rank.
fn random_record(rng: &mut Rng, id: &str) -> PeerWorkerRecord {
    // One profile's tasks, or several profiles', with a few dropped and a few added.
    let mut tasks = TaskSet::EMPTY;
    for _ in 0..[1, 2, 4, 4][rng.below(4)] {
        tasks |= Profile::ALL[rng.below(Profile::ALL.len())].tasks();
    }
    for &task in Task::ALL {
        if rng.chance(if tasks.contains(task) { 2 } else { 15 }) {
            tasks ^= task;
        }
    }
    if tasks.is_empty() {
        tasks = Task::ListensToClients.into();
    }
    let backgrounds: Vec<ExperienceBackground> =
        BACKGROUNDS.into_iter().filter(|_| rng.chance(50)).collect();
    let mut forms: Vec<FormOfWork> = [
        FormOfWork::Volunteer,
        FormOfWork::FeeBased,
        FormOfWork::Salaried,
    ]
    .into_iter()
    .filter(|_| rng.chance(70))
    .collect();
    if forms.is_empty() {
        forms.push(FormOfWork::Salaried);
    }
    let mut languages: Vec<Language> = Language::ALL
        .iter()
        .copied()
        .filter(|&l| rng.chance(if l == Language::Finnish { 90 } else { 50 }))
        .collect();
    if languages.is_empty() {
        languages.push(Language::Swedish);
    }
    let mut builder = PeerWorkerRecord::builder(id)
        .tasks(tasks)
        .experience_backgrounds(backgrounds)
        .forms_of_work(forms)
        .max_working_time_percent([20, 40, 50, 60, 100][rng.below(5)])
        .languages(languages);
    if rng.chance(70) {
        let hours = [20, 39, 40, 49, 50, 80][rng.below(6)];
        let months = [2, 3, 4, 6][rng.below(4)];
        builder = builder.training(Training::new(TrainingKind::Other, hours, months));
    }
    let towns = towns();
    builder = if rng.chance(15) {
        builder.nationwide()
    } else {
        let n = 1 + rng.below(5);
        let start = rng.below(towns.len());
        builder.municipalities((0..n).map(|i| towns[(start + i) % towns.len()]))
    };
    // Half are available all year, or from a day on; the others by random ranges, some
    // adjoining, some in the overflow area.
    if rng.chance(50) {
        let all_year = match rng.below(3) {
            0 => DateRange::open_ended(date("2016-12-01")),
            _ => range("2017-01-01", "2017-12-31"),
        };
        return build(builder.available(all_year));
    }
    let mut ranges = Vec::new();
    let mut start = Date::new(2017, 1 + rng.below(9) as u8, 1).unwrap();
    for _ in 0..rng.below(4) {
        if rng.chance(15) {
            ranges.push(DateRange::open_ended(start));
            break;
        }
        let end_month = (start.month() + rng.below(3) as u8).min(11);
        let end = Date::new(2017, end_month, 28).unwrap();
        if end < start {
            break;
        }
        ranges.push(DateRange::between(start, end).unwrap());
        // The next range adjoins this one, or leaves a gap.
        start = match (rng.chance(50), end_month) {
            (true, 2) => Date::new(2017, 3, 1),
            (true, _) => Date::new(2017, end_month, 29),
            (false, _) => Date::new(2017, end_month + 1, 2),
        }
        .unwrap();
    }
    build(builder.availability(ranges))
}

/// A random training requirement, or none.
fn random_training(rng: &mut Rng) -> Option<TrainingRequirement> {
    match rng.below(8) {
        0 => Some(TrainingRequirement::KokoaStandard),
        1 => Some(TrainingRequirement::Other {
            description: "vertaistukijakoulutus".into(),
            hours: Some([1, 40, 50][rng.below(3)]),
        }),
        2 => Some(TrainingRequirement::other("vertaistukijakoulutus")),
        _ => None,
    }
}

/// A random post: a pilot profile's tasks, some optional or left out; any form of
/// work; what it requires and what it would like drawn apart, each background and
/// language required, desired or neither; sometimes a task of its own.
fn random_job(rng: &mut Rng) -> JobDescription {
    let profile = Profile::ALL[rng.below(Profile::ALL.len())];
    let terms = match rng.below(5) {
        0 => Terms::FeeBased(FeeTerms::new([Assignment::new(
            FeeActivity::Meeting,
            Hours::whole(2),
        )])),
        1 => Terms::Volunteer(VolunteerTerms::new()),
        _ => Terms::Salaried(SalariedTerms::new(
            [20, 50, 60][rng.below(3)],
            Contract::Permanent,
        )),
    };
    let mut builder = plain_post(profile)
        .location(towns()[rng.below(6)])
        .terms(terms);
    if rng.chance(30) {
        builder = builder.without(Task::IntroducesNewViewpoints | Task::ListensToClients);
    }
    if rng.chance(50) {
        builder = builder.optional(Task::EscortsClients | Task::TeachesProfessionals);
    }
    if rng.chance(20) {
        builder = builder.own_task(OwnTask::new(
            "coffee_evenings",
            "kahvi-illat",
            (
                Audience::Peers,
                Aim::Support,
                TaskCategory::CommunityBuilding,
            ),
        ));
    }
    let (mut required, mut desired) = (Qualifications::none(), Qualifications::none());
    if rng.chance(20) {
        required.experience_backgrounds.push(OpenToAll);
    }
    for background in BACKGROUNDS {
        match rng.below(100) {
            0..10 if required.experience_backgrounds != [OpenToAll] => {
                required.experience_backgrounds.push(background);
            }
            10..40 => desired.experience_backgrounds.push(background),
            _ => {}
        }
    }
    required.training = random_training(rng);
    desired.training = random_training(rng).filter(|t| Some(t) != required.training.as_ref());
    for &language in Language::ALL {
        let required_chance = if language == Language::Finnish {
            80
        } else {
            15
        };
        if rng.chance(required_chance) {
            required.languages.push(language);
        } else if rng.chance(40) {
            desired.languages.push(language);
        }
    }
    if required.languages.is_empty() {
        required.languages.push(Language::Swedish);
        desired.languages.retain(|&l| l != Language::Swedish);
    }
    builder = builder
        .required_backgrounds(required.experience_backgrounds)
        .desired_backgrounds(desired.experience_backgrounds)
        .required_languages(required.languages)
        .desired_languages(desired.languages);
    if let Some(training) = required.training {
        builder = builder.required_training(training);
    }
    if let Some(training) = desired.training {
        builder = builder.desired_training(training);
    }
    builder.build().unwrap()
}

/// Whether `record` has the training `wanted` asks for.
fn has_training(record: &PeerWorkerRecord, wanted: &TrainingRequirement) -> bool {
    match wanted {
        TrainingRequirement::KokoaStandard => record.meets_kokoa_standard(),
        TrainingRequirement::Other { hours: Some(h), .. } => {
            record.training().is_some_and(|t| t.hours >= *h)
        }
        TrainingRequirement::Other { hours: None, .. } => record.training().is_some(),
        _ => unreachable!("a training requirement this test does not know"),
    }
}

/// The rules, written plainly over records: which requirements a record fails.
fn reference_failures(
    record: &PeerWorkerRecord,
    job: &JobDescription,
    period: DateRange,
) -> Vec<MatchRequirement> {
    let required = &job.requirements().required;
    // `open_to_all` asks for no background of one's own.
    let backgrounds = required
        .experience_backgrounds
        .iter()
        .filter(|&&b| b != OpenToAll)
        .all(|b| record.experience_backgrounds().contains(b));
    let training = required
        .training
        .as_ref()
        .is_none_or(|t| has_training(record, t));
    // Only a salaried post sets a working time.
    let working_time = job.terms().salaried().is_none_or(|terms| {
        record.max_working_time_percent() >= u16::from(terms.working_time_percent)
    });
    // Join adjoining ranges, then look for one that covers the period.
    let mut joined: Vec<DateRange> = Vec::new();
    for &r in record.availability() {
        if let Some(last) = joined.last_mut()
            && last.end().is_some_and(|end| r.start().days_since(end) == 1)
        {
            *last = DateRange::new(last.start(), r.end()).unwrap();
            continue;
        }
        joined.push(r);
    }
    let checks = [
        (
            MatchRequirement::Tasks,
            job.tasks().essential.is_subset(record.tasks()),
        ),
        (MatchRequirement::ExperienceBackground, backgrounds),
        (MatchRequirement::Training, training),
        (
            MatchRequirement::FormOfWork,
            record.forms_of_work().contains(&job.form_of_work()),
        ),
        (MatchRequirement::WorkingTime, working_time),
        (
            MatchRequirement::Language,
            required
                .languages
                .iter()
                .all(|l| record.languages().contains(l)),
        ),
        (
            MatchRequirement::ServiceArea,
            record.service_area().serves(job.location().municipality),
        ),
        (
            MatchRequirement::Availability,
            joined.iter().any(|r| r.covers(period)),
        ),
    ];
    checks
        .into_iter()
        .filter(|&(_, ok)| !ok)
        .map(|(r, _)| r)
        .collect()
}

/// How many of the things the post would like the record has, of how many: its
/// training and languages (the backgrounds it would like are not counted).
fn reference_wishes(record: &PeerWorkerRecord, job: &JobDescription) -> (usize, usize) {
    let desired = &job.requirements().desired;
    let met = desired
        .training
        .as_ref()
        .map_or(0, |t| usize::from(has_training(record, t)))
        + desired
            .languages
            .iter()
            .filter(|l| record.languages().contains(l))
            .count();
    let total = usize::from(desired.training.is_some()) + desired.languages.len();
    (met, total)
}

/// The reference ranking: optional coverage, then the share of wishes met, then
/// closeness (all as exact fractions), then id; and the near misses.
fn reference_ranking(
    records: &[PeerWorkerRecord],
    job: &JobDescription,
    period: DateRange,
) -> (Vec<String>, Vec<(MatchRequirement, u32)>) {
    let optional = job.tasks().optional;
    let targets: Vec<TaskSet> = if job.profiles().is_empty() {
        vec![job.tasks().all()]
    } else {
        job.profiles().iter().map(|p| p.tasks()).collect()
    };
    let mut near = [0u32; MatchRequirement::COUNT];
    // (optional covered, optional total), (wishes met, wishes), (shared, union), id
    type Scored = ((usize, usize), (usize, usize), (usize, usize), String);
    let mut passing: Vec<Scored> = Vec::new();
    for record in records {
        let failures = reference_failures(record, job, period);
        match failures.as_slice() {
            [] => {
                let tasks = record.tasks();
                let closeness = targets
                    .iter()
                    .map(|&t| ((tasks & t).len(), (tasks | t).len()))
                    .max_by(|a, b| (a.0 * b.1).cmp(&(b.0 * a.1)))
                    .unwrap();
                passing.push((
                    ((tasks & optional).len(), optional.len()),
                    reference_wishes(record, job),
                    closeness,
                    record.id().to_owned(),
                ));
            }
            [one] => near[*one as usize] += 1,
            _ => {}
        }
    }
    let cmp_fraction = |a: (usize, usize), b: (usize, usize)| -> Ordering {
        let (a, b) = (
            if a.1 == 0 { (0, 1) } else { a },
            if b.1 == 0 { (0, 1) } else { b },
        );
        (b.0 * a.1).cmp(&(a.0 * b.1))
    };
    passing.sort_by(|a, b| {
        cmp_fraction(a.0, b.0)
            .then(cmp_fraction(a.1, b.1))
            .then(cmp_fraction(a.2, b.2))
            .then(a.3.cmp(&b.3))
    });
    let near = MatchRequirement::ALL
        .iter()
        .copied()
        .zip(near)
        .collect::<Vec<_>>();
    (passing.into_iter().map(|p| p.3).collect(), near)
}

/// Matches a few random posts over random periods, each against the reference.
#[track_caller]
fn assert_same_as_reference(bank: &Bank, records: &[PeerWorkerRecord], rng: &mut Rng) {
    assert!(bank.is_consistent());
    assert_eq!(bank.len(), records.len());
    for _ in 0..6 {
        let job = random_job(rng);
        let period = [
            autumn(),
            range("2017-03-01", "2017-03-31"),
            DateRange::open_ended(date("2017-10-01")),
        ][rng.below(3)];
        let (expected, near) = reference_ranking(records, &job, period);
        let matches = bank.match_job(&job, period, usize::MAX);
        let got: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
        assert_eq!(got, expected, "{:?} over {period}", job.requirements());
        assert_eq!(matches.eligible(), expected.len());
        assert_eq!(matches.near_misses().iter().collect::<Vec<_>>(), near);
        assert_eq!(matches.unmatched_own_tasks(), job.tasks().own.len());
        for candidate in matches.candidates() {
            let record = records.iter().find(|r| r.id() == candidate.id()).unwrap();
            let (met, total) = reference_wishes(record, &job);
            let score = candidate.score();
            assert_eq!(
                (
                    usize::from(score.desired_met),
                    usize::from(score.desired_total)
                ),
                (met, total)
            );
        }
        // A limited match is a prefix.
        let limit = rng.below(expected.len() + 2);
        let top: Vec<String> = bank
            .match_job(&job, period, limit)
            .candidates()
            .iter()
            .map(|c| c.id().to_owned())
            .collect();
        assert_eq!(top, expected[..limit.min(expected.len())]);
    }
}

/// A worker who serves the first 40 municipalities by code, besides Vantaa's
/// neighbours: more than the 32 with a bit of their own.
fn serving_forty(id: &str) -> PeerWorkerRecord {
    build(fit(id).municipalities(Municipality::all().take(40)))
}

#[test]
fn index_agrees_with_the_plain_rules_through_adds_updates_and_removes() {
    let mut rng = Rng(util::SplitMix64(7));
    for round in 0..12 {
        let mut records: Vec<PeerWorkerRecord> = (0..100)
            .map(|i| random_record(&mut rng, &format!("r{round}-{i:03}")))
            .collect();
        if round % 2 == 1 {
            // Past 32 distinct municipalities, municipality bits are shared.
            records.push(serving_forty(&format!("r{round}-forty")));
        }
        let mut bank = bank_of(&records);
        assert_same_as_reference(&bank, &records, &mut rng);

        for step in 0..120 {
            match rng.below(3) {
                0 => {
                    let record = random_record(&mut rng, &format!("r{round}-new{step}"));
                    bank.insert(&record).unwrap();
                    records.push(record);
                }
                1 if !records.is_empty() => {
                    let i = rng.below(records.len());
                    let id = records[i].id().to_owned();
                    let record = random_record(&mut rng, &id);
                    bank.update(&record).unwrap();
                    records[i] = record;
                }
                _ if !records.is_empty() => {
                    let i = rng.below(records.len());
                    let record = records.swap_remove(i);
                    bank.remove(record.id()).unwrap();
                    assert!(!bank.contains(record.id()));
                }
                _ => {}
            }
            if step % 20 == 0 {
                assert_same_as_reference(&bank, &records, &mut rng);
            }
        }
        assert_same_as_reference(&bank, &records, &mut rng);
        // The same records, loaded afresh, match the same way.
        let fresh = Bank::from_roster(&Roster::new(records.clone()).unwrap()).unwrap();
        let job = random_job(&mut rng);
        assert_eq!(
            fresh.match_job(&job, autumn(), 20),
            bank.match_job(&job, autumn(), 20)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(util::cases(16)))]

    /// Random rosters of up to 150 workers, beyond the fixed seeds above.
    #[test]
    fn the_scan_agrees_with_the_plain_rules_over_random_rosters(
        seed in any::<u64>(),
        workers in 0usize..150,
        forty in any::<bool>(),
    ) {
        let mut rng = Rng(util::SplitMix64(seed));
        let mut records: Vec<PeerWorkerRecord> = (0..workers)
            .map(|i| random_record(&mut rng, &format!("w{i:03}")))
            .collect();
        if forty {
            records.push(serving_forty("forty"));
        }
        let bank = Bank::from_roster(&Roster::new(records.clone()).unwrap()).unwrap();
        assert_same_as_reference(&bank, &records, &mut rng);
    }
}
