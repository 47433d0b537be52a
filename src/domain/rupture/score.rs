//! The rupture score: how much the tendon still limits the runner, on the structure of the
//! Achilles Tendon Total Rupture Score (Nilsson-Helander et al., AJSM 2007: ten items, 0–10
//! each, 100 = no limitation). It is not the ATRS: the items here are the app's own words,
//! and each is asked as "how much does it hold you back", 0 meaning not at all, like every
//! other scale in the app; the score is 100 minus their sum.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The ten items, in order.
pub const RUPTURE_ITEMS: [&str; 10] = [
    "Weakness in the calf, tendon or foot",
    "Tiredness in the calf",
    "Stiffness in the calf or tendon",
    "Pain in the calf or tendon",
    "Everyday life (getting about, at home and at work)",
    "Walking on uneven ground",
    "Walking quickly up stairs or a hill",
    "Running",
    "Jumping",
    "Hard physical work or sport",
];

/// One score, on one day: each item's limitation, 0 (none) to 10 (it stops me).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuptureScore {
    /// Unique: the time it was saved, in milliseconds.
    pub id: u64,
    #[serde(deserialize_with = "crate::domain::limits::date")]
    pub date: NaiveDate,
    #[serde(deserialize_with = "limits")]
    pub limits: [u8; 10],
}

fn limits<'de, D: serde::Deserializer<'de>>(d: D) -> Result<[u8; 10], D::Error> {
    let values = <[u8; 10]>::deserialize(d)?;
    match values.iter().find(|v| **v > 10) {
        Some(v) => Err(serde::de::Error::custom(format!("{v} is more than 10 on a 0 to 10 scale"))),
        None => Ok(values),
    }
}

impl RuptureScore {
    /// 0–100, 100 meaning no limitation at all.
    pub fn total(&self) -> u8 {
        100 - self.limits.iter().sum::<u8>()
    }
}

/// Days between scores the pathway suggests (every four weeks from week 6).
pub const SCORE_EVERY_DAYS: i64 = 28;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_is_100_minus_the_limits_and_out_of_range_is_refused() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(RuptureScore { id: 1, date: day, limits: [0; 10] }.total(), 100);
        assert_eq!(RuptureScore { id: 1, date: day, limits: [10; 10] }.total(), 0);
        assert_eq!(RuptureScore { id: 1, date: day, limits: [3, 2, 1, 4, 0, 0, 2, 8, 9, 6] }.total(), 65);
        let bad = r#"{"id":1,"date":"2026-12-01","limits":[0,0,0,0,0,0,0,0,0,11]}"#;
        assert!(serde_json::from_str::<RuptureScore>(bad).is_err());
        let short = r#"{"id":1,"date":"2026-12-01","limits":[0,0,0]}"#;
        assert!(serde_json::from_str::<RuptureScore>(short).is_err());
    }
}
