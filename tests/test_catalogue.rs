//! The task catalogue: ids, facts and citations.

use std::str::FromStr;

use peerwork::{CATALOGUE, COMMON_CORE, Language, Profile, Source, Task, TaskCategory, TaskSet};

#[test]
fn catalogue_has_one_entry_per_task_in_order() {
    let from_table: Vec<Task> = CATALOGUE.iter().map(|info| info.task).collect();
    let from_enum: Vec<Task> = Task::iter().collect();
    assert_eq!(from_table, from_enum);
    assert_eq!(Task::ALL.to_vec(), from_enum);
    assert_eq!(Task::COUNT, 31);
}

#[test]
fn id_agrees_across_display_fromstr_serde() {
    for task in Task::iter() {
        let id = task.id();
        assert_eq!(task.to_string(), id);
        assert_eq!(Task::from_str(id).unwrap(), task);
        assert_eq!(Task::from_id(id).unwrap(), task);
        assert_eq!(serde_json::to_string(&task).unwrap(), format!("\"{id}\""));
        assert_eq!(
            serde_json::from_str::<Task>(&format!("\"{id}\"")).unwrap(),
            task
        );
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{id} is not snake_case"
        );
    }
}

#[cfg(feature = "schema")]
#[test]
fn id_agrees_with_json_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(Task)).unwrap();
    let text = schema.to_string();
    for task in Task::iter() {
        assert!(
            text.contains(&format!("\"{}\"", task.id())),
            "schema lacks {task}"
        );
    }
}

#[test]
fn unknown_id_is_named_in_the_error() {
    let err = Task::from_id("juggling").unwrap_err();
    assert_eq!(err.id(), "juggling");
    assert_eq!(err.to_string(), "unknown task id `juggling`");
}

#[test]
fn long_unknown_id_is_quoted_cut() {
    let long = "x".repeat(10_000);
    let err = Task::from_id(&long).unwrap_err();
    assert_eq!(err.id().len(), peerwork::QUOTE_LIMIT + '…'.len_utf8());
    assert!(err.id().ends_with('…'));
}

#[test]
fn every_task_has_labels_descriptions_and_citations() {
    for info in CATALOGUE {
        for &language in Language::ALL {
            assert!(
                !info.label.get(language).trim().is_empty(),
                "{}: empty label",
                info.task
            );
            assert!(
                !info.description.get(language).trim().is_empty(),
                "{}: empty description",
                info.task
            );
            assert!(
                !info.in_posting.get(language).trim().is_empty(),
                "{}: no phrase for postings",
                info.task
            );
        }
        assert!(!info.citations.is_empty(), "{}: no citation", info.task);
    }
}

/// The tasks of the Vantaa report come first and cite it; those the work-pair guide adds
/// follow, and cite it.
#[test]
fn vantaa_tasks_then_the_guides_each_cited_to_its_source() {
    let vantaa: TaskSet = Profile::ALL.iter().map(|p| p.tasks()).collect();
    assert_eq!(vantaa.len(), 20);
    assert_eq!(COMMON_CORE.len(), 4);
    for (position, info) in CATALOGUE.iter().enumerate() {
        let first = info.citations[0];
        if position < 20 {
            assert!(vantaa.contains(info.task), "{}", info.task);
            assert_eq!(first.source, Source::Vantaa2018, "{}", info.task);
        } else {
            assert!(!vantaa.contains(info.task), "{}", info.task);
            assert_eq!(first.source, Source::WorkPairGuide, "{}", info.task);
        }
    }
    // Activities the guide names that are Vantaa duties share the Vantaa task.
    for shared in [Task::TakesPartInDevelopment, Task::TeachesProfessionals] {
        assert!(
            shared
                .citations()
                .iter()
                .any(|c| c.source == Source::WorkPairGuide)
        );
    }
}

#[test]
fn tasks_by_category() {
    let all: TaskSet = TaskCategory::ALL.iter().map(|c| c.tasks()).collect();
    assert_eq!(all, TaskSet::ALL);
    assert_eq!(
        TaskCategory::PairWork.tasks(),
        Task::HomeVisitsWithProfessional | Task::AssessesSubstanceUse | Task::ReflectsWithPair
    );
    for &task in Task::ALL {
        assert!(task.category().tasks().contains(task));
    }
}

/// Every ESCO link names a skill of the committed candidates, with ESCO's own labels.
#[test]
fn esco_links_are_esco_skills_with_their_labels() {
    let candidates: serde_json::Value =
        serde_json::from_str(include_str!("../data/esco-1.1.1-candidates.json")).unwrap();
    let skills = candidates["skills"].as_array().unwrap();
    let mut linked = 0;
    for &task in Task::ALL {
        for skill in task.esco() {
            let found = skills
                .iter()
                .find(|s| s["uri"] == skill.uri)
                .unwrap_or_else(|| panic!("{task}: {} is not a candidate", skill.uri));
            assert_eq!(found["en"], skill.label.en);
            assert_eq!(found["fi"], skill.label.fi);
            assert_eq!(found["sv"], skill.label.sv);
            linked += 1;
        }
    }
    assert!(linked >= 20);
    assert!(
        Task::ListensToClients
            .esco()
            .iter()
            .any(|s| s.label.en == "listen actively")
    );
    assert!(Task::UsesOwnExperience.esco().is_empty());
}

#[test]
fn citations_name_the_profiles_that_use_the_task() {
    // A task cited in a profile's section is in that profile's duties, and the other way round.
    for profile in Profile::ALL {
        for task in Task::iter() {
            let cited = task
                .citations()
                .iter()
                .any(|c| c.place.starts_with(profile.name()));
            assert_eq!(
                cited,
                profile.duty_tasks().contains(task),
                "{task} in {}",
                profile.name()
            );
        }
    }
    for task in COMMON_CORE {
        assert!(
            task.citations()
                .iter()
                .any(|c| c.place.starts_with("common core"))
        );
    }
}
