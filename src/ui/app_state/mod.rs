//! The app's shared state: domain values in signals, read from storage at start-up and
//! written back through the storage module on every change.
//!
//! Screens get read-only signals; every change goes through a method that changes the
//! value *and* saves it (`edit_settings(|s| …)`, `save_run(run)`), so no screen can change
//! a record without saving it. Views never see JSON or localStorage.
//!
//! By concern: `load` (reading storage into the signals: start-up, other tabs, re-reads
//! before a save), `write` (every change and its save), `health` (what could not be read or
//! saved, and what is kept).

mod health;
mod held;
mod load;
#[cfg(test)]
mod tests;
mod write;

use std::collections::BTreeSet;

use leptos::prelude::*;

use self::held::Held;
use crate::domain::loading_gate::{gate, Gate};
use crate::storage::records::kinds::*;
use crate::storage::records::record_table;
use crate::storage::{Item, Snapshot, Store, StoredKey, Unreadable};

/// Builds `AppState` from storage's registry of record kinds
/// (`storage::records::record_table`): a signal per kind, in the type its entry gives, and
/// the reads that fill them, so a new kind needs no line here.
macro_rules! app_state {
    (@id) => { () };
    (@id $id:ident) => { $id };
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident $(($id:ident: $id_ty:ty = $id_of:expr, order $order_ty:ty = $order:expr))?
            => $schema:ident($data:ty) at $key:literal, field $field:ident: $held:ty,
            $label:literal, nouns($one:literal, $many:literal),
            happened $happened:expr;
    )*) => {
        #[derive(Clone, Copy)]
        pub struct AppState {
            $($(#[doc = $doc])* pub $field: ReadOnly<$held>,)*
            /// Stored values that could not be read. Their keys are protected from saves
            /// until the user downloads or discards them.
            pub unreadable: ReadOnly<Vec<Unreadable>>,
            /// Saves that failed, per record key, in plain words. A good save of the same
            /// record clears its entry; a good save of another record does not.
            pub save_errors: ReadOnly<Vec<(String, String)>>,
            /// Forms holding input not yet saved, by name ("the run form"): the update
            /// prompt asks before a reload would drop them.
            pub unsaved: ReadOnly<BTreeSet<&'static str>>,
            /// The local calendar day, following the clock (`clock::follow_the_day`): a
            /// screen left open past midnight moves to the new day instead of saving under
            /// yesterday.
            pub day: ReadOnly<NaiveDate>,
            /// Why nothing will be kept (storage disabled), when that is the case.
            pub memory_only: ReadOnly<Option<String>>,
            store: StoredValue<Store, LocalStorage>,
        }

        impl AppState {
            /// Takes the opened store (localStorage, or memory if it is blocked). Nothing is
            /// read yet: `reload_all` reads everything, `load_for_today` what Today shows
            /// first.
            pub fn open(store: Store, unavailable: Option<String>) -> Self {
                Self {
                    $($field: ReadOnly::new(<$held>::default()),)*
                    unreadable: ReadOnly::new(Vec::new()),
                    save_errors: ReadOnly::new(Vec::new()),
                    unsaved: ReadOnly::new(BTreeSet::new()),
                    day: ReadOnly::new(super::clock::today()),
                    memory_only: ReadOnly::new(unavailable),
                    store: StoredValue::new_local(store),
                }
            }

            /// Replaces every signal with what a read found. Only what differs is set, so
            /// the full read after Today's first paint re-renders nothing when the first
            /// read already held everything (a runner with little data).
            fn hold_all(&self, snapshot: Snapshot) {
                $(set_if_changed(self.$field.0, <$held as Held<$data>>::from_read(snapshot.$field));)*
                self.unreadable.0.set(snapshot.unreadable);
            }

            /// Puts one record read or saved into its signal (replacing the same record).
            fn hold(&self, item: Item) {
                match item {
                    $(Item::$variant(record) => {
                        self.$field.0.maybe_update(|held| <$held as Held<$data>>::put(held, record));
                    })*
                }
            }

            /// Forgets one record that is no longer stored.
            fn drop_record(&self, key: StoredKey) {
                match key {
                    $(StoredKey::$variant $(($id))? => self.$field.0.update(|held| {
                        <$held as Held<$data>>::forget(held, app_state!(@id $($id)?))
                    }),)*
                }
            }
        }
    };
}

record_table!(app_state);

impl AppState {
    /// The loading gate over the whole history (`domain::loading_gate`), read reactively:
    /// the programme, the session player and return to running all ask here.
    pub fn loading_gate(&self) -> Gate {
        let legacy = self.rupture_cleared.get();
        self.checks.with(|h| self.visits.with(|v| gate(h, v, legacy)))
    }

    /// Moves to a new local day (`clock::follow_the_day`).
    pub fn set_day(&self, day: NaiveDate) {
        set_if_changed(self.day.0, day);
    }
}

/// Sets a signal to `value` only if they differ: an equal value notifies no one.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}

/// A signal the screens can read and not write: every change goes through `AppState`,
/// which saves it. Reads are the signal's own (`with`, `get`, tracked or not).
pub struct ReadOnly<T: 'static>(RwSignal<T>);

impl<T: Send + Sync + 'static> ReadOnly<T> {
    fn new(value: T) -> Self {
        ReadOnly(RwSignal::new(value))
    }
}

impl<T> Clone for ReadOnly<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ReadOnly<T> {}

impl<T: Send + Sync + 'static> DefinedAt for ReadOnly<T> {
    fn defined_at(&self) -> Option<&'static std::panic::Location<'static>> {
        self.0.defined_at()
    }
}

impl<T: Send + Sync + 'static> Track for ReadOnly<T> {
    fn track(&self) {
        self.0.track()
    }
}

impl<T: Send + Sync + 'static> ReadUntracked for ReadOnly<T> {
    type Value = <RwSignal<T> as ReadUntracked>::Value;

    fn try_read_untracked(&self) -> Option<Self::Value> {
        self.0.try_read_untracked()
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
