//! Enums stored by name: `"left"`, `"mid_portion"`, `"calf-raise-hold"`; and a struct
//! whose every field is optional, stored as an object of its fields (`stored_fields!`).
//!
//! `stored_enum!` declares such an enum with each variant's stored name written beside it,
//! and gives it `Serialize` and `Deserialize` through one shared reader (`variant_index`)
//! instead of serde's derive, which writes a reader per enum (issue 30: about 3 KB gzip of
//! the main module for the 35 enums). The stored format is serde's own for a unit variant,
//! a JSON string, so every file saved before reads the same: the backup and storage
//! fixtures prove it.

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};

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

/// Implements `Serialize` and `Deserialize` for a struct read as serde's
/// `#[serde(default, deny_unknown_fields)]` would read it: every field optional (the
/// struct's `Default` stands in), an unknown or repeated field refused. Fields are written
/// in the order given; `if_set` ones only when they differ from their default (serde's
/// `skip_serializing_if`), so records saved before a field existed export back byte for
/// byte. `via` reads a field through a newtype that checks it.
///
/// For the questionnaire's answers (67 fields): serde's derive wrote a field reader three
/// times over (by name, by bytes, by index) and a sequence reader no stored record uses;
/// here one reader finds the field by name for every struct (`next_field`) and each field
/// is a small function (issue 30).
macro_rules! stored_fields {
    (
        $name:ident {
            always: $($always:ident),* ;
            if_set: $($set:ident $(via $via:ident)?),* $(,)?
        }
    ) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                use $crate::domain::stored_names::is_default;
                // Every field named: one added to the struct and not here does not compile.
                let $name { $($always,)* $($set,)* } = self;
                let len = 0 $(+ { let _ = $always; 1 })* $(+ usize::from(!is_default($set)))*;
                let mut state = serializer.serialize_struct(stringify!($name), len)?;
                $(state.serialize_field(stringify!($always), $always)?;)*
                $(if !is_default($set) {
                    state.serialize_field(stringify!($set), $set)?;
                })*
                state.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$(stringify!($always),)* $(stringify!($set),)*];
                const _: () = assert!(NAMES.len() <= 128, "next_field marks fields in a u128");
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("the ", stringify!($name), " as an object"))
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        let read: &[fn(&mut $name, &mut A) -> Result<(), A::Error>] = &[
                            $(|out, map| { out.$always = map.next_value()?; Ok(()) },)*
                            $(|out, map| { out.$set = stored_fields!(@read map $($via)?); Ok(()) },)*
                        ];
                        let mut out = $name::default();
                        let mut seen = 0;
                        while let Some(i) = $crate::domain::stored_names::next_field(&mut map, NAMES, &mut seen)? {
                            if let Some(read) = read.get(i) {
                                read(&mut out, &mut map)?;
                            }
                        }
                        Ok(out)
                    }
                }
                deserializer.deserialize_struct(stringify!($name), NAMES, Fields)
            }
        }
    };
    (@read $map:ident) => { $map.next_value()? };
    (@read $map:ident $via:ident) => { $map.next_value::<$via>()?.0 };
}
pub(crate) use stored_fields;

/// Whether a value is its type's default (not written by `stored_fields!`'s `if_set`).
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The next field of an object, as its place in `names`; `None` at the object's end. A
/// field not in `names`, or one already `seen`, is refused with serde's own message.
pub fn next_field<'de, A: MapAccess<'de>>(
    map: &mut A,
    names: &'static [&'static str],
    seen: &mut u128,
) -> Result<Option<usize>, A::Error> {
    let Some(index) = map.next_key_seed(FieldName(names))? else { return Ok(None) };
    let bit = 1u128.checked_shl(u32::try_from(index).unwrap_or(u32::MAX)).unwrap_or(0);
    if *seen & bit != 0 {
        return Err(A::Error::duplicate_field(names.get(index).copied().unwrap_or("?")));
    }
    *seen |= bit;
    Ok(Some(index))
}

/// Reads one field's name as its place in the list of names.
struct FieldName(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldName {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldName {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<usize, E> {
        self.0.iter().position(|name| *name == value).ok_or_else(|| E::unknown_field(value, self.0))
    }
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

    #[derive(Debug, Default, PartialEq)]
    struct Note {
        leg: Option<Leg>,
        pain: u8,
        days: Option<u16>,
        flags: Vec<Leg>,
    }

    /// A day count checked as it is read.
    struct Days(Option<u16>);

    impl<'de> serde::Deserialize<'de> for Days {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            match <Option<u16> as serde::Deserialize>::deserialize(d)? {
                Some(n) if n > 99 => Err(serde::de::Error::custom("too many days")),
                days => Ok(Days(days)),
            }
        }
    }

    stored_fields! {
        Note {
            always: leg, pain;
            if_set: days via Days, flags,
        }
    }

    #[test]
    fn fields_are_written_in_order_and_defaults_of_if_set_ones_left_out() {
        assert_eq!(serde_json::to_string(&Note::default()).unwrap(), r#"{"leg":null,"pain":0}"#);
        let full = Note { leg: Some(Leg::Left), pain: 3, days: Some(4), flags: vec![Leg::BothLegs] };
        let text = serde_json::to_string(&full).unwrap();
        assert_eq!(text, r#"{"leg":"left","pain":3,"days":4,"flags":["both_legs"]}"#);
        assert_eq!(serde_json::from_str::<Note>(&text).unwrap(), full);
    }

    #[test]
    fn every_field_is_optional_but_unknown_repeated_or_unchecked_ones_are_refused() {
        assert_eq!(serde_json::from_str::<Note>("{}").unwrap(), Note::default());
        assert_eq!(serde_json::from_str::<Note>(r#"{"pain":2}"#).unwrap(), Note { pain: 2, ..Note::default() });
        let unknown = serde_json::from_str::<Note>(r#"{"pian":2}"#).unwrap_err().to_string();
        assert!(unknown.starts_with("unknown field `pian`, expected one of `leg`, `pain`"), "{unknown}");
        let twice = serde_json::from_str::<Note>(r#"{"pain":2,"pain":3}"#).unwrap_err().to_string();
        assert!(twice.starts_with("duplicate field `pain`"), "{twice}");
        assert!(serde_json::from_str::<Note>(r#"{"days":100}"#).unwrap_err().to_string().contains("too many days"));
        assert!(serde_json::from_str::<Note>(r#"{"pain":"a"}"#).is_err());
        assert!(serde_json::from_str::<Note>("[]").is_err());
    }
}
