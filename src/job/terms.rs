//! Terms of work: each form of work with the terms it has. A salaried post has a
//! working time and a contract; a fee-based assignment has assignments with hours and a
//! fee schedule; a volunteer role has neither a contract nor a fee.

use core::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::date::Date;
use crate::fee::{FeeActivity, FeeSchedule};
use crate::i18n::Vocabulary;
use crate::language::Language;
use crate::pay::Pay;
use crate::source::Citation;
use crate::tagged::{self, Tagged, no_fields};
use crate::text::LocalizedText;
use crate::validate::{bounded_field, list_field, whole};

model_enum! {
/// The form in which peer work is done \[T\]: volunteer work, fee-based project-type
/// assignments, or salaried employment. What matters is that the content and goals of
/// the work fit its form \[T\].
#[non_exhaustive]
pub enum FormOfWork {
    /// Unpaid volunteer work.
    Volunteer,
    /// Paid by the assignment, project-type work, priced by fee activities.
    FeeBased,
    /// Salaried employment, full- or part-time.
    Salaried,
}
}

impl FormOfWork {
    /// Whether the work is paid (fee-based or salaried).
    #[must_use]
    pub const fn is_paid(self) -> bool {
        !matches!(self, Self::Volunteer)
    }

    /// A short English label. For Finnish and Swedish, see [`Vocabulary::label_in`].
    #[must_use]
    pub fn label(self) -> &'static str {
        self.label_in(Language::English)
    }

    /// Where the guide names the forms of work.
    pub const CITATION: Citation =
        Citation::work_pair_guide("Kokemusasiantuntijatyön muodot (forms of work)");
}

model_enum! {
/// A unit of time for a term or a trial period.
#[non_exhaustive]
pub enum TimeUnit {
    /// Days.
    Days,
    /// Weeks.
    Weeks,
    /// Calendar months.
    Months,
}
}

/// A length of time: a number of days, weeks or months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Duration {
    /// How many units: a whole number from 1 to 65535.
    #[serde(deserialize_with = "whole::<_, _, 1, 65535>")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 65535)))]
    pub amount: u16,
    /// The unit.
    pub unit: TimeUnit,
}

impl Duration {
    /// `amount` units of time; an amount of zero is refused when a document is built or
    /// read.
    #[must_use]
    pub const fn new(amount: u16, unit: TimeUnit) -> Self {
        Self { amount, unit }
    }

    /// `months` calendar months.
    #[must_use]
    pub const fn months(months: u16) -> Self {
        Self::new(months, TimeUnit::Months)
    }

    /// The length in days, counting a month as 30 days and a week as 7: enough to
    /// compare two lengths given in different units.
    #[must_use]
    pub const fn approximate_days(self) -> u32 {
        let amount = self.amount as u32;
        match self.unit {
            TimeUnit::Days => amount,
            TimeUnit::Weeks => amount.saturating_mul(7),
            TimeUnit::Months => amount.saturating_mul(30),
        }
    }
}

/// How long a fixed-term contract runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Term {
    /// A length, for example three months.
    Duration(Duration),
    /// From `start` to `end`, both days included; `end` must not be before `start`.
    Dates {
        /// The first day.
        start: Date,
        /// The last day.
        end: Date,
    },
}

impl Term {
    /// The length in days: exact for dates, approximate for a duration (see
    /// [`Duration::approximate_days`]).
    #[must_use]
    pub fn approximate_days(&self) -> u32 {
        match self {
            Self::Duration(duration) => duration.approximate_days(),
            Self::Dates { start, end } => {
                u32::try_from(end.days_since(*start).saturating_add(1)).unwrap_or(0)
            }
        }
    }
}

/// The contract of a salaried post.
///
/// ```
/// use peerwork::Contract;
///
/// let pilot = Contract::months(3);
/// assert_eq!(
///     serde_json::to_string(&pilot)?,
///     r#"{"kind":"fixed_term","term":{"duration":{"amount":3,"unit":"months"}}}"#
/// );
/// assert_eq!(serde_json::to_string(&Contract::Permanent)?, r#"{"kind":"permanent"}"#);
///
/// // A contract is an object with its kind; the error says so.
/// let err = serde_json::from_str::<Contract>(r#""permanent""#).unwrap_err();
/// assert!(err.to_string().starts_with(
///     r#"invalid type: string "permanent", expected an object with "kind": "permanent" or "fixed_term""#
/// ));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Contract {
    /// Open-ended.
    Permanent,
    /// For a fixed term.
    FixedTerm {
        /// How long.
        term: Term,
    },
}

