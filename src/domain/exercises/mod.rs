//! The exercise library: the 11 exercises of the content brief, and 5 for the weeks after a
//! tear (`domain::rupture`), in the app's own words.
//!
//! Each has a stable id (stored in sessions and programmes), its equipment, steps, dosage,
//! ways to make it easier or harder, cautions, how it changes for insertional pain, and
//! whether it belongs to the late phase only. Sources: Alfredson 1998 (eccentric drops
//! 3×15), Silbernagel 2007 (phases; plyometrics late), the content brief's dosage table
//! (values marked "default" there are the app's sensible defaults).

use serde::{Deserialize, Serialize};

use crate::domain::stored_names::stored_enum;

mod library;

pub use library::LIBRARY;

stored_enum! {
    /// Stable ids: they are stored, so they never change spelling.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum ExerciseId {
        CalfRaiseHold = "calf-raise-hold",
        EversionRaise = "eversion-raise",
        InversionRaise = "inversion-raise",
        SingleLegDrop = "single-leg-drop",
        StepStretch = "step-stretch",
        BoxJump = "box-jump",
        DropJump = "drop-jump",
        WallStretch = "wall-stretch",
        CalfRaise = "calf-raise",
        BandPush = "band-push",
        BosuBalance = "bosu-balance",
        // The exercises after a tear (`domain::rupture`): none goes below neutral.
        AnklePumps = "ankle-pumps",
        SeatedHold = "seated-hold",
        SeatedCalfRaise = "seated-calf-raise",
        FloorHeelRaise = "floor-heel-raise",
        StepToLevel = "step-to-level",
    }
}

impl ExerciseId {
    pub const ALL: [ExerciseId; 16] = [
        Self::CalfRaiseHold,
        Self::EversionRaise,
        Self::InversionRaise,
        Self::SingleLegDrop,
        Self::StepStretch,
        Self::BoxJump,
        Self::DropJump,
        Self::WallStretch,
        Self::CalfRaise,
        Self::BandPush,
        Self::BosuBalance,
        Self::AnklePumps,
        Self::SeatedHold,
        Self::SeatedCalfRaise,
        Self::FloorHeelRaise,
        Self::StepToLevel,
    ];

    /// The id as it appears in URLs and storage ("calf-raise-hold").
    pub fn slug(self) -> &'static str {
        match self {
            Self::CalfRaiseHold => "calf-raise-hold",
            Self::EversionRaise => "eversion-raise",
            Self::InversionRaise => "inversion-raise",
            Self::SingleLegDrop => "single-leg-drop",
            Self::StepStretch => "step-stretch",
            Self::BoxJump => "box-jump",
            Self::DropJump => "drop-jump",
            Self::WallStretch => "wall-stretch",
            Self::CalfRaise => "calf-raise",
            Self::BandPush => "band-push",
            Self::BosuBalance => "bosu-balance",
            Self::AnklePumps => "ankle-pumps",
            Self::SeatedHold => "seated-hold",
            Self::SeatedCalfRaise => "seated-calf-raise",
            Self::FloorHeelRaise => "floor-heel-raise",
            Self::StepToLevel => "step-to-level",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ExerciseId> {
        Self::ALL.into_iter().find(|id| id.slug() == slug)
    }

    pub fn exercise(self) -> &'static Exercise {
        // ALL and LIBRARY list the same ids in the same order (checked by a test).
        &LIBRARY[self as usize]
    }

