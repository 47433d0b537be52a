//! The only code that reads or writes the user's data.
//!
//! Every stored value is a versioned envelope, `{"version": N, "data": ...}`, under its own
//! `achilles.*` key. Collections keep one item per key (`achilles.check.<id>`), so a save
//! writes only what changed and one damaged item never hides the others. Reading migrates
//! older versions step by step up to the current one. Whatever is in storage:
//! - a value that does not decode is reported with its raw text, never replaced by a
//!   default, and never overwritten by a save until the user chooses to discard it;
//! - a value written by a newer version of the app is left alone (read-only).
//!
//! Flow: storage → domain types → signals → views. Views never see JSON.

pub mod backend;
pub mod backup;
pub mod records;

use chrono::{NaiveDate, NaiveTime};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::domain::agenda;
use crate::domain::sessions::SessionLog;
use crate::domain::sorting;
pub use backend::{Backend, BackendError, MemoryBackend};
pub use records::{
    CheckDraft, CheckIns, Checks, FunctionChecks, Item, LadderRecord, PlayerRecord, ProgrammeRecord, Runs,
    RuptureCleared, Sessions, SettingsRecord, StoredKey,
};

/// Every key the app owns starts with this, so "delete everything" and backups find them all.
pub const USER_PREFIX: &str = "achilles.";

/// One step of a schema's history: turns the `data` of version `n` into `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// The shape of a stored value: what it decodes to, and how its older versions upgrade.
pub trait Schema {
    /// What the user calls it, for messages ("a saved heel check").
    const LABEL: &'static str;
    /// `MIGRATIONS[i]` upgrades version `i + 1` to `i + 2`; the current version is one
    /// more than the number of migrations, so adding a migration bumps the version.
    const MIGRATIONS: &'static [Migration];
    type Data: Serialize + DeserializeOwned;

    fn version() -> u32 {
        Self::MIGRATIONS.len() as u32 + 1
    }
}

/// A single value under one key.
pub trait Record: Schema {
    const KEY: &'static str;
}

/// Many values, one per key (`PREFIX` + the item's own id): saving one item writes that
/// item only.
pub trait Collection: Schema {
    const PREFIX: &'static str;
    /// The part of the key after the prefix: an id, or a date for one-per-day items.
    fn suffix(item: &Self::Data) -> String;
    fn key_of(item: &Self::Data) -> String {
        format!("{}{}", Self::PREFIX, Self::suffix(item))
    }
}

/// What is wrong with a stored value that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not valid JSON, not an envelope, or data of the wrong shape.
    Corrupt(String),
    /// Written by a newer version of the app; this one must not touch it.
    TooNew { found: u32, supported: u32 },
}

/// A stored value that could not be used, with its raw text kept for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub label: &'static str,
    pub raw: String,
    pub problem: Problem,
}

impl Unreadable {
    pub fn message(&self) -> String {
        match &self.problem {
            Problem::Corrupt(detail) => {
                format!("We could not read {} ({detail}). It has been left exactly as it was.", self.label)
            }
            Problem::TooNew { found, supported } => format!(
                "{} was saved by a newer version of this app (format {found}; this one reads up to {supported}). It is kept read-only and will not be changed. Reload to get the new version.",
                capitalise(self.label)
            ),
        }
    }
}

/// Why a value was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Backend(BackendError),
    Unreadable(Unreadable),
}

/// Why a save did not happen. In every case the previous value is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    Backend(BackendError),
    /// The stored value is unreadable or newer: saving would destroy it.
    Protected(Unreadable),
    Encode(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Backend(e) => write!(f, "Not saved: {e}. Your earlier data is unchanged."),
            Self::Protected(u) => write!(f, "Not saved, to protect {}: {}", u.label, u.message()),
            Self::Encode(e) => write!(f, "Not saved: {e}. Your earlier data is unchanged."),
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    version: u32,
    data: &'a T,
}

