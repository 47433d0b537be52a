//! How `AppState` holds each kind of record in its signal, so the registry's entries
//! (`storage::records::record_table`) need no code of their own here: a collection as a
//! list in order, a single record as an `Option` or, where it has one, as its default, and
//! heel checks as their history.

use crate::domain::checks::{CheckHistory, HeelCheck};
use crate::storage::{replace_sorted, Listed};

/// A signal's value that holds records of kind `T`.
pub(super) trait Held<T>: Sized {
    /// What a start-up read found of the kind (its `Snapshot` field).
    type Read;
    /// What names one record of the kind in its key: its id, or `()` for a single record.
    type Id;

    fn from_read(read: Self::Read) -> Self;

    /// Holds a record read or saved, replacing the same one; `false` when no one need be
    /// told (a single record already held exactly so: the draft echoed back from a save).
    fn put(&mut self, record: T) -> bool;

    /// Forgets a record that is no longer stored.
    fn forget(&mut self, id: Self::Id);
}

/// A collection: every item, oldest first.
impl<T: Listed + PartialEq> Held<T> for Vec<T> {
    type Read = Vec<T>;
    type Id = T::Id;

    fn from_read(read: Vec<T>) -> Self {
        read
    }

    fn put(&mut self, record: T) -> bool {
        replace_sorted(self, record);
        true
    }

    fn forget(&mut self, id: T::Id) {
        self.retain(|x| x.id() != id);
    }
}

/// A single record that may be absent (no programme started).
impl<T: PartialEq> Held<T> for Option<T> {
    type Read = Option<T>;
    type Id = ();

    fn from_read(read: Option<T>) -> Self {
        read
    }

    fn put(&mut self, record: T) -> bool {
        *self = Some(record);
        true
    }

    fn forget(&mut self, (): ()) {
        *self = None;
    }
}

/// A single record whose default stands in until one is saved (settings, the draft).
impl<T: Default + PartialEq> Held<T> for T {
    type Read = Option<T>;
    type Id = ();

    fn from_read(read: Option<T>) -> Self {
        read.unwrap_or_default()
    }

    fn put(&mut self, record: T) -> bool {
        let changed = *self != record;
        if changed {
            *self = record;
        }
        changed
    }

    fn forget(&mut self, (): ()) {
        *self = T::default();
    }
}

/// Heel checks, newest first, each reassessed under the current rules.
impl Held<HeelCheck> for CheckHistory {
    type Read = Vec<HeelCheck>;
    type Id = u64;

    fn from_read(read: Vec<HeelCheck>) -> Self {
        CheckHistory::from_checks(read)
    }

    fn put(&mut self, check: HeelCheck) -> bool {
        self.upsert(check);
        true
    }

    fn forget(&mut self, id: u64) {
        self.remove(id);
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::Held;
    use crate::domain::journal::Settings;
    use crate::domain::runs::{easy_run, RunEntry, Units};

    fn run(id: u64, d: u32, metres: u32) -> RunEntry {
        easy_run(id, NaiveDate::from_ymd_opt(2026, 11, d).unwrap(), metres)
    }

    #[test]
    fn a_list_holds_each_record_once_in_order() {
        let mut runs: Vec<RunEntry> = Held::<RunEntry>::from_read(vec![run(1, 3, 5000)]);
        runs.put(run(2, 1, 4000));
        runs.put(run(2, 1, 4000));
        runs.put(run(1, 3, 6000));
        assert_eq!(runs.iter().map(|r| (r.id, r.metres)).collect::<Vec<_>>(), [(2, 4000), (1, 6000)]);
        Held::<RunEntry>::forget(&mut runs, 2);
        assert_eq!(runs.iter().map(|r| r.id).collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn a_single_record_is_absent_or_its_default_until_one_is_read() {
        let mut maybe: Option<u64> = Held::<u64>::from_read(None);
        maybe.put(7);
        assert_eq!(maybe, Some(7));
        Held::<u64>::forget(&mut maybe, ());
        assert_eq!(maybe, None);

        let mut settings: Settings = Held::<Settings>::from_read(None);
        assert_eq!(settings, Settings::default());
        let miles = Settings { units: Units::Miles, ..Settings::default() };
        assert!(settings.put(miles.clone()));
        assert!(!settings.put(miles));
        Held::<Settings>::forget(&mut settings, ());
        assert_eq!(settings, Settings::default());
    }
}
