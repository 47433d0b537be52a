//! The default pathway, phase by phase: when each starts, what the runner may and may not
//! do, the exercises, and what moves them on.
//!
//! Weeks after day 0 (the operation, or the injury without one), after the accelerated
//! functional rehabilitation of Willits et al. (JBJS Am 2010) and the STAR trial (Costa et
//! al., Lancet 2020): a cast or boot with the foot pointed for the first two weeks;
//! weight-bearing in a boot with heel wedges, the ankle moved to neutral and never beyond,
//! from 2 weeks; the wedges out and the boot weaned from 6 weeks, off by about 10; strength
//! work on the flat from 10 weeks; jogging on criteria not before 16 weeks (protocols allow
//! it from 12–16 weeks; the app takes the later end) and jumps and sport from 6 months.
//! Throughout: no stretching into dorsiflexion and no lowering below the level of a step,
//! since the healing tendon lengthens (Kangas et al. 2007; Silbernagel et al. 2012).

use super::RupturePhase;
use crate::domain::exercises::{Dosage, Effort, ExerciseId};
use crate::domain::programme::Prescription;

/// The week after day 0 each phase starts, by default.
pub const DEFAULT_START_WEEKS: [u64; 6] = [0, 2, 6, 10, 16, 24];

impl RupturePhase {
    pub fn title(self) -> &'static str {
        match self {
            RupturePhase::Protect => "Protect the tendon",
            RupturePhase::EarlyMotion => "Early motion in the boot",
            RupturePhase::OutOfBoot => "Out of the boot",
            RupturePhase::Strength => "Strength on the flat",
            RupturePhase::Running => "Back to running",
            RupturePhase::Sport => "Jumps and sport",
        }
    }

    /// What the runner may do in this phase.
    pub fn may(self) -> &'static [&'static str] {
        match self {
            RupturePhase::Protect => &[
                "Keep the cast or boot on, with the foot pointed down as it was set.",
                "Put weight through it only as your team told you, with crutches.",
                "Keep the rest of you moving: the hip and knee of that leg, the other leg, the upper body.",
                "Raise the leg when you sit, and move your toes often.",
            ],
            RupturePhase::EarlyMotion => &[
                "Walk in the boot with its heel wedges, taking weight as your team allows.",
                "Out of the boot, only if your team allows it: point the foot down and bring it back up to \
                neutral (the foot at a right angle), never further.",
                "Gentle seated holds, pressing the ball of the foot down without moving.",
            ],
            RupturePhase::OutOfBoot => &[
                "Take the wedges out one at a time, then wean off the boot, as your team says.",
                "Walk in shoes, with a small heel lift if it helps.",
                "Seated calf raises and holds, and heel raises on both feet on the flat floor.",
            ],
            RupturePhase::Strength => &[
                "Heel raises on the flat floor: on both feet, then on the injured leg alone.",
                "Raises on a step with the heels only down to the level of the step, never below.",
                "Heavier seated calf raises. The heel-rise test on both legs, two weeks into this phase.",
            ],
            RupturePhase::Running => &[
                "Once the criteria below are met: the hop test, then the walk–run steps.",
                "Keep the strength work going two or three times a week.",
            ],
            RupturePhase::Sport => &[
                "Jumps, once the criteria below are met, and a gradual way back to your sport.",
                "Strength work twice a week for the rest of the year at least.",
            ],
        }
    }

    /// What the runner must not do in this phase.
    pub fn may_not(self) -> &'static [&'static str] {
        const ALWAYS: &str = "No calf stretching and no heel below the level of a step: a healing tendon stretched \
            lengthens for good, and a long tendon pushes off weakly.";
        match self {
            RupturePhase::Protect => {
                &[ALWAYS, "Do not take the boot off, walk without it, or move the ankle up past where it was set."]
            }
            RupturePhase::EarlyMotion => &[
                ALWAYS,
                "No movement of the foot up past neutral, and no walking without the boot.",
                "No heel raises standing, no hopping, no running.",
            ],
            RupturePhase::OutOfBoot => &[ALWAYS, "No heel raises on one leg yet, no hopping, no running."],
            RupturePhase::Strength => &[ALWAYS, "No hopping, jumping or running yet."],
            RupturePhase::Running => &[ALWAYS, "No jumps or sport yet."],
            RupturePhase::Sport => &[ALWAYS],
        }
    }

    /// What moves the runner on to the next phase, in words.
    pub fn to_move_on(self) -> &'static str {
        match self {
            RupturePhase::Protect => "Two weeks from the injury or the operation (or your team's date).",
            RupturePhase::EarlyMotion => {
                "Six weeks, with the pain rules kept: up to 5 out of 10 during, settled by the next morning."
            }
            RupturePhase::OutOfBoot => "Ten weeks, walking in shoes without a limp, the pain rules kept.",
            RupturePhase::Strength => {
                "Sixteen weeks at the earliest, a clinician's go-ahead recorded, the injured leg managing 80% of the \
                other leg's heel raises, and 10 to 20 hops with pain at 2 out of 10 or less."
            }
            RupturePhase::Running => {
                "Six months at the earliest, and the injured leg managing 90% of the other leg's heel raises."
            }
            RupturePhase::Sport => "The last phase: keep the strength work going.",
        }
    }
}

