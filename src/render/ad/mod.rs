//! A job description as a job ad: the blocks of a Finnish municipal posting, in one
//! language, before any format writes them.
//!
//! Each piece of text is either the ad's own wording ([`Span::Ours`]) or a free text of
//! the document ([`Span::Free`]), so every format escapes exactly what a document
//! holds and nothing a document holds can become markup.
//!
//! The section on the terms of work is built in [`terms`], the section on how to apply
//! in [`application`].

mod application;
mod terms;

use crate::details::PostingDetails;
use crate::i18n::Vocabulary;
use crate::job::{JobDescription, Qualifications, TrainingRequirement};
use crate::language::Language;
use crate::profile::COMMON_CORE;
use crate::task::Task;
use crate::task_set::TaskSet;
use crate::text::LocalizedText;

use super::phrases::{self, Phrases, phrases};
use super::words;
use application::application;
use terms::terms;

/// A piece of a line of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Span {
    /// The ad's own words.
    Ours(String),
    /// A free text of the document, shown exactly as it is.
    Free(String),
    /// A checked web address, shown as itself and linked.
    Link(String),
}

/// A line of text.
pub(crate) type Line = Vec<Span>;

/// A block of an ad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// The post's title.
    Title(Line),
    /// A paragraph.
    Paragraph(Line),
    /// A section heading.
    Heading(String),
    /// A bulleted list.
    List(Vec<Line>),
    /// Facts as key and value.
    Facts(Vec<(String, Line)>),
    /// A table: its head, rows and a closing row.
    Table {
        /// The column names.
        head: Vec<String>,
        /// The rows.
        rows: Vec<Vec<Line>>,
        /// The closing row, such as a total.
        foot: Option<Vec<Line>>,
    },
}

fn ours(text: impl Into<String>) -> Span {
    Span::Ours(text.into())
}

fn fill(frame: &str, value: &str) -> String {
    frame.replacen("{}", value, 1)
}

/// A frame with one value filled in, as a line: the frame's words are ours, the value
/// free.
fn framed(frame: &str, value: Span) -> Line {
    match frame.split_once("{}") {
        Some((before, after)) => {
            let mut line = Vec::with_capacity(3);
            if !before.is_empty() {
                line.push(ours(before));
            }
            line.push(value);
            if !after.is_empty() {
                line.push(ours(after));
            }
            line
        }
        None => vec![ours(frame)],
    }
}

/// The text of `text` in `language`; the post is written in it, so it has one.
fn text_in(text: &LocalizedText, language: Language) -> String {
    text.get(language).unwrap_or_default().to_owned()
}

/// `text` with its first letter in upper case.
pub(crate) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The catalogue tasks of `set` in the order a posting lists them: using one's own
/// experience first, as what defines the post; then, for a post made from profiles, the
/// duties of each profile in the report's order; then the common core; then the rest
/// in catalogue order.
pub(crate) fn posting_order(job: &JobDescription, set: TaskSet) -> Vec<Task> {
    let mut ordered: Vec<Task> = Vec::with_capacity(set.len());
    let mut push = |task: Task| {
        if set.contains(task) && !ordered.contains(&task) {
            ordered.push(task);
        }
    };
    push(Task::UsesOwnExperience);
    for profile in job.profiles() {
        for duty in profile.duties() {
            duty.tasks.iter().for_each(&mut push);
        }
    }
    COMMON_CORE.iter().for_each(&mut push);
    set.iter().for_each(&mut push);
    ordered
}

/// Builds the ad of `job` in `language`, with the details of one publication if given.
pub(crate) fn blocks(
    job: &JobDescription,
    details: Option<&PostingDetails>,
    language: Language,
) -> Vec<Block> {
    let p = phrases(language);
    let mut blocks = Vec::with_capacity(24);
    blocks.push(Block::Title(vec![Span::Free(text_in(
        job.title(),
        language,
    ))]));
    let employer = job.employer();
    let mut lead = Vec::with_capacity(3);
    if let Some(unit) = &employer.unit {
        lead.push(Span::Free(text_in(unit, language)));
        lead.push(ours(", "));
    }
    lead.push(Span::Free(text_in(&employer.organisation, language)));
    blocks.push(Block::Paragraph(lead));
    if let Some(introduction) = &employer.introduction {
        blocks.push(Block::Paragraph(vec![Span::Free(text_in(
            introduction,
            language,
        ))]));
    }
    blocks.push(Block::Paragraph(vec![ours(
        p.intro(job.role_assessment().verdict()),
    )]));
    work(&mut blocks, job, language, p);
    qualifications(
        &mut blocks,
        p.we_require,
        &job.requirements().required,
        language,
    );
    if job.form_of_work().is_paid() {
        blocks.push(Block::Paragraph(vec![ours(p.no_degree)]));
    }
    qualifications(
        &mut blocks,
        p.we_would_like,
        &job.requirements().desired,
        language,
    );
    offer(&mut blocks, job, language, p);
    terms(&mut blocks, job, details, language, p);
    if let Some(details) = details {
        application(&mut blocks, details, language, p);
    }
    blocks
}

