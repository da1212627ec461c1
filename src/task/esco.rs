//! Links from tasks to ESCO, the European classification of skills and occupations that
//! Job Market Finland (*Työmarkkinatori*) and job boards read.
//!
//! Each task links to the ESCO v1.1.1 skills that name the same activity, and to none
//! where ESCO has no such skill (the task's documentation says why). The labels are
//! ESCO's own preferred labels; the candidates this table was chosen from are committed
//! as `data/esco-1.1.1-candidates.json`, and a test checks every link against them.

use serde::Serialize;

use crate::i18n::Text;

/// The ESCO version the links name.
pub const ESCO_VERSION: &str = "1.1.1";

/// The name of the ESCO skill set, for a JSON-LD `DefinedTermSet`.
pub const ESCO_SKILLS_SET: &str = "ESCO skills (v1.1.1)";

/// An ESCO skill: its URI and ESCO's preferred labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EscoSkill {
    /// The skill's URI, for example
    /// `http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de`.
    pub uri: &'static str,
    /// ESCO's preferred label in Finnish, Swedish and English.
    pub label: Text,
}

/// An ESCO occupation or ISCO-08 group near to peer work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EscoOccupation {
    /// The URI.
    pub uri: &'static str,
    /// The ISCO-08 code or ESCO notation, for example `3412`.
    pub code: &'static str,
    /// ESCO's preferred label in Finnish, Swedish and English.
    pub label: Text,
}

const fn skill(
    id: &'static str,
    fi: &'static str,
    sv: &'static str,
    en: &'static str,
) -> EscoSkill {
    EscoSkill {
        uri: id,
        label: Text { fi, sv, en },
    }
}

macro_rules! skills {
    ($($Name:ident = $uuid:literal, $en:literal, $fi:literal, $sv:literal;)+) => {
        $(
            #[doc = concat!("ESCO skill *", $en, "*.")]
            pub const $Name: EscoSkill = skill(
                concat!("http://data.europa.eu/esco/skill/", $uuid),
                $fi,
                $sv,
                $en,
            );
        )+

        /// Every ESCO skill a task links to.
        pub const ALL_SKILLS: &[EscoSkill] = &[$($Name),+];
    };
}

