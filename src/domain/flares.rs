//! What came before a flare: for each morning whose pain or stiffness rose above the
//! runner's usual (rule 3 of the pain-monitoring model, as `progression` reads it), the
//! runs of the day or two before and what stood out in each; and over the whole journal,
//! how often each kind of run was followed by a flare and how often not.
//!
//! Counts only, in one person's log: an association to talk over with a clinician, not a
//! cause. Training-error reviews name these as the usual suspects for Achilles trouble:
//! a sudden jump in distance (the spike study, BJSM 2025), hills, a change of surface,
//! faster running and new shoes (Lagas et al., Sports Med 2020; Nielsen et al. 2014).

use chrono::{Days, NaiveDate};

use super::checkin::CheckIn;
use super::progression::{morning_after_day, Morning};
use super::runs::{load_warnings, LoadWarning, RunEntry, RunKind, Terrain};
use super::sorting;

/// Runs this many days before a flare morning are the ones looked at (the day before,
/// and the one before it: a tendon often answers a day late).
pub const DAYS_BEFORE: u64 = 2;
/// "Faster than usual": a pace this much quicker than the median of the month before.
const FASTER: f64 = 0.05;
/// Days over which the usual pace is taken, and new shoes are new.
const MONTH_DAYS: u64 = 30;
const NEW_SHOE_DAYS: u64 = 14;

/// What stood out in a run, against the runner's own month before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standout {
    /// More than 10% longer than the longest of the 30 days before.
    Spike,
    /// Hill repeats, or a hilly or soft surface (trail, grass).
    HillsOrTerrain,
    /// Pace at least 5% quicker than the month's median.
    Faster,
    /// Shoes first logged in the last two weeks.
    NewShoes,
}

impl Standout {
    pub const ALL: [Standout; 4] = [Standout::Spike, Standout::HillsOrTerrain, Standout::Faster, Standout::NewShoes];

    pub fn label(self) -> &'static str {
        match self {
            Standout::Spike => "longer than the month's longest",
            Standout::HillsOrTerrain => "hills or trail",
            Standout::Faster => "faster than usual",
            Standout::NewShoes => "new shoes",
        }
    }
}

fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN)
}

/// Seconds per metre.
fn pace(r: &RunEntry) -> f64 {
    f64::from(r.seconds) / f64::from(r.metres.max(1))
}

/// What stood out in `run` against the log before it.
pub fn standouts(run: &RunEntry, runs: &[RunEntry]) -> Vec<Standout> {
    let mut out = Vec::new();
    if load_warnings(runs, run.date, run.metres, Some(run.id)).iter().any(|w| matches!(w, LoadWarning::Spike { .. })) {
        out.push(Standout::Spike);
    }
    if run.kind == RunKind::Hills || matches!(run.terrain, Terrain::Trail | Terrain::Grass) {
        out.push(Standout::HillsOrTerrain);
    }
    let month = days_before(run.date, MONTH_DAYS);
    let mut paces: Vec<f64> =
        runs.iter().filter(|r| r.id != run.id && r.date < run.date && r.date >= month).map(pace).collect();
    if paces.len() >= 3 {
        sorting::sort_by(&mut paces, |a, b| a.total_cmp(b));
        let usual = paces[paces.len() / 2];
        if pace(run) <= usual * (1.0 - FASTER) {
            out.push(Standout::Faster);
        }
    }
    if let Some(shoe) = &run.shoe {
        let first = runs.iter().filter(|r| r.shoe.as_ref() == Some(shoe)).map(|r| r.date).min();
        if first.is_some_and(|f| f >= days_before(run.date, NEW_SHOE_DAYS)) {
            out.push(Standout::NewShoes);
        }
    }
    out
}

/// A morning above the usual, with the runs before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Flare {
    pub date: NaiveDate,
    /// In plain words: pain or stiffness against the usual.
    pub why: String,
    pub runs_before: Vec<(RunEntry, Vec<Standout>)>,
}

/// Every flare morning in the journal, newest first.
pub fn flares(checkins: &[CheckIn], runs: &[RunEntry]) -> Vec<Flare> {
    let mut out: Vec<Flare> = checkins
        .iter()
        .filter_map(|c| {
            let Morning::Broken(why) = morning_after_day(days_before(c.date, 1), checkins) else { return None };
            let why = why.replacen("The morning after, ", "", 1);
            let runs_before = runs
                .iter()
                .filter(|r| r.date < c.date && r.date >= days_before(c.date, DAYS_BEFORE))
                .map(|r| (r.clone(), standouts(r, runs)))
                .collect();
            Some(Flare { date: c.date, why, runs_before })
        })
        .collect();
    out.sort_by(|a, b| b.date.cmp(&a.date));
    out
}

/// How often runs of one kind were followed by a flare, and how often not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub followed: u32,
    pub not_followed: u32,
}

