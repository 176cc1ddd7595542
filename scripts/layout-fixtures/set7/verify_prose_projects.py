#!/usr/bin/env python3
"""Independent check of fixtures/layouts/blind7/prose-projects.txt.

Re-reads the generated TEXT only (never the generator's data): finds the total statements,
each section's heading, its amounts and which of them are projects (by the wording around the
figure), sums them, and compares the findings it derives with prose-projects.expected and the
rows with prose-projects.sections.tsv. Also checks each .expected line's first quoted snippet
occurs on the line it gives, and that no "USD n" figure is broken across lines.

Run from the repository root:  python3 scripts/layout-fixtures/set7/verify_prose_projects.py
"""
import os
import re
import sys

BASE = os.path.join("fixtures", "layouts", "blind7", "prose-projects")
TOTAL_RE = re.compile(r"^Total funding requirements for (.+?) ([–-]) (USD .+)$")
BULLET_RE = re.compile(r"^• (.+) – (USD .+)$")
AMOUNT_RE = re.compile(r"USD\s+(\d(?:[\d,.]| ,\d)*)(\s+million)?")
STANDARD = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$")
BEFORE_PROJECT = re.compile(r"\b(requires?|will cost|seeks)\s+$")
AFTER_PROJECT = re.compile(r"^\s+(is|are)\s+needed\b")

problems = []


def fail(msg):
    problems.append(msg)


def value_of(raw, million):
    v = raw.replace(",", "").replace(" ", "")
    if million:
        return float(v) * 1_000_000
    return float(v) if "." in v else int(v)


