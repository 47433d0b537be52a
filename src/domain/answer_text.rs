//! The questionnaire's answers in plain words: one labelled line per answer for "Check your
//! answers", and the findings a clinician wants on the card. One wording for both places.

use super::questionnaire::Step;
use super::triage::catalogue::rules::nerve_sign;
use super::triage::{
    AfterTear, AgeBand, Answers, CalfSqueeze, FootHang, HeelRaise, Onset, PainLocation, Side, Worsening,
};

pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// A follow-up question's answer; "not asked" where an older check never asked it.
fn maybe(answer: Option<bool>) -> &'static str {
    answer.map_or("not asked", yes_no)
}

fn side_word(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
        Side::Both => "both",
    }
}

fn onset_word(onset: Onset) -> &'static str {
    match onset {
        Onset::Sudden => "sudden",
        Onset::Gradual => "gradual",
        Onset::Unsure => "not sure how",
    }
}

fn weeks_ago(weeks: u32) -> String {
    match weeks {
        0 => "less than a week ago".into(),
        1 => "1 week ago".into(),
        n => format!("{n} weeks ago"),
    }
}

fn age_words(a: &Answers) -> String {
    match (a.age_years, a.age_band) {
        (Some(years), _) => format!("{years}"),
        (None, AgeBand::NotAsked) => String::new(),
        (None, AgeBand::Under16) => "under 16".into(),
        (None, AgeBand::Adult) => "16 to 59".into(),
        (None, AgeBand::SixtyPlus) => "60 or over".into(),
    }
}

fn worsening_words(how: Worsening) -> &'static str {
    match how {
        Worsening::NotAsked => "not asked",
        Worsening::DuringActivity => "at a moment during activity",
        Worsening::NoParticularMoment => "over a day or more, no particular moment",
        Worsening::NotSure => "not sure",
    }
}

fn location_words(loc: PainLocation) -> &'static str {
    match loc {
        PainLocation::Calf => "the calf muscle",
        PainLocation::Midportion => "the middle of the tendon",
        PainLocation::Insertion => "where the tendon meets the heel bone",
        PainLocation::Unsure => "not sure",
    }
}

pub fn heel_raise_words(raise: HeelRaise) -> &'static str {
    match raise {
        HeelRaise::Easy => "possible without much pain",
        HeelRaise::Painful => "possible but painful",
        HeelRaise::Cannot => "not possible",
    }
}

fn squeeze_words(s: CalfSqueeze) -> &'static str {
    match s {
        CalfSqueeze::NotDone => "not done",
        CalfSqueeze::FootMoved => "the foot moved",
        CalfSqueeze::FootDidNotMove => "the foot did not move",
        CalfSqueeze::NotSure => "not sure whether the foot moved",
        CalfSqueeze::NoOneToHelp => "not done: no one to help",
    }
}

fn hang_words(h: FootHang) -> &'static str {
    match h {
        FootHang::NotDone => "not done",
        FootHang::SameAsOther => "hangs like the other foot",
        FootHang::MoreUpright => "hangs more upright than the other",
        FootHang::NotSure => "not sure",
        FootHang::NoOneToHelp => "not done: no one to help",
    }
}

