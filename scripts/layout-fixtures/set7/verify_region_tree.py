#!/usr/bin/env python3
"""Independent check of fixtures/layouts/blind7/region-tree.txt.

Re-reads the TEXT only (nothing from the generator): finds the table under the
"Requirements (US$)" header, reads each row's indentation (tabs to 8 columns), name and
trailing figure, builds the tree (a row's parent is the nearest row above indented less;
the last row, after the dashed rule, sums the rows at the left margin), and checks:
  - which parents do not foot (sum of the rows directly beneath, as printed);
  - which figures are not in the column's form 1,234,567;
  - that these equal the findings of region-tree.expected (line, code, keys);
  - that each .expected line's first quoted snippet occurs on its line, and any
    snippet followed by "(line N)" occurs on line N;
  - that region-tree.sections.tsv lists every parent with the same line, parts,
    listed sum and declared figure.
Run from the repository root.
"""
import re
import sys

BASE = "fixtures/layouts/blind7/region-tree"
GOOD = re.compile(r"^\d{1,3}(?:,\d{3})*$")
ROW = re.compile(r"^([ \t]*)(\S.*?\S|\S)\s{2,}(\d(?:[\d,]|(?<=,) (?=\d))*)$")


def main():
    text = open(BASE + ".txt", encoding="utf-8").read()
    assert "\r" not in text
    lines = text.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    errors = []

    hdr = [i for i, l in enumerate(lines) if l.rstrip().endswith("Requirements (US$)")]
    assert len(hdr) == 1, hdr
    i = hdr[0] + 1
    assert set(lines[i]) == {"="}, lines[i]
    i += 1
    rows = []          # dicts: line, indent, raw_indent, name, text, value
    rule_seen = False
    while i < len(lines) and lines[i].strip():
        l = lines[i]
        if set(l) == {"-"}:
            rule_seen = True
            i += 1
            continue
        m = ROW.match(l)
        if not m:
            errors.append(f"line {i+1}: table line not a one-line row: {l!r}")
            i += 1
            continue
        ind, name, fig = m.groups()
        if "total" in name.lower():
            errors.append(f"line {i+1}: row name contains 'total': {name!r}")
        rows.append(dict(line=i + 1, indent=len(ind.expandtabs(8)), raw=ind, name=name,
                         text=fig, value=int(re.sub(r"[^\d]", "", fig)), after_rule=rule_seen))
        i += 1
    assert rule_seen and rows[-1]["after_rule"] and not any(r["after_rule"] for r in rows[:-1])
    last = rows[-1]
    assert last["indent"] == 0

    # tree
    for k, r in enumerate(rows[:-1]):
        r["parent"] = None
        for j in range(k - 1, -1, -1):
            if rows[j]["indent"] < r["indent"]:
                r["parent"] = j
                break
        if r["indent"] > 0 and r["parent"] is None:
            errors.append(f"line {r['line']}: indented row without parent")
    children = {k: [] for k in range(len(rows))}
    for k, r in enumerate(rows[:-1]):
        if r["parent"] is not None:
            children[r["parent"]].append(k)
    children[len(rows) - 1] = [k for k, r in enumerate(rows[:-1]) if r["indent"] == 0]

    # region indentation styles
    regions = children[len(rows) - 1]
    print(f"{len(rows)} rows, {len(regions)} regions")
    for k in regions:
        subs = children[k]
        lvl1 = {rows[c]["raw"] for c in subs}
        lvl2 = {rows[g]["raw"] for c in subs for g in children[c]}
        childless = [rows[c]["name"] for c in subs if not children[c]]
        single = [rows[c]["name"] for c in subs if len(children[c]) == 1]
        print(f"  {rows[k]['name']}: indents {sorted(map(repr, lvl1))} / {sorted(map(repr, lvl2))}"
              f"; childless at sub-region level: {childless}; single-country: {single}")
        for c in subs:
            for g in children[c]:
                if children[g]:
                    errors.append(f"line {rows[g]['line']}: a fourth level")

    # findings
    found = set()
    parents = []
    for k, r in enumerate(rows):
        if not children[k]:
            continue
        s = sum(rows[c]["value"] for c in children[k])
        parents.append((r["line"], r["name"], len(children[k]), s, r["value"]))
        if s != r["value"]:
            found.add((r["line"], "table-total-mismatch", f"declared={r['value']} computed={s}"))
    for k, r in enumerate(rows):
        if not GOOD.match(r["text"]):
            found.add((r["line"], "malformed-amount", f"value={r['value']}"))
            if children[k]:
                errors.append(f"line {r['line']}: format error on a parent row")
    print(f"{len(parents)} declared figures (parents)")
    for f in sorted(found):
        print("  found:", *f)

    # expected
    exp = set()
    for n, l in enumerate(open(BASE + ".expected", encoding="utf-8"), 1):
        l = l.rstrip("\n")
        if not l.strip() or l.startswith("#"):
            continue
        head, _, note = l.partition(" | ")
        parts = head.split()
        line, code, keys = int(parts[0]), parts[1], " ".join(parts[2:])
        exp.add((line, code, keys))
        quotes = re.findall(r'"([^"]+)"', note)
        if not quotes:
            errors.append(f".expected line {n}: no quoted snippet")
        elif quotes[0] not in lines[line - 1]:
            errors.append(f".expected line {n}: {quotes[0]!r} not on line {line}")
        for q, ln in re.findall(r'"([^"]+)" \(line (\d+)\)', note):
            if q not in lines[int(ln) - 1]:
                errors.append(f".expected line {n}: {q!r} not on line {ln}")
    for f in sorted(found - exp):
        errors.append(f"found but not expected: {f}")
    for f in sorted(exp - found):
        errors.append(f"expected but not found: {f}")

    # sections.tsv
    tsv = open(BASE + ".sections.tsv", encoding="utf-8").read().splitlines()
    if tsv[0].split("\t") != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
        errors.append("sections.tsv: bad header")
    got = []
    for k, l in enumerate(tsv[1:], 1):
        c = l.split("\t")
        if int(c[0]) != k:
            errors.append(f"sections.tsv: ordinal {c[0]} at row {k}")
        got.append((int(c[1]), c[2], int(c[3]), int(c[4]), int(c[5])))
    if got != sorted(parents):
        errors.append("sections.tsv differs from the text's parents")
        for a, b in zip(got, sorted(parents)):
            if a != b:
                errors.append(f"  tsv {a} text {b}")

    sums = sum(1 for f in found if f[1] == "table-total-mismatch")
    fmts = sum(1 for f in found if f[1] == "malformed-amount")
    print(f"sum errors {sums}, format errors {fmts}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: text, .expected and .sections.tsv agree")


if __name__ == "__main__":
    main()
