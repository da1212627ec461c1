//! The job description document: what a municipality or NGO writes, hires against and
//! exchanges with other systems.

mod builder;
mod error;
mod requirements;
mod review;
mod terms;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use builder::JobDescriptionBuilder;
pub use error::JobError;
pub use requirements::{
    ExperienceBackground, Requirements, Theme, TrainingKind, TrainingRequirement,
};
pub use review::{Advisory, AdvisoryKind};
pub use terms::{Contract, FormOfWork, Term, Terms, TimeUnit};

use crate::fee::FeeActivity;
use crate::language::Language;
use crate::profile::{Profile, Resemblance, ServiceSetting};
use crate::role::RoleAssessment;
use crate::task::Citation;
use crate::task_set::TaskSet;
use crate::validate::{bounded_field, list_field};
use crate::work_pair::WorkPair;

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// The longest name or short text (organisation, unit, roles, training description), in
/// characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The most languages of work a document may list (one per [`Language`]).
pub const MAX_LANGUAGES: usize = 3;
/// The most profiles a document may list (one per [`Profile`]).
pub const MAX_PROFILES: usize = 4;
/// The most working modes a document may list (one per [`WorkingMode`]).
pub const MAX_WORKING_MODES: usize = 4;
/// The most onboarding items a document may list (one per [`OnboardingItem`]).
pub const MAX_ONBOARDING_ITEMS: usize = 5;
/// The most fee activities a document may list (one per [`FeeActivity`]).
pub const MAX_FEE_ACTIVITIES: usize = 9;
/// The most experience backgrounds a document may list (one per
/// [`ExperienceBackground`]).
pub const MAX_EXPERIENCE_BACKGROUNDS: usize = 6;
/// The most themes a document may list (one per [`Theme`]).
pub const MAX_THEMES: usize = 9;

list_field!(LanguagesField, "languages", MAX_LANGUAGES);
list_field!(ProfilesField, "profiles", MAX_PROFILES);
list_field!(WorkingModesField, "working_modes", MAX_WORKING_MODES);
list_field!(OnboardingField, "onboarding", MAX_ONBOARDING_ITEMS);
list_field!(FeeActivitiesField, "fee_activities", MAX_FEE_ACTIVITIES);
list_field!(
    BackgroundsField,
    "requirements.experience_backgrounds",
    MAX_EXPERIENCE_BACKGROUNDS
);
list_field!(ThemesField, "requirements.themes", MAX_THEMES);

/// The longest postal code, in characters.
pub const MAX_POSTAL_CODE_CHARS: usize = 20;

model_enum! {
/// How a peer worker meets clients \[V\].
pub enum WorkingMode {
    /// Joining employees' client meetings: the primary mode of the pilot \[V\].
    JoiningClientMeetings,
    /// One-to-one meetings with clients by appointment, where it feels natural \[V\].
    OneToOneByAppointment,
    /// Outreach: being where clients wait or spend time \[V\].
    Outreach,
    /// Being present in a drop-in centre or walk-in service \[V\].
    DropInPresence,
}
}

impl WorkingMode {
    /// The modes of the Vantaa pilot, primary first.
    pub const VANTAA: [WorkingMode; 2] = [
        WorkingMode::JoiningClientMeetings,
        WorkingMode::OneToOneByAppointment,
    ];
}

model_enum! {
/// What a new peer worker is given or signs before starting, as in the pilot \[V\].
pub enum OnboardingItem {
    /// The employer's confidentiality agreement, signed and gone through.
    ConfidentialityAgreement,
    /// A log-in to the employer's systems.
    SystemLogIn,
    /// A computer.
    Computer,
    /// A mobile phone with its own subscription.
    MobilePhone,
    /// Follow-up of working time.
    WorkTimeFollowUp,
}
}

impl OnboardingItem {
    /// Every item, as the pilot provided them \[V\].
    pub const ALL: [OnboardingItem; 5] = [
        OnboardingItem::ConfidentialityAgreement,
        OnboardingItem::SystemLogIn,
        OnboardingItem::Computer,
        OnboardingItem::MobilePhone,
        OnboardingItem::WorkTimeFollowUp,
    ];

    /// Where the report describes the pilot's onboarding.
    pub const CITATION: Citation = Citation::vantaa("Working on the model");
}

model_enum! {
/// The people around a peer worker, as the renderer and front ends name them.
pub enum SupportRole {
    /// The close contact employee (*lähityöntekijä*) who stands beside the peer worker
    /// \[V\].
    CloseContactEmployee,
    /// The professional of a work pair \[T\].
    WorkPairProfessional,
    /// The supervisor of a work pair \[T\].
    PairSupervisor,
}
}

