//! Every kind of stored record, each defined once in the table at the end of this file: its
//! key, its schema, what the user calls it, the days it says something happened on and,
//! for a collection, its id and its order. From that one entry follow the schema type, the
//! `StoredKey` variant (parsed and written with `Display`), the `Item` variant, the
//! `Snapshot` field, and every match over them, so backup, restore, start-up reads and
//! other-tab updates handle a new kind with no further code.

use std::fmt;

use super::envelope::decode;
use super::errors::{Problem, SaveError, Unreadable};
use super::keys::KeyPart;
use super::schema::{Collection, Migration, Record, Schema};
use super::store::Store;
use crate::domain::sorting;

/// The types the table names, for the code its entries expand into (here and in
/// `ui::app_state`, which imports them all from here).
pub(crate) mod kinds {
    pub use chrono::NaiveDate;

    pub use crate::domain::checkin::CheckIn;
    pub use crate::domain::checks::{CheckHistory, HeelCheck};
    pub use crate::domain::function_score::FunctionCheck;
    pub use crate::domain::journal::Settings;
    pub use crate::domain::loading_gate::ClinicianVisit;
    pub use crate::domain::player::Player;
    pub use crate::domain::programme::Programme;
    pub use crate::domain::questionnaire::Draft;
    pub use crate::domain::return_to_run::RunLadder;
    pub use crate::domain::risk::RiskProfile;
    pub use crate::domain::runs::RunEntry;
    pub use crate::domain::rupture::RuptureScore;
    pub use crate::domain::sessions::SessionLog;
    pub use crate::domain::strength::HeelRiseTest;
}
use kinds::*;

/// Generates everything about the record kinds from their table (see its use below).
macro_rules! records {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident $(($id:ident: $id_ty:ty = $id_of:expr, order $order_ty:ty = $order:expr))?
            => $schema:ident($data:ty) at $key:literal, field $field:ident: $held:ty,
            $label:literal, nouns($one:literal, $many:literal),
            happened $happened:expr;
    )*) => {
        $(
            $(#[doc = $doc])*
            pub struct $schema;
            impl Schema for $schema {
                const LABEL: &'static str = $label;
                const MIGRATIONS: &'static [Migration] = &[];
                type Data = $data;
            }
            impl $schema {
                /// The days a value says something happened on (`Item::happened_on`).
                const HAPPENED: fn(&$data) -> Vec<NaiveDate> = $happened;
            }
            records!(@place $schema, $data, $key $(, $id_ty, $id_of, $order_ty, $order)?);
        )*

        /// What an `achilles.*` key holds: a single record, or one item of a collection.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum StoredKey {
            $($variant $(($id_ty))?,)*
        }

        impl StoredKey {
            /// A key as the app writes it, and only so spelled; `None` for any other.
            pub fn parse(key: &str) -> Option<StoredKey> {
                $(
                    if let Some(kind) = records!(@parse key, $key, $variant $(, $id_ty)?) {
                        return Some(kind);
                    }
                )*
                None
            }

            /// What the user calls a value under this key ("a logged run").
            #[allow(unused_variables)]
            pub fn label(self) -> &'static str {
                match self {
                    $(StoredKey::$variant $(($id))? => $schema::LABEL,)*
                }
            }
        }

        /// The key itself: `achilles.settings`, `achilles.run.1764000000000`.
        impl fmt::Display for StoredKey {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match *self {
                    $(StoredKey::$variant $(($id))? => {
                        f.write_str($key)?;
                        $(fmt::Display::fmt(&$id, f)?;)?
                        Ok(())
                    })*
                }
            }
        }

        /// Any stored value, decoded.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Item {
            $($variant($data),)*
        }

        impl Item {
            /// Decodes stored text into the record its key names.
            #[allow(unused_variables)]
            pub fn decode_raw(kind: StoredKey, raw: &str) -> Result<Item, Problem> {
                Ok(match kind {
                    $(StoredKey::$variant $(($id))? => Item::$variant(decode::<$schema>(raw)?),)*
                })
            }

            /// The key this value lives under, as parsed (no text formatted).
            #[allow(unused_variables)]
            pub fn stored_key(&self) -> StoredKey {
                match self {
                    $(Item::$variant(value) => StoredKey::$variant $(({
                        let $id: $id_ty = <$schema as Collection>::id(value);
                        $id
                    }))?,)*
                }
            }

            /// What a person calls one and several of this kind, for counts ("3 runs").
            pub fn noun(&self) -> (&'static str, &'static str) {
                match self {
                    $(Item::$variant(_) => ($one, $many),)*
                }
            }

            /// The days this record says something happened on (a check, a run, a
            /// visit…): none may be after tomorrow (`domain::limits::happened`). Plans and
            /// settings have none.
            pub fn happened_on(&self) -> Vec<NaiveDate> {
                match self {
                    $(Item::$variant(value) => $schema::HAPPENED(value),)*
                }
            }

            pub(super) fn save(&self, store: &Store) -> Result<(), SaveError> {
                let key = self.key();
                match self {
                    $(Item::$variant(value) => store.write::<$schema>(&key, value),)*
                }
            }
        }

        /// Every record as read at once, decoded: single records as `Option`s, collections
        /// as lists in their own order (oldest first), and what could not be read.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Snapshot {
            $(pub $field: records!(@held $data $(, $id_ty)?),)*
            /// Stored values that could not be read, in key order.
            pub unreadable: Vec<Unreadable>,
        }

        impl Snapshot {
            /// Adds one record (a list is put in order by `sort`).
            pub(super) fn add(&mut self, item: Item) {
                match item {
                    $(Item::$variant(value) => records!(@add self.$field, value $(, $id_ty)?),)*
                }
            }

            /// Puts each list in its order, once.
            pub(super) fn sort(&mut self) {
                $(records!(@sort self.$field $(, $order_ty)?);)*
                sorting::sort_by(&mut self.unreadable, |a, b| a.key.cmp(&b.key));
            }

            /// How many records it holds, of every kind.
            pub fn len(&self) -> usize {
                0 $(+ records!(@count self.$field $(, $id_ty)?))*
            }

            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }

            /// Every record it holds, as items.
            pub fn into_items(self) -> Vec<Item> {
                let mut items = Vec::with_capacity(self.len());
                $(items.extend(self.$field.into_iter().map(Item::$variant));)*
                items
            }
        }
    };

    (@place $schema:ident, $data:ty, $key:literal) => {
        impl Record for $schema {
            const KEY: &'static str = $key;
        }
    };
    (@place $schema:ident, $data:ty, $key:literal, $id_ty:ty, $id_of:expr, $order_ty:ty, $order:expr) => {
        impl Collection for $schema {
            const PREFIX: &'static str = $key;
            type Id = $id_ty;
            fn id(item: &$data) -> $id_ty {
                let id_of: fn(&$data) -> $id_ty = $id_of;
                id_of(item)
            }
        }
        impl Listed for $data {
            type Id = $id_ty;
            type Order = $order_ty;
            fn id(&self) -> $id_ty {
                <$schema as Collection>::id(self)
            }
            fn order(&self) -> $order_ty {
                let order: fn(&$data) -> $order_ty = $order;
                order(self)
            }
        }
    };
    (@parse $k:ident, $key:literal, $variant:ident) => {
        ($k == $key).then_some(StoredKey::$variant)
    };
    (@parse $k:ident, $key:literal, $variant:ident, $id_ty:ty) => {
        $k.strip_prefix($key).and_then(<$id_ty as KeyPart>::parse_key).map(StoredKey::$variant)
    };
    (@held $data:ty) => { Option<$data> };
    (@held $data:ty, $id_ty:ty) => { Vec<$data> };
    (@add $place:expr, $value:ident) => { $place = Some($value) };
    (@add $place:expr, $value:ident, $id_ty:ty) => { $place.push($value) };
    (@sort $place:expr) => {};
    (@sort $place:expr, $order_ty:ty) => { sorting::sort_by_key(&mut $place, Listed::order) };
    (@count $place:expr) => { usize::from($place.is_some()) };
    (@count $place:expr, $id_ty:ty) => { $place.len() };
}

