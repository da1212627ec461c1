//! # peerwork
//!
//! Typed, composable job descriptions for **peer workers** (*kokemusasiantuntija*,
//! experts by experience): people with lived experience of homelessness, substance use,
//! mental-health problems or crime who work inside social services alongside
//! professionals.
//!
//! The crate encodes the model of the City of Vantaa pilot (2017) **\[V\]** and the
//! work-pair guide **\[T\]** (see [`Source`]) as data:
//!
//! ```
//! use peerwork::{Profile, RoleAssessment, RoleVerdict, Task, TaskSet};
//!
//! // The four pilot profiles are constants; their task sets compose with set algebra.
//! let custom = Profile::Caretaker.tasks() | Task::EscortsClients;
//!
//! // Which profile does the composition resemble, and which role does it embody?
//! let closest = Profile::closest(custom);
//! assert_eq!(closest.profile, Profile::Caretaker);
//! assert_eq!(closest.extra, TaskSet::from(Task::EscortsClients));
//! assert_eq!(RoleAssessment::of(custom).verdict(), RoleVerdict::Both);
//! ```
//!
//! # Where to find what
//!
//! The modules follow the flow of the data: task catalogue → task sets → profiles and
//! roles → job descriptions → outputs (schemas, rendering, `JobPosting`, bank matching).
//!
//! | fact of the domain | where |
//! |---|---|
//! | the duties and common-core items, as activities with their facts | [`Task`], [`CATALOGUE`], [module `task`](task) |
//! | audience and aim of a task (the two questions of the role test) | [`Audience`], [`Aim`] |
//! | sets of tasks and their algebra | [`TaskSet`] |
//! | the common core | [`COMMON_CORE`] |
//! | the four profiles, their settings, duties and pilot units | [`Profile`], [`ServiceSetting`], [`Duty`], [`PilotUnit`] |
//! | how close a composition is to each profile | [`Profile::rank`], [`Resemblance`] |
//! | peer worker vs peer supporter: the role table of audience × aim | [`ROLE_TABLE`], [`RoleRule`], [`Role`], [`RoleAssessment`], [`RoleVerdict`] |
//! | how the pilot went: outcome, staff survey, the first permanent post, the bank model | [`PILOT_OUTCOME`], [`STAFF_SURVEY`], [`FIRST_PERMANENT_POST`], [`BankModel`] |
//! | the sources | [`Source`], [`Citation`] |
//! | a job description, its builder and the Vantaa presets | [`JobDescription`], [`JobDescriptionBuilder`] |
//! | texts given per language (title, employer, unit, introduction, own tasks) | [`LocalizedText`], [module `text`](text) |
//! | essential, optional and the organisation's own tasks; working modes | [`JobTasks`], [`OwnTask`], [`WorkingMode`] |
//! | forms of work, each with its own terms | [`Terms`], [`SalariedTerms`], [`FeeTerms`], [`VolunteerTerms`], [`FormOfWork`], [`Contract`], [`Assignment`] |
//! | close contact employee (*lähityöntekijä*), line manager, work pair | [`Support`], [`CloseContactEmployee`], [`WorkPair`], [`SupportRole`] |
//! | what a post requires and what it would like | [`Qualifications`], [`Requirements`], [`ExperienceBackground`], [`TrainingRequirement`], [`Theme`] |
//! | municipalities by Statistics Finland code | [`Municipality`] |
//! | onboarding in the pilot | [`OnboardingItem`] |
//! | the validation rules of a job description | [`JobError`] |
//! | practice recommendations, each with its source | [`JobDescription::review`], [`Advisory`], [`AdvisoryKind`] |
//! | Kokoa fee recommendations and estimates | [`FeeSchedule`], [`FeeActivity`], [`WorkTime`], [`Cents`] |
//! | the 13-point work-pair checklist and the reflection form | [`ChecklistPoint`], [`Readiness`], [`ReflectionForm`] |
//! | the model as one document for integrators | [`ProfileCatalogue`] |
//! | one publication of a post: deadline, start, pay, how to apply, contacts | [`PostingDetails`], [`Pay`], [`Contact`], [`Application`] |
//! | job ads for people (Markdown, plain text, HTML) in Finnish, Swedish and English | [`JobDescription::render`], [`Rendering`], [`Format`] |
//! | schema.org `JobPosting` (JSON-LD) for job boards | [`JobPosting`] |
//! | the peer-worker bank: records, rosters, matching, near misses | [`Bank`], [`PeerWorkerRecord`], [`Roster`], [`Matches`], [`NearMisses`], [module `bank`](bank) |
//! | reading documents with errors that give the path to the fault | `from_json`, `JsonError` (feature `json`) |
//! | JSON Schemas of the documents | module `schema` (feature `schema`) |
//! | languages | [`Language`] |
//! | labels in Finnish, Swedish and English | [`Vocabulary`], [`Text`], [`Labels`] |
//!
//! # Limits
//!
//! Every text a document holds has an upper bound ([`MAX_TITLE_CHARS`],
//! [`MAX_NAME_CHARS`], [`MAX_DESCRIPTION_CHARS`], [`MAX_POSTAL_CODE_CHARS`],
//! [`MAX_ADDRESS_CHARS`], [`MAX_PHONE_CHARS`], [`MAX_SCHEDULE_NAME_CHARS`],
//! [`MAX_REFLECTION_CHARS`]), checked wherever a document is built or read, and the
//! crate's errors quote at most [`QUOTE_LIMIT`] bytes of a rejected value (serde's own
//! messages, such as an unknown field, repeat it whole; `from_json` cuts them to
//! `MAX_MESSAGE_BYTES`). Every list has one too: a task set holds each task at most
//! once, and the lists of a job description ([`MAX_LANGUAGES`], [`MAX_PROFILES`],
//! [`MAX_WORKING_MODES`], [`MAX_EXPERIENCE_BACKGROUNDS`], [`MAX_THEMES`],
//! [`MAX_OWN_TASKS`], [`MAX_ONBOARDING_ITEMS`], [`MAX_ASSIGNMENTS`]), of posting
//! details ([`MAX_CONTACTS`]), of a fee schedule, a readiness checklist, a record
//! ([`MAX_MUNICIPALITIES_SERVED`], [`MAX_AVAILABILITY_RANGES`]) and a roster
//! ([`MAX_ROSTER_WORKERS`]) stop reading at their bound, so a hostile document cannot
//! make the crate allocate without limit. Deeply nested input is refused by
//! `serde_json`'s recursion limit.
//!
//! # Cargo features
//!
//! - `json` (default): `from_json` and `from_json_slice`, which read documents with
//!   errors that give the path to the fault, and `JobPosting::to_html_script`.
//! - `schema` (default): `schemars::JsonSchema` for every document type, so integrators
//!   in other languages can read JSON Schemas of the documents. Turn it off with
//!   `default-features = false` to drop the schemars dependency.