/// The employing organisation and unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Employer {
    /// The organisation, for example `"City of Vantaa"`. 1 to 200 characters.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    pub organisation: String,
    /// The unit within it, if any. 1 to 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    pub unit: Option<String>,
}

/// Where a post is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Location {
    /// The municipality, for example `"Vantaa"`. 1 to 200 characters.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    pub municipality: String,
    /// The street address of the workplace, if the post states one. 1 to 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    pub street_address: Option<String>,
    /// The postal code, if the post states one. 1 to 20 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_POSTAL_CODE_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    pub postal_code: Option<String>,
}

impl Location {
    /// A location given by municipality only.
    #[must_use]
    pub fn municipality(municipality: impl Into<String>) -> Self {
        Self {
            municipality: municipality.into(),
            street_address: None,
            postal_code: None,
        }
    }
}

/// The tasks of a post, each essential or optional.
///
/// Like ESCO's essential and optional skills, or O*NET's core and supplemental tasks:
/// the essential tasks define the post; the optional ones may be part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct JobTasks {
    /// Tasks the post requires. At least one.
    #[cfg_attr(feature = "schema", schemars(extend("minItems" = 1)))]
    pub essential: TaskSet,
    /// Tasks the post may include; none of them essential too.
    #[serde(default, skip_serializing_if = "no_tasks")]
    pub optional: TaskSet,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
fn no_tasks(tasks: &TaskSet) -> bool {
    tasks.is_empty()
}

impl JobTasks {
    /// Every task of the post, essential or optional.
    #[must_use]
    pub const fn all(&self) -> TaskSet {
        self.essential.union(self.optional)
    }
}

/// The support around a peer worker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Support {
    /// The close contact employee (*lähityöntekijä*) who stands beside the peer worker,
    /// by role or title, for example `"social counsellor of the unit"` \[V\].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    pub close_contact_employee: Option<String>,
    /// The work pair, where the post is one half of a pair \[T\].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_pair: Option<WorkPair>,
}

/// The version of the job-description format a document is written in.
///
/// Version 1 is the only one so far; a reader of a later version can tell an old
/// document by this field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FormatVersion(u32);

impl FormatVersion {
    /// The version this release writes and reads.
    pub const CURRENT: FormatVersion = FormatVersion(1);

    /// The version number.
    #[must_use]
    pub const fn number(self) -> u32 {
        self.0
    }
}

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.0)
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let version = u32::deserialize(deserializer)?;
        if version == Self::CURRENT.0 {
            Ok(Self(version))
        } else {
            Err(serde::de::Error::custom(
                JobError::UnsupportedFormatVersion(version),
            ))
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FormatVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The version of the job-description format; this release reads and writes 1.",
            "type": "integer",
            "const": FormatVersion::CURRENT.0,
        })
    }
}

/// A peer-worker job description: a typed, validated document.
///
/// Build one with [`JobDescription::builder`] (or a preset such as
/// [`JobDescription::vantaa_pilot`]); read one from JSON with serde. Both paths run the
/// same validation, so a `JobDescription` value is always valid: see [`JobError`] for
/// the rules. Practice recommendations that do not make a document invalid come from
/// [`JobDescription::review`].
///
/// ```
/// use peerwork::{
///     Contract, FormOfWork, JobDescription, Location, Profile, RoleVerdict, Supervisor, Task,
///     TrainingRequirement, WorkPair,
/// };
///
/// let job = JobDescription::builder("Peer worker, housing services")
///     .employer("City of Vantaa", Some("Housing services"))
///     .location(Location::municipality("Vantaa"))
///     .profile(Profile::Storyteller)
///     .optional(Task::EscortsClients.into())
///     .form_of_work(FormOfWork::Salaried)
///     .working_time_percent(60)
///     .contract(Contract::Permanent)
///     .close_contact_employee("social counsellor")
///     .work_pair(WorkPair::new("social worker").supervised_by(Supervisor::Professional))
///     .training(TrainingRequirement::KokoaStandard)
///     .build()?;
///
/// assert_eq!(job.role_assessment().verdict(), RoleVerdict::Both);
/// assert!(job.review().is_empty());
///
/// let json = serde_json::to_string(&job).unwrap();
/// let back: JobDescription = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, job);
/// # Ok::<(), peerwork::JobError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(rename = "JobDescription", deny_unknown_fields)
)]
pub struct JobDescription {
    /// The format version of the document: 1.
    format_version: FormatVersion,
    /// The title of the post. 1 to 120 characters, one line.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_TITLE_CHARS), pattern(crate::validate::TEXT_PATTERN))
    )]
    title: String,
    /// The employing organisation and unit.
    employer: Employer,
    /// Where the post is.
    location: Location,
    /// The languages the work is done in, each once; at least one.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "minItems" = 1)))]
    #[serde(deserialize_with = "bounded_field::<_, _, LanguagesField>")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_LANGUAGES)))]
    languages: Vec<Language>,
    /// Where in the service system the post is.
    setting: ServiceSetting,
    /// The Vantaa profiles the post derives from, each once; empty for a free
    /// composition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    #[serde(deserialize_with = "bounded_field::<_, _, ProfilesField>")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_PROFILES)))]
    profiles: Vec<Profile>,
    /// The tasks, essential and optional. At least one essential task; no task both.
    tasks: JobTasks,
    /// How the peer worker meets clients, primary mode first; at least one, each once.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "minItems" = 1)))]
    #[serde(deserialize_with = "bounded_field::<_, _, WorkingModesField>")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_WORKING_MODES)))]
    working_modes: Vec<WorkingMode>,
    /// Form of work, working time and contract.
    terms: Terms,
    /// The close contact employee and the work pair.
    #[serde(default)]
    support: Support,
    /// Experience backgrounds sought, training and themes.
    requirements: Requirements,
    /// What the peer worker is given or signs before starting, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    #[serde(deserialize_with = "bounded_field::<_, _, OnboardingField>")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_ONBOARDING_ITEMS)))]
    onboarding: Vec<OnboardingItem>,
    /// For a fee-based post, the fee activities it involves (at least one, each once);
    /// empty for any other post.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    #[serde(deserialize_with = "bounded_field::<_, _, FeeActivitiesField>")]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_FEE_ACTIVITIES)))]
    fee_activities: Vec<FeeActivity>,
}

