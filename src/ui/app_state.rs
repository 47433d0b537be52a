//! The app's shared state: domain values in signals, loaded from storage at start-up and
//! written back through the storage module on every change. Views read and update these
//! signals; they never see JSON or localStorage.

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
use crate::storage::backup::{self, Contents, ImportMode, ImportOutcome};
use crate::storage::{replace_sorted, Item, LoadError, SaveError, Snapshot, Store, StoredKey, Unreadable};

#[derive(Clone, Copy)]
pub struct AppState {
    pub checks: RwSignal<CheckHistory>,
    pub draft: RwSignal<Draft>,
    /// Logged exercise sessions, oldest first.
    pub sessions: RwSignal<Vec<SessionLog>>,
    /// Morning check-ins, oldest first, one per date.
    pub checkins: RwSignal<Vec<CheckIn>>,
    pub programme: RwSignal<Option<Programme>>,
    /// A guided session in progress, kept so a reload resumes it.
    pub player: RwSignal<Option<Player>>,
    pub ladder: RwSignal<RunLadder>,
    /// Logged runs, oldest first.
    pub runs: RwSignal<Vec<RunEntry>>,
    /// Function checks, oldest first.
    pub function_checks: RwSignal<Vec<FunctionCheck>>,
    pub settings: RwSignal<Settings>,
    pub risk: RwSignal<RiskProfile>,
    /// The heel check whose possible tear a clinician has since ruled out (the runner's
    /// word, as the older app recorded it; new clearances are `visits`).
    pub rupture_cleared: RwSignal<Option<u64>>,
    /// Clinician visits the runner recorded, oldest first.
    pub visits: RwSignal<Vec<ClinicianVisit>>,
    /// Heel-rise endurance tests, oldest first.
    pub heel_rises: RwSignal<Vec<HeelRiseTest>>,
    /// Stored values that could not be read. Their keys are protected from saves until
    /// the user downloads or discards them.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// Saves that failed, per record key, in plain words. A good save of the same record
    /// clears its entry; a good save of another record does not.
    pub save_errors: RwSignal<Vec<(String, String)>>,
    /// Forms holding input not yet saved, by name ("the run form"): the update prompt asks
    /// before a reload would drop them.
    pub unsaved: RwSignal<std::collections::BTreeSet<&'static str>>,
    /// The local calendar day, following the clock (`clock::follow_the_day`): a screen left
    /// open past midnight moves to the new day instead of saving under yesterday.
    pub day: RwSignal<NaiveDate>,
    /// Why nothing will be kept (storage disabled), when that is the case.
    pub memory_only: RwSignal<Option<String>>,
    store: StoredValue<Store, LocalStorage>,
}

impl AppState {
    /// Takes the opened store (localStorage, or memory if it is blocked). Nothing is read
    /// yet: `reload_all` reads everything, `load_for_today` what Today shows first.
    pub fn open(store: Store, unavailable: Option<String>) -> Self {
        let state = Self {
            checks: RwSignal::new(CheckHistory::default()),
            draft: RwSignal::new(Draft::default()),
            sessions: RwSignal::new(Vec::new()),
            checkins: RwSignal::new(Vec::new()),
            programme: RwSignal::new(None),
            player: RwSignal::new(None),
            ladder: RwSignal::new(RunLadder::default()),
            rupture_cleared: RwSignal::new(None),
            visits: RwSignal::new(Vec::new()),
            heel_rises: RwSignal::new(Vec::new()),
            runs: RwSignal::new(Vec::new()),
            function_checks: RwSignal::new(Vec::new()),
            settings: RwSignal::new(Settings::default()),
            risk: RwSignal::new(RiskProfile::default()),
            unreadable: RwSignal::new(Vec::new()),
            save_errors: RwSignal::new(Vec::new()),
            memory_only: RwSignal::new(unavailable),
            day: RwSignal::new(super::clock::today()),
            unsaved: RwSignal::new(std::collections::BTreeSet::new()),
            store: StoredValue::new_local(store),
        };
        state
    }

