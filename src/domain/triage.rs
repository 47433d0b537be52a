//! The triage engine: a runner's answers in, an [`Assessment`] out.
//!
//! It never diagnoses. It sorts answers into what they *suggest* (acute tendinitis,
//! chronic tendinopathy, a suspected rupture, or no clear signs), how urgently to get
//! help, and which answers led there, so the result screen can say "why".
//!
//! Safety comes first, and the order of the rules shows it: rupture signs are checked
//! before anything else and can only raise the urgency. Sources: the AAOS guideline on
//! acute rupture (2009), Maffulli 1998 and Singh (BMJ 2015) for rupture signs; Martin et
//! al. (JOSPT 2018) for tendinopathy time course and red flags; the FDA 2008 boxed warning
//! for fluoroquinolones.

use serde::{Deserialize, Serialize};

use super::pain::PainScore;

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
/// a runner with no complaint would give; unknown fields are rejected so a typo in a test
/// case or an import never passes silently.
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
    pub swelling: bool,
    pub tender_to_touch: bool,
    pub redness_or_heat: bool,
    pub fever: bool,
    pub numbness_or_tingling: bool,
    pub instability: bool,
    pub getting_worse: bool,
    pub other_body_aches: bool,
    pub fluoroquinolone: bool,
    pub steroids: bool,
    pub recent_changes: Vec<TrainingChange>,
}

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
/// urgency" is a plain `>=` comparison.
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
}

impl Flag {
    /// What the flag means for the runner, in one line.
    pub fn explain(self) -> &'static str {
        match self {
            Self::RuptureSigns => "Signs that the tendon may be torn.",
            Self::BothSides => {
                "Pain in both heels at once can come from a condition affecting the whole body, such as diabetes or an inflammatory joint disease."
            }
            Self::NumbnessOrTingling => "Numbness or pins and needles suggest a nerve may be involved.",
            Self::Instability => "An ankle that gives way needs to be examined.",
            Self::Weakness => "Being unable to rise on the toes of one leg needs to be examined.",
            Self::GettingWorse => "Pain that keeps getting worse should not be managed alone.",
            Self::InfectionSigns => "A fever can mean an infection.",
            Self::Systemic => "Aches elsewhere in the body can point to a wider condition.",
            Self::Fluoroquinolone => {
                "Fluoroquinolone antibiotics (such as ciprofloxacin or levofloxacin) make tendons more likely to tear. Ease off hard exercise and tell the prescriber about the tendon pain."
            }
            Self::Steroids => "Steroid tablets or an injection near the tendon weaken it and raise the risk of a tear.",
            Self::SeverePain => "Pain of 8 out of 10 or more needs a clinician to look at it.",
            Self::Persistent => "Pain for three months or longer is the point to get a clinician involved.",
        }
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
}

impl Assessment {
    pub fn has_flag(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
}

/// Weeks of pain after which a tendon problem counts as chronic (about 3 months).
pub const CHRONIC_WEEKS: u32 = 12;
/// Worst pain at or above this is a red flag on its own.
pub const SEVERE_PAIN: u8 = 8;

/// The rupture signs that were answered yes, in plain words (empty when none).
///
/// Any one is enough (AAOS 2009; Maffulli 1998). Being able to walk or even to tiptoe is
/// deliberately *not* an input: other muscles can take over, so it never rules a rupture out.
pub fn rupture_signs(a: &Answers) -> Vec<&'static str> {
    let mut signs = Vec::new();
    if a.pop_or_snap {
        signs.push("you felt or heard a pop or snap");
    }
    if a.felt_kicked {
        signs.push("it felt as if someone kicked or hit the back of your leg");
    }
    if a.gap_in_tendon {
        signs.push("you can feel a gap or dent in the tendon");
    }
    if a.onset == Onset::Sudden && a.single_leg_heel_raise == HeelRaise::Cannot {
        signs.push("it started suddenly and you cannot rise onto the toes of that leg");
    }
    signs
}

