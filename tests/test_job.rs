//! Job descriptions: building, the presets, every validation rule (through the builder
//! and through JSON), advisories, and the JSON form.

mod util;

use peerwork::{
    AdvisoryKind, Contract, Date, ExperienceBackground, FeeActivity, FormOfWork, JobDescription,
    JobError, Language, Location, OnboardingItem, Profile, Role, RoleVerdict, ServiceSetting,
    Supervisor, Task, TaskSet, TrainingRequirement, WorkPair, WorkingMode,
};
use serde_json::json;
use util::{pilot, pilot_json};

/// A minimal valid builder: Caretaker tasks, salaried, Kokoa training, a close contact.
fn base() -> peerwork::JobDescriptionBuilder {
    JobDescription::builder("Peer worker")
        .employer("City of Vantaa", Some("Ohjaamo"))
        .location(Location::municipality("Vantaa"))
        .profile(Profile::Caretaker)
        .close_contact_employee("youth counsellor")
        .training(TrainingRequirement::KokoaStandard)
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

// ---- presets

#[test]
fn vantaa_presets_reproduce_the_pilot_posts() {
    for profile in Profile::ALL {
        let job = pilot(profile);
        assert_eq!(job.profiles(), [profile]);
        assert_eq!(job.setting(), profile.setting());
        assert_eq!(job.employer().organisation, "City of Vantaa");
        assert_eq!(
            job.employer().unit.as_deref(),
            Some(profile.pilot_unit().name)
        );
        assert_eq!(job.location().municipality, "Vantaa");
        assert_eq!(job.tasks().essential, profile.tasks());
        assert!(job.tasks().optional.is_empty());
        assert_eq!(job.working_modes()[0], WorkingMode::JoiningClientMeetings);
        assert_eq!(job.terms().form_of_work, FormOfWork::Salaried);
        assert_eq!(job.terms().working_time_percent, 50);
        assert_eq!(job.terms().contract, Contract::months(3));
        assert!(job.support().close_contact_employee.is_some());
        assert_eq!(job.onboarding(), OnboardingItem::ALL);
        assert_eq!(
            job.requirements().experience_backgrounds,
            [
                ExperienceBackground::Homelessness,
                ExperienceBackground::Substances
            ]
        );
        assert_eq!(job.role_assessment().verdict(), RoleVerdict::Both);
        assert_eq!(job.closest_profile().profile, profile);
        // The pilot required no training: the review says so, and only that.
        let kinds: Vec<AdvisoryKind> = job.review().iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [AdvisoryKind::NoTrainingRequirement]);
    }
}

#[test]
fn role_assessment_is_derived_from_essential_and_optional_tasks() {
    let job = JobDescription::builder("Peer supporter")
        .employer("Vantaan A-kilta", None)
        .location(Location::municipality("Vantaa"))
        .setting(ServiceSetting::ThirdSectorInterface)
        .essential(Task::ListensToClients | Task::EscortsClients)
        .form_of_work(FormOfWork::Volunteer)
        .build()
        .unwrap();
    assert_eq!(job.role_assessment().verdict(), RoleVerdict::PeerSupporter);
    let job = JobDescription::builder("Peer worker")
        .employer("Vantaan A-kilta", None)
        .location(Location::municipality("Vantaa"))
        .setting(ServiceSetting::ThirdSectorInterface)
        .essential(Task::ListensToClients | Task::EscortsClients)
        .optional(Task::TakesPartInDevelopment.into())
        .build()
        .unwrap();
    assert_eq!(job.role_assessment().verdict(), RoleVerdict::Both);
    assert!(
        job.role_assessment()
            .reasons(Role::PeerWorker)
            .contains(Task::TakesPartInDevelopment)
    );
}

#[test]
fn builder_moves_tasks_between_essential_and_optional() {
    let job = base()
        .optional(Task::TeachesProfessionals.into())
        .essential(Task::EscortsClients.into())
        .without(Task::LocalHelpingHand.into())
        .build()
        .unwrap();
    let tasks = job.tasks();
    assert!(tasks.optional.contains(Task::TeachesProfessionals));
    assert!(!tasks.essential.contains(Task::TeachesProfessionals));
    assert!(tasks.essential.contains(Task::EscortsClients));
    assert!(!tasks.all().contains(Task::LocalHelpingHand));
    assert!(tasks.essential.is_disjoint(tasks.optional));
}

