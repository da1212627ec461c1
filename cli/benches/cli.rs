//! The tool against the library, medians and ratios in one run.
//!
//! ```text
//! cargo bench -p peerwork-cli --bench cli                      # 10 000 jobs, 1 000 000 workers
//! cargo bench -p peerwork-cli --bench cli -- --workers 100000  # a smaller roster
//! ```
//!
//! It writes its documents under the target folder and measures, each a median of a few
//! runs:
//!
//! - `check` over 10 000 job descriptions, one file each and as one JSON-lines stream,
//!   against the library reading and validating the same files in one process
//!   (`fs::read` and `from_json_slice`); the goal is at most 1.3×;
//! - loading a roster of `--workers` workers (default 1 000 000) in `peerwork match`
//!   (read, `from_json_slice::<Roster>`, `Bank::from_roster`), against serde_json's
//!   derive parse of the same bytes into plain structs; the goal is at most 1.5×;
//! - the tool's peak memory for that run (`/usr/bin/time -v`) against the file's size;
//!   the goal is at most 2.5×;
//! - the match itself in the tool against `Bank::match_job` in process;
//! - process start to exit of `peerwork --version`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

use peerwork::{
    Bank, Contract, Date, DateRange, JobDescription, Language, Profile, Roster, SalariedTerms,
    Terms, from_json_slice,
};

mod generator {
    //! A seeded synthetic roster (splitmix64), the same people on every run.

    use peerwork::{
        Date, DateRange, ExperienceBackground, FormOfWork, Language, Municipality,
        PeerWorkerRecord, Profile, Task, TaskSet, Training, TrainingKind,
    };

    /// Draws the people of a synthetic roster.
    pub struct Generator(u64);

    impl Generator {
        pub fn new(seed: u64) -> Self {
            Self(seed)
        }

        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn chance(&mut self, percent: u64) -> bool {
            self.next() % 100 < percent
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[usize::try_from(self.next() % items.len() as u64).unwrap()]
        }

        /// The `i`-th person.
        pub fn record(&mut self, i: usize) -> PeerWorkerRecord {
            let mut tasks = self.pick(Profile::ALL).tasks();
            for &task in Task::ALL {
                if self.chance(6) {
                    tasks ^= task;
                }
            }
            if tasks.is_empty() {
                tasks = TaskSet::from(Task::ListensToClients);
            }
            let backgrounds: Vec<ExperienceBackground> = [
                (ExperienceBackground::MentalHealth, 40),
                (ExperienceBackground::Substances, 55),
                (ExperienceBackground::Homelessness, 50),
            ]
            .into_iter()
            .filter(|&(_, p)| self.chance(p))
            .map(|(b, _)| b)
            .collect();
            let mut forms = vec![FormOfWork::Salaried];
            if self.chance(50) {
                forms.push(FormOfWork::FeeBased);
            }
            let mut languages = vec![Language::Finnish];
            if self.chance(20) {
                languages.push(Language::Swedish);
            }
            let municipalities = [
                Municipality::VANTAA,
                Municipality::HELSINKI,
                Municipality::ESPOO,
                Municipality::KERAVA,
            ];
            let mut served = vec![self.pick(&municipalities)];
            let other = self.pick(&municipalities);
            if !served.contains(&other) {
                served.push(other);
            }
            let start_month = u8::try_from(1 + self.next() % 9).unwrap();
            let start = Date::new(2017, start_month, 1).unwrap();
            let end = Date::new(2017, 12, 31).unwrap();
            let mut builder = PeerWorkerRecord::builder(format!("w{i:07}"))
                .tasks(tasks)
                .experience_backgrounds(backgrounds)
                .forms_of_work(forms)
                .max_working_time_percent(self.pick(&[30, 40, 50, 60, 80, 100]))
                .languages(languages)
                .availability([DateRange::between(start, end).unwrap()]);
            builder = if self.chance(5) {
                builder.nationwide()
            } else {
                builder.municipalities(served)
            };
            if self.chance(75) {
                let kind = self.pick(&[TrainingKind::NgoTailored, TrainingKind::Other]);
                builder = builder.training(Training::new(
                    kind,
                    self.pick(&[30, 50, 80]),
                    self.pick(&[2, 4, 6]),
                ));
            }
            builder.build().unwrap()
        }
    }
}

