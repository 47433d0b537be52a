//! Five years of a runner's journal, generated deterministically, in the app's current
//! storage format: what `make bench` loads into the browser to see how the app copes with a
//! long-time user, and what the native bench runs the rules over.
//!
//! The story: a recreational runner with four flare-ups of Achilles pain in five years. Every
//! day has a morning check-in; 4 or 5 runs a week (fewer and shorter during a flare-up); rehab
//! sessions 3 times a week during a flare-up and twice a week otherwise; a function check each
//! month; a heel check at the start and end of each flare-up plus a few in between (12 in all).
//! The records are written through the app's own `Store`, so the format is whatever the app
//! writes today.

use std::collections::BTreeMap;

use achilles::domain::checkin::CheckIn;
use achilles::domain::checks::CheckHistory;
use achilles::domain::exercises::ExerciseId;
use achilles::domain::function_score::{FunctionCheck, LoadingPain, Minutes, Sport};
use achilles::domain::journal::Settings;
use achilles::domain::pain::PainScore;
use achilles::domain::programme::{Phase, Programme};
use achilles::domain::questionnaire::Step;
use achilles::domain::risk::{RiskFactor, RiskProfile};
use achilles::domain::runs::{RunEntry, RunKind, Terrain, Units};
use achilles::domain::sessions::SessionLog;
use achilles::domain::triage::{Answers, HeelRaise, Onset, PainLocation, TrainingChange};
use achilles::storage::{Item, MemoryBackend, SaveError, Store};
use chrono::{Datelike, NaiveDate};

pub const DAYS: i64 = 5 * 365 + 1;
pub const SEED: u64 = 0x00AC_4111_E5ED;

/// splitmix64: tiny, deterministic, good enough to vary a journal.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }
    fn chance(&mut self, percent: u32) -> bool {
        self.range(1, 100) <= percent
    }
}

fn pain(v: u32) -> PainScore {
    PainScore::new(v.min(10) as u8).expect("0 to 10")
}

/// Millisecond id for a moment on `day` (07:00 UTC plus `minute` minutes).
fn id_on(day: NaiveDate, minute: u64) -> u64 {
    let seven = day.and_hms_opt(7, 0, 0).expect("valid time").and_utc().timestamp_millis() as u64;
    seven + minute * 60_000
}

/// Flare-ups as (first day, length in days), as offsets from the first day of the five years.
const FLARE_UPS: [(i64, i64); 4] = [(120, 84), (610, 63), (1100, 112), (1580, 70)];

/// The flare-up day `offset` falls in, as (first day, length), if any.
fn flare_up(offset: i64) -> Option<(i64, i64)> {
    FLARE_UPS.iter().copied().find(|(start, len)| offset >= *start && offset < start + len)
}

/// How bad the tendon is on day `offset`: 0 (quiet) to 1 (the first day of a flare-up),
/// easing off linearly over the flare-up.
fn severity(offset: i64) -> f64 {
    flare_up(offset).map_or(0.0, |(start, len)| 1.0 - (offset - start) as f64 / len as f64)
}

/// Every record of five years ending the day before `today`, as localStorage would hold it:
/// key → stored text.
pub fn five_years(today: NaiveDate) -> BTreeMap<String, String> {
    let backend = MemoryBackend::default();
    let store = Store::new(Box::new(backend.clone()));
    Journal::build(today).save(&store).expect("an in-memory store has no quota");
    backend.contents()
}

/// The generated records, as domain values (the native bench uses them directly).
pub struct Journal {
    pub checkins: Vec<CheckIn>,
    pub runs: Vec<RunEntry>,
    pub sessions: Vec<SessionLog>,
    pub functions: Vec<FunctionCheck>,
    pub checks: CheckHistory,
    pub programme: Programme,
}

impl Journal {
    /// Writes every record the way the app does: one key per record.
    pub fn save(&self, store: &Store) -> Result<(), SaveError> {
        self.items().iter().try_for_each(|item| store.save_any(item))
    }

