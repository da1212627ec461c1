//! [`PeerWorkerRecord`]: what the bank knows of one peer worker, for matching.

use core::cell::Cell;
use core::fmt;

use serde::de::{
    self, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::{Deserialize, Deserializer, Serialize};
use strum::EnumCount;

use crate::error::quote;
use crate::job::{
    ExperienceBackground, FormOfWork, MAX_NAME_CHARS, TrainingKind, TrainingRequirement,
};
use crate::language::Language;
use crate::task_set::TaskSet;
use crate::validate::{TextProblem, bounded_list, check_text, first_duplicate};

use super::availability::DateRange;
use super::content::{Content, ContentDeserializer};
use super::error::{RecordError, RosterError};
use super::{MAX_AVAILABILITY_RANGES, MAX_MUNICIPALITIES_SERVED, MAX_WORKER_ID_CHARS};

/// A peer worker's training: its kind, length in hours and duration in months.
///
/// ```
/// use peerwork::{Training, TrainingKind};
///
/// assert!(Training::new(TrainingKind::NgoTailored, 60, 5).meets_kokoa_standard());
/// // Long enough in hours, but too short in months:
/// assert!(!Training::new(TrainingKind::LabourMarketTraining, 80, 2).meets_kokoa_standard());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Training {
    /// How the training was given.
    pub kind: TrainingKind,
    /// Its length in hours; more than zero.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub hours: u16,
    /// Its duration in months; more than zero.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub months: u16,
}

impl Training {
    /// A training of `kind`, `hours` long over `months` months.
    #[must_use]
    pub const fn new(kind: TrainingKind, hours: u16, months: u16) -> Self {
        Self {
            kind,
            hours,
            months,
        }
    }

    /// Whether the training meets Kokoa ry's standard: at least
    /// [`KOKOA_MIN_HOURS`](TrainingRequirement::KOKOA_MIN_HOURS) hours over at least
    /// [`KOKOA_MIN_MONTHS`](TrainingRequirement::KOKOA_MIN_MONTHS) months \[T\].
    #[must_use]
    pub const fn meets_kokoa_standard(&self) -> bool {
        self.hours >= TrainingRequirement::KOKOA_MIN_HOURS
            && self.months >= TrainingRequirement::KOKOA_MIN_MONTHS
    }
}

/// Where a peer worker takes on work.
///
/// In JSON, `{"municipalities": ["Vantaa", "Helsinki"]}` or `"nationwide"`. A region
/// (for example a wellbeing services county) is given as the municipalities it covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ServiceArea {
    /// These municipalities, each once (names are compared without regard to case and
    /// surrounding white space); 1 to 64 names, each one line of 1 to 200 characters.
    Municipalities(
        #[serde(deserialize_with = "bounded_list::<_, _, MAX_MUNICIPALITIES_SERVED>")]
        #[cfg_attr(
            feature = "schema",
            schemars(
                length(min = 1, max = MAX_MUNICIPALITIES_SERVED),
                inner(
                    length(min = 1, max = MAX_NAME_CHARS),
                    pattern(crate::validate::TEXT_PATTERN)
                ),
                extend("uniqueItems" = true)
            )
        )]
        Vec<String>,
    ),
    /// Anywhere, for example remote work or an expert who travels.
    Nationwide,
}

impl ServiceArea {
    /// Whether the area includes `municipality`, compared without regard to case and
    /// surrounding white space.
    ///
    /// ```
    /// use peerwork::ServiceArea;
    ///
    /// let area = ServiceArea::Municipalities(vec!["Vantaa".into(), "Järvenpää".into()]);
    /// assert!(area.serves("JÄRVENPÄÄ"));
    /// assert!(!area.serves("Espoo"));
    /// assert!(ServiceArea::Nationwide.serves("Espoo"));
    /// ```
    #[must_use]
    pub fn serves(&self, municipality: &str) -> bool {
        match self {
            Self::Nationwide => true,
            Self::Municipalities(names) => {
                let wanted = normalize_municipality(municipality);
                names
                    .iter()
                    .any(|name| normalize_municipality(name) == wanted)
            }
        }
    }
}

