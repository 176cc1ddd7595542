#!/usr/bin/env python3
"""Re-read fixtures/layouts/learned/table-label.md from its TEXT (not from the generator's data) and check
it against table-label.expected (written blind: no crossfoot source, no crossfoot run).

Checks: UTF-8 (NFC), LF, no BOM; no "total"/"sum" anywhere; at least 12 "## " sections, each with
prose and exactly one table | Project | Partner | Budget (EUR) | of 2 to 5 project rows closed by
"| **All projects, HEADING** | | **n** |"; every figure a bare English-format number; no money in prose;
no project title repeated. Then: exactly three tables do not foot (the first, one in the middle, the
last), each is a total-mismatch line of the .expected at its labelled row with the declared figure
printed there and the sum of its printed project figures; the first is explained by two adjacent
digits swapped in one project figure, the middle one by a missing row (the difference is no listed
figure and no digit swap), the last by two adjacent digits swapped in the labelled figure; the one
learned-total line is at the labelled row of the first table that foots; nothing else is expected.

Usage: python3 scripts/layout-fixtures/set6/verify_table_label.py   (exit 1 on any mismatch)"""
import re
import sys
import unicodedata
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "fixtures" / "layouts" / "learned" / "table-label.md"
EXP = DOC.with_suffix(".expected")
ERR = []
EN = re.compile(r"^\d{1,3}(?:,\d{3})*$")
MONEY = re.compile(r"(?:EUR|€|US\$|USD|\$)\s*\d|\d[\d,.]*\s*(?:EUR|€|euros?\b|dollars?\b)", re.I)


def err(msg):
    ERR.append(msg)
    print("ERROR:", msg)


def cells(line):
    assert line.startswith("|") and line.endswith("|"), line
    return [c.strip() for c in line[1:-1].split("|")]


def num(s):
    if not EN.match(s):
        return None
    return D(s.replace(",", ""))


def adjacent_swaps(fig):
    """Every figure obtained by swapping two adjacent digits of the printed figure `fig`."""
    pos = [k for k, c in enumerate(fig) if c.isdigit()]
    out = set()
    for a, b in zip(pos, pos[1:]):
        if fig[a] != fig[b]:
            t = list(fig)
            t[a], t[b] = t[b], t[a]
            if t[0] != "0":
                out.add(D("".join(t).replace(",", "")))
    return out


def parse(text):
    lines = text.split("\n")[:-1]
    sections, cur = [], None
    tables_seen = 0
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("## "):
            cur = dict(name=l[3:].strip(), line=i + 1, prose=[], tables=[])
            sections.append(cur)
        elif l.startswith("|"):
            start = i
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append((i + 1, lines[i]))
                i += 1
            tables_seen += 1
            if cur is None:
                err(f"table at line {start + 1} outside any section")
            else:
                cur["tables"].append(block)
            continue
        elif l.strip() and cur is not None:
            cur["prose"].append((i + 1, l))
        if l.strip() and not l.startswith("|") and MONEY.search(l):
            err(f"line {i + 1}: money amount outside a table: {l!r}")
        i += 1
    return sections, tables_seen


def read_table(sec):
    if len(sec["tables"]) != 1:
        err(f"{sec['name']}: {len(sec['tables'])} tables")
        return None
    block = sec["tables"][0]
    head = cells(block[0][1])
    if head != ["Project", "Partner", "Budget (EUR)"]:
        err(f"{sec['name']}: header {head}")
    col = head.index("Budget (EUR)")
    if not re.fullmatch(r"\|(?:\s*:?-+:?\s*\|)+", block[1][1]):
        err(f"{sec['name']}: line {block[1][0]} is not an alignment row")
    rows, label = [], None
    body = block[2:]
    for n, (ln, l) in enumerate(body):
        c = cells(l)
        if len(c) != len(head):
            err(f"line {ln}: {len(c)} cells")
            continue
        last = n == len(body) - 1
        if last:
            want = f"**All projects, {sec['name']}**"
            if c[0] != want or c[1] != "":
                err(f"line {ln}: labelled row {c[:2]}, want [{want!r}, '']")
            m = re.fullmatch(r"\*\*(.+)\*\*", c[col])
            v = num(m.group(1)) if m else None
            if v is None:
                err(f"line {ln}: labelled figure {c[col]!r}")
            label = (ln, v, m.group(1) if m else c[col])
        else:
            v = num(c[col])
            if v is None or "*" in l or not c[0] or not c[1]:
                err(f"line {ln}: project row {c}")
            if re.search(r"\d", c[0] + c[1]):
                err(f"line {ln}: digits outside the budget column")
            rows.append((ln, c[0], v, c[col]))
    if not 2 <= len(rows) <= 5:
        err(f"{sec['name']}: {len(rows)} project rows")
    return dict(name=sec["name"], rows=rows, label=label)


