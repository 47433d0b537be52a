#!/usr/bin/env python3
"""Merges a wasm module's data segments after the split and wasm-opt.

The link keeps every piece of static data in its own segment (`--no-merge-data-segments`)
so that the splitter can move each screen's text with its code; nothing merges them again
afterwards, and each segment costs a header of about eight bytes (issue 30: 2,263 segments,
about 18 KB in the main module). Here neighbouring active segments of memory 0 become one:

- in the main module, segments with a gap of at most --fill bytes between them, the gap
  filled with zeros: the main module is instantiated on fresh memory, so a zero written into
  a gap (another module's data, not yet loaded, or zero-initialised statics) changes nothing;
- in the modules loaded later (--fill 0), only segments that touch: their gaps may hold the
  main module's data, in use by then.

Passive segments (`memory.init` refers to them by index) are never touched: a module that
has any is left as it is. Before writing, the merged segments are checked to put exactly the
same bytes at the same addresses as the original ones (zeros in the filled gaps only).

Usage: merge-data.py --fill N module.wasm [module.wasm ...]   (rewrites each in place)
"""
import argparse
import sys

DATA, DATA_COUNT = 11, 12


def read_u32(buf, i):
    value, shift = 0, 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def read_s32(buf, i):
    value, shift = 0, 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if byte & 0x40:
                value -= 1 << shift
            return value, i


def u32(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def s32(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        done = (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40)
        out.append(byte if done else byte | 0x80)
        if done:
            return bytes(out)


def sections(buf):
    """(id, start of payload, end of payload) for each section after the header."""
    i = 8
    while i < len(buf):
        kind = buf[i]
        size, start = read_u32(buf, i + 1)
        yield kind, start, start + size
        i = start + size


def segments(payload):
    """The active segments of memory 0 as (offset, bytes), or None if any is not one."""
    count, i = read_u32(payload, 0)
    out = []
    for _ in range(count):
        flags, i = read_u32(payload, i)
        # Flags 0: active, memory 0, an offset expression of one i32.const.
        if flags != 0 or payload[i] != 0x41:
            return None
        offset, i = read_s32(payload, i + 1)
        if payload[i] != 0x0B:
            return None
        size, i = read_u32(payload, i + 1)
        out.append((offset, payload[i:i + size]))
        i += size
    if i != len(payload):
        raise ValueError("data section longer than its segments")
    return out


def merge(segs, fill):
    merged = []
    for offset, data in sorted(segs, key=lambda s: s[0]):
        if merged:
            last_offset, last = merged[-1]
            gap = offset - (last_offset + len(last))
            if 0 <= gap <= fill:
                merged[-1] = (last_offset, last + bytes(gap) + data)
                continue
        merged.append((offset, bytearray(data)))
    return merged


def image(segs):
    """Address -> byte, for the check."""
    memory = {}
    for offset, data in segs:
        for k, byte in enumerate(data):
            memory[offset + k] = byte
    return memory


def check(before, after):
    old, new = image(before), image(after)
    for address, byte in old.items():
        if new.get(address) != byte:
            raise ValueError(f"merging changed the byte at {address}")
    for address in new.keys() - old.keys():
        if new[address] != 0:
            raise ValueError(f"merging wrote a non-zero byte into a gap at {address}")


def rewrite(path, fill):
    buf = open(path, "rb").read()
    parts = list(sections(buf))
    data = [p for p in parts if p[0] == DATA]
    if not data:
        return 0, 0
    _, start, end = data[0]
    segs = segments(buf[start:end])
    if segs is None:
        print(f"merge-data: {path}: passive or unusual segments, left as it is", file=sys.stderr)
        return 0, 0
    merged = merge(segs, fill)
    check(segs, merged)
    payload = bytearray(u32(len(merged)))
    for offset, seg in merged:
        payload += b"\x00\x41" + s32(offset) + b"\x0b" + u32(len(seg)) + seg
    out = bytearray(buf[:8])
    for kind, s, e in parts:
        if kind == DATA:
            body = bytes(payload)
        elif kind == DATA_COUNT:
            body = u32(len(merged))
        else:
            body = buf[s:e]
        out += bytes([kind]) + u32(len(body)) + body
    open(path, "wb").write(out)
    return len(segs), len(merged)


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--fill", type=int, required=True, help="largest gap to fill with zeros")
    args.add_argument("modules", nargs="+")
    opts = args.parse_args()
    for path in opts.modules:
        before, after = rewrite(path, opts.fill)
        print(f"merge-data: {path.rsplit('/', 1)[-1]}: {before} data segments -> {after}")


if __name__ == "__main__":
    main()
