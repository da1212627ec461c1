//! `peerwork fees`: a fee estimate, from a job's assignments or from `activity=hours`.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use peerwork::{
    FeeActivity, FeeEstimate, FeeSchedule, JobDescription, Language, Vocabulary, WorkTime,
};

use crate::cli::model_id;
use crate::error::{CliError, Diagnostic, Status};
use crate::gate;
use crate::input::{Destination, InputFormat};

const AFTER_HELP: &str = "\
Examples:
  peerwork fees meeting=2 preparation=1.5          Kokoa ry's recommended fees
  peerwork fees --job assignment.toml              A fee-based post's own assignments
  peerwork fees meeting=2 --schedule city.json     A fee schedule of your own
  peerwork fees meeting=0.75 --format json

Hours are written with at most two decimals (1.5 is an hour and a half). Activities: \
preparation, group_facilitation, client_meetings_and_support_person_work, meeting, \
demanding_meeting, working_group_work, seminars_panels_talks_lectures, demanding_event, \
observation_interview_audit.";

/// How `fees` writes the estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FeesFormat {
    /// A table for people.
    Text,
    /// The estimate as JSON, amounts in cents.
    Json,
}

/// Arguments of `peerwork fees`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct FeesArgs {
    /// Work to price: an activity and its hours, `meeting=2`.
    #[arg(value_name = "ACTIVITY=HOURS", value_parser = work_time, conflicts_with = "job")]
    pub work: Vec<WorkTime>,
    /// A fee-based job description: price its assignments whose hours it states.
    #[arg(long, value_name = "JOB")]
    pub job: Option<PathBuf>,
    /// A fee schedule document to price with, instead of the post's own or Kokoa ry's.
    #[arg(long, value_name = "FILE")]
    pub schedule: Option<PathBuf>,
    /// The language of the activities' names in the table.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = model_id::<Language>())]
    pub lang: Language,
    /// How to write the estimate.
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: FeesFormat,
    /// Read the inputs as this format, whatever their extensions.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
}