    /// Reads only what Today shows (`Store::load_for_today`): start-up on Today, before
    /// its first paint, so years of records do not delay it. `reload_all` must follow.
    pub fn load_for_today(&self, today: NaiveDate) {
        match self.store.with_value(|store| store.load_for_today(today)) {
            Ok(loaded) => self.hold_all(loaded),
            Err(_) => self.reload_all(),
        }
    }

    /// Reads every record again: at start-up, after an import, and when another tab
    /// cleared storage.
    pub fn reload_all(&self) {
        // Storage that cannot be read at all shows as empty; the notice says why.
        self.hold_all(self.store.with_value(|store| store.load_everything()).unwrap_or_default());
    }

    /// Replaces every signal with what a read found, in order. Holding records one by one
    /// would re-sort a list per record: quadratic with five years of check-ins.
    fn hold_all(&self, snapshot: Snapshot) {
        // Only what differs is set, so the full read after Today's first paint re-renders
        // nothing when the first read already held everything (a runner with little data).
        set_if_changed(self.checks, CheckHistory::from_checks(snapshot.checks));
        set_if_changed(self.draft, snapshot.draft.unwrap_or_default());
        set_if_changed(self.sessions, snapshot.sessions);
        set_if_changed(self.checkins, snapshot.checkins);
        set_if_changed(self.programme, snapshot.programme);
        set_if_changed(self.player, snapshot.player);
        set_if_changed(self.ladder, snapshot.ladder.unwrap_or_default());
        set_if_changed(self.rupture_cleared, snapshot.rupture_cleared);
        set_if_changed(self.runs, snapshot.runs);
        set_if_changed(self.function_checks, snapshot.function_checks);
        set_if_changed(self.settings, snapshot.settings.unwrap_or_default());
        set_if_changed(self.risk, snapshot.risk.unwrap_or_default());
        set_if_changed(self.visits, snapshot.visits);
        set_if_changed(self.heel_rises, snapshot.heel_rises);
        self.unreadable.set(snapshot.unreadable);
    }

    /// Puts one decoded value into its signal (replacing the same record).
    fn hold(&self, item: Item) {
        match item {
            Item::CheckDraft(d) => set_if_changed(self.draft, d),
            Item::Check(c) => self.checks.update(|h| h.upsert(c)),
            Item::Session(s) => self.sessions.update(|v| replace_sorted(v, s)),
            Item::CheckIn(c) => self.checkins.update(|v| replace_sorted(v, c)),
            Item::Programme(p) => self.programme.set(Some(p)),
            Item::Player(p) => self.player.set(Some(p)),
            Item::Ladder(l) => self.ladder.set(l),
            Item::RuptureCleared(id) => self.rupture_cleared.set(Some(id)),
            Item::Run(r) => self.runs.update(|v| replace_sorted(v, r)),
            Item::FunctionCheck(f) => self.function_checks.update(|v| replace_sorted(v, f)),
            Item::Settings(x) => self.settings.set(x),
            Item::Risk(r) => self.risk.set(r),
            Item::Visit(v) => self.visits.update(|list| replace_sorted(list, v)),
            Item::HeelRise(t) => self.heel_rises.update(|list| replace_sorted(list, t)),
        }
    }

    /// Forgets one record that is no longer stored.
    fn drop_record(&self, kind: StoredKey) {
        match kind {
            StoredKey::CheckDraft => self.draft.set(Draft::default()),
            StoredKey::Check(id) => self.checks.update(|h| h.remove(id)),
            StoredKey::Session(id) => self.sessions.update(|v| v.retain(|x| x.id != id)),
            StoredKey::CheckIn(date) => self.checkins.update(|v| v.retain(|x| x.date != date)),
            StoredKey::Programme => self.programme.set(None),
            StoredKey::Player => self.player.set(None),
            StoredKey::Ladder => self.ladder.set(RunLadder::default()),
            StoredKey::RuptureCleared => self.rupture_cleared.set(None),
            StoredKey::Run(id) => self.runs.update(|v| v.retain(|x| x.id != id)),
            StoredKey::FunctionCheck(id) => self.function_checks.update(|v| v.retain(|x| x.id != id)),
            StoredKey::Settings => self.settings.set(Settings::default()),
            StoredKey::Risk => self.risk.set(RiskProfile::default()),
            StoredKey::Visit(id) => self.visits.update(|v| v.retain(|x| x.id != id)),
            StoredKey::HeelRise(id) => self.heel_rises.update(|v| v.retain(|x| x.id != id)),
        }
    }

