// `make bench`: start-up, growth and Lighthouse, in headless Chromium against the release
// build served on 127.0.0.1, plus the byte sizes and the native domain timings; prints one
// table and writes it to bench/results.md.
//
// Environment (all set by the Makefile): DIST (release build), DATASET (the five-year
// journal as localStorage keys → text, from `cargo run --example five-years`), DOMAIN (the
// native bench's table), RUNS (runs per figure, default 10), OUT (the results file).
//
// Each start-up figure is navigation start → the `achilles:today-ready` performance mark,
// which the app sets once Today has rendered with the runner's data (src/ui/startup_mark.rs).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { CHROMIUM, serve, untilControlled } from "../tests/e2e/browser.js";
import { bytesTables, measureFiles, measureVisit } from "./bytes.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const DIST = path.resolve(process.env.DIST ?? path.join(root, "dist"));
const DATASET = process.env.DATASET;
const RUNS = Number(process.env.RUNS ?? 10);
const OUT = process.env.OUT ?? path.join(here, "results.md");
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROME_PATH ?? CHROMIUM.executablePath;
const MARK = "achilles:today-ready";

if (!DATASET || !fs.existsSync(DATASET)) {
  console.error("DATASET must name the five-year journal file (make bench writes it)");
  process.exit(2);
}
const fiveYears = JSON.parse(fs.readFileSync(DATASET, "utf8"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;
const log = (...a) => console.error(...a);

/** A fresh profile (no cache, no service worker) with `journal` (or nothing) in localStorage. */
async function freshPage(browser, journal) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  page.on("pageerror", (e) => log("page error:", e.message));
  // Written from another document of the origin, so the measured load does not pay for
  // writing it; then a pause, so the browser's commit of 1 MB of writes does not compete
  // with the load. Empty runs take the same detour, so both start equally warm.
  await page.goto(BASE + "manifest.webmanifest");
  if (journal) {
    await page.evaluate((records) => {
      for (const [key, text] of Object.entries(records)) localStorage.setItem(key, text);
    }, journal);
  }
  await page.waitForTimeout(1500);
  return { context, page };
}

async function startupMark(page) {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    MARK,
    { timeout: 60_000 },
  );
  return handle.jsonValue();
}

/**
 * One start-up, measured.
 * - "cold": the first load over the network, nothing cached and no service worker: a first
 *   visit, or (with data) the first start after clearing the cache.
 * - "online": a returning user: the service worker in control, the network up.
 * - "offline": the same with the network cut: everything from the service worker's cache.
 */
async function startup(browser, journal, mode) {
  const { context, page } = await freshPage(browser, journal);
  await page.goto(BASE);
  if (mode !== "cold") {
    await startupMark(page);
    await untilControlled(page);
    if (mode === "offline") await context.setOffline(true);
    await page.reload();
  }
  const t = await startupMark(page);
  await context.close();
  return t;
}

/** Time from pressing "Save the check-in" on Today to the saved check-in replacing the form. */
async function saveCheckIn(browser, journal) {
  const { context, page } = await freshPage(browser, journal);
  await page.goto(BASE);
  await startupMark(page);
  await page.getByRole("radio", { name: "15 min" }).first().check();
  const t = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const form = document.querySelector("form.checkin");
        const start = performance.now();
        const done = () => !document.body.contains(form);
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        form.requestSubmit();
        if (done()) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      }),
  );
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("achilles.checkin.")).length);
  await context.close();
  return { t, saved };
}

async function repeat(label, n, f) {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(await f());
  log(`${label}: ${xs.map((x) => x.toFixed(1)).join(", ")}`);
  return median(xs);
}

/** Size of the five-year journal in localStorage, as the browser counts it. */
async function storedSize(browser) {
  const { context, page } = await freshPage(browser, fiveYears);
  const size = await page.evaluate(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      units += key.length + localStorage.getItem(key).length;
    }
    return { records: localStorage.length, units };
  });
  await context.close();
  return size;
}

