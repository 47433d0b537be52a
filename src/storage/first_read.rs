//! Start-up's reads: everything at once, or first only what Today shows, each decoded into
//! one `Snapshot`.

use chrono::{NaiveDate, NaiveTime};

use super::backend::BackendError;
use super::records::{Snapshot, StoredKey};
use super::store::{decode_kind, Store};
use crate::domain::agenda;

/// Records as they are read, straight into their lists; `finish` puts the lists in order.
struct Loaded(Snapshot);

impl Loaded {
    /// Other apps' keys and unknown ones are not records of ours: they are skipped.
    fn decode(&mut self, key: &str, raw: String) {
        if let Some(kind) = StoredKey::parse(key) {
            self.decode_as(kind, key, raw);
        }
    }

    /// The same for a key already parsed.
    fn decode_as(&mut self, kind: StoredKey, key: &str, raw: String) {
        match decode_kind(kind, key, raw) {
            Ok(item) => self.0.add(item),
            Err(u) => self.0.unreadable.push(u),
        }
    }

    fn finish(mut self) -> Snapshot {
        self.0.sort();
        self.0
    }
}

/// The smallest id (the time saved, in ms since 1970) a record dated `day` or later can
/// have: midnight UTC of the day before, as the runner's local day may start up to 14
/// hours before UTC's.
fn saved_from(day: NaiveDate) -> u64 {
    let day_before = day.pred_opt().unwrap_or(day);
    u64::try_from(day_before.and_time(NaiveTime::MIN).and_utc().timestamp_millis()).unwrap_or(0)
}

impl Store {
    /// Every record the app owns, decoded, and every one that does not decode (in key
    /// order): start-up's single read of the whole store.
    pub fn load_everything(&self) -> Result<Snapshot, BackendError> {
        let entries = self.backend.entries()?;
        let mut loaded = Loaded(Snapshot::default());
        for (key, raw) in entries {
            loaded.decode(&key, raw);
        }
        Ok(loaded.finish())
    }

    /// What Today shows before its first paint, chosen from the keys alone so the years
    /// before are neither read nor decoded: every single-value record and heel check, and
    /// of the journals only the part Today reads (`domain::agenda`). `load_everything`
    /// follows straight after the first paint.
    ///
    /// Check-in keys carry their date. Sessions, runs and function checks carry the time
    /// they were saved, a day's slack covering time zones: sessions and function checks are
    /// dated the day they are saved, and a run on or before it, unless it was entered for a
    /// later day or moved later by an edit. Those few reach Today with the full read, one
    /// frame later.
    pub fn load_for_today(&self, today: NaiveDate) -> Result<Snapshot, BackendError> {
        let keys: Vec<(String, StoredKey)> =
            self.backend.keys()?.into_iter().filter_map(|key| StoredKey::parse(&key).map(|kind| (key, kind))).collect();
        let mut loaded = Loaded(Snapshot::default());
        let function_checks_from = saved_from(agenda::function_checks_read_from(today));
        self.read_into(
            &mut loaded,
            keys.iter().filter(|(_, kind)| match kind {
                StoredKey::FunctionCheck(id) => *id >= function_checks_from,
                StoredKey::Session(_) | StoredKey::Run(_) | StoredKey::CheckIn(_) => false,
                _ => true,
            }),
        )?;

        let sessions_from = saved_from(agenda::sessions_read_from(loaded.0.programme.as_ref(), today));
        self.read_into(
            &mut loaded,
            keys.iter().filter(|(_, kind)| matches!(kind, StoredKey::Session(id) if *id >= sessions_from)),
        )?;
        let checkins_from = agenda::checkins_read_from(loaded.0.programme.as_ref(), &loaded.0.sessions, today);
        let runs_from = saved_from(agenda::runs_read_from(today));
        self.read_into(
            &mut loaded,
            keys.iter().filter(|(_, kind)| match kind {
                StoredKey::CheckIn(date) => *date >= checkins_from,
                StoredKey::Run(id) => *id >= runs_from,
                _ => false,
            }),
        )?;
        Ok(loaded.finish())
    }

