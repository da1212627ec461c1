//! A job description as a job ad: the blocks of a Finnish municipal posting, in one
//! language, before any format writes them.
//!
//! Each piece of text is either the ad's own wording ([`Span::Ours`]) or a free text of
//! the document ([`Span::Free`]), so every format escapes exactly what a document
//! holds and nothing a document holds can become markup.

use crate::details::PostingDetails;
use crate::i18n::Vocabulary;
use crate::job::{
    Contract, JobDescription, OnboardingItem, Qualifications, SalariedTerms, Term, Terms,
    TrainingRequirement,
};
use crate::language::Language;
use crate::pay::{Pay, PayPeriod};
use crate::profile::COMMON_CORE;
use crate::task::Task;
use crate::task_set::TaskSet;
use crate::text::LocalizedText;

use super::phrases::{self, Phrases, phrases};
use super::words;

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

/// An amount of pay for its period: `2 400,00 €/kk`, `€12.50 per hour`.
fn pay_text(pay: Pay, language: Language, p: &Phrases) -> String {
    let amount = match pay.max() {
        Some(max) if max != pay.min() => words::money_range(pay.min(), max, language),
        _ => words::money(pay.min(), language),
    };
    let frame = match pay.period() {
        PayPeriod::Hour => p.per_hour,
        PayPeriod::Month => p.per_month,
        _ => p.per_year,
    };
    fill(frame, &amount)
}

/// The facts of employment: working time, contract, start, trial period and pay.
fn salaried_facts(
    facts: &mut Vec<(String, Line)>,
    salaried: &SalariedTerms,
    details: Option<&PostingDetails>,
    language: Language,
    p: &Phrases,
) {
    let time = if salaried.working_time_percent >= 100 {
        p.full_time.to_owned()
    } else {
        fill(
            p.percent_of_full_time,
            &salaried.working_time_percent.to_string(),
        )
    };
    facts.push((p.working_time.to_owned(), vec![ours(time)]));
    let contract = match salaried.contract {
        Contract::FixedTerm {
            term: Term::Duration(duration),
        } => fill(p.fixed_term, &words::duration(duration, language)),
        Contract::FixedTerm {
            term: Term::Dates { start, end },
        } => fill(
            p.fixed_term,
            &format!(
                "{}–{}",
                words::date(start, language),
                words::date(end, language)
            ),
        ),
        _ => p.permanent.to_owned(),
    };
    facts.push((p.contract.to_owned(), vec![ours(contract)]));
    start(facts, details, language, p.start, p);
    if let Some(trial) = salaried.trial_period {
        facts.push((
            p.trial_period.to_owned(),
            vec![ours(words::duration(trial, language))],
        ));
    }
    let pay = salaried
        .pay
        .or_else(|| details.and_then(PostingDetails::pay));
    let mut pay_line: Line = Vec::new();
    if let Some(basis) = &salaried.pay_basis {
        pay_line.push(Span::Free(text_in(basis, language)));
    }
    if let Some(pay) = pay {
        if !pay_line.is_empty() {
            pay_line.push(ours(", "));
        }
        pay_line.push(ours(pay_text(pay, language, p)));
    }
    if !pay_line.is_empty() {
        facts.push((p.pay.to_owned(), pay_line));
    }
}

fn terms(
    blocks: &mut Vec<Block>,
    job: &JobDescription,
    details: Option<&PostingDetails>,
    language: Language,
    p: &Phrases,
) {
    let mut facts: Vec<(String, Line)> = Vec::new();
    let mut after: Vec<Block> = Vec::new();
    let heading = match job.terms() {
        Terms::Salaried(salaried) => {
            salaried_facts(&mut facts, salaried, details, language, p);
            p.employment
        }
        Terms::FeeBased(fees) => {
            after.push(match &fees.fee_schedule {
                None => Block::Paragraph(vec![ours(p.fees_kokoa)]),
                Some(schedule) => Block::Paragraph(framed(
                    p.fees_schedule,
                    Span::Free(schedule.name().to_owned()),
                )),
            });
            after.push(fee_table(job, language, p));
            start(&mut facts, details, language, p.start_assignment, p);
            p.assignment
        }
        _ => {
            after.push(Block::Paragraph(vec![ours(p.volunteer_terms)]));
            start(&mut facts, details, language, p.start, p);
            p.volunteering
        }
    };
    let support = job.support();
    if let Some(manager) = &support.line_manager {
        facts.push((
            p.line_manager.to_owned(),
            vec![Span::Free(text_in(manager, language))],
        ));
    }
    if let Some(manager) = support
        .work_pair
        .as_ref()
        .and_then(|pair| pair.line_manager.as_ref())
    {
        facts.push((
            p.pair_line_manager.to_owned(),
            vec![Span::Free(text_in(manager, language))],
        ));
    }
    if let Some(openings) = details
        .and_then(PostingDetails::openings)
        .filter(|&n| n > 1)
    {
        facts.push((
            p.openings.to_owned(),
            vec![ours(words::whole(openings, words::Unit::People, language))],
        ));
    }
    facts.push((p.location.to_owned(), location(job, details, language)));
    blocks.push(Block::Heading(heading.to_owned()));
    blocks.extend(after);
    blocks.push(Block::Facts(facts));
    if job.works_with_minors() {
        let minors = if job.form_of_work().is_paid() {
            p.minors
        } else {
            p.minors_volunteer
        };
        blocks.push(Block::Paragraph(vec![ours(minors)]));
    }
    if job
        .onboarding()
        .contains(&OnboardingItem::ConfidentialityAgreement)
    {
        blocks.push(Block::Paragraph(vec![ours(p.confidentiality)]));
    }
}

