#!/usr/bin/env python3
"""Independent checker for fixtures/layouts/two-column-3/appeal-layout.txt (pdftotext -layout).

It re-reads the TEXT only (not the generator's data): per page it finds the gutter (the column
where the right-hand column starts), cuts every line there, and reads each band between spanning
lines (part banners, title) left column first, then right column. In that reading order it parses
bullets ("• ..." up to the line that ends with "– CHF n"), total statements ("Total requirements for
NAME: CHF n" / "Total for NAME: CHF n", the figure possibly on the next line) and headings (a line
equal to a NAME of a total statement). It then prints every group, the groups that do not foot, the
amounts not in the house form, and compares them with appeal-layout.expected and
appeal-layout.sections.tsv (each expected line's first quoted snippet must occur on its line).

Run from the repository root: python3 scripts/layout-fixtures/set10/verify_twocol3_layout.py
"""
import collections
import os
import re
import sys

DIR = os.path.join("fixtures", "layouts", "two-column-3")

HEADER_RE = re.compile(r"^Cordillera Aid Federation\s{3,}Central America")
FOOTER_RE = re.compile(r"^Appeal CAF-HUR-25 .*page \d+ of \d+\s*$")
BANNER_RE = re.compile(r"^PART [IVX]+ \u2014 ")
TOTAL_RE = re.compile(r"^Total (requirements )?for (.+?):(?:\s+CHF ([0-9][0-9,]*))?$")
TOTAL_FIG_RE = re.compile(r"^CHF ([0-9][0-9,]*)$")
AMOUNT_RE = re.compile(r"(?:^|\s)([\u2013-]) (CHF )?([0-9O][0-9O,]*)$")
HOUSE_FIG_RE = re.compile(r"^\d{1,3}(,\d{3})*$")
LAKH_RE = re.compile(r"^\d{1,2}(,\d{2})+,\d{3}$")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text.split("\n")


def pages_of(lines):
    """[(page_no, [(lineno, text_without_formfeed)])]"""
    pages = [[]]
    for i, ln in enumerate(lines, 1):
        if ln.startswith("\f"):
            pages.append([])
            ln = ln[1:]
        pages[-1].append((i, ln))
    return [p for p in pages if any(t.strip() for _, t in p)]


def gutter(page):
    starts = collections.Counter()
    for _, t in page:
        for m in re.finditer(r" {3,}(\S)", t):
            if m.start(1) > 40:
                starts[m.start(1)] += 1
    return starts.most_common(1)[0][0] if starts else None


def reading_order(lines):
    """Fragments (lineno, text, kind) in reading order; kind in text/banner."""
    out = []
    for page in pages_of(lines):
        col = gutter(page)
        band_left, band_right = [], []

        def flush():
            out.extend(band_left)
            out.extend(band_right)
            band_left.clear()
            band_right.clear()

        for no, t in page:
            if not t.strip():
                continue
            if HEADER_RE.match(t) or FOOTER_RE.match(t):
                continue  # page furniture
            s = t.strip()
            spanning = BANNER_RE.match(s) or (col is not None and len(t) > col and t[col - 1] != " "
                                              and not re.search(r" {3,}$", t[:col]))
            if spanning:
                flush()
                out.append((no, s, "banner" if BANNER_RE.match(s) else "span"))
                continue
            if col is None:
                band_left.append((no, s, "text"))
                continue
            left, right = t[:col].strip(), t[col:].strip()
            if left:
                band_left.append((no, left, "text"))
            if right:
                band_right.append((no, right, "text"))
        flush()
    return out


def classify(dash, cur, fig):
    """(value, problem or None) for an item amount."""
    value = int(fig.replace("O", "0").replace(",", ""))
    problems = []
    if dash != "\u2013":
        problems.append("hyphen")
    if not cur:
        problems.append("no-currency")
    if "O" in fig:
        problems.append("letter-O")
    elif LAKH_RE.match(fig):
        problems.append("lakh")
    elif not HOUSE_FIG_RE.match(fig):
        problems.append("bad-grouping")
    return value, problems


