//! Peer worker vs peer supporter: the two questions of [T], per task and per set.

mod util;

use peerwork::{Aim, Audience, Profile, Role, RoleAssessment, RoleVerdict, Task, TaskSet};
use util::set;

#[test]
fn the_rule_table() {
    use Aim::*;
    use Audience::*;
    // (audience, aim, peer worker?, peer supporter?) — the table in `Role::applies_to`.
    let rows = [
        (Peers, Support, false, true),
        (Peers, Knowledge, true, false),
        (Professionals, Support, true, false),
        (Professionals, Knowledge, true, false),
        (PeersAndProfessionals, Support, true, true),
        (PeersAndProfessionals, Knowledge, true, false),
        (Public, Support, true, false),
        (Public, Knowledge, true, false),
    ];
    for (audience, aim, worker, supporter) in rows {
        assert_eq!(
            Role::PeerWorker.follows_from(audience, aim),
            worker,
            "{audience} {aim}"
        );
        assert_eq!(
            Role::PeerSupporter.follows_from(audience, aim),
            supporter,
            "{audience} {aim}"
        );
    }
}

#[test]
fn each_task_answers_the_two_questions() {
    for task in Task::ALL {
        for role in Role::ALL {
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
fn every_vantaa_profile_is_peer_work_with_peer_support_elements() {
    for profile in Profile::ALL {
        let tasks = profile.tasks();
        let assessment = RoleAssessment::of(tasks);
        // Peer work: every profile includes development work and support to employees.
        let worker = assessment.reasons(Role::PeerWorker);
        assert!(
            worker.contains(Task::TakesPartInDevelopment),
            "{}",
            profile.name()
        );
        assert!(
            worker.contains(Task::AssistsEmployees),
            "{}",
            profile.name()
        );
        // Peer support exactly where the profile has support-aimed tasks with clients.
        let support_with_clients: TaskSet = tasks
            .iter()
            .filter(|t| t.aim() == Aim::Support && t.audience().includes_peers())
            .collect();
        assert!(!support_with_clients.is_empty());
        assert_eq!(
            assessment.reasons(Role::PeerSupporter),
            support_with_clients
        );
        assert_eq!(
            assessment.verdict(),
            RoleVerdict::Both,
            "{}",
            profile.name()
        );
        assert_eq!(assessment.roles().collect::<Vec<_>>(), Role::ALL);
    }
}

#[test]
fn purely_peer_supportive_tasks_are_peer_support_only() {
    let support = set(&[
        "listens_to_clients",
        "encourages_clients",
        "befriends_lonely_people",
        "understands_and_shares_worries",
        "escorts_clients",
    ]);
    let assessment = RoleAssessment::of(support);
    assert_eq!(assessment.verdict(), RoleVerdict::PeerSupporter);
    assert_eq!(assessment.reasons(Role::PeerSupporter), support);
    assert!(assessment.reasons(Role::PeerWorker).is_empty());
    assert!(!assessment.has(Role::PeerWorker));
}

#[test]
fn purely_expert_tasks_are_peer_work_only() {
    let expert = set(&[
        "takes_part_in_development",
        "teaches_professionals",
        "assists_employees",
    ]);
    let assessment = RoleAssessment::of(expert);
    assert_eq!(assessment.verdict(), RoleVerdict::PeerWorker);
    assert_eq!(assessment.reasons(Role::PeerWorker), expert);
}

#[test]
fn empty_set_is_undetermined() {
    let assessment = RoleAssessment::of(TaskSet::EMPTY);
    assert_eq!(assessment.verdict(), RoleVerdict::Undetermined);
    assert_eq!(assessment.roles().count(), 0);
    assert_eq!(assessment.verdict().to_string(), "undetermined");
}

#[test]
fn a_task_with_peers_and_professionals_for_support_is_both() {
    let assessment = RoleAssessment::of(Task::BuildsCommunity.into());
    assert_eq!(assessment.verdict(), RoleVerdict::Both);
}