def main():
    text = open(BASE + ".txt", encoding="utf-8").read()
    lines = text.split("\n")[:-1]          # lines end at \n
    starts, off = [], 0
    for l in lines:
        starts.append(off)
        off += len(l) + 1

    def line_of(pos):
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    for i, l in enumerate(lines, 1):
        if len(l) > 90:
            fail(f"line {i} longer than 90 columns ({len(l)})")
        if re.search(r"USD\s*$", l):
            fail(f"line {i} ends with USD: an amount broken across lines")

    totals = [i for i, l in enumerate(lines, 1) if TOTAL_RE.match(l)]
    # any other line starting with "Total"?
    for i, l in enumerate(lines, 1):
        if l.lower().startswith("total") and i not in totals:
            fail(f"line {i}: starts with Total but is no total statement")

    findings = []          # (line, code, keys dict)
    rows = []
    first_project = None
    nonprojects = []
    prev = 0
    for ordinal, tl in enumerate(totals, 1):
        m = TOTAL_RE.match(lines[tl - 1])
        tname, dash, tfig = m.groups()
        # heading: first non-blank line of the range followed by a blank line, no sentence end
        heading = None
        for j in range(prev + 1, tl):
            l = lines[j - 1]
            if l.strip() and lines[j].strip() == "" and (j == 1 or lines[j - 2].strip() == ""):
                if len(l) < 40 and not l.endswith((".", ",", ":")):
                    heading = (j, l)
                    break
        if heading is None:
            fail(f"total {tl}: no heading found")
            hline = prev + 1
        else:
            hline = heading[0]
            if heading[1] != tname:
                fail(f"total {tl}: heading {heading[1]!r} != total name {tname!r}")
        body_start = starts[hline] if hline < len(starts) else 0  # after the heading line
        body_end = starts[tl - 1]
        body = text[body_start:body_end]

        bullets, projects = [], []
        for am in AMOUNT_RE.finditer(body):
            raw = am.group(1).rstrip(".,")
            million = bool(am.group(2))
            pos = body_start + am.start(1)
            ln = line_of(pos)
            val = value_of(raw, million)
            line_text = lines[ln - 1]
            if BULLET_RE.match(line_text):
                bullets.append((ln, raw, val))
                continue
            before = text[body_start:body_start + am.start()]
            sent_start = max([mm.end() for mm in re.finditer(r"[.!?]\s", before)] or [0])
            before = before[sent_start:]
            after = text[body_start + am.start(1) + len(raw):body_end]
            is_project = bool(BEFORE_PROJECT.search(before) or AFTER_PROJECT.match(after))
            if is_project:
                projects.append((ln, raw, val))
            else:
                sent_end = re.search(r"[.!?](\s|$)", after)
                fig_text = text[body_start + am.start():body_start + am.start(1) + len(raw)]
                sentence = before + fig_text + (after[:sent_end.end()] if sent_end else after)
                sentence = " ".join(sentence.split())
                if million:
                    sentence = sentence.replace(fig_text.split()[-1] + " million million", fig_text.split()[-1] + " million")
                low = sentence.lower()
                if "mentioned above" in low or "listed below" in low or "projects below" in low \
                        or "project of" in low:
                    why = "restatement"
                elif re.search(r"\b(received|spent|provided|was paid)\b", low):
                    why = "past"
                elif re.search(r"\b(per|a day|a month)\b", low):
                    why = "rate"
                else:
                    why = "OTHER"
                    fail(f"line {line_of(pos)}: unclassified non-project amount {raw}")
                nonprojects.append((ordinal, tname, ln, "USD " + raw + (" million" if million else ""), why + ": " + sentence))
        if bullets and projects:
            fail(f"{tname}: both bullets and prose projects")
        parts = bullets or projects
        if projects and first_project is None:
            first_project = projects[0]
        for ln, raw, val in parts:
            if not STANDARD.match(raw):
                findings.append((ln, "malformed-amount", {"value": str(val)}))
        fraw = re.match(r"USD (\S+(?: ,\S+)?)$", tfig).group(1)
        declared = value_of(fraw, False)
        if not STANDARD.match(fraw):
            fail(f"total {tl}: odd total figure {fraw}")
        if dash != "–":
            findings.append((tl, "malformed-amount", {"value": str(declared)}))
        listed = sum(p[2] for p in parts)
        if listed != declared:
            findings.append((tl, "total-mismatch", {"declared": str(declared), "computed": str(listed)}))
        rows.append([str(ordinal), str(tl), tname, str(len(parts)), str(listed), str(declared)])
        if not (2 <= len(parts) <= 5):
            fail(f"{tname}: {len(parts)} parts")
        # restatements must restate a part of the same section
        for o, n, ln, fig, sent in nonprojects:
            if o == ordinal and ("mentioned above" in sent or bullets):
                first = re.search(r"USD ([\d,]+)", sent).group(1)
                if int(first.replace(",", "")) not in [p[2] for p in parts]:
                    fail(f"{n} line {ln}: restatement {first} matches no part")
        prev = tl

    if first_project:
        findings.append((first_project[0], "prose-items", {}))
    findings.sort(key=lambda f: (f[0], f[1]))

    print(f"{len(totals)} totals; findings derived from the text:")
    for f in findings:
        print("  ", f[0], f[1], " ".join(f"{k}={v}" for k, v in f[2].items()))
    print("not projects (ordinal, section, line, figure: sentence):")
    for o, n, ln, fig, sent in nonprojects:
        print(f"   {o:2} {n} {ln}: {fig}: {sent}")
    # amounts outside any section (intro, closing)
    outside = []
    for am in AMOUNT_RE.finditer(text):
        ln = line_of(am.start(1))
        if ln < (totals[0] if totals else 0) and not any(
                r for r in nonprojects if r[2] == ln) and ln < 19:
            outside.append((ln, am.group(0)))
    print("amounts before the first section:", outside)

    # .expected
    exp = []
    for i, l in enumerate(open(BASE + ".expected", encoding="utf-8").read().split("\n"), 1):
        if not l.strip() or l.startswith("#"):
            continue
        head, _, note = l.partition("|")
        toks = head.split()
        keys = dict(t.split("=", 1) for t in toks[2:])
        exp.append((int(toks[0]), toks[1], keys))
        q = re.search(r'"([^"]+)"', note)
        if not q:
            fail(f".expected line {i}: no quoted snippet")
        elif q.group(1) not in lines[int(toks[0]) - 1]:
            fail(f".expected line {i}: snippet {q.group(1)!r} not on line {toks[0]}")
    exp.sort(key=lambda f: (f[0], f[1]))
    if exp != findings:
        fail(f".expected differs:\n  expected {exp}\n  derived  {findings}")

    # sections.tsv
    tsv = [l.split("\t") for l in open(BASE + ".sections.tsv", encoding="utf-8").read().strip().split("\n")]
    if tsv[0] != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
        fail(f"tsv header {tsv[0]}")
    if tsv[1:] != rows:
        for a, b in zip(tsv[1:], rows):
            if a != b:
                fail(f"tsv row {a} != derived {b}")
        if len(tsv) - 1 != len(rows):
            fail(f"tsv has {len(tsv) - 1} rows, derived {len(rows)}")

    if "--tsv" in sys.argv:
        print("\t".join(["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]))
        for r in rows:
            print("\t".join(r))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK: text, .expected and .sections.tsv agree")


if __name__ == "__main__":
    main()
