//! The page's own texts in Finnish, Swedish and English, one table. The model's terms
//! (tasks, profiles, settings, roles …) are not here: they come from the library's
//! label tables through [`peerwork::Vocabulary`].

use peerwork::Language;

/// `in Swedish`, `ruotsiksi`, `på svenska`: a language as an adverb, in `ui`.
pub(crate) fn in_language(ui: Language, language: Language) -> &'static str {
    match (ui, language) {
        (Language::Finnish, Language::Finnish) => "suomeksi",
        (Language::Finnish, Language::Swedish) => "ruotsiksi",
        (Language::Finnish, _) => "englanniksi",
        (Language::Swedish, Language::Finnish) => "på finska",
        (Language::Swedish, Language::Swedish) => "på svenska",
        (Language::Swedish, _) => "på engelska",
        (_, Language::Finnish) => "in Finnish",
        (_, Language::Swedish) => "in Swedish",
        (_, _) => "in English",
    }
}

macro_rules! texts {
    ($( $key:ident => ($fi:literal, $sv:literal, $en:literal); )+) => {
        /// A text of the page.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum T { $( $key, )+ }

        impl T {
            /// The text in `language`.
            pub(crate) fn get(self, language: Language) -> &'static str {
                match self {
                    $( T::$key => match language {
                        Language::Finnish => $fi,
                        Language::Swedish => $sv,
                        _ => $en,
                    }, )+
                }
            }
        }
    };
}

