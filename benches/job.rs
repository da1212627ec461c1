//! Benchmarks of reading a [`JobDescription`] from JSON, and of generating the JSON
//! Schemas.
//!
//! # What is measured
//!
//! Three criterion groups; each function of a group does the same work on the same
//! inputs, in the same run:
//!
//! | group | function | work per iteration |
//! |---|---|---|
//! | `parse_validate` | `job_description` | `serde_json::from_str::<JobDescription>` of every input: parsing plus the crate's validation |
//! | | `mirror` | `serde_json::from_str::<Mirror>` of every input: a plain derived mirror of the same JSON shape, with no validation |
//! | | `from_json` | [`peerwork::from_json`] of every input. A valid document is read once, as by `job_description`; only a refused one is read again to find the path, which these valid inputs never are, so this row checks that the valid path costs nothing extra |
//! | `vs_jsonschema` | `job_description` | as above |
//! | | `jsonschema` | `serde_json::from_str::<Value>` of every input, then `Validator::is_valid` against the committed `job_description` schema |
//! | | `value_only` | `serde_json::from_str::<Value>` of every input, without validation: the part of `jsonschema` that is parsing |
//! | | `ignored_any` | `serde_json::from_str::<IgnoredAny>` of every input: serde_json scanning the text and keeping nothing, the floor under any reader built on it |
//! | `schema_export` | `root_schemas` | [`peerwork::schema::root_schemas`]: the schemas of every root document type |
//! | | `to_string` | `serde_json::to_string` of those schemas, already generated (a scale reference) |
//!
//! The mirror has the field names, tagging and `deny_unknown_fields` of the real
//! types, but holds each enum value and task id as a `String` and checks nothing: no
//! lengths, no duplicates, no task-id lookup, no cross-field rules, no date parsing. It
//! is what serde costs without the crate's rules. The jsonschema validator
//! (draft 2020-12, the crate's default options: `format` is an annotation) is built
//! once, outside the timed loop.
//!
//! The inputs are the four Vantaa pilot posts ([`JobDescription::vantaa_pilot`]) and
//! one richer custom post (three languages, two profiles, optional tasks, a work pair
//! supervised in the organisation, other training, fee-based with fee activities, a
//! fixed term between two dates), each serialized with `serde_json::to_string`: 5
//! documents per iteration. Inputs and results pass through [`black_box`]. Before
//! timing, each input is checked to read back equal to the built value, to read as a
//! mirror, and to be accepted by the jsonschema validator (the benchmark panics with
//! the validator's errors otherwise); the validator is checked to reject an unknown
//! field, so that it is known to do real work.
//!
//! # Reading the numbers
//!
//! Criterion's `time` is for one iteration, that is for all 5 documents in the parse
//! groups (`thrpt` gives documents per second) and for one call in `schema_export`.
//!
//! # Goals
//!
//! - `parse_validate`: `job_description` at most **1.5×** the time of `mirror`;
//! - `vs_jsonschema`: `job_description` at least **10×** faster than `jsonschema`. This
//!   one is out of reach for any reader built on serde_json: `ignored_any`, which only
//!   scans the text, takes about a tenth of `jsonschema` by itself, so meeting the goal
//!   would mean parsing, building and validating a `JobDescription` in the time serde_json
//!   takes to skip over it. The group keeps `value_only` and `ignored_any` so that each
//!   run shows where the bound lies;
//! - `schema_export`: `root_schemas` at most **5 ms**.
//!
//! Run with `cargo bench --bench job`. The measurement times are kept short so the
//! whole run takes a couple of minutes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use peerwork::{
    Contract, Date, ExperienceBackground, FeeActivity, FormOfWork, JobDescription, Language,
    Location, OnboardingItem, Profile, ServiceSetting, Supervisor, Task, Theme,
    TrainingRequirement, WorkPair, WorkingMode,
};
use serde::de::IgnoredAny;
use serde_json::Value;