/// A municipality name as the bank compares it: trimmed and in lower case.
pub(super) fn normalize_municipality(name: &str) -> String {
    name.trim().to_lowercase()
}

/// What a peer-worker bank knows of one person, for matching them to jobs: the tasks
/// they can take on, experience backgrounds, training, the terms they accept, languages,
/// where and when they can work — and nothing more.
///
/// # Sensitive data
///
/// **Experience backgrounds are special categories of personal data**: applied to a
/// person, [`ExperienceBackground`] reveals health, substance use or a criminal
/// record. So:
///
/// - the record holds no name or contact data: the [`id`](Self::id) is an opaque key
///   chosen by the bank, and the person's identity stays in the bank's own register;
/// - a record may leave its backgrounds empty (a bank that does not record them); such a
///   person passes only posts that seek no background;
/// - [`Debug`] output withholds the backgrounds, so they do not end up in logs;
/// - what the ordering organisation sees of a match (a [`Candidate`](crate::Candidate))
///   says whether the post's background requirement is met, never which backgrounds
///   the person has. Only the bank's own, explicitly named
///   [`Bank::disclose_experience_backgrounds`](crate::Bank::disclose_experience_backgrounds)
///   returns them.
///
/// The JSON form (serde) does hold the backgrounds: it is the bank's own storage
/// format, not something to hand out.
///
/// # Rules
///
/// Built with [`PeerWorkerRecord::builder`] or read with serde, a record is always valid
/// (see [`RecordError`]): an id of 1 to 64 visible ASCII characters; at least one task;
/// backgrounds each once and never `open_to_all`; training (if any) of more than zero
/// hours and months; at least one form of work and one language, each once; a largest
/// working time of 1 to 100 %; 1 to 64 distinct municipalities (or nationwide), each
/// name one line of 1 to 200 characters; at most 32 availability ranges, in order and
/// not overlapping. An empty availability means not available for now.
///
/// An error about the backgrounds never repeats them: a value that cannot be read (not
/// a list, too long, or an entry that is not a background's id, however close to one)
/// is reported as [`RecordError::InvalidExperienceBackgrounds`], whose message withholds
/// it.
///
/// ```
/// use peerwork::{
///     Date, DateRange, ExperienceBackground, FormOfWork, Language, PeerWorkerRecord,
///     Profile, Task, Training, TrainingKind,
/// };
///
/// let record = PeerWorkerRecord::builder("kap-0042")
///     .tasks(Profile::HelpingEyes.tasks() | Task::EscortsClients)
///     .experience_backgrounds([ExperienceBackground::Substances, ExperienceBackground::Homelessness])
///     .training(Training::new(TrainingKind::NgoTailored, 60, 5))
///     .forms_of_work([FormOfWork::Salaried, FormOfWork::FeeBased])
///     .max_working_time_percent(60)
///     .languages([Language::Finnish, Language::English])
///     .municipalities(["Vantaa", "Helsinki"])
///     .available(DateRange::open_ended(Date::new(2017, 8, 1)?))
///     .build()?;
/// assert!(record.meets_kokoa_standard());
///
/// // Debug output withholds the backgrounds.
/// assert!(!format!("{record:?}").contains("substances"));
///
/// // Reading JSON runs the same rules and names the field.
/// let err = serde_json::from_str::<PeerWorkerRecord>(
///     r#"{"id": "kap-0043", "tasks": ["listens_to_clients"], "forms_of_work": ["salaried"],
///         "max_working_time_percent": 120, "languages": ["fi"],
///         "service_area": "nationwide", "availability": []}"#,
/// )
/// .unwrap_err();
/// assert!(err.to_string().starts_with("max_working_time_percent: must be more than 0"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct PeerWorkerRecord {
    /// The bank's opaque id for the person: 1 to 64 visible ASCII characters, unique in
    /// the bank. Never a name, personal identity code or contact detail.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_WORKER_ID_CHARS), regex(pattern = r"^[!-~]+$"))
    )]
    id: String,
    /// The tasks the person can take on; at least one.
    #[cfg_attr(feature = "schema", schemars(extend("minItems" = 1)))]
    tasks: TaskSet,
    /// The person's experience backgrounds: at most 5, each once, never `open_to_all`.
    /// Special category personal data (health, substance use, criminal record).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            length(max = MAX_PERSON_BACKGROUNDS),
            extend("uniqueItems" = true),
            transform = refuse_open_to_all_items
        )
    )]
    experience_backgrounds: Vec<ExperienceBackground>,
    /// The person's training, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    training: Option<Training>,
    /// The forms of work the person accepts; at least one, each once.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "minItems" = 1)))]
    forms_of_work: Vec<FormOfWork>,
    /// The largest working time the person accepts, as a percentage of full time: more
    /// than 0, at most 100.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 100)))]
    max_working_time_percent: u16,
    /// The languages the person works in; at least one, each once.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "minItems" = 1)))]
    languages: Vec<Language>,
    /// Where the person takes on work.
    service_area: ServiceArea,
    /// When the person can work: at most 32 ranges, in order, without overlap. Empty
    /// when the person takes no work for now.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_AVAILABILITY_RANGES)))]
    availability: Vec<DateRange>,
}

