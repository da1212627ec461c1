//! Benchmarks of [`TaskSet`] against the naive model a service would write without it.
//!
//! # What is measured
//!
//! One criterion group per operation, each with two functions doing the same work on
//! the same inputs:
//!
//! - `task_set`: the crate's [`TaskSet`], a `Copy` bitset;
//! - `naive_hashset`: each set a `HashSet<String>` of task ids, as a service that kept
//!   job descriptions as lists of ids would. Union and intersection build a new set,
//!   cloning the ids; the role assessment looks each id up in a map of the catalogue's
//!   facts (built once, outside the timed loop), classifies it with the same rule
//!   ([`Role::follows_from`]) and collects the reasons into two new sets. Iteration
//!   yields the ids in catalogue order, as [`TaskSet::iter`] does: the naive model walks
//!   the catalogue's ids (a list built once, outside the timed loop) and keeps those the
//!   set contains — the cheapest of the ways tried to order a hash set (sorting the
//!   set's ids by their catalogue position costs more).
//!
//! The groups are:
//!
//! | group | work per iteration |
//! |---|---|
//! | `union` | the union of every ordered pair of the input sets |
//! | `intersection` | the intersection of every ordered pair |
//! | `is_subset` | the subset test of every ordered pair |
//! | `iteration` | iterating every input set in catalogue order, summing the lengths of the task ids |
//! | `role_assessment` | [`RoleAssessment::of`] of every input set |
//!
//! The `iteration` group has a third function, `naive_hashset_unordered`: the hash
//! set's own iteration, in hash order. It does *not* do the same work — its order is
//! arbitrary, so a service that lists, renders or serializes tasks would still have to
//! order them. It is there as a reference: it shows what merely walking a small hash
//! set costs.
//!
//! The inputs are the four profiles' task sets, the common core, the Caretaker plus
//! escorting, and a peer-support-only set: 7 sets, 49 ordered pairs. Inputs and
//! results pass through [`black_box`], so nothing is computed at compile time or
//! optimised away. Before timing, each group checks that both models give the same
//! results; `iteration` checks that they yield the same ids in the same order.
//!
//! # Reading the numbers
//!
//! Criterion's `time` is for one iteration, that is for *all* the pairs or sets of the
//! group; the `thrpt` line gives operations per second. The time of one operation is
//! `time` divided by the group's element count (49 for pairwise groups, 7 otherwise);
//! for `iteration`, the 7 sets hold 51 tasks together, so the time per task yielded is
//! `time` / 51. It includes the loop and the `black_box` round trips, so it overstates the cost of
//! the operation itself.
//!
//! # Goals
//!
//! - at most **2 ns** per set operation (union, intersection, subset test, role
//!   assessment) and per task yielded by iteration;
//! - **no allocation**: a `TaskSet` is a `Copy` bitset, and the `task_set` functions
//!   touch no heap (this follows from the types; the benchmark does not count
//!   allocations);
//! - at least **20×** faster than the naive model.
//!
//! Run with `cargo bench --bench task_set`. The measurement times are kept short so the
//! whole run takes a minute or two.

use std::collections::{HashMap, HashSet};
use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use peerwork::{
    Aim, Audience, CATALOGUE, COMMON_CORE, Profile, Role, RoleAssessment, Task, TaskSet,
};

/// The naive model of a task set: its task ids.
type NaiveSet = HashSet<String>;

/// The naive model's catalogue: each task id's audience and aim.
type NaiveFacts = HashMap<String, (Audience, Aim)>;

/// The naive model of a role assessment: the ids that put the set in each role.
#[derive(Debug, PartialEq, Eq)]
struct NaiveAssessment {
    peer_worker: NaiveSet,
    peer_supporter: NaiveSet,
}

/// The input sets, in both models.
struct Inputs {
    sets: Vec<TaskSet>,
    naive: Vec<NaiveSet>,
}

impl Inputs {
    fn new() -> Self {
        let mut sets: Vec<TaskSet> = Profile::ALL.iter().map(|p| p.tasks()).collect();
        sets.push(COMMON_CORE);
        sets.push(Profile::Caretaker.tasks() | Task::EscortsClients);
        sets.push(Task::ListensToClients | Task::BefriendsLonelyPeople | Task::EscortsClients);
        let naive = sets.iter().map(|&set| to_naive(set)).collect();
        Self { sets, naive }
    }

