//! "Check my heel": the questionnaire, its result (with the emergency alert), and the
//! history of past checks.

pub mod emergency;
pub mod history;
pub mod leg_map;
pub mod questionnaire;
pub mod questions;
pub mod result;
pub mod review;