#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]
#![warn(clippy::pedantic)]
// Library code never panics on input: no unwrap, expect, panic, unchecked indexing or
// unchecked arithmetic. (Tests may; see clippy.toml.)
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

#[macro_use]
mod macros;

pub mod bank;
mod catalogue;
mod content;
mod date;
mod details;
mod error;
mod fee;
mod i18n;
mod job;
mod job_posting;
#[cfg(feature = "json")]
mod json;
mod language;
mod municipality;
mod pay;
mod pilot;
mod profile;
mod render;
mod role;
#[cfg(feature = "schema")]
pub mod schema;
mod source;
mod strict;
mod tagged;
pub mod task;
mod task_set;
pub mod text;
mod validate;
mod work_pair;
mod working_mode;

pub use bank::{
    Bank, BankError, Candidate, CandidateScore, DateRange, DateRangeError, MAX_AVAILABILITY_RANGES,
    MAX_MUNICIPALITIES_SERVED, MAX_ROSTER_WORKERS, MAX_WORKER_ID_CHARS, MatchRequirement, Matches,
    NearMisses, PeerWorkerRecord, PeerWorkerRecordBuilder, Reason, RecordError, Roster,
    RosterError, ServiceArea, Training, TrainingMet,
};
pub use catalogue::{
    BankModelEntry, EscoEntry, ExpertSourceEntry, FactsEntry, ProfileCatalogue, ProfileEntry,
    SourceEntry, VocabularyConcept, VocabularyTerm,
};
pub use date::{ClockTime, Date, DateError};
pub use details::{
    Application, Contact, DetailsError, MAX_ADDRESS_CHARS, MAX_CONTACTS, MAX_PHONE_CHARS,
    PostingDetails, PostingDetailsBuilder,
};
pub use error::{ParseIdError, ParseTaskError, QUOTE_LIMIT, TaskSetError};
pub use fee::{
    Cents, FeeActivity, FeeError, FeeEstimate, FeeLine, FeeRate, FeeSchedule,
    MAX_SCHEDULE_NAME_CHARS, WorkTime,
};
pub use i18n::{Labels, Text, Vocabulary};
pub use job::{
    Advisory, AdvisoryKind, Assignment, CloseContactEmployee, Contract, Duration, Employer,
    ExperienceBackground, FeeTerms, FormOfWork, FormatVersion, Hours, JobDescription,
    JobDescriptionBuilder, JobError, JobTasks, Location, MAX_ASSIGNMENTS, MAX_DESCRIPTION_CHARS,
    MAX_EXPERIENCE_BACKGROUNDS, MAX_LANGUAGES, MAX_NAME_CHARS, MAX_ONBOARDING_ITEMS,
    MAX_OWN_TASK_ID_CHARS, MAX_OWN_TASKS, MAX_POSTAL_CODE_CHARS, MAX_PROFILES, MAX_THEMES,
    MAX_TITLE_CHARS, MAX_TRIAL_PERIOD_MONTHS, MAX_WORKING_MODES, OnboardingItem, OwnTask,
    Qualifications, Requirements, SalariedTerms, Support, SupportRole, Term, Terms, Theme,
    TimeUnit, TrainingKind, TrainingRequirement, VolunteerTerms,
};
pub use job_posting::{
    CategoryCode, ContactPoint, Credential, DefinedTerm, Euros, ISCO_08_CODE, ISCO_08_NAME,
    JobPosting, MonetaryAmount, Organization, Place, PostalAddress, PostingError, PropertyValue,
    QuantitativeValue,
};
#[cfg(feature = "json")]
pub use json::{
    JsonError, JsonErrorKind, MAX_MESSAGE_BYTES, MAX_PATH_BYTES, from_json, from_json_slice,
};
pub use language::Language;
pub use municipality::{MUNICIPALITY_CLASSIFICATION, Municipality, MunicipalityError};
pub use pay::{MAX_PAY_CENTS, Pay, PayError, PayPeriod};
pub use pilot::{
    BankModel, ExpertSource, FIRST_PERMANENT_POST, FirstPermanentPost, PILOT_OUTCOME, PilotOutcome,
    STAFF_SURVEY, StaffSurvey,
};
pub use profile::{COMMON_CORE, Duty, PilotUnit, Profile, Resemblance, ServiceSetting};
pub use render::{Format, RenderError, Rendering};
pub use role::{ROLE_TABLE, Role, RoleAssessment, RoleRule, RoleVerdict};
pub use source::{Citation, Source};
pub use task::esco::{EscoOccupation, EscoSkill};
pub use task::{Aim, Audience, CATALOGUE, Task, TaskCategory, TaskInfo};
pub use task_set::{Iter, TaskSet};
pub use text::LocalizedText;
pub use work_pair::{
    Assessment, ChecklistPoint, MAX_REFLECTION_CHARS, Readiness, ReflectionError, ReflectionForm,
    WorkPair,
};
pub use working_mode::WorkingMode;

/// The README's examples, run as doctests. They use the default features.
#[cfg(all(doctest, feature = "json", feature = "schema"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
