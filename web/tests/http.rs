//! The builder over HTTP on a loopback port: tokens, hosts, headers, bounds, escaping,
//! downloads, drafts across a restart, and the bank view.

mod support;

use peerwork::{
    Date, DateRange, ExperienceBackground, FormOfWork, JobDescription, Language, Municipality,
    PeerWorkerRecord, Profile, Roster, Vocabulary,
};
use support::{Client, Running, encode, encode_fields, form_fields, scratch, with_field};

const XSS: &str =
    "Peer <img src=x onerror=\"document.title='pwned'\"> </script><script>window.pwned=1</script>";

/// A client with the builder's cookie, and a new draft from `from`: its id and path.
fn new_draft(server: &Running, from: &str) -> (Client, String) {
    let mut client = Client::connect(server.addr).unwrap();
    assert_eq!(client.get("/en/").unwrap().status, 200);
    let token = client.token();
    let reply = client
        .post_form("/en/drafts", &encode(&[("csrf", &token), ("from", from)]))
        .unwrap();
    assert_eq!(reply.status, 303, "{}", reply.text());
    let path = reply.header("location").unwrap().to_owned();
    (client, path)
}

/// Saves the draft at `path` with `name` set to `value`, as the browser's form would.
fn save_with(client: &mut Client, path: &str, name: &str, value: &str) {
    let page = client.get(path).unwrap().text();
    let fields = with_field(form_fields(&page, "draft"), name, value);
    let reply = client.post_form(path, &encode_fields(&fields)).unwrap();
    assert_eq!(reply.status, 303, "{}", reply.text());
}

#[test]
fn every_post_needs_the_browsers_token() {
    let dir = scratch("token");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let mut client = Client::connect(server.addr).unwrap();
    // No cookie yet: the first answer sets it.
    let reply = client.post_form("/fi/drafts", "from=empty").unwrap();
    assert_eq!(reply.status, 403);
    assert!(
        reply
            .header("set-cookie")
            .unwrap()
            .contains("SameSite=Strict")
    );
    assert!(reply.header("set-cookie").unwrap().contains("HttpOnly"));
    // The cookie, but the wrong token in the form.
    let reply = client
        .post_form(
            "/fi/drafts",
            &encode(&[("csrf", &"0".repeat(64)), ("from", "empty")]),
        )
        .unwrap();
    assert_eq!(reply.status, 403);
    assert!(reply.text().contains("Lomakkeen tarkiste ei täsmännyt"));
    let token = client.token();
    for path in ["/fi/assess", "/fi/drafts/1", "/fi/drafts/1/delete"] {
        assert_eq!(
            client.post_form(path, "title.fi=x").unwrap().status,
            403,
            "{path}"
        );
    }
    let reply = client
        .post_form(
            "/fi/drafts",
            &encode(&[("csrf", &token), ("from", "empty")]),
        )
        .unwrap();
    assert_eq!(reply.status, 303);
}

