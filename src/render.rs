//! Job descriptions rendered for people: Markdown or plain text, in Finnish, Swedish or
//! English.
//!
//! Terms of the model come from their label tables ([`Vocabulary`]); this module holds
//! only the phrases of the posting itself (headings and sentence frames). Output is
//! deterministic: the same document, language and format give the same text.
//!
//! A rendered posting is public. It says which experience backgrounds the *post* seeks;
//! it never describes a person.

use core::fmt;

use crate::date::Date;
use crate::fee::FeeEstimate;
use crate::i18n::Vocabulary;
use crate::job::{
    Contract, FormOfWork, JobDescription, SupportRole, Term, TimeUnit, TrainingRequirement,
};
use crate::language::Language;
use crate::profile::COMMON_CORE;
use crate::task::Task;
use crate::task_set::TaskSet;
use crate::work_pair::Supervisor;

model_enum! {
/// The output format of a rendered job description.
pub enum Format {
    /// Markdown, for web pages and job boards that take it.
    Markdown,
    /// Plain text, for e-mail and print.
    #[strum(serialize = "text")]
    #[serde(rename = "text")]
    PlainText,
}
}

/// The phrases of a posting in one language. `{}` marks where a value goes.
struct Phrases {
    purpose: &'static str,
    purpose_text: &'static str,
    profile_text: &'static str,
    nature: &'static str,
    duties: &'static str,
    common_core: &'static str,
    profile_duties: &'static str,
    other_tasks: &'static str,
    optional: &'static str,
    working_mode: &'static str,
    primary: &'static str,
    terms: &'static str,
    form_of_work: &'static str,
    working_time: &'static str,
    percent_of_full_time: &'static str,
    contract: &'static str,
    permanent: &'static str,
    fixed_term: &'static str,
    singular_units: [&'static str; 3],
    support: &'static str,
    not_named: &'static str,
    work_pair: &'static str,
    guides: &'static str,
    does_not_guide: &'static str,
    supervisor_professional: &'static str,
    requirements: &'static str,
    experience_sought: &'static str,
    training: &'static str,
    kokoa: &'static str,
    hours: &'static str,
    no_training: &'static str,
    themes: &'static str,
    onboarding: &'static str,
    fees: &'static str,
    fee_activities: &'static str,
    total: &'static str,
    employer: &'static str,
    location: &'static str,
    setting: &'static str,
    languages: &'static str,
}

const FI: Phrases = Phrases {
    purpose: "Tehtävän tarkoitus",
    purpose_text: "Kokemusasiantuntija tuo oman kokemuksensa palveluun ({}) ja työskentelee ammattilaisten rinnalla.",
    profile_text: "Tehtävä pohjautuu Vantaan mallin profiiliin: {}.",
    nature: "Tehtävän luonne: {}.",
    duties: "Tehtävät",
    common_core: "Yhteinen ydin",
    profile_duties: "Profiilin {} tehtävät",
    other_tasks: "Muut tehtävät",
    optional: "valinnainen",
    working_mode: "Työtapa",
    primary: "ensisijainen",
    terms: "Työsuhteen ehdot",
    form_of_work: "Työn muoto",
    working_time: "Työaika",
    percent_of_full_time: "{} % täydestä työajasta",
    contract: "Sopimus",
    permanent: "toistaiseksi voimassa oleva",
    fixed_term: "määräaikainen",
    singular_units: ["päivä", "viikko", "kuukausi"],
    support: "Tuki",
    not_named: "ei nimetty",
    work_pair: "Työpari",
    guides: "ammattilaisella on ohjaava rooli",
    does_not_guide: "ammattilaisella ei ole ohjaavaa roolia",
    supervisor_professional: "työparin ammattilainen",
    requirements: "Edellytykset",
    experience_sought: "Haettu kokemustausta",
    training: "Koulutus",
    kokoa: "Kokoa ry:n suositusten mukainen koulutus (vähintään 50 tuntia vähintään neljän kuukauden aikana)",
    hours: "{} tuntia",
    no_training: "koulutusta ei edellytetä",
    themes: "Teemat",
    onboarding: "Perehdytys ja välineet",
    fees: "Palkkiot",
    fee_activities: "Palkkioperusteiset toiminnot",
    total: "Yhteensä",
    employer: "Työnantaja",
    location: "Sijainti",
    setting: "Palvelu",
    languages: "Työkielet",
};

const SV: Phrases = Phrases {
    purpose: "Uppdragets syfte",
    purpose_text: "Erfarenhetsexperten för in sin levda erfarenhet i tjänsten ({}) och arbetar vid sidan av yrkespersoner.",
    profile_text: "Uppdraget bygger på profilen {} i Vanda-modellen.",
    nature: "Uppdragets karaktär: {}.",
    duties: "Arbetsuppgifter",
    common_core: "Gemensam kärna",
    profile_duties: "Uppgifter i profilen {}",
    other_tasks: "Andra uppgifter",
    optional: "valfri",
    working_mode: "Arbetssätt",
    primary: "primärt",
    terms: "Anställningsvillkor",
    form_of_work: "Arbetsform",
    working_time: "Arbetstid",
    percent_of_full_time: "{} % av heltid",
    contract: "Avtal",
    permanent: "tillsvidare",
    fixed_term: "visstid",
    singular_units: ["dag", "vecka", "månad"],
    support: "Stöd",
    not_named: "inte namngiven",
    work_pair: "Arbetspar",
    guides: "yrkespersonen har en handledande roll",
    does_not_guide: "yrkespersonen har ingen handledande roll",
    supervisor_professional: "arbetsparets yrkesperson",
    requirements: "Krav",
    experience_sought: "Erfarenhetsbakgrund som söks",
    training: "Utbildning",
    kokoa: "utbildning enligt Kokoa ry:s rekommendation (minst 50 timmar under minst fyra månader)",
    hours: "{} timmar",
    no_training: "ingen utbildning krävs",
    themes: "Teman",
    onboarding: "Introduktion och utrustning",
    fees: "Arvoden",
    fee_activities: "Arvodesbaserade verksamheter",
    total: "Totalt",
    employer: "Arbetsgivare",
    location: "Ort",
    setting: "Tjänst",
    languages: "Arbetsspråk",
};

const EN: Phrases = Phrases {
    purpose: "Purpose",
    purpose_text: "The peer worker brings lived experience into the service ({}) and works alongside professionals.",
    profile_text: "The post follows the {} profile of the Vantaa model.",
    nature: "Nature of the post: {}.",
    duties: "Duties",
    common_core: "Common core",
    profile_duties: "Duties of {}",
    other_tasks: "Other duties",
    optional: "optional",
    working_mode: "Working mode",
    primary: "primary",
    terms: "Terms of work",
    form_of_work: "Form of work",
    working_time: "Working time",
    percent_of_full_time: "{} % of full time",
    contract: "Contract",
    permanent: "permanent",
    fixed_term: "fixed term",
    singular_units: ["day", "week", "month"],
    support: "Support",
    not_named: "not named",
    work_pair: "Work pair",
    guides: "the professional has a guiding role",
    does_not_guide: "the professional has no guiding role",
    supervisor_professional: "the professional of the pair",
    requirements: "Requirements",
    experience_sought: "Lived experience sought",
    training: "Training",
    kokoa: "training to the Kokoa standard (at least 50 hours over at least four months)",
    hours: "{} hours",
    no_training: "no training required",
    themes: "Themes",
    onboarding: "Onboarding and equipment",
    fees: "Fees",
    fee_activities: "Fee-based activities",
    total: "Total",
    employer: "Employer",
    location: "Location",
    setting: "Service",
    languages: "Languages of work",
};

const fn phrases(language: Language) -> &'static Phrases {
    match language {
        Language::Finnish => &FI,
        Language::Swedish => &SV,
        Language::English => &EN,
    }
}

