//! The guided-session player as a plain state machine over timestamps.
//!
//! Time is never counted in ticks: every duration is "now minus when it started" (plus
//! what was banked before a pause), so a throttled or backgrounded tab, or a reload in the
//! middle of a hold, stays exact. The state serialises, so a reload resumes where it was.
//!
//! Flow per set: Ready (waiting for the runner) → Work (a hold counting down, or reps
//! counted by taps) → Rest (counting down) → Ready for the next set. A rest that ends goes
//! to Ready rather than starting the next hold by itself, so a tab left in a pocket never
//! runs through sets the runner is not doing.

use serde::{Deserialize, Serialize};

use super::exercises::Effort;
use super::programme::Prescription;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Ready,
    Work,
    Rest,
    Finished,
}

/// A running or paused stopwatch for the current stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    Running { since_ms: u64, banked_ms: u64 },
    Paused { banked_ms: u64 },
}

impl Clock {
    fn elapsed(self, now_ms: u64) -> u64 {
        match self {
            Clock::Running { since_ms, banked_ms } => banked_ms + now_ms.saturating_sub(since_ms),
            Clock::Paused { banked_ms } => banked_ms,
        }
    }
}

/// Something the runner should hear and feel (sound and vibration), so a session can run
/// with the phone on the floor: what starts, the last three seconds before each change, and
/// each change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    SetStarted,
    /// 3, 2 or 1 whole seconds left in a hold or a rest.
    Countdown(u8),
    SetEnded,
    RestEnded,
    Finished,
}

impl Cue {
    /// A change of stage (a long tone and a buzz), rather than a tick of the countdown.
    pub fn is_change(self) -> bool {
        !matches!(self, Cue::Countdown(_))
    }
}

/// The "3, 2, 1" before a change: the whole second (3, 2 or 1) the countdown reached between
/// two readings of the time left (`before`, then `now`), as the on-screen timer shows it
/// (rounded up). Nothing when it reached no new second, or one above 3.
pub fn countdown(before_ms: Option<u64>, now_ms: Option<u64>) -> Option<u8> {
    let (before, now) = (before_ms?.div_ceil(1000), now_ms?.div_ceil(1000));
    (now < before && (1..=3).contains(&now)).then_some(now as u8)
}

