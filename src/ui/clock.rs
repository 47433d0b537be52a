//! The browser's clock and calendar, in one place. Days are local calendar dates
//! (`NaiveDate`), so a DST change or travel never splits or merges a day.

use chrono::NaiveDate;

/// Today's local calendar date (see `domain::trends::local_day` for why a local date).
pub fn today() -> NaiveDate {
    let now = chrono::Local::now();
    crate::domain::trends::local_day(now.to_utc(), *now.offset())
}

pub fn now_ms() -> u64 {
    chrono::Utc::now().timestamp_millis().max(0) as u64
}

/// "Sun 22 Nov 2026".
pub fn format_day(day: NaiveDate) -> String {
    crate::domain::day_names::weekday_date(day)
}

/// The current moment as an RFC 3339 timestamp in UTC ("2026-11-22T08:15:00Z").
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
