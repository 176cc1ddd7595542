# Independent check of the fifth blind set: re-reads each TEXT (never the generators' data),
# rebuilds every group (listed amounts and declared total), and checks
#   1. the groups equal NAME.sections.tsv (line, name, count, listed sum, declared);
#   2. the groups that do not foot are exactly the .expected total-mismatch lines, same figures;
#   3. a scan of every amount and total statement against the document's house form finds exactly
#      the .expected format lines (line, code, value);
#   4. every .expected line uses an allowed code and keys, and the first text it quotes stands on
#      the line it gives; each document has exactly three sum and three format findings.
# Run from the repository root: python3 scripts/layout-fixtures/set5/verify.py
import re, sys
from decimal import Decimal as Dm

B = "fixtures/layouts/blind/"
CODES = {"total-mismatch": {"declared", "computed"}, "missing-currency": {"value"},
         "malformed-amount": {"value"}, "malformed-total": set()}
SP = "\u00a0\u202f"


def lines(n):
    t = open(B + n + ".txt", encoding="utf-8").read()
    assert "\r" not in t and t.endswith("\n") and not t.startswith("\ufeff"), n
    return t.split("\n")[:-1]


def digits(s):
    return Dm(re.sub(r"\D", "", s))


def fr_value(s):
    m = re.fullmatch(r"(.*),(\d\d)", s)
    return digits(m.group(1)) + Dm(m.group(2)) / 100 if m else digits(s)


def fr():
    ls = lines("fr-espaces"); groups, anom, items, head = [], [], [], None
    item = re.compile(r"^• \S.*? (?P<dash>[–-]) (?P<num>\d[\d.,\u00a0\u202f]*?)(?P<cur> EUR)?$")
    total = re.compile(r"^Total pour (?P<name>.+) : (?P<num>\d[\d.,\u00a0\u202f]*) EUR$")
    good = re.compile(r"\d{1,3}(?:(?P<s>[\u00a0\u202f])\d{3})?(?:(?P=s)\d{3})*(?:,\d\d)?")
    for i, l in enumerate(ls, 1):
        if l and l == l.upper() and not re.search(r"[\d•(]", l):
            head = l.title()
        m = total.match(l)
        if m:
            if not good.fullmatch(m.group("num")): anom.append((i, "malformed-total", None))
            groups.append((i, head, items, fr_value(m.group("num")))); items = []
            continue
        if l.startswith("Total"): anom.append((i, "malformed-total", None))
        if l.startswith("•"):
            m = item.match(l); assert m, (i, l)
            v = fr_value(m.group("num")); items.append(v)
            if m.group("dash") == "-" or not good.fullmatch(m.group("num")):
                anom.append((i, "malformed-amount", v))
            elif not m.group("cur"): anom.append((i, "missing-currency", v))
    return groups, anom


def usd():
    ls = lines("usd-dollar-sign"); groups, anom, items = [], [], []
    item = re.compile(r"^- [^:]+: (?P<cur>\$ ?)?(?P<num>\d[\d,.]*)$")
    total = re.compile(r"^TOTAL FOR (?P<name>[A-Z .]+): \$(?P<num>\d[\d,.]*)$")
    good = re.compile(r"\d{1,3}(,\d{3})*")
    for i, l in enumerate(ls, 1):
        m = total.match(l)
        if m:
            if not good.fullmatch(m.group("num")): anom.append((i, "malformed-total", None))
            groups.append((i, m.group("name").title(), items, digits(m.group("num")))); items = []
            continue
        if re.match(r"(?i)^total", l): anom.append((i, "malformed-total", None))
        if l.startswith("- "):
            m = item.match(l); assert m, (i, l)
            v = digits(m.group("num")); items.append(v)
            if not good.fullmatch(m.group("num")): anom.append((i, "malformed-amount", v))
            elif not m.group("cur"): anom.append((i, "missing-currency", v))
    return groups, anom


