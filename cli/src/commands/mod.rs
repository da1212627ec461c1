//! The subcommands, one module each.

pub mod check;
pub mod convert;
pub mod fees;
pub mod matching;
pub mod new;
pub mod profiles;
pub mod publish;
pub mod render;
pub mod schema;
pub mod serve;
pub mod shell;

use crate::cli::{Cli, Command};
use crate::error::{CliError, Status};

/// Runs the command line's subcommand.
pub fn run(cli: Cli) -> Result<Status, CliError> {
    match cli.command {
        Command::Profiles(args) => profiles::run(&args),
        Command::New(args) => new::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Convert(args) => convert::run(&args),
        Command::Render(args) => render::run(&args),
        Command::Publish(args) => publish::run(&args),
        Command::Fees(args) => fees::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Match(args) => matching::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Completions(args) => Ok(shell::completions(&args)),
        Command::Man => shell::man(),
    }
}
