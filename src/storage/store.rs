//! `Store`: the user's data over whichever backend the browser allows. Every write goes
//! through `write`, which never overwrites a value it cannot read and never writes a value
//! unchanged; every read decodes through `Item::decode_under`.

use super::backend::{Backend, BackendError, MemoryBackend};
use super::envelope::{decode, encode};
use super::errors::{LoadError, SaveError, Unreadable};
use super::keys::USER_PREFIX;
use super::records::{Item, StoredKey};
#[cfg(test)]
use super::schema::Record;
use super::schema::Schema;
use crate::domain::sorting;

/// One stored value as its domain type; `None` for a key that is not a record of ours.
fn decode_entry(key: &str, raw: String) -> Result<Option<Item>, Unreadable> {
    let Some(kind) = StoredKey::parse(key) else { return Ok(None) };
    decode_kind(kind, key, raw).map(Some)
}

/// One stored value under a key already parsed as `kind` (`Item::decode_under`).
pub(super) fn decode_kind(kind: StoredKey, key: &str, raw: String) -> Result<Item, Unreadable> {
    Item::decode_under(kind, &raw).map_err(|problem| Unreadable {
        key: key.to_string(),
        label: kind.label(),
        raw,
        problem,
    })
}

/// Whether this version can use the value under `key`: a key it knows, holding a record
/// it can read. What it cannot use is kept as it is (`Store::kept_as_is`).
pub(crate) fn usable(key: &str, raw: &str) -> bool {
    StoredKey::parse(key).is_some_and(|kind| Item::decode_under(kind, raw).is_ok())
}

/// The user's data, over whichever backend this browser allows.
pub struct Store {
    pub(super) backend: Box<dyn Backend>,
}

impl Store {
    pub fn new(backend: Box<dyn Backend>) -> Self {
        Self { backend }
    }

    /// An in-memory store (tests, and the fallback when storage is disabled).
    pub fn in_memory() -> Self {
        Self::new(Box::new(MemoryBackend::default()))
    }

    /// localStorage when the browser allows it, else memory, with the reason why not.
    #[cfg(target_arch = "wasm32")]
    pub fn open_browser() -> (Self, Option<BackendError>) {
        match super::backend::browser::LocalStorageBackend::open() {
            Ok(b) => (Self::new(Box::new(b)), None),
            Err(e) => (Self::in_memory(), Some(e)),
        }
    }

    /// Reads whatever one key holds, as its domain type.
    pub fn load_any(&self, key: &str) -> Result<Option<Item>, LoadError> {
        let Some(raw) = self.backend.get(key).map_err(LoadError::Backend)? else { return Ok(None) };
        decode_entry(key, raw).map_err(LoadError::Unreadable)
    }

    /// Writes one item of any kind under its own key, with the same protections as `save`.
    pub fn save_any(&self, item: &Item) -> Result<(), SaveError> {
        item.save(self)
    }

