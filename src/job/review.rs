//! Practice recommendations: advisories that do not make a document invalid.

use serde::Serialize;

use crate::task::{Audience, CATALOGUE, Citation, TaskCategory, TaskInfo};
use crate::task_set::TaskSet;

use super::{FormOfWork, JobDescription, TrainingRequirement};

model_enum! {
/// A practice recommendation a job description does not follow.
#[non_exhaustive]
pub enum AdvisoryKind {
    /// No close contact employee is named. In the pilot every peer worker had one, and
    /// all found it a good thing \[V\].
    NoCloseContactEmployee,
    /// No training is required. Kokoa ry recommends at least 50 hours over at least 4
    /// months \[T\], and the pilot found training useful in every post \[V\].
    NoTrainingRequirement,
    /// A paid post with no development task and no task towards employees: the expert
    /// side of the work is missing \[V\] (common core).
    PaidPostWithoutExpertTask,
    /// A volunteer post carrying the development or employee-facing duties of a paid
    /// expert; content and goals of the work must fit its form \[T\].
    VolunteerWithExpertDuties,
    /// A work pair with no named supervisor; the job description should say who
    /// supervises the pair \[T\] (checklist point 10).
    WorkPairWithoutSupervisor,
}
}

impl AdvisoryKind {
    /// The field of the document the advisory is about.
    #[must_use]
    pub const fn field(self) -> &'static str {
        match self {
            Self::NoCloseContactEmployee => "support.close_contact_employee",
            Self::NoTrainingRequirement => "requirements.training",
            Self::PaidPostWithoutExpertTask | Self::VolunteerWithExpertDuties => "tasks",
            Self::WorkPairWithoutSupervisor => "support.work_pair.supervisor",
        }
    }

    /// What to consider, in a sentence.
    #[must_use]
    pub const fn message(self) -> &'static str {
        match self {
            Self::NoCloseContactEmployee => {
                "Name a close contact employee who stands beside the peer worker."
            }
            Self::NoTrainingRequirement => {
                "Consider requiring training, such as the Kokoa standard of 50 hours over 4 months."
            }
            Self::PaidPostWithoutExpertTask => {
                "A paid post should include development work or work with employees."
            }
            Self::VolunteerWithExpertDuties => {
                "Development and employee-facing duties are expert work; consider a paid form of work."
            }
            Self::WorkPairWithoutSupervisor => "Say who supervises the work pair.",
        }
    }

    /// The source of the recommendation.
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::NoCloseContactEmployee => Citation::vantaa("Towards creating a model"),
            Self::NoTrainingRequirement => Citation::work_pair_guide("Koulutus (training)"),
            Self::PaidPostWithoutExpertTask => Citation::vantaa("Results / models"),
            Self::VolunteerWithExpertDuties => {
                Citation::work_pair_guide("Kokemusasiantuntijatyön muodot (forms of work)")
            }
            Self::WorkPairWithoutSupervisor => {
                Citation::work_pair_guide("Ennakkovalmistelut ja kartoitus, point 10")
            }
        }
    }
}

/// One advisory from [`JobDescription::review`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Advisory {
    /// Which recommendation.
    pub kind: AdvisoryKind,
    /// The field it is about.
    pub field: &'static str,
    /// What to consider.
    pub message: &'static str,
    /// The source.
    pub citation: Citation,
}

impl From<AdvisoryKind> for Advisory {
    fn from(kind: AdvisoryKind) -> Self {
        Self {
            kind,
            field: kind.field(),
            message: kind.message(),
            citation: kind.citation(),
        }
    }
}

/// Development, support to employees, teaching, or anything done towards
/// professionals alone: the expert side of peer work. Work done with clients and staff
/// together (using one's own experience, building community) is not counted: volunteers
/// do it too.
const fn is_expert_task(info: &TaskInfo) -> bool {
    matches!(
        info.category,
        TaskCategory::Development
            | TaskCategory::SupportToEmployees
            | TaskCategory::TeachingAndMaterials
    ) || matches!(info.audience, Audience::Professionals)
}

/// Tasks of development, towards employees or teaching: the expert side of peer work.
const EXPERT_TASKS: TaskSet = {
    let mut set = TaskSet::EMPTY;
    let mut rest: &[TaskInfo] = &CATALOGUE;
    while let [info, tail @ ..] = rest {
        if is_expert_task(info) {
            set = set.union(TaskSet::from_tasks(&[info.task]));
        }
        rest = tail;
    }
    set
};

pub(super) fn review(job: &JobDescription) -> Vec<Advisory> {
    let tasks = job.tasks.all();
    let form = job.terms.form_of_work;
    let checks = [
        (
            AdvisoryKind::NoCloseContactEmployee,
            job.support.close_contact_employee.is_none(),
        ),
        (
            AdvisoryKind::NoTrainingRequirement,
            job.requirements.training == TrainingRequirement::None,
        ),
        (
            AdvisoryKind::PaidPostWithoutExpertTask,
            form.is_paid() && tasks.is_disjoint(EXPERT_TASKS),
        ),
        (
            AdvisoryKind::VolunteerWithExpertDuties,
            form == FormOfWork::Volunteer && !tasks.is_disjoint(EXPERT_TASKS),
        ),
        (
            AdvisoryKind::WorkPairWithoutSupervisor,
            job.support
                .work_pair
                .as_ref()
                .is_some_and(|pair| pair.supervisor.is_none()),
        ),
    ];
    checks
        .into_iter()
        .filter(|&(_, applies)| applies)
        .map(|(kind, _)| Advisory::from(kind))
        .collect()
}
