//! The triage engine: a runner's answers in, an [`Assessment`] out.
//!
//! It never diagnoses. It sorts answers into what they *suggest* (acute tendinitis,
//! chronic tendinopathy, a suspected rupture, or no clear signs), how urgently to get
//! help, and which answers led there, so the result screen can say "why".
//!
//! Safety comes first, and the order of the rules shows it: the same-day signs (a tear, a
//! clot, an infection, a leg that cannot bear weight) are checked before anything else and
//! can only raise the urgency; then the signs that need a clinician *before any loading*;
//! then the warning signs that need a clinician soon. Sources, per rule below: the AAOS
//! guideline on acute rupture (2009), Maffulli (AJSM 1998), Singh (BMJ 2015), Boyd et al.
//! (BJGP 2015) and NICE CKS for tear signs; NHS and NICE NG158 for a calf clot; Martin et
//! al. (JOSPT 2018) for tendinopathy time course and red flags; the FDA fluoroquinolone
//! boxed warning (2008, updated 2016); James et al. (2013) for heel pain in children.

mod answers;
#[cfg(test)]
mod tests;
mod verdict;

use super::sorting;

pub use answers::*;
pub use verdict::*;

/// Weeks of pain after which a tendon problem counts as chronic (about 3 months).
pub const CHRONIC_WEEKS: u32 = 12;
/// Worst pain at or above this is a red flag on its own.
pub const SEVERE_PAIN: u8 = 8;
/// A sudden start this many weeks ago or fewer is treated as a tear until examined.
/// NICE CKS: suspect a rupture after sudden pain at the back of the ankle during activity;
/// Boyd et al. (BJGP 2015): about one in five is missed at first. Four weeks is the
/// review's window for "recent"; a later sudden start still blocks loading (`SuddenStart`).
pub const RECENT_SUDDEN_WEEKS: u32 = 4;

/// The tear signs that were answered yes, in plain words (empty when none).
///
/// Any one is enough (AAOS 2009; Maffulli 1998). Being able to walk or even to tiptoe is
/// deliberately *not* an input: other muscles can take over, so it never rules a rupture out;
/// for the same reason a normal partner test never cancels another sign.
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
    } else if recent_sudden_start(a) {
        // NICE CKS; Singh (BMJ 2015): a torn tendon often still allows a weak tiptoe.
        signs.push("it started suddenly during activity less than a month ago");
    }
    // Calf squeeze sensitivity 0.96, Matles 0.88 (Maffulli 1998). "Not sure" counts: the
    // safer reading wins when a friend could not tell.
    match a.calf_squeeze {
        CalfSqueeze::FootDidNotMove => signs.push("the foot did not move when a friend squeezed the calf"),
        CalfSqueeze::NotSure => signs.push("it was not clear whether the foot moved when the calf was squeezed"),
        _ => {}
    }
    match a.foot_hang {
        FootHang::MoreUpright => signs.push("lying face down, the sore foot hangs more upright than the other"),
        FootHang::NotSure => signs.push("it was not clear how the sore foot hangs compared with the other"),
        _ => {}
    }
    signs
}

/// A sudden start within the last [`RECENT_SUDDEN_WEEKS`] weeks.
pub fn recent_sudden_start(a: &Answers) -> bool {
    a.onset == Onset::Sudden && a.weeks_since_onset <= RECENT_SUDDEN_WEEKS
}

/// The calf signs that make a clot possible, in plain words (empty when none). A swollen,
/// warm or red calf on its own counts; calf pain counts only with a clot risk factor, so
/// a gradual calf ache alone is not a clot sign (NHS; NICE NG158).
pub fn clot_signs(a: &Answers) -> Vec<&'static str> {
    let mut signs = Vec::new();
    if a.calf_swollen {
        signs.push("the calf is swollen compared with the other");
    }
    if a.calf_warm_or_red {
        signs.push("the calf is warm or red compared with the other");
    }
    let calf_pain = a.calf_pain || a.pain_location == PainLocation::Calf;
    if calf_pain && !a.clot_risks.is_empty() {
        signs.push("the calf is sore and you have a risk factor for clots");
    }
    signs
}

/// The signs of a possible infection that need a same-day look (empty when none): a fever
/// with any local sign at the heel or calf (redness is hard to see on dark skin, and an
/// infected bursa can show little), or a recent steroid injection with swelling, redness
/// or fever (content brief, "Infection").
fn infection_signs(a: &Answers) -> Vec<&'static str> {
    let mut signs = Vec::new();
    let local = a.swelling || a.tender_to_touch || a.redness_or_heat || a.calf_swollen || a.calf_warm_or_red;
    if a.fever && local {
        signs.push("a fever together with a swollen, tender, warm or red heel or calf");
    }
    if a.steroid_injection && (a.swelling || a.redness_or_heat || a.fever) {
        signs.push("swelling, redness or a fever after a recent steroid injection");
    }
    signs
}

