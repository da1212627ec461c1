//! [`Pay`]: the pay of a post, in euro cents, for a period.

use core::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::fee::Cents;

/// The largest amount of pay, in cents: ten trillion euros.
///
/// A `JobPosting` states pay as a JSON number of euros, and a JSON number is read as a
/// double-precision float: up to this bound, every amount of whole cents prints as a
/// number that reads back as exactly that amount, so a larger amount is refused rather
/// than published inexactly.
pub const MAX_PAY_CENTS: u64 = 1_000_000_000_000_000;

model_enum! {
/// The period pay is given for.
///
/// Its id (`hour`, `month`, `year`) is what documents read and write. A posting writes
/// the schema.org unit instead: `HOUR`, `MONTH` or `YEAR`.
///
/// ```
/// use peerwork::PayPeriod;
///
/// assert_eq!("month".parse::<PayPeriod>()?, PayPeriod::Month);
/// assert_eq!(PayPeriod::Hour.to_string(), "hour");
/// # Ok::<(), peerwork::ParseIdError>(())
/// ```
#[non_exhaustive]
pub enum PayPeriod {
    /// Per hour.
    Hour,
    /// Per month.
    Month,
    /// Per year.
    Year,
}
}

impl PayPeriod {
    /// The schema.org `unitText` of the period.
    #[must_use]
    pub const fn unit_text(self) -> &'static str {
        match self {
            Self::Hour => "HOUR",
            Self::Month => "MONTH",
            Self::Year => "YEAR",
        }
    }
}

/// The pay of a post, in euro cents: a single amount, or a range, for a period.
///
/// The amount, or the lower end of a range, is more than zero; a range does not end
/// below its start; no amount is above [`MAX_PAY_CENTS`]. A `Pay` is valid however it is
/// made: by [`Pay::new`], [`Pay::range`] or by reading a document.
///
/// ```
/// use peerwork::{Cents, Pay, PayPeriod};
///
/// let pay: Pay = serde_json::from_str(r#"{"min": 135000, "max": 145000, "period": "month"}"#)?;
/// assert_eq!(pay.min(), Cents::from_euros(1_350));
/// assert_eq!(pay.max(), Some(Cents::from_euros(1_450)));
///
/// let err = serde_json::from_str::<Pay>(r#"{"min": 300000, "max": 200000, "period": "month"}"#)
///     .unwrap_err();
/// assert!(err.to_string().starts_with("max: the pay range 3000.00 EUR to 2000.00 EUR ends below its start"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Pay(PayFields);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Pay"))]
/// The pay of a post in euro cents: a single amount, or a range, for a period.
struct PayFields {
    /// The amount, or the lower end of the range, in euro cents: more than zero, at
    /// most 10^15.
    #[cfg_attr(feature = "schema", schemars(with = "u64", range(min = 1, max = MAX_PAY_CENTS)))]
    min: Cents,
    /// The upper end of the range, if the pay is a range: not below `min`, at most
    /// 10^15.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<u64>", range(min = 1, max = MAX_PAY_CENTS))
    )]
    max: Option<Cents>,
    /// The period the amounts are for.
    period: PayPeriod,
}

/// Pay that cannot be: zero, a range that ends below its start, or an amount above
/// [`MAX_PAY_CENTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PayError {
    /// An amount of zero.
    #[error("min: pay must be more than zero")]
    Zero,
    /// A range whose upper end is below its lower end.
    #[error("max: the pay range {min} to {max} ends below its start")]
    RangeEndsBelowStart {
        /// The lower end given.
        min: Cents,
        /// The upper end given.
        max: Cents,
    },
    /// An amount above [`MAX_PAY_CENTS`].
    #[error(
        "{field}: {amount} is more than the largest amount a posting states exactly (10 000 000 000 000.00 EUR)"
    )]
    TooLarge {
        /// `min` or `max`.
        field: &'static str,
        /// The amount given.
        amount: Cents,
    },
}

impl PayError {
    /// The field of the pay the error is about: `min` or `max`.
    #[must_use]
    pub fn field(&self) -> &'static str {
        match self {
            Self::Zero => "min",
            Self::RangeEndsBelowStart { .. } => "max",
            Self::TooLarge { field, .. } => field,
        }
    }
}

impl PayFields {
    fn check(self) -> Result<Pay, PayError> {
        for (field, amount) in [("min", Some(self.min)), ("max", self.max)] {
            if let Some(amount) = amount
                && amount.0 > MAX_PAY_CENTS
            {
                return Err(PayError::TooLarge { field, amount });
            }
        }
        if self.min.0 == 0 {
            return Err(PayError::Zero);
        }
        if let Some(max) = self.max
            && max < self.min
        {
            return Err(PayError::RangeEndsBelowStart { min: self.min, max });
        }
        Ok(Pay(self))
    }
}

impl Pay {
    /// A single amount for `period`.
    ///
    /// # Errors
    ///
    /// [`PayError`] for an amount of zero or above [`MAX_PAY_CENTS`].
    pub fn new(amount: Cents, period: PayPeriod) -> Result<Self, PayError> {
        PayFields {
            min: amount,
            max: None,
            period,
        }
        .check()
    }

    /// A range from `min` to `max` for `period`.
    ///
    /// # Errors
    ///
    /// [`PayError`] for a range that starts at zero, ends below its start, or holds an
    /// amount above [`MAX_PAY_CENTS`].
    pub fn range(min: Cents, max: Cents, period: PayPeriod) -> Result<Self, PayError> {
        PayFields {
            min,
            max: Some(max),
            period,
        }
        .check()
    }

    /// The amount, or the lower end of the range.
    #[must_use]
    pub fn min(&self) -> Cents {
        self.0.min
    }

    /// The upper end of the range, if the pay is a range.
    #[must_use]
    pub fn max(&self) -> Option<Cents> {
        self.0.max
    }

    /// The period the amounts are for.
    #[must_use]
    pub fn period(&self) -> PayPeriod {
        self.0.period
    }
}

impl fmt::Display for Pay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.max() {
            Some(max) if max != self.min() => write!(f, "{} to {}", self.min(), max),
            _ => write!(f, "{}", self.min()),
        }?;
        write!(f, " per {}", self.period())
    }
}

/// Reading pay runs the same checks as [`Pay::new`] and [`Pay::range`].
impl<'de> Deserialize<'de> for Pay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::strict::deserialize::<PayFields, _>(deserializer)?
            .check()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Pay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Pay".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        PayFields::json_schema(generator)
    }
}

crate::i18n::vocabulary!(PayPeriod, "pay_period", [
    Hour => ("tunti", "timme", "hour");
    Month => ("kuukausi", "månad", "month");
    Year => ("vuosi", "år", "year");
]);
