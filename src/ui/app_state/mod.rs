//! The app's shared state: domain values in signals, read from storage at start-up and
//! written back through the storage module on every change.
//!
//! Screens get read-only signals; every change goes through a method that changes the
//! value *and* saves it (`edit_settings(|s| …)`, `save_run(run)`), so no screen can change
//! a record without saving it. Views never see JSON or localStorage.
//!
//! By concern: `load` (reading storage into the signals: start-up, other tabs, re-reads
//! before a save), `write` (every change and its save), `health` (what could not be read or
//! saved, and what is kept).

mod health;
mod load;
#[cfg(test)]
mod tests;
mod write;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checkin::CheckIn;
use crate::domain::checks::CheckHistory;
use crate::domain::function_score::FunctionCheck;
use crate::domain::journal::Settings;
use crate::domain::loading_gate::{gate, ClinicianVisit, Gate};
use crate::domain::player::Player;
use crate::domain::programme::Programme;
use crate::domain::questionnaire::Draft;
use crate::domain::return_to_run::RunLadder;
use crate::domain::risk::RiskProfile;
use crate::domain::runs::RunEntry;
use crate::domain::sessions::SessionLog;
use crate::domain::strength::HeelRiseTest;
use crate::storage::{Store, Unreadable};

#[derive(Clone, Copy)]
pub struct AppState {
    pub checks: ReadOnly<CheckHistory>,
    /// The heel check being filled in, saved on every change (`edit_draft`).
    pub draft: ReadOnly<Draft>,
    /// Logged exercise sessions, oldest first.
    pub sessions: ReadOnly<Vec<SessionLog>>,
    /// Morning check-ins, oldest first, one per date.
    pub checkins: ReadOnly<Vec<CheckIn>>,
    pub programme: ReadOnly<Option<Programme>>,
    /// A guided session in progress, kept so a reload resumes it.
    pub player: ReadOnly<Option<Player>>,
    pub ladder: ReadOnly<RunLadder>,
    /// Logged runs, oldest first.
    pub runs: ReadOnly<Vec<RunEntry>>,
    /// Function checks, oldest first.
    pub function_checks: ReadOnly<Vec<FunctionCheck>>,
    pub settings: ReadOnly<Settings>,
    pub risk: ReadOnly<RiskProfile>,
    /// The heel check whose possible tear a clinician has since ruled out (the runner's
    /// word, as the older app recorded it; new clearances are `visits`).
    pub rupture_cleared: ReadOnly<Option<u64>>,
    /// Clinician visits the runner recorded, oldest first.
    pub visits: ReadOnly<Vec<ClinicianVisit>>,
    /// Heel-rise endurance tests, oldest first.
    pub heel_rises: ReadOnly<Vec<HeelRiseTest>>,
    /// Stored values that could not be read. Their keys are protected from saves until
    /// the user downloads or discards them.
    pub unreadable: ReadOnly<Vec<Unreadable>>,
    /// Saves that failed, per record key, in plain words. A good save of the same record
    /// clears its entry; a good save of another record does not.
    pub save_errors: ReadOnly<Vec<(String, String)>>,
    /// Forms holding input not yet saved, by name ("the run form"): the update prompt asks
    /// before a reload would drop them.
    pub unsaved: ReadOnly<BTreeSet<&'static str>>,
    /// The local calendar day, following the clock (`clock::follow_the_day`): a screen left
    /// open past midnight moves to the new day instead of saving under yesterday.
    pub day: ReadOnly<NaiveDate>,
    /// Why nothing will be kept (storage disabled), when that is the case.
    pub memory_only: ReadOnly<Option<String>>,
    store: StoredValue<Store, LocalStorage>,
}

impl AppState {
    /// Takes the opened store (localStorage, or memory if it is blocked). Nothing is read
    /// yet: `reload_all` reads everything, `load_for_today` what Today shows first.
    pub fn open(store: Store, unavailable: Option<String>) -> Self {
        Self {
            checks: ReadOnly::new(CheckHistory::default()),
            draft: ReadOnly::new(Draft::default()),
            sessions: ReadOnly::new(Vec::new()),
            checkins: ReadOnly::new(Vec::new()),
            programme: ReadOnly::new(None),
            player: ReadOnly::new(None),
            ladder: ReadOnly::new(RunLadder::default()),
            runs: ReadOnly::new(Vec::new()),
            function_checks: ReadOnly::new(Vec::new()),
            settings: ReadOnly::new(Settings::default()),
            risk: ReadOnly::new(RiskProfile::default()),
            rupture_cleared: ReadOnly::new(None),
            visits: ReadOnly::new(Vec::new()),
            heel_rises: ReadOnly::new(Vec::new()),
            unreadable: ReadOnly::new(Vec::new()),
            save_errors: ReadOnly::new(Vec::new()),
            unsaved: ReadOnly::new(BTreeSet::new()),
            day: ReadOnly::new(super::clock::today()),
            memory_only: ReadOnly::new(unavailable),
            store: StoredValue::new_local(store),
        }
    }

    /// The loading gate over the whole history (`domain::loading_gate`), read reactively:
    /// the programme, the session player and return to running all ask here.
    pub fn loading_gate(&self) -> Gate {
        let legacy = self.rupture_cleared.get();
        self.checks.with(|h| self.visits.with(|v| gate(h, v, legacy)))
    }

    /// Moves to a new local day (`clock::follow_the_day`).
    pub fn set_day(&self, day: NaiveDate) {
        set_if_changed(self.day.0, day);
    }
}

/// Sets a signal to `value` only if they differ: an equal value notifies no one.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}

/// A signal the screens can read and not write: every change goes through `AppState`,
/// which saves it. Reads are the signal's own (`with`, `get`, tracked or not).
pub struct ReadOnly<T: 'static>(RwSignal<T>);

impl<T: Send + Sync + 'static> ReadOnly<T> {
    fn new(value: T) -> Self {
        ReadOnly(RwSignal::new(value))
    }
}

impl<T> Clone for ReadOnly<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ReadOnly<T> {}

impl<T: Send + Sync + 'static> DefinedAt for ReadOnly<T> {
    fn defined_at(&self) -> Option<&'static std::panic::Location<'static>> {
        self.0.defined_at()
    }
}

impl<T: Send + Sync + 'static> Track for ReadOnly<T> {
    fn track(&self) {
        self.0.track()
    }
}

impl<T: Send + Sync + 'static> ReadUntracked for ReadOnly<T> {
    type Value = <RwSignal<T> as ReadUntracked>::Value;

    fn try_read_untracked(&self) -> Option<Self::Value> {
        self.0.try_read_untracked()
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
