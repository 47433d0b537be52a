//! Importing the same run twice adds nothing: a run already in the log (imported before,
//! or typed by hand) is recognised by its start and distance.

use chrono::NaiveDate;

/// Starts this close are one run (a watch and a phone started a moment apart).
pub const SAME_START_SECONDS: i64 = 5 * 60;
/// Distances this close are one run (two devices measure a route a little differently).
pub const SAME_DISTANCE: f64 = 0.02;

/// A run as the comparison needs it: its start when known (imported runs), else its day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Key {
    pub started_unix: Option<i64>,
    pub date: NaiveDate,
    pub metres: f64,
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= SAME_DISTANCE * a.max(b)
}

/// Is `new` the same run as `old`? With both starts known, they must be within five
/// minutes; a run typed by hand has only its date, so the same date is enough. Either
/// way the distances must agree within 2%.
pub fn same_run(old: &Key, new: &Key) -> bool {
    let same_time = match (old.started_unix, new.started_unix) {
        (Some(a), Some(b)) => (a - b).abs() <= SAME_START_SECONDS,
        _ => old.date == new.date,
    };
    same_time && near(old.metres, new.metres)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(started: Option<i64>, day: u32, metres: f64) -> Key {
        Key { started_unix: started, date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(), metres }
    }

    #[test]
    fn within_five_minutes_and_two_percent() {
        let old = key(Some(1_000_000), 20, 10_000.0);
        assert!(same_run(&old, &key(Some(1_000_000 + 300), 20, 10_199.0)));
        assert!(!same_run(&old, &key(Some(1_000_000 + 301), 20, 10_000.0)), "six minutes apart");
        assert!(!same_run(&old, &key(Some(1_000_000), 20, 10_210.0)), "2.1% longer");
    }

    #[test]
    fn a_run_typed_by_hand_matches_on_its_date() {
        let typed = key(None, 20, 5_000.0);
        assert!(same_run(&typed, &key(Some(1), 20, 5_080.0)));
        assert!(!same_run(&typed, &key(Some(1), 21, 5_000.0)));
        assert!(!same_run(&typed, &key(Some(1), 20, 6_000.0)), "a second, longer run that day");
    }
}
