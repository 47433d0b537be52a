//! The morning check-in, in a few taps: stiffness on getting up (minutes) and pain (0–10).
//! One per local date; saving again that day replaces it.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::app_state::use_app_state;
use super::clock::format_day;
use super::controls::Radios;
use super::inputs::PainField;
use crate::domain::checkin::{CheckIn, MAX_STIFFNESS_MINUTES};
use crate::domain::pain::PainScore;

/// Quick choices for stiffness, so most mornings take two taps and Save.
const STIFFNESS_CHOICES: [u16; 6] = [0, 5, 15, 30, 60, 120];
// The largest quick choice must be a value the check-in accepts.
const _: () = assert!(STIFFNESS_CHOICES[5] <= MAX_STIFFNESS_MINUTES);

/// What the last Save did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Saved,
    Failed(String),
    /// Another tab or window saved this day's check-in after this form opened: theirs.
    Conflict(CheckIn),
}

/// Its name in "not yet saved" warnings (the update prompt).
const FORM: &str = "the morning check-in";

#[component]
pub fn CheckInForm(date: NaiveDate) -> impl IntoView {
    let state = use_app_state();
    on_cleanup(move || state.mark_unsaved(FORM, false));
    let existing = state.checkins.with_untracked(|v| v.iter().find(|c| c.date == date).cloned());
    // What storage holds for this day right now (another tab may have saved a moment ago).
    let stored_now = move || state.reread_checkin(date);
    let stiffness = RwSignal::new(existing.as_ref().map_or(0, |c| c.stiffness_minutes));
    let pain = RwSignal::new(existing.as_ref().map_or(PainScore::default(), |c| c.pain));
    let note = RwSignal::new(existing.as_ref().map(|c| c.note.clone()).unwrap_or_default());
    // The version this form started from: a save over a different one is asked about first.
    let base = StoredValue::new(existing);
    let outcome = RwSignal::new(None::<Outcome>);
    let mine = move || CheckIn {
        date,
        stiffness_minutes: stiffness.get_untracked(),
        pain: pain.get_untracked(),
        note: note.get_untracked().trim().to_string(),
    };
    let save = move || {
        let checkin = mine();
        outcome.set(Some(match state.save_checkin(checkin.clone()) {
            Ok(()) => {
                state.mark_unsaved(FORM, false);
                base.set_value(Some(checkin));
                Outcome::Saved
            }
            Err(e) => Outcome::Failed(e.to_string()),
        }));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match stored_now() {
            Some(theirs) if Some(&theirs) != base.get_value().as_ref() && theirs != mine() => {
                outcome.set(Some(Outcome::Conflict(theirs)))
            }
            _ => save(),
        }
    };
    let keep_theirs = move |theirs: CheckIn| {
        stiffness.set(theirs.stiffness_minutes);
        pain.set(theirs.pain);
        note.set(theirs.note.clone());
        base.set_value(Some(theirs));
        outcome.set(None);
    };
    view! {
        <form class="checkin" on:submit=submit on:input=move |_| state.mark_unsaved(FORM, true)>
            <fieldset class="question chips">
                <legend>"Stiffness when you got up"</legend>
                <Radios
                    name=format!("stiffness-{date}")
                    class="chip"
                    options=STIFFNESS_CHOICES.into_iter().map(|m| (m, stiffness_words(m).into())).collect()
                    bind=stiffness
                />
            </fieldset>
            <PainField id="checkin-pain" label="Pain on getting up" value=pain />
            <label class="note-field">
                <span>"Note (optional)"</span>
                <input
                    type="text"
                    maxlength="280"
                    prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))
                />
            </label>
            <button type="submit" class="button button-primary">
                "Save the check-in"
            </button>
            {move || outcome.get().map(|o| said(date, o, save, keep_theirs))}
        </form>
    }
}

/// What became of a save: saved, not saved (and why), or a check-in changed elsewhere
/// meanwhile, with the choice of saving over it or keeping it.
fn said(
    date: NaiveDate,
    outcome: Outcome,
    save: impl Fn() + Copy + 'static,
    keep: impl Fn(CheckIn) + Copy + 'static,
) -> AnyView {
    match outcome {
        Outcome::Saved => view! {
            <p class="status" role="status">
                {format!("Check-in of {} saved.", format_day(date))}
            </p>
        }
        .into_any(),
        Outcome::Failed(e) => {
            let text = format!("The check-in of {} was not saved: {e}", format_day(date));
            view! {
                <p class="notice notice-error" role="alert">
                    {text}
                </p>
            }
            .into_any()
        }
        Outcome::Conflict(theirs) => {
            let text = format!(
                "The check-in of {} was changed elsewhere (another tab or window) after this form opened: stiffness \
                {} min, pain {}/10{}.",
                format_day(date),
                theirs.stiffness_minutes,
                theirs.pain.value(),
                if theirs.note.is_empty() { String::new() } else { format!(", \u{201c}{}\u{201d}", theirs.note) }
            );
            view! {
                <div class="notice notice-warning" role="alert">
                    <p>{text}</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| save()>
                            "Save mine over it"
                        </button>
                        <button type="button" class="button" on:click=move |_| keep(theirs.clone())>
                            "Keep that one"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

/// A stiffness choice as the runner reads it.
fn stiffness_words(minutes: u16) -> String {
    match minutes {
        0 => "None".to_string(),
        120 => "2 h or more".to_string(),
        m => format!("{m} min"),
    }
}