def ocha():
    ls = lines("ocha-two-line-items"); groups, anom, items, subs = [], [], [], []
    state = cluster = None
    code = re.compile(r"^[A-Z]{3}-\d\d/[A-Z]+/\d{6}  \S")
    req = re.compile(r"^    Requirements: (?P<cur>US\$ )?(?P<num>\d[\d,.]*)$")
    sub = re.compile(r"^Cluster sub-total: US\$ (?P<num>\d[\d,.]*)$")
    tot = re.compile(r"^Total for (?P<name>[A-Za-z ]+): US\$ (?P<num>\d[\d,.]*)$")
    good = re.compile(r"\d{1,3}(,\d{3})*")
    for i, l in enumerate(ls, 1):
        nxt = ls[i] if i < len(ls) else ""
        if re.fullmatch(r"[A-Z][A-Z ]+", l) and nxt == "": state = l.title()
        elif l and code.match(nxt) and not code.match(l) and not l.startswith(" "): cluster = l
        for rx in (sub, tot):
            m = rx.match(l)
            if m and not good.fullmatch(m.group("num")): anom.append((i, "malformed-total", None))
        m = sub.match(l)
        if m:
            v = digits(m.group("num"))
            groups.append((i, f"{state} / {cluster}", items, v)); items = []; subs.append(v)
            continue
        m = tot.match(l)
        if m:
            assert m.group("name") == state and not items, (i, l)
            groups.append((i, state, subs, digits(m.group("num")))); subs = []
            continue
        if re.match(r"(?i)^\s*(cluster )?(sub-?)?total", l) and "US$" in l:
            anom.append((i, "malformed-total", None))
        if "Requirements" in l:
            m = req.match(l); assert m and code.match(ls[i - 2]), (i, l)
            v = digits(m.group("num")); items.append(v)
            if not good.fullmatch(m.group("num")): anom.append((i, "malformed-amount", v))
            elif not m.group("cur"): anom.append((i, "missing-currency", v))
    assert not items and not subs
    return groups, anom


def plain(v):
    return str(int(v)) if v == int(v) else f"{v:.2f}"


def norm(s):
    return re.sub(f"[{SP}]", " ", s)


def check(name, reader):
    ok = True
    def bad(msg):
        nonlocal ok; ok = False; print(f"  FAIL {name}: {msg}")
    ls = lines(name); groups, anom = reader()
    # 1. sections.tsv
    rows = [r.split("\t") for r in open(B + name + ".sections.tsv", encoding="utf-8").read().splitlines()]
    if rows[0] != "ordinal total_line name bullets amounted listed_sum declared".split(): bad("tsv header")
    want = [[str(k), str(l), nm, str(len(v)), str(len(v)), plain(sum(v)), plain(d)]
            for k, (l, nm, v, d) in enumerate(groups, 1)]
    if rows[1:] != want: bad(f"tsv differs: {[ (a, b) for a, b in zip(rows[1:], want) if a != b ][:3]}")
    # expected
    exp = []
    for k, e in enumerate(open(B + name + ".expected", encoding="utf-8").read().splitlines(), 1):
        if not e.strip() or e.startswith("#"): continue
        head, _, text = e.partition(" | ")
        f = head.split(); line, code = int(f[0]), f[1]
        keys = dict(x.split("=") for x in f[2:])
        if code not in CODES or set(keys) != CODES[code]: bad(f"code/keys: {e[:60]}")
        q = re.search(r'"([^"]+)"', text)
        if not q or norm(q.group(1)) not in norm(ls[line - 1]): bad(f"quote not on line {line}: {e[:70]}")
        exp.append((line, code, keys))
    # 2. sums
    got = {(l, "total-mismatch", plain(d), plain(sum(v))) for l, nm, v, d in groups if sum(v) != d}
    want = {(l, c, k["declared"], k["computed"]) for l, c, k in exp if c == "total-mismatch"}
    if got != want: bad(f"sum findings: text {sorted(got)} expected {sorted(want)}")
    # 3. format
    got = {(l, c, plain(v) if v is not None else None) for l, c, v in anom}
    want = {(l, c, k.get("value")) for l, c, k in exp if c != "total-mismatch"}
    if got != want: bad(f"format findings: text {sorted(got)} expected {sorted(want)}")
    if len(exp) != 6 or len(got) != 3 or len(groups) < 20: bad(f"counts {len(exp)} {len(got)} {len(groups)}")
    sums = [k for k, (l, nm, v, d) in enumerate(groups) if sum(v) != d]
    n = len(groups)
    if len(sums) != 3 or sums[0] != 0 or sums[2] != n - 1 or not n // 3 <= sums[1] < 2 * n // 3:
        bad(f"sum errors not first/middle/last: {sums}")
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {len(groups)} groups, sum errors at groups "
          f"{[s + 1 for s in sums]} of {len(groups)}, format {sorted((l, c) for l, c, v in anom)}")
    return ok


if __name__ == "__main__":
    r = [check("fr-espaces", fr), check("usd-dollar-sign", usd), check("ocha-two-line-items", ocha)]
    sys.exit(0 if all(r) else 1)