const JOBS: usize = 10_000;
const RUNS: usize = 5;
const ROSTER_RUNS: usize = 3;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut workers = 1_000_000;
    while let Some(arg) = args.next() {
        if arg == "--workers" {
            workers = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--workers N");
        }
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-bench");
    let peerwork = Path::new(env!("CARGO_BIN_EXE_peerwork"));
    fs::create_dir_all(&dir).unwrap();
    println!("peerwork-cli bench: medians of {RUNS} runs ({ROSTER_RUNS} for the roster)");
    if !std::env::args().any(|a| a == "--roster-only") {
        check_files(&dir, peerwork);
    }
    roster(&dir, peerwork, workers);
    start(peerwork);
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1e3)
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

/// 10 000 valid job descriptions: the four pilot posts in each language and working
/// times from 1 to 100 %.
fn jobs() -> Vec<JobDescription> {
    let mut jobs = Vec::with_capacity(JOBS);
    'all: for percent in 1..=100u8 {
        for &profile in Profile::ALL {
            for &language in Language::ALL {
                for months in 1..=9u16 {
                    if jobs.len() == JOBS {
                        break 'all;
                    }
                    let job = JobDescription::vantaa_pilot_in(profile, language)
                        .terms(Terms::Salaried(SalariedTerms::new(
                            percent,
                            Contract::months(months),
                        )))
                        .build()
                        .unwrap();
                    jobs.push(job);
                }
            }
        }
    }
    assert_eq!(jobs.len(), JOBS);
    jobs
}

fn time(mut run: impl FnMut()) -> Duration {
    let started = Instant::now();
    run();
    started.elapsed()
}

fn run_quiet(command: &mut Command) -> Duration {
    let started = Instant::now();
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let took = started.elapsed();
    assert!(status.success(), "{command:?}: {status}");
    took
}

fn check_files(dir: &Path, peerwork: &Path) {
    let jobs_dir = dir.join("jobs");
    fs::create_dir_all(&jobs_dir).unwrap();
    let mut paths: Vec<PathBuf> = Vec::with_capacity(JOBS);
    let mut lines = String::new();
    for (i, job) in jobs().iter().enumerate() {
        let path = jobs_dir.join(format!("{i:05}.json"));
        fs::write(&path, serde_json::to_string_pretty(job).unwrap()).unwrap();
        paths.push(path);
        lines.push_str(&serde_json::to_string(job).unwrap());
        lines.push('\n');
    }
    let stream = dir.join("jobs.jsonl");
    fs::write(&stream, &lines).unwrap();

    let library_files = median(
        (0..RUNS)
            .map(|_| {
                time(|| {
                    for path in &paths {
                        let bytes = fs::read(path).unwrap();
                        from_json_slice::<JobDescription>(&bytes).unwrap();
                    }
                })
            })
            .collect(),
    );
    let tool_files = median(
        (0..RUNS)
            .map(|_| {
                run_quiet(
                    Command::new(peerwork)
                        .arg("check")
                        .arg("--quiet")
                        .args(&paths),
                )
            })
            .collect(),
    );
    let library_stream = median(
        (0..RUNS)
            .map(|_| {
                time(|| {
                    let bytes = fs::read(&stream).unwrap();
                    for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                        from_json_slice::<JobDescription>(line).unwrap();
                    }
                })
            })
            .collect(),
    );
    let tool_stream = median(
        (0..RUNS)
            .map(|_| {
                run_quiet(
                    Command::new(peerwork)
                        .args(["check", "--quiet"])
                        .arg(&stream),
                )
            })
            .collect(),
    );
    println!(
        "check, {JOBS} files:        library {}, peerwork {}, ratio {:.2} (goal <= 1.3)",
        ms(library_files),
        ms(tool_files),
        ratio(tool_files, library_files)
    );
    println!(
        "check, {JOBS} JSON lines:   library {}, peerwork {}, ratio {:.2} (goal <= 1.3)",
        ms(library_stream),
        ms(tool_stream),
        ratio(tool_stream, library_stream)
    );
}

