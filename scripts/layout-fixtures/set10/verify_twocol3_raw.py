#!/usr/bin/env python3
"""Independent checker for fixtures/layouts/two-column-3/appeal-raw.txt (plain pdftotext).

The raw extraction does not keep the reading order (blocks of the two columns are interleaved), so
this checker does NOT group by position. It reads in the raw text:
  - every total statement ("Total requirements for NAME:" / "Total for NAME:", the "CHF n" on the
    same line or the next one): NAME, declared figure, line of the figure;
  - every heading (a line equal to a NAME);
  - every bullet item, from its "•" line to the line that ends with "– CHF n" (the lines of one
    item stay together in the raw text): title, figure, line of the figure, form.
Group membership comes from the names and the figures: each raw item is matched, by its title and
its printed figure, to the item of the same title and figure in the -layout text as parsed by
verify_twocol3_layout.py (column reconstruction), which says which NAME's group it belongs to; the
raw total is found by NAME. Sums, findings and the raw line numbers are then computed from the raw
items, and compared with appeal-raw.expected and appeal-raw.sections.tsv. It also prints how the raw
order differs (groups not contiguous, totals before their heading, items after another heading).

Run from the repository root: python3 scripts/layout-fixtures/set10/verify_twocol3_raw.py
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verify_twocol3_layout as L  # noqa: E402

RAW = os.path.join(L.DIR, "appeal-raw.txt")


def parse_raw(lines):
    totals, items, headings_at = {}, [], []
    names = []
    for i, ln in enumerate(lines):
        m = L.TOTAL_RE.match(ln.lstrip("\f").strip())
        if m:
            names.append(m.group(2))
    n = len(lines)
    i = 0
    while i < n:
        s = lines[i].lstrip("\f").strip()
        no = i + 1
        i += 1
        m = L.TOTAL_RE.match(s)
        if m:
            fig, fig_line = m.group(3), no
            if fig is None:
                while not lines[i].strip():
                    i += 1
                m2 = L.TOTAL_FIG_RE.match(lines[i].strip())
                assert m2, "no figure after total label at %d" % no
                fig, fig_line = m2.group(1), i + 1
                i += 1
            assert m.group(2) not in totals, "two totals for %s" % m.group(2)
            totals[m.group(2)] = dict(label_line=no, total_line=fig_line,
                                      declared=int(fig.replace(",", "")))
            continue
        if s in names:
            headings_at.append((no, s))
            continue
        if s.startswith("\u2022"):
            start = no
            buf = [s[1:].strip()]
            while True:
                am = L.AMOUNT_RE.search(" ".join(buf))
                if am:
                    break
                t = lines[i].lstrip("\f").strip()
                assert t and not t.startswith("\u2022"), "item at %d broken at %d" % (start, i + 1)
                buf.append(t)
                i += 1
            joined = " ".join(buf)
            value, problems = L.classify(am.group(1), am.group(2), am.group(3))
            items.append(dict(title=L.clean(joined[:am.start()]), figure=am.group(3), value=value,
                              problems=problems, line=i if len(buf) > 1 else start, start=start,
                              text=lines[(i if len(buf) > 1 else start) - 1]))
    return totals, items, headings_at


def main():
    _, lgroups, lerr = L.layout_groups()
    if lerr:
        print("layout parse errors:", lerr)
        return 1
    lines = L.read_lines(RAW)
    totals, items, headings_at = parse_raw(lines)
    heading_line = {name: no for no, name in headings_at}
    ok = True
    # membership: layout (title, figure) -> group name
    owner = {}
    for g in lgroups:
        for it in g["items"]:
            key = (it["title"], it["figure"])
            assert key not in owner, key
            owner[key] = g["name"]
    by_group = {g["name"]: [] for g in lgroups}
    for it in items:
        key = (it["title"], it["figure"])
        if key not in owner:
            print("raw item not in the layout text:", key, "line", it["line"])
            ok = False
            continue
        by_group[owner.pop(key)].append(it)
    for key in owner:
        print("layout item not found in raw:", key)
        ok = False
    groups = []
    for g in lgroups:
        t = totals.get(g["name"])
        if t is None:
            print("no raw total for", g["name"])
            ok = False
            continue
        groups.append(dict(name=g["name"], total_line=t["total_line"], label_line=t["label_line"],
                           declared=t["declared"], items=by_group[g["name"]],
                           heading_line=heading_line.get(g["name"])))
    print("groups: %d (raw totals found: %d, raw items: %d)" % (len(groups), len(totals), len(items)))
    # order analysis
    marks = []  # (line, group, kind)
    for g in groups:
        marks.append((g["heading_line"], g["name"], "heading"))
        marks.append((g["total_line"], g["name"], "total"))
        for it in g["items"]:
            marks.append((it["line"], g["name"], "item"))
    marks.sort()
    for k, g in enumerate(groups, 1):
        listed = sum(it["value"] for it in g["items"])
        lo = min([g["heading_line"], g["label_line"]] + [it["start"] for it in g["items"]])
        hi = max([g["total_line"]] + [it["line"] for it in g["items"]])
        foreign = sorted(set("%s %s@%d" % (nm, kind, ln) for ln, nm, kind in marks
                             if lo <= ln <= hi and nm != g["name"]))
        notes = []
        if g["total_line"] < g["heading_line"]:
            notes.append("TOTAL BEFORE HEADING")
        for it in g["items"]:
            prev = [nm for ln, nm, kind in marks if kind == "heading" and ln < it["start"]]
            if prev and prev[-1] != g["name"]:
                notes.append("item@%d under heading of %s" % (it["line"], prev[-1]))
            if it["line"] < g["heading_line"]:
                notes.append("item@%d before heading" % it["line"])
        flag = "" if listed == g["declared"] else "  <-- does not foot"
        print("%2d %-20s heading %-4s total %-4s items %-24s listed %8d declared %8d%s"
              % (k, g["name"], g["heading_line"], g["total_line"],
                 ",".join(str(it["line"]) for it in g["items"]), listed, g["declared"], flag))
        if foreign or notes:
            print("      span %d-%d; inside: %s %s" % (lo, hi, "; ".join(foreign), " ".join(notes)))
        for it in g["items"]:
            if it["problems"]:
                print("      line %d %s %r" % (it["line"], it["problems"], it["text"]))
    comp = L.findings_of(groups)
    print("findings:")
    for c in comp:
        print("  %d %s %s | %s" % c)
    # line-final hyphens in the raw text (soft hyphens printed at a break)
    for no, ln in enumerate(lines, 1):
        if ln.rstrip().endswith("\u2010") or ln.rstrip().endswith("-"):
            print("  line-final hyphen at %d: %r" % (no, ln))
    ok &= L.check_expected(os.path.join(L.DIR, "appeal-raw.expected"), lines, comp)
    ok &= L.check_tsv(os.path.join(L.DIR, "appeal-raw.sections.tsv"), groups)
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
