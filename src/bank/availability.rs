//! [`DateRange`]: when a peer worker is available, and the period a job runs.

use core::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::date::Date;

/// A range of days, both ends included; open-ended when it has no end.
///
/// A peer worker's availability is a list of these; the period a job runs, given to
/// the bank's match, is one.
///
/// ```
/// use peerwork::{Date, DateRange};
///
/// let autumn = DateRange::between(Date::new(2017, 9, 1)?, Date::new(2017, 11, 30)?)?;
/// let from_august = DateRange::open_ended(Date::new(2017, 8, 1)?);
/// assert!(from_august.covers(autumn));
/// assert!(!autumn.covers(from_august));
/// assert_eq!(autumn.to_string(), "2017-09-01 to 2017-11-30");
///
/// let json = serde_json::to_string(&autumn).unwrap();
/// assert_eq!(json, r#"{"start":"2017-09-01","end":"2017-11-30"}"#);
///
/// // A range never ends before it starts, whichever way it is made.
/// assert!(DateRange::between(Date::new(2017, 9, 1)?, Date::new(2017, 8, 31)?).is_err());
/// assert!(serde_json::from_str::<DateRange>(r#"{"start":"2017-09-01","end":"2017-08-31"}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct DateRange {
    /// The first day.
    start: Date,
    /// The last day, not before `start`; absent for an open-ended range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<Date>,
}

/// A range whose end is before its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the range ends on {end}, before it starts on {start}")]
pub struct DateRangeError {
    /// The first day given.
    pub start: Date,
    /// The last day given.
    pub end: Date,
}

impl DateRange {
    /// The days from `start` to `end` (both included), or from `start` on when `end` is
    /// `None`.
    ///
    /// # Errors
    ///
    /// [`DateRangeError`] when `end` is before `start`.
    pub fn new(start: Date, end: Option<Date>) -> Result<Self, DateRangeError> {
        match end {
            Some(end) if end < start => Err(DateRangeError { start, end }),
            _ => Ok(Self { start, end }),
        }
    }

    /// The days from `start` to `end`, both included.
    ///
    /// # Errors
    ///
    /// [`DateRangeError`] when `end` is before `start`.
    pub fn between(start: Date, end: Date) -> Result<Self, DateRangeError> {
        Self::new(start, Some(end))
    }

    /// Every day from `start` on.
    #[must_use]
    pub const fn open_ended(start: Date) -> Self {
        Self { start, end: None }
    }

    /// The first day.
    #[must_use]
    pub const fn start(self) -> Date {
        self.start
    }

    /// The last day; `None` for an open-ended range.
    #[must_use]
    pub const fn end(self) -> Option<Date> {
        self.end
    }

    /// Whether every day of `other` is in `self`.
    #[must_use]
    pub fn covers(self, other: DateRange) -> bool {
        self.start <= other.start
            && match (self.end, other.end) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(mine), Some(theirs)) => theirs <= mine,
            }
    }
}

/// `2017-09-01 to 2017-11-30`, or `from 2017-09-01` for an open-ended range.
impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) => write!(f, "{} to {end}", self.start),
            None => write!(f, "from {}", self.start),
        }
    }
}

/// Reading a range checks that it does not end before it starts.
impl<'de> Deserialize<'de> for DateRange {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Unchecked {
            start: Date,
            #[serde(default)]
            end: Option<Date>,
        }
        let Unchecked { start, end } = crate::strict::deserialize(deserializer)?;
        DateRange::new(start, end).map_err(serde::de::Error::custom)
    }
}

/// A day as a number: days from 0001-01-01 (day 0) in the proleptic Gregorian
/// calendar. Dates run from year 1 to 9999, so the number stays below 3 652 059.
pub(super) fn day_number(date: Date) -> u32 {
    // Every date is on or after 0001-01-01, and the count fits a `u32`: no fallback
    // is ever taken.
    Date::new(1, 1, 1)
        .ok()
        .and_then(|epoch| u32::try_from(date.days_since(epoch)).ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_days() {
        let day = |y, m, d| day_number(Date::new(y, m, d).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(day(1, 1, 1), 0);
        assert_eq!(day(1, 1, 2), 1);
        assert_eq!(day(2000, 3, 1) - day(2000, 2, 28), 2);
        assert_eq!(day(2017, 11, 30) - day(2017, 9, 1), 90);
        assert_eq!(day(9999, 12, 31), 3_652_058);
        assert_eq!(day(2000, 1, 1), super::super::index::WINDOW_START);
    }
}
