//! Backup and restore: one versioned JSON file holding every stored record.
//!
//! The file keeps each record exactly as it is stored (its key and its versioned envelope),
//! so a backup from an older app version goes through the same migrations as storage, and
//! export followed by import gives back exactly the same data.
//!
//! An import is checked completely before anything is written: size, complete JSON, that it
//! is an Achilles backup, its version, and every record decoded with the domain's own
//! validation (impossible dates, pain outside 0–10, unknown fields). Any problem leaves the
//! current data untouched. Text is only ever shown as text, so a note holding "<" or "<b>"
//! is data like any other: the app's own backups always restore.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use chrono::NaiveDate;

use super::{BackendError, Item, SaveError, Store, StoredKey};
use crate::domain::checks::HeelCheck;
use crate::domain::decimal::Fixed;
use crate::domain::limits;

/// The backup file's own format version (the records inside carry theirs). Version 2 adds
/// `kept_as_is`; a file without it is still written as version 1, so older apps read it.
pub const BACKUP_VERSION: u32 = 2;
/// Larger than any real journal (issue budget: 5 years fit in about 1.5 MB).
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;
const APP: &str = "achilles";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFile {
    app: String,
    backup_version: u32,
    app_version: String,
    exported_at: String,
    records: BTreeMap<String, Value>,
    /// Values this app could not read (damaged, from a newer version, unknown keys), as
    /// their raw text: carried so a restore loses nothing the app promised to keep.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    kept_as_is: BTreeMap<String, String>,
}

/// What a valid backup holds, decoded into domain types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contents {
    pub items: Vec<Item>,
    /// Raw values carried as they were (see `BackupFile::kept_as_is`).
    pub kept_as_is: Vec<(String, String)>,
    pub app_version: String,
    pub exported_at: String,
}

impl Contents {
    pub fn checks(&self) -> impl Iterator<Item = &HeelCheck> {
        self.items.iter().filter_map(|i| match i {
            Item::Check(c) => Some(c),
            _ => None,
        })
    }

    /// How many records of each kind, by the label a person would use.
    pub fn count(&self, kind: fn(&Item) -> bool) -> usize {
        self.items.iter().filter(|i| kind(i)).count()
    }
}

/// Why a file cannot be imported. Each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    Empty,
    NotText,
    Truncated,
    NotJson(String),
    NotABackup,
    Newer { found: u32 },
    BadRecord { key: String, detail: String },
    UnknownRecord { key: String },
}

impl ImportError {
    pub fn message(&self) -> String {
        let tail = "Nothing was changed.";
        match self {
            Self::TooLarge { bytes } => format!(
                "This file is {} MB; a backup is never larger than {} MB. Choose the file the app exported. {tail}",
                Fixed(*bytes as f64 / 1_048_576.0, 1),
                MAX_BACKUP_BYTES / 1_048_576
            ),
            Self::Empty => format!("This file is empty: choose the backup file the app downloaded. {tail}"),
            Self::NotText => format!("This file is not text, so it is not a backup from this app. {tail}"),
            Self::Truncated => {
                format!("The file ends too early: it may have been cut off while copying. Export it again. {tail}")
            }
            Self::NotJson(detail) => format!("This is not a backup file from this app ({detail}). {tail}"),
            Self::NotABackup => format!("This file is not a backup from this app. {tail}"),
            Self::Newer { found } => format!(
                "This backup was made by a newer version of the app (backup format {found}; this one reads up to \
                {BACKUP_VERSION}). Update the app, then import it. {tail}"
            ),
            Self::BadRecord { key, detail } => format!("A record in the file is damaged ({key}: {detail}). {tail}"),
            Self::UnknownRecord { key } => format!(
                "The file holds a kind of record this version does not know ({key}). Update the app, then import it. \
                {tail}"
            ),
        }
    }
}

