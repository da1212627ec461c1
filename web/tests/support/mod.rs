//! What the builder's tests and load bench share: a server on a free loopback port, and
//! a small blocking HTTP/1.1 client with keep-alive (so a test sees exactly the bytes the
//! server sends, and a load run measures the server rather than a client library).

#![allow(dead_code)] // each test binary uses part of it

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use peerwork_web::{Config, Server};

/// A builder running on its own thread until dropped.
pub struct Running {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Running {
    /// Starts a builder on a free loopback port (or `addr`) with the database at `db`.
    pub fn start(db: &Path) -> Self {
        Self::start_at(db, "127.0.0.1:0".parse().unwrap())
    }

    pub fn start_at(db: &Path, addr: SocketAddr) -> Self {
        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let config = Config::with_db(db).addr(addr);
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let server = Server::bind(config).await.unwrap();
                ready_tx.send(server.local_addr()).unwrap();
                server
                    .run_until(async {
                        let _ = stop_rx.await;
                    })
                    .await
                    .unwrap();
            });
        });
        let addr = ready_rx.recv_timeout(Duration::from_secs(30)).unwrap();
        Self {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// A fresh folder under the system's temporary folder.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peerwork-web-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One keep-alive connection, with the cookie the builder set.
pub struct Client {
    addr: SocketAddr,
    reader: BufReader<TcpStream>,
    pub cookie: Option<String>,
    pub host: String,
}

impl Client {
    pub fn connect(addr: SocketAddr) -> io::Result<Self> {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        Ok(Self {
            addr,
            reader: BufReader::new(stream),
            cookie: None,
            host: addr.to_string(),
        })
    }

    /// The CSRF token from the cookie.
    pub fn token(&self) -> String {
        self.cookie
            .as_deref()
            .and_then(|c| c.split_once('='))
            .map(|(_, v)| v.to_owned())
            .unwrap_or_default()
    }

    pub fn get(&mut self, path: &str) -> io::Result<Reply> {
        self.send("GET", path, None, b"")
    }

    pub fn post_form(&mut self, path: &str, body: &str) -> io::Result<Reply> {
        self.send(
            "POST",
            path,
            Some("application/x-www-form-urlencoded"),
            body.as_bytes(),
        )
    }

    pub fn send(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> io::Result<Reply> {
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n",
            self.host,
            body.len()
        );
        if let Some(content_type) = content_type {
            request.push_str(&format!("Content-Type: {content_type}\r\n"));
        }
        if let Some(cookie) = &self.cookie {
            request.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        request.push_str("\r\n");
        let stream = self.reader.get_mut();
        stream.write_all(request.as_bytes())?;
        stream.write_all(body)?;
        let reply = read_reply(&mut self.reader)?;
        if let Some(set) = reply.header("set-cookie") {
            self.cookie = set.split(';').next().map(str::to_owned);
        }
        Ok(reply)
    }

    /// A fresh connection keeping the cookie (after the server closed one).
    pub fn reconnect(&mut self) -> io::Result<()> {
        let cookie = self.cookie.take();
        *self = Self::connect(self.addr)?;
        self.cookie = cookie;
        Ok(())
    }
}

fn read_reply(reader: &mut BufReader<TcpStream>) -> io::Result<Reply> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidData, format!("status line {line:?}"))
        })?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    let find = |name: &str| {
        headers
            .iter()
            .find(|(n, _): &&(String, String)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let mut body = Vec::new();
    if let Some(length) = find("content-length") {
        let length: usize = length
            .parse()
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "length"))?;
        body.resize(length, 0);
        reader.read_exact(&mut body)?;
    } else if find("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim(), 16)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "chunk"))?;
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    }
    Ok(Reply {
        status,
        headers,
        body,
    })
}

/// `application/x-www-form-urlencoded` of `pairs`.
pub fn encode(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap()
}

/// The value of the `name` attribute's input in a page: `value="…"` after `name="…"`.
pub fn input_value(html: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("name=\"{name}\""))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let value = tag.split("value=\"").nth(1)?.split('"').next()?;
    Some(
        value
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The fields the form `#form_id` of `html` sends, as a browser sends them: inputs with
/// their values (checkboxes and radios when ticked), each select's chosen option, the
/// text areas.
pub fn form_fields(html: &str, form_id: &str) -> Vec<(String, String)> {
    let page = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(&format!(
        "form#{form_id} input, form#{form_id} select, form#{form_id} textarea"
    ))
    .unwrap();
    let option = scraper::Selector::parse("option").unwrap();
    let mut fields = Vec::new();
    for element in page.select(&selector) {
        let e = element.value();
        let Some(name) = e.attr("name") else { continue };
        match e.name() {
            "input" => {
                let kind = e.attr("type").unwrap_or("text");
                if matches!(kind, "checkbox" | "radio") && e.attr("checked").is_none() {
                    continue;
                }
                if kind == "file" {
                    continue;
                }
                fields.push((name.to_owned(), e.attr("value").unwrap_or("").to_owned()));
            }
            "select" => {
                let options: Vec<_> = element.select(&option).collect();
                let chosen = options
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(options.first());
                if let Some(chosen) = chosen {
                    fields.push((
                        name.to_owned(),
                        chosen.value().attr("value").unwrap_or("").to_owned(),
                    ));
                }
            }
            _ => fields.push((name.to_owned(), element.text().collect())),
        }
    }
    fields
}

/// `fields` with `name` set to `value` (its first occurrence, or added).
pub fn with_field(
    mut fields: Vec<(String, String)>,
    name: &str,
    value: &str,
) -> Vec<(String, String)> {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
    fields
}

pub fn encode_fields(fields: &[(String, String)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}
