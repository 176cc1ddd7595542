#!/usr/bin/env python3
"""Independent check of fixtures/layouts/blind8/section-names.txt.

Re-reads the TEXT only (not the generator's data): finds the headings, the "•" items and the
"Total funding requirements for NAME – USD n" lines, sums every group, checks each item's form
(en dash, "USD", comma groups of three), compares the name in each total with the heading of its
section (with its own table of editors' variants), then compares what it found with
section-names.expected and section-names.sections.tsv.

Run from the repository root:  python3 scripts/layout-fixtures/set8/verify_section_names.py
"""
import re
import sys

BASE = "fixtures/layouts/blind8/section-names"

# editors' variants of a name: abbreviations and official long forms (lower case)
ALIASES = {
    "drc": "democratic republic of the congo",
    "dr congo": "democratic republic of the congo",
    "tanzania": "united republic of tanzania",
    "car": "central african republic",
}

ITEM = re.compile(r"^• (?P<title>.+?) (?P<dash>[–-]) (?P<cur>USD )?(?P<num>[0-9][0-9,]*)$")
TOTAL = re.compile(r"^Total funding requirements for (?P<name>.+?) – USD (?P<num>[0-9][0-9,]*)$")
GOOD_NUM = re.compile(r"^[0-9]{1,3}(,[0-9]{3})*$")


def canon(name):
    n = " ".join(name.split()).lower()
    if n.startswith("the "):
        n = n[4:]
    return ALIASES.get(n, n)


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    assert "\r" not in data, "CR in text"
    assert data.endswith("\n")
    return data[:-1].split("\n")


def main():
    lines = read_lines(BASE + ".txt")
    n = len(lines)
    groups = []
    findings = []  # (line, code, keys-dict)
    heading = None
    heading_line = None
    items = []
    for i, text in enumerate(lines, 1):
        prev_blank = i == 1 or lines[i - 2] == ""
        next_blank = i == n or lines[i] == ""
        if (text and prev_blank and next_blank and len(text) <= 40 and not re.search(r"[0-9.,;:]", text)
                and not text.startswith(("•", "Total"))):
            if items:
                sys.exit("heading %r at %d while a list is open" % (text, i))
            heading, heading_line = text, i
            continue
        if text.startswith("•"):
            m = ITEM.match(text)
            if not m:
                sys.exit("unreadable item at %d: %r" % (i, text))
            num = m.group("num")
            value = int(num.replace(",", ""))
            if m.group("dash") != "–":
                findings.append((i, "malformed-amount", {"value": value}, "hyphen"))
            elif not m.group("cur"):
                findings.append((i, "missing-currency", {"value": value}, "no USD"))
            elif not GOOD_NUM.match(num):
                findings.append((i, "malformed-amount", {"value": value}, "grouping"))
            items.append(value)
            continue
        if text.startswith("Total"):
            m = TOTAL.match(text)
            if not m:
                sys.exit("unreadable total at %d: %r" % (i, text))
            if not items:
                sys.exit("total without items at %d" % i)
            num = m.group("num")
            assert GOOD_NUM.match(num), (i, num)
            declared = int(num.replace(",", ""))
            groups.append({"line": i, "heading": heading, "heading_line": heading_line,
                           "name": m.group("name"), "parts": len(items), "sum": sum(items),
                           "declared": declared})
            items = []
            heading = None
            continue
        if "USD" in text:
            print("  prose figure, line %d: %s" % (i, text))
    if items:
        sys.exit("items after the last total")

    headings = [canon(g["heading"]) for g in groups]
    assert len(set(headings)) == len(headings), "duplicate headings"
    for g in groups:
        if g["sum"] != g["declared"]:
            findings.append((g["line"], "total-mismatch",
                             {"declared": g["declared"], "computed": g["sum"]}, g["heading"]))
        c = canon(g["name"])
        if c != canon(g["heading"]):
            if c not in headings:
                sys.exit("total at %d names %r, no section of that name" % (g["line"], g["name"]))
            findings.append((g["line"], "total-name-mismatch", {},
                             "%s closed by %s" % (g["heading"], g["name"])))
        elif g["name"] != g["heading"]:
            print("  variant (not a finding), line %d: heading %r, total %r"
                  % (g["line"], g["heading"], g["name"]))
    findings.sort()

    print("%d groups" % len(groups))
    for g in groups:
        flag = "" if g["sum"] == g["declared"] else "   <-- does not foot"
        print("  %3d %-34s parts=%d sum=%d declared=%d%s"
              % (g["line"], g["heading"], g["parts"], g["sum"], g["declared"], flag))
    print("findings from the text:")
    for f in findings:
        print("  ", f)

    ok = True
    # the .expected file
    expected = []
    with open(BASE + ".expected", encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            head, _, note = raw.partition(" | ")
            parts = head.split()
            line, code = int(parts[0]), parts[1]
            keys = {}
            for kv in parts[2:]:
                k, v = kv.split("=")
                keys[k] = int(v)
            expected.append((line, code, keys))
            quotes = re.findall(r'"([^"]+)"', note)
            if not quotes:
                print("NO QUOTE in .expected line:", raw)
                ok = False
            elif quotes[0] not in lines[line - 1]:
                print("QUOTE NOT AT LINE %d: %r / %r" % (line, quotes[0], lines[line - 1]))
                ok = False
    got = sorted((l, c, k) for l, c, k, _ in findings)
    if sorted(expected) != got:
        ok = False
        print("MISMATCH with .expected")
        print("  only in .expected:", [e for e in expected if e not in got])
        print("  only in the text: ", [g for g in got if g not in expected])
    # injected counts required by the brief
    codes = [c for _, c, _ in got]
    for code, want in (("total-mismatch", 3), ("total-name-mismatch", 3)):
        if codes.count(code) != want:
            ok = False
            print("want %d %s, got %d" % (want, code, codes.count(code)))
    if codes.count("malformed-amount") + codes.count("missing-currency") != 3:
        ok = False
        print("want 3 format errors")
    # the sum errors and format errors are not in the name-mismatched groups; mismatched groups foot
    bad_name = {g["line"] for g in groups if canon(g["name"]) != canon(g["heading"])}
    for g in groups:
        if g["line"] in bad_name:
            if g["sum"] != g["declared"]:
                ok = False
                print("name-mismatched group does not foot:", g["heading"])
            for l, c, _, _ in findings:
                if c in ("malformed-amount", "missing-currency") and g["heading_line"] < l < g["line"]:
                    ok = False
                    print("format error inside a name-mismatched group:", g["heading"])
    variants = sum(1 for g in groups if g["line"] not in bad_name and g["name"] != g["heading"])
    if variants < 5:
        ok = False
        print("fewer than 5 harmless variants:", variants)
    # the .sections.tsv
    with open(BASE + ".sections.tsv", encoding="utf-8") as f:
        rows = [r.rstrip("\n").split("\t") for r in f if r.strip()]
    if rows[0] != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
        ok = False
        print("bad tsv header", rows[0])
    want_rows = [[str(k), str(g["line"]), g["heading"], str(g["parts"]), str(g["sum"]), str(g["declared"])]
                 for k, g in enumerate(groups, 1)]
    if rows[1:] != want_rows:
        ok = False
        print("tsv differs")
        for a, b in zip(rows[1:], want_rows):
            if a != b:
                print("  tsv", a, "text", b)
        if len(rows) - 1 != len(want_rows):
            print("  row count", len(rows) - 1, len(want_rows))
    print("OK: the text agrees with .expected and .sections.tsv" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
