//! Back to running: a checklist that must be met first, then a walk–run ladder.
//!
//! Criteria clinicians use (content brief, "Return to running"): 30 minutes or more of
//! brisk walking without pain; 10 to 20 hops on the sore leg with pain at 2/10 or less;
//! and strength measured against the other leg: a heel-rise test with a limb symmetry of
//! 90% or more, with no separate floor in raises (Silbernagel 2020;
//! Hébert-Losier 2017; `domain::strength`). The ladder then moves up at most one rung every
//! two days, never in the same week as a strength step-up, and is guided by pain
//! (Silbernagel 2007; Silbernagel & Crossley, JOSPT 2015): at most 5/10 during a run, the
//! next morning back to usual, no week-on-week rise. It drops a rung when pain during a run
//! passes 5/10, rises or turns sharp, or when the next morning is worse than usual.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::pain::PainScore;
use super::programme::Programme;
use super::progression::{creeping_up, morning_after_day, Morning, ACCEPTABLE_PAIN};
use super::strength::HeelRiseTest;
use super::triage::Side;

pub const WALK_MINUTES: u16 = 30;
pub const MIN_HOPS: u8 = 10;
pub const HOP_PAIN_LIMIT: u8 = 2;
/// Days between two steps up the ladder.
pub const DAYS_PER_RUNG: i64 = 2;
/// Morning stiffness at or past this, the day after a run, is a warning sign.
pub const MORNING_SORENESS_MINUTES: u16 = 30;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub brisk_walk_pain_free: bool,
    pub hops: Option<(u8, PainScore)>,
    /// The older app's count of raises on the sore leg alone. Kept so older data reads;
    /// the gate now uses the heel-rise test on both legs.
    #[serde(default)]
    pub heel_raises: Option<u16>,
}

impl Gate {
    /// What is still missing, in plain words; empty when the gate is open. `strength` is
    /// the latest heel-rise test and `side` the sore leg.
    pub fn missing(&self, strength: Option<&HeelRiseTest>, side: Side) -> Vec<String> {
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
        match strength {
            Some(test) => missing.extend(test.running_missing(side)),
            None => missing.push("Do the heel-rise test on both legs.".into()),
        }
        missing
    }

    pub fn is_open(&self, strength: Option<&HeelRiseTest>, side: Side) -> bool {
        self.missing(strength, side).is_empty()
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
    #[serde(deserialize_with = "super::limits::date")]
    pub date: NaiveDate,
    pub rung: usize,
    pub pain_during: PainScore,
    /// Pain that kept rising, or turned sharp, during the run.
    pub rising_or_sharp: bool,
}

/// What the ladder reads besides its own runs.
#[derive(Debug, Clone, Copy)]
pub struct LadderContext<'a> {
    pub programme: Option<&'a Programme>,
    pub checkins: &'a [CheckIn],
    /// The latest heel-rise test.
    pub strength: Option<&'a HeelRiseTest>,
    /// The sore leg.
    pub side: Side,
    /// After a tear, the pathway's running criteria still missing (`rupture::running_missing`):
    /// they replace the checklist's.
    pub after_tear: Option<&'a [String]>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunLadder {
    pub gate: Gate,
    /// Index into [`LADDER`].
    pub rung: usize,
    /// When the current rung began.
    #[serde(deserialize_with = "super::limits::opt_date")]
    pub rung_since: Option<NaiveDate>,
    #[serde(deserialize_with = "super::limits::list")]
    pub runs: Vec<WalkRun>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LadderAdvice {
    GateClosed(Vec<String>),
    /// The morning after the last run has no check-in yet: the ladder needs it.
    NeedsCheckIn {
        date: NaiveDate,
    },
    StepUp {
        to: usize,
    },
    Stay(String),
    DropBack {
        to: usize,
        reason: String,
    },
}

impl RunLadder {
    pub fn current(&self) -> Rung {
        LADDER[self.rung.min(LADDER.len() - 1)]
    }

