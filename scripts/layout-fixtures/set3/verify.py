# Independent check of the third blind set: re-reads each TEXT (never the generators' data),
# rebuilds every group (items and declared total), and checks
#   1. the groups equal NAME.sections.tsv (line, item count, listed sum, declared);
#   2. the groups that do not foot are exactly the .expected total-mismatch lines, same figures;
#   3. a scan of every amount and total statement against the document's house form finds exactly
#      the .expected format lines (line, code, value);
#   4. every .expected line uses an allowed code and keys.
# Run from the repository root: python3 scripts/layout-fixtures/set3/verify.py
import re, sys
from decimal import Decimal as Dm

B = "fixtures/layouts/blind/"
CODES = {"total-mismatch": {"declared", "computed"}, "missing-currency": {"value"},
         "malformed-amount": {"value"}, "malformed-total": set()}


def lines(n):
    t = open(B + n + ".txt", encoding="utf-8").read()
    assert "\r" not in t and t.endswith("\n"), n
    return t.split("\n")[:-1]


def digits(s):
    return Dm(re.sub(r"\D", "", s))


# ---------------------------------------------------------------- document readers
# each returns (groups, anomalies); group = (total_line, name, [values], declared)
# anomaly = (line, code, value or None)

def ngo():
    ls = lines("ngo-consortium"); groups, anom, items = [], [], []
    marker = re.compile(r"^(•|-|\*|▪|\d+\.|[a-z]\)) \S")
    amt = re.compile(r"(?P<dash>[–-]) (?P<cur>USD )?(?P<num>[\d][\d,.]*)$")
    total = re.compile(r"^(Total\b|TOTAL\b|[A-Z][\w-]*( [A-Z][\w-]*)? total –).*USD (?P<num>[\d,.]+)$")
    heading = None
    in_item = False
    for i, l in enumerate(ls, 1):
        if re.search(r"\d", l): pass
        elif l and l == l.upper() and re.match(r"^[A-Z]", l) or re.match(r"^[A-Z][a-z]+(-[A-Z][a-z]+)?( [A-Z][a-z]+)?$", l):
            heading = l.title() if l == l.upper() else l
        m = total.match(l)
        if m:
            groups.append((i, heading, items, digits(m.group("num")))); items = []; in_item = False
            if not re.fullmatch(r"\d{1,3}(,\d{3})*", m.group("num")): anom.append((i, "malformed-amount", digits(m.group("num"))))
            continue
        if marker.match(l): in_item = True
        elif not l.startswith("  "): in_item = False
        m = amt.search(l)
        if in_item and m:
            v = digits(m.group("num")); items.append(v); in_item = False
            if m.group("dash") == "-": anom.append((i, "malformed-amount", v))
            elif not m.group("cur"): anom.append((i, "missing-currency", v))
            elif not re.fullmatch(r"\d{1,3}(,\d{3})*", m.group("num")): anom.append((i, "malformed-amount", v))
    return groups, anom


def chf():
    ls = lines("ifrc-chf"); groups, anom, items = [], [], []
    name = None
    for i, l in enumerate(ls, 1):
        m = re.match(r"^Operation (\d+) — ([^:]+):", l)
        if m: name = f"Operation {m.group(1)} {m.group(2)}"; continue
        if l.startswith("Total requirements"):
            m = re.match(r"^Total requirements(:?) CHF ([\d’',]+)$", l)
            groups.append((i, name, items, digits(m.group(2)))); items = []
            if not m.group(1): anom.append((i, "malformed-total", None))
            continue
        if l.startswith("• "):
            m = re.search(r" (?P<dash>[–-]) (?P<cur>CHF )?(?P<num>[\d’',.]+)$", l)
            v = digits(m.group("num")); items.append(v)
            if m.group("dash") == "-": anom.append((i, "malformed-amount", v))
            elif not m.group("cur"): anom.append((i, "missing-currency", v))
            elif not re.fullmatch(r"\d{1,3}(’\d{3})*", m.group("num")): anom.append((i, "malformed-amount", v))
    return groups, anom