    /// Every ordered pair of the sets.
    fn pairs(&self) -> Vec<(TaskSet, TaskSet)> {
        ordered_pairs(&self.sets)
    }

    /// Every ordered pair of the naive sets, in the same order as [`Inputs::pairs`].
    fn naive_pairs(&self) -> Vec<(&NaiveSet, &NaiveSet)> {
        ordered_pairs(&self.naive.iter().collect::<Vec<_>>())
    }
}

fn ordered_pairs<T: Copy>(items: &[T]) -> Vec<(T, T)> {
    items
        .iter()
        .flat_map(|&a| items.iter().map(move |&b| (a, b)))
        .collect()
}

fn to_naive(set: TaskSet) -> NaiveSet {
    set.iter().map(|task| task.id().to_owned()).collect()
}

fn naive_facts() -> NaiveFacts {
    CATALOGUE
        .iter()
        .map(|info| (info.task.id().to_owned(), (info.audience, info.aim)))
        .collect()
}

fn naive_union(a: &NaiveSet, b: &NaiveSet) -> NaiveSet {
    a.union(b).cloned().collect()
}

fn naive_intersection(a: &NaiveSet, b: &NaiveSet) -> NaiveSet {
    a.intersection(b).cloned().collect()
}

fn naive_is_subset(a: &NaiveSet, b: &NaiveSet) -> bool {
    a.is_subset(b)
}

fn id_lengths(set: TaskSet) -> usize {
    set.iter().map(|task| task.id().len()).sum()
}

/// The naive model's ids in catalogue order: the catalogue's ids, kept when the set
/// contains them.
fn naive_ordered<'a>(
    set: &'a NaiveSet,
    catalogue_ids: &'a [String],
) -> impl Iterator<Item = &'a String> {
    catalogue_ids.iter().filter(|id| set.contains(*id))
}

fn naive_ordered_id_lengths(set: &NaiveSet, catalogue_ids: &[String]) -> usize {
    naive_ordered(set, catalogue_ids).map(String::len).sum()
}

/// The hash set's own iteration, in hash order (a reference, not the same work).
fn naive_unordered_id_lengths(set: &NaiveSet) -> usize {
    set.iter().map(String::len).sum()
}

fn naive_assess(set: &NaiveSet, facts: &NaiveFacts) -> NaiveAssessment {
    let mut assessment = NaiveAssessment {
        peer_worker: NaiveSet::new(),
        peer_supporter: NaiveSet::new(),
    };
    for id in set {
        let &(audience, aim) = facts.get(id).expect("every input id is in the catalogue");
        if Role::PeerWorker.follows_from(audience, aim) {
            assessment.peer_worker.insert(id.clone());
        }
        if Role::PeerSupporter.follows_from(audience, aim) {
            assessment.peer_supporter.insert(id.clone());
        }
    }
    assessment
}

fn elements(n: usize) -> Throughput {
    Throughput::Elements(n as u64)
}

/// A group timing `fast` and `naive` over every ordered pair of the inputs, after
/// checking with `agree` that they give the same results.
fn bench_pairwise<T, U>(
    c: &mut Criterion,
    name: &str,
    fast: impl Fn(TaskSet, TaskSet) -> T,
    naive: impl Fn(&NaiveSet, &NaiveSet) -> U,
    agree: impl Fn(&T, &U) -> bool,
) {
    let inputs = Inputs::new();
    let pairs = inputs.pairs();
    let naive_pairs = inputs.naive_pairs();
    for (&(a, b), &(x, y)) in pairs.iter().zip(&naive_pairs) {
        assert!(
            agree(&fast(a, b), &naive(x, y)),
            "{name}: the models disagree on {a:?}, {b:?}"
        );
    }

    let mut group = c.benchmark_group(name);
    group.throughput(elements(pairs.len()));
    group.bench_function("task_set", |bencher| {
        bencher.iter(|| {
            for &(a, b) in black_box(pairs.as_slice()) {
                black_box(fast(black_box(a), black_box(b)));
            }
        });
    });
    group.bench_function("naive_hashset", |bencher| {
        bencher.iter(|| {
            for &(a, b) in black_box(naive_pairs.as_slice()) {
                black_box(naive(black_box(a), black_box(b)));
            }
        });
    });
    group.finish();
}