/// Withholds the experience backgrounds (special-category data) so they stay out of
/// logs.
impl fmt::Debug for PeerWorkerRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PeerWorkerRecord")
            .field("id", &self.id)
            .field("tasks", &self.tasks)
            .field("experience_backgrounds", &format_args!("<withheld>"))
            .field("training", &self.training)
            .field("forms_of_work", &self.forms_of_work)
            .field("max_working_time_percent", &self.max_working_time_percent)
            .field("languages", &self.languages)
            .field("service_area", &self.service_area)
            .field("availability", &self.availability)
            .finish()
    }
}

/// The most experience backgrounds a person can have: every one but `open_to_all`.
const MAX_PERSON_BACKGROUNDS: usize = ExperienceBackground::COUNT.saturating_sub(1);

/// Adds to a list's schema that its items are never `open_to_all`, which describes what
/// a post seeks, not a person.
#[cfg(feature = "schema")]
fn refuse_open_to_all_items(schema: &mut schemars::Schema) {
    let open_to_all: &'static str = ExperienceBackground::OpenToAll.into();
    if let Some(items) = schema
        .get_mut("items")
        .and_then(serde_json::Value::as_object_mut)
    {
        items.insert(
            "not".to_owned(),
            serde_json::json!({ "const": open_to_all }),
        );
    }
}

impl PeerWorkerRecord {
    /// The most experience backgrounds a person can have: every
    /// [`ExperienceBackground`] but `open_to_all`, each once.
    pub const MAX_EXPERIENCE_BACKGROUNDS: usize = MAX_PERSON_BACKGROUNDS;

