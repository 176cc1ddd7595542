#!/usr/bin/env python3
# Independent check of fixtures/layouts/learned/publisher-phrase.txt against its hand-written
# .expected. It re-reads the TEXT only (never gen_phrase.py's data):
#   1. the file is UTF-8, LF, no BOM, ends with a newline; every project line has the one house form
#      "- Title – USD 1,234" and every closing statement "Funds sought for NAME: USD 1,234"; no other
#      line ends with a figure, and no other line holds "Funds sought for ...: USD";
#   2. the groups: a heading line with the name the statement repeats, optional prose, 2-5 projects,
#      the statement right after them; at least 12 groups; one phrase, with no "total" and no "sum";
#   3. the groups that do not foot are exactly the .expected total-mismatch lines (line, declared,
#      computed), three of them: the first group (closing figure one digit off), a middle group (one
#      project one digit off) and the last group (the difference is no listed amount: a project missing);
#   4. the one learned-total line is at the first statement whose group foots; no other code; the
#      first text each note quotes stands on the line it gives.
# Run from anywhere: python3 scripts/layout-fixtures/set6/verify_phrase.py [BASE] (BASE: a path
# without .txt/.expected, for trying the check on altered copies)
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BASE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "fixtures", "layouts", "learned",
                                                          "publisher-phrase")

FIG = r"\d{1,3}(?:,\d{3})*"
ITEM = re.compile(rf"^- (?P<title>\S.*?) \u2013 USD (?P<fig>{FIG})$")
CLOSE = re.compile(rf"^Funds sought for (?P<name>\S.*?): USD (?P<fig>{FIG})$")
errors = []


def fail(msg):
    errors.append(msg)


def value(fig):
    return int(fig.replace(",", ""))


def one_digit_apart(a, b):
    sa, sb = str(a), str(b)
    return len(sa) == len(sb) and sum(x != y for x, y in zip(sa, sb)) == 1


def read_text():
    raw = open(BASE + ".txt", "rb").read()
    text = raw.decode("utf-8")
    if text.startswith("\ufeff") or "\r" in text or not text.endswith("\n"):
        fail("text: BOM, CR or no final newline")
    return text.split("\n")[:-1]


def groups_of(ls):
    groups, items = [], []
    for n, l in enumerate(ls, 1):
        mi, mc = ITEM.match(l), CLOSE.match(l)
        if l.startswith("- ") and not mi:
            fail(f"{n}: a list line not in the house form: {l!r}")
        if "Funds sought" in l and ": USD" in l and not mc:
            fail(f"{n}: a closing statement not in the house form: {l!r}")
        if not mi and not mc and re.search(r"\d\W*$", l):
            fail(f"{n}: a line other than a project or a statement ends with a figure: {l!r}")
        if mi:
            if items and items[-1][0] != n - 1:
                fail(f"{n}: the projects of a group are not contiguous")
            items.append((n, value(mi.group("fig")), l))
        elif mc:
            if not items or items[-1][0] != n - 1:
                fail(f"{n}: the statement does not follow its projects directly")
            if re.search(r"total|sum", l, re.I):
                fail(f"{n}: the phrase has 'total' or 'sum'")
            groups.append(dict(line=n, name=mc.group("name"), declared=value(mc.group("fig")),
                               items=items, text=l))
            items = []
    if items:
        fail(f"projects after the last statement: {items}")
    # the heading: the first line of the non-blank block that holds the projects
    for g in groups:
        k = g["items"][0][0] - 1  # 1-based line just above the first project
        while k > 1 and ls[k - 2].strip():
            k -= 1
        if ls[k - 1] != g["name"]:
            fail(f"{g['line']}: heading {ls[k - 1]!r} is not the statement's name {g['name']!r}")
        if not 2 <= len(g["items"]) <= 5:
            fail(f"{g['line']}: {len(g['items'])} projects")
        g["computed"] = sum(v for _, v, _ in g["items"])
    if len(groups) < 12:
        fail(f"only {len(groups)} groups")
    return groups


def read_expected():
    out = []
    for n, l in enumerate(open(BASE + ".expected", encoding="utf-8").read().split("\n"), 1):
        if not l.strip() or l.startswith("#"):
            continue
        m = re.match(r"^(\d+) ([a-z-]+)((?: [a-z]+=[0-9.]+)*) \| (.+)$", l)
        if not m:
            fail(f".expected {n}: not LINE CODE [k=v] | note: {l!r}")
            continue
        keys = dict(kv.split("=") for kv in m.group(3).split())
        out.append((int(m.group(1)), m.group(2), keys, m.group(4)))
    return out


def main():
    ls = read_text()
    groups = groups_of(ls)
    exp = read_expected()
    bad = [g for g in groups if g["declared"] != g["computed"]]
    footing = [g for g in groups if g["declared"] == g["computed"]]

    mism = [(ln, k) for ln, code, k, _ in exp if code == "total-mismatch"]
    learned = [ln for ln, code, _, _ in exp if code == "learned-total"]
    others = [(ln, code) for ln, code, _, _ in exp if code not in ("total-mismatch", "learned-total")]
    if others:
        fail(f".expected: other codes {others}")
    want = {(g["line"], str(g["declared"]), str(g["computed"])) for g in bad}
    got = {(ln, k.get("declared"), k.get("computed")) for ln, k in mism}
    if len(mism) != 3 or want != got:
        fail(f"total-mismatch: text {sorted(want)} vs .expected {sorted(got)}")
    for ln, k in mism:
        if set(k) != {"declared", "computed"}:
            fail(f".expected {ln}: keys {sorted(k)}")
    if len(bad) == 3:
        first, mid, last = bad
        if first is not groups[0] or last is not groups[-1] or mid in (groups[0], groups[-1]):
            fail("the three groups are not first / middle / last")
        if not one_digit_apart(first["declared"], first["computed"]):
            fail(f"{first['line']}: the first group's figure is not one digit off its projects")
        d = mid["computed"] - mid["declared"]
        if not any(one_digit_apart(v, v - d) for _, v, _ in mid["items"]):
            fail(f"{mid['line']}: no project of the middle group is one digit off")
        gap = last["declared"] - last["computed"]
        if gap <= 0 or gap in [v for _, v, _ in last["items"]]:
            fail(f"{last['line']}: the last group's difference {gap} does not read as a missing project")
    else:
        fail(f"{len(bad)} groups do not foot: {[g['line'] for g in bad]}")
    if len(learned) != 1 or not footing or learned[0] != footing[0]["line"]:
        fail(f"learned-total {learned} is not the first footing statement "
             f"{footing[0]['line'] if footing else None}")
    for ln, code, _, note in exp:
        q = re.search(r'"([^"]+)"', note)
        if code == "total-mismatch" and (not q or q.group(1) not in ls[ln - 1]):
            fail(f".expected {ln}: the quoted text is not on line {ln}")
        if code == "learned-total" and not CLOSE.match(ls[ln - 1]):
            fail(f".expected {ln}: learned-total not on a statement")

    print(f"{len(groups)} groups, statements at {[g['line'] for g in groups]}")
    print(f"not footing: {[(g['line'], g['name'], g['declared'], g['computed']) for g in bad]}")
    print(f"first footing statement: {footing[0]['line'] if footing else None} "
          f"({footing[0]['name'] if footing else ''})")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