/// A group timing `fast` and `naive` over every input set, after checking with `agree`
/// that they give the same results.
fn bench_each<T, U>(
    c: &mut Criterion,
    name: &str,
    fast: impl Fn(TaskSet) -> T,
    naive: impl Fn(&NaiveSet) -> U,
    agree: impl Fn(&T, &U) -> bool,
) {
    bench_each_with(c, name, fast, naive, agree, |_, _| {});
}

/// As [`bench_each`], then `more` adds functions to the group before it finishes.
fn bench_each_with<T, U>(
    c: &mut Criterion,
    name: &str,
    fast: impl Fn(TaskSet) -> T,
    naive: impl Fn(&NaiveSet) -> U,
    agree: impl Fn(&T, &U) -> bool,
    more: impl FnOnce(&mut BenchmarkGroup<'_, WallTime>, &Inputs),
) {
    let inputs = Inputs::new();
    for (&set, naive_set) in inputs.sets.iter().zip(&inputs.naive) {
        assert!(
            agree(&fast(set), &naive(naive_set)),
            "{name}: the models disagree on {set:?}"
        );
    }

    let mut group = c.benchmark_group(name);
    group.throughput(elements(inputs.sets.len()));
    group.bench_function("task_set", |bencher| {
        bencher.iter(|| {
            for &set in black_box(inputs.sets.as_slice()) {
                black_box(fast(black_box(set)));
            }
        });
    });
    group.bench_function("naive_hashset", |bencher| {
        bencher.iter(|| {
            for set in black_box(inputs.naive.as_slice()) {
                black_box(naive(black_box(set)));
            }
        });
    });
    more(&mut group, &inputs);
    group.finish();
}

fn same_set(fast: &TaskSet, naive: &NaiveSet) -> bool {
    to_naive(*fast) == *naive
}

fn union(c: &mut Criterion) {
    bench_pairwise(c, "union", TaskSet::union, naive_union, same_set);
}

fn intersection(c: &mut Criterion) {
    bench_pairwise(
        c,
        "intersection",
        TaskSet::intersection,
        naive_intersection,
        same_set,
    );
}

fn is_subset(c: &mut Criterion) {
    bench_pairwise(
        c,
        "is_subset",
        TaskSet::is_subset,
        naive_is_subset,
        bool::eq,
    );
}

fn iteration(c: &mut Criterion) {
    let catalogue_ids: Vec<String> = Task::iter().map(|task| task.id().to_owned()).collect();
    let inputs = Inputs::new();
    for (&set, naive_set) in inputs.sets.iter().zip(&inputs.naive) {
        let ordered: Vec<&str> = set.iter().map(Task::id).collect();
        let naive: Vec<&str> = naive_ordered(naive_set, &catalogue_ids)
            .map(String::as_str)
            .collect();
        assert_eq!(
            ordered, naive,
            "iteration: the models yield different sequences"
        );
    }
    bench_each_with(
        c,
        "iteration",
        id_lengths,
        |set| naive_ordered_id_lengths(set, &catalogue_ids),
        usize::eq,
        |group, inputs| {
            group.bench_function("naive_hashset_unordered", |bencher| {
                bencher.iter(|| {
                    for set in black_box(inputs.naive.as_slice()) {
                        black_box(naive_unordered_id_lengths(black_box(set)));
                    }
                });
            });
        },
    );
}

fn role_assessment(c: &mut Criterion) {
    let facts = naive_facts();
    bench_each(
        c,
        "role_assessment",
        RoleAssessment::of,
        |set| naive_assess(set, &facts),
        |fast, naive| {
            same_set(&fast.reasons(Role::PeerWorker), &naive.peer_worker)
                && same_set(&fast.reasons(Role::PeerSupporter), &naive.peer_supporter)
        },
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50);
    targets = union, intersection, is_subset, iteration, role_assessment
}
criterion_main!(benches);
