//! Properties of everything read from storage or from a backup file: arbitrary bytes and
//! arbitrary JSON never panic (they decode or give an error), and export then import gives
//! back exactly the same data.

use achilles::domain::checks::CheckHistory;
use achilles::domain::questionnaire::{Draft, Step};
use achilles::storage::backup::{self, ImportMode};
use achilles::storage::{Item, Store, StoredKey};
use proptest::prelude::*;
use serde_json::Value;

mod common;
use common::any_answers;

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        Just(Value::String("2026-02-30".into())),
        Just(Value::String("achilles".into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("app".to_string()),
                    Just("version".to_string()),
                    Just("data".to_string()),
                    Just("records".to_string()),
                    Just("achilles.check.1".to_string()),
                    Just("achilles.check-draft".to_string()),
                    Just("achilles.checkin.2026-03-29".to_string()),
                    Just("achilles.programme".to_string()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn any_step() -> impl Strategy<Value = Step> {
    proptest::sample::select(vec![
        Step::RuptureSigns,
        Step::Onset,
        Step::Location,
        Step::Symptoms,
        Step::RedFlags,
        Step::TrainingChanges,
        Step::Review,
    ])
}

/// One key of every stored kind.
const EVERY_KIND: [&str; 12] = [
    "achilles.check-draft",
    "achilles.check.1",
    "achilles.session.1",
    "achilles.checkin.2026-03-29",
    "achilles.programme",
    "achilles.player",
    "achilles.run-ladder",
    "achilles.rupture-cleared",
    "achilles.run.1",
    "achilles.function.1",
    "achilles.settings",
    "achilles.risk",
];

fn decode_every_kind(text: &str) {
    for key in EVERY_KIND {
        let kind = StoredKey::parse(key).expect("a known key");
        let _ = Item::decode_raw(kind, text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = backup::parse(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        decode_every_kind(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json(), version in 0u64..4) {
        let text = value.to_string();
        let _ = backup::parse(text.as_bytes());
        // The same value as a record's data, and as a backup's records.
        let envelope = serde_json::json!({ "version": version, "data": value });
        decode_every_kind(&envelope.to_string());
        decode_every_kind(&text);
        let file = serde_json::json!({
            "app": "achilles", "backup_version": 1, "app_version": "x", "exported_at": "y",
            "records": { "achilles.check.1": envelope.clone(), "achilles.check-draft": envelope }
        });
        let _ = backup::parse(file.to_string().as_bytes());
    }

    #[test]
    fn export_then_import_gives_back_the_same_data(
        checks in proptest::collection::vec((any_answers(), any_step(), 0u32..3000), 0..8),
        draft in proptest::option::of((any_answers(), any_step())),
    ) {
        let original = Store::in_memory();
        let mut history = CheckHistory::default();
        for (i, (answers, step, days)) in checks.into_iter().enumerate() {
            let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(days as u64);
            history.record(1_600_000_000_000 + i as u64, day, answers, step);
        }
        for c in history.iter() {
            original.save_any(&Item::Check(c.clone())).unwrap();
        }
        if let Some((answers, step)) = draft.clone() {
            original.save_any(&Item::CheckDraft(Draft { step, answers, ..Default::default() })).unwrap();
        }
        let (file, left_out) = backup::export(&original, "0.1.0", "2026-11-22T00:00:00Z").unwrap();
        prop_assert_eq!(left_out, 0);
        let contents = backup::parse(file.as_bytes()).map_err(|e| TestCaseError::fail(e.message()))?;

        let restored = Store::in_memory();
        restored.import(&contents, ImportMode::Replace).unwrap();
        let (a, b) = (original.load_everything().unwrap(), restored.load_everything().unwrap());
        prop_assert!(b.unreadable.is_empty());
        prop_assert_eq!(&a.checks, &b.checks);
        prop_assert_eq!(&a.draft, &b.draft);
        // And byte for byte, the stored values are the same.
        for key in original.user_keys().unwrap() {
            prop_assert_eq!(original.raw(&key).unwrap(), restored.raw(&key).unwrap());
        }
    }
}
