//! From runs found in files to runs for the log: dated where they were run, checked
//! against the log's limits, the same run found twice (or already in the log) kept once,
//! and each one's load-guard warning worked out before anything is saved.

use chrono::NaiveDate;

use super::dedupe::{same_run, Key};
use super::{Found, Skip};
use crate::domain::limits;
use crate::domain::runs::{load_warnings, LoadWarning, RunEntry, RunKind, Terrain};

/// A run the import would add, with what the load guard would say of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Adding {
    pub run: RunEntry,
    pub found: Found,
    pub warnings: Vec<LoadWarning>,
}

/// What an import would do, shown before anything is saved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub adding: Vec<Adding>,
    /// Runs already in the log (or found twice), by the file they came from.
    pub already: Vec<(Found, NaiveDate)>,
    /// Files or activities that add no run, with the reason.
    pub skipped: Vec<(String, Skip)>,
}

fn key(run: &RunEntry) -> Key {
    Key { started_unix: run.started, date: run.date, metres: f64::from(run.metres) }
}

/// A found run as a log entry: dated by the file's own zone, else the phone's
/// (`device_offset`, minutes east of UTC at an instant in ms), and timed by its moving time.
/// It is an easy road run with no pain noted until the runner says otherwise.
pub fn entry(found: &Found, id: u64, today: NaiveDate, device_offset: &dyn Fn(i64) -> i32) -> Result<RunEntry, Skip> {
    let s = &found.summary;
    let date = s.start.local_date(device_offset).ok_or(Skip::Damaged)?;
    if limits::happened(date, today).is_err() {
        return Err(Skip::Future);
    }
    let seconds = if s.moving_seconds > 0.0 { s.moving_seconds } else { s.elapsed_seconds };
    let (metres, seconds) = (s.metres.round(), seconds.round());
    if metres < f64::from(limits::MIN_RUN_METRES) || seconds < f64::from(limits::MIN_RUN_SECONDS) {
        return Err(Skip::TooShort);
    }
    if metres > f64::from(limits::MAX_RUN_METRES) || seconds > f64::from(limits::MAX_RUN_SECONDS) {
        return Err(Skip::TooLong);
    }
    Ok(RunEntry {
        id,
        date,
        metres: metres as u32,
        seconds: seconds as u32,
        terrain: Terrain::Road,
        shoe: None,
        kind: RunKind::Easy,
        pain_during: None,
        pain_after: None,
        started: Some(s.start.unix_millis.div_euclid(1000)),
        source: Some(found.source),
    })
}

/// The plan for `found` (oldest first after sorting) against the runs in the log. New
/// runs get ids from `first_id` up. Each one's warnings count the runs before it in the
/// same import, as the log will once they are added.
pub fn plan(
    found: Vec<Found>,
    skipped: Vec<(String, Skip)>,
    log: &[RunEntry],
    first_id: u64,
    today: NaiveDate,
    device_offset: &dyn Fn(i64) -> i32,
) -> Plan {
    let mut found = found;
    found.sort_by_key(|f| f.summary.start.unix_millis);
    let mut plan = Plan { skipped, ..Plan::default() };
    let mut all: Vec<RunEntry> = log.to_vec();
    for (i, f) in found.into_iter().enumerate() {
        let run = match entry(&f, first_id + i as u64, today, device_offset) {
            Ok(run) => run,
            Err(skip) => {
                plan.skipped.push((f.file.clone(), skip));
                continue;
            }
        };
        if all.iter().any(|old| same_run(&key(old), &key(&run))) {
            plan.already.push((f, run.date));
            continue;
        }
        let warnings = load_warnings(&all, run.date, run.metres, None);
        all.push(run.clone());
        plan.adding.push(Adding { run, found: f, warnings });
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::super::{Source, Summary, When};
    use super::*;
    use crate::domain::runs::easy_run;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn found(file: &str, d: u32, hour: i64, metres: f64) -> Found {
        let midnight = day(d).and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp_millis();
        Found {
            file: file.into(),
            source: Source::Fit,
            summary: Summary {
                start: When { unix_millis: midnight + hour * 3_600_000, offset_minutes: None },
                metres,
                elapsed_seconds: 1900.0,
                moving_seconds: 1800.4,
            },
            sport_unstated: false,
        }
    }

    #[test]
    fn a_file_imported_twice_or_a_typed_run_adds_nothing() {
        let typed = easy_run(1, day(10), 8_000);
        let files =
            vec![found("a.fit", 10, 7, 8_100.0), found("b.fit", 12, 7, 6_000.0), found("b copy.fit", 12, 7, 6_000.0)];
        let p = plan(files, vec![], &[typed], 100, day(23), &|_| 0);
        assert_eq!(p.adding.len(), 1);
        assert_eq!(p.adding[0].run.date, day(12));
        assert_eq!(p.adding[0].run.seconds, 1800, "moving time, rounded");
        assert_eq!(p.adding[0].run.pain_during, None, "no pain invented");
        assert_eq!(p.already.len(), 2);
        // Importing the added run again finds it in the log.
        let again =
            plan(vec![found("b.fit", 12, 7, 6_000.0)], vec![], &[p.adding[0].run.clone()], 200, day(23), &|_| 0);
        assert!(again.adding.is_empty());
        assert_eq!(again.already.len(), 1);
    }

    #[test]
    fn each_new_run_is_checked_by_the_load_guard_with_the_ones_before_it() {
        let files = vec![found("long.fit", 20, 7, 15_000.0), found("base.fit", 5, 7, 10_000.0)];
        let p = plan(files, vec![], &[], 1, day(23), &|_| 0);
        assert_eq!(p.adding[0].found.file, "base.fit", "oldest first");
        assert!(p.adding[0].warnings.is_empty());
        assert!(!p.adding[1].warnings.is_empty(), "50% longer than the longest of 30 days");
    }

    #[test]
    fn dated_by_zone_and_checked_against_the_limits() {
        let late = found("late.fit", 10, 23, 5_000.0);
        let p = plan(vec![late.clone()], vec![], &[], 1, day(23), &|_| 120);
        assert_eq!(p.adding[0].run.date, day(11), "23:00 UTC is the next day two hours east");
        let short = found("short.fit", 10, 7, 80.0);
        let future = found("future.fit", 25, 7, 5_000.0);
        let p = plan(vec![short, future], vec![], &[], 1, day(23), &|_| 0);
        assert_eq!(p.skipped, vec![("short.fit".into(), Skip::TooShort), ("future.fit".into(), Skip::Future)]);
    }
}
