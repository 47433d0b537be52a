//! Rehab: the programme, the guided session player, and the return to running.

pub mod gate;
pub mod heel_rise;
pub mod pathway;
pub mod player;
pub mod programme;
pub mod return_to_run;
pub mod rupture_score;
pub mod signals;
pub mod visit_form;
