//! The Vantaa pilot posts as presets \[V\].

use crate::i18n::Text;
use crate::language::Language;
use crate::municipality::Municipality;
use crate::profile::Profile;
use crate::text::LocalizedText;

use super::{
    CloseContactEmployee, Contract, Employer, ExperienceBackground, JobDescriptionBuilder,
    OnboardingItem, SalariedTerms, Terms, Theme, TrainingRequirement,
};

/// The texts of one pilot post in Finnish, Swedish and English.
struct PostTexts {
    title: Text,
    /// The unit's name per language, or (`Err`) the one name it has in every language.
    unit: Result<Text, &'static str>,
    introduction: Text,
}

const fn text(fi: &'static str, sv: &'static str, en: &'static str) -> Text {
    Text { fi, sv, en }
}

const CITY: Text = text("Vantaan kaupunki", "Vanda stad", "City of Vantaa");

const fn texts(profile: Profile) -> PostTexts {
    match profile {
        Profile::Caretaker => PostTexts {
            title: text(
                "Kokemusasiantuntija, nuorten aikuisten matalan kynnyksen palvelut",
                "Erfarenhetsexpert, lågtröskeltjänster för unga vuxna",
                "Peer worker, low-threshold services for young adults",
            ),
            unit: Ok(text("Ohjaamo", "Navigatorn", "Ohjaamo")),
            introduction: text(
                "Ohjaamo on nuorten aikuisten matalan kynnyksen palvelupiste, jonne voi tulla ilman ajanvarausta kysymään neuvoa työhön, opiskeluun, asumiseen ja arkeen.",
                "Navigatorn är en servicepunkt med låg tröskel för unga vuxna, dit man kan komma utan tidsbokning för att få råd om arbete, studier, boende och vardagen.",
                "Ohjaamo is a low-threshold guidance centre for young adults, where anyone can walk in without an appointment for advice on work, studies, housing and everyday life.",
            ),
        },
        Profile::HelpingEyes => PostTexts {
            title: text(
                "Kokemusasiantuntija, päihdekuntoutus",
                "Erfarenhetsexpert, missbruksrehabilitering",
                "Peer worker, substance-abuse rehabilitation",
            ),
            unit: Ok(text("H-klinikka", "H-kliniken", "H-clinic")),
            introduction: text(
                "H-klinikka on päihdekuntoutuksen poliklinikka, jonka asiakkaat ovat toipumisensa eri vaiheissa. Vastaanoton lisäksi teemme jalkautuvaa työtä päivisin ja iltaisin.",
                "H-kliniken är en poliklinik för missbruksrehabilitering vars klienter befinner sig i olika skeden av sin återhämtning. Utöver mottagningen gör vi uppsökande arbete dagtid och kvällstid.",
                "The H-clinic is an outpatient clinic for substance-abuse rehabilitation whose clients are at different stages of recovery. Besides the clinic hours, we do outreach work by day and in the evening.",
            ),
        },
        Profile::Storyteller => PostTexts {
            title: text(
                "Kokemusasiantuntija, asumisen palvelut",
                "Erfarenhetsexpert, boendetjänster",
                "Peer worker, housing services",
            ),
            unit: Ok(text(
                "Asumisen palvelut",
                "Boendetjänster",
                "Housing services",
            )),
            introduction: text(
                "Asumisen palvelut tukevat vantaalaisia, jotka ovat asunnottomia tai asunnottomuuden uhkaamia, ja auttavat asiakkaita etenemään asumisyksiköistä omaan kotiin.",
                "Boendetjänsterna stöder vandabor som är bostadslösa eller hotas av bostadslöshet och hjälper klienterna vidare från boendeenheterna till ett eget hem.",
                "The housing services support people in Vantaa who are homeless or at risk of homelessness, and help clients move on from housing units to a home of their own.",
            ),
        },
        Profile::BridgeBuilder => PostTexts {
            title: text(
                "Kokemusasiantuntija, järjestöyhteistyö",
                "Erfarenhetsexpert, samarbete med organisationer",
                "Peer worker, work with non-governmental organisations",
            ),
            unit: Err("Vantaan A-kilta"),
            introduction: text(
                "Vantaan A-kilta on päihteistä toipuvien yhdistys, jonka kohtaamispaikassa voi viettää aikaa, lukea lehtiä ja syödä edullisesti. Kaupungin kokemusasiantuntija työskentelee kohtaamispaikassa ja toimii siltana järjestön ja kaupungin palvelujen välillä.",
                "Vantaan A-kilta är en förening för personer som återhämtar sig från missbruk. På föreningens mötesplats kan man umgås, läsa tidningar och äta förmånligt. Stadens erfarenhetsexpert arbetar där som länk mellan föreningen och stadens tjänster.",
                "Vantaan A-kilta is an association for people recovering from substance abuse. Its drop-in centre is a place to spend time, read the papers and eat cheaply. The city's peer worker works there, between the association and the city's services.",
            ),
        },
    }
}

