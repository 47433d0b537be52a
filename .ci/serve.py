#!/usr/bin/env python3
"""Serve a built dist/ folder the way a static host would, on 127.0.0.1 only.

    python3 .ci/serve.py [--dir dist] [--port 8080] [--base /achilles/]

- .wasm as application/wasm and .webmanifest as application/manifest+json;
- an app route such as /check (no file extension, no such file) gets index.html, as a
  host's single-page fallback (404.html on GitHub Pages) would;
- with --base, the app is served under that sub-path and nothing outside it;
- sw.js and index.html are sent with no-cache, so a new build is seen at once;
- text and wasm are sent gzip-compressed when the browser accepts it, as static hosts
  (GitHub Pages, Netlify, any CDN) do, so download sizes and Lighthouse see real bytes.
"""

import argparse
import functools
import gzip
import http.server
import io
import os
import posixpath
import sys
from pathlib import Path

http.server.SimpleHTTPRequestHandler.extensions_map.update(
    {".wasm": "application/wasm", ".webmanifest": "application/manifest+json", ".js": "text/javascript"}
)


COMPRESSIBLE = (".html", ".js", ".wasm", ".css", ".svg", ".webmanifest", ".json")


class Handler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    # (path, mtime) -> gzip bytes: each file is compressed once per build.
    compressed = {}

    def send_head(self):
        path = self.translate_path(self.path)
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().send_head()
        stat = os.stat(path)
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

    def do_HEAD(self):
        self.do_GET()

    def end_headers(self):
        if self.path.endswith(("/", "index.html", "sw.js")):
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--base", default="/")
    args = parser.parse_args()
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