    /// What to do next, from the gate, the runs logged, the next-morning check-ins and the
    /// strength programme's step-ups.
    pub fn advise(&self, ctx: &LadderContext, today: NaiveDate) -> LadderAdvice {
        let missing = ctx.after_tear.map_or_else(|| self.gate.missing(ctx.strength, ctx.side), <[String]>::to_vec);
        if !missing.is_empty() {
            return LadderAdvice::GateClosed(missing);
        }
        let down = self.rung.saturating_sub(1);
        let checkins = ctx.checkins;
        if let Some(last) = self.runs.iter().max_by_key(|r| r.date) {
            if last.pain_during.value() > ACCEPTABLE_PAIN {
                return LadderAdvice::DropBack {
                    to: down,
                    reason: format!(
                        "Pain reached {}/10 during your last run: running should stay at {ACCEPTABLE_PAIN}/10 or less.",
                        last.pain_during.value()
                    ),
                };
            }
            if last.rising_or_sharp {
                return LadderAdvice::DropBack {
                    to: down,
                    reason: "Pain rose or turned sharp during your last run.".into(),
                };
            }
            match morning_after_day(last.date, checkins) {
                Morning::Broken(detail) => {
                    return LadderAdvice::DropBack {
                        to: down,
                        reason: format!("{detail} The next morning should be back to usual."),
                    }
                }
                Morning::Missing => {
                    if let Some(date) = last.date.succ_opt().filter(|d| *d <= today) {
                        return LadderAdvice::NeedsCheckIn { date };
                    }
                }
                Morning::Kept => {}
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
        if let Some(detail) = creeping_up(checkins, today) {
            return LadderAdvice::Stay(format!("{detail} Hold this rung until the mornings settle."));
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
        if ctx.programme.is_some_and(|p| p.stepped_up_within_a_week(today)) {
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
        Gate { brisk_walk_pain_free: true, hops: Some((15, pain(2))), heel_raises: None }
    }
    /// Left leg sore: 27 of 30 raises, 90%.
    fn strong() -> HeelRiseTest {
        HeelRiseTest { id: 1, date: day(1), left: 27, right: 30 }
    }
    fn run(d: u32, rung: usize) -> WalkRun {
        WalkRun { date: day(d), rung, pain_during: pain(2), rising_or_sharp: false }
    }
    fn morning(d: u32, stiffness: u16, p: u8) -> CheckIn {
        CheckIn { date: day(d), stiffness_minutes: stiffness, pain: pain(p), note: String::new() }
    }
    /// Calm mornings every day of the month: none missing, none worse than usual.
    fn calm() -> Vec<CheckIn> {
        (1..=30).map(|d| morning(d, 5, 1)).collect()
    }
    fn advise(l: &RunLadder, programme: Option<&Programme>, checkins: &[CheckIn], today: NaiveDate) -> LadderAdvice {
        let test = strong();
        let ctx = LadderContext { programme, checkins, strength: Some(&test), side: Side::Left, after_tear: None };
        l.advise(&ctx, today)
    }

    #[test]
    fn the_gate_needs_walk_hops_and_strength_at_their_boundaries() {
        let ok = strong();
        assert!(open_gate().is_open(Some(&ok), Side::Left));
        assert_eq!(Gate::default().missing(None, Side::Left).len(), 3);
        assert!(!Gate { hops: Some((9, pain(0))), ..open_gate() }.is_open(Some(&ok), Side::Left));
        assert!(!Gate { hops: Some((15, pain(3))), ..open_gate() }.is_open(Some(&ok), Side::Left));
        assert!(!Gate { brisk_walk_pain_free: false, ..open_gate() }.is_open(Some(&ok), Side::Left));
        assert!(!open_gate().is_open(None, Side::Left), "no heel-rise test yet");
        // 89% is short of the 90% symmetry.
        let weak = HeelRiseTest { left: 89, right: 100, ..strong() };
        assert!(!open_gate().is_open(Some(&weak), Side::Left));
        // With the right leg sore, it is the stronger one: 100% and 30 raises.
        assert!(open_gate().is_open(Some(&ok), Side::Right));
        // The older app's one-leg count no longer opens the gate alone.
        assert!(!Gate { heel_raises: Some(40), ..open_gate() }.is_open(None, Side::Left));
    }

    #[test]
    fn one_rung_every_two_days_at_most() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(0, day(1));
        assert!(matches!(advise(&l, None, &calm(), day(1)), LadderAdvice::Stay(_)), "must run the rung first");
        l.runs.push(run(1, 0));
        assert!(matches!(advise(&l, None, &calm(), day(2)), LadderAdvice::Stay(s) if s.contains("every 2 days")));
        assert_eq!(advise(&l, None, &calm(), day(3)), LadderAdvice::StepUp { to: 1 });
    }

    #[test]
    fn never_in_the_same_week_as_a_strength_step_up() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(2, day(1));
        l.runs.push(run(2, 2));
        let mut p = Programme::start(Phase::Build, false, day(1));
        p.move_to(Phase::Spring, day(4));
        assert!(matches!(advise(&l, Some(&p), &calm(), day(5)), LadderAdvice::Stay(s) if s.contains("strength")));
        assert_eq!(advise(&l, Some(&p), &calm(), day(11)), LadderAdvice::StepUp { to: 3 });
    }

    #[test]
    fn warning_signs_drop_a_rung() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(3, day(1));
        l.runs.push(WalkRun { rising_or_sharp: true, ..run(2, 3) });
        assert_eq!(
            advise(&l, None, &calm(), day(5)),
            LadderAdvice::DropBack { to: 2, reason: "Pain rose or turned sharp during your last run.".into() }
        );
        l.runs = vec![run(2, 3)];
        let sore = |m| {
            let mut c = calm();
            c[2] = morning(3, m, 1);
            c
        };
        assert!(matches!(advise(&l, None, &sore(30), day(5)), LadderAdvice::DropBack { to: 2, .. }));
        // 9 minutes against a usual 5 is within the model's slack; 30 is the old rule.
        assert_eq!(advise(&l, None, &sore(9), day(5)), LadderAdvice::StepUp { to: 4 });
    }

    #[test]
    fn pain_during_a_run_may_reach_five_but_not_six() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(3, day(1));
        l.runs = vec![WalkRun { pain_during: pain(5), ..run(2, 3) }];
        assert_eq!(advise(&l, None, &calm(), day(5)), LadderAdvice::StepUp { to: 4 });
        l.runs = vec![WalkRun { pain_during: pain(6), ..run(2, 3) }];
        let advice = advise(&l, None, &calm(), day(5));
        assert!(matches!(advice, LadderAdvice::DropBack { to: 2, reason } if reason.contains("6/10")));
    }

