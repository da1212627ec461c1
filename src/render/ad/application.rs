//! How to apply, in an ad: the deadline, the application form or e-mail address, the
//! instructions, the employer's reference and the contact persons, from the details of
//! one publication.

use crate::details::PostingDetails;
use crate::language::Language;
use crate::render::phrases::Phrases;
use crate::render::words;

use super::{Block, Span, fill, framed, ours, text_in};

/// Adds the section on how to apply, if the details say anything of it.
pub(super) fn application(
    blocks: &mut Vec<Block>,
    details: &PostingDetails,
    language: Language,
    p: &Phrases,
) {
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
