//! The limits a real runner's data can reach, checked the same way on every way in: the
//! forms, a backup's import and every read from storage (serde `deserialize_with`).
//! Nothing the app accepted can later overflow a date sum or a distance total, or panic:
//! dates stay within 1900–2200, so a few weeks either side is always a valid date; a run
//! is between 100 m and 500 km and at most a day long; texts and lists have a length.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use super::iso_date;

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(day) => day,
        None => panic!("a fixed, valid date"),
    }
}

/// The earliest date any record may carry.
pub const EARLIEST: NaiveDate = ymd(1900, 1, 1);
/// The latest date any record may carry (plans look ahead; nothing real is this far).
pub const LATEST: NaiveDate = ymd(2200, 12, 31);
/// A run's distance, in metres: 100 m to 500 km.
pub const MIN_RUN_METRES: u32 = 100;
pub const MAX_RUN_METRES: u32 = 500_000;
/// A run's time, in seconds: one minute to one day.
pub const MIN_RUN_SECONDS: u32 = 60;
pub const MAX_RUN_SECONDS: u32 = 86_400;
/// A free-text note, in characters.
pub const MAX_NOTE_CHARS: usize = 1_000;
/// A name (a pair of shoes), in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// Any list inside one record (the ladder's runs, a programme's step-ups, saved shoes).
pub const MAX_LIST: usize = 5_000;

/// `Ok` when the date is within [`EARLIEST`]..=[`LATEST`], else the reason in plain words.
pub fn plausible(day: NaiveDate) -> Result<NaiveDate, String> {
    if (EARLIEST..=LATEST).contains(&day) {
        Ok(day)
    } else {
        Err(format!("the date {day} is outside the years 1900 to 2200"))
    }
}

/// For things that happened (a run, a check-in, a test): not after tomorrow, which leaves
/// room for a phone in another time zone. Catches a typo in the year (2062 for 2026).
pub fn happened(day: NaiveDate, today: NaiveDate) -> Result<NaiveDate, String> {
    plausible(day)?;
    match today.succ_opt() {
        Some(tomorrow) if day > tomorrow => Err(format!("the date {day} is in the future")),
        _ => Ok(day),
    }
}

fn custom<E: serde::de::Error>(message: String) -> E {
    E::custom(message)
}

/// A date as stored (`2026-11-23`, read by `iso_date`), within the limits.
fn stored_date(text: &str) -> Result<NaiveDate, String> {
    match iso_date::parse(text) {
        Some(day) => plausible(day),
        None => Err(format!("{text:?} is not a date written as year-month-day")),
    }
}

/// serde: a date within the limits.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    stored_date(&String::deserialize(d)?).map_err(custom)
}

/// serde: an optional date within the limits.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(d)? {
        Some(text) => stored_date(&text).map(Some).map_err(custom),
        None => Ok(None),
    }
}

/// serde: a list of dates within the limits, of a bounded length.
pub fn dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    let days = bounded(Vec::<String>::deserialize(d)?).map_err(custom)?;
    days.iter().map(|text| stored_date(text).map_err(custom)).collect()
}

/// A list no longer than [`MAX_LIST`].
pub fn bounded<T>(list: Vec<T>) -> Result<Vec<T>, String> {
    if list.len() > MAX_LIST {
        Err(format!("a list of {} entries is longer than the {MAX_LIST} the app keeps", list.len()))
    } else {
        Ok(list)
    }
}

/// serde: any list of a bounded length.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    bounded(Vec::<T>::deserialize(d)?).map_err(custom)
}

/// A text no longer than `max` characters.
pub fn short_text(text: &str, max: usize) -> Result<(), String> {
    let n = text.chars().count();
    if n > max {
        Err(format!("a text of {n} characters is longer than the {max} the app keeps"))
    } else {
        Ok(())
    }
}

/// serde: a note of at most [`MAX_NOTE_CHARS`].
pub fn note<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    short_text(&text, MAX_NOTE_CHARS).map_err(custom)?;
    Ok(text)
}

/// serde: an optional name of at most [`MAX_NAME_CHARS`].
pub fn opt_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let name = Option::<String>::deserialize(d)?;
    if let Some(n) = &name {
        short_text(n, MAX_NAME_CHARS).map_err(custom)?;
    }
    Ok(name)
}

/// How many named pairs of shoes the run form offers at most.
pub const MAX_SHOES: usize = 200;

/// serde: the saved shoe names: at most [`MAX_SHOES`], each a short name.
pub fn names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let names = Vec::<String>::deserialize(d)?;
    if names.len() > MAX_SHOES {
        return Err(custom(format!("{} shoe names is more than the {MAX_SHOES} the app keeps", names.len())));
    }
    for n in &names {
        short_text(n, MAX_NAME_CHARS).map_err(custom)?;
    }
    Ok(names)
}

/// serde: a run's distance within the limits.
pub fn run_metres<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let m = u32::deserialize(d)?;
    if (MIN_RUN_METRES..=MAX_RUN_METRES).contains(&m) {
        Ok(m)
    } else {
        Err(custom(format!("a run of {m} m is outside 100 m to 500 km")))
    }
}

/// serde: a run's time within the limits.
pub fn run_seconds<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let s = u32::deserialize(d)?;
    if (MIN_RUN_SECONDS..=MAX_RUN_SECONDS).contains(&s) {
        Ok(s)
    } else {
        Err(custom(format!("a run of {s} s is outside one minute to one day")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_at_the_limits_and_just_past_them() {
        assert!(plausible(EARLIEST).is_ok());
        assert!(plausible(LATEST).is_ok());
        assert!(plausible(EARLIEST.pred_opt().unwrap()).is_err());
        assert!(plausible(LATEST.succ_opt().unwrap()).is_err());
        assert!(plausible(NaiveDate::MAX).is_err());
        assert!(plausible(NaiveDate::MIN).is_err());
        // Anything within the limits survives a year of arithmetic either way.
        for day in [EARLIEST, LATEST] {
            assert!(day.checked_sub_days(chrono::Days::new(366)).is_some());
            assert!(day.checked_add_days(chrono::Days::new(366)).is_some());
        }
    }

    #[test]
    fn things_that_happened_are_not_after_tomorrow() {
        let today = ymd(2026, 11, 23);
        assert!(happened(ymd(2026, 11, 24), today).is_ok());
        assert!(happened(ymd(2026, 11, 25), today).is_err());
        assert!(happened(ymd(2062, 11, 23), today).unwrap_err().contains("future"));
    }

    #[test]
    fn serde_refuses_what_the_forms_refuse() {
        #[derive(Deserialize, Debug)]
        struct Run {
            #[serde(deserialize_with = "run_metres")]
            _m: u32,
        }
        assert!(serde_json::from_str::<Run>(r#"{"_m":100}"#).is_ok());
        assert!(serde_json::from_str::<Run>(r#"{"_m":99}"#).is_err());
        assert!(serde_json::from_str::<Run>(r#"{"_m":4294967295}"#).is_err());
        #[derive(Deserialize, Debug)]
        struct Day {
            #[serde(deserialize_with = "date")]
            _d: NaiveDate,
        }
        assert!(serde_json::from_str::<Day>(r#"{"_d":"+262143-12-31"}"#).is_err());
        assert!(serde_json::from_str::<Day>(r#"{"_d":"2026-11-23"}"#).is_ok());
    }
}
