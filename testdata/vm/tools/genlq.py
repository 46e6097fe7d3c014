#!/usr/bin/env python3
"""A generic netlink request from the command line, for the qemu scenarios (no library but the standard one).

    genlq.py FAMILY COMMAND [--dump] [--ack] [--version N] [--hdr HEX] [ATTR ...]
    genlq.py FAMILY COMMAND ... --hold S
    genlq.py FAMILY --listen GROUP [--seconds S]

FAMILY is the name the kernel announces (netdev, IPVS, tcp_metrics, ...): resolved with CTRL_CMD_GETFAMILY.
COMMAND is the command number. ATTR is TYPE:KIND=VALUE with KIND one of u8 u16 u32 u64 s32 be16 be32 str
strz hex flag, or TYPE:nest{ATTR,ATTR} for a nest (nests may nest). --hdr HEX adds a family's fixed header
after genlmsghdr. KIND portid (TYPE:portid, no value) is the u32 Netlink port id of genlq's own socket (printed
first as "portid N"): a request can name it as where the kernel sends upcalls. --hold S keeps the socket open
S seconds after the answers and prints what else the kernel sends it (unicast messages such as Open vSwitch's
upcalls). Prints one line per answer (type, flags, length, errno and the extended ACK's message, or the
top-level attribute types) and exits 1 when the kernel answered with an error, 2 when FAMILY is not registered.
--listen joins the family's multicast GROUP and prints each notification for S seconds (default 5).
"""
import os
import socket
import struct
import sys
import time

NETLINK_GENERIC = 16
NLM_F_REQUEST, NLM_F_ACK, NLM_F_DUMP = 0x1, 0x4, 0x300
NLMSG_ERROR, NLMSG_DONE = 2, 3
SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, NETLINK_EXT_ACK = 270, 1, 11
CTRL_CMD_GETFAMILY, CTRL_ATTR_FAMILY_ID, CTRL_ATTR_FAMILY_NAME, CTRL_ATTR_MCAST_GROUPS = 3, 1, 2, 7
NLMSGERR_ATTR_MSG = 1


def attr(t, payload):
    a = struct.pack("=HH", 4 + len(payload), t) + payload
    return a + b"\0" * (-len(a) % 4)


