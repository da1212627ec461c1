//! Posts as employers publish them: the Vantaa pilot posts with the employer's own facts
//! filled in (line manager, pay), a fee-based assignment of lectures and a working group,
//! a volunteer support-person role, and the details of one publication. Used by the
//! snapshot and posting tests.

use peerwork::{
    Aim, Application, Assignment, Audience, Cents, ClockTime, CloseContactEmployee, Contact,
    Contract, Employer, ExperienceBackground, FeeActivity, FeeTerms, Hours, JobDescription,
    JobDescriptionBuilder, Language, LocalizedText, Location, Municipality, OwnTask, Pay,
    PayPeriod, PostingDetails, Profile, SalariedTerms, ServiceSetting, Task, TaskCategory, Terms,
    Theme, TrainingRequirement, VolunteerTerms, WorkingMode,
};

/// A text in Finnish, Swedish and English.
pub fn text(fi: &str, sv: &str, en: &str) -> LocalizedText {
    LocalizedText::in_language(Language::Finnish, fi)
        .and(Language::Swedish, sv)
        .and(Language::English, en)
}

/// The Vantaa pilot post of `profile` with the employer's own facts: the line manager,
/// the pay basis and pay at 50 % working time, and a street address.
pub fn vantaa_post(profile: Profile) -> JobDescription {
    let mut terms = SalariedTerms::new(50, Contract::months(3));
    terms.pay_basis = Some(text(
        "SOTE-sopimus, tehtäväkohtainen palkka",
        "SOTE-avtalet, uppgiftsrelaterad lön",
        "SOTE collective agreement, job-specific pay",
    ));
    terms.pay = Some(Pay::new(Cents::from_euros(1_320), PayPeriod::Month).unwrap());
    let builder = JobDescription::vantaa_pilot(profile)
        .terms(Terms::Salaried(terms))
        .line_manager(text(
            "palveluesihenkilö",
            "serviceförman",
            "service manager",
        ))
        .work_supervision(true);
    let job = builder.build().unwrap();
    let mut location = Location::new(Municipality::VANTAA);
    location = location.address(text("Asematie 7", "Stationsvägen 7", "Asematie 7"), "01300");
    job.to_builder().location(location).build().unwrap()
}

/// The details of one publication: posted, deadline at 16.00, start by agreement, apply
/// on the employer's form, two contact persons with phone hours.
pub fn details() -> PostingDetails {
    PostingDetails::builder()
        .date_posted("2026-11-23".parse().unwrap())
        .deadline(
            "2026-12-14".parse().unwrap(),
            Some(ClockTime::new(16, 0).unwrap()),
        )
        .start("2027-02-01".parse().unwrap(), true)
        .apply(Application::at(
            "https://rekry.example.fi/haku/VAN-2026-118",
        ))
        .contact(
            Contact::new("Maija Esimerkki")
                .title(text(
                    "palveluesihenkilö",
                    "serviceförman",
                    "service manager",
                ))
                .phone(
                    "040 123 4567",
                    Some(text("ma–pe klo 9–11", "mån–fre kl. 9–11", "Mon–Fri 9–11")),
                ),
        )
        .contact(
            Contact::new("Pekka Malli")
                .title(text(
                    "lähityöntekijä",
                    "kontaktperson",
                    "close contact employee",
                ))
                .email("pekka.malli@example.fi"),
        )
        .identifier("VAN-2026-118")
        .check()
        .unwrap()
}

