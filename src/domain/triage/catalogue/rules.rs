//! The rules of the catalogue: each reads the answers and says whether its condition may be
//! there. An alert's rule gives the signs it was recognised by, in the runner's words (they
//! become the "because" of the result and lines of the clinician's card); a flag's rule is
//! a plain yes or no. The sources are at each entry's documentation (`docs.rs`).
//!
//! Where a newer question refines an older answer, `None` means it was not asked, and the
//! rule reads it the safer way (an unclear start already does).

use super::super::answers::{
    AfterTear, AgeBand, Answers, CalfSqueeze, FootHang, HeelRaise, Onset, PainLocation, Side, Worsening,
};
use super::super::RECENT_SUDDEN_WEEKS;

/// Over 60, a sore calf is a clot risk in itself (NHS), and medicines harm tendons more.
pub const OLDER_AGE: u8 = 60;
/// Sever's disease is a condition of 8 to 15 year olds (James et al. 2013).
pub const SEVERS_AGES: std::ops::RangeInclusive<u8> = 8..=15;

/// The age group the rules need, from the age in years or, in older checks, the band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeGroup {
    Unknown,
    UnderEight,
    EightToFifteen,
    /// An older check's "under 16": either of the two above.
    UnderSixteen,
    Adult,
    SixtyPlus,
}

pub fn age_group(a: &Answers) -> AgeGroup {
    match (a.age_years, a.age_band) {
        (Some(y), _) if y < *SEVERS_AGES.start() => AgeGroup::UnderEight,
        (Some(y), _) if SEVERS_AGES.contains(&y) => AgeGroup::EightToFifteen,
        (Some(y), _) if y < OLDER_AGE => AgeGroup::Adult,
        (Some(_), _) => AgeGroup::SixtyPlus,
        (None, AgeBand::Under16) => AgeGroup::UnderSixteen,
        (None, AgeBand::Adult) => AgeGroup::Adult,
        (None, AgeBand::SixtyPlus) => AgeGroup::SixtyPlus,
        (None, AgeBand::NotAsked) => AgeGroup::Unknown,
    }
}

/// Pain or tenderness in the calf, wherever the worst pain is.
pub fn calf_sore(a: &Answers) -> bool {
    a.calf_pain || a.pain_location == PainLocation::Calf
}

/// Numbness, pins and needles or weakness of the foot or leg.
pub fn nerve_sign(a: &Answers) -> bool {
    a.numbness_or_tingling || a.leg_weakness
}

/// Diabetes, or an older check's "diabetes, psoriasis, bowel disease, gout or arthritis".
pub fn diabetes_possible(a: &Answers) -> bool {
    a.diabetes.unwrap_or(a.systemic_disease)
}

/// The tendon symptoms that were answered yes (any one means "not nothing").
pub fn symptoms(a: &Answers) -> Vec<&'static str> {
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

/// Breathlessness or chest pain, asked after a calf sign; never a wait-and-see answer, so
/// it counts alone.
pub fn lung_clot(a: &Answers) -> Vec<&'static str> {
    a.breathless_or_chest_pain
        .then_some("breathlessness or chest pain together with a calf problem")
        .into_iter()
        .collect()
}

/// Nerve signs with saddle numbness or bladder or bowel trouble, or in both legs and
/// getting worse or with back pain. Both legs, where not asked, is read from the side of
/// the pain; getting worse, where not asked, is assumed.
pub fn spinal_nerves(a: &Answers) -> Vec<&'static str> {
    let mut signs = Vec::new();
    if !nerve_sign(a) {
        return signs;
    }
    if a.saddle_numbness == Some(true) {
        signs.push("numbness around the bottom, genitals or inner thighs");
    }
    if a.bladder_or_bowel == Some(true) {
        signs.push("new trouble with the bladder or bowels");
    }
    let both = a.nerves_both_legs.unwrap_or(a.side == Side::Both);
    let worse = a.nerves_worse != Some(false);
    if both && (worse || a.back_pain == Some(true)) {
        signs.push(match (a.nerves_both_legs, a.nerves_worse, a.back_pain) {
            (Some(true), Some(true), _) => "numbness, tingling or weakness in both legs that is getting worse",
            (Some(true), _, Some(true)) => "numbness, tingling or weakness in both legs, with back pain",
            _ => {
                "numbness, tingling or weakness with pain in both legs (whether it is in both legs and getting worse \
            was not asked)"
            }
        });
    }
    signs
}

