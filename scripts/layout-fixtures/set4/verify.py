# Independent check of blind set 4. It re-reads each document's TEXT (it never imports the
# generators or their data) and
#   1. rebuilds every group (the figures a declared total sums, and the declared figure) and compares
#      them with NAME.sections.tsv (total line, count, listed sum, declared);
#   2. checks that the groups that do not foot are exactly the total-mismatch lines of NAME.expected,
#      with the same figures, and that they are the first, a middle and the last group;
#   3. scans every amount and total statement against the document's house form and checks that the
#      departures are exactly the format lines of NAME.expected (line, code, value);
#   4. checks codes and keys, and that the text quoted in each .expected line occurs at its line
#      (and, in the # header, that a quote followed by "(N)" or "(N-M)" occurs on those lines).
# Run from anywhere: python3 scripts/layout-fixtures/set4/verify.py
import os, re, sys
from decimal import Decimal as Dm

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
B = os.path.join(ROOT, "fixtures", "layouts", "blind")
CODES = {"total-mismatch": {"declared", "computed"}, "missing-currency": {"value"},
         "malformed-amount": {"value"}, "malformed-total": set()}
EN, EM = "\u2013", "\u2014"
HOUSE = re.compile(r"\d{1,3}(?:,\d{3})*")


def read(fn):
    t = open(os.path.join(B, fn), encoding="utf-8", newline="").read()
    assert "\r" not in t, fn
    return t, t.split("\n")          # lines end at \n only; a form feed does not end a line


def value(num):
    """the value a figure is read as: all these documents have whole amounts, so its digits"""
    return Dm(re.sub(r"\D", "", num))


def check_num(anom, i, num, dash_ok, has_cur):
    v = value(num)
    if not dash_ok:
        anom.append((i, "malformed-amount", v))
    elif not has_cur:
        anom.append((i, "missing-currency", v))
    elif not HOUSE.fullmatch(num):
        anom.append((i, "malformed-amount", v))
    return v


class Problems(list):
    def __call__(self, *a):
        self.append(" ".join(str(x) for x in a))


# ------------------------------------------------------------------ md-country-pages.md
def md(P):
    t, ls = read("md-country-pages.md")
    groups, anom, items = [], [], []
    country = None
    bul = re.compile(r"^\* \*\*(?P<t>[^*]+)\*\* (?P<dash>\S) (?P<cur>EUR )?(?P<num>\d[\d.,]*)$")
    num = re.compile(r"^(?P<k>\d+)\. (?P<t>.+) (?P<dash>[" + EN + EM + r"-]) (?P<cur>EUR )?(?P<num>\d[\d.,]*)$")
    row = re.compile(r"^\| (?P<t>[^|]+) \| (?P<ag>[^|]+) \| (?P<num>[\d.,]+) \|$")
    trow = re.compile(r"^\| \*\*Total\*\* \| \| \*\*(?P<num>[\d.,]+)\*\* \|$")
    tot1 = re.compile(r"^\*\*Total for (?P<c>.+): EUR (?P<num>[\d.,]+)\*\*$")
    tot2 = re.compile(r"^Total requirements: \*\*EUR (?P<num>[\d.,]+)\*\*$")
    for i, l in enumerate(ls, 1):
        if l.startswith("## "):
            if items: P("md", i, "items left open before", l)
            country = l[3:]; items = []; continue
        m = tot1.match(l) or tot2.match(l) or trow.match(l)
        if m:
            if m.groupdict().get("c") not in (None, country): P("md", i, "total names", m.group("c"), "under", country)
            if not items: P("md", i, "total without items")
            dec = value(m.group("num"))
            if not HOUSE.fullmatch(m.group("num")): anom.append((i, "malformed-amount", dec))
            groups.append((i, country, items, dec)); items = []; continue
        if re.match(r"^(\*\*)?(Total|TOTAL)\b", l):
            anom.append((i, "malformed-total", None)); continue
        m = bul.match(l)
        if m:
            items.append(check_num(anom, i, m.group("num"), m.group("dash") == EN, m.group("cur"))); continue
        m = num.match(l)
        if m:
            items.append(check_num(anom, i, m.group("num"), m.group("dash") == EM, m.group("cur"))); continue
        if l.startswith("| ") and not l.startswith("| Project "):
            m = row.match(l)
            if not m: P("md", i, "table row not read:", l); continue
            v = value(m.group("num")); items.append(v)
            if not HOUSE.fullmatch(m.group("num")): anom.append((i, "malformed-amount", v))
            continue
        if re.match(r"^(\* |\d+\. |- )", l): P("md", i, "list line not read:", l)
    if items: P("md: items after the last total")
    return ls, groups, anom


