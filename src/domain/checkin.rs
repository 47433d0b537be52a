//! The morning check-in: stiffness and pain on getting up, one per local calendar day.
//! The day is a `NaiveDate` chosen on the device, so a DST change or a flight never splits
//! or merges a day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::pain::PainScore;

/// Longest morning stiffness the app records (a whole morning).
pub const MAX_STIFFNESS_MINUTES: u16 = 240;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    #[serde(deserialize_with = "stiffness")]
    pub stiffness_minutes: u16,
    pub pain: PainScore,
    #[serde(default, deserialize_with = "super::limits::note")]
    pub note: String,
}

fn stiffness<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let minutes = u16::deserialize(d)?;
    if minutes > MAX_STIFFNESS_MINUTES {
        return Err(serde::de::Error::custom(format!(
            "stiffness must be 0 to {MAX_STIFFNESS_MINUTES} minutes, not {minutes}"
        )));
    }
    Ok(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_checks_every_field() {
        let ok = r#"{"date":"2026-03-29","stiffness_minutes":20,"pain":3}"#;
        let c: CheckIn = serde_json::from_str(ok).unwrap();
        assert_eq!((c.stiffness_minutes, c.pain.value(), c.note.as_str()), (20, 3, ""));
        for bad in [
            r#"{"date":"2026-02-30","stiffness_minutes":20,"pain":3}"#,
            r#"{"date":"2026-03-29","stiffness_minutes":241,"pain":3}"#,
            r#"{"date":"2026-03-29","stiffness_minutes":20,"pain":11}"#,
            r#"{"date":"2026-03-29","stiffness_minutes":20,"pain":3,"mood":"ok"}"#,
        ] {
            assert!(serde_json::from_str::<CheckIn>(bad).is_err(), "{bad}");
        }
    }
}
