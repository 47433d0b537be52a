//! Numbers as text with a fixed number of decimals, without the standard float formatter.
//!
//! `format!("{:.1}", x)` pulls in core's float-to-decimal code (Grisu and Dragon with their
//! tables, about 16 KB of wasm); a distance or a percentage only needs the value scaled,
//! rounded to an integer and printed as one. Rounding is half away from zero on the scaled
//! value, as a person rounds: 5.25 km shows as "5.3 km" where `{:.1}` prints "5.2" (it
//! rounds exact ties to even). Near a tie the two may also differ by one in the last digit,
//! since scaling rounds too; either is within half a unit of the value.

use std::fmt;

/// `value` with `decimals` digits after the point (at most 3), e.g. `Fixed(2.345, 2)` is
/// "2.35" and `Fixed(80.0, 0)` is "80". Infinite or NaN values print as "–".
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub u8);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fixed(value, decimals) = *self;
        let decimals = decimals.min(3);
        if !value.is_finite() {
            return f.write_str("–");
        }
        let scale = 10u64.pow(u32::from(decimals));
        // Saturating: a value past i64's range is not a distance the app can hold.
        let scaled = (value.abs() * scale as f64).round() as u64;
        let (whole, part) = (scaled / scale, scaled % scale);
        let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
        match decimals {
            0 => write!(f, "{sign}{whole}"),
            1 => write!(f, "{sign}{whole}.{part:01}"),
            2 => write!(f, "{sign}{whole}.{part:02}"),
            _ => write!(f, "{sign}{whole}.{part:03}"),
        }
    }
}

/// A decimal number as files write it ("-79.0931872185", "1609.34399414", "5020.4",
/// "1.5e3"), read by hand: Rust's float parser alone would add about 10 KB to the wasm.
/// The result is within a few units in the last place, far below any distance that
/// matters here. `None` for anything else, empty text included.
pub fn parse(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let mut value = 0.0f64;
    for b in whole.bytes().chain(fraction.bytes()) {
        value = value * 10.0 + f64::from(b - b'0');
    }
    let scale = exponent.checked_sub(i32::try_from(fraction.len()).ok()?)?;
    let value = if scale >= 0 { value * 10f64.powi(scale) } else { value / 10f64.powi(-scale) };
    value.is_finite().then_some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::{parse, Fixed};

    #[test]
    fn decimals_read_by_hand_match_rusts_parser() {
        for t in [
            "0",
            "5020.4",
            "-79.0931872185",
            "35.951880198",
            "1609.34399414",
            "+2.5",
            ".5",
            "7.",
            "1.5e3",
            "2E-2",
            "0.000001",
        ] {
            let (ours, std) = (parse(t).unwrap(), t.parse::<f64>().unwrap());
            assert!((ours - std).abs() <= std.abs() * 1e-15, "{t}: {ours} vs {std}");
        }
        for t in ["", "-", ".", "1.2.3", "1,5", "abc", "1e", "NaN", "inf", "1e999"] {
            assert_eq!(parse(t), None, "{t}");
        }
    }

    #[test]
    fn matches_the_standard_formatter_away_from_ties() {
        for (value, decimals, want) in [
            (0.0, 1, "0.0"),
            (21.1, 1, "21.1"),
            (21.0975, 2, "21.10"),
            (5.0, 2, "5.00"),
            (80.0, 0, "80"),
            (79.6, 0, "80"),
            (0.04, 1, "0.0"),
            (-1.26, 1, "-1.3"),
            (-0.01, 1, "0.0"),
            (1234.5678, 3, "1234.568"),
            (3.14159, 9, "3.142"),
        ] {
            assert_eq!(Fixed(value, decimals).to_string(), want, "{value} to {decimals}");
        }
    }

    #[test]
    fn ties_round_away_from_zero() {
        assert_eq!(Fixed(5.25, 1).to_string(), "5.3");
        assert_eq!(Fixed(0.5, 0).to_string(), "1");
        assert_eq!(Fixed(-2.5, 0).to_string(), "-3");
    }

    #[test]
    fn always_within_half_a_unit_and_at_most_one_unit_from_the_standard_formatter() {
        for i in 0..20_000u32 {
            let value = f64::from(i) * 0.0137 + 0.0003;
            for decimals in [0u8, 1, 2] {
                let unit = 10f64.powi(-i32::from(decimals));
                let ours: f64 = Fixed(value, decimals).to_string().parse().unwrap();
                let std: f64 = format!("{value:.*}", usize::from(decimals)).parse().unwrap();
                assert!((ours - value).abs() <= unit / 2.0 + 1e-9, "{value} to {decimals}: {ours}");
                assert!((ours - std).abs() <= unit + 1e-9, "{value} to {decimals}: {ours} vs {std}");
            }
        }
    }

    #[test]
    fn not_a_number_is_a_dash() {
        assert_eq!(Fixed(f64::NAN, 1).to_string(), "–");
        assert_eq!(Fixed(f64::INFINITY, 0).to_string(), "–");
    }
}