pub fn compartment(a: &Answers) -> Vec<&'static str> {
    a.calf_tense.then_some("the calf is hard and tight, with pain far worse than expected").into_iter().collect()
}

/// The tear signs that were answered yes. Any one is enough (AAOS 2009; Maffulli 1998).
/// Being able to walk or even to tiptoe is deliberately *not* an input: other muscles can
/// take over, so it never rules a rupture out; for the same reason a normal partner test
/// never cancels another sign.
pub fn tear(a: &Answers) -> Vec<&'static str> {
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
    // During the pathway after a tear: the repaired or healing tendon torn again.
    if a.push_off_lost {
        signs.push("you suddenly lost the push-off of that leg");
    }
    if a.onset == Onset::Sudden && a.single_leg_heel_raise == HeelRaise::Cannot {
        signs.push("it started suddenly and you cannot rise onto the toes of that leg");
    } else if unclear_recent_weakness(a) {
        // Weak plantar flexion is one of the AAOS signs, and about one tear in five is
        // missed at first (Boyd 2015): with an unclear start lately, a tear until examined.
        signs.push("you are not sure how it started, it was less than a month ago, and you cannot rise onto the toes");
    } else if recent_sudden_start(a) {
        // NICE CKS; Singh (BMJ 2015): a torn tendon often still allows a weak tiptoe.
        signs.push("it started suddenly during activity less than a month ago");
    }
    if acute_on_chronic(a) {
        signs.push(match (a.worsening_how, a.worsening_weeks) {
            (Worsening::DuringActivity, Some(_)) => {
                "a long-standing pain suddenly got much worse during activity less than a month ago"
            }
            _ => {
                "a long-standing pain suddenly got much worse, and it is not known that it was long ago or not during \
            activity"
            }
        });
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

/// An unclear start within the last [`RECENT_SUDDEN_WEEKS`] weeks, no single-leg tiptoe, and
/// no normal calf squeeze to say otherwise.
fn unclear_recent_weakness(a: &Answers) -> bool {
    a.onset == Onset::Unsure
        && a.weeks_since_onset <= RECENT_SUDDEN_WEEKS
        && a.single_leg_heel_raise == HeelRaise::Cannot
        && a.calf_squeeze != CalfSqueeze::FootMoved
}

/// A sudden start within the last [`RECENT_SUDDEN_WEEKS`] weeks.
pub fn recent_sudden_start(a: &Answers) -> bool {
    a.onset == Onset::Sudden && a.weeks_since_onset <= RECENT_SUDDEN_WEEKS
}

/// A long-standing pain that got much worse during activity (or not known otherwise)
/// within the last [`RECENT_SUDDEN_WEEKS`] weeks (or not known when): the degenerate
/// tendon is the one that tears (Kannus & Józsa 1991).
pub fn acute_on_chronic(a: &Answers) -> bool {
    let how = !matches!(a.worsening_how, Worsening::NoParticularMoment);
    let recent = a.worsening_weeks.is_none_or(|w| w <= RECENT_SUDDEN_WEEKS);
    a.sudden_worsening && how && recent
}

/// The calf signs that make a clot possible (NHS; NICE NG158; Wells). A swollen, warm or
/// red calf counts on its own, and so does a puffy ankle or lower leg on one side; a sore
/// calf counts with a clot risk factor, at 60 or over on one side, or with swelling at the
/// back of the ankle on that side. A sore calf alone, or both calves sore, is not a sign.
pub fn clot(a: &Answers) -> Vec<&'static str> {
    let mut signs = Vec::new();
    let one_side = a.side != Side::Both;
    if a.calf_swollen {
        signs.push("the calf is swollen compared with the other");
    }
    if a.calf_warm_or_red {
        signs.push("the calf is warm or red compared with the other");
    }
    if a.lower_leg_swollen && one_side {
        signs.push("the ankle or lower leg is puffy on that side");
    }
    if calf_sore(a) {
        if !a.clot_risks.is_empty() {
            signs.push("the calf is sore and you have a risk factor for clots");
        }
        if one_side && age_group(a) == AgeGroup::SixtyPlus {
            signs.push("one calf is sore and you are 60 or over");
        }
        if one_side && a.swelling {
            signs.push("the calf is sore and the back of the ankle is swollen on that side");
        }
        // A boot or an operation holds the leg still: a clot risk in itself (NHS).
        if a.after_tear != AfterTear::No {
            signs.push("the calf is sore while the leg is in a boot or after an operation");
        }
    }
    signs
}

