//! What could not be read or saved, and what is kept: the storage notice and My data read
//! these.

use leptos::prelude::*;

use super::AppState;
use crate::domain::questionnaire::Draft;
use crate::storage::StoredKey;

impl AppState {
    /// Records a save's outcome under its key: an error replaces that key's earlier one,
    /// and a good save clears it.
    pub(super) fn report(&self, key: &str, error: Option<String>) {
        self.save_errors.0.update(|errors| {
            errors.retain(|(k, _)| k != key);
            if let Some(message) = error {
                errors.push((key.to_string(), message));
            }
        });
    }

    pub fn dismiss_save_error(&self, key: &str) {
        self.save_errors.0.update(|errors| errors.retain(|(k, _)| k != key));
    }

    /// Removes an unreadable value, at the user's explicit request. A single record then
    /// gets what the app holds in memory for it (answers given meanwhile), so nothing done
    /// in the meantime is lost.
    pub fn discard(&self, key: &str) {
        match self.store.with_value(|s| s.discard(key)) {
            Ok(()) => {
                self.unreadable.0.update(|list| list.retain(|u| u.key != key));
                if StoredKey::parse(key) == Some(StoredKey::CheckDraft) {
                    self.edit_draft(|_| ());
                }
            }
            Err(e) => self.report(key, Some(format!("Could not remove it: {e}."))),
        }
    }

    /// How many stored values this version cannot use (kept as they are by Replace, and
    /// carried raw by a backup): unreadable, newer, or unknown keys.
    pub fn kept_as_is_count(&self) -> usize {
        self.store.with_value(|s| s.kept_as_is().map(|k| k.len()).unwrap_or(0))
    }

    /// Every kind of record kept here, counted in plain words ("3 runs").
    pub fn stored_summary(&self) -> Vec<String> {
        let count = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        [
            // Always said, even at none: the first thing a runner looks for.
            Some(match self.checks.with(|h| h.len()) {
                1 => "1 heel check".to_string(),
                n => format!("{n} heel checks"),
            }),
            count(self.checkins.with(Vec::len), "morning check-in", "morning check-ins"),
            count(self.runs.with(Vec::len), "run", "runs"),
            count(self.sessions.with(Vec::len), "exercise session", "exercise sessions"),
            count(self.function_checks.with(Vec::len), "function check", "function checks"),
            count(self.heel_rises.with(Vec::len), "heel-rise test", "heel-rise tests"),
            count(self.visits.with(Vec::len), "clinician visit", "clinician visits"),
            self.programme.with(Option::is_some).then(|| "An exercise programme".to_string()),
            count(self.ladder.with(|l| l.runs.len()), "walk–run ladder run", "walk–run ladder runs"),
            self.draft.with(|d| *d != Draft::default()).then(|| "A heel check in progress".to_string()),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}
