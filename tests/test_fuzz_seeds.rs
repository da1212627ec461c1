//! The committed seeds of the fuzz targets (`fuzz/seeds/<target>/`), made from the
//! crate's presets and the posts of the rendering tests: documents the crate writes
//! today (job descriptions of format version 2, records and rosters with municipalities
//! by code), a few written otherwise on purpose (keys sorted, a version 1 document,
//! municipalities by name, a misspelt background), and the text forms. Each seed that
//! should read is checked to read.
//!
//! `fuzz/seeds/json_roster/two_workers` and `fuzz/seeds/json_peer_worker_record/full`
//! are also the example documents `schemas/check/check.sh` validates.
//!
//! After a change of the model, regenerate them with `UPDATE_SEEDS=1 cargo test --test
//! test_fuzz_seeds` and review the diff. The seeds of `builder` and `fee_estimate` are
//! `arbitrary` input, which the fuzzer finds itself; they are not made here.
#![cfg(feature = "json")]

mod util;

use std::collections::BTreeMap;
use std::path::PathBuf;

use peerwork::{
    Application, Assessment, Cents, ChecklistPoint, Date, DateRange, ExperienceBackground,
    FeeActivity, FeeRate, FeeSchedule, FormOfWork, JobDescription, Language, Municipality,
    PeerWorkerRecord, PostingDetails, Profile, Readiness, ReflectionForm, Roster, Task, TaskSet,
    Training, TrainingKind, from_json, from_json_slice,
};
use serde::de::DeserializeOwned;
use util::posts::{details, fee_based_post, vantaa_post, volunteer_post};

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn json(value: &impl serde::Serialize) -> Vec<u8> {
    serde_json::to_vec(value).unwrap()
}

/// `value` with its keys sorted, as some JSON writers write it: the tags
/// (`format_version`, `form_of_work`, `kind`) then come after fields they govern.
fn sorted_keys(value: &impl serde::Serialize) -> Vec<u8> {
    serde_json::to_value(value)
        .unwrap()
        .to_string()
        .into_bytes()
}

/// Checks that `seed` reads as a `T`.
#[track_caller]
fn reads<T: DeserializeOwned>(seed: &[u8]) -> Vec<u8> {
    if let Err(err) = from_json_slice::<T>(seed) {
        panic!(
            "a seed does not read: {err}\n{}",
            String::from_utf8_lossy(seed)
        );
    }
    seed.to_vec()
}

fn pilot(profile: Profile) -> JobDescription {
    JobDescription::vantaa_pilot(profile).build().unwrap()
}

/// The job descriptions the job targets start from.
fn jobs() -> Vec<(&'static str, Vec<u8>)> {
    let v1 = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/v1/minimal_volunteer.json"),
    )
    .unwrap();
    let swedish = JobDescription::vantaa_pilot_in(Profile::Caretaker, Language::Swedish)
        .build()
        .unwrap();
    vec![
        ("pilot_caretaker", json(&pilot(Profile::Caretaker))),
        ("pilot_helping_eyes", json(&pilot(Profile::HelpingEyes))),
        ("pilot_storyteller", json(&pilot(Profile::Storyteller))),
        ("pilot_bridge_builder", json(&pilot(Profile::BridgeBuilder))),
        ("pilot_swedish_only", json(&swedish)),
        (
            "published_helping_eyes",
            json(&vantaa_post(Profile::HelpingEyes)),
        ),
        ("fee_based", json(&fee_based_post())),
        ("volunteer", json(&volunteer_post())),
        ("sorted_keys", sorted_keys(&pilot(Profile::Storyteller))),
        ("v1_minimal_volunteer", v1),
    ]
    .into_iter()
    .map(|(name, seed)| (name, reads::<JobDescription>(&seed)))
    .collect()
}