texts! {
    AppName => ("Tehtävänkuvausten työkalu", "Verktyg för befattningsbeskrivningar", "Job description builder");
    StartTitle => ("Aloitus", "Start", "Start");
    SkipToContent => ("Siirry sisältöön", "Hoppa till innehållet", "Skip to content");
    PageLanguage => ("Sivun kieli", "Sidans språk", "Page language");
    StartLead => ("Laadi kokemusasiantuntijan tehtävänkuvaus ja työpaikkailmoitus. Näet heti, onko tehtävä kokemusasiantuntijatyötä vai vertaistukea, mitä Vantaan profiilia se lähinnä muistuttaa ja mitä käytännön suositukset siitä sanovat.",
        "Skriv en befattningsbeskrivning och en platsannons för en erfarenhetsexpert. Du ser direkt om uppdraget är erfarenhetsexpertarbete eller kamratstöd, vilken av Vandas profiler det liknar mest och vad rekommendationerna säger om det.",
        "Compose a peer worker's job description and job ad. See at once whether the post is peer work or peer support, which Vantaa profile it is closest to, and what the practice recommendations say of it.");
    NewDraft => ("Uusi luonnos", "Nytt utkast", "New draft");
    StartFromProfile => ("Aloita Vantaan kokeilun profiilista:", "Börja från en profil i Vandaförsöket:", "Start from a Vantaa pilot profile:");
    StartEmpty => ("Aloita tyhjästä", "Börja från början", "Start from nothing");
    StartFromDraft => ("Tai aloita aiemman luonnoksen kopiosta", "Eller börja från en kopia av ett tidigare utkast", "Or start from a copy of an earlier draft");
    Copy => ("Kopioi", "Kopiera", "Copy");
    Drafts => ("Tallennetut luonnokset", "Sparade utkast", "Saved drafts");
    SearchDrafts => ("Hae otsikosta", "Sök i rubrikerna", "Search the titles");
    Search => ("Hae", "Sök", "Search");
    NoDrafts => ("Luonnoksia ei ole vielä.", "Det finns inga utkast ännu.", "No drafts yet.");
    NoDraftsFound => ("Haulla ei löytynyt luonnoksia.", "Sökningen gav inga utkast.", "No draft matches the search.");
    Title => ("Otsikko", "Rubrik", "Title");
    Saved => ("Tallennettu", "Sparat", "Saved");
    Revision => ("Versio", "Version", "Revision");
    Untitled => ("Nimetön luonnos", "Utkast utan rubrik", "Untitled draft");
    ThePicture => ("Neljä profiilia ja niiden tehtävät", "De fyra profilerna och deras uppgifter", "The four profiles and their tasks");
    PictureLead => ("Jokaisessa profiilissa on yhteinen ydin ja neljä profiilin omaa tehtävää. Osa tehtävistä toistuu useammassa profiilissa.",
        "Varje profil har en gemensam kärna och fyra egna uppgifter. En del uppgifter finns i flera profiler.",
        "Every profile has the common core and four duties of its own. Some tasks recur in several profiles.");
    MatrixCaption => ("Profiilit ja tehtävät", "Profilerna och uppgifterna", "Profiles and tasks");
    Task => ("Tehtävä", "Uppgift", "Task");
    ProfilesWithTask => ("Profiileja", "Profiler", "Profiles");
    TasksInProfile => ("Tehtäviä yhteensä", "Uppgifter sammanlagt", "Tasks in all");
    CommonCore => ("yhteinen ydin", "gemensam kärna", "common core");
    Duty => ("profiilin tehtävä", "profilens uppgift", "duty");
    LegendCore => ("yhteinen ydin: kuuluu kaikkiin neljään profiiliin", "gemensam kärna: ingår i alla fyra profiler", "common core: in all four profiles");
    LegendDuty => ("profiilin oma tehtävä ja sen numero raportissa", "profilens uppgift och dess nummer i rapporten", "a profile's duty and its number in the report");
    LegendShared => ("korostettu rivi: tehtävä on useammassa kuin yhdessä profiilissa", "markerad rad: uppgiften finns i mer än en profil", "shaded row: the task is in more than one profile");
    SavedAt => ("Tallennettu", "Sparat", "Saved");
    DraftActions => ("Luonnoksen toiminnot", "Åtgärder för utkastet", "Draft actions");
    Preview => ("Esikatselu", "Förhandsvisning", "Preview");
    PreviewLanguage => ("Esikatselun kieli", "Förhandsvisningens språk", "Preview language");
    BackToDraft => ("Takaisin luonnokseen", "Tillbaka till utkastet", "Back to the draft");
    Match => ("Etsi tekijöitä", "Sök utförare", "Match");
    TakeAway => ("Lataa", "Ladda ner", "Take away");
    Save => ("Tallenna", "Spara", "Save");
    DeleteDraft => ("Poista luonnos", "Ta bort utkastet", "Delete draft");
    Basics => ("Perustiedot", "Grunduppgifter", "Basics");
    PostLanguages => ("Ilmoituksen kielet", "Annonsens språk", "Languages of the post");
    Organisation => ("Työnantaja", "Arbetsgivare", "Employer");
    Unit => ("Yksikkö", "Enhet", "Unit");
    Introduction => ("Yksikön esittely", "Presentation av enheten", "Introduction of the unit");
    Municipality => ("Kunta", "Kommun", "Municipality");
    Choose => ("Valitse", "Välj", "Choose");
    StreetAddress => ("Katuosoite", "Gatuadress", "Street address");
    PostalCode => ("Postinumero", "Postnummer", "Postal code");
    Setting => ("Palveluympäristö", "Verksamhetsområde", "Service setting");
    SettingFromProfile => ("Profiilin mukaan", "Enligt profilen", "As the profile's");
    Profiles => ("Profiilit, joihin tehtävä perustuu", "Profiler som uppdraget bygger på", "Profiles the post derives from");
    Essential => ("välttämätön", "nödvändig", "essential");
    Optional => ("valinnainen", "valfri", "optional");
    NotInPost => ("ei mukana", "ingår inte", "not included");
    Tasks => ("Tehtävät", "Uppgifter", "Tasks");
    TasksLead => ("Valitse kullekin tehtävälle, onko se välttämätön, valinnainen vai ei mukana. Sarakkeista näet, missä Vantaan profiileissa tehtävä on.",
        "Välj för varje uppgift om den är nödvändig, valfri eller inte ingår. Kolumnerna visar i vilka av Vandas profiler uppgiften finns.",
        "For each task, choose essential, optional or not included. The columns show which Vantaa profiles have the task.");
    OwnTasks => ("Organisaation omat tehtävät", "Organisationens egna uppgifter", "The organisation's own tasks");
    OwnTasksLead => ("Lisää tehtävä, jota luettelossa ei ole. Tallenna, niin saat uuden tyhjän rivin.",
        "Lägg till en uppgift som inte finns i katalogen. Spara så får du en ny tom rad.",
        "Add a task the catalogue does not have. Save to get another empty row.");
    OwnTask => ("Oma tehtävä", "Egen uppgift", "Own task");
    OwnTaskLabel => ("Tehtävä ilmoituksessa", "Uppgiften i annonsen", "The task as the ad lists it");
    Description => ("Kuvaus", "Beskrivning", "Description");
    OwnTaskId => ("Tunniste", "Id", "Id");
    OwnTaskIdHint => ("Vapaaehtoinen: pienet kirjaimet a–z, numerot ja alaviiva. Tyhjään tulee own_1, own_2 …",
        "Frivilligt: små bokstäver a–z, siffror och understreck. Om fältet är tomt blir id:t own_1, own_2 …",
        "Optional: a–z, 0–9 and _. Left empty, it becomes own_1, own_2 …");
    Audience => ("Kenen kanssa", "I förhållande till vem", "In relation to whom");
    Aim => ("Mihin tähtää", "Vad syftet är", "To what end");
    Category => ("Tehtävän laji", "Typ av uppgift", "Kind of work");
    WorkingModes => ("Työskentelytavat", "Arbetssätt", "Working modes");
    WorkingModesLegend => ("Miten kokemusasiantuntija kohtaa asiakkaat", "Hur erfarenhetsexperten möter klienterna", "How the peer worker meets clients");
    Terms => ("Työn muoto ja ehdot", "Arbetsform och villkor", "Form of work and terms");
    FormOfWork => ("Työn muoto", "Arbetsform", "Form of work");
    WorkingTimePercent => ("Työaika, % täydestä työajasta", "Arbetstid, % av heltid", "Working time, % of full time");
    Contract => ("Työsuhde", "Anställning", "Contract");
    Permanent => ("toistaiseksi voimassa oleva", "tills vidare", "permanent");
    FixedTerm => ("määräaikainen", "visstid", "fixed-term");
    FixedTermLength => ("Määräajan pituus", "Visstidens längd", "Length of the fixed term");
    FixedTermStart => ("tai määräajan alku", "eller visstidens början", "or the first day of the term");
    FixedTermEnd => ("ja loppu", "och slut", "and its last day");
    TrialPeriod => ("Koeaika", "Prövotid", "Trial period");
    PayBasis => ("Palkkauksen peruste", "Lönegrund", "Pay basis");
    PayMin => ("Palkka vähintään, €", "Lön minst, €", "Pay from, €");
    PayMax => ("Palkka enintään, €", "Lön högst, €", "Pay up to, €");
    PayPeriod => ("Palkkajakso", "Löneperiod", "Pay period");
    PerHour => ("tunnilta", "per timme", "per hour");
    PerMonth => ("kuukaudelta", "per månad", "per month");
    PerYear => ("vuodelta", "per år", "per year");
    AssignmentsLead => ("Palkkio maksetaan Kokoa ry:n suosituksen mukaan tunneittain. Tallenna, niin saat uuden tyhjän rivin.",
        "Arvodet betalas per timme enligt Kokoa ry:s rekommendation. Spara så får du en ny tom rad.",
        "Fees are paid by the hour as Kokoa ry recommends. Save to get another empty row.");
    Activity => ("Toiminto", "Verksamhet", "Activity");
    Hours => ("Tunnit", "Timmar", "Hours");
    Rate => ("Tuntipalkkio", "Timarvode", "Rate");
    Amount => ("Palkkio", "Arvode", "Fee");
    Total => ("Yhteensä", "Sammanlagt", "Total");
    Support => ("Tuki ja työpari", "Stöd och arbetspar", "Support and work pair");
    HasCloseContact => ("Kokemusasiantuntijalla on lähityöntekijä", "Erfarenhetsexperten har en kontaktperson i enheten", "The peer worker has a close contact employee");
    CloseContactRole => ("Lähityöntekijän tehtävä", "Kontaktpersonens befattning", "The close contact employee's role");
    LineManager => ("Esihenkilö", "Chef", "Line manager");
    WorkSupervision => ("Työnohjaus", "Arbetshandledning", "Work supervision");
    WorkPair => ("Työpari", "Arbetspar", "Work pair");
    InWorkPair => ("Kokemusasiantuntija työskentelee työparina ammattilaisen kanssa", "Erfarenhetsexperten arbetar i par med en yrkesperson", "The peer worker works as a pair with a professional");
    PairProfessional => ("Työparin ammattilainen", "Den yrkesverksamma i paret", "The pair's professional");
    PairLineManager => ("Työparin esihenkilö", "Arbetsparets chef", "The pair's line manager");
    ProfessionalGuides => ("Ammattilainen ohjaa työparin työtä", "Den yrkesverksamma leder parets arbete", "The professional guides the pair's work");
    Requirements => ("Edellytämme ja toivomme", "Vi förutsätter och önskar", "Required and desired");
    BackgroundsNote => ("Kokemustaustat kuvaavat, mitä tehtävään haetaan, eivät ketään henkilöä.",
        "Erfarenhetsbakgrunderna beskriver vad uppdraget söker, inte någon person.",
        "Experience backgrounds describe what the post seeks, never a person.");
    Required => ("Edellytämme", "Vi förutsätter", "Required");
    Desired => ("Toivomme", "Vi önskar", "Desired");
    Backgrounds => ("Kokemustausta", "Erfarenhetsbakgrund", "Experience background");
    Training => ("Koulutus", "Utbildning", "Training");
    NoTraining => ("Ei koulutusta", "Ingen utbildning", "No training");
    KokoaTraining => ("Kokoa ry:n suosituksen mukainen koulutus", "Utbildning enligt Kokoa ry:s rekommendation", "Training to Kokoa ry's standard");
    OtherTraining => ("Muu koulutus", "Annan utbildning", "Other training");
    TrainingDescription => ("Koulutuksen kuvaus", "Beskrivning av utbildningen", "What the training is");
    TrainingHours => ("Koulutuksen laajuus, tuntia", "Utbildningens omfattning, timmar", "Length of the training, hours");
    WorkLanguages => ("Työkielet", "Arbetsspråk", "Languages of work");
    Themes => ("Teemat", "Teman", "Themes");
    WorksWithMinors => ("Työssä ollaan alaikäisten kanssa (rikostaustaote)", "I arbetet träffar man minderåriga (straffregisterutdrag)", "The work is with minors (criminal record extract)");
    Onboarding => ("Perehdytys ja työvälineet", "Introduktion och arbetsredskap", "Onboarding and equipment");
    PostingDetails => ("Ilmoituksen tiedot", "Annonsens uppgifter", "Posting details");
    PostingDetailsLead => ("Nämä koskevat yhtä julkaisukertaa: hakuaika, aloitus, hakeminen ja yhteyshenkilöt.",
        "De här gäller en publicering: ansökningstid, start, hur man söker och kontaktpersoner.",
        "These describe one publication: deadline, start, how to apply, contacts.");
    DatePosted => ("Julkaisupäivä", "Publiceringsdag", "Day of posting");
    Deadline => ("Hakuaika päättyy", "Ansökningstiden går ut", "Deadline");
    DeadlineTime => ("kello", "klockan", "at");
    StartDate => ("Työ alkaa", "Arbetet börjar", "Start date");
    StartByAgreement => ("tai sopimuksen mukaan", "eller enligt överenskommelse", "or by agreement");
    HowToApply => ("Hakeminen", "Så söker du", "How to apply");
    ApplyUrl => ("Hakulomakkeen osoite", "Adress till ansökningsblanketten", "Address of the application form");
    ApplyEmail => ("tai sähköposti", "eller e-post", "or e-mail");
    ApplyInstructions => ("Ohjeet hakijalle", "Anvisningar till sökande", "Instructions to applicants");
    Contact => ("Yhteyshenkilö", "Kontaktperson", "Contact person");
    Name => ("Nimi", "Namn", "Name");
    ContactTitle => ("Tehtävänimike", "Titel", "Title");
    Phone => ("Puhelin", "Telefon", "Phone");
    PhoneHours => ("Tavoitettavissa", "Nås", "Phone hours");
    Email => ("Sähköposti", "E-post", "E-mail");
    Openings => ("Valittavien määrä", "Antal som anställs", "Openings");
    Identifier => ("Hakunumero", "Ansökningsnummer", "Reference");
    LivePanel => ("Mitä malli sanoo", "Vad modellen säger", "What the model says");
    ReadyToPublish => ("Valmis julkaistavaksi.", "Klar att publiceras.", "Ready to publish.");
    ProblemsToFix => ("Korjattavaa", "Att rätta", "Problems to fix");
    RoleVerdict => ("Rooli", "Roll", "Role");
    Because => ("koska tehtäviin kuuluu", "eftersom uppgifterna omfattar", "because of");
    ClosestProfile => ("Lähin profiili", "Närmaste profil", "Closest profile");
    NoTasksYet => ("Valitse tehtäviä, niin näet lähimmän profiilin.", "Välj uppgifter så ser du den närmaste profilen.", "Choose tasks to see the closest profile.");
    ProfileHasButPostLacks => ("Profiilissa, ei tässä", "I profilen, inte här", "In the profile, not here");
    PostHasBeyondProfile => ("Tässä, ei profiilissa", "Här, inte i profilen", "Here, not in the profile");
    Advisories => ("Suositukset", "Rekommendationer", "Advisories");
    NoAdvisories => ("Tehtävänkuvaus noudattaa lähteiden suosituksia.", "Befattningsbeskrivningen följer källornas rekommendationer.", "The job description follows the sources' recommendations.");
    Source => ("Lähde", "Källa", "Source");
    FeeEstimate => ("Palkkioarvio", "Arvodesberäkning", "Fee estimate");
    NotWrittenIn => ("ilmoitusta ei kirjoiteta tällä kielellä", "annonsen skrivs inte på det här språket", "the post is not written in this language");
    PreviewNeedsValidDraft => ("Esikatselu näkyy, kun luonnoksessa ei ole korjattavaa.", "Förhandsvisningen syns när utkastet inte har något att rätta.", "The preview shows once the draft has no problems.");
    JobAsJson => ("Tehtävänkuvaus JSON-muodossa", "Befattningsbeskrivningen som JSON", "The job description as JSON");
    JobAsToml => ("Tehtävänkuvaus TOML-muodossa", "Befattningsbeskrivningen som TOML", "The job description as TOML");
    PostingAsHtml => ("Ilmoitus verkkosivuna", "Annonsen som webbsida", "The posting as a web page");
    PostingAsMarkdown => ("Ilmoitus Markdown-muodossa", "Annonsen som Markdown", "The posting as Markdown");
    PostingAsJsonLd => ("JobPosting (JSON-LD)", "JobPosting (JSON-LD)", "JobPosting (JSON-LD)");
    PostingAsScript => ("JobPosting verkkosivun script-elementtinä", "JobPosting som script-element för en webbsida", "JobPosting as a web page's script element");
    DownloadsNeedValidDraft => ("Tiedostot voi ladata, kun luonnoksessa ei ole korjattavaa.", "Filerna kan laddas ner när utkastet inte har något att rätta.", "The files can be taken away once the draft has no problems.");
    NeedsDatePosted => ("tarvitsee julkaisupäivän ja virheettömät ilmoituksen tiedot", "behöver publiceringsdag och felfria annonsuppgifter", "needs a day of posting and posting details without problems");
    ErrorTitle => ("Virhe", "Fel", "Error");
    ErrorNotFound => ("Sivua tai luonnosta ei löytynyt.", "Sidan eller utkastet hittades inte.", "No such page or draft.");
    ErrorCsrf => ("Lomakkeen tarkiste ei täsmännyt. Lataa sivu uudelleen ja yritä uudestaan.", "Formulärets kontrollkod stämde inte. Ladda om sidan och försök igen.", "The form's token did not match. Reload the page and try again.");
    ErrorTooLarge => ("Lähetys on liian suuri.", "Det som skickades är för stort.", "What was sent is too large.");
    ErrorBadForm => ("Lomaketta ei voitu lukea.", "Formuläret kunde inte läsas.", "The form could not be read.");
    ErrorStorage => ("Luonnosten tallennus ei onnistunut. Mitään ei menetetty: yritä uudelleen.", "Utkasten kunde inte sparas. Inget gick förlorat: försök igen.", "The drafts could not be stored. Nothing was lost: try again.");
    MatchLead => ("Valitse pankin rekisteritiedosto (roster, JSON) ja ajanjakso. Tiedosto luetaan vain tätä hakua varten eikä sitä tallenneta. Kenenkään kokemustaustaa ei näytetä.",
        "Välj bankens registerfil (roster, JSON) och en period. Filen läses bara för den här sökningen och sparas inte. Ingens erfarenhetsbakgrund visas.",
        "Choose the bank's roster file (JSON) and a period. The file is read for this match only and never stored. No one's experience background is shown.");
    RosterFile => ("Rekisteritiedosto", "Registerfil", "Roster file");
    RosterHint => ("JSON-tiedosto peerwork-kirjaston roster-muodossa", "JSON-fil i peerwork-bibliotekets roster-format", "a JSON file in the peerwork roster format");
    PeriodStart => ("Jakso alkaa", "Perioden börjar", "Period from");
    PeriodEnd => ("Jakso päättyy", "Perioden slutar", "Period to");
    RunMatch => ("Etsi", "Sök", "Match");
    MatchNeedsValidDraft => ("Haku onnistuu, kun luonnoksessa ei ole korjattavaa.", "Sökningen fungerar när utkastet inte har något att rätta.", "Matching works once the draft has no problems.");
    PeriodEndsBeforeStart => ("Jakso päättyy ennen kuin se alkaa.", "Perioden slutar innan den börjar.", "The period ends before it starts.");
    GivePeriod => ("Anna jakson alku- ja loppupäivä.", "Ange periodens första och sista dag.", "Give the first and last day of the period.");
    RosterRefused => ("Rekisteritiedostoa ei voitu lukea", "Registerfilen kunde inte läsas", "The roster was refused");
    Candidates => ("Ehdokkaat", "Kandidater", "Candidates");
    Considered => ("Käytiin läpi", "Genomgångna", "Considered");
    Eligible => ("Täyttää edellytykset", "Uppfyller kraven", "Eligible");
    NoCandidates => ("Kukaan ei täytä kaikkia edellytyksiä. Katso alta, mikä yksittäinen edellytys rajaa eniten.", "Ingen uppfyller alla krav. Se nedan vilket enskilt krav som utesluter flest.", "No one meets every requirement. See below which single requirement rules out most.");
    WorkerId => ("Tunniste", "Id", "Id");
    Reasons => ("Perusteet", "Grunder", "Reasons");
    NearMisses => ("Melkein sopivat edellytyksittäin", "Nästan lämpliga per krav", "Near misses by requirement");
    NearMissesLead => ("Kuinka moni täyttäisi kaikki edellytykset yhtä lukuun ottamatta: mitä voisi joustaa tai keitä kouluttaa.", "Hur många som uppfyller alla krav utom ett: vad man kunde vara flexibel med eller vem man kunde utbilda.", "How many fail exactly one requirement: what to relax, or whom to train.");
    Requirement => ("Edellytys", "Krav", "Requirement");
    WorkersMissingOnlyThis => ("Vain tämä puuttuu", "Bara detta saknas", "Only this missing");
    TasksToTrain => ("Tehtävät, joihin melkein sopivat tarvitsisivat valmiuksia", "Uppgifter som de nästan lämpliga skulle behöva lära sig", "Tasks the near misses lack");
    SavedAsNewDraft => ("Luonnosta oli tallennettu muualla sen jälkeen, kun avasit sen. Muutoksesi tallennettiin tähän uuteen luonnokseen, joten mitään ei kadonnut.",
        "Utkastet hade sparats på annat håll efter att du öppnade det. Dina ändringar sparades i det här nya utkastet, så inget gick förlorat.",
        "The draft had been saved elsewhere since you opened it. Your changes were saved as this new draft, so nothing was lost.");
    TheOtherDraft => ("Avaa toinen luonnos", "Öppna det andra utkastet", "Open the other draft");
    BackToStart => ("Takaisin aloitukseen", "Tillbaka till start", "Back to the start");
}
