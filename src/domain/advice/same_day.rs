//! What to do for each same-day alert: where to go, what to do and not do on the way, and
//! when. Each alert's sources are at its entry of `triage::catalogue`.

use super::{say, Advice, Place};
use crate::domain::triage::{Alert, Assessment};

/// One alert's advice, as written.
struct Plan {
    place: Place,
    do_now: &'static [&'static str],
    avoid: &'static [&'static str],
    get_help: &'static str,
}

const TAKE_CARD: &str = "Take the card below with you.";

const CALL_NOW: Plan = Plan {
    place: Place::CallNow,
    do_now: &[
        "Call now, and say that you have a painful or swollen calf and are short of breath or have chest pain.",
        "Sit or lie still while you wait, and keep your phone with you.",
    ],
    avoid: &[
        "Do not drive yourself.",
        "Do not massage or stretch the calf.",
        "Do not wait to see whether the breathlessness passes.",
    ],
    get_help: "Now.",
};

const NERVES: Plan = Plan {
    place: Place::EmergencyDepartmentNow,
    do_now: &[
        "Go now: do not wait for an appointment or for it to pass.",
        "Tell them about the numbness or weakness in the legs, and any change in the bladder or bowels.",
        TAKE_CARD,
    ],
    avoid: &["Do not drive yourself while a leg is weak or numb.", "Do not exercise or test the legs."],
    get_help: "Now.",
};

const COMPARTMENT: Plan = Plan {
    place: Place::EmergencyDepartmentNow,
    do_now: &[
        "Go now: pressure inside the calf can harm the muscle and nerves within hours.",
        "Loosen tight socks, tape or a brace on that leg.",
        TAKE_CARD,
    ],
    avoid: &["Do not raise the leg high or wrap it tightly.", "Do not massage it or try to walk it off."],
    get_help: "Now.",
};

/// Exertional rhabdomyolysis: blood tests today; fluids while on the way.
const RHABDO: Plan = Plan {
    place: Place::SameDay,
    do_now: &[
        "Dark urine with sore calves after a long, hot or downhill effort can mean muscle breakdown: blood tests \
        today tell whether the kidneys are at risk.",
        "Drink water steadily on the way, and stop all exercise.",
        TAKE_CARD,
    ],
    avoid: &["Do not take anti-inflammatory painkillers such as ibuprofen.", "Do not wait to see if it clears."],
    get_help: "Today. Call the emergency number if you pass very little urine, feel confused or very unwell.",
};

/// A foot drop that is getting worse: a nerve examined today (NHS acute foot drop pathways).
const WEAK_FOOT: Plan = Plan {
    place: Place::SameDay,
    do_now: &[
        "A foot or leg that is getting weaker needs a doctor to check the nerve today.",
        "Walk carefully: a weak foot can catch on steps and kerbs.",
        TAKE_CARD,
    ],
    avoid: &["Do not run or train on the leg.", "Do not drive while the foot is weak."],
    get_help: "Today. Go at once if both legs become weak or numb, or the bladder or bowels change.",
};

const TEAR: Plan = Plan {
    place: Place::SameDay,
    do_now: &[
        "Stop running now and do not go back out today.",
        "Keep weight off the leg as much as you can. Get a lift rather than walking far or driving yourself.",
        TAKE_CARD,
    ],
    avoid: &[
        "Do not test the leg with hops, heel raises or a jog to see whether it holds.",
        "Do not stretch the calf.",
        "Do not wait for it to settle: a torn tendon does best when it is treated early.",
    ],
    get_help: "Today. Being able to walk, or even to stand on tiptoe, does not mean the tendon is intact.",
};

const CLOT: Plan = Plan {
    place: Place::SameDayClot,
    do_now: &[
        "A sore or swollen calf or lower leg, especially with a risk factor for clots, can be a blood clot, which \
        needs a scan or a blood test today to rule out.",
        "Stop running and training until you have been seen.",
        TAKE_CARD,
    ],
    avoid: &["Do not massage, stretch or foam-roll the calf.", "Do not put it off until tomorrow."],
    get_help: "Today. If you are, or become, short of breath or have chest pain, call the emergency number at once.",
};

const INFECTION: Plan = Plan {
    place: Place::SameDay,
    do_now: &[
        "Signs of infection around the heel or calf need an examination today.",
        "Stop running and training until you have been examined.",
        TAKE_CARD,
    ],
    avoid: &["Do not massage or stretch the heel.", "Do not wait a few days to see whether it passes."],
    // NICE NG51: the signs of sepsis.
    get_help: "Today. Call the emergency number if you feel very unwell, confused, shivery or breathless, or the \
    redness spreads quickly.",
};