fn full_record() -> PeerWorkerRecord {
    PeerWorkerRecord::builder("kap-0042")
        .tasks(Task::ListensToClients | Task::EscortsClients | Task::DirectsClients)
        .experience_backgrounds([
            ExperienceBackground::Substances,
            ExperienceBackground::Homelessness,
        ])
        .training(Training::new(TrainingKind::NgoTailored, 60, 5))
        .forms_of_work([FormOfWork::Salaried, FormOfWork::FeeBased])
        .max_working_time_percent(60)
        .languages([Language::Finnish, Language::Swedish])
        .municipalities([Municipality::VANTAA, Municipality::HELSINKI])
        .availability([
            DateRange::between(date("2017-08-01"), date("2017-12-31")).unwrap(),
            DateRange::open_ended(date("2018-02-01")),
        ])
        .build()
        .unwrap()
}

fn minimal_record(id: &str) -> PeerWorkerRecord {
    PeerWorkerRecord::builder(id)
        .tasks(Task::ListensToClients.into())
        .forms_of_work([FormOfWork::Volunteer, FormOfWork::FeeBased])
        .max_working_time_percent(20)
        .languages([Language::Finnish, Language::English])
        .nationwide()
        .available(DateRange::open_ended(date("2017-01-01")))
        .build()
        .unwrap()
}

fn records() -> Vec<(&'static str, Vec<u8>)> {
    let by_names = r#"{"id":"kap-2","tasks":["uses_own_experience","source_of_information"],"experience_backgrounds":["mental_health","close_relative"],"forms_of_work":["fee_based"],"max_working_time_percent":100,"languages":["en"],"service_area":{"municipalities":["Vantaa","Esbo","Maarianhamina - Mariehamn"]},"availability":[{"start":"1999-12-31","end":"2000-01-01"},{"start":"2200-01-01"}]}"#;
    let mut seeds: Vec<(&'static str, Vec<u8>)> = vec![
        ("full", json(&full_record())),
        ("minimal", json(&minimal_record("kap-1"))),
        ("sorted_keys", sorted_keys(&full_record())),
        ("municipalities_by_name", by_names.as_bytes().to_vec()),
    ]
    .into_iter()
    .map(|(name, seed)| (name, reads::<PeerWorkerRecord>(&seed)))
    .collect();
    // Refused on purpose: an error about backgrounds must not repeat them.
    let misspelt = br#"{"id":"kap-3","tasks":["listens_to_clients"],"experience_backgrounds":["criminal_record"],"forms_of_work":["volunteer"],"max_working_time_percent":20,"languages":["fi"],"service_area":"nationwide","availability":[]}"#;
    assert!(from_json_slice::<PeerWorkerRecord>(misspelt).is_err());
    seeds.push(("misspelt_background", misspelt.to_vec()));
    seeds
}

fn rosters() -> Vec<(&'static str, Vec<u8>)> {
    let two = Roster::new(vec![
        full_record().to_builder().build().unwrap(),
        minimal_record("kap-002"),
    ])
    .unwrap();
    vec![
        ("two_workers", json(&two)),
        ("empty", json(&Roster::new(Vec::new()).unwrap())),
        ("sorted_keys", sorted_keys(&two)),
    ]
    .into_iter()
    .map(|(name, seed)| (name, reads::<Roster>(&seed)))
    .collect()
}

