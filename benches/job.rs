//! Benchmarks of reading a [`JobDescription`] (format version 2) from JSON, of
//! publishing it as schema.org `JobPosting`s, and of generating the JSON Schemas.
//!
//! # What is measured
//!
//! Four criterion groups; each function of a group does the same work on the same
//! inputs, in the same run:
//!
//! | group | function | work per iteration |
//! |---|---|---|
//! | `parse_validate` | `job_description` | `serde_json::from_str::<JobDescription>` of every input: parsing plus the crate's validation |
//! | | `mirror` | `serde_json::from_str::<Mirror>` of every input: a plain derived mirror of the same JSON shape, with no validation |
//! | | `from_json` | [`peerwork::from_json`] of every input. A valid document is read once, by `serde_json`, as by `job_description`; for a refused one the crate's own scanner reads the text up to the fault to find its path (see `src/json/`), which these valid inputs never need, so this row checks that the valid path costs nothing extra |
//! | `vs_jsonschema` | `job_description` | as above |
//! | | `jsonschema` | `serde_json::from_str::<Value>` of every input, then `Validator::is_valid` against the committed `job_description` schema |
//! | | `value_only` | `serde_json::from_str::<Value>` of every input, without validation: the part of `jsonschema` that is parsing |
//! | | `ignored_any` | `serde_json::from_str::<IgnoredAny>` of every input: serde_json scanning the text and keeping nothing, the floor under any reader built on it |
//! | `publish` | `job_posting` | [`JobPosting::in_every_language`] of every input with the details of one publication, then `serde_json::to_string` of each posting: rendering the ad as HTML for `description`, and the JSON-LD |
//! | | `html_script` | as `job_posting`, then [`JobPosting::to_html_script`] of each posting instead of `to_string`: the cost of escaping the JSON for a page |
//! | `schema_export` | `root_schemas` | [`peerwork::schema::root_schemas`]: the schemas of every root document type |
//! | | `to_string` | `serde_json::to_string` of those schemas, already generated (a scale reference) |
//!
//! The mirror has the field names, tagging and `deny_unknown_fields` of the real
//! types, but holds each enum value, task id and municipality code as a `String`, each
//! text (a string, or an object of texts by language) as strings, and checks nothing: no
//! lengths, no text rule, no normalization, no duplicates, no task-id or municipality
//! lookup, no cross-field rules, no date parsing. It is what serde costs without the
//! crate's rules. (Its tagged objects are serde's internally tagged enums, which buffer
//! the object; the crate's reader reads the tag first when it comes first, as in these
//! inputs.) The jsonschema validator (draft 2020-12, the crate's default options:
//! `format` is an annotation) is built once, outside the timed loop.
//!
//! The inputs are the four Vantaa pilot posts ([`JobDescription::vantaa_pilot`], in
//! Finnish, Swedish and English) and two richer custom posts, each serialized with
//! `serde_json::to_string`: 6 documents per iteration. The first custom post is salaried
//! (two profiles, optional tasks and one of its own, a street address, a fixed term
//! between two dates with a trial period, pay basis and a pay range, a work pair with its
//! line manager, other training required, desired backgrounds and languages, work with
//! minors); the second is fee-based (assignments with hours, its own fee schedule) and
//! written in Finnish and Swedish. Inputs and results pass through [`black_box`]. Before
//! timing, each input is checked to read back equal to the built value, to read as a
//! mirror, and to be accepted by the jsonschema validator (the benchmark panics with
//! the validator's errors otherwise); the validator is checked to reject an unknown
//! field, so that it is known to do real work.
//!
//! # Reading the numbers
//!
//! Criterion's `time` is for one iteration, that is for all 6 documents in the parse
//! and publish groups (`thrpt` gives documents per second) and for one call in
//! `schema_export`. A document publishes as one posting per language it is written in:
//! 17 postings in all.
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
//! - `publish`: no goal yet. The group shows what a posting costs next to reading a
//!   document; most of it is rendering the ad as HTML for `description`;
//! - `schema_export`: `root_schemas` at most **5 ms**.
//!
//! Run with `cargo bench --bench job`. The measurement times are kept short so the
//! whole run takes a couple of minutes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use peerwork::{
    Aim, Application, Assignment, Audience, Cents, ClockTime, CloseContactEmployee, Contact,
    Contract, Date, Employer, ExperienceBackground, FeeActivity, FeeRate, FeeSchedule, FeeTerms,
    Hours, JobDescription, JobPosting, Language, LocalizedText, Location, Municipality,
    OnboardingItem, OwnTask, Pay, PayPeriod, PostingDetails, Profile, SalariedTerms,
    ServiceSetting, Task, TaskCategory, Terms, Theme, TimeUnit, TrainingRequirement, WorkPair,
    WorkingMode,
};
use serde::de::IgnoredAny;
use serde_json::Value;

