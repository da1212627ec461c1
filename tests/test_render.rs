//! Rendered job descriptions: snapshots of the four Vantaa posts in three languages, and
//! the properties every rendering has.
//!
//! The snapshots under `tests/snapshots/` are the postings as a reader sees them. After
//! an intended change, regenerate them with `UPDATE_SNAPSHOTS=1 cargo test --test
//! test_render` and review the diff.

mod util;

use std::path::PathBuf;

use peerwork::{
    Contract, Date, FeeActivity, FeeSchedule, FormOfWork, Format, JobDescription, Language,
    Location, Profile, Rendering, Supervisor, Task, TrainingRequirement, Vocabulary, WorkPair,
    WorkTime,
};

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name)
}

#[track_caller]
fn assert_snapshot(name: &str, actual: &str) {
    let path = snapshot_path(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs from the rendering; if the change is intended, run \
         `UPDATE_SNAPSHOTS=1 cargo test --test test_render` and review the diff.\n--- rendered:\n{actual}",
        path.display()
    );
}

#[test]
fn vantaa_posts_in_three_languages() {
    for profile in Profile::ALL {
        for language in Language::ALL {
            let job = JobDescription::vantaa_pilot_in(profile, language)
                .build()
                .unwrap();
            let markdown = job.render(language, Format::Markdown);
            assert_snapshot(
                &format!("{}.{}.md", profile.id(), language.code()),
                &markdown,
            );
        }
    }
}

#[test]
fn plain_text_snapshot() {
    let job = JobDescription::vantaa_pilot_in(Profile::HelpingEyes, Language::Finnish)
        .build()
        .unwrap();
    assert_snapshot(
        "helping_eyes.fi.txt",
        &job.render(Language::Finnish, Format::PlainText),
    );
}

fn fee_based_post() -> (JobDescription, peerwork::FeeEstimate) {
    let job = JobDescription::builder("Kokemusasiantuntija, koulutukset")
        .employer("Vantaan kaupunki", Some("Aikuisten sosiaalipalvelut"))
        .location(Location::municipality("Vantaa"))
        .profile(Profile::Storyteller)
        .optional(Task::ProducesLearningMaterials.into())
        .form_of_work(FormOfWork::FeeBased)
        .fee_activities([
            FeeActivity::Preparation,
            FeeActivity::SeminarsPanelsTalksLectures,
        ])
        .working_time_percent(20)
        .contract(Contract::between(
            "2026-02-01".parse::<Date>().unwrap(),
            "2026-05-31".parse::<Date>().unwrap(),
        ))
        .work_pair(
            WorkPair::new("sosiaalityöntekijä")
                .supervised_by(Supervisor::Professional)
                .professional_guides(true),
        )
        .training(TrainingRequirement::KokoaStandard)
        .build()
        .unwrap();
    let estimate = FeeSchedule::kokoa()
        .estimate(&[
            WorkTime::hours(FeeActivity::Preparation, 2),
            WorkTime::minutes(FeeActivity::SeminarsPanelsTalksLectures, 90),
        ])
        .unwrap();
    (job, estimate)
}

#[test]
fn fee_based_post_with_fee_lines_and_total() {
    let (job, estimate) = fee_based_post();
    let markdown = Rendering::new(&job, Language::Finnish, Format::Markdown)
        .with_fees(&estimate)
        .to_string();
    assert_snapshot("fee_based.fi.md", &markdown);
    assert!(markdown.contains("| Valmistelutyö | 2:00 | 25.00 EUR | 50.00 EUR |"));
    assert!(markdown.contains("| Yhteensä | | | 125.00 EUR |"));
    assert!(markdown.contains("määräaikainen, 1.2.2026–31.5.2026"));
    let text = Rendering::new(&job, Language::English, Format::PlainText)
        .with_fees(&estimate)
        .to_string();
    assert!(text.contains("  Total: 125.00 EUR"));
    assert!(text.contains("fixed term, 2026-02-01–2026-05-31"));
    assert!(text.contains("(optional)"));
}

#[test]
fn every_section_is_there_in_every_language() {
    let (job, _) = fee_based_post();
    for language in Language::ALL {
        for format in [Format::Markdown, Format::PlainText] {
            let text = job.render(language, format);
            assert!(text.contains(job.title()));
            assert!(text.contains(job.setting().label_in(language)));
            for task in job.tasks().all() {
                assert!(
                    text.contains(task.label_in(language)),
                    "{language} {format}: {task}"
                );
            }
            assert!(text.contains(FormOfWork::FeeBased.label_in(language)));
            assert!(text.contains("20 %"));
            assert!(text.contains("sosiaalityöntekijä"));
            for activity in job.fee_activities() {
                assert!(text.contains(activity.label_in(language)));
            }
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    let (job, _) = fee_based_post();
    for language in Language::ALL {
        assert_eq!(
            job.render(language, Format::Markdown),
            job.render(language, Format::Markdown)
        );
    }
}

#[test]
fn format_ids() {
    assert_eq!("markdown".parse::<Format>().unwrap(), Format::Markdown);
    assert_eq!("text".parse::<Format>().unwrap(), Format::PlainText);
    assert_eq!(Format::PlainText.to_string(), "text");
}

#[test]
fn free_text_cannot_inject_markup_into_markdown() {
    let job = JobDescription::builder("Peer worker *urgent*")
        .employer(
            "<img src=x onerror=alert(1)>",
            Some("[click](javascript:alert(1))"),
        )
        .location(Location::municipality("Vantaa"))
        .profile(Profile::Caretaker)
        .close_contact_employee("`code` & <b>bold</b>")
        .build()
        .unwrap();
    let markdown = job.render(Language::English, Format::Markdown);
    // Every `<`, `[` and backtick in the output is escaped.
    for (i, c) in markdown.char_indices() {
        if matches!(c, '<' | '[' | '`') {
            assert_eq!(&markdown[i - 1..i], "\\", "unescaped {c} in {markdown}");
        }
    }
    assert!(markdown.contains(r"\<img src=x onerror=alert(1)\>"));
    assert!(markdown.contains(r"\[click\](javascript:alert(1))"));
    assert!(markdown.contains(r"Peer worker \*urgent\*"));
    assert!(markdown.contains(r"\`code\` \& \<b\>bold\</b\>"));
    // Plain text shows the text as it is.
    let text = job.render(Language::English, Format::PlainText);
    assert!(text.contains("<img src=x onerror=alert(1)>"));
}
