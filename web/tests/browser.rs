//! The builder in a real browser: headless Chromium driven through WebDriver
//! (chromedriver), against the builder's own binary on a free loopback port.
//!
//! The coordinator's scenario: start from the Storyteller, add escorting, see the verdict
//! "both" with its reasons; give the post a hostile title and see it as text in the form,
//! the live panel and the preview, with no script run; preview in Swedish; save; crash
//! the server (SIGKILL) and start it again; find the draft; download its JSON through the
//! browser and read it back with the library; match it against a roster. axe-core checks
//! every view (no serious or critical finding), and the views are saved as screenshots
//! (under `target/tmp/screenshots/`, or `PEERWORK_SCREENSHOTS`).
//!
//! Needs `chromium` and `chromedriver` (Debian: `apt-get install chromium
//! chromium-driver`; or set `CHROME` and `CHROMEDRIVER`) and axe-core (`npm ci` in
//! `tests/axe`, or set `AXE_CORE_JS`). When one is missing the test fails and says so:
//! it never passes without having run.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use peerwork::{
    Date, DateRange, ExperienceBackground, FormOfWork, JobDescription, Language, Municipality,
    PeerWorkerRecord, Profile, Roster, Task,
};
use serde_json::{Value, json};

const XSS: &str =
    "Peer <img src=x onerror=\"window.pwned=1\"> </script><script>window.pwned=2</script>";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The first of `candidates` that exists as a file, or the one `env` names.
fn program(env: &str, candidates: &[&str]) -> PathBuf {
    if let Some(path) = std::env::var_os(env) {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in candidates {
        for dir in std::env::split_paths(&path).chain([
            PathBuf::from("/usr/bin"),
            PathBuf::from("/usr/lib/chromium"),
        ]) {
            let full = dir.join(name);
            if full.is_file() {
                return full;
            }
        }
    }
    panic!(
        "{} not found: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) or set {env}",
        candidates.join(" or ")
    );
}

fn wait_for_port(port: u16, child: &mut Child, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} exited before listening: {status}");
        }
        assert!(Instant::now() < deadline, "{what} did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A child process killed when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_builder(port: u16, db: &Path) -> Process {
    let mut child = Command::new(env!("CARGO_BIN_EXE_peerwork-web"))
        .args(["--addr", &format!("127.0.0.1:{port}"), "--db"])
        .arg(db)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port, &mut child, "peerwork-web");
    Process(child)
}

fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE_JS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe/node_modules/axe-core/axe.min.js"),
        PathBuf::from,
    );
    std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "axe-core not found at {}: run `npm ci` in web/tests/axe ({err})",
            path.display()
        )
    })
}

struct Browser {
    client: Client,
    base: String,
    shots: PathBuf,
    axe: String,
    /// Every axe finding, by view.
    findings: Vec<(String, Value)>,
}

impl Browser {
    /// Clicks the element `css` finds.
    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
    }

    async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Waits until `script` returns `true`.
    async fn until(&self, script: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if self.js(script).await == json!(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn shot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(self.shots.join(format!("{name}.png")), png).unwrap();
    }

    /// Runs axe-core on the page; keeps its findings.
    async fn axe(&mut self, view: &str) {
        self.client
            .execute(&format!("{}\nreturn true;", self.axe), vec![])
            .await
            .unwrap();
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
                    .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));",
                vec![],
            )
            .await
            .unwrap();
        for violation in result.as_array().unwrap() {
            self.findings.push((view.to_owned(), violation.clone()));
        }
    }

    /// The marker the payload would set, and whether the page's title changed.
    async fn assert_no_script_ran(&self) {
        assert_eq!(
            self.js("return typeof window.pwned").await,
            json!("undefined"),
            "the payload ran"
        );
    }
}

