//! Pure Rust: every clinical rule and calculation, with no browser dependency, so it is
//! tested natively with plain `cargo test`.

pub mod advice;
pub mod checks;
pub mod exercises;
pub mod pain;
pub mod questionnaire;
pub mod triage;