fn posting_details() -> Vec<(&'static str, Vec<u8>)> {
    let by_email = PostingDetails::builder()
        .date_posted(date("2026-11-23"))
        .deadline(date("2026-12-14"), None)
        .start_by_agreement()
        .apply(Application::by_email("rekry@example.fi").instructions("Liitä mukaan CV."))
        .openings(2)
        .check()
        .unwrap();
    let first_version = br#"{"language":"fi","date_posted":"2026-11-23","valid_through":"2026-12-14","street_address":"Kielotie 13","postal_code":"01300","pay":{"min":135000,"period":"month"},"identifier":"VANTAA-2026-1"}"#;
    vec![
        ("full", json(&details())),
        ("minimal", br#"{"date_posted":"2026-11-23"}"#.to_vec()),
        ("by_email", json(&by_email)),
        ("first_version_fields", first_version.to_vec()),
        ("sorted_keys", sorted_keys(&details())),
    ]
    .into_iter()
    .map(|(name, seed)| (name, reads::<PostingDetails>(&seed)))
    .collect()
}

fn reflection_forms() -> Vec<(&'static str, Vec<u8>)> {
    let full = ReflectionForm::new(
        date("2026-11-30"),
        [
            Assessment::new(Some("Rauhallinen jännittyneessä tapaamisessa."), None),
            Assessment::new(
                Some("Tunsi kadun kielen."),
                Some("Sano, kun tarvitset tauon."),
            ),
            Assessment::new(None, Some("Puhuin liikaa itsestäni.")),
            Assessment::new(Some("Valmistelin tapaamisen hyvin."), None),
        ],
        Some("Tapaamme asiakkaan ensin kohtaamispaikassa."),
    )
    .unwrap();
    let short = ReflectionForm::new(
        date("2026-12-07"),
        [
            Assessment::new(Some("ok"), None),
            Assessment::new(Some("ok"), None),
            Assessment::new(None, Some("more breaks")),
            Assessment::new(None, Some("listen first")),
        ],
        None,
    )
    .unwrap();
    vec![("full", json(&full)), ("without_method", json(&short))]
        .into_iter()
        .map(|(name, seed)| (name, reads::<ReflectionForm>(&seed)))
        .collect()
}

/// A job description and details, separated by a NUL byte.
fn publish() -> Vec<(&'static str, Vec<u8>)> {
    let pair = |job: &JobDescription, details: &PostingDetails| {
        let mut seed = json(job);
        seed.push(0);
        seed.extend(json(details));
        seed
    };
    let posted = PostingDetails::builder()
        .date_posted(date("2026-11-23"))
        .check()
        .unwrap();
    let swedish = JobDescription::vantaa_pilot_in(Profile::Storyteller, Language::Swedish)
        .build()
        .unwrap();
    vec![
        (
            "published_helping_eyes",
            pair(&vantaa_post(Profile::HelpingEyes), &details()),
        ),
        ("pilot_caretaker", pair(&pilot(Profile::Caretaker), &posted)),
        ("fee_based", pair(&fee_based_post(), &details())),
        ("volunteer", pair(&volunteer_post(), &posted)),
        ("swedish_only", pair(&swedish, &details())),
    ]
}

fn seeds() -> BTreeMap<&'static str, Vec<(&'static str, Vec<u8>)>> {
    let task_sets = [
        ("all", TaskSet::ALL),
        ("caretaker", Profile::Caretaker.tasks()),
        ("empty", TaskSet::EMPTY),
        ("two", Task::EscortsClients | Task::DirectsClients),
    ];
    let custom = FeeSchedule::new(
        "City rates",
        Some(date("2025-01-01")),
        [FeeRate {
            activity: FeeActivity::Meeting,
            cents_per_hour: Cents(4_250),
        }],
    )
    .unwrap();
    let readiness = [
        ("all", Readiness::new(ChecklistPoint::ALL.iter().copied())),
        ("empty", Readiness::new([])),
        (
            "some",
            Readiness::new([ChecklistPoint::NeedsMapped, ChecklistPoint::JobDescriptions]),
        ),
    ];
    let text_forms: Vec<(&'static str, Vec<u8>)> = vec![
        (
            "caretaker_text",
            Profile::Caretaker.tasks().to_string().into_bytes(),
        ),
        (
            "task_list",
            b"escorts_clients, directs_clients,advises_clients".to_vec(),
        ),
        ("task_id", b"listens_to_clients".to_vec()),
        ("date", b"2017-09-01".to_vec()),
        ("date_json", br#""1999-12-31""#.to_vec()),
        ("leap_day", b"2024-02-29".to_vec()),
        ("clock_time", b"16:00".to_vec()),
        ("municipality_code", b"092".to_vec()),
        ("municipality_swedish", b"Vanda".to_vec()),
        (
            "municipality_decomposed",
            "Ja\u{308}rvenpa\u{308}a\u{308}".as_bytes().to_vec(),
        ),
    ];
    let jobs = jobs();
    BTreeMap::from([
        ("json_job_description", jobs.clone()),
        ("render", jobs),
        ("json_peer_worker_record", records()),
        ("json_roster", rosters()),
        (
            "json_task_set",
            task_sets
                .iter()
                .map(|(n, s)| (*n, reads::<TaskSet>(&json(s))))
                .collect(),
        ),
        (
            "json_fee_schedule",
            vec![
                ("kokoa", json(&FeeSchedule::kokoa())),
                ("custom", json(&custom)),
            ]
            .into_iter()
            .map(|(n, s)| (n, reads::<FeeSchedule>(&s)))
            .collect(),
        ),
        (
            "json_readiness",
            readiness
                .iter()
                .map(|(n, r)| (*n, reads::<Readiness>(&json(r))))
                .collect(),
        ),
        ("text_parse", text_forms),
        ("posting_details", posting_details()),
        ("reflection_form", reflection_forms()),
        ("publish", publish()),
    ])
}

#[test]
fn committed_seeds_are_the_documents_the_crate_writes() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let update = std::env::var_os("UPDATE_SEEDS").is_some();
    let mut stale = Vec::new();
    for (target, seeds) in seeds() {
        let dir = root.join(target);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            for entry in std::fs::read_dir(&dir).unwrap() {
                std::fs::remove_file(entry.unwrap().path()).unwrap();
            }
        }
        let mut names: Vec<String> = Vec::new();
        for (name, seed) in &seeds {
            let path = dir.join(name);
            if update {
                std::fs::write(&path, seed).unwrap();
            } else if std::fs::read(&path).ok().as_ref() != Some(seed) {
                stale.push(format!("{target}/{name}"));
            }
            names.push((*name).to_owned());
        }
        let mut committed: Vec<String> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .map(|e| e.unwrap().file_name().into_string().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        committed.sort();
        names.sort();
        if committed != names {
            stale.push(format!("{target}: {committed:?}, expected {names:?}"));
        }
    }
    assert!(
        stale.is_empty(),
        "seeds differ from what the crate writes; if the change is intended, run \
         `UPDATE_SEEDS=1 cargo test --test test_fuzz_seeds` and review the diff: {stale:#?}"
    );
}

