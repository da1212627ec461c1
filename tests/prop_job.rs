//! Properties of job descriptions over generated valid documents: the JSON form loses
//! nothing, the role assessment depends on the set of tasks alone, and a rendered
//! posting shows nothing it is not meant to.
//!
//! Each property runs 10 000 cases in `cargo test`; set `PROPTEST_CASES` for a longer
//! run, for example `PROPTEST_CASES=1000000 cargo test --release --test prop_job`.

mod util;

use peerwork::{
    Contract, Date, ExperienceBackground, FeeActivity, FormOfWork, Format, JobDescription,
    JobDescriptionBuilder, Language, Location, OnboardingItem, Profile, RoleAssessment,
    ServiceSetting, Supervisor, Task, TaskSet, Term, Theme, TimeUnit, TrainingRequirement,
    Vocabulary, WorkPair, WorkingMode,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use strum::IntoEnumIterator;
use util::{any_task_set, cases};

/// Cases per property in CI: 10 000 in `cargo test`. The feature `schema` adds only
/// derives, so the second CI pass without default features tests the same code, and
/// runs a tenth as many.
const CI_CASES: u32 = if cfg!(feature = "schema") {
    10_000
} else {
    1_000
};

// ---- strategies: only valid documents

/// One line of text of 1 to `max` characters that is not blank: mostly short, sometimes
/// up to `max` and sometimes exactly `max` characters.
///
/// The characters come from a small generator seeded by proptest rather than from a
/// regex strategy, which costs about 100 µs a string in a debug build: the text still
/// shrinks by its length, and the properties run 10 000 cases in seconds.
fn text(max: usize) -> impl Strategy<Value = String> {
    let len = prop_oneof![6 => 1..=max.min(24), 2 => 1..=max, 1 => Just(max)];
    (any::<u64>(), len).prop_map(|(seed, len)| text_from(seed, len))
}

/// `len` characters a one-line text may hold (no control characters, line separators
/// or bidirectional formatting characters), the first not white space: letters with and
/// without diacritics, digits, spaces and punctuation, and any other Unicode scalar
/// value now and then (emoji, combining marks, right-to-left scripts).
fn text_from(seed: u64, len: usize) -> String {
    const COMMON: &[char] = &[
        'a', 'e', 'i', 'k', 'n', 's', 't', 'v', 'A', 'V', 'ä', 'ö', 'å', 'Ä', 'Ö', 'Å', 'é', '0',
        '7', ' ', ' ', '-', ',', '.', '\'', '"', '\\', '/', '&', '#', '*', '_', '|', '<', '{', '–',
        '—', '€', '\u{a0}', '\u{200d}', '\u{301}', 'ß', 'ł', 'ø', 'æ', 'ı', 'İ', 'Σ', 'ж', 'ש',
        'ع', '中', '🙂', '👩',
    ];
    let mut rng = util::SplitMix64(seed);
    let mut next = move || rng.next_u64();
    let mut text = String::with_capacity(len);
    let mut count = 0;
    while count < len {
        let r = next();
        let c = if r % 8 == 0 {
            char::from_u32(u32::try_from((r >> 8) % 0x11_0000).unwrap()).unwrap_or('x')
        } else {
            COMMON[usize::try_from((r >> 8) % COMMON.len() as u64).unwrap()]
        };
        let forbidden = c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
            )
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c);
        if forbidden || (text.is_empty() && c.is_whitespace()) {
            continue;
        }
        text.push(c);
        count += 1;
    }
    text
}

/// Each value of `E` at most once, in any order; at least `min` of them.
fn distinct<E: IntoEnumIterator + Clone + std::fmt::Debug + 'static>(
    min: usize,
) -> impl Strategy<Value = Vec<E>> {
    let all: Vec<E> = E::iter().collect();
    let len = all.len();
    subsequence(all, min..=len).prop_shuffle()
}

fn date() -> impl Strategy<Value = Date> {
    (1_u16..=9999, 1_u8..=12, 1_u8..=31)
        .prop_filter_map("an existing date", |(y, m, d)| Date::new(y, m, d).ok())
}

