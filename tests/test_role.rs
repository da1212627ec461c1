//! Peer worker vs peer supporter: the role table of [T]'s two questions, per cell, per
//! task and per set.

mod util;

use peerwork::{
    Aim, Audience, OwnTask, Profile, ROLE_TABLE, Role, RoleAssessment, RoleRule, RoleVerdict,
    Source, Task, TaskCategory, TaskSet,
};
use util::set;

#[test]
fn the_role_table_has_eight_cells_each_with_a_verdict_and_its_reasoning() {
    use Aim::{Knowledge, Support};
    use Audience::{Peers, PeersAndProfessionals, Professionals, Public};
    use RoleVerdict::{Both, PeerSupporter, PeerWorker};
    // (audience, aim, verdict, the source the cell follows)
    let rows = [
        (Peers, Support, PeerSupporter, Source::WorkPairGuide),
        (Peers, Knowledge, PeerSupporter, Source::WorkPairGuide),
        (Professionals, Support, PeerWorker, Source::Vantaa2018),
        (Professionals, Knowledge, PeerWorker, Source::WorkPairGuide),
        (
            PeersAndProfessionals,
            Support,
            PeerSupporter,
            Source::WorkPairGuide,
        ),
        (
            PeersAndProfessionals,
            Knowledge,
            Both,
            Source::WorkPairGuide,
        ),
        (Public, Support, PeerWorker, Source::Vantaa2018),
        (Public, Knowledge, PeerWorker, Source::WorkPairGuide),
    ];
    assert_eq!(ROLE_TABLE.len(), rows.len());
    for (audience, aim, verdict, follows) in rows {
        let cell = RoleRule::cell(audience, aim);
        assert_eq!((cell.audience, cell.aim), (audience, aim));
        assert_eq!(cell.verdict, verdict, "{audience} {aim}");
        assert_eq!(cell.follows, follows, "{audience} {aim}");
        assert!(
            cell.reasoning.len() > 40,
            "{audience} {aim} needs its reasoning"
        );
        let worker = matches!(verdict, PeerWorker | Both);
        let supporter = matches!(verdict, PeerSupporter | Both);
        assert_eq!(Role::PeerWorker.follows_from(audience, aim), worker);
        assert_eq!(Role::PeerSupporter.follows_from(audience, aim), supporter);
    }
    // Where the sources pull apart, the reasoning says which one the cell follows.
    let knowledge_to_clients = RoleRule::cell(Peers, Knowledge);
    assert!(knowledge_to_clients.reasoning.contains("[V]"));
    assert!(knowledge_to_clients.reasoning.contains("follows [T]"));
}

#[test]
fn each_task_answers_the_two_questions() {
    for &task in Task::ALL {
        for &role in Role::ALL {
            assert_eq!(
                role.applies_to(task),
                role.follows_from(task.audience(), task.aim())
            );
            assert_eq!(role.tasks().contains(task), role.applies_to(task));
        }
        assert!(
            Role::ALL.iter().any(|r| r.applies_to(task)),
            "{task} has no role"
        );
    }
}

#[test]
fn the_tasks_the_review_doubted_have_the_facts_of_the_sources() {
    // Knowledge given to clients is peer support with clients [T]: the Bridge Builder's
    // director and advisor are the same role.
    for task in [
        Task::DirectsClients,
        Task::AdvisesClients,
        Task::HousingCoaching,
    ] {
        assert_eq!(task.audience(), Audience::Peers, "{task}");
        assert!(Role::PeerSupporter.applies_to(task), "{task}");
        assert!(!Role::PeerWorker.applies_to(task), "{task}");
    }
    // Using one's own experience toward clients supports them, toward staff informs
    // them: both.
    let own = RoleAssessment::of(Task::UsesOwnExperience.into());
    assert_eq!(own.verdict(), RoleVerdict::Both);
    // Coffee, tissues and forms for clients are help, not expert work.
    assert_eq!(Task::LocalHelpingHand.audience(), Audience::Peers);
    assert_eq!(
        RoleAssessment::of(Task::LocalHelpingHand.into()).verdict(),
        RoleVerdict::PeerSupporter
    );
    // Teaching other young people through schools is for the public, not professionals.
    assert_eq!(Task::ProducesLearningMaterials.audience(), Audience::Public);
}