fn work(blocks: &mut Vec<Block>, job: &JobDescription, language: Language, p: &Phrases) {
    blocks.push(Block::Heading(p.the_work.to_owned()));
    let tasks = job.tasks();
    let (essential_frame, optional_frame) = if job.terms().salaried().is_some() {
        (p.tasks, p.optional_tasks)
    } else {
        (p.tasks_assignment, p.optional_tasks_assignment)
    };
    for (frame, set, essential) in [
        (essential_frame, tasks.essential, true),
        (optional_frame, tasks.optional, false),
    ] {
        let mut items: Vec<Line> = posting_order(job, set)
            .into_iter()
            .map(|task| vec![ours(task.in_posting(language))])
            .collect();
        items.extend(
            tasks
                .own
                .iter()
                .filter(|own| own.essential == essential)
                .map(|own| vec![Span::Free(text_in(&own.label, language))]),
        );
        if !items.is_empty() {
            blocks.push(Block::Paragraph(vec![ours(frame)]));
            blocks.push(Block::List(items));
        }
    }
    let themes = &job.requirements().themes;
    if !themes.is_empty() {
        let names: Vec<String> = themes
            .iter()
            .map(|t| t.label_in(language).to_owned())
            .collect();
        blocks.push(Block::Paragraph(vec![ours(fill(
            p.themes,
            &words::join(&names, language),
        ))]));
    }
    blocks.push(Block::Paragraph(vec![ours(p.how_you_work)]));
    blocks.push(Block::List(
        job.working_modes()
            .iter()
            .map(|&mode| vec![ours(phrases::working_mode(mode, language))])
            .collect(),
    ));
}

fn qualifications(
    blocks: &mut Vec<Block>,
    heading: &str,
    wanted: &Qualifications,
    language: Language,
) {
    let mut items: Vec<Line> = wanted
        .experience_backgrounds
        .iter()
        .map(|&background| vec![ours(phrases::background(background, language))])
        .collect();
    match &wanted.training {
        Some(TrainingRequirement::KokoaStandard) => {
            items.push(vec![ours(phrases(language).kokoa_training)]);
        }
        Some(TrainingRequirement::Other { description, hours }) => {
            let mut line = vec![Span::Free(text_in(description, language))];
            if let Some(hours) = hours {
                line.push(ours(format!(
                    " ({})",
                    words::whole(*hours, words::Unit::Hours, language)
                )));
            }
            items.push(line);
        }
        _ => {}
    }
    items.extend(
        wanted
            .languages
            .iter()
            .map(|&skill| vec![ours(phrases::language_skill(skill, language))]),
    );
    if !items.is_empty() {
        blocks.push(Block::Heading(heading.to_owned()));
        blocks.push(Block::List(items));
    }
}

fn offer(blocks: &mut Vec<Block>, job: &JobDescription, language: Language, p: &Phrases) {
    let support = job.support();
    let mut items: Vec<Line> = Vec::new();
    if let Some(contact) = &support.close_contact_employee {
        items.push(match &contact.role {
            Some(role) => framed(p.close_contact_role, Span::Free(text_in(role, language))),
            None => vec![ours(p.close_contact)],
        });
    }
    if let Some(pair) = &support.work_pair {
        let frame = if pair.professional_guides {
            p.work_pair_guides
        } else {
            p.work_pair
        };
        items.push(framed(
            frame,
            Span::Free(text_in(&pair.professional_role, language)),
        ));
    }
    if support.work_supervision {
        items.push(vec![ours(p.work_supervision)]);
    }
    let equipment: Vec<String> = job
        .onboarding()
        .iter()
        .filter(|item| item.is_equipment())
        .map(|item| item.label_in(language).to_owned())
        .collect();
    if !equipment.is_empty() {
        items.push(vec![ours(fill(
            p.equipment,
            &words::join(&equipment, language),
        ))]);
    }
    if !items.is_empty() {
        blocks.push(Block::Heading(p.we_offer.to_owned()));
        blocks.push(Block::List(items));
    }
}
