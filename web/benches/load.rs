//! Load on loopback: 64 concurrent keep-alive connections against the builder's
//! compose-assess-render request (`POST /en/assess`: read the whole form, build and
//! check the job, assess roles, resemblance, review and fees, render the panel and the
//! posting), while other connections save drafts; then every save is counted back from
//! the database.
//!
//! ```text
//! cargo bench -p peerwork-web --bench load                  # 64 connections, 12 800 requests
//! cargo bench -p peerwork-web --bench load -- --requests 3200 --seconds 20
//! ```
//!
//! Bounded in count and in time; only 127.0.0.1. It fails (exit 1) on any error or any
//! lost save, and, with `--enforce-p99`, on a p99 above 10 ms (the goal; a machine shared
//! with other work misses it for reasons of its own, so the figure is reported, and
//! enforced only when asked).
//!
//! Options: `--requests N` (12 800), `--seconds S` (60), `--connections C` (64),
//! `--savers K` (8 of the connections save drafts), `--enforce-p99`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use support::{Client, Running, encode, encode_fields, form_fields, with_field};

const CONNECTIONS: usize = 64;
/// Of the connections, how many save drafts rather than assess.
const SAVERS: usize = 8;
const P99_GOAL: Duration = Duration::from_millis(10);

struct Options {
    requests: usize,
    seconds: u64,
    connections: usize,
    savers: usize,
}

