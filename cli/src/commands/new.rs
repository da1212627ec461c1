//! `peerwork new`: compose a job description from a preset, a profile and flags, and
//! build it with the library's builder, which refuses what it always refuses.

use std::path::PathBuf;

use clap::Args;

use peerwork::{
    Assignment, CloseContactEmployee, Contract, Duration, Employer, ExperienceBackground,
    FeeActivity, FeeTerms, FormOfWork, Hours, JobDescription, JobDescriptionBuilder, Language,
    LocalizedText, Municipality, OnboardingItem, Profile, SalariedTerms, ServiceSetting, Task,
    TaskSet, Term, Terms, Theme, TimeUnit, TrainingRequirement, VolunteerTerms, WorkPair,
    WorkingMode,
};

use crate::cli::model_id;
use crate::error::{CliError, Status};
use crate::gate;
use crate::input::{self, Destination, OutputFormat};
use crate::report;

const AFTER_HELP: &str = "\
Examples:
  peerwork new --pilot storyteller -o post.toml
  peerwork new --pilot caretaker --lang fi,sv --working-time 60 --contract permanent
  peerwork new --title \"Peer worker, youth guidance\" --lang en --employer \"City of Vantaa\" \\
      --municipality Vantaa --profile caretaker --essential escorts_clients \\
      --work-pair \"youth social worker\" --require-training kokoa
  peerwork new --from post.json --form fee_based --assignment meeting=2 --assignment preparation

