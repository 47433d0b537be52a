//! What changes what is safe or likely: medicines and health, and training changes.

use leptos::prelude::*;

use crate::domain::questionnaire::Question as Q;
use crate::domain::triage::{Answers, TrainingChange};
use crate::ui::app_state::use_app_state;
use crate::ui::inputs::{ListTick, Tick, TickList, YesNo};

/// Medicines and health history that change what is safe, each follow-up shown only after
/// its yes.
#[component]
pub fn Health() -> impl IntoView {
    view! {
        <p class="lead">"Some medicines and conditions weaken tendons or cause heel pain of their own."</p>
        {medicines()}
        <YesNo
            name="previous_rupture"
            question_text="Have you torn an Achilles tendon before, on either side?"
            question=Q::PreviousRupture
            get=|a| a.previous_rupture
            set=|a, v| a.previous_rupture = v
        />
        {conditions()}
    }
}

/// The medicines that harm tendons, each follow-up only after its yes.
fn medicines() -> impl IntoView {
    let draft = use_app_state().draft;
    view! {
        <YesNo
            name="fluoroquinolone"
            question_text="Have you taken an antibiotic such as ciprofloxacin, levofloxacin, moxifloxacin or ofloxacin \
            in the last 6 months?"
            question=Q::Fluoroquinolone
            hint="These are fluoroquinolones. They can harm tendons during the course and for months after it."
            get=|a| a.fluoroquinolone
            set=|a, v| a.fluoroquinolone = v
        />
        <Show when=move || draft.with(|d| d.answers.fluoroquinolone)>
            <YesNo
                name="fluoroquinolone_now"
                question_text="Are you still taking it?"
                question=Q::FluoroquinoloneNow
                get=|a| a.fluoroquinolone_now == Some(true)
                set=|a, v| a.fluoroquinolone_now = Some(v)
            />
        </Show>
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
        <Show when=move || draft.with(|d| d.answers.steroid_injection)>
            <YesNo
                name="injection_new_or_worse"
                question_text="Since the injection, has swelling or pain appeared, or got worse?"
                question=Q::InjectionNewOrWorse
                get=|a| a.injection_new_or_worse == Some(true)
                set=|a, v| a.injection_new_or_worse = Some(v)
            />
        </Show>
    }
}

/// Diabetes, gout and the inflammatory conditions, asked apart; the foot after diabetes.
fn conditions() -> impl IntoView {
    let draft = use_app_state().draft;
    view! {
        <TickList legend="Do you have any of these?" list=Q::ConditionList clear=no_conditions any=any_condition>
            <Tick
                label="Diabetes"
                list=Q::ConditionList
                get=|a| a.diabetes == Some(true)
                set=|a, v| {
                    a.diabetes = Some(v);
                    conditions_asked(a);
                }
            />
            <Tick
                label="Gout"
                list=Q::ConditionList
                get=|a| a.gout == Some(true)
                set=|a, v| {
                    a.gout = Some(v);
                    conditions_asked(a);
                }
            />
            <Tick
                label="Psoriasis, inflammatory bowel disease (Crohn's, colitis) or an inflammatory arthritis"
                list=Q::ConditionList
                get=|a| a.systemic_disease
                set=|a, v| {
                    a.systemic_disease = v;
                    conditions_asked(a);
                }
            />
        </TickList>
        <Show when=move || draft.with(|d| d.answers.diabetes == Some(true))>
            <YesNo
                name="foot_warm_red_swollen"
                question_text="Is the foot or heel warm, red or swollen compared with the other?"
                question=Q::FootWarmRedSwollen
                hint="With diabetes this matters even without pain or a fever: nerve damage can hide both."
                get=|a| a.foot_warm_red_swollen == Some(true)
                set=|a, v| a.foot_warm_red_swollen = Some(v)
            />
            <YesNo
                name="foot_wound"
                question_text="Is there a wound, a blister or an ulcer on that foot or heel?"
                question=Q::FootWound
                get=|a| a.foot_wound == Some(true)
                set=|a, v| a.foot_wound = Some(v)
            />
        </Show>
    }
}

/// Once the list is answered, diabetes and gout are answers too: unticked is "no", never
/// "not asked" (which older checks' rules read as "maybe").
fn conditions_asked(a: &mut Answers) {
    a.diabetes.get_or_insert(false);
    a.gout.get_or_insert(false);
}

fn no_conditions(a: &mut Answers) {
    a.diabetes = Some(false);
    a.gout = Some(false);
    a.systemic_disease = false;
}

fn any_condition(a: &Answers) -> bool {
    a.diabetes == Some(true) || a.gout == Some(true) || a.systemic_disease
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
