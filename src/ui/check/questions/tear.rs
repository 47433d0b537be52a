//! The first pages: signs of a torn tendon or a badly hurt leg, how it started, and the
//! two checks a friend does (calf squeeze and foot hang).

use leptos::prelude::*;

use crate::domain::questionnaire::Question as Q;
use crate::domain::triage::{AfterTear, Onset as OnsetKind, Side, MAX_AGE, MAX_WEEKS};
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::{Choice, NumberQuestion, YesNo};

/// Page 1. Any yes ends the questionnaire and shows the alert.
#[component]
pub fn RuptureSigns() -> impl IntoView {
    view! {
        <p class="lead">
            "First, five questions about signs of a torn tendon or a badly hurt leg. A yes to any of them takes you \
            straight to what to do."
        </p>
        <YesNo
            name="pop_or_snap"
            question_text="When the pain began, did you feel or hear a pop or a snap at the back of the ankle or calf?"
            question=Q::PopOrSnap
            get=|a| a.pop_or_snap
            set=|a, v| a.pop_or_snap = v
        />
        <YesNo
            name="felt_kicked"
            question_text="Did it feel as if something struck the back of your leg, as if you had been kicked, when \
            nothing had?"
            question=Q::FeltKicked
            get=|a| a.felt_kicked
            set=|a, v| a.felt_kicked = v
        />
        <YesNo
            name="gap_in_tendon"
            question_text="Can you feel a gap or a dip in the cord above the heel?"
            question=Q::GapInTendon
            hint="Run a finger lightly down the tendon from the calf to the heel. Do not press hard."
            get=|a| a.gap_in_tendon
            set=|a, v| a.gap_in_tendon = v
        />
        <YesNo
            name="four_steps"
            question_text="Is the leg too painful or weak to take four steps on it, even limping?"
            question=Q::FourSteps
            hint="Answer from what you have noticed; do not try it now if it hurts badly."
            get=|a| a.cannot_take_four_steps
            set=|a, v| a.cannot_take_four_steps = v
        />
        <YesNo
            name="heel_bruising"
            question_text="Is there bruising around the heel or the back of the ankle?"
            question=Q::HeelBruising
            get=|a| a.heel_bruising
            set=|a, v| a.heel_bruising = v
        />
        {after_a_tear()}
    }
}

/// During the pathway after a tear: a tendon torn again, and, after an operation, the wound.
fn after_a_tear() -> impl IntoView {
    let draft = use_app_state().draft;
    let in_pathway = move || draft.with(|d| d.answers.after_tear != AfterTear::No);
    let operated = move || draft.with(|d| d.answers.after_tear == AfterTear::Operated);
    view! {
        <Show when=in_pathway>
            <YesNo
                name="push_off_lost"
                question_text="Have you suddenly lost the push-off of that leg, as if the tendon gave way again?"
                question=Q::PushOffLost
                get=|a| a.push_off_lost
                set=|a, v| a.push_off_lost = v
            />
        </Show>
        <Show when=operated>
            <YesNo
                name="wound_problem"
                question_text="Is the wound red, hot, oozing, or opening?"
                question=Q::WoundProblem
                get=|a| a.wound_problem
                set=|a, v| a.wound_problem = v
            />
        </Show>
    }
}

/// Page 2: side, onset, duration, age.
#[component]
pub fn Onset() -> impl IntoView {
    view! {
        <Choice
            name="side"
            legend="Which leg hurts?"
            question=Q::Side
            options=vec![(Side::Left, "Left"), (Side::Right, "Right"), (Side::Both, "Both")]
            get=|a| a.side
            set=|a, v| a.side = v
        />
        <Choice
            name="onset"
            legend="How did it start?"
            question=Q::Onset
            hint="A sudden start during a push-off, a jump or a sprint is how a tear often begins, even without a pop."
            options=vec![
                (OnsetKind::Sudden, "Suddenly, at a moment I can name (a push-off, a jump, a sprint)"),
                (OnsetKind::Gradual, "Gradually, over days or weeks"),
                (OnsetKind::Unsure, "I'm not sure"),
            ]
            get=|a| a.onset
            set=|a, v| a.onset = v
        />
        <NumberQuestion
            id="weeks"
            label="How many weeks ago did it start?"
            hint="Enter 0 if it was less than a week ago."
            unit="weeks"
            max=MAX_WEEKS
            question=Q::Weeks
            get=|a| Some(a.weeks_since_onset)
            set=|a, v| a.weeks_since_onset = v
        />
        <NumberQuestion
            id="age"
            label="How old are you?"
            hint="In children, heel pain usually has other causes than the tendon; over 60, clots and some medicines \
            are more of a risk."
            unit="years"
            max=u32::from(MAX_AGE)
            question=Q::Age
            get=|a| a.age_years.map(u32::from)
            set=|a, v| a.age_years = u8::try_from(v).ok()
        />
    }
}

