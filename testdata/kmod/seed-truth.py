#!/usr/bin/env python3
"""seed-truth.py MODULE_LOG > TRUTH_TSV

Turns nlscope_seed.ko's kernel log (lines "nlseed: ev=N TAP|RECV ...", see the comment at
the top of nlscope_seed.c) into the ground truth of the nlmon capture made at the same time:
one line per netlink message, in capture order.

  frame msg unit dir len type flags seq pid role of candidates action

frame   the frame's number in the capture (= the tap number: the capture holds only the
        module's units), msg its message (1-based)
dir     to_kernel / from_kernel, as the module saw it
role    request, response (of = the request message "F.M" it answers) or copy (a multicast
        copy of the request "of" that the module relayed to group 1)
candidates  for a response: every request message its header could answer, by the rules
        the capture itself allows (the same unit; the same seq unless the response has
        seq 0; the port the response names, unless it names none, pid 0; not already ended
        by an ACK or error; an ACK or error echoes its request's header, so only that one).
        One candidate: the bytes decide. More: a reader may say "ambiguous" naming them.
action  for a request, what the module did with it (its RECV line)
"""
import re
import sys

FIELD = re.compile(r'(\w+)=(\S+)')


def parse(path):
    for line in open(path, encoding='utf-8'):
        m = re.search(r'nlseed: ev=(\d+) (TAP|RECV) (.*)$', line.strip())
        if m:
            yield m.group(2), dict(FIELD.findall(m.group(3)))


def main():
    rows = []            # one per message
    by_key = {}          # "F.M" -> row
    for kind, f in parse(sys.argv[1]):
        if kind == 'TAP':
            frame = int(f['tap'])
            label = f['label']
            row = dict(frame=frame, msg=1, unit=int(f['unit']),
                       dir='to_kernel' if f['kernel'] == '1' else 'from_kernel',
                       len=int(f['len']), type=int(f['type']), flags=int(f['flags'], 16),
                       seq=int(f['seq']), pid=int(f['pid']), port=None, action='-')
            if f['kernel'] == '1':
                row.update(role='request', of='-')
            elif label.startswith('answers='):
                row.update(role='response', of=label.split('=', 1)[1])
            elif label.startswith('copy='):
                row.update(role='copy', of=label.split('=', 1)[1])
            else:
                sys.exit(f'frame {frame}: no label ({label})')
            rows.append(row)
            by_key[f'{frame}.1'] = row
        else:
            key = f"{f['tap']}.{f['msg']}"
            row = by_key.get(key)
            if row is None:      # a second message of a request datagram
                first = by_key[f"{f['tap']}.1"]
                row = dict(first, msg=int(f['msg']), len=int(f['len']), type=int(f['type']),
                           flags=int(f['flags'], 16), seq=int(f['seq']), pid=int(f['pid']))
                rows.insert(rows.index(first) + int(f['msg']) - 1, row)
                by_key[key] = row
            row['port'] = int(f['port'])
            row['action'] = f['action']
    ended = set()        # requests answered by an ACK or error so far
    for i, r in enumerate(rows):
        if r['role'] != 'response':
            r['candidates'] = '-'
            continue
        if r['type'] == 2:
            cands = [r['of']]
            ended.add(r['of'])
        else:
            cands = []
            for q in rows[:i]:
                k = f"{q['frame']}.{q['msg']}"
                if q['role'] != 'request' or q['unit'] != r['unit'] or k in ended:
                    continue
                if r['seq'] != 0 and q['seq'] != r['seq']:
                    continue
                if r['pid'] != 0 and r['pid'] not in (q['port'], q['pid']):
                    continue
                cands.append(k)
            if r['of'] not in cands:
                sys.exit(f"frame {r['frame']}: its request {r['of']} is no candidate {cands}")
        r['candidates'] = ','.join(cands)
    cols = ['frame', 'msg', 'unit', 'dir', 'len', 'type', 'flags', 'seq', 'pid', 'role', 'of', 'candidates', 'action']
    print('#' + '\t'.join(cols))
    for r in rows:
        r = dict(r, flags=f"0x{r['flags']:x}")
        print('\t'.join(str(r[c]) for c in cols))


if __name__ == '__main__':
    main()
