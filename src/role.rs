//! Peer worker or peer supporter: the two questions of the work-pair guide, applied to a
//! task set.

use serde::Serialize;

use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::task::{Aim, Audience, CATALOGUE, Task, TaskInfo};
use crate::task_set::TaskSet;

model_enum! {
/// The two roles a person with lived experience can hold in services.
///
/// | | peer worker | peer supporter |
/// |---|---|---|
/// | Finnish | *kokemusasiantuntija* | *vertaistukija* |
/// | acts in relation to | services and professionals, alongside professionals \[V\] | people who share the experience, among peers \[V\] |
/// | aim | knowledge and understanding \[T\] | support \[T\] |
///
/// The same person can hold both roles, and in the work-pair model typically does
/// (\[T\]). Neither is more valuable than the other (\[T\]).
pub enum Role {
    /// A peer worker, expert by experience (*kokemusasiantuntija*): works in services,
    /// alongside professionals, to increase knowledge and understanding.
    PeerWorker,
    /// A peer supporter (*vertaistukija*): acts among people who share the experience,
    /// to give support.
    PeerSupporter,
}
}

impl Role {
    /// Both roles, peer worker first.
    pub const ALL: [Role; 2] = [Role::PeerWorker, Role::PeerSupporter];

    /// A short English label. For Finnish and Swedish, see [`Vocabulary::label_in`].
    #[must_use]
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// Whether a task, by its two answers, puts a job in this role.
    ///
    /// The rule, applied to the task's [`Audience`] (question 1: *in relation to whom*)
    /// and [`Aim`] (question 2: *to what end*):
    ///
    /// | audience \ aim | support | knowledge |
    /// |---|---|---|
    /// | peers | peer supporter | peer worker |
    /// | professionals | peer worker | peer worker |
    /// | peers and professionals | both | peer worker |
    /// | public | peer worker | peer worker |
    ///
    /// A task is *peer support* when it supports people who share the experience. It is
    /// *peer work* when it is done towards the services (professionals, employees, the
    /// public), or when it aims at knowledge and understanding, which is what the guide
    /// names as the expert's aim. A task done with peers and professionals at once for
    /// support does both.
    #[must_use]
    #[inline]
    pub const fn applies_to(self, task: Task) -> bool {
        self.follows_from(task.audience(), task.aim())
    }

    /// Whether the two answers, *in relation to whom* and *to what end*, put a task in
    /// this role. The rule is the table of [`Role::applies_to`].
    ///
    /// ```
    /// use peerwork::{Aim, Audience, Role};
    ///
    /// assert!(Role::PeerSupporter.follows_from(Audience::Peers, Aim::Support));
    /// assert!(!Role::PeerWorker.follows_from(Audience::Peers, Aim::Support));
    /// assert!(Role::PeerWorker.follows_from(Audience::Professionals, Aim::Knowledge));
    /// ```
    #[must_use]
    #[inline]
    pub const fn follows_from(self, audience: Audience, aim: Aim) -> bool {
        match self {
            Self::PeerSupporter => audience.includes_peers() && matches!(aim, Aim::Support),
            Self::PeerWorker => audience.includes_non_peers() || matches!(aim, Aim::Knowledge),
        }
    }

    /// Every task of the catalogue that puts a job in this role.
    #[must_use]
    #[inline]
    pub const fn tasks(self) -> TaskSet {
        match self {
            Self::PeerWorker => PEER_WORKER_TASKS,
            Self::PeerSupporter => PEER_SUPPORTER_TASKS,
        }
    }
}

const fn tasks_in_role(role: Role) -> TaskSet {
    let mut set = TaskSet::EMPTY;
    let mut rest: &[TaskInfo] = &CATALOGUE;
    while let [info, tail @ ..] = rest {
        if role.follows_from(info.audience, info.aim) {
            set = set.union(TaskSet::from_tasks(&[info.task]));
        }
        rest = tail;
    }
    set
}

// Computed once, at compile time, from the catalogue's facts.
const PEER_WORKER_TASKS: TaskSet = tasks_in_role(Role::PeerWorker);
const PEER_SUPPORTER_TASKS: TaskSet = tasks_in_role(Role::PeerSupporter);

// Every task answers the two questions, so every task puts a job in at least one role.
const _: () = assert!(
    PEER_WORKER_TASKS
        .union(PEER_SUPPORTER_TASKS)
        .const_eq(TaskSet::ALL)
);

