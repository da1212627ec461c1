//! [`ServiceArea`]: where a peer worker takes on work.

use core::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::error::quote;
use crate::municipality::Municipality;
use crate::validate::bounded_list;

use crate::bank::MAX_MUNICIPALITIES_SERVED;

/// Where a peer worker takes on work.
///
/// In JSON, `{"municipalities": ["092", "091"]}` or `"nationwide"`. A municipality is
/// written as its Statistics Finland code; reading also takes its Finnish or Swedish
/// name (`"Vantaa"`, `"Vanda"`), as [`Municipality`] does. A region (for example a
/// wellbeing services county) is given as the municipalities it covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ServiceArea {
    /// These municipalities: 1 to 64, each once.
    Municipalities(
        #[cfg_attr(
            feature = "schema",
            schemars(
                length(min = 1, max = MAX_MUNICIPALITIES_SERVED),
                extend("uniqueItems" = true)
            )
        )]
        Vec<Municipality>,
    ),
    /// Anywhere, for example remote work or an expert who travels.
    Nationwide,
}

impl ServiceArea {
    /// Whether the area includes `municipality`.
    ///
    /// ```
    /// use peerwork::{Municipality, ServiceArea};
    ///
    /// let jarvenpaa: Municipality = "Träskända".parse()?;
    /// let area = ServiceArea::Municipalities(vec![Municipality::VANTAA, jarvenpaa]);
    /// assert!(area.serves(jarvenpaa));
    /// assert!(!area.serves(Municipality::ESPOO));
    /// assert!(ServiceArea::Nationwide.serves(Municipality::ESPOO));
    /// # Ok::<(), peerwork::MunicipalityError>(())
    /// ```
    #[must_use]
    pub fn serves(&self, municipality: Municipality) -> bool {
        match self {
            Self::Nationwide => true,
            Self::Municipalities(served) => served.contains(&municipality),
        }
    }
}

/// The forms a service area is written in, for serde's messages.
const FORMS: &[&str] = &["municipalities", "nationwide"];

/// Reads the two forms of the schema, and nothing else: `{"nationwide": null}`, which a
/// derived reader would take for nationwide, is refused, as the schema refuses it. In a
/// record, the error names the field, `service_area`.
///
/// ```
/// use peerwork::ServiceArea;
///
/// let area: ServiceArea = serde_json::from_str(r#""nationwide""#)?;
/// assert_eq!(area, ServiceArea::Nationwide);
/// let err = serde_json::from_str::<ServiceArea>(r#"{"nationwide": null}"#).unwrap_err();
/// assert!(err.to_string().starts_with("nationwide is written as the string"));
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de> Deserialize<'de> for ServiceArea {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AreaVisitor)
    }
}

struct AreaVisitor;

impl<'de> Visitor<'de> for AreaVisitor {
    type Value = ServiceArea;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#""nationwide" or {"municipalities": [...]}"#)
    }

    fn visit_str<E: de::Error>(self, form: &str) -> Result<ServiceArea, E> {
        if form == "nationwide" {
            Ok(ServiceArea::Nationwide)
        } else {
            Err(E::unknown_variant(&quote(form), FORMS))
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ServiceArea, A::Error> {
        let area = match map.next_key::<AreaKey>()? {
            Some(AreaKey::Municipalities) => {
                ServiceArea::Municipalities(map.next_value_seed(MunicipalityList)?)
            }
            Some(AreaKey::Nationwide) => {
                return Err(de::Error::custom(
                    r#"nationwide is written as the string "nationwide", not as a key"#,
                ));
            }
            Some(AreaKey::Other(name)) => return Err(de::Error::unknown_variant(&name, FORMS)),
            None => return Err(de::Error::invalid_length(0, &self)),
        };
        if map.next_key::<IgnoredAny>()?.is_some() {
            return Err(de::Error::custom(
                "a service area holds one key, `municipalities`",
            ));
        }
        Ok(area)
    }
}

/// A key of a service area written as a map.
enum AreaKey {
    Municipalities,
    Nationwide,
    /// Another key, quoted.
    Other(String),
}

impl<'de> Deserialize<'de> for AreaKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = AreaKey;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("`municipalities`")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<AreaKey, E> {
                Ok(match key {
                    "municipalities" => AreaKey::Municipalities,
                    "nationwide" => AreaKey::Nationwide,
                    other => AreaKey::Other(quote(other)),
                })
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The list of municipalities, refused as soon as it is longer than its bound.
struct MunicipalityList;

impl<'de> DeserializeSeed<'de> for MunicipalityList {
    type Value = Vec<Municipality>;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Vec<Municipality>, D::Error> {
        bounded_list::<_, _, MAX_MUNICIPALITIES_SERVED>(deserializer)
    }
}
