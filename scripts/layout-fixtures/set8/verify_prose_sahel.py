#!/usr/bin/env python3
"""Independent re-reader of fixtures/layouts/blind8/prose-sahel.txt.

It does not import the generator: it reads the text, finds each section (a heading line
"NAME Region (COUNTRY)" or "NAME Capital District (COUNTRY)" up to its "Total requirements:
EUR n" line), joins each paragraph, splits it into sentences and classifies every "EUR n":

  past        the sentence speaks of money of the past (received, spent, disbursed, funded,
              "was", a cost "in 2020" ...);
  split       the sentence opens with "Of this amount" / "Of the EUR", or the amount follows
              "of which";
  restatement "The EUR n ..." / "this EUR n" (a figure already stated);
  range       "between EUR a and EUR b", "from EUR a to EUR b";
  rate        the amount is followed by "per", "a day", "a month", "a litre", "each";
  project     otherwise, and the sentence must carry a request wording (budgeted, asking
              for, will fund, estimated at, is sought, requests, seek(s), will require,
              will cost, is needed); an amount that is neither fails the check.

Then: every section's project sum against its total, the set of sections that do not foot,
format errors (figures not written d.ddd.ddd), the .expected lines (line, code, keys,
quoted snippet at that line) and the .sections.tsv rows.
Run from the repository root.
"""
import re
import sys

BASE = "fixtures/layouts/blind8/prose-sahel"
TXT, EXP, TSV = BASE + ".txt", BASE + ".expected", BASE + ".sections.tsv"

HEADING = re.compile(r"^(.+ (?:Region|Capital District)) \((Mali|Burkina Faso|Niger)\)$")
TOTAL = re.compile(r"^Total requirements: EUR (\S+)$")
AMOUNT = re.compile(r"EUR (\d[\dO]*(?: ?[.,]\d{3})*)")
WELL_FORMED = re.compile(r"^\d{1,3}(?:\.\d{3})*$")
PAST = re.compile(r"\b(received|spent|disbursed|funded|was|were|built|had appealed)\b")
REQUEST = re.compile(r"\b(budgeted at|asking for|will fund|estimated at|is sought|requests|"
                     r"seeks?|will require|will cost|is needed)\b")
RATE_AFTER = re.compile(r"^\s*(per\b|a day\b|a month\b|a litre\b|each\b)")
RANGES = [re.compile(r"between (EUR \S+) and (EUR \S+)"), re.compile(r"from (EUR \S+) to (EUR \S+)")]

errors = []


def fail(msg):
    errors.append(msg)


def value_of(fig):
    return int(re.sub(r"\D", "", fig.replace("O", "0")))


def read():
    with open(TXT, encoding="utf-8") as f:
        data = f.read()
    assert "\r" not in data
    return data.split("\n")[:-1] if data.endswith("\n") else data.split("\n")


def sections(lines):
    out, cur = [], None
    for i, l in enumerate(lines, 1):
        m = HEADING.match(l)
        if m:
            if cur is not None:
                fail(f"heading at {i} before the total of {cur['name']}")
            cur = {"name": m.group(1), "country": m.group(2), "line": i, "body": []}
            continue
        m = TOTAL.match(l)
        if m:
            if cur is None:
                fail(f"total at {i} outside a section")
                continue
            cur["total_line"] = i
            cur["total_fig"] = m.group(1)
            out.append(cur)
            cur = None
            continue
        if cur is not None:
            cur["body"].append((i, l))
        elif l.startswith("Total"):
            fail(f"stray total-like line {i}")
    return out


def paragraphs(body):
    pars, cur = [], []
    for i, l in body:
        if l.strip():
            cur.append((i, l))
        elif cur:
            pars.append(cur)
            cur = []
    if cur:
        pars.append(cur)
    return pars


def join(par):
    """text of the paragraph and a map offset -> line number"""
    text, where = "", []
    for i, l in par:
        if text:
            text += " "
            where.append(i)
        text += l
        where += [i] * len(l)
    return text, where


