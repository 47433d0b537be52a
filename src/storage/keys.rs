//! How keys are spelled. Every key the app owns starts with [`USER_PREFIX`]; a
//! collection's key ends with its item's id or date ([`KeyPart`]), read back only in the
//! spelling the app writes.

use std::fmt::Display;

use chrono::NaiveDate;

use crate::domain::iso_date;

/// Every key the app owns starts with this, so "delete everything" and backups find them all.
pub const USER_PREFIX: &str = "achilles.";

/// The end of a collection's key: written with `Display`, read back only in that exact
/// spelling, as "007" would alias "7".
pub trait KeyPart: Copy + PartialEq + Display {
    fn parse_key(s: &str) -> Option<Self>;
}

// Both checks run on every key at start-up (thousands with years of data), so they test
// the characters instead of formatting the number or date back to compare.

/// An id as `u64`'s `to_string` writes it: digits only, no leading zero.
impl KeyPart for u64 {
    fn parse_key(s: &str) -> Option<u64> {
        let digits = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
        if digits {
            s.parse().ok()
        } else {
            None
        }
    }
}

/// A date as `NaiveDate`'s `to_string` writes it: `YYYY-MM-DD` for years 0 to 9999, and a
/// signed year beyond those (checked the slow way, formatted back: no app writes one).
impl KeyPart for NaiveDate {
    fn parse_key(s: &str) -> Option<NaiveDate> {
        let day = iso_date::parse(s)?;
        // `iso_date` reads exactly two digits of month and day and at least four of the
        // year, so ten characters are an unsigned four-digit year: as `to_string` writes it.
        (s.len() == 10 || day.to_string() == s).then_some(day)
    }
}

#[cfg(test)]
mod tests {
    use super::super::records::{CheckDraft, CheckIns, StoredKey};
    use super::super::schema::{Collection, Record};
    use super::*;

    #[test]
    fn stored_keys_parse_strictly() {
        assert_eq!(StoredKey::parse("achilles.check-draft"), Some(StoredKey::CheckDraft));
        assert_eq!(StoredKey::parse("achilles.check.42"), Some(StoredKey::Check(42)));
        for bad in [
            "achilles.check.",
            "achilles.check.042",
            "achilles.check.+4",
            "achilles.check.x",
            "other.check.1",
            "achilles.runs",
        ] {
            assert_eq!(StoredKey::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_key_reads_back_as_it_is_written() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for (key, text) in [
            (StoredKey::CheckDraft, CheckDraft::KEY.to_string()),
            (StoredKey::Check(7), "achilles.check.7".into()),
            (StoredKey::CheckIn(date), "achilles.checkin.2026-11-23".into()),
            (StoredKey::HeelRise(0), "achilles.heel-rise.0".into()),
        ] {
            assert_eq!(key.to_string(), text);
            assert_eq!(StoredKey::parse(&text), Some(key));
        }
    }

    #[test]
    fn stored_keys_are_canonical_exactly_when_they_format_back_the_same() {
        // The fast character checks against the definition: what `to_string` writes back.
        let by_definition = |key: &str| {
            let s = key.strip_prefix(CheckIns::PREFIX)?;
            s.parse::<NaiveDate>().ok().filter(|d| d.to_string() == s)
        };
        let mut candidates: Vec<String> = [
            "2026-11-22",
            "2026-1-22",
            "2026-11-2",
            "2026-02-30",
            "0000-01-01",
            "9999-12-31",
            "+10000-01-01",
            "-0001-12-31",
            "+2026-11-22",
            "2026/11/22",
            "2026-11-22 ",
            " 2026-11-22",
            "20261122",
            "2026-11-22T00",
            "",
            "a026-11-22",
            "2026-W47-7",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut day = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        while day < NaiveDate::from_ymd_opt(2029, 1, 1).unwrap() {
            candidates.push(day.to_string());
            day = day.succ_opt().unwrap();
        }
        for s in candidates {
            let key = format!("achilles.checkin.{s}");
            assert_eq!(StoredKey::parse(&key), by_definition(&key).map(StoredKey::CheckIn), "{key}");
        }
        for s in ["0", "7", "07", "00", "+7", "-7", "18446744073709551615", "18446744073709551616", "1 ", "1e3", ""] {
            let key = format!("achilles.run.{s}");
            let expected = s.parse::<u64>().ok().filter(|n| n.to_string() == s).map(StoredKey::Run);
            assert_eq!(StoredKey::parse(&key), expected, "{key}");
        }
    }
}
