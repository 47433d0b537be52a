//! A small reader of Garmin's FIT format, for what a run log needs: each session's start,
//! sport, elapsed and timer time and distance, and the activity's local time for its date.
//!
//! Layout (FIT SDK, "FIT File Types" and "FIT Protocol", Garmin 2023): a 12- or 14-byte
//! header ending ".FIT", then records, then a CRC-16 of everything before it. A record is a
//! definition (which fields a local message type carries, in which byte order) or data for
//! a defined type; a compressed-timestamp header carries a 5-bit offset from the last full
//! timestamp. Developer fields are skipped by their declared sizes. Every read is checked:
//! any bytes give a result, never a panic.

use super::{Fault, Sport, Summary, When};

/// Seconds from the Unix epoch to FIT's (1989-12-31 00:00 UTC).
const FIT_EPOCH: i64 = 631_065_600;

/// Global message numbers and field numbers used here (FIT profile).
const FILE_ID: u16 = 0;
const SESSION: u16 = 18;
const ACTIVITY: u16 = 34;
const TIMESTAMP_FIELD: u8 = 253;
/// file_id.type: 4 is an activity.
const FILE_TYPE_ACTIVITY: u64 = 4;

/// What a FIT file holds.
#[derive(Debug, PartialEq)]
pub enum Contents {
    /// Each session, in file order.
    Sessions(Vec<(Sport, Summary)>),
    /// Not an activity: the file_id type's name ("weight", "monitoring").
    NotAnActivity(&'static str),
}

struct Field {
    number: u8,
    size: u8,
}

struct Definition {
    global: u16,
    big_endian: bool,
    fields: Vec<Field>,
    /// Total bytes of developer fields, skipped.
    developer_bytes: usize,
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Fault> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(Fault::Damaged)?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, Fault> {
        Ok(self.take(1)?[0])
    }
}

/// FIT's CRC-16 (FIT SDK, "CRC"): a nibble table over every byte.
pub fn crc(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01,
        0x8801, 0x4400,
    ];
    bytes.iter().fold(0u16, |crc, &b| {
        let crc = (crc >> 4) & 0x0FFF ^ TABLE[(crc & 0xF) as usize] ^ TABLE[(b & 0xF) as usize];
        (crc >> 4) & 0x0FFF ^ TABLE[(crc & 0xF) as usize] ^ TABLE[((b >> 4) & 0xF) as usize]
    })
}

/// An unsigned integer field of 1, 2 or 4 bytes; `None` for FIT's "invalid" value (all
/// bits set) or any other size.
fn unsigned(raw: &[u8], big_endian: bool) -> Option<u64> {
    let mut v: u64 = 0;
    match raw.len() {
        1 | 2 | 4 => {}
        _ => return None,
    }
    for i in 0..raw.len() {
        let b = if big_endian { raw[i] } else { raw[raw.len() - 1 - i] };
        v = v << 8 | u64::from(b);
    }
    let invalid = (1u64 << (8 * raw.len())) - 1;
    (v != invalid).then_some(v)
}

/// Is this a FIT file at all (its header says so)?
pub fn looks_like_fit(bytes: &[u8]) -> bool {
    bytes.len() >= 12 && &bytes[8..12] == b".FIT"
}

