//! What the engine says: the condition the answers suggest, how soon to get help, which
//! same-day alert, the warning flags and the reasons, in plain words.

use serde::{Deserialize, Serialize};

/// What the answers suggest. Never a diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    SuspectedRupture,
    AcuteTendinitis,
    ChronicTendinopathy,
    NoClearSigns,
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

/// How soon to get help. Ordered: a later variant is more urgent, so "never lowers the
/// urgency" is a plain `>=` comparison. Which same-day place, and whether to call the
/// emergency number, is the [`Alert`]'s job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    SelfCare,
    SeeClinician,
    Emergency,
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

/// A same-day danger, each with its own full-screen alert. Ordered most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Alert {
    /// Clot signs or a calf problem with breathlessness or chest pain: call the emergency
    /// number now (a clot may have reached the lung; NHS, NICE NG158).
    CallEmergencyNumber,
    Tear,
    Clot,
    Infection,
    CannotBearWeight,
}

impl Alert {
    pub fn title(self) -> &'static str {
        match self {
            Self::CallEmergencyNumber => "Possible clot with breathlessness or chest pain",
            Self::Tear => "Possible Achilles tendon rupture",
            Self::Clot => "Possible blood clot in the calf",
            Self::Infection => "Possible infection",
            Self::CannotBearWeight => "The leg cannot take your weight",
        }
    }
}

/// Which part of the tendon, as far as the answers tell. It changes the exercise plan:
/// insertional pain rules out heel drops below step level and deep step stretches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    Midportion,
    Insertional,
    Unknown,
}

/// A warning sign that, on its own, is a reason to involve a clinician.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    RuptureSigns,
    BothSides,
    NumbnessOrTingling,
    Instability,
    Weakness,
    GettingWorse,
    InfectionSigns,
    Systemic,
    Fluoroquinolone,
    Steroids,
    SeverePain,
    Persistent,
    ClotSigns,
    BreathlessOrChestPain,
    CannotBearWeight,
    SuddenStart,
    UnclearStart,
    HeelBruising,
    UnderSixteen,
    SteroidInjection,
    PreviousRupture,
    SystemicDisease,
    NightPain,
    StressFractureSigns,
    SuddenWorsening,
}

impl Flag {
    /// What the flag means for the runner, in one line.
    pub fn explain(self) -> &'static str {
        match self {
            Self::RuptureSigns => "Signs that the tendon may be torn.",
            Self::BothSides => {
                "Pain in both heels at once can come from a condition affecting the whole body, such as diabetes or an \
                inflammatory joint disease."
            }
            Self::NumbnessOrTingling => "Numbness or pins and needles suggest a nerve may be involved.",
            Self::Instability => "An ankle that gives way needs to be examined.",
            Self::Weakness => {
                "Being unable to rise on the toes of one leg is a sign of a weak or partly torn tendon: it needs to be \
                examined before any loading."
            }
            Self::GettingWorse => "Pain that keeps getting worse should not be managed alone.",
            Self::InfectionSigns => "A fever, or swelling or redness after an injection, can mean an infection.",
            Self::Systemic => "Aches elsewhere in the body can point to a wider condition.",
            Self::Fluoroquinolone => {
                "Fluoroquinolone antibiotics (ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin) can damage \
                tendons, even months after the course. Rest the leg and contact the prescriber today."
            }
            Self::Steroids => "Steroid tablets taken long term weaken tendons and raise the risk of a tear.",
            Self::SeverePain => "Pain of 8 out of 10 or more needs a clinician to look at it.",
            Self::Persistent => "Pain for three months or longer is the point to get a clinician involved.",
            Self::ClotSigns => {
                "A sore calf that is swollen, warm or red, or sore with a risk of clots, can be a blood \
                clot."
            }
            Self::BreathlessOrChestPain => {
                "Breathlessness or chest pain with a calf problem can mean a clot has \
                reached the lungs."
            }
            Self::CannotBearWeight => "A leg that cannot take four steps needs to be examined today.",
            Self::SuddenStart => {
                "It began suddenly. About one tear in five is missed at first, so have it examined before loading the \
                tendon."
            }
            Self::UnclearStart => {
                "You are not sure how it began and no partner test ruled a tear out, so have it examined before \
                loading the tendon."
            }
            Self::HeelBruising => "Bruising around the heel can come from a tear or a broken bone.",
            Self::UnderSixteen => {
                "Under 16, pain at the back of the heel usually comes from the growth plate of the heel bone (Sever's \
                disease), not the tendon. It needs its own advice, not an adult loading programme."
            }
            Self::SteroidInjection => {
                "A steroid injection near the tendon in the last 3 months weakens it for a while."
            }
            Self::PreviousRupture => "A tendon that has torn before, on either side, needs a clinician's view.",
            Self::SystemicDisease => {
                "Diabetes, psoriasis, inflammatory bowel disease, gout or an inflammatory arthritis can cause heel \
                pain that needs its own treatment."
            }
            Self::NightPain => {
                "Pain at night or at rest, with weight loss or a history of cancer, must be examined before anything \
                else."
            }
            Self::StressFractureSigns => {
                "Pain when the heel bone is squeezed from both sides can mean a stress \
                fracture."
            }
            Self::SuddenWorsening => "A long-standing pain that suddenly got much worse can mean a partial tear.",
        }
    }

    /// Whether this sign means a clinician must examine the leg before any loading
    /// programme (clinical review; each source at the rule in [`assess`]).
    pub fn needs_exam_before_loading(self) -> bool {
        matches!(
            self,
            Self::RuptureSigns
                | Self::Weakness
                | Self::InfectionSigns
                | Self::Fluoroquinolone
                | Self::ClotSigns
                | Self::BreathlessOrChestPain
                | Self::CannotBearWeight
                | Self::SuddenStart
                | Self::UnclearStart
                | Self::HeelBruising
                | Self::UnderSixteen
                | Self::SteroidInjection
                | Self::PreviousRupture
                | Self::SystemicDisease
                | Self::NightPain
                | Self::StressFractureSigns
                | Self::SuddenWorsening
        )
    }
}

/// What part of the result a reason explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Condition,
    Urgency,
    Flag,
    Location,
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
}