#[path = "support/job_mirror.rs"]
mod mirror;
use mirror::Mirror;

fn text(fi: &str, sv: &str, en: &str) -> LocalizedText {
    LocalizedText::in_language(Language::Finnish, fi)
        .and(Language::Swedish, sv)
        .and(Language::English, en)
}

/// The salaried custom post: every optional part of the document filled in.
fn salaried_post() -> JobDescription {
    let date = |year, month, day| Date::new(year, month, day).expect("a valid date");
    let mut terms = SalariedTerms::new(80, Contract::between(date(2027, 2, 1), date(2027, 12, 31)));
    terms.trial_period = Some(peerwork::Duration::new(4, TimeUnit::Months));
    terms.pay_basis = Some(text(
        "SOTE-sopimus, tehtäväkohtainen palkka",
        "SOTE-avtalet, uppgiftsrelaterad lön",
        "SOTE collective agreement, job-specific pay",
    ));
    terms.pay = Some(
        Pay::range(
            Cents::from_euros(2_450),
            Cents::from_euros(2_700),
            PayPeriod::Month,
        )
        .expect("a valid range"),
    );
    JobDescription::builder(text(
        "Kokemusasiantuntija, asumissosiaalinen työ ja ryhmätoiminta",
        "Erfarenhetsexpert, boendesocialt arbete och gruppverksamhet",
        "Peer worker, housing social work and group activities",
    ))
    .languages(Language::ALL.iter().copied())
    .employer_details(
        Employer::new(text(
            "Vantaan ja Keravan hyvinvointialue",
            "Vanda och Kervo välfärdsområde",
            "Vantaa and Kerava wellbeing services county",
        ))
        .unit(text("Asumisen tuki", "Boendestöd", "Housing support"))
        .introduction(text(
            "Asumisen tuki auttaa asunnottomia ja asunnottomuuden uhkaamia löytämään kodin ja pitämään sen.",
            "Boendestödet hjälper bostadslösa och personer som hotas av bostadslöshet att hitta ett hem och behålla det.",
            "Housing support helps people who are homeless or at risk of homelessness find a home and keep it.",
        )),
    )
    .location(Location::new(Municipality::VANTAA).address(
        text("Asematie 7", "Stationsvägen 7", "Asematie 7"),
        "01300",
    ))
    .profile(Profile::Storyteller)
    .profile(Profile::BridgeBuilder)
    .setting(ServiceSetting::HousingSocialServices)
    .optional(Task::EscortsClients | Task::ProducesLearningMaterials)
    .own_task(OwnTask::new(
        "weekly_check_ins",
        text(
            "viikoittaiset tapaamiset asukkaiden kanssa",
            "veckovisa möten med de boende",
            "meet residents every week",
        ),
        (Audience::Peers, Aim::Support, TaskCategory::ClientWork),
    ))
    .working_modes([
        WorkingMode::JoiningClientMeetings,
        WorkingMode::OneToOneByAppointment,
        WorkingMode::Outreach,
        WorkingMode::DropInPresence,
    ])
    .terms(Terms::Salaried(terms))
    .close_contact_employee(CloseContactEmployee::in_role(text(
        "sosiaaliohjaaja",
        "socialhandledare",
        "social counsellor",
    )))
    .line_manager(text("palveluesihenkilö", "serviceförman", "service manager"))
    .work_supervision(true)
    .work_pair(
        WorkPair::new(text("sosiaalityöntekijä", "socialarbetare", "social worker"))
            .line_manager(text("johtava sosiaalityöntekijä", "ledande socialarbetare", "head social worker"))
            .professional_guides(true),
    )
    .required_backgrounds([ExperienceBackground::Homelessness])
    .desired_backgrounds([ExperienceBackground::Substances, ExperienceBackground::MentalHealth])
    .required_training(TrainingRequirement::other(text(
        "järjestön vertaistukijakoulutus",
        "en organisations kamratstödsutbildning",
        "peer-support training of an NGO",
    )))
    .required_languages([Language::Finnish])
    .desired_languages([Language::Swedish, Language::English])
    .themes([Theme::Homelessness, Theme::Addictions, Theme::HousingSkills, Theme::SupportingSobriety])
    .works_with_minors(true)
    .onboarding(OnboardingItem::ALL.iter().copied())
    .build()
    .expect("the salaried custom post is valid")
}

