//! The app's shared state: domain values in signals, loaded from storage at start-up and
//! written back through the storage module on every change. Views read and update these
//! signals; they never see JSON or localStorage.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::CheckHistory;
use crate::domain::questionnaire::Draft;
use crate::storage::backup::{self, Contents, ImportMode, ImportOutcome};
use crate::storage::{CheckDraft, Checks, Collection, LoadError, Record, SaveError, Store, StoredKey, Unreadable};

#[derive(Clone, Copy)]
pub struct AppState {
    pub checks: RwSignal<CheckHistory>,
    pub draft: RwSignal<Draft>,
    /// Stored values that could not be read. Their keys are protected from saves until
    /// the user downloads or discards them.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// Saves that failed, per record key, in plain words. A good save of the same record
    /// clears its entry; a good save of another record does not.
    pub save_errors: RwSignal<Vec<(String, String)>>,
    /// Why nothing will be kept (storage disabled), when that is the case.
    pub memory_only: RwSignal<Option<String>>,
    store: StoredValue<Store, LocalStorage>,
}

impl AppState {
    /// Takes the opened store (localStorage, or memory if it is blocked) and loads everything.
    pub fn load(store: Store, unavailable: Option<String>) -> Self {
        let state = Self {
            checks: RwSignal::new(CheckHistory::default()),
            draft: RwSignal::new(Draft::default()),
            unreadable: RwSignal::new(Vec::new()),
            save_errors: RwSignal::new(Vec::new()),
            memory_only: RwSignal::new(unavailable),
            store: StoredValue::new_local(store),
        };
        state.reload_all();
        state
    }

    /// Reads every record again: at start-up, after an import, and when another tab
    /// cleared storage.
    pub fn reload_all(&self) {
        let mut unreadable = Vec::new();
        let (checks, draft) = self.store.with_value(|store| {
            let checks = match store.load_all::<Checks>() {
                Ok((good, bad)) => {
                    unreadable.extend(bad);
                    CheckHistory::from_checks(good)
                }
                Err(_) => CheckHistory::default(),
            };
            (checks, load_record::<CheckDraft>(store, &mut unreadable))
        });
        self.checks.set(checks);
        self.draft.set(draft);
        self.unreadable.set(unreadable);
    }

    /// Another tab changed one key (`None`: it cleared everything). Only that record is
    /// read again, and nothing is written back, so tabs never echo each other.
    pub fn apply_remote_change(&self, key: Option<&str>) {
        let Some(key) = key else { return self.reload_all() };
        let Some(kind) = StoredKey::parse(key) else { return };
        self.unreadable.update(|list| list.retain(|u| u.key != key));
        match kind {
            StoredKey::CheckDraft => {
                let mut bad = Vec::new();
                let draft = self.store.with_value(|s| load_record::<CheckDraft>(s, &mut bad));
                self.unreadable.update(|list| list.extend(bad));
                if self.draft.with_untracked(|d| *d != draft) {
                    self.draft.set(draft);
                }
            }
            StoredKey::Check(id) => match self.store.with_value(|s| s.load_item::<Checks>(id)) {
                Ok(Some(check)) => self.checks.update(|h| h.upsert(check)),
                Ok(None) => self.checks.update(|h| h.remove(id)),
                Err(LoadError::Unreadable(u)) => {
                    self.checks.update(|h| h.remove(id));
                    self.unreadable.update(|list| list.push(u));
                }
                Err(LoadError::Backend(_)) => {}
            },
        }
    }

    pub fn save_draft(&self) {
        let result = self.draft.with_untracked(|d| self.store.with_value(|s| s.save::<CheckDraft>(d)));
        self.report(CheckDraft::KEY, result.err());
    }

    /// Turns the draft into a saved check (assessed now), starts a fresh draft, and returns
    /// the new check's id. The check is kept in memory even if saving fails.
    pub fn finish_check(&self, today: NaiveDate, now_ms: u64) -> u64 {
        let (answers, reached) = self.draft.with_untracked(|d| (d.answers.clone(), d.step));
        let mut id = 0;
        self.checks.update(|h| id = h.record(now_ms, today, answers, reached));
        let result = self.checks.with_untracked(|h| match h.get(id) {
            Some(check) => self.store.with_value(|s| s.save_item::<Checks>(check)),
            None => Ok(()),
        });
        self.report(&Checks::key(id), result.err());
        self.draft.set(Draft::default());
        self.save_draft();
        id
    }

    /// Removes an unreadable value, at the user's explicit request. A single record then
    /// gets what the app holds in memory for it (answers given meanwhile), so nothing done
    /// in the meantime is lost.
    pub fn discard(&self, key: &str) {
        match self.store.with_value(|s| s.discard(key)) {
            Ok(()) => {
                self.unreadable.update(|list| list.retain(|u| u.key != key));
                if key == CheckDraft::KEY {
                    self.save_draft();
                }
            }
            Err(e) => self.report_text(key, Some(format!("Could not remove it: {e}."))),
        }
    }

    /// The backup file's text and how many unreadable records it had to leave out.
    pub fn export(&self, exported_at: &str) -> Result<(String, usize), String> {
        self.store
            .with_value(|s| backup::export(s, env!("CARGO_PKG_VERSION"), exported_at))
            .map_err(|e| format!("Could not read your data to export it: {e}."))
    }

    pub fn import(&self, contents: &Contents, mode: ImportMode) -> Result<ImportOutcome, SaveError> {
        let result = self.store.with_value(|s| s.import(contents, mode));
        self.reload_all();
        result
    }

    /// Deletes every record of the user's from this browser's storage.
    pub fn delete_everything(&self) -> Result<usize, String> {
        let removed = self.store.with_value(|s| s.delete_everything()).map_err(|e| e.to_string())?;
        self.save_errors.set(Vec::new());
        self.reload_all();
        Ok(removed)
    }

    fn report(&self, key: &str, error: Option<SaveError>) {
        self.report_text(key, error.map(|e| e.to_string()));
    }

    fn report_text(&self, key: &str, error: Option<String>) {
        self.save_errors.update(|errors| {
            errors.retain(|(k, _)| k != key);
            if let Some(message) = error {
                errors.push((key.to_string(), message));
            }
        });
    }

    pub fn dismiss_save_error(&self, key: &str) {
        self.save_errors.update(|errors| errors.retain(|(k, _)| k != key));
    }
}

/// A record's value, or its default when missing. When it cannot be read the default is
/// used *in memory only*: the problem is reported and the stored text stays untouched (the
/// store refuses to overwrite it).
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
        // A read the browser itself refused: treat as empty; saves will report it.
        Err(LoadError::Backend(_)) => R::Data::default(),
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