fn contract() -> impl Strategy<Value = Contract> {
    prop_oneof![
        Just(Contract::Permanent),
        (1_u16.., select(TimeUnit::iter().collect::<Vec<_>>())).prop_map(|(amount, unit)| {
            Contract::FixedTerm {
                term: Term::Duration { amount, unit },
            }
        }),
        (date(), date()).prop_map(|(a, b)| Contract::between(a.min(b), a.max(b))),
    ]
}

fn training() -> impl Strategy<Value = TrainingRequirement> {
    prop_oneof![
        Just(TrainingRequirement::KokoaStandard),
        Just(TrainingRequirement::None),
        (text(200), proptest::option::of(1_u16..))
            .prop_map(|(description, hours)| { TrainingRequirement::Other { description, hours } }),
    ]
}

fn backgrounds() -> impl Strategy<Value = Vec<ExperienceBackground>> {
    prop_oneof![
        1 => Just(vec![ExperienceBackground::OpenToAll]),
        4 => distinct::<ExperienceBackground>(0)
            .prop_map(|mut v| { v.retain(|&b| b != ExperienceBackground::OpenToAll); v }),
    ]
}

fn location() -> impl Strategy<Value = Location> {
    (
        text(200),
        proptest::option::of(text(200)),
        proptest::option::of(text(20)),
    )
        .prop_map(|(municipality, street_address, postal_code)| Location {
            municipality,
            street_address,
            postal_code,
        })
}

/// The supervisor of a work pair, if any: the professional, or a role in the
/// employing organisation (spelled with or without surrounding spaces).
#[derive(Debug, Clone)]
enum SupervisorSpec {
    Professional,
    Employer { role: String, padded: bool },
}

/// Everything a valid job description is built from.
#[derive(Debug, Clone)]
struct JobSpec {
    title: String,
    organisation: String,
    unit: Option<String>,
    location: Location,
    languages: Vec<Language>,
    setting: Option<ServiceSetting>,
    profiles: Vec<Profile>,
    essential: TaskSet,
    optional: TaskSet,
    working_modes: Vec<WorkingMode>,
    form_of_work: FormOfWork,
    working_time_percent: u16,
    contract: Contract,
    close_contact_employee: Option<String>,
    work_pair: Option<(String, Option<SupervisorSpec>, bool)>,
    experience_backgrounds: Vec<ExperienceBackground>,
    training: TrainingRequirement,
    themes: Vec<Theme>,
    onboarding: Vec<OnboardingItem>,
    fee_activities: Vec<FeeActivity>,
}

impl JobSpec {
    fn builder(&self) -> JobDescriptionBuilder {
        let mut builder = JobDescription::builder(self.title.as_str())
            .employer(self.organisation.as_str(), self.unit.as_deref())
            .location(self.location.clone())
            .languages(self.languages.iter().copied());
        if let Some(setting) = self.setting {
            builder = builder.setting(setting);
        }
        for &profile in &self.profiles {
            builder = builder.profile(profile);
        }
        builder = builder
            .essential(self.essential)
            .optional(self.optional)
            .working_modes(self.working_modes.iter().copied())
            .form_of_work(self.form_of_work)
            .working_time_percent(self.working_time_percent)
            .contract(self.contract)
            .experience_backgrounds(self.experience_backgrounds.iter().copied())
            .training(self.training.clone())
            .themes(self.themes.iter().copied())
            .onboarding(self.onboarding.iter().copied())
            .fee_activities(self.fee_activities.iter().copied());
        if let Some(contact) = &self.close_contact_employee {
            builder = builder.close_contact_employee(contact.as_str());
        }
        if let Some((role, supervisor, guides)) = &self.work_pair {
            let mut pair = WorkPair::new(role.as_str()).professional_guides(*guides);
            if let Some(supervisor) = supervisor {
                pair = pair.supervised_by(match supervisor {
                    SupervisorSpec::Professional => Supervisor::Professional,
                    SupervisorSpec::Employer { role, padded } => Supervisor::Organisation {
                        // The rule compares the names without surrounding spaces.
                        organisation: if *padded && self.organisation.chars().count() < 199 {
                            format!(" {} ", self.organisation.trim())
                        } else {
                            self.organisation.clone()
                        },
                        role: role.clone(),
                    },
                });
            }
            builder = builder.work_pair(pair);
        }
        builder
    }