def clean(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad\u2010 ", "").replace("\u00ad", "")).strip()


def parse(frags):
    """Groups in reading order: dict(name, total_line, declared, items=[...], heading_line)."""
    names = set()
    for i, (_, s, _) in enumerate(frags):
        m = TOTAL_RE.match(s)
        if m:
            names.add(m.group(2))
    groups, items, errors = [], [], []
    pending = None  # (start_line, [text])
    heading = None
    i = 0
    while i < len(frags):
        no, s, kind = frags[i]
        i += 1
        if kind == "banner":
            continue
        if s.startswith("\u2022"):
            if pending:
                errors.append("item without amount at %d" % pending[0])
            pending = (no, [s[1:].strip()])
        elif pending is not None:
            pending[1].append(s)
        else:
            m = TOTAL_RE.match(s)
            if m:
                name, fig, fig_line = m.group(2), m.group(3), no
                if fig is None:
                    n2, s2, _ = frags[i]
                    i += 1
                    m2 = TOTAL_FIG_RE.match(s2)
                    if not m2:
                        errors.append("total without figure at %d" % no)
                        continue
                    fig, fig_line = m2.group(1), n2
                if heading is None or heading[1] != name:
                    errors.append("total %s at %d not under its heading (last heading %s)"
                                  % (name, no, heading))
                groups.append(dict(name=name, label_line=no, total_line=fig_line,
                                   declared=int(fig.replace(",", "")), declared_text=fig,
                                   wording=("std" if m.group(1) else "for"), items=items,
                                   heading_line=heading[0] if heading else None))
                items = []
                heading = None
                continue
            if s in names:
                if items:
                    errors.append("items before heading %s at %d" % (s, no))
                heading = (no, s)
            continue
        if pending is not None:
            joined = " ".join(pending[1])
            m = AMOUNT_RE.search(joined)
            if m:
                dash, cur, fig = m.group(1), m.group(2), m.group(3)
                value, problems = classify(dash, cur, fig)
                title = clean(joined[:m.start()])
                items.append(dict(title=title, line=no, start=pending[0], value=value,
                                  figure=fig, problems=problems, text=s))
                pending = None
    if pending:
        errors.append("unfinished item at %d" % pending[0])
    return groups, errors


def findings_of(groups):
    out = []
    for g in groups:
        listed = sum(it["value"] for it in g["items"])
        if listed != g["declared"]:
            out.append((g["total_line"], "total-mismatch",
                        "declared=%d computed=%d" % (g["declared"], listed), g["name"]))
        for it in g["items"]:
            for p in it["problems"]:
                code = "missing-currency" if p == "no-currency" else "malformed-amount"
                out.append((it["line"], code, "value=%d" % it["value"], g["name"]))
    return sorted(out)


def read_expected(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.lstrip().startswith("#"):
                continue
            head, _, note = ln.partition(" | ")
            parts = head.split()
            rows.append((int(parts[0]), parts[1], " ".join(parts[2:]), note))
    return rows


def check_expected(path, lines, computed):
    ok = True
    rows = read_expected(path)
    got = sorted((r[0], r[1], r[2]) for r in rows)
    want = sorted((c[0], c[1], c[2]) for c in computed)
    if got != want:
        ok = False
        print("MISMATCH %s" % path)
        for x in want:
            if x not in got:
                print("  computed, not in expected:", x)
        for x in got:
            if x not in want:
                print("  expected, not computed:", x)
    for line, code, keys, note in rows:
        m = re.search(r'"([^"]+)"', note)
        if not m:
            ok = False
            print("no quoted snippet in expected line %d" % line)
            continue
        snip = m.group(1)
        if snip not in lines[line - 1]:
            ok = False
            print("snippet %r not on line %d: %r" % (snip, line, lines[line - 1]))
    print("%s: %d lines, %s" % (path, len(rows), "OK" if ok else "FAILED"))
    return ok


def check_tsv(path, groups):
    ok = True
    with open(path, encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f if ln.strip()]
    header, rows = rows[0], rows[1:]
    if header != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
        print("bad tsv header", header)
        ok = False
    if len(rows) != len(groups):
        print("tsv has %d rows, %d groups" % (len(rows), len(groups)))
        ok = False
    for r, (k, g) in zip(rows, enumerate(groups, 1)):
        want = [str(k), str(g["total_line"]), g["name"], str(len(g["items"])),
                str(sum(it["value"] for it in g["items"])), str(g["declared"])]
        if r != want:
            ok = False
            print("tsv row %r, computed %r" % (r, want))
    print("%s: %d rows, %s" % (path, len(rows), "OK" if ok else "FAILED"))
    return ok


def layout_groups(path=None):
    lines = read_lines(path or os.path.join(DIR, "appeal-layout.txt"))
    groups, errors = parse(reading_order(lines))
    return lines, groups, errors


def main():
    lines, groups, errors = layout_groups()
    for e in errors:
        print("PARSE:", e)
    print("groups: %d" % len(groups))
    allfigs = collections.Counter()
    for k, g in enumerate(groups, 1):
        listed = sum(it["value"] for it in g["items"])
        flag = "" if listed == g["declared"] else "   <-- does not foot (diff %d)" % (g["declared"] - listed)
        print("%2d %-20s heading %-4s total %-4s %d items  listed %9d  declared %9d%s"
              % (k, g["name"], g["heading_line"], g["total_line"], len(g["items"]), listed,
                 g["declared"], flag))
        for it in g["items"]:
            allfigs[it["value"]] += 1
            if it["problems"]:
                print("      line %d %s %s" % (it["line"], it["problems"], it["text"]))
    dup = [v for v, n in allfigs.items() if n > 1]
    if dup:
        print("duplicate item figures:", dup)
    comp = findings_of(groups)
    print("findings:")
    for c in comp:
        print("  %d %s %s | %s" % c)
    ok = not errors and not dup
    ok &= check_expected(os.path.join(DIR, "appeal-layout.expected"), lines, comp)
    ok &= check_tsv(os.path.join(DIR, "appeal-layout.sections.tsv"), groups)
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