/// The envelope with its data still as text: the data is decoded straight into its type,
/// without building a `serde_json::Value` tree first (that tree was most of the cost of
/// reading five years of records at start-up).
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    version: u32,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// Decode a raw stored string into the current data, migrating if it is older.
///
/// Typed data is only ever decoded from text, so each type's decoder is built once into
/// the wasm (decoding from a `Value` as well would add a second copy of every one).
pub fn decode<S: Schema>(raw: &str) -> Result<S::Data, Problem> {
    let envelope: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| Problem::Corrupt(format!("not a saved record: {e}")))?;
    let current = S::version();
    if envelope.version > current {
        return Err(Problem::TooNew { found: envelope.version, supported: current });
    }
    if envelope.version == 0 {
        return Err(Problem::Corrupt("version 0 does not exist".into()));
    }
    let unexpected = |e: serde_json::Error| Problem::Corrupt(format!("unexpected content: {e}"));
    if envelope.version == current {
        return serde_json::from_str(envelope.data.get()).map_err(unexpected);
    }
    let mut data: Value = serde_json::from_str(envelope.data.get()).map_err(unexpected)?;
    for (i, migrate) in S::MIGRATIONS.iter().enumerate().skip(envelope.version as usize - 1) {
        data = migrate(data).map_err(|e| Problem::Corrupt(format!("upgrading from format {}: {e}", i + 1)))?;
    }
    serde_json::from_str(&data.to_string()).map_err(unexpected)
}

/// One stored value as its domain type; `None` for a key that is not a record of ours.
fn decode_entry(key: &str, raw: String) -> Result<Option<Item>, Unreadable> {
    let Some(kind) = StoredKey::parse(key) else { return Ok(None) };
    decode_kind(kind, key, raw).map(Some)
}

