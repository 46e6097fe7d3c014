#!/usr/bin/env python3
"""Independent cross-check of testdata/captures/NAME.expected.tsv (no nlscope code involved).

Reads NAME.pcap with tshark, pairs requests with responses and compares the transaction counts
with the hand-written NAME.expected.tsv. Usage: expect-check.py [CAPTURES_DIR] [NAME...]
(default: every NAME.expected.tsv in testdata/captures). Exit status 1 on any difference.

tshark -T fields cannot be used per message: it gives one list per field per packet, and the
lists do not line up (rtnetlink types are not in netlink.hdr_type, netlink.hdr_flags appears
twice for some requests, an NLMSG_ERROR adds the echoed request's header). So this reads
tshark -T pdml and takes each top-level message at its byte position (16, then each aligned
hdr_len on): the header item tshark labels "Netlink message header (type: ...)" (its type
from the item's raw bytes 4-5: tshark labels rtnetlink types with prose), its
hdr_len/hdr_flags/hdr_seq/hdr_pid children, netlink.error at +16, genl.cmd/genl.ctrl.cmd at
+16, and genl family names from the CTRL_CMD_NEWFAMILY answers (genl.ctrl.family_id/_name).
tshark 4.0 shows trailing zero padding as a length-0 message: skipped (len < 16).

Pairing: a response (protocol P, seq S, port id Q) answers the earliest open request on P with
seq S and port id Q or 0, sent before it, that can take it:
  NLMSG_ERROR (ACK or error) -> any; NLMSG_DONE or NLM_F_MULTI part -> a dump request (a GET
  with NLM_F_ROOT|NLM_F_MATCH); any other message -> a plain GET or an NLM_F_ECHO request;
  and once a request got an answer from port Q, it takes answers only from Q.
A request is closed by its ACK/error, by NLMSG_DONE, by a reply when it had no NLM_F_ACK, or
(a request without NLM_F_ACK that is no GET) when a later request on P reuses its seq.
An unpaired NLMSG_ERROR/NLMSG_DONE/NLM_F_MULTI message is an ORPHAN, anything else a NOTIFICATION
(a control message's family is its protocol's name: route NLMSG_ERROR, generic NLMSG_DONE).
Outcomes: ERROR (an NLMSG_ERROR with an errno); DUMP (NLMSG_DONE came; its errno, read from the
message's raw bytes 16-19 since tshark shows DONE's body as data, if not 0); UNANSWERED for a dump
with parts but no NLMSG_DONE (a capture cut mid-dump) and for a request with NLM_F_ACK or a GET
that got nothing; ECHO, REPLY, ACK, NO_REPLY otherwise.
"""
import collections, errno, glob, os, re, subprocess, sys
import xml.etree.ElementTree as ET

INC = '/usr/include/linux'
PROTO = {0: 'route', 2: 'usersock', 4: 'sock_diag', 5: 'nflog', 6: 'xfrm', 10: 'fib_lookup',
         12: 'netfilter', 16: 'generic'}
F_REQUEST, F_MULTI, F_ACK, F_ECHO, F_DUMP = 0x1, 0x2, 0x4, 0x8, 0x300


def enums(path, prefix):
    """Every enumerator NAME (starting with prefix) of the header's enums -> value."""
    text = re.sub(r'/\*.*?\*/', '', open(path).read(), flags=re.S)
    out = {}
    for body in re.findall(r'enum\s*\w*\s*\{(.*?)\}', text, flags=re.S):
        val = -1
        for item in (l.strip() for l in re.sub(r'^\s*#.*$', '', body, flags=re.M).split(',')):
            m = re.match(r'(\w+)\s*(?:=\s*(.+))?$', item, flags=re.S)
            if not m:
                continue
            try:  # values are numbers, earlier names or small expressions of them ((1 << 2), X + 1)
                val = eval(m.group(2), {}, dict(out)) if m.group(2) else val + 1
            except Exception:
                continue
            if m.group(1).startswith(prefix):
                out.setdefault(m.group(1), val)
    return out


def rev(d):
    r = {}
    for k, v in d.items():
        if not k.endswith(('_BASE', '_MAX', '_UNSPEC')):
            r.setdefault(v, k)
    return r


