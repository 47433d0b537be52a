//! The see-a-doctor-today alert: full screen, high contrast, first thing on the page. It
//! says what to do and what not to do, and gives a card of the answers that matter to show
//! the clinician. Nothing in it reassures: walking or tiptoeing does not rule a tear out.

use leptos::html::H1;
use leptos::prelude::*;

use crate::domain::advice::{advice_for, clinician_card};
use crate::domain::checks::HeelCheck;
use crate::domain::triage::Condition;

#[component]
pub fn EmergencyAlert(check: HeelCheck) -> impl IntoView {
    let rupture = check.assessment.condition == Condition::SuspectedRupture;
    let advice = advice_for(&check.assessment);
    let card = clinician_card(&check);
    // Focus the alert's heading on arrival, so it is the first thing a screen reader reads.
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section class="emergency" role="alert" aria-labelledby="emergency-title">
            <p class="emergency-kicker">{if rupture { "Possible Achilles tendon rupture" } else { "Possible infection" }}</p>
            <h1 id="emergency-title" node_ref=heading tabindex="-1">"See a doctor today"</h1>
            {advice.headline.map(|h| view! { <p class="emergency-where">{h}</p> })}
            <ul class="emergency-steps">
                {advice.do_now.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                {advice.avoid.into_iter().map(|s| view! { <li>{format!("Do not: {}", lowercase_first(s))}</li> }).collect_view()}
            </ul>
            {rupture.then(|| view! {
                <p class="emergency-note">"Being able to walk, or even to rise on tiptoe, does not rule out a tear: other muscles can take over the work."</p>
            })}
            <div class="clinician-card">
                <h2>"Show this to the clinician"</h2>
                <dl>
                    {card.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
            </div>
        </section>
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}
