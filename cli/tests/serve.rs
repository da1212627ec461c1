//! `peerwork serve` run as a built binary: it prints the address to open, serves the
//! builder there with the database it was given, stops cleanly, warns on an address
//! other machines reach, and fails with exit code 2 naming what it could not open.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use assert_cmd::cargo::cargo_bin;

fn serve(args: &[&str]) -> Command {
    let mut command = Command::new(cargo_bin("peerwork"));
    command.arg("serve").args(args);
    command
}

/// A GET of `path` on `addr` (host:port) over HTTP/1.0: the status line and the body.
fn get(addr: &str, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    let (head, body) = reply.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_owned(), body.to_owned())
}

/// A running server, killed if a test fails before stopping it.
struct Running(Child);

impl Running {
    /// Stops the server as a script or a service manager would (SIGTERM on Unix) and
    /// gives its exit status and standard error.
    fn stop(mut self) -> (std::process::ExitStatus, String) {
        #[cfg(unix)]
        {
            let status = Command::new("kill")
                .arg(self.0.id().to_string())
                .status()
                .unwrap();
            assert!(status.success());
        }
        #[cfg(not(unix))]
        self.0.kill().unwrap();
        let status = self.0.wait().unwrap();
        let mut stderr = String::new();
        self.0
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        (status, stderr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.0.try_wait().ok().flatten().is_none() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

#[test]
fn serve_prints_the_address_and_serves_the_builder_with_its_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nested").join("drafts.sqlite3");
    let mut server = Running(
        serve(&["--addr", "127.0.0.1:0", "--db", db.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut lines = BufReader::new(server.0.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first
        .strip_prefix("peerwork builder: open http://")
        .unwrap_or_else(|| panic!("{first}"));
    let addr = url.strip_suffix('/').unwrap();
    assert!(
        addr.starts_with("127.0.0.1:") && !addr.ends_with(":0"),
        "{addr}"
    );
    assert_eq!(
        lines.next().unwrap().unwrap(),
        format!("drafts are kept in {}", db.display())
    );
    assert!(db.exists(), "the database was not made with its folder");

    let (status, _) = get(addr, "/");
    assert!(status.contains(" 303 "), "{status}");
    let (status, page) = get(addr, "/en/");
    assert!(status.contains(" 200 "), "{status}");
    assert!(page.contains("Storyteller"), "{page}");

    let (status, stderr) = server.stop();
    // SIGTERM stops it cleanly, as Ctrl-C does.
    #[cfg(unix)]
    assert!(status.success(), "{status:?}: {stderr}");
    #[cfg(not(unix))]
    let _ = status;
    // On the loopback address, no warning.
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn serve_warns_on_another_address_and_fails_with_2_when_it_cannot_listen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("drafts.sqlite3");
    // 192.0.2.1 is for documentation (RFC 5737): not this machine's.
    let output = serve(&["--addr", "192.0.2.1:0", "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("warning: listening on 192.0.2.1:0, reachable from other machines"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: cannot listen on 192.0.2.1:0: "),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
    // Nothing was made for a server that never started.
    assert!(!db.exists());
}

#[test]
fn serve_fails_with_2_naming_a_database_it_cannot_open() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let db = file.join("drafts.sqlite3");
    let output = serve(&["--addr", "127.0.0.1:0", "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: cannot open the database {}: ",
            db.display()
        )),
        "{stderr}"
    );
}

#[test]
fn serve_refuses_an_address_without_a_port_as_a_usage_error() {
    let output = serve(&["--addr", "127.0.0.1"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("invalid value '127.0.0.1' for '--addr <IP:PORT>'")
    );
}
