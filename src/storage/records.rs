//! Every kind of stored record: its key, its schema, and one enum over all of them.
//!
//! Adding a record kind means adding it here (a schema, a `StoredKey` variant and an `Item`
//! variant); the compiler then points at every match that must handle it, and backup,
//! restore and other-tab updates follow without further code.

use chrono::NaiveDate;

use super::{decode, Collection, Migration, Problem, Record, SaveError, Schema, Store};
use crate::domain::checkin::CheckIn;
use crate::domain::checks::HeelCheck;
use crate::domain::function_score::FunctionCheck;
use crate::domain::journal::Settings;
use crate::domain::loading_gate::ClinicianVisit;
use crate::domain::player::Player;
use crate::domain::programme::Programme;
use crate::domain::questionnaire::Draft;
use crate::domain::return_to_run::RunLadder;
use crate::domain::risk::RiskProfile;
use crate::domain::runs::RunEntry;
use crate::domain::sessions::SessionLog;
use crate::domain::strength::HeelRiseTest;

macro_rules! schema {
    ($name:ident, $data:ty, $label:expr) => {
        pub struct $name;
        impl Schema for $name {
            const LABEL: &'static str = $label;
            const MIGRATIONS: &'static [Migration] = &[];
            type Data = $data;
        }
    };
}

schema!(Checks, HeelCheck, "a saved heel check");
schema!(CheckDraft, Draft, "the heel check you were filling in");
schema!(Sessions, SessionLog, "a logged exercise session");
schema!(CheckIns, CheckIn, "a morning check-in");
schema!(ProgrammeRecord, Programme, "your exercise programme");
schema!(PlayerRecord, Player, "the session you were in the middle of");
schema!(LadderRecord, RunLadder, "your return-to-running progress");
schema!(RuptureCleared, u64, "your note that a clinician ruled out a tear");
schema!(Runs, RunEntry, "a logged run");
schema!(FunctionChecks, FunctionCheck, "a function check");
schema!(SettingsRecord, Settings, "your settings");
schema!(RiskRecord, RiskProfile, "your risk factors");
schema!(Visits, ClinicianVisit, "a clinician visit you recorded");
schema!(HeelRiseTests, HeelRiseTest, "a heel-rise test");

impl Collection for Checks {
    const PREFIX: &'static str = "achilles.check.";
    fn suffix(item: &HeelCheck) -> String {
        item.id.to_string()
    }
}
impl Collection for Sessions {
    const PREFIX: &'static str = "achilles.session.";
    fn suffix(item: &SessionLog) -> String {
        item.id.to_string()
    }
}
impl Collection for Runs {
    const PREFIX: &'static str = "achilles.run.";
    fn suffix(item: &RunEntry) -> String {
        item.id.to_string()
    }
}
impl Collection for FunctionChecks {
    const PREFIX: &'static str = "achilles.function.";
    fn suffix(item: &FunctionCheck) -> String {
        item.id.to_string()
    }
}
impl Collection for Visits {
    const PREFIX: &'static str = "achilles.visit.";
    fn suffix(item: &ClinicianVisit) -> String {
        item.id.to_string()
    }
}
impl Collection for HeelRiseTests {
    const PREFIX: &'static str = "achilles.heel-rise.";
    fn suffix(item: &HeelRiseTest) -> String {
        item.id.to_string()
    }
}
impl Record for SettingsRecord {
    const KEY: &'static str = "achilles.settings";
}
impl Record for RiskRecord {
    const KEY: &'static str = "achilles.risk";
}
/// One check-in per local date: the date is the key, so a second one that day replaces it.
impl Collection for CheckIns {
    const PREFIX: &'static str = "achilles.checkin.";
    fn suffix(item: &CheckIn) -> String {
        item.date.to_string()
    }
}
impl Record for CheckDraft {
    const KEY: &'static str = "achilles.check-draft";
}
impl Record for ProgrammeRecord {
    const KEY: &'static str = "achilles.programme";
}
impl Record for PlayerRecord {
    const KEY: &'static str = "achilles.player";
}
impl Record for LadderRecord {
    const KEY: &'static str = "achilles.run-ladder";
}
impl Record for RuptureCleared {
    const KEY: &'static str = "achilles.rupture-cleared";
}

