//! A peer-worker bank at work: a seeded synthetic roster matched against the four
//! Vantaa pilot posts.
//!
//! ```text
//! cargo run --example bank               # 10 000 workers
//! cargo run --release --example bank -- 1000000
//! ```
//!
//! For each post it prints the best candidates with their reasons, the near misses
//! (people who fail exactly one requirement) and how long the match took. The roster is
//! made up by a small seeded generator, so every run prints the same people.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use peerwork::{
    Bank, Date, DateRange, ExperienceBackground, FormOfWork, JobDescription, Language,
    MAX_ROSTER_WORKERS, Municipality, MunicipalityError, PeerWorkerRecord, Profile, Task, TaskSet,
    Training, TrainingKind,
};

/// The period of the autumn pilots: September to November 2017 [V].
fn autumn() -> Result<DateRange, Box<dyn std::error::Error>> {
    Ok(DateRange::between(
        Date::new(2017, 9, 1)?,
        Date::new(2017, 11, 30)?,
    )?)
}

fn main() -> ExitCode {
    let size = match std::env::args().nth(1).map(|arg| arg.parse::<usize>()) {
        None => 10_000,
        Some(Ok(size)) if size <= MAX_ROSTER_WORKERS => size,
        Some(Ok(size)) => {
            eprintln!(
                "usage: bank [number of workers]: {size} is more than a bank holds ({MAX_ROSTER_WORKERS})"
            );
            return ExitCode::FAILURE;
        }
        Some(Err(err)) => {
            eprintln!("usage: bank [number of workers]: {err}");
            return ExitCode::FAILURE;
        }
    };
    match run(size) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(size: usize) -> Result<(), Box<dyn std::error::Error>> {
    // Records are made and indexed one at a time: the bank keeps only its index.
    let started = Instant::now();
    let mut generator = Generator::new(2017)?;
    let mut bank = Bank::with_capacity(size);
    for i in 0..size {
        bank.insert(&generator.record(i)?)?;
    }
    println!(
        "Indexed {} synthetic peer workers in {} ({} bytes per worker in the hot index, {:.1} MB).",
        bank.len(),
        millis(started.elapsed()),
        Bank::HOT_BYTES_PER_WORKER,
        mb(bank.hot_index_bytes()),
    );

    let period = autumn()?;
    for &profile in Profile::ALL {
        let job = JobDescription::vantaa_pilot(profile).build()?;
        let title = job.title().get(Language::English).unwrap_or_default();
        let started = Instant::now();
        let matches = bank.match_job(&job, period, 3);
        let took = started.elapsed();
        println!();
        println!("== {title} ({})", profile.setting().label());
        println!("Matched in {}.", millis(took));
        println!("{matches}");
    }
    Ok(())
}

fn millis(duration: Duration) -> String {
    format!("{:.3} ms", duration.as_secs_f64() * 1000.0)
}

#[allow(clippy::cast_precision_loss)] // a size, printed
fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1_000_000.0
}

// ---------------------------------------------------------------------------------
// The synthetic roster; benches/bank.rs uses this generator too.

/// The people of a synthetic roster, drawn by splitmix64: a tiny, seeded,
/// good-enough generator.
pub struct Generator {
    state: u64,
    /// [`MUNICIPALITIES`], read.
    municipalities: Vec<Municipality>,
}

/// Where the synthetic people work: Vantaa, its neighbours and some larger towns.
const MUNICIPALITIES: [&str; 16] = [
    "Vantaa",
    "Helsinki",
    "Espoo",
    "Kerava",
    "Järvenpää",
    "Tuusula",
    "Sipoo",
    "Kauniainen",
    "Nurmijärvi",
    "Lahti",
    "Tampere",
    "Turku",
    "Porvoo",
    "Hyvinkää",
    "Lohja",
    "Kirkkonummi",
];

