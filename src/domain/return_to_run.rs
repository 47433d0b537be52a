//! Back to running: a checklist that must be met first, then a walk–run ladder.
//!
//! Criteria clinicians use (content brief, "Return to running"): 30 minutes or more of
//! brisk walking without pain; 10 to 20 hops on the sore leg with pain at 2/10 or less;
//! 20 or more single-leg heel raises. The ladder then moves up at most one rung every two
//! days, never in the same week as a strength step-up, and drops a rung on the warning
//! signs: rising or sharp pain during a run, or soreness still there 30 minutes into the
//! next morning.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::pain::PainScore;
use super::programme::Programme;

pub const WALK_MINUTES: u16 = 30;
pub const MIN_HOPS: u8 = 10;
pub const HOP_PAIN_LIMIT: u8 = 2;
pub const MIN_HEEL_RAISES: u16 = 20;
/// Days between two steps up the ladder.
pub const DAYS_PER_RUNG: i64 = 2;
/// Morning stiffness at or past this, the day after a run, is a warning sign.
pub const MORNING_SORENESS_MINUTES: u16 = 30;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub brisk_walk_pain_free: bool,
    pub hops: Option<(u8, PainScore)>,
    pub heel_raises: Option<u16>,
}

impl Gate {
    /// What is still missing, in plain words; empty when the gate is open.
    pub fn missing(&self) -> Vec<String> {
        let mut missing = Vec::new();
        if !self.brisk_walk_pain_free {
            missing.push(format!("Walk briskly for {WALK_MINUTES} minutes without pain."));
        }
        match self.hops {
            Some((n, pain)) if n >= MIN_HOPS && pain.value() <= HOP_PAIN_LIMIT => {}
            Some((n, _)) if n < MIN_HOPS => {
                missing.push(format!("Hop {MIN_HOPS} to 20 times on the sore leg (you did {n})."))
            }
            Some((_, pain)) => missing.push(format!(
                "Hop on the sore leg with pain at {HOP_PAIN_LIMIT}/10 or less (it was {}/10).",
                pain.value()
            )),
            None => missing
                .push(format!("Hop {MIN_HOPS} to 20 times on the sore leg with pain at {HOP_PAIN_LIMIT}/10 or less.")),
        }
        match self.heel_raises {
            Some(n) if n >= MIN_HEEL_RAISES => {}
            Some(n) => missing.push(format!("Do {MIN_HEEL_RAISES} single-leg heel raises in a row (you did {n}).")),
            None => missing.push(format!("Do {MIN_HEEL_RAISES} single-leg heel raises in a row.")),
        }
        missing
    }

    pub fn is_open(&self) -> bool {
        self.missing().is_empty()
    }
}

/// One rung: run for `run` minutes, walk for `walk`, `repeats` times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rung {
    pub run: u8,
    pub walk: u8,
    pub repeats: u8,
}

impl Rung {
    pub fn describe(self) -> String {
        if self.walk == 0 {
            format!("Run {} minutes without a walk break", self.run)
        } else {
            format!("Run {} min, walk {} min, {} times", self.run, self.walk, self.repeats)
        }
    }
}

