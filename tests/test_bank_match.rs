//! The peer-worker bank's hard requirements: what a post requires rules a worker out,
//! each requirement alone; what it would like never does. Municipalities by code or
//! name, availability, and the reasons a candidate passes.

#[path = "util/bank.rs"]
mod bank;
mod util;

use peerwork::{
    DateRange, ExperienceBackground, FormOfWork, JobDescription, Language, Location,
    MatchRequirement, Municipality, PeerWorkerRecord, Profile, Reason, Task, Training,
    TrainingKind, TrainingMet, TrainingRequirement,
};

use bank::{
    autumn, bank_of, build, caretaker_job, date, fit, ids, municipality, plain_post, range,
};
use util::posts::{fee_based_post, vantaa_post, volunteer_post};

use ExperienceBackground::{CriminalBackground, Homelessness, MentalHealth, OpenToAll, Substances};

/// The reasons of every candidate of `job` over the autumn, as text, best first.
fn reasons(bank: &peerwork::Bank, job: &JobDescription) -> Vec<Vec<String>> {
    bank.match_job(job, autumn(), usize::MAX)
        .candidates()
        .iter()
        .map(|c| c.reasons().iter().map(ToString::to_string).collect())
        .collect()
}

#[test]
fn a_fit_worker_passes_with_every_reason() {
    let bank = bank_of(&[build(fit("kap-1"))]);
    let matches = bank.match_job(&caretaker_job(), autumn(), 10);
    assert_eq!(matches.eligible(), 1);
    let candidate = &matches.candidates()[0];
    assert_eq!(candidate.rank(), 1);
    let requirements: Vec<MatchRequirement> = candidate
        .reasons()
        .iter()
        .map(Reason::requirement)
        .collect();
    assert_eq!(requirements, MatchRequirement::ALL);
    // The pilot post requires lived experience of any background and Finnish, and no
    // training: what it would like besides is not a requirement.
    assert_eq!(
        reasons(&bank, &caretaker_job()),
        [[
            "can take on all 8 essential tasks",
            "no particular experience background required",
            "no training required",
            "accepts salaried employment",
            "accepts up to 50 % working time (post: 50 %)",
            "works in fi",
            "serves Vantaa",
            "available 2017-09-01 to 2017-11-30",
        ]]
    );
    assert_eq!(candidate.score().closeness(), 1.0);
    assert_eq!(candidate.score().closest_profile, Some(Profile::Caretaker));

    // A post that requires backgrounds, the Kokoa standard and two languages.
    let bank = bank_of(&[build(fit("kap-1").languages([
        Language::Finnish,
        Language::Swedish,
        Language::English,
    ]))]);
    let job = plain_post(Profile::Caretaker)
        .required_backgrounds([Homelessness])
        .required_training(TrainingRequirement::KokoaStandard)
        .required_languages([Language::Swedish, Language::Finnish])
        .build()
        .unwrap();
    let shown = reasons(&bank, &job);
    assert_eq!(
        shown[0][1..=5],
        [
            "meets the experience background required",
            "training meets the Kokoa standard",
            "accepts salaried employment",
            "accepts up to 50 % working time (post: 50 %)",
            "works in fi, sv",
        ]
    );
    let matches = bank.match_job(&job, autumn(), 1);
    let candidate = &matches.candidates()[0];
    assert_eq!(
        candidate.reasons()[5],
        Reason::Language {
            required: vec![Language::Finnish, Language::Swedish]
        }
    );
    assert_eq!(
        candidate.reasons()[6],
        Reason::ServiceArea {
            municipality: Municipality::VANTAA,
            nationwide: false
        }
    );
}

/// The Caretaker's post with homelessness and substance use required.
fn requiring_backgrounds() -> JobDescription {
    plain_post(Profile::Caretaker)
        .required_backgrounds([Homelessness, Substances])
        .build()
        .unwrap()
}