/// The ticked items of a list, or "none of these".
fn ticked(items: &[(bool, &'static str)]) -> String {
    let on: Vec<&str> = items.iter().filter(|(b, _)| *b).map(|(_, t)| *t).collect();
    if on.is_empty() {
        "none of these".into()
    } else {
        on.join(", ")
    }
}

/// The "other warning signs" page's ticks, in its words (older checks' night pain with
/// weight loss included).
fn red_flags(a: &Answers) -> [(bool, &'static str); 12] {
    [
        (a.redness_or_heat, "red or hot heel"),
        (a.fever, "fever"),
        (a.numbness_or_tingling, "numbness or tingling"),
        (a.leg_weakness, "weak foot or leg"),
        (a.instability, "ankle gives way"),
        (a.getting_worse, "getting worse"),
        (a.other_body_aches, "aches elsewhere in the body"),
        (a.pain_from_back, "pain spreading from the back or buttock"),
        (a.rest_pain, "pain at night or at rest"),
        (a.night_pain, "night or rest pain with weight loss or cancer"),
        (a.heel_squeeze_pain, "pain squeezing the heel bone"),
        (a.sudden_worsening, "a long-standing pain suddenly much worse"),
    ]
}

/// The health conditions list, in its words: an older check's one answer, or the list.
fn conditions(a: &Answers) -> String {
    if a.diabetes.is_none() && a.gout.is_none() {
        let older = "diabetes, psoriasis, bowel disease, gout or arthritis";
        return if a.systemic_disease { older.into() } else { "none of these".into() };
    }
    ticked(&[
        (a.diabetes == Some(true), "diabetes"),
        (a.gout == Some(true), "gout"),
        (a.systemic_disease, "psoriasis, bowel disease or inflammatory arthritis"),
    ])
}

/// Every answer of one page, as (label, answer).
pub fn answer_lines(step: Step, a: &Answers) -> Vec<(&'static str, String)> {
    match step {
        Step::RuptureSigns => {
            let mut lines = vec![
                ("Pop or snap", yes_no(a.pop_or_snap).into()),
                ("Felt as if kicked", yes_no(a.felt_kicked).into()),
                ("Gap in the tendon", yes_no(a.gap_in_tendon).into()),
                ("Cannot take four steps", yes_no(a.cannot_take_four_steps).into()),
                ("Bruising around the heel", yes_no(a.heel_bruising).into()),
            ];
            if a.after_tear != AfterTear::No {
                lines.push(("Push-off suddenly lost", yes_no(a.push_off_lost).into()));
            }
            if a.after_tear == AfterTear::Operated {
                lines.push(("Wound red, hot, oozing or opening", yes_no(a.wound_problem).into()));
            }
            lines
        }
        Step::Onset => vec![
            ("Leg", side_word(a.side).into()),
            ("Start", format!("{}, {}", onset_word(a.onset), weeks_ago(a.weeks_since_onset))),
            ("Age", age_words(a)),
        ],
        Step::PartnerTest => vec![
            ("Calf squeeze test", squeeze_words(a.calf_squeeze).into()),
            ("Foot hang (Matles) test", hang_words(a.foot_hang).into()),
        ],
        Step::Location => vec![("Where it hurts most", location_words(a.pain_location).into())],
        Step::Symptoms => vec![
            ("Worst pain, last 24 hours", format!("{}/10", a.worst_pain.value())),
            ("Single-leg heel raise", heel_raise_words(a.single_leg_heel_raise).into()),
            (
                "Symptoms",
                ticked(&[
                    (a.morning_stiffness, "morning stiffness"),
                    (a.warmup_effect, "eases once warmed up"),
                    (a.pain_on_push_off, "pain on push-off"),
                    (a.swelling, "swelling"),
                    (a.tender_to_touch, "tender to touch"),
                ]),
            ),
        ],
        Step::Calf => {
            let mut lines = vec![
                ("Calf sore", yes_no(a.calf_pain || a.pain_location == PainLocation::Calf).into()),
                ("Calf swollen", yes_no(a.calf_swollen).into()),
                ("Calf warm or red", yes_no(a.calf_warm_or_red).into()),
                ("Ankle or lower leg puffy", yes_no(a.lower_leg_swollen).into()),
            ];
            if super::questionnaire::calf_concern(a) {
                let risks: Vec<&str> = a.clot_risks.iter().map(|r| r.label()).collect();
                let risks = if risks.is_empty() { "none".to_string() } else { risks.join("; ") };
                lines.push(("Clot risk factors", risks));
                lines.push(("Breathless or chest pain", yes_no(a.breathless_or_chest_pain).into()));
                lines.push(("Calf hard and tight", yes_no(a.calf_tense).into()));
                lines.push(("Dark urine, or much less", yes_no(a.dark_urine).into()));
                lines.push(("Calf pain on runs, easing at rest", yes_no(a.calf_exertional).into()));
                if a.calf_exertional {
                    lines.push(("Foot pale, cold or numb on those runs", maybe(a.foot_pale_or_numb).into()));
                }
            }
            lines
        }
        Step::RedFlags => vec![("Warning signs", ticked(&red_flags(a)))],
        Step::Details => details(a),
        Step::Health => health(a),
        Step::TrainingChanges => {
            let changes = if a.recent_changes.is_empty() {
                "none".to_string()
            } else {
                a.recent_changes.iter().map(|c| c.label()).collect::<Vec<_>>().join("; ")
            };
            vec![("Recent training changes", changes)]
        }
        Step::Review => Vec::new(),
    }
}

/// The follow-up questions of the warning signs ticked.
fn details(a: &Answers) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    if a.sudden_worsening {
        let when = a.worsening_weeks.map_or("not asked".to_string(), weeks_ago);
        lines.push(("Got much worse", format!("{}, {when}", worsening_words(a.worsening_how))));
    }
    if a.rest_pain {
        lines.push(("Weight loss without trying, or cancer", maybe(a.weight_loss_or_cancer).into()));
    }
    if a.heel_squeeze_pain {
        lines.push(("Periods stopped, or eating less than training needs", maybe(a.low_energy).into()));
    }
    if a.redness_or_heat {
        lines.push(("Redness spreading, or broken skin over it", maybe(a.redness_spreading).into()));
    }
    if nerve_sign(a) {
        lines.extend([
            ("Numbness or weakness in both legs", maybe(a.nerves_both_legs).into()),
            ("Spreading or getting worse", maybe(a.nerves_worse).into()),
            ("Back pain", maybe(a.back_pain).into()),
            ("Saddle numbness", maybe(a.saddle_numbness).into()),
            ("New bladder or bowel trouble", maybe(a.bladder_or_bowel).into()),
        ]);
    }
    lines
}

fn health(a: &Answers) -> Vec<(&'static str, String)> {
    let mut lines = vec![("Fluoroquinolone antibiotic, last 6 months", yes_no(a.fluoroquinolone).into())];
    if a.fluoroquinolone {
        lines.push(("Still taking it", maybe(a.fluoroquinolone_now).into()));
    }
    lines.push(("Steroid tablets, long term", yes_no(a.steroids).into()));
    lines.push(("Steroid injection near the tendon, last 3 months", yes_no(a.steroid_injection).into()));
    if a.steroid_injection {
        lines.push(("New or increasing swelling or pain since", maybe(a.injection_new_or_worse).into()));
    }
    lines.push(("Achilles tear before", yes_no(a.previous_rupture).into()));
    lines.push(("Conditions", conditions(a)));
    if a.diabetes == Some(true) {
        lines.push(("Foot or heel warm, red or swollen", maybe(a.foot_warm_red_swollen).into()));
        lines.push(("A wound, blister or ulcer on the foot", maybe(a.foot_wound).into()));
    }
    lines
}

/// The worrying findings among the pages the runner answered, for "Also reported".
pub fn reported(a: &Answers, asked: impl Fn(Step) -> bool) -> Vec<&'static str> {
    let mut other = Vec::new();
    let mut add = |page: Step, items: &[(bool, &'static str)]| {
        if asked(page) {
            other.extend(items.iter().filter(|(b, _)| *b).map(|(_, t)| *t));
        }
    };
    add(Step::Symptoms, &[(a.swelling, "swelling"), (a.tender_to_touch, "tender to touch")]);
    add(Step::RedFlags, &red_flags(a));
    add(
        Step::Health,
        &[
            (a.fluoroquinolone, "fluoroquinolone antibiotic, now or in the last 6 months"),
            (a.steroids, "steroid tablets"),
            (a.steroid_injection, "steroid injection near the tendon in the last 3 months"),
            (a.previous_rupture, "an Achilles tear before"),
            (a.diabetes == Some(true), "diabetes"),
            (a.gout == Some(true), "gout"),
            (
                a.systemic_disease,
                "psoriasis, bowel disease or inflammatory arthritis (older checks: or diabetes or gout)",
            ),
        ],
    );
    other
}