# ------------------------------------------------------------------ cluster-subtotals.txt
def cluster(P):
    t, ls = read("cluster-subtotals.txt")
    groups, anom, items, subs = [], [], [], []
    country = cl = None
    item = re.compile(r"^• (?P<t>.+) (?P<dash>[" + EN + r"-]) (?P<cur>USD )?(?P<num>\d[\d.,]*)$")
    sub = re.compile(r"^Sub-total (?P<c>.+) " + EN + r" USD (?P<num>[\d.,]+)$")
    tot = re.compile(r"^Total for (?P<c>.+?)(?P<dash> " + EN + r")? USD (?P<num>[\d.,]+)$")
    for i, l in enumerate(ls, 1):
        nxt = ls[i] if i < len(ls) else ""
        if l and nxt == "=" * len(l):
            if items or subs: P("cluster", i, "open items/sub-totals before", l)
            country = l; continue
        if l and nxt.startswith("• ") and not l.startswith("• "):
            if items: P("cluster", i, "items left open before cluster", l)
            cl = l; continue
        m = sub.match(l)
        if m:
            if m.group("c") != cl: P("cluster", i, "sub-total", m.group("c"), "under cluster", cl)
            dec = value(m.group("num"))
            if not HOUSE.fullmatch(m.group("num")): anom.append((i, "malformed-amount", dec))
            groups.append((i, f"{country.title()} / {cl}", items, dec)); subs.append(dec); items = []; cl = None
            continue
        m = tot.match(l)
        if m:
            if m.group("c").upper() != country: P("cluster", i, "total", m.group("c"), "under", country)
            if items: P("cluster", i, "items not closed by a sub-total")
            dec = value(m.group("num"))
            if not m.group("dash"): anom.append((i, "malformed-total", None))
            if not HOUSE.fullmatch(m.group("num")): anom.append((i, "malformed-amount", dec))
            groups.append((i, m.group("c"), subs, dec)); subs = []; continue
        if re.match(r"^(Sub-total|Total|TOTAL)\b", l):
            anom.append((i, "malformed-total", None)); continue
        m = item.match(l)
        if m:
            if cl is None: P("cluster", i, "item outside a cluster")
            items.append(check_num(anom, i, m.group("num"), m.group("dash") == EN, m.group("cur"))); continue
        if l.startswith("• "): P("cluster", i, "item not read:", l)
    return ls, groups, anom