def read_expected():
    out = []
    for l in EXP.read_text(encoding="utf-8").split("\n"):
        if not l.strip() or l.startswith("#"):
            continue
        head = l.split("|", 1)[0].split()
        kv = dict(x.split("=") for x in head[2:])
        out.append(dict(line=int(head[0]), code=head[1], **{k: D(v) for k, v in kv.items()}))
    return out


def main():
    raw = DOC.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("BOM")
    if b"\r" in raw:
        err("CR in the document")
    if not raw.endswith(b"\n"):
        err("no final LF")
    text = raw.decode("utf-8")
    if not unicodedata.is_normalized("NFC", text):
        err("not NFC")
    for w in ("total", "sum"):
        if w in text.lower():
            err(f"the document contains {w!r}")
    sections, tables_seen = parse(text)
    if len(sections) < 12:
        err(f"{len(sections)} sections")
    names = [s["name"] for s in sections]
    if len(set(names)) != len(names):
        err("a heading repeats")
    tables = []
    for s in sections:
        if not s["prose"]:
            err(f"{s['name']}: no prose")
        t = read_table(s)
        if t:
            tables.append(t)
    if tables_seen != len(tables):
        err(f"{tables_seen} tables, {len(tables)} read")
    titles = [r[1] for t in tables for r in t["rows"]]
    if len(set(titles)) != len(titles):
        err("a project title repeats")

    mism, footing = [], []
    for k, t in enumerate(tables):
        ln, dec, _ = t["label"]
        comp = sum(r[2] for r in t["rows"])
        (footing if dec == comp else mism).append((k, ln, dec, comp))
        print(f"{ln}\t{t['name']}\tdeclared={dec}\tcomputed={comp}\t"
              f"{'foots' if dec == comp else 'MISMATCH'}")

    # the three injected errors, each of its kind
    if [m[0] for m in mism][:1] != [0] or [m[0] for m in mism][-1:] != [len(tables) - 1] or len(mism) != 3:
        err(f"tables that do not foot: {[tables[m[0]]['name'] for m in mism]}; want first, one middle, last")
    else:
        (k0, _, d0, c0), (k1, _, d1, c1), (k2, _, d2, c2) = mism
        t0 = tables[k0]
        fixes = [r for r in t0["rows"] if any(c0 - r[2] + s == d0 for s in adjacent_swaps(r[3]))]
        if len(fixes) != 1:
            err(f"{t0['name']}: {len(fixes)} project figures explain the difference by a digit swap")
        else:
            print(f"  {t0['name']}: the digit swap is at line {fixes[0][0]} ({fixes[0][3]})")
        t1 = tables[k1]
        diff = d1 - c1
        if diff <= 0 or diff in [r[2] for r in t1["rows"]] or diff % 9 == 0:
            err(f"{t1['name']}: difference {diff} does not look like a missing row")
        if c1 in adjacent_swaps(tables[k1]["label"][2]):
            err(f"{t1['name']}: the difference is also a swap in the labelled figure")
        t2 = tables[k2]
        if c2 not in adjacent_swaps(t2["label"][2]):
            err(f"{t2['name']}: {t2['label'][2]} is no adjacent-digit swap of {c2}")

    exp = read_expected()
    got_tm = sorted((e["line"], e.get("declared"), e.get("computed")) for e in exp
                    if e["code"] == "total-mismatch")
    want_tm = sorted((ln, dec, comp) for _, ln, dec, comp in mism)
    if got_tm != want_tm:
        err(f"total-mismatch lines {got_tm}, text gives {want_tm}")
    lt = [e for e in exp if e["code"] == "learned-total"]
    if not footing:
        err("no table foots")
    elif len(lt) != 1 or lt[0]["line"] != footing[0][1] or len(lt[0]) != 2:
        err(f"learned-total {lt}, want one at line {footing[0][1]} (first footing row), no keys")
    other = [e for e in exp if e["code"] not in ("total-mismatch", "learned-total")]
    if other:
        err(f"unexpected codes {other}")
    if len(exp) != 4:
        err(f"{len(exp)} expected lines, want 4")

    if ERR:
        print(f"{len(ERR)} error(s)")
        sys.exit(1)
    print(f"OK: {len(tables)} tables, {len(mism)} do not foot, learned-total at {footing[0][1]}")


if __name__ == "__main__":
    main()
