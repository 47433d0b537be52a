#!/usr/bin/env python3
"""Trunk post_build hook: stamp the build and write the service worker's precache list.

Runs in trunk's staging folder ($TRUNK_STAGING_DIR), after trunk has written every
hashed file and before it moves them to dist/. It:
1. lists every file staged (hashed js/wasm/css, the split wasm modules, wasm-bindgen
   snippets, manifest, index.html, the favicons; not the icons only installing uses) as
   URLs relative to the app's root, so nothing is kept by hand;
2. derives the build id from the content of every staged file and the release label, so any
   change to any file gives a new service-worker cache, and nothing else does;
3. writes into index.html the build id, the release label ($APP_RELEASE, else
   `git describe`, else "dev"), and the CSP hash of the inline loader script;
4. writes the build id and the list into sw.js;
5. copies the stamped index.html to 404.html, so a static host without a single-page
   fallback (GitHub Pages) still opens the app at a deep link such as /check.
Before all that it names the folder of split wasm modules that .ci/wasm-split.sh staged
(wasm/) after a hash of its content (wasm-<16 hex>/), as trunk does for each file it hashes,
and writes that name into index.html's loader and preload links: every file in it may then
be cached for good under its URL, and a new build never mixes with an old one's modules.
"""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

WORKER = "sw.js"
FALLBACK = "404.html"
WASM_DIR = "wasm"
# Icons only the browser's install and the home screen use, fetched when installing (online)
# and kept by the system from then on: the app never needs them offline, so they are left
# out of the precache, 43 KB of a first visit's download.
INSTALL_ONLY = re.compile(r"icons/(icon-192|icon-512|icon-maskable-512|apple-touch-icon)\.png")
LOADER = re.compile(r"<script type=\"module\"[^>]*>(.*?)</script>", re.S)


def fail(message):
    print(f"precache: {message}", file=sys.stderr)
    sys.exit(1)


def release_label():
    label = os.environ.get("APP_RELEASE", "").strip()
    if label:
        return label
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "dev"


def hash_wasm_dir(root):
    """Renames the staged wasm/ folder to wasm-<hash of its files>/ and returns that name."""
    folder = root / WASM_DIR
    if not folder.is_dir():
        fail(f"{WASM_DIR}/ was not staged: did the wasm-split build hook run?")
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    name = f"{WASM_DIR}-{digest.hexdigest()[:16]}"
    folder.rename(root / name)
    return name


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging or not Path(staging).is_dir():
        fail("TRUNK_STAGING_DIR is not set: run this as trunk's post_build hook")
    root = Path(staging)
    index = root / "index.html"
    worker = root / WORKER
    if not index.is_file() or not worker.is_file():
        fail(f"index.html or {WORKER} missing from {root}")

    wasm_dir = hash_wasm_dir(root)
    staged = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name not in (WORKER, FALLBACK))
    if not any(f.endswith(".wasm") for f in staged):
        fail("no .wasm file was staged")
    files = [f for f in staged if not INSTALL_ONLY.fullmatch(f)]

    release = release_label()
    digest = hashlib.sha256(release.encode())
    for name in staged:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    build_id = digest.hexdigest()[:16]

    html = index.read_text(encoding="utf-8")
    if "__WASM_DIR__" not in html:
        fail("__WASM_DIR__ missing from index.html")
    html = html.replace("__WASM_DIR__", wasm_dir)
    loaders = LOADER.findall(html)
    if len(loaders) != 1:
        fail(f"expected exactly one inline module loader in index.html, found {len(loaders)}")
    loader_hash = base64.b64encode(hashlib.sha256(loaders[0].encode("utf-8")).digest()).decode()
    for placeholder in ("__LOADER_HASH__", "__APP_BUILD__", "__APP_RELEASE__"):
        if placeholder not in html:
            fail(f"{placeholder} missing from index.html")
    html = (
        html.replace("__LOADER_HASH__", f"'sha256-{loader_hash}'")
        .replace("__APP_BUILD__", build_id)
        .replace("__APP_RELEASE__", release.replace('"', ""))
    )
    index.write_text(html, encoding="utf-8")
    (root / FALLBACK).write_text(html, encoding="utf-8")

    script = worker.read_text(encoding="utf-8")
    for placeholder in ("__BUILD_ID__", "__PRECACHE_LIST__"):
        if placeholder not in script:
            fail(f"{placeholder} missing from {WORKER}")
    script = script.replace("__BUILD_ID__", build_id).replace("__PRECACHE_LIST__", json.dumps(files, indent=2))
    worker.write_text(script, encoding="utf-8")
    print(f"precache: build {build_id} ({release}), {len(files)} files")


if __name__ == "__main__":
    main()
