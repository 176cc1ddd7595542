#!/usr/bin/env python3
"""Independent re-reader of fixtures/layouts/blind7/web-dump.txt.

It does not import the generator: it reads the TEXT only, with its own simple
grammar of the lynx dump, and checks
  - every "Total for NAME: USD n" group: its items (the "   * " bullets since the
    previous total, continuation lines indented 5 spaces, amount at the end of
    the item's last line), their sum, and which groups do not foot;
  - the item amounts written unlike the house form "– USD 1,234" (hyphen,
    bad grouping, no currency);
  - the link markers [n] (in order, all listed under References, never glued to
    an amount) and the lines with "Total" or "USD" outside items and totals;
  - that web-dump.expected lists exactly these findings, with each quoted
    snippet on the line given, and that web-dump.sections.tsv agrees.
Run from the repository root:  python3 scripts/layout-fixtures/set7/verify_web_dump.py
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BASE = os.path.join(ROOT, "fixtures", "layouts", "blind7", "web-dump")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


raw = open(BASE + ".txt", "rb").read()
if b"\r" in raw:
    err("CR in file")
text = raw.decode("utf-8")
if not text.endswith("\n"):
    err("no final newline")
lines = text.split("\n")[:-1]
N = len(lines)

TOTAL_RE = re.compile(r"^   Total for (?P<name>[^:]+): USD (?P<fig>\d[\d,]*)$")
ITEM_START = "   * "
CONT_RE = re.compile(r"^     \S")
MARK_RE = re.compile(r"\[(\d+)\]")
# amount at the end of an item's last line: dash, optional currency, figure
AMT_RE = re.compile(r"(?P<dash>[\u2013\-])\s(?:(?P<cur>USD)\s)?(?P<fig>\d[\d,]*)$")
STD_GROUP = re.compile(r"^\d{1,3}(,\d{3})*$")


def figure_value(fig):
    return int(fig.replace(",", ""))


# ---- References -------------------------------------------------------------
try:
    ref_at = lines.index("References")
except ValueError:
    ref_at = None
    err("no References heading")
refs = {}
if ref_at is not None:
    for i in range(ref_at + 1, N):
        l = lines[i]
        if not l:
            continue
        m = re.match(r"^ *(\d+)\. (\S+)$", l)
        if not m:
            err("line %d: not a reference: %r" % (i + 1, l))
            continue
        if len(l) - len(l.lstrip()) + len(m.group(1)) != 4:
            err("line %d: reference number not right-aligned to 4 columns" % (i + 1))
        refs[int(m.group(1))] = m.group(2)
    if sorted(refs) != list(range(1, len(refs) + 1)):
        err("references not numbered 1..n")
body_end = ref_at if ref_at is not None else N

# ---- link markers ------------------------------------------------------------
seen = []
for i in range(body_end):
    for m in MARK_RE.finditer(lines[i]):
        seen.append(int(m.group(1)))
        # a marker is never glued to a following digit or an amount
        after = lines[i][m.end():m.end() + 1]
        if after.isdigit():
            err("line %d: marker followed by a digit" % (i + 1))
if seen != list(range(1, len(seen) + 1)):
    err("link markers not in order 1..n: %s" % seen)
if len(seen) != len(refs):
    err("%d markers but %d references" % (len(seen), len(refs)))

# ---- items and groups ----------------------------------------------------------
groups = []          # dicts: name, total_line, declared_fig, items [(line, value)]
findings = []        # (line, code, keys)
cur_items = []
item_lines = set()   # every line that belongs to an item
i = 0
while i < body_end:
    l = lines[i]
    if l.startswith(ITEM_START):
        start = i
        j = i + 1
        while j < body_end and CONT_RE.match(lines[j]):
            j += 1
        block = lines[start:j]
        for k in range(start, j):
            item_lines.add(k)
        last = MARK_RE.sub("", block[-1]).rstrip()
        m = AMT_RE.search(last)
        if not m:
            err("line %d: item without an amount at the end of its last line" % (j))
        else:
            for b in block[:-1]:
                if re.search(r"\bUSD\b|[\u2013]\s*\d", b):
                    err("line %d: amount before the item's last line" % (start + 1))
            fig = m.group("fig")
            if STD_GROUP.match(fig):
                val = figure_value(fig)
            else:
                val = figure_value(fig)
                findings.append((j, "malformed-amount", "value=%d" % val,
                                 "grouping %r" % fig))
            if m.group("dash") == "-":
                findings.append((j, "malformed-amount", "value=%d" % val, "hyphen"))
            if not m.group("cur"):
                findings.append((j, "missing-currency", "value=%d" % val, "no USD"))
            cur_items.append((j, val, block[-1].strip()))
        i = j
        continue
    m = TOTAL_RE.match(l)
    if m:
        fig = m.group("fig")
        if not STD_GROUP.match(fig):
            err("line %d: total figure with odd grouping" % (i + 1))
        groups.append(dict(name=m.group("name"), total_line=i + 1,
                           declared=figure_value(fig), items=cur_items))
        cur_items = []
    elif l.strip().lower().startswith("total"):
        err("line %d: a 'Total' line that is no total statement: %r" % (i + 1, l))
    i += 1
if cur_items:
    err("items after the last total: %s" % cur_items)

# every line with USD and a figure outside items and totals is listed (prose)
print("prose lines with USD (not items, not totals):")
for i in range(body_end):
    if i in item_lines or TOTAL_RE.match(lines[i]):
        continue
    if re.search(r"USD\s*\d", lines[i]):
        print("  %d: %s" % (i + 1, lines[i].strip()))
    if re.search(r"[\u2013-]\s*(USD\s*)?\d[\d,]*\s*$", lines[i]) and "Tel." not in lines[i]:
        print("  (dash + figure at line end outside items) %d: %s" % (i + 1, lines[i]))

# structure checks
if len(groups) < 21:
    err("only %d groups" % len(groups))
for g in groups:
    if not 2 <= len(g["items"]) <= 6:
        err("group %s has %d items" % (g["name"], len(g["items"])))

print("\nordinal\ttotal_line\tname\tparts\tlisted_sum\tdeclared")
for k, g in enumerate(groups, 1):
    g["sum"] = sum(v for _, v, _ in g["items"])
    print("%d\t%d\t%s\t%d\t%d\t%d" % (k, g["total_line"], g["name"], len(g["items"]),
                                      g["sum"], g["declared"]))
    if g["sum"] != g["declared"]:
        findings.append((g["total_line"], "total-mismatch",
                         "declared=%d computed=%d" % (g["declared"], g["sum"]), g["name"]))

findings.sort()
print("\nfindings read from the text:")
for f in findings:
    print("  %d %s %s  (%s)" % f)

# ---- compare with .expected -----------------------------------------------------------
exp = []
for n, l in enumerate(open(BASE + ".expected", encoding="utf-8"), 1):
    l = l.rstrip("\n")
    if not l.strip() or l.startswith("#"):
        continue
    m = re.match(r"^(\d+) ([a-z-]+)((?: [a-z]+=\d+)*) \| (.*)$", l)
    if not m:
        err(".expected line %d unparsable: %r" % (n, l))
        continue
    line, code, keys, note = int(m.group(1)), m.group(2), m.group(3).strip(), m.group(4)
    exp.append((line, code, keys))
    q = re.search(r'"([^"]+)"', note)
    if not q:
        err(".expected line %d: no quoted snippet" % n)
    elif not 1 <= line <= N or q.group(1) not in lines[line - 1]:
        err(".expected line %d: snippet %r not on line %d" % (n, q.group(1), line))
got = sorted((l, c, k) for l, c, k, _ in findings)
if sorted(exp) != got:
    err(".expected differs:\n  expected %s\n  read     %s" % (sorted(exp), got))
sums = [f for f in findings if f[1] == "total-mismatch"]
if len(sums) != 3:
    err("%d groups do not foot, want 3" % len(sums))

# ---- compare with .sections.tsv -------------------------------------------------------
rows = [r.rstrip("\n").split("\t") for r in open(BASE + ".sections.tsv", encoding="utf-8")]
if rows[0] != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
    err("tsv header %r" % rows[0])
want = [[str(k), str(g["total_line"]), g["name"], str(len(g["items"])), str(g["sum"]),
         str(g["declared"])] for k, g in enumerate(groups, 1)]
if rows[1:] != want:
    for a, b in zip(rows[1:], want):
        if a != b:
            err("tsv row %r, read %r" % (a, b))
    if len(rows) - 1 != len(want):
        err("tsv has %d rows, text %d groups" % (len(rows) - 1, len(want)))

print("\n%d groups, %d findings, %d errors" % (len(groups), len(findings), len(errors)))
sys.exit(1 if errors else 0)