impl Contract {
    /// A fixed term of `months` calendar months.
    #[must_use]
    pub const fn months(months: u16) -> Self {
        Self::FixedTerm {
            term: Term::Duration(Duration::months(months)),
        }
    }

    /// A fixed term from `start` to `end`, both included.
    #[must_use]
    pub const fn between(start: Date, end: Date) -> Self {
        Self::FixedTerm {
            term: Term::Dates { start, end },
        }
    }

    /// Whether the contract is for a fixed term.
    #[must_use]
    pub const fn is_fixed_term(&self) -> bool {
        matches!(self, Self::FixedTerm { .. })
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ContractKind {
    Permanent,
    FixedTerm,
}

impl<'de> Tagged<'de> for Contract {
    type Tag = ContractKind;
    const TAG: &'static str = "kind";
    const EXPECTING: &'static str = r#"an object with "kind": "permanent" or "fixed_term""#;

    fn read<D: Deserializer<'de>>(kind: ContractKind, rest: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct FixedTerm {
            term: Term,
        }
        match kind {
            ContractKind::Permanent => no_fields(rest).map(|()| Self::Permanent),
            ContractKind::FixedTerm => {
                FixedTerm::deserialize(rest).map(|FixedTerm { term }| Self::FixedTerm { term })
            }
        }
    }
}

impl<'de> Deserialize<'de> for Contract {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        tagged::deserialize(deserializer)
    }
}

/// The longest trial period, in months (Employment Contracts Act 55/2001, chapter 1,
/// section 4).
pub const MAX_TRIAL_PERIOD_MONTHS: u16 = 6;

/// The terms of a salaried post.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SalariedTerms {
    /// Working time as a percentage of full time: a whole number from 1 to 100.
    #[serde(deserialize_with = "whole::<_, _, 1, 100>")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 100)))]
    pub working_time_percent: u8,
    /// Permanent or fixed-term.
    pub contract: Contract,
    /// The trial period, if there is one: at most six months, and for a fixed term at
    /// most half of it (Employment Contracts Act 55/2001, chapter 1, section 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_period: Option<Duration>,
    /// What the pay is based on, such as the collective agreement and the job's own
    /// pay grade. At most 200 characters, one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::text::LocalizedSchema<{ crate::job::MAX_NAME_CHARS }>>")
    )]
    pub pay_basis: Option<LocalizedText>,
    /// The pay, where the post states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<Pay>,
}

impl SalariedTerms {
    /// Salaried work at `working_time_percent` of full time under `contract`, with no
    /// trial period and no stated pay.
    #[must_use]
    pub fn new(working_time_percent: u8, contract: Contract) -> Self {
        Self {
            working_time_percent,
            contract,
            trial_period: None,
            pay_basis: None,
            pay: None,
        }
    }
}

/// The most assignments a fee-based post may list.
pub const MAX_ASSIGNMENTS: usize = 32;

/// Hours of work, in hundredths of an hour: `2`, `1.5`, `0.75`.
///
/// In a document, a number of hours with at most two decimals, more than zero and at
/// most 10 000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hours(u32);

impl Hours {
    /// The most hours one assignment may have.
    pub const MAX: Hours = Hours(1_000_000);

    /// Whole hours.
    #[must_use]
    pub const fn whole(hours: u16) -> Self {
        Self((hours as u32).saturating_mul(100))
    }

    /// Hundredths of an hour: `Hours::hundredths(150)` is an hour and a half.
    #[must_use]
    pub const fn hundredths(hundredths: u32) -> Self {
        Self(hundredths)
    }

    /// The hours in hundredths.
    #[must_use]
    pub const fn as_hundredths(self) -> u32 {
        self.0
    }

    /// The hours in minutes, rounded to the nearest minute.
    #[must_use]
    pub const fn minutes(self) -> u64 {
        (self.0 as u64).saturating_mul(60).saturating_add(50) / 100
    }
}

