//! The tasks of a post: catalogue tasks, essential or optional, and the post's own
//! tasks, which the catalogue does not have.

use serde::{Deserialize, Serialize};

use crate::role::{Role, RoleAssessment};
use crate::task::{Aim, Audience, TaskCategory};
use crate::task_set::TaskSet;
use crate::text::LocalizedText;
use crate::validate::{bounded_field, list_field};

/// The most tasks of its own a post may add.
pub const MAX_OWN_TASKS: usize = 16;

/// The longest id of a post's own task, in characters.
pub const MAX_OWN_TASK_ID_CHARS: usize = 64;

/// The longest description (of a post's own task, or an employer's introduction), in
/// characters.
pub const MAX_DESCRIPTION_CHARS: usize = 1000;

list_field!(OwnTasksField, "own", MAX_OWN_TASKS);

/// A task a post adds that the catalogue does not have: for example a youth-housing
/// post's weekly check-ins, or an NGO's own work.
///
/// It answers the role test's two questions like a catalogue task, so the role test,
/// the review, rendering and the schema treat it alike. The bank cannot match it: no
/// peer-worker record lists it, and a match says so.
///
/// ```
/// use peerwork::{Aim, Audience, Language, LocalizedText, OwnTask, TaskCategory};
///
/// let check_ins = OwnTask::new(
///     "weekly_check_ins",
///     LocalizedText::in_language(Language::Finnish, "viikoittaiset tapaamiset asukkaiden kanssa")
///         .and(Language::Swedish, "veckovisa möten med de boende"),
///     (Audience::Peers, Aim::Support, TaskCategory::ClientWork),
/// );
/// assert_eq!(check_ins.id, "weekly_check_ins");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct OwnTask {
    /// The task's id within the post: 1 to 64 characters of `a`–`z`, `0`–`9` and `_`,
    /// starting with a letter; not the id of a catalogue task.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_OWN_TASK_ID_CHARS), regex(pattern = r"^[a-z][a-z0-9_]*$")))]
    pub id: String,
    /// A short label, as a posting lists the task: in Finnish an action noun phrase
    /// (after *Tehtäviisi kuuluu*), in Swedish an infinitive phrase without *att* (after
    /// *I ditt arbete ingår att*), in English a verb phrase (after *In this role you
    /// will*). At most 200 characters, one line.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::text::LocalizedSchema<{ crate::job::MAX_NAME_CHARS }>")
    )]
    pub label: LocalizedText,
    /// A sentence or two on what the task involves. At most 1000 characters, one
    /// paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<MAX_DESCRIPTION_CHARS>>")
    )]
    pub description: Option<LocalizedText>,
    /// In relation to whom the task is done.
    pub audience: Audience,
    /// What the task aims at.
    pub aim: Aim,
    /// The kind of work.
    pub category: TaskCategory,
    /// Whether the post requires the task (essential) or may include it (optional).
    pub essential: bool,
}

impl OwnTask {
    /// An essential task of the post with the id `id`, labelled `label`, answering the
    /// role test with `(audience, aim, category)`.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        label: impl Into<LocalizedText>,
        (audience, aim, category): (Audience, Aim, TaskCategory),
    ) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
            description: None,
            audience,
            aim,
            category,
            essential: true,
        }
    }

    /// This task, optional rather than essential.
    #[must_use]
    pub fn optional(mut self) -> Self {
        self.essential = false;
        self
    }

    /// This task with a description.
    #[must_use]
    pub fn described(mut self, description: impl Into<LocalizedText>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Whether the task, by its two answers, puts the post in `role`.
    #[must_use]
    pub const fn applies_to(&self, role: Role) -> bool {
        role.follows_from(self.audience, self.aim)
    }
}

/// The tasks of a post: catalogue tasks, each essential or optional, and the post's own.
///
/// Like ESCO's essential and optional skills, or O*NET's core and supplemental tasks:
/// the essential tasks define the post; the optional ones may be part of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct JobTasks {
    /// Catalogue tasks the post requires. The post has at least one essential task,
    /// here or among its own.
    #[serde(default, skip_serializing_if = "no_tasks")]
    pub essential: TaskSet,
    /// Catalogue tasks the post may include; none of them essential too.
    #[serde(default, skip_serializing_if = "no_tasks")]
    pub optional: TaskSet,
    /// The post's own tasks, at most 16, each id once.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "bounded_field::<_, _, OwnTasksField>"
    )]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_OWN_TASKS)))]
    pub own: Vec<OwnTask>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
fn no_tasks(tasks: &TaskSet) -> bool {
    tasks.is_empty()
}

impl JobTasks {
    /// Every catalogue task of the post, essential or optional.
    #[must_use]
    pub const fn all(&self) -> TaskSet {
        self.essential.union(self.optional)
    }

    /// Whether the post has at least one essential task, of the catalogue or its own.
    #[must_use]
    pub fn has_essential(&self) -> bool {
        !self.essential.is_empty() || self.own.iter().any(|task| task.essential)
    }

    /// Peer worker, peer supporter or both, from every task, the post's own included.
    #[must_use]
    pub fn role_assessment(&self) -> RoleAssessment {
        RoleAssessment::of(self.all()).with_own(
            self.own
                .iter()
                .enumerate()
                .map(|(index, task)| (index, task.audience, task.aim)),
        )
    }
}
