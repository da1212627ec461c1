//! Peer worker or peer supporter: the two questions of the work-pair guide, applied to a
//! task set.

use serde::Serialize;

use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::source::Source;
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
/// (\[T\]). Neither is more valuable than the other (\[T\]). Closed by nature: the
/// sources name these two roles.
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
    /// A short English label. For Finnish and Swedish, see [`Vocabulary::label_in`].
    #[must_use]
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// Whether a task, by its two answers, puts a job in this role: the cell of
    /// [`ROLE_TABLE`] for the task's [`Audience`] and [`Aim`].
    #[must_use]
    #[inline]
    pub const fn applies_to(self, task: Task) -> bool {
        self.follows_from(task.audience(), task.aim())
    }

    /// Whether the two answers, *in relation to whom* and *to what end*, put a task in
    /// this role: the cell of [`ROLE_TABLE`].
    ///
    /// ```
    /// use peerwork::{Aim, Audience, Role};
    ///
    /// assert!(Role::PeerSupporter.follows_from(Audience::Peers, Aim::Support));
    /// // Knowledge given to clients is peer-supportive work with clients [T].
    /// assert!(Role::PeerSupporter.follows_from(Audience::Peers, Aim::Knowledge));
    /// assert!(!Role::PeerWorker.follows_from(Audience::Peers, Aim::Knowledge));
    /// assert!(Role::PeerWorker.follows_from(Audience::Professionals, Aim::Knowledge));
    /// ```
    #[must_use]
    #[inline]
    pub const fn follows_from(self, audience: Audience, aim: Aim) -> bool {
        let verdict = RoleRule::cell(audience, aim).verdict;
        match self {
            Self::PeerWorker => matches!(verdict, RoleVerdict::PeerWorker | RoleVerdict::Both),
            Self::PeerSupporter => {
                matches!(verdict, RoleVerdict::PeerSupporter | RoleVerdict::Both)
            }
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

/// One cell of the role test: the roles a task takes on by its answers to \[T\]'s two
/// questions, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RoleRule {
    /// The answer to the first question: in relation to whom.
    pub audience: Audience,
    /// The answer to the second question: to what end.
    pub aim: Aim,
    /// The role or roles the two answers give: peer worker, peer supporter or both.
    pub verdict: RoleVerdict,
    /// Why, in the words of the two questions and the sources.
    pub reasoning: &'static str,
    /// The source the cell follows: where the two questions agree, \[T\]; where the
    /// sources pull apart, the one the cell follows.
    pub follows: Source,
}

impl RoleRule {
    /// The cell for `audience` and `aim`.
    #[must_use]
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)] // at most 3 * 2 + 1 < 8 = ROLE_TABLE.len(), checked at compile time
    pub const fn cell(audience: Audience, aim: Aim) -> &'static RoleRule {
        &ROLE_TABLE[audience as usize * 2 + aim as usize]
    }
}

const fn rule(
    audience: Audience,
    aim: Aim,
    verdict: RoleVerdict,
    follows: Source,
    reasoning: &'static str,
) -> RoleRule {
    RoleRule {
        audience,
        aim,
        verdict,
        reasoning,
        follows,
    }
}

