//! The peer-worker bank's ranking and what a match tells: optional tasks first, then
//! what the post would like, then closeness to its profile, then id; near misses; the
//! post's own tasks, which no record speaks of; the summary for people.

#[path = "util/bank.rs"]
mod bank;
mod util;

use peerwork::{
    Aim, Audience, ExperienceBackground, JobDescription, Language, MatchRequirement, OwnTask,
    PeerWorkerRecord, Profile, Task, TaskCategory, TaskSet, Training, TrainingKind,
    TrainingRequirement,
};

use bank::{autumn, bank_of, build, caretaker_job, fit, ids, plain_post};
use util::posts::{text, volunteer_builder, volunteer_post};

use ExperienceBackground::{CriminalBackground, Homelessness, MentalHealth, Substances};
use Language::{English, Finnish, Swedish};

#[test]
fn ranking_is_deterministic_whatever_the_order_of_insertion() {
    let records: Vec<PeerWorkerRecord> = (0..40)
        .map(|i| {
            let extra = [
                TaskSet::EMPTY,
                Task::EscortsClients.into(),
                Task::EscortsClients | Task::DirectsClients,
            ];
            build(
                fit(&format!("w{:02}", (i * 7) % 40))
                    .tasks(Profile::Caretaker.tasks() | extra[i % 3]),
            )
        })
        .collect();
    let job = caretaker_job();
    let forward = ids(&bank_of(&records), &job, autumn());
    let mut reversed = records.clone();
    reversed.reverse();
    assert_eq!(ids(&bank_of(&reversed), &job, autumn()), forward);

    // Best first: exactly the profile (closeness 1), then by id among equals.
    let expected: Vec<String> = {
        let mut scored: Vec<(usize, String)> = records
            .iter()
            .map(|r| (r.tasks().len(), r.id().to_owned()))
            .collect();
        scored.sort();
        scored.into_iter().map(|(_, id)| id).collect()
    };
    assert_eq!(forward, expected);

    // A limit takes a prefix of the full ranking.
    for limit in [0, 1, 5, 13, 14, 39, 40, 41] {
        let bank = bank_of(&records);
        let top: Vec<String> = bank
            .match_job(&job, autumn(), limit)
            .candidates()
            .iter()
            .map(|c| c.id().to_owned())
            .collect();
        assert_eq!(top, forward[..limit.min(40)], "limit {limit}");
    }
}

#[test]
fn optional_tasks_rank_before_closeness() {
    let job = JobDescription::vantaa_pilot(Profile::BridgeBuilder)
        .optional(Task::ProducesLearningMaterials | Task::TeachesProfessionals)
        .build()
        .unwrap();
    let bank = bank_of(&[
        build(fit("exact").tasks(Profile::BridgeBuilder.tasks())),
        build(fit("one-optional").tasks(
            Profile::BridgeBuilder.tasks() | Task::TeachesProfessionals | Task::EncouragesClients,
        )),
        build(fit("both-optional").tasks(
            Profile::BridgeBuilder.tasks()
                | Task::TeachesProfessionals
                | Task::ProducesLearningMaterials
                | Task::EncouragesClients
                | Task::BuildsCommunity,
        )),
    ]);
    let matches = bank.match_job(&job, autumn(), 3);
    let order: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
    assert_eq!(order, ["both-optional", "one-optional", "exact"]);
    let best = matches.candidates()[0].score();
    assert_eq!(best.optional_total, 2);
    assert_eq!(best.optional_coverage(), 1.0);
    assert_eq!(matches.candidates()[2].score().optional_coverage(), 0.0);
}

/// The Caretaker's post that requires nothing but Finnish and would like homelessness,
/// substance use, training to the Kokoa standard and Swedish: four wishes.
fn wishing() -> peerwork::JobDescriptionBuilder {
    plain_post(Profile::Caretaker)
        .desired_backgrounds([Homelessness, Substances])
        .desired_training(TrainingRequirement::KokoaStandard)
        .desired_languages([Swedish])
}

