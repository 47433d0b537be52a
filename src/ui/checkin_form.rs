//! The morning check-in, in a few taps: stiffness on getting up (minutes) and pain (0–10).
//! One per local date; saving again that day replaces it.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::app_state::use_app_state;
use super::inputs::PainField;
use crate::domain::checkin::{CheckIn, MAX_STIFFNESS_MINUTES};
use crate::domain::pain::PainScore;

/// Quick choices for stiffness, so most mornings take two taps and Save.
const STIFFNESS_CHOICES: [u16; 6] = [0, 5, 15, 30, 60, 120];
// The largest quick choice must be a value the check-in accepts.
const _: () = assert!(STIFFNESS_CHOICES[5] <= MAX_STIFFNESS_MINUTES);

#[component]
pub fn CheckInForm(date: NaiveDate) -> impl IntoView {
    let state = use_app_state();
    let existing = state.checkins.with_untracked(|v| v.iter().find(|c| c.date == date).cloned());
    let stiffness = RwSignal::new(existing.as_ref().map_or(0, |c| c.stiffness_minutes));
    let pain = RwSignal::new(existing.as_ref().map_or(PainScore::default(), |c| c.pain));
    let note = RwSignal::new(existing.map(|c| c.note).unwrap_or_default());
    let saved = RwSignal::new(false);
    view! {
        <form class="checkin" on:submit=move |ev| {
            ev.prevent_default();
            state.save_checkin(CheckIn {
                date,
                stiffness_minutes: stiffness.get_untracked(),
                pain: pain.get_untracked(),
                note: note.get_untracked().trim().to_string(),
            });
            saved.set(true);
        }>
            <fieldset class="question chips">
                <legend>"Stiffness when you got up"</legend>
                {STIFFNESS_CHOICES.into_iter().map(|m| view! {
                    <label class="chip">
                        <input type="radio" name=format!("stiffness-{date}") prop:checked=move || stiffness.get() == m on:change=move |_| stiffness.set(m)/>
                        <span>{match m { 0 => "None".to_string(), 120 => "2 h or more".to_string(), m => format!("{m} min") }}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <PainField id="checkin-pain" label="Pain on getting up" value=pain/>
            <label class="note-field">
                <span>"Note (optional)"</span>
                <input type="text" maxlength="280" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
            </label>
            <button type="submit" class="button button-primary">"Save the check-in"</button>
            <p class="status" role="status">{move || saved.get().then_some("Saved.")}</p>
        </form>
    }
}
