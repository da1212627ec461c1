//! The composer's form after the tasks: working modes, the form of work and its terms,
//! the support around the peer worker, what the post asks, and the posting details.

use maud::{Markup, html};
use peerwork::{
    ExperienceBackground, FeeActivity, FormOfWork, Language, MAX_ASSIGNMENTS, MAX_CONTACTS,
    OnboardingItem, PayPeriod, Theme, TimeUnit, Vocabulary, WorkingMode,
};

use crate::i18n::T;
use crate::views::fields::{Fields, id};

pub(crate) fn working_modes(f: Fields<'_>) -> Markup {
    html! {
        section #s-working_modes aria-labelledby="h-modes" {
            h2 #h-modes { (f.t(T::WorkingModes)) }
            (f.checkboxes("working_modes", f.t(T::WorkingModesLegend), WorkingMode::ALL))
        }
    }
}

pub(crate) fn terms(f: Fields<'_>) -> Markup {
    let t = |key: T| f.t(key);
    let forms: Vec<(&str, &str)> = FormOfWork::ALL
        .iter()
        .map(|form| (form.id(), form.label_in(f.ui)))
        .collect();
    let units: Vec<(&str, &str)> = TimeUnit::ALL
        .iter()
        .map(|u| (u.id(), u.label_in(f.ui)))
        .collect();
    let periods: Vec<(&str, &str)> = PayPeriod::ALL
        .iter()
        .map(|p| (p.id(), pay_period(f.ui, *p)))
        .collect();
    let contracts = [
        ("permanent", t(T::Permanent)),
        ("fixed_term", t(T::FixedTerm)),
    ];
    html! {
        section #s-terms aria-labelledby="h-terms" {
            h2 #h-terms { (t(T::Terms)) }
            (f.radios("terms.form_of_work", t(T::FormOfWork), &forms))
            div #f-terms { (f.problems("terms")) }
            fieldset.terms #f-salaried {
                legend { (FormOfWork::Salaried.label_in(f.ui)) }
                (f.input("terms.working_time_percent", t(T::WorkingTimePercent), "number", None))
                (f.radios("terms.contract.kind", t(T::Contract), &contracts))
                div.pair {
                    (f.input("terms.contract.term.duration.amount", t(T::FixedTermLength), "number", None))
                    (f.select("terms.contract.term.duration.unit", t(T::Unit), &units, None))
                }
                div.pair {
                    (f.input("terms.contract.term.dates.start", t(T::FixedTermStart), "date", None))
                    (f.input("terms.contract.term.dates.end", t(T::FixedTermEnd), "date", None))
                }
                div.pair {
                    (f.input("terms.trial_period.amount", t(T::TrialPeriod), "number", None))
                    (f.select("terms.trial_period.unit", t(T::Unit), &units, None))
                }
                (f.problems("terms.trial_period"))
                (f.localized("terms.pay_basis", t(T::PayBasis), false))
                div.pair {
                    (f.input("terms.pay.min", t(T::PayMin), "decimal", None))
                    (f.input("terms.pay.max", t(T::PayMax), "decimal", None))
                    (f.select("terms.pay.period", t(T::PayPeriod), &periods, None))
                }
            }
            fieldset.terms #f-terms-assignments {
                legend { (FormOfWork::FeeBased.label_in(f.ui)) }
                p { (t(T::AssignmentsLead)) }
                (f.problems("terms.assignments"))
                @let rows = f.form.rows("terms.assignments", MAX_ASSIGNMENTS);
                @for index in 0..rows.saturating_add(1).min(MAX_ASSIGNMENTS) {
                    @let at = format!("terms.assignments[{index}]");
                    div.pair.assignment {
                        (f.select_of(&format!("{at}.activity"), &format!("{} {}", t(T::Activity), index.saturating_add(1)), FeeActivity::ALL, Some(t(T::Choose))))
                        (f.input(&format!("{at}.hours"), t(T::Hours), "decimal", None))
                    }
                }
            }
        }
    }
}

fn pay_period(ui: Language, period: PayPeriod) -> &'static str {
    match period {
        PayPeriod::Hour => T::PerHour.get(ui),
        PayPeriod::Year => T::PerYear.get(ui),
        _ => T::PerMonth.get(ui),
    }
}

