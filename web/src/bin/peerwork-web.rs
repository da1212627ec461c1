//! Runs the job-description builder.
//!
//! ```text
//! cargo run -p peerwork-web                          # 127.0.0.1:8017, drafts in the data directory
//! cargo run -p peerwork-web -- --db drafts.sqlite3 --addr 127.0.0.1:9000
//! ```

use std::process::ExitCode;

use peerwork_web::Config;

const USAGE: &str = "usage: peerwork-web [--addr IP:PORT] [--db PATH]";

fn config(args: &[String]) -> Result<Config, String> {
    let mut addr = None;
    let mut db = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--addr" => {
                let value = args.next().ok_or("--addr needs a value")?;
                addr = Some(
                    value
                        .parse()
                        .map_err(|_| format!("--addr: `{value}` is not IP:PORT"))?,
                );
            }
            "--db" => db = Some(args.next().ok_or("--db needs a value")?.clone()),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let config = match db {
        Some(path) => Config::with_db(path),
        None => Config::new().map_err(|err| err.to_string())?,
    };
    Ok(match addr {
        Some(addr) => config.addr(addr),
        None => config,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match config(&args) {
        Ok(config) => match peerwork_web::serve(config) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            if !message.is_empty() {
                eprintln!("{message}");
            }
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}
