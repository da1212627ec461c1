//! Reading a [`Form`] into a job description and posting details: every field the form
//! cannot read is an [`Issue`] at its path, and then the library's own rules run on the
//! rest, so its first error joins them at the path it names.

use peerwork::{
    CloseContactEmployee, Date, DetailsError, Employer, ExperienceBackground, Format,
    JobDescription, JobError, JobTasks, Language, LocalizedText, Location, MAX_OWN_TASKS,
    Municipality, OwnTask, PayError, PostingDetails, Profile, Qualifications, RenderError,
    Rendering, ServiceSetting, Task, TaskSet, TrainingRequirement, WorkPair,
};

use crate::form::Form;

mod terms;

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A rule of the job description.
    Job(JobError),
    /// A rule of the posting details.
    Details(DetailsError),
    /// A rule of the pay.
    Pay(PayError),
    /// Not a whole number from `min` to `max`.
    WholeNumber { min: u32, max: u32 },
    /// Not a date.
    NotADate,
    /// Not a time of day.
    NotATime,
    /// Not an amount of hours or euros.
    NotAnAmount,
    /// A value the form does not offer.
    UnknownChoice,
}

/// A problem at a field, named by its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Issue {
    pub path: String,
    pub problem: Problem,
}

/// The form, read.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    /// The languages the post is written in, as ticked.
    pub languages: Vec<Language>,
    /// The catalogue and own tasks as ticked, for the panel also while the draft is
    /// incomplete.
    pub tasks: JobTasks,
    /// The job description, when every field reads and it follows every rule.
    pub job: Option<JobDescription>,
    /// The posting details, when they read and follow their rules.
    pub details: Option<PostingDetails>,
    /// Every problem found, in the order of the form.
    pub issues: Vec<Issue>,
}

struct Reader<'a> {
    form: &'a Form,
    /// The languages texts are read in: the post's, or Finnish while none is ticked.
    text_languages: Vec<Language>,
    issues: Vec<Issue>,
}

/// Reads the form.
pub(crate) fn read(form: &Form) -> Reading {
    let (languages, unknown) = languages(form);
    let text_languages = if languages.is_empty() {
        vec![Language::Finnish]
    } else {
        languages.clone()
    };
    let mut reader = Reader {
        form,
        text_languages,
        issues: Vec::new(),
    };
    if unknown {
        reader.issue("languages", Problem::UnknownChoice);
    }
    let tasks = reader.tasks();
    let mut built = reader.job(&languages, &tasks);
    let details = reader.details();
    let mut issues = reader.issues;
    // The library names its first fault only. Mend the fault in a copy of the form with
    // a stand-in and build again, to name the next one too, a few rounds at most.
    // (A valid form, the common case, is not copied.)
    let mut mended: Option<Form> = None;
    for _ in 0..MAX_ROUNDS {
        let Err(err) = &built else { break };
        let mended = mended.get_or_insert_with(|| form.clone());
        if !mend(mended, err) {
            break;
        }
        let err = err.clone();
        issues.push(Issue {
            path: err.field().to_owned(),
            problem: Problem::Job(err),
        });
        built = rebuild(mended);
    }
    let job = match built {
        Ok(job) if issues.is_empty() => Some(job),
        Ok(_) => None,
        Err(err) => {
            issues.push(Issue {
                path: err.field().to_owned(),
                problem: Problem::Job(err),
            });
            None
        }
    };
    issues.dedup();
    let details = match (&job, details) {
        (Some(job), Some(details)) => {
            match Rendering::new(
                job,
                job.languages()
                    .first()
                    .copied()
                    .unwrap_or(Language::Finnish),
                Format::Html,
            )
            .and_then(|r| r.with_details(&details).map(|_| ()))
            {
                Err(RenderError::Details(err)) => {
                    issues.push(details_issue(err));
                    None
                }
                _ => Some(details),
            }
        }
        (_, details) => details,
    };
    Reading {
        languages,
        tasks,
        job,
        details,
        issues,
    }
}

/// How many more faults of the library a reading names after its first.
const MAX_ROUNDS: usize = 8;

/// The languages ticked, in the order of [`Language::ALL`], and whether the form sent
/// one that is not a language.
fn languages(form: &Form) -> (Vec<Language>, bool) {
    let languages = Language::ALL
        .iter()
        .copied()
        .filter(|l| form.has("languages", l.code()))
        .collect();
    let unknown = form
        .all("languages")
        .any(|code| code.parse::<Language>().is_err());
    (languages, unknown)
}