pub(crate) fn support(f: Fields<'_>) -> Markup {
    let t = |key: T| f.t(key);
    html! {
        section #s-support aria-labelledby="h-support" {
            h2 #h-support { (t(T::Support)) }
            (f.checkbox("support.close_contact_employee", t(T::HasCloseContact)))
            (f.localized("support.close_contact_employee.role", t(T::CloseContactRole), false))
            (f.localized("support.line_manager", t(T::LineManager), false))
            (f.checkbox("support.work_supervision", t(T::WorkSupervision)))
            fieldset #f-support-work_pair {
                legend { (t(T::WorkPair)) }
                (f.checkbox("support.work_pair", t(T::InWorkPair)))
                (f.localized("support.work_pair.professional_role", t(T::PairProfessional), false))
                (f.localized("support.work_pair.line_manager", t(T::PairLineManager), false))
                (f.checkbox("support.work_pair.professional_guides", t(T::ProfessionalGuides)))
            }
        }
    }
}

fn training(f: Fields<'_>, base: &str) -> Markup {
    let t = |key: T| f.t(key);
    let kinds = [
        ("kokoa_standard", t(T::KokoaTraining)),
        ("other", t(T::OtherTraining)),
    ];
    html! {
        (f.select(&format!("{base}.training.kind"), t(T::Training), &kinds, Some(t(T::NoTraining))))
        (f.localized(&format!("{base}.training.description"), t(T::TrainingDescription), false))
        (f.input(&format!("{base}.training.hours"), t(T::TrainingHours), "number", None))
    }
}

pub(crate) fn requirements(f: Fields<'_>) -> Markup {
    let t = |key: T| f.t(key);
    html! {
        section #s-requirements aria-labelledby="h-requirements" {
            h2 #h-requirements { (t(T::Requirements)) }
            p { (t(T::BackgroundsNote)) }
            div.columns {
                fieldset #f-requirements-required {
                    legend { (t(T::Required)) }
                    (f.checkboxes("requirements.required.experience_backgrounds", t(T::Backgrounds), ExperienceBackground::ALL))
                    (training(f, "requirements.required"))
                    (f.checkboxes("requirements.required.languages", t(T::WorkLanguages), Language::ALL))
                }
                fieldset #f-requirements-desired {
                    legend { (t(T::Desired)) }
                    (f.checkboxes("requirements.desired.experience_backgrounds", t(T::Backgrounds), ExperienceBackground::ALL))
                    (training(f, "requirements.desired"))
                    (f.checkboxes("requirements.desired.languages", t(T::WorkLanguages), Language::ALL))
                }
            }
            (f.checkboxes("requirements.themes", t(T::Themes), Theme::ALL))
            (f.checkbox("works_with_minors", t(T::WorksWithMinors)))
            (f.checkboxes("onboarding", t(T::Onboarding), OnboardingItem::ALL))
        }
    }
}

pub(crate) fn details(f: Fields<'_>) -> Markup {
    let t = |key: T| f.t(key);
    let rows = f.form.rows("details.contacts", MAX_CONTACTS);
    html! {
        section #s-details aria-labelledby="h-details" {
            h2 #h-details { (t(T::PostingDetails)) }
            p { (t(T::PostingDetailsLead)) }
            div #f-details { (f.problems("details")) }
            div.pair {
                (f.input("details.date_posted", t(T::DatePosted), "date", None))
                (f.input("details.valid_through", t(T::Deadline), "date", None))
                (f.input("details.deadline_time", t(T::DeadlineTime), "time", None))
            }
            div.pair {
                (f.input("details.start_date", t(T::StartDate), "date", None))
                (f.checkbox("details.start_by_agreement", t(T::StartByAgreement)))
            }
            fieldset #f-details-apply {
                legend { (t(T::HowToApply)) }
                (f.input("details.apply.url", t(T::ApplyUrl), "url", None))
                (f.input("details.apply.email", t(T::ApplyEmail), "email", None))
                (f.localized("details.apply.instructions", t(T::ApplyInstructions), true))
            }
            @for index in 0..rows.saturating_add(1).min(MAX_CONTACTS) {
                @let at = format!("details.contacts[{index}]");
                fieldset.contact id=(id(&at)) {
                    legend { (t(T::Contact)) " " (index + 1) }
                    (f.input(&format!("{at}.name"), t(T::Name), "text", None))
                    (f.localized(&format!("{at}.title"), t(T::ContactTitle), false))
                    (f.input(&format!("{at}.phone"), t(T::Phone), "tel", None))
                    (f.localized(&format!("{at}.phone_hours"), t(T::PhoneHours), false))
                    (f.input(&format!("{at}.email"), t(T::Email), "email", None))
                }
            }
            div.pair {
                (f.input("details.openings", t(T::Openings), "number", None))
                (f.input("details.identifier", t(T::Identifier), "text", None))
            }
        }
    }
}
