//! Every subcommand run as a built binary on the committed files of tests/data: its
//! output (checked against the library where the library makes the same thing), its exit
//! code and its error text.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

use peerwork::{
    Bank, Date, DateRange, ExperienceBackground, FeeActivity, FeeSchedule, Format, JobDescription,
    JobPosting, Language, PostingDetails, Profile, ProfileCatalogue, Roster, Vocabulary, WorkTime,
    from_json_slice,
};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn peerwork() -> Command {
    let mut command = Command::cargo_bin("peerwork").unwrap();
    command
        .current_dir(data(""))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    command
}

fn stdout(args: &[&str]) -> String {
    let output = peerwork().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn job(name: &str) -> JobDescription {
    from_json_slice(stdout(&["convert", name, "--to", "json"]).as_bytes()).unwrap()
}

// ---- profiles

#[test]
fn profiles_lays_out_the_model_in_each_language() {
    let text = stdout(&["profiles"]);
    assert!(text.starts_with("Peer-worker job profiles of the Vantaa pilot, 2017 [V]\n====="));
    for profile in Profile::ALL {
        assert!(text.contains(&format!("\n{}\n", profile.label_in(Language::English))));
    }
    let finnish = stdout(&["profiles", "--lang", "fi", "--format", "markdown"]);
    assert!(finnish.starts_with("# Vantaan pilotin kokemusasiantuntijoiden tehtäväprofiilit"));
    assert!(finnish.contains(&format!(
        "## {}",
        Profile::Caretaker.label_in(Language::Finnish)
    )));
    let html = stdout(&["profiles", "--lang", "sv", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(html.contains(Profile::Storyteller.label_in(Language::Swedish)));
}

#[test]
fn profiles_as_json_is_the_catalogue_document() {
    let json: Value = serde_json::from_str(&stdout(&["profiles", "--format", "json"])).unwrap();
    assert_eq!(json, serde_json::to_value(ProfileCatalogue::new()).unwrap());
}

// ---- new

#[test]
fn new_from_a_pilot_preset_is_the_library_preset() {
    let written: JobDescription =
        from_json_slice(stdout(&["new", "--pilot", "caretaker"]).as_bytes()).unwrap();
    assert_eq!(
        written,
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .build()
            .unwrap()
    );
    let toml = stdout(&[
        "new",
        "--pilot",
        "storyteller",
        "--lang",
        "fi,sv",
        "--to",
        "toml",
    ]);
    assert!(toml.contains("working_time_percent = 50"));
    let expected = JobDescription::vantaa_pilot(Profile::Storyteller)
        .languages([Language::Finnish, Language::Swedish]);
    let _ = expected; // the preset in two languages:
    let from_toml: JobDescription =
        from_json_slice(stdout(&["convert", "storyteller.toml", "--to", "json"]).as_bytes())
            .unwrap();
    assert_eq!(
        from_toml,
        peerwork::JobDescriptionBuilder::vantaa_pilot(
            Profile::Storyteller,
            &[Language::Finnish, Language::Swedish]
        )
        .build()
        .unwrap()
    );
}

#[test]
fn new_composes_from_flags_and_prints_advisories() {
    let output = peerwork()
        .args([
            "new",
            "--title",
            "fi=Kokemusasiantuntija",
            "--title",
            "en=Peer worker",
            "--lang",
            "fi,en",
            "--employer",
            "Vantaan kaupunki",
            "--municipality",
            "Vantaa",
            "--profile",
            "bridge_builder",
            "--optional",
            "escorts_clients",
            "--working-time",
            "60",
            "--contract",
            "6months",
            "--work-pair",
            "sosiaaliohjaaja",
            "--require-training",
            "kokoa",
            "--close-contact-employee",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let job: JobDescription = from_json_slice(&output.stdout).unwrap();
    assert_eq!(job.title().get(Language::English), Some("Peer worker"));
    assert_eq!(job.terms().salaried().unwrap().working_time_percent, 60);
    assert!(
        job.tasks()
            .optional
            .contains(peerwork::Task::EscortsClients)
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "warning: support.work_pair.line_manager: Say who is the work pair's line manager \
         (work-pair guide, point 10). ([T] Ennakkovalmistelut ja kartoitus, point 10)\n"
    );
}

#[test]
fn new_refuses_what_the_builder_refuses_with_its_message() {
    let expected = JobDescription::vantaa_pilot(Profile::Caretaker)
        .terms(peerwork::Terms::Salaried(peerwork::SalariedTerms::new(
            0,
            peerwork::Contract::months(3),
        )))
        .build()
        .unwrap_err();
    peerwork()
        .args(["new", "--pilot", "caretaker", "--working-time", "0"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!("error: {expected}\n"));
    peerwork()
        .args(["new", "--employer", "x"])
        .assert()
        .code(2)
        .stderr("error: give a --title, or start from --pilot PROFILE or --from JOB\n");
    peerwork()
        .args(["new", "--pilot", "caretaker", "--essential", "juggling"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown task id `juggling`"));
}

// ---- check

#[test]
fn check_reports_each_document_and_a_summary() {
    let output = peerwork()
        .args([
            "check",
            "caretaker.json",
            "custom.toml",
            "details.toml",
            "tasks.json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "caretaker.json: ok (job_description)\n\
         custom.toml: ok (job_description, 2 advisories)\n\
         details.toml: ok (posting_details)\n\
         tasks.json: ok (task_set)\n\
         checked 4 documents: 4 ok, 0 refused, 1 with advisories\n"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("custom.toml: warning: support.close_contact_employee: "));
    assert_eq!(stderr.lines().count(), 2);
    peerwork()
        .args(["check", "--deny-advisories", "custom.toml"])
        .assert()
        .code(1);
}

#[test]
fn check_gives_the_line_of_a_mistake_in_toml() {
    let text = fs::read_to_string(data("bad_line.toml")).unwrap();
    assert_eq!(text.lines().nth(31), Some("working_time_percent = 150"));
    peerwork()
        .args(["check", "bad_line.toml"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "bad_line.toml:32:24: error: terms.working_time_percent: invalid value: integer \
             `150`, expected a whole number from 1 to 100\n",
        );
}

#[test]
fn toml_dates_read_as_the_strings_documents_write() {
    let details: PostingDetails =
        from_json_slice(stdout(&["convert", "details.toml"]).as_bytes()).unwrap();
    assert_eq!(details.valid_through(), Some("2026-12-14".parse().unwrap()));
    assert_eq!(
        details.deadline_time().map(|t| t.to_string()).as_deref(),
        Some("16:00")
    );
    assert_eq!(details.start_date(), Some(Date::new(2027, 2, 1).unwrap()));
    // A date with a time of day is not a date: refused at its line.
    peerwork()
        .args(["check", "details_datetime.toml"])
        .assert()
        .code(1)
        .stderr(
            "details_datetime.toml:3:17: error: valid_through: invalid date \
             `2026-12-14T16:00:00`: expected an existing date written YYYY-MM-DD\n",
        );
}

#[test]
fn check_reads_json_lines_and_names_each_documents_line() {
    let output = peerwork().args(["check", "jobs.jsonl"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "jobs.jsonl:1: ok (job_description)\n\
         jobs.jsonl:3: ok (job_description, 1 advisory)\n\
         checked 3 documents: 2 ok, 1 refused, 1 with advisories\n"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("jobs.jsonl:2:"), "{stderr}");
    assert!(stderr.contains(": error: terms.working_time_percent: invalid value: integer `150`"));
}

#[test]
fn check_exit_codes_for_missing_files_and_unknown_types() {
    peerwork()
        .args(["check", "caretaker.json", "no-such-file.json"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("caretaker.json: ok"))
        .stderr(predicate::str::starts_with("error: no-such-file.json: "));
    peerwork()
        .args(["check", "-"])
        .write_stdin(r#"{"colour": "blue"}"#)
        .assert()
        .code(1)
        .stderr(
            "<stdin>: error: cannot tell the document's type from its keys; give it with --type\n",
        );
    peerwork().args(["check"]).assert().code(2);
    peerwork()
        .args(["check", "--type", "job_description", "-"])
        .write_stdin(fs::read(data("caretaker.json")).unwrap())
        .assert()
        .success()
        .stdout("<stdin>: ok (job_description)\n");
}

#[test]
fn check_as_json_gives_one_result_a_line() {
    let text = stdout(&["check", "--format", "json", "custom.toml", "tasks.json"]);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], "custom.toml");
    assert_eq!(lines[0]["type"], "job_description");
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[0]["warnings"][0]["kind"], "no_close_contact_employee");
    assert_eq!(lines[1]["type"], "task_set");
}

// ---- convert

#[test]
fn convert_round_trips_json_and_toml_through_the_gate() {
    let dir = tempfile::tempdir().unwrap();
    let toml_path = dir.path().join("caretaker.toml");
    peerwork()
        .args(["convert", "caretaker.json", "-o"])
        .arg(&toml_path)
        .assert()
        .success()
        .stdout("");
    let back = stdout(&["convert", toml_path.to_str().unwrap(), "--to", "json"]);
    assert_eq!(back, fs::read_to_string(data("caretaker.json")).unwrap());
    let compact = stdout(&["convert", "caretaker.json", "--to", "json-compact"]);
    assert_eq!(compact.lines().count(), 1);
    assert_eq!(
        compact.trim_end(),
        serde_json::to_string(&job("caretaker.json")).unwrap()
    );
}

#[test]
fn convert_never_writes_an_invalid_document() {
    peerwork()
        .args(["convert", "bad_line.toml", "--to", "json"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: bad_line.toml:32:24: terms.working_time_percent: ",
        ));
    peerwork()
        .args(["convert", "tasks.json", "--to", "toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("a TOML document is a table"));
}

// ---- render and publish

#[test]
fn render_writes_the_librarys_ad() {
    let job = job("caretaker.json");
    assert_eq!(
        stdout(&["render", "caretaker.json"]),
        job.render(Language::Finnish, Format::Markdown).unwrap()
    );
    assert_eq!(
        stdout(&[
            "render",
            "caretaker.json",
            "--lang",
            "sv",
            "--format",
            "text"
        ]),
        job.render(Language::Swedish, Format::PlainText).unwrap()
    );
    let with_details = stdout(&["render", "storyteller.toml", "--details", "details.toml"]);
    assert!(with_details.contains("14.12.2026"));
    peerwork()
        .args(["render", "custom.toml", "--lang", "fi"])
        .assert()
        .code(2)
        .stderr("error: custom.toml: languages: the post is not written in Finnish (fi); it is written in en\n");
}

#[test]
fn publish_writes_the_librarys_job_posting() {
    let job = job("storyteller.toml");
    let details: PostingDetails =
        from_json_slice(&fs::read(data("details.json")).unwrap()).unwrap();
    let posting = JobPosting::new(&job, &details, Language::Swedish).unwrap();
    let json: Value = serde_json::from_str(&stdout(&[
        "publish",
        "storyteller.toml",
        "--details",
        "details.toml",
        "--lang",
        "sv",
    ]))
    .unwrap();
    assert_eq!(json, serde_json::to_value(&posting).unwrap());
    let script = stdout(&[
        "publish",
        "storyteller.toml",
        "--details",
        "details.json",
        "--script",
        "--all-languages",
    ]);
    let expected: Vec<String> = JobPosting::in_every_language(&job, &details)
        .unwrap()
        .iter()
        .map(JobPosting::to_html_script)
        .collect();
    assert_eq!(script, format!("{}\n", expected.join("\n")));
    // A posting needs the day it is published.
    peerwork()
        .args(["publish", "caretaker.json", "--details", "tasks.json"])
        .assert()
        .code(1);
    peerwork()
        .args(["publish", "caretaker.json", "--details", "-"])
        .write_stdin("{}")
        .assert()
        .code(1)
        .stderr("error: -: date_posted: Google for Jobs requires datePosted; give the day the posting is published\n");
}

// ---- fees

#[test]
fn fees_price_work_with_kokoa_or_a_schedule() {
    assert_eq!(
        stdout(&["fees", "meeting=2", "preparation=1.5"]),
        "Kokoa ry fee recommendation, as quoted in the work-pair guide\n\
         activity       hours          rate        amount\n\
         meeting         2:00     40.00 EUR     80.00 EUR\n\
         preparation     1:30     25.00 EUR     37.50 EUR\n\
         total                                 117.50 EUR\n"
    );
    let json: Value =
        serde_json::from_str(&stdout(&["fees", "meeting=0.75", "--format", "json"])).unwrap();
    let expected = FeeSchedule::kokoa()
        .estimate(&[WorkTime::minutes(FeeActivity::Meeting, 45)])
        .unwrap();
    assert_eq!(json, serde_json::to_value(&expected).unwrap());
    let own = stdout(&[
        "fees",
        "--job",
        "talk.toml",
        "--schedule",
        "schedule.json",
        "--format",
        "json",
    ]);
    let own: Value = serde_json::from_str(&own).unwrap();
    assert_eq!(
        own["schedule"],
        "City of Vantaa fees for experts by experience, 2026"
    );
    assert_eq!(own["total"], 9000 + 9000 + 9000);
    let kokoa: Value =
        serde_json::from_str(&stdout(&["fees", "--job", "talk.toml", "--format", "json"])).unwrap();
    let expected = job("talk.toml").fee_estimate().unwrap().unwrap();
    assert_eq!(kokoa, serde_json::to_value(&expected).unwrap());
}

#[test]
fn fees_refuse_what_cannot_be_priced() {
    peerwork()
        .args(["fees", "--job", "caretaker.json"])
        .assert()
        .code(1)
        .stderr("error: caretaker.json: terms: the post is salaried employment; only a fee-based post has assignments to price\n");
    peerwork().args(["fees", "juggling=2"]).assert().code(2);
    peerwork().args(["fees", "meeting=1.234"]).assert().code(2);
    peerwork()
        .args(["fees", "demanding_event=1", "--schedule", "schedule.json"])
        .assert()
        .code(2)
        .stderr("error: lines[0].activity: the schedule has no rate for `demanding_event`\n");
    peerwork().args(["fees"]).assert().code(2);
}

// ---- schema

#[test]
fn schema_prints_and_writes_the_committed_schemas() {
    // The library's own tests keep schemas/ equal to what it generates.
    for schema in peerwork::schema::root_schemas() {
        let printed = stdout(&["schema", schema.name]);
        assert!(
            printed == schema.to_json_pretty(),
            "{} differs",
            schema.name
        );
    }
    let dir = tempfile::tempdir().unwrap();
    peerwork()
        .args(["schema", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        peerwork::schema::root_schemas().len()
    );
    assert!(stdout(&["schema"]).starts_with("job_description "));
    peerwork().args(["schema", "nonsense"]).assert().code(2);
}

// ---- match

#[test]
fn match_gives_the_librarys_matches_and_never_a_background() {
    let roster: Roster = from_json_slice(&fs::read(data("roster.json")).unwrap()).unwrap();
    let bank = Bank::from_roster(&roster).unwrap();
    let period = DateRange::between(
        Date::new(2027, 2, 1).unwrap(),
        Date::new(2027, 7, 31).unwrap(),
    )
    .unwrap();
    let matches = bank.match_job(&job("custom.toml"), period, 10);
    let args = [
        "match",
        "--roster",
        "roster.json",
        "custom.toml",
        "--from",
        "2027-02-01",
        "--to",
        "2027-07-31",
    ];
    let text = stdout(&args);
    assert_eq!(text, format!("{matches}\n"));
    assert!(text.contains("1. kap-003"));
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json: Value = serde_json::from_str(&stdout(&json_args)).unwrap();
    assert_eq!(json, serde_json::to_value(&matches).unwrap());
    for output in [&text, &json.to_string()] {
        for background in ExperienceBackground::ALL {
            if *background == ExperienceBackground::OpenToAll {
                continue;
            }
            for language in Language::ALL {
                assert!(
                    !output.contains(background.label_in(*language)),
                    "{background}"
                );
            }
            assert!(!output.contains(background.id()), "{background}");
        }
    }
    peerwork()
        .args([
            "match",
            "--roster",
            "roster.json",
            "custom.toml",
            "--from",
            "2027-02-01",
            "--to",
            "2026-01-01",
        ])
        .assert()
        .code(2);
    peerwork()
        .args([
            "match",
            "--roster",
            "bad/roster_duplicate_id.json",
            "custom.toml",
            "--from",
            "2027-02-01",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "workers[6] (id `kap-001`): id: already used by workers[0]",
        ));
}

// ---- the tool itself

#[test]
fn version_help_completions_and_man_page() {
    peerwork()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("peerwork {}\n", env!("CARGO_PKG_VERSION")));
    let help = stdout(&["--help"]);
    assert!(help.contains("Exit codes:\n  0  all done; every document was valid\n  1  a document was refused\n  2  usage error"));
    assert!(help.contains("NO_COLOR"));
    for command in [
        "profiles", "new", "check", "convert", "render", "publish", "fees", "schema", "match",
    ] {
        assert!(help.contains(&format!("\n  {command} ")), "{command}");
        assert!(
            stdout(&[command, "--help"]).contains("Examples:"),
            "{command}"
        );
    }
    assert!(stdout(&["completions", "bash"]).contains("_peerwork()"));
    assert!(stdout(&["man"]).starts_with(".ie \\n(.g .ds Aq"));
    peerwork().arg("frobnicate").assert().code(2);
}

#[test]
fn colour_only_when_forced_and_never_with_no_color() {
    let args = ["check", "caretaker.json"];
    let plain = peerwork().args(args).output().unwrap();
    assert!(!plain.stdout.contains(&0x1b));
    let forced = peerwork()
        .args(args)
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(forced.stdout.contains(&0x1b), "CLICOLOR_FORCE gives colour");
    let no_color = peerwork()
        .args(args)
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!no_color.stdout.contains(&0x1b), "NO_COLOR wins");
}
