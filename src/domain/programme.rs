//! The phased loading programme: which phase the runner is in, what today's session holds,
//! and whether the latest heel check allows a programme at all.
//!
//! Phases follow Silbernagel et al. (2007) and the content brief: settle the pain (a few
//! days of relative rest, ice, gentle stretches, isometric holds), load (floor then step
//! heel raises, eccentric drops as in Alfredson 1998, band, balance), build (single leg,
//! added weight, heavy slow sets as in Beyer 2015), spring (box and drop jumps, walk–run),
//! then maintain two or three times a week.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::exercises::{Dosage, Effort, ExerciseId, Insertional};
use super::strength::HeelRiseTest;
use super::triage::Side;
use crate::domain::stored_names::stored_enum;

stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Phase {
        Settle = "settle",
        Load = "load",
        Build = "build",
        Spring = "spring",
        Maintain = "maintain",
    }
}

impl Phase {
    pub const ALL: [Phase; 5] = [Phase::Settle, Phase::Load, Phase::Build, Phase::Spring, Phase::Maintain];

    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            Phase::Settle => "Settle the pain",
            Phase::Load => "Start loading",
            Phase::Build => "Build strength",
            Phase::Spring => "Add spring",
            Phase::Maintain => "Keep it strong",
        }
    }

    pub fn summary(self) -> &'static str {
        match self {
            Phase::Settle => {
                "A few days of relative rest: swap runs for cycling or swimming if they are painless, ice \
                the sore spot, and use holds to calm the tendon (a gentle calf stretch only when the pain is \
                mid-tendon)."
            }
            Phase::Load => {
                "Daily heel raises, first on the floor and then off a step, slow lowering on the sore leg \
                with the knee straight and bent (Alfredson), band work and balance. Usually weeks 1 to 5."
            }
            Phase::Build => {
                "Heavy slow resistance (Beyer): straight- and bent-knee calf raises, 3 s up and 3 s down, with a \
                backpack for weight. Three sessions a week for at least six weeks, the repetitions falling week by \
                week from 15 to 8 as the weight rises; the jumps phase carries on with the heaviest sets."
            }
            Phase::Spring => {
                "Jumps that teach the tendon to spring again, once the sore leg manages 80% of the \
                other's heel raises, with the walk–run return to running once its checklist is met. Three sessions a \
                week."
            }
            Phase::Maintain => {
                "Two or three short sessions a week to keep the tendon strong once you are running \
                again."
            }
        }
    }

    /// Sessions per week the phase asks for.
    pub fn sessions_per_week(self) -> u8 {
        match self {
            Phase::Settle | Phase::Load => 7,
            Phase::Build | Phase::Spring => 3,
            Phase::Maintain => 2,
        }
    }

    pub fn next(self) -> Option<Phase> {
        Phase::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Phase> {
        self.number().checked_sub(2).map(|i| Phase::ALL[i])
    }
}

/// One exercise in a session, with the dosage for this phase and any adaptation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prescription {
    pub exercise: ExerciseId,
    pub dosage: Dosage,
    /// How to do it in this phase (slower, on one leg, adapted for insertional pain).
    pub note: String,
}

const fn dose(sets: u8, effort: Effort, rest_seconds: u16) -> Dosage {
    Dosage { sets, effort, rest_seconds }
}