/// The job of a form mended by [`mend`]; only its library fault is wanted.
fn rebuild(form: &Form) -> Result<JobDescription, JobError> {
    let (languages, _) = languages(form);
    let mut reader = Reader {
        form,
        text_languages: if languages.is_empty() {
            vec![Language::Finnish]
        } else {
            languages.clone()
        },
        issues: Vec::new(),
    };
    let tasks = reader.tasks();
    reader.job(&languages, &tasks)
}

/// Puts a stand-in where `err` found a fault, so that building again finds the next
/// one; `false` for a fault it cannot mend.
fn mend(form: &mut Form, err: &JobError) -> bool {
    const STAND_IN: &str = "x";
    match err {
        JobError::EmptyText { field }
        | JobError::TextTooLong { field, .. }
        | JobError::ControlCharacter { field }
            if !form.get(field).is_empty() || matches!(err, JobError::EmptyText { .. }) =>
        {
            form.set(field.as_str(), STAND_IN);
        }
        JobError::MissingTranslation { field, language } => {
            form.set(format!("{field}.{}", language.code()), STAND_IN);
        }
        JobError::NoLanguage => form.set("languages", "fi"),
        JobError::EmptyTaskSet | JobError::NoEssentialTask => {
            form.set(
                format!("task.{}", Task::UsesOwnExperience.id()),
                "essential",
            );
        }
        JobError::NoWorkingMode => form.set("working_modes", "joining_client_meetings"),
        JobError::NoRequiredLanguage => form.set("requirements.required.languages", "fi"),
        JobError::WorkingTimeOutOfRange(_) => form.set("terms.working_time_percent", "100"),
        _ => return false,
    }
    true
}

fn details_issue(err: DetailsError) -> Issue {
    Issue {
        path: format!("details.{}", err.field()),
        problem: Problem::Details(err),
    }
}

fn parse_id<T: core::str::FromStr>(value: &str) -> Option<T> {
    value.parse().ok()
}

