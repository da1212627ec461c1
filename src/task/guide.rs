//! The activities the work-pair guide \[T\] names beyond the Vantaa duties, each with
//! where the guide names it. Activities that are the same as a Vantaa duty share that
//! task instead (see [`super::vantaa`]).

use super::Aim::{Knowledge, Support};
use super::Audience::{Peers, PeersAndProfessionals, Professionals, Public};
use super::Entry;
use super::Task;
use super::TaskCategory::{
    ClientWork, CommunityBuilding, Development, Mentoring, PairWork, SupportToEmployees,
    TeachingAndMaterials,
};
use super::esco::{
    ADVISE_ON_HOUSING, ASSESS_ADDICTIONS, BUILD_HELPING_RELATIONSHIP, EVALUATE_PROGRAMME_IMPACT,
    INTERVIEW_FOCUS_GROUPS, MENTOR_INDIVIDUALS, PEER_GROUP_METHODS, PERFORM_LECTURES,
    PROVIDE_MENTORSHIP, SUPPORT_LIVING_AT_HOME, WORK_WITH_USERS_IN_GROUP,
};
use crate::source::Citation;

const fn t(place: &'static str) -> Citation {
    Citation::work_pair_guide(place)
}

/// The place of Kokoa ry's fee recommendations in \[T\].
const FEES: &str = "Kokoa ry:n palkkiosuositukset (fee recommendations)";

