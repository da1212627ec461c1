//! [`Source`] and [`Citation`]: where the model's facts come from.

use core::fmt;

use serde::Serialize;

model_enum! {
/// A source document of the model.
#[non_exhaustive]
pub enum Source {
    /// **\[V\]** Franz-Koivisto, L. (2018). *Creating a Model for the Peer Worker Job
    /// Description in the City of Vantaa Social Services for Adults.* City of Vantaa,
    /// project *Municipal Strategies to Prevent Homelessness* (AKU, 2016–2019).
    Vantaa2018,
    /// **\[T\]** *Kokemusasiantuntijan ja ammattilaisen yhteistyö — Työparimalliopas*
    /// (guide to the work-pair model). Nuorisoasuntoliitto, KATU project.
    WorkPairGuide,
}
}

impl Source {
    /// The short key used in citations: `[V]` or `[T]`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::Vantaa2018 => "[V]",
            Self::WorkPairGuide => "[T]",
        }
    }

    /// The full bibliographic reference.
    #[must_use]
    pub const fn reference(self) -> &'static str {
        match self {
            Self::Vantaa2018 => {
                "Franz-Koivisto, L. (2018). Creating a Model for the Peer Worker Job Description \
                 in the City of Vantaa Social Services for Adults. City of Vantaa, project \
                 Municipal Strategies to Prevent Homelessness (AKU, 2016-2019)."
            }
            Self::WorkPairGuide => {
                "Kokemusasiantuntijan ja ammattilaisen yhteistyö - Työparimalliopas. \
                 Nuorisoasuntoliitto, KATU project."
            }
        }
    }
}

/// A place in a source document.
///
/// ```
/// use peerwork::Task;
///
/// let first = Task::ListensToClients.citations()[0];
/// assert_eq!(first.to_string(), "[V] common core, item 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Citation {
    /// The document.
    pub source: Source,
    /// Where in the document, for example `"The Caretaker, duty 4"`.
    pub place: &'static str,
}

impl Citation {
    /// A place in the Vantaa report **\[V\]**.
    #[must_use]
    pub const fn vantaa(place: &'static str) -> Self {
        Self {
            source: Source::Vantaa2018,
            place,
        }
    }

    /// A place in the work-pair guide **\[T\]**.
    #[must_use]
    pub const fn work_pair_guide(place: &'static str) -> Self {
        Self {
            source: Source::WorkPairGuide,
            place,
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.source.key(), self.place)
    }
}
