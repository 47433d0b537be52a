//! The envelope every stored value is kept in, `{"version": N, "data": ...}`, and the
//! migrations that bring an older `data` up to the current version on read.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

use super::errors::Problem;
use super::schema::Schema;

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

/// Encode data in the current envelope.
pub fn encode<S: Schema>(data: &S::Data) -> Result<String, String> {
    serde_json::to_string(&EnvelopeOut { version: S::version(), data }).map_err(|e| e.to_string())
}

/// A record with a real two-step schema history, to test the migration path:
/// v1 `{"km": 5}` → v2 `{"metres": 5000}` → v3 `{"metres": 5000, "note": ""}`.
#[cfg(test)]
pub(super) mod legacy {
    use serde::{Deserialize, Serialize};
    use serde_json::{json, Value};

    use super::super::schema::{Migration, Record, Schema};

    pub struct Legacy;
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegacyData {
        pub metres: u32,
        pub note: String,
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
}

#[cfg(test)]
mod tests {
    use super::legacy::{Legacy, LegacyData};
    use super::*;

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
    fn encoding_writes_the_current_envelope() {
        let text = encode::<Legacy>(&LegacyData { metres: 42, note: "hi".into() }).unwrap();
        assert_eq!(text, r#"{"version":3,"data":{"metres":42,"note":"hi"}}"#);
    }
}
