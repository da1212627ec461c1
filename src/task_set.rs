//! [`TaskSet`]: a composable set of tasks.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::{
    BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Not, Sub, SubAssign,
};
use core::str::FromStr;

use enumset::{
    EnumSet, enum_set, enum_set_complement, enum_set_difference, enum_set_intersection,
    enum_set_symmetric_difference, enum_set_union,
};

use crate::error::TaskSetError;
use crate::task::Task;

/// A set of [`Task`]s.
///
/// `TaskSet` is `Copy`, never allocates, and can be built in `const` context. It has
/// the whole set algebra as methods (most of them `const fn`) and as operators:
/// `|` union, `&` intersection, `-` difference, `^` symmetric difference and `!`
/// complement against the whole catalogue. Iteration is in catalogue order.
///
/// # Building sets
///
/// ```
/// use peerwork::{Task, TaskSet};
///
/// // In const context, from a slice:
/// const ESCORTING: TaskSet = TaskSet::from_tasks(&[Task::EscortsClients, Task::DirectsClients]);
///
/// // With operators: `Task | Task` is already a set.
/// let listening = Task::ListensToClients | Task::UnderstandsAndSharesWorries;
///
/// // From an iterator, or from ids.
/// let collected: TaskSet = [Task::EscortsClients].into_iter().collect();
/// let parsed: TaskSet = "escorts_clients, directs_clients".parse()?;
/// assert_eq!(parsed, ESCORTING);
/// assert!(collected.is_subset(ESCORTING));
/// assert!(listening.is_disjoint(ESCORTING));
/// # Ok::<(), peerwork::TaskSetError>(())
/// ```
///
/// # Working with profiles
///
/// ```
/// use peerwork::{Profile, Task, TaskSet};
///
/// // What the Helping Eyes and the Bridge Builder share beyond the common core:
/// let shared = Profile::HelpingEyes.duty_tasks() & Profile::BridgeBuilder.duty_tasks();
/// assert_eq!(shared, TaskSet::from(Task::ListensToClients));
///
/// // A custom composition: the Caretaker plus escorting.
/// let custom = Profile::Caretaker.tasks() | Task::EscortsClients;
/// assert_eq!(custom.len(), Profile::Caretaker.tasks().len() + 1);
/// ```
///
/// # JSON
///
/// A set is a JSON array of task ids in catalogue order. Reading one rejects an unknown
/// id and a repeated id, naming it:
///
/// ```
/// use peerwork::{Task, TaskSet};
///
/// let set = Task::EscortsClients | Task::ListensToClients;
/// let json = serde_json::to_string(&set)?;
/// assert_eq!(json, r#"["listens_to_clients","escorts_clients"]"#);
/// assert_eq!(serde_json::from_str::<TaskSet>(&json)?, set);
///
/// let err = serde_json::from_str::<TaskSet>(r#"["escorts_clients","escorts_clients"]"#)
///     .unwrap_err();
/// assert!(err.to_string().starts_with("task id `escorts_clients` is listed more than once"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TaskSet(EnumSet<Task>);

impl TaskSet {
    /// The empty set.
    pub const EMPTY: Self = Self(EnumSet::empty());

    /// Every task of the catalogue.
    pub const ALL: Self = Self(EnumSet::all());

    /// An empty set.
    #[must_use]
    #[inline]
    pub const fn new() -> Self {
        Self::EMPTY
    }

    /// A set of the given tasks; a task given twice is in the set once.
    #[must_use]
    #[inline]
    pub const fn from_tasks(tasks: &[Task]) -> Self {
        let mut set: EnumSet<Task> = EnumSet::empty();
        let mut rest = tasks;
        while let [task, tail @ ..] = rest {
            let task = *task;
            set = enum_set_union!(set, task);
            rest = tail;
        }
        Self(set)
    }

