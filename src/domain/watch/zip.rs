//! The directory of a zip file (PKWARE APPNOTE 6.3, sections 4.3.7, 4.3.12 and 4.3.16):
//! which files it holds and where each one's bytes are. Inflating them is left to the
//! browser's `DecompressionStream("deflate-raw")`, so no decompressor is in the wasm.

use super::Fault;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Stored,
    Deflated,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub method: Method,
    /// Where the entry's (compressed) bytes are in the zip.
    pub start: usize,
    pub end: usize,
    pub size: usize,
}

/// `len` bytes at `at`, if the file has them (offsets come from the file, so they are
/// checked, overflow included, on a 32-bit wasm too).
fn slice(b: &[u8], at: usize, len: usize) -> Result<&[u8], Fault> {
    at.checked_add(len).and_then(|end| b.get(at..end)).ok_or(Fault::Damaged)
}

fn u16_at(b: &[u8], at: usize) -> Result<usize, Fault> {
    let s = slice(b, at, 2)?;
    Ok(usize::from(u16::from_le_bytes([s[0], s[1]])))
}

fn u32_at(b: &[u8], at: usize) -> Result<usize, Fault> {
    let s = slice(b, at, 4)?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

pub fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The zip's files, folders left out. Entries in a method other than stored or deflate,
/// or needing zip64, are left out too: a Strava export uses neither.
pub fn entries(bytes: &[u8]) -> Result<Vec<Entry>, Fault> {
    // The end-of-central-directory record is the last 22 bytes, or earlier by a comment.
    let earliest = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (earliest..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .ok_or(if looks_like_zip(bytes) { Fault::Damaged } else { Fault::Unreadable })?;
    let count = u16_at(bytes, eocd + 10)?;
    let mut at = u32_at(bytes, eocd + 16)?;
    let mut out = Vec::new();
    for _ in 0..count {
        if slice(bytes, at, 4)? != b"PK\x01\x02" {
            return Err(Fault::Damaged);
        }
        let method = u16_at(bytes, at + 10)?;
        let (compressed, size) = (u32_at(bytes, at + 20)?, u32_at(bytes, at + 24)?);
        let (name_len, extra, comment) = (u16_at(bytes, at + 28)?, u16_at(bytes, at + 30)?, u16_at(bytes, at + 32)?);
        let local = u32_at(bytes, at + 42)?;
        let name = slice(bytes, at.checked_add(46).ok_or(Fault::Damaged)?, name_len)?;
        let name = String::from_utf8_lossy(name).into_owned();
        at = at.checked_add(46 + name_len + extra + comment).ok_or(Fault::Damaged)?;
        let method = match method {
            0 => Method::Stored,
            8 => Method::Deflated,
            _ => continue,
        };
        if name.ends_with('/') || compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
            continue;
        }
        if slice(bytes, local, 4)? != b"PK\x03\x04" {
            return Err(Fault::Damaged);
        }
        let header = 30 + u16_at(bytes, local + 26)? + u16_at(bytes, local + 28)?;
        let start = local.checked_add(header).ok_or(Fault::Damaged)?;
        let end = start.checked_add(compressed).filter(|&e| e <= bytes.len()).ok_or(Fault::Damaged)?;
        out.push(Entry { name, method, start, end, size });
    }
    Ok(out)
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A zip of stored files, as `zip -0` writes it.
    pub fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in files {
            let offset = out.len() as u32;
            let head = |sig: &[u8], central: bool| {
                let mut h = sig.to_vec();
                if central {
                    h.extend([20, 0]);
                }
                h.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
                h.extend((data.len() as u32).to_le_bytes());
                h.extend((data.len() as u32).to_le_bytes());
                h.extend((name.len() as u16).to_le_bytes());
                h.extend([0, 0]);
                if central {
                    h.extend([0u8; 10]);
                    h.extend(offset.to_le_bytes());
                }
                h.extend(name.as_bytes());
                h
            };
            out.extend(head(b"PK\x03\x04", false));
            out.extend(*data);
            central.extend(head(b"PK\x01\x02", true));
        }
        let at = out.len() as u32;
        out.extend(&central);
        out.extend(b"PK\x05\x06\0\0\0\0");
        out.extend((files.len() as u16).to_le_bytes());
        out.extend((files.len() as u16).to_le_bytes());
        out.extend((central.len() as u32).to_le_bytes());
        out.extend(at.to_le_bytes());
        out.extend([0, 0]);
        out
    }

    #[test]
    fn reads_the_directory_and_finds_each_file() {
        let zip = stored_zip(&[("activities.csv", b"a,b\n"), ("activities/", b""), ("activities/1.gpx", b"<gpx/>")]);
        let e = entries(&zip).unwrap();
        assert_eq!(e.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["activities.csv", "activities/1.gpx"]);
        assert_eq!(&zip[e[1].start..e[1].end], b"<gpx/>");
        assert_eq!(e[1].method, Method::Stored);
    }

    #[test]
    fn any_cut_or_flipped_byte_gives_an_answer() {
        let zip = stored_zip(&[("activities.csv", b"a,b\n1,2\n")]);
        for n in 0..zip.len() {
            let _ = entries(&zip[..n]);
            let mut flipped = zip.clone();
            flipped[n] ^= 0xFF;
            let _ = entries(&flipped);
        }
        assert_eq!(entries(b"not a zip"), Err(Fault::Unreadable));
    }
}