/// Sort the answers into an [`Assessment`]. Total: every input gives a result.
pub fn assess(a: &Answers) -> Assessment {
    let mut reasons = Vec::new();
    let mut reason = |topic: Topic, text: String| reasons.push(Reason { topic, text });

    let rupture = rupture_signs(a);
    let has_rupture = !rupture.is_empty();

    // Flags: every warning sign that applies, also alongside a rupture.
    let mut flags = Vec::new();
    let mut flag = |f: Flag, on: bool| {
        if on {
            flags.push(f);
        }
    };
    flag(Flag::RuptureSigns, has_rupture);
    flag(Flag::BothSides, a.side == Side::Both);
    flag(Flag::NumbnessOrTingling, a.numbness_or_tingling);
    flag(Flag::Instability, a.instability);
    flag(Flag::Weakness, a.single_leg_heel_raise == HeelRaise::Cannot && !has_rupture);
    flag(Flag::GettingWorse, a.getting_worse);
    flag(Flag::InfectionSigns, a.fever);
    flag(Flag::Systemic, a.other_body_aches);
    flag(Flag::Fluoroquinolone, a.fluoroquinolone);
    flag(Flag::Steroids, a.steroids);
    flag(Flag::SeverePain, a.worst_pain.value() >= SEVERE_PAIN);
    flag(Flag::Persistent, a.weeks_since_onset >= CHRONIC_WEEKS);
    flags.sort();
    flags.dedup();

    // Condition.
    let symptoms = symptoms(a);
    let condition = if has_rupture {
        reason(
            Topic::Condition,
            format!(
                "A tear is possible because {}. Walking or standing on tiptoe does not rule a tear out.",
                join_plain(&rupture)
            ),
        );
        Condition::SuspectedRupture
    } else if symptoms.is_empty() {
        reason(
            Topic::Condition,
            "You reported no pain, stiffness, swelling, tenderness or weakness at the tendon.".into(),
        );
        Condition::NoClearSigns
    } else if a.weeks_since_onset >= CHRONIC_WEEKS {
        reason(
            Topic::Condition,
            format!(
                "It has lasted {} weeks (3 months or more) with {}: that pattern fits a long-standing tendinopathy.",
                a.weeks_since_onset,
                join_plain(&symptoms)
            ),
        );
        Condition::ChronicTendinopathy
    } else {
        reason(
            Topic::Condition,
            format!(
                "It has lasted {} (under 3 months) with {}: that pattern fits a recent tendon overload.",
                weeks_phrase(a.weeks_since_onset),
                join_plain(&symptoms)
            ),
        );
        Condition::AcuteTendinitis
    };
    if !has_rupture && !a.recent_changes.is_empty() {
        let changes: Vec<&str> = a.recent_changes.iter().map(|c| c.label()).collect();
        reason(
            Topic::Condition,
            format!("Recent training changes that often overload the tendon: {}.", changes.join("; ")),
        );
    }

    // Flags, each with its own line of why.
    for f in &flags {
        if *f != Flag::RuptureSigns {
            reason(Topic::Flag, f.explain().into());
        }
    }

    // Urgency. A fever with a hot, red heel may be an infection: same day, like a rupture.
    let infection = a.fever && a.redness_or_heat;
    let urgency = if has_rupture {
        reason(Topic::Urgency, "Signs of a possible tear need a same-day examination.".into());
        Urgency::Emergency
    } else if infection {
        reason(
            Topic::Urgency,
            "A fever together with a hot, red heel can mean an infection, which needs a same-day examination.".into(),
        );
        Urgency::Emergency
    } else if !flags.is_empty() {
        reason(
            Topic::Urgency,
            format!(
                "{} warning sign{} above: a doctor or physiotherapist should examine the leg.",
                count_word(flags.len()),
                if flags.len() == 1 { "" } else { "s" }
            ),
        );
        Urgency::SeeClinician
    } else {
        reason(
            Topic::Urgency,
            "None of your answers is a warning sign, so careful self-care is a reasonable start.".into(),
        );
        Urgency::SelfCare
    };

    let location = match a.pain_location {
        PainLocation::Midportion => {
            reason(
                Topic::Location,
                "You pointed to the middle of the tendon, a few centimetres above the heel.".into(),
            );
            Location::Midportion
        }
        PainLocation::Insertion => {
            reason(
                Topic::Location,
                "You pointed to where the tendon joins the heel bone, so heel drops go from the floor, not below a step.".into(),
            );
            Location::Insertional
        }
        PainLocation::Calf | PainLocation::Unsure => Location::Unknown,
    };

    Assessment { condition, urgency, location, flags, reasons }
}

