//! A plain mirror of the job-description JSON shape (format version 2), without
//! validation.

// The fields are only deserialized, never read.
#![allow(dead_code)]

use core::fmt;

use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};

/// A text the same in every language (a string), or one per language code (an
/// object).
#[derive(Debug, Default)]
pub struct Text(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text, or texts by language")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text(vec![(String::new(), text.to_owned())]))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut texts = Vec::new();
                while let Some(entry) = map.next_entry::<String, String>()? {
                    texts.push(entry);
                }
                Ok(Text(texts))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mirror {
    format_version: u32,
    languages: Vec<String>,
    title: Text,
    employer: Employer,
    location: Location,
    setting: String,
    #[serde(default)]
    profiles: Vec<String>,
    tasks: Tasks,
    working_modes: Vec<String>,
    terms: Terms,
    #[serde(default)]
    support: Support,
    requirements: Requirements,
    #[serde(default)]
    works_with_minors: bool,
    #[serde(default)]
    onboarding: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Employer {
    organisation: Text,
    #[serde(default)]
    unit: Option<Text>,
    #[serde(default)]
    introduction: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Location {
    municipality: String,
    #[serde(default)]
    street_address: Option<Text>,
    #[serde(default)]
    postal_code: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Tasks {
    #[serde(default)]
    essential: Vec<String>,
    #[serde(default)]
    optional: Vec<String>,
    #[serde(default)]
    own: Vec<OwnTask>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnTask {
    id: String,
    label: Text,
    #[serde(default)]
    description: Option<Text>,
    audience: String,
    aim: String,
    category: String,
    essential: bool,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "form_of_work", rename_all = "snake_case", deny_unknown_fields)]
enum Terms {
    Volunteer {},
    FeeBased {
        assignments: Vec<Assignment>,
        #[serde(default)]
        fee_schedule: Option<FeeSchedule>,
    },
    Salaried {
        working_time_percent: u8,
        contract: Contract,
        #[serde(default)]
        trial_period: Option<Duration>,
        #[serde(default)]
        pay_basis: Option<Text>,
        #[serde(default)]
        pay: Option<Pay>,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Assignment {
    activity: String,
    #[serde(default)]
    hours: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeeSchedule {
    name: String,
    #[serde(default)]
    valid_from: Option<String>,
    rates: Vec<Rate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rate {
    activity: String,
    cents_per_hour: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pay {
    min: u64,
    #[serde(default)]
    max: Option<u64>,
    period: String,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum Contract {
    Permanent,
    FixedTerm { term: Term },
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Term {
    Duration(Duration),
    Dates { start: String, end: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Duration {
    amount: u16,
    unit: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Support {
    #[serde(default)]
    close_contact_employee: Option<CloseContactEmployee>,
    #[serde(default)]
    line_manager: Option<Text>,
    #[serde(default)]
    work_supervision: bool,
    #[serde(default)]
    work_pair: Option<WorkPair>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CloseContactEmployee {
    #[serde(default)]
    role: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkPair {
    professional_role: Text,
    #[serde(default)]
    line_manager: Option<Text>,
    professional_guides: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Requirements {
    required: Qualifications,
    #[serde(default)]
    desired: Qualifications,
    #[serde(default)]
    themes: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Qualifications {
    #[serde(default)]
    experience_backgrounds: Vec<String>,
    #[serde(default)]
    training: Option<Training>,
    #[serde(default)]
    languages: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum Training {
    KokoaStandard,
    Other {
        description: Text,
        #[serde(default)]
        hours: Option<u16>,
    },
}
