//! Pure Rust: every clinical rule and calculation, with no browser dependency, so it is
//! tested natively with plain `cargo test`.

pub mod advice;
pub mod agenda;
pub mod answer_text;
pub mod calendar;
pub mod checkin;
pub mod checks;
pub mod csv;
pub mod day_names;
pub mod decimal;
pub mod emergency;
pub mod exercises;
pub mod flares;
pub mod function_score;
pub mod iso_date;
pub mod journal;
pub mod limits;
pub mod loading_gate;
pub mod pain;
pub mod player;
pub mod programme;
pub mod progression;
pub mod questionnaire;
pub mod return_to_run;
pub mod risk;
pub mod runs;
pub mod rupture;
pub mod sessions;
pub mod sorting;
pub mod stored_names;
pub mod strength;
pub mod trends;
pub mod triage;
pub mod watch;
