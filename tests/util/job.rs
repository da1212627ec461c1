//! Helpers of the job-description tests.

use peerwork::{
    CloseContactEmployee, Contract, Date, JobDescription, JobDescriptionBuilder, Language,
    LocalizedText, Municipality, Profile, SalariedTerms, Terms, TrainingRequirement,
};

/// A minimal valid builder: the Caretaker's tasks, in Finnish, salaried full time, a
/// close contact employee and training required.
pub fn base() -> JobDescriptionBuilder {
    JobDescription::builder("Kokemusasiantuntija")
        .employer("Vantaan kaupunki")
        .location(Municipality::VANTAA)
        .profile(Profile::Caretaker)
        .close_contact_employee(CloseContactEmployee::new())
        .required_training(TrainingRequirement::KokoaStandard)
}

#[track_caller]
pub fn date(s: &str) -> Date {
    s.parse().unwrap()
}

pub fn fi_sv(fi: &str, sv: &str) -> LocalizedText {
    LocalizedText::in_language(Language::Finnish, fi).and(Language::Swedish, sv)
}

pub fn salaried(percent: u8, contract: Contract) -> Terms {
    Terms::Salaried(SalariedTerms::new(percent, contract))
}
