//! What changes what is safe or likely: medicines and health, and training changes.

use leptos::prelude::*;

use crate::domain::questionnaire::Question as Q;
use crate::domain::triage::TrainingChange;
use crate::ui::inputs::{ListTick, YesNo};

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
