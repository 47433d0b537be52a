use leptos::prelude::*;

use crate::domain::triage::Urgency;

/// The urgency as a coloured label. The words carry the meaning; colour only repeats it.
#[component]
pub fn UrgencyBadge(urgency: Urgency) -> impl IntoView {
    let class = match urgency {
        Urgency::Emergency => "badge badge-emergency",
        Urgency::SeeClinician => "badge badge-clinician",
        Urgency::SelfCare => "badge badge-selfcare",
    };
    view! { <span class=class>{urgency.title()}</span> }
}