/// A plain mirror of the job-description JSON shape, without validation.
mod mirror {
    // The fields are only deserialized, never read.
    #![allow(dead_code)]

    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Mirror {
        format_version: u32,
        title: String,
        employer: Employer,
        location: Location,
        languages: Vec<String>,
        setting: String,
        #[serde(default)]
        profiles: Vec<String>,
        tasks: Tasks,
        working_modes: Vec<String>,
        terms: Terms,
        #[serde(default)]
        support: Support,
        requirements: Requirements,
        #[serde(default)]
        onboarding: Vec<String>,
        #[serde(default)]
        fee_activities: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Employer {
        organisation: String,
        #[serde(default)]
        unit: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Location {
        municipality: String,
        #[serde(default)]
        street_address: Option<String>,
        #[serde(default)]
        postal_code: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Tasks {
        essential: Vec<String>,
        #[serde(default)]
        optional: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Terms {
        form_of_work: String,
        working_time_percent: u16,
        contract: Contract,
    }

    #[derive(Debug, Deserialize)]
    #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
    enum Contract {
        Permanent,
        FixedTerm { term: Term },
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case", deny_unknown_fields)]
    enum Term {
        Duration { amount: u16, unit: String },
        Dates { start: String, end: String },
    }

    #[derive(Debug, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Support {
        #[serde(default)]
        close_contact_employee: Option<String>,
        #[serde(default)]
        work_pair: Option<WorkPair>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct WorkPair {
        professional_role: String,
        #[serde(default)]
        supervisor: Option<Supervisor>,
        professional_guides: bool,
    }

    #[derive(Debug, Deserialize)]
    #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
    enum Supervisor {
        Professional,
        Organisation { organisation: String, role: String },
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Requirements {
        #[serde(default)]
        experience_backgrounds: Vec<String>,
        training: Training,
        #[serde(default)]
        themes: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
    enum Training {
        KokoaStandard,
        Other {
            description: String,
            #[serde(default)]
            hours: Option<u16>,
        },
        None,
    }
}

use mirror::Mirror;

/// The richer custom post: every optional part of the document filled in.
fn custom_post() -> JobDescription {
    let date = |year, month, day| Date::new(year, month, day).expect("a valid date");
    JobDescription::builder("Peer worker, housing social work and group activities")
        .employer("City of Vantaa", Some("Housing social services"))
        .location(Location {
            municipality: "Vantaa".to_owned(),
            street_address: Some("Asematie 7".to_owned()),
            postal_code: Some("01300".to_owned()),
        })
        .languages([Language::Finnish, Language::Swedish, Language::English])
        .profile(Profile::Storyteller)
        .profile(Profile::BridgeBuilder)
        .setting(ServiceSetting::HousingSocialServices)
        .optional(Task::EscortsClients | Task::ProducesLearningMaterials)
        .working_modes([
            WorkingMode::JoiningClientMeetings,
            WorkingMode::OneToOneByAppointment,
            WorkingMode::Outreach,
            WorkingMode::DropInPresence,
        ])
        .form_of_work(FormOfWork::FeeBased)
        .working_time_percent(40)
        .contract(Contract::between(date(2025, 9, 1), date(2026, 5, 31)))
        .close_contact_employee("social counsellor of the unit")
        .work_pair(
            WorkPair::new("social worker, housing services")
                .supervised_by(Supervisor::Organisation {
                    organisation: "City of Vantaa".to_owned(),
                    role: "head of unit".to_owned(),
                })
                .professional_guides(true),
        )
        .experience_backgrounds([
            ExperienceBackground::Homelessness,
            ExperienceBackground::Substances,
            ExperienceBackground::MentalHealth,
        ])
        .training(TrainingRequirement::Other {
            description: "peer-support training of an NGO".to_owned(),
            hours: Some(40),
        })
        .themes([
            Theme::Homelessness,
            Theme::Addictions,
            Theme::HousingSkills,
            Theme::SupportingSobriety,
        ])
        .onboarding(OnboardingItem::ALL)
        .fee_activities([
            FeeActivity::Preparation,
            FeeActivity::ClientMeetingsAndSupportPersonWork,
            FeeActivity::GroupFacilitation,
            FeeActivity::Meeting,
        ])
        .build()
        .expect("the custom post is valid")
}

/// The input documents as JSON, checked to read back as the values they were written
/// from and as mirrors.
fn inputs() -> Vec<String> {
    let mut jobs: Vec<JobDescription> = Profile::ALL
        .iter()
        .map(|&profile| {
            JobDescription::vantaa_pilot(profile)
                .build()
                .expect("the pilot post is valid")
        })
        .collect();
    jobs.push(custom_post());
    jobs.iter()
        .map(|job| {
            let json = serde_json::to_string(job).expect("a job description serializes");
            let back: JobDescription =
                serde_json::from_str(&json).expect("a job description reads back");
            assert_eq!(&back, job, "a job description round-trips");
            serde_json::from_str::<Mirror>(&json).expect("the mirror reads every input");
            json
        })
        .collect()
}

fn parse_all<T: serde::de::DeserializeOwned>(inputs: &[String]) {
    for json in inputs {
        let value: T = serde_json::from_str(black_box(json)).expect("the input reads");
        black_box(value);
    }
}

fn parse_validate(c: &mut Criterion) {
    let inputs = inputs();
    let mut group = c.benchmark_group("parse_validate");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("job_description", |b| {
        b.iter(|| parse_all::<JobDescription>(&inputs));
    });
    group.bench_function("mirror", |b| b.iter(|| parse_all::<Mirror>(&inputs)));
    group.bench_function("from_json", |b| {
        b.iter(|| {
            for json in &inputs {
                let job: JobDescription =
                    peerwork::from_json(black_box(json)).expect("the input reads");
                black_box(job);
            }
        });
    });
    group.finish();
}

fn vs_jsonschema(c: &mut Criterion) {
    let inputs = inputs();
    let schema = peerwork::schema::root_schemas()
        .into_iter()
        .find(|root| root.name == "job_description")
        .expect("a job_description schema");
    let schema = serde_json::to_value(&schema.schema).expect("a schema is JSON");
    let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
    for json in &inputs {
        let value: Value = serde_json::from_str(json).expect("the input is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|error| format!("{} at `{}`", error, error.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "the job_description schema rejects a valid document:\n{}\ndocument: {json}",
            errors.join("\n")
        );
    }

    // The validator does reject: an unknown field at the root of a valid document.
    let mut unknown: Value = serde_json::from_str(&inputs[0]).expect("the input is JSON");
    unknown
        .as_object_mut()
        .expect("a job description is an object")
        .insert("unexpected".to_owned(), Value::Bool(true));
    assert!(
        !validator.is_valid(&unknown),
        "the job_description schema accepts an unknown field"
    );

    let mut group = c.benchmark_group("vs_jsonschema");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("job_description", |b| {
        b.iter(|| parse_all::<JobDescription>(&inputs));
    });
    group.bench_function("jsonschema", |b| {
        b.iter(|| {
            for json in &inputs {
                let value: Value = serde_json::from_str(black_box(json)).expect("JSON");
                black_box(validator.is_valid(black_box(&value)));
            }
        });
    });
    group.bench_function("value_only", |b| {
        b.iter(|| parse_all::<Value>(&inputs));
    });
    group.bench_function("ignored_any", |b| {
        b.iter(|| parse_all::<IgnoredAny>(&inputs));
    });
    group.finish();
}

fn schema_export(c: &mut Criterion) {
    let schemas = peerwork::schema::root_schemas();
    let mut group = c.benchmark_group("schema_export");
    group.bench_function("root_schemas", |b| {
        b.iter(|| black_box(peerwork::schema::root_schemas()));
    });
    group.bench_function("to_string", |b| {
        b.iter(|| {
            for root in black_box(&schemas) {
                black_box(serde_json::to_string(&root.schema).expect("a schema is JSON"));
            }
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = parse_validate, vs_jsonschema, schema_export
}
criterion_main!(benches);
