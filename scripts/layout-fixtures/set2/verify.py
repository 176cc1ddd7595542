#!/usr/bin/env python3
"""Re-read every layouts2 document from its TEXT (not from the generators' data): find the items and the
declared totals, parse the amounts, recompute each group's sum and compare with NAME.sections.tsv and
NAME.expected. Also checks that every group without an injected finding foots, that no (title, amount)
pair repeats, and that each expected line holds the figure it names.

Usage: python3 verify.py   (exit 1 on any mismatch)"""
import re
import subprocess
import sys
from decimal import Decimal as D

OUT = "fixtures/layouts"
ERR = []


def err(msg):
    ERR.append(msg)
    print("ERROR:", msg)


SCALE = {None: D(1), "": D(1), "million": D(10) ** 6, "milion": D(10) ** 6, "m": D(10) ** 6,
         "k": D(1000), "bn": D(10) ** 9}


def number(tok, style, scale=None):
    tok = tok.strip()
    if style == "ch":
        return D(tok.replace("'", "").replace(",", ""))
    if style == "de":
        return D(tok.replace(".", "").replace(",", "."))
    # English
    if scale and "," in tok and len(tok.split(",")[-1]) != 3:      # "1,5 million": comma decimal
        return D(tok.replace(",", "."))
    if tok.count(".") > 1:                                           # "1.240.000": period grouping
        return D(tok.replace(".", "").replace(",", ""))
    return D(tok.replace(",", ""))


AMT = re.compile(r"(?:(USD|US\$|CHF|EUR)\s*)?(\d[\d,.']*\d|\d)\s*(million|milion|bn|m|k)?\s*(€)?\s*\**\s*\|?\s*$")


def amount(text, style):
    m = AMT.search(text)
    if not m:
        return None
    return number(m.group(2), style, m.group(3)) * SCALE[m.group(3)], m


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for l in f:
            o, line, name, b, a, ls, dc = l.rstrip("\n").split("\t")
            rows.append(dict(line=int(line), name=name, bullets=int(b), amounted=int(a), listed=D(ls),
                             declared=D(dc)))
    return rows


def read_expected(path):
    out = []
    for l in open(path, encoding="utf-8"):
        if not l.strip() or l.startswith("#"):
            continue
        head = l.split("|", 1)[0].split()
        kv = dict(x.split("=") for x in head[2:])
        out.append(dict(line=int(head[0]), code=head[1], **{k: D(v) for k, v in kv.items()}))
    return out


def parse_groups(lines, style, is_item, is_total, ignore=lambda l: False, cont=None):
    """Generic reader: an item starts on a line where is_item(l) gives the text after the marker;
    following indented lines that are not items/totals continue it; is_total(l) returns the total's
    amount text or None. Returns groups with items [(title, value, line_of_figure)] and the total."""
    groups, cur, item = [], [], None

    def close_item():
        nonlocal item
        if item:
            txt, start = item
            a = amount(txt, style)
            if a is None:
                err(f"item without amount at {start}: {txt!r}")
            else:
                v, m = a
                # line of the figure's first digit: the figure is in the last physical line that holds it
                fig_line = item_fig_line[0]
                cur.append((txt[:m.start()].strip(" –-"), v, fig_line, txt))
            item = None

    item_fig_line = [0]
    for n, l in enumerate(lines, 1):
        if ignore(l):
            continue
        t = is_total(l)
        if t is not None:
            close_item()
            a = amount(t, style)
            if a is None:
                err(f"total without amount at {n}: {l!r}")
                continue
            groups.append(dict(items=cur, declared=a[0], line=n, text=l))
            cur = []
            continue
        s = is_item(l)
        if s is not None:
            close_item()
            item = (s, n)
            if re.search(r"\d", s):
                item_fig_line[0] = n
            continue
        if item and l.strip() and (cont(l) if cont else l.startswith("  ")):
            item = (item[0] + " " + l.strip(), item[1])
            if AMT.search(l.strip()):
                item_fig_line[0] = n
            continue
        close_item()
    close_item()
    if cur:
        err(f"items after the last total: {cur}")
    return groups


