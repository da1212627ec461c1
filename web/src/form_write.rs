//! Writing a job description and its posting details into a [`Form`]: how a draft
//! starts from a Vantaa profile, and the blank form a draft starts from otherwise.

use peerwork::{
    Contract, Date, Duration, JobDescription, Language, LocalizedText, PostingDetails, Term, Terms,
    TrainingRequirement, Vocabulary,
};

use crate::form::Form;

struct Writer<'a> {
    form: Form,
    languages: &'a [Language],
}

impl Writer<'_> {
    fn text(&mut self, base: &str, text: Option<&LocalizedText>) {
        let Some(text) = text else { return };
        for &language in self.languages {
            if let Some(value) = text.get(language) {
                self.form.set(format!("{base}.{}", language.code()), value);
            }
        }
    }

    fn duration(&mut self, base: &str, duration: Option<&Duration>) {
        if let Some(duration) = duration {
            self.form
                .set(format!("{base}.amount"), duration.amount.to_string());
            self.form.set(format!("{base}.unit"), duration.unit.id());
        }
    }

    fn tick<T: Vocabulary>(&mut self, name: &str, values: impl IntoIterator<Item = T>) {
        for value in values {
            self.form.push(name, value.to_string());
        }
    }
}

/// `hundredths` written as the form reads it: `2`, `1.5`, `1350.05`.
fn decimal(hundredths: u64) -> String {
    match hundredths % 100 {
        0 => format!("{}", hundredths / 100),
        part => format!("{}.{part:02}", hundredths / 100),
    }
}

/// The form holding `job` and, where given, the details of a publication.
pub(crate) fn from_job(job: &JobDescription, details: Option<&PostingDetails>) -> Form {
    let mut w = Writer {
        form: Form::default(),
        languages: job.languages(),
    };
    w.tick("languages", job.languages().iter().copied());
    w.text("title", Some(job.title()));
    let employer = job.employer();
    w.text("employer.organisation", Some(&employer.organisation));
    w.text("employer.unit", employer.unit.as_ref());
    w.text("employer.introduction", employer.introduction.as_ref());
    let location = job.location();
    w.form
        .set("location.municipality", location.municipality.code());
    w.text("location.street_address", location.street_address.as_ref());
    if let Some(code) = &location.postal_code {
        w.form.set("location.postal_code", code.as_str());
    }
    w.form.set("setting", job.setting().id());
    w.tick("profiles", job.profiles().iter().copied());
    let tasks = job.tasks();
    for task in tasks.essential {
        w.form.set(format!("task.{}", task.id()), "essential");
    }
    for task in tasks.optional {
        w.form.set(format!("task.{}", task.id()), "optional");
    }
    for (index, own) in tasks.own.iter().enumerate() {
        let at = format!("tasks.own[{index}]");
        w.form.set(format!("{at}.id"), own.id.as_str());
        w.text(&format!("{at}.label"), Some(&own.label));
        w.text(&format!("{at}.description"), own.description.as_ref());
        w.form.set(format!("{at}.audience"), own.audience.id());
        w.form.set(format!("{at}.aim"), own.aim.id());
        w.form.set(format!("{at}.category"), own.category.id());
        if own.essential {
            w.form.set(format!("{at}.essential"), "on");
        }
    }
    w.tick("working_modes", job.working_modes().iter().copied());
    write_terms(&mut w, job.terms());
    let support = job.support();
    if let Some(employee) = &support.close_contact_employee {
        w.form.set("support.close_contact_employee", "on");
        w.text(
            "support.close_contact_employee.role",
            employee.role.as_ref(),
        );
    }
    w.text("support.line_manager", support.line_manager.as_ref());
    if support.work_supervision {
        w.form.set("support.work_supervision", "on");
    }
    if let Some(pair) = &support.work_pair {
        w.form.set("support.work_pair", "on");
        w.text(
            "support.work_pair.professional_role",
            Some(&pair.professional_role),
        );
        w.text("support.work_pair.line_manager", pair.line_manager.as_ref());
        if pair.professional_guides {
            w.form.set("support.work_pair.professional_guides", "on");
        }
    }
    let requirements = job.requirements();
    for (base, q) in [
        ("requirements.required", &requirements.required),
        ("requirements.desired", &requirements.desired),
    ] {
        w.tick(
            &format!("{base}.experience_backgrounds"),
            q.experience_backgrounds.iter().copied(),
        );
        w.tick(&format!("{base}.languages"), q.languages.iter().copied());
        match &q.training {
            Some(TrainingRequirement::KokoaStandard) => {
                w.form
                    .set(format!("{base}.training.kind"), "kokoa_standard");
            }
            Some(TrainingRequirement::Other { description, hours }) => {
                w.form.set(format!("{base}.training.kind"), "other");
                w.text(&format!("{base}.training.description"), Some(description));
                if let Some(hours) = hours {
                    w.form
                        .set(format!("{base}.training.hours"), hours.to_string());
                }
            }
            _ => {}
        }
    }
    w.tick("requirements.themes", requirements.themes.iter().copied());
    if job.works_with_minors() {
        w.form.set("works_with_minors", "on");
    }
    w.tick("onboarding", job.onboarding().iter().copied());
    if let Some(details) = details {
        write_details(&mut w, details);
    }
    w.form
}

