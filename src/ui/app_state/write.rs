//! Every change to a record, and its save: a method here changes the signal and writes the
//! record through storage, and reports the outcome under the record's key.
//!
//! Each save is typed by its record's schema (`put::<Runs>`), not made through `Item`'s
//! match over every kind: the wasm split then keeps each kind's encoder with the screens
//! that save it, and the main module holds only those Today saves (issue 30).

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
use crate::storage::records::{
    CheckDraft, CheckIns, Checks, FunctionChecks, HeelRiseTests, LadderRecord, PlayerRecord, ProgrammeRecord,
    RiskRecord, Runs, RuptureScores, Sessions, SettingsRecord, Visits,
};
use crate::storage::{BackendError, Collection, Item, Record, SaveError, Schema, StoredKey};

impl AppState {
    /// Stores one value and reports the outcome under its key; the form that saved gets
    /// the outcome too, to say "saved" only when it was.
    fn put<S: Schema>(&self, key: &str, data: &S::Data) -> Result<(), SaveError> {
        let result = self.store.with_value(|s| s.write::<S>(key, data));
        self.report(key, result.as_ref().err().map(ToString::to_string));
        result
    }

    fn delete(&self, key: StoredKey) {
        let key = key.to_string();
        let result = self.store.with_value(|s| s.remove(&key));
        self.report(&key, result.err().map(|e| e.to_string()));
    }

    /// Saves a single record as this tab now holds it. Generic over the record only, so
    /// each `edit_*` call site adds just its change.
    fn save_held<S: Record>(&self, signal: RwSignal<S::Data>)
    where
        S::Data: Send + Sync + 'static,
    {
        signal.with_untracked(|data| {
            let _ = self.put::<S>(S::KEY, data);
        });
    }

    /// Changes the heel check in progress and saves it, so a reload resumes it.
    pub fn edit_draft(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.0.update(change);
        self.save_held::<CheckDraft>(self.draft.0);
    }

    pub fn edit_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.settings.0.update(change);
        self.save_held::<SettingsRecord>(self.settings.0);
    }

    pub fn edit_risk(&self, change: impl FnOnce(&mut RiskProfile)) {
        self.risk.0.update(change);
        self.save_held::<RiskRecord>(self.risk.0);
    }

    pub fn edit_ladder(&self, change: impl FnOnce(&mut RunLadder)) {
        self.ladder.0.update(change);
        self.save_held::<LadderRecord>(self.ladder.0);
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
        let _ = self.put::<ProgrammeRecord>(ProgrammeRecord::KEY, &programme);
        self.programme.0.set(Some(programme));
    }

    /// Turns the draft into a saved check (assessed now), starts a fresh draft, and returns
    /// the new check's id. The check is kept in memory even if saving fails.
    pub fn finish_check(&self, today: NaiveDate, now_ms: u64) -> u64 {
        let (answers, reached) = self.draft.with_untracked(|d| (d.answers.clone(), d.step));
        let mut id = 0;
        self.checks.0.update(|h| id = h.record(now_ms, today, answers, reached));
        if let Some(check) = self.checks.with_untracked(|h| h.get(id).cloned()) {
            let _ = self.put::<Checks>(&Checks::key_of(&check), &check);
        }
        self.edit_draft(|d| *d = Draft::default());
        id
    }

    /// Keeps the session in progress (or forgets it when it ends).
    pub fn set_player(&self, player: Option<Player>) {
        self.player.0.set(player.clone());
        match player {
            Some(p) => {
                let _ = self.put::<PlayerRecord>(PlayerRecord::KEY, &p);
            }
            None => self.delete(StoredKey::Player),
        }
    }

    /// Holds and saves one item of a journal list (replacing the same record).
    fn save_listed<S: Collection>(&self, data: S::Data, wrap: fn(S::Data) -> Item) -> Result<(), SaveError> {
        let result = self.put::<S>(&S::key_of(&data), &data);
        self.hold(wrap(data));
        result
    }

    pub fn log_session(&self, session: SessionLog) -> Result<(), SaveError> {
        self.save_listed::<Sessions>(session, Item::Session)
    }

    /// Saves a check-in; one per date, so a second one that day replaces the first.
    pub fn save_checkin(&self, checkin: CheckIn) -> Result<(), SaveError> {
        self.save_listed::<CheckIns>(checkin, Item::CheckIn)
    }

    /// Saves a new or edited run.
    pub fn save_run(&self, run: RunEntry) -> Result<(), SaveError> {
        self.save_listed::<Runs>(run, Item::Run)
    }

    pub fn delete_run(&self, id: u64) {
        self.drop_record(StoredKey::Run(id));
        self.delete(StoredKey::Run(id));
    }

    pub fn save_function_check(&self, check: FunctionCheck) -> Result<(), SaveError> {
        self.save_listed::<FunctionChecks>(check, Item::FunctionCheck)
    }

    /// Records what a clinician said after examining the leg.
    pub fn record_visit(&self, visit: ClinicianVisit) -> Result<(), SaveError> {
        self.save_listed::<Visits>(visit, Item::Visit)
    }

    pub fn save_heel_rise(&self, test: HeelRiseTest) -> Result<(), SaveError> {
        self.save_listed::<HeelRiseTests>(test, Item::HeelRise)
    }

    pub fn save_rupture_score(&self, score: RuptureScore) -> Result<(), SaveError> {
        self.save_listed::<RuptureScores>(score, Item::RuptureScore)
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