impl fmt::Display for Hours {
    /// `2`, `1.5`, `0.75`: the hours with as many decimals as they need.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, part) = (self.0 / 100, self.0 % 100);
        match part {
            0 => write!(f, "{whole}"),
            p if p % 10 == 0 => write!(f, "{whole}.{}", p / 10),
            p => write!(f, "{whole}.{p:02}"),
        }
    }
}

impl Serialize for Hours {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            serializer.serialize_u32(self.0 / 100)
        } else {
            serializer.serialize_f64(f64::from(self.0) / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct HoursVisitor;

        const EXPECTED: &str =
            "a number of hours more than 0 and at most 10000, with at most two decimals";

        impl serde::de::Visitor<'_> for HoursVisitor {
            type Value = Hours;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTED)
            }

            fn visit_u64<E: serde::de::Error>(self, hours: u64) -> Result<Hours, E> {
                match u32::try_from(hours) {
                    Ok(hours @ 1..=10_000) => Ok(Hours(hours.saturating_mul(100))),
                    _ => Err(E::invalid_value(
                        serde::de::Unexpected::Unsigned(hours),
                        &EXPECTED,
                    )),
                }
            }

            fn visit_i64<E: serde::de::Error>(self, hours: i64) -> Result<Hours, E> {
                u64::try_from(hours).map_or_else(
                    |_| {
                        Err(E::invalid_value(
                            serde::de::Unexpected::Signed(hours),
                            &EXPECTED,
                        ))
                    },
                    |hours| self.visit_u64(hours),
                )
            }

            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                clippy::float_cmp
            )] // range-checked just before
            fn visit_f64<E: serde::de::Error>(self, hours: f64) -> Result<Hours, E> {
                let hundredths = (hours * 100.0).round();
                if hours > 0.0 && hours <= 10_000.0 && (hundredths / 100.0 - hours).abs() < 1e-9 {
                    Ok(Hours(hundredths as u32))
                } else {
                    Err(E::invalid_value(
                        serde::de::Unexpected::Float(hours),
                        &EXPECTED,
                    ))
                }
            }
        }

        deserializer.deserialize_any(HoursVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Hours {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Hours".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Hours of work: more than 0, at most 10000, with at most two decimals.",
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 10000,
            "multipleOf": 0.01,
        })
    }
}

/// One assignment of a fee-based post: an activity and its hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Assignment {
    /// The activity, as Kokoa ry's fee recommendation names it.
    pub activity: FeeActivity,
    /// How many hours, where the post states it. The fee is by the hour; an
    /// assignment without hours is priced by its rate alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
}

impl Assignment {
    /// `hours` of `activity`.
    #[must_use]
    pub const fn new(activity: FeeActivity, hours: Hours) -> Self {
        Self {
            activity,
            hours: Some(hours),
        }
    }

    /// An assignment of `activity` whose hours are not stated.
    #[must_use]
    pub const fn hours_not_stated(activity: FeeActivity) -> Self {
        Self {
            activity,
            hours: None,
        }
    }
}

list_field!(AssignmentsField, "assignments", MAX_ASSIGNMENTS);

/// The terms of a fee-based assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FeeTerms {
    /// The assignments: at least one, at most 32.
    #[serde(deserialize_with = "bounded_field::<_, _, AssignmentsField>")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ASSIGNMENTS)))]
    pub assignments: Vec<Assignment>,
    /// The fees: the schedule's rates for the activities of the assignments. Absent,
    /// Kokoa ry's recommendation ([`FeeSchedule::kokoa`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_schedule: Option<FeeSchedule>,
}

impl FeeTerms {
    /// Assignments priced with Kokoa ry's recommendation.
    #[must_use]
    pub fn new(assignments: impl IntoIterator<Item = Assignment>) -> Self {
        Self {
            assignments: assignments.into_iter().collect(),
            fee_schedule: None,
        }
    }

    /// The schedule the assignments are priced with: the post's own, or Kokoa ry's.
    #[must_use]
    pub fn schedule(&self) -> std::borrow::Cow<'_, FeeSchedule> {
        self.fee_schedule.as_ref().map_or_else(
            || std::borrow::Cow::Owned(FeeSchedule::kokoa()),
            std::borrow::Cow::Borrowed,
        )
    }
}

