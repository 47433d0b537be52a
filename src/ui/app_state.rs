//! The app's shared state: domain values in signals, loaded from storage once at start-up
//! and written back through the storage module on every change. Views read and update
//! these signals; they never see JSON or localStorage.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::CheckHistory;
use crate::domain::questionnaire::Draft;
use crate::storage::{CheckDraft, Checks, LoadError, Record, SaveError, Store, Unreadable};

#[derive(Clone, Copy)]
pub struct AppState {
    pub checks: RwSignal<CheckHistory>,
    pub draft: RwSignal<Draft>,
    /// Stored values that could not be read. Their keys are protected from saves until
    /// the user downloads or discards them.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// Saves that failed, per record key, in plain words. A good save of the same record
    /// clears its entry; a good save of another record does not.
    pub save_errors: RwSignal<Vec<(&'static str, String)>>,
    /// Why nothing will be kept (storage disabled), when that is the case.
    pub memory_only: RwSignal<Option<String>>,
    store: StoredValue<Store, LocalStorage>,
}

impl AppState {
    /// Opens the browser's storage (or memory, if it is blocked) and loads every record.
    pub fn load(store: Store, unavailable: Option<String>) -> Self {
        let mut unreadable = Vec::new();
        let checks = load_record::<Checks>(&store, &mut unreadable);
        let draft = load_record::<CheckDraft>(&store, &mut unreadable);
        Self {
            checks: RwSignal::new(checks),
            draft: RwSignal::new(draft),
            unreadable: RwSignal::new(unreadable),
            save_errors: RwSignal::new(Vec::new()),
            memory_only: RwSignal::new(unavailable),
            store: StoredValue::new_local(store),
        }
    }

    pub fn save_draft(&self) {
        self.draft.with_untracked(|d| self.save::<CheckDraft>(d));
    }

    /// Turns the draft into a saved check (assessed now), starts a fresh draft, and
    /// returns the new check's id. The check is kept in memory even if saving fails.
    pub fn finish_check(&self, today: NaiveDate, now_ms: u64) -> u64 {
        let (answers, reached) = self.draft.with_untracked(|d| (d.answers.clone(), d.step));
        let mut id = 0;
        self.checks.update(|h| id = h.record(now_ms, today, answers, reached));
        self.checks.with_untracked(|h| self.save::<Checks>(h));
        self.draft.set(Draft::default());
        self.save_draft();
        id
    }

    /// Removes an unreadable value, at the user's explicit request, then saves what the
    /// app holds in memory for that record (e.g. a check made while the old one was
    /// protected), so nothing done in the meantime is lost.
    pub fn discard(&self, key: &'static str) {
        let result = self.store.with_value(|s| match key {
            Checks::KEY => s.discard::<Checks>(),
            CheckDraft::KEY => s.discard::<CheckDraft>(),
            _ => Ok(()),
        });
        match result {
            Ok(()) => {
                self.unreadable.update(|list| list.retain(|u| u.key != key));
                match key {
                    Checks::KEY => self.checks.with_untracked(|h| self.save::<Checks>(h)),
                    CheckDraft::KEY => self.save_draft(),
                    _ => {}
                }
            }
            Err(e) => self.report(key, Some(format!("Could not remove it: {e}."))),
        }
    }

    fn save<R: Record>(&self, data: &R::Data) {
        let result = self.store.with_value(|s| s.save::<R>(data));
        self.report(R::KEY, result.err().map(|e: SaveError| e.to_string()));
    }

    fn report(&self, key: &'static str, error: Option<String>) {
        self.save_errors.update(|errors| {
            errors.retain(|(k, _)| *k != key);
            if let Some(message) = error {
                errors.push((key, message));
            }
        });
    }

    pub fn dismiss_save_error(&self, key: &str) {
        self.save_errors.update(|errors| errors.retain(|(k, _)| *k != key));
    }
}

/// A record's value, or its default when missing. When it cannot be read the default is
/// used *in memory only*: the problem is reported and the stored text stays untouched
/// (the store refuses to overwrite it).
fn load_record<R: Record>(store: &Store, unreadable: &mut Vec<Unreadable>) -> R::Data
where
    R::Data: Default,
{
    match store.load::<R>() {
        Ok(value) => value.unwrap_or_default(),
        Err(LoadError::Unreadable(u)) => {
            unreadable.push(u);
            R::Data::default()
        }
        // A read that the browser itself refused: treat as empty; saves will report it.
        Err(LoadError::Backend(_)) => R::Data::default(),
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