    /// Another tab changed one key (`None`: it cleared everything). Only that record is
    /// read again, and nothing is written back, so tabs never echo each other.
    pub fn apply_remote_change(&self, key: Option<&str>) {
        match key {
            Some(key) => {
                self.reread(key);
            }
            None => self.reload_all(),
        }
    }

    /// Reads one record again from storage, as it is now, and brings this tab up to date
    /// with it; returns what it holds (`None`: gone, unreadable, or not ours). For a change
    /// made in another tab, and for forms just before they save over a record (another tab
    /// may have changed or deleted it a moment ago).
    fn reread(&self, key: &str) -> Option<Item> {
        let kind = StoredKey::parse(key)?;
        self.unreadable.update(|list| list.retain(|u| u.key != key));
        match self.store.with_value(|s| s.load_any(key)) {
            Ok(Some(item)) => {
                self.hold(item.clone());
                return Some(item);
            }
            Ok(None) => self.drop_record(kind),
            Err(LoadError::Unreadable(u)) => {
                self.drop_record(kind);
                self.unreadable.update(|list| list.push(u));
            }
            Err(LoadError::Backend(_)) => {}
        }
        None
    }

    /// Stores one value and reports the outcome under its key.
    fn put(&self, item: &Item) {
        let _ = self.put_checked(item);
    }

    /// Stores one value, reports the outcome under its key, and returns it in plain words
    /// so the form that saved can say whether it was kept.
    fn put_checked(&self, item: &Item) -> Result<(), String> {
        let result = self.store.with_value(|s| s.save_any(item));
        let outcome = result.as_ref().map(|_| ()).map_err(ToString::to_string);
        self.report(&item.key(), result.err());
        outcome
    }

    fn delete(&self, key: &str) {
        let result = self.store.with_value(|s| s.remove(key));
        self.report(key, result.err());
    }

    pub fn save_draft(&self) {
        let draft = self.draft.get_untracked();
        self.put(&Item::CheckDraft(draft));
    }

    /// Turns the draft into a saved check (assessed now), starts a fresh draft, and returns
    /// the new check's id. The check is kept in memory even if saving fails.
    pub fn finish_check(&self, today: NaiveDate, now_ms: u64) -> u64 {
        let (answers, reached) = self.draft.with_untracked(|d| (d.answers.clone(), d.step));
        let mut id = 0;
        self.checks.update(|h| id = h.record(now_ms, today, answers, reached));
        if let Some(check) = self.checks.with_untracked(|h| h.get(id).cloned()) {
            self.put(&Item::Check(check));
        }
        self.draft.set(Draft::default());
        self.save_draft();
        id
    }

    pub fn set_programme(&self, programme: Programme) {
        self.programme.set(Some(programme.clone()));
        self.put(&Item::Programme(programme));
    }

    /// Keeps the session in progress (or forgets it when it ends).
    pub fn set_player(&self, player: Option<Player>) {
        self.player.set(player.clone());
        match player {
            Some(p) => self.put(&Item::Player(p)),
            None => self.delete(&StoredKey::Player.to_string()),
        }
    }

    /// Each save below returns its outcome in plain words, for the form that made it to
    /// say "saved" only when it was.
    pub fn log_session(&self, session: SessionLog) -> Result<(), String> {
        self.hold(Item::Session(session.clone()));
        self.put_checked(&Item::Session(session))
    }

