//! The exercise library: the 11 exercises of the content brief, in the app's own words.
//!
//! Each has a stable id (stored in sessions and programmes), its equipment, steps, dosage,
//! ways to make it easier or harder, cautions, how it changes for insertional pain, and
//! whether it belongs to the late phase only. Sources: Alfredson 1998 (eccentric drops
//! 3×15), Silbernagel 2007 (phases; plyometrics late), the content brief's dosage table
//! (values marked "default" there are the app's sensible defaults).

use serde::{Deserialize, Serialize};

/// Stable ids: they are stored, so they never change spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExerciseId {
    CalfRaiseHold,
    EversionRaise,
    InversionRaise,
    SingleLegDrop,
    StepStretch,
    BoxJump,
    DropJump,
    WallStretch,
    CalfRaise,
    BandPush,
    BosuBalance,
}

impl ExerciseId {
    pub const ALL: [ExerciseId; 11] = [
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

/// What you need, for the library's filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Equipment {
    None,
    Step,
    Wall,
    Band,
    Box,
    Bosu,
}

impl Equipment {
    pub const ALL: [Equipment; 6] = [Self::None, Self::Step, Self::Wall, Self::Band, Self::Box, Self::Bosu];

    pub fn label(self) -> &'static str {
        match self {
            Self::None => "No equipment",
            Self::Step => "Step",
            Self::Wall => "Wall",
            Self::Band => "Band",
            Self::Box => "Box",
            Self::Bosu => "BOSU",
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

const REST: u16 = 60;

pub static LIBRARY: [Exercise; 11] = [
    Exercise {
        id: ExerciseId::CalfRaiseHold,
        name: "Calf raise hold",
        equipment: Equipment::Step,
        kit: "A step or a stair, and a rail or wall for balance",
        steps: &[
            "Put the front of both feet on the step, heels free behind.",
            "Rise onto your toes, then stop about halfway up.",
            "Hold still there, breathing normally, until the timer ends.",
            "Lower slowly and rest before the next hold.",
        ],
        dosage: Dosage { sets: 4, effort: Effort::HoldSeconds(45), rest_seconds: REST },
        dosage_note: "An optional way to calm a sore tendon: some runners find the pain eases for a while afterwards.",
        easier: "Hold on both legs with the heels level with the step, or shorten the hold to 30 s.",
        harder: "Hold on the sore leg alone.",
        cautions: &["Hold at a level where the pain stays at 5 out of 10 or less."],
        insertional: Insertional::Adapted("Do it on flat floor, so the heels never drop below the feet."),
        late_phase: false,
        picture: "Start: standing on a step with heels level. End: risen halfway onto the toes and holding.",
    },
    Exercise {
        id: ExerciseId::EversionRaise,
        name: "Heel raise, toes turned out",
        equipment: Equipment::None,
        kit: "Flat floor, a wall or chair for balance",
        steps: &[
            "Stand with your heels together and toes turned outwards.",
            "Rise slowly onto your toes, taking about three seconds.",
            "Lower slowly, taking another three seconds.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(15), rest_seconds: REST },
        dosage_note: "Works the calf with the foot turned out, loading the tendon a little differently.",
        easier: "Rise only part of the way up.",
        harder: "Slow the lowering to five seconds.",
        cautions: &["Keep the movement smooth; no bouncing."],
        insertional: Insertional::Unchanged,
        late_phase: false,
        picture: "Start: standing on the floor, heels together, toes turned out. End: risen onto the toes.",
    },
    Exercise {
        id: ExerciseId::InversionRaise,
        name: "Heel raise, toes turned in",
        equipment: Equipment::None,
        kit: "Flat floor, a wall or chair for balance",
        steps: &[
            "Stand with your toes together and heels turned outwards.",
            "Rise slowly onto your toes, taking about three seconds.",
            "Lower slowly, taking another three seconds.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(15), rest_seconds: REST },
        dosage_note: "The partner of the toes-out raise, with the foot turned the other way.",
        easier: "Rise only part of the way up.",
        harder: "Slow the lowering to five seconds.",
        cautions: &["Keep the movement smooth; no bouncing."],
        insertional: Insertional::Unchanged,
        late_phase: false,
        picture: "Start: standing on the floor, toes together, heels turned out. End: risen onto the toes.",
    },
    Exercise {
        id: ExerciseId::SingleLegDrop,
        name: "Single-leg heel drop",
        equipment: Equipment::Step,
        kit: "A step or a stair, and a rail for balance",
        steps: &[
            "Put the front of both feet on the step edge, heels free behind.",
            "Rise onto your toes using both legs.",
            "Take the good foot off and let the sore leg carry you.",
            "Lower that heel slowly, over about three seconds, until it is below the step.",
            "Put the good foot back and use both legs to rise again.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(15), rest_seconds: 90 },
        dosage_note: "The classic eccentric exercise: done with a straight knee, and again with the knee slightly bent. Some pain during it is acceptable.",
        easier: "Lower on both legs, or only down to step level.",
        harder: "Wear a backpack with about 5 kg in it once 3 × 15 feels easy.",
        cautions: &["Only the lowering is done on the sore leg; rise with both.", "Pain up to 5 out of 10 is acceptable; stop if it goes above."],
        insertional: Insertional::Adapted("Do it on flat floor, lowering the heel only to the ground, never below the level of the foot."),
        late_phase: false,
        picture: "Start: on the toes of both feet at the edge of a step. End: one leg, heel lowered below the step.",
    },
    Exercise {
        id: ExerciseId::StepStretch,
        name: "Step calf stretch",
        equipment: Equipment::Step,
        kit: "A step or a stair, and a rail for balance",
        steps: &[
            "Stand on the step edge on the front of your feet, heels hanging free.",
            "Let your heels sink slowly until you feel the stretch in the calf and the back of the ankle.",
            "Hold, then come back up to level and rest.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::HoldSeconds(30), rest_seconds: 30 },
        dosage_note: "A gentle stretch, not a test of how far you can go.",
        easier: "Let the heels sink only a little.",
        harder: "Stretch one leg at a time.",
        cautions: &["Stretch to a pull, never to sharp pain."],
        insertional: Insertional::Avoid("Stretching over a step edge squeezes the tendon where it meets the bone. Skip stretching for now: a small heel lift in both shoes helps more."),
        late_phase: false,
        picture: "Start: standing on a step edge, heels level. End: heels sunk below the step.",
    },
    Exercise {
        id: ExerciseId::BoxJump,
        name: "Box jump",
        equipment: Equipment::Box,
        kit: "A sturdy box or platform at least 30 cm (12 in) high",
        steps: &[
            "Stand facing the box, feet hip-width apart, about a small step away.",
            "Bend your knees, swing your arms and jump up onto the box.",
            "Land softly on both feet with your knees bent, then stand tall.",
            "Step down, one foot at a time; do not jump down.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(5), rest_seconds: 90 },
        dosage_note: "Springy loading for the late phase, to prepare the tendon for running.",
        easier: "Use a lower box.",
        harder: "Use a higher box, or pause less between jumps.",
        cautions: &["Late phase only: not in the first weeks, and not while pain is above 5 out of 10."],
        insertional: Insertional::Unchanged,
        late_phase: true,
        picture: "Start: standing in front of a box, knees bent, ready to jump. End: standing tall on top of the box.",
    },
    Exercise {
        id: ExerciseId::DropJump,
        name: "Drop jump",
        equipment: Equipment::Box,
        kit: "A sturdy box or platform",
        steps: &[
            "Stand on the box with your toes near the edge.",
            "Step off forwards; do not jump.",
            "Land softly on both feet, spreading the landing from the toes to the heels, knees bent.",
            "Step back onto the box and reset.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(5), rest_seconds: 120 },
        dosage_note: "Three rounds with a full rest between them.",
        easier: "Use a lower box.",
        harder: "Rebound into a small jump straight after landing.",
        cautions: &["Late phase only: not in the first weeks, and not while pain is above 5 out of 10."],
        insertional: Insertional::Unchanged,
        late_phase: true,
        picture: "Start: standing on a box. End: landed on the floor in front of it, knees bent.",
    },
    Exercise {
        id: ExerciseId::WallStretch,
        name: "Standing wall stretch",
        equipment: Equipment::Wall,
        kit: "A wall",
        steps: &[
            "Face the wall an arm's length away (60 to 90 cm) with your hands on it.",
            "Step the leg to be stretched back, heel on the floor, toes pointing at the wall.",
            "Lean into the wall until you feel the calf stretch, and hold.",
            "Then bend the back knee a little, keeping the heel down, to move the stretch lower.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::HoldSeconds(30), rest_seconds: 15 },
        dosage_note: "Two or three times a day while it is sore.",
        easier: "Stand closer to the wall.",
        harder: "Step further back.",
        cautions: &["Keep the back heel on the floor throughout."],
        // Pringels et al. (BJSM 2025, RCT): for insertional pain, no stretching beat daily
        // stretching by about 13 VISA-A points at 12 weeks: dorsiflexion presses the tendon
        // onto the heel bone.
        insertional: Insertional::Avoid("Stretching the calf pulls the tendon onto the heel bone where it is sore. Skip it for now: a small heel lift in both shoes helps more."),
        late_phase: false,
        picture: "Start: leaning on a wall, back leg straight with the heel down. End: the back knee bent, heel still down.",
    },
    Exercise {
        id: ExerciseId::CalfRaise,
        name: "Calf raise off a step",
        equipment: Equipment::Step,
        kit: "A step 8 to 15 cm (3 to 6 in) high, and a rail",
        steps: &[
            "Hold the rail and stand on the step edge on the front of your feet.",
            "Let your heels sink fully below the step.",
            "Rise slowly onto your toes, as high as you can.",
            "Hold a moment at the top, then lower slowly.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(15), rest_seconds: REST },
        dosage_note: "Builds calf strength through the full range.",
        easier: "Do it on flat floor.",
        harder: "Do it on one leg, or take longer over the lowering.",
        cautions: &["Use the rail for balance, not to pull yourself up."],
        insertional: Insertional::Adapted("Do it on flat floor, so the heel never drops below the foot."),
        late_phase: false,
        picture: "Start: on a step edge with heels sunk below it. End: risen high onto the toes.",
    },
    Exercise {
        id: ExerciseId::BandPush,
        name: "Band foot push",
        equipment: Equipment::Band,
        kit: "A light resistance band, sitting on the floor",
        steps: &[
            "Sit with your legs out in front of you.",
            "Loop the band round the ball of the foot and hold both ends.",
            "Keeping the band taut, push your toes slowly away from you.",
            "Return slowly.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::Reps(15), rest_seconds: 45 },
        dosage_note: "Gentle loading that can start early, when standing work still hurts too much.",
        easier: "Use a lighter band.",
        harder: "Use a stronger band, or push more slowly.",
        cautions: &["Keep the movement slow and controlled."],
        insertional: Insertional::Unchanged,
        late_phase: false,
        picture: "Start: sitting, band round the foot, toes pointing up. End: toes pushed away against the band.",
    },
    Exercise {
        id: ExerciseId::BosuBalance,
        name: "Single-leg balance on a BOSU",
        equipment: Equipment::Bosu,
        kit: "A BOSU ball, dome side down, with a wall or rail close by",
        steps: &[
            "Turn the BOSU dome side down, flat platform up.",
            "Step onto the middle of the platform with the sore leg, a hand near the wall.",
            "Lift the other foot and balance.",
            "Step off carefully when the time is up.",
        ],
        dosage: Dosage { sets: 3, effort: Effort::HoldSeconds(15), rest_seconds: 30 },
        dosage_note: "Start with 3 seconds and build up the time as your balance improves.",
        easier: "Hold on to the wall, or balance on the floor first.",
        harder: "Balance for longer, or hold 1 kg (2 lb) in each hand.",
        cautions: &["Keep a wall or rail within reach."],
        insertional: Insertional::Unchanged,
        late_phase: false,
        picture: "Start: both feet on the flat side of an upturned BOSU. End: balancing on one leg.",
    },
];

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
    fn eleven_exercises_in_id_order_with_unique_slugs() {
        assert_eq!(LIBRARY.len(), 11);
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
        assert_eq!(search("", None).len(), 11);
        assert_eq!(names(search("", Some(Equipment::Box))), vec![ExerciseId::BoxJump, ExerciseId::DropJump]);
        assert_eq!(names(search("BOSU", None)), vec![ExerciseId::BosuBalance]);
        assert_eq!(names(search("wall", Some(Equipment::Wall))), vec![ExerciseId::WallStretch]);
        assert_eq!(search("", Some(Equipment::Step)).len(), 4);
        assert_eq!(search("", Some(Equipment::None)).len(), 2);
        assert_eq!(search("", Some(Equipment::Band)).len(), 1);
        assert!(search("zzz", None).is_empty());
    }
}
