//! Properties of job descriptions (format version 2) over generated builder input, most
//! of it valid and some of it breaking one rule (see `job_spec/`):
//!
//! - any input either builds a valid post, which round-trips through JSON, keeps what
//!   it was given, renders in every language it is written in (and no other) and
//!   publishes as a `JobPosting` in each, or is refused with a [`JobError`] that names
//!   its field;
//! - reading agrees with the builder: the same input as a JSON document reads to the
//!   same post, or is refused with the same message (a number outside the range the
//!   document states, or a list longer than it can be, is refused by the reader as it
//!   reads the value, in serde's words; then `from_json` names the field);
//! - every valid document passes the JSON Schema;
//! - the role assessment depends on the set of tasks alone;
//! - an ad names exactly the experience backgrounds the post seeks.
//!
//! Each property runs 1 000 cases in `cargo test`; set `PROPTEST_CASES` for a longer
//! run, for example `PROPTEST_CASES=100000 cargo test --release --test prop_job`.
#![cfg(feature = "json")]

mod job_spec;
mod util;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use job_spec::{JobSpec, anchor, job_spec};
use peerwork::{
    ExperienceBackground, Format, JobDescription, JobError, JobPosting, Language, Municipality,
    PostingDetails, Profile, RoleAssessment, RoleVerdict, ServiceSetting, Task, TaskSet, from_json,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use util::{any_task_set, cases};

/// Cases per property in CI. The feature `schema` adds only derives, so the second CI
/// pass without default features tests the same code, and runs a tenth as many.
const CI_CASES: u32 = if cfg!(feature = "schema") { 1_000 } else { 100 };

fn dated() -> PostingDetails {
    PostingDetails::builder()
        .date_posted("2026-11-23".parse().unwrap())
        .check()
        .unwrap()
}

// ---- build or refuse

/// What a built post must be: it round-trips through JSON (read back by `from_json`,
/// written again byte for byte), holds what the builder was given, renders in every
/// language it is written in and no other, and publishes in each.
fn check_built(spec: &JobSpec, job: &JobDescription) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(job).unwrap();
    let back: JobDescription =
        from_json(&json).map_err(|err| TestCaseError::fail(format!("{err}\n{json}")))?;
    prop_assert_eq!(&back, job);
    prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);

    prop_assert_eq!(job.languages(), spec.languages.as_slice());
    prop_assert_eq!(job.title(), &spec.title);
    prop_assert_eq!(job.working_modes(), spec.working_modes.as_slice());
    prop_assert_eq!(job.terms(), &spec.terms);
    prop_assert_eq!(job.support(), &spec.support);
    prop_assert_eq!(job.requirements(), &spec.requirements);
    prop_assert_eq!(job.onboarding(), spec.onboarding.as_slice());
    let (profiles, tasks) = spec.tasks();
    prop_assert_eq!(job.profiles(), profiles.as_slice());
    prop_assert_eq!(job.tasks(), &tasks);

    for &language in Language::ALL {
        for &format in Format::ALL {
            let rendered = job.render(language, format);
            prop_assert_eq!(
                rendered.is_ok(),
                job.is_written_in(language),
                "{} {}",
                language,
                format
            );
            if format == Format::PlainText
                && let Ok(text) = rendered
            {
                prop_assert!(text.contains(job.title().get(language).unwrap()));
            }
        }
    }
    let postings = JobPosting::in_every_language(job, &dated()).unwrap();
    prop_assert_eq!(postings.len(), job.languages().len());
    for (posting, language) in postings.iter().zip(job.languages()) {
        prop_assert_eq!(posting.in_language, language.code());
        prop_assert_eq!(posting.title.as_str(), job.title().get(*language).unwrap());
    }
    Ok(())
}

/// A refusal names its field, which leads its message.
fn check_refused(err: &JobError) -> Result<(), TestCaseError> {
    let field = err.field();
    let message = err.to_string();
    prop_assert!(!field.is_empty() && !field.contains(' '), "{}", field);
    prop_assert!(
        message.starts_with(&format!("{field}: ")),
        "{} does not lead {}",
        field,
        message
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CI_CASES)))]

    #[test]
    fn any_input_builds_a_valid_post_or_is_refused_naming_a_field(spec in job_spec()) {
        match spec.builder().build() {
            Ok(job) => check_built(&spec, &job)?,
            Err(err) => check_refused(&err)?,
        }
    }

    #[test]
    fn reading_the_document_agrees_with_the_builder(spec in job_spec()) {
        let Some(document) = spec.document() else {
            // The employer, the location or the setting is missing: a document cannot
            // leave them out, only the builder can (and refuses).
            let err = spec.builder().build().unwrap_err();
            prop_assert!(["employer.organisation", "location.municipality", "setting"].contains(&err.field()));
            return Ok(());
        };
        let built = spec.builder().build();
        let read = serde_json::from_value::<JobDescription>(document.clone());
        let faults = spec.read_faults();
        if faults.is_empty() {
            match (&built, &read) {
                (Ok(built), Ok(read)) => prop_assert_eq!(built, read),
                (Err(built), Err(read)) => prop_assert_eq!(built.to_string(), read.to_string()),
                (built, read) => prop_assert!(false, "builder {:?}, reader {:?}\n{}", built, read, document),
            }
        } else {
            prop_assert!(built.is_err(), "the builder took {:?}", faults);
            prop_assert!(read.is_err(), "the reader took {:?}", faults);
            let text = spec.document_text().unwrap();
            let located = from_json::<JobDescription>(&text).unwrap_err();
            let path = located.path().unwrap_or_default().to_owned();
            prop_assert!(faults.contains(&path), "{} is not one of {:?}: {}", path, faults, located);
        }
    }
}