/// Sort the answers into an [`Assessment`]. Total: every input gives a result.
pub fn assess(a: &Answers) -> Assessment {
    let signs = Signs { rupture: rupture_signs(a), clot: clot_signs(a), infection: infection_signs(a) };
    let alerts = alerts(a, &signs);
    let flags = flags(a, &signs);
    // The reasons, in the order the result tells them: condition, flags, urgency, place.
    let mut reasons = Reasons(Vec::new());
    let condition = condition(a, &signs, &mut reasons);
    for f in &flags {
        if *f != Flag::RuptureSigns {
            reasons.add(Topic::Flag, f.explain().into());
        }
    }
    if a.age_band == AgeBand::SixtyPlus && (a.fluoroquinolone || a.steroids || a.steroid_injection) {
        reasons.add(Topic::Flag, "Over 60, these medicines are more likely to harm a tendon.".into());
    }
    let urgency = urgency(&alerts, &flags, &signs, &mut reasons);
    let location = location(a, &mut reasons);
    Assessment { condition, urgency, location, flags, reasons: reasons.0, alerts }
}

/// The signs each danger was recognised by, in the user's words.
struct Signs {
    rupture: Vec<&'static str>,
    clot: Vec<&'static str>,
    infection: Vec<&'static str>,
}

/// Why the result is what it is, line by line.
struct Reasons(Vec<Reason>);

impl Reasons {
    fn add(&mut self, topic: Topic, text: String) {
        self.0.push(Reason { topic, text });
    }
}

/// The same-day alerts, most urgent first.
fn alerts(a: &Answers, signs: &Signs) -> Vec<Alert> {
    [
        // A calf problem with breathlessness or chest pain: the emergency number, now. Asked
        // only with a calf sign, but chest pain is never a wait-and-see answer, so it counts
        // alone.
        (Alert::CallEmergencyNumber, a.breathless_or_chest_pain),
        (Alert::Tear, !signs.rupture.is_empty()),
        (Alert::Clot, !signs.clot.is_empty()),
        (Alert::Infection, !signs.infection.is_empty()),
        // Ottawa-style rule: unable to take four steps needs an examination today.
        (Alert::CannotBearWeight, a.cannot_take_four_steps),
    ]
    .into_iter()
    .filter_map(|(alert, on)| on.then_some(alert))
    .collect()
}

/// Every warning sign that applies, also alongside a same-day sign, in order.
fn flags(a: &Answers, signs: &Signs) -> Vec<Flag> {
    let has_rupture = !signs.rupture.is_empty();
    let mut flags: Vec<Flag> = [
        (Flag::RuptureSigns, has_rupture),
        (Flag::BothSides, a.side == Side::Both),
        (Flag::NumbnessOrTingling, a.numbness_or_tingling),
        (Flag::Instability, a.instability),
        // Weak plantar flexion is one of the AAOS rupture criteria: a partial tear is possible.
        (Flag::Weakness, a.single_leg_heel_raise == HeelRaise::Cannot && !has_rupture),
        (Flag::GettingWorse, a.getting_worse),
        (Flag::InfectionSigns, a.fever || !signs.infection.is_empty()),
        (Flag::Systemic, a.other_body_aches),
        (Flag::Fluoroquinolone, a.fluoroquinolone),
        (Flag::Steroids, a.steroids),
        (Flag::SeverePain, a.worst_pain.value() >= SEVERE_PAIN),
        (Flag::Persistent, a.weeks_since_onset >= CHRONIC_WEEKS),
        (Flag::ClotSigns, !signs.clot.is_empty()),
        (Flag::BreathlessOrChestPain, a.breathless_or_chest_pain),
        (Flag::CannotBearWeight, a.cannot_take_four_steps),
        // Boyd 2015: a tear missed at first still needs a look before loading.
        (Flag::SuddenStart, a.onset == Onset::Sudden && !has_rupture),
        (Flag::UnclearStart, a.onset == Onset::Unsure && a.calf_squeeze != CalfSqueeze::FootMoved && !has_rupture),
        (Flag::HeelBruising, a.heel_bruising),
        // James et al. 2013: Sever's disease at 8–15.
        (Flag::UnderSixteen, a.age_band == AgeBand::Under16),
        (Flag::SteroidInjection, a.steroid_injection),
        (Flag::PreviousRupture, a.previous_rupture),
        (Flag::SystemicDisease, a.systemic_disease),
        (Flag::NightPain, a.night_pain),
        (Flag::StressFractureSigns, a.heel_squeeze_pain),
        (Flag::SuddenWorsening, a.sudden_worsening),
    ]
    .into_iter()
    .filter_map(|(flag, on)| on.then_some(flag))
    .collect();
    sorting::sort(&mut flags);
    flags.dedup();
    flags
}