def eur():
    ls = lines("eu-sector-subtotals"); groups, anom, items = [], [], []
    house = re.compile(r"\d{1,3}(\.\d{3})*(,\d\d)?")
    def val(s):
        if house.fullmatch(s): return Dm(s.replace(".", "").replace(",", "."))
        return digits(s)      # malformed figures here are all whole euros
    for i, l in enumerate(ls, 1):
        m = re.match(r"^Total for (.+): EUR ([\d.,]+)$", l)
        if m:
            groups.append((i, m.group(1), items, val(m.group(2)))); items = []
            if not house.fullmatch(m.group(2)): anom.append((i, "malformed-amount", val(m.group(2))))
            continue
        if l.startswith("Total"): anom.append((i, "malformed-total", None))
        if l.startswith("• "):
            m = re.search(r" (?P<dash>[–-]) (?P<cur>EUR )?(?P<num>[\d.,]+)$", l)
            v = val(m.group("num")); items.append(v)
            if m.group("dash") == "-": anom.append((i, "malformed-amount", v))
            elif not m.group("cur"): anom.append((i, "missing-currency", v))
            elif not house.fullmatch(m.group("num")): anom.append((i, "malformed-amount", v))
    return groups, anom


def usd():
    ls = lines("usd-colon-items"); groups, anom, items = [], [], []
    house = re.compile(r"\d{1,3}(,\d{3})*")
    item = re.compile(r"^(• )?(?P<title>\S.*?)(?P<sep>: | [–-] |\t)(?P<cur>USD )?(?P<num>\d[\d.,]*)$")
    seps = []; last_item = None; items_at = {}
    for i, l in enumerate(ls, 1):
        m = re.match(r"^(?:Total requirements for (?P<a>.+)|(?P<b>.+) — total): USD (?P<num>[\d,.]+)$", l)
        if m:
            # the house separator of the section: the one most of its items use
            main = max(set(s for _, s in seps), key=lambda s: sum(1 for _, x in seps if x == s))
            for ln, s in seps:
                if s != main and s.strip() == "-" and main.strip() == "–":
                    anom.append((ln, "malformed-amount", items_at[ln]))
            groups.append((i, m.group("a") or m.group("b"), items, digits(m.group("num"))))
            items, seps = [], []; continue
        if l.startswith("Total") or re.search(r"\btotal:", l): anom.append((i, "malformed-total", None))
        m = re.match(r"^\s+\(of which cash: USD ([\d,]+)\)$", l)
        if m:
            assert last_item is not None and digits(m.group(1)) < last_item, (i, l)
            continue
        if l.startswith(" "): continue
        m = item.match(l)
        if m:
            v = digits(m.group("num")); items.append(v); last_item = v
            items_at[i] = v
            seps.append((i, m.group("sep")))
            if not m.group("cur"): anom.append((i, "missing-currency", v))
            elif not house.fullmatch(m.group("num")): anom.append((i, "malformed-amount", v))
    return groups, anom


DOCS = {"ngo-consortium": ngo, "ifrc-chf": chf, "eu-sector-subtotals": eur, "usd-colon-items": usd}


def fmt(x):
    x = Dm(x)
    return str(int(x)) if x == x.to_integral() else str(x)


def read_expected(n):
    out = []
    import os
    if not os.path.exists(B + n + ".expected"): return out
    for k, e in enumerate(open(B + n + ".expected", encoding="utf-8"), 1):
        e = e.rstrip("\n")
        if not e.strip() or e.startswith("#"): continue
        head, _, note = e.partition(" | ")
        assert note, f"{n}.expected:{k}: no ' | ' note"
        p = head.split()
        kv = dict(x.split("=", 1) for x in p[2:])
        assert p[1] in CODES and set(kv) == CODES[p[1]], f"{n}.expected:{k}: code/keys {p[1]} {kv}"
        out.append((int(p[0]), p[1], kv))
    return out


