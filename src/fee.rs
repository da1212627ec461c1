//! Fees for fee-based assignments: activities, schedules of hourly rates, and
//! estimates. Money is integer euro cents throughout; no floating point.

use core::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::quote;
use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::source::Citation;
use crate::task::{Task, TaskCategory};
use crate::task_set::TaskSet;
use crate::text::check_text;
use crate::validate::first_duplicate;

model_enum! {
/// A kind of activity in a fee-based assignment, as Kokoa ry's fee recommendations
/// distinguish them \[T\].
#[non_exhaustive]
pub enum FeeActivity {
    /// Preparing for an assignment (*valmistelutyö*).
    Preparation,
    /// Leading a group (*ryhmänohjaus*).
    GroupFacilitation,
    /// Meeting clients and working as a support person (*asiakastapaamiset ja
    /// tukihenkilötoiminta*).
    ClientMeetingsAndSupportPersonWork,
    /// Taking part in a meeting (*kokous*).
    Meeting,
    /// Taking part in a demanding meeting (*vaativampi kokous*).
    DemandingMeeting,
    /// Working in a working group (*työryhmätyöskentely*).
    WorkingGroupWork,
    /// Seminars, panels, talks and lectures (*seminaarit, paneelit, alustukset,
    /// luennot*).
    SeminarsPanelsTalksLectures,
    /// A demanding event (*vaativampi tilaisuus*).
    DemandingEvent,
    /// Observation, interviews and audits (*havainnointi, haastattelu, auditointi*).
    ObservationInterviewAudit,
}
}

impl FeeActivity {
    /// The tasks this activity pays for, as Kokoa ry's recommendation names the work
    /// \[T\]. Preparation pays for the preparation of any task: see
    /// [`pays_for_any_task`](Self::pays_for_any_task).
    ///
    /// ```
    /// use peerwork::{FeeActivity, Task};
    ///
    /// assert!(FeeActivity::SeminarsPanelsTalksLectures.tasks().contains(Task::GivesTalks));
    /// assert!(FeeActivity::ObservationInterviewAudit.tasks().contains(Task::EvaluatesServices));
    /// ```
    #[must_use]
    pub const fn tasks(self) -> TaskSet {
        match self {
            Self::Preparation => TaskSet::EMPTY,
            Self::GroupFacilitation => {
                TaskSet::from_tasks(&[Task::FacilitatesGroups, Task::BuildsCommunity])
            }
            Self::ClientMeetingsAndSupportPersonWork => TaskCategory::ClientWork
                .tasks()
                .union(TaskCategory::AccompanyingClients.tasks())
                .union(TaskSet::from_tasks(&[
                    Task::ExperienceMentoring,
                    Task::HomeVisitsWithProfessional,
                ])),
            Self::Meeting | Self::DemandingMeeting => TaskSet::from_tasks(&[
                Task::AssistsEmployees,
                Task::TakesPartInDevelopment,
                Task::IntroducesNewViewpoints,
                Task::InformsAuthorities,
                Task::SourceOfInformation,
                Task::ReflectsWithPair,
            ]),
            Self::WorkingGroupWork => TaskSet::from_tasks(&[
                Task::TakesPartInDevelopment,
                Task::IntroducesNewViewpoints,
                Task::ProducesLearningMaterials,
            ]),
            Self::SeminarsPanelsTalksLectures | Self::DemandingEvent => {
                TaskSet::from_tasks(&[Task::GivesTalks, Task::TeachesProfessionals])
            }
            Self::ObservationInterviewAudit => TaskSet::from_tasks(&[Task::EvaluatesServices]),
        }
    }

    /// Whether the activity pays for work on any task: preparation does.
    #[must_use]
    pub const fn pays_for_any_task(self) -> bool {
        matches!(self, Self::Preparation)
    }

    /// A short English label. For Finnish and Swedish, see [`Vocabulary::label_in`].
    #[must_use]
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }
}

/// An amount of money in euro cents.
///
/// ```
/// use peerwork::Cents;
///
/// assert_eq!(Cents::from_euros(25).to_string(), "25.00 EUR");
/// assert_eq!(Cents(1_250).to_string(), "12.50 EUR");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cents(pub u64);