/**
 * Lighthouse's mobile run (slow 4G and a 4× slower CPU), `n` times. `method` is "simulate"
 * (the default: an unthrottled load, then a model of the throttled one) or "devtools" (the
 * load itself is throttled).
 */
function lighthouse(n, method) {
  const bin = path.join(here, "node_modules/.bin/lighthouse");
  const runs = [];
  for (let i = 0; i < n; i++) {
    const out = path.join(os.tmpdir(), `achilles-lighthouse-${process.pid}-${i}.json`);
    const run = spawnSync(
      bin,
      [
        BASE, "--quiet", "--output=json", `--output-path=${out}`, `--throttling-method=${method}`,
        "--only-categories=performance,accessibility",
        `--chrome-flags=--headless=new ${CHROMIUM.args.join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr}`);
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    fs.rmSync(out);
    const audit = (id) => report.audits[id]?.numericValue ?? NaN;
    runs.push({
      perf: report.categories.performance.score,
      a11y: report.categories.accessibility.score,
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      tti: audit("interactive"),
      cls: audit("cumulative-layout-shift"),
    });
    log(`lighthouse (${method}) ${i + 1}: ${JSON.stringify(runs[i])}`);
  }
  const mid = (key) => median(runs.map((r) => r[key]));
  const scores = runs.map((r) => r.perf);
  return {
    ...Object.fromEntries(Object.keys(runs[0]).map((k) => [k, mid(k)])),
    perfRange: [Math.min(...scores), Math.max(...scores)],
  };
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const chrome = spawnSync(CHROME, ["--version"], { encoding: "utf8" }).stdout.trim();
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}; ${chrome}; node ${process.version}`;
}

const STARTUP_LABELS = {
  cold: "first load: network, nothing cached, no service worker yet",
  online: "returning, online: service worker in control",
  offline: "returning, offline: everything from the service worker",
};

const LIGHTHOUSE_LABELS = {
  simulate: "simulated throttling (Lighthouse's default)",
  devtools: "applied throttling (`--throttling-method=devtools`)",
};

const ok = (pass) => (pass ? "holds" : "**misses**");

async function main() {
  const server = await serve(DIST, PORT);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM.args });
  try {
    log(`bench: ${RUNS} runs per figure against ${DIST}`);
    const modes = ["cold", "online", "offline"];
    const startups = {};
    for (const mode of modes) {
      // Empty and five-year runs alternate, so a busy moment on the machine hits both alike.
      const empty = [];
      const full = [];
      for (let i = 0; i < RUNS; i++) {
        empty.push(await startup(browser, null, mode));
        full.push(await startup(browser, fiveYears, mode));
      }
      log(`start-up ${mode}, empty: ${empty.map((x) => x.toFixed(1)).join(", ")}`);
      log(`start-up ${mode}, 5 years: ${full.map((x) => x.toFixed(1)).join(", ")}`);
      startups[mode] = { empty: median(empty), fiveYears: median(full) };
    }
    const saves = { empty: [], fiveYears: [] };
    const saveEmpty = await repeat("save check-in, empty", RUNS, async () => {
      const r = await saveCheckIn(browser, null);
      saves.empty.push(r.saved);
      return r.t;
    });
    const save5y = await repeat("save check-in, 5 years", RUNS, async () => {
      const r = await saveCheckIn(browser, fiveYears);
      saves.fiveYears.push(r.saved);
      return r.t;
    });
    // The save must really have happened, or the timing means nothing.
    const before = Object.keys(fiveYears).filter((k) => k.startsWith("achilles.checkin.")).length;
    if (saves.empty.some((n) => n !== 1)) throw new Error(`empty store: expected 1 check-in saved, found ${saves.empty}`);
    if (saves.fiveYears.some((n) => n !== before + 1))
      throw new Error(`5 years: expected ${before + 1} check-ins after saving, found ${saves.fiveYears}`);
    const stored = await storedSize(browser);
    await browser.close();

    const lighthouses = { simulate: lighthouse(RUNS, "simulate"), devtools: lighthouse(RUNS, "devtools") };
    const bytes = bytesTables(await measureVisit(DIST), measureFiles(DIST));
    const domain = process.env.DOMAIN && fs.existsSync(process.env.DOMAIN) ? fs.readFileSync(process.env.DOMAIN, "utf8").trim() : "(native bench not run)";

    const saveRatio = save5y / saveEmpty;
    const storedBytes = stored.units * 2;
    const table = [
      `# Benchmark results`,
      ``,
      `Run on ${new Date().toISOString().slice(0, 10)} by \`make bench\`; machine: ${machine()}.`,
      `Each browser figure is the median of ${RUNS} runs in headless Chromium against the release build on 127.0.0.1`,
      `(no network or CPU throttling; Lighthouse applies its own mobile throttling).`,
      ``,
      bytes,
      ``,
      `| Start-up: navigation → Today interactive (\`${MARK}\`) | empty storage | 5 years of data | ratio (budget ≤ 1.25) |`,
      `|---|---:|---:|---:|`,
      ...modes.map((mode) => {
        const { empty, fiveYears: full } = startups[mode];
        const ratio = full / empty;
        return `| ${STARTUP_LABELS[mode]} | ${ms(empty)} | ${ms(full)} | ${ratio.toFixed(2)} (${ok(ratio <= 1.25)}) |`;
      }),
      ``,
      `| Growth | empty storage | 5 years of data | ratio (budget ≤ 2) |`,
      `|---|---:|---:|---:|`,
      `| save one check-in on Today (submit → form replaced) | ${saveEmpty.toFixed(1)} ms | ${save5y.toFixed(1)} ms | ${saveRatio.toFixed(2)} (${ok(saveRatio <= 2)}) |`,
      ``,
      `| Five-year journal in localStorage | records | characters | bytes (UTF-16) | of the ~5 MB quota | budget ≤ 1.5 MB |`,
      `|---|---:|---:|---:|---:|---:|`,
      `| daily check-ins, 4–5 runs a week, sessions, monthly function checks, 12 heel checks | ${stored.records} | ${stored.units.toLocaleString("en")} | ${(storedBytes / 2 ** 20).toFixed(2)} MB | ${((storedBytes / (5 * 2 ** 20)) * 100).toFixed(0)}% | ${ok(storedBytes <= 1.5 * 2 ** 20)} |`,
      ``,
      `| Lighthouse 12, mobile (median of ${RUNS}) | performance (range) | accessibility | first paint | largest paint | blocking | interactive |`,
      `|---|---:|---:|---:|---:|---:|---:|`,
      ...Object.entries(lighthouses).map(([method, lh]) =>
        `| ${LIGHTHOUSE_LABELS[method]} | ${lh.perf.toFixed(2)} (${lh.perfRange.map((x) => x.toFixed(2)).join("–")}) | ${lh.a11y.toFixed(2)} |` +
          ` ${ms(lh.fcp)} | ${ms(lh.lcp)} | ${ms(lh.tbt)} | ${ms(lh.tti)} |`,
      ),
      ``,
      `Budget: performance ≥ 0.95 ${ok(lighthouses.simulate.perf >= 0.95)} with simulated throttling and` +
        ` ${ok(lighthouses.devtools.perf >= 0.95)} with applied throttling; accessibility 1.00` +
        ` ${ok(lighthouses.simulate.a11y >= 1 && lighthouses.devtools.a11y >= 1)}.` +
        ` The first paint is the loading text in index.html; the app is usable at "interactive".` +
        ` Simulated throttling models the slow load from an unthrottled one, in which the app usually mounts before` +
        ` the loading text has painted; the app's own text then counts as the largest paint, at its modelled time.`,
      ``,
      domain,
      ``,
    ].join("\n");
    // The hand-written findings (what was measured, changed and tried) follow the table.
    const findings = fs.readFileSync(path.join(here, "findings.md"), "utf8");
    fs.writeFileSync(OUT, `${table}\n${findings}`);
    console.log(table);
    console.log(`(written to ${path.relative(process.cwd(), OUT)})`);
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