/// "2 minutes", "1 minute 30 seconds", "45 seconds": a duration as it is said.
fn spoken_duration(seconds: u16) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    let unit = |n: u16, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match (m, s) {
        (0, s) => unit(s, "second"),
        (m, 0) => unit(m, "minute"),
        (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Player {
    pub items: Vec<Prescription>,
    /// Index of the current exercise.
    pub item: usize,
    /// The current set, from 1.
    pub set: u8,
    pub stage: Stage,
    pub reps_done: u16,
    pub clock: Clock,
    /// Sets completed or skipped, per exercise (for the session log).
    pub sets_done: Vec<u8>,
}

impl Player {
    pub fn new(items: Vec<Prescription>) -> Self {
        let stage = if items.is_empty() { Stage::Finished } else { Stage::Ready };
        let sets_done = vec![0; items.len()];
        Player { items, item: 0, set: 1, stage, reps_done: 0, clock: Clock::Paused { banked_ms: 0 }, sets_done }
    }

    pub fn current(&self) -> Option<&Prescription> {
        self.items.get(self.item)
    }

    /// What to say for `cue`, read from the player as it is after the change: "Set done.
    /// Rest 1 minute." A countdown is its number.
    pub fn words(&self, cue: Cue) -> String {
        let done = String::from("Session done. Well done.");
        let Some(p) = self.current() else { return done };
        let sets = p.dosage.sets;
        match cue {
            Cue::Countdown(n) => n.to_string(),
            Cue::Finished => done,
            _ if self.stage == Stage::Finished => done,
            Cue::SetStarted => match p.dosage.effort {
                Effort::HoldSeconds(s) => format!("Set {} of {sets}. Hold {}.", self.set, spoken_duration(s)),
                Effort::Reps(n) => format!("Set {} of {sets}. {n} reps.", self.set),
            },
            Cue::SetEnded => format!("Set done. Rest {}.", spoken_duration(p.dosage.rest_seconds)),
            Cue::RestEnded => {
                format!("Rest over. Get ready: {}, set {} of {sets}.", p.exercise.exercise().name, self.set)
            }
        }
    }

    pub fn is_paused(&self) -> bool {
        matches!(self.clock, Clock::Paused { .. }) && matches!(self.stage, Stage::Work | Stage::Rest)
    }

    /// Milliseconds left in a hold or a rest; `None` when nothing counts down.
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        let total = self.stage_length_ms()?;
        Some(total.saturating_sub(self.clock.elapsed(now_ms)))
    }

    fn stage_length_ms(&self) -> Option<u64> {
        let p = self.current()?;
        match (self.stage, p.dosage.effort) {
            (Stage::Work, Effort::HoldSeconds(s)) => Some(s as u64 * 1000),
            (Stage::Rest, _) => Some(p.dosage.rest_seconds as u64 * 1000),
            _ => None,
        }
    }

    /// Starts the set the player is ready for.
    pub fn start_set(&mut self, now_ms: u64) -> Vec<Cue> {
        if self.stage != Stage::Ready {
            return Vec::new();
        }
        self.stage = Stage::Work;
        self.reps_done = 0;
        self.clock = Clock::Running { since_ms: now_ms, banked_ms: 0 };
        vec![Cue::SetStarted]
    }

    pub fn pause(&mut self, now_ms: u64) {
        if let Clock::Running { .. } = self.clock {
            self.clock = Clock::Paused { banked_ms: self.clock.elapsed(now_ms) };
        }
    }

    pub fn resume(&mut self, now_ms: u64) {
        if let Clock::Paused { banked_ms } = self.clock {
            if matches!(self.stage, Stage::Work | Stage::Rest) {
                self.clock = Clock::Running { since_ms: now_ms, banked_ms };
            }
        }
    }

    /// One repetition done. Completing the set's reps ends the set.
    pub fn rep(&mut self, now_ms: u64) -> Vec<Cue> {
        let Some(Effort::Reps(target)) = self.current().map(|p| p.dosage.effort) else { return Vec::new() };
        if self.stage != Stage::Work {
            return Vec::new();
        }
        self.reps_done += 1;
        if self.reps_done >= target {
            let mut cues = vec![Cue::SetEnded];
            cues.extend(self.end_set(now_ms));
            return cues;
        }
        Vec::new()
    }

    /// Skips what is happening now: a set ends, a rest ends, or Ready moves to the next set.
    pub fn skip(&mut self, now_ms: u64) -> Vec<Cue> {
        match self.stage {
            Stage::Work => self.end_set(now_ms),
            Stage::Rest => {
                self.advance_set();
                Vec::new()
            }
            Stage::Ready => {
                self.count_set();
                if self.is_last_set() {
                    self.advance_item()
                } else {
                    self.set += 1;
                    Vec::new()
                }
            }
            Stage::Finished => Vec::new(),
        }
    }

    /// Moves on to the next exercise, leaving the rest of this one.
    pub fn skip_exercise(&mut self) -> Vec<Cue> {
        if self.stage == Stage::Finished {
            return Vec::new();
        }
        self.advance_item()
    }

    /// Ends the session now, keeping the sets done so far.
    pub fn finish_early(&mut self) -> Vec<Cue> {
        if self.stage == Stage::Finished {
            return Vec::new();
        }
        self.stage = Stage::Finished;
        self.clock = Clock::Paused { banked_ms: 0 };
        vec![Cue::Finished]
    }

    /// Advances by the clock: a hold that ran out becomes a rest (timed from the moment
    /// the hold ended, not from this call), a rest that ran out becomes Ready.
    pub fn tick(&mut self, now_ms: u64) -> Vec<Cue> {
        let mut cues = Vec::new();
        // At most two transitions: a hold ending, then its rest ending.
        for _ in 0..2 {
            let (Some(left), Clock::Running { since_ms, banked_ms }) = (self.remaining_ms(now_ms), self.clock) else {
                break;
            };
            if left > 0 {
                break;
            }
            let ended_at = since_ms + self.stage_length_ms().unwrap_or(0).saturating_sub(banked_ms);
            match self.stage {
                Stage::Work => {
                    cues.push(Cue::SetEnded);
                    cues.extend(self.end_set(ended_at));
                }
                Stage::Rest => {
                    cues.push(Cue::RestEnded);
                    self.advance_set();
                }
                _ => break,
            }
        }
        cues
    }

    fn end_set(&mut self, at_ms: u64) -> Vec<Cue> {
        self.count_set();
        let last_item = self.item + 1 >= self.items.len();
        if self.is_last_set() && last_item {
            self.stage = Stage::Finished;
            self.clock = Clock::Paused { banked_ms: 0 };
            return vec![Cue::Finished];
        }
        self.stage = Stage::Rest;
        self.clock = Clock::Running { since_ms: at_ms, banked_ms: 0 };
        Vec::new()
    }

    fn advance_set(&mut self) {
        if self.is_last_set() {
            self.advance_item();
        } else {
            self.set += 1;
            self.stage = Stage::Ready;
            self.clock = Clock::Paused { banked_ms: 0 };
        }
    }

    fn advance_item(&mut self) -> Vec<Cue> {
        self.item += 1;
        self.set = 1;
        self.reps_done = 0;
        self.clock = Clock::Paused { banked_ms: 0 };
        if self.item >= self.items.len() {
            self.item = self.items.len().saturating_sub(1);
            self.stage = Stage::Finished;
            return vec![Cue::Finished];
        }
        self.stage = Stage::Ready;
        Vec::new()
    }

    fn is_last_set(&self) -> bool {
        self.current().is_none_or(|p| self.set >= p.dosage.sets)
    }

    fn count_set(&mut self) {
        if let Some(n) = self.sets_done.get_mut(self.item) {
            *n = n.saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exercises::{Dosage, ExerciseId};

    fn hold(sets: u8, secs: u16, rest: u16) -> Prescription {
        Prescription {
            exercise: ExerciseId::CalfRaiseHold,
            dosage: Dosage { sets, effort: Effort::HoldSeconds(secs), rest_seconds: rest },
            note: String::new(),
        }
    }

    fn reps(sets: u8, n: u16, rest: u16) -> Prescription {
        Prescription {
            exercise: ExerciseId::CalfRaise,
            dosage: Dosage { sets, effort: Effort::Reps(n), rest_seconds: rest },
            note: String::new(),
        }
    }

    const T0: u64 = 1_700_000_000_000;
    const S: u64 = 1000;

    #[test]
    fn a_hold_counts_down_from_timestamps_and_rests_from_its_true_end() {
        let mut p = Player::new(vec![hold(2, 45, 60)]);
        assert_eq!(p.stage, Stage::Ready);
        assert_eq!(p.remaining_ms(T0), None);
        p.start_set(T0);
        assert_eq!(p.remaining_ms(T0 + 10 * S), Some(35 * S));
        assert!(p.tick(T0 + 45 * S - 1).is_empty());
        // The tab was throttled: the next tick comes 20 s late. The rest still started
        // when the hold ended, so 40 s of it are left.
        assert_eq!(p.tick(T0 + 65 * S), vec![Cue::SetEnded]);
        assert_eq!(p.stage, Stage::Rest);
        assert_eq!(p.remaining_ms(T0 + 65 * S), Some(40 * S));
        assert_eq!(p.tick(T0 + 105 * S), vec![Cue::RestEnded]);
        assert_eq!((p.stage, p.set), (Stage::Ready, 2));
    }

    #[test]
    fn pause_and_resume_keep_the_time_left() {
        let mut p = Player::new(vec![hold(1, 45, 60)]);
        p.start_set(T0);
        p.pause(T0 + 10 * S);
        assert!(p.is_paused());
        // Paused for five minutes: nothing moves.
        assert!(p.tick(T0 + 310 * S).is_empty());
        assert_eq!(p.remaining_ms(T0 + 310 * S), Some(35 * S));
        p.resume(T0 + 310 * S);
        assert_eq!(p.remaining_ms(T0 + 320 * S), Some(25 * S));
        assert_eq!(p.tick(T0 + 345 * S), vec![Cue::SetEnded, Cue::Finished]);
        assert_eq!(p.stage, Stage::Finished);
    }

    #[test]
    fn a_reload_mid_hold_resumes_exactly() {
        let mut p = Player::new(vec![hold(3, 30, 30)]);
        p.start_set(T0);
        let saved = serde_json::to_string(&p).unwrap();
        // The page reloads; 12 s have passed in the real world.
        let mut q: Player = serde_json::from_str(&saved).unwrap();
        assert_eq!(q.remaining_ms(T0 + 12 * S), Some(18 * S));
        assert_eq!(q.tick(T0 + 30 * S), vec![Cue::SetEnded]);
        assert_eq!(q.stage, Stage::Rest);
    }

    #[test]
    fn a_long_absence_stops_at_ready_instead_of_running_through_sets() {
        let mut p = Player::new(vec![hold(4, 45, 60)]);
        p.start_set(T0);
        assert_eq!(p.tick(T0 + 3600 * S), vec![Cue::SetEnded, Cue::RestEnded]);
        assert_eq!((p.stage, p.set), (Stage::Ready, 2));
        assert!(p.tick(T0 + 7200 * S).is_empty());
    }

    #[test]
    fn reps_are_counted_by_taps_and_the_last_set_moves_on() {
        let mut p = Player::new(vec![reps(2, 3, 30), hold(1, 10, 10)]);
        p.start_set(T0);
        assert!(p.rep(T0 + S).is_empty());
        assert!(p.rep(T0 + 2 * S).is_empty());
        assert_eq!(p.rep(T0 + 3 * S), vec![Cue::SetEnded]);
        assert_eq!(p.stage, Stage::Rest);
        assert_eq!(p.remaining_ms(T0 + 13 * S), Some(20 * S));
        p.skip(T0 + 14 * S);
        assert_eq!((p.stage, p.set, p.item), (Stage::Ready, 2, 0));
        p.start_set(T0 + 20 * S);
        for i in 0..3 {
            p.rep(T0 + (21 + i) * S);
        }
        assert_eq!(p.stage, Stage::Rest);
        assert_eq!(p.tick(T0 + 60 * S), vec![Cue::RestEnded]);
        assert_eq!((p.stage, p.item, p.set), (Stage::Ready, 1, 1));
        p.start_set(T0 + 61 * S);
        assert_eq!(p.tick(T0 + 71 * S), vec![Cue::SetEnded, Cue::Finished]);
        assert_eq!(p.sets_done, vec![2, 1]);
    }

    #[test]
    fn the_countdown_says_each_of_the_last_three_seconds_once() {
        // Readings four times a second, as the player's display takes them.
        let mut said = Vec::new();
        let mut before = Some(5_000);
        for left in (0..=4_750u64).rev().step_by(250) {
            said.extend(countdown(before, Some(left)));
            before = Some(left);
        }
        assert_eq!(said, vec![3, 2, 1]);
        // A reading that jumps over several seconds (a tab that slept) says only where it is.
        assert_eq!(countdown(Some(9_000), Some(1_500)), Some(2));
        assert_eq!(countdown(Some(9_000), Some(4_000)), None);
        // Nothing before the first reading, and nothing at zero: that is the change itself.
        assert_eq!(countdown(None, Some(2_500)), None);
        assert_eq!(countdown(Some(800), Some(0)), None);
    }

    #[test]
    fn each_change_is_said_in_words() {
        let mut p = Player::new(vec![hold(2, 45, 90), reps(1, 15, 30)]);
        assert_eq!(p.start_set(T0), vec![Cue::SetStarted]);
        assert_eq!(p.words(Cue::SetStarted), "Set 1 of 2. Hold 45 seconds.");
        assert_eq!(p.tick(T0 + 45 * S), vec![Cue::SetEnded]);
        assert_eq!(p.words(Cue::SetEnded), "Set done. Rest 1 minute 30 seconds.");
        assert_eq!(p.tick(T0 + 135 * S), vec![Cue::RestEnded]);
        assert_eq!(p.words(Cue::RestEnded), "Rest over. Get ready: Calf raise hold, set 2 of 2.");
        p.start_set(T0 + 140 * S);
        p.tick(T0 + 185 * S);
        p.tick(T0 + 275 * S);
        assert_eq!(p.start_set(T0 + 280 * S), vec![Cue::SetStarted]);
        assert_eq!(p.words(Cue::SetStarted), "Set 1 of 1. 15 reps.");
        assert_eq!(p.words(Cue::Countdown(2)), "2");
        p.finish_early();
        assert_eq!(p.words(Cue::Finished), "Session done. Well done.");
        assert_eq!(spoken_duration(60), "1 minute");
        assert_eq!(spoken_duration(120), "2 minutes");
        assert_eq!(spoken_duration(1), "1 second");
    }

    #[test]
    fn skipping_an_exercise_or_everything_finishes_cleanly() {
        let mut p = Player::new(vec![reps(3, 15, 60), reps(3, 15, 60)]);
        assert!(p.skip_exercise().is_empty());
        assert_eq!(p.item, 1);
        assert_eq!(p.skip_exercise(), vec![Cue::Finished]);
        assert_eq!(p.stage, Stage::Finished);
        assert!(p.skip(T0).is_empty());
        assert_eq!(Player::new(Vec::new()).stage, Stage::Finished);
    }

    #[test]
    fn ending_early_keeps_the_sets_done() {
        let mut p = Player::new(vec![reps(3, 2, 30), reps(3, 2, 30)]);
        p.start_set(T0);
        p.rep(T0 + S);
        p.rep(T0 + 2 * S);
        assert_eq!(p.finish_early(), vec![Cue::Finished]);
        assert_eq!(p.sets_done, vec![1, 0]);
        assert!(p.finish_early().is_empty());
    }
}
