//! Reading the form's terms of work (salaried, fee-based or volunteer) and the posting
//! details of one publication: more of [`Reader`](super::Reader).

use peerwork::{
    Application, Assignment, Contact, Contract, DetailsError, Duration, FeeActivity, FeeTerms,
    Hours, MAX_ASSIGNMENTS, MAX_CONTACTS, Pay, PayPeriod, PostingDetails, SalariedTerms, Term,
    Terms, TimeUnit, VolunteerTerms,
};
use peerwork::{Cents, ClockTime};

use super::{Problem, Reader, details_issue};

impl Reader<'_> {
    fn duration(&mut self, base: &str) -> Option<Duration> {
        let amount = self.whole::<u16>(&format!("{base}.amount"), 1, 65_535)?;
        let unit = self
            .choice::<TimeUnit>(&format!("{base}.unit"))
            .unwrap_or(TimeUnit::Months);
        Some(Duration::new(amount, unit))
    }

    pub(super) fn terms(&mut self) -> Terms {
        match self.form.get("terms.form_of_work") {
            "volunteer" => Terms::Volunteer(VolunteerTerms::new()),
            "fee_based" => {
                let mut assignments = Vec::new();
                for index in 0..self.form.rows("terms.assignments", MAX_ASSIGNMENTS) {
                    if !self.form.row_used("terms.assignments", index, &[]) {
                        continue;
                    }
                    let at = format!("terms.assignments[{index}]");
                    let name = format!("{at}.activity");
                    let Some(activity) = self.choice::<FeeActivity>(&name) else {
                        if self.form.value(&name).is_none() {
                            self.issue(&name, Problem::UnknownChoice);
                        }
                        continue;
                    };
                    let hours = self
                        .hundredths(&format!("{at}.hours"))
                        .and_then(|h| u32::try_from(h).ok());
                    assignments.push(match hours {
                        Some(hours) => Assignment::new(activity, Hours::hundredths(hours)),
                        None => Assignment::hours_not_stated(activity),
                    });
                }
                Terms::FeeBased(FeeTerms::new(assignments))
            }
            other => {
                if !matches!(other, "" | "salaried") {
                    self.issue("terms.form_of_work", Problem::UnknownChoice);
                }
                Terms::Salaried(self.salaried())
            }
        }
    }

    fn salaried(&mut self) -> SalariedTerms {
        let percent = self
            .whole::<u8>("terms.working_time_percent", 1, 100)
            .unwrap_or(100);
        let contract = if self.form.get("terms.contract.kind") == "fixed_term" {
            let start = self.date("terms.contract.term.dates.start");
            let end = self.date("terms.contract.term.dates.end");
            match (start, end) {
                (Some(start), Some(end)) => Contract::between(start, end),
                _ => {
                    if let Some(duration) = self.duration("terms.contract.term.duration") {
                        Contract::FixedTerm {
                            term: Term::Duration(duration),
                        }
                    } else {
                        self.issue(
                            "terms.contract.term.duration.amount",
                            Problem::WholeNumber {
                                min: 1,
                                max: 65_535,
                            },
                        );
                        Contract::Permanent
                    }
                }
            }
        } else {
            Contract::Permanent
        };
        let mut terms = SalariedTerms::new(percent, contract);
        terms.trial_period = self.duration("terms.trial_period");
        terms.pay_basis = self.localized("terms.pay_basis");
        let min = self.hundredths("terms.pay.min");
        let max = self.hundredths("terms.pay.max");
        let period = self
            .choice::<PayPeriod>("terms.pay.period")
            .unwrap_or(PayPeriod::Month);
        let pay = match (min, max) {
            (Some(min), Some(max)) => Some(Pay::range(Cents(min), Cents(max), period)),
            (Some(amount), None) | (None, Some(amount)) => Some(Pay::new(Cents(amount), period)),
            (None, None) => None,
        };
        match pay {
            Some(Ok(pay)) => terms.pay = Some(pay),
            Some(Err(err)) => self.issue(&format!("terms.pay.{}", err.field()), Problem::Pay(err)),
            None => {}
        }
        terms
    }

    pub(super) fn details(&mut self) -> Option<PostingDetails> {
        let before = self.issues.len();
        let mut details = PostingDetails::builder();
        if let Some(date) = self.date("details.date_posted") {
            details = details.date_posted(date);
        }
        let time = self.form.value("details.deadline_time").and_then(|value| {
            let parsed = value.parse::<ClockTime>().ok();
            if parsed.is_none() {
                self.issue("details.deadline_time", Problem::NotATime);
            }
            parsed
        });
        match self.date("details.valid_through") {
            Some(date) => details = details.deadline(date, time),
            None if time.is_some() => {
                self.issues
                    .push(details_issue(DetailsError::TimeWithoutDeadline));
            }
            None => {}
        }
        let by_agreement = self.form.checked("details.start_by_agreement");
        match self.date("details.start_date") {
            Some(date) => details = details.start(date, by_agreement),
            None if by_agreement => details = details.start_by_agreement(),
            None => {}
        }
        let mut apply = Application::default();
        apply.url = self.form.value("details.apply.url").map(str::to_owned);
        apply.email = self.form.value("details.apply.email").map(str::to_owned);
        apply.instructions = self.localized("details.apply.instructions");
        if apply != Application::default() {
            details = details.apply(apply);
        }
        for index in 0..self.form.rows("details.contacts", MAX_CONTACTS) {
            if !self.form.row_used("details.contacts", index, &[]) {
                continue;
            }
            let at = format!("details.contacts[{index}]");
            let mut contact = Contact::new(self.form.get(&format!("{at}.name")));
            if let Some(title) = self.localized(&format!("{at}.title")) {
                contact = contact.title(title);
            }
            if let Some(phone) = self.form.value(&format!("{at}.phone")) {
                contact = contact.phone(phone, self.localized(&format!("{at}.phone_hours")));
            }
            if let Some(email) = self.form.value(&format!("{at}.email")) {
                contact = contact.email(email);
            }
            details = details.contact(contact);
        }
        if let Some(openings) = self.whole::<u16>("details.openings", 1, 65_535) {
            details = details.openings(openings);
        }
        if let Some(identifier) = self.form.value("details.identifier") {
            details = details.identifier(identifier);
        }
        match details.check() {
            Ok(details) if self.issues.len() == before => Some(details),
            Ok(_) => None,
            Err(err) => {
                self.issues.push(details_issue(err));
                None
            }
        }
    }
}
