//! Backup files, one per case in `tests/backups/`. The file name says what must happen:
//! `ok-*` imports; every other prefix names the error it must give. Adding a file adds a test.

use std::path::Path;

use achilles::storage::backup::{self, ImportError, ImportMode};
use achilles::storage::Store;
use libtest_mimic::{Arguments, Failed, Trial};

mod common;

type Rule = fn(&ImportError) -> bool;

/// The expected outcome from a file name's prefix.
fn expected(name: &str) -> Option<Rule> {
    let rules: [(&str, Rule); 8] = [
        ("empty-", |e| matches!(e, ImportError::Empty)),
        ("not-text-", |e| matches!(e, ImportError::NotText)),
        ("truncated-", |e| matches!(e, ImportError::Truncated)),
        ("newer-", |e| matches!(e, ImportError::Newer { .. })),
        ("not-backup-", |e| matches!(e, ImportError::NotABackup)),
        ("not-json-", |e| matches!(e, ImportError::NotJson(_))),
        ("bad-record-", |e| matches!(e, ImportError::BadRecord { .. })),
        ("unknown-record-", |e| matches!(e, ImportError::UnknownRecord { .. })),
    ];
    rules.into_iter().find(|(prefix, _)| name.starts_with(prefix)).map(|(_, rule)| rule)
}

fn run(path: &Path) -> Result<(), Failed> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))?;
    // Read as of one fixed day, so the "in the future" cases stay what they are.
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let result = backup::parse_on(&bytes, today);
    if name.starts_with("ok-") {
        let contents = result.map_err(|e| format!("{name} should import: {}", e.message()))?;
        // Import into an empty store, export again: the same records come back.
        let store = Store::in_memory();
        store.import(&contents, ImportMode::Replace).map_err(|e| format!("{name}: {e}"))?;
        let (again, left_out) =
            backup::export(&store, &contents.app_version, &contents.exported_at).map_err(|e| format!("{e}"))?;
        // Values carried raw come back raw, and are counted.
        assert_eq!(left_out, contents.kept_as_is.len());
        let original: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        let exported: serde_json::Value = serde_json::from_str(&again).map_err(|e| e.to_string())?;
        if original != exported {
            return Err(format!("{name}: export after import differs from the file").into());
        }
        // Every record is stored under its own key, exactly as decoded from the file.
        for item in &contents.items {
            let stored = store.load_any(&item.key()).map_err(|e| format!("{e:?}"))?;
            if stored.as_ref() != Some(item) {
                return Err(format!("{name}: {} was not stored as in the file", item.key()).into());
            }
        }
        assert_eq!(
            store.user_keys().map_err(|e| e.to_string())?.len(),
            contents.items.len() + contents.kept_as_is.len()
        );
        return Ok(());
    }
    let rule = expected(&name).ok_or_else(|| format!("{name}: the name must start with ok- or an error prefix"))?;
    match result {
        Ok(_) => Err(format!("{name} imported, but should have been refused").into()),
        Err(e) if rule(&e) => {
            let message = e.message();
            if !message.contains("Nothing was changed") {
                return Err(format!("{name}: the message must say nothing changed: {message}").into());
            }
            Ok(())
        }
        Err(e) => Err(format!("{name}: refused for the wrong reason: {e:?}").into()),
    }
}

fn main() {
    let files = common::json_files("backups");
    assert!(files.len() >= 10, "expected the backup fixtures in tests/backups");
    let mut trials: Vec<Trial> = files
        .into_iter()
        .map(|path| {
            let name = common::case_name(&path);
            Trial::test(name, move || run(&path))
        })
        .collect();
    trials.push(Trial::test("too-large-over-5-mb", || {
        let big = vec![b' '; backup::MAX_BACKUP_BYTES + 1];
        match backup::parse(&big) {
            Err(ImportError::TooLarge { .. }) => Ok(()),
            other => Err(format!("expected TooLarge, got {other:?}").into()),
        }
    }));
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}
