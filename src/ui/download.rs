//! Saving text to a file on the user's device, without any network: a Blob, an object
//! URL and a temporary link. Failures are ignored rather than thrown: the data stays in
//! the app either way.

use wasm_bindgen::JsCast;

/// Plain text (an unreadable record's raw content).
pub fn download_text(file_name: &str, text: &str) {
    let _ = try_download(file_name, "text/plain;charset=utf-8", text);
}

/// Any text with its MIME type (CSV files).
pub fn download_text_as(file_name: &str, mime: &str, text: &str) {
    let _ = try_download(file_name, mime, text);
}

/// A JSON document (a backup).
pub fn download_json(file_name: &str, text: &str) {
    let _ = try_download(file_name, "application/json", text);
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
