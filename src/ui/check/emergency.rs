//! The same-day alert: full screen, high contrast, first thing on the page. Its variant
//! (a possible tear, clot or infection, a leg that cannot bear weight, or a call to the
//! emergency number) says where to go and what not to do, and gives a card of the answers
//! that matter to show the clinician. Nothing in it reassures.

use leptos::html::H1;
use leptos::prelude::*;

use crate::domain::advice::{advice_for, clinician_card, escalation, Place};
use crate::domain::checks::HeelCheck;
use crate::domain::triage::Alert;
use crate::ui::care::{call_button, numbers_for, use_region};

#[component]
pub fn EmergencyAlert(check: HeelCheck) -> impl IntoView {
    let alert = check.assessment.alert().unwrap_or(Alert::Tear);
    let advice = advice_for(&check.answers, &check.assessment);
    let region = use_region();
    let place = advice.place;
    let calls = matches!(place, Some(Place::CallNow | Place::EmergencyDepartmentNow));
    let escalate = advice.escalate;
    let card = clinician_card(&check);
    // Focus the alert's heading on arrival, so it is the first thing a screen reader reads.
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section
            class="emergency"
            class:emergency-call=alert == Alert::CallEmergencyNumber
            role="alert"
            aria-labelledby="emergency-title"
            data-alert=format!("{alert:?}")
        >
            <p class="emergency-kicker">{alert.title()}</p>
            <h1 id="emergency-title" node_ref=heading tabindex="-1">
                {alert.action()}
            </h1>
            {move || place.map(|p| view! { <p class="emergency-where">{p.words(&region())}</p> })}
            {calls
                .then(|| {
                    view! {
                        <p class="emergency-call-row">{move || call_button(region().emergency_number)}</p>
                        {numbers_for()}
                    }
                })}
            <ul class="emergency-steps">{advice.lines().map(|l| view! { <li>{l.text}</li> }).collect_view()}</ul>
            {escalate.then(|| view! { <p class="emergency-note">{move || escalation(&region())}</p> })}
            {(alert == Alert::Tear)
                .then(|| {
                    view! {
                        <p class="emergency-note">
                            "Being able to walk, or even to rise on tiptoe, does not rule out a tear: other muscles \
                            can take over the work."
                        </p>
                    }
                })}
            <div class="clinician-card">
                <h2>"Show this to the clinician"</h2>
                <dl>
                    {card
                        .into_iter()
                        .map(|(label, value)| {
                            view! {
                                <dt>{label}</dt>
                                <dd>{value}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </div>
        </section>
    }
}
