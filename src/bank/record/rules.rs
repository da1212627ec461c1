//! The rules of a [`PeerWorkerRecord`], checked wherever a record is built or read.

use core::fmt;

use crate::error::quote;
use crate::job::ExperienceBackground;
use crate::municipality::Municipality;
use crate::validate::first_duplicate;

use super::super::availability::DateRange;
use super::super::error::RecordError;
use super::super::{MAX_AVAILABILITY_RANGES, MAX_MUNICIPALITIES_SERVED, MAX_WORKER_ID_CHARS};
use super::{PeerWorkerRecord, ServiceArea};

impl PeerWorkerRecord {
    /// Checks every rule, in the order of the fields.
    pub(super) fn validate(&self) -> Result<(), RecordError> {
        self.validate_before_service_area()?;
        if let ServiceArea::Municipalities(served) = &self.service_area {
            check_municipalities(served)?;
        }
        check_availability(&self.availability)
    }

    /// Checks the rules of the fields before `service_area`, in their order.
    pub(super) fn validate_before_service_area(&self) -> Result<(), RecordError> {
        check_id(&self.id)?;
        if self.tasks.is_empty() {
            return Err(RecordError::NoTasks);
        }
        if self
            .experience_backgrounds
            .contains(&ExperienceBackground::OpenToAll)
        {
            return Err(RecordError::OpenToAllOnPerson);
        }
        if first_duplicate(self.experience_backgrounds.iter().copied()).is_some() {
            return Err(RecordError::DuplicateExperienceBackground);
        }
        if let Some(training) = &self.training {
            if training.hours == 0 {
                return Err(RecordError::ZeroTrainingHours);
            }
            if training.months == 0 {
                return Err(RecordError::ZeroTrainingMonths);
            }
        }
        if self.forms_of_work.is_empty() {
            return Err(RecordError::NoFormOfWork);
        }
        unique("forms_of_work", &self.forms_of_work)?;
        if !(1..=100).contains(&self.max_working_time_percent) {
            return Err(RecordError::WorkingTimeOutOfRange(
                self.max_working_time_percent,
            ));
        }
        if self.languages.is_empty() {
            return Err(RecordError::NoLanguage);
        }
        unique("languages", &self.languages)
    }
}

fn check_id(id: &str) -> Result<(), RecordError> {
    let visible = id.bytes().all(|b| b.is_ascii_graphic());
    if id.is_empty() || id.len() > MAX_WORKER_ID_CHARS || !visible {
        return Err(RecordError::InvalidId(quote(id)));
    }
    Ok(())
}

fn unique<T: PartialEq + Copy + fmt::Display>(
    field: &'static str,
    items: &[T],
) -> Result<(), RecordError> {
    match first_duplicate(items.iter().copied()) {
        Some(value) => Err(RecordError::Duplicate {
            field,
            value: quote(&value.to_string()),
        }),
        None => Ok(()),
    }
}

fn too_many(field: &'static str, max: usize, actual: usize) -> Result<(), RecordError> {
    if actual > max {
        Err(RecordError::TooMany { field, max, actual })
    } else {
        Ok(())
    }
}

fn check_municipalities(served: &[Municipality]) -> Result<(), RecordError> {
    if served.is_empty() {
        return Err(RecordError::NoMunicipality);
    }
    too_many(
        "service_area.municipalities",
        MAX_MUNICIPALITIES_SERVED,
        served.len(),
    )?;
    match first_duplicate(served.iter().copied()) {
        Some(municipality) => Err(RecordError::Duplicate {
            field: "service_area.municipalities",
            value: format!("{municipality} ({})", municipality.code()),
        }),
        None => Ok(()),
    }
}

fn check_availability(ranges: &[DateRange]) -> Result<(), RecordError> {
    too_many("availability", MAX_AVAILABILITY_RANGES, ranges.len())?;
    for pair in ranges.windows(2) {
        if let [before, after] = pair {
            let in_order = before.end().is_some_and(|end| end < after.start());
            if !in_order {
                return Err(RecordError::AvailabilityOverlap {
                    start: after.start(),
                });
            }
        }
    }
    Ok(())
}