/// Free text of a document as Markdown shows it literally: the characters that open
/// emphasis, code, links, images, HTML tags, entities or table cells are escaped, so a
/// document cannot smuggle markup into a posting. (Free text never starts a line except
/// in the title, which follows `# `.)
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '|'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// `text` with its first letter in upper case, for labels used as keys.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn fill(frame: &str, value: &str) -> String {
    frame.replacen("{}", value, 1)
}

fn date_in(date: Date, language: Language) -> String {
    match language {
        Language::English => date.to_string(),
        Language::Finnish | Language::Swedish => {
            format!("{}.{}.{}", date.day(), date.month(), date.year())
        }
    }
}

/// The training requirement of `job` as a phrase in `language`.
pub(crate) fn training_text(job: &JobDescription, language: Language) -> String {
    let p = phrases(language);
    match &job.requirements().training {
        TrainingRequirement::KokoaStandard => p.kokoa.to_owned(),
        TrainingRequirement::Other { description, hours } => match hours {
            Some(hours) => format!("{description} ({})", fill(p.hours, &hours.to_string())),
            None => description.clone(),
        },
        TrainingRequirement::None => p.no_training.to_owned(),
    }
}

/// The working time of `job` as a phrase in `language`.
pub(crate) fn working_time_text(job: &JobDescription, language: Language) -> String {
    fill(
        phrases(language).percent_of_full_time,
        &job.terms().working_time_percent.to_string(),
    )
}