/// The ids of the candidates with the wishes each meets.
fn wishes_met(bank: &peerwork::Bank, job: &JobDescription) -> Vec<(String, u8, u8)> {
    bank.match_job(job, autumn(), usize::MAX)
        .candidates()
        .iter()
        .map(|c| {
            let score = c.score();
            (c.id().to_owned(), score.desired_met, score.desired_total)
        })
        .collect()
}

#[test]
fn what_a_post_would_like_ranks_candidates_and_ties_go_by_id() {
    let kokoa = Training::new(TrainingKind::Other, 50, 4);
    let short = Training::new(TrainingKind::Other, 49, 12);
    let records = [
        build(fit("w3b")),
        build(
            fit("w0-other")
                .experience_backgrounds([CriminalBackground, MentalHealth])
                .training(short),
        ),
        build(fit("w1").experience_backgrounds([]).training(kokoa)),
        build(fit("w4").languages([Finnish, Swedish])),
        build(fit("w0").experience_backgrounds([]).untrained()),
        build(
            fit("w2")
                .experience_backgrounds([Homelessness])
                .untrained()
                .languages([English, Swedish, Finnish]),
        ),
        build(fit("w3a")),
    ];
    let job = wishing().build().unwrap();
    // The wishes counted are the training and Swedish: the backgrounds the post would
    // like do not rank, so w2 (homelessness) ties with w1, w3a and w3b, by id.
    let expected = [
        ("w4", 2),
        ("w1", 1),
        ("w2", 1),
        ("w3a", 1),
        ("w3b", 1),
        ("w0", 0),
        ("w0-other", 0),
    ]
    .map(|(id, met)| (id.to_owned(), met, 2));
    assert_eq!(wishes_met(&bank_of(&records), &job), expected);
    let mut reversed = records.clone();
    reversed.reverse();
    assert_eq!(wishes_met(&bank_of(&reversed), &job), expected);
    // Wishes never rule out: everyone passes, no one is a near miss.
    let matches = bank_of(&records).match_job(&job, autumn(), 2);
    assert_eq!(matches.eligible(), 7);
    assert_eq!(matches.near_misses().total(), 0);
    let scores: Vec<f64> = matches
        .candidates()
        .iter()
        .map(|c| c.score().desired_coverage())
        .collect();
    assert_eq!(scores, [1.0, 0.5]);
    assert_eq!(
        matches.candidates()[1].to_string().lines().next(),
        Some("2. w1 — wishes met 1/2 — closeness 1.00 to The Caretaker")
    );
    // A post that would like nothing shows no wishes, and ranks by closeness and id.
    let plain = plain_post(Profile::Caretaker).build().unwrap();
    let matches = bank_of(&records).match_job(&plain, autumn(), 1);
    let best = &matches.candidates()[0];
    assert_eq!(
        (best.score().desired_met, best.score().desired_total),
        (0, 0)
    );
    assert_eq!(best.score().desired_coverage(), 0.0);
    assert_eq!(
        best.to_string().lines().next(),
        Some("1. w0 — closeness 1.00 to The Caretaker")
    );
}

#[test]
fn optional_tasks_rank_before_wishes_and_wishes_before_closeness() {
    let profile = Profile::Caretaker.tasks();
    // Both optional tasks and no wish, against all four wishes and no optional task.
    let job = wishing()
        .optional(Task::EscortsClients | Task::TeachesProfessionals)
        .build()
        .unwrap();
    let bank = bank_of(&[
        build(fit("a-wishes").languages([Finnish, Swedish])),
        build(
            fit("b-optional")
                .tasks(profile | Task::EscortsClients | Task::TeachesProfessionals)
                .experience_backgrounds([])
                .untrained(),
        ),
    ]);
    assert_eq!(ids(&bank, &job, autumn()), ["b-optional", "a-wishes"]);
    // All four wishes far from the profile, against no wish at closeness 1.
    let job = wishing().build().unwrap();
    let far = profile | Task::EscortsClients | Task::DirectsClients | Task::AdvisesClients;
    let bank = bank_of(&[
        build(fit("a-close").experience_backgrounds([]).untrained()),
        build(fit("b-far").tasks(far).languages([Finnish, Swedish])),
    ]);
    let matches = bank.match_job(&job, autumn(), 2);
    let order: Vec<&str> = matches.candidates().iter().map(|c| c.id()).collect();
    assert_eq!(order, ["b-far", "a-close"]);
    assert!(matches.candidates()[0].score().closeness() < 1.0);
    assert_eq!(matches.candidates()[1].score().closeness(), 1.0);
}

