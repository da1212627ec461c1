//! Terms of work: the form of work, working time and contract.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::i18n::Vocabulary;
use crate::language::Language;

model_enum! {
/// The form in which peer work is done \[T\]. The content and goals of the work must fit
/// its form.
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
}

model_enum! {
/// A unit of time for a fixed term.
pub enum TimeUnit {
    /// Days.
    Days,
    /// Weeks.
    Weeks,
    /// Calendar months.
    Months,
}
}

/// How long a fixed-term contract runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Term {
    /// A length, for example three months. Must be more than zero.
    Duration {
        /// How many units; more than zero.
        #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
        amount: u16,
        /// The unit.
        unit: TimeUnit,
    },
    /// From `start` to `end`, both days included; `end` must not be before `start`.
    Dates {
        /// The first day.
        start: Date,
        /// The last day.
        end: Date,
    },
}

/// The contract of a post.
///
/// ```
/// use peerwork::{Contract, TimeUnit};
///
/// let pilot = Contract::months(3);
/// assert_eq!(
///     serde_json::to_string(&pilot)?,
///     r#"{"kind":"fixed_term","term":{"duration":{"amount":3,"unit":"months"}}}"#
/// );
/// assert_eq!(serde_json::to_string(&Contract::Permanent)?, r#"{"kind":"permanent"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
            term: Term::Duration {
                amount: months,
                unit: TimeUnit::Months,
            },
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

/// The terms of work of a post: its form, working time and contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Terms {
    /// Volunteer, fee-based or salaried.
    pub form_of_work: FormOfWork,
    /// Working time as a percentage of full time: more than 0, at most 100.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 100)))]
    pub working_time_percent: u16,
    /// Permanent or fixed-term.
    pub contract: Contract,
}

crate::i18n::vocabulary!(FormOfWork, "form_of_work", [
    Volunteer => ("vapaaehtoistyö", "frivilligarbete", "volunteer work");
    FeeBased => ("palkkioperusteinen toimeksianto", "arvodesbaserat uppdrag", "fee-based assignment"),
        described (
            "Projektiluonteinen tehtävä, josta maksetaan palkkio toiminnon ja tuntien mukaan.",
            "Ett uppdrag av projektkaraktär som ersätts med arvode enligt verksamhet och timmar.",
            "Project-type work paid by the activity and the hour."
        );
    Salaried => ("palkkatyö", "lönearbete", "salaried employment");
]);

crate::i18n::vocabulary!(TimeUnit, "time_unit", [
    Days => ("päivää", "dagar", "days");
    Weeks => ("viikkoa", "veckor", "weeks");
    Months => ("kuukautta", "månader", "months");
]);