// Keys are read only in their canonical spelling, as the app writes them: "007" would
// alias "7". Both checks run on every key at start-up (thousands with years of data), so
// they test the characters instead of formatting the number or date back to compare.

/// An id as `u64`'s `to_string` writes it: digits only, no leading zero.
fn canonical_id(s: &str) -> Option<u64> {
    let digits = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if digits {
        s.parse().ok()
    } else {
        None
    }
}

/// A date as `NaiveDate`'s `to_string` writes it: `YYYY-MM-DD` for years 0 to 9999, and a
/// signed year beyond those (checked the slow way: no app writes one).
fn canonical_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let plain = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if plain {
        let number = |range: std::ops::Range<usize>| b[range].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
        return NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10));
    }
    s.parse::<NaiveDate>().ok().filter(|d| d.to_string() == s)
}

/// What an `achilles.*` key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredKey {
    CheckDraft,
    Check(u64),
    Session(u64),
    CheckIn(NaiveDate),
    Programme,
    Player,
    Ladder,
    RuptureCleared,
    Run(u64),
    FunctionCheck(u64),
    Settings,
    Risk,
    Visit(u64),
    HeelRise(u64),
}

impl StoredKey {
    pub fn parse(key: &str) -> Option<StoredKey> {
        let single = [
            (CheckDraft::KEY, StoredKey::CheckDraft),
            (ProgrammeRecord::KEY, StoredKey::Programme),
            (PlayerRecord::KEY, StoredKey::Player),
            (LadderRecord::KEY, StoredKey::Ladder),
            (RuptureCleared::KEY, StoredKey::RuptureCleared),
            (SettingsRecord::KEY, StoredKey::Settings),
            (RiskRecord::KEY, StoredKey::Risk),
        ];
        if let Some((_, kind)) = single.iter().find(|(k, _)| *k == key) {
            return Some(*kind);
        }
        if let Some(s) = key.strip_prefix(Checks::PREFIX) {
            return canonical_id(s).map(StoredKey::Check);
        }
        if let Some(s) = key.strip_prefix(Sessions::PREFIX) {
            return canonical_id(s).map(StoredKey::Session);
        }
        if let Some(s) = key.strip_prefix(Runs::PREFIX) {
            return canonical_id(s).map(StoredKey::Run);
        }
        if let Some(s) = key.strip_prefix(FunctionChecks::PREFIX) {
            return canonical_id(s).map(StoredKey::FunctionCheck);
        }
        if let Some(s) = key.strip_prefix(Visits::PREFIX) {
            return canonical_id(s).map(StoredKey::Visit);
        }
        if let Some(s) = key.strip_prefix(HeelRiseTests::PREFIX) {
            return canonical_id(s).map(StoredKey::HeelRise);
        }
        if let Some(s) = key.strip_prefix(CheckIns::PREFIX) {
            return canonical_date(s).map(StoredKey::CheckIn);
        }
        None
    }

    pub fn label(self) -> &'static str {
        match self {
            StoredKey::CheckDraft => CheckDraft::LABEL,
            StoredKey::Check(_) => Checks::LABEL,
            StoredKey::Session(_) => Sessions::LABEL,
            StoredKey::CheckIn(_) => CheckIns::LABEL,
            StoredKey::Programme => ProgrammeRecord::LABEL,
            StoredKey::Player => PlayerRecord::LABEL,
            StoredKey::Ladder => LadderRecord::LABEL,
            StoredKey::RuptureCleared => RuptureCleared::LABEL,
            StoredKey::Run(_) => Runs::LABEL,
            StoredKey::FunctionCheck(_) => FunctionChecks::LABEL,
            StoredKey::Settings => SettingsRecord::LABEL,
            StoredKey::Risk => RiskRecord::LABEL,
            StoredKey::Visit(_) => Visits::LABEL,
            StoredKey::HeelRise(_) => HeelRiseTests::LABEL,
        }
    }
}

