//! More: the places that are not a tab of their own, one tap from the tab bar.

use leptos::prelude::*;

use super::base_path::ScreenLink;
use super::care::CountryChoice;
use super::reminders::CalendarReminders;
use super::screen::Screen;

/// Each place: where it leads, its name and what it is for.
const PLACES: [(Screen, &str, &str); 7] = [
    (Screen::Exercises, "Exercises", "Every exercise with pictures, steps and what to feel."),
    (Screen::Checks, "Your heel checks", "Past checks and what each one advised."),
    (
        Screen::Summary,
        "Summary for your physiotherapist",
        "Your checks, pain, runs and rehab on one page to show or print.",
    ),
    (Screen::ReturnToRun, "Back to running", "The checklist for a return to running, and the walk–run steps."),
    (Screen::Risk, "Your risk factors", "What raises the strain on your tendon, and what helps."),
    (Screen::MyData, "My data", "What is kept on this device; back it up, restore it, or delete it."),
    (Screen::About, "About this app", "What it is and is not, the sources of its rules, and its version."),
];

#[component]
pub fn More() -> impl IntoView {
    view! {
        <section class="screen more">
            <h1>"More"</h1>
            <ul class="place-list">
                {PLACES
                    .into_iter()
                    .map(|(screen, name, what)| {
                        view! {
                            <li>
                                <ScreenLink to=screen>
                                    <span class="place-name">{name}</span>
                                    <span class="place-what">{what}</span>
                                </ScreenLink>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <CountryChoice />
            <CalendarReminders />
        </section>
    }
}