    /// Starts a record for the person the bank knows as `id`. See
    /// [`PeerWorkerRecordBuilder`].
    pub fn builder(id: impl Into<String>) -> PeerWorkerRecordBuilder {
        PeerWorkerRecordBuilder {
            record: Self {
                id: id.into(),
                tasks: TaskSet::EMPTY,
                experience_backgrounds: Vec::new(),
                training: None,
                forms_of_work: Vec::new(),
                max_working_time_percent: 100,
                languages: vec![Language::Finnish],
                service_area: ServiceArea::Municipalities(Vec::new()),
                availability: Vec::new(),
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

    /// The bank's opaque id for the person.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The tasks the person can take on.
    #[must_use]
    pub fn tasks(&self) -> TaskSet {
        self.tasks
    }

    /// The person's experience backgrounds: **special-category personal data**; see
    /// the [type's documentation](Self#sensitive-data).
    #[must_use]
    pub fn experience_backgrounds(&self) -> &[ExperienceBackground] {
        &self.experience_backgrounds
    }

    /// The person's training, if any.
    #[must_use]
    pub fn training(&self) -> Option<&Training> {
        self.training.as_ref()
    }

    /// Whether the person's training meets Kokoa ry's standard; see
    /// [`Training::meets_kokoa_standard`].
    #[must_use]
    pub fn meets_kokoa_standard(&self) -> bool {
        self.training
            .as_ref()
            .is_some_and(Training::meets_kokoa_standard)
    }

    /// The forms of work the person accepts.
    #[must_use]
    pub fn forms_of_work(&self) -> &[FormOfWork] {
        &self.forms_of_work
    }

    /// The largest working time the person accepts, in percent of full time.
    #[must_use]
    pub fn max_working_time_percent(&self) -> u16 {
        self.max_working_time_percent
    }

    /// The languages the person works in.
    #[must_use]
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// Where the person takes on work.
    #[must_use]
    pub fn service_area(&self) -> &ServiceArea {
        &self.service_area
    }

    /// When the person can work, in order.
    #[must_use]
    pub fn availability(&self) -> &[DateRange] {
        &self.availability
    }

    /// Checks every rule, in the order of the fields.
    fn validate(&self) -> Result<(), RecordError> {
        self.validate_before_service_area()?;
        if let ServiceArea::Municipalities(names) = &self.service_area {
            check_municipalities(names)?;
        }
        check_availability(&self.availability)
    }

    /// Checks the rules of the fields before `service_area`, in their order.
    fn validate_before_service_area(&self) -> Result<(), RecordError> {
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
            value: value.to_string(),
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

fn check_municipalities(names: &[String]) -> Result<(), RecordError> {
    if names.is_empty() {
        return Err(RecordError::NoMunicipality);
    }
    too_many(
        "service_area.municipalities",
        MAX_MUNICIPALITIES_SERVED,
        names.len(),
    )?;
    let mut seen: Vec<String> = Vec::with_capacity(names.len());
    for (index, name) in names.iter().enumerate() {
        check_text(name, MAX_NAME_CHARS).map_err(|problem| match problem {
            TextProblem::Empty => RecordError::EmptyMunicipality { index },
            TextProblem::TooLong(actual) => RecordError::MunicipalityTooLong {
                index,
                name: quote(name),
                max: MAX_NAME_CHARS,
                actual,
            },
            TextProblem::ControlCharacter => RecordError::MunicipalityControlCharacter {
                index,
                name: quote(name),
            },
        })?;
        let normal = normalize_municipality(name);
        if seen.contains(&normal) {
            return Err(RecordError::Duplicate {
                field: "service_area.municipalities",
                value: quote(name),
            });
        }
        seen.push(normal);
    }
    Ok(())
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
    pub fn municipalities<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.record.service_area =
            ServiceArea::Municipalities(names.into_iter().map(Into::into).collect());
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
        self.record.availability.push(range);
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

// ---------------------------------------------------------------------------------
// Reading: a hand-written map visitor, so every error names the field it is about and,
// inside a roster, the record's position and id.

/// A field of a record, named as in JSON.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::VariantNames,
)]
#[strum(serialize_all = "snake_case")]
enum Field {
    Id,
    Tasks,
    ExperienceBackgrounds,
    Training,
    FormsOfWork,
    MaxWorkingTimePercent,
    Languages,
    ServiceArea,
    Availability,
}

/// The names of the fields, for serde's messages.
const FIELDS: &[&str] = <Field as strum::VariantNames>::VARIANTS;

impl Field {
    const fn bit(self) -> u16 {
        1 << self as u16
    }

    fn name(self) -> &'static str {
        self.into()
    }
}

/// A key of a record: a field, or a name that is not one.
enum Key {
    Known(Field),
    Unknown(String),
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                Ok(name
                    .parse()
                    .map_or_else(|_| Key::Unknown(quote(name)), Key::Known))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The fields of a record being read.
#[derive(Default)]
struct Slots {
    id: Option<String>,
    tasks: Option<TaskSet>,
    experience_backgrounds: Option<Vec<ExperienceBackground>>,
    training: Option<Training>,
    /// The fields read so far, one bit each.
    seen: u16,
    forms_of_work: Option<Vec<FormOfWork>>,
    max_working_time_percent: Option<u16>,
    languages: Option<Vec<Language>>,
    service_area: Option<ServiceArea>,
    availability: Option<Vec<DateRange>>,
    /// Whether reading `experience_backgrounds` failed on the value itself, which the
    /// error then withholds (see [`BackgroundList`]).
    backgrounds_refused: bool,
}

impl Slots {
    fn is_set(&self, field: Field) -> bool {
        self.seen & field.bit() != 0
    }

    /// Reads the value of `field`.
    fn read<'de, D: Deserializer<'de>>(&mut self, field: Field, value: D) -> Result<(), D::Error> {
        self.seen |= field.bit();
        match field {
            Field::Id => self.id = Some(Deserialize::deserialize(value)?),
            Field::Tasks => self.tasks = Some(Deserialize::deserialize(value)?),
            // Lists stop reading at their bound (each value at most once, or the limit),
            // so a hostile record cannot make them grow without limit.
            Field::ExperienceBackgrounds => {
                let refused = Cell::new(false);
                let read = BackgroundList { refused: &refused }.deserialize(value);
                self.backgrounds_refused = refused.get();
                self.experience_backgrounds = Some(read?);
            }
            Field::Training => self.training = Deserialize::deserialize(value)?,
            Field::FormsOfWork => {
                self.forms_of_work = Some(bounded_list::<_, _, { FormOfWork::COUNT }>(value)?);
            }
            Field::MaxWorkingTimePercent => {
                self.max_working_time_percent = Some(Deserialize::deserialize(value)?);
            }
            Field::Languages => {
                self.languages = Some(bounded_list::<_, _, { Language::COUNT }>(value)?);
            }
            Field::ServiceArea => self.service_area = Some(Deserialize::deserialize(value)?),
            Field::Availability => {
                self.availability = Some(bounded_list::<_, _, MAX_AVAILABILITY_RANGES>(value)?);
            }
        }
        Ok(())
    }

    /// The record, or the first required field that is missing.
    fn into_record(self) -> Result<PeerWorkerRecord, &'static str> {
        Ok(PeerWorkerRecord {
            id: self.id.ok_or("id")?,
            tasks: self.tasks.ok_or("tasks")?,
            experience_backgrounds: self.experience_backgrounds.unwrap_or_default(),
            training: self.training,
            forms_of_work: self.forms_of_work.ok_or("forms_of_work")?,
            max_working_time_percent: self
                .max_working_time_percent
                .ok_or("max_working_time_percent")?,
            languages: self.languages.ok_or("languages")?,
            service_area: self.service_area.ok_or("service_area")?,
            availability: self.availability.ok_or("availability")?,
        })
    }
}

/// Reads one field's value straight from the input.
struct FieldSeed<'a> {
    field: Field,
    slots: &'a mut Slots,
}

impl<'de> DeserializeSeed<'de> for FieldSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.slots.read(self.field, deserializer)
    }
}