/// The exercises of a phase, before insertional adaptations. Where a phase follows a named
/// protocol it uses that protocol's dose, and where it deliberately starts lower the note
/// says so and why.
///
/// - Load: Alfredson (1998): 3 × 15 lowers with the knee straight and 3 × 15 with it bent,
///   twice a day (180 a day), for 12 weeks. The app starts at once a day (half the dose)
///   and the note asks for the second daily round once the pain rules hold.
/// - Build: heavy slow resistance as in Beyer et al. (AJSM 2015): three sessions a week,
///   straight-knee and bent-knee (soleus) calf raises, 3 s up and 3 s down, at a weight that
///   makes each set hard, 2–3 minutes' rest, the dose following the week ([`beyer_dose`]).
/// - Spring: jumps only once the heel-rise symmetry reaches 80% (`entry_missing`), with
///   Beyer's last block (4 × 6) carried on.
fn template(phase: Phase, week: u32) -> Vec<(ExerciseId, Dosage, &'static str)> {
    use Effort::*;
    use ExerciseId::*;
    match phase {
        Phase::Settle => vec![
            (CalfRaiseHold, dose(4, HoldSeconds(45), 60), "On both legs; keep the pain at 5 out of 10 or less."),
            (WallStretch, dose(3, HoldSeconds(30), 15), "Gently, to a pull, not to pain."),
            (BandPush, dose(3, Reps(15), 45), "Slow and easy."),
        ],
        Phase::Load => vec![
            (EversionRaise, dose(3, Reps(15), 60), "On the floor, both legs."),
            (InversionRaise, dose(3, Reps(15), 60), "On the floor, both legs."),
            (CalfRaise, dose(3, Reps(15), 60), "Both legs, off a step once the floor feels easy."),
            (
                SingleLegDrop,
                dose(6, Reps(15), 90),
                "Alfredson's protocol: sets 1 to 3 with the knee straight, sets 4 to 6 with the knee slightly bent \
                (for the soleus). He prescribed this twice a day, 180 lowers in all; start once a day, and add the \
                evening round once a week passes within the pain limits.",
            ),
            (BandPush, dose(3, Reps(15), 45), ""),
            (BosuBalance, dose(3, HoldSeconds(15), 30), "Start with 3 s if 15 s is too long."),
        ],
        Phase::Build => {
            let (sets, reps) = beyer_dose(week);
            vec![
                (
                    CalfRaise,
                    dose(sets, Reps(reps), 150),
                    "Heavy slow resistance (Beyer 2015), knee straight: 3 s up, 3 s down, with a backpack heavy \
                    enough that the last repetitions of each set are hard. The repetitions fall week by week; add \
                    weight as they do.",
                ),
                (
                    CalfRaise,
                    dose(sets, Reps(reps), 150),
                    "The same with the knee bent to about 45° (or seated with a weight on the knees): this loads the \
                    soleus, which takes much of the force in running.",
                ),
                (BosuBalance, dose(3, HoldSeconds(30), 30), "Not part of Beyer's protocol: a short balance finish."),
            ]
        }
        Phase::Spring => vec![
            (CalfRaise, dose(4, Reps(6), 150), "Heavy and slow on one leg: 3 s up, 3 s down."),
            (CalfRaise, dose(3, Reps(8), 120), "Heavy and slow with the knee bent (soleus)."),
            (BoxJump, dose(3, Reps(5), 90), "Land softly; step down."),
            (DropJump, dose(3, Reps(5), 120), ""),
            (BosuBalance, dose(3, HoldSeconds(30), 30), ""),
        ],
        Phase::Maintain => vec![
            (CalfRaise, dose(3, Reps(15), 60), "On one leg, knee straight, then the same with the knee bent."),
            (SingleLegDrop, dose(3, Reps(15), 90), ""),
            (BoxJump, dose(3, Reps(5), 90), ""),
        ],
    }
}

/// Beyer et al. (AJSM 2015), sets × repetitions by week of heavy slow resistance: week 1
/// 3 × 15, weeks 2–3 3 × 12, weeks 4–5 4 × 10, weeks 6–8 4 × 8, from week 9 4 × 6.
pub fn beyer_dose(week: u32) -> (u8, u16) {
    match week {
        0..=1 => (3, 15),
        2..=3 => (3, 12),
        4..=5 => (4, 10),
        6..=8 => (4, 8),
        _ => (4, 6),
    }
}

/// The week of a phase a day falls in, from 1.
pub fn week_in_phase(since: NaiveDate, day: NaiveDate) -> u32 {
    u32::try_from((day - since).num_days().max(0) / 7).unwrap_or(u32::MAX).saturating_add(1)
}

