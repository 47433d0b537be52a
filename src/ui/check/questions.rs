//! The question pages, one topic each. Wording is the app's own, in plain words for a
//! runner standing at a track.

use leptos::prelude::*;

use crate::domain::triage::{HeelRaise, Onset as OnsetKind, Side, TrainingChange};
use crate::ui::inputs::{Choice, PainSlider, Tick, WeeksInput, YesNo};

/// Page 1. Any yes ends the questionnaire and shows the alert.
#[component]
pub fn RuptureSigns() -> impl IntoView {
    view! {
        <p class="lead">"First, three questions about signs of a torn tendon. A yes to any of them takes you straight to what to do."</p>
        <YesNo
            name="pop_or_snap"
            question="When the pain began, did you feel or hear a pop or a snap at the back of the ankle or calf?"
            get=|a| a.pop_or_snap
            set=|a, v| a.pop_or_snap = v
        />
        <YesNo
            name="felt_kicked"
            question="Did it feel as if something struck the back of your leg, as if you had been kicked, when nothing had?"
            get=|a| a.felt_kicked
            set=|a, v| a.felt_kicked = v
        />
        <YesNo
            name="gap_in_tendon"
            question="Can you feel a gap or a dip in the cord above the heel?"
            hint="Run a finger lightly down the tendon from the calf to the heel. Do not press hard."
            get=|a| a.gap_in_tendon
            set=|a, v| a.gap_in_tendon = v
        />
    }
}

/// Page 2: side, onset, duration.
#[component]
pub fn Onset() -> impl IntoView {
    view! {
        <Choice
            name="side"
            legend="Which leg hurts?"
            options=vec![(Side::Left, "Left"), (Side::Right, "Right"), (Side::Both, "Both")]
            get=|a| a.side
            set=|a, v| a.side = v
        />
        <Choice
            name="onset"
            legend="How did it start?"
            options=vec![
                (OnsetKind::Sudden, "Suddenly, at a moment I can name (a push-off, a jump, a sprint)"),
                (OnsetKind::Gradual, "Gradually, over days or weeks"),
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
    }
}

/// Page 4: pain, heel raise, and the tendon symptoms.
#[component]
pub fn Symptoms() -> impl IntoView {
    view! {
        <PainSlider id="worst-pain" label="Worst pain in the last 24 hours" get=|a| a.worst_pain set=|a, v| a.worst_pain = v/>
        <Choice
            name="heel_raise"
            legend="Standing on the sore leg alone, can you rise up onto your toes?"
            hint="Answer from what you have noticed. If the pain came on suddenly, do not try it now to find out: choose \"I can't\" if you are not sure."
            options=vec![
                (HeelRaise::Easy, "Yes, without much pain"),
                (HeelRaise::Painful, "Yes, but it hurts"),
                (HeelRaise::Cannot, "I can't"),
            ]
            get=|a| a.single_leg_heel_raise
            set=|a, v| a.single_leg_heel_raise = v
        />
        <fieldset class="question">
            <legend>"Tick any that apply"</legend>
            <Tick label="Stiff or sore when you get up in the morning" get=|a| a.morning_stiffness set=|a, v| a.morning_stiffness = v/>
            <Tick label="It eases once you have warmed up, then returns afterwards" get=|a| a.warmup_effect set=|a, v| a.warmup_effect = v/>
            <Tick label="Sharp pain as you push off when walking or running" get=|a| a.pain_on_push_off set=|a, v| a.pain_on_push_off = v/>
            <Tick label="Swelling at the back of the ankle" get=|a| a.swelling set=|a, v| a.swelling = v/>
            <Tick label="Sore when you gently squeeze the tendon" get=|a| a.tender_to_touch set=|a, v| a.tender_to_touch = v/>
        </fieldset>
    }
}

/// Page 5: red flags that send the runner to a clinician.
#[component]
pub fn RedFlags() -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"Tick any that apply"</legend>
            <Tick label="The back of the heel looks red or feels hot" get=|a| a.redness_or_heat set=|a, v| a.redness_or_heat = v/>
            <Tick label="You have a fever or feel feverish" get=|a| a.fever set=|a, v| a.fever = v/>
            <Tick label="Numbness or pins and needles in the foot" get=|a| a.numbness_or_tingling set=|a, v| a.numbness_or_tingling = v/>
            <Tick label="The ankle feels unstable or gives way" get=|a| a.instability set=|a, v| a.instability = v/>
            <Tick label="The pain keeps getting worse, even when you ease off" get=|a| a.getting_worse set=|a, v| a.getting_worse = v/>
            <Tick label="Aches or swelling in other joints or elsewhere in the body" get=|a| a.other_body_aches set=|a, v| a.other_body_aches = v/>
            <Tick
                label="You take, or recently took, an antibiotic such as ciprofloxacin, levofloxacin or ofloxacin"
                get=|a| a.fluoroquinolone
                set=|a, v| a.fluoroquinolone = v
            />
            <Tick
                label="You take steroid tablets long-term, or had a steroid injection near the heel"
                get=|a| a.steroids
                set=|a, v| a.steroids = v
            />
        </fieldset>
    }
}

/// Page 6: training changes before the pain began (modifiable risk factors).
#[component]
pub fn TrainingChanges() -> impl IntoView {
    view! {
        <fieldset class="question">
            <legend>"In the weeks before the pain began, did you change any of these? Tick any that apply."</legend>
            {TrainingChange::ALL
                .into_iter()
                .map(|change| view! { <ChangeTick change/> })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn ChangeTick(change: TrainingChange) -> impl IntoView {
    let draft = crate::ui::app_state::use_app_state().draft;
    view! {
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || draft.with(|d| d.answers.recent_changes.contains(&change))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    draft.update(|d| {
                        let list = &mut d.answers.recent_changes;
                        list.retain(|c| *c != change);
                        if on {
                            list.push(change);
                            list.sort();
                        }
                    });
                }
            />
            <span>{change.label()}</span>
        </label>
    }
}