skills! {
    LISTEN_ACTIVELY = "a17286c5-238d-4f0b-bc24-29e9121345de", "listen actively", "kuunnella aktiivisesti", "lyssna aktivt";
    RELATE_EMPATHETICALLY = "996243ee-543f-4c36-a31a-e0f2403c0c5d", "relate empathetically", "toimia empaattisesti", "förhålla sig empatiskt";
    BUILD_HELPING_RELATIONSHIP = "fdb44237-c0b0-4924-9439-911332e0d884", "build helping relationship with social service users", "rakentaa avustussuhde sosiaalipalveluiden käyttäjiin", "bygga hjälprelationer med socialtjänstbrukare";
    COMMUNICATE_WITH_USERS = "e8828961-9e8e-471f-bd24-0673a7e844ef", "communicate with social service users", "viestiä sosiaalipalveluiden käyttäjien kanssa", "kommunicera med socialtjänstbrukare";
    SUPPORT_POSITIVENESS = "72ead619-88da-4557-8c98-607fd7e2cd47", "support social service users' positiveness", "tukea sosiaalipalveluiden käyttäjien myönteisyyttä", "stödja en positiv inställning hos socialtjänstbrukare";
    ADVISE_OTHERS = "045f71e6-0699-4169-8a54-9c6b96f3174d", "advise others", "neuvoa muita", "ge råd till andra";
    ACCOMPANY_PEOPLE = "ab89ad86-1098-44bb-9465-05af5624557c", "accompany people", "opastaa ihmisiä", "ledsaga personer";
    ADVISE_ON_HOUSING = "d2ae1ea1-d899-4f9e-87f5-481987e2e5e8", "advise on housing", "neuvoa asumisen järjestämisessä", "ge råd om boende";
    SUPPORT_LIVING_AT_HOME = "941438bd-cc03-4326-91bf-677157dca170", "support social service users to live at home", "tukea sosiaalipalveluiden käyttäjiä kotona asumisessa", "stödja socialtjänstbrukare i att bo hemma";
    WORK_WITH_USERS_IN_GROUP = "f2da762e-868c-4dff-a936-50a7cb56e44d", "work with social service users in a group", "työskennellä sosiaalipalveluiden käyttäjäryhmän kanssa", "arbeta med socialtjänstbrukare i grupp";
    PEER_GROUP_METHODS = "5b69bfea-5138-409d-b614-9c20d10679c0", "peer group methods", "vertaisryhmämenetelmät", "gruppbaserade metoder";
    COOPERATE_WITH_PROFESSIONALS = "a941f0e5-e015-4249-aaa4-25106dcbb4a1", "cooperate with professionals", "tehdä yhteistyötä ammattilaisten kanssa", "samarbeta med yrkesfolk";
    CREATE_TRAINING_MATERIALS = "4c5d616e-f6d8-4fb4-8ce6-89a4b048b916", "create training materials", "luoda koulutusaineistoja", "skapa utbildningsmaterial";
    PERFORM_LECTURES = "3012a059-e062-4171-b37e-f9e7c7eb603e", "perform lectures", "pitää luentoja", "hålla föreläsningar";
    INTERVIEW_FOCUS_GROUPS = "670c79e9-aa33-41ae-9858-573ade0adb89", "interview focus groups", "haastatella kohderyhmiä", "intervjua fokusgrupper";
    EVALUATE_PROGRAMME_IMPACT = "33f39236-ab8c-4554-b80c-ca506cafde45", "evaluate social work program's impact", "arvioida sosiaalityöohjelmien vaikutuksia", "utvärdera verkan av program inom socialt arbete";
    MENTOR_INDIVIDUALS = "a584a638-a2c0-4b3c-bdf3-a64f87225be9", "mentor individuals", "opastaa henkilöitä", "handleda individer";
    PROVIDE_MENTORSHIP = "28722c99-68b7-4b7b-808f-53f343299935", "provide mentorship", "mentoroida", "ge handledning";
    ASSESS_ADDICTIONS = "60fbed03-0ce8-4bb0-9f01-af6467e954ec", "assess clients' drug and alcohol addictions", "arvioida asiakkaan päihderiippuvuuksia", "bedöma brukares drog- och alkoholberoende";
}

/// The ISCO-08 group of peer work: 3412, social work associate professionals. Neither
/// ESCO nor ISCO has an occupation for peer workers; this is the nearest group.
pub const ISCO_3412: EscoOccupation = EscoOccupation {
    uri: "http://data.europa.eu/esco/isco/C3412",
    code: "3412",
    label: Text {
        fi: "Sosiaalialan ohjaajat ja neuvojat ym.",
        sv: "Behandlingsassistenter och socialpedagoger",
        en: "Social work associate professionals",
    },
};

/// The ESCO occupations nearest to peer work, all in ISCO-08 group 3412.
pub const NEAREST_OCCUPATIONS: &[EscoOccupation] = &[
    EscoOccupation {
        uri: "http://data.europa.eu/esco/occupation/5a9acd29-666c-4ca1-b10e-e086584a526b",
        code: "3412.4.8",
        label: Text {
            fi: "mielenterveysohjaaja",
            sv: "skötare, psykiatri",
            en: "mental health support worker",
        },
    },
    EscoOccupation {
        uri: "http://data.europa.eu/esco/occupation/4fa660b3-ab97-4a99-ad73-ce3c2612f2c3",
        code: "3412.5",
        label: Text {
            fi: "sosiaaliavustaja",
            sv: "socialassistent",
            en: "social work assistant",
        },
    },
    EscoOccupation {
        uri: "http://data.europa.eu/esco/occupation/1f13d8c3-f601-4d3b-adc8-c8d52e0c15d5",
        code: "3412.6",
        label: Text {
            fi: "vapaaehtoisten ohjaaja",
            sv: "volontärmentor",
            en: "volunteer mentor",
        },
    },
];
