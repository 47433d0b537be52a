//! What can go wrong with stored data, in the user's words (`Display`), as
//! `std::error::Error`s typed through to the screen that shows them.

use std::fmt;

use super::backend::BackendError;

/// What is wrong with a stored value that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not valid JSON, not an envelope, or data of the wrong shape.
    Corrupt(String),
    /// Written by a newer version of the app; this one must not touch it.
    TooNew { found: u32, supported: u32 },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Corrupt(detail) => f.write_str(detail),
            Problem::TooNew { found, supported } => {
                write!(f, "saved by a newer version of this app (format {found}; this one reads up to {supported})")
            }
        }
    }
}

impl std::error::Error for Problem {}

/// A stored value that could not be used, with its raw text kept for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub label: &'static str,
    pub raw: String,
    pub problem: Problem,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::Corrupt(detail) => {
                write!(f, "We could not read {} ({detail}). It has been left exactly as it was.", self.label)
            }
            Problem::TooNew { found, supported } => write!(
                f,
                "{} was saved by a newer version of this app (format {found}; this one reads up to {supported}). It is \
                kept read-only and will not be changed. Reload to get the new version.",
                capitalise(self.label)
            ),
        }
    }
}

impl std::error::Error for Unreadable {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.problem)
    }
}

/// Why a value was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Backend(BackendError),
    Unreadable(Unreadable),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Backend(e) => write!(f, "Could not read your data: {e}."),
            LoadError::Unreadable(u) => u.fmt(f),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Backend(e) => Some(e),
            LoadError::Unreadable(u) => Some(u),
        }
    }
}

/// Why a save did not happen. In every case the previous value is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    Backend(BackendError),
    /// The stored value is unreadable or newer: saving would destroy it.
    Protected(Unreadable),
    Encode(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Backend(e) => write!(f, "Not saved: {e}. Your earlier data is unchanged."),
            Self::Protected(u) => write!(f, "Not saved, to protect {}: {u}", u.label),
            Self::Encode(e) => write!(f, "Not saved: {e}. Your earlier data is unchanged."),
        }
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Backend(e) => Some(e),
            Self::Protected(u) => Some(u),
            Self::Encode(_) => None,
        }
    }
}

/// The app's own nouns are ASCII: the ASCII case change avoids the Unicode case tables
/// (24 KB of wasm).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect()).unwrap_or_default()
}
