#!/usr/bin/env python3
"""Compares the specs' enums (ksy/specs/*.ksy) with a kernel's UAPI headers (issue 15).

    scripts/uapi-check.py INCLUDE_DIR [--json] [--missing [SPEC]]     INCLUDE_DIR from scripts/uapi-headers.sh

Every enum entry of every spec is a kernel name written in lower case (rtprot_boot is RTPROT_BOOT). The headers'
enum members and #define'd numbers are evaluated (sequential enums, = expressions over numbers, earlier names,
shifts, |, BIT(n)). For each spec it reports:
  misnumbered: the headers give the name another number (a stale spec entry);
  unknown:     the headers have no such name (renamed, or a name nlscope made up: check which);
  ok:          name and number agree (or the spec keeps a bit number as its mask, 1 << n or 1 << (n - 1), as flags enums do).
--missing also lists, for each group of header members (one C enum, or one run of consecutive #defines with the same
first word) a spec enum takes names from, the members the spec enums that mirror it do not name (see
missing_members: sentinels, aliases, masks and scripts/uapi-not-members.txt left out): what the specs do not cover
yet; with SPEC (a file name such as rtnetlink_link.ksy) only that spec's.
Exit 1 when any entry is misnumbered, else 2 when --missing lists a member. Needs python3-yaml.
"""
import fnmatch
import json
import os
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("uapi-check.py: needs PyYAML (apt-get install python3-yaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, "..", "ksy", "specs")
NOT_MEMBERS = os.path.join(HERE, "uapi-not-members.txt")


def strip_comments(text):
    """The text without comments; a comment becomes \x01 (no newline), so a line that held only a comment is not
    a blank line: a blank line ends a run of #defines, a comment does not."""
    text = re.sub(r"/\*.*?\*/", "\x01", text, flags=re.S)
    return re.sub(r"//[^\n]*", "\x01", text)


def c_eval(expr, names):
    """An integer C constant expression over numbers and known names, or None."""
    e = expr.strip()
    if not e:
        return None
    e = re.sub(r"\b(0x[0-9a-fA-F]+|\d+)[uUlL]+\b", r"\1", e)
    e = re.sub(r"\b(?:_?BIT(?:_ULL)?|_BITULL?)\s*\(([^()]*)\)", r"(1<<(\1))", e)
    e = re.sub(r"\(\s*(?:unsigned\s+)?(?:int|long|__u32|__u16|__u8|__u64|__s32)\s*\)", "", e)
    def name(m):
        n = m.group(0)
        if n in names:
            return "(%d)" % names[n]
        raise KeyError(n)
    try:
        e = re.sub(r"\b[A-Za-z_][A-Za-z0-9_]*\b", name, e)
    except KeyError:
        return None
    if re.search(r"[^0-9a-fA-Fx()<>|&+\-*~ ^/]", e):
        return None
    try:
        v = eval(e.replace("/", "//"), {"__builtins__": {}}, {})
    except Exception:
        return None
    return v if isinstance(v, int) else None


def define_runs(text):
    """{position of a #define line: run number}: a run is #define lines one after another, comment lines and
    continuation lines among them; a blank line or any other line (code, #if) ends it."""
    runs, run, pos, in_run = {}, 0, 0, False
    for line in text.split("\n"):
        bare = line.replace("\x01", "").strip()
        if re.match(r"#\s*define\b", bare):
            if not in_run:
                run += 1
                in_run = True
            runs[pos] = run
        elif bare or "\x01" not in line:
            in_run = False
        pos += len(line) + 1
    return runs


def header_names(include):
    """NAME -> number, NAME -> header, NAME -> group and group -> C enum name (or None) for every enum member and
    numeric #define under INCLUDE/linux. A group is what the header writes together: the members of one C enum,
    or one run of #defines (consecutive lines, see define_runs) with the same first word (AUDIT, ETH, NLM)."""
    names, where, groups, enum_of = {}, {}, {}, {}
    files = []
    for root, _, fs in os.walk(os.path.join(include, "linux")):
        files += [os.path.join(root, f) for f in fs if f.endswith(".h")]
    texts = {f: strip_comments(open(f, encoding="utf-8", errors="replace").read()) for f in sorted(files)}
    runs = {f: define_runs(t) for f, t in texts.items()}
    for _ in range(3):   # defines that use names of later files: a few rounds
        for f, t in texts.items():
            rel = os.path.relpath(f, include)
            for m in re.finditer(r"^[ \t\x01]*#\s*define\s+([A-Z][A-Za-z0-9_]*)\s+([^\n\\]+)$", t, flags=re.M):
                if m.group(1) in names:
                    continue
                v = c_eval(m.group(2).replace("\x01", " "), names)
                if v is not None:
                    names[m.group(1)] = v
                    where[m.group(1)] = rel
                    block = (rel, "run%d" % runs[f].get(t.rfind("\n", 0, m.start()) + 1, 0), m.group(1).split("_")[0])
                    groups[m.group(1)] = block
                    enum_of.setdefault(block, None)
            for m in re.finditer(r"\benum\b\s*([A-Za-z0-9_]*)\s*\{([^{}]*)\}", t):
                nxt = 0
                block = (rel, "enum@%d" % m.start(), m.group(1) or None)
                enum_of[block] = m.group(1) or None
                body = m.group(2).replace("\x01", " ")
                body = re.sub(r"^\s*#[^\n]*$", " ", body, flags=re.M)   # #define X X inside an enum
                for item in body.split(","):
                    item = item.strip()
                    if not item or item.startswith("#"):
                        continue
                    nm = re.match(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(.*))?$", item, flags=re.S)
                    if not nm:
                        break
                    if nm.group(2) is not None:
                        v = c_eval(nm.group(2), names)
                        if v is None:
                            break   # an expression this evaluator cannot read: the rest of the enum is unknown
                        nxt = v
                    if nm.group(1) not in names:
                        names[nm.group(1)] = nxt
                        where[nm.group(1)] = rel
                        groups[nm.group(1)] = block
                    nxt += 1
    return names, where, groups, enum_of


SENTINEL = re.compile(r"^__|_MAX$|^MAX_|^NUM_|_NUM$|_COUNT$|_NUMPROTO$|_NUMHOOKS$|_NUMBER$")


def not_members(path):
    """The exception list: [(spec enum, header-name pattern, reason)] from scripts/uapi-not-members.txt."""
    out = []
    if not os.path.exists(path):
        return out
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) < 3:
            sys.exit("%s:%d: each line is ENUM NAME REASON (the reason is not optional)" % (path, n))
        out.append(tuple(parts))
    return out