fn write_terms(w: &mut Writer<'_>, terms: &Terms) {
    w.form.set("terms.form_of_work", terms.form_of_work().id());
    match terms {
        Terms::Salaried(terms) => {
            w.form.set(
                "terms.working_time_percent",
                terms.working_time_percent.to_string(),
            );
            match terms.contract {
                Contract::FixedTerm { term } => {
                    w.form.set("terms.contract.kind", "fixed_term");
                    match term {
                        Term::Duration(duration) => {
                            w.duration("terms.contract.term.duration", Some(&duration));
                        }
                        Term::Dates { start, end } => {
                            w.form
                                .set("terms.contract.term.dates.start", start.to_string());
                            w.form.set("terms.contract.term.dates.end", end.to_string());
                        }
                        _ => {}
                    }
                }
                _ => w.form.set("terms.contract.kind", "permanent"),
            }
            w.duration("terms.trial_period", terms.trial_period.as_ref());
            w.text("terms.pay_basis", terms.pay_basis.as_ref());
            if let Some(pay) = terms.pay {
                w.form.set("terms.pay.min", decimal(pay.min().0));
                if let Some(max) = pay.max() {
                    w.form.set("terms.pay.max", decimal(max.0));
                }
                w.form.set("terms.pay.period", pay.period().id());
            }
        }
        Terms::FeeBased(fees) => {
            for (index, assignment) in fees.assignments.iter().enumerate() {
                let at = format!("terms.assignments[{index}]");
                w.form
                    .set(format!("{at}.activity"), assignment.activity.id());
                if let Some(hours) = assignment.hours {
                    w.form.set(
                        format!("{at}.hours"),
                        decimal(u64::from(hours.as_hundredths())),
                    );
                }
            }
        }
        _ => {}
    }
}

