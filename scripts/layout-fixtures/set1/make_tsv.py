# Writes NAME.sections.tsv for each document from the generators' own figure lists (meta files).
import json
from decimal import Decimal as Dm
L = "fixtures/layouts/"
M = "scripts/layout-fixtures/set1/"
H = "ordinal\ttotal_line\tname\tbullets\tamounted\tlisted_sum\tdeclared\n"

def fmt(x):
    x = Dm(str(x))
    return str(x.normalize()) if x != x.to_integral() else str(int(x))

def flat_items(m):
    """printed values of the listed items (format errors read as intended)."""
    err = m["err"]; out = []
    for i, (t, a) in enumerate(m["items"]):
        if err and err[0] == "sum-b" and err[1] == i: continue
        v = Dm(str(a))
        if err and err[0] == "sum-a" and err[1] == i: v = Dm(str(err[2]))
        out.append(v)
    return out

def simple(name, title_of=lambda m: m["name"]):
    meta = json.load(open(M + name + ".meta.json"))
    rows = []
    for k, m in enumerate(meta, 1):
        v = flat_items(m)
        rows.append((k, m["total_line"], title_of(m), len(v), len(v), sum(v), Dm(str(m["declared"]))))
    return rows

def table():
    meta = json.load(open(M + "project-table.meta.json"))
    rows = []
    for c in meta["countries"]:
        for s in c["subs"]:
            v = [Dm(str(r["amount"])) if r["printed"] in ("6,48,250", "7O5,000") else
                 Dm(r["printed"].replace(",", "")) for r in s["rows"]]
            label = s["name"].split(" ", 1)[1]
            rows.append([s["line"], f"{c['name']} / {label} (sub-total)", len(v), len(v), sum(v), Dm(s["declared"])])
        rows.append([c["total_line"], f"{c['name']} (country total)", len(c["subs"]), len(c["subs"]),
                     sum(Dm(s["declared"]) for s in c["subs"]), Dm(c["declared"])])
    g = meta["grand"]
    rows.append([g["line"], "Grand Total", len(meta["countries"]), len(meta["countries"]),
                 sum(Dm(c["declared"]) for c in meta["countries"]), Dm(g["declared"])])
    return [(i + 1, *r) for i, r in enumerate(rows)]

def indented():
    meta = json.load(open(M + "indented-summary.meta.json"))
    rows = []
    for r in meta["regions"]:
        rows.append([r["line"], f"{r['name']} (region)", len(r["kids"]), len(r["kids"]),
                     sum(Dm(s["declared"]) for s in r["kids"]), Dm(r["declared"])])
        for s in r["kids"]:
            rows.append([s["line"], f"{s['name']} (sub-region of {r['name']})", len(s["kids"]), len(s["kids"]),
                         sum(Dm(k["value"]) for k in s["kids"]), Dm(s["declared"])])
    t = meta["top"]
    rows.append([t["line"], "All regions", len(meta["regions"]), len(meta["regions"]),
                 sum(Dm(r["declared"]) for r in meta["regions"]), Dm(t["declared"])])
    rows.sort(key=lambda r: r[0])
    return [(i + 1, *r) for i, r in enumerate(rows)]

docs = {"wordings-markers": simple("wordings-markers"), "project-table": table(),
        "indented-summary": indented(), "totals-first": simple("totals-first"),
        "eur-european": simple("eur-european")}
if __name__ == "__main__":
    for n, rows in docs.items():
        with open(L + n + ".sections.tsv", "w") as f:
            f.write(H)
            for r in rows:
                f.write("\t".join([str(r[0]), str(r[1]), r[2], str(r[3]), str(r[4]), fmt(r[5]), fmt(r[6])]) + "\n")
        bad = [r for r in rows if r[5] != r[6]]
        print(n, len(rows), "declared figures;", "not footing:", [(r[1], r[2], fmt(r[6]), fmt(r[5])) for r in bad])
