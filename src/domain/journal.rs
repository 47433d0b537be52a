//! Journal settings: distance units and the runner's named pairs of shoes.

use serde::{Deserialize, Serialize};

use super::runs::Units;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub units: Units,
    /// Shoe names offered in the run form (new names are added as they are typed).
    #[serde(default, deserialize_with = "super::limits::names")]
    pub shoes: Vec<String>,
}