/// Any stored value, decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    CheckDraft(Draft),
    Check(HeelCheck),
    Session(SessionLog),
    CheckIn(CheckIn),
    Programme(Programme),
    Player(Player),
    Ladder(RunLadder),
    RuptureCleared(u64),
    Run(RunEntry),
    FunctionCheck(FunctionCheck),
    Settings(Settings),
    Risk(RiskProfile),
    Visit(ClinicianVisit),
    HeelRise(HeelRiseTest),
}

impl Item {
    /// Decodes stored text into the record its key names.
    pub fn decode_raw(kind: StoredKey, raw: &str) -> Result<Item, Problem> {
        Ok(match kind {
            StoredKey::CheckDraft => Item::CheckDraft(decode::<CheckDraft>(raw)?),
            StoredKey::Check(_) => Item::Check(decode::<Checks>(raw)?),
            StoredKey::Session(_) => Item::Session(decode::<Sessions>(raw)?),
            StoredKey::CheckIn(_) => Item::CheckIn(decode::<CheckIns>(raw)?),
            StoredKey::Programme => Item::Programme(decode::<ProgrammeRecord>(raw)?),
            StoredKey::Player => Item::Player(decode::<PlayerRecord>(raw)?),
            StoredKey::Ladder => Item::Ladder(decode::<LadderRecord>(raw)?),
            StoredKey::RuptureCleared => Item::RuptureCleared(decode::<RuptureCleared>(raw)?),
            StoredKey::Run(_) => Item::Run(decode::<Runs>(raw)?),
            StoredKey::FunctionCheck(_) => Item::FunctionCheck(decode::<FunctionChecks>(raw)?),
            StoredKey::Settings => Item::Settings(decode::<SettingsRecord>(raw)?),
            StoredKey::Risk => Item::Risk(decode::<RiskRecord>(raw)?),
            StoredKey::Visit(_) => Item::Visit(decode::<Visits>(raw)?),
            StoredKey::HeelRise(_) => Item::HeelRise(decode::<HeelRiseTests>(raw)?),
        })
    }

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

    /// The key this value lives under, as parsed (no text formatted).
    pub fn stored_key(&self) -> StoredKey {
        match self {
            Item::CheckDraft(_) => StoredKey::CheckDraft,
            Item::Check(c) => StoredKey::Check(c.id),
            Item::Session(s) => StoredKey::Session(s.id),
            Item::CheckIn(c) => StoredKey::CheckIn(c.date),
            Item::Programme(_) => StoredKey::Programme,
            Item::Player(_) => StoredKey::Player,
            Item::Ladder(_) => StoredKey::Ladder,
            Item::RuptureCleared(_) => StoredKey::RuptureCleared,
            Item::Run(r) => StoredKey::Run(r.id),
            Item::FunctionCheck(f) => StoredKey::FunctionCheck(f.id),
            Item::Settings(_) => StoredKey::Settings,
            Item::Risk(_) => StoredKey::Risk,
            Item::Visit(v) => StoredKey::Visit(v.id),
            Item::HeelRise(t) => StoredKey::HeelRise(t.id),
        }
    }

