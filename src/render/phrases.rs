//! The phrases of a posting in Finnish, Swedish and English: headings and sentence
//! frames, in the shape of a Finnish municipal job ad. Terms of the model come from their
//! label tables; this module holds only what the ad itself says. `{}` marks where a
//! value goes.

use crate::job::ExperienceBackground;
use crate::language::Language;
use crate::role::RoleVerdict;
use crate::working_mode::WorkingMode;

/// The phrases of a posting in one language.
pub(super) struct Phrases {
    pub intro_peer_worker: &'static str,
    pub intro_peer_supporter: &'static str,
    pub intro_both: &'static str,
    pub the_work: &'static str,
    pub tasks: &'static str,
    pub optional_tasks: &'static str,
    pub how_you_work: &'static str,
    pub themes: &'static str,
    pub we_require: &'static str,
    pub we_would_like: &'static str,
    pub kokoa_training: &'static str,
    pub we_offer: &'static str,
    pub close_contact: &'static str,
    pub close_contact_role: &'static str,
    pub work_pair: &'static str,
    pub work_pair_guides: &'static str,
    pub work_supervision: &'static str,
    pub equipment: &'static str,
    pub employment: &'static str,
    pub assignment: &'static str,
    pub volunteering: &'static str,
    pub working_time: &'static str,
    pub full_time: &'static str,
    pub percent_of_full_time: &'static str,
    pub contract: &'static str,
    pub permanent: &'static str,
    pub fixed_term: &'static str,
    pub start: &'static str,
    pub by_agreement: &'static str,
    pub or_by_agreement: &'static str,
    pub trial_period: &'static str,
    pub pay: &'static str,
    pub per_hour: &'static str,
    pub per_month: &'static str,
    pub per_year: &'static str,
    pub line_manager: &'static str,
    pub pair_line_manager: &'static str,
    pub openings: &'static str,
    pub fees_kokoa: &'static str,
    pub fees_schedule: &'static str,
    pub activity: &'static str,
    pub hours: &'static str,
    pub rate: &'static str,
    pub fee: &'static str,
    pub total: &'static str,
    pub per_hour_fee: &'static str,
    pub volunteer_terms: &'static str,
    pub minors: &'static str,
    pub minors_volunteer: &'static str,
    pub no_degree: &'static str,
    pub tell_briefly: &'static str,
    pub tasks_assignment: &'static str,
    pub optional_tasks_assignment: &'static str,
    pub start_assignment: &'static str,
    pub confidentiality: &'static str,
    pub how_to_apply: &'static str,
    pub deadline: &'static str,
    pub deadline_at: &'static str,
    pub apply_at: &'static str,
    pub apply_by_email: &'static str,
    pub reference: &'static str,
    pub contact_one: &'static str,
    pub contact_many: &'static str,
    pub phone: &'static str,
    pub location: &'static str,
}