#[test]
fn each_requirement_alone_filters_and_counts_as_a_near_miss() {
    let job = requiring_backgrounds();
    let fail_one: Vec<(MatchRequirement, PeerWorkerRecord)> = vec![
        (
            MatchRequirement::Tasks,
            build(fit("w").tasks(Profile::Caretaker.tasks() - Task::ProducesLearningMaterials)),
        ),
        (
            MatchRequirement::ExperienceBackground,
            build(fit("w").experience_backgrounds([Homelessness])),
        ),
        (
            MatchRequirement::FormOfWork,
            build(fit("w").forms_of_work([FormOfWork::Volunteer, FormOfWork::FeeBased])),
        ),
        (
            MatchRequirement::WorkingTime,
            build(fit("w").max_working_time_percent(49)),
        ),
        (
            MatchRequirement::Language,
            build(fit("w").languages([Language::Swedish, Language::English])),
        ),
        (
            MatchRequirement::ServiceArea,
            build(fit("w").municipalities([Municipality::HELSINKI, Municipality::ESPOO])),
        ),
        (
            MatchRequirement::Availability,
            build(fit("w").availability([range("2017-09-02", "2017-12-31")])),
        ),
    ];
    for (requirement, worker) in fail_one {
        let bank = bank_of(&[worker]);
        let matches = bank.match_job(&job, autumn(), 10);
        assert_eq!(matches.eligible(), 0, "{requirement}");
        assert!(matches.candidates().is_empty());
        let near = matches.near_misses();
        assert_eq!(near.total(), 1, "{requirement}");
        assert_eq!(near.count(requirement), 1, "{requirement}");
    }

    // Training, against a post that requires the Kokoa standard.
    let job = plain_post(Profile::Caretaker)
        .required_training(TrainingRequirement::KokoaStandard)
        .build()
        .unwrap();
    let bank = bank_of(&[build(fit("w").training(Training::new(
        TrainingKind::Other,
        60,
        3,
    )))]);
    let near = *bank.match_job(&job, autumn(), 10).near_misses();
    assert_eq!(near.count(MatchRequirement::Training), 1);
    assert_eq!(near.total(), 1);
}

#[test]
fn training_requirements() {
    let with = |training: Option<Training>| {
        let builder = fit("w");
        build(match training {
            Some(t) => builder.training(t),
            None => builder.untrained(),
        })
    };
    let job = |training: Option<TrainingRequirement>| match training {
        Some(training) => plain_post(Profile::Caretaker)
            .required_training(training)
            .build()
            .unwrap(),
        None => plain_post(Profile::Caretaker).build().unwrap(),
    };
    let other = |hours| TrainingRequirement::Other {
        description: "peer-support training".into(),
        hours,
    };
    let t = |hours, months| Some(Training::new(TrainingKind::Other, hours, months));
    let kokoa = Some(TrainingRequirement::KokoaStandard);
    let cases = [
        (None, None, true),
        (None, t(1, 1), true),
        (kokoa.clone(), t(50, 4), true),
        (kokoa.clone(), t(49, 4), false),
        (kokoa.clone(), t(50, 3), false),
        (kokoa, None, false),
        (Some(other(Some(40))), t(40, 1), true),
        (Some(other(Some(40))), t(39, 9), false),
        (Some(other(None)), t(1, 1), true),
        (Some(other(None)), None, false),
    ];
    for (requirement, training, passes) in cases {
        let bank = bank_of(&[with(training)]);
        let matches = bank.match_job(&job(requirement.clone()), autumn(), 1);
        assert_eq!(
            matches.eligible() == 1,
            passes,
            "{requirement:?} with {training:?}"
        );
    }
    let bank = bank_of(&[with(t(45, 2))]);
    let matches = bank.match_job(&job(Some(other(Some(40)))), autumn(), 1);
    assert_eq!(
        matches.candidates()[0].reasons()[2],
        Reason::Training {
            met: TrainingMet::Hours {
                required: 40,
                hours: 45
            }
        }
    );
    assert_eq!(
        matches.candidates()[0].reasons()[2].to_string(),
        "45 hours of training (at least 40 required)"
    );
    let matches = bank.match_job(&job(Some(other(None))), autumn(), 1);
    assert_eq!(
        matches.candidates()[0].reasons()[2].to_string(),
        "trained (45 hours)"
    );
}

#[test]
fn background_rule_needs_every_background_required() {
    let job = |backgrounds: &[ExperienceBackground]| {
        plain_post(Profile::Caretaker)
            .required_backgrounds(backgrounds.iter().copied())
            .build()
            .unwrap()
    };
    let none = build(fit("none").experience_backgrounds([]));
    let one = build(fit("one").experience_backgrounds([MentalHealth]));
    let two = build(fit("two").experience_backgrounds([MentalHealth, CriminalBackground]));
    let bank = bank_of(&[none, one, two]);
    assert_eq!(ids(&bank, &job(&[]), autumn()), ["none", "one", "two"]);
    // `open_to_all` sets no background to have: a record that names none passes too.
    assert_eq!(
        ids(&bank, &job(&[OpenToAll]), autumn()),
        ["none", "one", "two"]
    );
    assert_eq!(
        bank.match_job(&job(&[OpenToAll]), autumn(), 1).candidates()[0].reasons()[1],
        Reason::ExperienceBackground { sought: false }
    );
    assert_eq!(ids(&bank, &job(&[MentalHealth]), autumn()), ["one", "two"]);
    assert_eq!(
        ids(&bank, &job(&[MentalHealth, CriminalBackground]), autumn()),
        ["two"]
    );
    let near = *bank
        .match_job(&job(&[MentalHealth, CriminalBackground]), autumn(), 0)
        .near_misses();
    assert_eq!(near.count(MatchRequirement::ExperienceBackground), 2);
}