def check(name, groups, tsv, exp, extra_rows=None):
    print(f"== {name}: {len(groups)} groups read from the text, {len(tsv)} rows in the tsv")
    rows = list(groups)
    if extra_rows:
        rows += extra_rows
    if len(rows) != len(tsv):
        err(f"{name}: {len(rows)} groups read but {len(tsv)} tsv rows")
    mism = {e["line"] for e in exp if e["code"] == "total-mismatch"}
    for g, r in zip(rows, tsv):
        listed = sum(v for _, v, _, _ in g["items"])
        if (g["line"], len(g["items"]), listed, g["declared"]) != (r["line"], r["bullets"], r["listed"],
                                                                   r["declared"]):
            err(f"{name}: tsv row {r} but text gives line {g['line']} n={len(g['items'])} "
                f"listed={listed} declared={g['declared']}")
        foots = listed == g["declared"]
        if foots == (g["line"] in mism):
            err(f"{name}: group at {g['line']} foots={foots} but expected says "
                f"{'mismatch' if g['line'] in mism else 'fine'}")
    # expected lines
    by_total = {g["line"]: g for g in rows}
    items_by_line = {}
    for g in rows:
        for t, v, L, txt in g["items"]:
            items_by_line.setdefault(L, []).append((t, v, txt))
    for e in exp:
        if e["code"] == "total-mismatch":
            g = by_total.get(e["line"])
            if not g:
                err(f"{name}: expected total-mismatch at {e['line']}: no total there")
                continue
            listed = sum(v for _, v, _, _ in g["items"])
            if (e["declared"], e["computed"]) != (g["declared"], listed):
                err(f"{name}: {e} vs text declared={g['declared']} computed={listed}")
        elif "value" in e:
            its = items_by_line.get(e["line"], [])
            if not any(v == e["value"] for _, v, _ in its):
                err(f"{name}: expected {e['code']} value={e['value']} at {e['line']}: items there {its}")
        else:
            if e["line"] not in {g.get("start", g["line"]) for g in rows}:
                err(f"{name}: {e['code']} at {e['line']}: no total statement starts there")
    # duplicates
    seen = {}
    for g in rows:
        for t, v, L, _ in g["items"]:
            k = (t.lower().strip(" •-*|"), v)
            if k in seen and "regional" not in g.get("kind", ""):
                err(f"{name}: duplicate project {k} at {seen[k]} and {L}")
            seen[k] = L
    print(f"   findings in .expected: {len(exp)}; "
          f"{sum(1 for e in exp if e['code'] == 'total-mismatch')} total-mismatch")


def load(name):
    return (open(f"{OUT}/{name}", encoding="utf-8").read().split("\n"),
            read_tsv(f"{OUT}/{name.rsplit('.', 1)[0]}.sections.tsv"),
            read_expected(f"{OUT}/{name.rsplit('.', 1)[0]}.expected"))


def v_markdown():
    lines, tsv, exp = load("markdown-appeal.md")

    def is_item(l):
        if l.startswith("- "):
            return l[2:]
        m = re.match(r"^\| ([A-Z]{3}-\d\d/[A-Z]+/\d+) \| (.*) \| ([^|]*) \|$", l)
        if m:
            return f"{m.group(2)} {m.group(3)}"
        return None

    def is_total(l):
        m = re.match(r"^\*\*Total funding requirements for .* – (USD [\d,]+)\*\*$", l)
        if m:
            return m.group(1)
        m = re.match(r"^\| \*\*Total\*\* \| \| \*\*([\d,]+)\*\* \|$", l)
        return m.group(1) if m else None

    groups = parse_groups(lines, "en", is_item, is_total)
    check("markdown-appeal.md", groups, tsv, exp)


def v_chf():
    lines, tsv, exp = load("chf-colon.txt")
    groups = parse_groups(lines, "ch", lambda l: l[2:] if l.startswith("• ") else None,
                          lambda l: l[len("Total requirements"):].lstrip(": ")
                          if l.startswith("Total requirements") else None)
    for g in groups:
        g["start"] = g["line"]
    check("chf-colon.txt", groups, tsv, exp)


def v_mixed():
    lines, tsv, exp = load("mixed-currency.txt")
    groups = parse_groups(lines, "en", lambda l: l[2:] if l.startswith("• ") else None,
                          lambda l: l.split(" – ", 1)[1] if l.startswith("Total funding requirements for")
                          else None,
                          ignore=lambda l: "EU contribution: EUR" in l or l.startswith("EU co-funding"))
    check("mixed-currency.txt", groups, tsv, exp)
    # EUR items among USD
    for g in groups:
        curs = {re.search(r"(USD|EUR)\s*[\d]", txt).group(1) if re.search(r"(USD|EUR)\s*\d", txt) else None
                for _, _, _, txt in g["items"]}
        if "EUR" in curs:
            print(f"   EUR item in the group closed at {g['line']}: {[t for t in g['items'] if 'EUR' in t[3]]}")


def v_scale():
    lines, tsv, exp = load("scale-words.txt")
    groups = parse_groups(lines, "en", lambda l: l[2:] if l.startswith("• ") else None,
                          lambda l: l.split(" – ", 1)[1] if l.startswith("Total funding requirements for")
                          else None)
    regional = groups[-1]
    countries = groups[:-1]
    # the regional total's parts are the printed country totals
    regional["items"] = [(f"country total at {g['line']}", g["declared"], g["line"], "") for g in countries]
    regional["kind"] = "regional"
    check("scale-words.txt", groups, tsv, exp)


