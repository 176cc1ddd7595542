#!/usr/bin/env python3
"""Re-read fixtures/layouts/learned/spanish-appeal.txt from its TEXT (not from gen_spanish.py's data)
and check it against the hand-written spanish-appeal.expected:
- the file is UTF-8 without BOM, LF line ends only, no TAB;
- every line that holds "EUR", an en dash or a list marker is a project line "• Title – 1.234 EUR" or a
  total "Necesidades de financiación de NAME: 1.234 EUR" (one format: same marker, dash, grouping,
  currency after the figure); no other line ends or begins with a figure, except a year at the end of
  a heading or date line;
- each group is: a heading line that is the total's NAME, optional prose, 2 to 5 project lines, one
  blank line, the total; at least 12 groups; no project after the last total; no title repeats;
- exactly three groups do not foot: the first, one in the middle, the last; the first is a swap of two
  digits in one item, the middle one's difference is no listed amount (a project missing), the last is
  a swap of two adjacent digits in the total;
- the .expected has exactly those three total-mismatch lines (line of the total, declared=, computed=,
  the total's text quoted) and one learned-total line at the first total whose group foots, nothing
  else.

Usage: python3 scripts/layout-fixtures/set6/verify_spanish.py   (exit 1 on any mismatch)"""
import itertools
import re
import sys
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TXT = ROOT / "fixtures/layouts/learned/spanish-appeal.txt"
EXP = ROOT / "fixtures/layouts/learned/spanish-appeal.expected"
ERR = []

FIG = r"(\d{1,3}(?:\.\d{3})*)"
ITEM = re.compile(r"^• (\S.*\S) – " + FIG + r" EUR$")
TOTAL = re.compile(r"^Necesidades de financiación de (\S.*\S): " + FIG + r" EUR$")


def err(msg):
    ERR.append(msg)
    print("ERROR:", msg)


def value(fig):
    return D(fig.replace(".", ""))


def es(n):
    return f"{int(n):,}".replace(",", ".")


def swaps(fig):
    """Every figure obtained by swapping two digits of fig (digits only, grouping kept)."""
    ds = [c for c in fig if c.isdigit()]
    out = set()
    for i, j in itertools.combinations(range(len(ds)), 2):
        t = ds[:]
        t[i], t[j] = t[j], t[i]
        out.add((D("".join(t)), j == i + 1))
    return out


def read_text():
    raw = TXT.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("BOM at the start")
    if b"\r" in raw or b"\t" in raw:
        err("CR or TAB in the file")
    if not raw.endswith(b"\n"):
        err("no final LF")
    return raw.decode("utf-8").split("\n")[:-1]


def parse(lines):
    groups, items, last_total = [], [], 0
    for n, l in enumerate(lines, 1):
        m, t = ITEM.match(l), TOTAL.match(l)
        if m:
            if re.search(r"\d", m.group(1)) or "–" in m.group(1):
                err(f"{n}: a digit or a second en dash in the title: {l!r}")
            items.append(dict(line=n, title=m.group(1), fig=m.group(2), value=value(m.group(2))))
        elif t:
            name, fig = t.group(1), t.group(2)
            if not items:
                err(f"{n}: total without projects")
            elif lines[n - 2] != "" or not ITEM.match(lines[n - 3]):
                err(f"{n}: the total does not follow its projects after one blank line")
            elif items[-1]["line"] != n - 2 or any(b["line"] - a["line"] != 1 for a, b in zip(items, items[1:])):
                err(f"{n}: the projects are not one block of consecutive lines")
            head = [k for k in range(last_total + 1, items[0]["line"] if items else n) if lines[k - 1] == name]
            if len(head) != 1:
                err(f"{n}: heading line {name!r} not found (once) between {last_total} and the projects")
            groups.append(dict(name=name, line=n, fig=fig, declared=value(fig), items=items,
                               head=head[0] if head else None, text=l))
            items, last_total = [], n
        else:
            if "EUR" in l or "–" in l or re.match(r"^\s*([•◦▪*\-]|\d+[.)]|[a-z]\))\s", l):
                err(f"{n}: a line with EUR, an en dash or a list marker that is no project and no total: {l!r}")
            if re.search(r"\d\W*$", l) and not re.search(r"\b(19|20)\d\d$", l):
                err(f"{n}: a line that is no project ends with a figure: {l!r}")
            if re.match(r"^\W*\d", l):
                err(f"{n}: a line begins with a figure: {l!r}")
    if items:
        err(f"projects after the last total: {items}")
    return groups


def read_expected():
    out = []
    for n, l in enumerate(EXP.read_text(encoding="utf-8").split("\n"), 1):
        if not l.strip() or l.startswith("#"):
            continue
        head, _, note = l.partition(" | ")
        f = head.split()
        kv = dict(x.split("=", 1) for x in f[2:])
        out.append(dict(line=int(f[0]), code=f[1], kv=kv, note=note, src=n))
    return out


