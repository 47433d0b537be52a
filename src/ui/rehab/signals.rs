//! What the player does to the phone: speaks each change and sounds the last three seconds
//! before it, buzzes, and keeps the screen awake while a session runs. Every call fails
//! quietly where the browser lacks the feature; the on-screen timer is always there.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A change of stage: a long tone, a buzz, and the words (`speak` is false when the runner
/// chose quiet sessions: the buzz only).
pub fn announce_change(words: &str, speak: bool) {
    vibrate(300);
    if speak {
        let _ = beep();
        say(words);
    }
}

/// One of the last three seconds before a change: a short tick, a short buzz and its number.
pub fn announce_countdown(number: &str, speak: bool) {
    vibrate(60);
    if speak {
        let _ = tick_tone();
        say(number);
    }
}

fn vibrate(ms: u32) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().vibrate_with_duration(ms);
    }
}

/// Speaks `text` with the system voice, where the browser has one, dropping anything still
/// queued so a cue is never heard late.
fn say(text: &str) {
    let Some(window) = web_sys::window() else { return };
    let has = js_sys::Reflect::has(&window, &JsValue::from_str("speechSynthesis")).unwrap_or(false);
    if !has {
        return;
    }
    let Ok(voice) = window.speech_synthesis() else { return };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return };
    utterance.set_rate(1.05);
    voice.cancel();
    voice.speak(&utterance);
}

thread_local! {
    /// One audio context for the page: browsers cap how many may exist at once.
    static AUDIO: std::cell::RefCell<Option<web_sys::AudioContext>> = const { std::cell::RefCell::new(None) };
}

/// The metronome's short tick (the heel-rise test: one raise every two seconds).
pub fn tick() {
    let _ = tick_tone();
}

fn tick_tone() -> Result<(), JsValue> {
    tone(660.0, 0.08)
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
