//! Numbers in the app's SVG (charts, exercise figures), written by `Fixed` to one decimal:
//! a float's own `Display` would bring core's float printing (Grisu and Dragon, about
//! 15 KB of wasm) into the app for coordinates no one reads past a tenth.

use crate::domain::decimal::Fixed;

/// A coordinate or length as an attribute's text ("92.0").
pub fn num(value: impl Into<f64>) -> String {
    Fixed(value.into(), 1).to_string()
}
