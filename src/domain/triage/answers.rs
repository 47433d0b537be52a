//! What the questionnaire asks: every answer the engine reads, with the default a runner
//! with no complaint would give.

use crate::domain::pain::PainScore;
use crate::domain::stored_names::{stored_enum, stored_fields};

stored_enum! {
    /// Which leg hurts.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Side {
        Left = "left",
        #[default]
        Right = "right",
        Both = "both",
    }
}

stored_enum! {
    /// How the pain began.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Onset {
        /// A single moment the runner can name (a push-off, a jump, a sprint).
        Sudden = "sudden",
        #[default]
        Gradual = "gradual",
        /// The runner cannot say: treated as possibly sudden until a partner test says otherwise.
        Unsure = "unsure",
    }
}

stored_enum! {
    /// Where on the back of the leg it hurts most.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum PainLocation {
        /// 2–6 cm above the heel bone: the commoner site.
        Midportion = "midportion",
        /// Where the tendon joins the heel bone.
        Insertion = "insertion",
        Calf = "calf",
        #[default]
        Unsure = "unsure",
    }
}

stored_enum! {
    /// The result of trying to rise onto the toes of the sore leg alone.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum HeelRaise {
        #[default]
        Easy = "easy",
        Painful = "painful",
        Cannot = "cannot",
    }
}

stored_enum! {
    /// The runner's age band: only the edges change what the app says.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum AgeBand {
        #[default]
        NotAsked = "not_asked",
        /// Under 16: under 8 a child's heel pain is an infection, a fracture or arthritis until
        /// shown otherwise; at 8–15 it is usually the growth plate (Sever's), not the tendon.
        Under16 = "under_16",
        Adult = "16_to_59",
        /// Raises the risk a fluoroquinolone or a steroid poses to the tendon (FDA 2016).
        SixtyPlus = "60_and_over",
    }
}

stored_enum! {
    /// The calf squeeze (Simmonds–Thompson) test done by a friend: kneeling on a chair, feet
    /// hanging, a squeeze of the middle of the calf should point the foot down.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum CalfSqueeze {
        #[default]
        NotDone = "not_done",
        FootMoved = "foot_moved",
        FootDidNotMove = "foot_did_not_move",
        NotSure = "not_sure",
        NoOneToHelp = "no_one_to_help",
    }
}

stored_enum! {
    /// The Matles test: lying face down, knees bent, does the sore foot hang more upright
    /// (less pointed) than the other?
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum FootHang {
        #[default]
        NotDone = "not_done",
        SameAsOther = "same_as_other",
        MoreUpright = "more_upright",
        NotSure = "not_sure",
        NoOneToHelp = "no_one_to_help",
    }
}

stored_enum! {
    /// What raises the chance that a sore, swollen calf is a clot (NHS; NICE NG158).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum ClotRisk {
        LongJourney = "long_journey",
        SurgeryOrCast = "surgery_or_cast",
        PreviousClot = "previous_clot",
        Cancer = "cancer",
        HormonesOrPregnancy = "hormones_or_pregnancy",
        BedRest = "bed_rest",
    }
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

