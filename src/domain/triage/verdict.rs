//! What the engine says: the condition the answers suggest, how soon to get help, which
//! same-day alert, the warning flags and the reasons, in plain words.

use serde::{Deserialize, Serialize};

use crate::domain::stored_names::stored_enum;

stored_enum! {
    /// What the answers suggest. Never a diagnosis.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Condition {
        SuspectedRupture = "suspected_rupture",
        AcuteTendinitis = "acute_tendinitis",
        ChronicTendinopathy = "chronic_tendinopathy",
        NoClearSigns = "no_clear_signs",
    }
}

impl Condition {
    pub fn title(self) -> &'static str {
        match self {
            Self::SuspectedRupture => "Possible Achilles rupture",
            Self::AcuteTendinitis => "Likely acute Achilles tendinitis",
            Self::ChronicTendinopathy => "Likely chronic Achilles tendinopathy",
            Self::NoClearSigns => "No clear signs of an Achilles problem",
        }
    }
}

stored_enum! {
    /// How soon to get help. Ordered: a later variant is more urgent, so "never lowers the
    /// urgency" is a plain `>=` comparison. Which same-day place, and whether to call the
    /// emergency number, is the [`Alert`]'s job.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Urgency {
        SelfCare = "self_care",
        SeeClinician = "see_clinician",
        Emergency = "emergency",
    }
}

impl Urgency {
    pub fn title(self) -> &'static str {
        match self {
            Self::SelfCare => "Self-care is reasonable",
            Self::SeeClinician => "See a doctor or physiotherapist",
            Self::Emergency => "Get seen today",
        }
    }
}

stored_enum! {
    /// A same-day danger, each with its own full-screen alert. Ordered most urgent first; each
    /// comes from an entry of the catalogue (`catalogue`), which says why and from what source.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Alert {
        /// A calf problem with breathlessness or chest pain: call the emergency number now (a
        /// clot may have reached the lung; NHS, NICE NG158).
        CallEmergencyNumber = "call_emergency_number",
        /// Nerve signs in both legs getting worse, or with saddle numbness or bladder or bowel
        /// trouble: an emergency department now (cauda equina, Guillain–Barré).
        Nerves = "nerves",
        /// A hard, tight calf with pain out of all proportion: an emergency department now.
        Compartment = "compartment",
        /// Sore calves with dark urine: muscle breakdown, same day.
        Rhabdo = "rhabdo",
        Tear = "tear",
        Clot = "clot",
        Infection = "infection",
        /// Diabetes with a warm, red or swollen foot or heel (Charcot foot, foot infection).
        DiabeticFoot = "diabetic_foot",
        /// A foot or leg getting weaker: a nerve, seen the same day.
        WeakFoot = "weak_foot",
        CannotBearWeight = "cannot_bear_weight",
        /// Tendon symptoms while taking a fluoroquinolone: stop it and call today.
        Medicine = "medicine",
    }
}

impl Alert {
    pub fn title(self) -> &'static str {
        match self {
            Self::CallEmergencyNumber => "Possible clot with breathlessness or chest pain",
            Self::Nerves => "Possible pressure on the nerves in the spine",
            Self::Compartment => "Possible pressure building inside the calf",
            Self::Rhabdo => "Possible muscle breakdown",
            Self::Tear => "Possible Achilles tendon rupture",
            Self::Clot => "Possible blood clot in the calf",
            Self::Infection => "Possible infection",
            Self::DiabeticFoot => "A warm, red or swollen foot with diabetes",
            Self::WeakFoot => "A foot that is getting weaker",
            Self::CannotBearWeight => "The leg cannot take your weight",
            Self::Medicine => "Tendon pain on a fluoroquinolone antibiotic",
        }
    }

    /// What to do, in a few words: the heading of the alert and of Today's card.
    pub fn action(self) -> &'static str {
        match self {
            Self::CallEmergencyNumber => "Call the emergency number now",
            Self::Nerves | Self::Compartment => "Go to an emergency department now",
            Self::Medicine => "Stop the antibiotic and call today",
            _ => "See a doctor today",
        }
    }

    /// The warning flag that goes with the alert, so the list of flags is complete.
    pub fn flag(self) -> Flag {
        match self {
            Self::CallEmergencyNumber => Flag::BreathlessOrChestPain,
            Self::Nerves => Flag::SpinalNerveSigns,
            Self::Compartment => Flag::CompartmentSigns,
            Self::Rhabdo => Flag::RhabdoSigns,
            Self::Tear => Flag::RuptureSigns,
            Self::Clot => Flag::ClotSigns,
            Self::Infection => Flag::InfectionSigns,
            Self::DiabeticFoot => Flag::DiabeticFootSigns,
            Self::WeakFoot => Flag::WeakFootSigns,
            Self::CannotBearWeight => Flag::CannotBearWeight,
            Self::Medicine => Flag::Fluoroquinolone,
        }
    }
}

