//! The question pages, one topic each. Wording is the app's own, in plain words for a
//! runner standing at a track; each page says why it asks. Every question that can raise
//! the urgency starts unanswered (see `domain::questionnaire`).

use leptos::prelude::*;

use crate::domain::questionnaire::{calf_concern, Question as Q};
use crate::domain::sorting;
use crate::domain::triage::{AgeBand, Answers, ClotRisk, HeelRaise, Onset as OnsetKind, Side, TrainingChange};
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::{Choice, PainSlider, Tick, TickList, WeeksInput, YesNo};

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
        <WeeksInput
            id="weeks"
            label="How many weeks ago did it start?"
            hint="Enter 0 if it was less than a week ago."
            get=|a| a.weeks_since_onset
            set=|a, v| a.weeks_since_onset = v
        />
        <Choice
            name="age_band"
            legend="How old are you?"
            question=Q::AgeBand
            hint="In children, heel pain usually comes from a growth plate; over 60, some medicines harm tendons more."
            options=vec![
                (AgeBand::Under16, "Under 16"),
                (AgeBand::Adult, "16 to 59"),
                (AgeBand::SixtyPlus, "60 or over"),
            ]
            get=|a| a.age_band
            set=|a, v| a.age_band = v
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

fn no_symptoms(a: &mut Answers) {
    a.morning_stiffness = false;
    a.warmup_effect = false;
    a.pain_on_push_off = false;
    a.swelling = false;
    a.tender_to_touch = false;
}

fn any_symptom(a: &Answers) -> bool {
    a.morning_stiffness || a.warmup_effect || a.pain_on_push_off || a.swelling || a.tender_to_touch
}

/// Pain, heel raise, and the tendon symptoms.
#[component]
pub fn Symptoms() -> impl IntoView {
    view! {
        <PainSlider
            id="worst-pain"
            label="Worst pain in the last 24 hours"
            question=Q::WorstPain
            get=|a| a.worst_pain
            set=|a, v| a.worst_pain = v
        />
        <Choice
            name="heel_raise"
            legend="Standing on the sore leg alone, can you rise up onto your toes?"
            question=Q::HeelRaise
            hint="Answer from what you have noticed. If the pain came on suddenly, do not try it now to find out: \
            choose \"I can't\" if you are not sure."
            options=vec![
                (HeelRaise::Easy, "Yes, without much pain"),
                (HeelRaise::Painful, "Yes, but it hurts"),
                (HeelRaise::Cannot, "I can't"),
            ]
            get=|a| a.single_leg_heel_raise
            set=|a, v| a.single_leg_heel_raise = v
        />
        <TickList legend="Tick any that apply" list=Q::SymptomList clear=no_symptoms any=any_symptom>
            <Tick
                label="Stiff or sore when you get up in the morning"
                list=Q::SymptomList
                get=|a| a.morning_stiffness
                set=|a, v| a.morning_stiffness = v
            />
            <Tick
                label="It eases once you have warmed up, then returns afterwards"
                list=Q::SymptomList
                get=|a| a.warmup_effect
                set=|a, v| a.warmup_effect = v
            />
            <Tick
                label="Sharp pain as you push off when walking or running"
                list=Q::SymptomList
                get=|a| a.pain_on_push_off
                set=|a, v| a.pain_on_push_off = v
            />
            <Tick
                label="Swelling at the back of the ankle"
                list=Q::SymptomList
                get=|a| a.swelling
                set=|a, v| a.swelling = v
            />
            <Tick
                label="Sore when you gently squeeze the tendon"
                list=Q::SymptomList
                get=|a| a.tender_to_touch
                set=|a, v| a.tender_to_touch = v
            />
        </TickList>
    }
}

/// The calf itself: the pattern of a clot, which must not be stretched or loaded.
#[component]
pub fn Calf() -> impl IntoView {
    let state = use_app_state();
    let draft = state.draft;
    view! {
        <p class="lead">
            "Now the calf of the sore leg, compared with the other one. A sore calf that is swollen, warm or red can \
            be a blood clot, which needs a same-day check."
        </p>
        <YesNo
            name="calf_pain"
            question_text="Is the calf itself painful or tender?"
            question=Q::CalfPain
            get=|a| a.calf_pain
            set=|a, v| a.calf_pain = v
        />
        <YesNo
            name="calf_swollen"
            question_text="Does that calf look swollen compared with the other?"
            question=Q::CalfSwollen
            get=|a| a.calf_swollen
            set=|a, v| a.calf_swollen = v
        />
        <YesNo
            name="calf_warm_or_red"
            question_text="Does that calf feel warm, or look red or darker, compared with the other?"
            question=Q::CalfWarmOrRed
            hint="On darker skin, redness can be hard to see: compare the warmth with the back of your hand."
            get=|a| a.calf_warm_or_red
            set=|a, v| a.calf_warm_or_red = v
        />
        <Show when=move || draft.with(|d| calf_concern(&d.answers))>
            <TickList
                legend="Do any of these apply to you?"
                list=Q::ClotRiskList
                clear=|a| a.clot_risks.clear()
                any=|a| !a.clot_risks.is_empty()
            >
                {ClotRisk::ALL
                    .into_iter()
                    .map(|risk| {
                        view! {
                            <ListTick
                                value=risk
                                label=risk.label()
                                items=|a| &a.clot_risks
                                list=|a| &mut a.clot_risks
                                question=Q::ClotRiskList
                            />
                        }
                    })
                    .collect_view()}
            </TickList>
            <YesNo
                name="breathless"
                question_text="Are you short of breath, or do you have pain in your chest?"
                question=Q::BreathlessOrChestPain
                get=|a| a.breathless_or_chest_pain
                set=|a, v| a.breathless_or_chest_pain = v
            />
        </Show>
    }
}