    /// Every record, as the app stores them.
    pub fn items(&self) -> Vec<Item> {
        let mut items: Vec<Item> = Vec::new();
        items.extend(self.checkins.iter().cloned().map(Item::CheckIn));
        items.extend(self.runs.iter().cloned().map(Item::Run));
        items.extend(self.sessions.iter().cloned().map(Item::Session));
        items.extend(self.functions.iter().cloned().map(Item::FunctionCheck));
        items.extend(self.checks.iter().cloned().map(Item::Check));
        items.push(Item::Programme(self.programme.clone()));
        items.push(Item::Settings(Settings {
            units: Units::Km,
            shoes: SHOES.iter().map(|s| s.to_string()).collect(),
            quiet_sessions: false,
            calendar_phase: None,
            country: None,
        }));
        let factors = vec![RiskFactor::MileageJump, RiskFactor::TightCalf, RiskFactor::AchillesPainLastYear];
        items.push(Item::Risk(RiskProfile { factors }));
        items
    }

    /// The five years as domain values, oldest first.
    pub fn build(today: NaiveDate) -> Journal {
        let mut rng = Rng(SEED);
        let first = today - chrono::Days::new(DAYS as u64);
        let mut journal = Journal {
            checkins: Vec::new(),
            runs: Vec::new(),
            sessions: Vec::new(),
            functions: Vec::new(),
            checks: CheckHistory::default(),
            programme: Programme::start(Phase::Load, false, first),
        };
        let check_days = check_days();
        for offset in 0..DAYS {
            let date = first + chrono::Days::new(offset as u64);
            let sore = severity(offset);
            let d = Day { date, offset, sore, flaring: sore > 0.0, weekday: date.weekday().num_days_from_monday() };
            // In this order: each draws from the one random sequence.
            journal.morning(&mut rng, &d);
            journal.run(&mut rng, &d);
            journal.session(&mut rng, &d);
            if date.day() == 1 {
                journal.function_check(&d);
            }
            if check_days.contains(&offset) {
                journal.heel_check(&d);
            }
        }
        journal
    }
}

/// One day of the five years, and how sore it is (0 outside a flare-up).
struct Day {
    date: NaiveDate,
    offset: i64,
    sore: f64,
    flaring: bool,
    /// 0 is Monday.
    weekday: u32,
}

impl Journal {
    fn morning(&mut self, rng: &mut Rng, d: &Day) {
        let stiffness = if d.flaring { (d.sore * 40.0) as u32 + rng.range(0, 10) } else { rng.range(0, 4) };
        let morning_pain = if d.flaring { (d.sore * 5.0) as u32 + rng.range(0, 1) } else { rng.range(0, 1) };
        let note = if rng.chance(8) {
            NOTES[rng.range(0, NOTES.len() as u32 - 1) as usize].to_string()
        } else {
            String::new()
        };
        self.checkins.push(CheckIn {
            date: d.date,
            stiffness_minutes: stiffness as u16,
            pain: pain(morning_pain),
            note,
        });
    }

    /// 4 or 5 runs a week when quiet; 2 or 3 short easy ones during a flare-up.
    fn run(&mut self, rng: &mut Rng, d: &Day) {
        let week = d.date.iso_week().week();
        let runs_this_week = if d.flaring { 2 + (week % 2) } else { 4 + (week % 2) };
        let run_days: &[u32] = match runs_this_week {
            2 => &[1, 5],
            3 => &[1, 3, 5],
            4 => &[1, 3, 5, 6],
            _ => &[0, 1, 3, 5, 6],
        };
        if !run_days.contains(&d.weekday) {
            return;
        }
        let long = d.weekday == 6 && !d.flaring;
        let metres = if long {
            rng.range(15_000, 21_000)
        } else if d.flaring {
            rng.range(3_000, 6_000)
        } else {
            rng.range(5_000, 11_000)
        };
        let pace = rng.range(300, 370); // seconds per km
        let kind = match (d.flaring, d.weekday, rng.range(0, 9)) {
            (true, _, _) => RunKind::Easy,
            (false, 1, 0..=4) => RunKind::Intervals,
            (false, 1, _) => RunKind::Tempo,
            (false, 3, 0..=2) => RunKind::Hills,
            (false, 6, 0) => RunKind::Race,
            _ => RunKind::Easy,
        };
        let id = id_on(d.date, 600 + u64::from(rng.range(0, 30)));
        let terrain = Terrain::ALL[rng.range(0, 4) as usize];
        let during = if d.flaring { (d.sore * 4.0) as u32 + rng.range(0, 1) } else { rng.range(0, 1) };
        let after = if d.flaring { (d.sore * 4.0) as u32 + rng.range(0, 2) } else { rng.range(0, 1) };
        self.runs.push(RunEntry {
            id,
            date: d.date,
            metres: metres / 10 * 10,
            seconds: metres / 1000 * pace,
            terrain,
            shoe: Some(SHOES[(d.offset / 200) as usize % SHOES.len()].to_string()),
            kind,
            pain_during: Some(pain(during)),
            pain_after: Some(pain(after)),
            started: None,
            source: None,
        });
    }