    /// One repetition at the exercise's tempo, as its animated figure moves: each phase's
    /// name, length and the drawn position it ends in. The slow raises take 3 s up and 3 s
    /// down, the point of heavy slow resistance (Beyer 2015); the eccentric drop lowers over
    /// about 3 s and goes back up on both legs (Alfredson 1998); jumps are quick. A hold
    /// longer than a few seconds is shown as a short "hold": the timer gives its length.
    pub fn tempo(self) -> &'static [Phase] {
        // A constant list of phases: `name, seconds => position` each.
        macro_rules! phases {
            ($($name:literal, $seconds:literal => $at:ident);+) => {{
                const PHASES: &[Phase] = &[$(Phase { name: $name, seconds: $seconds, ends_at: Position::$at }),+];
                PHASES
            }};
        }
        match self {
            Self::CalfRaiseHold => phases!("up 2 s", 2 => End; "hold", 3 => End; "down 2 s", 2 => Start),
            Self::EversionRaise | Self::InversionRaise | Self::CalfRaise => {
                phases!("up 3 s", 3 => End; "down 3 s", 3 => Start)
            }
            // Alfredson's drops are done with the knee straight (the calf's gastrocnemius) and
            // again slightly bent (the soleus).
            Self::SingleLegDrop => phases!(
                "down 3 s, knee straight", 3 => End; "up on both legs", 2 => Start;
                "down 3 s, knee bent", 3 => EndKneeBent; "up on both legs", 2 => Start
            ),
            Self::StepStretch => phases!("down 3 s", 3 => End; "hold", 3 => End; "up 2 s", 2 => Start),
            Self::BoxJump => phases!("jump", 1 => End; "step down", 2 => Start),
            Self::DropJump => phases!("drop and rebound", 1 => End; "back onto the box", 2 => Start),
            Self::WallStretch => phases!("lean 2 s", 2 => End; "hold", 3 => End; "back 2 s", 2 => Start),
            Self::BandPush => phases!("push 2 s", 2 => End; "return 2 s", 2 => Start),
            Self::BosuBalance => phases!("lift the other foot", 1 => End; "balance", 3 => End; "down", 1 => Start),
            Self::AnklePumps => phases!("point 2 s", 2 => End; "back to neutral 2 s", 2 => Start),
            Self::SeatedHold => phases!("press 2 s", 2 => End; "hold", 3 => End; "relax 2 s", 2 => Start),
            Self::SeatedCalfRaise | Self::FloorHeelRaise | Self::StepToLevel => {
                phases!("up 3 s", 3 => End; "down 3 s", 3 => Start)
            }
        }
    }
}

/// A position an exercise's figure is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Start,
    End,
    /// The end position with the knee slightly bent: the soleus version of a heel drop.
    EndKneeBent,
}

/// A phase of one repetition (see [`ExerciseId::tempo`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    pub name: &'static str,
    pub seconds: u8,
    pub ends_at: Position,
}

stored_enum! {
    /// What you need, for the library's filter.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Equipment {
        None = "none",
        Step = "step",
        Wall = "wall",
        Band = "band",
        Box = "box",
        Bosu = "bosu",
        Chair = "chair",
    }
}

impl Equipment {
    pub const ALL: [Equipment; 7] =
        [Self::None, Self::Step, Self::Wall, Self::Band, Self::Box, Self::Bosu, Self::Chair];

    pub fn label(self) -> &'static str {
        match self {
            Self::None => "No equipment",
            Self::Step => "Step",
            Self::Wall => "Wall",
            Self::Band => "Band",
            Self::Box => "Box",
            Self::Bosu => "BOSU",
            Self::Chair => "Chair",
        }
    }
}

/// One set is either a number of repetitions or a hold for a number of seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    Reps(u16),
    HoldSeconds(u16),
}

