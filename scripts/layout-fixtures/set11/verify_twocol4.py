#!/usr/bin/env python3
"""Independent checker for fixtures/layouts/two-column-4 (issue 15).

Re-reads each extracted TEXT (appeal-layout.txt, appeal-raw.txt, appeal-mutool.txt), never the
generator's data, and checks it against the hand-written NAME.sections.tsv and NAME.expected:

  * every amount of the text is classified by its own wording: a total (after "...requirements...:
    US$", possibly on the line before), an item (after ": US$", " - US$" or ":" at the end of an
    item title, possibly on the line before) or prose (anything else: people counts, "received
    US$ n", "US$ 9 per person"...);
  * each .sections.tsv row is found by its NAME (a heading line, or a heading segment of a column)
    and its FIGURES: the declared figure must be a total at total_line, every part must be an item
    amount found exactly once in the text; not by reading order;
  * every item amount of the text belongs to exactly one row, every total to one row;
  * the rows that do not foot are exactly the total-mismatch lines of the .expected, with their
    declared/computed; every format finding's figure is at its line and is a part of a row that
    foots; each .expected line's first quoted snippet occurs on its line;
  * the three .sections.tsv agree on names, parts and declared figures;
  * layout text only: the columns are split at the gutter and put back in reading order, and a
    plain in-order parse of that must give the same groups as the .sections.tsv;
  * raw and mutool: a naive in-order parse is run too, and the groups it gets wrong are printed
    (information for the header comments, not a failure).

Run from the repository root: python3 scripts/layout-fixtures/set11/verify_twocol4.py
"""
import re
import sys
from collections import Counter

DIR = "fixtures/layouts/two-column-4/"
NAMES = ["layout", "raw", "mutool"]

FIG = re.compile(r"(?<![\w,.])\d[\dO]{0,2}(?:,[\dO]{3})+(?![\w]|,\d)|(?<=US\$ )\d+(?![\d,])")
HEADING = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Zone|Region|County)$")
TOTAL_BEFORE = re.compile(r"[Rr]equirements[^:]*:\s*US\$\s*$")
BANNER = re.compile(r"^[A-Z]{4,} \u2014 ")
ITEM_BEFORE = re.compile(r"(?::|\s-)\s*(?:US\$\s*)?$")

errors = []


def fail(msg):
    errors.append(msg)
    print("FAIL:", msg)


def value(s):
    return int(s.replace(",", "").replace("O", "0"))


# ---------------------------------------------------------------- segments
def layout_segments(lines):
    """Split each line of a pdftotext -layout text at its page's gutter.

    Returns a list of (lineno, col, text, page): col 0 left, 1 right, 2 full width."""
    pages, cur = [], []
    for i, l in enumerate(lines, 1):
        if l.startswith("\f"):
            pages.append(cur)
            cur = []
            l = l[1:]
        cur.append((i, l))
    pages.append(cur)
    segs = []
    for pno, page in enumerate(pages, 1):
        starts = Counter()
        for _, l in page:
            for m in re.finditer(r"   (?=\S)", l):
                if m.end() > 40:
                    starts[m.end()] += 1
                    break
        if not starts:
            for i, l in page:
                if l.strip():
                    segs.append((i, 2, l.strip(), pno))
            continue
        x = min(p for p, c in starts.items() if c >= 3)
        for i, l in page:
            if not l.strip():
                continue
            if BANNER.match(l):
                segs.append((i, 2, l.strip(), pno))  # a column-spanning banner
            elif len(l) <= x:
                segs.append((i, 0, l.strip(), pno))
            elif l[x - 1] == " " and l[x - 2] == " ":
                left, right = l[:x].strip(), l[x:].strip()
                if left:
                    segs.append((i, 0, left, pno))
                segs.append((i, 1, right, pno))
            elif l[:x].strip() == "" :
                segs.append((i, 1, l.strip(), pno))
            else:
                segs.append((i, 2, l.strip(), pno))
    return segs


def plain_segments(lines):
    segs, pno = [], 1
    for i, l in enumerate(lines, 1):
        if l.startswith("\f"):
            pno += 1
            l = l[1:]
        if l.strip():
            segs.append((i, 0, l.strip(), pno))
    return segs


def is_furniture(text):
    return (text.startswith("Tana and Awash Relief Fellowship") and
            ("Appeal 2022" in text or text == "Tana and Awash Relief Fellowship")) or \
        text == "Horn of Africa Drought Appeal 2022\u20132023" or re.fullmatch(r"Page \d of \d", text)