// ---- every rule, through the builder

#[test]
fn builder_errors_name_the_field() {
    use JobError as E;
    let long = "x".repeat(121);
    let cases: Vec<(peerwork::JobDescriptionBuilder, JobError, &str)> = vec![
        (base().title(""), E::EmptyText { field: "title" }, "title"),
        (base().title("  "), E::EmptyText { field: "title" }, "title"),
        (
            base().title(long.as_str()),
            E::TextTooLong {
                field: "title",
                max: 120,
                actual: 121,
            },
            "title",
        ),
        (
            base().title("a\nb"),
            E::ControlCharacter { field: "title" },
            "title",
        ),
        (
            JobDescription::builder("t")
                .location(Location::municipality("Vantaa"))
                .profile(Profile::Caretaker),
            E::MissingEmployer,
            "employer.organisation",
        ),
        (
            JobDescription::builder("t")
                .employer("City", None)
                .profile(Profile::Caretaker),
            E::MissingLocation,
            "location.municipality",
        ),
        (
            JobDescription::builder("t")
                .employer("City", None)
                .location(Location::municipality("Vantaa"))
                .essential(Task::ListensToClients.into()),
            E::MissingSetting,
            "setting",
        ),
        (
            base().employer("", None),
            E::EmptyText {
                field: "employer.organisation",
            },
            "employer.organisation",
        ),
        (
            base().employer("City", Some("")),
            E::EmptyText {
                field: "employer.unit",
            },
            "employer.unit",
        ),
        (base().languages([]), E::NoLanguage, "languages"),
        (
            base().languages([Language::Finnish, Language::Finnish]),
            E::Duplicate {
                field: "languages",
                value: "fi".into(),
            },
            "languages",
        ),
        (base().without(TaskSet::ALL), E::EmptyTaskSet, "tasks"),
        (
            base()
                .without(TaskSet::ALL)
                .optional(Task::EscortsClients.into()),
            E::NoEssentialTask,
            "tasks.essential",
        ),
        (base().working_modes([]), E::NoWorkingMode, "working_modes"),
        (
            base().working_time_percent(0),
            E::WorkingTimeOutOfRange(0),
            "terms.working_time_percent",
        ),
        (
            base().working_time_percent(150),
            E::WorkingTimeOutOfRange(150),
            "terms.working_time_percent",
        ),
        (
            base().contract(Contract::months(0)),
            E::ZeroLengthTerm,
            "terms.contract.term",
        ),
        (
            base().contract(Contract::between(date("2017-11-30"), date("2017-09-01"))),
            E::TermEndsBeforeStart {
                start: date("2017-11-30"),
                end: date("2017-09-01"),
            },
            "terms.contract.term",
        ),
        (
            base().fee_activities([FeeActivity::Meeting]),
            E::FeeActivitiesOnNonFeePost(FormOfWork::Salaried),
            "fee_activities",
        ),
        (
            base().form_of_work(FormOfWork::FeeBased),
            E::NoFeeActivities,
            "fee_activities",
        ),
        (
            base().work_pair(WorkPair::new("social worker").supervised_by(
                Supervisor::Organisation {
                    organisation: "Another City".into(),
                    role: "head of unit".into(),
                },
            )),
            E::SupervisorOutsidePair {
                supervisor: "Another City".into(),
                employer: "City of Vantaa".into(),
            },
            "support.work_pair.supervisor.organisation",
        ),
        (
            base().work_pair(WorkPair::new("")),
            E::EmptyText {
                field: "support.work_pair.professional_role",
            },
            "support.work_pair.professional_role",
        ),
        (
            base().experience_backgrounds([
                ExperienceBackground::OpenToAll,
                ExperienceBackground::Substances,
            ]),
            E::OpenToAllWithSpecificBackgrounds,
            "requirements.experience_backgrounds",
        ),
        (
            base().training(TrainingRequirement::Other {
                description: "course".into(),
                hours: Some(0),
            }),
            E::ZeroTrainingHours,
            "requirements.training.hours",
        ),
        (
            base().onboarding([OnboardingItem::Computer, OnboardingItem::Computer]),
            E::Duplicate {
                field: "onboarding",
                value: "computer".into(),
            },
            "onboarding",
        ),
    ];
    for (builder, expected, field) in cases {
        let err = builder.build().unwrap_err();
        assert_eq!(err, expected);
        assert_eq!(err.field(), field);
        assert!(err.to_string().starts_with(field), "{err}");
    }
}

