//! The work-pair readiness checklist.

use peerwork::{ChecklistPoint, Readiness};

#[test]
fn thirteen_points_in_the_guides_order() {
    assert_eq!(ChecklistPoint::ALL.len(), 13);
    for (i, point) in ChecklistPoint::ALL.iter().enumerate() {
        assert_eq!(usize::from(point.number()), i + 1);
        assert!(!point.text().is_empty());
    }
    // Point 10 is about job descriptions: the pair's line manager and the guiding role.
    let ten = ChecklistPoint::ALL[9];
    assert_eq!(ten, ChecklistPoint::JobDescriptions);
    assert!(ten.text().contains("line manager"));
    assert!(ten.text().contains("guiding role"));
}

#[test]
fn report_lists_open_points_in_order_with_text() {
    let mut readiness = Readiness::new([
        ChecklistPoint::SharingExperiences,
        ChecklistPoint::OrganisationCommitment,
    ]);
    readiness.settle(ChecklistPoint::NeedsMapped);
    readiness.settle(ChecklistPoint::NeedsMapped);
    assert_eq!(
        readiness.settled(),
        [
            ChecklistPoint::OrganisationCommitment,
            ChecklistPoint::NeedsMapped,
            ChecklistPoint::SharingExperiences
        ]
    );
    let open: Vec<u8> = readiness
        .open_points()
        .map(ChecklistPoint::number)
        .collect();
    assert_eq!(open, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    let report = readiness.report();
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(
        lines[0],
        "Open points of the work-pair checklist (10 of 13):"
    );
    assert_eq!(
        lines[1],
        format!(" 3. {}", ChecklistPoint::ResourcesAndBudget.text())
    );
    assert_eq!(
        lines[10],
        format!("12. {}", ChecklistPoint::ContinuousDevelopment.text())
    );
    assert!(!readiness.is_ready());
}

#[test]
fn all_settled_is_ready() {
    let readiness = Readiness::new(ChecklistPoint::ALL.iter().copied());
    assert!(readiness.is_ready());
    assert_eq!(
        readiness.report(),
        "Every point of the work-pair checklist is settled.\n"
    );
}

#[test]
fn json_form_and_bad_input() {
    let readiness = Readiness::new([ChecklistPoint::Recruitment]);
    let json = serde_json::to_string(&readiness).unwrap();
    assert_eq!(json, r#"{"settled":["recruitment"]}"#);
    assert_eq!(serde_json::from_str::<Readiness>(&json).unwrap(), readiness);
    let dup = r#"{"settled":["recruitment","recruitment"]}"#;
    assert!(
        serde_json::from_str::<Readiness>(dup)
            .unwrap_err()
            .to_string()
            .starts_with("settled: checklist point `recruitment` is listed more than once")
    );
    let unknown = r#"{"settled":["world_peace"]}"#;
    assert!(
        serde_json::from_str::<Readiness>(unknown)
            .unwrap_err()
            .to_string()
            .starts_with("unknown variant `world_peace`")
    );
}

#[test]
fn a_work_pair_names_its_line_manager_apart_from_the_guiding_role() {
    let pair = peerwork::WorkPair::new("social worker")
        .line_manager("head of unit")
        .professional_guides(true);
    let json = serde_json::to_value(&pair).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "professional_role": "social worker",
            "line_manager": "head of unit",
            "professional_guides": true
        })
    );
    // The professional supervising the pair they belong to is not a choice of the model.
    let err = serde_json::from_str::<peerwork::WorkPair>(
        r#"{"professional_role": "social worker", "supervisor": {"kind": "professional"}, "professional_guides": false}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string().starts_with("unknown field `supervisor`"),
        "{err}"
    );
}

mod reflection {
    use peerwork::{Assessment, ReflectionError, ReflectionForm};

    fn four() -> [Assessment; 4] {
        [
            Assessment::new(Some("Calm in a tense meeting."), None),
            Assessment::new(Some("Knew the street's language."), Some("Take breaks.")),
            Assessment::new(None, Some("I talked too much about myself.")),
            Assessment::new(Some("Prepared the meeting well."), None),
        ]
    }

    #[test]
    fn each_assesses_the_other_and_themself_and_both_the_method() {
        let form = ReflectionForm::new(
            "2026-11-30".parse().unwrap(),
            four(),
            Some("Meet first at the drop-in centre."),
        )
        .unwrap();
        let json = serde_json::to_string(&form).unwrap();
        assert_eq!(serde_json::from_str::<ReflectionForm>(&json).unwrap(), form);
        assert_eq!(form.method(), Some("Meet first at the drop-in centre."));
    }

    #[test]
    fn an_assessment_needs_something_written_and_texts_follow_the_rule() {
        let mut empty = four();
        empty[2] = Assessment::new(None, None);
        let err = ReflectionForm::new("2026-11-30".parse().unwrap(), empty, None).unwrap_err();
        assert_eq!(
            err,
            ReflectionError::EmptyAssessment {
                field: "expert_on_self"
            }
        );
        let err = serde_json::from_str::<ReflectionForm>(
            r#"{"date": "2026-11-30", "expert_on_professional": {"went_well": "x"},
                "professional_on_expert": {"went_well": "x"}, "expert_on_self": {},
                "professional_on_self": {"to_develop": "y"}}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("expert_on_self: write what went well"),
            "{err}"
        );
        let err = ReflectionForm::new("2026-11-30".parse().unwrap(), four(), Some("\u{200B}"))
            .unwrap_err();
        assert_eq!(err.field(), "method");
    }
}