    /// Rehab: three sessions a week in a flare-up, two to keep the tendon strong otherwise.
    fn session(&mut self, rng: &mut Rng, d: &Day) {
        let session_days: &[u32] = if d.flaring { &[0, 2, 4] } else { &[2, 4] };
        if !session_days.contains(&d.weekday) {
            return;
        }
        let phase = if d.sore > 0.75 {
            Phase::Settle
        } else if d.sore > 0.5 {
            Phase::Load
        } else if d.sore > 0.25 {
            Phase::Build
        } else if d.flaring {
            Phase::Spring
        } else {
            Phase::Maintain
        };
        let sets = ExerciseId::ALL.iter().take(3 + (d.offset % 3) as usize).map(|e| (*e, 3)).collect();
        let id = id_on(d.date, 720 + u64::from(rng.range(0, 60)));
        let during = if d.flaring { (d.sore * 4.0) as u32 + rng.range(0, 1) } else { rng.range(0, 2) };
        let after = if d.flaring { (d.sore * 3.0) as u32 } else { rng.range(0, 1) };
        self.sessions.push(SessionLog {
            id,
            date: d.date,
            phase: Some(phase),
            after_tear: None,
            sets,
            pain_during: pain(during),
            pain_after: pain(after),
        });
        if d.offset + 30 > DAYS {
            self.programme.move_to(phase, d.date);
        }
    }

    /// On the first of each month.
    fn function_check(&mut self, d: &Day) {
        let score = 100.0 - d.sore * 60.0;
        let item = (score / 10.0).round() as u8;
        self.functions.push(FunctionCheck {
            id: id_on(d.date, 540),
            date: d.date,
            scales: [
                item.min(10),
                item.min(10),
                item.saturating_sub(1),
                item,
                item.saturating_sub(2),
                item.saturating_sub(1),
            ],
            sport: if d.flaring { Sport::ModifiedTraining } else { Sport::SameOrBetterThanBefore },
            loading_pain: if d.flaring { LoadingPain::ButICanFinish } else { LoadingPain::None },
            loading_minutes: if d.flaring { Minutes::From11To20 } else { Minutes::Over30 },
        });
    }

    fn heel_check(&mut self, d: &Day) {
        let weeks = flare_up(d.offset).map_or(0, |(start, _)| ((d.offset - start) / 7) as u32);
        let answers = Answers {
            onset: Onset::Gradual,
            weeks_since_onset: weeks,
            pain_location: if d.offset % 2 == 0 { PainLocation::Midportion } else { PainLocation::Insertion },
            worst_pain: pain((d.sore * 6.0) as u32 + 1),
            single_leg_heel_raise: if d.sore > 0.5 { HeelRaise::Painful } else { HeelRaise::Easy },
            morning_stiffness: d.flaring,
            warmup_effect: d.flaring,
            pain_on_push_off: d.sore > 0.3,
            tender_to_touch: d.flaring,
            recent_changes: vec![TrainingChange::Mileage, TrainingChange::Hills],
            ..Default::default()
        };
        self.checks.record(id_on(d.date, 480), d.date, answers, Step::Review);
    }
}

/// Twelve heel checks: the first and last week of each flare-up, and one in the middle.
fn check_days() -> Vec<i64> {
    FLARE_UPS.iter().flat_map(|(start, len)| [*start, start + len / 2, start + len - 7]).collect()
}

const SHOES: [&str; 4] = ["Blue daily trainers", "Racing flats", "Trail shoes", "Grey daily trainers"];

const NOTES: [&str; 6] = [
    "Tight after yesterday's hills",
    "Cold morning, eased after ten minutes",
    "Slept badly",
    "Felt fine on the stairs",
    "New shoes today",
    "Long day on my feet at work",
];
