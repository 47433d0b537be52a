//! Leptos components: one screen or component per file. They read and update the
//! signals in [`app_state::AppState`]; the rules live in `crate::domain`.

pub mod about;
pub mod after_tear;
pub mod app;
pub mod app_state;
pub mod base_path;
pub mod care;
pub mod charts;
pub mod check;
pub mod checkin_form;
pub mod clock;
pub mod controls;
pub mod download;
pub mod exercises;
pub mod inputs;
pub mod journal;
pub mod lazy_screens;
pub mod more;
pub mod my_data;
pub mod nav;
pub mod not_found;
pub mod other_tabs;
pub mod rehab;
pub mod reminders;
pub mod router;
pub mod screen;
pub mod startup_mark;
pub mod stop_and_check;
pub mod storage_notice;
pub mod svg;
pub mod today;
pub mod update_prompt;
pub mod urgency_badge;

pub use app::App;