# ---------------------------------------------------------------- amounts
def classify(segs):
    """Every figure of the text with its kind: total, item or prose."""
    prev_in_col = {}
    out = []
    for k, (i, col, text, pno) in enumerate(segs):
        key = col if col != 2 else None
        prev = prev_in_col.get(key) if key is not None else None
        for m in FIG.finditer(text):
            before = text[:m.start()]
            joined = before
            if before.strip() in ("", "US$") and prev is not None:
                joined = prev + " " + before
            if TOTAL_BEFORE.search(joined):
                kind = "total"
            elif ITEM_BEFORE.search(joined) and not re.search(r"\bUS\$\s*$", before) or \
                    re.search(r"(?::|\s-)\s*US\$\s*$", joined):
                kind = "item"
            else:
                kind = "prose"
            if kind == "item" and (not re.search(r"[:\-]\s*(US\$\s*)?$", joined) or
                                   text[m.end():].strip()):
                kind = "prose"  # an item's amount ends its line: "...: 118,000 since" is prose
            out.append(dict(line=i, col=col, page=pno, text=m.group(0), value=value(m.group(0)),
                            kind=kind, seg=text))
        if key is not None and not is_furniture(text):
            prev_in_col[key] = text
    return out


# ---------------------------------------------------------------- files
def read_tsv(name):
    rows = []
    with open(DIR + "appeal-%s.sections.tsv" % name, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
            fail("%s: tsv header %r" % (name, header))
        for l in f:
            if not l.strip():
                continue
            c = l.rstrip("\n").split("\t")
            rows.append(dict(ordinal=int(c[0]), total_line=int(c[1]), name=c[2],
                             parts=[int(p) for p in c[3].split("+")], listed_sum=int(c[4]),
                             declared=int(c[5])))
    return rows


def read_expected(name):
    out = []
    with open(DIR + "appeal-%s.expected" % name, encoding="utf-8") as f:
        for l in f:
            if not l.strip() or l.startswith("#"):
                continue
            head, _, note = l.partition("|")
            w = head.split()
            keys = dict(kv.split("=") for kv in w[2:])
            out.append(dict(line=int(w[0]), code=w[1], keys={k: int(v) for k, v in keys.items()},
                            note=note.strip()))
    return out


# ---------------------------------------------------------------- reading-order parse
def in_order_groups(segs):
    """A plain parse in the order given: heading, total, items until the next heading."""
    groups, cur, pending_total = [], None, False
    amounts = {(a["line"], a["col"], a["text"]): a for a in classify(segs)}
    for i, col, text, pno in segs:
        if is_furniture(text):
            continue
        if HEADING.match(text):
            cur = dict(name=text, total=None, parts=[])
            groups.append(cur)
            continue
        for m in FIG.finditer(text):
            a = amounts.get((i, col, m.group(0)))
            if a is None or cur is None:
                continue
            if a["kind"] == "total":
                cur["total"] = a["value"]
            elif a["kind"] == "item":
                cur["parts"].append(a["value"])
    return groups


def reading_order(segs):
    """Layout text: per page, bands between full-width lines; in a band the left column, then the
    right column."""
    out, band = [], []

    def flush():
        out.extend(s for s in band if s[1] == 0)
        out.extend(s for s in band if s[1] == 1)
        band.clear()

    page = None
    for s in segs:
        if s[3] != page:
            flush()
            page = s[3]
        if s[1] == 2:
            flush()
            out.append(s)
        else:
            band.append(s)
    flush()
    return out


# ---------------------------------------------------------------- checks
def check(name):
    print("=== appeal-%s.txt" % name)
    with open(DIR + "appeal-%s.txt" % name, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    segs = layout_segments(lines) if name == "layout" else plain_segments(lines)
    amounts = classify(segs)
    rows = read_tsv(name)
    exp = read_expected(name)
    kinds = Counter(a["kind"] for a in amounts)
    print("figures: %d totals, %d items, %d prose" % (kinds["total"], kinds["item"], kinds["prose"]))

    items = [a for a in amounts if a["kind"] == "item"]
    totals = [a for a in amounts if a["kind"] == "total"]
    iv = Counter(a["value"] for a in items)
    for v, c in iv.items():
        if c > 1:
            fail("%s: item figure %d occurs %d times" % (name, v, c))
    headings = [s for s in segs if HEADING.match(s[2])]
    hnames = Counter(s[2] for s in headings)

    used_items, used_totals = set(), set()
    for r in rows:
        if hnames[r["name"]] != 1:
            fail("%s: heading %r found %d times" % (name, r["name"], hnames[r["name"]]))
        t = [a for a in totals if a["line"] == r["total_line"] and a["value"] == r["declared"]]
        if len(t) != 1:
            fail("%s: %s: no total %d at line %d" % (name, r["name"], r["declared"], r["total_line"]))
        else:
            used_totals.add(id(t[0]))
        for p in r["parts"]:
            m = [a for a in items if a["value"] == p]
            if len(m) != 1:
                fail("%s: %s: part %d found %d times as an item" % (name, r["name"], p, len(m)))
            else:
                if id(m[0]) in used_items:
                    fail("%s: part %d used twice" % (name, p))
                used_items.add(id(m[0]))
        if sum(r["parts"]) != r["listed_sum"]:
            fail("%s: %s: listed_sum %d but parts sum to %d" % (name, r["name"], r["listed_sum"],
                                                                 sum(r["parts"])))
    for a in items:
        if id(a) not in used_items:
            fail("%s: item %s at line %d belongs to no row" % (name, a["text"], a["line"]))
    for a in totals:
        if id(a) not in used_totals:
            fail("%s: total %s at line %d belongs to no row" % (name, a["text"], a["line"]))
    if [r["ordinal"] for r in rows] != list(range(1, len(rows) + 1)):
        fail("%s: ordinals not 1..n" % name)

    # .expected
    bad = {r["total_line"]: r for r in rows if r["listed_sum"] != r["declared"]}
    sums = [e for e in exp if e["code"] == "total-mismatch"]
    if sorted(e["line"] for e in sums) != sorted(bad):
        fail("%s: total-mismatch lines %s but rows not footing at %s" %
             (name, [e["line"] for e in sums], sorted(bad)))
    for e in sums:
        r = bad.get(e["line"])
        if r and (e["keys"].get("declared") != r["declared"] or
                  e["keys"].get("computed") != r["listed_sum"]):
            fail("%s: line %d keys %s vs row %s" % (name, e["line"], e["keys"], r))
    for e in exp:
        if e["code"] in ("malformed-amount", "missing-currency"):
            v = e["keys"].get("value")
            at = [a for a in items if a["line"] == e["line"] and a["value"] == v]
            if len(at) != 1:
                fail("%s: %s at %d: no item figure %s on the line" % (name, e["code"], e["line"], v))
            owner = [r for r in rows if v in r["parts"]]
            if len(owner) != 1 or owner[0]["listed_sum"] != owner[0]["declared"]:
                fail("%s: %s at %d: its row does not foot" % (name, e["code"], e["line"]))
        q = re.search(r'"([^"]+)"', e["note"])
        if not q:
            fail("%s: line %d: no quoted snippet" % (name, e["line"]))
        elif q.group(1) not in lines[e["line"] - 1]:
            fail("%s: line %d: %r not on the line (%r)" % (name, e["line"], q.group(1),
                                                            lines[e["line"] - 1]))
        else:
            print("ok %4d %-17s %s" % (e["line"], e["code"], q.group(1)))
    fmt = [e for e in exp if e["code"] != "total-mismatch"]
    if len(sums) != 3 or len(fmt) != 3:
        fail("%s: %d sum and %d format findings, expected 3 and 3" % (name, len(sums), len(fmt)))

    # in-order parses
    by_name = {r["name"]: r for r in rows}
    if name == "layout":
        g = in_order_groups(reading_order(segs))
        wrong = [x["name"] for x in g if x["name"] not in by_name or
                 x["total"] != by_name[x["name"]]["declared"] or
                 sorted(x["parts"]) != sorted(by_name[x["name"]]["parts"])]
        if wrong or len(g) != len(rows):
            fail("layout: reading-order reconstruction disagrees for %s" % wrong)
        else:
            print("reading-order reconstruction of the columns: %d groups, all as in the tsv" % len(g))
    g = in_order_groups(segs)
    wrong = []
    for x in g:
        r = by_name.get(x["name"])
        if r is None or x["total"] != r["declared"] or sorted(x["parts"]) != sorted(r["parts"]):
            wrong.append("%s (%s)" % (x["name"], "total" if r and x["total"] != r["declared"] else
                                       "%d parts, tsv %d" % (len(x["parts"]), len(r["parts"]))))
    print("naive in-order parse of the text as extracted: %d of %d groups wrong%s" %
          (len(wrong), len(g), (": " + "; ".join(wrong)) if wrong else ""))
    print("rows: %d, not footing: %s" % (len(rows), ", ".join("%s@%d" % (r["name"], r["total_line"])
                                                           for r in bad.values())))
    return rows


def main():
    names = sys.argv[1:] or NAMES
    all_rows = {n: check(n) for n in names}
    ref = None
    for n, rows in all_rows.items():
        key = [(r["name"], tuple(r["parts"]), r["listed_sum"], r["declared"]) for r in rows]
        key = sorted(key)
        if ref is None:
            ref = (n, key)
        elif key != ref[1]:
            fail("%s.sections.tsv and %s.sections.tsv disagree" % (ref[0], n))
    print("FAILED: %d" % len(errors) if errors else "all checks passed")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
