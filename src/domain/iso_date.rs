//! Calendar dates as the app writes them (`NaiveDate`'s `Display`: `2026-11-23`, and a
//! signed year outside 0–9999), read by hand: chrono's general parser would add about
//! 11 KB to the wasm of the first visit, where every stored record's dates are read.

use chrono::NaiveDate;

/// `YYYY-MM-DD` (the year signed and longer beyond 0–9999); `None` for anything else,
/// an impossible day (30 February) included.
pub fn parse(text: &str) -> Option<NaiveDate> {
    // Bytes, not `str`: a cut inside a multi-byte character must not panic.
    let bytes = text.as_bytes();
    let (negative, rest) = match bytes.first()? {
        b'+' => (false, &bytes[1..]),
        b'-' => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    let (year, md) = rest.split_at(rest.len().checked_sub(6)?);
    if year.len() < 4 || md[0] != b'-' || md[3] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| -> Option<i32> {
        digits.iter().try_fold(0i32, |n, b| {
            if b.is_ascii_digit() {
                n.checked_mul(10)?.checked_add(i32::from(b - b'0'))
            } else {
                None
            }
        })
    };
    let year = number(year)?;
    let month = number(&md[1..3])?;
    let day = number(&md[4..6])?;
    NaiveDate::from_ymd_opt(if negative { -year } else { year }, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use chrono::NaiveDate;

    #[test]
    fn reads_every_date_as_written_and_nothing_else() {
        for text in
            ["2026-11-23", "1900-01-01", "2200-12-31", "0000-01-01", "9999-12-31", "-0001-12-31", "+10000-01-01"]
        {
            let day = parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(day.to_string(), text);
            assert_eq!(Some(day), text.parse::<NaiveDate>().ok());
        }
        for text in [
            "",
            "-",
            "+",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "2026-1-22",
            "2026-11-2",
            "26-11-22",
            "2026/11/22",
            "2026-11-22 ",
            " 2026-11-22",
            "20261122",
            "2026-11-22T00",
            "a026-11-22",
            "2026-1a-22",
            "+-2026-11-22",
            "99999999999-01-01",
            "２026-11-22",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_chrono_on_every_day_of_the_app_s_years() {
        let mut day = NaiveDate::from_ymd_opt(1899, 12, 1).unwrap();
        while day < NaiveDate::from_ymd_opt(2201, 2, 1).unwrap() {
            assert_eq!(parse(&day.to_string()), Some(day));
            day = day.succ_opt().unwrap();
        }
    }
}
