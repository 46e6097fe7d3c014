#!/usr/bin/env python3
"""Writes the hostile corpus of issue 16 into testdata/hostile/ (see its README.md), deterministically.

Every netlink message is a real one from testdata/captures (recorded on Debian's 6.1 kernel), with one field
changed where the case needs it; only the pcap/pcapng framing around them is written here. Run from anywhere:

    scripts/hostile-corpus.py

then regenerate the expected outputs (HostileCorpusTest, see testdata/hostile/README.md).
"""
import os
import struct

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CAPTURES = os.path.join(ROOT, 'testdata', 'captures')
OUT = os.path.join(ROOT, 'testdata', 'hostile')

LINKTYPE_NETLINK, LINKTYPE_ETHERNET = 253, 1
NLA_F_NESTED = 0x8000
IFLA_LINKINFO = 18


def read_pcap(name):
    """The records of a little-endian microsecond pcap: (seconds, microseconds, bytes, original length)."""
    b = open(os.path.join(CAPTURES, name), 'rb').read()
    assert b[:4] == b'\xd4\xc3\xb2\xa1', name
    out, o = [], 24
    while o + 16 <= len(b):
        sec, usec, cap, orig = struct.unpack('<IIII', b[o:o + 16])
        out.append((sec, usec, b[o + 16:o + 16 + cap], orig))
        o += 16 + cap
    return out


def pcap(records, linktype=LINKTYPE_NETLINK, snaplen=262144):
    """A little-endian pcap file; a record is (seconds, microseconds, bytes[, original length])."""
    b = bytearray(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, snaplen, linktype))
    for r in records:
        sec, usec, data = r[:3]
        orig = r[3] if len(r) > 3 else len(data)
        b += struct.pack('<IIII', sec, usec, len(data), orig) + data
    return bytes(b)


def block(e, kind, body):
    """A pcapng block of byte order e ('<' or '>'): type, total length, body padded to 4, total length."""
    body = body + b'\0' * (-len(body) % 4)
    n = 12 + len(body)
    return struct.pack(e + 'II', kind, n) + body + struct.pack(e + 'I', n)


def section(e, linktype, records):
    """SHB, one IDB (microsecond timestamps, the default) and an EPB per record, all in byte order e."""
    b = block(e, 0x0A0D0D0A, struct.pack(e + 'IHHq', 0x1A2B3C4D, 1, 0, -1))
    b += block(e, 1, struct.pack(e + 'HHI', linktype, 0, 262144))
    for sec, usec, data, *orig in records:
        ts = sec * 1000000 + usec
        b += block(e, 6, struct.pack(e + 'IIIII', 0, ts >> 32, ts & 0xffffffff, len(data), orig[0] if orig else len(data)) + data)
    return b


def messages(frame):
    """(offset, length) of each netlink message in a frame (after its 16-byte cooked header)."""
    out, o = [], 16
    while o + 16 <= len(frame):
        n = struct.unpack_from('<I', frame, o)[0]
        out.append((o, n))
        o += (n + 3) & ~3
    return out


def attributes(msg, start):
    """(offset, length, type) of each attribute of a message from offset start."""
    out, o = [], start
    while o + 4 <= len(msg):
        n, t = struct.unpack_from('<HH', msg, o)
        out.append((o, n, t))
        o += (n + 3) & ~3
    return out


def with_len(msg, n):
    """msg with its nlmsg_len set to n."""
    return struct.pack('<I', n) + msg[4:]


def nla(t, value):
    n = 4 + len(value)
    return struct.pack('<HH', n, t) + value + b'\0' * (-n % 4)


def fix_len(msg):
    return with_len(msg, len(msg))


def write(name, content):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(content)