fn roster_file(dir: &Path) -> PathBuf {
    let period = DateRange::between(
        Date::new(2027, 9, 1).unwrap(),
        Date::new(2027, 11, 30).unwrap(),
    )
    .unwrap();
    let worker = |id: &str, tasks: peerwork::TaskSet, percent: u16| {
        PeerWorkerRecord::builder(id)
            .tasks(tasks)
            .experience_backgrounds([
                ExperienceBackground::Homelessness,
                ExperienceBackground::Substances,
            ])
            .forms_of_work([FormOfWork::Salaried])
            .max_working_time_percent(percent)
            .languages([Language::Finnish, Language::Swedish, Language::English])
            .municipalities([Municipality::VANTAA])
            .available(period)
            .build()
            .unwrap()
    };
    let storyteller = Profile::Storyteller.tasks();
    let roster = Roster::new(vec![
        worker("kap-01", storyteller | Task::EscortsClients, 60),
        worker("kap-02", storyteller, 100),
        worker("kap-03", storyteller | Task::EscortsClients, 30),
        worker("kap-04", storyteller - Task::BefriendsLonelyPeople, 50),
        worker("kap-05", Profile::Caretaker.tasks(), 30),
    ])
    .unwrap();
    let path = dir.join("roster.json");
    std::fs::write(&path, serde_json::to_string_pretty(&roster).unwrap()).unwrap();
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::too_many_lines)] // one scenario, step by step
async fn a_coordinator_composes_previews_saves_restarts_downloads_and_matches() {
    let dir = support::scratch("browser");
    let db = dir.join("drafts.sqlite3");
    let downloads = dir.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let shots = std::env::var_os("PEERWORK_SCREENSHOTS").map_or_else(
        || PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots"),
        PathBuf::from,
    );
    std::fs::create_dir_all(&shots).unwrap();
    let axe = axe_source();

    let chrome = program("CHROME", &["chromium", "chromium-browser", "google-chrome"]);
    let driver = program("CHROMEDRIVER", &["chromedriver"]);
    let driver_port = free_port();
    let mut driver_child = Command::new(&driver)
        .arg(format!("--port={driver_port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {}: {err}", driver.display()));
    wait_for_port(driver_port, &mut driver_child, "chromedriver");
    let _driver = Process(driver_child);

    let port = free_port();
    let mut builder = start_builder(port, &db);

    let profile_dir = dir.join("chrome-profile");
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chrome,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100",
                format!("--user-data-dir={}", profile_dir.display()),
            ],
            "prefs": {
                "download.default_directory": downloads,
                "download.prompt_for_download": false,
            }
        }
    });
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities.as_object().unwrap().clone())
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .expect("chromedriver gave no session");
    let mut b = Browser {
        client,
        base: format!("http://127.0.0.1:{port}"),
        shots,
        axe,
        findings: Vec::new(),
    };

    // Start: the picture of the four profiles; start from the Storyteller.
    b.goto("/en/").await;
    b.shot("start").await;
    b.axe("start").await;
    b.click("button[value='profile:storyteller']").await;
    b.until("return !!document.getElementById('draft')", "the composer")
        .await;
    let draft_path = b.client.current_url().await.unwrap().path().to_owned();

    // Add escorting as an optional task; the live panel follows without a save.
    b.click("#f-task-escorts-clients-optional").await;
    b.until(
        "return document.getElementById('panel').hasAttribute('data-refreshed')
            && [...document.querySelectorAll('#panel ul.reasons li')].some(li => li.textContent === 'companion / escort')",
        "escorting among the panel's reasons",
    )
    .await;
    assert_eq!(
        b.js("return document.getElementById('verdict').dataset.verdict")
            .await,
        json!("both")
    );
    b.js("document.getElementById('h-tasks').scrollIntoView(); return true")
        .await;
    b.shot("compose-tasks").await;
    let reasons = b.js("return [...document.querySelectorAll('#panel section.verdict h4')].map(h => h.textContent)").await;
    assert_eq!(
        reasons,
        json!(["peer worker, because of", "peer supporter, because of"])
    );

    // A hostile title: text in the form and in the live panel, and nothing runs.
    let title = b
        .client
        .find(Locator::Css("input[name='title.en']"))
        .await
        .unwrap();
    title.clear().await.unwrap();
    title.send_keys(XSS).await.unwrap();
    b.until(
        &format!(
            "return document.querySelector('#panel .draft-title').textContent.endsWith({})",
            json!(XSS)
        ),
        "the hostile title in the panel",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelectorAll('#panel img, #draft img').length")
            .await,
        json!(0)
    );
    b.assert_no_script_ran().await;
    b.shot("compose").await;
    b.axe("compose").await;

    // Save (post, redirect, get): the form holds the title as it was typed.
    b.click("button[value='save']").await;
    b.until("return document.querySelector('.status') && document.querySelector('.status').textContent.includes('Revision 2')", "the saved draft").await;
    assert_eq!(
        b.js("return document.querySelector(\"input[name='title.en']\").value")
            .await,
        json!(XSS)
    );
    assert_eq!(
        b.js("return document.querySelector('h1').textContent")
            .await,
        json!(XSS)
    );
    b.assert_no_script_ran().await;

    // Preview in Swedish, then the hostile title in the English preview.
    b.click(&format!("a[href='{draft_path}/preview/sv']")).await;
    b.until("return !!document.getElementById('preview')", "the preview")
        .await;
    assert_eq!(
        b.js("return document.getElementById('preview').lang").await,
        json!("sv")
    );
    let swedish = b
        .js("return document.getElementById('preview').textContent")
        .await;
    assert!(
        swedish
            .as_str()
            .unwrap()
            .contains("I ditt arbete ingår att"),
        "{swedish}"
    );
    b.shot("preview-sv").await;
    b.axe("preview").await;
    b.goto(&format!("{draft_path}/preview/en")).await;
    assert_eq!(
        b.js("return document.querySelector('#preview h1').textContent")
            .await,
        json!(XSS)
    );
    assert_eq!(
        b.js("return document.querySelectorAll('#preview img').length")
            .await,
        json!(0)
    );
    b.assert_no_script_ran().await;

    // Crash the server and start it again on the same database.
    builder.0.kill().unwrap();
    builder.0.wait().unwrap();
    drop(builder);
    builder = start_builder(port, &db);

    // Find the draft again, and take its JSON away through the browser.
    b.goto("/en/").await;
    let search = b.client.find(Locator::Css("#q")).await.unwrap();
    search.send_keys("onerror").await.unwrap();
    b.click("form.search button").await;
    b.until(
        "return document.querySelectorAll('table.drafts tbody tr').length === 1",
        "the draft in the search",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('table.drafts tbody a').textContent")
            .await,
        json!(XSS)
    );
    b.click("table.drafts tbody a").await;
    b.until(
        "return !!document.getElementById('draft')",
        "the composer after the restart",
    )
    .await;
    b.click("a[href$='/download/job.json']").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let file = loop {
        let found = std::fs::read_dir(&downloads)
            .unwrap()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .find(|path| path.extension().is_some_and(|e| e == "json"));
        if let Some(path) = found {
            break path;
        }
        assert!(
            Instant::now() < deadline,
            "the browser saved no JSON in {}",
            downloads.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        file.file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("peerwork-"),
        "{}",
        file.display()
    );
    let job: JobDescription =
        peerwork::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(job.title().get(Language::English), Some(XSS));
    assert!(job.tasks().optional.contains(Task::EscortsClients));
    assert_eq!(job.tasks().essential, Profile::Storyteller.tasks());
    assert_eq!(job.profiles(), [Profile::Storyteller]);

    // Match the draft against a roster: candidates and the near misses.
    let roster = roster_file(&dir);
    b.goto(&format!("{draft_path}/match")).await;
    b.axe("match form").await;
    b.client
        .find(Locator::Css("#roster"))
        .await
        .unwrap()
        .send_keys(roster.to_str().unwrap())
        .await
        .unwrap();
    b.js("document.getElementById('start').value = '2027-09-01'; document.getElementById('end').value = '2027-10-31'; return true").await;
    b.click("form.match button").await;
    b.until(
        "return !!document.getElementById('near-misses')",
        "the match results",
    )
    .await;
    assert_eq!(
        b.js("return document.getElementById('match-summary').textContent")
            .await,
        json!("Considered: 5 · Eligible: 2")
    );
    let ids = b.js("return [...document.querySelectorAll('table.candidates code')].map(c => c.textContent)").await;
    assert_eq!(ids, json!(["kap-01", "kap-02"]));
    let misses = b.js("return Object.fromEntries([...document.querySelectorAll('table.near tbody tr')].map(r => [r.dataset.requirement, r.querySelector('td').textContent]))").await;
    assert_eq!(misses["working_time"], json!("1"));
    assert_eq!(misses["tasks"], json!("1"));
    b.js("document.getElementById('results').scrollIntoView(); return true")
        .await;
    b.shot("match").await;
    b.js("document.getElementById('near-misses').scrollIntoView(); return true")
        .await;
    b.shot("match-near-misses").await;
    b.axe("match results").await;

    // The Finnish and Swedish composer too: axe in each page language.
    for lang in ["fi", "sv"] {
        b.goto(&draft_path.replacen("/en/", &format!("/{lang}/"), 1))
            .await;
        b.axe(&format!("compose ({lang})")).await;
    }
    b.goto(&draft_path.replacen("/en/", "/fi/", 1)).await;
    b.shot("compose-fi").await;

    for (view, finding) in &b.findings {
        eprintln!("axe, {view}: {finding}");
    }
    let serious: Vec<_> = b
        .findings
        .iter()
        .filter(|(_, f)| matches!(f["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    eprintln!(
        "axe-core: {} findings, {} serious or critical, over 8 views; screenshots in {}",
        b.findings.len(),
        serious.len(),
        b.shots.display()
    );
    assert!(
        serious.is_empty(),
        "axe-core found serious or critical problems: {serious:#?}"
    );
    b.client.close().await.unwrap();
    drop(builder);
}
