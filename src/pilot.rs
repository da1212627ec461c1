//! Facts of the Vantaa pilot and of the field around it: what the pilot achieved, where
//! peer workers are found, how a peer-worker bank can be run, and the first permanent
//! municipal post.

use serde::Serialize;

use crate::source::Citation;

/// What one peer worker of the pilot reported over the three months \[V\].
///
/// The report gives one range for all four peer workers, not one per profile, and the
/// figures are the peer workers' own estimates; so every profile has the same outcome
/// ([`Profile::pilot_outcome`](crate::Profile::pilot_outcome)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct PilotOutcome {
    /// Individual client cases the peer worker took part in or commented on: 2 to 5.
    pub client_cases: [u16; 2],
    /// People the peer worker talked to or trained: some 30 to 50.
    pub people_talked_to_or_trained: [u16; 2],
    /// Client meetings: 30 to 80.
    pub client_meetings: [u16; 2],
    /// Whether the figures are the peer workers' own estimates: they are.
    pub self_reported: bool,
    /// Where the report gives them.
    pub citation: Citation,
}

/// The outcome of each pilot post \[V\].
pub const PILOT_OUTCOME: PilotOutcome = PilotOutcome {
    client_cases: [2, 5],
    people_talked_to_or_trained: [30, 50],
    client_meetings: [30, 80],
    self_reported: true,
    citation: Citation::vantaa("Results / models"),
};

/// The survey of the staff of the pilot units \[V\].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct StaffSurvey {
    /// Questionnaires returned: 14, a low share of those handed out.
    pub responses: u16,
    /// Whether every response was positive about peer workers: yes.
    pub all_positive: bool,
    /// Where the report gives it.
    pub citation: Citation,
}

/// The staff survey of the pilot \[V\].
pub const STAFF_SURVEY: StaffSurvey = StaffSurvey {
    responses: 14,
    all_positive: true,
    citation: Citation::vantaa("Towards creating a model"),
};

/// Finland's first permanent municipal peer-worker post: Vantaa, January 2018,
/// substance-abuse work in health services \[V\] \[T\].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FirstPermanentPost {
    /// The year the post was created.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The municipality's Statistics Finland code: Vantaa, `092`.
    pub municipality: &'static str,
    /// The field of the post.
    pub field: &'static str,
    /// Where the sources name it.
    pub citations: &'static [Citation],
}

/// The first permanent municipal peer-worker post.
pub const FIRST_PERMANENT_POST: FirstPermanentPost = FirstPermanentPost {
    year: 2018,
    month: 1,
    municipality: "092",
    field: "substance-abuse work in health services",
    citations: &[
        Citation::vantaa("Peer workers in the Finnish services system"),
        Citation::work_pair_guide(
            "VVA ry: Kokema-tiimi (ensimmäinen kokemusasiantuntijan vakanssi)",
        ),
    ],
};

model_enum! {
/// How a peer-worker bank can be run \[V\].
#[non_exhaustive]
pub enum BankModel {
    /// Run by the third sector, from which municipalities hire trained peer workers:
    /// the model the report recommends, for its experience and flexibility.
    ThirdSector,
    /// The Eksote model: the joint municipal authority itself coordinates peer workers
    /// and supplies them for jobs.
    JointMunicipalAuthority,
}
}

impl BankModel {
    /// Whether the report recommends this model: the third-sector bank.
    #[must_use]
    pub const fn recommended(self) -> bool {
        matches!(self, Self::ThirdSector)
    }

    /// Where the report describes it.
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::vantaa("Summary and future plans")
    }
}

model_enum! {
/// Where organisations find experts by experience \[T\].
#[non_exhaustive]
pub enum ExpertSource {
    /// Kokoa ry's national bank of trained experts by experience.
    KokoaNationalBank,
    /// Vantaa's KAP project, whose bank the city orders experts from for tasks it
    /// defines.
    VantaaKapBank,
    /// The Rikoksista irti network of experience workers with a criminal background,
    /// founded in 2018; it also trains professionals.
    RikoksistaIrtiNetwork,
    /// The KEIJO training for people with a criminal background.
    KeijoTraining,
    /// Siltavalmennus's Veijo project, which trains experts with a criminal background
    /// around Finland.
    VeijoProject,
}
}

impl ExpertSource {
    /// Where the guide names it.
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::VantaaKapBank => Citation::work_pair_guide("KAP-hanke"),
            Self::KokoaNationalBank
            | Self::RikoksistaIrtiNetwork
            | Self::KeijoTraining
            | Self::VeijoProject => Citation::work_pair_guide(
                "Mistä löydän kokemusasiantuntijan? (where to find experts)",
            ),
        }
    }
}

crate::i18n::vocabulary!(BankModel, "bank_model", [
    ThirdSector => ("kolmannen sektorin ylläpitämä kokemusasiantuntijapankki", "en erfarenhetsexpertbank som drivs av tredje sektorn", "a peer-worker bank run by the third sector");
    JointMunicipalAuthority => ("Eksoten malli: kuntayhtymä koordinoi kokemusasiantuntijatoimintaa ja välittää kokemusasiantuntijoita", "Eksote-modellen: samkommunen samordnar erfarenhetsexperterna", "the Eksote model: the joint municipal authority coordinates peer workers");
]);

crate::i18n::vocabulary!(ExpertSource, "expert_source", [
    KokoaNationalBank => ("Kokoa ry:n valtakunnallinen kokemusasiantuntijapankki", "Kokoa ry:s riksomfattande bank av erfarenhetsexperter", "Kokoa ry's national expert bank");
    VantaaKapBank => ("Vantaan KAP-hankkeen kokemusasiantuntijapankki", "KAP-projektets bank av erfarenhetsexperter i Vanda", "the KAP project's expert bank in Vantaa");
    RikoksistaIrtiNetwork => ("Rikoksista irti -verkosto", "nätverket Rikoksista irti", "the Rikoksista irti network");
    KeijoTraining => ("Keijo-koulutus", "Keijo-utbildningen", "the KEIJO training");
    VeijoProject => ("Siltavalmennuksen Veijo-hanke", "Siltavalmennus Veijo-projekt", "Siltavalmennus's Veijo project");
]);