/// One stored value under a key already parsed as `kind` (`Item::decode_under`).
fn decode_kind(kind: StoredKey, key: &str, raw: String) -> Result<Item, Unreadable> {
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

/// Encode data in the current envelope.
pub fn encode<S: Schema>(data: &S::Data) -> Result<String, String> {
    serde_json::to_string(&EnvelopeOut { version: S::version(), data }).map_err(|e| e.to_string())
}

/// Records as they are read: the decoded, and the stored values that do not decode.
struct Loaded {
    items: Vec<Item>,
    unreadable: Vec<Unreadable>,
}

impl Loaded {
    fn with_capacity(n: usize) -> Self {
        Self { items: Vec::with_capacity(n), unreadable: Vec::new() }
    }

    /// Other apps' keys and unknown ones are not records of ours: they are skipped.
    fn decode(&mut self, key: &str, raw: String) {
        if let Some(kind) = StoredKey::parse(key) {
            self.decode_as(kind, key, raw);
        }
    }

    /// The same for a key already parsed.
    fn decode_as(&mut self, kind: StoredKey, key: &str, raw: String) {
        match decode_kind(kind, key, raw) {
            Ok(item) => self.items.push(item),
            Err(u) => self.unreadable.push(u),
        }
    }

    /// Items go to lists that sort themselves; only the problems are shown in key order.
    fn finish(mut self) -> (Vec<Item>, Vec<Unreadable>) {
        sorting::sort_by(&mut self.unreadable, |a, b| a.key.cmp(&b.key));
        (self.items, self.unreadable)
    }
}

/// The smallest id (the time saved, in ms since 1970) a record dated `day` or later can
/// have: midnight UTC of the day before, as the runner's local day may start up to 14
/// hours before UTC's.
fn saved_from(day: NaiveDate) -> u64 {
    let day_before = day.pred_opt().unwrap_or(day);
    u64::try_from(day_before.and_time(NaiveTime::MIN).and_utc().timestamp_millis()).unwrap_or(0)
}

/// The user's data, over whichever backend this browser allows.
pub struct Store {
    backend: Box<dyn Backend>,
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
        match backend::browser::LocalStorageBackend::open() {
            Ok(b) => (Self::new(Box::new(b)), None),
            Err(e) => (Self::in_memory(), Some(e)),
        }
    }

    /// `Ok(None)` when nothing was ever saved.
    pub fn load<R: Record>(&self) -> Result<Option<R::Data>, LoadError> {
        self.load_key::<R>(R::KEY)
    }

    pub fn save<R: Record>(&self, data: &R::Data) -> Result<(), SaveError> {
        self.write::<R>(R::KEY, data)
    }

    /// Every item of a collection that decodes, and every one that does not.
    pub fn load_all<C: Collection>(&self) -> Result<(Vec<C::Data>, Vec<Unreadable>), BackendError> {
        let mut good = Vec::new();
        let mut bad = Vec::new();
        for key in self.backend.keys()? {
            if !key.starts_with(C::PREFIX) {
                continue;
            }
            match self.load_key::<C>(&key) {
                Ok(Some(item)) => good.push(item),
                Ok(None) => {}
                Err(LoadError::Unreadable(u)) => bad.push(u),
                Err(LoadError::Backend(e)) => return Err(e),
            }
        }
        sorting::sort_by(&mut bad, |a, b| a.key.cmp(&b.key));
        Ok((good, bad))
    }

    /// Writes one item of a collection, and nothing else.
    pub fn save_item<C: Collection>(&self, item: &C::Data) -> Result<(), SaveError> {
        self.write::<C>(&C::key_of(item), item)
    }

    /// Reads whatever one key holds, as its domain type.
    pub fn load_any(&self, key: &str) -> Result<Option<Item>, LoadError> {
        let Some(raw) = self.backend.get(key).map_err(LoadError::Backend)? else { return Ok(None) };
        decode_entry(key, raw).map_err(LoadError::Unreadable)
    }

    /// Every record the app owns, decoded, and every one that does not decode (in key
    /// order): start-up's single read of the whole store.
    pub fn load_everything(&self) -> Result<(Vec<Item>, Vec<Unreadable>), BackendError> {
        let entries = self.backend.entries()?;
        let mut loaded = Loaded::with_capacity(entries.len());
        for (key, raw) in entries {
            loaded.decode(&key, raw);
        }
        Ok(loaded.finish())
    }

    /// What Today shows before its first paint, chosen from the keys alone so the years
    /// before are neither read nor decoded: every single-value record and heel check, and
    /// of the journals only the part Today reads (`domain::agenda`). `load_everything`
    /// follows straight after the first paint.
    ///
    /// Check-in keys carry their date. Sessions, runs and function checks carry the time
    /// they were saved, a day's slack covering time zones: sessions and function checks are
    /// dated the day they are saved, and a run on or before it, unless it was entered for a
    /// later day or moved later by an edit. Those few reach Today with the full read, one
    /// frame later.
    pub fn load_for_today(&self, today: NaiveDate) -> Result<(Vec<Item>, Vec<Unreadable>), BackendError> {
        let keys: Vec<(String, StoredKey)> =
            self.backend.keys()?.into_iter().filter_map(|key| StoredKey::parse(&key).map(|kind| (key, kind))).collect();
        let mut loaded = Loaded::with_capacity(64);
        let function_checks_from = saved_from(agenda::function_checks_read_from(today));
        self.read_into(
            &mut loaded,
            keys.iter().filter(|(_, kind)| match kind {
                StoredKey::FunctionCheck(id) => *id >= function_checks_from,
                StoredKey::Session(_) | StoredKey::Run(_) | StoredKey::CheckIn(_) => false,
                _ => true,
            }),
        )?;

        let programme = loaded.items.iter().find_map(|item| match item {
            Item::Programme(p) => Some(p.clone()),
            _ => None,
        });
        let sessions_from = saved_from(agenda::sessions_read_from(programme.as_ref(), today));
        let first_session = loaded.items.len();
        self.read_into(
            &mut loaded,
            keys.iter().filter(|(_, kind)| matches!(kind, StoredKey::Session(id) if *id >= sessions_from)),
        )?;

        let sessions: Vec<SessionLog> = loaded.items[first_session..]
            .iter()
            .filter_map(|item| match item {
                Item::Session(s) => Some(s.clone()),
                _ => None,
            })
            .collect();
        let checkins_from = agenda::checkins_read_from(programme.as_ref(), &sessions, today);
        let runs_from = saved_from(agenda::runs_read_from(today));
        self.read_into(
            &mut loaded,
            keys.iter().filter(|(_, kind)| match kind {
                StoredKey::CheckIn(date) => *date >= checkins_from,
                StoredKey::Run(id) => *id >= runs_from,
                _ => false,
            }),
        )?;
        Ok(loaded.finish())
    }

    /// Reads and decodes the given keys one by one (a key gone meanwhile is skipped).
    fn read_into<'a>(
        &self,
        loaded: &mut Loaded,
        keys: impl Iterator<Item = &'a (String, StoredKey)>,
    ) -> Result<(), BackendError> {
        for (key, kind) in keys {
            if let Some(raw) = self.backend.get(key)? {
                loaded.decode_as(*kind, key, raw);
            }
        }
        Ok(())
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
    fn delete_readable(&self) -> Result<(), BackendError> {
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
    fn restore(&self, snapshot: &[(String, String)]) -> Result<(), BackendError> {
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

    fn snapshot(&self) -> Result<Vec<(String, String)>, BackendError> {
        let mut all = Vec::new();
        for key in self.user_keys()? {
            if let Some(value) = self.backend.get(&key)? {
                all.push((key, value));
            }
        }
        Ok(all)
    }
}

/// The app's own nouns are ASCII: the ASCII case change avoids the Unicode case tables
/// (24 KB of wasm).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A record with a real two-step schema history, to test the migration path:
    /// v1 `{"km": 5}` → v2 `{"metres": 5000}` → v3 `{"metres": 5000, "note": ""}`.
    struct Legacy;
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct LegacyData {
        metres: u32,
        note: String,
    }
    fn km_to_metres(v: Value) -> Result<Value, String> {
        let km = v.get("km").and_then(Value::as_u64).ok_or("no km")?;
        Ok(json!({ "metres": km * 1000 }))
    }
    fn add_note(mut v: Value) -> Result<Value, String> {
        v.as_object_mut().ok_or("not an object")?.insert("note".into(), json!(""));
        Ok(v)
    }
    impl Schema for Legacy {
        const LABEL: &'static str = "test data";
        const MIGRATIONS: &'static [Migration] = &[km_to_metres, add_note];
        type Data = LegacyData;
    }
    impl Record for Legacy {
        const KEY: &'static str = "achilles.test-legacy";
    }

    fn store_with(key: &str, raw: &str) -> Store {
        let store = Store::in_memory();
        store.backend.set(key, raw).unwrap();
        store
    }

    #[test]
    fn migrates_from_every_earlier_version() {
        assert_eq!(Legacy::version(), 3);
        let want = LegacyData { metres: 5000, note: String::new() };
        assert_eq!(decode::<Legacy>(r#"{"version":1,"data":{"km":5}}"#).unwrap(), want);
        assert_eq!(decode::<Legacy>(r#"{"version":2,"data":{"metres":5000}}"#).unwrap(), want);
        assert_eq!(decode::<Legacy>(r#"{"version":3,"data":{"metres":5000,"note":""}}"#).unwrap(), want);
    }

    #[test]
    fn a_failed_migration_is_reported_not_defaulted() {
        let err = decode::<Legacy>(r#"{"version":1,"data":{"miles":3}}"#).unwrap_err();
        assert!(matches!(err, Problem::Corrupt(ref m) if m.contains("format 1")), "{err:?}");
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
                    assert!(u.message().contains("left exactly as it was"));
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
        assert!(u.message().contains("newer version"));
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

    use crate::domain::checks::HeelCheck;
    use crate::domain::questionnaire::Draft;

    fn check(id: u64, answers: crate::domain::triage::Answers) -> HeelCheck {
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
    fn real_records_round_trip() {
        let store = Store::in_memory();
        let answers = crate::domain::triage::Answers { pop_or_snap: true, ..Default::default() };
        let item = check(7, answers.clone());
        store.save_item::<Checks>(&item).unwrap();
        assert_eq!(store.load_any("achilles.check.7").unwrap(), Some(Item::Check(item)));
        let draft = Draft { step: crate::domain::questionnaire::Step::Symptoms, answers, ..Default::default() };
        store.save::<CheckDraft>(&draft).unwrap();
        assert_eq!(store.load::<CheckDraft>().unwrap(), Some(draft));
    }

    #[test]
    fn saving_one_item_writes_only_that_item() {
        let store = Store::in_memory();
        store.save_item::<Checks>(&check(1, Default::default())).unwrap();
        store.save_item::<Checks>(&check(2, Default::default())).unwrap();
        assert_eq!(store.user_keys().unwrap(), vec!["achilles.check.1", "achilles.check.2"]);
        // Item 1 refuses writes from now on; saving item 2 again must not touch it.
        store.backend.set("achilles.check.1", "{garbage").unwrap();
        store
            .save_item::<Checks>(&check(2, crate::domain::triage::Answers { fever: true, ..Default::default() }))
            .unwrap();
        assert_eq!(store.raw("achilles.check.1").unwrap().as_deref(), Some("{garbage"));
    }

    #[test]
    fn a_bad_item_leaves_its_neighbours_usable() {
        let store = Store::in_memory();
        store.save_item::<Checks>(&check(1, Default::default())).unwrap();
        store.save_item::<Checks>(&check(3, Default::default())).unwrap();
        store.backend.set("achilles.check.2", r#"{"version":1,"data":{"id":2}}"#).unwrap();
        let (good, bad) = store.load_all::<Checks>().unwrap();
        assert_eq!(good.iter().map(|c| c.id).collect::<Vec<_>>().len(), 2);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].key, "achilles.check.2");
        assert_eq!(bad[0].label, "a saved heel check");
    }

    #[test]
    fn load_everything_decodes_ours_reports_the_damaged_and_skips_the_rest() {
        let store = Store::in_memory();
        store.save_item::<Checks>(&check(1, Default::default())).unwrap();
        store.save_item::<Checks>(&check(4, Default::default())).unwrap();
        store.backend.set("achilles.check.3", "{garbage").unwrap();
        store.backend.set("achilles.check.2", r#"{"version":99,"data":{}}"#).unwrap();
        store.backend.set("achilles.unknown-kind", "whatever").unwrap();
        store.backend.set("other-app.key", "not ours").unwrap();
        let (items, unreadable) = store.load_everything().unwrap();
        let mut ids: Vec<u64> = items
            .iter()
            .map(|i| match i {
                Item::Check(c) => c.id,
                other => panic!("unexpected item {other:?}"),
            })
            .collect();
        ids.sort();
        assert_eq!(ids, vec![1, 4]);
        // Reported in key order, with their text kept byte for byte.
        let keys: Vec<&str> = unreadable.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, vec!["achilles.check.2", "achilles.check.3"]);
        assert!(matches!(unreadable[0].problem, Problem::TooNew { found: 99, .. }));
        assert_eq!(unreadable[1].raw, "{garbage");
    }

    #[test]
    fn load_for_today_reads_the_journal_from_where_today_looks_back() {
        use crate::domain::checkin::CheckIn;
        use crate::domain::function_score::{FunctionCheck, LoadingPain, Minutes, Sport};
        use crate::domain::pain::PainScore;
        use crate::domain::programme::Phase;
        use crate::domain::runs::easy_run;
        use crate::domain::sessions::SessionLog;
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let today = day(2026, 11, 22);
        let ms = |date: NaiveDate| date.and_time(NaiveTime::MIN).and_utc().timestamp_millis() as u64;
        let checkin = |date| CheckIn { date, stiffness_minutes: 5, pain: PainScore::default(), note: String::new() };
        let session = |id| SessionLog {
            id,
            date: today,
            phase: Phase::Load,
            sets: vec![],
            pain_during: PainScore::default(),
            pain_after: PainScore::default(),
        };
        let store = Store::in_memory();
        // No programme: Today reads today's check-in and session, and five weeks of runs.
        store.save_item::<CheckIns>(&checkin(today)).unwrap();
        store.save_item::<CheckIns>(&checkin(day(2026, 11, 21))).unwrap();
        // Saved from midnight UTC the day before today on (a day's slack for time zones).
        store.save_item::<Sessions>(&session(ms(day(2026, 11, 21)))).unwrap();
        store.save_item::<Sessions>(&session(ms(day(2026, 11, 21)) - 1)).unwrap();
        // Runs dated from 36 days before today, so saved from the day before that.
        let runs_from = ms(day(2026, 10, 16));
        store.save_item::<Runs>(&easy_run(runs_from, day(2026, 10, 17), 5000)).unwrap();
        store.save_item::<Runs>(&easy_run(runs_from - 1, day(2026, 10, 15), 5000)).unwrap();
        // Function checks from 13 days back (an older one leaves the next one due).
        let function_check = |id| FunctionCheck {
            id,
            date: today,
            scales: [5; 6],
            sport: Sport::ModifiedTraining,
            loading_pain: LoadingPain::ButICanFinish,
            loading_minutes: Minutes::UpTo10,
        };
        let functions_from = ms(day(2026, 11, 8));
        store.save_item::<FunctionChecks>(&function_check(functions_from)).unwrap();
        store.save_item::<FunctionChecks>(&function_check(functions_from - 1)).unwrap();
        // Heel checks, however old, and single records always.
        store.save_item::<Checks>(&check(1, Default::default())).unwrap();
        store.save::<CheckDraft>(&Default::default()).unwrap();
        // A damaged record is reported when it is read: a recent run now, an old check-in later.
        store.backend.set(&format!("achilles.run.{}", ms(today)), "{garbage").unwrap();
        store.backend.set("achilles.checkin.2020-01-01", "{garbage").unwrap();
        store.backend.set("other-app.key", "not ours").unwrap();

        let (first, unreadable) = store.load_for_today(today).unwrap();
        let mut keys: Vec<String> = first.iter().map(Item::key).collect();
        keys.sort();
        let mut expected = vec![
            "achilles.check.1".to_string(),
            CheckDraft::KEY.to_string(),
            format!("achilles.checkin.{today}"),
            format!("achilles.run.{runs_from}"),
            format!("achilles.function.{functions_from}"),
            format!("achilles.session.{}", ms(day(2026, 11, 21))),
        ];
        expected.sort();
        assert_eq!(keys, expected);
        let damaged: Vec<&str> = unreadable.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(damaged, vec![format!("achilles.run.{}", ms(today))]);
        // The full read that follows has everything.
        let (everything, unreadable) = store.load_everything().unwrap();
        assert_eq!((everything.len(), unreadable.len()), (10, 2));
    }

    #[test]
    fn load_everything_agrees_with_reading_key_by_key() {
        let store = Store::in_memory();
        for id in [5, 9, 2] {
            store.save_item::<Checks>(&check(id, Default::default())).unwrap();
        }
        store.save::<CheckDraft>(&Draft::default()).unwrap();
        let (mut everything, _) = store.load_everything().unwrap();
        let mut one_by_one: Vec<Item> =
            store.user_keys().unwrap().iter().filter_map(|k| store.load_any(k).unwrap()).collect();
        everything.sort_by_key(Item::key);
        one_by_one.sort_by_key(Item::key);
        assert_eq!(everything, one_by_one);
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
    fn both_mornings_of_a_dst_day_share_one_check_in_key() {
        use crate::domain::checkin::CheckIn;
        use crate::domain::pain::PainScore;
        use crate::domain::trends::local_day;
        use chrono::{DateTime, FixedOffset, Utc};
        // London on 29 March 2026: clocks go from +0 to +1 at 01:00 UTC. Both mornings land
        // on the same key, so a second save that day replaces the first.
        let at = |utc: &str, offset: i32| {
            let moment: DateTime<Utc> = utc.parse().unwrap();
            let date = local_day(moment, FixedOffset::east_opt(offset).unwrap());
            CheckIns::key_of(&CheckIn {
                date,
                stiffness_minutes: 10,
                pain: PainScore::new(2).unwrap(),
                note: String::new(),
            })
        };
        assert_eq!(at("2026-03-29T00:30:00Z", 0), at("2026-03-29T22:30:00Z", 3600));
        assert_eq!(at("2026-03-29T00:30:00Z", 0), "achilles.checkin.2026-03-29");
    }

    #[test]
    fn stored_keys_parse_strictly() {
        assert_eq!(StoredKey::parse("achilles.check-draft"), Some(StoredKey::CheckDraft));
        assert_eq!(StoredKey::parse("achilles.check.42"), Some(StoredKey::Check(42)));
        for bad in [
            "achilles.check.",
            "achilles.check.042",
            "achilles.check.+4",
            "achilles.check.x",
            "other.check.1",
            "achilles.runs",
        ] {
            assert_eq!(StoredKey::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn stored_keys_are_canonical_exactly_when_they_format_back_the_same() {
        // The fast character checks against the definition: what `to_string` writes back.
        let by_definition = |key: &str| {
            let s = key.strip_prefix("achilles.checkin.")?;
            s.parse::<chrono::NaiveDate>().ok().filter(|d| d.to_string() == s)
        };
        let mut candidates: Vec<String> = [
            "2026-11-22",
            "2026-1-22",
            "2026-11-2",
            "2026-02-30",
            "0000-01-01",
            "9999-12-31",
            "+10000-01-01",
            "-0001-12-31",
            "+2026-11-22",
            "2026/11/22",
            "2026-11-22 ",
            " 2026-11-22",
            "20261122",
            "2026-11-22T00",
            "",
            "a026-11-22",
            "2026-W47-7",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut day = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        while day < chrono::NaiveDate::from_ymd_opt(2029, 1, 1).unwrap() {
            candidates.push(day.to_string());
            day = day.succ_opt().unwrap();
        }
        for s in candidates {
            let key = format!("achilles.checkin.{s}");
            assert_eq!(StoredKey::parse(&key), by_definition(&key).map(StoredKey::CheckIn), "{key}");
        }
        for s in ["0", "7", "07", "00", "+7", "-7", "18446744073709551615", "18446744073709551616", "1 ", "1e3", ""] {
            let key = format!("achilles.run.{s}");
            let expected = s.parse::<u64>().ok().filter(|n| n.to_string() == s).map(StoredKey::Run);
            assert_eq!(StoredKey::parse(&key), expected, "{key}");
        }
    }

    #[test]
    fn delete_everything_leaves_other_keys_alone() {
        let store = Store::in_memory();
        store.save_item::<Checks>(&check(1, Default::default())).unwrap();
        store.save::<CheckDraft>(&Draft::default()).unwrap();
        store.backend.set("someone-else", "keep").unwrap();
        assert_eq!(store.delete_everything().unwrap(), 2);
        assert!(store.user_keys().unwrap().is_empty());
        assert_eq!(store.raw("someone-else").unwrap().as_deref(), Some("keep"));
    }
}