/// The registry: every record kind, once. Each entry gives the `StoredKey`/`Item` variant
/// (with, for a collection, its id and order), the schema type and the data it holds, its
/// key, the `Snapshot` field and the type `AppState` holds it in, what the user calls it,
/// and the days it says something happened on.
///
/// `record_table!(m)` hands the table to the macro `m`: `records!` below builds storage
/// from it, and `ui::app_state` its signals, so a new kind is this one entry (plus its
/// domain type) and nothing else.
macro_rules! record_table {
    ($then:ident) => {
        $then! {
        /// The heel check being filled in, saved on every change (`edit_draft`).
        CheckDraft => CheckDraft(Draft) at "achilles.check-draft",
            field draft: Draft,
            "the heel check you were filling in",
            nouns("heel check in progress (used only if there is none here)", "heel checks in progress"),
            happened |_| Vec::new();
        /// Saved heel checks, newest first, each reassessed under the current rules.
        Check(id: u64 = |c| c.id, order (NaiveDate, u64) = |c| (c.date, c.id))
            => Checks(HeelCheck) at "achilles.check.",
            field checks: CheckHistory,
            "a saved heel check", nouns("heel check", "heel checks"),
            happened |c| vec![c.date];
        /// Logged exercise sessions, oldest first.
        Session(id: u64 = |s| s.id, order (NaiveDate, u64) = |s| (s.date, s.id))
            => Sessions(SessionLog) at "achilles.session.",
            field sessions: Vec<SessionLog>,
            "a logged exercise session", nouns("exercise session", "exercise sessions"),
            happened |s| vec![s.date];
        /// Morning check-ins, oldest first. One per local date: the date is the key, so a
        /// second one that day replaces it.
        CheckIn(date: NaiveDate = |c| c.date, order NaiveDate = |c| c.date)
            => CheckIns(CheckIn) at "achilles.checkin.",
            field checkins: Vec<CheckIn>,
            "a morning check-in", nouns("morning check-in", "morning check-ins"),
            happened |c| vec![c.date];
        /// The exercise programme, once started.
        Programme => ProgrammeRecord(Programme) at "achilles.programme",
            field programme: Option<Programme>,
            "your exercise programme", nouns("exercise programme", "exercise programmes"),
            happened |p| vec![p.started_on];
        /// A guided session in progress, kept so a reload resumes it.
        Player => PlayerRecord(Player) at "achilles.player",
            field player: Option<Player>,
            "the session you were in the middle of",
            nouns("guided session in progress", "guided sessions in progress"),
            happened |_| Vec::new();
        /// The return-to-running ladder's progress.
        Ladder => LadderRecord(RunLadder) at "achilles.run-ladder",
            field ladder: RunLadder,
            "your return-to-running progress",
            nouns("return-to-running record", "return-to-running records"),
            happened |l| l.runs.iter().map(|r| r.date).collect();
        /// The heel check whose possible tear a clinician has since ruled out (the runner's
        /// word, as the older app recorded it; new clearances are `visits`).
        RuptureCleared => RuptureCleared(u64) at "achilles.rupture-cleared",
            field rupture_cleared: Option<u64>,
            "your note that a clinician ruled out a tear",
            nouns("note that a clinician ruled out a tear", "notes that a clinician ruled out a tear"),
            happened |_| Vec::new();
        /// Logged runs, oldest first.
        Run(id: u64 = |r| r.id, order (NaiveDate, u64) = |r| (r.date, r.id))
            => Runs(RunEntry) at "achilles.run.",
            field runs: Vec<RunEntry>,
            "a logged run", nouns("run", "runs"),
            happened |r| vec![r.date];
        /// Function checks, oldest first.
        FunctionCheck(id: u64 = |f| f.id, order (NaiveDate, u64) = |f| (f.date, f.id))
            => FunctionChecks(FunctionCheck) at "achilles.function.",
            field function_checks: Vec<FunctionCheck>,
            "a function check", nouns("function check", "function checks"),
            happened |f| vec![f.date];
        /// The runner's settings.
        Settings => SettingsRecord(Settings) at "achilles.settings",
            field settings: Settings,
            "your settings", nouns("settings record", "settings records"),
            happened |_| Vec::new();
        /// The runner's risk factors.
        Risk => RiskRecord(RiskProfile) at "achilles.risk",
            field risk: RiskProfile,
            "your risk factors", nouns("risk-factor list", "risk-factor lists"),
            happened |_| Vec::new();
        /// Clinician visits the runner recorded, oldest first.
        Visit(id: u64 = |v| v.id, order (NaiveDate, u64) = |v| (v.date, v.id))
            => Visits(ClinicianVisit) at "achilles.visit.",
            field visits: Vec<ClinicianVisit>,
            "a clinician visit you recorded", nouns("clinician visit", "clinician visits"),
            happened |v| vec![v.date];
        /// Heel-rise endurance tests, oldest first.
        HeelRise(id: u64 = |t| t.id, order (NaiveDate, u64) = |t| (t.date, t.id))
            => HeelRiseTests(HeelRiseTest) at "achilles.heel-rise.",
            field heel_rises: Vec<HeelRiseTest>,
            "a heel-rise test", nouns("heel-rise test", "heel-rise tests"),
            happened |t| vec![t.date];
        /// Rupture scores after a tear, oldest first.
        RuptureScore(id: u64 = |s| s.id, order (NaiveDate, u64) = |s| (s.date, s.id))
            => RuptureScores(RuptureScore) at "achilles.rupture-score.",
            field rupture_scores: Vec<RuptureScore>,
            "a rupture score", nouns("rupture score", "rupture scores"),
            happened |s| vec![s.date];
        }
    };
}
pub(crate) use record_table;