#[test]
fn a_post_requires_every_language_it_requires() {
    let job = plain_post(Profile::Caretaker)
        .required_languages([Language::Finnish, Language::Swedish])
        .build()
        .unwrap();
    use Language::{English, Finnish, Swedish};
    let bank = bank_of(&[
        build(fit("fi").languages([Finnish])),
        build(fit("sv").languages([Swedish])),
        build(fit("fi-sv").languages([Swedish, Finnish])),
        build(fit("sv-en").languages([Swedish, English])),
        build(fit("all").languages([English, Swedish, Finnish])),
    ]);
    assert_eq!(ids(&bank, &job, autumn()), ["all", "fi-sv"]);
    let near = *bank.match_job(&job, autumn(), 0).near_misses();
    assert_eq!(near.count(MatchRequirement::Language), 3);
    assert_eq!(near.total(), 3);
    // A language of the post's text is no requirement: the pilot post is written in
    // Finnish, Swedish and English, requires Finnish only, and would like Swedish (so
    // those who work in it rank first).
    assert_eq!(caretaker_job().languages().len(), 3);
    assert_eq!(
        ids(&bank, &caretaker_job(), autumn()),
        ["all", "fi-sv", "fi"]
    );
}

#[test]
fn what_a_post_would_like_never_rules_a_worker_out() {
    // The pilot post would like homelessness and substance use, training to the Kokoa
    // standard and Swedish; a worker with none of them passes.
    let job = caretaker_job();
    let desired = &job.requirements().desired;
    assert_eq!(desired.experience_backgrounds, [Homelessness, Substances]);
    assert_eq!(desired.training, Some(TrainingRequirement::KokoaStandard));
    assert_eq!(desired.languages, [Language::Swedish]);
    let bank = bank_of(&[
        build(fit("bare").experience_backgrounds([]).untrained()),
        build(
            fit("other")
                .experience_backgrounds([CriminalBackground])
                .training(Training::new(TrainingKind::Other, 10, 1)),
        ),
    ]);
    let matches = bank.match_job(&job, autumn(), 10);
    assert_eq!(matches.eligible(), 2);
    assert_eq!(matches.near_misses().total(), 0);
    for candidate in matches.candidates() {
        assert_eq!(candidate.score().desired_met, 0);
        // Training and Swedish; the backgrounds it would like are not counted.
        assert_eq!(candidate.score().desired_total, 2);
    }
}

#[test]
fn fee_based_and_volunteer_posts_set_no_working_time() {
    // A worker who takes on the fee-based assignment's tasks and the volunteer role's,
    // and at most 1 % of full time.
    let worker = |id: &str, forms: &[FormOfWork]| {
        build(
            fit(id)
                .tasks(
                    Task::GivesTalks
                        | Task::TakesPartInDevelopment
                        | Task::SupportPersonWork
                        | Task::FacilitatesGroups
                        | Task::ListensToClients,
                )
                .experience_backgrounds([Homelessness, Substances])
                .forms_of_work(forms.iter().copied())
                .max_working_time_percent(1),
        )
    };
    let bank = bank_of(&[
        worker("fee", &[FormOfWork::FeeBased]),
        worker("volunteer", &[FormOfWork::Volunteer]),
        worker(
            "any",
            &[
                FormOfWork::Volunteer,
                FormOfWork::FeeBased,
                FormOfWork::Salaried,
            ],
        ),
    ]);
    for (job, expected) in [
        (fee_based_post(), ["any", "fee"]),
        (volunteer_post(), ["any", "volunteer"]),
    ] {
        let matches = bank.match_job(&job, autumn(), 10);
        let got: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
        assert_eq!(got, expected);
        let reason = &matches.candidates()[0].reasons()[4];
        assert_eq!(
            *reason,
            Reason::WorkingTime {
                post_percent: None,
                accepts_up_to_percent: 1
            }
        );
        assert_eq!(reason.to_string(), "no working time set");
        // The one who does not accept the form is a near miss on it alone.
        assert_eq!(matches.near_misses().count(MatchRequirement::FormOfWork), 1);
        assert_eq!(
            matches.near_misses().count(MatchRequirement::WorkingTime),
            0
        );
    }
    // A salaried post at 50 % asks for the working time.
    let salaried = vantaa_post(Profile::Caretaker);
    let bank = bank_of(&[build(fit("part").max_working_time_percent(1))]);
    let near = *bank.match_job(&salaried, autumn(), 0).near_misses();
    assert_eq!(near.count(MatchRequirement::WorkingTime), 1);
}