/// Reads a whole FIT file. A bad CRC, a truncated file or a record for an undefined local
/// type is `Fault::Damaged`: a run log would rather skip a file than guess at it.
pub fn read(bytes: &[u8]) -> Result<Contents, Fault> {
    if !looks_like_fit(bytes) {
        return Err(Fault::Unreadable);
    }
    let header = usize::from(bytes[0]);
    let data = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let end = header.checked_add(data).ok_or(Fault::Damaged)?;
    if header < 12 || end.checked_add(2).is_none_or(|e| e > bytes.len()) {
        return Err(Fault::Damaged);
    }
    if crc(&bytes[..end + 2]) != 0 {
        return Err(Fault::Damaged);
    }
    let mut cursor = Cursor { bytes: &bytes[..end], at: header };
    let mut definitions: [Option<Definition>; 16] = Default::default();
    let mut last_timestamp: Option<u64> = None;
    let mut file_type = None;
    let mut sessions = Vec::new();
    let mut local_offset: Option<i64> = None;
    while cursor.at < end {
        let head = cursor.byte()?;
        if head & 0x80 == 0 && head & 0x40 != 0 {
            definitions[usize::from(head & 0x0F)] = Some(definition(&mut cursor, head & 0x20 != 0)?);
            continue;
        }
        let (local, compressed) = if head & 0x80 != 0 {
            (usize::from((head >> 5) & 0x03), Some(u64::from(head & 0x1F)))
        } else {
            (usize::from(head & 0x0F), None)
        };
        let def = definitions[local].as_ref().ok_or(Fault::Damaged)?;
        let mut values: Vec<(u8, Option<u64>)> = Vec::with_capacity(def.fields.len());
        for f in &def.fields {
            let raw = cursor.take(usize::from(f.size))?;
            values.push((f.number, unsigned(raw, def.big_endian)));
        }
        cursor.take(def.developer_bytes)?;
        let get = |n: u8| values.iter().find(|(k, _)| *k == n).and_then(|(_, v)| *v);
        if let Some(ts) = get(TIMESTAMP_FIELD) {
            last_timestamp = Some(ts);
        } else if let (Some(offset), Some(last)) = (compressed, last_timestamp) {
            // A 5-bit rollover of the last full timestamp (FIT Protocol, "Compressed
            // Timestamp Header").
            let mut ts = (last & !0x1F) + offset;
            if offset < last & 0x1F {
                ts += 0x20;
            }
            last_timestamp = Some(ts);
        }
        match def.global {
            FILE_ID => file_type = get(0),
            ACTIVITY => {
                if let (Some(ts), Some(local)) = (get(TIMESTAMP_FIELD), get(5)) {
                    local_offset = Some(local as i64 - ts as i64);
                }
            }
            SESSION => sessions.push(session(&get)?),
            _ => {}
        }
    }
    match file_type {
        Some(FILE_TYPE_ACTIVITY) => {}
        Some(9) => return Ok(Contents::NotAnActivity("weight")),
        Some(15 | 28 | 32) => return Ok(Contents::NotAnActivity("monitoring")),
        Some(_) => return Ok(Contents::NotAnActivity("other")),
        None => return Err(Fault::Damaged),
    }
    Ok(Contents::Sessions(
        sessions
            .into_iter()
            .map(|(sport, mut s)| {
                // The activity message's local time states the zone the run was in; an
                // offset of more than 14 hours is not a zone, so it is ignored.
                s.start.offset_minutes = local_offset.filter(|o| o.abs() <= 14 * 3600).map(|o| (o / 60) as i32);
                (sport, s)
            })
            .collect(),
    ))
}

fn definition(cursor: &mut Cursor, developer: bool) -> Result<Definition, Fault> {
    let head = cursor.take(5)?;
    let big_endian = head[1] == 1;
    let global =
        if big_endian { u16::from_be_bytes([head[2], head[3]]) } else { u16::from_le_bytes([head[2], head[3]]) };
    let mut fields = Vec::with_capacity(usize::from(head[4]));
    for _ in 0..head[4] {
        let f = cursor.take(3)?;
        fields.push(Field { number: f[0], size: f[1] });
    }
    let mut developer_bytes = 0;
    if developer {
        for _ in 0..cursor.byte()? {
            developer_bytes += usize::from(cursor.take(3)?[1]);
        }
    }
    Ok(Definition { global, big_endian, fields, developer_bytes })
}