    #[track_caller]
    fn build(&self) -> JobDescription {
        self.builder()
            .build()
            .unwrap_or_else(|err| panic!("the strategy made an invalid job: {err}\n{self:#?}"))
    }
}

fn job_spec() -> impl Strategy<Value = JobSpec> {
    let heading = (
        text(120),
        text(200),
        proptest::option::of(text(200)),
        location(),
        distinct::<Language>(1),
        distinct::<Profile>(0),
        select(ServiceSetting::iter().collect::<Vec<_>>()),
        any::<bool>(),
    );
    let tasks = (
        any_task_set().prop_filter("an essential task", |s| !s.is_empty()),
        any_task_set(),
        distinct::<WorkingMode>(1),
    );
    let terms = (
        select(FormOfWork::iter().collect::<Vec<_>>()),
        1_u16..=100,
        contract(),
        distinct::<FeeActivity>(1),
    );
    let support = (
        proptest::option::of(text(200)),
        proptest::option::of((
            text(200),
            proptest::option::of(prop_oneof![
                Just(SupervisorSpec::Professional),
                (text(200), any::<bool>())
                    .prop_map(|(role, padded)| SupervisorSpec::Employer { role, padded }),
            ]),
            any::<bool>(),
        )),
    );
    let requirements = (
        backgrounds(),
        training(),
        distinct::<Theme>(0),
        distinct::<OnboardingItem>(0),
    );
    (heading, tasks, terms, support, requirements).prop_map(
        |(
            (title, organisation, unit, location, languages, profiles, setting, set_setting),
            (essential, optional, working_modes),
            (form_of_work, working_time_percent, contract, fees),
            (close_contact_employee, work_pair),
            (experience_backgrounds, training, themes, onboarding),
        )| JobSpec {
            title,
            organisation,
            unit,
            location,
            languages,
            // Without a profile the setting must be given; with one it may be.
            setting: (set_setting || profiles.is_empty()).then_some(setting),
            profiles,
            // Optional tasks are never essential ones.
            optional: optional - essential,
            essential,
            working_modes,
            form_of_work,
            working_time_percent,
            contract,
            close_contact_employee,
            work_pair,
            experience_backgrounds,
            training,
            themes,
            onboarding,
            // Fee activities on fee-based posts only.
            fee_activities: if form_of_work == FormOfWork::FeeBased {
                fees
            } else {
                Vec::new()
            },
        },
    )
}

// ---- the JSON form

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CI_CASES)))]

    /// value → JSON → value is the identity, and JSON → value → JSON is byte-stable;
    /// the builder keeps what it is given, lists in their order (nothing is sorted or
    /// merged away) and texts as written.
    #[test]
    fn json_round_trip_is_identity_and_byte_stable(spec in job_spec()) {
        let job = spec.build();
        let json = serde_json::to_string(&job).unwrap();
        let back: JobDescription = serde_json::from_str(&json)
            .map_err(|err| TestCaseError::fail(format!("{err}\n{json}")))?;
        prop_assert_eq!(&back, &job);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);

        prop_assert_eq!(job.title(), spec.title.as_str());
        prop_assert_eq!(job.location(), &spec.location);
        prop_assert_eq!(job.languages(), spec.languages.as_slice());
        prop_assert_eq!(job.working_modes(), spec.working_modes.as_slice());
        prop_assert_eq!(job.onboarding(), spec.onboarding.as_slice());
        prop_assert_eq!(job.fee_activities(), spec.fee_activities.as_slice());
        prop_assert_eq!(&job.requirements().themes, &spec.themes);
        prop_assert_eq!(&job.requirements().experience_backgrounds, &spec.experience_backgrounds);
    }
}

/// Every valid document passes the committed JSON Schema (the schema is never stricter
/// than the library). Fewer cases: the validator is slow in a debug build.
#[cfg(feature = "schema")]
mod schema_agrees {
    use super::*;

    fn any_job() -> impl Strategy<Value = JobDescription> {
        job_spec().prop_map(|spec| spec.build())
    }