    /// What a person calls one and several of this kind, for counts ("3 runs").
    pub fn noun(&self) -> (&'static str, &'static str) {
        match self {
            Item::CheckDraft(_) => {
                ("heel check in progress (used only if there is none here)", "heel checks in progress")
            }
            Item::Check(_) => ("heel check", "heel checks"),
            Item::Session(_) => ("exercise session", "exercise sessions"),
            Item::CheckIn(_) => ("morning check-in", "morning check-ins"),
            Item::Programme(_) => ("exercise programme", "exercise programmes"),
            Item::Player(_) => ("guided session in progress", "guided sessions in progress"),
            Item::Ladder(_) => ("return-to-running record", "return-to-running records"),
            Item::RuptureCleared(_) => {
                ("note that a clinician ruled out a tear", "notes that a clinician ruled out a tear")
            }
            Item::Run(_) => ("run", "runs"),
            Item::FunctionCheck(_) => ("function check", "function checks"),
            Item::Settings(_) => ("settings record", "settings records"),
            Item::Risk(_) => ("risk-factor list", "risk-factor lists"),
            Item::Visit(_) => ("clinician visit", "clinician visits"),
            Item::HeelRise(_) => ("heel-rise test", "heel-rise tests"),
        }
    }

    /// The days this record says something happened on (a check, a run, a visit…): none
    /// may be after tomorrow (`domain::limits::happened`). Plans and settings have none.
    pub fn happened_on(&self) -> Vec<NaiveDate> {
        match self {
            Item::Check(c) => vec![c.date],
            Item::Session(s) => vec![s.date],
            Item::CheckIn(c) => vec![c.date],
            Item::Run(r) => vec![r.date],
            Item::FunctionCheck(f) => vec![f.date],
            Item::Visit(v) => vec![v.date],
            Item::HeelRise(t) => vec![t.date],
            Item::Programme(p) => vec![p.started_on],
            Item::Ladder(l) => l.runs.iter().map(|r| r.date).collect(),
            Item::CheckDraft(_) | Item::Player(_) | Item::RuptureCleared(_) | Item::Settings(_) | Item::Risk(_) => {
                Vec::new()
            }
        }
    }

    /// The key this value lives under.
    pub fn key(&self) -> String {
        match self {
            Item::CheckDraft(_) => CheckDraft::KEY.into(),
            Item::Check(c) => Checks::key_of(c),
            Item::Session(s) => Sessions::key_of(s),
            Item::CheckIn(c) => CheckIns::key_of(c),
            Item::Programme(_) => ProgrammeRecord::KEY.into(),
            Item::Player(_) => PlayerRecord::KEY.into(),
            Item::Ladder(_) => LadderRecord::KEY.into(),
            Item::RuptureCleared(_) => RuptureCleared::KEY.into(),
            Item::Run(r) => Runs::key_of(r),
            Item::FunctionCheck(f) => FunctionChecks::key_of(f),
            Item::Settings(_) => SettingsRecord::KEY.into(),
            Item::Risk(_) => RiskRecord::KEY.into(),
            Item::Visit(v) => Visits::key_of(v),
            Item::HeelRise(t) => HeelRiseTests::key_of(t),
        }
    }

    pub(super) fn save(&self, store: &Store) -> Result<(), SaveError> {
        let key = self.key();
        match self {
            Item::CheckDraft(d) => store.write::<CheckDraft>(&key, d),
            Item::Check(c) => store.write::<Checks>(&key, c),
            Item::Session(s) => store.write::<Sessions>(&key, s),
            Item::CheckIn(c) => store.write::<CheckIns>(&key, c),
            Item::Programme(p) => store.write::<ProgrammeRecord>(&key, p),
            Item::Player(p) => store.write::<PlayerRecord>(&key, p),
            Item::Ladder(l) => store.write::<LadderRecord>(&key, l),
            Item::RuptureCleared(id) => store.write::<RuptureCleared>(&key, id),
            Item::Run(r) => store.write::<Runs>(&key, r),
            Item::FunctionCheck(f) => store.write::<FunctionChecks>(&key, f),
            Item::Settings(x) => store.write::<SettingsRecord>(&key, x),
            Item::Risk(r) => store.write::<RiskRecord>(&key, r),
            Item::Visit(v) => store.write::<Visits>(&key, v),
            Item::HeelRise(t) => store.write::<HeelRiseTests>(&key, t),
        }
    }
}
