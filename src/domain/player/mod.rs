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
use crate::domain::stored_names::stored_enum;

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Stage {
        Ready = "ready",
        Work = "work",
        Rest = "rest",
        Finished = "finished",
    }
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

/// What the runner, or the clock, asks of a session: each button of the player is one,
/// so a session can be replayed and tested as a list of actions at given times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlayerAction {
    StartSet,
    Rep,
    Pause,
    Resume,
    /// Ends the set, the rest, or moves Ready on to the next set.
    Skip,
    NextExercise,
    EndSession,
    /// The clock ran a hold or a rest out.
    Tick,
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

    /// Carries out `action` at `now_ms`; returns the cues it brings, in order.
    pub fn apply(&mut self, action: PlayerAction, now_ms: u64) -> Vec<Cue> {
        match action {
            PlayerAction::StartSet => self.start_set(now_ms),
            PlayerAction::Rep => self.rep(now_ms),
            PlayerAction::Pause => {
                self.pause(now_ms);
                Vec::new()
            }
            PlayerAction::Resume => {
                self.resume(now_ms);
                Vec::new()
            }
            PlayerAction::Skip => self.skip(now_ms),
            PlayerAction::NextExercise => self.skip_exercise(),
            PlayerAction::EndSession => self.finish_early(),
            PlayerAction::Tick => self.tick(now_ms),
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
mod tests;