fn no_red_flags(a: &mut Answers) {
    a.redness_or_heat = false;
    a.fever = false;
    a.numbness_or_tingling = false;
    a.instability = false;
    a.getting_worse = false;
    a.other_body_aches = false;
    a.night_pain = false;
    a.heel_squeeze_pain = false;
    a.sudden_worsening = false;
}

fn any_red_flag(a: &Answers) -> bool {
    a.redness_or_heat
        || a.fever
        || a.numbness_or_tingling
        || a.instability
        || a.getting_worse
        || a.other_body_aches
        || a.night_pain
        || a.heel_squeeze_pain
        || a.sudden_worsening
}

/// Red flags that send the runner to a clinician.
#[component]
pub fn RedFlags() -> impl IntoView {
    view! {
        <TickList legend="Tick any that apply" list=Q::RedFlagList clear=no_red_flags any=any_red_flag>
            <Tick
                label="The back of the heel looks red or feels hot"
                list=Q::RedFlagList
                get=|a| a.redness_or_heat
                set=|a, v| a.redness_or_heat = v
            />
            <Tick
                label="You have a fever or feel feverish"
                list=Q::RedFlagList
                get=|a| a.fever
                set=|a, v| a.fever = v
            />
            <Tick
                label="Numbness or pins and needles in the foot"
                list=Q::RedFlagList
                get=|a| a.numbness_or_tingling
                set=|a, v| a.numbness_or_tingling = v
            />
            <Tick
                label="The ankle feels unstable or gives way"
                list=Q::RedFlagList
                get=|a| a.instability
                set=|a, v| a.instability = v
            />
            <Tick
                label="The pain keeps getting worse, even when you ease off"
                list=Q::RedFlagList
                get=|a| a.getting_worse
                set=|a, v| a.getting_worse = v
            />
            <Tick
                label="Aches or swelling in other joints or elsewhere in the body"
                list=Q::RedFlagList
                get=|a| a.other_body_aches
                set=|a, v| a.other_body_aches = v
            />
            <Tick
                label="Pain at night or at rest, with weight loss you can't explain or a history of cancer"
                list=Q::RedFlagList
                get=|a| a.night_pain
                set=|a, v| a.night_pain = v
            />
            <Tick
                label="It hurts when the heel bone is squeezed from both sides"
                list=Q::RedFlagList
                get=|a| a.heel_squeeze_pain
                set=|a, v| a.heel_squeeze_pain = v
            />
            <Tick
                label="A pain you have had for a while suddenly got much worse"
                list=Q::RedFlagList
                get=|a| a.sudden_worsening
                set=|a, v| a.sudden_worsening = v
            />
        </TickList>
    }
}

/// Medicines and health history that change what is safe.
#[component]
pub fn Health() -> impl IntoView {
    view! {
        <p class="lead">"Some medicines and conditions weaken tendons or cause heel pain of their own."</p>
        <YesNo
            name="fluoroquinolone"
            question_text="Have you taken an antibiotic such as ciprofloxacin, levofloxacin, moxifloxacin or ofloxacin \
            in the last 6 months?"
            question=Q::Fluoroquinolone
            hint="These are fluoroquinolones. They can harm tendons during the course and for months after it."
            get=|a| a.fluoroquinolone
            set=|a, v| a.fluoroquinolone = v
        />
        <YesNo
            name="steroid_tablets"
            question_text="Do you take steroid tablets (such as prednisolone) long term?"
            question=Q::SteroidTablets
            get=|a| a.steroids
            set=|a, v| a.steroids = v
        />
        <YesNo
            name="steroid_injection"
            question_text="Have you had a steroid injection near the heel or the tendon in the last 3 months?"
            question=Q::SteroidInjection
            get=|a| a.steroid_injection
            set=|a, v| a.steroid_injection = v
        />
        <YesNo
            name="previous_rupture"
            question_text="Have you torn an Achilles tendon before, on either side?"
            question=Q::PreviousRupture
            get=|a| a.previous_rupture
            set=|a, v| a.previous_rupture = v
        />
        <YesNo
            name="systemic_disease"
            question_text="Do you have diabetes, psoriasis, inflammatory bowel disease, gout or an inflammatory \
            arthritis?"
            question=Q::SystemicDisease
            get=|a| a.systemic_disease
            set=|a, v| a.systemic_disease = v
        />
    }
}

/// Training changes before the pain began (modifiable risk factors).
#[component]
pub fn TrainingChanges() -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"In the weeks before the pain began, did you change any of these? Tick any that apply."</legend>
            {TrainingChange::ALL
                .into_iter()
                .map(|change| {
                    view! {
                        <ListTick
                            value=change
                            label=change.label()
                            items=|a| &a.recent_changes
                            list=|a| &mut a.recent_changes
                        />
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// One tick of a list held as a sorted `Vec` in the answers (training changes, clot
/// risks); ticking it also answers `question`, where the list has one.
#[component]
fn ListTick<T>(
    value: T,
    label: &'static str,
    items: fn(&Answers) -> &[T],
    list: fn(&mut Answers) -> &mut Vec<T>,
    #[prop(optional)] question: Option<Q>,
) -> impl IntoView
where
    T: Copy + Ord + Send + Sync + 'static,
{
    let state = use_app_state();
    let draft = state.draft;
    view! {
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || draft.with(|d| items(&d.answers).contains(&value))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state
                        .edit_draft(|d| {
                            let items = list(&mut d.answers);
                            items.retain(|x| *x != value);
                            if on {
                                items.push(value);
                                sorting::sort(items);
                            }
                            if let Some(q) = question {
                                d.mark(q);
                            }
                        });
                }
            />
            <span>{label}</span>
        </label>
    }
}
