# Independent check: re-reads each document's TEXT (not the generator data), rebuilds every group's
# items and declared figure, and compares with NAME.sections.tsv (written from the figure lists).
import re, sys
from decimal import Decimal as Dm
L = "fixtures/layouts/"

def digits(s): return Dm(re.sub(r"\D", "", s))

def read_tsv(n):
    rows = [l.rstrip("\n").split("\t") for l in open(L + n + ".sections.tsv")][1:]
    return [(int(r[1]), int(r[3]), Dm(r[5]), Dm(r[6]), r[2]) for r in rows]

def lines(n):
    t = open(L + n + ".txt", encoding="utf-8").read()
    assert "\r" not in t and t.endswith("\n")
    return t.split("\n")[:-1]

AMT_USD = re.compile(r"(?:(?:[–-]\s*)(?:USD\s*)?|USD\s*)(\d[\d,. ]*\d|\d)$")

def narrative_usd(n, box=False):
    ls = lines(n); groups = []; items = []
    cur = None
    for i, l in enumerate(ls, 1):
        if box:
            m = re.match(r"^\| (.+?) — Total requirements: USD ([\d,]+)\s+\|$", l)
            if m:
                if cur: groups.append(cur)
                cur = [i, [], digits(m.group(2)), m.group(1)]
                continue
        m = AMT_USD.search(l.replace("\t", " "))
        if not m: continue
        is_total = (re.search(r"\btotal\b", l, re.I) or
                    (i > 1 and re.search(r"^total", ls[i - 2], re.I) and not re.search(r"\d$", ls[i - 2])))
        if is_total and not box:
            groups.append([i, items, digits(m.group(1)), l.strip()]); items = []
        else:
            (cur[1] if box else items).append(digits(m.group(1)))
    if box and cur: groups.append(cur)
    return [(g[0], len(g[1]), sum(g[1]), g[2], g[3]) for g in groups]

def eur(n):
    ls = lines(n); groups = []; items = []
    for i, l in enumerate(ls, 1):
        m = re.match(r"^Total for (.+): EUR ([\d.,]+)$", l)
        def val(s):
            if re.fullmatch(r"\d{1,3}(,\d{3})+", s): return Dm(s.replace(",", ""))
            return Dm(s.replace(".", "").replace(",", "."))
        if m:
            groups.append((i, len(items), sum(items), val(m.group(2)), m.group(1))); items = []; continue
        m = re.search(r"[–-] (?:EUR )?([\d.,]+)$", l)
        if m and (l.startswith("•") or l.startswith("  –")): items.append(val(m.group(1)))
    return groups

def table(n):
    ls = lines(n); out = []; rows = []; subs = []; countries = []
    for i, l in enumerate(ls, 1):
        m = re.search(r"\s{2,}(\S*\d\S*)$", l)
        if not m or l.startswith(" ") and not l.startswith("Sub"): continue
        v = digits(m.group(1).replace("O", "0"))
        if re.match(r"^[A-Z]{3}-\d\d/", l): rows.append(v)
        elif l.startswith("Sub-tot"):
            out.append((i, len(rows), sum(rows), v, l.split("  ")[0])); subs.append(v); rows = []
        elif l.startswith("Total "):
            out.append((i, len(subs), sum(subs), v, l.split("  ")[0])); countries.append(v); subs = []
        elif l.startswith("Grand Total"):
            out.append((i, len(countries), sum(countries), v, "Grand Total"))
    return out

def indented(n):
    ls = lines(n)
    start = next(i for i, l in enumerate(ls) if l.startswith("Region / sub-region")) + 2
    def width(s):
        w = 0
        for ch in s:
            if ch == "\t": w = (w // 8 + 1) * 8
            elif ch == " ": w += 1
            else: break
        return w
    nodes = []
    for i in range(start, len(ls)):
        l = ls[i]
        if not l.strip() or set(l) == {"-"}: continue
        m = re.match(r"^(\s*)(.*?)\s{2,}(\S+)$", l)
        if not m: break
        nodes.append([i + 1, width(l), m.group(2), digits(m.group(3)), []])
        if m.group(2) == "All regions": break
    # hierarchy: parent = nearest preceding node with smaller indentation
    top = nodes[-1]; stack = []
    for nd in nodes[:-1]:
        while stack and stack[-1][1] >= nd[1]: stack.pop()
        if stack: stack[-1][4].append(nd)
        else: top[4].append(nd)
        stack.append(nd)
    res = [(nd[0], len(nd[4]), sum(k[3] for k in nd[4]), nd[3], nd[2]) for nd in nodes if nd[4]]
    return res

checks = {"wordings-markers": lambda: narrative_usd("wordings-markers"),
          "totals-first": lambda: narrative_usd("totals-first", box=True),
          "eur-european": lambda: eur("eur-european"),
          "project-table": lambda: table("project-table"),
          "indented-summary": lambda: indented("indented-summary")}
ok = True
for n, f in checks.items():
    got = f(); want = read_tsv(n)
    g2 = [g[:4] for g in got]; w2 = [w[:4] for w in want]
    same = g2 == w2
    ok &= same
    print(f"== {n}: {len(got)} groups parsed from the text, tsv has {len(want)}: {'MATCH' if same else 'DIFFER'}")
    for g in got:
        flag = "" if g[2] == g[3] else f"   <-- does not foot: declared {g[3]} computed {g[2]} diff {g[3]-g[2]}"
        print(f"  line {g[0]:4}  {g[4][:45]:45} n={g[1]} sum={g[2]} declared={g[3]}{flag}")
    if not same:
        for a, b in zip(g2, w2):
            if a != b: print("  text:", a, " tsv:", b)
sys.exit(0 if ok else 1)