const fn dose(sets: u8, effort: Effort, rest_seconds: u16) -> Dosage {
    Dosage { sets, effort, rest_seconds }
}

/// The exercises of a phase. None is a stretch or goes below the level of the floor or a
/// step; jumps only in the last phase (`tests`: a property over every day of the year).
pub fn phase_session(phase: RupturePhase) -> Vec<Prescription> {
    use Effort::*;
    use ExerciseId::*;
    let items: &[(ExerciseId, Dosage, &str)] = match phase {
        RupturePhase::Protect => &[],
        RupturePhase::EarlyMotion => &[
            (AnklePumps, dose(3, Reps(15), 30), "Out of the boot only if your team allows it; to neutral, no further."),
            (SeatedHold, dose(5, HoldSeconds(10), 30), "Gently at first: press, do not push through pain."),
            (BandPush, dose(3, Reps(15), 45), "A light band, from week 4, if it does not hurt."),
        ],
        RupturePhase::OutOfBoot => &[
            (SeatedCalfRaise, dose(3, Reps(15), 60), "Start with no weight, then add a bag on the knees."),
            (SeatedHold, dose(5, HoldSeconds(30), 30), "With a bag on the knees."),
            (BandPush, dose(3, Reps(15), 45), "A firmer band."),
            (FloorHeelRaise, dose(3, Reps(10), 60), "On both feet, hands on a wall."),
        ],
        RupturePhase::Strength => &[
            (
                FloorHeelRaise,
                dose(3, Reps(15), 90),
                "On both feet until 3 × 15 is easy, then on the injured leg alone.",
            ),
            (StepToLevel, dose(3, Reps(12), 90), "The heels come back to the level of the step, never below it."),
            (SeatedCalfRaise, dose(4, Reps(10), 90), "Heavier: a weight that makes the last raises hard."),
        ],
        RupturePhase::Running => &[
            (FloorHeelRaise, dose(3, Reps(15), 90), "On the injured leg alone."),
            (StepToLevel, dose(4, Reps(10), 90), "On the injured leg alone, down to level only."),
            (SeatedCalfRaise, dose(4, Reps(8), 90), "Heavy."),
        ],
        RupturePhase::Sport => &[
            (StepToLevel, dose(4, Reps(10), 90), "On the injured leg alone, with a backpack for weight."),
            (SeatedCalfRaise, dose(4, Reps(8), 90), "Heavy."),
            (BoxJump, dose(3, Reps(5), 90), "Land softly on both feet and step down; stop if the tendon hurts."),
        ],
    };
    items
        .iter()
        .map(|(exercise, dosage, note)| Prescription { exercise: *exercise, dosage: *dosage, note: note.to_string() })
        .collect()
}

/// Whether an exercise has a place in the pathway after a tear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UseAfterTear {
    /// Offered from this phase on.
    From(RupturePhase),
    /// Stretches the tendon or takes the heel below the foot (or lands onto it from a box):
    /// never while it heals.
    Never,
    /// Not part of the pathway: for the runner's physiotherapist to decide.
    NotInPathway,
}

/// Where `id` stands after a tear: the first phase whose session has it, or why none does.
pub fn use_after_tear(id: ExerciseId) -> UseAfterTear {
    use ExerciseId::*;
    if let Some(phase) = RupturePhase::ALL.into_iter().find(|p| phase_session(*p).iter().any(|x| x.exercise == id)) {
        return UseAfterTear::From(phase);
    }
    match id {
        WallStretch | StepStretch | SingleLegDrop | CalfRaise | DropJump => UseAfterTear::Never,
        _ => UseAfterTear::NotInPathway,
    }
}
