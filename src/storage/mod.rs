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
//!
//! One file per job: `schema` (what a stored value is), `envelope` (its versioned text and
//! migrations), `keys` (how keys are spelled), `records` (every record kind, defined once),
//! `store` (reads and the one write path), `first_read` (start-up's reads into a
//! `Snapshot`), `backup` (export and checked import), `backend` (localStorage or memory).

pub mod backend;
pub mod backup;
mod envelope;
pub mod errors;
mod first_read;
pub mod keys;
pub mod records;
pub mod schema;
mod store;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use envelope::{decode, encode};
pub use errors::{LoadError, Problem, SaveError, Unreadable};
pub use keys::USER_PREFIX;
pub use records::{replace_sorted, Item, Listed, Snapshot, StoredKey};
pub use schema::{Collection, Migration, Record, Schema};
pub(crate) use store::usable;
pub use store::Store;