    fn validator() -> jsonschema::Validator {
        let schema = peerwork::schema::root_schemas()
            .into_iter()
            .find(|s| s.name == "job_description")
            .unwrap();
        jsonschema::validator_for(&serde_json::to_value(&schema.schema).unwrap()).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(cases(2_000)))]

        #[test]
        fn every_valid_document_passes_the_schema(job in any_job()) {
            thread_local!(static VALIDATOR: jsonschema::Validator = validator());
            let doc = serde_json::to_value(&job).unwrap();
            VALIDATOR.with(|v| {
                let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
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
        select(Profile::ALL.to_vec()).prop_map(Add::Profile),
        any_task_set().prop_map(Add::Essential),
        any_task_set().prop_map(Add::Optional),
    ]
}

/// The same additions, in the order generated and in a shuffled order, and a task that
/// is added as essential last so every order builds.
fn additions_in_two_orders() -> impl Strategy<Value = (Vec<Add>, Vec<Add>, Task)> {
    vec(add(), 1..8).prop_flat_map(|adds| {
        (
            Just(adds.clone()),
            Just(adds).prop_shuffle(),
            select(Task::ALL.to_vec()),
        )
    })
}

fn build_with(adds: &[Add], anchor: Task) -> JobDescription {
    let mut builder = JobDescription::builder("Peer worker")
        .employer("City of Vantaa", None)
        .location(Location::municipality("Vantaa"))
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
    /// added in, nor on which of them are essential, and it is the same every time.
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
        let back: JobDescription = serde_json::from_str(&serde_json::to_string(&job).unwrap()).unwrap();
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
        prop_assert_eq!(
            assessment.verdict() == peerwork::RoleVerdict::Undetermined,
            set.is_empty()
        );
    }
}

// ---- rendering

/// A marker that no generated text contains.
const ADDRESS_MARKER: &str = "Qx7StreetMarker";
const POSTAL_MARKER: &str = "Qx7PostalMarker";

fn rendered_lines(job: &JobDescription, language: Language, format: Format) -> Vec<String> {
    job.render(language, format)
        .lines()
        .map(str::to_owned)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CI_CASES)))]

    /// The posting is public. The workplace's street address and postal code are not
    /// part of it (the renderer prints the municipality only), and of the sensitive
    /// vocabulary, the experience backgrounds, it names exactly those the post seeks,
    /// on one line: never a background the post does not seek.
    #[test]
    fn a_posting_shows_only_what_is_meant_to_be_public(
        spec in job_spec(),
        language in select(Language::ALL.to_vec()),
        format in prop_oneof![Just(Format::Markdown), Just(Format::PlainText)],
    ) {
        let mut spec = spec;
        spec.location.street_address = Some(format!("{ADDRESS_MARKER} 12 A"));
        spec.location.postal_code = Some(POSTAL_MARKER.to_owned());
        let job = spec.build();
        let posting = job.render(language, format);
        // Markdown escapes markup characters in free text; plain text shows it as is.
        if format == Format::PlainText {
            prop_assert!(posting.contains(job.title()));
        }
        prop_assert!(!posting.contains(ADDRESS_MARKER), "street address shown:\n{}", posting);
        prop_assert!(!posting.contains(POSTAL_MARKER), "postal code shown:\n{}", posting);

        // The lines that differ from the same post seeking no background.
        let mut without = spec.clone();
        without.experience_backgrounds.clear();
        let plain = rendered_lines(&without.build(), language, format);
        let lines = rendered_lines(&job, language, format);
        let extra: Vec<&String> = lines.iter().filter(|line| !plain.contains(line)).collect();
        let sought = &job.requirements().experience_backgrounds;
        if sought.is_empty() {
            prop_assert!(extra.is_empty());
        } else {
            prop_assert_eq!(extra.len(), 1, "{:?}", extra);
            prop_assert_eq!(lines.len(), plain.len() + 1);
            let listed: Vec<&str> = sought.iter().map(|b| b.label_in(language)).collect();
            prop_assert!(extra[0].ends_with(&listed.join(", ")), "{}", extra[0]);
            for background in ExperienceBackground::iter().filter(|b| !sought.contains(b)) {
                let label = background.label_in(language);
                prop_assert!(
                    !extra[0].split(", ").any(|item| item.ends_with(label)),
                    "{} names {} which the post does not seek", extra[0], label
                );
            }
        }
    }
}
