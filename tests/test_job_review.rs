//! The review of a job description: each advisory with its source, and what the
//! review does not judge.

mod util;

use peerwork::{
    AdvisoryKind, Assignment, CloseContactEmployee, FeeActivity, FeeTerms, Hours, JobDescription,
    JobDescriptionBuilder, Language, Municipality, Profile, Task, TaskSet, Terms,
    TrainingRequirement, VolunteerTerms, WorkPair, WorkingMode,
};
use util::job::base;

// ---- advisories

fn kinds(job: &JobDescription) -> Vec<AdvisoryKind> {
    job.review().iter().map(|a| a.kind).collect()
}

#[test]
fn advisories_each_with_its_source() {
    let cases: Vec<(JobDescriptionBuilder, AdvisoryKind)> = vec![
        (
            JobDescription::builder("x")
                .employer("y")
                .location(Municipality::VANTAA)
                .profile(Profile::Caretaker)
                .required_training(TrainingRequirement::KokoaStandard),
            AdvisoryKind::NoCloseContactEmployee,
        ),
        (
            JobDescription::builder("x")
                .employer("y")
                .location(Municipality::VANTAA)
                .profile(Profile::Caretaker)
                .close_contact_employee(CloseContactEmployee::new()),
            AdvisoryKind::NoTraining,
        ),
        (
            base().work_pair(WorkPair::new("sosiaaliohjaaja")),
            AdvisoryKind::WorkPairWithoutLineManager,
        ),
        (
            base().terms(Terms::Volunteer(VolunteerTerms::new())),
            AdvisoryKind::VolunteerAskedToCommitLikeStaff,
        ),
        (
            base().terms(Terms::FeeBased(FeeTerms::new([Assignment::new(
                FeeActivity::ClientMeetingsAndSupportPersonWork,
                Hours::whole(10),
            )]))),
            AdvisoryKind::FeeBasedTrialUnlikeEmployment,
        ),
        (
            base()
                .without(TaskSet::ALL)
                .essential(Task::GivesTalks.into()),
            AdvisoryKind::TalksSuitAFee,
        ),
        (
            base()
                .without(TaskSet::ALL)
                .essential(Task::GivesTalks.into())
                .working_modes([WorkingMode::OneToOneByAppointment])
                .terms(Terms::FeeBased(FeeTerms::new([Assignment::new(
                    FeeActivity::ObservationInterviewAudit,
                    Hours::whole(3),
                )]))),
            AdvisoryKind::FeeActivityWithoutTask,
        ),
        (
            base().working_modes([WorkingMode::JoiningClientMeetings, WorkingMode::Referral]),
            AdvisoryKind::ReferralTriedAndDropped,
        ),
    ];
    for (builder, kind) in cases {
        let job = builder.build().unwrap();
        assert!(kinds(&job).contains(&kind), "{kind}: {:?}", kinds(&job));
        let advisory = job.review().into_iter().find(|a| a.kind == kind).unwrap();
        assert_eq!(advisory.field, kind.field());
        assert_eq!(advisory.citation, kind.citation());
        assert!(
            advisory
                .to_string()
                .starts_with(&format!("{}: ", kind.field()))
        );
        assert!(
            advisory
                .to_string()
                .ends_with(&format!("({})", kind.citation()))
        );
        for &language in Language::ALL {
            use peerwork::Vocabulary;
            assert!(kind.description_in(language).is_some_and(|d| !d.is_empty()));
        }
    }
}

#[test]
fn volunteering_and_fees_are_not_judged_by_role() {
    // [T]: peer support is not volunteer work and expert work paid work. A volunteer
    // peer-support role and a salaried peer-support role are both fine.
    let support = || {
        base()
            .without(TaskSet::ALL)
            .essential(Task::SupportPersonWork | Task::FacilitatesGroups)
            .working_modes([WorkingMode::DropInPresence])
    };
    let volunteer = support()
        .terms(Terms::Volunteer(VolunteerTerms::new()))
        .build()
        .unwrap();
    assert!(kinds(&volunteer).is_empty(), "{:?}", kinds(&volunteer));
    let paid = support().build().unwrap();
    assert!(kinds(&paid).is_empty(), "{:?}", kinds(&paid));
}
