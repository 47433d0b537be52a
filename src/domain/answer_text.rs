//! The questionnaire's answers in plain words: one labelled line per answer for "Check your
//! answers", and the findings a clinician wants on the card. One wording for both places.

use super::questionnaire::Step;
use super::triage::{AgeBand, Answers, CalfSqueeze, FootHang, HeelRaise, Onset, PainLocation, Side};

pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
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

fn age_words(age: AgeBand) -> &'static str {
    match age {
        AgeBand::NotAsked => "",
        AgeBand::Under16 => "under 16",
        AgeBand::Adult => "16 to 59",
        AgeBand::SixtyPlus => "60 or over",
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

/// The "other warning signs" page's ticks, in its words.
fn red_flags(a: &Answers) -> [(bool, &'static str); 9] {
    [
        (a.redness_or_heat, "red or hot heel"),
        (a.fever, "fever"),
        (a.numbness_or_tingling, "numbness or tingling"),
        (a.instability, "ankle gives way"),
        (a.getting_worse, "getting worse"),
        (a.other_body_aches, "aches elsewhere in the body"),
        (a.night_pain, "night or rest pain with weight loss or cancer"),
        (a.heel_squeeze_pain, "pain squeezing the heel bone"),
        (a.sudden_worsening, "a long-standing pain suddenly much worse"),
    ]
}

/// Every answer of one page, as (label, answer).
pub fn answer_lines(step: Step, a: &Answers) -> Vec<(&'static str, String)> {
    match step {
        Step::RuptureSigns => vec![
            ("Pop or snap", yes_no(a.pop_or_snap).into()),
            ("Felt as if kicked", yes_no(a.felt_kicked).into()),
            ("Gap in the tendon", yes_no(a.gap_in_tendon).into()),
            ("Cannot take four steps", yes_no(a.cannot_take_four_steps).into()),
            ("Bruising around the heel", yes_no(a.heel_bruising).into()),
        ],
        Step::Onset => vec![
            ("Leg", side_word(a.side).into()),
            ("Start", format!("{}, {}", onset_word(a.onset), weeks_ago(a.weeks_since_onset))),
            ("Age", age_words(a.age_band).into()),
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
            ];
            if super::questionnaire::calf_concern(a) {
                let risks: Vec<&str> = a.clot_risks.iter().map(|r| r.label()).collect();
                let risks = if risks.is_empty() { "none".to_string() } else { risks.join("; ") };
                lines.push(("Clot risk factors", risks));
                lines.push(("Breathless or chest pain", yes_no(a.breathless_or_chest_pain).into()));
            }
            lines
        }
        Step::RedFlags => vec![("Warning signs", ticked(&red_flags(a)))],
        Step::Health => vec![
            ("Fluoroquinolone antibiotic, last 6 months", yes_no(a.fluoroquinolone).into()),
            ("Steroid tablets, long term", yes_no(a.steroids).into()),
            ("Steroid injection near the tendon, last 3 months", yes_no(a.steroid_injection).into()),
            ("Achilles tear before", yes_no(a.previous_rupture).into()),
            ("Diabetes, psoriasis, bowel disease, gout or arthritis", yes_no(a.systemic_disease).into()),
        ],
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
            (a.systemic_disease, "diabetes, psoriasis, bowel disease, gout or inflammatory arthritis"),
        ],
    );
    other
}
