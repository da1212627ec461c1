//! The job description document: what a municipality or NGO writes, hires against and
//! exchanges with other systems.
//!
//! # What belongs here, and what in a posting's details
//!
//! A job description describes the **post**: its texts, tasks, working modes, form of
//! work and terms (working time, contract, trial period, pay basis and pay, or fee-based
//! assignments), the support around the peer worker (close contact employee, line
//! manager, work supervision, work pair), what it requires and what it would like, and
//! whether the work is with minors. These stay true however often the post is
//! published. What describes **one publication** — the day it is posted, the
//! application deadline, the start date, how to apply, the contact persons, the number
//! of openings — is in [`PostingDetails`](crate::PostingDetails).
//!
//! # Languages
//!
//! A post is written in one or more languages ([`JobDescription::languages`]); every
//! free text is given in each of them, or is a name that is the same in every language
//! (see [`LocalizedText`]). A post renders and publishes in exactly those languages.

mod builder;
mod document;
mod error;
mod parts;
mod presets;
mod requirements;
mod review;
mod tasks;
mod terms;
mod v1;
mod validate;

pub use builder::JobDescriptionBuilder;
pub use document::FormatVersion;
pub use error::JobError;
pub use parts::{CloseContactEmployee, Employer, Location, OnboardingItem, Support, SupportRole};
pub use requirements::{
    ExperienceBackground, MAX_EXPERIENCE_BACKGROUNDS, MAX_LANGUAGES, MAX_THEMES, Qualifications,
    Requirements, Theme, TrainingKind, TrainingRequirement,
};
pub use review::{Advisory, AdvisoryKind};
pub use tasks::{JobTasks, MAX_DESCRIPTION_CHARS, MAX_OWN_TASK_ID_CHARS, MAX_OWN_TASKS, OwnTask};
pub use terms::{
    Assignment, Contract, Duration, FeeTerms, FormOfWork, Hours, MAX_ASSIGNMENTS,
    MAX_TRIAL_PERIOD_MONTHS, SalariedTerms, Term, Terms, TimeUnit, VolunteerTerms,
};

use document::Fields;

use crate::fee::{FeeError, FeeEstimate, WorkTime};
use crate::language::Language;
use crate::profile::{Profile, Resemblance, ServiceSetting};
use crate::role::RoleAssessment;
use crate::text::LocalizedText;
use crate::working_mode::WorkingMode;

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// The longest name or short text (organisation, unit, roles, training description), in
/// characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest postal code, in characters.
pub const MAX_POSTAL_CODE_CHARS: usize = 20;
/// The most profiles a document may list (one per [`Profile`]).
pub const MAX_PROFILES: usize = Profile::COUNT;
/// The most working modes a document may list (one per [`WorkingMode`]).
pub const MAX_WORKING_MODES: usize = WorkingMode::COUNT;
/// The most onboarding items a document may list (one per [`OnboardingItem`]).
pub const MAX_ONBOARDING_ITEMS: usize = OnboardingItem::COUNT;

/// A peer-worker job description: a typed, validated document.
///
/// Build one with [`JobDescription::builder`] (or a preset such as
/// [`JobDescription::vantaa_pilot`]); read one from JSON (or any self-describing
/// format) with serde. Every way in runs the same rules, so a `JobDescription` value is
/// always valid: see [`JobError`] for the rules. Practice recommendations that do not
/// make a document invalid come from [`JobDescription::review`].
///
/// ```
/// use peerwork::{
///     CloseContactEmployee, Contract, JobDescription, Language, LocalizedText, Municipality,
///     Profile, RoleVerdict, SalariedTerms, Task, Terms, TrainingRequirement, WorkPair,
/// };
///
/// let job = JobDescription::builder(
///     LocalizedText::in_language(Language::Finnish, "Kokemusasiantuntija, asumisen palvelut")
///         .and(Language::Swedish, "Erfarenhetsexpert, boendetjänster"),
/// )
/// .languages([Language::Finnish, Language::Swedish])
/// .employer(
///     LocalizedText::in_language(Language::Finnish, "Vantaan kaupunki")
///         .and(Language::Swedish, "Vanda stad"),
/// )
/// .location(Municipality::VANTAA)
/// .profile(Profile::Storyteller)
/// .optional(Task::EscortsClients.into())
/// .terms(Terms::Salaried(SalariedTerms::new(60, Contract::Permanent)))
/// .close_contact_employee(CloseContactEmployee::new())
/// .work_pair(WorkPair::new(
///     LocalizedText::in_language(Language::Finnish, "sosiaalityöntekijä")
///         .and(Language::Swedish, "socialarbetare"),
/// ).line_manager(
///     LocalizedText::in_language(Language::Finnish, "asumisen palvelujen päällikkö")
///         .and(Language::Swedish, "chef för boendetjänsterna"),
/// ))
/// .required_training(TrainingRequirement::KokoaStandard)
/// .build()?;
///
/// assert_eq!(job.role_assessment().verdict(), RoleVerdict::Both);
/// assert!(job.review().is_empty());
///
/// let json = serde_json::to_string(&job).unwrap();
/// let back: JobDescription = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, job);
/// # Ok::<(), peerwork::JobError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobDescription(Fields);

