//! Dates as the app writes them in English ("3 Mar", "3 Mar 2026", "3 March 2026",
//! "Tue 3 Mar 2026").
//!
//! Written out by hand rather than with chrono's `format("%-d %b")`: the strftime
//! interpreter added about 10 KB to the wasm (twiggy), for four fixed patterns. The tests
//! check every pattern against chrono's own output.

use chrono::{Datelike, NaiveDate, Weekday};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// "Mon" … "Sun".
pub fn weekday_short(day: Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

fn month(day: NaiveDate) -> &'static str {
    MONTHS[day.month0() as usize]
}

/// "3 Mar" (chrono `%-d %b`).
pub fn day_month(day: NaiveDate) -> String {
    format!("{} {}", day.day(), &month(day)[..3])
}

/// "3 Mar 2026" (chrono `%-d %b %Y`).
pub fn day_month_year(day: NaiveDate) -> String {
    format!("{} {}", day_month(day), day.year())
}

/// "3 March 2026" (chrono `%-d %B %Y`).
pub fn long_date(day: NaiveDate) -> String {
    format!("{} {} {}", day.day(), month(day), day.year())
}

/// "Tue 3 Mar 2026" (chrono `%a %-d %b %Y`).
pub fn weekday_date(day: NaiveDate) -> String {
    format!("{} {}", weekday_short(day.weekday()), day_month_year(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_matches_chrono_on_every_day_of_two_years() {
        let mut day = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
        let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        while day >= first {
            assert_eq!(day_month(day), day.format("%-d %b").to_string());
            assert_eq!(day_month_year(day), day.format("%-d %b %Y").to_string());
            assert_eq!(long_date(day), day.format("%-d %B %Y").to_string());
            assert_eq!(weekday_date(day), day.format("%a %-d %b %Y").to_string());
            day = day.pred_opt().unwrap();
        }
    }
}