fn start(
    facts: &mut Vec<(String, Line)>,
    details: Option<&PostingDetails>,
    language: Language,
    key: &str,
    p: &Phrases,
) {
    let Some(details) = details else { return };
    let text = match (details.start_date(), details.start_by_agreement()) {
        (Some(date), false) => words::date(date, language),
        (Some(date), true) => fill(p.or_by_agreement, &words::date(date, language)),
        (None, true) => p.by_agreement.to_owned(),
        (None, false) => return,
    };
    facts.push((key.to_owned(), vec![ours(text)]));
}

fn location(job: &JobDescription, details: Option<&PostingDetails>, language: Language) -> Line {
    let place = job.location();
    let municipality = place.municipality.name(language);
    let street = details
        .and_then(PostingDetails::street_address)
        .map(str::to_owned)
        .or_else(|| {
            place
                .street_address
                .as_ref()
                .map(|street| text_in(street, language))
        });
    let postal = details
        .and_then(PostingDetails::postal_code)
        .or(place.postal_code.as_deref());
    let mut line = Vec::with_capacity(4);
    if let Some(street) = street {
        line.push(Span::Free(street));
        line.push(ours(", "));
    }
    if let Some(postal) = postal {
        line.push(Span::Free(postal.to_owned()));
        line.push(ours(" "));
    }
    line.push(ours(municipality));
    line
}

fn fee_table(job: &JobDescription, language: Language, p: &Phrases) -> Block {
    let Some(fees) = job.terms().fee_based() else {
        return Block::Table {
            head: Vec::new(),
            rows: Vec::new(),
            foot: None,
        };
    };
    let schedule = fees.schedule();
    // The estimate prices the assignments whose hours are stated, in their order.
    let estimate = job.fee_estimate().and_then(Result::ok);
    let mut priced = estimate.iter().flat_map(|estimate| estimate.lines.iter());
    let rows = fees
        .assignments
        .iter()
        .map(|assignment| {
            let rate = schedule.rate(assignment.activity).unwrap_or_default();
            let amount = assignment
                .hours
                .and_then(|_| priced.next())
                .map(|line| words::money(line.amount, language));
            vec![
                vec![ours(capitalized(assignment.activity.label_in(language)))],
                vec![ours(assignment.hours.map_or_else(
                    || "–".to_owned(),
                    |h| words::decimal(h.as_hundredths(), language),
                ))],
                vec![ours(fill(p.per_hour_fee, &words::money(rate, language)))],
                vec![ours(amount.unwrap_or_else(|| "–".to_owned()))],
            ]
        })
        .collect();
    let total = estimate.map_or(crate::fee::Cents(0), |estimate| estimate.total);
    Block::Table {
        head: vec![
            p.activity.to_owned(),
            p.hours.to_owned(),
            p.rate.to_owned(),
            p.fee.to_owned(),
        ],
        rows,
        foot: Some(vec![
            vec![ours(p.total)],
            Vec::new(),
            Vec::new(),
            vec![ours(words::money(total, language))],
        ]),
    }
}

fn application(blocks: &mut Vec<Block>, details: &PostingDetails, language: Language, p: &Phrases) {
    let mut section: Vec<Block> = Vec::new();
    if let Some(date) = details.valid_through() {
        let date = words::date(date, language);
        let sentence = match details.deadline_time() {
            Some(time) => p.deadline_at.replacen("{}", &date, 1).replacen(
                "{}",
                &words::time(time, language),
                1,
            ),
            None => fill(p.deadline, &date),
        };
        section.push(Block::Paragraph(vec![ours(sentence)]));
    }
    if let Some(apply) = details.apply() {
        if let Some(url) = &apply.url {
            section.push(Block::Paragraph(framed(
                p.apply_at,
                Span::Link(url.clone()),
            )));
        }
        if let Some(email) = &apply.email {
            section.push(Block::Paragraph(framed(
                p.apply_by_email,
                Span::Free(email.clone()),
            )));
        }
        if let Some(instructions) = &apply.instructions {
            section.push(Block::Paragraph(vec![Span::Free(text_in(
                instructions,
                language,
            ))]));
        }
    }
    if !section.is_empty() {
        section.push(Block::Paragraph(vec![ours(p.tell_briefly)]));
    }
    if let Some(identifier) = details.identifier() {
        section.push(Block::Facts(vec![(
            p.reference.to_owned(),
            vec![Span::Free(identifier.to_owned())],
        )]));
    }
    let contacts = details.contacts();
    if !contacts.is_empty() {
        let frame = if contacts.len() == 1 {
            p.contact_one
        } else {
            p.contact_many
        };
        section.push(Block::Paragraph(vec![ours(frame)]));
        section.push(Block::List(
            contacts
                .iter()
                .map(|contact| {
                    let mut line = vec![Span::Free(contact.name.clone())];
                    if let Some(title) = &contact.title {
                        line.push(ours(", "));
                        line.push(Span::Free(text_in(title, language)));
                    }
                    if let Some(phone) = &contact.phone {
                        line.push(ours(format!(", {} ", p.phone)));
                        line.push(Span::Free(phone.clone()));
                        if let Some(hours) = &contact.phone_hours {
                            line.push(ours(" ("));
                            line.push(Span::Free(text_in(hours, language)));
                            line.push(ours(")"));
                        }
                    }
                    if let Some(email) = &contact.email {
                        line.push(ours(", "));
                        line.push(Span::Free(email.clone()));
                    }
                    line
                })
                .collect(),
        ));
    }
    if !section.is_empty() {
        blocks.push(Block::Heading(p.how_to_apply.to_owned()));
        blocks.extend(section);
    }
}
