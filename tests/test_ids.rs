//! Ids of the model's enums: `Display`, `FromStr` and serde agree on every value, and
//! a text that is no id gives the crate's typed error naming it.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use peerwork::{
    AdvisoryKind, Aim, Audience, ChecklistPoint, ExperienceBackground, FeeActivity, FormOfWork,
    Format, Language, OnboardingItem, ParseIdError, ParseTaskError, PayPeriod, Profile, Role,
    RoleVerdict, ServiceSetting, Source, SupportRole, Task, TaskCategory, Theme, TimeUnit,
    TrainingKind, WorkingMode,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Every value's id reads back through `FromStr` and serde, and is what serde writes;
/// an unknown id, an id in the wrong case and an empty text are refused with
/// [`ParseIdError`]. Returns the number of values.
fn check<T>(all: &[T], words: &str) -> usize
where
    T: Display
        + FromStr<Err = ParseIdError>
        + Serialize
        + DeserializeOwned
        + PartialEq
        + Debug
        + Copy,
{
    let mut count = 0;
    for &value in all {
        let id = value.to_string();
        assert_eq!(id.parse::<T>(), Ok(value), "{id}");
        assert_eq!(serde_json::to_string(&value).unwrap(), format!("\"{id}\""));
        assert_eq!(
            serde_json::from_str::<T>(&format!("\"{id}\"")).unwrap(),
            value
        );
        let upper = id.to_uppercase();
        let err = upper.parse::<T>().unwrap_err();
        assert_eq!(err.value(), Some(upper.as_str()));
        count += 1;
    }
    for bad in ["", "no_such_id", " fi"] {
        let err = bad.parse::<T>().unwrap_err();
        assert_eq!(err.value(), Some(bad));
        assert_eq!(err.to_string(), format!("unknown {words} id `{bad}`"));
    }
    count
}

#[test]
fn every_model_enum_reads_and_writes_its_ids() {
    let counted = [
        check::<Profile>(Profile::ALL, "profile"),
        check::<ServiceSetting>(ServiceSetting::ALL, "service setting"),
        check::<Role>(Role::ALL, "role"),
        check::<RoleVerdict>(RoleVerdict::ALL, "role verdict"),
        check::<Audience>(Audience::ALL, "audience"),
        check::<Aim>(Aim::ALL, "aim"),
        check::<TaskCategory>(TaskCategory::ALL, "task category"),
        check::<Source>(Source::ALL, "source"),
        check::<FormOfWork>(FormOfWork::ALL, "form of work"),
        check::<TimeUnit>(TimeUnit::ALL, "time unit"),
        check::<WorkingMode>(WorkingMode::ALL, "working mode"),
        check::<OnboardingItem>(OnboardingItem::ALL, "onboarding item"),
        check::<SupportRole>(SupportRole::ALL, "support role"),
        check::<Theme>(Theme::ALL, "theme"),
        check::<TrainingKind>(TrainingKind::ALL, "training kind"),
        check::<AdvisoryKind>(AdvisoryKind::ALL, "advisory kind"),
        check::<FeeActivity>(FeeActivity::ALL, "fee activity"),
        check::<ChecklistPoint>(ChecklistPoint::ALL, "checklist point"),
        check::<Language>(Language::ALL, "language"),
        check::<Format>(Format::ALL, "format"),
        check::<PayPeriod>(PayPeriod::ALL, "pay period"),
        check::<peerwork::BankModel>(peerwork::BankModel::ALL, "bank model"),
        check::<peerwork::ExpertSource>(peerwork::ExpertSource::ALL, "expert source"),
    ];
    assert!(counted.iter().all(|&n| n > 0));
    assert_eq!("sv".parse::<Language>(), Ok(Language::Swedish));
    assert_eq!("text".parse::<Format>(), Ok(Format::PlainText));
    assert!("plain_text".parse::<Format>().is_err());
}

#[test]
fn task_ids_read_with_the_task_error() {
    for task in Task::iter() {
        assert_eq!(task.id().parse::<Task>(), Ok(task));
        assert_eq!(Task::from_id(task.id()), Ok(task));
    }
    let err: ParseTaskError = "juggling".parse::<Task>().unwrap_err();
    assert_eq!(err.to_string(), "unknown task id `juggling`");
    let long = "x".repeat(1000);
    let err = long.parse::<Language>().unwrap_err();
    assert!(err.value().unwrap().len() <= peerwork::QUOTE_LIMIT + '…'.len_utf8());
    assert_eq!(err.type_name(), "Language");
}

#[test]
fn experience_background_ids_read_but_a_wrong_one_is_withheld() {
    for &background in ExperienceBackground::ALL {
        let id = background.to_string();
        assert_eq!(id.parse::<ExperienceBackground>(), Ok(background));
        assert_eq!(
            serde_json::to_string(&background).unwrap(),
            format!("\"{id}\"")
        );
    }
    for bad in ["criminal_record", "MENTAL_HEALTH", "substances\n", ""] {
        let err = bad.parse::<ExperienceBackground>().unwrap_err();
        assert_eq!(err.value(), None);
        assert_eq!(
            err.to_string(),
            "unknown experience background id (value withheld)"
        );
        let debug = format!("{err:?}");
        assert!(debug.contains("<withheld>"), "{debug}");
        if !bad.is_empty() {
            assert!(!debug.contains(bad.trim()), "{debug}");
        }
    }
}
