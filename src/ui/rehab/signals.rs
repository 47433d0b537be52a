//! What the player does to the phone: a beep and a buzz at the end of a hold or a rest,
//! and keeping the screen awake while a session runs. Every call fails quietly where the
//! browser lacks the feature; the on-screen timer is always there.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A short tone and a vibration.
pub fn alert_end() {
    let _ = beep();
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().vibrate_with_duration(300);
    }
}

thread_local! {
    /// One audio context for the page: browsers cap how many may exist at once.
    static AUDIO: std::cell::RefCell<Option<web_sys::AudioContext>> = const { std::cell::RefCell::new(None) };
}

/// The metronome's short tick (the heel-rise test: one raise every two seconds).
pub fn tick() {
    let _ = tone(660.0, 0.08);
}

fn beep() -> Result<(), JsValue> {
    tone(880.0, 0.35)
}

fn tone(hertz: f32, seconds: f64) -> Result<(), JsValue> {
    let ctx = AUDIO.with(|a| -> Result<web_sys::AudioContext, JsValue> {
        let mut slot = a.borrow_mut();
        if slot.is_none() {
            *slot = Some(web_sys::AudioContext::new()?);
        }
        slot.clone().ok_or_else(|| JsValue::from_str("no audio"))
    })?;
    let osc = ctx.create_oscillator()?;
    let gain = ctx.create_gain()?;
    osc.set_type(web_sys::OscillatorType::Sine);
    osc.frequency().set_value(hertz);
    gain.gain().set_value(0.2);
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    let now = ctx.current_time();
    osc.start_with_when(now)?;
    osc.stop_with_when(now + seconds)?;
    Ok(())
}

/// Asks for a screen wake lock (`navigator.wakeLock.request("screen")`) and returns its
/// sentinel, to release later. Reached through `Reflect` because
/// web-sys exposes the Wake Lock API only behind an unstable flag.
pub async fn keep_screen_on() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let lock = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")).ok()?;
    if lock.is_undefined() {
        return None;
    }
    let request: js_sys::Function = js_sys::Reflect::get(&lock, &JsValue::from_str("request")).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = request.call1(&lock, &JsValue::from_str("screen")).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Lets the screen sleep again.
pub fn release(sentinel: &JsValue) {
    if let Ok(release) = js_sys::Reflect::get(sentinel, &JsValue::from_str("release")) {
        if let Ok(f) = release.dyn_into::<js_sys::Function>() {
            let _ = f.call0(sentinel);
        }
    }
}