/// The tendon symptoms that were answered yes (rule 3: any one means "not nothing").
fn symptoms(a: &Answers) -> Vec<&'static str> {
    let mut s = Vec::new();
    if a.worst_pain.value() > 0 {
        s.push(pain_phrase(a.worst_pain.value()));
    }
    for (on, text) in [
        (a.morning_stiffness, "stiffness in the morning"),
        (a.warmup_effect, "pain that eases once warmed up"),
        (a.pain_on_push_off, "pain when pushing off"),
        (a.swelling, "swelling"),
        (a.tender_to_touch, "tenderness to touch"),
    ] {
        if on {
            s.push(text);
        }
    }
    match a.single_leg_heel_raise {
        HeelRaise::Easy => {}
        HeelRaise::Painful => s.push("pain rising onto the toes of one leg"),
        HeelRaise::Cannot => s.push("being unable to rise onto the toes of one leg"),
    }
    s
}

fn pain_phrase(score: u8) -> &'static str {
    match score {
        0 => "no pain",
        1..=2 => "mild pain",
        3..=5 => "moderate pain",
        6..=7 => "strong pain",
        _ => "severe pain",
    }
}

fn weeks_phrase(weeks: u32) -> String {
    match weeks {
        0 => "less than a week".into(),
        1 => "about a week".into(),
        n => format!("{n} weeks"),
    }
}

fn count_word(n: usize) -> String {
    match n {
        1 => "One".into(),
        2 => "Two".into(),
        3 => "Three".into(),
        n => n.to_string(),
    }
}