# ------------------------------------------------------------------ annual-report-2010.txt
def annual(P):
    t, ls = read("annual-report-2010.txt")
    groups, anom, items = [], [], []
    RUN = "GLOBAL MOBILITY APPEAL 2010"
    head = re.compile(r"^(?:" + RUN + r" {2,}(?P<a>\d+)|(?P<b>\d+) {2,}" + RUN + r")$")
    amt = re.compile(r"(?:^  |\S )(?P<dash>[" + EN + r"-]) (?P<cur>USD )?(?P<num>\d[\d.,]*)$")
    tot = re.compile(r"^Total funding requirements for (?P<c>.+?)(?P<sep> " + EN + r"|:) USD (?P<num>[\d.,]+)$")
    heading = None; open_item = False; pages = []
    if not t.endswith("\n\f"): P("annual: the text does not end with a form feed after its last line")
    for i, l in enumerate(ls, 1):
        ff = l.startswith("\f")
        if ff: l = l[1:]
        if i == len(ls) and l == "": continue          # after the final form feed
        m = head.match(l)
        if m:
            if not (ff or i == 1): P("annual", i, "running header not at a page start")
            pages.append(int(m.group("a") or m.group("b")))
            if (pages[-1] % 2 == 1) != bool(m.group("a")): P("annual", i, "header side does not match page parity")
            continue
        if ff: P("annual", i, "page starts without the running header")
        if re.fullmatch(r"[A-Z][A-Z ]+", l):
            if items or open_item: P("annual", i, "items open before heading", l)
            heading = l; continue
        m = tot.match(l)
        if m:
            if open_item: P("annual", i, "item without an amount before the total")
            if not m.group("c").upper().endswith(heading) and m.group("c").upper() != heading:
                P("annual", i, "total names", m.group("c"), "under", heading)
            dec = value(m.group("num"))
            if m.group("sep") != " " + EN: anom.append((i, "malformed-total", None))
            if not HOUSE.fullmatch(m.group("num")): anom.append((i, "malformed-amount", dec))
            groups.append((i, m.group("c"), items, dec)); items = []; continue
        if re.match(r"^(Total|TOTAL)\b", l):
            anom.append((i, "malformed-total", None)); continue
        if l.startswith("• "):
            if open_item: P("annual", i, "previous item has no amount")
            open_item = True
        elif open_item and not l.startswith("  "):
            P("annual", i, "item continuation not indented:", l)
        if open_item:
            m = amt.search(l)
            if m:
                items.append(check_num(anom, i, m.group("num"), m.group("dash") == EN, m.group("cur")))
                open_item = False
    if pages != list(range(pages[0], pages[0] + len(pages))): P("annual: page numbers", pages)
    if t.count("\f") != len(pages): P("annual:", t.count("\f"), "form feeds for", len(pages), "pages")
    return ls, groups, anom


DOCS = [("md-country-pages", ".md", md), ("cluster-subtotals", ".txt", cluster),
        ("annual-report-2010", ".txt", annual)]


def read_expected(n, P):
    out = []
    for k, e in enumerate(open(os.path.join(B, n + ".expected"), encoding="utf-8"), 1):
        e = e.rstrip("\n")
        if not e.strip() or e.startswith("#"): continue
        head, _, note = e.partition(" | ")
        if not note: P(f"{n}.expected:{k}: no ' | ' note")
        p = head.split()
        kv = dict(x.split("=", 1) for x in p[2:])
        if p[1] not in CODES or set(kv) != CODES[p[1]]: P(f"{n}.expected:{k}: code/keys {p[1]} {kv}")
        for x in kv.values():
            if not re.fullmatch(r"\d+(\.\d+)?", x): P(f"{n}.expected:{k}: not a plain decimal: {x}")
        out.append((int(p[0]), p[1], kv, note, k))
    return out


def fmt(x):
    x = Dm(x)
    return str(int(x)) if x == x.to_integral() else str(x)


def squash(s):
    return re.sub(r"\s+", " ", s.replace("\f", " ")).strip()


