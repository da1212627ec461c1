//! The command line: the subcommands and what they share. Each subcommand's own
//! arguments are in its module under `commands/`; a new subcommand is one more variant
//! of [`Command`] and one more arm in [`crate::commands::run`].

use core::str::FromStr;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use peerwork::Vocabulary;

use crate::commands::{
    check::CheckArgs, convert::ConvertArgs, fees::FeesArgs, matching::MatchArgs, new::NewArgs,
    profiles::ProfilesArgs, publish::PublishArgs, render::RenderArgs, schema::SchemaArgs,
    serve::ServeArgs, shell::CompletionsArgs,
};

const ABOUT: &str = "Compose, check, convert, render, publish and price peer-worker \
(kokemusasiantuntija) job descriptions, on the command line or in the browser.";

const LONG_ABOUT: &str = "Compose, check, convert, render, publish and price peer-worker \
(kokemusasiantuntija, expert by experience) job descriptions: the job model of the City of \
Vantaa pilot and the work-pair guide as typed documents.

Documents are read from JSON, or from TOML for those people write by hand (chosen by the \
file's extension or --input-format). Every document goes through the library's own reader, \
so a TOML document meets every rule a JSON one does, and an error names the field, the line \
and the column. `-` reads standard input or writes standard output.

`peerwork serve` runs the builder: a page in the browser where coordinators compose a post, \
see what the model says of it, preview and download the posting, and match it to a roster.";

const AFTER_HELP: &str = "\
Examples:
  peerwork profiles --lang fi                   The four Vantaa profiles, in Finnish
  peerwork new --pilot caretaker -o post.toml   Start from the Caretaker's pilot post
  peerwork check post.toml details.json         Check documents of any type
  peerwork render post.toml --lang sv           The post as a job ad, in Swedish
  peerwork publish post.toml --details details.json --script
  peerwork fees meeting=2 preparation=1.5       Price work with Kokoa's fees
  peerwork schema job_description               A JSON Schema
  peerwork match --roster roster.json post.toml --from 2027-02-01 --to 2027-04-30
  peerwork serve                                The builder: prints the address to open

Exit codes:
  0  all done; every document was valid
  1  a document was refused
  2  usage error, or a file could not be read or written (for serve, also: the
     address could not be listened on)

Colour is used on a terminal only, and never when NO_COLOR is set.";

/// The `peerwork` command line.
#[derive(Debug, Parser)]
#[command(
    name = "peerwork",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = AFTER_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The model laid out: profiles, tasks, roles and overlaps.
    Profiles(ProfilesArgs),
    /// Compose a job description from a profile or preset and flags.
    New(Box<NewArgs>),
    /// Validate documents of any type; advisories as warnings.
    Check(CheckArgs),
    /// JSON <-> TOML, pretty or compact, through the library's reader.
    Convert(ConvertArgs),
    /// A job description as a job ad: Markdown, text or HTML.
    Render(RenderArgs),
    /// A job description as schema.org JobPosting JSON-LD.
    Publish(PublishArgs),
    /// A fee estimate with Kokoa's fees or a schedule of your own.
    Fees(FeesArgs),
    /// Print or write the JSON Schemas of the documents.
    Schema(SchemaArgs),
    /// A peer-worker bank's candidates for a job, with reasons and near misses.
    Match(MatchArgs),
    /// The builder in the browser: compose, preview, download and match posts.
    Serve(ServeArgs),
    /// Shell completions for bash, zsh, fish, elvish or PowerShell.
    Completions(CompletionsArgs),
    /// The manual page (roff), to standard output.
    #[command(hide = true)]
    Man,
}

/// A parser for the ids of a concept of the model (`fi`, `caretaker`,
/// `low_threshold_services`), listing them in `--help`.
pub fn model_id<T>() -> impl TypedValueParser<Value = T>
where
    T: Vocabulary + FromStr + Clone + Send + Sync + 'static,
    T::Err: core::fmt::Display,
{
    PossibleValuesParser::new(
        T::values()
            .iter()
            .map(|v| PossibleValue::new(v.to_string())),
    )
    .try_map(|id| id.parse::<T>().map_err(|e| e.to_string()))
}