impl Effort {
    pub fn describe(self) -> String {
        match self {
            Effort::Reps(n) => format!("{n} reps"),
            Effort::HoldSeconds(s) => format!("{s} s hold"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dosage {
    pub sets: u8,
    pub effort: Effort,
    /// Rest between sets.
    pub rest_seconds: u16,
}

impl Dosage {
    pub fn describe(self) -> String {
        format!("{} × {}", self.sets, self.effort.describe())
    }
}

/// How an exercise changes for pain where the tendon meets the heel bone, where dropping
/// the heel below the foot or stretching over an edge presses on the sore spot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insertional {
    Unchanged,
    /// Done differently: the text says how.
    Adapted(&'static str),
    /// Left out of the programme.
    Avoid(&'static str),
}

#[derive(Debug)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: &'static str,
    pub equipment: Equipment,
    /// What to have at hand, in words.
    pub kit: &'static str,
    pub steps: &'static [&'static str],
    pub dosage: Dosage,
    /// How the dosage is meant, when the numbers alone do not say it.
    pub dosage_note: &'static str,
    pub easier: &'static str,
    pub harder: &'static str,
    pub cautions: &'static [&'static str],
    pub insertional: Insertional,
    /// Plyometrics: only once strength work is tolerated (Silbernagel phase 3).
    pub late_phase: bool,
    /// Text alternative for the illustration: the start and end positions in words.
    pub picture: &'static str,
}

impl Exercise {
    /// Case-insensitive match on the name, the kit and the steps. The texts are English, so
    /// ASCII case folding is enough, and it spares the wasm the Unicode case tables.
    pub fn matches(&self, query: &str) -> bool {
        let q = query.trim().to_ascii_lowercase();
        q.is_empty()
            || self.name.to_ascii_lowercase().contains(&q)
            || self.kit.to_ascii_lowercase().contains(&q)
            || self.steps.iter().any(|s| s.to_ascii_lowercase().contains(&q))
    }
}

/// Every exercise, filtered by a search text and an optional piece of equipment.
pub fn search(query: &str, equipment: Option<Equipment>) -> Vec<&'static Exercise> {
    LIBRARY.iter().filter(|e| equipment.is_none_or(|eq| e.equipment == eq) && e.matches(query)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tempo_moves_and_comes_back_to_the_start() {
        for id in ExerciseId::ALL {
            let tempo = id.tempo();
            assert!(tempo.iter().any(|p| p.ends_at == Position::End), "{id:?} never moves");
            assert_eq!(tempo.last().map(|p| p.ends_at), Some(Position::Start), "{id:?} does not loop");
            assert!(tempo.iter().all(|p| p.seconds > 0 && !p.name.is_empty()), "{id:?}");
            // The first phase moves, so the figure is seen moving at once.
            assert_eq!(tempo[0].ends_at, Position::End, "{id:?}");
        }
        assert_eq!(ExerciseId::CalfRaise.tempo().iter().map(|p| p.seconds).sum::<u8>(), 6);
    }

    #[test]
    fn sixteen_exercises_in_id_order_with_unique_slugs() {
        assert_eq!(LIBRARY.len(), 16);
        for (i, id) in ExerciseId::ALL.into_iter().enumerate() {
            assert_eq!(LIBRARY[i].id, id, "LIBRARY must follow ExerciseId::ALL");
            assert_eq!(ExerciseId::from_slug(id.slug()), Some(id));
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{}\"", id.slug()));
        }
        assert_eq!(ExerciseId::from_slug("pistol-squat"), None);
    }

    #[test]
    fn dosages_follow_the_brief() {
        let d = |id: ExerciseId| id.exercise().dosage;
        assert_eq!(d(ExerciseId::CalfRaiseHold).effort, Effort::HoldSeconds(45));
        assert_eq!(d(ExerciseId::SingleLegDrop), Dosage { sets: 3, effort: Effort::Reps(15), rest_seconds: 90 });
        assert_eq!(d(ExerciseId::StepStretch).effort, Effort::HoldSeconds(30));
        assert_eq!(d(ExerciseId::StepStretch).sets, 3);
        assert_eq!(d(ExerciseId::DropJump).sets, 3);
    }

    #[test]
    fn plyometrics_are_late_phase_and_insertional_rules_are_set() {
        for e in &LIBRARY {
            let plyo = matches!(e.id, ExerciseId::BoxJump | ExerciseId::DropJump);
            assert_eq!(e.late_phase, plyo, "{}", e.name);
        }
        assert!(matches!(ExerciseId::StepStretch.exercise().insertional, Insertional::Avoid(_)));
        assert!(matches!(ExerciseId::SingleLegDrop.exercise().insertional, Insertional::Adapted(_)));
        assert!(matches!(ExerciseId::CalfRaise.exercise().insertional, Insertional::Adapted(_)));
    }

    #[test]
    fn search_by_text_and_equipment() {
        let names = |v: Vec<&Exercise>| v.iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(search("", None).len(), 16);
        assert_eq!(names(search("", Some(Equipment::Box))), vec![ExerciseId::BoxJump, ExerciseId::DropJump]);
        assert_eq!(names(search("BOSU", None)), vec![ExerciseId::BosuBalance]);
        assert_eq!(names(search("wall", Some(Equipment::Wall))), vec![ExerciseId::WallStretch]);
        assert_eq!(search("", Some(Equipment::Step)).len(), 5);
        assert_eq!(search("", Some(Equipment::None)).len(), 4);
        assert_eq!(search("", Some(Equipment::Band)).len(), 1);
        assert_eq!(search("", Some(Equipment::Chair)).len(), 2);
        assert!(search("zzz", None).is_empty());
    }
}
