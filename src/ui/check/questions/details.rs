//! "More about those signs": the follow-up questions of the warning signs ticked, each
//! shown only when its sign was (`Step::Details`). They decide between a same-day tear and
//! an examination soon, between "before anything else" and a clinician soon, and whether
//! nerve signs need an emergency department now.

use leptos::prelude::*;

use crate::domain::questionnaire::Question as Q;
use crate::domain::triage::catalogue::rules::nerve_sign;
use crate::domain::triage::{Worsening, MAX_WEEKS};
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::{Choice, NumberQuestion, YesNo};

#[component]
pub fn Details() -> impl IntoView {
    let draft = use_app_state().draft;
    let shows = move |sign: fn(&crate::domain::triage::Answers) -> bool| move || draft.with(|d| sign(&d.answers));
    view! {
        <p class="lead">"A few questions about the signs you ticked: they decide how soon to be seen."</p>
        <Show when=shows(|a| a.sudden_worsening)>
            <h2>"The pain that got worse"</h2>
            <NumberQuestion
                id="worsening-weeks"
                label="How many weeks ago did it get much worse?"
                hint="Enter 0 if it was less than a week ago."
                unit="weeks"
                max=MAX_WEEKS
                question=Q::WorseningWeeks
                get=|a| a.worsening_weeks
                set=|a, v| a.worsening_weeks = Some(v)
            />
            <Choice
                name="worsening_how"
                legend="How did it get worse?"
                question=Q::WorseningHow
                options=vec![
                    (Worsening::DuringActivity, "At a moment during activity (a push-off, a jump, a sprint)"),
                    (Worsening::NoParticularMoment, "Over a day or more, with no moment I can name"),
                    (Worsening::NotSure, "I'm not sure"),
                ]
                get=|a| a.worsening_how
                set=|a, v| a.worsening_how = v
            />
        </Show>
        <Show when=shows(|a| a.rest_pain)>
            <YesNo
                name="weight_loss_or_cancer"
                question_text="Have you lost weight without trying, or have you had cancer?"
                question=Q::WeightLossOrCancer
                get=|a| a.weight_loss_or_cancer == Some(true)
                set=|a, v| a.weight_loss_or_cancer = Some(v)
            />
        </Show>
        <Show when=shows(|a| a.redness_or_heat)>
            <YesNo
                name="redness_spreading"
                question_text="Is the redness spreading, or is there a blister, a cut or broken skin over it?"
                question=Q::RednessSpreading
                get=|a| a.redness_spreading == Some(true)
                set=|a, v| a.redness_spreading = Some(v)
            />
        </Show>
        <Show when=shows(|a| a.heel_squeeze_pain)>
            <YesNo
                name="low_energy"
                question_text="Have your periods stopped or become irregular, or have you been eating less than your \
                training needs?"
                question=Q::LowEnergy
                hint="Either makes a bone stress injury more likely. Answer no if it does not apply to you."
                get=|a| a.low_energy == Some(true)
                set=|a, v| a.low_energy = Some(v)
            />
        </Show>
        {nerve_questions()}
    }
}

/// Both legs, getting worse, back pain, saddle numbness, bladder or bowels: after a nerve
/// sign (NICE CKS Sciatica red flags; GIRFT/BASS 2023).
fn nerve_questions() -> impl IntoView {
    let draft = use_app_state().draft;
    view! {
        <Show when=move || draft.with(|d| nerve_sign(&d.answers))>
            <h2>"The numbness or weakness"</h2>
            <YesNo
                name="nerves_both_legs"
                question_text="Is it in both legs?"
                question=Q::NervesBothLegs
                get=|a| a.nerves_both_legs == Some(true)
                set=|a, v| a.nerves_both_legs = Some(v)
            />
            <YesNo
                name="nerves_worse"
                question_text="Is it spreading or getting worse?"
                question=Q::NervesWorse
                get=|a| a.nerves_worse == Some(true)
                set=|a, v| a.nerves_worse = Some(v)
            />
            <YesNo
                name="back_pain"
                question_text="Do you have back pain?"
                question=Q::BackPain
                get=|a| a.back_pain == Some(true)
                set=|a, v| a.back_pain = Some(v)
            />
            <YesNo
                name="saddle_numbness"
                question_text="Is there numbness around your bottom, genitals or inner thighs (where you sit on a \
                saddle)?"
                question=Q::SaddleNumbness
                get=|a| a.saddle_numbness == Some(true)
                set=|a, v| a.saddle_numbness = Some(v)
            />
            <YesNo
                name="bladder_or_bowel"
                question_text="Any new trouble passing urine, leaking urine or stools, or not feeling when you go?"
                question=Q::BladderOrBowel
                get=|a| a.bladder_or_bowel == Some(true)
                set=|a, v| a.bladder_or_bowel = Some(v)
            />
        </Show>
    }
}
