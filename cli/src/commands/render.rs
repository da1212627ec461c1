//! `peerwork render`: a job description as a job ad for people.

use std::path::PathBuf;

use clap::Args;

use peerwork::{Format, JobDescription, Language, PostingDetails, Rendering};

use crate::cli::model_id;
use crate::error::{CliError, Status};
use crate::gate;
use crate::input::{Destination, InputFormat};

const AFTER_HELP: &str = "\
Examples:
  peerwork render post.toml                          Markdown, in the post's first language
  peerwork render post.toml --lang sv --format text  Plain text, in Swedish
  peerwork render post.json --details details.json --format html_page -o ad.html

With --details, the ad also gives the deadline, the start, how to apply and whom to \
contact. The post's internal facts (its role, the profile it derives from, advisories) are \
not shown to applicants.";

/// Arguments of `peerwork render`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct RenderArgs {
    /// The job description; `-` reads standard input.
    #[arg(value_name = "JOB")]
    pub job: PathBuf,
    /// The language; by default the first the post is written in.
    #[arg(long, value_name = "LANG", value_parser = model_id::<Language>())]
    pub lang: Option<Language>,
    /// The format.
    #[arg(long, value_name = "FORMAT", default_value = "markdown", value_parser = format())]
    pub format: Format,
    /// The details of one publication (posting details), to add to the ad.
    #[arg(long, value_name = "DETAILS")]
    pub details: Option<PathBuf>,
    /// Read the inputs as this format, whatever their extensions.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Where to write; `-` or nothing for standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// A parser for the formats of an ad: `markdown`, `text`, `html`, `html_page`.
fn format() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(Format::ALL.iter().map(|f| f.id()))
        .try_map(|id| id.parse::<Format>().map_err(|e| e.to_string()))
}

/// Runs `peerwork render`.
pub fn run(args: &RenderArgs) -> Result<Status, CliError> {
    let job: JobDescription = gate::read_file(&args.job, args.input_format)?;
    let details: Option<PostingDetails> = args
        .details
        .as_deref()
        .map(|path| gate::read_file(path, args.input_format))
        .transpose()?;
    let language = language_of(&job, args.lang, details.as_ref());
    let rendering = Rendering::new(&job, language, args.format)
        .map_err(|e| CliError::usage(format!("{}: {e}", args.job.display())))?;
    let rendering = match &details {
        Some(details) => rendering
            .with_details(details)
            .map_err(|e| refused(args.details.as_ref(), &e))?,
        None => rendering,
    };
    let mut text = rendering.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Destination::new(args.output.as_deref()).write(&text)?;
    Ok(Status::Ok)
}

/// The language asked for; else the details' language if the post is written in it;
/// else the post's first.
pub fn language_of(
    job: &JobDescription,
    asked: Option<Language>,
    details: Option<&PostingDetails>,
) -> Language {
    asked
        .or_else(|| {
            details
                .and_then(PostingDetails::language)
                .filter(|l| job.is_written_in(*l))
        })
        .or_else(|| job.languages().first().copied())
        .unwrap_or(Language::Finnish)
}

/// A details document that does not fit the post, refused.
pub fn refused(path: Option<&PathBuf>, error: &dyn std::fmt::Display) -> CliError {
    let source = path.map_or_else(|| "details".to_owned(), |p| p.display().to_string());
    CliError::Refused(crate::error::Diagnostic::new(
        source,
        None,
        error.to_string(),
    ))
}