RTM = rev(enums(INC + '/rtnetlink.h', 'RTM_'))
NFT = rev(enums(INC + '/netfilter/nf_tables.h', 'NFT_MSG_'))
CTRL = rev(enums(INC + '/genetlink.h', 'CTRL_CMD_'))
eth = enums(INC + '/ethtool_netlink.h', 'ETHTOOL_MSG_')
ETH_REQ = rev({k: v for k, v in eth.items() if not k.endswith(('_REPLY', '_NTF'))})
ETH_RESP = rev({k: v for k, v in eth.items() if k.endswith(('_REPLY', '_NTF'))})
ERRNO = {**errno.errorcode, 95: 'EOPNOTSUPP', 35: 'EDEADLK', 11: 'EAGAIN'}  # the kernel's names
CTRL_NAMES = {0x1: 'NLMSG_NOOP', 0x2: 'NLMSG_ERROR', 0x3: 'NLMSG_DONE', 0x4: 'NLMSG_OVERRUN'}


def messages(pcap):
    """Yields dicts (frame, proto, type, flags, seq, pid, error, cmd, len) in capture order."""
    xml = subprocess.run(['tshark', '-r', pcap, '-T', 'pdml'], capture_output=True, check=True).stdout
    for pkt in ET.fromstring(xml).iter('packet'):
        fields = list(pkt.iter('field'))
        at = collections.defaultdict(list)
        for f in fields:
            if f.get('pos') is not None:
                at[int(f.get('pos'))].append(f)
        frame = int(next(f.get('show') for f in fields if f.get('name') == 'frame.number'))
        proto = int(next(f.get('show') for f in fields if f.get('name') == 'netlink.family'), 0)
        fam_ids = [int(f.get('show'), 0) for f in fields if f.get('name') == 'genl.ctrl.family_id']
        fam_nm = [f.get('show') for f in fields if f.get('name') == 'genl.ctrl.family_name']
        start, end = 16, int(next(f.get('show') for f in fields if f.get('name') == 'frame.cap_len'))
        while start + 16 <= end:
            def val(name, off):
                return next((f.get('show') for f in at[start + off] if f.get('name') == name), None)
            hdr = next((f for f in at[start] if (f.get('show') or '').startswith('Netlink message header (type: ')), None)
            whole = next((f for f in at[start] if f.get('show') == 'Netlink message'), None)
            length = int(val('netlink.hdr_len', 0) or 0)
            if hdr is None or length < 16:
                break  # tshark's length-0 "message" = iproute2's trailing zero padding
            m = dict(frame=frame, proto=proto, len=length,
                     type=int.from_bytes(bytes.fromhex(hdr.get('value'))[4:6], 'little'),
                     flags=int(val('netlink.hdr_flags', 6), 0), seq=int(val('netlink.hdr_seq', 8)),
                     pid=int(val('netlink.hdr_pid', 12)), error=val('netlink.error', 16),
                     cmd=val('genl.cmd', 16) or val('genl.ctrl.cmd', 16),
                     families=dict(zip(fam_ids, fam_nm)) if start == 16 else {})
            if m['type'] == 3 and whole is not None and length >= 20:
                # tshark 4.0 shows NLMSG_DONE's body as data: its int is the dump's error (0 or -errno)
                m['error'] = str(int.from_bytes(bytes.fromhex(whole.get('value'))[16:20], 'little', signed=True))
            yield m
            start += (length + 3) & ~3


def name(m, genl_names, request):
    t, p = m['type'], m['proto']
    if t < 0x10:
        return PROTO.get(p, str(p)), CTRL_NAMES.get(t, hex(t))  # a control message: no genl family
    if p == 0:
        return 'route', RTM.get(t, hex(t))
    if p == 12:
        if t in (0x10, 0x11):
            return 'netfilter', {0x10: 'NFNL_MSG_BATCH_BEGIN', 0x11: 'NFNL_MSG_BATCH_END'}[t]
        return 'netfilter', NFT.get(t & 0xff, hex(t)) if t >> 8 == 10 else hex(t)
    if p == 4:
        return 'sock_diag', {20: 'SOCK_DIAG_BY_FAMILY', 21: 'SOCK_DESTROY'}.get(t, hex(t))
    if p == 16:
        fam = genl_names.get(t, hex(t))
        cmd = int(m['cmd'] or 0)
        table = CTRL if fam == 'nlctrl' else (ETH_REQ if request else ETH_RESP) if fam == 'ethtool' else {}
        return fam, table.get(cmd, 'cmd%d' % cmd)
    return PROTO.get(p, str(p)), hex(t)