/// The session for a phase, in its `week`. For insertional pain, exercises that press on the
/// insertion are adapted (drops, raises and holds from the floor) or left out (every stretch
/// into dorsiflexion: Pringels et al., BJSM 2025).
pub fn session(phase: Phase, insertional: bool, week: u32) -> Vec<Prescription> {
    template(phase, week)
        .into_iter()
        .filter_map(|(exercise, dosage, note)| {
            let adaptation = if insertional { exercise.exercise().insertional } else { Insertional::Unchanged };
            let note = match adaptation {
                Insertional::Avoid(_) => return None,
                Insertional::Adapted(how) if note.is_empty() => how.to_string(),
                Insertional::Adapted(how) => format!("{how} {note}"),
                Insertional::Unchanged => note.to_string(),
            };
            Some(Prescription { exercise, dosage, note })
        })
        .collect()
}

/// The runner's programme, as they started or adjusted it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub phase: Phase,
    #[serde(deserialize_with = "super::limits::date")]
    pub started_on: NaiveDate,
    #[serde(deserialize_with = "super::limits::date")]
    pub phase_since: NaiveDate,
    /// Insertional adaptations on (from the latest check, or set by hand).
    pub insertional: bool,
    /// Days the programme stepped forward (the walk–run ladder waits a week after one).
    #[serde(deserialize_with = "super::limits::dates")]
    pub step_ups: Vec<NaiveDate>,
}

impl Programme {
    pub fn start(phase: Phase, insertional: bool, today: NaiveDate) -> Self {
        Programme { phase, started_on: today, phase_since: today, insertional, step_ups: Vec::new() }
    }

    /// The session for `day`, in the week of the phase it falls in.
    pub fn today(&self, day: NaiveDate) -> Vec<Prescription> {
        session(self.phase, self.insertional, week_in_phase(self.phase_since, day))
    }

    /// Moves to another phase (an accepted proposal, or the runner's own choice).
    pub fn move_to(&mut self, phase: Phase, today: NaiveDate) {
        if phase > self.phase {
            self.step_ups.push(today);
        }
        if phase != self.phase {
            self.phase = phase;
            self.phase_since = today;
        }
    }

    /// Whether the strength programme stepped up in the 7 days up to `day`.
    pub fn stepped_up_within_a_week(&self, day: NaiveDate) -> bool {
        self.step_ups.iter().any(|d| *d <= day && (day - *d).num_days() < 7)
    }
}

/// What a phase's entry depends on, for one runner.
#[derive(Debug, Clone, Copy)]
pub struct Readiness<'a> {
    /// The latest heel-rise test.
    pub strength: Option<&'a HeelRiseTest>,
    pub side: Side,
    /// The plan comes from a check of three months or more (it starts at loading).
    pub chronic: bool,
    /// The programme so far, if one has started.
    pub programme: Option<&'a Programme>,
    pub today: NaiveDate,
}

/// Days of the loading phase before heavy slow resistance, after a recent (acute) start:
/// heavy loading comes from about week 3 (Silbernagel et al. 2007, phase 3).
pub const LOAD_DAYS_BEFORE_BUILD: i64 = 14;