/// "a", "a and b", "a, b and c".
fn join_plain(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(json: &str) -> Answers {
        serde_json::from_str(json).expect("valid answers")
    }

    #[test]
    fn empty_answers_are_no_clear_signs_and_self_care() {
        let r = assess(&Answers::default());
        assert_eq!(r.condition, Condition::NoClearSigns);
        assert_eq!(r.urgency, Urgency::SelfCare);
        assert_eq!(r.location, Location::Unknown);
        assert!(r.flags.is_empty());
    }

    #[test]
    fn each_rupture_sign_alone_is_an_emergency() {
        for json in [
            r#"{"pop_or_snap":true}"#,
            r#"{"felt_kicked":true}"#,
            r#"{"gap_in_tendon":true}"#,
            r#"{"onset":"sudden","single_leg_heel_raise":"cannot"}"#,
        ] {
            let r = assess(&answers(json));
            assert_eq!(r.condition, Condition::SuspectedRupture, "{json}");
            assert_eq!(r.urgency, Urgency::Emergency, "{json}");
            assert!(r.has_flag(Flag::RuptureSigns), "{json}");
            assert!(!r.has_flag(Flag::Weakness), "weakness is only without rupture signs: {json}");
        }
    }

    #[test]
    fn cannot_heel_raise_after_gradual_onset_is_weakness_not_rupture() {
        let r = assess(&answers(r#"{"single_leg_heel_raise":"cannot","weeks_since_onset":2}"#));
        assert_eq!(r.condition, Condition::AcuteTendinitis);
        assert_eq!(r.urgency, Urgency::SeeClinician);
        assert!(r.has_flag(Flag::Weakness));
    }

    #[test]
    fn chronic_boundary_is_twelve_weeks() {
        let at = |w: u32| assess(&Answers { weeks_since_onset: w, morning_stiffness: true, ..Default::default() });
        assert_eq!(at(11).condition, Condition::AcuteTendinitis);
        assert!(!at(11).has_flag(Flag::Persistent));
        assert_eq!(at(12).condition, Condition::ChronicTendinopathy);
        assert!(at(12).has_flag(Flag::Persistent));
    }

    #[test]
    fn severe_pain_boundary_is_eight() {
        let at = |p: u8| assess(&Answers { worst_pain: PainScore::new(p).unwrap(), ..Default::default() });
        assert!(!at(7).has_flag(Flag::SeverePain));
        assert_eq!(at(7).urgency, Urgency::SelfCare);
        assert!(at(8).has_flag(Flag::SeverePain));
        assert_eq!(at(8).urgency, Urgency::SeeClinician);
    }

    #[test]
    fn fever_alone_is_a_flag_but_fever_with_hot_red_heel_is_an_emergency() {
        let fever = assess(&answers(r#"{"fever":true,"worst_pain":3}"#));
        assert_eq!(fever.urgency, Urgency::SeeClinician);
        assert!(fever.has_flag(Flag::InfectionSigns));
        let red = assess(&answers(r#"{"redness_or_heat":true,"worst_pain":3}"#));
        assert_eq!(red.urgency, Urgency::SelfCare);
        let both = assess(&answers(r#"{"fever":true,"redness_or_heat":true,"worst_pain":3}"#));
        assert_eq!(both.urgency, Urgency::Emergency);
        assert_eq!(both.condition, Condition::AcuteTendinitis);
    }

    #[test]
    fn reasons_name_the_answers() {
        let r = assess(&answers(r#"{"pop_or_snap":true,"gap_in_tendon":true}"#));
        let why = &r.reasons[0].text;
        assert!(why.contains("pop or snap") && why.contains("gap"), "{why}");
        assert!(why.contains("does not rule a tear out"));

        let r = assess(&answers(r#"{"weeks_since_onset":4,"pain_on_push_off":true,"recent_changes":["hills"]}"#));
        let all: String = r.reasons.iter().map(|x| x.text.as_str()).collect();
        assert!(all.contains("4 weeks") && all.contains("pushing off") && all.contains("hills"), "{all}");
    }

    #[test]
    fn location_follows_the_answer() {
        let loc = |json| assess(&answers(json)).location;
        assert_eq!(loc(r#"{"pain_location":"midportion"}"#), Location::Midportion);
        assert_eq!(loc(r#"{"pain_location":"insertion"}"#), Location::Insertional);
        assert_eq!(loc(r#"{"pain_location":"calf"}"#), Location::Unknown);
        assert_eq!(loc(r#"{"pain_location":"unsure"}"#), Location::Unknown);
    }

    #[test]
    fn answers_reject_unknown_fields_and_out_of_range_values() {
        assert!(serde_json::from_str::<Answers>(r#"{"pop":true}"#).is_err());
        assert!(serde_json::from_str::<Answers>(r#"{"worst_pain":11}"#).is_err());
        assert!(serde_json::from_str::<Answers>(r#"{"worst_pain":-1}"#).is_err());
        assert!(serde_json::from_str::<Answers>(r#"{"weeks_since_onset":-1}"#).is_err());
        assert!(serde_json::from_str::<Answers>(r#"{"side":"middle"}"#).is_err());
        assert!(serde_json::from_str::<Answers>(r#"{"recent_changes":["moon"]}"#).is_err());
    }

    #[test]
    fn join_plain_reads_naturally() {
        assert_eq!(join_plain(&["a"]), "a");
        assert_eq!(join_plain(&["a", "b"]), "a and b");
        assert_eq!(join_plain(&["a", "b", "c"]), "a, b and c");
    }
}