/// Where a record being read sits: alone, or at a position in a roster.
#[derive(Clone, Copy)]
pub(super) struct RecordSeed {
    /// The position in the roster's `workers`, if in a roster.
    pub(super) index: Option<usize>,
}

impl RecordSeed {
    /// An error about `field` (or the record as a whole, for an empty field), located
    /// in the roster.
    fn error<E: de::Error>(self, id: Option<&str>, field: &str, message: &dyn fmt::Display) -> E {
        let field = if field.is_empty() {
            String::new()
        } else {
            format!("{field}: ")
        };
        match (self.index, id) {
            (Some(index), Some(id)) => E::custom(format_args!(
                "workers[{index}] (id `{}`): {field}{message}",
                quote(id)
            )),
            (Some(index), None) => E::custom(format_args!("workers[{index}]: {field}{message}")),
            (None, _) => E::custom(format_args!("{field}{message}")),
        }
    }

    /// An error met while reading `field`: a refused `experience_backgrounds` value
    /// becomes [`RecordError::InvalidExperienceBackgrounds`], which withholds it;
    /// anything else is reported as it came, after the field.
    fn read_error<E: de::Error>(
        self,
        id: Option<&str>,
        field: Field,
        backgrounds_refused: bool,
        err: &E,
    ) -> E {
        if backgrounds_refused {
            self.error(id, "", &RecordError::InvalidExperienceBackgrounds)
        } else {
            self.error(id, field.name(), err)
        }
    }
}

