//! The only code that reads or writes the user's data.
//!
//! Every stored value is a versioned envelope, `{"version": N, "data": ...}`, under its own
//! key. Reading migrates older versions step by step up to the current one. Two promises
//! hold whatever is in storage:
//! - a value that does not decode is reported with its raw text, never replaced by a
//!   default, and never overwritten by a save until the user chooses to discard it;
//! - a value written by a newer version of the app is left alone (read-only).
//!
//! Flow: storage → domain types → signals → views. Views never see JSON.

pub mod backend;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::checks::CheckHistory;
use crate::domain::questionnaire::Draft;
pub use backend::{Backend, BackendError, MemoryBackend};

/// One step of a record's schema history: turns the `data` of version `n` into `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// A kind of stored value: where it lives, what it decodes to, how old versions upgrade.
pub trait Record {
    /// The localStorage key. All start with `achilles.` so "delete everything" can find them.
    const KEY: &'static str;
    /// What the user calls it, for messages ("your heel-check history").
    const LABEL: &'static str;
    /// `MIGRATIONS[i]` upgrades version `i + 1` to `i + 2`; the current version is one
    /// more than the number of migrations, so adding a migration bumps the version.
    const MIGRATIONS: &'static [Migration];
    type Data: Serialize + DeserializeOwned;

    fn version() -> u32 {
        Self::MIGRATIONS.len() as u32 + 1
    }
}

/// The saved heel checks (triage results), newest first.
pub struct Checks;
impl Record for Checks {
    const KEY: &'static str = "achilles.checks";
    const LABEL: &'static str = "your heel-check history";
    const MIGRATIONS: &'static [Migration] = &[];
    type Data = CheckHistory;
}

/// A questionnaire in progress, so a reload or a closed tab loses no answer.
pub struct CheckDraft;
impl Record for CheckDraft {
    const KEY: &'static str = "achilles.check-draft";
    const LABEL: &'static str = "the heel check you were filling in";
    const MIGRATIONS: &'static [Migration] = &[];
    type Data = Draft;
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
    pub key: &'static str,
    pub label: &'static str,
    pub raw: String,
    pub problem: Problem,
}

impl Unreadable {
    pub fn message(&self) -> String {
        match &self.problem {
            Problem::Corrupt(detail) => format!("We could not read {} ({detail}). It has been left exactly as it was.", self.label),
            Problem::TooNew { found, supported } => format!(
                "{} was saved by a newer version of this app (format {found}; this one reads up to {supported}). It is shown read-only and will not be changed. Reload to get the new version.",
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

#[derive(Deserialize)]
struct EnvelopeIn {
    version: u32,
    data: Value,
}

/// Decode a raw stored string into the record's current data, migrating if it is older.
pub fn decode<R: Record>(raw: &str) -> Result<R::Data, Problem> {
    let envelope: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| Problem::Corrupt(format!("not a saved record: {e}")))?;
    let current = R::version();
    if envelope.version > current {
        return Err(Problem::TooNew { found: envelope.version, supported: current });
    }
    if envelope.version == 0 {
        return Err(Problem::Corrupt("version 0 does not exist".into()));
    }
    let mut data = envelope.data;
    for (i, migrate) in R::MIGRATIONS.iter().enumerate().skip(envelope.version as usize - 1) {
        data = migrate(data).map_err(|e| Problem::Corrupt(format!("upgrading from format {}: {e}", i + 1)))?;
    }
    serde_json::from_value(data).map_err(|e| Problem::Corrupt(format!("unexpected content: {e}")))
}

/// Encode data in the current envelope.
pub fn encode<R: Record>(data: &R::Data) -> Result<String, String> {
    serde_json::to_string(&EnvelopeOut { version: R::version(), data }).map_err(|e| e.to_string())
}

/// The user's data, over whichever backend this browser allows.
pub struct Store {
    backend: Box<dyn Backend>,
    /// False when the browser keeps nothing and the app runs in memory only.
    pub persistent: bool,
}

impl Store {
    pub fn new(backend: Box<dyn Backend>, persistent: bool) -> Self {
        Self { backend, persistent }
    }

    /// An in-memory store (tests, and the fallback when storage is disabled).
    pub fn in_memory() -> Self {
        Self::new(Box::new(MemoryBackend::default()), false)
    }

    /// localStorage when the browser allows it, else memory, with the reason why not.
    #[cfg(target_arch = "wasm32")]
    pub fn open_browser() -> (Self, Option<BackendError>) {
        match backend::browser::LocalStorageBackend::open() {
            Ok(b) => (Self::new(Box::new(b), true), None),
            Err(e) => (Self::in_memory(), Some(e)),
        }
    }

    /// `Ok(None)` when nothing was ever saved.
    pub fn load<R: Record>(&self) -> Result<Option<R::Data>, LoadError> {
        let Some(raw) = self.backend.get(R::KEY).map_err(LoadError::Backend)? else {
            return Ok(None);
        };
        decode::<R>(&raw)
            .map(Some)
            .map_err(|problem| LoadError::Unreadable(Unreadable { key: R::KEY, label: R::LABEL, raw, problem }))
    }

    /// Saves, unless what is stored now is unreadable or newer: that is refused, so a value
    /// the user has not yet rescued is never overwritten. One `set` call: a failure leaves
    /// the old value whole.
    pub fn save<R: Record>(&self, data: &R::Data) -> Result<(), SaveError> {
        if let Some(raw) = self.backend.get(R::KEY).map_err(SaveError::Backend)? {
            // It must decode fully: checking only the version would let a save replace
            // data that is corrupt inside a valid envelope.
            if let Err(problem) = decode::<R>(&raw) {
                return Err(SaveError::Protected(Unreadable { key: R::KEY, label: R::LABEL, raw, problem }));
            }
        }
        let text = encode::<R>(data).map_err(SaveError::Encode)?;
        self.backend.set(R::KEY, &text).map_err(SaveError::Backend)
    }

    /// Removes the stored value: the one way an unreadable value goes, at the user's word.
    pub fn discard<R: Record>(&self) -> Result<(), BackendError> {
        self.backend.remove(R::KEY)
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
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
    impl Record for Legacy {
        const KEY: &'static str = "achilles.test-legacy";
        const LABEL: &'static str = "test data";
        const MIGRATIONS: &'static [Migration] = &[km_to_metres, add_note];
        type Data = LegacyData;
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
            store.discard::<Legacy>().unwrap();
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
        full.refuse_writes.set(true);
        let store = Store::new(Box::new(full), true);
        let err = store.save::<Legacy>(&LegacyData { metres: 2, note: "new".into() }).unwrap_err();
        assert!(matches!(err, SaveError::Backend(BackendError::WriteRefused(_))));
        assert!(err.to_string().contains("unchanged"));
        assert_eq!(store.load::<Legacy>().unwrap().unwrap().note, "old");
    }

    #[test]
    fn real_records_round_trip() {
        let store = Store::in_memory();
        let mut history = CheckHistory::default();
        let answers = crate::domain::triage::Answers { pop_or_snap: true, ..Default::default() };
        history.record(
            7,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
            answers.clone(),
            crate::domain::questionnaire::Step::RuptureSigns,
        );
        store.save::<Checks>(&history).unwrap();
        assert_eq!(store.load::<Checks>().unwrap(), Some(history));
        let draft = Draft { step: crate::domain::questionnaire::Step::Symptoms, answers };
        store.save::<CheckDraft>(&draft).unwrap();
        assert_eq!(store.load::<CheckDraft>().unwrap(), Some(draft));
    }
}