stored_enum! {
    /// A training change in the weeks before the pain: the modifiable load risk factors.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum TrainingChange {
        Mileage = "mileage",
        Intensity = "intensity",
        Hills = "hills",
        Terrain = "terrain",
        Shoes = "shoes",
        ForefootStrike = "forefoot_strike",
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    pub age_band: AgeBand,
    /// Cannot take four steps on the sore leg (Ottawa-style weight-bearing).
    pub cannot_take_four_steps: bool,
    pub heel_bruising: bool,
    pub calf_squeeze: CalfSqueeze,
    pub foot_hang: FootHang,
    /// Pain or tenderness in the calf itself, wherever the worst pain is.
    pub calf_pain: bool,
    /// That calf looks swollen compared with the other.
    pub calf_swollen: bool,
    /// That calf feels warm or looks red compared with the other.
    pub calf_warm_or_red: bool,
    pub clot_risks: Vec<ClotRisk>,
    pub breathless_or_chest_pain: bool,
    /// A steroid injection near the tendon in the last 3 months.
    pub steroid_injection: bool,
    /// A previous rupture of either Achilles tendon.
    pub previous_rupture: bool,
    /// Psoriasis, inflammatory bowel disease or an inflammatory arthritis. Older checks
    /// asked it together with diabetes and gout: where those were not asked apart, a yes
    /// here may be either of them.
    pub systemic_disease: bool,
    /// Pain at night or at rest, with unexplained weight loss or a history of cancer.
    pub night_pain: bool,
    /// Pain when the heel bone is squeezed from both sides (a stress fracture sign).
    pub heel_squeeze_pain: bool,
    /// A long-standing pain that suddenly got much worse.
    pub sudden_worsening: bool,
    // Added with the catalogue of look-alikes (`catalogue`). Each refines an older answer
    // or is asked only where it matters; where it refines one, "not asked" (`None`) is
    // unknown, and the rules read unknown the safer way.
    /// Age in whole years (older checks asked only [`AgeBand`]).
    pub age_years: Option<u8>,
    /// After `sudden_worsening`: how many weeks ago it got worse.
    pub worsening_weeks: Option<u32>,
    /// After `sudden_worsening`: how it got worse.
    pub worsening_how: Worsening,
    /// Pain at night or at rest, on its own (`night_pain` is the same with weight loss or
    /// cancer, as older checks asked it).
    pub rest_pain: bool,
    /// After `rest_pain`: weight lost without trying, or cancer now or before.
    pub weight_loss_or_cancer: Option<bool>,
    /// After a pain in the heel bone (`heel_squeeze_pain`): periods stopped or irregular, or
    /// eating less than the training needs (low energy availability, RED-S).
    pub low_energy: Option<bool>,
    /// The foot or leg feels weak, or the foot drags or slaps (a nerve sign, like numbness).
    pub leg_weakness: bool,
    /// After a nerve sign: the numbness, tingling or weakness is in both legs.
    pub nerves_both_legs: Option<bool>,
    /// After a nerve sign: it is spreading or getting worse.
    pub nerves_worse: Option<bool>,
    /// After a nerve sign: back pain.
    pub back_pain: Option<bool>,
    /// After a nerve sign: numbness around the bottom, genitals or inner thighs.
    pub saddle_numbness: Option<bool>,
    /// After a nerve sign: new trouble passing or holding urine or stools.
    pub bladder_or_bowel: Option<bool>,
    /// The ankle or lower leg on the sore side is puffy (sock marks, a tight shoe).
    pub lower_leg_swollen: bool,
    /// After a calf sign: the calf is hard and tight, the pain far worse than expected.
    pub calf_tense: bool,
    /// After a calf sign: the calf hurts during runs, at about the same point, and eases
    /// within minutes of stopping.
    pub calf_exertional: bool,
    /// After `calf_exertional`: the foot goes pale, cold or numb during those runs.
    pub foot_pale_or_numb: Option<bool>,
    /// After `fluoroquinolone`: still taking it.
    pub fluoroquinolone_now: Option<bool>,
    /// After `steroid_injection`: new or increasing swelling or pain since it.
    pub injection_new_or_worse: Option<bool>,
    /// Diabetes, asked apart (older checks: one of `systemic_disease`).
    pub diabetes: Option<bool>,
    /// Gout, asked apart (older checks: one of `systemic_disease`).
    pub gout: Option<bool>,
    /// After `diabetes`: the foot or heel is warm, red or swollen compared with the other.
    pub foot_warm_red_swollen: Option<bool>,
    /// After `diabetes`: a wound, blister or ulcer on the foot or heel.
    pub foot_wound: Option<bool>,
    /// After a calf sign: dark (tea or cola coloured) urine, or much less of it.
    pub dark_urine: bool,
    /// After `redness_or_heat`: the redness is spreading, or the skin over it is broken.
    pub redness_spreading: Option<bool>,
    /// Pain spreading down from the back or buttock into the calf or heel.
    pub pain_from_back: bool,
    // Added with the pathway after a tear (`domain::rupture`): a check done while in it.
    /// Set by the app (not asked) when the check starts during the pathway after a tear.
    pub after_tear: AfterTear,
    /// During the pathway: a sudden loss of push-off (a re-rupture sign).
    pub push_off_lost: bool,
    /// After an operation: the wound is red, oozing or opening.
    pub wound_problem: bool,
}