def main():
    lines = read_text()
    groups = parse(lines)
    print(f"{TXT.relative_to(ROOT)}: {len(lines)} lines, {len(groups)} groups, "
          f"{sum(len(g['items']) for g in groups)} projects")
    if len(groups) < 12:
        err(f"only {len(groups)} groups")
    seen = {}
    for g in groups:
        if not 2 <= len(g["items"]) <= 5:
            err(f"{g['name']}: {len(g['items'])} projects")
        for it in g["items"]:
            if it["title"].lower() in seen:
                err(f"title repeated at {seen[it['title'].lower()]} and {it['line']}")
            seen[it["title"].lower()] = it["line"]
        g["computed"] = sum(it["value"] for it in g["items"])
        g["foots"] = g["computed"] == g["declared"]
        print(f"  {'OK ' if g['foots'] else 'BAD'} {g['name']:14} heading {g['head']:>3} total {g['line']:>3} "
              f"declared={g['declared']} computed={g['computed']} items={[i['line'] for i in g['items']]}")
    bad = [k for k, g in enumerate(groups) if not g["foots"]]
    if len(bad) != 3 or bad[0] != 0 or bad[2] != len(groups) - 1 or not 0 < bad[1] < len(groups) - 1:
        err(f"the groups that do not foot are {bad}, not first, one middle, last")
    else:
        first, mid, last = (groups[k] for k in bad)
        # first: one item with two digits swapped makes it foot
        fix = [it for it in first["items"]
               if any(first["computed"] - it["value"] + s == first["declared"] for s, _ in swaps(it["fig"]))]
        if len(fix) != 1:
            err(f"{first['name']}: not exactly one item whose digit swap makes it foot: {fix}")
        else:
            print(f"  first group: item at {fix[0]['line']} ({fix[0]['fig']}) has two digits swapped")
        # middle: a project missing (the difference is positive, no listed amount, no swap of any item)
        d = mid["declared"] - mid["computed"]
        if d <= 0 or any(it["value"] == d for it in mid["items"]) or any(
                mid["computed"] - it["value"] + s == mid["declared"] for it in mid["items"]
                for s, _ in swaps(it["fig"])) or any(s == mid["computed"] for s, _ in swaps(mid["fig"])):
            err(f"{mid['name']}: difference {d} does not read as a missing project")
        else:
            print(f"  middle group {mid['name']}: {es(d)} missing")
        # last: the total with two adjacent digits swapped
        if (last["computed"], True) not in swaps(last["fig"]):
            err(f"{last['name']}: the total {last['fig']} is not {es(last['computed'])} with two adjacent digits swapped")
        else:
            print(f"  last group {last['name']}: total {last['fig']} = {es(last['computed'])} with adjacent digits swapped")
    # the .expected
    exp = read_expected()
    by_line = {g["line"]: g for g in groups}
    mism = sorted(e["line"] for e in exp if e["code"] == "total-mismatch")
    if mism != sorted(groups[k]["line"] for k in bad):
        err(f".expected total-mismatch lines {mism}, text {[groups[k]['line'] for k in bad]}")
    learned = [e for e in exp if e["code"] == "learned-total"]
    first_ok = next(g for g in groups if g["foots"])
    if len(learned) != 1 or learned[0]["line"] != first_ok["line"] or learned[0]["kv"]:
        err(f".expected learned-total {learned}; the first footing total is at {first_ok['line']}")
    if len(exp) != 4 or {e["code"] for e in exp} != {"total-mismatch", "learned-total"}:
        err(f".expected has {len(exp)} findings: {[(e['line'], e['code']) for e in exp]}")
    for e in exp:
        g = by_line.get(e["line"])
        if e["code"] != "total-mismatch":
            continue
        if not g:
            err(f".expected line {e['src']}: no total at {e['line']}")
            continue
        if set(e["kv"]) != {"declared", "computed"} or (D(e["kv"]["declared"]), D(e["kv"]["computed"])) != (
                g["declared"], g["computed"]):
            err(f".expected line {e['src']}: {e['kv']} but the text gives declared={g['declared']} "
                f"computed={g['computed']}")
        if f'"{g["text"]}"' not in e["note"]:
            err(f".expected line {e['src']}: the note does not quote the total {g['text']!r}")
        expr = " + ".join(it["fig"] for it in g["items"]) + f" = {es(g['computed'])}"
        if expr not in e["note"]:
            err(f".expected line {e['src']}: the note does not give the sum {expr!r}")
    print(f"{EXP.relative_to(ROOT)}: {len(exp)} findings: "
          + ", ".join(f"{e['line']} {e['code']}" for e in sorted(exp, key=lambda e: e["line"])))
    print("OK" if not ERR else f"{len(ERR)} error(s)")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