fn write_details(w: &mut Writer<'_>, details: &PostingDetails) {
    let dates = [
        ("details.date_posted", details.date_posted()),
        ("details.valid_through", details.valid_through()),
        ("details.start_date", details.start_date()),
    ];
    for (name, date) in dates {
        if let Some(date) = date {
            w.form.set(name, date.to_string());
        }
    }
    if let Some(time) = details.deadline_time() {
        w.form.set("details.deadline_time", time.to_string());
    }
    if details.start_by_agreement() {
        w.form.set("details.start_by_agreement", "on");
    }
    if let Some(apply) = details.apply() {
        if let Some(url) = &apply.url {
            w.form.set("details.apply.url", url.as_str());
        }
        if let Some(email) = &apply.email {
            w.form.set("details.apply.email", email.as_str());
        }
        w.text("details.apply.instructions", apply.instructions.as_ref());
    }
    for (index, contact) in details.contacts().iter().enumerate() {
        let at = format!("details.contacts[{index}]");
        w.form.set(format!("{at}.name"), contact.name.as_str());
        w.text(&format!("{at}.title"), contact.title.as_ref());
        if let Some(phone) = &contact.phone {
            w.form.set(format!("{at}.phone"), phone.as_str());
        }
        w.text(&format!("{at}.phone_hours"), contact.phone_hours.as_ref());
        if let Some(email) = &contact.email {
            w.form.set(format!("{at}.email"), email.as_str());
        }
    }
    if let Some(openings) = details.openings() {
        w.form.set("details.openings", openings.to_string());
    }
    if let Some(identifier) = details.identifier() {
        w.form.set("details.identifier", identifier);
    }
}

/// The form of a new, empty draft written in `language`: salaried full time and
/// permanent, the pilot's two meeting modes, `language` required at work, posted
/// `today`.
pub(crate) fn empty(language: Language, today: Option<Date>) -> Form {
    let mut form = Form::default();
    form.set("languages", language.code());
    form.set("terms.form_of_work", "salaried");
    form.set("terms.working_time_percent", "100");
    form.set("terms.contract.kind", "permanent");
    form.push("working_modes", "joining_client_meetings");
    form.push("working_modes", "one_to_one_by_appointment");
    form.set("requirements.required.languages", language.code());
    if let Some(today) = today {
        form.set("details.date_posted", today.to_string());
    }
    form
}

/// Today's date, in UTC.
pub(crate) fn today() -> Option<Date> {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    date_of_days(i64::try_from(days).unwrap_or(0))
}

/// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
#[allow(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)] // days of this era: small numbers
pub(crate) fn date_of_days(days: i64) -> Option<Date> {
    let z = days.clamp(0, 2_000_000) + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date::new(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form_read::read;
    use peerwork::Profile;

    #[test]
    fn days_become_dates() {
        let date = |days| date_of_days(days).unwrap().to_string();
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(20_454), "2026-01-01");
        assert_eq!(date(20_515), "2026-03-03");
    }

    #[test]
    fn every_pilot_post_reads_back_from_its_form() {
        for &profile in Profile::ALL {
            let job = JobDescription::vantaa_pilot(profile).build().unwrap();
            let reading = read(&from_job(&job, None));
            assert_eq!(reading.issues, [], "{profile:?}");
            let back = reading.job.unwrap();
            assert_eq!(back.tasks(), job.tasks(), "{profile:?}");
            assert_eq!(back.requirements(), job.requirements(), "{profile:?}");
            assert_eq!(back.support(), job.support(), "{profile:?}");
            assert_eq!(back.terms(), job.terms(), "{profile:?}");
            assert_eq!(back.employer(), job.employer(), "{profile:?}");
        }
    }

    #[test]
    fn an_empty_draft_names_what_it_lacks() {
        let form = empty(Language::Swedish, today());
        let paths: Vec<String> = read(&form).issues.into_iter().map(|i| i.path).collect();
        assert_eq!(
            paths,
            [
                "location.municipality",
                "setting",
                "title.sv",
                "employer.organisation.sv",
                "tasks"
            ]
        );
    }

    #[test]
    fn every_missing_translation_is_named() {
        let job = JobDescription::vantaa_pilot(peerwork::Profile::Caretaker)
            .build()
            .unwrap();
        let mut form = from_job(&job, None);
        form.set("title.sv", "");
        form.set("employer.organisation.en", "");
        let paths: Vec<String> = read(&form).issues.into_iter().map(|i| i.path).collect();
        assert_eq!(paths, ["title", "employer.organisation"]);
    }
}