/// The experience backgrounds `job` seeks, as a phrase in `language`; `None` when it
/// names none.
pub(crate) fn experience_text(job: &JobDescription, language: Language) -> Option<String> {
    let backgrounds = &job.requirements().experience_backgrounds;
    if backgrounds.is_empty() {
        return None;
    }
    let list = backgrounds
        .iter()
        .map(|background| background.label_in(language))
        .collect::<Vec<_>>()
        .join(", ");
    Some(format!("{}: {list}", phrases(language).experience_sought))
}

/// A job description ready to render; see [`JobDescription::render`] for the common
/// case.
///
/// ```
/// use peerwork::{FeeActivity, FeeSchedule, Format, JobDescription, Language, Location, Profile, FormOfWork, Rendering, WorkTime};
///
/// let job = JobDescription::builder("Kokemusasiantuntija, luennot")
///     .employer("Vantaan kaupunki", None)
///     .location(Location::municipality("Vantaa"))
///     .profile(Profile::Storyteller)
///     .form_of_work(FormOfWork::FeeBased)
///     .fee_activities([FeeActivity::SeminarsPanelsTalksLectures])
///     .build()?;
/// let estimate = FeeSchedule::kokoa()
///     .estimate(&[WorkTime::hours(FeeActivity::SeminarsPanelsTalksLectures, 2)])
///     .unwrap();
/// let text = Rendering::new(&job, Language::Finnish, Format::Markdown)
///     .with_fees(&estimate)
///     .to_string();
/// assert!(text.contains("| Yhteensä | | | 100.00 EUR |"));
/// # Ok::<(), peerwork::JobError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Rendering<'a> {
    job: &'a JobDescription,
    language: Language,
    format: Format,
    fees: Option<&'a FeeEstimate>,
}

impl<'a> Rendering<'a> {
    /// Renders `job` in `language` as `format`.
    #[must_use]
    pub fn new(job: &'a JobDescription, language: Language, format: Format) -> Self {
        Self {
            job,
            language,
            format,
            fees: None,
        }
    }

    /// Adds the fee lines and total of a priced fee-based assignment.
    #[must_use]
    pub fn with_fees(mut self, estimate: &'a FeeEstimate) -> Self {
        self.fees = Some(estimate);
        self
    }
}

impl JobDescription {
    /// The job description as a posting for people, in `language` and `format`.
    ///
    /// ```
    /// use peerwork::{Format, JobDescription, Language, Profile};
    ///
    /// let job = JobDescription::vantaa_pilot(Profile::Caretaker).build()?;
    /// let posting = job.render(Language::Swedish, Format::PlainText);
    /// assert!(posting.contains("Omsorgsgivaren"));
    /// assert!(posting.contains("50 % av heltid"));
    /// # Ok::<(), peerwork::JobError>(())
    /// ```
    #[must_use]
    pub fn render(&self, language: Language, format: Format) -> String {
        Rendering::new(self, language, format).to_string()
    }
}

/// Writes headings, lists and key-value lines in one format.
struct Writer<'f, 'g> {
    out: &'f mut fmt::Formatter<'g>,
    format: Format,
}

impl Writer<'_, '_> {
    fn title(&mut self, text: &str) -> fmt::Result {
        match self.format {
            Format::Markdown => writeln!(self.out, "# {text}"),
            Format::PlainText => {
                writeln!(self.out, "{text}")?;
                writeln!(self.out, "{}", "=".repeat(text.chars().count()))
            }
        }
    }

    fn heading(&mut self, text: &str) -> fmt::Result {
        writeln!(self.out)?;
        match self.format {
            Format::Markdown => writeln!(self.out, "## {text}"),
            Format::PlainText => {
                writeln!(self.out, "{text}")?;
                writeln!(self.out, "{}", "-".repeat(text.chars().count()))
            }
        }?;
        writeln!(self.out)
    }

    fn subheading(&mut self, text: &str) -> fmt::Result {
        match self.format {
            Format::Markdown => writeln!(self.out, "### {text}\n"),
            Format::PlainText => writeln!(self.out, "{text}:"),
        }
    }

    fn item(&mut self, text: &str) -> fmt::Result {
        writeln!(self.out, "- {text}")
    }

