//! [`WorkingMode`]: how a peer worker meets clients.

use crate::source::Citation;

model_enum! {
/// How a peer worker meets clients.
///
/// The Vantaa pilot found that joining the employees' client meetings worked in every
/// unit, that one-to-one meetings by appointment were possible but secondary, and that
/// all four peer workers found it best to go where the clients are: where they wait or
/// spend time \[V\]. A healthcare-style referral system was tried and dropped as too
/// bureaucratic and slow \[V\]; a post may still name it, and
/// [`JobDescription::review`](crate::JobDescription::review) questions it.
#[non_exhaustive]
pub enum WorkingMode {
    /// Joining employees' client meetings: the mode every pilot unit preferred \[V\].
    JoiningClientMeetings,
    /// One-to-one meetings with clients by appointment, where it feels natural \[V\].
    OneToOneByAppointment,
    /// Outreach: going where clients wait or spend time, such as waiting rooms, the
    /// street or food-bank queues \[V\].
    Outreach,
    /// Being present in a drop-in centre or walk-in service \[V\].
    DropInPresence,
    /// Taking part in the everyday life of the places where clients live: free-form
    /// meetings, shared meals and events in housing units \[V\].
    EverydayPresence,
    /// Clients referred to the peer worker by employees, as in health care; tried in
    /// the pilot and dropped as too bureaucratic and slow \[V\].
    Referral,
}
}

impl WorkingMode {
    /// Where the report describes the mode.
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::JoiningClientMeetings | Self::OneToOneByAppointment | Self::Referral => {
                Citation::vantaa("Working on the model")
            }
            Self::Outreach => Citation::vantaa("Working on the model; The Bridge Builder"),
            Self::DropInPresence => Citation::vantaa("The Caretaker; The Bridge Builder"),
            Self::EverydayPresence => Citation::vantaa("The Storyteller"),
        }
    }
}

crate::i18n::vocabulary!(WorkingMode, "working_mode", [
    JoiningClientMeetings => ("osallistuminen työntekijöiden asiakastapaamisiin", "deltagande i de anställdas klientmöten", "joining employees' client meetings");
    OneToOneByAppointment => ("kahdenkeskiset tapaamiset sovitusti", "enskilda möten enligt överenskommelse", "one-to-one meetings by appointment");
    Outreach => ("jalkautuminen sinne, missä asiakkaat ovat", "uppsökande arbete där klienterna finns", "outreach: going where clients are"),
        described (
            "Asiakkaiden kohtaaminen siellä, missä he odottavat tai viettävät aikaa, esimerkiksi odotustiloissa, kadulla tai ruoka-avun jonoissa.",
            "Att möta klienterna där de väntar eller vistas, till exempel i väntrum, på gatan eller i köer till matutdelningen.",
            "Meeting clients where they wait or spend time, such as waiting rooms, the street or food-bank queues."
        );
    DropInPresence => ("läsnäolo kohtaamispaikassa", "närvaro på en öppen mötesplats", "drop-in presence"),
        described (
            "Läsnäolo matalan kynnyksen kohtaamispaikassa tai palvelupisteessä, johon asiakkaat tulevat ilman ajanvarausta.",
            "Närvaro på en lågtröskelmötesplats eller servicepunkt dit klienterna kommer utan tidsbokning.",
            "Being present in a drop-in centre or walk-in service that clients visit without an appointment."
        );
    EverydayPresence => ("mukanaolo asukkaiden arjessa", "närvaro i de boendes vardag", "taking part in clients' everyday life"),
        described (
            "Vapaamuotoiset kohtaamiset, yhteiset ateriat ja tapahtumat asumisyksiköissä.",
            "Informella möten, gemensamma måltider och evenemang i boendeenheterna.",
            "Free-form meetings, shared meals and events in housing units."
        );
    Referral => ("lähetekäytäntö", "remiss av klienter till erfarenhetsexperten", "referral of clients to the peer worker"),
        described (
            "Työntekijät lähettävät asiakkaita kokemusasiantuntijan vastaanotolle terveydenhuollon tapaan. Vantaan kokeilussa malli todettiin liian byrokraattiseksi ja hitaaksi.",
            "De anställda remitterar klienter till erfarenhetsexperten på samma sätt som inom hälso- och sjukvården. I Vandaförsöket visade sig modellen vara för byråkratisk och långsam.",
            "Employees refer clients to the peer worker, as in health care. The Vantaa pilot found it too bureaucratic and slow."
        );
]);
