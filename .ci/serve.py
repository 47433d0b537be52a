#!/usr/bin/env python3
"""Serve a built dist/ folder the way a static host would, on 127.0.0.1 only.

    python3 .ci/serve.py [--dir dist] [--port 8080] [--base /achilles/]

- .wasm as application/wasm and .webmanifest as application/manifest+json;
- an app route such as /check (no file extension, no such file) gets index.html, as a
  host's single-page fallback (404.html on GitHub Pages) would;
- with --base, the app is served under that sub-path and nothing outside it;
- sw.js and index.html are sent with no-cache, so a new build is seen at once; trunk's
  content-hashed files (name-<16 hex>.ext, or any file in a folder so named) as immutable
  for a year, as a host should, so a browser never downloads one twice; a conditional request gets 304 with no body;
- with --log FILE, each response is appended to FILE as "status bytes path" (body bytes
  as sent, compressed), so tests can count what crosses the network, the service
  worker's requests included;
- text and wasm are sent gzip-compressed when the browser accepts it, as static hosts
  (GitHub Pages, Netlify, any CDN) do, so download sizes and Lighthouse see real bytes.
"""

import argparse
import functools
import gzip
import http.server
import io
import os
import email.utils
import posixpath
import re
import sys
import threading
from pathlib import Path

http.server.SimpleHTTPRequestHandler.extensions_map.update(
    {".wasm": "application/wasm", ".webmanifest": "application/manifest+json", ".js": "text/javascript"}
)


COMPRESSIBLE = (".html", ".js", ".wasm", ".css", ".svg", ".webmanifest", ".json")
HASHED = re.compile(r"-[0-9a-f]{16}(_bg)?\.[a-z]+$|(^|/)[a-z]+-[0-9a-f]{16}/")


class Handler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    log_file = None
    log_lock = threading.Lock()

    def record(self, status, size):
        if self.log_file:
            with self.log_lock, open(self.log_file, "a", encoding="utf-8") as log:
                log.write(f"{status} {size} {self.path}\n")

    def not_modified(self, stat):
        """304 when the browser's copy is current (If-Modified-Since), as hosts do."""
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            when = email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False
        if int(stat.st_mtime) > when:
            return False
        self.send_response(304)
        self.end_headers()
        self.record(304, 0)
        return True
    # (path, mtime) -> gzip bytes: each file is compressed once per build.
    compressed = {}

    def send_head(self):
        path = self.translate_path(self.path)
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().send_head()
        stat = os.stat(path)
        if self.not_modified(stat):
            return None
        body = self.compressed.get((path, stat.st_mtime_ns))
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=9, mtime=0)
            self.compressed[(path, stat.st_mtime_ns)] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
        self.end_headers()
        return io.BytesIO(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.base) and path + "/" != self.base:
            self.send_error(404, "outside the app's base path")
            return
        rel = path[len(self.base):] if path.startswith(self.base) else ""
        target = Path(self.directory) / rel.lstrip("/")
        if not target.exists() and "." not in posixpath.basename(rel):
            rel = "index.html"
        self.path = "/" + rel.lstrip("/")
        try:
            super().do_GET()
        except (BrokenPipeError, ConnectionResetError):
            # The browser hung up mid-response (a cancelled fetch): nothing to report.
            pass

    def copyfile(self, source, outputfile):
        """Sends a body and logs how many bytes it had (compressed or not)."""
        data = source.read()
        outputfile.write(data)
        self.record(200, len(data))

    def do_HEAD(self):
        self.do_GET()

    def end_headers(self):
        if self.path.endswith(("/", "index.html", "sw.js")):
            self.send_header("Cache-Control", "no-cache")
        elif HASHED.search(self.path):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--base", default="/")
    parser.add_argument("--log", default=None)
    args = parser.parse_args()
    Handler.log_file = args.log
    if not Path(args.dir, "index.html").is_file():
        sys.exit(f"serve: {args.dir}/index.html not found: build first (make dist)")
    Handler.base = "/" + args.base.strip("/") + "/" if args.base.strip("/") else "/"
    handler = functools.partial(Handler, directory=args.dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"Serving {args.dir} at http://127.0.0.1:{args.port}{Handler.base}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