const DIABETIC_FOOT: Plan = Plan {
    place: Place::DiabeticFoot,
    do_now: &[
        "With diabetes, a warm, red or swollen foot needs a look today, even without pain or a fever: nerve damage \
        can hide both.",
        "Keep weight off the foot as much as you can until you have been seen.",
        TAKE_CARD,
    ],
    avoid: &["Do not run, or walk further than you need to.", "Do not wait for pain or a fever."],
    get_help:
        "Today. If the foot turns cold, blue or black, or you feel unwell, go to an emergency department at once.",
};

const CANNOT_BEAR_WEIGHT: Plan = Plan {
    place: Place::SameDay,
    do_now: &["Keep weight off the leg and get a lift: a bone or a tendon may be damaged.", TAKE_CARD],
    avoid: &["Do not test the leg with hops, heel raises or a jog.", "Do not wait for it to settle."],
    get_help: "Today.",
};

/// FDA label §5.2 ("discontinue immediately"); MHRA Drug Safety Update, March 2019: a runner
/// who cannot reach the prescriber today still stops it.
const MEDICINE: Plan = Plan {
    place: Place::Prescriber,
    do_now: &[
        "Stop taking the fluoroquinolone now: do not take the next dose, even if you cannot reach anyone today.",
        "Ask for a different antibiotic: the infection still needs treating.",
        "Rest the leg: no running, jumping or loading until a clinician has examined it.",
        TAKE_CARD,
    ],
    avoid: &[
        "Do not keep taking it while you wait to hear back.",
        "Do not train through tendon pain: tendons can tear during the course and for months after it.",
    ],
    get_help: "Today.",
};

fn plan(alert: Alert) -> &'static Plan {
    match alert {
        Alert::CallEmergencyNumber => &CALL_NOW,
        Alert::Nerves => &NERVES,
        Alert::Compartment => &COMPARTMENT,
        Alert::Rhabdo => &RHABDO,
        Alert::Tear => &TEAR,
        Alert::Clot => &CLOT,
        Alert::Infection => &INFECTION,
        Alert::DiabeticFoot => &DIABETIC_FOOT,
        Alert::WeakFoot => &WEAK_FOOT,
        Alert::CannotBearWeight => &CANNOT_BEAR_WEIGHT,
        Alert::Medicine => &MEDICINE,
    }
}

/// What the clinician must also hear, for a same-day sign beside the first.
fn also(alert: Alert) -> &'static str {
    match alert {
        Alert::CallEmergencyNumber => "You also reported breathlessness or chest pain: call the emergency number now.",
        Alert::Nerves => "You also have nerve signs in the legs: go to an emergency department now.",
        Alert::Compartment => "Your calf is also hard and tight: go to an emergency department now.",
        Alert::Rhabdo => "Tell them your urine is dark: they will check your kidneys.",
        Alert::Tear => "Tell them about the signs of a tear as well.",
        Alert::Clot => "Tell them your calf is swollen, warm, red or sore as well: a clot must be ruled out.",
        Alert::Infection => "Tell them about the fever or signs of infection as well.",
        Alert::DiabeticFoot => "Tell them you have diabetes and the foot is warm, red or swollen.",
        Alert::WeakFoot => "Tell them the foot or leg is getting weaker.",
        Alert::CannotBearWeight => "Tell them you cannot take four steps on the leg.",
        Alert::Medicine => "Stop the fluoroquinolone antibiotic now, and tell them you are taking it.",
    }
}

/// The advice of the most urgent alert, and a line for each other one. A same-day alert
/// that may have stopped the check before its breathing, calf and nerve questions says when
/// to go now instead (`Advice::escalate`).
pub(super) fn same_day_advice(alert: Alert, a: &Assessment) -> Advice {
    let p = plan(alert);
    let mut do_now: Vec<_> = p.do_now.iter().map(|t| say(t)).collect();
    do_now.extend(a.alerts.iter().skip(1).map(|other| say(also(*other))));
    let escalate = !matches!(p.place, Place::CallNow | Place::EmergencyDepartmentNow);
    Advice {
        place: Some(p.place),
        do_now,
        avoid: p.avoid.iter().map(|t| say(t)).collect(),
        get_help: p.get_help,
        escalate,
    }
}