impl Reader<'_> {
    fn issue(&mut self, path: &str, problem: Problem) {
        self.issues.push(Issue {
            path: path.to_owned(),
            problem,
        });
    }

    /// A text given per language at `base.<code>`; `None` when none is given. A text
    /// given alike in each of two or more languages is the same in every language (a
    /// name such as `Ohjaamo`).
    fn localized(&self, base: &str) -> Option<LocalizedText> {
        // At most one text a language, gathered without allocating.
        let mut found = [(Language::Finnish, ""); Language::ALL.len()];
        let mut count = 0_usize;
        for &l in &self.text_languages {
            if let (Some(text), Some(slot)) =
                (self.form.value_at(base, l.code()), found.get_mut(count))
            {
                *slot = (l, text);
                count = count.saturating_add(1);
            }
        }
        let texts = found.get(..count).unwrap_or_default();
        let (&(first, text), rest) = texts.split_first()?;
        if !rest.is_empty()
            && texts.len() == self.text_languages.len()
            && rest.iter().all(|&(_, t)| t == text)
        {
            return Some(LocalizedText::same(text));
        }
        Some(
            rest.iter()
                .fold(LocalizedText::in_language(first, text), |all, &(l, t)| {
                    all.and(l, t)
                }),
        )
    }

    /// A text that must be given: when none is, an empty one, so the library names it.
    fn required_localized(&self, base: &str) -> LocalizedText {
        self.localized(base).unwrap_or_else(|| {
            LocalizedText::in_language(
                self.text_languages
                    .first()
                    .copied()
                    .unwrap_or(Language::Finnish),
                "",
            )
        })
    }

    fn choice<T: core::str::FromStr>(&mut self, name: &str) -> Option<T> {
        let value = self.form.value(name)?;
        let parsed = parse_id(value);
        if parsed.is_none() {
            self.issue(name, Problem::UnknownChoice);
        }
        parsed
    }

    /// The values ticked in group `name`, in the order the form gives them.
    fn choices<T: core::str::FromStr + Copy>(&mut self, name: &str, _all: &[T]) -> Vec<T> {
        let mut picked = Vec::new();
        let mut unknown = false;
        for value in self.form.all(name) {
            match parse_id(value) {
                Some(value) => picked.push(value),
                None => unknown = true,
            }
        }
        if unknown {
            self.issue(name, Problem::UnknownChoice);
        }
        picked
    }

    fn whole<T: TryFrom<u64>>(&mut self, name: &str, min: u32, max: u32) -> Option<T> {
        let value = self.form.value(name)?;
        let parsed = value
            .parse::<u64>()
            .ok()
            .filter(|n| (u64::from(min)..=u64::from(max)).contains(n))
            .and_then(|n| T::try_from(n).ok());
        if parsed.is_none() {
            self.issue(name, Problem::WholeNumber { min, max });
        }
        parsed
    }

    fn date(&mut self, name: &str) -> Option<Date> {
        let value = self.form.value(name)?;
        let parsed = value.parse().ok();
        if parsed.is_none() {
            self.issue(name, Problem::NotADate);
        }
        parsed
    }

    /// Hundredths of a decimal amount written `1,5`, `1.5` or `2`.
    fn hundredths(&mut self, name: &str) -> Option<u64> {
        let value = self.form.value(name)?;
        let parsed = parse_hundredths(value);
        if parsed.is_none() {
            self.issue(name, Problem::NotAnAmount);
        }
        parsed
    }

    fn tasks(&mut self) -> JobTasks {
        let mut tasks = JobTasks::default();
        for &task in Task::ALL {
            match self.form.value_at("task", task.id()).unwrap_or_default() {
                "essential" => tasks.essential |= task,
                "optional" => tasks.optional |= task,
                "" | "none" => {}
                _ => self.issue(&format!("task.{}", task.id()), Problem::UnknownChoice),
            }
        }
        for index in 0..self.form.rows("tasks.own", MAX_OWN_TASKS) {
            let at = format!("tasks.own[{index}]");
            if !self.form.row_used(
                "tasks.own",
                index,
                &["audience", "aim", "category", "essential"],
            ) {
                continue;
            }
            let id = self
                .form
                .value(&format!("{at}.id"))
                .map_or_else(|| format!("own_{}", index.saturating_add(1)), str::to_owned);
            let label = self.required_localized(&format!("{at}.label"));
            let audience = self
                .choice(&format!("{at}.audience"))
                .unwrap_or(peerwork::Audience::Peers);
            let aim = self
                .choice(&format!("{at}.aim"))
                .unwrap_or(peerwork::Aim::Support);
            let category = self
                .choice(&format!("{at}.category"))
                .unwrap_or(peerwork::TaskCategory::ClientWork);
            let mut own = OwnTask::new(id, label, (audience, aim, category));
            if let Some(description) = self.localized(&format!("{at}.description")) {
                own = own.described(description);
            }
            if !self.form.checked(&format!("{at}.essential")) {
                own = own.optional();
            }
            tasks.own.push(own);
        }
        tasks
    }

    fn job(
        &mut self,
        languages: &[Language],
        tasks: &JobTasks,
    ) -> Result<JobDescription, JobError> {
        let mut builder = JobDescription::builder(self.required_localized("title"))
            .languages(languages.iter().copied());
        let mut employer = Employer::new(self.required_localized("employer.organisation"));
        employer.unit = self.localized("employer.unit");
        employer.introduction = self.localized("employer.introduction");
        builder = builder.employer_details(employer);
        // A missing municipality or setting is the form's issue, and the rest is built
        // with a stand-in, so the library goes on to name its own first fault.
        let municipality = match self
            .form
            .value("location.municipality")
            .map(Municipality::from_code)
        {
            Some(Ok(municipality)) => municipality,
            Some(Err(_)) => {
                self.issue("location.municipality", Problem::UnknownChoice);
                Municipality::VANTAA
            }
            None => {
                self.issue(
                    "location.municipality",
                    Problem::Job(JobError::MissingLocation),
                );
                Municipality::VANTAA
            }
        };
        let mut location = Location::new(municipality);
        location.street_address = self.localized("location.street_address");
        location.postal_code = self.form.value("location.postal_code").map(str::to_owned);
        builder = builder.location(location);
        let profiles = self.choices("profiles", Profile::ALL);
        match self.choice::<ServiceSetting>("setting") {
            Some(setting) => builder = builder.setting(setting),
            None if profiles.is_empty() => {
                self.issue("setting", Problem::Job(JobError::MissingSetting));
                builder = builder.setting(ServiceSetting::LowThresholdServices);
            }
            None => {}
        }
        for profile in profiles {
            builder = builder.profile(profile);
        }
        builder = builder
            .without(TaskSet::ALL)
            .essential(tasks.essential)
            .optional(tasks.optional);
        for own in &tasks.own {
            builder = builder.own_task(own.clone());
        }
        builder = builder.working_modes(self.choices("working_modes", peerwork::WorkingMode::ALL));
        builder = builder.terms(self.terms());
        builder = self.support(builder);
        builder = self.requirements(builder);
        builder = builder
            .works_with_minors(self.form.checked("works_with_minors"))
            .onboarding(self.choices("onboarding", peerwork::OnboardingItem::ALL));
        builder.build()
    }

    fn support(
        &mut self,
        mut builder: peerwork::JobDescriptionBuilder,
    ) -> peerwork::JobDescriptionBuilder {
        if self.form.checked("support.close_contact_employee") {
            builder = builder.close_contact_employee(
                self.localized("support.close_contact_employee.role")
                    .map_or_else(CloseContactEmployee::new, CloseContactEmployee::in_role),
            );
        }
        if let Some(manager) = self.localized("support.line_manager") {
            builder = builder.line_manager(manager);
        }
        builder = builder.work_supervision(self.form.checked("support.work_supervision"));
        if self.form.checked("support.work_pair") {
            let mut pair =
                WorkPair::new(self.required_localized("support.work_pair.professional_role"))
                    .professional_guides(
                        self.form.checked("support.work_pair.professional_guides"),
                    );
            if let Some(manager) = self.localized("support.work_pair.line_manager") {
                pair = pair.line_manager(manager);
            }
            builder = builder.work_pair(pair);
        }
        builder
    }

    fn qualifications(&mut self, base: &str) -> Qualifications {
        let mut q = Qualifications::none();
        q.experience_backgrounds = self.choices(
            &format!("{base}.experience_backgrounds"),
            ExperienceBackground::ALL,
        );
        q.languages = self.choices(&format!("{base}.languages"), Language::ALL);
        q.training = match self.form.get(&format!("{base}.training.kind")) {
            "" => None,
            "kokoa_standard" => Some(TrainingRequirement::KokoaStandard),
            "other" => Some(TrainingRequirement::Other {
                description: self.required_localized(&format!("{base}.training.description")),
                hours: self.whole(&format!("{base}.training.hours"), 1, 65_535),
            }),
            _ => {
                self.issue(&format!("{base}.training.kind"), Problem::UnknownChoice);
                None
            }
        };
        q
    }

    fn requirements(
        &mut self,
        builder: peerwork::JobDescriptionBuilder,
    ) -> peerwork::JobDescriptionBuilder {
        let required = self.qualifications("requirements.required");
        let desired = self.qualifications("requirements.desired");
        let themes = self.choices("requirements.themes", peerwork::Theme::ALL);
        let mut builder = builder
            .required_backgrounds(required.experience_backgrounds)
            .desired_backgrounds(desired.experience_backgrounds)
            .required_languages(required.languages)
            .desired_languages(desired.languages)
            .themes(themes);
        if let Some(training) = required.training {
            builder = builder.required_training(training);
        }
        if let Some(training) = desired.training {
            builder = builder.desired_training(training);
        }
        builder
    }
}