/// One calf sore with no sign of a clot: a clot is not ruled out until a clinician has
/// looked, so no stretching or loading until then.
pub fn calf_pain(a: &Answers) -> bool {
    calf_sore(a) && a.side != Side::Both && clot(a).is_empty()
}

/// Infection (content brief; NICE CKS cellulitis): a fever with any local sign at the heel
/// or calf, redness not needed (it is hard to see on dark skin); after a steroid injection,
/// a fever, redness or heat, or new or increasing swelling or pain. Each sign is named as
/// it was answered: no fever is mentioned that the runner does not have.
pub fn infection(a: &Answers) -> Vec<&'static str> {
    let mut signs = Vec::new();
    let local = a.swelling
        || a.tender_to_touch
        || a.redness_or_heat
        || a.calf_swollen
        || a.calf_warm_or_red
        || calf_sore(a)
        || a.lower_leg_swollen;
    if a.fever && local {
        signs.push("a fever together with a swollen, tender, warm or red heel or calf");
    }
    // A child under 8 with heel pain and a fever: a bone or joint infection until shown
    // otherwise (NICE CKS, the limping child).
    if a.fever && !local && young_child(a) {
        signs.push("a fever in a child under 8 with heel pain");
    }
    // Spreading redness or broken skin over a red heel: cellulitis often has no fever.
    if a.redness_or_heat && a.redness_spreading == Some(true) {
        signs.push("redness at the heel that is spreading, or broken skin over it");
    }
    // After an operation: the wound, or a fever with no other sign.
    if a.after_tear == AfterTear::Operated {
        if a.wound_problem {
            signs.push("a red, oozing or opening wound after the operation");
        }
        if a.fever && !local {
            signs.push("a fever after the operation");
        }
    }
    if a.steroid_injection {
        if a.fever && !local {
            signs.push("a fever after a recent steroid injection");
        }
        if a.redness_or_heat {
            signs.push("redness or heat at the heel after a recent steroid injection");
        }
        // Older checks did not ask: swelling then counts as new, as those checks read it.
        if a.injection_new_or_worse.unwrap_or(a.swelling) {
            signs.push("new or increasing swelling or pain since a recent steroid injection");
        }
    }
    signs
}

/// Diabetes with a warm, red or swollen foot or heel: an acute Charcot foot or a foot
/// infection, often without pain or fever (NICE NG19 §1.3; IWGDF/IDSA 2023).
pub fn diabetic_foot(a: &Answers) -> Vec<&'static str> {
    // The tendon's swelling stands in for the foot only where the foot was not asked.
    let swollen = a.swelling && a.foot_warm_red_swollen.is_none();
    let foot = a.foot_warm_red_swollen == Some(true) || a.foot_wound == Some(true) || a.redness_or_heat || swollen;
    (diabetes_possible(a) && foot)
        .then_some("diabetes with a warm, red or swollen foot or heel, or a wound on it")
        .into_iter()
        .collect()
}