/// What is still missing before a phase may start, in plain words (empty when it may).
/// Settling and loading need only an open loading gate. Heavy slow resistance was tested in
/// tendon pain of three months or more (Beyer 2015): after a recent start it follows two
/// weeks of loading. The jumps need a heel-rise symmetry of 80%, and "keep it strong" comes
/// after running is back, so it needs the running criteria (Silbernagel 2020: function lags
/// symptoms; Hébert-Losier 2017).
pub fn entry_missing(phase: Phase, r: &Readiness) -> Vec<String> {
    let test_first =
        || vec!["Do the heel-rise test on both legs first (Back to running, or the programme page).".to_string()];
    match phase {
        Phase::Settle | Phase::Load => Vec::new(),
        Phase::Build => {
            let loaded = r.programme.is_some_and(|p| {
                p.phase > Phase::Load
                    || (p.phase == Phase::Load && (r.today - p.phase_since).num_days() >= LOAD_DAYS_BEFORE_BUILD)
            });
            if r.chronic || loaded {
                Vec::new()
            } else {
                vec![format!(
                    "Two weeks of the loading phase first: after a recent start, heavy slow resistance builds on \
                    them (it was tested in pain of three months or more)."
                )]
            }
        }
        Phase::Spring => r.strength.map_or_else(test_first, |t| t.spring_missing(r.side)),
        Phase::Maintain => r.strength.map_or_else(test_first, |t| t.running_missing(r.side)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn phases_step_in_order() {
        assert_eq!(Phase::Settle.next(), Some(Phase::Load));
        assert_eq!(Phase::Maintain.next(), None);
        assert_eq!(Phase::Settle.previous(), None);
        assert_eq!(Phase::Spring.previous(), Some(Phase::Build));
    }

    #[test]
    fn plyometrics_only_in_the_spring_and_maintain_phases() {
        for phase in Phase::ALL {
            let plyo = session(phase, false, 1).iter().any(|p| p.exercise.exercise().late_phase);
            assert_eq!(plyo, phase >= Phase::Spring, "{phase:?}");
        }
    }

    #[test]
    fn insertional_pain_adapts_drops_and_raises_and_drops_step_stretches() {
        for phase in Phase::ALL {
            for p in session(phase, true, 1) {
                assert_ne!(p.exercise, ExerciseId::StepStretch);
                if matches!(p.exercise, ExerciseId::SingleLegDrop | ExerciseId::CalfRaise) {
                    assert!(p.note.contains("floor"), "{phase:?} {:?}: {}", p.exercise, p.note);
                }
            }
        }
        let plain = session(Phase::Load, false, 1);
        let drop = plain.iter().find(|p| p.exercise == ExerciseId::SingleLegDrop).unwrap();
        assert!(!drop.note.contains("floor"));
    }

    #[test]
    fn the_load_phase_uses_alfredsons_dose_and_says_where_it_starts_lower() {
        let drop =
            session(Phase::Load, false, 1).into_iter().find(|p| p.exercise == ExerciseId::SingleLegDrop).unwrap();
        // 3 × 15 straight knee and 3 × 15 bent knee, once a day to start; twice a day is his.
        assert_eq!((drop.dosage.sets, drop.dosage.effort), (6, Effort::Reps(15)));
        assert!(drop.note.contains("straight") && drop.note.contains("bent"), "{}", drop.note);
        assert!(drop.note.contains("twice a day") && drop.note.contains("180"), "{}", drop.note);
        let hold =
            session(Phase::Settle, false, 1).into_iter().find(|p| p.exercise == ExerciseId::CalfRaiseHold).unwrap();
        assert_eq!(hold.dosage.effort, Effort::HoldSeconds(45));
    }

    #[test]
    fn the_strength_phases_load_the_soleus_and_follow_beyers_tempo() {
        for phase in [Phase::Build, Phase::Spring] {
            let s = session(phase, false, 1);
            assert!(s.iter().any(|p| p.note.contains("bent") && p.exercise == ExerciseId::CalfRaise), "{phase:?}");
        }
        let build = session(Phase::Build, false, 1);
        assert!(build.iter().any(|p| p.note.contains("Beyer") && p.note.contains("3 s up, 3 s down")));
        assert!(build.iter().all(|p| p.dosage.rest_seconds >= 30));
        assert_eq!(Phase::Build.sessions_per_week(), 3);
    }

    #[test]
    fn insertion_safe_sessions_hold_no_stretch_and_keep_to_the_floor() {
        for phase in Phase::ALL {
            for p in session(phase, true, 1) {
                assert!(!matches!(p.exercise, ExerciseId::WallStretch | ExerciseId::StepStretch), "{phase:?}");
                if matches!(p.exercise, ExerciseId::SingleLegDrop | ExerciseId::CalfRaise | ExerciseId::CalfRaiseHold) {
                    assert!(p.note.contains("floor"), "{phase:?} {:?}: {}", p.exercise, p.note);
                }
            }
        }
        // Mid-tendon pain keeps the gentle stretch in the settling phase.
        assert!(session(Phase::Settle, false, 1).iter().any(|p| p.exercise == ExerciseId::WallStretch));
    }

    fn ready(strength: Option<&HeelRiseTest>, chronic: bool, programme: Option<&Programme>) -> Readiness<'static> {
        // Leaked for the test's lifetime only: readiness borrows what it reads.
        let strength = strength.cloned().map(|t| &*Box::leak(Box::new(t)));
        let programme = programme.cloned().map(|p| &*Box::leak(Box::new(p)));
        Readiness { strength, side: Side::Left, chronic, programme, today: day(20) }
    }

    #[test]
    fn the_jumps_and_maintenance_need_their_strength_criteria() {
        let test = |left, right| HeelRiseTest { id: 1, date: day(1), left, right };
        assert!(!entry_missing(Phase::Spring, &ready(None, true, None)).is_empty());
        assert!(!entry_missing(Phase::Spring, &ready(Some(&test(79, 100)), true, None)).is_empty());
        assert!(entry_missing(Phase::Spring, &ready(Some(&test(80, 100)), true, None)).is_empty());
        assert!(!entry_missing(Phase::Maintain, &ready(Some(&test(80, 100)), true, None)).is_empty());
        assert!(entry_missing(Phase::Maintain, &ready(Some(&test(27, 30)), true, None)).is_empty());
    }

    #[test]
    fn heavy_slow_resistance_follows_two_weeks_of_loading_after_a_recent_start() {
        // From a recent (acute) check, not on day one…
        assert!(!entry_missing(Phase::Build, &ready(None, false, None)).is_empty());
        // …nor after 13 days of loading, but after 14.
        let loading = |since| Programme::start(Phase::Load, false, day(since));
        assert!(!entry_missing(Phase::Build, &ready(None, false, Some(&loading(7)))).is_empty());
        assert!(entry_missing(Phase::Build, &ready(None, false, Some(&loading(6)))).is_empty());
        // Settling days do not count as loading.
        assert!(!entry_missing(
            Phase::Build,
            &ready(None, false, Some(&Programme::start(Phase::Settle, false, day(1))))
        )
        .is_empty());
        // Pain of three months or more: Beyer's own patients started with it.
        assert!(entry_missing(Phase::Build, &ready(None, true, None)).is_empty());
    }

    #[test]
    fn the_build_dose_follows_beyers_weeks() {
        let reps = |week| session(Phase::Build, false, week)[0].dosage;
        assert_eq!((reps(1).sets, reps(1).effort), (3, Effort::Reps(15)));
        assert_eq!((reps(2).sets, reps(2).effort), (3, Effort::Reps(12)));
        assert_eq!((reps(4).sets, reps(4).effort), (4, Effort::Reps(10)));
        assert_eq!((reps(8).sets, reps(8).effort), (4, Effort::Reps(8)));
        assert_eq!((reps(9).sets, reps(9).effort), (4, Effort::Reps(6)));
        assert_eq!(week_in_phase(day(1), day(7)), 1);
        assert_eq!(week_in_phase(day(1), day(8)), 2);
        let p = Programme::start(Phase::Build, false, day(1));
        assert_eq!(p.today(day(29))[0].dosage.effort, Effort::Reps(10), "week 5");
    }

    #[test]
    fn step_ups_are_remembered_for_a_week() {
        let mut p = Programme::start(Phase::Load, false, day(1));
        p.move_to(Phase::Build, day(10));
        assert!(p.stepped_up_within_a_week(day(10)));
        assert!(p.stepped_up_within_a_week(day(16)));
        assert!(!p.stepped_up_within_a_week(day(17)));
        p.move_to(Phase::Load, day(20));
        assert_eq!(p.step_ups, vec![day(10)], "a step back is not a step up");
        assert_eq!(p.phase_since, day(20));
    }
}