/// Which pattern the answers fit, and why (with the training changes that often lead there).
fn condition(a: &Answers, signs: &Signs, reasons: &mut Reasons) -> Condition {
    let symptoms = symptoms(a);
    let (condition, why) = if !signs.rupture.is_empty() {
        let why = format!(
            "A tear is possible because {}. Walking or standing on tiptoe does not rule a tear out.",
            join_plain(&signs.rupture)
        );
        (Condition::SuspectedRupture, why)
    } else if symptoms.is_empty() {
        let why = "You reported no pain, stiffness, swelling, tenderness or weakness at the tendon.".into();
        (Condition::NoClearSigns, why)
    } else if a.weeks_since_onset >= CHRONIC_WEEKS {
        let why = format!(
            "It has lasted {} weeks (3 months or more) with {}: that pattern fits a long-standing tendinopathy.",
            a.weeks_since_onset,
            join_plain(&symptoms)
        );
        (Condition::ChronicTendinopathy, why)
    } else {
        let why = format!(
            "It has lasted {} (under 3 months) with {}: that pattern fits a recent tendon overload.",
            weeks_phrase(a.weeks_since_onset),
            join_plain(&symptoms)
        );
        (Condition::AcuteTendinitis, why)
    };
    reasons.add(Topic::Condition, why);
    if signs.rupture.is_empty() && !a.recent_changes.is_empty() {
        let changes: Vec<&str> = a.recent_changes.iter().map(|c| c.label()).collect();
        let why = format!("Recent training changes that often overload the tendon: {}.", changes.join("; "));
        reasons.add(Topic::Condition, why);
    }
    condition
}

/// How soon to get help: any alert is the same day, each saying why in its own line; any
/// flag is an examination (before loading, where the flag asks for one).
fn urgency(alerts: &[Alert], flags: &[Flag], signs: &Signs, reasons: &mut Reasons) -> Urgency {
    if !alerts.is_empty() {
        for alert in alerts {
            let text = match alert {
                Alert::CallEmergencyNumber => "Breathlessness or chest pain together with a calf problem can mean a \
                clot in the lungs: call the emergency number now."
                    .to_string(),
                Alert::Tear => "Signs of a possible tear need a same-day examination.".to_string(),
                Alert::Clot => {
                    format!("A possible blood clot, because {}, needs a same-day assessment.", join_plain(&signs.clot))
                }
                Alert::Infection => format!(
                    "A possible infection, because of {}, needs a same-day examination.",
                    join_plain(&signs.infection)
                ),
                Alert::CannotBearWeight => {
                    "Not being able to take four steps on the leg needs a same-day examination.".to_string()
                }
            };
            reasons.add(Topic::Urgency, text);
        }
        Urgency::Emergency
    } else if !flags.is_empty() {
        let before_loading = flags.iter().any(|f| f.needs_exam_before_loading());
        let why = format!(
            "{} warning sign{} above: a doctor or physiotherapist should examine the leg{}.",
            count_word(flags.len()),
            if flags.len() == 1 { "" } else { "s" },
            if before_loading { " before you start any loading exercises" } else { "" }
        );
        reasons.add(Topic::Urgency, why);
        Urgency::SeeClinician
    } else {
        let why = "None of your answers is a warning sign, so careful self-care is a reasonable start.";
        reasons.add(Topic::Urgency, why.into());
        Urgency::SelfCare
    }
}

/// Where on the tendon it hurts, which changes the exercises (insertional: no drops below
/// a step, no calf stretch).
fn location(a: &Answers, reasons: &mut Reasons) -> Location {
    match a.pain_location {
        PainLocation::Midportion => {
            let why = "You pointed to the middle of the tendon, a few centimetres above the heel.";
            reasons.add(Topic::Location, why.into());
            Location::Midportion
        }
        PainLocation::Insertion => {
            let why = "You pointed to where the tendon joins the heel bone, so heel drops go from the floor, not \
            below a step, and the calf is not stretched.";
            reasons.add(Topic::Location, why.into());
            Location::Insertional
        }
        PainLocation::Calf | PainLocation::Unsure => Location::Unknown,
    }
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
pub fn join_plain(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}