    /// A set of the given task ids, rejecting an unknown id and a repeated id.
    ///
    /// # Errors
    ///
    /// [`TaskSetError::UnknownTask`] for an id that is not in the catalogue, and
    /// [`TaskSetError::DuplicateTask`] for an id given twice; the first one met is
    /// reported.
    ///
    /// ```
    /// use peerwork::{Task, TaskSet, TaskSetError};
    ///
    /// let set = TaskSet::try_from_ids(["advises_clients", "directs_clients"])?;
    /// assert_eq!(set, Task::AdvisesClients | Task::DirectsClients);
    ///
    /// let err = TaskSet::try_from_ids(["advises_clients", "advises_clients"]).unwrap_err();
    /// assert_eq!(err, TaskSetError::DuplicateTask(Task::AdvisesClients));
    /// # Ok::<(), TaskSetError>(())
    /// ```
    #[inline]
    pub fn try_from_ids<'a, I>(ids: I) -> Result<Self, TaskSetError>
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut set = Self::EMPTY;
        for id in ids {
            set.try_insert(Task::from_id(id)?)?;
        }
        Ok(set)
    }

    /// Inserts a task that must not be in the set yet.
    ///
    /// # Errors
    ///
    /// [`TaskSetError::DuplicateTask`] when the task is already in the set; the set is
    /// unchanged.
    #[inline]
    pub fn try_insert(&mut self, task: Task) -> Result<(), TaskSetError> {
        if self.insert(task) {
            Ok(())
        } else {
            Err(TaskSetError::DuplicateTask(task))
        }
    }

    /// The number of tasks in the set.
    #[must_use]
    #[inline]
    pub const fn len(self) -> usize {
        self.0.as_repr().count_ones() as usize
    }

    /// Whether the set holds no task.
    #[must_use]
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.0.as_repr() == 0
    }

    /// Whether the set holds `task`.
    #[must_use]
    #[inline]
    pub const fn contains(self, task: Task) -> bool {
        let set = self.0;
        enum_set_intersection!(set, task).as_repr() != 0
    }

    /// Tasks in either set.
    #[must_use]
    #[inline]
    pub const fn union(self, other: Self) -> Self {
        let (a, b) = (self.0, other.0);
        Self(enum_set_union!(a, b))
    }

    /// Tasks in both sets.
    #[must_use]
    #[inline]
    pub const fn intersection(self, other: Self) -> Self {
        let (a, b) = (self.0, other.0);
        Self(enum_set_intersection!(a, b))
    }

    /// Tasks in `self` but not in `other`.
    #[must_use]
    #[inline]
    pub const fn difference(self, other: Self) -> Self {
        let (a, b) = (self.0, other.0);
        Self(enum_set_difference!(a, b))
    }

    /// Tasks in exactly one of the two sets.
    #[must_use]
    #[inline]
    pub const fn symmetric_difference(self, other: Self) -> Self {
        let (a, b) = (self.0, other.0);
        Self(enum_set_symmetric_difference!(a, b))
    }

    /// Every task of the catalogue that is not in the set.
    #[must_use]
    #[inline]
    pub const fn complement(self) -> Self {
        let a = self.0;
        Self(enum_set_complement!(a))
    }

    /// Whether every task of `self` is in `other`.
    #[must_use]
    #[inline]
    pub const fn is_subset(self, other: Self) -> bool {
        self.intersection(other).0.as_repr() == self.0.as_repr()
    }

    /// Whether every task of `other` is in `self`.
    #[must_use]
    #[inline]
    pub const fn is_superset(self, other: Self) -> bool {
        other.is_subset(self)
    }

    /// Whether the sets share no task.
    #[must_use]
    #[inline]
    pub const fn is_disjoint(self, other: Self) -> bool {
        self.intersection(other).is_empty()
    }

    /// Whether the sets hold the same tasks; the `const` form of `==`.
    #[must_use]
    #[inline]
    pub const fn const_eq(self, other: Self) -> bool {
        self.0.as_repr() == other.0.as_repr()
    }

    /// Adds `task`; returns whether it was not in the set before.
    #[inline]
    pub fn insert(&mut self, task: Task) -> bool {
        self.0.insert(task)
    }

    /// Removes `task`; returns whether it was in the set.
    #[inline]
    pub fn remove(&mut self, task: Task) -> bool {
        self.0.remove(task)
    }

    /// Removes every task.
    #[inline]
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Iterates over the tasks in catalogue order.
    #[must_use]
    #[inline]
    pub fn iter(self) -> Iter {
        Iter(self.0.iter())
    }

    /// The first task in catalogue order, if any.
    #[must_use]
    #[inline]
    pub fn first(self) -> Option<Task> {
        self.iter().next()
    }
}

impl From<Task> for TaskSet {
    #[inline]
    fn from(task: Task) -> Self {
        Self(enum_set!(task))
    }
}

impl<const N: usize> From<[Task; N]> for TaskSet {
    #[inline]
    fn from(tasks: [Task; N]) -> Self {
        Self::from_tasks(&tasks)
    }
}

impl FromIterator<Task> for TaskSet {
    #[inline]
    fn from_iter<I: IntoIterator<Item = Task>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl FromIterator<TaskSet> for TaskSet {
    #[inline]
    fn from_iter<I: IntoIterator<Item = TaskSet>>(iter: I) -> Self {
        iter.into_iter().fold(Self::EMPTY, Self::union)
    }
}

impl Extend<Task> for TaskSet {
    #[inline]
    fn extend<I: IntoIterator<Item = Task>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl Extend<TaskSet> for TaskSet {
    #[inline]
    fn extend<I: IntoIterator<Item = TaskSet>>(&mut self, iter: I) {
        for set in iter {
            *self |= set;
        }
    }
}

/// An iterator over a [`TaskSet`] in catalogue order.
#[derive(Debug, Clone)]
pub struct Iter(enumset::EnumSetIter<Task>);

impl Iterator for Iter {
    type Item = Task;