const FI: Phrases = Phrases {
    intro_peer_worker: "Haemme kokemusasiantuntijaa, joka tuo kokemustiedon ammattilaisten ja palvelujen kehittämisen käyttöön.",
    intro_peer_supporter: "Haemme vertaistukijaa, joka tukee oman kokemuksensa pohjalta ihmisiä, jotka ovat kokeneet samaa.",
    intro_both: "Haemme kokemusasiantuntijaa, joka tukee asiakkaita omalla kokemuksellaan ja tuo kokemustiedon ammattilaisten käyttöön.",
    the_work: "Työnkuva",
    tasks: "Tehtäviisi kuuluu:",
    optional_tasks: "Lisäksi tehtäviisi voi kuulua:",
    how_you_work: "Näin työskentelet:",
    themes: "Työssä painottuvat {}.",
    we_require: "Edellytämme",
    we_would_like: "Toivomme",
    kokoa_training: "Kokoa ry:n suositusten mukaista kokemusasiantuntijakoulutusta (laajuus vähintään 50 tuntia, kesto vähintään neljä kuukautta)",
    we_offer: "Tarjoamme",
    close_contact: "tukea nimetyltä lähityöntekijältä, joka on rinnallasi ja auttaa sinua pääsemään osaksi työyhteisöä",
    close_contact_role: "tukea nimetyltä lähityöntekijältä ({}), joka on rinnallasi ja auttaa sinua pääsemään osaksi työyhteisöä",
    work_pair: "työparimallin: työparinasi on ammattilainen ({})",
    work_pair_guides: "työparimallin: työparinasi on ammattilainen ({}), joka ohjaa ja koordinoi yhteistä työtänne",
    work_supervision: "työnohjausta",
    equipment: "työvälineet: {}",
    employment: "Työsuhde",
    assignment: "Toimeksianto",
    volunteering: "Vapaaehtoistyö",
    working_time: "Työaika",
    full_time: "kokoaikainen",
    percent_of_full_time: "{} % täydestä työajasta",
    contract: "Työsuhteen kesto",
    permanent: "toistaiseksi voimassa oleva",
    fixed_term: "määräaikainen, {}",
    start: "Aloitus",
    by_agreement: "sopimuksen mukaan",
    or_by_agreement: "{} tai sopimuksen mukaan",
    trial_period: "Koeaika",
    pay: "Palkkaus",
    per_hour: "{}/h",
    per_month: "{}/kk",
    per_year: "{}/v",
    line_manager: "Esihenkilö",
    pair_line_manager: "Työparin esihenkilö",
    openings: "Palkattavien määrä",
    fees_kokoa: "Palkkiot maksetaan Kokoa ry:n palkkiosuositusten mukaan.",
    fees_schedule: "Palkkiot maksetaan palkkiotaulukon mukaan: {}.",
    activity: "Tehtävä",
    hours: "Tunnit",
    rate: "Palkkio/h",
    fee: "Palkkio",
    total: "Yhteensä",
    per_hour_fee: "{}/h",
    volunteer_terms: "Tehtävä on vapaaehtoistyötä, josta ei makseta palkkaa eikä palkkiota.",
    minors: "Tehtävässä työskennellään alaikäisten kanssa, joten valitun henkilön on esitettävä rikostaustaote ennen työn alkamista (laki lasten kanssa työskentelevien rikostaustan selvittämisestä 504/2002).",
    minors_volunteer: "Tehtävässä toimitaan alaikäisten kanssa, joten voimme pyytää valittua henkilöä näyttämään rikostaustaotteen (laki vapaaehtoistoiminnassa lasten kanssa toimivien rikostaustan selvittämisestä 148/2014).",
    confidentiality: "Valittu henkilö allekirjoittaa salassapitositoumuksen.",
    no_degree: "Tehtävä ei edellytä sosiaali- tai terveysalan tutkintoa.",
    tell_briefly: "Kerro hakemuksessa lyhyesti kokemustaustastasi ja siitä, miten haluaisit hyödyntää sitä työssä. Sinun ei tarvitse kertoa yksityiskohtia.",
    tasks_assignment: "Tehtäviisi kuuluu:",
    optional_tasks_assignment: "Lisäksi tehtäviisi voi kuulua:",
    start_assignment: "Ajankohta",
    how_to_apply: "Näin haet",
    deadline: "Hakuaika päättyy {}.",
    deadline_at: "Hakuaika päättyy {} klo {}.",
    apply_at: "Hae osoitteessa {}.",
    apply_by_email: "Lähetä hakemuksesi osoitteeseen {}.",
    reference: "Työavain",
    contact_one: "Lisätietoja antaa:",
    contact_many: "Lisätietoja antavat:",
    phone: "puh.",
    location: "Sijainti",
};