impl Cents {
    /// Whole euros as cents.
    #[must_use]
    pub const fn from_euros(euros: u32) -> Self {
        Self((euros as u64).saturating_mul(100))
    }

    /// The whole euros, rounded down.
    #[must_use]
    pub const fn euros(self) -> u64 {
        self.0 / 100
    }

    /// The cents beyond the whole euros.
    #[must_use]
    pub const fn cents_part(self) -> u64 {
        self.0 % 100
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02} EUR", self.euros(), self.cents_part())
    }
}

/// The hourly rate of one activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FeeRate {
    /// The activity.
    pub activity: FeeActivity,
    /// The fee for one hour, in euro cents; more than zero.
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 1)))]
    pub cents_per_hour: Cents,
}

/// The longest name a [`FeeSchedule`] may have, in characters.
pub const MAX_SCHEDULE_NAME_CHARS: usize = 200;

/// Hourly fees for fee-based assignments.
///
/// [`FeeSchedule::kokoa`] is Kokoa ry's recommendation as quoted in the work-pair guide;
/// an organisation can set its own rates with [`FeeSchedule::new`]. Each activity has at
/// most one rate.
///
/// ```
/// use peerwork::{Cents, FeeActivity, FeeSchedule};
///
/// let kokoa = FeeSchedule::kokoa();
/// assert_eq!(kokoa.rate(FeeActivity::Meeting), Some(Cents::from_euros(40)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct FeeSchedule {
    /// What the schedule is, for example the recommendation it follows. 1 to 200
    /// characters, one line.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_SCHEDULE_NAME_CHARS), pattern(crate::text::TEXT_PATTERN))
    )]
    name: String,
    /// The date from which the schedule applies, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    valid_from: Option<crate::Date>,
    /// The rates, at most one per activity.
    #[cfg_attr(feature = "schema", schemars(length(max = FeeActivity::ALL.len())))]
    rates: Vec<FeeRate>,
}

/// Why a fee schedule or an estimate was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FeeError {
    /// The schedule's name is empty or longer than [`MAX_SCHEDULE_NAME_CHARS`].
    #[error(
        "name: a fee schedule needs a name of 1 to {MAX_SCHEDULE_NAME_CHARS} characters, got `{0}`"
    )]
    InvalidName(String),
    /// Two rates for one activity.
    #[error("rates: activity `{0}` has more than one rate")]
    DuplicateRate(FeeActivity),
    /// A rate of zero.
    #[error("rates: activity `{0}` has a rate of zero")]
    ZeroRate(FeeActivity),
    /// An estimate line with no time or negative time.
    #[error(
        "lines[{line}].minutes: {activity} needs a positive amount of time, got {minutes} minutes"
    )]
    NonPositiveTime {
        /// The line's index, from 0.
        line: usize,
        /// The line's activity.
        activity: FeeActivity,
        /// The time given.
        minutes: i64,
    },
    /// An estimate line whose activity has no rate in the schedule.
    #[error("lines[{line}].activity: the schedule has no rate for `{activity}`")]
    NoRate {
        /// The line's index, from 0.
        line: usize,
        /// The line's activity.
        activity: FeeActivity,
    },
    /// An amount too large to represent.
    #[error("lines[{line}]: the amount overflows")]
    Overflow {
        /// The index of the line at which the amount overflowed.
        line: usize,
    },
}

impl FeeSchedule {
    /// A custom schedule.
    ///
    /// # Errors
    ///
    /// [`FeeError::InvalidName`] for an empty or over-long name,
    /// [`FeeError::DuplicateRate`] when an activity has two rates, and
    /// [`FeeError::ZeroRate`] for a rate of zero.
    pub fn new(
        name: impl Into<String>,
        valid_from: Option<crate::Date>,
        rates: impl IntoIterator<Item = FeeRate>,
    ) -> Result<Self, FeeError> {
        let schedule = Self {
            name: name.into(),
            valid_from,
            rates: rates.into_iter().collect(),
        };
        schedule.validate()?;
        Ok(schedule)
    }