A text flag takes one text for every language (--title \"Peer worker\") or one per language \
(--title fi=Kokemusasiantuntija --title sv=Erfarenhetsexpert). Lists take ids separated by \
commas or the flag repeated. The job is built with every rule of the library: what it \
refuses is refused with the same message (exit code 1). The review's advisories are \
printed as warnings.";

/// Arguments of `peerwork new`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
#[allow(clippy::struct_excessive_bools)] // flags
pub struct NewArgs {
    /// Start from the Vantaa pilot post of this profile (in the languages of --lang, or
    /// in Finnish, Swedish and English).
    #[arg(long, value_name = "PROFILE", value_parser = model_id::<Profile>(), help_heading = "Start")]
    pub pilot: Option<Profile>,
    /// Start from an existing job description.
    #[arg(
        long,
        value_name = "JOB",
        conflicts_with = "pilot",
        help_heading = "Start"
    )]
    pub from: Option<PathBuf>,

    /// The title: TEXT, or LANG=TEXT once per language.
    #[arg(long, value_name = "TEXT", help_heading = "Post")]
    pub title: Vec<String>,
    /// The languages the post is written in.
    #[arg(long = "lang", value_name = "LANG", value_delimiter = ',', value_parser = model_id::<Language>(), help_heading = "Post")]
    pub languages: Vec<Language>,
    /// The employing organisation: TEXT, or LANG=TEXT once per language.
    #[arg(long, value_name = "TEXT", help_heading = "Post")]
    pub employer: Vec<String>,
    /// The unit within the organisation: TEXT, or LANG=TEXT once per language.
    #[arg(long, value_name = "TEXT", help_heading = "Post")]
    pub unit: Vec<String>,
    /// The municipality: a Statistics Finland code (092) or a Finnish or Swedish name.
    #[arg(long, value_name = "MUNICIPALITY", value_parser = municipality, help_heading = "Post")]
    pub municipality: Option<Municipality>,
    /// The service setting (by default the first profile's).
    #[arg(long, value_name = "SETTING", value_parser = model_id::<ServiceSetting>(), help_heading = "Post")]
    pub setting: Option<ServiceSetting>,

    /// Derive from a profile: its tasks become essential.
    #[arg(long, value_name = "PROFILE", value_delimiter = ',', value_parser = model_id::<Profile>(), help_heading = "Tasks")]
    pub profile: Vec<Profile>,
    /// Tasks to add as essential (task ids; see `peerwork profiles`).
    #[arg(long, value_name = "TASK", value_delimiter = ',', value_parser = task, help_heading = "Tasks")]
    pub essential: Vec<Task>,
    /// Tasks to add as optional.
    #[arg(long, value_name = "TASK", value_delimiter = ',', value_parser = task, help_heading = "Tasks")]
    pub optional: Vec<Task>,
    /// Tasks to drop.
    #[arg(long, value_name = "TASK", value_delimiter = ',', value_parser = task, help_heading = "Tasks")]
    pub drop: Vec<Task>,
    /// The working modes, primary first.
    #[arg(long, value_name = "MODE", value_delimiter = ',', value_parser = model_id::<WorkingMode>(), help_heading = "Tasks")]
    pub working_mode: Vec<WorkingMode>,

    /// The form of work.
    #[arg(long, value_name = "FORM", value_parser = model_id::<FormOfWork>(), help_heading = "Terms")]
    pub form: Option<FormOfWork>,
    /// Salaried: working time as a percentage of full time.
    #[arg(long, value_name = "PERCENT", help_heading = "Terms")]
    pub working_time: Option<u8>,
    /// Salaried: `permanent`, a fixed term such as `3months`, `6weeks`, `30days`, or
    /// dates `2027-02-01..2027-04-30`.
    #[arg(long, value_name = "CONTRACT", value_parser = contract, help_heading = "Terms")]
    pub contract: Option<Contract>,
    /// Fee-based: an assignment, `ACTIVITY=HOURS` or `ACTIVITY` with no hours stated.
    #[arg(long, value_name = "ACTIVITY[=HOURS]", value_parser = assignment, help_heading = "Terms")]
    pub assignment: Vec<Assignment>,

    /// A close contact employee (lähityöntekijä), with their role if given.
    #[arg(long, value_name = "ROLE", num_args = 0..=1, default_missing_value = "", help_heading = "Support")]
    pub close_contact_employee: Option<String>,
    /// The post's line manager, by role: TEXT, or LANG=TEXT once per language.
    #[arg(long, value_name = "ROLE", help_heading = "Support")]
    pub line_manager: Vec<String>,
    /// The employer offers work supervision (työnohjaus).
    #[arg(long, help_heading = "Support")]
    pub work_supervision: bool,
    /// A work pair: the professional partner's role, TEXT or LANG=TEXT per language.
    #[arg(long, value_name = "ROLE", help_heading = "Support")]
    pub work_pair: Vec<String>,
    /// The work pair's line manager, by role.
    #[arg(
        long,
        value_name = "ROLE",
        requires = "work_pair",
        help_heading = "Support"
    )]
    pub pair_line_manager: Vec<String>,
    /// The work pair's professional has a guiding role.
    #[arg(long, requires = "work_pair", help_heading = "Support")]
    pub professional_guides: bool,

    /// Experience backgrounds required.
    #[arg(long, value_name = "BACKGROUND", value_delimiter = ',', value_parser = model_id::<ExperienceBackground>(), help_heading = "Requirements")]
    pub require_background: Vec<ExperienceBackground>,
    /// Experience backgrounds desired.
    #[arg(long, value_name = "BACKGROUND", value_delimiter = ',', value_parser = model_id::<ExperienceBackground>(), help_heading = "Requirements")]
    pub desire_background: Vec<ExperienceBackground>,
    /// Training required: `kokoa` (Kokoa ry's standard) or a description.
    #[arg(long, value_name = "TRAINING", help_heading = "Requirements")]
    pub require_training: Option<String>,
    /// Training desired: `kokoa` or a description.
    #[arg(long, value_name = "TRAINING", help_heading = "Requirements")]
    pub desire_training: Option<String>,
    /// Languages of work required.
    #[arg(long, value_name = "LANG", value_delimiter = ',', value_parser = model_id::<Language>(), help_heading = "Requirements")]
    pub require_language: Vec<Language>,
    /// Languages of work desired.
    #[arg(long, value_name = "LANG", value_delimiter = ',', value_parser = model_id::<Language>(), help_heading = "Requirements")]
    pub desire_language: Vec<Language>,
    /// Themes of the work.
    #[arg(long, value_name = "THEME", value_delimiter = ',', value_parser = model_id::<Theme>(), help_heading = "Requirements")]
    pub theme: Vec<Theme>,
    /// The work is with minors (the person chosen shows a criminal-record extract).
    #[arg(long, help_heading = "Requirements")]
    pub with_minors: bool,
    /// What a new peer worker is given or signs.
    #[arg(long, value_name = "ITEM", value_delimiter = ',', value_parser = model_id::<OnboardingItem>(), help_heading = "Requirements")]
    pub onboarding: Vec<OnboardingItem>,

    /// The format to write; by default that of the output file's extension, or JSON.
    #[arg(long, value_name = "FORMAT", help_heading = "Output")]
    pub to: Option<OutputFormat>,
    /// Where to write; `-` or nothing for standard output.
    #[arg(short, long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,
}

