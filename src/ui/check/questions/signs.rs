//! The tendon's symptoms, the calf (a clot), and the other warning signs.

use leptos::prelude::*;

use crate::domain::questionnaire::{calf_concern, Question as Q};
use crate::domain::triage::{Answers, ClotRisk, HeelRaise};
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::{Choice, ListTick, PainSlider, Tick, TickList, YesNo};

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
        <YesNo
            name="lower_leg_swollen"
            question_text="Is the ankle or lower leg on that side puffy or swollen, not just the tendon?"
            question=Q::LowerLegSwollen
            hint="Sock marks that stay, or a shoe that feels tight on that side only."
            get=|a| a.lower_leg_swollen
            set=|a, v| a.lower_leg_swollen = v
        />
        {clot_and_exertion()}
    }
}

/// After any calf sign: the clot risks, breathing, a hard calf, and pain on runs with the
/// foot's colour.
fn clot_and_exertion() -> impl IntoView {
    let draft = use_app_state().draft;
    view! {
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
            <YesNo
                name="calf_tense"
                question_text="Does the calf feel hard and tight, with pain far worse than you would expect?"
                question=Q::CalfTense
                get=|a| a.calf_tense
                set=|a, v| a.calf_tense = v
            />
            <YesNo
                name="calf_exertional"
                question_text="Does the calf pain come on during runs, at about the same point, and ease within \
                minutes of stopping?"
                question=Q::CalfExertional
                get=|a| a.calf_exertional
                set=|a, v| a.calf_exertional = v
            />
            <YesNo
                name="dark_urine"
                question_text="Is your urine dark (like tea or cola), or are you passing much less than usual?"
                question=Q::DarkUrine
                hint="After a long, hot or downhill run, dark urine with sore calves can mean muscle breakdown."
                get=|a| a.dark_urine
                set=|a, v| a.dark_urine = v
            />
            <Show when=move || draft.with(|d| d.answers.calf_exertional)>
                <YesNo
                    name="foot_pale_or_numb"
                    question_text="During those runs, does the foot go pale, cold or numb?"
                    question=Q::FootPaleOrNumb
                    get=|a| a.foot_pale_or_numb == Some(true)
                    set=|a, v| a.foot_pale_or_numb = Some(v)
                />
            </Show>
        </Show>
    }
}

fn no_red_flags(a: &mut Answers) {
    a.redness_or_heat = false;
    a.fever = false;
    a.numbness_or_tingling = false;
    a.leg_weakness = false;
    a.instability = false;
    a.getting_worse = false;
    a.other_body_aches = false;
    a.rest_pain = false;
    a.pain_from_back = false;
    a.night_pain = false;
    a.heel_squeeze_pain = false;
    a.sudden_worsening = false;
}

fn any_red_flag(a: &Answers) -> bool {
    a.redness_or_heat
        || a.fever
        || a.numbness_or_tingling
        || a.leg_weakness
        || a.instability
        || a.getting_worse
        || a.other_body_aches
        || a.rest_pain
        || a.pain_from_back
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
                label="The foot or leg feels weak, or the foot drags or slaps"
                list=Q::RedFlagList
                get=|a| a.leg_weakness
                set=|a, v| a.leg_weakness = v
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
                label="Pain spreading down from the back or buttock into the calf or heel"
                list=Q::RedFlagList
                get=|a| a.pain_from_back
                set=|a, v| a.pain_from_back = v
            />
            <Tick
                label="Pain at night, or at rest, that does not ease"
                list=Q::RedFlagList
                get=|a| a.rest_pain
                set=|a, v| a.rest_pain = v
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
