// Bytes a user downloads on a first visit, counted as they cross the network.
//
// The release build (dist/) is served by .ci/serve.py, gzip-compressed as a static host
// would, and opened in headless Chromium with an empty cache. The server logs every
// response with the bytes of its body as sent, the service worker's own requests included
// (the browser's network events miss those). From that log:
// - critical path: everything sent before the service worker is registered. The app
//   registers it only after Today is on screen and the page has loaded, so this is what a
//   runner waits for before the app is usable;
// - whole first visit: everything sent until the worker controls the page, its precache
//   of every other screen's module included;
// - sent twice: any file whose body crossed the network more than once (must be none).
// The per-file table below it is the same files compressed here (gzip -9, brotli 11).
//
//   node bench/bytes.mjs DIST            print the tables
//   node bench/bytes.mjs DIST --check    also fail (exit 1) over a ceiling or on a file sent twice
//
// Needs Playwright (tests/e2e or bench node_modules) and /usr/bin/chromium: `make setup`.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

import { CHROMIUM, serve, untilControlled } from "../tests/e2e/browser.js";

// Issue 14's budget.
export const TARGET = { mainWasmGzip: 150 * 1024, criticalGzip: 175 * 1024, firstVisitGzip: 350 * 1024 };
// What `make test` enforces: the sizes measured with the split wasm, plus about 1%, so the
// app cannot grow unnoticed while the gap to the target is being closed (bench/results.md
// says where the bytes are). Lower them whenever the app shrinks. Measured at the split
// (issue 14): main module 273,108, critical path 295,560, whole first visit 549,301 bytes.
// Then, knowingly, the bottom tab bar (issue 16), part of the shell and so of the main
// module, and hands-free sessions and the More screen in their own modules: 277,118,
// 300,137 and 558,066 bytes. Then the articulated exercise figures (issue 16), in a module
// shared by the library and the session player, so only the whole visit grew: 565,112.
// Then importing watch files (issue 15): the readers and the preview in the journal's module
// (about 30 KB, with the float and date parsers written by hand to keep chrono's and std's
// out), and the run record's new fields in the main module: 279,348, 303,543 and 598,322.
// Then what came before a flare, on Trends (about 7.5 KB, journal module), and calendar
// reminders on More (about 8 KB, its module; ASCII lower case, as std's Unicode case tables
// alone cost 3.5 KB): 279,712, 303,932 and 613,926. Then files shared to the installed
// app (Web Share Target: the worker's receiving code and the run log reading its cache,
// about 3.5 KB in the journal's module): 280,096, 304,635 and 618,219. After the
// refactor of issue 17 (storage by job, read-only state, typed links): 280,199, 304,727
// and 617,304; with stored dates read by hand, 277,619, 302,148 and 617,025; with every
// component within 80 lines (small parts as plain functions, not components: a component
// costs about 50 bytes gzip more), 277,551, 302,079 and 617,594. Then the catalogue of
// look-alikes (issue 26: new questions, alerts and rules, the emergency numbers by country),
// paid for by merging the data segments after the split (main -8.7 KB, the rest -7.9 KB),
// telling a result's reasons only where a screen shows them (main -4 KB) and the app's own
// router in place of leptos_router and <Suspense> (issue 30's step, brought forward: main
// -40 KB): 240,271, 264,346 and 588,479.
export const CEILING = { mainWasmGzip: 242_500, criticalGzip: 267_000, firstVisitGzip: 594_500 };

const here = path.dirname(fileURLToPath(import.meta.url));
const MAIN_WASM = /(^|\/)wasm-[0-9a-f]{16}\/achilles_bg\.wasm$/;

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

/** The files a first visit downloads, read from the built service worker's precache list. */
export function firstVisitFiles(dist) {
  const sw = fs.readFileSync(path.join(dist, "sw.js"), "utf8");
  const list = sw.match(/const PRECACHE = (\[[\s\S]*?\]);/);
  if (!list) throw new Error(`no precache list in ${path.join(dist, "sw.js")}: was it built by trunk?`);
  return ["sw.js", ...JSON.parse(list[1])];
}

/** What kind of file a path is, for the per-file table. */
function kindOf(file) {
  if (MAIN_WASM.test(file)) return "wasm: main module (shell, Today)";
  if (file.endsWith(".wasm")) return "wasm: the other screens' modules";
  if (file.endsWith(".js")) return "js (loader, bindings, sw.js)";
  if (file.endsWith(".css")) return "css";
  if (file.endsWith(".html")) return "html";
  return "manifest and icons";
}

/** Each precached file's size, raw and compressed here, summed per kind. */
export function measureFiles(dist) {
  const kinds = new Map();
  for (const file of firstVisitFiles(dist)) {
    const body = fs.readFileSync(path.join(dist, file));
    const kind = kindOf(file);
    const row = kinds.get(kind) ?? { kind, files: 0, raw: 0, gzip: 0, brotli: 0 };
    row.files += 1;
    row.raw += body.length;
    row.gzip += gzip(body);
    row.brotli += brotli(body);
    kinds.set(kind, row);
  }
  return [...kinds.values()];
}

