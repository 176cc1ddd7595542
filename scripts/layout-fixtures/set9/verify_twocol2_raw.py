#!/usr/bin/env python3
"""Re-read fixtures/layouts/two-column-2/appeal-raw.txt (plain `pdftotext`, no -layout, of the
two-column appeal.pdf) and check, independently of the generator's data:
  - the words of the raw text are those of appeal-layout.txt, but for the one line-end compound
    hyphen the raw extraction drops ("flood-" + "affected" -> "floodaffected");
  - appeal-raw.expected has the same findings (codes and keys) as appeal-layout.expected;
  - each finding's figure occurs exactly once in the raw text (any digit grouping), on the line
    the finding gives, and the finding's first quoted snippet occurs on that line;
  - each appeal-raw.sections.tsv row's declared figure occurs once, on its total_line, right after
    "USD" (on that line or at the end of the line before), and the rows equal the layout rows but
    for total_line;
  - which sections are contiguous in the raw order (each non-blank line is assigned to the section
    of appeal.html whose text contains it): only Kadavu must be.

Run from the repository root:  python3 scripts/layout-fixtures/set9/verify_twocol2_raw.py
"""
import collections
import html
import os
import re
import sys

DIR = os.path.join("fixtures", "layouts", "two-column-2")
errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    return open(os.path.join(DIR, name), encoding="utf-8").read()


def words(text):
    return collections.Counter(text.replace("\f", " ").split())


def expected(name):
    out = []
    for ln in read(name).split("\n"):
        if not ln.strip() or ln.startswith("#"):
            continue
        head, note = ln.split(" | ", 1)
        parts = head.split()
        keys = dict(p.split("=") for p in parts[2:])
        out.append((int(parts[0]), parts[1], keys, note))
    return out


def norm(s):
    s = s.replace("\f", "").replace("\u00ad", "").replace("\u2010", "")
    return re.sub(r"\s+", " ", s).strip()


def sections_of_html():
    body = read("appeal.html")
    body = body[body.index("<body>"):]
    secs, cur = [], None
    for m in re.finditer(r"<(h1|h2|h3|p|li)([^>]*)>(.*?)</\1>", body, re.S):
        tag, attrs = m.group(1), m.group(2)
        txt = norm(html.unescape(re.sub(r"<[^>]+>", "", m.group(3))))
        if tag == "h3":
            cur = [txt, [txt]]
            secs.append(cur)
        elif tag in ("h1", "h2"):
            cur = None
        elif cur is not None:
            cur[1].append(txt)
            if 'class="total"' in attrs:
                cur = None
    return secs


def main():
    raw_text = read("appeal-raw.txt")
    lines = raw_text.split("\n")  # a form feed is not a line end

    # 1. same words as the layout text, but for the dropped compound hyphen
    wr, wl = words(raw_text), words(read("appeal-layout.txt"))
    diff = (wr - wl, wl - wr)
    if diff != (collections.Counter({"floodaffected": 1}),
                collections.Counter({"flood-": 1, "affected": 1})):
        fail("raw words differ from layout words otherwise than flood-affected: %r" % (diff,))

    # 2. same findings as the layout .expected
    er, el = expected("appeal-raw.expected"), expected("appeal-layout.expected")
    if [(c, k) for _, c, k, _ in er] != [(c, k) for _, c, k, _ in el]:
        fail("raw findings differ from layout findings")

    # 3. each figure once, on the finding's line; snippet on that line
    figures = [(i, m.group(0)) for i, l in enumerate(lines, 1)
               for m in re.finditer(r"\d[\d,]*\d|\d", l)]
    for line, code, keys, note in er:
        value = keys.get("declared") or keys.get("value")
        at = [i for i, f in figures if f.replace(",", "") == value]
        if at != [line]:
            fail("%s %s: figure %s found on %r, .expected says %d" % (code, keys, value, at, line))
        snip = re.search(r'"([^"]+)"', note).group(1)
        if snip not in lines[line - 1]:
            fail("line %d: snippet %r not in %r" % (line, snip, lines[line - 1]))
        if code == "total-mismatch":
            parts = [int(x.replace(",", "")) for x in
                     re.findall(r"(\d[\d,]*) \(\d+\)", note.split(" but ", 1)[1].split(";")[0])]
            for p in parts:
                if not any(f.replace(",", "") == str(p) for _, f in figures):
                    fail("part %d of line %d not in the text" % (p, line))
            if sum(parts) != int(keys["computed"]):
                fail("line %d: parts %r sum to %d" % (line, parts, sum(parts)))

    # 4. sections.tsv
    rt = [l.split("\t") for l in read("appeal-raw.sections.tsv").strip().split("\n")]
    lt = [l.split("\t") for l in read("appeal-layout.sections.tsv").strip().split("\n")]
    if [r[:1] + r[2:] for r in rt] != [r[:1] + r[2:] for r in lt]:
        fail("raw sections.tsv differs from layout's otherwise than in total_line")
    for r in rt[1:]:
        tl, declared = int(r[1]), r[5]
        at = [i for i, f in figures if f.replace(",", "") == declared]
        if at != [tl]:
            fail("%s: declared %s on %r, tsv says %d" % (r[2], declared, at, tl))
        this = lines[tl - 1]
        before = this.split(format(int(declared), ","))[0]
        if not (before.rstrip().endswith("USD") or
                (not before.strip() and lines[tl - 2].rstrip().endswith("USD"))):
            fail("%s: declared figure on %d not after USD" % (r[2], tl))
        if "Total funding requirements for" not in this + lines[tl - 2]:
            fail("%s: no total label on %d or %d" % (r[2], tl - 1, tl))

    # 5. contiguity of sections in the raw order
    secs = sections_of_html()
    owner = []
    for i, l in enumerate(lines, 1):
        t = norm(l).replace("floodaffected", "flood-affected")
        if not t:
            continue
        hits = [name for name, texts in secs if any(t in x for x in texts)]
        owner.append((i, hits[0] if len(hits) == 1 else ("?" if hits else None)))
    # resolve lines found in two sections (e.g. "stroyed.", "62,350") by their neighbours
    for k, (i, o) in enumerate(owner):
        if o == "?":
            prev = next(x for _, x in reversed(owner[:k]) if x not in ("?",))
            owner[k] = (i, prev)
    runs = collections.defaultdict(int)
    last = object()
    for _, o in owner:
        if o != last and o is not None:
            runs[o] += 1
        last = o
    contiguous = sorted(n for n, c in runs.items() if c == 1)
    split = len(runs) - len(contiguous)
    print("sections %d, not contiguous %d, contiguous %r" % (len(runs), split, contiguous))
    if len(runs) != 22 or contiguous != ["Kadavu Province"]:
        fail("contiguity differs from the .expected header")

    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK: %d findings at %r; %d sections in the tsv" % (len(er), [e[0] for e in er], len(rt) - 1))


main()
