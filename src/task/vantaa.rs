//! The tasks of the Vantaa pilot \[V\]: the common core and the duties of the four
//! profiles, in the report's order. Where the work-pair guide \[T\] names the same
//! activity, its places are cited too.

use super::Aim::{Knowledge, Support};
use super::Audience::{Peers, PeersAndProfessionals, Professionals, Public};
use super::Entry;
use super::Task;
use super::TaskCategory::{
    AccompanyingClients, ClientWork, CommunityBuilding, Development, SupportToEmployees,
    TeachingAndMaterials,
};
use super::esco::{
    ACCOMPANY_PEOPLE, ADVISE_OTHERS, COMMUNICATE_WITH_USERS, COOPERATE_WITH_PROFESSIONALS,
    CREATE_TRAINING_MATERIALS, LISTEN_ACTIVELY, RELATE_EMPATHETICALLY, SUPPORT_POSITIVENESS,
    WORK_WITH_USERS_IN_GROUP,
};
use crate::source::Citation;

const fn v(place: &'static str) -> Citation {
    Citation::vantaa(place)
}

const fn t(place: &'static str) -> Citation {
    Citation::work_pair_guide(place)
}

pub(super) const TASKS: [Entry; 20] = [
    Entry {
        task: Task::UsesOwnExperience,
        label: [
            "oman kokemuksen käyttäminen työvälineenä",
            "att använda den egna erfarenheten som arbetsredskap",
            "uses own experience as a tool",
        ],
        description: [
            "Käyttää omaa kokemustaan ja toipumistarinaansa työvälineenä sekä asiakkaiden että henkilöstön kanssa.",
            "Använder som arbetsredskap sin egen erfarenhet och berättelsen om hur hen tog sig igenom svårigheterna, både med klienter och med personal.",
            "Draws on lived experience, and on one's own story of survival, as a working tool with clients and with staff.",
        ],
        in_posting: [
            "oman kokemuksesi ja toipumistarinasi hyödyntäminen työssä",
            "använda din egen erfarenhet och din berättelse som arbetsredskap",
            "use your own experience and your story of survival as a tool in the work",
        ],
        facts: (PeersAndProfessionals, Knowledge, ClientWork),
        citations: &[
            v("common core, item 1"),
            v("The Helping Eyes, duty 4"),
            v("The Storyteller, duty 1"),
            v("The Storyteller, duty 4"),
        ],
        esco: &[],
    },
    Entry {
        task: Task::ListensToClients,
        label: [
            "asiakkaiden kokonaisvaltainen kuunteleminen",
            "att lyssna på klienterna och se hela människan",
            "listens comprehensively to clients",
        ],
        description: [
            "Antaa asiakkaalle kiireetöntä aikaa ja huomiota ja paneutuu hänen koko elämäntilanteeseensa, ei vain yksittäiseen asiaan.",
            "Ger klienten tid och uppmärksamhet utan brådska och lyssnar till hela livssituationen, inte bara till ett enskilt ärende.",
            "Gives clients unhurried time and attention, hearing their whole situation rather than one errand.",
        ],
        in_posting: [
            "asiakkaiden kiireetön ja kokonaisvaltainen kuunteleminen",
            "lyssna på klienterna i lugn och ro och se hela deras livssituation",
            "listen to clients unhurriedly and hear their whole situation",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[
            v("common core, item 2"),
            v("The Helping Eyes, duty 1"),
            v("The Bridge Builder, duty 3"),
        ],
        esco: &[LISTEN_ACTIVELY],
    },
    Entry {
        task: Task::AssistsEmployees,
        label: [
            "työntekijöiden tukeminen asiakastyössä",
            "att bistå de anställda",
            "assists employees",
        ],
        description: [
            "Kertoo pyydettäessä työntekijöille näkemyksensä asiakkaan tilanteesta, myös asiakasohjauksen palavereissa.",
            "Ger på begäran de anställda sin syn på klientens situation, också i möten där klienternas ärenden behandlas.",
            "Gives employees a view on a client's situation when asked, also in client-guidance meetings.",
        ],
        in_posting: [
            "näkemyksesi kertominen työntekijöille asiakkaiden tilanteista, myös asiakasohjauksen palavereissa",
            "på begäran ge de anställda din syn på klienternas situation, också i möten där klienternas ärenden behandlas",
            "give employees your view of a client's situation when they ask, also in client-guidance meetings",
        ],
        facts: (Professionals, Knowledge, SupportToEmployees),
        citations: &[v("common core, item 3")],
        esco: &[COOPERATE_WITH_PROFESSIONALS],
    },
    Entry {
        task: Task::TakesPartInDevelopment,
        label: [
            "osallistuminen yhteiseen kehittämistyöhön",
            "att delta i gemensamma utvecklingsprocesser",
            "takes part in joint development processes",
        ],
        description: [
            "Tuo kokemustiedon yksikön yhteiseen kehittämistyöhön, työryhmiin ja suunnitteluun alusta alkaen.",
            "Bidrar med erfarenhetens perspektiv till enhetens gemensamma utvecklingsarbete, arbetsgrupper och planering ända från början.",
            "Brings the view of experience into the unit's shared development, its working groups and its planning from the start.",
        ],
        in_posting: [
            "osallistuminen palvelujen kehittämiseen ja työryhmiin",
            "delta i utvecklingen av tjänsterna och i arbetsgrupper",
            "take part in developing the services and in working groups",
        ],
        facts: (Professionals, Knowledge, Development),
        citations: &[
            v("common core, item 4"),
            t("Kokoa ry:n palkkiosuositukset: työryhmätyöskentely, kokous (fee recommendations)"),
            t("Avainkäsitteitä: kehittämistehtävissä (key concepts)"),
            t("Ennakkovalmistelut ja kartoitus, point 11"),
        ],
        esco: &[],
    },
    Entry {
        task: Task::MeetsEveryoneAtTheDoor,
        label: [
            "jokaisen ovesta tulevan kohtaaminen",
            "att möta alla som kommer in genom dörren",
            "meeting everybody who comes through the door",
        ],
        description: [
            "Ottaa vastaan ilman ajanvarausta tulevat asiakkaat, vastaa heidän ensimmäisiin kysymyksiinsä ja auttaa sanoittamaan, mitä he tarvitsevat, ennen kuin he tapaavat työntekijän.",
            "Tar emot klienter som kommer utan tidsbokning, svarar på deras första frågor och hjälper dem att sätta ord på vad de behöver innan de träffar en anställd.",
            "Welcomes walk-in clients, answers their first questions and helps them put into words what they need before they see an employee.",
        ],
        in_posting: [
            "ilman ajanvarausta tulevien asiakkaiden vastaanottaminen ja heidän ensimmäisiin kysymyksiinsä vastaaminen",
            "ta emot dem som kommer utan tidsbokning och svara på deras första frågor",
            "welcome walk-in clients and answer their first questions",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Caretaker, duty 1")],
        esco: &[COMMUNICATE_WITH_USERS],
    },
    Entry {
        task: Task::LocalHelpingHand,
        label: [
            "käytännön avun antaminen asiakkaille yksikössä",
            "att vara en hjälpande hand i enheten",
            "being present as a local helping hand",
        ],
        description: [
            "Auttaa asiakkaita siinä, mitä hetki vaatii, oli se sitten kahvikupillinen, nenäliina tai lomakkeen täyttäminen.",
            "Hjälper klienterna med det som stunden kräver: en kopp kaffe, en näsduk eller en blankett som ska fyllas i.",
            "Helps clients with whatever the moment needs: a cup of coffee, a tissue, a form to fill in.",
        ],
        in_posting: [
            "asiakkaiden auttaminen arjen pienissä asioissa, kuten lomakkeiden täyttämisessä",
            "hjälpa klienterna med vardagliga saker, till exempel med att fylla i blanketter",
            "help clients with everyday things, such as filling in forms",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Caretaker, duty 2")],
        esco: &[],
    },
    Entry {
        task: Task::IntroducesNewViewpoints,
        label: [
            "uusien näkökulmien tuominen",
            "att föra in nya perspektiv",
            "introducing new points of view",
        ],
        description: [
            "Tuo palvelun käyttäjien näkökulman siihen, miten yksikkö näkee oman työnsä.",
            "För in serviceanvändarnas perspektiv i hur enheten ser på sitt eget arbete.",
            "Brings the view of the service's users into how the unit sees its own work.",
        ],
        in_posting: [
            "asiakkaiden näkökulman tuominen työyhteisön keskusteluihin",
            "föra in klienternas perspektiv i arbetsgemenskapens diskussioner",
            "bring the clients' point of view into the discussions of the team",
        ],
        facts: (Professionals, Knowledge, Development),
        citations: &[v("The Caretaker, duty 3")],
        esco: &[],
    },
    Entry {
        task: Task::ProducesLearningMaterials,
        label: [
            "oppimateriaalien tuottaminen",
            "att ta fram läromedel",
            "producing learning materials",
        ],
        description: [
            "Tekee yhdessä työntekijöiden kanssa oppimateriaalia, jolla ammatilliset oppilaitokset voivat tuoda kokemustiedon muiden nuorten opetukseen.",
            "Tar tillsammans med de anställda fram läromedel som yrkesläroanstalter kan använda för att undervisa andra unga med erfarenhetens röst.",
            "Makes learning materials with employees, so that vocational schools can teach other young people in the voice of experience.",
        ],
        in_posting: [
            "oppimateriaalien tekeminen yhdessä työntekijöiden kanssa esimerkiksi oppilaitosten käyttöön",
            "ta fram läromedel tillsammans med de anställda, till exempel för läroanstalter",
            "make learning materials with the staff, for example for schools",
        ],
        facts: (Public, Knowledge, TeachingAndMaterials),
        citations: &[v("The Caretaker, duty 4")],
        esco: &[CREATE_TRAINING_MATERIALS],
    },
    Entry {
        task: Task::EncouragesClients,
        label: [
            "asiakkaiden rohkaiseminen",
            "att uppmuntra klienterna",
            "encourager",
        ],
        description: [
            "Rohkaisee asiakkaita jatkamaan toipumistaan ja asioidensa hoitamista.",
            "Uppmuntrar klienterna att fortsätta med sin återhämtning och att sköta sina ärenden.",
            "Encourages clients to keep going with their recovery and their errands.",
        ],
        in_posting: [
            "asiakkaiden rohkaiseminen ja kannustaminen",
            "uppmuntra och sporra klienterna",
            "encourage clients to keep going",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Helping Eyes, duty 2")],
        esco: &[SUPPORT_POSITIVENESS],
    },
    Entry {
        task: Task::CulturalInterpreter,
        label: [
            "kulttuuritulkkina toimiminen työntekijöiden ja asiakkaiden välillä",
            "att vara kulturtolk mellan anställda och klienter",
            "cultural interpreter between employees and clients",
        ],
        description: [
            "Tulkitsee asiakkaiden kieltä ja elämäntapaa työntekijöille ja palvelujen maailmaa asiakkaille, jotta osapuolet ymmärtävät toisiaan paremmin.",
            "Tolkar klienternas språk och livsstil för de anställda och servicens värld för klienterna, så att de förstår varandra.",
            "Interprets the language and way of life of clients to employees, and the world of the services to clients, so that each understands the other.",
        ],
        in_posting: [
            "asiakkaiden kielen ja elämäntavan tulkitseminen työntekijöille ja päinvastoin",
            "tolka klienternas språk och livsstil för de anställda och tvärtom",
            "interpret the language and way of life of clients to employees, and the other way round",
        ],
        facts: (PeersAndProfessionals, Knowledge, SupportToEmployees),
        citations: &[v("The Helping Eyes, duty 3")],
        esco: &[],
    },
    Entry {
        task: Task::SurvivorExample,
        label: [
            "esimerkkinä toimiminen siitä, että toipuminen on mahdollista",
            "att vara ett exempel på att det går att ta sig igenom",
            "an example of someone who has been there and survived",
        ],
        description: [
            "Antaa asiakkaille toivoa elävänä esimerkkinä siitä, että toipuminen on mahdollista.",
            "Ger klienterna hopp som ett levande exempel på att återhämtning är möjlig.",
            "Gives clients hope as living proof that recovery is possible.",
        ],
        in_posting: [
            "toivon antaminen asiakkaille omalla esimerkilläsi",
            "ge klienterna hopp genom ditt eget exempel",
            "give clients hope by your own example",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Helping Eyes, duty 4"), v("The Storyteller, duty 4")],
        esco: &[],
    },
    Entry {
        task: Task::ConnectsWithClientStory,
        label: [
            "yhteyden löytäminen asiakkaan tarinaan",
            "att knyta an till klientens berättelse",
            "connecting with the client's story",
        ],
        description: [
            "Löytää yhtymäkohtia asiakkaan tarinaan ja avaa keskustelua kertomalla omasta tarinastaan.",
            "Hittar beröringspunkter med klientens berättelse och öppnar samtalet genom att berätta sin egen.",
            "Finds common ground with a client's story, opening the conversation by telling one's own.",
        ],
        in_posting: [
            "yhteyden löytäminen asiakkaan tarinaan jakamalla omaa tarinaasi",
            "knyta an till klientens berättelse genom att dela din egen",
            "connect with clients' stories by sharing your own",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Storyteller, duty 1")],
        esco: &[RELATE_EMPATHETICALLY],
    },
    Entry {
        task: Task::BefriendsLonelyPeople,
        label: [
            "seuran pitäminen yksinäisille asiakkaille",
            "att vara sällskap för ensamma klienter",
            "befriending a lonely person",
        ],
        description: [
            "Pitää seuraa asiakkaille, joille yksinäisyys on raskain taakka.",
            "Håller klienter sällskap när ensamheten är det tyngsta att bära.",
            "Keeps company with clients for whom loneliness weighs most.",
        ],
        in_posting: [
            "seuran pitäminen yksinäisille asiakkaille",
            "vara sällskap för klienter som är ensamma",
            "keep company with clients who are lonely",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Storyteller, duty 2")],
        esco: &[],
    },
    Entry {
        task: Task::BuildsCommunity,
        label: [
            "asiakkaiden ja työntekijöiden yhteen saattaminen ja yhteishengen luominen",
            "att få klienter och anställda att mötas och bilda en sammanhållen grupp",
            "getting clients and employees to connect and form a cohesive group",
        ],
        description: [
            "Ehdottaa yhteistä tekemistä ja tuo asukkaita ja henkilöstöä yhteen, jotta syntyy yhteisö.",
            "Föreslår gemensamma aktiviteter och för samman boende och personal så att en gemenskap växer fram.",
            "Suggests shared activities and brings residents and staff together so that a community forms.",
        ],
        in_posting: [
            "yhteisen tekemisen ideoiminen sekä asiakkaiden ja työntekijöiden tuominen yhteen",
            "hitta på gemensamma aktiviteter och föra samman klienter och anställda",
            "suggest shared activities and bring clients and staff together",
        ],
        facts: (PeersAndProfessionals, Support, CommunityBuilding),
        citations: &[v("The Storyteller, duty 3")],
        esco: &[WORK_WITH_USERS_IN_GROUP],
    },
    Entry {
        task: Task::TeachesProfessionals,
        label: [
            "ammattilaisten kouluttaminen",
            "att utbilda yrkesverksamma",
            "teaching professionals",
        ],
        description: [
            "Auttaa ammattilaisia ymmärtämään, miltä asiakkaan tilanne tuntuu sisältäpäin, ja kouluttaa heitä aiheista, joista hänellä on kokemustietoa, kuten rikoksista irrottautumisesta.",
            "Hjälper yrkesverksamma att förstå hur klientens situation känns inifrån och utbildar dem i frågor som hen känner till av egen erfarenhet, till exempel hur man tar sig ur brottslighet.",
            "Helps professionals understand how a client's situation feels from the inside, and trains them in questions that experience knows, such as leaving crime behind.",
        ],
        in_posting: [
            "ammattilaisten kouluttaminen kertomalla, miltä asiakkaan tilanne tuntuu sisältäpäin",
            "utbilda yrkesverksamma genom att berätta hur klientens situation känns inifrån",
            "teach professionals how a client's situation feels from the inside",
        ],
        facts: (Professionals, Knowledge, TeachingAndMaterials),
        citations: &[
            v("The Storyteller, duty 4"),
            t("Työparimalli NALin KATU-hankkeessa: hankkeen tavoitteet (goals)"),
            t("Mistä löydän kokemusasiantuntijan?: Rikoksista irti -verkosto"),
        ],
        esco: &[],
    },
    Entry {
        task: Task::UnderstandsAndSharesWorries,
        label: [
            "asiakkaan huolten ymmärtäminen ja jakaminen",
            "att förstå och dela klientens bekymmer",
            "one who understands and shares worries",
        ],
        description: [
            "Ottaa asiakkaan huolet vakavasti ja kantaa niitä yhdessä hänen kanssaan.",
            "Tar klientens bekymmer på allvar och bär dem tillsammans med klienten.",
            "Takes a client's worries seriously and carries them with the client.",
        ],
        in_posting: [
            "asiakkaiden huolten ymmärtäminen ja jakaminen",
            "lyssna på klienternas bekymmer och dela dem",
            "hear clients' worries and share them",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Bridge Builder, duty 1")],
        esco: &[RELATE_EMPATHETICALLY],
    },
    Entry {
        task: Task::EscortsClients,
        label: [
            "asiakkaiden saattaminen ja rinnalla kulkeminen",
            "att följa med klienterna",
            "companion / escort",
        ],
        description: [
            "Lähtee asiakkaan mukaan virastoon, seurakuntaan tai järjestöön hoitamaan asioita.",
            "Följer med klienten till myndigheter, församlingen eller en annan organisation för att sköta ärenden.",
            "Goes with clients to municipal offices, the parish or other organisations to get matters sorted out.",
        ],
        in_posting: [
            "asiakkaiden saattaminen esimerkiksi virastoihin, seurakuntaan ja järjestöihin",
            "följa med klienterna till exempel till myndigheter, församlingen och olika organisationer",
            "go with clients to municipal offices, the parish and other organisations",
        ],
        facts: (Peers, Support, AccompanyingClients),
        citations: &[v("The Bridge Builder, duty 2")],
        esco: &[ACCOMPANY_PEOPLE],
    },
    Entry {
        task: Task::DirectsClients,
        label: [
            "asiakkaiden ohjaaminen sopiviin palveluihin",
            "att visa klienterna vägen till rätt tjänster",
            "director",
        ],
        description: [
            "Näyttää asiakkaalle, mikä palvelu tai järjestö vastaa hänen tarpeeseensa ja miten sinne pääsee.",
            "Visar klienten vilken tjänst eller organisation som motsvarar behovet och hur man når den.",
            "Shows clients which service or organisation fits their need and how to reach it.",
        ],
        in_posting: [
            "asiakkaiden ohjaaminen heille sopiviin palveluihin ja järjestöjen toimintaan",
            "visa klienterna vägen till tjänster och organisationer som passar dem",
            "show clients the services and organisations that fit their needs",
        ],
        facts: (Peers, Knowledge, AccompanyingClients),
        citations: &[v("The Bridge Builder, duty 3")],
        esco: &[],
    },
    Entry {
        task: Task::AdvisesClients,
        label: [
            "asiakkaiden neuvominen arjen asioissa",
            "att ge klienterna råd i vardagliga frågor",
            "advisor",
        ],
        description: [
            "Antaa asiakkaille käytännön neuvoja sen pohjalta, mikä auttoi omassa elämässä.",
            "Ger klienterna praktiska råd utifrån det som hjälpte i det egna livet.",
            "Gives clients practical advice, drawing on what helped in one's own life.",
        ],
        in_posting: [
            "asiakkaiden neuvominen arjen asioissa oman kokemuksesi pohjalta",
            "ge klienterna råd i vardagliga frågor utifrån din egen erfarenhet",
            "advise clients in everyday matters from your own experience",
        ],
        facts: (Peers, Support, ClientWork),
        citations: &[v("The Bridge Builder, duty 3")],
        esco: &[ADVISE_OTHERS],
    },
    Entry {
        task: Task::SourceOfInformation,
        label: [
            "tiedonlähteenä toimiminen asiakkaille sekä julkisten palvelujen ja järjestöjen työntekijöille",
            "att vara en informationskälla för kommunens och organisationernas anställda, klienterna och personalen",
            "source of information",
        ],
        description: [
            "Välittää tietoa asiakkaiden sekä julkisten palvelujen ja järjestöjen työntekijöiden välillä.",
            "Förmedlar kunskap mellan kommunens och organisationernas anställda, klienterna och personalen.",
            "Passes knowledge between municipal and third-sector workers, clients and employees.",
        ],
        in_posting: [
            "tiedon välittäminen asiakkaiden sekä julkisten palvelujen ja järjestöjen työntekijöiden välillä",
            "förmedla kunskap mellan kommunens och organisationernas anställda och klienterna",
            "pass on knowledge between municipal and third-sector workers and clients",
        ],
        facts: (PeersAndProfessionals, Knowledge, SupportToEmployees),
        citations: &[v("The Bridge Builder, duty 4")],
        esco: &[],
    },
];
