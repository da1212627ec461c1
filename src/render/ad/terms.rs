//! The terms of work in an ad: the facts of employment, of an assignment with its fee
//! table, or of volunteering, the start, the line managers, the number of openings,
//! where the work is, and the notes on work with minors and confidentiality.

use crate::details::PostingDetails;
use crate::i18n::Vocabulary;
use crate::job::{Contract, JobDescription, OnboardingItem, SalariedTerms, Term, Terms};
use crate::language::Language;
use crate::pay::{Pay, PayPeriod};
use crate::render::phrases::Phrases;
use crate::render::words;

use super::{Block, Line, Span, capitalized, fill, framed, ours, text_in};

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

/// Adds the section on the terms of work.
pub(super) fn terms(
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