fn options() -> Options {
    let mut options = Options {
        requests: 12_800,
        seconds: 60,
        connections: CONNECTIONS,
        savers: SAVERS,
    };
    let args: Vec<String> = std::env::args().collect();
    for pair in args.windows(2) {
        match pair[0].as_str() {
            "--requests" => options.requests = pair[1].parse().unwrap_or(options.requests),
            "--seconds" => options.seconds = pair[1].parse().unwrap_or(options.seconds),
            "--savers" => options.savers = pair[1].parse().unwrap_or(options.savers),
            "--connections" => {
                options.connections = pair[1].parse().unwrap_or(options.connections).max(1)
            }
            _ => {}
        }
    }
    options
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// What one saving connection did: its draft, how many saves and creations were
/// answered with success, and how long each save took.
struct Saved {
    draft: i64,
    saves: u64,
    created: u64,
    errors: u64,
    latencies: Vec<Duration>,
}

fn main() -> ExitCode {
    let options = options();
    let dir = support::scratch("load");
    let db = dir.join("drafts.sqlite3");
    let server = Running::start(&db);

    // One browser's cookie and a Storyteller draft, as the composer sends it.
    let mut setup = Client::connect(server.addr).unwrap();
    setup.get("/en/").unwrap();
    let token = setup.token();
    let cookie = setup.cookie.clone();
    let new_draft = |client: &mut Client| -> i64 {
        let reply = client
            .post_form(
                "/en/drafts",
                &encode(&[("csrf", &token), ("from", "profile:storyteller")]),
            )
            .unwrap();
        assert_eq!(reply.status, 303);
        reply
            .header("location")
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let first = new_draft(&mut setup);
    let page = setup.get(&format!("/en/drafts/{first}")).unwrap().text();
    // As the page's script sends it: the fields that hold something.
    let fields: Vec<(String, String)> = with_field(
        form_fields(&page, "draft"),
        "task.escorts_clients",
        "optional",
    )
    .into_iter()
    .filter(|(name, value)| name != "csrf" && !value.trim().is_empty())
    .collect();
    let mut body_fields = vec![("csrf".to_owned(), token.clone())];
    body_fields.extend(fields.iter().cloned());
    let assess_body = encode_fields(&body_fields);
    println!("request body {} bytes", assess_body.len());
    let check = setup.post_form("/en/assess", &assess_body).unwrap();
    println!("response body {} bytes", check.body.len());
    assert_eq!(check.status, 200);
    assert!(check.text().contains("data-verdict=\"both\""));
    // Warm up.
    for _ in 0..200 {
        assert_eq!(
            setup.post_form("/en/assess", &assess_body).unwrap().status,
            200
        );
    }
    let drafts_before = server_count(&db);

    let savers = options.savers.min(options.connections / 2);
    let assessors = options.connections - savers;
    let per_connection = options.requests.div_ceil(assessors);
    let deadline = Instant::now() + Duration::from_secs(options.seconds);
    // Every connection is a task of one client thread, and every body is encoded once,
    // so that the client takes little of the machine's two cores from the server.
    let client = Arc::new(Requests {
        host: server.addr.to_string(),
        cookie: cookie.unwrap_or_default(),
        token: token.clone(),
        assess: assess_body,
        // A save sends the form with its revision and title put last.
        save: encode_fields(
            &body_fields
                .iter()
                .filter(|(name, _)| name != "revision" && name != "title.en")
                .cloned()
                .collect::<Vec<_>>(),
        ),
    });
    let addr = server.addr;
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (mut latencies, errors, saved) = runtime.block_on(async move {
        let stop = Arc::new(AtomicBool::new(false));
        let assessing: Vec<_> = (0..assessors)
            .map(|_| tokio::spawn(assess(addr, Arc::clone(&client), per_connection, deadline)))
            .collect();
        let saving: Vec<_> = (0..savers)
            .map(|index| {
                tokio::spawn(save(
                    addr,
                    Arc::clone(&client),
                    index,
                    deadline,
                    Arc::clone(&stop),
                ))
            })
            .collect();
        let mut latencies = Vec::new();
        let mut errors = 0_u64;
        for task in assessing {
            let (mine, failed) = task.await.unwrap();
            latencies.extend(mine);
            errors += failed;
        }
        stop.store(true, Ordering::Relaxed);
        let mut saved = Vec::new();
        for task in saving {
            saved.push(task.await.unwrap());
        }
        (latencies, errors, saved)
    });
    let elapsed = started.elapsed();
    latencies.sort_unstable();
    let mut save_latencies: Vec<Duration> = saved
        .iter()
        .flat_map(|s| s.latencies.iter().copied())
        .collect();
    save_latencies.sort_unstable();

    // Count every save back from the database, through a connection of its own.
    let store = peerwork_web::Store::open(&db).unwrap();
    let created: u64 = saved.iter().map(|s| s.created).sum();
    let saves: u64 = saved.iter().map(|s| s.saves).sum();
    let save_errors: u64 = saved.iter().map(|s| s.errors).sum();
    let drafts_after = store.count().unwrap();
    let lost_creations = i64::try_from(created).unwrap() - (drafts_after - drafts_before);
    let lost_saves: i64 = saved
        .iter()
        .map(|s| {
            i64::try_from(s.saves).unwrap() + 1 - store.revision(s.draft).unwrap().unwrap_or(0)
        })
        .sum();
    drop(server);

    let total = latencies.len();
    let throughput = total as f64 / elapsed.as_secs_f64();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (p50, p90, p99, max) = (
        percentile(&latencies, 50.0),
        percentile(&latencies, 90.0),
        percentile(&latencies, 99.0),
        latencies.last().copied().unwrap_or_default(),
    );
    println!(
        "compose-assess-render, POST /en/assess, {} connections ({assessors} assessing, {savers} saving), loopback",
        options.connections
    );
    println!(
        "  requests {total}, errors {errors}, in {:.2} s: {throughput:.0} requests/s",
        elapsed.as_secs_f64()
    );
    println!(
        "  latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(p50),
        ms(p90),
        ms(p99),
        ms(max)
    );
    println!(
        "draft saves under the same load: {saves} saves and {created} new drafts answered, {save_errors} errors"
    );
    if !save_latencies.is_empty() {
        println!(
            "  save latency p50 {:.2} ms, p99 {:.2} ms",
            ms(percentile(&save_latencies, 50.0)),
            ms(percentile(&save_latencies, 99.0))
        );
    }
    println!(
        "  counted back from the database: {lost_saves} saves lost, {lost_creations} new drafts lost"
    );
    let mut failed = false;
    if errors > 0 || save_errors > 0 {
        eprintln!("FAILED: {errors} assess errors, {save_errors} save errors");
        failed = true;
    }
    if lost_saves != 0 || lost_creations != 0 {
        eprintln!("FAILED: saves lost");
        failed = true;
    }
    let enforce = std::env::args().any(|arg| arg == "--enforce-p99");
    println!(
        "  p99 goal {} ms: {}",
        P99_GOAL.as_millis(),
        if p99 <= P99_GOAL { "met" } else { "missed" }
    );
    if enforce && p99 > P99_GOAL {
        eprintln!(
            "FAILED: p99 {:.2} ms is above the goal of {} ms",
            ms(p99),
            P99_GOAL.as_millis()
        );
        failed = true;
    }
    if total == 0 || (savers > 0 && saves == 0) {
        eprintln!("FAILED: nothing measured");
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What every connection sends: the browser's cookie and token, and the bodies.
struct Requests {
    host: String,
    cookie: String,
    token: String,
    /// The composer's form, for `POST /en/assess`.
    assess: String,
    /// The same without its revision and English title, for saves.
    save: String,
}

impl Requests {
    /// A POST of a form to `path`, whole.
    fn post(&self, path: &str, body: &str) -> Vec<u8> {
        format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            self.host,
            self.cookie,
            body.len()
        )
        .into_bytes()
    }
}

/// What came back: the status and the `location` header.
struct Answer {
    status: u16,
    location: Option<String>,
    body: usize,
}

/// Sends `request` on a keep-alive connection and reads the whole answer.
async fn exchange(
    stream: &mut tokio::net::TcpStream,
    request: &[u8],
    buffer: &mut Vec<u8>,
) -> Option<Answer> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream.write_all(request).await.ok()?;
    buffer.clear();
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = std::str::from_utf8(&buffer[..end]).ok()?;
            let status = head.get(9..12)?.parse().ok()?;
            let header = |name: &str| {
                head.lines().find_map(|line| {
                    let (n, v) = line.split_once(':')?;
                    n.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
                })
            };
            let body: usize = header("content-length").map_or(Some(0), |l| l.parse().ok())?;
            let location = header("location");
            while buffer.len() < end + 4 + body {
                if stream.read_buf(buffer).await.ok()? == 0 {
                    return None;
                }
            }
            return Some(Answer {
                status,
                location,
                body,
            });
        }
        if stream.read_buf(buffer).await.ok()? == 0 {
            return None;
        }
    }
}

