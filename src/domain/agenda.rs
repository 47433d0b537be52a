//! What the Today screen shows, as plain functions of the journal and the day, and how far
//! back in the journal each of them reads.
//!
//! The reach matters at start-up: with years of records the app reads only what Today
//! needs before its first paint (`Store::load_for_today`) and everything else straight
//! after. `tests/first_paint.rs` checks on five years of data that Today comes out the same
//! either way.

use chrono::{Days, NaiveDate};

use super::checkin::CheckIn;
use super::function_score::{is_due, FunctionCheck, SUGGEST_EVERY_DAYS};
use super::programme::Programme;
use super::progression::{mornings_read_from, ACCEPTABLE_PAIN};
use super::runs::{load_warnings, load_warnings_read_from, LoadWarning, RunEntry};
use super::sessions::SessionLog;

/// Today's load guard looks at the newest run of this many days.
const RECENT_RUN_DAYS: u64 = 7;

/// Whether the morning check-in for `day` is in.
pub fn checked_in(checkins: &[CheckIn], day: NaiveDate) -> bool {
    checkins.iter().any(|c| c.date == day)
}

/// Whether a session was logged on `day`.
pub fn session_done(sessions: &[SessionLog], day: NaiveDate) -> bool {
    sessions.iter().any(|s| s.date == day)
}

/// The load guard on the newest run of the last week (by date, then by when it was saved),
/// so a spike stays in view for a few days after the run.
pub fn recent_load_warnings(runs: &[RunEntry], day: NaiveDate) -> Vec<LoadWarning> {
    let newest =
        runs.iter().filter(|r| (day - r.date).num_days() < RECENT_RUN_DAYS as i64).max_by_key(|r| (r.date, r.id));
    match newest {
        Some(run) => load_warnings(runs, run.date, run.metres, Some(run.id)),
        None => Vec::new(),
    }
}

/// The newest run of the last week that hurt more than the pain-monitoring model allows
/// (above 5/10 during or straight after: Silbernagel 2007; Silbernagel & Crossley 2015).
pub fn painful_run(runs: &[RunEntry], day: NaiveDate) -> Option<&RunEntry> {
    runs.iter()
        .filter(|r| r.date <= day && (day - r.date).num_days() < RECENT_RUN_DAYS as i64)
        .filter(|r| [r.pain_during, r.pain_after].iter().flatten().any(|p| p.value() > ACCEPTABLE_PAIN))
        .max_by_key(|r| (r.date, r.id))
}

/// Whether to suggest a function check: only to a runner following the programme or who
/// has checked their heel, and only when the last one is old enough.
pub fn function_check_due(involved: bool, function_checks: &[FunctionCheck], day: NaiveDate) -> bool {
    involved && is_due(function_checks, day)
}

/// Function checks Today reads: those recent enough to make the next one not yet due.
pub fn function_checks_read_from(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(SUGGEST_EVERY_DAYS.unsigned_abs() - 1)).unwrap_or(NaiveDate::MIN)
}

/// Sessions Today reads: the day's own (is it done?) and, with a programme, those of its
/// current phase (the progression).
pub fn sessions_read_from(programme: Option<&Programme>, day: NaiveDate) -> NaiveDate {
    programme.map_or(day, |p| p.phase_since.min(day))
}

/// Morning check-ins Today reads: the day's own and those the progression reads.
pub fn checkins_read_from(programme: Option<&Programme>, sessions: &[SessionLog], day: NaiveDate) -> NaiveDate {
    programme.map_or(day, |p| mornings_read_from(p, sessions, day).min(day))
}

/// Runs Today reads: the last week's, and what the load guard reads before the newest.
pub fn runs_read_from(day: NaiveDate) -> NaiveDate {
    let week_start = day.checked_sub_days(Days::new(RECENT_RUN_DAYS - 1)).unwrap_or(NaiveDate::MIN);
    load_warnings_read_from(week_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::function_score::{LoadingPain, Minutes, Sport};
    use crate::domain::pain::PainScore;
    use crate::domain::programme::Phase;
    use crate::domain::runs::easy_run;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn programme(since: NaiveDate) -> Programme {
        Programme { phase: Phase::Load, started_on: since, phase_since: since, insertional: false, step_ups: vec![] }
    }

    fn session(id: u64, date: NaiveDate) -> SessionLog {
        SessionLog {
            id,
            date,
            phase: Some(Phase::Load),
            after_tear: None,
            sets: vec![],
            pain_during: PainScore::default(),
            pain_after: PainScore::default(),
        }
    }

    #[test]
    fn the_load_guard_reads_five_weeks_back_from_today() {
        // The newest run may be six days old; the guard reads 30 days before it.
        assert_eq!(runs_read_from(day(30)), day(30) - Days::new(6 + 30));
        // A spike six days ago still shows; one seven days ago no longer does.
        let mut runs: Vec<RunEntry> = (1..=20).map(|d| easy_run(d as u64, day(d), 5000)).collect();
        runs.push(easy_run(99, day(21), 12_000));
        assert!(!recent_load_warnings(&runs, day(27)).is_empty());
        assert!(recent_load_warnings(&runs, day(28)).is_empty());
    }

    #[test]
    fn function_checks_are_read_as_far_back_as_one_keeps_the_next_from_being_due() {
        let check = |date| FunctionCheck {
            id: 1,
            date,
            scales: [5; 6],
            sport: Sport::ModifiedTraining,
            loading_pain: LoadingPain::ButICanFinish,
            loading_minutes: Minutes::UpTo10,
        };
        let from = function_checks_read_from(day(30));
        assert!(!function_check_due(true, &[check(from)], day(30)));
        assert!(function_check_due(true, &[check(from.pred_opt().unwrap())], day(30)));
    }

    #[test]
    fn without_a_programme_only_the_day_itself_is_read() {
        assert_eq!(sessions_read_from(None, day(20)), day(20));
        assert_eq!(checkins_read_from(None, &[], day(20)), day(20));
    }

    #[test]
    fn with_a_programme_the_mornings_before_its_latest_session_are_read() {
        let p = programme(day(1));
        assert_eq!(sessions_read_from(Some(&p), day(20)), day(1));
        // No session yet: the two weeks the weekly trend compares.
        assert_eq!(checkins_read_from(Some(&p), &[], day(20)), day(7));
        // The latest session of the phase, ten days before: its week before, and not
        // sessions of an earlier phase.
        let sessions = [session(1, day(3)), session(2, day(10))];
        assert_eq!(checkins_read_from(Some(&p), &sessions, day(20)), day(4));
        assert_eq!(checkins_read_from(Some(&programme(day(12))), &sessions, day(20)), day(7));
        // A phase that starts in the future still reads today.
        assert_eq!(sessions_read_from(Some(&programme(day(25))), day(20)), day(20));
    }
}
