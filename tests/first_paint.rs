//! Start-up on Today reads only the recent records before the first paint
//! (`Store::load_for_today`) and the rest straight after. This checks, on the bench's
//! five-year journal, that Today comes out exactly the same from that first read as from
//! the whole store: for journals ending on many different days, opened on the day after
//! and up to seven weeks later, with the programme as generated, with its phase begun years
//! ago, and with no programme at all.

#[path = "../bench/dataset.rs"]
#[allow(dead_code)] // the bench uses more of it than this test does
mod dataset;

use achilles::domain::agenda;
use achilles::domain::checks::{CheckHistory, HeelCheck};
use achilles::domain::programme::Programme;
use achilles::domain::progression::{propose, Proposal};
use achilles::domain::runs::LoadWarning;
use achilles::storage::{Item, MemoryBackend, Snapshot, Store, StoredKey};
use chrono::{Days, NaiveDate};

/// Everything the Today screen shows that depends on the journal.
#[derive(Debug, PartialEq)]
struct TodayFacts {
    checked_in: bool,
    session_done: bool,
    load_warnings: Vec<LoadWarning>,
    function_check_due: bool,
    proposal: Option<Proposal>,
    latest_check: Option<HeelCheck>,
    has_checks: bool,
    programme: Option<Programme>,
}

impl TodayFacts {
    fn from(snapshot: Snapshot, day: NaiveDate) -> Self {
        let Snapshot { checkins, sessions, runs, function_checks, checks, programme, .. } = snapshot;
        let checks = CheckHistory::from_checks(checks);
        let involved = programme.is_some() || !checks.is_empty();
        TodayFacts {
            checked_in: agenda::checked_in(&checkins, day),
            session_done: agenda::session_done(&sessions, day),
            load_warnings: agenda::recent_load_warnings(&runs, day),
            function_check_due: agenda::function_check_due(involved, &function_checks, day),
            proposal: programme.as_ref().map(|p| propose(p, &sessions, &checkins, day)),
            latest_check: checks.latest().cloned(),
            has_checks: !checks.is_empty(),
            programme,
        }
    }
}

/// Checks Today on each of `days` against the whole store; returns how many records each
/// first read left for later.
fn check_days(store: &Store, days: &[NaiveDate], label: &str) -> Vec<usize> {
    let everything = store.load_everything().unwrap();
    assert!(everything.unreadable.is_empty());
    days.iter()
        .map(|&day| {
            let first = store.load_for_today(day).unwrap();
            assert!(first.unreadable.is_empty());
            let left = everything.len() - first.len();
            assert_eq!(
                TodayFacts::from(first, day),
                TodayFacts::from(everything.clone(), day),
                "{label}, opened on {day}"
            );
            left
        })
        .collect()
}

fn journal_ending(end: NaiveDate) -> (Store, MemoryBackend) {
    let backend = MemoryBackend::default();
    let store = Store::new(Box::new(backend.clone()));
    dataset::Journal::build(end).save(&store).unwrap();
    (store, backend)
}

#[test]
fn today_reads_the_same_from_the_first_read_as_from_everything() {
    let last_end = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut left_for_later = Vec::new();
    // Journals ending every 11 days over a year, so the programme's phase, the latest
    // session and the flare-ups fall differently each time.
    for n in 0..34u64 {
        let end = last_end - Days::new(11 * n);
        let (store, backend) = journal_ending(end);
        // Opened the day after the last entry, and after one to seven weeks away.
        let after = |gaps: &[u64]| gaps.iter().map(|&gap| end + Days::new(gap)).collect::<Vec<_>>();
        left_for_later.extend(check_days(&store, &after(&[0, 1, 3, 6, 8, 13, 20, 29, 36, 49]), "as generated"));
        // The same records with the programme's phase begun five years ago: the
        // progression then looks back to its latest session, however old.
        let mut programme: Programme = store.load_everything().unwrap().programme.unwrap();
        programme.phase_since = end - Days::new(5 * 365);
        store.save_any(&Item::Programme(programme)).unwrap();
        check_days(&store, &after(&[0, 6, 20, 49]), "phase begun five years ago");
        // And with no programme at all.
        backend.contents().keys().filter(|k| StoredKey::parse(k) == Some(StoredKey::Programme)).for_each(|k| {
            store.remove(k).unwrap();
        });
        check_days(&store, &after(&[0, 8]), "no programme");
    }
    // Not a vacuous pass: the first read leaves most of five years for later.
    let fewest_left = left_for_later.iter().min().unwrap();
    assert!(*fewest_left > 3000, "the first read left only {fewest_left} records for later");
}
