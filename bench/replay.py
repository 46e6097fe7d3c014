#!/usr/bin/env python3
"""Builds a benchmark capture from REAL kernel traffic: the frames of the captures in a folder
(testdata/captures by default: nlmon on a 6.1 kernel under qemu), replayed in a cycle, file by
file in name order, each frame's bytes unchanged, timestamps rewritten to start at 1700000000 s
and advance by --gap-us per frame, until at least MESSAGES netlink messages are written.

    python3 bench/replay.py OUT.pcap MESSAGES [--gap-us 10] [--from DIR]

Writes a nanosecond classic pcap of LINKTYPE_NETLINK (253), in constant memory. Reads classic
pcap (either byte order, us or ns) and pcapng (EPB/SPB of interface 0..n, if_tsresol ignored:
only the bytes are kept); files of another link type are skipped with a note.
"""
import argparse
import os
import struct
import sys

LINKTYPE_NETLINK = 253


def frames_pcap(data):
    magic = data[:4]
    if magic in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1'):
        e = '<'
    elif magic in (b'\xa1\xb2\xc3\xd4', b'\xa1\xb2\x3c\x4d'):
        e = '>'
    else:
        return None, []
    linktype = struct.unpack(e + 'I', data[20:24])[0] & 0x0fffffff
    out, pos = [], 24
    while pos + 16 <= len(data):
        incl = struct.unpack(e + 'I', data[pos + 8:pos + 12])[0]
        if pos + 16 + incl > len(data):
            break
        out.append(data[pos + 16:pos + 16 + incl])
        pos += 16 + incl
    return linktype, out


def frames_pcapng(data):
    out, linktypes, pos, e = [], [], 0, '<'
    while pos + 12 <= len(data):
        btype = struct.unpack(e + 'I', data[pos:pos + 4])[0]
        if btype == 0x0A0D0D0A:
            e = '<' if data[pos + 8:pos + 12] == b'\x4d\x3c\x2b\x1a' else '>'
            linktypes = []
        blen = struct.unpack(e + 'I', data[pos + 4:pos + 8])[0]
        if blen < 12 or pos + blen > len(data):
            break
        body = data[pos + 8:pos + blen - 4]
        if btype == 1:
            linktypes.append(struct.unpack(e + 'H', body[0:2])[0])
        elif btype == 6:
            iface, _, _, cap = struct.unpack(e + 'IIII', body[0:16])
            if iface < len(linktypes) and linktypes[iface] == LINKTYPE_NETLINK:
                out.append(body[20:20 + cap])
        pos += blen
    lt = LINKTYPE_NETLINK if out else (linktypes[0] if linktypes else None)
    return lt, out


def messages_in(frame):
    n, pos = 0, 16
    while pos + 16 <= len(frame):
        ln = struct.unpack('<I', frame[pos:pos + 4])[0]
        if ln < 16:
            break
        n += 1
        pos += (ln + 3) & ~3
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('out')
    ap.add_argument('messages', type=int)
    ap.add_argument('--gap-us', type=float, default=10.0)
    ap.add_argument('--from', dest='src', default=os.path.join(os.path.dirname(__file__), '..', 'testdata', 'captures'))
    a = ap.parse_args()
    if a.messages <= 0:
        sys.exit('replay.py: MESSAGES must be a positive whole number')
    source = []  # (record header without timestamp fields, bytes, messages)
    for name in sorted(os.listdir(a.src)):
        if not (name.endswith('.pcap') or name.endswith('.pcapng')):
            continue
        with open(os.path.join(a.src, name), 'rb') as f:
            data = f.read()
        lt, frames = (frames_pcapng if data[:4] == b'\x0a\x0d\x0d\x0a' else frames_pcap)(data)
        if lt != LINKTYPE_NETLINK:
            print(f'replay.py: skipping {name}: link type {lt}, not 253 NETLINK', file=sys.stderr)
            continue
        for fr in frames:
            source.append((fr, messages_in(fr)))
    if not source or sum(m for _, m in source) == 0:
        sys.exit(f'replay.py: no netlink frames in {a.src}')
    gap = int(a.gap_us * 1000)
    t = 1_700_000_000 * 1_000_000_000
    frames = msgs = size = 0
    with open(a.out, 'wb', buffering=1 << 22) as f:
        f.write(struct.pack('<IHHiIII', 0xa1b23c4d, 2, 4, 0, 0, 262144, LINKTYPE_NETLINK))
        size = 24
        while msgs < a.messages:
            for fr, m in source:
                sec, ns = divmod(t, 1_000_000_000)
                f.write(struct.pack('<IIII', sec, ns, len(fr), len(fr)))
                f.write(fr)
                size += 16 + len(fr)
                t += gap
                frames += 1
                msgs += m
                if msgs >= a.messages:
                    break
    print(f'{a.out}: {frames} frames, {msgs} messages, {size} bytes ({len(source)} source frames)')


if __name__ == '__main__':
    main()