pub const LADDER: [Rung; 8] = [
    Rung { run: 1, walk: 1, repeats: 10 },
    Rung { run: 2, walk: 1, repeats: 7 },
    Rung { run: 3, walk: 1, repeats: 6 },
    Rung { run: 5, walk: 1, repeats: 4 },
    Rung { run: 8, walk: 1, repeats: 3 },
    Rung { run: 12, walk: 1, repeats: 2 },
    Rung { run: 20, walk: 0, repeats: 1 },
    Rung { run: 30, walk: 0, repeats: 1 },
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WalkRun {
    pub date: NaiveDate,
    pub rung: usize,
    pub pain_during: PainScore,
    /// Pain that kept rising, or turned sharp, during the run.
    pub rising_or_sharp: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunLadder {
    pub gate: Gate,
    /// Index into [`LADDER`].
    pub rung: usize,
    /// When the current rung began.
    pub rung_since: Option<NaiveDate>,
    pub runs: Vec<WalkRun>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LadderAdvice {
    GateClosed(Vec<String>),
    StepUp { to: usize },
    Stay(String),
    DropBack { to: usize, reason: String },
}

impl RunLadder {
    pub fn current(&self) -> Rung {
        LADDER[self.rung.min(LADDER.len() - 1)]
    }

    /// What to do next, from the gate, the runs logged, the next-morning check-ins and the
    /// strength programme's step-ups.
    pub fn advise(&self, programme: Option<&Programme>, checkins: &[CheckIn], today: NaiveDate) -> LadderAdvice {
        let missing = self.gate.missing();
        if !missing.is_empty() {
            return LadderAdvice::GateClosed(missing);
        }
        let down = self.rung.saturating_sub(1);
        if let Some(last) = self.runs.iter().max_by_key(|r| r.date) {
            if last.rising_or_sharp {
                return LadderAdvice::DropBack {
                    to: down,
                    reason: "Pain rose or turned sharp during your last run.".into(),
                };
            }
            let morning = last.date.succ_opt();
            if let Some(c) = checkins.iter().find(|c| Some(c.date) == morning) {
                if c.stiffness_minutes >= MORNING_SORENESS_MINUTES {
                    return LadderAdvice::DropBack {
                        to: down,
                        reason: format!(
                            "The morning after your last run, soreness lasted {} minutes.",
                            c.stiffness_minutes
                        ),
                    };
                }
            }
        }
        if self.rung + 1 >= LADDER.len() {
            return LadderAdvice::Stay(
                "You are at the top of the ladder: keep running and keep up the strength work.".into(),
            );
        }
        let ran_this_rung =
            self.runs.iter().any(|r| r.rung == self.rung && self.rung_since.is_none_or(|since| r.date >= since));
        if !ran_this_rung {
            return LadderAdvice::Stay("Do this rung's run first, then log it.".into());
        }
        if let Some(since) = self.rung_since {
            let days = (today - since).num_days();
            if days < DAYS_PER_RUNG {
                return LadderAdvice::Stay(format!(
                    "At most one rung every {DAYS_PER_RUNG} days: step up from {}.",
                    super::day_names::day_month(since + chrono::Days::new(DAYS_PER_RUNG as u64))
                ));
            }
        }
        if programme.is_some_and(|p| p.stepped_up_within_a_week(today)) {
            return LadderAdvice::Stay(
                "Your strength programme stepped up this week: give the tendon a week before adding running.".into(),
            );
        }
        LadderAdvice::StepUp { to: self.rung + 1 }
    }

    pub fn move_to(&mut self, rung: usize, today: NaiveDate) {
        self.rung = rung.min(LADDER.len() - 1);
        self.rung_since = Some(today);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::programme::Phase;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }
    fn pain(v: u8) -> PainScore {
        PainScore::new(v).unwrap()
    }
    fn open_gate() -> Gate {
        Gate { brisk_walk_pain_free: true, hops: Some((15, pain(2))), heel_raises: Some(20) }
    }
    fn run(d: u32, rung: usize) -> WalkRun {
        WalkRun { date: day(d), rung, pain_during: pain(2), rising_or_sharp: false }
    }

    #[test]
    fn the_gate_needs_walk_hops_and_heel_raises_at_their_boundaries() {
        assert!(open_gate().is_open());
        assert_eq!(Gate::default().missing().len(), 3);
        assert!(!Gate { hops: Some((9, pain(0))), ..open_gate() }.is_open());
        assert!(!Gate { hops: Some((15, pain(3))), ..open_gate() }.is_open());
        assert!(!Gate { heel_raises: Some(19), ..open_gate() }.is_open());
        assert!(!Gate { brisk_walk_pain_free: false, ..open_gate() }.is_open());
    }

    #[test]
    fn one_rung_every_two_days_at_most() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(0, day(1));
        assert!(matches!(l.advise(None, &[], day(1)), LadderAdvice::Stay(_)), "must run the rung first");
        l.runs.push(run(1, 0));
        assert!(matches!(l.advise(None, &[], day(2)), LadderAdvice::Stay(s) if s.contains("every 2 days")));
        assert_eq!(l.advise(None, &[], day(3)), LadderAdvice::StepUp { to: 1 });
    }

    #[test]
    fn never_in_the_same_week_as_a_strength_step_up() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(2, day(1));
        l.runs.push(run(2, 2));
        let mut p = Programme::start(Phase::Build, false, day(1));
        p.move_to(Phase::Spring, day(4));
        assert!(matches!(l.advise(Some(&p), &[], day(5)), LadderAdvice::Stay(s) if s.contains("strength")));
        assert_eq!(l.advise(Some(&p), &[], day(11)), LadderAdvice::StepUp { to: 3 });
    }

    #[test]
    fn warning_signs_drop_a_rung() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(3, day(1));
        l.runs.push(WalkRun { rising_or_sharp: true, ..run(2, 3) });
        assert_eq!(
            l.advise(None, &[], day(5)),
            LadderAdvice::DropBack { to: 2, reason: "Pain rose or turned sharp during your last run.".into() }
        );
        l.runs = vec![run(2, 3)];
        let sore = |m| CheckIn { date: day(3), stiffness_minutes: m, pain: pain(2), note: String::new() };
        assert!(matches!(l.advise(None, &[sore(30)], day(5)), LadderAdvice::DropBack { to: 2, .. }));
        assert_eq!(l.advise(None, &[sore(29)], day(5)), LadderAdvice::StepUp { to: 4 });
    }

    #[test]
    fn a_closed_gate_lists_what_is_missing_and_the_top_rung_stays() {
        let l = RunLadder::default();
        assert!(matches!(l.advise(None, &[], day(1)), LadderAdvice::GateClosed(m) if m.len() == 3));
        let mut top = RunLadder { gate: open_gate(), ..Default::default() };
        top.move_to(LADDER.len() - 1, day(1));
        top.runs.push(run(1, LADDER.len() - 1));
        assert!(matches!(top.advise(None, &[], day(9)), LadderAdvice::Stay(s) if s.contains("top")));
        assert_eq!(LADDER[0].describe(), "Run 1 min, walk 1 min, 10 times");
    }
}
