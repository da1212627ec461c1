//! Set-algebra laws of `TaskSet` that `test_task_set.rs` does not state already
//! (it has commutativity, associativity, De Morgan, subset, differences, a BTreeSet
//! model and the JSON and text round trips): identities, complements, idempotence,
//! absorption, distributivity, insert and remove, and reading ids in any order and
//! spacing.
//!
//! Each property runs 10 000 cases in `cargo test`; set `PROPTEST_CASES` for a longer
//! run.

mod util;

use peerwork::{Task, TaskSet, TaskSetError};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use util::{any_task_set, cases};

/// Cases per property in CI: 10 000 in `cargo test`, a tenth in the second pass without
/// default features, which tests the same code.
const CI_CASES: u32 = if cfg!(feature = "schema") {
    10_000
} else {
    1_000
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CI_CASES)))]

    #[test]
    fn identities_and_complements(a in any_task_set()) {
        prop_assert_eq!(a | TaskSet::EMPTY, a);
        prop_assert_eq!(a & TaskSet::ALL, a);
        prop_assert_eq!(a & TaskSet::EMPTY, TaskSet::EMPTY);
        prop_assert_eq!(a | TaskSet::ALL, TaskSet::ALL);
        prop_assert_eq!(a | !a, TaskSet::ALL);
        prop_assert_eq!(a & !a, TaskSet::EMPTY);
        prop_assert_eq!(!!a, a);
        prop_assert_eq!(a.len() + (!a).len(), Task::ALL.len());
        prop_assert_eq!(a ^ a, TaskSet::EMPTY);
        prop_assert_eq!(a ^ TaskSet::ALL, !a);
        prop_assert_eq!(a - a, TaskSet::EMPTY);
    }

    #[test]
    fn idempotence_absorption_and_distributivity(
        a in any_task_set(),
        b in any_task_set(),
        c in any_task_set(),
    ) {
        prop_assert_eq!(a | a, a);
        prop_assert_eq!(a & a, a);
        prop_assert_eq!(a | (a & b), a);
        prop_assert_eq!(a & (a | b), a);
        prop_assert_eq!(a & (b | c), (a & b) | (a & c));
        prop_assert_eq!(a | (b & c), (a | b) & (a | c));
        prop_assert_eq!(a & (b ^ c), (a & b) ^ (a & c));
        prop_assert_eq!(a - (b | c), (a - b) & (a - c));
    }

    #[test]
    fn assigning_operators_agree_with_the_plain_ones(a in any_task_set(), b in any_task_set()) {
        let mut x = a;
        x |= b;
        prop_assert_eq!(x, a | b);
        let mut x = a;
        x &= b;
        prop_assert_eq!(x, a & b);
        let mut x = a;
        x -= b;
        prop_assert_eq!(x, a - b);
        let mut x = a;
        x ^= b;
        prop_assert_eq!(x, a ^ b);
        prop_assert_eq!(a.union(b), a | b);
        prop_assert_eq!(a.intersection(b), a & b);
        prop_assert_eq!(a.difference(b), a - b);
        prop_assert_eq!(a.symmetric_difference(b), a ^ b);
        prop_assert_eq!(a.complement(), !a);
        prop_assert_eq!(a.const_eq(b), a == b);
    }

    #[test]
    fn insert_and_remove_report_membership(a in any_task_set(), task in select(Task::ALL.to_vec())) {
        let mut x = a;
        prop_assert_eq!(x.insert(task), !a.contains(task));
        prop_assert_eq!(x, a | task);
        prop_assert!(x.remove(task));
        prop_assert_eq!(x, a - task);
        prop_assert!(!x.remove(task));
        let mut y = a;
        prop_assert_eq!(y.try_insert(task).is_ok(), !a.contains(task));
        prop_assert_eq!(y, a | task);
    }

    /// Ids in any order and with any spacing read to the same set; a repeated id is
    /// refused, naming it.
    #[test]
    fn ids_read_in_any_order_and_spacing(
        ids in subsequence(Task::ALL.to_vec(), 1..=Task::ALL.len()).prop_shuffle(),
        spaces in proptest::collection::vec(select(vec!["", " ", "  ", "\t", "\n", " \u{a0}"]), 2 * Task::COUNT),
        repeat in any::<proptest::sample::Index>(),
    ) {
        let expected: TaskSet = ids.iter().copied().collect();
        let text = ids
            .iter()
            .enumerate()
            .map(|(i, task)| format!("{}{}{}", spaces[i], task.id(), spaces[i + Task::COUNT]))
            .collect::<Vec<_>>()
            .join(",");
        prop_assert_eq!(text.parse::<TaskSet>(), Ok(expected));
        prop_assert_eq!(TaskSet::try_from_ids(ids.iter().map(|t| t.id())), Ok(expected));
        prop_assert_eq!(TaskSet::from_tasks(&ids), expected);
        prop_assert!(expected.iter().zip(expected.iter().skip(1)).all(|(x, y)| x < y));

        let repeated = *repeat.get(&ids);
        let mut with_repeat: Vec<&str> = ids.iter().map(|t| t.id()).collect();
        with_repeat.push(repeated.id());
        prop_assert_eq!(
            TaskSet::try_from_ids(with_repeat.iter().copied()),
            Err(TaskSetError::DuplicateTask(repeated))
        );
        prop_assert_eq!(
            with_repeat.join(",").parse::<TaskSet>(),
            Err(TaskSetError::DuplicateTask(repeated))
        );
    }
}
