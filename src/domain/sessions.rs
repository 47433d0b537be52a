//! A finished (or ended) exercise session, as the player logs it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::exercises::ExerciseId;
use super::pain::PainScore;
use super::programme::Phase;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionLog {
    /// Unique: the time it was saved, in milliseconds.
    pub id: u64,
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    pub phase: Phase,
    /// Sets done per exercise.
    pub sets: Vec<(ExerciseId, u8)>,
    /// Worst pain during the session (pain-monitoring model, rule 1).
    pub pain_during: PainScore,
    /// Pain straight after (rule 2).
    pub pain_after: PainScore,
}
