//! Reading storage into the signals: at start-up, when another tab changes a record, and
//! just before a form saves over one.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{set_if_changed, AppState};
use crate::domain::checkin::CheckIn;
use crate::domain::checks::CheckHistory;
use crate::domain::runs::RunEntry;
use crate::storage::{replace_sorted, Item, LoadError, Snapshot, StoredKey};

impl AppState {
    /// Reads only what Today shows (`Store::load_for_today`): start-up on Today, before
    /// its first paint, so years of records do not delay it. `reload_all` must follow.
    pub fn load_for_today(&self, today: NaiveDate) {
        match self.store.with_value(|store| store.load_for_today(today)) {
            Ok(snapshot) => self.hold_all(snapshot),
            Err(_) => self.reload_all(),
        }
    }

    /// Reads every record again: at start-up, after an import, and when another tab
    /// cleared storage.
    pub fn reload_all(&self) {
        // Storage that cannot be read at all shows as empty; the notice says why.
        self.hold_all(self.store.with_value(|store| store.load_everything()).unwrap_or_default());
    }

    /// Replaces every signal with what a read found, in order. Only what differs is set,
    /// so the full read after Today's first paint re-renders nothing when the first read
    /// already held everything (a runner with little data).
    fn hold_all(&self, snapshot: Snapshot) {
        set_if_changed(self.checks.0, CheckHistory::from_checks(snapshot.checks));
        set_if_changed(self.draft.0, snapshot.draft.unwrap_or_default());
        set_if_changed(self.sessions.0, snapshot.sessions);
        set_if_changed(self.checkins.0, snapshot.checkins);
        set_if_changed(self.programme.0, snapshot.programme);
        set_if_changed(self.player.0, snapshot.player);
        set_if_changed(self.ladder.0, snapshot.ladder.unwrap_or_default());
        set_if_changed(self.rupture_cleared.0, snapshot.rupture_cleared);
        set_if_changed(self.runs.0, snapshot.runs);
        set_if_changed(self.function_checks.0, snapshot.function_checks);
        set_if_changed(self.settings.0, snapshot.settings.unwrap_or_default());
        set_if_changed(self.risk.0, snapshot.risk.unwrap_or_default());
        set_if_changed(self.visits.0, snapshot.visits);
        set_if_changed(self.heel_rises.0, snapshot.heel_rises);
        self.unreadable.0.set(snapshot.unreadable);
    }

    /// Puts one decoded value into its signal (replacing the same record).
    pub(super) fn hold(&self, item: Item) {
        match item {
            Item::CheckDraft(d) => set_if_changed(self.draft.0, d),
            Item::Check(c) => self.checks.0.update(|h| h.upsert(c)),
            Item::Session(s) => self.sessions.0.update(|v| replace_sorted(v, s)),
            Item::CheckIn(c) => self.checkins.0.update(|v| replace_sorted(v, c)),
            Item::Programme(p) => self.programme.0.set(Some(p)),
            Item::Player(p) => self.player.0.set(Some(p)),
            Item::Ladder(l) => self.ladder.0.set(l),
            Item::RuptureCleared(id) => self.rupture_cleared.0.set(Some(id)),
            Item::Run(r) => self.runs.0.update(|v| replace_sorted(v, r)),
            Item::FunctionCheck(f) => self.function_checks.0.update(|v| replace_sorted(v, f)),
            Item::Settings(x) => self.settings.0.set(x),
            Item::Risk(r) => self.risk.0.set(r),
            Item::Visit(v) => self.visits.0.update(|list| replace_sorted(list, v)),
            Item::HeelRise(t) => self.heel_rises.0.update(|list| replace_sorted(list, t)),
        }
    }

    /// Forgets one record that is no longer stored.
    pub(super) fn drop_record(&self, kind: StoredKey) {
        match kind {
            StoredKey::CheckDraft => self.draft.0.set(Default::default()),
            StoredKey::Check(id) => self.checks.0.update(|h| h.remove(id)),
            StoredKey::Session(id) => self.sessions.0.update(|v| v.retain(|x| x.id != id)),
            StoredKey::CheckIn(date) => self.checkins.0.update(|v| v.retain(|x| x.date != date)),
            StoredKey::Programme => self.programme.0.set(None),
            StoredKey::Player => self.player.0.set(None),
            StoredKey::Ladder => self.ladder.0.set(Default::default()),
            StoredKey::RuptureCleared => self.rupture_cleared.0.set(None),
            StoredKey::Run(id) => self.runs.0.update(|v| v.retain(|x| x.id != id)),
            StoredKey::FunctionCheck(id) => self.function_checks.0.update(|v| v.retain(|x| x.id != id)),
            StoredKey::Settings => self.settings.0.set(Default::default()),
            StoredKey::Risk => self.risk.0.set(Default::default()),
            StoredKey::Visit(id) => self.visits.0.update(|v| v.retain(|x| x.id != id)),
            StoredKey::HeelRise(id) => self.heel_rises.0.update(|v| v.retain(|x| x.id != id)),
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
        self.unreadable.0.update(|list| list.retain(|u| u.key != key));
        match self.store.with_value(|s| s.load_any(key)) {
            Ok(Some(item)) => {
                self.hold(item.clone());
                return Some(item);
            }
            Ok(None) => self.drop_record(kind),
            Err(LoadError::Unreadable(u)) => {
                self.drop_record(kind);
                self.unreadable.0.update(|list| list.push(u));
            }
            Err(LoadError::Backend(_)) => {}
        }
        None
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
}