const SV: Phrases = Phrases {
    intro_peer_worker: "Vi söker en erfarenhetsexpert som gör erfarenhetskunskapen tillgänglig för de yrkesverksamma och för utvecklingen av tjänsterna.",
    intro_peer_supporter: "Vi söker en kamratstödjare som med sin egen erfarenhet stöder människor som har gått igenom något liknande.",
    intro_both: "Vi söker en erfarenhetsexpert som med sin egen erfarenhet stöder klienterna och gör erfarenhetskunskapen tillgänglig för de yrkesverksamma.",
    the_work: "Arbetsuppgifter",
    tasks: "I ditt arbete ingår att:",
    optional_tasks: "I ditt arbete kan dessutom ingå att:",
    how_you_work: "Så här arbetar du:",
    themes: "Tyngdpunkten i arbetet ligger på {}.",
    we_require: "Vi förutsätter",
    we_would_like: "Vi önskar",
    kokoa_training: "utbildning till erfarenhetsexpert enligt Kokoa ry:s rekommendationer (minst 50 timmar under minst fyra månader)",
    we_offer: "Vi erbjuder",
    close_contact: "stöd av en utsedd kontaktperson i enheten, en kollega som finns vid din sida och hjälper dig in i arbetsgemenskapen",
    close_contact_role: "stöd av en utsedd kontaktperson i enheten ({}), en kollega som finns vid din sida och hjälper dig in i arbetsgemenskapen",
    work_pair: "arbete i arbetspar: du arbetar tillsammans med en yrkesverksam ({})",
    work_pair_guides: "arbete i arbetspar: du arbetar tillsammans med en yrkesverksam ({}) som handleder och samordnar ert arbete",
    work_supervision: "arbetshandledning",
    equipment: "arbetsredskap: {}",
    employment: "Anställningen",
    assignment: "Uppdraget",
    volunteering: "Frivilligarbetet",
    working_time: "Arbetstid",
    full_time: "heltid",
    percent_of_full_time: "{} % av heltid",
    contract: "Anställningsform",
    permanent: "tillsvidareanställning",
    fixed_term: "visstidsanställning, {}",
    start: "Tillträde",
    by_agreement: "enligt överenskommelse",
    or_by_agreement: "{} eller enligt överenskommelse",
    trial_period: "Prövotid",
    pay: "Lön",
    per_hour: "{}/h",
    per_month: "{}/mån.",
    per_year: "{}/år",
    line_manager: "Chef",
    pair_line_manager: "Arbetsparets chef",
    openings: "Antal personer som anställs",
    fees_kokoa: "Arvodena betalas enligt Kokoa ry:s rekommendation.",
    fees_schedule: "Arvodena betalas enligt arvodestabellen {}.",
    activity: "Uppgift",
    hours: "Timmar",
    rate: "Arvode/h",
    fee: "Arvode",
    total: "Sammanlagt",
    per_hour_fee: "{}/h",
    volunteer_terms: "Uppdraget är frivilligarbete, och för det betalas varken lön eller arvode.",
    minors: "Eftersom arbetet innebär arbete med minderåriga ska den som väljs visa upp ett straffregisterutdrag enligt lagen om kontroll av brottslig bakgrund hos personer som arbetar med barn (504/2002).",
    minors_volunteer: "Eftersom uppdraget innebär verksamhet med minderåriga kan vi be den som väljs att visa upp ett straffregisterutdrag enligt lagen om kontroll av brottslig bakgrund hos frivilliga som arbetar med barn (148/2014).",
    confidentiality: "Den som väljs ska underteckna en sekretessförbindelse.",
    no_degree: "Uppgiften förutsätter ingen examen inom social- och hälsovården.",
    tell_briefly: "Berätta kort i din ansökan om din erfarenhetsbakgrund och om hur du skulle vilja använda den i arbetet. Du behöver inte gå in på detaljer.",
    tasks_assignment: "I uppdraget ingår att:",
    optional_tasks_assignment: "I uppdraget kan dessutom ingå att:",
    start_assignment: "Tidpunkt",
    how_to_apply: "Så söker du",
    deadline: "Ansökningstiden går ut {}.",
    deadline_at: "Ansökningstiden går ut {} kl. {}.",
    apply_at: "Lämna in din ansökan via {}.",
    apply_by_email: "Skicka din ansökan till {}.",
    reference: "Ansökningsnummer",
    contact_one: "Mer information ger:",
    contact_many: "Mer information ger:",
    phone: "tfn",
    location: "Ort",
};

