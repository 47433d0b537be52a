//! What a stored value is: its schema (what it decodes to, how older versions upgrade)
//! and where it lives (one key, or one key per item of a collection).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::keys::KeyPart;

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
    type Id: KeyPart;
    fn id(item: &Self::Data) -> Self::Id;
    fn key_of(item: &Self::Data) -> String {
        format!("{}{}", Self::PREFIX, Self::id(item))
    }
}