stored_enum! {
    /// Which part of the tendon, as far as the answers tell. It changes the exercise plan:
    /// insertional pain rules out heel drops below step level and deep step stretches.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Location {
        Midportion = "midportion",
        Insertional = "insertional",
        Unknown = "unknown",
    }
}

stored_enum! {
    /// A warning sign that, on its own, is a reason to involve a clinician. New variants go at
    /// the end: the order is the order a result lists them in.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Flag {
        RuptureSigns = "rupture_signs",
        BothSides = "both_sides",
        NumbnessOrTingling = "numbness_or_tingling",
        Instability = "instability",
        Weakness = "weakness",
        GettingWorse = "getting_worse",
        InfectionSigns = "infection_signs",
        Systemic = "systemic",
        Fluoroquinolone = "fluoroquinolone",
        Steroids = "steroids",
        SeverePain = "severe_pain",
        Persistent = "persistent",
        ClotSigns = "clot_signs",
        BreathlessOrChestPain = "breathless_or_chest_pain",
        CannotBearWeight = "cannot_bear_weight",
        SuddenStart = "sudden_start",
        UnclearStart = "unclear_start",
        HeelBruising = "heel_bruising",
        UnderSixteen = "under_sixteen",
        SteroidInjection = "steroid_injection",
        PreviousRupture = "previous_rupture",
        SystemicDisease = "systemic_disease",
        NightPain = "night_pain",
        StressFractureSigns = "stress_fracture_signs",
        SuddenWorsening = "sudden_worsening",
        SpinalNerveSigns = "spinal_nerve_signs",
        CompartmentSigns = "compartment_signs",
        DiabeticFootSigns = "diabetic_foot_signs",
        Diabetes = "diabetes",
        Gout = "gout",
        YoungChild = "young_child",
        CalfPain = "calf_pain",
        ExertionalCalf = "exertional_calf",
        RestPain = "rest_pain",
        LegWeakness = "leg_weakness",
        RhabdoSigns = "rhabdo_signs",
        WeakFootSigns = "weak_foot_signs",
        InflamedHeel = "inflamed_heel",
        BothCalves = "both_calves",
        SciaticPain = "sciatic_pain",
    }
}

// What each flag means for the runner (`Flag::explain`).
const RUPTURE_SIGNS: &str = "Signs that the tendon may be torn.";
const BOTH_SIDES: &str =
    "Pain in both heels at once can come from a condition affecting the whole body, such as diabetes, an \
    inflammatory joint disease or, with thick tendons in a young runner, a high cholesterol that runs in families.";
const NUMBNESS_OR_TINGLING: &str = "Numbness or pins and needles suggest a nerve may be involved.";
const INSTABILITY: &str = "An ankle that gives way needs to be examined.";
const WEAKNESS: &str =
    "Being unable to rise on the toes of one leg is a sign of a weak or partly torn tendon: it needs to be \
    examined before any loading.";
const GETTING_WORSE: &str = "Pain that keeps getting worse should not be managed alone.";
const RHABDO_SIGNS: &str = "Dark urine with sore calves can mean muscle breakdown, which can harm the kidneys.";
const WEAK_FOOT_SIGNS: &str = "A foot or leg that is getting weaker needs a nerve checked the same day.";
const INFLAMED_HEEL: &str = "A red or hot heel that is also swollen can be an infection, an inflamed bursa or gout, \
    even without a fever: a doctor should see it within a day or two.";
const BOTH_CALVES: &str = "Both calves sore for a week or more is not the soreness after a race: a clinician \
    should look, and no running until then.";
const SCIATIC_PAIN: &str = "Pain spreading down from the back or buttock can come from a nerve in the back, not the \
    tendon: have it examined before loading.";
const INFECTION_SIGNS: &str =
    "A fever can mean an infection. No training of any kind until it has gone: exercise with a fever can inflame \
    the heart muscle.";
const SYSTEMIC: &str = "Aches elsewhere in the body can point to a wider condition.";
const FLUOROQUINOLONE: &str =
    "Fluoroquinolone antibiotics (ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin) can damage \
    tendons during the course and for months after it.";
const STEROIDS: &str =
    "Steroid tablets taken long term weaken tendons and raise the risk of a tear: have the leg examined \
    before loading it.";
const SEVERE_PAIN: &str = "Pain of 8 out of 10 or more needs a clinician to look at it.";
const PERSISTENT: &str = "Pain for three months or longer is the point to get a clinician involved.";
const CLOT_SIGNS: &str = "A sore calf that is swollen, warm or red, or sore with a risk of clots, can be a blood \
    clot.";
const BREATHLESS_OR_CHEST_PAIN: &str = "Breathlessness or chest pain with a calf problem can mean a clot has \
    reached the lungs.";
