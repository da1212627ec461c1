fn main() {
    let r = r#"{"format_version":1,"workers":[{"training":[ "ngo_tailored", 60, 5],"id":"a","tasks":["listens_to_clients"],"forms_of_work":["volunteer"],"max_working_time_percent":20,"languages":["fi"],"service_area":"nationwide","availability":[]}]}"#;
    println!(
        "{:?}",
        peerwork::from_json::<peerwork::Roster>(r).map(|_| ())
    );
    let r = r#"{"format_version":1,"workers":[{"service_area":{"municipalities":["Vantta"]},"id":"a","tasks":["listens_to_clients"],"forms_of_work":["volunteer"],"max_working_time_percent":20,"languages":["fi"],"availability":[]}]}"#;
    let e = peerwork::from_json::<peerwork::Roster>(r).unwrap_err();
    println!("{e}\n{:?}", e.path());
}