async function launchChromium() {
  for (const where of ["../tests/e2e/node_modules/playwright-core/index.mjs", "./node_modules/playwright-core/index.mjs"]) {
    const file = path.join(here, where);
    if (fs.existsSync(file)) return (await import(file)).chromium.launch(CHROMIUM);
  }
  throw new Error("Playwright is not installed: run `make setup`");
}

/** One first visit with an empty cache, counted at the server. */
export async function measureVisit(dist, port = Number(process.env.E2E_PORT ?? 4173) + 26) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "achilles-bytes-"));
  const log = path.join(dir, "responses.log");
  const host = await serve(path.resolve(dist), port, "/", log);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => performance.getEntriesByName("achilles:today-ready").length > 0);
    await untilControlled(page);
    // The log line of the last response is written as its body ends.
    await page.waitForTimeout(300);
  } finally {
    await browser.close();
    host.close();
  }
  const responses = fs
    .readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [status, bytes, url] = line.split(" ");
      return { status: Number(status), bytes: Number(bytes), file: new URL(url, "http://x/").pathname.slice(1) };
    });
  fs.rmSync(dir, { recursive: true, force: true });
  const registered = responses.findIndex((r) => r.file === "sw.js");
  if (registered < 0) throw new Error("the service worker was never registered");
  const sum = (list) => list.reduce((n, r) => n + r.bytes, 0);
  const critical = responses.slice(0, registered);
  const bodies = new Map();
  for (const r of responses.filter((r) => r.status === 200)) bodies.set(r.file, (bodies.get(r.file) ?? 0) + 1);
  return {
    critical: { responses: critical.length, bytes: sum(critical) },
    whole: { responses: responses.length, bytes: sum(responses) },
    mainWasm: responses.find((r) => MAIN_WASM.test(r.file))?.bytes ?? 0,
    sentTwice: [...bodies].filter(([, n]) => n > 1).map(([file]) => file),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function bytesTables(visit, files) {
  const ok = (have, want) => (have <= want ? "holds" : "**misses**");
  return [
    "| First visit, empty cache, counted at the server (gzip as sent) | responses | bytes | target |",
    "|---|---:|---:|---:|",
    `| main wasm module (shell and Today) | 1 | ${kb(visit.mainWasm)} | ≤ ${kb(TARGET.mainWasmGzip)} (${ok(visit.mainWasm, TARGET.mainWasmGzip)}) |`,
    `| critical path: until Today is usable (the worker registers after) | ${visit.critical.responses} | ${kb(visit.critical.bytes)} | ≤ ${kb(TARGET.criticalGzip)} (${ok(visit.critical.bytes, TARGET.criticalGzip)}) |`,
    `| whole first visit: until the worker, every screen precached, controls the page | ${visit.whole.responses} | ${kb(visit.whole.bytes)} | ≤ ${kb(TARGET.firstVisitGzip)} (${ok(visit.whole.bytes, TARGET.firstVisitGzip)}) |`,
    `| files sent twice | ${visit.sentTwice.length} | | none (${visit.sentTwice.length ? "**misses**" : "holds"}) |`,
    "",
    "| Files of the build (release) | files | raw | gzip | brotli |",
    "|---|---:|---:|---:|---:|",
    ...files.map((f) => `| ${f.kind} | ${f.files} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
  ].join("\n");
}

/** Problems against the enforced ceilings (empty when within them). */
export function overCeiling(visit) {
  const problems = [];
  const over = (what, have, ceiling) => have > ceiling && problems.push(`${what} is ${have} bytes gzip, over its ceiling of ${ceiling}`);
  over("the main wasm module", visit.mainWasm, CEILING.mainWasmGzip);
  over("the critical path", visit.critical.bytes, CEILING.criticalGzip);
  over("the whole first visit", visit.whole.bytes, CEILING.firstVisitGzip);
  if (visit.sentTwice.length) problems.push(`sent more than once: ${visit.sentTwice.join(", ")}`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, flag] = process.argv.slice(2);
  if (!dist) {
    console.error("usage: node bench/bytes.mjs DIST [--check]");
    process.exit(2);
  }
  const visit = await measureVisit(dist);
  console.log(bytesTables(visit, measureFiles(dist)));
  if (flag === "--check") {
    const problems = overCeiling(visit);
    if (problems.length) {
      console.error(`\nByte budget exceeded:\n- ${problems.join("\n- ")}`);
      process.exit(1);
    }
    console.log(
      `\nWithin the enforced ceilings: main wasm ≤ ${CEILING.mainWasmGzip}, critical path ≤ ${CEILING.criticalGzip},` +
        ` whole first visit ≤ ${CEILING.firstVisitGzip} bytes gzip; no file sent twice.`,
    );
  }
}