def missing_members(by_enum, names, groups, enum_of, exceptions, flags):
    """{(spec, enum): [header names]}: for every header group the specs' enums take names from, the members its
    owners do not name. The owners of a group are the spec enums that mirror it: named as the C enum is, or naming
    at least half of its members; if none does, the one naming most (an enum that borrows a few names of another
    set, such as nl80211_bss_param_attrs' NL80211_ATTR_* or mptcp_pm_reply's commands, is not asked for the rest). Not members: sentinels (__X, X_MAX, MAX_X,
    NUM_X, X_COUNT), aliases (a number the owner already names under another name: #define A B, X_ALT), in an
    enum of single bits a mask of several (and, in one -nl-flags reads, 0), X_BIT where the owner names X, and the
    exception list's lines."""
    members = {}
    for n in sorted(names, key=lambda n: (names[n], n)):
        members.setdefault(groups[n], []).append(n)
    named_in = {}
    for key, entries in by_enum.items():
        for c in entries:
            if c in groups:
                named_in.setdefault(groups[c], {}).setdefault(key, set()).add(c)
    out = {}

    def check_group(owner, group):
        mine = set(by_enum[owner])
        values = {names[c] for c in mine if c in names}
        single_bits = owner in flags or len(values) > 1 and all(v > 0 and v & (v - 1) == 0 for v in values)
        miss = []
        for n in members[group]:
            v = names[n]
            if n in mine or SENTINEL.search(n) or v in values:
                continue
            if single_bits and v & (v - 1) != 0:
                continue   # a mask of several bits (NLM_F_DUMP, IPS_NAT_MASK)
            if owner in flags and v == 0:
                continue   # no bit set (IP_VS_STATE_NONE), in an enum -nl-flags reads
            if n.endswith("_BIT") and n[:-4] in mine:
                continue   # the bit number of a flag the owner names as its mask (IPS_EXPECTED_BIT)
            if any(e == owner[1] and fnmatch.fnmatchcase(n, pat) for e, pat, _ in exceptions):
                continue
            miss.append(n)
        if miss:
            out.setdefault(owner, []).extend(miss)

    for group, enums in sorted(named_in.items(), key=lambda kv: str(kv[0])):
        cname = enum_of.get(group)
        size = len([n for n in members[group] if not SENTINEL.search(n)])
        owners = [k for k in enums if k[1] == cname or 2 * len(enums[k]) >= size] \
            or [max(enums, key=lambda k: (len(enums[k]), k))]
        for owner in owners:
            check_group(owner, group)
    return out