#[test]
fn service_area_by_code_or_name_and_read_from_overflow() {
    let job_in = |place: &str| {
        JobDescription::vantaa_pilot(Profile::Caretaker)
            .location(Location::new(municipality(place)))
            .build()
            .unwrap()
    };
    let bank = bank_of(&[
        build(fit("named").municipalities([municipality("Vanda")])),
        build(fit("third").municipalities([
            Municipality::ESPOO,
            Municipality::KERAVA,
            municipality("Järvenpää"),
            municipality("Tuusula"),
        ])),
        build(fit("everywhere").nationwide()),
    ]);
    for place in ["092", "Vantaa", "Vanda", "VANTAA"] {
        assert_eq!(
            ids(&bank, &job_in(place), autumn()),
            ["everywhere", "named"]
        );
    }
    assert_eq!(
        ids(&bank, &job_in("Träskända"), autumn()),
        ["everywhere", "third"]
    );
    assert_eq!(
        ids(&bank, &job_in("858"), autumn()),
        ["everywhere", "third"]
    );
    assert_eq!(ids(&bank, &job_in("Lahtis"), autumn()), ["everywhere"]);
    let matches = bank.match_job(&job_in("Lahti"), autumn(), 1);
    assert_eq!(
        matches.candidates()[0].reasons()[6].to_string(),
        "works nationwide, Lahti included"
    );
    // A post read from JSON names its municipality by code or name alike.
    for place in ["092", "Vanda"] {
        let mut json = util::pilot_json();
        json["location"]["municipality"] = place.into();
        let job: JobDescription = serde_json::from_value(json).unwrap();
        assert_eq!(job.location().municipality, Municipality::VANTAA);
        assert_eq!(ids(&bank, &job, autumn()), ["everywhere", "named"]);
    }
}

#[test]
fn availability_joins_adjoining_ranges_and_reads_overflow() {
    let bank = bank_of(&[
        // Two ranges that adjoin: together they cover the autumn.
        build(fit("adjoining").availability([
            range("2017-08-01", "2017-09-30"),
            range("2017-10-01", "2017-12-31"),
        ])),
        // A gap of one day in October.
        build(fit("gap").availability([
            range("2017-08-01", "2017-10-09"),
            range("2017-10-11", "2017-12-31"),
        ])),
        // The covering range is the third.
        build(fit("later").availability([
            range("2016-01-01", "2016-02-01"),
            range("2016-05-01", "2016-06-01"),
            DateRange::open_ended(date("2017-06-01")),
        ])),
        build(fit("never").availability([])),
    ]);
    assert_eq!(
        ids(&bank, &caretaker_job(), autumn()),
        ["adjoining", "later"]
    );
    let open = DateRange::open_ended(date("2017-09-01"));
    assert_eq!(ids(&bank, &caretaker_job(), open), ["later"]);
    let near = *bank.match_job(&caretaker_job(), autumn(), 0).near_misses();
    assert_eq!(near.count(MatchRequirement::Availability), 2);
}

#[test]
fn availability_outside_the_inline_window_is_exact() {
    // Inline ranges are 16-bit days from 2000-01-01 to 2179; other dates take the
    // exact path.
    let bank = bank_of(&[
        build(fit("since-1995").availability([DateRange::open_ended(date("1995-01-01"))])),
        build(fit("until-2190").availability([range("2017-01-01", "2190-12-31")])),
        build(fit("since-2017").availability([DateRange::open_ended(date("2017-01-01"))])),
        build(fit("in-1999").availability([range("1999-01-01", "1999-12-31")])),
        build(fit("three").availability([
            range("2017-01-01", "2017-01-31"),
            range("2017-08-15", "2017-12-15"),
            range("2018-03-01", "2018-03-31"),
        ])),
    ]);
    let job = caretaker_job();
    assert_eq!(
        ids(&bank, &job, range("1999-03-01", "1999-04-30")),
        ["in-1999", "since-1995"]
    );
    assert_eq!(
        ids(&bank, &job, autumn()),
        ["since-1995", "since-2017", "three", "until-2190"]
    );
    assert_eq!(
        ids(&bank, &job, range("2185-01-01", "2185-02-01")),
        ["since-1995", "since-2017", "until-2190"]
    );
    assert_eq!(
        ids(&bank, &job, DateRange::open_ended(date("2300-01-01"))),
        ["since-1995", "since-2017"]
    );
    assert_eq!(
        ids(&bank, &job, range("2017-01-10", "2017-01-20")),
        ["since-1995", "since-2017", "three", "until-2190"]
    );
    assert_eq!(
        ids(&bank, &job, range("2017-12-01", "2018-03-15")),
        ["since-1995", "since-2017", "until-2190"]
    );
}
