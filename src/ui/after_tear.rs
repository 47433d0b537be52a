//! The pathway after a tear as the screens read it: what it offers today, from the heel-rise
//! tests, the hop test and the pain rules of the week (`domain::rupture::offers`).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::app_state::AppState;
use crate::domain::progression::rule_broken_this_week;
use crate::domain::rupture::{offers, Offers, Pathway, Progress};
use crate::domain::strength;

/// What the pathway offers on `day`, read reactively from the runner's records.
pub fn offers_on(state: AppState, pathway: &Pathway, day: NaiveDate) -> Offers {
    let hops = state.ladder.with(|l| l.gate.hops);
    let broken = state.sessions.with(|s| state.checkins.with(|c| rule_broken_this_week(s, c, day).is_some()));
    state.heel_rises.with(|tests| {
        let progress = Progress { strength: strength::latest(tests), hops, pain_rule_broken: broken };
        offers(pathway, &progress, day)
    })
}
