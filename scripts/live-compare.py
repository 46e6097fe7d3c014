#!/usr/bin/env python3
"""Compares the capture nlscope wrote live with tcpdump's of the same nlmon interface in the same run.

    scripts/live-compare.py TCPDUMP.pcap NLSCOPE.pcapng|NLSCOPE.pcap... [--skip-comments]

Several nlscope files (a rotated capture) are compared as one, in the order given.

Every packet of the nlscope file must be in the tcpdump file, in the same order, with the same bytes,
original length and timestamp (ns), and none of tcpdump's packets may be missing between nlscope's
first and last packet. Prints what it compared; exit 1 on any difference.
"""
import struct
import sys

SKIP_ADDED = '--skip-comments' in sys.argv   # leave out the frames nlscope adds (comment "added by nlscope ...")


def pcap(path):
    with open(path, 'rb') as f:
        d = f.read()
    magic = struct.unpack('<I', d[:4])[0]
    if magic in (0xa1b2c3d4, 0xa1b23c4d):
        e = '<'
    else:
        e = '>'
        magic = struct.unpack('>I', d[:4])[0]
    ns = magic == 0xa1b23c4d
    out, pos = [], 24
    while pos + 16 <= len(d):
        s, frac, caplen, orig = struct.unpack(e + 'IIII', d[pos:pos + 16])
        out.append((s * 10**9 + (frac if ns else frac * 1000), orig, d[pos + 16:pos + 16 + caplen]))
        pos += 16 + caplen
    return out, ns


def pcapng(path):
    with open(path, 'rb') as f:
        d = f.read()
    out, pos, res = [], 0, {}
    e = '<'
    while pos + 12 <= len(d):
        btype = struct.unpack('<I', d[pos:pos + 4])[0]
        if btype == 0x0A0D0D0A:
            e = '<' if struct.unpack('<I', d[pos + 8:pos + 12])[0] == 0x1A2B3C4D else '>'
        blen = struct.unpack(e + 'I', d[pos + 4:pos + 8])[0]
        if btype == 1:
            res[len(res)] = 9   # nlscope writes if_tsresol 9
        elif btype == 6:
            iface, hi, lo, caplen, orig = struct.unpack(e + 'IIIII', d[pos + 8:pos + 28])
            o, comment = pos + 28 + ((caplen + 3) & ~3), None
            while o + 4 <= pos + blen - 4:
                code, olen = struct.unpack(e + 'HH', d[o:o + 4])
                if code == 0:
                    break
                if code == 1:
                    comment = d[o + 4:o + 4 + olen].decode('utf-8', 'replace')
                o += 4 + ((olen + 3) & ~3)
            if not (SKIP_ADDED and comment and comment.startswith('added by nlscope')):
                out.append(((hi << 32) | lo, orig, d[pos + 28:pos + 28 + caplen]))
        if blen < 12:
            break
        pos += blen
    return out


def main():
    ref, ref_ns = pcap(sys.argv[1])
    got = []
    for name in [a for a in sys.argv[2:] if not a.startswith('--')]:
        got += pcapng(name) if name.endswith('.pcapng') else pcap(name)[0]
    if not ref_ns:   # tcpdump wrote microseconds: compare nlscope's nanoseconds at that precision
        got = [(t // 1000 * 1000, o, b) for t, o, b in got]
    if not got:
        print('live-compare: the nlscope file holds no packet')
        return 1
    try:
        start = ref.index(got[0])
    except ValueError:
        print('live-compare: nlscope\'s first packet is not in the tcpdump file')
        return 1
    for i, g in enumerate(got):
        r = ref[start + i] if start + i < len(ref) else None
        if r != g:
            print('live-compare: packet %d of nlscope (tcpdump %d) differs: %s' % (i + 1, start + i + 1,
                  'missing in tcpdump' if r is None else 'time %d/%d len %d/%d bytes equal %s' % (
                      g[0], r[0], len(g[2]), len(r[2]), g[2] == r[2])))
            return 1
    print('live-compare: %d packets of nlscope = tcpdump packets %d..%d of %d, bytes, lengths and ns timestamps equal'
          % (len(got), start + 1, start + len(got), len(ref)) + ('' if ref_ns else ' (timestamps to the microsecond tcpdump kept)'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
