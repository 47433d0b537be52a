//! Backup and restore: one versioned JSON file holding every stored record.
//!
//! The file keeps each record exactly as it is stored (its key and its versioned envelope),
//! so a backup from an older app version goes through the same migrations as storage, and
//! export followed by import gives back exactly the same data.
//!
//! An import is checked completely before anything is written: size, complete JSON, that it
//! is an Achilles backup, its version, markup in any text, and every record decoded with the
//! domain's own validation (impossible dates, pain outside 0–10, unknown fields). Any problem
//! leaves the current data untouched.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{BackendError, Item, SaveError, Store, StoredKey};
use crate::domain::checks::HeelCheck;

/// The backup file's own format version (the records inside carry theirs).
pub const BACKUP_VERSION: u32 = 1;
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
}

/// What a valid backup holds, decoded into domain types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contents {
    pub items: Vec<Item>,
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
    NotText,
    Truncated,
    NotJson(String),
    NotABackup,
    Newer { found: u32 },
    Markup { path: String },
    BadRecord { key: String, detail: String },
    UnknownRecord { key: String },
}

impl ImportError {
    pub fn message(&self) -> String {
        let tail = "Nothing was changed.";
        match self {
            Self::TooLarge { bytes } => format!(
                "This file is {:.1} MB; a backup is never larger than {} MB. Choose the file the app exported. {tail}",
                *bytes as f64 / 1_048_576.0,
                MAX_BACKUP_BYTES / 1_048_576
            ),
            Self::NotText => format!("This file is not text, so it is not a backup from this app. {tail}"),
            Self::Truncated => {
                format!("The file ends too early: it may have been cut off while copying. Export it again. {tail}")
            }
            Self::NotJson(detail) => format!("This is not a backup file from this app ({detail}). {tail}"),
            Self::NotABackup => format!("This file is not a backup from this app. {tail}"),
            Self::Newer { found } => format!(
                "This backup was made by a newer version of the app (backup format {found}; this one reads up to {BACKUP_VERSION}). Update the app, then import it. {tail}"
            ),
            Self::Markup { path } => format!(
                "The file contains web page markup (in {path}), which a backup from this app never does. It may have been edited or tampered with. {tail}"
            ),
            Self::BadRecord { key, detail } => format!("A record in the file is damaged ({key}: {detail}). {tail}"),
            Self::UnknownRecord { key } => format!(
                "The file holds a kind of record this version does not know ({key}). Update the app, then import it. {tail}"
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

/// Serialises every readable record into a backup file. Returns the text and how many
/// unreadable records were left out (the user can download those from the recovery notice).
pub fn export(store: &Store, app_version: &str, exported_at: &str) -> Result<(String, usize), BackendError> {
    let mut records = BTreeMap::new();
    let mut left_out = 0;
    for key in store.user_keys()? {
        let Some(kind) = StoredKey::parse(&key) else { continue };
        let Some(raw) = store.raw(&key)? else { continue };
        let readable = Item::decode_raw(kind, &raw).is_ok();
        match serde_json::from_str::<Value>(&raw) {
            Ok(value) if readable => {
                records.insert(key, value);
            }
            _ => left_out += 1,
        }
    }
    let file = BackupFile {
        app: APP.into(),
        backup_version: BACKUP_VERSION,
        app_version: app_version.into(),
        exported_at: exported_at.into(),
        records,
    };
    // Serialising plain maps and strings cannot fail; an empty string would only mean an
    // empty download, never a panic.
    Ok((serde_json::to_string_pretty(&file).unwrap_or_default(), left_out))
}

/// Checks a file completely and decodes it. Writes nothing.
pub fn parse(bytes: &[u8]) -> Result<Contents, ImportError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
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
    if let Some(found) = value.get("backup_version").and_then(Value::as_u64) {
        if found > BACKUP_VERSION as u64 {
            return Err(ImportError::Newer { found: found.min(u32::MAX as u64) as u32 });
        }
    }
    if let Some(path) = find_markup(&value, "file") {
        return Err(ImportError::Markup { path });
    }
    let file: BackupFile = serde_json::from_value(value).map_err(|e| ImportError::NotJson(e.to_string()))?;
    if file.backup_version == 0 {
        return Err(ImportError::NotABackup);
    }

    let mut contents = Contents { app_version: file.app_version, exported_at: file.exported_at, ..Default::default() };
    for (key, envelope) in file.records {
        let Some(kind) = StoredKey::parse(&key) else {
            return Err(ImportError::UnknownRecord { key });
        };
        let item = Item::decode_value(kind, envelope)
            .map_err(|p| ImportError::BadRecord { key: key.clone(), detail: describe(p) })?;
        // The key must be the record's own (a check's id, a check-in's date).
        if item.key() != key {
            return Err(ImportError::BadRecord { key, detail: "its contents do not match its key".into() });
        }
        contents.items.push(item);
    }
    Ok(contents)
}

fn describe(problem: super::Problem) -> String {
    match problem {
        super::Problem::Corrupt(detail) => detail,
        super::Problem::TooNew { found, supported } => {
            format!("saved in format {found}, this version reads up to {supported}")
        }
    }
}

/// The path of the first string that looks like HTML or XML markup (`<b>`, `</x>`,
/// `<!--`, `<?`). The app never stores markup, and always shows text as text; refusing it
/// on import keeps a tampered file from slipping in.
fn find_markup(value: &Value, path: &str) -> Option<String> {
    match value {
        Value::String(s) => looks_like_markup(s).then(|| path.to_string()),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| find_markup(v, &format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            if looks_like_markup(k) {
                Some(format!("{path}.{k}"))
            } else {
                find_markup(v, &format!("{path}.{k}"))
            }
        }),
        _ => None,
    }
}

fn looks_like_markup(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

impl Store {
    /// Applies a checked backup. All or nothing: if any write fails (a full quota), every
    /// key is put back as it was and the error is returned.
    pub fn import(&self, contents: &Contents, mode: ImportMode) -> Result<ImportOutcome, SaveError> {
        let snapshot = self.snapshot().map_err(SaveError::Backend)?;
        let result = self.apply(contents, mode);
        if result.is_err() {
            // Best effort: the snapshot was read from this same storage moments ago.
            let _ = self.restore(&snapshot);
        }
        result
    }

    fn apply(&self, contents: &Contents, mode: ImportMode) -> Result<ImportOutcome, SaveError> {
        if mode == ImportMode::Replace {
            self.delete_everything().map_err(SaveError::Backend)?;
        }
        let mut outcome = ImportOutcome { added: 0, already_here: 0 };
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
    use crate::storage::{CheckDraft, Checks, MemoryBackend};

    fn store_with_checks(ids: &[u64]) -> (Store, MemoryBackend) {
        let backend = MemoryBackend::default();
        let store = Store::new(Box::new(backend.clone()));
        let mut h = CheckHistory::default();
        for id in ids {
            h.record(*id, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Answers::default(), Step::Review);
        }
        for c in h.iter() {
            store.save_item::<Checks>(c).unwrap();
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
    fn markup_is_found_anywhere_but_plain_comparisons_are_fine() {
        assert!(looks_like_markup("<b>hi</b>"));
        assert!(looks_like_markup("x</div>"));
        assert!(looks_like_markup("<!-- c -->"));
        assert!(!looks_like_markup("pain < 5 and 3<4"));
        assert!(!looks_like_markup("a <= b"));
        let v: Value = serde_json::json!({"a": [1, {"b": "ok", "c": "<svg onload=x>"}]});
        assert_eq!(find_markup(&v, "file").as_deref(), Some("file.a[1].c"));
    }
}