/// A session message: start_time (2), sport (5), total_elapsed_time (7) and
/// total_timer_time (8) in ms, total_distance (9) in cm.
fn session(get: &dyn Fn(u8) -> Option<u64>) -> Result<(Sport, Summary), Fault> {
    // start_time, or the session's end (its timestamp) less its elapsed time.
    let start = get(2)
        .or_else(|| Some(get(TIMESTAMP_FIELD)?.saturating_sub(get(7).unwrap_or(0) / 1000)))
        .ok_or(Fault::Damaged)?;
    let sport = match get(5) {
        Some(1) => Sport::Running,
        Some(2) => Sport::Cycling,
        Some(5) => Sport::Swimming,
        Some(11) => Sport::Walking,
        Some(17) => Sport::Hiking,
        _ => Sport::Other,
    };
    let summary = Summary {
        start: When { unix_millis: (FIT_EPOCH + start as i64) * 1000, offset_minutes: None },
        metres: get(9).map_or(0.0, |cm| cm as f64 / 100.0),
        elapsed_seconds: get(7).map_or(0.0, |ms| ms as f64 / 1000.0),
        moving_seconds: get(8).or(get(7)).map_or(0.0, |ms| ms as f64 / 1000.0),
    };
    Ok((sport, summary))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A FIT header for `data` bytes of records, and the file with its checksum.
    fn file(records: &[u8]) -> Vec<u8> {
        let mut f = vec![12, 0x10, 0, 0];
        f.extend((records.len() as u32).to_le_bytes());
        f.extend(b".FIT");
        f.extend(records);
        let crc = crc(&f);
        f.extend(crc.to_le_bytes());
        f
    }

    #[test]
    fn a_running_session_with_a_compressed_timestamp_after_it() {
        let mut r = vec![0x40, 0, 0, 0, 0, 1, 0, 1, 0]; // local 0 = file_id: type (u8)
        r.extend([0x00, 4]); // an activity
                             // local 1 = session: start_time, sport, elapsed, timer, distance.
        r.extend([0x41, 0, 0, 18, 0, 5, 2, 4, 0, 5, 1, 0, 7, 4, 0, 8, 4, 0, 9, 4, 0]);
        r.push(0x01);
        r.extend(1_000_000u32.to_le_bytes());
        r.push(1);
        r.extend(1_800_000u32.to_le_bytes());
        r.extend(1_700_000u32.to_le_bytes());
        r.extend(500_000u32.to_le_bytes());
        // A compressed-timestamp data message for local 1 (before a full timestamp: ignored).
        r.push(0x80 | (1 << 5) | 3);
        r.extend([0u8; 17]);
        let Ok(Contents::Sessions(s)) = read(&file(&r)) else { panic!("not read") };
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].0, Sport::Running);
        assert_eq!(s[0].1.metres, 5000.0);
        assert_eq!((s[0].1.elapsed_seconds, s[0].1.moving_seconds), (1800.0, 1700.0));
        assert_eq!(s[0].1.start.unix_millis, (FIT_EPOCH + 1_000_000) * 1000);
    }

    #[test]
    fn an_undefined_local_message_or_a_bad_checksum_is_damage() {
        let mut f = file(&[0x40, 0, 0, 0, 0, 1, 0, 1, 0, 0x00, 4]);
        assert!(read(&f).is_ok());
        assert_eq!(read(&file(&[0x03, 1, 2])), Err(Fault::Damaged));
        let last = f.len() - 1;
        f[last] ^= 1;
        assert_eq!(read(&f), Err(Fault::Damaged));
        assert_eq!(read(b"hello"), Err(Fault::Unreadable));
    }

    proptest! {
        #[test]
        fn any_records_give_an_answer(records in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read(&file(&records));
        }

        #[test]
        fn any_bytes_give_an_answer(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = read(&bytes);
            let _ = super::super::zip::entries(&bytes);
            let _ = super::super::strava::rows(&String::from_utf8_lossy(&bytes));
        }
    }
}