def split_sentences(text):
    # a sentence ends at ". " or "; " before a capital letter / "EUR"
    out, start = [], 0
    for m in re.finditer(r"[.;] (?=[A-Z])", text):
        out.append((start, text[start:m.start() + 1]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def classify(sentence, m):
    s = sentence
    fig_start = m.start()
    before = s[:fig_start]
    after = s[m.end():]
    for rx in RANGES:
        for r in rx.finditer(s):
            if r.start() <= fig_start < r.end():
                return "range"
    if RATE_AFTER.match(after):
        return "rate"
    if re.match(r"^(Of this amount|Of the EUR)", s):
        return "split"
    if before.endswith("of which "):
        return "split"
    if re.search(r"\b(The|the|this|This) $", before):
        return "restatement"
    if PAST.search(s):
        return "past"
    if REQUEST.search(s):
        return "project"
    return "unclassified"


def main():
    lines = read()
    secs = sections(lines)
    if len(secs) < 21:
        fail(f"only {len(secs)} sections")
    first_project = None
    mism, malformed = {}, {}
    per_kind = {}
    for s in secs:
        s["parts"] = []
        for par in paragraphs(s["body"]):
            text, where = join(par)
            for off, sent in split_sentences(text):
                kinds = []
                for m in AMOUNT.finditer(sent):
                    k = classify(sent, m)
                    fig = m.group(1)
                    line = where[off + m.start(1)]
                    kinds.append(k)
                    per_kind.setdefault(k, []).append((line, s["name"], "EUR " + fig))
                    if k == "unclassified":
                        fail(f"unclassified amount EUR {fig} at {line}")
                    if not WELL_FORMED.match(fig):
                        malformed[line] = (value_of(fig), fig, k, s["name"])
                    if k == "project":
                        s["parts"].append((line, value_of(fig)))
                        if first_project is None:
                            first_project = (line, fig)
                if "project" in kinds and "past" in kinds:
                    fail(f"project and past amount in one sentence: {sent}")
                if "project" in kinds and PAST.search(sent):
                    fail(f"past wording in a project sentence: {sent}")
        nproj = len(s["parts"])
        if not 2 <= nproj <= 5:
            fail(f"{s['name']}: {nproj} projects")
        npar = len(paragraphs(s["body"]))
        if not 1 <= npar <= 3:
            fail(f"{s['name']}: {npar} paragraphs")
        if not WELL_FORMED.match(s["total_fig"]):
            fail(f"{s['name']}: total figure {s['total_fig']}")
        s["declared"] = value_of(s["total_fig"])
        s["sum"] = sum(v for _, v in s["parts"])
        if s["sum"] != s["declared"]:
            mism[s["total_line"]] = (s["declared"], s["sum"], s["name"])
    # restatements and splits must relate to a project of their section
    for kind in ("restatement", "split"):
        for line, name, fig in per_kind.get(kind, []):
            sec = next(x for x in secs if x["name"] == name)
            v = value_of(fig[4:])
            projs = [p for _, p in sec["parts"]]
            if kind == "restatement" and v not in projs:
                fail(f"restatement {fig} at {line} equals no project of {name}")
            if kind == "split" and v not in projs and not any(v < p for p in projs):
                fail(f"split {fig} at {line} is larger than every project of {name}")
    for l in lines:
        if len(l) > 86:
            fail(f"line longer than 86: {l}")

    print(f"{len(secs)} sections, {len(lines)} lines")
    for k in sorted(per_kind):
        print(f"  {k}: {len(per_kind[k])}")
        if k != "project":
            for line, name, fig in per_kind[k]:
                print(f"      {line:4} {name}: {fig}")
    print("first project amount:", first_project)
    print("not footing:", mism)
    print("malformed:", malformed)

    # .expected
    exp = {}
    with open(EXP, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            head, _, note = raw.partition(" | ")
            parts = head.split()
            line, code = int(parts[0]), parts[1]
            keys = dict(p.split("=") for p in parts[2:])
            exp.setdefault(code, {})[line] = keys
            snip = re.search(r'"([^"]+)"', note)
            if not snip:
                fail(f".expected line {line} quotes nothing")
            elif snip.group(1) not in lines[line - 1]:
                fail(f".expected {line}: snippet {snip.group(1)!r} not on line {line}: {lines[line-1]!r}")
    if set(exp) - {"total-mismatch", "malformed-amount", "prose-items"}:
        fail(f"unexpected codes {set(exp)}")
    tm = exp.get("total-mismatch", {})
    if set(tm) != set(mism):
        fail(f"total-mismatch lines {sorted(tm)} != not footing {sorted(mism)}")
    for line, (d, c, _) in mism.items():
        k = tm.get(line, {})
        if k.get("declared") != str(d) or k.get("computed") != str(c):
            fail(f"total-mismatch {line}: keys {k} != declared={d} computed={c}")
    ma = exp.get("malformed-amount", {})
    if set(ma) != set(malformed):
        fail(f"malformed-amount lines {sorted(ma)} != {sorted(malformed)}")
    for line, (v, fig, k, _) in malformed.items():
        if ma.get(line, {}).get("value") != str(v):
            fail(f"malformed-amount {line}: {ma.get(line)} != value={v}")
        if k != "project":
            fail(f"malformed figure {fig} at {line} is no project")
    pi = exp.get("prose-items", {})
    if list(pi) != [first_project[0]]:
        fail(f"prose-items {list(pi)} != first project line {first_project[0]}")
    n = sum(len(v) for v in exp.values())
    if (len(tm), len(ma), len(pi)) != (3, 3, 1):
        fail(f"expected 3/3/1 findings, got {len(tm)}/{len(ma)}/{len(pi)}")
    # sums of the malformed sections with the value given: foot
    for line, (v, fig, k, name) in malformed.items():
        sec = next(x for x in secs if x["name"] == name)
        if sec["total_line"] in mism:
            fail(f"section {name} with a format error does not foot")

    # .sections.tsv
    with open(TSV, encoding="utf-8") as f:
        rows = [r.rstrip("\n").split("\t") for r in f if r.strip()]
    if rows[0] != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
        fail(f"tsv header {rows[0]}")
    rows = rows[1:]
    if len(rows) != len(secs):
        fail(f"tsv has {len(rows)} rows for {len(secs)} sections")
    for i, (r, s) in enumerate(zip(rows, secs), 1):
        want = [str(i), str(s["total_line"]), s["name"], str(len(s["parts"])), str(s["sum"]),
                str(s["declared"])]
        if r != want:
            fail(f"tsv row {r} != {want}")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"\nOK: {n} .expected lines agree with the text")


if __name__ == "__main__":
    main()
