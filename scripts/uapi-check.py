#!/usr/bin/env python3
"""Compares the specs' enums (ksy/specs/*.ksy) with a kernel's UAPI headers (issue 15).

    scripts/uapi-check.py INCLUDE_DIR [--json] [--missing [SPEC]]     INCLUDE_DIR from scripts/uapi-headers.sh

Every enum entry of every spec is a kernel name written in lower case (rtprot_boot is RTPROT_BOOT). The headers'
enum members and #define'd numbers are evaluated (sequential enums, = expressions over numbers, earlier names,
shifts, |, BIT(n)). For each spec it reports:
  misnumbered: the headers give the name another number (a stale spec entry);
  unknown:     the headers have no such name (renamed, or a name nlscope made up: check which);
  ok:          name and number agree (or the spec keeps a bit number as its mask, 1 << n or 1 << (n - 1), as flags enums do).
--missing also lists, for each spec enum, the members of the header enums (or #define groups: one header, one
prefix up to the last underscore) its entries come from that it does not name (sentinels __X and X_MAX left out):
what the specs do not cover yet; with SPEC (a file name such as rtnetlink_link.ksy) only that spec's.
Exit 1 when any entry is misnumbered. Needs python3-yaml.
"""
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


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


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


def header_names(include):
    """NAME -> (number, header) for every enum member and numeric #define under INCLUDE/linux."""
    names, where, groups = {}, {}, {}
    files = []
    for root, _, fs in os.walk(os.path.join(include, "linux")):
        files += [os.path.join(root, f) for f in fs if f.endswith(".h")]
    texts = {f: strip_comments(open(f, encoding="utf-8", errors="replace").read()) for f in sorted(files)}
    for _ in range(3):   # defines that use names of later files: a few rounds
        for f, t in texts.items():
            rel = os.path.relpath(f, include)
            for m in re.finditer(r"^\s*#\s*define\s+([A-Z][A-Z0-9_]*)\s+([^\n\\]+)$", t, flags=re.M):
                if m.group(1) in names:
                    continue
                v = c_eval(m.group(2), names)
                if v is not None:
                    names[m.group(1)] = v
                    where[m.group(1)] = rel
                    groups[m.group(1)] = (rel, m.group(1).rsplit("_", 1)[0])
            for m in re.finditer(r"\benum\b\s*[A-Za-z0-9_]*\s*\{([^{}]*)\}", t):
                nxt = 0
                block = (rel, "enum@%d" % m.start())
                body = re.sub(r"^\s*#[^\n]*$", " ", m.group(1), flags=re.M)   # #define X X inside an enum
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
    return names, where, groups


def missing_members(entries, names, groups, members):
    """Header names of the groups these spec names come from that the spec does not name."""
    mine = set(entries)
    out = []
    for key in sorted({groups[n] for n in mine if n in groups}):
        out += [n for n in members[key] if n not in mine and not n.startswith("__") and not n.endswith("_MAX")]
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
    names, where, groups = header_names(include)
    report = {}
    by_enum = {}
    for spec, enum, number, name in spec_enums():
        r = report.setdefault(spec, {"ok": 0, "misnumbered": [], "unknown": []})
        c = name.upper()
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
    if "--missing" in sys.argv:
        i = sys.argv.index("--missing")
        only = sys.argv[i + 1] if i + 1 < len(sys.argv) and sys.argv[i + 1].endswith(".ksy") else None
        total = [0, 0]
        members = {}
        for n in sorted(names, key=lambda n: names[n]):
            members.setdefault(groups[n], []).append(n)
        for (spec, enum), entries in by_enum.items():
            if only and spec != only:
                continue
            miss = missing_members(entries, names, groups, members)
            total[0] += len(entries); total[1] += len(miss)
            if miss:
                print("%s %s: %d named, %d not: %s" % (spec, enum, len(entries), len(miss), " ".join(miss)))
        print("missing: %d header names not in the specs' enums (next to %d spec entries)" % (total[1], total[0]))
    sys.exit(1 if any(r["misnumbered"] for r in report.values()) else 0)


if __name__ == "__main__":
    main()