impl JobDescription {
    /// Starts a job description titled `title`. See [`JobDescriptionBuilder`].
    pub fn builder(title: impl Into<LocalizedText>) -> JobDescriptionBuilder {
        JobDescriptionBuilder::new(title.into())
    }

    /// A builder preset to the Vantaa pilot post of `profile` \[V\], written in Finnish,
    /// Swedish and English: see [`JobDescriptionBuilder::vantaa_pilot`].
    ///
    /// ```
    /// use peerwork::{JobDescription, Language, Profile, Terms};
    ///
    /// let job = JobDescription::vantaa_pilot(Profile::Caretaker).build()?;
    /// let Terms::Salaried(terms) = job.terms() else { unreachable!() };
    /// assert_eq!(terms.working_time_percent, 50);
    /// assert_eq!(job.employer().unit.as_ref().and_then(|u| u.get(Language::Swedish)), Some("Navigatorn"));
    /// # Ok::<(), peerwork::JobError>(())
    /// ```
    pub fn vantaa_pilot(profile: Profile) -> JobDescriptionBuilder {
        JobDescriptionBuilder::vantaa_pilot(profile, Language::ALL)
    }

    /// [`vantaa_pilot`](Self::vantaa_pilot) written in `language` only.
    ///
    /// ```
    /// use peerwork::{JobDescription, Language, Profile};
    ///
    /// let job = JobDescription::vantaa_pilot_in(Profile::BridgeBuilder, Language::Finnish).build()?;
    /// assert_eq!(job.title().get(Language::Finnish), Some("Kokemusasiantuntija, järjestöyhteistyö"));
    /// assert_eq!(job.languages(), [Language::Finnish]);
    /// # Ok::<(), peerwork::JobError>(())
    /// ```
    pub fn vantaa_pilot_in(profile: Profile, language: Language) -> JobDescriptionBuilder {
        JobDescriptionBuilder::vantaa_pilot(profile, &[language])
    }

    /// A builder holding this job description, to change some of it; `build` checks
    /// every rule again.
    ///
    /// ```
    /// use peerwork::{Contract, JobDescription, JobError, Profile, SalariedTerms, Terms};
    ///
    /// let pilot = JobDescription::vantaa_pilot(Profile::Storyteller).build()?;
    /// let longer = pilot
    ///     .to_builder()
    ///     .terms(Terms::Salaried(SalariedTerms::new(50, Contract::months(6))))
    ///     .build()?;
    /// assert_eq!(longer.tasks(), pilot.tasks());
    ///
    /// let err = pilot
    ///     .to_builder()
    ///     .terms(Terms::Salaried(SalariedTerms::new(0, Contract::Permanent)))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.field(), "terms.working_time_percent");
    /// # Ok::<(), JobError>(())
    /// ```
    pub fn to_builder(&self) -> JobDescriptionBuilder {
        JobDescriptionBuilder::from_job(self)
    }

    /// The format version of the document: this release writes version 2, and reads
    /// versions 1 and 2.
    #[must_use]
    pub fn format_version(&self) -> FormatVersion {
        FormatVersion::CURRENT
    }

    /// The languages the post is written in, and so the languages it renders and
    /// publishes in.
    #[must_use]
    pub fn languages(&self) -> &[Language] {
        &self.0.languages
    }

