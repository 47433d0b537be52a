//! Pain on the 0–10 scale the whole app shares: triage, sessions, check-ins and runs.
//!
//! The bands are those of the pain-monitoring model (Silbernagel 2007): 0–2 safe,
//! 3–5 acceptable, above 5 too much.

use serde::{Deserialize, Serialize};

/// A pain rating from 0 (none) to 10 (worst imaginable). It cannot hold anything else:
/// decoding 11 or -1 is an error, not a clamp, so a bad import never slips through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PainScore(u8);

/// The pain-monitoring model's three bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PainBand {
    Safe,
    Acceptable,
    TooMuch,
}

impl PainScore {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    pub fn band(self) -> PainBand {
        match self.0 {
            0..=2 => PainBand::Safe,
            3..=5 => PainBand::Acceptable,
            _ => PainBand::TooMuch,
        }
    }
}

impl TryFrom<u8> for PainScore {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("pain must be between 0 and 10, not {value}"))
    }
}

impl From<PainScore> for u8 {
    fn from(p: PainScore) -> u8 {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_follow_the_pain_monitoring_model() {
        let band = |v| PainScore::new(v).unwrap().band();
        assert_eq!(band(0), PainBand::Safe);
        assert_eq!(band(2), PainBand::Safe);
        assert_eq!(band(3), PainBand::Acceptable);
        assert_eq!(band(5), PainBand::Acceptable);
        assert_eq!(band(6), PainBand::TooMuch);
        assert_eq!(band(10), PainBand::TooMuch);
    }

    #[test]
    fn out_of_range_is_rejected_not_clamped() {
        assert!(PainScore::new(11).is_none());
        assert!(serde_json::from_str::<PainScore>("11").is_err());
        assert!(serde_json::from_str::<PainScore>("2.5").is_err());
        assert_eq!(serde_json::from_str::<PainScore>("7").unwrap().value(), 7);
    }
}