    /// Saves a check-in; one per date, so a second one that day replaces the first.
    pub fn save_checkin(&self, checkin: CheckIn) -> Result<(), String> {
        self.hold(Item::CheckIn(checkin.clone()));
        self.put_checked(&Item::CheckIn(checkin))
    }

    /// Saves a new or edited run.
    pub fn save_run(&self, run: RunEntry) -> Result<(), String> {
        self.hold(Item::Run(run.clone()));
        self.put_checked(&Item::Run(run))
    }

    pub fn delete_run(&self, id: u64) {
        self.runs.update(|v| v.retain(|x| x.id != id));
        self.delete(&StoredKey::Run(id).to_string());
    }

    pub fn save_function_check(&self, check: FunctionCheck) -> Result<(), String> {
        self.hold(Item::FunctionCheck(check.clone()));
        self.put_checked(&Item::FunctionCheck(check))
    }

    pub fn set_settings(&self, settings: Settings) {
        self.settings.set(settings.clone());
        self.put(&Item::Settings(settings));
    }

    pub fn set_risk(&self, risk: RiskProfile) {
        self.risk.set(risk.clone());
        self.put(&Item::Risk(risk));
    }

    pub fn set_ladder(&self, ladder: RunLadder) {
        self.ladder.set(ladder.clone());
        self.put(&Item::Ladder(ladder));
    }

    /// Records what a clinician said after examining the leg.
    pub fn record_visit(&self, visit: ClinicianVisit) -> Result<(), String> {
        self.hold(Item::Visit(visit.clone()));
        self.put_checked(&Item::Visit(visit))
    }

    pub fn save_heel_rise(&self, test: HeelRiseTest) -> Result<(), String> {
        self.hold(Item::HeelRise(test.clone()));
        self.put_checked(&Item::HeelRise(test))
    }

    /// The loading gate over the whole history (`domain::loading_gate`), read reactively:
    /// the programme, the session player and return to running all ask here.
    pub fn loading_gate(&self) -> Gate {
        let legacy = self.rupture_cleared.get();
        self.checks.with(|h| self.visits.with(|v| gate(h, v, legacy)))
    }

    /// Removes an unreadable value, at the user's explicit request. A single record then
    /// gets what the app holds in memory for it (answers given meanwhile), so nothing done
    /// in the meantime is lost.
    pub fn discard(&self, key: &str) {
        match self.store.with_value(|s| s.discard(key)) {
            Ok(()) => {
                self.unreadable.update(|list| list.retain(|u| u.key != key));
                if StoredKey::parse(key) == Some(StoredKey::CheckDraft) {
                    self.save_draft();
                }
            }
            Err(e) => self.report_text(key, Some(format!("Could not remove it: {e}."))),
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

    /// The run as storage holds it now (`None`: deleted, perhaps in another tab).
    pub fn reread_run(&self, id: u64) -> Option<RunEntry> {
        match self.reread(&StoredKey::Run(id).to_string()) {
            Some(Item::Run(r)) => Some(r),
            _ => None,
        }
    }

    /// The day's check-in as storage holds it now.
    pub fn reread_checkin(&self, date: NaiveDate) -> Option<CheckIn> {
        match self.reread(&StoredKey::CheckIn(date).to_string()) {
            Some(Item::CheckIn(c)) => Some(c),
            _ => None,
        }
    }

    /// Marks a form as holding unsaved input (`true`) or not.
    pub fn mark_unsaved(&self, form: &'static str, unsaved: bool) {
        if self.unsaved.with_untracked(|u| u.contains(form) != unsaved) {
            self.unsaved.update(|u| {
                if unsaved {
                    u.insert(form);
                } else {
                    u.remove(form);
                }
            });
        }
    }

    /// The backup file's text and how many values it carries as they are.
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

/// Sets `signal` to `value` only if they differ: an equal value notifies no one.
fn set_if_changed<T: PartialEq>(signal: impl WithUntracked<Value = T> + Set<Value = T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