// ---------------------------------------------------------------------------------
// Near misses and the summary

#[test]
fn match_requirements_have_labels_in_three_languages_and_keep_their_ids() {
    use peerwork::Vocabulary;
    assert_eq!(MatchRequirement::values(), MatchRequirement::ALL);
    assert_eq!(MatchRequirement::COUNT, 8);
    for &language in Language::ALL {
        let labels: Vec<&str> = MatchRequirement::ALL
            .iter()
            .map(|r| r.label_in(language))
            .collect();
        for (&requirement, label) in MatchRequirement::ALL.iter().zip(&labels) {
            assert!(!label.trim().is_empty(), "{requirement:?} in {language}");
            assert_eq!(label.trim(), *label);
            assert_eq!(labels.iter().filter(|l| *l == label).count(), 1, "{label}");
            assert_eq!(
                MatchRequirement::from_label(language, label),
                Some(requirement)
            );
        }
    }
    let working_time = MatchRequirement::WorkingTime;
    assert_eq!(working_time.label(), "working time");
    assert_eq!(working_time.label_in(English), "working time");
    assert_eq!(working_time.label_in(Finnish), "työaika");
    assert_eq!(working_time.label_in(Swedish), "arbetstid");
    assert_eq!(
        MatchRequirement::Tasks.label_in(Finnish),
        "välttämättömät tehtävät"
    );
    assert_eq!(
        MatchRequirement::Availability.label_in(Finnish),
        "käytettävissäolo"
    );
    assert_eq!(
        MatchRequirement::ServiceArea.label_in(Swedish),
        "verksamhetsområde"
    );
    for &requirement in MatchRequirement::ALL {
        assert_eq!(requirement.label(), requirement.label_in(English));
        // The id is unchanged: serde, Display and FromStr.
        let id = serde_json::to_value(requirement).unwrap();
        assert_eq!(id.as_str(), Some(requirement.to_string().as_str()));
        assert_eq!(
            requirement.to_string().parse::<MatchRequirement>(),
            Ok(requirement)
        );
    }
    assert_eq!(working_time.to_string(), "working_time");
    assert_eq!(MatchRequirement::Tasks.to_string(), "tasks");
}

