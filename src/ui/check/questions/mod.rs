//! The question pages, one topic each. Wording is the app's own, in plain words for a
//! runner standing at a track; each page says why it asks. Every question that can raise
//! the urgency starts unanswered (see `domain::questionnaire`).

mod background;
mod details;
mod signs;
mod tear;

pub use background::{Health, TrainingChanges};
pub use details::Details;
pub use signs::{Calf, RedFlags, Symptoms};
pub use tear::{Onset, PartnerTest, RuptureSigns};