const EN: Phrases = Phrases {
    intro_peer_worker: "We are looking for a peer worker who brings the knowledge of lived experience to professionals and to developing the services.",
    intro_peer_supporter: "We are looking for a peer supporter who uses their own experience to support people who have been through something similar.",
    intro_both: "We are looking for a peer worker who supports clients with their own experience and brings that knowledge to the professionals.",
    the_work: "The job",
    tasks: "In this role you will:",
    optional_tasks: "You may also:",
    how_you_work: "How you will work:",
    themes: "The work focuses on {}.",
    we_require: "We require",
    we_would_like: "We would like",
    kokoa_training: "training as an expert by experience to Kokoa ry's standard (at least 50 hours over at least four months)",
    we_offer: "We offer",
    close_contact: "the support of a named close contact employee: a colleague at your side who helps you find your place in the team",
    close_contact_role: "the support of a named close contact employee ({}): a colleague at your side who helps you find your place in the team",
    work_pair: "a work pair: you work together with a professional ({})",
    work_pair_guides: "a work pair: you work together with a professional ({}) who guides and coordinates your work",
    work_supervision: "work supervision",
    equipment: "the tools for the work: {}",
    employment: "Employment",
    assignment: "The assignment",
    volunteering: "Volunteering",
    working_time: "Working time",
    full_time: "full time",
    percent_of_full_time: "{}% of full time",
    contract: "Contract",
    permanent: "permanent",
    fixed_term: "fixed term, {}",
    start: "Start",
    by_agreement: "as agreed",
    or_by_agreement: "{} or as agreed",
    trial_period: "Trial period",
    pay: "Pay",
    per_hour: "{} per hour",
    per_month: "{} per month",
    per_year: "{} per year",
    line_manager: "Line manager",
    pair_line_manager: "Line manager of the work pair",
    openings: "Openings",
    fees_kokoa: "Fees follow Kokoa ry's fee recommendation.",
    fees_schedule: "Fees follow the schedule {}.",
    activity: "Activity",
    hours: "Hours",
    rate: "Fee per hour",
    fee: "Fee",
    total: "Total",
    per_hour_fee: "{} per hour",
    volunteer_terms: "This is volunteer work, without pay or fee.",
    minors: "The work involves minors, so the person chosen must show an extract of their criminal record before starting (Act 504/2002 on checking the criminal background of people working with children).",
    minors_volunteer: "The role involves minors, so we may ask the person chosen to show an extract of their criminal record (Act 148/2014 on checking the criminal background of volunteers working with children).",
    confidentiality: "The person chosen signs a confidentiality pledge.",
    no_degree: "The role does not require a degree in social or health care.",
    tell_briefly: "In your application, tell us briefly about your lived experience and how you would like to use it in the work. You need not go into detail.",
    tasks_assignment: "In this role you will:",
    optional_tasks_assignment: "You may also:",
    start_assignment: "When",
    how_to_apply: "How to apply",
    deadline: "Applications close on {}.",
    deadline_at: "Applications close on {} at {}.",
    apply_at: "Apply at {}.",
    apply_by_email: "Send your application to {}.",
    reference: "Reference",
    contact_one: "For more information, contact:",
    contact_many: "For more information, contact:",
    phone: "tel.",
    location: "Location",
};

pub(super) const fn phrases(language: Language) -> &'static Phrases {
    match language {
        Language::Finnish => &FI,
        Language::Swedish => &SV,
        Language::English => &EN,
    }
}

impl Phrases {
    /// The sentence that opens the work, by the post's role.
    pub(super) const fn intro(&self, verdict: RoleVerdict) -> &'static str {
        match verdict {
            RoleVerdict::PeerSupporter => self.intro_peer_supporter,
            RoleVerdict::Both => self.intro_both,
            RoleVerdict::PeerWorker | RoleVerdict::Undetermined => self.intro_peer_worker,
        }
    }
}

/// A working mode as a posting lists it under "how you will work": a clause in the
/// second person.
pub(super) const fn working_mode(mode: WorkingMode, language: Language) -> &'static str {
    use WorkingMode::{
        DropInPresence, EverydayPresence, JoiningClientMeetings, OneToOneByAppointment, Outreach,
        Referral,
    };
    match (language, mode) {
        (Language::Finnish, JoiningClientMeetings) => {
            "osallistut työntekijöiden asiakastapaamisiin"
        }
        (Language::Finnish, OneToOneByAppointment) => {
            "tapaat asiakkaita myös kahden kesken sovitusti"
        }
        (Language::Finnish, Outreach) => {
            "jalkaudut sinne, missä asiakkaat odottavat tai viettävät aikaa"
        }
        (Language::Finnish, DropInPresence) => {
            "olet tavattavissa palvelupisteessä tai kohtaamispaikassa, jonne asiakkaat voivat tulla ilman ajanvarausta"
        }
        (Language::Finnish, EverydayPresence) => {
            "olet mukana asukkaiden arjessa, yhteisillä aterioilla ja tapahtumissa"
        }
        (Language::Finnish, Referral) => "tapaat asiakkaita, joita työntekijät ohjaavat luoksesi",
        (Language::Swedish, JoiningClientMeetings) => "du deltar i de anställdas klientmöten",
        (Language::Swedish, OneToOneByAppointment) => {
            "du träffar också klienter enskilt enligt överenskommelse"
        }
        (Language::Swedish, Outreach) => "du söker upp klienterna där de väntar eller vistas",
        (Language::Swedish, DropInPresence) => {
            "du finns på plats där klienterna kan komma in utan tidsbokning"
        }
        (Language::Swedish, EverydayPresence) => {
            "du deltar i de boendes vardag, i gemensamma måltider och evenemang"
        }
        (Language::Swedish, Referral) => "du träffar klienter som de anställda hänvisar till dig",
        (Language::English, JoiningClientMeetings) => "you join the employees' client meetings",
        (Language::English, OneToOneByAppointment) => {
            "you also meet clients one to one by appointment"
        }
        (Language::English, Outreach) => "you go where clients wait or spend time",
        (Language::English, DropInPresence) => {
            "you are there where clients walk in without an appointment"
        }
        (Language::English, EverydayPresence) => {
            "you take part in residents' everyday life, shared meals and events"
        }
        (Language::English, Referral) => "you meet clients whom employees refer to you",
    }
}

