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

use super::checks::HeelCheck;
use super::exercises::{Dosage, Effort, ExerciseId, Insertional};
use super::triage::{Alert, Condition, Location, Urgency};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Settle,
    Load,
    Build,
    Spring,
    Maintain,
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
            Phase::Settle => "A few days of relative rest: swap runs for cycling or swimming if they are painless, ice the sore spot, stretch gently, and use holds to calm the tendon.",
            Phase::Load => "Daily heel raises, first on the floor and then off a step, slow lowering on the sore leg, band work and balance. Usually weeks 1 to 5.",
            Phase::Build => "Heavier and slower: single-leg work, a backpack for extra weight, fewer but harder repetitions. Three sessions a week, usually weeks 3 to 12.",
            Phase::Spring => "Jumps that teach the tendon to spring again, with the walk–run return to running once its checklist is met. Three sessions a week.",
            Phase::Maintain => "Two or three short sessions a week to keep the tendon strong once you are running again.",
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

/// The exercises of a phase, before insertional adaptations.
fn template(phase: Phase) -> Vec<(ExerciseId, Dosage, &'static str)> {
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
                dose(3, Reps(15), 90),
                "Once with a straight knee; on another day, with the knee slightly bent.",
            ),
            (BandPush, dose(3, Reps(15), 45), ""),
            (BosuBalance, dose(3, HoldSeconds(15), 30), "Start with 3 s if 15 s is too long."),
        ],
        Phase::Build => vec![
            (
                CalfRaise,
                dose(4, Reps(8), 120),
                "On the sore leg alone: 3 s up, 3 s down, with a backpack heavy enough that 8 is hard.",
            ),
            (SingleLegDrop, dose(3, Reps(15), 90), "Add about 5 kg in a backpack once 3 × 15 is easy."),
            (BosuBalance, dose(3, HoldSeconds(30), 30), ""),
            (WallStretch, dose(3, HoldSeconds(30), 15), ""),
        ],
        Phase::Spring => vec![
            (CalfRaise, dose(4, Reps(6), 120), "Heavy and slow on one leg: 3 s up, 3 s down."),
            (BoxJump, dose(3, Reps(5), 90), "Land softly; step down."),
            (DropJump, dose(3, Reps(5), 120), ""),
            (BosuBalance, dose(3, HoldSeconds(30), 30), ""),
        ],
        Phase::Maintain => vec![
            (CalfRaise, dose(3, Reps(15), 60), "On one leg."),
            (SingleLegDrop, dose(3, Reps(15), 90), ""),
            (BoxJump, dose(3, Reps(5), 90), ""),
        ],
    }
}

/// The session for a phase. For insertional pain, exercises that press on the insertion
/// are adapted (drops and raises from the floor) or left out (stretches over a step).
pub fn session(phase: Phase, insertional: bool) -> Vec<Prescription> {
    template(phase)
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
    pub started_on: NaiveDate,
    pub phase_since: NaiveDate,
    /// Insertional adaptations on (from the latest check, or set by hand).
    pub insertional: bool,
    /// Days the programme stepped forward (the walk–run ladder waits a week after one).
    pub step_ups: Vec<NaiveDate>,
}

impl Programme {
    pub fn start(phase: Phase, insertional: bool, today: NaiveDate) -> Self {
        Programme { phase, started_on: today, phase_since: today, insertional, step_ups: Vec::new() }
    }

