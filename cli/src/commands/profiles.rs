//! `peerwork profiles`: the model laid out — the common core, the four Vantaa profiles
//! with their settings, duties, tasks, working modes and roles, and their overlaps.

use clap::Args;

use peerwork::{
    COMMON_CORE, Language, Profile, ProfileCatalogue, Role, RoleAssessment, TaskSet, Vocabulary,
};

use crate::cli::model_id;
use crate::error::{CliError, Status};
use crate::input::Destination;
use crate::layout::{Block, Layout, LayoutFormat};

const AFTER_HELP: &str = "\
Examples:
  peerwork profiles                          In English, as plain text
  peerwork profiles --lang fi --format markdown
  peerwork profiles --lang sv --format html -o profiler.html
  peerwork profiles --format json            The profile catalogue document (every language)

The duties are quoted as the Vantaa report words them, in English.";

/// The formats of `profiles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProfilesFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A whole HTML page.
    Html,
    /// The profile catalogue document: the whole model with labels in every language.
    Json,
}

/// Arguments of `peerwork profiles`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct ProfilesArgs {
    /// The language of the labels.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = model_id::<Language>())]
    pub lang: Language,
    /// The format.
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: ProfilesFormat,
    /// Where to write; `-` or nothing for standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

/// Runs `peerwork profiles`.
pub fn run(args: &ProfilesArgs) -> Result<Status, CliError> {
    let text = match args.format {
        ProfilesFormat::Json => {
            let mut text = serde_json::to_string_pretty(&ProfileCatalogue::new())
                .map_err(|e| CliError::usage(e.to_string()))?;
            text.push('\n');
            text
        }
        ProfilesFormat::Text => layout(args.lang).write(LayoutFormat::Text),
        ProfilesFormat::Markdown => layout(args.lang).write(LayoutFormat::Markdown),
        ProfilesFormat::Html => layout(args.lang).write(LayoutFormat::Html),
    };
    Destination::new(args.output.as_deref()).write(&text)?;
    Ok(Status::Ok)
}

/// The phrases of the layout in one language.
struct Phrases {
    title: &'static str,
    common_core: &'static str,
    setting: &'static str,
    pilot_unit: &'static str,
    working_modes: &'static str,
    duties: &'static str,
    covers: &'static str,
    roles: &'static str,
    because_of: &'static str,
    overlaps: &'static str,
    pair: &'static str,
    shared: &'static str,
    none: &'static str,
}

fn phrases(language: Language) -> Phrases {
    match language {
        Language::Finnish => Phrases {
            title: "Vantaan pilotin kokemusasiantuntijoiden tehtäväprofiilit, 2017 [V]",
            common_core: "Yhteinen ydin, kaikissa profiileissa",
            setting: "Palvelukonteksti",
            pilot_unit: "Pilottiyksikkö",
            working_modes: "Työskentelytavat",
            duties: "Tehtävät raportin sanoin (englanniksi)",
            covers: "kattaa",
            roles: "Roolit",
            because_of: "näiden tehtävien vuoksi",
            overlaps: "Profiilien yhteiset tehtävät yhteisen ytimen lisäksi",
            pair: "profiilipari",
            shared: "yhteiset tehtävät",
            none: "(ei yhtään)",
        },
        Language::Swedish => Phrases {
            title: "Erfarenhetsexperternas uppgiftsprofiler i Vandas pilot, 2017 [V]",
            common_core: "Den gemensamma kärnan, i alla profiler",
            setting: "Servicekontext",
            pilot_unit: "Pilotenhet",
            working_modes: "Arbetssätt",
            duties: "Uppgifterna med rapportens ord (på engelska)",
            covers: "omfattar",
            roles: "Roller",
            because_of: "på grund av dessa uppgifter",
            overlaps: "Uppgifter som profilerna delar utöver den gemensamma kärnan",
            pair: "profilpar",
            shared: "gemensamma uppgifter",
            none: "(inga)",
        },
        _ => Phrases {
            title: "Peer-worker job profiles of the Vantaa pilot, 2017 [V]",
            common_core: "Common core, shared by every profile",
            setting: "Setting",
            pilot_unit: "Pilot unit",
            working_modes: "Working modes",
            duties: "Duties, as the report words them",
            covers: "covers",
            roles: "Roles",
            because_of: "because of",
            overlaps: "Tasks each pair of profiles shares beyond the common core",
            pair: "pair of profiles",
            shared: "shared tasks",
            none: "(none)",
        },
    }
}

/// Task labels in `language`, joined.
fn labels(tasks: TaskSet, language: Language, none: &str) -> String {
    if tasks.is_empty() {
        return none.to_owned();
    }
    tasks
        .iter()
        .map(|task| task.label_in(language))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The model laid out in `language`.
fn layout(language: Language) -> Layout {
    let words = phrases(language);
    let mut layout = Layout {
        language: language.code(),
        blocks: Vec::new(),
    };
    layout.push(Block::Heading(1, words.title.to_owned()));
    layout.push(Block::Heading(2, words.common_core.to_owned()));
    layout.push(Block::List(
        COMMON_CORE
            .iter()
            .map(|task| format!("{} ({task})", task.label_in(language)))
            .collect(),
    ));
    for &profile in Profile::ALL {
        profile_blocks(&mut layout, profile, language, &words);
    }
    layout.push(Block::Heading(2, words.overlaps.to_owned()));
    let mut rows = Vec::new();
    for (i, &a) in Profile::ALL.iter().enumerate() {
        for &b in Profile::ALL.iter().skip(i + 1) {
            let shared = (a.tasks() & b.tasks()) - COMMON_CORE;
            rows.push(vec![
                format!("{} & {}", a.label_in(language), b.label_in(language)),
                labels(shared, language, words.none),
            ]);
        }
    }
    layout.push(Block::Table(
        vec![words.pair.to_owned(), words.shared.to_owned()],
        rows,
    ));
    layout
}

fn profile_blocks(layout: &mut Layout, profile: Profile, language: Language, words: &Phrases) {
    layout.push(Block::Heading(2, profile.label_in(language).to_owned()));
    let modes: Vec<&str> = profile
        .working_modes()
        .iter()
        .map(|mode| mode.label_in(language))
        .collect();
    layout.push(Block::List(vec![
        format!(
            "{}: {}",
            words.setting,
            profile.setting().label_in(language)
        ),
        format!("{}: {}", words.pilot_unit, profile.pilot_unit().name),
        format!("{}: {}", words.working_modes, modes.join("; ")),
    ]));
    layout.push(Block::Heading(3, words.duties.to_owned()));
    layout.push(Block::List(
        profile
            .duties()
            .iter()
            .map(|duty| {
                format!(
                    "{}. {} — {}: {}",
                    duty.number,
                    duty.label,
                    words.covers,
                    labels(duty.tasks, language, words.none)
                )
            })
            .collect(),
    ));
    let assessment = RoleAssessment::of(profile.tasks());
    layout.push(Block::Heading(
        3,
        format!(
            "{}: {}",
            words.roles,
            assessment.verdict().label_in(language)
        ),
    ));
    layout.push(Block::List(
        Role::ALL
            .iter()
            .filter(|&&role| !assessment.reasons(role).is_empty())
            .map(|&role| {
                format!(
                    "{}, {}: {}",
                    role.label_in(language),
                    words.because_of,
                    labels(assessment.reasons(role), language, words.none)
                )
            })
            .collect(),
    ));
}