    fn validate(&self) -> Result<(), FeeError> {
        if check_text(&self.name, MAX_SCHEDULE_NAME_CHARS).is_err() {
            return Err(FeeError::InvalidName(quote(&self.name)));
        }
        if let Some(rate) = self.rates.iter().find(|rate| rate.cents_per_hour.0 == 0) {
            return Err(FeeError::ZeroRate(rate.activity));
        }
        let activities = self.rates.iter().map(|rate| rate.activity);
        match first_duplicate(activities) {
            Some(activity) => Err(FeeError::DuplicateRate(activity)),
            None => Ok(()),
        }
    }

    /// Kokoa ry's fee recommendation (EUR per hour), as quoted in the work-pair guide
    /// \[T\]. The guide gives no date for the figures, so `valid_from` is unset; check
    /// Kokoa ry's current recommendation before relying on it.
    ///
    /// | activity | EUR/h |
    /// |---|---|
    /// | preparation | 25 |
    /// | group facilitation | 30 |
    /// | client meetings and support-person work | 30 |
    /// | meeting | 40 |
    /// | demanding meeting | 70 |
    /// | working-group work | 40 |
    /// | seminars, panels, talks, lectures | 50 |
    /// | demanding event | 100 |
    /// | observation, interview, audit | 30 |
    #[must_use]
    pub fn kokoa() -> Self {
        use FeeActivity::{
            ClientMeetingsAndSupportPersonWork, DemandingEvent, DemandingMeeting,
            GroupFacilitation, Meeting, ObservationInterviewAudit, Preparation,
            SeminarsPanelsTalksLectures, WorkingGroupWork,
        };
        let euros = [
            (Preparation, 25),
            (GroupFacilitation, 30),
            (ClientMeetingsAndSupportPersonWork, 30),
            (Meeting, 40),
            (DemandingMeeting, 70),
            (WorkingGroupWork, 40),
            (SeminarsPanelsTalksLectures, 50),
            (DemandingEvent, 100),
            (ObservationInterviewAudit, 30),
        ];
        Self {
            name: Self::KOKOA_NAME.to_owned(),
            valid_from: None,
            rates: euros
                .into_iter()
                .map(|(activity, euros)| FeeRate {
                    activity,
                    cents_per_hour: Cents::from_euros(euros),
                })
                .collect(),
        }
    }

    /// The name of the [`kokoa`](Self::kokoa) preset.
    pub const KOKOA_NAME: &'static str =
        "Kokoa ry fee recommendation, as quoted in the work-pair guide";

    /// Where the [`kokoa`](Self::kokoa) preset comes from.
    pub const KOKOA_SOURCE: Citation = Citation::work_pair_guide("Kokoa ry:n palkkiosuositukset");

    /// The schedule's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The date from which the schedule applies, where known.
    #[must_use]
    pub fn valid_from(&self) -> Option<crate::Date> {
        self.valid_from
    }

    /// The rates, in the order given.
    #[must_use]
    pub fn rates(&self) -> &[FeeRate] {
        &self.rates
    }

    /// The hourly rate of `activity`, if the schedule has one.
    #[must_use]
    pub fn rate(&self, activity: FeeActivity) -> Option<Cents> {
        self.rates
            .iter()
            .find(|rate| rate.activity == activity)
            .map(|rate| rate.cents_per_hour)
    }