def v_german():
    lines, tsv, exp = load("german-totals.txt")
    groups = parse_groups(lines, "de", lambda l: l[2:] if l.startswith("• ") else None,
                          lambda l: l.split(": ", 1)[1] if l.startswith("Gesamtbedarf ") else None)
    check("german-totals.txt", groups, tsv, exp)
    if any(e["code"] != "total-mismatch" for e in exp) or len(exp) != 3:
        err("german-totals: exactly three total-mismatch expected")


def split_columns(lines):
    """Rebuild the reading order of a `pdftotext -layout` page set: per page (form feed), the left
    column's lines, then the right column's. The gutter is the character column where the right
    column's text starts (the most frequent start after a run of 3+ spaces beyond column 40)."""
    pages, page = [], []
    for l in lines:
        if "\f" in l:
            pages.append(page)
            page = [l.replace("\f", "")]
        else:
            page.append(l)
    pages.append(page)
    out = []
    for p in pages:
        starts = {}
        for l in p:
            for m in re.finditer(r"\s{3,}(\S)", l):
                if m.start(1) > 40:
                    starts[m.start(1)] = starts.get(m.start(1), 0) + 1
        if not starts:
            out += p
            continue
        g = max(starts, key=starts.get)
        left, right = [], []
        for l in p:
            s = l.strip()
            if s.startswith("Page ") or s == "South Asia Monsoon Floods 2022 – Joint Appeal":
                continue
            left.append(l[:g].rstrip())
            right.append(l[g:].rstrip() if len(l) > g else "")
        out += left + right
    return out


def v_twocol():
    def is_item(l):
        s = l.strip()
        return s[2:] if s.startswith("• ") else None

    def is_total(l):
        return None

    for kind in ("layout", "raw"):
        path = f"{OUT}/two-column/appeal-{kind}.txt"
        text = open(path, encoding="utf-8").read().split("\n")
        tsv = read_tsv(f"{OUT}/two-column/appeal-{kind}.sections.tsv")
        exp = read_expected(f"{OUT}/two-column/appeal-{kind}.expected")
        # 1) every figure of the tsv and the expected is on its line
        for r in tsv:
            fig = f"{r['declared']:,}"
            if fig not in text[r["line"] - 1]:
                err(f"{kind}: total {fig} of {r['name']} not on line {r['line']}")
        for e in exp:
            if "value" in e:
                v = e["value"]
                cands = {f"{v:,}", f"{v:,}".replace(",", "", 1)} | ({"2,45,000"} if v == 245000 else set())
                if not any(c in text[e["line"] - 1] for c in cands):
                    err(f"{kind}: value {v} not on line {e['line']}: {text[e['line'] - 1]!r}")
        print(f"== two-column/appeal-{kind}.txt: {len(tsv)} totals and {len(exp)} findings located")
    # 2) sums, from a reading order: the layout text split into columns, and `pdftotext -raw`
    lay = split_columns(open(f"{OUT}/two-column/appeal-layout.txt", encoding="utf-8").read().split("\n"))
    raw = subprocess.run(["pdftotext", "-raw", f"{OUT}/two-column/appeal.pdf", "-"], capture_output=True,
                         text=True).stdout.split("\n")
    for label, ls in (("layout, columns split", lay), ("pdftotext -raw", raw)):
        joined = []
        for l in ls:                         # join wrapped items / totals into logical lines
            s = l.strip().replace("\f", "")
            incomplete = joined and joined[-1] and (joined[-1].startswith("• ") or
                                                     joined[-1].startswith("Total funding")) \
                and not re.search(r"\d$", joined[-1])
            if not s:
                if not incomplete:
                    joined.append("")
                continue
            if joined and joined[-1] and (joined[-1].startswith("• ") or joined[-1].startswith("Total funding"))\
                    and not re.search(r"\d$", joined[-1]) and not s.startswith("• ") and not s.startswith("Total"):
                joined[-1] += " " + s
            else:
                joined.append(s)
        groups, cur = [], []
        for s in joined:
            if s.startswith("Total funding requirements for"):
                name = re.match(r"Total funding requirements for (.*?) [–-]", s).group(1)
                groups.append((name, cur, amount(s, "en")[0]))
                cur = []
            elif s.startswith("• "):
                a = amount(s.replace("2,45,000", "245,000"), "en")
                cur.append(a[0])
        tsv = read_tsv(f"{OUT}/two-column/appeal-layout.sections.tsv")
        ok = len(groups) == len(tsv)
        for (name, its, dec), r in zip(groups, tsv):
            if (name, len(its), sum(its), dec) != (r["name"], r["bullets"], r["listed"], r["declared"]):
                ok = False
                err(f"two-column ({label}): {name} {len(its)} {sum(its)} {dec} vs {r}")
        print(f"   {label}: {len(groups)} groups re-read, sums {'agree' if ok else 'DISAGREE'} with the tsv")


if __name__ == "__main__":
    v_markdown()
    v_chf()
    v_mixed()
    v_scale()
    v_german()
    v_twocol()
    print("OK" if not ERR else f"{len(ERR)} errors")
    sys.exit(1 if ERR else 0)
