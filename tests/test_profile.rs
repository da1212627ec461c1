//! The four Vantaa profiles, checked against a table written from DOMAIN.md section 2
//! (not generated from the crate).

mod util;

use peerwork::{COMMON_CORE, Profile, ServiceSetting, Task, TaskSet};
use util::set;

struct Expected {
    profile: Profile,
    name: &'static str,
    setting: ServiceSetting,
    unit: &'static str,
    /// Each duty's phrase and the task ids it covers, in the report's order.
    duties: [(&'static str, &'static [&'static str]); 4],
}

const EXPECTED: [Expected; 4] = [
    Expected {
        profile: Profile::Caretaker,
        name: "The Caretaker",
        setting: ServiceSetting::LowThresholdServices,
        unit: "Ohjaamo",
        duties: [
            (
                "meeting everybody who comes through the door",
                &["meets_everyone_at_the_door"],
            ),
            (
                "being present as a local helping hand",
                &["local_helping_hand"],
            ),
            (
                "introducing new points of view",
                &["introduces_new_viewpoints"],
            ),
            (
                "producing learning materials",
                &["produces_learning_materials"],
            ),
        ],
    },
    Expected {
        profile: Profile::HelpingEyes,
        name: "The Helping Eyes",
        setting: ServiceSetting::OutreachSocialServices,
        unit: "H-klinikka",
        duties: [
            ("listener", &["listens_to_clients"]),
            ("encourager", &["encourages_clients"]),
            (
                "cultural interpreter between employees and clients",
                &["cultural_interpreter"],
            ),
            (
                "an example of someone who has been there and survived, showing what is possible",
                &["survivor_example", "uses_own_experience"],
            ),
        ],
    },
    Expected {
        profile: Profile::Storyteller,
        name: "The Storyteller",
        setting: ServiceSetting::HousingSocialServices,
        unit: "Vantaa housing services",
        duties: [
            (
                "connecting with the client's story by sharing one's own",
                &["connects_with_client_story", "uses_own_experience"],
            ),
            ("befriending a lonely person", &["befriends_lonely_people"]),
            (
                "getting clients and employees to connect and form a cohesive group",
                &["builds_community"],
            ),
            (
                "a teacher who tells professionals of the client's emotional landscape, and shares one's survival story with the client",
                &[
                    "teaches_professionals",
                    "survivor_example",
                    "uses_own_experience",
                ],
            ),
        ],
    },
    Expected {
        profile: Profile::BridgeBuilder,
        name: "The Bridge Builder",
        setting: ServiceSetting::ThirdSectorInterface,
        unit: "Vantaan A-kilta",
        duties: [
            (
                "one who understands and shares worries",
                &["understands_and_shares_worries"],
            ),
            ("companion / escort", &["escorts_clients"]),
            (
                "listener, director and advisor",
                &["listens_to_clients", "directs_clients", "advises_clients"],
            ),
            (
                "source of information for municipal and third-sector workers, clients and employees",
                &["source_of_information"],
            ),
        ],
    },
];

#[test]
fn common_core_is_the_four_items_of_the_report() {
    assert_eq!(
        COMMON_CORE,
        set(&[
            "uses_own_experience",
            "listens_to_clients",
            "assists_employees",
            "takes_part_in_development",
        ])
    );
}

#[test]
fn every_duty_is_under_the_right_profile() {
    for expected in &EXPECTED {
        let profile = expected.profile;
        assert_eq!(profile.name(), expected.name);
        assert_eq!(profile.setting(), expected.setting);
        assert_eq!(profile.pilot_unit().name, expected.unit);
        assert_eq!(profile.common_core(), COMMON_CORE);
        let mut all = COMMON_CORE;
        for (i, (duty, (label, ids))) in profile.duties().iter().zip(expected.duties).enumerate() {
            assert_eq!(usize::from(duty.number), i + 1);
            assert_eq!(duty.label, label, "{} duty {}", expected.name, i + 1);
            assert_eq!(duty.tasks, set(ids), "{} duty {}", expected.name, i + 1);
            assert!(duty.citation.to_string().contains(expected.name));
            all |= set(ids);
        }
        assert_eq!(profile.tasks(), all, "{}", expected.name);
    }
}

#[test]
fn profiles_are_in_report_order_and_parse_by_id() {
    let ids: Vec<&str> = Profile::ALL.iter().map(|p| p.id()).collect();
    assert_eq!(
        ids,
        ["caretaker", "helping_eyes", "storyteller", "bridge_builder"]
    );
    for profile in Profile::ALL {
        assert_eq!(profile.id().parse::<Profile>().unwrap(), *profile);
        assert_eq!(
            serde_json::to_string(&profile).unwrap(),
            format!("\"{}\"", profile.id())
        );
    }
}

#[test]
fn task_sets_are_const() {
    const CARETAKER: TaskSet = Profile::Caretaker.tasks();
    const BRIDGE_DUTIES: TaskSet = Profile::BridgeBuilder.duty_tasks();
    // The common core and four duties of one task each.
    assert_eq!(CARETAKER.len(), 8);
    assert!(BRIDGE_DUTIES.contains(Task::EscortsClients));
}

// ---- overlaps (DOMAIN.md section 2: "Overlap is real and must be visible to set algebra")

#[test]
fn listening_is_shared_by_core_helping_eyes_and_bridge_builder() {
    let listening =
        COMMON_CORE & Profile::HelpingEyes.duty_tasks() & Profile::BridgeBuilder.duty_tasks();
    assert_eq!(listening, set(&["listens_to_clients"]));
}

#[test]
fn sharing_ones_story_is_shared_by_core_helping_eyes_and_storyteller() {
    let story = COMMON_CORE & Profile::HelpingEyes.duty_tasks() & Profile::Storyteller.duty_tasks();
    assert_eq!(story, set(&["uses_own_experience"]));
    // The survivor's story specifically: Helping Eyes duty 4 and Storyteller duty 4.
    let survivor = Profile::HelpingEyes.duties()[3].tasks & Profile::Storyteller.duties()[3].tasks;
    assert_eq!(survivor, set(&["uses_own_experience", "survivor_example"]));
}

#[test]
fn the_caretaker_teaches_young_people_and_the_storyteller_professionals() {
    // The Caretaker's materials are for vocational schools to teach other young people:
    // the two profiles share no duty task.
    let shared = Profile::Caretaker.duty_tasks() & Profile::Storyteller.duty_tasks();
    assert_eq!(shared, TaskSet::EMPTY);
    assert_eq!(
        Task::ProducesLearningMaterials.audience(),
        peerwork::Audience::Public
    );
    assert!(
        Profile::Storyteller
            .duty_tasks()
            .contains(Task::TeachesProfessionals)
    );
    assert!(
        !Profile::Caretaker
            .tasks()
            .contains(Task::TeachesProfessionals)
    );
}

#[test]
fn each_profile_carries_the_working_modes_the_report_describes() {
    use peerwork::WorkingMode::{
        DropInPresence, EverydayPresence, JoiningClientMeetings, OneToOneByAppointment, Outreach,
    };
    let expected = [
        (
            Profile::Caretaker,
            &[
                JoiningClientMeetings,
                DropInPresence,
                Outreach,
                OneToOneByAppointment,
            ][..],
        ),
        (
            Profile::HelpingEyes,
            &[JoiningClientMeetings, Outreach, OneToOneByAppointment],
        ),
        (
            Profile::Storyteller,
            &[
                JoiningClientMeetings,
                EverydayPresence,
                Outreach,
                OneToOneByAppointment,
            ],
        ),
        (
            Profile::BridgeBuilder,
            &[
                JoiningClientMeetings,
                DropInPresence,
                Outreach,
                OneToOneByAppointment,
            ],
        ),
    ];
    for (profile, modes) in expected {
        assert_eq!(profile.working_modes(), modes, "{}", profile.name());
        // Every post goes where the clients are [V].
        assert!(profile.working_modes().contains(&Outreach));
        assert!(
            !profile
                .working_modes()
                .contains(&peerwork::WorkingMode::Referral)
        );
    }
}

#[test]
fn the_pilot_outcome_is_the_reports_range_for_every_post() {
    for &profile in Profile::ALL {
        let outcome = profile.pilot_outcome();
        assert_eq!(outcome.client_cases, [2, 5]);
        assert_eq!(outcome.people_talked_to_or_trained, [30, 50]);
        assert_eq!(outcome.client_meetings, [30, 80]);
        assert!(outcome.self_reported);
    }
}

#[test]
fn compound_duty_is_decomposed() {
    let [_, _, listener_director_advisor, _] = Profile::BridgeBuilder.duties();
    assert_eq!(listener_director_advisor.tasks.len(), 3);
    assert!(
        listener_director_advisor
            .tasks
            .contains(Task::ListensToClients)
    );
}

// ---- resemblance

#[test]
fn a_profile_resembles_itself_fully() {
    for profile in Profile::ALL {
        let closest = Profile::closest(profile.tasks());
        assert_eq!(closest.profile, *profile);
        assert_eq!(closest.jaccard(), 1.0);
        assert!(closest.missing.is_empty() && closest.extra.is_empty());
    }
}

#[test]
fn custom_composition_is_explained() {
    let custom = Profile::Caretaker.tasks() | Task::EscortsClients;
    let ranking = Profile::rank(custom);
    let first = ranking[0];
    assert_eq!(first.profile, Profile::Caretaker);
    assert_eq!(first.shared, Profile::Caretaker.tasks());
    assert_eq!(first.extra, TaskSet::from(Task::EscortsClients));
    assert!(first.missing.is_empty());
    assert_eq!(first.jaccard(), 8.0 / 9.0);
    // The Bridge Builder shares the core and escorting: 5 of 9 + 9 - 5 = 13.
    let bridge = ranking
        .iter()
        .find(|r| r.profile == Profile::BridgeBuilder)
        .unwrap();
    assert_eq!(bridge.shared, COMMON_CORE | Task::EscortsClients);
    assert_eq!(bridge.union_len(), 13);
    // Ranked closest first.
    assert!(ranking.windows(2).all(|w| w[0].jaccard() >= w[1].jaccard()));
}

#[test]
fn empty_set_resembles_nothing() {
    let ranking = Profile::rank(TaskSet::EMPTY);
    for r in ranking {
        assert_eq!(r.jaccard(), 0.0);
    }
    // Ties keep the report's order.
    let order: Vec<Profile> = ranking.iter().map(|r| r.profile).collect();
    assert_eq!(order, Profile::ALL);
}