#[test]
fn supervisor_of_the_employer_or_the_pair_is_accepted() {
    for supervisor in [
        Supervisor::Professional,
        Supervisor::Organisation {
            organisation: "City of Vantaa".into(),
            role: "head of unit".into(),
        },
    ] {
        let job = base()
            .work_pair(
                WorkPair::new("social worker")
                    .supervised_by(supervisor)
                    .professional_guides(true),
            )
            .build()
            .unwrap();
        assert!(job.review().is_empty(), "{:?}", job.review());
    }
}

#[test]
fn one_day_term_and_fee_based_post_are_valid() {
    let day = date("2026-01-15");
    base()
        .contract(Contract::between(day, day))
        .build()
        .unwrap();
    base()
        .form_of_work(FormOfWork::FeeBased)
        .fee_activities([
            FeeActivity::SeminarsPanelsTalksLectures,
            FeeActivity::Preparation,
        ])
        .build()
        .unwrap();
}

// ---- the same rules through JSON

fn json_error(value: serde_json::Value) -> String {
    serde_json::from_value::<JobDescription>(value)
        .unwrap_err()
        .to_string()
}

#[test]
fn deserializing_runs_the_same_validation() {
    let mut doc = pilot_json();
    doc["terms"]["working_time_percent"] = json!(0);
    assert_eq!(
        json_error(doc),
        JobError::WorkingTimeOutOfRange(0).to_string()
    );

    let mut doc = pilot_json();
    doc["terms"]["form_of_work"] = json!("fee_based");
    assert_eq!(json_error(doc), JobError::NoFeeActivities.to_string());

    let mut doc = pilot_json();
    doc["tasks"]["optional"] = json!(["teaches_professionals"]);
    assert_eq!(
        json_error(doc),
        JobError::TaskBothEssentialAndOptional(Task::TeachesProfessionals).to_string()
    );
}

#[test]
fn unknown_fields_are_rejected_by_name() {
    let mut doc = pilot_json();
    doc["salary"] = json!(3000);
    assert!(json_error(doc).starts_with("unknown field `salary`"));
    let mut doc = pilot_json();
    doc["terms"]["overtime"] = json!(true);
    assert!(json_error(doc).starts_with("unknown field `overtime`"));
}

#[test]
fn missing_and_mistyped_fields_are_named() {
    let mut doc = pilot_json();
    doc.as_object_mut().unwrap().remove("title");
    assert_eq!(json_error(doc), "missing field `title`");
    // serde's own message for a wrong enum value does not say which field held it;
    // `from_json` adds the path.
    let mut doc = pilot_json();
    doc["setting"] = json!("space_station");
    assert!(json_error(doc.clone()).starts_with("unknown variant `space_station`"));
    #[cfg(feature = "json")]
    {
        let err = peerwork::from_json::<JobDescription>(&doc.to_string()).unwrap_err();
        assert_eq!(err.path(), Some("setting"));
        assert!(
            err.to_string()
                .starts_with("setting: unknown variant `space_station`")
        );
    }
}

/// A fee-based post with optional tasks, a term between dates and a work pair.
fn rich() -> JobDescription {
    base()
        .optional(Task::EscortsClients.into())
        .form_of_work(FormOfWork::FeeBased)
        .fee_activities([FeeActivity::Meeting])
        .contract(Contract::between(date("2026-01-01"), date("2026-06-30")))
        .work_pair(WorkPair::new("social worker").supervised_by(Supervisor::Professional))
        .build()
        .unwrap()
}

#[test]
fn to_builder_rebuilds_the_same_document_and_checks_changes() {
    let rich = rich();
    let no_profile = JobDescription::builder("Peer worker")
        .employer("Vantaan A-kilta", None)
        .location(Location::municipality("Vantaa"))
        .setting(ServiceSetting::ThirdSectorInterface)
        .essential(Task::ListensToClients | Task::AssistsEmployees)
        .build()
        .unwrap();
    for job in Profile::ALL
        .map(pilot)
        .into_iter()
        .chain([rich, no_profile])
    {
        assert_eq!(job.to_builder().build().unwrap(), job);
    }
    let job = pilot(Profile::Caretaker);
    let changed = job.to_builder().working_time_percent(60).build().unwrap();
    assert_eq!(changed.terms().working_time_percent, 60);
    assert_eq!(
        job.to_builder().form_of_work(FormOfWork::FeeBased).build(),
        Err(JobError::NoFeeActivities)
    );
}

