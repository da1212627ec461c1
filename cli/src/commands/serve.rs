//! `peerwork serve`: the job-description builder in the browser (the `peerwork-web`
//! package), with its drafts in an embedded SQLite database.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use clap::Args;

use peerwork_web::{Config, DEFAULT_PORT};

use crate::error::{CliError, Status};

const AFTER_HELP: &str = "\
It prints the address to open in a browser and serves until Ctrl-C (or SIGTERM).
On another address than a loopback one it warns: the builder has no log-in, so anyone
who can reach the address can read and change the drafts.

Examples:
  peerwork serve                        On 127.0.0.1:8017, drafts in the data directory
  peerwork serve --db drafts.sqlite3    Drafts in a file of your own
  peerwork serve --addr 127.0.0.1:9000  Another port

Exit codes:
  0  stopped with Ctrl-C or SIGTERM
  2  usage error, or the database could not be opened, or the address could not be
     listened on (in use, or not this machine's)";

/// Arguments of `peerwork serve`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct ServeArgs {
    /// The address to listen on, IP:PORT; port 0 takes a free port. Another address than
    /// a loopback one makes the builder reachable from other machines.
    #[arg(
        long,
        value_name = "IP:PORT",
        default_value_t = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), DEFAULT_PORT)
    )]
    pub addr: SocketAddr,
    /// The SQLite database of drafts, made (with its folder) when missing. By default
    /// peerwork/drafts.sqlite3 in the user's data directory ($XDG_DATA_HOME, or
    /// ~/.local/share; on macOS ~/Library/Application Support; on Windows %APPDATA%).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

/// Runs `peerwork serve`: blocks until the builder is stopped.
pub fn run(args: &ServeArgs) -> Result<Status, CliError> {
    let config = match &args.db {
        Some(path) => Config::with_db(path),
        None => Config::new().map_err(|_| {
            CliError::usage(
                "no data directory for the drafts (HOME, XDG_DATA_HOME or APPDATA): give --db PATH",
            )
        })?,
    }
    .addr(args.addr);
    // `serve` prints the address to open and warns on an address other machines reach.
    peerwork_web::serve(config).map_err(CliError::Server)?;
    Ok(Status::Ok)
}