/// How an import meets the data already here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep everything here and add what is new; where both have the same record (the same
    /// check, the same day's check-in, a programme), the one here wins.
    Merge,
    /// Delete everything here, then store the file's contents.
    Replace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOutcome {
    pub added: usize,
    pub already_here: usize,
}

/// Serialises every record into a backup file: readable ones decoded-as-stored, the rest
/// (`Store::kept_as_is`) as their raw text. Returns the text and how many were carried raw.
pub fn export(store: &Store, app_version: &str, exported_at: &str) -> Result<(String, usize), BackendError> {
    let mut records = BTreeMap::new();
    let mut kept = BTreeMap::new();
    for key in store.user_keys()? {
        let Some(raw) = store.raw(&key)? else { continue };
        match serde_json::from_str::<Value>(&raw) {
            Ok(value) if super::usable(&key, &raw) => {
                records.insert(key, value);
            }
            _ => {
                kept.insert(key, raw);
            }
        }
    }
    let carried = kept.len();
    let file = BackupFile {
        app: APP.into(),
        backup_version: if kept.is_empty() { 1 } else { BACKUP_VERSION },
        app_version: app_version.into(),
        exported_at: exported_at.into(),
        records,
        kept_as_is: kept,
    };
    // Serialising plain maps and strings cannot fail; an empty string would only mean an
    // empty download, never a panic.
    Ok((serde_json::to_string_pretty(&file).unwrap_or_default(), carried))
}

/// Checks a file completely, as of `today`, and decodes it. Writes nothing. Besides
/// [`parse`], nothing in it may have happened after tomorrow (a year typed as 2062).
pub fn parse_on(bytes: &[u8], today: NaiveDate) -> Result<Contents, ImportError> {
    let contents = parse(bytes)?;
    for item in &contents.items {
        for day in item.happened_on() {
            limits::happened(day, today).map_err(|detail| ImportError::BadRecord { key: item.key(), detail })?;
        }
    }
    Ok(contents)
}

/// Checks a file completely and decodes it. Writes nothing.
pub fn parse(bytes: &[u8]) -> Result<Contents, ImportError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ImportError::Truncated
        } else {
            ImportError::NotJson(e.to_string())
        }
    })?;
    if value.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportError::NotABackup);
    }
    // JSON lets a key repeat, and a reader keeps the last one: a file edited by hand could
    // then hold two different answers to the same question. The app never writes that.
    if let Err(e) = serde_json::from_str::<NoRepeatedKeys>(text) {
        return Err(ImportError::BadRecord { key: "file".into(), detail: e.to_string() });
    }
    if let Some(found) = value.get("backup_version").and_then(Value::as_u64) {
        if found > BACKUP_VERSION as u64 {
            return Err(ImportError::Newer { found: found.min(u32::MAX as u64) as u32 });
        }
    }
    let file: BackupFile = serde_json::from_value(value).map_err(|e| ImportError::NotJson(e.to_string()))?;
    if file.backup_version == 0 {
        return Err(ImportError::NotABackup);
    }

    let mut contents = Contents { app_version: file.app_version, exported_at: file.exported_at, ..Default::default() };
    for (key, raw) in file.kept_as_is {
        if !key.starts_with(super::USER_PREFIX) {
            return Err(ImportError::UnknownRecord { key });
        }
        contents.kept_as_is.push((key, raw));
    }
    for (key, envelope) in file.records {
        let Some(kind) = StoredKey::parse(&key) else {
            return Err(ImportError::UnknownRecord { key });
        };
        // Decoded from text, as storage decodes (one decoder, which also checks that the
        // record is the key's own: a check's id, a check-in's date). Imports are rare.
        let item = Item::decode_under(kind, &envelope.to_string())
            .map_err(|p| ImportError::BadRecord { key: key.clone(), detail: describe(p) })?;
        contents.items.push(item);
    }
    Ok(contents)
}

/// Any JSON in which no object repeats a key (nested objects and arrays included).
struct NoRepeatedKeys;

