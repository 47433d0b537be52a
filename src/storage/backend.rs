//! Where the bytes live: a tiny key–value trait with two implementations, so the
//! envelope and migration logic above it is tested natively against memory.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why a read or write did not happen. Plain words, shown to the user as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// Storage is switched off (private mode, a blocked site setting) or absent.
    Unavailable(String),
    /// The browser refused the write, almost always because the quota is full.
    WriteRefused(String),
}

impl BackendError {
    /// The browser's own reason ("SecurityError", "QuotaExceededError").
    pub fn detail(&self) -> &str {
        match self {
            Self::Unavailable(why) | Self::WriteRefused(why) => why,
        }
    }
}

impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unavailable(why) => write!(f, "this browser is not letting the app keep data ({why})"),
            Self::WriteRefused(why) => {
                write!(f, "the browser refused to save, probably because its storage is full ({why})")
            }
        }
    }
}

/// Raw strings in, raw strings out: decoding is the caller's job, so a value that does
/// not decode is still there, byte for byte, to show and to download.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&self, key: &str) -> Result<(), BackendError>;
    /// Every key currently stored (any order).
    fn keys(&self) -> Result<Vec<String>, BackendError>;
    /// Every key with its text (any order): what start-up reads.
    fn entries(&self) -> Result<Vec<(String, String)>, BackendError> {
        entries_one_by_one(self)
    }
}

/// Each key, then its text.
fn entries_one_by_one(backend: &(impl Backend + ?Sized)) -> Result<Vec<(String, String)>, BackendError> {
    let mut entries = Vec::new();
    for key in backend.keys()? {
        if let Some(text) = backend.get(&key)? {
            entries.push((key, text));
        }
    }
    Ok(entries)
}

/// In memory: the native test backend, and the fallback when the browser keeps nothing.
/// Clones share the same contents, so a test can keep a handle on what a `Store` owns.
#[derive(Debug, Default, Clone)]
pub struct MemoryBackend {
    items: Rc<RefCell<BTreeMap<String, String>>>,
    /// Bytes (keys plus values) it may hold, as a browser's quota; `None`: no limit.
    quota: Rc<Cell<Option<usize>>>,
}

