//! The browser's clock and calendar, in one place. Days are local calendar dates
//! (`NaiveDate`), so a DST change or travel never splits or merges a day.

use chrono::NaiveDate;

/// Today's local calendar date (see `domain::trends::local_day` for why a local date).
pub fn today() -> NaiveDate {
    let now = chrono::Local::now();
    crate::domain::trends::local_day(now.to_utc(), *now.offset())
}

pub fn now_ms() -> u64 {
    chrono::Utc::now().timestamp_millis().max(0) as u64
}

/// "Sun 22 Nov 2026".
pub fn format_day(day: NaiveDate) -> String {
    crate::domain::day_names::weekday_date(day)
}

/// The current moment as an RFC 3339 timestamp in UTC ("2026-11-22T08:15:00Z").
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Keeps `state.day` on the local calendar day: checked every half minute and whenever the
/// page comes back into view (a phone unlocked the next morning).
pub fn follow_the_day(state: crate::ui::app_state::AppState) {
    use leptos::prelude::set_interval;
    use wasm_bindgen::JsCast;
    let check = move || state.set_day(today());
    set_interval(check, std::time::Duration::from_secs(30));
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let on_visible = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(check);
        let _ = document.add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
        on_visible.forget();
    }
}