/// `2`, `1,5`, `1.25`, `1 350,50` as hundredths; at most two decimals.
pub(crate) fn parse_hundredths(value: &str) -> Option<u64> {
    let value: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let value = value.trim_end_matches('€');
    let (whole, part) = value.split_once([',', '.']).unwrap_or((value, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || part.len() > 2
        || !part.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let part: u64 = match part.len() {
        0 => 0,
        1 => part.parse::<u64>().ok()?.checked_mul(10)?,
        _ => part.parse().ok()?,
    };
    whole.checked_mul(100)?.checked_add(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_with_comma_or_point() {
        assert_eq!(parse_hundredths("2"), Some(200));
        assert_eq!(parse_hundredths("1,5"), Some(150));
        assert_eq!(parse_hundredths("1 350,05 €"), Some(135_005));
        assert_eq!(parse_hundredths("1.255"), None);
        assert_eq!(parse_hundredths("-1"), None);
        assert_eq!(parse_hundredths(",5"), None);
    }

    #[test]
    fn an_empty_form_names_its_first_faults() {
        let reading = read(&Form::default());
        assert!(reading.job.is_none());
        let paths: Vec<&str> = reading.issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "location.municipality",
                "setting",
                "languages",
                "title.fi",
                "employer.organisation.fi",
                "tasks",
                "working_modes",
                "requirements.required.languages"
            ]
        );
    }

    #[test]
    fn unknown_choices_are_issues_at_their_field() {
        let (form, _) =
            Form::from_urlencoded(b"languages=fi&languages=xx&task.escorts_clients=maybe").unwrap();
        let reading = read(&form);
        let paths: Vec<&str> = reading.issues.iter().map(|i| i.path.as_str()).collect();
        assert!(paths.contains(&"languages"), "{paths:?}");
        assert!(paths.contains(&"task.escorts_clients"), "{paths:?}");
    }
}