async fn connect(addr: std::net::SocketAddr) -> tokio::net::TcpStream {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.set_nodelay(true).unwrap();
    stream
}

/// One assessing connection: `count` requests, one at a time, until `deadline`.
async fn assess(
    addr: std::net::SocketAddr,
    requests: Arc<Requests>,
    count: usize,
    deadline: Instant,
) -> (Vec<Duration>, u64) {
    let request = requests.post("/en/assess", &requests.assess);
    let mut latencies = Vec::with_capacity(count);
    let mut errors = 0;
    let mut stream = connect(addr).await;
    let mut buffer = Vec::with_capacity(32 * 1024);
    for _ in 0..count {
        if Instant::now() > deadline {
            break;
        }
        let at = Instant::now();
        match exchange(&mut stream, &request, &mut buffer).await {
            Some(answer) if answer.status == 200 && answer.body > 0 => {
                latencies.push(at.elapsed());
            }
            _ => {
                errors += 1;
                stream = connect(addr).await;
            }
        }
    }
    (latencies, errors)
}

/// One saving connection: a Storyteller draft of its own, saved again and again from
/// the page at its latest revision, and a new empty draft every fourth save, until the
/// assessing connections are done.
async fn save(
    addr: std::net::SocketAddr,
    requests: Arc<Requests>,
    index: usize,
    deadline: Instant,
    stop: Arc<AtomicBool>,
) -> Saved {
    let mut stream = connect(addr).await;
    let mut buffer = Vec::with_capacity(8 * 1024);
    let create = |from: &str| {
        requests.post(
            "/en/drafts",
            &encode(&[("csrf", &requests.token), ("from", from)]),
        )
    };
    let created = exchange(&mut stream, &create("profile:storyteller"), &mut buffer)
        .await
        .unwrap();
    assert_eq!(created.status, 303);
    let draft: i64 = created
        .location
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let path = format!("/en/drafts/{draft}");
    let saved_to = format!("{path}#panel");
    let create_empty = create("empty");
    let mut saved = Saved {
        draft,
        saves: 0,
        created: 1,
        errors: 0,
        latencies: Vec::new(),
    };
    let mut round = 0_u64;
    while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
        round += 1;
        // The page this connection has open is at the draft's last revision.
        let body = format!(
            "{}&revision={}&title.en=Load+{index}.{round}",
            requests.save,
            saved.saves + 1
        );
        let at = Instant::now();
        match exchange(&mut stream, &requests.post(&path, &body), &mut buffer).await {
            Some(answer)
                if answer.status == 303 && answer.location.as_deref() == Some(&saved_to) =>
            {
                saved.latencies.push(at.elapsed());
                saved.saves += 1;
            }
            _ => {
                saved.errors += 1;
                stream = connect(addr).await;
            }
        }
        if round.is_multiple_of(4) {
            match exchange(&mut stream, &create_empty, &mut buffer).await {
                Some(answer) if answer.status == 303 => saved.created += 1,
                _ => {
                    saved.errors += 1;
                    stream = connect(addr).await;
                }
            }
        }
    }
    saved
}

fn server_count(db: &std::path::Path) -> i64 {
    peerwork_web::Store::open(db).unwrap().count().unwrap()
}