fn municipality(text: &str) -> Result<Municipality, String> {
    text.parse()
        .map_err(|e: peerwork::MunicipalityError| e.to_string())
}

fn task(text: &str) -> Result<Task, String> {
    Task::from_id(text.trim()).map_err(|e| e.to_string())
}

/// `permanent`, `3months` (`3m`, `6weeks`, `6w`, `30days`, `30d`) or `START..END`.
fn contract(text: &str) -> Result<Contract, String> {
    let text = text.trim();
    if text == "permanent" {
        return Ok(Contract::Permanent);
    }
    if let Some((start, end)) = text.split_once("..") {
        let start = start
            .parse()
            .map_err(|e: peerwork::DateError| e.to_string())?;
        let end = end
            .parse()
            .map_err(|e: peerwork::DateError| e.to_string())?;
        return Ok(Contract::between(start, end));
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let (amount, unit) = text.split_at(digits);
    let unit = match unit {
        "d" | "day" | "days" => TimeUnit::Days,
        "w" | "week" | "weeks" => TimeUnit::Weeks,
        "m" | "month" | "months" => TimeUnit::Months,
        _ => {
            return Err(format!(
                "`{text}`: write `permanent`, a term such as `3months`, `6weeks` or `30days`, \
                 or dates START..END"
            ));
        }
    };
    let amount: u16 = amount
        .parse()
        .map_err(|_| format!("`{text}`: the term's length is a whole number from 1 to 65535"))?;
    Ok(Contract::FixedTerm {
        term: Term::Duration(Duration::new(amount, unit)),
    })
}

/// `meeting=2`, `preparation=1.5` or `meeting` (hours not stated).
fn assignment(text: &str) -> Result<Assignment, String> {
    let (activity, hours) = match text.split_once('=') {
        Some((activity, hours)) => (activity, Some(hours)),
        None => (text, None),
    };
    let activity: FeeActivity = activity
        .trim()
        .parse()
        .map_err(|e: peerwork::ParseIdError| e.to_string())?;
    match hours {
        None => Ok(Assignment::hours_not_stated(activity)),
        Some(hours) => {
            let value: serde_json::Value = hours
                .trim()
                .parse()
                .map_err(|_| format!("`{hours}`: hours are a number, as 1.5"))?;
            let hours: Hours =
                serde_json::from_value(value).map_err(|e| format!("`{hours}`: {e}"))?;
            Ok(Assignment::new(activity, hours))
        }
    }
}

/// A text flag: one text for every language, or `LANG=TEXT` per language.
fn localized(flag: &str, values: &[String]) -> Result<Option<LocalizedText>, CliError> {
    let split = |value: &str| {
        value.split_once('=').and_then(|(code, text)| {
            code.parse::<Language>()
                .ok()
                .map(|language| (language, text.to_owned()))
        })
    };
    match values {
        [] => Ok(None),
        [one] if split(one).is_none() => Ok(Some(LocalizedText::same(one.clone()))),
        many => {
            let mut parts = many.iter().map(|value| {
                split(value).ok_or_else(|| {
                    CliError::usage(format!(
                        "--{flag}: give one text, or LANG=TEXT for each language (`{value}`)"
                    ))
                })
            });
            let Some(first) = parts.next().transpose()? else {
                return Ok(None);
            };
            let mut text = LocalizedText::in_language(first.0, first.1);
            for part in parts {
                let (language, value) = part?;
                text = text.and(language, value);
            }
            Ok(Some(text))
        }
    }
}

fn training(text: &str) -> TrainingRequirement {
    match text.trim() {
        "kokoa" | "kokoa_standard" => TrainingRequirement::KokoaStandard,
        other => TrainingRequirement::other(other),
    }
}

/// Runs `peerwork new`.
pub fn run(args: &NewArgs) -> Result<Status, CliError> {
    let (builder, base_terms) = start(args)?;
    let builder = apply(builder, args, base_terms)?;
    let job = builder
        .build()
        .map_err(|e| CliError::Invalid(e.to_string()))?;
    for advisory in job.review() {
        report::warning(&advisory.to_string());
    }
    let destination = Destination::new(args.output.as_deref());
    let to = args.to.unwrap_or_else(|| {
        destination
            .file_name()
            .map_or(OutputFormat::Json, |name| OutputFormat::of(&name))
    });
    destination.write(&input::document_text(&job, to)?)?;
    Ok(Status::Ok)
}

/// The builder to start from, and the terms it holds.
fn start(args: &NewArgs) -> Result<(JobDescriptionBuilder, Terms), CliError> {
    if let Some(path) = &args.from {
        let job: JobDescription = gate::read_file(path, None)?;
        let terms = job.terms().clone();
        return Ok((job.to_builder(), terms));
    }
    if let Some(profile) = args.pilot {
        let languages = if args.languages.is_empty() {
            Language::ALL
        } else {
            &args.languages[..]
        };
        let builder = JobDescriptionBuilder::vantaa_pilot(profile, languages);
        let terms = builder
            .clone()
            .build()
            .map(|job| job.terms().clone())
            .map_err(|e| CliError::Invalid(e.to_string()))?;
        return Ok((builder, terms));
    }
    let title = localized("title", &args.title)?.ok_or_else(|| {
        CliError::usage("give a --title, or start from --pilot PROFILE or --from JOB")
    })?;
    let terms = Terms::Salaried(SalariedTerms::new(100, Contract::Permanent));
    Ok((JobDescription::builder(title), terms))
}

/// The flags applied to `builder`.
fn apply(
    mut builder: JobDescriptionBuilder,
    args: &NewArgs,
    base_terms: Terms,
) -> Result<JobDescriptionBuilder, CliError> {
    if let Some(title) = localized("title", &args.title)? {
        builder = builder.title(title);
    }
    if !args.languages.is_empty() {
        builder = builder.languages(args.languages.iter().copied());
    }
    if let Some(employer) = localized("employer", &args.employer)? {
        let mut details = Employer::new(employer);
        if let Some(unit) = localized("unit", &args.unit)? {
            details = details.unit(unit);
        }
        builder = builder.employer_details(details);
    } else if !args.unit.is_empty() {
        return Err(CliError::usage("--unit needs --employer"));
    }
    if let Some(municipality) = args.municipality {
        builder = builder.location(municipality);
    }
    if let Some(setting) = args.setting {
        builder = builder.setting(setting);
    }
    for &profile in &args.profile {
        builder = builder.profile(profile);
    }
    let set = |tasks: &[Task]| tasks.iter().copied().collect::<TaskSet>();
    builder = builder
        .essential(set(&args.essential))
        .optional(set(&args.optional))
        .without(set(&args.drop));
    if !args.working_mode.is_empty() {
        builder = builder.working_modes(args.working_mode.iter().copied());
    }
    if let Some(terms) = terms(args, base_terms)? {
        builder = builder.terms(terms);
    }
    builder = support(builder, args)?;
    Ok(requirements(builder, args))
}

/// The terms the flags ask for, if they ask any.
fn terms(args: &NewArgs, base: Terms) -> Result<Option<Terms>, CliError> {
    let salaried_flags = args.working_time.is_some() || args.contract.is_some();
    let form = match (args.form, salaried_flags, args.assignment.is_empty()) {
        (Some(form), _, _) => form,
        (None, true, true) => FormOfWork::Salaried,
        (None, false, false) => FormOfWork::FeeBased,
        (None, false, true) => return Ok(None),
        (None, true, false) => {
            return Err(CliError::usage(
                "--working-time and --contract are terms of salaried work, --assignment of fee-based work",
            ));
        }
    };
    match form {
        FormOfWork::Salaried if args.assignment.is_empty() => {
            let mut terms = match base {
                Terms::Salaried(terms) => terms,
                _ => SalariedTerms::new(100, Contract::Permanent),
            };
            if let Some(percent) = args.working_time {
                terms.working_time_percent = percent;
            }
            if let Some(contract) = args.contract {
                terms.contract = contract;
            }
            Ok(Some(Terms::Salaried(terms)))
        }
        FormOfWork::FeeBased if !salaried_flags => Ok(Some(Terms::FeeBased(FeeTerms::new(
            args.assignment.iter().copied(),
        )))),
        FormOfWork::Volunteer if !salaried_flags && args.assignment.is_empty() => {
            Ok(Some(Terms::Volunteer(VolunteerTerms::new())))
        }
        form => Err(CliError::usage(format!(
            "--form {form}: --working-time and --contract are terms of salaried work, \
             --assignment of fee-based work"
        ))),
    }
}

fn support(
    mut builder: JobDescriptionBuilder,
    args: &NewArgs,
) -> Result<JobDescriptionBuilder, CliError> {
    if let Some(role) = &args.close_contact_employee {
        builder = builder.close_contact_employee(if role.is_empty() {
            CloseContactEmployee::new()
        } else {
            CloseContactEmployee::in_role(role.as_str())
        });
    }
    if let Some(role) = localized("line-manager", &args.line_manager)? {
        builder = builder.line_manager(role);
    }
    if args.work_supervision {
        builder = builder.work_supervision(true);
    }
    if let Some(role) = localized("work-pair", &args.work_pair)? {
        let mut pair = WorkPair::new(role).professional_guides(args.professional_guides);
        if let Some(manager) = localized("pair-line-manager", &args.pair_line_manager)? {
            pair = pair.line_manager(manager);
        }
        builder = builder.work_pair(pair);
    }
    Ok(builder)
}

fn requirements(mut builder: JobDescriptionBuilder, args: &NewArgs) -> JobDescriptionBuilder {
    if !args.require_background.is_empty() {
        builder = builder.required_backgrounds(args.require_background.iter().copied());
    }
    if !args.desire_background.is_empty() {
        builder = builder.desired_backgrounds(args.desire_background.iter().copied());
    }
    if let Some(text) = &args.require_training {
        builder = builder.required_training(training(text));
    }
    if let Some(text) = &args.desire_training {
        builder = builder.desired_training(training(text));
    }
    if !args.require_language.is_empty() {
        builder = builder.required_languages(args.require_language.iter().copied());
    }
    if !args.desire_language.is_empty() {
        builder = builder.desired_languages(args.desire_language.iter().copied());
    }
    if !args.theme.is_empty() {
        builder = builder.themes(args.theme.iter().copied());
    }
    if args.with_minors {
        builder = builder.works_with_minors(true);
    }
    if !args.onboarding.is_empty() {
        builder = builder.onboarding(args.onboarding.iter().copied());
    }
    builder
}