/// Both properties above see valid and refused input alike, and documents that are
/// refused while being read: the generator is not so careful that every post builds,
/// nor so careless that none does.
#[test]
fn the_generator_makes_valid_posts_and_refused_ones() {
    let mut runner = TestRunner::deterministic();
    let strategy = job_spec();
    let (mut built, mut refused, mut read_faults) = (0, 0, 0);
    let mut fields: BTreeMap<String, u32> = BTreeMap::new();
    for _ in 0..1_000 {
        let spec = strategy.new_tree(&mut runner).unwrap().current();
        match spec.builder().build() {
            Ok(_) => built += 1,
            Err(err) => {
                refused += 1;
                *fields.entry(err.field().to_owned()).or_default() += 1;
            }
        }
        if spec.document().is_some() && !spec.read_faults().is_empty() {
            read_faults += 1;
        }
    }
    eprintln!("{built} built, {refused} refused, {read_faults} refused while read");
    assert!(
        built >= 250 && refused >= 250,
        "{built} built, {refused} refused: {fields:?}"
    );
    assert!(read_faults >= 10, "{read_faults}");
    // Refusals come from every part of the document.
    for field in [
        "title",
        "employer.organisation",
        "tasks",
        "working_modes",
        "terms.working_time_percent",
        "requirements.required.languages",
    ] {
        assert!(
            fields.keys().any(|f| f.starts_with(field)),
            "no refusal of {field}: {fields:?}"
        );
    }
}

// ---- the schema

/// Every valid document passes the JSON Schema (the schema is never stricter than the
/// library). Fewer cases: the validator is slow in a debug build.
#[cfg(feature = "schema")]
mod schema_agrees {
    use super::*;

    fn validator() -> jsonschema::Validator {
        let schema = peerwork::schema::root_schemas()
            .into_iter()
            .find(|s| s.name == "job_description")
            .unwrap();
        jsonschema::validator_for(&serde_json::to_value(&schema.schema).unwrap()).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(cases(1_000)))]

        #[test]
        fn every_valid_document_passes_the_schema(spec in job_spec()) {
            thread_local!(static VALIDATOR: jsonschema::Validator = validator());
            let Ok(job) = spec.builder().build() else { return Ok(()) };
            let doc = serde_json::to_value(&job).unwrap();
            VALIDATOR.with(|v| {
                let errors: Vec<String> = v.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path())).collect();
                prop_assert!(errors.is_empty(), "{:?}\n{}", errors, doc);
                Ok(())
            })?;
        }
    }
}

// ---- the role assessment

/// One way of adding tasks to a builder.
#[derive(Debug, Clone, Copy)]
enum Add {
    Profile(Profile),
    Essential(TaskSet),
    Optional(TaskSet),
}

fn add() -> impl Strategy<Value = Add> {
    prop_oneof![
        select(Profile::ALL).prop_map(Add::Profile),
        any_task_set().prop_map(Add::Essential),
        any_task_set().prop_map(Add::Optional),
    ]
}

/// The same additions, in the order generated and in a shuffled order, and a task that
/// is added as essential last so every order builds.
fn additions_in_two_orders() -> impl Strategy<Value = (Vec<Add>, Vec<Add>, Task)> {
    vec(add(), 1..8).prop_flat_map(|adds| (Just(adds.clone()), Just(adds).prop_shuffle(), anchor()))
}