ok = True
for n, ext, reader in DOCS:
    P = Problems()
    ls, groups, anom = reader(P)
    flat = squash("\n".join(ls))
    # 1. groups vs tsv
    tsv = [l.rstrip("\n").split("\t") for l in open(os.path.join(B, n + ".sections.tsv"), encoding="utf-8")]
    if tsv[0] != ["ordinal", "total_line", "name", "bullets", "amounted", "listed_sum", "declared"]: P("tsv header", tsv[0])
    want = [(int(r[1]), int(r[3]), int(r[4]), Dm(r[5]), Dm(r[6])) for r in tsv[1:]]
    got = [(g[0], len(g[2]), len(g[2]), sum(g[2], Dm(0)), g[3]) for g in groups]
    if [int(r[0]) for r in tsv[1:]] != list(range(1, len(tsv))): P("tsv ordinals")
    if got != want:
        P("groups read from the text differ from the tsv:")
        for a, b in zip(got, want):
            if a != b: P("   text", a, " tsv", b)
        if len(got) != len(want): P(f"   {len(got)} groups in the text, {len(want)} in the tsv")
    if len(groups) < 20: P(f"only {len(groups)} groups")
    exp = read_expected(n, P)
    # 2. sums
    bad = {(g[0], g[3], sum(g[2], Dm(0))) for g in groups if sum(g[2], Dm(0)) != g[3]}
    exp_sum = {(l, Dm(kv["declared"]), Dm(kv["computed"])) for l, c, kv, _, _ in exp if c == "total-mismatch"}
    if bad != exp_sum: P("not footing in the text", sorted(bad), "expected", sorted(exp_sum))
    if len(bad) != 3: P(len(bad), "sum errors, not 3")
    else:
        pos = sorted(k for k, g in enumerate(groups) if any(g[0] == b[0] for b in bad))
        if pos[0] != 0 or pos[2] != len(groups) - 1 or not (len(groups) // 3 <= pos[1] < 2 * len(groups) // 3 + 1):
            P("sum errors are not first/middle/last: group indexes", pos)
    # 3. format
    scan = {(l, c, v) for l, c, v in anom}
    exp_fmt = {(l, c, Dm(kv["value"]) if "value" in kv else None) for l, c, kv, _, _ in exp if c != "total-mismatch"}
    if scan != exp_fmt: P("format scan", sorted(scan, key=str), "expected", sorted(exp_fmt, key=str))
    if len(exp_fmt) != 3: P(len(exp_fmt), "format errors, not 3")
    # a group with a format error foots with the value given
    for l, c, v in scan:
        g = next((g for g in groups if g[0] >= l), None)
        if g is None or sum(g[2], Dm(0)) != g[3]: P(l, "format error outside a group that foots")
    # 4. quotes
    for l, c, kv, note, k in exp:
        qs = re.findall(r'"([^"]+)"', note)
        if not qs: P(f"{n}.expected:{k}: no quote"); continue
        span = squash(" ".join(ls[max(0, l - 3):l]))
        # the first quote, or a run of quotes joined by " / " (a wrapped item, one quote a line)
        run = re.search(r'"[^"]+"(?:\s*/\s*"[^"]+")*', note).group(0)
        first = [x for x in re.split(r'"\s*/\s*"| / | \.\.\. ', run.strip('"')) if x.strip()]
        if not all(squash(x) in span for x in first): P(f"{n}.expected:{k}: {run!r} is not at line {l}")
        if not squash(first[-1]) in squash(ls[l - 1]) and c != "total-mismatch":
            P(f"{n}.expected:{k}: last part of {run!r} is not on line {l}")
        for q in qs[1:]:
            for x in re.split(r" / | \.\.\. ", q):
                if x.strip() and squash(x) not in flat: P(f"{n}.expected:{k}: {x!r} not in the text")
    for k, e in enumerate(open(os.path.join(B, n + ".expected"), encoding="utf-8"), 1):
        if not e.startswith("#"): continue
        for q, a, b in re.findall(r'"([^"]+)"\s*\((\d+)(?:-(\d+))?\)', e):
            a = int(a); b = int(b or a)
            span = squash(" ".join(ls[a - 1:b]))
            if not all(squash(x) in span for x in re.split(r" / | \.\.\. ", q) if x.strip()):
                P(f"{n}.expected:{k} (header): {q!r} not on line(s) {a}-{b}")
    ok &= not P
    print(f"== {n}{ext}: {len(groups)} groups, {len(bad)} not footing, {len(scan)} format departures: "
          f"{'OK' if not P else 'PROBLEMS'}")
    for g in groups:
        s = sum(g[2], Dm(0))
        flag = "" if s == g[3] else f"   <-- declared {fmt(g[3])} computed {fmt(s)}"
        print(f"   {g[0]:4}  {str(g[1])[:38]:38} n={len(g[2])} sum={fmt(s)}{flag}")
    for l, c, v in sorted(anom):
        print(f"   {l:4}  {c} {'' if v is None else fmt(v)}   {ls[l - 1].strip()!r}")
    for p in P: print("   PROBLEM:", p)
sys.exit(0 if ok else 1)