// ---- the roster, and plain structs of the same shape for serde_json's derive parse

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainRoster {
    format_version: u32,
    workers: Vec<PlainRecord>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainRecord {
    id: String,
    tasks: Vec<String>,
    #[serde(default)]
    experience_backgrounds: Vec<String>,
    training: Option<PlainTraining>,
    forms_of_work: Vec<String>,
    max_working_time_percent: u16,
    languages: Vec<String>,
    service_area: PlainArea,
    availability: Vec<PlainRange>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainTraining {
    kind: String,
    hours: u16,
    months: u16,
}

#[derive(Deserialize)]
#[allow(dead_code)]
enum PlainArea {
    #[serde(rename = "nationwide")]
    Nationwide,
    #[serde(rename = "municipalities")]
    Municipalities(Vec<String>),
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainRange {
    start: String,
    end: Option<String>,
}

fn roster(dir: &Path, peerwork: &Path, workers: usize) {
    let path = dir.join(format!("roster-{workers}.json"));
    if !path.exists() {
        let mut generator = generator::Generator::new(2017);
        let records = (0..workers).map(|i| generator.record(i)).collect();
        let roster = Roster::new(records).unwrap();
        fs::write(&path, serde_json::to_vec(&roster).unwrap()).unwrap();
    }
    let size = fs::metadata(&path).unwrap().len();
    let job_path = dir.join("storyteller.json");
    let job = JobDescription::vantaa_pilot(Profile::Storyteller)
        .build()
        .unwrap();
    fs::write(&job_path, serde_json::to_string(&job).unwrap()).unwrap();

    let plain = median(
        (0..ROSTER_RUNS)
            .map(|_| {
                time(|| {
                    let bytes = fs::read(&path).unwrap();
                    let roster: PlainRoster = serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(roster.workers.len(), workers);
                })
            })
            .collect(),
    );
    let mut bank = None;
    let library = median(
        (0..ROSTER_RUNS)
            .map(|_| {
                time(|| {
                    let bytes = fs::read(&path).unwrap();
                    let roster: Roster = from_json_slice(&bytes).unwrap();
                    drop(bytes);
                    bank = Some(Bank::from_roster(&roster).unwrap());
                })
            })
            .collect(),
    );
    let bank = bank.unwrap();
    let period = DateRange::between(
        Date::new(2017, 9, 1).unwrap(),
        Date::new(2017, 11, 30).unwrap(),
    )
    .unwrap();
    // The first match on a bank just built, as the tool does it, then warm ones.
    let library_first = time(|| drop(bank.match_job(&job, period, 10)));
    let library_match = median(
        (0..RUNS)
            .map(|_| time(|| drop(bank.match_job(&job, period, 10))))
            .collect(),
    );

    let mut loads = Vec::new();
    let mut matches = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..ROSTER_RUNS {
        let output = Command::new("/usr/bin/time")
            .arg("-v")
            .arg(peerwork)
            .args([
                "match",
                "--timings",
                "--from",
                "2017-09-01",
                "--to",
                "2017-11-30",
                "--roster",
            ])
            .arg(&path)
            .arg(&job_path)
            .stdout(Stdio::null())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stderr = String::from_utf8(output.stderr).unwrap();
        let timings = stderr.lines().find(|l| l.starts_with("timings: ")).unwrap();
        let number = |label: &str| -> f64 {
            let rest = &timings[timings.find(label).unwrap() + label.len()..];
            rest.split_whitespace().next().unwrap().parse().unwrap()
        };
        loads.push(Duration::from_secs_f64(number("load ") / 1e3));
        matches.push(Duration::from_secs_f64(number("match ") / 1e3));
        let kib: u64 = stderr
            .lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix("Maximum resident set size (kbytes): ")
            })
            .unwrap()
            .parse()
            .unwrap();
        peaks.push(Duration::from_secs(kib));
    }
    let load = median(loads);
    let tool_match = median(matches);
    let peak = median(peaks).as_secs() * 1024;
    #[allow(clippy::cast_precision_loss)]
    let mb = |bytes: u64| bytes as f64 / 1e6;
    println!("roster of {workers} workers: {:.1} MB", mb(size));
    println!(
        "  load:  serde_json derive {}, library {} ({:.2}x), peerwork {}, ratio to derive {:.2} (goal <= 1.5)",
        ms(plain),
        ms(library),
        ratio(library, plain),
        ms(load),
        ratio(load, plain)
    );
    #[allow(clippy::cast_precision_loss)]
    let memory = peak as f64 / size as f64;
    println!(
        "  peak memory of peerwork match: {:.1} MB, {memory:.2}x the file (goal <= 2.5)",
        mb(peak)
    );
    println!(
        "  match: library first {} (then {}), peerwork {}, ratio to the first {:.2}",
        ms(library_first),
        ms(library_match),
        ms(tool_match),
        ratio(tool_match, library_first)
    );
}

fn start(peerwork: &Path) {
    let times: Vec<Duration> = (0..50)
        .map(|_| run_quiet(Command::new(peerwork).arg("--version")))
        .collect();
    println!(
        "peerwork --version, start to exit: median {}",
        ms(median(times))
    );
}