model_enum! {
/// Which role(s) a task set embodies.
pub enum RoleVerdict {
    /// The set holds no task, so there is nothing to assess.
    Undetermined,
    /// Peer work only.
    PeerWorker,
    /// Peer support only.
    PeerSupporter,
    /// Both: peer-supportive work with clients and expert work towards the services, the
    /// pattern of the work-pair model \[T\].
    Both,
}
}

/// The role assessment of a task set: which role(s) it embodies and the tasks that put
/// it in each.
///
/// ```
/// use peerwork::{Profile, Role, RoleAssessment, RoleVerdict, Task, TaskSet};
///
/// let caretaker = RoleAssessment::of(Profile::Caretaker.tasks());
/// assert_eq!(caretaker.verdict(), RoleVerdict::Both);
/// assert!(caretaker.reasons(Role::PeerWorker).contains(Task::TakesPartInDevelopment));
/// assert!(caretaker.reasons(Role::PeerSupporter).contains(Task::ListensToClients));
///
/// let support = RoleAssessment::of(Task::ListensToClients | Task::BefriendsLonelyPeople);
/// assert_eq!(support.verdict(), RoleVerdict::PeerSupporter);
///
/// assert_eq!(RoleAssessment::of(TaskSet::EMPTY).verdict(), RoleVerdict::Undetermined);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RoleAssessment {
    /// The tasks that make the set peer work.
    peer_worker: TaskSet,
    /// The tasks that make the set peer support.
    peer_supporter: TaskSet,
}

impl RoleAssessment {
    /// Assesses a task set. Allocation-free: two set intersections.
    #[must_use]
    #[inline]
    pub const fn of(tasks: TaskSet) -> Self {
        Self {
            peer_worker: tasks.intersection(PEER_WORKER_TASKS),
            peer_supporter: tasks.intersection(PEER_SUPPORTER_TASKS),
        }
    }

    /// Which role(s) the set embodies.
    #[must_use]
    #[inline]
    pub const fn verdict(&self) -> RoleVerdict {
        match (self.peer_worker.is_empty(), self.peer_supporter.is_empty()) {
            (true, true) => RoleVerdict::Undetermined,
            (false, true) => RoleVerdict::PeerWorker,
            (true, false) => RoleVerdict::PeerSupporter,
            (false, false) => RoleVerdict::Both,
        }
    }

    /// Whether the set embodies `role`.
    #[must_use]
    #[inline]
    pub const fn has(&self, role: Role) -> bool {
        !self.reasons(role).is_empty()
    }

    /// The tasks of the set that put it in `role`.
    #[must_use]
    #[inline]
    pub const fn reasons(&self, role: Role) -> TaskSet {
        match role {
            Role::PeerWorker => self.peer_worker,
            Role::PeerSupporter => self.peer_supporter,
        }
    }

    /// The roles the set embodies, peer worker first.
    #[inline]
    pub fn roles(&self) -> impl Iterator<Item = Role> + '_ {
        Role::ALL.into_iter().filter(|&role| self.has(role))
    }
}

crate::i18n::vocabulary!(Role, "role", [
    PeerWorker => ("kokemusasiantuntija", "erfarenhetsexpert", "peer worker"),
        described (
            "Toimii palveluissa ammattilaisten rinnalla ja lisää tietoa ja ymmärrystä omaan kokemukseensa nojaten.",
            "Arbetar i tjänsterna vid sidan av yrkespersoner och ökar kunskap och förståelse utifrån egen erfarenhet.",
            "Works in services alongside professionals, adding knowledge and understanding from lived experience."
        );
    PeerSupporter => ("vertaistukija", "kamratstödjare", "peer supporter"),
        described (
            "Antaa tukea ihmisille, joilla on sama kokemus.",
            "Ger stöd till människor med samma erfarenhet.",
            "Gives support to people who share the same experience."
        );
]);

crate::i18n::vocabulary!(RoleVerdict, "role_verdict", [
    Undetermined => ("ei määriteltävissä", "kan inte avgöras", "undetermined");
    PeerWorker => ("kokemusasiantuntijatyö", "erfarenhetsexpertarbete", "peer work");
    PeerSupporter => ("vertaistuki", "kamratstöd", "peer support");
    Both => ("kokemusasiantuntijatyö ja vertaistuki", "erfarenhetsexpertarbete och kamratstöd", "peer work and peer support");
]);