fn build_with(adds: &[Add], anchor: Task) -> JobDescription {
    let mut builder = JobDescription::builder("Peer worker")
        .employer("City of Vantaa")
        .location(Municipality::VANTAA)
        .setting(ServiceSetting::HousingSocialServices);
    for &add in adds {
        builder = match add {
            Add::Profile(profile) => builder.profile(profile),
            Add::Essential(tasks) => builder.essential(tasks),
            Add::Optional(tasks) => builder.optional(tasks),
        };
    }
    builder.essential(anchor.into()).build().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CI_CASES)))]

    /// The assessment depends on the set of tasks alone: not on the order they were
    /// added in, nor on which of them are essential, and it is the same every time and
    /// after a round trip through JSON.
    #[test]
    fn role_assessment_ignores_the_order_tasks_were_added_in(
        (adds, shuffled, anchor) in additions_in_two_orders()
    ) {
        let job = build_with(&adds, anchor);
        let reordered = build_with(&shuffled, anchor);
        let all: TaskSet = adds
            .iter()
            .map(|add| match *add {
                Add::Profile(profile) => profile.tasks(),
                Add::Essential(tasks) | Add::Optional(tasks) => tasks,
            })
            .chain([TaskSet::from(anchor)])
            .collect();
        prop_assert_eq!(job.tasks().all(), all);
        prop_assert_eq!(reordered.tasks().all(), all);
        let assessment = job.role_assessment();
        prop_assert_eq!(assessment, reordered.role_assessment());
        prop_assert_eq!(assessment, RoleAssessment::of(all));
        prop_assert_eq!(assessment, job.role_assessment());
        let back: JobDescription = from_json(&serde_json::to_string(&job).unwrap()).unwrap();
        prop_assert_eq!(back.role_assessment(), assessment);
    }

    /// A set built one task at a time, in any order, is assessed as the set itself, and
    /// the verdict agrees with the reasons.
    #[test]
    fn role_assessment_of_tasks_inserted_in_any_order(
        tasks in subsequence(Task::ALL.to_vec(), 0..=Task::ALL.len()).prop_shuffle()
    ) {
        let mut set = TaskSet::EMPTY;
        for &task in &tasks {
            set.insert(task);
        }
        let mut reversed = TaskSet::EMPTY;
        for &task in tasks.iter().rev() {
            reversed.insert(task);
        }
        let assessment = RoleAssessment::of(set);
        prop_assert_eq!(assessment, RoleAssessment::of(reversed));
        prop_assert_eq!(assessment, RoleAssessment::of(tasks.iter().copied().collect()));
        let reasons: TaskSet = assessment.roles().map(|role| assessment.reasons(role)).collect();
        prop_assert_eq!(reasons, set);
        prop_assert_eq!(assessment.verdict() == RoleVerdict::Undetermined, set.is_empty());
    }
}

// ---- backgrounds in an ad

/// The line an ad in `language` and `format` gives `background`: the line a post that
/// requires it has and the same post requiring none does not.
fn background_line(background: ExperienceBackground, language: Language, format: Format) -> String {
    static LINES: OnceLock<BTreeMap<(ExperienceBackground, Language, Format), String>> =
        OnceLock::new();
    let lines = LINES.get_or_init(|| {
        let base = JobDescription::vantaa_pilot(Profile::Storyteller)
            .required_backgrounds([])
            .desired_backgrounds([]);
        let none = base.clone().build().unwrap();
        let mut lines = BTreeMap::new();
        for &b in ExperienceBackground::ALL {
            let with = base.clone().required_backgrounds([b]).build().unwrap();
            for &language in Language::ALL {
                for format in [Format::Markdown, Format::PlainText] {
                    let plain = none.render(language, format).unwrap();
                    let extra: Vec<String> = with
                        .render(language, format)
                        .unwrap()
                        .lines()
                        .filter(|line| !plain.lines().any(|p| p == *line))
                        .map(str::to_owned)
                        .collect();
                    assert_eq!(extra.len(), 1, "{b} {language} {format}: {extra:?}");
                    lines.insert((b, language, format), extra[0].clone());
                }
            }
        }
        lines
    });
    lines[&(background, language, format)].clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CI_CASES)))]

    /// An ad is public. Of the sensitive vocabulary, the experience backgrounds, it
    /// names exactly those the post requires or would like, each on its line: never a
    /// background the post does not seek.
    #[test]
    fn an_ad_names_exactly_the_backgrounds_the_post_seeks(
        spec in job_spec(),
        format in prop_oneof![Just(Format::Markdown), Just(Format::PlainText)],
    ) {
        let Ok(job) = spec.builder().build() else { return Ok(()) };
        let requirements = job.requirements();
        for &language in job.languages() {
            let ad = job.render(language, format).unwrap();
            for &background in ExperienceBackground::ALL {
                let sought = requirements.required.experience_backgrounds.contains(&background)
                    || requirements.desired.experience_backgrounds.contains(&background);
                let line = background_line(background, language, format);
                prop_assert_eq!(ad.lines().filter(|l| *l == line).count(), usize::from(sought), "{}: {}", background, line);
            }
        }
    }
}
