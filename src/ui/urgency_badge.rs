use leptos::prelude::*;

use crate::domain::triage::{Assessment, Urgency};

/// How soon, as a coloured label: the alert's own action where there is one ("Call the
/// emergency number now"), else the urgency. The words carry the meaning; colour only
/// repeats it.
pub fn urgency_badge(a: &Assessment) -> impl IntoView {
    let class = match a.urgency {
        Urgency::Emergency => "badge badge-emergency",
        Urgency::SeeClinician => "badge badge-clinician",
        Urgency::SelfCare => "badge badge-selfcare",
    };
    view! { <span class=class>{a.urgency_title()}</span> }
}
