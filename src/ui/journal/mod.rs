//! The journal: morning check-ins, the run log with its load guard, and the function check.

pub mod flares;
pub mod function_check;
pub mod import;
pub mod risk;
pub mod run_form;
pub mod screen;
pub mod summary;
pub mod trends;
pub mod watch_files;
