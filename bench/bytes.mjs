// Bytes a user downloads, measured on a release build folder (dist/).
//
// A first visit downloads the page and, through the service worker's install, every file
// in its precache list; so "first visit" below is sw.js plus the precache list (index.html,
// js, wasm, css, manifest, icons). Sizes are gzip -9 and brotli 11, as a static host would
// send them.
//
//   node bench/bytes.mjs DIST            print the table
//   node bench/bytes.mjs DIST --check    also fail (exit 1) when a ceiling is exceeded
//
// Only node's standard library, so `make test` runs it without the bench's npm packages.

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

// Issue 7's budget. The wasm is far above it (see bench/results.md for why), so the check
// below enforces ceilings instead: the sizes measured when the check was introduced
// (wasm 425,828 and first visit 490,145 bytes gzip) plus about 1%, so the app cannot grow
// unnoticed while the gap to the target is being closed. Lower them whenever it shrinks.
//
// Raised once, knowingly, for the clinical-safety and nothing-lost work (issues 12, 13,
// 18): the triage's new questions, rules and alert variants, the loading gate with its
// clinician-visit and heel-rise records, and one set of limits on every way in grew the
// wasm from 428,707 to 473,153 bytes gzip (first visit 493,061 to 538,307), spread over
// many new screens (twiggy diff: no single item above 8 KB). The safety work was ranked
// ahead of bytes; the split wasm of issue 14 is what brings these down.
export const TARGET = { wasmGzip: 150 * 1024, firstVisitGzip: 200 * 1024 };
export const CEILING = { wasmGzip: 475_000, firstVisitGzip: 540_000 };

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

export function measureBytes(dist) {
  const wasmName = fs.readdirSync(dist).find((f) => f.endsWith(".wasm"));
  if (!wasmName) throw new Error(`no .wasm in ${dist}: run \`make dist\` first`);
  const wasm = fs.readFileSync(path.join(dist, wasmName));
  const files = firstVisitFiles(dist).map((f) => {
    const body = fs.readFileSync(path.join(dist, f));
    return { file: f, raw: body.length, gzip: gzip(body), brotli: brotli(body) };
  });
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return {
    wasm: { file: wasmName, raw: wasm.length, gzip: gzip(wasm), brotli: brotli(wasm) },
    firstVisit: { files: files.length, raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") },
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function bytesTable(b) {
  return [
    "| Bytes (release build) | raw | gzip | brotli | target (gzip) |",
    "|---|---:|---:|---:|---:|",
    `| wasm | ${kb(b.wasm.raw)} | ${kb(b.wasm.gzip)} | ${kb(b.wasm.brotli)} | ≤ ${kb(TARGET.wasmGzip)} |`,
    `| first visit: ${b.firstVisit.files} files (html, js, wasm, css, manifest, icons, sw.js) | ${kb(b.firstVisit.raw)} | ${kb(b.firstVisit.gzip)} | ${kb(b.firstVisit.brotli)} | ≤ ${kb(TARGET.firstVisitGzip)} |`,
  ].join("\n");
}

/** Problems against the enforced ceilings (empty when within them). */
export function overCeiling(b) {
  const problems = [];
  if (b.wasm.gzip > CEILING.wasmGzip)
    problems.push(`wasm is ${b.wasm.gzip} bytes gzip, over its ceiling of ${CEILING.wasmGzip}`);
  if (b.firstVisit.gzip > CEILING.firstVisitGzip)
    problems.push(`first visit is ${b.firstVisit.gzip} bytes gzip, over its ceiling of ${CEILING.firstVisitGzip}`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, flag] = process.argv.slice(2);
  if (!dist) {
    console.error("usage: node bench/bytes.mjs DIST [--check]");
    process.exit(2);
  }
  const b = measureBytes(dist);
  console.log(bytesTable(b));
  const gap = (have, want) => `${have - want > 0 ? "+" : ""}${have - want} bytes`;
  console.log(
    `\nAgainst issue 7's target: wasm gzip ${gap(b.wasm.gzip, TARGET.wasmGzip)}, first visit gzip ${gap(b.firstVisit.gzip, TARGET.firstVisitGzip)}.`,
  );
  if (flag === "--check") {
    const problems = overCeiling(b);
    if (problems.length) {
      console.error(`\nByte budget exceeded:\n- ${problems.join("\n- ")}`);
      process.exit(1);
    }
    console.log(`Within the enforced ceilings: wasm ≤ ${CEILING.wasmGzip}, first visit ≤ ${CEILING.firstVisitGzip} bytes gzip.`);
  }
}