/// The role test as one table: for every answer to \[T\]'s first question (*in relation
/// to whom?*, [`Audience`]) and second question (*to what end?*, [`Aim`]), the role or
/// roles a task takes on.
///
/// | audience \\ aim | support | knowledge |
/// |---|---|---|
/// | peers | peer supporter | peer supporter (\[T\]; \[V\] would say peer worker) |
/// | professionals | peer worker (\[V\]) | peer worker |
/// | peers and professionals | peer supporter | both |
/// | public | peer worker (\[V\]) | peer worker |
///
/// The reasoning, cell by cell, is in each [`RoleRule`]. In short: \[T\] places the
/// work done *with clients* in peer support, whatever it teaches them, and expert work
/// in widening the knowledge and understanding of professionals and students, and in
/// developing services. Where the two questions disagree and \[T\] does not settle it
/// (support given to professionals or to the public), \[V\]'s definition decides: a peer
/// worker works outside the peer group, in services, alongside professionals.
pub const ROLE_TABLE: &[RoleRule] = &[
    rule(
        Audience::Peers,
        Aim::Support,
        RoleVerdict::PeerSupporter,
        Source::WorkPairGuide,
        "Both questions answer peer support: support given to people who share the experience.",
    ),
    rule(
        Audience::Peers,
        Aim::Knowledge,
        RoleVerdict::PeerSupporter,
        Source::WorkPairGuide,
        "Knowledge given to clients, such as advice or the way to a service, is part of the \
         peer-supportive work with clients: [T] places expert work towards professionals and \
         in development, and the work with clients in peer support. [V] would call it peer \
         work when it is done inside a service, alongside professionals; this cell follows [T].",
    ),
    rule(
        Audience::Professionals,
        Aim::Support,
        RoleVerdict::PeerWorker,
        Source::Vantaa2018,
        "Professionals do not share the experience, so there is no peer relation and no peer \
         support. [T]'s questions disagree here; [V] defines peer work as work in services, \
         alongside professionals, which decides the cell.",
    ),
    rule(
        Audience::Professionals,
        Aim::Knowledge,
        RoleVerdict::PeerWorker,
        Source::WorkPairGuide,
        "Both questions answer expert work: knowledge and understanding brought to professionals.",
    ),
    rule(
        Audience::PeersAndProfessionals,
        Aim::Support,
        RoleVerdict::PeerSupporter,
        Source::WorkPairGuide,
        "The support goes to the peers. Professionals being present does not make it expert \
         work, which [T] describes as widening the knowledge and understanding of \
         professionals and students.",
    ),
    rule(
        Audience::PeersAndProfessionals,
        Aim::Knowledge,
        RoleVerdict::Both,
        Source::WorkPairGuide,
        "Knowledge brought to professionals is expert work, and the same work with the \
         clients is peer support: both roles at once, as in the work-pair model [T].",
    ),
    rule(
        Audience::Public,
        Aim::Support,
        RoleVerdict::PeerWorker,
        Source::Vantaa2018,
        "The wider public are not peers, so this is not peer support. [T]'s questions \
         disagree here; [V] places peer work outside the peer group, in services and \
         society, which decides the cell.",
    ),
    rule(
        Audience::Public,
        Aim::Knowledge,
        RoleVerdict::PeerWorker,
        Source::WorkPairGuide,
        "Both questions answer expert work: [T] describes experience work as widening the \
         knowledge and understanding of students and professionals.",
    ),
];

// The table is indexed by `audience * 2 + aim`: check the order at compile time, and
// that every cell gives at least one role.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)] // evaluated at compile time
const _: () = {
    assert!(ROLE_TABLE.len() == Audience::COUNT * Aim::COUNT);
    let mut i = 0;
    while i < ROLE_TABLE.len() {
        let cell = &ROLE_TABLE[i];
        assert!(cell.audience as usize * 2 + cell.aim as usize == i);
        assert!(!matches!(cell.verdict, RoleVerdict::Undetermined));
        i += 1;
    }
};