/// The themes of each pilot post: the project prevented homelessness, and each unit
/// worked with its own clients' questions \[V\].
const fn themes(profile: Profile) -> &'static [Theme] {
    match profile {
        Profile::Caretaker => &[Theme::Homelessness, Theme::BecomingIndependent],
        Profile::HelpingEyes | Profile::BridgeBuilder => &[Theme::Addictions, Theme::Homelessness],
        Profile::Storyteller => &[Theme::Homelessness, Theme::HousingSkills],
    }
}

/// `text` in each of `languages`.
fn localized(text: Text, languages: &[Language]) -> LocalizedText {
    let mut languages = languages.iter().copied();
    let Some(first) = languages.next() else {
        return LocalizedText::same(text.fi);
    };
    languages.fold(
        LocalizedText::in_language(first, text.get(first)),
        |all, language| all.and(language, text.get(language)),
    )
}

impl JobDescriptionBuilder {
    /// A builder preset to the Vantaa pilot post of `profile` \[V\], written in
    /// `languages`: the City of Vantaa and the pilot unit, with a short introduction of
    /// the unit; the profile's setting and tasks (all essential) and the working modes
    /// the report describes for the post; salaried at 50 % for a three-month fixed term;
    /// a close contact employee; lived experience of any background and Finnish
    /// required; lived experience of homelessness and substance use, training to the
    /// Kokoa standard and Swedish desired rather than required (the pilot required no
    /// training, hired people known to the units, and found training useful in every
    /// post; Vantaa is bilingual); the themes of each post; the pilot's onboarding.
    ///
    /// The preset holds only what the report says; the employer adds its own facts
    /// (line manager, pay, address) before publishing. The employer is the City of
    /// Vantaa, as in 2017: since 2023 the units' social services belong to the Vantaa
    /// and Kerava wellbeing services county, which a post published today names instead.
    pub fn vantaa_pilot(profile: Profile, languages: &[Language]) -> Self {
        let PostTexts {
            title,
            unit,
            introduction,
        } = texts(profile);
        let unit = match unit {
            Ok(unit) => localized(unit, languages),
            Err(name) => LocalizedText::same(name),
        };
        Self::new(localized(title, languages))
            .languages(languages.iter().copied())
            .employer_details(
                Employer::new(localized(CITY, languages))
                    .unit(unit)
                    .introduction(localized(introduction, languages)),
            )
            .location(Municipality::VANTAA)
            .profile(profile)
            .working_modes(profile.working_modes().iter().copied())
            .terms(Terms::Salaried(SalariedTerms::new(50, Contract::months(3))))
            .close_contact_employee(CloseContactEmployee::new())
            .required_backgrounds([ExperienceBackground::OpenToAll])
            .required_languages([Language::Finnish])
            .desired_backgrounds([
                ExperienceBackground::Homelessness,
                ExperienceBackground::Substances,
            ])
            .desired_training(TrainingRequirement::KokoaStandard)
            .desired_languages([Language::Swedish])
            .themes(themes(profile).iter().copied())
            .onboarding(OnboardingItem::ALL.iter().copied())
    }
}