record_table!(records);

/// How a collection's items are listed: the id in their key (equal ids: the same record),
/// and the order the screens show (oldest first, ties by id).
pub trait Listed {
    type Id: PartialEq;
    type Order: Ord;
    fn id(&self) -> Self::Id;
    fn order(&self) -> Self::Order;
}

/// Puts `item` in place of the same record, keeping the list in order.
pub fn replace_sorted<T: Listed>(list: &mut Vec<T>, item: T) {
    let id = item.id();
    list.retain(|x| x.id() != id);
    list.push(item);
    sorting::sort_by_key(list, T::order);
}

impl Item {
    /// Decodes stored text and checks that it belongs under the key `kind` was parsed from:
    /// a run saved as `run.5` holding run 7 is refused, since, held as run 7, deleting it
    /// would remove `run.7` and it would come back. The one decoder for storage reads and
    /// backup imports alike.
    ///
    /// `kind` is the key already parsed (canonical spelling only), so comparing it with the
    /// record's own `StoredKey` needs no key formatted back: start-up reads thousands.
    pub fn decode_under(kind: StoredKey, raw: &str) -> Result<Item, Problem> {
        let item = Item::decode_raw(kind, raw)?;
        if item.stored_key() == kind {
            Ok(item)
        } else {
            Err(Problem::Corrupt(format!("its contents belong under {}, not under this key", item.key())))
        }
    }

    /// The key this value lives under.
    pub fn key(&self) -> String {
        self.stored_key().to_string()
    }
}
