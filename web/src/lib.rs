//! # peerwork-web
//!
//! The job-description builder for coordinators: a page where a project coordinator, a
//! unit manager or a bank coordinator composes a peer-worker post, sees what the model
//! says of it as they go, previews the posting in Finnish, Swedish and English, takes
//! away everything needed to publish it, and matches it against a roster.
//!
//! Server-rendered HTML ([`axum`] and [`maud`]); it works without JavaScript, and a small
//! script served by the app refreshes the live panel as the form changes. Drafts are
//! kept in an embedded SQLite database.
//!
//! ```no_run
//! use peerwork_web::Config;
//!
//! // 127.0.0.1:8017 and the database in the user's data directory:
//! let config = Config::new()?;
//! peerwork_web::serve(config)?; // prints the address to open; runs until Ctrl-C
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! To run it inside an async program, or on a free port in a test, use [`Server`].
//!
//! # Security
//!
//! The builder listens on 127.0.0.1 unless asked otherwise (and warns then: it has no
//! log-in). Every request that changes state carries a CSRF token; requests naming
//! another host are refused (DNS rebinding); every page has a Content-Security-Policy
//! without inline script; every free text is escaped; bodies and uploaded rosters are
//! bounded; downloads are named by the app, never by a draft's texts.

#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]
#![warn(clippy::pedantic)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]
// Handlers answer a refused request with the page that says why: an axum `Response` as
// the error, by design.
#![allow(clippy::result_large_err)]

mod app;
mod csrf;
mod db;
mod download;
mod errors;
mod form;
mod form_read;
mod form_table;
mod form_write;
mod handlers;
mod i18n;
mod matching;
mod security;
mod views;

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

pub use db::Store;

/// The port the builder listens on by default.
pub const DEFAULT_PORT: u16 = 8017;

/// The largest request body the builder reads, in bytes, other than a roster upload.
pub const DEFAULT_MAX_BODY_BYTES: usize = 256 * 1024;

/// The largest roster file the match view reads, in bytes.
pub const DEFAULT_MAX_ROSTER_BYTES: usize = 8 * 1024 * 1024;

/// Where and how the builder runs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Config {
    /// The address to listen on; by default `127.0.0.1:8017`. Another address than a
    /// loopback one makes the builder reachable from other machines: it has no log-in,
    /// so [`serve`] warns.
    pub addr: SocketAddr,
    /// The SQLite database of drafts; created, with its folder, when missing.
    pub db_path: PathBuf,
    /// The largest request body read, in bytes ([`DEFAULT_MAX_BODY_BYTES`]).
    pub max_body_bytes: usize,
    /// The largest roster upload read, in bytes ([`DEFAULT_MAX_ROSTER_BYTES`]).
    pub max_roster_bytes: usize,
}

impl Config {
    /// The default configuration: `127.0.0.1:8017` and the database
    /// [`default_db_path`](Self::default_db_path).
    ///
    /// # Errors
    ///
    /// When the user's data directory cannot be found (no `HOME`, `XDG_DATA_HOME` or,
    /// on Windows, `APPDATA`).
    pub fn new() -> io::Result<Self> {
        let db_path = Self::default_db_path().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                "no data directory: set HOME (or XDG_DATA_HOME), or give a database path",
            )
        })?;
        Ok(Self::with_db(db_path))
    }

    /// The default address with the database at `db_path`.
    #[must_use]
    pub fn with_db(db_path: impl Into<PathBuf>) -> Self {
        Self {
            addr: SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), DEFAULT_PORT),
            db_path: db_path.into(),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_roster_bytes: DEFAULT_MAX_ROSTER_BYTES,
        }
    }

    /// This configuration listening on `addr`.
    #[must_use]
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// The database in the user's data directory: `$XDG_DATA_HOME/peerwork/drafts.sqlite3`
    /// (by default `~/.local/share/peerwork/…`), on macOS `~/Library/Application
    /// Support/peerwork/…`, on Windows `%APPDATA%\peerwork\…`.
    #[must_use]
    pub fn default_db_path() -> Option<PathBuf> {
        data_dir().map(|dir| dir.join("peerwork").join("drafts.sqlite3"))
    }
}

fn data_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(windows) {
        return var("APPDATA");
    }
    if cfg!(target_os = "macos") {
        return var("HOME").map(|home| home.join("Library").join("Application Support"));
    }
    var("XDG_DATA_HOME").or_else(|| var("HOME").map(|home| home.join(".local").join("share")))
}

/// A builder bound to its address, ready to run.
#[derive(Debug)]
pub struct Server {
    listener: tokio::net::TcpListener,
    app: axum::Router,
    addr: SocketAddr,
}

impl Server {
    /// Binds the address and opens the database (creating or migrating it). Port 0
    /// takes a free port; [`local_addr`](Self::local_addr) tells which.
    ///
    /// # Errors
    ///
    /// When the database cannot be opened or migrated, or the address cannot be bound.
    pub async fn bind(config: Config) -> io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|err| {
                io::Error::new(
                    err.kind(),
                    format!("cannot listen on {}: {err}", config.addr),
                )
            })?;
        let store = Store::open(&config.db_path).map_err(|err| {
            io::Error::other(format!(
                "cannot open the database {}: {err}",
                config.db_path.display()
            ))
        })?;
        let addr = listener.local_addr()?;
        let app = app::router(app::AppState::new(store, &config, addr));
        Ok(Self {
            listener,
            app,
            addr,
        })
    }

    /// The address the builder listens on.
    #[must_use]
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The address to open in a browser: `http://127.0.0.1:8017/`.
    #[must_use]
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Serves until the process ends.
    ///
    /// # Errors
    ///
    /// When accepting connections fails.
    pub async fn run(self) -> io::Result<()> {
        self.run_until(std::future::pending()).await
    }

    /// Serves until `shutdown` completes, then finishes the requests under way.
    ///
    /// # Errors
    ///
    /// When accepting connections fails.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> io::Result<()> {
        use axum::serve::ListenerExt as _;
        // Answers go out at once, not held back to be merged with later writes.
        let listener = self.listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        axum::serve(listener, self.app)
            .with_graceful_shutdown(shutdown)
            .await
    }
}

/// Runs the builder: opens the database, binds the address, prints the address to open
/// and serves until Ctrl-C (or, on Unix, `SIGTERM`), then finishes the requests under
/// way and returns. Blocks; it starts its own async runtime.
///
/// Warns on standard error when the address is not a loopback address.
///
/// # Errors
///
/// When the runtime cannot start, the database cannot be opened (the message names the
/// file) or the address cannot be bound (the message names the address).
pub fn serve(config: Config) -> io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        if !config.addr.ip().is_loopback() {
            eprintln!(
                "warning: listening on {}, reachable from other machines; the builder has no log-in",
                config.addr
            );
        }
        let db_path = config.db_path.clone();
        let stop = stop_signal();
        let server = Server::bind(config).await?;
        println!("peerwork builder: open {}", server.url());
        println!("drafts are kept in {}", db_path.display());
        server.run_until(stop).await
    })
}

/// A future that completes on Ctrl-C, or on Unix on `SIGTERM` too (how a service
/// manager or a script stops a server). On Unix both are listened for from the call on,
/// so a signal sent once the address is printed is never missed.
fn stop_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let signals = {
        use tokio::signal::unix::{SignalKind, signal};
        signal(SignalKind::interrupt()).and_then(|int| Ok((int, signal(SignalKind::terminate())?)))
    };
    async move {
        #[cfg(unix)]
        if let Ok((mut int, mut term)) = signals {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}