impl<'de> Deserialize<'de> for NoRepeatedKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NoRepeatedKeysVisitor)
    }
}

struct NoRepeatedKeysVisitor;

impl<'de> serde::de::Visitor<'de> for NoRepeatedKeysVisitor {
    type Value = NoRepeatedKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(NoRepeatedKeys)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<NoRepeatedKeys>()?.is_some() {}
        Ok(NoRepeatedKeys)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = std::collections::BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!("the key {key:?} appears twice")));
            }
            map.next_value::<NoRepeatedKeys>()?;
        }
        Ok(NoRepeatedKeys)
    }
}

fn describe(problem: super::Problem) -> String {
    match problem {
        super::Problem::Corrupt(detail) => detail,
        super::Problem::TooNew { found, supported } => {
            format!("saved in format {found}, this version reads up to {supported}")
        }
    }
}

impl Store {
    /// Applies a checked backup. All or nothing: if any write fails (a full quota), every
    /// key is put back as it was and the error is returned.
    pub fn import(&self, contents: &Contents, mode: ImportMode) -> Result<ImportOutcome, SaveError> {
        let snapshot = self.raw_values().map_err(SaveError::Backend)?;
        let result = self.apply(contents, mode);
        if result.is_err() {
            // Best effort: the snapshot was read from this same storage moments ago.
            let _ = self.restore(&snapshot);
        }
        result
    }