/// A fee-based assignment: two lectures and a working group, with preparation, priced
/// with Kokoa ry's recommendation.
pub fn fee_based_post() -> JobDescription {
    JobDescription::builder(text(
        "Kokemusasiantuntija luennoitsijaksi ja kehittämisryhmään",
        "Erfarenhetsexpert som föreläsare och i en utvecklingsgrupp",
        "Peer worker for lectures and a development group",
    ))
    .languages(Language::ALL.iter().copied())
    .employer_details(
        Employer::new(text(
            "Vantaan ja Keravan hyvinvointialue",
            "Vanda och Kervo välfärdsområde",
            "Vantaa and Kerava wellbeing services county",
        ))
        .unit(text("Aikuisten sosiaalityö", "Socialt arbete för vuxna", "Social work for adults"))
        .introduction(text(
            "Aikuisten sosiaalityö kehittää asunnottomuutta ehkäisevää työtä yhdessä kokemusasiantuntijoiden kanssa.",
            "Det sociala arbetet för vuxna utvecklar det förebyggande arbetet mot bostadslöshet tillsammans med erfarenhetsexperter.",
            "Social work for adults develops the prevention of homelessness together with experts by experience.",
        )),
    )
    .location(Municipality::VANTAA)
    .setting(ServiceSetting::HomelessnessWork)
    .essential(Task::GivesTalks | Task::TakesPartInDevelopment)
    .optional(Task::TeachesProfessionals.into())
    .working_modes([WorkingMode::OneToOneByAppointment])
    .terms(Terms::FeeBased(FeeTerms::new([
        Assignment::new(FeeActivity::Preparation, Hours::whole(3)),
        Assignment::new(FeeActivity::SeminarsPanelsTalksLectures, Hours::hundredths(150)),
        Assignment::new(FeeActivity::WorkingGroupWork, Hours::whole(6)),
    ])))
    .close_contact_employee(CloseContactEmployee::new())
    .required_backgrounds([ExperienceBackground::Homelessness])
    .required_training(TrainingRequirement::KokoaStandard)
    .themes([Theme::Homelessness])
    .build()
    .unwrap()
}

/// A volunteer support person who also leads a peer group, in an association's drop-in
/// centre, with a task of the association's own.
pub fn volunteer_post() -> JobDescription {
    volunteer_builder().build().unwrap()
}

/// The volunteer role, to change before building.
pub fn volunteer_builder() -> JobDescriptionBuilder {
    JobDescription::builder(text(
        "Vapaaehtoinen tukihenkilö",
        "Frivillig stödperson",
        "Volunteer support person",
    ))
    .languages(Language::ALL.iter().copied())
    .employer_details(Employer::new("Vantaan A-kilta").introduction(text(
        "Vantaan A-kilta on päihteistä toipuvien yhdistys, jonka kohtaamispaikassa voi viettää aikaa ja syödä edullisesti.",
        "Vantaan A-kilta är en förening för personer som återhämtar sig från missbruk. På mötesplatsen kan man umgås och äta förmånligt.",
        "Vantaan A-kilta is an association for people recovering from substance abuse, with a drop-in centre to spend time and eat cheaply.",
    )))
    .location(Municipality::VANTAA)
    .setting(ServiceSetting::ThirdSectorInterface)
    .essential(Task::SupportPersonWork | Task::FacilitatesGroups | Task::ListensToClients)
    .own_task(OwnTask::new(
        "coffee_evenings",
        text(
            "kahvi-iltojen järjestäminen kävijöille",
            "ordna kaffekvällar för besökarna",
            "arranging coffee evenings for visitors",
        ),
        (Audience::Peers, Aim::Support, TaskCategory::CommunityBuilding),
    ))
    .working_modes([WorkingMode::DropInPresence, WorkingMode::OneToOneByAppointment])
    .terms(Terms::Volunteer(VolunteerTerms::new()))
    .close_contact_employee(CloseContactEmployee::in_role(text(
        "vapaaehtoistoiminnan koordinaattori",
        "samordnare för frivilligverksamheten",
        "volunteer coordinator",
    )))
    .required_backgrounds([ExperienceBackground::Substances])
    .desired_training(TrainingRequirement::other(text(
        "vertaistukijakoulutus",
        "kamratstödsutbildning",
        "peer-support training",
    )))
}
