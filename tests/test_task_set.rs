//! `TaskSet`: the algebra, its laws, text and JSON forms, and bad inputs.

mod util;

use peerwork::{Task, TaskSet, TaskSetError};
use proptest::prelude::*;
use util::{any_task_set, json_err, set};

#[test]
fn basic_operations() {
    let a = set(&["listens_to_clients", "escorts_clients", "advises_clients"]);
    let b = set(&["escorts_clients", "teaches_professionals"]);
    assert_eq!(
        a | b,
        set(&[
            "listens_to_clients",
            "escorts_clients",
            "advises_clients",
            "teaches_professionals"
        ])
    );
    assert_eq!(a & b, set(&["escorts_clients"]));
    assert_eq!(a - b, set(&["listens_to_clients", "advises_clients"]));
    assert_eq!(
        a ^ b,
        set(&[
            "listens_to_clients",
            "advises_clients",
            "teaches_professionals"
        ])
    );
    assert_eq!(a.union(b), a | b);
    assert_eq!(a.intersection(b), a & b);
    assert_eq!(a.difference(b), a - b);
    assert_eq!(a.symmetric_difference(b), a ^ b);
    assert_eq!((!a).len(), TaskSet::ALL.len() - 3);
    assert!((a & b).is_subset(a));
    assert!(a.is_superset(a & b));
    assert!(!a.is_disjoint(b));
    assert!((a - b).is_disjoint(b));
    assert!(a.contains(Task::EscortsClients));
    assert!(!a.contains(Task::TeachesProfessionals));
    assert_eq!(a.len(), 3);
    assert!(!a.is_empty());
    assert!(TaskSet::EMPTY.is_empty());
    assert_eq!(TaskSet::new(), TaskSet::default());
    assert_eq!(TaskSet::ALL.len(), Task::ALL.len());
}

#[test]
fn insert_remove_and_assign_operators() {
    let mut s = TaskSet::new();
    assert!(s.insert(Task::AdvisesClients));
    assert!(!s.insert(Task::AdvisesClients));
    assert_eq!(
        s.try_insert(Task::AdvisesClients),
        Err(TaskSetError::DuplicateTask(Task::AdvisesClients))
    );
    s |= Task::EscortsClients;
    s ^= Task::DirectsClients;
    assert_eq!(s.len(), 3);
    s -= Task::DirectsClients;
    s &= Task::AdvisesClients | Task::EscortsClients | Task::ListensToClients;
    assert_eq!(s, Task::AdvisesClients | Task::EscortsClients);
    assert!(s.remove(Task::AdvisesClients));
    assert!(!s.remove(Task::AdvisesClients));
    s.clear();
    assert!(s.is_empty());
}

#[test]
fn iteration_is_in_catalogue_order() {
    let s = Task::SourceOfInformation | Task::UsesOwnExperience | Task::EscortsClients;
    let order: Vec<Task> = s.iter().collect();
    assert_eq!(
        order,
        [
            Task::UsesOwnExperience,
            Task::EscortsClients,
            Task::SourceOfInformation
        ]
    );
    assert_eq!(s.iter().next_back(), Some(Task::SourceOfInformation));
    assert_eq!(s.iter().len(), 3);
    assert_eq!(s.first(), Some(Task::UsesOwnExperience));
    let all: Vec<Task> = TaskSet::ALL.into_iter().collect();
    assert_eq!(all, Task::ALL);
}

#[test]
fn from_iterator_and_extend() {
    let collected: TaskSet = [
        Task::EscortsClients,
        Task::EscortsClients,
        Task::DirectsClients,
    ]
    .into_iter()
    .collect();
    assert_eq!(collected.len(), 2);
    let mut s = TaskSet::EMPTY;
    s.extend([Task::AdvisesClients]);
    s.extend([collected]);
    assert_eq!(s.len(), 3);
    let union: TaskSet = [collected, Task::AdvisesClients.into()]
        .into_iter()
        .collect();
    assert_eq!(union, s);
    assert_eq!(
        TaskSet::from([
            Task::AdvisesClients,
            Task::DirectsClients,
            Task::EscortsClients
        ]),
        s
    );
}

#[test]
fn const_construction() {
    const A: TaskSet = TaskSet::from_tasks(&[Task::EscortsClients, Task::DirectsClients]);
    const B: TaskSet = A.union(TaskSet::from_tasks(&[Task::AdvisesClients]));
    const LEN: usize = B.len();
    const HAS: bool = B.contains(Task::AdvisesClients);
    const SUB: bool = A.is_subset(B);
    assert_eq!(LEN, 3);
    const { assert!(HAS && SUB) };
}

#[test]
fn display_debug_and_fromstr() {
    let s = Task::EscortsClients | Task::ListensToClients;
    assert_eq!(s.to_string(), "listens_to_clients, escorts_clients");
    assert_eq!(format!("{s:?}"), "{ListensToClients, EscortsClients}");
    assert_eq!(
        "listens_to_clients,escorts_clients"
            .parse::<TaskSet>()
            .unwrap(),
        s
    );
    assert_eq!(" ".parse::<TaskSet>().unwrap(), TaskSet::EMPTY);
    assert_eq!(TaskSet::EMPTY.to_string(), "");
}

// ---- bad inputs, each with its exact error