#[test]
fn format_version_is_checked() {
    let mut doc = pilot_json();
    doc["format_version"] = json!(2);
    assert_eq!(
        json_error(doc),
        "format_version: this version of peerwork reads format version 1, got 2"
    );
    let mut doc = pilot_json();
    doc.as_object_mut().unwrap().remove("format_version");
    assert_eq!(json_error(doc), "missing field `format_version`");
}

#[test]
fn json_round_trip_is_identity_and_byte_stable() {
    for profile in Profile::ALL {
        let job = pilot(profile);
        let json = serde_json::to_string(&job).unwrap();
        let back: JobDescription = serde_json::from_str(&json).unwrap();
        assert_eq!(back, job);
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
    let rich = rich();
    let json = serde_json::to_string(&rich).unwrap();
    assert_eq!(serde_json::from_str::<JobDescription>(&json).unwrap(), rich);
}

// ---- advisories, each on its own

fn kinds(job: &JobDescription) -> Vec<AdvisoryKind> {
    job.review().into_iter().map(|a| a.kind).collect()
}

#[test]
fn advisory_no_close_contact_employee() {
    let job = JobDescription::builder("Peer worker")
        .employer("City of Vantaa", None)
        .location(Location::municipality("Vantaa"))
        .profile(Profile::Caretaker)
        .training(TrainingRequirement::KokoaStandard)
        .build()
        .unwrap();
    assert_eq!(kinds(&job), [AdvisoryKind::NoCloseContactEmployee]);
    let advisory = job.review()[0];
    assert_eq!(advisory.field, "support.close_contact_employee");
    assert!(advisory.citation.to_string().starts_with("[V]"));
}

#[test]
fn advisory_no_training_requirement() {
    let job = base().training(TrainingRequirement::None).build().unwrap();
    assert_eq!(kinds(&job), [AdvisoryKind::NoTrainingRequirement]);
    assert!(job.review()[0].citation.to_string().starts_with("[T]"));
}

#[test]
fn advisory_paid_post_without_expert_task() {
    let job = base()
        .without(TaskSet::ALL)
        .essential(Task::ListensToClients | Task::BefriendsLonelyPeople)
        .build()
        .unwrap();
    assert_eq!(kinds(&job), [AdvisoryKind::PaidPostWithoutExpertTask]);
}

#[test]
fn advisory_volunteer_with_expert_duties() {
    let job = base().form_of_work(FormOfWork::Volunteer).build().unwrap();
    assert_eq!(kinds(&job), [AdvisoryKind::VolunteerWithExpertDuties]);
    // A volunteer doing peer support only gets no such advisory.
    let job = base()
        .form_of_work(FormOfWork::Volunteer)
        .without(TaskSet::ALL)
        .essential(Task::ListensToClients | Task::UsesOwnExperience)
        .build()
        .unwrap();
    assert!(kinds(&job).is_empty(), "{:?}", kinds(&job));
}

#[test]
fn advisory_work_pair_without_supervisor() {
    let job = base()
        .work_pair(WorkPair::new("social worker"))
        .build()
        .unwrap();
    assert_eq!(kinds(&job), [AdvisoryKind::WorkPairWithoutSupervisor]);
    assert_eq!(job.review()[0].field, "support.work_pair.supervisor");
}

#[test]
fn lists_stop_reading_at_their_bound() {
    let mut doc = pilot_json();
    doc["working_modes"] = json!(vec!["outreach"; 5]);
    assert_eq!(json_error(doc), "working_modes: must hold at most 4 items");
    let mut doc = pilot_json();
    doc["requirements"]["themes"] = json!(vec!["crime"; 100_000]);
    assert_eq!(
        json_error(doc),
        "requirements.themes: must hold at most 9 items"
    );
    let mut doc = pilot_json();
    doc["languages"] = json!(["fi", "sv", "en", "fi"]);
    assert_eq!(json_error(doc), "languages: must hold at most 3 items");
}