const CANNOT_BEAR_WEIGHT: &str = "A leg that cannot take four steps needs to be examined today.";
const SUDDEN_START: &str =
    "It began suddenly. About one tear in five is missed at first, so have it examined before loading the \
    tendon.";
const UNCLEAR_START: &str =
    "You are not sure how it began and no partner test ruled a tear out, so have it examined before \
    loading the tendon.";
const HEEL_BRUISING: &str = "Bruising around the heel can come from a tear or a broken bone.";
const UNDER_SIXTEEN: &str =
    "From 8 to 15, pain at the back of the heel usually comes from the growth plate of the heel bone \
    (Sever's disease), not the tendon. It needs its own advice, not an adult loading programme.";
const STEROID_INJECTION: &str = "A steroid injection near the tendon in the last 3 months weakens it for a while.";
const PREVIOUS_RUPTURE: &str = "A tendon that has torn before, on either side, needs a clinician's view.";
const SYSTEMIC_DISEASE: &str =
    "Psoriasis, inflammatory bowel disease or an inflammatory arthritis (and, in older checks, diabetes or \
    gout) can inflame the tendon where it meets the bone: that needs its own treatment.";
const NIGHT_PAIN: &str =
    "Pain at night or at rest, with weight loss or a history of cancer, must be examined before anything \
    else.";
const STRESS_FRACTURE_SIGNS: &str =
    "Pain when the heel bone is squeezed from both sides can mean a stress fracture: keep off impact, no \
    running or jumping, until it has been examined.";
const SUDDEN_WORSENING: &str =
    "A long-standing pain that suddenly got much worse can mean a partial tear: a tendon with \
    long-standing changes is the kind that tears.";
const SPINAL_NERVE_SIGNS: &str =
    "Numbness or weakness in both legs that is getting worse, or numbness in the saddle area or new \
    bladder or bowel trouble, can mean pressure on the nerves in the spine.";
const COMPARTMENT_SIGNS: &str =
    "A hard, tight calf with pain far worse than expected can mean pressure building inside the muscle.";
const DIABETIC_FOOT_SIGNS: &str =
    "With diabetes, a warm, red or swollen foot or heel can be an infection or a Charcot foot, even \
    without pain or a fever.";
const DIABETES: &str = "With diabetes, heel and foot problems need a clinician's look: nerve damage can hide pain and \
    infection.";
const GOUT: &str = "Gout can settle in the tendon or at the heel: a doctor should examine it and treat a flare.";
const YOUNG_CHILD: &str =
    "Under 8, heel pain is not Sever's disease: a doctor needs to rule out an infection, a fracture or \
    arthritis. See one within a day or two, and today with a fever, a limp, or a leg the child will not \
    stand on.";
const CALF_PAIN: &str = "Pain in one calf is usually a strained muscle. Have it checked before stretching or \
    loading, and go the same day if it swells, turns warm or red, or you become short of breath.";
const EXERTIONAL_CALF: &str =
    "Calf pain that comes with running and goes with rest, with a pale, cold or numb foot, can mean a \
    trapped artery or pressure inside the calf muscles: no running until it has been examined.";
const REST_PAIN: &str =
    "Pain at night or at rest can come from a bone stress injury, an infection or an inflamed joint as \
    well as the tendon: a clinician should examine it.";
const LEG_WEAKNESS: &str =
    "A weak foot or leg, or a foot that drags, suggests a nerve is involved: have it examined before \
    loading.";