def flags_enums():
    """{(spec, enum)} of the enums some -nl-flags names: enums of single bits, where 0 is no bit."""
    out = set()
    def walk(f, node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "-nl-flags" and isinstance(v, str):
                    out.add((v.split(".")[0] + ".ksy", v.split(".")[1]) if "." in v else (f, v))
                walk(f, v)
        elif isinstance(node, list):
            for v in node:
                walk(f, v)
    for f in sorted(os.listdir(SPECS)):
        if f.endswith(".ksy"):
            walk(f, yaml.safe_load(open(os.path.join(SPECS, f), encoding="utf-8")))
    return out


def spec_enums():
    for f in sorted(os.listdir(SPECS)):
        if not f.endswith(".ksy"):
            continue
        doc = yaml.safe_load(open(os.path.join(SPECS, f), encoding="utf-8"))
        for enum, entries in (doc.get("enums") or {}).items():
            for number, entry in entries.items():
                name = entry["id"] if isinstance(entry, dict) else entry
                yield f, enum, int(number), str(name)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    include = sys.argv[1]
    names, where, groups, enum_of = header_names(include)
    spelled = {}
    for n in names:
        spelled.setdefault(n.upper(), n)   # names with lower-case letters: ETHTOOL_A_CABLE_AMPLITUDE_mV, TCP_CA_Open
    report = {}
    by_enum = {}
    for spec, enum, number, name in spec_enums():
        r = report.setdefault(spec, {"ok": 0, "misnumbered": [], "unknown": []})
        c = name.upper()
        if c not in names:
            c = spelled.get(c, c)
        if names.get("__" + c) == number and names.get(c) != number:
            c = "__" + c   # an obsolete name the header keeps as __NAME with its old number (NL80211_RRF_NO_IBSS)
        by_enum.setdefault((spec, enum), []).append(c)
        if c not in names:
            r["unknown"].append("%s.%s %d" % (enum, name, number))
        elif names[c] != number and 0 <= names[c] < 64 and number in (1 << names[c], 1 << max(names[c] - 1, 0)):
            r["ok"] += 1   # a bit number kept as its mask, 1 << n (rtax_lock, nl80211_band_bit) or the kernel's 1 << (n - 1) (idiag_ext, IFLA_STATS_FILTER_BIT)
            r.setdefault("masks", 0)
            r["masks"] += 1
        elif names[c] != number:
            r["misnumbered"].append("%s.%s: spec %d, %s %d" % (enum, name, number, where[c], names[c]))
        else:
            r["ok"] += 1
    if "--json" in sys.argv:
        json.dump(report, sys.stdout, indent=1)
        print()
    else:
        total = [0, 0, 0]
        for spec, r in report.items():
            total[0] += r["ok"]; total[1] += len(r["misnumbered"]); total[2] += len(r["unknown"])
            print("%-28s %5d ok %4d misnumbered %4d unknown" % (spec, r["ok"], len(r["misnumbered"]), len(r["unknown"])))
            for m in r["misnumbered"]:
                print("    misnumbered: " + m)
        print("%-28s %5d ok %4d misnumbered %4d unknown (headers: %s, %d names)" % ("total", total[0], total[1], total[2], include, len(names)))
    gaps = 0
    if "--missing" in sys.argv:
        i = sys.argv.index("--missing")
        only = sys.argv[i + 1] if i + 1 < len(sys.argv) and sys.argv[i + 1].endswith(".ksy") else None
        exceptions = not_members(NOT_MEMBERS)
        known = {enum for _, enum in by_enum}
        for enum, pat, _ in exceptions:
            if enum not in known:
                print("missing: %s names %s, no spec's enum (a stale line?)" % (os.path.relpath(NOT_MEMBERS, os.path.join(HERE, "..")), enum))
        missing = missing_members(by_enum, names, groups, enum_of, exceptions, flags_enums())
        total = 0
        for (spec, enum), entries in by_enum.items():
            if only and spec != only:
                continue
            miss = missing.get((spec, enum), [])
            total += len(entries); gaps += len(miss)
            if miss:
                print("missing: %s %s (%d named) does not name %s" % (spec, enum, len(entries), " ".join(
                    "%s (%s %d)" % (n, where[n], names[n]) for n in miss)))
        print("missing: %d header names not in the specs' enums (next to %d spec entries; %d not members by %s)" % (
            gaps, total, len(exceptions), os.path.relpath(NOT_MEMBERS, os.path.join(HERE, ".."))))
    if any(r["misnumbered"] for r in report.values()):
        sys.exit(1)
    sys.exit(2 if gaps else 0)


if __name__ == "__main__":
    main()
