//! `peerwork convert`: JSON to TOML and back, pretty or compact, through the gate.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use serde::de::{DeserializeOwned, IgnoredAny};

use peerwork::{
    FeeSchedule, JobDescription, PeerWorkerRecord, PostingDetails, Readiness, ReflectionForm,
    Roster, TaskSet,
};

use crate::commands::check::UNKNOWN_TYPE;
use crate::doc_type::DocType;
use crate::error::{CliError, Status};
use crate::gate;
use crate::input::{self, Destination, InputFormat, OutputFormat};

const AFTER_HELP: &str = "\
Examples:
  peerwork convert post.json -o post.toml        JSON to TOML (by the extension)
  peerwork convert post.toml --to json-compact   TOML to JSON on one line
  cat post.json | peerwork convert - --to toml

The document is read with every rule of its type and written from what was read, so an \
invalid document is never converted (exit code 1). Unknown keys are refused, never \
dropped.";

/// Arguments of `peerwork convert`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct ConvertArgs {
    /// The document; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The document's type, instead of telling it from its keys.
    #[arg(long = "type", value_name = "TYPE")]
    pub doc_type: Option<DocType>,
    /// Read the input as this format, whatever its extension.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// The format to write; by default that of the output file's extension, or
    /// pretty JSON.
    #[arg(long, value_name = "FORMAT")]
    pub to: Option<OutputFormat>,
    /// Where to write; `-` or nothing for standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Runs `peerwork convert`.
pub fn run(args: &ConvertArgs) -> Result<Status, CliError> {
    let input = input::read(&args.file)?;
    let format = args
        .input_format
        .unwrap_or_else(|| InputFormat::of(&input.name));
    if format == InputFormat::Jsonl {
        return Err(CliError::usage(
            "convert reads one document; JSON lines are read by check",
        ));
    }
    let destination = Destination::new(args.output.as_deref());
    let to = args.to.unwrap_or_else(|| {
        destination
            .file_name()
            .map_or(OutputFormat::Json, |name| OutputFormat::of(&name))
    });
    let doc_type = args
        .doc_type
        .or_else(|| DocType::infer(&input.bytes, format))
        .map_or_else(
            || match gate::read::<IgnoredAny>(&input.name, &input.bytes, format) {
                Err(diagnostic) => Err(CliError::Refused(diagnostic)),
                Ok(_) => Err(CliError::usage(format!("{}: {UNKNOWN_TYPE}", input.name))),
            },
            Ok,
        )?;
    let text = match doc_type {
        DocType::JobDescription => convert::<JobDescription>(&input, format, to)?,
        DocType::PostingDetails => convert::<PostingDetails>(&input, format, to)?,
        DocType::TaskSet => convert::<TaskSet>(&input, format, to)?,
        DocType::FeeSchedule => convert::<FeeSchedule>(&input, format, to)?,
        DocType::Readiness => convert::<Readiness>(&input, format, to)?,
        DocType::ReflectionForm => convert::<ReflectionForm>(&input, format, to)?,
        DocType::PeerWorkerRecord => convert::<PeerWorkerRecord>(&input, format, to)?,
        DocType::Roster => convert::<Roster>(&input, format, to)?,
        DocType::ProfileCatalogue => {
            return Err(CliError::usage(
                "the profile catalogue is written by the library, not read: \
                 `peerwork profiles --format json` writes it",
            ));
        }
    };
    destination.write(&text)?;
    Ok(Status::Ok)
}

fn convert<T: DeserializeOwned + Serialize>(
    input: &input::Input,
    format: InputFormat,
    to: OutputFormat,
) -> Result<String, CliError> {
    let document: T = gate::read(&input.name, &input.bytes, format)?;
    input::document_text(&document, to)
}