    fn field(&mut self, key: &str, value: &str) -> fmt::Result {
        match self.format {
            Format::Markdown => writeln!(self.out, "- **{key}:** {value}"),
            Format::PlainText => writeln!(self.out, "- {key}: {value}"),
        }
    }

    fn paragraph(&mut self, text: &str) -> fmt::Result {
        writeln!(self.out, "{text}")
    }

    fn blank(&mut self) -> fmt::Result {
        writeln!(self.out)
    }
}

impl fmt::Display for Rendering<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut w = Writer {
            out: f,
            format: self.format,
        };
        self.heading(&mut w)?;
        self.purpose(&mut w)?;
        self.duties(&mut w)?;
        self.working_modes(&mut w)?;
        self.terms(&mut w)?;
        self.support(&mut w)?;
        self.requirements(&mut w)?;
        self.onboarding(&mut w)?;
        self.fees(&mut w)
    }
}

impl Rendering<'_> {
    fn p(&self) -> &'static Phrases {
        phrases(self.language)
    }

    /// Free text from the document, escaped for Markdown; as it is for plain text.
    fn free(&self, text: &str) -> String {
        match self.format {
            Format::Markdown => escape_markdown(text),
            Format::PlainText => text.to_owned(),
        }
    }

    fn label<T: Vocabulary>(&self, value: T) -> &'static str {
        value.label_in(self.language)
    }

    fn list<T: Vocabulary>(&self, values: &[T]) -> String {
        values
            .iter()
            .map(|&value| self.label(value))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn heading(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (job, p) = (self.job, self.p());
        w.title(&self.free(job.title()))?;
        w.blank()?;
        let organisation = self.free(&job.employer().organisation);
        let employer = match &job.employer().unit {
            Some(unit) => format!("{organisation}, {}", self.free(unit)),
            None => organisation,
        };
        w.field(p.employer, &employer)?;
        w.field(p.location, &self.free(&job.location().municipality))?;
        w.field(p.setting, self.label(job.setting()))?;
        w.field(p.languages, &self.list(job.languages()))
    }

    fn purpose(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (job, p) = (self.job, self.p());
        w.heading(p.purpose)?;
        let mut text = fill(p.purpose_text, self.label(job.setting()));
        if !job.profiles().is_empty() {
            text.push(' ');
            text.push_str(&fill(p.profile_text, &self.list(job.profiles())));
        }
        text.push(' ');
        text.push_str(&fill(p.nature, self.label(job.role_assessment().verdict())));
        w.paragraph(&text)
    }

    fn task_line(&self, task: Task) -> String {
        let optional = if self.job.tasks().optional.contains(task) {
            format!(" ({})", self.p().optional)
        } else {
            String::new()
        };
        let description = task.description_in(self.language).unwrap_or_default();
        match self.format {
            Format::Markdown => format!("**{}**{optional}: {description}", self.label(task)),
            Format::PlainText => format!("{}{optional}: {description}", self.label(task)),
        }
    }

    /// Writes a group of tasks under `heading`; groups after the first are preceded by
    /// a blank line.
    fn task_group(
        &self,
        w: &mut Writer<'_, '_>,
        heading: &str,
        tasks: TaskSet,
        first: &mut bool,
    ) -> fmt::Result {
        if tasks.is_empty() {
            return Ok(());
        }
        if !*first {
            w.blank()?;
        }
        *first = false;
        w.subheading(heading)?;
        for task in tasks {
            w.item(&self.task_line(task))?;
        }
        Ok(())
    }

    fn duties(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (job, p) = (self.job, self.p());
        w.heading(p.duties)?;
        let all = job.tasks().all();
        let mut first = true;
        let mut shown = all & COMMON_CORE;
        self.task_group(w, p.common_core, shown, &mut first)?;
        for &profile in job.profiles() {
            let duties = (all & profile.duty_tasks()) - shown;
            let heading = fill(p.profile_duties, self.label(profile));
            self.task_group(w, &heading, duties, &mut first)?;
            shown |= duties;
        }
        self.task_group(w, p.other_tasks, all - shown, &mut first)
    }

    fn working_modes(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let p = self.p();
        w.heading(p.working_mode)?;
        for (i, &mode) in self.job.working_modes().iter().enumerate() {
            if i == 0 {
                w.item(&format!("{} ({})", self.label(mode), p.primary))?;
            } else {
                w.item(self.label(mode))?;
            }
        }
        Ok(())
    }

    fn contract(&self) -> String {
        let p = self.p();
        match self.job.terms().contract {
            Contract::Permanent => p.permanent.to_owned(),
            Contract::FixedTerm {
                term: Term::Duration { amount, unit },
            } => {
                let unit_label = if amount == 1 {
                    let index = match unit {
                        TimeUnit::Days => 0,
                        TimeUnit::Weeks => 1,
                        TimeUnit::Months => 2,
                    };
                    p.singular_units.get(index).copied().unwrap_or_default()
                } else {
                    self.label(unit)
                };
                format!("{}, {amount} {unit_label}", p.fixed_term)
            }
            Contract::FixedTerm {
                term: Term::Dates { start, end },
            } => format!(
                "{}, {}–{}",
                p.fixed_term,
                date_in(start, self.language),
                date_in(end, self.language)
            ),
        }
    }

    fn terms(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (terms, p) = (self.job.terms(), self.p());
        w.heading(p.terms)?;
        w.field(p.form_of_work, self.label(terms.form_of_work))?;
        w.field(p.working_time, &working_time_text(self.job, self.language))?;
        w.field(p.contract, &self.contract())
    }

    fn support(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (support, p) = (self.job.support(), self.p());
        w.heading(p.support)?;
        w.field(
            &capitalized(self.label(SupportRole::CloseContactEmployee)),
            &support
                .close_contact_employee
                .as_deref()
                .map_or_else(|| p.not_named.to_owned(), |contact| self.free(contact)),
        )?;
        if let Some(pair) = &support.work_pair {
            let guides = if pair.professional_guides {
                p.guides
            } else {
                p.does_not_guide
            };
            w.field(
                p.work_pair,
                &format!("{}; {guides}", self.free(&pair.professional_role)),
            )?;
            let supervisor = match &pair.supervisor {
                None => p.not_named.to_owned(),
                Some(Supervisor::Professional) => p.supervisor_professional.to_owned(),
                Some(Supervisor::Organisation { organisation, role }) => {
                    format!("{}, {}", self.free(role), self.free(organisation))
                }
            };
            w.field(
                &capitalized(self.label(SupportRole::PairSupervisor)),
                &supervisor,
            )?;
        }
        Ok(())
    }

    fn requirements(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (requirements, p) = (self.job.requirements(), self.p());
        w.heading(p.requirements)?;
        if !requirements.experience_backgrounds.is_empty() {
            w.field(
                p.experience_sought,
                &self.list(&requirements.experience_backgrounds),
            )?;
        }
        let training = match &self.job.requirements().training {
            // The description is free text; the rest of the phrase is ours.
            TrainingRequirement::Other { description, .. } => training_text(
                self.job,
                self.language,
            )
            .replacen(description.as_str(), &self.free(description), 1),
            TrainingRequirement::KokoaStandard | TrainingRequirement::None => {
                training_text(self.job, self.language)
            }
        };
        w.field(p.training, &training)?;
        if !requirements.themes.is_empty() {
            w.field(p.themes, &self.list(&requirements.themes))?;
        }
        Ok(())
    }

    fn onboarding(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        if self.job.onboarding().is_empty() {
            return Ok(());
        }
        w.heading(self.p().onboarding)?;
        for &item in self.job.onboarding() {
            w.item(self.label(item))?;
        }
        Ok(())
    }

    fn fees(&self, w: &mut Writer<'_, '_>) -> fmt::Result {
        let (job, p) = (self.job, self.p());
        if job.terms().form_of_work != FormOfWork::FeeBased {
            return Ok(());
        }
        w.heading(p.fees)?;
        w.field(p.fee_activities, &self.list(job.fee_activities()))?;
        let Some(estimate) = self.fees else {
            return Ok(());
        };
        w.blank()?;
        if self.format == Format::Markdown {
            writeln!(w.out, "| | h | EUR/h | EUR |")?;
            writeln!(w.out, "|---|---:|---:|---:|")?;
        }
        for line in &estimate.lines {
            let activity = capitalized(self.label(line.activity));
            let (hours, minutes) = (line.minutes / 60, line.minutes % 60);
            let (rate, amount) = (line.rate, line.amount);
            match self.format {
                Format::Markdown => writeln!(
                    w.out,
                    "| {activity} | {hours}:{minutes:02} | {rate} | {amount} |"
                ),
                Format::PlainText => writeln!(
                    w.out,
                    "  {activity}: {hours}:{minutes:02} h × {rate} = {amount}"
                ),
            }?;
        }
        match self.format {
            Format::Markdown => writeln!(w.out, "| {} | | | {} |", p.total, estimate.total),
            Format::PlainText => writeln!(w.out, "  {}: {}", p.total, estimate.total),
        }
    }
}
