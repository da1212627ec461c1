//! [`PeerWorkerRecordBuilder`]: builds a [`PeerWorkerRecord`] and checks its rules.

use crate::job::{ExperienceBackground, FormOfWork};
use crate::language::Language;
use crate::municipality::Municipality;
use crate::task_set::TaskSet;

use super::super::availability::DateRange;
use super::super::error::RecordError;
use super::{PeerWorkerRecord, ServiceArea, Training};

impl PeerWorkerRecord {
    /// Starts a record for the person the bank knows as `id`. See
    /// [`PeerWorkerRecordBuilder`].
    pub fn builder(id: impl Into<String>) -> PeerWorkerRecordBuilder {
        PeerWorkerRecordBuilder {
            record: Self {
                id: id.into().into_boxed_str(),
                tasks: TaskSet::EMPTY,
                experience_backgrounds: Box::default(),
                training: None,
                forms_of_work: Box::default(),
                max_working_time_percent: 100,
                languages: Box::new([Language::Finnish]),
                service_area: ServiceArea::Municipalities(Vec::new()),
                availability: Box::default(),
            },
            service_area_given: false,
        }
    }

    /// A builder holding this record, to change some of it (for example before
    /// [`Bank::update`](crate::Bank::update)).
    pub fn to_builder(&self) -> PeerWorkerRecordBuilder {
        PeerWorkerRecordBuilder {
            record: self.clone(),
            service_area_given: true,
        }
    }
}

/// Builds a [`PeerWorkerRecord`]; [`build`](Self::build) checks every rule.
///
/// Required: at least one task, at least one form of work and a service area
/// ([`municipalities`](Self::municipalities) or [`nationwide`](Self::nationwide)).
/// Defaults: no experience backgrounds, no training, 100 % largest working time,
/// Finnish as the language of work, no availability (takes no work for now).
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct PeerWorkerRecordBuilder {
    record: PeerWorkerRecord,
    service_area_given: bool,
}

impl PeerWorkerRecordBuilder {
    /// Sets the tasks the person can take on.
    pub fn tasks(mut self, tasks: TaskSet) -> Self {
        self.record.tasks = tasks;
        self
    }

    /// Sets the person's experience backgrounds (special-category data).
    pub fn experience_backgrounds(
        mut self,
        backgrounds: impl IntoIterator<Item = ExperienceBackground>,
    ) -> Self {
        self.record.experience_backgrounds = backgrounds.into_iter().collect();
        self
    }

    /// Sets the person's training.
    pub fn training(mut self, training: Training) -> Self {
        self.record.training = Some(training);
        self
    }

    /// Records that the person has no training.
    pub fn untrained(mut self) -> Self {
        self.record.training = None;
        self
    }

    /// Sets the forms of work the person accepts.
    pub fn forms_of_work(mut self, forms: impl IntoIterator<Item = FormOfWork>) -> Self {
        self.record.forms_of_work = forms.into_iter().collect();
        self
    }

    /// Sets the largest working time the person accepts, in percent of full time.
    pub fn max_working_time_percent(mut self, percent: u16) -> Self {
        self.record.max_working_time_percent = percent;
        self
    }

    /// Sets the languages the person works in.
    pub fn languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.record.languages = languages.into_iter().collect();
        self
    }

    /// Sets the service area to these municipalities.
    ///
    /// ```
    /// use peerwork::{FormOfWork, Municipality, PeerWorkerRecord, Task};
    ///
    /// let kerava: Municipality = "Kervo".parse()?;
    /// let record = PeerWorkerRecord::builder("kap-7")
    ///     .tasks(Task::GivesTalks.into())
    ///     .forms_of_work([FormOfWork::FeeBased])
    ///     .municipalities([Municipality::VANTAA, kerava])
    ///     .build()?;
    /// assert!(record.service_area().serves(Municipality::KERAVA));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn municipalities(
        mut self,
        municipalities: impl IntoIterator<Item = Municipality>,
    ) -> Self {
        self.record.service_area =
            ServiceArea::Municipalities(municipalities.into_iter().collect());
        self.service_area_given = true;
        self
    }

    /// Sets the service area to the whole country.
    pub fn nationwide(mut self) -> Self {
        self.record.service_area = ServiceArea::Nationwide;
        self.service_area_given = true;
        self
    }

    /// Adds a range of availability, after those added before.
    pub fn available(mut self, range: DateRange) -> Self {
        let mut ranges = core::mem::take(&mut self.record.availability).into_vec();
        ranges.push(range);
        self.record.availability = ranges.into_boxed_slice();
        self
    }

    /// Replaces the availability.
    pub fn availability(mut self, ranges: impl IntoIterator<Item = DateRange>) -> Self {
        self.record.availability = ranges.into_iter().collect();
        self
    }

    /// Checks every rule and returns the record.
    ///
    /// # Errors
    ///
    /// [`RecordError`] for the first rule broken, in the order of the fields;
    /// [`RecordError::MissingServiceArea`] when no service area was set.
    pub fn build(self) -> Result<PeerWorkerRecord, RecordError> {
        if !self.service_area_given {
            self.record.validate_before_service_area()?;
            return Err(RecordError::MissingServiceArea);
        }
        self.record.validate()?;
        Ok(self.record)
    }
}
