//! [`Date`]: a calendar date, as job documents exchange it (`YYYY-MM-DD`).

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::quote;

/// A date of the proleptic Gregorian calendar, years 1 to 9999, written `YYYY-MM-DD`
/// (ISO 8601 / RFC 3339 `full-date`).
///
/// The crate needs dates only to state contract terms and posting periods, so this
/// small type stands in for a date-time library.
///
/// ```
/// use peerwork::Date;
///
/// let start: Date = "2017-09-01".parse()?;
/// let end = Date::new(2017, 11, 30)?;
/// assert!(start < end);
/// assert_eq!(end.days_since(start), 90);
/// assert_eq!(start.to_string(), "2017-09-01");
/// assert!("2017-02-29".parse::<Date>().is_err());
/// # Ok::<(), peerwork::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A date that does not exist or is not written `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date `{value}`: expected an existing date written YYYY-MM-DD")]
pub struct DateError {
    value: String,
}

impl DateError {
    fn new(value: &str) -> Self {
        Self {
            value: quote(value),
        }
    }

    /// The rejected text (cut to [`QUOTE_LIMIT`](crate::QUOTE_LIMIT) bytes).
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date `year-month-day`.
    ///
    /// # Errors
    ///
    /// [`DateError`] when the date does not exist or the year is outside 1 to 9999.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        if (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
        {
            Ok(Self { year, month, day })
        } else {
            Err(DateError::new(&format!("{year:04}-{month:02}-{day:02}")))
        }
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (a day count that
    /// makes differences easy).
    // Years are at most 9999, so every intermediate value is below 4 million.
    #[allow(clippy::arithmetic_side_effects)]
    const fn day_number(self) -> i64 {
        // Shift the year to start in March so the leap day is the last day of a year.
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        let day_of_year = (153 * m + 2) / 5 + self.day as i64 - 1;
        365 * y + y / 4 - y / 100 + y / 400 + day_of_year
    }

    /// The day of the week, from 0 for Monday to 6 for Sunday.
    ///
    /// ```
    /// use peerwork::Date;
    ///
    /// assert_eq!(Date::new(2026, 12, 3)?.weekday(), 3); // a Thursday
    /// # Ok::<(), peerwork::DateError>(())
    /// ```
    #[must_use]
    #[allow(
        clippy::arithmetic_side_effects,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )] // rem_euclid of 7 is 0 to 6
    pub const fn weekday(self) -> u8 {
        // Day number 0, 0000-03-01, was a Wednesday.
        (self.day_number() + 2).rem_euclid(7) as u8
    }

    /// The number of days from `earlier` to `self`; negative when `self` is earlier.
    #[must_use]
    #[allow(clippy::arithmetic_side_effects)] // both day numbers are below 4 million
    pub const fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }
}

/// A time of day on the clock, to the minute, written `HH:MM`, such as the hour an
/// application period ends at.
///
/// ```
/// use peerwork::ClockTime;
///
/// let four_pm: ClockTime = "16:00".parse()?;
/// assert_eq!(four_pm.to_string(), "16:00");
/// assert!("24:00".parse::<ClockTime>().is_err());
/// # Ok::<(), peerwork::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClockTime {
    hour: u8,
    minute: u8,
}

impl ClockTime {
    /// `hour:minute`, hour 0 to 23 and minute 0 to 59.
    ///
    /// # Errors
    ///
    /// [`DateError`] for a time that does not exist.
    pub fn new(hour: u8, minute: u8) -> Result<Self, DateError> {
        if hour < 24 && minute < 60 {
            Ok(Self { hour, minute })
        } else {
            Err(DateError::new(&format!("{hour:02}:{minute:02}")))
        }
    }

    /// The hour, 0 to 23.
    #[must_use]
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    #[must_use]
    pub const fn minute(self) -> u8 {
        self.minute
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl FromStr for ClockTime {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let err = || DateError::new(s);
        let (hour, minute) = s.split_once(':').ok_or_else(err)?;
        let two_digits = |part: &str| {
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u8>().ok())
                .flatten()
                .ok_or_else(err)
        };
        Self::new(two_digits(hour)?, two_digits(minute)?).map_err(|_| err())
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TimeVisitor;

        impl serde::de::Visitor<'_> for TimeVisitor {
            type Value = ClockTime;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time of day written HH:MM")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<ClockTime, E> {
                s.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(TimeVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ClockTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClockTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A time of day written HH:MM, 00:00 to 23:59.",
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        })
    }
}

/// The UTC offset of Finnish time on `date` at `time`, in hours: 3 in summer time (from
/// 03:00 on the last Sunday of March to 04:00 on the last Sunday of October), 2
/// otherwise. (EU summer time, which Finland follows.)
#[must_use]
pub(crate) fn finnish_utc_offset(date: Date, time: ClockTime) -> u8 {
    // The last Sunday of a month with 31 days: the 31st, less the days since Sunday.
    let last_sunday = |month: u8| -> u8 {
        let last = Date {
            year: date.year,
            month,
            day: 31,
        };
        let since_sunday = (last.weekday().saturating_add(1)) % 7;
        31_u8.saturating_sub(since_sunday)
    };
    let key = (date.month, date.day, time.hour);
    let starts = (3, last_sunday(3), 3);
    let ends = (10, last_sunday(10), 4);
    if key >= starts && key < ends { 3 } else { 2 }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let err = || DateError::new(s);
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(err());
        }
        let number = |range: core::ops::Range<usize>| -> Result<u16, DateError> {
            let part = s.get(range).ok_or_else(err)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).map_err(|_| err())?;
        let day = u8::try_from(number(8..10)?).map_err(|_| err())?;
        Self::new(year, month, day).map_err(|_| err())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                s.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(DateVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date written YYYY-MM-DD (RFC 3339 full-date).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        })
    }
}
