#!/usr/bin/env python3
"""Independent checker for fixtures/layouts/two-column-5/appeal-layout.txt (pdftotext -layout).

It does not use the generator's data. It re-reads the layout text:
  1. splits it into pages at the form feeds (a form feed does not end a line: line numbers count
     '\\n' only);
  2. on every page drops the running header (the lines above the first blank line) and the
     footer (the last non-blank line), finds the side tab (a narrow run of text, at most 2
     characters wide, at the page's left or right edge, cut off from the body by a run of empty
     character positions) and blanks it, then finds the page's gutter (the widest run of
     positions, near the middle, where at most 2 body lines have text); lines with text inside
     the gutter are full-width lines and cut the page into bands (a page with text in one
     column only has no gutter);
  3. reads every band's left column, then its right column, keeping each fragment's physical line;
  4. parses the items ("• Title – USD n", wrapped), the totals ("Total funding requirements for
     NAME – USD n", wrapped) and the headings, sums every group and checks the amounts' form.
Then it compares its findings with appeal-layout.expected (lines, codes, declared/computed/value,
and that the first quoted snippet of each note occurs on its line) and its groups with
appeal-layout.sections.tsv. Run from the repository root.
"""
import re
import sys

D = "fixtures/layouts/two-column-5/"
TXT = D + "appeal-layout.txt"
EXP = D + "appeal-layout.expected"
TSV = D + "appeal-layout.sections.tsv"

text = open(TXT, encoding="utf-8").read()
phys = text.split("\n")            # phys[i] is line i+1


def pages_of(lines):
    pages, cur = [], []
    for i, ln in enumerate(lines):
        if "\f" in ln:
            if cur:
                pages.append(cur)
            cur = []
            ln = ln.replace("\f", "")
        cur.append((i + 1, ln))
    if cur:
        pages.append(cur)
    return [p for p in pages if any(l.strip() for _, l in p)]


def occupancy(lines, width):
    occ = [0] * width
    for _, ln in lines:
        for c, ch in enumerate(ln):
            if ch != " ":
                occ[c] += 1
    return occ


