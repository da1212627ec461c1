//! `peerwork publish`: a job description as schema.org `JobPosting` JSON-LD.

use std::path::PathBuf;

use clap::Args;

use peerwork::{JobDescription, JobPosting, Language, PostingDetails, PostingError};

use crate::cli::model_id;
use crate::commands::render::language_of;
use crate::error::{CliError, Diagnostic, Status};
use crate::gate;
use crate::input::{Destination, InputFormat};

const AFTER_HELP: &str = "\
Examples:
  peerwork publish post.toml --details details.json           JSON-LD in the post's first language
  peerwork publish post.toml --details details.toml --lang sv --script
  peerwork publish post.json --details details.json --all-languages

--script writes the <script type=\"application/ld+json\"> element to put in a web page, \
escaped so that no text of the posting can end the element. The details must give the day \
of posting (date_posted): Google for Jobs requires it.";

/// Arguments of `peerwork publish`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct PublishArgs {
    /// The job description; `-` reads standard input.
    #[arg(value_name = "JOB")]
    pub job: PathBuf,
    /// The details of the publication: the day of posting, deadline, how to apply.
    #[arg(long, value_name = "DETAILS")]
    pub details: PathBuf,
    /// The language; by default the details' language, or the post's first.
    #[arg(long, value_name = "LANG", value_parser = model_id::<Language>(), conflicts_with = "all_languages")]
    pub lang: Option<Language>,
    /// One posting for each language the post is written in (a JSON array, or one
    /// element a line with --script).
    #[arg(long)]
    pub all_languages: bool,
    /// Write the HTML <script> element instead of the JSON.
    #[arg(long)]
    pub script: bool,
    /// Read the inputs as this format, whatever their extensions.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Where to write; `-` or nothing for standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Runs `peerwork publish`.
pub fn run(args: &PublishArgs) -> Result<Status, CliError> {
    let job: JobDescription = gate::read_file(&args.job, args.input_format)?;
    let details: PostingDetails = gate::read_file(&args.details, args.input_format)?;
    let postings = if args.all_languages {
        JobPosting::in_every_language(&job, &details).map_err(|e| refused(args, &e))?
    } else {
        let language = language_of(&job, args.lang, Some(&details));
        vec![JobPosting::new(&job, &details, language).map_err(|e| refused(args, &e))?]
    };
    let mut text = if args.script {
        postings
            .iter()
            .map(JobPosting::to_html_script)
            .collect::<Vec<_>>()
            .join("\n")
    } else if args.all_languages {
        serde_json::to_string_pretty(&postings).map_err(|e| CliError::usage(e.to_string()))?
    } else {
        serde_json::to_string_pretty(&postings.first())
            .map_err(|e| CliError::usage(e.to_string()))?
    };
    text.push('\n');
    Destination::new(args.output.as_deref()).write(&text)?;
    Ok(Status::Ok)
}

/// A posting that cannot be made: the post is not written in the language asked (a
/// usage error), or the details lack what a posting needs (refused).
fn refused(args: &PublishArgs, error: &PostingError) -> CliError {
    match error {
        PostingError::Render(peerwork::RenderError::NotWrittenIn(..)) => {
            CliError::usage(format!("{}: {error}", args.job.display()))
        }
        _ => CliError::Refused(Diagnostic::new(
            args.details.display().to_string(),
            None,
            error.to_string(),
        )),
    }
}