impl<'de> DeserializeSeed<'de> for RecordSeed {
    type Value = PeerWorkerRecord;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_struct("PeerWorkerRecord", FIELDS, self)
    }
}

/// Reading a record runs the same rules as [`PeerWorkerRecord::builder`]; every error
/// starts with the field it is about.
impl<'de> Deserialize<'de> for PeerWorkerRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RecordSeed { index: None }.deserialize(deserializer)
    }
}

impl<'de> Visitor<'de> for RecordSeed {
    type Value = PeerWorkerRecord;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a peer-worker record")
    }

    /// Reads the fields in any order. In a roster, the values met before the id are
    /// buffered and read once the id is known, so that every error names it.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PeerWorkerRecord, A::Error> {
        let in_roster = self.index.is_some();
        let mut slots = Slots::default();
        let mut pending: Vec<(Field, Content)> = Vec::new();
        let mut unknown: Option<String> = None;
        while let Some(key) = map
            .next_key::<Key>()
            .map_err(|err| self.error(slots.id.as_deref(), "", &err))?
        {
            let field = match key {
                Key::Known(field) => field,
                Key::Unknown(name) if in_roster && slots.id.is_none() => {
                    map.next_value::<de::IgnoredAny>()?;
                    unknown.get_or_insert(name);
                    continue;
                }
                Key::Unknown(name) => {
                    let err: A::Error = de::Error::unknown_field(&name, FIELDS);
                    return Err(self.error(slots.id.as_deref(), "", &err));
                }
            };
            if slots.is_set(field) || pending.iter().any(|&(f, _)| f == field) {
                let err: A::Error = de::Error::duplicate_field(field.name());
                return Err(self.error(slots.id.as_deref(), "", &err));
            }
            if in_roster && field != Field::Id && slots.id.is_none() {
                let value = Content::next_value(&mut map).map_err(|(err, too_large)| {
                    // A value too large to buffer is refused, withheld, like any other
                    // `experience_backgrounds` value that cannot be read.
                    let refused = too_large && field == Field::ExperienceBackgrounds;
                    self.read_error(None, field, refused, &err)
                })?;
                pending.push((field, value));
            } else {
                map.next_value_seed(FieldSeed {
                    field,
                    slots: &mut slots,
                })
                .map_err(|err| {
                    self.read_error(slots.id.as_deref(), field, slots.backgrounds_refused, &err)
                })?;
            }
        }
        let id = slots.id.clone();
        if let Some(name) = unknown {
            let err: A::Error = de::Error::unknown_field(&name, FIELDS);
            return Err(self.error(id.as_deref(), "", &err));
        }
        for (field, value) in pending {
            slots
                .read(field, ContentDeserializer::<A::Error>::new(value))
                .map_err(|err| {
                    self.read_error(id.as_deref(), field, slots.backgrounds_refused, &err)
                })?;
        }
        let record = slots.into_record().map_err(|field| {
            self.error(id.as_deref(), "", &format_args!("missing field `{field}`"))
        })?;
        match (record.validate(), self.index) {
            (Ok(()), _) => Ok(record),
            (Err(error), None) => Err(de::Error::custom(error)),
            (Err(error), Some(index)) => Err(de::Error::custom(RosterError::InvalidRecord {
                index,
                id: quote(&record.id),
                error,
            })),
        }
    }
}