impl Generator {
    /// A generator that always draws the same people for the same seed.
    ///
    /// # Errors
    ///
    /// When a name of [`MUNICIPALITIES`] is no municipality's.
    pub fn new(seed: u64) -> Result<Self, MunicipalityError> {
        Ok(Self {
            state: seed,
            municipalities: MUNICIPALITIES
                .iter()
                .map(|name| name.parse())
                .collect::<Result<_, _>>()?,
        })
    }

    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// An item of a non-empty slice.
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let i = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        items[i]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// The `i`-th person, with the id `w` followed by `i` in seven digits.
    pub fn record(&mut self, i: usize) -> Result<PeerWorkerRecord, Box<dyn std::error::Error>> {
        // Tasks: mostly a profile, sometimes a free mix; a few tasks toggled.
        let mut tasks = if self.chance(60) {
            self.pick(Profile::ALL).tasks()
        } else {
            Task::ALL
                .iter()
                .copied()
                .filter(|_| self.chance(45))
                .collect::<TaskSet>()
        };
        for &task in Task::ALL {
            if self.chance(6) {
                tasks ^= task;
            }
        }
        if tasks.is_empty() {
            tasks = Task::ListensToClients.into();
        }

        let backgrounds: Vec<ExperienceBackground> = [
            (ExperienceBackground::MentalHealth, 40),
            (ExperienceBackground::CloseRelative, 15),
            (ExperienceBackground::Substances, 55),
            (ExperienceBackground::CriminalBackground, 20),
            (ExperienceBackground::Homelessness, 50),
        ]
        .into_iter()
        .filter(|&(_, percent)| self.chance(percent))
        .map(|(background, _)| background)
        .collect();

        let mut forms: Vec<FormOfWork> = [
            (FormOfWork::Volunteer, 40),
            (FormOfWork::FeeBased, 50),
            (FormOfWork::Salaried, 75),
        ]
        .into_iter()
        .filter(|&(_, percent)| self.chance(percent))
        .map(|(form, _)| form)
        .collect();
        if forms.is_empty() {
            forms.push(FormOfWork::FeeBased);
        }

        let mut languages: Vec<Language> = [
            (Language::Finnish, 92),
            (Language::Swedish, 15),
            (Language::English, 35),
        ]
        .into_iter()
        .filter(|&(_, percent)| self.chance(percent))
        .map(|(language, _)| language)
        .collect();
        if languages.is_empty() {
            languages.push(Language::English);
        }

        let mut builder = PeerWorkerRecord::builder(format!("w{i:07}"))
            .tasks(tasks)
            .experience_backgrounds(backgrounds)
            .forms_of_work(forms)
            .max_working_time_percent(self.pick(&[20, 30, 40, 50, 60, 80, 100]))
            .languages(languages);
        if self.chance(75) {
            let kind = self.pick(&[
                TrainingKind::NgoTailored,
                TrainingKind::VocationalQualification,
                TrainingKind::LabourMarketTraining,
                TrainingKind::Other,
            ]);
            let hours = self.pick(&[20, 30, 40, 50, 60, 80, 120, 200]);
            let months = self.pick(&[1, 2, 3, 4, 5, 6, 9, 12]);
            builder = builder.training(Training::new(kind, hours, months));
        }

        builder = if self.chance(4) {
            builder.nationwide()
        } else {
            let count = 1 + self.below(4);
            let mut served: Vec<Municipality> = Vec::new();
            if self.chance(30) {
                served.push(Municipality::VANTAA);
            }
            while (served.len() as u64) < count {
                let i = usize::try_from(self.below(MUNICIPALITIES.len() as u64)).unwrap_or(0);
                let municipality = self.municipalities[i];
                if !served.contains(&municipality) {
                    served.push(municipality);
                }
            }
            builder.municipalities(served)
        };

        // Availability: up to three ranges in 2017–2018 with gaps between them;
        // some open-ended, a few people not available at all.
        let mut ranges = Vec::new();
        if !self.chance(5) {
            let mut month = 1 + self.below(10);
            let mut year = 2017;
            for _ in 0..1 + self.below(3) {
                let start = Date::new(year, u8::try_from(month)?, 1)?;
                if self.chance(20) {
                    ranges.push(DateRange::open_ended(start));
                    break;
                }
                let end_month = (month + 1 + self.below(6)).min(12);
                let end = Date::new(year, u8::try_from(end_month)?, 27)?;
                ranges.push(DateRange::between(start, end)?);
                if end_month >= 11 {
                    year += 1;
                    month = 1 + self.below(3);
                } else {
                    month = end_month + 1;
                }
            }
        }
        Ok(builder.availability(ranges).build()?)
    }
}