checked_on_read!(
    /// Reading a job description runs the same validation as
    /// [`JobDescription::builder`]: an invalid document never becomes a value, and the
    /// error names the field.
    JobDescription,
    validate
);

impl JobDescription {
    /// Starts a job description titled `title`. See [`JobDescriptionBuilder`].
    pub fn builder(title: impl Into<String>) -> JobDescriptionBuilder {
        JobDescriptionBuilder::new(title.into())
    }

    /// A builder preset to the Vantaa pilot post of `profile` \[V\]: City of Vantaa, the
    /// pilot unit, the profile's setting and tasks (all essential), joining client
    /// meetings as the primary working mode, salaried at 50 % for a 3-month fixed term,
    /// a close contact employee, lived experience of homelessness and substance use, no
    /// training required (the pilot required none) and the pilot's onboarding items.
    ///
    /// ```
    /// use peerwork::{JobDescription, Profile};
    ///
    /// let job = JobDescription::vantaa_pilot(Profile::Caretaker).build()?;
    /// assert_eq!(job.terms().working_time_percent, 50);
    /// assert_eq!(job.employer().unit.as_deref(), Some("Ohjaamo"));
    /// # Ok::<(), peerwork::JobError>(())
    /// ```
    pub fn vantaa_pilot(profile: Profile) -> JobDescriptionBuilder {
        JobDescriptionBuilder::vantaa_pilot(profile, Language::English)
    }

    /// [`vantaa_pilot`](Self::vantaa_pilot) with its texts (title, employer, unit,
    /// close contact employee) written in `language`, for postings in that language.
    ///
    /// ```
    /// use peerwork::{JobDescription, Language, Profile};
    ///
    /// let job = JobDescription::vantaa_pilot_in(Profile::BridgeBuilder, Language::Finnish).build()?;
    /// assert_eq!(job.title(), "Kokemusasiantuntija – Sillanrakentaja");
    /// assert_eq!(job.employer().organisation, "Vantaan kaupunki");
    /// # Ok::<(), peerwork::JobError>(())
    /// ```
    pub fn vantaa_pilot_in(profile: Profile, language: Language) -> JobDescriptionBuilder {
        JobDescriptionBuilder::vantaa_pilot(profile, language)
    }

    /// A builder holding this job description, to change some of it; `build` checks
    /// every rule again.
    ///
    /// ```
    /// use peerwork::{Contract, JobDescription, Profile};
    ///
    /// let pilot = JobDescription::vantaa_pilot(Profile::Storyteller).build()?;
    /// let longer = pilot.to_builder().contract(Contract::months(6)).build()?;
    /// assert_eq!(longer.terms().contract, Contract::months(6));
    /// assert_eq!(longer.tasks(), pilot.tasks());
    ///
    /// let err = pilot.to_builder().working_time_percent(0).build().unwrap_err();
    /// assert_eq!(err.field(), "terms.working_time_percent");
    /// # Ok::<(), peerwork::JobError>(())
    /// ```
    pub fn to_builder(&self) -> JobDescriptionBuilder {
        JobDescriptionBuilder::from_job(self)
    }

    /// The format version of the document.
    #[must_use]
    pub fn format_version(&self) -> FormatVersion {
        self.format_version
    }