/// Reads `activity=hours`, the hours with at most two decimals.
fn work_time(text: &str) -> Result<WorkTime, String> {
    let (activity, hours) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}`: write an activity and its hours, as `meeting=2`"))?;
    let activity: FeeActivity = activity
        .trim()
        .parse()
        .map_err(|e: peerwork::ParseIdError| e.to_string())?;
    let minutes = minutes(hours.trim()).ok_or_else(|| {
        format!("`{hours}`: hours are a number with at most two decimals, as 1.5")
    })?;
    Ok(WorkTime::minutes(activity, minutes))
}

/// `1.5` hours as 90 minutes: at most two decimals, rounded to the nearest minute.
fn minutes(hours: &str) -> Option<i64> {
    let (whole, fraction) = hours.split_once('.').unwrap_or((hours, ""));
    if whole.is_empty() && fraction.is_empty()
        || fraction.len() > 2
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let hundredths: i64 = format!("{fraction:0<2}").parse().ok()?;
    let total = whole.checked_mul(100)?.checked_add(hundredths)?;
    Some(total.checked_mul(60)?.checked_add(50)? / 100)
}

/// Runs `peerwork fees`.
pub fn run(args: &FeesArgs) -> Result<Status, CliError> {
    let schedule: Option<FeeSchedule> = args
        .schedule
        .as_deref()
        .map(|path| gate::read_file(path, args.input_format))
        .transpose()?;
    let estimate = match (&args.job, args.work.is_empty()) {
        (Some(path), _) => {
            let job: JobDescription = gate::read_file(path, args.input_format)?;
            job_estimate(&job, schedule.as_ref())
                .map_err(|message| Diagnostic::new(path.display().to_string(), None, message))?
        }
        (None, false) => schedule
            .unwrap_or_else(FeeSchedule::kokoa)
            .estimate(&args.work)
            .map_err(|e| CliError::usage(e.to_string()))?,
        (None, true) => {
            return Err(CliError::usage(
                "give the work to price as ACTIVITY=HOURS (meeting=2), or a job with --job",
            ));
        }
    };
    let text = match args.format {
        FeesFormat::Json => {
            let mut text = serde_json::to_string_pretty(&estimate)
                .map_err(|e| CliError::usage(e.to_string()))?;
            text.push('\n');
            text
        }
        FeesFormat::Text => table(&estimate, args.lang),
    };
    Destination::new(None).write(&text)?;
    Ok(Status::Ok)
}

/// The estimate of a fee-based post, with `schedule` or the post's own.
fn job_estimate(
    job: &JobDescription,
    schedule: Option<&FeeSchedule>,
) -> Result<FeeEstimate, String> {
    let Some(terms) = job.terms().fee_based() else {
        return Err(format!(
            "terms: the post is {}; only a fee-based post has assignments to price",
            job.form_of_work().label()
        ));
    };
    let result = match schedule {
        None => job
            .fee_estimate()
            .unwrap_or_else(|| FeeSchedule::kokoa().estimate(&[])),
        Some(schedule) => {
            let lines: Vec<WorkTime> = terms
                .assignments
                .iter()
                .filter_map(|a| {
                    a.hours.map(|hours| {
                        WorkTime::minutes(
                            a.activity,
                            i64::try_from(hours.minutes()).unwrap_or(i64::MAX),
                        )
                    })
                })
                .collect();
            schedule.estimate(&lines)
        }
    };
    result.map_err(|e| format!("terms.assignments: {e}"))
}

/// The table's headings in `language`: activity, hours, rate, amount, total.
fn headings(language: Language) -> [&'static str; 5] {
    match language {
        Language::Finnish => ["toiminta", "tunnit", "hinta/h", "palkkio", "yhteensä"],
        Language::Swedish => ["verksamhet", "timmar", "pris/h", "arvode", "totalt"],
        _ => ["activity", "hours", "rate", "amount", "total"],
    }
}

fn table(estimate: &FeeEstimate, language: Language) -> String {
    let [activity, hours, rate, amount, total] = headings(language);
    let labels: Vec<&str> = estimate
        .lines
        .iter()
        .map(|l| l.activity.label_in(language))
        .collect();
    let width = labels
        .iter()
        .map(|l| l.chars().count())
        .chain([activity.chars().count(), total.chars().count()])
        .max()
        .unwrap_or(0);
    let pad = |text: &str| {
        let fill = width.saturating_sub(text.chars().count());
        format!("{text}{}", " ".repeat(fill))
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}", estimate.schedule);
    let _ = writeln!(
        out,
        "{}  {hours:>7}  {rate:>12}  {amount:>12}",
        pad(activity)
    );
    for (line, label) in estimate.lines.iter().zip(&labels) {
        let time = format!("{}:{:02}", line.minutes / 60, line.minutes % 60);
        let _ = writeln!(
            out,
            "{}  {time:>7}  {:>12}  {:>12}",
            pad(label),
            line.rate.to_string(),
            line.amount.to_string()
        );
    }
    let _ = writeln!(
        out,
        "{}  {:>7}  {:>12}  {:>12}",
        pad(total),
        "",
        "",
        estimate.total.to_string()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::minutes;

    #[test]
    fn hours_are_read_with_two_decimals_at_most() {
        assert_eq!(minutes("2"), Some(120));
        assert_eq!(minutes("1.5"), Some(90));
        assert_eq!(minutes("0.75"), Some(45));
        assert_eq!(minutes(".5"), Some(30));
        assert_eq!(minutes("0.01"), Some(1));
        assert_eq!(minutes("1.234"), None);
        assert_eq!(minutes("-1"), None);
        assert_eq!(minutes("1,5"), None);
        assert_eq!(minutes(""), None);
        assert_eq!(minutes("."), None);
    }
}