ok = True
for n, f in DOCS.items():
    groups, anom = f()
    ls = lines(n)
    tsv = [l.rstrip("\n").split("\t") for l in open(B + n + ".sections.tsv", encoding="utf-8")][1:]
    got = [(g[0], len(g[2]), sum(g[2]), g[3]) for g in groups]
    want = [(int(r[1]), int(r[3]), Dm(r[5]), Dm(r[6])) for r in tsv]
    probs = []
    if got != want:
        probs.append("groups read from the text differ from the tsv:")
        probs += [f"   text {a}  tsv {b}" for a, b in zip(got, want) if a != b]
        if len(got) != len(want): probs.append(f"   {len(got)} groups in text, {len(want)} in tsv")
    if len(groups) < 20: probs.append(f"only {len(groups)} groups")
    exp = read_expected(n)
    # sum findings
    bad = {(g[0], g[3], sum(g[2])) for g in groups if sum(g[2]) != g[3]}
    exp_sum = {(l, Dm(kv["declared"]), Dm(kv["computed"])) for l, c, kv in exp if c == "total-mismatch"}
    if bad != exp_sum: probs.append(f"not footing in text {sorted(bad)} vs expected {sorted(exp_sum)}")
    if len(bad) != 3: probs.append(f"{len(bad)} sum errors, not 3")
    else:
        pos = sorted([next(k for k, g in enumerate(groups) if g[0] == b[0]) for b in bad])
        if pos[0] != 0 or pos[2] != len(groups) - 1 or not (len(groups) // 3 <= pos[1] <= 2 * len(groups) // 3):
            probs.append(f"sum errors not first/middle/last: group indexes {pos}")
    # format findings
    scan = {(l, c, None if v is None else Dm(v)) for l, c, v in anom}
    exp_fmt = {(l, c, Dm(kv["value"]) if "value" in kv else None) for l, c, kv in exp if c != "total-mismatch"}
    if scan != exp_fmt: probs.append(f"format scan {sorted(scan, key=str)} vs expected {sorted(exp_fmt, key=str)}")
    if len(exp_fmt) != 3: probs.append(f"{len(exp_fmt)} format errors, not 3")
    # every expected line's text holds its figure
    for l, c, kv in exp:
        src = ls[l - 1]
        if c == "total-mismatch" and not re.search(r"\btotal\b", src, re.I): probs.append(f"{l}: no total on {src!r}")
        if "value" in kv:
            v = Dm(kv["value"])
            want = str(int(v)) if v == v.to_integral() else re.sub(r"\D", "", f"{v:.2f}")
            toks = [re.sub(r"\D", "", t) for t in re.findall(r"\d[\d,.’']*\d|\d", src)]
            if want not in toks: probs.append(f"{l}: value {kv['value']} is not a figure of {src!r}")
        if c == "malformed-total" and not src.lstrip().lower().startswith("total"): probs.append(f"{l}: {src!r}")
    # quotes: every "..." in a finding's note occurs in the text; in the header, a quote followed by
    # "(N)" or "(N-M)" occurs on line N (or across lines N..M)
    flat = re.sub(r"\s+", " ", "\n".join(ls))
    def norm(q):   # a template's trailing " n" stands for the figure
        q = re.sub(r" n$", "", q)
        return re.sub(r"\s+", " ", q.replace("<TAB>", " ")).strip()
    for k, e in enumerate(open(B + n + ".expected", encoding="utf-8"), 1):
        if e.startswith("#"):
            for q, a, b in re.findall(r'"([^"]+)"\s*(?:/\s*"[^"]+"\s*)?\((\d+)(?:-(\d+))?[,)]', e):
                a = int(a); b = int(b or a)
                span = re.sub(r"\s+", " ", " ".join(ls[a - 1:b + 1]))
                parts = [x for x in re.split(r" \.\.\. | / |\.\.\.$", q) if x.strip()]
                if not all(norm(x) in span for x in parts): probs.append(f"header {k}: {q!r} not at line {a}")
        elif e.strip():
            for q in re.findall(r'"([^"]+)"', e.partition(" | ")[2]):
                for x in re.split(r" \.\.\. | / ", q):
                    if x.strip() and norm(x) not in flat: probs.append(f"note {k}: {x!r} not in text")
    ok &= not probs
    print(f"== {n}: {len(groups)} groups, {len(bad)} not footing, {len(scan)} format anomalies: {'OK' if not probs else 'PROBLEMS'}")
    for g in groups:
        s = sum(g[2]); flag = "" if s == g[3] else f"   <-- declared {fmt(g[3])} computed {fmt(s)}"
        print(f"   {g[0]:4}  {str(g[1])[:34]:34} n={len(g[2])} sum={fmt(s)}{flag}")
    for l, c, v in sorted(anom):
        print(f"   {l:4}  {c} {'' if v is None else fmt(v)}   {ls[l - 1].strip()!r}")
    for p in probs: print("   PROBLEM:", p)
sys.exit(0 if ok else 1)