    /// Whether the post is written in `language`.
    #[must_use]
    pub fn is_written_in(&self, language: Language) -> bool {
        self.0.languages.contains(&language)
    }

    /// The title of the post.
    #[must_use]
    pub fn title(&self) -> &LocalizedText {
        &self.0.title
    }

    /// The employing organisation, unit and introduction.
    #[must_use]
    pub fn employer(&self) -> &Employer {
        &self.0.employer
    }

    /// Where the post is.
    #[must_use]
    pub fn location(&self) -> &Location {
        &self.0.location
    }

    /// Where in the service system the post is.
    #[must_use]
    pub fn setting(&self) -> ServiceSetting {
        self.0.setting
    }

    /// The Vantaa profiles the post derives from; empty for a free composition.
    #[must_use]
    pub fn profiles(&self) -> &[Profile] {
        &self.0.profiles
    }

    /// The tasks: catalogue tasks, essential and optional, and the post's own.
    #[must_use]
    pub fn tasks(&self) -> &JobTasks {
        &self.0.tasks
    }

    /// How the peer worker meets clients, primary mode first.
    #[must_use]
    pub fn working_modes(&self) -> &[WorkingMode] {
        &self.0.working_modes
    }

    /// The form of work and its terms.
    #[must_use]
    pub fn terms(&self) -> &Terms {
        &self.0.terms
    }

    /// The form of work.
    #[must_use]
    pub fn form_of_work(&self) -> FormOfWork {
        self.0.terms.form_of_work()
    }

    /// The close contact employee, line manager, work supervision and work pair.
    #[must_use]
    pub fn support(&self) -> &Support {
        &self.0.support
    }

    /// What the post requires and would like, and the themes of the work.
    #[must_use]
    pub fn requirements(&self) -> &Requirements {
        &self.0.requirements
    }

    /// Whether the work is with minors, so that the person chosen shows an extract of
    /// their criminal record (Act 504/2002).
    #[must_use]
    pub fn works_with_minors(&self) -> bool {
        self.0.works_with_minors
    }

    /// What the peer worker is given or signs before starting.
    #[must_use]
    pub fn onboarding(&self) -> &[OnboardingItem] {
        &self.0.onboarding
    }

    /// Peer worker, peer supporter or both, derived from every task of the post
    /// (essential, optional and its own).
    #[must_use]
    pub fn role_assessment(&self) -> RoleAssessment {
        self.0.tasks.role_assessment()
    }

    /// The Vantaa profile the post's catalogue tasks resemble most.
    #[must_use]
    pub fn closest_profile(&self) -> Resemblance {
        Profile::closest(self.0.tasks.all())
    }

    /// Practice recommendations the document does not follow; see [`AdvisoryKind`].
    #[must_use]
    pub fn review(&self) -> Vec<Advisory> {
        review::review(self)
    }

    /// For a fee-based post, the fees of its assignments whose hours it states, with its
    /// fee schedule (Kokoa ry's recommendation unless the post gives its own); `None`
    /// for any other post.
    ///
    /// ```
    /// use peerwork::{Assignment, Cents, FeeActivity, FeeTerms, Hours, JobDescription, Profile, Terms};
    ///
    /// let job = JobDescription::vantaa_pilot(Profile::Storyteller)
    ///     .terms(Terms::FeeBased(FeeTerms::new([
    ///         Assignment::new(FeeActivity::SeminarsPanelsTalksLectures, Hours::whole(2)),
    ///     ])))
    ///     .build()?;
    /// let estimate = job.fee_estimate().unwrap()?;
    /// assert_eq!(estimate.total, Cents::from_euros(100));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn fee_estimate(&self) -> Option<Result<FeeEstimate, FeeError>> {
        let terms = self.0.terms.fee_based()?;
        let lines: Vec<WorkTime> = terms
            .assignments
            .iter()
            .filter_map(|assignment| {
                assignment.hours.map(|hours| {
                    WorkTime::minutes(
                        assignment.activity,
                        i64::try_from(hours.minutes()).unwrap_or(i64::MAX),
                    )
                })
            })
            .collect();
        Some(terms.schedule().estimate(&lines))
    }
}