/// The fee-based custom post, in Finnish and Swedish, priced with its own fee schedule.
fn fee_based_post() -> JobDescription {
    let fi_sv = |fi: &str, sv: &str| {
        LocalizedText::in_language(Language::Finnish, fi).and(Language::Swedish, sv)
    };
    let rates = [
        (FeeActivity::Preparation, 2_000),
        (FeeActivity::SeminarsPanelsTalksLectures, 5_000),
        (FeeActivity::WorkingGroupWork, 3_000),
        (FeeActivity::GroupFacilitation, 4_000),
    ]
    .map(|(activity, cents)| FeeRate {
        activity,
        cents_per_hour: Cents(cents),
    });
    let mut fees = FeeTerms::new([
        Assignment::new(FeeActivity::Preparation, Hours::whole(3)),
        Assignment::new(
            FeeActivity::SeminarsPanelsTalksLectures,
            Hours::hundredths(150),
        ),
        Assignment::new(FeeActivity::WorkingGroupWork, Hours::whole(6)),
        Assignment::hours_not_stated(FeeActivity::GroupFacilitation),
    ]);
    fees.fee_schedule =
        Some(FeeSchedule::new("Järjestön palkkiot 2027", None, rates).expect("a valid schedule"));
    JobDescription::builder(fi_sv(
        "Kokemusasiantuntija luennoitsijaksi ja kehittämisryhmään",
        "Erfarenhetsexpert som föreläsare och i en utvecklingsgrupp",
    ))
    .languages([Language::Finnish, Language::Swedish])
    .employer(fi_sv(
        "Vantaan ja Keravan hyvinvointialue",
        "Vanda och Kervo välfärdsområde",
    ))
    .location(Municipality::KERAVA)
    .setting(ServiceSetting::HomelessnessWork)
    .essential(Task::GivesTalks | Task::TakesPartInDevelopment)
    .optional(Task::TeachesProfessionals.into())
    .working_modes([WorkingMode::OneToOneByAppointment])
    .terms(Terms::FeeBased(fees))
    .close_contact_employee(CloseContactEmployee::new())
    .required_backgrounds([ExperienceBackground::OpenToAll])
    .required_training(TrainingRequirement::KokoaStandard)
    .themes([Theme::Homelessness, Theme::FinancesAndDebt])
    .build()
    .expect("the fee-based custom post is valid")
}

fn jobs() -> Vec<JobDescription> {
    let mut jobs: Vec<JobDescription> = Profile::ALL
        .iter()
        .map(|&profile| {
            JobDescription::vantaa_pilot(profile)
                .build()
                .expect("the pilot post is valid")
        })
        .collect();
    jobs.push(salaried_post());
    jobs.push(fee_based_post());
    jobs
}

/// The input documents as JSON, checked to read back as the values they were written
/// from and as mirrors.
fn inputs() -> Vec<String> {
    jobs()
        .iter()
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

/// The details of one publication: posted, a deadline with a time, a start, how to
/// apply, two contact persons, openings and a reference.
fn details() -> PostingDetails {
    let date = |s: &str| s.parse::<Date>().expect("a valid date");
    PostingDetails::builder()
        .date_posted(date("2026-11-23"))
        .deadline(
            date("2026-12-14"),
            Some(ClockTime::new(16, 0).expect("a time")),
        )
        .start(date("2027-02-01"), true)
        .apply(Application::at(
            "https://rekry.example.fi/haku/VAN-2026-118",
        ))
        .contact(Contact::new("Maija Esimerkki").phone("040 123 4567", None))
        .contact(Contact::new("Pekka Malli").email("pekka.malli@example.fi"))
        .openings(2)
        .identifier("VAN-2026-118")
        .check()
        .expect("the details are valid")
}

fn publish(c: &mut Criterion) {
    let jobs = jobs();
    let details = details();
    let postings: usize = jobs.iter().map(|job| job.languages().len()).sum();
    assert_eq!(postings, 17, "the inputs publish 17 postings");
    for job in &jobs {
        let published =
            JobPosting::in_every_language(job, &details).expect("every input publishes");
        assert_eq!(published.len(), job.languages().len());
    }
    let mut group = c.benchmark_group("publish");
    group.throughput(Throughput::Elements(jobs.len() as u64));
    group.bench_function("job_posting", |b| {
        b.iter(|| {
            for job in &jobs {
                for posting in
                    JobPosting::in_every_language(black_box(job), &details).expect("publishes")
                {
                    black_box(serde_json::to_string(&posting).expect("a posting is JSON"));
                }
            }
        });
    });
    group.bench_function("html_script", |b| {
        b.iter(|| {
            for job in &jobs {
                for posting in
                    JobPosting::in_every_language(black_box(job), &details).expect("publishes")
                {
                    black_box(posting.to_html_script());
                }
            }
        });
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
    targets = parse_validate, vs_jsonschema, publish, schema_export
}
criterion_main!(benches);
