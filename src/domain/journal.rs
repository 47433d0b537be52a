//! The runner's settings: distance units, named pairs of shoes, whether guided sessions
//! speak, and the country (for the emergency number).

use serde::{Deserialize, Serialize};

use super::runs::Units;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub units: Units,
    /// Shoe names offered in the run form (new names are added as they are typed).
    #[serde(default, deserialize_with = "super::limits::names")]
    pub shoes: Vec<String>,
    /// Guided sessions without sound or speech (vibration only), for a gym or a train.
    /// Left out of the record while off, so an older copy of the app still reads it.
    #[serde(default, skip_serializing_if = "super::triage::is_default")]
    pub quiet_sessions: bool,
    /// The programme's phase when the reminders' calendar file was last downloaded, so a
    /// change of phase can ask for a new one. Left out until a file is downloaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_phase: Option<super::programme::Phase>,
    /// The country the runner chose, for the emergency number and the words for places of
    /// care (`emergency`); until chosen, the browser's region decides. Two capital letters.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "country")]
    pub country: Option<String>,
}

fn country<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let code = Option::<String>::deserialize(d)?;
    match &code {
        Some(c) if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) => {
            Err(serde::de::Error::custom(format!("{c:?} is not a two-letter country code")))
        }
        _ => Ok(code),
    }
}