/// Over the whole journal: for each kind of standout (and for runs with none), the runs
/// followed by a flare within two mornings and those not. Only runs with a check-in on
/// one of those two mornings count: without one, nobody knows. `flares` are the
/// journal's (`flares`), found once for the list and the table.
pub fn tally(checkins: &[CheckIn], runs: &[RunEntry], flares: &[Flare]) -> (Vec<(Standout, Tally)>, Tally) {
    // Sorted lists searched by halves: a BTreeSet would add 2.6 KB of wasm.
    let sorted = |mut days: Vec<NaiveDate>| {
        sorting::sort(&mut days);
        days
    };
    let flare_days = sorted(flares.iter().map(|f| f.date).collect());
    let checked_in = sorted(checkins.iter().map(|c| c.date).collect());
    let mut by_kind: Vec<(Standout, Tally)> = Standout::ALL.iter().map(|s| (*s, Tally::default())).collect();
    let mut plain = Tally::default();
    for run in runs {
        let after: Vec<NaiveDate> = (1..=DAYS_BEFORE).filter_map(|d| run.date.checked_add_days(Days::new(d))).collect();
        if !after.iter().any(|d| checked_in.binary_search(d).is_ok()) {
            continue;
        }
        let followed = after.iter().any(|d| flare_days.binary_search(d).is_ok());
        let count = |t: &mut Tally| if followed { t.followed += 1 } else { t.not_followed += 1 };
        let stood_out = standouts(run, runs);
        if stood_out.is_empty() {
            count(&mut plain);
        }
        for (kind, t) in by_kind.iter_mut() {
            if stood_out.contains(kind) {
                count(t);
            }
        }
    }
    (by_kind, plain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pain::PainScore;
    use crate::domain::runs::easy_run;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn morning(d: u32, pain: u8, stiffness: u16) -> CheckIn {
        CheckIn { date: day(d), stiffness_minutes: stiffness, pain: PainScore::new(pain).unwrap(), note: String::new() }
    }

    /// A week of mornings at 2/10 and 10 minutes, then 5/10 on the 10th.
    fn journal() -> Vec<CheckIn> {
        let mut c: Vec<CheckIn> = (1..=9).map(|d| morning(d, 2, 10)).collect();
        c.push(morning(10, 5, 10));
        c.extend((11..=14).map(|d| morning(d, 2, 10)));
        c
    }

    #[test]
    fn a_morning_above_the_usual_is_a_flare_with_the_runs_before_it() {
        let runs = vec![
            easy_run(1, day(2), 8_000),
            easy_run(2, day(5), 8_000),
            RunEntry { kind: RunKind::Hills, ..easy_run(3, day(8), 8_000) },
            RunEntry { seconds: 2700, ..easy_run(4, day(9), 12_000) },
            easy_run(5, day(12), 8_000),
        ];
        let f = flares(&journal(), &runs);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].date, day(10));
        assert_eq!(f[0].why, "pain was 5/10 against a usual 2/10.");
        let before: Vec<(u64, Vec<Standout>)> = f[0].runs_before.iter().map(|(r, s)| (r.id, s.clone())).collect();
        assert_eq!(before, vec![(3, vec![Standout::HillsOrTerrain]), (4, vec![Standout::Spike])]);
    }

    #[test]
    fn stiffness_counts_beyond_five_minutes_of_slack() {
        let mut c = journal();
        c[9] = morning(10, 2, 15);
        assert!(flares(&c, &[]).is_empty(), "15 minutes against a usual 10 is within the slack");
        c[9] = morning(10, 2, 16);
        assert_eq!(flares(&c, &[]).len(), 1);
    }

    #[test]
    fn the_tally_counts_runs_followed_by_a_flare_and_not() {
        let runs = vec![
            easy_run(1, day(2), 8_000),
            RunEntry { kind: RunKind::Hills, ..easy_run(2, day(5), 8_000) },
            RunEntry { kind: RunKind::Hills, ..easy_run(3, day(8), 8_000) },
            easy_run(4, day(12), 8_000),
            // No check-in on the two mornings after: not counted.
            easy_run(5, day(20), 8_000),
        ];
        let (kinds, plain) = tally(&journal(), &runs, &flares(&journal(), &runs));
        let hills = kinds.iter().find(|(k, _)| *k == Standout::HillsOrTerrain).unwrap().1;
        assert_eq!(hills, Tally { followed: 1, not_followed: 1 });
        assert_eq!(plain, Tally { followed: 0, not_followed: 2 });
    }

    #[test]
    fn faster_and_new_shoes_stand_out() {
        let shod = |id, d, shoe: &str| RunEntry { shoe: Some(shoe.into()), ..easy_run(id, day(d), 8_000) };
        let runs = vec![
            shod(1, 1, "old"),
            shod(2, 3, "old"),
            shod(3, 5, "old"),
            RunEntry { seconds: 1600, ..shod(4, 20, "new") },
            shod(5, 20, "old"),
        ];
        assert_eq!(standouts(&runs[3], &runs), vec![Standout::Faster, Standout::NewShoes]);
        assert_eq!(standouts(&runs[4], &runs), vec![], "shoes first worn 19 days before, at the usual pace");
    }
}