stored_enum! {
    /// Where a check stands in the pathway after a tear: in a boot, or after an operation, the
    /// leg is held still, a clot risk in itself (NHS: a cast, an operation), and an operation
    /// adds a wound to watch.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum AfterTear {
        #[default]
        No = "no",
        /// Treated without an operation, in a boot or brace.
        Boot = "boot",
        Operated = "operated",
    }
}

stored_enum! {
    /// How a long-standing pain got much worse.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Worsening {
        #[default]
        NotAsked = "not_asked",
        /// At a moment during activity (a push-off, a jump, a sprint): a tear until examined.
        DuringActivity = "during_activity",
        /// Over a day or more, with no moment to name.
        NoParticularMoment = "no_particular_moment",
        NotSure = "not_sure",
    }
}

/// The most weeks the questionnaire takes (ten years).
pub const MAX_WEEKS: u32 = 520;
/// The oldest age the questionnaire takes.
pub const MAX_AGE: u8 = 120;

/// An age in years as stored, checked (`stored_fields!`'s `via`).
struct AgeYears(Option<u8>);

impl<'de> serde::Deserialize<'de> for AgeYears {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Option::<u8>::deserialize(d)? {
            Some(n) if n > MAX_AGE => Err(serde::de::Error::custom(format!("an age of {n} is over {MAX_AGE}"))),
            age => Ok(AgeYears(age)),
        }
    }
}

/// A number of weeks as stored, checked.
struct Weeks(Option<u32>);

impl<'de> serde::Deserialize<'de> for Weeks {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Option::<u32>::deserialize(d)? {
            Some(n) if n > MAX_WEEKS => Err(serde::de::Error::custom(format!("{n} weeks is over {MAX_WEEKS}"))),
            weeks => Ok(Weeks(weeks)),
        }
    }
}

// Stored as an object of its fields, each optional: the defaults above are what a runner
// with no complaint would say. The answers added after the first release are written only
// when given, so older records export back byte for byte.
stored_fields! {
    Answers {
        always: side, onset, weeks_since_onset, pain_location, worst_pain, pop_or_snap, felt_kicked, gap_in_tendon,
            single_leg_heel_raise, morning_stiffness, warmup_effect, pain_on_push_off, swelling, tender_to_touch,
            redness_or_heat, fever, numbness_or_tingling, instability, getting_worse, other_body_aches,
            fluoroquinolone, steroids, recent_changes;
        if_set: age_band, cannot_take_four_steps, heel_bruising, calf_squeeze, foot_hang, calf_pain, calf_swollen,
            calf_warm_or_red, clot_risks, breathless_or_chest_pain, steroid_injection, previous_rupture,
            systemic_disease, night_pain, heel_squeeze_pain, sudden_worsening, age_years via AgeYears,
            worsening_weeks via Weeks, worsening_how, rest_pain, weight_loss_or_cancer, low_energy, leg_weakness,
            nerves_both_legs, nerves_worse, back_pain, saddle_numbness, bladder_or_bowel, lower_leg_swollen,
            calf_tense, calf_exertional, foot_pale_or_numb, fluoroquinolone_now, injection_new_or_worse, diabetes,
            gout, foot_warm_red_swollen, foot_wound, dark_urine, redness_spreading, pain_from_back, after_tear,
            push_off_lost, wound_problem,
    }
}

pub use crate::domain::stored_names::is_default;