pub fn cannot_bear_weight(a: &Answers) -> Vec<&'static str> {
    a.cannot_take_four_steps.then_some("the leg cannot take four steps").into_iter().collect()
}

/// Tendon symptoms while still taking a fluoroquinolone, or not known to have stopped
/// (FDA label §5.2: discontinue immediately; MHRA Drug Safety Update, March 2019).
pub fn fluoroquinolone_now(a: &Answers) -> Vec<&'static str> {
    let taking = a.fluoroquinolone && a.fluoroquinolone_now != Some(false);
    (taking && !symptoms(a).is_empty())
        .then_some("tendon symptoms while taking a fluoroquinolone antibiotic")
        .into_iter()
        .collect()
}

/// Tendon symptoms during or after a fluoroquinolone course (damage can appear months on).
pub fn fluoroquinolone(a: &Answers) -> bool {
    a.fluoroquinolone && !symptoms(a).is_empty()
}

pub fn weakness(a: &Answers) -> bool {
    a.single_leg_heel_raise == HeelRaise::Cannot && tear(a).is_empty()
}

pub fn sudden_start(a: &Answers) -> bool {
    a.onset == Onset::Sudden && tear(a).is_empty()
}

pub fn unclear_start(a: &Answers) -> bool {
    a.onset == Onset::Unsure && a.calf_squeeze != CalfSqueeze::FootMoved && tear(a).is_empty()
}

/// Calf pain on runs that eases at rest, with a pale, cold or numb foot; or in both legs,
/// where exertional compartment syndrome is the usual cause, whatever the foot.
pub fn exertional_calf(a: &Answers) -> bool {
    a.calf_exertional && (a.foot_pale_or_numb != Some(false) || a.side == Side::Both)
}

/// Both calves sore for a week or more (not the soreness after a race, gone within days).
pub fn lasting_calf_pain(a: &Answers) -> bool {
    calf_sore(a) && a.side == Side::Both && a.weeks_since_onset >= 1 && clot(a).is_empty()
}

/// Dark urine, or much less, with sore calves: muscle breakdown after a long or hot race
/// or a new downhill block (exertional rhabdomyolysis), a risk to the kidneys.
pub fn rhabdomyolysis(a: &Answers) -> Vec<&'static str> {
    (a.dark_urine && calf_sore(a)).then_some("sore calves with dark urine, or much less of it").into_iter().collect()
}

/// A weak foot or leg on one side that is getting worse (or not asked): a nerve to be
/// seen the same day (an acute foot drop).
pub fn weak_foot(a: &Answers) -> Vec<&'static str> {
    (a.leg_weakness && a.nerves_worse != Some(false))
        .then_some("a foot or leg that is weak and getting weaker")
        .into_iter()
        .collect()
}

/// A red or hot heel that is also swollen, without fever: cellulitis, septic bursitis or
/// gout until shown otherwise (a rub from a shoe is red without the swelling).
pub fn inflamed_heel(a: &Answers) -> bool {
    a.redness_or_heat && a.swelling && !a.fever
}

pub fn young_child(a: &Answers) -> bool {
    matches!(age_group(a), AgeGroup::UnderEight | AgeGroup::UnderSixteen)
}

pub fn severs_age(a: &Answers) -> bool {
    matches!(age_group(a), AgeGroup::EightToFifteen | AgeGroup::UnderSixteen)
}

/// Night or rest pain with weight loss or cancer, or with those not asked (older checks
/// asked them as one answer, `night_pain`).
pub fn night_pain(a: &Answers) -> bool {
    a.night_pain || (a.rest_pain && a.weight_loss_or_cancer != Some(false))
}

pub fn rest_pain(a: &Answers) -> bool {
    a.rest_pain && a.weight_loss_or_cancer == Some(false)
}
