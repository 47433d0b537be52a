#!/usr/bin/env python3
"""The code's shape, as issue 17 set it: no Rust line over 120 characters, no function
(components included) over 80 lines, no source file over 450 lines. Prints each place
that breaks a limit and exits 1 if any does."""
import os
import re
import sys

ROOTS = ["src", "tests", "bench"]
MAX_LINE, MAX_FN, MAX_FILE = 120, 80, 450
FN = re.compile(r"^(\s*)(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def rust_files():
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d != "node_modules"]
            yield from (os.path.join(folder, f) for f in sorted(files) if f.endswith(".rs"))


def problems(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if path.startswith("src") and len(lines) > MAX_FILE:
        yield f"{path}: {len(lines)} lines (at most {MAX_FILE})"
    for i, line in enumerate(lines):
        if len(line) > MAX_LINE:
            yield f"{path}:{i + 1}: {len(line)} characters (at most {MAX_LINE})"
        m = FN.match(line)
        if not m or line.rstrip().endswith((";", "}")):
            continue
        # A function ends at the first line that closes it at its own indentation.
        end = next((j for j in range(i + 1, len(lines)) if lines[j] == m.group(1) + "}"), i)
        if end - i + 1 > MAX_FN:
            yield f"{path}:{i + 1}: fn {m.group(7)} is {end - i + 1} lines (at most {MAX_FN})"


found = [p for path in rust_files() for p in problems(path)]
print("\n".join(found) if found else "shape: lines, functions and files within their limits")
sys.exit(1 if found else 0)