#[test]
fn every_vantaa_profile_is_both_and_says_which_tasks_make_it_so() {
    // (profile, the tasks that make it peer work, the tasks that make it peer support)
    let expected: [(Profile, &[&str], &[&str]); 4] = [
        (
            Profile::Caretaker,
            &[
                "uses_own_experience",
                "assists_employees",
                "takes_part_in_development",
                "introduces_new_viewpoints",
                "produces_learning_materials",
            ],
            &[
                "uses_own_experience",
                "listens_to_clients",
                "meets_everyone_at_the_door",
                "local_helping_hand",
            ],
        ),
        (
            Profile::HelpingEyes,
            &[
                "uses_own_experience",
                "assists_employees",
                "takes_part_in_development",
                "cultural_interpreter",
            ],
            &[
                "uses_own_experience",
                "listens_to_clients",
                "encourages_clients",
                "cultural_interpreter",
                "survivor_example",
            ],
        ),
        (
            Profile::Storyteller,
            &[
                "uses_own_experience",
                "assists_employees",
                "takes_part_in_development",
                "teaches_professionals",
            ],
            &[
                "uses_own_experience",
                "listens_to_clients",
                "survivor_example",
                "connects_with_client_story",
                "befriends_lonely_people",
                "builds_community",
            ],
        ),
        (
            Profile::BridgeBuilder,
            &[
                "uses_own_experience",
                "assists_employees",
                "takes_part_in_development",
                "source_of_information",
            ],
            &[
                "uses_own_experience",
                "listens_to_clients",
                "understands_and_shares_worries",
                "escorts_clients",
                "directs_clients",
                "advises_clients",
                "source_of_information",
            ],
        ),
    ];
    for (profile, worker, supporter) in expected {
        let assessment = RoleAssessment::of(profile.tasks());
        assert_eq!(
            assessment.verdict(),
            RoleVerdict::Both,
            "{}",
            profile.name()
        );
        assert_eq!(
            assessment.reasons(Role::PeerWorker),
            set(worker),
            "{}",
            profile.name()
        );
        assert_eq!(
            assessment.reasons(Role::PeerSupporter),
            set(supporter),
            "{}",
            profile.name()
        );
        assert_eq!(assessment.roles().collect::<Vec<_>>(), Role::ALL);
    }
}

#[test]
fn a_volunteer_support_person_who_leads_a_peer_group_is_a_peer_supporter() {
    let role = set(&[
        "support_person_work",
        "facilitates_groups",
        "listens_to_clients",
    ]);
    let assessment = RoleAssessment::of(role);
    assert_eq!(assessment.verdict(), RoleVerdict::PeerSupporter);
    assert_eq!(assessment.reasons(Role::PeerSupporter), role);
    assert!(!assessment.has(Role::PeerWorker));
}

#[test]
fn a_lecturer_on_a_panel_is_a_peer_worker() {
    let role = set(&[
        "gives_talks",
        "teaches_professionals",
        "informs_authorities",
    ]);
    let assessment = RoleAssessment::of(role);
    assert_eq!(assessment.verdict(), RoleVerdict::PeerWorker);
    assert_eq!(assessment.reasons(Role::PeerWorker), role);
    assert!(!assessment.has(Role::PeerSupporter));
}

#[test]
fn a_posts_own_tasks_count_in_the_assessment() {
    let mut tasks = peerwork::JobTasks::default();
    tasks.own.push(OwnTask::new(
        "weekly_check_ins",
        "weekly check-ins with residents",
        (Audience::Peers, Aim::Support, TaskCategory::ClientWork),
    ));
    let assessment = tasks.role_assessment();
    assert_eq!(assessment.verdict(), RoleVerdict::PeerSupporter);
    assert!(assessment.reasons(Role::PeerSupporter).is_empty());
    assert_eq!(
        assessment
            .own_reasons(Role::PeerSupporter)
            .collect::<Vec<_>>(),
        [0]
    );
    tasks.own.push(OwnTask::new(
        "service_audit",
        "audits the housing service",
        (
            Audience::Professionals,
            Aim::Knowledge,
            TaskCategory::Development,
        ),
    ));
    let assessment = tasks.role_assessment();
    assert_eq!(assessment.verdict(), RoleVerdict::Both);
    assert_eq!(
        assessment.own_reasons(Role::PeerWorker).collect::<Vec<_>>(),
        [1]
    );
}

#[test]
fn empty_set_is_undetermined() {
    let assessment = RoleAssessment::of(TaskSet::EMPTY);
    assert_eq!(assessment.verdict(), RoleVerdict::Undetermined);
    assert_eq!(assessment.roles().count(), 0);
    assert_eq!(assessment.verdict().to_string(), "undetermined");
}