def runs(flags):
    """(start, end) of the runs of True."""
    out, start = [], None
    for i, f in enumerate(flags + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    return out


furniture = {}       # line -> what was dropped
stream = []          # (line, text) in reading order
page_info = []

for pno, page in enumerate(pages_of(phys), 1):
    nonblank = [k for k, (_, l) in enumerate(page) if l.strip()]
    first, last = nonblank[0], nonblank[-1]
    # header: from the first non-blank line to the first blank line
    k = first
    hdr = []
    while k < len(page) and page[k][1].strip():
        hdr.append(page[k])
        k += 1
    for n, l in hdr:
        furniture[n] = "header: " + l.strip()
    footer = page[last]
    furniture[footer[0]] = "footer: " + footer[1].strip()
    body = [(n, l) for (n, l) in page[k:last]]
    width = max(len(l) for _, l in body) + 1
    occ = occupancy(body, width)
    # side tab: narrow text at an edge, cut off by at least 2 empty positions
    spans = runs([o > 0 for o in occ])
    tab = None
    if len(spans) >= 2:
        a, b = spans[0]
        if b - a <= 2 and spans[1][0] - b >= 2:
            tab = (a, b, "left")
        a, b = spans[-1]
        if b - a <= 2 and a - spans[-2][1] >= 2:
            tab = (a, b, "right")
    letters = []
    if tab:
        a, b, side = tab
        nb = []
        for n, l in body:
            seg = l[a:b]
            if seg.strip():
                letters.append((n, seg.strip()))
                l = l[:a] + " " * (b - a) + l[b:]
            nb.append((n, l.rstrip()))
        body = nb
        for n, ch in letters:
            furniture.setdefault(n, "")
            furniture[n] = (furniture[n] + " tab letter " + ch).strip()
    # gutter: the right column's left edge R is the position (in the middle of the page) where
    # most lines have a text segment starting after two or more spaces; the gutter runs from the
    # end of the longest left-column fragment to R. A line with text in the two positions before
    # R crosses the gutter: a full-width line.
    lo, hi = int(width * 0.3), int(width * 0.75)
    starts = {}
    for _, l in body:
        for p_ in range(max(lo, 2), min(hi, len(l))):
            if l[p_] != " " and l[p_ - 1] == " " and l[p_ - 2] == " ":
                starts[p_] = starts.get(p_, 0) + 1
    if not starts or max(starts.values()) < 5:
        gs = ge = width          # one column only (the last page's left column)
    else:
        ge = max(starts, key=lambda p_: (starts[p_], -p_))
        gs = 0
        for _, l in body:
            if l[ge - 2:ge].strip():
                continue                     # full-width
            gs = max(gs, len(l[:ge].rstrip()))
    page_info.append((pno, gs, ge, "".join(ch for _, ch in letters), tab[2] if tab else None))
    # bands: full-width lines (text inside the gutter) cut the page
    band_l, band_r = [], []

    def flush():
        stream.extend(band_l)
        stream.extend(band_r)
        band_l.clear()
        band_r.clear()

    for n, l in body:
        if l[ge - 2:ge].strip():
            flush()
            stream.append((n, l.strip()))
            continue
        left, right = l[:gs].strip(), l[ge:].strip()
        if left:
            band_l.append((n, left))
        if right:
            band_r.append((n, right))
    flush()

# ----------------------------------------------------------------------------------------------
# Parse the reading-order stream
# ----------------------------------------------------------------------------------------------
AMT = re.compile(r"(?P<dash>[–-])\s*(?P<cur>USD\s+)?(?P<fig>\d[\d,]*)$")
HOUSE = re.compile(r"^\d{1,3}(,\d{3})*$")

groups, items, findings = [], [], []
headings = []
i = 0
while i < len(stream):
    n, t = stream[i]
    if t.startswith("•") or t.startswith("Total funding requirements for"):
        kind = "item" if t.startswith("•") else "total"
        start = n
        buf = t
        j = i
        while not AMT.search(buf):
            j += 1
            if j >= len(stream):
                sys.exit("unterminated %s at %d" % (kind, start))
            buf += " " + stream[j][1]
        m = AMT.search(buf)
        # the physical line of the figure's first digit: the fragment that holds the figure
        fig_line = stream[j][0]
        if m.group("fig") not in stream[j][1]:
            sys.exit("figure split over lines at %d" % start)
        fig = m.group("fig")
        value = int(fig.replace(",", ""))
        title = buf[:m.start()].strip()
        rec = {"kind": kind, "start": start, "line": fig_line, "value": value, "fig": fig,
               "dash": m.group("dash"), "cur": bool(m.group("cur")), "title": title}
        if kind == "item":
            items.append(rec)
        else:
            name = title[len("Total funding requirements for"):].strip()
            rec["name"] = name
            rec["parts"] = items
            groups.append(rec)
            items = []
        i = j + 1
        continue
    headings.append((n, t))
    i += 1

if items:
    sys.exit("items after the last total: %r" % items)

problems = []
for g in groups:
    recs = g["parts"] + [g]
    for r in recs:
        if r["dash"] != "–":
            findings.append((r["line"], "malformed-amount", {"value": r["value"]}, r))
        elif not r["cur"]:
            findings.append((r["line"], "missing-currency", {"value": r["value"]}, r))
        elif not HOUSE.match(r["fig"]):
            findings.append((r["line"], "malformed-amount", {"value": r["value"]}, r))
    s = sum(p["value"] for p in g["parts"])
    g["sum"] = s
    if s != g["value"]:
        findings.append((g["line"], "total-mismatch", {"declared": g["value"], "computed": s}, g))
    # the group's heading stands before its first item in reading order
    first = g["parts"][0]["start"]
    hs = [h for h in headings if h[1] in (g["name"], g["name"] + " (continued)")]
    if not hs:
        problems.append("no heading for %s" % g["name"])

findings.sort(key=lambda f: f[0])

print("pages:", len(page_info))
for pno, gs, ge, letters, side in page_info:
    print("  page %d: gutter at columns %d-%d, side tab %s %r" % (pno, gs, ge, side, letters))
print("groups:", len(groups))
for k, g in enumerate(groups, 1):
    flag = "" if g["sum"] == g["value"] else "   <-- does not foot"
    print("  %2d %4d %-18s parts=%d sum=%d declared=%d%s" % (k, g["line"], g["name"],
          len(g["parts"]), g["sum"], g["value"], flag))
print("findings:")
for ln, code, kv, r in findings:
    print("  %d %s %s" % (ln, code, " ".join("%s=%d" % x for x in kv.items())))

# ----------------------------------------------------------------------------------------------
# Compare with the .expected
# ----------------------------------------------------------------------------------------------
exp = []
for raw in open(EXP, encoding="utf-8"):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.lstrip().startswith("#"):
        continue
    head, _, note = raw.partition("|")
    parts = head.split()
    ln, code = int(parts[0]), parts[1]
    kv = dict(p.split("=") for p in parts[2:])
    kv = {k: int(v) for k, v in kv.items()}
    m = re.search(r'"([^"]+)"', note)
    if not m:
        problems.append("expected line %d has no quoted snippet" % ln)
    elif m.group(1) not in phys[ln - 1]:
        problems.append("expected %d: snippet %r not on line %d: %r" % (ln, m.group(1), ln,
                                                                       phys[ln - 1]))
    exp.append((ln, code, kv))

mine = [(ln, code, kv) for ln, code, kv, _ in findings]
for e in exp:
    if e not in mine:
        problems.append("expected but not found by the checker: %r" % (e,))
for f in mine:
    if f not in exp:
        problems.append("found by the checker but not expected: %r" % (f,))

# ----------------------------------------------------------------------------------------------
# Compare with the .sections.tsv
# ----------------------------------------------------------------------------------------------
rows = [r.rstrip("\n").split("\t") for r in open(TSV, encoding="utf-8") if r.strip()]
header, rows = rows[0], rows[1:]
if header != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
    problems.append("tsv header %r" % header)
if len(rows) != len(groups):
    problems.append("tsv has %d rows, checker %d groups" % (len(rows), len(groups)))
for k, (r, g) in enumerate(zip(rows, groups), 1):
    want = [str(k), str(g["line"]), g["name"], str(len(g["parts"])), str(g["sum"]),
            str(g["value"])]
    if r != want:
        problems.append("tsv row %d: %r, checker %r" % (k, r, want))

# the figures quoted in the tsv lines occur on their lines
for r in rows:
    ln, dec = int(r[1]), int(r[5])
    if "{:,}".format(dec) not in phys[ln - 1]:
        problems.append("tsv row %s: %s not on line %d" % (r[0], "{:,}".format(dec), ln))

if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK: %d groups, %d findings, equal to %s and %s" % (len(groups), len(findings), EXP, TSV))
