//! `peerwork match`: the candidates of a peer-worker bank for a job, with their reasons
//! and the near misses. The output is for the ordering organisation: it never shows a
//! person's experience backgrounds (the library's `Matches` holds none).

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use peerwork::{Bank, Date, DateRange, JobDescription, Roster};

use crate::error::{CliError, Diagnostic, Status};
use crate::gate;
use crate::input::{self, Destination, InputFormat};

const AFTER_HELP: &str = "\
Examples:
  peerwork match --roster roster.json post.toml --from 2027-02-01 --to 2027-04-30
  peerwork match --roster roster.json post.toml --from 2027-02-01 --limit 3 --format json

Candidates come with their reasons; the near misses tell how many people fail exactly \
one requirement, and which. The output never shows a person's experience backgrounds. On \
a terminal, loading a large roster shows a progress bar on standard error.";

/// How `match` writes the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatchFormat {
    /// A summary for people.
    Text,
    /// The matches as JSON.
    Json,
}

/// Arguments of `peerwork match`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct MatchArgs {
    /// The job description to find candidates for; `-` reads standard input.
    #[arg(value_name = "JOB")]
    pub job: PathBuf,
    /// The bank's roster document (JSON or TOML).
    #[arg(long, value_name = "ROSTER")]
    pub roster: PathBuf,
    /// The first day of the work.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub from: Date,
    /// The last day of the work; without it, open-ended.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub to: Option<Date>,
    /// The most candidates to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// How to write the result.
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: MatchFormat,
    /// Read the inputs as this format, whatever their extensions.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Print how long loading and matching took to standard error (for the benches).
    #[arg(long, hide = true)]
    pub timings: bool,
}

fn date(text: &str) -> Result<Date, String> {
    text.parse().map_err(|e: peerwork::DateError| e.to_string())
}

/// Runs `peerwork match`.
pub fn run(args: &MatchArgs) -> Result<Status, CliError> {
    let period = match args.to {
        Some(to) => {
            DateRange::between(args.from, to).map_err(|e| CliError::usage(e.to_string()))?
        }
        None => DateRange::open_ended(args.from),
    };
    let job: JobDescription = gate::read_file(&args.job, args.input_format)?;
    let started = Instant::now();
    let (bank, roster) = load_bank(&args.roster, args.input_format)?;
    let loaded = started.elapsed();
    let started = Instant::now();
    let matches = bank.match_job(&job, period, args.limit);
    let match_time = started.elapsed();
    if args.timings {
        eprintln!(
            "timings: load {:.3} ms, match {:.3} ms",
            loaded.as_secs_f64() * 1e3,
            match_time.as_secs_f64() * 1e3
        );
    }
    let text = match args.format {
        MatchFormat::Text => format!("{matches}\n"),
        MatchFormat::Json => {
            let mut text = serde_json::to_string_pretty(&matches)
                .map_err(|e| CliError::usage(e.to_string()))?;
            text.push('\n');
            text
        }
    };
    Destination::new(None).write(&text)?;
    // The process ends here. Freeing a million records one by one would take as long
    // as a match hundreds of times over (and, freed before the match, slowed the
    // allocator's next requests); the system takes the memory back at exit.
    std::mem::forget(roster);
    Ok(Status::Ok)
}

/// Reads the roster through the gate and indexes it, with a progress bar on a terminal;
/// the bank, and the roster it was built from.
pub fn load_bank(path: &Path, format: Option<InputFormat>) -> Result<(Bank, Roster), CliError> {
    let progress = Progress::new();
    let input = progress.read(path)?;
    let format = format.unwrap_or_else(|| InputFormat::of(&input.name));
    if format == InputFormat::Jsonl {
        return Err(CliError::usage(format!(
            "{}: a roster is one document; JSON lines are read by check",
            input.name
        )));
    }
    progress.step("reading the roster");
    let roster: Roster = gate::read(&input.name, &input.bytes, format)?;
    let name = input.name;
    // The text is not needed once the roster is read.
    drop(input.bytes);
    progress.step("indexing the roster");
    let bank =
        Bank::from_roster(&roster).map_err(|e| Diagnostic::new(name, None, e.to_string()))?;
    progress.finish();
    Ok((bank, roster))
}

/// A progress bar on standard error while a roster loads, drawn only on a terminal.
struct Progress(ProgressBar);

impl Progress {
    fn new() -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        Self(bar)
    }

    /// Reads the file, counting its bytes on the bar.
    fn read(&self, path: &Path) -> Result<input::Input, CliError> {
        if path == Path::new("-") || self.0.is_hidden() {
            return input::read(path);
        }
        let name = path.display().to_string();
        let file = File::open(path).map_err(|e| CliError::io(&name, e))?;
        let size = file.metadata().map_or(0, |m| m.len());
        self.0.set_length(size);
        self.0.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        self.0.set_message("loading the roster");
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        self.0
            .wrap_read(file)
            .read_to_end(&mut bytes)
            .map_err(|e: io::Error| CliError::io(&name, e))?;
        Ok(input::Input { name, bytes })
    }

    /// Shows `message` with a spinner.
    fn step(&self, message: &'static str) {
        if self.0.is_hidden() {
            return;
        }
        self.0.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        self.0.set_message(message);
        self.0.enable_steady_tick(Duration::from_millis(100));
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