impl MemoryBackend {
    /// Limits the total size, as a browser's quota does. A write that would pass it fails
    /// and changes nothing.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.quota.set(bytes);
    }

    pub fn used_bytes(&self) -> usize {
        self.items.borrow().iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    pub fn contents(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        Ok(self.items.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        if let Some(quota) = self.quota.get() {
            let replaced = self.items.borrow().get(key).map_or(0, |old| key.len() + old.len());
            if self.used_bytes() - replaced + key.len() + value.len() > quota {
                return Err(BackendError::WriteRefused("QuotaExceededError".into()));
            }
        }
        self.items.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        Ok(self.items.borrow().keys().cloned().collect())
    }
}

/// Pairs up keys and values that arrive as one text, each separated by NUL. Stored JSON
/// never contains a raw NUL, so any mismatch (a damaged value holding one) gives `None`
/// and the caller reads key by key instead.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only in tests
pub(crate) fn split_pairs(text: &str, count: usize) -> Option<Vec<(String, String)>> {
    let parts = split_exact(text, 2 * count)?;
    Some(parts.chunks(2).map(|pair| (pair[0].to_string(), pair[1].to_string())).collect())
}

/// `text` split at NUL into exactly `count` parts (none from an empty text), or `None`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only in tests
pub(crate) fn split_exact(text: &str, count: usize) -> Option<Vec<&str>> {
    if count == 0 {
        return text.is_empty().then(Vec::new);
    }
    let parts: Vec<&str> = text.split('\0').collect();
    (parts.len() == count).then_some(parts)
}

/// The browser's localStorage. Compiled only for wasm: nothing else may touch it.
#[cfg(target_arch = "wasm32")]
pub mod browser {
    use super::{split_exact, split_pairs, Backend, BackendError};
    use gloo_storage::{LocalStorage, Storage};
    use wasm_bindgen::{JsCast, JsValue};

    /// The handle is fetched once: looking up `window.localStorage` per call cost two extra
    /// JS calls per record, thousands at start-up with years of data.
    pub struct LocalStorageBackend(web_sys::Storage);

    impl LocalStorageBackend {
        /// Checks that localStorage can actually be used before anything else touches it.
        /// gloo-storage's `raw()` throws when storage is blocked, and with `panic = "abort"`
        /// that would end the app; so the probe goes through web-sys and only a backend that
        /// passed it is ever handed out.
        pub fn open() -> Result<Self, BackendError> {
            let window = web_sys::window().ok_or_else(|| BackendError::Unavailable("no window".into()))?;
            match window.local_storage() {
                Ok(Some(storage)) => {
                    // Old private modes expose storage but refuse every write. A *full* store
                    // refuses writes too, yet it must still open, or the user's saved data
                    // would vanish from view: a quota error with data present means full.
                    const PROBE: &str = "achilles.probe";
                    match storage.set_item(PROBE, "1") {
                        Ok(()) => {
                            let _ = storage.remove_item(PROBE);
                            Ok(Self(LocalStorage::raw()))
                        }
                        Err(e) if describe(&e) == "QuotaExceededError" && storage.length().unwrap_or(0) > 0 => {
                            Ok(Self(LocalStorage::raw()))
                        }
                        Err(e) => Err(BackendError::Unavailable(describe(&e))),
                    }
                }
                Ok(None) => Err(BackendError::Unavailable("localStorage is missing".into())),
                Err(e) => Err(BackendError::Unavailable(describe(&e))),
            }
        }
    }

    impl Backend for LocalStorageBackend {
        fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
            self.0.get_item(key).map_err(|e| BackendError::Unavailable(describe(&e)))
        }
        fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
            self.0.set_item(key, value).map_err(|e| BackendError::WriteRefused(describe(&e)))
        }
        fn remove(&self, key: &str) -> Result<(), BackendError> {
            self.0.remove_item(key).map_err(|e| BackendError::Unavailable(describe(&e)))
        }
        /// The whole store in one text instead of two calls per record (7,000 with five
        /// years of data): `Object.entries(localStorage)`, flattened and joined by NUL, so
        /// nothing is escaped on the way. Should any step fail, the key-by-key read still works.
        fn entries(&self) -> Result<Vec<(String, String)>, BackendError> {
            match self.joined_entries() {
                Some(entries) => Ok(entries),
                None => super::entries_one_by_one(self),
            }
        }
        /// `Object.keys` in one text, as `entries` does; key by key should that fail.
        fn keys(&self) -> Result<Vec<String>, BackendError> {
            if let Some(keys) = self.joined_keys() {
                return Ok(keys);
            }
            let storage = &self.0;
            let count = storage.length().map_err(|e| BackendError::Unavailable(describe(&e)))?;
            Ok((0..count).filter_map(|i| storage.key(i).ok().flatten()).collect())
        }
    }

    impl LocalStorageBackend {
        /// `Object.<name>(localStorage)`, called through `Function::call1`, which turns a
        /// JS exception into an error.
        fn object_call(&self, name: &str) -> Option<js_sys::Array> {
            let object = js_sys::Reflect::get(&js_sys::global(), &"Object".into()).ok()?;
            let function: js_sys::Function = js_sys::Reflect::get(&object, &name.into()).ok()?.dyn_into().ok()?;
            function.call1(&object, &self.0).ok()?.dyn_into().ok()
        }

        fn joined_keys(&self) -> Option<Vec<String>> {
            let keys = self.object_call("keys")?;
            let text = keys.join("\0").as_string()?;
            split_exact(&text, keys.length() as usize).map(|parts| parts.into_iter().map(str::to_string).collect())
        }

        fn joined_entries(&self) -> Option<Vec<(String, String)>> {
            let pairs = self.object_call("entries")?;
            let text = pairs.flat(1).join("\0").as_string()?;
            split_pairs(&text, pairs.length() as usize)
        }
    }

    /// A DOMException's name ("QuotaExceededError", "SecurityError"), or its text.
    fn describe(e: &JsValue) -> String {
        js_sys_name(e).unwrap_or_else(|| format!("{e:?}"))
    }

    fn js_sys_name(e: &JsValue) -> Option<String> {
        e.dyn_ref::<web_sys::DomException>().map(|d| d.name())
    }
}

#[cfg(test)]
mod tests {
    use super::{split_exact, split_pairs};

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(k, x)| (k.to_string(), x.to_string())).collect()
    }

    #[test]
    fn joined_entries_pair_up_in_order() {
        let text = "achilles.b\0{\"x\":1}\0achilles.a\0\0c\0é";
        assert_eq!(split_pairs(text, 3), Some(pairs(&[("achilles.b", r#"{"x":1}"#), ("achilles.a", ""), ("c", "é")])));
        assert_eq!(split_pairs("", 0), Some(Vec::new()));
    }

    #[test]
    fn a_stray_separator_means_read_key_by_key() {
        // A damaged value holding a NUL: the parts no longer pair up with the count.
        assert_eq!(split_pairs("a\0x\0y\0b\0z", 2), None);
        assert_eq!(split_pairs("a\0x", 2), None);
        assert_eq!(split_pairs("x", 0), None);
        // The same for keys alone: a key holding a NUL makes one part too many.
        assert_eq!(split_exact("a\0b\0c", 2), None);
    }

    #[test]
    fn joined_keys_split_into_exactly_their_count() {
        assert_eq!(split_exact("achilles.a\0\0é", 3), Some(vec!["achilles.a", "", "é"]));
        // One key that is the empty string, and no keys at all.
        assert_eq!(split_exact("", 1), Some(vec![""]));
        assert_eq!(split_exact("", 0), Some(vec![]));
    }
}

impl std::error::Error for BackendError {}
