//! Labels in Finnish, Swedish and English: every concept, every value, every language.

use std::collections::HashSet;

use peerwork::{
    Aim, Audience, ChecklistPoint, ExperienceBackground, FeeActivity, FormOfWork, Language,
    OnboardingItem, Profile, ProfileCatalogue, Role, RoleVerdict, ServiceSetting, SupportRole,
    Task, TaskCategory, Theme, TimeUnit, TrainingKind, Vocabulary, WorkingMode,
};

/// Every value has a non-empty label in every language, no two values of the concept
/// share a label in one language, every label finds its value again, descriptions are
/// non-empty where present, and the table lists every variant once, in order.
fn check<T: Vocabulary + std::fmt::Debug>(all: &[T]) -> usize {
    let variants: Vec<T> = all.to_vec();
    assert_eq!(
        T::values(),
        variants.as_slice(),
        "{}: table does not list every variant",
        T::CONCEPT
    );
    for &language in Language::ALL {
        let mut seen = HashSet::new();
        for &value in T::values() {
            let label = value.label_in(language);
            assert!(
                !label.trim().is_empty(),
                "{} {value:?}: no {language} label",
                T::CONCEPT
            );
            assert_eq!(
                label.trim(),
                label,
                "{} {value:?}: stray white space",
                T::CONCEPT
            );
            assert!(
                seen.insert(label),
                "{}: {language} label {label:?} used twice",
                T::CONCEPT
            );
            assert_eq!(
                T::from_label(language, label),
                Some(value),
                "{} {value:?}",
                T::CONCEPT
            );
            if let Some(description) = value.description_in(language) {
                assert!(
                    !description.trim().is_empty(),
                    "{} {value:?}: empty description",
                    T::CONCEPT
                );
                assert!(
                    description.ends_with('.'),
                    "{} {value:?}: a description is a sentence",
                    T::CONCEPT
                );
            }
        }
        assert_eq!(T::from_label(language, "no such label"), None);
    }
    variants.len()
}

#[test]
fn every_concept_is_labelled_in_three_languages() {
    let counted = [
        check::<Task>(Task::ALL),
        check::<Profile>(Profile::ALL),
        check::<ServiceSetting>(ServiceSetting::ALL),
        check::<Role>(Role::ALL),
        check::<RoleVerdict>(RoleVerdict::ALL),
        check::<Audience>(Audience::ALL),
        check::<Aim>(Aim::ALL),
        check::<TaskCategory>(TaskCategory::ALL),
        check::<FormOfWork>(FormOfWork::ALL),
        check::<WorkingMode>(WorkingMode::ALL),
        check::<ExperienceBackground>(ExperienceBackground::ALL),
        check::<Theme>(Theme::ALL),
        check::<TrainingKind>(TrainingKind::ALL),
        check::<FeeActivity>(FeeActivity::ALL),
        check::<ChecklistPoint>(ChecklistPoint::ALL),
        check::<OnboardingItem>(OnboardingItem::ALL),
        check::<SupportRole>(SupportRole::ALL),
        check::<TimeUnit>(TimeUnit::ALL),
        check::<Language>(Language::ALL),
        check::<peerwork::AdvisoryKind>(peerwork::AdvisoryKind::ALL),
        check::<peerwork::PayPeriod>(peerwork::PayPeriod::ALL),
        check::<peerwork::BankModel>(peerwork::BankModel::ALL),
        check::<peerwork::ExpertSource>(peerwork::ExpertSource::ALL),
    ];
    assert!(counted.iter().all(|&n| n > 0));
}

#[test]
fn finnish_reference_terms() {
    // The Finnish terms of DOMAIN.md are the reference.
    use Language::{English, Finnish, Swedish};
    let terms = [
        (Role::PeerWorker.label_in(Finnish), "kokemusasiantuntija"),
        (Role::PeerSupporter.label_in(Finnish), "vertaistukija"),
        (Role::PeerWorker.label_in(Swedish), "erfarenhetsexpert"),
        (Role::PeerSupporter.label_in(Swedish), "kamratstödjare"),
        (Role::PeerWorker.label_in(English), "peer worker"),
        (
            SupportRole::CloseContactEmployee.label_in(Finnish),
            "lähityöntekijä",
        ),
        (FeeActivity::Preparation.label_in(Finnish), "valmistelutyö"),
        (
            ExperienceBackground::CloseRelative.label_in(Finnish),
            "läheisen rooli",
        ),
    ];
    for (label, term) in terms {
        assert_eq!(label, term);
    }
}

#[test]
fn english_labels_are_the_ones_the_crate_uses() {
    for task in Task::ALL {
        assert_eq!(task.label(), task.label_in(Language::English));
    }
    for profile in Profile::ALL {
        assert_eq!(profile.name(), profile.label_in(Language::English));
    }
    for setting in ServiceSetting::ALL {
        assert_eq!(setting.label(), setting.label_in(Language::English));
    }
    for point in ChecklistPoint::ALL {
        assert_eq!(Some(point.text()), point.description_in(Language::English));
    }
}

#[test]
fn the_profile_catalogue_carries_the_labels() {
    let json = serde_json::to_value(ProfileCatalogue::new()).unwrap();
    assert_eq!(
        json["tasks"][1]["label"]["fi"],
        "asiakkaiden kokonaisvaltainen kuunteleminen"
    );
    let vocabulary = json["vocabulary"].as_array().unwrap();
    let roles = vocabulary.iter().find(|c| c["concept"] == "role").unwrap();
    assert_eq!(roles["terms"][0]["id"], "peer_worker");
    assert_eq!(roles["terms"][0]["label"]["sv"], "erfarenhetsexpert");
    let concepts: HashSet<&str> = vocabulary
        .iter()
        .map(|c| c["concept"].as_str().unwrap())
        .collect();
    for concept in [
        "task",
        "profile",
        "service_setting",
        "role",
        "form_of_work",
        "working_mode",
        "experience_background",
        "theme",
        "training_kind",
        "fee_activity",
        "checklist_point",
        "onboarding_item",
        "support_role",
        "language",
    ] {
        assert!(
            concepts.contains(concept),
            "{concept} missing from the catalogue"
        );
    }
}