def main():
    os.makedirs(OUT, exist_ok=True)
    dump = read_pcap('rtnl-dump.pcap')
    # frame 3: ip link show's RTM_GETLINK dump request (40 bytes); frame 5: the NLMSG_DONE ending its dump
    getlink, done = dump[2], dump[4]
    # frame 4: RTM_NEWLINK of lo (1400 bytes: IFLA_IFNAME "lo" first), then eth0's; lo's alone in a frame
    sec, usec, frame4, _ = dump[3]
    o, n = messages(frame4)[0]
    cooked, lo = frame4[:16], frame4[o:o + n]
    assert lo[32:40] == b'\x07\x00\x03\x00lo\x00\x00', lo[32:40]
    lo_frame = (sec, usec, cooked + lo)

    def with_message(rec, msg):
        return (rec[0], rec[1], rec[2][:16] + msg)

    getlink_msg = getlink[2][16:]
    # nlmsg_len 0, 15 (one less than the header) and 0xffffffff, each followed by the real NLMSG_DONE
    for n, name in ((0, 'nlmsg-len-0'), (15, 'nlmsg-len-15'), (0xffffffff, 'nlmsg-len-ffffffff')):
        write(name + '.pcap', pcap([with_message(getlink, with_len(getlink_msg, n)), done]))

    # nla_len 0 and 3 (less than the attribute header) on lo's IFLA_IFNAME, the first attribute
    for n in (0, 3):
        msg = lo[:32] + struct.pack('<H', n) + lo[34:]
        write('nlattr-len-%d.pcap' % n, pcap([with_message(lo_frame, msg)]))

    # 10,000 nests: lo's header and IFLA_IFNAME, then IFLA_LINKINFO (NLA_F_NESTED) holding itself 10,000 deep
    inner = b''
    for _ in range(10000):
        inner = struct.pack('<HH', 4 + len(inner), NLA_F_NESTED | IFLA_LINKINFO) + inner
    msg = fix_len(lo[:40] + inner)
    write('nesting-10000.pcap', pcap([with_message(lo_frame, msg), done]))

    # pcapng: the GETLINK request, then an EPB whose block total length says 4 GB (0xfffffffc); the file ends 64 bytes later
    b = section('<', LINKTYPE_NETLINK, [getlink])
    b += struct.pack('<II', 6, 0xfffffffc) + done[2] + b'\0' * (64 - 8 - len(done[2]))
    write('pcapng-block-4gb.pcapng', b)

    # pcap header claiming a 2 GB snaplen, normal frames after it
    write('pcap-snaplen-2gb.pcap', pcap([getlink, lo_frame, done], snaplen=0x80000000))

    # netlink frames in files that say Ethernet
    write('linktype-ethernet.pcap', pcap([getlink, done], linktype=LINKTYPE_ETHERNET))
    write('linktype-ethernet.pcapng', section('<', LINKTYPE_ETHERNET, [getlink, done]))

    # a little-endian section (the dump request), then a big-endian section (lo's RTM_NEWLINK and NLMSG_DONE)
    write('pcapng-byte-order-switch.pcapng', section('<', LINKTYPE_NETLINK, [getlink]) + section('>', LINKTYPE_NETLINK, [lo_frame, done]))

    # IFLA_IFNAME with every control byte (then NUL), and with invalid UTF-8 (then NUL), in lo's RTM_NEWLINK;
    # the same two strings as the NLMSGERR_ATTR_MSG of an NLMSG_ERROR with extended ACK (genl-ethtool.pcap
    # frame 15: EOPNOTSUPP, "failed to retrieve link settings")
    controls = bytes(range(1, 32)) + b'\x7f'
    # a lone continuation byte, 0xff/0xfe, an overlong '/', a cut 3-byte sequence, a UTF-16 surrogate, a 5-byte form
    bad_utf8 = b'lo\x80\xff\xfe\xc0\xaf\xe2\x82x\xed\xa0\x80\xf8\x88\x80\x80\x80'
    ifname_end = 32 + 8
    eth = read_pcap('genl-ethtool.pcap')[14]
    err = eth[2][16:]
    msg_attr = [a for a in attributes(err, 16 + 4 + 36) if a[2] == 1]
    assert msg_attr and err[msg_attr[0][0] + 4:].startswith(b'failed to retrieve link settings'), msg_attr
    at = msg_attr[0][0]
    for s, kind in ((controls, 'control'), (bad_utf8, 'utf8')):
        write('ifname-%s.pcap' % kind, pcap([with_message(lo_frame, fix_len(lo[:32] + nla(3, s + b'\0') + lo[ifname_end:]))]))
        write('extack-%s.pcap' % kind, pcap([with_message(eth, fix_len(err[:at] + nla(1, s + b'\0')))]))

    # lo's RTM_NEWLINK captured with a snaplen of 320: IFLA_IFNAME "lo" and 25 more attributes whole
    # (up to IFLA_BROADCAST), IFLA_STATS64 cut after 24 of its 204 bytes; original length the whole frame
    cut = 320
    write('snaplen-cut-newlink.pcap', pcap([getlink, (sec, usec, lo_frame[2][:cut], len(lo_frame[2])), done], snaplen=cut))

    # a file cut in the middle of its last record: xfrm.pcap, and families-selinux.listener.pcapng
    x = open(os.path.join(CAPTURES, 'xfrm.pcap'), 'rb').read()
    last = read_pcap('xfrm.pcap')[-1]
    write('cut-last-record.pcap', x[:len(x) - len(last[2]) // 2])
    s = open(os.path.join(CAPTURES, 'families-selinux.listener.pcapng'), 'rb').read()
    write('cut-last-record.pcapng', s[:len(s) - 20])


if __name__ == '__main__':
    main()