    /// The title of the post.
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The employing organisation and unit.
    #[must_use]
    pub fn employer(&self) -> &Employer {
        &self.employer
    }

    /// Where the post is.
    #[must_use]
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The languages the work is done in.
    #[must_use]
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// Where in the service system the post is.
    #[must_use]
    pub fn setting(&self) -> ServiceSetting {
        self.setting
    }

    /// The Vantaa profiles the post derives from; empty for a free composition.
    #[must_use]
    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    /// The tasks, essential and optional.
    #[must_use]
    pub fn tasks(&self) -> JobTasks {
        self.tasks
    }

    /// How the peer worker meets clients, primary mode first.
    #[must_use]
    pub fn working_modes(&self) -> &[WorkingMode] {
        &self.working_modes
    }

    /// Form of work, working time and contract.
    #[must_use]
    pub fn terms(&self) -> &Terms {
        &self.terms
    }

    /// The close contact employee and the work pair.
    #[must_use]
    pub fn support(&self) -> &Support {
        &self.support
    }

    /// Experience backgrounds sought, training and themes.
    #[must_use]
    pub fn requirements(&self) -> &Requirements {
        &self.requirements
    }

    /// What the peer worker is given or signs before starting.
    #[must_use]
    pub fn onboarding(&self) -> &[OnboardingItem] {
        &self.onboarding
    }

    /// The fee activities of a fee-based post; empty for any other.
    #[must_use]
    pub fn fee_activities(&self) -> &[FeeActivity] {
        &self.fee_activities
    }

    /// Peer worker, peer supporter or both, derived from the tasks (essential and
    /// optional).
    #[must_use]
    pub fn role_assessment(&self) -> RoleAssessment {
        RoleAssessment::of(self.tasks.all())
    }

    /// The Vantaa profile the post's tasks resemble most.
    #[must_use]
    pub fn closest_profile(&self) -> Resemblance {
        Profile::closest(self.tasks.all())
    }

    /// Practice recommendations the document does not follow; see [`AdvisoryKind`].
    #[must_use]
    pub fn review(&self) -> Vec<Advisory> {
        review::review(self)
    }

    /// Checks every rule of the document; see [`JobError`].
    fn validate(&self) -> Result<(), JobError> {
        error::validate(self)
    }
}

crate::i18n::vocabulary!(WorkingMode, "working_mode", [
    JoiningClientMeetings => ("osallistuminen työntekijöiden asiakastapaamisiin", "deltagande i de anställdas klientmöten", "joining employees' client meetings");
    OneToOneByAppointment => ("kahdenkeskiset tapaamiset ajanvarauksella", "enskilda möten enligt överenskommelse", "one-to-one meetings by appointment");
    Outreach => ("jalkautuminen asiakkaiden luo", "uppsökande arbete där klienterna finns", "outreach: being where clients are");
    DropInPresence => ("läsnäolo kohtaamispaikassa", "närvaro på en öppen mötesplats", "drop-in presence"),
        described (
            "Paikalla olo matalan kynnyksen kohtaamispaikassa, johon asiakkaat tulevat ilman ajanvarausta.",
            "Närvaro på en lågtröskelmötesplats dit klienterna kommer utan tidsbokning.",
            "Being present in a drop-in centre or walk-in service that clients visit without an appointment."
        );
]);

crate::i18n::vocabulary!(OnboardingItem, "onboarding_item", [
    ConfidentialityAgreement => ("salassapitosopimus", "sekretessförbindelse", "confidentiality agreement");
    SystemLogIn => ("tunnukset työnantajan järjestelmiin", "inloggning till arbetsgivarens system", "log-in to the employer's systems");
    Computer => ("tietokone", "dator", "computer");
    MobilePhone => ("matkapuhelin ja liittymä", "mobiltelefon med abonnemang", "mobile phone with a subscription");
    WorkTimeFollowUp => ("työajan seuranta", "uppföljning av arbetstid", "work-time follow-up");
]);

crate::i18n::vocabulary!(SupportRole, "support_role", [
    CloseContactEmployee => ("lähityöntekijä", "kontaktanställd", "close contact employee"),
        described (
            "Yksikön työntekijä, joka on kokemusasiantuntijan rinnalla: antaa suuntaa, apua ja turvaa ja toimii yhdyshenkilönä työyhteisöön.",
            "En anställd i enheten som står vid erfarenhetsexpertens sida: ger riktning, hjälp och trygghet och är länken till arbetsgemenskapen.",
            "An employee of the unit who stands beside the peer worker: gives direction, help and security, and links them to the work community."
        );
    WorkPairProfessional => ("työparin ammattilainen", "arbetsparets yrkesperson", "professional of the work pair");
    PairSupervisor => ("työparin esihenkilö", "arbetsparets chef", "supervisor of the work pair");
]);
