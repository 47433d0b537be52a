//! What the questionnaire asks: every answer the engine reads, with the default a runner
//! with no complaint would give.

use serde::{Deserialize, Serialize};

use crate::domain::pain::PainScore;

/// Which leg hurts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    #[default]
    Right,
    Both,
}

/// How the pain began.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Onset {
    /// A single moment the runner can name (a push-off, a jump, a sprint).
    Sudden,
    #[default]
    Gradual,
    /// The runner cannot say: treated as possibly sudden until a partner test says otherwise.
    Unsure,
}

/// Where on the back of the leg it hurts most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainLocation {
    /// 2–6 cm above the heel bone: the commoner site.
    Midportion,
    /// Where the tendon joins the heel bone.
    Insertion,
    Calf,
    #[default]
    Unsure,
}

/// The result of trying to rise onto the toes of the sore leg alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeelRaise {
    #[default]
    Easy,
    Painful,
    Cannot,
}

/// The runner's age band: only the edges change what the app says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum AgeBand {
    #[default]
    #[serde(rename = "not_asked")]
    NotAsked,
    /// Heel pain at the back at 8–15 is usually the growth plate (Sever's), not the tendon.
    #[serde(rename = "under_16")]
    Under16,
    #[serde(rename = "16_to_59")]
    Adult,
    /// Raises the risk a fluoroquinolone or a steroid poses to the tendon (FDA 2016).
    #[serde(rename = "60_and_over")]
    SixtyPlus,
}

/// The calf squeeze (Simmonds–Thompson) test done by a friend: kneeling on a chair, feet
/// hanging, a squeeze of the middle of the calf should point the foot down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalfSqueeze {
    #[default]
    NotDone,
    FootMoved,
    FootDidNotMove,
    NotSure,
    NoOneToHelp,
}

/// The Matles test: lying face down, knees bent, does the sore foot hang more upright
/// (less pointed) than the other?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FootHang {
    #[default]
    NotDone,
    SameAsOther,
    MoreUpright,
    NotSure,
    NoOneToHelp,
}

/// What raises the chance that a sore, swollen calf is a clot (NHS; NICE NG158).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClotRisk {
    LongJourney,
    SurgeryOrCast,
    PreviousClot,
    Cancer,
    HormonesOrPregnancy,
    BedRest,
}

impl ClotRisk {
    pub const ALL: [ClotRisk; 6] = [
        Self::LongJourney,
        Self::SurgeryOrCast,
        Self::PreviousClot,
        Self::Cancer,
        Self::HormonesOrPregnancy,
        Self::BedRest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::LongJourney => "A journey of 4 hours or more sitting down, in the last 4 weeks",
            Self::SurgeryOrCast => "An operation, a plaster cast or a leg in a boot, in the last 3 months",
            Self::PreviousClot => "A blood clot in a leg or lung before",
            Self::Cancer => "Cancer, or treatment for it",
            Self::HormonesOrPregnancy => "The pill, hormone therapy, pregnancy or a baby in the last 6 weeks",
            Self::BedRest => "Several days in bed or hardly moving",
        }
    }
}

/// A training change in the weeks before the pain: the modifiable load risk factors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingChange {
    Mileage,
    Intensity,
    Hills,
    Terrain,
    Shoes,
    ForefootStrike,
}

impl TrainingChange {
    pub const ALL: [TrainingChange; 6] =
        [Self::Mileage, Self::Intensity, Self::Hills, Self::Terrain, Self::Shoes, Self::ForefootStrike];

    pub fn label(self) -> &'static str {
        match self {
            Self::Mileage => "More distance than usual",
            Self::Intensity => "More speed work or intervals",
            Self::Hills => "More hills",
            Self::Terrain => "A new surface (track, trail, road)",
            Self::Shoes => "New or different shoes",
            Self::ForefootStrike => "Switching to landing on the forefoot",
        }
    }
}

/// Everything the questionnaire asks. Every field is optional in JSON, with the default
/// a runner with no complaint would give ("not asked" or "no"); unknown fields are
/// rejected so a typo in a test case or an import never passes silently.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Answers {
    pub side: Side,
    pub onset: Onset,
    pub weeks_since_onset: u32,
    pub pain_location: PainLocation,
    /// Worst pain in the last 24 hours.
    pub worst_pain: PainScore,
    pub pop_or_snap: bool,
    pub felt_kicked: bool,
    pub gap_in_tendon: bool,
    pub single_leg_heel_raise: HeelRaise,
    pub morning_stiffness: bool,
    pub warmup_effect: bool,
    pub pain_on_push_off: bool,
    /// Swelling at the back of the ankle or heel.
    pub swelling: bool,
    pub tender_to_touch: bool,
    /// The back of the heel is red or hot.
    pub redness_or_heat: bool,
    pub fever: bool,
    pub numbness_or_tingling: bool,
    pub instability: bool,
    pub getting_worse: bool,
    pub other_body_aches: bool,
    /// A fluoroquinolone antibiotic now or in the last 6 months.
    pub fluoroquinolone: bool,
    /// Steroid tablets taken long term (older checks: tablets or an injection).
    pub steroids: bool,
    pub recent_changes: Vec<TrainingChange>,
    // Added after the clinical review: written only when not the default, so records
    // saved before them export back byte for byte.
    #[serde(skip_serializing_if = "is_default")]
    pub age_band: AgeBand,
    /// Cannot take four steps on the sore leg (Ottawa-style weight-bearing).
    #[serde(skip_serializing_if = "is_default")]
    pub cannot_take_four_steps: bool,
    #[serde(skip_serializing_if = "is_default")]
    pub heel_bruising: bool,
    #[serde(skip_serializing_if = "is_default")]
    pub calf_squeeze: CalfSqueeze,
    #[serde(skip_serializing_if = "is_default")]
    pub foot_hang: FootHang,
    /// Pain or tenderness in the calf itself, wherever the worst pain is.
    #[serde(skip_serializing_if = "is_default")]
    pub calf_pain: bool,
    /// That calf looks swollen compared with the other.
    #[serde(skip_serializing_if = "is_default")]
    pub calf_swollen: bool,
    /// That calf feels warm or looks red compared with the other.
    #[serde(skip_serializing_if = "is_default")]
    pub calf_warm_or_red: bool,
    #[serde(skip_serializing_if = "is_default")]
    pub clot_risks: Vec<ClotRisk>,
    #[serde(skip_serializing_if = "is_default")]
    pub breathless_or_chest_pain: bool,
    /// A steroid injection near the tendon in the last 3 months.
    #[serde(skip_serializing_if = "is_default")]
    pub steroid_injection: bool,
    /// A previous rupture of either Achilles tendon.
    #[serde(skip_serializing_if = "is_default")]
    pub previous_rupture: bool,
    /// Diabetes, psoriasis, inflammatory bowel disease, gout or inflammatory arthritis.
    #[serde(skip_serializing_if = "is_default")]
    pub systemic_disease: bool,
    /// Pain at night or at rest, with unexplained weight loss or a history of cancer.
    #[serde(skip_serializing_if = "is_default")]
    pub night_pain: bool,
    /// Pain when the heel bone is squeezed from both sides (a stress fracture sign).
    #[serde(skip_serializing_if = "is_default")]
    pub heel_squeeze_pain: bool,
    /// A long-standing pain that suddenly got much worse.
    #[serde(skip_serializing_if = "is_default")]
    pub sudden_worsening: bool,
}

/// Whether a value is its type's default (serde: leave it out when writing).
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
