//! Reminders in the phone's own calendar: a calendar file made on the device
//! (`domain::calendar`), so the morning check-in and the sessions are reminded with no
//! server, no account and no signal.

use chrono::{NaiveTime, Timelike, Weekday};
use leptos::prelude::*;

use crate::domain::calendar::{ics, spread_days, Reminders};
use crate::domain::day_names::weekday_short;
use crate::ui::app_state::use_app_state;
use crate::ui::clock::today;
use crate::ui::download::download_text_as;

/// The week as the session-day choices show it, Monday first.
const WEEK: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

fn time_input(label: &'static str, value: RwSignal<NaiveTime>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                type="time"
                prop:value=move || value.with(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    let (h, m) = text.split_once(':').unwrap_or_default();
                    if let Some(t) = h
                        .parse()
                        .ok()
                        .zip(m.get(..2).and_then(|m| m.parse().ok()))
                        .and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0))
                    {
                        value.set(t);
                    }
                }
            />
        </label>
    }
}

#[component]
pub fn CalendarReminders() -> impl IntoView {
    let state = use_app_state();
    let phase = move || state.programme.with(|p| p.as_ref().map(|p| p.phase));
    let checkin_at = RwSignal::new(NaiveTime::from_hms_opt(7, 30, 0).unwrap_or_default());
    let session_at = RwSignal::new(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default());
    let days = RwSignal::new(phase().map_or_else(Vec::new, |p| spread_days(p.sessions_per_week())));
    let done = RwSignal::new(None::<String>);
    let download = move |_| {
        let reminders = Reminders {
            checkin_at: checkin_at.get_untracked(),
            phase: phase(),
            session_days: days.get_untracked(),
            session_at: session_at.get_untracked(),
        };
        download_text_as(
            "achilles-reminders.ics",
            "text/calendar;charset=utf-8",
            &ics(&reminders, today(), chrono::Utc::now()),
        );
        state.edit_settings(|s| s.calendar_phase = reminders.phase);
        done.set(Some("Saved as achilles-reminders.ics: open it to add the reminders to your calendar.".into()));
    };
    view! {
        <section class="reminders" aria-labelledby="reminders-h">
            <h2 id="reminders-h">"Reminders in your calendar"</h2>
            <p>
                "A calendar file for your phone's own calendar: it reminds you with no signal and nothing sent \
                anywhere. Download it again when your programme changes phase; the new file replaces the old reminders."
            </p>
            {time_input("Morning check-in at", checkin_at)}
            {move || {
                phase()
                    .map(|p| {
                        view! {
                            <fieldset class="chips">
                                <legend>
                                    {format!(
                                        "Session days ({}: {} a week)",
                                        p.title().to_ascii_lowercase(),
                                        p.sessions_per_week(),
                                    )}
                                </legend>
                                {WEEK
                                    .into_iter()
                                    .map(|d| {
                                        view! {
                                            <label class="chip">
                                                <input
                                                    type="checkbox"
                                                    prop:checked=move || days.with(|v| v.contains(&d))
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        days.update(|v| {
                                                            v.retain(|x| *x != d);
                                                            if on {
                                                                v.push(d);
                                                            }
                                                        });
                                                    }
                                                />
                                                <span>{weekday_short(d)}</span>
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                            {time_input("Sessions at", session_at)}
                        }
                    })
            }}
            <button type="button" class="button" on:click=download>
                "Download the calendar file"
            </button>
            <p class="status" role="status">
                {move || done.get()}
            </p>
        </section>
    }
}