    #[inline]
    fn next(&mut self) -> Option<Task> {
        self.0.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Iter {
    #[inline]
    fn next_back(&mut self) -> Option<Task> {
        self.0.next_back()
    }
}

impl ExactSizeIterator for Iter {}
impl FusedIterator for Iter {}

impl IntoIterator for TaskSet {
    type Item = Task;
    type IntoIter = Iter;

    #[inline]
    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl IntoIterator for &TaskSet {
    type Item = Task;
    type IntoIter = Iter;

    #[inline]
    fn into_iter(self) -> Iter {
        self.iter()
    }
}

macro_rules! set_operator {
    ($Op:ident::$op:ident, $OpAssign:ident::$op_assign:ident, $method:ident) => {
        impl<R: Into<TaskSet>> $Op<R> for TaskSet {
            type Output = TaskSet;

            fn $op(self, rhs: R) -> TaskSet {
                self.$method(rhs.into())
            }
        }

        impl<R: Into<TaskSet>> $Op<R> for Task {
            type Output = TaskSet;

            fn $op(self, rhs: R) -> TaskSet {
                TaskSet::from(self).$method(rhs.into())
            }
        }

        impl<R: Into<TaskSet>> $OpAssign<R> for TaskSet {
            fn $op_assign(&mut self, rhs: R) {
                *self = self.$method(rhs.into());
            }
        }
    };
}

set_operator!(BitOr::bitor, BitOrAssign::bitor_assign, union);
set_operator!(BitAnd::bitand, BitAndAssign::bitand_assign, intersection);
set_operator!(Sub::sub, SubAssign::sub_assign, difference);
set_operator!(
    BitXor::bitxor,
    BitXorAssign::bitxor_assign,
    symmetric_difference
);

impl Not for TaskSet {
    type Output = TaskSet;

    #[inline]
    fn not(self) -> TaskSet {
        self.complement()
    }
}

impl Not for Task {
    type Output = TaskSet;

    #[inline]
    fn not(self) -> TaskSet {
        TaskSet::from(self).complement()
    }
}

impl fmt::Debug for TaskSet {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The task ids in catalogue order, separated by `", "`; the form [`FromStr`] reads.
impl fmt::Display for TaskSet {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, task) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(task.id())?;
        }
        Ok(())
    }
}

/// Reads task ids separated by commas (white space around them is ignored); an empty
/// or blank string is the empty set. Unknown and repeated ids are errors.
impl FromStr for TaskSet {
    type Err = TaskSetError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, TaskSetError> {
        if s.trim().is_empty() {
            return Ok(Self::EMPTY);
        }
        Self::try_from_ids(s.split(',').map(str::trim))
    }
}

mod serde_impl {
    use core::fmt;

    use serde::de::{self, SeqAccess, Visitor};
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::TaskSet;
    use crate::error::TaskSetError;
    use crate::task::Task;

    impl Serialize for TaskSet {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(self.len()))?;
            for task in self {
                seq.serialize_element(&task)?;
            }
            seq.end()
        }
    }

    /// A task read from an id, with our own error message (serde's derived one lists
    /// every variant, which drowns the offending id).
    struct TaskId(Task);

    impl<'de> Deserialize<'de> for TaskId {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct IdVisitor;

            impl Visitor<'_> for IdVisitor {
                type Value = TaskId;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a task id")
                }

                fn visit_str<E: de::Error>(self, id: &str) -> Result<TaskId, E> {
                    Task::from_id(id).map(TaskId).map_err(E::custom)
                }
            }

            deserializer.deserialize_str(IdVisitor)
        }
    }

    impl<'de> Deserialize<'de> for TaskSet {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct SetVisitor;

            impl<'de> Visitor<'de> for SetVisitor {
                type Value = TaskSet;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an array of distinct task ids")
                }

                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TaskSet, A::Error> {
                    let mut set = TaskSet::EMPTY;
                    while let Some(TaskId(task)) = seq.next_element()? {
                        if !set.insert(task) {
                            return Err(de::Error::custom(TaskSetError::DuplicateTask(task)));
                        }
                    }
                    Ok(set)
                }
            }

            deserializer.deserialize_seq(SetVisitor)
        }
    }
}

#[cfg(feature = "schema")]
mod schema_impl {
    use std::borrow::Cow;

    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

    use super::TaskSet;
    use crate::task::Task;

    impl JsonSchema for TaskSet {
        fn schema_name() -> Cow<'static, str> {
            "TaskSet".into()
        }

        fn schema_id() -> Cow<'static, str> {
            "peerwork::TaskSet".into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A set of tasks: task ids, each at most once, in catalogue order.",
                "type": "array",
                "items": generator.subschema_for::<Task>(),
                "uniqueItems": true,
                "maxItems": Task::COUNT,
            })
        }
    }
}