    /// Prices a fee-based assignment: each line's time at its activity's rate, rounded
    /// to the nearest cent (halves up), and the total.
    ///
    /// ```
    /// use peerwork::{Cents, FeeActivity, FeeSchedule, WorkTime};
    ///
    /// let estimate = FeeSchedule::kokoa().estimate(&[
    ///     WorkTime::hours(FeeActivity::Preparation, 2),
    ///     WorkTime::minutes(FeeActivity::SeminarsPanelsTalksLectures, 90),
    /// ])?;
    /// assert_eq!(estimate.lines[0].amount, Cents::from_euros(50));
    /// assert_eq!(estimate.lines[1].amount, Cents::from_euros(75));
    /// assert_eq!(estimate.total, Cents::from_euros(125));
    /// # Ok::<(), peerwork::FeeError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`FeeError::NonPositiveTime`] for a line of zero or negative time,
    /// [`FeeError::NoRate`] for an activity the schedule does not price, and
    /// [`FeeError::Overflow`] when an amount does not fit in 64 bits of cents.
    pub fn estimate(&self, lines: &[WorkTime]) -> Result<FeeEstimate, FeeError> {
        let mut priced = Vec::with_capacity(lines.len());
        let mut total = Cents(0);
        for (line, work) in lines.iter().enumerate() {
            let minutes = u64::try_from(work.minutes).ok().filter(|&m| m > 0).ok_or(
                FeeError::NonPositiveTime {
                    line,
                    activity: work.activity,
                    minutes: work.minutes,
                },
            )?;
            let rate = self.rate(work.activity).ok_or(FeeError::NoRate {
                line,
                activity: work.activity,
            })?;
            // cents = rate * minutes / 60, rounded half up.
            let amount = rate
                .0
                .checked_mul(minutes)
                .and_then(|x| x.checked_add(30))
                .map(|x| Cents(x / 60))
                .ok_or(FeeError::Overflow { line })?;
            total = Cents(
                total
                    .0
                    .checked_add(amount.0)
                    .ok_or(FeeError::Overflow { line })?,
            );
            priced.push(FeeLine {
                activity: work.activity,
                minutes,
                rate,
                amount,
            });
        }
        Ok(FeeEstimate {
            schedule: self.name.clone(),
            lines: priced,
            total,
        })
    }
}

impl<'de> Deserialize<'de> for FeeSchedule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Unchecked {
            name: String,
            #[serde(default)]
            valid_from: Option<crate::Date>,
            #[serde(
                deserialize_with = "crate::validate::bounded_list::<_, _, { FeeActivity::ALL.len() }>"
            )]
            rates: Vec<FeeRate>,
        }
        let Unchecked {
            name,
            valid_from,
            rates,
        } = crate::strict::deserialize(deserializer)?;
        FeeSchedule::new(name, valid_from, rates).map_err(serde::de::Error::custom)
    }
}

/// Time spent on one activity of a fee-based assignment, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WorkTime {
    /// The activity.
    pub activity: FeeActivity,
    /// The time, in minutes. Must be positive.
    pub minutes: i64,
}

impl WorkTime {
    /// Whole hours of `activity`.
    #[must_use]
    pub const fn hours(activity: FeeActivity, hours: i64) -> Self {
        Self {
            activity,
            minutes: hours.saturating_mul(60),
        }
    }

    /// Minutes of `activity`.
    #[must_use]
    pub const fn minutes(activity: FeeActivity, minutes: i64) -> Self {
        Self { activity, minutes }
    }
}

/// One priced line of a [`FeeEstimate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FeeLine {
    /// The activity.
    pub activity: FeeActivity,
    /// The time, in minutes.
    pub minutes: u64,
    /// The hourly rate applied.
    pub rate: Cents,
    /// The fee for the line.
    pub amount: Cents,
}

/// A priced fee-based assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FeeEstimate {
    /// The name of the schedule used.
    pub schedule: String,
    /// The lines, in the order given.
    pub lines: Vec<FeeLine>,
    /// The sum of the lines.
    pub total: Cents,
}

// Finnish labels as in Kokoa ry's recommendation [T].
crate::i18n::vocabulary!(FeeActivity, "fee_activity", [
    Preparation => ("valmistelutyö", "förberedelser", "preparation");
    GroupFacilitation => ("ryhmänohjaus", "gruppledning", "group facilitation");
    ClientMeetingsAndSupportPersonWork => ("asiakastapaamiset ja tukihenkilötoiminta", "klientmöten och stödpersonsverksamhet", "client meetings and support-person work");
    Meeting => ("kokous", "möte", "meeting");
    DemandingMeeting => ("vaativampi kokous", "krävande möte", "demanding meeting");
    WorkingGroupWork => ("työryhmätyöskentely", "arbetsgruppsarbete", "working-group work");
    SeminarsPanelsTalksLectures => ("seminaarit, paneelit, alustukset, luennot", "seminarier, paneler, anföranden, föreläsningar", "seminars, panels, talks, lectures");
    DemandingEvent => ("vaativampi tilaisuus", "krävande evenemang", "demanding event");
    ObservationInterviewAudit => ("havainnointi, haastattelu, auditointi", "observation, intervju, auditering", "observation, interview, audit");
]);