#[test]
fn requests_for_another_host_are_refused_and_pages_carry_the_policy() {
    let dir = scratch("host");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let mut client = Client::connect(server.addr).unwrap();
    client.host = "attacker.example:8017".into();
    assert_eq!(client.get("/fi/").unwrap().status, 421);
    client.host = format!("localhost:{}", server.addr.port());
    let reply = client.get("/fi/").unwrap();
    assert_eq!(reply.status, 200);
    let policy = reply.header("content-security-policy").unwrap();
    assert!(policy.contains("script-src 'self'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(reply.header("x-frame-options"), Some("DENY"));
    // The page loads its one script from the app, and holds no inline script.
    let html = reply.text();
    assert!(html.contains(r#"<script src="/static/app.js" defer></script>"#));
    assert_eq!(html.matches("<script").count(), 1);
    assert!(!html.contains(" onclick") && !html.contains(" style=\""));
}

#[test]
fn bodies_over_the_bound_are_refused() {
    let dir = scratch("bound");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let mut client = Client::connect(server.addr).unwrap();
    client.get("/fi/").unwrap();
    let token = client.token();
    let huge = format!(
        "csrf={token}&title.fi={}",
        "a".repeat(peerwork_web::DEFAULT_MAX_BODY_BYTES)
    );
    assert_eq!(client.post_form("/fi/assess", &huge).unwrap().status, 413);
    client.reconnect().unwrap();
    let many: String = (0..2_100).map(|i| format!("&f{i}=x")).collect();
    assert_eq!(
        client
            .post_form("/fi/assess", &format!("csrf={token}{many}"))
            .unwrap()
            .status,
        413
    );
}

#[test]
fn a_hostile_title_shows_as_text_in_the_form_the_panel_and_the_preview() {
    let dir = scratch("xss");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let (mut client, path) = new_draft(&server, "profile:storyteller");
    save_with(&mut client, &path, "title.en", XSS);
    let page = client.get(&path).unwrap().text();
    assert!(
        !page.contains("<img src=x"),
        "the payload is markup in the composer"
    );
    assert!(
        !page.contains("<script>window"),
        "the payload is markup in the composer"
    );
    assert_eq!(
        support::input_value(&page, "title.en").as_deref(),
        Some(XSS)
    );
    let fields = form_fields(&page, "draft");
    let mut with_token = vec![("csrf".to_owned(), client.token())];
    with_token.extend(fields);
    let panel = client
        .post_form("/en/assess", &encode_fields(&with_token))
        .unwrap()
        .text();
    assert!(
        panel.contains("Peer &lt;img src=x onerror=&quot;document.title='pwned'&quot;&gt;"),
        "{panel}"
    );
    assert!(!panel.contains("<img src=x") && !panel.contains("<script>"));
    let preview = client.get(&format!("{path}/preview/en")).unwrap().text();
    assert!(preview.contains("id=\"preview\""), "{preview}");
    assert!(!preview.contains("<img src=x") && !preview.contains("<script>window"));
    assert!(preview.contains("&lt;img src=x"));
}

#[test]
fn downloads_read_back_and_their_names_stay_in_their_folder() {
    let dir = scratch("downloads");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let (mut client, path) = new_draft(&server, "profile:bridge_builder");
    let json = client.get(&format!("{path}/download/job.json")).unwrap();
    assert_eq!(json.status, 200);
    assert!(
        json.header("content-disposition")
            .unwrap()
            .starts_with("attachment; filename=\"peerwork-")
    );
    let job: JobDescription = peerwork::from_json(&json.text()).unwrap();
    assert_eq!(
        job,
        JobDescription::vantaa_pilot(Profile::BridgeBuilder)
            .build()
            .unwrap()
    );
    let toml = client
        .get(&format!("{path}/download/job.toml"))
        .unwrap()
        .text();
    let from_toml: JobDescription = toml::from_str(&toml).unwrap();
    assert_eq!(from_toml, job);
    let page = client
        .get(&format!("{path}/download/posting.sv.html"))
        .unwrap()
        .text();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"sv\">"));
    let markdown = client
        .get(&format!("{path}/download/posting.fi.md"))
        .unwrap()
        .text();
    assert!(markdown.contains("Tehtäviisi kuuluu"));
    // One posting per language: each has the post's title in its own language.
    for language in [Language::Finnish, Language::Swedish] {
        let jsonld: serde_json::Value = serde_json::from_str(
            &client
                .get(&format!(
                    "{path}/download/jobposting.{}.jsonld",
                    language.code()
                ))
                .unwrap()
                .text(),
        )
        .unwrap();
        assert_eq!(jsonld["@type"], "JobPosting");
        assert_eq!(
            jsonld["title"].as_str(),
            job.title().get(language),
            "{language:?}"
        );
    }
    assert_ne!(
        job.title().get(Language::Finnish),
        job.title().get(Language::Swedish)
    );
    let script = client
        .get(&format!("{path}/download/jobposting.sv.script.html"))
        .unwrap()
        .text();
    assert!(script.starts_with(r#"<script type="application/ld+json">"#));
    for name in [
        "..%2F..%2Fetc%2Fpasswd",
        "..",
        "job.json%2F..%2F..%2Fx",
        "posting.fi.exe",
        "%2Fetc%2Fpasswd",
        "jobposting.xx.jsonld",
    ] {
        assert_eq!(
            client
                .get(&format!("{path}/download/{name}"))
                .unwrap()
                .status,
            404,
            "{name}"
        );
    }
    assert_eq!(
        client
            .get("/en/drafts/1/download/../../../../etc/passwd")
            .unwrap()
            .status,
        404
    );
}

#[test]
fn a_saved_draft_survives_a_restart() {
    let dir = scratch("restart");
    let db = dir.join("drafts.sqlite3");
    let server = Running::start(&db);
    let (mut client, path) = new_draft(&server, "empty");
    save_with(&mut client, &path, "title.en", "Peer worker, night shelter");
    server.stop();
    let server = Running::start(&db);
    let mut client = Client::connect(server.addr).unwrap();
    let start = client.get("/en/?q=night").unwrap().text();
    assert!(start.contains("Peer worker, night shelter"), "{start}");
    let page = client.get(&path).unwrap().text();
    assert_eq!(
        support::input_value(&page, "title.en").as_deref(),
        Some("Peer worker, night shelter")
    );
    assert!(page.contains("Revision 2"));
}

fn roster_json() -> String {
    let autumn = DateRange::between(
        Date::new(2027, 9, 1).unwrap(),
        Date::new(2027, 11, 30).unwrap(),
    )
    .unwrap();
    let worker = |id: &str, percent: u16, backgrounds: &[ExperienceBackground]| {
        PeerWorkerRecord::builder(id)
            .tasks(Profile::Storyteller.tasks())
            .experience_backgrounds(backgrounds.iter().copied())
            .forms_of_work([FormOfWork::Salaried])
            .max_working_time_percent(percent)
            .languages([Language::Finnish, Language::Swedish])
            .municipalities([Municipality::VANTAA])
            .available(autumn)
            .build()
            .unwrap()
    };
    let roster = Roster::new(vec![
        worker(
            "kap-1",
            50,
            &[
                ExperienceBackground::CriminalBackground,
                ExperienceBackground::Substances,
            ],
        ),
        worker("kap-2", 40, &[ExperienceBackground::MentalHealth]),
    ])
    .unwrap();
    serde_json::to_string(&roster).unwrap()
}

fn multipart(token: &str, roster: &[u8], start: &str, end: &str) -> (String, Vec<u8>) {
    let boundary = "peerwork-test-boundary";
    let mut body = Vec::new();
    for (name, value) in [("csrf", token), ("start", start), ("end", end)] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"roster.json\"\r\nContent-Type: application/json\r\n\r\n").as_bytes());
    body.extend_from_slice(roster);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[test]
fn the_bank_view_matches_a_roster_and_shows_no_background() {
    let dir = scratch("bank");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let (mut client, path) = new_draft(&server, "profile:storyteller");
    let token = client.token();
    let (content_type, body) =
        multipart(&token, roster_json().as_bytes(), "2027-09-01", "2027-11-30");
    let reply = client
        .send("POST", &format!("{path}/match"), Some(&content_type), &body)
        .unwrap();
    assert_eq!(reply.status, 200, "{}", reply.text());
    let page = reply.text();
    assert!(page.contains("Considered: 2 · Eligible: 1"), "{page}");
    assert!(page.contains("<code>kap-1</code>"));
    assert!(page.contains(r#"<tr data-requirement="working_time"><th scope="row">working time</th><td class="num">1</td>"#), "{page}");
    assert!(page.contains("<svg class=\"chart\""));
    for &background in ExperienceBackground::ALL {
        for &language in Language::ALL {
            assert!(
                !page.contains(background.label_in(language)),
                "{background:?} shown"
            );
        }
    }
    // The wrong token, and a roster over the bound.
    let (content_type, body) = multipart(&"0".repeat(64), b"{}", "2027-09-01", "2027-11-30");
    assert_eq!(
        client
            .send("POST", &format!("{path}/match"), Some(&content_type), &body)
            .unwrap()
            .status,
        403
    );
    let huge = vec![b' '; peerwork_web::DEFAULT_MAX_ROSTER_BYTES + 1];
    let (content_type, body) = multipart(&token, &huge, "2027-09-01", "2027-11-30");
    let status = client
        .send("POST", &format!("{path}/match"), Some(&content_type), &body)
        .map(|r| r.status);
    assert!(matches!(status, Ok(413) | Err(_)), "{status:?}");
}

/// The composer's fields of the draft at `path`, with `changes`, and the token first.
fn assess_body(client: &mut Client, path: &str, changes: &[(&str, &str)]) -> String {
    let page = client.get(path).unwrap().text();
    let mut fields = form_fields(&page, "draft");
    for (name, value) in changes {
        fields = with_field(fields, name, value);
    }
    let mut body = vec![("csrf".to_owned(), client.token())];
    body.extend(fields);
    encode_fields(&body)
}

#[test]
fn the_panel_prices_a_fee_based_post_and_cites_its_advisories() {
    let dir = scratch("fees");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let (mut client, path) = new_draft(&server, "profile:storyteller");
    let body = assess_body(
        &mut client,
        &path,
        &[
            ("terms.form_of_work", "fee_based"),
            (
                "terms.assignments[0].activity",
                "seminars_panels_talks_lectures",
            ),
            ("terms.assignments[0].hours", "2,5"),
        ],
    );
    let panel = client.post_form("/en/assess", &body).unwrap().text();
    assert!(panel.contains("Fee estimate"), "{panel}");
    assert!(panel.contains("<td class=\"num\">2.5 h</td><td class=\"num\">€50.00</td><td class=\"num\">€125.00</td>"), "{panel}");
    assert!(panel.contains("Kokoa ry:n palkkiosuositukset"), "{panel}");
    // Joining the employees' client meetings is unlike a fee-based trial: the review says
    // so, with its source.
    assert!(
        panel.contains("fee-based post shaped like employment"),
        "{panel}"
    );
    assert!(
        panel.contains("Ennakkovalmistelut ja kartoitus, point 6"),
        "{panel}"
    );
    let finnish = client.post_form("/fi/assess", &body).unwrap().text();
    assert!(finnish.contains("125,00\u{a0}€"), "{finnish}");
    assert!(
        finnish.contains("palkkiotehtävä muistuttaa työsuhdetta"),
        "{finnish}"
    );
}

#[test]
fn problems_show_next_to_their_fields_in_the_page_language() {
    let dir = scratch("problems");
    let server = Running::start(&dir.join("drafts.sqlite3"));
    let (mut client, path) = new_draft(&server, "profile:caretaker");
    let body = assess_body(
        &mut client,
        &path,
        &[("title.sv", ""), ("terms.working_time_percent", "150")],
    );
    let finnish = client.post_form("/fi/assess", &body).unwrap().text();
    assert!(
        finnish.contains("Kirjoita teksti myös ruotsiksi."),
        "{finnish}"
    );
    assert!(
        finnish.contains("Anna kokonaisluku väliltä 1–100."),
        "{finnish}"
    );
    assert!(
        finnish.contains("<a href=\"#f-terms-working-time-percent\">"),
        "{finnish}"
    );
    let swedish = client.post_form("/sv/assess", &body).unwrap().text();
    assert!(
        swedish.contains("Skriv texten också på svenska."),
        "{swedish}"
    );
    // Saved, the draft keeps what was typed, and the composer shows each problem at its
    // field, tied to it for screen readers.
    save_with(&mut client, &path, "terms.working_time_percent", "150");
    let page = client
        .get(&path.replacen("/en/", "/fi/", 1))
        .unwrap()
        .text();
    assert!(
        page.contains(
            r#"aria-invalid="true" aria-describedby="f-terms-working-time-percent-problems""#
        ),
        "{page}"
    );
    assert!(page.contains(r#"<ul class="problems" id="f-terms-working-time-percent-problems"><li>Anna kokonaisluku väliltä 1–100.</li></ul>"#), "{page}");
    assert_eq!(
        support::input_value(&page, "terms.working_time_percent").as_deref(),
        Some("150")
    );
}

#[test]
fn a_save_from_a_page_opened_before_another_save_is_kept_as_a_new_draft() {
    let dir = scratch("conflict");
    let db = dir.join("drafts.sqlite3");
    let server = Running::start(&db);
    let (mut client, path) = new_draft(&server, "profile:helping_eyes");
    // Two tabs open the draft at revision 1.
    let page = client.get(&path).unwrap().text();
    let opened = form_fields(&page, "draft");
    let save = |client: &mut Client, title: &str| {
        let mut body = vec![("csrf".to_owned(), client.token())];
        body.extend(with_field(opened.clone(), "title.en", title));
        client.post_form(&path, &encode_fields(&body)).unwrap()
    };
    let first = save(&mut client, "Saved in the first tab");
    assert_eq!(
        first.header("location"),
        Some(format!("{path}#panel").as_str())
    );
    let second = save(&mut client, "Saved in the second tab");
    let copy = second.header("location").unwrap().to_owned();
    assert!(
        copy.ends_with(&format!("?from={}", path.rsplit('/').next().unwrap())),
        "{copy}"
    );
    assert_ne!(copy.split('?').next(), Some(path.as_str()));
    // Neither is lost, and the copy says what happened.
    let original = client.get(&path).unwrap().text();
    assert_eq!(
        support::input_value(&original, "title.en").as_deref(),
        Some("Saved in the first tab")
    );
    let page = client.get(&copy).unwrap().text();
    assert_eq!(
        support::input_value(&page, "title.en").as_deref(),
        Some("Saved in the second tab")
    );
    assert!(
        page.contains("Your changes were saved as this new draft"),
        "{page}"
    );
    drop(server);
    assert_eq!(peerwork_web::Store::open(&db).unwrap().count().unwrap(), 2);
}

#[test]
fn a_server_that_cannot_start_names_the_database_or_the_address() {
    use peerwork_web::{Config, Server};
    let dir = scratch("bind");
    let loopback: std::net::SocketAddr = "127.0.0.1:0".parse().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        // A database "under" a plain file cannot be created.
        let file = dir.join("a-file");
        std::fs::write(&file, "not a folder").unwrap();
        let db = file.join("drafts.sqlite3");
        let err = Server::bind(Config::with_db(&db).addr(loopback))
            .await
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("cannot open the database {}: ", db.display())),
            "{err}"
        );
        let taken = std::net::TcpListener::bind(loopback).unwrap();
        let addr = taken.local_addr().unwrap();
        let err = Server::bind(Config::with_db(dir.join("drafts.sqlite3")).addr(addr))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
        assert!(
            err.to_string()
                .starts_with(&format!("cannot listen on {addr}: ")),
            "{err}"
        );
    });
}
