//! More: the places that are not a tab of their own, one tap from the tab bar.

use leptos::prelude::*;
use leptos_router::components::A;

use super::base_path::app_href;
use super::reminders::CalendarReminders;

/// Each place: where it leads, its name and what it is for.
const PLACES: [(&str, &str, &str); 7] = [
    ("/exercises", "Exercises", "Every exercise with pictures, steps and what to feel."),
    ("/checks", "Your heel checks", "Past checks and what each one advised."),
    ("/summary", "Summary for your physiotherapist", "Your checks, pain, runs and rehab on one page to show or print."),
    ("/run", "Back to running", "The checklist for a return to running, and the walk–run steps."),
    ("/risk", "Your risk factors", "What raises the strain on your tendon, and what helps."),
    ("/my-data", "My data", "What is kept on this device; back it up, restore it, or delete it."),
    ("/about", "About this app", "What it is and is not, the sources of its rules, and its version."),
];

#[component]
pub fn More() -> impl IntoView {
    view! {
        <section class="screen more">
            <h1>"More"</h1>
            <ul class="place-list">
                {PLACES
                    .into_iter()
                    .map(|(path, name, what)| {
                        view! {
                            <li>
                                <A href=app_href(path)>
                                    <span class="place-name">{name}</span>
                                    <span class="place-what">{what}</span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <CalendarReminders/>
        </section>
    }
}