    /// Reads and decodes the given keys one by one (a key gone meanwhile is skipped).
    fn read_into<'a>(
        &self,
        loaded: &mut Loaded,
        keys: impl Iterator<Item = &'a (String, StoredKey)>,
    ) -> Result<(), BackendError> {
        for (key, kind) in keys {
            if let Some(raw) = self.backend.get(key)? {
                loaded.decode_as(*kind, key, raw);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::errors::Problem;
    use super::super::records::CheckDraft;
    use super::super::records::Item;
    use super::super::schema::Record;
    use super::super::store::tests::check;
    use super::*;
    use crate::domain::questionnaire::Draft;
    use crate::domain::sessions::SessionLog;

    #[test]
    fn a_bad_item_leaves_its_neighbours_usable() {
        let store = Store::in_memory();
        store.save_any(&Item::Check(check(1, Default::default()))).unwrap();
        store.save_any(&Item::Check(check(3, Default::default()))).unwrap();
        store.backend.set("achilles.check.2", r#"{"version":1,"data":{"id":2}}"#).unwrap();
        let Snapshot { checks: good, unreadable: bad, .. } = store.load_everything().unwrap();
        assert_eq!(good.iter().map(|c| c.id).collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].key, "achilles.check.2");
        assert_eq!(bad[0].label, "a saved heel check");
    }

    #[test]
    fn load_everything_decodes_ours_reports_the_damaged_and_skips_the_rest() {
        let store = Store::in_memory();
        store.save_any(&Item::Check(check(1, Default::default()))).unwrap();
        store.save_any(&Item::Check(check(4, Default::default()))).unwrap();
        store.backend.set("achilles.check.3", "{garbage").unwrap();
        store.backend.set("achilles.check.2", r#"{"version":99,"data":{}}"#).unwrap();
        store.backend.set("achilles.unknown-kind", "whatever").unwrap();
        store.backend.set("other-app.key", "not ours").unwrap();
        let Snapshot { checks, unreadable, .. } = store.load_everything().unwrap();
        let items: Vec<Item> = checks.into_iter().map(Item::Check).collect();
        let mut ids: Vec<u64> = items
            .iter()
            .map(|i| match i {
                Item::Check(c) => c.id,
                other => panic!("unexpected item {other:?}"),
            })
            .collect();
        ids.sort();
        assert_eq!(ids, vec![1, 4]);
        // Reported in key order, with their text kept byte for byte.
        let keys: Vec<&str> = unreadable.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, vec!["achilles.check.2", "achilles.check.3"]);
        assert!(matches!(unreadable[0].problem, Problem::TooNew { found: 99, .. }));
        assert_eq!(unreadable[1].raw, "{garbage");
    }

    #[test]
    fn load_for_today_reads_the_journal_from_where_today_looks_back() {
        use crate::domain::checkin::CheckIn;
        use crate::domain::function_score::{FunctionCheck, LoadingPain, Minutes, Sport};
        use crate::domain::pain::PainScore;
        use crate::domain::programme::Phase;
        use crate::domain::runs::easy_run;
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let today = day(2026, 11, 22);
        let ms = |date: NaiveDate| date.and_time(NaiveTime::MIN).and_utc().timestamp_millis() as u64;
        let checkin = |date| CheckIn { date, stiffness_minutes: 5, pain: PainScore::default(), note: String::new() };
        let session = |id| SessionLog {
            id,
            date: today,
            phase: Some(Phase::Load),
            after_tear: None,
            sets: vec![],
            pain_during: PainScore::default(),
            pain_after: PainScore::default(),
        };
        let store = Store::in_memory();
        // No programme: Today reads today's check-in and session, and five weeks of runs.
        store.save_any(&Item::CheckIn(checkin(today))).unwrap();
        store.save_any(&Item::CheckIn(checkin(day(2026, 11, 21)))).unwrap();
        // Saved from midnight UTC the day before today on (a day's slack for time zones).
        store.save_any(&Item::Session(session(ms(day(2026, 11, 21))))).unwrap();
        store.save_any(&Item::Session(session(ms(day(2026, 11, 21)) - 1))).unwrap();
        // Runs dated from 36 days before today, so saved from the day before that.
        let runs_from = ms(day(2026, 10, 16));
        store.save_any(&Item::Run(easy_run(runs_from, day(2026, 10, 17), 5000))).unwrap();
        store.save_any(&Item::Run(easy_run(runs_from - 1, day(2026, 10, 15), 5000))).unwrap();
        // Function checks from 13 days back (an older one leaves the next one due).
        let function_check = |id| FunctionCheck {
            id,
            date: today,
            scales: [5; 6],
            sport: Sport::ModifiedTraining,
            loading_pain: LoadingPain::ButICanFinish,
            loading_minutes: Minutes::UpTo10,
        };
        let functions_from = ms(day(2026, 11, 8));
        store.save_any(&Item::FunctionCheck(function_check(functions_from))).unwrap();
        store.save_any(&Item::FunctionCheck(function_check(functions_from - 1))).unwrap();
        // Heel checks, however old, and single records always.
        store.save_any(&Item::Check(check(1, Default::default()))).unwrap();
        store.save::<CheckDraft>(&Default::default()).unwrap();
        // A damaged record is reported when it is read: a recent run now, an old check-in later.
        store.backend.set(&format!("achilles.run.{}", ms(today)), "{garbage").unwrap();
        store.backend.set("achilles.checkin.2020-01-01", "{garbage").unwrap();
        store.backend.set("other-app.key", "not ours").unwrap();

        let first = store.load_for_today(today).unwrap();
        let unreadable = first.unreadable.clone();
        let mut keys: Vec<String> = first.into_items().iter().map(Item::key).collect();
        keys.sort();
        let mut expected = vec![
            "achilles.check.1".to_string(),
            CheckDraft::KEY.to_string(),
            format!("achilles.checkin.{today}"),
            format!("achilles.run.{runs_from}"),
            format!("achilles.function.{functions_from}"),
            format!("achilles.session.{}", ms(day(2026, 11, 21))),
        ];
        expected.sort();
        assert_eq!(keys, expected);
        let damaged: Vec<&str> = unreadable.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(damaged, vec![format!("achilles.run.{}", ms(today))]);
        // The full read that follows has everything.
        let everything = store.load_everything().unwrap();
        assert_eq!((everything.len(), everything.unreadable.len()), (10, 2));
    }

    #[test]
    fn load_everything_agrees_with_reading_key_by_key() {
        let store = Store::in_memory();
        for id in [5, 9, 2] {
            store.save_any(&Item::Check(check(id, Default::default()))).unwrap();
        }
        store.save::<CheckDraft>(&Draft::default()).unwrap();
        let mut everything = store.load_everything().unwrap().into_items();
        let mut one_by_one: Vec<Item> =
            store.user_keys().unwrap().iter().filter_map(|k| store.load_any(k).unwrap()).collect();
        everything.sort_by_key(Item::key);
        one_by_one.sort_by_key(Item::key);
        assert_eq!(everything, one_by_one);
    }
}