pub(super) const TASKS: [Entry; 11] = [
    Entry {
        task: Task::SupportPersonWork,
        label: [
            "asiakastapaamiset ja tukihenkilötoiminta",
            "klientmöten och stödpersonsverksamhet",
            "client meetings and support-person work",
        ],
        description: [
            "Tapaa asiakkaita ja kulkee heidän rinnallaan tukihenkilönä.",
            "Träffar klienter och går vid deras sida som stödperson.",
            "Meets clients and walks beside them as their support person.",
        ],
        in_posting: [
            "asiakkaiden tapaaminen ja tukihenkilönä toimiminen",
            "träffa klienter och vara deras stödperson",
            "meet clients and act as their support person",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[
            t(FEES),
            t("Avainkäsitteitä: vertaistuellisessa työssä suhteessa asiakkaisiin (key concepts)"),
        ],
        esco: &[BUILD_HELPING_RELATIONSHIP],
    },
    Entry {
        task: Task::FacilitatesGroups,
        label: ["ryhmänohjaus", "att leda grupper", "facilitating groups"],
        description: [
            "Ohjaa vertaisryhmiä ja asiakasryhmiä.",
            "Leder kamratstödsgrupper och klientgrupper.",
            "Facilitates peer groups and client groups.",
        ],
        in_posting: [
            "vertais- ja asiakasryhmien ohjaaminen",
            "leda kamratstödsgrupper och klientgrupper",
            "facilitate peer groups and client groups",
        ],
        facts: (Peers, Support, CommunityBuilding),
        citations: &[t(FEES), Citation::vantaa("Definition of a peer worker")],
        esco: &[PEER_GROUP_METHODS, WORK_WITH_USERS_IN_GROUP],
    },
    Entry {
        task: Task::GivesTalks,
        label: [
            "luentojen ja alustusten pitäminen",
            "att hålla föreläsningar och anföranden",
            "lectures, talks and panels",
        ],
        description: [
            "Pitää luentoja ja alustuksia ja osallistuu seminaareihin ja paneeleihin kertoen omaa tarinaansa.",
            "Håller föreläsningar och anföranden och deltar i seminarier och paneler med sin egen berättelse.",
            "Gives lectures and talks and takes part in seminars and panels, sharing one's own story.",
        ],
        in_posting: [
            "luentojen ja alustusten pitäminen sekä osallistuminen seminaareihin ja paneeleihin",
            "hålla föreläsningar och anföranden och delta i seminarier och paneler",
            "give lectures and talks and speak at seminars and on panels",
        ],
        facts: (Public, Knowledge, TeachingAndMaterials),
        citations: &[
            t(FEES),
            t(
                "Kokemusasiantuntijatyön muodot: luentojen pitäminen ja oman tarinan jakaminen (forms of work)",
            ),
        ],
        esco: &[PERFORM_LECTURES],
    },
    Entry {
        task: Task::EvaluatesServices,
        label: [
            "palvelujen arviointi havainnoimalla, haastattelemalla ja auditoimalla",
            "att utvärdera tjänster genom observation, intervjuer och auditering",
            "observation, interviews and audits",
        ],
        description: [
            "Arvioi palveluja kokemuksen näkökulmasta havainnoimalla, haastattelemalla ja auditoimalla.",
            "Utvärderar tjänster ur erfarenhetens perspektiv genom observation, intervjuer och auditering.",
            "Evaluates services from the point of view of experience by observation, interviews and audits.",
        ],
        in_posting: [
            "palvelujen arvioiminen havainnoimalla, haastattelemalla ja auditoimalla",
            "utvärdera tjänster genom observation, intervjuer och auditering",
            "evaluate services by observation, interviews and audits",
        ],
        facts: (Professionals, Knowledge, Development),
        citations: &[t(FEES)],
        esco: &[EVALUATE_PROGRAMME_IMPACT, INTERVIEW_FOCUS_GROUPS],
    },
    Entry {
        task: Task::InformsAuthorities,
        label: [
            "tiedon tarjoaminen viranomaisille",
            "att ge myndigheterna kunskap",
            "giving authorities knowledge",
        ],
        description: [
            "Tarjoaa viranomaisille kokemukseen perustuvaa tietoa, esimerkiksi siitä, miten rikoksista irrottaudutaan.",
            "Ger myndigheterna erfarenhetsbaserad kunskap, till exempel om hur man tar sig ur brottslighet.",
            "Gives authorities knowledge from experience, for example of how people leave crime behind.",
        ],
        in_posting: [
            "kokemukseen perustuvan tiedon tarjoaminen viranomaisille",
            "ge myndigheterna erfarenhetsbaserad kunskap",
            "give authorities knowledge from experience",
        ],
        facts: (Professionals, Knowledge, SupportToEmployees),
        citations: &[t(
            "Avainkäsitteitä: tarjota viranomaisille tietoa (key concepts)",
        )],
        esco: &[],
    },
    Entry {
        task: Task::ExperienceMentoring,
        label: [
            "kokemusmentorointi",
            "att vara erfarenhetsmentor",
            "experience mentoring",
        ],
        description: [
            "Tukee asiakasta kokemusmentorina arjessa, asumisessa ja elämänhallinnassa.",
            "Stöder klienten som erfarenhetsmentor i vardagen, i boendet och i livskontrollen.",
            "Supports a client as an experience mentor in everyday life, in housing and in getting life in hand.",
        ],
        in_posting: [
            "asiakkaiden tukeminen kokemusmentorina",
            "stödja klienter som erfarenhetsmentor",
            "support clients as an experience mentor",
        ],
        facts: (Peers, Support, Mentoring),
        citations: &[
            t("VVA ry: Kokema-tiimi (kokemusmentorit)"),
            t("Työparimalli NALin KATU-hankkeessa: kokemusasiantuntijan mentorointi"),
        ],
        esco: &[MENTOR_INDIVIDUALS],
    },
    Entry {
        task: Task::HousingCoaching,
        label: ["asumisvalmennus", "boendecoachning", "housing coaching"],
        description: [
            "Valmentaa asiakasta asumisen taidoissa, kuten kodin hoidossa, raha-asioissa ja naapurisuhteissa.",
            "Coachar klienten i boendefärdigheter, som att sköta hemmet, ekonomin och relationerna till grannarna.",
            "Coaches clients in the skills of housing: keeping a home, money matters, neighbours.",
        ],
        in_posting: [
            "asiakkaiden valmentaminen asumisen taidoissa",
            "coacha klienterna i boendefärdigheter",
            "coach clients in the skills of keeping a home",
        ],
        facts: (Peers, Knowledge, ClientWork),
        citations: &[
            t("Työparimalli NALin KATU-hankkeessa: asumisvalmennus"),
            t("Pyöröovesta ulos -hanke: asumisohjaaja tiimissä"),
        ],
        esco: &[ADVISE_ON_HOUSING, SUPPORT_LIVING_AT_HOME],
    },
    Entry {
        task: Task::HomeVisitsWithProfessional,
        label: [
            "kotikäynnit yhdessä ammattilaisen kanssa",
            "att göra hembesök tillsammans med den yrkesverksamma",
            "home visits with the professional",
        ],
        description: [
            "Tekee kotikäyntejä työparinaan toimivan ammattilaisen kanssa ja tuo käynneille vertaistuen näkökulman.",
            "Gör hembesök tillsammans med den yrkesverksamma i arbetsparet och bidrar med kamratstöd under besöket.",
            "Makes home visits with the professional of the pair, bringing peer support into the visit.",
        ],
        in_posting: [
            "kotikäyntien tekeminen yhdessä työparisi kanssa",
            "göra hembesök tillsammans med ditt arbetspar",
            "make home visits with your pair",
        ],
        facts: (Peers, Support, PairWork),
        citations: &[t("Pyöröovesta ulos -hanke: kotikäynnit")],
        esco: &[],
    },
    Entry {
        task: Task::AssessesSubstanceUse,
        label: [
            "päihteidenkäytön arviointi yhdessä ammattilaisen kanssa",
            "att bedöma rusmedelsbruk tillsammans med den yrkesverksamma",
            "assessing substance use with the professional",
        ],
        description: [
            "Arvioi yhdessä työparinaan toimivan ammattilaisen kanssa asiakkaan päihteidenkäyttöä ja tuo arviointiin kokemustietoa, joka tekee siitä realistisemman.",
            "Bedömer klientens rusmedelsbruk tillsammans med den yrkesverksamma och tillför bedömningen erfarenhetens realism.",
            "Assesses a client's substance use with the professional, bringing the realism of experience into the assessment.",
        ],
        in_posting: [
            "asiakkaiden päihteidenkäytön arvioiminen yhdessä työparisi kanssa",
            "bedöma klienternas rusmedelsbruk tillsammans med ditt arbetspar",
            "assess clients' substance use together with your pair",
        ],
        facts: (PeersAndProfessionals, Knowledge, PairWork),
        citations: &[t("Pyöröovesta ulos -hanke: päihteidenkäytön arviointi")],
        esco: &[ASSESS_ADDICTIONS],
    },
    Entry {
        task: Task::ReflectsWithPair,
        label: [
            "työn reflektointi työparin kanssa",
            "att reflektera över arbetet i arbetsparet",
            "reflecting on the work with the pair",
        ],
        description: [
            "Arvioi ja reflektoi työtä säännöllisesti työparinaan toimivan ammattilaisen kanssa, esimerkiksi reflektiolomakkeen avulla.",
            "Utvärderar och reflekterar regelbundet över arbetet tillsammans med den yrkesverksamma i arbetsparet, till exempel med en reflektionsblankett.",
            "Evaluates and reflects on the work regularly with the professional of the pair, for example with a reflection form.",
        ],
        in_posting: [
            "työn säännöllinen reflektointi työparisi kanssa",
            "regelbundet reflektera över arbetet tillsammans med ditt arbetspar",
            "reflect on the work regularly with your pair",
        ],
        facts: (Professionals, Knowledge, PairWork),
        citations: &[
            t("Mitä hyötyä työparimallista on?: analysoiden ja reflektoiden"),
            t("KATU-hankkeen työparien kokemuksia: reflektiolomake (reflection form)"),
        ],
        esco: &[],
    },
    Entry {
        task: Task::MentorsNewTrainees,
        label: [
            "uusien valmennettavien vertaismentorointi",
            "att vara mentor för nya deltagare",
            "peer mentoring of new trainees",
        ],
        description: [
            "Mentoroi uusia valmennettavia valmennuksen aiemmin käyneenä.",
            "Är mentor för nya deltagare och har själv tidigare gått igenom coachningen.",
            "Mentors new trainees, as one who went through the training before.",
        ],
        in_posting: [
            "uusien valmennettavien mentorointi omien kokemustesi pohjalta",
            "vara mentor för nya deltagare utifrån dina egna erfarenheter",
            "mentor new trainees from your own experience of the training",
        ],
        facts: (Peers, Support, Mentoring),
        citations: &[t("Oma plääni: vertaismentorointi (peer mentoring)")],
        esco: &[PROVIDE_MENTORSHIP],
    },
];