def is_get(op):
    return 'GET' in op or op == 'SOCK_DIAG_BY_FAMILY'


def pair(pcap):
    genl_names = {0x10: 'nlctrl'}
    reqs, open_, loose = [], [], []
    for m in messages(pcap):
        genl_names.update(m['families'])
        if m['flags'] & F_REQUEST:
            m['fam'], m['op'] = name(m, genl_names, True)
            m.update(answers=[], port=None, closed=False)
            for r in open_:  # a no-ACK non-GET request is over once its seq is reused on P
                if r['proto'] == m['proto'] and r['seq'] == m['seq'] and not r['flags'] & F_ACK and not is_get(r['op']) :
                    r['closed'] = True
            open_ = [r for r in open_ if not r['closed']]
            reqs.append(m)
            open_.append(m)
            continue
        t = m['type']
        part = t == 3 or m['flags'] & F_MULTI
        for r in open_:
            if r['proto'] != m['proto'] or r['seq'] != m['seq'] or r['pid'] not in (0, m['pid']):
                continue
            if r['port'] is not None and r['port'] != m['pid']:
                continue
            dump = is_get(r['op']) and r['flags'] & F_DUMP
            if t == 2 or (part and dump) or (not part and not dump and (is_get(r['op']) or r['flags'] & F_ECHO)):
                r['answers'].append(m)
                r['port'] = m['pid']
                if t in (2, 3) or (not part and not r['flags'] & F_ACK and not r['flags'] & F_ECHO):
                    r['closed'] = True
                    open_.remove(r)
                break
        else:
            fam, op = name(m, genl_names, False)
            loose.append((fam, op, 'ORPHAN' if t in (2, 3) or m['flags'] & F_MULTI else 'NOTIFICATION', '-'))
    rows = list(loose)
    for r in reqs:
        ans = r['answers']
        err = [a for a in ans if a['type'] in (2, 3) and a['error'] not in (None, '0')]
        data = [a for a in ans if a['type'] not in (2, 3)]
        if any(a['type'] == 2 for a in err):
            out = ('ERROR', ERRNO.get(-int(err[0]['error']), err[0]['error']))
        elif any(a['type'] == 3 for a in ans):
            out = ('DUMP', ERRNO.get(-int(err[0]['error']), err[0]['error']) if err else '-')
        elif ans and all(a['flags'] & F_MULTI for a in ans):
            out = ('UNANSWERED', '-')  # dump parts but no NLMSG_DONE: the capture ended mid-dump
        elif data and r['flags'] & F_ECHO:
            out = ('ECHO', '-')
        elif data:
            out = ('REPLY', '-')
        elif ans:
            out = ('ACK', '-')
        elif r['flags'] & F_ACK or is_get(r['op']):
            out = ('UNANSWERED', '-')
        else:
            out = ('NO_REPLY', '-')
        rows.append((r['fam'], r['op']) + out)
    return collections.Counter(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'captures')
    names = sys.argv[2:] or sorted(os.path.basename(p)[:-len('.expected.tsv')]
                                   for p in glob.glob(os.path.join(d, '*.expected.tsv')))
    bad = 0
    for n in names:
        got = pair(os.path.join(d, n + '.pcap'))
        want = collections.Counter()
        for line in open(os.path.join(d, n + '.expected.tsv')):
            if line.strip() and not line.startswith('#'):
                f = line.rstrip('\n').split('\t')
                want[tuple(f[:4])] += int(f[4])
        diff = sorted(set(got) | set(want))
        diff = [k for k in diff if got[k] != want[k]]
        print('%-22s %5d transactions+loose messages, expected %5d: %s' % (
            n, sum(got.values()), sum(want.values()), 'OK' if not diff else '%d DIFFERENCES' % len(diff)))
        for k in diff:
            print('    %-50s expected %4d  tshark pairing %4d' % ('\t'.join(k), want[k], got[k]))
        bad += bool(diff)
        if '-v' in os.environ.get('EXPECT_CHECK', ''):
            for k in sorted(got):
                print('\t'.join(k + (str(got[k]),)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
