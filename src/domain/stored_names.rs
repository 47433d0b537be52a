//! Enums stored by name: `"left"`, `"mid_portion"`, `"calf-raise-hold"`.
//!
//! `stored_enum!` declares such an enum with each variant's stored name written beside it,
//! and gives it `Serialize` and `Deserialize` through one shared reader (`variant_index`)
//! instead of serde's derive, which writes a reader per enum (issue 30: about 3 KB gzip of
//! the main module for the 35 enums). The stored format is serde's own for a unit variant,
//! a JSON string, so every file saved before reads the same: the backup and storage
//! fixtures prove it.

use serde::de::{Deserializer, Error, Visitor};

/// Declares an enum of unit variants stored by the names given, with its serde impls.
///
/// ```ignore
/// stored_enum! {
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Side { Left = "left", Right = "right" }
/// }
/// ```
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $stored:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$variant_meta])* $variant, )*
        }

        impl $name {
            /// Every variant, in the order of `STORED_NAMES`.
            const STORED: &'static [$name] = &[$($name::$variant),*];
            /// The name each variant is stored under.
            pub const STORED_NAMES: &'static [&'static str] = &[$($stored),*];

            /// The name this variant is stored under.
            #[allow(dead_code)]
            pub fn stored_name(self) -> &'static str {
                match self {
                    $($name::$variant => $stored,)*
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.stored_name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let index = $crate::domain::stored_names::variant_index(deserializer, $name::STORED_NAMES)?;
                $name::STORED.get(index).copied().ok_or_else(|| {
                    <D::Error as serde::de::Error>::custom(concat!("no such ", stringify!($name)))
                })
            }
        }
    };
}
pub(crate) use stored_enum;

/// Reads a stored name and gives its place in `names`; an unknown name is refused with
/// serde's own message ("unknown variant `x`, expected one of …"). Generic over the
/// deserializer only, so every enum shares one copy.
pub fn variant_index<'de, D: Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    struct Names(&'static [&'static str]);

    impl<'de> Visitor<'de> for Names {
        type Value = usize;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a name this app stores")
        }

        fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
            self.0.iter().position(|name| *name == value).ok_or_else(|| E::unknown_variant(value, self.0))
        }
    }

    deserializer.deserialize_str(Names(names))
}

#[cfg(test)]
mod tests {
    stored_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        enum Leg {
            Left = "left",
            /// A doc comment and a second attribute stay on their variant.
            #[allow(dead_code)]
            BothLegs = "both_legs",
        }
    }

    #[test]
    fn a_variant_is_stored_as_its_name_and_read_back() {
        assert_eq!(serde_json::to_string(&Leg::BothLegs).unwrap(), r#""both_legs""#);
        assert_eq!(serde_json::from_str::<Leg>(r#""left""#).unwrap(), Leg::Left);
        assert_eq!(serde_json::from_str::<Vec<Leg>>(r#"["both_legs","left"]"#).unwrap(), [Leg::BothLegs, Leg::Left]);
    }

    #[test]
    fn an_unknown_name_or_another_type_is_refused_as_serde_would() {
        let unknown = serde_json::from_str::<Leg>(r#""right""#).unwrap_err().to_string();
        assert!(unknown.starts_with("unknown variant `right`, expected `left` or `both_legs`"), "{unknown}");
        assert!(serde_json::from_str::<Leg>("3").is_err());
        assert!(serde_json::from_str::<Leg>(r#""Left""#).is_err(), "names are exact");
    }

    #[test]
    fn a_name_reads_as_a_map_key_too() {
        let map: std::collections::BTreeMap<Leg, u8> = serde_json::from_str(r#"{"both_legs":2}"#).unwrap();
        assert_eq!(map[&Leg::BothLegs], 2);
        assert_eq!(serde_json::to_string(&map).unwrap(), r#"{"both_legs":2}"#);
    }
}
