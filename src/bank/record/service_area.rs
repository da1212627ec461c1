//! [`ServiceArea`]: where a peer worker takes on work.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use crate::job::MAX_NAME_CHARS;
use crate::validate::bounded_list;

use crate::bank::MAX_MUNICIPALITIES_SERVED;

/// Where a peer worker takes on work.
///
/// In JSON, `{"municipalities": ["Vantaa", "Helsinki"]}` or `"nationwide"`. A region
/// (for example a wellbeing services county) is given as the municipalities it covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ServiceArea {
    /// These municipalities, each once (names are compared without regard to case and
    /// surrounding white space); 1 to 64 names, each one line of 1 to 200 characters.
    Municipalities(
        #[serde(deserialize_with = "bounded_list::<_, _, MAX_MUNICIPALITIES_SERVED>")]
        #[cfg_attr(
            feature = "schema",
            schemars(
                length(min = 1, max = MAX_MUNICIPALITIES_SERVED),
                inner(
                    length(min = 1, max = MAX_NAME_CHARS),
                    pattern(crate::validate::TEXT_PATTERN)
                ),
                extend("uniqueItems" = true)
            )
        )]
        Vec<String>,
    ),
    /// Anywhere, for example remote work or an expert who travels.
    Nationwide,
}

impl ServiceArea {
    /// Whether the area includes `municipality`, compared without regard to case and
    /// surrounding white space.
    ///
    /// ```
    /// use peerwork::ServiceArea;
    ///
    /// let area = ServiceArea::Municipalities(vec!["Vantaa".into(), "Järvenpää".into()]);
    /// assert!(area.serves("JÄRVENPÄÄ"));
    /// assert!(!area.serves("Espoo"));
    /// assert!(ServiceArea::Nationwide.serves("Espoo"));
    /// ```
    #[must_use]
    pub fn serves(&self, municipality: &str) -> bool {
        match self {
            Self::Nationwide => true,
            Self::Municipalities(names) => {
                let wanted = normalize_municipality(municipality);
                names
                    .iter()
                    .any(|name| normalize_municipality(name) == wanted)
            }
        }
    }
}

/// A municipality name as the bank compares it: trimmed and in lower case.
pub(in crate::bank) fn normalize_municipality(name: &str) -> String {
    name.trim().to_lowercase()
}