#[test]
fn bad_text_inputs() {
    let cases: &[(&str, TaskSetError)] = &[
        (
            "escorts_clients, juggling",
            TaskSetError::UnknownTask(Task::from_id("juggling").unwrap_err()),
        ),
        (
            "escorts_clients,escorts_clients",
            TaskSetError::DuplicateTask(Task::EscortsClients),
        ),
        (
            "escorts_clients,",
            TaskSetError::UnknownTask(Task::from_id("").unwrap_err()),
        ),
        (
            "Escorts_Clients",
            TaskSetError::UnknownTask(Task::from_id("Escorts_Clients").unwrap_err()),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(&input.parse::<TaskSet>().unwrap_err(), expected, "{input}");
    }
    assert_eq!(
        "juggling".parse::<TaskSet>().unwrap_err().to_string(),
        "unknown task id `juggling`"
    );
    assert_eq!(
        "advises_clients, advises_clients"
            .parse::<TaskSet>()
            .unwrap_err()
            .to_string(),
        "task id `advises_clients` is listed more than once"
    );
}

#[test]
fn bad_json_inputs() {
    let cases = [
        (
            r#"["juggling"]"#,
            "unknown task id `juggling` at line 1 column 11",
        ),
        (
            r#"["escorts_clients","escorts_clients"]"#,
            "task id `escorts_clients` is listed more than once at line 1 column 37",
        ),
        (
            r#"[1]"#,
            "invalid type: integer `1`, expected a task id at line 1 column 2",
        ),
        (
            r#""escorts_clients""#,
            "invalid type: string \"escorts_clients\", expected an array of distinct task ids at line 1 column 17",
        ),
        (
            r#"{"escorts_clients": true}"#,
            "invalid type: map, expected an array of distinct task ids at line 1 column 0",
        ),
        (
            r#"["escorts_clients""#,
            "EOF while parsing a list at line 1 column 18",
        ),
        (
            r#"null"#,
            "invalid type: null, expected an array of distinct task ids at line 1 column 4",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(json_err::<TaskSet>(json), message, "{json}");
    }
}

#[test]
fn json_round_trip_in_catalogue_order() {
    let s = Task::SourceOfInformation | Task::UsesOwnExperience;
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(json, r#"["uses_own_experience","source_of_information"]"#);
    assert_eq!(serde_json::from_str::<TaskSet>(&json).unwrap(), s);
    // Input order does not matter; output order is the catalogue's.
    let back: TaskSet =
        serde_json::from_str(r#"["source_of_information","uses_own_experience"]"#).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    assert_eq!(serde_json::to_string(&TaskSet::EMPTY).unwrap(), "[]");
}

#[cfg(feature = "schema")]
#[test]
fn json_schema_is_an_array_of_unique_task_ids() {
    let schema = serde_json::to_value(schemars::schema_for!(TaskSet)).unwrap();
    assert_eq!(schema["type"], "array");
    assert_eq!(schema["uniqueItems"], true);
    assert_eq!(schema["items"]["$ref"], "#/$defs/Task");
    assert!(schema["$defs"]["Task"].is_object());
}

// ---- laws

proptest! {
    #![proptest_config(ProptestConfig::with_cases(util::cases(10_000)))]

    #[test]
    fn union_and_intersection_commute(a in any_task_set(), b in any_task_set()) {
        prop_assert_eq!(a | b, b | a);
        prop_assert_eq!(a & b, b & a);
        prop_assert_eq!(a ^ b, b ^ a);
    }

    #[test]
    fn union_and_intersection_associate(a in any_task_set(), b in any_task_set(), c in any_task_set()) {
        prop_assert_eq!((a | b) | c, a | (b | c));
        prop_assert_eq!((a & b) & c, a & (b & c));
        prop_assert_eq!((a ^ b) ^ c, a ^ (b ^ c));
    }

    #[test]
    fn de_morgan_against_the_full_set(a in any_task_set(), b in any_task_set()) {
        prop_assert_eq!(TaskSet::ALL - (a | b), (TaskSet::ALL - a) & (TaskSet::ALL - b));
        prop_assert_eq!(TaskSet::ALL - (a & b), (TaskSet::ALL - a) | (TaskSet::ALL - b));
        prop_assert_eq!(!(a | b), !a & !b);
    }

    #[test]
    fn subset_iff_union_equals_the_larger(a in any_task_set(), b in any_task_set()) {
        prop_assert_eq!(a.is_subset(b), a | b == b);
        prop_assert_eq!(a.is_subset(b), b.is_superset(a));
        prop_assert_eq!(a.is_disjoint(b), (a & b).is_empty());
    }

    #[test]
    fn difference_and_symmetric_difference(a in any_task_set(), b in any_task_set()) {
        prop_assert_eq!(a ^ b, (a - b) | (b - a));
        prop_assert_eq!(a - b, a & !b);
        prop_assert_eq!((a | b).len() + (a & b).len(), a.len() + b.len());
    }

    #[test]
    fn agrees_with_a_btreeset_model(a in any_task_set(), b in any_task_set()) {
        use std::collections::BTreeSet;
        let ma: BTreeSet<Task> = a.iter().collect();
        let mb: BTreeSet<Task> = b.iter().collect();
        prop_assert_eq!((a | b).iter().collect::<Vec<_>>(), ma.union(&mb).copied().collect::<Vec<_>>());
        prop_assert_eq!((a & b).iter().collect::<Vec<_>>(), ma.intersection(&mb).copied().collect::<Vec<_>>());
        prop_assert_eq!(a.len(), ma.len());
    }

    #[test]
    fn json_and_text_round_trip(a in any_task_set()) {
        let json = serde_json::to_string(&a).unwrap();
        let back: TaskSet = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, a);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
        prop_assert_eq!(a.to_string().parse::<TaskSet>().unwrap(), a);
    }
}
