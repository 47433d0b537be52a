//! A Strava bulk export's `activities.csv`: one row per activity.
//!
//! Its quirks (Strava's "Exporting your data and bulk export" help page, and real exports):
//! column names repeat: the first "Distance" is in km (miles for some accounts), a later
//! one in metres, and "Elapsed Time" appears twice; "Activity Date" reads like
//! "Oct 5, 2014, 4:15:21 PM", in UTC though no zone is written; quoted fields may hold
//! commas and line breaks; "Filename" names the activity's own file in the zip.

use chrono::{NaiveDate, NaiveTime};

use super::{Skip, Sport, Summary, When};

/// One row's outcome: a run, or the reason it is not one, with the file it names.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub filename: Option<String>,
    pub outcome: Result<Summary, Skip>,
}

/// RFC 4180 records: fields split at commas, quotes doubled inside quoted fields.
pub fn records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// "Oct 5, 2014, 4:15:21 PM" as UTC.
pub fn activity_date(text: &str) -> Option<When> {
    let mut parts = text.split(',').map(str::trim);
    let (month_day, year, time) = (parts.next()?, parts.next()?, parts.next()?);
    let (month, day) = month_day.split_once(' ')?;
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let month = MONTHS.iter().position(|m| month.len() >= 3 && month[..3].eq_ignore_ascii_case(m))? as u32 + 1;
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.trim().parse().ok()?)?;
    let (clock, half) = time.split_once(' ').map_or((time, ""), |(c, h)| (c, h.trim()));
    let mut hms = clock.split(':').map(|n| n.parse::<u32>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next().flatten().unwrap_or(0));
    let h = match (half.to_ascii_uppercase().as_str(), h) {
        ("AM", 12) => 0,
        ("PM", h) if h < 12 => h + 12,
        (_, h) => h,
    };
    let t = date.and_time(NaiveTime::from_hms_opt(h, m, s)?);
    Some(When { unix_millis: t.and_utc().timestamp_millis(), offset_minutes: None })
}

fn number(text: &str) -> Option<f64> {
    crate::domain::decimal::parse(&text.trim().replace(',', "")).filter(|n| *n >= 0.0)
}

/// Every row of the file, or `Err` when it is not a Strava activities list.
pub fn rows(text: &str) -> Result<Vec<Row>, Skip> {
    let mut records = records(text).into_iter();
    let header = records.next().ok_or(Skip::Empty)?;
    let all = |name: &str| -> Vec<usize> {
        header.iter().enumerate().filter(|(_, h)| h.trim() == name).map(|(i, _)| i).collect()
    };
    let (date, kind) = (all("Activity Date"), all("Activity Type"));
    let (distance, elapsed, moving, file) = (all("Distance"), all("Elapsed Time"), all("Moving Time"), all("Filename"));
    if date.is_empty() || kind.is_empty() || distance.is_empty() {
        return Err(Skip::Unreadable);
    }
    let rows = records
        .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
        .map(|r| {
            let get = |i: &usize| r.get(*i).map(String::as_str).filter(|s| !s.trim().is_empty());
            let filename = file.first().and_then(get).map(str::to_string);
            let outcome = (|| {
                let sport = Sport::from_name(get(&kind[0]).unwrap_or(""));
                if sport != Sport::Running {
                    return Err(Skip::NotARun(sport));
                }
                let start = get(&date[0]).and_then(activity_date).ok_or(Skip::Damaged)?;
                // The metres column when there is one, else the first, in km.
                let metres = match distance.get(1).and_then(get).and_then(number) {
                    Some(m) => m,
                    None => distance.first().and_then(get).and_then(number).ok_or(Skip::Damaged)? * 1000.0,
                };
                let seconds = |cols: &[usize]| cols.iter().rev().filter_map(get).find_map(number);
                let elapsed = seconds(&elapsed).unwrap_or(0.0);
                Ok(Summary {
                    start,
                    metres,
                    elapsed_seconds: elapsed,
                    moving_seconds: seconds(&moving).unwrap_or(elapsed),
                })
            })();
            Row { filename, outcome }
        })
        .collect();
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed \
    Time,Distance,Filename,Elapsed Time,Moving Time,Distance\n\
    101,\"Oct 5, 2014, 4:15:21 PM\",Morning Run,Run,\"Easy, with a friend\nand \
    hills\",1800,5.02,activities/101.fit.gz,1800.0,1750.0,5020.4\n\
    102,\"Oct 6, 2014, 12:05:00 AM\",Ride,Ride,,3600,20.1,activities/102.gpx,3600.0,3500.0,20100.0\n\
    103,\"Oct 7, 2014, 7:00:00 AM\",Old run,Run,,1200,3.5,,,,\n";

    #[test]
    fn repeated_columns_commas_and_line_breaks() {
        let rows = rows(EXPORT).unwrap();
        assert_eq!(rows.len(), 3);
        let run = rows[0].outcome.clone().unwrap();
        assert_eq!(run.metres, 5020.4, "the metres column, not the km one");
        assert_eq!((run.elapsed_seconds, run.moving_seconds), (1800.0, 1750.0));
        assert_eq!(run.start.utc().unwrap().to_rfc3339(), "2014-10-05T16:15:21+00:00");
        assert_eq!(rows[0].filename.as_deref(), Some("activities/101.fit.gz"));
        assert_eq!(rows[1].outcome, Err(Skip::NotARun(Sport::Cycling)));
        // No metres column filled in: the km one.
        assert_eq!(rows[2].outcome.clone().unwrap().metres, 3500.0);
    }

    #[test]
    fn dates_at_noon_and_midnight() {
        let at = |s| activity_date(s).unwrap().utc().unwrap().to_rfc3339();
        assert_eq!(at("Oct 6, 2014, 12:05:00 AM"), "2014-10-06T00:05:00+00:00");
        assert_eq!(at("Oct 6, 2014, 12:05:00 PM"), "2014-10-06T12:05:00+00:00");
        assert_eq!(activity_date("Foo 6, 2014, 1:00:00 PM"), None);
        assert_eq!(activity_date("Oct 32, 2014, 1:00:00 PM"), None);
    }

    #[test]
    fn not_a_strava_file() {
        assert_eq!(rows("a,b\n1,2\n"), Err(Skip::Unreadable));
        assert_eq!(rows(""), Err(Skip::Empty));
    }
}