/// The terms of a volunteer role: no contract and no fee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct VolunteerTerms {}

impl VolunteerTerms {
    /// A volunteer role.
    #[must_use]
    pub const fn new() -> Self {
        Self {}
    }
}

/// The form of work of a post and the terms that come with it.
///
/// ```
/// use peerwork::{Assignment, Contract, FeeActivity, FormOfWork, Hours, SalariedTerms, Terms};
///
/// let salaried = Terms::Salaried(SalariedTerms::new(50, Contract::months(3)));
/// assert_eq!(salaried.form_of_work(), FormOfWork::Salaried);
/// assert_eq!(
///     serde_json::to_string(&salaried)?,
///     r#"{"form_of_work":"salaried","working_time_percent":50,"contract":{"kind":"fixed_term","term":{"duration":{"amount":3,"unit":"months"}}}}"#
/// );
///
/// // A fee-based assignment has no working time or contract to give.
/// let err = serde_json::from_str::<Terms>(
///     r#"{"form_of_work": "fee_based", "working_time_percent": 60,
///         "assignments": [{"activity": "meeting", "hours": 2}]}"#,
/// )
/// .unwrap_err();
/// assert!(err.to_string().starts_with("unknown field `working_time_percent`"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "form_of_work", rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Terms {
    /// Unpaid volunteer work.
    Volunteer(VolunteerTerms),
    /// Fee-based assignments.
    FeeBased(FeeTerms),
    /// Salaried employment.
    Salaried(SalariedTerms),
}

impl Terms {
    /// The form of work.
    #[must_use]
    pub const fn form_of_work(&self) -> FormOfWork {
        match self {
            Self::Volunteer(_) => FormOfWork::Volunteer,
            Self::FeeBased(_) => FormOfWork::FeeBased,
            Self::Salaried(_) => FormOfWork::Salaried,
        }
    }

    /// The salaried terms, for a salaried post.
    #[must_use]
    pub const fn salaried(&self) -> Option<&SalariedTerms> {
        match self {
            Self::Salaried(terms) => Some(terms),
            _ => None,
        }
    }

    /// The fee terms, for a fee-based post.
    #[must_use]
    pub const fn fee_based(&self) -> Option<&FeeTerms> {
        match self {
            Self::FeeBased(terms) => Some(terms),
            _ => None,
        }
    }
}

impl<'de> Tagged<'de> for Terms {
    type Tag = FormOfWork;
    const TAG: &'static str = "form_of_work";
    const EXPECTING: &'static str =
        r#"an object with "form_of_work": "volunteer", "fee_based" or "salaried""#;

    fn read<D: Deserializer<'de>>(form: FormOfWork, rest: D) -> Result<Self, D::Error> {
        match form {
            FormOfWork::Volunteer => VolunteerTerms::deserialize(rest).map(Self::Volunteer),
            FormOfWork::FeeBased => FeeTerms::deserialize(rest).map(Self::FeeBased),
            FormOfWork::Salaried => SalariedTerms::deserialize(rest).map(Self::Salaried),
        }
    }
}

impl<'de> Deserialize<'de> for Terms {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        tagged::deserialize(deserializer)
    }
}

crate::i18n::vocabulary!(FormOfWork, "form_of_work", [
    Volunteer => ("vapaaehtoistyö", "frivilligarbete", "volunteer work");
    FeeBased => ("palkkioperusteinen toimeksianto", "arvodesbaserat uppdrag", "fee-based assignment"),
        described (
            "Projektiluonteinen tehtävä, josta maksetaan palkkio tehtävän laadun ja tuntimäärän mukaan.",
            "Ett uppdrag av projektkaraktär där arvode betalas per timme enligt typ av uppgift.",
            "Project-type work paid by the activity and the hour."
        );
    Salaried => ("palkkatyö", "lönearbete", "salaried employment");
]);

crate::i18n::vocabulary!(TimeUnit, "time_unit", [
    Days => ("päivää", "dagar", "days");
    Weeks => ("viikkoa", "veckor", "weeks");
    Months => ("kuukautta", "månader", "months");
]);