#[test]
fn near_misses_count_people_failing_exactly_one_requirement() {
    let bank = bank_of(&[
        build(fit("ok")),
        build(fit("t1").tasks(Profile::Caretaker.tasks() - Task::ProducesLearningMaterials)),
        build(fit("t2").tasks(
            Profile::Caretaker.tasks() - Task::ProducesLearningMaterials - Task::LocalHelpingHand,
        )),
        build(fit("p1").max_working_time_percent(40)),
        build(fit("p2").max_working_time_percent(20)),
        // Two failures: not a near miss.
        build(
            fit("two")
                .max_working_time_percent(20)
                .languages([Language::English]),
        ),
    ]);
    let matches = bank.match_job(&caretaker_job(), autumn(), 10);
    assert_eq!(matches.considered(), 6);
    assert_eq!(matches.eligible(), 1);
    let near = matches.near_misses();
    assert_eq!(near.total(), 4);
    assert_eq!(near.count(MatchRequirement::Tasks), 2);
    assert_eq!(near.count(MatchRequirement::WorkingTime), 2);
    assert_eq!(near.count(MatchRequirement::Language), 0);
    assert_eq!(near.missing_task(Task::ProducesLearningMaterials), 2);
    assert_eq!(near.missing_task(Task::LocalHelpingHand), 1);
    assert_eq!(
        near.missing_tasks(),
        [
            (Task::ProducesLearningMaterials, 2),
            (Task::LocalHelpingHand, 1)
        ]
    );
    assert_eq!(
        near.to_string(),
        "near misses: 4 — essential tasks 2, working time 2\n   tasks lacked by those who \
         miss only tasks:\n   - producing learning materials: 2\n   - being present as a local \
         helping hand: 1"
    );

    // The whole result, for people. The pilot post has no own tasks: no line for them.
    assert_eq!(matches.unmatched_own_tasks(), 0);
    assert_eq!(
        matches.to_string(),
        "2017-09-01 to 2017-11-30: 6 workers considered, 1 eligible, 1 shown\n\
         1. ok — wishes met 1/2 — closeness 1.00 to The Caretaker\n\
         \x20  - can take on all 8 essential tasks\n\
         \x20  - no particular experience background required\n\
         \x20  - no training required\n\
         \x20  - accepts salaried employment\n\
         \x20  - accepts up to 50 % working time (post: 50 %)\n\
         \x20  - works in fi\n\
         \x20  - serves Vantaa\n\
         \x20  - available 2017-09-01 to 2017-11-30\n\
         near misses: 4 — essential tasks 2, working time 2\n\
         \x20  tasks lacked by those who miss only tasks:\n\
         \x20  - producing learning materials: 2\n\
         \x20  - being present as a local helping hand: 1"
    );
    let json = serde_json::to_value(near).unwrap();
    assert_eq!(json["total"], 4);
    assert_eq!(json["by_requirement"]["working_time"], 2);
    assert_eq!(json["missing_tasks"]["local_helping_hand"], 1);
}

// ---------------------------------------------------------------------------------
// The post's own tasks

/// A task of a post's own, which is in no catalogue and so in no record.
fn own(id: &str) -> OwnTask {
    OwnTask::new(
        id,
        text("iltapäivän kahvit", "eftermiddagskaffe", "afternoon coffee"),
        (
            Audience::Peers,
            Aim::Support,
            TaskCategory::CommunityBuilding,
        ),
    )
}

#[test]
fn the_post_s_own_tasks_are_not_matched_and_are_counted() {
    // The volunteer role has one task of its own; a worker who takes on its catalogue
    // tasks passes, whatever the own task is.
    let worker = build(
        fit("kap-1")
            .tasks(Task::SupportPersonWork | Task::FacilitatesGroups | Task::ListensToClients)
            .forms_of_work([peerwork::FormOfWork::Volunteer])
            .max_working_time_percent(10),
    );
    let bank = bank_of(std::slice::from_ref(&worker));
    let one = volunteer_post();
    assert_eq!(one.tasks().own.len(), 1);
    let matches = bank.match_job(&one, autumn(), 10);
    assert_eq!(matches.eligible(), 1);
    assert_eq!(matches.unmatched_own_tasks(), 1);
    let text = matches.to_string();
    assert!(
        text.ends_with(
            "near misses: 0\nnot matched: the post's 1 own task (check it with the candidates)"
        ),
        "{text}"
    );
    assert_eq!(
        serde_json::to_value(&matches).unwrap()["unmatched_own_tasks"],
        1
    );

    // Two, one of them optional: both counted.
    let two = volunteer_builder()
        .own_task(own("tea_afternoons").optional())
        .build()
        .unwrap();
    let matches = bank.match_job(&two, autumn(), 10);
    assert_eq!(matches.unmatched_own_tasks(), 2);
    assert!(
        matches
            .to_string()
            .ends_with("\nnot matched: the post's 2 own tasks (check them with the candidates)"),
        "{matches}"
    );
    // Counted when no one passes too.
    let empty = peerwork::Bank::new();
    let matches = empty.match_job(&two, autumn(), 10);
    assert_eq!(matches.unmatched_own_tasks(), 2);
    assert_eq!(
        matches.to_string(),
        "2017-09-01 to 2017-11-30: 0 workers considered, 0 eligible, 0 shown\n\
         near misses: 0\n\
         not matched: the post's 2 own tasks (check them with the candidates)"
    );
}
