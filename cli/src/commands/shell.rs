//! Shell completions and the manual page, generated from the command line's own
//! definitions.

use std::io;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{CliError, Status};

/// Arguments of `peerwork completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  peerwork completions bash > ~/.local/share/bash-completion/completions/peerwork"
)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_name = "SHELL")]
    pub shell: Shell,
}

/// Writes the completion script for a shell to standard output.
pub fn completions(args: &CompletionsArgs) -> Status {
    let mut command = Cli::command();
    clap_complete::generate(
        args.shell,
        &mut command,
        "peerwork",
        &mut io::stdout().lock(),
    );
    Status::Ok
}

/// Writes the manual page (roff) to standard output.
pub fn man() -> Result<Status, CliError> {
    let page = clap_mangen::Man::new(Cli::command());
    page.render(&mut io::stdout().lock())
        .map_err(|e| CliError::io("<stdout>", e))?;
    Ok(Status::Ok)
}
