//! The exercise library: searchable list, one page per exercise, and the line drawings.

pub mod detail;
pub mod figure;
pub mod library;