    #[test]
    fn a_next_morning_worse_than_usual_drops_a_rung_and_a_missing_one_is_asked_for() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(3, day(1));
        l.runs = vec![run(10, 3)];
        let mut mornings = calm();
        mornings[10] = morning(11, 5, 3);
        let advice = advise(&l, None, &mornings, day(12));
        assert!(matches!(advice, LadderAdvice::DropBack { reason, .. } if reason.contains("3/10")));
        let missing: Vec<CheckIn> = calm().into_iter().filter(|c| c.date != day(11)).collect();
        assert_eq!(advise(&l, None, &missing, day(12)), LadderAdvice::NeedsCheckIn { date: day(11) });
        // Not yet asked on the day of the run itself.
        assert!(!matches!(advise(&l, None, &missing, day(10)), LadderAdvice::NeedsCheckIn { .. }));
    }

    #[test]
    fn mornings_creeping_up_week_on_week_hold_the_rung() {
        let mut l = RunLadder { gate: open_gate(), ..Default::default() };
        l.move_to(3, day(1));
        l.runs = vec![run(20, 3)];
        let mut mornings: Vec<CheckIn> = (1..=14).map(|d| morning(d, 5, 1)).collect();
        mornings.extend((15..=21).map(|d| morning(d, 5, 2)));
        let advice = advise(&l, None, &mornings, day(21));
        assert!(matches!(&advice, LadderAdvice::Stay(s) if s.contains("settle")), "{advice:?}");
    }

    #[test]
    fn a_closed_gate_lists_what_is_missing_and_the_top_rung_stays() {
        let l = RunLadder::default();
        let ctx = LadderContext { programme: None, checkins: &[], strength: None, side: Side::Left, after_tear: None };
        assert!(matches!(l.advise(&ctx, day(1)), LadderAdvice::GateClosed(m) if m.len() == 3));
        // After a tear the pathway's criteria stand in for the checklist's, both ways.
        let waiting = ["Not before 1 March.".to_string()];
        let tear = LadderContext { after_tear: Some(&waiting), ..ctx };
        assert!(matches!(l.advise(&tear, day(1)), LadderAdvice::GateClosed(m) if m == waiting));
        let cleared = LadderContext { after_tear: Some(&[]), ..ctx };
        assert!(!matches!(l.advise(&cleared, day(1)), LadderAdvice::GateClosed(_)));
        let mut top = RunLadder { gate: open_gate(), ..Default::default() };
        top.move_to(LADDER.len() - 1, day(1));
        top.runs.push(run(1, LADDER.len() - 1));
        assert!(matches!(advise(&top, None, &calm(), day(9)), LadderAdvice::Stay(s) if s.contains("top")));
        assert_eq!(LADDER[0].describe(), "Run 1 min, walk 1 min, 10 times");
    }
}