    fn apply(&self, contents: &Contents, mode: ImportMode) -> Result<ImportOutcome, SaveError> {
        if mode == ImportMode::Replace {
            // What this version cannot read stays: it was promised to be kept.
            self.delete_readable().map_err(SaveError::Backend)?;
        }
        let mut outcome = ImportOutcome { added: 0, already_here: 0 };
        for (key, raw) in &contents.kept_as_is {
            if self.raw(key).map_err(SaveError::Backend)?.is_some() {
                outcome.already_here += 1;
            } else {
                self.write_raw(key, raw)?;
                outcome.added += 1;
            }
        }
        for item in &contents.items {
            if self.raw(&item.key()).map_err(SaveError::Backend)?.is_some() {
                outcome.already_here += 1;
            } else {
                self.save_any(item)?;
                outcome.added += 1;
            }
        }
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::CheckHistory;
    use crate::domain::questionnaire::{Draft, Step};
    use crate::domain::triage::Answers;
    use crate::storage::records::CheckDraft;
    use crate::storage::{Backend, MemoryBackend};

    fn store_with_checks(ids: &[u64]) -> (Store, MemoryBackend) {
        let backend = MemoryBackend::default();
        let store = Store::new(Box::new(backend.clone()));
        let mut h = CheckHistory::default();
        for id in ids {
            h.record(*id, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Answers::default(), Step::Review);
        }
        for c in h.iter() {
            store.save_any(&Item::Check(c.clone())).unwrap();
        }
        (store, backend)
    }

    fn contents_of(store: &Store) -> Contents {
        let (text, _) = export(store, "test", "now").unwrap();
        parse(text.as_bytes()).unwrap()
    }

    #[test]
    fn merge_keeps_what_is_here_and_adds_the_rest() {
        let (source, _) = store_with_checks(&[1, 2, 3]);
        let (target, _) = store_with_checks(&[2, 10]);
        let outcome = target.import(&contents_of(&source), ImportMode::Merge).unwrap();
        assert_eq!(outcome, ImportOutcome { added: 2, already_here: 1 });
        let keys = target.user_keys().unwrap();
        for id in [1, 2, 3, 10] {
            assert!(keys.contains(&format!("achilles.check.{id}")), "{id}");
        }
    }

    #[test]
    fn replace_leaves_only_the_file_contents() {
        let (source, _) = store_with_checks(&[1, 2]);
        let (target, _) = store_with_checks(&[7, 8, 9]);
        target.save::<CheckDraft>(&Draft { step: Step::Symptoms, ..Default::default() }).unwrap();
        target.import(&contents_of(&source), ImportMode::Replace).unwrap();
        assert_eq!(target.user_keys().unwrap(), vec!["achilles.check.1", "achilles.check.2"]);
    }

    #[test]
    fn a_write_failing_half_way_puts_everything_back() {
        let (source, _) = store_with_checks(&[1, 2, 3, 4]);
        let contents = contents_of(&source);
        let one_check = source.raw("achilles.check.1").unwrap().unwrap().len() + "achilles.check.1".len();
        for mode in [ImportMode::Merge, ImportMode::Replace] {
            let (target, backend) = store_with_checks(&[9]);
            let before = backend.contents();
            // Room for about two more checks: the import fails part-way through.
            backend.set_quota(Some(backend.used_bytes() + 2 * one_check + one_check / 2));
            let err = target.import(&contents, mode).unwrap_err();
            assert!(matches!(err, SaveError::Backend(BackendError::WriteRefused(_))), "{mode:?}: {err:?}");
            assert_eq!(backend.contents(), before, "{mode:?}: storage must be exactly as before");
        }
    }

    #[test]
    fn text_that_looks_like_markup_is_data_and_restores() {
        let source = Store::in_memory();
        let note = "sore after hills<flat road <b>tight</b> <svg onload=x>";
        let checkin = crate::domain::checkin::CheckIn {
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            stiffness_minutes: 10,
            pain: crate::domain::pain::PainScore::new(2).unwrap(),
            note: note.into(),
        };
        source.save_any(&Item::CheckIn(checkin.clone())).unwrap();
        let (text, left_out) = export(&source, "0.1.0", "2026-11-22T02:00:00Z").unwrap();
        assert_eq!(left_out, 0);
        let contents = parse(text.as_bytes()).expect("the app's own backup always restores");
        let target = Store::in_memory();
        target.import(&contents, ImportMode::Replace).unwrap();
        assert_eq!(target.load_any(&Item::CheckIn(checkin.clone()).key()).unwrap(), Some(Item::CheckIn(checkin)));
    }

    #[test]
    fn replace_keeps_what_cannot_be_read_and_a_backup_carries_it() {
        let backend = MemoryBackend::default();
        let store = Store::new(Box::new(backend.clone()));
        let kept = [
            ("achilles.check.1", "{\"version\":1,\"data\":{\"id\":1,\"date\":\"2026-02-30\""),
            ("achilles.run.2", "{\"version\":7,\"data\":{}}"),
            ("achilles.something-new", "from a later app"),
        ];
        for (k, v) in kept {
            backend.set(k, v).unwrap();
        }
        let mut h = CheckHistory::default();
        h.record(5, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Answers::default(), Step::Review);
        store.save_any(&Item::Check(h.get(5).unwrap().clone())).unwrap();

        let (text, carried) = export(&store, "0.1.0", "2026-11-22T02:00:00Z").unwrap();
        assert_eq!(carried, 3);
        let contents = parse(text.as_bytes()).unwrap();
        assert_eq!(contents.kept_as_is.len(), 3);

        // Replace with an empty backup: the readable check goes, the three stay untouched.
        let empty = Contents::default();
        store.import(&empty, ImportMode::Replace).unwrap();
        for (k, v) in kept {
            assert_eq!(backend.get(k).unwrap().as_deref(), Some(v), "{k}");
        }
        assert_eq!(store.user_keys().unwrap().len(), 3);

        // Into an empty store, the backup brings all four back, the three exactly as they were.
        let fresh_backend = MemoryBackend::default();
        let fresh = Store::new(Box::new(fresh_backend.clone()));
        fresh.import(&contents, ImportMode::Replace).unwrap();
        for (k, v) in kept {
            assert_eq!(fresh_backend.get(k).unwrap().as_deref(), Some(v), "{k}");
        }
        assert_eq!(fresh.user_keys().unwrap().len(), 4);
    }
}