#[test]
fn the_publish_seeds_hold_a_post_and_its_details() {
    for (name, seed) in publish() {
        let at = seed.iter().position(|&b| b == 0).unwrap();
        let job: JobDescription = from_json_slice(&seed[..at]).unwrap();
        let details: PostingDetails = from_json_slice(&seed[at + 1..]).unwrap();
        let postings = peerwork::JobPosting::in_every_language(&job, &details).unwrap();
        assert_eq!(postings.len(), job.languages().len(), "{name}");
    }
}

/// The two seeds `schemas/check/check.sh` validates name municipalities by code, as the
/// bank writes them.
#[test]
fn the_schema_check_seeds_name_municipalities_by_code() {
    let codes = serde_json::json!(["092", "091"]);
    let (name, roster) = &rosters()[0];
    assert_eq!(*name, "two_workers");
    let roster: serde_json::Value = from_json(std::str::from_utf8(roster).unwrap()).unwrap();
    assert_eq!(
        roster["workers"][0]["service_area"]["municipalities"],
        codes
    );
    assert_eq!(roster["workers"].as_array().unwrap().len(), 2);
    let (name, record) = &records()[0];
    assert_eq!(*name, "full");
    let record: serde_json::Value = from_json(std::str::from_utf8(record).unwrap()).unwrap();
    assert_eq!(record["service_area"]["municipalities"], codes);
    // And pass the schemas, as check.sh asks.
    #[cfg(feature = "schema")]
    for (name, document) in [("roster", &roster), ("peer_worker_record", &record)] {
        let schema = peerwork::schema::root_schemas()
            .into_iter()
            .find(|s| s.name == name)
            .unwrap();
        let validator =
            jsonschema::validator_for(&serde_json::to_value(&schema.schema).unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(document)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}