    /// Removes one stored value (a deleted check-in or session).
    pub fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.discard(key).map_err(SaveError::Backend)
    }

    /// Removes one stored value: how an unreadable value goes, at the user's word.
    pub fn discard(&self, key: &str) -> Result<(), BackendError> {
        if key.starts_with(USER_PREFIX) {
            self.backend.remove(key)?;
        }
        Ok(())
    }

    /// Every key the app owns, sorted.
    pub fn user_keys(&self) -> Result<Vec<String>, BackendError> {
        let mut keys: Vec<String> = self.backend.keys()?.into_iter().filter(|k| k.starts_with(USER_PREFIX)).collect();
        sorting::sort(&mut keys);
        Ok(keys)
    }

    /// The raw text under a key, as stored.
    pub fn raw(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.backend.get(key)
    }

    /// Values under our prefix that this version cannot use: unreadable ones, ones saved by
    /// a newer version, and keys it does not recognise. The app promised to keep them, so
    /// Replace leaves them and a backup carries them as they are. (key, raw text), sorted.
    pub fn kept_as_is(&self) -> Result<Vec<(String, String)>, BackendError> {
        let mut kept = Vec::new();
        for key in self.user_keys()? {
            if let Some(raw) = self.backend.get(&key)?.filter(|raw| !usable(&key, raw)) {
                kept.push((key, raw));
            }
        }
        Ok(kept)
    }

    /// Removes every record this version can read, and only those (what Replace replaces).
    pub(super) fn delete_readable(&self) -> Result<(), BackendError> {
        for key in self.user_keys()? {
            if self.backend.get(&key)?.is_some_and(|raw| usable(&key, &raw)) {
                self.backend.remove(&key)?;
            }
        }
        Ok(())
    }

    /// Removes every key the app owns; other sites' and other apps' keys are left alone.
    pub fn delete_everything(&self) -> Result<usize, BackendError> {
        let keys = self.user_keys()?;
        for key in &keys {
            self.backend.remove(key)?;
        }
        Ok(keys.len())
    }

    /// The typed read, for tests of the envelope's protections.
    #[cfg(test)]
    pub(super) fn load<R: Record>(&self) -> Result<Option<R::Data>, LoadError> {
        self.load_key::<R>(R::KEY)
    }

    #[cfg(test)]
    pub(super) fn save<R: Record>(&self, data: &R::Data) -> Result<(), SaveError> {
        self.write::<R>(R::KEY, data)
    }

    #[cfg(test)]
    fn load_key<S: Schema>(&self, key: &str) -> Result<Option<S::Data>, LoadError> {
        let Some(raw) = self.backend.get(key).map_err(LoadError::Backend)? else {
            return Ok(None);
        };
        decode::<S>(&raw).map(Some).map_err(|problem| {
            LoadError::Unreadable(Unreadable { key: key.to_string(), label: S::LABEL, raw, problem })
        })
    }

    /// The one write path. Refuses to overwrite a value that does not decode fully (checking
    /// only the version would let a save replace data corrupt inside a valid envelope), and
    /// skips a write that would change nothing, so other tabs see no echo. One `set` call:
    /// a failure leaves the old value whole.
    pub(crate) fn write<S: Schema>(&self, key: &str, data: &S::Data) -> Result<(), SaveError> {
        let text = encode::<S>(data).map_err(SaveError::Encode)?;
        if let Some(raw) = self.backend.get(key).map_err(SaveError::Backend)? {
            if raw == text {
                return Ok(());
            }
            if let Err(problem) = decode::<S>(&raw) {
                return Err(SaveError::Protected(Unreadable { key: key.to_string(), label: S::LABEL, raw, problem }));
            }
        }
        self.backend.set(key, &text).map_err(SaveError::Backend)
    }

    /// Writes a backup's raw value under a key of ours that holds nothing yet (the import
    /// checked that): values carried as-is go back exactly as they were.
    pub(crate) fn write_raw(&self, key: &str, raw: &str) -> Result<(), SaveError> {
        if !key.starts_with(USER_PREFIX) {
            return Ok(());
        }
        self.backend.set(key, raw).map_err(SaveError::Backend)
    }

    /// Puts back exactly the given keys and values, removing any other app key. Used to undo
    /// a multi-key change (an import) that failed half-way.
    pub(super) fn restore(&self, snapshot: &[(String, String)]) -> Result<(), BackendError> {
        for key in self.user_keys()? {
            if !snapshot.iter().any(|(k, _)| *k == key) {
                self.backend.remove(&key)?;
            }
        }
        for (key, value) in snapshot {
            self.backend.set(key, value)?;
        }
        Ok(())
    }

    /// Every key the app owns with its raw text, to put back with `restore`.
    pub(super) fn raw_values(&self) -> Result<Vec<(String, String)>, BackendError> {
        let mut all = Vec::new();
        for key in self.user_keys()? {
            if let Some(value) = self.backend.get(&key)? {
                all.push((key, value));
            }
        }
        Ok(all)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::envelope::legacy::{Legacy, LegacyData};
    use super::super::errors::Problem;
    use super::super::records::CheckDraft;
    use super::*;
    use crate::domain::checks::HeelCheck;
    use crate::domain::questionnaire::Draft;

    fn store_with(key: &str, raw: &str) -> Store {
        let store = Store::in_memory();
        store.backend.set(key, raw).unwrap();
        store
    }

    /// A saved heel check with these answers, for the storage tests.
    pub(in crate::storage) fn check(id: u64, answers: crate::domain::triage::Answers) -> HeelCheck {
        let mut h = crate::domain::checks::CheckHistory::default();
        h.record(
            id,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
            answers,
            crate::domain::questionnaire::Step::Review,
        );
        h.latest().unwrap().clone()
    }

    #[test]
    fn round_trip_writes_the_current_envelope() {
        let store = Store::in_memory();
        let data = LegacyData { metres: 42, note: "hi".into() };
        store.save::<Legacy>(&data).unwrap();
        let raw = store.backend.get(Legacy::KEY).unwrap().unwrap();
        assert_eq!(raw, r#"{"version":3,"data":{"metres":42,"note":"hi"}}"#);
        assert_eq!(store.load::<Legacy>().unwrap(), Some(data));
    }

    #[test]
    fn nothing_saved_is_none() {
        assert_eq!(Store::in_memory().load::<Legacy>().unwrap(), None);
    }

    #[test]
    fn decode_failure_keeps_the_raw_text_and_blocks_overwrites() {
        for raw in [
            "{not json",
            r#"{"version":3,"data":{"metres":"far"}}"#,
            r#"{"metres":1}"#,
            r#"{"version":0,"data":{}}"#,
            "",
        ] {
            let store = store_with(Legacy::KEY, raw);
            match store.load::<Legacy>() {
                Err(LoadError::Unreadable(u)) => {
                    assert_eq!(u.raw, raw);
                    assert!(matches!(u.problem, Problem::Corrupt(_)), "{raw}: {u:?}");
                    assert!(u.to_string().contains("left exactly as it was"));
                }
                other => panic!("{raw}: expected unreadable, got {other:?}"),
            }
            let save = store.save::<Legacy>(&LegacyData { metres: 1, note: String::new() });
            assert!(matches!(save, Err(SaveError::Protected(_))), "{raw}: {save:?}");
            assert_eq!(store.backend.get(Legacy::KEY).unwrap().as_deref(), Some(raw), "raw text must be untouched");
            // Only the user's explicit discard removes it.
            store.discard(Legacy::KEY).unwrap();
            assert!(store.save::<Legacy>(&LegacyData { metres: 1, note: String::new() }).is_ok());
        }
    }

    #[test]
    fn newer_data_is_read_only() {
        let raw = r#"{"version":9,"data":{"metres":1,"note":"","laps":3}}"#;
        let store = store_with(Legacy::KEY, raw);
        let Err(LoadError::Unreadable(u)) = store.load::<Legacy>() else { panic!("expected too new") };
        assert_eq!(u.problem, Problem::TooNew { found: 9, supported: 3 });
        assert!(u.to_string().contains("newer version"));
        assert!(matches!(
            store.save::<Legacy>(&LegacyData { metres: 2, note: String::new() }),
            Err(SaveError::Protected(_))
        ));
        assert_eq!(store.backend.get(Legacy::KEY).unwrap().as_deref(), Some(raw));
    }

    #[test]
    fn a_refused_write_leaves_the_old_value() {
        // A store holding an old value whose backend then refuses writes, as a full quota does.
        let full = MemoryBackend::default();
        full.set(Legacy::KEY, &encode::<Legacy>(&LegacyData { metres: 1, note: "old".into() }).unwrap()).unwrap();
        full.set_quota(Some(0));
        let store = Store::new(Box::new(full));
        let err = store.save::<Legacy>(&LegacyData { metres: 2, note: "new".into() }).unwrap_err();
        assert!(matches!(err, SaveError::Backend(BackendError::WriteRefused(_))));
        assert!(err.to_string().contains("unchanged"));
        assert_eq!(store.load::<Legacy>().unwrap().unwrap().note, "old");
    }

    #[test]
    fn real_records_round_trip() {
        let store = Store::in_memory();
        let answers = crate::domain::triage::Answers { pop_or_snap: true, ..Default::default() };
        let item = check(7, answers.clone());
        store.save_any(&Item::Check(item.clone())).unwrap();
        assert_eq!(store.load_any("achilles.check.7").unwrap(), Some(Item::Check(item)));
        let draft = Draft { step: crate::domain::questionnaire::Step::Symptoms, answers, ..Default::default() };
        store.save::<CheckDraft>(&draft).unwrap();
        assert_eq!(store.load::<CheckDraft>().unwrap(), Some(draft));
    }

    #[test]
    fn saving_one_item_writes_only_that_item() {
        let store = Store::in_memory();
        store.save_any(&Item::Check(check(1, Default::default()))).unwrap();
        store.save_any(&Item::Check(check(2, Default::default()))).unwrap();
        assert_eq!(store.user_keys().unwrap(), vec!["achilles.check.1", "achilles.check.2"]);
        // Item 1 refuses writes from now on; saving item 2 again must not touch it.
        store.backend.set("achilles.check.1", "{garbage").unwrap();
        store
            .save_any(&Item::Check(check(2, crate::domain::triage::Answers { fever: true, ..Default::default() })))
            .unwrap();
        assert_eq!(store.raw("achilles.check.1").unwrap().as_deref(), Some("{garbage"));
    }

    #[test]
    fn an_unchanged_save_writes_nothing() {
        let draft = Draft::default();
        // A refusing backend proves no write is attempted for an identical value.
        let full = MemoryBackend::default();
        full.set(CheckDraft::KEY, &encode::<CheckDraft>(&draft).unwrap()).unwrap();
        full.set_quota(Some(0));
        let store = Store::new(Box::new(full));
        assert!(store.save::<CheckDraft>(&draft).is_ok());
    }

    #[test]
    fn delete_everything_leaves_other_keys_alone() {
        let store = Store::in_memory();
        store.save_any(&Item::Check(check(1, Default::default()))).unwrap();
        store.save::<CheckDraft>(&Draft::default()).unwrap();
        store.backend.set("someone-else", "keep").unwrap();
        assert_eq!(store.delete_everything().unwrap(), 2);
        assert!(store.user_keys().unwrap().is_empty());
        assert_eq!(store.raw("someone-else").unwrap().as_deref(), Some("keep"));
    }
}