// ---------------------------------------------------------------------------------
// Reading experience backgrounds without repeating them.

/// Refuses the value being read as a person's experience backgrounds: marks it refused
/// and fails with an error that withholds it.
fn refuse<T, E: de::Error>(refused: &Cell<bool>) -> Result<T, E> {
    refused.set(true);
    Err(E::custom(RecordError::InvalidExperienceBackgrounds))
}

/// The `visit_*` methods of a value that is refused whatever it holds: every kind of
/// value but a string and a list, which the visitor handles itself.
macro_rules! refuse_other_values {
    ($de:lifetime) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_i128<E: de::Error>(self, _: i128) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_u128<E: de::Error>(self, _: u128) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            refuse(self.refused)
        }

        fn visit_some<D: Deserializer<$de>>(self, _: D) -> Result<Self::Value, D::Error> {
            refuse(self.refused)
        }

        fn visit_newtype_struct<D: Deserializer<$de>>(self, _: D) -> Result<Self::Value, D::Error> {
            refuse(self.refused)
        }

        fn visit_map<A: MapAccess<$de>>(self, _: A) -> Result<Self::Value, A::Error> {
            refuse(self.refused)
        }

        fn visit_enum<A: EnumAccess<$de>>(self, _: A) -> Result<Self::Value, A::Error> {
            refuse(self.refused)
        }
    };
}

/// Reads a person's experience backgrounds: a list of at most
/// [`MAX_PERSON_BACKGROUNDS`] ids, refused at the first entry past it.
///
/// Serde's own errors repeat the value (``invalid type: string "…"``, ``unknown variant
/// `…` ``), so every fault of the value itself is refused here instead, with
/// [`RecordError::InvalidExperienceBackgrounds`], and `refused` is set. The value is
/// read with `deserialize_any`, so that it is this visitor, not the input format, that
/// meets every kind of value. Errors of the format itself (input that is not JSON, or
/// ends too soon) pass as they are: they never hold the value.
#[derive(Clone, Copy)]
struct BackgroundList<'a> {
    refused: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for BackgroundList<'_> {
    type Value = Vec<ExperienceBackground>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for BackgroundList<'_> {
    type Value = Vec<ExperienceBackground>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a list of at most {MAX_PERSON_BACKGROUNDS} experience background ids"
        )
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        refuse(self.refused)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut backgrounds =
            Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_PERSON_BACKGROUNDS));
        while let Some(background) = seq.next_element_seed(Background {
            refused: self.refused,
        })? {
            if backgrounds.len() >= MAX_PERSON_BACKGROUNDS {
                return refuse(self.refused);
            }
            backgrounds.push(background);
        }
        Ok(backgrounds)
    }

    refuse_other_values!('de);
}

/// Reads one entry of [`BackgroundList`]: the id of an experience background.
#[derive(Clone, Copy)]
struct Background<'a> {
    refused: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for Background<'_> {
    type Value = ExperienceBackground;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Background<'_> {
    type Value = ExperienceBackground;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an experience background id")
    }

    /// The background with the id `id`, read as serde reads it elsewhere.
    fn visit_str<E: de::Error>(self, id: &str) -> Result<Self::Value, E> {
        let id: de::value::StrDeserializer<'_, de::value::Error> = id.into_deserializer();
        ExperienceBackground::deserialize(id).or_else(|_| refuse(self.refused))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        refuse(self.refused)
    }

    refuse_other_values!('de);
}