/// An experience background as a posting asks for it.
pub(crate) const fn background(
    background: ExperienceBackground,
    language: Language,
) -> &'static str {
    use ExperienceBackground::{
        CloseRelative, CriminalBackground, Homelessness, MentalHealth, OpenToAll, Substances,
    };
    match (language, background) {
        (Language::Finnish, MentalHealth) => {
            "omakohtaista kokemusta mielenterveyden haasteista ja niistä toipumisesta"
        }
        (Language::Finnish, CloseRelative) => {
            "kokemusta mielenterveys- tai päihdeongelmista läheisen näkökulmasta"
        }
        (Language::Finnish, Substances) => {
            "omakohtaista kokemusta päihdeongelmasta ja siitä toipumisesta"
        }
        (Language::Finnish, CriminalBackground) => {
            "omakohtaista kokemusta rikostaustasta ja rikoksista irrottautumisesta"
        }
        (Language::Finnish, Homelessness) => "omakohtaista kokemusta asunnottomuudesta",
        (Language::Finnish, OpenToAll) => {
            "omakohtaista kokemusta, jota osaat hyödyntää työssä (kokemustausta voi olla mikä tahansa)"
        }
        (Language::Swedish, MentalHealth) => {
            "egen erfarenhet av psykisk ohälsa och av återhämtning"
        }
        (Language::Swedish, CloseRelative) => {
            "erfarenhet som närstående till någon med psykisk ohälsa eller missbruk"
        }
        (Language::Swedish, Substances) => "egen erfarenhet av rusmedelsbruk och av återhämtning",
        (Language::Swedish, CriminalBackground) => {
            "egen erfarenhet av brottslighet och av att ta sig ur den"
        }
        (Language::Swedish, Homelessness) => "egen erfarenhet av bostadslöshet",
        (Language::Swedish, OpenToAll) => {
            "egen erfarenhet som du kan använda i arbetet, oavsett bakgrund"
        }
        (Language::English, MentalHealth) => {
            "lived experience of mental-health challenges and recovery"
        }
        (Language::English, CloseRelative) => {
            "experience as someone close to a person with mental-health or substance problems"
        }
        (Language::English, Substances) => "lived experience of substance use and recovery",
        (Language::English, CriminalBackground) => {
            "lived experience of a criminal background and of leaving crime behind"
        }
        (Language::English, Homelessness) => "lived experience of homelessness",
        (Language::English, OpenToAll) => {
            "lived experience you can use in the work, whatever its background"
        }
    }
}

/// A language of work as a posting asks for it.
pub(super) const fn language_skill(skill: Language, language: Language) -> &'static str {
    match (language, skill) {
        (Language::Finnish, Language::Finnish) => "hyvää suomen kielen taitoa",
        (Language::Finnish, Language::Swedish) => "ruotsin kielen taitoa",
        (Language::Finnish, Language::English) => "englannin kielen taitoa",
        (Language::Swedish, Language::Finnish) => "kunskaper i finska",
        (Language::Swedish, Language::Swedish) => "kunskaper i svenska",
        (Language::Swedish, Language::English) => "kunskaper i engelska",
        (Language::English, Language::Finnish) => "Finnish",
        (Language::English, Language::Swedish) => "Swedish",
        (Language::English, Language::English) => "English",
    }
}
