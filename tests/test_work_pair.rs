//! The work-pair readiness checklist.

use peerwork::{ChecklistPoint, Readiness};

#[test]
fn thirteen_points_in_the_guides_order() {
    assert_eq!(ChecklistPoint::ALL.len(), 13);
    for (i, point) in ChecklistPoint::ALL.iter().enumerate() {
        assert_eq!(usize::from(point.number()), i + 1);
        assert!(!point.text().is_empty());
    }
    // Point 10 is about job descriptions: supervision of the pair and the guiding role.
    let ten = ChecklistPoint::ALL[9];
    assert_eq!(ten, ChecklistPoint::JobDescriptions);
    assert!(ten.text().contains("supervises the pair"));
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
    let readiness = Readiness::new(ChecklistPoint::ALL);
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