impl Flag {
    /// What the flag means for the runner, in one line.
    pub fn explain(self) -> &'static str {
        match self {
            Self::RuptureSigns => RUPTURE_SIGNS,
            Self::BothSides => BOTH_SIDES,
            Self::NumbnessOrTingling => NUMBNESS_OR_TINGLING,
            Self::Instability => INSTABILITY,
            Self::Weakness => WEAKNESS,
            Self::GettingWorse => GETTING_WORSE,
            Self::InfectionSigns => INFECTION_SIGNS,
            Self::Systemic => SYSTEMIC,
            Self::Fluoroquinolone => FLUOROQUINOLONE,
            Self::Steroids => STEROIDS,
            Self::SeverePain => SEVERE_PAIN,
            Self::Persistent => PERSISTENT,
            Self::ClotSigns => CLOT_SIGNS,
            Self::BreathlessOrChestPain => BREATHLESS_OR_CHEST_PAIN,
            Self::CannotBearWeight => CANNOT_BEAR_WEIGHT,
            Self::SuddenStart => SUDDEN_START,
            Self::UnclearStart => UNCLEAR_START,
            Self::HeelBruising => HEEL_BRUISING,
            Self::UnderSixteen => UNDER_SIXTEEN,
            Self::SteroidInjection => STEROID_INJECTION,
            Self::PreviousRupture => PREVIOUS_RUPTURE,
            Self::SystemicDisease => SYSTEMIC_DISEASE,
            Self::NightPain => NIGHT_PAIN,
            Self::StressFractureSigns => STRESS_FRACTURE_SIGNS,
            Self::SuddenWorsening => SUDDEN_WORSENING,
            Self::SpinalNerveSigns => SPINAL_NERVE_SIGNS,
            Self::CompartmentSigns => COMPARTMENT_SIGNS,
            Self::DiabeticFootSigns => DIABETIC_FOOT_SIGNS,
            Self::Diabetes => DIABETES,
            Self::Gout => GOUT,
            Self::YoungChild => YOUNG_CHILD,
            Self::CalfPain => CALF_PAIN,
            Self::ExertionalCalf => EXERTIONAL_CALF,
            Self::RestPain => REST_PAIN,
            Self::LegWeakness => LEG_WEAKNESS,
            Self::RhabdoSigns => RHABDO_SIGNS,
            Self::WeakFootSigns => WEAK_FOOT_SIGNS,
            Self::InflamedHeel => INFLAMED_HEEL,
            Self::BothCalves => BOTH_CALVES,
            Self::SciaticPain => SCIATIC_PAIN,
        }
    }

    /// Whether this sign means a clinician must examine the leg before any loading
    /// programme (each source at its rule in `catalogue`).
    pub fn needs_exam_before_loading(self) -> bool {
        !matches!(
            self,
            Self::BothSides
                | Self::NumbnessOrTingling
                | Self::Instability
                | Self::GettingWorse
                | Self::Systemic
                | Self::SeverePain
                | Self::Persistent
                | Self::RestPain
        )
    }

    /// A sign of something other than the tendon itself: the result is then called heel or
    /// calf pain that needs an examination, not a tendon condition.
    pub fn is_look_alike(self) -> bool {
        matches!(
            self,
            Self::UnderSixteen
                | Self::YoungChild
                | Self::StressFractureSigns
                | Self::CalfPain
                | Self::ExertionalCalf
                | Self::NightPain
                | Self::Diabetes
                | Self::Gout
                | Self::SystemicDisease
                | Self::LegWeakness
                | Self::InflamedHeel
                | Self::BothCalves
                | Self::SciaticPain
        )
    }

    /// A sign that rules out running until a clinician has looked, though loading may go
    /// on: numbness, an ankle that gives way, pain that keeps getting worse, pain of 8/10 or
    /// more, night or rest pain (content brief: return to activity only while pain is not
    /// getting worse and there is no numbness, weakness, tingling or instability).
    pub fn stops_running(self) -> bool {
        self.needs_exam_before_loading()
            || matches!(
                self,
                Self::NumbnessOrTingling | Self::Instability | Self::GettingWorse | Self::SeverePain | Self::RestPain
            )
    }
}

stored_enum! {
    /// What part of the result a reason explains.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Topic {
        Condition = "condition",
        Urgency = "urgency",
        Flag = "flag",
        Location = "location",
    }
}

/// One line of "why": the answers that led to one conclusion, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub topic: Topic,
    pub text: String,
}

/// The engine's verdict on one set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub condition: Condition,
    pub urgency: Urgency,
    pub location: Location,
    /// Sorted, without repeats.
    pub flags: Vec<Flag>,
    /// Written empty, for older copies of the app, which require the field: the reasons are
    /// told by `explain` where a screen shows them, never stored.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// The same-day dangers, most urgent first; non-empty exactly when the urgency is
    /// [`Urgency::Emergency`]. Absent in checks saved before alerts had variants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<Alert>,
}

impl Assessment {
    pub fn has_flag(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }

    /// The alert to show first, if any.
    pub fn alert(&self) -> Option<Alert> {
        self.alerts.first().copied()
    }

    /// A clinician must examine the leg before any loading: a same-day sign, or a flag
    /// that needs an examination first.
    pub fn needs_exam_before_loading(&self) -> bool {
        self.urgency == Urgency::Emergency || self.flags.iter().any(|f| f.needs_exam_before_loading())
    }

    /// What the result is called wherever it appears (the result, past checks, Today, the
    /// gate, the physio summary): its alert when it raised one; "heel or calf pain that
    /// needs an examination" with a sign of something other than the tendon; the tendon
    /// condition where that fits.
    pub fn title(&self) -> &'static str {
        if let Some(alert) = self.alert() {
            return alert.title();
        }
        if self.flags.iter().any(|f| f.is_look_alike()) {
            return "Heel or calf pain that needs an examination";
        }
        self.condition.title()
    }

    /// How soon, in a few words: the alert's action where there is one ("Call the emergency
    /// number now" is not "get seen today").
    pub fn urgency_title(&self) -> &'static str {
        self.alert().map_or(self.urgency.title(), Alert::action)
    }
}
