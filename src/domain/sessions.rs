//! A finished (or ended) exercise session, as the player logs it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::exercises::ExerciseId;
use super::pain::PainScore;
use super::programme::Phase;
use super::rupture::RupturePhase;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionLog {
    /// Unique: the time it was saved, in milliseconds.
    pub id: u64,
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    /// The programme's phase; absent for a session of the pathway after a tear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// The phase of the pathway after a tear, for its sessions (`domain::rupture`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_tear: Option<RupturePhase>,
    /// Sets done per exercise.
    pub sets: Vec<(ExerciseId, u8)>,
    /// Worst pain during the session (pain-monitoring model, rule 1).
    pub pain_during: PainScore,
    /// Pain straight after (rule 2).
    pub pain_after: PainScore,
}

impl SessionLog {
    /// The phase the session belonged to, in words ("phase 2", "after the tear: phase 4").
    pub fn phase_words(&self) -> String {
        match (self.after_tear, self.phase) {
            (Some(p), _) => format!("after the tear, phase {}", p.number()),
            (None, Some(p)) => format!("phase {}", p.number()),
            (None, None) => String::new(),
        }
    }
}