    pub fn today(&self) -> Vec<Prescription> {
        session(self.phase, self.insertional)
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

/// What the latest heel check allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Eligibility {
    /// A same-day sign, or a sign that needs an examination before loading: no exercise
    /// until a clinician has seen it.
    Blocked { check_id: u64, reason: &'static str },
    Allowed {
        /// Suggested starting point.
        phase: Phase,
        insertional: bool,
        /// A note to show with the programme, when a clinician should be involved too.
        clinician_note: Option<&'static str>,
    },
}

/// Reads the latest check. `rupture_ruled_out` is the runner's statement that a clinician
/// has examined the leg since and found no tear.
pub fn eligibility(latest: Option<&HeelCheck>, rupture_ruled_out: bool) -> Eligibility {
    let Some(check) = latest else {
        return Eligibility::Allowed { phase: Phase::Settle, insertional: false, clinician_note: None };
    };
    let a = &check.assessment;
    if a.needs_exam_before_loading() && !rupture_ruled_out {
        let reason = match a.alert() {
            Some(Alert::Tear) => "Your latest heel check found signs of a possible tear. Exercise could make a tear worse: get seen today first.",
            Some(Alert::Clot | Alert::CallEmergencyNumber) => "Your latest heel check found signs of a possible blood clot. Get seen today, and do not stretch or massage the calf.",
            Some(Alert::Infection) => "Your latest heel check found signs of a possible infection. Get seen today before any exercise.",
            Some(Alert::CannotBearWeight) => "Your latest heel check found that the leg cannot take your weight. Get seen today before any exercise.",
            None => "Your latest heel check raised a sign that a doctor or physiotherapist should examine before you load the tendon.",
        };
        return Eligibility::Blocked { check_id: check.id, reason };
    }
    let clinician_note = match (a.condition, a.urgency) {
        (Condition::ChronicTendinopathy, _) => Some("Pain for three months or more: have a doctor or physiotherapist guide this programme with you."),
        (_, Urgency::SeeClinician) => Some("Your heel check raised a warning sign: get it examined. Until then, keep to what stays within the pain limits."),
        _ => None,
    };
    let phase = match a.condition {
        Condition::ChronicTendinopathy => Phase::Load,
        _ => Phase::Settle,
    };
    Eligibility::Allowed { phase, insertional: a.location == Location::Insertional, clinician_note }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::CheckHistory;
    use crate::domain::questionnaire::Step;
    use crate::domain::triage::{Answers, PainLocation};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn check(answers: Answers) -> HeelCheck {
        let mut h = CheckHistory::default();
        h.record(1, day(1), answers, Step::Review);
        h.latest().unwrap().clone()
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
            let plyo = session(phase, false).iter().any(|p| p.exercise.exercise().late_phase);
            assert_eq!(plyo, phase >= Phase::Spring, "{phase:?}");
        }
    }

    #[test]
    fn insertional_pain_adapts_drops_and_raises_and_drops_step_stretches() {
        for phase in Phase::ALL {
            for p in session(phase, true) {
                assert_ne!(p.exercise, ExerciseId::StepStretch);
                if matches!(p.exercise, ExerciseId::SingleLegDrop | ExerciseId::CalfRaise) {
                    assert!(p.note.contains("floor"), "{phase:?} {:?}: {}", p.exercise, p.note);
                }
            }
        }
        let plain = session(Phase::Load, false);
        let drop = plain.iter().find(|p| p.exercise == ExerciseId::SingleLegDrop).unwrap();
        assert!(!drop.note.contains("floor"));
    }

    #[test]
    fn the_load_phase_uses_the_eccentric_dose() {
        let drop = session(Phase::Load, false).into_iter().find(|p| p.exercise == ExerciseId::SingleLegDrop).unwrap();
        assert_eq!((drop.dosage.sets, drop.dosage.effort), (3, Effort::Reps(15)));
        let hold = session(Phase::Settle, false).into_iter().find(|p| p.exercise == ExerciseId::CalfRaiseHold).unwrap();
        assert_eq!(hold.dosage.effort, Effort::HoldSeconds(45));
    }

    #[test]
    fn a_rupture_blocks_the_programme_until_ruled_out() {
        let c = check(Answers { pop_or_snap: true, ..Default::default() });
        assert!(matches!(eligibility(Some(&c), false), Eligibility::Blocked { .. }));
        assert!(matches!(eligibility(Some(&c), true), Eligibility::Allowed { .. }));
        let infection = check(Answers {
            fever: true,
            redness_or_heat: true,
            worst_pain: crate::domain::pain::PainScore::new(3).unwrap(),
            ..Default::default()
        });
        assert!(
            matches!(eligibility(Some(&infection), false), Eligibility::Blocked { reason, .. } if reason.contains("infection"))
        );
    }

    #[test]
    fn triage_sets_the_start_and_the_notes() {
        let acute = check(Answers {
            pain_on_push_off: true,
            weeks_since_onset: 2,
            pain_location: PainLocation::Insertion,
            ..Default::default()
        });
        assert_eq!(
            eligibility(Some(&acute), false),
            Eligibility::Allowed { phase: Phase::Settle, insertional: true, clinician_note: None }
        );
        let chronic = check(Answers { morning_stiffness: true, weeks_since_onset: 20, ..Default::default() });
        let Eligibility::Allowed { phase, clinician_note, .. } = eligibility(Some(&chronic), false) else { panic!() };
        assert_eq!(phase, Phase::Load);
        assert!(clinician_note.unwrap().contains("three months"));
        assert!(matches!(eligibility(None, false), Eligibility::Allowed { phase: Phase::Settle, .. }));
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