def parse_attrs(text):
    """TYPE:KIND=VALUE items separated by commas at nesting level 0."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    if cur:
        out.append(cur)
    return b"".join(encode(a) for a in out)


PORTID = [0]  # the socket's port id, for TYPE:portid


def encode(item):
    t, _, rest = item.partition(":")
    t = int(t, 0)
    if rest.startswith("nest{") and rest.endswith("}"):
        return attr(t | 0x8000, parse_attrs(rest[5:-1]))
    if rest == "portid":
        return attr(t, struct.pack("=I", PORTID[0]))
    kind, _, v = rest.partition("=")
    fmt = {"u8": "=B", "u16": "=H", "u32": "=I", "u64": "=Q", "s32": "=i", "be16": ">H", "be32": ">I"}
    if kind in fmt:
        return attr(t, struct.pack(fmt[kind], int(v, 0)))
    if kind == "str":
        return attr(t, v.encode())
    if kind == "strz":
        return attr(t, v.encode() + b"\0")
    if kind == "hex":
        return attr(t, bytes.fromhex(v))
    if kind == "flag":
        return attr(t, b"")
    sys.exit("genlq.py: unknown attribute kind %r in %r" % (kind, item))


def attrs_of(buf):
    out = []
    while len(buf) >= 4:
        n, t = struct.unpack_from("=HH", buf)
        if n < 4:
            break
        out.append((t & 0x3FFF, buf[4:n]))
        buf = buf[(n + 3) & ~3:]
    return out


class Genl:
    def __init__(self):
        self.s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_GENERIC)
        self.s.bind((0, 0))
        try:
            self.s.setsockopt(SOL_NETLINK, NETLINK_EXT_ACK, 1)
        except OSError:
            pass
        self.seq = int(time.time()) & 0xFFFF

    def send(self, family, cmd, flags, payload, version=1):
        self.seq += 1
        body = struct.pack("=BBH", cmd, version, 0) + payload
        self.s.send(struct.pack("=IHHII", 16 + len(body), family, flags, self.seq, 0) + body)
        return self.seq

    def answers(self, seq, others=None):
        """(type, flags, body) of every answer to seq, until its ACK, error or NLMSG_DONE; messages of another
        seq go to the list others (when one is given), else nowhere."""
        while True:
            data = self.s.recv(1 << 20)
            while len(data) >= 16:
                n, t, f, s, _ = struct.unpack_from("=IHHII", data)
                body, data = data[16:n], data[(n + 3) & ~3:]
                if s != seq:
                    if others is not None:
                        others.append((t, f, body))
                    continue
                yield t, f, body
                if t in (NLMSG_ERROR, NLMSG_DONE) or not f & 0x2:  # NLM_F_MULTI
                    return

    def family(self, name):
        seq = self.send(0x10, CTRL_CMD_GETFAMILY, NLM_F_REQUEST, attr(CTRL_ATTR_FAMILY_NAME, name.encode() + b"\0"))
        for t, _, body in self.answers(seq):
            if t == NLMSG_ERROR:
                return None, {}
            a = dict(attrs_of(body[4:]))
            groups = {}
            for _, g in attrs_of(a.get(CTRL_ATTR_MCAST_GROUPS, b"")):
                ga = dict(attrs_of(g))
                groups[ga[1].rstrip(b"\0").decode()] = struct.unpack("=I", ga[2])[0]
            return struct.unpack("=H", a[CTRL_ATTR_FAMILY_ID])[0], groups
        return None, {}


def describe(t, f, body, hdr_len):
    if t == NLMSG_ERROR:
        err = -struct.unpack_from("=i", body)[0]
        if err == 0:
            return "ACK", 0
        msg = ""
        inner = struct.unpack_from("=I", body, 4)[0]
        tail = body[4 + (16 if f & 0x100 else inner):]  # NLM_F_CAPPED: only the request's header came back
        for at, v in attrs_of(tail):
            if at == NLMSGERR_ATTR_MSG:
                msg = ' "%s"' % v.rstrip(b"\0").decode(errors="replace")
        return "ERROR %s%s" % (os.strerror(err), msg), 1
    if t == NLMSG_DONE:
        return "DONE", 0
    cmd = body[0]
    types = [at for at, _ in attrs_of(body[4 + hdr_len:])]
    return "cmd %d flags 0x%x len %d attrs %s" % (cmd, f, 16 + len(body), types), 0



def print_for(sock, seconds, prefix, hdr_len):
    """Prints every message the socket receives for SECONDS, each line starting with PREFIX."""
    sock.settimeout(0.2)
    end = time.time() + seconds
    while time.time() < end:
        try:
            data = sock.recv(1 << 20)
        except socket.timeout:
            continue
        while len(data) >= 16:
            n, t, f, _, _ = struct.unpack_from("=IHHII", data)
            print(prefix + describe(t, f, data[16:n], hdr_len)[0], flush=True)
            data = data[(n + 3) & ~3:]

def main(argv):
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        sys.exit(__doc__)
    g = Genl()
    fam, groups = g.family(argv[0])
    if fam is None:
        print("family %s is not registered" % argv[0])
        return 2
    if argv[1] == "--listen":
        seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 5.0
        g.s.setsockopt(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, groups[argv[2]])
        print_for(g.s, seconds, "notification ", 0)
        return 0
    cmd, rest = int(argv[1], 0), argv[2:]
    flags, version, hdr, items, hold = NLM_F_REQUEST, 1, b"", [], None
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "--dump":
            flags |= NLM_F_DUMP
        elif a == "--ack":
            flags |= NLM_F_ACK
        elif a == "--version":
            i += 1
            version = int(rest[i], 0)
        elif a == "--hdr":
            i += 1
            hdr = bytes.fromhex(rest[i])
        elif a == "--hold":
            i += 1
            hold = float(rest[i])
        else:
            items.append(a)
        i += 1
    if any(a.endswith(":portid") or ":portid," in a or ":portid}" in a for a in items):
        PORTID[0] = g.s.getsockname()[0]
        print("portid %d" % PORTID[0], flush=True)
    seq = g.send(fam, cmd, flags, hdr + parse_attrs(",".join(items)), version)
    status = 0
    others = []
    for t, f, body in g.answers(seq, others if hold is not None else None):
        line, bad = describe(t, f, body, len(hdr))
        print("%s %d: %s" % (argv[0], cmd, line), flush=True)
        status |= bad
    if hold is not None:
        for t, f, body in others:
            print("unicast " + describe(t, f, body, len(hdr))[0], flush=True)
        print_for(g.s, hold, "unicast ", len(hdr))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
