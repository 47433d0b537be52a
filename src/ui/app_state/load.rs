//! Reading storage into the signals: at start-up, when another tab changes a record, and
//! just before a form saves over one.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::AppState;
use crate::domain::checkin::CheckIn;
use crate::domain::runs::RunEntry;
use crate::storage::{Item, LoadError, StoredKey};

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