/// Page 3, only after an older or unclear sudden start: two tests a friend can do without
/// loading the leg. Neither can rule a tear out against another sign.
#[component]
pub fn PartnerTest() -> impl IntoView {
    view! {
        <p class="lead">
            "A torn tendon can still let you walk. These two checks need a friend and take a minute. They do not load \
            the leg: no hopping, no heel raises."
        </p>
        <figure class="partner-figure">
            <svg viewBox="0 0 220 120" aria-hidden="true" focusable="false">
                // A chair seat, a kneeling leg with the foot hanging off the edge, a hand on the calf.
                <rect class="prop" x="20" y="70" width="150" height="8" rx="2" />
                <line class="prop" x1="30" y1="78" x2="30" y2="116" />
                <line class="prop" x1="160" y1="78" x2="160" y2="116" />
                <path class="limb" d="M60 20 L70 66 L150 66" />
                <path class="limb" d="M150 66 L176 80" />
                <ellipse class="hand" cx="112" cy="56" rx="16" ry="9" />
                <path class="arrow" d="M176 84 q8 14 -2 26" />
            </svg>
            <figcaption>
                "Calf squeeze: kneel on a chair with both feet hanging over the edge. A friend squeezes the thickest \
                part of the sore calf. The foot should point down a little."
            </figcaption>
        </figure>
        <Choice
            name="calf_squeeze"
            legend="When your friend squeezed the calf, did the foot move?"
            question=Q::CalfSqueeze
            options=vec![
                (crate::domain::triage::CalfSqueeze::FootMoved, "Yes, the foot moved down"),
                (crate::domain::triage::CalfSqueeze::FootDidNotMove, "No, the foot did not move"),
                (crate::domain::triage::CalfSqueeze::NotSure, "Not sure"),
                (crate::domain::triage::CalfSqueeze::NoOneToHelp, "There is no one to help"),
            ]
            get=|a| a.calf_squeeze
            set=|a, v| a.calf_squeeze = v
        />
        <figure class="partner-figure">
            <svg viewBox="0 0 220 120" aria-hidden="true" focusable="false">
                // Lying face down on a bed, knees bent to a right angle, both feet in the air.
                <rect class="prop" x="10" y="80" width="200" height="8" rx="2" />
                <circle class="head" cx="26" cy="70" r="9" />
                <path class="limb" d="M36 72 L140 74 L142 20" />
                <path class="limb" d="M142 20 L158 14" />
                <path class="limb limb-far" d="M140 76 L152 22 L166 22" />
            </svg>
            <figcaption>
                "Foot hang (Matles test): lie face down and bend both knees to a right angle, feet in the air and \
                relaxed. Your friend looks from the side: a healthy foot hangs a little pointed."
            </figcaption>
        </figure>
        <Choice
            name="foot_hang"
            legend="Does the sore foot hang more upright (less pointed) than the other?"
            question=Q::FootHang
            options=vec![
                (crate::domain::triage::FootHang::SameAsOther, "No, both hang the same"),
                (crate::domain::triage::FootHang::MoreUpright, "Yes, it hangs more upright"),
                (crate::domain::triage::FootHang::NotSure, "Not sure"),
                (crate::domain::triage::FootHang::NoOneToHelp, "There is no one to help"),
            ]
            get=|a| a.foot_hang
            set=|a, v| a.foot_hang = v
        />
    }
}
