//! Every change to a record, and its save: a method here changes the signal and writes the
//! record through storage, and reports the outcome under the record's key.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::AppState;
use crate::domain::checkin::CheckIn;
use crate::domain::function_score::FunctionCheck;
use crate::domain::journal::Settings;
use crate::domain::loading_gate::ClinicianVisit;
use crate::domain::player::Player;
use crate::domain::programme::Programme;
use crate::domain::questionnaire::Draft;
use crate::domain::return_to_run::RunLadder;
use crate::domain::risk::RiskProfile;
use crate::domain::runs::RunEntry;
use crate::domain::rupture::RuptureScore;
use crate::domain::sessions::SessionLog;
use crate::domain::strength::HeelRiseTest;
use crate::storage::backup::{self, Contents, ImportMode, ImportOutcome};
use crate::storage::{BackendError, Item, SaveError, StoredKey};

impl AppState {
    /// Stores one value and reports the outcome under its key; the form that saved gets
    /// the outcome too, to say "saved" only when it was.
    fn put(&self, item: &Item) -> Result<(), SaveError> {
        let result = self.store.with_value(|s| s.save_any(item));
        self.report(&item.key(), result.as_ref().err().map(ToString::to_string));
        result
    }

    fn delete(&self, key: StoredKey) {
        let key = key.to_string();
        let result = self.store.with_value(|s| s.remove(&key));
        self.report(&key, result.err().map(|e| e.to_string()));
    }

    /// Saves a single record as this tab now holds it (`wrap` makes it an `Item`).
    /// Generic over the record only, so each `edit_*` call site adds just its change.
    fn save_held<T: Clone + Send + Sync + 'static>(&self, signal: RwSignal<T>, wrap: fn(T) -> Item) {
        let _ = self.put(&wrap(signal.get_untracked()));
    }

    /// Changes the heel check in progress and saves it, so a reload resumes it.
    pub fn edit_draft(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.0.update(change);
        self.save_held(self.draft.0, Item::CheckDraft);
    }

    pub fn edit_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.settings.0.update(change);
        self.save_held(self.settings.0, Item::Settings);
    }

    pub fn edit_risk(&self, change: impl FnOnce(&mut RiskProfile)) {
        self.risk.0.update(change);
        self.save_held(self.risk.0, Item::Risk);
    }

    pub fn edit_ladder(&self, change: impl FnOnce(&mut RunLadder)) {
        self.ladder.0.update(change);
        self.save_held(self.ladder.0, Item::Ladder);
    }

    /// Changes the programme, if one is running, and saves it.
    pub fn edit_programme(&self, change: impl FnOnce(&mut Programme)) {
        if let Some(mut programme) = self.programme.get_untracked() {
            change(&mut programme);
            self.start_programme(programme);
        }
    }

    /// Starts (or replaces) the programme.
    pub fn start_programme(&self, programme: Programme) {
        self.programme.0.set(Some(programme.clone()));
        let _ = self.put(&Item::Programme(programme));
    }

    /// Turns the draft into a saved check (assessed now), starts a fresh draft, and returns
    /// the new check's id. The check is kept in memory even if saving fails.
    pub fn finish_check(&self, today: NaiveDate, now_ms: u64) -> u64 {
        let (answers, reached) = self.draft.with_untracked(|d| (d.answers.clone(), d.step));
        let mut id = 0;
        self.checks.0.update(|h| id = h.record(now_ms, today, answers, reached));
        if let Some(check) = self.checks.with_untracked(|h| h.get(id).cloned()) {
            let _ = self.put(&Item::Check(check));
        }
        self.edit_draft(|d| *d = Draft::default());
        id
    }

    /// Keeps the session in progress (or forgets it when it ends).
    pub fn set_player(&self, player: Option<Player>) {
        self.player.0.set(player.clone());
        match player {
            Some(p) => {
                let _ = self.put(&Item::Player(p));
            }
            None => self.delete(StoredKey::Player),
        }
    }

    /// Holds and saves one item of a journal list (replacing the same record).
    fn save_listed(&self, item: Item) -> Result<(), SaveError> {
        self.hold(item.clone());
        self.put(&item)
    }

    pub fn log_session(&self, session: SessionLog) -> Result<(), SaveError> {
        self.save_listed(Item::Session(session))
    }

    /// Saves a check-in; one per date, so a second one that day replaces the first.
    pub fn save_checkin(&self, checkin: CheckIn) -> Result<(), SaveError> {
        self.save_listed(Item::CheckIn(checkin))
    }

    /// Saves a new or edited run.
    pub fn save_run(&self, run: RunEntry) -> Result<(), SaveError> {
        self.save_listed(Item::Run(run))
    }

    pub fn delete_run(&self, id: u64) {
        self.drop_record(StoredKey::Run(id));
        self.delete(StoredKey::Run(id));
    }

    pub fn save_function_check(&self, check: FunctionCheck) -> Result<(), SaveError> {
        self.save_listed(Item::FunctionCheck(check))
    }

    /// Records what a clinician said after examining the leg.
    pub fn record_visit(&self, visit: ClinicianVisit) -> Result<(), SaveError> {
        self.save_listed(Item::Visit(visit))
    }

    pub fn save_heel_rise(&self, test: HeelRiseTest) -> Result<(), SaveError> {
        self.save_listed(Item::HeelRise(test))
    }

    pub fn save_rupture_score(&self, score: RuptureScore) -> Result<(), SaveError> {
        self.save_listed(Item::RuptureScore(score))
    }

    /// Marks a form as holding unsaved input (`true`) or not.
    pub fn mark_unsaved(&self, form: &'static str, unsaved: bool) {
        if self.unsaved.with_untracked(|u| u.contains(form) != unsaved) {
            self.unsaved.0.update(|u| {
                if unsaved {
                    u.insert(form);
                } else {
                    u.remove(form);
                }
            });
        }
    }

    /// The backup file's text and how many values it carries as they are.
    pub fn export(&self, exported_at: &str) -> Result<(String, usize), BackendError> {
        self.store.with_value(|s| backup::export(s, env!("CARGO_PKG_VERSION"), exported_at))
    }

    pub fn import(&self, contents: &Contents, mode: ImportMode) -> Result<ImportOutcome, SaveError> {
        let result = self.store.with_value(|s| s.import(contents, mode));
        self.reload_all();
        result
    }

    /// Deletes every record of the user's from this browser's storage.
    pub fn delete_everything(&self) -> Result<usize, BackendError> {
        let removed = self.store.with_value(|s| s.delete_everything())?;
        self.save_errors.0.set(Vec::new());
        self.reload_all();
        Ok(removed)
    }
}