const fn tasks_in_role(role: Role) -> TaskSet {
    let mut set = TaskSet::EMPTY;
    let mut rest: &[TaskInfo] = CATALOGUE;
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

// Every cell gives a role, so every task puts a job in at least one role.
const _: () = assert!(
    PEER_WORKER_TASKS
        .union(PEER_SUPPORTER_TASKS)
        .const_eq(TaskSet::ALL)
);

model_enum! {
/// Which role(s) a task set embodies. Closed by nature.
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
///
/// A job description's assessment also counts the post's own tasks
/// ([`JobDescription::role_assessment`](crate::JobDescription::role_assessment)); their
/// positions among the post's own tasks are in [`own_reasons`](Self::own_reasons).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RoleAssessment {
    /// The catalogue tasks that make the set peer work.
    peer_worker: TaskSet,
    /// The catalogue tasks that make the set peer support.
    peer_supporter: TaskSet,
    /// The post's own tasks that make it peer work, one bit per position.
    #[serde(skip_serializing_if = "is_zero")]
    own_peer_worker: u32,
    /// The post's own tasks that make it peer support, one bit per position.
    #[serde(skip_serializing_if = "is_zero")]
    own_peer_supporter: u32,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
const fn is_zero(bits: &u32) -> bool {
    *bits == 0
}

impl RoleAssessment {
    /// Assesses a task set. Allocation-free: two set intersections.
    #[must_use]
    #[inline]
    pub const fn of(tasks: TaskSet) -> Self {
        Self {
            peer_worker: tasks.intersection(PEER_WORKER_TASKS),
            peer_supporter: tasks.intersection(PEER_SUPPORTER_TASKS),
            own_peer_worker: 0,
            own_peer_supporter: 0,
        }
    }

    /// This assessment with a post's own tasks counted: each given by its position
    /// (below 32) and its two answers.
    #[must_use]
    pub(crate) fn with_own(
        mut self,
        own: impl IntoIterator<Item = (usize, Audience, Aim)>,
    ) -> Self {
        for (index, audience, aim) in own {
            let Some(bit) = u32::try_from(index).ok().and_then(|i| 1u32.checked_shl(i)) else {
                continue;
            };
            if Role::PeerWorker.follows_from(audience, aim) {
                self.own_peer_worker |= bit;
            }
            if Role::PeerSupporter.follows_from(audience, aim) {
                self.own_peer_supporter |= bit;
            }
        }
        self
    }

    /// Which role(s) the set embodies.
    #[must_use]
    #[inline]
    pub const fn verdict(&self) -> RoleVerdict {
        match (self.has(Role::PeerWorker), self.has(Role::PeerSupporter)) {
            (false, false) => RoleVerdict::Undetermined,
            (true, false) => RoleVerdict::PeerWorker,
            (false, true) => RoleVerdict::PeerSupporter,
            (true, true) => RoleVerdict::Both,
        }
    }

    /// Whether the set embodies `role`.
    #[must_use]
    #[inline]
    pub const fn has(&self, role: Role) -> bool {
        !self.reasons(role).is_empty() || self.own_bits(role) != 0
    }

    /// The catalogue tasks of the set that put it in `role`.
    #[must_use]
    #[inline]
    pub const fn reasons(&self, role: Role) -> TaskSet {
        match role {
            Role::PeerWorker => self.peer_worker,
            Role::PeerSupporter => self.peer_supporter,
        }
    }

    const fn own_bits(&self, role: Role) -> u32 {
        match role {
            Role::PeerWorker => self.own_peer_worker,
            Role::PeerSupporter => self.own_peer_supporter,
        }
    }

    /// The positions, among a post's own tasks, of those that put it in `role`.
    pub fn own_reasons(&self, role: Role) -> impl Iterator<Item = usize> + use<> {
        let bits = self.own_bits(role);
        (0..32_usize).filter(move |&i| {
            u32::try_from(i)
                .ok()
                .and_then(|i| 1u32.checked_shl(i))
                .is_some_and(|bit| bits & bit != 0)
        })
    }

    /// The roles the set embodies, peer worker first.
    #[inline]
    pub fn roles(&self) -> impl Iterator<Item = Role> + '_ {
        Role::ALL.iter().copied().filter(|&role| self.has(role))
    }
}

crate::i18n::vocabulary!(Role, "role", [
    PeerWorker => ("kokemusasiantuntija", "erfarenhetsexpert", "peer worker"),
        described (
            "Toimii palveluissa ammattilaisten rinnalla ja lisää tietoa ja ymmärrystä omaan kokemukseensa nojaten.",
            "Arbetar inom tjänsterna sida vid sida med yrkesverksamma och ökar kunskapen och förståelsen utifrån sin egen erfarenhet.",
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
